"""The top-level packages depend one way: `assistant` is the core, `ingest` and `evals` build on it, and no cycle
runs between packages. Read from the source (every import statement, also those inside functions), not from what
happens to be imported at run time."""

from __future__ import annotations

import ast
from pathlib import Path

from assistant.settings import PROJECT_ROOT


def top_level_packages() -> list[str]:
    return sorted(p.parent.name for p in PROJECT_ROOT.glob("*/__init__.py") if p.parent.name != "tests")


def imported_packages(path: Path, own: str, packages: set[str]) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue  # a relative import stays inside its own package
        found |= {name.split(".")[0] for name in names} & packages
    return found - {own}


def package_graph() -> dict[str, dict[str, list[str]]]:
    """package → {package it imports: [files importing it]}."""
    packages = set(top_level_packages())
    graph: dict[str, dict[str, list[str]]] = {p: {} for p in packages}
    for package in packages:
        for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
            for other in imported_packages(path, package, packages):
                graph[package].setdefault(other, []).append(str(path.relative_to(PROJECT_ROOT)))
    return graph


def cycle(graph: dict[str, dict[str, list[str]]]) -> list[str] | None:
    """One cycle of the graph as a path (first node repeated at the end), or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 finished

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [node, nxt] if nxt in path else [node, nxt]
            if nxt not in state and (found := visit(nxt, path + [node])):
                return found
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start, [])):
            return found
    return None


def test_the_detector_finds_a_cycle():
    assert cycle({"a": {"b": ["a/x.py"]}, "b": {"c": ["b/y.py"]}, "c": {"a": ["c/z.py"]}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b": ["a/x.py"]}, "b": {}}) is None


def test_no_cycle_between_top_level_packages():
    graph = package_graph()
    assert {"assistant", "ingest", "evals"} <= set(graph)
    found = cycle(graph)
    where = {f"{a} → {b}": graph[a][b][:3] for a, b in zip(found, found[1:])} if found else {}
    assert found is None, f"import cycle between packages {' → '.join(found)}: {where}"


def test_the_core_imports_no_package_built_on_it():
    graph = package_graph()
    assert graph["assistant"] == {}, f"assistant imports {graph['assistant']}"
    assert "evals" not in graph["ingest"] and "ingest" not in graph["evals"]


def test_plugins_add_their_commands_to_the_core_command_line():
    from assistant.cli import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices  # noqa: SLF001
    assert {"ingest", "eval", "search", "ask", "check"} <= set(commands)
    core = build_parser(plugins=False)._subparsers._group_actions[0].choices  # noqa: SLF001
    assert "ingest" not in core and "eval" not in core and "search" in core
