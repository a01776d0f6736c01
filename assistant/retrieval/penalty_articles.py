"""Which articles of a 法律责任 chapter are penalty articles (pure logic).

Most Chinese laws keep their sanctions in a chapter of their own (第六章 法律责任), and every article there states one.
Some join liability with another subject in one chapter: 生成式人工智能服务管理暂行办法 第四章 "监督检查和法律责任" holds
duties (第十七条: security assessment and algorithm filing) beside its sanction article (第二十一条 "…予以处罚"). In
such a mixed chapter only an article that states a sanction is a penalty article; the ranking's penalty weight
(hybrid._reweigh) must not push the duties down.
"""

from __future__ import annotations

import re

from ..types import Clause
from .routing import is_penalty_chapter

# A heading that names liability and something else, joined by 和/与/及 ("监督检查和法律责任").
_MIXED_HEADING = re.compile(r"[\u4e00-\u9fff]+(?:和|与|及)法律责任|法律责任(?:和|与|及)[\u4e00-\u9fff]+")
# Sanction wording of the Chinese penalty articles (the corpus' 法律责任 chapters: 责令改正, 给予警告, 罚款, 没收违法
# 所得, 吊销许可证, 给予处分, 依法追究刑事责任, 承担赔偿责任, 予以处罚).
_SANCTION = re.compile(r"处罚|罚款|责令|警告|没收|吊销|处分|追究|刑事责任|赔偿责任|法律责任|暂停|停业整顿")


def is_penalty_article(clause: Clause) -> bool:
    """In a penalty chapter, and either the chapter is about liability alone or the article states a sanction."""
    if not is_penalty_chapter(clause.chapter):
        return False
    if clause.jurisdiction.upper() == "CN" and _MIXED_HEADING.search(clause.chapter or ""):
        return bool(_SANCTION.search(clause.text))
    return True


def states_sanction(text: str) -> bool:
    """A clause stating a sanction in the corpus' wording (吊销其经营许可证, 责令暂停部分业务, 给予处分), wherever it stands:
    some laws give a consequence in the article that sets the duty (商业银行法第二十三条: 无正当理由超过六个月未开业的,
    由国务院银行业监督管理机构吊销其经营许可证) or in the supervisor's powers (银行业监督管理法第三十七条)."""
    return bool(_SANCTION.search(text))
