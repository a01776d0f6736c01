"""The law catalog: which documents the assistant knows, under which names, in which versions.

`corpus/regulations/catalog.toml` holds one `[[law]]` table per document version. The catalog
recognises a file (`match_file`), gives metadata to files it does not know (`infer`), and
resolves the names people use for a law (`resolve`, `mention_ending_at`, `find_mentions`).
Everything here except `load_catalog` is pure.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from assistant.errors import ConfigError, UnreadableDocument
from assistant.language import has_cjk
from assistant.types import LawInfo

CHINA_PREFIX = "中华人民共和国"
LAW_FIELDS = set(LawInfo.model_fields)
CATALOG_ONLY_FIELDS = {"match_titles", "version_hint", "indexed", "addressed_to"}

# Characters that never matter when comparing law names: title brackets, quotes, spaces.
_NAME_NOISE = re.compile(r"[《》〈〉<>「」『』“”\"‘’'\s\u3000]")
_LATIN = re.compile(r"[A-Za-z]")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_CN_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_YEAR_QUALIFIER = re.compile(r"[(（]\s*(\d{4})[^)）]*[)）]\s*$")

STATUS_WORDS = {
    "in_force": "in_force", "in force": "in_force", "current": "in_force", "active": "in_force",
    "有效": "in_force", "现行有效": "in_force", "生效": "in_force",
    "superseded": "superseded", "repealed": "superseded", "revoked": "superseded", "expired": "superseded",
    "废止": "superseded", "已废止": "superseded", "失效": "superseded", "已失效": "superseded", "已被修订": "superseded",
    "not_yet_in_force": "not_yet_in_force", "not yet in force": "not_yet_in_force", "尚未生效": "not_yet_in_force",
}


def name_key(name: str) -> str:
    """Comparable form of a law name: 《中华人民共和国个人信息保护法》 and 个人信息保护法 give the same key."""
    key = _NAME_NOISE.sub("", unicodedata.normalize("NFKC", name)).casefold()
    return key[len(CHINA_PREFIX):] if key.startswith(CHINA_PREFIX) and len(key) > len(CHINA_PREFIX) else key


# English titles as people type them: hyphen or space (Anti Money Laundering Law), a final Regulation in the plural or
# shortened (credit reporting regs).
_LATIN_GAP = re.compile(r"[\s-]+")
_REGULATION_TAIL = re.compile(r"(?:regulations|regs|reg)$")


def _latin_key(name: str) -> str:
    """name_key of an English title with hyphens dropped and a final regulations/regs read as regulation."""
    return _REGULATION_TAIL.sub("regulation", name_key(name).replace("-", ""))


def _latin_name_body(name: str) -> str:
    words = [re.escape(w) for w in _LATIN_GAP.split(name.strip()) if w]
    if words and words[-1].lower() == "regulation":
        words[-1] = r"(?:Regulations?|Regs?)"
    return r"[\s-]+".join(words)


def iso_date(value: str) -> str:
    """"2024年11月8日", "2024/11/8", "2024-11-08" → "2024-11-08"; "" stays ""; anything else raises ValueError."""
    value = value.strip()
    if not value:
        return ""
    m = _CN_DATE.fullmatch(value) or _ISO_DATE.fullmatch(value)
    if not m:
        raise ValueError(f"not a date: {value!r}")
    year, month, day = (int(g) for g in m.groups())
    return date(year, month, day).isoformat()


def dates_in(text: str) -> list[str]:
    """Every valid date written in `text` (Chinese or ISO style), as ISO strings."""
    found = []
    for m in [*_CN_DATE.finditer(text), *_ISO_DATE.finditer(text)]:
        try:
            found.append(iso_date(m.group(0)))
        except ValueError:
            continue
    return found


def slugify(stem: str) -> str:
    """File stem → doc id: lower case, words joined by '-'; Chinese characters are kept."""
    slug = re.sub(r"[^\w]+", "-", unicodedata.normalize("NFKC", stem).casefold()).strip("-_")
    return slug or "document"


def parse_front_matter(text: str) -> tuple[dict[str, str], str, int]:
    """Split a leading `---` / `key: value` / `---` block off a document.

    Returns (fields, body, body_offset) where body == text[body_offset:]. Keys are lower case,
    values stripped of surrounding quotes. Without a front matter block: ({}, text, 0).
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text, 0
    fields: dict[str, str] = {}
    for line in m.group(1).splitlines():
        line = line.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        key, value = line.split(":", 1)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields[key.strip().lower()] = value
    return fields, text[m.end():], m.end()


def split_aliases(value: str) -> list[str]:
    """'个保法, PIPL' or '[个保法, PIPL]' → ['个保法', 'PIPL']."""
    value = value.strip().strip("[]")
    return [a.strip().strip("\"'") for a in re.split(r"[,，、;；]", value) if a.strip().strip("\"'")]


@dataclass(frozen=True)
class Mention:
    """A law named in a text."""

    start: int
    end: int
    text: str
    doc_ids: list[str] = field(default_factory=list)


@dataclass
class _Record:
    law: LawInfo
    match_titles: list[str]
    version_hint: str
    indexed: bool
    addressed_to: tuple[str, ...] = ()


class Catalog:
    def __init__(self, records: list[_Record]):
        self._records = records
        self._by_id = {r.law.doc_id: r for r in records}
        self._by_key: dict[str, list[str]] = {}
        for r in records:
            for name in self._names(r):
                for key in {name_key(name), _latin_key(name)} if _LATIN.match(name) else {name_key(name)}:
                    ids = self._by_key.setdefault(key, [])
                    if r.law.doc_id not in ids:
                        ids.append(r.law.doc_id)
        for ids in self._by_key.values():  # newest version first, everywhere
            ids.sort(key=lambda i: self._by_id[i].law.version_date, reverse=True)
        self._max_key_len = max((len(n) for r in records for n in self._names(r)), default=0) + 8
        self._pattern: re.Pattern | None = None

    @staticmethod
    def _names(r: _Record) -> list[str]:
        law = r.law
        return [law.title, law.short_title, *law.aliases, *r.match_titles, law.doc_id]

    def with_documents(self, clauses) -> Catalog:
        """This catalog as one index holds it: the indexed documents it has no entry for (internal policies, files
        dropped into the corpus) are added, so their titles and aliases are recognised in questions like any law's;
        catalog laws whose text this index lacks (a smaller deployment, or indexing still running) count as not
        indexed, so a question naming one is refused rather than answered from another law."""
        clauses = list(clauses)
        present = {c.doc_id for c in clauses}
        records = [r if not r.indexed or r.law.doc_id in present else replace(r, indexed=False) for r in self._records]
        extra = []
        for c in clauses:
            if c.doc_id in self._by_id:
                continue
            law = LawInfo(doc_id=c.doc_id, title=c.law, short_title=c.short_title, aliases=list(c.aliases),
                          jurisdiction=c.jurisdiction, kind=c.kind, version_date=c.version_date,
                          effective_date=c.effective_date, effective_until=c.effective_until, status=c.status)
            extra.append(_Record(law, [], "", True))
        return Catalog(records + extra)

    # Lookups -----------------------------------------------------------------
    @property
    def entries(self) -> list[LawInfo]:
        return [r.law for r in self._records]

    def by_doc_id(self, doc_id: str) -> LawInfo | None:
        r = self._by_id.get(doc_id)
        return r.law if r else None

    def addressed_to(self, doc_id: str) -> tuple[str, ...]:
        """Words naming the institutions a law governs when those are not banks (empty for laws that bind banks)."""
        r = self._by_id.get(doc_id)
        return r.addressed_to if r else ()

    def is_indexed(self, doc_id: str) -> bool:
        """False for laws the catalog only names (no text in the corpus)."""
        r = self._by_id.get(doc_id)
        return bool(r and r.indexed)

    def resolve(self, mention: str) -> list[LawInfo]:
        """Every version of the law a mention names (newest first); [] if unknown.

        A year in a trailing parenthesis narrows the versions: 反洗钱法（2006年） → aml-law-2006.
        """
        ids = self._by_key.get(name_key(mention))
        year = None
        if not ids:
            m = _YEAR_QUALIFIER.search(mention)
            if m:
                year = m.group(1)
                ids = self._by_key.get(name_key(mention[: m.start()]))
        laws = [self._by_id[i].law for i in ids or []]
        if year:
            laws = [law for law in laws if law.version_date.startswith(year)] or laws
        return sorted(laws, key=lambda law: law.version_date, reverse=True)

    def resolve_typo(self, mention: str, same_first: bool = False) -> list[LawInfo]:
        """A Chinese name one character off a known name of the same length (个宝法 for 个保法, 反洗线法):
        people type fast; an unknown-law refusal for a typo would be wrong. Latin names are not guessed.
        `same_first` also keeps the first character (for words found in running text: 银行法 is not 央行法)."""
        key = name_key(mention)
        if len(key) < 3 or not has_cjk(key):
            return []
        for known, ids in self._by_key.items():
            if len(known) == len(key) and known != key and sum(a != b for a, b in zip(known, key)) == 1 \
                    and known[-1] == key[-1] and (not same_first or known[0] == key[0]):
                return [self._by_id[i].law for i in ids]
        return []

    def doc_ids_for(self, mention: str) -> list[str]:
        return [law.doc_id for law in self.resolve(mention)]

    # Finding law names in text -------------------------------------------------
    def mention_ending_at(self, text: str, end: int) -> Mention | None:
        """The longest catalog name that ends exactly at `end` (e.g. 电子签名法 in 民法商法电子签名法第六条)."""
        for length in range(min(self._max_key_len, end), 1, -1):
            start = end - length
            candidate = text[start:end]
            if candidate[0].isspace() or candidate[0] in "《<〈":
                continue
            if _LATIN.match(candidate[0]) and start > 0 and _LATIN.match(text[start - 1]):
                continue
            ids = self._by_key.get(name_key(candidate))
            if ids:
                return Mention(start, end, candidate, list(ids))
        return None

    def mention_starting_at(self, text: str, start: int) -> Mention | None:
        """The longest catalog name that starts exactly at `start` (e.g. GDPR in 'Art. 6 GDPR')."""
        for length in range(min(self._max_key_len, len(text) - start), 1, -1):
            end = start + length
            candidate = text[start:end]
            if candidate[-1].isspace() or candidate[-1] in "》>〉":
                continue
            if _LATIN.match(candidate[-1]) and end < len(text) and _LATIN.match(text[end]):
                continue
            ids = self._by_key.get(name_key(candidate))
            if ids:
                return Mention(start, end, candidate, list(ids))
        return None

    def alias_pattern(self) -> re.Pattern:
        """One regex matching every catalog name (longest first; Latin names on word boundaries)."""
        if self._pattern is None:
            names = {n.strip("《》") for r in self._records for n in self._names(r)[:-1] if n.strip("《》")}
            parts = []
            for name in sorted(names, key=len, reverse=True):
                body = _latin_name_body(name) if _LATIN.match(name[0]) else r"\s+".join(re.escape(w) for w in name.split())
                if _LATIN.match(name[0]):
                    body = r"(?<![A-Za-z])" + body
                if _LATIN.match(name[-1]):
                    body += r"(?![A-Za-z])"
                parts.append(body)
            self._pattern = re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)
        return self._pattern

    def find_mentions(self, text: str) -> list[Mention]:
        """Every law named in `text`, e.g. to filter a search by the laws a question mentions."""
        found = []
        for m in self.alias_pattern().finditer(text):
            ids = self._by_key.get(name_key(m.group(0))) or self._by_key.get(_latin_key(m.group(0)))
            if ids:
                found.append(Mention(m.start(), m.end(), m.group(0), list(ids)))
        return found

    # Recognising files ---------------------------------------------------------
    def match_file(self, title: str, source_path: str, header_text: str = "") -> LawInfo | None:
        """The catalog entry a file holds, from its `# ` title; versions are told apart by the
        file stem (its doc id or version hint, e.g. `2016`) or, failing that, by the latest date
        written in the header block (e.g. "2024年11月8日 … 修订"). None when unknown or ambiguous.
        """
        stem = Path(source_path).stem.casefold()
        key = name_key(title) if title.strip() else ""
        if key:
            candidates = [r for r in self._records if key in {name_key(t) for t in [r.law.title, *r.match_titles]}]
        else:  # a file without a heading: only its name can tell
            candidates = [r for r in self._records if r.law.doc_id == stem]
        if len(candidates) <= 1:
            return candidates[0].law if candidates else None
        same_id = [r for r in candidates if r.law.doc_id == stem]
        if same_id:
            return same_id[0].law
        hinted = [r for r in candidates if r.version_hint and r.version_hint.casefold() in stem]
        if len(hinted) == 1:
            return hinted[0].law
        header_dates = dates_in(header_text)
        if header_dates:
            latest = max(header_dates)
            dated = [r for r in candidates if r.law.version_date == latest]
            if len(dated) == 1:
                return dated[0].law
        return None

    def infer(self, title: str, source_path: str, front_matter: dict[str, str] | None = None) -> LawInfo:
        """Metadata for a file the catalog does not list (an internal policy, a user's upload).

        Front matter wins; otherwise the heading gives the title and the file stem the doc id.
        A title that names a catalog law lends it that law's short title and aliases.
        Raises UnreadableDocument when a front matter value is malformed.
        """
        fm = {k.lower(): str(v).strip() for k, v in (front_matter or {}).items() if str(v).strip()}
        path = Path(source_path)
        title = fm.get("title") or title.strip() or path.stem
        known = self.resolve(title)
        base = known[0] if known else None

        kind = fm.get("kind", "").lower()
        if kind not in ("regulation", "policy", ""):
            raise UnreadableDocument(source_path, f"front matter kind {kind!r} is not 'regulation' or 'policy'.")
        if not kind:
            in_regulations = any(part.casefold() == "regulations" for part in path.parts)
            kind = "regulation" if (base or in_regulations) else "policy"

        language = fm.get("language") or ("zh" if has_cjk(title) else "en")
        if language not in ("zh", "en"):
            language = "zh" if language.startswith("zh") else "en"
        if kind == "policy":
            default_jurisdiction = "INTERNAL"
        else:
            default_jurisdiction = base.jurisdiction if base else ("CN" if language == "zh" else "OTHER")

        dates = {}
        for name in ("version_date", "effective_date", "effective_until"):
            try:
                dates[name] = iso_date(fm.get(name, ""))
            except ValueError:
                raise UnreadableDocument(
                    source_path, f"front matter {name} {fm[name]!r} is not a date.", "Write dates as YYYY-MM-DD."
                ) from None
        effective = dates["effective_date"] or dates["version_date"]

        status_text = fm.get("status", "").casefold().replace("-", " ")
        if status_text and status_text not in STATUS_WORDS:
            raise UnreadableDocument(
                source_path,
                f"front matter status {fm['status']!r} is unknown.",
                "Use in_force, superseded or not_yet_in_force.",
            )
        status = STATUS_WORDS.get(status_text) or ("superseded" if dates["effective_until"] else "in_force")

        short_title = fm.get("short_title") or (base.short_title if base else _strip_china_prefix(title))
        aliases = split_aliases(fm["aliases"]) if "aliases" in fm else list(base.aliases if base else [])
        return LawInfo(
            doc_id=fm.get("doc_id") or slugify(path.stem),
            title=title,
            short_title=short_title,
            aliases=aliases,
            jurisdiction=fm.get("jurisdiction") or default_jurisdiction,
            kind=kind,
            issuer=fm.get("issuer") or (base.issuer if base else ""),
            version_date=dates["version_date"],
            effective_date=effective,
            effective_until=dates["effective_until"],
            status=status,
            source_url=fm.get("source_url", ""),
            language=language,
        )


def _strip_china_prefix(title: str) -> str:
    return title[len(CHINA_PREFIX):] if title.startswith(CHINA_PREFIX) and len(title) > len(CHINA_PREFIX) else title


def default_catalog_path() -> Path:
    from assistant.settings import PROJECT_ROOT

    return PROJECT_ROOT / "corpus" / "regulations" / "catalog.toml"


def load_catalog(path: str | Path | None = None) -> Catalog:
    """Read the catalog TOML. Raises ConfigError naming the file and the faulty entry."""
    path = Path(path) if path else default_catalog_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"The law catalog {path} does not exist.", "Restore corpus/regulations/catalog.toml.") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"The law catalog {path} is not valid TOML: {err}.") from None
    return catalog_from_tables(data.get("law", []), str(path))


def catalog_from_tables(tables: list[dict], origin: str = "catalog") -> Catalog:
    records, seen = [], set()
    for n, table in enumerate(tables, 1):
        where = f"{origin}, [[law]] #{n} ({table.get('doc_id', 'no doc_id')})"
        unknown = set(table) - LAW_FIELDS - CATALOG_ONLY_FIELDS
        if unknown:
            raise ConfigError(f"{where}: unknown field(s) {sorted(unknown)}.")
        fields = {k: v for k, v in table.items() if k in LAW_FIELDS}
        try:
            for name in ("version_date", "effective_date", "effective_until"):
                fields[name] = iso_date(str(fields.get(name, "")))
            law = LawInfo(**fields)
        except (ValueError, ValidationError) as err:
            raise ConfigError(f"{where}: {err}".strip()) from None
        if law.doc_id in seen:
            raise ConfigError(f"{where}: doc_id {law.doc_id!r} appears twice.")
        seen.add(law.doc_id)
        match_titles = [str(t) for t in table.get("match_titles", [])]
        records.append(_Record(law, match_titles, str(table.get("version_hint", "")), bool(table.get("indexed", True)),
                               tuple(str(t) for t in table.get("addressed_to", []))))
    return Catalog(records)
