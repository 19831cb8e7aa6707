"""The row schema (``COLUMNS``, also as Spark DDL), rows as pandas frames and Arrow schemas, and
``Tally``, the counts of a set of rows. No checking here: ``headlinecheck.rows.building`` makes
the rows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from headlinecheck.report.rules import HORIZON_RULES, RULES, Outcome

if TYPE_CHECKING:
    import pandas
    import pyarrow


class Column(NamedTuple):
    name: str
    type: str  # "string" | "int64" | "bool"; every column may be null
    doc: str


#: The row schema, in column order. Amounts, rates and dates are strings (see the module doc).
COLUMNS: tuple[Column, ...] = (
    Column(
        "kind",
        "string",
        '"claim" (a headline figure judged), "conversion" (a conversion the body states wrongly:'
        ' HC120-HC122) or "error" (an input error)',
    ),
    Column("article_id", "string", "the --id-col value, else the path (+ '#record' for records)"),
    Column("path", "string", "the input file"),
    Column("record", "int64", "0-based record index in a JSON Lines, JSON or Parquet file"),
    Column(
        "line", "int64", "1-based line in the file: the claim's or stated amount's, the record's"
    ),
    Column("column", "int64", "1-based column of it or of the error (Markdown and text files)"),
    Column("claim_text", "string", "the claim as written in the headline; the stated amount"),
    Column("claim_start", "int64", "start offset of it in the headline (a conversion's: body)"),
    Column("claim_end", "int64", "end offset (exclusive) of it in the headline (or the body)"),
    Column("verdict", "string", "supported | mismatch | unsupported (a conversion: mismatch)"),
    Column(
        "diagnosis",
        "string",
        "why a mismatch is probably wrong (docs/checking.md), a conversion's problem"
        " (off | magnitude | inverted), or null",
    ),
    Column("claim_value", "string", "the claim's (stated amount's) value as a decimal string"),
    Column("claim_low", "string", "low end of the interval the claim commits to"),
    Column("claim_high", "string", "high end of it ('Infinity' when open above)"),
    Column("claim_currency", "string", "ISO 4217 code the claim was read in, or null"),
    Column("evidence_text", "string", "the body figure judged against (converted), as written"),
    Column("evidence_value", "string", "its value as a decimal string"),
    Column("evidence_currency", "string", "its ISO 4217 code, or null"),
    Column("rate_pair", "string", "the conversion used, BASE/QUOTE, or null"),
    Column("rate_value", "string", "units of QUOTE per BASE as a decimal string"),
    Column("rate_date", "string", "the date (YYYY-MM-DD) whose rate was used"),
    Column("published", "string", "the article's date (YYYY-MM-DD), or null when unknown"),
    Column("date_uncertain", "bool", "no date: a default window of rates stood in for it"),
    Column("message", "string", "the verdict or the error, in words"),
    Column(
        "code",
        "string",
        "the rule code (docs/rules.md): the claim's or conversion's, as check reports it, or HC9xx",
    ),
    Column("suppressed", "bool", "an ignore covers the row's finding: it does not fail the run"),
    Column(
        "converted_low",
        "string",
        "a conversion's: the evidence amount at the date's rate, in the claim's currency (low)",
    ),
    Column("converted_high", "string", "... and high end of that interval; null for others"),
)
NAMES: tuple[str, ...] = tuple(column.name for column in COLUMNS)
#: The schema as Spark DDL, for ``mapInPandas(..., schema=SPARK_SCHEMA)``.
_SPARK_TYPES = {"string": "string", "int64": "bigint", "bool": "boolean"}
SPARK_SCHEMA = ", ".join(f"{c.name} {_SPARK_TYPES[c.type]}" for c in COLUMNS)

#: Code of an article the checker could not check (docs/rules.md).
CANNOT_CHECK = "HC909"
BAD_SETTING = "HC907"


def to_frame(rows: Iterable[Mapping[str, Any]]) -> pandas.DataFrame:
    """Rows as a pandas frame with ``COLUMNS`` and nullable dtypes (empty rows keep them)."""
    import pandas

    frame = pandas.DataFrame(list(rows), columns=list(NAMES))
    dtypes = {"string": "string", "int64": "Int64", "bool": "boolean"}
    return frame.astype({c.name: dtypes[c.type] for c in COLUMNS})


def arrow_schema(metadata: Mapping[str, str] | None = None) -> pyarrow.Schema:
    """``COLUMNS`` as an Arrow schema (for Parquet), with optional key-value metadata."""
    import pyarrow

    types = {"string": pyarrow.string(), "int64": pyarrow.int64(), "bool": pyarrow.bool_()}
    return pyarrow.schema(
        [pyarrow.field(c.name, types[c.type]) for c in COLUMNS],
        metadata=dict(metadata) if metadata else None,
    )


@attrs.frozen
class Tally:
    """What a set of rows holds, and whether it fails the run under ``fail_on``, as ``check``
    counts: ``claims`` are all of them, the verdict counts the unsuppressed ones; ``stale`` the
    failures of rates beyond the horizon (HC123, ``--stale-rates-exit-code``); ``conversions``
    the rows of conversions the body states wrongly (HC120-HC122), suppressed or not."""

    claims: int = 0
    supported: int = 0
    mismatch: int = 0
    unsupported: int = 0
    errors: int = 0
    failures: int = 0
    suppressed: int = 0
    stale: int = 0
    conversions: int = 0

    @classmethod
    def of(cls, rows: Iterable[Mapping[str, Any]], fail_on: str = "mismatch") -> Tally:
        counts = dict.fromkeys(("supported", "mismatch", "unsupported"), 0)
        claims = errors = failures = suppressed = stale = conversions = 0
        for row in rows:
            kind = row["kind"]
            if kind == "error":
                errors += 1
                failures += 1
                continue
            if kind == "conversion":
                conversions += 1
                failures += not row.get("suppressed") and _fails(row, fail_on)
                continue
            claims += 1
            if row.get("suppressed"):
                suppressed += 1
                continue
            counts[row["verdict"]] += 1
            if _fails(row, fail_on):
                failures += 1
                stale += row.get("code") in HORIZON_RULES
        return cls(claims, errors=errors, failures=failures, suppressed=suppressed, stale=stale,
                   conversions=conversions, **counts)  # fmt: skip

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            *(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True))
        )

    def exit_code(self, stale_exit_code: int = 1) -> int:
        """``check``'s exit status for these rows: 0, 1, or ``stale_exit_code`` for HC123."""
        others = self.failures - self.stale
        return max(stale_exit_code if self.stale else 0, 1 if others else 0)


def _fails(row: Mapping[str, Any], fail_on: str) -> bool:
    """Does an unsuppressed claim row fail the run? By its rule's outcome, as a finding does
    (``report.Finding.level``); by its verdict for a row without a code."""
    code, verdict = row.get("code"), row["verdict"]
    if code is None:
        return bool(verdict == "mismatch" or fail_on == verdict == "unsupported")
    outcome = RULES[code].outcome
    if outcome is Outcome.SUPPORTED:
        return False
    return fail_on == "unsupported" or outcome not in (Outcome.UNSUPPORTED, Outcome.DATE_UNCERTAIN)
