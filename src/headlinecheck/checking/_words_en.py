"""English words the checker reads: data only, no logic.

Every word table of the checking engine lives here, as plain constants, so that the engine
modules hold none. They move into ``lang/en.py`` (one typed record per language) when the lead
merges the extraction branch, which creates ``lang/``.
"""

from __future__ import annotations

from collections.abc import Mapping

# ---- the article's dollar (checking.reading)

#: Wire services whose tag in the first line ("(Reuters)") means $ is the US dollar.
WIRE_SERVICES = ("Reuters", "AP", "AFP", "Bloomberg", "Dow Jones", "Xinhua", "dpa", "UPI")

#: Places whose own press writes a bare $ for the local dollar, as a dateline spells them.
DATELINE_DOLLARS: Mapping[str, str] = {
    "SINGAPORE": "SGD",
    "SYDNEY": "AUD",
    "MELBOURNE": "AUD",
    "BRISBANE": "AUD",
    "PERTH": "AUD",
    "CANBERRA": "AUD",
    "TORONTO": "CAD",
    "OTTAWA": "CAD",
    "MONTREAL": "CAD",
    "VANCOUVER": "CAD",
    "CALGARY": "CAD",
    "WELLINGTON": "NZD",
    "AUCKLAND": "NZD",
    "HONG KONG": "HKD",
    "TAIPEI": "TWD",
    "NEW YORK": "USD",
    "WASHINGTON": "USD",
    "SAN FRANCISCO": "USD",
    "CHICAGO": "USD",
    "LOS ANGELES": "USD",
}

# ---- counts: compatible nouns (checking.nouns)

IRREGULAR_PLURALS: Mapping[str, str] = {
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "staff": "staff",
    "data": "data",
}

#: Head nouns a sub-editor swaps for one another when counting the same thing: "cut 7,000 jobs"
#: for "eliminate 7,000 positions", "735 jets" for "735 aircraft". The first word names the group.
SYNONYM_GROUPS = (
    "job position role employee worker staff",
    "aircraft jet plane airliner",
    "vehicle car",
    "company firm",
    "fine penalty",
    "group conglomerate chaebol",
)

#: What a casualty word says happened to the people counted (extraction's CASUALTY_WORDS are
#: the nouns).
CASUALTY_KINDS: Mapping[str, str] = {
    "dead": "dead",
    "died": "dead",
    "killed": "dead",
    "death": "dead",  # "800 deaths were confirmed" (head nouns are compared singular)
    "fatality": "dead",
    "injured": "hurt",
    "wounded": "hurt",
    "hurt": "hurt",
    "missing": "missing",
    "arrested": "arrested",
}
#: Verbs after "people" that say the same: "three people died".
CASUALTY_VERBS: Mapping[str, str] = {
    **CASUALTY_KINDS,
    "die": "dead",
    "dies": "dead",
    "arrest": "arrested",
    "arrests": "arrested",
    "detained": "arrested",
}

# ---- sentence context (checking.context)

_STOPWORDS_TEXT = """
about above after again against along also among and another around because been before being below
between both but can could did does doing down during each even ever every few for from further had
has have having here how into its itself just least less like made make many more most much must
near nearly next not now off once only other our out over own per same says said should since some
such than that the their them then there these they this those through total under until upon very
was were what when where which while who whom why will with within would year years
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

# ---- direction (checking.direction)

#: "raise" is a movement only with "by" before the figure ("will raise its budget by 7.2%"): a
#: startup that "raises $50M" moves nothing.
BY_ONLY = frozenset({"raise", "raises", "raised", "raising"})
#: Signs stuck to a figure: hyphen-minus, minus sign, the en dash typeset as a minus, and plus.
SIGNS: Mapping[str, str] = {"-": "down", "\u2212": "down", "\u2013": "down", "+": "up"}
#: Nouns that name a movement only right next to the figure ("growth of 3%", "a 3% reduction");
#: further off they are a subject with its own verb: "growth slowed to 3%" is no rise.
NEXT_TO_ONLY = frozenset({"growth", "expansion", "contraction", "reduction", "minus"})
#: "set up a $5M fund", "shut down ...": the particle belongs to the verb, not to the figure.
_PARTICLE_VERBS_TEXT = """
set sets setting sign signs signed signing end ends ended back backs backed pick picks picked take
takes took taken make makes made put puts shut shuts turn turns turned break breaks broke broken
hand hands handed close closes closed play plays played tie ties tied line lines lined draw draws
drew drawn come comes came open opens opened shore shores shored
"""
PARTICLE_VERBS = frozenset(_PARTICLE_VERBS_TEXT.split())
NEGATIONS = frozenset({"not", "no", "never", "without", "nor", "cannot", "fail", "fails", "failed"})
#: Which side of zero an amount is on: "a $5M profit" against "a $5 million loss".
GAIN_WORDS = ("profit", "profits", "surplus", "surpluses")
LOSS_WORDS = ("loss", "losses", "deficit", "deficits")
#: Words that do not count towards the reach: "rose by 30%", "fell to a record 30%", "up to 30%".
#: Possessives too: "will raise its defence budget by 7.2%" reaches "raise".
_FILLERS_TEXT = """
a an the by to of at as some about around nearly almost roughly just its their his her our
"""
FILLERS = frozenset(_FILLERS_TEXT.split())
#: The noun a suggestion uses for a movement: "a rise of USD 5 million".
MOVEMENT_NOUNS: Mapping[str, str] = {"up": "rise", "down": "fall"}

# ---- sums of parts (checking.sums)

#: Words that present the body figures of one sentence (or list) as the parts of a total: "the
#: two deals, worth $3 billion and $2 billion, together ...", "a combined ...".
SUM_CUES = (
    "combined",
    "in total",
    "a total of",
    "totalling",
    "totaling",
    "together",
    "altogether",
    "in all",
    "all told",
    "between them",
    "collectively",
    "in aggregate",
)
#: A headline whose claim clause has one of these claims a total: "Two deals worth $5 billion
#: in total", "combined $5 billion", "$5 billion total".
HEADLINE_SUM_CUES = (*SUM_CUES, "total", "totals", "sum")
#: A body figure right after one of these (within three words) is a total, not a part:
#: "bringing its total to ¥3.5 billion", "a combined $5 billion".
_TOTAL_WORDS_TEXT = """
total totals totalled totaled totalling totaling combined cumulative overall altogether
aggregate sum
"""
TOTAL_WORDS = frozenset(_TOTAL_WORDS_TEXT.split())
