"""What the spec checker reports: findings with citations, per requirement and per document, and the batch.

Plain pydantic models (JSON, the HTML/Markdown report, the UI and Slack all read them); no checking here.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from assistant.types import Citation

from .rules import SEVERITY_RANK, severity_at_least

Severity = Literal["high", "medium", "low"]


class ReferenceInfo(BaseModel):
    """A clause the spec itself names (may not exist: 《反洗钱法》第九十九条)."""

    text: str
    law: str
    doc_id: str
    article: int
    label: str


class Finding(BaseModel):
    id: str
    rule: str  # rule id, or ref-missing / ref-outdated / ref-not-in-force / ref-weak-support, or a minimum id
    kind: Literal["rule", "retention", "reference", "conflict"]
    severity: Severity
    title: str
    detail: str = ""
    recommendation: str
    requirement: str  # Requirement.id
    line: int
    section: str = ""
    evidence: list[str] = Field(default_factory=list)  # the spec's own words that triggered the finding
    citations: list[Citation] = Field(default_factory=list)
    reference: ReferenceInfo | None = None

    def cites(self, doc_id: str, article: int) -> bool:
        """True when the finding names this clause (cited, or the spec's own reference)."""
        if self.reference and self.reference.doc_id == doc_id and self.reference.article == article:
            return True
        return any(c.chunk_id.split(":", 1)[0] == doc_id and c.article == article for c in self.citations)


class Obligation(BaseModel):
    rule: str
    text: str
    status: Literal["present", "missing", "refused", "defect"]


class RelatedClause(BaseModel):
    chunk_id: str
    citation: str
    kind: str
    score: float


class RequirementResult(BaseModel):
    id: str
    kind: str
    line: int
    section: str = ""
    label: str = ""
    text: str
    related: list[RelatedClause] = Field(default_factory=list)
    obligations: list[Obligation] = Field(default_factory=list)
    findings: list[str] = Field(default_factory=list)  # Finding ids
    llm_review: dict | None = None


class DocumentReport(BaseModel):
    path: str
    name: str
    kind: Literal["spec", "policy"] = "spec"
    language: Literal["zh", "en"] = "zh"
    status: Literal["checked", "error"] = "checked"
    error: str | None = None
    requirements: list[RequirementResult] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    # Conflicts between the internal policies this document's findings cite and the regulations they implement.
    policy_conflicts: list[Finding] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in SEVERITY_RANK}
        for f in self.findings:
            out[f.severity] += 1
        return out

    def fails(self, fail_on: str | None) -> bool:
        """Gate: a finding at or above `fail_on`, or a document that could not be checked at all."""
        if fail_on is None:
            return False
        return self.status == "error" or any(severity_at_least(f.severity, fail_on) for f in self.findings)


class BatchReport(BaseModel):
    as_of: date
    fail_on: Severity | None = None
    documents: list[DocumentReport] = Field(default_factory=list)

    def hide_paths(self) -> BatchReport:
        """For reports shown over the web or Slack: file names instead of the server's (temp) paths."""
        import tempfile

        temp_path = re.compile(re.escape(tempfile.gettempdir().rstrip("/")) + r"/[^\s:，。;；]*/")
        for doc in self.documents:
            folder = str(Path(doc.path).parent)

            def scrub(text: str, doc=doc, folder=folder) -> str:
                text = text.replace(doc.path, doc.name)
                text = text.replace(folder + "/", "") if folder not in ("", ".", "/") else text
                return temp_path.sub("", text)

            doc.error = scrub(doc.error) if doc.error else doc.error
            doc.notes = [scrub(note) for note in doc.notes]
            doc.path = doc.name
        return self

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in SEVERITY_RANK}
        for doc in self.documents:
            for k, v in doc.counts().items():
                out[k] += v
        return out

    def errors(self) -> list[DocumentReport]:
        return [d for d in self.documents if d.status == "error"]

    def exit_code(self) -> int:
        return 1 if any(d.fails(self.fail_on) for d in self.documents) else 0
