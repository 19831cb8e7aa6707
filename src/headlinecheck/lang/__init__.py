"""Words and notations per language: one :class:`Language` record per module, loaded lazily.

Every language or regional variant is one instance of the record, in its own module of this
package (``lang/en.py``, ``lang/en_in.py``, ``lang/zh.py`` ...). The number readers, the
extraction engine and the checker hold no words of their own: they read them from these records.
A field a language does not need keeps its empty default.

``get("en")`` imports ``headlinecheck.lang.en`` on first use and returns its ``LANGUAGE``;
``find("de_AT")`` tries the variant, then its language, and gives None when neither has a module.
Adding a language is adding one module here that defines ``LANGUAGE`` (docs/extraction.md). The
CLDR-generated currency and locale data stay in ``headlinecheck._lexicon``.

Values are plain data (strings, ints, Decimals): this package imports nothing else of the
project, so every layer may read it. Qualifiers are named by the values of
``headlinecheck.numbers.Qualifier`` ("approx", "more_than", ...), not by the enum itself.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from headlinecheck.lang._people import PeopleWords
from headlinecheck.lang._record import _Record

__all__ = ["Language", "codes", "find", "get", "read_in_every_text"]

#: The default of every table a language does not need (read-only, so sharing it is safe).
_NONE: Mapping[Any, Any] = MappingProxyType({})
_NO_WORDS: frozenset[str] = frozenset()


class Language(_Record):
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
    units: Mapping[str, int] = _NONE
    tens: Mapping[str, int] = _NONE
    #: "half", "quarter": word -> the fraction it multiplies by.
    fractions: Mapping[str, Decimal] = _NONE
    #: Words of a part written before "of" ("three-quarters of a billion", "a third of a
    #: million"): the amount after them is not the amount meant, so it gives no figure.
    part_words: frozenset[str] = frozenset()
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
    #: Written after the number, after a space or hyphen ("6.4 million", "5 lakh crore"); with
    #: no locale read only after a sign of ``sign_currencies`` ("RM244,530 juta").
    magnitude_words: Mapping[str, int] = _NONE
    sign_currencies: frozenset[str] = frozenset()
    #: Letters attached to the digits ("6.4M", "5bn"); one letter in either case, longer any.
    magnitude_letters: Mapping[str, int] = _NONE
    #: Attached only in exactly this case ("$3T", "$250MM"; "5mm" is five millimetres) ...
    exact_magnitude_letters: Mapping[str, int] = _NONE
    #: ... and for money only ("$5t", "Rp 3.1t"; "5t" alone is five tonnes).
    money_magnitude_letters: Mapping[str, int] = _NONE
    #: Capital letters after a hyphen, for money only ("P5-B", "P6.79-T": Philippine desks).
    hyphen_magnitude_letters: Mapping[str, int] = _NONE
    #: Characters written straight after the digits, no gap ("5000万", "3.5億").
    magnitude_characters: Mapping[str, int] = _NONE
    #: Magnitude words that are also ordinary words ("arab") or another language's word for
    #: another power ("mil": a million on English wire desks, a thousand in Spanish): read only
    #: after a currency ("Rs 3 arab"), where the text's function words allow (``magnitudes``).
    ambiguous_magnitudes: Mapping[str, int] = _NONE
    #: Short, frequent words of the language: the vote that settles an ambiguous magnitude.
    function_words: frozenset[str] = _NO_WORDS
    #: Digit grouping from the right: (3,) for "1,234,567", (3, 2) for Indian "12,34,567".
    grouping: tuple[int, ...] = (3,)
    #: Words that join a magnitude to its currency ("1,2 milliard d'euros").
    magnitude_connectors: tuple[str, ...] = ()

    # -- numerals in their own script (Chinese: "四十九兆九千億")
    numeral_digits: Mapping[str, int] = _NONE
    #: 十百千: multiply the digit before them.
    numeral_small: Mapping[str, int] = _NONE
    #: 万亿兆: close a section.
    numeral_big: Mapping[str, int] = _NONE

    # -- percentages
    percent_words: tuple[str, ...] = ()
    #: Percent words read only in lower case ("5pc"; "5 PC" is a computer).
    lowercase_percent_words: frozenset[str] = _NO_WORDS

    # -- qualifiers and ranges
    #: Word or phrase before a number -> the ``Qualifier`` value it gives.
    qualifiers: Mapping[str, str] = _NONE
    #: Approximations that put the true figure below the number ("nearly", "almost").
    below_qualifiers: frozenset[str] = _NO_WORDS
    #: Words opening a range ("between 5 and 6", "from 5 to 6").
    range_openers: frozenset[str] = _NO_WORDS
    level_words: frozenset[str] = _NO_WORDS  # after "from", of a level: "from the current 1%"
    comparatives: frozenset[str] = _NO_WORDS  # no bound after a figure: "44% higher than Rs800bn"
    #: Words between the ends of a range ("5 to 6"), besides the dashes.
    range_separators: tuple[str, ...] = ()
    #: Words that make "top" a noun, not a verb ("the top 10").
    determiners: frozenset[str] = _NO_WORDS
    #: Qualifiers only before money, after no determiner ("surges past $22bn"; not "the top 10").
    money_qualifiers: frozenset[str] = _NO_WORDS

    # -- counts
    #: Function words: never a counted noun, never a model name.
    stop_words: frozenset[str] = _NO_WORDS
    #: Plural nouns without the plural ending ("people", "police").
    irregular_plurals: frozenset[str] = _NO_WORDS
    #: The singular counted after "one" ("One person dies").
    person: str = ""
    #: Words that count people in news of accidents ("3 dead", "12 injured").
    casualty_words: frozenset[str] = _NO_WORDS
    #: Verbs whose object is a number of casualties -> the casualty word of that count.
    casualty_verbs: Mapping[str, str] = _NONE
    #: Words that may stand between such a verb and its number ("kills more than 2,000").
    casualty_gap: frozenset[str] = _NO_WORDS
    casualty_stand_ins: frozenset[str] = _NO_WORDS  # "41 others (seriously) injured": the injured
    #: A death toll and the verbs that bring it to a number ("toll climbs to 85": the dead).
    toll_words: frozenset[str] = _NO_WORDS
    toll_verbs: frozenset[str] = _NO_WORDS
    #: Words that open what a toll word is the toll of ("deaths from the quake in Gansu hit
    #: 94"): a toll word followed by one may stand before other figures of its clause ...
    toll_links: frozenset[str] = _NO_WORDS
    #: ... unless one of these words starts another clause in between ("deaths hit 94 and
    #: injuries climbed to 300": the 300 are no toll).
    clause_joiners: frozenset[str] = _NO_WORDS
    #: Plural nouns after "100m" or "5k" that make it a distance, not a count.
    distance_nouns: frozenset[str] = _NO_WORDS
    #: Nouns after "460-" that do not make the number a count ("a 100-metre dash").
    not_counted_in_compounds: frozenset[str] = _NO_WORDS
    #: Capitalised words that open sentences before a number: no product or model name.
    sentence_openers: frozenset[str] = _NO_WORDS
    #: Words that make the number after them an id ("No. 5", "page 3").
    id_words: frozenset[str] = _NO_WORDS
    #: Words of the whole of a share ("411 of the 650 seats").
    share_determiners: tuple[str, ...] = ()
    #: Month names and abbreviations, lower case, in calendar order, each month's together.
    months: tuple[str, ...] = ()
    #: Weekday names from Monday, lower case ("Tue, 29 Aug 2023" in a publication date).
    weekdays: tuple[str, ...] = ()

    # -- movement
    rise_words: frozenset[str] = _NO_WORDS
    fall_words: frozenset[str] = _NO_WORDS
    #: Comparatives among them that bound a figure they stand before ("more than 150").
    bound_words: frozenset[str] = _NO_WORDS
    #: Words that, before "X to Y", make X a change and Y the level reached.
    movement_words: frozenset[str] = _NO_WORDS

    # -- the checker's words (headlinecheck.checking): reading the article, comparing counts,
    # direction and sums
    #: Wire services whose tag in the first line ("(Reuters)") means a bare "$" is the US dollar.
    wire_services: tuple[str, ...] = ()
    #: Countries, their adjectives and dateline cities ("Sydney", "Pakistani") -> the ISO code of
    #: their currency: the dollar of a dateline, the reading of "rupees" or "Sh" by place.
    places: Mapping[str, str] = _NONE
    #: Irregular plurals -> their singular, for comparing the head nouns of two counts.
    singulars: Mapping[str, str] = _NONE
    #: Head nouns a sub-editor swaps for one another when counting the same thing ("cut 7,000
    #: jobs" for "eliminate 7,000 positions"); the first word of each group names the group.
    synonym_groups: tuple[tuple[str, ...], ...] = ()
    #: What a casualty word says happened to the people counted ("killed" -> "dead", "injured"
    #: -> "hurt"); ``casualty_words`` are the nouns.
    casualty_kinds: Mapping[str, str] = _NONE
    #: Verbs after "people" that say the same ("three people died") -> the casualty kind.
    people_verbs: Mapping[str, str] = _NONE
    #: Words for counting people: "15 men and four women" are 19 people, "the three criminals"
    #: may be the headline's "three men" (``checking.members``, ``checking.nouns``).
    people: PeopleWords = PeopleWords()
    #: Words left out of the stems that tell which body sentence is about the headline's claim.
    context_stop_words: frozenset[str] = _NO_WORDS
    #: Verbs that are a rise only with "by" before the figure ("will raise its budget by 7.2%"):
    #: a startup that "raises $50M" moves nothing.
    by_only_words: frozenset[str] = _NO_WORDS
    #: Nouns that name a movement only right next to the figure ("growth of 3%", "a 3% cut");
    #: further off they are a subject with its own verb ("growth slowed to 3%" is no rise).
    next_to_only_words: frozenset[str] = _NO_WORDS
    #: Verbs whose "up"/"down" is their particle, not a movement ("set up a $5M fund").
    particle_verbs: frozenset[str] = _NO_WORDS
    #: Phrases ending in a qualifier that are a rise, not a cap ("will go up to Rs 5 crore").
    rise_to_phrases: tuple[str, ...] = ()
    #: Words that negate the movement word after them ("did not fall", "failed to rise").
    negations: frozenset[str] = _NO_WORDS
    #: Which side of zero an amount is on: "a $5M profit" against "a $5 million loss".
    gain_words: tuple[str, ...] = ()
    loss_words: tuple[str, ...] = ()
    #: Words that do not count towards the reach of a movement word ("rose by 30%", "fell to a
    #: record 30%"), possessives too ("will raise its defence budget by 7.2%").
    movement_fillers: frozenset[str] = _NO_WORDS
    #: The noun a suggestion uses for a movement ("up" -> "a rise of USD 5 million").
    movement_nouns: Mapping[str, str] = _NONE
    #: Words that present the body figures of one sentence or list as the parts of a total
    #: ("the two deals, worth $3 billion and $2 billion, together ...").
    sum_cues: tuple[str, ...] = ()
    #: Words of a headline clause that claims a total ("Two deals worth $5 billion in total").
    headline_sum_cues: tuple[str, ...] = ()
    #: A change the headline claims ("before" it: "cut by"; "after": "more") and the links of
    #: the body's two levels it is the difference of ("links": "from"; "reached": "to").
    difference_words: Mapping[str, tuple[str, ...]] = _NONE
    #: A figure within three words after one is a total, not a part ("bringing its total to").
    total_words: frozenset[str] = _NO_WORDS
    #: Words after the bracket of a conversion the body states ("HK$50 million (about US$6.4
    #: million)"), read by the body-conversion check.
    conversion_words: tuple[str, ...] = ()
    #: The same, for a named dollar converted into a bare "$" ("A$5 billion (about $3.6
    #: billion)"): that "$" is another dollar (the article's reading of "$").
    dollar_conversion_words: tuple[str, ...] = ()

    # -- currency words (the CLDR lexicon has the names; these are the newsroom's)
    #: Words for a dollar of no named country ("dollars", "bucks").
    dollar_words: frozenset[str] = _NO_WORDS
    #: Words that name one currency in ordinary use although CLDR lists several under them.
    currency_defaults: Mapping[str, str] = _NONE
    #: The first candidates for head words several current currencies share.
    currency_preferences: Mapping[str, tuple[str, ...]] = _NONE
    #: Currency head words that are also ordinary words after a number ("3 won").
    blocked_heads: frozenset[str] = _NO_WORDS
    #: Those of them read as a currency straight after a magnitude word ("5 billion won").
    magnitude_heads: Mapping[str, str] = _NONE
    #: Currency words that are also units of weight ("pounds"): no money in "a twenty-pound
    #: bag" (a hyphenated adjective) or after a verb of weighing ("weighs 5 pounds").
    weight_heads: frozenset[str] = _NO_WORDS
    weight_verbs: frozenset[str] = _NO_WORDS
    #: ISO codes that are also ordinary words ("ALL", "TRY"): currencies only in capitals.
    wordlike_codes: frozenset[str] = _NO_WORDS
    #: Letters written before "$" that CLDR does not list ("S$", "U.S.$") -> ISO code.
    dollar_letters: Mapping[str, str] = _NONE
    #: Letter symbols as news desks write them ("Rmb", "Tk", "KSh", "块") -> ISO code.
    letter_symbols: Mapping[str, str] = _NONE
    #: Letters that are a currency sign only before an amount with a magnitude or grouped
    #: digits ("N28.7 trillion", "Sh15.1bn", "R 1 500 000"; never "N95", "P5", "R2-D2"), with
    #: the currencies each may be, the usual one first. The article's locale, or its context in
    #: the checker, settles which one.
    letter_signs: Mapping[str, tuple[str, ...]] = _NONE
    #: Letter signs whose first currency is read when no locale settles it (no ambiguity kept).
    usual_signs: frozenset[str] = _NO_WORDS
    #: Letter symbols or signs that are money only glued before a spelled magnitude ("B45bn",
    #: the Bangkok Post's baht): spaced, the letter is a name ("Group B 5 million").
    glued_signs: frozenset[str] = _NO_WORDS
    #: Letter symbols that are money only before a magnitude, glued or spaced ("QR5bn", "KD 3
    #: million"): before a bare number they may be a code or a name ("QR 5" on a menu).
    magnitude_signs: frozenset[str] = _NO_WORDS
    #: Current ISO codes that are words in title case ("Cad", "Yer"), besides ``wordlike_codes``:
    #: a title-case code is read only before a magnitude ("Egp 308.3 Billion" in a title-case
    #: headline), and never these.
    titlecase_words: frozenset[str] = _NO_WORDS
    #: Letters written glued after a sign, the Australian way ("$US5m", "$A5m") -> ISO code.
    sign_letters: Mapping[str, str] = _NONE
    #: Sub-unit words -> (currency when no main unit is named, None for "some cent"; factor).
    subunits: Mapping[str, tuple[str | None, int]] = _NONE
    #: Currency words read only after a number ("two kuai"): "Kuai" is also a name.
    after_number_words: Mapping[str, str] = _NONE
    #: Sub-unit words read only after an amount of their main unit -> (that currency, factor):
    #: "one kuai and five mao", "1 yuan 5 jiao"; a digit after the tenth is the hundredth ("five
    #: mao five": 1.55). Alone ("five mao") they are no money: "Mao" is a name.
    joined_subunits: Mapping[str, tuple[str, int]] = _NONE
    #: Words and codes that say a text's "¥" is the yuan: anywhere in the text ...
    yuan_words: tuple[str, ...] = ()
    #: ... or as a whole word.
    yuan_marks: tuple[str, ...] = ()
    #: Mainland cities as English datelines write them ("BEIJING —"): the text is about China.
    dateline_cities: tuple[str, ...] = ()
    #: Characters read as another in currency names (the formal 圆 for 元).
    character_variants: Mapping[str, str] = _NONE

    # -- Chinese notation (empty for every other language). Chinese writes its words straight
    # against the number, with no spaces, so these are read by character, not as words.
    numeral_tens: Mapping[str, int] = _NONE  # 廿卅: a tens numeral in one character
    pinyin_tones: str = ""  # the tone marks of pinyin some pages print after characters
    #: The decimal point inside a numeral ("七點九", "三十四．一").
    numeral_points: tuple[str, ...] = ()
    numeral_zero_stand_ins: tuple[str, ...] = ()  # "○" for 〇, inside a run of numerals only
    #: After a number or its magnitude, "more than" ("3000多萬", "5萬餘人", "170億多元").
    more_marks: tuple[str, ...] = ()
    #: Qualifiers written after the figure ("51%左右", "3.0以上") -> the ``Qualifier`` value.
    qualifiers_after: Mapping[str, str] = _NONE
    #: Words ending in a qualifier that are no qualifier ("打破" ends in "破").
    qualifier_exceptions: tuple[str, ...] = ()
    percent_prefixes: tuple[str, ...] = ()  # before a percentage's number: "百分之二十五"
    #: Tenths written after the number ("三成" is 30%), the half after them ("兩成半"), and the
    #: characters after the tenth that make a word of it instead ("成長", "成為").
    tenth_marks: tuple[str, ...] = ()
    half_mark: str = ""
    tenth_blockers: frozenset[str] = _NO_WORDS
    #: Measure words (classifiers) after a number -> the one spelling a count is compared by.
    measure_words: Mapping[str, str] = _NONE
    #: Nouns counted straight after a number with no measure word ("1死", "2企") -> the
    #: measure word or casualty they count as.
    count_nouns: Mapping[str, str] = _NONE
    #: What happened to people counted ("1人死亡", "死亡365人") -> one spelling per kind.
    casualty_marks: Mapping[str, str] = _NONE
    #: Casualty kinds totalling others ("死傷": dead and injured), added up from their parts.
    casualty_totals: Mapping[str, tuple[str, ...]] = _NONE
    ordinal_prefix: str = ""  # before a number, an ordinal counted apart: "第11位"
    date_prefixes: tuple[str, ...] = ()  # before a number, a day: "初六人潮" counts nobody
    each_marks: tuple[str, ...] = ()  # "花蓮、台東各1人": the count of each item listed
    #: Before a unit with no digit, words that make it vague ("數百人" is a few hundred): no
    #: figure; and those that bound it ("上萬" is ten thousand or more) -> ``Qualifier`` value.
    vague_before: tuple[str, ...] = ()
    lone_unit_qualifiers: Mapping[str, str] = _NONE
    #: A rank written without the ordinal prefix ("排名全球17位", "排議程11位" for "第11位"):
    #: a count of one of ``rank_measures`` with one of ``rank_words`` a few characters before
    #: it, in its clause, is that ordinal; ``rank_exceptions`` are words holding a rank word
    #: that rank nothing ("安排11名警員").
    rank_words: tuple[str, ...] = ()
    rank_measures: frozenset[str] = _NO_WORDS
    rank_exceptions: frozenset[str] = _NO_WORDS
    #: Written right before the number, these make it the size of a top, no rank ("前10名").
    rank_blockers: tuple[str, ...] = ()
    #: Measure words counted only in an ordinal ("第3度" is the third time; "25度" a temperature).
    ordinal_measures: frozenset[str] = _NO_WORDS
    #: Written after a measure word, these make the number a duration, not a count ("18個月"),
    #: unless one of ``period_records`` follows: "創7年新低", "17個月來最高" count the periods.
    duration_nouns: tuple[str, ...] = ()
    period_records: Mapping[str, str] = _NONE
    #: After a measure word these make the number no count ("1.5個百分點": percentage points);
    #: after a count noun, these make it part of a word ("1,629億大幅": 大幅 is "sharply").
    uncounted_after_measure: tuple[str, ...] = ()
    count_noun_blockers: Mapping[str, frozenset[str]] = _NONE
    #: Streaks ("連25紅", "連續二十五個月成長": one run): an opener right before the number, then
    #: a streak mark (紅 up, 黑 down, 升 ...) or a period, with or without a measure word; every
    #: streak is counted by the one spelling ``streak``.
    streak_openers: tuple[str, ...] = ()
    streak_marks: frozenset[str] = _NO_WORDS
    streak: str = ""
    #: Sub-units after a main unit ("五元三毛") -> (currency, None for the main's; factor); joiners.
    subunit_characters: Mapping[str, tuple[str | None, int]] = _NONE
    subunit_joiners: tuple[str, ...] = ()
    #: The currency of a bare 元 (or of an amount with no unit): the words that declare it
    #: ("(港元,下同)"), the outlets whose datelines set it, the words of a place that suggest
    #: it, and the locale territories -> ISO code.
    yuan_character: str = ""
    yuan_declaration: str = ""
    yuan_outlets: Mapping[str, str] = _NONE
    yuan_places: Mapping[str, str] = _NONE
    yuan_territories: Mapping[str, str] = _NONE
    yuan_explicit: tuple[str, ...] = ()  # with a bare 元, still the renminbi: "1202亿元人民币"


@functools.cache
def get(code: str) -> Language:
    """The record of ``code`` ("en", "en_IN", "zh"); LookupError if there is no such module."""
    name = code.replace("-", "_").lower()
    if not name.replace("_", "").isalnum() or name.startswith("_"):
        raise LookupError(f"no language data for {code!r}")
    try:
        module = importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as error:
        if error.name != f"{__name__}.{name}":
            raise
        raise LookupError(f"no language data for {code!r}") from None
    language = module.LANGUAGE
    assert isinstance(language, Language)
    return language


@functools.cache
def codes() -> tuple[str, ...]:
    """The module name of every record in this package ("en", "en_in", ..., "zh"), sorted."""
    from pathlib import Path

    return tuple(sorted(path.stem for path in Path(__file__).parent.glob("[!_]*.py")))


@functools.cache
def find(locale: str) -> Language | None:
    """The record for a babel locale id: its own ("en_IN"), else its language's ("de"), or None."""
    normal = locale.replace("-", "_")
    for code in dict.fromkeys((normal, normal.split("_", 1)[0])):
        try:
            return get(code)
        except LookupError:
            continue
    return None


def read_in_every_text() -> list[Language]:
    """The records read in every text, with no locale set: English with the variants it reads
    (Indian English), and Chinese."""
    english = get("en")
    return [english, *(get(code) for code in english.variants_read), get("zh")]
