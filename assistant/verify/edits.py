"""A claim that copies one sentence of its clause and changes a single operative element.

A drafting model that gets a rule wrong often keeps the sentence and swaps one word: 有权予以撤销 → 必须予以撤销
(银行业监督管理法第三十九条), "may suspend" → "must suspend" (GDPR Art. 81(2)), 应当对…实行 → 不对…实行 (银行业监督管理法
第二十五条), "shall be presumed" → "is not presumed" (AI Act Art. 32), 保护工作部门制定… → 运营者制定… (关键信息基础设施
安全保护条例第九条). The sentence-level checks of polarity.py read modal verbs and duty holders; they miss a bare negation
(不对… with no modal verb), a duty put where the clause gives a power (有权 → 必须), and a subject swapped in a
sentence with no modal verb at all. Aligning the claim with the sentence it copies shows the one change directly.

Only near copies are judged (EDIT_COVERAGE of the claim's wording found in order in the sentence); a free paraphrase
is left to polarity.py. Same-language claims only.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ..text.articles import CN_ARTICLE_LABEL, CN_ITEM
from .actors.findings import AUTHORITY_WORDS_ZH
from ..language import is_chinese
from .modality import Finding, classes_in, modal_classes
from .not_yet import not_yet_for_before
from .roles.phrases import same_party
from .subclauses import _RESTRICTED_PERMISSION
from .wording import _stem, sentences, statement

# Share of the claim's tokens (Chinese characters / English word stems) that must lie in blocks matched in order
# with one sentence of the clause for the claim to count as a copy of it. Measured on the tuning claim files (the tuning
# half, probes 1–3, blind A–H, r9 batch A: 463 false and 470 true claims, with every other check of this round): 0.6 flags
# a true claim (征信业管理条例第十六条 须记载…说明, read against a sentence it only partly copies); 0.8 lets a swapped subject
# through (关键信息基础设施安全保护条例第九条, a copy at 0.76); 0.7 neither.
EDIT_COVERAGE = 0.7
# A looser paraphrase whose bare negation of the sentence's verb is judged (negated_verb): share of its words found in
# order in that sentence. Not swept: the one tuning claim that needs it is at 0.61 (AI Act Art. 32), and no true claim of
# the tuning files is flagged at 0.5.
NEGATED_VERB_COVERAGE = 0.5
# A swapped subject must be followed by this many matched tokens (the rest of the sentence kept as it was).
SUBJECT_TAIL_ZH = 6
SUBJECT_TAIL_EN = 3

# what a clause may do for an act and what it may not be turned into (claim class, clause class) — beyond the
# opposites of modality.py, a power or right (有权 / "is entitled to") of an authority is its discretion, never its duty
_TURNED = {
    ("obligation", "permission"), ("obligation", "right"),
    ("permission", "obligation"), ("exemption", "obligation"), ("prohibition", "permission"),
    ("permission", "prohibition"), ("exemption", "prohibition"), ("no_right", "right"), ("right", "no_right"),
    ("prohibition", "right"), ("right", "prohibition"),
}
# bare negations: 不 / 未 / 没 (没有, and 没 alone, colloquial for 未: 没按合同履约) / 并非 (general Chinese negators), not / never /
# no (English). Not 未经 / 没经 / 非经 ("without the consent of": a condition, 征信业管理条例第二十条), nor 没收 (confiscate), nor
# 非 alone, which opens names (非银行支付机构, 特定非金融机构); nor the conjunctions and adverbs that begin with 不 and negate
# nothing (不论 / 不管 "whatever", 不仅 / 不但 / 不只 / 不光 "not only", 不断 "continuously": general Chinese usage)
_NEGATION_ZH = re.compile(r"不(?!论|管|仅|但|只|光|断)|未(?!经)|没(?![经收])|并非")
_NEGATION_EN = re.compile(r"\b(?:not|never|no|neither|nor)\b", re.I)
# 无 as a negator of the noun after it (无正当理由, 无过错), not in the modal and legal words that begin with it (无需, 无权,
# 无效: read by the modal check or the antonym pairs)
_NEGATING_WU = re.compile(r"无(?!需|须|权|效|论|关)")
# verbs that say an act is not done (拒绝 "refuse", 拖延 / 迟延 / 延迟 "delay", 拒不 "refuse to": 商业银行法第三十三条 不得拖延、
# 拒绝支付存款本金和利息; 拒不改正 throughout the statutes): a claim putting a bare 不 where the clause had one of them says
# the same act not done in everyday words (拖着不付, 拒付 for 拖延、拒绝支付; general Chinese usage), no negation added
_NOT_DOING_ZH = re.compile(r"拒绝|拒不|拖延|迟延|延迟")
_ONLY = re.compile(r"只能|只有|仅|只限|\b(?:only|solely|exclusively)\b", re.I)
# words that end a name of a party (general legal vocabulary: 部门, 机关, 机构, 委员会 … of the Chinese statutes; the
# actors of the GDPR and the AI Act)
_PARTY_ZH = re.compile(r"(?:者|人|部门|机关|机构|委员会|政府|法院|检察院|银行|协会|组织|单位|企业|公司|中心)$")
_PARTY_EN = re.compile(r"\b(?:authorit(?:y|ies)|bod(?:y|ies)|controllers?|processors?|providers?|deployers?|importers?|"
                       r"distributors?|operators?|institutions?|commission|board|courts?|member states?|subjects?|"
                       r"persons?|representatives?|officers?|departments?|banks?|chair|secretariat|supervisor|"
                       r"organi[sz]ations?|agenc(?:y|ies)|payees?|payers?|users?|consumers?|individuals?)$", re.I)
_LABEL = re.compile(rf"^\s*(?:{CN_ARTICLE_LABEL}|\d+\.|\([a-z0-9]{{1,4}}\)|{CN_ITEM.pattern})\s*")
_PUNCT_ZH = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z]")
_WORD_EN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# An operative change is a short one: at most this many tokens on either side of one edit (有权 → 必须, 应当 → 不,
# "shall be" → "is not"). A longer edit is a paraphrase or a part of the sentence left out (a claim that keeps 应当… and
# drops the 不得… beside it drops no negation of what it says). Not swept: a first version with no limit (and without the
# authority rule of _swapped_subject) flagged 32 true claims of the tuning files, most leaving part of a long sentence out.
MAX_EDIT_ZH = 4
MAX_EDIT_EN = 3


def _tokens(text: str, zh: bool) -> list[str]:
    text = _LABEL.sub("", text)
    if zh:
        return list(_PUNCT_ZH.sub("", text))
    return _WORD_EN.findall(text.lower())


def _join(tokens: list[str], zh: bool) -> str:
    return "".join(tokens) if zh else " ".join(tokens)


# a bound on a figure written with a negator (不超过五万元 for 五万元以下, 中国人民银行法第四十四条; 不少于五万元 for 五万元以上,
# 数据安全法第四十八条; "each not exceeding five years", AI Act Art. 44(2); "no more than", "not less than"):
# quantities.py reads it as a ceiling or a floor, it negates nothing the clause says. So are 不足 / 不满 / 未满 / 未达 before
# a figure ("less than", general usage: 不满十四周岁, 个人信息保护法第二十八条; 检查人员不足两人 for 少于二人, 反洗钱法第二十二条)
_BOUND_NEGATION = re.compile(r"不(?:得|能|可|应当|应)?(?:超过|少于|低于|高于|多于|短于|长于)|"
                             r"(?:不足|不满|未满|未达到?)(?=[0-9０-９一二两三四五六七八九十百千万半])|"
                             r"\b(?:not|no)\s+(?:more|less|fewer|later|earlier|longer|shorter)\s+than\b|\bnot\s+exceeding\b",
                             re.I)


def _without_modals(text: str) -> str:
    # a negation inside a modal expression (不得, 无需, shall not, need not) is judged as modality, not as a bare negation;
    # one inside a bound on a figure (不超过, "not more than") by quantities.py
    text = _BOUND_NEGATION.sub(lambda m: " " * len(m.group(0)), text)
    spans = []
    for at, _ in modal_classes(text):
        m = re.match(r"[\u4e00-\u9fff]{1,4}|[a-z' ]{2,40}", text[at:], re.I)
        spans.append((at, at + (len(m.group(0)) if m else 1)))
    out = list(text)
    for a, b in spans:
        for i in range(a, min(b, len(out))):
            out[i] = " "
    return "".join(out)


def copy_coverage(claim: str, sentence: str) -> float:
    zh = is_chinese(claim)
    a, b = _tokens(sentence, zh), _tokens(claim, zh)
    if not b:
        return 0.0
    if not zh:
        a, b = [_stem(w) for w in a], [_stem(w) for w in b]
    matched = sum(size for _, _, size in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return matched / len(b)


def _edits(claim: str, sentence: str, zh: bool):
    """(sentence tokens, claim tokens, opcodes) on stems for English, characters for Chinese."""
    a_raw, b_raw = _tokens(sentence, zh), _tokens(claim, zh)
    a, b = (a_raw, b_raw) if zh else ([_stem(w) for w in a_raw], [_stem(w) for w in b_raw])
    return a_raw, b_raw, SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def single_edit(claim: str, sentence: str) -> Finding | None:
    """The finding when `claim` is a near copy of `sentence` whose change turns its modality or polarity or swaps the
    party that opens it; None otherwise."""
    zh = is_chinese(claim)
    if zh != is_chinese(sentence) or copy_coverage(claim, sentence) < EDIT_COVERAGE:
        return None
    a, b, ops = _edits(claim, sentence, zh)
    reach = 2  # a modal expression split by the alignment (应当 → 应, "shall be" → "is not") is read whole
    limit = MAX_EDIT_ZH if zh else MAX_EDIT_EN
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal" or i2 - i1 > limit or j2 - j1 > limit:
            continue
        if j1 == 0 or j2 == len(b):
            continue  # the claim's own start or end (its subject, a tail it adds or leaves out) is no copied word
        old = _join(a[max(0, i1 - reach):i2 + reach], zh)
        new = _join(b[max(0, j1 - reach):j2 + reach], zh)
        said, claimed = classes_in(old), classes_in(new)
        turned = {(c, s) for c in claimed - said for s in said - claimed if (c, s) in _TURNED}
        if _ONLY.search(claim):
            # "may process … only on instructions" restates "shall not process … except on instructions" (GDPR Art. 29)
            turned -= {("permission", "prohibition"), ("prohibition", "permission")}
        if _RESTRICTED_PERMISSION.search(claim) and _ONLY.search(sentence):
            # "may use only processors …" restates "shall use only processors …" (GDPR Art. 28(1)); see polarity.py
            turned -= {("permission", "obligation")}
        if turned:
            c, s = sorted(turned)[0]
            return Finding("modality", f"the claim copies the clause but makes its {s} an {c}: "
                                       f"「{_join(a[i1:i2], zh) or '…'}」 → 「{_join(b[j1:j2], zh) or '…'}」")
        neg = _NEGATION_ZH if zh else _NEGATION_EN
        old_core, new_core = _join(a[i1:i2], zh), _join(b[j1:j2], zh)
        added = neg.search(_without_modals(new)) and not neg.search(_without_modals(old))
        dropped = neg.search(_without_modals(old)) and not neg.search(_without_modals(new))
        # a negation moved, not dropped (不影响…的效力 → …的效力不受影响): the claim as a whole must hold more (or fewer)
        # bare negations than the sentence
        more = len(neg.findall(_without_modals(_join(b, zh)))) - len(neg.findall(_without_modals(_join(a, zh))))
        if dropped and not _states_it_positively(old_core, _join(b[max(0, j1 - reach):j2 + reach], zh), neg):
            # the edit puts other words where the negated one stood: a list item left out or swapped (委托合同不生效、
            # 无效、被撤销或者终止的 → 委托合同终止或者无效的, 个人信息保护法第二十一条), not the negated word affirmed
            dropped = False
        if added and zh and _OTHER_THAN_ZH.search(_join(a, zh)) and _IS_NOT_ZH.search(new_core) \
                and _NEGATED_KIND_ZH.search(_join(b, zh)):
            # "既不是X也不是Y的单位和个人" for "X、Y以外的单位和个人" (反洗钱法第五十九条): a party told by what it is not is
            # the clause's "other than", said the other way round (general Chinese usage), not its rule negated
            added = False
        if added and zh and _NEGATING_WU.search(old_core) and _NEGATION_ZH.search(new_core):
            # 无 of the clause written 没有 / 没 (无正当理由 → 没有正当理由: general Chinese usage, 无 being the written form
            # of 没有): one negation spelled otherwise, not one added
            added = False
        if added and zh and _NOT_DOING_ZH.search(old_core) and _NEGATION_ZH.search(new_core):
            # a verb of not doing (拒绝, 拖延) replaced by 不: "拖着不付" for 拖延、拒绝支付 (see _NOT_DOING_ZH); an edit that
            # only adds 不 beside the clause's 拒绝 (拒绝 → 不拒绝) keeps it in the claim and is still a negation added
            added = False
        if added and not_yet_for_before(old, new):
            # 还没到 / "has not yet expired" for 届满前 / "before it expires": a time told by what has not yet come
            # (not_yet.py), not the clause negated
            added = False
        if (added and neg.search(new_core) and more > 0) or (dropped and neg.search(old_core) and more < 0):
            return Finding("polarity", f"the claim copies the clause but {'negates' if added else 'drops the negation of'} "
                                       f"it: 「{old_core or '…'}」 → 「{new_core or '…'}」")
    return _swapped_subject(a, b, ops, zh)


# "other than" in a clause (X以外的 / X之外的), "is not" in a claim (不是 / 不属于), and the claim's party told by what it
# is not: (既)不是 / 不属于 … 的 + a party noun (general Chinese usage)
_OTHER_THAN_ZH = re.compile(r"以外|之外")
_IS_NOT_ZH = re.compile(r"不是|不属于")
_NEGATED_KIND_ZH = re.compile(r"(?:不是|不属于)[^，,。；;]{1,30}?的[^，,。；;]{0,10}?(?:单位|个人|组织|机构|者|人员|企业)")


def _states_it_positively(old_core: str, new: str, neg: re.Pattern) -> bool:
    """Whether the claim's side of an edit keeps what the clause's side negates (不对…实行 → 对…实行: the negator alone
    deleted; "is not presumed" → "is presumed"): the negated words, without their negator, are empty or in the claim's
    side."""
    rest = neg.sub("", old_core).strip()
    return not rest or rest in new


def _swapped_subject(a: list[str], b: list[str], ops, zh: bool) -> Finding | None:
    # the subjects: what comes before the first long run both keep (the rest of the sentence, copied); a shared word
    # inside them (国务院征信业监督管理部门 / 征信机构 share 征信) does not end them
    tail = SUBJECT_TAIL_ZH if zh else SUBJECT_TAIL_EN
    kept = next(((i1, j1) for tag, i1, i2, j1, j2 in ops if tag == "equal" and i2 - i1 >= tail), None)
    if not kept or not kept[0] or not kept[1]:
        return None
    i2, j2 = kept
    old, new = _join(a[:i2], zh), _join(b[:j2], zh)
    old_party, new_party = (_without_modals(x).strip() for x in (old, new))
    party = _PARTY_ZH if zh else _PARTY_EN
    if not (party.search(old_party) and party.search(new_party)) or same_party(old_party, new_party):
        return None
    if _is_authority(old_party) == _is_authority(new_party):
        # one authority named for another (国务院征信业监督管理部门 → 人民银行, the body that holds that office) may be
        # a faithful paraphrase; an authority's act given to the party it supervises, or the reverse, is not
        return None
    return Finding("actor", f"the claim copies the clause but gives it to another party: 「{old_party}」 → 「{new_party}」")


# a public authority, as the statutes name them (国务院…部门, 主管部门, 监督管理机构, 人民政府; GDPR / AI Act: supervisory
# authority, Commission, Board, Member State, court) against the persons and bodies they supervise
_AUTHORITY_EN = re.compile(r"\b(?:authorit(?:y|ies)|commission|board|courts?|member states?|supervisor|"
                           r"departments?|government|ministry)\b", re.I)


def _is_authority(party: str) -> bool:
    return bool((AUTHORITY_WORDS_ZH if is_chinese(party) else _AUTHORITY_EN).search(party))


def _comma_pieces(part: str) -> list[str]:
    """The runs of a Chinese sentence's leading and of its trailing sub-clauses (split at its commas), longest first, of
    at least 8 characters each."""
    cuts = [m.start() for m in re.finditer(r"[，,]", part)]
    pieces = [part[:c] for c in reversed(cuts)] + [part[c + 1 :] for c in cuts]
    return [p for p in pieces if len(p.strip("。；; ")) >= 8]


def copied_sentence_findings(claim: str, clause_text: str) -> list[Finding]:
    """Findings for each part of the claim that is a near copy of one sentence of the clause (the one it covers best)."""
    text = statement(claim)
    zh = is_chinese(text)
    if zh != is_chinese(clause_text):
        return []
    found: list[Finding] = []
    candidates = sentences(clause_text)
    for part in [p for p in sentences(text) if len(p) >= 8] or [text]:
        # a Chinese sentence of the claim that copies a clause sentence and adds a sub-clause of its own (…不是最终决定，
        # 企业可以申请复核): its leading or trailing sub-clauses are read as the copy when the whole is not one
        for piece in [part] + (_comma_pieces(part) if zh else []):
            scored = sorted(((copy_coverage(piece, s), s) for s in candidates), reverse=True)
            if not scored or scored[0][0] < EDIT_COVERAGE:
                continue
            finding = single_edit(piece, scored[0][1])
            if finding:
                found.append(finding)
            break
    if not found and not zh:
        # a bare negation of the verb of the sentence the claim shares most wording with (a looser paraphrase)
        best = max(candidates, key=lambda s: copy_coverage(text, s), default="")
        finding = negated_verb(text, best) if best and copy_coverage(text, best) >= NEGATED_VERB_COVERAGE else None
        if finding:
            found.append(finding)
    return found


# "is not presumed" / "are not entitled": an English claim that negates, with a bare auxiliary, the very verb the
# sentence it paraphrases states without negation ("it shall be presumed to comply", AI Act Art. 32). Not a modal verb's
# negation (shall not, may not: modality.py reads those), nor a claim stating an exception of its own.
_NEGATED_VERB_EN = re.compile(r"\b(?:is|are|was|were|does|do|did)\s+not\s+(?:be\s+|been\s+)?([a-z]{4,})\b", re.I)
_OWN_EXCEPTION_EN = re.compile(r"\b(?:unless|except|other than|save where|provided that)\b", re.I)
_VERB_SUFFIX_EN = re.compile(r"(?:ied|ies|ed|es|s|d)$")


def negated_verb(claim: str, sentence: str) -> Finding | None:
    text = statement(claim)
    if is_chinese(text) or is_chinese(sentence) or _OWN_EXCEPTION_EN.search(text):
        return None
    for m in _NEGATED_VERB_EN.finditer(text):
        stem = _VERB_SUFFIX_EN.sub("", m.group(1).lower())
        if len(stem) < 4:
            continue
        positive = re.search(rf"\b(?:shall|must|will|is|are)\s+(?:be\s+)?{stem}[a-z]*\b", sentence, re.I)
        if positive and not re.search(rf"\bnot\s+(?:be\s+)?{stem}", sentence, re.I):
            return Finding("polarity", f"the clause says 「{positive.group(0)}」, the claim 「{m.group(0)}」")
    return None
