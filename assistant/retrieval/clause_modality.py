"""Whether a Chinese question asks if something is allowed, and whether a clause answers that kind of question (pure).

A question asking whether we may do something (能不能, 可以…吗, 行不行, 合规吗: routing's permission forms) is answered
by the clause that allows or forbids it: 不得 / 禁止 / 严禁 (商业银行法第四十四条 「不得压单、压票」), 有权 / 可以 / 无需
(第四十一条 「有权拒绝…强令要求其发放贷款」), 不适用 / 除外 (an exemption). A clause stating only what must be done (应当…)
answers "what must we do"; when a duty and a prohibition are on the same subject, the prohibition is what the asker
asked. The words are the modal verbs of Chinese legislative drafting (general usage), not any question's.
"""

from __future__ import annotations

import re

from .char_ngrams import char_bigrams
from .routing import asks_permission

# the modal words that allow, forbid or exempt in Chinese statutes and the bank's rules
_ALLOWS_OR_FORBIDS = re.compile(r"不得|禁止|严禁|有权|可以|无需|无须|不需要|不适用|除外")
_SENTENCE_END = re.compile(r"[。；;\n]")


def asks_whether_allowed(question: str) -> bool:
    """A Chinese question asking whether something is allowed (能不能…, 可以…吗, 这样合规吗)."""
    return asks_permission(question) and bool(re.search(r"[\u4e00-\u9fff]", question))


def allows_or_forbids(clause_text: str, question: str, min_shared: int) -> bool:
    """Whether a sentence of the clause that permits, prohibits or exempts something is about the question: it shares
    at least `min_shared` topical character bigrams with it (char_ngrams.char_bigrams). A long article that forbids
    one thing and sets duties on another does not answer a question on the other."""
    asked = set(char_bigrams(question))
    return any(len(asked.intersection(char_bigrams(s))) >= min_shared
               for s in _SENTENCE_END.split(clause_text or "") if _ALLOWS_OR_FORBIDS.search(s))
