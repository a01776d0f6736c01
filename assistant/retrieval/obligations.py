"""The reviewer's checklist for scenario questions (data in obligations.toml): facts → engaged articles."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Trigger:
    law: str
    facts: re.Pattern
    articles: tuple[int, ...]
    source: str = ""  # the words of the articles this entry derives from


@dataclass(frozen=True)
class Checklist:
    triggers: tuple[Trigger, ...]
    same_as: dict[str, str]

    def canonical(self, doc_id: str) -> str:
        return self.same_as.get(doc_id, doc_id)

    def engaged(self, doc_id: str, text: str) -> list[int]:
        """Articles of `doc_id` whose duties the scenario's facts engage, in order."""
        out: list[int] = []
        for trigger in self.triggers:
            if trigger.law == doc_id and trigger.facts.search(text):
                out.extend(trigger.articles)
        return list(dict.fromkeys(out))

    def laws(self) -> set[str]:
        return {t.law for t in self.triggers}


def parse_checklist(data: dict) -> Checklist:
    triggers = tuple(
        Trigger(t["law"], re.compile(t["facts"], re.IGNORECASE), tuple(t["articles"]), t.get("source", ""))
        for t in data.get("trigger", [])
    )
    return Checklist(triggers, dict(data.get("same_as", {})))


@lru_cache(maxsize=1)
def load_checklist() -> Checklist:
    text = resources.files("assistant.retrieval").joinpath("obligations.toml").read_text(encoding="utf-8")
    return parse_checklist(tomllib.loads(text))
