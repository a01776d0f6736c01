"""Glue between `assistant eval …` and the eval modules."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO


def run_eval_command(args) -> int:
    command = getattr(args, "eval_command", "retrieval")
    if command == "run":
        return run_harness_command(args)
    if command == "feedback":
        return feedback_command(args)
    return retrieval_command(args)


def retrieval_command(args) -> int:
    from assistant.wiring import build_assistant

    from . import retrieval
    from .baseline import ConstantPrior, PlainLangChainPipeline
    from .datasets import frequent_pairs, load_jsonl, split

    assistant = build_assistant()
    datasets = [Path(d) for d in args.dataset]
    baselines = []
    if not args.no_baselines:
        dev_dir = datasets[0].parent
        # the prior counts the tuning halves only, never the items it is scored on
        tune = [i for p in sorted(dev_dir.glob("*.jsonl")) for i in split(load_jsonl(p), "tune")]
        baselines.append(ConstantPrior(frequent_pairs(tune)))
        baselines.append(PlainLangChainPipeline(assistant.settings, assistant.embedder, assistant.catalog))
    rows = retrieval.run(assistant, datasets, k=args.k or assistant.settings.search_k, limit=args.limit, predictions_out=args.predictions, baselines=baselines)
    print(retrieval.format_table(rows))
    return 0


def eval_settings(settings=None):
    """The configured settings with the audit trail off: eval questions are not users' questions."""
    from assistant.settings import get_settings

    return (settings or get_settings()).model_copy(update={"audit_enabled": False})


def run_harness_command(args, settings=None, assistant=None) -> int:
    from assistant.errors import ConfigError
    from assistant.wiring import build_assistant

    from .harness import CONFIGS, RunOptions, default_datasets, parse_gate, run_eval
    from .report import headline_table

    gates = [parse_gate(spec) for spec in (args.fail_under or [])]  # typos fail before a long run
    configs = [c.strip() for spec in (args.config or []) for c in spec.split(",") if c.strip()] or list(CONFIGS)
    unknown = [c for c in configs if c not in CONFIGS]
    if unknown:
        raise ConfigError(f"Unknown eval configuration(s): {', '.join(unknown)}.", f"Use any of: {', '.join(CONFIGS)}.")
    datasets = [Path(d) for d in args.dataset] if args.dataset else default_datasets()
    missing = [str(d) for d in datasets if not d.is_file()]
    if missing or not datasets:
        raise ConfigError(f"Eval dataset not found: {', '.join(missing) or '(none given)'}.",
                          "Pass JSONL files with --dataset (schema: id, question, law, articles).")
    if gates and not any(c == "shipped" for c in configs):
        configs.insert(0, "shipped")  # the gates are read on the shipped configuration
    assistant = assistant or build_assistant(eval_settings(settings))
    options = RunOptions(datasets=datasets, configs=configs, limit=args.limit, out=Path(args.out), answers=args.answers,
                         gates=gates, progress=not getattr(args, "quiet", False), halves=getattr(args, "halves", True),
                         claims=getattr(args, "claims", True), named=getattr(args, "named", True))
    metrics = run_eval(assistant, options)
    print(headline_table(metrics))
    print(f"\nreport: {Path(args.out) / 'report.md'} (and report.html, metrics.json, predictions-*.jsonl, *.png)")
    failed = [g for g in metrics.get("gates", []) if not g["ok"]]
    for g in failed:
        print(f"FAIL {g['gate']}: measured {g['value']:.3f}", file=sys.stderr)
    return 1 if failed else 0


def export_feedback(audit_path: Path, out: TextIO | Path) -> int:
    """Rated answers from the audit trail as eval rows (dataset schema); returns how many were written."""
    from assistant.audit import AuditLog

    rows = AuditLog(audit_path).feedback_dataset()
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if isinstance(out, Path):
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    else:
        out.write(text)
    return len(rows)


def feedback_command(args, settings=None) -> int:
    from assistant.settings import get_settings

    settings = settings or get_settings()
    out = Path(args.out) if args.out else None
    count = export_feedback(settings.audit_path, out or sys.stdout)
    if out:
        print(f"wrote {count} feedback rows to {out}; run them with `assistant eval run --dataset {out}`")
    return 0
