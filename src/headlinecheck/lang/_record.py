"""The one typed record of a language's words: :class:`Language`.

Every language or regional variant is one instance of it, in its own module of this package
(``lang/en.py``, ``lang/en_in.py``, ``lang/zh.py`` ...). The extraction engine and the number
readers hold no words of their own: they read them from these records. A field a language does
not need keeps its empty default.

Values are plain data (strings, ints, Decimals): this package imports nothing else of the
project, so every layer may read it. Qualifiers are named by the values of
``headlinecheck.numbers.Qualifier`` ("approx", "more_than", ...), not by the enum itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs


def _words() -> frozenset[str]:
    return frozenset()


@attrs.frozen(eq=False)
class Language:
    """The words and notations of one language or regional variant.

    ``code`` is the module name ("en", "en_IN", "zh"); ``variants_read`` lists variants whose
    magnitude words are read in every text of this language, with no locale set (English text
    reads the Indian "lakh" and "crore": Indian outlets publish in English without a locale).
    """

    code: str
    name: str
    variants_read: tuple[str, ...] = ()

    # -- numbers written in words ("one hundred and twenty", "a dozen", "three quarters")
    #: Number words below twenty and the tens: word -> value.
    units: Mapping[str, int] = attrs.field(factory=dict)
    tens: Mapping[str, int] = attrs.field(factory=dict)
    #: "half", "quarter": word -> the fraction it multiplies by.
    fractions: Mapping[str, Decimal] = attrs.field(factory=dict)
    #: The word for a hundred, for a dozen, the spoken decimal point and the "and" of "hundred
    #: and twenty" ("" where the language has none).
    hundred: str = ""
    dozen: str = ""
    point: str = ""
    conjunction: str = ""
    #: Articles read as the number one before a magnitude or a unit ("a million", "a dollar").
    articles: tuple[str, ...] = ()
    #: The words after which an article is that number one.
    article_followers: tuple[str, ...] = ()

    # -- magnitudes: word -> power of ten
    #: Written after the number, after a space or hyphen ("6.4 million", "5 lakh crore").
    magnitude_words: Mapping[str, int] = attrs.field(factory=dict)
    #: Letters attached to the digits ("6.4M", "5bn"); one-letter ones in either case.
    magnitude_letters: Mapping[str, int] = attrs.field(factory=dict)
    #: Characters written straight after the digits, no gap ("5000万", "3.5億").
    magnitude_characters: Mapping[str, int] = attrs.field(factory=dict)
    #: Magnitude words that are also ordinary words ("arab"): recorded, not read, until a rule
    #: tells the number word from the ordinary one.
    ambiguous_magnitudes: Mapping[str, int] = attrs.field(factory=dict)
    #: Digit grouping from the right: (3,) for "1,234,567", (3, 2) for Indian "12,34,567".
    grouping: tuple[int, ...] = (3,)
    #: Words that join a magnitude to its currency ("1,2 milliard d'euros").
    magnitude_connectors: tuple[str, ...] = ()

    # -- numerals in their own script (Chinese: "四十九兆九千億")
    numeral_digits: Mapping[str, int] = attrs.field(factory=dict)
    #: 十百千: multiply the digit before them.
    numeral_small: Mapping[str, int] = attrs.field(factory=dict)
    #: 万亿兆: close a section.
    numeral_big: Mapping[str, int] = attrs.field(factory=dict)

    # -- percentages
    percent_words: tuple[str, ...] = ()
    #: Percent words read only in lower case ("5pc"; "5 PC" is a computer).
    lowercase_percent_words: frozenset[str] = attrs.field(factory=_words)

    # -- qualifiers and ranges
    #: Word or phrase before a number -> the ``Qualifier`` value it gives.
    qualifiers: Mapping[str, str] = attrs.field(factory=dict)
    #: Approximations that put the true figure below the number ("nearly", "almost").
    below_qualifiers: frozenset[str] = attrs.field(factory=_words)
    #: Words opening a range ("between 5 and 6", "from 5 to 6").
    range_openers: frozenset[str] = attrs.field(factory=_words)
    #: Words between the ends of a range ("5 to 6"), besides the dashes.
    range_separators: tuple[str, ...] = ()
    #: Words that make "top" a noun, not a verb ("the top 10").
    determiners: frozenset[str] = attrs.field(factory=_words)

    # -- counts
    #: Function words: never a counted noun, never a model name.
    stop_words: frozenset[str] = attrs.field(factory=_words)
    #: Plural nouns without the plural ending ("people", "police").
    irregular_plurals: frozenset[str] = attrs.field(factory=_words)
    #: The singular counted after "one" ("One person dies").
    person: str = ""
    #: Words that count people in news of accidents ("3 dead", "12 injured").
    casualty_words: frozenset[str] = attrs.field(factory=_words)
    #: Verbs whose object is a number of casualties -> the casualty word of that count.
    casualty_verbs: Mapping[str, str] = attrs.field(factory=dict)
    #: Words that may stand between such a verb and its number ("kills more than 2,000").
    casualty_gap: frozenset[str] = attrs.field(factory=_words)
    #: Plural nouns after "100m" or "5k" that make it a distance, not a count.
    distance_nouns: frozenset[str] = attrs.field(factory=_words)
    #: Capitalised words that open sentences before a number: no product or model name.
    sentence_openers: frozenset[str] = attrs.field(factory=_words)
    #: Words that make the number after them an id ("No. 5", "page 3").
    id_words: frozenset[str] = attrs.field(factory=_words)
    #: Words of the whole of a share ("411 of the 650 seats").
    share_determiners: tuple[str, ...] = ()
    #: Month names and abbreviations, lower case.
    months: tuple[str, ...] = ()

    # -- movement
    rise_words: frozenset[str] = attrs.field(factory=_words)
    fall_words: frozenset[str] = attrs.field(factory=_words)
    #: Comparatives among them that bound a figure they stand before ("more than 150").
    bound_words: frozenset[str] = attrs.field(factory=_words)
    #: Words that, before "X to Y", make X a change and Y the level reached.
    movement_words: frozenset[str] = attrs.field(factory=_words)

    # -- currency words (the CLDR lexicon has the names; these are the newsroom's)
    #: Words for a dollar of no named country ("dollars", "bucks").
    dollar_words: frozenset[str] = attrs.field(factory=_words)
    #: Words that name one currency in ordinary use although CLDR lists several under them.
    currency_defaults: Mapping[str, str] = attrs.field(factory=dict)
    #: The first candidates for head words several current currencies share.
    currency_preferences: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    #: Currency head words that are also ordinary words after a number ("3 won").
    blocked_heads: frozenset[str] = attrs.field(factory=_words)
    #: ISO codes that are also ordinary words ("ALL", "TRY"): currencies only in capitals.
    wordlike_codes: frozenset[str] = attrs.field(factory=_words)
    #: Letters written before "$" that CLDR does not list ("S$", "U.S.$") -> ISO code.
    dollar_letters: Mapping[str, str] = attrs.field(factory=dict)
    #: Letter symbols as news desks write them ("Rs", "Rmb", "块") -> ISO code.
    letter_symbols: Mapping[str, str] = attrs.field(factory=dict)
    #: Sub-unit words -> (currency when no main unit is named, None for "some cent"; factor).
    subunits: Mapping[str, tuple[str | None, int]] = attrs.field(factory=dict)
    #: Words and codes that say a text's "¥" is the yuan: anywhere in the text ...
    yuan_words: tuple[str, ...] = ()
    #: ... or as a whole word.
    yuan_marks: tuple[str, ...] = ()
    #: Mainland cities as English datelines write them ("BEIJING —"): the text is about China.
    dateline_cities: tuple[str, ...] = ()
    #: Characters read as another in currency names (the formal 圆 for 元).
    character_variants: Mapping[str, str] = attrs.field(factory=dict)
