"""The query-expansion glossary (assistant/lexis/glossary.toml): shape, duplicates, and that its legal terms are real.

A legal term that does not occur in any law or policy text expands the query with words no clause contains, so it can
only dilute retrieval; the corpus check below catches typos and invented terms.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from functools import lru_cache

import pytest

from assistant.settings import PROJECT_ROOT, SHARED_REGULATIONS

GLOSSARY = PROJECT_ROOT / "assistant" / "lexis" / "glossary.toml"
POLICIES = PROJECT_ROOT / "corpus" / "policies"
KEYS = {"when", "zh", "en", "source", "general"}
CJK = re.compile(r"[\u4e00-\u9fff]")
CITATION = re.compile(r"第[零一二三四五六七八九十百]+条|Article|Annex|Recital|Chapter|general banking usage")


def entries() -> list[dict]:
    with GLOSSARY.open("rb") as f:
        return tomllib.load(f)["entry"]


def label(i: int, entry: dict) -> str:
    return f"entry #{i} (when={entry.get('when', ['?'])[:1]})"


@lru_cache(maxsize=1)
def corpus_text() -> str:
    files = sorted(SHARED_REGULATIONS.rglob("*.md")) + sorted(POLICIES.glob("*.md"))
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


def test_glossary_has_enough_entries():
    assert len(entries()) >= 120


def test_every_entry_has_when_zh_en_and_source():
    problems = []
    for i, e in enumerate(entries()):
        if set(e) - KEYS:
            problems.append(f"{label(i, e)}: unknown keys {sorted(set(e) - KEYS)}")
        for key in ("when", "zh", "en"):
            values = e.get(key)
            if not (isinstance(values, list) and values and all(isinstance(v, str) and v.strip() for v in values)):
                problems.append(f"{label(i, e)}: '{key}' must be a non-empty list of non-empty strings")
            elif len(set(values)) != len(values):
                problems.append(f"{label(i, e)}: '{key}' repeats {[v for v, n in Counter(values).items() if n > 1]}")
        if not (isinstance(e.get("source"), str) and CITATION.search(e["source"])):
            problems.append(f"{label(i, e)}: 'source' must cite an article or say 'general banking usage'")
        if not isinstance(e.get("general", False), bool):
            problems.append(f"{label(i, e)}: 'general' must be true or false")
    assert not problems, "\n".join(problems)


def test_languages_are_in_the_right_lists():
    problems = []
    for i, e in enumerate(entries()):
        problems += [f"{label(i, e)}: zh term without Chinese: {t!r}" for t in e["zh"] if not CJK.search(t)]
        problems += [f"{label(i, e)}: en term with Chinese: {t!r}" for t in e["en"] if CJK.search(t)]
        # The query is lower-cased before matching, so an upper-case trigger could never fire.
        problems += [f"{label(i, e)}: 'when' phrase not lower-case: {w!r}" for w in e["when"] if w != w.lower()]
    assert not problems, "\n".join(problems)


def test_no_exact_duplicate_entries():
    seen: dict[tuple, int] = {}
    duplicates = []
    for i, e in enumerate(entries()):
        key = tuple(frozenset(e[k]) for k in ("when", "zh", "en"))
        if key in seen:
            duplicates.append(f"{label(i, e)} duplicates entry #{seen[key]}")
        seen.setdefault(key, i)
    assert not duplicates, "\n".join(duplicates)


def test_legal_terms_occur_in_the_laws_or_policies():
    if not SHARED_REGULATIONS.is_dir():
        pytest.skip(f"shared regulations not found at {SHARED_REGULATIONS}")
    text = corpus_text()
    missing = [
        f"{label(i, e)}: {term!r} not found ({e['source']})"
        for i, e in enumerate(entries())
        if not e.get("general", False)
        for term in e["zh"]
        if term not in text
    ]
    assert not missing, "legal terms that occur in no law or policy text:\n" + "\n".join(missing)


def test_corpus_check_rejects_an_invented_term():
    """The corpus check above must be able to fail: a made-up term is not in the texts."""
    if not SHARED_REGULATIONS.is_dir():
        pytest.skip(f"shared regulations not found at {SHARED_REGULATIONS}")
    assert "人脸识别" in corpus_text()
    assert "刷脸开户专项同意书" not in corpus_text()



def test_lexicon_words_are_lower_case_and_their_chinese_occurs_in_the_corpus():
    """lexicon.toml (English word → Chinese words, for BM25 on English questions about Chinese texts): a Chinese word no
    text contains could only dilute the query."""
    with (PROJECT_ROOT / "assistant" / "lexis" / "lexicon.toml").open("rb") as f:
        words = tomllib.load(f)["words"]
    assert len(words) >= 100
    text = corpus_text()
    problems = [f"{k!r}: key not lower-case English" for k in words if k != k.lower() or CJK.search(k) or "$" in k[:-1]]
    problems += [f"{k!r}: {t!r} not in any law or policy" for k, ts in words.items() for t in ts if t not in text]
    problems += [f"{k!r}: no Chinese words" for k, ts in words.items() if not ts or not all(CJK.search(t) for t in ts)]
    assert not problems, "\n".join(problems)
