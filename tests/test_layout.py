"""The package's layout is its architecture: folders by concern, imports running one way.

``CONTRIBUTING.md`` ("Where a change goes") says what each folder holds. This test reads every
module's imports (statically, with ``ast``) and checks two things:

* no import cycle among ``aistats`` modules at import time (module-level imports; those under
  ``TYPE_CHECKING`` and inside functions are deferred and do not count);
* the arrows between folders run downward: resources → streams, files, jobs, tools, structured
  → transport → observe → the front (config, exceptions), never back up.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "aistats"

#: Lower layers may not import (at module level) from the higher ones listed against them.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "_transport": ("resources", "_streams", "_structured", "_cli", "testing", "_files", "_jobs", "_tools"),
    "_observe": ("resources", "_structured", "_cli", "testing", "_files", "_jobs", "_tools"),
    "_streams": ("resources", "_cli", "testing", "_structured", "_jobs", "_tools"),
    "_structured": ("resources", "_cli", "testing", "_streams", "_transport", "_tools"),
    "_files": ("resources", "_cli", "testing", "_structured", "_jobs", "_tools"),
    "_tools": ("resources", "_cli", "testing", "_streams", "_files", "_jobs"),
    "resources": ("_cli", "testing"),
}
FRONT = ("_exceptions", "_error_body", "_portable", "_credentials", "_version", "_constants", "_jsonscan")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def module_level_imports(path: Path) -> set[str]:
    """The aistats modules ``path`` imports when it is itself imported."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.If):
                if not _is_type_checking(node.test):
                    visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)
                for handler in node.handlers:
                    visit(handler.body)
                visit(node.orelse)
                visit(node.finalbody)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("aistats"))
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - node.level + 1]
                    target = ".".join([*base, node.module] if node.module else base)
                else:
                    target = node.module or ""
                if target.startswith("aistats"):
                    found.add(target)
                    found.update(f"{target}.{a.name}" for a in node.names)

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return found


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges[name] = {m for m in module_level_imports(path) if m in modules and m != name}
    return edges


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """A cycle of module-level imports, or None. Importing a package's own submodule runs
    the package's ``__init__`` first: that edge is not a cycle of ours."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if node.startswith(nxt + "."):
                continue
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_no_import_cycle() -> None:
    cycle = find_cycle(graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_checker_sees_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"p.m": {"p"}, "p": set()}) is None
    # relative imports at two depths resolve to modules
    edges = graph()
    assert "aistats._exceptions" in edges["aistats._transport.retry"]
    assert "aistats._transport.retry" in edges["aistats._transport.call_loop"]


def _folder(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


@pytest.mark.parametrize("folder", sorted(FORBIDDEN))
def test_imports_run_downward(folder: str) -> None:
    wrong = sorted(
        f"{name} imports {target}"
        for name, targets in graph().items()
        if _folder(name) == folder
        for target in targets
        if _folder(target) in FORBIDDEN[folder]
    )
    upward = "\n".join(wrong)
    assert not wrong, f"an import runs upward (see CONTRIBUTING.md, 'Where a change goes'):\n{upward}"


def test_the_front_depends_on_nothing_above_it() -> None:
    """The exception tree and its helpers import nothing but each other (every layer uses them)."""
    edges = graph()
    wrong = sorted(
        f"{name} imports {target}"
        for name in edges
        if _folder(name) in FRONT
        for target in edges[name]
        if _folder(target) not in FRONT
    )
    assert not wrong, "\n".join(wrong)


def _runtime_imports(path: Path) -> set[str]:
    """Every aistats module ``path`` imports at run time, deferred imports in functions
    included (those under ``TYPE_CHECKING`` excluded)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and _is_type_checking(node.test)
        for inner in ast.walk(node)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level and id(node) not in typing_only:
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            found.add(".".join([*base, node.module] if node.module else base))
    return found


def test_observers_import_one_way() -> None:
    """Hooks start OpenTelemetry (on first use); OpenTelemetry never reaches back into hooks:
    both read the narrow interface in ``_observe/watch.py``."""
    otel = _runtime_imports(PACKAGE / "_observe" / "otel.py")
    hooks = _runtime_imports(PACKAGE / "_observe" / "hooks.py")
    assert "aistats._observe.otel" in hooks
    assert "aistats._observe.hooks" not in otel, "otel imports hooks: the arrow must run hooks -> otel"
