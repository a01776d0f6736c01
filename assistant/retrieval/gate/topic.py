"""What a question is about, in words (part of the coverage gate, signals 3 and 4): its salient terms (rare in the
corpus), its topic words (less asking, general, everyday and figure words), how much of that topic a clause carries
(topic_weight.py), the words and acronyms no indexed clause uses, whether a case is told in the texts' own words, and
the glossary entries bridging its words to the texts' legal terms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ...language import has_cjk
from ...lexis.empty_words import ASKING_WORDS_EN, EVERYDAY_ZH, GENERAL_EN, says_nothing
from ...text.tokens import segment, tokenize
from ..named_laws import is_question
from ..topic_weight import carried_share, carried_words, topic_weights
from .asking import _REQUEST
from .figures import _FIGURE_WORD, _asks_the_figure


def salient_terms(question: str, doc_freq: Callable[[str], float], expansion: list[str] = (),
                  rare: float = 0.05) -> set[str]:
    """The question's terms that say what it is about: tokens found in under `rare` of the corpus' clauses
    (generic words like 银行, 客户, 规定 are everywhere), plus the legal terms its glossary entries bring."""
    words = _whole_words(question)
    # "does", "when", "there" are rare in legal text but say nothing about the topic: sharing them is no evidence.
    terms = {t for t in words if len(t) >= 2 and t not in ASKING_WORDS_EN and t not in GENERAL_EN
             and 0 < doc_freq(t) < rare}
    for term in expansion:
        terms.update(t for t in tokenize(term) if len(t) >= 2 and 0 < doc_freq(t) < rare)
    return terms


# Share of the question's topic weight (IDF over the indexed clauses, see topic_weight.py) that the clause stating the
# asked figure must carry. Round 9, gate only (redact → standalone → retrieve → coverage) over the tuning data: 251
# out-of-scope questions (out_of_scope tuning half, out_of_scope_blind/blind2/blind3/probe/probe2 whole, the realistic
# tuning half, out_of_scope_refuse9 batch A) and 656 answerable ones (answerable_*, realistic_* tuning half and whole
# older blind sets, eu_probe, lawpolicy_probe, answerable_refuse9 A). Before: 224 refused / 30 wrongly refused.
# With glossary concepts counted double: 0.5 → 229 / 30; 0.6 → 229 / 31; 0.7 → 230 / 42. Without the doubling,
# 0.45 and 0.5 → 229 / 31 (an algorithm-filing question, 算法备案 … 上线 … 完成, lost to its verbs).
CARRIED_SHARE = 0.5


# The period with 内 (工作日内, 年内: jieba keeps them whole) asks for the figure; it says nothing of the object. (In the
# shared-word test of `_stated` it stays a term: 「5年内不得从事网络安全管理」 shares 年内 with 多少年内不能干…, and
# there the answerable probe question needs it.)
_PERIOD_WITHIN = re.compile(r"(?:[年月天日周]|小时|分钟|工作日|自然日)以?内")


@lru_cache(maxsize=256)  # the gate reads one question's words in up to three checks
def _whole_words(question: str) -> frozenset[str]:
    """The question's whole words (jieba's precise mode) and its ASCII tokens: 投资 and 资产 cut out of 合格投资者 and
    金融资产 would let any clause on investments look like evidence for a question about qualified investors."""
    words = set(tokenize(question))
    return frozenset({w for w in segment(question) if w in words} | {w for w in words if w.isascii()})


def _topic_words(question: str) -> set[str]:
    """What the question is about: its whole words less asking, general, everyday, figure and period words."""
    return {w for w in _whole_words(question) if len(w) >= 2 and not says_nothing(w) and not _asks_the_figure(w)
            and w not in EVERYDAY_ZH and not _PERIOD_WITHIN.fullmatch(w)}


def _carries(question: str, rarity: Callable[[str], float], token_lists_of,
             bridges: dict[str, tuple[str, ...]]) -> Callable:
    """Does a clause (with the article it serves) carry CARRIED_SHARE of what the question is about? The question's
    topic words are its own words less asking, general, everyday and figure words, weighted by specificity."""
    weights = topic_weights(_topic_words(question) - _source_cue_words(question), rarity, bridges)
    memo: dict[tuple, set[str]] = {}  # the gate asks about the same clauses once per sentence and per check

    def carried(hits) -> set[str]:
        key = tuple(h.clause.chunk_id for h in hits)
        if key not in memo:
            memo[key] = carried_words(weights, "\n".join(h.clause.text for h in hits),
                                      {t for h in hits for t in token_lists_of(h)}, bridges)
        return memo[key]

    def carries(hits, retrieved) -> bool:
        if first_ranked_across(question, hits, retrieved):
            return True
        reachable = set().union(*(carried([h]) for h in retrieved))
        return carried_share(weights, carried(hits), reachable) >= CARRIED_SHARE

    return carries


def first_ranked_across(question: str, hits, retrieved) -> bool:
    """The clause judged is one alone, the first the retrieval ranks, and in the other script than the question (a
    Chinese clause for an English question, an English one for a Chinese question). Such a clause carries the
    question's topic words only through a glossary phrase (carried_words), so the carried share across scripts
    measures how much of the question the glossary happens to phrase, not what the clause is about; and the words
    another retrieved clause carries in the question's own script outweigh it (English recordings of wealth-management
    sales against the record-retention policy's 第十七条, ranked first, stating its 五年). For the clause ranked first,
    the retrieval's judgement over the whole question (dense and lexical, the lexicon's words included) stands
    instead; the sentence stating the figure is still held to the question's key terms (stated._stated).
    Round 30, re-assessing the gate over the tuning data (850 out-of-scope, 2,249 answerable; full pools, split by id
    hash A / B): answerable wrongly refused 98 -> 93 (A 42 -> 38, B 56 -> 55), out-of-scope refused 813 -> 811 (A 387
    -> 387, B 426 -> 424: a fridge's statutory warranty and a consumer-complaint answer time, asked in English under
    the consumer-protection law, whose first-ranked articles state a period of another act). Chinese questions against
    a first-ranked English clause (the same reason) moved no tuning item. Skipping the measure for every Chinese clause
    an English question is judged against: 91 and 809; for the first-ranked clause whatever the scripts: 91 and 805;
    the lexicon's Chinese words as carriers: 100 and 810; a Chinese question's first-ranked clause whose sentence
    stating the figure shares two of its key terms: 93 and 810."""
    if len(hits) != 1 or not retrieved or has_cjk(hits[0].clause.text) == has_cjk(question):
        return False
    # … or the one the embedder rates closest to the whole question: the dense judgement across scripts, when the
    # fused ranking put another clause first (policy-model-risk 第六条's risk grades before 第二十六条's
    # revalidation cycle for "how often do we revalidate a high-risk model"). Round 45, gate on cached retrievals over
    # the tuning pools (3,240 answerable, 1,249 out-of-scope): answerable wrongly refused 96 -> 95, out-of-scope
    # refused unchanged (1,127). max keeps the first of equal similarities, in ranking order (deterministic). Round 46
    # re-judged it off against on (3,317 answerable, 1,276 out-of-scope): it holds one question (a scorecard model's
    # revalidation frequency), no near miss answered, round 45's newly pooled sets unmoved.
    dense = [h for h in retrieved if getattr(h, "similarity", None) is not None]
    closest = max(dense, key=lambda h: h.similarity, default=None)
    return hits[0] is retrieved[0] or hits[0] is closest


def _source_cue_words(question: str) -> set[str]:
    """The words of a Chinese phrase saying which texts to look in, not what is asked (routing's cues: 按内部制度, 行里,
    我行 for the bank's policies; 法律上, 法律规定 for the statute): the policy's clause stating the deadline asked need
    not say 内部制度, as a law's need not say 法律. English cues span the question's own words ("our retention
    policy"), so only the Chinese ones, whose wording is fixed, are read."""
    from ..routing import _LAW_INTENT, _POLICY_INTENT

    return {w for cue in (_POLICY_INTENT, _LAW_INTENT) for m in cue.finditer(question) if has_cjk(m.group(0))
            for w in tokenize(m.group(0))}


def _unknown_acronyms(question: str, doc_freq, bridged: list[str] = ()) -> set[str]:
    """Latin-letter terms of a Chinese question (RTO, VI, KPI) that no indexed clause uses and no glossary entry ties
    to the texts' legal terms: a technical term of the question's own field, which is what it is about. A sentence
    sharing the question's other words (核心, 系统) while naming none of it is about something else.
    Round 7: out_of_scope_blind2 half A 11 → 12 of 15 refused, no answerable question of the tuning data refused;
    the same rule for every unknown Chinese word (打招呼, 报上去) refused one more out-of-scope question and one
    answerable one (answerable_probe), so it was dropped."""
    bridged_tokens = {t for phrase in bridged for t in tokenize(phrase)}
    return {w for w in tokenize(question) if w.isascii() and w.isalpha() and len(w) >= 2 and doc_freq(w) == 0
            and w not in bridged_tokens}


def _unused_topic_words(question: str, doc_freq, bridged: list[str] = (),
                        bridges: dict[str, tuple[str, ...]] = {}) -> set[str]:
    """The question's topic words, in its own script, that no indexed clause uses and no glossary entry ties to the
    texts' legal terms: asking, general, everyday and figure words aside (as in `_carries`), what is left is what the
    question is about. Round 9b, gate only over the tuning data (251 out-of-scope, 656 answerable questions; see
    CARRIED_SHARE): with the no-overlap floor for such questions, 230 -> 240 refused, wrongly refused unchanged (30).
    Without the exception for English questions on Chinese law (counted on the covered questions' words and
    similarities, not rerun) one more would be refused (the PBOC dress code) and two answerable ones (AML, NFRA).
    Chinese questions gain little: their colloquial words (储户, 小朋友, 打招呼) are as often absent from the texts in
    answerable ones; of the tuning data the rule refuses two Chinese questions (柜面礼仪, 堡垒机), both under the
    Chinese no-overlap floor."""
    zh = has_cjk(question)
    bridged_tokens = {t for phrase in [*bridged, *bridges] for t in tokenize(phrase)}
    return {w for w in _topic_words(question) if has_cjk(w) == zh and doc_freq(w) == 0 and w not in bridged_tokens}


# A case told at length (what a company did: its name, its town, its cameras and parcels) names particulars no law
# names; told in many of the texts' own topic words too (consent, footage, erasure, controller …), it is about what
# those words are about, and its particulars are no sign the corpus misses its subject. Round 11, gate only over the
# tuning data: the out-of-scope questions the "unnamed" rule refuses use at most 6 topic words the indexed texts use
# (short questions naming one thing: CIPS, KPI, Delaware, 堡垒机); of 109 answerable texts it refused (GDPR case
# descriptions, gdpr_cases / gdpr_fines tuning halves, mostly) 98 use 8 or more, 86 use 10 or more. 8 leaves a margin of
# two words over the out-of-scope questions of the tuning data. Gate only, tuning halves: gdpr_cases wrongly refused
# 82 -> 10 of 198, gdpr_fines 33 -> 13 of 93; 10 words: 15 / 18. Every out_of_scope_* set's refusals unchanged, and
# answerable_*, realistic_dev (tuning half), realistic_blind_* and eu_probe wrongly refused unchanged or fewer.
# Round 40 (issue 11), the margin re-read on a pool four times that size (gate on cached retrievals; 1,114
# out-of-scope, 2,915 answerable): the out-of-scope questions the word tests refuse still use at most 6 such words
# (at 6, two are let through: staff dealing's pre-clearance, a bond underwriter's qualifications), so 7 keeps the
# rule's own bound (more than any out-of-scope question uses) with the margin the data now supports. Answerable
# wrongly refused 113 -> 111 (an internal SLA for access requests; what the consumer-protection law asks of a reply
# to a customer's question), out-of-scope refused unchanged (1,015); the helper's own id-hash halves -1 / -1.
TOLD_IN_TEXTS_WORDS = 7


# A case told as a statement (a fine decision: "The company was fined because it processed personal data without the
# consent of …") asks nothing about what it names, as the vocabulary test already holds (`strict`): half as many words
# of the texts suffice. Round 11, tuning halves: gdpr_cases wrongly refused 10 -> 4 of 198, gdpr_fines 13 -> 4 of 93
# (6 words: 5 / 8).
# No out-of-scope text of the tuning data is a statement, so this part is untested against them; a request told as an
# imperative (Write / List / 帮我写…) is held to the rule for questions.
TOLD_IN_TEXTS_WORDS_STATEMENT = 4


def _told_in_the_texts_words(question: str, doc_freq, unused: set[str]) -> bool:
    """Does the question use TOLD_IN_TEXTS_WORDS topic words or more that the indexed clauses use too (half as many
    for a case told as a statement)?"""
    asks = is_question(question) or bool(_REQUEST.search(question))
    needed = TOLD_IN_TEXTS_WORDS if asks else TOLD_IN_TEXTS_WORDS_STATEMENT
    return sum(1 for w in _topic_words(question) if w not in unused and doc_freq(w) > 0) >= needed


# An English question asked of Chinese text names its topic in English, which no Chinese clause can hold; the lexicon
# and the glossary give the laws' Chinese words for its words (lexicon.toml: borrower → 借款人, approve → 审批;
# glossary.toml: high-risk model → 高风险模型). A leading Chinese clause holding the laws' words for three of the
# question's words or phrases (rare ones, as salient_terms reads rarity) is about what the question is about, as a case
# told in TOLD_IN_TEXTS_WORDS of the texts' own words is: a further word no indexed clause uses (paperwork, cap, batch,
# exam: casual English the laws put otherwise) then tells the case, not a topic the corpus lacks. One clause, not the
# leading three together. Round 31, re-assessing the gate over the tuning data (865 out-of-scope, 2,307 answerable;
# cached retrievals): answerable wrongly refused 98 -> 84 (a single-borrower cap, a model's go-live paperwork, a model
# shipped before validation, an on-site exam obstructed, an overnight interbank loan for a fixed asset, a voucher batch,
# a PDF archive, payment backups abroad twice, a high-risk customer cut off from utilities …), out-of-scope refused
# unchanged (824); the lexicon alone: 91 and 824; two words of one clause: 79, but 820 (a complaint's reply days,
# Kafka on payments, staff parking, a Delaware board's written consent let through, each tied by two words).
TIED_IN_ONE_CLAUSE = 3
LEADING_CLAUSES = 3  # the leading clauses _ties_to_key_terms reads


def _tied_to_a_leading_clause(question: str, retrieval, doc_freq, bridges: dict[str, tuple[str, ...]],
                              rare: float = 0.05) -> bool:
    """Does a leading Chinese clause hold the laws' Chinese words for TIED_IN_ONE_CLAUSE of an English question's
    words or phrases (the lexicon's words, the legal terms of the glossary entries in `bridges`), each rare in the
    corpus (under `rare` of the clauses; a term of several words is as rare as its rarest word the texts use, at
    least)?"""
    from ...lexis.lexicon import load_lexicon

    def is_rare(term: str) -> bool:
        shares = [share for t in tokenize(term) if len(t) >= 2 and (share := doc_freq(t)) > 0]
        return bool(shares) and min(shares) < rare

    ties = [(question[start:end].lower(), words) for start, end, words in load_lexicon().spans(question)]
    ties += [(phrase.lower(), [t for t in terms if has_cjk(t)]) for phrase, terms in bridges.items()]
    ties = [(english, [w for w in words if is_rare(w)]) for english, words in ties]
    for hit in retrieval.hits[:LEADING_CLAUSES]:
        text = hit.clause.text
        if has_cjk(text) and len({english for english, words in ties if any(w in text for w in words)}) \
                >= TIED_IN_ONE_CLAUSE:
            return True
    return False


# The lexicon (lexicon.toml) holds the English words someone wrote down; CC-CEDICT read backwards (cedict.py) has the
# rest (principal → 本金, board member → 董事). An English question asked of Chinese text is tied to a leading Chinese
# clause holding the dictionary's word for one of its words, and a word the leading Chinese clause names so is no word
# "no indexed clause names" (assess._unnamed_words), as with the lexicon's words. Read as the retrieval's dictionary
# list reads it (config.py: a frequent English word or one with many translations only inside a phrase; Chinese words
# rare in the corpus), the translations counted over the whole dictionary rather than the texts' words (fewer words
# looked up alone). Round 31, re-assessing the gate over the tuning data (865 out-of-scope, 2,307 answerable; cached
# retrievals): answerable wrongly refused 83 -> 81 (a depositor's principal and interest held off, a board member's
# change told to the regulator), out-of-scope refused unchanged (824); every translation (no phrase-only words): 79
# and 824, dropped for the noise of a word's many senses (tight: 严格, 紧凑 …).


@lru_cache(maxsize=1)
def _dictionary():
    from ...lexis.cedict import Dictionary, common_english
    from ..config import RetrievalConfig
    from .asked_kinds import reversed_dictionary

    return Dictionary(reversed_dictionary().words, common_english(RetrievalConfig().dictionary_max_zipf))


def dictionary_words(text: str, doc_freq, rare: float = 0.05) -> list[str]:
    """CC-CEDICT's Chinese words (two characters or more, in under `rare` of the corpus' clauses) for the English
    words and phrases of `text`."""
    from ..config import RetrievalConfig

    return [w for w in _dictionary().chinese_words(text, RetrievalConfig().dictionary_max_translations)
            if len(w) >= 2 and 0 < doc_freq(w) < rare]


def dictionary_senses(word: str, doc_freq, rare: float = 0.05) -> list[str]:
    """Every CC-CEDICT Chinese word (two characters or more, in under `rare` of the corpus' clauses) among the first
    senses of one English word, however many it has (dictionary_words looks an ambiguous word up in phrases only).
    For the unnamed-word test (assess._unnamed_words) a sense is evidence only where a leading Chinese clause holds it:
    the clause then names what the word names (suggestion → 建议 of 银行业监督管理法第二十六条 「检查…的建议」, token →
    代币 of 代币票券, signing → 签名). Round 33 (issue 11), re-assessing the gate over the tuning data (937
    out-of-scope, 2,469 answerable; cached retrievals): answerable wrongly refused 95 -> 92 (those three), out-of-scope
    refused unchanged (872). Round 31 read every sense for the ties and the retrieval too, and dropped it for the noise
    of a word's many senses; here no sense is searched with, only found in a clause already retrieved."""
    from ...lexis.cedict import fold

    return [w for w in _dictionary().words.get((fold(word),), ()) if len(w) >= 2 and 0 < doc_freq(w) < rare]


def _unknown_topic_words(question: str, doc_freq) -> set[str]:
    """Chinese words of the question (two characters or more) that no indexed clause uses, asking and everyday words
    aside: what the question is about that the corpus does not name (冷静 of 冷静期, 存贷 of 存贷比)."""
    # a word the tokeniser drops (应当, 可以: function words) is in no clause's tokens but in every law's text
    return {w for w in segment(question) if len(w) >= 2 and has_cjk(w) and doc_freq(w) == 0 and tokenize(w)
            and not _FIGURE_WORD.fullmatch(w) and w not in EVERYDAY_ZH}


def glossary_bridges(question: str) -> dict[str, tuple[str, ...]]:
    """Each of the question's phrases a glossary entry matches, with that entry's legal terms (both languages)."""
    from ...lexis.glossary import load_glossary

    bridges: dict[str, tuple[str, ...]] = {}
    for entry in load_glossary().matches(question):
        for m in entry.pattern.finditer(question):
            bridges[m.group(0)] = bridges.get(m.group(0), ()) + entry.zh + entry.en
    return bridges
