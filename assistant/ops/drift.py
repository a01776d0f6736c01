"""Quality drift: a recent window of the audit trail against the window before it.

What moved: the status mix (verified, quoted, partially verified, unverified, contradicted, not covered), the
abstention rate, how close the best retrieved clause was (dense similarity, when the trail recorded it), the
laws answers cite, and user feedback. Pure: records in (as `AuditLog.iter_records` yields them), a report out;
`plot_report` draws it (matplotlib, Agg) when asked. Exceeding a threshold is a finding, so a scheduled
`assistant drift` can fail the job.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ..messages import STATUSES

NEGATIVE = ("down", "wrong_citation")


@dataclass
class Thresholds:
    status_shift: float = 0.05  # any status's share moving more than 5 points
    abstention_shift: float = 0.05
    similarity_shift: float = 0.05  # mean best-clause similarity
    negative_feedback_shift: float = 0.10  # share of ratings that are 👎 or wrong citation
    law_shift: float = 0.10  # share of answers citing a law
    min_answers: int = 20  # fewer answers in either window: report, but judge nothing


@dataclass
class Window:
    start: datetime
    end: datetime
    answers: int = 0
    statuses: Counter = field(default_factory=Counter)
    laws: Counter = field(default_factory=Counter)  # answers citing the law (once per answer)
    similarities: list[float] = field(default_factory=list)
    ratings: Counter = field(default_factory=Counter)
    daily: dict[str, Counter] = field(default_factory=dict)  # day → statuses

    def share(self, status: str) -> float:
        return self.statuses[status] / self.answers if self.answers else 0.0

    def law_share(self, law: str) -> float:
        return self.laws[law] / self.answers if self.answers else 0.0

    @property
    def abstention(self) -> float:
        return self.share("not_covered")

    @property
    def mean_similarity(self) -> float | None:
        return sum(self.similarities) / len(self.similarities) if self.similarities else None

    @property
    def negative_feedback(self) -> float | None:
        total = sum(self.ratings.values())
        return sum(self.ratings[r] for r in NEGATIVE) / total if total else None


@dataclass
class Change:
    measure: str  # "status verified", "abstention", "law 个人信息保护法", …
    before: float | None
    after: float | None
    limit: float | None  # None: reported, not judged
    exceeded: bool = False

    @property
    def delta(self) -> float | None:
        return None if self.before is None or self.after is None else self.after - self.before


@dataclass
class DriftReport:
    baseline: Window
    recent: Window
    changes: list[Change]
    judged: bool  # enough answers in both windows to judge

    @property
    def exceeded(self) -> list[Change]:
        return [c for c in self.changes if c.exceeded]

    def exit_code(self) -> int:
        return 1 if self.exceeded else 0


def _time(record: dict) -> datetime | None:
    try:
        t = datetime.fromisoformat(str(record.get("time", "")))
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def _laws(record: dict) -> set[str]:
    return {c.get("short_title") or c.get("law") for c in record.get("citations") or []
            if isinstance(c, dict) and (c.get("short_title") or c.get("law"))}


def _best_similarity(record: dict) -> float | None:
    values = [v for v in record.get("retrieval_similarity") or [] if isinstance(v, (int, float))]
    return max(values) if values else None


def build_windows(records, until: datetime, recent_days: float, baseline_days: float) -> tuple[Window, Window]:
    recent = Window(until - timedelta(days=recent_days), until)
    baseline = Window(recent.start - timedelta(days=baseline_days), recent.start)
    asks: dict[str, Window] = {}
    for record in records:
        when = _time(record)
        if when is None:
            continue
        window = recent if recent.start <= when < recent.end else baseline if baseline.start <= when < baseline.end else None
        kind = record.get("kind", "ask")
        if kind == "feedback":
            # A rating counts in the window of the answer it rates (when known), else of the rating itself.
            target = asks.get(record.get("ref", "")) or window
            if target is not None and record.get("rating"):
                target.ratings[record["rating"]] += 1
            continue
        if kind != "ask" or window is None:
            continue
        status = str(record.get("status") or "unverified")
        window.answers += 1
        window.statuses[status] += 1
        window.laws.update(_laws(record))
        window.daily.setdefault(when.date().isoformat(), Counter())[status] += 1
        best = _best_similarity(record)
        if best is not None:
            window.similarities.append(best)
        if record.get("id"):
            asks[record["id"]] = window
    return baseline, recent


def compare(baseline: Window, recent: Window, limits: Thresholds | None = None) -> DriftReport:
    limits = limits or Thresholds()
    judged = baseline.answers >= limits.min_answers and recent.answers >= limits.min_answers
    changes: list[Change] = []

    def add(measure: str, before, after, limit) -> None:
        change = Change(measure, before, after, limit)
        change.exceeded = bool(judged and limit is not None and change.delta is not None and abs(change.delta) > limit)
        changes.append(change)

    for status in STATUSES:
        if baseline.statuses[status] or recent.statuses[status]:
            add(f"status {status}", baseline.share(status), recent.share(status), limits.status_shift)
    add("abstention (not covered)", baseline.abstention, recent.abstention, limits.abstention_shift)
    add("best-clause similarity", baseline.mean_similarity, recent.mean_similarity, limits.similarity_shift)
    add("negative feedback share", baseline.negative_feedback, recent.negative_feedback, limits.negative_feedback_shift)
    top = [law for law, _ in (baseline.laws + recent.laws).most_common(8)]
    for law in top:
        add(f"law {law}", baseline.law_share(law), recent.law_share(law), limits.law_shift)
    return DriftReport(baseline, recent, changes, judged)


def drift_report(records, until: datetime | None = None, recent_days: float = 7, baseline_days: float = 28,
                 limits: Thresholds | None = None) -> DriftReport:
    until = until or datetime.now(timezone.utc)
    baseline, recent = build_windows(records, until, recent_days, baseline_days)
    return compare(baseline, recent, limits)


# Rendering -------------------------------------------------------------------------------------------------

def _fmt(value: float | None, measure: str) -> str:
    if value is None:
        return "—"
    return f"{value:.3f}" if measure == "best-clause similarity" else f"{value * 100:.1f}%"


def _fmt_delta(change: Change) -> str:
    if change.delta is None:
        return ""
    if change.measure == "best-clause similarity":
        return f"{change.delta:+.3f}"
    return f"{change.delta * 100:+.1f} pts"


def render_report(report: DriftReport) -> str:
    b, r = report.baseline, report.recent
    day = "%Y-%m-%d"
    lines = [f"baseline {b.start:{day}} → {b.end:{day}}: {b.answers} answers, {sum(b.ratings.values())} ratings",
             f"recent   {r.start:{day}} → {r.end:{day}}: {r.answers} answers, {sum(r.ratings.values())} ratings"]
    if not report.judged:
        lines.append("too few answers in a window to judge drift; shown for information only")
    lines.append("")
    width = max(len(c.measure) for c in report.changes) if report.changes else 10
    for c in report.changes:
        mark = "!!" if c.exceeded else "  "
        limit = "" if c.limit is None else (f"  (limit ±{c.limit:.2f})" if c.measure == "best-clause similarity"
                                            else f"  (limit ±{c.limit * 100:.0f} pts)")
        lines.append(f"{mark} {c.measure:<{width}}  {_fmt(c.before, c.measure):>7} → {_fmt(c.after, c.measure):>7}"
                     f"  {_fmt_delta(c):>10}{limit if c.exceeded else ''}")
    lines.append("")
    lines.append(f"{len(report.exceeded)} measures moved past their thresholds." if report.exceeded
                 else "Nothing moved past its threshold.")
    return "\n".join(lines) + "\n"


def report_json(report: DriftReport) -> dict:
    def window(w: Window) -> dict:
        return {"start": w.start.isoformat(), "end": w.end.isoformat(), "answers": w.answers,
                "statuses": dict(w.statuses), "laws": dict(w.laws.most_common(10)), "ratings": dict(w.ratings),
                "mean_similarity": w.mean_similarity}

    return {"judged": report.judged, "exit_code": report.exit_code(), "baseline": window(report.baseline),
            "recent": window(report.recent),
            "changes": [{"measure": c.measure, "before": c.before, "after": c.after, "delta": c.delta,
                         "limit": c.limit, "exceeded": c.exceeded} for c in report.changes]}


def plot_report(report: DriftReport, out: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    cjk = [f.name for f in font_manager.fontManager.ttflist if any(k in f.name for k in ("CJK", "WenQuanYi", "Hei"))]
    if cjk:
        plt.rcParams["font.sans-serif"] = [cjk[0], "DejaVu Sans"]
    fig, (left, right) = plt.subplots(1, 2, figsize=(13, 4.8))
    statuses = [s for s in STATUSES if report.baseline.statuses[s] or report.recent.statuses[s]] or ["verified"]
    x = range(len(statuses))
    left.bar([i - 0.2 for i in x], [report.baseline.share(s) * 100 for s in statuses], 0.4, label="baseline", color="#9aa5b1")
    left.bar([i + 0.2 for i in x], [report.recent.share(s) * 100 for s in statuses], 0.4, label="recent", color="#1d3557")
    left.set_xticks(list(x), [s.replace("_", " ") for s in statuses], rotation=20)
    left.set_ylabel("% of answers")
    left.set_title("Status mix")
    left.legend()

    days = sorted({*report.baseline.daily, *report.recent.daily})
    positions = list(range(len(days)))
    for status, color in (("verified", "#2e7d32"), ("not_covered", "#8a6d3b")):
        shares = []
        for d in days:
            counts = report.recent.daily.get(d) or report.baseline.daily.get(d) or Counter()
            total = sum(counts.values())
            shares.append(counts[status] / total * 100 if total else float("nan"))
        right.plot(positions, shares, marker="o", ms=3, label=status.replace("_", " "), color=color)
    if days:
        start = report.recent.start.date().isoformat()
        right.axvline(next((i for i, d in enumerate(days) if d >= start), len(days) - 1) - 0.5, color="#999", ls="--", lw=1)
        step = max(1, len(days) // 8)
        right.set_xticks(positions[::step], days[::step], rotation=30)
    right.set_ylabel("% of the day's answers")
    right.set_title("Daily share (dashed: recent window starts)")
    right.legend()
    fig.tight_layout()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out
