"""The top-level packages depend one way: `assistant` is the core, `ingest` and `evals` build on it, and no cycle
runs between packages. Inside the core, `retrieval/` and `verify/` do not import each other: what both read (the
vocabulary files, the parsers of figures, concepts and parties) is the language layer `lexis/` below them, which
imports neither. Read from the source (every import statement, also those inside functions), not from what happens
to be imported at run time."""

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


# Subpackages of the core and the parts of the core each may not import (a module counts with its subpackages).
FORBIDDEN = {
    "assistant.retrieval": {"assistant.verify"},
    "assistant.verify": {"assistant.retrieval"},
}
# The language layer imports only itself, the text toolkit and language detection (and libraries).
LEXIS_MAY_IMPORT = {"assistant.lexis", "assistant.text", "assistant.language"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PROJECT_ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(source: str, module: str, is_package: bool = False) -> set[tuple[int, str]]:
    """(line, absolute module) of every import in a module's source, relative ones resolved, those inside functions too.
    `from a import b` counts as importing both a and a.b (b may be a module)."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {(node.lineno, alias.name) for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[:len(package) - node.level + 1] + ([base] if base else []))
            found |= {(node.lineno, base)} | {(node.lineno, f"{base}.{alias.name}") for alias in node.names}
    return found


def within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def subpackage_violations() -> list[str]:
    """`file:line imports module` for each import the core's subpackages may not make."""
    found = []
    for path in sorted((PROJECT_ROOT / "assistant").rglob("*.py")):
        module = module_name(path)
        imports = imported_modules(path.read_text(encoding="utf-8"), module, path.name == "__init__.py")
        bad = set()
        for package, forbidden in FORBIDDEN.items():
            if within(module, package):
                bad |= {(line, name) for line, name in imports if any(within(name, other) for other in forbidden)}
        if within(module, "assistant.lexis"):
            bad |= {(line, name) for line, name in imports
                    if within(name, "assistant") and not any(within(name, ok) for ok in LEXIS_MAY_IMPORT)}
        where = str(path.relative_to(PROJECT_ROOT))
        found += [f"{where}:{line} imports {name}" for line, name in sorted(bad)
                  if (line, name.rpartition(".")[0]) not in bad]  # `from a import b`: a, not a.b as well
    return found


def test_the_subpackage_check_reads_relative_and_inner_imports():
    source = "from ..verify.quantities import figure_kinds\n\ndef f():\n    from ...verify import grounding\n"
    assert {(1, "assistant.verify.quantities"), (4, "assistant.verify.grounding")} <= imported_modules(
        source.replace("...", ".."), "assistant.retrieval.asked_counts")
    assert (4, "assistant.verify.grounding") in imported_modules(source, "assistant.retrieval.gate.figures")
    assert (1, "assistant.lexis.x") in imported_modules("from .x import y", "assistant.lexis", is_package=True)


def test_retrieval_and_verify_import_only_the_language_layer_below_them():
    """retrieval/ never imports verify/ nor verify/ retrieval/ (round 35 broke the cycle the two had: the vocabulary
    data and the verifier's parsers both read moved to lexis/); lexis/ imports neither, only the text toolkit."""
    found = subpackage_violations()
    assert not found, "imports across the core's layers:\n" + "\n".join(found)


def test_plugins_add_their_commands_to_the_core_command_line():
    from assistant.cli import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices  # noqa: SLF001
    assert {"ingest", "eval", "search", "ask", "check"} <= set(commands)
    core = build_parser(plugins=False)._subparsers._group_actions[0].choices  # noqa: SLF001
    assert "ingest" not in core and "eval" not in core and "search" in core


# Private names (one leading underscore) stay inside their module, except among the modules of retrieval/ and among
# those of verify/, which still share helpers that way (a debt, docs/architecture.md "Known debts"). Across the
# core's parts (lexis/ → verify/, text/ → retrieval/, llm → answer/ …) and inside every other part, a name another
# module reads is public.
PRIVATE_SHARED_WITHIN = ("assistant.retrieval", "assistant.verify")


def private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_names_imported(source: str, module: str, is_package: bool = False) -> set[tuple[int, str, str]]:
    """(line, home module, name) of each private name a module's source takes from a module of assistant/:
    `from m import _x` (relative or not, also inside functions, also `as y`) and `m._x` off an imported module."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    bound: dict[str, str] = {}  # a local name → the module of assistant/ it stands for (or the module it came from)
    found = set()
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:  # `import a.b` binds a, `import a.b as c` binds c to a.b
                if within(alias.name, "assistant"):
                    bound[alias.asname or "assistant"] = alias.name if alias.asname else "assistant"
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[:len(package) - node.level + 1] + ([base] if base else []))
            if not within(base, "assistant"):
                continue
            found |= {(node.lineno, base, alias.name) for alias in node.names if private(alias.name)}
            bound |= {alias.asname or alias.name: f"{base}.{alias.name}" for alias in node.names}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and private(node.attr) and isinstance(node.value, ast.Name) \
                and node.value.id in bound:
            found.add((node.lineno, bound[node.value.id], node.attr))
    return found


def may_take_private(module: str, home: str) -> bool:
    return home == module or any(within(module, p) and within(home, p) for p in PRIVATE_SHARED_WITHIN)


def private_import_violations() -> list[str]:
    """`file:line takes _name from module` for each private name taken across modules where that is not allowed."""
    found = []
    for path in sorted((PROJECT_ROOT / "assistant").rglob("*.py")):
        module = module_name(path)
        where = str(path.relative_to(PROJECT_ROOT))
        for line, home, name in sorted(private_names_imported(path.read_text(encoding="utf-8"), module,
                                                              path.name == "__init__.py")):
            if not may_take_private(module, home):
                found.append(f"{where}:{line} takes {name} from {home}")
    return found


def test_the_private_name_check_reads_every_form_of_import():
    source = ("from ...lexis.parties import _ACTORS_ZH, actors_in\n"
              "from . import render\n"
              "import assistant.llm as llm\n\n"
              "def f():\n"
              "    from ...text.tokens import _jieba as jieba\n"
              "    return render._clip(llm._content_text(''), 3), llm.content_text, jieba\n")
    found = private_names_imported(source, "assistant.retrieval.hybrid.query_words")
    assert found == {(1, "assistant.lexis.parties", "_ACTORS_ZH"), (6, "assistant.text.tokens", "_jieba"),
                     (7, "assistant.retrieval.hybrid.render", "_clip"), (7, "assistant.llm", "_content_text")}
    assert private_names_imported("from .x import __version__, y", "assistant.lexis", is_package=True) == set()
    assert may_take_private("assistant.verify.roles.agents", "assistant.verify.modality")
    assert not may_take_private("assistant.verify.cases", "assistant.lexis.quantities")
    assert not may_take_private("assistant.retrieval.domain_lean", "assistant.verify.modality")
    assert not may_take_private("assistant.ui.handlers", "assistant.ui.render")


def test_no_module_imports_a_private_name_of_another():
    """A name another module needs is public in its home module (round 36 made public the party lexicon's word lists
    and `objects_in` (lexis/parties.py), `same_value` (quantities.py), `key_pattern` and `plain_form` (lexicon.py),
    `JURISDICTION_WORDS` and `FUNCTION_WORDS` (cedict.py), `initialised_jieba` (text/tokens.py), `content_text`
    (llm.py), `article_order` (spec/checker.py) and `clip` (ui/render.py))."""
    found = private_import_violations()
    assert not found, "private names imported from another module:\n" + "\n".join(found)
