"""What `ingest` adds to `assistant` (see assistant/plugins.py): the `assistant ingest` command and the `Indexer`
the web UI runs in the background. Nothing heavy is imported until a command runs."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_commands(subparsers) -> None:
    p = subparsers.add_parser("ingest", help="index regulations and policies (incremental)")
    p.add_argument("paths", nargs="*", help="files or folders; default: ASSISTANT_CORPUS_DIRS")
    p.add_argument("--rebuild", action="store_true", help="rebuild into a fresh collection, then switch over")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_ingest)


def cmd_ingest(args: argparse.Namespace) -> int:
    from assistant.settings import get_settings

    from .pipeline import Ingestor

    report = Ingestor(get_settings()).run([Path(p) for p in args.paths] or None, rebuild=args.rebuild, progress=not args.quiet)
    print(report.summary())
    print("time: " + ", ".join(f"{k} {v:.1f}s" for k, v in report.seconds.items()))
    return 0


class IngestIndexer:
    """`assistant.interfaces.Indexer` over the ingest pipeline."""

    def index(self, settings, embedder, progress: bool = False):
        from .pipeline import Ingestor

        return Ingestor(settings, embedder=embedder).run(progress=progress)

    def start(self, settings, embedder, before, on_ready):
        from .background import start_indexing

        return start_indexing(settings, embedder, before=before, on_ready=on_ready)


indexer = IngestIndexer()
