"""Another jurisdiction's regime told as a yardstick before the bank's own case is asked (part of the coverage gate,
signal 2).

"新加坡PDPA规定数据泄露要通知主管机关。我们这边发生个人信息泄露，要通知谁？", "The Fed can examine banks. What
can the PBOC inspect at our bank?": the regime is named in a sentence or clause that tells, not asks; the
part that asks names the home side (we, our bank, 我们这边, 国内, 人民银行) and not the regime. What is asked is then the
home rule, and the regime is what the asker measures it against, as a comparison word (像…那样) or a home cue beside it
makes it (named_laws.named_as_comparison, asks_about_home).

A near miss told the same way ("MAS要求做压力测试。我们这边的压力测试多久做一次？") asks a home rule the corpus may not
hold either. So the ask must also be tied to the indexed texts by its own words: one of the leading clauses holds
TIED_WORDS of the asking part's rare words (topic.salient_terms; the regime's own words are not in the asking part).
Not told apart: a clause putting the ask under the regime (按MAS的要求，…; …的话，…), nor an ask naming a place outside
the mainland and the EU (our branch there is under that place's law: foreign_setting.py). Only other jurisdictions'
laws and regulators: regimes.toml's `foreign` entries, and laws of a jurisdiction other than the mainland and the EU
the catalog knows but holds no text of (CCPA, SOX: gate/assess.py, round 54); the later signals still judge the
question (a figure asked must be stated in a sentence about it).
General Chinese and English wording, not taken from any evaluation question.
"""

from __future__ import annotations

import re

from ...language import has_cjk
from ...lexis.lexicon import load_lexicon
from ..foreign_places import load_places
from ..named_laws import asks_about_home, is_question
from ..regulators import regulator_titles
from .asking import _REQUEST
from .context_regimes import RARE
from .topic import LEADING_CLAUSES, dictionary_words, salient_terms

# Rare words of the asking part that one leading clause must hold (see the module's docstring).
TIED_WORDS = 2

# The pieces a text is told in: Chinese sentences and clauses (cut at Chinese punctuation, as asked_items.asking_clauses
# cuts), English sentences (a comma joins one sentence: "Like the FCA, can we …" is one ask).
_PIECE_ZH = re.compile(r"(?<=[，；。？！,;!?：:])")
_PIECE_EN = re.compile(r"(?<=[.!?;])\s+")
# The bank's own side (general Chinese and English usage): the asker's institution (我们这边: "on our side"), and the
# home jurisdiction (named_laws.asks_about_home) or a Chinese regulator (regulators.regulator_titles) read separately.
_OWN_SIDE_ZH = re.compile(r"我们|我行|本行|咱们|咱行|我司|本公司")
_OWN_SIDE_EN = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
# A Chinese clause naming the rule the ask is put under (按MAS的要求，…; 根据…; 用COSO框架的话，…: general Chinese
# grammar of authority and condition) tells no yardstick: the regime is what is asked under.
_UNDER_ZH = re.compile(r"^\s*(?:请问)?(?:如果|要是|若|假如)?(?:按|按照|根据|依照|依据|参照|对照|用|采用|适用|遵照|遵循)|的话[，,；;]?\s*$")


def told_as_yardstick(question: str, pattern: re.Pattern, retrieval, token_lists_of, doc_freq) -> bool:
    """Is the regime (`pattern`) named only in pieces of the question that tell, the pieces that ask naming the home
    side and sharing TIED_WORDS of their rare words with a leading clause?"""
    if doc_freq is None or not is_question(question):
        return False
    chinese = has_cjk(question)
    pieces = [p for p in (_PIECE_ZH if chinese else _PIECE_EN).split(question) if p.strip()]
    if len(pieces) < 2:
        return False
    told = [p for p in pieces if pattern.search(p)]
    if any(_asks(p) or (chinese and _UNDER_ZH.search(p)) for p in told):
        return False
    asking = ("" if chinese else " ").join(p for p in pieces if not pattern.search(p))
    if not asking or not _asks(asking) or pattern.search(asking) or not _names_home_side(asking, chinese):
        return False
    if any(True for _ in load_places().outside_mentions(asking)):  # our branch there: asked under that place's law
        return False
    return any(_shared(asking, hit, token_lists_of, doc_freq) >= TIED_WORDS for hit in retrieval.hits[:LEADING_CLAUSES])


def _asks(text: str) -> bool:
    return is_question(text) or bool(_REQUEST.search(text))


def _shared(asking: str, hit, token_lists_of, doc_freq) -> int:
    """How many of the asking part's rare words the clause holds; an English ask read against a Chinese clause by the
    rare Chinese words the lexicon or CC-CEDICT gives for its words (as context_regimes._tied reads them)."""
    own = salient_terms(asking, doc_freq)
    shared = own & set(token_lists_of(hit))
    if not has_cjk(asking) and has_cjk(hit.clause.text):
        chinese = {w for w in load_lexicon().chinese_words(asking) if 0 < doc_freq(w) < RARE}
        chinese.update(dictionary_words(asking, doc_freq))
        shared |= {w for w in chinese if w in hit.clause.text}
    return len(shared)


def _names_home_side(text: str, chinese: bool) -> bool:
    own = _OWN_SIDE_ZH if chinese else _OWN_SIDE_EN
    return bool(own.search(text) or asks_about_home(text) or regulator_titles(text, chinese=chinese))
