"""The staff of one body given the rule the article lays down for the staff of another (pure).

The party lexicon reads a Chinese phrase headed by a staff noun (…的人员, 工作人员, 员工) as "staff", whoever employs them
(lexis.parties.actors_in: 从事…工作的人员 are persons of their own), so a claim that moves a rule from one body's staff to
another's names the same actor: "金融机构从事反洗钱工作的人员泄露…的，依法给予处分" against 反洗钱法第五十一条, whose rule is
on 反洗钱行政主管部门和其他依法负有反洗钱监督管理职责的部门从事反洗钱工作的人员 — the supervisor's staff, not the bank's.
Whose staff they are is the party named in the phrase before the staff noun (its employer or the body whose work they
do: general Chinese noun-phrase structure, the head last). The check reads it on both sides and reports the claim's
employer when the article names employers of its staff phrases and none of them may be that party
(lexis.parties.roles_compatible: a bank and a financial institution are one side, the supervisor another).
Chinese claims on Chinese articles only; an article naming no employer for its staff (其工作人员) is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language import is_chinese
from ..lexis.parties import ACTOR_LABEL, actors_in, roles_compatible
from .modality import Finding, normalised

# the staff nouns (the lexicon's own staff words, lexis/parties.py)
_STAFF_ZH = re.compile(r"工作人员|人员|员工|职员|雇员")
# a staff phrase's modifier ends at a sentence or sub-clause break, or at a modal verb (what follows one is the rule)
_BREAK_ZH = re.compile(r"[，,。；;：:（）()]|应当|必须|不得|可以|有权|无权|禁止")
# a staff noun compounded with a line of work (银行业监管人员, 银行业从业人员, 金融机构业务人员: the lexicon's staff compounds,
# lexis/parties.py): the party word before it names the field, which may be another body's (the supervisor's staff of
# 银行业监管人员, 银行业监督管理法第四十九条), so it is no employer
_LINE_OF_WORK_ZH = re.compile(r"(?:监管|监督管理|管理|从业|业务)$")
_WORK_DONE_ZH = re.compile(r"从事|负责")
# names that say no employer: anyone, staff themselves, and the persons a rule is about (个人, 客户 in 客户的人员 is rare;
# 信息主体, an individual or an enterprise)
_NO_EMPLOYER = {"anyone", "staff", "individual", "subject", "director"}


def _employers(text: str) -> list[tuple[str, ...]]:
    """The employers named before each staff noun of `text`, one tuple per staff phrase naming one."""
    out = []
    for m in _STAFF_ZH.finditer(text):
        if m.group(0) == "人员" and text[max(0, m.start() - 2) : m.start()] == "工作":
            continue  # (工作人员 found as itself)
        head = text[: m.start()]
        cuts = list(_BREAK_ZH.finditer(head))
        modifier = head[cuts[-1].end() :] if cuts else head
        # what the staff do (从事银行业监督管理工作的人员, 银行业监督管理法第四十三条) names their field: only a party before
        # it names the employer (金融机构从事反洗钱工作的人员)
        modifier = _WORK_DONE_ZH.split(modifier)[0]
        if _LINE_OF_WORK_ZH.search(modifier):
            continue  # 银行业监管人员: the field the staff work in, not who employs them
        names = tuple(a for a in actors_in(modifier, subjects_only=False) if a not in _NO_EMPLOYER)
        if names:
            out.append(names)
    return out


@lru_cache(maxsize=256)
def _article_employers(clause: str) -> tuple[str, ...]:
    """Every employer the article names for a staff phrase, once per article."""
    return tuple(dict.fromkeys(name for names in _employers(clause) for name in names))


def staff_of_another_employer(claim: str, clause_text: str) -> Finding | None:
    """The wrong actor when a Chinese claim's staff phrase names an employer that none of the article's staff phrases
    may have (see the module)."""
    if not (is_chinese(claim) and is_chinese(clause_text)) or not _STAFF_ZH.search(claim):
        return None
    article = _article_employers(normalised(clause_text))
    if not article:
        return None
    for names in _employers(normalised(claim)):
        # the phrase's head employer: the last party named before the staff noun (国务院…的部门的人员)
        party = names[-1]
        if not any(roles_compatible(party, a) for a in article):
            return Finding("actor", f"the clause's rule is on the staff of {ACTOR_LABEL.get(article[0], article[0])}; "
                                    f"the claim gives it to the staff of {ACTOR_LABEL.get(party, party)}")
    return None
