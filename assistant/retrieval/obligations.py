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
    context: re.Pattern | None = None  # facts + context engage the law even when other laws dominate


@dataclass(frozen=True)
class Checklist:
    core: dict[str, tuple[int, ...]]
    triggers: tuple[Trigger, ...]
    same_as: dict[str, str]

    def canonical(self, doc_id: str) -> str:
        return self.same_as.get(doc_id, doc_id)

    def standalone_laws(self, text: str) -> list[str]:
        """Laws whose facts and context both appear: engaged whatever the retrieved evidence says."""
        return list(dict.fromkeys(
            t.law for t in self.triggers if t.context is not None and t.context.search(text) and t.facts.search(text)
        ))

    def engaged(self, doc_id: str, text: str) -> list[int]:
        """Articles of `doc_id` a scenario engages: its core articles, then those its facts trigger, in order."""
        out: list[int] = list(self.core.get(doc_id, ()))
        for trigger in self.triggers:
            if trigger.law == doc_id and trigger.facts.search(text):
                out.extend(trigger.articles)
        return list(dict.fromkeys(out))

    def laws(self) -> set[str]:
        return set(self.core) | {t.law for t in self.triggers}


def parse_checklist(data: dict) -> Checklist:
    core = {doc: tuple(arts) for doc, arts in data.get("core", {}).items()}
    triggers = tuple(
        Trigger(
            t["law"],
            re.compile(t["facts"], re.IGNORECASE),
            tuple(t["articles"]),
            re.compile(t["context"], re.IGNORECASE) if t.get("context") else None,
        )
        for t in data.get("trigger", [])
    )
    return Checklist(core, triggers, dict(data.get("same_as", {})))


@lru_cache(maxsize=1)
def load_checklist() -> Checklist:
    text = resources.files("assistant.retrieval").joinpath("obligations.toml").read_text(encoding="utf-8")
    return parse_checklist(tomllib.loads(text))
