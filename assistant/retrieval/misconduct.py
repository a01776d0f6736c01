"""Misconduct descriptions → the penalty articles that sanction them, and the duties they breach (ranking helpers).

A Chinese supervisor's finding ("分行违规向关系人发放信用贷款", "支行未按规定报送报表") is sanctioned under an article of the
law's 法律责任 chapter, and that article names the conduct in one enumerated item ("有下列情形之一 … （八）向关系人发放信用
贷款…的"). Ranked lists join the fusion for such questions:

- item votes: BM25 over the paragraphs (lead sentence and enumerated items) of penalty articles only. A short finding
  matches its item far better than the whole long article, whose penalty boilerplate dilutes BM25 and the embedding.
- item twins: the duty an item sanctions breaching, when the item cites it (违反本法第四十二条规定) or restates its
  wording (商业银行法第七十四条第（八）项 and 第四十条), ranked as its item ranks: a finding reaches the duty it breaches too.
- rule-body links (penalty_links.toml): some items sanction a whole body of rules rather than one act, e.g.
  银行业监督管理法第四十六条第（五）项 "严重违反审慎经营规则的", the rules being defined in 第二十一条 (风险管理、内部控制、
  资本充足率、资产质量、损失准备金、风险集中、关联交易、资产流动性). A finding that matches a duty of that body (商业银行法
  第四章 贷款和其他业务的基本规则: loan review, guarantees, related parties …) is a breach of it, so the penalty article and
  the defining article are ranked where the best such duty ranks.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from ..text.numerals import CN_NUMERAL_CHARS, ENUM_NUMBER, cn_to_int
from ..text.paragraphs import paragraphs
from ..text.tokens import tokenize
from .corpus_view import CorpusView
from .lexical import LexicalIndex
from .routing import is_penalty_chapter

MIN_ITEM_CHARS = 4  # "（一）…的；" items are short; only bare headers are shorter
# A Chinese penalty provision states the conduct first and the sanction after "…的，" or "，由 <authority>": "商业银行不按照
# 规定报送有关文件、资料的，由…责令改正", "商业银行有下列情形之一，由…处…罚款；…吊销其经营许可证". Only the conduct is
# indexed: the sanction wording (罚款, 经营许可证, 追究刑事责任) recurs in every article and would match other conduct.
_SANCTION_STARTS = re.compile(r"的，|，由")
_ITEM_MARK = re.compile(rf"^(?:第[{CN_NUMERAL_CHARS}]+条\s*)?(?:（{ENUM_NUMBER}）)?")
_CITES_ARTICLE = re.compile(rf"违反本法第([{CN_NUMERAL_CHARS}]+)条")
TWIN_COVERAGE = 0.85  # share of an item's words its duty twin restates (measured on the banking laws: above it the
# pairs are the law's own prohibitions, e.g. 商业银行法第七十四条第（三）项 and 第四十七条; below, unrelated articles)


def conduct_part(paragraph: str) -> str:
    """The paragraph up to where its sanction starts (all of it when it names none, as enumerated items do)."""
    m = _SANCTION_STARTS.search(paragraph)
    return paragraph[: m.start()] if m else paragraph


@dataclass(frozen=True)
class RuleBody:
    """A body of rules one penalty item sanctions as a whole (penalty_links.toml)."""

    name: str
    penalty: tuple[str, int]  # (doc id, article) of the penalty article
    defined_in: tuple[tuple[str, int], ...]  # articles of the same law that define the body and impose it
    covers: tuple[tuple[str, str], ...]  # (doc id, chapter heading fragment) of the duties that belong to it
    source: str


def _pair(text: str) -> tuple[str, int]:
    doc, article = text.rsplit(":", 1)
    return doc.strip(), int(article)


def parse_rule_bodies(data: dict) -> list[RuleBody]:
    bodies = []
    for raw in data.get("body", []):
        bodies.append(RuleBody(
            name=str(raw["name"]),
            penalty=_pair(raw["penalty"]),
            defined_in=tuple(_pair(p) for p in raw.get("defined_in", [])),
            covers=tuple((str(c["doc"]), str(c["chapter"])) for c in raw.get("covers", [])),
            source=str(raw.get("source", "")),
        ))
    return bodies


@lru_cache(maxsize=1)
def load_rule_bodies() -> tuple[RuleBody, ...]:
    text = resources.files("assistant.retrieval").joinpath("penalty_links.toml").read_text(encoding="utf-8")
    return tuple(parse_rule_bodies(tomllib.loads(text)))


def duty_twin(view: CorpusView, penalty: int, conduct: str, duties: np.ndarray) -> int | None:
    """The duty article an item sanctions breaching: the one it cites (违反本法第二十八条规定), or the one of the same law
    that restates its wording (item "向关系人发放信用贷款…的" — duty "商业银行不得向关系人发放信用贷款"), when the duty
    holds at least TWIN_COVERAGE of the item's words."""
    doc = view.clauses[penalty].doc_id
    cited = _CITES_ARTICLE.search(conduct)
    if cited:
        pieces = view.articles.get((doc, cn_to_int(cited.group(1)), 0))
        return pieces[0] if pieces else None
    words = set(tokenize(_ITEM_MARK.sub("", conduct)))
    if "下列" in conduct or len(words) < 3:
        return None  # a lead sentence ("有下列情形之一") or a fragment names no conduct of its own
    same_law = duties & (view.doc_ids == doc)
    scores = view.lexical.scores(list(words), same_law)
    if not scores.any():
        return None
    best = int(np.argmax(scores))
    return best if len(words & set(view.token_lists[best])) >= TWIN_COVERAGE * len(words) else None


class PenaltyItems:
    """The paragraphs of every penalty-chapter clause of the Chinese texts, BM25-indexed on their own, each with the
    duty article it sanctions breaching when the law makes that plain (`duty_twin`)."""

    def __init__(self, view: CorpusView):
        self.owner: list[int] = []
        self.twin: list[int | None] = []
        tokens: list[list[str]] = []
        penalty = np.array([is_penalty_chapter(c.chapter) for c in view.clauses], dtype=bool)
        duties = ~penalty & (view.jurisdictions == "CN")
        for i, clause in enumerate(view.clauses):
            if clause.jurisdiction.upper() != "CN" or not penalty[i]:
                continue
            for para in paragraphs(clause.text, min_chars=MIN_ITEM_CHARS):
                conduct = conduct_part(para)
                self.owner.append(i)
                self.twin.append(duty_twin(view, i, conduct, duties))
                tokens.append(tokenize(conduct))
        self.index = LexicalIndex(tokens)
        self._owner = np.asarray(self.owner, dtype=np.int64)

    def votes(self, query: str, mask: np.ndarray, n: int) -> tuple[list[int], list[int]]:
        """(penalty clauses ranked by their best-matching item, the duty twins of those items in the same order),
        at most n each."""
        if not self.owner:
            return [], []
        ranked: list[int] = []
        twins: list[int] = []
        for p, _ in self.index.top(tokenize(query), 4 * n, mask[self._owner]):
            i, twin = self.owner[p], self.twin[p]
            if i not in ranked and len(ranked) < n:
                ranked.append(i)
            if twin is not None and mask[twin] and twin not in twins and len(twins) < n:
                twins.append(twin)
        return ranked, twins


def penalty_items(view: CorpusView) -> PenaltyItems:
    """The penalty items of `view`, built once per view (about a second on the full corpus)."""
    return view.derived("penalty-items", lambda: PenaltyItems(view))


def linked_penalties(view: CorpusView, ranked: list[int], mask: np.ndarray, depth: int,
                     bodies: tuple[RuleBody, ...] | None = None) -> list[int]:
    """Clause positions of the penalty and defining articles of each rule body, ranked by where the body's best duty
    ranks among the first `depth` duties of `ranked` (candidates, best first; penalty articles are passed over)."""
    bodies = load_rule_bodies() if bodies is None else bodies
    out: list[int] = []
    duties = (view.clauses[i] for i in ranked if not is_penalty_chapter(view.clauses[i].chapter))
    for _, clause in zip(range(depth), duties):
        for body in bodies:
            if not any(clause.doc_id == doc and fragment in clause.chapter for doc, fragment in body.covers):
                continue
            for doc, article in (body.penalty, *body.defined_in):
                for j in view.articles.get((doc, article, 0), [])[:1]:
                    if mask[j] and j not in out:
                        out.append(j)
    return out
