"""Another party of the same kind doing the act the article gives to a named party (pure).

acts.py flags a Chinese claim whose subject the article names for another act. Two slips of the same shape escape it:

- the claim names a party of the article's kind that the article never names: "金融行业应当为其他行业…提供重点保障" against
  能源、电信行业应当…为其他行业和领域的关键信息基础设施安全运行提供重点保障 (关键信息基础设施安全保护条例第三十二条). The two
  names end in the same head noun (行业, 部门, 部, 机构 …: what kind of party it is) and share nothing before it, so
  they name two different parties of one kind; a name that keeps any of the other's modifiers (国务院银行业监督管理机构 /
  银行业监督管理机构, 省级人民政府 / 省、自治区、直辖市人民政府) may be the same party and is left alone, as is a generic
  one (有关部门, 其他机构, 主管部门);
- the claim adds the policy's self-reference to the act (法律合规部是本行模型风险管理的牵头部门 against 风险管理部是模型
  风险管理的牵头部门, policy-model-risk 第四条): 本行 / 本办法 / 本法 / 本条例 name the instrument or its bank, not the act,
  and are read out of both predicates before they are compared.

The act is tied by acts.py's measure: the claim's predicate (character bigrams, modal words aside) nearly all held by one
sub-clause of the article; the claim's subject must be that sub-clause's.
"""

from __future__ import annotations

import re

from ..language import is_chinese
from ..text.articles import CN_ARTICLE_LABEL
from .acts import _NOT_A_PARTY_ZH, _PARTY_ZH, PREDICATE_MATCH, _MIN_PREDICATE, _held, _same_party
from .modality import Finding, normalised
from .wording import _short, _wording

# the instrument's self-reference (general drafting usage of the laws and the bank's policies)
_SELF_REFERENCE_ZH = re.compile(r"本行|本办法|本法|本条例|本规定")
# the head nouns that say what kind of party a name is (general usage of the statutes and policies: 能源、电信行业,
# 风险管理部, 国务院银行业监督管理机构, 公安机关, 有关主管部门, 人民政府, 办公室, 委员会), longest first
_HEADS_ZH = ("委员会", "办公室", "人民政府", "部门", "机构", "机关", "行业", "中心", "部", "室")
# names that point at no particular party (有关部门, 相关机构, 其他行业, 各部门, 主管部门, 监督管理部门)
_GENERIC_ZH = re.compile(r"^(?:有关|相关|其他|其它|各|各级|各类|主管|监督管理|监管|上级|该|此|所属)")


# acts.py's subject of a sub-clause, with a list of parties in it (能源、电信行业) and a sector (行业) as a party
_SUBJECT_ZH = re.compile(rf"^(?:{CN_ARTICLE_LABEL}\s*)?(?:本行)?([\u4e00-\u9fff、]{{2,14}}?)"
                         r"(?=负责|是|应当|应|须|必须|可以|不得|有权|承担)")
_SECTOR_ZH = re.compile(r"行业$")
_CASE_ZH = re.compile(r"的$")


def _parts(text: str) -> list[tuple[str, str, str]]:
    """(subject, predicate, sub-clause) of each sub-clause of a Chinese text that opens with a party."""
    out = []
    for sentence in re.split(r"[；;。\n]", normalised(text)):
        current = ""
        for part in (p.strip() for p in re.split(r"[，,]", sentence)):
            m = _SUBJECT_ZH.match(part)
            if m and (_PARTY_ZH.search(m.group(1)) or _SECTOR_ZH.search(m.group(1))) \
                    and not _NOT_A_PARTY_ZH.match(m.group(1)):
                current = m.group(1)
                out.append((current, part[m.end():], part))
            elif current and part and not _CASE_ZH.search(part):
                # a sub-clause with no subject of its own goes on with the sentence's (能源、电信行业应当采取措施，为其他
                # 行业…提供重点保障); a case (…的) does not
                out.append((current, part, part))
    return out


def _kind(name: str) -> tuple[str, str]:
    """(modifier, head noun) of a party name; ('', '') when it ends in no head noun of a party kind."""
    head = next((h for h in _HEADS_ZH if name.endswith(h)), "")
    return (name[: -len(head)], head) if head else ("", "")


def _another_of_the_kind(mine: str, theirs: str) -> bool:
    """Whether two names are of one kind (same head noun) and name different parties (no character of one's modifier in
    the other's), neither generic."""
    (own, head), (other, other_head) = _kind(mine), _kind(theirs)
    if not head or head != other_head or len(own) < 2 or len(other) < 2:
        return False
    if _GENERIC_ZH.match(own) or _GENERIC_ZH.match(other):
        return False
    return not set(re.sub(r"[、和及与]", "", own)) & set(other)


def _without_self_reference(text: str) -> str:
    return _SELF_REFERENCE_ZH.sub("", text)


def party_of_another_kind(claim: str, clause_text: str) -> Finding | None:
    """A Chinese claim giving the act of one sub-clause of the article to a party other than its subject: one the article
    names for another act (its self-reference aside), or one of the same kind the article never names."""
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return None
    article = [(s, _without_self_reference(p), part) for s, p, part in _parts(clause_text)]
    subjects = {s for s, _, _ in article}
    text = normalised(clause_text)
    for subject, predicate, _ in _parts(claim):
        predicate = _without_self_reference(predicate)
        if len(_wording(predicate, True)) < _MIN_PREDICATE:
            continue
        held = [(s, part) for s, p, part in article if _held(predicate, p) >= PREDICATE_MATCH]
        if not held or any(_same_party(subject, s) for s, _ in held):
            continue
        theirs, part = held[0]
        if any(_same_party(subject, s) for s in subjects):
            return Finding("actor", f"the article gives this to {theirs}, and names {subject} for another act: "
                                    f"「{_short(part)}」")
        if subject not in text and _another_of_the_kind(subject, theirs):
            return Finding("actor", f"the article gives this to {theirs}; the claim to {subject}, another "
                                    f"{_kind(subject)[1]}: 「{_short(part)}」")
    return None


# 由 + the body + its act (the statutes' drafting of who does an act: 由国务院银行业监督管理机构颁发经营许可证, 由有关主管部门
# 责令改正): the phrase after 由 up to the end of its sub-clause
_BY_ZH = re.compile(r"由([\u4e00-\u9fff、]{4,40})")
_ACT_CHARS = 2  # the act's first characters after the body's name (颁发, 责令, 监督: a Chinese verb of two)


def _agents_by(text: str) -> list[tuple[str, str]]:
    """(body, its act's first characters) of each 由-phrase of a Chinese text whose body ends in a party head noun;
    bodies joined as alternatives share the act after the last (由国务院反洗钱行政主管部门或者其设区的市级以上派出机构责令
    限期改正, 反洗钱法第六十条: both bodies 责令)."""
    out = []
    for m in _BY_ZH.finditer(normalised(text)):
        bodies, rest = [], m.group(1)
        while (end := _name_end(rest)) is not None:
            bodies.append(rest[:end])
            rest = rest[end:]
            joined = _JOINED_ZH.match(rest)
            if not joined:
                break
            rest = rest[joined.end():]
        if bodies and len(rest) >= _ACT_CHARS and not _JOINED_ZH.match(rest):
            out.extend((body, rest[:_ACT_CHARS]) for body in bodies)
    return out


# the words that join bodies as alternatives or together (general Chinese drafting: 或者, 以及, 和, 及, 与, 、)
_JOINED_ZH = re.compile(r"或者|以及|或|和|及|与|、")


def _is_body(name: str) -> bool:
    # (a sector is no body 由 hands an act to: 银行业 inside 国务院银行业监督管理机构 ends no name)
    return bool(_kind(name)[1] or _PARTY_ZH.search(name)) and not _SECTOR_ZH.search(name)


def _name_end(phrase: str) -> int | None:
    """Where the body's name at the start of `phrase` ends (部 of 部门 is no end of the name), leaving room for an act."""
    for end in range(2, len(phrase) - _ACT_CHARS + 1):
        if _is_body(phrase[:end]) and not _is_body(phrase[: end + 1]):
            return end
    return None


def agent_of_another_by(claim: str, clause_text: str) -> Finding | None:
    """A Chinese claim that has 由 hand an act to a body where every 由 of the article with the same act hands it to
    another: one the article names in another role (向工商行政管理部门办理登记), or another of the same kind."""
    if not (is_chinese(claim) and is_chinese(clause_text)):
        return None
    article = _agents_by(clause_text)
    text = normalised(clause_text)
    for body, act in _agents_by(claim):
        theirs = [b for b, a in article if a == act]
        if not theirs or any(_same_party(body, b) for b in theirs):
            continue
        if _GENERIC_ZH.match(body) or any(_GENERIC_ZH.match(b) for b in theirs):
            continue  # (a generic body may be any named one)
        if body in text or _another_of_the_kind(body, theirs[0]):
            return Finding("actor", f"the article has {theirs[0]} do this (由{theirs[0]}{act}…); the claim {body}")
    return None
