"""English: the words the extractor and the checker read in English text.

The words of money (currency words, signs, sub-units) are in ``_en_money``. Indian English
magnitudes (lakh, crore) live in ``en_in`` and are read in every English text
(``variants_read``). The engines read the record (``lang.get("en")``); the module-level names
(``RISE_WORDS`` ...) are the same sets, for the tests that read them.
"""

from __future__ import annotations

from decimal import Decimal

from headlinecheck.lang import Language
from headlinecheck.lang import _en_counts as counts
from headlinecheck.lang import _en_money as money
from headlinecheck.lang._en_places import PLACES
from headlinecheck.lang._text import ordered as _ordered
from headlinecheck.lang._text import phrases as _phrases
from headlinecheck.lang._text import same as _same
from headlinecheck.lang._text import split as _split

_STOP_WORDS = """
a an the of in on at to for from by with as per than and or but nor so yet if then is are
was were be been being has have had do does did will would shall should can could may
might must its it this that these those their there here his her our your my them they we
you he she who whom which what when where while since until till after before into onto
about over under more less most least some all any each every other another such only
also just very much many few both either neither not no yes up down out off again further
once times percent per cent pct fold folds thousands millions billions hundreds dozens
"""

# Words of movement, read by the extractor for "rose $50m to $410m" and by the checker for the
# direction of a claim ("Profits fall 30%" is not "profits rose 30%").
_RISE_TEXT = """
rise rises rising risen rose up gain gains gained gaining jump jumps jumped jumping surge surges
surged surging climb climbs climbed climbing increase increases increased increasing grow grows
grew grown growing growth soar soars soared soaring rally rallies rallied rallying boost boosts
boosted boosting hike hikes hiked hiking higher spike spikes spiked rebound rebounds rebounded
leap leaps leapt leaped expand expands expanded expanding expansion hire hires hired hiring
accelerate accelerates accelerated accelerating add adds added adding more above
"""
_FALL_TEXT = """
fall falls fell fallen falling down drop drops dropped dropping decline declines declined declining
slump slumps slumped slumping plunge plunges plunged plunging plummet plummets plummeted
plummeting shrink shrinks shrank shrunk shrinking cut cuts cutting decrease decreases decreased
decreasing lower lowered lowers lowering slide slides slid sliding sink sinks sank sunk sinking
tumble tumbles tumbled tumbling dip dips dipped dipping slip slips slipped slipping lose loses lost
losing shed sheds shedding slash slashes slashed slashing reduce reduces reduced reducing
reduction contracted contraction ease eases eased axe axes axed axing slow slows slowed slowing
wipe wipes wiped wiping erase erases erased erasing minus fewer less below
"""
# Deliberately left out: "raise" (a startup raises money), "contract" (a contract is a deal),
# "loss" (a loss is a level, not a movement), "advance" (a loan), "easing" (quantitative easing).
RISE_WORDS = _split(_RISE_TEXT)
FALL_WORDS = _split(_FALL_TEXT)
#: Comparatives among them that bound a figure they stand before ("more than 150", "below
#: $60,000") and move only one they follow ("30% more").
BOUND_WORDS = frozenset({"more", "fewer", "less", "above", "below"})
#: Words that count people in news of accidents and disasters ("3 dead", "12 injured", "five
#: died"). A count with one of these as its ``unit_noun`` counts people (for the checker).
CASUALTY_WORDS = frozenset(
    ["dead", "died", "killed", "injured", "wounded", "missing", "hurt", "arrested"]
)

# The checker's stop words: left out of the stems that compare a body sentence with the headline.
_CONTEXT_STOP_WORDS = """
about above after again against along also among and another around because been before being below
between both but can could did does doing down during each even ever every few for from further had
has have having here how into its itself just least less like made make many more most much must
near nearly next not now off once only other our out over own per same says said should since some
such than that the their them then there these they this those through total under until upon very
was were what when where which while who whom why will with within would year years
"""
# "set up a $5M fund", "shut down ...": the particle belongs to the verb, not to the figure.
_PARTICLE_VERBS = """
set sets setting sign signs signed signing end ends ended back backs backed pick picks picked take
takes took taken make makes made put puts shut shuts turn turns turned break breaks broke broken
hand hands handed close closes closed play plays played tie ties tied line lines lined draw draws
drew drawn come comes came open opens opened shore shores shored
"""
_CASUALTY_KINDS = (
    _same("dead, died, killed, death, fatality", "dead")
    | _same("injured, wounded, hurt, injury", "hurt")
    | _same("missing", "missing")
    | _same("arrested", "arrested")
)
_SUM_CUES = _phrases(
    "combined, in total, a total of, totalling, totaling, together, altogether, in all, "
    "all told, between them, collectively, in aggregate"
)

_UNITS = """
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen
"""

_M = 6  # powers of ten, named for reading
_B = 9
_T = 12

LANGUAGE = Language(
    code="en",
    name="English",
    variants_read=("en_IN",),
    units=dict(zip(_ordered(_UNITS), range(20), strict=True)),
    tens=dict(
        zip(
            _ordered("twenty thirty forty fifty sixty seventy eighty ninety"),
            range(20, 100, 10),
            strict=True,
        )
    ),
    fractions={"half": Decimal("0.5"), "quarter": Decimal("0.25"), "quarters": Decimal("0.25")},
    part_words=_split(
        "half halves quarter quarters third thirds fifth fifths sixth sixths eighth eighths "
        "tenth tenths fraction"
    ),
    hundred="hundred",
    dozen="dozen",
    point="point",
    conjunction="and",
    articles=("a", "an"),
    article_followers=_ordered(
        "hundred thousand million billion trillion dozen quarter half dollar pound euro penny "
        "cent yen buck lakh crore"
    ),
    magnitude_words={
        "thousand": 3,
        "million": _M,
        "billion": _B,
        "trillion": _T,
        "mn": _M,
        "mln": _M,
        "mio": _M,
        "bn": _B,
        "bln": _B,
        "tn": _T,
        "trn": _T,
        # Wire and Asian business desks: "$2 bil. budget", "590 bil. yen", "40 tln won",
        # "29.1 tril. yen" (Kyodo).
        "bil": _B,
        "bil.": _B,
        "tln": _T,
        "trln": _T,
        "tril": _T,
        "tril.": _T,
    },
    # "100m sprint": an attached letter is a magnitude for money, and for a count only before a
    # plural noun (see extraction/counts.py). "t" only for money: "5t" is five tonnes.
    magnitude_letters={
        "k": 3,
        "m": _M,
        "mn": _M,
        "mln": _M,
        "b": _B,
        "bn": _B,
        "bln": _B,
        "tn": _T,
        "trn": _T,
        "tr": _T,  # Nigerian desks: "N4.2tr"
    },
    exact_magnitude_letters={"T": _T, "MM": _M},
    money_magnitude_letters={"t": _T},  # "$5t", "Rp 3.1t" (the Jakarta Post), "£1t"
    hyphen_magnitude_letters={"M": _M, "B": _B, "T": _T},
    # "mil" is a thousand in Spanish and Portuguese ("R$ 10 mil"): a million only after a
    # currency, in text that is not theirs ("$12.7 mil", "RM405mil").
    # ... and the plurals some desks print after an amount ("US$58 billions"), which are
    # French words too ("5 billions" is 5e12 there): read after a currency, in English text.
    ambiguous_magnitudes={"mil": _M, "mil.": _M, "millions": _M, "billions": _B, "trillions": _T},
    function_words=_split("the of and to in for on with is was at by from that as are has its"),
    # "pc" is British newspaper style ("Shares up 5pc"), and only in lower case.
    percent_words=("per cent", "per\u00a0cent", "percent", "pct", "pc"),
    lowercase_percent_words=frozenset({"pc"}),
    # Phrases are separated by commas. Headline verbs of reaching a level count: "reserves near
    # $600 billion", "gold tops $2,400" ("top" for money only: not "top 10").
    qualifiers=_same(
        "about, around, approximately, approx., approx, roughly, some, circa, nearly, almost, "
        "close to, just under, near, nears, nearing",
        "approx",
    )
    | _same(
        "over, more than, greater than, higher than, above, in excess of, exceeding, surpassing, "
        "top, tops, topped, exceeds, exceeded, surpasses, surpassed",
        "more_than",
    )
    # Money only, as "top" (``money_qualifiers``): "surges past $22 billion", not "the past 5
    # years"; "crosses $1 trillion". "lost ~ 11.13 lakh crore".
    | _same("past, crosses, crossed", "more_than")
    | _same("~, ≈", "approx")
    | _same("at least, no less than, not less than, no fewer than", "at_least")
    | _same("at most, no more than, not more than, up to, not exceeding, not to exceed", "at_most")
    # "As many as 300 people died": an upper bound the true figure may fall short of.
    | _same("as many as, as much as", "at_most")
    | _same("under, below, less than, fewer than, lower than", "less_than"),
    # "nearly"/"almost"/"just under"/"nears" say the true figure is below the number.
    below_qualifiers=frozenset({"nearly", "almost", "just under", "nears", "nearing"}),
    range_openers=frozenset({"between", "from"}),
    level_words=frozenset(
        {"the", "its", "their", "current", "present", "existing", "previous", "earlier"}
    ),
    # Qualifiers that, straight after a percentage or an amount, compare it with the figure
    # they stand before ("44 per cent higher than Rs800 billion": Rs800 billion is the base).
    comparatives=frozenset(
        {"more than", "less than", "higher than", "lower than", "greater than", "fewer than"}
        | {"above", "below", "over", "under", "in excess of"}
    ),
    range_separators=("to", "and", "through"),
    determiners=frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"}),
    money_qualifiers=frozenset({"top", "past", "crosses", "crossed"}),
    stop_words=_split(_STOP_WORDS),
    irregular_plurals=_split(
        "people children men women staff personnel police cattle aircraft sheep fish deer "
        "species series media data cos bps"
    ),
    person="person",
    casualty_words=CASUALTY_WORDS,
    casualty_verbs=dict.fromkeys(("kill", "kills", "killed", "killing"), "killed")
    | dict.fromkeys(("injure", "injures", "injured", "injuring"), "injured")
    # "Police arrest 11 in raids": the people arrested.
    | dict.fromkeys(
        ("arrest", "arrests", "arrested", "arresting", "detain", "detains"), "arrested"
    ),
    casualty_gap=_split("more than over at least nearly almost about around roughly some of the"),
    casualty_stand_ins=_split("others"),
    # "Death toll hits 800", "toll from the floods climbs to 85": the dead.
    toll_words=_split("toll tolls deaths fatalities"),
    toll_verbs=_split(
        "hits hit reaches reached climbs climbed rises rose risen jumps jumped tops topped "
        "exceeds exceeded passes passed nears surges soars stands now to at of by from "
        # after a modal: "death toll could top 1,000", "may reach 500"
        "reach climb rise jump top exceed pass near surge soar stand"
    ),
    toll_links=_split("from in after of since among during across following"),
    clause_joiners=_split("and but while whereas or as"),
    distance_nouns=_split(
        "hurdles runners races relays laps heats finals sprints sprinters swimmers walkers "
        "riders metres meters miles kilometres kilometers"
    ),
    # "a 460-seat parliament", "a 12-member panel", "a 200-bed hospital": the number counts the
    # noun before the hyphen; not these, which measure, rate or multiply, nor a duration ("a
    # 3-year deal" is a deal). A duration is counted where it is a noun: "over 5 years",
    # "rounding up 300 suspects in 24 hours" (devset convention: durations are counts).
    not_counted_in_compounds=_split(
        "metre meter mile kilometre kilometer km yard foot feet inch acre hectare tonne ton kg "
        "gram litre liter gallon pound ounce degree star point fold time way storey story game "
        "match lap run goal set speed cylinder inning round "
        "year month week day hour minute second decade century "
        # ordinals spelled after a tens word: "the Thirty-sixth session" is no 30 of anything
        "first second third fourth fifth sixth seventh eighth ninth"
    ),
    sentence_openers=_split(
        "only just exactly roughly fully another nearly almost even still today yesterday now "
        "including plus top latest last first next those these all both"
    ),
    id_words=_split("no nos number version v ver rev room page p"),
    share_determiners=("the", "its", "their"),
    months=_ordered(
        "jan january feb february mar march apr april may jun june jul july aug august "
        "sep sept september oct october nov november dec december"
    ),
    weekdays=_ordered("monday tuesday wednesday thursday friday saturday sunday"),
    rise_words=RISE_WORDS,
    fall_words=FALL_WORDS,
    bound_words=BOUND_WORDS,
    # Before "X to Y" these make X a change and Y the level reached, not a range ("more than 5
    # to 10" is a range).
    movement_words=(RISE_WORDS | FALL_WORDS | {"by"}) - BOUND_WORDS,
    # -- the checker's words
    wire_services=("Reuters", "AP", "AFP", "Bloomberg", "Dow Jones", "Xinhua", "dpa", "UPI"),
    places=PLACES,
    singulars={"people": "person", "children": "child", "men": "man", "women": "woman"}
    | {"staff": "staff", "data": "data"}
    # Newsroom abbreviations: "126 cos" (companies), "50 bps" (basis points).
    | {"cos": "company", "bps": "point"},
    synonym_groups=tuple(
        _ordered(group)
        for group in (
            "job position role employee worker staff",
            "aircraft jet plane airliner",
            "vehicle car",
            "company firm",
            "fine penalty",
            "group conglomerate chaebol",
            # "Police arrest over 2,000 suspects" over "recorded over 2,300 arrests"
            "suspect arrest detainee",
        )
    ),
    # "800 deaths were confirmed": head nouns are compared singular.
    casualty_kinds=_CASUALTY_KINDS,
    people_verbs=_CASUALTY_KINDS
    | _same("die, dies", "dead")
    | _same("arrest, arrests, detained", "arrested"),
    people=counts.PEOPLE,
    context_stop_words=_split(_CONTEXT_STOP_WORDS),
    by_only_words=_split("raise raises raised raising"),
    next_to_only_words=_split("growth expansion contraction reduction minus"),
    particle_verbs=_split(_PARTICLE_VERBS),
    rise_to_phrases=tuple(
        f"{verb} up to" for verb in _split("go goes going gone went shoot shoots shooting shot")
    ),
    negations=_split("not no never without nor cannot fail fails failed"),
    gain_words=("profit", "profits", "surplus", "surpluses"),
    loss_words=("loss", "losses", "deficit", "deficits"),
    movement_fillers=_split(
        "a an the by to of at as some about around nearly almost roughly just its their his her our"
    ),
    movement_nouns={"up": "rise", "down": "fall"},
    sum_cues=_SUM_CUES,
    headline_sum_cues=(*_SUM_CUES, "total", "totals", "sum"),
    # "Budget to reduce by UGX 700b" over "Shs 2.9trillion, down from Shs 3.6tn"
    # (checking/differences.py).
    difference_words={
        "before": ("by",),
        "after": ("more", "less", "fewer", "extra", "higher", "lower"),
        "links": ("from", "compared with", "compared to", "against", "versus", "vs", "vs."),
        # "estimated at X, but has risen to Y", "from X to Y": the word before the level reached.
        "reached": ("to",),
    },
    total_words=_split(
        "total totals totalled totaled totalling totaling combined cumulative overall altogether "
        "aggregate sum"
    ),
    conversion_words=money.CONVERSION_WORDS,
    dollar_conversion_words=money.DOLLAR_CONVERSION_WORDS,
    dollar_words=money.DOLLAR_WORDS,
    currency_defaults=money.CURRENCY_DEFAULTS,
    currency_preferences=money.CURRENCY_PREFERENCES,
    blocked_heads=money.BLOCKED_HEADS,
    weight_heads=money.WEIGHT_HEADS,
    weight_verbs=money.WEIGHT_VERBS,
    magnitude_heads=money.MAGNITUDE_HEADS,
    wordlike_codes=money.WORDLIKE_CODES,
    dollar_letters=money.DOLLAR_LETTERS,
    letter_symbols=money.LETTER_SYMBOLS,
    letter_signs=money.LETTER_SIGNS,
    usual_signs=money.USUAL_SIGNS,
    glued_signs=money.GLUED_SIGNS,
    magnitude_signs=money.MAGNITUDE_SIGNS,
    titlecase_words=money.TITLECASE_WORDS,
    sign_letters=money.SIGN_LETTERS,
    subunits=money.SUBUNITS,
    after_number_words=money.AFTER_NUMBER_WORDS,
    joined_subunits=money.JOINED_SUBUNITS,
    yuan_words=money.YUAN_WORDS,
    yuan_marks=money.YUAN_MARKS,
)
