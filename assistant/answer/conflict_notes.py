"""A policy clause an answer quotes that the policy check finds weaker than the law it implements (spec/conflicts.py:
a shorter period, a duty waived or softened) is said to be so beside the answer (pure).

A compliance officer reading 《档案与记录保存管理办法》第十四条's 保存五年 next to 《反洗钱法》第三十四条's 至少保存十年 should not
have to work out which one binds: the bank's rule may be stricter than the law, never laxer, and the answer says when it
is laxer, as the policy-conflicts report does."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class PolicyConflict:
    """One policy clause weaker than one regulation clause."""

    law_label: str  # 《反洗钱法》第三十四条
    explanation: Mapping[str, str]  # language → one sentence (conflicts.Conflict.explanation)


def conflict_notices(cited: Iterable[tuple[str, int | None, str]], conflicts: Mapping[tuple[str, int], list[PolicyConflict]],
                     language: str) -> list[str]:
    """The notices for the cited clauses (doc_id, article, label as shown) with a known conflict, once each."""
    notices: list[str] = []
    for doc_id, article, label in cited:
        for c in conflicts.get((doc_id, article), []) if article is not None else []:
            why = c.explanation.get(language) or c.explanation.get("en", "")
            notice = (f"本行制度与法规冲突：{label}弱于{c.law_label}。{why}以法规为准，请核对该制度。" if language == "zh" else
                      f"Policy conflict: {label} is weaker than {c.law_label}. {why} The regulation prevails; have the "
                      "policy reviewed.")
            if notice not in notices:
                notices.append(notice)
    return notices
