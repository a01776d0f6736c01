"""A number in a claim against the number of the sentence it paraphrases (pure).

quantities.py compares figures of one kind; these helpers decide which sentence a figure of the claim is compared
with: the one its own sub-clause paraphrases (an article may hold 25% in one item and 10% in the next), with the case
the claim states for it (申请变更名称…的，1个月内；…其他事项的，3个月内).
"""

from __future__ import annotations

import re

from ..lexis.quantities import compare, extract_quantities, period_of_a_rate
from ..text.numerals import NUMBER, cn_to_int
from ..language import is_chinese
from .modality import Finding
from .actors.holders import LIST_ITEM
from .cases import inherited_case
from .wording import MIN_OVERLAP, _lead_in, _sentence_index, _short, _wording, matching_sentences, sentences


def _numbers(claim: str, sentence: str, clause_text: str = "") -> list[Finding]:
    """A number the claim gives where the sentence it paraphrases gives another of the same kind (the article
    may hold the claim's number elsewhere: 25% is a liquidity ratio in the item next to the 10% loan limit).

    A claim that joins two sentences ("资本充足率不得低于百分之八，对同一借款人的贷款比例不得超过百分之十", 商业银行法第三十九条
    items 一 and 三; a floor and a ceiling stated side by side) is read sub-clause by sub-clause: a number is compared
    with the sentence its own sub-clause paraphrases, when that is another sentence of the article."""
    sentence = figures_of(sentence, clause_text)
    # (English counts of a rate, "twice a year", read as 每年两次 is: rates=True)
    said = extract_quantities(sentence, rates=True)
    if not said:
        return []
    found = []
    # (the period of a rate the clause states per period, 每年 for "every twelve months", is no duration: as grounding.py)
    claim_q = [q for q in extract_quantities(claim, rates=True) if not period_of_a_rate(q, claim, clause_text or sentence)]
    for mismatch in compare(claim_q, said):
        if mismatch.kind == "contradiction" and not _backed_by_its_own_sentence(claim, mismatch.claim, sentence, clause_text):
            found.append(Finding("number", mismatch.describe(f"「{_short(sentence)}」")))
    if not found:
        found = [f for f in (_figure_of_another_case(claim, q, sentence) for q in extract_quantities(claim)) if f]
    if not found:
        found = _figures_of_the_claims_case(claim, sentence, clause_text)
    return found


def figures_of(sentence: str, clause_text: str) -> str:
    """The sentence whose figures a sentence of the article states: itself, or for a list item with no figure of its own,
    its lead-in: "Infringements of the following provisions shall … be subject to administrative fines up to 20 000 000
    EUR …: (a) the basic principles …" (GDPR Art. 83(5)) fines each provision it lists by that amount."""
    if extract_quantities(sentence) or not clause_text or not LIST_ITEM.match(sentence):
        return sentence
    lead = _lead_in(clause_text, _sentence_index(sentence, clause_text))
    return lead if lead and extract_quantities(lead) else sentence


# "five years for AI systems covered by Annex I, and four years for AI systems covered by Annex III" (AI Act Art. 44(2)):
# an English sentence giving one kind of figure a value per case, each case named by "for …" right after its figure
# (general English drafting). The case runs to the next figure or punctuation mark.
_CASE_AFTER_FIGURE_EN = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?for\b", re.I)
_TOKEN_EN = re.compile(r"[a-z0-9]+", re.I)


def _figure_of_another_case(claim: str, quantity, sentence: str) -> Finding | None:
    """The claim gives its figure to the case the sentence gives another figure of the same kind: its case's own words
    (those of no other case of the sentence) are in the claim, the words of the figure's own case are not. Within one
    sentence and its "for …" cases only; cases.py judges the cases of a whole article but needs DISTINCT_MIN words to
    tell them apart, where "Annex I" and "Annex III" differ by one."""
    if is_chinese(sentence):
        return None
    same_kind = [q for q in extract_quantities(sentence) if q.base()[0] == quantity.base()[0]]
    if len({q.base()[1] for q in same_kind}) < 2:
        return None
    cases = []
    for i, q in enumerate(same_kind):
        end = same_kind[i + 1].span[0] if i + 1 < len(same_kind) else len(sentence)
        after = re.split(r"[,.;:]", sentence[q.span[1]:end])[0]
        if not _CASE_AFTER_FIGURE_EN.match(after):
            return None
        cases.append((q, {t.lower() for t in _TOKEN_EN.findall(after)}))
    common = set.intersection(*(words for _, words in cases))
    claim_words = _labels_in_english(claim) if is_chinese(claim) else {t.lower() for t in _TOKEN_EN.findall(claim)}
    own = [(q, (words - common) & claim_words) for q, words in cases]
    named = [q for q, words in own if words]
    # (a sentence may give the same pair twice: "not exceed five years for …, and four years for …", then the extensions
    # "each not exceeding five years for …, and four years for …")
    if len({q.base()[1] for q in named}) != 1 or any(abs(q.base()[1] - quantity.base()[1]) < 1e-9 for q in named):
        return None
    if not any(abs(q.base()[1] - quantity.base()[1]) < 1e-9 for q in same_kind):
        return None  # a figure the sentence never gives is compare()'s to judge
    return Finding("number", f"claim gives {quantity.raw} to the case for which 「{_short(sentence)}」 gives {named[0].raw}")


# The labels of a Chinese claim in the English words of the acts (附件三 "Annex III", 第六条 "Article 6", 第二款
# "paragraph 2"): the words that tell an English sentence's cases apart ("five years for AI systems covered by Annex I, and
# four years for AI systems covered by Annex III", AI Act Art. 44(2)), written the way the EU acts write them.
_LABEL_ZH = re.compile(rf"(附件|附录|第)({NUMBER})(条|款|项)?")
_ROMAN = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]


def _labels_in_english(claim: str) -> set[str]:
    words: set[str] = set()
    for m in _LABEL_ZH.finditer(claim):
        n = int(m.group(2)) if m.group(2).isdigit() else cn_to_int(m.group(2))
        if m.group(1) in ("附件", "附录") and 0 < n < len(_ROMAN):
            words |= {"annex", _ROMAN[n]}
        elif m.group(1) == "第" and m.group(3):
            words |= {{"条": "article", "款": "paragraph", "项": "point"}[m.group(3)], str(n)}
    return words


# A period's extension: "may be extended by a further six weeks" (GDPR Art. 64(3)), "extendable by two further months"
# (Art. 12(3)), 可以延长N日 (general usage of both languages). The base period and its extension are two figures of one
# kind, each with its own sentence or sub-clause: an extension the claim states is compared with the article's.
_EXTENSION = re.compile(r"\b(?:extend\w*|extension|prolong\w*|further|another|additional)\b|延长|延期|展期|再延", re.I)
_SUB_CLAUSE = re.compile(r"[，,；;]")


def extension_stated(claim: str, quantity, clause_text: str) -> bool:
    """The claim's figure stands in a sub-clause that speaks of an extension, and a sentence of the article that speaks
    of one states that figure (and no other of its kind): "within eight weeks …, and that can be stretched by another six
    weeks" against "… within eight weeks … That period may be extended by a further six weeks"."""
    start = max((m.end() for m in _SUB_CLAUSE.finditer(claim, 0, quantity.span[0])), default=0)
    end = next((m.start() for m in _SUB_CLAUSE.finditer(claim, quantity.span[1])), len(claim))
    if not _EXTENSION.search(claim[start:end]):
        return False
    for sentence in sentences(clause_text):
        if not _EXTENSION.search(sentence):
            continue
        own = [q for q in extract_quantities(sentence) if q.base()[0] == quantity.base()[0]]
        if own and not [m for m in compare([quantity], own) if m.kind == "contradiction"]:
            return True
    return False


def _backed_by_its_own_sentence(claim: str, quantity, sentence: str, clause_text: str) -> bool:
    """The sub-clause of the claim holding `quantity` paraphrases another sentence of the article, which states it."""
    if clause_text and extension_stated(claim, quantity, clause_text):
        return True
    if clause_text and is_chinese(claim) != is_chinese(sentence):
        # a claim in the other language cannot be cut to the sentences it paraphrases by their words, and the bridge
        # terms that tie it to this sentence may be a glossary entry's for a neighbouring case ("logs" brings 网络日志,
        # the network logs of item (一), to "core banking system operation logs … three years", item (二) of
        # policy-record-retention 第十九条): when another sentence of the article states the claim's figure, the figure
        # has its sentence. Which case the figure is given to is cases.py's to judge, from the words of the figure's
        # own sub-clause (grounding.py), as compare() judges the figures of the whole article. (Round 32: no tuning
        # claim moved; one true claim of the helper's own set no longer contradicted.)
        others = [extract_quantities(s) for s in sentences(clause_text) if s != sentence]
        return any(qs and not compare([quantity], qs) for qs in others)
    for start, part, case in _parts_with_their_case(claim):
        if start <= quantity.span[0] < start + len(part):
            # with the case the claim states for it (申请变更名称、注册资本的，…1个月内；申请办理…其他事项的，…3个月内:
            # 非银行支付机构监督管理条例第十三条 gives each case its own time limit)
            that = _sentence_of_that_case(case, part, sentence, clause_text)
            if that:
                return not [m for m in compare([quantity], extract_quantities(that)) if m.kind == "contradiction"]
            part = case + part if case and _case_is_that_sentences(case, sentence, clause_text) else part
            ranked = matching_sentences(part, clause_text) if clause_text and len(part) >= 6 else []
            if not ranked or ranked[0][0] == sentence or ranked[0][1] < MIN_OVERLAP:
                return False
            if any(s == sentence and share >= ranked[0][1] for s, share, _ in ranked):
                # the sub-clause matches this sentence as well as the other: the same words in two paragraphs ("…shall …
                # be subject to administrative fines up to …", GDPR Art. 83(4) and (5)) do not say it paraphrases the other
                return False
            own = [q for q in extract_quantities(ranked[0][0])]
            return bool(own) and not [m for m in compare([quantity], own) if m.kind == "contradiction"]
    return False


def _parts_with_their_case(claim: str):
    """Each piece of the claim cut at its commas and semicolons (the marks are pieces too), with its offset and the
    Chinese case the sub-clause before it states (…的，; "" when none)."""
    start, case = 0, ""
    for part in re.split(r"([，,；;])", claim):
        yield start, part, case
        if part.rstrip().endswith("的") and is_chinese(part):
            case = part + "，"
        elif part not in "，,；;":
            case = ""
        start += len(part)


def _with_inherited_case(sentence: str, clause_text: str) -> str:
    """A sentence naming only whom a sanction is for (对直接负责的主管人员…处…罚款), read with the case of the sentence before
    it (cases.inherited_case: the penalty clauses state the case once, before the first sanction)."""
    found = sentences(clause_text)
    at = found.index(sentence) if sentence in found else -1
    return (inherited_case(sentence, found[at - 1]) if at > 0 else "") + sentence


def _sentence_of_that_case(case: str, part: str, sentence: str, clause_text: str) -> str:
    """When the claim's case (…的) is not `sentence`'s own (read with its inherited case), another sentence of the
    article that, read with its inherited case, is, and that the claim's sub-clause matches as well as `sentence`,
    stating figures: "情节严重的，对直接负责的主管人员处十万元以上一百万元以下罚款" is 个人信息保护法第六十六条's second
    paragraph, whose persons' sentence repeats the first's words with other figures. "" when there is none."""
    if not case or _case_is_that_sentences(case, _with_inherited_case(sentence, clause_text), clause_text):
        return ""
    # (matched on the part's words without its figures, which must not choose their own sentence)
    words = _without_figures(part)
    ranked = dict((s, share) for s, share, _ in matching_sentences(words, clause_text)) if len(words) >= 6 else {}
    for other in sentences(clause_text):
        if other == sentence or ranked.get(other, 0) < max(ranked.get(sentence, 0), MIN_OVERLAP):
            continue
        if extract_quantities(other) and _case_is_that_sentences(case, _with_inherited_case(other, clause_text), clause_text):
            return other
    return ""


def _without_figures(text: str) -> str:
    """`text` with each of its quantities cut out (a comma in its place, so no word is made across it)."""
    out, at = [], 0
    for q in extract_quantities(text):
        out.append(text[at : q.span[0]])
        at = q.span[1]
    return "，".join(out + [text[at:]])


def _figures_of_the_claims_case(claim: str, sentence: str, clause_text: str) -> list[Finding]:
    """A figure the claim gives its case (…的，对X处…) where the sentence of that case, read with its inherited case, gives
    another, though the sentence the claim matched best (the same sanction's words in another case) states it: "情节严重的，
    对直接负责的主管人员处一万元以上十万元以下罚款" against 个人信息保护法第六十六条, whose second paragraph fines the persons
    十万元以上一百万元以下."""
    if not clause_text or not is_chinese(claim):
        return []
    for _, part, case in _parts_with_their_case(claim):
        own = extract_quantities(part)
        that = _sentence_of_that_case(case, part, sentence, clause_text) if own else ""
        for mismatch in compare(own, extract_quantities(that)) if that else []:
            if mismatch.kind == "contradiction":
                return [Finding("number", mismatch.describe(f"「{_short(that)}」"))]
    return []


def _case_is_that_sentences(case: str, sentence: str, clause_text: str) -> bool:
    """Whether the claim's case (…的) is the sentence's: none of its words missing there stands elsewhere in the article
    (申请变更董事的 is one of 前款所列其他事项, item (四) of 非银行支付机构监督管理条例第十三条, not the sentence about
    变更名称、注册资本 that shares 申请变更 with it)."""
    missing = _wording(case, True) - _wording(sentence, True)
    return not missing & _wording(clause_text, True)
