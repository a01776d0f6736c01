"""The web UI's pure renderers and helpers, on hand-built Answer / Clause objects."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.errors import ConfigError, InvalidQuestion
from assistant.types import Answer, Citation, ClaimResult, Clause, Verification
from assistant.ui import render

PIPL_13 = (
    "第十三条 符合下列情形之一的，个人信息处理者方可处理个人信息：\n"
    "（一）取得个人的同意；\n"
    "（二）为订立、履行个人作为一方当事人的合同所必需；"
)


def citation(marker=1, quote="取得个人的同意", **kw) -> Citation:
    base = dict(marker=marker, chunk_id="pipl-2021:13:0", law="中华人民共和国个人信息保护法", short_title="个人信息保护法",
                label="第十三条", article=13, version_date="2021-08-20", effective_date="2021-11-01", quote=quote)
    return Citation(**{**base, **kw})


def answer(status="verified", **kw) -> Answer:
    base = dict(
        question="个人信息保护法第十三条规定了什么？", standalone_question="个人信息保护法第十三条规定了什么？", language="zh",
        text="《个人信息保护法》第十三条：「取得个人的同意」[1]", status=status,
        claims=[ClaimResult(text="取得个人的同意", markers=[1], verdict="supported", reasons=["quote found verbatim"])],
        citations=[citation()], verifications=[Verification(verifier="grounding")], generator="extractive",
        verifiers=["grounding", "llm"], audit_id="a1",
    )
    return Answer(**{**base, **kw})


def clause(text=PIPL_13, **kw) -> Clause:
    base = dict(chunk_id="pipl-2021:13:0", doc_id="pipl-2021", law="中华人民共和国个人信息保护法", short_title="个人信息保护法",
                article=13, label="第十三条", chapter="第二章 个人信息处理规则", text=text, version_date="2021-08-20",
                effective_date="2021-11-01", source="/x/zh/pipl-2021.md")
    return Clause(**{**base, **kw})


@pytest.mark.parametrize("status,css,zh,en", [
    ("verified", "verified", "已核实", "Verified"),
    ("quoted", "quoted", "逐字引用", "Quoted"),
    ("contradicted", "contradicted", "与条文矛盾", "Contradicted"),
    ("partially_verified", "partial", "部分核实", "Partially verified"),
    ("unverified", "unverified", "未核实", "Unverified"),
    ("not_covered", "not-covered", "语料未覆盖", "Not covered"),
])
def test_badge_per_status(status, css, zh, en):
    html_zh = render.badge_html(status, "zh")
    assert f"ca-badge--{css}" in html_zh and f'data-status="{status}"' in html_zh
    assert html_zh.index(zh) < html_zh.index(en)  # the answer's language first
    html_en = render.badge_html(status, "en")
    assert html_en.index(en) < html_en.index(zh)


def test_each_status_has_its_own_colour_class_in_the_stylesheet():
    from importlib import resources

    css = resources.files("assistant.ui").joinpath("static.css").read_text(encoding="utf-8")
    colours = set()
    for modifier, *_ in render.BADGES.values():
        rule = css.split(f".ca-badge--{modifier} {{", 1)[1].split("}", 1)[0]
        colours.add(rule)
    assert len(colours) == len(render.BADGES)


def test_markers_become_superscripts_and_flags_chips():
    html = render.answer_body_html("甲[1]，乙[2][3]。 ⚠️[未经核实]\n丙 ⛔[与引用条文不符]")
    assert html.count('class="ca-marker"') == 3
    assert 'data-marker="2"' in html and "[3]</sup>" in html
    assert 'ca-flag--unsupported">⚠️[未经核实]</span>' in html
    assert 'ca-flag--contradicted">⛔[与引用条文不符]</span>' in html
    assert "<br>" in html and "\n" not in html


def test_answer_message_is_one_html_line_with_badge_text_and_details():
    html = render.answer_message_html(answer())
    assert "\n" not in html  # one HTML block for the chat's Markdown parser
    assert "ca-badge--verified" in html
    assert '<sup class="ca-marker" data-marker="1">[1]</sup>' in html
    assert "<details" in html and "1/1" in html and "quote found verbatim" in html
    assert "grounding" in html


def test_partial_answer_lists_the_unsupported_claim_with_its_reason():
    a = answer(status="partially_verified", text="甲[1] ⚠️[未经核实]", claims=[
        ClaimResult(text="甲", markers=[1], verdict="supported"),
        ClaimResult(text="乙", markers=[1], verdict="not_supported", reasons=["the number 30 is not in the clause"]),
    ])
    html = render.answer_message_html(a)
    assert "ca-badge--partial" in html and "1/2" in html
    assert "ca-claim--unsupported" in html and "the number 30 is not in the clause" in html


def test_script_in_clause_text_quote_and_question_is_escaped():
    evil = "<script>alert(1)</script>"
    a = answer(text=f"x {evil}[1]", citations=[citation(quote=evil, law=evil)],
               claims=[ClaimResult(text=evil, markers=[1], verdict="supported", reasons=[evil])], notices=[evil])
    for html in (render.answer_message_html(a), render.citations_panel_html(a),
                 render.article_html(clause(text=f"第十三条 {evil}"), evil), render.question_message_html(evil),
                 render.error_message_html(evil)):
        assert "<script>" not in html
        assert "&lt;script&gt;" in html


def test_attribute_values_are_escaped():
    html = render.citation_card_html(citation(chunk_id='x" onmouseover="alert(1)', quote='"><img src=x>'))
    assert 'onmouseover="alert' not in html and "<img" not in html
    assert 'data-chunk="x&quot; onmouseover=&quot;alert(1)"' in html


def test_article_highlights_the_quoted_span():
    html = render.article_html(clause(), "取得个人的同意")
    assert '<mark class="ca-quote">取得个人的同意</mark>' in html
    assert html.count("<mark") == 1
    for field in ("中华人民共和国个人信息保护法", "2021-08-20", "2021-11-01", "现行有效", "第二章", "pipl-2021.md"):
        assert field in html
    assert "/x/zh" not in html  # only the file name, not server paths


def test_highlight_tolerates_collapsed_line_breaks():
    quote = "（一）取得个人的同意；（二）为订立"  # the extractive answerer collapses line breaks
    html = render.highlight_html(PIPL_13, quote)
    assert "<mark" in html
    marked = html.split('<mark class="ca-quote">', 1)[1].split("</mark>", 1)[0]
    assert marked.startswith("（一）取得") and marked.endswith("为订立") and "<br>" in marked


def test_highlight_missing_quote_marks_nothing_and_says_so():
    assert "<mark" not in render.highlight_html(PIPL_13, "完全不相干的句子")
    html = render.article_html(clause(), "完全不相干的句子", "en")
    assert "<mark" not in html and "could not be located" in html
    assert render.find_span(PIPL_13, "") is None


def test_escaping_does_not_break_highlight_offsets():
    text = "Article 6 <b>Lawfulness</b> & processing shall be lawful only if"
    html = render.highlight_html(text, "& processing")
    assert '<mark class="ca-quote">&amp; processing</mark>' in html
    assert "&lt;b&gt;Lawfulness&lt;/b&gt;" in html


def test_missing_article():
    assert "not found" in render.article_html(None, language="en")


def test_not_covered_answer_shows_closest_clauses_not_citations():
    closest = [citation(marker=1, quote="", chunk_id="aml-2024:3:0", short_title="反洗钱法", label="第三条"),
               citation(marker=2, quote="", chunk_id="gdpr:6:0", short_title="GDPR", label="Article 6", version_date="2016-04-27")]
    a = answer(status="not_covered", text="已索引的法规和内部制度未能充分支持对该问题的回答，因此不作推断。", citations=[],
               claims=[], verifications=[], closest=closest)
    msg = render.answer_message_html(a)
    assert "ca-badge--not-covered" in msg and "最接近的条文" in msg
    assert "《反洗钱法》第三条" in msg and "GDPR Article 6" in msg
    assert "ca-marker" not in msg and "<details" not in msg
    panel = render.citations_panel_html(a)
    assert "最接近的条文" in panel and panel.count('class="ca-cite"') == 2
    assert 'data-chunk="gdpr:6:0"' in panel and "ca-cite__marker" not in panel  # closest clauses are not numbered citations


def test_citations_panel_lists_every_field_and_is_clickable():
    a = answer(citations=[citation(), citation(marker=2, chunk_id="aml-2006:3:0", short_title="反洗钱法", law="中华人民共和国反洗钱法",
                                               label="第三条", status="superseded", version_date="2006-10-31",
                                               effective_date="2007-01-01")])
    html = render.citations_panel_html(a)
    assert html.count('<button type="button" class="ca-cite"') == 2
    for field in ("[1]", "[2]", "《个人信息保护法》第十三条", "中华人民共和国反洗钱法", "2006-10-31", "2007-01-01", "已失效", "现行有效"):
        assert field in html
    assert 'data-chunk="aml-2006:3:0" data-marker="2"' in html
    assert "Citations" in render.citations_panel_html(answer(language="en"))
    assert "ca-panel--empty" in render.citations_panel_html(None)


def test_status_line_names_the_components_and_offline_mode():
    status = {"generator": "extractive", "verifiers": ["grounding", "llm"], "llm_verifier": "not configured",
              "embedder": "e5-small", "clauses": 1234, "documents": 14, "offline": True, "as_of": "2025-01-01"}
    html = render.status_line_html(status)
    for part in ("extractive", "grounding, llm", "e5-small", "1234", "14", "offline mode (no generative model configured)"):
        assert part in html
    assert "ca-status__offline" not in render.status_line_html({**status, "offline": False})


def test_document_rows_and_choices():
    docs = [{"doc_id": "aml-2006", "law": "中华人民共和国反洗钱法", "short_title": "反洗钱法", "kind": "regulation",
             "jurisdiction": "CN", "version_date": "2006-10-31", "effective_date": "2007-01-01", "status": "superseded", "articles": 37}]
    assert render.document_rows(docs) == [["中华人民共和国反洗钱法", "反洗钱法", "法规", "CN", "2006-10-31", "2007-01-01", "已失效", 37]]
    assert render.document_choice(docs[0]) == ("反洗钱法 (2006-10-31)", "aml-2006")
    label, value = render.article_choice(clause())
    assert value == "pipl-2021:13:0" and label.startswith("第十三条 · ")


# server-side helpers (no browser) ------------------------------------------------------
def test_parse_filters_and_date_validation():
    from assistant.ui.handlers import parse_filters

    f = parse_filters("CN", ["pipl-2021"], "regulation", " 2024-01-01 ")
    assert f.jurisdiction == "CN" and f.laws == ["pipl-2021"] and f.kind == "regulation" and f.as_of == date(2024, 1, 1)
    empty = parse_filters("", None, "", "")
    assert empty.jurisdiction is None and empty.kind is None and empty.as_of is None and empty.laws == []
    with pytest.raises(InvalidQuestion) as err:
        parse_filters(None, None, None, "2024-13-45")
    assert "YYYY-MM-DD" in err.value.user_message()


def test_parse_auth():
    from assistant.ui.server import parse_auth

    assert parse_auth(None) is None
    assert parse_auth("analyst:pa:ss") == ("analyst", "pa:ss")
    with pytest.raises(ConfigError):
        parse_auth("no-colon")


def test_chat_messages_pair_every_turn_even_errors():
    from assistant.ui.handlers import chat_messages, feedback_choices, history_of

    turns = [{"question": "q1", "answer": answer(), "html": "<div>a1</div>"},
             {"question": "", "answer": None, "html": "<div>error</div>"},
             {"question": "q3", "answer": None, "html": None}]
    msgs = chat_messages(turns)
    assert [m["role"] for m in msgs] == ["user", "assistant"] * 3
    assert "empty question" in msgs[2]["content"] and "Retrieving" in msgs[5]["content"]
    assert history_of(turns) == [("q1", answer().text)]
    assert feedback_choices(turns) == [("#1 · q1", 0)]


def test_spec_report_renders_findings_by_severity_and_escapes():
    checker = pytest.importorskip("assistant.spec.checker")
    finding = checker.Finding(id="f1", rule="consent", kind="rule", severity="high", title="<b>未取得同意</b>",
                              recommendation="取得书面同意", requirement="r1", line=12, section="3.1",
                              evidence=["系统自动查询征信"], citations=[citation(quote="")])
    low = finding.model_copy(update={"id": "f0", "severity": "low", "title": "minor"})
    doc = checker.DocumentReport(path="/tmp/a.md", name="a.md", findings=[low, finding])
    broken = checker.DocumentReport(path="/tmp/b.pdf", name="b.pdf", status="error", error="b.pdf: unreadable")
    html = render.spec_report_html([doc, broken], "zh")
    assert "ca-finding--high" in html and "&lt;b&gt;未取得同意&lt;/b&gt;" in html and "<b>未取得" not in html
    assert "第 12 行 · 3.1" in html and "系统自动查询征信" in html and "取得书面同意" in html
    assert 'data-chunk="pipl-2021:13:0"' in html
    assert 'ca-sev--high">高 1' in html
    assert "ca-error" in html and "b.pdf: unreadable" in html
    assert html.index("ca-finding--high") < html.index("ca-finding--low")  # most severe first
    assert "ca-panel--empty" in render.spec_report_html([], "en")


def test_only_verified_is_green_and_every_badge_says_what_was_checked():
    from importlib import resources

    css = resources.files("assistant").joinpath("ui/static.css").read_text(encoding="utf-8")
    green = [line for line in css.splitlines() if "--ca-green" in line and ".ca-badge--" in line]
    assert len(green) == 1 and ".ca-badge--verified" in green[0]
    for status in ("verified", "quoted", "contradicted", "not_covered"):
        html = render.answer_message_html(answer(status=status, verifiers=["grounding"]))
        assert "ca-answer__meaning" in html and "ca-answer__checks" in html
    offline = render.answer_message_html(answer(status="quoted", verifiers=["grounding"]))
    assert "仅确定性核查" in offline and "没有第二个模型" in offline


def test_follow_up_shows_the_standalone_question_above_the_answer():
    plain = render.answer_message_html(answer())
    assert "ca-answered-as" not in plain
    rewritten = render.answer_message_html(answer(question="那跨境的情况呢？", standalone_question="个人信息可以跨境提供吗？"))
    assert rewritten.index("ca-answered-as") < rewritten.index("ca-answer__body")
    assert "已按以下问题回答" in rewritten and "个人信息可以跨境提供吗？" in rewritten


def test_refusals_share_one_notice_style_and_closest_clauses_are_previews():
    closest = [citation(marker=1, quote="", chunk_id="pipl-2021:a6:0", short_title="个人信息保护法", label="第六条")]
    missing = answer(status="not_covered", citations=[], claims=[], verifications=[], closest=closest,
                     notices=["《个人信息保护法》第九十九条不存在：该文本共七十四条"],
                     text="《个人信息保护法》第九十九条不存在：该文本共七十四条\n\n已索引的法规和内部制度未能充分支持对该问题的回答。")
    unindexed = answer(status="not_covered", citations=[], claims=[], verifications=[], closest=closest,
                       notices=["《民法典》尚未收录（未索引）"], text="已索引的法规和内部制度未能充分支持对该问题的回答。")
    for a in (missing, unindexed):
        msg = render.answer_message_html(a, {"pipl-2021:a6:0": "处理个人信息应当具有明确、合理的目的"})
        assert msg.count("ca-notice--refusal") == 1 and "ca-notice\"" not in msg
        assert "非答案，仅供参考" in msg and "ca-chunk--pipl-2021__a6__0" in msg
        assert "处理个人信息应当具有明确、合理的目的" in msg
    assert render.answer_message_html(missing).count("第九十九条不存在") == 1  # said once, in the notice
    panel = render.citations_panel_html(missing, {"pipl-2021:a6:0": "处理个人信息应当具有明确、合理的目的"})
    assert "非答案，仅供参考" in panel and "处理个人信息应当具有明确、合理的目的" in panel


def test_policies_are_labelled_as_internal_policies():
    policy = clause(chunk_id="policy-record-retention:a14:0", doc_id="policy-record-retention", kind="policy",
                    law="华信银行档案与记录保存管理办法", short_title="档案与记录保存管理办法", label="第十四条",
                    text="第十四条 客户身份资料……保存五年。")
    assert "<dt>内部制度</dt>" in render.article_html(policy) and "<dt>法规</dt>" in render.article_html(clause())
    assert "引用" not in render.corpus_placeholder_html()


def test_indexing_banner_and_not_ready_message():
    from assistant.errors import IndexNotReady
    from assistant.ui.live import LiveAssistant
    from ingest.background import IndexingStatus

    status = IndexingStatus()
    status.phase("reading", total=14)
    status.step(3)
    assert "3 / 14" in render.indexing_banner_html(status.snapshot(), ready=False)
    status.phase("embedding", total=200)
    status.step(32)
    state = status.snapshot()
    assert state["seconds_left"] is None  # not measured long enough to estimate honestly
    banner = render.indexing_banner_html(state, ready=False)
    assert "32 / 200" in banner and "正在测算剩余时间" in banner and "索引完成后即可提问" in banner
    state.update(seconds_left=150.0)
    assert "预计最多还需 3 分钟" in render.indexing_banner_html(state, ready=True)
    live = LiveAssistant(None, status)
    with pytest.raises(IndexNotReady, match="32/200"):
        live.ask("个人信息保护法第十三条规定了什么？")
    assert live.documents() == [] and not live.ready
    status.phase("done", 0)
    assert render.indexing_banner_html(status.snapshot()) == ""


def test_policy_conflicts_view_before_and_after_a_check():
    assert "检查" in render.policy_conflicts_html(None)
    assert "发现 0 处" in render.policy_conflicts_html([])
