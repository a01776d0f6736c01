"""Restated clauses: true claims written by the corpus itself, for the verifier's false alarms (issue 11).

Each claim is one sentence of an indexed article with its modal verb replaced by a synonym of general usage (应当 → 必须,
不得 → 禁止, shall → must, shall not → must not), cited to that article. It says what the article says, so a
`contradicted` verdict is a false alarm of a deterministic check. Unlike the planted-claims files, these claims were
written by no one who tuned the checks, and they cover every law: a precision estimate the checks are not fitted to
(they are fixed when a class shows up here, never one claim at a time). Verbatim sentences are not used: a verbatim quote
is accepted before any check runs.
"""

from __future__ import annotations

import re
import zlib

from assistant.language import has_cjk

from .claims import judge_claims

SAMPLE = 600  # claims per run: about 40 s of checks on two cores
RESTATED_SET = "restated clauses (all true)"

_ZH_LABEL = re.compile(r"^第[零〇一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十])?\s*")
_ZH_SENTENCE_END = re.compile(r"(?<=[。；！？])")
_EN_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-Z(])")
_ZH_SWAPS = (("不得", "禁止"), ("应当", "必须"))
_EN_SWAPS = ((" shall not ", " must not "), (" shall ", " must "))


def sentences(article_text: str, chinese: bool) -> list[str]:
    """The sentences of an article's body long enough to state a rule: a Chinese article's label (第三十四条) opens its
    first sentence and is cut off; an English article's heading line is dropped."""
    if chinese:
        body = _ZH_LABEL.sub("", article_text)
    else:
        body = article_text.split("\n", 1)[1] if "\n" in article_text else ""
    found = []
    for paragraph in body.splitlines():
        for sentence in (_ZH_SENTENCE_END if chinese else _EN_SENTENCE_END).split(paragraph.strip()):
            sentence = sentence.strip().rstrip("；;")
            if (12 <= len(sentence) <= 150) if chinese else (50 <= len(sentence) <= 400):
                found.append(sentence)
    return found


def restate(sentence: str, chinese: bool) -> str | None:
    """The sentence with its first modal verb swapped for a synonym; None when it has none."""
    for word, synonym in _ZH_SWAPS if chinese else _EN_SWAPS:
        if word in sentence:
            return sentence.replace(word, synonym, 1)
    return None


def restated_claims(articles) -> list[dict]:
    """Planted-claims rows (all true) from (doc_id, article number, article text, chinese) tuples, in a stable order."""
    rows = []
    for doc_id, number, text, chinese in articles:
        for sentence in sentences(text, chinese):
            claim = restate(sentence, chinese)
            if claim:
                key = f"{doc_id}:{number}:{claim}"
                rows.append({"id": f"restated-{zlib.crc32(key.encode()):08x}", "law": doc_id, "article": number,
                             "claim": claim, "truth": True, "kind": "true", "lang": "zh" if chinese else "en"})
    return sorted(rows, key=lambda r: r["id"])  # ids are hashes: the first N are a sample across all laws


def run_restated(assistant, sample: int = SAMPLE) -> dict:
    view = assistant.view
    articles = []
    for doc in view.docs():
        if doc.status != "in_force":
            continue
        for number, text in sorted(view.law_articles(doc.doc_id).items()):
            articles.append((doc.doc_id, number, text, has_cjk(text)))
    grounding = next(v for v in assistant.verifiers if v.name == "grounding")
    return judge_claims(restated_claims(articles)[:sample], grounding, view, assistant.catalog)
