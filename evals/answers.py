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
- gold_quoted (only where an item's note quotes the answering clause between 「 and 」, as the hand-written sets'
  notes do): share of those items whose answer holds at least GOLD_QUOTED_FLOOR of one quoted piece's words (CJK
  character bigrams, or English words): does the answer show the words that answer the question? A refusal holds
  none. None for a dataset whose notes quote nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from assistant.messages import STATUSES
ANSWER_METRICS = ("citation_precision", "citation_recall", "faithfulness", *STATUSES, "false_refusal")


GOLD_QUOTED_FLOOR = 0.6
_GOLD_PIECE = re.compile(r"「([^」]{6,})」")


def _words(text: str) -> set[str]:
    """CJK character bigrams (digits kept with them) for Chinese text, lower-cased words for any other."""
    cjk = re.sub(r"[^\u4e00-\u9fff0-9]", "", text)
    if re.search(r"[\u4e00-\u9fff]", text):
        return {cjk[i:i + 2] for i in range(len(cjk) - 1)}
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def gold_words_quoted(note: str, answer: str, floor: float = GOLD_QUOTED_FLOOR) -> bool | None:
    """Whether `answer` holds at least `floor` of the words of some 「…」 piece of `note`; None when the note quotes
    nothing (pure)."""
    pieces = [_words(p) for p in _GOLD_PIECE.findall(note or "")]
    pieces = [p for p in pieces if p]
    if not pieces:
        return None
    held = _words(answer or "")
    return any(len(p & held) >= floor * len(p) for p in pieces)


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
    quotable = quoted = 0
    for item in items:
        record = records.get(item["id"])
        if record is None:
            continue
        statuses[record["status"]] += 1
        if (shown := gold_words_quoted(item.get("note", ""), record.get("answer", ""))) is not None:
            quotable += 1
            quoted += bool(shown) and record["status"] != "not_covered"
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
        "gold_quoted": quoted / quotable if quotable else None,
        "gold_quoted_n": quotable,
    }
    for status in STATUSES:
        out[status] = statuses[status] / n if n else 0.0
    out["false_refusal"] = out["not_covered"]
    return out
