"""Report of an eval run: report.md and report.html (the same tables) and PNG plots, from metrics.json alone."""

from __future__ import annotations

import html
from pathlib import Path

from .answers import STATUSES

RETRIEVAL_COLUMNS = ("R@1", "R@5", "R@10", "Hit@5", "MRR@10", "rareR@10", "LawHit@10")
ANSWER_COLUMNS = ("citation_precision", "citation_recall", "faithfulness", *STATUSES)
STAGE_ORDER = ("rewrite", "retrieve", "generate", "verify", "total")
PLOTS = (("recall_at_k.png", "Recall@k per configuration"), ("latency.png", "Latency distributions"),
         ("per_law.png", "R@10 per law and configuration"))


def _f(value) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _ms(value) -> str:
    return f"{value:,.0f}" if value >= 10 else f"{value:.1f}"


def mode_line(run: dict) -> str:
    """Whether an LLM generated and verified the answers, and which models."""
    if run.get("offline", True):
        return (f"**Offline**: no LLM configured. Generator `{run.get('generator')}`, verifiers "
                f"{', '.join(run.get('verifiers', []))} (the LLM verifier is not configured and does not run).")
    return (f"**LLM configured**: generator `{run.get('generator')}` with model `{run.get('generator_model')}`, "
            f"verifier model `{run.get('verifier_model')}`; verifiers {', '.join(run.get('verifiers', []))}.")


def build_sections(metrics: dict) -> list[tuple]:
    """The report as blocks: ("h1"|"h2"|"p", text) or ("table", headers, rows) or ("img", file, alt)."""
    run = metrics.get("run", {})
    configs = list(metrics["retrieval_mean"])
    blocks: list[tuple] = [("h1", "Eval report")]
    blocks.append(("p", mode_line(run)))
    blocks.append(("p", f"Index revision `{run.get('index_revision')}` · embedder `{run.get('embedder')}` · "
                        f"{run.get('clauses')} clauses in {run.get('documents')} documents · as of {run.get('as_of')} · "
                        f"limit {run.get('limit') or 'none'} · {run.get('seconds')} s · cache hits "
                        f"{run.get('cache', {}).get('hits', 0)}, misses {run.get('cache', {}).get('misses', 0)} · "
                        f"load average {run.get('load_average')} on {run.get('cpus')} CPUs · finished {run.get('finished')}"))

    gates = metrics.get("gates") or []
    if gates:
        blocks.append(("h2", "Gates (--fail-under, shipped configuration)"))
        blocks.append(("table", ["gate", "value", "threshold", "result"],
                       [[g["gate"], _f(g["value"]), _f(g["threshold"]), "pass" if g["ok"] else "FAIL"] for g in gates]))

    blocks.append(("h2", "Retrieval: mean over the check halves and holdouts"))
    blocks.append(("p", "Article-level metrics as defined by ../shared/evals/score.py, averaged over the sets not tuned on "
                        "(each weighs the same). rareR@10: recall@10 on gold articles outside the ten most frequent of the "
                        "tuning half. The constant prior is computed from the tuning halves only. p50 is the wall time of "
                        "one retrieval."))
    mean = metrics["retrieval_mean"]
    blocks.append(("table", ["configuration", *RETRIEVAL_COLUMNS, "items", "p50 ms"],
                   [[c, *(_f(mean[c][m]) for m in RETRIEVAL_COLUMNS), mean[c]["n"], _ms(mean[c]["p50_ms"])] for c in configs]))

    blocks.append(("h2", "Retrieval per dataset and half (·tune: tuned on; ·check and holdout: reported)"))
    rows = []
    for dataset, per_config in metrics["retrieval"].items():
        for c in configs:
            rows.append([dataset, c, *(_f(per_config[c][m]) for m in RETRIEVAL_COLUMNS), per_config[c]["n"]])
    blocks.append(("table", ["dataset", "configuration", *RETRIEVAL_COLUMNS, "items"], rows))

    if "answers" in metrics:
        blocks.append(("h2", "Answers (shipped configuration, through Assistant.ask)"))
        blocks.append(("p", "Citation precision: share of an answer's citations naming a gold article (answers that cite). "
                            "Citation recall: share of gold articles cited (abstentions score 0). Faithfulness: share of "
                            "the claims shown as an answer that the verifiers accept. not_covered on these answerable "
                            "questions is a false refusal."))
        rows = [[d, a["n"], *(_f(a[m]) for m in ANSWER_COLUMNS), a["errors"]] for d, a in metrics["answers"].items()]
        am = metrics["answers_mean"]
        rows.append(["mean", "", *(_f(am[m]) for m in ANSWER_COLUMNS), ""])
        blocks.append(("table", ["dataset", "items", *ANSWER_COLUMNS, "errors"], rows))
        quoting = [[d, a["gold_quoted_n"], _f(a["gold_quoted"])] for d, a in metrics["answers"].items()
                   if a.get("gold_quoted") is not None]
        if quoting:
            blocks.append(("p", "Gold words quoted: of the items whose note quotes the answering clause 「…」, the share "
                                "whose answer shows at least 60% of those words (a refusal shows none). Offline this is "
                                "what the quotes are worth to the reader."))
            blocks.append(("table", ["dataset", "items", "gold words quoted"], quoting))

    if "abstention" in metrics:
        ab = metrics["abstention"]
        blocks.append(("h2", "Abstention on out-of-scope questions"))
        blocks.append(("p", f"Correct refusals: **{ab['correct_refusal']:.3f}** of {ab['n']} questions the corpus cannot answer "
                            "(status not_covered)."))
        blocks.append(("table", ["category", "items", "correct refusal"],
                       [[cat, v["n"], _f(v["correct_refusal"])] for cat, v in ab["by_category"].items()]
                       + [[f"half: {h}", v["n"], _f(v["correct_refusal"])] for h, v in ab.get("by_half", {}).items()]))
        if ab["answered"]:
            blocks.append(("p", "Answered although out of scope:"))
            blocks.append(("table", ["id", "question", "status", "cited"],
                           [[a["id"], a["question"], a["status"], "; ".join(a["citations"])] for a in ab["answered"]]))

    if "claims" in metrics:
        blocks.append(("h2", "Planted claims: does a false claim reach the green badge?"))
        blocks.append(("p", "Each claim cites one real clause and is checked by the deterministic verifier with a scripted "
                            "second model that approves everything (the worst case). catch rate: false claims not shown as "
                            "verified (must be 1.0); false alarm: true claims flagged contradicted (must stay under 0.05); "
                            "true verified: true claims that keep the badge. tune / check: the halves of planted_claims.jsonl; "
                            "holdout: planted_claims_holdout.jsonl, never tuned on; probe (tuning): "
                            "planted_claims_probe.jsonl, written to find what the checks miss and tuned on, whole; probe 2 (tuning): "
                            "planted_claims_probe2.jsonl, the same for wrong actors, overreaching scope and modality; probe 3 (tuning): "
                            "planted_claims_probe3.jsonl, from articles the other files leave out; blind A+B (tuning): "
                            "planted_claims_blind.jsonl, two batches each measured once before being tuned on; blind C+D (tuning): "
                            "planted_claims_blind2.jsonl, two more such batches; blind E+F (tuning): "
                            "planted_claims_blind3.jsonl, two more (round 7); blind G+H (tuning): planted_claims_blind4.jsonl, two more "
                            "(round 8, tuned on in round 9); blind r9 A+B (tuning): planted_claims_r9.jsonl, "
                            "two more (round 9); blind r9b A+B: planted_claims_r9b.jsonl, two more (round 9, A tuned on, B measured once); "
                            "blind r10 A+B: planted_claims_r10.jsonl, two more weighted to true paraphrases (round 10, A "
                            "tuned on, B measured once); blind I+J: planted_claims_blind5.jsonl, written before round 9 and seen by "
                            "nobody who changed code until round 10 ended; blind r11 (A, A2–A4, B): planted_claims_r11.jsonl (round 11, "
                            "antonyms and drafting-style passives; A and A2–A4 tuned on, B measured once); blind r11b A+B: "
                            "planted_claims_r11b.jsonl (round 11, second wave: dropped negations, unnamed state bodies; B seen "
                            "before its changes); blind K+L: planted_claims_blind6.jsonl, written before round 11 and seen by "
                            "nobody who changed code until it ended (tuned on in round 12); blind r12 A+B, blind r13 A+B, blind r13b A+B: "
                            "planted_claims_r12/r13/r13b.jsonl (the helpers' own batches of rounds 12 and 13, A tuned on, B "
                            "measured once); blind M+N: planted_claims_blind7.jsonl, written before round 13 and seen by "
                            "nobody who changed code until it ended (the fresh figure of that round); blind r14 A+B: "
                            "planted_claims_r14.jsonl (the claims14 helper's batches, A tuned on, B measured once); blind O+P: "
                            "planted_claims_blind8.jsonl, written before round 14 and seen by nobody who changed code until "
                            "it ended (the fresh figure of that round); blind r15 A+B: planted_claims_r15.jsonl (the "
                            "claims15 helper's batches, A tuned on, B measured once); blind Q+R: planted_claims_blind9.jsonl, "
                            "written before round 15 and seen by nobody who changed code until it ended; blind r16 A+B: "
                            "planted_claims_r16.jsonl (the claims16 helper's batches, A tuned on, B measured once); blind S+T: "
                            "planted_claims_blind10.jsonl, written before round 16 and seen by nobody who changed code until "
                            "it ended; blind r17 A+B: planted_claims_r17.jsonl (the claims17 helper's batches, A tuned on, "
                            "B measured once); blind U+V: planted_claims_blind11.jsonl, written before round 17 "
                            "and seen by nobody who changed code until it ended; blind W+X: planted_claims_blind12.jsonl, "
                            "the same for round 18; blind Y+Z: planted_claims_blind13.jsonl, the same for round 19; "
                            "blind AA+AB: planted_claims_blind14.jsonl, the same for round 20; "
                            "blind AC+AD: planted_claims_blind15.jsonl, the same for round 22; "
                            "blind AE+AF: planted_claims_blind16.jsonl, the same for round 23; "
                            "blind AG+AH: planted_claims_blind17.jsonl, the same for round 24; "
                            "blind AI+AJ: planted_claims_blind18.jsonl, the same for round 25; "
                            "blind AK+AL: planted_claims_blind19.jsonl, the same for round 26; "
                            "blind AM+AN: planted_claims_blind20.jsonl, the same for round 27; "
                            "blind AO+AP: planted_claims_blind21.jsonl, the same for round 28; "
                            "blind AQ+AR: planted_claims_blind22.jsonl, the same for round 29; "
                            "blind AS+AT: planted_claims_blind23.jsonl, the same for round 30; "
                            "blind AU+AV: planted_claims_blind24.jsonl, the same for round 31; "
                            "blind AW+AX: planted_claims_blind25.jsonl, the same for round 32; "
                            "blind AY+AZ: planted_claims_blind26.jsonl, the same for round 33; "
                            "blind BA+BB: planted_claims_blind27.jsonl, the same for round 34; "
                            "blind BC+BD: planted_claims_blind28.jsonl, the same for round 35; "
                            "blind BE+BF: planted_claims_blind29.jsonl, the same for round 36; "
                            "blind BG+BH: planted_claims_blind30.jsonl, the same for round 37; "
                            "blind BI+BJ: planted_claims_blind31.jsonl, the same for round 38; "
                            "blind BK+BL: planted_claims_blind32.jsonl, the same for round 39; "
                            "blind BM+BN: planted_claims_blind33.jsonl, the same for round 40; "
                            "blind BO+BP: planted_claims_blind34.jsonl, the same for round 41; "
                            "blind BQ+BR: planted_claims_blind35.jsonl, the same for round 42; "
                            "blind BS+BT: planted_claims_blind36.jsonl, the same for round 43; "
                            "blind BU+BV: planted_claims_blind37.jsonl, the same for round 44; "
                            "blind BW+BX: planted_claims_blind38.jsonl, the same for round 45; "
                            "blind BY+BZ: planted_claims_blind39.jsonl, the same for round 46; "
                            "blind CA+CB: planted_claims_blind40.jsonl, the same for round 47; "
                            "blind CC+CD: planted_claims_blind41.jsonl, the same for round 48; "
                            "blind CE+CF: planted_claims_blind42.jsonl, the same for round 49; "
                            "blind CG+CH: planted_claims_blind43.jsonl, the same for round 50; "
                            "blind CI+CJ: planted_claims_blind44.jsonl, the same for round 51; "
                            "blind CK+CL: planted_claims_blind45.jsonl, the same for round 52; "
                            "blind CM+CN: planted_claims_blind46.jsonl, the same for round 53; "
                            "blind CO+CP: planted_claims_blind47.jsonl, the same for round 54; "
                            "blind CQ+CR: planted_claims_blind48.jsonl, the same for round 55; "
                            "restated clauses (all true): a sample of the indexed articles' own sentences with a modal "
                            "verb swapped for its synonym (应当 → 必须, shall → must), cited to their article "
                            "(evals/restated.py): every 'contradicted' there is a false alarm."))
        rows = []
        for half, c in metrics["claims"].items():
            rows.append([half, c["n"], _f(c["catch_rate"]) if c.get("n_false", 1) else "—", _f(c["false_alarm"]), _f(c["true_verified"]),
                         _f(c["reject_verified"]), ", ".join(c["escaped"]) or "—"])
        blocks.append(("table", ["set", "claims", "catch rate", "false alarm", "true verified",
                                 "verified with a rejecting model", "false claims shown verified"], rows))
        kinds = sorted({k for c in metrics["claims"].values() for k in c["by_kind"]})
        blocks.append(("table", ["kind of false claim", *[f"caught ({h})" for h in metrics["claims"]]],
                       [[k, *(_f(c["by_kind"][k]["caught"]) if k in c["by_kind"] else "" for c in metrics["claims"].values())]
                        for k in kinds]))

    if "named_clauses" in metrics:
        named = metrics["named_clauses"]
        blocks.append(("h2", "Questions that name a clause: is it first?"))
        blocks.append(("p", f"Generated from the index (evals/named.py): {named['n']} questions, a spread of articles of "
                            "every law and policy in force, each named the ways people write a reference. R@1 "
                            f"{_f(named['R@1'])} (issue 10: ≥ 0.95)."))
        blocks.append(("table", ["phrasing", "questions", "R@1"],
                       [[form, v["n"], _f(v["R@1"])] for form, v in named["by_form"].items()]))
        if named["misses"]:
            blocks.append(("table", ["question", "ranked first instead"],
                           [[m["question"], m["first"]] for m in named["misses"]]))

    blocks.append(("h2", "Latency"))
    lat = metrics["latency"]
    stages = sorted({s for c in configs for s in lat["retrieval"].get(c, {})}, key=lambda s: (s == "total", s))
    rows = [[c, *(f"{_ms(lat['retrieval'][c][s]['p50_ms'])} / {_ms(lat['retrieval'][c][s]['p95_ms'])}"
                  if s in lat["retrieval"].get(c, {}) else "" for s in stages)] for c in configs]
    blocks.append(("p", "Retrieval stages, p50 / p95 in ms. Ablations reuse the query vector the first configuration "
                        "computed, so their dense stage excludes query embedding; compare `shipped` across runs."))
    blocks.append(("table", ["configuration", *stages], rows))
    if lat.get("answer"):
        answer_stages = [s for s in STAGE_ORDER if s in lat["answer"]] + [s for s in lat["answer"] if s not in STAGE_ORDER]
        blocks.append(("p", "Answer stages (Answer.timings) of the dev questions that were answered (not refused), ms:"))
        blocks.append(("table", ["stage", "p50", "p95", "answers"],
                       [[s, _ms(lat["answer"][s]["p50_ms"]), _ms(lat["answer"][s]["p95_ms"]), lat["answer"][s]["n"]]
                        for s in answer_stages]))

    blocks.append(("h2", "R@10 per law"))
    laws = sorted({law for c in configs for law in metrics["per_law"][c]})
    blocks.append(("table", ["law", "items", *configs],
                   [[law, metrics["per_law"][configs[0]][law]["n"], *(_f(metrics["per_law"][c][law]["R@10"]) for c in configs)]
                    for law in laws]))

    blocks.append(("h2", "Plots"))
    for name, alt in PLOTS:
        blocks.append(("img", name, alt))
    return blocks


def to_markdown(blocks: list[tuple]) -> str:
    lines: list[str] = []
    for block in blocks:
        kind = block[0]
        if kind == "h1":
            lines += [f"# {block[1]}", ""]
        elif kind == "h2":
            lines += [f"## {block[1]}", ""]
        elif kind == "p":
            lines += [block[1], ""]
        elif kind == "table":
            headers, rows = block[1], block[2]
            lines.append("| " + " | ".join(headers) + " |")
            lines.append("|" + "|".join("---" for _ in headers) + "|")
            lines += ["| " + " | ".join(str(v).replace("|", "\\|").replace("\n", " ") for v in row) + " |" for row in rows]
            lines.append("")
        elif kind == "img":
            lines += [f"![{block[2]}]({block[1]})", ""]
    return "\n".join(lines)


def _inline(text: str) -> str:
    """Escapes, then turns the markdown we write (`code`, **bold**) into tags."""
    import re

    out = html.escape(text)
    out = re.sub(r"`([^`]+)`", r"<code>\1</code>", out)
    return re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", out)


def to_html(blocks: list[tuple]) -> str:
    parts = ["<!doctype html><html><head><meta charset='utf-8'><title>Eval report</title><style>",
             "body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:2em;max-width:1400px}",
             "table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}",
             "td:first-child,th:first-child{text-align:left}th{background:#f0f0f0}tr:nth-child(even){background:#fafafa}",
             "img{max-width:100%;border:1px solid #ddd;margin:0.5em 0}code{background:#f4f4f4;padding:0 3px}.fail{color:#b00;font-weight:bold}",
             "</style></head><body>"]
    for block in blocks:
        kind = block[0]
        if kind in ("h1", "h2"):
            parts.append(f"<{kind}>{_inline(block[1])}</{kind}>")
        elif kind == "p":
            parts.append(f"<p>{_inline(block[1])}</p>")
        elif kind == "table":
            parts.append("<table><tr>" + "".join(f"<th>{html.escape(str(h))}</th>" for h in block[1]) + "</tr>")
            for row in block[2]:
                cells = "".join(f"<td class='{'fail' if v == 'FAIL' else ''}'>{html.escape(str(v))}</td>" for v in row)
                parts.append(f"<tr>{cells}</tr>")
            parts.append("</table>")
        elif kind == "img":
            parts.append(f"<figure><img src='{html.escape(block[1])}' alt='{html.escape(block[2])}'>"
                         f"<figcaption>{html.escape(block[2])}</figcaption></figure>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report(out: Path, metrics: dict) -> None:
    write_plots(out, metrics)
    blocks = build_sections(metrics)
    (out / "report.md").write_text(to_markdown(blocks), encoding="utf-8")
    (out / "report.html").write_text(to_html(blocks), encoding="utf-8")


def headline_table(metrics: dict) -> str:
    """The mean retrieval table as aligned text, for the terminal."""
    mean = metrics["retrieval_mean"]
    header = f"{'configuration':<16}" + "".join(f"{m:>10}" for m in RETRIEVAL_COLUMNS) + f"{'items':>7}{'p50 ms':>9}"
    lines = [header, "-" * len(header)]
    for c, row in mean.items():
        lines.append(f"{c:<16}" + "".join(f"{row[m]:>10.3f}" for m in RETRIEVAL_COLUMNS) + f"{row['n']:>7}{row['p50_ms']:>9.1f}")
    if "answers_mean" in metrics:
        am = metrics["answers_mean"]
        lines.append("")
        lines.append("answers (shipped): " + "  ".join(f"{m}={am[m]:.3f}" for m in ANSWER_COLUMNS))
        quoting = {d: a for d, a in metrics["answers"].items() if a.get("gold_quoted") is not None}
        if quoting:
            lines.append("gold words quoted: " + "; ".join(
                f"{d} {a['gold_quoted']:.3f} (n={a['gold_quoted_n']})" for d, a in quoting.items()))
    if "abstention" in metrics:
        ab = metrics["abstention"]
        lines.append(f"out-of-scope: correct_refusal={ab['correct_refusal']:.3f} (n={ab['n']})" + "".join(
            f"; {h} {v['correct_refusal']:.3f} (n={v['n']})" for h, v in ab.get("by_half", {}).items()))
    for half, c in (metrics.get("claims") or {}).items():
        caught = f"catch_rate={c['catch_rate']:.3f} " if c.get("n_false", 1) else ""
        lines.append(f"planted claims ({half}): {caught}false_alarm={c['false_alarm']:.3f} "
                     f"true_verified={c['true_verified']:.3f} (n={c['n']})")
    if "named_clauses" in metrics:
        named = metrics["named_clauses"]
        lines.append(f"questions naming a clause: R@1={named['R@1']:.3f} (n={named['n']})")
    for g in metrics.get("gates") or []:
        lines.append(f"gate {g['gate']}: {g['value']:.3f} {'pass' if g['ok'] else 'FAIL'}")
    return "\n".join(lines)


# plots ------------------------------------------------------------------------------------------
def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    # law names are Chinese: register a CJK font as a fallback when the system has one
    cjk = [p for p in font_manager.findSystemFonts() if "SansCJK" in p.replace(" ", "") and "Regular" in p]
    families = ["DejaVu Sans"]
    if cjk:
        font_manager.fontManager.addfont(cjk[0])
        families.append(font_manager.FontProperties(fname=cjk[0]).get_name())
    plt.rcParams.update({"font.family": families, "axes.grid": True, "grid.alpha": 0.3, "font.size": 10})
    return plt, len(families) > 1


def _styles(configs: list[str]) -> dict[str, dict]:
    import matplotlib

    colors = matplotlib.colormaps["tab10"].colors
    out = {}
    for i, c in enumerate(configs):
        base = c in ("plain-langchain", "constant-prior")
        # shipped is a wide band drawn underneath, so an ablation that ties it stays visible inside the band
        out[c] = {"color": "#f0b400" if c == "shipped" else colors[i % 10], "linewidth": 6 if c == "shipped" else 1.5,
                  "linestyle": "--" if base else "-", "marker": "o" if c == "shipped" else ".",
                  "markersize": 8 if c == "shipped" else 5, "zorder": 1 if c == "shipped" else 2}
    return out


def write_plots(out: Path, metrics: dict) -> None:
    plt, has_cjk = _pyplot()
    configs = list(metrics["retrieval_mean"])
    styles = _styles(configs)

    # Recall@k: one panel per dataset, one line per configuration
    curves = {d: v for d, v in metrics["recall_curve"].items() if metrics["retrieval"][d][configs[0]]["n"]}
    n = max(1, len(curves))
    cols = min(n, 2)
    rows = (n + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(6.5 * cols, 4.2 * rows), squeeze=False)
    for ax, (dataset, per_config) in zip(axes.flat, curves.items()):
        for c in configs:
            ax.plot(range(1, 11), per_config[c], label=c, **styles[c])
        items = metrics["retrieval"][dataset][configs[0]]["n"]
        ax.set_title(f"{dataset} (n={items})")
        ax.set_xlabel("k (articles)")
        ax.set_ylabel("Recall@k")
        ax.set_xticks(range(1, 11))
        ax.set_ylim(0, 1.02)
    for ax in list(axes.flat)[len(curves):]:
        ax.axis("off")
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=min(len(configs), 8), frameon=False)
    fig.suptitle("Recall@k per configuration", fontsize=13)
    fig.tight_layout(rect=(0, 0.07 if rows == 1 else 0.04, 1, 1))
    fig.savefig(out / "recall_at_k.png", dpi=110)
    plt.close(fig)

    # Latency: retrieval wall time per configuration; answer stages of the shipped system
    lat = metrics["latency"]
    answer_samples = {s: v for s, v in lat.get("answer_samples_ms", {}).items() if v}
    fig, axes = plt.subplots(1, 2 if answer_samples else 1, figsize=(13 if answer_samples else 7, 4.6), squeeze=False)
    # instant configurations (the constant prior) and stages that did nothing (no rewrite offline) say nothing here
    timed = [c for c in configs if max(lat["retrieval_samples_ms"].get(c, [0.0]) or [0.0]) >= 0.05]
    ax = axes[0][0]
    if timed:
        _log_boxplot(ax, {c: lat["retrieval_samples_ms"][c] for c in timed})
    ax.set_xlabel("ms per question (log scale)")
    ax.set_title("Retrieval latency per configuration")
    if answer_samples:
        order = [s for s in STAGE_ORDER if s in answer_samples] + [s for s in answer_samples if s not in STAGE_ORDER]
        order = [s for s in order if max(answer_samples[s]) >= 0.05]
        ax = axes[0][1]
        _log_boxplot(ax, {s: answer_samples[s] for s in order})
        ax.set_xlabel("ms per answer (log scale)")
        ax.set_title("Answer stages (shipped, answered dev questions)")
    fig.tight_layout()
    fig.savefig(out / "latency.png", dpi=110)
    plt.close(fig)

    # Per-law R@10 heatmap
    laws = sorted({law for c in configs for law in metrics["per_law"][c]},
                  key=lambda law: -metrics["per_law"][configs[0]][law]["n"])
    if not laws:
        return
    docs = metrics.get("per_law_docs", {})
    labels = [f"{law if has_cjk else ', '.join(docs.get(law, [law]))} (n={metrics['per_law'][configs[0]][law]['n']})" for law in laws]
    grid = [[metrics["per_law"][c][law]["R@10"] for c in configs] for law in laws]
    fig, ax = plt.subplots(figsize=(1.05 * len(configs) + 3.5, 0.45 * len(laws) + 1.8))
    image = ax.imshow(grid, cmap="RdYlGn", vmin=0, vmax=1, aspect="auto")
    ax.grid(False)
    ax.set_xticks(range(len(configs)), configs, rotation=30, ha="right")
    ax.set_yticks(range(len(laws)), labels)
    for i, row in enumerate(grid):
        for j, value in enumerate(row):
            ax.text(j, i, f"{value:.2f}", ha="center", va="center", fontsize=9, color="black")
    ax.set_title("R@10 per gold law and configuration")
    fig.colorbar(image, ax=ax, fraction=0.03, pad=0.02)
    fig.tight_layout()
    fig.savefig(out / "per_law.png", dpi=110)
    plt.close(fig)


def _log_boxplot(ax, samples: dict[str, list[float]]) -> None:
    """Horizontal box plots on a log axis, one row per label, first label on top."""
    ax.boxplot([[max(v, 0.01) for v in values] for values in samples.values()], orientation="horizontal",
               flierprops={"markersize": 2, "alpha": 0.4})
    ax.set_yticks(range(1, len(samples) + 1), list(samples))
    ax.invert_yaxis()
    ax.set_xscale("log")
