"""Quick measurements for tuning rounds, on the shipped offline system:

    python -m evals.measure ret pool:zh realistic_probe20 --out /tmp/zh.json
    python -m evals.measure cov pool:oos pool:ans --compare /tmp/before.json
    python -m evals.measure claims pool:claims --rows

MODE `ret`: Hit@5 / R@10 / MRR@10 / R@1 (the reference scorer's definitions); `cov`: questions refused through the
full offline answer; `claims`: planted claims judged with a second model that approves everything (caught, escaped,
false alarms). SPEC: `pool:<zh|en|oos|ans|claims>` (tuning pools, evals/rounds.py), `check:<zh|en|oos|ab|claims>`
(check data: aggregates only), or a JSONL file (a name in evals/data or a path) with an optional `:A`, `:B`, `:tune`,
`:check` or `:batch=X`. `--rows` prints per-item lines, never for check data; `--out` dumps per-item results and
`--compare` counts the items that changed against such a dump.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import rounds
from .datasets import half_of, law_resolver, load_jsonl
from .harness import DEV_DIR

MODES = ("ret", "cov", "claims")


def select(spec: str) -> tuple[list[dict], bool]:
    """(items, whether they hold check data)."""
    kind, _, name = spec.partition(":")
    if kind == "pool":
        return rounds.pool(name, dev_dir=DEV_DIR), False
    if kind == "check":
        return rounds.check(name), True
    path_text, _, part = spec.partition(":")
    path = Path(path_text)
    if not path.is_file():
        path = rounds.OWN_DIR / (path_text if path_text.endswith(".jsonl") else f"{path_text}.jsonl")
    items = load_jsonl(path)
    hidden = {i["id"] for i in rounds.check_items(path.stem, items, shared=path.parent == DEV_DIR)}
    if part in ("A", "B"):
        items = [i for i in items if i.get("half") == part]
    elif part in ("tune", "check"):
        items = [i for i in items if half_of(i["id"]) == part]
    elif part.startswith("batch="):
        items = [i for i in items if i.get("batch") == part.removeprefix("batch=")]
    return items, any(i["id"] in hidden for i in items)


def measure_retrieval(assistant, items: list[dict], show) -> tuple[str, dict]:
    from .abstention import filters_for
    from .metrics import aggregate, item_metrics
    from .retrieval import system_ranked

    resolve = law_resolver(assistant.catalog)
    items = [i for i in items if i.get("articles")]
    predictions, rows = {}, {}
    for item in items:
        units = predictions[item["id"]] = system_ranked(assistant, item["question"], 10, filters_for(item))
        scores = item_metrics(resolve(item["law"]), item["articles"],
                              [(resolve(u["doc_id"] or u["law"]), u["article"]) for u in units])
        top = [f"{u['law']}:{u['article']}" for u in units]
        rows[item["id"]] = {"mrr": scores["MRR@10"], "r10": scores["R@10"], "top": top}
        show(f"  {item['id']}\tMRR {scores['MRR@10']:.2f}\tR@10 {scores['R@10']:.2f}\tgold {item['law']} "
             f"{item['articles']}\ttop {top[:5]}\t{item['question'][:60]}")
    m = aggregate(items, predictions, resolve)
    return (f"n={len(items)}\tHit@5 {m['Hit@5']:.3f}\tR@10 {m['R@10']:.3f}\tMRR@10 {m['MRR@10']:.3f}\t"
            f"R@1 {m['R@1']:.3f}"), rows


def measure_refusals(assistant, items: list[dict], show) -> tuple[str, dict]:
    from .abstention import filters_for

    rows = {}
    for item in items:
        status = assistant.ask(item["question"], filters=filters_for(item), channel="eval").status
        rows[item["id"]] = {"refused": status == "not_covered"}
        show(f"  {item['id']}\t{'REFUSED' if status == 'not_covered' else status}\t{item['question'][:70]}")
    refused = sum(r["refused"] for r in rows.values())
    return f"n={len(items)}\trefused {refused}/{len(items)}", rows


def measure_claims(assistant, items: list[dict], show) -> tuple[str, dict]:
    from .claims import judge_claims

    grounding = next(v for v in assistant.verifiers if v.name == "grounding")
    result = judge_claims(items, grounding, assistant.view, assistant.catalog)
    by_id = {i["id"]: i for i in items}
    rows = {}
    for row in result["rows"]:
        rows[row["id"]] = {"approve": row.get("approve"), "truth": row["truth"]}
        wrong = ("ESCAPED" if not row["truth"] and row.get("approve") == "verified" else
                 "FALSE-ALARM" if row["truth"] and row.get("approve") == "contradicted" else None)
        if wrong:
            item = by_id[row["id"]]
            show(f"  {row['id']}\t{wrong}\t{item['law']} {item['article']}\t{item['claim'][:80]}")
    return (f"n={result['n']} false={result['n_false']}\tcaught {result['catch_rate']:.3f}\t"
            f"escaped {len(result['escaped'])}\tfalse-alarm {result['false_alarm']:.3f} ({len(result['false_alarms'])})"
            f"\tmissing {len(result['missing'])}"), rows


MEASURES = {"ret": measure_retrieval, "cov": measure_refusals, "claims": measure_claims}
COMPARED = {"ret": "mrr", "cov": "refused", "claims": "approve"}


def changed(mode: str, old: dict, new: dict) -> tuple[int, int, int]:
    """(items changed, up, down); up/down only for retrieval (MRR@10)."""
    key = COMPARED[mode]
    moved = [k for k, v in new.items() if k in old and old[k].get(key) != v.get(key)]
    if mode != "ret":
        return len(moved), 0, 0
    return len(moved), sum(new[k][key] > old[k][key] for k in moved), sum(new[k][key] < old[k][key] for k in moved)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.measure", description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=MODES)
    parser.add_argument("specs", nargs="+")
    parser.add_argument("--rows", action="store_true", help="per-item lines (never for check data)")
    parser.add_argument("--out", type=Path, help="dump per-item results as JSON")
    parser.add_argument("--compare", type=Path, help="a dump of an earlier run: count the items that changed")
    args = parser.parse_args(argv)

    from assistant.wiring import build_assistant

    from .cli import eval_settings

    assistant = build_assistant(eval_settings())
    dump: dict[str, dict] = {}
    for spec in args.specs:
        items, hidden = select(spec)
        if args.rows and hidden:
            print(f"# {spec}: holds check data, rows not printed")

        def show(line: str, on: bool = args.rows and not hidden) -> None:
            if on:
                print(line)

        summary, rows = MEASURES[args.mode](assistant, items, show)
        dump.update(rows)
        print(f"{spec}\t{summary}", flush=True)
    if args.out:
        args.out.write_text(json.dumps(dump, ensure_ascii=False), encoding="utf-8")
    if args.compare:
        moved, up, down = changed(args.mode, json.loads(args.compare.read_text(encoding="utf-8")), dump)
        print(f"compare: {moved} changed" + (f" ({up} up, {down} down)" if args.mode == "ret" else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
