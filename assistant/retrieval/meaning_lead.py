"""Of a Chinese question's first two hits from two texts, the one the embedder rates clearly closer leads.

The fused ranking weighs words (BM25, character pairs, sentence evidence) and meaning (the question's vector against
whole clauses and their paragraphs) together, and between two texts stating neighbouring duties the word lists can put
first the article that shares more surface words with the question while the embedder rates the other text's article
clearly closer (a policy's clause on onward transfer against the PIPL's general transfer article; the judicial
interpretation's unit-crime article against the PIPL's fine). Only the first two hits of two texts, as sentence_lead.py:
between articles of one text law_neighbours orders. Pure logic over the hits' own similarities.

Round 46 (ret46zh), replayed on the captured first ten of pool:zh's id-hash tune half (679): margin 0.0 13 up / 52
down, 0.01 6 / 19, 0.02 4 / 2, 0.03 2 / 0 (5 swaps), 0.05 none moved. In the pipeline (0.03): pool:zh 2 up / 0
down (both in the tune half; the check half's MRR unchanged), pool:en untouched (Chinese questions only). Thin evidence:
a margin where few pairs fall; 0.02 already swaps 14 for 4 / 2.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Hit


def lead_by_meaning(hits: Sequence[Hit], margin: float) -> list[Hit]:
    """`hits` with the second first when it is of another text and its similarity to the question exceeds the first's
    by more than `margin`; otherwise unchanged."""
    hits = list(hits)
    if len(hits) < 2 or hits[0].clause.doc_id == hits[1].clause.doc_id:
        return hits
    first, second = hits[0].similarity, hits[1].similarity
    if first is not None and second is not None and second > first + margin:
        hits[0], hits[1] = hits[1], hits[0]
    return hits


def lead_within_text_by_meaning(hits: Sequence[Hit], margin: float) -> list[Hit]:
    """`hits` with the second first when both are articles of one text and the second's similarity to the question
    exceeds the first's by more than `margin`; otherwise unchanged. The within-text counterpart of lead_by_meaning:
    law_neighbours orders a text's articles by the question's words, and a long article sharing more of them (a list of
    approvals, a general principle) can lead a short one the embedder rates clearly closer (商业银行法第二十四条 before
    第四十一条; GDPR Article 3 before Article 27). Round 52 (ret52rank), replayed on the first two hits of pool:zh and
    pool:en (base dumps, the questions' own vectors): margin 0.01 tune half 37 up / 42 down, 0.015 24 / 22, 0.02 15 / 9
    (check half 9 / 6), 0.025 7 / 4. In the pipeline (0.02) against the base dumps: pool:zh 8 up / 5 down (MRR 0.6968 →
    0.6979), pool:en 10 / 1 (0.6253 → 0.6280); Hit@5 and R@10 unchanged (only the first two trade places)."""
    hits = list(hits)
    if len(hits) < 2 or hits[0].clause.doc_id != hits[1].clause.doc_id or \
            hits[0].clause.article is None or hits[1].clause.article is None or \
            hits[0].clause.article == hits[1].clause.article:
        return hits
    first, second = hits[0].similarity, hits[1].similarity
    if first is not None and second is not None and second > first + margin:
        hits[0], hits[1] = hits[1], hits[0]
    return hits
