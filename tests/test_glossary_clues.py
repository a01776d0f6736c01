"""The glossary's clue test (glossary.Entry.clues) only skips patterns that cannot match: the same entries as
searching every pattern, for the glossary and the EU heading words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.lexis.eu_terms import load_eu_terms
from assistant.lexis.glossary import _RE_FOLDS, _folded, load_glossary

DATA = Path(__file__).resolve().parents[1] / "evals" / "data"


def test_folds_are_every_non_ascii_character_ignorecase_matches_to_an_ascii_letter():
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    found = {c for c in re.findall("[a-z]", every, re.IGNORECASE) if not c.isascii()}
    assert found == {chr(k) for k in _RE_FOLDS}
    for c in found:
        assert re.fullmatch(_folded(c), c, re.IGNORECASE)


def _questions() -> list[str]:
    out = []
    for path in sorted(DATA.glob("realistic_*.jsonl"))[:6] + sorted(DATA.glob("out_of_scope_probe*.jsonl")):
        out += [json.loads(line)["question"] for line in path.open(encoding="utf-8") if line.strip()]
    # triggers written with the characters the fold covers, upper case, hyphens and plurals
    out += ["Can the bank share PERSONAL DATA with a THIRD-PARTY vendor?", "Is a kid's Face-ID a biometric?",
            "Do we keep customers' data for ſix years?", "KYC for İnformation of \u212aids", "刷脸 开户要注意什么"]
    return out


@pytest.mark.parametrize("glossary", [load_glossary(), *load_eu_terms().by_law.values()])
def test_clues_skip_no_matching_entry(glossary):
    assert all(e.clues is not None for e in glossary.entries)  # every shipped trigger has a clue
    for q in _questions():
        assert glossary._matches(q) == [e for e in glossary.entries if e.pattern.search(q)], q
