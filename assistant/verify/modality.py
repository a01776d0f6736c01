"""Modal verbs of legal text, in Chinese and English: duty, option, restriction, exemption, ban, right (pure).

A modal verb says what its subject must, may, need not or must not do: 应当/必须/shall/must (obligation), 可以/may
(permission), 只能/may only (restriction), 无需/可以不/need not (exemption), 不得/禁止/shall not (prohibition), 有权/has the
right (right), 无权/has no right (no right). The longest expression wins; words that only look modal are skipped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..language import is_chinese
from .causatives_en import CAUSATIVE_RIGHT_EN

# Modality classes, longest spellings first within each class. Chinese words are matched as substrings;
# English ones on word boundaries. "不得" must win over "得", "无需" over "需", "shall not" over "shall".
MODAL_WORDS_ZH = {
    "prohibition": ["不得", "禁止", "严禁", "不准", "不允许", "不能", "不可以", "不可"],
    # 可以不 (商业银行法第三十六条 可以不提供担保, 个人信息保护法第五十七条 可以不通知个人): free not to act, no duty
    "exemption": ["无需", "无须", "毋须", "不需要", "不需", "不必", "不用", "没有义务", "不负有", "免于", "不要求",
                  "无义务", "并非必须", "不是必须", "非必须", "不一定要", "不强制", "可以不", "可不",
                  # 不是强制的 / 并非强制 / 非强制性 (not mandatory; 强制性 is the statutes' word for binding, 强制性国家标准,
                  # 网络安全法第十五条; general usage)
                  "不是强制", "并非强制", "非强制",
                  "没有必要", "无必要",
                  # the everyday words of the same (general Chinese usage): 没义务 (没有义务 shortened), a requirement or
                  # necessity denied (不是必需的 / 不是必要的, 没有硬性要求, 不强求)
                  "没义务", "不是必需", "不是必要", "并非必要", "非必需", "没有硬性要求", "没硬性要求", "不硬性要求", "不强求",
                  # 不承担…义务 / 责任: a duty or liability denied (only so: see _false_zh_modal)
                  "不承担", "不再承担",
                  # 负责 (a duty, below) negated: 不负责 / 并不负责 / 不再负责 frees its subject of the task (general usage)
                  "不负责", "并不负责", "不再负责"],
    "no_right": ["无权", "没有权利", "不享有", "无权利"],
    # 负责 (is responsible for: 保护工作部门…负责组织认定, 关键信息基础设施安全保护条例第十条) binds its subject as 应当 does
    "obligation": ["应当", "必须", "须", "应", "负有", "有义务", "需要", "要求", "不得不", "负责"],
    # restriction: 只能 / 仅能 (may, but only so) both allows and binds ("只能用于维护公共安全的目的，不得用于其他目的",
    # 个人信息保护法第二十六条): it paraphrases a duty (应当按照约定的用途使用) as well as a limited option, so it opposes neither
    "restriction": ["只能", "仅能", "仅可", "只可"],
    # discretion (the actor decides whether) is a permission too
    "permission": ["可以", "允许", "可", "得以", "酌情", "视情况", "自行决定", "自主决定", "决定是否",
                   # 自己决定 / 自己说了算: the colloquial 自行决定 (general usage)
                   "自己决定", "自己说了算", "自己定",
                   "选择是否", "自由决定", "不禁止", "并不禁止", "未禁止", "没有禁止",
                   # what is not restricted is allowed, as what is not banned (general usage)
                   "不限制", "并不限制", "没有限制",
                   # encouragement is no duty: 国家鼓励… (数据安全法第十六条, 个人信息保护法第六十二条 鼓励、支持…)
                   "鼓励", "提倡"],
    "right": ["有权", "享有", "有权利"],
}
_EN = {
    "prohibition": [r"shall not", r"must not", r"may not", r"cannot", r"can ?not", r"is prohibited", r"are prohibited",
                    r"prohibited", r"forbidden", r"not (?:be )?(?:allowed|permitted)", r"under no circumstances may",
                    r"(?:shall|must|may|can) no longer", r"banned",
                    # barred / precluded from (general English usage: a bar is a ban)
                    r"(?:is|are|shall be|will be) (?:barred|precluded) from",
                    # a rule that "does not allow / permit" an act bans it
                    r"(?:does|do|did)(?: not|n't) (?:allow|permit)",
                    # …and a rule that "forbids / prohibits / bars / bans X from doing" it (the active of "is prohibited",
                    # as "allows / permits" below is the active of "is allowed"; general English usage: "prohibit someone
                    # from doing"); the verb needs its "from + -ing" object, so "the ban on" or "bars" as a noun is none,
                    # and "does not prohibit" (negated) stays out
                    r"(?<!not )(?<!n't )(?<!never )(?:forbids?|prohibits?|bars?|bans?)(?= (?:[\w'’,-]+ ){1,12}?from \w+ing\b)",
                    # the past tense a claim about a transitional rule uses ("they could not keep their old arrangements")
                    r"could not", r"couldn't",
                    # contractions of the same (general English usage): "can't serve as a director"
                    r"can't", r"mustn't", r"shan't",
                    # the contracted "not allowed / permitted" ("isn't allowed to", "aren't permitted to"), read as the full
                    # form is (without it the bare "allowed" below made the ban an option)
                    r"(?:is|are|was|were)n't (?:allowed|permitted)",
                    # "can never process …": the negation after the modal verb makes it a ban, not an option
                    r"(?:shall|must|may|can|could) never"],  # "the ban on X" names a rule, it applies none
    "exemption": [# "may, but is not required to" / "may but need not": an option both ways is no duty; read whole, so its
                  # "may" is no permission of its own (general English usage; the modal verbs of GDPR Art. 37(4) "may or …
                  # shall")
                  r"(?:may|can),? (?:but|yet) (?:(?:is|are) )?(?:not|never) (?:required|obliged|obligated|bound) to",
                  r"(?:may|can),? (?:but|yet) (?:need not|needn't|(?:does|do) ?(?:not|n't) (?:need|have) to)",
                  r"need not", r"needn't", r"not (?:be )?required to", r"no need to", r"(?:is|are) not obliged",
                  r"(?:is|are) never obliged", r"not obliged", r"(?:is|are)(?: not|n't) obligated", r"(?:does|do) ?(?:not|n't) (?:need|have) to", r"(?:is|are)n't (?:required|obliged)",
                  r"without (?:the )?need", r"not necessary", r"exempt(?:ed)? from", r"never (?:has|have|needs?) to",
                  r"(?:has|have|is under|are under|bears?) no (?:legal )?(?:obligation|duty)", r"no obligation to",
                  r"(?:is|are) not (?:mandatory|compulsory)", r"does not require", r"do not require",
                  # "encouraged, but not required, to …": the bare negation is no duty either
                  r"not (?:required|mandatory|compulsory|obligatory)",
                  r"(?:shall|will|need|must) not be (?:required|obliged|obligated|bound)",  # GDPR Art. 11(1) "shall not be obliged to"
                  r"(?:is|are) not required",
                  r"no (?:\w+ ){1,5}(?:is|are|shall be|will be) required",
                  # "Such a transfer shall not require any specific authorisation" (GDPR Art. 45(1)): what is not required
                  # is a duty waived, not a ban ("shall not" alone would read as one)
                  r"(?:shall|will|need|must) not require",
                  # the negated duty read compositionally (general English usage): a negator ("not", "no", "nothing")
                  # with a word of binding ("bound", "compelled", "obligation", "duty", "requirement"), whatever the
                  # wording between: "is not bound to", "is not under any obligation to", "there is no requirement to",
                  # "nothing requires / obliges the bank to"; and "free not to" (the option of not acting)
                  r"(?:is|are|was|were)(?: not|n't)(?: \w+)? (?:bound|compelled|under (?:a|an|any) (?:legal )?(?:obligation|duty|requirement))",
                  r"no (?:legal |such |general )?(?:requirement|obligation|duty) (?:to|for|on)",
                  r"nothing (?:in [\w ,'-]{1,40} )?(?:requires|obliges|compels)", r"free not to",
                  r"(?:can|may) (?:decline|choose not|opt not|elect not) to",
                  # "consent is not needed", "no need for consent", "is unnecessary" (the everyday words of "not required")
                  r"(?:is|are|was|were|be)(?: not|n't)(?: \w+)? needed", r"no need for", r"(?:is|are) unnecessary",
                  # "need" with a noun object negated: "does not need a new conformity assessment", "doesn't need consent"
                  # (general English usage; "does not need to" is matched above)
                  r"(?:does|do|did) ?(?:not|n't) need(?! to\b)"],
    "no_right": [r"(?:has|have) no (?:\w+ )?right", r"(?:is|are) not entitled", r"not have (?:the|a|any) right", r"no right to",
                 # a way or remedy "not open / not available to" a party is one it has no right to take (general usage)
                 r"(?:is|are)(?: not|n't) (?:open|available) to",
                 r"lacks? (?:the|any) right", r"(?:has|have) no entitlement",
                 # a power denied is a right denied (a power is an authority's right, as "right" below reads GDPR Art. 58;
                 # 无权 of an authority, 中国人民银行…有权采取下列措施, 非银行支付机构监督管理条例第三十九条)
                 r"(?:has|have) no (?:\w+ )?powers?(?: to)?", r"not have (?:the|a|any) (?:\w+ )?powers?(?: to)?",
                 r"lacks? (?:the|any) (?:\w+ )?powers?(?: to)?", r"(?:is|are) not empowered to"],
    "obligation": [r"shall", r"must", r"(?:is|are) required to", r"(?:is|are) obliged to", r"(?:has|have|had) to",
                   r"(?:is|are) obligated to", r"required", r"needs? to", r"(?:has|have) (?:a|the) (?:legal )?(?:duty|obligation) to",
                   r"(?:is|are) under (?:a|an) (?:legal )?(?:duty|obligation) to", r"(?:is|are) bound to", r"mandatory", r"compulsory",
                   # a task given to a party is its duty: "The data protection officer shall have at least the following
                   # tasks" (GDPR Art. 39(1)), "responsible for" (GDPR Art. 5(2), AI Act Art. 25 "responsible for")
                   r"(?:is|are) (?:tasked with|charged with|responsible for)", r"(?:has|have) the (?:\w+ )?tasks? of",
                   # "the DPO is the party obliged to carry out the DPIA": the duty holder named by a role noun between
                   # the verb and "obliged" (general English usage)
                   r"(?:is|are) the (?:only |sole )?(?:party|parties|one|ones|body|bodies|entity|entities|person|persons) "
                   r"(?:who (?:is|are) |that (?:is|are) )?(?:obliged|obligated|required|bound|responsible) (?:to|for)"],
    # "shall, with the exception of storage, only be processed" (GDPR Art. 18(2)): an aside may stand between the two
    "restriction": [r"(?:may|can) (?:only|solely)", r"only (?:may|can)", r"(?:may|can|shall|must), [^,;.]{1,60}, (?:only|solely)",
                    # a passive with its agent before the "only": "may be collected and used by business operators only
                    # lawfully …" (消费者权益保护法第二十九条 as English drafts restate it), "may be processed only"
                    r"(?:may|can) be [a-z]+(?:ed|en|wn|ld|id|ne|pt)(?: and [a-z]+(?:ed|en|wn|ld|id|ne|pt))?"
                    r"(?: by [\w'’ -]{2,40}?)? (?:only|solely)"],
    # not the month: "with effect from 25 May 2018" (GDPR Art. 94(1)), "May 2018"; but "paragraph 1 may be provided"
    "permission": [r"(?<!\d )may(?! \d{4}\b)", r"(?<=\d )(?-i:may)(?! \d{4}\b)",
                   r"can", r"(?:is|are) (?:allowed|permitted) to", r"permitted", r"allowed", r"free to",
                   # a rule or party that "allows / permits" an act grants it (the active of "is allowed", general usage;
                   # "does not allow" stays a ban: the negated forms above are matched first)
                   # ("allow for" is what a system makes possible, AI Act Art. 12(1) "shall technically allow for the
                   # automatic recording", no option of anyone's)
                   r"(?<!not )(?<!n't )(?:allows?|permits?)(?! for\b)",
                   # what is voluntary or encouraged binds nobody (GDPR Art. 40(1) "shall encourage the drawing up of codes
                   # of conduct", AI Act Art. 25(4) "voluntary model terms")
                   r"(?:is|are) (?:encouraged|voluntary|discretionary)", r"encouraged to", r"voluntarily",
                   # "The certification shall be voluntary" (GDPR Art. 42(3)): the modal verb makes the option the rule
                   r"(?:shall|must|will) (?:remain |be )(?:voluntary|optional|discretionary)",
                   r"(?:has|have) the option", r"may choose",
                   r"at (?:its|their|his|her|the \w+'s) (?:own )?discretion", r"if (?:it|they|he|she) (?:so )?(?:wish|wishes|choose|chooses)",
                   r"optional(?:ly)?", r"(?:is|are) up to",
                   # "is at liberty to", "it is fine / okay / acceptable for X to" (everyday English for a permission)
                   r"at liberty to", r"(?:is|it's) (?:fine|okay|ok|acceptable) (?:for|to)\b",
                   # discretion given to a party (general English usage, the English of 自行决定 / 决定是否 above): "leaves it
                   # to each bank to decide whether", "decides for itself whether", "has discretion over", "it is for the
                   # bank to decide"
                   r"leaves? (?:it )?(?:up )?to (?:[\w'-]+ ){1,4}?(?:to (?:decide|choose|determine) )?whether (?:or not )?to",
                   # (whether TO act: its own act left to it; "decides whether filing is needed" is a task of judging,
                   # 负责判断是否需要备案, no option)
                   r"(?:decides?|chooses?|determines?) (?:for (?:itself|themselves|himself|herself) )?whether (?:or not )?to",
                   r"(?:has|have) (?:full |sole |complete |the )?discretion",
                   r"it is for (?:[\w'-]+ ){1,4}?to (?:decide|choose|determine) whether (?:or not )?to"],
    "right": [r"(?:shall |will )?(?:has|have) the right", r"(?:shall be|is|are) entitled",
              # "can have the bank erase the data": a right against the one who must act (causatives_en.py)
              CAUSATIVE_RIGHT_EN,
              # not a party's right named as a thing ("infringes consumers' right to have their information protected"):
              # the possessive names whose right it is, and the verb before it says what is done to it
              r"(?<!'s )(?<!s' )right to", r"entitled",
              # a power is an authority's right: GDPR Art. 58 "shall have all of the following investigative powers"
              r"(?:shall |will )?(?:has|have) the (?:\w+ )?powers? to", r"(?:is|are) empowered to",
              # the lead-in of a list of powers or rights: "Each supervisory authority shall have all of the following
              # investigative powers:" (GDPR Art. 58(1)-(3)) gives each item as a power
              r"(?:shall |will )?(?:has|have) (?:all )?(?:of )?the following (?:\w+ )?(?:powers|rights)"],
}
MODAL_EN_RE = {cls: re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I) for cls, words in _EN.items()}
# "shall not apply" says which cases a rule covers, "shall not affect / prejudice / be binding" states a legal effect:
# neither forbids anybody anything. Matched before the classes above, so their "shall not" is not read.
# "is not prohibited", "nothing prevents": a negated prohibition allows
_EN_NOT_PROHIBITED = re.compile(r"\b(?:(?:is|are)(?: not|n't) (?:prohibited|forbidden|banned|barred)|nothing (?:prevents|prohibits|stops)|"
                                r"no (?:prohibition|ban) on)\b", re.I)
# 没有决定权, 不享有知情权, 无删除权: a named right denied
_ZH_NO_NAMED_RIGHT = re.compile(r"(?:没有|不享有|不具有|并无|并没有)[\u4e00-\u9fff]{0,5}?权(?![益限属力])|"
                                # "…不是消费者依法享有的权利" / 并非…的权利: a right denied by the copula (general usage)
                                r"(?:不是|并非|并不是)[\u4e00-\u9fff]{0,12}?(?:享有|具有)?的权利")
_EN_EFFECT = re.compile(r"\b(?:cannot|can ?not|can't|is unable to|are unable to) (?:prove|demonstrate|identify|establish|"
                        r"be identified|repay|fulfil|comply)\b|"
                        r"\b(?:(?:shall|does|do|will|must|should) not|(?:doesn|don|won|shan)'t) (?:apply|affect|prejudice|be binding|bind|be construed|"
                        r"preclude|limit|alter|change|mean|constitute|count)\b|\bwithout prejudice\b|"
                        # "discloses information as required", "where required": a manner or a case, like 按要求 (general
                        # English usage; _false_zh_modal reads 按要求 / 符合要求 so)
                        r"\b(?:as|where|when|if) (?:so |otherwise )?required\b(?! to\b)|"
                        # exposure to a sanction: "Infringements … shall, in accordance with paragraph 2, be subject to
                        # administrative fines up to …" (GDPR Art. 83(4)-(6)): the legal consequence an infringement risks
                        # (imposed case by case, Art. 83(2)), no duty of anyone's, so "can be fined up to …" restates it
                        # (a negated one, "shall not be subject to fines", stays a modal; "shall be fined" against 可以处…
                        # 罚款 is still a duty against an option)
                        r"\b(?:shall|will|may|can|could|might)(?:,[^,;.]{1,80},)?\s+(?:also\s+)?be\s+(?:subject|liable)\s+to\s+"
                        r"(?:[a-z]+\s+){0,2}?(?:fines?|penalt(?:y|ies)|sanctions?)\b|"
                        # and exposure to liability for damage: "each controller … shall be held liable for the entire
                        # damage" (GDPR Art. 82(4)) is what a party answers for, no act it must or may do, so "each of them
                        # can be held liable for the whole damage" restates it
                        r"\b(?:shall|will|may|can|could|might)\s+(?:also\s+)?be\s+(?:held\s+)?(?:jointly\s+(?:and\s+severally\s+)?)?"
                        r"liable\s+for\b|"
                        # …and "can be fined / punished" (can: what may befall an offender, general English usage), the
                        # exposure a penalty article states for its case whether the fine is set by 应当…并处 or 可以处
                        # (中国人民银行法第四十四条: "can be fined up to 50,000 yuan" restates "应当责令改正…并处五万元以下罚款");
                        # the drafting "may be fined" / "shall be fined" stays a modal (an option against a duty)
                        r"\b(?:can|could)\s+(?:also\s+)?be\s+(?:fined|penali[sz]ed|punished|sanctioned)\b", re.I)

# Opposites: (claim class, clause class) pairs that cannot both be true of the same act.
OPPOSITE_CLASSES = {
    ("exemption", "obligation"), ("obligation", "exemption"),
    ("permission", "prohibition"), ("prohibition", "permission"),
    ("right", "no_right"), ("no_right", "right"),
    ("prohibition", "right"), ("no_right", "permission"), ("right", "prohibition"), ("permission", "no_right"),
    ("exemption", "prohibition"),  # "无需…即可" vs "不得…": the claim frees what the clause forbids
    ("permission", "obligation"),  # wrong modality: a duty is not an option
    ("obligation", "permission"),  # …and an option is not a duty
}

@dataclass(frozen=True)
class Finding:
    kind: str  # "polarity" | "modality" | "right" | "scope" | "actor"
    message: str


def normalised(text: str) -> str:
    # the typographic apostrophe (can’t, isn’t) read as the straight one, so one spelling of each contraction serves
    # (length-preserving: positions found in the result hold in the text)
    return unicodedata.normalize("NFKC", text or "").replace("\u2019", "'")



def modal_classes(text: str) -> list[tuple[int, str]]:
    """(position, class) of every modal expression, longer and negative forms first, no overlaps."""
    text = normalised(text)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, str]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    if is_chinese(text):
        for m in _ZH_NO_NAMED_RIGHT.finditer(text):
            taken.append(m.span())
            found.append((m.start(), "no_right"))
        spellings = sorted(((w, cls) for cls, words in MODAL_WORDS_ZH.items() for w in words), key=lambda p: -len(p[0]))
        for word, cls in spellings:
            for m in re.finditer(re.escape(word), text):
                a, b = m.span()
                if free(a, b) and not _false_zh_modal(text, a, word):
                    taken.append((a, b))
                    found.append((a, cls))
        # 有权要求 / 应当允许 / 不得要求: a modal word right after another is the verb it governs, not a second modal
        ends = {b for _, b in taken}
        governed = {a for a, b in taken if a in ends and text[a:b] in _GOVERNED_ZH}
        found = [(a, cls) for a, cls in found if a not in governed]
    for m in _EN_EFFECT.finditer(text):  # not a modal: masked so its "shall not" is not read as a prohibition
        taken.append(m.span())
    for m in _EN_NOT_PROHIBITED.finditer(text):
        taken.append(m.span())
        found.append((m.start(), "permission"))
    # the longest expression wins whatever its class: "shall not be required" (no duty) over "shall not", "shall have
    # the right" (a right) over "shall"; at equal length the order of the classes decides
    order = ("prohibition", "exemption", "no_right", "right", "obligation", "restriction", "permission")
    spans = [(m.start(), m.end(), i, cls) for i, cls in enumerate(order) for m in MODAL_EN_RE[cls].finditer(text)]
    for a, b, _, cls in sorted(spans, key=lambda t: (t[0] - t[1], t[2])):
        if free(a, b):
            taken.append((a, b))
            found.append((a, _negated_by_subject(text, a, cls)))
    return sorted(found)


# "No person shall …", "No fee may be charged", "No individual or organisation may provide …" (how English drafts render
# 任何个人和组织不得…, 网络安全法第二十九条): a subject opened by "no" negates the modal verb after it; the determiner
# stands at the start of the sub-clause, at most eight words before the modal verb
# "nobody / no one / none (of them) may …" is the same subject in one word ("Without approval, nobody in China may
# provide …", how English renders 非经…批准，境内的组织、个人不得…, 数据安全法第三十六条; general English usage)
# (a sentence adverb may open the sub-clause before it: "Generally nobody can …", "In principle no person may …")
# (or after an opening phrase of condition left without its comma: "without approval of the regulator no entity or
# individual may take deposits", how English renders 未经…批准，任何单位和个人不得…, 商业银行法第十一条; the comma after
# an introductory phrase is optional in English)
_NO_SUBJECT_EN = re.compile(r"(?:^|[.;:,]\s*|\b(?:and|or|that)\s+|\b(?:without|absent|barring|unless|except)\s+"
                            r"[^.;:,]{1,80}?\s+)(?:(?:\w+ly|in principle|as a rule)\s+)?"
                            r"(?:no\s+(?:[\w'-]+\s+){1,8}|"
                            r"(?:nobody|no one|no-one|none)\s+(?:[\w'-]+\s+){0,8})$", re.I)
# "No person shall / may disclose" forbids; "no controller is required to" frees from a duty
_CAUSATIVE_VERB_EN = re.compile(r"(?:can|may|could) (?:have|get)\b", re.I)
_NEGATED_BY_NO = {"permission": "prohibition", "obligation": "prohibition", "right": "no_right"}
_DUTY_WORD_EN = re.compile(r"(?:is|are|has|have|needs?)\b|required|obliged|obligated|bound|mandatory|compulsory", re.I)


def _negated_by_subject(text: str, at: int, cls: str) -> str:
    """The class of an English modal verb whose subject opens with "no" ("No individual or organisation may provide
    …" is a ban, not an option); other modal verbs keep their class."""
    if cls in _NEGATED_BY_NO and _NO_SUBJECT_EN.search(text[:at]):
        if cls == "right" and _CAUSATIVE_VERB_EN.match(text, at):
            return "prohibition"  # "nobody can get the account frozen": no one may have it done, a ban (causatives_en.py)
        return "exemption" if cls == "obligation" and _DUTY_WORD_EN.match(text, at) else _NEGATED_BY_NO[cls]
    return cls


_GOVERNED_ZH = {"要求", "需要", "允许", "许可", "须", "可"}
# 要求 followed by the party demanded of (a body, an organisation's role, a person), then what it must do
_DEMAND_ZH = re.compile(r"(?:有关|相关|该|其|境内|境外|外国|本行)?[\u4e00-\u9fff]{0,10}?(?:机构|机关|部门|处理者|提供者|运营者|使用者|单位|组织|"
                        r"个人|银行|公司|企业|用户|客户|当事人|董事|人员)(?=[\u4e00-\u9fff])")


# 按法律要求 / 按照本法规定的要求 / 符合国家标准要求: 要求 after 按 / 依 / 符合 and the source that requires it is the
# noun of a manner ("as the law requires"), like 按要求 (反洗钱法第三十二条 符合本法要求的…措施; general usage)
_AS_THE_SOURCE_REQUIRES = re.compile(r"(?:按照?|依照?|依据|根据|符合|达到)(?:[本该其]?(?:法律|行政法规|法规|本法|规定|国家|"
                                     r"监管|有关|相关|标准|合同|约定|法定|规范|制度|办法|条例)的?){1,3}$")
# 按照保护工作部门要求报送情况 (关键信息基础设施安全保护条例第十七条), 按照消费者的要求退货 (消费者权益保护法第二十四条): after
# 按照 / 依照 / 根据 and a party in the same clause, 要求 is the noun "what the party requires", the manner of the act that
# follows, not a duty of that party (general Chinese usage: 按照 takes a noun). Not when a party demanded of follows
# (依照本法规定要求金融机构…: the verb, see _DEMAND_ZH) or 其 / 对方 (要求其改正)
_AS_THE_PARTY_REQUIRES = re.compile(r"(?:按照|依照|遵照|根据|依据)[^，。；,;：:！？!?]{2,14}?的?$")


# 需要 as the noun "needs" after whose needs they are (general Chinese usage: 根据自身需要决定, 按照实际需要, 出于经营需要, 基于
# 业务发展需要 "as its own / the actual / the business's needs require"): no duty of anybody's
_AS_NEEDED_ZH = re.compile(r"(?:根据|按照|依据|出于|基于|视)(?:其|本单位|本机构)?(?:自身|实际|业务|工作|经营|发展|生活|管理|履职)"
                           r"(?:发展|经营|管理)?(?:等)?$")


def _false_zh_modal(text: str, at: int, word: str) -> bool:
    """Characters that only look modal: 可 in 许可/认可/可能, 应 in 相应/应用/响应, 须 in 必须 (handled by length),
    要求 as a noun (…的要求), 需要 as a noun."""
    before = text[at - 1] if at > 0 else "\0"  # a sentinel no character list holds ("" is in every string)
    after = text[at + len(word)] if at + len(word) < len(text) else "\0"
    if word in ("可以不", "可不"):
        # 可以不经同意查询 (征信业管理条例第十八条): may query, without consent; the act itself is allowed, not waived
        return text[at + len(word) : at + len(word) + 1] == "经"
    if word in ("不承担", "不再承担"):
        return not re.match(r"[^，。；,;：:]{0,12}?(?:义务|责任)", text[at + len(word) :])
    if word == "不能":
        return bool(re.match(r"(?:证明|确认|复原|识别|实现|履行|偿还|清偿|满足|达到|完成|确定|归还|按期)", text[at + 2 :]))
    if word in ("不准", "不可", "不用"):
        return after in ("确" if word == "不准" else "抗逆避分少缺" if word == "不可" else "于")  # 不准确, 不可抗力, 不用于
    if word == "可":
        # an adjective in a list of qualities (清晰、具体、可操作的标注规则, 生成式人工智能服务管理暂行办法第八条) or one
        # of the -able words (可识别的自然人, 可追溯, 可验证): what a thing is, not what anybody may do
        if before == "、" or re.match(r"可(?:操作|追溯|验证|识别|访问|读|再生|持续|信赖)", text[at:]):
            return True
        return before in "许认不宁" or after in "能靠信行见疑控观比贵惜恶笑" or text[at + 1 : at + 3] == "视化"
    if word == "应":
        return before in "相对响适供反答回效" or after in "用对急急变答"
    if word == "须":
        return before in "必无毋"
    if word in ("要求", "需要") and re.match(r"的[，,\u4e00-\u9fff]", text[at + len(word) :]):
        # 客户要求的，还要作出明确说明 / 客户要求的还要… / 按照客户要求的方式: 要求的 / 需要的 with more after it is what is
        # asked or needed (a case or a noun's modifier); a modal verb governs a verb, never 的 (general usage). Closing the
        # sentence, 这是法律要求的 states the requirement
        return True
    if word == "要求" and re.match(r"[^，,。；;：:]{1,40}的(?:[，,]|$)", text[at + 2 :]):
        # 个人要求删除其个人信息的，处理者应当… / 法律要求保存的，从其规定: 要求 in a sub-clause closed by 的 and a comma is
        # the case the rule is for (the statutes' drafting of cases, …的，), a request made, no duty of the one making it
        return True
    if word == "要求" and _DEMAND_ZH.match(text, at + 2) and before not in "的项种些":
        # 外国国家、组织…直接要求境内金融机构提交… (反洗钱法第五十条): the verb "to demand" of a party, with the party
        # demanded of as its object, binds the one who demands to nothing
        return True
    if word in ("要求", "需要"):
        # 法律的要求: a noun; so is 需要 after 根据 / 按照 / 因…等 / 工作 (根据需要, 因业务等需要: "as needed")
        # 符合要求 / 按(照)要求 (meets, as required): the noun too
        # …性要求 names a kind of requirement: 鼓励性要求 / 倡导性要求 bind nobody (鼓励 beside it says so), only 强制性要求
        # is a duty (general usage)
        if word == "要求" and before == "性" and text[at - 3 : at - 1] != "强制":
            return True
        return before in "的项种些" or (word == "要求" and before in "合按照") or \
            (word == "要求" and bool(_AS_THE_SOURCE_REQUIRES.search(text[:at]))) or \
            (word == "要求" and bool(_AS_THE_PARTY_REQUIRES.search(text[:at])) and after not in "其对他向") or \
            (word == "需要" and (before in "据照等务作" or after in "，,的" or bool(_AS_NEEDED_ZH.search(text[:at]))))
    if word == "负责":
        # 个人信息保护负责人 (a person's title), 对…负责的部门 / 负责…工作的机构 (a relative clause naming a body);
        # 负责的 right after is always such a modifier: 对直接负责的主管人员处…罚款 (the penalty clauses' "person directly in
        # charge", 关键信息基础设施安全保护条例第三十九条) names whom a fine hits, no duty
        return after in "人任的" or bool(re.match(r"[^，。；,;：:]{0,24}?的(?:部门|机构|机关|单位|人员)", text[at + 2 :]))
    if word == "禁止" and (after in "、性令" or text[at + 2 : at + 4] == "措施" or before == "的"):
        # a ban named as a thing: 歧视性的禁止、限制或者其他类似措施 (个人信息保护法第四十三条), 禁止令, 禁止性规定
        return True
    if word == "享有" and after == "的":
        return True  # 依法享有的权益: the rights one holds, named as a thing (互联网信息服务算法推荐管理规定第十九条), no modal
    if word in ("有权", "有权利"):
        return before in "没所拥具" or after in "限益属威"  # 没有权限, 所有权 (ownership), 有权益
    if word == "负有":
        # 依法负有反洗钱监督管理职责的部门: a relative clause naming the authority, not a duty of the sentence
        return bool(re.match(r"[^，。；,;：:]{0,24}?(?:职责|义务|责任|职权)的", text[at + len(word) :]))
    return False


def classes_in(text: str) -> set[str]:
    return {cls for _, cls in modal_classes(text)}


MODAL_STRIP_ZH = re.compile("|".join(sorted((re.escape(w) for ws in MODAL_WORDS_ZH.values() for w in ws), key=len, reverse=True)))
MODAL_STRIP_EN = re.compile("|".join(p.pattern for p in MODAL_EN_RE.values()), re.I)

# modal classes that say the same thing of an actor, for telling a swap of duty holders from a change of modality
MODAL_GROUP = {"obligation": "duty", "permission": "may", "right": "may", "prohibition": "not", "no_right": "not",
                "exemption": "free", "restriction": "duty"}


MODAL_LABEL = {"obligation": "a duty (应当/shall)", "permission": "an option (可以/may)", "exemption": "no duty (无需/need not)",
          "restriction": "a restriction (只能/may only)",
          "prohibition": "a prohibition (不得/shall not)", "right": "a right (有权/has the right)",
          "no_right": "no right (无权/has no right)"}


# Words between an English modal expression and the verb it governs ("shall also be able to", "may, by law, provide")
_BEFORE_VERB_EN = set("""shall must may might can could should will would not also only never always be to need needs
have has required obliged obligated entitled permitted allowed able either jointly further where appropriate law by
in addition accordance with""".split())


def governed_modals(text: str) -> list[tuple[str, str]]:
    """(verb it governs, class) of each English modal verb (shall, must, may, can, should): "Each Member State may provide by
    law that its supervisory authority shall have additional powers" → [("provi", "permission"), ("have", "obligation")].
    The verb is the first word after the modal that is neither a modal, an auxiliary nor an adverb, cut to five letters
    (provide/provides); after "be" only a participle counts ("shall be voluntary" governs no act). A modal with "only" right
    after it is a restriction ("shall be dismissed only if" ≈ "can be dismissed only if"): left out."""
    text = normalised(text)
    if is_chinese(text):
        return []
    out = []
    for at, cls in modal_classes(text):
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", text[at : at + 120])]
        if not words or words[0] not in _MODAL_VERBS_EN or "only" in words[1:7]:
            continue
        passive = False
        for w in words[1:]:
            if w in _BEFORE_VERB_EN or (w.endswith("ly") and len(w) > 4):
                passive = passive or w == "be"
                continue
            if len(w) >= 3 and (not passive or re.search(r"(?:ed|en|wn|ld|id|ne)$", w)):
                out.append((w[:5], cls))
            break
    return out


_MODAL_VERBS_EN = {"shall", "must", "may", "can", "should"}


def case_before_a_rule(part: str, after: list[str]) -> bool:
    """A Chinese case sub-clause (…的，) before a sub-clause with a modal verb: its own modal verb tells the case (因合并需要
    转移网络数据的, 网络数据安全管理条例第十四条; 应当报告而未报告的), not the rule, which the modal verb after it states."""
    return is_chinese(part) and part.rstrip().endswith("的") and any(modal_classes(p) for p in after)
