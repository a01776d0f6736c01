"""Throughput of the batch spec check: documents per minute on examples/ (offline mode).

    python bench/bench_spec.py [PATH ...] [--repeat N] [--as-of YYYY-MM-DD]

Uses the index named by the usual ASSISTANT_* settings (run `assistant ingest` first). Two modes are
timed: rules + reference checks only (`--no-search`), and the full check with related-clause retrieval
per requirement. The LLM is never called. Prints a table per document and a summary table.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.errors import AssistantError  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "examples")])
    parser.add_argument("--repeat", type=int, default=1, help="runs per mode (the best is reported)")
    parser.add_argument("--as-of", default=None)
    args = parser.parse_args(argv)

    from assistant.wiring import build_assistant
    from assistant.settings import get_settings
    from assistant.spec.checker import CheckOptions, SpecChecker
    from assistant.documents.loaders import iter_documents

    settings = get_settings().model_copy(update={"llm_base_url": None, "generator": "extractive", "audit_enabled": False})
    try:
        started = time.perf_counter()
        assistant = build_assistant(settings)
        assistant.embedder.embed_queries(["warm-up"])  # model load is not part of the per-document cost
        load_s = time.perf_counter() - started
    except AssistantError as err:
        print(f"error: {err.user_message()}", file=sys.stderr)
        return 2
    files = list(iter_documents([Path(p) for p in args.paths]))
    if not files:
        print("error: no documents found under " + ", ".join(args.paths), file=sys.stderr)
        return 2
    as_of = date.fromisoformat(args.as_of) if args.as_of else None
    print(f"index: {assistant.status()['clauses']} clauses, {assistant.status()['documents']} documents; "
          f"embedder {assistant.embedder.model_id}; assistant loaded in {load_s:.1f} s")

    summary = []
    for mode, search in (("rules + references", False), ("full (with retrieval)", True)):
        best = None
        for _ in range(max(1, args.repeat)):
            checker = SpecChecker(assistant, CheckOptions(as_of=as_of, search=search))
            rows = []
            t0 = time.perf_counter()
            for path in files:
                t = time.perf_counter()
                report = checker.check_file(path)
                rows.append((path.name, len(report.requirements), report.counts(), report.status,
                             time.perf_counter() - t))
            total = time.perf_counter() - t0
            if best is None or total < best[0]:
                best = (total, rows)
        total, rows = best
        print(f"\n## {mode}\n")
        print(f"| {'document':42} | reqs | high | med | low | status  | seconds |")
        print(f"| {'-' * 42} | ---- | ---- | --- | --- | ------- | ------- |")
        for name, n_reqs, counts, status, seconds in rows:
            print(f"| {name[:42]:42} | {n_reqs:4} | {counts['high']:4} | {counts['medium']:3} | {counts['low']:3} "
                  f"| {status:7} | {seconds:7.2f} |")
        requirements = sum(r[1] for r in rows)
        summary.append((mode, len(rows), requirements, total))

    print("\n## summary\n")
    print(f"| {'mode':24} | docs | requirements | seconds | docs/min | reqs/s |")
    print(f"| {'-' * 24} | ---- | ------------ | ------- | -------- | ------ |")
    for mode, docs, requirements, total in summary:
        print(f"| {mode:24} | {docs:4} | {requirements:12} | {total:7.2f} | {docs / total * 60:8.1f} "
              f"| {requirements / total:6.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
