"""What every stage factory receives: the settings and the stages built before it.

Its own module so the backends can name the type without importing `wiring`, which imports them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .settings import Settings

if TYPE_CHECKING:
    import numpy as np

    from .catalog import Catalog
    from .retrieval.config import RetrievalConfig
    from .retrieval.corpus_view import CorpusView
    from .retrieval.embedder_base import TextEmbedder
    from .retrieval.store import ClauseStore


@dataclass
class StageContext:
    """What a stage factory may use: the settings and the stages built before it."""

    settings: Settings
    embedder: TextEmbedder | None = None
    store: ClauseStore | None = None
    view: CorpusView | None = None
    catalog: Catalog | None = None
    config: RetrievalConfig | None = None  # retriever switches (None: the shipped system)
    # passage vectors through the machine-wide cache (wiring.corpus_context sets it with the embedder): support scores
    # embed clause paragraphs and claims; the ingest cache already holds the paragraphs, so a clause is embedded once
    # per model, not per answer. None: no embedder, no support scores.
    embed_passages: Callable[[list[str]], np.ndarray] | None = field(default=None, repr=False)
