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

from .run import FORMATS


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
    from .checker import CheckOptions
    from .run import render, run_check, write_reports

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
            from assistant.wiring import build_assistant
            from assistant.settings import get_settings

            assistant = build_assistant(get_settings())
        max_mb = args.max_mb if args.max_mb is not None else assistant.settings.max_upload_mb
        options = CheckOptions(as_of=as_of, max_bytes=int(max_mb * 1024 * 1024), search=not args.no_search,
                               ask_llm=args.llm, policies=args.policies, fail_on=args.fail_on,
                               progress=not args.quiet and sys.stderr.isatty())
        batch = run_check(assistant, args.paths, options)
    except AssistantError as err:
        print(f"error: {err.user_message()}", file=sys.stderr)
        return 2

    if args.out:
        written = write_reports(batch, Path(args.out), args.format)
        from .report import summary_markdown

        print(summary_markdown(batch))
        print(f"wrote {len(written)} file(s) to {args.out}")
    else:
        sys.stdout.write(render(batch, args.format))
    return batch.exit_code()
