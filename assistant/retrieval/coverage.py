"""Does the indexed corpus cover a question? Decides when to abstain instead of guessing (pure logic).

Signals, in order: a named clause that does not exist; a named law that is not indexed (民法典, 证券法,
《公司法》 …); and weak evidence: the best dense similarity below a floor, or (for questions that share
no salient words with the retrieved clauses) below a higher floor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..types import Retrieval
from .lexical import tokenize

# e5 cosine similarities are compressed into ~0.75–0.95; these floors were set on the out-of-scope set
# in evals/data/out_of_scope.jsonl and the dev questions (see `assistant eval run`).
SIMILARITY_FLOOR = 0.81
NO_OVERLAP_FLOOR = 0.86

_BRACKETED = re.compile(r"《([^》]{2,40})》")
_LAW_SUFFIXES = ("法", "法典", "条例", "办法", "规定", "细则")
# words ending like a law name that are not law names
_NOT_LAWS = {"方法", "办法", "合法", "非法", "违法", "依法", "立法", "执法", "守法", "做法", "用法", "说法",
             "看法", "想法", "算法", "手法", "司法", "本法", "该法", "规定", "有关规定", "相关规定", "法律法规"}
_NOT_LAW_ENDINGS = ("算法", "方法", "做法", "手法", "看法", "想法", "说法", "用法", "相关规定", "有关规定")


@dataclass(frozen=True)
class Coverage:
    covered: bool
    reason: str = ""
    unknown_laws: tuple[str, ...] = ()


def unknown_law_mentions(question: str, catalog) -> list[str]:
    """Law names in the question that the catalog does not know or has no text for."""
    from .lexical import _jieba

    known = catalog.find_mentions(question)
    rest = question
    for m in sorted(known, key=lambda m: -m.start):  # blank out laws the catalog recognises
        rest = rest[: m.start] + " " * (m.end - m.start) + rest[m.end :]
    names = [m.group(1) for m in _BRACKETED.finditer(rest) if m.group(1).strip()]
    names += [w for w in _jieba().cut(_BRACKETED.sub(" ", rest))
              if len(w) >= 3 and w.endswith(_LAW_SUFFIXES) and w not in _NOT_LAWS and not w.endswith(_NOT_LAW_ENDINGS)]
    names += [m.text for m in known if not any(catalog.is_indexed(d) for d in m.doc_ids)]
    unknown = []
    for name in names:
        infos = catalog.resolve(name)
        if not infos or not any(catalog.is_indexed(i.doc_id) for i in infos):
            unknown.append(name)
    return list(dict.fromkeys(unknown))


def assess(question: str, retrieval: Retrieval, catalog, token_lists_of) -> Coverage:
    """`token_lists_of(hit)` gives the lexical tokens of a hit's clause."""
    exact_found = any("exact" in h.sources for h in retrieval.hits)
    if retrieval.missing_refs and not exact_found:
        return Coverage(False, "; ".join(retrieval.missing_refs))
    if exact_found:
        return Coverage(True)
    unknown = unknown_law_mentions(question, catalog)
    names_indexed_law = any(catalog.is_indexed(d) for m in catalog.find_mentions(question) for d in m.doc_ids)
    if unknown and not names_indexed_law:  # "民法典和个保法对…" is still answered from the PIPL
        return Coverage(False, "not indexed: " + "、".join(unknown), tuple(unknown))
    if not retrieval.hits:
        return Coverage(False, "nothing retrieved")
    best = max((h.similarity for h in retrieval.hits if h.similarity is not None), default=None)
    if best is None:  # dense retrieval switched off: only the lexical evidence decides
        return Coverage(bool(retrieval.hits))
    if best < SIMILARITY_FLOOR:
        return Coverage(False, f"weak evidence (similarity {best:.2f})")
    query_tokens = set(tokenize(question))
    overlap = any(query_tokens & set(token_lists_of(h)) for h in retrieval.hits[:3])
    if not overlap and best < NO_OVERLAP_FLOOR:
        return Coverage(False, f"no shared terms and weak evidence (similarity {best:.2f})")
    return Coverage(True)
