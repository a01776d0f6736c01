"""One law's articles among the first hits, ordered by how much of what the question asks each one says.

Where the article a Chinese question wants is retrieved but not first, the article above it is most often a neighbour
from the same law (issue 10 analysis of the tuning data: 44 of 82 cases): both share the law's vocabulary (个人信息,
处理者, 金融机构), and the fused score — a sum of reciprocal ranks over several lists — hardly tells them apart. What
does is which of the question's own topic words each one carries, each word weighted by how few of THAT law's
articles hold it: within 反洗钱法, 反洗钱 says little and 受益所有人 much. (The whole corpus' document frequency, the
coverage gate's measure, weighs 反洗钱 high, though 52 of the 65 articles of the AML law hold it.)

So among the first hits, an article is moved above a same-law article ranked before it when it carries a clearly
larger share (`margin`) of the question's law-specific word weight. Only same-law neighbours trade places: each law
keeps its slots, so the law-level ranking (routing, law evidence, policy placement) stays as the fusion made it. For
a question asking for a figure (多少个工作日, 几倍), an article stating a figure of that kind and one stating none do not
trade places either: the fusion already put the one stating it first (hybrid's figure_boost), and the article that
merely names the procedure (完成备案的…应当标明备案编号) repeats more of the question's words than the one giving the
deadline (…之日起十个工作日内…填报).

Words alone misjudge a question phrased in everyday terms: in 118 of the 156 tuning questions (pool:zh, round 28) whose
gold article sat below a same-law article after this order, the gold carried less of the question's law-specific
word weight than the article above it (报表 迟报 一直不改 → 银行业监督管理法第四十七条, one sentence; 第四十六条, a list
of acts, carries 监管 as well). So an article that the question's other evidence picks out starts with a head start
(`evidence_head_start`): the question's meaning ranks it high in both dense lists (its vector against whole clauses and
against their paragraphs; the head start falls with the worse of the two ranks, as a reciprocal rank does, and ends
beyond the reorder's depth), or its best-matching sentence ranks first (the sentence-evidence list,
sentence_evidence.py). One meaning list alone does not count: its first article is often the neighbour.

A question word that a glossary entry ties to the laws' terms (刷脸 → 生物识别, 征信报告 → 信用报告) is carried by an
article using one of them, as in the coverage gate (topic_weight.carried_words).

The words with which a question points at the rules in general, not at what they say (法律, 条例, 规定, 制度, 法定,
监管; 要求 where the requirement itself is asked: 有啥要求, 法律要求, 要求吗), are left out of that order (`source_words`):
within one law such a word is rare by an accident of drafting, and the article that happens to write it rose above
the one stating what was asked (监管报表…晚报了，监管法下…: 银行业监督管理法第四十六条, which writes 监管, above
第四十七条 on reports; 给监管递申请，法定必须交的材料: 商业银行法第十五条's 法定验资机构 above 第十四条).

`reorder` and the weights are pure logic; `order_law_neighbours` reads the articles' texts from the corpus view.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable, Mapping, Sequence

from ..language import detect_language, has_cjk
from ..lexis.quantities import figure_kinds
from ..text.articles import label_suffix
from .topic_weight import _in_phrase


# General legal vocabulary naming the rules, their source or their supervisor, not their content: the law and its
# kinds of text (法律, 法规, 条例, 规章, 办法, 制度), what it lays down (规定, 法定, 依据) and supervision in general (监管:
# the texts write 监督管理, so within a law its few uses are incidental).
_SOURCE_WORDS = frozenset("法律 法规 条例 规章 办法 制度 规定 法定 依据 监管".split())
# 要求 asked as "the requirement": after an asking or qualifying word or a source (有啥要求, 硬性要求, 法律要求, 行里要求),
# or ending the question (要求吗, 有要求没); a customer's request (客户要求我们改) stays a topic word: the texts' own
# 有权要求 (个人信息保护法第四十八条) answers it.
_REQUIREMENT_ASKED = re.compile(r"(?:啥|什么|哪些|有没有|有无|硬性|特别|额外|具体|原则性|规定|制度|法律|行里|条例)要求"
                                r"|要求(?:吗|没|呢)?(?:[？?，,。]|$)")


# The share an article defining the very term a question asks the meaning of starts with: more than any carried share
# and head start together (at most 1 + the two head starts), so it rises above its law's other articles and none passes
# it. As a form the question asks for (asked_form.py) it would keep its slot, and could not rise either: 征信业管理条例
# 第四十四条 (用语的含义, 不良信息) came in third for 算不算不良信息 and the word order had lifted it first (round 44).
ASKED_TERM_LEAD = 2.0


def source_words(question: str) -> frozenset[str]:
    """The question words that point at the rules in general (`_SOURCE_WORDS`, and 要求 asked as the requirement),
    left out of the law-specific words: they tell a law's articles apart only by an accident of drafting."""
    return _SOURCE_WORDS | {"要求"} if _REQUIREMENT_ASKED.search(question) else _SOURCE_WORDS


def law_word_weights(words: Sequence[str], articles: int, holding: Callable[[str], int]) -> dict[str, float]:
    """Each word's inverse document frequency within one law of `articles` articles, log(articles / articles carrying
    it) (`holding`: how many carry a word); words that no article or every article carries get none (nothing to tell
    the law's articles apart by)."""
    weights: dict[str, float] = {}
    for word in words:
        held = holding(word)
        if 0 < held < articles:
            weights[word] = math.log(articles / held)
    return weights


def carried_share(weights: Mapping[str, float], text: str, carries: Callable[[str, str], bool]) -> float:
    """Share of the law-specific word weight that one article carries (0 when the question has none)."""
    total = math.fsum(weights.values())  # fsum: the same share whatever order the words came in (hash seed)
    return math.fsum(w for word, w in weights.items() if carries(word, text)) / total if total else 0.0


def evidence_head_start(sources: Mapping[str, int], meaning: float, sentence: float,
                        meaning_lists: Sequence[str], sentence_list: str, depth: int) -> float:
    """The share an article starts with beyond the words it carries (`sources`: list name → the article's rank in it):
    `meaning` divided by its worse rank in `meaning_lists` when every one ranks it within `depth`, plus `sentence`
    when `sentence_list` ranks it first."""
    worst = max((sources.get(name, depth + 1) for name in meaning_lists), default=depth + 1)
    start = meaning / worst if worst <= depth else 0.0
    return start + (sentence if sources.get(sentence_list) == 1 else 0.0)


def reorder(groups: Sequence[Hashable], shares: Sequence[float], margin: float, max_sink: int = -1) -> list[int]:
    """The new order (indices into `groups`, one group key per ranked unit: its law, or its law and whether it states
    the figure asked for): within each group's slots, a unit moves above the one before it when its share exceeds
    that one's by at least `margin` (and by something: the loop ends); repeated until nothing moves. Each group keeps
    the slots it had. `max_sink` (-1: no limit): no unit ends more than that many of its group's slots below the one
    it came in, however many neighbours carry more of the words: the words break near ties among one law's articles,
    and a unit the fusion put well ahead was not in a tie with all of them."""
    slots: dict[Hashable, list[int]] = {}
    for position, group in enumerate(groups):
        slots.setdefault(group, []).append(position)
    order = list(range(len(groups)))
    for positions in slots.values():
        members = list(positions)
        came_in = {member: slot for slot, member in enumerate(members)}
        moved = True
        while moved:
            moved = False
            for k in range(len(members) - 1):
                upper, lower = members[k], members[k + 1]
                if 0 <= max_sink <= k - came_in[upper]:
                    continue  # the upper unit has sunk as far as it may
                gain = shares[lower] - shares[upper]
                if gain > 0 and gain >= margin:
                    members[k], members[k + 1] = lower, upper
                    moved = True
        for slot, member in zip(positions, members):
            order[slot] = member
    return order


def word_carrier(bridges: Mapping[str, tuple[str, ...]]) -> Callable[[str, str], bool]:
    """Whether a text carries a question word: holds it, or a legal term of a glossary phrase containing it."""
    terms_of: dict[str, tuple[str, ...]] = {}  # word → bridge_terms, once per word, not once per article tested

    def carries(word: str, text: str) -> bool:
        if word in text:
            return True
        if (terms := terms_of.get(word)) is None:
            terms = terms_of[word] = bridge_terms(word, bridges)
        return any(t in text for t in terms)
    return carries


def bridge_terms(word: str, bridges: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The legal terms of the glossary phrases (of the question) that contain `word`."""
    return tuple(t for phrase, terms in bridges.items() if _in_phrase(word, phrase) for t in terms)


def order_law_neighbours(view, question: str, hits: list, margin: float, depth: int,
                         asks_figure: frozenset[str] = frozenset(), meaning_head_start: float = 0.0,
                         sentence_head_start: float = 0.0, leave_out_source_words: bool = True,
                         answers_form: Callable[[str], bool] | None = None, max_sink: int = -1,
                         defines_asked: Callable[[str], bool] | None = None) -> list:
    """`hits` with each law's articles among the first `depth` reordered (`reorder`); a Chinese question only (the
    words are matched in the Chinese texts), and hits found by exact clause reference stay where they are (first).
    `asks_figure`: the kinds of number the question asks for (routing.Route.asks_figure); `meaning_head_start`,
    `sentence_head_start`: `evidence_head_start`'s two shares; `leave_out_source_words`: `source_words` count for none;
    `answers_form`: whether an article does what the question's form asks for (asked_form.form_answerer): such an
    article keeps its slot, as one stating the figure asked for does; `max_sink`: `reorder`'s; `defines_asked`:
    whether an article defines the term the question asks the meaning of (definition_asks.defines_asked_term): such
    an article starts with a whole share more (`ASKED_TERM_LEAD`) and so leads its law's slots."""
    from .gate.topic import _topic_words, glossary_bridges
    from .list_agreement import MEANING_LISTS
    from .sentence_evidence import SENTENCE_EVIDENCE_LIST

    if margin >= 1.0 or not has_cjk(question) or detect_language(question) == "en":
        return hits
    start = sum(1 for h in hits if "exact" in h.sources)
    window = hits[start:start + depth]
    words = sorted(_topic_words(question) - (source_words(question) if leave_out_source_words else frozenset()))
    if len(window) < 2 or not words:
        return hits
    texts = view.derived("law-article-texts", lambda: _law_article_texts(view))
    held = view.derived("law-word-holders", dict)  # (law, word, its bridge terms) → articles carrying it
    bridges = glossary_bridges(question)
    carries = word_carrier(bridges)
    weights: dict[str, dict[str, float]] = {}
    shares, groups = [], []
    for hit in window:
        law = hit.clause.doc_id
        articles = texts.get(law, {})
        if law not in weights:
            def holding(word: str, law=law, articles=articles) -> int:
                terms = bridge_terms(word, bridges)
                key = (law, word, terms)
                if key not in held:  # carries(word, text) written out: it runs for every article of the law
                    held[key] = sum(1 for text in articles.values() if word in text or any(t in text for t in terms))
                return held[key]

            weights[law] = law_word_weights(words, len(articles), holding)
        own = articles.get((hit.clause.article, label_suffix(hit.clause.label)), hit.clause.text)
        shares.append(carried_share(weights[law], own, carries) + evidence_head_start(
            hit.sources, meaning_head_start, sentence_head_start, MEANING_LISTS, SENTENCE_EVIDENCE_LIST, depth)
            + (ASKED_TERM_LEAD if defines_asked and defines_asked(own) else 0.0))
        groups.append((law, bool(asks_figure & figure_kinds(own)), bool(answers_form and answers_form(own))))
    order = reorder(groups, shares, margin, max_sink)
    return hits[:start] + [window[i] for i in order] + hits[start + depth:]


def _law_article_texts(view) -> dict[str, dict[tuple, str]]:
    """Each law's articles, (article, suffix) → the whole article's text (its pieces joined)."""
    out: dict[str, dict[tuple, str]] = {}
    for (doc_id, article, suffix), pieces in view.articles.items():
        out.setdefault(doc_id, {})[article, suffix] = "\n".join(view.clauses[i].text for i in pieces)
    return out
