"""`assistant check PATH... [--format md|html|json|junit] [--out DIR] [--fail-on high|medium|low] …`

Exit codes: 0 checked (and the gate, if any, passed); 1 a finding reached --fail-on, or a document
could not be checked while a gate is set; 2 usage errors (bad date, no input, bad size limit).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from assistant.errors import AssistantError

FORMATS = ("md", "html", "json", "junit")
SUFFIX = {"md": ".md", "html": ".html", "json": ".json"}


def add_check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", help="spec files (Markdown, PDF, TXT, DOCX, HTML) or folders of them")
    parser.add_argument("--format", choices=FORMATS, default="md", help="report format (default md)")
    parser.add_argument("--out", help="write one report per document + a summary into this folder (default: stdout)")
    parser.add_argument("--fail-on", choices=("high", "medium", "low"), default=None,
                        help="exit 1 when a finding of this severity or higher is found (default: never)")
    parser.add_argument("--as-of", help="check against the texts in force on this date (YYYY-MM-DD; default today)")
    parser.add_argument("--max-mb", type=float, default=None, help="skip files larger than this (default: ASSISTANT_MAX_UPLOAD_MB)")
    parser.add_argument("--policies", action="store_true",
                        help="also check every indexed internal policy against the regulations it implements")
    parser.add_argument("--no-search", action="store_true", help="skip the related-clause search per requirement")
    parser.add_argument("--llm", action="store_true",
                        help="also ask the configured generative model about each flagged requirement")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


def _usage_error(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def run_check_command(args, assistant=None) -> int:
    """Run the batch check. `assistant` can be given (tests, embedding in other tools); else built from settings."""
    from .checker import CheckOptions, SpecChecker

    if not args.paths and not args.policies:
        return _usage_error("name at least one file or folder to check (or use --policies).")
    as_of = None
    if args.as_of:
        try:
            as_of = date.fromisoformat(args.as_of)
        except ValueError:
            return _usage_error(f"--as-of {args.as_of!r} is not a date; write it as YYYY-MM-DD.")
    if args.max_mb is not None and args.max_mb <= 0:
        return _usage_error("--max-mb must be a positive number of megabytes.")
    if args.out and Path(args.out).exists() and not Path(args.out).is_dir():
        return _usage_error(f"--out {args.out} exists and is not a folder.")

    try:
        if assistant is None:
            from assistant.service import Assistant
            from assistant.settings import get_settings

            assistant = Assistant.from_settings(get_settings())
        max_mb = args.max_mb if args.max_mb is not None else assistant.settings.max_upload_mb
        options = CheckOptions(as_of=as_of, max_bytes=int(max_mb * 1024 * 1024), search=not args.no_search,
                               ask_llm=args.llm)
        checker = SpecChecker(assistant, options)
        batch = checker.check_paths([Path(p) for p in args.paths], progress=not args.quiet and sys.stderr.isatty(),
                                    policies=args.policies, fail_on=args.fail_on)
    except AssistantError as err:
        print(f"error: {err.user_message()}", file=sys.stderr)
        return 2

    if args.out:
        written = write_reports(batch, Path(args.out), args.format)
        from .report import summary_markdown

        print(summary_markdown(batch))
        print(f"wrote {len(written)} file(s) to {args.out}")
    else:
        sys.stdout.write(render_stdout(batch, args.format))
    return batch.exit_code()


def render_stdout(batch, fmt: str) -> str:
    from . import report

    if fmt == "json":
        return report.batch_json(batch)
    if fmt == "junit":
        return report.junit_xml(batch)
    if fmt == "html":
        return report.summary_html(batch) + "".join(report.document_html(d, batch.as_of) for d in batch.documents)
    parts = [report.summary_markdown(batch)] + [report.document_markdown(d, batch.as_of) for d in batch.documents]
    return "\n".join(parts)


def report_names(batch) -> dict[str, str]:
    """A file stem per document: its own stem, made unique in batch order (a.md, a-2.md …)."""
    names, used = {}, {"summary", "junit"}
    for doc in batch.documents:
        stem = Path(doc.path).stem if doc.kind == "spec" else f"policy-check-{Path(doc.path).stem}"
        candidate, n = stem, 2
        while candidate in used:
            candidate, n = f"{stem}-{n}", n + 1
        used.add(candidate)
        names[doc.path] = candidate
    return names


def write_reports(batch, out: Path, fmt: str) -> list[Path]:
    from . import report

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def write(name: str, text: str) -> None:
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)

    if fmt == "junit":
        write("junit.xml", report.junit_xml(batch))
        return written
    names = report_names(batch)
    for doc in batch.documents:
        name = names[doc.path] + SUFFIX[fmt]
        if fmt == "md":
            write(name, report.document_markdown(doc, batch.as_of))
        elif fmt == "html":
            write(name, report.document_html(doc, batch.as_of))
        else:
            write(name, report.document_json(doc, batch.as_of))
    if fmt == "md":
        write("summary.md", report.summary_markdown(batch, {p: n + ".md" for p, n in names.items()}))
    elif fmt == "html":
        write("summary.html", report.summary_html(batch, {p: n + ".html" for p, n in names.items()}))
    else:
        write("summary.json", report.batch_json(batch))
    return written
