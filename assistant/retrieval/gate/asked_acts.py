"""The act a Chinese question asks the deadline of (part of the coverage gate, signal 4): 多少天内报告 asks when the
report is due. A sentence whose period runs from that act (保护工作部门自收到报告之日起3个月内完成重新认定) gives the
deadline of what follows it, done by whoever receives it, not the deadline of the act asked.

Round 24, re-assessing the gate over the tuning data's retrievals (760 out-of-scope, 1,982 answerable questions):
refused 717 -> 718 (the days to report a critical-infrastructure operator's merger, let through by the three months the
department has to re-identify it from the report), answerable wrongly refused unchanged (103; 47 answerable Chinese
questions ask an act's deadline, all still answered).
"""

from __future__ import annotations

import re

from ...language import has_cjk
from ...text.tokens import segment

# a period asked as a deadline (general Chinese usage: 多少天内, 几个工作日之内, 多久以内)
_DEADLINE_ASKED = re.compile(r"(?:(?:多少|几)个?(?:工作|自然)?(?:天|日|小时|月|年|周)|多久|多长时间)(?:之|以)?内")

# words between the period asked and its act that are not the act (modal and light verbs, pronouns, prepositions)
_FILLER = re.compile(r"要|得|必须|应当|应该|需要|需|就|就要|会|被|给|向|对|把|将|去|来|能|可以|才|完成|进行|作出|做出|"
                     r"他|她|它|他们|我们|客户|对方|用户")

# the event a period runs from in Chinese legal drafting: 自收到报告之日起, 自…之日起, 收到…后
_RUNS_FROM = re.compile(r"自[^，。；]{0,30}?(?:之日|时)起|(?:收到|接到)[^，。；]{0,20}?(?:之日|后)")


def asked_act(asking: str) -> str:
    """The word of the act whose deadline a Chinese question asks (报告 of 得在多少天内报告保护工作部门); empty when it
    asks none or names no act right after the period."""
    m = _DEADLINE_ASKED.search(asking)
    if not m:
        return ""
    for word in segment(asking[m.end():]):
        if not word.strip() or re.fullmatch(r"[，。？！?!,、；;]", word):
            return ""
        if _FILLER.fullmatch(word) or len(word) < 2 or not has_cjk(word):
            continue
        return word
    return ""


def runs_from_the_act(sentence: str, act: str) -> bool:
    """The sentence names the act asked only as the event its period runs from (自收到报告之日起): its figure is the
    deadline of another act."""
    if not act or act not in sentence:
        return False
    outside = _RUNS_FROM.sub("", sentence)
    return act not in outside


# A period asked as how long a state lasts before something follows (借款逾期几天就列入名单: the days of being overdue;
# general Chinese usage, STATE + 几天 + 就/才/后/以上): only a sentence naming that state states its length; the period
# of an objection's review (自收到异议之日起20日内) or a bureau's filing (30日内备案) shares the figure's kind, not the
# state. Round 24, re-assessing the gate over the tuning data (760 out-of-scope, 1,982 answerable): refused 720 -> 722
# (the days overdue before a loan or card is reported to the credit bureau, twice), answerable wrongly refused unchanged
# (97); four questions of the tuning data ask so, all out of scope. Read with retention verbs too (保留几年才删) it
# refused an answerable question whose sentence says 保存.
_DURATION_ASKED = re.compile(r"(?:多少|几)个?(?:工作|自然)?(?:天|日|小时|月|年|周)(?=就|才|后|以后|之后|以上)")


def lasting_state(asking: str) -> str:
    """The state whose length a Chinese question asks before what follows it (逾期 of 借款逾期几天就列入名单); empty when
    it asks none."""
    m = _DURATION_ASKED.search(asking)
    if not m:
        return ""
    from .figures import _asks_the_figure

    words = [w for w in segment(asking[:m.start()]) if w.strip()]
    if not words or len(words[-1]) < 2 or not has_cjk(words[-1]) or _FILLER.fullmatch(words[-1]):
        return ""
    # keeping (保留几年才删) is the kind of period asked, said in many words (保存, 留存): no state of the topic's
    return "" if _asks_the_figure(words[-1]) else words[-1]
