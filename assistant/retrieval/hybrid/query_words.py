"""The words a question is searched with (part of hybrid retrieval): the glossary's legal terms, the lexicon's
and CC-CEDICT's Chinese words for an English question about Chinese texts, the EU texts' heading words, and the
legal senses of its words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from ...language import detect_language, has_cjk
from ...text.tokens import tokenize
from ...types import WordingFit
from ..bridge_vectors import BridgedText
from ..routing import Route
from ..spoken_words import function_words
from ..word_senses import with_legal_senses
from ..wording_fit import Bridge, wording_fit

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_ENDING = re.compile(r"['’]s?$")  # a possessive: kid's, kids' are kid, kids


# jieba's dictionary count from which a Chinese word is everyday language (听说 5887, 没事 516), not a topic (羊毛 454,
# 兜售 60, 一刀切 67): jieba's frequencies are counts over a general Chinese corpus
_EVERYDAY_JIEBA_COUNT = 500


def _telling(query: str) -> Callable[[str], int]:
    """How telling a missing word is to show (wording_fit.py): a word the dictionary knows that is no everyday word
    first (0), one jieba only guessed next (1: a slang word, or a piece of the wrong cut), an everyday word last (2):
    an English one among general English's most frequent (everyday_english.py), a Chinese one by jieba's count."""
    from ...text.tokens import initialised_jieba
    from ..everyday_english import is_everyday, verbal_ing_forms, written_as_names

    jieba = initialised_jieba()
    names, verbs = written_as_names(query), verbal_ing_forms(query)

    def rank(word: str) -> int:
        if not has_cjk(word):
            return 2 if is_everyday(word, names, verbs) else 0
        count = jieba.get_FREQ(word) or 0
        return 2 if count >= _EVERYDAY_JIEBA_COUNT else 0 if count else 1

    return rank


def _bridge(words, terms, suggest: bool = True) -> Bridge:
    """A Bridge from the question's `words` (text) to legal `terms`, both as BM25 tokens."""
    return Bridge(frozenset(_ENDING.sub("", t) for t in tokenize(words)), tuple((t, tuple(tokenize(t))) for t in terms),
                  suggest)


def _with_chinese_words(query: str, keep: Callable[[str], bool] = lambda w: True, read: str | None = None) -> str:
    """`query` plus the lexicon's Chinese words for its English words (lexicon.toml) it does not contain yet; for the
    English words of `read` instead when given (a part of `query`)."""
    from ...lexis.lexicon import load_lexicon

    words = [w for w in load_lexicon().chinese_words(query if read is None else read) if w not in query and keep(w)]
    return f"{query} {' '.join(words)}" if words else query


class QueryWords:
    """Methods of HybridRetriever (hybrid/retriever.py): they read its view, catalog, embedder and config."""

    def _bridges_to_chinese(self, query: str, routed: Route) -> tuple[bool, bool]:
        """(English, reaches the Chinese texts): an English question reaches Chinese text only when it is about Chinese
        law (named, or a CN cue) or the bank's policies (written in Chinese)."""
        english = detect_language(query) == "en"
        # the bank's policies (jurisdiction INTERNAL) are written in Chinese like the Chinese laws: an English question
        # naming one ("under the Model Risk Management Policy") needs the Chinese words as much as one naming the PIPL
        cn_named = self._named_of(routed, "CN", "INTERNAL")
        return english, not english or routed.jurisdiction == "CN" or bool(cn_named) or routed.wants_policy

    def _searches_chinese_by_default(self, query: str, routed: Route) -> bool:
        """Whether the Chinese texts are searched on their own too, for an English question that may be about either
        jurisdiction (jurisdiction_default.wants_both_jurisdictions, lists.py's default Chinese lists)."""
        from ..jurisdiction_default import wants_both_jurisdictions

        cfg = self.config
        return bool(cfg.cn_default and cfg.routing
                    and wants_both_jurisdictions(routed, query, detect_language(query) == "en"))

    def _named_of(self, routed: Route, *jurisdictions: str) -> set[str]:
        """The laws (doc ids) the question names whose jurisdiction is one of `jurisdictions` (CN, EU, INTERNAL)."""
        return {d for d in routed.named if getattr(self.catalog.by_doc_id(d), "jurisdiction", "") in jurisdictions}

    def _bridge_words(self, query: str, routed: Route) -> str:
        """The lexicon's Chinese words for an English question about Chinese texts (empty otherwise)."""
        from ...lexis.lexicon import load_lexicon

        english, chinese = self._bridges_to_chinese(query, routed)
        sensed = self._sensed(query, english)
        if not (english and chinese and self.config.word_bridge):
            return ""
        return " ".join(w for w in load_lexicon().chinese_words(sensed) if self._tells_apart(w, routed))

    def _dictionary_words(self, query: str, routed: Route) -> str:
        """CC-CEDICT's Chinese words for an English question about Chinese texts (cedict.py; empty otherwise): those
        the Chinese texts use in few clauses, that tell the named law's articles apart, the most shared first."""
        english, chinese = self._bridges_to_chinese(query, routed)
        if not (english and chinese):
            return ""
        return self._cedict_words(query, routed)

    def _without_law_names(self, query: str) -> str:
        """The question with the laws it names blanked: a law's name is routing's, not the question's topic."""
        for mention in reversed(self.catalog.find_mentions(query)):
            query = query[:mention.start] + " " + query[mention.end:]
        return query

    def _cedict_words(self, query: str, routed: Route, eu_words_in_phrases: bool = False) -> str:
        """CC-CEDICT's Chinese words for an English question's words (_dictionary_words), whatever texts it is about:
        the caller decides where they are searched. `eu_words_in_phrases`: a word the EU texts use is looked up inside
        phrases only, for a question that may be about them (consent, erasure are the GDPR's words too; voucher,
        takeover, e-wallet are no EU text's)."""
        from ...lexis.cedict import fold

        cfg = self.config
        dictionary = self._cedict()
        # a law's name is routing's: translated word by word ("credit reporting regulation": 信用 信贷 章程 规章 …) it gives
        # the words of titles and scope articles, not the question's topic
        query = self._without_law_names(query)
        phrase_only = (self.view.derived("eu-folded-words", lambda: frozenset(
            fold(t) for tokens, eu in zip(self.view.token_lists, self.view.jurisdictions == "EU") if eu
            for t in tokens if t.isascii())).__contains__ if eu_words_in_phrases else lambda token: False)
        words = [w for w in dictionary.chinese_words(query, cfg.dictionary_max_translations, phrase_only)
                 if self._tells_apart(w, routed)]
        return " ".join(words[:cfg.dictionary_cap])

    def _cedict(self):
        """CC-CEDICT read backwards over the Chinese texts' distinctive words (cedict.py), built once per view and
        settings (0.6 s reading CC-CEDICT; the warm-up's AML question builds it)."""
        from ...lexis.cedict import Dictionary, common_english, distinctive_words, read_entries, reverse

        cfg = self.config
        key = f"cedict-{cfg.dictionary_max_share}-{cfg.dictionary_max_zipf}"
        return self.view.derived(key, lambda: Dictionary(
            reverse(read_entries(distinctive_words(
                (tokens for tokens, written_in_chinese in zip(self.view.token_lists, self._chinese_side(True))
                 if written_in_chinese), cfg.dictionary_max_share).__contains__)),
            common_english(cfg.dictionary_max_zipf)))

    def _wording_fit(self, query: str, routed: Route, dictionary_words: str = "") -> WordingFit:
        """How much of the question's wording the index holds (wording_fit.py): its content words (_content_words)
        against the BM25 index's vocabulary, with the bridges this search used: the glossary's entries, and for an English question about Chinese texts
        the lexicon's and CC-CEDICT's words (`dictionary_words`: those the dictionary list searched with)."""
        from ...lexis.glossary import load_glossary
        from ...lexis.lexicon import load_lexicon

        content = self._content_words(query)
        english, chinese = self._bridges_to_chinese(query, routed)
        # an English question that may be about either jurisdiction searches the Chinese texts with the same bridges
        # (lists.py, jurisdiction_default.chinese_bridge_query): "lend" and "borrower" reached 贷款 and 借款人, and the
        # hint must not call them words no text holds
        chinese = chinese or self._searches_chinese_by_default(query, routed)
        sensed = self._sensed(query, english)
        bridges: list[Bridge] = []
        if self.config.glossary:
            for entry in load_glossary().matches(sensed):
                triggers = " ".join(m.group(0) for m in entry.pattern.finditer(sensed))
                bridges.append(_bridge(triggers, (*(entry.zh if chinese else ()), *entry.en)))
        if english and chinese and self.config.word_bridge:
            bridges += [_bridge(sensed[start:end], [w for w in words if self._tells_apart(w, routed)])
                        for start, end, words in load_lexicon().spans(sensed)]
        if dictionary_words:
            # a dictionary word is a translation, not a legal term: it counts, it is not suggested
            used = set(dictionary_words.split())
            bridges += [_bridge(" ".join(phrase), [w for w in found if w in used], suggest=False)
                        for phrase, found in self._cedict().sources(query)]
        return wording_fit(content, self.view.lexical.vocabulary, bridges, _telling(query))

    def _content_words(self, query: str) -> list[str]:
        """The question's BM25 tokens that tell what it is about: not the laws it names (routing's), not the place
        words (china, chinese: routing's cues), not the asking, everyday and asker's words the coverage gate counts
        neither way (empty_words.says_nothing), not a Chinese question's spoken function words (spoken_words.py) nor
        its single characters (jieba leaves the auxiliaries 要, 能, 会 and the particles alone; a topic is a word of two
        characters or more), not numbers."""
        from ...lexis.cedict import JURISDICTION_WORDS
        from ...lexis.empty_words import says_nothing

        spoken = function_words(query) if has_cjk(query) else frozenset()  # the BM25 list's, already cut (lru_cache)
        query = self._without_law_names(query)
        words = (_ENDING.sub("", t) for t in tokenize(query) if t not in spoken)
        return [w for w in words if w and not _NUMBER.fullmatch(w) and w not in JURISDICTION_WORDS and not says_nothing(w)
                and not (len(w) == 1 and has_cjk(w))]

    def _query_texts(self, query: str, routed: Route) -> tuple[str, str]:
        """What BM25 and the dense index are asked: the question, with the glossary's legal terms; the dense text of
        a long pasted message without what no clause can match (pasted_noise.py, config.pasted_noise_min_chars)."""
        lexical_query, dense_query = self._glossed_texts(query, routed)
        least = self.config.pasted_noise_min_chars
        if not least or len(query) < least:
            return lexical_query, dense_query
        from ..pasted_noise import without_noise
        from ..sentences import asking_part

        if not asking_part(query):
            return lexical_query, dense_query

        if isinstance(dense_query, BridgedText):
            return lexical_query, BridgedText(without_noise(dense_query.question, self.view.doc_freq),
                                              dense_query.terms)
        return lexical_query, without_noise(dense_query, self.view.doc_freq)

    def _glossed_texts(self, query: str, routed: Route) -> tuple[str, str]:
        """The question with the glossary's legal terms, for BM25 and for the dense index."""
        if not self.config.glossary:
            return query, query
        from ...lexis.glossary import load_glossary

        # An English question reaches Chinese text only when it is about Chinese law (named, or a CN cue);
        # otherwise Chinese terms would pull a GDPR question towards the PIPL.
        # The bank's policies are written in Chinese: an English question about them needs the Chinese terms too.
        english, chinese = self._bridges_to_chinese(query, routed)
        # the terms are those of the question's legal senses ("breach of the DSL" is a violation, not a data breach:
        # word_senses.py); BM25 still reads the question's own words
        sensed = self._sensed(query, english)
        abroad = self._abroad_word(query, routed, chinese)
        expanded = load_glossary().expand(sensed, chinese=chinese) + abroad
        if self.config.word_bridge and chinese and english:
            expanded = _with_chinese_words(expanded, lambda w: self._tells_apart(w, routed))
        elif self.config.mixed_word_bridge and not english and has_cjk(query):
            # a Chinese question writing English words (用户consent撤回, vendor的SDK): the laws' Chinese words for them
            # (lexicon.toml), which BM25 over the Chinese texts cannot reach from the English spelling; the question's
            # own words only, not the glossary's English terms just added (those would bridge every Chinese question)
            expanded = _with_chinese_words(expanded, lambda w: self._tells_apart(w, routed),
                                           sensed)
        lexical_query = query + expanded[len(sensed):]
        # A question about the GDPR / AI Act: their own heading words (eu_terms.py); not for an English question
        # bridged to the Chinese texts above (about Chinese law or the bank's policies)
        if self.config.eu_terms and not (english and chinese) and (eu_words := self._eu_words(sensed, routed)):
            lexical_query += " " + " ".join(eu_words)
            if self.config.eu_dense_bridge:
                return lexical_query, BridgedText(query, eu_words)
        if self.config.dense_bridge and chinese and english:
            # An English question about Chinese law: the Chinese legal terms it maps to join the dense query too,
            # since a small multilingual model matches across languages less well than within one.
            bridge = [t for t in lexical_query[len(query):].split() if has_cjk(t)]
            return lexical_query, query + " " + " ".join(dict.fromkeys(bridge))
        texts_words = self._texts_words(query) if self.config.texts_wording and not english and has_cjk(query) else {}
        if texts_words:
            lexical_query += " " + " ".join(dict.fromkeys(w for words, _ in texts_words.values() for w in words))
        if self.config.spell_out_short_forms and not english and has_cjk(query):
            from ..spelled_out import spell_out

            return lexical_query, spell_out(query, self._short_forms())
        return lexical_query, query

    def _texts_words(self, query: str) -> dict[str, tuple[list[str], bool]]:
        """The texts' own words for a Chinese question's words that no clause holds (texts_wording.py), with whether
        they are the phrase the word abbreviates: for a rare word (jieba's count below the everyday one) that is no
        function word and no part of a law's name."""
        from ...text.tokens import initialised_jieba

        cfg = self.config
        jieba = initialised_jieba()
        vocabulary = self.view.lexical.vocabulary
        spoken = function_words(query)
        query = self._without_law_names(query)
        gaps = [word for word in dict.fromkeys(tokenize(query))
                if 2 <= len(word) <= 4 and has_cjk(word) and word not in vocabulary and word not in spoken
                and (jieba.get_FREQ(word) or 0) < _EVERYDAY_JIEBA_COUNT]
        if not gaps:  # most questions: the tables are not needed (nor built, after a re-index, on this question's time)
            return {}
        wording = self._wording_tables()
        found: dict[str, tuple[list[str], bool]] = {}
        for word in gaps:
            if words := wording.words_for(word, cfg.texts_wording_min_phrases, cfg.texts_wording_limit):
                found[word] = words
        return found

    def _wording_tables(self):
        """texts_wording's tables for this view: the texts' phrases by their initials, the texts' words by character,
        CC-CEDICT's glosses read per word when first asked (the view's part about a second at corpus size; the
        dictionary's senses are read once per process)."""
        from collections import Counter, defaultdict
        from functools import lru_cache

        from ...lexis.cedict import common_english, gloss_words, short_word_senses
        from ...text.tokens import initialised_jieba
        from ..texts_wording import TextsWording, phrase_initials, word_runs

        def build() -> TextsWording:
            side = self._chinese_side(True)
            texts = list(dict.fromkeys(c.text for c, chinese in zip(self.view.clauses, side) if chinese))
            initials = phrase_initials(word_runs(texts, initialised_jieba().lcut))
            frequency: Counter[str] = Counter()
            for tokens, chinese in zip(self.view.token_lists, side):
                if chinese:
                    frequency.update(t for t in set(tokens) if 2 <= len(t) <= 4 and has_cjk(t))
            common = lru_cache(maxsize=None)(common_english(self.config.dictionary_max_zipf))
            senses = short_word_senses()

            @lru_cache(maxsize=None)
            def glosses_of(word: str) -> frozenset:
                return frozenset().union(*(gloss_words(g, common) for g in senses.get(word, ())))

            by_char: dict[str, set[str]] = defaultdict(set)
            most = self.config.dictionary_max_share * sum(side)  # a word most clauses hold (银行业) tells none apart
            for word in (w for w, n in frequency.items() if n <= most):
                for ch in word:
                    by_char[ch].add(word)
            return TextsWording(initials, glosses_of, {ch: frozenset(ws) for ch, ws in by_char.items()},
                                dict(frequency), "\n".join(texts))

        return self.view.derived("texts-wording", build)

    def _short_forms(self) -> dict[str, str]:
        """The glossary's jargon short forms the indexed texts never write, with the full term they write
        (spelled_out.py); derived once per corpus view."""
        from ...lexis.glossary import load_glossary
        from ..spelled_out import short_forms

        def build() -> dict[str, str]:
            texts = "\n".join(c.text for c in self.view.clauses if has_cjk(c.text))
            return short_forms(((e.when, e.zh) for e in load_glossary().entries), lambda word: word in texts)

        return self.view.derived("short-forms", build)

    def _abroad_word(self, query: str, routed: Route, chinese: bool) -> str:
        """" 境外" for BM25 when a question about the Chinese texts names a foreign place (foreign_places.py); empty
        otherwise. Measured on the tuning pool's 113 questions naming a place: 4 gold articles up, 1 down (5 → 7).
        Tried and dropped: the word in the dense query too (5 up, 5 down, two beyond 10), the glossary's cross-border
        terms it triggers (4 up, 6 down: 境外 is also where a payment institution must not process domestic
        transactions, not only where personal information goes), "third country" for a GDPR question naming a place
        outside the Union (4 of 5 such questions down: they ask territorial scope or a representative, not transfers)."""
        if not (self.config.foreign_places and chinese):
            return ""
        from ..foreign_places import ABROAD_ZH, load_places

        if self._named_of(routed, "EU") or routed.jurisdiction == "EU" or not load_places().named(query).any:
            return ""
        return " " + ABROAD_ZH

    def _sensed(self, query: str, english: bool = True) -> str:
        """An English question with its words read in their legal senses (word_senses.py), for the lexicon and the
        glossary; other questions, or the switch off, as they are."""
        return with_legal_senses(query) if english and self.config.word_senses else query

    def _tells_apart(self, word: str, routed: Route) -> bool:
        """Whether a lexicon word can tell the named law's articles apart: one found in most of them (征信机构 in the
        credit reporting regulation) is the law's subject, not the question's; searched within that law only, it just
        favours the articles that repeat it. True when no law is named (the word then tells laws apart)."""
        share = self.config.named_law_word_share
        if share >= 1.0 or not routed.named:
            return True
        texts = self.view.derived("article_texts", self._article_texts)
        counts = self.view.derived("word-article-counts", dict)  # (law, word) → (articles with it, articles)
        for doc in routed.named:
            if (doc, word) not in counts:
                articles = texts.get(doc, [])
                counts[doc, word] = (sum(word in t for t in articles), len(articles))
            holding, total = counts[doc, word]
            if total and holding > share * total:
                return False
        return True

    def _article_texts(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for c in self.view.clauses:
            if c.article is not None:
                out[c.doc_id].append(c.text)
        return dict(out)

    def _eu_words(self, query: str, routed: Route) -> list[str]:
        """The EU texts' heading words for a question about them (eu_terms.py): the EU texts it names, or all of them
        when it names none and its cues are EU, or it is English without any cue."""
        from ...lexis.eu_terms import load_eu_terms

        eu_named = self._named_of(routed, "EU")
        # An English question with no cue and no name is about the EU texts more often than not, and the heading words
        # can only match the English texts (the Chinese laws and the bank's policies hold no English words).
        unrouted_english = not routed.named and routed.jurisdiction is None and detect_language(query) == "en"
        if not eu_named and routed.jurisdiction != "EU" and not unrouted_english:
            return []
        return load_eu_terms().english_terms(query, eu_named or None)
