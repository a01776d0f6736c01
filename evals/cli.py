"""Glue between `assistant eval …` and the eval modules."""

from __future__ import annotations

from pathlib import Path


def run_eval_command(args) -> int:
    from assistant.service import Assistant

    from . import retrieval
    from .baseline import ConstantPrior, PlainLangChainPipeline
    from .datasets import frequent_articles

    assistant = Assistant.from_settings()
    datasets = [Path(d) for d in args.dataset]
    baselines = []
    if not args.no_baselines:
        dev_dir = datasets[0].parent
        baselines.append(ConstantPrior(frequent_articles(sorted(dev_dir.glob("*.jsonl")))))
        baselines.append(PlainLangChainPipeline(assistant.settings, assistant.embedder, assistant.catalog))
    rows = retrieval.run(assistant, datasets, k=args.k, limit=args.limit, predictions_out=args.predictions, baselines=baselines)
    print(retrieval.format_table(rows))
    return 0
