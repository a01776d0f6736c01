"""An in-memory view of every indexed clause: article table, law list, lexical index and, for a corpus that fits in
memory, the clause vectors.

Built from the Chroma collection (the source of truth, also in server mode) and cached on disk per
index revision, so a process pays for tokenisation once per corpus change, not once per start.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np

from ..text.articles import label_suffix
from ..text.paragraphs import paragraphs
from ..types import FOREVER, Clause, date_int
from ..text.tokens import defined_terms, teach_terms, tokenize
from .compound_terms import compound_tokens, corpus_compounds
from .lexical import LexicalIndex

CACHE_VERSION = 6  # 5: clause vectors; 6: compound terms
MIN_PARAGRAPH_CHARS = 12  # shorter lines (headers) are not indexed on their own


class CorpusView:
    def __init__(self, clauses: list[Clause], token_lists: list[list[str]] | None = None,
                 vectors: np.ndarray | None = None, compounds: tuple[list[str], list[list[str]]] | None = None):
        self.clauses = clauses
        # Row i is clause i's vector, unit length (None: too large a corpus, dense search stays in Chroma).
        self.vectors = _unit_rows(vectors) if vectors is not None and len(vectors) == len(clauses) else None
        self.position = {c.chunk_id: i for i, c in enumerate(clauses)}
        # The corpus' own defined terms become jieba words before anything is tokenised (queries included).
        self.defined_terms = defined_terms(c.text for c in clauses)
        teach_terms(self.defined_terms)
        self.token_lists = token_lists if token_lists is not None else [tokenize(self._lexical_text(c)) for c in clauses]
        # compound terms the Chinese texts use as units, BM25 tokens of their own (compound_terms.py): (the terms,
        # each clause's occurrences of them)
        if compounds is None:
            terms = corpus_compounds(((c.doc_id, c.article if c.article is not None else c.chunk_id), c.text)
                                     for c in clauses if c.jurisdiction.upper() in ("CN", "INTERNAL"))
            compounds = (sorted(terms), [compound_tokens(self._lexical_text(c), terms) for c in clauses])
        self.compounds: frozenset[str] = frozenset(compounds[0])
        self.compound_lists = compounds[1]
        self.lexical = LexicalIndex(self.token_lists, self.compound_lists)
        self._doc_freq: dict[str, float] | None = None
        self._paragraphs: tuple[list[int], LexicalIndex] | None = None
        self.effective_from = np.array([date_int(c.effective_date) for c in clauses], dtype=np.int64)
        self.effective_until = np.array([date_int(c.effective_until, FOREVER) for c in clauses], dtype=np.int64)
        self.doc_ids = np.array([c.doc_id for c in clauses], dtype=object)
        self.jurisdictions = np.array([c.jurisdiction.upper() for c in clauses], dtype=object)
        self.kinds = np.array([c.kind for c in clauses], dtype=object)
        self._docs: dict[str, Clause] = {}
        self._derived: dict[str, object] = {}
        for c in clauses:
            self._docs.setdefault(c.doc_id, c)
        self.articles: dict[tuple[str, int, int], list[int]] = defaultdict(list)
        self.max_article: dict[str, int] = defaultdict(int)
        for i, c in enumerate(clauses):
            if c.article is not None:
                self.articles[(c.doc_id, c.article, label_suffix(c.label))].append(i)
                self.max_article[c.doc_id] = max(self.max_article[c.doc_id], c.article)
        for pieces in self.articles.values():
            pieces.sort(key=lambda i: clauses[i].piece)

    @staticmethod
    def _lexical_text(clause: Clause) -> str:
        # contextual header: the law, the chapter/section path and the article label are part of what BM25 sees
        return f"{clause.short_title} {clause.chapter} {clause.label} {clause.text}"

    # cache ------------------------------------------------------------------------
    @classmethod
    def load(cls, records_source, cache_path: Path | None, revision: str, with_vectors: bool = True) -> CorpusView:
        """`records_source()` yields (clause, vector or None) pairs; `with_vectors` False keeps no vectors (a corpus
        too large to hold them: dense search stays in Chroma)."""
        if cache_path is not None and revision and cache_path.exists():
            try:
                with cache_path.open("rb") as fh:
                    payload = pickle.load(fh)
                if (payload.get("version") == CACHE_VERSION and payload.get("revision") == revision
                        and (payload.get("vectors") is not None) == with_vectors):
                    clauses = [Clause.model_validate(c) for c in payload["clauses"]]
                    return cls(clauses, payload["tokens"], payload.get("vectors"), payload["compounds"])
            except Exception:  # a stale or truncated cache is rebuilt, never trusted
                pass
        records = sorted(records_source(), key=lambda r: (r[0].doc_id, r[0].start, r[0].piece))
        clauses = [clause for clause, _ in records]
        vectors = np.stack([v for _, v in records]) if with_vectors and records and all(
            v is not None for _, v in records) else None
        view = cls(clauses, vectors=vectors)
        if cache_path is not None and revision:
            cache_path.parent.mkdir(parents=True, exist_ok=True)
            # A scratch file of this process's own (not a fixed "<cache>.tmp"): two processes building the view at
            # once (a Slack bot and the web UI on one data dir, parallel eval runs) would otherwise rename each
            # other's scratch file away and one of them fail with FileNotFoundError. The rename stays atomic.
            fd, scratch = tempfile.mkstemp(dir=cache_path.parent, prefix=cache_path.name + ".", suffix=".tmp")
            tmp = Path(scratch)
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(
                        {
                            "version": CACHE_VERSION,
                            "revision": revision,
                            "clauses": [c.model_dump() for c in clauses],
                            "tokens": view.token_lists,
                            "vectors": view.vectors,
                            "compounds": (sorted(view.compounds), view.compound_lists),
                        },
                        fh,
                        protocol=pickle.HIGHEST_PROTOCOL,
                    )
                tmp.replace(cache_path)
            except BaseException:
                tmp.unlink(missing_ok=True)  # a failed write leaves no scratch file behind
                raise
        return view

    def paragraph_index(self) -> tuple[list[int], LexicalIndex]:
        """Paragraph-level units (款, numbered paragraphs, items) of every clause and their BM25 index, built on first
        use (paragraph votes are an ablation, off by default): (owner clause of each paragraph, index)."""
        if self._paragraphs is None:
            owner: list[int] = []
            tokens: list[list[str]] = []
            for i, c in enumerate(self.clauses):
                for para in paragraphs(c.text, min_chars=MIN_PARAGRAPH_CHARS):
                    owner.append(i)
                    tokens.append(tokenize(f"{c.short_title} {c.chapter} {c.label} {para}"))
            self._paragraphs = (owner, LexicalIndex(tokens))
        return self._paragraphs

    def doc_freq(self, token: str) -> float:
        """Share of clauses holding `token` (0 for a token the corpus never uses)."""
        if self._doc_freq is None:
            from collections import Counter

            counts: Counter = Counter()
            for tokens in self.token_lists:
                counts.update(set(tokens))
            n = max(1, len(self.token_lists))
            self._doc_freq = {t: c / n for t, c in counts.items()}
        return self._doc_freq.get(token, 0.0)

    # dense search -------------------------------------------------------------------
    def nearest(self, vector: np.ndarray, n: int, mask: np.ndarray) -> dict[int, float]:
        """Clause position → cosine similarity of the `n` clauses nearest to `vector` among `mask`, best first: exact,
        and a filter costs nothing (Chroma's HNSW query with a metadata filter costs more than this whole product at
        this size). Needs `vectors`."""
        query = np.asarray(vector, dtype=np.float32)
        query = query / (np.linalg.norm(query) or 1.0)
        # einsum, not `@`: a matrix-vector product through multithreaded OpenBLAS costs 8-15 ms on a busy 2-core
        # machine (thread wake-ups), einsum's own loop 0.2 ms
        scores = np.where(mask, np.einsum("ij,j->i", self.vectors, query), -np.inf)
        n = min(n, int(mask.sum()))
        if n <= 0:
            return {}
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return {int(i): float(scores[i]) for i in top}

    # masks ------------------------------------------------------------------------
    def in_force_mask(self, day: date) -> np.ndarray:
        d = date_int(day)
        return (self.effective_from <= d) & (d < self.effective_until)

    def doc_mask(self, doc_ids: set[str]) -> np.ndarray:
        return np.array([d in doc_ids for d in self.doc_ids], dtype=bool)

    # lookups ------------------------------------------------------------------------
    def find_article(self, doc_ids: list[str], article: int, suffix: int = 0, as_of: date | None = None) -> Clause | None:
        """The article's first piece in the first of `doc_ids` that has it (in force on `as_of` when given)."""
        for doc_id in doc_ids:
            pieces = self.articles.get((doc_id, article, suffix))
            if not pieces:
                continue
            clause = self.clauses[pieces[0]]
            if as_of is None or clause.in_force_on(as_of):
                return clause
        return None

    def article_pieces(self, doc_id: str, article: int, suffix: int = 0) -> list[Clause]:
        return [self.clauses[i] for i in self.articles.get((doc_id, article, suffix), [])]

    def full_article(self, chunk_id: str) -> Clause | None:
        """The whole article a chunk belongs to, pieces joined (headers repeated in pieces are dropped)."""
        i = self.position.get(chunk_id)
        if i is None:
            return None
        clause = self.clauses[i]
        if clause.article is None:
            return clause
        pieces = self.article_pieces(clause.doc_id, clause.article, label_suffix(clause.label))
        if len(pieces) <= 1:
            return clause
        header = pieces[0].text.split("\n", 1)[0]
        parts = [pieces[0].text] + [p.text[len(header):].lstrip("\n ") if p.text.startswith(header) else p.text for p in pieces[1:]]
        return clause.model_copy(
            update={"text": "\n\n".join(parts), "paragraph": "", "piece": 0, "start": pieces[0].start, "end": pieces[-1].end}
        )

    def law_articles(self, doc_id: str) -> dict[int, str]:
        """Article number → whole text of every numbered article of one document (each version is a document of its
        own), built once per document: what the grounding verifier compares a claim with beyond the cited article."""
        cache = self.derived("law-articles", dict)
        if doc_id not in cache:
            cache[doc_id] = {article: self.full_article(self.clauses[pieces[0]].chunk_id).text
                             for (doc, article, suffix), pieces in self.articles.items() if doc == doc_id and not suffix}
        return cache[doc_id]

    def docs(self) -> list[Clause]:
        """One representative clause per document (for listing laws and policies)."""
        return list(self._docs.values())

    def derived(self, name: str, build):
        """What `build()` derives from this view, built on first use and shared by every retriever over the view (the
        eval's ablations, the spec checker's batch retriever); a reload builds a new view and so derives afresh."""
        if name not in self._derived:
            self._derived[name] = build()
        return self._derived[name]


def unit_key(clause: Clause) -> tuple:
    """What ranks as one unit: an article (doc, article, suffix) whatever its pieces, or the chunk for text without
    articles (recitals, preambles)."""
    if clause.article is None:
        return (clause.doc_id, clause.chunk_id)
    return (clause.doc_id, clause.article, label_suffix(clause.label))


def unit_keys(view: CorpusView) -> list[tuple]:
    """`unit_key` of every position, once per view: a search groups its candidates into units several times."""
    return view.derived("unit-keys", lambda: [unit_key(c) for c in view.clauses])


def cn_law_articles_opening(view: CorpusView, name: str, opens: Callable[[str], bool]) -> frozenset[int]:
    """Positions of every piece of the Chinese law articles (not policies) whose first piece's text passes `opens`,
    derived once per view under `name` (authority_acts.py, individual_requests.py)."""
    def build() -> frozenset[int]:
        out: set[int] = set()
        for pieces in view.articles.values():
            first = view.clauses[pieces[0]]
            if first.jurisdiction.upper() == "CN" and first.kind != "policy" and opens(first.text):
                out.update(pieces)
        return frozenset(out)

    return view.derived(name, build)


def _unit_rows(vectors: np.ndarray) -> np.ndarray:
    matrix = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)
