"""Batch spec check end to end on the real small index: expected findings, gate, reports, bad files."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

import fixtures_docs as fx
from assistant.settings import PROJECT_ROOT
from assistant.spec.checker import CheckOptions, SpecChecker
from assistant.spec.cli import add_check_arguments, run_check_command
from assistant.spec.rules import SEVERITY_RANK
from assistant.spec.run import render, run_check, write_bundle

EXAMPLES = PROJECT_ROOT / "examples"
AS_OF = date(2025, 9, 1)  # after the 2024 AML law took effect; pinned so the test does not depend on today


def expected_findings() -> list[dict]:
    """The 'Expected findings' tables of examples/README.md: spec, id, doc_id, article, severity."""
    rows = []
    for line in (EXAMPLES / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 7 or not re.fullmatch(r"[A-Z]\d+", cells[1]):
            continue
        spec = re.search(r"([\w-]+\.md)", cells[0]).group(1)
        rows.append({"spec": spec, "id": cells[1], "doc_id": cells[4], "article": int(cells[5]), "severity": cells[6]})
    return rows


EXPECTED = expected_findings()


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="assistant check")
    add_check_arguments(parser)
    return parser.parse_args(argv)


def run(assistant, argv: list[str]) -> int:
    return run_check_command(parse([*argv, "--quiet", "--as-of", AS_OF.isoformat()]), assistant=assistant)


@pytest.fixture(scope="module")
def batch(small_assistant):
    return run_check(small_assistant, [EXAMPLES], CheckOptions(as_of=AS_OF, policies=True))


def doc(batch, name):
    return next(d for d in batch.documents if d.name == name)


def test_readme_lists_the_expected_findings():
    assert len(EXPECTED) >= 30
    assert {r["spec"] for r in EXPECTED} >= {"credit-approval-model-spec.md", "aml-transaction-monitoring-spec.md",
                                            "customer-service-llm-chatbot-spec.md", "marketing-overseas-vendor-spec.md",
                                            "policy-record-retention.md"}


@pytest.mark.parametrize("row", [r for r in EXPECTED if r["spec"] != "policy-record-retention.md"], ids=lambda r: r["id"])
def test_expected_finding_is_reported(batch, small_assistant, row):
    indexed = {d["doc_id"] for d in small_assistant.documents()}
    report = doc(batch, row["spec"])
    if row["doc_id"] not in indexed:
        # The small index lacks this law: the finding may not cite it, and the report says so.
        assert any(row["doc_id"] in n or "not in the index" in n for n in report.notes)
        assert not any(f.cites(row["doc_id"], row["article"]) for f in report.findings)
        return
    hits = [f for f in report.findings if f.cites(row["doc_id"], row["article"])
            and SEVERITY_RANK[f.severity] >= SEVERITY_RANK[row["severity"]]]
    assert hits, f"{row['id']}: no finding on {row['doc_id']} art. {row['article']} at {row['severity']} or above; got " + \
        str([(f.id, f.severity) for f in report.findings])


def test_policy_weaker_than_regulation(batch):
    policy = next(d for d in batch.documents if d.kind == "policy" and "policy-record-retention" in d.path)
    [finding] = [f for f in policy.findings if f.cites("aml-law-2024", 34)]
    assert finding.severity == "high" and finding.requirement == "A14"
    assert "制度弱于法规" in finding.title
    assert not any(c.chunk_id.startswith("policy-record-retention:") for c in finding.citations)  # not against itself


def test_policy_conflicts_are_found_by_comparing_the_texts(batch):
    policy = next(d for d in batch.documents if d.kind == "policy" and "policy-record-retention" in d.path)
    [conflict] = [f for f in policy.findings if f.kind == "conflict"]
    assert conflict.rule == "policy-conflict-time-limit" and "十年" in conflict.detail and "五年" in conflict.detail
    assert conflict.citations[0].quote.endswith("应当至少保存十年。")
    # the AML spec's report says that the bank's own retention rule it relies on is itself weaker than the law
    aml = doc(batch, "aml-transaction-monitoring-spec.md")
    assert [(f.requirement, f.citations[0].chunk_id.split(":")[0], f.citations[0].article) for f in aml.policy_conflicts] \
        == [("A14", "aml-law-2024", 34)]
    # no other sample policy clause is weaker than what it implements, except the "in principle" wording
    others = [(d.name, f.requirement, f.severity) for d in batch.documents if d.kind == "policy" for f in d.findings
              if f.kind == "conflict" and f is not conflict]
    assert all(severity == "low" for _, _, severity in others), others


def test_findings_are_sorted_by_severity(batch):
    for report in batch.documents:
        ranks = [SEVERITY_RANK[f.severity] for f in report.findings]
        assert ranks == sorted(ranks, reverse=True), (report.name, [f.severity for f in report.findings])


def test_check_policies_lists_the_retention_conflict(small_assistant, capsys):
    assert run(small_assistant, ["--policies", "--no-search", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "[HIGH] 制度规定的期限与法规冲突（制度弱于法规）：第十四条 与 《反洗钱法》第三十四条" in out
    assert "应当至少保存十年" in out


def test_clean_spec_has_no_high_or_medium_finding(batch):
    clean = doc(batch, "clean-spec.md")
    assert clean.status == "checked"
    assert [f.id for f in clean.findings if f.severity in ("high", "medium")] == []
    # 《数据安全法》 is not in the small index: noted, never cited.
    assert any("数据安全法" in n for n in clean.notes)


def test_every_citation_exists_in_the_index(batch, small_assistant):
    for report in batch.documents:
        for finding in report.findings:
            assert finding.citations, finding.id
            for c in finding.citations:
                clause = small_assistant.article(c.chunk_id)
                assert clause is not None, c.chunk_id
                assert c.quote in clause.text
            assert finding.recommendation


def test_reference_checks(batch):
    aml = doc(batch, "aml-transaction-monitoring-spec.md")
    outdated = next(f for f in aml.findings if f.rule == "ref-outdated")
    assert outdated.reference.doc_id == "aml-law-2006" and outdated.reference.article == 20
    assert outdated.citations[0].chunk_id.startswith("aml-law-2024:") and outdated.citations[0].article == 35
    assert len(outdated.evidence) == 2  # cited twice in the spec (§2 and §5.1), reported once
    missing = next(f for f in aml.findings if f.rule == "ref-missing")
    assert (missing.reference.doc_id, missing.reference.article, missing.severity) == ("aml-law-2024", 99, "medium")
    assert "65" in missing.detail
    retention = next(f for f in aml.findings if f.rule == "aml-record-retention")
    assert retention.severity == "high" and "3 年" in retention.detail
    assert {c.chunk_id.split(":")[0] for c in retention.citations} == {"aml-law-2024", "policy-record-retention"}


def test_requirements_carry_related_clauses_and_obligations(batch):
    credit = doc(batch, "credit-approval-model-spec.md")
    query = next(r for r in credit.requirements if "征信中心接口" in r.text)
    assert query.related and all(":" in x.chunk_id for x in query.related)
    assert any(o.rule == "credit-query-consent" and o.status == "missing" for o in query.obligations)
    assert query.findings == ["credit-query-consent@" + query.id]
    assert all(r.llm_review is None for r in credit.requirements)  # no model is asked unless --llm


def test_as_of_before_the_2024_aml_law(small_assistant):
    checker = SpecChecker(small_assistant, CheckOptions(as_of=date(2024, 6, 1), search=False))
    report = checker.check_file(EXAMPLES / "aml-transaction-monitoring-spec.md")
    assert not any(f.rule == "ref-outdated" for f in report.findings)  # the 2006 text was in force then
    retention = next(f for f in report.findings if f.rule == "aml-record-retention")
    assert [c.chunk_id.split(":")[0] for c in retention.citations] == ["aml-law-2006"]  # 5 years; the policy did not exist
    assert checker.check_policies() == [] or all(
        "policy-record-retention" not in d.path for d in checker.check_policies())


def test_exit_codes(small_assistant, tmp_path, capsys):
    credit = str(EXAMPLES / "credit-approval-model-spec.md")
    clean = str(EXAMPLES / "clean-spec.md")
    assert run(small_assistant, [credit, "--no-search"]) == 0  # no gate
    assert run(small_assistant, [credit, "--no-search", "--fail-on", "high"]) == 1
    assert run(small_assistant, [clean, "--no-search", "--fail-on", "medium"]) == 0
    assert run(small_assistant, [clean, credit, "--no-search", "--fail-on", "medium", "--out", str(tmp_path / "o")]) == 1
    capsys.readouterr()
    assert run_check_command(parse([]), assistant=small_assistant) == 2
    assert "at least one file" in capsys.readouterr().err
    assert run(small_assistant, [clean, "--max-mb", "0"]) == 2
    assert run_check_command(parse([clean, "--as-of", "2025-02-30"]), assistant=small_assistant) == 2
    with pytest.raises(SystemExit) as exc:
        parse([clean, "--fail-on", "urgent"])
    assert exc.value.code == 2


def test_junit_failures_follow_the_gate(small_assistant, tmp_path):
    credit = str(EXAMPLES / "credit-approval-model-spec.md")
    run(small_assistant, [credit, "--no-search", "--format", "json", "--out", str(tmp_path / "json")])
    report = json.loads((tmp_path / "json" / "credit-approval-model-spec.json").read_text(encoding="utf-8"))
    for gate in ("high", "medium", "low"):
        out = tmp_path / gate
        assert run(small_assistant, [credit, "--no-search", "--format", "junit", "--fail-on", gate, "--out", str(out)]) == 1
        root = ET.parse(out / "junit.xml").getroot()
        [suite] = root.findall("testsuite")
        failing_requirements = {f["requirement"] for f in report["findings"]
                                if SEVERITY_RANK[f["severity"]] >= SEVERITY_RANK[gate]}
        assert len(suite.findall("testcase")) == len(report["requirements"]) == int(suite.get("tests"))
        assert len(suite.findall("testcase/failure")) == len(failing_requirements) == int(suite.get("failures"))
        assert int(root.get("failures")) == len(failing_requirements)
    assert len(ET.parse(tmp_path / "high" / "junit.xml").getroot().findall(".//failure")) == 3


def test_output_is_deterministic(small_assistant, tmp_path):
    """Same inputs, same bytes: with retrieval (related clauses) and in every format."""
    spec = str(EXAMPLES / "aml-transaction-monitoring-spec.md")
    for n in (1, 2):
        assert run(small_assistant, [spec, "--format", "json", "--out", str(tmp_path / f"run{n}")]) == 0
        assert run(small_assistant, [spec, "--no-search", "--format", "junit", "--out", str(tmp_path / f"junit{n}")]) == 0
    assert sorted(p.name for p in (tmp_path / "run1").iterdir()) == ["aml-transaction-monitoring-spec.json", "summary.json"]
    for name in ("run{}/summary.json", "run{}/aml-transaction-monitoring-spec.json", "junit{}/junit.xml"):
        assert (tmp_path / name.format(1)).read_bytes() == (tmp_path / name.format(2)).read_bytes(), name
    report = json.loads((tmp_path / "run1" / "aml-transaction-monitoring-spec.json").read_text(encoding="utf-8"))
    assert any(r["related"] for r in report["requirements"])


def test_markdown_and_html_reports(small_assistant, tmp_path):
    spec = str(EXAMPLES / "marketing-overseas-vendor-spec.md")
    assert run(small_assistant, [spec, "--no-search", "--format", "md", "--out", str(tmp_path / "md")]) == 0
    text = (tmp_path / "md" / "marketing-overseas-vendor-spec.md").read_text(encoding="utf-8")
    assert "[HIGH]" in text and "pipl-2021:a38:0" in text and "Recommendation" in text  # English spec → English report
    assert run(small_assistant, [spec, "--no-search", "--format", "html", "--out", str(tmp_path / "html")]) == 0
    page = (tmp_path / "html" / "marketing-overseas-vendor-spec.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "&quot;aggregated learnings&quot;" in page  # spec text is escaped
    assert 'href="marketing-overseas-vendor-spec.html"' in (tmp_path / "html" / "summary.html").read_text(encoding="utf-8")


def test_bad_files_are_reported_and_the_batch_goes_on(small_assistant, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.md").write_bytes(b"")
    fx.circular_pdf(folder)
    fx.decompression_bomb_pdf(folder, inflated_gb=4)
    fx.encrypted_pdf(folder, user_password="secret")
    fx.image_only_pdf(folder)
    (folder / "huge.md").write_text("# 大文件\n\n" + "交易记录保存三年。\n" * 4000, encoding="utf-8")
    shutil.copy(EXAMPLES / "credit-approval-model-spec.md", folder / "credit.md")
    out = tmp_path / "out"
    code = run(small_assistant, [str(folder), "--no-search", "--format", "json", "--max-mb", "0.05", "--out", str(out)])
    assert code == 0  # no gate: errors are reported, not fatal
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    status = {Path(d["path"]).name: d for d in summary["summary"]}
    assert set(status) == {"empty.md", "circular.pdf", "bomb.pdf", "locked.pdf", "scan.pdf", "huge.md", "credit.md"}
    assert status["credit.md"]["status"] == "checked" and status["credit.md"]["counts"]["high"] == 3
    for name in ("empty.md", "circular.pdf", "bomb.pdf", "locked.pdf", "scan.pdf", "huge.md"):
        assert status[name]["status"] == "error" and status[name]["error"], name
    assert "empty" in status["empty.md"]["error"]
    assert "limit" in status["huge.md"]["error"]
    assert "OCR" in status["scan.pdf"]["error"]
    # With a gate, a document that could not be checked fails it; JUnit shows one <error> per bad file.
    code = run(small_assistant, [str(folder), "--no-search", "--format", "junit", "--fail-on", "high",
                                 "--max-mb", "0.05", "--out", str(tmp_path / "junit")])
    assert code == 1
    root = ET.parse(tmp_path / "junit" / "junit.xml").getroot()
    assert int(root.get("errors")) == 6 and len(root.findall("testsuite")) == 7


def test_pdf_and_docx_specs_are_checked(small_assistant, tmp_path):
    checker = SpecChecker(small_assistant, CheckOptions(as_of=AS_OF, search=False))
    pdf = fx.text_pdf(tmp_path, [["信贷审批系统需求", "1. 系统自动调用征信中心接口查询客户个人信用报告。",
                                  "2. 征信报告永久保存，不设删除机制。"]], name="spec.pdf")
    report = checker.check_file(pdf)
    assert report.status == "checked", report.error
    found = {(f.rule, f.severity) for f in report.findings}
    assert {("credit-query-consent", "high"), ("retention-permanent", "high")} <= found
    line = next(f.line for f in report.findings if f.rule == "retention-permanent")
    assert line == 3
    docx = checker.check_file(fx.docx_file(tmp_path))
    assert docx.status == "checked" and any(r.kind == "table_row" for r in docx.requirements)


def test_the_web_bundle_and_the_cli_render_the_same_batch(batch, tmp_path):
    """One renderer behind `assistant check`'s stdout, the Slack upload and the web UI's downloads."""
    written = {p.name: p for p in write_bundle(batch, tmp_path)}
    assert {"spec-report.md", "spec-report.json", "spec-report.junit.xml", "summary.html"} <= set(written)
    assert written["spec-report.md"].read_text(encoding="utf-8") == render(batch, "md")
    assert json.loads(written["spec-report.json"].read_text(encoding="utf-8"))["counts"] == batch.counts()
    pages = [n for n in written if n.endswith(".html") and n != "summary.html"]
    assert len(pages) == len(batch.documents)
    summary = written["summary.html"].read_text(encoding="utf-8")
    assert all(f'href="{page}"' in summary for page in pages)


def test_shared_reports_name_files_not_server_paths(small_assistant, tmp_path):
    spec = tmp_path / "upload" / "spec.md"
    spec.parent.mkdir()
    shutil.copy(EXAMPLES / next(p.name for p in EXAMPLES.glob("*.md") if p.name != "README.md"), spec)
    shared = run_check(small_assistant, [spec], CheckOptions(as_of=AS_OF, search=False, shared=True))
    assert str(tmp_path) not in render(shared, "md") and str(tmp_path) not in render(shared, "json")
