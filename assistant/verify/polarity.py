"""Does a claim assert the opposite of the clause it cites? Polarity, modality, rights, scope, actors (pure).

A second model that approves everything must not be able to turn "应当取得单独同意" into "无需同意", "禁止采集"
into "可以采集", "shall have the right to obtain erasure" into "is never obliged to erase". These checks read
the sentence of the cited clause that the claim is about (the one sharing most of its wording) and compare:

- modality (modality.py): obligation (应当/必须/须; shall/must) vs permission (可以/允许; may) vs exemption (无需/不必/
  可以不; need not) vs prohibition (不得/禁止/严禁; shall not/must not/prohibited); a restriction (只能; may only) opposes none;
- rights: 有权/享有…权利 (has the right, is entitled) vs 无权 (has no right, is not entitled);
- scope: a claim that says 所有/一律/任何/无需任何条件 (all/any/always/never/without any condition) where
  the clause carries conditions or exceptions (但是/除外/不适用; unless/except/provided that) and no such word; a claim
  that keeps its case but says "always / without exception" of a rule the clause excepts from; "only / 只能" where the
  clause allows several ways or opens the act to each of a group ("only" vs "also"); 即使 / even if the excepted case;
- actors (actors.py): the duty holder of the modal verb (个人信息处理者 vs 个人; controller vs data subject), a list
  item's being the party its lead-in names ("Providers … shall: (h) affix the CE marking").

Each finding says what the clause says and what the claim says. Nothing here is a similarity score: the
checks only fire on explicit wording, so a faithful paraphrase passes (see tests/test_polarity.py).

They read legal language, not the wording of any eval set: a modal verb governs its sub-clause; the longest modal
expression wins ("shall not be required" is no duty, "shall have the right" a right, 不得不 a duty, 不禁止 an option);
statements of legal effect ("shall not apply / affect") and inability (不能证明, cannot prove) forbid nothing; the
duty holder is the subject (the actor a sub-clause opens with, or the agent of a passive), never an object (取得客户的
同意, "to the controller") nor a thing of the actor's (客户身份信息); roles the laws set against each other stay apart;
universal words (一律, always, in every case) need like wording in the sentence they paraphrase. Where a claim could
be about several sentences, a finding stands only if every one of them supports it; the modality is judged by the
sentences whose modal sub-clause holds what the claim's modal verb governs, the duty holder by those giving the same kind
of statement, a number by the sentence its own sub-clause paraphrases. A conditional claim is judged by the rule the
article gives for its case: it may restate an exception, not turn the rule for its case around.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.articles import CN_ARTICLE_LABEL, CN_ITEM
from ..text.tokens import STOP_EN
from .actors import (LIST_ITEM, _actor_finding as _actor_finding_for, _actor_findings, _duty_pairs, _modal_rest, _modal_word,
                     _same_side, other_named_authority, unnamed_party)
from .modality import (_LABEL, _MODAL_GROUP, _MODAL_STRIP_EN, _MODAL_STRIP_ZH, _OPPOSITE, Finding, _classes,
                       _is_zh, _norm, governed_modals, is_chinese, modal_classes)
from .quantities import compare, extract_quantities
from .requirements import requires_dispensed
from .roles import (other_agent, other_agent_in_article, other_passive_agent, other_receiver, passive_agent_across, stray_doer, subject_only_as_object,
                    swapped_parties, swapped_passive)

__all__ = ["Finding", "contradictions", "is_chinese", "matching_sentences", "modal_classes", "sentences", "statement",
           "wording_share"]

_SCOPE_ZH = ["所有", "一律", "任何情况", "任何情形", "无需任何", "无任何", "无条件", "均可", "全部", "一切", "无论如何",
             "随时均可", "从不", "永远", "完全不", "都可以", "都不", "无论", "不论", "一概", "概不", "无一例外", "毫无例外",
             "绝不", "均不", "均应", "均须", "均无需", "凡是", "任何时候", "随时", "全都", "任何",
             # the negation of 除外 / 不在此限 (the words the laws close an exception with): "no exception"
             "没有例外", "没有任何例外", "不存在例外", "概无例外", "不设例外", "绝对",
             # always, whatever the case: 总是 / 始终 / 不管…都 / 任何条件下
             "总是", "始终", "不管", "任何条件下"]
_SCOPE_EN = re.compile(r"\b(?:all|any|always|never|every|without any|in all cases|in any case|unconditionally|"
                       r"whatever|no matter|under any circumstances|at any time|entirely|completely|without exception|"
                       r"regardless|in every case|in all circumstances|whatsoever|at all times|no exceptions?|"
                       r"under all circumstances|in no case|invariably)\b", re.I)
_SCOPE_STRIP_ZH = re.compile("|".join(sorted(map(re.escape, _SCOPE_ZH), key=len, reverse=True)))
_CONDITION_ZH = ["但是", "除外", "除", "不适用", "不在此限", "经", "情形", "符合下列", "下列条件", "方可", "前提", "从其规定",
                 "的，", "的,", "时，", "时,", "只有", "除非", "特定", "必要", "根据", "按照"]
_CONDITION_EN = re.compile(r"\b(?:unless|except|provided that|where|if|subject to|only|following conditions|"
                           r"shall not apply|does not apply|to the extent)\b", re.I)

_SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?|[^.\n]+(?:\.(?!\d)|$)")


def _bigrams(text: str) -> set[str]:
    text = re.sub(r"[\W_]+", "", _norm(text).lower())
    return {text[i : i + 2] for i in range(len(text) - 1)}


# English function words (the lexical index's list) and words every legal sentence shares
_EN_STOP = STOP_EN | set("has have had without under their his her our your they them there where when also only nor but per via upon "
                          "about above after before between within gdpr article paragraph point can".split())


def _words(text: str, stem: bool = False) -> set[str]:
    words = {w for w in re.findall(r"[a-z]{3,}", _norm(text).lower()) if w not in _EN_STOP}
    return {_stem(w) for w in words} if stem else words


_SUFFIX_EN = re.compile(r"(?:ing|ed|es|s)$")


def _stem(word: str) -> str:
    """A crude English stem, so a paraphrase's inflections meet the clause's words: withdrawing / withdraw, giving / give,
    consented / consent, processes / processing / process (a trailing e goes too: give, giv-ing)."""
    if len(word) > 4 and not word.endswith("ss"):
        word = _SUFFIX_EN.sub("", word) if len(_SUFFIX_EN.sub("", word)) >= 3 else word
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def _content(text: str) -> str:
    """What a text says with its modal and universal words taken out: "对所有个人信息都必须全部删除，没有例外" says
    删除个人信息 (the universal words are judged by the scope check, they are not wording to be found in the clause)."""
    text = _SCOPE_STRIP_ZH.sub(" ", _MODAL_STRIP_ZH.sub(" ", _norm(text)))
    return _SCOPE_EN.sub(" ", _MODAL_STRIP_EN.sub(" ", text))


def _wording(text: str, zh: bool, stem: bool = False) -> set[str]:
    """What a text says, modal words aside: character bigrams of Chinese, content words of English."""
    content = _content(text)
    return _bigrams(content) if zh else _words(content, stem)


# An English sentence ends at a full stop after a word and before a capital ("…for performing his tasks. The data
# protection officer shall …", GDPR Art. 38(3)); not after a paragraph number ("3. The controller") or an abbreviation.
_EN_STOP_SPLIT = re.compile(r"(?<=[a-z)])(?<!\be\.g)(?<!\bi\.e)(?<!\bArt)(?<!\bNo)(?<!\bcf)(?<!\bpara)\.\s+(?=[A-Z])")


def sentences(text: str) -> list[str]:
    return list(_sentences(text))


@lru_cache(maxsize=512)
def _sentences(text: str) -> tuple[str, ...]:  # cached: every reading of a claim looks up its neighbours
    found = [s.strip() for s in _SENTENCE.findall(_norm(text))]
    found = [part.strip() for s in found for part in (_EN_STOP_SPLIT.split(s) if not _is_zh(s) else [s])]
    return tuple(s for s in found if len(s) >= 4)


def wording_share(claim: str, text: str) -> float:
    """How much of the claim's wording (modal words aside) occurs anywhere in `text` (0–1)."""
    zh = _is_zh(_content(claim))
    key, other = _wording(claim, zh), _wording(text, zh)
    return len(key & other) / len(key) if key else 0.0


def matching_sentences(claim: str, clause_text: str, bridge: str = "", stem: bool = False) -> list[tuple[str, float, float]]:
    """Clause sentences ranked by how well each matches the claim's wording, modal words aside: the F2 of shared
    bigrams (or words), so a long sentence that happens to contain the claim's words does not beat the short
    sentence the claim paraphrases. Returns (sentence, share of the claim's wording it holds, F2)."""
    zh = _is_zh(_content(bridge or claim))
    key = _wording(bridge or claim, zh, stem)
    scored = []
    for sentence in sentences(clause_text):
        other = _wording(sentence, zh, stem)
        if key and other:
            shared = len(key & other)
            recall, precision = shared / len(key), shared / len(other)
            if bridge:  # the bridge lists many terms: a sentence holding a few of them whole is the one
                recall = min(1.0, shared / BRIDGE_MATCH)
            # F2: recall weighs more (the claim's wording must be there), precision breaks ties towards short sentences
            f2 = 5 * recall * precision / (4 * precision + recall) if shared else 0.0
            scored.append((sentence, recall, f2))
    return sorted(scored, key=lambda p: -p[2])


# English and Chinese claims about the same clause share no wording: the sentence match needs this much overlap.
MIN_OVERLAP = 0.35


# Shared bigrams that make a sentence the one a cross-language claim (through its glossary bridge) is about.
BRIDGE_MATCH = 6
# A cross-language claim tied to no sentence is compared with every modal sentence of a clause of at most this many.
MAX_UNTIED_READINGS = 3
# How close to the best-matching sentence another sentence must be to count as a reading of the claim.
AMBIGUITY = 0.1


def contradictions(claim: str, clause_text: str, bridge: str = "") -> list[Finding]:
    """Ways `claim` asserts the opposite of (or more than) `clause_text`. Empty when it does not, or when the
    claim is not about any one sentence of the clause (then there is nothing explicit to compare).

    When several sentences match the claim about equally well, each of them must contradict it: a faithful
    paraphrase of one sentence is not flagged because a neighbouring sentence says otherwise.

    `bridge`: for a claim in another language than the clause, the clause-language terms it stands for (from the
    glossary), used only to find the sentence the claim is about; modality, rights, scope and actors are compared
    across languages."""
    claim = statement(claim)
    if not claim or _squash(claim) in _squash(clause_text):
        return []  # a verbatim quote cannot contradict the clause it is quoted from
    cross = _is_zh(claim) != _is_zh(clause_text)
    bridge = bridge if cross else ""
    parts = [p for p in sentences(claim) if len(p) >= 8] or [claim]
    if len(parts) == 1:
        found_whole = _contradictions_of(claim, clause_text, bridge, cross)
        pieces = _main_clauses(claim)
        if len(pieces) > 1 and any(f.kind == "actor" for f in found_whole) and not any(
                f.kind == "actor" for piece in pieces for f in _contradictions_of(piece, clause_text, bridge, cross)):
            # two main clauses, each with its own party, each paraphrasing its own sentence: a wrong actor found for
            # the whole only stands when one of them finds it too (they can clear it, not add one)
            found_whole = [f for f in found_whole if f.kind != "actor"]
        return found_whole
    if len(parts) > 1:  # a claim of several sentences: each is compared with the sentence it paraphrases
        found: dict[str, Finding] = {}
        for part in parts:
            for f in _contradictions_of(part, clause_text, bridge, cross):
                found.setdefault(f.kind, f)
        return list(found.values())
    return _contradictions_of(claim, clause_text, bridge, cross)


# A Chinese sub-clause that opens with a party of its own and a modal verb is a main clause of its own: "运营者须设立…，
# 并对…审查，公安机关、国家安全机关应予协助" says two things, each paraphrasing its own sentence of the article
# (关键信息基础设施安全保护条例第十四条: …审查。审查时，公安机关、国家安全机关应当予以协助。)
_OWN_SUBJECT_ZH = re.compile(r"[，,；;]\s*(?=[\u4e00-\u9fff、]{2,24}?(?:应当|应予|应|须|必须|可以|不得|有权))")


def _main_clauses(claim: str) -> list[str]:
    """A Chinese claim cut before each sub-clause whose subject is a party (the actor lexicon's) other than the one of the
    main clause before it (one with a modal verb: a condition, 确认借款人资信良好的，…, is no main clause)."""
    from .actors import _actors_in

    if not _is_zh(claim):
        return [claim]
    cuts = [m.end() for m in _OWN_SUBJECT_ZH.finditer(claim)]
    pieces, start = [], 0
    for cut in cuts:
        head = re.match(r"[\u4e00-\u9fff、]{2,24}?(?=应当|应予|应|须|必须|可以|不得|有权)", claim[cut:])
        subject = _actors_in(head.group(0)) if head else []
        before = _actors_in(claim[start:cut])
        if subject and before and not set(subject) & set(before) and modal_classes(claim[start:cut]):
            pieces.append(claim[start:cut])
            start = cut
    pieces.append(claim[start:])
    return [p for p in pieces if len(p) >= 8] if len(pieces) > 1 and all(len(p) >= 8 for p in pieces) else [claim]


_CITATION_PREFIX = re.compile(rf"^\s*(?:《[^》]{{1,60}}》|[A-Z][\w .()/-]{{0,40}}?)\s*(?:{CN_ARTICLE_LABEL}|"
                              r"Article\s+\d+[\w()]*|Recital\s+\d+)\s*[:：,，]?\s*")


# "Under the Commercial Banking Law, …", "According to GDPR Article 30, …", "根据《征信业管理条例》，…", "按照本行制度，…"
_SOURCE_OPENER = re.compile(r"^\s*(?:(?:under|according to|pursuant to|as per|in line with)\s+[^,]{0,80}?"
                            r"(?:law|regulation|act|gdpr|pipl|dsl|csl|article\s*\d+[\w()]*|rules?|measures|provisions|policy)\s*,\s*"
                            r"|(?:根据|依照|依据|按照|按|参照)(?:《[^》]{1,60}》|本行|本法|该法|该条例|我国)[^，,。]{0,30}[，,]\s*)", re.I)


def statement(claim: str) -> str:
    """What the claim says, without the citation it opens with (《商业银行法》第八十八条：「…」 → the quoted words;
    "Under the Commercial Banking Law, …"): law titles name no duty holder."""
    text = _norm(claim).strip()
    text = _CITATION_PREFIX.sub("", text, count=1)
    text = _SOURCE_OPENER.sub("", text, count=1)
    quoted = re.fullmatch(r"[「“\"『](.+)[」”\"』]\s*[。.]?", text.strip(), re.S)
    return (quoted.group(1) if quoted else text).strip()


def _squash(text: str) -> str:
    return re.sub(r"[\s，,。.；;：:、「」“”\"'『』]+", "", _norm(text))


def _contradictions_of(claim: str, clause_text: str, bridge: str, cross: bool = False) -> list[Finding]:
    if cross:
        # who does it, said by "by" in an English claim and by 由 in the Chinese article, whatever sentence the claim's
        # other words are tied to
        agent = passive_agent_across(claim, clause_text)
        if agent:
            return [agent]
    ranked = [r for r in matching_sentences(claim, clause_text, bridge) if r[1] >= MIN_OVERLAP] if bridge or not cross else []
    if not ranked and not cross and not _is_zh(claim):
        # an English paraphrase may inflect the clause's words otherwise (withdrawing consent / to withdraw … consent,
        # GDPR Art. 7(3)): matched on crude stems when the words themselves tie it to no sentence
        ranked = [r for r in matching_sentences(claim, clause_text, stem=True) if r[1] >= MIN_OVERLAP]
    if ranked and bridge:
        # glossary terms say which sentences a claim in the other language is about, not which one it paraphrases:
        # every sentence holding about as many of them is a reading
        top = max(r for _, r, _ in ranked)
        readings = [s for s, r, _ in ranked if r >= top - AMBIGUITY]
    elif ranked:
        readings = [s for s, _, f2 in ranked if f2 >= ranked[0][2] - AMBIGUITY]
    elif cross:
        # A claim in the other language that no glossary term ties to one sentence: every sentence of a short clause
        # that has a modal verb is a reading, and a finding stands only if all of them agree on it.
        readings = [s for s in sentences(clause_text) if modal_classes(s)]
        if not readings and _speaks_universally(claim) and not _OWN_CONDITION.search(_DISCRETION.sub(" ", claim)) \
                and len(sentences(clause_text)) <= MAX_UNTIED_READINGS and _overreaches(claim, clause_text):
            # a short article with no modal verb (特定非金融机构在从事规定的特定业务时，参照…履行反洗钱义务, 反洗钱法第四十二条)
            # that makes its rule conditional: "all / any / always" of a claim in the other language overreaches it
            return [Finding("scope", "the claim states without limits what the clause makes conditional")]
        if not 0 < len(readings) <= MAX_UNTIED_READINGS:
            # too many to read each, but "whatever the reason / in every case / without exception" is a claim about all
            # of them: it overreaches an article whose every rule comes with its case or exception and none says so
            if readings and _WHATEVER.search(claim) and not _OWN_CONDITION.search(_WHATEVER.sub(" ", claim)) \
                    and _overreaches(claim, clause_text):
                return [Finding("scope", "the claim states without limits what the clause makes conditional")]
            return []
    else:
        readings = []
    if not cross and max((r for _, r, _ in ranked), default=0.0) < TIED_BY_WORDING:
        # wording that ties the claim to no sentence firmly: the sentences holding its predicate are readings too. Beside
        # the sentences its wording matches they can only clear a finding, not make one: a claim tied to a list item that
        # cannot judge it (个人信息保护法第十三条 (二)) is not judged by the general rule its predicate also matches
        extra = [s for s in _predicate_sentences(claim, clause_text) if s not in readings]
        vetoes_only = set(extra) if readings else set()
        readings += extra
    else:
        vetoes_only = set()
    if not readings:
        # a claim tied to no sentence may still require what the article dispenses with and nowhere requires ("must
        # obtain a specific authorisation" against "Such a transfer shall not require any specific authorisation",
        # GDPR Art. 45(1))
        waived = requires_dispensed(claim, clause_text) if not cross else ""
        return [Finding("polarity", f"the clause says no {waived}… is required; the claim requires it")] if waived else []
    # a list item with no modal verb of its own is read with the ban or duty its lead-in puts on every item
    # (an item its wording ties the claim to stays a full reading when its lead-in's version is also a predicate sentence)
    tied = {_under_lead_in(sentence, clause_text) for sentence in readings if sentence not in vetoes_only}
    readings = list(dict.fromkeys(_under_lead_in(sentence, clause_text) for sentence in readings))
    vetoes_only = {_under_lead_in(sentence, clause_text) for sentence in vetoes_only} - tied
    # Each check stands only if every reading that can judge it agrees: a sentence with no modal verb cannot judge
    # polarity, one with no duty holder cannot judge the actor, one with no number cannot judge a number.
    judged = [_against(claim, sentence, clause_text) for sentence in readings]
    findings: list[Finding] = []
    # polarity, modality and rights are one question (what may, must or need not be done): a claim every reading
    # contradicts on it is contradicted, whichever way each reading does
    for kinds in (("polarity", "modality", "right"), ("actor",), ("number",)):
        able = [(sentence, can, found) for sentence, (can, found) in zip(readings, judged) if kinds[0] in can]
        if kinds[0] in ("polarity", "actor"):
            # who must do it is judged, like what must be done, by the sentences that hold what the claim's modal verb
            # governs: "…有权拒绝接受调查" is about 金融机构…有权拒绝接受调查, not 主管部门…可以请求…协助 beside it
            able = _about_the_predicate(claim, able)
        if kinds == ("actor",) and any("actor_same_kind" in can for _, can, _ in able):
            # the claim's duty holder is judged by the sentences giving the same kind of statement (a duty, an option, a
            # ban): "商业银行应当归还本息" is about 借款人应当归还, not about 商业银行享有要求保证人归还的权利 beside it
            able = [(sentence, can, found) for sentence, can, found in able if "actor_same_kind" in can]
        verdicts = [[f for f in found if f.kind in kinds] for _, can, found in able]
        if all(sentence in vetoes_only for sentence, _, _ in able):
            continue
        if verdicts and all(verdicts):
            findings.append(verdicts[0][0])
    if not any(f.kind in ("polarity", "modality", "right") for f in findings):
        # a requirement the sentence (or the lead-in of its list) dispenses with, made a condition by the claim
        for sentence in readings:
            at = _sentence_index(sentence, clause_text)
            context = sentence + (" " + _lead_in(clause_text, at) if at >= 0 and LIST_ITEM.match(sentence) else "")
            waived = requires_dispensed(claim, context)
            if waived:
                findings.append(Finding("polarity", f"the clause says no {waived}… is required; the claim requires it: "
                                                    f"「{_short(sentence)}」"))
                break
        for sentence in readings:
            if _beyond_the_only(claim, sentence):
                findings.append(Finding("polarity", f"the clause allows this only for what it names; the claim allows it "
                                                    f"beyond that: 「{_short(sentence)}」"))
                break
    if cross and ranked:
        # glossary terms find the sentences a claim in the other language is about, not the one it paraphrases: when
        # the article says what the claim says somewhere (an option, a duty, a right), its modality is left alone
        said = {_MODAL_GROUP[c] for c in _classes(clause_text)}
        if any(_MODAL_GROUP[c] in said for c in _classes(claim)):
            findings = [f for f in findings if f.kind not in ("polarity", "modality", "right")]
    # judged by the readings that allow something (a ban beside them, 不得采集…禁止采集的企业信息, is about another act)
    # with the exception the next sentence makes to each (但是，该约定不影响个人向其中任何一个…, 个人信息保护法第二十条)
    allowing = [text for text in (s + _exception_after(s, clause_text) for s in readings) if _opens_to_all(claim, text)]
    if allowing and all(_narrows(claim, text) for text in allowing):
        findings.append(Finding("scope", f"the clause allows this without saying \"only\"; the claim makes it the only "
                                         f"way: 「{_short(readings[0])}」"))
    denied = _affirms_what_is_denied(claim, clause_text)
    if not denied and not cross:
        denied = _denies_what_is_stated(claim, clause_text)
    if denied and not any(f.kind in ("polarity", "scope") for f in findings):
        findings.append(Finding("polarity", f"the clause says {denied}; the claim says the opposite"))
    if not any(f.kind in ("polarity", "modality", "right", "scope") for f in findings) and not cross:
        for sentence in readings:
            excepted = _exception_as_rule(claim, sentence + _exception_after(sentence, clause_text))
            if excepted:
                findings.append(Finding("scope", f"the clause allows this only in the case its exception names "
                                                 f"(「{_short(excepted)}」); the claim makes it the rule"))
                break
    if not cross and not any(f.kind == "actor" for f in findings):
        # who does it, said by "by" anywhere in the article ("Decisions adopted by the Commission"), with no modal verb
        agent = other_agent_in_article(claim, clause_text) or stray_doer(claim, clause_text) or unnamed_party(claim, clause_text)
        if agent:
            findings.append(agent)
    if _denies_exception(claim, clause_text) and not any(f.kind == "scope" for f in findings):
        findings.append(Finding("scope", "the claim says the rule holds even in the case the clause excepts from it"))
    # a universal word is licensed by the sentence holding what the claim's verb governs, too ("does not require any …
    # authorisation" restates "shall not require any specific authorisation" whatever sentence its other words match)
    # when it says it with the claim's own modal verb; and of the readings, those about what the claim's verb governs
    # ("the controller can never process … in any case" is licensed by no "at any time" of the data subject's right)
    about = [sentence for sentence, _, _ in _about_the_predicate(claim, [(r, set(), []) for r in readings])]
    said_by = about + [s for s in _predicate_sentences(claim, clause_text)
                       if s not in about and _classes(s) & _classes(claim)] if not cross else readings
    if cross:
        # glossary terms tie a claim in the other language to sentences only loosely: a sentence of the article that says
        # "for life / whatever the case" itself (受到刑事处罚的人员，终身不得从事…, 网络安全法第六十六条) licenses "never
        # again" whichever sentence the terms picked
        said_by = said_by + [s for s in sentences(clause_text) if s not in said_by and _speaks_universally(s, True)]
    if _overreaches(claim, clause_text, said_by) and not any(f.kind == "scope" for f in findings):
        findings.append(Finding("scope", f"the claim states without limits what the clause makes conditional: "
                                         f"「{_short(readings[0])}」"))
    return findings


# "即使经过处理无法识别特定个人也不得提供", "even if the data are encrypted": the case a claim says its rule covers anyway
_EVEN_ZH = re.compile(r"(?:即使|即便|哪怕|纵然|就算|无论|不论|不管)([^，,。；;]{2,60}?)(?:也|都|仍|，|,|$)")
# concessives say the same: "however repetitive it is", "no matter how large", "regardless of whether …", 无论/不管…都
_EVEN_EN = re.compile(r"\b(?:even (?:if|where|when|though|in cases? where)|however|whether or not|no matter (?:how|what|whether)|regardless of "
                      r"(?:how|whether|what)?|irrespective of (?:how|whether|what)?)\b([^,;.]{3,120})", re.I)
# The cases a clause excepts: 但是…, …除外 / 不在此限, 除…外; unless / except / other than …, "shall not apply to …"
_EXCEPTED_ZH = re.compile(r"(?:但是|但)[，,]?([^。；;]{2,120})|([^，,。；;]{2,120})(?:的除外|除外|不在此限)|除([^，,。；;]{2,60})外")
_EXCEPTED_EN = re.compile(r"\b(?:unless|except|other than|save where|shall not apply (?:to|if|where)|does not apply (?:to|if|where))\b"
                          r"([^;.]{3,200})", re.I)
# How much of the claim's "even if" case the clause's exception must hold for the claim to deny it
EXCEPTION_MATCH = 0.6


# What a clause says something is not, or is not covered by: "但是单用途预付卡业务不属于本条例规定的支付业务" (非银行支付机构
# 监督管理条例第十五条), 不适用本法, 不视为, 不计入, 不作为; what it does not have or bear: 商业银行分支机构不具有法人资格
# (商业银行法第二十二条), 不享有, 不承担, 不影响 (撤回同意不影响…效力, 个人信息保护法第十五条), 不按行政区划设立 (第十九条; not
# 不按照规定…的, a penalty's case). The same words without 不 affirm it.
_DENIED_ZH = re.compile(r"(?:^|[，,。；;：:]|但是|但)\s*((?:(?!但是|但)[^，,。；;：:]){0,40}?)(不(?:属于|适用于?|视为|计入|作为|包括|构成|具有|具备|享有|承担|影响|按(?!照)))"
                        r"([^，,。；;：:]{2,40})")
DENIED_MATCH = 0.6


def _affirms_what_is_denied(claim: str, clause_text: str) -> str:
    """What the clause says something is not (X 不属于 Y), when the claim says X 属于 Y (both X and Y in its words, the
    verb without 不 and no negation of its own); '' otherwise."""
    if not (_is_zh(claim) and _is_zh(clause_text)):
        return ""
    text = _norm(claim)
    clause = _norm(clause_text)
    for m in _DENIED_ZH.finditer(clause):
        subject, negated, what = m.group(1), m.group(2), m.group(3)
        if not subject.strip():
            # the subject is the sub-clause before: 个人撤回同意的，不影响…的效力 (个人信息保护法第十五条), 在…境内的分支机构，
            # 不按行政区划设立 (商业银行法第十九条)
            subject = re.split(r"[，,。；;：:]", clause[: m.start(2)].rstrip("，, "))[-1]
        verb = negated[1:]
        # the claim's own negation may be passive: 效力不受影响 denies 影响 as 不影响 does
        if verb[:2] not in text or re.search(rf"(?:不|非|并非|没有|未)\s*(?:受到?|被)?\s*{re.escape(verb[:2])}", text):
            continue
        claim_words = _wording(text, True)
        key_x, key_y = _wording(subject, True), _wording(what, True)
        if len(key_x) >= 2 and len(key_y) >= 2 and len(key_x & claim_words) / len(key_x) >= DENIED_MATCH \
                and len(key_y & claim_words) / len(key_y) >= DENIED_MATCH:
            return _short(m.group(0).lstrip("，,。；;：:"))
    return ""


# A claim that negates its main verb without a modal one ("The secretariat does not act under the instructions
# of the Chair", "is not subject to …"): what follows the verb is what it denies
_NEGATED_VERB_EN = re.compile(r"\b(?:does|do|did|is|are|was|were|will|has|have)\s*(?:not|n't)\s+(?:be\s+)?[a-z]+\s+"
                              r"([^,;.]{6,160})", re.I)
# any negation in a clause sentence (then it may say what the claim does, and the modal checks judge it)
_NEGATION_EN = re.compile(r"\b(?:not|no|never|neither|nor|without|cannot|none|nothing)\b|n't\b", re.I)
# How much of what the claim denies, and of its subject, one sentence must state for the claim to contradict it (set, not
# tuned: with them no true claim of the 955 tuning claims is flagged, and the negated-verb misses of planted_claims_r9 B
# are caught)
STATED_MATCH = 0.8
SUBJECT_MATCH = 0.5


# A Chinese claim that negates a verb without a modal one (国家不建立…机制 against 数据安全法第二十二条 国家建立…机制; 收回贷款
# 不受法律保护 against 商业银行法第七条): 不 / 并不 / 没有 / 未 before a verb; not 不 inside a word (不良, 不当, 不正当, 不同,
# 不足, 不少于 …) nor a modal or quantity (不得, 不超过), nor 不是 (a statement of what something is)
_NEGATED_VERB_ZH = re.compile(r"(?:并不|并未|没有|不|未)(?![良当正同少足断仅但论管再久得应必需须能可予超低高多以是止])"
                              r"([\u4e00-\u9fff]{4,60})")
_NEGATION_ZH = re.compile(r"不|未|无|非|没有|禁止|严禁")


def _denies_what_is_stated(claim: str, clause_text: str) -> str:
    """The sentence of the clause that states, with no negation, what a claim denies by negating another verb
    (GDPR Art. 75(2) "The secretariat shall perform its tasks exclusively under the instructions of the Chair of the
    Board" against "The secretariat does not act under the instructions of the Chair"): the sentence holds nearly all
    the words after the claim's negated verb and half of those before it. '' when none does, or the claim has a modal
    verb (the modality checks judge it) or a second negation."""
    zh = _is_zh(claim)
    if zh != _is_zh(clause_text) or modal_classes(claim):
        return ""
    text = _norm(claim)
    negated, negation = (_NEGATED_VERB_ZH, _NEGATION_ZH) if zh else (_NEGATED_VERB_EN, _NEGATION_EN)
    m = negated.search(text)
    if not m or len(negation.findall(text)) > 1:
        return ""
    denied, subject = _wording(m.group(1), zh, stem=True), _wording(text[: m.start()], zh, stem=True)
    if len(denied) < 3 or not subject:
        return ""
    for sentence in sentences(clause_text):
        if negation.search(sentence):
            continue
        words = _wording(sentence, zh, stem=True)
        if len(denied & words) / len(denied) >= STATED_MATCH and len(subject & words) / len(subject) >= SUBJECT_MATCH:
            return _short(sentence)
    return ""


# How little of the words only the exception has (its case: 国务院决定, 特定) a claim may hold to be turning it into the rule
EXCEPTION_CASE_HELD = 0.2


def _exception_as_rule(claim: str, sentence: str) -> str:
    """The exception of a sentence whose modality the claim states as the rule, without the case the exception is for:
    "可以向非银行金融机构提供贷款" against "不得向非银行金融机构…提供贷款，但国务院决定中国人民银行可以向特定的非银行金融机构
    提供贷款的除外" (中国人民银行法第三十条). The claim has the exception's modal verb, the rest of the sentence has its
    opposite, and the claim holds almost none of the words only the exception has (a claim with a case of its own, or one
    naming the exception's case, restates it). '' when it does not."""
    zh = _is_zh(claim)
    if zh != _is_zh(sentence) or _OWN_CONDITION_ANY.search(_DISCRETION.sub(" ", claim)):
        return ""
    claim_cls = _classes(claim)
    for m in (_EXCEPTED_ZH if zh else _EXCEPTED_EN).finditer(_norm(sentence)):
        exception = "".join(g for g in m.groups() if g)
        rule = _norm(sentence).replace(m.group(0), " ")
        shared = claim_cls & _classes(exception)
        if not shared or not any((c, r) in _OPPOSITE for c in shared for r in _classes(rule)):
            continue
        only_there = _wording(exception, zh) - _wording(rule, zh)
        if len(only_there) < 2:
            continue
        if len(only_there & _wording(claim, zh)) / len(only_there) < EXCEPTION_CASE_HELD:
            return exception
    return ""


def _denies_exception(claim: str, clause_text: str) -> bool:
    """The claim says its rule holds even in a case (即使… / even if …) the clause excepts from that rule."""
    zh = _is_zh(claim)
    if zh != _is_zh(clause_text):
        return False
    even = (_EVEN_ZH if zh else _EVEN_EN).search(claim)
    key = _wording(even.group(1), zh) if even else set()
    # an English concessive may name its case in one word ("however repetitive it is", GDPR Art. 57(4))
    if len(key) < (2 if zh else 1):
        return False
    excepted = ["".join(g for g in m.groups() if g) for m in (_EXCEPTED_ZH if zh else _EXCEPTED_EN).finditer(_norm(clause_text))]
    if _classes(claim) & {"obligation", "prohibition"}:
        excepted += _freeing_cases(clause_text, zh)
        if _EITHER_WAY.search(even.group(0)):
            # "whether or not that is proportionate" against "Where proportionate …, the measures shall include …" (GDPR
            # Art. 24(2)): the claim keeps the rule in the case the clause's own condition leaves out
            excepted += _rule_cases(clause_text, zh)
    excepted += _derogations(clause_text)
    return any(len(key & _wording(text, zh)) / len(key) >= EXCEPTION_MATCH for text in excepted)


# A sentence that takes cases out of a rule without "unless / except": "By derogation from paragraph 2, an AI system
# referred to in Annex III shall not be considered to be high-risk where …" (AI Act Art. 6(3)); a statement that
# something is not so (shall not be considered / deemed, 不视为, 不属于, 不适用 …) in a case it names
_DEROGATION = re.compile(r"\bby derogation from\b|\bshall not be (?:considered|deemed|regarded|treated)\b|"
                         r"\b(?:is|are) not (?:considered|deemed|regarded)\b|不视为|不认定为|不属于|不适用|不在此限", re.I)
# the next numbered paragraph ("4. ", "（四）" stays within: a list of the cases belongs to its sentence)
_NEXT_PARAGRAPH = re.compile(rf"^\s*(?:\d{{1,2}}\.\s|{CN_ARTICLE_LABEL})")
_ZH_LIST_ITEM = re.compile(rf"^\s*{CN_ITEM.pattern}")


def _derogations(clause_text: str) -> list[str]:
    """The cases a clause takes out of its rule by derogation: each such sentence with the rest of its paragraph (the
    conditions it lists: AI Act Art. 6(3) "(a) the AI system is intended to perform a narrow procedural task; …")."""
    lines = _norm(clause_text).split("\n")
    found = []
    for i, line in enumerate(lines):
        if not _DEROGATION.search(line):
            continue
        rest = [line]
        for nxt in lines[i + 1:]:
            if _NEXT_PARAGRAPH.match(nxt) or (_is_zh(nxt) and not _ZH_LIST_ITEM.match(nxt)):
                break  # (a Chinese article's paragraphs are not numbered: only its （一）… items belong to the sentence)
            rest.append(nxt)
        found.append(" ".join(rest))
    return found


# "以外的用途", "other than / beyond / outside X": what a claim opens beyond the X it names
_BEYOND_ZH = re.compile(r"([\u4e00-\u9fff]{2,20})(?:以外|之外)")
_BEYOND_EN = re.compile(r"\b(?:other than|beyond|outside(?: of)?|apart from|besides|unrelated to)\s+([^,;.]{3,80})", re.I)
# a clause that confines an act to X: 只能用于X, 仅限X, "only for X", or bans the rest (不得用于其他用途, "for no other purpose")
_CONFINED = re.compile(r"只能|仅能|只可|仅可|仅限|只限|仅用于|只用于|不得用于其他|不得挪作他用|\bonly\b|\bsolely\b|\bexclusively\b|"
                       r"\bfor no other\b|\bnot (?:be )?used for any other\b", re.I)
# how much of the X the claim goes beyond the confining sentence must name
BEYOND_MATCH = 0.5


def _beyond_the_only(claim: str, sentence: str) -> bool:
    """The claim allows an act beyond the X the sentence confines it to: "也可以用于维护网络安全以外的用途" against "只能用于维护
    网络安全的需要，不得用于其他用途" (网络安全法第三十二条); "may use them for purposes other than supervision" against
    "may be used only for supervision"."""
    zh = _is_zh(claim)
    if zh != _is_zh(sentence) or "permission" not in _classes(claim) or not _CONFINED.search(_norm(sentence)):
        return False
    m = (_BEYOND_ZH if zh else _BEYOND_EN).search(_norm(claim))
    key = _wording(m.group(1), zh) if m else set()
    return bool(key) and len(key & _wording(sentence, zh)) / len(key) >= BEYOND_MATCH


# "whether or not X", 无论是否 X: the rule holds in case X and in its opposite
_EITHER_WAY = re.compile(r"\bwhether or not\b|\bwhether\b|是否", re.I)


def _rule_cases(clause_text: str, zh: bool) -> list[str]:
    """The conditions under which the clause's duties and bans apply (…的，应当…; "Where …, … shall …")."""
    return [m.group(1) for sentence in sentences(clause_text) if _classes(sentence) & {"obligation", "prohibition"}
            for m in [(_CASE_ZH if zh else _CASE_EN).search(_norm(sentence))] if m]


_CASE_ZH = re.compile(r"^(.{2,160})的[，,]")
_CASE_EN = re.compile(r"\b(?:where|if|when|in (?:the )?cases? where)\b([^,;]{3,160})", re.I)


def _freeing_cases(clause_text: str, zh: bool) -> list[str]:
    """The cases in which the clause frees the actor (its sentences with 可以不 / 无需 / need not / may): a claim that says
    the duty holds "even if" one of them (即使法律规定应当保密，也必须告知 against "有…应当保密…的情形的，可以不向个人告知",
    个人信息保护法第十八条) denies the clause's exception as much as one that denies a 除外."""
    cases = []
    for sentence in sentences(clause_text):
        if not _classes(sentence) & {"exemption", "permission"}:
            continue
        m = (_CASE_ZH if zh else _CASE_EN).search(_norm(sentence))
        if m:
            cases.append(m.group(1))
            modals = [at for at, _ in modal_classes(sentence) if at > m.end()] if not zh else []
            if modals:  # "Where requests are … excessive, in particular because of their repetitive character, … may":
                cases.append(_norm(sentence)[m.start(1) : modals[0]])  # the whole case, up to the modal verb
    return cases


def _about_the_predicate(claim: str, judged: list[tuple[str, set[str], list[Finding]]]) -> list:
    """Of the readings' (sentence, can, findings), those of the sentences whose modal sub-clauses hold what the claim's modal verb governs
    about as well as the best one: "has no right to object to that processing" is judged by "shall have the right to
    object … to processing", not by "the personal data shall no longer be processed" (GDPR Art. 21(2) and (3))."""
    zh = _is_zh(_content(_predicate(claim)))
    key = _wording(_predicate(claim), zh)
    if not key or len(judged) < 2:
        return judged
    shares = []
    for sentence, _, _ in judged:
        parts = [p for p in re.split(r"[，,；;：:]", sentence) if p.strip()]
        own = _own_classes(parts)
        shares.append(max([len(key & _wording(p, zh)) / len(key) for p, c in zip(parts, own) if c] or [0.0]))
    best = max(shares)
    return [j for j, share in zip(judged, shares) if share >= best - AMBIGUITY] if best > 0 else judged


# A sentence holding this much of the claim's wording is the one it paraphrases (no other reading is added for it)
TIED_BY_WORDING = 0.6
# How much of what the claim's modal verb governs a sentence must hold to be a reading whatever the rest of its wording
PREDICATE_MATCH = 0.75


def _predicate_sentences(claim: str, clause_text: str) -> list[str]:
    """Sentences with a modal verb that hold what the claim's modal verb governs ("does not require any specific
    authorisation" → "Such a transfer shall not require any specific authorisation", GDPR Art. 45(1)): a paraphrase
    that names its subject otherwise shares little else with the sentence it restates, and must still be read against it."""
    predicate = _predicate(claim)
    zh = _is_zh(_content(predicate))
    key = _wording(predicate, zh) if predicate != claim else set()
    if len(key) < 2:
        return []
    read = [_under_lead_in(s, clause_text) for s in sentences(clause_text)]  # list items with their lead-in's modal verb
    return [s for s in read if modal_classes(s) and len(key & _wording(s, zh)) / len(key) >= PREDICATE_MATCH]


def _predicate(claim: str) -> str:
    """What the claim's first modal verb governs: the rest of its sub-clause ("处理者即使不能证明…，也不需要承担损害赔偿
    责任" → "承担损害赔偿责任"); the whole claim when it has no modal verb or nothing follows it."""
    for part in re.split(r"[，,；;：:]", _norm(claim)):
        modals = modal_classes(part)
        if modals:
            rest = part[modals[-1][0] :]
            return rest if len(_content(rest).strip()) >= 2 else claim
    return claim


_IF_EN = re.compile(r"\b(?:if|where|when|unless|once|as long as|provided that|in case)\b", re.I)
_IF_ZH = re.compile(r"^\s*(?:如果|若|如|当|在)")
# what a sentence excepts from its rule: 但是…, …除外 (个人信息保护法第二十五条 …取得个人单独同意的除外), unless / except
_EXCEPTION_ZH = re.compile(r"但是|但|除外|不在此限|除[^，。；]{1,40}外")
_EXCEPTION_EN = re.compile(r"\b(?:unless|except|other than|provided that|save where|with the exception of)\b", re.I)


def _exception_after(sentence: str, clause_text: str) -> str:
    """The exception the next sentence makes to this one's rule, when it is one (个人信息保护法第二十七条 "…已经合法公开的
    个人信息；个人明确拒绝的除外。": the 除外 stands after a semicolon, in a sentence of its own)."""
    following = _sentence_after(clause_text, _sentence_index(sentence, clause_text))
    if following and _is_zh(following) and re.match(r"^(?:但是|但)|.{0,40}(?:除外|不在此限)[。；;]?$", following):
        return "；" + following
    return ""


def _case_of(claim: str) -> str:
    """The case a conditional claim speaks of: its sub-clauses before the first one with a modal verb ("发生个人信息泄露的",
    "Where requests are manifestly unfounded"), and those opening with if / where / 如果."""
    parts = [p for p in re.split(r"[，,；;]", _norm(claim)) if p.strip()]
    case, seen_modal = [], False
    for part in parts:
        has_modal = bool(modal_classes(part))
        if has_modal and not seen_modal and (_EXCEPTION_ZH if _is_zh(part) else _EXCEPTION_EN).search(part):
            return ""  # its modal verb is in the exception it states (…可以不经同意查询的除外): no case of its own
        if not seen_modal and not has_modal:
            case.append(part)
        elif _IF_ZH.match(part) or (m := _IF_EN.search(part)) is not None:
            case.append(part[m.end():] if not _is_zh(part) and m else part)
        seen_modal |= has_modal
    return "，".join(case)


def _where_case_is_stated(case: str, sentence: str) -> str:
    """"rule" when `sentence` states the claim's case as the case of its rule, "exception" when as the exception it
    makes, "" when it does not state it."""
    zh = _is_zh(case)
    key = _wording(case, zh)
    if len(key) < 2 or zh != _is_zh(sentence):
        return ""
    if zh:
        parts = re.split(r"[，,；;。]", sentence)
        excepted = [p for p in parts if _EXCEPTION_ZH.search(p)]
        rule = [p for p in parts if p not in excepted]
    else:
        m = _EXCEPTION_EN.search(sentence)
        rule, excepted = ([sentence[: m.start()]], [sentence[m.start():]]) if m else ([sentence], [])
    share = {name: len(key & _wording("，".join(texts), zh)) / len(key) for name, texts in (("rule", rule), ("exception", excepted))}
    if share["exception"] >= CASE_MATCH and share["exception"] >= share["rule"]:
        return "exception"
    return "rule" if share["rule"] >= CASE_MATCH else ""


# How much of a claim's case (its condition) a sentence must hold to be the rule (or the exception) for that case.
CASE_MATCH = 0.6


def _stated_elsewhere(claim: str, cls: str, opposite: str, clause_text: str) -> bool:
    """The article gives the claim's modality (`cls`) somewhere, and no sub-clause gives what the claim's modal verb
    governs the opposite modality much more plainly than any sub-clause gives it the claim's ("原始生物特征图像不得
    留存" beside "仅可存储特征值" does not let "可以留存原始图像" through)."""
    if cls not in _classes(clause_text):
        return False
    zh = _is_zh(_content(_predicate(claim)))
    key = _wording(_predicate(claim), zh)
    if not key or zh != _is_zh(clause_text):
        return True
    best = {cls: 0.0, opposite: 0.0}
    for part in re.split(r"[，,；;：:。\n]|\.(?!\d)", _norm(clause_text)):
        share = len(key & _wording(part, zh)) / len(key)
        for c in _classes(part) & set(best):
            best[c] = max(best[c], share)
    return not (best[opposite] >= 0.5 and best[opposite] - best[cls] > 0.25)


def _sub_clause_classes(claim: str, sentence: str) -> set[str]:
    """The modal classes of the sub-clauses of `sentence` the claim is about: a modal verb governs its sub-clause,
    so "仅能用于约定的用途，不得未经同意向第三方提供" forbids the provision and allows only the agreed use. The
    sub-clauses holding about as much of the claim's wording as the best one all count; a sentence whose best
    sub-clause has no modal verb (the duty is in a sibling: "…的，应当…") counts whole."""
    parts = [p for p in re.split(r"[，,；;：:]", sentence) if p.strip()]
    whole = _classes(sentence)
    if len(parts) < 2:
        return whole
    zh = _is_zh(_content(_predicate(claim)))
    key = _wording(_predicate(claim), zh)
    if not key or zh != _is_zh(sentence):
        return whole
    own = _own_classes(parts)
    scored = [(len(key & _wording(p, zh)) / len(key), i) for i, p in enumerate(parts)]
    # a modal verb binds its own subject: when the claim names who it binds and some sub-clauses of the sentence give
    # that actor a modal verb, those are what the claim is about ("征信机构须记载信息主体作出的说明" is about
    # "征信机构应当予以记载", not "信息主体可以…作出说明" beside it, 征信业管理条例第十六条)
    claimed = [a for a, _ in _duty_pairs(claim) if a and a != "anyone"]
    holders = dict(enumerate(_holders_per_part(sentence, parts))) if claimed else {}
    same = [i for i, hs in holders.items() if own[i] and any(_same_side(a, h) for a in claimed for h in hs if h)]
    if same:
        scored = [(score, i) for score, i in scored if i in same]
    best = max(score for score, _ in scored)
    near = [i for score, i in scored if score >= best - AMBIGUITY and score > 0]
    classes = set().union(*(own[i] for i in near)) if near else set()
    return classes or whole


# 要求 / 请求 opening a sub-clause right after one with a modal verb is the next verb it governs: 有权向征信机构提出异议，
# 要求更正 (征信业管理条例第二十五条) is a right to demand a correction, not a duty
_CONTINUED_VERB = re.compile(r"^\s*(?:要求|请求|需要)")


def _own_classes(parts: list[str]) -> list[set[str]]:
    """The modal classes of each sub-clause, a bare 要求/请求 continuing the previous sub-clause's modal verb."""
    own: list[set[str]] = []
    for i, part in enumerate(parts):
        classes = _classes(part)
        if i and own[i - 1] and _CONTINUED_VERB.match(part):
            classes = set(own[i - 1])
        own.append(classes)
    return own


# How much of what the claim's modal verb governs one sub-clause must hold to be the act the claim is about
ACT_MATCH = 0.6


def _actor_of_the_act(claim: str, sentence: str) -> Finding | None:
    """A finding when the sentence gives two parties different acts and the claim gives the act of one to the other:
    "公安机关…调取数据，应当…经过严格的批准手续…，有关组织、个人应当予以配合" (数据安全法第三十五条) against "被调取数据的企业应当先
    经过严格的批准手续". The act is the sub-clause holding what the claim's modal verb governs (a sub-clause with no modal
    verb of its own continues the one before it); its holder must be no party the claim names, while the claim's party
    holds another act in the same sentence (so a party the lexicon does not know, or a sentence about one party, is left
    alone)."""
    if _is_zh(claim) != _is_zh(sentence):
        return None
    claimed = [a for a, _ in _duty_pairs(claim) if a and a != "anyone"]
    predicate = _predicate(claim)
    zh = _is_zh(_content(predicate))
    key = _wording(predicate, zh) if predicate != claim else set()
    if not claimed or len(key) < 3:
        return None
    parts = [p for p in re.split(r"[，,；;：:]", sentence) if p.strip()]
    own, holders = _own_classes(parts), _holders_per_part(sentence, parts)
    act_parts = _act_parts(parts, own, holders)
    acts = [(len(key & _wording(part, zh)) / len(key), hs) for part, hs in act_parts]
    if not acts:
        return None
    best = max(share for share, _ in acts)
    doers = [hs for share, hs in acts if share >= best - AMBIGUITY]
    if best < ACT_MATCH or any("anyone" in hs for hs in doers):
        return None
    # the claim's own verb must be in the act: "记载信息主体…作出的说明" shares most words with 信息主体可以…作出说明, but
    # its verb is 记载 (征信业管理条例第十六条), the agency's act
    verb = _ACT_VERB.match(_content(predicate).strip())
    verb = (verb.group(1) or verb.group(2) or "").lower()[:4] if verb else ""
    tied = [part for (part, _), (share, _) in zip(act_parts, acts) if share >= best - AMBIGUITY]
    if not verb or not any(verb in _norm(part).lower() for part in tied):
        return None
    others = [h for _, hs in acts for h in hs if all(h not in d for d in doers)]
    if any(_same_side(a, h) for a in claimed for hs in doers for h in hs):
        return None
    if not any(_same_side(a, h) for a in claimed for h in others):
        return None
    return _actor_finding_for(doers[0][0], claimed[0])


# the verb of a predicate: its first two characters after adverbs (先经过 → 经过), or its first English word
_ACT_VERB = re.compile(r"(?:(?:先|事先|首先|依法|及时|立即|予以|应|须|也|都|还|仍|再|另行|自行|主动)+)?([\u4e00-\u9fff]{2})|"
                       r"(?:(?:not|also|first|only|then|always|promptly|immediately|be)\s+)*([a-z]{3,})", re.I)


def _act_parts(parts: list[str], own: list[set[str]], holders: list[list[str | None]]) -> list[tuple[str, list[str]]]:
    """(sub-clause, its holders) from the first sub-clause with a modal verb on; one without continues the one before."""
    out: list[tuple[str, list[str]]] = []
    current: list[str] = []
    for part, classes, hs in zip(parts, own, holders):
        if classes:
            current = [h for h in hs if h]
        if current:
            out.append((part, current))
    return out


# an option restricted by "only" ("may use only …", "can only …", 只能 / 仅可 …): general English and Chinese usage
_RESTRICTED_PERMISSION = re.compile(r"\b(?:may|can)\s+(?:[a-z]+\s+){0,2}?only\b|只能|仅能|只可|仅可", re.I)
_ONLY_IN_SENTENCE = re.compile(r"\bonly\b|仅|只", re.I)


def _holders_per_part(sentence: str, parts: list[str]) -> list[list[str | None]]:
    """The duty holders of each sub-clause of `sentence` (split as `_sub_clause_classes` splits it)."""
    out = []
    for i, part in enumerate(parts):
        context = "，".join(parts[: i + 1])  # an elided subject is found in the sub-clauses before
        pairs = _duty_pairs(context)
        count = len(_duty_pairs("，".join(parts[:i]))) if i else 0
        out.append([a for a, _ in pairs[count:]])
    return out


def _against(claim: str, sentence: str, clause_text: str) -> tuple[set[str], list[Finding]]:
    """(the kinds of check this sentence can judge, what it finds)."""
    findings: list[Finding] = []
    can: set[str] = set()
    claim_cls, source_cls = _classes(claim), _sub_clause_classes(claim, _rule_part(sentence))
    # a sentence judges the claim's modality only if it speaks of the same thing: a duty, an option or a right that
    # the claim's modal words can equal or oppose ("有权请求" judges "无权要求"; "应当核实" does not)
    if any(_MODAL_GROUP[c] == _MODAL_GROUP[s] or (c, s) in _OPPOSITE for c in claim_cls for s in source_cls):
        can |= {"polarity", "modality", "right"}
    pairs = sorted((c, s) for c in claim_cls for s in source_cls if (c, s) in _OPPOSITE and c not in source_cls)
    # A clause that says both ("不得…；但是…可以…") is conditional: only a wholly opposite claim is contradicted.
    # Unless the claim gives the opposite to the very party the sentence gives it to ("…接收方不承担该义务" against
    # "接收方应当继续履行…义务", 网络数据安全管理条例第十四条, while the claim's other sub-clause has a duty of its own).
    same_holder = _opposed_for_same_holder(claim, sentence)
    pairs = [(c, s) for c, s in pairs if s not in claim_cls or (c, s) in same_holder]
    if _DUTY_EITHER_WAY.search(sentence) and _ONE_OF_THE_WAYS.search(claim):
        # "可以委托专业机构…审计" against "应当定期自行或者委托专业机构…审计": one of the ways the duty may be done is an option
        pairs = [(c, s) for c, s in pairs if (c, s) != ("permission", "obligation")]
    if _RESTRICTED_PERMISSION.search(claim) and _ONLY_IN_SENTENCE.search(sentence):
        # "may use only processors providing sufficient guarantees" restates "shall use only processors providing …"
        # (GDPR Art. 28(1)): an option restricted by "only" is the duty to keep within the restriction
        pairs = [(c, s) for c, s in pairs if (c, s) != ("permission", "obligation")]
    if pairs and _OWN_CONDITION_ANY.search(_DISCRETION.sub(" ", claim)):
        # A conditional claim ("need not … if the data were encrypted") may describe the exception the article states
        # elsewhere ("shall not be required if …"): it stands when a sub-clause of the article gives the claim's
        # modality to what the claim's modal verb governs. Not when this sentence is the rule for the claim's very case
        # ("发生个人信息泄露的，…可以采取补救措施" against "发生…泄露…的，个人信息处理者应当立即采取补救措施"); and a claim
        # restating the exception this sentence itself makes ("…取得个人单独同意的除外") agrees with it.
        case = _where_case_is_stated(_case_of(claim), sentence + _exception_after(sentence, clause_text))
        if case == "exception":
            pairs = []
        elif case != "rule":
            pairs = [(c, s) for c, s in pairs if not _stated_elsewhere(claim, c, s, clause_text)]
    if not pairs and "modality" in can:
        pairs = _opposed_for_the_same_verb(claim, _rule_part(sentence))
    if pairs:
        c, s = pairs[0]
        kind = "right" if "right" in c or "right" in s else "modality" if {c, s} <= {"obligation", "permission"} else "polarity"
        findings.append(Finding(kind, f"the clause says {_LABEL[s]} where the claim says {_LABEL[c]}: 「{_short(sentence)}」"))
    at = _sentence_index(sentence, clause_text)
    lead = _lead_in(clause_text, at) if LIST_ITEM.match(sentence) else ""
    can_actor, actor_found = _actor_findings(claim, sentence, lead or _sentence_before(clause_text, at), bool(lead))
    if can_actor:
        can.add("actor")
        claim_groups = {_MODAL_GROUP[c] for _, c in _duty_pairs(claim)}
        if claim_groups & {_MODAL_GROUP[c] for _, c in _duty_pairs(sentence)}:
            can.add("actor_same_kind")
    swapped = swapped_parties(claim, sentence) or other_agent(claim, sentence) or swapped_passive(claim, sentence) \
        or other_passive_agent(claim, sentence) or _actor_of_the_act(claim, sentence) \
        or other_named_authority(claim, sentence, clause_text) or other_receiver(claim, sentence) \
        or (subject_only_as_object(claim, sentence) if not actor_found else None)
    if swapped and not actor_found:
        # giver and receiver swapped, named by words the actor lexicon may not know (see roles.py)
        can.add("actor")
        actor_found = [swapped]
    findings += actor_found
    if extract_quantities(sentence):
        can.add("number")
    findings += _numbers(claim, sentence, clause_text)
    return can, findings


def _opposed_for_the_same_verb(claim: str, sentence: str) -> list[tuple[str, str]]:
    """(claim class, sentence class) when the claim puts "must" on the very verb the sentence puts "may" on (or the reverse)
    while a modal of the claim's class stands elsewhere in the sentence, on another verb: "Member States must provide by law
    that their supervisory authority shall have additional powers" against "Each Member State may provide by law that its
    supervisory authority shall have additional powers" (GDPR Art. 58(6)): the "shall" is the supervisory authority's, in
    what the Member State may provide. English only: a modal verb governs the verb after it."""
    theirs = governed_modals(sentence)
    for verb, cls in governed_modals(claim):
        if cls not in ("obligation", "permission"):
            continue
        said = {s for v, s in theirs if v == verb}
        if said and cls not in said and said <= {"obligation", "permission"}:
            return [(cls, next(iter(sorted(said))))]
    return []


def _opposed_for_same_holder(claim: str, sentence: str) -> set[tuple[str, str]]:
    """(claim class, sentence class) pairs that oppose each other for one and the same named party: the claim gives it
    a class the sentence gives it the opposite of, and neither gives that party the other's class as well."""
    claimed = [(a, c) for a, c in _duty_pairs(claim) if a and a != "anyone"]
    source = [(a, c) for a, c in _duty_pairs(sentence, reciprocal=False) if a and a != "anyone"]
    found = set()
    for actor, cls in claimed:
        theirs = {s for h, s in source if _same_side(actor, h)}
        # a claim about one party gives it all its modal verbs ("must provide … and may charge …": one subject)
        alone = all(_same_side(actor, a) for a, _ in claimed)
        mine = _classes(claim) if alone else {c for a, c in claimed if _same_side(actor, a)}
        found |= {(cls, s) for s in theirs if (cls, s) in _OPPOSITE and cls not in theirs and s not in mine}
    return found


def _rule_part(sentence: str) -> str:
    """An English sentence without the exception it ends with: the modal verbs of "…, except where Union or Member State
    law provide that the prohibition … may not be lifted by the data subject" (GDPR Art. 9(2)(a)) describe the exception,
    not the rule. (Chinese exceptions stand in sub-clauses of their own, 但是…/…除外, which `_against` weighs.)"""
    if _is_zh(sentence):
        return sentence
    m = _EXCEPTION_EN.search(sentence)
    return sentence[: m.start()] if m and m.start() > 0 else sentence


# A lead-in whose items are cases, conditions or alternatives ("有下列情形之一的，…应当", "应当具备下列条件之一", "where one of
# the following applies"): its modal verb does not bind each item as an act
_CASES_LEAD_IN = re.compile(r"情形|情况|条件|之一|其中|至少|任一|\b(?:cases?|circumstances|conditions?|one of|any of|at least|either|"
                            r"where|if|when)\b|\bthat (?:the |a |an |each |any )?[\w ]{3,40}?\s*:\s*$", re.I)


def _under_lead_in(sentence: str, clause_text: str) -> str:
    """A list item with no modal verb of its own, read with the ban or duty of the lead-in that introduces it: "…不得有
    下列行为：…（四）在其他经济组织兼职" (商业银行法第五十二条) forbids each act it lists, so the item reads "…不得在其他经济组织
    兼职"; "Providers … shall: (a) ensure …" reads "Providers … shall ensure …". Any other sentence is returned as it is."""
    if not LIST_ITEM.match(sentence) or modal_classes(sentence):
        return sentence
    lead = _lead_in(clause_text, _sentence_index(sentence, clause_text))
    if not lead or _CASES_LEAD_IN.search(_norm(lead)):
        return sentence
    binding = [(at, cls) for at, cls in modal_classes(lead) if cls in ("prohibition", "obligation")]
    if not binding:
        return sentence
    at, cls = binding[-1]
    zh = _is_zh(lead)
    end = at + len(_modal_word(lead, at, cls)) if zh else len(lead) - len(_modal_rest(lead, at, cls))
    body = LIST_ITEM.sub("", sentence).strip()
    return lead[:end].rstrip() + ("" if zh else " ") + body


def _sentence_index(sentence: str, clause_text: str) -> int:
    found = sentences(clause_text)
    return found.index(sentence) if sentence in found else -1


def _sentence_before(clause_text: str, at: int) -> str:
    return sentences(clause_text)[at - 1] if at > 0 else ""


def _lead_in(clause_text: str, at: int) -> str:
    """The sentence that introduces the list item at `at`: the nearest one before it ending with a colon."""
    found = sentences(clause_text)
    for before in reversed(found[:at] if at > 0 else []):
        if before.rstrip().endswith((":", "：")):
            return before
        if not LIST_ITEM.match(before):
            return ""
    return ""


def _sentence_after(clause_text: str, at: int) -> str:
    found = sentences(clause_text)
    return found[at + 1] if 0 <= at < len(found) - 1 else ""


def _numbers(claim: str, sentence: str, clause_text: str = "") -> list[Finding]:
    """A number the claim gives where the sentence it paraphrases gives another of the same kind (the article
    may hold the claim's number elsewhere: 25% is a liquidity ratio in the item next to the 10% loan limit).

    A claim that joins two sentences ("资本充足率不得低于百分之八，对同一借款人的贷款比例不得超过百分之十", 商业银行法第三十九条
    items 一 and 三; a floor and a ceiling stated side by side) is read sub-clause by sub-clause: a number is compared
    with the sentence its own sub-clause paraphrases, when that is another sentence of the article."""
    said = extract_quantities(sentence)
    if not said:
        return []
    found = []
    for mismatch in compare(extract_quantities(claim), said):
        if mismatch.kind == "contradiction" and not _backed_by_its_own_sentence(claim, mismatch.claim, sentence, clause_text):
            found.append(Finding("number", mismatch.describe(f"「{_short(sentence)}」")))
    return found


def _backed_by_its_own_sentence(claim: str, quantity, sentence: str, clause_text: str) -> bool:
    """The sub-clause of the claim holding `quantity` paraphrases another sentence of the article, which states it."""
    if clause_text and _is_zh(claim) != _is_zh(sentence):
        # a claim in the other language cannot be cut to the sentences it paraphrases by their words: when it also states
        # this sentence's own figure and another sentence states the claim's, each figure has its sentence ("notify the
        # parties ninety days beforehand and report … sixty days beforehand", 电子签名法第二十三条 九十日 / 六十日)
        said = extract_quantities(sentence)
        others = [extract_quantities(s) for s in sentences(clause_text) if s != sentence]
        return any(q.span != quantity.span and said and not compare([q], said) for q in extract_quantities(claim)) \
            and any(qs and not compare([quantity], qs) for qs in others)
    start, case = 0, ""
    for part in re.split(r"([，,；;])", claim):
        end = start + len(part)
        if start <= quantity.span[0] < end:
            # with the case the claim states for it (申请变更名称、注册资本的，…1个月内；申请办理…其他事项的，…3个月内:
            # 非银行支付机构监督管理条例第十三条 gives each case its own time limit)
            part = case + part if case and _case_is_that_sentences(case, sentence, clause_text) else part
            ranked = matching_sentences(part, clause_text) if clause_text and len(part) >= 6 else []
            if not ranked or ranked[0][0] == sentence or ranked[0][1] < MIN_OVERLAP:
                return False
            own = [q for q in extract_quantities(ranked[0][0])]
            return bool(own) and not [m for m in compare([quantity], own) if m.kind == "contradiction"]
        if part.rstrip().endswith("的") and _is_zh(part):
            case = part + "，"
        elif part not in "，,；;":
            case = ""
        start = end
    return False


def _case_is_that_sentences(case: str, sentence: str, clause_text: str) -> bool:
    """Whether the claim's case (…的) is the sentence's: none of its words missing there stands elsewhere in the article
    (申请变更董事的 is one of 前款所列其他事项, item (四) of 非银行支付机构监督管理条例第十三条, not the sentence about
    变更名称、注册资本 that shares 申请变更 with it)."""
    missing = _wording(case, True) - _wording(sentence, True)
    return not missing & _wording(clause_text, True)


# "if it wishes / 如其愿意" states discretion (an option: modality.py reads it so), not a case the claim speaks of
_DISCRETION = re.compile(r"\bif (?:it|they|he|she|you) (?:so )?(?:wish|wishes|choose|chooses|like|likes|prefer|prefers)\b|"
                         r"如果?(?:其|它|他们)?愿意|(?:其|它)?愿意的话", re.I)
# Words that make a claim conditional (an exception or the case it applies to)
_OWN_CONDITION_ANY = re.compile(r"但是|除外|除非|不适用|另有规定|如果|若|的[，,]|时[，,]|(?<!be )(?<!is )(?<!are )(?<!being )\bsubject to\b|"
                                r"\b(?:unless|except|provided (?:that|they|it)|on condition that|"
                                r"where|if|when|once|as long as)\b", re.I)
# Words by which a claim states an exception itself (it then cannot overreach by leaving the clause's out)
_OWN_EXCEPTION = re.compile(r"但是|除外|除非|不适用|另有规定|(?<!be )(?<!is )(?<!are )(?<!being )\bsubject to\b|"
                            r"\b(?:unless|except|provided (?:that|they|it)|on condition that)\b", re.I)
# An exception a clause makes to its own rule, in English (GDPR Art. 17(3), Art. 30(5) "shall not apply")
_CLAUSE_EXCEPTION_EN = re.compile(r"\b(?:unless|except|other than|provided that|save where|with the exception of|"
                                  r"shall not apply|does not apply|shall not be required|without prejudice)\b", re.I)
_SWEEPING_EXEMPTION_ZH = re.compile(r"(?:一律|一概|均|都|全部|完全|概)不适用")
_OWN_CONDITION = re.compile(r"但是|除外|除非|不适用|另有规定|(?<!be )(?<!is )(?<!are )(?<!being )\bsubject to\b|"
                            r"\b(?:unless|except|provided (?:that|they|it)|on condition that|where|if)\b", re.I)


def _overreaches(claim: str, clause_text: str, readings: list[str] | None = None) -> bool:
    """The claim uses a universal word (all/any/never/一律/任何 …) while the sentences it paraphrases (`readings`; the
    whole clause when none is given) speak of no such universality, and the clause has conditions or exceptions the
    claim leaves out (a claim stating its own condition or exception does not overreach)."""
    # "一律不适用" (never applies, whatever the case) is the claim's own sweeping rule, not an exception it states
    # (网络数据安全管理条例第六十三条 exempts only 自然人因个人或者家庭事务处理个人信息)
    own = _SWEEPING_EXEMPTION_ZH.sub(" ", claim)
    if _OWN_EXCEPTION.search(own):
        # a claim stating an exception does not overreach, unless it adds "in all circumstances" to a rule the clause
        # makes more exceptions to than the claim states ("may never process it except on the controller's instructions,
        # in all circumstances" against "… except on instructions from the controller, unless he or she is required to do
        # so by Union or Member State law", GDPR Art. 32(4))
        exceptions = _EXCEPTION_ZH if _is_zh(clause_text) else _CLAUSE_EXCEPTION_EN
        stated = len(_OWN_EXCEPTION.findall(own))
        return bool(_UNCONDITIONAL.search(_OWN_EXCEPTION.split(own)[-1] + " " + own)) \
            and not any(_speaks_universally(text, True) for text in (readings or [clause_text])) \
            and len(exceptions.findall(" ".join(readings or [clause_text]))) > stated
    if _is_zh(claim):
        used = [w for w in _whole_words(claim, _SCOPE_ZH) if not _distributive(claim, w)]
    else:
        used = [m.group(0).lower() for m in _SCOPE_EN.finditer(claim)]
    if not used:
        return False
    # the clause says "任何单位和个人 / any transfer" itself; "always / 一律 / in every case" (whatever the circumstances)
    # is licensed only by the same kind of word, not by an "any person" in the sentence
    # read in place, so a universal word's phrase counts (所有 in 在所有情况下 is "whatever the circumstances")
    unconditional = any(_UNCONDITIONAL.match(claim, m.start()) for w in used for m in re.finditer(re.escape(w), claim, re.I))
    if _OWN_CONDITION.search(_DISCRETION.sub(" ", own)):
        # a claim stating the case it speaks of ("Where the data subject withdraws consent, …") may say "any" of that
        # case; it overreaches only when it says "always / without exception" of a rule the clause makes exceptions to
        # (GDPR Art. 17(3) "Paragraphs 1 and 2 shall not apply to the extent …")
        exceptions = _EXCEPTION_ZH if _is_zh(clause_text) else _CLAUSE_EXCEPTION_EN
        if unconditional:
            return bool(exceptions.search(clause_text)) \
                and not any(_speaks_universally(text, True) for text in (readings or [clause_text]))
        # within its case, "all / 所有 …" of what the clause lists one by one ("derogations from the rights referred to in
        # Articles 15, 16, 18 and 21", GDPR Art. 89(2); 下列…) claims more than the list
        return _all_of_a_list(claim, readings or [clause_text])
    if _is_zh(claim) and _is_zh(clause_text) and not _classes(claim) & {"prohibition", "no_right"} \
            and _restricted_noun(claim, " ".join(readings or [clause_text])):
        return True  # (under a ban, "不得泄露…任何信息" is how a ban reads: see below)
    if not _case_of_its_own(claim):
        # a universal word of the clause inside the case it opens with (任何国家或者地区…采取歧视性…措施的，…对该国家或者地区
        # 对等采取措施, 数据安全法第二十六条) names who the case is about, not who the rule is about: it licenses none in a
        # claim that drops the case
        licensing = [_rule_without_cases(text) for text in (readings or [clause_text])]
    else:
        licensing = readings or [clause_text]
    if any(_speaks_universally(text, unconditional) for text in licensing):
        return False
    if not unconditional and _classes(claim) & {"prohibition", "no_right"} <= _classes(" ".join(readings or [clause_text])) \
            and _classes(claim) & {"prohibition", "no_right"}:
        # "不得泄露…任何信息 / shall not disclose any data" is how a ban reads (征信业管理条例第二十二条 不得泄露工作中获取的
        # 信息): "any" under a ban the clause also states overreaches only past an exception the clause makes to it
        exceptions = _EXCEPTION_ZH if _is_zh(clause_text) else _CLAUSE_EXCEPTION_EN
        return bool(exceptions.search(clause_text))
    if _is_zh(clause_text):
        return any(w in clause_text for w in _CONDITION_ZH)
    return bool(_CONDITION_EN.search(clause_text))


# 均 / 都 after an enumeration the claim states itself ("客户身份资料在业务关系结束后、客户交易信息在交易结束后，均须至少保存
# 十年", 反洗钱法第三十四条 as a drafting model restates it) says "each of these", not "all / always" (general Chinese
# usage: 均 refers back to the items named before it)
_ENUMERATED_BEFORE = re.compile(r"、|以及|及|和|与")


def _distributive(claim: str, word: str) -> bool:
    if not word.startswith(("均", "都")):
        return False
    spots = [m.start() for m in re.finditer(re.escape(word), claim)]
    return bool(spots) and all(_ENUMERATED_BEFORE.search(re.split(r"[。；;]", claim[:at])[-1]) for at in spots)


# The noun a Chinese universal word quantifies: 所有数据电文 → 数据电文
_QUANTIFIED_ZH = re.compile(r"(?:所有|一切|全部|任何)(?:的)?([\u4e00-\u9fff]{2,6})")


def _restricted_noun(claim: str, clause_text: str) -> bool:
    """The claim says "所有 N" of a noun the clause restricts with a relative clause (…的 N): "能够有形地表现所载内容，并可以
    随时调取查用的数据电文，视为符合…书面形式" (电子签名法第四条) is not said of every 数据电文."""
    for m in _QUANTIFIED_ZH.finditer(claim):
        noun = m.group(1)
        for size in (4, 3, 2):
            head = noun[:size]
            if len(head) == size and "的" + head in clause_text and not re.search(r"(?:所有|一切|全部|任何)(?:的)?" + head, clause_text):
                return True
    return False


_CASE_PART_ZH = re.compile(r"[^，,。；;：:]{2,160}?的[，,]")
_CASE_PART_EN = re.compile(r"\b(?:where|if|when|in (?:the )?cases? where)\b[^,;]{3,160},", re.I)


def _case_of_its_own(claim: str) -> bool:
    """The claim opens a case of its own (…的，/ …时，/ where …,): it then speaks of that case."""
    return bool(re.search(r"的[，,]|时[，,]", claim)) if _is_zh(claim) else bool(_CASE_PART_EN.search(claim))


def _rule_without_cases(text: str) -> str:
    """A sentence without the cases it opens (…的，/ where …,): the rule it states for them."""
    return _CASE_PART_ZH.sub("", text) if _is_zh(text) else _CASE_PART_EN.sub("", text)


# Lists a clause makes of what a rule covers: "Articles 15, 16, 18 and 21", "points (a) and (b)", 下列 / 以下 (its items),
# 第十四条、第十六条 …
_LISTED = re.compile(r"\bArticles\s+\d+(?:\(\d+\))?(?:\s*,\s*\d+(?:\(\d+\))?)*\s+(?:and|or)\s+\d+|\bpoints\s+\([a-z]\)|"
                     r"下列|以下|" + CN_ARTICLE_LABEL + "、")
_ALL_OF_EN = re.compile(r"\b(?:all|every|each)\b", re.I)
_ALL_OF_ZH = re.compile(r"所有|全部|一切|任何")


def _all_of_a_list(claim: str, readings: list[str]) -> bool:
    """A claim saying "all / 所有" in its rule (after the case it opens with) where the sentences it paraphrases list what
    the rule covers and say no "all" themselves."""
    zh = _is_zh(claim)
    rule = claim.split("，" if zh else ",", 1)[-1]
    if not (_ALL_OF_ZH if zh else _ALL_OF_EN).search(rule):
        return False
    return any(_LISTED.search(text) for text in readings) and not any(_speaks_universally(text) for text in readings)


# "Only" turns an option into a limit: 只能通过信息主体采集 against 可以通过信息主体、企业交易对方、行业协会…采集
# (征信业管理条例第二十一条), "only against the designated controller" against "against each of the controllers" (GDPR
# Art. 26(3)). Not "only if / 只有…才" (a condition), nor "not only" (an addition).
_ONLY_ZH = re.compile(r"只能|仅能|只可|仅可|仅限|只限|唯一")
_ONLY_EN = re.compile(r"(?<!not )\b(?:only|solely|exclusively)\b(?! (?:if|where|when|after|once|to the extent|insofar)\b)", re.I)
# What in the clause already limits the act: its own "only", a condition it must meet (方可, 才), an exception or a ban
# on everything else (除…外, 以外, except, unless, shall not …)
_LIMITED_ZH = re.compile(r"只|仅|方可|才|除外|以外|不得|禁止|限于")
_LIMITED_EN = re.compile(r"\b(?:only|solely|exclusively|except|unless|other than|shall not|may not|must not|limited to)\b", re.I)


# "any one of them / each of the controllers": the clause opens the act to every one of a group (个人信息保护法第二十条
# 向其中任何一个个人信息处理者要求行使, GDPR Art. 26(3) against each of the controllers)
_ANY_OF_ZH = re.compile(r"任何一个|任何一方|任一|其中任何|每一个|各方")
_ANY_OF_EN = re.compile(r"\b(?:each|any|every|either) (?:one )?of\b", re.I)


# Alternatives a clause lists: 通过信息主体、企业交易对方、行业协会…; "in respect of or against"
_ALTERNATIVES = re.compile(r"、|或者|\bor\b", re.I)


def _opens_to_all(claim: str, sentence: str) -> bool:
    """The sentence opens the act to any one of a group, or allows it (可以 / may / a right) in any of several ways it
    lists: what an "only" in the claim would narrow. An option stated once ("may charge a reasonable fee") is not: "only"
    may paraphrase a limit set elsewhere in the article."""
    if (_ANY_OF_ZH if _is_zh(sentence) else _ANY_OF_EN).search(sentence):
        return True
    classes = _sub_clause_classes(claim, sentence)
    if "obligation" in classes and _DUTY_EITHER_WAY.search(sentence):
        # a duty the sentence lets be done either way (应当定期自行或者委托专业机构…进行合规审计, 网络数据安全管理条例第二十七条;
        # "either … or"): "only" one of the ways narrows it, unless the claim's "only" keeps the alternatives
        only = (_ONLY_ZH if _is_zh(claim) else _ONLY_EN).search(claim)
        return bool(only) and not _ALTERNATIVES.search(claim[only.end():])
    return bool(classes & {"permission", "right"}) and bool(_ALTERNATIVES.search(sentence))


# A claim that an actor may do a duty one of its ways (可以委托 / 可以自行 / "may entrust / may do it itself")
_ONE_OF_THE_WAYS = re.compile(r"(?:可以|可)(?:委托|自行(?!决定|选择|确定|判断)|通过)|\bmay (?:entrust|do (?:so|it) (?:itself|themselves)|use)\b", re.I)
# The ways a duty may be done, each open to the duty holder: 自行或者委托, 自行或委托, "either by itself or …"
_DUTY_EITHER_WAY = re.compile(r"自行或者?委托|自行或者?通过|\beither (?:itself|themselves|directly)\b|\beither\b[^.;]{1,60}\bor\b", re.I)


def _narrows(claim: str, sentence: str) -> bool:
    """The claim says the act may be done only so, where the sentence allows it or opens it to all, with no limit."""
    zh = _is_zh(claim)
    only = (_ONLY_ZH if zh else _ONLY_EN).search(claim)
    if zh != _is_zh(sentence) or not only:
        return False
    if re.search(r"的情况下|的情形|时[，,]|条件", claim[only.end():]) or _IF_EN.search(claim[only.end():]):
        return False  # "can only port data where processing is based on consent": a condition restated, not narrowed
    if (_LIMITED_ZH if zh else _LIMITED_EN).search(sentence):
        return False
    return _opens_to_all(claim, sentence)


_UNIVERSAL_ZH = (*_SCOPE_ZH, "任何", "均", "每", "凡", "终身")  # 终身: see _UNCONDITIONAL
_UNIVERSAL_EN = re.compile(_SCOPE_EN.pattern + r"|\beach\b|\bno (?:person|one|controller|processor)\b", re.I)


_UNCONDITIONAL = re.compile(r"一律|无论|不论|任何情|任何时候|所有情[况形]|一切情[况形]|无条件|无一例外|毫无例外|从不|永远|绝不|一概|概不|随时|"
                            r"没有(?:任何)?例外|不存在例外|概无例外|不设例外|绝对|总是|始终|不管|任何条件下|"
                            # for life: 网络安全法第六十六条 "终身不得从事…关键岗位的工作" is a ban for ever ("never again")
                            r"终身|"
                            r"\b(?:under all circumstances|in no case|invariably)\b|"
                            r"\b(?:always|never|in (?:all|any|every) (?:cases?|circumstances)|under any circumstances|"
                            r"unconditionally|without (?:any )?exceptions?|no exceptions?|regardless|whatever|no matter|"
                            r"at all times|at any time|whatsoever|"
                            # GDPR Art. 26(3) "Irrespective of the terms of the arrangement", Art. 21(5) "notwithstanding"
                            r"irrespective|notwithstanding)\b", re.I)


# The strongest universal phrases: whatever the case, the reason or the circumstances (not "any" / "always", which a
# paraphrase of one rule may use)
_WHATEVER = re.compile(r"\b(?:for (?:any|whatever) reasons?|whatever the (?:reason|case|circumstances)|for no reason|"
                       r"in (?:all|every) cases?|in all circumstances|under (?:any|all) circumstances|without (?:any )?exceptions?|"
                       r"unconditionally|no matter (?:what|why|how))\b|无论(?:任何|什么)?(?:原因|理由|情况)|不论(?:任何|什么)?(?:原因|理由|情况)|"
                       r"任何情况下|一律|无条件|无一例外|毫无例外", re.I)


def _speaks_universally(text: str, unconditional: bool = False) -> bool:
    if unconditional:
        return bool(_UNCONDITIONAL.search(text))
    return any(w in text for w in _UNIVERSAL_ZH) if _is_zh(text) else bool(_UNIVERSAL_EN.search(text))


def _whole_words(text: str, words: list[str]) -> list[str]:
    """The words that occur in `text` as whole words (jieba's segmentation): 从不良行为 does not say 从不 (never)."""
    from ..text.tokens import _jieba

    bounds, at = {0}, 0
    for token in _jieba().cut(text):
        at += len(token)
        bounds.add(at)
    return [w for w in words if any(m.start() in bounds and m.end() in bounds for m in re.finditer(re.escape(w), text))]


def _short(text: str, limit: int = 60) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
