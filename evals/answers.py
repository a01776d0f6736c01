"""Answer-level metrics (pure): citations against gold articles, verification outcomes, faithfulness, refusals.

Definitions (per dataset, items without gold law/articles are left out of the citation metrics):
- citation_precision: per answer with at least one citation, the share of its citations whose law resolves
  to the gold law and whose article is a gold article; mean over those answers.
- citation_recall: per item, the share of gold articles some citation names; mean over items (an abstention
  scores 0).
- verified / partially_verified / unverified / not_covered: share of items with that answer status.
- faithfulness: over every claim of the answers shown as answers (status other than not_covered), the share
  the verifiers accept (verdict "supported").
- false_refusal: share of these answerable questions answered "not covered".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from assistant.messages import STATUSES
ANSWER_METRICS = ("citation_precision", "citation_recall", "faithfulness", *STATUSES, "false_refusal")


def answer_record(answer) -> dict:
    """The JSON-able part of an `Answer` the metrics and the predictions file need."""
    return {
        "status": answer.status,
        "answer": answer.text,
        "citations": [
            {"marker": c.marker, "law": c.law, "doc_id": c.chunk_id.split(":", 1)[0], "article": c.article, "label": c.label}
            for c in answer.citations
        ],
        "verification": {
            "status": answer.status,
            "claims": [{"text": c.text, "verdict": c.verdict, "reasons": c.reasons} for c in answer.claims],
            "verifiers": [{"name": v.verifier, "ran": v.ran, "error": v.error} for v in answer.verifications],
        },
        "generator": answer.generator,
        "timings": dict(answer.timings),
    }


def error_record(message: str) -> dict:
    """An item the assistant raised on: counted, never a crash of the whole run."""
    return {"status": "error", "answer": "", "citations": [], "verification": {"status": "error", "claims": [], "verifiers": []},
            "error": message, "timings": {}}


def citation_scores(citations: list[dict], gold_docs: set[str], gold_articles, resolve: Callable[[str], set[str]]) -> tuple[float | None, float]:
    """(precision or None when nothing was cited, recall) of one answer's citations."""
    gold = {int(a) for a in gold_articles}

    def correct(c: dict) -> bool:
        docs = resolve(c.get("doc_id") or "") or resolve(c.get("law") or "")
        return c.get("article") in gold and bool(docs & gold_docs)

    hits = [c for c in citations if correct(c)]
    precision = len(hits) / len(citations) if citations else None
    recall = len({c["article"] for c in hits}) / len(gold) if gold else 0.0
    return precision, recall


def aggregate_answers(items: list[dict], records: dict[str, dict], resolve: Callable[[str], set[str]]) -> dict:
    """Mean answer metrics over `items` (the dev questions, all answerable by construction)."""
    statuses: Counter = Counter()
    precisions, recalls = [], []
    claims = supported = errors = 0
    for item in items:
        record = records.get(item["id"])
        if record is None:
            continue
        statuses[record["status"]] += 1
        if record["status"] == "error":
            errors += 1
            continue
        if item.get("law") and item.get("articles"):
            precision, recall = citation_scores(record["citations"], resolve(item["law"]), item["articles"], resolve)
            recalls.append(recall)
            if precision is not None:
                precisions.append(precision)
        if record["status"] != "not_covered":
            verdicts = [c["verdict"] for c in record["verification"]["claims"]]
            claims += len(verdicts)
            supported += sum(1 for v in verdicts if v == "supported")
    n = sum(statuses.values())
    out = {
        "n": n,
        "errors": errors,
        "citation_precision": sum(precisions) / len(precisions) if precisions else 0.0,
        "citation_recall": sum(recalls) / len(recalls) if recalls else 0.0,
        "faithfulness": supported / claims if claims else 0.0,
        "claims": claims,
    }
    for status in STATUSES:
        out[status] = statuses[status] / n if n else 0.0
    out["false_refusal"] = out["not_covered"]
    return out
