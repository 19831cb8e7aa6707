"""The import graph follows docs/architecture.md: one direction, no cycles."""

from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "headlinecheck"

# Lower layers must never import higher ones (docs/architecture.md).
LAYERS: list[set[str]] = [
    {"errors", "_lexicon", "lang", "_slotted", "_exports"},
    {"messages"},  # report wording catalogues (lang -> messages -> report)
    {"numbers"},
    {"currencies"},
    {"extraction"},
    {"rates"},
    {"wording"},
    {"ratesync", "checking"},
    {"articles"},
    {"config"},  # reads front matter limits from articles (articles.limits)
    {"discovery"},  # walks and globs, by the configuration's include/exclude
    {"report"},
    {"rows"},  # claim rows carry the findings' codes and suppressions (report)
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
                modules = [
                    n for n in names if (PACKAGE / f"{n}.py").exists() or (PACKAGE / n).is_dir()
                ]
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


# --------------------------------------------------------------------------- module size

#: The most lines a module may have (docs/architecture.md): one job, readable in one sitting.
MAX_LINES = 400
#: Modules still over the limit, waiting for their split (none since rows and dask became
#: packages).
#: Remove an entry when its split lands: an entry that no longer needs its exemption fails the
#: test, so the list only shrinks.
OVERSIZED_LEGACY: set[str] = set()


def _is_generated(path: Path) -> bool:
    """Generated data says so in its docstring ("... by scripts/build_lexicon.py. Do not edit.")."""
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    return "Do not edit" in docstring


def test_no_module_over_400_lines_except_generated_data() -> None:
    too_long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if name in OVERSIZED_LEGACY:
            assert lines > MAX_LINES, f"{name} has {lines} lines: remove it from OVERSIZED_LEGACY"
        elif lines > MAX_LINES and not _is_generated(path):
            too_long.append(f"{name} ({lines} lines)")
    assert not too_long, f"modules over {MAX_LINES} lines: {', '.join(too_long)}"


def test_the_size_rule_finds_generated_data() -> None:
    assert _is_generated(PACKAGE / "_lexicon.py")
    assert not _is_generated(PACKAGE / "currencies.py")


# --------------------------------------------------------------------------- word lists

#: Engine code, which reads its words from the ``lang`` records and holds no word list of its
#: own: the number readers, extraction, currencies and the checker.
ENGINE = ["extraction", "numbers", "currencies.py", "checking"]
#: Not engine: the prose of docs/rules.md, which the checker builds (titles, intro, tables).
NOT_ENGINE = {"checking/rules_doc.py"}
#: A word list is this many words or more in one literal.
MIN_WORDS = 5
#: A word in a list is a word or a short phrase ("no fewer than"); a longer run of words is a
#: message ("its sentence shares fewer words with the headline").
MAX_PHRASE = 4
# A word: letters (of any script), with inner spaces, dots, apostrophes or hyphens ("more than",
# "u.s.", "Rs."); "per\u00a0cent" too.
_WORD_RE = re.compile(r"[^\W\d_]+(?:[ \u00a0.'’-][^\W\d_]+)*\.?")
# ISO 4217 codes ("USD") are codes, not words.
_CODE_RE = re.compile(r"[A-Z]{3}")


def _is_word(text: str) -> bool:
    return _WORD_RE.fullmatch(text.strip()) is not None


def _is_listed_word(text: str) -> bool:
    """A word or short phrase as a list holds it: not a code, not a message."""
    return _is_word(text) and not _CODE_RE.fullmatch(text) and len(text.split()) <= MAX_PHRASE


def _is_script_letter(c: str) -> bool:
    """A letter or a non-decimal numeral ("万", "〇"), not a digit or a sign ("０", "．", "€")."""
    return unicodedata.category(c)[0] == "L" or unicodedata.category(c) in ("Nl", "No")


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _split_strings(tree: ast.Module) -> set[int]:
    """The string constants the module splits into words: ``"a b c".split()``, or a name bound
    to the string and split (``_TEXT = "..."`` ... ``_TEXT.split()``)."""
    split_names: set[str] = set()
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "split":
            if isinstance(node.value, ast.Constant):
                found.add(id(node.value))
            elif isinstance(node.value, ast.Name):
                split_names.add(node.value.id)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and any(isinstance(t, ast.Name) and t.id in split_names for t in node.targets)
        ):
            found.add(id(node.value))
    return found


def _is_table(node: ast.Dict) -> bool:
    """A dict whose values are written out (constants, names, literals) is a table, and its keys
    count; one that computes its values (``{"claim": figure_dict(c), ...}``) is a record of
    field names."""
    return all(
        isinstance(v, ast.Constant | ast.Name | ast.Tuple | ast.Set | ast.List | ast.UnaryOp)
        for v in node.values
    )


def word_lists(source: str) -> list[tuple[int, str]]:
    """The word lists in ``source``: (line, what) for each.

    A word list is (1) a set, list, tuple or dict literal holding ``MIN_WORDS`` or more string
    constants that are words or phrases of at most ``MAX_PHRASE`` words, ISO codes aside (the
    keys of a dict count when the dict is a table of written-out values, its string values
    always), (2) a string, not a docstring, of ``MIN_WORDS`` or more words separated by spaces
    that is split into words or written over several lines (a word block; a one-line message
    is neither), (3) a regex alternation of ``MIN_WORDS`` or more words ("jan|feb|..."), or (4)
    a string of ``MIN_WORDS`` or more letters of a script without spaces ("万萬亿億兆": a table
    of characters). ``__slots__`` and ``__all__`` are names, not words.
    """
    tree = ast.parse(source)
    skip = _docstrings(tree)
    split = _split_strings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in ("__slots__", "__all__") for t in targets):
                skip.update(id(n) for n in ast.walk(node))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Set | ast.List | ast.Tuple | ast.Dict):
            if isinstance(node, ast.Dict):
                items = [*(node.keys if _is_table(node) else []), *node.values]
            else:
                items = list(node.elts)
            words = [
                n.value
                for n in items
                if isinstance(n, ast.Constant)
                and isinstance(n.value, str)
                and _is_listed_word(n.value)
            ]
            if len(words) >= MIN_WORDS:
                found.append((node.lineno, f"a literal of {len(words)} words ({words[0]!r}, ...)"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            spaced = text.split()
            block = id(node) in split or "\n" in text.strip()
            # Regex alternatives have no spaces around them (a Markdown table's cells do).
            alternatives = [p for p in text.split("|") if p == p.strip() and _is_word(p)]
            letters = [c for c in text if not c.isascii() and _is_script_letter(c)]
            if block and len(spaced) >= MIN_WORDS and all(_is_word(p) for p in spaced):
                found.append((node.lineno, f"a string of {len(spaced)} words ({spaced[0]!r} ...)"))
            elif len(alternatives) >= MIN_WORDS:
                found.append((node.lineno, f"an alternation of words ({alternatives[0]!r}|...)"))
            elif len(letters) >= MIN_WORDS:
                found.append((node.lineno, f"a string of characters ({''.join(letters[:5])!r}...)"))
    return found


def test_no_word_list_inside_an_engine_module() -> None:
    paths = [p for name in ENGINE for p in sorted((PACKAGE / name).glob("**/*.py"))] + [
        PACKAGE / name for name in ENGINE if name.endswith(".py")
    ]
    paths = [p for p in paths if p.relative_to(PACKAGE).as_posix() not in NOT_ENGINE]
    assert len(paths) > 40
    found = [
        f"{path.relative_to(PACKAGE).as_posix()}:{line}: {what}"
        for path in paths
        for line, what in word_lists(path.read_text(encoding="utf-8"))
    ]
    assert not found, "word lists belong in headlinecheck/lang/:\n" + "\n".join(found)


def test_the_word_list_rule_finds_each_kind_of_list() -> None:
    source = '''
"""A docstring of many many many many words."""
__slots__ = ("one", "two", "three", "four", "five")
QUALIFIERS = {"about": 1, "around": 1, "roughly": 1, "some": 1, "circa": 1}
STOP = frozenset("a an the of in on".split())
MONTHS = "jan|feb|mar|apr|may"
HAN = "零〇一二三四"
REGEX = r"(?P<m>(?i:thousand|million|billion|trillion|lakhs?|mn|bn|tn))"
SPACES = " \\u00a0\\u202f"
PATTERN = r"(?P<num>[0-9]+)(?:mln|mn|bn)?"
FEW = ("to", "and", "through")
WIDE = "０１２３４５６７８９．€"
MESSAGE = "tolerance must be a number"
FIELDS = {"schema": a.b, "claim": f(c), "verdict": v.value, "notes": list(n), "rate": r.x}
CODES = ("USD", "AUD", "CAD", "NZD", "SGD", "HKD")
TABLE = "| code | what | when | where | why |"
REASONS = ("does not support the claim", "a running total or aggregate", "later in the body",
    "further from the claim's stated value", "its sentence shares fewer words")
_TEXT = "raise raises raised raising rising"
WORDS = frozenset(_TEXT.split())
BLOCK = """
one two three
four five six
"""
'''
    found = sorted(line for line, _ in word_lists(source))
    # Word tables, word blocks (split, or written over lines), alternations and characters; not
    # messages, computed records of field names, ISO codes or Markdown tables.
    assert found == [4, 5, 6, 7, 8, 19, 21]
    # What the language records hold is what the rule finds: lang/en.py and the modules it reads
    # (lang/_en_money.py) are full of word lists.
    english = [PACKAGE / "lang" / "en.py", PACKAGE / "lang" / "_en_money.py"]
    assert sum(len(word_lists(path.read_text(encoding="utf-8"))) for path in english) > 20
