"""`assistant` command line: search, ask, serve, audit, check, slack, ui, diff, impact, drift, and the commands the
installed plugins add (`ingest`, `eval`: see plugins.py). Errors become one-line messages.

Imports stay inside the commands: `assistant search` must not pay for gradio, and when `assistant serve`
runs, `search`/`ask` only need the standard library, the settings and a unix socket.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path

from .errors import AssistantError, ConfigError

_served = None  # the warm Assistant, inside `assistant serve`
CORE_COMMANDS = ("search", "ask", "serve", "audit", "check", "slack", "drift", "diff", "impact", "ui")


def _assistant():
    if _served is not None:
        return _served
    from .wiring import build_assistant

    return build_assistant()


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


def cmd_search(args) -> int:
    assistant = _assistant()
    retrieval = assistant.search(args.question, k=args.k or assistant.settings.search_k, filters=_filters(args))
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

    history = [(q, "") for q in args.after or []]  # earlier questions of the conversation, oldest first
    answer = _assistant().ask(args.question, history=history, filters=_filters(args), user=args.user, channel="cli")
    print(answer.model_dump_json(indent=2) if args.json else answer_to_terminal(answer))
    return 0


def cmd_audit(args) -> int:
    from .audit import AuditLog
    from .settings import get_settings

    settings = get_settings()
    log = AuditLog(settings.audit_path, key=settings.audit_key)
    if args.action == "head":
        seq, digest = log.head()
        print(f"{seq}:{digest}")
        return 0
    if args.action == "verify":
        from .audit import parse_anchor

        report = log.verify(parse_anchor(args.anchor) if args.anchor else None)
        print(("OK: " if report.ok else "TAMPERED: ") + json.dumps(report.__dict__, default=str, ensure_ascii=False))
        if report.ok and report.legacy:
            print(f"note: the first {report.legacy} records predate keying (plain SHA-256); "
                  "anchor the current head to protect them.", file=sys.stderr)
        if report.ok and not args.anchor:
            print("note: without --anchor a trail cut at its end still verifies; pass the last `assistant audit head`.",
                  file=sys.stderr)
        return 0 if report.ok else 1
    out = Path(args.out) if args.out else None
    if out:
        log.export_jsonl(out)
        print(f"wrote {out}")
    else:
        log.export_jsonl(sys.stdout)
    return 0


def cmd_check(args) -> int:
    from .spec.cli import run_check_command

    return run_check_command(args)


def _front_end(extra: str, module: str):
    """Import a front end that lives in an optional extra, or say how to install it."""
    import importlib

    try:
        return importlib.import_module(module, __package__)
    except ModuleNotFoundError as err:
        raise ConfigError(f"This command needs the [{extra}] extra ({err.name} is not installed).",
                          f"Install it: pip install -e '.[{extra}]' (scripts/setup.sh installs every extra).") from None


def cmd_slack(args) -> int:
    return _front_end("slack", ".slack.cli").run_slack_command(args)


def cmd_serve(args) -> int:
    import signal
    import time

    from .serve import Server
    from .wiring import build_assistant
    from .settings import get_settings

    started = time.perf_counter()
    settings = get_settings()
    server = Server(settings, _run_served, lambda: build_assistant(settings))
    loaded = time.perf_counter() - started
    warm = server.assistant.warm_up()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # leave through `finally`: the socket is removed

    def ready() -> None:  # said once the socket listens, not before: a caller may connect right away
        print(f"assistant serve: index and models loaded in {loaded:.1f} s, warmed up in {warm:.1f} s; "
              f"`assistant search` / `ask` now answer from here (socket {server.path}). Ctrl-C stops.", flush=True)

    try:
        server.serve_forever(ready=ready)
    except KeyboardInterrupt:
        pass
    return 0


def _run_served(argv: list[str], assistant) -> int:
    """One command inside `assistant serve`, with its warm Assistant."""
    global _served
    _served = assistant
    return _run(build_parser(plugins=not argv or argv[0] not in CORE_COMMANDS).parse_args(argv))


def cmd_ui(args) -> int:
    launch = _front_end("ui", ".ui.server").launch

    launch()
    return 0


# Regulation changes: `assistant diff`, `assistant impact` ----------------------------------------------


def _version_source():
    from .catalog import load_catalog
    from .lawversions import VersionSource
    from .settings import get_settings

    def index_clauses():  # only when a version's file is not in the corpus folders
        from .wiring import build_assistant

        return build_assistant().view.clauses

    return VersionSource(load_catalog(), corpus_dirs=list(get_settings().corpus_dirs), index_loader=index_clauses)


def cmd_diff(args) -> int:
    from .lawdiff import diff_to_json, render_html, render_terminal
    from .lawversions import pick_version, versions_of

    source = _version_source()
    versions = versions_of(args.law, source.catalog)
    if len(versions) < 2 and not (args.from_version and args.to_version):
        print(f"{versions[0].short_title} has one version in the catalog ({versions[0].version_date}); nothing to compare.")
        return 0
    old = pick_version(versions, args.from_version) if args.from_version else versions[-2]
    new = pick_version(versions, args.to_version) if args.to_version else versions[-1]
    diff = source.diff(old, new)
    if args.html:
        Path(args.html).write_text(render_html(diff, show_unchanged=args.all), encoding="utf-8")
        print(f"wrote {args.html}", file=sys.stderr)
    if args.json:
        print(json.dumps(diff_to_json(diff), ensure_ascii=False, indent=2))
    elif not args.html or args.all:
        color = sys.stdout.isatty() if args.color is None else args.color
        print(render_terminal(diff, color=color, show_unchanged=args.all), end="")
    else:
        counts = diff.counts()
        print(", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


def cmd_impact(args) -> int:
    from .audit import AuditLog
    from .impact import find_impacts, render_impacts
    from .settings import get_settings

    settings = get_settings()
    records = AuditLog(settings.audit_path).iter_records("ask") if settings.audit_path.exists() else []
    reports = []
    for folder in args.reports or []:
        paths = sorted(Path(folder).rglob("*.json")) if Path(folder).is_dir() else [Path(folder)]
        for path in paths:
            try:
                payload = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as err:
                print(f"! skipped {path}: {err}", file=sys.stderr)
                continue
            if isinstance(payload, dict) and ("findings" in payload or "documents" in payload):
                reports.append((str(path), payload))
    source = _version_source()
    items = find_impacts(records, reports, source.catalog, source, changed_only=args.changed_only)
    if args.json:
        print(json.dumps([i.to_json() for i in items], ensure_ascii=False, indent=2))
    else:
        print(render_impacts(items), end="")
    return 1 if args.fail and any(i.change in ("removed", "changed", "moved") for i in items) else 0


def cmd_drift(args) -> int:
    from datetime import datetime, time as day_time, timezone

    from .audit import AuditLog
    from .ops.drift import Thresholds, drift_report, plot_report, render_report, report_json
    from .settings import get_settings

    settings = get_settings()
    records = list(AuditLog(settings.audit_path).iter_records()) if settings.audit_path.exists() else []
    until = None
    if args.until and len(args.until) == 10:  # a day: the window ends at its midnight (UTC)
        until = datetime.combine(date.fromisoformat(args.until), day_time(), tzinfo=timezone.utc) + timedelta(days=1)
    elif args.until:
        until = datetime.fromisoformat(args.until)
        until = until if until.tzinfo else until.replace(tzinfo=timezone.utc)
    limits = Thresholds(status_shift=args.max_shift, abstention_shift=args.max_shift, min_answers=args.min_answers)
    report = drift_report(records, until=until, recent_days=args.days, baseline_days=args.baseline_days, limits=limits)
    print(json.dumps(report_json(report), ensure_ascii=False, indent=2) if args.json else render_report(report), end="\n" if args.json else "")
    if args.plot:
        print(f"wrote {plot_report(report, Path(args.plot))}", file=sys.stderr)
    return report.exit_code()


def _add_change_commands(sub) -> None:
    p = sub.add_parser("drift", help="answer quality now vs. before (audit trail); exit 1 past thresholds")
    p.add_argument("--days", type=float, default=7, help="the recent window, in days (default 7)")
    p.add_argument("--baseline-days", type=float, default=28, help="the window before it, in days (default 28)")
    p.add_argument("--until", help="end of the recent window: a day (YYYY-MM-DD, through its end) or an ISO time; default now")
    p.add_argument("--max-shift", type=float, default=0.05, help="largest allowed move of a status share (default 0.05 = 5 points)")
    p.add_argument("--min-answers", type=int, default=20, help="judge only with at least this many answers per window")
    p.add_argument("--plot", metavar="PNG", help="also draw the status mix and daily shares")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_drift)

    p = sub.add_parser("diff", help="article-level differences between two versions of one law")
    p.add_argument("law", help="title, short title or alias, e.g. 反洗钱法")
    p.add_argument("--from", dest="from_version", help="year, date or doc id of the older version (default: the one before the newest)")
    p.add_argument("--to", dest="to_version", help="year, date or doc id of the newer version (default: the newest)")
    p.add_argument("--html", metavar="OUT", help="also write the diff as an HTML page")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="list unchanged articles too")
    p.add_argument("--color", action=argparse.BooleanOptionalAction, default=None, help="default: when stdout is a terminal")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("impact", help="audited answers and spec reports citing articles that changed since")
    p.add_argument("--reports", action="append", metavar="DIR_OR_JSON", help="spec reports from `assistant check --format json`; repeatable")
    p.add_argument("--changed-only", action="store_true", help="only removed, changed or moved articles (not renumbered or superseded with the same text)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--fail", action="store_true", help="exit 1 when something needs re-checking (for schedules)")
    p.set_defaults(func=cmd_impact)


def build_parser(plugins: bool = True) -> argparse.ArgumentParser:
    """The `assistant` command line: the core commands, and those the installed plugins add (`plugins.py`)."""
    parser = argparse.ArgumentParser(prog="assistant", description="Compliance assistant: cited, verified answers from regulations.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("search", help="ranked clauses for a question")
    p.add_argument("question")
    p.add_argument("--k", type=int, help="clauses to list (default ASSISTANT_SEARCH_K, 10)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--local", action="store_true", help="answer in this process even when `assistant serve` runs")
    _add_filter_args(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ask", help="a cited, verified answer")
    p.add_argument("question")
    p.add_argument("--after", action="append", metavar="EARLIER_QUESTION",
                   help="an earlier question of the conversation (repeatable, oldest first): the question is "
                        "answered as a follow-up, and the standalone question answered is printed above the answer")
    p.add_argument("--json", action="store_true")
    p.add_argument("--user", default=None)
    p.add_argument("--local", action="store_true", help="answer in this process even when `assistant serve` runs")
    _add_filter_args(p)
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("serve", help="keep the index and models loaded; `search`/`ask` then answer in well under a second")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("audit", help="the keyed, hash-chained audit trail")
    p.add_argument("action", choices=["verify", "head", "export"],
                   help="verify the chain; head: print SEQ:HASH of the newest record (post it somewhere safe); export")
    p.add_argument("--anchor", help="with verify: a SEQ:HASH printed by `audit head` earlier; fails if the trail lost it")
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

    _add_change_commands(sub)

    p = sub.add_parser("ui", help="start the web UI (same as `python app.py`)")
    p.set_defaults(func=cmd_ui)

    if plugins:
        from . import plugins as installed

        installed.add_commands(sub)  # `ingest`, `eval`: added by the packages built on this one
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # a core command parses without looking for plugins (`search` and `ask` start as fast as they can)
    args = build_parser(plugins=not argv or argv[0] not in CORE_COMMANDS).parse_args(argv)
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
