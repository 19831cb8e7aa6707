"""Issue 15's fuzz of ``check``: 2,000 hostile articles (tests/hostile_text.py) raise nothing but
the library's own input errors, and every report is consistent and serialisable."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import HealthCheck, given, settings

from check_helpers import assert_consistent_claims
from headlinecheck.checking import check
from headlinecheck.errors import HeadlinecheckError
from headlinecheck.rates import RateTable
from hostile_text import DAYS, TEXT


@settings(max_examples=2000, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(TEXT, TEXT, DAYS)
def test_hostile_articles_give_a_consistent_report_or_an_input_error(
    bundled_table: RateTable, headline: str, body: str, published: date | None
) -> None:
    try:
        report = check(headline, body, published=published, rates=bundled_table)
    except HeadlinecheckError as error:
        assert str(error)
        return
    assert_consistent_claims(report, headline)
    json.dumps(report.to_dict())
