"""The body's own conversions (``checking.body_rates``): checked at the ECB rate of the date,
reported at the stated amount's body line with codes HC120-HC122."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from headlinecheck import report
from headlinecheck.articles import Article, read_bytes
from headlinecheck.checking import check
from headlinecheck.checking.body_rates import MAGNITUDE
from headlinecheck.rates import RateTable
from shared import SEED_PUBLISHED
from test_check_properties import _marker, scenarios, two_digits, written


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.booleans())
def test_a_body_conversion_made_at_the_dates_rate_is_never_flagged(
    bundled_table: RateTable, scenario: tuple[str, str, Decimal, date], symbol: bool
) -> None:
    source, target, amount, day = scenario
    assume(source != target)
    converted = two_digits(amount * bundled_table.rate(source, target, day).value)
    body = (
        f"The group will invest {_marker(source, symbol)}{written(amount)} "
        f"({_marker(target, symbol)}{written(converted)}) in a plant."
    )
    rep = check("Group to build a plant", body, published=day, rates=bundled_table)
    # None found only where extraction reads both signs as one currency ("RMB ... (¥ ...)"
    # near Chinese text): nothing to convert.
    assert len(rep.conversions) <= 1
    assert all(found.problem is None for found in rep.conversions), rep.conversions


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.booleans(), st.sampled_from((Decimal(1000), Decimal("0.001"))))
def test_a_body_conversion_a_thousand_times_off_is_a_magnitude_slip(
    bundled_table: RateTable,
    scenario: tuple[str, str, Decimal, date],
    symbol: bool,
    factor: Decimal,
) -> None:
    source, target, amount, day = scenario
    assume(source != target)
    converted = two_digits(amount * bundled_table.rate(source, target, day).value * factor)
    assume(Decimal(1000) <= converted < Decimal(10) ** 14)
    body = (
        f"The group will invest {_marker(source, symbol)}{written(amount)} "
        f"({_marker(target, symbol)}{written(converted)}) in a plant."
    )
    conversions = check(
        "Group to build a plant", body, published=day, rates=bundled_table
    ).conversions
    assume(conversions)  # not "RMB ... (¥ ...)" read as one currency
    (found,) = conversions
    assert found.problem == MAGNITUDE and found.code == "HC121", found.message
    assert found.factor is not None


def test_a_wrong_body_conversion_is_a_finding_at_its_line_even_under_a_right_headline() -> None:
    text = (
        "---\ntitle: Hong Kong allocates $6.4M\ndate: 2023-08-29\n---\n"
        "The government set aside HKD 50 million.\n"
        "That is HK$50 million (US$390 million) in all.\n"
    )
    [article] = read_bytes(text.encode(), "a.md", kind="markdown")
    assert isinstance(article, Article)
    result = check(article.headline, article.body, published=article.published)
    found = report.claim_findings(article, result)
    codes = {f.code: f for f in found}
    assert set(codes) == {"HC101", "HC122"}
    assert codes["HC122"].location.line == 6
    assert codes["HC122"].location.column == text.splitlines()[5].index("US$") + 1
    assert result.to_dict()["body_conversions"][0]["code"] == "HC122"


def test_a_disable_line_comment_silences_a_body_conversion() -> None:
    text = (
        "# Hong Kong allocates $6.4M\n\n"
        "It set aside HK$50 million (US$390 million). <!-- headlinecheck-disable-line HC122 -->\n"
    )
    [article] = read_bytes(text.encode(), "a.md", kind="markdown")
    assert isinstance(article, Article)
    result = check(article.headline, article.body, published=SEED_PUBLISHED)
    (flagged,) = [f for f in report.claim_findings(article, result) if f.code == "HC122"]
    assert flagged.suppressed


def test_two_bare_dollars_and_same_currency_pairs_are_not_judged() -> None:
    day = SEED_PUBLISHED
    assert check("A plan", "$ 88.2 billion ($ 17.6 bn) for it", published=day).conversions == ()
    assert check("A plan", "US$5 million (USD 5.2 million)", published=day).conversions == ()


def test_a_torn_real_sign_is_the_real_and_its_conversion_is_judged() -> None:
    # "R $ 88.2 billion": the real's sign torn by the page's spacing, not a bare dollar
    (conversion,) = check(
        "A plan", "R $ 88.2 billion ($ 17.6 bn) for it", published=SEED_PUBLISHED
    ).conversions
    assert conversion.source.currency == "BRL"
    assert conversion.problem is None


def test_the_json_of_body_conversions_validates_against_the_documented_schema() -> None:
    import jsonschema

    from test_check_schema import documented_schema

    rep = check(
        "Hong Kong allocates $6.4M",
        "HKD 50 million (US$390 million) and HK$50 million (US$6.4 million). ($1 = 7.82 HKD)",
        published=SEED_PUBLISHED,
    )
    data = rep.to_dict()
    assert [c["problem"] for c in data["body_conversions"]] == ["inverted", None, None]
    assert not rep.ok  # the headline is right, the body is not
    jsonschema.Draft202012Validator(documented_schema()).validate(data)
