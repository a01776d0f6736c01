"""A claim that names, as covered by its rule, what the article excepts from that rule (pure).

Drafting slips that overreach a rule often say so in so many words: the claim extends the rule with "包括 / 连…也 /
including / even" to exactly the things the article carves out. "…任何商品，包括定作商品和已拆封的计算机软件，都可以…退货"
against 但是下列商品除外：（一）消费者定作的；…（三）…消费者拆封的音像制品、计算机软件等数字化商品 (消费者权益保护法第二十五
条); "…包括涉及婚姻、收养、继承等人身关系的文书" against 前款规定不适用下列文书：（一）涉及婚姻、收养、继承等人身关系的
(电子签名法第三条). The scope checks (scope.py, exceptions.py) compare quantifiers and "even if" cases; none reads an
item the claim adds to its rule by name.

What the article excepts, in its own drafting words (general Chinese and English legal drafting):
- a list whose lead-in excepts or disapplies (但是下列…除外：/ 不适用下列…：/ 不包括下列… / "does not apply to …:" /
  "shall not apply …:") and its items （一）… / (a) …;
- an inline exception: 但是…除外, …的除外, 除…外, 不适用于…, 不包括…; "does not apply to …", "except …",
  "with the exception of …" (not "other than", which in a rule's own scope names what it covers: "processing other
  than by automated means of personal data which form part of a filing system", GDPR Art. 2(1)).
What the claim includes: the phrase after 包括 / 包含 / 甚至 / 连 / 就连 / 即使是 / 哪怕是 ("including", "even", "also
covers") up to the end of its sub-clause. It is flagged when that phrase (or one item of it) is mostly words of one
excepted item, with at least MIN_OWN words the rest of the article does not use (the excepted thing itself, not the
rule's own nouns). A claim that itself excepts or excludes (除外, 不适用, 不包括, except, "does not apply") restates the
exception and is left alone, as is a negated inclusion (不包括, "not including").

Same-language claims only: across languages the items' words cannot be compared this way.
"""

from __future__ import annotations

import re

from ..language import is_chinese
from ..text.articles import CN_ITEM
from .modality import modal_classes, normalised
from .wording import _short, _wording

# share of the included phrase's wording an excepted item must hold (set, not swept: an item named again holds most of
# its words; a rule's own noun shared with an exception, 商品 / "processing", is ruled out by MIN_OWN)
ITEM_MATCH = 0.6
# words (Chinese bigrams / English content words) of the included phrase held by the excepted item and nowhere else in
# the article
MIN_OWN_ZH = 2
MIN_OWN_EN = 1

# what a claim adds to its rule (general usage): 包括 / 包含 / 甚至 / (就)连…都/也 / 即使是 / 哪怕是; "including", "even",
# "also covers / applies to"; not a negated one (不包括, "not including": the claim excepts too)
_INCLUDES_ZH = re.compile(r"(?<![不未没])(?:包括|包含|甚至|就连|连|即使是|哪怕是|即便是)([^，,。；;：:]{2,60})")
_INCLUDES_EN = re.compile(r"(?<!not )\b(?:including|even|also (?:covers?|applies to|to))\b([^,;.:]{3,150})", re.I)
# a claim that excepts or excludes itself restates the article's exception
_EXCEPTS_ZH = re.compile(r"除外|不适用|不包括|不包含|不含|排除|例外|不在此限|不属于")
_EXCEPTS_EN = re.compile(r"\b(?:except|exclud\w*|exempt\w*|other than|unless|(?:does|do|shall|will) not apply|not cover\w*|"
                         r"not including)\b", re.I)

# a negation inside the included phrase turns it into an exception (连…也不 / 都没有; "even … cannot")
_NEGATED_ZH = re.compile(r"不|没|无|未|非")
_NEGATED_EN = re.compile(r"\b(?:not|never|no|cannot)\b|n't\b", re.I)

# an article's lead-in of a list of exceptions: 但是下列商品除外：, 前款规定不适用下列文书：, 不包括下列…：;
# "This Regulation does not apply to the processing of personal data:", "shall not apply …:"
_EXCEPTING_LEAD_ZH = re.compile(r"(?:除外|不适用|不包括|不属于|不在此限)[^。]{0,20}[：:]\s*$|下列[^。：:]{0,20}(?:除外|不适用)")
_EXCEPTING_LEAD_EN = re.compile(r"\b(?:does|do|shall) not apply\b[^.]{0,200}:\s*$|\bexcept\b[^.]{0,120}:\s*$", re.I)
_ITEM_EN = re.compile(r"^\s*\(([a-z]|[ivx]{1,4})\)\s*")
_INLINE_ZH = (
    re.compile(r"但是?[，,]?([^。；;，,]{2,80}?)(?:的)?除外"),
    re.compile(r"([^，,。；;]{2,80}?)的除外"),
    # 除…外 excepts, but 除…外，还 / 也 adds ("besides …, also": 除包括前款规定的内容外，还应当…, 网络数据安全管理条例第三十三条)
    re.compile(r"除([^，,。；;]{2,60}?)外(?![，,]?\s*(?:还|也|另|并|同时|亦))"),
    re.compile(r"不适用于([^，,。；;]{2,60})"),
    re.compile(r"不包括([^，,。；;]{2,60})"),
)
_INLINE_EN = (
    re.compile(r"\b(?:does|do|shall) not apply (?:to|in respect of|where|if)\b([^;.:]{3,200})", re.I),
    re.compile(r"\bexcept (?:for |in |where |when )?([^;.:]{3,150})", re.I),
    re.compile(r"\bwith the exception of ([^;.:]{3,150})", re.I),
)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in normalised(text).splitlines() if line.strip()]


def excepted_items(clause_text: str) -> list[str]:
    """The things `clause_text` excepts from its rules: the items of an excepting list and inline exceptions."""
    zh = is_chinese(clause_text)
    lead, item = (_EXCEPTING_LEAD_ZH, CN_ITEM) if zh else (_EXCEPTING_LEAD_EN, _ITEM_EN)
    found: list[str] = []
    in_list = False
    for line in _lines(clause_text):
        is_item = bool(item.match(line))
        if in_list and is_item:
            found.append(item.sub("", line, count=1))
            continue
        in_list = bool(lead.search(line))
    text = normalised(clause_text)
    for pattern in (_INLINE_ZH if zh else _INLINE_EN):
        found += [m.group(1) for m in pattern.finditer(text)]
    return [f.strip(" ；;。.，,") for f in found if f.strip(" ；;。.，,")]


# a Chinese claim's topic, named before its modal or before the 也 / 照样 / 同样 that puts it under the rule as well
# (general Chinese usage: "鲜活易腐的商品…也可以无理由退货", "消费者定作的商品，收到后七天内照样可以退货")
_BESIDES_ZH = re.compile(r"除[^，,。；;]{1,40}?(?:以)?外")
_ALSO_ZH = re.compile(r"也|照样|同样|一样|照常|还是")
_CITE_ZH = re.compile(r"^(?:依据|根据|依照|按照)[^，,。]{0,60}?[，,]\s*")
# the families of modal classes: a claim's modal of the rule's family puts its topic under the rule
_FAMILY = {"right": "may", "permission": "may", "prohibition": "ban", "no_right": "ban", "obligation": "must",
           "exemption": "free"}


def _first_family(text: str) -> str:
    classes = modal_classes(text)
    return _FAMILY.get(min(classes)[1], "") if classes else ""


def listed_exceptions(clause_text: str) -> list[tuple[str, str]]:
    """(item, family of the rule it is excepted from) for each item of a Chinese excepting list: the rule is the lead-in's
    own modal (消费者有权…退货…，但下列商品除外：) or the nearest line before it with one (不得仅因为…否定其法律效力 before
    前款规定不适用下列文书：)."""
    found: list[tuple[str, str]] = []
    family, in_list = "", ""
    for line in _lines(clause_text):
        if in_list and CN_ITEM.match(line):
            found.append((CN_ITEM.sub("", line, count=1).strip(" ；;。.，,"), in_list))
            continue
        own = _first_family(line)
        in_list = (own or family) if _EXCEPTING_LEAD_ZH.search(line) else ""
        family = own or family
    return [(item, fam) for item, fam in found if item]


def topic_in_exception(claim: str, clause_text: str) -> str:
    """The excepted item a Chinese claim names as its topic and puts under the article's rule with the rule's own kind of
    modal ("鲜活易腐的商品…也可以无理由退货" against 消费者有权…退货…，但下列商品除外：…（二）鲜活易腐的); '' when none.
    The topic must hold most of one of the item's parts (split at 、 / 或者 …) with words of its own."""
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return ""
    text = _CITE_ZH.sub("", normalised(claim))
    if _EXCEPTS_ZH.search(text) or _BESIDES_ZH.search(text):
        return ""  # (the claim excepts itself: 除消费者定作的等商品外，…可以无理由退货)
    listed = listed_exceptions(clause_text)
    if not listed:
        return ""
    classes = modal_classes(text)
    also = _ALSO_ZH.search(text)
    end = min([at for at, _ in classes[:1]] + ([also.start()] if also else []), default=-1)
    if end <= 0:
        return ""
    family = _first_family(text) if classes else ("may" if also and text[also.end():].startswith("能") else "")
    topic = _wording(text[:end], True)
    whole = normalised(clause_text)
    for item, rule in listed:
        if rule != family:
            continue
        rest = _wording(whole.replace(item, " "), True)
        for part in _phrases(item, True):
            words = _wording(part, True)
            held = words & topic
            if words and len(held) / len(words) >= ITEM_MATCH and len(held - rest) >= MIN_OWN_ZH:
                return _short(item)
    return ""


def _phrases(included: str, zh: bool) -> list[str]:
    """The included phrase whole, and each of its items (split at 、 / 和 / 及 / 或者 … , "and" / "or" / commas)."""
    cut = re.sub(r"(?:在内|等)?(?:也|都|均|亦)?$", "", included.strip()) if zh else included.strip()
    items = re.split(r"、|和|及|以及|与|或者|或" if zh else r",|\band\b|\bor\b", cut)
    return [cut] + [i.strip() for i in items if i.strip() and i.strip() != cut]


def included_exception(claim: str, clause_text: str) -> str:
    """The article's excepted item the claim names as covered by its rule; '' when none."""
    zh = is_chinese(claim)
    if zh != is_chinese(clause_text):
        return ""
    text = normalised(claim)
    if (_EXCEPTS_ZH if zh else _EXCEPTS_EN).search(text):
        return ""
    includes = _INCLUDES_ZH if zh else _INCLUDES_EN
    added = [m.group(1) for m in includes.finditer(text)]
    excepted = excepted_items(clause_text) if added else []
    if not excepted:
        return ""
    whole = normalised(clause_text)
    min_own = MIN_OWN_ZH if zh else MIN_OWN_EN
    # per excepted item, read once: its wording, what it includes itself, and the article's wording without it
    items = [(item, _wording(item, zh), [_wording(own.group(1), zh) for own in includes.finditer(item)],
              _wording(whole.replace(item, " "), zh)) for item in excepted]
    best: list[tuple[float, int, str]] = []  # (share held, earlier first, item): the item the claim names best
    for included in added:
        if (_NEGATED_ZH if zh else _NEGATED_EN).search(included):
            continue  # "连定作的也不能退", "even X cannot": the item said to be outside the rule
        for phrase in _phrases(included, zh):
            words = _wording(phrase, zh)
            if len(words) < min_own:
                continue
            for at, (item, item_words, own_inclusions, rest) in enumerate(items):
                if any(own >= words for own in own_inclusions):
                    continue  # the exception itself includes it (…, including a statutory obligation of secrecy)
                held = words & item_words
                # the rule's own nouns the claim adds to the item (定作的商品 for the item 消费者定作的 under 下列商品)
                # say nothing about which item it is
                said = words - (rest - held)
                if said and len(held) / len(said) >= ITEM_MATCH and len(held - rest) >= min_own:
                    best.append((len(held) / len(said), -at, item))
    return _short(max(best)[2]) if best else ""
