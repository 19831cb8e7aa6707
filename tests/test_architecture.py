"""The import graph follows docs/architecture.md: one direction, no cycles."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "headlinecheck"

# Lower layers must never import higher ones (docs/architecture.md).
LAYERS: list[set[str]] = [
    {"errors", "_lexicon"},
    {"numbers"},
    {"currencies"},
    {"extract"},
    {"rates"},
    {"wording"},
    {"ratesync", "checking"},
    {"articles", "config"},
    {"discovery"},  # walks and globs, by the configuration's include/exclude
    {"report", "rows"},
    {"htmlreport"},
    {"cli", "serve", "conformance", "evaluate", "__main__", "dask"},
]


def _module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE).with_suffix("")
    parts = [p for p in relative.parts if p != "__init__"]
    return ".".join(parts) if parts else "__init__"


def _imports() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        name = _module_name(path)
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "headlinecheck":
                # "from headlinecheck import _lexicon" imports a submodule by name.
                names = [a.name for a in node.names]
                modules = [n for n in names if (PACKAGE / f"{n}.py").exists()]
                targets.update(modules or ["__init__"])
                continue
            if isinstance(node, ast.ImportFrom) and node.module:
                module = node.module
            elif isinstance(node, ast.Import):
                module = node.names[0].name
            else:
                continue
            if module.startswith("headlinecheck."):
                targets.add(module.removeprefix("headlinecheck.").split(".")[0])
        graph[name.split(".")[0]] = graph.get(name.split(".")[0], set()) | targets
    return graph


def _layer(module: str) -> int:
    for index, names in enumerate(LAYERS):
        if module in names:
            return index
    raise AssertionError(f"module {module!r} has no layer in tests/test_architecture.py")


def test_every_module_has_a_layer_and_imports_point_down() -> None:
    graph = _imports()
    for module, targets in graph.items():
        if module == "__init__":
            continue  # the package re-exports lazily, by name
        for target in targets - {module, "__init__"}:
            assert _layer(target) < _layer(module) or module in ("cli", "__main__"), (
                f"{module} imports {target}, which is not below it"
            )


def test_no_import_cycles() -> None:
    graph = {m: t - {m, "__init__"} for m, t in _imports().items() if m != "__init__"}
    visiting: set[str] = set()
    done: set[str] = set()

    def visit(node: str, trail: tuple[str, ...]) -> None:
        assert node not in visiting, f"import cycle: {' -> '.join((*trail, node))}"
        if node in done:
            return
        visiting.add(node)
        for nxt in graph.get(node, ()):
            visit(nxt, (*trail, node))
        visiting.discard(node)
        done.add(node)

    for module in graph:
        visit(module, ())
