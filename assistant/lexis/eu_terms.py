"""Questions about the GDPR or the AI Act, in Chinese or in everyday English → the texts' own heading words
(data in eu_terms.toml, each entry with the article it renders).

The EU texts are indexed in English only. "按GDPR要不要任命数据保护官" has no English word for BM25 to match, and the
multilingual model ranks the Board's procedural articles above "Article 37 – Designation of the data protection
officer"; with "designation of the data protection officer" added, BM25 finds it and the heading boost recognises it.
The same holds for an English question worded the way people talk ("can he sue us" → "right to compensation").
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .glossary import Glossary, parse_glossary


@dataclass(frozen=True)
class EuTerms:
    by_law: dict[str, Glossary]  # doc id prefix ("gdpr", "eu-ai-act") → its entries, matched like the glossary's

    def english_terms(self, question: str, doc_ids: set[str] | None = None) -> list[str]:
        """The heading words of the entries the question triggers, for the texts in `doc_ids` (None: every EU
        text, for a question whose cues are EU but which names none), without repeats or words it already has."""
        out: list[str] = []
        for law, glossary in self.by_law.items():
            if doc_ids is not None and not any(d.startswith(law) for d in doc_ids):
                continue
            out.extend(t for t in glossary.expansion(question, chinese=False) if t not in out)
        return out


def parse_eu_terms(data: dict) -> EuTerms:
    grouped: dict[str, list[dict]] = {}
    for raw in data.get("entry", []):
        grouped.setdefault(str(raw.get("law", "")), []).append({**raw, "zh": []})
    return EuTerms({law: parse_glossary({"entry": entries}) for law, entries in grouped.items() if law})


@lru_cache(maxsize=1)
def load_eu_terms() -> EuTerms:
    text = resources.files("assistant.lexis").joinpath("eu_terms.toml").read_text(encoding="utf-8")
    return parse_eu_terms(tomllib.loads(text))
