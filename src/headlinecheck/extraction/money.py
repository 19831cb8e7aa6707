"""Currencies written around a number: before it ("HK$", "USD ", "人民币") or after it ("50 yuan",
"20€", "5 million Hong Kong dollars").

Currency words are looked up in the dictionaries of ``headlinecheck.currencies`` (built from
CLDR and the ``lang`` records), never matched by an alternation of every name; the words that
gate a look-up are gathered once, on the first call of ``extract`` (``prepare``).
"""

from __future__ import annotations

from decimal import Decimal

from headlinecheck import _lexicon, lang
from headlinecheck.currencies import (
    DOLLAR_CODES,
    DOLLAR_LETTERS,
    LETTER_SYMBOLS,
    SUBUNITS,
    AmbiguousDollar,
    code_currency,
    head_currency,
    name_currency,
    symbol_currency,
)
from headlinecheck.extraction import lettered
from headlinecheck.extraction.names import country_before, dotted_name
from headlinecheck.extraction.scanner import (
    DOTTED_RE,
    EN,
    LANGUAGES,
    PREFIX_LETTERS_RE,
    SPACES,
    SUFFIX_SYMBOL_RE,
    SUFFIX_WORDS_RE,
    SYMBOL_CHARS,
    WINDOW,
    WORD_OPENERS,
    WORDS_AHEAD_RE,
    split_words,
    words_before,
)
from headlinecheck.extraction.signs import LETTER_SIGNS, SIGN_LETTERS, sign_currency
from headlinecheck.extraction.values import ONE, Currency
from headlinecheck.numbers import MAGNITUDES, NUMBER_WORDS

_STOP = EN.stop_words
_MILLION = MAGNITUDES["million"]
_MAGNITUDE_HEADS = EN.magnitude_heads
_PLACES = EN.places  # "Kenya" -> KES: a country named before its currency's word
_ARTICLES = frozenset(EN.articles)  # "A $ 5 million grant": an article, not Australia's "A$"
#: The newsroom's names of several words that CLDR does not list ("cfa francs").
_NEWSROOM_NAMES = {key: code for key, code in EN.currency_defaults.items() if " " in key}
_CHARACTER_VARIANTS = tuple(
    pair for language in LANGUAGES for pair in language.character_variants.items()
)


def _currency_words() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case words that can start / end a currency written in words: cheap gates."""
    # The names' own first and last words ("saudi", "riyal", "saudiriyal") are generated into
    # the lexicon by scripts/build_lexicon.py: deriving them here cost a millisecond a run.
    singles = {code.lower() for code in _lexicon.CODES}
    singles |= set(_lexicon.HEADS) | EN.dollar_words | set(EN.currency_defaults) | set(SUBUNITS)
    singles |= {symbol.lower() for symbol in LETTER_SYMBOLS}
    singles |= {symbol.lower().rstrip(".") for symbol in LETTER_SYMBOLS}
    singles |= {sign.lower().rstrip(".") for sign in LETTER_SIGNS}
    singles |= {written.lower() for written in SIGN_LETTERS}
    return _lexicon.NAME_FIRSTS | singles, _lexicon.NAME_LASTS | singles


#: Filled on the first call of ``extract`` (building them costs milliseconds at import).
_FIRST_WORDS: frozenset[str] = frozenset()
_LAST_WORDS: frozenset[str] = frozenset()
_HEAD_ONLY: frozenset[str] = frozenset()


def _is_mcode(word: str) -> bool:
    return len(word) == 4 and word[0] == "M" and word.isupper() and word[1:] in _lexicon.CODES


def _word_currency(
    word: str, *, after_number: bool, locale: str | None = None
) -> tuple[Currency, Decimal] | None:
    """A single word as a currency: code, letter symbol or sign, head word, "MUSD"; with a
    scale. A one-letter sign is read before a number only ("N28.7 trillion", not "5 N")."""
    bare = word[:-1] if word.endswith(".") else word
    sign = word if word in LETTER_SIGNS else bare if bare in LETTER_SIGNS else None
    if sign is not None:
        if after_number and len(sign) == 1:
            return None
        return sign_currency(sign, locale), ONE
    if word in LETTER_SYMBOLS:
        if after_number and lettered.gated(word):
            return None  # "$5 B" is no baht
        return LETTER_SYMBOLS[word], ONE
    if bare in LETTER_SYMBOLS:
        return LETTER_SYMBOLS[bare], ONE
    code = code_currency(bare, after_number=after_number)
    if code is not None:
        return code, ONE
    if len(bare) == 4 and bare[0] == "M" and bare.isupper():
        code = code_currency(bare[1:], after_number=True)
        if code is not None:
            return code, _MILLION
    lower = bare.lower()
    if lower in SUBUNITS and after_number:
        currency, factor = SUBUNITS[lower]
        return currency, Decimal(1) / factor
    found = name_currency(lower)
    if found is not None:
        return found, ONE
    return None


_YUAN = frozenset(language.yuan_character for language in LANGUAGES if language.yuan_character)


def suffix_currency(
    text: str,
    pos: int,
    locale: str | None,
    *,
    words_only: bool = False,
    after_magnitude: bool = False,
) -> tuple[Currency, Decimal, int] | None:
    """Currency written after a number at ``pos``: (currency, scale factor, end).

    With ``words_only`` (the number already has a currency before it) a symbol after it is
    left alone: in "$ 20 $ 37" the second "$" starts the next amount. ``after_magnitude`` reads
    the head words that are ordinary words after a bare number ("5 billion won", "3 won").
    """
    if pos >= len(text):
        return None
    q = pos + 1 if text[pos] in SPACES or text[pos] == "-" else pos
    c = text[q : q + 1]
    if not c:
        return None
    if locale is not None and not words_only:
        local = _locale_sign(text, q, locale)  # "50.000đ", "5 tỷ đồng"
        if local is not None:
            return local
    if c.isascii() and c.isalpha():
        w = WORDS_AHEAD_RE.match(text, q)
        assert w is not None
        first, second = w.group(1), w.group(2)
        after_first = q + len(first)  # the match starts at ``q``
        glued_symbol = text[after_first : after_first + 1] in SYMBOL_CHARS  # "3.14US$"
        if not (
            glued_symbol
            or first.lower().rstrip(".") in _FIRST_WORDS
            or "." in first
            or (len(first) == 4 and _is_mcode(first))
            or (second is not None and second.lower().rstrip(".") in _lexicon.HEADS)
        ):
            return None
    elif c not in SYMBOL_CHARS and ord(c) <= 0x2E7F:
        return None
    m = None if words_only else SUFFIX_SYMBOL_RE.match(text, q if text[pos] in SPACES else pos)
    if m is not None and m.group("s") not in SYMBOL_CHARS:
        m = None
    if m is not None:
        letters, symbol, right = m.group("l"), m.group("s"), m.group("r")
        if symbol in SUBUNITS and not letters:
            currency, factor = SUBUNITS[symbol]
            return currency, Decimal(1) / factor, m.end("s")
        if letters:
            code = symbol_currency(letters + symbol, locale)
            if code is None and symbol == "$":
                code = DOLLAR_LETTERS.get(letters.lower()) or code_currency(
                    letters, after_number=True
                )
            if code is not None:
                return code, ONE, m.end("s")
        elif right:
            code = symbol_currency(symbol + right, locale)
            if code is not None:
                return code, ONE, m.end("r")
        if not letters:
            bare = _bare_symbol(symbol, locale)
            if bare is not None:
                return bare, ONE, m.end("s")
    ch = text[pos]
    if ch == " " and pos + 1 < len(text):
        ch = text[pos + 1]
        start = pos + 1
    else:
        start = pos
    if ord(ch) > 0x2E7F:  # CJK: names are written straight after the digits, no spaces
        for size in (4, 3, 2, 1):
            key = text[start : start + size]
            if len(key) < size:
                continue
            for variant, usual in _CHARACTER_VARIANTS:  # the formal characters for yuan
                key = key.replace(variant, usual)
            code = _lexicon.NAMES.get(key) or symbol_currency(key, locale)
            if code is not None:
                if key in _YUAN:  # a generic 元, which a currency name may follow
                    from headlinecheck.extraction.chinese_yuan import named_after

                    if (after := named_after(text, start + size, locale)) is not None:
                        return after[0], ONE, after[1]  # "5億元新台幣": New Taiwan dollars
                return code, ONE, start + size
        return None
    dotted = DOTTED_RE.match(text, pos)
    if dotted is not None:
        # "L.E", "l.e.": a dotted abbreviation reads as its capital letters ("LE")
        letters = dotted.group("d").replace(".", "")
        code = LETTER_SYMBOLS.get(letters.upper())
        if code is not None:
            return code, ONE, dotted.end()
        named = dotted_name(text, letters, dotted.end())
        if named is not None:
            return named
    m = SUFFIX_WORDS_RE.match(text, q)
    if m is None:
        return None
    words = split_words(m.group("w"), m.start("w"))
    for size in range(len(words), 0, -1):
        end = words[size - 1][2]
        if end < len(text) and text[end].isdigit():
            continue  # "3 USD50": the code belongs to the next number
        hit: tuple[Currency, Decimal] | None
        if size == 1:
            hit = _word_currency(words[0][0], after_number=True, locale=locale)
            if hit is None and after_magnitude:
                code = _MAGNITUDE_HEADS.get(words[0][0].lower().rstrip("."))  # "won."
                hit = (code, ONE) if code is not None else None
        else:
            key = " ".join(w[0] for w in words[:size]).lower().rstrip(".")
            code = _lexicon.NAMES.get(key) or _NEWSROOM_NAMES.get(key) or _placed(words[:size])
            hit = (code, ONE) if code is not None else None
            one = None
            if hit is None and size == 2:
                # "pounds sterling": two currency words that agree are one name
                one = _word_currency(words[0][0], after_number=True, locale=locale)
                if one is not None and one == _word_currency(
                    words[1][0], after_number=True, locale=locale
                ):
                    hit = one
            modifier = words[0][0]
            if (
                hit is None
                and size == 2
                and modifier.lower() not in _STOP
                and modifier.lower() not in NUMBER_WORDS
                and one is None  # the modifier's own reading, read just above
            ):
                # one modifier before a currency word: "42 malaysia ringgit"
                head = head_currency(words[1][0].lower().rstrip("."))
                hit = (head, ONE) if head is not None else None
        if hit is not None:
            if words[size - 1][0].endswith(".") and not _keeps_dot(words[size - 1][0]):
                end -= 1
            return hit[0], hit[1], end
    return None


def _placed(words: list[tuple[str, int, int]]) -> str | None:
    """A country before its currency's word, as the press names it: "35.4 Mauritius rupees",
    "5 billion Kenya shillings", "Sri Lanka rupees" (CLDR has only the adjectives)."""
    place = _PLACES.get(" ".join(w[0] for w in words[:-1]))
    if place is None:
        return None
    codes = _lexicon.HEADS.get(words[-1][0].lower().rstrip("."), ())
    return place if place in codes else None


def _locale_sign(text: str, q: int, locale: str) -> tuple[Currency, Decimal, int] | None:
    """A letter symbol of the locale's own language record at ``q`` (not a letter after it)."""
    language = lang.find(locale)
    if language is None or language in LANGUAGES:
        return None
    for sign in sorted(language.letter_symbols, key=len, reverse=True):
        end = q + len(sign)
        if text.startswith(sign, q) and not text[end : end + 1].isalpha():
            return language.letter_symbols[sign], ONE, end
    return None


def _bare_symbol(symbol: str, locale: str | None) -> Currency:
    """A symbol on its own: "$" (and "＄") is some dollar, whatever CLDR's default reading.

    The full-width yen sign is JPY in Japanese and CNY in Chinese CLDR data alike, so it is read
    as "¥" is: by the locale, else JPY unless the text is Chinese (see ``_Figures``).
    """
    if symbol in ("$", "＄"):
        return AmbiguousDollar()
    if symbol == "￥":
        return symbol_currency("￥", locale) or symbol_currency("¥", locale)
    return symbol_currency(symbol, locale)


def _keeps_dot(word: str) -> bool:
    return word in LETTER_SYMBOLS


def prefix_currency(
    text: str, start: int, floor: int, locale: str | None
) -> tuple[Currency, Decimal, int] | None:
    """Currency written before the number at ``start``: (currency, scale factor, its start)."""
    j = start - 1 if start > floor and text[start - 1] in SPACES else start
    if j <= floor:
        return None
    c = text[j - 1]
    if ord(c) > 0x2E7F and c not in SYMBOL_CHARS:
        from headlinecheck.extraction.chinese_yuan import named_before

        return named_before(text, j, floor, locale)  # "元100", "人民币100", "新台幣約9222億元"
    if c not in SYMBOL_CHARS:
        if not (c.isascii() and (c.isalpha() or c == ".")):
            return None
        # ``word_before`` inline (``c``, a letter or dot, ends the word): once per number.
        parts = text[max(floor, j - 24) : j].rsplit(None, 1)
        written = parts[-1].lstrip(WORD_OPENERS) if parts else ""
        code = SIGN_LETTERS.get(written)
        if code is not None:  # "$US5 million"
            return code, ONE, j - len(written)
        word = written.lower()
        known = word in _LAST_WORDS or word.rstrip(".") in _LAST_WORDS
        if not known and not (len(word) == 4 and _is_mcode(word.upper())):
            return None
    lo = max(floor, start - WINDOW)
    if c in SYMBOL_CHARS:
        # The sign is ``c``; at most five characters ("U.S. ") of letters precede it, so the
        # search for them starts there instead of 40 characters back.
        symbol = c
        head = text[lo : j - 1]
        m = PREFIX_LETTERS_RE.search(head, max(0, len(head) - 5))
        letters = m.group("l") if m is not None else None
        if m is not None and letters:
            key = letters.lower()
            spaced = bool(m.group("sp"))
            # One letter spaced from the symbol is a word or an initial, not part of it:
            # "Series C $50M" is dollars ("US $50M" and "C$50M" keep their letters). Lower-case
            # "c $" is the exception: tokenised, lower-cased text (the Recognizers-Text corpus)
            # writes "C$" so, and prose has no lower-case one-letter "c" before an amount.
            # A capital spaced on both sides ("R $ 88.2 billion") is a symbol torn by the page's
            # spacing, as "$ 17.6 bn" beside it: the real.
            torn = spaced and j < start and letters.isupper() and key not in _ARTICLES
            if not spaced or len(key.replace(".", "")) >= 2 or letters == "c" or torn:
                code = symbol_currency(letters + symbol, locale)
                if code is None and symbol == "$":
                    code = DOLLAR_LETTERS.get(key) or code_currency(letters, after_number=True)
                if code is not None:
                    return code, ONE, lo + m.start("l")
                if not spaced:
                    return None  # "X$5": letters glued to the sign that name no currency
        named = country_before(text, lo, j - 1, symbol, locale) if symbol == "$" else None
        if named is not None:
            return named
        if symbol in SUBUNITS:
            return None
        bare = _bare_symbol(symbol, locale)
        if bare is not None:
            return bare, ONE, j - 1
        return None
    # The words end at ``j``: before the number, or before the one space ahead of it.
    words = words_before(text, lo, j)
    for size in range(min(len(words), 4), 0, -1):
        chunk = words[-size:]
        hit: tuple[Currency, Decimal] | None
        if size == 1:
            word = chunk[0][0]
            if lettered.gated(word) and not lettered.sign_stands(word, text, start, j == start):
                continue  # "Group B 5 million", "B2B", "QR 5": a name, not a sign
            hit = _word_currency(word, after_number=False, locale=locale)
            if hit is None and word.istitle():
                code = lettered.titlecase_code(word, text, start)  # "Egp 308.3 Billion"
                hit = (code, ONE) if code is not None else None
            if hit is not None and hit[0] is not None and chunk[0][0].lower() in _HEAD_ONLY:
                hit = (hit[0], Decimal(-1))  # a bare head word: caller checks the number
        else:
            code = _lexicon.NAMES.get(" ".join(w[0] for w in chunk).lower())
            hit = (code, ONE) if code is not None else None
        if hit is not None:
            return hit[0], hit[1], chunk[0][1]
    return None


def _is_head_word(word: str) -> bool:
    return head_currency(word) is not None and word.upper() not in _lexicon.CODES


def prepare() -> None:
    """Gather the words that gate currency look-ups (once; cheap to call again)."""
    global _FIRST_WORDS, _LAST_WORDS, _HEAD_ONLY
    if _FIRST_WORDS:
        return
    # "dollar" and "dollars" are among them: CLDR's head word, read as some dollar.
    heads = frozenset(w for w in _lexicon.HEADS if _is_head_word(w))
    _HEAD_ONLY = heads
    firsts, _LAST_WORDS = _currency_words()
    _FIRST_WORDS = firsts  # set last: it is the "ready" flag


def same_unit(a: Currency, b: Currency) -> bool:
    if a == b:
        return True
    dollars = (isinstance(a, AmbiguousDollar) and a.symbol == "$") or a in DOLLAR_CODES
    return dollars and (isinstance(b, AmbiguousDollar) and b.symbol == "$")
