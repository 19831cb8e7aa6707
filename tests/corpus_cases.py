"""The one loader of the YAML case corpora under tests/corpus/ (format: tests/corpus/README.md).

``cases("extract/counts.yaml")`` reads a file's cases, checks every key against its subject's key
set (the first folder: ``extract``, or ``check`` for ``check/`` and ``diagnoses/``) and raises a
:class:`CorpusError` naming the file and the case on a malformed entry. ``assert_figure`` runs an
``extract`` case: the one meaning of those keys, shared by every extraction corpus test.

A *table* is a file that declares its own ``columns`` (the arguments of one test function): its
cases are rows, lists in column order or mappings with exactly those keys, and the columns named
under ``decimals`` are read as exact ``Decimal`` values. A mapping row may name its test id under
``id`` without an ``id`` column (it is no argument). Any folder may hold tables.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

CORPUS = Path(__file__).parent / "corpus"

# What an extract case may say about the figure it checks.
FIGURE_KEYS = frozenset(
    {"kind", "figure", "value", "high", "low", "top", "precision", "currency", "symbol"}
    | {"qualifier", "noun"}
)
EXACT = ("value", "high", "low", "top", "precision")  # decimals, written as strings or integers
SUBJECTS: dict[str, tuple[frozenset[str], frozenset[str]]] = {  # subject: (required, allowed)
    "extract": (
        frozenset({"text"}),
        frozenset({"id", "text", "locale", "dollar", "none", "only", "pick"}) | FIGURE_KEYS,
    ),
    "check": (
        frozenset({"id", "headline", "body"}),
        frozenset({"id", "published", "days_after_table_end", "dollar", "headline", "body"})
        | {"claim", "verdict", "diagnosis", "code", "message", "notes"}
        | {"conversion", "conversion_count", "expect", "rate", "arithmetic", "verdicts"},
    ),
}
# One entry of a check case's `expect` list (required, allowed), and of its `rate`.
EXPECT = (
    frozenset({"claim", "verdict", "diagnosis"}),
    frozenset({"claim", "verdict", "diagnosis", "evidence", "stale_used"}),
)
RATE = (frozenset({"pair", "used", "value"}), frozenset({"pair", "used", "value"}))
FOLDERS = {"extract": "extract", "check": "check", "diagnoses": "check"}
TABLE_FOLDERS = frozenset({"numbers", "inputs"})  # folders that hold tables only
TABLE_KEYS = frozenset({"columns", "decimals", "cases"})
KINDS = ("money", "count", "percent")


class CorpusError(Exception):
    """A corpus file or case that does not follow tests/corpus/README.md."""


class Case(Mapping[str, Any]):
    """One case: its fields (the file's defaults under its own keys), where it is, its test id."""

    def __init__(
        self, path: Path, number: int, fields: dict[str, Any], header: dict[str, Any], name: str
    ) -> None:
        self.path, self.number, self.header, self.name = path, number, header, name
        columns = header.get("columns")
        self.fields = dict(fields) if columns else {**header, **fields}  # a row is its cells
        own = fields.get("id")
        if own is None and columns:  # a table row: its first column names it
            own = fields[columns[0]]
        if own is None:
            own = fields.get("text", "")
            if self.fields.get("locale"):
                own = f"{own}@{self.fields['locale']}"
        self.id = str(own)

    def __getitem__(self, key: str) -> Any:
        return self.fields[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.fields)

    def __len__(self) -> int:
        return len(self.fields)

    def __repr__(self) -> str:
        return f"<case {self.where}>"

    @property
    def where(self) -> str:
        return f"tests/corpus/{self.name} case {self.number} ({self.id!r})"


def cases(*names: str) -> list[Case]:
    """The cases of the files ``names`` (paths or globs under tests/corpus/), in file order."""
    found: list[Case] = []
    for name in names:
        paths = sorted(CORPUS.glob(name))
        if not paths:
            raise CorpusError(f"tests/corpus/{name}: no such corpus file")
        for path in paths:
            found.extend(load(path, CORPUS))
    return found


def rows(name: str) -> list[Any]:
    """A table's rows as ``pytest.param`` values in column order (``parametrize(columns, ...)``)."""
    import pytest

    found = cases(name)
    if found and "columns" not in found[0].header:
        raise CorpusError(f"tests/corpus/{name}: no table (it gives no `columns`)")
    columns = found[0].header["columns"] if found else ()
    cells = [tuple(case[c] for c in columns) for case in found]
    names = [case.id for case in found]
    if "id" not in columns:
        # A row without its own `id` is named by its first cell, or by as many leading cells
        # as make the names unique.
        for width in range(1, len(columns) + 1):
            names = [
                case.id if "id" in case.fields else "|".join(str(cell) for cell in row[:width])
                for case, row in zip(found, cells, strict=True)
            ]
            if len(set(names)) == len(names):
                break
    return [pytest.param(*row, id=name) for row, name in zip(cells, names, strict=True)]


def header(name: str) -> dict[str, Any]:
    """The file-level keys of ``name`` (the defaults its cases share)."""
    found = load(CORPUS / name)
    if not found:
        raise CorpusError(f"tests/corpus/{name}: no cases")
    return found[0].header


def ids(found: list[Case]) -> list[str]:
    return [f"{case.path.stem}-{case.id}" for case in found]


def load(path: Path, root: Path = CORPUS) -> list[Case]:
    """The cases of one file under ``root``, whose first folder names the subject."""
    name = path.relative_to(root).as_posix()
    where = f"tests/corpus/{name}"
    folder = path.relative_to(root).parts[0]
    subject = FOLDERS.get(folder)
    if subject is None and folder not in TABLE_FOLDERS:
        known = sorted({*FOLDERS, *TABLE_FOLDERS})
        raise CorpusError(f"{where}: the first folder names no subject (one of {known})")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise CorpusError(f"{where}: not YAML: {error}") from None
    except ValueError as error:  # an impossible unquoted date ("2023-13-01") fails in PyYAML
        raise CorpusError(f"{where}: a value YAML cannot read: {error}") from None
    if isinstance(data, dict) and "columns" in data:
        return _load_table(path, name, data)
    if subject is None:
        raise CorpusError(f"{where}: {folder}/ holds tables: give `columns`")
    if isinstance(data, list):  # the older shape: a bare list of cases, no file-level keys
        data = {"cases": data}
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise CorpusError(f"{where}: expected a mapping with a `cases` list (or a bare list)")
    head = {k: v for k, v in data.items() if k != "cases"}
    _check_keys(where + " (file-level keys)", head, subject, required=False)
    found: list[Case] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(data["cases"], start=1):
        if not isinstance(raw, dict):
            raise CorpusError(f"{where} case {number}: expected a mapping, got {raw!r}")
        if raw.get("money") == "none":  # world_money.yaml's spelling of `none: money`
            raw = {**{k: v for k, v in raw.items() if k != "money"}, "none": "money"}
        case = Case(path, number, raw, head, name)
        _check_keys(case.where, case.fields, subject, required=True)
        if "id" in raw:
            if raw["id"] in seen:
                raise CorpusError(
                    f"{case.where}: the id of case {seen[raw['id']]} again, ids are unique"
                )
            seen[raw["id"]] = number
        found.append(case)
    return found


def _load_table(path: Path, name: str, data: dict[str, Any]) -> list[Case]:
    """The rows of a table file as cases, each cell under its column's name."""
    where = f"tests/corpus/{name}"
    unknown = sorted(set(data) - TABLE_KEYS)
    if unknown:
        known = ", ".join(sorted(TABLE_KEYS))
        raise CorpusError(f"{where}: unknown table key {unknown[0]!r} (known: {known})")
    columns, decimals, rows = data["columns"], data.get("decimals", []), data.get("cases")
    if (
        not isinstance(columns, list)
        or not columns
        or not all(isinstance(c, str) for c in columns)
        or len(set(columns)) != len(columns)
    ):
        raise CorpusError(f"{where}: columns must be a list of distinct names, got {columns!r}")
    if not isinstance(decimals, list) or not set(decimals) <= set(columns):
        raise CorpusError(f"{where}: decimals {decimals!r} must be a list of columns")
    if not isinstance(rows, list):
        raise CorpusError(f"{where}: expected a `cases` list of rows")
    head = {"columns": tuple(columns)}
    own_id: set[str] = set() if "id" in columns else {"id"}  # a mapping row's own test id
    found: list[Case] = []
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        at = f"{where} case {number}"
        if isinstance(row, list):
            if len(row) != len(columns):
                raise CorpusError(
                    f"{at}: {len(row)} cells for {len(columns)} columns ({', '.join(columns)})"
                )
            cells = dict(zip(columns, row, strict=True))
        elif isinstance(row, dict):
            odd = sorted((set(row) - own_id) ^ set(columns))
            if odd:
                raise CorpusError(
                    f"{at}: unknown or missing column {odd[0]!r} (columns: {', '.join(columns)})"
                )
            cells = dict(row)
        else:
            raise CorpusError(f"{at}: expected a row (a list or a mapping), got {row!r}")
        for column in decimals:
            cells[column] = _decimal(f"{at}, {column}", cells[column])
        case = Case(path, number, cells, head, name)
        if "id" in cells:  # first cells may repeat (rows() names by more cells); an id may not
            if not isinstance(cells["id"], str) or not cells["id"]:
                raise CorpusError(f"{at}: id {cells['id']!r} must be a non-empty string")
            if case.id in seen:
                raise CorpusError(
                    f"{case.where}: the id of case {seen[case.id]} again, ids are unique"
                )
            seen[case.id] = number
        found.append(case)
    return found


def _decimal(where: str, value: Any) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise CorpusError(f"{where}: {value!r} must be a quoted decimal (exact, no float)")
    try:
        return Decimal(value)
    except InvalidOperation:
        raise CorpusError(f"{where}: {value!r} is no decimal number") from None


def _check_keys(where: str, fields: Mapping[str, Any], subject: str, *, required: bool) -> None:
    needed, allowed = SUBJECTS[subject]
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise CorpusError(
            f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(allowed))})"
        )
    missing = sorted(needed - set(fields)) if required else []
    if missing:
        raise CorpusError(f"{where}: missing key {missing[0]!r}")
    for key in EXACT:
        value = fields.get(key)
        if value is None or (key == "top" and value == "unbounded"):
            continue
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise CorpusError(
                f"{where}: {key} {value!r} must be a quoted decimal (exact, no float)"
            )
        try:
            Decimal(value)
        except InvalidOperation:
            raise CorpusError(f"{where}: {key} {value!r} is no decimal number") from None
    if "kind" in fields and fields["kind"] not in KINDS:
        raise CorpusError(f"{where}: kind {fields['kind']!r} is none of {', '.join(KINDS)}")
    none = fields.get("none")
    if none is not None and none is not True and none not in KINDS:
        raise CorpusError(f"{where}: none {none!r} must be true or one of {', '.join(KINDS)}")
    said = set(fields) & (FIGURE_KEYS | {"only", "pick"})
    if required and subject == "extract" and not none and not said:
        raise CorpusError(
            f"{where}: says nothing about the figure (give `none`, `only`, `pick` or a figure key)"
        )
    for key, (needed_in, allowed_in) in (("expect", EXPECT), ("rate", RATE)):
        entries = fields.get(key)
        if entries is None:
            continue
        if key == "expect" and not isinstance(entries, list):
            raise CorpusError(f"{where}: expect must be a list, one entry per headline figure")
        for n, entry in enumerate(entries if key == "expect" else [entries], start=1):
            at = f"{where}, {key}" + (f" entry {n}" if key == "expect" else "")
            if not isinstance(entry, dict):
                raise CorpusError(f"{at}: expected a mapping, got {entry!r}")
            odd = sorted(set(entry) - allowed_in) or sorted(needed_in - set(entry))
            if odd:
                known = ", ".join(sorted(allowed_in))
                raise CorpusError(f"{at}: unknown or missing key {odd[0]!r} (keys: {known})")
    verdicts = fields.get("verdicts")
    if verdicts is not None and not (
        isinstance(verdicts, list) and all(isinstance(v, str) for v in verdicts)
    ):
        raise CorpusError(f"{where}: verdicts must be a list of `verdict` or `verdict:diagnosis`")
    published = fields.get("published")
    if published is not None and not isinstance(published, date):
        raise CorpusError(f"{where}: published {published!r} is no ISO date (YYYY-MM-DD)")


def assert_figure(case: Case) -> None:
    """Run one extract case (the meaning of its keys: tests/corpus/README.md)."""
    from headlinecheck.currencies import AmbiguousDollar
    from headlinecheck.extraction import UNBOUNDED, Kind, extract

    figures = extract(case["text"], locale=case.get("locale"), dollar=case.get("dollar"))
    none = case.get("none")
    if none is True:
        assert figures == (), figures
        return
    if none is not None:
        assert [f for f in figures if f.kind.value == none] == [], figures
        return
    if case.get("only"):
        assert len(figures) == 1, figures
        figure = figures[0]
    elif "pick" in case:
        matches = [f for f in figures if f.text == case["pick"]]
        assert len(matches) == 1, (case["pick"], figures)
        figure = matches[0]
    else:
        kind = case.get("kind", "money")
        found = [f for f in figures if f.kind.value == kind]
        assert found, f"no {kind} in {figures}"
        figure = found[0]
    if "kind" in case:
        assert figure.kind is Kind(case["kind"]), figure
    if "figure" in case:
        assert figure.text == case["figure"], figure
    if "value" in case:
        assert figure.value == Decimal(case["value"]), figure
    if "high" in case:
        assert figure.value_high == Decimal(case["high"]), figure
    if "low" in case:
        assert figure.low == Decimal(case["low"]), figure
    if "top" in case:
        top = UNBOUNDED if case["top"] == "unbounded" else Decimal(case["top"])
        assert figure.high == top, figure
    if "precision" in case:
        assert figure.precision == Decimal(case["precision"]), figure
    if "currency" in case:
        want = case["currency"]
        if want is None:
            assert figure.currency is None, figure
        elif want == "$":
            assert isinstance(figure.currency, AmbiguousDollar), figure
            assert figure.currency.symbol == "$", figure
        elif isinstance(want, list):
            assert isinstance(figure.currency, AmbiguousDollar), figure
            assert list(figure.currency.candidates) == want, figure
        else:
            assert figure.currency == want, figure
    if "symbol" in case:
        assert isinstance(figure.currency, AmbiguousDollar), figure
        assert figure.currency.symbol == case["symbol"], figure
    if "qualifier" in case:
        assert figure.qualifier.value == case["qualifier"], figure
    if "noun" in case:
        assert figure.unit_noun == case["noun"], figure
