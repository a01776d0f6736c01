"""A figure quoted to be confirmed for an act the law forbids outright (part of the coverage gate, signal 4).

「账户临时透支一天应该是允许的吧」 quotes a day to have it confirmed; 中国人民银行法第二十六条 「不得对银行业金融机构的账户
透支」 forbids the overdraft whatever its length, and 模型风险管理办法第二十八条 holds to account whoever puts an unvalidated
model live, however briefly it runs. The answer is that the rule sets no figure: the act is barred (or sanctioned)
outright, so a sentence about the question forbidding it, and stating no figure of the kind quoted, answers it as one
stating the figure would. Only for figures the question quotes (是不是, 吧, …吗), not for a figure it asks (多久, 几成):
a prohibition does not say how long or how much. General legal drafting: 不得 / 禁止 / 严禁 (shall not, be prohibited)
forbid; 追究…责任 holds to account (the penalty provisions of the indexed laws and the bank's policies).
"""

from __future__ import annotations

import re

from ...text.tokens import tokenize
from .figures import asks_the_figure, figure_groups

_FORBIDS = re.compile(r"不得|禁止|严禁|追究[^，。；]{0,8}责任|\b(?:shall|must|may) not\b|\bprohibited\b", re.I)


def forbids_without_figure(sentence: str, groups: set[str]) -> bool:
    """The sentence forbids (or sanctions) an act and states no figure of the kinds `groups` quoted."""
    return bool(_FORBIDS.search(sentence)) and not (figure_groups(sentence) & groups)


# The act a quoted figure measures is named in the clause stating it (账户临时透支一天, 灰度上线跑一周): a sentence
# forbidding something else the question also names (征信机构不得…提供个人信息 for 授权书的有效期写成五年) leaves the
# figure open. Two of that clause's words, as stated._stated asks of a Chinese sentence stating a figure.
FIGURE_CLAUSE_TIES = 2
_CLAUSE = re.compile(r"[，,。；;？?！!]+")


def figure_clause_words(question: str, groups: set[str]) -> set[str]:
    """The words (two characters or more, not the asking for a figure) of the clauses of a question stating a figure
    of the kinds `groups`."""
    return {t for part in _CLAUSE.split(question) if figure_groups(part) & groups
            for t in tokenize(part) if len(t) >= 2 and not asks_the_figure(t)}


def forbids_the_act(sentence: str, groups: set[str], act_words: set[str]) -> bool:
    """The sentence forbids, with no figure of the kinds quoted, the act the quoted figure measures: it shares
    FIGURE_CLAUSE_TIES of the words of the clause stating that figure (`figure_clause_words`)."""
    return (forbids_without_figure(sentence, groups)
            and len(act_words & set(tokenize(_forbidden_act(sentence)))) >= FIGURE_CLAUSE_TIES)


_SANCTIONS = re.compile(r"追究")


def _forbidden_act(sentence: str) -> str:
    """The words naming the act a sentence forbids: the clause of its 不得 / 禁止 (但不得对…账户透支, not the 原始生物特征
    图像不得留存 beside a face-recognition rule), or, for a sanction, the conditions leading to it (违反本办法未经验证…上线
    模型…的，…追究相关人员责任: general drafting, the …的 clause names the conduct punished)."""
    parts = _CLAUSE.split(sentence)
    at = next((i for i, part in enumerate(parts) if _FORBIDS.search(part)), len(parts) - 1)
    return "，".join(parts[:at + 1]) if _SANCTIONS.search(parts[at]) else parts[at]
