"""Which earlier answers and spec reviews relied on an article that has since changed.

Reads audit-trail records (kind "ask", as `AuditLog.iter_records` yields them) and spec reports (the JSON that
`assistant check --format json` writes), and asks a version source (`lawversions.VersionSource`) what became of
every article they cited: a newer version of the law removed, rewrote, moved or renumbered it, or the same
version's text no longer holds the quote the answer relied on. No I/O here beyond the source passed in.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Iterable, Protocol

from .catalog import Catalog
from .lawdiff import Article, LawDiff, normal_text
from .types import LawInfo

# Most urgent first. "unchanged" means: superseded, but the new version says the same under the same number.
SEVERITY = ("removed", "changed", "moved", "renumbered", "unchanged")


class Source(Protocol):
    def articles(self, doc_id: str) -> list[Article]: ...
    def diff(self, old: LawInfo, new: LawInfo) -> LawDiff: ...


@dataclass
class ImpactItem:
    origin: str  # "answer" | "spec"
    ref: str  # audit id, or "report.json#finding-id"
    time: str  # when the answer was given / the report was made
    subject: str  # the question, or the finding's title
    cited: str  # 《反洗钱法》第十六条 (2006-10-31)
    doc_id: str
    label: str
    change: str  # one of SEVERITY
    now: str  # what stands in its place: 《反洗钱法》第二十八条 (2024-11-08), or ""
    detail: str  # a line a compliance officer can act on
    after_answer: bool  # the newer text is dated after the answer (False: it already existed and was not used)

    def to_json(self) -> dict:
        return asdict(self)


def find_impacts(records: Iterable[dict], reports: Iterable[tuple[str, dict]], catalog: Catalog, source: Source,
                 changed_only: bool = False) -> list[ImpactItem]:
    items: list[ImpactItem] = []
    for record in records:
        if record.get("kind", "ask") != "ask":
            continue
        for cited in _cited(record.get("citations") or []):
            item = _assess(cited, catalog, source)
            if item:
                items.append(_item("answer", record.get("id", ""), record.get("time", ""),
                                   record.get("question", ""), cited, item))
    for name, report in reports:
        for doc in report.get("documents") or [report]:
            when = str(report.get("as_of", ""))
            for finding in doc.get("findings") or []:
                refs = list(finding.get("citations") or [])
                if finding.get("reference"):
                    refs.append(finding["reference"])
                for cited in _cited(refs):
                    item = _assess(cited, catalog, source)
                    if item:
                        items.append(_item("spec", f"{name}#{finding.get('id', '')}", when,
                                           f"{doc.get('name', '')}: {finding.get('title', '')}", cited, item))
    if changed_only:
        items = [i for i in items if i.change in ("removed", "changed", "moved")]
    return sorted(items, key=lambda i: (SEVERITY.index(i.change), i.doc_id, i.label, i.time))


def _cited(citations: list) -> list[dict]:
    """Distinct (doc_id, label) pairs with the quote relied on; citations without an article are skipped."""
    out: dict[tuple[str, str], dict] = {}
    for c in citations:
        if not isinstance(c, dict):
            continue
        doc_id = c.get("doc_id") or str(c.get("chunk_id", "")).split(":", 1)[0]
        label = c.get("label") or ""
        if not doc_id or not label.startswith("第"):
            continue
        entry = out.setdefault((doc_id, label), {"doc_id": doc_id, "label": label, "quotes": []})
        if c.get("quote"):
            entry["quotes"].append(c["quote"])
    return list(out.values())


def _assess(cited: dict, catalog: Catalog, source: Source) -> dict | None:
    info = catalog.by_doc_id(cited["doc_id"])
    if info is None:
        return None
    newer = [v for v in catalog.resolve(info.title) if v.title == info.title and v.version_date > info.version_date]
    label = cited["label"]
    if newer:
        newest = max(newer, key=lambda v: v.version_date)
        change = source.diff(info, newest).for_old(label)
        if change is None:
            return None  # the cited version has no such article: nothing to compare
        if change.kind == "removed":
            return {"change": "removed", "new": newest, "now": "",
                    "detail": f"{newest.version_date} version has no article with this content"}
        now = f"《{newest.short_title}》{change.new.label} ({newest.version_date})"  # type: ignore[union-attr]
        if change.kind in ("changed", "moved"):
            words = sum(len(t) for op, t in change.segments if op != "equal")
            return {"change": change.kind, "new": newest, "now": now,
                    "detail": f"text changed ({words} characters differ; similarity {change.similarity:.2f})"}
        kind = "renumbered" if change.renumbered else "unchanged"
        return {"change": kind, "new": newest, "now": now,
                "detail": "same text under a new number" if change.renumbered else "superseded; same text and number"}
    # No newer version: has the indexed text of this very version moved away from what the answer quoted?
    article = next((a for a in source.articles(info.doc_id) if a.label == label), None)
    if article is None:
        return {"change": "removed", "new": info, "now": "", "detail": "the article is no longer in the indexed text"}
    text = normal_text(article.text)
    missing = [q for q in cited["quotes"] if normal_text(q) and normal_text(q) not in text]
    if missing:
        return {"change": "changed", "new": info, "now": f"《{info.short_title}》{label} ({info.version_date})",
                "detail": f"the quoted words are no longer in the article: “{missing[0][:40]}”"}
    return None


def _item(origin: str, ref: str, time: str, subject: str, cited: dict, found: dict) -> ImpactItem:
    new: LawInfo = found["new"]
    cited_info = f"《{new.short_title}》{cited['label']}"
    return ImpactItem(
        origin=origin, ref=ref, time=time, subject=" ".join(str(subject).split())[:120],
        cited=cited_info + f" ({cited['doc_id']})", doc_id=cited["doc_id"], label=cited["label"],
        change=found["change"], now=found["now"], detail=found["detail"],
        after_answer=not time or new.version_date > time[:10],
    )


def render_impacts(items: list[ImpactItem]) -> str:
    if not items:
        return "No audited answer or spec report cites an article that changed since.\n"
    lines = [f"{len(items)} citations to re-check:"]
    for i in items:
        when = i.time[:16].replace("T", " ")
        since = "" if i.after_answer else "  [newer text already existed when answered]"
        lines.append(f"- [{i.change}] {i.cited} → {i.now or '—'}  ({i.detail}){since}")
        lines.append(f"    {i.origin} {i.ref} at {when}: {i.subject}")
    return "\n".join(lines) + "\n"
