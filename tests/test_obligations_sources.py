"""Every issue-spotting entry quotes the clause it derives from: the quoted words are in that law's text."""

import re

from assistant.retrieval.obligations import load_checklist
from assistant.settings import SHARED_REGULATIONS
from assistant.verify.grounding import quote_in

FILES = {"pipl-2021": "zh/pipl-2021.md", "gdpr": "en/gdpr.md", "aml-law-2024": "zh/aml-law-2024.md"}


def test_each_entry_quotes_its_law():
    checklist = load_checklist()
    assert checklist.triggers and not hasattr(checklist, "core")  # no "always relevant" articles
    for trigger in checklist.triggers:
        text = (SHARED_REGULATIONS / FILES[trigger.law]).read_text(encoding="utf-8")
        quotes = re.findall(r"「([^」]+)」", trigger.source)
        assert quotes, trigger
        for quote in quotes:  # verbatim, fragments split at "…"
            assert quote_in(quote, [text]), (trigger.law, quote)
