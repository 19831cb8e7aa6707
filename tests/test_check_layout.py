"""The checking package's shape (issue 9): small modules, and no word list inside the engine."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "headlinecheck"
MODULES = [*sorted((PACKAGE / "checking").rglob("*.py")), PACKAGE / "wording.py"]
#: Data, not engine: the prose of docs/rules.md (the checker's words are in headlinecheck/lang/).
DATA = {"rules_doc.py"}
CODE = re.compile(r"[A-Z]{3}")  # ISO 4217 codes are not words


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_are_small(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 400


def _word_literals(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Dict):
        # Word -> word tables count; JSON field names (str -> value) do not.
        elements = list(node.values)
    elif isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        elements = list(node.elts)
    else:
        return []
    return [
        e.value
        for e in elements
        if isinstance(e, ast.Constant) and isinstance(e.value, str) and e.value.isalpha()
    ]


@pytest.mark.parametrize(
    "path", [p for p in MODULES if p.name not in DATA], ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_engine_modules_hold_no_word_list(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    exports = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
    }
    for node in ast.walk(tree):
        if id(node) in exports:
            continue
        words = [w for w in _word_literals(node) if not CODE.fullmatch(w)]
        assert len(words) < 5, (path.name, getattr(node, "lineno", None), words)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            # A block of words to .split(): "about above after again ..."
            tokens = node.value.split()
            lower = [t for t in tokens if t.isalpha() and t.islower()]
            assert not (len(tokens) >= 20 and len(lower) == len(tokens)), (path.name, node.lineno)
