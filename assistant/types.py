"""Domain types shared by every stage.

Stages meet at these small typed objects: ingestion produces `Clause`s, retrieval returns
`Retrieval`, an `Answerer` writes a `Draft`, each `Verifier` returns a `Verification`,
and the service facade assembles the `Answer` that every front end renders.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

Kind = Literal["regulation", "policy"]
Status = Literal["in_force", "superseded", "not_yet_in_force"]
Verdict = Literal["supported", "not_supported", "contradicted"]
# verified: a second model judged every claim supported AND the deterministic checks agree (the only green badge);
# quoted: verbatim quotes passed the deterministic checks, but no second model judged them (offline);
# partially_verified / unverified / contradicted: some claims failed, are unchecked, or contradict their clause;
# not_covered: the corpus does not answer the question.
AnswerStatus = Literal["verified", "quoted", "partially_verified", "unverified", "contradicted", "not_covered"]

FOREVER = 99991231  # effective_until for texts still in force


def date_int(d: date | str | None, default: int = 0) -> int:
    """`date(2025, 1, 1)` or "2025-01-01" → 20250101 (Chroma filters compare numbers only)."""
    if d is None or d == "":
        return default
    if isinstance(d, str):
        d = date.fromisoformat(d[:10])
    return d.year * 10000 + d.month * 100 + d.day


class LawInfo(BaseModel):
    """Catalog metadata of one document (a law version or an internal policy)."""

    doc_id: str  # stable id, e.g. "pipl-2021"
    title: str  # canonical full title, e.g. 中华人民共和国个人信息保护法
    short_title: str  # e.g. 个人信息保护法, GDPR
    aliases: list[str] = Field(default_factory=list)  # 个保法, PIPL, 《个人信息保护法》 …
    jurisdiction: str = "CN"  # CN | EU | INTERNAL …
    kind: Kind = "regulation"
    issuer: str = ""
    version_date: str = ""  # ISO date of this text version
    effective_date: str = ""  # ISO date it took effect
    effective_until: str = ""  # ISO date it stopped being in force ("" = still in force)
    status: Status = "in_force"
    source_url: str = ""
    language: Literal["zh", "en"] = "zh"


class Clause(BaseModel):
    """One retrievable unit: an article (or one piece of a long article), with its metadata."""

    chunk_id: str  # "{doc_id}:{label_key}:{piece}", unique in the index
    doc_id: str
    law: str  # canonical title
    short_title: str
    aliases: list[str] = Field(default_factory=list)
    jurisdiction: str = "CN"
    kind: Kind = "regulation"
    article: int | None = None  # 13 for 第十三条 / Article 13 / 第十三条之一; None for preamble, recitals
    label: str = ""  # 第十三条 / Article 13 / 第二十条之一 / Recital 71
    chapter: str = ""  # "第二章 个人信息处理规则 / 第一节 一般规定"
    paragraph: str = ""  # "" for the whole article, "1-3" for a piece that holds paragraphs 1..3
    piece: int = 0  # 0-based piece index when a long article is split
    text: str  # clause text; pieces repeat the article header
    source: str = ""  # file path
    start: int = 0  # character offsets of the article (or piece) in the normalised file text
    end: int = 0
    version_date: str = ""
    effective_date: str = ""
    effective_until: str = ""
    status: Status = "in_force"
    content_hash: str = ""

    def citation_label(self) -> str:
        """Human citation, e.g. 《个人信息保护法》第十三条 or GDPR Article 6."""
        if self.jurisdiction == "CN" or self.label.startswith("第"):
            return f"《{self.short_title}》{self.label}".strip()
        return f"{self.short_title} {self.label}".strip()

    def in_force_on(self, day: date) -> bool:
        d = date_int(day)
        return date_int(self.effective_date) <= d < date_int(self.effective_until, FOREVER)


class Filters(BaseModel):
    """Restrictions a user puts on a search. Empty means no restriction."""

    laws: list[str] = Field(default_factory=list)  # titles, short titles, aliases or doc ids
    jurisdiction: str | None = None
    kind: Kind | None = None
    as_of: date | None = None  # None: today


class ClauseRef(BaseModel):
    """A clause named in text: 个保法第13条, GDPR Article 6(1)(a), 商业银行法第三十九条."""

    law_mention: str  # the law as written, e.g. 个保法
    doc_ids: list[str] = Field(default_factory=list)  # catalog matches (all versions)
    article: int
    article_suffix: int = 0  # 之一 → 1
    paragraph: int | None = None  # 第二款 / (1)
    point: str | None = None  # 第（一）项 → "1" / (a) → "a"
    span: tuple[int, int] = (0, 0)  # where it was found in the text


class Hit(BaseModel):
    """One ranked result: an article-level unit with the evidence of how it was found."""

    clause: Clause
    score: float
    sources: dict[str, int] = Field(default_factory=dict)  # {"dense": rank, "bm25": rank, "exact": 1}
    similarity: float | None = None  # dense cosine of the query and this clause (evidence strength)


class WordingFit(BaseModel):
    """How much of a question's wording the indexed texts hold (retrieval/wording_fit.py)."""

    share: float = 1.0  # of its content words, those the index holds as BM25 terms, directly or through a bridge
    words: int = 0  # content words counted
    # content words held neither way (not the pieces of a longer one), the most telling first
    missing: list[str] = Field(default_factory=list)
    terms: list[str] = Field(default_factory=list)  # legal terms the retriever's bridges gave that the texts hold


class Retrieval(BaseModel):
    query: str
    hits: list[Hit] = Field(default_factory=list)
    exact_refs: list[ClauseRef] = Field(default_factory=list)  # clause references found in the query
    missing_refs: list[str] = Field(default_factory=list)  # named clauses that do not exist
    as_of: date | None = None
    timings: dict[str, float] = Field(default_factory=dict)  # seconds per stage
    # the dense search's best cosine over the clauses it searched (None: no dense search ran): the coverage gate's
    # evidence when every hit shown came from the lexical lists alone
    best_similarity: float | None = None
    wording: WordingFit | None = None  # None: not measured (a retriever without a lexical index)


class Citation(BaseModel):
    marker: int  # the n in [n]
    chunk_id: str
    law: str
    short_title: str
    label: str
    article: int | None = None
    version_date: str = ""
    effective_date: str = ""
    status: Status = "in_force"
    quote: str = ""  # the span of the clause the claim relies on (verbatim)
    source: str = ""

    @classmethod
    def from_clause(cls, marker: int, clause: Clause, quote: str = "") -> Citation:
        return cls(
            marker=marker,
            chunk_id=clause.chunk_id,
            law=clause.law,
            short_title=clause.short_title,
            label=clause.label,
            article=clause.article,
            version_date=clause.version_date,
            effective_date=clause.effective_date,
            status=clause.status,
            quote=quote,
            source=clause.source,
        )


class Claim(BaseModel):
    text: str  # one sentence of the answer, markers removed
    markers: list[int] = Field(default_factory=list)


class Draft(BaseModel):
    """What an Answerer produces: text with [n] markers, its claims and citations."""

    text: str
    claims: list[Claim] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    generator: str = ""
    notices: list[str] = Field(default_factory=list)  # e.g. "marker [4] pointed at nothing retrieved; dropped"
    abstained: bool = False  # the answerer itself judged the evidence insufficient


class ClaimVerdict(BaseModel):
    claim: int  # index into Draft.claims
    verdict: Verdict
    reason: str = ""


class Verification(BaseModel):
    verifier: str
    ran: bool = True  # False: the verifier failed or was not configured; never counts as a pass
    verdicts: list[ClaimVerdict] = Field(default_factory=list)
    findings: list[str] = Field(default_factory=list)
    conclusion: Verdict | None = None  # the verifier's view of the overall conclusion
    error: str | None = None


class ClaimResult(BaseModel):
    """A claim with the weakest verdict any verifier gave it."""

    text: str
    markers: list[int] = Field(default_factory=list)
    verdict: Verdict
    reasons: list[str] = Field(default_factory=list)


class Answer(BaseModel):
    question: str  # as asked (redacted)
    standalone_question: str  # after follow-up rewriting
    language: Literal["zh", "en"]
    text: str  # answer text with [n] markers; unsupported claims are marked in it
    status: AnswerStatus
    claims: list[ClaimResult] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    verifications: list[Verification] = Field(default_factory=list)
    generator: str = ""
    verifiers: list[str] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)
    # the question's words are far from the texts' (retrieval/wording_fit.py): what was not found and the legal terms
    # to try, in the question's language; "" when its wording is close enough or the answer is a refusal
    wording_hint: str = ""
    closest: list[Citation] = Field(default_factory=list)  # shown when not covered
    retrieval: list[dict] = Field(default_factory=list)  # trace: chunk_id, label, score, sources
    timings: dict[str, float] = Field(default_factory=dict)
    audit_id: str | None = None
