"""Publication dates in the forms front matter and records use: :func:`parse_date`."""

from __future__ import annotations

import functools
from datetime import date, datetime

from headlinecheck import lang
from headlinecheck.articles.model import BAD_DATE, _Reject
from headlinecheck.articles.patterns import Lazy
from headlinecheck.errors import describe

_ISO_DATE = Lazy(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z ]*)?")
# Dates as CMS exports and RSS feeds write them, with the month in words so that the order of
# day and month is never a guess: "29 August 2023", "Aug. 29, 2023", RFC 2822 "Tue, 29 Aug 2023
# 10:00:00 +0800". All-numeric forms other than ISO (08/09/2023) are ambiguous and refused.
_WORDY_DATE = Lazy(
    r"(?:(?P<weekday>[A-Za-z]{3,9})\.?,?[ ]+)?"
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?[ ]+(?P<month>[A-Za-z]{3,9})\.?,?"
    r"|(?P<month2>[A-Za-z]{3,9})\.?[ ]+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?)"
    r"[ ]+(?P<year>\d{4})(?:,?[ ]+\d{1,2}:\d{2}[ 0-9:.+\-A-Za-z]*)?"
)


@functools.cache
def _calendar() -> tuple[dict[str, int], tuple[str, ...]]:
    """Month name or abbreviation -> month number, and the weekdays from Monday, as ``lang.en``
    writes them (its months stand in calendar order, each month's names together: "jan january
    feb ..."; a new three-letter start is the next month)."""
    english = lang.get("en")
    starts = list(dict.fromkeys(name[:3] for name in english.months))
    months = {name: starts.index(name[:3]) + 1 for name in english.months}
    return months, english.weekdays


def parse_date(value: object, *, offset: int = 0) -> date:
    """A publication date from front matter or a record.

    A date, a datetime, an ISO 8601 string (a timestamp's written date is used) or a date with
    the month in English words ("29 August 2023", "Aug 29, 2023", RFC 2822).
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    problem = f"bad publication date {describe(value)}"
    if isinstance(value, str):
        text = " ".join(value.split())
        match = _ISO_DATE().fullmatch(text)
        if match is not None:
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                pass
        worded = _WORDY_DATE().fullmatch(text)
        if worded is not None:
            months, weekdays = _calendar()
            month = months.get((worded["month"] or worded["month2"]).lower())
            day = int(worded["day"] or worded["day2"])
            try:
                found = None if month is None else date(int(worded["year"]), month, day)
            except ValueError:
                found = None
            weekday = (worded["weekday"] or "").lower()
            if found is not None and weekday:
                named = next((i for i, name in enumerate(weekdays) if name.startswith(weekday)), -1)
                if named != found.weekday():
                    problem += f": {found} is a {weekdays[found.weekday()].title()}"
                    found = None
            if found is not None:
                return found
    raise _Reject(
        BAD_DATE,
        problem,
        offset,
        fix="write it as YYYY-MM-DD (ISO 8601)",
    )
