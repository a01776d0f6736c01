"""Whether a thing belongs to a class: a claim that says the opposite of the clause (pure, Chinese).

Laws draw the bounds of what they regulate by saying what a term covers and what it does not: 个人信息…，不包括匿名化处理后的
信息 (个人信息保护法第四条); 数据电文，是指以电子、光学、磁或者类似手段生成…的信息 (电子签名法第二条). A claim that puts
the thing on the other side of the bound (匿名化处理后的信息仍属于个人信息; 以光学、磁手段生成的信息不属于数据电文) has no
modal verb or duty holder to compare, so the modality and actor checks miss it. Here a statement of belonging is read from
the claim and from each sentence of the clause as (thing, class, belongs?) by the general verbs of belonging (属于 / 包括 /
纳入 / 作为, their negations, and a definition's 是指), and a finding needs every statement of the clause about the same
thing and class to say the opposite. An English claim on a Chinese clause is read by the English verbs of belonging ("is
treated / managed / classified as", "falls within", "includes", and their negations) and tied to the clause's statements
through the lexicon's Chinese words for its thing and its class (anonymised data → 匿名化, personal information → 个人信息).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.articles import CN_ARTICLE_LABEL
from .modality import Finding, normalised

# the verbs of belonging, negated first (longest first): general legal usage. 包括 / 包含 put the class before the thing
# (S包括X); the others the thing before the class (X属于S, 将X纳入S, X作为S管理)
_NEGATED = r"不再属于|不再作为|不再纳入|不属于|不作为|不纳入|不包括|不包含|不是|不算作|不算"
_AFFIRMED = r"(?:仍然|仍|依然|也|还)?(?:属于|纳入|作为|包括|包含|算作|视为)"
_RELATION = re.compile(rf"({_NEGATED})|({_AFFIRMED})")
_CLASS_FIRST = ("包括", "包含")
# a definition: S，是指 D (the thing D belongs to S)
_DEFINITION = re.compile(r"([\u4e00-\u9fff“”]{2,20})[，,]?是指")
_STOP = re.compile(r"[，,。；;：:！？!?\n]")
# how much of the claim's thing (its two-character words) a statement of the clause must hold to be about the same thing;
# set, not swept: a paraphrase keeps most of a thing's words (以光学、磁手段生成或者储存的信息 holds 9 of 13 of 以电子、光学、
# 磁或者类似手段生成、发送、接收或者储存的信息)
THING_SHARE = 0.6


@dataclass(frozen=True)
class Belonging:
    thing: str
    cls: str
    belongs: bool


def _bigrams(text: str) -> set[str]:
    out: set[str] = set()
    for run in re.findall(r"[\u4e00-\u9fff]+", text):
        out |= {run[i:i + 2] for i in range(len(run) - 1)}
    return out


def statements(text: str) -> list[Belonging]:
    """Each statement of belonging in `text`: the thing and the class on either side of a verb of belonging, each within
    its sub-clause (a definition's thing up to the end of its sub-clause)."""
    text = normalised(text)
    found = []
    for m in _RELATION.finditer(text):
        # a verb opening its sub-clause (…各种信息，不包括匿名化处理后的信息) takes the sub-clause before as its side
        before = next((p for p in reversed(_STOP.split(text[:m.start()])) if p.strip()), "")
        after = _STOP.split(text[m.end():])[0]
        word = m.group(0)
        belongs = m.group(1) is None
        if any(word.endswith(w) for w in _CLASS_FIRST):
            cls, thing = before, after
        else:
            thing, cls = before, after
        thing = re.sub(r"^.*?将", "", thing)  # 将X纳入S: the thing is what 将 takes
        if len(thing) >= 4 and len(cls) >= 2:
            found.append(Belonging(thing, cls, belongs))
    for m in _DEFINITION.finditer(text):
        thing = _STOP.split(text[m.end():])[0]
        if len(thing) >= 4:
            found.append(Belonging(thing, m.group(1), True))
    return found


def _head(cls: str) -> str:
    """The class's head noun: Chinese noun phrases end in their head (电子签名法所称的数据电文 → 数据电文)."""
    return re.sub(r"(?:管理|处理|范围|之列|之内)$", "", re.sub(r"[^\u4e00-\u9fff]", "", cls))[-4:]


def _about_the_same(claim: Belonging, said: Belonging) -> bool:
    head = _head(claim.cls)
    if len(head) < 2 or not (head in said.cls or head[-2:] in said.cls and head[-3:] in said.cls):
        return False
    words = _bigrams(claim.thing)
    return len(words) >= 3 and len(words & _bigrams(said.thing)) / len(words) >= THING_SHARE


def opposite_belonging(claim: str, clause_text: str) -> Finding | None:
    """The finding when the claim puts a thing on the other side of a class than every statement of the clause about
    that thing and class does; None otherwise (no statement of the claim, none of the clause about it, or one agreeing)."""
    own = statements(claim)
    if len(own) != 1:
        return None  # a claim of several statements of belonging is compared by the other checks
    mine = own[0]
    said = [s for s in statements(clause_text) if _about_the_same(mine, s)]
    if not said or any(s.belongs == mine.belongs for s in said):
        return None
    side = "among" if said[0].belongs else "outside"
    return Finding("polarity", f"the clause puts 「{_short(said[0].thing)}」 {side} 「{_short(said[0].cls)}」; the claim "
                               f"says the opposite")


def _short(text: str, limit: int = 30) -> str:
    text = re.sub(rf"^[#\s\d]*{CN_ARTICLE_LABEL}\s*", "", text.strip())
    return text if len(text) <= limit else "…" + text[-(limit - 1):]


# English verbs of belonging, negated ones first: general usage ("no longer treated as", "does not include", "falls within")
_AS = r"(?:part of|included in|treated as|managed as|handled as|considered(?: as)?|classified as|regarded as|covered by|counted as|graded within|within)"
_NEGATED_EN = (rf"\b(?:is|are)(?: not| no longer) {_AS}|\b(?:must|shall|should|need) not be (?:managed|treated|handled|classified|"
               rf"regarded|counted) as|\bno longer (?:counts?|falls?) (?:as|within|under)|\b(?:does|do) not (?:include|cover)|"
               rf"\bfalls? outside|\b(?:is|are) excluded from")
_AFFIRMED_EN = (rf"\b(?:is|are)(?: still)? {_AS}|\b(?:must|shall|should|has to|have to)(?: still)? be (?:managed|treated|handled|"
                rf"classified|regarded|counted) as|\bstill (?:counts?|falls?) (?:as|within|under)|\bfalls? (?:within|under)|"
                rf"\b(?:includes?|covers?)\b")
_RELATION_EN = re.compile(rf"({_NEGATED_EN})|({_AFFIRMED_EN})", re.I)
_STOP_EN = re.compile(r"[,;:.!?]\s")


def statement_en(claim: str) -> Belonging | None:
    """The one statement of belonging of an English claim (thing and class in its own words), None when it has not one."""
    found = list(_RELATION_EN.finditer(claim))
    if len(found) != 1:
        return None
    m = found[0]
    thing = _STOP_EN.split(claim[:m.start()])[-1].strip()
    cls = _STOP_EN.split(claim[m.end():] + " ")[0].strip()
    belongs = m.group(1) is None
    if re.match(r"(?:does|do) not (?:include|cover)|includes?|covers?", m.group(0), re.I):
        thing, cls = cls, thing
    return Belonging(thing, cls, belongs) if thing and cls else None


def opposite_belonging_across(claim: str, clause_text: str, chinese_words) -> Finding | None:
    """`opposite_belonging` for an English claim on a Chinese clause: its thing and class are the clause's statement's when
    the Chinese words the lexicon gives for them (`chinese_words`) are all in that statement's thing and some in its class."""
    mine = statement_en(claim)
    if mine is None:
        return None
    thing_words, class_words = chinese_words(mine.thing), chinese_words(mine.cls)
    if not thing_words or not class_words:
        return None
    said = [s for s in statements(clause_text)
            if all(w in s.thing for w in thing_words) and any(w in s.cls for w in class_words)]
    if not said or any(s.belongs == mine.belongs for s in said):
        return None
    side = "among" if said[0].belongs else "outside"
    return Finding("polarity", f"the clause puts 「{_short(said[0].thing)}」 {side} 「{_short(said[0].cls)}」; the claim "
                               f"says the opposite")
