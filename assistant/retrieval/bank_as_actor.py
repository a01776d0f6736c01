"""A Chinese question naming the asker's bank (我行, 本行, 我们行, 咱们行, 行里) asks about the bank's own rules only when it
says so: 我行制度, 我们行规定, 行里要求, 按我行…. Otherwise the bank is the actor of the story (有家民企想入股我们行, 我们行想
开办结售汇业务, 审计署说要进场审我们行) and the question asks what the law says. routing._POLICY_INTENT counts the bare
name as a cue; this tells the two apart. Pure logic."""

from __future__ import annotations

import re

from ..language import detect_language, has_cjk

# 行里 ("in our bank", staff's everyday word) too: 行里要求 asks the rules, 行里自己训的大模型 tells what the bank does
_BANK = r"(?:(?:我行|本行|我们行|咱们行)(?![长业政使为动])|(?<![银进执运实履施发流这])行里)"
_NAMES_BANK = re.compile(_BANK)
# the rule words of the bank's policies' own titles and articles (管理办法, 制度, 规定, 要求, 规则, 流程, 标准, 细则) within a
# few characters of the bank's name, or the bank's name after 按/依照/根据 (按我行规定)
# … or the bank's name as the one that permits or restricts (本行准许员工…吗, 我们行的规矩是…), the bank's 原则 (the
# policies' own word: 客户信息保护管理办法第三条, 数据分类分级管理办法第四条 state their 原则; 规矩 is staff's everyday word
# for rules), or the bank's demands on a matter in the same clause (我行对员工拷客户数据有哪些规定: 对 + the matter + a
# rule word; 客户信息保护管理办法第十六条 limits staff's queries, 员工只能查询…; the policies state 要求 throughout)
_CLAUSE = r"[^，。？！,?!；;]"
_ASKS_RULES = re.compile(_BANK + _CLAUSE + r"{0,4}?(?:制度|规定|要求|办法|规则|流程|标准|政策|细则|规矩|原则|限制|允许|准许)|"
                         + _BANK + r"对" + _CLAUSE + r"{1,12}?(?:要求|限制|规定|原则)|"
                         r"(?:按|依照|依据|根据|照)" + _BANK)
# routing's other Chinese cues (行内, 内部制度 …): they name the rules themselves
_OTHER_CUES = re.compile(r"(?<![银进执运实履施发流])行内|内部制度|内部规定|制度规定|我们的制度|公司制度")


def bank_only_as_actor(question: str) -> bool:
    """A Chinese question whose only policy cue is the bank's bare name: the bank acts, the law is asked."""
    if not has_cjk(question) or detect_language(question) == "en" or not _NAMES_BANK.search(question):
        return False
    return not (_ASKS_RULES.search(question) or _OTHER_CUES.search(question))
