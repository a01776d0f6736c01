"""Render check results: Markdown, HTML, JSON and JUnit XML (pure: strings in, strings out).

One report per document plus a summary across the batch. Output depends only on the results
(no timestamps, no timings), so two runs over the same inputs give byte-identical files.
"""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ET

from ..render import citation_title
from .findings import BatchReport, DocumentReport, Finding
from .rules import SEVERITY_RANK, severity_at_least

LABELS = {
    "zh": {
        "report": "合规检查报告", "summary": "合规检查汇总", "as_of": "检查基准日", "requirements": "需求条目",
        "findings": "发现的问题", "none": "未发现问题。", "where": "位置", "detail": "说明", "basis": "依据",
        "advice": "建议", "evidence": "原文", "per_requirement": "逐条需求", "line": "行", "text": "需求",
        "related": "相关条文", "obligations": "触发的义务", "notes": "备注", "error": "无法检查", "document": "文件",
        "status": "状态", "checked": "已检查", "gate": "门禁", "passed": "通过", "failed": "未通过",
        "no_gate": "未设置（--fail-on）", "reference": "规格书引用", "contents": "目录", "overview": "概览",
        "severity": "级别", "finding": "问题", "kind": "类型", "spec": "规格书", "policy": "内部制度",
        "policy_conflicts": "所依据的本行制度与法规冲突",
        "policy_conflicts_intro": "上述发现引用的本行制度条款本身弱于法规：按法规执行，并修订制度。",
        "top": "主要问题",
    },
    "en": {
        "report": "Compliance check report", "summary": "Compliance check summary", "as_of": "Checked as of",
        "requirements": "Requirements", "findings": "Findings", "none": "No findings.", "where": "Where",
        "detail": "Detail", "basis": "Basis", "advice": "Recommendation", "evidence": "Spec text",
        "per_requirement": "Requirements", "line": "Line", "text": "Requirement", "related": "Related clauses",
        "obligations": "Obligations triggered", "notes": "Notes", "error": "Could not be checked", "document": "Document",
        "status": "Status", "checked": "checked", "gate": "Gate", "passed": "passed", "failed": "failed",
        "no_gate": "not set (--fail-on)", "reference": "Spec's reference", "contents": "Contents", "overview": "Overview",
        "severity": "Severity", "finding": "Finding", "kind": "Kind", "spec": "spec", "policy": "internal policy",
        "policy_conflicts": "Internal policies relied on that conflict with the regulations",
        "policy_conflicts_intro": "Policy clauses cited above are themselves weaker than the regulation: follow the "
                                  "regulation and amend the policy.",
        "top": "Main findings",
    },
}
STATUS_MARK = {"present": "✓", "missing": "✗", "refused": "✗✗", "defect": "✗"}
TITLE_LIMIT = 160  # a finding title longer than this is shortened (at a word or phrase boundary) in tables


def _t(doc_or_lang, key: str) -> str:
    lang = doc_or_lang if isinstance(doc_or_lang, str) else doc_or_lang.language
    return LABELS.get(lang, LABELS["en"])[key]


def _counts_text(counts: dict[str, int]) -> str:
    return " / ".join(f"{counts[s]} {s}" for s in SEVERITY_RANK)


def _citation_text(c) -> str:
    label = citation_title(c)
    if c.status != "in_force":
        label += f"（{c.version_date}, {c.status}）"
    return label


_BREAK_AFTER = "，。；：、,;:)）》」 "


def shorten(text: str, limit: int) -> str:
    """`text` on one line; when longer than `limit`, cut at the last word or phrase boundary before it and
    marked with an ellipsis. Never cuts an English word; Chinese is cut after punctuation when one is near."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[:limit]
    ascii_word = text[limit - 1].isascii() and text[limit - 1].isalnum() and text[limit].isascii() and text[limit].isalnum()
    floor = limit * 2 // 3
    cut = max((head.rfind(ch) for ch in _BREAK_AFTER), default=-1)
    if cut >= floor:
        head = head[:cut + 1]
    elif ascii_word:  # inside an English word and no phrase boundary near: back off to the word's start
        space = head.rfind(" ")
        head = head[:space] if space > 0 else head
    return head.rstrip(" ,，、;；:") + "…"


def _md_cell(text: str, limit: int = 120) -> str:
    return shorten(text, limit).replace("|", "\\|")


def _anchor(f: Finding) -> str:
    """A stable HTML/Markdown anchor for a finding (its id holds characters an anchor should not)."""
    return "f-" + "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in f.id)


def ordered(findings: list[Finding]) -> list[Finding]:
    """HIGH before MEDIUM before LOW, keeping the checker's order within a severity."""
    return sorted(findings, key=lambda f: -SEVERITY_RANK.get(f.severity, 0))


# Markdown ------------------------------------------------------------------------------------------------


def document_markdown(doc: DocumentReport, as_of) -> str:
    t = lambda key: _t(doc, key)  # noqa: E731
    lines = [f"# {t('report')}: {doc.name}", ""]
    if doc.status == "error":
        lines += [f"**{t('error')}**: {doc.error}", ""]
        return "\n".join(lines)
    findings = ordered(doc.findings)
    lines += [f"- {t('document')}: `{doc.path}`", f"- {t('as_of')}: {as_of}",
              f"- {t('requirements')}: {len(doc.requirements)}", f"- {t('findings')}: {_counts_text(doc.counts())}", ""]
    if findings:
        lines += [f"| # | {t('severity')} | {t('finding')} | {t('where')} |", "| --- | --- | --- | --- |"]
        for n, f in enumerate(findings, 1):
            lines.append(f"| {n} | {f.severity.upper()} | [{_md_cell(f.title, TITLE_LIMIT)}](#{_anchor(f)}) | "
                         f"{_md_cell(_where(f), 40)} |")
        lines.append("")
    lines += [f"## {t('findings')}", ""]
    if not findings:
        lines += [t("none"), ""]
    for n, f in enumerate(findings, 1):
        lines += _finding_markdown(n, f, doc)
    if doc.policy_conflicts:
        lines += [f"## {t('policy_conflicts')}", "", t("policy_conflicts_intro"), ""]
        for n, f in enumerate(ordered(doc.policy_conflicts), 1):
            lines += _finding_markdown(n, f, doc, anchor=False)
    lines += [f"## {t('per_requirement')}", "", f"| {t('line')} | {t('text')} | {t('obligations')} | {t('related')} | {t('findings')} |",
              "| --- | --- | --- | --- | --- |"]
    for r in doc.requirements:
        obligations = "<br>".join(f"{STATUS_MARK[o.status]} {o.rule}" for o in r.obligations)
        related = "<br>".join(_md_cell(x.citation, 40) for x in r.related[:5])
        lines.append(f"| {r.line or r.label} | {_md_cell(r.text)} | {obligations} | {related} | {', '.join(r.findings)} |")
    lines.append("")
    if doc.notes:
        lines += [f"## {t('notes')}", ""] + [f"- {n}" for n in doc.notes] + [""]
    return "\n".join(lines)


def _where(f: Finding) -> str:
    return f.requirement + (f"（{f.section}）" if f.section else "")


def _finding_markdown(n: int, f: Finding, doc: DocumentReport, anchor: bool = True) -> list[str]:
    t = lambda key: _t(doc, key)  # noqa: E731
    out = [f'<a id="{_anchor(f)}"></a>', ""] if anchor else []
    out += [f"### {n}. [{f.severity.upper()}] {f.title}", "", f"- {t('where')}: {_where(f)}"]
    if f.detail:
        out.append(f"- {t('detail')}: {f.detail}")
    if f.reference:
        out.append(f"- {t('reference')}: {f.reference.text}")
    for c in f.citations:
        quote = f" — “{_md_cell(c.quote, 200)}”" if c.quote else ""
        out.append(f"- {t('basis')} [{c.marker}]: {_citation_text(c)} (`{c.chunk_id}`){quote}")
    out.append(f"- {t('advice')}: {f.recommendation}")
    for e in f.evidence[:6]:
        out.append(f"  - {t('evidence')}: {_md_cell(e, 160)}")
    out.append("")
    return out


def summary_markdown(batch: BatchReport, links: dict[str, str] | None = None) -> str:
    lang = _batch_language(batch)
    t = lambda key: _t(lang, key)  # noqa: E731
    links = links or {}
    gate = t("no_gate") if batch.fail_on is None else \
        f"--fail-on {batch.fail_on}: {t('failed') if batch.exit_code() else t('passed')}"
    lines = [f"# {t('summary')}", "", f"- {t('as_of')}: {batch.as_of}", f"- {t('findings')}: {_counts_text(batch.counts())}",
             f"- {t('gate')}: {gate}", "",
             f"| {t('document')} | {t('kind')} | {t('status')} | high | medium | low | {t('top')} |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for doc in batch.documents:
        name = _md_cell(doc.name, 80)
        if doc.path in links:
            name = f"[{name}]({links[doc.path]})"
        kind = t("policy") if doc.kind == "policy" else t("spec")
        if doc.status == "error":
            lines.append(f"| {name} | {kind} | {t('error')}: {_md_cell(doc.error or '', 100)} | | | | |")
            continue
        c = doc.counts()
        top = "<br>".join(f"[{f.severity}] {_md_cell(f.title, TITLE_LIMIT)}" for f in ordered(doc.findings)
                          if severity_at_least(f.severity, "medium"))
        lines.append(f"| {name} | {kind} | {t('checked')} | {c['high']} | {c['medium']} | {c['low']} | {top} |")
    lines.append("")
    return "\n".join(lines)


def _batch_language(batch: BatchReport) -> str:
    langs = [d.language for d in batch.documents if d.status == "checked"]
    return "zh" if langs.count("zh") >= langs.count("en") else "en"


# HTML ----------------------------------------------------------------------------------------------------

_CSS = """body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.5}
table{border-collapse:collapse;width:100%;font-size:.9em;margin:.5em 0 1em}td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f4f5f7;word-break:keep-all}td.num{text-align:right;width:4em}
.high{color:#fff;background:#b00020}.medium{color:#000;background:#ffb300}.low{color:#000;background:#cfe8ff}
.sev{padding:0 .4em;border-radius:3px;font-size:.8em;white-space:nowrap}blockquote{margin:.3em 0 .3em 1em;color:#555}
.finding{margin-bottom:1.2em;padding-top:.2em}nav.toc{background:#f8f9fb;border:1px solid #e2e4e8;border-radius:6px;padding:.6em 1em;margin:1em 0}
nav.toc ol{margin:.2em 0 .2em 1.2em;padding:0}nav.toc li{margin:.1em 0}.conflicts{border-left:4px solid #b00020;padding-left:1em}"""


def _page(title: str, body: list[str], lang: str) -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"{'zh-CN' if lang == 'zh' else 'en'}\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def _sev(severity: str) -> str:
    return f'<span class="sev {severity}">{severity.upper()}</span>'


def _finding_html(f: Finding, doc: DocumentReport, anchor: bool = True) -> str:
    e = html.escape
    t = lambda key: _t(doc, key)  # noqa: E731
    ident = f' id="{_anchor(f)}"' if anchor else ""
    parts = [f'<div class="finding"{ident}><h3>{_sev(f.severity)} {e(f.title)}</h3>',
             f"<p>{e(t('where'))}: {e(_where(f))}</p>"]
    if f.detail:
        parts.append(f"<p>{e(f.detail)}</p>")
    if f.reference:
        parts.append(f"<p>{e(t('reference'))}: {e(f.reference.text)}</p>")
    for c in f.citations:
        parts.append(f"<p>{e(t('basis'))} [{c.marker}]: <strong>{e(_citation_text(c))}</strong> "
                     f"<code>{e(c.chunk_id)}</code></p>")
        if c.quote:
            parts.append(f"<blockquote>{e(c.quote)}</blockquote>")
    parts.append(f"<p><strong>{e(t('advice'))}</strong>: {e(f.recommendation)}</p>")
    if f.evidence:
        parts.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in f.evidence[:6]) + "</ul>")
    parts.append("</div>")
    return "".join(parts)


def document_html(doc: DocumentReport, as_of) -> str:
    e = html.escape
    t = lambda key: _t(doc, key)  # noqa: E731
    body = [f"<h1>{e(t('report'))}: {e(doc.name)}</h1>"]
    if doc.status == "error":
        body.append(f"<p><strong>{e(t('error'))}</strong>: {e(doc.error or '')}</p>")
        return _page(doc.name, body, doc.language)
    findings = ordered(doc.findings)
    body.append(f"<p>{e(t('as_of'))}: {e(str(as_of))} · {e(t('requirements'))}: {len(doc.requirements)} · "
                f"{e(t('findings'))}: {e(_counts_text(doc.counts()))}</p>")
    toc = [f'<li><a href="#overview">{e(t("overview"))}</a></li>',
           f'<li><a href="#findings">{e(t("findings"))}</a> ({len(findings)})<ol>'
           + "".join(f'<li>{_sev(f.severity)} <a href="#{_anchor(f)}">{e(shorten(f.title, TITLE_LIMIT))}</a></li>'
                     for f in findings) + "</ol></li>"]
    if doc.policy_conflicts:
        toc.append(f'<li><a href="#policy-conflicts">{e(t("policy_conflicts"))}</a> ({len(doc.policy_conflicts)})</li>')
    toc.append(f'<li><a href="#requirements">{e(t("per_requirement"))}</a> ({len(doc.requirements)})</li>')
    if doc.notes:
        toc.append(f'<li><a href="#notes">{e(t("notes"))}</a></li>')
    body.append(f'<nav class="toc"><strong>{e(t("contents"))}</strong><ol>{"".join(toc)}</ol></nav>')
    c = doc.counts()
    body.append(f'<h2 id="overview">{e(t("overview"))}</h2><table><tr><th>high</th><th>medium</th><th>low</th>'
                f'<th>{e(t("requirements"))}</th></tr><tr><td class="num">{c["high"]}</td><td class="num">{c["medium"]}</td>'
                f'<td class="num">{c["low"]}</td><td class="num">{len(doc.requirements)}</td></tr></table>')
    body.append(f'<h2 id="findings">{e(t("findings"))}</h2>')
    if not findings:
        body.append(f"<p>{e(t('none'))}</p>")
    body += [_finding_html(f, doc) for f in findings]
    if doc.policy_conflicts:
        body.append(f'<section class="conflicts" id="policy-conflicts"><h2>{e(t("policy_conflicts"))}</h2>'
                    f"<p>{e(t('policy_conflicts_intro'))}</p>"
                    + "".join(_finding_html(f, doc, anchor=False) for f in ordered(doc.policy_conflicts)) + "</section>")
    body.append(f'<h2 id="requirements">{e(t("per_requirement"))}</h2><table><tr><th>{e(t("line"))}</th><th>{e(t("text"))}</th>'
                f"<th>{e(t('obligations'))}</th><th>{e(t('related'))}</th><th>{e(t('findings'))}</th></tr>")
    by_id = {f.id: f for f in doc.findings}
    for r in doc.requirements:
        obligations = "<br>".join(e(f"{STATUS_MARK[o.status]} {o.rule}") for o in r.obligations)
        related = "<br>".join(e(x.citation) for x in r.related[:5])
        links = " ".join(f'<a href="#{_anchor(by_id[fid])}">{e(fid)}</a>' for fid in r.findings if fid in by_id)
        body.append(f"<tr><td>{r.line or e(r.label)}</td><td>{e(r.text)}</td><td>{obligations}</td><td>{related}</td>"
                    f"<td>{links}</td></tr>")
    body.append("</table>")
    if doc.notes:
        body.append(f'<h2 id="notes">{e(t("notes"))}</h2><ul>' + "".join(f"<li>{e(n)}</li>" for n in doc.notes) + "</ul>")
    return _page(doc.name, body, doc.language)


def summary_html(batch: BatchReport, links: dict[str, str] | None = None) -> str:
    e = html.escape
    lang = _batch_language(batch)
    t = lambda key: _t(lang, key)  # noqa: E731
    links = links or {}
    gate = t("no_gate") if batch.fail_on is None else \
        f"--fail-on {batch.fail_on}: {t('failed') if batch.exit_code() else t('passed')}"
    body = [f"<h1>{e(t('summary'))}</h1>",
            f"<p>{e(t('as_of'))}: {batch.as_of} · {e(t('findings'))}: {e(_counts_text(batch.counts()))} · "
            f"{e(t('gate'))}: {e(gate)}</p>",
            f"<table><tr><th>{e(t('document'))}</th><th>{e(t('kind'))}</th><th>{e(t('status'))}</th><th>high</th>"
            f"<th>medium</th><th>low</th><th>{e(t('top'))}</th></tr>"]
    for doc in batch.documents:
        name = e(doc.name)
        if doc.path in links:
            name = f'<a href="{e(links[doc.path])}">{name}</a>'
        kind = e(t("policy") if doc.kind == "policy" else t("spec"))
        if doc.status == "error":
            body.append(f"<tr><td>{name}</td><td>{kind}</td><td colspan=5>{e(t('error'))}: {e(doc.error or '')}</td></tr>")
            continue
        c = doc.counts()
        target = links.get(doc.path, "")
        top = "<br>".join(f'{_sev(f.severity)} <a href="{e(target)}#{_anchor(f)}">{e(shorten(f.title, TITLE_LIMIT))}</a>'
                          if target else f"{_sev(f.severity)} {e(shorten(f.title, TITLE_LIMIT))}"
                          for f in ordered(doc.findings) if severity_at_least(f.severity, "medium"))
        body.append(f"<tr><td>{name}</td><td>{kind}</td><td>{e(t('checked'))}</td><td class=num>{c['high']}</td>"
                    f"<td class=num>{c['medium']}</td><td class=num>{c['low']}</td><td>{top}</td></tr>")
    body.append("</table>")
    return _page(t("summary"), body, lang)


# JSON ----------------------------------------------------------------------------------------------------


def document_json(doc: DocumentReport, as_of) -> str:
    payload = {"as_of": str(as_of), "counts": doc.counts(), **doc.model_dump(mode="json")}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def batch_json(batch: BatchReport) -> str:
    payload = {
        "as_of": str(batch.as_of), "fail_on": batch.fail_on, "exit_code": batch.exit_code(), "counts": batch.counts(),
        "summary": [{"path": d.path, "name": d.name, "kind": d.kind, "status": d.status, "error": d.error,
                     "counts": d.counts()} for d in batch.documents],
        "documents": [d.model_dump(mode="json") for d in batch.documents],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


# JUnit XML -----------------------------------------------------------------------------------------------


def junit_xml(batch: BatchReport) -> str:
    """One <testsuite> per document, one <testcase> per requirement. Findings at or above --fail-on are
    <failure>s (one per requirement, messages joined); lower ones, or all when no gate is set, go to
    <system-out>. A document that could not be read is a suite with one <error>."""
    root = ET.Element("testsuites", name="assistant check", tests="0", failures="0", errors="0")
    total = {"tests": 0, "failures": 0, "errors": 0}
    for doc in batch.documents:
        suite = ET.SubElement(root, "testsuite", name=doc.name, file=doc.path)
        if doc.status == "error":
            case = ET.SubElement(suite, "testcase", classname=doc.name, name="load")
            ET.SubElement(case, "error", message=doc.error or "unreadable", type="UnreadableDocument").text = doc.error
            counts = {"tests": 1, "failures": 0, "errors": 1}
        else:
            by_id = {f.id: f for f in doc.findings}
            failures = 0
            for req in doc.requirements:
                name = f"{req.id} {_short(req.text)}".strip()
                case = ET.SubElement(suite, "testcase", classname=doc.name, name=name)
                findings = [by_id[i] for i in req.findings]
                failing = [f for f in findings if severity_at_least(f.severity, batch.fail_on)]
                if failing:
                    failures += 1
                    message = "; ".join(f"[{f.severity}] {f.title}" for f in failing)
                    body = "\n\n".join(_finding_text(f) for f in failing)
                    ET.SubElement(case, "failure", message=message, type=failing[0].severity).text = body
                quiet = [f for f in findings if f not in failing]
                if quiet:
                    ET.SubElement(case, "system-out").text = "\n\n".join(_finding_text(f) for f in quiet)
            counts = {"tests": len(doc.requirements), "failures": failures, "errors": 0}
        for k, v in counts.items():
            suite.set(k, str(v))
            total[k] += v
    for k, v in total.items():
        root.set(k, str(v))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _short(text: str, limit: int = 50) -> str:
    return shorten(text, limit)


def _finding_text(f: Finding) -> str:
    basis = "; ".join(f"{_citation_text(c)} ({c.chunk_id})" for c in f.citations)
    return f"[{f.severity}] {f.title}\n{f.detail}\nBasis: {basis}\nRecommendation: {f.recommendation}"
