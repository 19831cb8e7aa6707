"""Report wording in other languages: a catalogue per language, read by ``translate``.

English is the language the checker writes its messages in, and stays the default: with
``lang`` "en" (or None) nothing here runs. For another language (``LANGUAGES``) the text report
passes each finding's verdict line and its diagnosis ("why") through ``verdict_line`` and
``diagnosis``; the words are the catalogue module's (``messages/zh_hant.py``,
``messages/zh_hans.py``), this module holds none.

How a message is reworded:

1. The figures' own texts (between “ and ”, and in a verdict line the claim and the evidence)
   are set aside and come back unchanged.
2. Amounts written with a scale word ("HKD 1.95 to 2.05 billion") are rewritten with the
   catalogue's magnitudes ("HKD 19.5億至20.5億").
3. The catalogue's sentence patterns (English regex -> template), then its phrases, longest
   first, are applied.

A sentence the catalogue does not know keeps its English words: the report stays complete
rather than dropping what it cannot word.
"""

from __future__ import annotations

import functools
import importlib
import re
from decimal import Decimal, InvalidOperation
from types import ModuleType
from typing import Any

#: The ``--lang`` values: code -> catalogue module (None: English, the checker's own words).
LANGUAGES: dict[str, str | None] = {"en": None, "zh-Hant": "zh_hant", "zh-Hans": "zh_hans"}

_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use marks around a set-aside text
_KEPT = re.compile(f"{_OPEN}(\\d+){_CLOSE}")
_QUOTED = re.compile("“[^”]*”")
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_SCALED = re.compile(
    rf"(?P<low>{_NUMBER})(?: to (?P<high>{_NUMBER}))? "
    r"(?P<scale>thousand|million|billion|trillion)\b"
)
_SPACED_UNIT = re.compile("(\\d) (?=[\u3400-\u9fff])")
_SENTENCE_BREAK = re.compile(f"(?<=\\.) (?=[A-Z(“{_OPEN}])")
_SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_VERDICT = re.compile(
    r"^headline claims (?P<claim>.+?); body has (?:no (?P<kind>[^:;]+)|(?P<evidence>.+?)"
    r"(?: \((?P<interval>[^()]*)\)| = (?P<converted>.+?) at (?P<rate>.+))?): "
    r"(?P<verdict>supported, date uncertain|supported|unsupported|mismatch)"
    r"(?: \((?P<diagnosis>[a-z_]+)\))?(?:; the body supports (?P<suggestion>.+))?$"
)


def normalise(code: str) -> str:
    """The ``LANGUAGES`` key for ``code``, case and "_" forgiven ("zh_hant" -> "zh-Hant");
    ValueError naming the choices for any other."""
    wanted = code.strip().replace("_", "-").casefold()
    for known in LANGUAGES:
        if known.casefold() == wanted:
            return known
    raise ValueError(f"unknown language {code!r}; choose one of {', '.join(LANGUAGES)}")


def report_language(flag: str | None, configured: str | None) -> str | None:
    """The catalogue a text report is worded from: ``--lang`` (``flag``), else the
    configuration's ``lang``; None for English. A bad flag is an ``InputError``."""
    from headlinecheck.errors import InputError

    given = flag if flag is not None else configured
    if given is None:
        return None
    try:
        code = normalise(given)
    except ValueError:
        raise InputError(
            "unknown report language", value=given, fix=f"use one of {', '.join(LANGUAGES)}"
        ) from None
    return None if LANGUAGES[code] is None else code


@functools.cache
def catalogue(code: str | None) -> ModuleType | None:
    """The catalogue module of ``code`` (None for English)."""
    if code is None:
        return None
    name = LANGUAGES[normalise(code)]
    return None if name is None else importlib.import_module(f"{__name__}.{name}")


#: The labels of a finding's detail lines in English (catalogues give their own ``LABELS``).
ENGLISH_LABELS = {
    "evidence": "evidence: body line {line}{quoted}",
    "quoted": ': "{}"',
    "why": "why: ",
}


def labels(code: str | None) -> dict[str, str]:
    """The detail-line labels of ``code``: "evidence: body line 7" and "why: " in English."""
    book = catalogue(code)
    return ENGLISH_LABELS if book is None else dict(book.LABELS)


class _Kept:
    """Texts set aside while a message is reworded, and put back after."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def keep(self, text: str) -> str:
        self.texts.append(text)
        return f"{_OPEN}{len(self.texts) - 1}{_CLOSE}"

    def restore(self, text: str, quote: str = "{}") -> str:
        """``text`` with the kept texts back, each written in ``quote``."""
        return _KEPT.sub(lambda m: quote.format(self.texts[int(m.group(1))]), text)


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    whole, dot, fraction = text.partition(".")
    return f"{int(whole):,}{dot}{fraction}"


def _scaled(book: ModuleType, match: re.Match[str]) -> str:
    """ "1.95 to 2.05 billion" in the catalogue's magnitudes, both ends in the high end's."""
    exponent = _SCALES[match.group("scale")]
    try:
        ends = [Decimal(match.group(g).replace(",", "")) for g in ("low", "high") if match.group(g)]
    except InvalidOperation:
        return match.group(0)
    values = [end.scaleb(exponent) for end in ends]
    size, word = 0, ""
    for power, name in book.MAGNITUDES:
        if abs(values[-1]) >= Decimal(10) ** power:
            size, word = power, name
            break
    texts = [_plain(value.scaleb(-size)) + word for value in values]
    return str(book.RANGE).join(texts)


def _reword(book: ModuleType, text: str) -> str:
    """A known sentence (or a part of a verdict line) in the catalogue's words."""
    text = _SCALED.sub(lambda m: _scaled(book, m), text)
    for pattern, template in (*book.SENTENCES, *book.INNER):
        text = re.sub(pattern, template, text)
    for english, local in book.PHRASES:
        text = text.replace(english, local)
    if book.TIGHT:  # "120 間" -> "120間": the language writes a unit straight after the number
        text = _SPACED_UNIT.sub(r"\1", text)
    return text


def _known(book: ModuleType, sentence: str) -> bool:
    return any(re.match(pattern, sentence) for pattern, _ in book.SENTENCES)


def _sentences(book: ModuleType, kept: _Kept, text: str) -> str:
    """Each sentence the catalogue knows (one of its SENTENCES opens it) reworded; the others
    kept in English, quotes and all, so that no sentence comes out half translated."""
    out = ""
    for sentence in _SENTENCE_BREAK.split(text):
        if _known(book, sentence):
            out += kept.restore(_reword(book, sentence), book.QUOTE)
        else:
            out += (" " if out else "") + kept.restore(sentence, "“{}”")
    return out


def diagnosis(text: str, code: str | None) -> str:
    """A checker's message (the "why" of a finding) in the language ``code``."""
    book = catalogue(code)
    if book is None or not text:
        return text
    kept = _Kept()
    body = _QUOTED.sub(lambda m: kept.keep(m.group(0)[1:-1]), text)
    return _sentences(book, kept, body)


def verdict_line(text: str, code: str | None) -> str:
    """A finding's verdict line ("headline claims X; body has Y: supported") in ``code``."""
    book = catalogue(code)
    if book is None:
        return text
    match = _VERDICT.match(text)
    if match is None:
        return text  # a line of another form ("...; 2 figures skipped: ...") stays English
    parts = match.groupdict()
    kept = _Kept()
    claim = _figure(book, kept, parts["claim"])
    verdict = book.VERDICTS[parts["verdict"]]
    if parts["diagnosis"]:
        verdict += book.DIAGNOSIS.format(book.DIAGNOSES.get(parts["diagnosis"], parts["diagnosis"]))
    if parts["kind"] is not None:
        line = book.VERDICT_NONE.format(claim=claim, kind=_reword(book, parts["kind"]))
    else:
        line = book.VERDICT_LINE.format(
            claim=claim, evidence=_figure(book, kept, parts["evidence"])
        )
        if parts["interval"]:
            line += book.INTERVAL.format(_reword(book, parts["interval"]))
        if parts["converted"]:
            line += book.CONVERTED.format(
                converted=_reword(book, parts["converted"]), rate=_reword(book, parts["rate"])
            )
    line += book.OUTCOME.format(verdict)
    if parts["suggestion"]:
        line += book.SUGGESTION.format(_reword(book, parts["suggestion"]))
    return kept.restore(line, book.QUOTE)


def _figure(book: ModuleType, kept: _Kept, text: str) -> str:
    """A figure of a verdict line: its qualifier in the catalogue's words, its text kept."""
    for english, local in book.QUALIFIERS:
        if text.startswith(english + " "):
            return str(local) + kept.keep(text[len(english) + 1 :])
    return kept.keep(text)


def word_report(report: dict[str, Any], code: str | None) -> dict[str, Any]:
    """A JSON report (``Report.to_dict()``) with its prose in the language ``code``: each claim's
    ``message``, ``hint`` and ``notes``, and the reason given for the dollar. Figures, codes,
    verdicts and every other field are unchanged; None or "en" changes nothing."""
    if catalogue(code) is None:
        return report
    for claim in report.get("claims", ()):
        for key in ("message", "hint"):
            if isinstance(claim.get(key), str):
                claim[key] = diagnosis(claim[key], code)
        notes = claim.get("notes")
        if isinstance(notes, list):
            claim["notes"] = [diagnosis(n, code) if isinstance(n, str) else n for n in notes]
    dollar = report.get("dollar")
    if isinstance(dollar, dict) and isinstance(dollar.get("reason"), str):
        dollar["reason"] = diagnosis(dollar["reason"], code)
    return report
