# ruff: noqa: E501  (Markdown table rows and code spans cannot be wrapped)
"""docs/rules.md, generated: one section per rule code, the diagnoses' from their module
docstrings (``diagnoses/``), the outcomes' and input errors' from the texts here.

The code tables (kind bases, outcome offsets, rule names) belong to ``report``, a layer above
this one, so they are arguments: ``headlinecheck.cli.rule_cmd.rules_markdown()`` passes them,
and ``scripts/build_rules_doc.py`` writes the file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from headlinecheck.checking.diagnoses import REGISTRY, Rule
from headlinecheck.checking.horizon import CODE as HORIZON_CODE
from headlinecheck.checking.horizon import RULE_DOC as HORIZON_DOC
from headlinecheck.extraction import Kind

_KIND_TITLES = {"money": "Money", "count": "Counts", "percent": "Percentages"}

_INTRO = """\
# Rule codes

Every finding of `headlinecheck check` carries a stable code. The hundreds digit says what kind of
figure the headline claims; the last two digits say what was found, and mean the same in every
kind:

| code | meaning |
|---|---|
| `HC1xx` | money ("$6.4M", "HKD 50 million") |
| `HC2xx` | counts ("150+ companies") |
| `HC3xx` | percentages ("30%", "16 per cent") |
| `HC9xx` | input errors: the file could not be read or checked |
| `x01` | supported |
| `x02` | mismatch, no more specific diagnosis |
| `x03` | unsupported: the body has no figure of that kind |
| `104` | supported only somewhere in a guessed date window (money only) |
| `x@first`–`x@last` | mismatch with a diagnosis: @diagnoses |
| `120`–`122` | a conversion the body itself states is off at the date's rate, ×10ᵏ off, or inverted (at its body line) |
| `123` | a headline amount needs a rate, and the article is dated past the rate horizon of the table's end (an error) |

Codes are never renumbered or reused; new diagnoses get new numbers. This file is generated from
the diagnosis modules (`src/headlinecheck/checking/diagnoses/`) by `scripts/build_rules_doc.py`;
`headlinecheck rule CODE` prints one section, `headlinecheck rule --all` all of them.

## Levels and exit codes

| outcome | level | fails the run (exit 1) |
|---|---|---|
| supported (`x01`) | note | never |
| unsupported (`x03`), date uncertain (`104`) | warning | only with `--fail-on unsupported` (then level error) |
| mismatch (`x02`, `x1y`) | error | always |
| input error (`HC9xx`) | error | always |

Supported claims appear in text output (unless `--quiet`) and in JSON, and are left out of SARIF
and GitHub output, which are for problems. Exit code 2 means a usage or configuration error
(bad flag, bad config file, unreadable `--rates` file), not a finding.

## Suppressing a finding

In the article's front matter, for that article:

```yaml
headlinecheck:
  ignore: [HC103, HC110]
```

or anywhere in a Markdown article, an HTML comment (invisible when rendered):

```markdown
<!-- headlinecheck-disable HC103 HC110 -->
```

`<!-- headlinecheck-disable -->` without codes, or `ignore: [all]`, suppresses every claim finding
of the article (input errors cannot be suppressed: fix the file).

For one line only, put `<!-- headlinecheck-disable-line HC111 -->` on it, or
`<!-- headlinecheck-disable-next-line HC111 -- quoted as the minister said -->` on the line
above it: codes first (none means every code), then an optional reason after `--`. A finding is
covered when its headline claim or its body evidence is on that line; nothing else in the article
is. A word before `--` that is not a rule code, or a misspelt comment such as
`headlinecheck-disable-nextline`, is an input error (`HC907`) rather than a wider suppression.

Repository-wide or per-path ignores go in the configuration: `ignore = ["HC103"]` in
`[tool.headlinecheck]` or in an `[[tool.headlinecheck.overrides]]` table. A suppressed finding
never fails the run; the summary line counts it ("2 suppressed"), JSON keeps it with
`"suppressed": true` and SARIF marks it with an in-source suppression.
`headlinecheck: {skip: true}` skips an article entirely.

The examples below share one article, published 2023-08-29, whose body says "HKD 50 million has
been set aside" and "Cyberport hosts more than 150 companies; 30% more than last year". On that
date the ECB rates give about 7.85 HKD per USD, so HKD 50 million is about USD 6.37 million.
"""

#: (kind, outcome) -> the section text of that outcome's code.
OUTCOMES: Mapping[tuple[str, str], str] = {
    ("money", "supported"): """\
The headline's amount overlaps the body's, converted at the rate of the article's date (within
the tolerance).
Example: headline "Hong Kong allocates $6.4M" →
`HC101 headline claims $6.4M; body has HKD 50 million = USD 6.37 million at 7.8469 HKD per USD (ECB 2023-08-29, via EUR): supported`.
Fix: nothing to fix; `--quiet` hides these lines.""",
    ("money", "mismatch"): """\
The nearest body amount does not support the headline's and no specific slip explains it.
Example: headline "Hong Kong allocates $8M" (the body supports about USD 6.4 million).
Fix: correct the headline to the amount the message suggests, or add the missing figure to the body.""",
    ("money", "unsupported"): """\
The body states no amount of money the headline could rest on (or none that could be converted).
Example: headline "Hong Kong allocates $6.4M" over a body that gives no amount.
Fix: state the amount, with its currency, in the body; or drop it from the headline.
`--fail-on unsupported` makes this fail the run.""",
    ("money", "date_uncertain"): """\
The article has no publication date, so amounts were converted at every rate of a default window
(the last 365 days of the rate table) and the headline matches only somewhere in that range.
Example: "$6.4M" over "HKD 50 million" in an article without `date:`.
Fix: give the article a `date:` (or `published:`) in its front matter, or pass `--date`.""",
    ("count", "supported"): """\
The headline's count is supported by a body count of a compatible noun.
Example: headline "Cyberport welcomes 150+ companies" over "more than 150 companies".
Fix: nothing to fix.""",
    ("count", "mismatch"): """\
The body's count of that noun disagrees with the headline's.
Example: headline "150+ companies" over "120 companies".
Fix: use the body's count, or correct the body.""",
    ("count", "unsupported"): """\
The body has no count of a compatible noun.
Example: headline "150+ companies" over a body that counts only "320 entities" of another kind, or nothing.
Fix: state the count in the body with the same noun, or drop it from the headline.""",
    ("percent", "supported"): """\
The headline's percentage matches a body percentage.
Example: headline "30% more companies" over "a 30% increase in companies".
Fix: nothing to fix.""",
    ("percent", "mismatch"): """\
The body's percentage disagrees with the headline's.
Example: headline "40% more companies" over "30% increase".
Fix: use the body's percentage.""",
    ("percent", "unsupported"): """\
The body states no percentage.
Example: headline "30% more companies" over a body with only counts.
Fix: state the percentage in the body, or drop it from the headline.""",
}

#: Code -> section text of the findings on the body's own conversions (``body_rates``).
BODY_CONVERSIONS: Mapping[str, str] = {
    "HC120": """\
A conversion the body itself states ("HK$50 million (US$6.9 million)", or a stated rate "($1 =
7.8120 Hong Kong dollars)") is more than 3% away from the first amount's stated number converted
at the ECB rate of the article's date (over the window's rates when it has none). Reported at the
stated amount's line even when the headline is right: no headline check can see it. A bare `$`
whose reading is a guess is tried as each common dollar (USD, AUD, CAD, NZD, SGD, HKD), "pesos" as
each peso, and the conversion is flagged only when it agrees under none.
Example: "It raised HK$50 million (US$6.9 million)" on 2023-08-29: HKD 50 million is USD 6.37
million at 7.8469 HKD per USD.
Fix: correct the body's conversion to the amount the message gives, or say which rate was used.""",
    "HC121": """\
A conversion the body states matches the first amount converted at the date's rate only once
multiplied or divided by 10, 100, 1,000 or 1,000,000: a slip in the body.
Example: "500 billion yen ($450 million)" on 2021-06-01: at about 110 yen per dollar that is USD
4.56 billion, ten times the body's figure.
Fix: write the converted amount the message gives ("$4.6 billion").""",
    "HC122": """\
A conversion the body states is the first amount divided by the date's rate where it should be
multiplied (or the reverse).
Example: "HK$50 million (US$390 million)" on 2023-08-29: 50 × 7.85 instead of 50 / 7.85 (USD 6.37
million).
Fix: convert the other way round; the message gives the amount.""",
}

_INPUT_INTRO = """\
Input errors are reported at the file (and line) where they happen; the other files are still
checked. They always fail the run and cannot be suppressed by the file itself."""

#: Input-error code -> its section text.
INPUT_ERRORS: Mapping[str, str] = {
    "HC901": """\
The file cannot be read (permissions, vanished) or is binary (contains NUL bytes).
Example: `cover.md` that is really a PNG image.
Fix: restore the file, or exclude it (`exclude = [...]`, `--exclude`, `.gitignore`).""",
    "HC902": """\
The file is not valid UTF-8 (nor UTF-16 with a byte order mark); the message gives the first bad
byte and its line.
Example: an article saved as Latin-1 with "café" in it.
Fix: re-save the file as UTF-8.""",
    "HC903": """\
The YAML (`---`) or TOML (`+++`) front matter is invalid, never closed, not a mapping, or sets a
key twice. Example: `title: [Hong Kong allocates $6.4M` (an unclosed bracket), reported at its
line, or a second `title:`.
Fix: correct the YAML; quote titles that contain `:`, `[` or `#`.""",
    "HC904": """\
No headline: no `title`/`headline` in front matter and no `# heading` (Markdown), an empty file
(text), or a record without its headline field (JSON).
Example: a Markdown file that starts with body text.
Fix: add `title: ...` to the front matter or a first `# Headline` line; for JSON set the field
names with `fields = { headline = "title" }`.""",
    "HC905": """\
The publication date is not a valid date in a form read without guessing: ISO 8601, or the month
in English words (`29 August 2023`, `Aug 29, 2023`, `Tue, 29 Aug 2023 10:00:00 +0800`).
Example: `date: 2023-02-30`, `published: last Tuesday`, `date: 08/09/2023` (August 9 or
September 8?) or `date: Mon, 29 Aug 2023` (29 August 2023 was a Tuesday).
Fix: write `YYYY-MM-DD` (a full timestamp such as `2023-08-29T10:00:00+08:00` is fine too).""",
    "HC906": """\
A JSON file or a JSON Lines line is not valid JSON, or a record is not an object / its body is not text.
Example: a `.jsonl` line `{"headline": "A $5M deal",` cut short.
Fix: repair the record; the finding gives its line.""",
    "HC907": """\
The article's settings are invalid: an unknown key under `headlinecheck:`, `ignore` not a list
of codes, a value the checker rejects (a tolerance outside 0–1, an unknown `locale`), or a
malformed scoped suppression comment (a word that is not a code, `-disable-nextline`).
Example: `headlinecheck: {ignore: [money]}`, `locale: xx_QQ`, or
`<!-- headlinecheck-disable-next-line HC11 -->`.
Fix: use `ignore: [HC101]`-style codes, a decimal tolerance such as `0.01`, a locale such as
`en_HK`; known keys are ignore, dollar, tolerance, locale, skip.""",
    "HC908": """\
The file is over `max-bytes` (2,000,000 by default): almost always a data dump, not an article.
In a JSON Lines feed the limit applies to each record, not to the feed.
Example: a 5 MB `export.md`.
Fix: exclude it, or raise `max-bytes` in the configuration.""",
    "HC909": """\
The article could be read but the checker stopped on it for a reason other than its settings.
A missing rate is not this: a body figure that cannot be converted (say, an article dated
1995, before the ECB series) leaves the claim unsupported (`HC103`), with the reason in the
message.
It is a safety net: rather than stop the whole run, the error is reported at the article's
headline and the other files are still checked.
Example: none is expected in normal use; the message carries the checker's own error text.
Fix: follow the message; if it does not point at the article, report it as a bug.""",
}

# "What it finds:", "Example (count):", ... opening a line of a diagnosis docstring.
_LABEL = re.compile(
    r"^(What it finds|Why it matters|Example|Fix)(?: \((money|count|percent)\))?: ?", re.M
)


def diagnosis_sections(rule: Rule) -> dict[tuple[str, str | None], str]:
    """(label, kind or None) -> text, from the module docstring's labelled paragraphs; a
    paragraph ends at the next label or at a blank line."""
    doc = rule.doc
    out: dict[tuple[str, str | None], str] = {}
    matches = list(_LABEL.finditer(doc))
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following is not None else len(doc)
        text = doc[match.end() : end].split("\n\n", 1)[0].strip()
        out[(match.group(1), match.group(2))] = text
    return out


def _paragraph(label: str, text: str) -> str:
    """``label`` and ``text`` reflowed to the 100 columns of the docs."""
    import textwrap

    words = " ".join(text.split())
    line = f"{label}: {words}" if label else words
    return textwrap.fill(line, 100, break_long_words=False, break_on_hyphens=False)


def _diagnosis_text(rule: Rule, kind: str) -> str:
    parts = diagnosis_sections(rule)

    def pick(label: str) -> str:
        return parts.get((label, kind)) or parts[(label, None)]

    example = parts.get(("Example", kind))
    general = parts.get(("Example", None))
    examples = " ".join(text for text in (general, example) if text)
    return "\n".join(
        (
            _paragraph("", parts[("What it finds", None)]),
            _paragraph("Why it matters", parts[("Why it matters", None)]),
            _paragraph("Example", examples),
            _paragraph("Fix", pick("Fix")),
        )
    )


def sections(
    names: Mapping[str, str], kind_base: Mapping[str, int], outcome_offset: Mapping[str, int]
) -> dict[str, str]:
    """Rule code -> its Markdown section ("### HC111 money-magnitude-slip" and its text), in
    document order, for every code in ``names`` (code -> rule name, as ``report.RULES``)."""
    out: dict[str, str] = {}
    for kind, base in kind_base.items():
        texts: dict[int, str] = {}
        for outcome, offset in outcome_offset.items():
            text = OUTCOMES.get((kind, outcome))
            if text is not None:
                texts[base + offset] = text
        for rule in REGISTRY:
            if Kind(kind) in rule.kinds:
                texts[base + rule.offset] = _diagnosis_text(rule, kind)
        for code, text in {**BODY_CONVERSIONS, HORIZON_CODE: HORIZON_DOC}.items():
            if int(code[2:]) // 100 == base // 100:
                texts[int(code[2:])] = text
        for number in sorted(texts):
            code = f"HC{number}"
            out[code] = f"### {code} {names[code]}\n\n{texts[number]}\n"
    for code, text in INPUT_ERRORS.items():
        out[code] = f"### {code} {names[code]}\n\n{text}\n"
    unknown = set(out) ^ set(names)
    if unknown:
        raise ValueError(f"rule codes without documentation or name: {sorted(unknown)}")
    return out


def document(
    names: Mapping[str, str], kind_base: Mapping[str, int], outcome_offset: Mapping[str, int]
) -> str:
    """The whole of docs/rules.md."""
    by_offset = sorted(REGISTRY, key=lambda rule: rule.offset)
    words = ", ".join(rule.diagnosis.value.replace("_", " ") for rule in by_offset)
    intro = (
        _INTRO.replace("@first", str(by_offset[0].offset))
        .replace("@last", str(by_offset[-1].offset))
        .replace("@diagnoses", words)
    )
    parts = [intro]
    texts = sections(names, kind_base, outcome_offset)
    for kind, base in kind_base.items():
        parts.append(f"## {_KIND_TITLES[kind]}\n")
        parts.extend(text for code, text in texts.items() if int(code[2:]) // 100 == base // 100)
    parts.append(f"## Input errors\n\n{_INPUT_INTRO}\n")
    parts.extend(texts[code] for code in INPUT_ERRORS)
    return "\n".join(parts)
