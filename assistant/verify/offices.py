"""A deputy's office read as its head's (pure).

Articles that set up a body's offices often say, one sentence each, who appoints the head and who the deputies:
"中国人民银行行长的人选，根据国务院总理的提名，由全国人民代表大会决定……由中华人民共和国主席任免。中国人民银行副行长由国务院
总理任免。" (中国人民银行法第十条). A claim about the deputy (副行长) shares most of its wording with the head's sentence, so the
sentence-level checks read it against that one; it is judged here against the sentence that names the deputy's office.
"""

from __future__ import annotations

import re

from ..language import is_chinese
from .modality import Finding, normalised

# 副 + an office (general vocabulary of Chinese organisation law: 行长, 主任, 局长, 部长, 主席, 院长, 秘书长, 署长, 总经理 …)
_DEPUTY_ZH = re.compile(r"副((?:秘书|总)?(?:行长|主任|局长|部长|主席|院长|署长|厅长|处长|委员长|经理|董事长|总理|秘书长))")
# 由 X 任免 / 决定 / 任命 / 提名 / 批准 / 聘任: who appoints or decides (the acts of appointment the statutes name)
_APPOINTER_ZH = re.compile(r"由([\u4e00-\u9fff]{2,16}?)(?:任免|决定|任命|提名|批准|聘任|罢免|免去)")


def _appointers(text: str) -> list[str]:
    return [m.group(1) for m in _APPOINTER_ZH.finditer(text)]


def _same_body(a: str, b: str) -> bool:
    # 国务院总理 / 总理, 中华人民共和国主席 / 国家主席: one name inside the other, or the same last two characters
    return a in b or b in a or a[-2:] == b[-2:]


def deputy_office(claim: str, clause_text: str) -> Finding | None:
    """A Chinese claim saying who appoints a deputy (副行长 …) that names none of the bodies the article's sentence about
    the deputy names, where that sentence names one: the claim gives the deputy what the article says of the head."""
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return None
    text, article = normalised(claim), normalised(clause_text)
    for m in _DEPUTY_ZH.finditer(text):
        deputy = m.group(0)
        mine = _appointers(text[m.end():])
        if not mine:
            continue
        for sentence in re.split(r"[。；;]", article):
            at = sentence.find(deputy)
            theirs = _appointers(sentence[at + len(deputy):]) if at >= 0 else []
            if theirs and not any(_same_body(a, b) for a in mine for b in theirs):
                return Finding("actor", f"the article says of the {deputy}: 由{theirs[0]}; the claim names "
                                        f"{'、'.join(mine)}, which it says of another office")
    return None
