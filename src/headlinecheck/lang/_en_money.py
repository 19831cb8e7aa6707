"""English: the words of money, the newsroom's currency words and signs (``en`` puts them in its
record; kept apart so that each module stays small).

The CLDR names, codes and symbols are in ``headlinecheck._lexicon``; these are what CLDR does not
carry or reads otherwise than English news does.
"""

from __future__ import annotations

from collections.abc import Mapping

from headlinecheck.lang._text import phrases as _phrases
from headlinecheck.lang._text import same as _same
from headlinecheck.lang._text import split as _split

# -- the checker's words for a bare "$" and for conversions the body states
# Between an amount and its conversion: "(", "(about ", "(or ", "(approximately ", "(~".
CONVERSION_WORDS: tuple[str, ...] = _phrases(
    "about, around, roughly, approximately, approx., some, nearly, almost, or, equivalent to, worth"
)
DOLLAR_CONVERSION_WORDS: tuple[str, ...] = ("about", "around", "roughly", "approximately", "or")

# -- currency words
DOLLAR_WORDS: frozenset[str] = frozenset({"dollar", "dollars", "buck", "bucks"})
# Bare pounds are sterling, bare rupees Indian (the issue asks for this reading).
CURRENCY_DEFAULTS: Mapping[str, str] = (
    _same("pound, pounds, sterling, quid", "GBP")
    | _same("rupee, rupees", "INR")
    | _same("euro, euros", "EUR")
    | {"yen": "JPY"}
    | _same("yuan, renminbi, rmb", "CNY")
    | _same("lira, liras", "TRY")
    | {"lire": "ITL"}
    # The Egyptian pound in English transliteration ("42 geneh", "genihat masriya").
    | _same("geneh, genih, genihat", "EGP")
    # The CFA franc, never the Swiss one a bare "francs" leans to: "216 billion CFA francs",
    # "70 billion FCFA". West African (XOF) for the press's usual subject; the Central African
    # one (XAF) has the same euro peg, and neither an ECB rate.
    | _same("cfa franc, cfa francs, francs cfa, franc cfa, fcfa", "XOF")
)
CURRENCY_PREFERENCES: Mapping[str, tuple[str, ...]] = {
    "franc": ("CHF",),
    "peso": ("MXN", "PHP", "ARS"),
    "krona": ("SEK", "ISK"),
    "krone": ("NOK", "DKK"),
    "riyal": ("SAR", "QAR"),
    "dinar": ("KWD", "BHD", "JOD"),
    "rial": ("IRR", "OMR"),
    "shilling": ("KES", "UGX", "TZS"),
}
# "5 real problems", "3 won", "2 marks": they count only inside a full CLDR name.
BLOCKED_HEADS: frozenset[str] = frozenset(
    {"real", "reals", "won", "mark", "marks", "dong", "kip", "som", "lek", "lev", "leu", "lei"}
    | {"pula", "rand", "para", "vatu", "tala", "loti", "gold"}
)
WEIGHT_HEADS: frozenset[str] = frozenset({"pound", "pounds", "lb", "lbs"})
WEIGHT_VERBS: frozenset[str] = _split("weigh weighs weighed weighing weight weighting tipped")
MAGNITUDE_HEADS: Mapping[str, str] = {
    "won": "KRW",
    "rand": "ZAR",
    "dong": "VND",
    "kip": "LAK",
    "reais": "BRL",
}
# "ALL 5 solutions", "AMD 7nm", "try 3": read as currencies only in capitals after a number.
WORDLIKE_CODES: frozenset[str] = frozenset(
    {"ALL", "AMD", "BAM", "BOB", "CUP", "GEL", "MAD", "MOP", "PEN", "RUB", "SOS", "TOP", "TRY"}
    | {"COP", "ERN", "MUR", "ANG", "BIF", "LAK", "NIO"}
)

# -- signs and letters
# CLDR has "US$", "HK$", "A$", "CA$", "NT$", "NZ$", "MX$", "R$" itself: Singapore and U.S.
# newsroom spellings.
DOLLAR_LETTERS: Mapping[str, str] = {
    "s": "SGD",
    "u.s.": "USD",
    "u.s": "USD",
    "mex": "MXN",
    # The national presses' own dollars, which CLDR writes as a bare "$": Namibia ("N$66.5
    # billion"), Jamaica ("J$5 billion"), Trinidad and Tobago ("TT$"), Guyana ("G$"), Liberia.
    "n": "NAD",
    "j": "JMD",
    "tt": "TTD",
    "g": "GYD",
    "l": "LRD",
}
# Egyptian English press writes the pound as "LE" (livre égyptienne).
LETTER_SYMBOLS: Mapping[str, str] = {
    "RM": "MYR",
    "Rmb": "CNY",
    "RMB": "CNY",
    "rmb": "CNY",
    "Rp": "IDR",
    "LE": "EGP",
    "E£": "EGP",
    "GH¢": "GHS",  # the Ghanaian press writes the cedi sign ₵ as a cent sign: "GH¢5 million"
    # ... and as letters: "GhC 129 billion", "Ghc 200 million", "GHC 1.4bn" are the cedi of
    # today (GHS), never the old cedi retired in 2007 whose code GHC was.
    "GhC": "GHS",
    "Ghc": "GHS",
    "GHC": "GHS",
    "Gh¢": "GHS",
    "Tk": "BDT",
    "Tk.": "BDT",
    "KSh": "KES",
    "Ksh": "KES",
    "Kshs": "KES",
    "KShs": "KES",
    "ksh": "KES",  # Kenyan sites write it in lower case too ("ksh 100,000")
    "kshs": "KES",
    "USh": "UGX",
    "UShs": "UGX",
    "TSh": "TZS",
    "TShs": "TZS",
    "Dhs": "AED",
    "SR": "SAR",
    "zł": "PLN",
    "Frw": "RWF",  # the Rwandan franc as The New Times writes it beside "Rwf" ("Frw607.5 billion")
    "FRw": "RWF",
    # The Turkish lira as Turkish English-language dailies write it ("5 billion TL", "TL 5
    # billion", "1,500 TL", "12.2 billion YTL", the new lira of 2005-2008).
    "TL": "TRY",
    "YTL": "TRY",
    "Kč": "CZK",
    # The Thai baht as the Bangkok Post writes its sign "฿" ("B45bn", "B1.2 billion") and The
    # Nation ("Bt45 billion"): glued before a spelled magnitude only (``GLUED_SIGNS``); after a
    # number "B" is a billion ("$5B"), and "Bt176" is a maize.
    "B": "THB",
    "Bt": "THB",
    # The Gulf and Levant English press, before a magnitude only (``MAGNITUDE_SIGNS``): Qatari
    # riyal "QR5bn" (Gulf Times, The Peninsula), Kuwaiti dinar "KD 3 million" (Kuwait Times),
    # Omani rial "RO 5 million" (Times of Oman), Lebanese pound "LL5 billion" (The Daily Star);
    # and the taka in capitals, as headlines write it ("TK 57b").
    "QR": "QAR",
    "KD": "KWD",
    "RO": "OMR",
    "LL": "LBP",
    "TK": "BDT",
    # The new Israeli shekel as the Israeli English press writes it ("NIS 11 billion", "NIS
    # 600 million"); before a magnitude only: "NIS 2" is also the EU's network-security law.
    "NIS": "ILS",
}
# One letter is a sign only before a magnitude or grouped digits (extraction/signs.py).
LETTER_SIGNS: Mapping[str, tuple[str, ...]] = {
    "N": ("NGN",),
    "R": ("ZAR",),
    "W": ("KRW",),
    "P": ("PHP", "BWP"),
    "K": ("ZMW", "MWK", "PGK", "MMK"),  # kwacha, kina, kyat: "K5.64 billion", "K104.7 million"
    "Sh": ("KES", "UGX", "TZS", "SOS"),
    "Shs": ("UGX", "TZS", "KES"),
    "sh": ("KES", "UGX", "TZS", "SOS"),  # in lower case too ("sh 6.4 billion")
    "shs": ("UGX", "TZS", "KES"),
    "kr": ("SEK", "NOK", "DKK", "ISK"),
    "Kr": ("SEK", "NOK", "DKK", "ISK"),
    "Dh": ("AED", "MAD"),
    # Shared by the Indian, Pakistani, Sri Lankan, Nepalese and Mauritian rupee; Indian usage
    # dominates news, so it is the reading when nothing settles it (``usual_signs``).
    "Rs": ("INR", "PKR", "LKR", "NPR", "MUR"),
    "Rs.": ("INR", "PKR", "LKR", "NPR", "MUR"),
}
USUAL_SIGNS: frozenset[str] = frozenset({"Rs", "Rs."})
#: Letter symbols read only glued before a spelled magnitude ("B45bn"; not "Group B 5 million").
GLUED_SIGNS: frozenset[str] = frozenset({"B", "Bt"})
#: Letter symbols read only before a magnitude, glued or spaced ("KD 3 million"; not "QR 5").
MAGNITUDE_SIGNS: frozenset[str] = frozenset({"QR", "KD", "RO", "LL", "TK", "NIS"})
TITLECASE_WORDS: frozenset[str] = frozenset({"Cad", "Ves", "Yer", "Pab"})
# The Australian and British order: the sign, then the country ("$US5 million").
SIGN_LETTERS: Mapping[str, str] = {
    "$US": "USD",
    "$A": "AUD",
    "$AU": "AUD",
    "$NZ": "NZD",
    "$C": "CAD",
    "$HK": "HKD",
    "$S": "SGD",
}
# Sub-units, after a number only ("20 ringgit 43 sen") -> (currency, or None for some cent, or
# the head word naming the main unit; factor).
SUBUNITS: Mapping[str, tuple[str | None, int]] = {
    "cent": (None, 100),
    "cents": (None, 100),
    "penny": ("GBP", 100),
    "pennies": ("GBP", 100),
    "pence": ("GBP", 100),
    "sen": ("MYR", 100),  # the ringgit's: "25 sen" is no hundredth of a dollar
    "sens": ("MYR", 100),
    "centavo": ("peso", 100),  # of the peso the word names (the head word, lower case)
    "centavos": ("peso", 100),
    # The press's sub-units of one currency each: "50 kobo", "30 pesewas", "125 piasters".
    "kobo": ("NGN", 100),
    "pesewa": ("GHS", 100),
    "pesewas": ("GHS", 100),
    "piaster": ("EGP", 100),
    "piasters": ("EGP", 100),
    "piastres": ("EGP", 100),
    "paise": ("INR", 100),
    "satang": ("THB", 100),
    "halala": ("SAR", 100),
    "halalas": ("SAR", 100),
    "kopiyka": ("UAH", 100),
    "kopiykas": ("UAH", 100),
    "kopecks": ("RUB", 100),
    "kopeks": ("RUB", 100),
}
YUAN_WORDS: tuple[str, ...] = ("yuan", "renminbi")
YUAN_MARKS: tuple[str, ...] = ("RMB", "Rmb", "CNY")
# The renminbi as spoken Mandarin counts it, in English transliteration: kuai (the yuan), mao or
# jiao (a tenth) and fen (a hundredth).
AFTER_NUMBER_WORDS: Mapping[str, str] = {"kuai": "CNY"}
JOINED_SUBUNITS: Mapping[str, tuple[str, int]] = {
    "mao": ("CNY", 10),
    "jiao": ("CNY", 10),
    "fen": ("CNY", 100),
}
