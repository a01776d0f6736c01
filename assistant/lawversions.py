"""Which versions of a law exist, and their articles: from the index when one is at hand, else the corpus files.

The diff logic (`lawdiff`) is pure; this module does the reading. A `VersionSource` caches the articles of
every document it loaded, so `assistant impact` diffs each law once however many answers cited it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from .catalog import Catalog, slugify
from .errors import AssistantError
from .lawdiff import Article, LawDiff, articles_from_clauses, diff_articles
from .types import Clause, LawInfo


def versions_of(law: str, catalog: Catalog) -> list[LawInfo]:
    """Every catalogued version of the law a name (title, short title, alias or doc id) names, oldest first."""
    found = catalog.resolve(law)
    if not found:
        raise AssistantError(f"No law called {law!r} is in the catalog.",
                             "Use a title, short title or alias from corpus/regulations/catalog.toml, e.g. 反洗钱法.")
    # A name shared by several laws (an alias) is narrowed to the title of the newest match.
    title = found[0].title
    return sorted((v for v in found if v.title == title), key=lambda v: v.version_date)


def pick_version(versions: list[LawInfo], wanted: str) -> LawInfo:
    """`2006`, `2024-11-08` or a doc id → that version. The year may be the version's or its effective date's."""
    wanted = wanted.strip()
    for test in (lambda v: v.doc_id == wanted, lambda v: v.version_date.startswith(wanted),
                 lambda v: v.effective_date.startswith(wanted)):
        hits = [v for v in versions if test(v)]
        if len(hits) == 1:
            return hits[0]
    listing = ", ".join(f"{v.version_date} ({v.doc_id})" for v in versions)
    raise AssistantError(f"{versions[0].short_title if versions else 'This law'} has no single version {wanted!r}.",
                         f"Pick one of: {listing}.")


class VersionSource:
    """Articles per doc id, read once. `clauses` (e.g. the web UI's index view) wins over the corpus files."""

    def __init__(self, catalog: Catalog, clauses: Iterable[Clause] | None = None,
                 corpus_dirs: list[Path] | None = None, index_loader: Callable[[], Iterable[Clause]] | None = None):
        self.catalog = catalog
        self._clauses = list(clauses) if clauses is not None else None
        self.corpus_dirs = corpus_dirs or []
        self._index_loader = index_loader
        self._articles: dict[str, list[Article]] = {}
        self._diffs: dict[tuple[str, str], LawDiff] = {}

    def articles(self, doc_id: str) -> list[Article]:
        if doc_id not in self._articles:
            found = articles_from_clauses(self._clauses, doc_id) if self._clauses is not None else []
            if not found:
                found = self._from_files(doc_id)
            if not found and self._index_loader is not None:
                found = articles_from_clauses(self._index_loader(), doc_id)
            self._articles[doc_id] = found
        return self._articles[doc_id]

    def _from_files(self, doc_id: str) -> list[Article]:
        from .documents import chunk_file
        from .documents.loaders import iter_documents

        paths = list(iter_documents([d for d in self.corpus_dirs if Path(d).exists()]))
        # Corpus files are named after their doc id; try those first, then every text file.
        named = [p for p in paths if slugify(p.stem) == doc_id]
        rest = [p for p in paths if p not in named and p.suffix.lower() in (".md", ".txt")]
        for path in [*named, *rest]:
            try:
                clauses = chunk_file(path, self.catalog)
            except AssistantError:
                continue
            found = articles_from_clauses(clauses, doc_id)
            if found:
                return found
        return []

    def diff(self, old: LawInfo, new: LawInfo) -> LawDiff:
        key = (old.doc_id, new.doc_id)
        if key not in self._diffs:
            before, after = self.articles(old.doc_id), self.articles(new.doc_id)
            for info, arts in ((old, before), (new, after)):
                if not arts:
                    raise AssistantError(
                        f"No text of {info.short_title} {info.version_date} ({info.doc_id}) was found.",
                        "Index it (`assistant ingest`) or put its file in a folder of ASSISTANT_CORPUS_DIRS.")
            self._diffs[key] = diff_articles(before, after, old.short_title, old.version_date, new.version_date,
                                             old.doc_id, new.doc_id)
        return self._diffs[key]
