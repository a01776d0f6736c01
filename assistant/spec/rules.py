"""The reviewer's rule book (rules.toml) and how it is matched against a spec's requirements.

Everything here is pure except `load_rulebook`, which reads the package data file. The rule book
decides WHAT to look for; assistant/spec/checker.py turns the matches into findings with citations
taken from the index.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from assistant.errors import ConfigError

from .requirements import Requirement, split_clauses

SEVERITIES = ("high", "medium", "low")
SEVERITY_RANK = {"high": 3, "medium": 2, "low": 1}


def severity_at_least(severity: str, threshold: str | None) -> bool:
    return threshold is not None and SEVERITY_RANK.get(severity, 0) >= SEVERITY_RANK[threshold]


@dataclass(frozen=True)
class Cite:
    doc_id: str
    article: int
    quote: str = ""  # regex picking the paragraph to quote
    when: re.Pattern | None = None  # cite only if the document mentions this
    years: float | None = None  # for minimum-period bases


@dataclass(frozen=True)
class Rule:
    id: str
    title: dict[str, str]
    obligation: dict[str, str]
    recommendation: dict[str, str]
    triggers: tuple[re.Pattern, ...]
    safeguards: tuple[re.Pattern, ...] = ()
    requires: tuple[re.Pattern, ...] = ()
    context: tuple[re.Pattern, ...] = ()
    exempt: tuple[re.Pattern, ...] = ()
    negatable: bool = True
    severity: str = "medium"
    severity_if_refused: str = "medium"
    cites: tuple[Cite, ...] = ()


@dataclass(frozen=True)
class Minimum:
    id: str
    title: dict[str, str]
    policy_title: dict[str, str]
    recommendation: dict[str, str]
    subject: tuple[re.Pattern, ...]
    retention: tuple[re.Pattern, ...]
    context: tuple[re.Pattern, ...] = ()
    severity: str = "high"
    policy_severity: str = "medium"
    bases: tuple[Cite, ...] = ()


@dataclass(frozen=True)
class RuleBook:
    rules: tuple[Rule, ...]
    minimums: tuple[Minimum, ...]
    messages: dict[str, dict]
    negation: dict[str, re.Pattern]

    def rule(self, rule_id: str) -> Rule:
        return next(r for r in self.rules if r.id == rule_id)

    def message(self, key: str, part: str, language: str, **values) -> str:
        template = self.messages[key][part]
        text = template.get(language) or template.get("en", "")
        return text.format(**values)


# Loading -------------------------------------------------------------------------------------------------


def _compile(patterns: list[str], shared: dict[str, str], where: str) -> tuple[re.Pattern, ...]:
    out = []
    for pattern in patterns:
        expanded = re.sub(r"\{(\w+)\}", lambda m: f"(?:{shared[m.group(1)]})" if m.group(1) in shared else m.group(0),
                          pattern)
        try:
            out.append(re.compile(expanded, re.IGNORECASE))
        except re.error as err:
            raise ConfigError(f"Rule book {where}: bad regex {pattern!r}: {err}.") from None
    return tuple(out)


def _severity(value: str, where: str) -> str:
    if value not in SEVERITIES:
        raise ConfigError(f"Rule book {where}: severity {value!r} is not one of {', '.join(SEVERITIES)}.")
    return value


def _cites(items: list[dict], shared: dict[str, str], where: str) -> tuple[Cite, ...]:
    cites = []
    for item in items:
        try:
            when = _compile([item["when"]], shared, where)[0] if item.get("when") else None
            cites.append(Cite(str(item["doc_id"]), int(item["article"]), item.get("quote", ""), when,
                              float(item["years"]) if "years" in item else None))
        except KeyError as err:
            raise ConfigError(f"Rule book {where}: a citation lacks {err}.") from None
    return tuple(cites)


def parse_rulebook(data: dict, origin: str = "rules.toml") -> RuleBook:
    shared = dict(data.get("patterns", {}))
    rules = []
    for n, table in enumerate(data.get("rule", []), 1):
        where = f"{origin} [[rule]] #{n} ({table.get('id', '?')})"
        try:
            severity = _severity(table["severity"], where)
            rules.append(Rule(
                id=table["id"], title=table["title"], obligation=table.get("obligation", table["title"]),
                recommendation=table["recommendation"],
                triggers=_compile(table["triggers"], shared, where),
                safeguards=_compile(table.get("safeguards", []), shared, where),
                requires=_compile(table.get("requires", []), shared, where),
                context=_compile(table.get("context", []), shared, where),
                exempt=_compile(table.get("exempt", []), shared, where),
                negatable=bool(table.get("negatable", True)),
                severity=severity,
                severity_if_refused=_severity(table.get("severity_if_refused", severity), where),
                cites=_cites(table.get("cites", []), shared, where),
            ))
        except KeyError as err:
            raise ConfigError(f"Rule book {where}: missing field {err}.") from None
    minimums = []
    for n, table in enumerate(data.get("minimum", []), 1):
        where = f"{origin} [[minimum]] #{n} ({table.get('id', '?')})"
        try:
            minimums.append(Minimum(
                id=table["id"], title=table["title"], policy_title=table.get("policy_title", table["title"]),
                recommendation=table["recommendation"],
                subject=_compile(table["subject"], shared, where),
                retention=_compile(table["retention"], shared, where),
                context=_compile(table.get("context", []), shared, where),
                severity=_severity(table.get("severity", "high"), where),
                policy_severity=_severity(table.get("policy_severity", "medium"), where),
                bases=_cites(table["bases"], shared, where),
            ))
        except KeyError as err:
            raise ConfigError(f"Rule book {where}: missing field {err}.") from None
    negation = {lang: re.compile(p, re.IGNORECASE) for lang, p in data.get("negation", {}).items()}
    return RuleBook(tuple(rules), tuple(minimums), dict(data.get("messages", {})), negation)


@lru_cache(maxsize=4)
def load_rulebook(path: str | None = None) -> RuleBook:
    """The packaged rule book, or the TOML file at `path`. Raises ConfigError naming the faulty entry."""
    try:
        text = Path(path).read_text(encoding="utf-8") if path else \
            resources.files("assistant.spec").joinpath("rules.toml").read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise ConfigError(f"The rule book {path} does not exist.") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"The rule book {path or 'rules.toml'} is not valid TOML: {err}.") from None
    return parse_rulebook(data, str(path or "rules.toml"))


# Matching ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    requirement: Requirement
    text: str  # the matched words
    clause: str  # the sentence piece around them
    negated: bool


class DocumentScan:
    """A document cut into sentence pieces, each marked negated or not (computed once per document)."""

    def __init__(self, requirements: list[Requirement], negation: dict[str, re.Pattern]):
        self.requirements = requirements
        self._negation = list(negation.values())
        self.pieces: list[tuple[Requirement, int, str, bool]] = []
        for req in requirements:
            for offset, piece in split_clauses(req.text):
                self.pieces.append((req, offset, piece, self.is_negated(piece)))
        self.headings = list(dict.fromkeys(h for req in requirements for h in req.heading_path))

    def is_negated(self, piece: str) -> bool:
        return any(p.search(piece) for p in self._negation)

    def mentions(self, patterns: tuple[re.Pattern, ...]) -> list[Mention]:
        found = []
        for req, _, piece, negated in self.pieces:
            for pattern in patterns:
                m = pattern.search(piece)
                if m:
                    found.append(Mention(req, m.group(0), piece.strip(), negated))
                    break
        return found

    def mentioned(self, patterns: tuple[re.Pattern, ...]) -> bool:
        """Mentioned at least once outside a negation (headings count: "# 反洗钱交易监测" sets the context)."""
        if any(p.search(h) and not self.is_negated(h) for h in self.headings for p in patterns):
            return True
        return any(not m.negated for m in self.mentions(patterns))

    def trigger_matches(self, req: Requirement, patterns: tuple[re.Pattern, ...], negatable: bool) -> list[str]:
        """Trigger words in `req` whose sentence piece is not negated (or all of them when not negatable)."""
        pieces = [(o, p, n) for r, o, p, n in self.pieces if r is req]
        hits = []
        for pattern in patterns:
            for m in pattern.finditer(req.text):
                piece = next(((o, p, n) for o, p, n in pieces if o <= m.start() < o + len(p)), None)
                if negatable and piece is not None and piece[2]:
                    continue
                hits.append(m.group(0))
        return list(dict.fromkeys(hits))


@dataclass
class RuleMatch:
    """A rule that applies to a document: where it triggered and how its safeguards fared."""

    rule: Rule
    triggered: list[tuple[Requirement, list[str]]]  # requirement, trigger words
    status: str  # "missing" | "refused" | "present" | "defect"
    refusals: list[Mention] = field(default_factory=list)
    present: list[Mention] = field(default_factory=list)

    @property
    def severity(self) -> str:
        return self.rule.severity_if_refused if self.status == "refused" else self.rule.severity

    @property
    def is_gap(self) -> bool:
        return self.status != "present"

    @property
    def anchor(self) -> Requirement:
        """The requirement a finding is reported on: the refusal if there is one, else the first trigger."""
        if self.refusals:
            return self.refusals[0].requirement
        return self.triggered[0][0]


def match_rules(book: RuleBook, scan: DocumentScan) -> list[RuleMatch]:
    """Every rule that triggers in the document, with the state of its safeguards."""
    matches = []
    for rule in book.rules:
        if rule.exempt and scan.mentioned(rule.exempt):
            continue
        if rule.context and not scan.mentioned(rule.context):
            continue
        triggered = []
        for req in scan.requirements:
            words = scan.trigger_matches(req, rule.triggers, rule.negatable)
            if not words:
                continue
            context = req.context_text()
            if all(p.search(context) for p in rule.requires):
                triggered.append((req, words))
        if not triggered:
            continue
        if not rule.safeguards:
            matches.append(RuleMatch(rule, triggered, "defect"))
            continue
        mentions = scan.mentions(rule.safeguards)
        refusals = [m for m in mentions if m.negated]
        present = [m for m in mentions if not m.negated]
        # A refusal anywhere wins over a mention elsewhere: "评估由供应商负责，本行无需另行开展评估" is a gap.
        status = "refused" if refusals else "present" if present else "missing"
        matches.append(RuleMatch(rule, triggered, status, refusals, present))
    return matches


@dataclass
class PeriodMatch:
    """A requirement that keeps `subject` data for a stated period."""

    minimum: Minimum
    requirement: Requirement
    years: float  # the shortest period stated, in years
    raw: str  # as written, e.g. "3 年"


def period_years(text: str) -> list[tuple[float, str]]:
    """Durations in `text` as years (3 年, 18 个月, five years, 十年); calendar years and days are ignored."""
    from assistant.lexis.quantities import extract_quantities

    out = []
    for q in extract_quantities(text):
        if q.unit == "year" and q.value <= 200:
            out.append((q.value, q.raw))
        elif q.unit == "month" and q.value <= 2400:
            out.append((q.value / 12, q.raw))
    return out


def match_periods(book: RuleBook, scan: DocumentScan) -> list[PeriodMatch]:
    matches = []
    for minimum in book.minimums:
        if minimum.context and not scan.mentioned(minimum.context):
            continue
        for req in scan.requirements:
            if not any(p.search(req.text) for p in minimum.subject):
                continue
            if not any(p.search(req.context_text()) for p in minimum.retention):
                continue
            periods = period_years(req.text)
            if periods:
                years, raw = min(periods)
                matches.append(PeriodMatch(minimum, req, years, raw))
    return matches
