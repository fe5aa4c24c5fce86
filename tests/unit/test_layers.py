"""The package's layers, as the README's layout section states them: lower layers import nothing
from higher ones, and no module imports one that imports it back (function-level imports too)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "bantin"
#: Each layer and the layers (or top-level modules) it must not import, directly.
FORBIDDEN = {
    "bantin.core": ("bantin.site", "bantin.incremental", "bantin.plugin", "bantin.cli", "bantin.importer",
                    "bantin.translate", "bantin.project"),
    "bantin.site": ("bantin.incremental", "bantin.plugin", "bantin.cli", "bantin.importer", "bantin.translate"),
    "bantin.incremental": ("bantin.plugin", "bantin.cli", "bantin.importer", "bantin.translate"),
    "bantin.translate": ("bantin.importer", "bantin.site", "bantin.incremental", "bantin.plugin", "bantin.cli"),
}  # fmt: skip


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Every module of the package `name` imports, anywhere in it."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets = [module] + [f"{module}.{alias.name}" for alias in node.names]
        else:
            continue
        found |= {t for t in targets if t in modules and t != name}
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def test_lower_layers_import_nothing_from_higher_ones() -> None:
    wrong = [
        f"{name} imports {target}"
        for name, targets in _graph().items()
        for layer, forbidden in FORBIDDEN.items()
        if name == layer or name.startswith(f"{layer}.")
        for target in targets
        if any(target == f or target.startswith(f"{f}.") for f in forbidden)
    ]
    assert wrong == []


def test_no_module_imports_one_that_imports_it_back() -> None:
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[set[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(component)

    for node in graph:
        if node not in index:
            visit(node)
    assert cycles == []


def test_no_module_is_over_400_lines_and_the_plugin_under_250() -> None:
    """The house rule of issue 20: a module a newcomer reads in one sitting."""
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in _modules().items()}
    assert [name for name, lines in sizes.items() if lines > 400] == []
    assert sizes["bantin.plugin"] < 250
