"""Asking when a text takes effect: the clause stating its commencement answers (pure logic).

Every Chinese law ends with the date it takes effect (本法自2017年6月1日起施行, in its 附则), the GDPR with its entry
into force and date of application (Article 99). A question about that date ("Is it true the Cybersecurity Law took
effect on 1 June 2017?", "When did the CII regulation take effect?", 个保法什么时候施行) asks for that clause, yet its
words match the law's substantive articles better, and the 附则's boilerplate weighs less by default
(RetrievalConfig.final_weight): the commencement article ranked 14th–46th for such English questions in the tuning pool.
Only the question's form is read (a generic phrase of commencement), never a law's name or date: the clause is found by
what it states, in any law.
"""

from __future__ import annotations

import re

# English and Chinese ways to ask about commencement (general legal usage: take effect, come/enter into force, in force
# since, effective date, kick in, commence; 施行, 生效, 实施, 适用 with a when-word), and the texts' own "shall apply from"
# (GDPR Art. 99, AI Act Art. 113) asked as "applies from" / "since when … apply" / "start to apply"
_ASKS_COMMENCEMENT = re.compile(
    r"\b(?:takes?|took|taken|taking) effect\b|\b(?:comes?|came|coming|enters?|entered|entering) into (?:force|effect)\b|"
    r"\b(?:been |be )?in (?:force|effect) (?:since|from|as of)\b|\bbeen in (?:force|effect)\b|"
    r"\beffective (?:date|from|since|as of)\b|\bkick(?:s|ed)? in\b|\bcommenc\w*|"
    r"\bappl(?:y|ies|ied) (?:from|since)\b|\b(?:since|from) when\b[^?.]{0,80}\bappl(?:y|ies|ied)\b|"
    r"\b(?:starts?|started|begins?|began|begun) (?:to apply|applying)\b|"
    # round 22: the date asked with a which-word before the verb ("from which date has it applied", "what exact day
    # did it become effective"), and "has been around since" (existed since: ordinary English for a date of origin)
    r"\b(?:which|what) (?:exact |precise )?(?:date|day|year)\b(?! of)[^?.]{0,60}\b(?:appl(?:y|ies|ied)|in force|effective)\b|"
    r"\b(?:been|be) around since\b|"
    r"(?:何时|什么时候|哪天|几号|哪一年|哪年)(?:起|开始)?(?:施行|生效|实施|适用)|(?:施行|生效|实施)(?:日期|时间)",
    re.IGNORECASE)
# what a commencement clause states: 本法自…起施行 / 本条例自公布之日起施行; "shall enter into force", "shall apply from"
_STATES_COMMENCEMENT = re.compile(r"自[^。]{0,24}施行|\bshall enter into force\b|\bshall apply from\b")


def asks_commencement(question: str) -> bool:
    return bool(_ASKS_COMMENCEMENT.search(question))


def states_commencement(clause_text: str) -> bool:
    return bool(_STATES_COMMENCEMENT.search(clause_text))
