"""The one way to run a spec check and write its reports: `assistant check`, the web UI's review and policy-conflict
tabs and the Slack bot all call `run_check`, and render or write the `BatchReport` it returns with the functions
below."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .checker import CheckOptions, SpecChecker
from .findings import BatchReport

FORMATS = ("md", "html", "json", "junit")
SUFFIX = {"md": ".md", "html": ".html", "json": ".json", "junit": ".junit.xml"}


def run_check(assistant, paths: Iterable[Path], options: CheckOptions | None = None) -> BatchReport:
    """Check every document under `paths` (and, with `options.policies`, every indexed internal policy against the
    regulations it implements). One bad file gets its own error entry; it never aborts the batch."""
    options = options or CheckOptions()
    checker = SpecChecker(assistant, options)
    batch = checker.check_paths([Path(p) for p in paths], progress=options.progress, policies=options.policies,
                                fail_on=options.fail_on)
    # Reports shown over the web or Slack name the files, never the server's (temp) paths.
    return batch.hide_paths() if options.shared else batch


def render(batch: BatchReport, fmt: str) -> str:
    """The whole batch as one text: the summary, then every document (stdout, a Slack upload, a download)."""
    from . import report

    if fmt == "json":
        return report.batch_json(batch)
    if fmt == "junit":
        return report.junit_xml(batch)
    if fmt == "html":
        return report.summary_html(batch) + "".join(report.document_html(d, batch.as_of) for d in batch.documents)
    parts = [report.summary_markdown(batch)] + [report.document_markdown(d, batch.as_of) for d in batch.documents]
    return "\n".join(parts)


def report_names(batch: BatchReport) -> dict[str, str]:
    """A file stem per document: its own stem, made unique in batch order (a.md, a-2.md …)."""
    names, used = {}, {"summary", "junit"}
    for doc in batch.documents:
        stem = Path(doc.path).stem if doc.kind == "spec" else f"policy-check-{Path(doc.path).stem}"
        candidate, n = stem, 2
        while candidate in used:
            candidate, n = f"{stem}-{n}", n + 1
        used.add(candidate)
        names[doc.path] = candidate
    return names


def write_reports(batch: BatchReport, out: Path, fmt: str) -> list[Path]:
    """One report per document plus a summary linking them (md, html, json), or junit.xml, into `out`."""
    from . import report

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def write(name: str, text: str) -> None:
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)

    if fmt == "junit":
        write("junit.xml", report.junit_xml(batch))
        return written
    names = report_names(batch)
    for doc in batch.documents:
        name = names[doc.path] + SUFFIX[fmt]
        if fmt == "md":
            write(name, report.document_markdown(doc, batch.as_of))
        elif fmt == "html":
            write(name, report.document_html(doc, batch.as_of))
        else:
            write(name, report.document_json(doc, batch.as_of))
    if fmt == "md":
        write("summary.md", report.summary_markdown(batch, {p: n + ".md" for p, n in names.items()}))
    elif fmt == "html":
        write("summary.html", report.summary_html(batch, {p: n + ".html" for p, n in names.items()}))
    else:
        write("summary.json", report.batch_json(batch))
    return written


def write_bundle(batch: BatchReport, out: Path, stem: str = "spec-report") -> list[Path]:
    """What the web UI offers for download: the whole batch as one Markdown, JSON and JUnit file each, and the
    HTML reports (one page per document and a summary linking them)."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in ("md", "json", "junit"):
        path = out / f"{stem}{SUFFIX[fmt]}"
        path.write_text(render(batch, fmt), encoding="utf-8")
        written.append(path)
    return written + write_reports(batch, out, "html")
