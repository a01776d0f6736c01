"""Does the indexed corpus cover a question? Decides when to abstain instead of guessing (pure logic).

Signals, in order:
1. a named clause that does not exist (or is not in force), or one that leaves the figure asked to rules made
   elsewhere (「超过规定金额」) and states none;
2. a named law, standard, regulator or regime that is not indexed: 《…》 names, words ending like a law's title
   (…法/条例/办法/规定/细则/指引/准则/指令), English titles (… Act / Directive / Regulation / Ordinance), and
   the regimes of regimes.toml (Basel, IFRS, DORA, PCI DSS, OFAC, FCA, MAS, HKMA …) — unless the question
   also names an indexed law ("民法典和个保法对…" is answered from the PIPL);
   regimes.toml also names subjects no indexed text deals with (market rates, loan classification, crypto-assets,
   sustainability, bookkeeping, HR, deposit insurance, FX quotas, retail lending products …; asked about, not
   described in a finding), other jurisdictions' laws and regulators, and numbered standards (GB/T, JR/T) none cites;
3. relevance: a question in words the indexed texts do not use (`_foreign_vocabulary`); the best dense similarity
   below a floor, or no retrieved clause sharing any of the question's
   salient terms (terms rare in the corpus, plus the legal terms its glossary entries bring; general English words
   never; for an English question tied to the texts by nothing but its words, rare among the English clauses)
   below a higher floor;
4. the fact asked for: a figure (routing.asked_number_groups), a rate or a price, a frequency or a calendar date
   (asked_facts.py), or a figure the question quotes to have it confirmed, must be stated in a retrieved sentence
   about the question — sharing its key terms, or paraphrasing it on the embedder's scale. Otherwise it is a near
   miss: the corpus has the topic, not the fact. When the sentence about the question leaves the detail to rules
   made elsewhere (国家网信部门规定数量, delegated acts), the refusal says so (kind "delegated"). The clause holding
   that sentence must also carry most of the question's topic weighted by specificity (topic_weight.py): sharing
   the generic words (备案, 网信, 工作日) of another procedure is not being about the question's object (标准合同).
The floors belong to the embedder (its similarity scale), see `CoverageFloors`.

Beside this module: named_laws.py (signal 2: laws and regimes named), vocabulary.py (the word lists and the
off-topic test of signal 3), everyday_english.py (plain English words that name no topic, from general word
frequencies), asked_facts.py and asked_items.py (what signal 4 checks is asked for: figures'
kinds, frequencies and dates; rosters, forms, runbooks, contacts, authorities; asked_counts.py: counts, fees, sizes and
periods of a named kind), topic_weight.py (what a clause
carries of the question's topic).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace

import numpy as np

from ..language import detect_language, has_cjk
from ..text.numerals import CN_NUMERAL_CHARS
from ..text.articles import CN_ARTICLE_LABEL
from ..types import Retrieval
from ..text.tokens import segment, tokenize
from .asked_facts import FREQUENCY, asked_facts, asked_groups, narrowed, states_frequency
from .asked_counts import asked_counts, asked_period_kinds, names_period_kind
from .asking_phrases import asking_only_terms
from .commencement import asks_commencement, states_commencement
from .asked_items import (_ANY_FIGURE, asked_items, asked_limit_groups, asking_clauses, asks_membership, named_groups,
                          names_groups)
from .asked_specifics import asked_specifics, asked_threshold_groups
from .jurisdiction_default import DEFAULT_LISTS
from .lexicon import load_lexicon
from .named_laws import (asks_about_home, is_question, load_regimes, named_as_comparison, regimes_in,  # noqa: F401
                         unknown_law_mentions)
from .party_ties import about_other_parties, named_parties
from .quoted_figures import confirmed_statement, confirming_parts, without_indefinite_counts
from .routing import asked_number_groups, asks_consequences, jurisdiction_of
from .sibling_kinds import kinds_named, names_other_kinds
from .topic_weight import carried_share, carried_words, topic_weights
from .vocabulary import (_ASKING_WORDS_EN, _EVERYDAY_ZH, _GENERAL_EN, _PERIOD_WORD, _POSSESSIVE,
                         _foreign_vocabulary, _says_nothing, _unanchored_english, english_doc_freq, named_in_earnest)


@dataclass(frozen=True)
class CoverageFloors:
    """Dense-similarity floors on one embedder's scale (e5 cosines sit in ~0.75–0.95). English questions score
    lower against the (mostly Chinese) corpus, so they have floors of their own."""

    similarity: float = 0.80
    no_overlap: float = 0.86
    similarity_en: float = 0.78
    no_overlap_en: float = 0.84
    # A sentence stating what a question asks for is about the question when, sharing one of its key terms, it is
    # this close to it (a paraphrase: 逾期记录挂几年 ~ 不良信息的保存期限为5年). None: word evidence alone.
    sentence: float | None = None

    def for_language(self, language: str) -> tuple[float, float]:
        return (self.similarity_en, self.no_overlap_en) if language == "en" else (self.similarity, self.no_overlap)


@dataclass(frozen=True)
class Coverage:
    covered: bool
    reason: str = ""  # for logs and the audit trail (English)
    unknown_laws: tuple[str, ...] = ()
    kind: str = ""  # why not covered, for the user's message in their language (messages.coverage_notice)


def salient_terms(question: str, doc_freq: Callable[[str], float], expansion: list[str] = (), rare: float = 0.05) -> set[str]:
    """The question's terms that say what it is about: tokens found in under `rare` of the corpus' clauses
    (generic words like 银行, 客户, 规定 are everywhere), plus the legal terms its glossary entries bring."""
    words = _whole_words(question)
    # "does", "when", "there" are rare in legal text but say nothing about the topic: sharing them is no evidence.
    terms = {t for t in words if len(t) >= 2 and t not in _ASKING_WORDS_EN and t not in _GENERAL_EN
             and 0 < doc_freq(t) < rare}
    for term in expansion:
        terms.update(t for t in tokenize(term) if len(t) >= 2 and 0 < doc_freq(t) < rare)
    return terms


def assess(question: str, retrieval: Retrieval, catalog, token_lists_of, floors: CoverageFloors = CoverageFloors(),
           doc_freq: Callable[[str], float] | None = None, expansion: list[str] = (),
           similarity_to: Callable[[str, list[str]], list[float]] | None = None,
           english_doc_freq: Callable[[str], float] | None = None, bridged: list[str] = (),
           bridges: dict[str, tuple[str, ...]] | None = None) -> Coverage:
    """`token_lists_of(hit)` gives the lexical tokens of a hit's clause; `doc_freq(token)` the share of clauses
    holding a token (relevance evidence; without it only the similarity floors decide); `similarity_to(question,
    sentences)` the embedder's similarity of the question to each sentence (paraphrase evidence, see `_stated`);
    `english_doc_freq(token)` an English token's share among the clauses in English (see `_unanchored_english`);
    `bridged` the question's words a glossary entry ties to the texts' legal terms (see `_foreign_vocabulary`);
    `bridges` each such phrase with its entry's legal terms (see `topic_weight.carried_share`)."""
    exact_found = any("exact" in h.sources for h in retrieval.hits)
    if retrieval.missing_refs and not exact_found:
        return Coverage(False, "; ".join(retrieval.missing_refs), kind="missing_clause")
    if exact_found:
        return _named_clause_coverage(question, retrieval)
    named = frozenset(d for m in catalog.find_mentions(question) for d in m.doc_ids)  # the laws the question names
    names_indexed_law = any(catalog.is_indexed(d) for d in named)
    unknown = [name for name in unknown_law_mentions(question, catalog)
               if not _interpreted_by(name, question, retrieval, token_lists_of, doc_freq)]
    if unknown and not names_indexed_law:  # "民法典和个保法对…" is still answered from the PIPL
        return Coverage(False, "not indexed: " + "、".join(unknown), tuple(unknown))
    regimes = regimes_in(question, doc_freq)
    if regimes:  # another jurisdiction's regime named as a comparison (named_laws.py)
        home = asks_about_home(question)
        regimes = [name for name in regimes if not (_regime(name).foreign
                                                    and (home or named_as_comparison(question, _regime(name).pattern)))]
    outside = {r.name for r in load_regimes() if r.outside_extract}
    if regimes and (not names_indexed_law or outside.intersection(regimes)):
        return Coverage(False, "not indexed: " + "; ".join(regimes), tuple(regimes))
    if not retrieval.hits:
        return Coverage(False, "nothing retrieved", kind="nothing")
    if _commencement_of_named_law(question, retrieval, catalog, named):
        return Coverage(True)
    english = detect_language(question) == "en"
    # An English question about Chinese law is asked of Chinese text: its words cannot be the texts' words.
    # So is one asking what holds at home beside another jurisdiction's regime ("does that count in China?").
    about_chinese_law = english and (jurisdiction_of(question) == "CN" or _names_chinese_text(named, catalog)
                                     or asks_about_home(question))
    # a case told as a statement (a fine decision) is described in many words of its own: only questions are measured
    # strictly (English words from three clauses on, a glossary trigger vouching for one word, not the question)
    strict = english and is_question(question)
    if doc_freq is not None and not names_indexed_law and not about_chinese_law and (not expansion or strict):
        if _foreign_vocabulary(question, doc_freq, bridged, strict):
            return Coverage(False, "the question's words are not the words of the indexed texts", kind="vocabulary")
    best = max((h.similarity for h in retrieval.hits if h.similarity is not None), default=None)
    floor, no_overlap_floor = floors.for_language("en" if english else "zh")
    if best is None:  # every hit from the lexical or policy lists, or no dense search at all
        # the dense search ran but came nowhere near ("capital" of a city → 注册资本 by the dictionary): weak evidence.
        # Only the floor: the tests below read hits' similarities (gate over the tuning questions, 760 out of scope,
        # 1,982 answerable: all tests 712 → 713 refused but a policy question refused too; the floor alone 713, none)
        searched = retrieval.best_similarity
        if searched is not None and searched < floor:
            return Coverage(False, f"weak evidence (similarity {searched:.2f})", kind="weak")
        return Coverage(bool(retrieval.hits))
    if best < floor:
        return Coverage(False, f"weak evidence (similarity {best:.2f})", kind="weak")
    rarity = doc_freq
    if english_doc_freq is not None and _unanchored_english(question, expansion, names_indexed_law):
        rarity = english_doc_freq
    # An English question not tied to the EU is asked of Chinese text too: the laws' Chinese words for its English
    # words (lexicon.toml: takeover → 接管) are its key terms there, as the glossary's legal terms are, so a Chinese
    # sentence stating the figure it asks (接管期限最长不得超过二年) is about it. Round 14, gate over the English
    # tuning questions: answerable wrongly refused 53 -> 51 of 719, out-of-scope refused unchanged (150 of 167); for
    # EU questions too, 53 -> 52 (a GDPR access deadline lost: its Chinese words raised the terms a sentence must share).
    ties_zh = load_lexicon().chinese_words(question) if english and jurisdiction_of(question) != "EU" else []
    key = salient_terms(question, rarity, [*expansion, *ties_zh]) if rarity is not None else set(tokenize(question))
    # a hit only the no-cue Chinese lists reached (jurisdiction_default.py) is no evidence of coverage on its own: the
    # lists bring the nearest Chinese clauses whatever the question, so they are judged as the other hits would be
    evidence = [h for h in retrieval.hits[:3] if not set(h.sources) or not set(h.sources) <= DEFAULT_LISTS]
    overlap = bool(key) and any(key & set(token_lists_of(h)) for h in evidence)
    if english and not overlap and doc_freq is not None:
        # The laws' Chinese words for the question's English words (lexicon.toml; rare ones only, as key terms are)
        # tie it to a leading Chinese clause using one: the word overlap an English question can have with Chinese
        # text, also with a clause only the no-cue Chinese lists reached (the dense list alone is what proves nothing).
        # Round 13, gate over the English questions of the tuning data (170 out-of-scope, 213 answerable): refused
        # unchanged (162), answerable wrongly refused 43 -> 39 (AML cash across the border, archive approval twice, a
        # lender's automated refusals), with the lexicon's part in the unnamed rule below on.
        ties = [w for w in load_lexicon().chinese_words(question) if 0 < doc_freq(w) < 0.05]
        overlap = any(w in h.clause.text for w in ties for h in retrieval.hits[:3] if has_cjk(h.clause.text))
    # An English question answered from Chinese text shares words with it only through the glossary: without an
    # entry, the similarity floor alone decides (the word-overlap evidence cannot exist across languages).
    across = english and bool(evidence) and all(has_cjk(h.clause.text) for h in evidence)
    if not overlap and not across and best < no_overlap_floor:
        return Coverage(False, f"no retrieved clause shares the question's key terms (similarity {best:.2f})",
                        kind="no_overlap")
    # A question naming something no indexed clause names (CIPS, KPI, Delaware, 礼仪, 堡垒机) shares only its generic
    # words (consent, board, 培训) with the clauses it retrieves: that is no evidence the corpus covers what it names,
    # so it is held to the floor a question sharing no key term is held to. An English question on Chinese law is
    # asked of Chinese text, where its English words cannot occur.
    unused = _unused_topic_words(question, doc_freq, bridged, bridges or {}) \
        if doc_freq is not None and not about_chinese_law else set()
    if english and all(has_cjk(h.clause.text) for h in retrieval.hits[:3]):
        # answered from Chinese clauses (the no-cue lists' too): an English word the lexicon gives the laws' Chinese
        # word for (directors → 董事, reserves → 准备金, refuses → 拒绝) is named there, in Chinese (every lexicon word
        # occurs in the corpus). Round 13, gate over the English questions of the tuning data: refused unchanged (162
        # of 170), answerable wrongly refused 44 -> 43 of 213 held to clauses other lists than the no-cue ones reached
        # (required reserves), then, with the lexicon ties above, 39 -> 37 for every question whose leading clauses
        # are Chinese (a wallet for a user refusing his real name, examiners' on-site procedures). Skipping the rule
        # for every question answered from Chinese clauses instead let an App Store rating question through (162 ->
        # 161); folding possessives (a bank's, customers') changed no outcome: both dropped.
        unused = {w for w in unused if not load_lexicon().chinese_words(w)}
    if english and unused:  # plain English words telling the case (fly, books, happens) are not what it is about
        unused = named_in_earnest(question, unused, doc_freq)  # figures: vocabulary.py
    if unused and best < no_overlap_floor and not _told_in_the_texts_words(question, doc_freq, unused):
        return Coverage(False, f"no indexed clause names {', '.join(sorted(unused))} (similarity {best:.2f})",
                        kind="unnamed")
    told = without_indefinite_counts(question)  # 好几年没更新 tells a case; it asks no figure (quoted_figures.py)
    facts = asked_facts(told)
    # how often / on which date: that fact is what is asked, not the figures its wording asks for (多久, 至少几)
    asking = _asking_part(told)
    facts += _quoted_frequency(asking, confirmed_statement(told), facts)
    wanted = narrowed(question, asked_groups(told)
                      | (set() if facts else asked_number_groups(asking) or asked_limit_groups(asking)
                         or asked_threshold_groups(asking))) \
        | _quoted_groups(asking, confirmed_statement(told))
    paraphrase = _Paraphrase(question, similarity_to, floors.sentence)
    # the legal terms of glossary entries the asking alone triggered (保存多久 → 保存期限) do not tie a sentence to the
    # question's topic (asking_phrases.py); a sanction asked (罚多少) is the topic of the penalty articles' terms
    if not asks_consequences(question):
        expansion = [t for t in expansion if t not in asking_only_terms(bridges or {}, _asks_the_figure)]
    # A penalty article names the conduct it punishes by the article it refers to (违反本法第三十一条规定…): its words
    # are not the question's, so the fine it states is judged by the shared words alone, as before.
    carries = _carries(question, rarity, token_lists_of, bridges or {}) \
        if rarity is not None and not asks_consequences(question) else None
    # a figure the question itself states as its premise ("同一借款人是10%，那…上限是多少") is not the figure it asks
    quoted = _quoted_values(question)
    premise = _figure_values(question) - quoted
    # a figure asked for a group of persons (未成年人, 老年人) is stated only by a sentence naming that group
    groups = named_groups(question)

    # a period of a named kind (有效期, 任期) is stated only by a sentence naming that kind (asked_counts.py)
    kinds = asked_period_kinds(asking)

    # a period asked in days or hours (几天, 几个小时, how many days) is not answered by one of a year or more
    in_scale = _in_asked_scale(asking)

    # a retention period asked of a kind of record (签到记录要保存几年) is stated only by a sentence naming that kind
    kept = _kept_record_kind(asking)

    def states_figure(sentence: str) -> bool:
        return (_states_figure(sentence, wanted, premise, in_scale) and names_groups(sentence, groups)
                and names_period_kind(sentence, kinds) and _names_kept(sentence, kept))

    def delegated() -> bool:  # the sentence about the question leaves the detail to rules made elsewhere
        return _stated(question, retrieval, key, doc_freq, english, _DELEGATES.search, paraphrase, expansion,
                       bridged=bridged)

    lead = SimpleNamespace(hits=retrieval.hits[:DELEGATION_DEPTH])
    sanction = asks_consequences(question)  # a fine is stated in a penalty article's words, not the question's
    if wanted and _stated(question, lead, key, doc_freq, english, _DELEGATES.search, paraphrase, expansion,
                          bridged=bridged) and not _stated(question, lead, key, doc_freq, english, states_figure,
                                                          paraphrase, expansion, quoted, bridged,
                                                          named=named, figure=not sanction):
        return Coverage(False, "the leading clauses leave the figure to rules not in the corpus", kind="delegated")
    measure = _unnamed_measure(asking, doc_freq, bridged) if english and doc_freq is not None else []
    measure = measure if wanted or _FIGURE_NOUN.search(asking) else []
    if measure:
        return Coverage(False, f"the question asks for a figure of {' or '.join(measure)}, which no indexed clause names",
                        kind="figure")
    cites = _cited_articles(catalog)
    if wanted and not _stated(question, retrieval, key, doc_freq, english, states_figure, paraphrase, expansion,
                              quoted, bridged, carries, cites, named, figure=not sanction):
        if delegated():
            return Coverage(False, "the clause on the question leaves the figure to rules not in the corpus",
                            kind="delegated")
        return Coverage(False, "the question asks for a figure no retrieved clause states", kind="figure")
    # whether something is on a list: the corpus answers only if it names that thing somewhere (asked_items.py)
    if asks_membership(question) and doc_freq is not None and is_question(question):
        named_nowhere = {w for w in _unused_topic_words(question, doc_freq, bridged, bridges or {})
                         if not doc_freq(_POSSESSIVE.sub("", w))}  # the GDPR's: GDPR
        if named_nowhere:
            return Coverage(False, f"asks whether {', '.join(sorted(named_nowhere))} is on a list no indexed text "
                                   "names it in", kind="roster")
    # a list, a form, a runbook or a contact asked for (asked_items.py) is checked as a frequency or a date is; a case
    # told as a statement ("the database contained health questionnaires") asks for none
    # and only by the clauses that ask, not by those telling the case (asked_items.asking_clauses)
    asked_for = asking_clauses(asking, _asks_or_requests)
    items = asked_items(asked_for) if is_question(question) else []
    # more wording for these (asked_specifics.py): a frequency to confirm, whether an official list exists, a table to
    # fill in, a standard's number, a count of tiers, the members of a roster of organisations
    items += asked_specifics(asked_for, [*facts, *items]) if is_question(question) else []
    # a count of things, a fee, a size (asked_counts.py)
    items += asked_counts(asked_for, [*facts, *items]) if is_question(question) else []
    for fact in [*facts, *items]:
        if not _stated(question, retrieval, key, doc_freq, english, fact.stated.search, paraphrase, expansion,
                       bridged=bridged, carries=carries, cites=cites, named=named):
            if delegated():
                return Coverage(False, f"the clause on the question leaves the {fact.name} to rules not in the corpus",
                                kind="delegated")
            return Coverage(False, f"the question asks for a {fact.name} no retrieved clause states", kind=fact.name)
    return Coverage(True)


@lru_cache(maxsize=None)
def _regime(name: str):
    """The regimes.toml entry of that name (`foreign`: another jurisdiction's; `pattern`: how it is named)."""
    return next(r for r in load_regimes() if r.name == name)


def _names_chinese_text(named: frozenset[str], catalog) -> bool:
    """The question names an indexed law written in Chinese (PIPL, the credit reporting regulation): asked in English,
    it is asked of Chinese text, where its English words cannot occur, as a question with a Chinese cue is
    (routing.jurisdiction_of has no law names). Round 18, gate over the tuning data: answerable wrongly refused
    127 -> 125 of 2,108 (a PI handler, PI processing rules under PIPL), out-of-scope refused unchanged (579 of 655)."""
    by_doc_id = getattr(catalog, "by_doc_id", None)
    if by_doc_id is None:  # a stub catalog in tests
        return False
    return any((info := by_doc_id(d)) is not None and info.language == "zh" and catalog.is_indexed(d) for d in named)


def _commencement_of_named_law(question: str, retrieval: Retrieval, catalog, named: frozenset[str]) -> bool:
    """A question on when an indexed law it names takes effect ("PIPL has been in force since 1 Nov 2021, yes?", 征信业
    管理条例什么时候施行), led by that law's clause stating its commencement (commencement.py: 本法自…起施行, "shall
    enter into force"), is answered by that clause. Its words are those of dates and of the law's name, which the
    similarity floors and the unnamed-word test read as no evidence (an English question is far from the Chinese 附则
    on the embedder's scale). Round 18, gate over the tuning data: answerable wrongly refused 131 -> 128 of 2,108,
    out-of-scope refused unchanged (579 of 655)."""
    lead = retrieval.hits[0].clause
    return asks_commencement(question) and lead.doc_id in named and catalog.is_indexed(lead.doc_id) \
        and states_commencement(lead.text)


def _interpreted_by(law: str, question: str, retrieval: Retrieval, token_lists_of, doc_freq) -> bool:
    """A leading clause interprets an article of the law named (最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事
    案件适用法律若干问题的解释第一条 「刑法第二百五十三条之一规定的“公民个人信息”，是指…」): the question is answered by
    the indexed interpretation, not by the unindexed law (the 刑法 itself). A law the texts only mention (适用公司法) is
    not interpreted by them, nor is a question on another crime of the same law (受贿, 洗钱: see below). Round 15, gate
    over the tuning data: answerable wrongly refused 79 -> 77 of 1,286 (questions on what counts as 公民个人信息 and as
    提供 under the crime of infringing personal information), out-of-scope refused unchanged (496 of 547; none names a
    law an indexed text interprets article by article). Without the shared rare word (rare: under 1% of clauses) a
    third answerable question passed too, and so did made-up questions on bribery, money laundering and card fraud."""
    if doc_freq is None:
        return False
    name = law.strip("《》").removeprefix("中华人民共和国")
    cites = re.compile(re.escape(name) + rf"》?第[{CN_NUMERAL_CHARS}]+条")
    # and it is what the question asks about: the clause shares a rare word of the question besides the law's name
    # (公民个人信息, 行踪轨迹), not a question on another crime (受贿, 洗钱) that only the law's name brought there
    terms = {t for t in salient_terms(question, doc_freq, rare=0.01) if name not in t}
    return any(cites.search(h.clause.text) and terms & set(token_lists_of(h)) for h in retrieval.hits[:3])


def _named_clause_coverage(question: str, retrieval: Retrieval) -> Coverage:
    """A question naming a clause is answered from it, unless it asks for a figure that the named clause leaves to
    rules made elsewhere and states none of (反洗钱法第三十五条 「超过规定金额的」 for "超过多少钱要报"): the corpus has the
    clause, not the figure."""
    named = [h for h in retrieval.hits if "exact" in h.sources]
    wanted = asked_groups(question) | asked_number_groups(question)
    premise = _figure_values(question) - _quoted_values(question)
    sentences = [s for h in named for s in _SENTENCE.split(h.clause.text)]
    if (wanted and any(_DELEGATES.search(s) for s in sentences)
            and not any(_states_figure(s, wanted, premise) for s in sentences)):
        return Coverage(False, "the named clause leaves the figure to rules not in the corpus", kind="delegated")
    return Coverage(True)


# A clause leaving a detail to rules made elsewhere (round 7, issue 11): PIPL 第四十条 "达到国家网信部门规定数量的",
# 商业银行法 "按照规定的比例", "具体办法由国务院…制定", "另行规定"; GDPR / AI Act "the Commission shall adopt delegated
# acts", "implementing acts", "as laid down by Member State law". It says why a figure or fact the question asks for
# is missing; and when one of the two leading clauses, about the question, leaves the figure to such rules while
# neither states it (商业银行法第三十八条 按照中国人民银行规定的贷款利率的上下限 for a question on a rate cap), a figure
# in a clause further down is about something else: not covered (round 7: out_of_scope_probe 51 → 52 of 57 refused, no
# answerable question of the tuning, probe or blind A data refused).
_DELEGATES = re.compile(
    r"(?:国务院|国家网信部门|监督管理机构|主管部门|有关部门|人民银行)[^。；，]{0,12}(?:规定|制定|确定)的?"
    r"(?:数量|标准|比例|期限|金额|条件|范围|办法|程序|目录)|具体(?:办法|规定|标准|管理办法)由|另行(?:制定|规定)|"
    r"按照[^。；，]{0,12}规定的[^。；，]{0,8}(?:比例|标准|期限|数量|条件|上下限|上限|下限)|"
    # a threshold named by the law but set elsewhere: 反洗钱法第十八条、第二十九条、第三十五条 「超过规定金额」「规定金额以上」
    r"(?:超过|达到|低于|不足|提供|从事)规定的?(?:金额|数额|数量|比例)|规定(?:金额|数额)以上|"
    r"\b(?:delegated acts?|implementing acts?|as (?:laid down|provided|specified) (?:by|in) (?:Union or )?Member State law|"
    r"shall be (?:determined|specified|laid down) by)\b", re.I)


# A retention period asked of a kind of record (签到记录要保存几年, 欠息记录会保留几年): the record is named by the words
# before the retention verb, a generic record word (记录, 资料, 档案 …) and what kind it is (签到, 欠息). A sentence
# keeping another kind of record (员工人事档案…保存三十年, 征信查询授权书及其查询记录…保存五年) states that kind's period,
# however many words it shares with the question (general usage: a record is known by its kind, as in 档案与记录保存管理
# 办法第十条至第二十二条, one kind per article). The kind's glossary terms count as naming it.
# Round 22, gate over the tuning data (730 out-of-scope, 1,898 answerable): refused 671 -> 673 (training sign-in
# records, a company's interest-arrears records), answerable wrongly refused unchanged (105; 13 answerable questions
# ask a kind of record's period, all still answered).
_RECORD_WORD = re.compile(r"记录|资料|档案|文件|信息|数据|材料|凭证|报告|日志|单据|表格?")
_BEFORE_VERB = re.compile(r"要|会|应当|应|需要|需|得|的|应该|能|可以|必须|一般|都|最少|至少|最多|最长|该")
_KEEPS = re.compile(r"保存|保留|留存")


def _kept_record_kind(asking: str) -> set[str]:
    """The word saying what kind of record a Chinese question asks the retention period of (签到 of 签到记录要保存几年):
    the word before a generic record word that stands right before the retention verb; empty otherwise."""
    words = segment(asking)
    for i, w in enumerate(words):
        if not _KEEPS.fullmatch(w):
            continue
        j = i - 1
        while j >= 0 and _BEFORE_VERB.fullmatch(words[j]):  # 要, 会, 应当 … between the record and the verb
            j -= 1
        if j >= 1 and _RECORD_WORD.fullmatch(words[j]):
            kind = words[j - 1]
            if has_cjk(kind) and len(kind) >= 2 and not _BEFORE_VERB.fullmatch(kind) and not _RECORD_WORD.fullmatch(kind):
                return {kind}
        return set()
    return set()


def _names_kept(sentence: str, kind: set[str]) -> bool:
    """A Chinese sentence with a retention verb names the kind of record asked (or the question asks none)."""
    if not kind or not has_cjk(sentence) or not _KEEPS.search(sentence):
        return True
    from .glossary import load_glossary

    terms = set(kind)
    for w in kind:
        terms.update(t for t in load_glossary().expansion(w) if has_cjk(t))
    return any(t in sentence for t in terms)


# The quantity an English question asks the figure of, as general English asks it: "what (minimum) X (value|rate …)",
# X up to the verb or preposition that follows it ("what minimum AUC does …", "what PSI value forces …", "what
# hallucination rate is allowed"). A quantity no indexed clause names, in either language (a metric of model
# validation, of a field's own practice), is one no indexed clause states a figure of.
# Round 22, gate over the tuning data (730 out-of-scope, 1,898 answerable): refused 675 -> 678 (scorecard AUC / Gini
# twice, a PSI value), answerable wrongly refused unchanged (105; two answerable questions ask a quantity so, both
# named by the texts: capital adequacy). Read loosely (any words before a verb) it refused one answerable question.
_ASKED_MEASURE = re.compile(
    r"\bwhat(?:'s|’s| is| are)?\s+(?:the\s+)?(?:minimum|maximum|max|min|lowest|highest|required|acceptable)?\s*"
    # a quantity named by its acronym or proper name (AUC, Gini, PSI) …
    r"(?:((?-i:[A-Z][A-Za-z0-9-]*)(?:\s+(?:or|and)\s+(?-i:[A-Z][A-Za-z0-9-]*))*)\s+(?=(?:does|do|is|are|must|should|"
    r"can|value|rate|ratio|score|threshold|level)\b)"
    # … or by the words before the kind of figure asked (hallucination rate, drift score)
    r"|((?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)\s+(?=(?:value|rate|ratio|score|threshold)s?\b))", re.I)
_MEASURE_FILLER = re.compile(r"or|and|the|a|an|current", re.I)
# "what X value / rate / score" asks for a figure of X whatever its kind (routing's wording asks "what is the … rate")
_FIGURE_NOUN = re.compile(r"\bwhat\s+(?:[A-Za-z][\w-]*\s+){1,3}(?:value|rate|ratio|score|threshold|level)\b", re.I)


def _unnamed_measure(asking: str, doc_freq, bridged: list[str] = ()) -> list[str]:
    """The words of the quantity an English question asks a figure of, when none of them is a word of the indexed
    texts (in the clauses, or tied to their Chinese words by the lexicon or a glossary entry); empty otherwise."""
    m = _ASKED_MEASURE.search(asking)
    if not m:
        return []
    bridged_tokens = {t for phrase in bridged for t in tokenize(phrase)}
    words = [w for w in (m.group(1) or m.group(2)).split() if not _MEASURE_FILLER.fullmatch(w)]
    unknown = [w for w in words if doc_freq(w.lower()) == 0 and w.lower() not in bridged_tokens
               and not load_lexicon().chinese_words(w)]
    return words if words and len(unknown) == len(words) else []


def _asking_part(question: str) -> str:
    """The sentences of a text of several that ask something: a case told before its question ("Four months later
    she still had no reply. Did the shop break the rules?") or a fine decision told as a statement states figures
    (amounts, dates, periods, "below the required minimum amount") that it does not ask for. A text of one sentence
    (a question, or a keyword query) is taken whole. Round 11, gate only over the tuning data: gdpr_cases wrongly
    refused 4 -> 3 of 198, gdpr_fines 4 -> 3 of 93, answerable_refuse11b batch A 3 -> 2 of 8 ("Four months later she
    still had no reply": `still` … `?` read as a figure quoted for confirmation); out-of-scope refusals unchanged."""
    sentences = [s for s in _TEXT_SENTENCE.split(question) if s.strip()]
    if len(sentences) < 2:
        return question
    return " ".join(s for s in sentences if is_question(s) or _REQUEST.search(s))


# sentence ends: Chinese ones, and English . ! ? before a space (a decimal point or "S.A." inside a word stays)
_TEXT_SENTENCE = re.compile(r"(?<=[。！？!?；;])|(?<=[.!?])\s+(?=[A-Z\d\"'‘“(])")


def _quoted_frequency(question: str, confirmed: str, facts: list) -> list:
    """A frequency a question quotes to have it confirmed (每半年搞一次…应该没问题吧, 每三年重新签一次…对吧, "once a year,
    right?") asks for a frequency: a sentence stating a period of another fact (评估报告…至少保存三年) shares the figure,
    not what it is of. Answered, as 多久一次 is, by a sentence stating a frequency (asked_facts._STATES_FREQUENCY). Round
    22, gate over the tuning data (730 out-of-scope, 1,898 answerable): refused 673 -> 675 (a consent renewal every three
    years let through by a three-year retention, a disaster-recovery drill every half year), answerable wrongly refused
    unchanged (105; three answerable questions quote a frequency, all still answered)."""
    if any(f.name == "frequency" for f in facts):
        return []
    parts = [*confirming_parts(question, _CONFIRMING), *([confirmed] if confirmed else [])]
    return [FREQUENCY] if any(states_frequency(part) for part in parts) else []


def _quoted_groups(question: str, confirmed: str = "") -> set[str]:
    """Figure groups of the figures a question quotes to have them confirmed ("存贷比是不是不能超过75%", "现在是150%还是
    120%", "is it still 5 years?"): the answer is a figure of that kind, so a clause that states none does not answer
    it. A figure in a statement (a case description's "五个月后才通知", "处理超过一千万人的…有什么义务") is not asked,
    unless a closing tag sentence asks to have that statement confirmed (`confirmed`, quoted_figures.confirmed_statement).
    """
    from ..verify.quantities import figure_kinds

    parts = [*confirming_parts(question, _CONFIRMING), *([confirmed] if confirmed else [])]
    groups = {g for part in parts for g in figure_kinds(part) & _CONFIRMED_GROUPS}
    # a period quoted in one unit is confirmed or corrected by one in another (过一个月再备案 ~ 十个工作日内备案; round
    # 19, gate over the tuning data: answerable wrongly refused one fewer, out-of-scope refused unchanged)
    return groups | _PERIOD_GROUPS if groups & _PERIOD_GROUPS else groups


_PERIOD_GROUPS = frozenset({"months", "duration", "workday"})  # verify.quantities' groups of periods


# A figure offered on its own as a guess after the question (「…留几年？10年？」, "… how long? 30 days?"): the sentence is
# the figure and a question mark, asking to have it confirmed, not a premise the question states (general usage).
# Round 18, gate over the tuning data: see the commit.
_GUESS = rf"^\s*(?:是|就|要|大概|maybe|like)?\s*[\d{CN_NUMERAL_CHARS}.,]+\s*[A-Za-z\u4e00-\u9fff%％]{{0,8}}\s*[？?]\s*$"
# A sentence ending in the particle 吧 states what the asker supposes and asks to have it confirmed (general Chinese
# usage: 这样就合规了吧, 不用报监管吧, 15%吧): the figures of its plan (存三个月就覆盖掉, 有效期定为两年) are quoted to be
# confirmed, as with 是不是. Round 19, gate over the tuning data (685 out-of-scope, 2,165 answerable questions):
# refused 600 -> 604 (plans of a training frequency, a hallucination rate, two validity periods), answerable wrongly
# refused 111 -> 112 (放个三五年再卖，可以吧: 三五年 read as 35 years, which no clause states), with the periods below.
_SUPPOSING = r"吧\s*[？?]?\s*$"
# an English alternative ("six months or a year?", "… or …, over five years?") quotes its figures as 还是 does
# (round 7: out_of_scope_probe 52 -> 53 of 57, no answerable question of the tuning data refused)
_CONFIRMING = re.compile(r"是不是|还是|对吗|是否(?:还|仍)|吗[？?]|\b(?:is it|isn't it|still|right|correct)\b.*\?|"
                         r"\bor\b[^.?!]*\?|" + _GUESS + "|" + _SUPPOSING, re.I)
# A head count quoted to be confirmed (超过10万人，是不是要备案) asks for a head count as a period or an amount does (round 13,
# gate over the tuning data: out-of-scope refused 354 -> 355 of 385, answerable wrongly refused unchanged, 61 of 1278)
_CONFIRMED_GROUPS = _ANY_FIGURE  # every figure group the gate checks


def _quoted_values(question: str) -> frozenset:
    """(group, value) of the figures a question quotes to have them confirmed (see `_quoted_groups`)."""
    # round 6: answerable questions refused on the tuning sets 15 → 14, out-of-scope ones unchanged
    parts = [*confirming_parts(question, _CONFIRMING), confirmed_statement(question)]
    return frozenset(v for part in parts if part for v in _figure_values(part))


def _figure_values(text: str) -> frozenset:
    """(group, value) of each figure a text states: 5% and 百分之五 are the same ('percent', 5.0)."""
    from ..verify.quantities import extract_quantities

    return frozenset((group, round(value, 6)) for group, value in (q.base() for q in extract_quantities(text)))


def _states_figure(sentence: str, wanted: set[str], premise: frozenset = frozenset(),
                   in_scale: Callable[[str, float], bool] = lambda group, value: True) -> bool:
    """The sentence states a figure of a wanted kind, on the scale asked, other than one the question gives as its
    premise."""
    return any(group in wanted and (group, value) not in premise and in_scale(group, value)
               for group, value in _figure_values(sentence))


# A question counting days or hours (逾期几天, 多少天内清退, 几个小时内报告, how many days) asks for a period on that scale:
# a sentence whose period is a year or more (不良信息的保存期限为5年, 连续2年以上未开展支付业务) states another fact that
# merely shares the kind "period" (general usage: nobody counts a period of years in days). Months stay in scale (一个月内
# answers 多少天内). Round 16, gate over the tuning data (591 out-of-scope, 1,836 answerable questions): refused 530 ->
# 531 (the days to return a revoked payment institution's client funds, let through by 连续2年以上未开展支付业务),
# answerable wrongly refused unchanged (104, the same questions).
_ASKS_DAYS_OR_HOURS = re.compile(r"(?:多少|几)(?:个)?(?:工作|自然)?(?:天|日|小时)|\bhow many (?:working |business |calendar )?"
                                 r"(?:days|hours)\b", re.I)
YEAR_IN_MONTHS = 12


# A question counting hours (几个小时, how many hours) asks for a period shorter than a month: one of months (「至少六个月」
# for keeping logs) is another fact sharing the kind "period" (general usage: nobody counts months in hours). Round 22,
# gate over the tuning data (730 out-of-scope, 1,898 answerable): refused 670 -> 671 (hours of training for human overseers,
# let through by the six months deployers keep logs), answerable wrongly refused unchanged (105).
_ASKS_HOURS_ONLY = re.compile(r"(?:多少|几)(?:个)?(?:小时|钟头)|\bhow many hours\b", re.I)


def _in_asked_scale(asking: str) -> Callable[[str, float], bool]:
    """(group, value) → is the figure on the scale the question asks a period in (see _ASKS_DAYS_OR_HOURS)?"""
    if _ASKS_HOURS_ONLY.search(asking):
        return lambda group, value: group != "months"
    if not _ASKS_DAYS_OR_HOURS.search(asking):
        return lambda group, value: True
    return lambda group, value: not (group == "months" and value >= YEAR_IN_MONTHS)


@dataclass
class _Paraphrase:
    """Is a sentence close to the question on the embedder's scale (None: no embedder, no floor)?"""

    question: str
    similarity_to: Callable[[str, list[str]], list[float]] | None
    floor: float | None

    def close(self, sentence: str) -> bool:
        if self.similarity_to is None or self.floor is None:
            return False
        return self.similarity_to(self.question, [sentence])[0] >= self.floor


def _stated(question: str, retrieval: Retrieval, key: set[str], doc_freq, english: bool,
            states: Callable[[str], bool], paraphrase: _Paraphrase | None = None, glossary: list[str] = (),
            quoted: frozenset = frozenset(), bridged: list[str] = (), carries=None, cites=None,
            named: frozenset = frozenset(), figure: bool = False) -> bool:
    """What the question asks for (`states`: a figure of a wanted kind, a frequency, a date) is stated in a sentence
    about what the question is about: a 五十万元 elsewhere in
    the clause does not answer "how much is the threshold for X". A Chinese question is compared with a Chinese
    sentence word for word, so that sentence must share two of the question's own key terms (tuning half: every
    answerable figure question does; near misses such as a 百分之十 about 同一借款人 for a question on 住房贷款占比 share
    one). Otherwise one shared term will do, glossary terms included; words match only within their script.
    A sentence sharing only one of them is about the question when it paraphrases it (`paraphrase`): questions are
    asked in everyday words (逾期记录, 挂几年) that the law's sentence says otherwise (不良信息, 保存期限为5年).
    A sentence sharing one of them and using whole a legal term the glossary gives for the question (`glossary`:
    征信 → 信用报告) is about it too, and so is one stating the very figure the question quotes (`quoted`: a question's
    "5%以上的股份" is the 「股份总额百分之五以上」 of 商业银行法第二十八条).
    `carries(hits)`, when given, must also hold for the clause whose sentence states the fact (with the article it
    serves, for a procedure article): it carries most of what the question is about (`_carries`).
    `cites(sentence, doc_id)`, when given, gives the articles of its own law a sentence refers to (see
    `_cited_articles`): a procedure sentence stating the figure for "a request under Articles 15 to 22" is about what
    a retrieved Article 15 is about.
    `named`: the indexed laws the question names (消保法, 征信条例); a Chinese sentence of one of them needs one shared
    key term fewer, the law's name being the other tie (消保法下要赔几倍 ~ 第五十五条 有欺诈行为的 … 三倍).
    `figure`: `states` looks for a figure; an English question of ENGLISH_FIGURE_TOPIC key terms or more then needs
    two of them in the sentence, as a Chinese one does."""
    topic, need = {t for t in key if not _asks_the_figure(t)}, 1
    if english and figure and len(topic) >= ENGLISH_FIGURE_TOPIC:
        need = 2
    own, own_need, unknown, foreign_acronyms = topic, need, 0, set()
    if doc_freq is not None and not english:
        own, own_need = {t for t in salient_terms(question, doc_freq) if not _asks_the_figure(t)}, 2
        unknown = len(_unknown_topic_words(question, doc_freq))
        foreign_acronyms = _unknown_acronyms(question, doc_freq, bridged)

    # the legal terms the glossary brings for the question's everyday words (查征信 → 信用报告): a sentence using one
    # whole says, in the law's words, what the question says in its own. Whole compound terms only (three characters
    # or more): the entries also bring generic words (贷款, 比例) that any clause on the field uses.
    glossary_terms = {t for t in glossary if has_cjk(t) and len(t) >= 3 and t not in question}
    # a sentence naming only other parties than the one a Chinese question names states their fact (party_ties.py)
    parties = [] if english else named_parties(question)

    # Chinese only: English questions tell a case before asking (A customer sent us a request. How long …?) in words
    # the sentence stating the deadline shares with the case; round 15, the same rule for them refused one answerable
    # question of the tuning data (a GDPR access deadline) and no out-of-scope one more.
    asked_terms = _asking_sentence_terms(question, own) if not english else set()
    grades = risk_grades(_asking_part(question))
    asked_kinds = kinds_named(_asking_part(question))

    def about(sentence: str, doc_id: str = "") -> bool:
        zh = has_cjk(sentence)
        terms, n = (own, own_need) if zh else (topic, need)
        if grades and (stated_grades := risk_grades(sentence)) and not grades & stated_grades:
            return False  # it states the figure of other risk grades than the one asked (see risk_grades)
        if names_other_kinds(asked_kinds, sentence):
            return False  # it states the fact of other kinds of the thing asked (sibling_kinds.py)
        if zh and asked_terms and not asked_terms & set(tokenize(sentence)):
            return False  # it shares only the words of the question's context, not of what it asks
        if zh and doc_id in named:
            n = max(1, n - 1)
        terms = {t for t in terms if has_cjk(t) == zh}
        if zh and not terms and unknown and own is not topic:
            # every topic word of the question is one the corpus never uses (储户, 倒闭): the legal terms its
            # glossary entries bring must then be in the sentence, or nothing ties a figure there to the question
            # (round 7: out_of_scope_probe2 47 → 48 of 52 refused, no answerable question of the tuning data refused)
            terms, n = {t for t in topic if has_cjk(t)}, 1
            if not terms:
                return False
        if zh and foreign_acronyms:  # a Latin-letter term no text uses (RTO): one more shared word is needed
            n += 1
        tokens = set(tokenize(sentence))
        shared = len(terms & tokens)
        # a topic word the corpus never uses (冷静期) is part of what is asked: one shared word is then not enough.
        # A question in everyday words the corpus never uses (抵债, 房子, 处置掉) may share none of them with the
        # sentence: the whole legal phrase its glossary entry gives for them (行使抵押权、质权而取得的不动产) is then what
        # ties the sentence to it (round 10, tuning data: answerable questions wrongly refused 28 → 26 of 703, no
        # out-of-scope question let through)
        return (not terms or shared >= min(n, len(terms) + (unknown if zh else 0))
                or ((shared >= 1 or unknown) and zh and any(t in sentence for t in glossary_terms))
                or (shared >= 1 and bool(quoted) and bool(quoted & _figure_values(sentence)))
                or (shared >= 1 and paraphrase is not None and paraphrase.close(sentence)))

    def about_its_party(sentence: str, doc_id: str = "") -> bool:
        return about(sentence, doc_id) and not about_other_parties(parties, sentence)

    hits = retrieval.hits[:NUMBER_EVIDENCE_DEPTH]
    def carried(*clauses) -> bool:
        return carries is None or carries(clauses, hits)

    if any(states(sentence) and about_its_party(sentence, h.clause.doc_id if named else "") and carried(h) for h in hits
           for sentence in _SENTENCE.split(h.clause.text)):
        return True
    # A procedure sentence that names the articles it serves (GDPR Art. 12(3): "action taken on a request under
    # Articles 15 to 22 … within one month"; 依照本法第四十四条至第四十七条 … 十五日内) is about what those articles are
    # about: its figure counts when one of them was retrieved and is itself about the question and carries it.
    # (Round 10, gate over the tuning data: answerable questions wrongly refused 30 → 28 of 703, out-of-scope refusals
    # unchanged.)
    if cites is not None:
        by_number = {(h.clause.doc_id, h.clause.article): h for h in hits if h.clause.article}
        for h in hits:
            for sentence in _SENTENCE.split(h.clause.text):
                if not states(sentence):
                    continue
                served = [by_number[(h.clause.doc_id, a)] for a in cites(sentence, h.clause.doc_id)
                          if a != h.clause.article and (h.clause.doc_id, a) in by_number]
                if any(about(g.clause.text) and carried(g, h) for g in served):
                    return True
    # A procedure article that follows the article it serves ("本行应当自收到客户行使权利的请求之日起十五个工作日内
    # 处理" after the article listing the rights, 删除 among them) is about what that article is about: the figure
    # counts when the preceding article was retrieved too and is itself about the question, the figure's sentence
    # shares a word with the question, and its unit is the one asked (天 → days, 年/月 → months/years), so that a
    # neighbour's retention period is no answer to a question on a reporting deadline.
    units = _asked_units(question)
    if not units:
        return False
    own_words = {t for t in tokenize(question) if len(t) >= 2 and not _asks_the_figure(t)}
    by_article = {(h.clause.doc_id, h.clause.article): h for h in hits if h.clause.article}
    return any(states(sentence) and _figure_groups(sentence) <= units and own_words & set(tokenize(sentence))
               and about(previous.clause.text) and carried(previous, h)
               for (doc_id, article), h in by_article.items() if (previous := by_article.get((doc_id, article - 1)))
               for sentence in _SENTENCE.split(h.clause.text))


def risk_grades(text: str) -> set[str]:
    """The risk grades a text names (高风险 / 中风险 / 低风险, high- / medium- / low-risk; general banking usage, as in
    模型与大模型风险管理办法第二十六条). A sentence giving the figure of other grades only (「高风险模型每年至少进行一次
    重新验证，中风险模型每两年至少进行一次」) does not give the grade asked (低风险模型多久验证一次): the grades are the
    question's object, not words it shares. Round 16, gate over the tuning data (591 out-of-scope, 1,836 answerable
    questions): refused 531 -> 532 (low-risk models' revalidation), answerable wrongly refused unchanged (104, the same
    questions)."""
    return {_GRADE_NAMES.get(m.group(1) or "", (m.group(2) or "").lower()) for m in _RISK_GRADE.finditer(text)}


_RISK_GRADE = re.compile(r"([高中低])风险|\b(high|medium|low)[- ]risk\b", re.I)
_GRADE_NAMES = {"高": "high", "中": "medium", "低": "low"}


def _asking_sentence_terms(question: str, terms: set[str]) -> set[str]:
    """The key terms of the sentence that asks, when a question also tells its context in a sentence of its own
    (现在大型银行的法定存款准备金率是多少？做流动性测算要用): a figure stated about the context (流动性资产余额与流动性负债
    余额的比例不得低于百分之二十五) is not the figure asked. Empty (no constraint) for a question of one sentence, one
    whose every sentence asks, or one whose asking sentence holds none of the terms. Round 15, gate over the tuning
    data: out-of-scope refused 492 -> 493 of 547 (a reserve ratio asked for a liquidity calculation), answerable
    wrongly refused unchanged (79 of 1,286)."""
    sentences = [s for s in _TEXT_SENTENCE.split(question) if s.strip()]
    asking = [s for s in sentences if is_question(s)]
    if len(sentences) < 2 or len(asking) == len(sentences):
        return set()
    return {t for s in asking for t in tokenize(s)} & terms


def _cited_articles(catalog) -> Callable[[str, str], set[int]] | None:
    """sentence, doc_id → the articles of that law the sentence refers to (本法第四十四条, bare 第X条, Articles 15 to 22);
    None when the catalog cannot resolve references (a stub catalog in tests)."""
    from ..catalog import Catalog
    from ..clauses import find_clause_refs

    if not isinstance(catalog, Catalog):
        return None

    def cites(sentence: str, doc_id: str) -> set[int]:
        if not _REFERS.search(sentence):
            return set()
        return {r.article for r in find_clause_refs(sentence, catalog, default_law=doc_id)
                if doc_id in r.doc_ids and r.article}

    return cites


_REFERS = re.compile(rf"{CN_ARTICLE_LABEL}|\bArticles?\s+\d", re.I)


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
    return {w for w in _whole_words(question) if len(w) >= 2 and not _says_nothing(w) and not _asks_the_figure(w)
            and w not in _EVERYDAY_ZH and not _PERIOD_WITHIN.fullmatch(w)}


def _carries(question: str, rarity: Callable[[str], float], token_lists_of,
             bridges: dict[str, tuple[str, ...]]) -> Callable:
    """Does a clause (with the article it serves) carry CARRIED_SHARE of what the question is about? The question's
    topic words are its own words less asking, general, everyday and figure words, weighted by specificity."""
    weights = topic_weights(_topic_words(question), rarity, bridges)
    memo: dict[tuple, set[str]] = {}  # the gate asks about the same clauses once per sentence and per check

    def carried(hits) -> set[str]:
        key = tuple(h.clause.chunk_id for h in hits)
        if key not in memo:
            memo[key] = carried_words(weights, "\n".join(h.clause.text for h in hits),
                                      {t for h in hits for t in token_lists_of(h)}, bridges)
        return memo[key]

    def carries(hits, retrieved) -> bool:
        reachable = set().union(*(carried([h]) for h in retrieved))
        return carried_share(weights, carried(hits), reachable) >= CARRIED_SHARE

    return carries


# the unit a question asks a period in (多少天 / how many days: days; 几年 / how many years: months, years as 12 months)
_ASKS_DAYS = re.compile(r"(?:多少|几)(?:个)?(?:工作)?[天日]|\bhow many (?:working |business |calendar )?days\b", re.I)
_ASKS_YEARS = re.compile(r"(?:多少|几)(?:个)?(?:年|月)|\bhow many (?:years|months)\b", re.I)


def _asked_units(question: str) -> set[str]:
    if _ASKS_DAYS.search(question):
        return {"duration", "workday"}
    if _ASKS_YEARS.search(question):
        return {"months"}
    return set()


def _figure_groups(sentence: str) -> set[str]:
    return {group for group, _ in _figure_values(sentence)}


def _asks_the_figure(term: str) -> bool:
    """A term that belongs to the asking for the figure, not to the topic: 至少几, 多久, and the period a frequency or
    a duration is asked in (每年 of 每年要做几次, days of how many days). A sentence sharing only such a term with the
    question (每年至少进行一次检测评估 for a question on 等级测评 每年几次) states the kind of fact asked, not about what."""
    # round 7: the period words were topic terms, so any sentence with 每年 / days counted as about a question
    # asking 每年几次 / how many days (out_of_scope_realistic tuning half 25 → 26 of 29 refused, answerable unchanged)
    return bool(_FIGURE_WORD.fullmatch(term) or _PERIOD_WORD.fullmatch(term) or _EVERY_PERIOD.fullmatch(term)
                or _ASKING_KIND.fullmatch(term))


_EVERY_PERIOD = re.compile(r"每(?:个|一)?(?:年度?|半年|季度?|月|周|日|天|小时)")
# The artefact asked is the kind of fact, not what about (round 7): the AI Act's "template for a questionnaire" is no
# answer to a question on a template for a board's risk statement because it shares the word template
# (out_of_scope_realistic tuning half 28 -> 29 of 29, no answerable question of the tuning data refused; repetition
# words, 重新 of 多久重新评一次, were tried too and changed nothing).
# Keeping is the kind of period asked, as a template is the kind of artefact: every retention sentence says 保存 (档案与记录
# 保存管理办法第十条至第二十二条 「保存三十年」「保存五年」, 反洗钱法第三十四条 「应当至少保存十年」), so a sentence sharing
# 保存 and one other word (录像 of 销售过程中的录音录像资料) is not thereby about 网点的监控录像要保存多久. Round 15, gate
# over the tuning data (547 out-of-scope, 1,286 answerable questions): refused 490 -> 492 (CCTV footage, a company's
# negative credit records), answerable wrongly refused 78 -> 79 (a question whether the PIPL sets one retention period,
# until then let through by 个人信息保护法第五十六条's 「至少保存三年」 for impact-assessment reports, no answer to it).
_RETENTION_VERB = r"保存|保留|留存|keep|kept|retain(?:ed)?|retention"
_ASKING_KIND = re.compile(r"templates?|模板|范本|" + _RETENTION_VERB, re.I)


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
TOLD_IN_TEXTS_WORDS = 8
# A case told as a statement (a fine decision: "The company was fined because it processed personal data without the
# consent of …") asks nothing about what it names, as the vocabulary test already holds (`strict`): half as many words
# of the texts suffice. Round 11, tuning halves: gdpr_cases wrongly refused 10 -> 4 of 198, gdpr_fines 13 -> 4 of 93
# (6 words: 5 / 8).
# No out-of-scope text of the tuning data is a statement, so this part is untested against them; a request told as an
# imperative (Write / List / 帮我写…) is held to the rule for questions.
TOLD_IN_TEXTS_WORDS_STATEMENT = 4
_REQUEST = re.compile(r"^\s*(?:please\s+)?(?:write|draft|list|explain|tell|give|show|help|summari[sz]e|compare|"
                      r"recommend|suggest|translate|describe|provide|create|make|prepare|find|check)\b|^\s*(?:请|帮|给我)",
                      re.IGNORECASE)


def _asks_or_requests(text: str) -> bool:
    return is_question(text) or bool(_REQUEST.search(text))


def _told_in_the_texts_words(question: str, doc_freq, unused: set[str]) -> bool:
    """Does the question use TOLD_IN_TEXTS_WORDS topic words or more that the indexed clauses use too (half as many
    for a case told as a statement)?"""
    asks = is_question(question) or bool(_REQUEST.search(question))
    needed = TOLD_IN_TEXTS_WORDS if asks else TOLD_IN_TEXTS_WORDS_STATEMENT
    return sum(1 for w in _topic_words(question) if w not in unused and doc_freq(w) > 0) >= needed


def _unknown_topic_words(question: str, doc_freq) -> set[str]:
    """Chinese words of the question (two characters or more) that no indexed clause uses, asking and everyday words
    aside: what the question is about that the corpus does not name (冷静 of 冷静期, 存贷 of 存贷比)."""
    # a word the tokeniser drops (应当, 可以: function words) is in no clause's tokens but in every law's text
    return {w for w in segment(question) if len(w) >= 2 and has_cjk(w) and doc_freq(w) == 0 and tokenize(w)
            and not _FIGURE_WORD.fullmatch(w) and w not in _EVERYDAY_ZH}


# An English question asking for a figure shares one key term with many sentences of the same law stating a period
# for something else (GDPR Art. 12's one month to act on a request, for a question on how long to keep the proof of
# a consent, through the consent the retrieved Art. 20 names): with three key terms or more, the sentence stating the
# figure must share two, as a Chinese sentence must. Round 13, gate over the tuning data (385 out-of-scope, 1278
# answerable questions): refused 355 -> 357, answerable wrongly refused unchanged (61). The same rule for every fact
# checked (lists, forms) and for a Chinese question's English sentences too: 358 refused, 64 wrongly refused (an
# official FRIA questionnaire; two Chinese questions on GDPR breach deadlines), so it is held to English figure
# questions; and not to a fine asked: the penalty article states it in its own words (Art. 83(4)-(6) share
# "undertaking" with "how many euros can a supervisory authority fine an undertaking at most", not "fine").
ENGLISH_FIGURE_TOPIC = 3
DELEGATION_DEPTH = 2
NUMBER_EVIDENCE_DEPTH = 5  # hits searched for the figure (frequency, date) a question asks for
_SENTENCE = re.compile(r"[。；;!?！？\n]+|(?<=[a-z)])\.\s+")
# The figure and the asking for it (多长时间, how long), not the topic.
# 至少 and 一次 in "至少几位、多久改一次" ask for the figure: a sentence "每年至少进行一次检测" does not share a topic with it.
_FIGURE_WORD = re.compile(rf"[{CN_NUMERAL_CHARS}亿几多少个百分点之第次每]+|(?:多长)?时间|期限|时限|多久|多长|"
                          r"至少|最少|最多|最长|最短|最高|最低|不少于|不超过|以上|以内|以下|"
                          r"percent(?:age)?|how|long|many|much|deadline|\d+")
def assess_in_view(question: str, retrieval: Retrieval, view, catalog, floors: CoverageFloors | None = None,
                   embedder=None) -> Coverage:
    """`assess` with its evidence taken from the corpus view the retrieval's hits came from: each hit's lexical
    tokens, the corpus' document frequencies, the glossary's legal terms for the question, and (with an embedder)
    the question's similarity to a sentence."""
    from .glossary import load_glossary

    return assess(question, retrieval, catalog, lambda hit: view.token_lists[view.position[hit.clause.chunk_id]],
                  floors=floors or CoverageFloors(), doc_freq=view.doc_freq, english_doc_freq=english_doc_freq(view),
                  expansion=load_glossary().expansion(question), bridged=load_glossary().triggers(question),
                  bridges=glossary_bridges(question),
                  similarity_to=sentence_similarity(embedder) if embedder is not None else None)


def glossary_bridges(question: str) -> dict[str, tuple[str, ...]]:
    """Each of the question's phrases a glossary entry matches, with that entry's legal terms (both languages)."""
    from .glossary import load_glossary

    bridges: dict[str, tuple[str, ...]] = {}
    for entry in load_glossary().matches(question):
        for m in entry.pattern.finditer(question):
            bridges[m.group(0)] = bridges.get(m.group(0), ()) + entry.zh + entry.en
    return bridges


def sentence_similarity(embedder) -> Callable[[str, list[str]], list[float]]:
    question_vectors: dict[str, np.ndarray] = {}  # one gate asks about several sentences: embed the question once

    def similarity_to(question: str, sentences: list[str]) -> list[float]:
        if question not in question_vectors:
            question_vectors[question] = embedder.embed_queries([question])[0]
        return [float(v) for v in np.einsum("ij,j->i", embedder.embed_passages(sentences), question_vectors[question])]

    return similarity_to

