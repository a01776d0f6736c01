"""How much an English question with no jurisdiction cue leans to the Chinese texts, from its own dense scores (pure).

An English question that names no law, place or regulator is searched on both sides (jurisdiction_default.py), and the
Chinese side's own lists weigh a fixed `cn_default_weight` in the fusion. One weight cannot fit both kinds of such
questions: raised (2.0) it gains on questions about the Chinese laws and the bank's policies and loses more on those
about the GDPR and the AI Act (round 40, ret40enrank). What tells them apart is evidence the search already has: the
same query vector's best score among the EU articles and among the Chinese-written ones (laws and policies). The
multilingual model scores an English question against English text higher than against Chinese text of the same
meaning, so the EU side leads for nearly every English question; by how much is the evidence. A question on what only
the EU texts regulate (a data subject's rights, a high-risk AI system, a supervisory authority) finds an EU article far
closer than any Chinese one; one on a loan, an account or a branch finds the Chinese article nearly as close as the
best EU one despite the language handicap. When the EU side's lead is under `margin` (cosine), the Chinese side's
lists weigh `lifted` instead of `base`.

Measured on the English tuning pool's no-cue questions (round 41, ret41en; its own dev half of 226): the EU lead alone
tells EU-gold questions from the others with AUC 0.83 (0.86 on the held-back half); a lead under 0.04 holds 86 of the
226, of which 4 have EU gold (offline, on the question's own vector). Through the pipeline: dev MRR 0.6148 → 0.6233
(Chinese gold 0.573 → 0.587, EU gold 0.744 → 0.740), the held-back half 0.5121 → 0.5214 (Chinese gold 0.449 → 0.468,
EU gold 0.731 → 0.724). Most misses of Chinese-gold questions already have a Chinese article first (another article of
the same law, another Chinese law): the jurisdiction is the smaller part of their loss, so no estimate does much more.
"""

from __future__ import annotations

from collections.abc import Iterable


def best_score(scores: Iterable[float]) -> float | None:
    """The highest of `scores`, None when there are none."""
    return max(scores, default=None)


def chinese_side_weight(best_eu: float | None, best_chinese: float | None, base: float, lifted: float,
                        margin: float) -> float:
    """The weight of the no-cue question's Chinese-side lists: `lifted` when the best EU article leads the best
    Chinese-written one by less than `margin` (or trails it), else `base`. Either side missing: `base`."""
    if best_eu is None or best_chinese is None or margin <= 0:
        return base
    return lifted if best_eu - best_chinese < margin else base
