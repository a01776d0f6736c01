"""Pure parts of the spec checker: splitting documents into requirements, and rule matching."""

from __future__ import annotations

import re

import pytest

from assistant.errors import ConfigError
from assistant.spec.requirements import split_clauses, split_requirements
from assistant.spec.rules import (DocumentScan, load_rulebook, match_periods, match_rules, parse_rulebook,
                                  period_years, severity_at_least)

SPEC = """---
title: 样例
---
# 信贷审批模型需求规格书

> 样例文件：虚构的项目文档。

## 4. 输入数据

| 项目 | 内容 |
| --- | --- |
| 输入 | 客户征信数据（JSON格式，含23个标准字段） |

输入：客户征信数据（JSON格式，含23个标准字段）

### 4.1 流程

1. 客户在前端填写申请信息并提交；
2. 审批系统自动调用征信中心接口查询客户个人信用报告，
   并调用第三方数据服务商接口；
- risk_score < 600：拒绝。

这是一段跨越
两行的说明。

## 5. 保存
"""


def by_line(reqs):
    return {r.line: r for r in reqs}


def test_units_kinds_lines_and_heading_paths():
    reqs = by_line(split_requirements(SPEC))
    row = reqs[12]
    assert row.kind == "table_row"
    assert row.text == "输入 | 客户征信数据（JSON格式，含23个标准字段）"
    assert row.columns == ("项目", "内容") and row.label == "输入"
    assert row.heading_path == ("信贷审批模型需求规格书", "4. 输入数据")

    kv = reqs[14]
    assert kv.kind == "key_value" and kv.label == "输入"
    assert kv.text == "输入：客户征信数据（JSON格式，含23个标准字段）"

    item = reqs[19]
    assert item.kind == "list_item" and item.end_line == 20
    assert item.text.startswith("审批系统自动调用") and item.text.endswith("并调用第三方数据服务商接口；")
    assert item.heading_path == ("信贷审批模型需求规格书", "4. 输入数据", "4.1 流程")
    assert reqs[21].kind == "list_item" and reqs[21].text == "risk_score < 600：拒绝。"

    para = reqs[23]
    assert para.kind == "paragraph" and para.text == "这是一段跨越两行的说明。" and para.end_line == 24

    quote = reqs[6]
    assert quote.kind == "key_value" and quote.text.startswith("样例文件")


def test_front_matter_headings_and_table_headers_are_not_requirements():
    texts = [r.text for r in split_requirements(SPEC)]
    assert not any("title: 样例" in t for t in texts)
    assert not any(t.startswith("项目 | 内容") for t in texts)
    assert not any("4. 输入数据" == t for t in texts)
    ids = [r.id for r in split_requirements(SPEC)]
    assert len(ids) == len(set(ids))


def test_plain_text_headings_and_articles():
    text = "数据管理办法\n第一章 总则\n第一条 为了规范数据管理，制定本办法。\n本条第二款。\n\n2.1 数据保存\n交易记录保存五年。\n"
    reqs = split_requirements(text)
    article = next(r for r in reqs if r.kind == "article")
    assert article.label == "第一条" and article.heading_path == ("第一章 总则",)
    assert article.text.endswith("本条第二款。") and article.line == 3
    saved = next(r for r in reqs if "交易记录" in r.text)
    assert saved.heading_path[-1] == "2.1 数据保存" and saved.line == 7


def test_numbered_markdown_items_stay_list_items():
    reqs = split_requirements("# 规格书\n\n1. 背景与目标\n2. 数据保存\n")
    assert [r.kind for r in reqs] == ["list_item", "list_item"]


def test_clause_split_scopes_negation():
    pieces = [p for _, p in split_clauses("大模型由供应商提供，本行无需另行开展安全评估；上线前测试。")]
    assert pieces == ["大模型由供应商提供", "本行无需另行开展安全评估", "上线前测试"]
    english = [p for _, p in split_clauses("Because it is short, the team considers an assessment not necessary. Next step.")]
    assert english[0] == "Because it is short, the team considers an assessment not necessary"


# Rules -------------------------------------------------------------------------------------------------

BOOK = load_rulebook()


def matches(text: str):
    reqs = split_requirements(text)
    return {m.rule.id: m for m in match_rules(BOOK, DocumentScan(reqs, BOOK.negation))}


def test_rulebook_loads_and_is_well_formed():
    assert len(BOOK.rules) >= 15 and BOOK.minimums
    for rule in BOOK.rules:
        assert rule.cites, rule.id
        assert set(rule.title) == {"zh", "en"} and set(rule.recommendation) == {"zh", "en"}
        assert severity_at_least(rule.severity_if_refused, rule.severity), rule.id


def test_bad_rulebook_is_a_config_error():
    with pytest.raises(ConfigError, match="bad regex"):
        parse_rulebook({"rule": [{"id": "x", "title": {"zh": "t"}, "recommendation": {"zh": "r"},
                                  "triggers": ["(unclosed"], "severity": "high"}]})
    with pytest.raises(ConfigError, match="severity"):
        parse_rulebook({"rule": [{"id": "x", "title": {"zh": "t"}, "recommendation": {"zh": "r"},
                                  "triggers": ["a"], "severity": "urgent"}]})


def test_missing_refused_and_present_safeguards():
    missing = matches("# 规格\n\n- 系统将客户数据传输至境外服务商。\n")["cross-border-consent"]
    assert missing.status == "missing" and missing.severity == "high"

    refused = matches("# 规格\n\n- 系统将客户数据传输至境外服务商。\n- 本项目不单独取得客户同意，也不取得单独同意。\n")
    assert refused["cross-border-consent"].status == "refused"
    assert refused["cross-border-consent"].anchor.line == 4

    present = matches("# 规格\n\n- 系统将客户数据传输至境外服务商。\n- 出境前告知客户境外接收方并取得单独同意。\n")
    assert present["cross-border-consent"].status == "present" and not present["cross-border-consent"].is_gap


def test_refusal_wins_over_a_mention_elsewhere():
    text = "# 规格\n\n上线面向全体用户的大模型智能客服。\n\n- 相关安全评估、算法备案由供应商负责，本行无需另行开展安全评估或备案。\n"
    match = matches(text)["genai-assessment-filing"]
    assert match.status == "refused" and match.severity == "high"


def test_negated_trigger_does_not_fire():
    found = matches("# 看板\n\n- 看板部署在境内数据中心，不涉及数据出境，不涉及自动化决策。\n")
    assert "cross-border-conditions" not in found and "automated-decision-rights" not in found


def test_prohibitions_are_not_refusals():
    text = "# 规格\n\n- 系统调用征信中心接口查询客户信用报告。\n- 未经客户书面授权不得查询征信。\n"
    assert matches(text)["credit-query-consent"].status == "present"


def test_exempt_and_context_conditions():
    aml = "# 反洗钱系统\n\n- 接入交易流水用于反洗钱监测。\n"
    assert "sensitive-separate-consent" not in matches(aml)
    no_llm = "# 客服\n\n- 面向全体用户的智能客服。\n"
    assert "genai-labelling" not in matches(no_llm)


def test_defect_rules_need_no_safeguard():
    found = matches("# 数据\n\n- 征信数据永久保存，不设删除机制。\n")
    assert found["retention-permanent"].status == "defect" and found["retention-permanent"].severity == "high"


def test_period_extraction_and_matching():
    assert period_years("客户销户后 3 年") == [(3.0, "3 年")]
    assert period_years("核心系统仅保留 18 个月在线数据") == [(1.5, "18 个月")]
    assert period_years("2012 年上线的规则引擎") == []
    text = ("# 反洗钱交易监测\n\n## 6. 数据保存\n\n| 数据 | 保存期限 |\n| --- | --- |\n"
            "| 交易流水 | 3 年 |\n| 看板审计日志 | 1 年 |\n| 客户身份资料 | 不少于 10 年 |\n")
    reqs = split_requirements(text)
    found = match_periods(BOOK, DocumentScan(reqs, BOOK.negation))
    assert [(m.requirement.text, m.years) for m in found] == [("交易流水 | 3 年", 3.0), ("客户身份资料 | 不少于 10 年", 10.0)]


def test_every_cited_article_number_is_plausible():
    """Citations name real article numbers: checked against the shared law texts when they are present."""
    from assistant.text.numerals import int_to_cn
    from assistant.settings import PROJECT_ROOT, SHARED_REGULATIONS

    files = {p.stem: p for p in [*SHARED_REGULATIONS.glob("*/*.md"), *(PROJECT_ROOT / "corpus" / "policies").glob("*.md")]}
    cites = [c for r in BOOK.rules for c in r.cites] + [b for m in BOOK.minimums for b in m.bases]
    checked = 0
    for cite in cites:
        path = files.get(cite.doc_id)
        if path is None:
            continue
        text = path.read_text(encoding="utf-8")
        article = re.search(rf"^第{int_to_cn(cite.article)}条[\s\u3000](.*?)(?=^第[一二三四五六七八九十百零]+条[\s\u3000]|\Z)",
                            text, re.M | re.S)
        assert article, f"{cite.doc_id} has no article {cite.article}"
        if cite.quote:
            assert re.search(cite.quote, article.group(0)), f"{cite.doc_id} {cite.article}: {cite.quote!r} not in it"
        checked += 1
    assert checked >= 20


def test_docx_and_pdf_shapes():
    """DOCX tables load as bare "a | b" lines; PDF items （一）… have no space and belong to their article."""
    docx_text = "# 数据安全管理办法\n\n## 第一章　总则\n\n数据级别 | 保存期限\n核心数据 | 五年\n\n（一）客户数据按月归档\n"
    reqs = split_requirements(docx_text)
    row = next(r for r in reqs if r.kind == "table_row")
    assert (row.text, row.columns, row.line) == ("核心数据 | 五年", ("数据级别", "保存期限"), 6)
    item = reqs[-1]
    assert (item.kind, item.label, item.text) == ("list_item", "（一）", "客户数据按月归档")

    pdf_text = "第二条　商业银行应当遵守有关规定：\n（一）不得损害国家利益；\n（二）不得损害社会公共利益。"
    [article] = split_requirements(pdf_text)
    assert article.kind == "article" and article.text.endswith("（二）不得损害社会公共利益。")
