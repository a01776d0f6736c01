""""Who supervises us?": the clause that assigns supervision leads (pure logic).

An English question asking which authority regulates or supervises something ("who actually regulates credit reporting
in China – the PBOC or the NFRA?", "for data security, who supervises us as a bank?") wants the article that gives an
authority that duty: 征信业管理条例第四条 (中国人民银行 … 依法对征信业进行监督管理), 数据安全法第六条 (… 主管部门承担本行业、本领域数据
安全监管职责), 反洗钱法第五条 (负责全国的反洗钱监督管理工作), 商业银行法第十条 (接受国务院银行业监督管理机构的监督管理), 第六十三条
(接受审计机关的审计监督). Their words are the authorities' names, which every article on supervisory measures shares, so
without help the measures outrank the assignment. The Chinese texts word that assignment in a few fixed ways (the
patterns below, read from those articles); the question's intent is ordinary English. The GDPR's and the AI Act's
competence articles are left to their headings (Article 55 – Competence).
"""

from __future__ import annotations

import re

# an English question about who regulates, supervises, oversees or audits (not what the regulator may do)
_ASKS_WHO = re.compile(
    r"\bwho\b[^?.]{0,40}?\b(?:regulat\w*|supervis\w*|oversees?|overseeing|oversight|audits?|in charge)\b|"
    r"\bwhich\s+(?:authorit(?:y|ies)|regulators?|agenc(?:y|ies)|bod(?:y|ies)|ministr(?:y|ies)|departments?|"
    r"supervisors?)\b|\b(?:regulated|supervised|overseen)\s+by\b|"
    r"\bwho(?:'s| is)\s+(?:the|our)\s+(?:regulator|supervisor)\b",
    re.IGNORECASE)

# a Chinese clause assigning supervision: X 负责 / 承担 … 监督管理工作 / 监管职责; 依法对 … 进行 / 实施监督管理; 接受 … 的监督管理 /
# 审计监督
_ASSIGNS = re.compile(r"(?:负责|承担)[^。；]{0,40}(?:监督管理|监管)的?(?:工作|职责)|依法对[^。；]{0,30}(?:进行|实施)监督管理|"
                      r"接受[^。；]{0,30}的(?:监督管理|审计监督)")


def asks_who_supervises(question: str) -> bool:
    return bool(_ASKS_WHO.search(question))


def assigns_supervision(text: str) -> bool:
    return bool(_ASSIGNS.search(text))


def supervision_clauses(view) -> frozenset[int]:
    """Positions of the Chinese law clauses that assign supervision, once per view."""
    return view.derived("supervision-clauses", lambda: frozenset(
        i for i, c in enumerate(view.clauses)
        if c.jurisdiction.upper() == "CN" and c.kind != "policy" and assigns_supervision(c.text)))
