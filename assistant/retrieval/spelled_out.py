"""Jargon abbreviations spelled out for the dense query of a Chinese question (pure logic).

People write the short forms a bank's staff use (关基, 等保, 电诈, 消协, 客户尽调); the laws write the term in full
(关键信息基础设施, 等级保护, 电信网络诈骗, 消费者协会, 客户尽职调查). BM25 gets the full term from the glossary's expansion,
but the dense query is the question as asked, and a small embedding model has rarely seen the short form: "关基到底指啥"
lands on unrelated clauses while "关键信息基础设施到底指啥" finds 关键信息基础设施安全保护条例第二条 first.

The short forms come from the glossary (glossary.toml), never from a list of their own: a trigger of an entry is a short
form of one of the same entry's Chinese terms when it keeps the term's first character and the order of its characters
without being a piece of it (关基 in 关键信息基础设施; not 外包 in 外包商, a prefix, nor 受益人 in 受益所有人, which
the texts use as a word of its own), and it is jargon only when the indexed texts never write it while they write the
term. The check against the texts is what keeps ordinary words (收费, 退款, 代办) out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SHORT = re.compile(r"[\u4e00-\u9fff]{2,4}")
# the full term: a Chinese word, not a phrase or list (残缺、污损的人民币 is a description, not a term)
_TERM = re.compile(r"[\u4e00-\u9fff]{3,8}")


def _in_order(short: str, term: str) -> bool:
    chars = iter(term)
    return all(c in chars for c in short)


def is_short_form(short: str, term: str) -> bool:
    """Is `short` an abbreviation of `term` (first character kept, characters in order, not a substring)?"""
    return (bool(_SHORT.fullmatch(short)) and bool(_TERM.fullmatch(term)) and len(term) > len(short)
            and term[0] == short[0] and short not in term and _in_order(short, term))


def short_forms(entries: Iterable[tuple[Iterable[str], Iterable[str]]], texts_hold) -> dict[str, str]:
    """Short form → the full term, from glossary entries given as (triggers, Chinese terms); `texts_hold(word)` says
    whether the indexed texts write a word. Of several terms the one the texts write first in the entry's order."""
    table: dict[str, str] = {}
    for triggers, terms in entries:
        triggers, terms = list(triggers), list(terms)
        for short in triggers:
            if short in table or not _SHORT.fullmatch(short) or texts_hold(short):
                continue
            full = [t for t in (*terms, *triggers) if is_short_form(short, t) and texts_hold(t)]
            if full:
                table[short] = full[0]
    return table


def spell_out(question: str, table: dict[str, str]) -> str:
    """`question` with each short form of `table` replaced by its full term, the longer short forms first; a short form
    inside its own full term as written (关基 in a question that writes 关键信息基础设施) is left alone."""
    if not table:
        return question
    for short in sorted((s for s in table if s in question), key=len, reverse=True):
        if table[short] not in question:
            question = question.replace(short, table[short])
    return question
