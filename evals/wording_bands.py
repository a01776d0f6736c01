"""Calibrate the wording hint (config.wording_hint_below): Hit@5 by the share of a question's content words the index
holds (retrieval/wording_fit.py), per language.

    python evals/wording_bands.py RANKS.json [RANKS.json ...] [--data DIR ...]

RANKS.json: {item id: first gold rank (99 = not in the first ten)}, as the tuning-pool tool writes it (one file per
language, reported under its name); the questions
are looked up by id in evals/data and ../shared/evals/dev (or the --data folders). Only the items the ranks files
name are read, so the calibration sees exactly the pool it is given (the tuning pool: never the check data).
The wording is measured without searching (HybridRetriever.wording), the same function `retrieve` calls.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

BANDS = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)


def questions_by_id(folders: list[Path]) -> dict[str, str]:
    out: dict[str, str] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    out.setdefault(str(item.get("id")), item.get("question", ""))
    return out


def band_of(share: float) -> str:
    for low, high in zip(BANDS, BANDS[1:]):
        if share < high or high == 1.0:
            return f"[{low:.1f}, {high:.1f}{']' if high == 1.0 else ')'}"
    return "?"


def hit5(ranks: list[int]) -> str:
    return f"{sum(r <= 5 for r in ranks) / len(ranks):.2f}" if ranks else "  - "


def report(name: str, rows: list[tuple[float, int]]) -> None:
    print(f"\n{name}: n={len(rows)}  Hit@5 {hit5([r for _, r in rows])}")
    for low, high in zip(BANDS, BANDS[1:]):
        band = [r for s, r in rows if low <= s < high or (high == 1.0 and s == 1.0)]
        print(f"  share {band_of(low)}  n={len(band):>4}  Hit@5 {hit5(band)}")
    for t in THRESHOLDS:
        below = [r for s, r in rows if s < t]
        above = [r for s, r in rows if s >= t]
        print(f"  below {t:.1f}: n={len(below):>4} ({len(below) / max(1, len(rows)):.0%})  Hit@5 {hit5(below)}"
              f"  | at or above: Hit@5 {hit5(above)}")


def main(argv: list[str]) -> None:
    folders = [Path("evals/data"), Path("../shared/evals/dev")]
    if "--data" in argv:
        at = argv.index("--data")
        folders, argv = [Path(p) for p in argv[at + 1:]], argv[:at]
    questions = questions_by_id([f for f in folders if f.is_dir()])
    from assistant.wiring import build_assistant
    from evals.cli import eval_settings

    retriever = build_assistant(eval_settings()).retriever
    retriever = getattr(retriever, "base", retriever)  # the model-assisted retriever wraps the hybrid one
    for path in argv:  # one ranks file per language, as the pool tool writes them
        rows = []
        for item_id, rank in json.loads(Path(path).read_text(encoding="utf-8")).items():
            if (question := questions.get(item_id)) and (fit := retriever.wording(question)) is not None:
                rows.append((fit.share, int(rank)))
        report(Path(path).stem, rows)


if __name__ == "__main__":
    main(sys.argv[1:])
