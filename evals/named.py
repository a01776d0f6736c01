"""Questions that name a clause ("个人信息保护法第十三条规定了什么？", "What does GDPR Article 33 require?"), generated
from the index itself: every law and policy in force, a spread of its articles, each in the ways people write a
reference (short title, full title in 《》, an abbreviation, Arabic digits, English). What issue 10 asks of them:
the named clause at rank 1 (R@1 ≥ 0.95), on every law the index holds rather than a hand-picked list.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date

from assistant.text.articles import format_label
from assistant.types import Filters, LawInfo

_CJK = re.compile(r"[\u4e00-\u9fff]")
_ASCII_NAME = re.compile(r"^[A-Za-z][A-Za-z .\-]{1,40}$")


def _zh_abbreviation(law: LawInfo) -> str | None:
    """A Chinese alias shorter than the short title (个保法, 数安法), if the catalog knows one."""
    names = [a for a in law.aliases if _CJK.search(a) and "《" not in a and len(a) < len(law.short_title)]
    return min(names, key=len) if names else None


def _english_name(law: LawInfo) -> str | None:
    """The shortest English name (PIPL, GDPR, AI Act), if the law has one."""
    names = [a for a in [law.short_title, *law.aliases] if _ASCII_NAME.match(a)]
    return min(names, key=len) if names else None


def phrasings(law: LawInfo, article: int, suffix: int) -> dict[str, str]:
    """Form name → question naming `article` of `law`."""
    zh_label = format_label(article, suffix, "zh")
    out: dict[str, str] = {}
    if law.language == "zh":
        out["zh short title"] = f"{law.short_title}{zh_label}规定了什么？"
        out["zh full title in 《》"] = f"《{law.title}》{zh_label}的要求是什么"
        if not suffix:
            out["zh Arabic digits"] = f"{law.short_title}第{article}条怎么说"
        abbreviation = _zh_abbreviation(law)
        if abbreviation:
            out["zh abbreviation"] = f"{abbreviation}{zh_label}讲的是什么"
    english = _english_name(law)
    if english and not suffix:
        out["en Article n"] = f"What does {english} Article {article} require?"
        out["en Art. n after"] = f"Art. {article} {english} — what does it say?"
        if law.language == "en":  # asked in Chinese about an English text
            out["zh question, English law"] = f"{english}第{article}条是什么要求？"
    return out


def _spread(numbers: list[int], per_law: int) -> list[int]:
    """`per_law` article numbers spread evenly over the law (first, last and between), deterministic."""
    if len(numbers) <= per_law:
        return numbers
    step = (len(numbers) - 1) / (per_law - 1)
    return sorted({numbers[round(i * step)] for i in range(per_law)})


def named_clause_items(view, catalog, as_of: date, per_law: int = 5) -> list[dict]:
    """One item per (law in force, sampled article, phrasing): id, question, doc_id, article, suffix, form."""
    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for doc_id, article, suffix in view.articles:
        by_doc[doc_id].append((article, suffix))
    items = []
    for doc_id in sorted(by_doc):
        law = catalog.by_doc_id(doc_id)
        first = view.find_article([doc_id], *min(by_doc[doc_id]))
        if law is None or first is None or not first.in_force_on(as_of):
            continue  # a superseded version: a question naming the law means the version in force
        plain = sorted(a for a, s in by_doc[doc_id] if not s)
        suffixed = sorted((a, s) for a, s in by_doc[doc_id] if s)[:1]  # an inserted article (第二十条之一), if any
        picked = [(a, 0) for a in _spread(plain, per_law)] + suffixed
        for article, suffix in picked:
            for form, question in phrasings(law, article, suffix).items():
                items.append({"id": f"{doc_id}:{article}:{suffix}:{form}", "question": question, "doc_id": doc_id,
                              "article": article, "suffix": suffix, "form": form})
    return items


def first_is_named(item: dict, hits) -> bool:
    if not hits:
        return False
    clause = hits[0].clause
    return clause.doc_id == item["doc_id"] and clause.article == item["article"]


def run_named(retrieve: Callable[[str], list], items: list[dict]) -> dict:
    """R@1 over all items, per form and per law; the misses (question → what came first)."""
    by_form: dict[str, list[bool]] = defaultdict(list)
    by_law: dict[str, list[bool]] = defaultdict(list)
    misses = []
    for item in items:
        hits = retrieve(item["question"])
        ok = first_is_named(item, hits)
        by_form[item["form"]].append(ok)
        by_law[item["doc_id"]].append(ok)
        if not ok:
            got = f"{hits[0].clause.doc_id} {hits[0].clause.label}" if hits else "nothing"
            misses.append({"id": item["id"], "question": item["question"], "first": got})
    flat = [ok for oks in by_form.values() for ok in oks]
    share = lambda oks: sum(oks) / len(oks) if oks else 0.0  # noqa: E731
    return {"n": len(flat), "R@1": share(flat),
            "by_form": {f: {"n": len(v), "R@1": share(v)} for f, v in sorted(by_form.items())},
            "by_law": {d: {"n": len(v), "R@1": share(v)} for d, v in sorted(by_law.items())},
            "misses": misses}


def measure(assistant, per_law: int = 5) -> dict:
    """The shipped offline retriever on the generated questions, as of the assistant's date (like the eval's
    `shipped` ranking: an LLM-assisted retriever would call the model for every one of them)."""
    from assistant import wiring

    as_of = assistant.settings.effective_as_of()
    retriever = wiring.local_retriever(assistant.ctx)
    items = named_clause_items(assistant.view, assistant.catalog, as_of, per_law)
    return run_named(lambda q: retriever.retrieve(q, 1, Filters(as_of=as_of)).hits, items)
