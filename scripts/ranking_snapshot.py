"""Snapshot of what retrieval and the refusal gate return, to check that a speed change changes no result.

    python scripts/ranking_snapshot.py before.json [--ask]     # on the old code
    python scripts/ranking_snapshot.py after.json [--ask]      # on the new code
    python scripts/ranking_snapshot.py --diff before.json after.json

Searches every question of evals/data/realistic_* and the dev sets (gdpr_cases: its first 200) and records the
top-10 hits (chunk id, score, per-list ranks, similarity) and missing references; --ask also records Assistant.ask's
status, text, closest clauses and notices (offline) for every out_of_scope* and answerable* question.
Holdout sets are left out (they are measured by the lead only).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEV = ROOT.parent / "shared" / "evals" / "dev"
DATA = ROOT / "evals" / "data"


def questions(patterns: list[str], limit: int | None = None) -> list[tuple[str, str]]:
    out = []
    for pattern in patterns:
        for path in sorted([*DATA.glob(pattern), *DEV.glob(pattern)]):
            if "holdout" in path.name:
                continue
            lines = [line for line in path.open(encoding="utf-8") if line.strip()]
            out += [(f"{path.stem}:{n}", json.loads(line)["question"]) for n, line in enumerate(lines[:limit])]
    return out


def snapshot(path: str, ask: bool) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from assistant.wiring import build_assistant
    from evals.cli import eval_settings

    assistant = build_assistant(eval_settings())
    assistant.warm_up()
    out = {}
    searched = (questions(["realistic_*.jsonl", "cn_*.jsonl", "gdpr_fines.jsonl"])
                + questions(["gdpr_cases.jsonl"], limit=200))
    for key, q in searched:
        r = assistant.search(q, 10)
        out[key] = [f"{h.clause.chunk_id}|{h.score}|{sorted(h.sources.items())}|{h.similarity}" for h in r.hits]
        out[key].append(r.missing_refs)
    if ask:
        for key, q in questions(["out_of_scope*.jsonl", "answerable*.jsonl"]):
            a = assistant.ask(q)
            out["ask:" + key] = [a.status, a.text, [str(c) for c in a.closest], a.notices]
    Path(path).write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(searched)} searches, {len(out) - len(searched)} answers -> {path}")


def diff(before: str, after: str) -> int:
    a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in (before, after))
    differing = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    print(f"{len(a)} / {len(b)} entries; differing: {len(differing)}")
    for k in differing[:20]:
        print(" ", k, (a.get(k) or [])[:2], (b.get(k) or [])[:2])
    return 1 if differing else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--diff":
        raise SystemExit(diff(args[1], args[2]))
    snapshot(args[0], "--ask" in args)
