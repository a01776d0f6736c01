"""Does a leading clause carry what a Chinese question is about, or only its generic words? (pure logic)

A question on a banking product or activity no indexed text rules on (零钞兑换, 信用卡年费, 押运交接) retrieves the
clauses sharing its generic words (网点, 提供, 要求, 一年) at a dense similarity of 0.86-0.88 on e5's scale, above the
no-overlap floor a question sharing no key term is held to (CoverageFloors.no_overlap, 0.86): e5 rates any Chinese
banking question that close to any banking clause. What tells it apart is how little of the question's topic any one
of those clauses holds: weighted by specificity (topic_weight.topic_weights: -log of the share of clauses holding each
word, the index's own statistics), the rare words that name the thing asked are missing from every leading clause,
and the share a clause carries is the share of its generic words.

So a Chinese question none of whose leading clauses (topic.LEADING_CLAUSES) carries WEAK_CARRIAGE of its topic weight
is held to a floor of its own, CARRIAGE_FLOOR, a little above the no-overlap one. Only when every leading clause is
Chinese text: a Chinese question asked of the GDPR or the AI Act shares its words with no English clause, whatever it
asks (assess.py's about_english_text).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from ...language import has_cjk
from ..topic_weight import carried_words, topic_weights
from .topic import LEADING_CLAUSES, _source_cue_words, _topic_words

# The share of the question's topic weight (its words the corpus uses, each by specificity) that no leading clause
# reaches, alone, when the question is about something else. Round 38 (issue 11), gate on cached retrievals over the
# tuning pools (1,060 out-of-scope, 2,787 answerable), Chinese questions naming no indexed law: under a floor of 0.87,
# share 0.25 refuses 2 more out-of-scope questions, 0.3 five, 0.35 six, none answerable; under 0.88, 0.3 refuses nine
# and three answerable ones (a branch closing for half a day, a vague answer on a wealth product, an unfair card
# clause: everyday words for what the clauses name otherwise, 0.875-0.88).
WEAK_CARRIAGE = 0.3
# Below this dense similarity a weakly carried question is refused; above it, the clause is close enough on the
# embedder's scale that its words may simply be the laws' words for the question's (see WEAK_CARRIAGE's figures).
CARRIAGE_FLOOR = 0.87


def carried_weakly(question: str, retrieval, rarity: Callable[[str], float], token_lists_of,
                   bridges: dict[str, tuple[str, ...]]) -> bool:
    """No leading clause, alone, carries WEAK_CARRIAGE of the Chinese question's topic weight (its topic words less the
    words naming which texts to look in; glossary phrases carried through their legal terms), each leading clause
    being Chinese text. A question with no topic word the corpus uses is not judged here (the vocabulary and
    unnamed-word tests are its)."""
    leading = retrieval.hits[:LEADING_CLAUSES]
    if not leading or not has_cjk(question) or not all(has_cjk(h.clause.text) for h in leading):
        return False
    weights = topic_weights(_topic_words(question) - _source_cue_words(question), rarity, bridges)
    total = math.fsum(weights.values())  # fsum: sets iterate in hash-seed order
    if not total:
        return False
    best = max(math.fsum(weights[w] for w in carried_words(weights, h.clause.text, set(token_lists_of(h)), bridges))
               for h in leading)
    return best / total < WEAK_CARRIAGE
