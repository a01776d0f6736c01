"""The offline answerer: no model, only verbatim quotes of the most relevant clause sentences.

Every claim is `《Law》Article：「verbatim quote」[n]`. The answer opens with a plain line saying
no generative model is configured (a heading, not a claim). For an exact clause lookup
("个保法第十三条是什么") the whole clause is quoted; otherwise 2–6 sentences are picked from the
top hits by term overlap with the question (CJK bigrams + words; no dictionary needed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..interfaces import Answerer, answerers
from ..language import has_cjk
from ..lexis.english_stems import stem
from ..lexis.quantities import figure_kinds
from ..messages import clause_status_label
from ..settings import Settings
from ..types import Citation, Claim, Clause, Draft, Hit, Retrieval
from ..retrieval.routing import asked_number_groups
from .citations import relevance, sentence_spans, terms
from .context import missing_refs_text

if TYPE_CHECKING:
    from ..stage_context import StageContext

MAX_CLAUSES = 3  # clauses considered for sentence picking
MAX_SENTENCES = 6
MIN_SENTENCES = 2
RANK_DECAY = 0.5  # a sentence from hit r is weighted 1 / (1 + RANK_DECAY * r): prefer the first hits
# A question asking for a figure (多久, how long) or quoting one to have it checked ("only 2 years?") is answered by
# the sentence stating a figure of that kind: 反洗钱法第三十四条's 「应当至少保存十年」 rather than its first sentence,
# which shares more words with the question but states no period. The bonus is on relevance's scale (shared terms over
# the square root of the sentence's terms, typically 0.3–1.5); across languages only the bridged words (_bridged_terms) count beside it.
FIGURE_BONUS = 0.75

HEADING = {
    "zh": "未配置生成式模型，以下为与问题最相关的条文原文（逐字引用）：",
    "en": "No generative model is configured; below are the most relevant clauses, quoted verbatim:",
}
NO_CLAUSES = {
    "zh": "未检索到与该问题相关的条文，无法作答。",
    "en": "No relevant clause was found for this question, so it cannot be answered.",
}


def _terms(text: str) -> set[str]:
    """citations.terms with English words folded (english_stems.stem: "applied" meets "apply", "recipients" meets
    "recipient"), so that an English question meets the sentence in the Regulation's own form of its words."""
    return {stem(t) if t.isascii() and t.isalpha() else t for t in terms(text)}


@dataclass
class _Sentence:
    start: int
    end: int
    text: str

    @property
    def is_item(self) -> bool:
        return bool(re.match(r"[（(]", self.text))


def clause_sentences(clause: Clause) -> list[_Sentence]:
    """The clause's sentences, without its header (第十三条 / "Article 6 – Title")."""
    out: list[_Sentence] = []
    text = clause.text
    for start, end in sentence_spans(text):
        if clause.label and text.startswith(clause.label, start):
            start += len(clause.label)
            while start < end and text[start] in " \t\u3000":
                start += 1
            rest = text[start:end]
            if not rest or (rest[0] in "–—-:" and "\n" not in rest):  # a heading line: "Article 6 – Lawfulness …"
                continue
        if start < end:
            out.append(_Sentence(start, end, text[start:end]))
    return out


def _join(clause: Clause, run: list[_Sentence]) -> str:
    """Contiguous sentences as one quote: the clause's words verbatim, line breaks collapsed."""
    glue = " " if clause.jurisdiction != "CN" and not has_cjk(run[0].text) else ""
    return glue.join(s.text.strip() for s in run)


def _runs(sentences: list[_Sentence], chosen: list[int]) -> list[list[_Sentence]]:
    runs: list[list[_Sentence]] = []
    previous = None
    for index in sorted(chosen):
        if previous is not None and index == previous + 1:
            runs[-1].append(sentences[index])
        else:
            runs.append([sentences[index]])
        previous = index
    return runs


def _status_note(status: str, language: str) -> str:
    """（已失效） / " (superseded)" after the label of a clause not in force; nothing for one in force."""
    if status == "in_force":
        return ""
    word = clause_status_label(status, language)
    return f"（{word}）" if language == "zh" else f" ({word})"


def _bridged_terms(question: str, clauses: list[Clause]) -> set[str]:
    """For an English question quoting Chinese clauses, the Chinese words the retriever bridges its English words to
    (the glossary's legal terms, the lexicon's words; jurisdiction_default.chinese_bridge_query): without them every Chinese
    sentence shares nothing with the question and the clause's first sentence is quoted, often a list's bare
    lead-in (商业银行法第三十九条's 「应当遵守下列资产负债比例管理的规定」 for a question on lending to one borrower)."""
    if has_cjk(question) or not any(has_cjk(c.text) for c in clauses):
        return set()
    from ..lexis.glossary import load_glossary
    from ..lexis.lexicon import load_lexicon
    from ..retrieval.jurisdiction_default import chinese_bridge_terms

    return terms(" ".join(chinese_bridge_terms(question, load_glossary(), load_lexicon()))) - terms(question)


def _pick(question: str, hits: list[Hit]) -> list[tuple[Clause, list[_Sentence], list[int]]]:
    """For up to MAX_CLAUSES hits, the indices of the sentences to quote."""
    wanted = _terms(question) | _bridged_terms(question, [hit.clause for hit in hits[:MAX_CLAUSES]])
    figures = asked_number_groups(question) | figure_kinds(question)
    per_clause = [(hit.clause, clause_sentences(hit.clause)) for hit in hits[:MAX_CLAUSES]]
    per_clause = [(c, s) for c, s in per_clause if s]

    def score(text: str) -> float:
        return relevance(wanted, text, _terms) + (FIGURE_BONUS if figures and figures & figure_kinds(text) else 0.0)

    scored = [
        (score(sentence.text) / (1 + RANK_DECAY * rank), rank, index)
        for rank, (_, sentences) in enumerate(per_clause)
        for index, sentence in enumerate(sentences)
    ]
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))
    chosen: dict[int, list[int]] = {}
    count = 0

    def take(rank: int, index: int) -> None:
        nonlocal count
        if count >= MAX_SENTENCES or index in chosen.get(rank, []):
            return
        sentences = per_clause[rank][1]
        # An enumerated item ("（一）取得个人的同意；") means little without its lead-in sentence.
        if sentences[index].is_item and index > 0 and 0 not in chosen.get(rank, []):
            chosen.setdefault(rank, []).append(0)
            count += 1
        if count < MAX_SENTENCES:
            chosen.setdefault(rank, []).append(index)
            count += 1

    if per_clause:
        best_first = max(scored, key=lambda x: (x[1] == 0, x[0]))  # the first hit always speaks
        take(0, best_first[2])
    for value, rank, index in scored:
        if value <= 0:
            break
        take(rank, index)
    for rank in range(len(per_clause)):  # too few relevant sentences: add lead sentences of the next hits
        if count >= MIN_SENTENCES:
            break
        take(rank, 0)
    by_place = {(rank, index): value for value, rank, index in scored}
    for rank, indices in chosen.items():
        _complete_lead_ins(per_clause[rank][1], indices, lambda i, r=rank: by_place.get((r, i), 0.0))
    return [(per_clause[r][0], per_clause[r][1], chosen[r]) for r in sorted(chosen)]


def _complete_lead_ins(sentences: list[_Sentence], chosen: list[int], score) -> None:
    """A list's lead-in quoted without any of its items (「有下列情形之一的，金融机构应当开展客户尽职调查：」, "shall
    designate a data protection officer in any case where:") says that cases exist, not which: its best-scoring item
    joins it (the first when none shares a word), even past MAX_SENTENCES, as the lead-in alone answers nothing."""
    for index in sorted(chosen):
        if not sentences[index].text.rstrip().endswith(("：", ":")):
            continue
        items = []
        for follower in range(index + 1, len(sentences)):
            if not sentences[follower].is_item:
                break
            items.append(follower)
        if items and not set(items) & set(chosen):
            chosen.append(max(items, key=lambda i: (score(i), -i)))


def _exact_hits(retrieval: Retrieval) -> list[Hit]:
    def named(clause: Clause) -> bool:
        return any(clause.article == ref.article and (not ref.doc_ids or clause.doc_id in ref.doc_ids) for ref in retrieval.exact_refs)

    if not retrieval.exact_refs:
        return []
    # Articles in rank order; the pieces of one long article together, in reading order.
    groups: dict[tuple[str, int | None], list[Hit]] = {}
    for hit in retrieval.hits:
        if named(hit.clause) or "exact" in hit.sources:
            groups.setdefault((hit.clause.doc_id, hit.clause.article), []).append(hit)
    return [h for group in groups.values() for h in sorted(group, key=lambda h: h.clause.piece)]


class ExtractiveAnswerer(Answerer):
    name = "extractive"
    generator = "extractive"

    def __init__(self, settings: Settings | None = None):
        self.settings = settings

    def draft(self, question: str, retrieval: Retrieval, language: str) -> Draft:
        language = language if language in HEADING else "en"
        missing = missing_refs_text(retrieval.missing_refs, language)
        notices = [missing] if missing else []
        if not retrieval.hits:
            text = "\n\n".join(t for t in (missing, NO_CLAUSES[language]) if t)
            return Draft(text=text, generator=self.generator, notices=notices, abstained=True)

        exact = _exact_hits(retrieval)
        if exact:
            selection = [(h.clause, s, list(range(len(s)))) for h in exact if (s := clause_sentences(h.clause))]
        else:
            selection = _pick(question, retrieval.hits)

        lines: list[str] = []
        claims: list[Claim] = []
        citations: list[Citation] = []
        markers: dict[str, int] = {}
        for clause, sentences, chosen in selection:
            if clause.chunk_id not in markers:
                markers[clause.chunk_id] = len(markers) + 1
            marker = markers[clause.chunk_id]
            label = clause.citation_label() + _status_note(clause.status, language)
            sep = "：" if language == "zh" else ": "
            for run in _runs(sentences, chosen):
                quote = _join(clause, run)
                claim = f"{label}{sep}「{quote}」"
                lines.append(f"{claim}[{marker}]")
                claims.append(Claim(text=claim, markers=[marker]))
                if all(c.marker != marker for c in citations):
                    citations.append(Citation.from_clause(marker, clause, quote=quote))

        head = [HEADING[language]] + ([missing] if missing else [])
        text = "\n".join(head) + "\n\n" + "\n".join(lines)
        notices.insert(0, HEADING[language].rstrip("：:"))
        return Draft(text=text, claims=claims, citations=citations, generator=self.generator, notices=notices)


@answerers.register("extractive")
def create_extractive_answerer(ctx: StageContext) -> ExtractiveAnswerer:
    return ExtractiveAnswerer(ctx.settings)
