"""Glossary phrases that only ask for the kind of fact, not what about (pure; round 14, issue 11).

A glossary entry triggered by the asking itself (保存多久, 保存期限, how long to keep: the phrase is a figure word and at
most one other word) brings the legal terms of that kind of fact (保存期限, storage limitation), which any clause
stating such a fact uses whatever it is about: 电子签名法第二十四条 「信息保存期限至少为…五年」 is about certification
records, not about the recordings a question on 通话录音 … 保存多久 asks about. Those terms say what is asked, as the
figure words do (gate.figures._asks_the_figure); the gate's test of whether a sentence is about the question
(gate.stated._stated) does not take them as the question's topic in the law's words. Entries triggered by a phrase
naming a topic (不良记录保存多久, 征信报告) keep their terms, and so does a sanction asked (罚多少: the penalty articles'
terms are what a fine question is about; the caller skips the filter then).

Round 14, gate only over the tuning data (388 out-of-scope, 1354 answerable questions, see asked_counts.py): refused
362 -> 363 (a call-recording retention question of out_of_scope_blind6), answerable wrongly refused unchanged (81);
without the exception for sanctions five fine questions (罚多少) were refused.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..text.tokens import tokenize


def asking_only_terms(bridges: Mapping[str, tuple[str, ...]], asks_the_figure: Callable[[str], bool]) -> set[str]:
    """The legal terms brought only by phrases of the question that ask for a fact's kind (`bridges`: question phrase
    → the terms of the glossary entry it triggered)."""
    def asking(phrase: str) -> bool:
        words = [t for t in tokenize(phrase) if len(t) >= 2 or not t.isascii()]
        figure = [t for t in words if asks_the_figure(t)]
        return bool(figure) and len(words) - len(figure) <= 1

    topic_terms = {t for phrase, terms in bridges.items() if not asking(phrase) for t in terms}
    return {t for phrase, terms in bridges.items() if asking(phrase) for t in terms} - topic_terms
