"""Article-level diffs of amended laws and the impact on earlier answers, on the real texts in ../shared.

Every pairing asserted here was checked by reading both versions: the content, and where the amended text
cross-references itself (网络安全法 2025 第七十一条 cites 第四十三条至第四十五条 for what 2016 had as 第四十一条至
第四十三条), those references too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from assistant.audit import AuditLog
from assistant.catalog import load_catalog
from assistant.impact import find_impacts
from assistant.lawdiff import Article, diff_articles, render_html, render_terminal, word_diff
from assistant.lawversions import VersionSource, pick_version, versions_of
from assistant.settings import PROJECT_ROOT, SHARED_REGULATIONS

pytestmark = pytest.mark.skipif(not (SHARED_REGULATIONS / "zh" / "aml-law-2006.md").exists(),
                                reason="the shared regulation texts are not on this machine")


@pytest.fixture(scope="module")
def source() -> VersionSource:
    return VersionSource(load_catalog(), corpus_dirs=[SHARED_REGULATIONS])


def _diff(source, law: str, old: str, new: str):
    versions = versions_of(law, source.catalog)
    return source.diff(pick_version(versions, old), pick_version(versions, new))


AML_PAIRS = {  # 反洗钱法 2006 → 2024
    "第一条": "第一条",  # purpose, widened
    "第二条": "第二条",  # definition; 2024 adds terrorist financing (old 第三十六条) as paragraph 2
    "第三条": "第六条",  # duties of institutions: order swapped with the regulator article → moved
    "第四条": "第五条",  # the competent department
    "第八条": "第十三条",  # the central bank's duties
    "第十条": "第十六条",  # 反洗钱信息中心 → 反洗钱监测分析机构
    "第十二条": "第十八条",  # customs and cash at the border
    "第十六条": "第二十八条",  # 客户身份识别制度 → 客户尽职调查制度 (the rest went to 29 and 31)
    "第十七条": "第三十二条",  # relying on third parties
    "第十八条": "第三十三条",  # verifying identity with public security and others
    "第二十四条": "第四十四条",  # questioning during an investigation (now a list of measures)
    "第二十六条": "第四十五条",  # temporary freeze, 48 hours
    "第二十七条": "第四十六条",  # international cooperation, word for word
    "第三十二条": "第五十三条",  # penalties for CDD, records and reports
    "第三十三条": "第六十二条",  # criminal liability
    "第三十七条": "第六十五条",  # entry into force
}

CSL_PAIRS = {  # 网络安全法 2016 → 2025 amendment
    "第一条": "第一条", "第三条": "第四条", "第十二条": "第十三条", "第十七条": "第十八条", "第十八条": "第十九条",
    "第二十二条": "第二十四条", "第二十七条": "第二十九条", "第三十五条": "第三十七条", "第三十七条": "第三十九条",
    "第四十一条": "第四十三条", "第四十四条": "第四十六条", "第六十条": "第六十二条", "第六十三条": "第六十六条",
    "第六十五条": "第六十七条", "第七十条": "第七十一条", "第七十九条": "第八十一条",
}


def test_aml_law_articles_pair_by_content_across_renumbering(source):
    diff = _diff(source, "反洗钱法", "2006", "2024")
    pairs = diff.pairs()
    assert {old: pairs.get(old) for old in AML_PAIRS} == AML_PAIRS
    assert diff.for_old("第三条").kind == "moved"
    assert diff.for_old("第二十七条").kind == "unchanged" and diff.for_old("第二十七条").renumbered
    assert diff.for_old("第十六条").kind == "changed"
    # 2024's new principles (第三条 party line, 第四条 proportionality) have no ancestor.
    assert diff.for_new("第三条").kind == "added" and diff.for_new("第四条").kind == "added"
    # The 2006 training article was folded into the internal-control article; it stands alone no more.
    assert diff.for_old("第二十二条").kind == "removed"
    counts = diff.counts()
    assert counts["added"] + sum(counts[k] for k in ("changed", "moved", "unchanged")) == 65
    assert counts["removed"] + sum(counts[k] for k in ("changed", "moved", "unchanged")) == 37


def test_cybersecurity_law_amendment_pairs_and_finds_the_new_articles(source):
    diff = _diff(source, "网络安全法", "2016", "2025")
    pairs = diff.pairs()
    assert {old: pairs.get(old) for old in CSL_PAIRS} == CSL_PAIRS
    added = {c.new.label for c in diff.changes if c.kind == "added"}
    # 第三条 party leadership, 第二十条 AI, 第六十三条 certified equipment penalty, 第七十三条 lenient penalties
    assert added == {"第三条", "第二十条", "第六十三条", "第七十三条"}
    removed = {c.old.label for c in diff.changes if c.kind == "removed"}
    assert removed == {"第六十四条", "第六十六条"}  # both folded into 2025's 第七十一条
    assert diff.for_old("第三条").kind == "unchanged" and diff.for_old("第三条").renumbered
    assert diff.for_old("第六十五条").kind == "changed"


def test_changed_words_are_highlighted(source):
    change = _diff(source, "反洗钱法", "2006", "2024").for_old("第四条")
    inserted = "".join(t for op, t in change.segments if op == "insert")
    deleted = "".join(t for op, t in change.segments if op == "delete")
    assert "监察机关" in inserted and "机构" in deleted
    # Nothing else: the equal parts plus the deletions rebuild the old text, plus the insertions the new.
    assert "".join(t for op, t in change.segments if op != "insert") == change.old.text
    assert "".join(t for op, t in change.segments if op != "delete") == change.new.text


def test_renderers_mark_changes(source):
    diff = _diff(source, "网络安全法", "2016", "2025")
    text = render_terminal(diff)
    assert "[added] 第二十条" in text and "{+" in text and "[-" in text
    assert "[removed] 第六十四条" in text
    assert "[unchanged] 第三条–第十七条 → 第四条–第十八条: 15 articles, text unchanged" in text  # folded, not 15 lines
    page = render_html(diff)
    assert page.startswith("<!doctype html>") and "<ins>" in page and "<del>" in page
    assert "第六十四条" in page and "<script" not in page


def test_word_diff_and_pairing_on_small_inputs():
    assert word_diff("应当在三日内报告", "应当在五日内报告") == [("equal", "应当在"), ("delete", "三日"),
                                                             ("insert", "五日"), ("equal", "内报告")]
    old = [Article("第一条", 1, "为了规范数据处理活动，制定本法。"), Article("第二条", 2, "本法自公布之日起施行。")]
    new = [Article("第一条", 1, "为了规范数据处理活动，保障数据安全，制定本法。"),
           Article("第二条", 2, "国家建立数据分类分级保护制度，对数据实行分类分级保护。"),
           Article("第三条", 3, "本法自公布之日起施行。")]
    diff = diff_articles(old, new)
    assert [(c.kind, c.old and c.old.label, c.new and c.new.label) for c in diff.changes] == [
        ("changed", "第一条", "第一条"), ("added", None, "第二条"), ("unchanged", "第二条", "第三条")]


def test_unknown_law_and_version_get_clear_errors(source):
    from assistant.errors import AssistantError

    with pytest.raises(AssistantError, match="No law called"):
        versions_of("不存在的法", source.catalog)
    with pytest.raises(AssistantError) as err:
        pick_version(versions_of("反洗钱法", source.catalog), "1999")
    assert "2006-10-31" in err.value.user_message() and "2024-11-08" in err.value.user_message()


def test_impact_finds_answers_and_spec_findings_citing_changed_articles(tmp_path, source):
    log = AuditLog(tmp_path / "audit.sqlite")
    old_cdd = log.append({"question": "客户身份识别有什么要求？", "status": "verified", "citations": [
        {"marker": 1, "chunk_id": "aml-law-2006:art-16:0", "law": "中华人民共和国反洗钱法", "short_title": "反洗钱法",
         "label": "第十六条", "article": 16, "version_date": "2006-10-31", "quote": "金融机构应当按照规定建立客户身份识别制度。"},
    ]})
    same_text = log.append({"question": "网络安全法的立法目的？", "status": "verified", "citations": [
        {"marker": 1, "chunk_id": "cybersecurity-law-2016:art-1:0", "short_title": "网络安全法", "label": "第一条",
         "article": 1, "version_date": "2016-11-07", "quote": ""},
    ]})
    current = log.append({"question": "个人信息处理的合法性基础？", "status": "verified", "citations": [
        {"marker": 1, "chunk_id": "pipl-2021:art-13:0", "short_title": "个人信息保护法", "label": "第十三条",
         "article": 13, "version_date": "2021-08-20", "quote": "取得个人的同意"},
    ]})
    stale_quote = log.append({"question": "个保法第十三条？", "status": "verified", "citations": [
        {"marker": 1, "chunk_id": "pipl-2021:art-13:0", "short_title": "个人信息保护法", "label": "第十三条",
         "article": 13, "version_date": "2021-08-20", "quote": "经个人书面同意后方可处理"},
    ]})
    report = {"as_of": "2025-06-01", "path": "spec.md", "name": "spec.md", "findings": [
        {"id": "F1", "title": "个人信息保护处罚", "citations": [
            {"chunk_id": "cybersecurity-law-2016:art-64:0", "label": "第六十四条", "article": 64, "quote": ""}]}]}

    items = find_impacts(log.iter_records("ask"), [("reports/spec.json", report)], source.catalog, source)
    by_ref = {i.ref: i for i in items}
    assert by_ref[old_cdd].change == "changed" and "第二十八条" in by_ref[old_cdd].now
    assert by_ref[same_text].change == "unchanged"  # superseded, same words
    assert current not in by_ref  # pipl has no newer version and the quote still stands
    assert by_ref[stale_quote].change == "changed" and "no longer" in by_ref[stale_quote].detail
    assert by_ref["reports/spec.json#F1"].change == "removed"
    assert [i.change for i in items][0] == "removed"  # most urgent first
    changed_only = find_impacts(log.iter_records("ask"), [], source.catalog, source, changed_only=True)
    assert {i.ref for i in changed_only} == {old_cdd, stale_quote}


def test_cli_diff_writes_html_and_impact_reads_the_audit_trail(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "ASSISTANT_DATA_DIR": str(tmp_path / "data"),
           "ASSISTANT_CORPUS_DIRS": str(SHARED_REGULATIONS), "HF_HUB_OFFLINE": "1"}
    out = tmp_path / "aml.html"
    run = subprocess.run([sys.executable, "-m", "assistant.cli", "diff", "反洗钱法", "--from", "2006", "--to", "2024",
                          "--html", str(out), "--all", "--no-color"], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "[moved] 第三条 → 第六条" in run.stdout and "[unchanged] 第二十七条 → 第四十六条" in run.stdout
    assert "第二十八条" in out.read_text(encoding="utf-8")

    AuditLog(tmp_path / "data" / "audit.sqlite").append({"question": "q", "citations": [
        {"chunk_id": "aml-law-2006:art-3:0", "label": "第三条", "article": 3, "quote": ""}]})
    run = subprocess.run([sys.executable, "-m", "assistant.cli", "impact", "--json", "--fail"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr  # something to re-check
    rows = json.loads(run.stdout)
    assert [(r["label"], r["change"]) for r in rows] == [("第三条", "moved")]
    assert "第六条" in rows[0]["now"]

    run = subprocess.run([sys.executable, "-m", "assistant.cli", "diff", "反洗钱法", "--from", "1999"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "Pick one of" in run.stderr


def test_web_compare_panel_diffs_indexed_versions(small_assistant):
    from assistant.ui.compare import ComparePanel, version_pairs

    pairs = dict(version_pairs(small_assistant.documents()))
    assert pairs["反洗钱法 2006-10-31 → 2024-11-08"] == "aml-law-2006|aml-law-2024"
    assert pairs["网络安全法 2016-11-07 → 2025-10-28"] == "cybersecurity-law-2016|cybersecurity-law-2025-amended"
    page = ComparePanel(small_assistant).compare("aml-law-2006|aml-law-2024", False)  # read from the index
    assert "第十六条 → 第二十八条" in page and "<ins>" in page and "第二十七条 → 第四十六条" in page
    assert "ca-muted" in ComparePanel(small_assistant).compare(None, False)
