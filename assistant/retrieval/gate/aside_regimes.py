"""A regime named only in an aside of a message of several items (part of the coverage gate, signal 2).

A question pasted with its setting (a chat of several turns, meeting minutes with numbered items, a review sheet)
carries items on other business: 「4. 团建改到下周五」, 「场地定在 3 楼大会议室」 name the office-administration field
(regimes.toml) beside a data-security or criminal-liability case. When every mention of a regime stands in an item
that does not ask and shares no rare word with any leading clause while the items that tell the case or ask do, the
mention is an aside: the question is on what those items hold, and the gate's later signals judge it. The items are
the message's lines and its numbered items (general document layout: 1. 2. 3., 1、2、), each split at a full stop; a
question of plain sentences, with neither, is no such message.
"""

from __future__ import annotations

import re

from ...text.tokens import tokenize
from ..named_laws import is_question
from .topic import LEADING_CLAUSES, salient_terms

# The items of a message: line breaks, numbered items (1. / 1、 / （1）), full stops and semicolons between them
_ITEM_BREAK = re.compile(r"\n+|(?<=[。；;])|(?=(?<![\d.])\d{1,2}[.、．]\s*\D)|(?=[（(]\d{1,2}[）)])")
_NUMBERED = re.compile(r"(?<![\d.])\d{1,2}[.、．]\s*\D|[（(]\d{1,2}[）)]")
# A message with at least this many items is one pasted with its setting (two would be a case and its question)
MIN_ITEMS = 3


def named_in_an_aside(question: str, regime, retrieval, doc_freq) -> bool:
    """Is the `regime` named only in items of a message of several that neither ask nor share a rare word with a
    leading clause, another item sharing one?"""
    if doc_freq is None or not retrieval.hits:
        return False
    if "\n" not in question.strip() and len(_NUMBERED.findall(question)) < 2:
        return False
    items = [s.strip() for s in _ITEM_BREAK.split(question) if s and s.strip()]
    if len(items) < MIN_ITEMS:
        return False
    leading = set()
    for hit in retrieval.hits[:LEADING_CLAUSES]:
        leading |= set(tokenize(hit.clause.text))
    named = [item for item in items if regime.pattern.search(item)]
    if not named:
        return False

    def tied(item: str) -> bool:
        return bool(salient_terms(item, doc_freq) & leading)

    others = [item for item in items if item not in named]
    return any(tied(item) for item in others) and all(not is_question(item) and not tied(item) for item in named)
