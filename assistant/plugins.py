"""What packages built on `assistant` add to it, found by name at run time: the core never imports them.

`ingest` (indexing: the `assistant ingest` command and the `Indexer` the web UI starts in the background) and
`evals` (the `assistant eval` commands) depend on `assistant`, never the other way round. Each declares a plugin
module as an entry point of the group below (pyproject.toml); a plugin module may define

- `add_commands(subparsers)`: adds its subcommands to the `assistant` command line;
- `indexer`: an `interfaces.Indexer`.
"""

from __future__ import annotations

import importlib
import logging
from functools import lru_cache
from types import ModuleType

log = logging.getLogger(__name__)

GROUP = "compliance_assistant.plugins"
# The plugins of this source tree (the same as pyproject.toml's entry points), for an installation whose metadata
# predates them; one whose package is not installed is skipped.
BUILT_IN = {"ingest": "ingest.plugin", "evals": "evals.plugin"}


@lru_cache(maxsize=1)
def load() -> tuple[ModuleType, ...]:
    from importlib.metadata import entry_points

    declared = {ep.name: ep.value for ep in entry_points(group=GROUP)}
    modules = []
    for name, target in {**BUILT_IN, **declared}.items():
        try:
            modules.append(importlib.import_module(target))
        except ModuleNotFoundError as err:
            if not target.startswith(f"{err.name}.") and target != err.name:
                raise  # the plugin is there but broken: say so
            log.debug("plugin %s (%s) is not installed", name, target)
    return tuple(modules)


def add_commands(subparsers) -> None:
    for module in load():
        add = getattr(module, "add_commands", None)
        if add is not None:
            add(subparsers)


def indexer():
    """The installed `Indexer` (the `ingest` package), or None."""
    return next((m.indexer for m in load() if getattr(m, "indexer", None) is not None), None)
