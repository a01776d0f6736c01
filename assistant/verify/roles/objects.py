"""The one acted on made the actor (pure): a claim whose subject the sentence names only as what a verb or preposition
governs (subject_only_as_object).
"""

from __future__ import annotations

import re

from ...text.numerals import NUMBER
from ..denials import _CONDITION_OPENING_ZH  # the words that open a condition (如果, 一旦, 只要 …)
from ...language import is_chinese
from ..modality import Finding, normalised
from .phrases import _names_a_party, _words, same_party, subject_of

# What marks a noun as the object of a verb or preposition: 委托专业机构, 向有关部门, 对个人; "to / with / mandate a …"
_OBJECT_BEFORE_ZH = re.compile(r"(?:向|对|与|经|给|委托|要求|请求|督促|指导|监督|通知|告知|授权|协助|配合)(?:有关|相关|该|其|各|上述)?$")
_OBJECT_BEFORE_EN = re.compile(r"\b(?:to|with|from|by|of|for|against|mandate|instruct|ask|require|request|inform|"
                               r"notify|entrust|appoint|designate)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|any\s+)?$",
                               re.I)


def _one_party_by_the_lexicon(a: str, b: str) -> bool:
    """Both phrases open with the same party as the actor lexicon names it (高管 and 高级管理人员 are both the directors;
    银行 and 金融机构 both the institution)."""
    from ...lexis.parties import actors_in, same_side

    first_a, first_b = actors_in(a)[:1], actors_in(b)[:1]
    return bool(first_a and first_b) and same_side(first_a[0], first_b[0])


_BY_AFTER_MODAL_ZH = re.compile(r"(?:应当|应|须|必须|需|要)由")


# (and 报 / 报经 / 报请 / 报送, "submit to / report to": a verb phrase whose subject is elided, "…由业务部门确定，报个人信息保护
# 负责人审批" has the business department submit it, policy-model-risk 第十八条)
_COVERB_OPENING_ZH = re.compile(r"(?:向|对|与|给|从|把|将|报)")


def subject_only_as_object(claim: str, sentence: str) -> Finding | None:
    """A finding when the claim's subject is named in the sentence, but only as what a verb or preposition governs
    ("委托专业机构…进行合规审计" made "专业机构应当…审计"; "mandate a not-for-profit body" made "the body has the right to
    mandate …"), while the sentence's own subject is another party."""
    from ..actors.holders import AGREEMENT, passive_with_agent  # an agreement binds both its parties (应当与受托人约定): either may be its subject
    from ..actors.subjects import _agent_opening

    if is_chinese(claim) != is_chinese(sentence) or AGREEMENT.search(claim):
        return None
    if passive_with_agent(claim):
        # an English passive naming its agent ("The DPO cannot be dismissed by the controller", GDPR Art. 38(3)): its
        # subject is the one acted on, as the Chinese 须由 below; the agent is the one the actor checks compare
        return None
    mine, theirs = subject_of(claim), subject_of(sentence)
    if len(_words(mine)) < (2 if is_chinese(claim) else 1) or not _names_a_party(theirs) or same_party(mine, theirs):
        return None  # a thing as the sentence's subject ("The arrangement shall reflect …") may be restated actively
    if is_chinese(claim) and _COVERB_OPENING_ZH.match(mine.strip()):
        # a coverb's phrase is no subject: "…评估通过后，向境外提供个人信息和重要数据不得超出…" elides who provides (网络数据
        # 处理者, 网络数据安全管理条例第三十八条), it does not make 境外 the actor (general Chinese grammar: 向/对/与/给/从/把/将
        # open a prepositional phrase before the verb)
        return None
    if _one_party_by_the_lexicon(mine, theirs):
        return None  # the same party in other words: 银行董事、高管 for 金融机构董事、监事、高级管理人员 (反洗钱法)
    by = _BY_AFTER_MODAL_ZH.search(normalised(claim)) if is_chinese(claim) else None
    if by and (not _names_a_party(mine) or _agent_opening(normalised(claim)[by.end() - 1:])):
        # a Chinese passive naming its agent (补救措施须由个人信息处理者立即采取, 个人信息保护法第五十七条): its subject is the
        # thing acted on, restated passively, not a party turned into the actor; and when 由 names a party the actor
        # lexicon knows, that party is the one that acts ("消费者…提出的意见，应当由有关行政部门听取", 消费者权益保护法第三十二条
        # 有关行政部门应当听取消费者…的意见), whom the actor checks compare
        return None
    verbatim = [m.start() for m in re.finditer(re.escape(mine.strip()), normalised(sentence))] if mine.strip() else []
    if is_chinese(claim) and not _names_a_party(mine) and verbatim and all(normalised(sentence)[at - 1 : at] == "的"
                                                                       for at in verbatim):
        # nor in Chinese, a thing the sentence has only as a thing of something (…的整理、保存和加工): "…采集的信息，其整理、
        # 保存和加工应当在中国境内进行" (征信业管理条例第二十四条) restates the acts the sentence opens with, no party made the actor
        return None
    if is_chinese(claim) and _CONDITION_OPENING_ZH.match(normalised(claim)) and not _names_a_party(mine):
        # nor in Chinese, a claim that opens with a condition and names no party as its subject: "如果银行采取的措施能有效
        # 避免泄露造成危害，可以不通知…" (个人信息保护法第五十七条) has only the condition before its modal verb, whose thing
        # (措施) is no party turned into the actor
        return None
    if is_chinese(claim) and not _names_a_party(mine) and _topic_of_its_verb(mine, claim, sentence):
        # nor in Chinese, where a thing before the modal verb is the topic of a notional passive whose verb the sentence
        # puts before it as its object (支付账户必须用用户的真实身份开立 against 开立…支付账户: the account is what is
        # opened, general Chinese grammar), as the English subject below: no party made the actor
        return None
    if not is_chinese(claim) and not _names_a_party(_POST_MODIFIER_EN.split(mine, maxsplit=1)[0]):
        # nor is a thing as the claim's subject a party turned into the actor: "The record of processing activities …
        # must contain" (GDPR Art. 30) is what the controller maintains, said passively
        return None
    if not is_chinese(claim) and _agent_noun_of_participle(mine, theirs):
        # nor is a party described by the act the sentence's subject is named for: "a bank deploying a high-risk AI system
        # … has to" against "deployers of high-risk AI systems … shall" (AI Act Art. 27(1)); the one who deploys is a
        # deployer, whatever else the claim names it (English word formation: V-ing after a noun, V-er / V-or its agent)
        return None
    found = _occurrences(mine, normalised(sentence))
    if not found or _holds_a_modal_there(mine, sentence):
        return None
    text = normalised(sentence)
    if not any(_at_subject_position(text[:at], is_chinese(claim)) for at in found):
        return Finding("actor", f"the clause names {mine.strip()} as the one acted on or through; {theirs.strip()} is "
                                f"the one that acts")
    return None


# the predicate after a Chinese modal verb, up to the end of the claim (its last two characters are the verb of a
# predicate that ends on it: …开立, …进行审计)
_PREDICATE_ZH = re.compile(r"(?:应当|必须|须|应|需要|需|要|可以|不得|不能)([^，,；;。]+?)[。；;！!]?\s*$")
# how far the sentence's verb may stand before the noun it governs (开立匿名、假名支付账户)
_OBJECT_REACH = 8


def _topic_of_its_verb(mine: str, claim: str, sentence: str) -> bool:
    """The claim's Chinese predicate ends on a verb that the sentence has before the claim's subject, as its object."""
    m = _PREDICATE_ZH.search(normalised(claim))
    core = mine.strip()[-4:]
    if not m or len(m.group(1)) < 2 or not core:
        return False
    verb = m.group(1)[-2:]
    return bool(re.search(re.escape(verb) + rf"[^，,。；;]{{0,{_OBJECT_REACH}}}?" + re.escape(core), normalised(sentence)))


def _holds_a_modal_there(phrase: str, sentence: str) -> bool:
    """Whether the party `phrase` names is the subject of some modal verb of `sentence` (by the actor lexicon): "用户可以
    提取…，但是非银行支付机构不得向用户支付…" (非银行支付机构监督管理条例第二十四条) has the institution act in its second
    sub-clause, though only 用户 is the subject of the first."""
    from ...lexis.parties import ACTORS_EN_RE, ACTORS_ZH_LONGEST_FIRST, same_side
    from ..actors.holders import _duty_holders

    phrase = normalised(phrase).strip()
    # the lexicon's actor must be the phrase's head noun (where it ends): "consumer association" is no consumer
    if not is_chinese(phrase):
        phrase = _POST_MODIFIER_EN.split(phrase, maxsplit=1)[0]
    if is_chinese(phrase):
        mine = next((name for word, name in ACTORS_ZH_LONGEST_FIRST if phrase.endswith(word)), None)
    else:
        mine = next((name for p, name in ACTORS_EN_RE for m in p.finditer(phrase) if m.end() == len(phrase)), None)
    return mine is not None and any(same_side(mine, h) for h in _duty_holders(sentence))


# What may stand before a subject: the start, a punctuation mark, a conjunction joining two subjects, a determiner
_SUBJECT_BEFORE_ZH = re.compile(rf"(?:^|[，,。；;：:、]|和|及|以及|或者|或)\s*(?:第{NUMBER}条\s*)?(?:有关|相关|该|其|各|上述|其他)?\s*$")
_SUBJECT_BEFORE_EN = re.compile(r"(?:^|[,;:.]|\band\b|\bor\b)\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:(?:the|a|an|each|every|"
                                r"any|all|such|its|their|that|this)\s+)*$", re.I)


def _at_subject_position(before: str, zh: bool) -> bool:
    """Whether a noun after `before` can be a subject: it opens a sub-clause or joins another subject; after a verb or a
    preposition (委托专业机构, 向老年人提供, 保障老年人…, "mandate a body") it is what the verb governs."""
    if zh:
        return bool(_SUBJECT_BEFORE_ZH.search(before)) and not _OBJECT_BEFORE_ZH.search(before)
    return bool(_SUBJECT_BEFORE_EN.search(before)) and not _OBJECT_BEFORE_EN.search(before)


# what opens an English post-modifier (general English grammar): a prepositional phrase or a relative clause
# a present participle right after a noun (not after a preposition or a conjunction: "for processing", "before deploying"):
# the noun's act, as in "a bank deploying a system", "a company providing services"
_PARTICIPLE_AFTER_NOUN_EN = re.compile(r"\b(?!(?:for|to|of|by|in|on|from|with|without|before|after|when|while|prior|"
                                       r"upon|about|is|are|be|been|was|were)\b)[a-z-]{2,}\s+([a-z]{3,})ing\b", re.I)


def _agent_noun_of_participle(mine: str, theirs: str) -> bool:
    """Whether the sentence's subject names the agent noun (V-er / V-or) of a participle describing the claim's subject:
    "a bank deploying …" and "deployers", "a firm providing …" and "providers", "a company processing …" and "processor"."""
    for m in _PARTICIPLE_AFTER_NOUN_EN.finditer(mine):
        stem = m.group(1).lower()
        if re.search(rf"\b{re.escape(stem)}(?:er|or)s?\b", theirs, re.I):
            return True
    return False


_POST_MODIFIER_EN = re.compile(r"\s+(?:of|that|which|who|whose|with|in|for|under|established|referred)\s+", re.I)


def _phrase_start(head: str, text: str, at: int) -> int:
    """Where the phrase whose last four characters stand at `at` begins: back over as much of the phrase's `head` (what
    comes before those four) as the text has there. The marker that governs a noun stands before the whole phrase, not
    inside it: "接管期限届满" opens 商业银行法第六十七条 ("接管期限届满，国务院银行业监督管理机构可以决定延期"), though its last
    four characters follow 接管."""
    n = 0
    while n < len(head) and n < at and text[at - n - 1] == head[len(head) - n - 1]:
        n += 1
    return at - n


def _occurrences(phrase: str, text: str) -> list[int]:
    """Where `phrase` (its last words: the head noun) stands in `text`."""
    if is_chinese(phrase):
        core = phrase[-4:] if len(phrase) > 4 else phrase
        return [_phrase_start(phrase[: -len(core)], text, m.start()) for m in re.finditer(re.escape(core), text)]
    # the head of an English noun phrase stands before its post-modifier: "Providers of high-risk AI systems" is about
    # providers (AI Act Art. 19), not the systems ("generated by their high-risk AI systems" names no provider)
    phrase = _POST_MODIFIER_EN.split(phrase, maxsplit=1)[0]
    words = [w for w in re.findall(r"[\w-]+", phrase.lower()) if w not in ("the", "a", "an")]
    if not words:
        return []
    core = r"\b" + r"[\s-]+".join(re.escape(w) for w in words[-3:]) + r"\b"
    starts = [m.start() for m in re.finditer(core, text, re.I)]
    # the article before the noun belongs to the marker's context: "mandate a not-for-profit body"
    return [re.match(r"(?s).*?((?:\b(?:the|a|an|its|their|any)\s+)?)$", text[:at]).start(1) for at in starts]
