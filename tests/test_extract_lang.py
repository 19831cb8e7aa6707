"""The language records extraction reads: loading by locale, and what each record says."""

from __future__ import annotations

import calendar
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest

from headlinecheck import lang
from headlinecheck.articles.dates import parse_date
from headlinecheck.extraction import Kind, extract
from headlinecheck.lang import Language
from headlinecheck.numbers import MAGNITUDES

D = Decimal


def test_get_loads_the_record_of_a_module() -> None:
    english = lang.get("en")
    assert isinstance(english, Language)
    assert english.code == "en"
    assert lang.get("en_IN") is lang.get("en-in") is lang.get("en_in")
    with pytest.raises(LookupError, match="xx"):
        lang.get("xx")
    with pytest.raises(LookupError):
        lang.get("_record")  # a private module is no language


def test_find_falls_back_from_the_variant_to_the_language() -> None:
    assert lang.find("fr_FR") is lang.get("fr")
    assert lang.find("en_IN") is lang.get("en_IN")
    assert lang.find("en_US") is lang.get("en")
    assert lang.find("de_DE") is None  # CLDR's words only (in _lexicon)


def test_a_locale_record_is_imported_only_when_that_locale_is_read() -> None:
    code = (
        "import sys\n"
        "from headlinecheck import extract\n"
        "extract('EUR 5 million')\n"
        "print('headlinecheck.lang.fr' in sys.modules)\n"
        "extract('1,2 milliard d’euros', locale='fr_FR')\n"
        "print('headlinecheck.lang.fr' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_indian_english_magnitudes() -> None:
    indian = lang.get("en_IN")
    assert indian.magnitude_words["lakh"] == 5
    assert indian.magnitude_words["crore"] == 7
    assert indian.magnitude_words["lakh crore"] == 12
    assert indian.ambiguous_magnitudes == {"arab": 9}
    assert indian.grouping == (3, 2)
    # English text reads them with no locale set ...
    assert "en_IN" in lang.get("en").variants_read
    assert MAGNITUDES["lakh crore"] == D(10) ** 12
    (figure,) = extract("Rs 1.5 lakh crore")
    assert figure.value == D("1.5e12")
    # ... and the 2-digit grouping of "1,41,383"
    (figure,) = extract("Rs 1,41,383")
    assert figure.value == D(141383)


def test_arab_is_read_only_after_a_currency() -> None:
    # "5 Arab states" is no five billion; "Rs 5 arab" is
    assert [(f.value, f.unit_noun) for f in extract("5 Arab states")] == [(D(5), "states")]
    assert [f.value for f in extract("Rs 5 arab")] == [D(5_000_000_000)]


def test_chinese_record_drives_numerals_and_magnitudes() -> None:
    chinese = lang.get("zh")
    assert chinese.magnitude_characters["億"] == chinese.magnitude_characters["亿"] == 8
    assert chinese.numeral_big["萬"] == 10**4
    (figure,) = extract("四十九兆九千億元")
    assert figure.kind is Kind.MONEY
    assert figure.value == D(49_900_000_000_000)
    # the formal 圆 reads as 元
    assert [f.currency for f in extract("100圆")] == ["CNY"]


def test_english_words_the_checker_reads() -> None:
    from headlinecheck.lang.en import BOUND_WORDS, FALL_WORDS, RISE_WORDS

    assert "rose" in RISE_WORDS and "fell" in FALL_WORDS
    assert BOUND_WORDS <= RISE_WORDS | FALL_WORDS
    assert lang.get("en").movement_words == (RISE_WORDS | FALL_WORDS | {"by"}) - BOUND_WORDS


def test_casualty_words_are_public_for_the_checker() -> None:
    from headlinecheck.lang.en import CASUALTY_WORDS

    assert {"dead", "died", "killed", "injured", "wounded", "missing", "hurt", "arrested"} == (
        CASUALTY_WORDS
    )


def test_chinese_words_are_data_of_the_record() -> None:
    from headlinecheck.numbers import Qualifier

    chinese = lang.get("zh")
    for table in (chinese.qualifiers, chinese.qualifiers_after, chinese.lone_unit_qualifiers):
        for word, value in table.items():
            assert Qualifier(value) is not Qualifier.NONE, word
    assert chinese.below_qualifiers <= chinese.qualifiers.keys()
    # every count is compared by one spelling, itself a measure word or a casualty
    spellings = set(chinese.measure_words.values()) | set(chinese.casualty_marks.values())
    assert set(chinese.count_nouns.values()) <= spellings | {"屋"}
    assert chinese.measure_words["项"] == chinese.measure_words["項"] == "項"
    assert chinese.casualty_marks["失联"] == chinese.casualty_marks["失蹤"]
    # the newsroom names extraction reads before and after a number
    for name, code in (("港幣", "HKD"), ("美金", "USD"), ("台幣", "TWD"), ("韓圜", "KRW")):
        assert chinese.letter_symbols[name] == code
        (figure,) = extract(f"{name}1.2億")
        assert (figure.currency, figure.value) == (code, D("1.2e8"))
    assert chinese.magnitude_characters["千億"] == 11
    (figure,) = extract("5兆4千億台幣")
    assert figure.value == D("5.4e12")


@pytest.mark.parametrize("number", range(1, 13))
def test_publication_dates_read_every_english_month_from_the_record(number: int) -> None:
    full = calendar.month_name[number].lower()  # the C locale's: English
    names = [name for name in lang.get("en").months if full.startswith(name[:3])]
    assert full in names and full[:3] in names
    for name in names:
        assert parse_date(f"5 {name.title()} 2023") == date(2023, number, 5)


def test_publication_dates_check_the_weekday_by_the_record() -> None:
    assert lang.get("en").weekdays[1] == "tuesday"
    assert parse_date("Tue, 29 Aug 2023 10:00:00 +0800") == date(2023, 8, 29)
    assert parse_date("Sept. 29, 2023") == date(2023, 9, 29)
    with pytest.raises(ValueError, match="is a Tuesday"):
        parse_date("Wed, 29 Aug 2023")


def test_the_checker_reads_its_words_from_the_record() -> None:
    english = lang.get("en")
    # What a casualty count counts, and which noun stands for which ("jets" for "aircraft").
    assert english.casualty_kinds["killed"] == english.people_verbs["died"] == "dead"
    assert set(english.casualty_kinds) >= english.casualty_words
    assert all(group and len(set(group)) == len(group) for group in english.synonym_groups)
    # Every sum cue of the body is one of the headline too.
    assert set(english.sum_cues) <= set(english.headline_sum_cues)
    assert english.places["Sydney"] == "AUD"
    # Chinese needs none of the English tables.
    assert not lang.get("zh").sum_cues
