"""Pure renderers for the web UI: `Answer` and `Clause` objects → HTML fragments.

Every string that comes from a user, a model or a regulation is HTML-escaped here; nothing else in
the UI builds markup. Chat messages are emitted as ONE line of HTML (no blank lines), so the chat
widget's Markdown parser passes them through as a single HTML block instead of re-interpreting
`*`, `#` or `1.` found in clause texts.
"""

from __future__ import annotations

import re
from html import escape

from ..messages import STATUS_TEXT, WORDING_HINT_MARK, answer_checks_line, clause_status_label, status_meaning
from ..render import citation_title
from ..text.articles import format_label
from ..types import Answer, Citation, Clause

# status → (css modifier, icon, zh label, en label); colours live in static.css
# Only "verified" is green; "quoted" (offline, nobody judged relevance) is neutral. Labels: assistant/messages.py.
BADGES = {
    status: (css, icon, STATUS_TEXT[status][0], STATUS_TEXT[status][1])
    for status, (css, icon) in {
        "verified": ("verified", "✓"),
        "quoted": ("quoted", "❝"),
        "partially_verified": ("partial", "◐"),
        "unverified": ("unverified", "?"),
        "contradicted": ("contradicted", "✕"),
        "not_covered": ("not-covered", "∅"),
    }.items()
}
VERDICTS = {
    "supported": ("supported", "✓", "有依据", "supported"),
    "not_supported": ("unsupported", "⚠", "依据不足", "not supported"),
    "contradicted": ("contradicted", "✕", "与条文不符", "contradicted"),
}
MARKER = re.compile(r"\[(\d{1,3})\]")
FLAG = re.compile(r"((?:⚠️|⛔|✕)\[[^\]\n]{1,40}\])")  # ✕ renders without an emoji font
MAX_QUOTE_PATTERN = 4000  # longer quotes are highlighted by their first part only


def esc(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def _lines(text: str) -> str:
    """Escaped text with line breaks as <br> (keeps the output on one line); blank lines collapse to one break."""
    text = re.sub(r"\n[ \t\u3000]*(?:\n[ \t\u3000]*)+", "\n", (text or "").replace("\r", ""))
    return "<br>".join(esc(line) for line in text.split("\n"))


def _t(language: str, zh: str, en: str) -> str:
    return zh if language == "zh" else en


# badges --------------------------------------------------------------------------------
def badge_html(status: str, language: str = "zh") -> str:
    css, icon, zh, en = BADGES.get(status, BADGES["unverified"])
    primary, secondary = (zh, en) if language == "zh" else (en, zh)
    return (
        f'<span class="ca-badge ca-badge--{css}" data-status="{esc(status)}" title="{esc(status_meaning(status, language))}">'
        f'<span class="ca-badge__icon">{icon}</span>{esc(primary)}'
        f'<span class="ca-badge__alt">{esc(secondary)}</span></span>'
    )


def clause_status_html(status: str, language: str = "zh") -> str:
    return f'<span class="ca-pill ca-pill--{esc(status)}">{esc(clause_status_label(status, language))}</span>'


# the answer in the chat ----------------------------------------------------------------
def answer_body_html(text: str) -> str:
    """Answer text: escaped, [n] markers as superscripts, ⚠️/⛔ flags as warning chips."""
    out = []
    for part in FLAG.split(text or ""):
        if FLAG.fullmatch(part):
            kind = "contradicted" if part.startswith(("⛔", "✕")) else "unsupported"
            out.append(f'<span class="ca-flag ca-flag--{kind}">{esc(part)}</span>')
            continue
        pos = 0
        for m in MARKER.finditer(part):
            out.append(_lines(part[pos:m.start()]))
            out.append(f'<sup class="ca-marker" data-marker="{m.group(1)}">[{m.group(1)}]</sup>')
            pos = m.end()
        out.append(_lines(part[pos:]))
    return "".join(out)


def claims_details_html(answer: Answer) -> str:
    """The verifiers' per-claim verdicts and reasons, folded away in a <details>."""
    lang = answer.language
    if not answer.claims and not answer.verifications:
        return ""
    supported = sum(1 for c in answer.claims if c.verdict == "supported")
    summary = _t(lang, f"核查详情：{supported}/{len(answer.claims)} 项陈述有条文依据",
                 f"Verification: {supported}/{len(answer.claims)} claims supported by the cited clauses")
    items = []
    for claim in answer.claims:
        css, icon, zh, en = VERDICTS.get(claim.verdict, VERDICTS["not_supported"])
        markers = "".join(f"[{m}]" for m in claim.markers)
        reasons = "".join(f"<li>{esc(r)}</li>" for r in claim.reasons)
        items.append(
            f'<li class="ca-claim ca-claim--{css}"><span class="ca-claim__verdict">{icon} {esc(_t(lang, zh, en))}</span> '
            f'<span class="ca-claim__text">{esc(claim.text)}</span> <span class="ca-claim__markers">{esc(markers)}</span>'
            + (f'<ul class="ca-claim__reasons">{reasons}</ul>' if reasons else "") + "</li>"
        )
    ran = []
    for v in answer.verifications:
        state = _t(lang, "已运行", "ran") if v.ran else (v.error or _t(lang, "未运行", "did not run"))
        ran.append(f"<li>{esc(v.verifier)}: {esc(state)}</li>")
    verifiers = (f'<div class="ca-claims__verifiers">{esc(_t(lang, "核查器", "Verifiers"))}：<ul>{"".join(ran)}</ul></div>'
                 if ran else "")
    return (f'<details class="ca-claims"><summary>{esc(summary)}</summary>'
            f'<ul class="ca-claims__list">{"".join(items)}</ul>{verifiers}</details>')


def answer_message_html(answer: Answer, snippets: dict[str, str] | None = None) -> str:
    """The assistant's chat message: the question answered (for follow-ups), badge, notices, answer text,
    closest clauses (refusals), verifier details. `snippets` (chunk_id → text) previews closest clauses."""
    lang = answer.language
    parts = [f'<div class="ca-answer" data-status="{esc(answer.status)}">', answered_as_html(answer),
             f'<div class="ca-answer__head">{badge_html(answer.status, lang)}'
             f'<span class="ca-answer__checks">{esc(answer_checks_line(answer))}</span></div>',
             f'<div class="ca-answer__meaning">{esc(status_meaning(answer.status, lang))}</div>']
    body = answer.text
    if answer.status == "not_covered":
        # Every reason for a refusal (a missing article, an unindexed law, weak evidence) in one notice style.
        reasons = list(dict.fromkeys(n.strip() for n in answer.notices if n.strip()))
        for reason in reasons:
            body = body.replace(reason, "", 1)
        body = re.sub(r"^[\s：:。.]+", "", body)
        parts += [f'<div class="ca-notice ca-notice--refusal" role="note">{esc(n)}</div>' for n in reasons]
    else:
        parts += [f'<div class="ca-notice">{esc(n)}</div>' for n in answer.notices if not _already_said(n, answer.text)]
    if answer.wording_hint:
        parts.append(wording_hint_html(answer.wording_hint))
    parts.append(f'<div class="ca-answer__body">{answer_body_html(body)}</div>')
    if answer.status == "not_covered" and answer.closest:
        parts.append(closest_html(answer.closest, lang, snippets or {}))
    elif answer.citations:
        hint = _t(lang, "点击右侧引用可查看条文全文。", "Click a citation on the right to read the full article.")
        parts.append(f'<div class="ca-answer__hint">{esc(hint)}</div>')
    parts.append(claims_details_html(answer))
    parts.append("</div>")
    return "".join(parts)


def wording_hint_html(hint: str) -> str:
    """The note that the question's words are far from the texts' (Answer.wording_hint), under the notices."""
    return f'<div class="ca-notice ca-notice--wording" role="note">{WORDING_HINT_MARK} {esc(hint)}</div>'


NOT_AN_ANSWER = ("非答案，仅供参考", "not an answer, for reference only")


def chunk_class(chunk_id: str) -> str:
    """A CSS class carrying a chunk id (pipl-2021:a6:0 → ca-chunk--pipl-2021__a6__0)."""
    return "ca-chunk--" + re.sub(r"[^A-Za-z0-9_-]", lambda m: "__" if m.group(0) == ":" else "_", chunk_id)


def closest_html(closest: list[Citation], language: str, snippets: dict[str, str]) -> str:
    """A refusal's closest clauses: each one clickable (opens the article) with a preview of its text."""
    title = _t(language, "最接近的条文", "Closest clauses")
    tag = f'{NOT_AN_ANSWER[0]} · {NOT_AN_ANSWER[1]}'
    items = []
    for c in closest:
        snippet = snippets.get(c.chunk_id) or c.quote
        preview = f'<span class="ca-closest__snippet">{esc(clip(snippet, 90))}</span>' if snippet else ""
        # The chat's sanitizer drops data-* attributes and buttons: the chunk id travels in a class name.
        items.append(f'<li><span class="ca-closest__item {chunk_class(c.chunk_id)}" '
                     f'title="{esc(_t(language, "查看条文全文", "Open the full article"))}">'
                     f'<span class="ca-closest__label">{esc(citation_title(c))}{_version_suffix(c)}</span>{preview}</span></li>')
    return (f'<div class="ca-closest"><div class="ca-closest__title">{esc(title)} '
            f'<span class="ca-closest__tag">{esc(tag)}</span></div><ul>{"".join(items)}</ul></div>')


def answered_as_html(answer: Answer) -> str:
    """Above a follow-up's answer: the standalone question the system actually answered."""
    from ..render import answered_as

    rewritten = answered_as(answer)
    if not rewritten:
        return ""
    label = _t(answer.language, "已按以下问题回答", "Answered as")
    return (f'<div class="ca-answered-as" title="{esc(_t(answer.language, "追问已改写为完整问题", "The follow-up was rewritten into a standalone question"))}">'
            f'<span class="ca-answered-as__label">{esc(label)}</span> <span class="ca-answered-as__q">{esc(rewritten)}</span></div>')


def _already_said(notice: str, text: str) -> bool:
    """A notice the answer text already opens with (the offline heading) is not repeated above it."""
    core = notice.strip().rstrip("。.:：")
    return bool(core) and core in text


def _version_suffix(c: Citation) -> str:
    return f' <span class="ca-muted">({esc(c.version_date)})</span>' if c.version_date else ""


def question_message_html(question: str) -> str:
    return f'<div class="ca-question">{_lines(question)}</div>'


def error_message_html(message: str, language: str = "zh") -> str:
    title = _t(language, "无法完成请求", "The request could not be completed")
    return (f'<div class="ca-error" role="alert"><div class="ca-error__title">{esc(title)}</div>'
            f'<div>{_lines(message)}</div></div>')


# citations panel -----------------------------------------------------------------------
def citation_card_html(c: Citation, language: str = "zh", closest: bool = False, snippet: str = "") -> str:
    lang = language
    marker = "" if closest else f'<span class="ca-cite__marker">[{c.marker}]</span>'
    meta = [
        f'{esc(_t(lang, "版本", "Version"))} {esc(c.version_date or "—")}',
        f'{esc(_t(lang, "施行", "Effective"))} {esc(c.effective_date or "—")}',
    ]
    preview = c.quote or snippet
    quote = f'<div class="ca-cite__quote">{esc(clip(preview, 160))}</div>' if preview else ""
    return (
        f'<button type="button" class="ca-cite" data-chunk="{esc(c.chunk_id)}" data-marker="{c.marker}" '
        f'data-quote="{esc(c.quote)}" title="{esc(_t(lang, "查看条文全文", "Open the full article"))}">'
        f'<div class="ca-cite__head">{marker}<span class="ca-cite__title">{esc(citation_title(c))}</span>'
        f'{clause_status_html(c.status, lang)}</div>'
        f'<div class="ca-cite__law">{esc(c.law)}</div>'
        f'<div class="ca-cite__meta">{" · ".join(meta)}</div>{quote}</button>'
    )


def citations_panel_html(answer: Answer | None, snippets: dict[str, str] | None = None) -> str:
    if answer is None:
        return ('<div class="ca-panel ca-panel--empty">引用条文将显示在这里。<br>'
                '<span class="ca-muted">Citations of the selected answer appear here.</span></div>')
    lang = answer.language
    if answer.citations:
        title = _t(lang, f"引用条文（{len(answer.citations)}）", f"Citations ({len(answer.citations)})")
        cards = "".join(citation_card_html(c, lang) for c in answer.citations)
    elif answer.closest:
        title = _t(lang, f"最接近的条文（{NOT_AN_ANSWER[0]}）", f"Closest clauses ({NOT_AN_ANSWER[1]})")
        cards = "".join(citation_card_html(c, lang, closest=True, snippet=(snippets or {}).get(c.chunk_id, ""))
                        for c in answer.closest)
    else:
        title = _t(lang, "没有可引用的条文", "No clause to cite")
        cards = ""
    return f'<div class="ca-panel"><div class="ca-panel__title">{esc(title)}</div>{cards}</div>'


def clip(text: str, n: int) -> str:
    """`text` on one line, cut to at most `n` characters with an ellipsis."""
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


# the full article ----------------------------------------------------------------------
def find_span(text: str, quote: str) -> tuple[int, int] | None:
    """Where `quote` occurs in `text`, tolerating whitespace and line breaks the quote collapsed."""
    quote = (quote or "").strip().strip("…").strip()
    if not quote or not text:
        return None
    pos = text.find(quote)
    if pos >= 0:
        return pos, pos + len(quote)
    chars = [ch for ch in quote[:MAX_QUOTE_PATTERN] if not ch.isspace()]
    if not chars:
        return None
    m = re.search(r"\s*".join(re.escape(ch) for ch in chars), text)
    return (m.start(), m.end()) if m else None


def highlight_html(text: str, quote: str = "") -> str:
    """The clause text, escaped, with the quoted span wrapped in <mark>."""
    span = find_span(text, quote)
    if span is None:
        return _lines(text)
    a, b = span
    return f'{_lines(text[:a])}<mark class="ca-quote">{_lines(text[a:b])}</mark>{_lines(text[b:])}'


def article_html(clause: Clause | None, quote: str = "", language: str = "zh") -> str:
    lang = language
    if clause is None:
        return (f'<div class="ca-article ca-article--missing">'
                f'{esc(_t(lang, "未找到该条文（索引可能已更新）。", "The article was not found (the index may have changed)."))}</div>')
    rows = [
        (_t(lang, "内部制度", "Internal policy") if clause.kind == "policy" else _t(lang, "法规", "Law"), esc(clause.law)),
        (_t(lang, "章节", "Chapter"), esc(clause.chapter or "—")),
        (_t(lang, "版本日期", "Version"), esc(clause.version_date or "—")),
        (_t(lang, "施行日期", "Effective"), esc(clause.effective_date or "—")
         + (f' – {esc(clause.effective_until)}' if clause.effective_until else "")),
        (_t(lang, "状态", "Status"), clause_status_html(clause.status, lang)),
    ]
    meta = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows)
    found = find_span(clause.text, quote) is not None
    note = ""
    if quote and not found:
        note = f'<div class="ca-muted">{esc(_t(lang, "引文未能在条文中精确定位。", "The quoted span could not be located exactly."))}</div>'
    source = clause.source.replace("\\", "/").rsplit("/", 1)[-1] if clause.source else ""
    return (
        f'<div class="ca-article" data-chunk="{esc(clause.chunk_id)}">'
        f'<div class="ca-article__title">{esc(citation_title(clause))}</div>'
        f'<dl class="ca-article__meta">{meta}</dl>{note}'
        f'<div class="ca-article__text">{highlight_html(clause.text, quote)}</div>'
        + (f'<div class="ca-article__source ca-muted">{esc(source)}</div>' if source else "")
        + "</div>"
    )


def corpus_placeholder_html() -> str:
    return ('<div class="ca-article ca-article--empty">选择法规或内部制度及条文，即可在此阅读全文。<br>'
            '<span class="ca-muted">Pick a law or policy and an article to read it here.</span></div>')


def article_placeholder_html() -> str:
    return ('<div class="ca-article ca-article--empty">点击引用查看条文全文，引用的原文将高亮显示。<br>'
            '<span class="ca-muted">Click a citation to read the full article with the quoted text highlighted.</span></div>')


# status line and corpus table ----------------------------------------------------------
def status_line_html(status: dict) -> str:
    verifiers = ", ".join(status.get("verifiers") or []) or "—"
    llm_verifier = status.get("llm_verifier")
    items = [
        ("生成 Generator", status.get("generator", "—")),
        ("核查 Verifiers", verifiers + (f" (LLM: {llm_verifier})" if llm_verifier else "")),
        ("向量 Embedder", status.get("embedder", "—")),
        ("语料 Corpus", f'{status.get("documents", 0)} 部文件 documents · {status.get("clauses", 0)} 条 clauses'),
        ("基准日 As of", status.get("as_of", "—")),
    ]
    parts = "".join(f'<span class="ca-status__item"><b>{esc(k)}</b> {esc(v)}</span>' for k, v in items)
    offline = ('<span class="ca-status__offline">离线模式（未配置生成式模型）· offline mode (no generative model configured)</span>'
               if status.get("offline") else "")
    return f'<div class="ca-status">{offline}{parts}</div>'


def header_html(status: dict | None = None) -> str:
    line = status_line_html(status) if status else ""
    return (
        '<header class="ca-header"><div class="ca-header__brand"><span class="ca-header__logo">合</span>'
        '<div><div class="ca-header__name">合规助手 · Compliance Assistant</div>'
        '<div class="ca-header__tag">有出处、经核查的法规问答 · Cited, verified answers from regulations and internal policies</div>'
        f"</div></div>{line}</header>"
    )


DOCUMENT_COLUMNS = ["名称 Title", "简称 Short", "类型 Kind", "法域 Area", "版本 Version", "施行 Effective",
                    "状态 Status", "条数 Art."]
KIND_LABELS = {"regulation": "法规", "policy": "内部制度"}


def document_rows(docs: list[dict]) -> list[list]:
    return [[d.get("law", ""), d.get("short_title", ""), KIND_LABELS.get(d.get("kind", ""), d.get("kind", "")),
             d.get("jurisdiction", ""),
             d.get("version_date", ""), d.get("effective_date", ""), clause_status_label(d.get("status"), "zh"),
             d.get("articles", 0)] for d in docs]


def document_choice(d: dict) -> tuple[str, str]:
    """(label, doc_id) for a dropdown: the short title plus its version keeps versions apart."""
    version = f" ({d['version_date']})" if d.get("version_date") else ""
    return f"{d.get('short_title') or d.get('law')}{version}", d["doc_id"]


def article_choice(c: Clause) -> tuple[str, str]:
    first = clip(c.text.split("\n", 1)[-1] if "\n" in c.text else c.text, 40)
    return f"{c.label or '—'} · {first}", c.chunk_id


# spec review ---------------------------------------------------------------------------
SEVERITIES = {"high": ("高", "high"), "medium": ("中", "medium"), "low": ("低", "low")}


def spec_report_html(reports: list, language: str = "zh") -> str:
    """Findings of checked spec documents (assistant.spec DocumentReport objects), most severe first, with a
    summary table (counts per document, links to each document) when more than one was checked."""
    lang = language
    if not reports:
        return (f'<div class="ca-panel ca-panel--empty">{esc(_t(lang, "上传需求文档或制度文件后点击“审查”。", "Upload a spec or policy and press Check."))}</div>')
    summary = _spec_summary_html(reports, lang) if len(reports) > 1 else ""
    return summary + "".join(_spec_document_html(r, lang, i) for i, r in enumerate(reports))


def _spec_summary_html(reports: list, lang: str) -> str:
    head = "".join(f"<th>{esc(h)}</th>" for h in (_t(lang, "文件", "Document"), _t(lang, "高", "High"),
                                                   _t(lang, "中", "Medium"), _t(lang, "低", "Low")))
    rows = []
    for i, r in enumerate(reports):
        link = f'<a href="#ca-spec-doc-{i}">{esc(r.name)}</a>'
        if r.status == "error":
            rows.append(f'<tr><td>{link}</td><td colspan="3">{esc(_t(lang, "无法检查", "could not be checked"))}</td></tr>')
            continue
        c = r.counts()
        rows.append(f"<tr><td>{link}</td>" + "".join(
            f'<td class="ca-num"><span class="ca-sev ca-sev--{s}">{c.get(s, 0)}</span></td>' for s in SEVERITIES) + "</tr>")
    return f'<table class="ca-spec-summary"><tr>{head}</tr>{"".join(rows)}</table>'


def _spec_document_html(report, lang: str, index: int = 0) -> str:
    head = f'<div class="ca-spec__name">{esc(report.name)}</div>'
    if report.status == "error":
        return f'<div class="ca-spec" id="ca-spec-doc-{index}">{head}{error_message_html(report.error or "", lang)}</div>'
    counts = report.counts()
    summary = " ".join(
        f'<span class="ca-sev ca-sev--{esc(s)}">{esc(_t(lang, zh, en))} {counts.get(s, 0)}</span>'
        for s, (zh, en) in SEVERITIES.items()
    )
    meta = esc(_t(lang, f"{len(report.requirements)} 条要求，{len(report.findings)} 项发现",
                  f"{len(report.requirements)} requirements, {len(report.findings)} findings"))
    if not report.findings:
        body = f'<div class="ca-spec__ok">{esc(_t(lang, "未发现问题。", "No findings."))}</div>'
    else:
        body = "".join(_finding_html(f, lang) for f in _ranked(report.findings))
    conflicts = getattr(report, "policy_conflicts", None) or []
    if conflicts:
        title = _t(lang, "所依据的本行制度与法规冲突", "Internal policies relied on that conflict with the regulations")
        body += (f'<div class="ca-spec__conflicts"><div class="ca-spec__subtitle">{esc(title)}</div>'
                 + "".join(_finding_html(f, lang) for f in _ranked(conflicts)) + "</div>")
    notes = "".join(f"<li>{esc(n)}</li>" for n in report.notes)
    notes = f'<details class="ca-spec__notes"><summary>{esc(_t(lang, "说明", "Notes"))}</summary><ul>{notes}</ul></details>' if notes else ""
    return (f'<div class="ca-spec" id="ca-spec-doc-{index}">{head}<div class="ca-spec__summary">{summary} '
            f'<span class="ca-muted">{meta}</span></div>{body}{notes}</div>')


def _ranked(findings: list) -> list:
    return sorted(findings, key=lambda f: list(SEVERITIES).index(f.severity) if f.severity in SEVERITIES else 9)


def policy_conflicts_html(reports: list | None, language: str = "zh") -> str:
    """The policy-vs-regulation conflicts of every indexed internal policy (DocumentReport objects of
    kind "policy"); None means the check has not run yet."""
    lang = language
    if reports is None:
        hint = _t(lang, "点击“检查”，将每部内部制度与其实施的法规逐条比对（期限、数字、义务用语）。",
                  "Press Check to compare every internal policy with the regulations it implements "
                  "(time limits, numbers, modality).")
        return f'<div class="ca-panel ca-panel--empty">{esc(hint)}</div>'
    conflicts = [(r, f) for r in reports for f in r.findings if f.kind == "conflict"]
    checked = _t(lang, f"已检查 {len(reports)} 部内部制度，发现 {len(conflicts)} 处与法规冲突。",
                 f"{len(reports)} internal policies checked; {len(conflicts)} conflicts with the regulations.")
    if not conflicts:
        return f'<div class="ca-conflicts"><div class="ca-spec__ok">{esc(checked)}</div></div>'
    parts = [f'<div class="ca-conflicts"><div class="ca-conflicts__summary">{esc(checked)}</div>']
    for report in reports:
        mine = _ranked([f for f in report.findings if f.kind == "conflict"])
        if mine:
            parts.append(f'<div class="ca-spec"><div class="ca-spec__name">{esc(report.name)} '
                         f'<span class="ca-kind">{esc(_t(lang, "内部制度", "internal policy"))}</span></div>'
                         + "".join(_finding_html(f, lang) for f in mine) + "</div>")
    parts.append("</div>")
    return "".join(parts)


def _where(f, lang: str) -> str:
    if f.line:
        where = _t(lang, f"第 {f.line} 行", f"line {f.line}")
    elif re.fullmatch(r"A\d+", f.requirement or ""):
        where = format_label(int(f.requirement[1:]), language=lang)
    else:
        where = f.requirement or ""
    return where + (f" · {f.section}" if f.section else "")


def _finding_html(f, lang: str) -> str:
    zh, en = SEVERITIES.get(f.severity, (f.severity, f.severity))
    where = _where(f, lang)
    evidence = "".join(f"<li>{esc(e)}</li>" for e in f.evidence)
    cites = "".join(citation_card_html(c, lang) for c in f.citations)
    return (
        f'<div class="ca-finding ca-finding--{esc(f.severity)}">'
        f'<div class="ca-finding__head"><span class="ca-sev ca-sev--{esc(f.severity)}">{esc(_t(lang, zh, en))}</span>'
        f'<span class="ca-finding__title">{esc(f.title)}</span><span class="ca-muted">{esc(where)}</span></div>'
        + (f'<div class="ca-finding__detail">{_lines(f.detail)}</div>' if f.detail else "")
        + (f'<ul class="ca-finding__evidence">{evidence}</ul>' if evidence else "")
        + f'<div class="ca-finding__rec"><b>{esc(_t(lang, "建议", "Recommendation"))}：</b>{_lines(f.recommendation)}</div>'
        + (f'<div class="ca-finding__cites">{cites}</div>' if cites else "")
        + "</div>"
    )


# background indexing -------------------------------------------------------------------
def indexing_banner_html(state: dict | None, ready: bool = True) -> str:
    """What background indexing is doing (ingest.background.IndexingStatus.snapshot()); empty when done."""
    if not state or state["phase"] == "done":
        return ""
    if state["phase"] == "failed":
        return (f'<div class="ca-banner ca-banner--error" role="status">索引失败：{esc(state["error"])}。'
                f'{"仍可使用此前已建立的索引。" if ready else ""}<span class="ca-muted">Indexing failed; see the server log.</span></div>')
    serving = ("可以提问：回答基于已建立的索引，完成后自动切换到新索引。" if ready else "索引完成后即可提问。")
    serving_en = ("You can ask now: answers use the existing index until the new one is ready."
                  if ready else "Questions can be asked when indexing completes.")
    if state["phase"] == "embedding" and state["total"]:
        pct = int(100 * state["done"] / state["total"])
        left = state.get("seconds_left")
        eta = (f"预计最多还需 {_duration(left)} · at most {_duration(left, 'en')} left" if left is not None
               else "正在测算剩余时间 · measuring the rate…")
        step = (f'正在嵌入条文 {state["done"]} / {state["total"]}（{state["files"]} 个文件）· '
                f'embedding clauses {state["done"]} of {state["total"]} from {state["files"]} files')
        bar = f'<div class="ca-banner__bar"><div style="width:{pct}%"></div></div>'
        return (f'<div class="ca-banner" role="status"><b>正在建立索引 · Indexing</b> {esc(step)} · {esc(eta)}{bar}'
                f'<div class="ca-muted">{esc(serving)} {esc(serving_en)}</div></div>')
    phase = {"starting": ("准备中", "starting"), "reading": ("正在读取文件", "reading files"),
             "writing": ("正在写入索引", "writing the index")}.get(state["phase"], (state["phase"], state["phase"]))
    count = f' {state["done"]} / {state["total"]}' if state["phase"] == "reading" and state["total"] else ""
    return (f'<div class="ca-banner" role="status"><b>正在建立索引 · Indexing</b> {esc(phase[0])}{esc(count)} · {esc(phase[1])}'
            f'<div class="ca-muted">{esc(serving)} {esc(serving_en)}</div></div>')


def _duration(seconds: float, language: str = "zh") -> str:
    minutes = int(seconds // 60) + (1 if seconds % 60 else 0)
    if seconds < 60:
        return "不到 1 分钟" if language == "zh" else "under a minute"
    return f"{minutes} 分钟" if language == "zh" else f"{minutes} min"
