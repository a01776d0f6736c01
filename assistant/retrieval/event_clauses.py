"""Incident questions (round 52): the laws' clauses that say what to do when an event occurs.

A Chinese law states its incident duties as a condition on an event, then the act it requires: 个人信息保护法第五十七条
"发生或者可能发生个人信息泄露、篡改、丢失的，个人信息处理者应当立即采取补救措施", 数据安全法第二十九条 "发生数据安全事件
时，应当立即采取处置措施", 网络安全法 "发现其网络产品、服务存在安全缺陷、漏洞等风险时，应当立即采取补救措施". The event
conditions (发生/发现 … 的/时, up to the comma, when a duty follows: 应当/立即/及时) are read from the texts themselves and
indexed on their own, so that a question's words meet the event a clause is about and not its surrounding duties. A
question telling something that happened (a clause before the asking one reporting a completed event: 了 ending the
clause, 已经, 刚, 被, 出了) gets one more ranked list: the clauses whose event condition best matches it. Naming an
event or a finding (发现) is not enough: that fired on a third of the Chinese questions (ret52evt, ret52ev2).

Laws only: a bank policy restating a law's event duty (客户信息保护管理办法第二十五条 restates 个人信息保护法第五十七条)
holds more of a bank question's own words (客户) and, listed, led the law article it restates (measured, round 52: dev
MRR 0.504 → 0.501, 3 up / 5 down with policies, 0.513, 3 up / 0 down without); policy_links still places the policy
beside its law.
"""

from __future__ import annotations

import re

import numpy as np

from ..text.tokens import tokenize
from .corpus_view import CorpusView
from .lexical import LexicalIndex

# 发生/发现 … 的/时， … then within the sentence a duty (应当, or the immediate act: 立即, 及时). Source: the condition
# sentences of 个人信息保护法第五十七条, 数据安全法第二十九条, 网络安全法第二十五条, 网络数据安全管理条例第十一条.
_EVENT_DUTY = re.compile(r"(?:发生|发现)[^。；：]{1,40}(?:的|时)，[^。；]{0,40}(?:应当|立即|及时)")
# A told clause reports something that has happened (general Chinese grammar of aspect and voice: Li & Thompson,
# Mandarin Chinese: A Functional Reference Grammar, 1981, ch. 6 on 了 and the completive adverb 已经/已, ch. 16 on the
# 被 passive; 刚/刚刚 "just", the recent past; 出了/出事 "something went wrong"). 了 counts where it ends the clause
# (the change of state, ch. 7: 泄露了, 发错人了), not where it is part of a word (为了, 除了, 了解, 不了, 罢了) nor in the
# imminent 要/快/就要 … 了 ("about to", ch. 7). A clause under a conditional conjunction (如果, 要是, 万一, 一旦 …,
# ch. 23) tells nothing yet. A finding alone (发现, 背调发现) or any 了 inside a clause (做了匿名化) fired on a third
# of pool:zh with 18 items up and 11 down (round 52, ret52evt); this trigger fires on about a fifth.
_TOLD = re.compile(r"已经|(?<!而)已|刚|被|出事|出了")
_CLAUSE_FINAL_LE = re.compile(r"了$")
_NOT_ASPECT_LE = re.compile(r"为了|除了|了解|了结|不了|得了|罢了")
_IMMINENT = re.compile(r"要|快")
_CONDITIONAL = re.compile(r"如果|假如|假设|万一|一旦|要是|倘若|如若|若|的话")
_CLAUSE_SPLIT = re.compile(r"[，。！？；,!?;\n]+")


def event_condition(text: str) -> list[str]:
    """The event conditions of a clause text that a duty follows (发生…的 / 发现…时, without the duty)."""
    return [m.group(0).split("，")[0] for m in _EVENT_DUTY.finditer(text)]


def _told(clause: str) -> bool:
    """A clause that reports a completed event (passive, completive, recent past, or a clause-final 了)."""
    if _CONDITIONAL.search(clause):
        return False
    clause = _NOT_ASPECT_LE.sub("", clause.strip())
    return bool(_TOLD.search(clause)) or (bool(_CLAUSE_FINAL_LE.search(clause)) and not _IMMINENT.search(clause))


def tells_event(question: str) -> bool:
    """A Chinese question that tells something that happened before it asks (a told clause before the last)."""
    parts = [p for p in _CLAUSE_SPLIT.split(question) if p.strip()]
    return len(parts) >= 2 and any(_told(p) for p in parts[:-1])


class EventConditions:
    """The event conditions of the Chinese laws, each owned by its clause, in a BM25 index of their own."""

    def __init__(self, view: CorpusView):
        self.owner: list[int] = []
        tokens: list[list[str]] = []
        for i, c in enumerate(view.clauses):
            if c.jurisdiction == "EU" or c.kind == "policy":
                continue
            for span in event_condition(c.text):
                self.owner.append(i)
                tokens.append(tokenize(span))
        self.index = LexicalIndex(tokens) if tokens else None
        self._owner = np.asarray(self.owner, dtype=np.int64)

    def ranked(self, query: str, mask: np.ndarray, n: int) -> list[int]:
        """Clause positions ranked by their best-matching event condition, at most n."""
        if self.index is None:
            return []
        out: list[int] = []
        for p, _ in self.index.top(tokenize(query), 4 * n, mask[self._owner]):
            if self.owner[p] not in out and len(out) < n:
                out.append(self.owner[p])
        return out


def event_conditions(view: CorpusView) -> EventConditions:
    """The event conditions of `view`, built once per view."""
    return view.derived("event-conditions", lambda: EventConditions(view))
