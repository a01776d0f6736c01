"""Who does it by "by X" in English passives (pure): agent and patient swapped (swapped_passive), another agent than the
sentence's or the article's (other_passive_agent, other_agent_in_article), and across languages against 由 X
(passive_agent_across).
"""

from __future__ import annotations

import re

from ...language import is_chinese
from ..modality import Finding, normalised
from .agents import _BY_AGENT_LOOSE_ZH, _BY_AGENT_ZH
from .phrases import _LEAD_EN, _names_a_party, same_party

# "X shall be mandated by Y" / "X is appointed by Y": the patient before the passive, the agent after "by" (English)
_PASSIVE_BY_EN = re.compile(
    r"(?:^\W*(?:\(?[a-z0-9]{1,3}[.)]\s+)?|[,;:]\s*|\b(?:that|which|who|and|or)\s+)(?P<patient>(?:(?!\b(?:is|are|shall|"
    r"must|may|will|should|can|be|being|been|has|have)\b)[\w' -]){3,60}?)\s+(?:(?:is|are|shall|must|may|will|should|"
    r"can|has|have)\s+(?:not\s+)?(?:only\s+)?)?(?:be\s+|been\s+|being\s+)?(?P<verb>[a-z]+(?:ed|en|wn|ld|id|"
    r"ne))\s+by\s+(?P<agent>[\w' -]{3,60}?)(?=\s+(?:to|in|on|for|and|or|as|at|with|within|without|under|where|when|"
    r"if)\b|[,;.:(]|$)", re.I)
# Words that say whose an actor is, not who it is ("its Union representative", "their own controller")
_POSSESSIVE_EN = re.compile(r"^(?:(?:the|a|an|its|their|his|her|each|any|every|such|own|union|eu)\s+)+", re.I)


def _passive_roles(text: str) -> list[tuple[str, str, str]]:
    """(verb, patient, agent) of each English passive with "by" in `text`."""
    found = []
    for m in _PASSIVE_BY_EN.finditer(normalised(text)):
        patient, agent = (_POSSESSIVE_EN.sub("", _LEAD_EN.sub("", g).strip())
                          for g in (m.group("patient"), m.group("agent")))
        if _names_a_party(patient) and _names_a_party(agent):
            found.append((m.group("verb").lower(), patient, agent))
    return found


def swapped_passive(claim: str, sentence: str) -> Finding | None:
    """A finding when claim and sentence use the same passive verb with "by" and the claim swaps who acts and who is
    acted on ("The controller is mandated by its representative" against "The representative shall be mandated by the
    controller", GDPR Art. 27(4)): the duty holder lexicon reads both as the agent's, so it cannot tell them apart."""
    if is_chinese(claim) or is_chinese(sentence):
        return None
    for verb, patient, agent in _passive_roles(claim):
        for verb2, patient2, agent2 in _passive_roles(sentence):
            if verb[:5] == verb2[:5] and same_party(patient, agent2) and same_party(agent, patient2) \
                    and not same_party(patient, patient2):
                return Finding("actor", f"the clause has {patient2} {verb2} by {agent2}; the claim has it the other "
                                        f"way round")
    return None


# "is affixed by the body itself or, under its instructions, by the provider": every agent "by …" after a passive verb
_AGENTS_AFTER_EN = re.compile(r"\bby\s+((?:(?!\bby\b)[\w'’ -]){3,60}?)(?=\s+(?:or|and|to|in|on|for|as|at|with|within|"
                              r"under|where|when|if|after|before)\b|[,;.:(]|$)", re.I)
_PASSIVE_VERB_EN = re.compile(r"\b(?:is|are|be|been|being)\s+(?:\w+ly\s+)?([a-z]+(?:ed|en|wn|ld|id|ne))\s+(?=by\b)",
                              re.I)


def _own_agents_part(rest: str) -> str:
    """What follows a passive verb up to the end of its sub-clause or the next participle with "by" of its own: "the
    information shall be provided by electronic means, where possible, unless otherwise requested by the data subject"
    (GDPR Art. 12(3)) has the data subject request, not provide."""
    rest = re.split(r"[;.](?:\s|$)", rest, maxsplit=1)[0]
    following = _PARTICIPLE_BY_EN.search(rest, 3)
    return rest[: following.start()] if following else rest


def _passive_agents(text: str) -> dict[str, list[str]]:
    """{passive verb: the parties named after "by" in the rest of its sub-clause} of an English text."""
    found: dict[str, list[str]] = {}
    for m in _PASSIVE_VERB_EN.finditer(normalised(text)):
        rest = _own_agents_part(normalised(text)[m.end():])
        agents = [_POSSESSIVE_EN.sub("", a.strip()) for a in _AGENTS_AFTER_EN.findall(rest)]
        agents = [a for a in agents if _names_a_party(a)]
        if agents:
            found.setdefault(m.group(1).lower()[:5], []).extend(agents)
    return found


def other_passive_agent(claim: str, sentence: str) -> Finding | None:
    """A finding when claim and sentence use the same passive verb with "by" and the claim's agent is none of the
    sentence's ("… is affixed by the market surveillance authority" against "… shall be affixed by the body itself or,
    under its instructions, by the provider", AI Act Art. 48(4)): who does it is said by "by", not by a modal
    subject."""
    if is_chinese(claim) or is_chinese(sentence):
        return None
    theirs = _passive_agents(sentence)
    for verb, agents in _passive_agents(claim).items():
        if verb in theirs and not any(same_party(a, b) or same_party(b, a) for a in agents for b in theirs[verb]):
            return Finding("actor", f"the clause has it {verb}… by {theirs[verb][0]}, the claim by {agents[0]}")
    return None


# a participle with "by", with or without an auxiliary before it: "Decisions adopted by the Commission" (GDPR Art.
# 45(9)) names who adopts them as much as "decisions are adopted by the Commission" does
_PARTICIPLE_BY_EN = re.compile(r"\b([a-z]+(?:ed|en|wn|ld|id|ne))\s+(?=by\b)", re.I)


def _article_agents(text: str) -> dict[str, list[str]]:
    """{participle: the parties named after "by" in the rest of its sub-clause} of an English article."""
    text = normalised(text)
    found: dict[str, list[str]] = {}
    for m in _PARTICIPLE_BY_EN.finditer(text):
        rest = _own_agents_part(text[m.end():])
        agents = [_POSSESSIVE_EN.sub("", a.strip()) for a in _AGENTS_AFTER_EN.findall(rest)]
        found.setdefault(m.group(1).lower()[:5], []).extend(a for a in agents if _names_a_party(a))
    return found


def other_agent_in_article(claim: str, clause_text: str) -> Finding | None:
    """A finding when the claim has something done (a passive with "by") by a party the article never has do it, while
    the article names who does: "adequacy decisions are adopted by the national supervisory authorities" against
    "Decisions adopted by the Commission" (GDPR Art. 45(9)). Read over the whole article: the sentence naming the agent
    need not be the one the claim's other words match, and needs no modal verb (other_passive_agent reads one sentence,
    with an auxiliary)."""
    if is_chinese(claim) or is_chinese(clause_text):
        return None
    theirs = _article_agents(clause_text)
    for verb, agents in _passive_agents(claim).items():
        named = theirs.get(verb)
        if named and not any(same_party(a, b) or same_party(b, a) for a in agents for b in named):
            return Finding("actor", f"the clause has it {verb}… by {named[0]}, the claim by {agents[0]}")
    return None


# An English passive's verb (its first five letters, as _passive_agents keys it; a one-word participle, so not "laid
# down") and the Chinese verbs the statutes use for the same act after 由 X (general legal translation vocabulary: 规定
# "prescribe / stipulate / specify / determine", 制定 "formulate", 决定 "decide", 批准 / 核准 "approve", 承担 "bear": 承担责任
# "bear liability", 运费由消费者承担 "the costs are borne by the consumer", 消费者权益保护法第二十五条)
_PASSIVE_TO_ZH = {"deter": ("规定", "确定", "决定"), "presc": ("规定",), "stipu": ("规定",), "speci": ("规定",),
                  "formu": ("制定",), "decid": ("决定",), "appro": ("批准", "核准"), "borne": ("承担",)}
# The same act in the active voice, its subject right before the verb in its sub-clause: "the third party alone bears
# the legal liability" names who bears it as "is borne by the third party" does (由该金融机构承担…法律责任, 反洗钱法第三十二条)
_ACTIVE_BEARER_EN = re.compile(r"([A-Za-z][\w'’ -]{1,60}?)\s+(?:(?:alone|itself|themselves|solely|also|then|still|must|"
                               r"shall|will|should|has to|have to)\s+)*(?:bears?|bear|shoulders?)\b", re.I)


def passive_agent_across(claim: str, clause_text: str) -> Finding | None:
    """A finding when an English claim has something done "by" a party (the actor lexicon's) and the Chinese article
    says 由 another party does that act, and never the claim's: "The functions … of the monetary policy committee are
    determined by the People's Bank of China" against 货币政策委员会的职责、组成和工作程序，由国务院规定 (中国人民银行法第十二条)."""
    from ...lexis.parties import actors_in, same_side  # lazy: actors reads roles' neighbours, not roles

    if is_chinese(claim) or not is_chinese(clause_text):
        return None
    text = normalised(clause_text)
    doers = [(m.group(3), m.group(2)) for pattern in (_BY_AGENT_ZH, _BY_AGENT_LOOSE_ZH) for m in pattern.finditer(text)]
    for verb, agents in {**_active_bearers(claim), **_passive_agents(claim)}.items():
        acts = _PASSIVE_TO_ZH.get(verb)
        theirs = {a for act, doer in doers if acts and act in acts for a in actors_in(doer, subjects_only=False)}
        mine = {a for agent in agents for a in actors_in(agent, subjects_only=False)}
        # "a business" as such names any organisation role (the party lexicon's "organisation"): "the burden of proof is
        # borne by the business" restates 由经营者承担有关瑕疵的举证责任 (消费者权益保护法第二十三条); a generic authority
        # is left as it was (a regulator is not the State Council that 由国务院规定 names)
        if theirs and mine and not mine & theirs and not any(
                a == "organisation" and same_side(a, b) for a in mine for b in theirs):
            named = next(doer for act, doer in doers if act in acts)
            return Finding("actor", f"the clause has it done (由…{acts[0]}) by {named}, the claim by {agents[0]}")
    return None


def _active_bearers(text: str) -> dict[str, list[str]]:
    """{"borne": the parties an English text has bear something in the active voice} (see _ACTIVE_BEARER_EN): the
    subject is the party named last before the verb in its own sub-clause."""
    found: list[str] = []
    for part in re.split(r"[,;:]|\b(?:and|but|while|whereas)\b", normalised(text)):
        m = _ACTIVE_BEARER_EN.search(part)
        if m and _names_a_party(m.group(1)):
            found.append(_POSSESSIVE_EN.sub("", m.group(1).strip()))
    return {"borne": found} if found else {}
