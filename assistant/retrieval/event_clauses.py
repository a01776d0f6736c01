"""Incident questions (round 52, exploratory): the laws' clauses that say what to do when an event occurs.

A Chinese law states its incident duties as a condition on an event, then the act it requires: 个人信息保护法第五十七条
"发生或者可能发生个人信息泄露、篡改、丢失的，个人信息处理者应当立即采取补救措施", 数据安全法第二十九条 "发生数据安全事件
时，应当立即采取处置措施", 网络安全法 "发现其网络产品、服务存在安全缺陷、漏洞等风险时，应当立即采取补救措施". The event
conditions (发生/发现 … 的/时, up to the comma, when a duty follows: 应当/立即/及时) are read from the texts themselves and
indexed on their own, so that a question's words meet the event a clause is about and not its surrounding duties. A
question telling something that happened (a clause before the asking one in the perfective, 了/已经, or a finding, 发现)
gets one more ranked list: the clauses whose event condition best matches it.

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
# a told clause: the perfective 了 / 已经, or a finding 发现 (general Chinese grammar; the asking clause is the last one)
_TOLD = re.compile(r"了|已经|发现")
_CLAUSE_SPLIT = re.compile(r"[，。！？；,!?;\n]+")


def event_condition(text: str) -> list[str]:
    """The event conditions of a clause text that a duty follows (发生…的 / 发现…时, without the duty)."""
    return [m.group(0).split("，")[0] for m in _EVENT_DUTY.finditer(text)]


def tells_event(question: str) -> bool:
    """A Chinese question that tells something that happened before it asks (a told clause before the last)."""
    parts = [p for p in _CLAUSE_SPLIT.split(question) if p.strip()]
    return len(parts) >= 2 and any(_TOLD.search(p) for p in parts[:-1])


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
