"""Corpora the benchmarks share: dense business briefs, news features and the seed articles.

``mixed(size)`` repeats features, briefs and ``examples/*.md`` (the seed article and its
companions) in a fixed order to at least ``size`` bytes of UTF-8: the "mixed corpus" of the
extraction and checking figures in docs/performance.md.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Dense business briefs: a figure every 60 characters or so, several times the density of a
#: typical news story; reported separately as a worst realistic case.
BRIEFS = [
    """Harbour City Sets Aside $6.4M for Ledger Research as Tech Park Hosts 150+ Firms

The government said on Tuesday it would allocate HKD 50 million from this year's budget to
speed up distributed-ledger research at the Harbour Tech Park, where more than 150 related
companies have opened offices over the past twelve months. Officials said the money would be
released in three tranches between April and December 2024.

Since the innovation bureau was set up in 2015, the city has committed nearly HK$200 billion to
research and development, according to figures released in the 2023-24 budget. Start-ups at the
science park raised approximately HKD 780 million last year, while cumulative funding for
companies in the park's incubation scheme has passed HKD 35.7 billion.

The park now houses over 1,900 community companies and 320 entities in its laboratories, a 30%
increase on a year earlier. About 20% of them come from the mainland or overseas. Six of the
companies are valued at more than US$1 billion each, and one listed in Hong Kong last year,
raising HK$2.3bn (about US$294 million) in its initial public offering.

Analysts at a local brokerage said the sums were modest. "HKD 50 million is a rounding error
next to the HK$10 billion fund announced last October," said one, adding that Singapore had
pledged S$1.5 billion over five years. A spokesperson declined to comment on the 14th Five-Year
Plan or on Web 3.0 policy, but said a further HKD 500 million had been earmarked for digital
pilots in small and medium-sized enterprises, with grants of up to HK$600,000 each.

In the 2021-22 fiscal year, the five research centres ran over 210 projects, up more than 10%,
and approved patent applications rose 16 percent to 135. The productivity council said it had
helped over 150 companies adopt automated manufacturing, cutting costs by 12 per cent on
average. Call the hotline on 2345 6789 or visit the office at 2/F, Block 3, from 9am to 6pm.
""",
    """Battery Maker Raises EUR 1.2bn as Demand Outpaces Supply

Shares in the company rose 4.5% to €23.40 in Frankfurt on Thursday after it said it had raised
EUR 1.2 billion from a group of 14 investors, including two sovereign funds. The new shares were
priced at €21.75, a discount of roughly 7 per cent to Wednesday's close. Chief executive Anna
Berg said the money would pay for a third factory with capacity for 40 GWh a year by 2027.

The company lost €312 million in the first nine months of the year, against a loss of
€198.6 million a year earlier, on revenue of €1.04 billion. It employs about 3,200 people
across six sites and expects to hire 800 more by the end of next year. Rival producers in Asia
sell cells for as little as $89 per kilowatt-hour, compared with an estimated $120-140 for
European plants, according to a 2023 industry survey of 57 manufacturers.

In London, the group's UK unit said it had won a £45m contract to supply 12 bus operators, and
that it had cut its break-even point to 18 months. In Tokyo, a partner agreed to invest
¥15 billion ($101 million) in a joint venture. In India, the company signed a Rs 2,500 crore
agreement with a state government for a plant that would employ 1,200 workers.

Version 2.1 of its battery management software, released on 3 March, improved range by 6-8%
in tests by two independent laboratories. The company's 2024 guidance assumes lithium prices
between $12,000 and $15,000 a tonne, down from a peak of more than $80,000 in late 2022.
""",
    """Transit Agency Seeks $2.3 Billion for Fleet Renewal

The regional transit authority asked lawmakers on Monday for $2.3 billion over ten years to
replace 1,150 buses and 240 rail cars, some of which entered service in 1989. The request,
contained in a 412-page capital plan, is the largest in the agency's 54-year history.

Ridership has recovered to about 82% of its 2019 level, with roughly 1.4 million trips on an
average weekday, up from fewer than 600,000 during the pandemic. Fares cover less than a third
of operating costs; the rest comes from a half-cent sales tax that raised $412.5 million last
year, and from state grants of between $150m and $175m a year.

Union leaders said the plan ignored a shortage of 300 drivers. The agency pays new drivers
$22.50 an hour, below the $26 offered by neighbouring districts. A spokesperson said 85 drivers
had been hired since January and that overtime costs had fallen 9 percent to $38 million.

The board will vote on June 14. If approved, the first 120 electric buses would arrive in
2026 at a cost of about $1.1 million each, nearly twice the price of a diesel bus. Federal
grants could cover up to 80 per cent of that cost, officials said, citing Route 66 and the
No. 7 line as priorities. For details call 555-0142.
""",
]

#: News features: prose with a figure every few sentences, like most published articles.
FEATURES = [
    """City Bets on Ledger Start-ups to Revive Its Tech Ambitions

For most of the past decade the city's technology planners have been chasing the same idea: that
a financial centre with deep capital markets and a common-law courts system ought to be able to
grow companies of its own, rather than simply financing the ones built elsewhere. The latest
attempt, announced in this year's budget, puts HKD 50 million into distributed-ledger research at
the harbour-front technology park and pairs it with a promise to cut the time it takes a start-up
to open a bank account from months to weeks.

The sum is modest by the standards of the government's wider programme. Officials say that since
the innovation bureau was created in 2015 the city has committed nearly HK$200 billion to research
and development, a figure that includes university grants, the science park's laboratories and a
series of matching funds for private investors. What is new, they argue, is the focus. Rather than
spreading money thinly across dozens of sectors, the bureau now wants a small number of clusters
to reach the scale at which companies begin to attract each other.

At the technology park the evidence is mixed. The managers say more than 150 related companies
have moved in over the past year, drawn by subsidised rent and by a licensing regime for virtual
asset platforms that came into force last summer. Walking through the building on a weekday
afternoon, a visitor sees a familiar mixture: a few crowded floors of engineers, a larger number of
half-empty offices with a logo on the door and a single desk inside, and a café where founders
compare notes on which landlords will accept a six-month lease.

"The rent matters less than people think," said the founder of a payments company that moved from
Singapore in the spring. "What matters is whether your customers are here, and whether the
regulator will talk to you before you launch rather than after." Her company employs 14 people in
the city and expects to double that by the end of next year if it wins a licence.

Investors are cautious. Funding for start-ups in the territory fell sharply after the rate rises of
the past two years, and several venture firms have closed their local offices. The science park
says companies in its incubation scheme raised approximately HKD 780 million last year, but a
large share of that went to a handful of firms working on chips and biotechnology rather than on
the ledger projects the new money is meant to encourage. One partner at a regional fund said his
firm had looked at more than 40 local blockchain companies in the past year and invested in two.

Critics also point to the city's record with earlier schemes. A fund set up to match private
investment in early-stage companies was slow to find partners, and an accelerator programme
launched with great fanfare was quietly merged into another body after three years. Supporters
reply that such programmes take a decade to judge, and that the park's tenant count has grown
steadily through a difficult period for the whole region.

The government's own targets are ambitious. Officials want the number of technology companies in
the territory to rise by about 30% over five years, and they hope at least a few of the new arrivals
will list on the local exchange. One logistics start-up from the park did so last year, raising
money from cornerstone investors at a valuation that its backers described as fair rather than
spectacular. Another company, which runs a travel platform, has filed for a listing and is expected
to price its shares in the coming months.

For the founders, the mood is pragmatic. Most of those interviewed for this article said they had
chosen the city for its access to customers in the region rather than for any particular subsidy,
and most said they would stay even if the grants stopped. "You come here because the banks and the
insurers are here," said one. "The ledger is just the plumbing."
""",
    """Rail Operator Weighs Fare Rise as Repair Bill Mounts

The regional rail operator told its board on Tuesday that it faces a choice between raising fares
and delaying repairs to some of its oldest bridges, after inspectors found corrosion on structures
that were built before the network was electrified. The operator's engineers estimate that the
work will cost about $2.3 billion over the next decade, roughly twice the figure in the capital plan
published three years ago.

The news comes at an awkward moment. Ridership has recovered to around four fifths of its level
before the pandemic, but the mix of travellers has changed: fewer commuters travel five days a
week, and more passengers ride at weekends, when fares are lower. As a result, fare revenue has
recovered more slowly than the number of trips, and the operator relies more heavily than before on
grants from the state and on a sales tax approved by voters in a referendum.

Board members were divided. Some argued that a modest rise, perhaps 5 percent on peak tickets,
would be less damaging than a programme of weekend closures that would be needed if the repairs
were squeezed into a smaller budget. Others said a rise would drive away the occasional riders who
have become a larger share of the business. One member pointed out that the last fare increase, in
2019, was followed by a fall in ridership that took more than a year to reverse.

The operator's chief executive said no decision would be taken before the summer, and that the
agency would first consult passengers and the unions. Drivers and maintenance staff have complained
for months about overtime, and the union representing them said any plan to speed up the repairs
would need more workers, not longer shifts. The operator says it has hired 85 people since January
but still has about 300 vacancies.

Engineers who have examined the bridges say the problem is not unusual. Steel structures of that
age need regular painting and the replacement of bolts and bearings, and budgets for such work are
often the first to be cut when money is short. "Nothing here is about to fall down," said one
consultant who has advised the operator. "But every year you wait, the job gets bigger."

The federal government may help. A programme created by last year's infrastructure law can cover
up to 80 per cent of the cost of some repairs, but the money is awarded competitively and the
operator has not yet applied. Officials said they expected to submit a request in the autumn,
along with a separate bid for electric buses to replace diesel vehicles on feeder routes.

Passenger groups reacted coolly. A spokesperson for one said riders had already absorbed service
cuts during the pandemic and that a fare rise would be hard to justify before reliability improved.
Another group, representing disabled travellers, said it would oppose any plan that delayed the
installation of lifts at older stations, which the operator has promised to finish by 2030.

The board meets again next month, when it will hear the results of a survey of more than 3,000
passengers on how they would respond to higher fares or longer journeys. Staff will also present
options for phasing the work, including one that would close a single line for several weeks in
the summer rather than spreading weekend closures across the whole network.
""",
]


def seed_articles() -> list[str]:
    """The example articles shipped in ``examples/`` (front matter included, as the CLI reads
    them; the extractor sees it as text)."""
    return [path.read_text(encoding="utf-8") for path in sorted((ROOT / "examples").glob("*.md"))]


def repeat(articles: list[str], size: int) -> list[str]:
    """``articles`` repeated in order until they hold at least ``size`` bytes of UTF-8."""
    one = sum(len(article.encode("utf-8")) for article in articles)
    return articles * max(1, -(-size // one))


def mixed(size: int) -> list[str]:
    """The mixed corpus: features, briefs and the seed articles, to ``size`` bytes."""
    return repeat(FEATURES + BRIEFS + seed_articles(), size)


def nbytes(articles: list[str]) -> int:
    return sum(len(article.encode("utf-8")) for article in articles)
