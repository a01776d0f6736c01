"""The corpus tab's "compare versions" panel: an article-level diff of two indexed versions of one law."""

from __future__ import annotations

import gradio as gr

from ..lawdiff import render_html_fragment
from ..lawversions import VersionSource

PLACEHOLDER = ('<div class="ca-muted">选择同一法规的两个版本以比较条文（按内容配对重新编号的条文）。'
               '<br>Pick two versions of one law to compare them article by article.</div>')


def version_pairs(documents: list[dict]) -> list[tuple[str, str]]:
    """(label, "old|new") for every older→newer pair of indexed versions of the same law, newest pairs first."""
    by_law: dict[str, list[dict]] = {}
    for d in documents:
        if d["kind"] == "regulation":
            by_law.setdefault(d["law"], []).append(d)
    pairs = []
    for versions in by_law.values():
        versions.sort(key=lambda d: d["version_date"])
        for i, old in enumerate(versions):
            for new in versions[i + 1:]:
                label = f"{new['short_title']} {old['version_date']} → {new['version_date']}"
                pairs.append((new["version_date"], label, f"{old['doc_id']}|{new['doc_id']}"))
    return [(label, value) for _, label, value in sorted(pairs, reverse=True)]


class ComparePanel:
    def __init__(self, assistant):
        self.a = assistant
        self._source: VersionSource | None = None

    @property
    def source(self) -> VersionSource:
        if self._source is None:  # articles are read from the index view on first use
            self._source = VersionSource(self.a.catalog, clauses=self.a.view.clauses)
        return self._source

    def compare(self, pair: str | None, show_unchanged: bool) -> str:
        if not pair or "|" not in pair:
            return PLACEHOLDER
        old_id, new_id = pair.split("|", 1)
        old, new = self.a.catalog.by_doc_id(old_id), self.a.catalog.by_doc_id(new_id)
        if old is None or new is None:
            return '<div class="ca-muted">这两个版本不在目录中。These versions are not in the catalog.</div>'
        diff = self.source.diff(old, new)
        return f'<div class="ca-diff">{render_html_fragment(diff, show_unchanged=bool(show_unchanged))}</div>'


def build_panel(assistant) -> None:
    """Components and events of the panel; call inside the corpus tab of the Blocks."""
    choices = version_pairs(assistant.documents())
    if not choices:
        return
    panel = ComparePanel(assistant)
    with gr.Accordion("比较版本 · Compare versions", open=False, elem_id="ca-compare"):
        with gr.Row():
            pair = gr.Dropdown(choices, value=None, label="版本 Versions", elem_id="ca-compare-pair", scale=3)
            unchanged = gr.Checkbox(False, label="显示未变条文 Show unchanged", elem_id="ca-compare-all", scale=1)
        out = gr.HTML(PLACEHOLDER, elem_id="ca-compare-out", js_on_load=None)
    pair.change(panel.compare, [pair, unchanged], out)
    unchanged.change(panel.compare, [pair, unchanged], out)
