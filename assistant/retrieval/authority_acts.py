"""What may the authority do to us? The articles whose subject is the authority lead (pure logic).

A Chinese question whose actor is an authority — 网信办来现场检查…他们真有这个权力吗, 公安说办案需要…让我们把流水导出来,
现场检查组要把客户明细拷走…他们有保密义务吗, 监管要是觉得风险大会把行长叫去谈话 — is answered by the article that states
that authority's powers, procedure or duties: 个人信息保护法第六十三条 (履行个人信息保护职责的部门…可以采取下列措施), 数据安全法
第三十五条 (公安机关、国家安全机关因…调取数据，应当…), 银行业监督管理法第十一条 (银行业监督管理机构工作人员，应当依法保守…秘密).
Its words (检查, 调取, 客户信息) are shared by the bank-side duties around it (商业银行法第二十九条 为存款人保密, the policies'
confidentiality rules), which the fusion often puts first. The laws open such articles with the authority as grammatical
subject (the pattern below, read from those articles' openings); the question names one as the actor of a verb.

Measured on the Chinese tuning pool (see RetrievalConfig.authority_act_boost). Among the tuning questions the question
pattern picks out (51 of 339), the gold article opens with an authority in 30; among the others, in 23 of 288.
"""

from __future__ import annotations

import re

from ..text.articles import CN_ARTICLE_LABEL
from .corpus_view import cn_law_articles_opening

# The authorities as a bank's staff name them (the regulators, their inspection teams and local branches, the CAC, the
# police, the courts, the AML monitoring centre), followed within a few characters by a verb of which they are the actor
# (来, 要, 说, 发函, 检查, 调取, 约谈, 封存, 会, 能, 有权 …): 网信办来检查, 公安发函, 检查组要把…, 人民银行建议…; not an authority
# named as the object (报人行, 找监管审批, 向网信办投诉).
# what an authority named as the actor does next (regulators.acting_titles reads the same words after a regulator's name)
ACTS = r"(?:来|要|说|发函|建议|检查|调取?|查|约谈|封存|处置|去|会|能|可以|有权|暗示|发现|把|让|那边)"
_ACTOR = re.compile(
    r"(?:监管|检查组|检查人员|网信办?|人行|人民银行|央行|公安|派出所|警方|主管部门|监管部门|金融监管总局|银保监会?|法院|"
    r"检察院|监测中心|保护工作部门|中支)"
    r"[^，。？?！!、]{0,3}" + ACTS)

# A Chinese article whose first sentence has an authority as its subject: the state or the State Council, the central
# bank, the police, or a body named …部门 / …机关 / …监督管理机构 / …派出机构 (not 金融机构 or 征信机构: those are the regulated)
# followed by what it does (在, 依法, 应当, 可以, 有权, 根据, 对, 发现, 履行 …), or that body's staff (…部门的工作人员).
_AUTHORITY_SUBJECT = re.compile(
    rf"^{CN_ARTICLE_LABEL}\s*(?:国家|国务院|中国人民银行|人民银行|公安机关|"
    r"[^，。；]{0,24}(?:部门|机关|监督管理机构|派出机构|监测分析机构)(?:及其[^，。；]{0,12})?"
    r"(?:在|依法|应当|可以|有权|根据|按照|依照|对|发现|履行|进行|为|负责|建立|会同|统筹|制定|和)|"
    r"[^，。；]{0,30}(?:部门|机关|监督管理机构)(?:的)?工作人员)")


def names_authority_actor(question: str) -> bool:
    """Whether a Chinese question names an authority as the actor of what it asks about."""
    return bool(_ACTOR.search(question))


def authority_subject(article_text: str) -> bool:
    """Whether a Chinese article opens with an authority as its subject (its first piece's text)."""
    return bool(_AUTHORITY_SUBJECT.search(article_text))


def authority_articles(view) -> frozenset[int]:
    """Positions of every piece of the Chinese law articles that open with an authority as subject, once per view."""
    return cn_law_articles_opening(view, "authority-subject-articles", authority_subject)
