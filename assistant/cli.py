"""`assistant` command line: ingest, search, ask, serve, audit, eval, check, slack. Errors become one-line messages.

Imports stay inside the commands: `assistant search` must not pay for gradio, and when `assistant serve`
runs, `search`/`ask` only need the standard library, the settings and a unix socket.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from .errors import AssistantError

_served = None  # the warm Assistant, inside `assistant serve`


def _assistant():
    if _served is not None:
        return _served
    from .service import Assistant

    return Assistant.from_settings()


def _filters(args):
    from .types import Filters

    return Filters(
        laws=list(getattr(args, "law", None) or []),
        jurisdiction=getattr(args, "jurisdiction", None),
        kind=getattr(args, "kind", None),
        as_of=date.fromisoformat(args.as_of) if getattr(args, "as_of", None) else None,
    )


def _add_filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--law", action="append", help="restrict to a law (title, short title or alias); repeatable")
    p.add_argument("--jurisdiction", help="CN, EU, INTERNAL …")
    p.add_argument("--kind", choices=["regulation", "policy"])
    p.add_argument("--as-of", help="only texts in force on this date (YYYY-MM-DD); default today")


def cmd_ingest(args) -> int:
    from ingest.pipeline import Ingestor

    from .settings import get_settings

    report = Ingestor(get_settings()).run([Path(p) for p in args.paths] or None, rebuild=args.rebuild, progress=not args.quiet)
    print(report.summary())
    print("time: " + ", ".join(f"{k} {v:.1f}s" for k, v in report.seconds.items()))
    return 0


def cmd_search(args) -> int:
    retrieval = _assistant().search(args.question, k=args.k, filters=_filters(args))
    if args.json:
        rows = [
            {"law": h.clause.law, "article": h.clause.article, "label": h.clause.label, "chunk_id": h.clause.chunk_id,
             "score": h.score, "text": h.clause.text, "source": h.clause.source, "version_date": h.clause.version_date,
             "status": h.clause.status}
            for h in retrieval.hits
        ]
        for line in retrieval.missing_refs:  # stdout stays a plain JSON list for scripts
            print(f"! {line}", file=sys.stderr)
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for line in retrieval.missing_refs:
        print(f"! {line}")
    for rank, hit in enumerate(retrieval.hits, start=1):
        c = hit.clause
        status = "" if c.status == "in_force" else f" [{c.status}]"
        print(f"{rank:>2}. {c.citation_label()}{status}  ({c.version_date}) score={hit.score:.4f}")
        snippet = c.text.replace("\n", " ")
        print(f"    {snippet[:160]}{'…' if len(snippet) > 160 else ''}")
    return 0


def cmd_ask(args) -> int:
    from .render import answer_to_terminal

    answer = _assistant().ask(args.question, filters=_filters(args), user=args.user, channel="cli")
    print(answer.model_dump_json(indent=2) if args.json else answer_to_terminal(answer))
    return 0


def cmd_audit(args) -> int:
    from .audit import AuditLog
    from .settings import get_settings

    log = AuditLog(get_settings().audit_path)
    if args.action == "verify":
        report = log.verify()
        print(("OK: " if report.ok else "TAMPERED: ") + json.dumps(report.__dict__ if hasattr(report, "__dict__") else report, default=str, ensure_ascii=False))
        return 0 if report.ok else 1
    out = Path(args.out) if args.out else None
    if out:
        log.export_jsonl(out)
        print(f"wrote {out}")
    else:
        log.export_jsonl(sys.stdout)
    return 0


def cmd_eval(args) -> int:
    from evals.cli import run_eval_command

    return run_eval_command(args)


def cmd_check(args) -> int:
    from .spec.cli import run_check_command

    return run_check_command(args)


def cmd_slack(args) -> int:
    from .slack.cli import run_slack_command

    return run_slack_command(args)


def cmd_serve(args) -> int:
    import signal
    import time

    from .serve import Server
    from .service import Assistant
    from .settings import get_settings

    started = time.perf_counter()
    settings = get_settings()
    server = Server(settings, _run_served, lambda: Assistant.from_settings(settings))
    loaded = time.perf_counter() - started
    warm = server.assistant.warm_up()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # leave through `finally`: the socket is removed
    print(f"assistant serve: index and models loaded in {loaded:.1f} s, warmed up in {warm:.1f} s; "
          f"`assistant search` / `ask` now answer from here (socket {server.path}). Ctrl-C stops.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


def _run_served(argv: list[str], assistant) -> int:
    """One command inside `assistant serve`, with its warm Assistant."""
    global _served
    _served = assistant
    return _run(build_parser().parse_args(argv))


def cmd_ui(args) -> int:
    from .ui.server import launch

    launch()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assistant", description="Compliance assistant: cited, verified answers from regulations.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="index regulations and policies (incremental)")
    p.add_argument("paths", nargs="*", help="files or folders; default: ASSISTANT_CORPUS_DIRS")
    p.add_argument("--rebuild", action="store_true", help="rebuild into a fresh collection, then switch over")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="ranked clauses for a question")
    p.add_argument("question")
    p.add_argument("--k", type=int, default=10)
    p.add_argument("--json", action="store_true")
    p.add_argument("--local", action="store_true", help="answer in this process even when `assistant serve` runs")
    _add_filter_args(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ask", help="a cited, verified answer")
    p.add_argument("question")
    p.add_argument("--json", action="store_true")
    p.add_argument("--user", default=None)
    p.add_argument("--local", action="store_true", help="answer in this process even when `assistant serve` runs")
    _add_filter_args(p)
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("serve", help="keep the index and models loaded; `search`/`ask` then answer in well under a second")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("audit", help="the hash-chained audit trail")
    p.add_argument("action", choices=["verify", "export"])
    p.add_argument("--out")
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("check", help="check spec documents against the corpus; gap report")
    try:
        from .spec.cli import add_check_arguments

        add_check_arguments(p)
    except ImportError:  # the spec checker is optional at this stage
        pass
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("slack", help="run the Slack bot (Socket Mode or HTTP, from settings)")
    p.set_defaults(func=cmd_slack)

    p = sub.add_parser("ui", help="start the web UI (same as `python app.py`)")
    p.set_defaults(func=cmd_ui)

    p = sub.add_parser("eval", help="measure retrieval and answers")
    esub = p.add_subparsers(dest="eval_command", required=True)
    e = esub.add_parser("retrieval", help="article-level Recall@k / MRR against baselines")
    e.add_argument("--dataset", action="append", required=True)
    e.add_argument("--k", type=int, default=10)
    e.add_argument("--predictions", help="write predictions JSONL here (one dataset) or into this folder")
    e.add_argument("--limit", type=int)
    e.add_argument("--no-baselines", action="store_true")
    e = esub.add_parser("run", help="retrieval, citations, verification, abstention and latency vs. baselines; report in --out")
    e.add_argument("--dataset", action="append", help="eval JSONL (id, question, law, articles); repeatable; default: "
                   "../shared/evals/dev/*.jsonl + evals/data/realistic_dev.jsonl + realistic_holdout.jsonl")
    e.add_argument("--config", action="append", help="configurations to compare (repeatable or comma-separated); default: all")
    e.add_argument("--limit", type=int, help="first N items of each dataset")
    e.add_argument("--out", default="eval-out", help="output folder (report.md/.html, metrics.json, predictions, plots, cache)")
    e.add_argument("--fail-under", action="append", metavar="[DATASET:]METRIC=VALUE",
                   help="exit 1 when the shipped configuration scores below, e.g. R@10=0.8; repeatable")
    e.add_argument("--answers", action=argparse.BooleanOptionalAction, default=True,
                   help="also ask every question end to end (citations, verification, refusals)")
    e.add_argument("--halves", action=argparse.BooleanOptionalAction, default=True,
                   help="report each set as a tuning half and a check half (fixed by id hash); --no-halves: whole sets")
    e.add_argument("--claims", action=argparse.BooleanOptionalAction, default=True,
                   help="also judge the planted claims (evals/data/planted_claims.jsonl) with approve-all/reject-all models")
    e.add_argument("--quiet", action="store_true", help="no progress bars")
    e = esub.add_parser("feedback", help="export rated answers from the audit trail as an eval dataset (JSONL)")
    e.add_argument("--out", help="file to write; default stdout")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.command in ("search", "ask") and not args.local:
        from .serve import try_remote
        from .settings import get_settings

        code = try_remote(argv, get_settings())  # None: no `assistant serve` for these settings
        if code is not None:
            return code
    return _run(args)


def _run(args) -> int:
    try:
        return args.func(args)
    except AssistantError as err:
        print(f"error: {err.user_message()}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head` and friends
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
