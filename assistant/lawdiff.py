"""Article-level differences between two versions of one law.

Amended laws renumber: an article inserted in chapter 2 shifts every later number, so comparing 第十条 with
第十条 says little. `diff_articles` pairs the articles of two versions by content (idf-weighted character
bigrams, aligned in order first, so near-identical penalty articles pair with their own successors), then
classifies every pair: unchanged, changed (with the changed words), moved (out of order with the rest of the
law); and whatever has no partner: added or removed. Everything here is pure: callers load the articles
(`articles_from_clauses`) from the index or from the corpus files (`lawversions`); `impact` uses the result
to find earlier answers that relied on changed text.
"""

from __future__ import annotations

import html
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Iterable, Literal

from .text.articles import CN_ARTICLE_LABEL
from .text.tokens import segment
from .types import Clause

ChangeKind = Literal["unchanged", "changed", "moved", "added", "removed"]
KIND_ORDER = ("changed", "moved", "added", "removed", "unchanged")

MIN_SIMILARITY = 0.25  # in order, below this two articles are different provisions, not one rewritten
MOVE_SIMILARITY = 0.6  # out of order, two articles must be clearly one provision to count as moved
_LABEL = re.compile(rf"^\s*({CN_ARTICLE_LABEL})\s*")
_NOISE = re.compile(r"[\s，。；：、,.;:！？!?“”‘’\"'（）()《》〈〉【】\[\]—-]")


@dataclass(frozen=True)
class Article:
    label: str  # 第十三条 / 第二十条之一
    number: int | None
    text: str  # the body, without the label
    chapter: str = ""
    chunk_id: str = ""  # of the article's first piece


@dataclass
class ArticleChange:
    kind: ChangeKind
    old: Article | None = None
    new: Article | None = None
    similarity: float = 0.0
    segments: list[tuple[str, str]] = field(default_factory=list)  # ("equal" | "delete" | "insert", text)

    @property
    def renumbered(self) -> bool:
        return bool(self.old and self.new and self.old.label != self.new.label)

    @property
    def text_changed(self) -> bool:
        return bool(self.old and self.new and normal_text(self.old.text) != normal_text(self.new.text))

    def title(self) -> str:
        if self.old and self.new:
            return f"{self.old.label} → {self.new.label}" if self.renumbered else self.old.label
        return (self.old or self.new).label  # type: ignore[union-attr]


@dataclass
class LawDiff:
    law: str
    old_version: str  # version dates
    new_version: str
    old_doc_id: str
    new_doc_id: str
    changes: list[ArticleChange]

    def counts(self) -> dict[str, int]:
        out = {k: 0 for k in KIND_ORDER}
        for c in self.changes:
            out[c.kind] += 1
        out["renumbered"] = sum(1 for c in self.changes if c.renumbered)
        return out

    def for_old(self, label: str) -> ArticleChange | None:
        return next((c for c in self.changes if c.old and c.old.label == label), None)

    def for_new(self, label: str) -> ArticleChange | None:
        return next((c for c in self.changes if c.new and c.new.label == label), None)

    def pairs(self) -> dict[str, str]:
        """Old label → new label for every paired article."""
        return {c.old.label: c.new.label for c in self.changes if c.old and c.new}


# Loading ------------------------------------------------------------------------------------------------


def articles_from_clauses(clauses: Iterable[Clause], doc_id: str) -> list[Article]:
    """The numbered articles of one document, pieces of long articles joined, in document order."""
    grouped: dict[str, list[Clause]] = {}
    for c in clauses:
        if c.doc_id == doc_id and c.article is not None and c.label:
            grouped.setdefault(c.label, []).append(c)
    out = []
    for label, pieces in grouped.items():
        pieces.sort(key=lambda c: c.piece)
        parts = []
        for p in pieces:
            body = p.text
            if p.piece > 0:
                body = body.split("\n", 1)[1] if "\n" in body else ""
            parts.append(_LABEL.sub("", body.strip(), count=1).strip())
        first = pieces[0]
        out.append((first.start, Article(label, first.article, "\n\n".join(x for x in parts if x),
                                         first.chapter, first.chunk_id)))
    return [a for _, a in sorted(out, key=lambda x: x[0])]


# Pairing ------------------------------------------------------------------------------------------------


def normal_text(text: str) -> str:
    """Text without spaces and punctuation: what counts as the same wording."""
    return _NOISE.sub("", text)


def _bigrams(text: str) -> Counter:
    s = normal_text(text)
    return Counter(s[i:i + 2] for i in range(max(len(s) - 1, 1)))


def similarity(a: Counter, b: Counter, weight: dict[str, float] | None = None) -> float:
    """Mean of the Dice coefficient and the overlap coefficient of two weighted bigram multisets (1.0 identical).

    Dice alone punishes an article that was split: 第十六条 of 2006 (seven paragraphs) lives on in the two
    paragraphs of 2024's 第二十八条. The overlap coefficient (shared / smaller) sees that; averaging keeps a
    short generic sentence from matching every long article that happens to contain its words. Weights (idf)
    make the boilerplate of penalty articles (由有关主管部门责令改正…) count for less than what they are about.
    """
    w = weight or {}
    na = sum(n * w.get(g, 1.0) for g, n in a.items())
    nb = sum(n * w.get(g, 1.0) for g, n in b.items())
    if not na or not nb:
        return 0.0
    shared = sum(n * w.get(g, 1.0) for g, n in (a & b).items())
    return (2 * shared / (na + nb) + shared / min(na, nb)) / 2


def idf_weights(grams: list[Counter]) -> dict[str, float]:
    df: Counter = Counter()
    for g in grams:
        df.update(g.keys())
    n = len(grams) or 1
    return {g: math.log((n + 1) / (d + 0.5)) for g, d in df.items()}


def diff_articles(old: list[Article], new: list[Article], law: str = "", old_version: str = "", new_version: str = "",
                  old_doc_id: str = "", new_doc_id: str = "") -> LawDiff:
    """Pair the articles of two versions, then classify every pair and every article left alone.

    First the best order-preserving pairing (a weighted alignment: amendments insert and delete articles but
    rarely reorder them, so order settles which of several similar penalty articles is which); then
    articles still alone are paired across the order when they are clearly the same text: those moved.
    """
    old_grams = [_bigrams(a.text) for a in old]
    new_grams = [_bigrams(a.text) for a in new]
    weight = idf_weights(old_grams + new_grams)
    sims = [[similarity(a, b, weight) for b in new_grams] for a in old_grams]

    in_order = _align(sims, MIN_SIMILARITY)
    matched_old = {i for i, _ in in_order}
    matched_new = {j for _, j in in_order}
    moved = []
    loose = sorted(((sims[i][j], i, j) for i in range(len(old)) if i not in matched_old
                    for j in range(len(new)) if j not in matched_new and sims[i][j] >= MOVE_SIMILARITY), reverse=True)
    for _sim, i, j in loose:
        if i not in matched_old and j not in matched_new:
            moved.append((i, j))
            matched_old.add(i)
            matched_new.add(j)

    paired: dict[int, ArticleChange] = {}
    for i, j in [*in_order, *moved]:
        a, b = old[i], new[j]
        same = normal_text(a.text) == normal_text(b.text)
        kind: ChangeKind = "moved" if (i, j) in moved else ("unchanged" if same else "changed")
        paired[j] = ArticleChange(kind, a, b, round(sims[i][j], 3), [] if same else word_diff(a.text, b.text))

    # Listed in the new version's order; a removed article goes where it stood: before the first in-order
    # article that followed it in the old version.
    ordered = [((j, 0, 0), paired.get(j) or ArticleChange("added", None, article)) for j, article in enumerate(new)]
    for i in range(len(old)):
        if i in matched_old:
            continue
        after = next((j for oi, j in in_order if oi > i), len(new))
        ordered.append(((after, -1, i), ArticleChange("removed", old[i], None)))
    changes = [c for _, c in sorted(ordered, key=lambda x: x[0])]
    return LawDiff(law, old_version, new_version, old_doc_id, new_doc_id, changes)


def _align(sims: list[list[float]], floor: float) -> list[tuple[int, int]]:
    """The increasing pairs (i, j) that maximise the summed similarity above `floor` (an LCS with weights)."""
    n, m = len(sims), len(sims[0]) if sims else 0
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        row, prev, s = best[i], best[i - 1], sims[i - 1]
        for j in range(1, m + 1):
            gain = s[j - 1] - floor
            row[j] = max(prev[j], row[j - 1], prev[j - 1] + gain if gain > 0 else 0.0)
    pairs = []
    i, j = n, m
    while i > 0 and j > 0:
        gain = sims[i - 1][j - 1] - floor
        if gain > 0 and best[i][j] == best[i - 1][j - 1] + gain:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


# Words --------------------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return [w for w in segment(text, hmm=False) if w]


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Segments of the new text with what was deleted and inserted, word by word (jieba words for Chinese)."""
    a, b = _words(old), _words(new)
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            _push(out, "equal", "".join(a[i1:i2]))
            continue
        if op in ("delete", "replace"):
            _push(out, "delete", "".join(a[i1:i2]))
        if op in ("insert", "replace"):
            _push(out, "insert", "".join(b[j1:j2]))
    return out


def _push(out: list[tuple[str, str]], op: str, text: str) -> None:
    if not text:
        return
    if out and out[-1][0] == op:
        out[-1] = (op, out[-1][1] + text)
    else:
        out.append((op, text))


# Rendering ----------------------------------------------------------------------------------------------

_KIND_ZH = {"unchanged": "未变", "changed": "修改", "moved": "移动", "added": "新增", "removed": "删除"}
_ANSI = {"delete": "\x1b[31;9m", "insert": "\x1b[32;1m", "head": "\x1b[1m", "end": "\x1b[0m"}


def _runs(changes: list[ArticleChange], show_unchanged: bool) -> list[ArticleChange | list[ArticleChange]]:
    """Changes in order, consecutive unchanged articles folded into one list (unless all are shown)."""
    out: list[ArticleChange | list[ArticleChange]] = []
    for change in changes:
        if change.kind == "unchanged" and not show_unchanged:
            if out and isinstance(out[-1], list):
                out[-1].append(change)
            else:
                out.append([change])
        else:
            out.append(change)
    return out


def _run_title(run: list[ArticleChange]) -> str:
    first, last = run[0], run[-1]
    old = first.old.label if len(run) == 1 else f"{first.old.label}–{last.old.label}"  # type: ignore[union-attr]
    new = first.new.label if len(run) == 1 else f"{first.new.label}–{last.new.label}"  # type: ignore[union-attr]
    where = old if old == new else f"{old} → {new}"
    return f"{where}: {len(run)} article{'s' if len(run) > 1 else ''}, text unchanged"


def render_terminal(diff: LawDiff, color: bool = False, show_unchanged: bool = False) -> str:
    def paint(kind: str, text: str) -> str:
        if color:
            return f"{_ANSI[kind]}{text}{_ANSI['end']}"
        return {"delete": f"[-{text}-]", "insert": f"{{+{text}+}}", "head": text}[kind]

    counts = diff.counts()
    lines = [paint("head", f"《{diff.law}》 {diff.old_version} → {diff.new_version}"),
             "  ".join(f"{_KIND_ZH[k]} {k}: {counts[k]}" for k in KIND_ORDER) + f"  renumbered: {counts['renumbered']}", ""]
    for item in _runs(diff.changes, show_unchanged):
        if isinstance(item, list):
            lines += [f"[unchanged] {_run_title(item)}", ""]
            continue
        change = item
        note = f"  (similarity {change.similarity:.2f})" if change.old and change.new and change.text_changed else ""
        lines.append(paint("head", f"[{change.kind}] {change.title()}{note}"))
        if change.kind == "added":
            lines.append("  " + paint("insert", change.new.text))  # type: ignore[union-attr]
        elif change.kind == "removed":
            lines.append("  " + paint("delete", change.old.text))  # type: ignore[union-attr]
        elif change.segments:
            lines.append("  " + "".join(text if op == "equal" else paint(op, text) for op, text in change.segments))
        elif show_unchanged:
            lines.append("  " + change.new.text)  # type: ignore[union-attr]
        lines[-1] = lines[-1].replace("\n\n", "\n").replace("\n", "\n  ")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_CSS = """body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;max-width:980px;margin:2em auto;line-height:1.6}
del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none}
.change{border-left:4px solid #ccc;padding:.2em .8em;margin:.8em 0}.changed{border-color:#d90}.moved{border-color:#69c}
.added{border-color:#3a3}.removed{border-color:#c33}.unchanged{border-color:#ccc;color:#666}
.kind{font-size:.8em;text-transform:uppercase;letter-spacing:.05em;color:#555}table{border-collapse:collapse}
td,th{padding:.2em .8em;border-bottom:1px solid #eee;text-align:left}"""


def render_html_fragment(diff: LawDiff, show_unchanged: bool = False) -> str:
    counts = diff.counts()
    rows = "".join(f"<tr><th>{k}</th><td>{counts[k]}</td></tr>" for k in (*KIND_ORDER, "renumbered"))
    parts = [f"<h2>《{html.escape(diff.law)}》 {html.escape(diff.old_version)} → {html.escape(diff.new_version)}</h2>",
             f"<table class='counts'>{rows}</table>"]
    for item in _runs(diff.changes, show_unchanged):
        if isinstance(item, list):
            parts.append(f"<div class='change unchanged'><div class='kind'>unchanged</div>{html.escape(_run_title(item))}</div>")
            continue
        change = item
        if change.kind == "added":
            body = f"<ins>{html.escape(change.new.text)}</ins>"  # type: ignore[union-attr]
        elif change.kind == "removed":
            body = f"<del>{html.escape(change.old.text)}</del>"  # type: ignore[union-attr]
        elif change.segments:
            tag = {"equal": "{}", "delete": "<del>{}</del>", "insert": "<ins>{}</ins>"}
            body = "".join(tag[op].format(html.escape(text)) for op, text in change.segments)
        else:
            body = html.escape(change.new.text)  # type: ignore[union-attr]
        body = body.replace("\n\n", "<br><br>")
        parts.append(f"<div class='change {change.kind}'><div class='kind'>{change.kind}</div>"
                     f"<b>{html.escape(change.title())}</b><p>{body}</p></div>")
    return "\n".join(parts)


def render_html(diff: LawDiff, show_unchanged: bool = False) -> str:
    title = html.escape(f"{diff.law} {diff.old_version} → {diff.new_version}")
    return (f"<!doctype html><html lang='zh'><head><meta charset='utf-8'><title>{title}</title>"
            f"<style>{_CSS}</style></head><body>{render_html_fragment(diff, show_unchanged)}</body></html>\n")


def diff_to_json(diff: LawDiff) -> dict:
    def art(a: Article | None) -> dict | None:
        return None if a is None else {"label": a.label, "number": a.number, "chunk_id": a.chunk_id}

    return {
        "law": diff.law, "from": diff.old_version, "to": diff.new_version,
        "from_doc_id": diff.old_doc_id, "to_doc_id": diff.new_doc_id, "counts": diff.counts(),
        "changes": [{"kind": c.kind, "old": art(c.old), "new": art(c.new), "similarity": c.similarity,
                     "renumbered": c.renumbered, "segments": c.segments} for c in diff.changes],
    }
