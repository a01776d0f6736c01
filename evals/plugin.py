"""What `evals` adds to `assistant` (see assistant/plugins.py): the `assistant eval` commands. The core command
line never imports `evals`; nothing heavy is imported until a command runs."""

from __future__ import annotations

import argparse


def add_commands(subparsers) -> None:
    p = subparsers.add_parser("eval", help="measure retrieval and answers")
    esub = p.add_subparsers(dest="eval_command", required=True)
    e = esub.add_parser("retrieval", help="article-level Recall@k / MRR against baselines")
    e.add_argument("--dataset", action="append", required=True)
    e.add_argument("--k", type=int, help="rank depth (default ASSISTANT_SEARCH_K, 10)")
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
    e.add_argument("--named", action=argparse.BooleanOptionalAction, default=True,
                   help="also ask the questions naming a clause generated from the index (evals/named.py): R@1")
    e.add_argument("--quiet", action="store_true", help="no progress bars")
    e = esub.add_parser("feedback", help="export rated answers from the audit trail as an eval dataset (JSONL)")
    e.add_argument("--out", help="file to write; default stdout")
    p.set_defaults(func=cmd_eval)


def cmd_eval(args: argparse.Namespace) -> int:
    from .cli import run_eval_command

    return run_eval_command(args)
