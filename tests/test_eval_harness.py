"""`assistant eval run` / `eval feedback` on the small real index: files, metrics, baselines, resume, gates, feedback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.wiring import with_settings
from assistant.audit import AuditLog
from assistant.cli import build_parser, main
from assistant.errors import ConfigError
from assistant.retrieval import HybridRetriever
from assistant.settings import SHARED_REGULATIONS
from evals.abstention import OUT_OF_SCOPE, abstention_metrics, load_out_of_scope
from assistant.messages import STATUSES
from evals.answers import aggregate_answers, citation_scores, gold_words_quoted
from evals.cli import export_feedback, feedback_command, run_harness_command
from evals.datasets import load_jsonl
from evals.harness import CONFIGS, DEV_DIR, RunOptions, check_gates, default_datasets, parse_gate, recall_curve, run_eval

# the retrieval metrics of one run, read back from metrics.json
SHOWN = ("R@1", "R@5", "R@10", "MRR@10", "nDCG@10", "LawHit@10")


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def eval_assistant(small_assistant, small_settings, tmp_path_factory):
    """The small index, with its own data dir (audit off, baseline store, redaction key) so runs leave the fixture alone."""
    data = tmp_path_factory.mktemp("eval-data")
    settings = small_settings.model_copy(update={"data_dir": data, "audit_enabled": False})
    return with_settings(small_assistant, settings)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A few dev items answerable from the small index, and part of the out-of-scope set."""
    root = tmp_path_factory.mktemp("eval-sets")
    statute = [i for i in load_jsonl(DEV_DIR / "cn_statute_lookup.jsonl") if "商业银行法" in i["question"]][:5]
    fines = load_jsonl(DEV_DIR / "gdpr_fines.jsonl", limit=4)
    by_category = {}
    for item in load_out_of_scope():
        by_category.setdefault(item["category"], []).append(item)
    out_of_scope = [item for items in by_category.values() for item in items[:2]]
    return {
        "datasets": [write_jsonl(root / "cn_statute_lookup.jsonl", statute), write_jsonl(root / "gdpr_fines.jsonl", fines)],
        "out_of_scope": write_jsonl(root / "out_of_scope.jsonl", out_of_scope),
        "tiny_corpus": [SHARED_REGULATIONS / "zh" / "commercial-bank-law-2015.md"],
    }


@pytest.fixture(scope="module")
def first_run(eval_assistant, sample, tmp_path_factory):
    out = tmp_path_factory.mktemp("eval-out")
    options = RunOptions(datasets=sample["datasets"], out=out, out_of_scope=sample["out_of_scope"], progress=False,
                         baseline_paths=sample["tiny_corpus"], prior_datasets=default_datasets(), halves=False, claims=False)
    return out, run_eval(eval_assistant, options), options


def test_run_writes_report_predictions_and_plots(first_run):
    out, metrics, _ = first_run
    for name in ("report.md", "report.html", "metrics.json", "recall_at_k.png", "latency.png", "per_law.png",
                 "abstention.jsonl", "cache.sqlite"):
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name
    assert json.loads((out / "metrics.json").read_text(encoding="utf-8"))["retrieval_mean"].keys() == set(CONFIGS)
    for dataset in ("cn_statute_lookup", "gdpr_fines"):
        assert set(metrics["retrieval"][dataset]) == set(CONFIGS)
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "Offline" in report and "plain-langchain" in report and "![Recall@k" in report
    assert "Questions that name a clause" in report and metrics["named_clauses"]["n"] > 50
    assert "<table>" in (out / "report.html").read_text(encoding="utf-8")

    for config in CONFIGS:
        rows = load_jsonl(out / f"predictions-{config}.jsonl")
        assert len(rows) == 8 and all("ranked" in r for r in rows)
        assert all(("answer" in r) == (config == "shipped") for r in rows), config
    shipped = load_jsonl(out / "predictions-shipped.jsonl")
    assert {"id", "ranked", "answer", "citations", "verification"} <= set(shipped[0])
    assert all({"law", "article"} <= set(u) for r in shipped for u in r["ranked"])


def test_shipped_beats_the_constant_prior_and_ablations_differ(first_run):
    _, metrics, _ = first_run
    statute = metrics["retrieval"]["cn_statute_lookup"]
    assert statute["shipped"]["R@10"] > statute["constant-prior"]["R@10"]
    assert statute["shipped"]["R@1"] == 1.0  # the question names the article: the exact stage finds it
    # bm25-only and dense-only are real ablations, not copies of the shipped ranking
    shipped = {r["id"]: r["ranked"] for r in load_jsonl(first_run[0] / "predictions-shipped.jsonl")}
    dense = {r["id"]: r["ranked"] for r in load_jsonl(first_run[0] / "predictions-dense-only.jsonl")}
    assert shipped != dense


def test_recall_curve_agrees_with_the_metrics(first_run):
    _, metrics, _ = first_run
    for dataset, per_config in metrics["recall_curve"].items():
        for config, curve in per_config.items():
            row = metrics["retrieval"][dataset][config]
            assert len(curve) == 10 and curve == sorted(curve)
            for k in (1, 5, 10):
                assert curve[k - 1] == pytest.approx(row[f"R@{k}"]), (dataset, config, k)


def test_answers_abstention_and_latency_are_measured(first_run):
    _, metrics, _ = first_run
    answers = metrics["answers"]["cn_statute_lookup"]
    assert answers["n"] == 4 and answers["errors"] == 0
    assert answers["citation_recall"] > 0.5  # "第二十七条的内容是什么" is answered citing 第二十七条
    assert sum(answers[s] for s in STATUSES) == pytest.approx(1.0)
    assert answers["verified"] == 0.0 and answers["quoted"] > 0  # offline: nothing earns the green badge
    ab = metrics["abstention"]
    assert ab["n"] == 2 * len(ab["by_category"])  # two of each category of both out-of-scope sets
    assert {"not_indexed", "off_topic", "missing_clause", "not_in_force", "near_miss"} <= set(ab["by_category"])
    assert ab["by_category"]["missing_clause"]["correct_refusal"] == 1.0
    assert ab["by_category"]["not_in_force"]["correct_refusal"] == 1.0
    assert {"exact", "dense", "bm25", "fuse", "total"} <= set(metrics["latency"]["retrieval"]["shipped"])
    assert {"retrieve", "generate", "verify", "total"} <= set(metrics["latency"]["answer"])


def test_a_second_run_resumes_from_the_cache(first_run, eval_assistant, monkeypatch):
    out, metrics, options = first_run
    calls = {"retrieve": 0, "ask": 0}
    original = HybridRetriever.retrieve

    def counting_retrieve(self, *args, **kwargs):
        calls["retrieve"] += 1
        return original(self, *args, **kwargs)

    def no_ask(*args, **kwargs):
        calls["ask"] += 1
        raise AssertionError("answered again instead of reading the cache")

    monkeypatch.setattr(HybridRetriever, "retrieve", counting_retrieve)
    monkeypatch.setattr(eval_assistant, "ask", no_ask)
    again = run_eval(eval_assistant, options)
    assert calls == {"retrieve": 0, "ask": 0}
    assert again["run"]["cache"]["misses"] == 0 and again["run"]["cache"]["hits"] > 0
    assert again["retrieval"] == metrics["retrieval"] and again["answers"] == metrics["answers"]


def test_fail_under_sets_the_exit_code(first_run, eval_assistant, sample, capsys):
    out, _, _ = first_run

    def run(*gates: str) -> int:
        argv = ["eval", "run", "--out", str(out), "--quiet", "--no-answers", "--no-halves", "--no-claims",
                "--config", "shipped,constant-prior,no-exact", "--config", "no-routing,dense-only,bm25-only,with-checklist"]
        for dataset in sample["datasets"]:
            argv += ["--dataset", str(dataset)]
        for gate in gates:
            argv += ["--fail-under", gate]
        return run_harness_command(build_parser().parse_args(argv), assistant=eval_assistant)

    # the system configurations are cached by now (the CLI's prior and baseline corpus differ: left out or cheap)
    assert run("cn_statute_lookup:R@1=1.0", "R@10=0.3") == 0
    assert run("cn_statute_lookup:R@10=1.01") == 1
    assert "FAIL cn_statute_lookup:R@10=1.01" in capsys.readouterr().err
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["gates"][0]["ok"] is False


def test_fail_under_rejects_unknown_metrics_before_running(capsys):
    assert main(["eval", "run", "--fail-under", "Recall=0.8"]) == 2
    assert "Unknown metric" in capsys.readouterr().err
    with pytest.raises(ConfigError):
        parse_gate("R@10")
    assert parse_gate("gdpr_fines:r@10=0.5").metric == "R@10"


def test_gates_average_over_datasets():
    metrics = {"retrieval": {"a": {"shipped": {"n": 2, "R@10": 1.0}}, "b": {"shipped": {"n": 3, "R@10": 0.5}}},
               "abstention": {"correct_refusal": 0.9}}
    [mean, one, refusal] = check_gates(metrics, [parse_gate("R@10=0.8"), parse_gate("b:R@10=0.6"), parse_gate("correct_refusal=0.9")])
    assert (mean["value"], mean["ok"]) == (0.75, False)
    assert (one["value"], one["ok"]) == (0.5, False)
    assert refusal["ok"] is True
    with pytest.raises(ConfigError):
        check_gates(metrics, [parse_gate("citation_recall=0.5")])  # answers were not run


def test_feedback_export_round_trips_into_a_run(eval_assistant, tmp_path, capsys):
    settings = eval_assistant.settings.model_copy(update={"data_dir": tmp_path / "data"})
    log = AuditLog(settings.audit_path)
    liked = log.append({"type": "ask", "question": "商业银行法第二十七条规定了什么？", "answer": "有下列情形之一的，不得担任…[1]",
                        "status": "verified", "citations": [{"short_title": "商业银行法", "law": "中华人民共和国商业银行法",
                                                             "article": 27, "label": "第二十七条"}]})
    disliked = log.append({"type": "ask", "question": "征信机构可以保存不良信息多久？", "answer": "…", "status": "verified",
                           "citations": [{"short_title": "征信业管理条例", "article": 5}]})
    log.add_feedback(liked, "up", user="alice")
    log.add_feedback(disliked, "wrong_citation", comment="应引用第十六条", user="bob")

    out = tmp_path / "feedback.jsonl"
    args = build_parser().parse_args(["eval", "feedback", "--out", str(out)])
    assert feedback_command(args, settings=settings) == 0
    rows = load_jsonl(out)
    assert [r["law"] for r in rows] == ["商业银行法", ""] and rows[0]["articles"] == [27]
    assert rows[1]["feedback"]["comment"] == "应引用第十六条"
    assert export_feedback(settings.audit_path, tmp_path / "again.jsonl") == 2

    metrics = run_eval(eval_assistant, RunOptions(datasets=[out], configs=["shipped"], out=tmp_path / "run",
                                                  out_of_scope=None, progress=False, halves=False, claims=False,
                                                  named=False))
    assert metrics["retrieval"]["feedback"]["shipped"]["n"] == 1  # the 👎 row is asked, not scored
    assert metrics["retrieval"]["feedback"]["shipped"]["R@10"] == 1.0
    assert metrics["answers"]["feedback"]["n"] == 2


def test_citation_and_answer_metrics():
    def resolve(name):
        return {"商业银行法": {"cbl"}, "cbl": {"cbl"}, "gdpr": {"gdpr"}}.get(name, set())

    cites = [{"doc_id": "cbl", "law": "x", "article": 27}, {"doc_id": "cbl", "article": 3}, {"doc_id": "gdpr", "article": 27}]
    assert citation_scores(cites, {"cbl"}, [27, 45], resolve) == (pytest.approx(1 / 3), 0.5)
    assert citation_scores([], {"cbl"}, [27], resolve) == (None, 0.0)

    items = [{"id": "a", "law": "商业银行法", "articles": [27]}, {"id": "b", "law": "商业银行法", "articles": [45]}]
    records = {
        "a": {"status": "partially_verified", "citations": cites[:1],
              "verification": {"claims": [{"verdict": "supported"}, {"verdict": "not_supported"}]}},
        "b": {"status": "not_covered", "citations": [], "verification": {"claims": [{"verdict": "not_supported"}]}},
    }
    m = aggregate_answers(items, records, resolve)
    assert (m["citation_precision"], m["citation_recall"], m["faithfulness"]) == (1.0, 0.5, 0.5)
    assert (m["partially_verified"], m["false_refusal"], m["n"]) == (0.5, 0.5, 2)
    assert (m["gold_quoted"], m["gold_quoted_n"]) == (None, 0)  # no note quotes a clause


def test_gold_words_quoted_reads_the_notes_quotes_against_the_answer():
    note = "五年保存: 「客户身份资料自业务关系结束后、客户交易记录自交易结束后，保存五年」"
    assert gold_words_quoted(note, "《办法》第十四条：「客户身份资料自业务关系结束后、客户交易记录自交易结束后，保存五年。」")
    assert gold_words_quoted(note, "《办法》第十四条：「客户身份资料应当妥善保存。」") is False  # another sentence
    assert gold_words_quoted("no quote here", "anything") is None
    english = "「shall not apply to an enterprise or an organisation employing fewer than 250 persons」"
    assert gold_words_quoted(english, "GDPR Article 30: 「5. The obligations ... shall not apply to an enterprise or an "
                                      "organisation employing fewer than 250 persons unless ...」")
    items = [{"id": "a", "note": note}, {"id": "b", "note": note}, {"id": "c", "note": "none"}]
    shown = "「客户身份资料自业务关系结束后、客户交易记录自交易结束后，保存五年。」"
    records = {"a": {"status": "quoted", "answer": shown, "citations": [], "verification": {"claims": []}},
               "b": {"status": "not_covered", "answer": shown, "citations": [], "verification": {"claims": []}},
               "c": {"status": "quoted", "answer": shown, "citations": [], "verification": {"claims": []}}}
    m = aggregate_answers(items, records, lambda name: set())
    assert (m["gold_quoted"], m["gold_quoted_n"]) == (0.5, 2)  # a refusal's closest clauses are no answer


def test_out_of_scope_set_and_refusal_metrics():
    items = load_out_of_scope(OUT_OF_SCOPE)
    assert len(items) >= 30 and len({i["id"] for i in items}) == len(items)
    assert any(i.get("as_of") for i in items) and all(i["expect"] == "abstain" for i in items)
    records = {items[0]["id"]: {"status": "not_covered"}, items[1]["id"]: {"status": "verified", "citations": []}}
    m = abstention_metrics(items[:2], records)
    assert m["correct_refusal"] == 0.5 and [a["id"] for a in m["answered"]] == [items[1]["id"]]


def test_recall_curve_counts_each_gold_article_once():
    def resolve(name):
        return {"L": {"l"}}.get(name, set())

    items = [{"id": "q", "law": "L", "articles": [1, 2]}]
    ranked = {"q": [{"law": "L", "article": 3}, {"law": "L", "article": 1}, {"law": "L", "article": 1}, {"law": "L", "article": 2}]}
    assert recall_curve(items, ranked, resolve, max_k=5) == [0.0, 0.5, 0.5, 1.0, 1.0]


def test_halves_are_fixed_by_id_and_the_prior_counts_the_tuning_half_only(eval_assistant, tmp_path):
    from evals.datasets import frequent_pairs, half_of, split
    from evals.harness import split_datasets, tuning_items

    items = [{"id": f"q{i}", "question": "个人信息保护法第十三条", "law": "个人信息保护法", "articles": [13 if i % 3 else 14]}
             for i in range(40)]
    path = write_jsonl(tmp_path / "toy.jsonl", items)
    sets = split_datasets([path], None, halves=True)
    assert set(sets) == {"toy·tune", "toy·check"}
    assert {i["id"] for i in sets["toy·tune"]} | {i["id"] for i in sets["toy·check"]} == {i["id"] for i in items}
    assert not {i["id"] for i in sets["toy·tune"]} & {i["id"] for i in sets["toy·check"]}
    assert all(half_of(i["id"]) == "tune" for i in sets["toy·tune"]) and half_of("q1") == half_of("q1")
    assert tuning_items(sets) == sets["toy·tune"] and split(items, None) == items
    assert frequent_pairs(sets["toy·tune"], 1)[0] in {("个人信息保护法", 13), ("个人信息保护法", 14)}
    holdout = write_jsonl(tmp_path / "realistic_holdout.jsonl", items[:4])
    assert set(split_datasets([holdout], None, halves=True)) == {"realistic_holdout"}  # never split, never tuned on

    metrics = run_eval(eval_assistant, RunOptions(datasets=[path], configs=["shipped", "constant-prior"], out=tmp_path / "run",
                                                  out_of_scope=None, answers=False, progress=False, claims=False,
                                                  named=False))
    assert set(metrics["retrieval"]) == {"toy·tune", "toy·check"}
    row = metrics["retrieval"]["toy·check"]["shipped"]
    assert row["R@1"] > 0.5 and {"Hit@5", "rareR@10"} <= set(row)
    assert metrics["retrieval_mean"]["shipped"]["n"] == len(sets["toy·check"])  # the headline is the check half


def test_planted_claims_are_judged_with_approving_and_rejecting_models(eval_assistant):
    from evals.claims import run_planted

    result = run_planted(eval_assistant)
    assert result["n"] >= 40  # claims on laws of the small index; the others are reported missing
    assert result["reject_verified"] == 0.0  # a rejecting second model never lets anything through
    assert result["false_alarm"] <= 0.05
    caught = [r for r in result["rows"] if r.get("approve") and not r["truth"] and r["kind"] in ("negated_right", "wrong_time_limit")]
    assert caught and all(r["approve"] != "verified" for r in caught)


def test_planted_claims_holdout_is_reported_as_its_own_set(eval_assistant):
    from evals.claims import run_planted_sets

    sets = run_planted_sets(eval_assistant)
    assert list(sets) == ["tune", "check", "holdout", "probe (tuning)", "probe 2 (tuning)",
                          "probe 3 (tuning)", "blind A+B (tuning)", "blind C+D (tuning)",
                          "blind E+F (tuning)", "blind G+H (tuning)", "blind r9 A+B (tuning)", "blind r9b A+B",
                          "blind r10 A+B", "blind I+J", "blind r11 (A, A2–A4, B)",
                              "blind r11b A+B", "blind K+L", "blind r12 A+B", "blind r13 A+B", "blind r13b A+B",
                              "blind M+N", "blind r14 A+B", "blind O+P", "blind r15 A+B", "blind Q+R",
                              "blind r16 A+B", "blind S+T", "blind r17 A+B", "blind U+V", "blind W+X", "blind Y+Z",
                              "blind AA+AB", "blind AC+AD", "blind AE+AF", "blind AG+AH", "blind AI+AJ", "blind AK+AL", "blind AM+AN", "blind AO+AP",
                              "blind AQ+AR", "blind AS+AT", "blind AU+AV",
                              "blind AW+AX", "blind AY+AZ", "blind BA+BB", "blind BC+BD", "blind BE+BF", "blind BG+BH", "blind BI+BJ",
                              "blind BK+BL", "blind BM+BN", "blind BO+BP", "blind BQ+BR", "blind BS+BT", "blind BU+BV", "blind BW+BX", "blind BY+BZ", "blind CA+CB", "blind CC+CD", "blind CE+CF", "blind CG+CH", "blind CI+CJ", "blind CK+CL", "blind CM+CN", "blind CO+CP", "blind CQ+CR"]  # probes are tuning data and say so
    assert sets["holdout"]["n"] >= 40  # its claims on laws of the small index (the others are listed as missing)
    assert sets["holdout"]["reject_verified"] == 0.0
    assert sets["probe (tuning)"]["n"] >= 60 and sets["probe (tuning)"]["reject_verified"] == 0.0
    assert sets["probe 2 (tuning)"]["n"] >= 40 and sets["probe 2 (tuning)"]["reject_verified"] == 0.0
    assert sets["probe 3 (tuning)"]["reject_verified"] == 0.0
    assert sets["blind A+B (tuning)"]["reject_verified"] == 0.0
    assert sets["blind C+D (tuning)"]["reject_verified"] == 0.0
    assert sets["blind E+F (tuning)"]["reject_verified"] == 0.0
    assert sets["blind r9 A+B (tuning)"]["reject_verified"] == 0.0
    assert sets["blind r9b A+B"]["reject_verified"] == 0.0
    assert sets["blind r10 A+B"]["n"] >= 90 and sets["blind r10 A+B"]["reject_verified"] == 0.0
    assert sets["blind G+H (tuning)"]["reject_verified"] == 0.0 and sets["blind I+J"]["reject_verified"] == 0.0
    assert sets["blind r11 (A, A2–A4, B)"]["n"] >= 75 and sets["blind r11 (A, A2–A4, B)"]["reject_verified"] == 0.0
    assert all("rows" not in s for s in sets.values())
