"""Of a question asking about the bank's own rules, the first two hits: a policy article second behind a law article leads.

The bank's policies state their own scope as the bank's units and staff (华信银行客户信息保护管理办法第二条, 档案与记录保存
管理办法第二条: 本办法适用于本行总行、分支机构…; 第三条: 办公室是全行档案工作的主管部门), and routing reads a question
naming those rules (按我行制度, 行内规定, "our internal policy": routing.wants_policy, with bank_as_actor's reading of the
bare bank name) as asking them. The fused ranking lifts policies for such a question, but a law article restating the same
duty in more of the question's words can still lead (个人信息保护法第四十五条 before the policy's reply deadline for the same
request). Only the first two hits, as sentence_lead.py does between texts: the law article stays second, the rule the bank
rests on beside the bank's own. Pure logic.

Round 46 (ret46zh), first measured on pool:zh's id-hash tune half replayed on the captured first ten (679 items; 33 ask
the bank's rules, 4 with a law first): 1 up, 0 down; pool:en's tune half (913; 46 ask, 1 with a law first): none moved.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Hit


def policy_leads(hits: Sequence[Hit], wants_policy: bool) -> list[Hit]:
    """`hits` with the second first when the question asks the bank's own rules, the second is a policy article and the
    first is not; otherwise unchanged."""
    hits = list(hits)
    if wants_policy and len(hits) > 1 and hits[0].clause.kind != "policy" and hits[1].clause.kind == "policy":
        hits[0], hits[1] = hits[1], hits[0]
    return hits
