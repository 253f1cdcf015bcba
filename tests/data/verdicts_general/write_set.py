# ruff: noqa: E501  (the specs quote page words and article sentences whole; wrapping them would hide them)
"""Write the general verdict set (articles, sidecars, labels.json) from the specs below.

Every label here was decided from the stored pages in fixtures/reference/pages as of the article's
as_of date, before any run of the judge on these articles. A false variant is its base article with
exactly one claim's words replaced; a rewording replaces one claim's words with a truthful paraphrase.
Run from the repository root: python tests/data/verdicts_general/write_set.py
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SUPPORTED, CONTRADICTED, UNVERIFIED = "supported", "contradicted", "unverified"

WAYS = (
    "sibling office",
    "vice or deputy",
    "wrong country",
    "wrong count",
    "wrong date",
    "wrong year",
    "wrong place",
    "wrong predecessor or successor",
    "past holder as current",
    "successor before taking office",
    "wrong ordinal",
    "wrong duration or age",
)


@dataclass(frozen=True)
class Claim:
    label: str
    pages: tuple[str, ...]
    words: str  # the words of the pages that settle it, or why nothing does


def c(label: str, pages: str, words: str) -> Claim:
    return Claim(label, tuple(p for p in pages.split() if p), words)


@dataclass(frozen=True)
class Base:
    stem: str
    as_of: str
    part: str
    text: str
    claims: dict[str, Claim]


@dataclass(frozen=True)
class Change:
    """One claim of a base article rewritten: `old` (a label key of the base) becomes `new`."""

    base: str
    name: str
    old: str
    new: str
    claim: Claim
    way: str | None = None  # one of WAYS for a false variant; None for a truthful rewording
    key: str | None = None  # the new claim's label key when it is not all of `new` (a trailing comma left out)

    @property
    def label_key(self) -> str:
        return self.key or self.new


BASES: list[Base] = []
CHANGES: list[Change] = []

# ---------------------------------------------------------------- European Council, June 2024
BASES.append(
    Base(
        "ec-2024-06",
        "2024-06-28",
        "tuning",
        """EU leaders choose Portugal's Costa to chair their summits

BRUSSELS - European Union leaders on Thursday chose former Portuguese Prime Minister António Costa as the next president of the European Council, the body that sets the bloc's political direction.

Costa, 62, is due to take office on 1 December 2024. He will succeed Charles Michel, whose term ends on 30 November. Under the Lisbon Treaty the president is appointed for a two-and-a-half-year term, renewable once. The result was announced at the summit table by European Council President Charles Michel.

Michel, a former Belgian prime minister, has chaired the summits since 1 December 2019, when he succeeded Donald Tusk. The presidency became a full-time post on 1 December 2009, and its first holder was Herman Van Rompuy, until then the Belgian prime minister.

Costa, a Socialist, led Portugal's government from 2015 to 2024. He stepped down in April after the centre-right Democratic Alliance took the most seats in a snap election, and Luís Montenegro replaced him. Before becoming prime minister he served as Mayor of Lisbon from 2007 to 2015, and earlier as justice minister under António Guterres.

The appointment, agreed by the leaders of the 27 member states, was part of a wider package of top jobs. Diplomats said Costa's reputation as a patient negotiator had helped him overcome doubts among some centre-right governments.

Michel, 48, congratulated his successor and promised an orderly handover in the autumn. Costa is expected to visit every national capital before he takes up the post in Brussels.
""",
        {
            "former Portuguese Prime Minister António Costa": c(
                SUPPORTED,
                "antonio-costa-2024 antonio-costa",
                "'Prime Minister of Portugal In office 26 November 2015 – 2 April 2024': a former holder at 2024-06-28",
            ),
            "Costa, 62,": c(SUPPORTED, "antonio-costa-2024", "'born 17 July 1961': 62 on 2024-06-28"),
            "take office on 1 December 2024": c(
                SUPPORTED, "antonio-costa", "'President of the European Council ... Assumed office 1 December 2024'"
            ),
            "He will succeed Charles Michel": c(
                SUPPORTED,
                "antonio-costa charles-michel",
                "'Preceded by | Charles Michel'; Michel 'Successor: António Costa'",
            ),
            "whose term ends on 30 November": c(SUPPORTED, "charles-michel", "'Term End: 30 November 2024'"),
            "two-and-a-half-year term": c(
                SUPPORTED,
                "president-of-the-european-council",
                "'appoints a full-time President for a two-and-a-half-year term, with the possibility of renewal once'",
            ),
            "European Council President Charles Michel": c(
                SUPPORTED,
                "charles-michel charles-michel-2023 president-of-the-european-council",
                "'Office: President of the European Council' - 'Term Start: 1 December 2019' - 'Term End: 30 November 2024': covers 2024-06-28",
            ),
            "Michel, a former Belgian prime minister": c(
                SUPPORTED,
                "charles-michel",
                "'Office2: Prime Minister of Belgium' - 'Term Start2: 11 October 2014' - 'Term End2: 27 October 2019'",
            ),
            "chaired the summits since 1 December 2019": c(
                SUPPORTED, "charles-michel charles-michel-2023", "'Term Start: 1 December 2019'"
            ),
            "succeeded Donald Tusk": c(SUPPORTED, "charles-michel", "'Predecessor: Donald Tusk'"),
            "became a full-time post on 1 December 2009": c(
                SUPPORTED, "president-of-the-european-council", "'Formation1 December 2009'"
            ),
            "its first holder was Herman Van Rompuy": c(
                SUPPORTED, "president-of-the-european-council", "'First holderHerman Van Rompuy'"
            ),
            "until then the Belgian prime minister": c(
                SUPPORTED,
                "president-of-the-european-council",
                "'Herman Van Rompuy (European People's Party), until then the Belgian Prime Minister'",
            ),
            "led Portugal's government from 2015 to 2024": c(
                SUPPORTED, "antonio-costa-2024", "'served as the 118th prime minister of Portugal from 2015 to 2024'"
            ),
            "the centre-right Democratic Alliance took the most seats": c(
                SUPPORTED,
                "luis-montenegro-explained",
                "'The Democratic Alliance took the most seats in the election with 80'",
            ),
            "Luís Montenegro replaced him": c(
                SUPPORTED,
                "antonio-costa-2024 luis-montenegro",
                "'Succeeded byLuís Montenegro'; 'Predecessor: António Costa'",
            ),
            "served as Mayor of Lisbon": c(
                SUPPORTED, "antonio-costa antonio-costa-2024", "'He served as Mayor of Lisbon from 2007 to 2015'"
            ),
            "justice minister under António Guterres": c(
                SUPPORTED,
                "antonio-costa-2024",
                "'Minister of Justice In office 25 October 1999 – 6 April 2002 Prime MinisterAntónio Guterres'",
            ),
            "27 member states": c(UNVERIFIED, "", "no stored page gives the number of EU member states"),
            "Michel, 48,": c(SUPPORTED, "charles-michel", "'born 21 December 1975': 48 on 2024-06-28"),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-commission",
        "European Council President Charles Michel",
        "European Commission President Charles Michel",
        c(
            CONTRADICTED,
            "charles-michel",
            "his offices with terms list President of the European Council (2019–2024), not of the Commission",
        ),
        "sibling office",
    ),
    (
        "v02-past-holder",
        "European Council President Charles Michel",
        "European Council President Donald Tusk",
        c(
            CONTRADICTED,
            "charles-michel president-of-the-european-council",
            "Michel holds the office 1 December 2019 – 30 November 2024; 'Predecessor: Donald Tusk'",
        ),
        "past holder as current",
    ),
    (
        "v03-successor-early",
        "European Council President Charles Michel",
        "European Council President António Costa",
        c(
            CONTRADICTED,
            "antonio-costa charles-michel",
            "Costa 'Assumed office 1 December 2024'; Michel holds the office on 2024-06-28",
        ),
        "successor before taking office",
    ),
    (
        "v04-deputy",
        "former Portuguese Prime Minister António Costa",
        "former Portuguese Deputy Prime Minister António Costa",
        c(
            CONTRADICTED,
            "antonio-costa-2024",
            "his offices list Prime Minister of Portugal, never a deputy prime minister",
        ),
        "vice or deputy",
    ),
    (
        "v05-country",
        "former Portuguese Prime Minister António Costa",
        "former Spanish Prime Minister António Costa",
        c(CONTRADICTED, "antonio-costa-2024", "'Prime Minister of Portugal'; 'a Portuguese lawyer and politician'"),
        "wrong country",
    ),
    (
        "v06-age",
        "Costa, 62,",
        "Costa, 57,",
        c(CONTRADICTED, "antonio-costa-2024", "'born 17 July 1961': 62, not 57, on 2024-06-28"),
        "wrong duration or age",
    ),
    (
        "v07-date",
        "take office on 1 December 2024",
        "take office on 1 January 2025",
        c(CONTRADICTED, "antonio-costa", "'Assumed office 1 December 2024'"),
        "wrong date",
    ),
    (
        "v08-term",
        "two-and-a-half-year term",
        "five-year term",
        c(CONTRADICTED, "president-of-the-european-council", "'a two-and-a-half-year term'; 'Term length2.5 years'"),
        "wrong duration or age",
    ),
    (
        "v09-year",
        "led Portugal's government from 2015 to 2024",
        "led Portugal's government from 2011 to 2024",
        c(CONTRADICTED, "antonio-costa-2024", "'26 November 2015 – 2 April 2024'"),
        "wrong year",
    ),
    (
        "v10-predecessor",
        "succeeded Donald Tusk",
        "succeeded Herman Van Rompuy",
        c(CONTRADICTED, "charles-michel", "'Predecessor: Donald Tusk'"),
        "wrong predecessor or successor",
    ),
    (
        "v11-ordinal",
        "its first holder was Herman Van Rompuy",
        "its second holder was Herman Van Rompuy",
        c(
            CONTRADICTED,
            "president-of-the-european-council",
            "'First holderHerman Van Rompuy'; 'its first President ... would be Herman Van Rompuy'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-place",
        "served as Mayor of Lisbon",
        "served as Mayor of Porto",
        c(CONTRADICTED, "antonio-costa antonio-costa-2024", "'Mayor of Lisbon In office 1 August 2007 – 6 April 2015'"),
        "wrong place",
    ),
]:
    CHANGES.append(Change("ec-2024-06", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-paraphrase",
        "former Portuguese Prime Minister António Costa",
        "Portugal's former prime minister, António Costa",
        c(SUPPORTED, "antonio-costa-2024", "'Prime Minister of Portugal In office 26 November 2015 – 2 April 2024'"),
    ),
    (
        "r02-full-name",
        "former Portuguese Prime Minister António Costa",
        "former Portuguese Prime Minister António Luís Santos da Costa",
        c(
            SUPPORTED,
            "antonio-costa-2024",
            "'António Luís Santos da Costa ... served as the 118th prime minister of Portugal from 2015 to 2024'",
        ),
    ),
]:
    CHANGES.append(Change("ec-2024-06", name, old, new, claim))

# ---------------------------------------------------------------- European Council, December 2024
BASES.append(
    Base(
        "ec-2024-12",
        "2024-12-02",
        "held-out",
        """Costa takes the chair of the European Council

BRUSSELS - António Costa took office as President of the European Council on 1 December 2024, promising shorter summits and more time for strategic debate among the bloc's leaders.

European Council President António Costa began his first full working day on Monday. Costa, 63, said his priorities were support for Ukraine, the next long-term budget and the bloc's enlargement.

He succeeds Charles Michel, who had held the post since 2019. Michel, who also served as Belgian prime minister between 2014 and 2019, left office on 30 November. Officials described Michel's five years in the post as dominated by the pandemic and the war in Ukraine.

Costa, who led Portugal's Socialist Party from 2014 to 2024, is the first Portuguese politician to hold the post. He was a member of the European Parliament from 2004 to 2005 before returning to national politics. Portuguese Prime Minister Luís Montenegro, a political rival at home, backed his candidacy.

The president chairs the summits of heads of state or government and represents the Union abroad on foreign and security matters. The post carries a two-and-a-half-year term, which can be renewed once, and the council's seat in Brussels is in the Europa building.

Costa's first summit as chair is scheduled for mid-December, when leaders are expected to discuss Ukraine and the Middle East.
""",
        {
            "António Costa took office as President of the European Council on 1 December 2024": c(
                SUPPORTED, "antonio-costa", "'President of the European Council | | Assumed office 1 December 2024'"
            ),
            "European Council President António Costa": c(
                SUPPORTED,
                "antonio-costa",
                "'has been the President of the European Council since 2024'; assumed office 1 December 2024, before 2024-12-02",
            ),
            "Costa, 63,": c(SUPPORTED, "antonio-costa", "'born 17 July 1961': 63 on 2024-12-02"),
            "He succeeds Charles Michel": c(SUPPORTED, "antonio-costa", "'Preceded by | Charles Michel'"),
            "Charles Michel, who had held the post since 2019": c(
                SUPPORTED, "charles-michel", "'Term Start: 1 December 2019'"
            ),
            "Michel, who also served as Belgian prime minister between 2014 and 2019": c(
                SUPPORTED,
                "charles-michel",
                "'He previously served as the prime minister of Belgium between 2014 and 2019'",
            ),
            "left office on 30 November": c(SUPPORTED, "charles-michel", "'Term End: 30 November 2024'"),
            "Michel's five years in the post": c(
                SUPPORTED, "charles-michel", "'Term Start: 1 December 2019 - Term End: 30 November 2024': five years"
            ),
            "led Portugal's Socialist Party from 2014 to 2024": c(
                SUPPORTED,
                "antonio-costa",
                "'Secretary-General of the Socialist Party | | In office 22 November 2014 – 7 January 2024'",
            ),
            "the first Portuguese politician to hold the post": c(
                UNVERIFIED,
                "",
                "no stored page says whether an earlier holder was Portuguese (the list of holders is cut off)",
            ),
            "a member of the European Parliament from 2004 to 2005": c(
                SUPPORTED,
                "antonio-costa-2024",
                "'Member of the European Parliament In office 20 July 2004 – 11 March 2005'",
            ),
            "Portuguese Prime Minister Luís Montenegro": c(
                SUPPORTED, "luis-montenegro", "'Office: Prime Minister of Portugal - Term Start: 2 April 2024'"
            ),
            "a two-and-a-half-year term, which can be renewed once": c(
                SUPPORTED,
                "president-of-the-european-council",
                "'a two-and-a-half-year term, with the possibility of renewal once'",
            ),
            "the council's seat in Brussels": c(
                SUPPORTED, "president-of-the-european-council", "'SeatBrussels, Belgium'"
            ),
            "is in the Europa building": c(
                SUPPORTED, "president-of-the-european-council", "'ResidenceEuropa building'"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-past-holder",
        "European Council President António Costa",
        "European Council President Charles Michel",
        c(
            CONTRADICTED,
            "charles-michel antonio-costa",
            "Michel 'Term End: 30 November 2024'; Costa assumed office 1 December 2024",
        ),
        "past holder as current",
    ),
    (
        "v02-duration",
        "Michel's five years in the post",
        "Michel's seven years in the post",
        c(CONTRADICTED, "charles-michel", "1 December 2019 – 30 November 2024 is five years"),
        "wrong duration or age",
    ),
    (
        "v03-age",
        "Costa, 63,",
        "Costa, 66,",
        c(CONTRADICTED, "antonio-costa", "'born 17 July 1961': 63 on 2024-12-02"),
        "wrong duration or age",
    ),
    (
        "v04-president",
        "Portuguese Prime Minister Luís Montenegro",
        "Portuguese President Luís Montenegro",
        c(
            CONTRADICTED,
            "luis-montenegro",
            "'Office: Prime Minister of Portugal ... President: Marcelo Rebelo de Sousa'",
        ),
        "sibling office",
    ),
    (
        "v05-place",
        "the council's seat in Brussels",
        "the council's seat in Strasbourg",
        c(CONTRADICTED, "president-of-the-european-council", "'SeatBrussels, Belgium'"),
        "wrong place",
    ),
    (
        "v06-date",
        "António Costa took office as President of the European Council on 1 December 2024",
        "António Costa took office as President of the European Council on 1 November 2024",
        c(
            CONTRADICTED,
            "antonio-costa charles-michel",
            "'Assumed office 1 December 2024'; Michel's term ended 30 November 2024",
        ),
        "wrong date",
    ),
]:
    CHANGES.append(Change("ec-2024-12", name, old, new, claim, way))
CHANGES.append(
    Change(
        "ec-2024-12",
        "r01-aged",
        "Costa, 63,",
        "Costa, aged 63,",
        c(SUPPORTED, "antonio-costa", "'born 17 July 1961': 63 on 2024-12-02"),
    )
)
CHANGES.append(
    Change(
        "ec-2024-12",
        "r02-no-diacritics",
        "European Council President António Costa",
        "European Council President Antonio Costa",
        c(
            SUPPORTED,
            "antonio-costa",
            "'has been the President of the European Council since 2024' (the page's own address spells it Antonio_Costa)",
        ),
    )
)

# ---------------------------------------------------------------- Rutte: NATO / Netherlands, June 2024
BASES.append(
    Base(
        "rutte-2024-06",
        "2024-06-27",
        "held-out",
        """NATO allies pick Dutch leader Mark Rutte as next secretary general

BRUSSELS - NATO's 32 allies on Wednesday formally appointed Dutch Prime Minister Mark Rutte as the alliance's next secretary general, ending months of uncertainty over the succession.

Rutte will take up the post on 1 October 2024. He replaces Jens Stoltenberg, who has led the alliance since 1 October 2014 and whose mandate was extended several times. Stoltenberg, a former Norwegian prime minister, is the alliance's 13th secretary general; Rutte will be the 14th. Stoltenberg's predecessor, Anders Fogh Rasmussen, led the alliance for five years.

NATO Secretary General Jens Stoltenberg welcomed the decision, saying the alliance would be in good hands. Stoltenberg, 65, has steered the alliance through Russia's full-scale invasion of Ukraine.

Rutte has been prime minister of the Netherlands since 14 October 2010 and is the longest-serving head of government in Dutch history. He led the People's Party for Freedom and Democracy (VVD) from 2006 to 2023 and is due to hand over the premiership to Dick Schoof when a new cabinet is sworn in next week. Schoof, 67, is a former head of the Dutch intelligence service and has no party affiliation.

Rutte was born in The Hague and studied history in Leiden before working for Unilever. Diplomats said his long experience of coalition building and his close ties to Washington had made him the favourite for the job.
""",
        {
            "32 allies": c(
                SUPPORTED, "jens-stoltenberg", "'an intergovernmental military alliance with 32 member states'"
            ),
            "Dutch Prime Minister Mark Rutte": c(
                SUPPORTED,
                "mark-rutte",
                "'Prime Minister of the Netherlands - Term Start1: 14 October 2010 - Term End1: 2 July 2024' covers 2024-06-27",
            ),
            "take up the post on 1 October 2024": c(
                SUPPORTED, "mark-rutte", "'Office: Secretary General of NATO - Term Start: 1 October 2024'"
            ),
            "He replaces Jens Stoltenberg": c(SUPPORTED, "mark-rutte", "'Predecessor: Jens Stoltenberg'"),
            "has led the alliance since 1 October 2014": c(
                SUPPORTED,
                "jens-stoltenberg-2024 jens-stoltenberg",
                "'13th Secretary General of NATO Assumed office 1 October 2014'",
            ),
            "Stoltenberg, a former Norwegian prime minister": c(
                SUPPORTED,
                "jens-stoltenberg",
                "'the 34th prime minister of Norway from 2000 to 2001 and again from 2005 until 2013'",
            ),
            "the alliance's 13th secretary general": c(
                SUPPORTED,
                "jens-stoltenberg jens-stoltenberg-2024",
                "'served as the 13th secretary general of NATO from 2014 to 2024'",
            ),
            "Rutte will be the 14th": c(SUPPORTED, "mark-rutte", "'Order: 14th - Office: Secretary General of NATO'"),
            "Stoltenberg's predecessor, Anders Fogh Rasmussen": c(
                SUPPORTED, "jens-stoltenberg-2024 jens-stoltenberg", "'Preceded byAnders Fogh Rasmussen'"
            ),
            "led the alliance for five years": c(
                UNVERIFIED,
                "",
                "Rasmussen's term is not in any stored page (only that Stoltenberg succeeded him from 1 October 2014)",
            ),
            "NATO Secretary General Jens Stoltenberg": c(
                SUPPORTED,
                "jens-stoltenberg-2024 jens-stoltenberg",
                "in office 1 October 2014 – 2024; Rutte's term starts 1 October 2024",
            ),
            "Stoltenberg, 65,": c(SUPPORTED, "jens-stoltenberg", "'born 16 March 1959': 65 on 2024-06-27"),
            "prime minister of the Netherlands since 14 October 2010": c(
                SUPPORTED, "mark-rutte", "'Term Start1: 14 October 2010'"
            ),
            "the longest-serving head of government in Dutch history": c(
                SUPPORTED, "mark-rutte-lead", "'Rutte is the longest-serving prime minister in Dutch history'"
            ),
            "led the People's Party for Freedom and Democracy (VVD) from 2006 to 2023": c(
                SUPPORTED,
                "mark-rutte",
                "'Leader of the People's Party for Freedom and Democracy - Term Start2: 31 May 2006 - Term End2: 14 August 2023'",
            ),
            "hand over the premiership to Dick Schoof": c(
                SUPPORTED, "mark-rutte dick-schoof", "'Successor1: Dick Schoof'; Schoof 'Preceded byMark Rutte'"
            ),
            "Schoof, 67,": c(SUPPORTED, "dick-schoof", "'born 8 March 1957': 67 on 2024-06-27"),
            "a former head of the Dutch intelligence service": c(
                SUPPORTED,
                "dick-schoof",
                "'Director-General of theGeneral Intelligence and Security Service In office 16 November 2018 – 1 March 2020'",
            ),
            "Rutte was born in The Hague": c(SUPPORTED, "mark-rutte", "'Birth Place: The Hague, Netherlands'"),
            "studied history in Leiden": c(
                UNVERIFIED, "mark-rutte", "'Education: Leiden ' is cut off; the subject studied is not stored"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-foreign-minister",
        "Dutch Prime Minister Mark Rutte",
        "Dutch Foreign Minister Mark Rutte",
        c(
            CONTRADICTED,
            "mark-rutte",
            "his offices with terms list Prime Minister of the Netherlands (2010–2024), no foreign ministry",
        ),
        "sibling office",
    ),
    (
        "v02-successor-early",
        "NATO Secretary General Jens Stoltenberg",
        "NATO Secretary General Mark Rutte",
        c(
            CONTRADICTED,
            "mark-rutte jens-stoltenberg-2024",
            "Rutte's term starts 1 October 2024; Stoltenberg in office on 2024-06-27",
        ),
        "successor before taking office",
    ),
    (
        "v03-deputy",
        "NATO Secretary General Jens Stoltenberg",
        "NATO Deputy Secretary General Jens Stoltenberg",
        c(
            CONTRADICTED,
            "jens-stoltenberg-2024",
            "'13th Secretary General of NATO'; his deputies were Vershbow, Gottemoeller, Geoană",
        ),
        "vice or deputy",
    ),
    (
        "v04-ordinal",
        "the alliance's 13th secretary general",
        "the alliance's 12th secretary general",
        c(CONTRADICTED, "jens-stoltenberg", "'the 13th secretary general of NATO'"),
        "wrong ordinal",
    ),
    (
        "v05-country",
        "Stoltenberg, a former Norwegian prime minister",
        "Stoltenberg, a former Danish prime minister",
        c(CONTRADICTED, "jens-stoltenberg", "'a Norwegian politician ... prime minister of Norway'"),
        "wrong country",
    ),
    (
        "v06-count",
        "32 allies",
        "31 allies",
        c(CONTRADICTED, "jens-stoltenberg", "'alliance with 32 member states'"),
        "wrong count",
    ),
    (
        "v07-date",
        "prime minister of the Netherlands since 14 October 2010",
        "prime minister of the Netherlands since 22 October 2010",
        c(CONTRADICTED, "mark-rutte", "'Term Start1: 14 October 2010'"),
        "wrong date",
    ),
    (
        "v08-age",
        "Stoltenberg, 65,",
        "Stoltenberg, 61,",
        c(CONTRADICTED, "jens-stoltenberg", "'born 16 March 1959': 65 on 2024-06-27"),
        "wrong duration or age",
    ),
    (
        "v09-place",
        "Rutte was born in The Hague",
        "Rutte was born in Rotterdam",
        c(CONTRADICTED, "mark-rutte", "'Birth Place: The Hague, Netherlands'"),
        "wrong place",
    ),
    (
        "v10-predecessor",
        "Stoltenberg's predecessor, Anders Fogh Rasmussen",
        "Stoltenberg's predecessor, Jaap de Hoop Scheffer",
        c(CONTRADICTED, "jens-stoltenberg-2024 jens-stoltenberg", "'Preceded byAnders Fogh Rasmussen'"),
        "wrong predecessor or successor",
    ),
    (
        "v11-successor",
        "hand over the premiership to Dick Schoof",
        "hand over the premiership to Geert Wilders",
        c(CONTRADICTED, "mark-rutte", "'Successor1: Dick Schoof'"),
        "wrong predecessor or successor",
    ),
    (
        "v12-year",
        "led the People's Party for Freedom and Democracy (VVD) from 2006 to 2023",
        "led the People's Party for Freedom and Democracy (VVD) from 2002 to 2023",
        c(CONTRADICTED, "mark-rutte", "'Term Start2: 31 May 2006'"),
        "wrong year",
    ),
]:
    CHANGES.append(Change("rutte-2024-06", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-premier",
        "Dutch Prime Minister Mark Rutte",
        "Dutch premier Mark Rutte",
        c(SUPPORTED, "mark-rutte", "'Prime Minister of the Netherlands' 14 October 2010 – 2 July 2024"),
    ),
    (
        "r02-abbreviation",
        "NATO Secretary General Jens Stoltenberg",
        "NATO chief Jens Stoltenberg",
        c(SUPPORTED, "jens-stoltenberg-2024", "'13th Secretary General of NATO Assumed office 1 October 2014'"),
    ),
]:
    CHANGES.append(Change("rutte-2024-06", name, old, new, claim))

# ---------------------------------------------------------------- Rutte: NATO / Netherlands, October 2024
BASES.append(
    Base(
        "rutte-2024-10",
        "2024-10-02",
        "tuning",
        """Rutte takes the helm at NATO, vows to keep Ukraine support flowing

BRUSSELS - Mark Rutte took office as NATO's secretary general on Tuesday, telling reporters at the alliance's headquarters that support for Ukraine would remain his first priority.

NATO Secretary General Mark Rutte then chaired his first meeting of the North Atlantic Council. He takes over from his predecessor Jens Stoltenberg, who led the alliance for ten years and steered it through Russia's full-scale invasion of Ukraine. Stoltenberg, who was previously Norway's prime minister from 2005 until 2013, was born in Oslo.

Rutte, 57, served as Dutch prime minister for almost 14 years. Dutch Prime Minister Dick Schoof, a former civil servant who took over from Rutte on 2 July 2024, congratulated his predecessor. Rutte, a former state secretary for education, is only the fourth Dutch politician to run the alliance.

The new secretary general will work with Radmila Šekerinska, NATO's deputy secretary general, who stays in her post. He will represent the alliance's 32 members at a summit in The Hague next year, and he said he wanted all of them to spend more on defence.

Former NATO Secretary General Jens Stoltenberg wished his successor well at the handover ceremony.
""",
        {
            "Mark Rutte took office as NATO's secretary general on Tuesday": c(
                SUPPORTED, "mark-rutte", "'Office: Secretary General of NATO - Term Start: 1 October 2024' (a Tuesday)"
            ),
            "NATO Secretary General Mark Rutte": c(
                SUPPORTED,
                "mark-rutte mark-rutte-lead",
                "'Term Start: 1 October 2024'; 'serves as the 14th secretary general of NATO since October 2024'",
            ),
            "his predecessor Jens Stoltenberg": c(SUPPORTED, "mark-rutte", "'Predecessor: Jens Stoltenberg'"),
            "led the alliance for ten years": c(
                SUPPORTED,
                "jens-stoltenberg",
                "'served as the 13th secretary general of NATO from 2014 to 2024'; effective from 1 October 2014",
            ),
            "Norway's prime minister from 2005 until 2013": c(
                SUPPORTED,
                "jens-stoltenberg",
                "'prime minister of Norway from 2000 to 2001 and again from 2005 until 2013'",
            ),
            "was born in Oslo": c(
                SUPPORTED,
                "jens-stoltenberg",
                "'Born in Oslo as the son of diplomat and politician Thorvald Stoltenberg'",
            ),
            "Rutte, 57,": c(
                UNVERIFIED, "", "no stored page gives Rutte's birth date (the mark-rutte infobox is cut before it)"
            ),
            "served as Dutch prime minister for almost 14 years": c(
                SUPPORTED,
                "mark-rutte-lead mark-rutte",
                "'Serving a total of almost 14 years'; 14 October 2010 – 2 July 2024",
            ),
            "Dutch Prime Minister Dick Schoof": c(
                SUPPORTED, "dick-schoof", "'Prime Minister of the Netherlands Assumed office 2 July 2024'"
            ),
            "took over from Rutte on 2 July 2024": c(
                SUPPORTED, "dick-schoof mark-rutte", "'Preceded byMark Rutte'; Rutte 'Term End1: 2 July 2024'"
            ),
            "Rutte, a former state secretary for education": c(
                SUPPORTED,
                "mark-rutte",
                "'State Secretary for Education, Culture and Science - Term Start3: 17 June 2004 - Term End3: 27 June 2006'",
            ),
            "the fourth Dutch politician to run the alliance": c(
                UNVERIFIED, "", "no stored page lists the nationalities of earlier secretaries general"
            ),
            "Radmila Šekerinska, NATO's deputy secretary general": c(
                SUPPORTED, "mark-rutte", "'Office: Secretary General of NATO - Deputy: Radmila Šekerinska'"
            ),
            "32 members": c(SUPPORTED, "jens-stoltenberg", "'alliance with 32 member states'"),
            "a summit in The Hague next year": c(UNVERIFIED, "", "no stored page mentions the 2025 summit"),
            "Former NATO Secretary General Jens Stoltenberg": c(
                SUPPORTED, "jens-stoltenberg", "'served as the 13th secretary general of NATO from 2014 to 2024'"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-past-holder",
        "NATO Secretary General Mark Rutte",
        "NATO Secretary General Jens Stoltenberg",
        c(
            CONTRADICTED,
            "mark-rutte jens-stoltenberg",
            "Rutte in office since 1 October 2024; Stoltenberg 'from 2014 to 2024'",
        ),
        "past holder as current",
    ),
    (
        "v02-deputy-dropped",
        "Radmila Šekerinska, NATO's deputy secretary general",
        "Radmila Šekerinska, NATO's secretary general",
        c(
            CONTRADICTED,
            "mark-rutte",
            "'Secretary General of NATO ... Deputy: Radmila Šekerinska'; Rutte holds the office",
        ),
        "vice or deputy",
    ),
    (
        "v03-duration",
        "led the alliance for ten years",
        "led the alliance for eight years",
        c(CONTRADICTED, "jens-stoltenberg", "'from 2014 to 2024'; 'effective from 1 October 2014'"),
        "wrong duration or age",
    ),
    (
        "v04-defence-minister",
        "Dutch Prime Minister Dick Schoof",
        "Dutch Defence Minister Dick Schoof",
        c(CONTRADICTED, "dick-schoof", "'Prime Minister of the Netherlands Assumed office 2 July 2024'"),
        "sibling office",
    ),
    (
        "v05-date",
        "took over from Rutte on 2 July 2024",
        "took over from Rutte on 12 July 2024",
        c(CONTRADICTED, "dick-schoof mark-rutte", "'Assumed office 2 July 2024'; Rutte 'Term End1: 2 July 2024'"),
        "wrong date",
    ),
    (
        "v06-place",
        "was born in Oslo",
        "was born in Bergen",
        c(CONTRADICTED, "jens-stoltenberg jens-stoltenberg-2024", "'Born in Oslo'; 'Oslo, Norway'"),
        "wrong place",
    ),
    (
        "v07-count",
        "32 members",
        "30 members",
        c(CONTRADICTED, "jens-stoltenberg", "'alliance with 32 member states'"),
        "wrong count",
    ),
]:
    CHANGES.append(Change("rutte-2024-10", name, old, new, claim, way))
CHANGES.append(
    Change(
        "rutte-2024-10",
        "r01-paraphrase",
        "NATO Secretary General Mark Rutte",
        "Mark Rutte, NATO's new secretary general,",
        c(SUPPORTED, "mark-rutte", "'Secretary General of NATO - Term Start: 1 October 2024'"),
        None,
        "Mark Rutte, NATO's new secretary general",
    )
)
CHANGES.append(
    Change(
        "rutte-2024-10",
        "r03-transliteration",
        "Radmila Šekerinska, NATO's deputy secretary general",
        "Radmila Shekerinska, NATO's deputy secretary general",
        c(
            SUPPORTED,
            "mark-rutte",
            "'Secretary General of NATO ... Deputy: Radmila Šekerinska' (Š transliterated as Sh)",
        ),
    )
)
CHANGES.append(
    Change(
        "rutte-2024-10",
        "r02-premier",
        "Dutch Prime Minister Dick Schoof",
        "Dutch premier Dick Schoof",
        c(SUPPORTED, "dick-schoof", "'Prime Minister of the Netherlands Assumed office 2 July 2024'"),
    )
)

# ---------------------------------------------------------------- IOC, March 2025
BASES.append(
    Base(
        "ioc-2025-03",
        "2025-03-21",
        "tuning",
        """Coventry elected first woman to lead the Olympic movement

Zimbabwe's sports minister Kirsty Coventry was elected president of the International Olympic Committee on Thursday, becoming the first woman and the first African to win the post.

Coventry, 41, won 49 of the 97 votes cast in the first round at the IOC Session in Greece, defeating six rivals. She takes office on 23 June 2025. The result was announced by IOC President Thomas Bach. Bach has led the committee since 10 September 2013.

Bach, 71, a German former fencer who won team foil gold at the 1976 Summer Olympics, is the IOC's ninth president; Coventry will be the tenth. The president is elected for an eight-year term, renewable once for four years, and works from the IOC's headquarters in Lausanne.

Coventry was born in Harare and swam for Auburn University in the United States. At the 2004 Summer Olympics in Athens she won three medals, including gold in the 200 metres backstroke, and she defended that title in Beijing four years later. She retired from competition in 2016 after her fifth Games.

She has served in Zimbabwe's cabinet since September 2018 and chaired the IOC Athletes' Commission before joining the executive board. Supporters said her election would bring a new generation to the top of the movement; critics questioned how she would handle Russia's return to international sport.
""",
        {
            "Zimbabwe's sports minister Kirsty Coventry": c(
                SUPPORTED,
                "kirsty-coventry kirsty-coventry-president-elect",
                "'Minister of Youth, Sport, Arts and Recreation of Zimbabwe In office 10 September 2018 – 25 March 2025' covers 2025-03-21",
            ),
            "the first woman and the first African": c(
                SUPPORTED,
                "kirsty-coventry",
                "'the first woman, the first Zimbabwean, and the first African to hold the office'",
            ),
            "Coventry, 41,": c(
                SUPPORTED, "kirsty-coventry-president-elect", "'16 September 1983 (age 41)': 41 on 2025-03-21"
            ),
            "49 of the 97 votes": c(UNVERIFIED, "", "no stored page gives the vote"),
            "at the IOC Session in Greece": c(UNVERIFIED, "", "no stored page says where the election took place"),
            "six rivals": c(UNVERIFIED, "", "no stored page gives the number of candidates"),
            "takes office on 23 June 2025": c(
                SUPPORTED,
                "kirsty-coventry-president-elect kirsty-coventry",
                "'Assuming office 23 June 2025'; 'Term Start: 23 June 2025'",
            ),
            "IOC President Thomas Bach": c(
                SUPPORTED,
                "thomas-bach president-of-the-international-olympic-committee-2024",
                "'Term Start: 10 September 2013 - Term End: 23 June 2025' covers 2025-03-21",
            ),
            "has led the committee since 10 September 2013": c(
                SUPPORTED,
                "thomas-bach president-of-the-international-olympic-committee-2024",
                "'Term Start: 10 September 2013'",
            ),
            "Bach, 71,": c(SUPPORTED, "thomas-bach", "'born 29 December 1953': 71 on 2025-03-21"),
            "a German former fencer": c(
                SUPPORTED, "thomas-bach", "'a German lawyer, former foil fencer, and Olympic gold medalist'"
            ),
            "team foil gold at the 1976 Summer Olympics": c(
                SUPPORTED, "thomas-bach", "'He won a foil team gold medal at the 1976 Summer Ol' (cut off mid-word)"
            ),
            "the IOC's ninth president": c(
                SUPPORTED, "thomas-bach", "'9th President of the International Olympic Committee'"
            ),
            "Coventry will be the tenth": c(
                SUPPORTED,
                "president-of-the-international-olympic-committee",
                "'only 10 people have been elected to lead the organization, with the tenth taking office in June 2025'",
            ),
            "elected for an eight-year term, renewable once for four years": c(
                SUPPORTED,
                "president-of-the-international-olympic-committee",
                "'Termlength: Term of eight years - Termlength Qualified: Renewable once for four years'",
            ),
            "the IOC's headquarters in Lausanne": c(
                SUPPORTED,
                "president-of-the-international-olympic-committee",
                "'Seat: IOC Headquarters, Lausanne, Switzerland'",
            ),
            "Coventry was born in Harare": c(SUPPORTED, "kirsty-coventry", "'Birth Place: Harare, Zimbabwe'"),
            "swam for Auburn University": c(
                SUPPORTED, "kirsty-coventry", "'swam competitively for Auburn University in Alabama'"
            ),
            "three medals": c(
                SUPPORTED,
                "kirsty-coventry",
                "'At the 2004 Summer Olympics in Athens, Coventry won three Olympic medals'",
            ),
            "gold in the 200 metres backstroke": c(
                SUPPORTED, "kirsty-coventry-president-elect", "'Gold medal – first place 2004 Athens 200 m backstroke'"
            ),
            "She retired from competition in 2016": c(
                SUPPORTED, "kirsty-coventry", "'In 2016, Coventry retired from swimming'"
            ),
            "has served in Zimbabwe's cabinet since September 2018": c(
                SUPPORTED,
                "kirsty-coventry",
                "'Coventry served in the Cabinet of Zimbabwe from September 2018 to March 2025'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-successor-early",
        "IOC President Thomas Bach",
        "IOC President Kirsty Coventry",
        c(
            CONTRADICTED,
            "kirsty-coventry-president-elect thomas-bach",
            "'President-elect ... Assuming office 23 June 2025'; Bach in office until 23 June 2025",
        ),
        "successor before taking office",
    ),
    (
        "v02-vice",
        "IOC President Thomas Bach",
        "IOC Vice President Thomas Bach",
        c(
            CONTRADICTED,
            "thomas-bach",
            "'Office: 9th President of the International Olympic Committee' - 'Term Start: 10 September 2013' - 'Term End: 23 June 2025': covers as_of: he was president, not a vice-president, then",
        ),
        "vice or deputy",
    ),
    (
        "v03-ordinal",
        "the IOC's ninth president",
        "the IOC's eighth president",
        c(CONTRADICTED, "thomas-bach", "'9th President'; 'the ninth president of the International Olympic Committee'"),
        "wrong ordinal",
    ),
    (
        "v04-country",
        "a German former fencer",
        "an Austrian former fencer",
        c(
            CONTRADICTED,
            "thomas-bach",
            "'a German lawyer, former foil fencer'; 'Birth Place: Würzburg, Bavaria, West Germany'",
        ),
        "wrong country",
    ),
    (
        "v05-count",
        "three medals",
        "five medals",
        c(CONTRADICTED, "kirsty-coventry", "'Coventry won three Olympic medals: a gold, a silver, and a bronze'"),
        "wrong count",
    ),
    (
        "v06-year",
        "team foil gold at the 1976 Summer Olympics",
        "team foil gold at the 1980 Summer Olympics",
        c(CONTRADICTED, "thomas-bach", "'a foil team gold medal at the 1976 Summer Ol'"),
        "wrong year",
    ),
    (
        "v07-age",
        "Bach, 71,",
        "Bach, 68,",
        c(CONTRADICTED, "thomas-bach", "'born 29 December 1953': 71 on 2025-03-21"),
        "wrong duration or age",
    ),
    (
        "v08-date",
        "takes office on 23 June 2025",
        "takes office on 1 July 2025",
        c(CONTRADICTED, "kirsty-coventry-president-elect kirsty-coventry", "'Assuming office 23 June 2025'"),
        "wrong date",
    ),
    (
        "v09-place",
        "Coventry was born in Harare",
        "Coventry was born in Bulawayo",
        c(CONTRADICTED, "kirsty-coventry", "'Birth Place: Harare, Zimbabwe'; 'Born in Harare'"),
        "wrong place",
    ),
    (
        "v10-term",
        "elected for an eight-year term, renewable once for four years",
        "elected for a six-year term, renewable once for four years",
        c(CONTRADICTED, "president-of-the-international-olympic-committee", "'Term of eight years'"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("ioc-2025-03", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-full-title",
        "IOC President Thomas Bach",
        "the president of the International Olympic Committee, Thomas Bach",
        c(
            SUPPORTED,
            "thomas-bach",
            "'Office: 9th President of the International Olympic Committee' - 'Term Start: 10 September 2013'",
        ),
    ),
    (
        "r02-full-name",
        "Zimbabwe's sports minister Kirsty Coventry",
        "Zimbabwe's sports minister Kirsty Leigh Coventry",
        c(SUPPORTED, "kirsty-coventry", "'Birth Name: Kirsty Leigh Coventry'; minister September 2018 – March 2025"),
    ),
]:
    CHANGES.append(Change("ioc-2025-03", name, old, new, claim))

# ---------------------------------------------------------------- IOC, June 2025
BASES.append(
    Base(
        "ioc-2025-06",
        "2025-06-24",
        "held-out",
        """Coventry takes over from Bach at the head of the IOC

LAUSANNE - Kirsty Coventry formally became president of the International Olympic Committee on 23 June 2025, taking over from her predecessor, Thomas Bach, at a handover ceremony in Lausanne.

IOC President Kirsty Coventry said her first task would be to listen to athletes and national committees before setting out her plans. Coventry, 41, is the second non-European to hold the office, after Avery Brundage, who left office in 1972.

Bach, who led the IOC from 2013 to 2025, was named Honorary President of the International Olympic Committee on the same day. The German lawyer was the first Olympic champion to lead the committee.

Coventry stepped down as Zimbabwe's sports minister in March 2025 and was replaced by Anselem Nhamo Sanyatwe. She had succeeded Kazembe Kazembe at the ministry in 2018.

The new president will chair the IOC Executive Board, which has four vice-presidents and ten other members, all elected by the IOC Session by secret ballot. The presidency was created in 1894, and the committee has had only ten presidents since then.

Coventry's term runs for eight years. Her first major event as president will be the Winter Olympics in Milan and Cortina d'Ampezzo in February 2026.
""",
        {
            "became president of the International Olympic Committee on 23 June 2025": c(
                SUPPORTED,
                "kirsty-coventry president-of-the-international-olympic-committee",
                "'Term Start: 23 June 2025'; 'Incumbentsince: 23 June 2025'",
            ),
            "her predecessor, Thomas Bach": c(SUPPORTED, "kirsty-coventry", "'Predecessor: Thomas Bach'"),
            "a handover ceremony in Lausanne": c(UNVERIFIED, "", "no stored page says where the handover took place"),
            "IOC President Kirsty Coventry": c(
                SUPPORTED,
                "kirsty-coventry president-of-the-international-olympic-committee",
                "'Incumbent: Kirsty Coventry - Incumbentsince: 23 June 2025'",
            ),
            "Coventry, 41,": c(SUPPORTED, "kirsty-coventry", "'born 16 September 1983': 41 on 2025-06-24"),
            "the second non-European to hold the office": c(
                SUPPORTED,
                "kirsty-coventry",
                "'only the second non-European president of the IOC, following Avery Brundage'",
            ),
            "Avery Brundage, who left office in 1972": c(
                SUPPORTED, "kirsty-coventry", "'Avery Brundage who left office in 1972'"
            ),
            "Bach, who led the IOC from 2013 to 2025": c(
                SUPPORTED,
                "thomas-bach",
                "'He served as the ninth president of the International Olympic Committee from 2013 to 2025'",
            ),
            "Honorary President of the International Olympic Committee": c(
                SUPPORTED,
                "thomas-bach",
                "'Office2: Honorary President of the International Olympic Committee - Term Start2: 23 June 2025'",
            ),
            "the first Olympic champion to lead the committee": c(
                SUPPORTED, "thomas-bach", "'He was the first ever Olympic champion to be elected to that position'"
            ),
            "stepped down as Zimbabwe's sports minister in March 2025": c(
                SUPPORTED, "kirsty-coventry", "'Term End1: 25 March 2025'"
            ),
            "replaced by Anselem Nhamo Sanyatwe": c(
                SUPPORTED, "kirsty-coventry", "'Successor1: Anselem Nhamo Sanyatwe'"
            ),
            "succeeded Kazembe Kazembe": c(SUPPORTED, "kirsty-coventry", "'Predecessor1: Kazembe Kazembe'"),
            "ten other members": c(
                SUPPORTED,
                "president-of-the-international-olympic-committee",
                "'four vice-presidents, and ten other IOC members'",
            ),
            "four vice-presidents": c(
                SUPPORTED,
                "president-of-the-international-olympic-committee",
                "'four vice-presidents, and ten other IOC members'",
            ),
            "The presidency was created in 1894": c(
                SUPPORTED, "president-of-the-international-olympic-committee", "'Formation: 1894'"
            ),
            "ten presidents": c(
                SUPPORTED,
                "president-of-the-international-olympic-committee",
                "'only 10 people have been elected to lead the organization'",
            ),
            "Coventry's term runs for eight years": c(
                SUPPORTED, "president-of-the-international-olympic-committee", "'Termlength: Term of eight years'"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-past-holder",
        "IOC President Kirsty Coventry",
        "IOC President Thomas Bach",
        c(
            CONTRADICTED,
            "thomas-bach president-of-the-international-olympic-committee",
            "Bach 'Term End: 23 June 2025'; Coventry incumbent since 23 June 2025",
        ),
        "past holder as current",
    ),
    (
        "v02-predecessor",
        "her predecessor, Thomas Bach",
        "her predecessor, Jacques Rogge",
        c(CONTRADICTED, "kirsty-coventry thomas-bach", "'Predecessor: Thomas Bach'; Rogge was Bach's predecessor"),
        "wrong predecessor or successor",
    ),
    (
        "v03-successor",
        "replaced by Anselem Nhamo Sanyatwe",
        "replaced by Tinoda Machakaire",
        c(
            CONTRADICTED,
            "kirsty-coventry",
            "'Successor1: Anselem Nhamo Sanyatwe' (Machakaire is listed among her deputies)",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v04-count",
        "four vice-presidents",
        "six vice-presidents",
        c(
            CONTRADICTED,
            "president-of-the-international-olympic-committee",
            "'four vice-presidents, and ten other IOC members'",
        ),
        "wrong count",
    ),
    (
        "v05-year",
        "Avery Brundage, who left office in 1972",
        "Avery Brundage, who left office in 1980",
        c(CONTRADICTED, "kirsty-coventry", "'Avery Brundage who left office in 1972'"),
        "wrong year",
    ),
    (
        "v06-ordinal",
        "the second non-European to hold the office",
        "the third non-European to hold the office",
        c(CONTRADICTED, "kirsty-coventry", "'only the second non-European president of the IOC'"),
        "wrong ordinal",
    ),
]:
    CHANGES.append(Change("ioc-2025-06", name, old, new, claim, way))
CHANGES.append(
    Change(
        "ioc-2025-06",
        "r01-full-title",
        "IOC President Kirsty Coventry",
        "Kirsty Coventry, the president of the International Olympic Committee,",
        c(SUPPORTED, "kirsty-coventry", "'who is the president of the International Olympic Committee (IOC)'"),
        None,
        "Kirsty Coventry, the president of the International Olympic Committee",
    )
)

# ---------------------------------------------------------------- UK, July 2024
BASES.append(
    Base(
        "uk-2024-07",
        "2024-07-06",
        "tuning",
        """Starmer becomes prime minister after Labour landslide

LONDON - Keir Starmer became Prime Minister of the United Kingdom on 5 July 2024, hours after his Labour Party won a landslide in the general election held on 4 July 2024.

Labour won 411 of the 650 seats in the House of Commons, giving it a majority of 174. The Conservatives fell to 121 seats, their worst result, ending 14 years in government. The Liberal Democrats, led by Ed Davey, won 72 seats. Turnout was 59.7 per cent, and Labour's share of the vote, 33.7 per cent, was the lowest of any majority party on record.

Starmer succeeded Rishi Sunak at Downing Street. Sunak had led the country since 25 October 2022. Former Prime Minister Rishi Sunak apologised to defeated candidates and said he would stay on as Conservative leader until a successor was chosen.

Starmer, 61, has led the Labour Party since 4 April 2020 and has represented Holborn and St Pancras since 2015. Before entering Parliament he was Director of Public Prosecutions from 2008 to 2013.

In his first hours in office the new prime minister appointed his cabinet. Deputy Prime Minister Angela Rayner also takes charge of housing and local government, and Rachel Reeves became the first woman to serve as chancellor.

Starmer held his first cabinet meeting on Saturday.
""",
        {
            "became Prime Minister of the United Kingdom on 5 July 2024": c(
                SUPPORTED,
                "keir-starmer prime-minister-of-the-united-kingdom",
                "'Prime Minister of the United Kingdom Assumed office 5 July 2024'",
            ),
            "held on 4 July 2024": c(
                SUPPORTED, "2024-united-kingdom-general-election", "'was held on Thursday, 4 July 2024'"
            ),
            "411 of the 650 seats": c(
                SUPPORTED,
                "2024-united-kingdom-general-election",
                "'Labour secured 411 seats'; 'All 650 seats in the House of Commons'",
            ),
            "a majority of 174": c(SUPPORTED, "2024-united-kingdom-general-election", "'a 174-seat majority'"),
            "their worst result": c(
                SUPPORTED,
                "2024-united-kingdom-general-election",
                "'The Conservatives suffered their worst-ever defeat'",
            ),
            "121 seats": c(
                SUPPORTED, "2024-united-kingdom-general-election", "'winning 121 seats with 23.7% of the vote'"
            ),
            "ending 14 years in government": c(
                SUPPORTED, "2024-united-kingdom-general-election", "'ending 14 years of Conservative government'"
            ),
            "The Liberal Democrats, led by Ed Davey": c(
                SUPPORTED,
                "2024-united-kingdom-general-election",
                "'Leader Keir Starmer Rishi Sunak Ed Davey' - 'Party Labour Conservative Liberal Democrats'",
            ),
            "72 seats": c(
                SUPPORTED,
                "2024-united-kingdom-general-election",
                "'Leader Keir Starmer Rishi Sunak Ed Davey ... Seats won 411[b] 121 72'",
            ),
            "59.7 per cent": c(SUPPORTED, "2024-united-kingdom-general-election", "'Turnout28,924,725 59.7%'"),
            "33.7 per cent": c(
                SUPPORTED,
                "2024-united-kingdom-general-election",
                "'The party's vote share was 33.7%, the lowest of any majority party on record'",
            ),
            "Starmer succeeded Rishi Sunak": c(SUPPORTED, "keir-starmer", "'Preceded byRishi Sunak'"),
            "led the country since 25 October 2022": c(
                SUPPORTED,
                "rishi-sunak",
                "'Prime Minister of the United Kingdom | ... In office 25 October 2022 – 5 July 2024'",
            ),
            "Former Prime Minister Rishi Sunak": c(
                SUPPORTED, "rishi-sunak", "'In office 25 October 2022 – 5 July 2024': a former holder on 2024-07-06"
            ),
            "stay on as Conservative leader": c(
                SUPPORTED,
                "rishi-sunak",
                "'Leader of the Conservative Party | ... In office 24 October 2022 – 2 November 2024'",
            ),
            "Starmer, 61,": c(SUPPORTED, "keir-starmer", "'2 September 1962 (age 61)': 61 on 2024-07-06"),
            "has led the Labour Party since 4 April 2020": c(
                SUPPORTED, "keir-starmer", "'Leader of the Labour Party Assumed office 4 April 2020'"
            ),
            "has represented Holborn and St Pancras since 2015": c(
                SUPPORTED,
                "keir-starmer",
                "'He has been Member of Parliament (MP) for Holborn and St Pancras since 2015'",
            ),
            "Director of Public Prosecutions from 2008 to 2013": c(
                SUPPORTED,
                "keir-starmer",
                "'Director of Public Prosecutions In office 1 November 2008 – 1 November 2013'",
            ),
            "Deputy Prime Minister Angela Rayner": c(
                SUPPORTED,
                "prime-minister-of-the-united-kingdom keir-starmer",
                "'Incumbent Keir Starmer ... DeputyAngela Rayner'",
            ),
            "Rachel Reeves became the first woman to serve as chancellor": c(
                UNVERIFIED, "", "no stored page names the chancellor"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-chancellor",
        "became Prime Minister of the United Kingdom on 5 July 2024",
        "became Chancellor of the Exchequer on 5 July 2024",
        c(CONTRADICTED, "keir-starmer", "his offices list Prime Minister from 5 July 2024, no Treasury post"),
        "sibling office",
    ),
    (
        "v02-deputy-dropped",
        "Deputy Prime Minister Angela Rayner",
        "Prime Minister Angela Rayner",
        c(
            CONTRADICTED,
            "prime-minister-of-the-united-kingdom",
            "'Incumbent Keir Starmer since 5 July 2024 ... DeputyAngela Rayner'",
        ),
        "vice or deputy",
    ),
    (
        "v03-count",
        "411 of the 650 seats",
        "421 of the 650 seats",
        c(CONTRADICTED, "2024-united-kingdom-general-election", "'Labour secured 411 seats'"),
        "wrong count",
    ),
    (
        "v04-majority",
        "a majority of 174",
        "a majority of 156",
        c(CONTRADICTED, "2024-united-kingdom-general-election", "'a 174-seat majority'"),
        "wrong count",
    ),
    (
        "v05-date",
        "held on 4 July 2024",
        "held on 11 July 2024",
        c(CONTRADICTED, "2024-united-kingdom-general-election", "'was held on Thursday, 4 July 2024'"),
        "wrong date",
    ),
    (
        "v06-year",
        "Director of Public Prosecutions from 2008 to 2013",
        "Director of Public Prosecutions from 2003 to 2013",
        c(
            CONTRADICTED,
            "keir-starmer",
            "'Director of Public Prosecutions In office 1 November 2008 – 1 November 2013'",
        ),
        "wrong year",
    ),
    (
        "v07-age",
        "Starmer, 61,",
        "Starmer, 64,",
        c(CONTRADICTED, "keir-starmer", "'born 2 September 1962': 61 on 2024-07-06"),
        "wrong duration or age",
    ),
    (
        "v08-place",
        "has represented Holborn and St Pancras since 2015",
        "has represented Islington North since 2015",
        c(CONTRADICTED, "keir-starmer", "'Member of Parliament (MP) for Holborn and St Pancras since 2015'"),
        "wrong place",
    ),
    (
        "v09-predecessor",
        "Starmer succeeded Rishi Sunak",
        "Starmer succeeded Boris Johnson",
        c(CONTRADICTED, "keir-starmer", "'Preceded byRishi Sunak'"),
        "wrong predecessor or successor",
    ),
    (
        "v10-past-holder",
        "Former Prime Minister Rishi Sunak",
        "Prime Minister Rishi Sunak",
        c(
            CONTRADICTED,
            "rishi-sunak keir-starmer",
            "Sunak 'In office 25 October 2022 – 5 July 2024'; Starmer from 5 July 2024",
        ),
        "past holder as current",
    ),
    (
        "v11-duration",
        "ending 14 years in government",
        "ending 10 years in government",
        c(CONTRADICTED, "2024-united-kingdom-general-election", "'ending 14 years of Conservative government'"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("uk-2024-07", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-abbreviation",
        "became Prime Minister of the United Kingdom on 5 July 2024",
        "became UK prime minister on 5 July 2024",
        c(SUPPORTED, "keir-starmer", "'Prime Minister of the United Kingdom Assumed office 5 July 2024'"),
    ),
    (
        "r02-full-name",
        "Starmer, 61,",
        "Sir Keir Rodney Starmer, 61,",
        c(SUPPORTED, "keir-starmer", "'Sir Keir Rodney Starmer ... born 2 September 1962'"),
    ),
]:
    CHANGES.append(Change("uk-2024-07", name, old, new, claim))

# ---------------------------------------------------------------- UK, May 2024
BASES.append(
    Base(
        "uk-2024-05",
        "2024-05-23",
        "held-out",
        """Sunak calls July election in rain-soaked Downing Street statement

LONDON - Prime Minister Rishi Sunak announced on Wednesday that the United Kingdom will hold a general election on 4 July, surprising many in his own party who had expected a vote in the autumn.

Sunak, 44, has trailed Labour in the polls for most of his time in office. He became Conservative leader on 24 October 2022 and prime minister the following day, when he succeeded Liz Truss after her brief premiership. Sunak, who was born in Southampton, has been MP for Richmond and Northallerton since 2015.

Leader of the Opposition Keir Starmer, who has led Labour since 2020, said the country needed change. Starmer's deputy, Angela Rayner, is expected to play a prominent part in the campaign.

All 650 seats in the House of Commons will be contested, and 326 seats are needed for a majority. At the last election, in 2019, the Conservatives won 365 seats and Labour 202. Liberal Democrat leader Ed Davey, who has led his party since August 2020, is expected to target Conservative seats in the south of England.

Parliament will be dissolved next week. The campaign will last about six weeks, and the main parties are expected to publish their manifestos in June.
""",
        {
            "Prime Minister Rishi Sunak": c(
                SUPPORTED,
                "rishi-sunak",
                "'Prime Minister of the United Kingdom | ... In office 25 October 2022 – 5 July 2024' covers 2024-05-23",
            ),
            "a general election on 4 July": c(
                SUPPORTED, "2024-united-kingdom-general-election", "'was held on Thursday, 4 July 2024'"
            ),
            "Sunak, 44,": c(
                SUPPORTED, "rishi-sunak", "'Born | Southampton, Hampshire, England | 12 May 1980': 44 on 2024-05-23"
            ),
            "became Conservative leader on 24 October 2022": c(
                SUPPORTED,
                "rishi-sunak 2024-united-kingdom-general-election",
                "'Leader of the Conservative Party | ... In office 24 October 2022'; 'Leader since ... 24 October 2022'",
            ),
            "prime minister the following day": c(
                SUPPORTED, "rishi-sunak", "'In office 25 October 2022 – 5 July 2024'"
            ),
            "succeeded Liz Truss": c(SUPPORTED, "rishi-sunak", "'Preceded by | Liz Truss'"),
            "Sunak, who was born in Southampton": c(
                SUPPORTED, "rishi-sunak", "'Born | Southampton, Hampshire, England'"
            ),
            "MP for Richmond and Northallerton since 2015": c(
                SUPPORTED,
                "rishi-sunak",
                "'Member of Parliament for Richmond and Northallerton | ... Assumed office 7 May 2015'",
            ),
            "Leader of the Opposition Keir Starmer": c(
                SUPPORTED,
                "keir-starmer",
                "'Leader of the Opposition In office 4 April 2020 – 5 July 2024' covers 2024-05-23",
            ),
            "who has led Labour since 2020": c(
                SUPPORTED, "keir-starmer", "'Leader of the Labour Party Assumed office 4 April 2020'"
            ),
            "Starmer's deputy, Angela Rayner": c(
                SUPPORTED,
                "keir-starmer",
                "'Leader of the Opposition ... DeputyAngela Rayner'; 'Leader of the Labour Party ... DeputyAngela Rayner'",
            ),
            "All 650 seats": c(
                SUPPORTED, "2024-united-kingdom-general-election", "'All 650 seats in the House of Commons'"
            ),
            "326 seats": c(SUPPORTED, "2024-united-kingdom-general-election", "'326[a] seats needed for a majority'"),
            "365 seats": c(
                SUPPORTED,
                "2024-united-kingdom-general-election",
                "'Last election 202 seats, 32.1% 365 seats, 43.6%' (Labour, Conservative)",
            ),
            "Labour 202": c(SUPPORTED, "2024-united-kingdom-general-election", "'Last election 202 seats, 32.1%'"),
            "Liberal Democrat leader Ed Davey": c(
                SUPPORTED,
                "2024-united-kingdom-general-election",
                "'Leader Keir Starmer Rishi Sunak Ed Davey' - 'Party Labour Conservative Liberal Democrats' - 'Leader since 4 April 2020 24 October 2022 27 August 2020'",
            ),
            "has led his party since August 2020": c(
                SUPPORTED, "2024-united-kingdom-general-election", "'Leader since ... 27 August 2020'"
            ),
            "The campaign will last about six weeks": c(
                UNVERIFIED, "", "no stored page dates the dissolution or the campaign's start"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-successor-early",
        "Leader of the Opposition Keir Starmer",
        "Prime Minister Keir Starmer",
        c(
            CONTRADICTED,
            "keir-starmer rishi-sunak",
            "Starmer 'Assumed office 5 July 2024'; Sunak in office on 2024-05-23",
        ),
        "successor before taking office",
    ),
    (
        "v02-predecessor",
        "succeeded Liz Truss",
        "succeeded Theresa May",
        c(CONTRADICTED, "rishi-sunak", "'Preceded by | Liz Truss'"),
        "wrong predecessor or successor",
    ),
    (
        "v03-count",
        "365 seats",
        "345 seats",
        c(CONTRADICTED, "2024-united-kingdom-general-election", "'Last election ... 365 seats, 43.6%'"),
        "wrong count",
    ),
    (
        "v04-place",
        "Sunak, who was born in Southampton",
        "Sunak, who was born in Leeds",
        c(CONTRADICTED, "rishi-sunak", "'Born | Southampton, Hampshire, England'"),
        "wrong place",
    ),
    (
        "v05-age",
        "Sunak, 44,",
        "Sunak, 47,",
        c(CONTRADICTED, "rishi-sunak", "'12 May 1980': 44 on 2024-05-23"),
        "wrong duration or age",
    ),
    (
        "v06-date",
        "became Conservative leader on 24 October 2022",
        "became Conservative leader on 6 September 2022",
        c(CONTRADICTED, "rishi-sunak", "'Leader of the Conservative Party | ... In office 24 October 2022'"),
        "wrong date",
    ),
]:
    CHANGES.append(Change("uk-2024-05", name, old, new, claim, way))
CHANGES.append(
    Change(
        "uk-2024-05",
        "r01-full-title",
        "Leader of the Opposition Keir Starmer",
        "Keir Starmer, the leader of the opposition,",
        c(SUPPORTED, "keir-starmer", "'Leader of the Opposition In office 4 April 2020 – 5 July 2024'"),
        None,
        "Keir Starmer, the leader of the opposition",
    )
)

# ---------------------------------------------------------------- Portugal, April 2024
BASES.append(
    Base(
        "pt-2024-04",
        "2024-04-03",
        "tuning",
        """Montenegro sworn in as Portugal's prime minister, ending Socialist era

LISBON - Luís Montenegro was sworn in as Prime Minister of Portugal on 2 April 2024 at a ceremony in the Ajuda National Palace in Lisbon, ending more than eight years of Socialist government.

Montenegro, 51, succeeds António Costa. Costa had been prime minister since 26 November 2015 and resigned in November amid a corruption investigation. President Marcelo Rebelo de Sousa swore in the new cabinet, which forms the 24th Constitutional Government.

His Democratic Alliance won 80 seats in the March election, two more than the Socialist Party, and he has promised to govern as a minority rather than rely on the far-right Chega party.

Montenegro, who has led the Social Democratic Party since 2022, is a lawyer born in Porto. He was a member of parliament for Aveiro from 2002 to 2018 and led his party's parliamentary group between 2011 and 2017. He lost the 2020 leadership contest to Rui Rio before winning the post two years later.

In parliament the new leader of the opposition is Pedro Nuno Santos. Socialist leader Pedro Nuno Santos has said he will judge the government on housing and health.

Costa, who led the Socialists from 2014, handed the party leadership to Pedro Nuno Santos in January. He has been mentioned as a candidate for a senior European post later this year.
""",
        {
            "was sworn in as Prime Minister of Portugal on 2 April 2024": c(
                SUPPORTED,
                "luis-montenegro luis-montenegro-simple-wikipedia",
                "'Office: Prime Minister of Portugal - Term Start: 2 April 2024'",
            ),
            "the Ajuda National Palace in Lisbon": c(
                SUPPORTED,
                "luis-montenegro-simple-wikipedia",
                "'sworn-in as Prime Minister of Portugal on 2 April 2024 at a ceremony in the Ajuda National Palace in Lisbon'",
            ),
            "more than eight years of Socialist government": c(
                SUPPORTED,
                "antonio-costa-2024",
                "Costa (Socialist) 'In office 26 November 2015 – 2 April 2024': more than eight years",
            ),
            "Montenegro, 51,": c(SUPPORTED, "luis-montenegro", "'born 16 February 1973': 51 on 2024-04-03"),
            "succeeds António Costa": c(SUPPORTED, "luis-montenegro", "'Predecessor: António Costa'"),
            "prime minister since 26 November 2015": c(
                SUPPORTED, "antonio-costa-2024", "'In office 26 November 2015 – 2 April 2024'"
            ),
            "resigned in November amid a corruption investigation": c(
                UNVERIFIED, "", "no stored page mentions the investigation"
            ),
            "President Marcelo Rebelo de Sousa": c(
                SUPPORTED,
                "luis-montenegro luis-montenegro-simple-wikipedia",
                "'Prime Minister of Portugal ... President: Marcelo Rebelo de Sousa'",
            ),
            "the 24th Constitutional Government": c(
                SUPPORTED,
                "luis-montenegro-explained",
                "'leads the 24th Constitutional Government' (the later en.wikipedia.org copy says 25th: the government formed after as_of)",
            ),
            "80 seats": c(
                SUPPORTED,
                "luis-montenegro-explained",
                "'The Democratic Alliance took the most seats in the election with 80'",
            ),
            "two more than the Socialist Party": c(
                SUPPORTED, "luis-montenegro-explained", "'with 80, two more than the Socialist Party'"
            ),
            "has led the Social Democratic Party since 2022": c(
                SUPPORTED, "luis-montenegro", "'he has been president of the Social Democratic Party (PSD) since 2022'"
            ),
            "a lawyer born in Porto": c(
                SUPPORTED, "luis-montenegro", "'Birth Place: Porto, Portugal'; 'Occupation: Lawyer, politician'"
            ),
            "a member of parliament for Aveiro from 2002 to 2018": c(
                SUPPORTED, "luis-montenegro", "'a member of the Assembly of the Republic from Aveiro from 2002 to 2018'"
            ),
            "led his party's parliamentary group between 2011 and 2017": c(
                SUPPORTED, "luis-montenegro", "'leading his party's parliamentary group between 2011 and 2017'"
            ),
            "He lost the 2020 leadership contest to Rui Rio": c(
                SUPPORTED,
                "luis-montenegro",
                "'After being defeated by Rui Rio in his party's 2020 leadership election'",
            ),
            "the new leader of the opposition is Pedro Nuno Santos": c(
                SUPPORTED,
                "luis-montenegro",
                "'Office2: Leader of the Opposition ... Term End2: 2 April 2024 ... Successor2: Pedro Nuno Santos'",
            ),
            "handed the party leadership to Pedro Nuno Santos": c(
                SUPPORTED,
                "antonio-costa-2024",
                "'Secretary-General of the Socialist Party In office 22 November 2014 – 7 January 2024 ... Succeeded byPedro Nuno Santos'",
            ),
            "Socialist leader Pedro Nuno Santos": c(
                SUPPORTED,
                "antonio-costa-2024",
                "Costa's successor as Secretary-General of the Socialist Party from 7 January 2024",
            ),
            "Costa, who led the Socialists from 2014": c(
                SUPPORTED, "antonio-costa-2024", "'Secretary-General of the Socialist Party In office 22 November 2014'"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-ordinal",
        "the 24th Constitutional Government",
        "the 23rd Constitutional Government",
        c(
            CONTRADICTED,
            "luis-montenegro-explained antonio-costa-2024",
            "'leads the 24th Constitutional Government'; the XXIII (2022–2024) was Costa's",
        ),
        "wrong ordinal",
    ),
    (
        "v02-place",
        "the Ajuda National Palace in Lisbon",
        "the São Bento Palace in Lisbon",
        c(CONTRADICTED, "luis-montenegro-simple-wikipedia", "'a ceremony in the Ajuda National Palace in Lisbon'"),
        "wrong place",
    ),
    (
        "v03-count",
        "80 seats",
        "88 seats",
        c(CONTRADICTED, "luis-montenegro-explained", "'took the most seats in the election with 80'"),
        "wrong count",
    ),
    (
        "v04-predecessor",
        "succeeds António Costa",
        "succeeds Pedro Passos Coelho",
        c(CONTRADICTED, "luis-montenegro", "'Predecessor: António Costa' (Passos Coelho preceded Costa)"),
        "wrong predecessor or successor",
    ),
    (
        "v05-prime-minister",
        "President Marcelo Rebelo de Sousa",
        "Prime Minister Marcelo Rebelo de Sousa",
        c(
            CONTRADICTED,
            "luis-montenegro",
            "his page: 'Office: Prime Minister of Portugal' with 'President: Marcelo Rebelo de Sousa'",
        ),
        "sibling office",
    ),
    (
        "v06-age",
        "Montenegro, 51,",
        "Montenegro, 55,",
        c(CONTRADICTED, "luis-montenegro", "'born 16 February 1973': 51 on 2024-04-03"),
        "wrong duration or age",
    ),
    (
        "v07-year",
        "a member of parliament for Aveiro from 2002 to 2018",
        "a member of parliament for Aveiro from 2002 to 2015",
        c(CONTRADICTED, "luis-montenegro", "'Term Start4: 4 April 2002 - Term End4: 5 April 2018'"),
        "wrong year",
    ),
    (
        "v08-date",
        "was sworn in as Prime Minister of Portugal on 2 April 2024",
        "was sworn in as Prime Minister of Portugal on 28 March 2024",
        c(
            CONTRADICTED,
            "luis-montenegro luis-montenegro-simple-wikipedia",
            "'Term Start: 2 April 2024'; 'sworn-in ... on 2 April 2024'",
        ),
        "wrong date",
    ),
    (
        "v09-past-holder",
        "Socialist leader Pedro Nuno Santos",
        "Socialist leader António Costa",
        c(
            CONTRADICTED,
            "antonio-costa-2024",
            "Costa 'Secretary-General of the Socialist Party In office 22 November 2014 – 7 January 2024'",
        ),
        "past holder as current",
    ),
    (
        "v10-successor",
        "handed the party leadership to Pedro Nuno Santos",
        "handed the party leadership to Fernando Medina",
        c(
            CONTRADICTED,
            "antonio-costa-2024",
            "'Succeeded byPedro Nuno Santos' (Medina succeeded him as Mayor of Lisbon)",
        ),
        "wrong predecessor or successor",
    ),
]:
    CHANGES.append(Change("pt-2024-04", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-full-name",
        "Montenegro, 51,",
        "Luís Filipe Montenegro Cardoso de Morais Esteves, 51,",
        c(
            SUPPORTED,
            "luis-montenegro",
            "'Birth Name: Luís Filipe Montenegro Cardoso de Morais Esteves'; born 16 February 1973",
        ),
    ),
    (
        "r02-abbreviation",
        "has led the Social Democratic Party since 2022",
        "has led the PSD since 2022",
        c(SUPPORTED, "luis-montenegro", "'president of the Social Democratic Party (PSD) since 2022'"),
    ),
]:
    CHANGES.append(Change("pt-2024-04", name, old, new, claim))

# ---------------------------------------------------------------- Japan: Kishida to Ishiba, September 2024
BASES.append(
    Base(
        "jp-2024-09",
        "2024-09-27",
        "tuning",
        """Ishiba wins ruling party runoff and is set to become Japan's prime minister

TOKYO - Former defence minister Shigeru Ishiba won the leadership of Japan's governing Liberal Democratic Party on Friday, beating Sanae Takaichi by 215 votes to 194 in a runoff.

Ishiba, 67, is due to be elected prime minister by parliament on 1 October. He will succeed Fumio Kishida, who announced on 14 August that he would not run for re-election as party president. Japanese Prime Minister Fumio Kishida congratulated the winner at the party's headquarters in Tokyo.

A record nine candidates ran for the presidency. Takaichi had led the first round with 181 votes to Ishiba's 154, but lawmakers swung behind Ishiba in the second round.

Ishiba, who was born in Tokyo's Chiyoda ward, has sat in the House of Representatives since 1986. He served as defence minister under Yasuo Fukuda from 2007 to 2008, and earlier headed the Japan Defense Agency from 2002 to 2004. He was the party's secretary-general from 2012 to 2014 under Shinzo Abe. Friday's win came at his fifth attempt at the leadership.

Kishida, 67, has led the government since 4 October 2021, when he succeeded Yoshihide Suga. Before that he was foreign minister under Abe from 2012 to 2017, and his popularity fell this year over a fundraising scandal in the party.

Ishiba told supporters he would work to restore trust in politics and is expected to name his cabinet after the parliamentary vote.
""",
        {
            "Former defence minister Shigeru Ishiba": c(
                SUPPORTED,
                "shigeru-ishiba",
                "'Minister of Defense In office 26 September 2007 – 2 August 2008': a former holder at 2024-09-27",
            ),
            "beating Sanae Takaichi by 215 votes to 194": c(
                SUPPORTED,
                "2024-liberal-democratic-party-presidential-election",
                "'Candidate Shigeru Ishiba Sanae Takaichi' - 'Runoff vote 215 (52.57%) 194 (47.43%)'",
            ),
            "Ishiba, 67,": c(SUPPORTED, "shigeru-ishiba", "'born 4 February 1957': 67 on 2024-09-27"),
            "elected prime minister by parliament on 1 October": c(
                SUPPORTED, "shigeru-ishiba", "'Prime Minister of Japan Assumed office 1 October 2024'"
            ),
            "He will succeed Fumio Kishida": c(
                SUPPORTED,
                "shigeru-ishiba fumio-kishida",
                "Ishiba 'Preceded byFumio Kishida'; Kishida 'Succeeded byShigeru Ishiba'",
            ),
            "announced on 14 August that he would not run for re-election": c(
                SUPPORTED,
                "2024-liberal-democratic-party-presidential-election",
                "'Fumio Kishida announced on 14 August that he would not run for re-election'",
            ),
            "Japanese Prime Minister Fumio Kishida": c(
                SUPPORTED,
                "fumio-kishida-2024 fumio-kishida prime-minister-of-japan-2024",
                "'Prime Minister of Japan Assumed office 4 October 2021'; later 'In office 4 October 2021 – 1 October 2024': covers 2024-09-27",
            ),
            "at the party's headquarters in Tokyo": c(
                UNVERIFIED, "", "no stored page says where the result was announced or congratulated"
            ),
            "A record nine candidates ran for the presidency": c(
                SUPPORTED,
                "2024-liberal-democratic-party-presidential-election",
                "'Nine candidates ran for the presidency, a record number'",
            ),
            "Takaichi had led the first round with 181 votes to Ishiba's 154": c(
                SUPPORTED,
                "2024-liberal-democratic-party-presidential-election",
                "'Candidate Shigeru Ishiba Sanae Takaichi' - 'First round 154 (20.95%) 181 (24.63%)'",
            ),
            "born in Tokyo's Chiyoda ward": c(
                SUPPORTED, "shigeru-ishiba", "'4 February 1957 (age 67) Chiyoda, Tokyo, Japan'"
            ),
            "has sat in the House of Representatives since 1986": c(
                SUPPORTED, "shigeru-ishiba", "'Member of the House of Representatives Assumed office 8 July 1986'"
            ),
            "defence minister under Yasuo Fukuda from 2007 to 2008": c(
                SUPPORTED,
                "shigeru-ishiba",
                "'Minister of Defense In office 26 September 2007 – 2 August 2008 Prime MinisterYasuo Fukuda'",
            ),
            "headed the Japan Defense Agency from 2002 to 2004": c(
                SUPPORTED,
                "shigeru-ishiba",
                "'Director-General of the Japan Defense Agency In office 30 September 2002 – 27 September 2004'",
            ),
            "the party's secretary-general from 2012 to 2014 under Shinzo Abe": c(
                SUPPORTED,
                "shigeru-ishiba",
                "'Secretary-General of the Liberal Democratic Party In office 26 September 2012 – 3 September 2014 PresidentShinzo Abe'",
            ),
            "his fifth attempt at the leadership": c(
                UNVERIFIED, "", "no stored page counts his earlier leadership bids"
            ),
            "Kishida, 67,": c(SUPPORTED, "fumio-kishida-2024 fumio-kishida", "'born 29 July 1957': 67 on 2024-09-27"),
            "has led the government since 4 October 2021": c(
                SUPPORTED,
                "fumio-kishida-2024 prime-minister-of-japan-2024",
                "'Prime Minister of Japan Assumed office 4 October 2021'; 'The current prime minister is Fumio Kishida since 4 October 2021'",
            ),
            "he succeeded Yoshihide Suga": c(
                SUPPORTED,
                "fumio-kishida-2024 fumio-kishida",
                "'Prime Minister of Japan Assumed office 4 October 2021 Preceded byYoshihide Suga'",
            ),
            "foreign minister under Abe from 2012 to 2017": c(
                SUPPORTED,
                "fumio-kishida-2024 fumio-kishida",
                "'served as Minister for Foreign Affairs from 2012 to 2017'; 'In office 26 December 2012 – 3 August 2017 Prime MinisterShinzo Abe'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-foreign-minister",
        "Japanese Prime Minister Fumio Kishida",
        "Japanese Foreign Minister Fumio Kishida",
        c(
            CONTRADICTED,
            "fumio-kishida-2024 fumio-kishida",
            "his foreign-minister terms ended 3 August 2017 and 10 November 2021; 'Prime Minister of Japan Assumed office 4 October 2021'",
        ),
        "sibling office",
    ),
    (
        "v02-deputy",
        "Japanese Prime Minister Fumio Kishida",
        "Japanese Deputy Prime Minister Fumio Kishida",
        c(
            CONTRADICTED,
            "fumio-kishida-2024",
            "'has served as Prime Minister of Japan ... since 2021', not as deputy",
        ),
        "vice or deputy",
    ),
    (
        "v03-successor-early",
        "Former defence minister Shigeru Ishiba",
        "Prime Minister Shigeru Ishiba",
        c(
            CONTRADICTED,
            "shigeru-ishiba fumio-kishida-2024",
            "Ishiba 'Prime Minister of Japan Assumed office 1 October 2024'; Kishida holds the office on 2024-09-27",
        ),
        "successor before taking office",
    ),
    (
        "v04-country",
        "Japanese Prime Minister Fumio Kishida",
        "South Korean Prime Minister Fumio Kishida",
        c(
            CONTRADICTED,
            "fumio-kishida-2024",
            "'has served as Prime Minister of Japan and President of the Liberal Democratic Party (LDP) since 2021'",
        ),
        "wrong country",
    ),
    (
        "v05-count",
        "A record nine candidates ran for the presidency",
        "A record eleven candidates ran for the presidency",
        c(
            CONTRADICTED,
            "2024-liberal-democratic-party-presidential-election",
            "'Nine candidates ran for the presidency, a record number'",
        ),
        "wrong count",
    ),
    (
        "v06-date",
        "announced on 14 August that he would not run for re-election",
        "announced on 24 August that he would not run for re-election",
        c(
            CONTRADICTED,
            "2024-liberal-democratic-party-presidential-election",
            "'Fumio Kishida announced on 14 August that he would not run for re-election'",
        ),
        "wrong date",
    ),
    (
        "v07-year",
        "has sat in the House of Representatives since 1986",
        "has sat in the House of Representatives since 1996",
        c(CONTRADICTED, "shigeru-ishiba", "'Member of the House of Representatives Assumed office 8 July 1986'"),
        "wrong year",
    ),
    (
        "v08-place",
        "born in Tokyo's Chiyoda ward",
        "born in Osaka",
        c(CONTRADICTED, "shigeru-ishiba", "'4 February 1957 (age 67) Chiyoda, Tokyo, Japan'"),
        "wrong place",
    ),
    (
        "v09-predecessor",
        "he succeeded Yoshihide Suga",
        "he succeeded Shinzo Abe",
        c(
            CONTRADICTED,
            "fumio-kishida-2024 fumio-kishida",
            "'Prime Minister of Japan Assumed office 4 October 2021 Preceded byYoshihide Suga'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v10-age",
        "Kishida, 67,",
        "Kishida, 63,",
        c(CONTRADICTED, "fumio-kishida-2024 fumio-kishida", "'born 29 July 1957': 67 on 2024-09-27, not 63"),
        "wrong duration or age",
    ),
    (
        "v11-past-holder",
        "Japanese Prime Minister Fumio Kishida",
        "Japanese Prime Minister Yoshihide Suga",
        c(
            CONTRADICTED,
            "fumio-kishida-2024 prime-minister-of-japan-2024",
            "Kishida 'Assumed office 4 October 2021 Preceded byYoshihide Suga'; 'Incumbent Fumio Kishida since 4 October 2021'",
        ),
        "past holder as current",
    ),
]:
    CHANGES.append(Change("jp-2024-09", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-apposition",
        "Former defence minister Shigeru Ishiba",
        "Shigeru Ishiba, a former defence minister,",
        c(
            SUPPORTED,
            "shigeru-ishiba",
            "'Minister of Defense In office 26 September 2007 – 2 August 2008': a former holder at 2024-09-27",
        ),
        "Shigeru Ishiba, a former defence minister",
    ),
    (
        "r02-score",
        "beating Sanae Takaichi by 215 votes to 194",
        "defeating Sanae Takaichi 215-194",
        c(
            SUPPORTED,
            "2024-liberal-democratic-party-presidential-election",
            "'Candidate Shigeru Ishiba Sanae Takaichi' - 'Runoff vote 215 (52.57%) 194 (47.43%)'",
        ),
        None,
    ),
]:
    CHANGES.append(Change("jp-2024-09", name, old, new, claim, key=key))

# ---------------------------------------------------------------- Japan: Kishida to Ishiba, October 2024
BASES.append(
    Base(
        "jp-2024-10",
        "2024-10-02",
        "held-out",
        """Ishiba takes office as Japan's prime minister

TOKYO - Shigeru Ishiba was elected prime minister by both houses of parliament on Tuesday, 1 October 2024, four days after he won the leadership of the Liberal Democratic Party.

Ishiba, 67, replaces Fumio Kishida. Kishida had been in office since 4 October 2021 and did not stand again for the party presidency.

Ishiba won the party vote on 27 September, beating Sanae Takaichi in the second round after nine candidates took part in the first. Ishiba sits for Tottori 1st in the lower house.

The new leader has been a member of the House of Representatives since 1986. He was minister of agriculture, forestry and fisheries under Tarō Asō from 2008 to 2009, and later the party's secretary-general.

Former Prime Minister Fumio Kishida wished his successor well at a farewell ceremony. Kishida, 67, had served as foreign minister from 2012 to 2017 before he led the government.

The office of prime minister dates from 22 December 1885, when Itō Hirobumi became its first holder. The prime minister's residence is the Kantei in Tokyo.

Japanese Prime Minister Shigeru Ishiba named his cabinet on Tuesday evening. He told reporters he intends to dissolve the lower house soon and seek a fresh mandate from voters, and he pledged to continue his predecessor's policy of raising wages.
""",
        {
            "by both houses of parliament": c(
                UNVERIFIED, "", "no stored page says how the Diet voted or in which houses"
            ),
            "on Tuesday, 1 October 2024": c(
                SUPPORTED, "shigeru-ishiba", "'Prime Minister of Japan Assumed office 1 October 2024' (a Tuesday)"
            ),
            "four days after he won the leadership": c(
                SUPPORTED,
                "shigeru-ishiba",
                "'President of the Liberal Democratic Party Assumed office 27 September 2024'; prime minister from 1 October 2024",
            ),
            "Ishiba, 67,": c(SUPPORTED, "shigeru-ishiba", "'born 4 February 1957': 67 on 2024-10-02"),
            "replaces Fumio Kishida": c(
                SUPPORTED,
                "shigeru-ishiba fumio-kishida",
                "Ishiba 'Preceded byFumio Kishida'; Kishida 'Succeeded byShigeru Ishiba'",
            ),
            "Kishida had been in office since 4 October 2021": c(
                SUPPORTED, "fumio-kishida", "'Prime Minister of Japan In office 4 October 2021 – 1 October 2024'"
            ),
            "Ishiba won the party vote on 27 September": c(
                SUPPORTED,
                "2024-liberal-democratic-party-presidential-election shigeru-ishiba",
                "'was held on 27 September 2024'; 'Elected President Shigeru Ishiba'",
            ),
            "beating Sanae Takaichi in the second round": c(
                SUPPORTED,
                "2024-liberal-democratic-party-presidential-election",
                "'Candidate Shigeru Ishiba Sanae Takaichi' - 'Runoff vote 215 (52.57%) 194 (47.43%)'",
            ),
            "nine candidates took part in the first": c(
                SUPPORTED,
                "2024-liberal-democratic-party-presidential-election",
                "'Nine candidates ran for the presidency, a record number'",
            ),
            "Ishiba sits for Tottori 1st": c(
                SUPPORTED,
                "2024-liberal-democratic-party-presidential-election",
                "'Candidate Shigeru Ishiba Sanae Takaichi Shinjirō Koizumi Leader's seat Tottori 1st'",
            ),
            "a member of the House of Representatives since 1986": c(
                SUPPORTED, "shigeru-ishiba", "'Member of the House of Representatives Assumed office 8 July 1986'"
            ),
            "minister of agriculture, forestry and fisheries under Tarō Asō from 2008 to 2009": c(
                SUPPORTED,
                "shigeru-ishiba",
                "'Minister of Agriculture, Forestry and Fisheries In office 24 September 2008 – 16 September 2009 Prime MinisterTarō Asō'",
            ),
            "Former Prime Minister Fumio Kishida": c(
                SUPPORTED,
                "fumio-kishida",
                "'Prime Minister of Japan In office 4 October 2021 – 1 October 2024': a former holder at 2024-10-02",
            ),
            "Kishida, 67,": c(
                SUPPORTED, "fumio-kishida", "'Born (1957-07-29) 29 July 1957 (age 67)': 67 on 2024-10-02"
            ),
            "foreign minister from 2012 to 2017": c(
                SUPPORTED,
                "fumio-kishida-2024 fumio-kishida",
                "'served as Minister for Foreign Affairs from 2012 to 2017'; 'In office 26 December 2012 – 3 August 2017'",
            ),
            "The office of prime minister dates from 22 December 1885": c(
                SUPPORTED, "prime-minister-of-japan prime-minister-of-japan-2024", "'Formation22 December 1885'"
            ),
            "Itō Hirobumi became its first holder": c(
                SUPPORTED, "prime-minister-of-japan prime-minister-of-japan-2024", "'Inaugural holderItō Hirobumi'"
            ),
            "The prime minister's residence is the Kantei in Tokyo": c(
                SUPPORTED,
                "prime-minister-of-japan-2024",
                "'ResidenceKantei SeatTokyo, Japan'",
            ),
            "Japanese Prime Minister Shigeru Ishiba": c(
                SUPPORTED,
                "shigeru-ishiba",
                "'has been the Prime Minister of Japan since 2024'; 'Prime Minister of Japan Assumed office 1 October 2024': covers 2024-10-02",
            ),
            "he intends to dissolve the lower house soon": c(
                UNVERIFIED, "", "a statement of intent; no stored page records it"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-past-holder",
        "Former Prime Minister Fumio Kishida",
        "Prime Minister Fumio Kishida",
        c(
            CONTRADICTED,
            "fumio-kishida shigeru-ishiba",
            "Kishida 'In office 4 October 2021 – 1 October 2024'; Ishiba 'Assumed office 1 October 2024'",
        ),
        "past holder as current",
    ),
    (
        "v02-defence-minister",
        "Japanese Prime Minister Shigeru Ishiba",
        "Japanese Defence Minister Shigeru Ishiba",
        c(
            CONTRADICTED,
            "shigeru-ishiba",
            "'Minister of Defense In office 26 September 2007 – 2 August 2008'; 'Prime Minister of Japan Assumed office 1 October 2024'",
        ),
        "sibling office",
    ),
    (
        "v03-deputy",
        "Japanese Prime Minister Shigeru Ishiba",
        "Japanese Deputy Prime Minister Shigeru Ishiba",
        c(
            CONTRADICTED,
            "shigeru-ishiba",
            "'has been the Prime Minister of Japan since 2024', not the deputy",
        ),
        "vice or deputy",
    ),
    (
        "v04-country",
        "Japanese Prime Minister Shigeru Ishiba",
        "South Korean Prime Minister Shigeru Ishiba",
        c(CONTRADICTED, "shigeru-ishiba", "'Japanese politician who has been the Prime Minister of Japan since 2024'"),
        "wrong country",
    ),
    (
        "v05-date",
        "Ishiba won the party vote on 27 September",
        "Ishiba won the party vote on 20 September",
        c(
            CONTRADICTED,
            "2024-liberal-democratic-party-presidential-election shigeru-ishiba",
            "'was held on 27 September 2024'; 'President of the Liberal Democratic Party Assumed office 27 September 2024'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "Kishida had been in office since 4 October 2021",
        "Kishida had been in office since 4 October 2020",
        c(CONTRADICTED, "fumio-kishida", "'Prime Minister of Japan In office 4 October 2021 – 1 October 2024'"),
        "wrong year",
    ),
    (
        "v07-place",
        "Ishiba sits for Tottori 1st",
        "Ishiba sits for Kanagawa 11th",
        c(
            CONTRADICTED,
            "2024-liberal-democratic-party-presidential-election",
            "'Candidate Shigeru Ishiba Sanae Takaichi Shinjirō Koizumi Leader's seat Tottori 1st Nara 2nd Kanagawa 11th': Kanagawa 11th is Koizumi's",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "replaces Fumio Kishida",
        "replaces Yoshihide Suga",
        c(
            CONTRADICTED,
            "shigeru-ishiba fumio-kishida",
            "Ishiba 'Preceded byFumio Kishida'; Suga was Kishida's predecessor ('Preceded byYoshihide Suga')",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-duration",
        "four days after he won the leadership",
        "two weeks after he won the leadership",
        c(
            CONTRADICTED,
            "shigeru-ishiba",
            "'President of the Liberal Democratic Party Assumed office 27 September 2024'; 'Prime Minister of Japan Assumed office 1 October 2024': four days",
        ),
        "wrong duration or age",
    ),
    (
        "v10-count",
        "nine candidates took part in the first",
        "seven candidates took part in the first",
        c(
            CONTRADICTED,
            "2024-liberal-democratic-party-presidential-election",
            "'Nine candidates ran for the presidency, a record number'",
        ),
        "wrong count",
    ),
]:
    CHANGES.append(Change("jp-2024-10", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-aged",
        "Ishiba, 67,",
        "Ishiba, aged 67,",
        c(SUPPORTED, "shigeru-ishiba", "'born 4 February 1957': 67 on 2024-10-02"),
    ),
    (
        "r02-created",
        "The office of prime minister dates from 22 December 1885",
        "The office of prime minister was created on 22 December 1885",
        c(SUPPORTED, "prime-minister-of-japan prime-minister-of-japan-2024", "'Formation22 December 1885'"),
    ),
]:
    CHANGES.append(Change("jp-2024-10", name, old, new, claim))

# ---------------------------------------------------------------- Germany: Scholz to Merz, February 2025
BASES.append(
    Base(
        "de-2025-02",
        "2025-02-24",
        "tuning",
        """Merz's conservatives win German election as Scholz's Social Democrats slump

BERLIN - Germany's conservative CDU/CSU alliance won Sunday's snap federal election, putting its leader Friedrich Merz on course to become the next chancellor.

The Union took 208 of the 630 seats in the Bundestag, short of the 316 needed for a majority. The Alternative for Germany came second with 152 seats, and the Social Democrats fell to 120 seats. Turnout was 82.5%.

Chancellor Olaf Scholz called the result bitter. Scholz has been chancellor since 8 December 2021, when he succeeded Angela Merkel. He was previously her vice chancellor and finance minister from 2018 to 2021, and before that First Mayor of Hamburg from 2011 to 2018.

The vote was the fourth snap election in post-war Germany, after those of 1972, 1983 and 2005. It had been due on 28 September 2025 but was brought forward after Scholz lost a confidence vote on 16 December.

Merz, 69, has led the Christian Democratic Union since January 2022 and is the Leader of the Opposition. Born in Brilon, he sat in the European Parliament from 1989 to 1994 and in the Bundestag from 1994 to 2009.

Coalition talks are expected to start within days. Merz said he hoped to form a coalition by Easter, and ruled out any cooperation with the AfD.
""",
        {
            "208 of the 630 seats": c(
                SUPPORTED,
                "2025-german-federal-election",
                "'All 630 seats in the Bundestag' - 'Party CDU/CSU AfD SPD' - 'Seats won 208 152 120'",
            ),
            "short of the 316 needed for a majority": c(
                SUPPORTED,
                "2025-german-federal-election 2025-german-federal-election-2024",
                "'316 seats needed for a majority'",
            ),
            "came second with 152 seats": c(
                SUPPORTED, "2025-german-federal-election", "'Party CDU/CSU AfD SPD' - 'Seats won 208 152 120'"
            ),
            "fell to 120 seats": c(
                SUPPORTED,
                "2025-german-federal-election",
                "'Party CDU/CSU AfD SPD' - 'Seats won 208 152 120' - 'Seat change Increase 11 Increase 69 Decrease 86'",
            ),
            "Turnout was 82.5%": c(SUPPORTED, "2025-german-federal-election", "'Turnout82.5%'"),
            "Chancellor Olaf Scholz": c(
                SUPPORTED,
                "olaf-scholz chancellor-of-germany-2024 friedrich-merz chancellor-of-germany",
                "'has served as the chancellor of Germany since 8 December 2021'; Merz 'Leader of the Opposition In office 15 February 2022 – 5 May 2025 ChancellorOlaf Scholz'; 'Olaf Scholz (SPD), 2021–2025': covers 2025-02-24",
            ),
            "chancellor since 8 December 2021": c(
                SUPPORTED, "olaf-scholz", "'Chancellor of Germany Assumed office 8 December 2021'"
            ),
            "he succeeded Angela Merkel": c(
                SUPPORTED,
                "olaf-scholz chancellor-of-germany-2024",
                "'Preceded byAngela Merkel'; 'The current officeholder is Olaf Scholz of the SPD, who was elected in December 2021, succeeding Angela Merkel'",
            ),
            "vice chancellor and finance minister from 2018 to 2021": c(
                SUPPORTED,
                "olaf-scholz",
                "'Vice Chancellor of Germany In office 14 March 2018  8 December 2021 ChancellorAngela Merkel' - 'Minister of Finance In office 14 March 2018  8 December 2021'",
            ),
            "First Mayor of Hamburg from 2011 to 2018": c(
                SUPPORTED, "olaf-scholz", "'First Mayor of Hamburg In office 7 March 2011  13 March 2018'"
            ),
            "the fourth snap election in post-war Germany": c(
                SUPPORTED,
                "2025-german-federal-election-2024",
                "'The 2025-election would be the fourth snap election in the history of post-war Germany after 1972, 1983 and 2005' (written before the vote, which was held on 23 February 2025)",
            ),
            "It had been due on 28 September 2025": c(
                SUPPORTED,
                "2025-german-federal-election-2024",
                "'They are currently scheduled to be held on 28 September 2025'",
            ),
            "after Scholz lost a confidence vote on 16 December": c(
                UNVERIFIED,
                "2025-german-federal-election-2024",
                "the stored copy predates the vote: 'which is expected to be voted on on 16 December 2024'; no stored page gives its outcome",
            ),
            "Merz, 69,": c(SUPPORTED, "friedrich-merz", "'11 November 1955 (age 69)': 69 on 2025-02-24"),
            "has led the Christian Democratic Union since January 2022": c(
                SUPPORTED, "friedrich-merz", "'Leader of the Christian Democratic Union Assumed office 31 January 2022'"
            ),
            "is the Leader of the Opposition": c(
                SUPPORTED,
                "friedrich-merz",
                "'Leader of the Opposition In office 15 February 2022 – 5 May 2025': covers 2025-02-24",
            ),
            "Born in Brilon": c(SUPPORTED, "friedrich-merz", "'11 November 1955 (age 69) Brilon, West Germany'"),
            "sat in the European Parliament from 1989 to 1994": c(
                SUPPORTED,
                "friedrich-merz",
                "'Member of the European Parliament for North Rhine-Westphalia In office 22 July 1989 – 19 July 1994'",
            ),
            "in the Bundestag from 1994 to 2009": c(
                SUPPORTED, "friedrich-merz", "'In office 10 November 1994 – 27 October 2009'"
            ),
            "hoped to form a coalition by Easter": c(
                UNVERIFIED, "", "a statement of Merz after the vote; no stored page records it"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-vice-chancellor",
        "Chancellor Olaf Scholz",
        "Vice Chancellor Olaf Scholz",
        c(
            CONTRADICTED,
            "olaf-scholz",
            "'Vice Chancellor of Germany In office 14 March 2018  8 December 2021'; since then 'Chancellor of Germany Assumed office 8 December 2021'",
        ),
        "vice or deputy",
    ),
    (
        "v02-successor-early",
        "Chancellor Olaf Scholz",
        "Chancellor Friedrich Merz",
        c(
            CONTRADICTED,
            "friedrich-merz chancellor-of-germany",
            "'Chancellor of Germany Assumed office 6 May 2025'; on 2025-02-24 'Leader of the Opposition In office 15 February 2022 – 5 May 2025 ChancellorOlaf Scholz'",
        ),
        "successor before taking office",
    ),
    (
        "v03-seats",
        "208 of the 630 seats",
        "208 of the 598 seats",
        c(CONTRADICTED, "2025-german-federal-election", "'All 630 seats in the Bundestag'"),
        "wrong count",
    ),
    (
        "v04-date",
        "chancellor since 8 December 2021",
        "chancellor since 8 November 2021",
        c(CONTRADICTED, "olaf-scholz", "'Chancellor of Germany Assumed office 8 December 2021'"),
        "wrong date",
    ),
    (
        "v05-year",
        "sat in the European Parliament from 1989 to 1994",
        "sat in the European Parliament from 1984 to 1994",
        c(
            CONTRADICTED,
            "friedrich-merz",
            "'Member of the European Parliament for North Rhine-Westphalia In office 22 July 1989 – 19 July 1994'",
        ),
        "wrong year",
    ),
    (
        "v06-place",
        "Born in Brilon",
        "Born in Bonn",
        c(CONTRADICTED, "friedrich-merz", "'11 November 1955 (age 69) Brilon, West Germany'"),
        "wrong place",
    ),
    (
        "v07-predecessor",
        "he succeeded Angela Merkel",
        "he succeeded Gerhard Schröder",
        c(
            CONTRADICTED,
            "olaf-scholz chancellor-of-germany-2024",
            "'Chancellor of Germany Assumed office 8 December 2021 Vice Chancellor Preceded byAngela Merkel'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v08-age",
        "Merz, 69,",
        "Merz, 72,",
        c(CONTRADICTED, "friedrich-merz", "'11 November 1955 (age 69)': 69 on 2025-02-24, not 72"),
        "wrong duration or age",
    ),
    (
        "v09-ordinal",
        "the fourth snap election in post-war Germany",
        "the third snap election in post-war Germany",
        c(
            CONTRADICTED,
            "2025-german-federal-election-2024",
            "'would be the fourth snap election in the history of post-war Germany after 1972, 1983 and 2005'",
        ),
        "wrong ordinal",
    ),
    (
        "v10-finance-minister",
        "Chancellor Olaf Scholz",
        "Finance Minister Olaf Scholz",
        c(
            CONTRADICTED,
            "olaf-scholz",
            "'Minister of Finance In office 14 March 2018  8 December 2021' - 'Succeeded byChristian Lindner'; at 2025-02-24 he is chancellor",
        ),
        "sibling office",
    ),
]:
    CHANGES.append(Change("de-2025-02", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-aged",
        "Merz, 69,",
        "Merz, aged 69,",
        c(SUPPORTED, "friedrich-merz", "'11 November 1955 (age 69)': 69 on 2025-02-24"),
    ),
    (
        "r02-native",
        "Born in Brilon",
        "A native of Brilon",
        c(SUPPORTED, "friedrich-merz", "'11 November 1955 (age 69) Brilon, West Germany'"),
    ),
]:
    CHANGES.append(Change("de-2025-02", name, old, new, claim))

# ---------------------------------------------------------------- Germany: Scholz to Merz, May 2025
BASES.append(
    Base(
        "de-2025-05",
        "2025-05-07",
        "held-out",
        """Merz elected German chancellor at the second attempt

BERLIN - Friedrich Merz was elected chancellor of Germany by the Bundestag on Tuesday, 6 May 2025, hours after he failed to win a majority in a first ballot, a setback no incoming chancellor had suffered before.

Merz won 325 votes in the second round. President Frank-Walter Steinmeier appointed him later in the day, and he succeeded Olaf Scholz.

Merz, 69, is the tenth chancellor of the Federal Republic and the first CDU chancellor since Angela Merkel. He leads a coalition of the CDU/CSU and the Social Democrats. Vice Chancellor Lars Klingbeil and the other ministers were sworn in the same evening.

Merz has led the Christian Democratic Union since January 2022 and had been Leader of the Opposition since February 2022, when he took over from Ralph Brinkhaus. He first entered the Bundestag in 1994 and returned to it in October 2021 after twelve years out of parliament. His alliance won 208 seats in February's election.

Former chancellor Olaf Scholz led the government for nearly three and a half years and stays on as an ordinary member of parliament.

Chancellor Friedrich Merz is due to travel to Paris and Warsaw on Wednesday, his first trips abroad in office, and has promised to restore Germany's voice in Europe.
""",
        {
            "elected chancellor of Germany by the Bundestag on Tuesday, 6 May 2025": c(
                SUPPORTED,
                "friedrich-merz chancellor-of-germany",
                "'Chancellor of Germany Assumed office 6 May 2025'; 'The current chancellor is Friedrich Merz (CDU) since 6 May 2025'",
            ),
            "after he failed to win a majority in a first ballot": c(
                UNVERIFIED, "", "no stored page records the ballots of 6 May 2025"
            ),
            "Merz won 325 votes in the second round": c(
                UNVERIFIED, "", "no stored page gives the vote count of the chancellor election"
            ),
            "President Frank-Walter Steinmeier": c(
                SUPPORTED,
                "friedrich-merz",
                "'Chancellor of Germany Assumed office 6 May 2025 PresidentFrank-Walter Steinmeier'",
            ),
            "he succeeded Olaf Scholz": c(
                SUPPORTED,
                "friedrich-merz chancellor-of-germany",
                "'Preceded byOlaf Scholz'; 'Olaf Scholz (SPD), 2021–2025' - 'Friedrich Merz (CDU), 2025–present'",
            ),
            "Merz, 69,": c(SUPPORTED, "friedrich-merz", "'11 November 1955 (age 69)': 69 on 2025-05-07"),
            "the tenth chancellor of the Federal Republic": c(
                SUPPORTED,
                "friedrich-merz chancellor-of-germany",
                "'tenth Chancellor of the Federal Republic of Germany'; the list 'Chancellors since 1949' has ten names, Merz last",
            ),
            "the first CDU chancellor since Angela Merkel": c(
                SUPPORTED,
                "chancellor-of-germany",
                "'Angela Merkel (CDU), 2005–2021' - 'Olaf Scholz (SPD), 2021–2025' - 'Friedrich Merz (CDU), 2025–present'",
            ),
            "a coalition of the CDU/CSU and the Social Democrats": c(
                UNVERIFIED, "", "no stored page names the parties of the Merz government"
            ),
            "Vice Chancellor Lars Klingbeil": c(SUPPORTED, "friedrich-merz", "'Vice ChancellorLars Klingbeil'"),
            "has led the Christian Democratic Union since January 2022": c(
                SUPPORTED, "friedrich-merz", "'Leader of the Christian Democratic Union Assumed office 31 January 2022'"
            ),
            "Leader of the Opposition since February 2022": c(
                SUPPORTED, "friedrich-merz", "'Leader of the Opposition In office 15 February 2022 – 5 May 2025'"
            ),
            "took over from Ralph Brinkhaus": c(
                SUPPORTED,
                "friedrich-merz",
                "'Leader of the Opposition In office 15 February 2022 – 5 May 2025 ChancellorOlaf Scholz Preceded byRalph Brinkhaus'",
            ),
            "first entered the Bundestag in 1994": c(
                SUPPORTED,
                "friedrich-merz",
                "'In office 10 November 1994 – 27 October 2009 Preceded byFerdinand Tillmann'",
            ),
            "returned to it in October 2021": c(
                SUPPORTED,
                "friedrich-merz",
                "'Member of the Bundestag for Template:Langr Assumed office 26 October 2021'",
            ),
            "after twelve years out of parliament": c(
                SUPPORTED,
                "friedrich-merz",
                "'10 November 1994 – 27 October 2009' then 'Assumed office 26 October 2021': twelve years out of the Bundestag",
            ),
            "won 208 seats in February's election": c(
                SUPPORTED,
                "2025-german-federal-election",
                "'23 February 2025' - 'Party CDU/CSU AfD SPD' - 'Seats won 208 152 120'",
            ),
            "Former chancellor Olaf Scholz": c(
                SUPPORTED,
                "chancellor-of-germany friedrich-merz",
                "'Olaf Scholz (SPD), 2021–2025'; Merz 'Chancellor of Germany Assumed office 6 May 2025 PresidentFrank-Walter Steinmeier Vice ChancellorLars Klingbeil Preceded byOlaf Scholz'",
            ),
            "nearly three and a half years": c(
                SUPPORTED,
                "olaf-scholz friedrich-merz",
                "'Chancellor of Germany Assumed office 8 December 2021' until Merz 'Assumed office 6 May 2025': three years and five months",
            ),
            "Chancellor Friedrich Merz": c(
                SUPPORTED,
                "friedrich-merz chancellor-of-germany",
                "'Chancellor of Germany Assumed office 6 May 2025'; 'The current chancellor is Friedrich Merz (CDU) since 6 May 2025': covers 2025-05-07",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-past-holder",
        "Chancellor Friedrich Merz",
        "Chancellor Olaf Scholz",
        c(
            CONTRADICTED,
            "friedrich-merz chancellor-of-germany",
            "'Olaf Scholz (SPD), 2021–2025' - 'Friedrich Merz (CDU), 2025–present'; Merz 'Assumed office 6 May 2025 PresidentFrank-Walter Steinmeier Vice ChancellorLars Klingbeil Preceded byOlaf Scholz'",
        ),
        "past holder as current",
    ),
    (
        "v02-country",
        "Chancellor Friedrich Merz",
        "Austrian Chancellor Friedrich Merz",
        c(
            CONTRADICTED,
            "friedrich-merz",
            "'Chancellor of Germany Assumed office 6 May 2025'; born in 'Brilon, West Germany', a German politician",
        ),
        "wrong country",
    ),
    (
        "v03-vice-dropped",
        "Vice Chancellor Lars Klingbeil",
        "Chancellor Lars Klingbeil",
        c(
            CONTRADICTED,
            "friedrich-merz chancellor-of-germany",
            "'The current chancellor is Friedrich Merz (CDU) since 6 May 2025'; Klingbeil is 'Vice ChancellorLars Klingbeil'",
        ),
        "vice or deputy",
    ),
    (
        "v04-ordinal",
        "the tenth chancellor of the Federal Republic",
        "the ninth chancellor of the Federal Republic",
        c(CONTRADICTED, "friedrich-merz", "'tenth Chancellor of the Federal Republic of Germany'"),
        "wrong ordinal",
    ),
    (
        "v05-date",
        "Leader of the Opposition since February 2022",
        "Leader of the Opposition since September 2022",
        c(CONTRADICTED, "friedrich-merz", "'Leader of the Opposition In office 15 February 2022 – 5 May 2025'"),
        "wrong date",
    ),
    (
        "v06-year",
        "first entered the Bundestag in 1994",
        "first entered the Bundestag in 1990",
        c(
            CONTRADICTED,
            "friedrich-merz",
            "'In office 10 November 1994 – 27 October 2009 Preceded byFerdinand Tillmann'; before that 'Member of the European Parliament' - 'In office 22 July 1989 – 19 July 1994'",
        ),
        "wrong year",
    ),
    (
        "v07-predecessor",
        "took over from Ralph Brinkhaus",
        "took over from Wolfgang Schäuble",
        c(
            CONTRADICTED,
            "friedrich-merz",
            "'Leader of the Opposition In office 15 February 2022 – 5 May 2025 ChancellorOlaf Scholz Preceded byRalph Brinkhaus'; Schäuble preceded him only in 2000",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v08-duration",
        "after twelve years out of parliament",
        "after eight years out of parliament",
        c(
            CONTRADICTED,
            "friedrich-merz",
            "'10 November 1994 – 27 October 2009' then 'Assumed office 26 October 2021': twelve years, not eight",
        ),
        "wrong duration or age",
    ),
    (
        "v09-seats",
        "won 208 seats in February's election",
        "won 280 seats in February's election",
        c(CONTRADICTED, "2025-german-federal-election", "'Party CDU/CSU AfD SPD' - 'Seats won 208 152 120'"),
        "wrong count",
    ),
]:
    CHANGES.append(Change("de-2025-05", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-aged",
        "Merz, 69,",
        "Merz, aged 69,",
        c(SUPPORTED, "friedrich-merz", "'11 November 1955 (age 69)': 69 on 2025-05-07"),
    ),
    (
        "r02-tenth",
        "the tenth chancellor of the Federal Republic",
        "the Federal Republic's tenth chancellor",
        c(SUPPORTED, "friedrich-merz", "'tenth Chancellor of the Federal Republic of Germany'"),
    ),
]:
    CHANGES.append(Change("de-2025-05", name, old, new, claim))

# ---------------------------------------------------------------- Canada: Trudeau to Carney, 10 March 2025
BASES.append(
    Base(
        "ca-2025-03-10",
        "2025-03-10",
        "tuning",
        """Carney wins Liberal leadership and will succeed Trudeau within days

OTTAWA - Former central banker Mark Carney was elected leader of the Liberal Party on Sunday, taking 85.9% of the points on the first ballot, and will replace Justin Trudeau as prime minister in the coming days.

The result was announced at the Rogers Centre in Ottawa. Carney won a majority in all 343 ridings and beat three rivals: former finance minister Chrystia Freeland, who came second with 8% of the points, Karina Gould and Frank Baylis. Turnout was 92.7%.

Prime Minister Justin Trudeau said on January 6 that he would resign once the party had chosen a new leader. Trudeau, the country's 23rd prime minister, has held the office since November 4, 2015. He succeeded Stephen Harper, and he led the party from April 2013 until Sunday. His departure will end more than nine years in office.

Carney, 59, has never held elected office. Born in Fort Smith, Northwest Territories, he was governor of the Bank of Canada from 2008 to 2013 and governor of the Bank of England from 2013 to 2020. From 2011 to 2018 he chaired the Financial Stability Board, where he succeeded Mario Draghi.

Carney is expected to take office as the 24th prime minister within days. In his victory speech, Liberal leader Mark Carney said Canada would never be part of the United States.
""",
        {
            "Former central banker Mark Carney": c(
                SUPPORTED,
                "mark-carney",
                "'120th Governor of the Bank of England In office July 1, 2013 – March 15, 2020' - '8th Governor of the Bank of Canada In office February 1, 2008 – June 3, 2013': both terms over by 2025-03-10",
            ),
            "elected leader of the Liberal Party on Sunday": c(
                SUPPORTED,
                "mark-carney 2025-liberal-party-of-canada-leadership-election-march-2025",
                "'Leader of the Liberal Party Assumed office March 9, 2025'; 'DateMarch 9, 2025' - 'Won byMark Carney' (9 March 2025 was the Sunday before as_of)",
            ),
            "taking 85.9% of the points on the first ballot": c(
                SUPPORTED,
                "2025-liberal-party-of-canada-leadership-election-march-2025",
                "'Candidate Mark Carney Chrystia Freeland' - 'Points 29,456.91 (85.9%)'; 'won on the first round of counting with over 85% of the vote and points'",
            ),
            "announced at the Rogers Centre in Ottawa": c(
                SUPPORTED,
                "2025-liberal-party-of-canada-leadership-election-march-2025",
                "'ConventionRogers Centre, Ottawa'",
            ),
            "won a majority in all 343 ridings": c(
                SUPPORTED,
                "2025-liberal-party-of-canada-leadership-election-march-2025 2025-liberal-party-of-canada-leadership-election",
                "'as well as a majority in all 343 ridings'",
            ),
            "beat three rivals": c(
                SUPPORTED,
                "2025-liberal-party-of-canada-leadership-election-march-2025",
                "'Won byMark Carney Candidates4': Carney and three others",
            ),
            "former finance minister Chrystia Freeland": c(
                SUPPORTED,
                "2025-liberal-party-of-canada-leadership-election",
                "'Chrystia Freeland | Deputy Prime Minister of Canada(2019–2024)Minister of Finance(2020–2024)'",
            ),
            "came second with 8% of the points": c(
                SUPPORTED,
                "2025-liberal-party-of-canada-leadership-election-march-2025",
                "'Candidate Mark Carney Chrystia Freeland' - 'Points 29,456.91 (85.9%)[1] 2,728.57 (8.0%)'",
            ),
            "Turnout was 92.7%": c(
                SUPPORTED, "2025-liberal-party-of-canada-leadership-election-march-2025", "'Turnout151,899 (92.7%)'"
            ),
            "Prime Minister Justin Trudeau": c(
                SUPPORTED,
                "justin-trudeau list-of-prime-ministers-of-canada-2024 mark-carney",
                "'23rd Prime Minister of Canada In office November 4, 2015 – March 14, 2025': covers 2025-03-10; 'The 23rd and current prime minister is Justin Trudeau'; Carney 'Assumed office March 14, 2025' - 'Preceded byJustin Trudeau'",
            ),
            "said on January 6 that he would resign": c(
                SUPPORTED,
                "2025-liberal-party-of-canada-leadership-election-march-2025",
                "'following his announcement on January 6, 2025, of his intention to resign as party leader and as prime minister of Canada'",
            ),
            "the country's 23rd prime minister": c(
                SUPPORTED,
                "justin-trudeau justin-trudeau-2021 list-of-prime-ministers-of-canada-2024",
                "'23rd Prime Minister of Canada'; 'has served as the 23rd prime minister of Canada since 2015'",
            ),
            "has held the office since November 4, 2015": c(
                SUPPORTED,
                "justin-trudeau list-of-prime-ministers-of-canada-2024",
                "'In office November 4, 2015 – March 14, 2025'; 'who assumed office on 4 November 2015'",
            ),
            "He succeeded Stephen Harper": c(
                SUPPORTED, "justin-trudeau", "'November 4, 2015 – March 14, 2025' - 'Preceded byStephen Harper'"
            ),
            "led the party from April 2013 until Sunday": c(
                SUPPORTED,
                "justin-trudeau",
                "'Leader of the Liberal Party In office April 14, 2013 – March 9, 2025' (9 March 2025 was the Sunday before as_of)",
            ),
            "more than nine years in office": c(
                SUPPORTED,
                "justin-trudeau",
                "'23rd Prime Minister of Canada In office November 4, 2015 – March 14, 2025': nine years and four months",
            ),
            "Carney, 59,": c(
                SUPPORTED,
                "mark-carney",
                "'March 16, 1965 (age 60)': born 16 March 1965, so 59 on 2025-03-10 (the copy's '(age 60)' is its own, later date's)",
            ),
            "has never held elected office": c(
                SUPPORTED,
                "2025-liberal-party-of-canada-leadership-election 2025-liberal-party-of-canada-leadership-election-march-2025",
                "'the first prime minister in Canadian history to not have previously held elected office'",
            ),
            "Born in Fort Smith, Northwest Territories": c(
                SUPPORTED, "mark-carney", "'March 16, 1965 (age 60) Fort Smith, Northwest Territories, Canada'"
            ),
            "governor of the Bank of Canada from 2008 to 2013": c(
                SUPPORTED,
                "mark-carney",
                "'8th Governor of the Bank of Canada In office February 1, 2008 – June 3, 2013'",
            ),
            "governor of the Bank of England from 2013 to 2020": c(
                SUPPORTED,
                "mark-carney",
                "'120th Governor of the Bank of England In office July 1, 2013 – March 15, 2020'",
            ),
            "From 2011 to 2018 he chaired the Financial Stability Board": c(
                SUPPORTED,
                "mark-carney",
                "'2nd Chair of the Financial Stability Board In office November 4, 2011 – November 26, 2018'",
            ),
            "where he succeeded Mario Draghi": c(
                SUPPORTED,
                "mark-carney",
                "'Chair of the Financial Stability Board In office November 4, 2011 – November 26, 2018 Preceded byMario Draghi'",
            ),
            "expected to take office as the 24th prime minister within days": c(
                SUPPORTED,
                "mark-carney list-of-prime-ministers-of-canada",
                "'24th Prime Minister of Canada Assumed office March 14, 2025' (four days after as_of); 'The 24th and current prime minister isMark Carney'",
            ),
            "Liberal leader Mark Carney": c(
                SUPPORTED, "mark-carney", "'Leader of the Liberal Party Assumed office March 9, 2025'"
            ),
            "said Canada would never be part of the United States": c(
                UNVERIFIED, "", "a statement in Carney's victory speech; no stored page records it"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-deputy-prime-minister",
        "Prime Minister Justin Trudeau",
        "Deputy Prime Minister Justin Trudeau",
        c(
            CONTRADICTED,
            "justin-trudeau",
            "'23rd Prime Minister of Canada In office November 4, 2015 – March 14, 2025 Monarchs Governors General DeputyChrystia Freeland (2019–2024)': he was the prime minister, she his deputy",
        ),
        "vice or deputy",
    ),
    (
        "v02-successor-early",
        "Liberal leader Mark Carney",
        "Prime Minister Mark Carney",
        c(
            CONTRADICTED,
            "mark-carney justin-trudeau",
            "'24th Prime Minister of Canada Assumed office March 14, 2025', after 2025-03-10; Trudeau 'In office November 4, 2015 – March 14, 2025'",
        ),
        "successor before taking office",
    ),
    (
        "v03-ridings",
        "won a majority in all 343 ridings",
        "won a majority in all 338 ridings",
        c(
            CONTRADICTED,
            "2025-liberal-party-of-canada-leadership-election-march-2025",
            "'as well as a majority in all 343 ridings'",
        ),
        "wrong count",
    ),
    (
        "v04-date",
        "said on January 6 that he would resign",
        "said on January 16 that he would resign",
        c(
            CONTRADICTED,
            "2025-liberal-party-of-canada-leadership-election-march-2025",
            "'following his announcement on January 6, 2025, of his intention to resign'",
        ),
        "wrong date",
    ),
    (
        "v05-year",
        "has held the office since November 4, 2015",
        "has held the office since November 4, 2013",
        c(
            CONTRADICTED,
            "justin-trudeau list-of-prime-ministers-of-canada-2024",
            "'In office November 4, 2015 – March 14, 2025'; 'who assumed office on 4 November 2015'",
        ),
        "wrong year",
    ),
    (
        "v06-birthplace",
        "Born in Fort Smith, Northwest Territories",
        "Born in Edmonton, Alberta",
        c(CONTRADICTED, "mark-carney", "'March 16, 1965 (age 60) Fort Smith, Northwest Territories, Canada'"),
        "wrong place",
    ),
    (
        "v07-predecessor",
        "He succeeded Stephen Harper",
        "He succeeded Paul Martin",
        c(
            CONTRADICTED,
            "justin-trudeau",
            "'23rd Prime Minister of Canada In office November 4, 2015 – March 14, 2025' - 'Preceded byStephen Harper'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v08-age",
        "Carney, 59,",
        "Carney, 60,",
        c(
            CONTRADICTED,
            "mark-carney",
            "'March 16, 1965 (age 60)': born 16 March 1965, so 59 on 2025-03-10, 60 only from 16 March (the copy's age is its own, later date's)",
        ),
        "wrong duration or age",
    ),
    (
        "v09-ordinal",
        "the country's 23rd prime minister",
        "the country's 22nd prime minister",
        c(
            CONTRADICTED,
            "justin-trudeau justin-trudeau-2021",
            "'23rd Prime Minister of Canada'; 'has served as the 23rd prime minister of Canada since 2015'",
        ),
        "wrong ordinal",
    ),
    (
        "v10-intergovernmental-affairs",
        "Prime Minister Justin Trudeau",
        "Intergovernmental Affairs Minister Justin Trudeau",
        c(
            CONTRADICTED,
            "justin-trudeau",
            "'Minister of Intergovernmental Affairs and Youth In office November 4, 2015 – July 18, 2018'; on 2025-03-10 he is '23rd Prime Minister of Canada'",
        ),
        "sibling office",
    ),
    (
        "v11-country",
        "Prime Minister Justin Trudeau",
        "Australian Prime Minister Justin Trudeau",
        c(
            CONTRADICTED,
            "justin-trudeau",
            "'23rd Prime Minister of Canada In office November 4, 2015 – March 14, 2025'",
        ),
        "wrong country",
    ),
    (
        "v12-past-holder",
        "Former central banker Mark Carney",
        "Bank of England Governor Mark Carney",
        c(
            CONTRADICTED,
            "mark-carney",
            "'120th Governor of the Bank of England In office July 1, 2013 – March 15, 2020' - 'Succeeded byAndrew Bailey'",
        ),
        "past holder as current",
    ),
    (
        "v13-deputy-governor",
        "governor of the Bank of Canada from 2008 to 2013",
        "deputy governor of the Bank of Canada from 2008 to 2013",
        c(
            CONTRADICTED,
            "mark-carney",
            "'8th Governor of the Bank of Canada In office February 1, 2008 – June 3, 2013'; he was deputy governor earlier: 'Deputy Governor of the Bank of Canada In office August 10, 2003 – November 15, 2004'",
        ),
        "vice or deputy",
    ),
    (
        "v14-duration",
        "more than nine years in office",
        "more than eleven years in office",
        c(
            CONTRADICTED,
            "justin-trudeau",
            "'23rd Prime Minister of Canada In office November 4, 2015 – March 14, 2025': nine years and four months",
        ),
        "wrong duration or age",
    ),
    (
        "v15-fsb-predecessor",
        "where he succeeded Mario Draghi",
        "where he succeeded Jean-Claude Trichet",
        c(
            CONTRADICTED,
            "mark-carney",
            "'Chair of the Financial Stability Board In office November 4, 2011 – November 26, 2018 Preceded byMario Draghi'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v16-venue",
        "announced at the Rogers Centre in Ottawa",
        "announced at the Rogers Centre in Toronto",
        c(
            CONTRADICTED,
            "2025-liberal-party-of-canada-leadership-election-march-2025",
            "'ConventionRogers Centre, Ottawa'",
        ),
        "wrong place",
    ),
    (
        "v17-points",
        "taking 85.9% of the points on the first ballot",
        "taking 65.9% of the points on the first ballot",
        c(
            CONTRADICTED,
            "2025-liberal-party-of-canada-leadership-election-march-2025",
            "'Candidate Mark Carney Chrystia Freeland' - 'Points 29,456.91 (85.9%)'; 'with over 85% of the vote and points'",
        ),
        "wrong count",
    ),
]:
    CHANGES.append(Change("ca-2025-03-10", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-took-over",
        "He succeeded Stephen Harper",
        "He took over from Stephen Harper",
        c(SUPPORTED, "justin-trudeau", "'November 4, 2015 – March 14, 2025' - 'Preceded byStephen Harper'"),
    ),
    (
        "r02-first-round",
        "taking 85.9% of the points on the first ballot",
        "winning 85.9% of the points in the first round",
        c(
            SUPPORTED,
            "2025-liberal-party-of-canada-leadership-election-march-2025",
            "'Points 29,456.91 (85.9%)'; 'won on the first round of counting with over 85% of the vote and points'",
        ),
    ),
]:
    CHANGES.append(Change("ca-2025-03-10", name, old, new, claim))

# ---------------------------------------------------------------- Canada: Trudeau to Carney, 17 March 2025
BASES.append(
    Base(
        "ca-2025-03-17",
        "2025-03-17",
        "held-out",
        """Carney takes over from Trudeau as prime minister

OTTAWA - Mark Carney became Canada's 24th prime minister on Friday, five days after winning the leadership of the governing Liberal Party.

Carney was sworn in on March 14 and took over from Justin Trudeau. Trudeau had been prime minister since November 4, 2015. The ceremony was held at Rideau Hall.

Prime Minister Mark Carney, who turned 60 on Sunday, has never sat in the House of Commons. He won the party vote on March 9 with 85.9% of the points, ahead of former finance minister Chrystia Freeland. Party members had voted from February 26 to March 9. He named a smaller cabinet than Trudeau's.

Former Prime Minister Justin Trudeau spent more than nine years in the post and led the Liberals from April 2013 until March 9. Trudeau, 53, was born in Ottawa and remains the member of Parliament for Papineau. He had announced on January 6 that he would resign as party leader and prime minister.

Before entering politics, Carney led the Bank of Canada from 2008 to 2013 and was the 120th governor of the Bank of England from 2013 to 2020, where he succeeded Mervyn King. From 2019 until January he was the United Nations special envoy for climate action and finance.
""",
        {
            "Canada's 24th prime minister": c(
                SUPPORTED,
                "mark-carney list-of-prime-ministers-of-canada",
                "'24th Prime Minister of Canada Assumed office March 14, 2025'; 'The 24th and current prime minister isMark Carney, who assumed office on 14 March 2025'",
            ),
            "five days after winning the leadership": c(
                SUPPORTED,
                "mark-carney",
                "'24th Prime Minister of Canada Assumed office March 14, 2025' - 'Leader of the Liberal Party Assumed office March 9, 2025': five days",
            ),
            "sworn in on March 14": c(
                SUPPORTED,
                "2025-liberal-party-of-canada-leadership-election mark-carney",
                "'Carney was sworn in as prime minister on March 14'; 'Assumed office March 14, 2025'",
            ),
            "took over from Justin Trudeau": c(
                SUPPORTED,
                "mark-carney justin-trudeau",
                "'Assumed office March 14, 2025' - 'Preceded byJustin Trudeau'; 'Succeeded byMark Carney'",
            ),
            "prime minister since November 4, 2015": c(
                SUPPORTED,
                "justin-trudeau",
                "'23rd Prime Minister of Canada In office November 4, 2015 – March 14, 2025'",
            ),
            "The ceremony was held at Rideau Hall": c(UNVERIFIED, "", "no stored page says where Carney was sworn in"),
            "Prime Minister Mark Carney": c(
                SUPPORTED,
                "mark-carney list-of-prime-ministers-of-canada",
                "'24th Prime Minister of Canada Assumed office March 14, 2025': covers 2025-03-17; 'The 24th and current prime minister isMark Carney'",
            ),
            "who turned 60 on Sunday": c(
                SUPPORTED,
                "mark-carney",
                "'March 16, 1965 (age 60)': 16 March 2025 was the Sunday before as_of",
            ),
            "has never sat in the House of Commons": c(
                SUPPORTED,
                "2025-liberal-party-of-canada-leadership-election-march-2025 2025-liberal-party-of-canada-leadership-election",
                "'the first prime minister in Canadian history to not have previously held a seat in the House of Commons'; his first seat came later: 'Carney later called a snap federal election on March 23, where he ran and won in Nepean'",
            ),
            "won the party vote on March 9": c(
                SUPPORTED,
                "2025-liberal-party-of-canada-leadership-election-march-2025 mark-carney",
                "'DateMarch 9, 2025' - 'Won byMark Carney'; 'Leader of the Liberal Party Assumed office March 9, 2025'",
            ),
            "with 85.9% of the points": c(
                SUPPORTED,
                "2025-liberal-party-of-canada-leadership-election-march-2025",
                "'Candidate Mark Carney Chrystia Freeland' - 'Points 29,456.91 (85.9%)'",
            ),
            "former finance minister Chrystia Freeland": c(
                SUPPORTED,
                "2025-liberal-party-of-canada-leadership-election",
                "'Chrystia Freeland | Deputy Prime Minister of Canada(2019–2024)Minister of Finance(2020–2024)'",
            ),
            "voted from February 26 to March 9": c(
                SUPPORTED,
                "2025-liberal-party-of-canada-leadership-election-march-2025 2025-liberal-party-of-canada-leadership-election",
                "'was held from February 26 to March 9, 2025, by members of the Liberal Party of Canada'",
            ),
            "He named a smaller cabinet than Trudeau's": c(
                UNVERIFIED, "", "no stored page describes either cabinet's size"
            ),
            "Former Prime Minister Justin Trudeau": c(
                SUPPORTED,
                "justin-trudeau",
                "'23rd Prime Minister of Canada In office November 4, 2015 – March 14, 2025' - 'Succeeded byMark Carney': over by 2025-03-17",
            ),
            "spent more than nine years in the post": c(
                SUPPORTED,
                "justin-trudeau",
                "'In office November 4, 2015 – March 14, 2025': nine years and four months",
            ),
            "led the Liberals from April 2013 until March 9": c(
                SUPPORTED, "justin-trudeau", "'Leader of the Liberal Party In office April 14, 2013 – March 9, 2025'"
            ),
            "Trudeau, 53,": c(SUPPORTED, "justin-trudeau", "'(1971-12-25) December 25, 1971': 53 on 2025-03-17"),
            "was born in Ottawa": c(
                SUPPORTED,
                "justin-trudeau",
                "'December 25, 1971 Ottawa, Ontario, Canada'; 'Trudeau was born in Ottawa, Ontario'",
            ),
            "remains the member of Parliament for Papineau": c(
                SUPPORTED,
                "justin-trudeau",
                "'Member of Parliament for Papineau In office October 14, 2008 – April 28, 2025': covers 2025-03-17",
            ),
            "had announced on January 6 that he would resign": c(
                SUPPORTED,
                "2025-liberal-party-of-canada-leadership-election-march-2025",
                "'following his announcement on January 6, 2025, of his intention to resign as party leader and as prime minister of Canada'",
            ),
            "led the Bank of Canada from 2008 to 2013": c(
                SUPPORTED,
                "mark-carney",
                "'8th Governor of the Bank of Canada In office February 1, 2008 – June 3, 2013'",
            ),
            "the 120th governor of the Bank of England from 2013 to 2020": c(
                SUPPORTED,
                "mark-carney",
                "'120th Governor of the Bank of England In office July 1, 2013 – March 15, 2020'",
            ),
            "where he succeeded Mervyn King": c(
                SUPPORTED,
                "mark-carney",
                "'120th Governor of the Bank of England In office July 1, 2013 – March 15, 2020 Appointed byGeorge Osborne Preceded bySir Mervyn King'",
            ),
            "From 2019 until January he was the United Nations special envoy for climate action and finance": c(
                SUPPORTED,
                "mark-carney",
                "'United Nations Special Envoy for Climate Action and Finance In office December 1, 2019 – January 15, 2025'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-deputy-prime-minister",
        "Prime Minister Mark Carney",
        "Deputy Prime Minister Mark Carney",
        c(
            CONTRADICTED,
            "mark-carney",
            "'24th Prime Minister of Canada Assumed office March 14, 2025': he is the prime minister, not the deputy",
        ),
        "vice or deputy",
    ),
    (
        "v02-past-holder",
        "Former Prime Minister Justin Trudeau",
        "Prime Minister Justin Trudeau",
        c(
            CONTRADICTED,
            "justin-trudeau mark-carney",
            "'23rd Prime Minister of Canada In office November 4, 2015 – March 14, 2025' - 'Succeeded byMark Carney': over by 2025-03-17",
        ),
        "past holder as current",
    ),
    (
        "v03-date",
        "sworn in on March 14",
        "sworn in on March 12",
        c(
            CONTRADICTED,
            "2025-liberal-party-of-canada-leadership-election mark-carney",
            "'Carney was sworn in as prime minister on March 14'; 'Assumed office March 14, 2025'",
        ),
        "wrong date",
    ),
    (
        "v04-year",
        "prime minister since November 4, 2015",
        "prime minister since November 4, 2017",
        c(
            CONTRADICTED,
            "justin-trudeau",
            "'23rd Prime Minister of Canada In office November 4, 2015 – March 14, 2025'",
        ),
        "wrong year",
    ),
    (
        "v05-place",
        "was born in Ottawa",
        "was born in Montreal",
        c(
            CONTRADICTED,
            "justin-trudeau",
            "'December 25, 1971 Ottawa, Ontario, Canada'; 'Trudeau was born in Ottawa, Ontario'",
        ),
        "wrong place",
    ),
    (
        "v06-predecessor",
        "took over from Justin Trudeau",
        "took over from Stephen Harper",
        c(
            CONTRADICTED,
            "mark-carney justin-trudeau",
            "'Assumed office March 14, 2025' - 'Preceded byJustin Trudeau'; Stephen Harper preceded Trudeau: 'In office November 4, 2015 – March 14, 2025' - 'Preceded byStephen Harper'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v07-ordinal",
        "the 120th governor of the Bank of England from 2013 to 2020",
        "the 121st governor of the Bank of England from 2013 to 2020",
        c(
            CONTRADICTED,
            "mark-carney",
            "'120th Governor of the Bank of England In office July 1, 2013 – March 15, 2020'",
        ),
        "wrong ordinal",
    ),
    (
        "v08-age",
        "Trudeau, 53,",
        "Trudeau, 55,",
        c(CONTRADICTED, "justin-trudeau", "'(1971-12-25) December 25, 1971': 53 on 2025-03-17, not 55"),
        "wrong duration or age",
    ),
    (
        "v09-country",
        "Prime Minister Mark Carney",
        "British Prime Minister Mark Carney",
        c(
            CONTRADICTED,
            "mark-carney",
            "'24th Prime Minister of Canada Assumed office March 14, 2025'; his British post, governor of the Bank of England, ended 'March 15, 2020'",
        ),
        "wrong country",
    ),
    (
        "v10-points",
        "with 85.9% of the points",
        "with 58.9% of the points",
        c(
            CONTRADICTED,
            "2025-liberal-party-of-canada-leadership-election-march-2025",
            "'Candidate Mark Carney Chrystia Freeland' - 'Points 29,456.91 (85.9%)'; 'with over 85% of the vote and points'",
        ),
        "wrong count",
    ),
]:
    CHANGES.append(Change("ca-2025-03-17", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-succeeded",
        "took over from Justin Trudeau",
        "succeeded Justin Trudeau",
        c(
            SUPPORTED,
            "mark-carney justin-trudeau",
            "'Assumed office March 14, 2025' - 'Preceded byJustin Trudeau'; 'Succeeded byMark Carney'",
        ),
    ),
    (
        "r02-birthday",
        "who turned 60 on Sunday",
        "who celebrated his 60th birthday on Sunday",
        c(
            SUPPORTED,
            "mark-carney",
            "'March 16, 1965 (age 60)': 16 March 2025 was the Sunday before as_of",
        ),
    ),
]:
    CHANGES.append(Change("ca-2025-03-17", name, old, new, claim))

# ---------------------------------------------------------------- Indonesia: Widodo to Prabowo, 21 March 2024
BASES.append(
    Base(
        "id-2024-03-21",
        "2024-03-21",
        "tuning",
        """Prabowo declared winner of Indonesia's presidential election

JAKARTA - Indonesia's election commission on Wednesday declared Defence Minister Prabowo Subianto the winner of the February 14 presidential election with 58.6% of the vote.

The retired general, 72, won more than 96 million votes, the most any candidate has received in a democratic election in Indonesia. Former Jakarta governor Anies Baswedan came second with about 25%, ahead of former Central Java governor Ganjar Pranowo. Turnout was 82.4% among 204 million registered voters. Both losing candidates have said they will challenge the result at the Constitutional Court.

President-elect Prabowo Subianto and his running mate, Gibran Rakabuming Raka, 36, will be sworn in on October 20 for a five-year term that can be renewed once. Gibran, the mayor of Surakarta, is the eldest child of President Joko Widodo.

Widodo, 62, is barred by the constitution from seeking a third term. Indonesia's seventh president has held the office since October 20, 2014, when he succeeded Susilo Bambang Yudhoyono. Born in Surakarta, he was mayor of his home city from 2005 to 2012 and governor of Jakarta from 2012 to 2014.

Prabowo lost to Widodo in 2014 and 2019 but joined his former rival's cabinet as defence minister in October 2019.

In the parliamentary vote held the same day, Megawati Sukarnoputri's Indonesian Democratic Party of Struggle (PDI-P) is set to hold 110 of the 580 seats in the House of Representatives, the most of any party.
""",
        {
            "Defence Minister Prabowo Subianto": c(
                SUPPORTED,
                "2024-indonesian-presidential-election prabowo-subianto-it-wikipedia",
                "'with defence minister and former general Prabowo Subianto contesting the elections'; '26° Ministro della Difesa dell'Indonesia Assunto carica 23 ottobre 2019' (no end; he left the ministry only on becoming president)",
            ),
            "the February 14 presidential election": c(
                SUPPORTED,
                "2024-indonesian-presidential-election",
                "'Election Date: 14 February 2024'; 'Presidential elections were held in Indonesia on 14 February 2024'",
            ),
            "with 58.6% of the vote": c(SUPPORTED, "2024-indonesian-presidential-election", "'Percentage1: 58.59%'"),
            "The retired general, 72,": c(
                SUPPORTED,
                "prabowo-subianto-it-wikipedia 2024-indonesian-presidential-election",
                "'17 ottobre 1951': born 17 October 1951, so 72 on 2024-03-21 (the copy's '(69 anni)' is its own, earlier date's); 'defence minister and former general Prabowo Subianto'",
            ),
            "won more than 96 million votes": c(
                SUPPORTED,
                "2024-indonesian-presidential-election",
                "'announced Prabowo's victory, having received over 96 million votes'; 'Popular Vote1: 96,214,691'",
            ),
            "the most any candidate has received in a democratic election in Indonesia": c(
                SUPPORTED,
                "list-of-presidents-of-indonesia-2024",
                "'Prabowo's 96 million votes were the highest received by any candidate in a democratic election in Indonesia'",
            ),
            "Former Jakarta governor Anies Baswedan": c(
                SUPPORTED,
                "2024-indonesian-presidential-election",
                "'contesting the elections against the former governor of Jakarta, Anies Baswedan'",
            ),
            "came second with about 25%": c(
                SUPPORTED,
                "2024-indonesian-presidential-election",
                "'Candidate2: Anies Baswedan' - 'Percentage2: 24.95%'",
            ),
            "former Central Java governor Ganjar Pranowo": c(
                SUPPORTED,
                "2024-indonesian-presidential-election",
                "'the former governor of Central Java, Ganjar Pranowo'; 'Percentage3: 16.47%' (third of three)",
            ),
            "Turnout was 82.4%": c(SUPPORTED, "2024-indonesian-presidential-election", "'Turnout: 82.39%'"),
            "204 million registered voters": c(
                SUPPORTED,
                "2024-indonesian-presidential-election 2024-indonesian-general-election-mid-2024",
                "'Registered: 204,422,181'; 'The election had over 204 million eligible voters'",
            ),
            "will challenge the result at the Constitutional Court": c(
                UNVERIFIED, "", "the losing candidates' plans after the result; no stored page records them"
            ),
            "President-elect Prabowo Subianto": c(
                SUPPORTED,
                "list-of-presidents-of-indonesia-2024 2024-indonesian-presidential-election",
                "'President-elect' - 'Prabowo Subianto (born 1951)' - 'Inauguration date' - '20 October 2024'; 'On 20 March, the General Elections Commission (KPU) announced Prabowo's victory'",
            ),
            "Gibran Rakabuming Raka, 36,": c(
                SUPPORTED,
                "gibran-rakabuming-raka",
                "'born 1 October 1987': 36 on 2024-03-21; 'Gibran's vice-presidential candidacy at the age of 36'",
            ),
            "will be sworn in on October 20": c(
                SUPPORTED,
                "2024-indonesian-general-election-mid-2024 list-of-presidents-of-indonesia-2024",
                "'the elected president and vice president will be sworn in on 20 October 2024'; 'Inauguration date' - '20 October 2024'",
            ),
            "a five-year term that can be renewed once": c(
                SUPPORTED,
                "president-of-indonesia-simple-wikipedia president-of-indonesia",
                "'Term length Five years, renewable once'; 'directly elected to a five-year term, once renewable'",
            ),
            "the mayor of Surakarta": c(
                SUPPORTED,
                "gibran-rakabuming-raka",
                "'Office1: 18th Mayor of Surakarta' - 'Term Start1: 26 February 2021' - 'Term End1: 16 July 2024': covers 2024-03-21",
            ),
            "President Joko Widodo": c(
                SUPPORTED,
                "joko-widodo-2024 president-of-indonesia-simple-wikipedia joko-widodo",
                "'7th President of Indonesia Assumed office 20 October 2014'; 'The current President is Joko Widodo'; later copy: 'In office 20 October 2014 – 20 October 2024': covers 2024-03-21",
            ),
            "Widodo, 62,": c(
                SUPPORTED,
                "joko-widodo-2024 joko-widodo",
                "'21 June 1961 (age 62)': born 21 June 1961, so 62 on 2024-03-21",
            ),
            "barred by the constitution from seeking a third term": c(
                SUPPORTED,
                "2024-indonesian-presidential-election 2024-indonesian-general-election-mid-2024",
                "'incumbent president Joko Widodo was constitutionally barred from seeking a third term in office'; 'ineligible to run for a third term due to limitations established by the Indonesian constitution'",
            ),
            "Indonesia's seventh president": c(
                SUPPORTED,
                "joko-widodo-2024 joko-widodo",
                "'7th President of Indonesia'; 'is the seventh president of Indonesia'",
            ),
            "has held the office since October 20, 2014": c(
                SUPPORTED,
                "joko-widodo-2024 president-of-indonesia-simple-wikipedia",
                "'7th President of Indonesia Assumed office 20 October 2014'; 'Joko Widodo since 20 October 2014'",
            ),
            "he succeeded Susilo Bambang Yudhoyono": c(
                SUPPORTED,
                "joko-widodo-2024 joko-widodo",
                "'Assumed office 20 October 2014' - 'Preceded bySusilo Bambang Yudhoyono'",
            ),
            "Born in Surakarta": c(
                SUPPORTED,
                "joko-widodo-2024 joko-widodo",
                "'21 June 1961 (age 62) Surakarta, Indonesia'; 'Jokowi was born and raised in a riverside slum in Surakarta'",
            ),
            "mayor of his home city from 2005 to 2012": c(
                SUPPORTED,
                "joko-widodo-2024 joko-widodo",
                "'Mayor of Surakarta In office 28 July 2005 – 1 October 2012'; 'mayor of Surakarta from 2005 to 2012'",
            ),
            "governor of Jakarta from 2012 to 2014": c(
                SUPPORTED,
                "joko-widodo-2024 joko-widodo",
                "'Governor of Jakarta In office 15 October 2012 – 16 October 2014'; 'He previously served as governor of Jakarta from 2012 to 2014'",
            ),
            "lost to Widodo in 2014 and 2019": c(
                SUPPORTED,
                "list-of-presidents-of-indonesia-2024",
                "'Lost twice against his predecessor in 2014 and 2019' (the predecessor of president-elect Prabowo is Joko Widodo)",
            ),
            "joined his former rival's cabinet as defence minister in October 2019": c(
                SUPPORTED,
                "list-of-presidents-of-indonesia-2024 prabowo-subianto-it-wikipedia",
                "'he was appointed as Minister of Defense by his predecessor in 2019'; '26° Ministro della Difesa dell'Indonesia Assunto carica 23 ottobre 2019 Presidente Joko Widodo'",
            ),
            "is set to hold 110 of the 580 seats": c(
                SUPPORTED,
                "2024-indonesian-general-election-mid-2024",
                "'All 580 seats in the House of Representatives'; 'PDI-PMegawati Sukarnoputri16.72110−18' (the most: Golkar 102 next)",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-vice-president",
        "President Joko Widodo",
        "Vice President Joko Widodo",
        c(
            CONTRADICTED,
            "joko-widodo-2024 joko-widodo",
            "'7th President of Indonesia Assumed office 20 October 2014'; his vice presidents were others: 'Jusuf Kalla (2014–2019)' - 'Ma'ruf Amin (2019–2024)'",
        ),
        "vice or deputy",
    ),
    (
        "v02-successor-early",
        "President-elect Prabowo Subianto",
        "President Prabowo Subianto",
        c(
            CONTRADICTED,
            "president-of-indonesia president-of-indonesia-simple-wikipedia list-of-presidents-of-indonesia-2024",
            "'The current president is Prabowo Subianto, who assumed office on 20 October 2024', after 2024-03-21; older revision: 'The current President is Joko Widodo'; 'President-elect' - 'Inauguration date' - '20 October 2024'",
        ),
        "successor before taking office",
    ),
    (
        "v03-foreign-minister",
        "Defence Minister Prabowo Subianto",
        "Foreign Minister Prabowo Subianto",
        c(
            CONTRADICTED,
            "2024-indonesian-presidential-election prabowo-subianto-it-wikipedia",
            "'defence minister and former general Prabowo Subianto'; '26° Ministro della Difesa dell'Indonesia': the defence ministry, not foreign affairs",
        ),
        "sibling office",
    ),
    (
        "v04-country",
        "President Joko Widodo",
        "Malaysian President Joko Widodo",
        c(
            CONTRADICTED,
            "joko-widodo-2024 president-of-indonesia-simple-wikipedia",
            "'7th President of Indonesia Assumed office 20 October 2014'; 'The President of the Indonesia Republic is the head of state of Indonesia. The current President is Joko Widodo'",
        ),
        "wrong country",
    ),
    (
        "v05-share",
        "with 58.6% of the vote",
        "with 68.6% of the vote",
        c(CONTRADICTED, "2024-indonesian-presidential-election", "'Popular Vote1: 96,214,691' - 'Percentage1: 58.59%'"),
        "wrong count",
    ),
    (
        "v06-election-date",
        "the February 14 presidential election",
        "the February 24 presidential election",
        c(
            CONTRADICTED,
            "2024-indonesian-presidential-election",
            "'Election Date: 14 February 2024'; 'Presidential elections were held in Indonesia on 14 February 2024'",
        ),
        "wrong date",
    ),
    (
        "v07-year",
        "has held the office since October 20, 2014",
        "has held the office since October 20, 2009",
        c(
            CONTRADICTED,
            "joko-widodo-2024 president-of-indonesia-simple-wikipedia",
            "'7th President of Indonesia Assumed office 20 October 2014'; 'Joko Widodo since 20 October 2014'",
        ),
        "wrong year",
    ),
    (
        "v08-birthplace",
        "Born in Surakarta",
        "Born in Yogyakarta",
        c(
            CONTRADICTED,
            "joko-widodo-2024 joko-widodo",
            "'21 June 1961 (age 62) Surakarta, Indonesia'; 'Jokowi was born and raised in a riverside slum in Surakarta'",
        ),
        "wrong place",
    ),
    (
        "v09-predecessor",
        "he succeeded Susilo Bambang Yudhoyono",
        "he succeeded Megawati Sukarnoputri",
        c(
            CONTRADICTED,
            "joko-widodo-2024 joko-widodo",
            "'7th President of Indonesia Assumed office 20 October 2014' - 'Preceded bySusilo Bambang Yudhoyono'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v10-past-holder",
        "Former Jakarta governor Anies Baswedan",
        "Jakarta Governor Anies Baswedan",
        c(
            CONTRADICTED,
            "2024-indonesian-presidential-election",
            "'contesting the elections against the former governor of Jakarta, Anies Baswedan': a former governor at the election of 14 February 2024",
        ),
        "past holder as current",
    ),
    (
        "v11-ordinal",
        "Indonesia's seventh president",
        "Indonesia's sixth president",
        c(
            CONTRADICTED,
            "joko-widodo-2024 joko-widodo",
            "'7th President of Indonesia'; 'is the seventh president of Indonesia'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Widodo, 62,",
        "Widodo, 64,",
        c(
            CONTRADICTED,
            "joko-widodo-2024 joko-widodo",
            "'21 June 1961 (age 62)': born 21 June 1961, so 62 on 2024-03-21",
        ),
        "wrong duration or age",
    ),
    (
        "v13-inauguration-date",
        "will be sworn in on October 20",
        "will be sworn in on October 10",
        c(
            CONTRADICTED,
            "2024-indonesian-general-election-mid-2024 list-of-presidents-of-indonesia-2024",
            "'the elected president and vice president will be sworn in on 20 October 2024'; 'Inauguration date' - '20 October 2024'",
        ),
        "wrong date",
    ),
    (
        "v14-seats",
        "is set to hold 110 of the 580 seats",
        "is set to hold 110 of the 560 seats",
        c(
            CONTRADICTED,
            "2024-indonesian-general-election-mid-2024",
            "'All 580 seats in the House of Representatives' - '291 seats needed for a majority'",
        ),
        "wrong count",
    ),
    (
        "v15-deputy-mayor",
        "the mayor of Surakarta",
        "the deputy mayor of Surakarta",
        c(
            CONTRADICTED,
            "gibran-rakabuming-raka",
            "'Office1: 18th Mayor of Surakarta' - 'Term Start1: 26 February 2021' - 'Term End1: 16 July 2024': the mayor himself, not a deputy",
        ),
        "vice or deputy",
    ),
    (
        "v16-gibran-age",
        "Gibran Rakabuming Raka, 36,",
        "Gibran Rakabuming Raka, 38,",
        c(
            CONTRADICTED,
            "gibran-rakabuming-raka",
            "'born 1 October 1987': 36 on 2024-03-21; 'Gibran's vice-presidential candidacy at the age of 36'",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("id-2024-03-21", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-took-over",
        "he succeeded Susilo Bambang Yudhoyono",
        "he took over from Susilo Bambang Yudhoyono",
        c(
            SUPPORTED,
            "joko-widodo-2024 joko-widodo",
            "'Assumed office 20 October 2014' - 'Preceded bySusilo Bambang Yudhoyono'",
        ),
    ),
    (
        "r02-turnout",
        "Turnout was 82.4%",
        "Turnout stood at 82.4%",
        c(SUPPORTED, "2024-indonesian-presidential-election", "'Turnout: 82.39%'"),
    ),
]:
    CHANGES.append(Change("id-2024-03-21", name, old, new, claim))

# ---------------------------------------------------------------- Indonesia: Widodo to Prabowo, 21 October 2024
BASES.append(
    Base(
        "id-2024-10-21",
        "2024-10-21",
        "tuning",
        """Prabowo becomes Indonesia's president as Widodo steps down

JAKARTA - Prabowo Subianto was sworn in as Indonesia's eighth president on Sunday at the parliament building in Jakarta, eight months after he won the February 14 election with 58.6% of the vote. The ticket received more than 96 million votes, a record for a democratic election in Indonesia.

Prabowo, 73, had served as defence minister since 2019 under his predecessor, former President Joko Widodo, who beat him in the 2014 and 2019 elections. More than 30 foreign leaders attended the ceremony.

Vice President Gibran Rakabuming Raka took the oath alongside him. Gibran, 37, is the country's 14th vice president and succeeds Ma'ruf Amin. Widodo's eldest son, he was born in Surakarta and was mayor of the city until July.

Widodo, 63, Indonesia's seventh president, left office after ten years. He had succeeded Susilo Bambang Yudhoyono in 2014. The constitution allows a president two five-year terms. Before the presidency, Widodo was governor of Jakarta from 2012 to 2014.

The biggest party in parliament, the Indonesian Democratic Party of Struggle (PDI-P), holds 110 of the 580 seats in the House of Representatives, and its Puan Maharani remains Speaker of the House. Golkar came second with 102 seats. The PDI-P has not said whether it will back Prabowo's government.
""",
        {
            "sworn in as Indonesia's eighth president on Sunday": c(
                SUPPORTED,
                "president-of-indonesia joko-widodo",
                "'The current president is Prabowo Subianto, who assumed office on 20 October 2024' (the Sunday before as_of); '7th President of Indonesia In office 20 October 2014 – 20 October 2024' - 'Succeeded byPrabowo Subianto': the eighth",
            ),
            "at the parliament building in Jakarta": c(
                UNVERIFIED, "", "no stored page says where the oath was taken; the pages give only the date"
            ),
            "eight months after he won": c(
                SUPPORTED,
                "2024-indonesian-presidential-election",
                "'Election Date: 14 February 2024'; 'were sworn in on 20 October 2024': eight months and six days",
            ),
            "the February 14 election": c(
                SUPPORTED,
                "2024-indonesian-presidential-election",
                "'Election Date: 14 February 2024'; 'Presidential elections were held in Indonesia on 14 February 2024'",
            ),
            "with 58.6% of the vote": c(SUPPORTED, "2024-indonesian-presidential-election", "'Percentage1: 58.59%'"),
            "received more than 96 million votes": c(
                SUPPORTED,
                "2024-indonesian-presidential-election",
                "'having received over 96 million votes'; 'Popular Vote1: 96,214,691'",
            ),
            "a record for a democratic election in Indonesia": c(
                SUPPORTED,
                "list-of-presidents-of-indonesia-2024",
                "'Prabowo's 96 million votes were the highest received by any candidate in a democratic election in Indonesia'",
            ),
            "Prabowo, 73,": c(
                SUPPORTED,
                "prabowo-subianto-it-wikipedia",
                "'17 ottobre 1951': born 17 October 1951, so 73 from 17 October 2024 (the copy's '(69 anni)' is its own, earlier date's)",
            ),
            "had served as defence minister since 2019": c(
                SUPPORTED,
                "prabowo-subianto-it-wikipedia 2024-indonesian-presidential-election",
                "'26° Ministro della Difesa dell'Indonesia Assunto carica 23 ottobre 2019'; 'defence minister and former general Prabowo Subianto'",
            ),
            "former President Joko Widodo": c(
                SUPPORTED,
                "joko-widodo president-of-indonesia",
                "'7th President of Indonesia In office 20 October 2014 – 20 October 2024' - 'Succeeded byPrabowo Subianto'; 'The current president is Prabowo Subianto'",
            ),
            "beat him in the 2014 and 2019 elections": c(
                SUPPORTED,
                "list-of-presidents-of-indonesia-2024",
                "'Lost twice against his predecessor in 2014 and 2019'",
            ),
            "More than 30 foreign leaders attended the ceremony": c(
                UNVERIFIED, "", "no stored page lists the guests at the inauguration"
            ),
            "Vice President Gibran Rakabuming Raka": c(
                SUPPORTED,
                "gibran-rakabuming-raka",
                "'Office: Vice President of Indonesia' - 'Term Start: 20 October 2024'; 'serving as the 14th vice president of Indonesia since 2024'",
            ),
            "Gibran, 37,": c(
                SUPPORTED,
                "gibran-rakabuming-raka",
                "'born 1 October 1987': 37 from 1 October 2024 (the lead's 'at the age of 36' is his age as a candidate)",
            ),
            "the country's 14th vice president": c(
                SUPPORTED,
                "gibran-rakabuming-raka",
                "'Order: 14th' - 'Office: Vice President of Indonesia'; 'serving as the 14th vice president of Indonesia since 2024'",
            ),
            "succeeds Ma'ruf Amin": c(
                SUPPORTED,
                "gibran-rakabuming-raka joko-widodo",
                "'Term Start: 20 October 2024' - 'Predecessor: Ma'ruf Amin'; 'Ma'ruf Amin (2019–2024)'",
            ),
            "Widodo's eldest son": c(
                SUPPORTED,
                "gibran-rakabuming-raka",
                "'he is the eldest child of the seventh president of Indonesia, Joko Widodo'; 'Father: Joko Widodo'",
            ),
            "he was born in Surakarta": c(SUPPORTED, "gibran-rakabuming-raka", "'Birth Place: Surakarta, Indonesia'"),
            "was mayor of the city until July": c(
                SUPPORTED,
                "gibran-rakabuming-raka",
                "'Office1: 18th Mayor of Surakarta' - 'Term End1: 16 July 2024'",
            ),
            "Widodo, 63,": c(SUPPORTED, "joko-widodo", "'21 June 1961': born 21 June 1961, so 63 on 2024-10-21"),
            "Indonesia's seventh president": c(
                SUPPORTED,
                "joko-widodo",
                "'7th President of Indonesia'; 'served as the seventh president of Indonesia from 2014 to 2024'",
            ),
            "left office after ten years": c(
                SUPPORTED,
                "joko-widodo",
                "'7th President of Indonesia In office 20 October 2014 – 20 October 2024'",
            ),
            "He had succeeded Susilo Bambang Yudhoyono in 2014": c(
                SUPPORTED,
                "joko-widodo",
                "'7th President of Indonesia In office 20 October 2014 – 20 October 2024' - 'Preceded bySusilo Bambang Yudhoyono'",
            ),
            "allows a president two five-year terms": c(
                SUPPORTED,
                "president-of-indonesia",
                "'directly elected to a five-year term, once renewable, allowing for a maximum of ten years in office'",
            ),
            "governor of Jakarta from 2012 to 2014": c(
                SUPPORTED,
                "joko-widodo",
                "'Governor of Jakarta In office 15 October 2012 – 16 October 2014'; 'He previously served as governor of Jakarta from 2012 to 2014'",
            ),
            "holds 110 of the 580 seats": c(
                SUPPORTED,
                "2024-indonesian-general-election",
                "'All 580 seats in the House of Representatives'; 'PDI-P Megawati Sukarnoputri 16.72 110 −18' (the most: Golkar 102 next)",
            ),
            "its Puan Maharani remains Speaker of the House": c(
                SUPPORTED,
                "2024-indonesian-general-election",
                "'Speaker before Speaker after Puan Maharani PDI-P Puan Maharani PDI-P'",
            ),
            "Golkar came second with 102 seats": c(
                SUPPORTED,
                "2024-indonesian-general-election",
                "'PDI-P Megawati Sukarnoputri 16.72 110 −18' - 'Golkar Airlangga Hartarto 15.29 102 +17' - 'Gerindra Prabowo Subianto 13.22 86 +8'",
            ),
            "has not said whether it will back Prabowo's government": c(
                UNVERIFIED, "", "the party's stance towards the new government; no stored page records it"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-past-holder",
        "former President Joko Widodo",
        "President Joko Widodo",
        c(
            CONTRADICTED,
            "joko-widodo president-of-indonesia",
            "'7th President of Indonesia In office 20 October 2014 – 20 October 2024' - 'Succeeded byPrabowo Subianto'; 'The current president is Prabowo Subianto, who assumed office on 20 October 2024'",
        ),
        "past holder as current",
    ),
    (
        "v02-vice-dropped",
        "Vice President Gibran Rakabuming Raka",
        "President Gibran Rakabuming Raka",
        c(
            CONTRADICTED,
            "gibran-rakabuming-raka president-of-indonesia",
            "'Office: Vice President of Indonesia' - 'President: Prabowo Subianto'; 'The current president is Prabowo Subianto'",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "sworn in as Indonesia's eighth president on Sunday",
        "sworn in as Malaysia's eighth president on Sunday",
        c(
            CONTRADICTED,
            "president-of-indonesia",
            "'The president of the Republic of Indonesia (Presiden Republik Indonesia) is the head of state'; 'The current president is Prabowo Subianto, who assumed office on 20 October 2024'",
        ),
        "wrong country",
    ),
    (
        "v04-share",
        "with 58.6% of the vote",
        "with 48.6% of the vote",
        c(CONTRADICTED, "2024-indonesian-presidential-election", "'Popular Vote1: 96,214,691' - 'Percentage1: 58.59%'"),
        "wrong count",
    ),
    (
        "v05-election-date",
        "the February 14 election",
        "the February 4 election",
        c(
            CONTRADICTED,
            "2024-indonesian-presidential-election",
            "'Election Date: 14 February 2024'; 'Presidential elections were held in Indonesia on 14 February 2024'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "governor of Jakarta from 2012 to 2014",
        "governor of Jakarta from 2010 to 2014",
        c(
            CONTRADICTED,
            "joko-widodo",
            "'Governor of Jakarta In office 15 October 2012 – 16 October 2014'; 'He previously served as governor of Jakarta from 2012 to 2014'",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "he was born in Surakarta",
        "he was born in Jakarta",
        c(CONTRADICTED, "gibran-rakabuming-raka", "'Birth Place: Surakarta, Indonesia'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "succeeds Ma'ruf Amin",
        "succeeds Jusuf Kalla",
        c(
            CONTRADICTED,
            "gibran-rakabuming-raka joko-widodo",
            "'Predecessor: Ma'ruf Amin'; Jusuf Kalla was vice president before him: 'Jusuf Kalla (2014–2019)' - 'Ma'ruf Amin (2019–2024)'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-ordinal",
        "the country's 14th vice president",
        "the country's 13th vice president",
        c(
            CONTRADICTED,
            "gibran-rakabuming-raka",
            "'Order: 14th' - 'Office: Vice President of Indonesia'; 'serving as the 14th vice president of Indonesia since 2024'",
        ),
        "wrong ordinal",
    ),
    (
        "v10-age",
        "Prabowo, 73,",
        "Prabowo, 72,",
        c(
            CONTRADICTED,
            "prabowo-subianto-it-wikipedia",
            "'17 ottobre 1951': born 17 October 1951, so 73 from 17 October 2024, four days before as_of",
        ),
        "wrong duration or age",
    ),
    (
        "v11-foreign-minister",
        "had served as defence minister since 2019",
        "had served as foreign minister since 2019",
        c(
            CONTRADICTED,
            "prabowo-subianto-it-wikipedia 2024-indonesian-presidential-election",
            "'26° Ministro della Difesa dell'Indonesia Assunto carica 23 ottobre 2019'; 'defence minister and former general Prabowo Subianto': the defence ministry, not foreign affairs",
        ),
        "sibling office",
    ),
    (
        "v12-duration",
        "left office after ten years",
        "left office after eight years",
        c(
            CONTRADICTED,
            "joko-widodo",
            "'7th President of Indonesia In office 20 October 2014 – 20 October 2024': ten years",
        ),
        "wrong duration or age",
    ),
    (
        "v13-gibran-age",
        "Gibran, 37,",
        "Gibran, 39,",
        c(CONTRADICTED, "gibran-rakabuming-raka", "'born 1 October 1987': 37 on 2024-10-21"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("id-2024-10-21", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-takes-over",
        "succeeds Ma'ruf Amin",
        "takes over from Ma'ruf Amin",
        c(SUPPORTED, "gibran-rakabuming-raka", "'Term Start: 20 October 2024' - 'Predecessor: Ma'ruf Amin'"),
    ),
    (
        "r02-decade",
        "left office after ten years",
        "stepped down after a decade in power",
        c(
            SUPPORTED,
            "joko-widodo",
            "'7th President of Indonesia In office 20 October 2014 – 20 October 2024': ten years",
        ),
    ),
]:
    CHANGES.append(Change("id-2024-10-21", name, old, new, claim))

# ---------------------------------------------------------------- France: Barnier to Bayrou, 5 December 2024
BASES.append(
    Base(
        "fr-2024-12-05",
        "2024-12-05",
        "tuning",
        """French lawmakers topple Barnier government in no-confidence vote

PARIS - France's National Assembly on Wednesday voted to bring down the government of Prime Minister Michel Barnier, just three months after he took office, leaving President Emmanuel Macron to find a new head of government.

The motion, tabled by the left-wing New Popular Front after Barnier pushed the social security budget through without a vote, passed on December 4 with 331 votes. It was the first time a French government had fallen to a no-confidence vote since 1962.

Barnier, 73, took office on September 5, succeeding Gabriel Attal. Born in La Tronche, he is the oldest person to take office as prime minister under the Fifth Republic; former Prime Minister Gabriel Attal had been the youngest, at 34.

A veteran of the Gaullist right, Barnier was foreign minister from 2004 to 2005 and agriculture minister from 2007 to 2009 in François Fillon's government. In Brussels he served as European Commissioner for Internal Market and Services from 2010 to 2014 and, from October 2016, led the EU's Brexit talks as its chief negotiator.

Barnier is expected to stay on in a caretaker role until Macron names a successor. Among those mentioned is MoDem leader François Bayrou, 73, the mayor of Pau, who backed Macron's first presidential bid.
""",
        {
            "Prime Minister Michel Barnier": c(
                SUPPORTED,
                "michel-barnier-2024 michel-barnier",
                "'Prime Minister of France Assumed office 5 September 2024'; later copy: 'Term Start: 5 September 2024' - 'Term End: 13 December 2024': covers 2024-12-05",
            ),
            "just three months after he took office": c(
                SUPPORTED,
                "michel-barnier",
                "'On 4 December 2024, three months into his tenure, his government was brought down by a vote of no confiden'; 'Term Start: 5 September 2024'",
            ),
            "President Emmanuel Macron": c(
                SUPPORTED,
                "michel-barnier-2024 michel-barnier",
                "'Prime Minister of France Assumed office 5 September 2024 President Emmanuel Macron'; 'In September 2024 President Emmanuel Macron appointed him to the premiership'",
            ),
            "tabled by the left-wing New Popular Front": c(
                UNVERIFIED,
                "",
                "who tabled the motion; no stored page says (the stored Michel Barnier article is cut off inside its sentence on the vote)",
            ),
            "passed on December 4": c(
                SUPPORTED,
                "michel-barnier",
                "'On 4 December 2024, three months into his tenure, his government was brought down by a vote of no confiden'",
            ),
            "with 331 votes": c(UNVERIFIED, "", "the vote count; no stored page gives it"),
            "the first time a French government had fallen to a no-confidence vote since 1962": c(
                UNVERIFIED, "", "the 1962 precedent; no stored page mentions it"
            ),
            "Barnier, 73,": c(
                SUPPORTED,
                "michel-barnier",
                "'born 9 January 1951': 73 on 2024-12-05; 'At the age of 73, Barnier is the oldest person to take office as prime minister'",
            ),
            "took office on September 5": c(
                SUPPORTED,
                "michel-barnier-2024 michel-barnier",
                "'Prime Minister of France Assumed office 5 September 2024'; 'Term Start: 5 September 2024'",
            ),
            "succeeding Gabriel Attal": c(
                SUPPORTED,
                "michel-barnier-2024 michel-barnier gabriel-attal",
                "'Preceded by Gabriel Attal'; 'succeeding Gabriel Attal, who was the youngest at 34'; 'Succeeded by Michel Barnier'",
            ),
            "Born in La Tronche": c(SUPPORTED, "michel-barnier", "'Birth Place: La Tronche, France'"),
            "the oldest person to take office as prime minister under the Fifth Republic": c(
                SUPPORTED,
                "michel-barnier",
                "'At the age of 73, Barnier is the oldest person to take office as prime minister under the Fifth Republic'",
            ),
            "former Prime Minister Gabriel Attal": c(
                SUPPORTED,
                "gabriel-attal michel-barnier",
                "'Prime Minister of France In office 9 January 2024 – 5 September 2024' - 'Succeeded by Michel Barnier': a former prime minister on 2024-12-05",
            ),
            "had been the youngest, at 34": c(
                SUPPORTED,
                "michel-barnier gabriel-attal",
                "'succeeding Gabriel Attal, who was the youngest at 34'; 'born 16 March 1989' and 'In office 9 January 2024': 34 when he took office",
            ),
            "foreign minister from 2004 to 2005": c(
                SUPPORTED,
                "michel-barnier-2024",
                "'Minister of Foreign Affairs In office 31 March 2004 – 31 May 2005'",
            ),
            "agriculture minister from 2007 to 2009": c(
                SUPPORTED,
                "michel-barnier-2024",
                "'Minister of Agriculture and Fisheries In office 19 June 2007 – 22 June 2009'",
            ),
            "in François Fillon's government": c(
                SUPPORTED,
                "michel-barnier-2024 michel-barnier",
                "'Minister of Agriculture and Fisheries In office 19 June 2007 – 22 June 2009 Prime Minister François Fillon'; 'under the governments from Édouard Balladur to François Fillon from 1993 to 2009'",
            ),
            "European Commissioner for Internal Market and Services from 2010 to 2014": c(
                SUPPORTED,
                "michel-barnier michel-barnier-2024",
                "'Barnier was European Commissioner for Internal Market and Services from 2010 to 2014'; 'In office 10 February 2010 – 31 October 2014'",
            ),
            "from October 2016, led the EU's Brexit talks as its chief negotiator": c(
                SUPPORTED,
                "michel-barnier michel-barnier-2024",
                "'From October 2016 to 2021, he was the EU's chief negotiator on Britain's exit from the European Union'; 'Chief Negotiator of Task Force 50 In office 1 October 2016 – 15 November 2019'",
            ),
            "stay on in a caretaker role": c(
                UNVERIFIED,
                "",
                "a forecast at as_of (the article says Barnier is expected to stay on); only a later page records it as fulfilled",
            ),
            "MoDem leader François Bayrou": c(
                SUPPORTED,
                "francois-bayrou-2017 francois-bayrou",
                "'Leader of the Democratic Movement' - 'Assumed office 2 December 2007'; 'Office4: President of the Democratic Movement' - 'Term Start4: 2 December 2007' (no end); 'Party: MoDem (since 2007)'",
            ),
            "Bayrou, 73,": c(
                SUPPORTED,
                "francois-bayrou francois-bayrou-2017",
                "'born 25 May 1951': 73 on 2024-12-05",
            ),
            "the mayor of Pau": c(
                SUPPORTED,
                "francois-bayrou-2017 francois-bayrou",
                "'Mayor of Pau' - 'Assumed office 4 April 2014'; 'Office3: Mayor of Pau' - 'Term Start3: 4 April 2014' (no end)",
            ),
            "who backed Macron's first presidential bid": c(
                UNVERIFIED, "", "his support for Macron in 2017; the stored copies stop before it"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-age",
        "Barnier, 73,",
        "Barnier, 75,",
        c(
            CONTRADICTED,
            "michel-barnier",
            "'born 9 January 1951': 73 on 2024-12-05; 'At the age of 73, Barnier is the oldest person to take office as prime minister'",
        ),
        "wrong duration or age",
    ),
    (
        "v02-start-date",
        "took office on September 5",
        "took office on September 15",
        c(
            CONTRADICTED,
            "michel-barnier-2024 michel-barnier",
            "'Prime Minister of France Assumed office 5 September 2024'; 'Term Start: 5 September 2024'",
        ),
        "wrong date",
    ),
    (
        "v03-predecessor",
        "succeeding Gabriel Attal",
        "succeeding Élisabeth Borne",
        c(
            CONTRADICTED,
            "michel-barnier-2024 michel-barnier gabriel-attal",
            "'Preceded by Gabriel Attal'; Borne preceded Attal, not Barnier: 'Prime Minister of France In office 9 January 2024 – 5 September 2024' - 'Preceded by Élisabeth Borne' - 'Succeeded by Michel Barnier'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v04-birthplace",
        "Born in La Tronche",
        "Born in Chambéry",
        c(CONTRADICTED, "michel-barnier", "'Birth Place: La Tronche, France'"),
        "wrong place",
    ),
    (
        "v05-interior-minister",
        "foreign minister from 2004 to 2005",
        "interior minister from 2004 to 2005",
        c(
            CONTRADICTED,
            "michel-barnier-2024",
            "'Minister of Foreign Affairs In office 31 March 2004 – 31 May 2005': foreign affairs, not the interior, in those years",
        ),
        "sibling office",
    ),
    (
        "v06-year",
        "agriculture minister from 2007 to 2009",
        "agriculture minister from 2005 to 2009",
        c(
            CONTRADICTED,
            "michel-barnier-2024",
            "'Minister of Agriculture and Fisheries In office 19 June 2007 – 22 June 2009'; in 2005 he left foreign affairs: 'In office 31 March 2004 – 31 May 2005'",
        ),
        "wrong year",
    ),
    (
        "v07-deputy",
        "from October 2016, led the EU's Brexit talks as its chief negotiator",
        "from October 2016, led the EU's Brexit talks as its deputy chief negotiator",
        c(
            CONTRADICTED,
            "michel-barnier-2024 michel-barnier",
            "'Chief Negotiator of Task Force 50 In office 1 October 2016 – 15 November 2019' - 'Deputy Sabine Weyand': he was the chief negotiator, not its deputy; 'he was the EU's chief negotiator'",
        ),
        "vice or deputy",
    ),
    (
        "v08-successor-early",
        "MoDem leader François Bayrou",
        "Prime Minister François Bayrou",
        c(
            CONTRADICTED,
            "francois-bayrou michel-barnier",
            "'Office: Prime Minister of France' - 'Term Start: 13 December 2024', after 2024-12-05; Barnier's 'Term End: 13 December 2024' - 'Successor: François Bayrou'",
        ),
        "successor before taking office",
    ),
    (
        "v09-past-holder",
        "former Prime Minister Gabriel Attal",
        "Prime Minister Gabriel Attal",
        c(
            CONTRADICTED,
            "gabriel-attal michel-barnier-2024",
            "'Prime Minister of France In office 9 January 2024 – 5 September 2024' - 'Succeeded by Michel Barnier'; 'Prime Minister of France Assumed office 5 September 2024' (Barnier)",
        ),
        "past holder as current",
    ),
    (
        "v10-duration",
        "just three months after he took office",
        "just six months after he took office",
        c(
            CONTRADICTED,
            "michel-barnier",
            "'On 4 December 2024, three months into his tenure, his government was brought down by a vote of no confiden'; 'Term Start: 5 September 2024'",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("fr-2024-12-05", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-took-over",
        "succeeding Gabriel Attal",
        "taking over from Gabriel Attal",
        c(
            SUPPORTED,
            "michel-barnier-2024 michel-barnier",
            "'Preceded by Gabriel Attal'; 'succeeding Gabriel Attal, who was the youngest at 34'",
        ),
    ),
    (
        "r02-native",
        "Born in La Tronche",
        "A native of La Tronche",
        c(SUPPORTED, "michel-barnier", "'Birth Place: La Tronche, France'"),
    ),
]:
    CHANGES.append(Change("fr-2024-12-05", name, old, new, claim))

# ---------------------------------------------------------------- France: Barnier to Bayrou, 16 December 2024
BASES.append(
    Base(
        "fr-2024-12-16",
        "2024-12-16",
        "tuning",
        """Bayrou starts work as France's fourth prime minister of the year

PARIS - François Bayrou began his first full week in office on Monday, three days after French President Emmanuel Macron appointed him prime minister on December 13 and asked him to form a government.

Prime Minister François Bayrou succeeded Michel Barnier, whose minority government was brought down in a no-confidence vote on December 4. He is France's fourth prime minister this year, the most in a single year under the Fifth Republic. Former Prime Minister Michel Barnier, 73, served for just over three months.

The 73-year-old centrist has led the Democratic Movement (MoDem) since founding it in 2007 and has been the mayor of Pau since 2014. Born in Bordères, a village in the Pyrenees foothills, he ran for the presidency three times, in 2002, 2007 and 2012.

Bayrou was education minister from 1993 to 1997 and briefly justice minister in 2017, before resigning amid an inquiry into his party's use of parliamentary assistants.

His first task is to assemble a cabinet that can survive in a National Assembly where no bloc holds a majority, and to pass a 2025 budget. Barnier handed over power to his successor at the Hôtel Matignon on Friday.
""",
        {
            "French President Emmanuel Macron": c(
                SUPPORTED,
                "francois-bayrou bayrou-government",
                "'Office: Prime Minister of France' - 'President: Emmanuel Macron'; 'President of the Republic Emmanuel Macron'",
            ),
            "appointed him prime minister on December 13": c(
                SUPPORTED,
                "prime-minister-of-france-2025 francois-bayrou bayrou-government",
                "'The current prime minister is François Bayrou, who was appointed on 13 December 2024'; 'Term Start: 13 December 2024'; 'President Emmanuel Macron appointed François Bayrou as Prime Minister on 13 December'",
            ),
            "asked him to form a government": c(
                UNVERIFIED,
                "",
                "Macron's charge to him; no stored page words it (the Bayrou government page only says when it was formed)",
            ),
            "Prime Minister François Bayrou": c(
                SUPPORTED,
                "prime-minister-of-france-2025 francois-bayrou",
                "'The current prime minister is François Bayrou, who was appointed on 13 December 2024'; 'Term Start: 13 December 2024' - 'Term End: 9 September 2025': covers 2024-12-16",
            ),
            "succeeded Michel Barnier": c(
                SUPPORTED,
                "francois-bayrou michel-barnier",
                "'Predecessor: Michel Barnier'; 'Successor: François Bayrou'",
            ),
            "brought down in a no-confidence vote on December 4": c(
                SUPPORTED,
                "michel-barnier",
                "'On 4 December 2024, three months into his tenure, his government was brought down by a vote of no confiden'",
            ),
            "France's fourth prime minister this year": c(
                SUPPORTED,
                "bayrou-government",
                "'François Bayrou is the fourth prime minister to hold the office in a single year'",
            ),
            "the most in a single year under the Fifth Republic": c(
                SUPPORTED,
                "bayrou-government",
                "'the fourth prime minister to hold the office in a single year, the most in the history of the Fifth Republic'",
            ),
            "Former Prime Minister Michel Barnier": c(
                SUPPORTED,
                "michel-barnier",
                "'Term Start: 5 September 2024' - 'Term End: 13 December 2024' - 'Successor: François Bayrou': a former prime minister on 2024-12-16",
            ),
            "Barnier, 73,": c(SUPPORTED, "michel-barnier", "'born 9 January 1951': 73 on 2024-12-16"),
            "served for just over three months": c(
                SUPPORTED,
                "michel-barnier",
                "'Term Start: 5 September 2024' - 'Term End: 13 December 2024': three months and eight days",
            ),
            "The 73-year-old centrist": c(
                SUPPORTED,
                "francois-bayrou",
                "'born 25 May 1951': 73 on 2024-12-16; 'A centrist, he was a candidate in the 2002, 2007 and 2012 presidential elections'",
            ),
            "has led the Democratic Movement (MoDem) since founding it in 2007": c(
                SUPPORTED,
                "francois-bayrou",
                "'Office4: President of the Democratic Movement' - 'Predecessor4: Position established' - 'Term Start4: 2 December 2007'; 'the Democratic Movement (MoDem) since 2007'",
            ),
            "the mayor of Pau since 2014": c(
                SUPPORTED,
                "francois-bayrou francois-bayrou-2017",
                "'Office3: Mayor of Pau' - 'Term Start3: 4 April 2014' (no end); 'Mayor of Pau' - 'Assumed office 4 April 2014'",
            ),
            "Born in Bordères": c(
                SUPPORTED,
                "francois-bayrou francois-bayrou-2017",
                "'Birth Place: Bordères, France'; 'François Bayrou was born on 25 May 1951, in Bordères, Pyrénées-Atlantiques'",
            ),
            "a village in the Pyrenees foothills": c(
                UNVERIFIED,
                "francois-bayrou-2017",
                "the stored copy says only 'a village located between Pau and Lourdes'; nothing stored places it in the foothills",
            ),
            "ran for the presidency three times": c(
                SUPPORTED,
                "francois-bayrou francois-bayrou-2017",
                "'he was a candidate in the 2002, 2007 and 2012 presidential elections': three",
            ),
            "in 2002, 2007 and 2012": c(
                SUPPORTED,
                "francois-bayrou",
                "'he was a candidate in the 2002, 2007 and 2012 presidential elections'",
            ),
            "education minister from 1993 to 1997": c(
                SUPPORTED,
                "francois-bayrou francois-bayrou-2017",
                "'Office2: Minister of National Education' - 'Term Start2: 29 March 1993' - 'Term End2: 4 June 1997'; 'From 1993 to 1997, Bayrou was Minister of National Education'",
            ),
            "briefly justice minister in 2017": c(
                SUPPORTED,
                "francois-bayrou",
                "'Office1: Minister of Justice' - 'Term Start1: 17 May 2017' - 'Term End1: 19 June 2017'",
            ),
            "before resigning amid an inquiry into his party's use of parliamentary assistants": c(
                UNVERIFIED, "", "why he left the justice ministry; the stored copies give only the dates"
            ),
            "at the Hôtel Matignon on Friday": c(
                UNVERIFIED,
                "prime-minister-of-france",
                "where the handover took place; 'Residence: Hôtel Matignon' names the residence, not the ceremony",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-deputy",
        "Prime Minister François Bayrou",
        "Deputy Prime Minister François Bayrou",
        c(
            CONTRADICTED,
            "prime-minister-of-france-2025 francois-bayrou",
            "'The current prime minister is François Bayrou'; 'Office: Prime Minister of France' - 'Term Start: 13 December 2024': the prime minister himself, not a deputy",
        ),
        "vice or deputy",
    ),
    (
        "v02-past-holder",
        "Former Prime Minister Michel Barnier",
        "Prime Minister Michel Barnier",
        c(
            CONTRADICTED,
            "michel-barnier prime-minister-of-france-2025",
            "'Term End: 13 December 2024' - 'Successor: François Bayrou'; 'The current prime minister is François Bayrou, who was appointed on 13 December 2024'",
        ),
        "past holder as current",
    ),
    (
        "v03-country",
        "French President Emmanuel Macron",
        "Swiss President Emmanuel Macron",
        c(
            CONTRADICTED,
            "francois-bayrou bayrou-government",
            "'Office: Prime Minister of France' - 'President: Emmanuel Macron'; 'President of the Republic Emmanuel Macron' of the 'Government of French Fifth Republic': France's president, not Switzerland's",
        ),
        "wrong country",
    ),
    (
        "v04-ordinal",
        "France's fourth prime minister this year",
        "France's third prime minister this year",
        c(
            CONTRADICTED,
            "bayrou-government",
            "'François Bayrou is the fourth prime minister to hold the office in a single year'",
        ),
        "wrong ordinal",
    ),
    (
        "v05-date",
        "appointed him prime minister on December 13",
        "appointed him prime minister on December 10",
        c(
            CONTRADICTED,
            "prime-minister-of-france-2025 francois-bayrou",
            "'who was appointed on 13 December 2024'; 'Term Start: 13 December 2024'",
        ),
        "wrong date",
    ),
    (
        "v06-predecessor",
        "succeeded Michel Barnier",
        "succeeded Gabriel Attal",
        c(
            CONTRADICTED,
            "francois-bayrou gabriel-attal",
            "'Predecessor: Michel Barnier'; Attal's successor was Barnier: 'Succeeded by Michel Barnier'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v07-count",
        "ran for the presidency three times",
        "ran for the presidency four times",
        c(
            CONTRADICTED,
            "francois-bayrou francois-bayrou-2017",
            "'he was a candidate in the 2002, 2007 and 2012 presidential elections': three, not four",
        ),
        "wrong count",
    ),
    (
        "v08-year",
        "has led the Democratic Movement (MoDem) since founding it in 2007",
        "has led the Democratic Movement (MoDem) since founding it in 2004",
        c(
            CONTRADICTED,
            "francois-bayrou",
            "'Office4: President of the Democratic Movement' - 'Predecessor4: Position established' - 'Term Start4: 2 December 2007'; 2004 is the European Democratic Party: 'Term Start5: 13 July 2004'",
        ),
        "wrong year",
    ),
    (
        "v09-birthplace",
        "Born in Bordères",
        "Born in Lourdes",
        c(
            CONTRADICTED,
            "francois-bayrou francois-bayrou-2017",
            "'Birth Place: Bordères, France'; 'born on 25 May 1951, in Bordères, Pyrénées-Atlantiques, a village located between Pau and Lourdes'",
        ),
        "wrong place",
    ),
    (
        "v10-finance-minister",
        "education minister from 1993 to 1997",
        "finance minister from 1993 to 1997",
        c(
            CONTRADICTED,
            "francois-bayrou francois-bayrou-2017",
            "'Office2: Minister of National Education' - 'Term Start2: 29 March 1993' - 'Term End2: 4 June 1997': education, not finance, in the governments of 'Édouard Balladur, Alain Juppé'",
        ),
        "sibling office",
    ),
    (
        "v11-age",
        "The 73-year-old centrist",
        "The 75-year-old centrist",
        c(CONTRADICTED, "francois-bayrou", "'born 25 May 1951': 73 on 2024-12-16"),
        "wrong duration or age",
    ),
    (
        "v12-duration",
        "served for just over three months",
        "served for just over six months",
        c(
            CONTRADICTED,
            "michel-barnier",
            "'Term Start: 5 September 2024' - 'Term End: 13 December 2024': three months and eight days; 'three months into his tenure'",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("fr-2024-12-16", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-replaced",
        "succeeded Michel Barnier",
        "replaced Michel Barnier",
        c(SUPPORTED, "francois-bayrou michel-barnier", "'Predecessor: Michel Barnier'; 'Successor: François Bayrou'"),
    ),
    (
        "r02-native",
        "Born in Bordères",
        "A native of Bordères",
        c(
            SUPPORTED,
            "francois-bayrou francois-bayrou-2017",
            "'Birth Place: Bordères, France'; 'François Bayrou was born on 25 May 1951, in Bordères'",
        ),
    ),
]:
    CHANGES.append(Change("fr-2024-12-16", name, old, new, claim))

# ---------------------------------------------------------------- Mexico: the election, 4 June 2024
BASES.append(
    Base(
        "mx-2024-06-04",
        "2024-06-04",
        "tuning",
        """Sheinbaum wins Mexico's presidency by a landslide

MEXICO CITY - Former Mexico City Head of Government Claudia Sheinbaum won Mexico's presidential election on Sunday by a margin of more than 30 points, according to the preliminary count, and will become the first woman to lead the country.

Sheinbaum, 61, of the ruling Morena party, took more than 33 million votes, the highest number ever recorded for a candidate in Mexican history. That broke the record of 30.1 million votes that President Andrés Manuel López Obrador set in 2018. Xóchitl Gálvez of the opposition alliance finished second and Jorge Máynez of Citizens' Movement third.

Voters on 2 June also chose all 500 members of the Chamber of Deputies and all 128 senators.

López Obrador, 70, Mexico's 65th president, has governed since 1 December 2018. Article 83 of the Constitution barred him from seeking re-election: presidents are limited to a single six-year term. He succeeded Enrique Peña Nieto, and was Head of Government of the Federal District from 2000 to 2005.

A scientist with a doctorate in energy engineering from UNAM, Sheinbaum was born in Mexico City. She led the capital from 2018 to 2023, when Martí Batres replaced her. Before that she was mayor of the Tlalpan borough from 2015 to 2017, and from 2000 to 2006 she served as the city's environment secretary under López Obrador.

She is due to take office on 1 October as the country's 66th president.
""",
        {
            "Former Mexico City Head of Government Claudia Sheinbaum": c(
                SUPPORTED,
                "claudia-sheinbaum",
                "'Head of Government of Mexico City In office 5 December 2018 – 16 June 2023': a former holder on 2024-06-04",
            ),
            "won Mexico's presidential election on Sunday": c(
                SUPPORTED,
                "2024-mexican-general-election-june-2024",
                "'General elections were held in Mexico on 2 June 2024' ... 'Elected President Claudia Sheinbaum'; 2 June 2024 was a Sunday",
            ),
            "by a margin of more than 30 points": c(
                SUPPORTED,
                "2024-mexican-general-election-june-2024",
                "'Sheinbaum won the presidential election by a landslide victory of over 31 points'",
            ),
            "will become the first woman to lead the country": c(
                SUPPORTED,
                "2024-mexican-general-election-june-2024 claudia-sheinbaum",
                "'becoming the first woman and the first person from a Jewish background to be elected president of Mexico'; 'becoming the first woman to hold the office'",
            ),
            "Sheinbaum, 61,": c(SUPPORTED, "claudia-sheinbaum", "'born 24 June 1962': 61 on 2024-06-04"),
            "of the ruling Morena party": c(SUPPORTED, "claudia-sheinbaum", "'Political partyMorena (since 2014)'"),
            "took more than 33 million votes": c(
                SUPPORTED,
                "2024-mexican-general-election-june-2024 2024-mexican-general-election",
                "'Popular vote 33,226,602 15,620,726 5,832,105' with 'Reporting 95.23% as of 3 June 2024'; the final count 'Popular vote 35,924,519'",
            ),
            "the highest number ever recorded for a candidate in Mexican history": c(
                SUPPORTED,
                "2024-mexican-general-election-june-2024",
                "'Sheinbaum receiving the highest number of votes ever recorded for a candidate in Mexican history'",
            ),
            "the record of 30.1 million votes": c(
                SUPPORTED, "2024-mexican-general-election-june-2024", "'record of 30.1 million votes from 2018'"
            ),
            "President Andrés Manuel López Obrador": c(
                SUPPORTED,
                "andres-manuel-lopez-obrador-2024 president-of-mexico-2018",
                "'He is the 65th and current President of Mexico since 1 December 2018'; 'The current president is Andrés Manuel López Obrador'",
            ),
            "set in 2018": c(
                SUPPORTED, "2024-mexican-general-election-june-2024", "'record of 30.1 million votes from 2018'"
            ),
            "Xóchitl Gálvez of the opposition alliance finished second": c(
                SUPPORTED,
                "2024-mexican-general-election-june-2024",
                "'Nominee Claudia Sheinbaum Xóchitl Gálvez Jorge Máynez' - 'Alliance Sigamos Haciendo Historia Fuerza y Corazón por México' - 'Percentage 60.67% 28.52% 10.65%'",
            ),
            "Jorge Máynez of Citizens' Movement third": c(
                SUPPORTED,
                "2024-mexican-general-election-june-2024",
                "'Nominee Claudia Sheinbaum Xóchitl Gálvez Jorge Máynez' - 'Party MORENA PAN ... MC' - 'Percentage 60.67% 28.52% 10.65%': third, for 'MC' (the Citizens' Movement of the page's 'Candidates' list)",
            ),
            "Voters on 2 June also chose": c(
                SUPPORTED,
                "2024-mexican-general-election-june-2024",
                "'General elections were held in Mexico on 2 June 2024'",
            ),
            "all 500 members of the Chamber of Deputies": c(
                SUPPORTED,
                "2024-mexican-general-election-june-2024",
                "'all 500 members of the Chamber of Deputies'",
            ),
            "all 128 senators": c(
                SUPPORTED, "2024-mexican-general-election-june-2024", "'all 128 members of the Senate'"
            ),
            "López Obrador, 70,": c(
                SUPPORTED,
                "andres-manuel-lopez-obrador-2024",
                "'born 13 November 1953' - '(age 70)': 70 on 2024-06-04",
            ),
            "Mexico's 65th president": c(
                SUPPORTED,
                "andres-manuel-lopez-obrador-2024",
                "'65th President of Mexico Assumed office 1 December 2018'",
            ),
            "has governed since 1 December 2018": c(
                SUPPORTED,
                "andres-manuel-lopez-obrador-2024 president-of-mexico-2018",
                "'65th President of Mexico Assumed office 1 December 2018'; 'who took office on 1 December 2018'",
            ),
            "Article 83 of the Constitution barred him from seeking re-election": c(
                SUPPORTED,
                "2024-mexican-general-election-june-2024",
                "'Article 83 of the Mexican Constitution does not allow a president to run for re-election, meaning incumbent President Andrés Manuel López Obrador could not run for reelection'",
            ),
            "presidents are limited to a single six-year term": c(
                SUPPORTED, "president-of-mexico-2018", "'Mexican presidents are limited to a single six-year term'"
            ),
            "He succeeded Enrique Peña Nieto": c(
                SUPPORTED, "andres-manuel-lopez-obrador-2024", "'Preceded byEnrique Peña Nieto'"
            ),
            "Head of Government of the Federal District from 2000 to 2005": c(
                SUPPORTED,
                "andres-manuel-lopez-obrador-2024",
                "'He was the Head of Government of the Federal District from 2000 to 2005'",
            ),
            "a doctorate in energy engineering from UNAM": c(
                SUPPORTED,
                "claudia-sheinbaum",
                "'Sheinbaum received her Doctor of Philosophy in energy engineering from the National Autonomous University of Mexico (UNAM)'",
            ),
            "Sheinbaum was born in Mexico City": c(
                SUPPORTED, "claudia-sheinbaum", "'24 June 1962 (age 62) Mexico City, Mexico'"
            ),
            "She led the capital from 2018 to 2023": c(
                SUPPORTED,
                "claudia-sheinbaum",
                "'She previously served as Head of Government of Mexico City from 2018 to 2023'",
            ),
            "when Martí Batres replaced her": c(SUPPORTED, "claudia-sheinbaum", "'Succeeded byMartí Batres'"),
            "mayor of the Tlalpan borough from 2015 to 2017": c(
                SUPPORTED, "claudia-sheinbaum", "'Mayor of Tlalpan In office 1 October 2015 – 6 December 2017'"
            ),
            "the city's environment secretary under López Obrador": c(
                SUPPORTED,
                "claudia-sheinbaum",
                "'Secretary of the Environment of Mexico City In office 5 December 2000 – 15 May 2006 Head of GovernmentAndrés Manuel López Obrador'",
            ),
            "She is due to take office on 1 October": c(
                SUPPORTED,
                "claudia-sheinbaum",
                "'66th President of Mexico Assumed office 1 October 2024' (a later copy: a forecast at as_of that 1 October fulfilled)",
            ),
            "the country's 66th president": c(SUPPORTED, "claudia-sheinbaum", "'66th President of Mexico'"),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-successor-early",
        "Former Mexico City Head of Government Claudia Sheinbaum",
        "President Claudia Sheinbaum",
        c(
            CONTRADICTED,
            "claudia-sheinbaum andres-manuel-lopez-obrador-2024 president-of-mexico-2018",
            "'66th President of Mexico Assumed office 1 October 2024': not yet in office on 2024-06-04, when 'The current president is Andrés Manuel López Obrador'",
        ),
        "successor before taking office",
    ),
    (
        "v02-past-holder",
        "Former Mexico City Head of Government Claudia Sheinbaum",
        "Mexico City Head of Government Claudia Sheinbaum",
        c(
            CONTRADICTED,
            "claudia-sheinbaum",
            "'Head of Government of Mexico City In office 5 December 2018 – 16 June 2023' - 'Succeeded byMartí Batres': no longer in office on 2024-06-04",
        ),
        "past holder as current",
    ),
    (
        "v03-age",
        "Sheinbaum, 61,",
        "Sheinbaum, 62,",
        c(CONTRADICTED, "claudia-sheinbaum", "'born 24 June 1962': 61 on 2024-06-04, 62 only from 24 June"),
        "wrong duration or age",
    ),
    (
        "v04-count",
        "took more than 33 million votes",
        "took more than 38 million votes",
        c(
            CONTRADICTED,
            "2024-mexican-general-election-june-2024 2024-mexican-general-election",
            "'Popular vote 33,226,602' as of 3 June 2024; the final count 'Popular vote 35,924,519': fewer than 38 million",
        ),
        "wrong count",
    ),
    (
        "v05-year",
        "set in 2018",
        "set in 2012",
        c(
            CONTRADICTED,
            "2024-mexican-general-election-june-2024 andres-manuel-lopez-obrador-2024",
            "'record of 30.1 million votes from 2018'; in 2012 'He finished second with 31.59% of the vote'",
        ),
        "wrong year",
    ),
    (
        "v06-ordinal",
        "Mexico's 65th president",
        "Mexico's 64th president",
        c(
            CONTRADICTED,
            "andres-manuel-lopez-obrador-2024",
            "'65th President of Mexico Assumed office 1 December 2018'; 'He is the 65th and current President of Mexico'",
        ),
        "wrong ordinal",
    ),
    (
        "v07-date",
        "has governed since 1 December 2018",
        "has governed since 1 July 2018",
        c(
            CONTRADICTED,
            "andres-manuel-lopez-obrador-2024 president-of-mexico-2018",
            "'65th President of Mexico Assumed office 1 December 2018'; 'who took office on 1 December 2018'",
        ),
        "wrong date",
    ),
    (
        "v08-predecessor",
        "He succeeded Enrique Peña Nieto",
        "He succeeded Vicente Fox",
        c(CONTRADICTED, "andres-manuel-lopez-obrador-2024", "'Preceded byEnrique Peña Nieto'"),
        "wrong predecessor or successor",
    ),
    (
        "v09-birthplace",
        "Sheinbaum was born in Mexico City",
        "Sheinbaum was born in Guadalajara",
        c(CONTRADICTED, "claudia-sheinbaum", "'24 June 1962 (age 62) Mexico City, Mexico'"),
        "wrong place",
    ),
    (
        "v10-successor",
        "when Martí Batres replaced her",
        "when José Ramón Amieva replaced her",
        c(
            CONTRADICTED,
            "claudia-sheinbaum",
            "'Head of Government of Mexico City' - 'Preceded byJosé Ramón Amieva' - 'Succeeded byMartí Batres': Amieva came before her",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v11-deputy-mayor",
        "mayor of the Tlalpan borough from 2015 to 2017",
        "deputy mayor of the Tlalpan borough from 2015 to 2017",
        c(
            CONTRADICTED,
            "claudia-sheinbaum",
            "'Mayor of Tlalpan In office 1 October 2015 – 6 December 2017': the mayor, not a deputy",
        ),
        "vice or deputy",
    ),
    (
        "v12-finance-secretary",
        "the city's environment secretary under López Obrador",
        "the city's finance secretary under López Obrador",
        c(
            CONTRADICTED,
            "claudia-sheinbaum",
            "'Secretary of the Environment of Mexico City In office 5 December 2000 – 15 May 2006 Head of GovernmentAndrés Manuel López Obrador': environment, not finance",
        ),
        "sibling office",
    ),
    (
        "v13-country",
        "won Mexico's presidential election on Sunday",
        "won Colombia's presidential election on Sunday",
        c(
            CONTRADICTED,
            "2024-mexican-general-election-june-2024",
            "'General elections were held in Mexico on 2 June 2024' ... 'Elected President Claudia Sheinbaum'",
        ),
        "wrong country",
    ),
    (
        "v14-term",
        "presidents are limited to a single six-year term",
        "presidents are limited to a single four-year term",
        c(
            CONTRADICTED,
            "president-of-mexico-2018",
            "'Term lengthSix years (sexenio)'; 'Mexican presidents are limited to a single six-year term'",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("mx-2024-06-04", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-took-over",
        "He succeeded Enrique Peña Nieto",
        "He took over from Enrique Peña Nieto",
        c(SUPPORTED, "andres-manuel-lopez-obrador-2024", "'Preceded byEnrique Peña Nieto'"),
    ),
    (
        "r02-native",
        "Sheinbaum was born in Mexico City",
        "Sheinbaum is a native of Mexico City",
        c(SUPPORTED, "claudia-sheinbaum", "'24 June 1962 (age 62) Mexico City, Mexico'"),
    ),
]:
    CHANGES.append(Change("mx-2024-06-04", name, old, new, claim))

# ---------------------------------------------------------------- Mexico: the inauguration, 2 October 2024
BASES.append(
    Base(
        "mx-2024-10-02",
        "2024-10-02",
        "tuning",
        """Sheinbaum sworn in as Mexico's first woman president

MEXICO CITY - Claudia Sheinbaum was sworn in on Tuesday, 1 October, as Mexico's 66th president, the first woman to hold the office.

President Claudia Sheinbaum took the oath before Congress at the Legislative Palace of San Lázaro, then moved to the National Palace, the official residence, to host foreign guests.

She succeeded Andrés Manuel López Obrador. López Obrador, 70, had governed since 1 December 2018, and his term ended on 30 September. Former President Andrés Manuel López Obrador has said he will retire from public life.

Sheinbaum won the 2 June election with 61.18% of the vote, or 35.9 million ballots, against 28.11% for Xóchitl Gálvez. Her Sigamos Haciendo Historia coalition took 364 of the 500 seats in the Chamber of Deputies and 83 of the 128 in the Senate, with Morena alone winning 236 deputies.

Under the Constitution, Sheinbaum will serve a single six-year term and cannot run again. The office dates from 1824, when Guadalupe Victoria became the first president.

The 62-year-old scientist, who holds a doctorate in energy engineering, governed Mexico City from 2018 to 2023, when Martí Batres succeeded her. She had earlier been mayor of Tlalpan and, from 2000 to 2006, the capital's environment secretary.
""",
        {
            "sworn in on Tuesday, 1 October": c(
                SUPPORTED,
                "president-of-mexico claudia-sheinbaum",
                "'who was sworn-in on October 1, 2024'; 'Assumed office 1 October 2024'",
            ),
            "Mexico's 66th president": c(SUPPORTED, "claudia-sheinbaum", "'66th President of Mexico'"),
            "the first woman to hold the office": c(
                SUPPORTED, "claudia-sheinbaum", "'becoming the first woman to hold the office'"
            ),
            "President Claudia Sheinbaum": c(
                SUPPORTED,
                "claudia-sheinbaum president-of-mexico",
                "'66th President of Mexico Assumed office 1 October 2024'; 'currently held by Claudia Sheinbaum'",
            ),
            "took the oath before Congress at the Legislative Palace of San Lázaro": c(
                UNVERIFIED,
                "",
                "no stored page says where she took the oath (news pages name the Legislative Palace of San Lázaro; none was stored)",
            ),
            "then moved to the National Palace, the official residence": c(
                SUPPORTED,
                "president-of-mexico claudia-sheinbaum",
                "'Residence | National Palace'; 'ResidenceNational Palace'",
            ),
            "She succeeded Andrés Manuel López Obrador": c(
                SUPPORTED,
                "claudia-sheinbaum andres-manuel-lopez-obrador",
                "'Preceded byAndrés Manuel López Obrador'; 'Succeeded by | Claudia Sheinbaum'",
            ),
            "López Obrador, 70,": c(
                SUPPORTED,
                "andres-manuel-lopez-obrador andres-manuel-lopez-obrador-2024",
                "'born 13 November 1953': 70 on 2024-10-02, 71 only from 13 November",
            ),
            "had governed since 1 December 2018": c(
                SUPPORTED, "andres-manuel-lopez-obrador", "'In office 1 December 2018 – 30 September 2024'"
            ),
            "his term ended on 30 September": c(
                SUPPORTED, "andres-manuel-lopez-obrador", "'In office 1 December 2018 – 30 September 2024'"
            ),
            "Former President Andrés Manuel López Obrador": c(
                SUPPORTED,
                "andres-manuel-lopez-obrador",
                "'He was the 65th President of Mexico from 2018 until 2024' - 'In office 1 December 2018 – 30 September 2024'",
            ),
            "has said he will retire from public life": c(
                UNVERIFIED, "", "no stored page says what López Obrador plans after leaving office"
            ),
            "won the 2 June election": c(
                SUPPORTED,
                "2024-mexican-general-election",
                "'2024 Mexican general election 2 June 2024' ... 'Elected President Claudia Sheinbaum'",
            ),
            "with 61.18% of the vote": c(
                SUPPORTED, "2024-mexican-general-election", "'Percentage 61.18% 28.11% 10.57%'"
            ),
            "or 35.9 million ballots": c(
                SUPPORTED, "2024-mexican-general-election", "'Popular vote 35,924,519 16,502,697 6,204,710'"
            ),
            "against 28.11% for Xóchitl Gálvez": c(
                SUPPORTED,
                "2024-mexican-general-election",
                "'Nominee Claudia Sheinbaum Xóchitl Gálvez Jorge Máynez' - 'Percentage 61.18% 28.11% 10.57%'",
            ),
            "took 364 of the 500 seats in the Chamber of Deputies": c(
                SUPPORTED,
                "2024-mexican-general-election",
                "'All 500 seats in the Chamber of Deputies' ... 'Sigamos Haciendo Historia (364 seats)'",
            ),
            "83 of the 128 in the Senate": c(
                SUPPORTED,
                "2024-mexican-general-election",
                "'All 128 seats in the Senate of the Republic' ... 'Sigamos Haciendo Historia (83 seats)'",
            ),
            "Morena alone winning 236 deputies": c(
                SUPPORTED,
                "2024-mexican-general-election",
                "'Chamber of Deputies' ... 'MORENA Mario Delgado 42.40 236 +38'",
            ),
            "will serve a single six-year term": c(
                SUPPORTED,
                "president-of-mexico",
                "'Term length | Six years, non-renewable'; 'Mexican presidents are limited to a single six-year term'",
            ),
            "cannot run again": c(
                SUPPORTED,
                "president-of-mexico",
                "'No one who has held the post, even on a caretaker basis, is allowed to run or serve again'",
            ),
            "The office dates from 1824": c(SUPPORTED, "president-of-mexico", "'Formation | 10 October 1824'"),
            "Guadalupe Victoria became the first president": c(
                SUPPORTED, "president-of-mexico", "'First holder | Guadalupe Victoria'"
            ),
            "The 62-year-old scientist": c(SUPPORTED, "claudia-sheinbaum", "'24 June 1962 (age 62)': 62 on 2024-10-02"),
            "a doctorate in energy engineering": c(
                SUPPORTED, "claudia-sheinbaum", "'Sheinbaum received her Doctor of Philosophy in energy engineering'"
            ),
            "governed Mexico City from 2018 to 2023": c(
                SUPPORTED,
                "claudia-sheinbaum",
                "'She previously served as Head of Government of Mexico City from 2018 to 2023'",
            ),
            "when Martí Batres succeeded her": c(SUPPORTED, "claudia-sheinbaum", "'Succeeded byMartí Batres'"),
            "mayor of Tlalpan": c(
                SUPPORTED, "claudia-sheinbaum", "'Mayor of Tlalpan In office 1 October 2015 – 6 December 2017'"
            ),
            "from 2000 to 2006, the capital's environment secretary": c(
                SUPPORTED,
                "claudia-sheinbaum",
                "'Secretary of the Environment of Mexico City In office 5 December 2000 – 15 May 2006'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-past-holder",
        "Former President Andrés Manuel López Obrador",
        "President Andrés Manuel López Obrador",
        c(
            CONTRADICTED,
            "andres-manuel-lopez-obrador president-of-mexico",
            "'In office 1 December 2018 – 30 September 2024' - 'Succeeded by | Claudia Sheinbaum'; 'currently held by Claudia Sheinbaum'",
        ),
        "past holder as current",
    ),
    (
        "v02-vice-president",
        "President Claudia Sheinbaum",
        "Vice President Claudia Sheinbaum",
        c(
            CONTRADICTED,
            "claudia-sheinbaum president-of-mexico",
            "'66th President of Mexico Assumed office 1 October 2024'; the office has no vice president, its deputy is the 'Secretary of Interior'",
        ),
        "vice or deputy",
    ),
    (
        "v03-date",
        "his term ended on 30 September",
        "his term ended on 30 November",
        c(CONTRADICTED, "andres-manuel-lopez-obrador", "'In office 1 December 2018 – 30 September 2024'"),
        "wrong date",
    ),
    (
        "v04-ordinal",
        "Mexico's 66th president",
        "Mexico's 65th president",
        c(
            CONTRADICTED,
            "claudia-sheinbaum andres-manuel-lopez-obrador",
            "'66th President of Mexico Assumed office 1 October 2024'; the 65th was López Obrador: '65th President of Mexico'",
        ),
        "wrong ordinal",
    ),
    (
        "v05-country",
        "Mexico's 66th president",
        "Colombia's 66th president",
        c(CONTRADICTED, "claudia-sheinbaum", "'66th President of Mexico Assumed office 1 October 2024'"),
        "wrong country",
    ),
    (
        "v06-predecessor",
        "She succeeded Andrés Manuel López Obrador",
        "She succeeded Enrique Peña Nieto",
        c(
            CONTRADICTED,
            "claudia-sheinbaum andres-manuel-lopez-obrador",
            "'Preceded byAndrés Manuel López Obrador'; Peña Nieto came before López Obrador: 'Preceded by | Enrique Peña Nieto'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v07-year",
        "had governed since 1 December 2018",
        "had governed since 1 December 2012",
        c(CONTRADICTED, "andres-manuel-lopez-obrador", "'In office 1 December 2018 – 30 September 2024'"),
        "wrong year",
    ),
    (
        "v08-count",
        "took 364 of the 500 seats in the Chamber of Deputies",
        "took 346 of the 500 seats in the Chamber of Deputies",
        c(
            CONTRADICTED,
            "2024-mexican-general-election",
            "'All 500 seats in the Chamber of Deputies' ... 'Sigamos Haciendo Historia (364 seats)'",
        ),
        "wrong count",
    ),
    (
        "v09-residence",
        "then moved to the National Palace, the official residence",
        "then moved to Los Pinos, the official residence",
        c(
            CONTRADICTED,
            "president-of-mexico claudia-sheinbaum",
            "'Residence | National Palace'; 'ResidenceNational Palace'",
        ),
        "wrong place",
    ),
    (
        "v10-term",
        "will serve a single six-year term",
        "will serve a single five-year term",
        c(
            CONTRADICTED,
            "president-of-mexico",
            "'Term length | Six years, non-renewable'; 'Mexican presidents are limited to a single six-year term'",
        ),
        "wrong duration or age",
    ),
    (
        "v11-age",
        "The 62-year-old scientist",
        "The 64-year-old scientist",
        c(CONTRADICTED, "claudia-sheinbaum", "'24 June 1962 (age 62)': 62 on 2024-10-02"),
        "wrong duration or age",
    ),
    (
        "v12-security-secretary",
        "from 2000 to 2006, the capital's environment secretary",
        "from 2000 to 2006, the capital's security secretary",
        c(
            CONTRADICTED,
            "claudia-sheinbaum",
            "'Secretary of the Environment of Mexico City In office 5 December 2000 – 15 May 2006': environment, not security",
        ),
        "sibling office",
    ),
]:
    CHANGES.append(Change("mx-2024-10-02", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-took-over",
        "She succeeded Andrés Manuel López Obrador",
        "She took over from Andrés Manuel López Obrador",
        c(
            SUPPORTED,
            "claudia-sheinbaum andres-manuel-lopez-obrador",
            "'Preceded byAndrés Manuel López Obrador'; 'Succeeded by | Claudia Sheinbaum'",
        ),
    ),
    (
        "r02-led-the-government",
        "governed Mexico City from 2018 to 2023",
        "led the government of Mexico City from 2018 to 2023",
        c(
            SUPPORTED,
            "claudia-sheinbaum",
            "'Head of Government of Mexico City In office 5 December 2018 – 16 June 2023'",
        ),
    ),
]:
    CHANGES.append(Change("mx-2024-10-02", name, old, new, claim))

# ---------------------------------------------------------------- Finland: the runoff, 12 February 2024
BASES.append(
    Base(
        "fi-2024-02-12",
        "2024-02-12",
        "held-out",
        """Stubb narrowly wins Finland's presidency

HELSINKI - Former Prime Minister Alexander Stubb won Finland's presidential runoff on Sunday, 11 February, and will become the country's 13th president.

Stubb, 55, took 51.6% of the vote against 48.4% for Pekka Haavisto, the closest second round in the history of Finnish presidential elections. The two had come out ahead of a field of nine candidates in the first round on 28 January. Turnout in the runoff was 67.58%, down from 71.55% in the first round.

He will take office on 1 March, succeeding President Sauli Niinistö, who has served two six-year terms and could not stand again. Niinistö, 75, has been head of state since 1 March 2012, when he succeeded Tarja Halonen.

Stubb led the government from June 2014 to May 2015 and then served as finance minister under Juha Sipilä. He was foreign minister from 2008 to 2011, and he chaired the National Coalition Party from 2014 to 2016, when Petteri Orpo replaced him. Orpo is now prime minister.

The vote was the first since Finland joined NATO in 2023. The president leads foreign policy together with the government and commands the Finnish Defence Forces.

The Helsinki-born politician, who holds a doctorate from the London School of Economics, was elected to the European Parliament in 2004.
""",
        {
            "Former Prime Minister Alexander Stubb": c(
                SUPPORTED,
                "alexander-stubb alexander-stubb-2021",
                "'Order1: Prime Minister of Finland' - 'Term Start1: 24 June 2014' - 'Term End1: 29 May 2015': a former holder at 2024-02-12",
            ),
            "won Finland's presidential runoff": c(
                SUPPORTED,
                "2024-finnish-presidential-election",
                "'Alexander Stubb and Pekka Haavisto contested in a runoff on 11 February with Stubb winning 51.6% to Haavisto's 48.4%'",
            ),
            "on Sunday, 11 February": c(
                SUPPORTED,
                "2024-finnish-presidential-election",
                "'with a second round held on 11 February' (a Sunday in 2024)",
            ),
            "the country's 13th president": c(
                SUPPORTED,
                "2024-finnish-presidential-election alexander-stubb",
                "'ensuring that the president elected would be the country's thirteenth'; 'Office: 13th President of Finland'",
            ),
            "Stubb, 55,": c(SUPPORTED, "alexander-stubb", "'born 1 April 1968': 55 on 2024-02-12"),
            "took 51.6% of the vote": c(
                SUPPORTED, "2024-finnish-presidential-election", "'with Stubb winning 51.6% to Haavisto's 48.4%'"
            ),
            "48.4% for Pekka Haavisto": c(
                SUPPORTED, "2024-finnish-presidential-election", "'with Stubb winning 51.6% to Haavisto's 48.4%'"
            ),
            "the closest second round in the history of Finnish presidential elections": c(
                SUPPORTED,
                "2024-finnish-presidential-election",
                "'The result in the second round was the closest in the history of presidential elections in Finland'",
            ),
            "a field of nine candidates": c(
                UNVERIFIED,
                "",
                "the stored election copy is cut off where its candidates section begins: no stored page gives the number of candidates",
            ),
            "in the first round on 28 January": c(
                SUPPORTED,
                "2024-finnish-presidential-election",
                "'Presidential elections were held in Finland on 28 January 2024, with a second round held on 11 February'",
            ),
            "Turnout in the runoff was 67.58%": c(
                SUPPORTED,
                "2024-finnish-presidential-election",
                "'Turnout | 71.55% (first round) 67.58% (second round)'",
            ),
            "71.55% in the first round": c(
                SUPPORTED,
                "2024-finnish-presidential-election",
                "'Turnout | 71.55% (first round) 67.58% (second round)'",
            ),
            "He will take office on 1 March": c(
                SUPPORTED,
                "alexander-stubb 2024-finnish-presidential-election",
                "'Term Start: 1 March 2024'; 'Stubb began his term as president on 1 March' (later copies: a forecast at as_of that the day fulfilled)",
            ),
            "President Sauli Niinistö": c(
                SUPPORTED,
                "sauli-niinisto president-of-finland-2018",
                "'Office: 12th President of Finland' - 'Term Start: 1 March 2012' - 'Term End: 1 March 2024': covers 2024-02-12; 'The current president is Sauli Niinistö'",
            ),
            "has served two six-year terms": c(
                SUPPORTED,
                "2024-finnish-presidential-election president-of-finland-2018",
                "'having served the maximum two terms'; 'Voters elected a president of the Republic for a six-year term'; 'was re-elected in 2018'",
            ),
            "could not stand again": c(
                SUPPORTED,
                "2024-finnish-presidential-election",
                "'Incumbent president Sauli Niinistö was term-limited and ineligible to run for re-election'",
            ),
            "Niinistö, 75,": c(SUPPORTED, "sauli-niinisto", "'born 24 August 1948': 75 on 2024-02-12"),
            "has been head of state since 1 March 2012": c(
                SUPPORTED,
                "sauli-niinisto president-of-finland-2018",
                "'Term Start: 1 March 2012'; 'Sauli Niinistö since 1 March 2012'",
            ),
            "when he succeeded Tarja Halonen": c(SUPPORTED, "sauli-niinisto", "'Predecessor: Tarja Halonen'"),
            "led the government from June 2014 to May 2015": c(
                SUPPORTED,
                "alexander-stubb alexander-stubb-2021",
                "'Order1: Prime Minister of Finland' - 'Term Start1: 24 June 2014' - 'Term End1: 29 May 2015'",
            ),
            "served as finance minister under Juha Sipilä": c(
                SUPPORTED,
                "alexander-stubb-2021",
                "'Minister of Finance In office 29 May 2015 – 22 June 2016 Prime MinisterJuha Sipilä'",
            ),
            "He was foreign minister from 2008 to 2011": c(
                SUPPORTED,
                "alexander-stubb-2021 alexander-stubb",
                "'Minister for Foreign Affairs In office 4 April 2008 – 22 June 2011'; 'In 2008, Stubb was appointed Minister for Foreign Affairs'",
            ),
            "chaired the National Coalition Party from 2014 to 2016": c(
                SUPPORTED,
                "alexander-stubb",
                "'Office5: Leader of the National Coalition Party' - 'Term Start5: 14 June 2014' - 'Term End5: 11 June 2016'",
            ),
            "when Petteri Orpo replaced him": c(
                SUPPORTED, "alexander-stubb alexander-stubb-2021", "'Successor5: Petteri Orpo'"
            ),
            "Orpo is now prime minister": c(
                SUPPORTED,
                "sauli-niinisto",
                "'Primeminister: Jyrki Katainen Alexander Stubb Juha Sipilä Antti Rinne Sanna Marin Petteri Orpo': the last prime minister of a presidency that covers 2024-02-12",
            ),
            "the first since Finland joined NATO in 2023": c(
                SUPPORTED,
                "2024-finnish-presidential-election",
                "'The presidential election was the first in Finland since it joined the North Atlantic Treaty Organization (NATO) in 2023'",
            ),
            "leads foreign policy together with the government": c(
                SUPPORTED,
                "president-of-finland-2018 president-of-finland",
                "'The president still leads the nation's foreign politics in conjunction with the Government'",
            ),
            "commands the Finnish Defence Forces": c(
                SUPPORTED,
                "president-of-finland-2018 president-of-finland",
                "'is the commander-in-chief of the Finnish Defence Forces'",
            ),
            "The Helsinki-born politician": c(
                SUPPORTED, "alexander-stubb alexander-stubb-2021", "'Birth Place: Helsinki, Finland'"
            ),
            "holds a doctorate from the London School of Economics": c(
                SUPPORTED, "alexander-stubb", "'London School of Economics (PhD)'"
            ),
            "was elected to the European Parliament in 2004": c(
                SUPPORTED,
                "alexander-stubb alexander-stubb-2021",
                "'he was elected to the European Parliament in 2004'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-successor-early",
        "Former Prime Minister Alexander Stubb",
        "President Alexander Stubb",
        c(
            CONTRADICTED,
            "alexander-stubb sauli-niinisto president-of-finland-2018",
            "'Office: 13th President of Finland' - 'Term Start: 1 March 2024': not begun at 2024-02-12, when Niinistö held it ('Term End: 1 March 2024'; 'The current president is Sauli Niinistö')",
        ),
        "successor before taking office",
    ),
    (
        "v02-past-holder",
        "Former Prime Minister Alexander Stubb",
        "Prime Minister Alexander Stubb",
        c(
            CONTRADICTED,
            "alexander-stubb sauli-niinisto",
            "'Order1: Prime Minister of Finland' - 'Term End1: 29 May 2015': a past term; Niinistö's last prime minister is 'Petteri Orpo'",
        ),
        "past holder as current",
    ),
    (
        "v03-vice-president",
        "President Sauli Niinistö",
        "Vice President Sauli Niinistö",
        c(
            CONTRADICTED,
            "sauli-niinisto president-of-finland",
            "'Office: 12th President of Finland' - 'Term Start: 1 March 2012' - 'Term End: 1 March 2024'; the office has no vice president, its deputy is the prime minister: 'Deputy | Prime Minister of Finland'",
        ),
        "vice or deputy",
    ),
    (
        "v04-country",
        "won Finland's presidential runoff",
        "won Estonia's presidential runoff",
        c(
            CONTRADICTED,
            "2024-finnish-presidential-election",
            "'Presidential elections were held in Finland on 28 January 2024, with a second round held on 11 February' - 'with Stubb winning 51.6% to Haavisto's 48.4%'",
        ),
        "wrong country",
    ),
    (
        "v05-terms",
        "has served two six-year terms",
        "has served three six-year terms",
        c(
            CONTRADICTED,
            "2024-finnish-presidential-election president-of-finland-2018",
            "'having served the maximum two terms'; 'no president may be elected for more than two consecutive terms'",
        ),
        "wrong count",
    ),
    (
        "v06-first-round-date",
        "in the first round on 28 January",
        "in the first round on 21 January",
        c(
            CONTRADICTED,
            "2024-finnish-presidential-election",
            "'Presidential elections were held in Finland on 28 January 2024'",
        ),
        "wrong date",
    ),
    (
        "v07-year",
        "has been head of state since 1 March 2012",
        "has been head of state since 1 March 2006",
        c(
            CONTRADICTED,
            "sauli-niinisto president-of-finland-2018",
            "'Term Start: 1 March 2012'; 'He was elected for the first time in 2012'",
        ),
        "wrong year",
    ),
    (
        "v08-birthplace",
        "The Helsinki-born politician",
        "The Turku-born politician",
        c(CONTRADICTED, "alexander-stubb alexander-stubb-2021", "'Birth Place: Helsinki, Finland'"),
        "wrong place",
    ),
    (
        "v09-predecessor",
        "when he succeeded Tarja Halonen",
        "when he succeeded Martti Ahtisaari",
        c(CONTRADICTED, "sauli-niinisto", "'Predecessor: Tarja Halonen'"),
        "wrong predecessor or successor",
    ),
    (
        "v10-ordinal",
        "the country's 13th president",
        "the country's 12th president",
        c(
            CONTRADICTED,
            "2024-finnish-presidential-election alexander-stubb sauli-niinisto",
            "'ensuring that the president elected would be the country's thirteenth'; 'Office: 13th President of Finland'; the 12th is Niinistö: 'Office: 12th President of Finland'",
        ),
        "wrong ordinal",
    ),
    (
        "v11-age",
        "Niinistö, 75,",
        "Niinistö, 77,",
        c(CONTRADICTED, "sauli-niinisto", "'born 24 August 1948': 75 on 2024-02-12"),
        "wrong duration or age",
    ),
    (
        "v12-defence-minister",
        "served as finance minister under Juha Sipilä",
        "served as defence minister under Juha Sipilä",
        c(
            CONTRADICTED,
            "alexander-stubb-2021",
            "'Minister of Finance In office 29 May 2015 – 22 June 2016 Prime MinisterJuha Sipilä': finance, not defence",
        ),
        "sibling office",
    ),
]:
    CHANGES.append(Change("fi-2024-02-12", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-took-over",
        "when he succeeded Tarja Halonen",
        "when he took over from Tarja Halonen",
        c(SUPPORTED, "sauli-niinisto", "'Predecessor: Tarja Halonen'"),
    ),
    (
        "r02-ran-the-ministry",
        "He was foreign minister from 2008 to 2011",
        "He ran the foreign ministry from 2008 to 2011",
        c(
            SUPPORTED,
            "alexander-stubb-2021",
            "'Minister for Foreign Affairs In office 4 April 2008 – 22 June 2011'",
        ),
    ),
]:
    CHANGES.append(Change("fi-2024-02-12", name, old, new, claim))

# ---------------------------------------------------------------- Finland: the inauguration, 4 March 2024
BASES.append(
    Base(
        "fi-2024-03-04",
        "2024-03-04",
        "held-out",
        """Stubb takes office as Finland's president

HELSINKI - Alexander Stubb was sworn in on Friday, 1 March, as Finland's 13th president, making a solemn affirmation before Parliament in Helsinki.

President Alexander Stubb succeeds Sauli Niinistö, who served two six-year terms from 2012. The 55-year-old won the 11 February runoff against Pekka Haavisto with 51.6% of the vote, the narrowest second-round result in the history of the country's presidential elections. He has left the National Coalition Party and now sits as an independent.

Former President Sauli Niinistö, 75, is the only Finnish president elected outright in the first round of a direct popular vote, winning 62.7 percent in 2018.

The president serves a six-year term and can be elected for no more than two consecutive terms. He leads foreign policy together with the government and commands the Finnish Defence Forces. Prime Minister Petteri Orpo, who succeeded Stubb as leader of the National Coalition Party in 2016, heads the government.

The office dates from 1919, and its first holder was Kaarlo Juho Ståhlberg.

Stubb, a former prime minister (2014–2015), was born in Helsinki. He served as foreign minister from 2008 to 2011 and sat in the European Parliament from 2004 to 2008. He has two children.
""",
        {
            "sworn in on Friday, 1 March": c(
                SUPPORTED,
                "alexander-stubb 2024-finnish-presidential-election",
                "'Term Start: 1 March 2024'; 'Stubb began his term as president on 1 March'",
            ),
            "Finland's 13th president": c(SUPPORTED, "alexander-stubb", "'Office: 13th President of Finland'"),
            "making a solemn affirmation before Parliament in Helsinki": c(
                UNVERIFIED,
                "",
                "no stored page says how or where he took office (news pages describe the solemn affirmation before Parliament; none was stored)",
            ),
            "President Alexander Stubb": c(
                SUPPORTED,
                "alexander-stubb president-of-finland",
                "'Office: 13th President of Finland' - 'Term Start: 1 March 2024'; 'The incumbent president is Alexander Stubb, since 1 March 2024'",
            ),
            "succeeds Sauli Niinistö": c(
                SUPPORTED,
                "alexander-stubb sauli-niinisto",
                "'Predecessor: Sauli Niinistö'; 'Successor: Alexander Stubb'",
            ),
            "who served two six-year terms from 2012": c(
                SUPPORTED,
                "sauli-niinisto 2024-finnish-presidential-election",
                "'Term Start: 1 March 2012' - 'Term End: 1 March 2024'; 'having served the maximum two terms'",
            ),
            "The 55-year-old": c(SUPPORTED, "alexander-stubb", "'born 1 April 1968': 55 on 2024-03-04"),
            "the 11 February runoff": c(
                SUPPORTED,
                "2024-finnish-presidential-election",
                "'contested in a runoff on 11 February with Stubb winning 51.6% to Haavisto's 48.4%'",
            ),
            "with 51.6% of the vote": c(
                SUPPORTED, "2024-finnish-presidential-election", "'with Stubb winning 51.6% to Haavisto's 48.4%'"
            ),
            "the narrowest second-round result in the history of the country's presidential elections": c(
                SUPPORTED,
                "2024-finnish-presidential-election",
                "'The result in the second round was the closest in the history of presidential elections in Finland'",
            ),
            "has left the National Coalition Party": c(
                SUPPORTED, "alexander-stubb", "'Otherparty: National Coalition (until 2024)'"
            ),
            "now sits as an independent": c(SUPPORTED, "alexander-stubb", "'Party: Independent (since 2024)'"),
            "Former President Sauli Niinistö": c(
                SUPPORTED,
                "sauli-niinisto president-of-finland",
                "'Office: 12th President of Finland' - 'Term End: 1 March 2024' - 'Successor: Alexander Stubb'",
            ),
            "Niinistö, 75,": c(SUPPORTED, "sauli-niinisto", "'born 24 August 1948': 75 on 2024-03-04"),
            "the only Finnish president elected outright in the first round of a direct popular vote": c(
                SUPPORTED,
                "2024-finnish-presidential-election",
                "'the only Finnish president to have been elected with an outright majority (62.7 percent) in the first round of voting in a direct popular election'",
            ),
            "winning 62.7 percent in 2018": c(
                SUPPORTED,
                "2024-finnish-presidential-election",
                "'elected with an outright majority (62.7 percent) in the first round of voting in a direct popular election during his reelection in 2018'",
            ),
            "The president serves a six-year term": c(
                SUPPORTED,
                "president-of-finland",
                "'Term length | Six years, renewable once consecutively'; 'The president is directly elected by universal suffrage for a term of six years'",
            ),
            "no more than two consecutive terms": c(
                SUPPORTED,
                "president-of-finland",
                "'Since 1994, no president may be elected for more than two consecutive terms'",
            ),
            "leads foreign policy together with the government": c(
                SUPPORTED,
                "president-of-finland",
                "'The president still leads the nation's foreign politics in conjunction with the Government'",
            ),
            "commands the Finnish Defence Forces": c(
                SUPPORTED, "president-of-finland", "'is the commander-in-chief of the Finnish Defence Forces'"
            ),
            "Prime Minister Petteri Orpo": c(
                SUPPORTED,
                "alexander-stubb",
                "'Office: 13th President of Finland' - 'Primeminister: Petteri Orpo'",
            ),
            "who succeeded Stubb as leader of the National Coalition Party in 2016": c(
                SUPPORTED,
                "alexander-stubb",
                "'Office5: Leader of the National Coalition Party' - 'Term End5: 11 June 2016' - 'Successor5: Petteri Orpo'",
            ),
            "The office dates from 1919": c(SUPPORTED, "president-of-finland", "'Formation | 26 July 1919'"),
            "its first holder was Kaarlo Juho Ståhlberg": c(
                SUPPORTED, "president-of-finland", "'Inaugural holder | Kaarlo Juho Ståhlberg'"
            ),
            "a former prime minister (2014–2015)": c(
                SUPPORTED,
                "alexander-stubb",
                "'He previously served as prime minister of Finland from 2014 to 2015'",
            ),
            "was born in Helsinki": c(SUPPORTED, "alexander-stubb", "'Birth Place: Helsinki, Finland'"),
            "served as foreign minister from 2008 to 2011": c(
                SUPPORTED,
                "alexander-stubb-2021",
                "'Minister for Foreign Affairs In office 4 April 2008 – 22 June 2011'",
            ),
            "sat in the European Parliament from 2004 to 2008": c(
                SUPPORTED,
                "alexander-stubb",
                "'Office7: Member of the European Parliament, for Finland' - 'Term Start7: 20 July 2004' - 'Term End7: 3 April 2008'",
            ),
            "He has two children": c(SUPPORTED, "alexander-stubb", "'Children: 2'"),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-past-holder",
        "Former President Sauli Niinistö",
        "President Sauli Niinistö",
        c(
            CONTRADICTED,
            "sauli-niinisto president-of-finland",
            "'Term End: 1 March 2024' - 'Successor: Alexander Stubb'; 'The incumbent president is Alexander Stubb, since 1 March 2024'",
        ),
        "past holder as current",
    ),
    (
        "v02-vice-president",
        "President Alexander Stubb",
        "Vice President Alexander Stubb",
        c(
            CONTRADICTED,
            "alexander-stubb president-of-finland",
            "'Office: 13th President of Finland' - 'Term Start: 1 March 2024'; the office has no vice president, its deputy is the prime minister: 'Deputy | Prime Minister of Finland'",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "Finland's 13th president",
        "Estonia's 13th president",
        c(CONTRADICTED, "alexander-stubb", "'Office: 13th President of Finland'"),
        "wrong country",
    ),
    (
        "v04-terms",
        "no more than two consecutive terms",
        "no more than three consecutive terms",
        c(
            CONTRADICTED,
            "president-of-finland",
            "'Since 1994, no president may be elected for more than two consecutive terms'",
        ),
        "wrong count",
    ),
    (
        "v05-runoff-date",
        "the 11 February runoff",
        "the 28 January runoff",
        c(
            CONTRADICTED,
            "2024-finnish-presidential-election",
            "'Presidential elections were held in Finland on 28 January 2024, with a second round held on 11 February': 28 January was the first round",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "winning 62.7 percent in 2018",
        "winning 62.7 percent in 2012",
        c(
            CONTRADICTED,
            "2024-finnish-presidential-election",
            "'elected with an outright majority (62.7 percent) in the first round of voting in a direct popular election during his reelection in 2018'",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "was born in Helsinki",
        "was born in Tampere",
        c(CONTRADICTED, "alexander-stubb", "'Birth Place: Helsinki, Finland'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "succeeds Sauli Niinistö",
        "succeeds Tarja Halonen",
        c(
            CONTRADICTED,
            "alexander-stubb sauli-niinisto",
            "'Predecessor: Sauli Niinistö'; Halonen came before Niinistö: 'Predecessor: Tarja Halonen'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-ordinal",
        "Finland's 13th president",
        "Finland's 14th president",
        c(CONTRADICTED, "alexander-stubb", "'Office: 13th President of Finland'"),
        "wrong ordinal",
    ),
    (
        "v10-age",
        "The 55-year-old",
        "The 57-year-old",
        c(CONTRADICTED, "alexander-stubb", "'born 1 April 1968': 55 on 2024-03-04"),
        "wrong duration or age",
    ),
    (
        "v11-finance-minister",
        "Prime Minister Petteri Orpo",
        "Finance Minister Petteri Orpo",
        c(
            CONTRADICTED,
            "alexander-stubb",
            "'Office: 13th President of Finland' - 'Primeminister: Petteri Orpo': prime minister at 2024-03-04, not finance minister",
        ),
        "sibling office",
    ),
    (
        "v12-term",
        "The president serves a six-year term",
        "The president serves a five-year term",
        c(
            CONTRADICTED,
            "president-of-finland",
            "'Term length | Six years, renewable once consecutively'; 'for a term of six years'",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("fi-2024-03-04", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-takes-over",
        "succeeds Sauli Niinistö",
        "takes over from Sauli Niinistö",
        c(
            SUPPORTED,
            "alexander-stubb sauli-niinisto",
            "'Predecessor: Sauli Niinistö'; 'Successor: Alexander Stubb'",
        ),
    ),
    (
        "r02-father-of-two",
        "He has two children",
        "He is the father of two",
        c(SUPPORTED, "alexander-stubb", "'Children: 2'"),
    ),
]:
    CHANGES.append(Change("fi-2024-03-04", name, old, new, claim))

# ---------------------------------------------------------------- Reserve Bank of Australia: Bullock named, 17 July 2023
BASES.append(
    Base(
        "rba-2023-07-17",
        "2023-07-17",
        "tuning",
        """Michele Bullock to become first woman to lead the Reserve Bank of Australia

SYDNEY - Deputy Governor Michele Bullock will be the next head of the Reserve Bank of Australia (RBA), the government announced on Friday, 14 July. She will take over on 18 September as the bank's ninth governor, the first woman to hold the post in its 63-year history. Treasurer Jim Chalmers nominated her.

Governor Philip Lowe will not be offered a second term. Lowe, 61, succeeded Glenn Stevens on 18 September 2016, and his seven-year term ends on 17 September. The bank has raised its cash rate 12 times since May 2022.

Bullock was born in Melbourne and grew up in Armidale, New South Wales. She graduated in economics from the University of New England in 1984 and took a master's degree at the London School of Economics in 1989. She has two children.

She has spent her entire career at the RBA. She was an assistant governor from 2010 to 2022 and became deputy governor in April 2022, succeeding Guy Debelle. She was the first woman in that role.

Prime Minister Anthony Albanese joined Chalmers for the announcement in Canberra.

Lowe, a native of Wagga Wagga, joined the bank in 1980 at the age of 17 and earned a doctorate at the Massachusetts Institute of Technology in 1994. He served as deputy governor from 2012 before taking the top job.

The RBA, headquartered in Sydney, has been Australia's central bank since 14 January 1960. It aims to keep inflation within a target range of 2–3%.
""",
        {
            "Deputy Governor Michele Bullock": c(
                SUPPORTED,
                "michele-bullock",
                "'Office2: | Deputy Governor of the Reserve Bank of Australia' ... 'Term Start2: | 2 April 2022' ... 'Term End2: | 17 September 2023'",
            ),
            "the next head of the Reserve Bank of Australia": c(
                SUPPORTED,
                "michele-bullock",
                "'On 14 July 2023, she was announced as Philip Lowe's successor as governor of the RBA'",
            ),
            "announced on Friday, 14 July": c(
                SUPPORTED, "michele-bullock", "'On 14 July 2023, she was announced': 14 July 2023 was a Friday"
            ),
            "She will take over on 18 September": c(
                SUPPORTED,
                "michele-bullock",
                "'commencing on 18 September that year'; 'Term Start: | 18 September 2023' (a later copy; a forecast at as_of that the day fulfilled)",
            ),
            "the bank's ninth governor": c(SUPPORTED, "michele-bullock", "'She is the ninth governor'"),
            "the first woman to hold the post": c(
                SUPPORTED, "michele-bullock", "'She is the ninth governor and the first woman to hold the position'"
            ),
            "in its 63-year history": c(
                SUPPORTED,
                "reserve-bank-of-australia-2019 reserve-bank-of-australia",
                "'It has had that role since 14 January 1960': 63 years on 2023-07-17",
            ),
            "Treasurer Jim Chalmers nominated her": c(
                SUPPORTED,
                "michele-bullock jim-chalmers",
                "'Nominator: | Jim Chalmers'; 'Office: Treasurer of Australia' ... 'Term Start: 23 May 2022'",
            ),
            "Governor Philip Lowe": c(
                SUPPORTED,
                "philip-lowe-2016 philip-lowe",
                "'Governor of the Reserve Bank of Australia Assumed office 18 September 2016'; 'In office 18 September 2016 17 September 2023'",
            ),
            "will not be offered a second term": c(
                UNVERIFIED, "", "no stored page says whether Lowe was offered, or refused, a second term"
            ),
            "Lowe, 61,": c(SUPPORTED, "philip-lowe", "'Philip Lowe (born 4 October 1961)': 61 on 2023-07-17"),
            "succeeded Glenn Stevens on 18 September 2016": c(
                SUPPORTED, "philip-lowe-2016", "'having succeeded Glenn Stevens on 18 September 2016'"
            ),
            "his seven-year term ends on 17 September": c(
                SUPPORTED,
                "philip-lowe",
                "'In office 18 September 2016 17 September 2023': seven years, ending on 17 September",
            ),
            "The bank has raised its cash rate 12 times since May 2022": c(
                UNVERIFIED,
                "",
                "no stored page counts the rate rises (the copies give only the interest rate target of their own dates, 1.5% in 2019 and 4.35% later)",
            ),
            "Bullock was born in Melbourne": c(
                SUPPORTED,
                "michele-bullock",
                "'Birth Place: | Melbourne, Victoria, Australia'; 'Bullock was born in 1962 or 1963 in Melbourne'",
            ),
            "grew up in Armidale, New South Wales": c(
                SUPPORTED,
                "michele-bullock",
                "'At approximately nine years of age, she moved to Armidale, New South Wales, where she attended Armidale High School'",
            ),
            "graduated in economics from the University of New England in 1984": c(
                SUPPORTED,
                "michele-bullock",
                "'graduating from the University of New England (UNE) with a Bachelor of Economics with honours in 1984'",
            ),
            "took a master's degree at the London School of Economics in 1989": c(
                SUPPORTED,
                "michele-bullock",
                "'She has also studied at the London School of Economics, graduating with a Master of Science in 1989'",
            ),
            "She has two children": c(SUPPORTED, "michele-bullock", "'She has two children.'"),
            "She has spent her entire career at the RBA": c(
                SUPPORTED,
                "michele-bullock",
                "'following which she began employment at the bank.' ... 'Since then, she has been continuously employed by the RBA'",
            ),
            "an assistant governor from 2010 to 2022": c(
                SUPPORTED, "michele-bullock", "'she was an assistant governor for three areas from 2010 to 2022'"
            ),
            "became deputy governor in April 2022": c(
                SUPPORTED,
                "michele-bullock",
                "'before being appointed as deputy governor succeeding Guy Debelle in April 2022'; 'Term Start2: | 2 April 2022'",
            ),
            "succeeding Guy Debelle": c(
                SUPPORTED,
                "michele-bullock",
                "'Predecessor2: | Guy Debelle'; 'appointed as deputy governor succeeding Guy Debelle'",
            ),
            "the first woman in that role": c(
                SUPPORTED, "michele-bullock", "'She was the first woman to become deputy governor.'"
            ),
            "Prime Minister Anthony Albanese": c(
                SUPPORTED,
                "jim-chalmers",
                "'Office: Treasurer of Australia' ... 'Primeminister: Anthony Albanese' ... 'Term Start: 23 May 2022'",
            ),
            "for the announcement in Canberra": c(
                UNVERIFIED, "", "no stored page says where or by whom the appointment was announced"
            ),
            "a native of Wagga Wagga": c(
                SUPPORTED, "philip-lowe philip-lowe-2016", "'Lowe was born in Wagga Wagga, New South Wales.'"
            ),
            "joined the bank in 1980 at the age of 17": c(
                UNVERIFIED,
                "philip-lowe",
                "the page disagrees with itself: 'initially employed as a clerical worker in 1980 at the age of 17' but 'Lowe started working at the Bank at age 18', and 'born 4 October 1961' makes him 18 or 19 in 1980 (made unverified after review)",
            ),
            "earned a doctorate at the Massachusetts Institute of Technology in 1994": c(
                SUPPORTED,
                "philip-lowe philip-lowe-2016",
                "'completed a doctorate in 1994 at the Massachusetts Institute of Technology (MIT)'",
            ),
            "served as deputy governor from 2012": c(
                SUPPORTED,
                "philip-lowe philip-lowe-2016",
                "'eventually becoming Deputy Governor in 2012'; 'deputy governor under Glenn Stevens from February 2012 to September 2016'",
            ),
            "The RBA, headquartered in Sydney": c(
                SUPPORTED,
                "reserve-bank-of-australia-2019 reserve-bank-of-australia",
                "'RBA headquarters, 65 Martin Place, Sydney'; 'Headquarters Sydney, New South Wales, Australia'",
            ),
            "has been Australia's central bank since 14 January 1960": c(
                SUPPORTED,
                "reserve-bank-of-australia-2019 reserve-bank-of-australia",
                "'is the country's central bank and banknote issuing authority. It has had that role since 14 January 1960'",
            ),
            "within a target range of 2–3%": c(
                SUPPORTED,
                "reserve-bank-of-australia",
                "'to control inflation levels within a target range of 2–3%' (a later copy; the 2019 copy's excerpt does not reach the target)",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-successor-early",
        "Deputy Governor Michele Bullock",
        "Governor Michele Bullock",
        c(
            CONTRADICTED,
            "michele-bullock philip-lowe",
            "'Term Start: | 18 September 2023' ... 'Term Start2: | 2 April 2022' ... 'Term End2: | 17 September 2023'; Lowe was governor until 'September 2023'",
        ),
        "successor before taking office",
    ),
    (
        "v02-deputy-lowe",
        "Governor Philip Lowe",
        "Deputy Governor Philip Lowe",
        c(
            CONTRADICTED,
            "philip-lowe philip-lowe-2016 michele-bullock",
            "'In office 18 September 2016 17 September 2023'; he was deputy 'from February 2012 to September 2016'; the deputy on 2023-07-17 was Bullock: 'Term Start2: | 2 April 2022'",
        ),
        "vice or deputy",
    ),
    (
        "v03-finance-minister",
        "Treasurer Jim Chalmers nominated her",
        "Finance Minister Jim Chalmers nominated her",
        c(
            CONTRADICTED,
            "jim-chalmers michele-bullock",
            "'Office: Treasurer of Australia' ... 'Term Start: 23 May 2022'; 'Nominator: | Jim Chalmers': treasurer, not finance minister",
        ),
        "sibling office",
    ),
    (
        "v04-country",
        "has been Australia's central bank since 14 January 1960",
        "has been New Zealand's central bank since 14 January 1960",
        c(
            CONTRADICTED,
            "reserve-bank-of-australia",
            "'The Reserve Bank of Australia (RBA) is Australia's central bank and banknote issuing authority. It has had this role since 14 January 1960'",
        ),
        "wrong country",
    ),
    (
        "v05-children",
        "She has two children",
        "She has three children",
        c(CONTRADICTED, "michele-bullock", "'She has two children.'"),
        "wrong count",
    ),
    (
        "v06-date",
        "She will take over on 18 September",
        "She will take over on 18 October",
        c(CONTRADICTED, "michele-bullock", "'commencing on 18 September that year'; 'Term Start: | 18 September 2023'"),
        "wrong date",
    ),
    (
        "v07-year",
        "succeeded Glenn Stevens on 18 September 2016",
        "succeeded Glenn Stevens on 18 September 2013",
        c(
            CONTRADICTED,
            "philip-lowe-2016",
            "'having succeeded Glenn Stevens on 18 September 2016'; 'Assumed office 18 September 2016'",
        ),
        "wrong year",
    ),
    (
        "v08-birthplace",
        "Bullock was born in Melbourne",
        "Bullock was born in Adelaide",
        c(
            CONTRADICTED,
            "michele-bullock",
            "'Birth Place: | Melbourne, Victoria, Australia'; 'Bullock was born in 1962 or 1963 in Melbourne'",
        ),
        "wrong place",
    ),
    (
        "v09-predecessor",
        "succeeding Guy Debelle",
        "succeeding Glenn Stevens",
        c(
            CONTRADICTED,
            "michele-bullock philip-lowe",
            "'Predecessor2: | Guy Debelle'; Stevens was governor, with Lowe his deputy: 'deputy governor under Glenn Stevens from February 2012 to September 2016'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v10-ordinal",
        "the bank's ninth governor",
        "the bank's tenth governor",
        c(
            CONTRADICTED,
            "michele-bullock",
            "'She is the ninth governor'; '9th Governor of the Reserve Bank of Australia'",
        ),
        "wrong ordinal",
    ),
    (
        "v11-age",
        "Lowe, 61,",
        "Lowe, 66,",
        c(CONTRADICTED, "philip-lowe", "'Philip Lowe (born 4 October 1961)': 61 on 2023-07-17"),
        "wrong duration or age",
    ),
    (
        "v12-term",
        "his seven-year term ends on 17 September",
        "his five-year term ends on 17 September",
        c(
            CONTRADICTED,
            "philip-lowe",
            "'In office 18 September 2016 17 September 2023': seven years, not five",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("rba-2023-07-17", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-took-over",
        "succeeded Glenn Stevens on 18 September 2016",
        "took over from Glenn Stevens on 18 September 2016",
        c(
            SUPPORTED,
            "philip-lowe-2016",
            "'having succeeded Glenn Stevens on 18 September 2016'; 'Preceded by Glenn Stevens'",
        ),
    ),
    (
        "r02-native",
        "Bullock was born in Melbourne",
        "Bullock is a native of Melbourne",
        c(
            SUPPORTED,
            "michele-bullock",
            "'Birth Place: | Melbourne, Victoria, Australia'; 'Bullock was born in 1962 or 1963 in Melbourne'",
        ),
    ),
]:
    CHANGES.append(Change("rba-2023-07-17", name, old, new, claim))

# ---------------------------------------------------------------- Reserve Bank of Australia: Bullock in office, 19 September 2023
BASES.append(
    Base(
        "rba-2023-09-19",
        "2023-09-19",
        "tuning",
        """Bullock takes the helm at the Reserve Bank of Australia

SYDNEY - Michele Bullock became governor of the Reserve Bank of Australia (RBA) on Monday, 18 September, the first woman to lead the central bank since it opened on 14 January 1960.

Governor Michele Bullock, the bank's ninth governor, succeeded Philip Lowe. Former Governor Philip Lowe stepped down when his seven-year term ended on Sunday, 17 September. Lowe, 61, had led the bank since September 2016.

Bullock was nominated by Treasurer Jim Chalmers, and her appointment was announced on 14 July. Chalmers, 45, has been treasurer since May 2022 in the government of Prime Minister Anthony Albanese.

Bullock was deputy governor from April 2022 until Sunday, under Lowe. Before that she was an assistant governor for 12 years, in charge of currency, business services and then the financial system.

Born in Melbourne, she moved to Armidale, New South Wales, at about nine and went to Armidale High School. She studied economics at the University of New England and completed a master's at the London School of Economics in 1989. Bullock, a mother of two, has worked at the bank for her whole career.

Her first meeting as chair of the Reserve Bank Board is on 3 October. She takes over as the bank carries out the 51 recommendations of a review released in April, and has said that leading the bank through change will be a big part of her job.

The bank, based in Sydney, issues Australia's banknotes and aims to keep inflation between 2 and 3%. Lowe, who holds a doctorate from the Massachusetts Institute of Technology, leaves 43 years after he joined the bank as a clerk.
""",
        {
            "became governor of the Reserve Bank of Australia (RBA) on Monday, 18 September": c(
                SUPPORTED,
                "michele-bullock",
                "'She commenced as governor on 18 September 2023': a Monday; 'Term Start: | 18 September 2023'",
            ),
            "the first woman to lead the central bank": c(
                SUPPORTED,
                "michele-bullock",
                "'She commenced as governor on 18 September 2023, and is the first woman to hold the role.'",
            ),
            "since it opened on 14 January 1960": c(
                SUPPORTED,
                "reserve-bank-of-australia reserve-bank-of-australia-2019",
                "'Established14 January 1960'; 'It has had this role since 14 January 1960'",
            ),
            "Governor Michele Bullock": c(
                SUPPORTED,
                "michele-bullock reserve-bank-of-australia",
                "'9th Governor of the Reserve Bank of Australia' ... 'Term Start: | 18 September 2023'; 'GovernorMichele Bullock'",
            ),
            "the bank's ninth governor": c(
                SUPPORTED,
                "michele-bullock",
                "'She is the ninth governor'; '9th Governor of the Reserve Bank of Australia'",
            ),
            "succeeded Philip Lowe": c(
                SUPPORTED,
                "michele-bullock",
                "'Predecessor: | Philip Lowe'; 'she was announced as Philip Lowe's successor as governor of the RBA'",
            ),
            "Former Governor Philip Lowe": c(
                SUPPORTED,
                "philip-lowe",
                "'former Governor of the Reserve Bank of Australia, from September 2016 to September 2023'; 'In office 18 September 2016 17 September 2023'",
            ),
            "his seven-year term ended on Sunday, 17 September": c(
                SUPPORTED,
                "philip-lowe michele-bullock",
                "'In office 18 September 2016 17 September 2023': seven years; 17 September 2023 was a Sunday; 'Term End2: | 17 September 2023'",
            ),
            "Lowe, 61,": c(
                SUPPORTED,
                "philip-lowe",
                "'Philip Lowe (born 4 October 1961)': 61 on 2023-09-19, 62 only from 4 October",
            ),
            "had led the bank since September 2016": c(
                SUPPORTED,
                "philip-lowe",
                "'former Governor of the Reserve Bank of Australia, from September 2016 to September 2023'",
            ),
            "nominated by Treasurer Jim Chalmers": c(
                SUPPORTED,
                "michele-bullock jim-chalmers",
                "'Nominator: | Jim Chalmers'; 'Office: Treasurer of Australia' ... 'Term Start: 23 May 2022'",
            ),
            "her appointment was announced on 14 July": c(
                SUPPORTED, "michele-bullock", "'On 14 July 2023, she was announced as Philip Lowe's successor'"
            ),
            "Chalmers, 45,": c(
                SUPPORTED, "jim-chalmers", "'James Edward Chalmers (born 2 March 1978)': 45 on 2023-09-19"
            ),
            "has been treasurer since May 2022": c(
                SUPPORTED,
                "jim-chalmers",
                "'Office: Treasurer of Australia' ... 'Term Start: 23 May 2022'; 'has served as the treasurer of Australia since 2022'",
            ),
            "Prime Minister Anthony Albanese": c(
                SUPPORTED,
                "jim-chalmers",
                "'Office: Treasurer of Australia' ... 'Primeminister: Anthony Albanese' ... 'Term Start: 23 May 2022'",
            ),
            "was deputy governor from April 2022 until Sunday": c(
                SUPPORTED,
                "michele-bullock",
                "'Office2: | Deputy Governor of the Reserve Bank of Australia' ... 'Term Start2: | 2 April 2022' ... 'Term End2: | 17 September 2023'",
            ),
            "under Lowe": c(SUPPORTED, "michele-bullock", "'Governor2: | Philip Lowe'"),
            "an assistant governor for 12 years": c(
                SUPPORTED,
                "michele-bullock",
                "'she was an assistant governor for three areas from 2010 to 2022': 12 years",
            ),
            "in charge of currency, business services and then the financial system": c(
                SUPPORTED,
                "michele-bullock",
                "'holding responsibility for currency from 2010 to 2015, business services from 2015 to 2016 and the financial system from 2016 to 2022'",
            ),
            "Born in Melbourne": c(
                SUPPORTED,
                "michele-bullock",
                "'Birth Place: | Melbourne, Victoria, Australia'; 'Bullock was born in 1962 or 1963 in Melbourne'",
            ),
            "she moved to Armidale, New South Wales, at about nine": c(
                SUPPORTED,
                "michele-bullock",
                "'At approximately nine years of age, she moved to Armidale, New South Wales'",
            ),
            "went to Armidale High School": c(
                SUPPORTED, "michele-bullock", "'where she attended Armidale High School'"
            ),
            "studied economics at the University of New England": c(
                SUPPORTED,
                "michele-bullock",
                "'she switched to economics, graduating from the University of New England (UNE) with a Bachelor of Economics'",
            ),
            "completed a master's at the London School of Economics in 1989": c(
                SUPPORTED,
                "michele-bullock",
                "'She has also studied at the London School of Economics, graduating with a Master of Science in 1989'",
            ),
            "a mother of two": c(SUPPORTED, "michele-bullock", "'She has two children.'"),
            "has worked at the bank for her whole career": c(
                SUPPORTED,
                "michele-bullock",
                "'following which she began employment at the bank.' ... 'Since then, she has been continuously employed by the RBA'",
            ),
            "Her first meeting as chair of the Reserve Bank Board is on 3 October": c(
                UNVERIFIED,
                "",
                "no stored page gives the board's meeting dates, and the sentence on who chairs the boards is cut off in every stored copy",
            ),
            "The bank, based in Sydney": c(
                SUPPORTED,
                "reserve-bank-of-australia",
                "'HeadquartersReserve Bank of Australia Building, Sydney'",
            ),
            "issues Australia's banknotes": c(
                SUPPORTED,
                "reserve-bank-of-australia",
                "'is Australia's central bank and banknote issuing authority'",
            ),
            "aims to keep inflation between 2 and 3%": c(
                SUPPORTED, "reserve-bank-of-australia", "'to control inflation levels within a target range of 2–3%'"
            ),
            "holds a doctorate from the Massachusetts Institute of Technology": c(
                SUPPORTED,
                "philip-lowe",
                "'Lowe later completed a doctorate in 1994 at the Massachusetts Institute of Technology (MIT)'",
            ),
            "the 51 recommendations of a review released in April": c(
                UNVERIFIED, "", "no stored page mentions the 2023 review of the bank or its recommendations"
            ),
            "has said that leading the bank through change will be a big part of her job": c(
                UNVERIFIED,
                "",
                "no stored page reports what Bullock said on her appointment (the stored copy of her page is cut off inside the first words it quotes from her)",
            ),
            "leaves 43 years after he joined the bank as a clerk": c(
                SUPPORTED,
                "philip-lowe",
                "'He was initially employed as a clerical worker in 1980 at the age of 17' ... 'from September 2016 to September 2023': 1980 to 2023 is 43 years",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-past-holder",
        "Former Governor Philip Lowe",
        "Governor Philip Lowe",
        c(
            CONTRADICTED,
            "philip-lowe michele-bullock reserve-bank-of-australia",
            "'In office 18 September 2016 17 September 2023'; 'Term Start: | 18 September 2023' ... 'Predecessor: | Philip Lowe'; 'GovernorMichele Bullock'",
        ),
        "past holder as current",
    ),
    (
        "v02-deputy",
        "Governor Michele Bullock",
        "Deputy Governor Michele Bullock",
        c(
            CONTRADICTED,
            "michele-bullock",
            "'Term Start2: | 2 April 2022' ... 'Term End2: | 17 September 2023'; 'Term Start: | 18 September 2023': governor, no longer deputy, on 2023-09-19",
        ),
        "vice or deputy",
    ),
    (
        "v03-assistant-governor",
        "was deputy governor from April 2022 until Sunday",
        "was assistant governor from April 2022 until Sunday",
        c(
            CONTRADICTED,
            "michele-bullock",
            "'she was an assistant governor for three areas from 2010 to 2022' ... 'before being appointed as deputy governor succeeding Guy Debelle in April 2022'",
        ),
        "sibling office",
    ),
    (
        "v04-country",
        "issues Australia's banknotes",
        "issues New Zealand's banknotes",
        c(
            CONTRADICTED,
            "reserve-bank-of-australia",
            "'is Australia's central bank and banknote issuing authority'; 'Central bank ofAustralia'",
        ),
        "wrong country",
    ),
    (
        "v05-children",
        "a mother of two",
        "a mother of four",
        c(CONTRADICTED, "michele-bullock", "'She has two children.'"),
        "wrong count",
    ),
    (
        "v06-date",
        "her appointment was announced on 14 July",
        "her appointment was announced on 14 June",
        c(CONTRADICTED, "michele-bullock", "'On 14 July 2023, she was announced as Philip Lowe's successor'"),
        "wrong date",
    ),
    (
        "v07-year",
        "completed a master's at the London School of Economics in 1989",
        "completed a master's at the London School of Economics in 1999",
        c(
            CONTRADICTED,
            "michele-bullock",
            "'She has also studied at the London School of Economics, graduating with a Master of Science in 1989'",
        ),
        "wrong year",
    ),
    (
        "v08-birthplace",
        "Born in Melbourne",
        "Born in Perth",
        c(
            CONTRADICTED,
            "michele-bullock",
            "'Birth Place: | Melbourne, Victoria, Australia'; 'Bullock was born in 1962 or 1963 in Melbourne'",
        ),
        "wrong place",
    ),
    (
        "v09-predecessor",
        "succeeded Philip Lowe",
        "succeeded Glenn Stevens",
        c(
            CONTRADICTED,
            "michele-bullock philip-lowe-2016",
            "'Predecessor: | Philip Lowe'; Stevens was Lowe's predecessor: 'having succeeded Glenn Stevens on 18 September 2016'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v10-ordinal",
        "the bank's ninth governor",
        "the bank's eighth governor",
        c(
            CONTRADICTED,
            "michele-bullock",
            "'She is the ninth governor'; '9th Governor of the Reserve Bank of Australia'; the eighth was her predecessor, 'Predecessor: | Philip Lowe'",
        ),
        "wrong ordinal",
    ),
    (
        "v11-age",
        "Lowe, 61,",
        "Lowe, 62,",
        c(CONTRADICTED, "philip-lowe", "'Philip Lowe (born 4 October 1961)': 61 on 2023-09-19, 62 only from 4 October"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("rba-2023-09-19", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-took-over",
        "succeeded Philip Lowe",
        "took over from Philip Lowe",
        c(
            SUPPORTED,
            "michele-bullock",
            "'Predecessor: | Philip Lowe'; 'she was announced as Philip Lowe's successor as governor of the RBA'",
        ),
    ),
    (
        "r02-governor-since",
        "had led the bank since September 2016",
        "had been governor since September 2016",
        c(
            SUPPORTED,
            "philip-lowe philip-lowe-2016",
            "'former Governor of the Reserve Bank of Australia, from September 2016 to September 2023'; 'Assumed office 18 September 2016'",
        ),
    ),
]:
    CHANGES.append(Change("rba-2023-09-19", name, old, new, claim))

# ---------------------------------------------------------------- Sri Lanka's change of president, September 2024
# Written blind (see the README): the articles and labels come from the stored pages only.
BASES.append(
    Base(
        "lk-2024-09-22",
        "2024-09-22",
        "held-out",
        """Dissanayake wins Sri Lanka's presidency after first second count

COLOMBO - NPP leader Anura Kumara Dissanayake was declared the winner of Sri Lanka's presidential election on Sunday, after no candidate won a majority in the vote of 21 September and second preferences were counted for the first time.

Dissanayake, 55, took 42.31% of first-preference votes, against 32.76% for opposition leader Sajith Premadasa. Once second preferences were added, he finished with 5,740,179 votes, or 55.89%. Some 17.1 million registered voters were eligible, and turnout was 79.46%.

President Ranil Wickremesinghe, 75, who ran for re-election as an independent, came third with 17.27%. He was the first sitting president to run for re-election since Mahinda Rajapaksa in 2015. Wickremesinghe, the country's ninth president, has led the country since 21 July 2022, when he succeeded Gotabaya Rajapaksa. Prime Minister Dinesh Gunawardena, who succeeded him as prime minister, has served under him since July 2022.

Dissanayake becomes the first third-party candidate to win Sri Lanka's presidency. A member of parliament for Colombo since 2015, he has led the Janatha Vimukthi Peramuna (JVP) since 2014 and the National People's Power alliance since 2019. He was minister of agriculture from 2004 to 2005 under President Chandrika Kumaratunga, and stood for president in 2019.

Among the other candidates was Namal Rajapaksa, son of former President Mahinda Rajapaksa.

Born in 1968, Dissanayake studied at the University of Kelaniya. Sri Lanka's president is head of state and head of government, and serves a five-year term, renewable once.
""",
        {
            "NPP leader Anura Kumara Dissanayake": c(
                SUPPORTED,
                "anura-kumara-dissanayake anura-kumara-dissanayake-2024",
                "'Office6: Leader of the National People's Power' ... 'Term Start6: 14 July 2019'; 'Leader of the National People's Power Incumbent'",
            ),
            "was declared the winner of Sri Lanka's presidential election on Sunday": c(
                SUPPORTED,
                "2024-sri-lankan-presidential-election",
                "'Presidential elections were held in Sri Lanka on 21 September 2024.' ... 'The following day, Dissanayake was declared the winner': 22 September 2024, a Sunday",
            ),
            "no candidate won a majority": c(
                SUPPORTED,
                "2024-sri-lankan-presidential-election",
                "'For the first time in a Sri Lankan presidential election, no candidate received a majority of the vote.'",
            ),
            "the vote of 21 September": c(
                SUPPORTED,
                "2024-sri-lankan-presidential-election",
                "'Presidential elections were held in Sri Lanka on 21 September 2024.'",
            ),
            "second preferences were counted for the first time": c(
                SUPPORTED,
                "2024-sri-lankan-presidential-election",
                "'For the first time in a Sri Lankan presidential election, no candidate received a majority of the vote.' ... 'As no candidate received a majority, second preference votes were counted.'",
            ),
            "Dissanayake, 55,": c(
                SUPPORTED,
                "anura-kumara-dissanayake-2024",
                "'24 November 1968 (age 55)': 55 on 2024-09-22, 56 only from 24 November 2024",
            ),
            "took 42.31% of first-preference votes": c(
                SUPPORTED,
                "2024-sri-lankan-presidential-election",
                "'Candidate Anura Kumara Dissanayake Sajith Premadasa Ranil Wickremesinghe' ... 'Percentage 42.31% 32.76% 17.27%'; 'Dissanayake was in first place with 42%'",
            ),
            "32.76% for opposition leader Sajith Premadasa": c(
                SUPPORTED,
                "2024-sri-lankan-presidential-election",
                "'Percentage 42.31% 32.76% 17.27%'; 'Leader of the Opposition Sajith Premadasa'",
            ),
            "he finished with 5,740,179 votes, or 55.89%": c(
                SUPPORTED,
                "2024-sri-lankan-presidential-election",
                "'Total votes[b] 5,740,179[c] 4,530,902[e] Eliminated' ... 'Total % 55.89%[d] 44.11%[d] Eliminated'",
            ),
            "Some 17.1 million registered voters": c(
                SUPPORTED, "2024-sri-lankan-presidential-election", "'Registered17,140,354'"
            ),
            "turnout was 79.46%": c(
                SUPPORTED, "2024-sri-lankan-presidential-election", "'Turnout79.46% (Decrease 4.26pp)'"
            ),
            "President Ranil Wickremesinghe": c(
                SUPPORTED,
                "ranil-wickremesinghe president-of-sri-lanka",
                "'Order: 9th' ... 'Office: President of Sri Lanka' ... 'Term Start: 21 July 2022' - 'Term End: 23 September 2024,'; 'Incumbentsince: 23 September 2024' (his successor's)",
            ),
            "Wickremesinghe, 75,": c(
                UNVERIFIED,
                "",
                "no stored page gives Wickremesinghe's birth date or age (both stored copies of his page and the election page are cut off before it)",
            ),
            "ran for re-election as an independent": c(
                SUPPORTED,
                "2024-sri-lankan-presidential-election",
                "'Incumbent president Ranil Wickremesinghe ran for re-election as an independent candidate'",
            ),
            "came third with 17.27%": c(
                SUPPORTED,
                "2024-sri-lankan-presidential-election",
                "'Incumbent president Wickremesinghe finished third, receiving only 17% of the vote.'; 'Percentage 42.31% 32.76% 17.27%'",
            ),
            "the first sitting president to run for re-election since Mahinda Rajapaksa in 2015": c(
                SUPPORTED,
                "2024-sri-lankan-presidential-election",
                "'making him the first sitting president to run for re-election since Mahinda Rajapaksa in 2015'",
            ),
            "the country's ninth president": c(
                SUPPORTED, "ranil-wickremesinghe", "'Order: 9th' - 'Office: President of Sri Lanka'"
            ),
            "has led the country since 21 July 2022": c(
                SUPPORTED,
                "ranil-wickremesinghe",
                "'Office: President of Sri Lanka' ... 'Term Start: 21 July 2022' - 'Term End: 23 September 2024,'",
            ),
            "succeeded Gotabaya Rajapaksa": c(SUPPORTED, "ranil-wickremesinghe", "'Predecessor: Gotabaya Rajapaksa'"),
            "Prime Minister Dinesh Gunawardena": c(
                SUPPORTED,
                "ranil-wickremesinghe",
                "'Office: President of Sri Lanka' - 'Primeminister: Dinesh Gunawardena' - 'Term Start: 21 July 2022' - 'Term End: 23 September 2024,'",
            ),
            "who succeeded him as prime minister": c(
                SUPPORTED,
                "ranil-wickremesinghe",
                "'Office1: Prime Minister of Sri Lanka' ... 'Term End1: 21 July 2022' - 'Predecessor1: Mahinda Rajapaksa' - 'Successor1: Dinesh Gunawardena'",
            ),
            "has served under him since July 2022": c(
                SUPPORTED,
                "ranil-wickremesinghe",
                "'Primeminister: Dinesh Gunawardena' - 'Term Start: 21 July 2022'; 'Term End1: 21 July 2022' ... 'Successor1: Dinesh Gunawardena'",
            ),
            "the first third-party candidate to win Sri Lanka's presidency": c(
                SUPPORTED,
                "2024-sri-lankan-presidential-election",
                "'Dissanayake's victory was the first time a third-party candidate was elected president.'",
            ),
            "A member of parliament for Colombo since 2015": c(
                SUPPORTED,
                "anura-kumara-dissanayake anura-kumara-dissanayake-2024",
                "'Office9: Member of Parliament, for Colombo district' - 'Term Start9: 1 September 2015' - 'Term End9: 23 September 2024'; 'He is a Member of Parliament from the Colombo District'",
            ),
            "has led the Janatha Vimukthi Peramuna (JVP) since 2014": c(
                SUPPORTED,
                "anura-kumara-dissanayake anura-kumara-dissanayake-2024",
                "'Office7: Leader of Janatha Vimukthi Peramuna' - 'Term Start7: 29 September 2014'; 'the current party leader of the Janatha Vimukthi Peramuna (from 2014)' (the two copies differ on the day, not the year)",
            ),
            "the National People's Power alliance since 2019": c(
                SUPPORTED,
                "anura-kumara-dissanayake anura-kumara-dissanayake-2024",
                "'Office6: Leader of the National People's Power' - 'Term Start6: 14 July 2019'; 'and the National People's Power (from 2019)'",
            ),
            "was minister of agriculture from 2004 to 2005": c(
                SUPPORTED,
                "anura-kumara-dissanayake-2024 anura-kumara-dissanayake",
                "'Minister of Agriculture, Land and Livestock' ... 'April 2004 – June 2005'; 'Term Start4: 10 April 2004' - 'Term End4: 24 June 2005'",
            ),
            "under President Chandrika Kumaratunga": c(
                SUPPORTED,
                "anura-kumara-dissanayake anura-kumara-dissanayake-2024",
                "'President4: Chandrika Kumaratunga' - 'Term Start4: 10 April 2004'; 'June 2005PresidentChandrika Kumaratunga'",
            ),
            "stood for president in 2019": c(
                SUPPORTED, "anura-kumara-dissanayake-2024", "'A former presidential candidate in 2019'"
            ),
            "son of former President Mahinda Rajapaksa": c(
                SUPPORTED,
                "2024-sri-lankan-presidential-election",
                "'Namal Rajapaksa, son of former President Mahinda Rajapaksa'",
            ),
            "Born in 1968": c(SUPPORTED, "anura-kumara-dissanayake-2024", "'born 24 November 1968'"),
            "studied at the University of Kelaniya": c(
                SUPPORTED, "anura-kumara-dissanayake-2024", "'Alma materUniversity of Kelaniya'"
            ),
            "head of state and head of government": c(
                SUPPORTED,
                "president-of-sri-lanka",
                "'is the head of state and head of government of the Democratic Socialist Republic of Sri Lanka'",
            ),
            "serves a five-year term, renewable once": c(
                SUPPORTED,
                "president-of-sri-lanka",
                "'Termlength: Five years,' - 'Termlength Qualified: renewable once'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-successor-early",
        "NPP leader Anura Kumara Dissanayake",
        "President Anura Kumara Dissanayake",
        c(
            CONTRADICTED,
            "anura-kumara-dissanayake president-of-sri-lanka ranil-wickremesinghe",
            "'Office: President of Sri Lanka' - 'Term Start: 23 September 2024'; 'Incumbentsince: 23 September 2024'; Wickremesinghe's 'Term End: 23 September 2024,': declared the winner on 22 September, not yet in office",
        ),
        "successor before taking office",
    ),
    (
        "v02-prime-minister",
        "President Ranil Wickremesinghe",
        "Prime Minister Ranil Wickremesinghe",
        c(
            CONTRADICTED,
            "ranil-wickremesinghe",
            "'Office1: Prime Minister of Sri Lanka' ... 'Term End1: 21 July 2022' - 'Predecessor1: Mahinda Rajapaksa' - 'Successor1: Dinesh Gunawardena'; 'Office: President of Sri Lanka' - 'Primeminister: Dinesh Gunawardena'",
        ),
        "sibling office",
    ),
    (
        "v03-deputy",
        "was minister of agriculture from 2004 to 2005",
        "was deputy minister of agriculture from 2004 to 2005",
        c(
            CONTRADICTED,
            "anura-kumara-dissanayake-2024",
            "'Minister of Agriculture, Land and Livestock' ... 'April 2004 – June 2005': a minister, not a deputy minister",
        ),
        "vice or deputy",
    ),
    (
        "v04-country",
        "the first third-party candidate to win Sri Lanka's presidency",
        "the first third-party candidate to win the Maldives' presidency",
        c(
            CONTRADICTED,
            "2024-sri-lankan-presidential-election president-of-sri-lanka",
            "'Presidential elections were held in Sri Lanka on 21 September 2024.' ... 'Dissanayake's victory was the first time a third-party candidate was elected president.'; 'Anura Kumara Dissanayake is the 10th and current president'",
        ),
        "wrong country",
    ),
    (
        "v05-registered",
        "Some 17.1 million registered voters",
        "Some 15.1 million registered voters",
        c(CONTRADICTED, "2024-sri-lankan-presidential-election", "'Registered17,140,354'"),
        "wrong count",
    ),
    (
        "v06-date",
        "the vote of 21 September",
        "the vote of 14 September",
        c(
            CONTRADICTED,
            "2024-sri-lankan-presidential-election",
            "'Presidential elections were held in Sri Lanka on 21 September 2024.'",
        ),
        "wrong date",
    ),
    (
        "v07-year",
        "has led the country since 21 July 2022",
        "has led the country since 21 July 2020",
        c(
            CONTRADICTED,
            "ranil-wickremesinghe",
            "'Office: President of Sri Lanka' ... 'Term Start: 21 July 2022'; in July 2020 he held no office listed: 'Term End2: 21 November 2019' ... 'Term Start1: 12 May 2022'",
        ),
        "wrong year",
    ),
    (
        "v08-place",
        "A member of parliament for Colombo since 2015",
        "A member of parliament for Kandy since 2015",
        c(
            CONTRADICTED,
            "anura-kumara-dissanayake anura-kumara-dissanayake-2024",
            "'Office9: Member of Parliament, for Colombo district' - 'Term Start9: 1 September 2015'; 'He is a Member of Parliament from the Colombo District'",
        ),
        "wrong place",
    ),
    (
        "v09-predecessor",
        "succeeded Gotabaya Rajapaksa",
        "succeeded Maithripala Sirisena",
        c(CONTRADICTED, "ranil-wickremesinghe", "'Predecessor: Gotabaya Rajapaksa'"),
        "wrong predecessor or successor",
    ),
    (
        "v10-past-holder",
        "son of former President Mahinda Rajapaksa",
        "son of President Mahinda Rajapaksa",
        c(
            CONTRADICTED,
            "2024-sri-lankan-presidential-election ranil-wickremesinghe",
            "'son of former President Mahinda Rajapaksa'; 'Incumbent president Ranil Wickremesinghe'; 'Office: President of Sri Lanka' ... 'Term Start: 21 July 2022'",
        ),
        "past holder as current",
    ),
    (
        "v11-ordinal",
        "the country's ninth president",
        "the country's eighth president",
        c(
            CONTRADICTED,
            "ranil-wickremesinghe",
            "'Order: 9th' - 'Office: President of Sri Lanka' ... 'Predecessor: Gotabaya Rajapaksa'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Dissanayake, 55,",
        "Dissanayake, 56,",
        c(
            CONTRADICTED,
            "anura-kumara-dissanayake-2024",
            "'24 November 1968 (age 55)': 55 on 2024-09-22, 56 only from 24 November 2024",
        ),
        "wrong duration or age",
    ),
    (
        "v13-term",
        "serves a five-year term, renewable once",
        "serves a six-year term, renewable once",
        c(CONTRADICTED, "president-of-sri-lanka", "'Termlength: Five years,' - 'Termlength Qualified: renewable once'"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("lk-2024-09-22", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-took-over",
        "succeeded Gotabaya Rajapaksa",
        "took over from Gotabaya Rajapaksa",
        c(SUPPORTED, "ranil-wickremesinghe", "'Predecessor: Gotabaya Rajapaksa'"),
    ),
    (
        "r02-finished-third",
        "came third with 17.27%",
        "finished third with 17.27%",
        c(
            SUPPORTED,
            "2024-sri-lankan-presidential-election",
            "'Incumbent president Wickremesinghe finished third, receiving only 17% of the vote.'; 'Percentage 42.31% 32.76% 17.27%'",
        ),
    ),
]:
    CHANGES.append(Change("lk-2024-09-22", name, old, new, claim))

BASES.append(
    Base(
        "lk-2024-09-25",
        "2024-09-25",
        "held-out",
        """Sri Lanka's new president names academic Amarasuriya prime minister

COLOMBO - President Anura Kumara Dissanayake named Harini Amarasuriya prime minister on Tuesday, a day after he was sworn in as Sri Lanka's 10th president.

Dissanayake was sworn in on Monday, 23 September, two days after an election he won with 55.89% once second preferences were counted. He succeeded Ranil Wickremesinghe, who finished third in the 21 September vote with 17.27%. Former President Ranil Wickremesinghe had held office since July 2022.

Prime Minister Harini Amarasuriya, 54, is the country's 16th prime minister and the third woman to hold the post, after Sirimavo Bandaranaike and her daughter Chandrika Kumaratunga. Born in Galle, she is a sociologist who taught at the Open University of Sri Lanka for a decade. She entered parliament on the NPP's national list in 2020. Amarasuriya replaces Dinesh Gunawardena, who resigned on Monday.

Dissanayake, 55, also took charge of the defence and finance ministries on Tuesday. He leads the National People's Power (NPP) and has led the Janatha Vimukthi Peramuna (JVP) since 2014. He represented Colombo in parliament from 2015 until his election.

Dissanayake is the first third-party candidate to be elected president. Sajith Premadasa, his opponent in the second count, finished with 44.11%.
""",
        {
            "President Anura Kumara Dissanayake": c(
                SUPPORTED,
                "anura-kumara-dissanayake president-of-sri-lanka",
                "'Office: President of Sri Lanka' - 'Term Start: 23 September 2024'; 'Incumbent: Anura Kumara Dissanayake'",
            ),
            "named Harini Amarasuriya prime minister on Tuesday": c(
                SUPPORTED,
                "harini-amarasuriya anura-kumara-dissanayake",
                "'16th Prime Minister of Sri Lanka' - 'Assumed office' - '24 September 2024': a Tuesday; 'Primeminister: Harini Amarasuriya'",
            ),
            "Sri Lanka's 10th president": c(
                SUPPORTED,
                "anura-kumara-dissanayake president-of-sri-lanka",
                "'Order: 10th' - 'Office: President of Sri Lanka'; 'Anura Kumara Dissanayake is the 10th and current president'",
            ),
            "was sworn in on Monday, 23 September": c(
                SUPPORTED,
                "anura-kumara-dissanayake president-of-sri-lanka 2024-sri-lankan-presidential-election",
                "'Term Start: 23 September 2024': a Monday; 'having assumed office on 23 September 2024'; 'He was inaugurated on 23 September.'",
            ),
            "won with 55.89% once second preferences were counted": c(
                SUPPORTED,
                "2024-sri-lankan-presidential-election",
                "'Total % 55.89%[d] 44.11%[d] Eliminated'; 'Dissanayake was declared the winner with 56% of the vote after second preferences had been taken into account'",
            ),
            "succeeded Ranil Wickremesinghe": c(
                SUPPORTED,
                "anura-kumara-dissanayake ranil-wickremesinghe",
                "'Predecessor: Ranil Wickremesinghe'; 'Successor: Anura Kumara Dissanayake'",
            ),
            "finished third in the 21 September vote with 17.27%": c(
                SUPPORTED,
                "2024-sri-lankan-presidential-election",
                "'Presidential elections were held in Sri Lanka on 21 September 2024.' ... 'Incumbent president Wickremesinghe finished third'; 'Percentage 42.31% 32.76% 17.27%'",
            ),
            "Former President Ranil Wickremesinghe": c(
                SUPPORTED,
                "ranil-wickremesinghe",
                "'Order: 9th' - 'Office: President of Sri Lanka' ... 'Term End: 23 September 2024,' - 'Predecessor: Gotabaya Rajapaksa' - 'Successor: Anura Kumara Dissanayake'",
            ),
            "had held office since July 2022": c(
                SUPPORTED, "ranil-wickremesinghe", "'Office: President of Sri Lanka' ... 'Term Start: 21 July 2022'"
            ),
            "Prime Minister Harini Amarasuriya": c(
                SUPPORTED,
                "harini-amarasuriya anura-kumara-dissanayake",
                "'16th Prime Minister of Sri Lanka' - 'Assumed office' - '24 September 2024'; 'Primeminister: Harini Amarasuriya'",
            ),
            "Amarasuriya, 54,": c(SUPPORTED, "harini-amarasuriya", "'(born 6 March 1970)': 54 on 2024-09-25"),
            "the country's 16th prime minister": c(
                SUPPORTED, "harini-amarasuriya", "'16th Prime Minister of Sri Lanka'"
            ),
            "the third woman to hold the post": c(
                SUPPORTED,
                "harini-amarasuriya",
                "'She is the third woman to hold the office of prime minister of Sri Lanka'",
            ),
            "after Sirimavo Bandaranaike and her daughter Chandrika Kumaratunga": c(
                SUPPORTED, "harini-amarasuriya", "'after Sirimavo Bandaranaike and her daughter Chandrika Kumaratunga'"
            ),
            "Born in Galle": c(SUPPORTED, "harini-amarasuriya", "'Born in Galle on 6 March 1970'"),
            "a sociologist who taught at the Open University of Sri Lanka for a decade": c(
                SUPPORTED,
                "harini-amarasuriya",
                "'Profession Sociologist'; 'Having spent a decade as an academic at the Open University of Sri Lanka'",
            ),
            "entered parliament on the NPP's national list in 2020": c(
                SUPPORTED,
                "harini-amarasuriya",
                "'Amarasuriya was nominated by the National People's Power (NPP) party as its National List Member of Parliament in 2020'",
            ),
            "replaces Dinesh Gunawardena": c(
                UNVERIFIED,
                "",
                "no stored page names Amarasuriya's predecessor: the copy of Wickremesinghe's page names Dinesh Gunawardena as his prime minister, but the stored copy of her page is cut off before any succession box",
            ),
            "who resigned on Monday": c(
                UNVERIFIED, "", "no stored page says when or how Dinesh Gunawardena left office"
            ),
            "Dissanayake, 55,": c(
                SUPPORTED,
                "anura-kumara-dissanayake-2024",
                "'24 November 1968 (age 55)': 55 on 2024-09-25, 56 only from 24 November 2024",
            ),
            "took charge of the defence and finance ministries on Tuesday": c(
                SUPPORTED,
                "anura-kumara-dissanayake",
                "'Office1: Minister of Defence' ... 'Term Start1: 24 September 2024' ... 'Office2: Minister of Finance' ... 'Term Start2: 24 September 2024': a Tuesday",
            ),
            "leads the National People's Power (NPP)": c(
                SUPPORTED,
                "anura-kumara-dissanayake",
                "'Office6: Leader of the National People's Power' - 'Term Start6: 14 July 2019'",
            ),
            "has led the Janatha Vimukthi Peramuna (JVP) since 2014": c(
                SUPPORTED,
                "anura-kumara-dissanayake anura-kumara-dissanayake-2024",
                "'Office7: Leader of Janatha Vimukthi Peramuna' - 'Term Start7: 29 September 2014'; 'the current party leader of the Janatha Vimukthi Peramuna (from 2014)' (the two copies differ on the day, not the year)",
            ),
            "represented Colombo in parliament from 2015 until his election": c(
                SUPPORTED,
                "anura-kumara-dissanayake",
                "'Office9: Member of Parliament, for Colombo district' - 'Term Start9: 1 September 2015' - 'Term End9: 23 September 2024'",
            ),
            "the first third-party candidate to be elected president": c(
                SUPPORTED,
                "2024-sri-lankan-presidential-election",
                "'Dissanayake's victory was the first time a third-party candidate was elected president.'",
            ),
            "his opponent in the second count": c(
                SUPPORTED,
                "2024-sri-lankan-presidential-election",
                "'Candidate Anura Kumara Dissanayake Sajith Premadasa Ranil Wickremesinghe' ... 'Total votes[b] 5,740,179[c] 4,530,902[e] Eliminated'",
            ),
            "finished with 44.11%": c(
                SUPPORTED, "2024-sri-lankan-presidential-election", "'Total % 55.89%[d] 44.11%[d] Eliminated'"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-past-holder",
        "Former President Ranil Wickremesinghe",
        "President Ranil Wickremesinghe",
        c(
            CONTRADICTED,
            "ranil-wickremesinghe anura-kumara-dissanayake president-of-sri-lanka",
            "'Term End: 23 September 2024,' - 'Successor: Anura Kumara Dissanayake'; 'Term Start: 23 September 2024'; 'Incumbent: Anura Kumara Dissanayake'",
        ),
        "past holder as current",
    ),
    (
        "v02-prime-minister",
        "President Anura Kumara Dissanayake",
        "Prime Minister Anura Kumara Dissanayake",
        c(
            CONTRADICTED,
            "anura-kumara-dissanayake harini-amarasuriya",
            "'Office: President of Sri Lanka' - 'Term Start: 23 September 2024' - 'Primeminister: Harini Amarasuriya'; '16th Prime Minister of Sri Lanka' - 'Assumed office' - '24 September 2024'",
        ),
        "sibling office",
    ),
    (
        "v03-deputy",
        "Prime Minister Harini Amarasuriya",
        "Deputy Prime Minister Harini Amarasuriya",
        c(
            CONTRADICTED,
            "harini-amarasuriya anura-kumara-dissanayake",
            "'16th Prime Minister of Sri Lanka' - 'Assumed office' - '24 September 2024'; 'Primeminister: Harini Amarasuriya': prime minister, not deputy",
        ),
        "vice or deputy",
    ),
    (
        "v04-second-woman",
        "the third woman to hold the post",
        "the second woman to hold the post",
        c(
            CONTRADICTED,
            "harini-amarasuriya",
            "'She is the third woman to hold the office of prime minister of Sri Lanka, after Sirimavo Bandaranaike and her daughter Chandrika Kumaratunga.'",
        ),
        "wrong count",
    ),
    (
        "v05-date",
        "was sworn in on Monday, 23 September",
        "was sworn in on Monday, 16 September",
        c(
            CONTRADICTED,
            "anura-kumara-dissanayake president-of-sri-lanka 2024-sri-lankan-presidential-election",
            "'Term Start: 23 September 2024'; 'having assumed office on 23 September 2024'; 'Presidential elections were held in Sri Lanka on 21 September 2024.' ... 'He was inaugurated on 23 September.'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "entered parliament on the NPP's national list in 2020",
        "entered parliament on the NPP's national list in 2015",
        c(
            CONTRADICTED,
            "harini-amarasuriya",
            "'Amarasuriya was nominated by the National People's Power (NPP) party as its National List Member of Parliament in 2020'",
        ),
        "wrong year",
    ),
    (
        "v07-place",
        "Born in Galle",
        "Born in Kandy",
        c(CONTRADICTED, "harini-amarasuriya", "'Born in Galle on 6 March 1970'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "succeeded Ranil Wickremesinghe",
        "succeeded Gotabaya Rajapaksa",
        c(
            CONTRADICTED,
            "anura-kumara-dissanayake ranil-wickremesinghe",
            "'Predecessor: Ranil Wickremesinghe'; Rajapaksa was Wickremesinghe's predecessor: 'Predecessor: Gotabaya Rajapaksa' - 'Successor: Anura Kumara Dissanayake'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-ordinal",
        "Sri Lanka's 10th president",
        "Sri Lanka's 11th president",
        c(
            CONTRADICTED,
            "anura-kumara-dissanayake president-of-sri-lanka",
            "'Order: 10th' - 'Office: President of Sri Lanka'; 'Anura Kumara Dissanayake is the 10th and current president'",
        ),
        "wrong ordinal",
    ),
    (
        "v10-age",
        "Amarasuriya, 54,",
        "Amarasuriya, 45,",
        c(CONTRADICTED, "harini-amarasuriya", "'(born 6 March 1970)': 54 on 2024-09-25"),
        "wrong duration or age",
    ),
    (
        "v11-two-decades",
        "a sociologist who taught at the Open University of Sri Lanka for a decade",
        "a sociologist who taught at the Open University of Sri Lanka for two decades",
        c(
            CONTRADICTED,
            "harini-amarasuriya",
            "'Having spent a decade as an academic at the Open University of Sri Lanka'",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("lk-2024-09-25", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-took-over",
        "succeeded Ranil Wickremesinghe",
        "took over from Ranil Wickremesinghe",
        c(
            SUPPORTED,
            "anura-kumara-dissanayake ranil-wickremesinghe",
            "'Predecessor: Ranil Wickremesinghe'; 'Successor: Anura Kumara Dissanayake'",
        ),
    ),
    (
        "r02-appointed",
        "named Harini Amarasuriya prime minister on Tuesday",
        "appointed Harini Amarasuriya as prime minister on Tuesday",
        c(
            SUPPORTED,
            "harini-amarasuriya anura-kumara-dissanayake",
            "'16th Prime Minister of Sri Lanka' - 'Assumed office' - '24 September 2024': a Tuesday; 'She was appointed as Prime Minister of Sri Lanka in September 2024'",
        ),
    ),
]:
    CHANGES.append(Change("lk-2024-09-25", name, old, new, claim))

# ---------------------------------------------------------------- the seed (NATO chiefs of defence, August 2025)
BASES.append(
    Base(
        "nato-seed",
        "2025-08-20",
        "tuning",
        (HERE.parent / "verdicts" / "seed.txt").read_text(encoding="utf-8"),
        {
            "U.S. General Alexus Grynkewich": c(
                SUPPORTED, "united-states-european-command", "'Commander | GenAlexus G. Grynkewich,USAF'"
            ),
            "all 32 allied military leaders": c(
                SUPPORTED, "nato", "'an intergovernmental military alliance of 32 member states'"
            ),
            "Grynkewich, who also serves as the head of U.S. European Command": c(
                SUPPORTED, "united-states-european-command", "'Commander | GenAlexus G. Grynkewich,USAF'"
            ),
            "U.S. Joint Chiefs of Staff Chairman Gen. Dan Caine": c(
                SUPPORTED, "dan-caine", "'serving as the 22nd chairman of the Joint Chiefs of Staff since 2025'"
            ),
            "the war has lasted for three years": c(
                SUPPORTED,
                "russo-ukrainian-war",
                "'In February 2022, Russia launched a full-scale invasion of Ukraine' (3.5 years before as_of)",
            ),
            "U.S. President Donald Trump": c(
                SUPPORTED,
                "donald-trump",
                "'has served as the 47th president of the United States since January 20, 2025'",
            ),
            "Russian President Vladimir Putin": c(
                SUPPORTED,
                "vladimir-putin",
                "'President of Russia Assumed office 7 May 2012'; 'serving as the current president of Russia'",
            ),
            "Ukrainian President Volodymyr Zelenskyy": c(
                SUPPORTED, "volodymyr-zelenskyy", "'the sixth and current president of Ukraine since 2019'"
            ),
            "‘just, credible, and durable peace,’": c(
                UNVERIFIED, "", "a quotation of the NATO leaders; no page states it"
            ),
            "Russian Foreign Minister Sergey Lavrov": c(
                SUPPORTED, "sergey-lavrov", "'Minister of Foreign Affairs Assumed office 9 March 2004'"
            ),
            "‘legitimate interests’": c(UNVERIFIED, "", "a quotation of Russian officials; no page states it"),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-vice-chairman",
        "U.S. Joint Chiefs of Staff Chairman Gen. Dan Caine",
        "U.S. Joint Chiefs of Staff Vice Chairman Gen. Dan Caine",
        c(
            CONTRADICTED,
            "dan-caine",
            "'serving as the 22nd chairman of the Joint Chiefs of Staff since 2025', not the vice chairman",
        ),
        "vice or deputy",
    ),
    (
        "v02-prime-minister",
        "Russian President Vladimir Putin",
        "Russian Prime Minister Vladimir Putin",
        c(
            CONTRADICTED,
            "vladimir-putin",
            "'President of Russia Assumed office 7 May 2012'; his prime-ministerial terms are past",
        ),
        "sibling office",
    ),
    (
        "v03-vice-president",
        "U.S. President Donald Trump",
        "U.S. Vice President Donald Trump",
        c(CONTRADICTED, "donald-trump", "'the 47th president of the United States since January 20, 2025'"),
        "vice or deputy",
    ),
    (
        "v04-defence-minister",
        "Russian Foreign Minister Sergey Lavrov",
        "Russian Defence Minister Sergey Lavrov",
        c(CONTRADICTED, "sergey-lavrov", "'Minister of Foreign Affairs Assumed office 9 March 2004'"),
        "sibling office",
    ),
]:
    CHANGES.append(Change("nato-seed", name, old, new, claim, way))


# ---------------------------------------------------------------- South Korea's change of president, April 2025
# Written blind (see the README): the articles and labels come from the stored pages only. Both bases are tuning.
BASES.append(
    Base(
        "kr-2025-04-07",
        "2025-04-07",
        "tuning",
        """South Korea heads for a snap election after court removes Yoon

SEOUL - South Korea must elect a new president within 60 days after the Constitutional Court removed former President Yoon Suk Yeol from office on Friday, 4 April, upholding his impeachment over a declaration of martial law.

Yoon, 64, was the country's 13th president. He succeeded Moon Jae-in in 2022 and became the shortest-serving directly elected president in South Korea's democratic history. The National Assembly impeached him in 2024. Han Duck-soo is serving as acting president. The election had been due on 3 March 2027.

Democratic Party leader Lee Jae-myung, who narrowly lost the 2022 race to Yoon, is the front-runner. Lee, 61, has led the party since August 2022 and represents Gyeyang B, a constituency in Incheon, in the National Assembly.

Born in Andong, Lee worked in a factory as a boy and earned a law degree from Chung-Ang University in 1986. He was mayor of Seongnam from 2010 to 2018 and the 35th governor of Gyeonggi Province from 2018 to 2021. Lee, a father of two, has been married since 1991.

Yoon, born in Seoul, studied law at Seoul National University and was Prosecutor General under Moon Jae-in from 2019 to 2021, before he joined the People Power Party in 2021 and won the presidency. He also faces a criminal trial on insurrection charges.
""",
        {
            "must elect a new president within 60 days": c(
                SUPPORTED,
                "2025-south-korean-presidential-election president-of-south-korea",
                "'An early election is required by the constitution of South Korea within 60 days of a presidential vacancy'; 'a successor must be elected within sixty days'",
            ),
            "former President Yoon Suk Yeol": c(
                SUPPORTED,
                "yoon-suk-yeol",
                "'13th President of South Korea' 'In office' '9 May 2022 – 4 April 2025': a former president on 2025-04-07",
            ),
            "from office on Friday, 4 April": c(
                SUPPORTED,
                "2025-south-korean-presidential-election yoon-suk-yeol",
                "'the 4 April decision of the Constitutional Court of Korea that officially removed Yoon from office' (4 April 2025 was a Friday); 'when he was removed from office by the Constitutional Court'",
            ),
            "upholding his impeachment over a declaration of martial law": c(
                SUPPORTED,
                "yoon-suk-yeol 2025-south-korean-presidential-election",
                "'He was impeached by the National Assembly in 2024 after his controversial declaration of martial law.'; 'following the impeachment and removal of Yoon Suk Yeol'",
            ),
            "Yoon, 64,": c(SUPPORTED, "yoon-suk-yeol", "'born 18 December 1960': 64 on 2025-04-07"),
            "the country's 13th president": c(
                SUPPORTED,
                "yoon-suk-yeol",
                "'13th President of South Korea'; 'served as the 13th president of South Korea from 2022 to 2025'",
            ),
            "He succeeded Moon Jae-in in 2022": c(
                SUPPORTED,
                "yoon-suk-yeol",
                "'Preceded byMoon Jae-in'; 'served as the 13th president of South Korea from 2022 to 2025'",
            ),
            "the shortest-serving directly elected president in South Korea's democratic history": c(
                SUPPORTED,
                "yoon-suk-yeol",
                "'Yoon was the shortest-serving directly elected president of South Korea in its democratic history.'",
            ),
            "The National Assembly impeached him in 2024": c(
                SUPPORTED, "yoon-suk-yeol", "'He was impeached by the National Assembly in 2024'"
            ),
            "Han Duck-soo is serving as acting president": c(
                SUPPORTED,
                "yoon-suk-yeol",
                "'In office' '9 May 2022 – 4 April 2025' ... 'Succeeded byHan Duck-soo (acting)'",
            ),
            "The election had been due on 3 March 2027": c(
                SUPPORTED, "2025-south-korean-presidential-election", "'Originally scheduled for 3 March 2027'"
            ),
            "Democratic Party leader Lee Jae-myung": c(
                SUPPORTED,
                "lee-jae-myung lee-jae-myung-2024",
                "'Leader of the Democratic Party of Korea' 'In office' '28 August 2022 – 9 April 2025'; 'Leader of the Democratic Party' 'Assumed office 28 August 2022'",
            ),
            "who narrowly lost the 2022 race to Yoon": c(
                SUPPORTED,
                "2025-south-korean-presidential-election lee-jae-myung-2024",
                "'Lee, who narrowly lost the 2022 presidential election to Yoon, ran again.'; 'Lee ran for president in 2022, winning the party nomination, but narrowly losing to Yoon Suk Yeo'",
            ),
            "is the front-runner": c(
                UNVERIFIED,
                "2025-south-korean-presidential-election",
                "no stored page gives polls or names a front-runner before the vote (the election copy only lists 'Opinion polls' as a link)",
            ),
            "Lee, 61,": c(
                SUPPORTED,
                "lee-jae-myung lee-jae-myung-2024",
                "'8 December 1963 (age 61)'; 'born 8 December 1963': 61 on 2025-04-07",
            ),
            "has led the party since August 2022": c(
                SUPPORTED,
                "lee-jae-myung",
                "'In August 2022, he was elected Leader of the Democratic Party.'; 'In office' '28 August 2022 – 9 April 2025': still leader on 2025-04-07",
            ),
            "represents Gyeyang B, a constituency in Incheon, in the National Assembly": c(
                SUPPORTED,
                "lee-jae-myung",
                "'Member of the National Assembly' 'In office' '2 June 2022 – 4 June 2025' ... 'ConstituencyGyeyang B (Incheon)'",
            ),
            "Born in Andong": c(
                SUPPORTED,
                "lee-jae-myung lee-jae-myung-2024",
                "'Andong, South Korea'; 'Born to a poor family in Andong'",
            ),
            "worked in a factory as a boy": c(
                SUPPORTED, "lee-jae-myung-2024", "'Lee became a factory worker after primary school'"
            ),
            "earned a law degree from Chung-Ang University in 1986": c(
                SUPPORTED, "lee-jae-myung-2024", "'studied at Chung-Ang University, earning his law degree in 1986'"
            ),
            "mayor of Seongnam from 2010 to 2018": c(
                SUPPORTED,
                "lee-jae-myung lee-jae-myung-2024",
                "'Lee was Mayor of Seongnam, the tenth largest city in South Korea, from 2010 to 2018.'; 'In office 1 July 2010 – 15 March 2018'",
            ),
            "the 35th governor of Gyeonggi Province from 2018 to 2021": c(
                SUPPORTED,
                "lee-jae-myung-2024",
                "'35th Governor of Gyeonggi Province' ... 'In office 1 July 2018 – 25 October 2021'; 'the 35th governor of Gyeonggi Province from 2018 to 2021'",
            ),
            "a father of two": c(SUPPORTED, "lee-jae-myung lee-jae-myung-2024", "'Children2'; 'Children | 2'"),
            "has been married since 1991": c(
                SUPPORTED, "lee-jae-myung lee-jae-myung-2024", "'(m. 1991)'; 'Kim Hye-kyung (m. 1991)'"
            ),
            "born in Seoul": c(SUPPORTED, "yoon-suk-yeol", "'Seoul, South Korea'; 'Born in Seoul'"),
            "studied law at Seoul National University": c(
                SUPPORTED,
                "yoon-suk-yeol",
                "'Yoon received his bachelor's and master's degrees in law from Seoul National University'",
            ),
            "was Prosecutor General under Moon Jae-in from 2019 to 2021": c(
                SUPPORTED,
                "yoon-suk-yeol",
                "'Prosecutor General of South Korea' 'In office' '25 July 2019 – 4 March 2021' 'PresidentMoon Jae-in'",
            ),
            "joined the People Power Party in 2021": c(
                SUPPORTED, "yoon-suk-yeol", "'Political partyPeople Power (since 2021)'; 'Independent (before 2021)'"
            ),
            "faces a criminal trial on insurrection charges": c(
                UNVERIFIED,
                "",
                "no stored page mentions a criminal charge or trial (the Yoon copy is cut off before his presidency's end)",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-successor-early",
        "Democratic Party leader Lee Jae-myung",
        "President Lee Jae-myung",
        c(
            CONTRADICTED,
            "lee-jae-myung yoon-suk-yeol",
            "'14th President of South Korea' 'Assumed office' '4 June 2025': not before; 'Succeeded byHan Duck-soo (acting)'",
        ),
        "successor before taking office",
    ),
    (
        "v02-past-holder",
        "former President Yoon Suk Yeol",
        "President Yoon Suk Yeol",
        c(
            CONTRADICTED,
            "yoon-suk-yeol",
            "'In office' '9 May 2022 – 4 April 2025' ... 'Succeeded byHan Duck-soo (acting)'; 'when he was removed from office by the Constitutional Court'",
        ),
        "past holder as current",
    ),
    (
        "v03-deputy",
        "Democratic Party leader Lee Jae-myung",
        "Democratic Party deputy leader Lee Jae-myung",
        c(
            CONTRADICTED,
            "lee-jae-myung",
            "'Leader of the Democratic Party of Korea' 'In office' '28 August 2022 – 9 April 2025': the leader, not a deputy",
        ),
        "vice or deputy",
    ),
    (
        "v04-justice-minister",
        "was Prosecutor General under Moon Jae-in from 2019 to 2021",
        "was Minister of Justice under Moon Jae-in from 2019 to 2021",
        c(
            CONTRADICTED,
            "yoon-suk-yeol",
            "'Prosecutor General of South Korea' 'In office' '25 July 2019 – 4 March 2021'; the justice minister was another man: 'that led to Cho's resignation as Minister of Justice'",
        ),
        "sibling office",
    ),
    (
        "v05-country",
        "the shortest-serving directly elected president in South Korea's democratic history",
        "the shortest-serving directly elected president in Taiwan's democratic history",
        c(
            CONTRADICTED,
            "yoon-suk-yeol",
            "'Yoon was the shortest-serving directly elected president of South Korea in its democratic history.'; '13th President of South Korea'",
        ),
        "wrong country",
    ),
    (
        "v06-children",
        "a father of two",
        "a father of three",
        c(CONTRADICTED, "lee-jae-myung lee-jae-myung-2024", "'Children2'; 'Children | 2'"),
        "wrong count",
    ),
    (
        "v07-date",
        "from office on Friday, 4 April",
        "from office on Friday, 11 April",
        c(
            CONTRADICTED,
            "2025-south-korean-presidential-election yoon-suk-yeol",
            "'the 4 April decision of the Constitutional Court of Korea that officially removed Yoon from office'; 'In office' '9 May 2022 – 4 April 2025'",
        ),
        "wrong date",
    ),
    (
        "v08-year",
        "has led the party since August 2022",
        "has led the party since August 2020",
        c(
            CONTRADICTED,
            "lee-jae-myung lee-jae-myung-2024",
            "'In August 2022, he was elected Leader of the Democratic Party.'; 'Leader of the Democratic Party' 'Assumed office 28 August 2022'",
        ),
        "wrong year",
    ),
    (
        "v09-birthplace",
        "Born in Andong",
        "Born in Daegu",
        c(CONTRADICTED, "lee-jae-myung lee-jae-myung-2024", "'Andong, South Korea'; 'Born to a poor family in Andong'"),
        "wrong place",
    ),
    (
        "v10-predecessor",
        "He succeeded Moon Jae-in in 2022",
        "He succeeded Park Geun-hye in 2022",
        c(
            CONTRADICTED,
            "yoon-suk-yeol",
            "'Preceded byMoon Jae-in'; 'In 2019, President Moon Jae-in appointed Yoon as Prosecutor General of South Korea.'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v11-ordinal",
        "the country's 13th president",
        "the country's 12th president",
        c(
            CONTRADICTED,
            "yoon-suk-yeol",
            "'13th President of South Korea'; 'served as the 13th president of South Korea from 2022 to 2025'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Yoon, 64,",
        "Yoon, 66,",
        c(CONTRADICTED, "yoon-suk-yeol", "'born 18 December 1960': 64 on 2025-04-07, not 66"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("kr-2025-04-07", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-party-leader",
        "Democratic Party leader Lee Jae-myung",
        "Lee Jae-myung, the Democratic Party's leader",
        c(
            SUPPORTED,
            "lee-jae-myung",
            "'Leader of the Democratic Party of Korea' 'In office' '28 August 2022 – 9 April 2025'",
        ),
        None,
    ),
    (
        "r02-two-children",
        "a father of two",
        "who has two children",
        c(SUPPORTED, "lee-jae-myung lee-jae-myung-2024", "'Children2'; 'Children | 2'"),
        None,
    ),
]:
    CHANGES.append(Change("kr-2025-04-07", name, old, new, claim, None, key))

# ---------------------------------------------------------------- South Korea's change of president: Lee in office, 5 June 2025
BASES.append(
    Base(
        "kr-2025-06-05",
        "2025-06-05",
        "tuning",
        """Lee Jae-myung sworn in as South Korea's president

SEOUL - Lee Jae-myung took office as South Korea's 14th president on Wednesday, 4 June, a day after winning a snap election called when the Constitutional Court removed his predecessor.

President Lee Jae-myung succeeds Yoon Suk Yeol, who was removed from office on 4 April over his declaration of martial law. Lee Ju-ho had served as acting president before the vote.

Lee, the Democratic Party nominee, won 17,287,513 votes, or 49.42%, in Tuesday's election. Kim Moon-soo of the ruling People Power Party took 41.15% and Reform Party nominee Lee Jun-seok 8.34%. Turnout was 79.38%, the highest since 1997. The vote had originally been scheduled for March 2027.

The new president serves a single five-year term and cannot seek re-election.

A former Democratic Party leader, Lee stepped down from that role in April to run. He was mayor of Seongnam, the country's tenth-largest city, from 2010 to 2018 and governor of Gyeonggi Province from 2018 to 2021. He had represented an Incheon constituency in the National Assembly since 2022.

Lee, 61, was born in Andong. He is a lawyer and a father of two, and lost the 2022 election to Yoon by a narrow margin.

His prime minister has yet to be confirmed. Former President Yoon Suk Yeol faces a criminal trial on insurrection charges.
""",
        {
            "took office as South Korea's 14th president": c(
                SUPPORTED, "lee-jae-myung", "'14th President of South Korea' 'Assumed office' '4 June 2025'"
            ),
            "on Wednesday, 4 June": c(
                SUPPORTED,
                "lee-jae-myung president-of-south-korea",
                "'Assumed office' '4 June 2025' (a Wednesday); 'Incumbentsince: 4 June 2025'",
            ),
            "a day after winning a snap election": c(
                SUPPORTED,
                "2025-south-korean-presidential-election",
                "'An early presidential election was held in South Korea on 3 June 2025.' ... 'Lee Jae-myung defeated the ruling People Power Party nominee Kim Moon-soo'",
            ),
            "called when the Constitutional Court removed his predecessor": c(
                SUPPORTED,
                "2025-south-korean-presidential-election",
                "'The 2025 early election was triggered by the 4 April decision of the Constitutional Court of Korea that officially removed Yoon from office.'",
            ),
            "President Lee Jae-myung": c(
                SUPPORTED,
                "lee-jae-myung president-of-south-korea",
                "'14th President of South Korea' 'Assumed office' '4 June 2025'; 'Incumbent: Lee Jae Myung'",
            ),
            "succeeds Yoon Suk Yeol": c(SUPPORTED, "lee-jae-myung", "'Preceded byYoon Suk Yeol'"),
            "who was removed from office on 4 April": c(
                SUPPORTED,
                "2025-south-korean-presidential-election yoon-suk-yeol",
                "'the 4 April decision of the Constitutional Court of Korea that officially removed Yoon from office'; '9 May 2022 – 4 April 2025'",
            ),
            "over his declaration of martial law": c(
                SUPPORTED,
                "yoon-suk-yeol",
                "'He was impeached by the National Assembly in 2024 after his controversial declaration of martial law.'",
            ),
            "Lee Ju-ho had served as acting president before the vote": c(
                SUPPORTED,
                "2025-south-korean-presidential-election lee-jae-myung",
                "'President before election' 'Lee Ju-ho (acting)'; 'Preceded byYoon Suk Yeol' 'Lee Ju-ho (acting)'",
            ),
            "the Democratic Party nominee": c(
                SUPPORTED,
                "2025-south-korean-presidential-election",
                "'Democratic Party nominee and former opposition leader Lee Jae-myung'",
            ),
            "won 17,287,513 votes, or 49.42%": c(
                SUPPORTED, "2025-south-korean-presidential-election", "'Votes 17,287,513' ... 'Percentage 49.42%'"
            ),
            "Kim Moon-soo of the ruling People Power Party took 41.15%": c(
                SUPPORTED,
                "2025-south-korean-presidential-election",
                "'the ruling People Power Party nominee Kim Moon-soo'; 'Percentage 49.42% 41.15% 8.34%'",
            ),
            "Reform Party nominee Lee Jun-seok 8.34%": c(
                SUPPORTED,
                "2025-south-korean-presidential-election",
                "'Reform Party nominee Lee Jun-seok'; 'Percentage 49.42% 41.15% 8.34%'",
            ),
            "Turnout was 79.38%, the highest since 1997": c(
                SUPPORTED,
                "2025-south-korean-presidential-election",
                "'Voter turnout was 79.38%, the highest since the 1997 presidential election.'",
            ),
            "originally been scheduled for March 2027": c(
                SUPPORTED, "2025-south-korean-presidential-election", "'Originally scheduled for 3 March 2027'"
            ),
            "serves a single five-year term and cannot seek re-election": c(
                SUPPORTED,
                "president-of-south-korea president-of-south-korea-simple-wikipedia",
                "'The president is directly elected to a five-year term, with no possibility of re-election.'; 'Termlength: Five years,' 'Termlength Qualified: Non renewable'",
            ),
            "A former Democratic Party leader": c(
                SUPPORTED,
                "lee-jae-myung",
                "'Leader of the Democratic Party of Korea' 'In office' '28 August 2022 – 9 April 2025'",
            ),
            "stepped down from that role in April to run": c(
                SUPPORTED,
                "lee-jae-myung",
                "'He resigned from the leadership role in April 2025 after announcing his presidential campaign in the 2025 snap presidential election.'",
            ),
            "mayor of Seongnam, the country's tenth-largest city, from 2010 to 2018": c(
                SUPPORTED,
                "lee-jae-myung",
                "'Lee was Mayor of Seongnam, the tenth largest city in South Korea, from 2010 to 2018.'",
            ),
            "governor of Gyeonggi Province from 2018 to 2021": c(
                SUPPORTED,
                "lee-jae-myung lee-jae-myung-2024",
                "'Governor of Gyeonggi Province' 'In office' '1 July 2018 – 25 October 2021'; 'the 35th governor of Gyeonggi Province from 2018 to 2021'",
            ),
            "had represented an Incheon constituency in the National Assembly since 2022": c(
                SUPPORTED,
                "lee-jae-myung",
                "'Member of the National Assembly' 'In office' '2 June 2022 – 4 June 2025' ... 'ConstituencyGyeyang B (Incheon)'",
            ),
            "Lee, 61,": c(SUPPORTED, "lee-jae-myung", "'8 December 1963 (age 61)': 61 on 2025-06-05"),
            "was born in Andong": c(
                SUPPORTED,
                "lee-jae-myung lee-jae-myung-2024",
                "'Andong, South Korea'; 'Born to a poor family in Andong'",
            ),
            "He is a lawyer": c(
                SUPPORTED, "lee-jae-myung", "'ProfessionLawyer'; 'is a South Korean politician and lawyer'"
            ),
            "a father of two": c(SUPPORTED, "lee-jae-myung lee-jae-myung-2024", "'Children2'; 'Children | 2'"),
            "lost the 2022 election to Yoon by a narrow margin": c(
                SUPPORTED,
                "2025-south-korean-presidential-election",
                "'Lee, who narrowly lost the 2022 presidential election to Yoon, ran again.'",
            ),
            "His prime minister has yet to be confirmed": c(
                UNVERIFIED,
                "lee-jae-myung",
                "the Lee copy names 'Prime MinisterLee Ju-ho (acting)' and 'Kim Min-seok' without dates, so no stored page says who was prime minister on 2025-06-05",
            ),
            "Former President Yoon Suk Yeol": c(
                SUPPORTED,
                "yoon-suk-yeol lee-jae-myung",
                "'13th President of South Korea' 'In office' '9 May 2022 – 4 April 2025'; 'Preceded byYoon Suk Yeol'",
            ),
            "faces a criminal trial on insurrection charges": c(
                UNVERIFIED, "", "no stored page mentions a criminal charge or trial"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-past-holder",
        "Former President Yoon Suk Yeol",
        "President Yoon Suk Yeol",
        c(
            CONTRADICTED,
            "yoon-suk-yeol lee-jae-myung president-of-south-korea",
            "'In office' '9 May 2022 – 4 April 2025'; '14th President of South Korea' 'Assumed office' '4 June 2025'; 'Incumbent: Lee Jae Myung'",
        ),
        "past holder as current",
    ),
    (
        "v02-prime-minister",
        "President Lee Jae-myung",
        "Prime Minister Lee Jae-myung",
        c(
            CONTRADICTED,
            "lee-jae-myung president-of-south-korea",
            "'14th President of South Korea' 'Assumed office' '4 June 2025' 'Prime MinisterLee Ju-ho (acting)' 'Kim Min-seok'; 'Deputy: Prime Minister of South Korea'",
        ),
        "sibling office",
    ),
    (
        "v03-deputy",
        "A former Democratic Party leader",
        "A former Democratic Party deputy leader",
        c(
            CONTRADICTED,
            "lee-jae-myung",
            "'Leader of the Democratic Party of Korea' 'In office' '28 August 2022 – 9 April 2025': the leader, not a deputy",
        ),
        "vice or deputy",
    ),
    (
        "v04-votes",
        "won 17,287,513 votes, or 49.42%",
        "won 18,287,513 votes, or 49.42%",
        c(CONTRADICTED, "2025-south-korean-presidential-election", "'Votes 17,287,513 14,395,639 2,917,523'"),
        "wrong count",
    ),
    (
        "v05-date",
        "on Wednesday, 4 June",
        "on Wednesday, 11 June",
        c(
            CONTRADICTED,
            "lee-jae-myung president-of-south-korea",
            "'Assumed office' '4 June 2025'; 'Incumbentsince: 4 June 2025'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "originally been scheduled for March 2027",
        "originally been scheduled for March 2028",
        c(CONTRADICTED, "2025-south-korean-presidential-election", "'Originally scheduled for 3 March 2027'"),
        "wrong year",
    ),
    (
        "v07-place",
        "had represented an Incheon constituency in the National Assembly since 2022",
        "had represented a Busan constituency in the National Assembly since 2022",
        c(
            CONTRADICTED,
            "lee-jae-myung lee-jae-myung-2024",
            "'ConstituencyGyeyang B (Incheon)'; 'Constituency | Gyeyang B (Incheon)'",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "succeeds Yoon Suk Yeol",
        "succeeds Moon Jae-in",
        c(
            CONTRADICTED,
            "lee-jae-myung yoon-suk-yeol",
            "'Preceded byYoon Suk Yeol'; Moon preceded Yoon: 'Preceded byMoon Jae-in'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-ordinal",
        "took office as South Korea's 14th president",
        "took office as South Korea's 15th president",
        c(
            CONTRADICTED,
            "lee-jae-myung",
            "'14th President of South Korea'; 'has been the 14th and current President of South Korea since 2025'",
        ),
        "wrong ordinal",
    ),
    (
        "v10-age",
        "Lee, 61,",
        "Lee, 59,",
        c(CONTRADICTED, "lee-jae-myung", "'8 December 1963 (age 61)': 61 on 2025-06-05, not 59"),
        "wrong duration or age",
    ),
    (
        "v11-term",
        "serves a single five-year term and cannot seek re-election",
        "serves a single four-year term and cannot seek re-election",
        c(
            CONTRADICTED,
            "president-of-south-korea president-of-south-korea-simple-wikipedia",
            "'The president is directly elected to a five-year term, with no possibility of re-election.'; 'Termlength: Five years,'",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("kr-2025-06-05", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-took-over",
        "succeeds Yoon Suk Yeol",
        "takes over from Yoon Suk Yeol",
        c(SUPPORTED, "lee-jae-myung", "'Preceded byYoon Suk Yeol'"),
    ),
    (
        "r02-two-children",
        "a father of two",
        "has two children",
        c(SUPPORTED, "lee-jae-myung lee-jae-myung-2024", "'Children2'; 'Children | 2'"),
    ),
]:
    CHANGES.append(Change("kr-2025-06-05", name, old, new, claim))


# ---------------------------------------------------------------- Singapore's change of prime minister: the handover announced, 16 April 2024
# Written blind (see the README): the articles and labels come from the stored pages only. Both bases are held-out.
BASES.append(
    Base(
        "sg-2024-04-16",
        "2024-04-16",
        "held-out",
        """Singapore's Lee Hsien Loong to hand over to Lawrence Wong on 15 May

SINGAPORE - Prime Minister Lee Hsien Loong will step down on 15 May and hand the premiership to his deputy, Lawrence Wong, ending two decades in office, the government announced on Monday.

Lee, 72, has led the government since August 2004, when he succeeded Goh Chok Tong as the city-state's third prime minister. He is the eldest son of Lee Kuan Yew, Singapore's first prime minister, and has been the Member of Parliament for the Teck Ghee division of Ang Mo Kio GRC since 1991. A former brigadier-general, he served in the Singapore Armed Forces from 1971 to 1984 and studied mathematics at Trinity College, Cambridge, graduating in 1974.

Deputy Prime Minister Lawrence Wong is expected to take office on 15 May as Singapore's fourth prime minister. Wong, 51, has been a deputy prime minister since June 2022 and Minister for Finance since 2021, and he chairs the Monetary Authority of Singapore.

An economist and former civil servant, Wong was principal private secretary to Lee from 2005 to 2008. He entered parliament in the 2011 general election as part of a five-member team in West Coast GRC and has represented Marsiling–Yew Tee GRC since 2015. He was Minister for National Development from 2015 to 2020 and Minister for Education from 2020 to 2021.

The prime minister is appointed by the president and heads the government. The office dates from 1959, when Lee Kuan Yew was sworn in as its first holder on 5 June. Lee is expected to stay on as senior minister after the handover.
""",
        {
            "Prime Minister Lee Hsien Loong": c(
                SUPPORTED,
                "lee-hsien-loong-2024 prime-minister-of-singapore-2004 lee-hsien-loong-simple-wikipedia",
                "'who has been serving as the third Prime Minister of Singapore and Secretary-General of the People's Action Party since 2004'; 'The incumbent prime minister is Lee Hsien Loong, who took office on 12 August 2004.'; '3rd Prime Minister of Singapore' 'In office 12 August 2004 – 15 May 2024': in office on 2024-04-16",
            ),
            "will step down on 15 May": c(
                SUPPORTED,
                "lawrence-wong-2024 lawrence-wong",
                "'is expected to take office on 15 May 2024'; '4th Prime Minister of Singapore' 'Assumed office' '15 May 2024' 'Preceded byLee Hsien Loong' (a forecast at as_of that the day fulfilled)",
            ),
            "his deputy, Lawrence Wong": c(
                SUPPORTED,
                "lawrence-wong lawrence-wong-2024",
                "'Deputy Prime Minister of Singapore' 'In office' '13 June 2022 – 15 May 2024' 'Prime MinisterLee Hsien Loong'; 'serving as Deputy Prime Minister of Singapore'; 'he is the Prime Minister–designate since April 2024'",
            ),
            "ending two decades in office": c(
                SUPPORTED,
                "prime-minister-of-singapore-2004 lee-hsien-loong",
                "'who took office on 12 August 2004'; 'the third Prime Minister between 2004 and 2024': almost 20 years by 15 May 2024",
            ),
            "the government announced on Monday": c(
                UNVERIFIED,
                "lawrence-wong-2024",
                "no stored page dates the announcement of the handover; the older Wong copy says only 'Prime Minister–designate since April 2024'",
            ),
            "Lee, 72,": c(
                SUPPORTED,
                "lee-hsien-loong-2024 lee-hsien-loong",
                "'born 10 February 1952': 72 on 2024-04-16",
            ),
            "has led the government since August 2004": c(
                SUPPORTED,
                "prime-minister-of-singapore-2004 lee-hsien-loong",
                "'The incumbent prime minister is Lee Hsien Loong, who took office on 12 August 2004.'; 'before assuming the office of prime minister in August 2004'",
            ),
            "he succeeded Goh Chok Tong": c(
                SUPPORTED,
                "lee-hsien-loong-simple-wikipedia lee-hsien-loong prime-minister-of-singapore-2004",
                "'3rd Prime Minister of Singapore' 'In office 12 August 2004 – 15 May 2024' ... 'Preceded by | Goh Chok Tong'; 'Lee served in several cabinet posts under prime ministers Lee Kuan Yew and Goh Chok Tong before assuming the office of prime minister in August 2004.'; 'Inaugural holderLee Kuan Yew'",
            ),
            "the city-state's third prime minister": c(
                SUPPORTED,
                "lee-hsien-loong-2024 lee-hsien-loong",
                "'serving as the third Prime Minister of Singapore'; 'the third Prime Minister between 2004 and 2024'",
            ),
            "the eldest son of Lee Kuan Yew": c(
                SUPPORTED,
                "lee-hsien-loong-2024 lee-hsien-loong",
                "'Lee is the eldest son of Singapore's first prime minister, Lee Kuan Yew.'",
            ),
            "Singapore's first prime minister": c(
                SUPPORTED,
                "lee-hsien-loong-2024 prime-minister-of-singapore",
                "'the eldest son of Singapore's first prime minister, Lee Kuan Yew'; 'with Lee Kuan Yew being sworn in as the first prime minister on 5 June 1959'",
            ),
            "has been the Member of Parliament for the Teck Ghee division of Ang Mo Kio GRC since 1991": c(
                SUPPORTED,
                "lee-hsien-loong-2024",
                "'He has been the Member of Parliament (MP) for the Teck Ghee division of Ang Mo Kio GRC since 1991'",
            ),
            "A former brigadier-general": c(
                SUPPORTED,
                "lee-hsien-loong-2024",
                "'is a Singaporean politician and former brigadier-general'",
            ),
            "served in the Singapore Armed Forces from 1971 to 1984": c(
                SUPPORTED,
                "lee-hsien-loong-2024 lee-hsien-loong",
                "'He served in the Singapore Armed Forces (SAF) between 1971 and 1984'",
            ),
            "studied mathematics at Trinity College, Cambridge, graduating in 1974": c(
                SUPPORTED,
                "lee-hsien-loong-2024",
                "'He graduated from Trinity College, Cambridge in 1974 with a Bachelor of Arts in mathematics with first class honours'",
            ),
            "Deputy Prime Minister Lawrence Wong": c(
                SUPPORTED,
                "lawrence-wong-2024 lawrence-wong",
                "'who has been serving as Deputy Prime Minister of Singapore'; 'Deputy Prime Minister of Singapore' 'In office' '13 June 2022 – 15 May 2024'",
            ),
            "is expected to take office on 15 May": c(
                SUPPORTED,
                "lawrence-wong-2024 lawrence-wong",
                "'is expected to take office on 15 May 2024'; '4th Prime Minister of Singapore' 'Assumed office' '15 May 2024' (a forecast at as_of that the day fulfilled)",
            ),
            "as Singapore's fourth prime minister": c(
                SUPPORTED,
                "lawrence-wong",
                "'4th Prime Minister of Singapore' 'Assumed office' '15 May 2024' (a forecast at as_of that the day fulfilled)",
            ),
            "Wong, 51,": c(
                SUPPORTED,
                "lawrence-wong lawrence-wong-2024",
                "'18 December 1972 (age 51)'; 'born 18 December 1972': 51 on 2024-04-16",
            ),
            "has been a deputy prime minister since June 2022": c(
                SUPPORTED,
                "lawrence-wong lawrence-wong-2024",
                "'Deputy Prime Minister of Singapore' 'In office' '13 June 2022 – 15 May 2024'; 'Deputy Prime Minister of Singapore, and Deputy Secretary-General of the People's Action Party since 2022'",
            ),
            "Minister for Finance since 2021": c(
                SUPPORTED,
                "lawrence-wong lawrence-wong-2024",
                "'Minister for Finance' 'Assumed office' '15 May 2021'; 'He is also Minister for Finance since 2021'",
            ),
            "he chairs the Monetary Authority of Singapore": c(
                SUPPORTED,
                "lawrence-wong-2024 lawrence-wong",
                "'Chairman of the Monetary Authority of Singapore since 2023'; 'Chairman of the Monetary Authority of Singapore' 'In office' '8 July 2023 – 15 May 2024'",
            ),
            "An economist and former civil servant": c(
                SUPPORTED,
                "lawrence-wong-2024",
                "'is a Singaporean politician, economist and former civil servant'",
            ),
            "was principal private secretary to Lee from 2005 to 2008": c(
                SUPPORTED,
                "lawrence-wong-2024",
                "'He was Principal Private Secretary to Prime Minister Lee Hsien Loong between 2005 and 2008.'",
            ),
            "He entered parliament in the 2011 general election": c(
                SUPPORTED,
                "lawrence-wong-2024 lawrence-wong",
                "'Wong made his political debut in the 2011 general election where he contested in West Coast GRC as part of a five-member PAP team and won.'; 'for West Coast GRC' 'In office' '7 May 2011 – 24 August 2015'",
            ),
            "as part of a five-member team in West Coast GRC": c(
                SUPPORTED,
                "lawrence-wong-2024",
                "'he contested in West Coast GRC as part of a five-member PAP team and won'",
            ),
            "has represented Marsiling–Yew Tee GRC since 2015": c(
                SUPPORTED,
                "lawrence-wong-2024 lawrence-wong",
                "'representing the Limbang division of Marsiling–Yew Tee GRC since 2015'; 'for Marsiling-Yew Tee GRC' 'Assumed office' '11 September 2015'",
            ),
            "Minister for National Development from 2015 to 2020": c(
                SUPPORTED,
                "lawrence-wong lawrence-wong-2024",
                "'Minister for National Development' 'In office' '1 October 2015 – 26 July 2020'; 'Minister for National Development between 2015 and 2020'",
            ),
            "Minister for Education from 2020 to 2021": c(
                SUPPORTED,
                "lawrence-wong",
                "'Minister for Education' 'In office' '27 July 2020 – 14 May 2021'",
            ),
            "The prime minister is appointed by the president": c(
                SUPPORTED,
                "prime-minister-of-singapore-2004 prime-minister-of-singapore",
                "'The president appoints the prime minister'; 'AppointerPresident of Singapore'",
            ),
            "heads the government": c(
                SUPPORTED,
                "prime-minister-of-singapore-2004",
                "'The prime minister of Singapore is the head of government of the Republic of Singapore.'",
            ),
            "The office dates from 1959": c(
                SUPPORTED,
                "prime-minister-of-singapore-2004 prime-minister-of-singapore",
                "'Formation3 June 1959'; 'The office of prime minister succeeded the office of chief minister in 1959'",
            ),
            "sworn in as its first holder on 5 June": c(
                SUPPORTED,
                "prime-minister-of-singapore",
                "'with Lee Kuan Yew being sworn in as the first prime minister on 5 June 1959'",
            ),
            "Lee is expected to stay on as senior minister after the handover": c(
                SUPPORTED,
                "lee-hsien-loong",
                "'has served as the Senior Minister of Singapore since 2024, having previously served as the third Prime Minister between 2004 and 2024' (a forecast at as_of that the later copy bears out)",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-successor-early",
        "Deputy Prime Minister Lawrence Wong",
        "Prime Minister Lawrence Wong",
        c(
            CONTRADICTED,
            "lawrence-wong lawrence-wong-2024 prime-minister-of-singapore-2004",
            "'4th Prime Minister of Singapore' 'Assumed office' '15 May 2024': not before; 'is expected to take office on 15 May 2024'; 'The incumbent prime minister is Lee Hsien Loong'",
        ),
        "successor before taking office",
    ),
    (
        "v02-deputy",
        "Prime Minister Lee Hsien Loong",
        "Deputy Prime Minister Lee Hsien Loong",
        c(
            CONTRADICTED,
            "lee-hsien-loong-2024 prime-minister-of-singapore-2004",
            "'serving as the third Prime Minister of Singapore'; 'The incumbent prime minister is Lee Hsien Loong': the prime minister, not a deputy",
        ),
        "vice or deputy",
    ),
    (
        "v03-trade-minister",
        "Minister for Finance since 2021",
        "Minister for Trade and Industry since 2021",
        c(
            CONTRADICTED,
            "lawrence-wong lawrence-wong-2024",
            "'Minister for Finance' 'Assumed office' '15 May 2021'; 'He is also Minister for Finance since 2021': no trade ministry among his offices",
        ),
        "sibling office",
    ),
    (
        "v04-country",
        "as Singapore's fourth prime minister",
        "as Malaysia's fourth prime minister",
        c(
            CONTRADICTED,
            "lawrence-wong",
            "'4th Prime Minister of Singapore' 'Assumed office' '15 May 2024'",
        ),
        "wrong country",
    ),
    (
        "v05-team",
        "as part of a five-member team in West Coast GRC",
        "as part of a four-member team in West Coast GRC",
        c(
            CONTRADICTED,
            "lawrence-wong-2024",
            "'he contested in West Coast GRC as part of a five-member PAP team and won'",
        ),
        "wrong count",
    ),
    (
        "v06-date",
        "is expected to take office on 15 May",
        "is expected to take office on 15 June",
        c(
            CONTRADICTED,
            "lawrence-wong-2024 lawrence-wong",
            "'is expected to take office on 15 May 2024'; 'Assumed office' '15 May 2024'",
        ),
        "wrong date",
    ),
    (
        "v07-year",
        "has been a deputy prime minister since June 2022",
        "has been a deputy prime minister since June 2020",
        c(
            CONTRADICTED,
            "lawrence-wong lawrence-wong-2024",
            "'Deputy Prime Minister of Singapore' 'In office' '13 June 2022 – 15 May 2024'; 'Deputy Prime Minister of Singapore, and Deputy Secretary-General of the People's Action Party since 2022'",
        ),
        "wrong year",
    ),
    (
        "v08-place",
        "has represented Marsiling–Yew Tee GRC since 2015",
        "has represented Tampines GRC since 2015",
        c(
            CONTRADICTED,
            "lawrence-wong-2024 lawrence-wong",
            "'representing the Limbang division of Marsiling–Yew Tee GRC since 2015'; 'for Marsiling-Yew Tee GRC' 'Assumed office' '11 September 2015'",
        ),
        "wrong place",
    ),
    (
        "v09-successor",
        "his deputy, Lawrence Wong",
        "his deputy, Heng Swee Keat",
        c(
            CONTRADICTED,
            "lawrence-wong lawrence-wong-2024",
            "'4th Prime Minister of Singapore' 'Assumed office' '15 May 2024' 'Preceded byLee Hsien Loong'; 'he is the Prime Minister–designate since April 2024'; Heng Swee Keat was the other deputy: 'Serving with Heng Swee Keat'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v10-ordinal",
        "the city-state's third prime minister",
        "the city-state's second prime minister",
        c(
            CONTRADICTED,
            "lee-hsien-loong-2024 lee-hsien-loong",
            "'serving as the third Prime Minister of Singapore'; 'the third Prime Minister between 2004 and 2024'",
        ),
        "wrong ordinal",
    ),
    (
        "v11-age",
        "Lee, 72,",
        "Lee, 70,",
        c(CONTRADICTED, "lee-hsien-loong-2024 lee-hsien-loong", "'born 10 February 1952': 72 on 2024-04-16, not 70"),
        "wrong duration or age",
    ),
    (
        "v12-decades",
        "ending two decades in office",
        "ending three decades in office",
        c(
            CONTRADICTED,
            "lee-hsien-loong-simple-wikipedia prime-minister-of-singapore-2004",
            "'In office 12 August 2004 – 15 May 2024'; 'who took office on 12 August 2004': under 20 years, not 30",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("sg-2024-04-16", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-deputy-prime-minister",
        "his deputy, Lawrence Wong",
        "his deputy prime minister, Lawrence Wong",
        c(
            SUPPORTED,
            "lawrence-wong lawrence-wong-2024",
            "'Deputy Prime Minister of Singapore' 'In office' '13 June 2022 – 15 May 2024' 'Prime MinisterLee Hsien Loong'; 'he is the Prime Minister–designate since April 2024'",
        ),
    ),
    (
        "r02-who-is-72",
        "Lee, 72,",
        "Lee, who is 72,",
        c(SUPPORTED, "lee-hsien-loong-2024 lee-hsien-loong", "'born 10 February 1952': 72 on 2024-04-16"),
    ),
]:
    CHANGES.append(Change("sg-2024-04-16", name, old, new, claim))

# ---------------------------------------------------------------- Singapore's change of prime minister: Wong in office, 16 May 2024
BASES.append(
    Base(
        "sg-2024-05-16",
        "2024-05-16",
        "held-out",
        """Lawrence Wong sworn in as Singapore's prime minister

SINGAPORE - Lawrence Wong was sworn in as Singapore's fourth prime minister on Wednesday, 15 May, taking over from Lee Hsien Loong. Lee had led the government for almost 20 years.

President Tharman Shanmugaratnam appointed him at a ceremony at the Istana. Prime Minister Lawrence Wong named Gan Kim Yong as one of his two deputy prime ministers, alongside Heng Swee Keat.

Wong keeps the finance ministry, which he has held since May 2021. He had been deputy prime minister since June 2022 and chaired the Monetary Authority of Singapore from July 2023; Gan succeeds him in that post.

Born in Singapore on 18 December 1972, Wong is an economist and former civil servant. Wong, 51, has represented the Limbang division of Marsiling-Yew Tee GRC in parliament since 2015, after four years for West Coast GRC from 2011.

Former Prime Minister Lee Hsien Loong stays on as Senior Minister. Lee, 72, the eldest son of founding prime minister Lee Kuan Yew, took office in August 2004 as the third prime minister and has represented Teck Ghee since 1991.

The prime minister of Singapore heads the government and is appointed by the president. The office was created in 1959.
""",
        {
            "sworn in as Singapore's fourth prime minister": c(
                SUPPORTED,
                "lawrence-wong prime-minister-of-singapore",
                "'4th Prime Minister of Singapore' 'Assumed office' '15 May 2024'; 'The incumbent prime minister is Lawrence Wong, who took office on 15 May 2024.'",
            ),
            "on Wednesday, 15 May": c(
                SUPPORTED,
                "lawrence-wong prime-minister-of-singapore",
                "'Assumed office' '15 May 2024' (a Wednesday); 'who took office on 15 May 2024'",
            ),
            "taking over from Lee Hsien Loong": c(SUPPORTED, "lawrence-wong", "'Preceded byLee Hsien Loong'"),
            "Lee had led the government for almost 20 years": c(
                SUPPORTED,
                "lee-hsien-loong-simple-wikipedia prime-minister-of-singapore-2004 lee-hsien-loong",
                "'In office 12 August 2004 – 15 May 2024'; 'who took office on 12 August 2004'; 'the third Prime Minister between 2004 and 2024': 19 years and 9 months",
            ),
            "President Tharman Shanmugaratnam appointed him": c(
                SUPPORTED,
                "lawrence-wong prime-minister-of-singapore",
                "'4th Prime Minister of Singapore' 'Assumed office' '15 May 2024' 'PresidentTharman Shanmugaratnam'; 'The president appoints the prime minister'",
            ),
            "at a ceremony at the Istana": c(UNVERIFIED, "", "no stored page says where or how Wong was sworn in"),
            "Prime Minister Lawrence Wong": c(
                SUPPORTED,
                "lawrence-wong prime-minister-of-singapore",
                "'4th Prime Minister of Singapore' 'Assumed office' '15 May 2024'; 'The incumbent prime minister is Lawrence Wong'",
            ),
            "named Gan Kim Yong as one of his two deputy prime ministers": c(
                SUPPORTED,
                "lawrence-wong",
                "'4th Prime Minister of Singapore' 'Assumed office' '15 May 2024' 'DeputyGan Kim Yong' 'Heng Swee Keat'",
            ),
            "alongside Heng Swee Keat": c(SUPPORTED, "lawrence-wong", "'DeputyGan Kim Yong' 'Heng Swee Keat'"),
            "Wong keeps the finance ministry": c(
                SUPPORTED,
                "lawrence-wong",
                "'Minister for Finance' 'Assumed office' '15 May 2021' 'Prime MinisterLee Hsien Loong' 'Himself'",
            ),
            "which he has held since May 2021": c(
                SUPPORTED, "lawrence-wong", "'Minister for Finance' 'Assumed office' '15 May 2021'"
            ),
            "He had been deputy prime minister since June 2022": c(
                SUPPORTED,
                "lawrence-wong",
                "'Deputy Prime Minister of Singapore' 'In office' '13 June 2022 – 15 May 2024'",
            ),
            "chaired the Monetary Authority of Singapore from July 2023": c(
                SUPPORTED,
                "lawrence-wong",
                "'Chairman of the Monetary Authority of Singapore' 'In office' '8 July 2023 – 15 May 2024'",
            ),
            "Gan succeeds him in that post": c(
                SUPPORTED,
                "lawrence-wong",
                "'Chairman of the Monetary Authority of Singapore' 'In office' '8 July 2023 – 15 May 2024' ... 'Succeeded byGan Kim Yong'",
            ),
            "Born in Singapore": c(
                SUPPORTED, "lawrence-wong", "'Lawrence Wong Shyun Tsai' '18 December 1972 (age 51)' 'Singapore'"
            ),
            "on 18 December 1972": c(
                SUPPORTED, "lawrence-wong lawrence-wong-2024", "'18 December 1972 (age 51)'; 'born 18 December 1972'"
            ),
            "Wong is an economist and former civil servant": c(
                SUPPORTED, "lawrence-wong-2024", "'is a Singaporean politician, economist and former civil servant'"
            ),
            "Wong, 51,": c(SUPPORTED, "lawrence-wong", "'18 December 1972 (age 51)': 51 on 2024-05-16"),
            "has represented the Limbang division of Marsiling-Yew Tee GRC in parliament since 2015": c(
                SUPPORTED,
                "lawrence-wong lawrence-wong-2024",
                "'Member of the Singapore Parliament' 'for Marsiling-Yew Tee GRC' 'Limbang Division' 'Assumed office' '11 September 2015'; 'representing the Limbang division of Marsiling–Yew Tee GRC since 2015'",
            ),
            "after four years for West Coast GRC from 2011": c(
                SUPPORTED,
                "lawrence-wong lawrence-wong-2024",
                "'for West Coast GRC' 'Boon Lay Division' 'In office' '7 May 2011 – 24 August 2015'; 'previously the Boon Lay division of West Coast GRC between 2011 and 2015'",
            ),
            "Former Prime Minister Lee Hsien Loong": c(
                SUPPORTED,
                "lee-hsien-loong-simple-wikipedia lawrence-wong lee-hsien-loong prime-minister-of-singapore",
                "'3rd Prime Minister of Singapore' 'In office 12 August 2004 – 15 May 2024' ... 'Succeeded by | Lawrence Wong'; '4th Prime Minister of Singapore' 'Assumed office' '15 May 2024'; 'having previously served as the third Prime Minister between 2004 and 2024'; 'The incumbent prime minister is Lawrence Wong'",
            ),
            "stays on as Senior Minister": c(
                SUPPORTED,
                "lee-hsien-loong-simple-wikipedia lee-hsien-loong",
                "'Senior Minister of Singapore' 'Assumed office 15 May 2024'; 'has served as the Senior Minister of Singapore since 2024'",
            ),
            "Lee, 72,": c(SUPPORTED, "lee-hsien-loong", "'Lee Hsien Loong (born 10 February 1952)': 72 on 2024-05-16"),
            "the eldest son of founding prime minister Lee Kuan Yew": c(
                SUPPORTED,
                "lee-hsien-loong",
                "'Lee is the eldest son of Singapore's first prime minister, Lee Kuan Yew.'",
            ),
            "took office in August 2004": c(
                SUPPORTED,
                "lee-hsien-loong-simple-wikipedia lee-hsien-loong prime-minister-of-singapore-2004",
                "'In office 12 August 2004 – 15 May 2024'; 'before assuming the office of prime minister in August 2004'; 'who took office on 12 August 2004'",
            ),
            "as the third prime minister": c(
                SUPPORTED,
                "lee-hsien-loong",
                "'having previously served as the third Prime Minister between 2004 and 2024'",
            ),
            "has represented Teck Ghee since 1991": c(
                SUPPORTED,
                "lee-hsien-loong",
                "'he has represented the Teck Ghee division of Ang Mo Kio Group Representation Constituency (GRC) since 1991'",
            ),
            "heads the government": c(
                SUPPORTED,
                "prime-minister-of-singapore",
                "'The prime minister of Singapore' 'is the head of government of Singapore.'",
            ),
            "is appointed by the president": c(
                SUPPORTED,
                "prime-minister-of-singapore",
                "'The president appoints the prime minister'; 'Appointer President'",
            ),
            "The office was created in 1959": c(
                SUPPORTED,
                "prime-minister-of-singapore",
                "'Formation3 June 1959'; 'The office of prime minister succeeded the office of chief minister in 1959'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-past-holder",
        "Former Prime Minister Lee Hsien Loong",
        "Prime Minister Lee Hsien Loong",
        c(
            CONTRADICTED,
            "lee-hsien-loong-simple-wikipedia lawrence-wong lee-hsien-loong prime-minister-of-singapore",
            "'3rd Prime Minister of Singapore' 'In office 12 August 2004 – 15 May 2024' ... 'Succeeded by | Lawrence Wong'; '4th Prime Minister of Singapore' 'Assumed office' '15 May 2024'; 'The incumbent prime minister is Lawrence Wong'",
        ),
        "past holder as current",
    ),
    (
        "v02-deputy",
        "Prime Minister Lawrence Wong",
        "Deputy Prime Minister Lawrence Wong",
        c(
            CONTRADICTED,
            "lawrence-wong",
            "'Deputy Prime Minister of Singapore' 'In office' '13 June 2022 – 15 May 2024'; '4th Prime Minister of Singapore' 'Assumed office' '15 May 2024'",
        ),
        "vice or deputy",
    ),
    (
        "v03-education",
        "Wong keeps the finance ministry",
        "Wong keeps the education ministry",
        c(
            CONTRADICTED,
            "lawrence-wong",
            "'Minister for Education' 'In office' '27 July 2020 – 14 May 2021' 'Succeeded byChan Chun Sing'; 'Minister for Finance' 'Assumed office' '15 May 2021'",
        ),
        "sibling office",
    ),
    (
        "v04-country",
        "sworn in as Singapore's fourth prime minister",
        "sworn in as Malaysia's fourth prime minister",
        c(CONTRADICTED, "lawrence-wong", "'4th Prime Minister of Singapore' 'Assumed office' '15 May 2024'"),
        "wrong country",
    ),
    (
        "v05-deputies",
        "named Gan Kim Yong as one of his two deputy prime ministers",
        "named Gan Kim Yong as one of his three deputy prime ministers",
        c(CONTRADICTED, "lawrence-wong", "'DeputyGan Kim Yong' 'Heng Swee Keat': two deputies"),
        "wrong count",
    ),
    (
        "v06-date",
        "on Wednesday, 15 May",
        "on Wednesday, 22 May",
        c(
            CONTRADICTED,
            "lawrence-wong prime-minister-of-singapore",
            "'Assumed office' '15 May 2024'; 'who took office on 15 May 2024'",
        ),
        "wrong date",
    ),
    (
        "v07-year",
        "which he has held since May 2021",
        "which he has held since May 2019",
        c(CONTRADICTED, "lawrence-wong", "'Minister for Finance' 'Assumed office' '15 May 2021'"),
        "wrong year",
    ),
    (
        "v08-birthplace",
        "Born in Singapore",
        "Born in Penang",
        c(
            CONTRADICTED,
            "lawrence-wong",
            "'Lawrence Wong Shyun Tsai' '18 December 1972 (age 51)' 'Singapore'",
        ),
        "wrong place",
    ),
    (
        "v09-predecessor",
        "taking over from Lee Hsien Loong",
        "taking over from Goh Chok Tong",
        c(
            CONTRADICTED,
            "lawrence-wong lee-hsien-loong-simple-wikipedia",
            "'Preceded byLee Hsien Loong'; Goh Chok Tong preceded Lee in 2004: '3rd Prime Minister of Singapore' 'In office 12 August 2004 – 15 May 2024' ... 'Preceded by | Goh Chok Tong'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v10-ordinal",
        "sworn in as Singapore's fourth prime minister",
        "sworn in as Singapore's fifth prime minister",
        c(CONTRADICTED, "lawrence-wong", "'4th Prime Minister of Singapore' 'Assumed office' '15 May 2024'"),
        "wrong ordinal",
    ),
    (
        "v11-age",
        "Wong, 51,",
        "Wong, 52,",
        c(CONTRADICTED, "lawrence-wong", "'18 December 1972 (age 51)': 51 on 2024-05-16, not 52"),
        "wrong duration or age",
    ),
    (
        "v12-tenure",
        "Lee had led the government for almost 20 years",
        "Lee had led the government for almost 15 years",
        c(
            CONTRADICTED,
            "lee-hsien-loong-simple-wikipedia prime-minister-of-singapore-2004",
            "'In office 12 August 2004 – 15 May 2024'; 'who took office on 12 August 2004': 19 years and 9 months, not almost 15",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("sg-2024-05-16", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-succeeding",
        "taking over from Lee Hsien Loong",
        "succeeding Lee Hsien Loong",
        c(SUPPORTED, "lawrence-wong", "'Preceded byLee Hsien Loong'"),
    ),
    (
        "r02-who-is-51",
        "Wong, 51,",
        "Wong, who is 51,",
        c(SUPPORTED, "lawrence-wong", "'18 December 1972 (age 51)': 51 on 2024-05-16"),
    ),
]:
    CHANGES.append(Change("sg-2024-05-16", name, old, new, claim))


# ---------------------------------------------------------------- Ireland's change of Taoiseach: Harris leads Fine Gael, 25 March 2024
# Written blind (see the README): the articles and labels come from the stored pages only. Both bases are tuning.
BASES.append(
    Base(
        "ie-2024-03-25",
        "2024-03-25",
        "tuning",
        """Harris takes over Fine Gael and is set to become Ireland's youngest Taoiseach

DUBLIN - Higher Education Minister Simon Harris took over as leader of Fine Gael on Sunday, 24 March, after no other candidate came forward to succeed Taoiseach Leo Varadkar.

Harris, 37, is due to be elected Taoiseach on 9 April, when he would become the youngest person to hold the office. The Wicklow TD would be Ireland's 16th Taoiseach. Under the constitution the Taoiseach, Ireland's head of government, is appointed by the President of Ireland on the nomination of the Dáil.

Varadkar, 45, stepped down as Fine Gael leader on 20 March, having led the party for almost seven years. He has been Taoiseach since December 2022, having first held the office from 2017 to 2020, when he succeeded Enda Kenny. In between he served as Tánaiste under Micheál Martin. Varadkar was 38 when he first became Taoiseach.

Harris, who was born in Greystones, has been Minister for Further and Higher Education, Research, Innovation and Science since June 2020. He was Minister for Health from 2016 to 2020, succeeding Varadkar in that post, and held the justice portfolio from December 2022 to June 2023.

First elected to the Dáil in 2011 at the age of 24, Harris was a minister of state at the Department of Finance from 2014 to 2016. He is married to Caoimhe Wade, and the couple have two children.

The coalition of Fine Gael, Fianna Fáil and the Green Party has agreed to back him, and Tánaiste Micheál Martin welcomed the choice. Sinn Féin leader Mary Lou McDonald called for a general election instead.

Varadkar was born in Dublin and trained as a doctor at Trinity College Dublin, qualifying as a general practitioner in 2010. He has represented Dublin West since 2007.
""",
        {
            "Higher Education Minister Simon Harris": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia",
                "'Minister for Further and Higher Education, Research, Innovation and Science' 'In office' '27 June 2020 – 9 April 2024': in that office on 2024-03-25",
            ),
            "took over as leader of Fine Gael on Sunday, 24 March": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia simon-harris",
                "'Leader of Fine Gael' 'Assumed office' '24 March 2024' (a Sunday); 'Term Start4: 24 March 2024'",
            ),
            "after no other candidate came forward": c(
                UNVERIFIED,
                "",
                "no stored page says how the leadership contest ran or whether anyone else stood",
            ),
            "Taoiseach Leo Varadkar": c(
                SUPPORTED,
                "leo-varadkar leo-varadkar-2023",
                "'14th Taoiseach' 'In office' '17 December 2022 – 9 April 2024': in office on 2024-03-25; 'has served as Taoiseach since December 2022'",
            ),
            "Harris, 37,": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia simon-harris",
                "'17 October 1986 (age 37)'; 'born 17 October 1986': 37 on 2024-03-25",
            ),
            "is due to be elected Taoiseach on 9 April": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia simon-harris taoiseach",
                "'16th Taoiseach' 'Assumed office' '9 April 2024'; 'Term Start2: 9 April 2024'; 'who took office on 9 April 2024' (a forecast at as_of that the day fulfilled)",
            ),
            "the youngest person to hold the office": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia",
                "'At age 37, he is the youngest person to become Taoiseach.'",
            ),
            "The Wicklow TD": c(
                SUPPORTED,
                "simon-harris simon-harris-simple-wikipedia",
                "'a TD for the Wicklow constituency since 2011'; 'He has been a Teachta Dála (TD) for the Wicklow constituency since 2011.'",
            ),
            "Ireland's 16th Taoiseach": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia leo-varadkar",
                "'16th Taoiseach'; 'who has served as the 16th Taoiseach since 2024'; Varadkar '14th Taoiseach'",
            ),
            "Ireland's head of government": c(
                SUPPORTED,
                "taoiseach",
                "'The Taoiseach' 'is the head of government or prime minister of Ireland.'",
            ),
            "is appointed by the President of Ireland on the nomination of the Dáil": c(
                SUPPORTED,
                "taoiseach",
                "'The office is appointed by the President of Ireland upon the nomination of Dáil Éireann'; 'Nominator | Dáil Éireann'",
            ),
            "Varadkar, 45,": c(
                SUPPORTED,
                "leo-varadkar leo-varadkar-2023",
                "'born 18 January 1979': 45 on 2024-03-25",
            ),
            "stepped down as Fine Gael leader on 20 March": c(
                SUPPORTED,
                "leo-varadkar",
                "'Leader of Fine Gael' 'In office' '2 June 2017 – 20 March 2024' 'Succeeded bySimon Harris'",
            ),
            "having led the party for almost seven years": c(
                SUPPORTED,
                "leo-varadkar leo-varadkar-2023",
                "'Leader of Fine Gael' 'In office' '2 June 2017 – 20 March 2024': six years and nine months; 'and was elected leader on 2 June'",
            ),
            "He has been Taoiseach since December 2022": c(
                SUPPORTED,
                "leo-varadkar leo-varadkar-2023",
                "'has served as Taoiseach since December 2022'; 'In office' '17 December 2022 – 9 April 2024'",
            ),
            "first held the office from 2017 to 2020": c(
                SUPPORTED,
                "leo-varadkar",
                "'In office' '14 June 2017 – 27 June 2020'; 'who served as Taoiseach from 2017 to 2020 and from 2022 to 2024'",
            ),
            "when he succeeded Enda Kenny": c(
                SUPPORTED,
                "leo-varadkar leo-varadkar-2023",
                "'14 June 2017 – 27 June 2020' ... 'Preceded byEnda Kenny'; 'Taoiseach Enda Kenny announced that he would resign as Taoiseach and Fine Gael leader'",
            ),
            "served as Tánaiste under Micheál Martin": c(
                SUPPORTED,
                "leo-varadkar",
                "'Tánaiste' 'In office' '27 June 2020 – 17 December 2022' 'TaoiseachMicheál Martin'",
            ),
            "Varadkar was 38 when he first became Taoiseach": c(
                SUPPORTED,
                "leo-varadkar-2023",
                "'Twelve days later, he was appointed Taoiseach, and at 38 years of age became the youngest person to hold the office.'",
            ),
            "born in Greystones": c(
                SUPPORTED,
                "simon-harris simon-harris-simple-wikipedia",
                "'Birth Place: Greystones, County Wicklow, Ireland'; 'Harris was born in Greystones, County Wicklow, in 1986'",
            ),
            "Minister for Further and Higher Education, Research, Innovation and Science since June 2020": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia",
                "'Minister for Further and Higher Education, Research, Innovation and Science' 'In office' '27 June 2020 – 9 April 2024'",
            ),
            "Minister for Health from 2016 to 2020": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia",
                "'Minister for Health' 'In office' '6 May 2016 – 27 June 2020'",
            ),
            "succeeding Varadkar in that post": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia leo-varadkar",
                "'Minister for Health' 'In office' '6 May 2016 – 27 June 2020' 'Preceded byLeo Varadkar'; 'Minister for Health' 'In office' '11 July 2014 – 6 May 2016' ... 'Succeeded bySimon Harris'",
            ),
            "held the justice portfolio from December 2022 to June 2023": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia",
                "'Minister for Justice' 'In office' '17 December 2022 – 1 June 2023'",
            ),
            "First elected to the Dáil in 2011": c(
                SUPPORTED,
                "simon-harris",
                "'He was elected to Dáil Éireann at the 2011 general election'; 'Term Start9: February 2011'",
            ),
            "at the age of 24": c(
                SUPPORTED,
                "simon-harris",
                "'becoming the \"baby of the Dáil\" at age 24'",
            ),
            "a minister of state at the Department of Finance from 2014 to 2016": c(
                SUPPORTED,
                "simon-harris simon-harris-simple-wikipedia",
                "'was appointed Minister of State at the Department of Finance in 2014'; 'Harris was a Minister of State from 2014 to 2016.'",
            ),
            "married to Caoimhe Wade": c(SUPPORTED, "simon-harris-simple-wikipedia", "'Caoimhe Wade (m. 2017)'"),
            "the couple have two children": c(SUPPORTED, "simon-harris", "'Children: 2'"),
            "The coalition of Fine Gael, Fianna Fáil and the Green Party": c(
                SUPPORTED,
                "taoiseach",
                "'the coalition agreement between Fianna Fáil, Fine Gael, and the Green Party' under which 'Micheál Martin, TD held the post from June 2020 until December 2022'",
            ),
            "has agreed to back him": c(
                UNVERIFIED,
                "taoiseach",
                "no stored page says what the coalition parties decided before the vote; the 'Taoiseach' copy, written after it, says only that he 'took office on 9 April 2024 following the resignation of Leo Varadkar and under a planned rotation'",
            ),
            "welcomed the choice": c(UNVERIFIED, "", "no stored page reports what Micheál Martin said of Harris"),
            "Tánaiste Micheál Martin": c(
                SUPPORTED,
                "leo-varadkar",
                "'14th Taoiseach' 'In office' '17 December 2022 – 9 April 2024' ... 'TánaisteMicheál Martin'",
            ),
            "Sinn Féin leader Mary Lou McDonald called for a general election": c(
                UNVERIFIED,
                "",
                "no stored page names Mary Lou McDonald or Sinn Féin's response",
            ),
            "Varadkar was born in Dublin": c(
                SUPPORTED,
                "leo-varadkar leo-varadkar-2023",
                "'Dublin, Ireland'; 'Varadkar was born in Dublin'",
            ),
            "trained as a doctor at Trinity College Dublin": c(
                SUPPORTED,
                "leo-varadkar-2023",
                "'studied medicine at Trinity College Dublin. He spent several years as a non-consultant hospital doctor'",
            ),
            "qualifying as a general practitioner in 2010": c(
                SUPPORTED, "leo-varadkar-2023", "'eventually qualifying as a general practitioner in 2010'"
            ),
            "He has represented Dublin West since 2007": c(
                SUPPORTED,
                "leo-varadkar leo-varadkar-2023",
                "'Teachta Dála' 'Assumed office' 'May 2007' 'ConstituencyDublin West'; 'a Teachta Dála (TD) for the Dublin West constituency since 2007'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-successor-early",
        "Higher Education Minister Simon Harris",
        "Taoiseach Simon Harris",
        c(
            CONTRADICTED,
            "simon-harris-simple-wikipedia leo-varadkar",
            "'16th Taoiseach' 'Assumed office' '9 April 2024': not before; Varadkar 'In office' '17 December 2022 – 9 April 2024'",
        ),
        "successor before taking office",
    ),
    (
        "v02-past-holder",
        "Tánaiste Micheál Martin",
        "Taoiseach Micheál Martin",
        c(
            CONTRADICTED,
            "leo-varadkar taoiseach",
            "'14th Taoiseach' 'In office' '17 December 2022 – 9 April 2024' ... 'Preceded byMicheál Martin' 'TánaisteMicheál Martin'; 'Micheál Martin, TD held the post from June 2020 until December 2022'",
        ),
        "past holder as current",
    ),
    (
        "v03-deputy-leader",
        "took over as leader of Fine Gael on Sunday, 24 March",
        "took over as deputy leader of Fine Gael on Sunday, 24 March",
        c(
            CONTRADICTED,
            "simon-harris-simple-wikipedia simon-harris",
            "'Leader of Fine Gael' 'Assumed office' '24 March 2024': the leader, not a deputy; 'Office4: Leader of Fine Gael'",
        ),
        "vice or deputy",
    ),
    (
        "v04-foreign-affairs",
        "held the justice portfolio from December 2022 to June 2023",
        "held the foreign affairs portfolio from December 2022 to June 2023",
        c(
            CONTRADICTED,
            "simon-harris-simple-wikipedia simon-harris",
            "'Minister for Justice' 'In office' '17 December 2022 – 1 June 2023'; foreign affairs came later: 'Minister for Foreign Affairs and Trade and Minister for Defence from January to November 2025'",
        ),
        "sibling office",
    ),
    (
        "v05-country",
        "Ireland's head of government",
        "Britain's head of government",
        c(
            CONTRADICTED,
            "taoiseach",
            "'The Taoiseach' 'is the head of government or prime minister of Ireland.'",
        ),
        "wrong country",
    ),
    (
        "v06-children",
        "the couple have two children",
        "the couple have three children",
        c(CONTRADICTED, "simon-harris", "'Children: 2'"),
        "wrong count",
    ),
    (
        "v07-date",
        "is due to be elected Taoiseach on 9 April",
        "is due to be elected Taoiseach on 2 April",
        c(
            CONTRADICTED,
            "simon-harris-simple-wikipedia simon-harris taoiseach",
            "'16th Taoiseach' 'Assumed office' '9 April 2024'; 'Term Start2: 9 April 2024'; 'who took office on 9 April 2024'",
        ),
        "wrong date",
    ),
    (
        "v08-year",
        "First elected to the Dáil in 2011",
        "First elected to the Dáil in 2007",
        c(
            CONTRADICTED,
            "simon-harris simon-harris-simple-wikipedia",
            "'He was elected to Dáil Éireann at the 2011 general election'; 'Teachta Dála' 'Assumed office' 'February 2011'",
        ),
        "wrong year",
    ),
    (
        "v09-birthplace",
        "born in Greystones",
        "born in Bray",
        c(
            CONTRADICTED,
            "simon-harris simon-harris-simple-wikipedia",
            "'Birth Place: Greystones, County Wicklow, Ireland'; 'Harris was born in Greystones, County Wicklow, in 1986'",
        ),
        "wrong place",
    ),
    (
        "v10-predecessor",
        "when he succeeded Enda Kenny",
        "when he succeeded Bertie Ahern",
        c(
            CONTRADICTED,
            "leo-varadkar leo-varadkar-2023",
            "'14 June 2017 – 27 June 2020' ... 'Preceded byEnda Kenny'; 'Taoiseach Enda Kenny announced that he would resign as Taoiseach and Fine Gael leader'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v11-ordinal",
        "Ireland's 16th Taoiseach",
        "Ireland's 15th Taoiseach",
        c(
            CONTRADICTED,
            "simon-harris-simple-wikipedia",
            "'16th Taoiseach'; 'who has served as the 16th Taoiseach since 2024'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Varadkar, 45,",
        "Varadkar, 47,",
        c(CONTRADICTED, "leo-varadkar leo-varadkar-2023", "'born 18 January 1979': 45 on 2024-03-25, not 47"),
        "wrong duration or age",
    ),
    (
        "v13-leadership-length",
        "having led the party for almost seven years",
        "having led the party for almost ten years",
        c(
            CONTRADICTED,
            "leo-varadkar leo-varadkar-2023",
            "'Leader of Fine Gael' 'In office' '2 June 2017 – 20 March 2024': under seven years; 'and was elected leader on 2 June'",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("ie-2024-03-25", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-the-taoiseach",
        "Taoiseach Leo Varadkar",
        "Leo Varadkar, the Taoiseach",
        c(
            SUPPORTED,
            "leo-varadkar leo-varadkar-2023",
            "'14th Taoiseach' 'In office' '17 December 2022 – 9 April 2024'; 'has served as Taoiseach since December 2022'",
        ),
        None,
    ),
    (
        "r02-who-is-37",
        "Harris, 37,",
        "Harris, who is 37,",
        c(SUPPORTED, "simon-harris-simple-wikipedia", "'17 October 1986 (age 37)': 37 on 2024-03-25"),
        None,
    ),
]:
    CHANGES.append(Change("ie-2024-03-25", name, old, new, claim, None, key))

# ---------------------------------------------------------------- Ireland's change of Taoiseach: Harris in office, 10 April 2024
BASES.append(
    Base(
        "ie-2024-04-10",
        "2024-04-10",
        "tuning",
        """Harris becomes Taoiseach, the youngest in Ireland's history

DUBLIN - Simon Harris was appointed Taoiseach by President Michael D. Higgins on Tuesday, 9 April, after the Dáil nominated him by 88 votes to 69, making the 37-year-old Fine Gael leader the youngest person ever to hold the office.

Taoiseach Simon Harris, Ireland's 16th, succeeds Leo Varadkar, who had led the government since December 2022. The Tánaiste, Micheál Martin, stays on under the coalition agreement between Fianna Fáil, Fine Gael and the Green Party.

Varadkar, 45, who stepped down as Fine Gael leader on 20 March, remains a TD for Dublin West. He served two terms as Taoiseach, from 2017 to 2020 and from 2022 to 2024, and was the 14th person to hold the office.

Harris, a TD for Wicklow since 2011, was Minister for Further and Higher Education, Research, Innovation and Science from 2020 until Tuesday and Minister for Health from 2016 to 2020. He became party leader on 24 March. Patrick O'Donovan succeeds him at the higher education department.

Born in Greystones, County Wicklow, on 17 October 1986, Harris was elected to Wicklow County Council in 2009 and entered the Dáil two years later, at 24. He attended the Dublin Institute of Technology.

He also served as Minister for Justice from December 2022 to June 2023, handing the post to Helen McEntee. He is married to Caoimhe Wade.

Former Taoiseach Leo Varadkar wished his successor well. A general election must be held by March 2025.
""",
        {
            "was appointed Taoiseach by President Michael D. Higgins": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia taoiseach",
                "'16th Taoiseach' 'Assumed office' '9 April 2024' 'PresidentMichael D. Higgins'; 'The office is appointed by the President of Ireland upon the nomination of Dáil Éireann'",
            ),
            "on Tuesday, 9 April": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia taoiseach",
                "'Assumed office' '9 April 2024' (a Tuesday); 'who took office on 9 April 2024'",
            ),
            "by 88 votes to 69": c(UNVERIFIED, "", "no stored page gives the Dáil vote on Harris's nomination"),
            "the 37-year-old Fine Gael leader": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia",
                "'17 October 1986 (age 37)': 37 on 2024-04-10; 'Leader of Fine Gael' 'Assumed office' '24 March 2024'",
            ),
            "the youngest person ever to hold the office": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia",
                "'At age 37, he is the youngest person to become Taoiseach.'",
            ),
            "Taoiseach Simon Harris": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia taoiseach",
                "'16th Taoiseach' 'Assumed office' '9 April 2024'; 'The incumbent Taoiseach is Simon Harris'",
            ),
            "Ireland's 16th": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia",
                "'16th Taoiseach'; 'who has served as the 16th Taoiseach since 2024'",
            ),
            "succeeds Leo Varadkar": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia leo-varadkar",
                "'16th Taoiseach' ... 'Preceded byLeo Varadkar'; 'Succeeded bySimon Harris'",
            ),
            "had led the government since December 2022": c(
                SUPPORTED,
                "leo-varadkar taoiseach",
                "'14th Taoiseach' 'In office' '17 December 2022 – 9 April 2024'; 'Varadkar held the post from December 2022'",
            ),
            "The Tánaiste, Micheál Martin": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia",
                "'16th Taoiseach' 'Assumed office' '9 April 2024' ... 'TánaisteMicheál Martin'",
            ),
            "the coalition agreement between Fianna Fáil, Fine Gael and the Green Party": c(
                SUPPORTED,
                "taoiseach",
                "'under a planned rotation as part of the coalition agreement between Fianna Fáil, Fine Gael, and the Green Party'",
            ),
            "Varadkar, 45,": c(SUPPORTED, "leo-varadkar", "'18 January 1979 (age 45)': 45 on 2024-04-10"),
            "stepped down as Fine Gael leader on 20 March": c(
                SUPPORTED,
                "leo-varadkar",
                "'Leader of Fine Gael' 'In office' '2 June 2017 – 20 March 2024' 'Succeeded bySimon Harris'",
            ),
            "remains a TD for Dublin West": c(
                SUPPORTED,
                "leo-varadkar",
                "'Teachta Dála' 'Assumed office' 'May 2007' 'ConstituencyDublin West' (a copy written after he left the premiership)",
            ),
            "He served two terms as Taoiseach, from 2017 to 2020 and from 2022 to 2024": c(
                SUPPORTED,
                "leo-varadkar",
                "'who served as Taoiseach from 2017 to 2020 and from 2022 to 2024'; 'In office' '17 December 2022 – 9 April 2024' ... 'In office' '14 June 2017 – 27 June 2020'",
            ),
            "the 14th person to hold the office": c(SUPPORTED, "leo-varadkar", "'14th Taoiseach'"),
            "a TD for Wicklow since 2011": c(
                SUPPORTED,
                "simon-harris simon-harris-simple-wikipedia",
                "'a TD for the Wicklow constituency since 2011'; 'Teachta Dála' 'Assumed office' 'February 2011'",
            ),
            "Minister for Further and Higher Education, Research, Innovation and Science from 2020 until Tuesday": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia",
                "'Minister for Further and Higher Education, Research, Innovation and Science' 'In office' '27 June 2020 – 9 April 2024'",
            ),
            "Minister for Health from 2016 to 2020": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia",
                "'Minister for Health' 'In office' '6 May 2016 – 27 June 2020'",
            ),
            "He became party leader on 24 March": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia simon-harris",
                "'Leader of Fine Gael' 'Assumed office' '24 March 2024'; 'Term Start4: 24 March 2024'",
            ),
            "Patrick O'Donovan succeeds him at the higher education department": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia",
                "'Minister for Further and Higher Education, Research, Innovation and Science' 'In office' '27 June 2020 – 9 April 2024' ... 'Succeeded byPatrick O'Donovan'",
            ),
            "Born in Greystones, County Wicklow": c(
                SUPPORTED,
                "simon-harris simon-harris-simple-wikipedia",
                "'Birth Place: Greystones, County Wicklow, Ireland'; 'Harris was born in Greystones, County Wicklow, in 1986'",
            ),
            "on 17 October 1986": c(
                SUPPORTED,
                "simon-harris simon-harris-simple-wikipedia",
                "'Simon Harris (born 17 October 1986)'; '17 October 1986 (age 37)'",
            ),
            "elected to Wicklow County Council in 2009": c(
                SUPPORTED,
                "simon-harris",
                "'He was elected to Wicklow County Council in the 2009 local elections.'; 'Term Start10: 2009'",
            ),
            "entered the Dáil two years later, at 24": c(
                SUPPORTED,
                "simon-harris",
                "'He was elected to Dáil Éireann at the 2011 general election, becoming the \"baby of the Dáil\" at age 24'",
            ),
            "attended the Dublin Institute of Technology": c(
                SUPPORTED,
                "simon-harris simon-harris-simple-wikipedia",
                "'Alma Mater: Dublin Institute of Technology (attended)'; 'Alma materDublin Institute of Technology (attended)'",
            ),
            "Minister for Justice from December 2022 to June 2023": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia",
                "'Minister for Justice' 'In office' '17 December 2022 – 1 June 2023'",
            ),
            "handing the post to Helen McEntee": c(
                SUPPORTED,
                "simon-harris-simple-wikipedia",
                "'Minister for Justice' 'In office' '17 December 2022 – 1 June 2023' 'TaoiseachLeo Varadkar' 'Preceded byHeather Humphreys' 'Succeeded byHelen McEntee'",
            ),
            "married to Caoimhe Wade": c(SUPPORTED, "simon-harris-simple-wikipedia", "'Caoimhe Wade (m. 2017)'"),
            "Former Taoiseach Leo Varadkar": c(
                SUPPORTED,
                "leo-varadkar",
                "'14th Taoiseach' 'In office' '17 December 2022 – 9 April 2024' 'Succeeded bySimon Harris': a former holder on 2024-04-10",
            ),
            "wished his successor well": c(UNVERIFIED, "", "no stored page reports what Varadkar said of Harris"),
            "A general election must be held by March 2025": c(
                UNVERIFIED,
                "taoiseach",
                "no stored page gives the date by which the next general election must be held (the 'Taoiseach' copy gives no term length beyond 'While commanding the confidence of the majority of Dáil Éireann')",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-past-holder",
        "Former Taoiseach Leo Varadkar",
        "Taoiseach Leo Varadkar",
        c(
            CONTRADICTED,
            "leo-varadkar taoiseach",
            "'14th Taoiseach' 'In office' '17 December 2022 – 9 April 2024' 'Succeeded bySimon Harris'; 'The incumbent Taoiseach is Simon Harris'",
        ),
        "past holder as current",
    ),
    (
        "v02-tanaiste",
        "Taoiseach Simon Harris",
        "Tánaiste Simon Harris",
        c(
            CONTRADICTED,
            "simon-harris-simple-wikipedia taoiseach",
            "'16th Taoiseach' 'Assumed office' '9 April 2024' ... 'TánaisteMicheál Martin': the Taoiseach, not his deputy; 'Deputy | Tánaiste'",
        ),
        "vice or deputy",
    ),
    (
        "v03-finance-minister",
        "Minister for Health from 2016 to 2020",
        "Minister for Finance from 2016 to 2020",
        c(
            CONTRADICTED,
            "simon-harris-simple-wikipedia simon-harris",
            "'Minister for Health' 'In office' '6 May 2016 – 27 June 2020'; 'Minister for Finance' came later: 'Term Start1: 18 November 2025'",
        ),
        "sibling office",
    ),
    (
        "v04-terms",
        "He served two terms as Taoiseach, from 2017 to 2020 and from 2022 to 2024",
        "He served three terms as Taoiseach, from 2017 to 2020 and from 2022 to 2024",
        c(
            CONTRADICTED,
            "leo-varadkar",
            "'who served as Taoiseach from 2017 to 2020 and from 2022 to 2024': two terms, 'In office' '17 December 2022 – 9 April 2024' and 'In office' '14 June 2017 – 27 June 2020'",
        ),
        "wrong count",
    ),
    (
        "v05-date",
        "He became party leader on 24 March",
        "He became party leader on 31 March",
        c(
            CONTRADICTED,
            "simon-harris-simple-wikipedia simon-harris",
            "'Leader of Fine Gael' 'Assumed office' '24 March 2024'; 'Term Start4: 24 March 2024'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "elected to Wicklow County Council in 2009",
        "elected to Wicklow County Council in 2004",
        c(
            CONTRADICTED,
            "simon-harris",
            "'He was elected to Wicklow County Council in the 2009 local elections.'; 'Term Start10: 2009'",
        ),
        "wrong year",
    ),
    (
        "v07-constituency",
        "remains a TD for Dublin West",
        "remains a TD for Dublin Central",
        c(CONTRADICTED, "leo-varadkar", "'Teachta Dála' 'Assumed office' 'May 2007' 'ConstituencyDublin West'"),
        "wrong place",
    ),
    (
        "v08-successor",
        "Patrick O'Donovan succeeds him at the higher education department",
        "Simon Coveney succeeds him at the higher education department",
        c(
            CONTRADICTED,
            "simon-harris-simple-wikipedia",
            "'Minister for Further and Higher Education, Research, Innovation and Science' 'In office' '27 June 2020 – 9 April 2024' ... 'Succeeded byPatrick O'Donovan'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-ordinal",
        "the 14th person to hold the office",
        "the 13th person to hold the office",
        c(CONTRADICTED, "leo-varadkar", "'14th Taoiseach'"),
        "wrong ordinal",
    ),
    (
        "v10-age",
        "Varadkar, 45,",
        "Varadkar, 44,",
        c(CONTRADICTED, "leo-varadkar", "'18 January 1979 (age 45)': 45 on 2024-04-10, not 44"),
        "wrong duration or age",
    ),
    (
        "v11-dail-age",
        "entered the Dáil two years later, at 24",
        "entered the Dáil two years later, at 27",
        c(
            CONTRADICTED,
            "simon-harris",
            "'He was elected to Dáil Éireann at the 2011 general election, becoming the \"baby of the Dáil\" at age 24'",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("ie-2024-04-10", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-aged-37",
        "the 37-year-old Fine Gael leader",
        "the Fine Gael leader, aged 37",
        c(
            SUPPORTED,
            "simon-harris-simple-wikipedia",
            "'17 October 1986 (age 37)': 37 on 2024-04-10; 'Leader of Fine Gael' 'Assumed office' '24 March 2024'",
        ),
    ),
    (
        "r02-held-twice",
        "He served two terms as Taoiseach, from 2017 to 2020 and from 2022 to 2024",
        "He held the office twice, from 2017 to 2020 and from 2022 to 2024",
        c(
            SUPPORTED,
            "leo-varadkar",
            "'who served as Taoiseach from 2017 to 2020 and from 2022 to 2024'",
        ),
    ),
]:
    CHANGES.append(Change("ie-2024-04-10", name, old, new, claim))

# ---------------------------------------------------------------- more truthful rewordings of the tuning bases (session 17)
# Written blind (no run of the judge, no look at its code): each rewords one supported claim of a tuning base
# in a shape real news uses that the base does not (title after the name, possessive, nationality adjective,
# abbreviation, ordinal, count in words, "for N years", relative clause, weekday dateline). Where the fact is
# the base claim's, its evidence is the base claim's; a shape that computes (an age, a span of years, a weekday)
# says how.
_BASES_BY_STEM = {b.stem: b for b in BASES}


def _same_evidence(base: str, old: str) -> Claim:
    """The base claim's own evidence: the rewording states the same fact."""
    return _BASES_BY_STEM[base].claims[old]


for base, name, old, new, claim in [
    # European Council, June 2024
    (
        "ec-2024-06",
        "r03-title-after",
        "European Council President Charles Michel",
        "Charles Michel, the president of the European Council",
        _same_evidence("ec-2024-06", "European Council President Charles Michel"),
    ),
    (
        "ec-2024-06",
        "r04-held-the-presidency",
        "chaired the summits since 1 December 2019",
        "held the presidency since 1 December 2019",
        c(SUPPORTED, "charles-michel charles-michel-2023", "'Office: President of the European Council' - 'Term Start: 1 December 2019'"),
    ),
    (
        "ec-2024-06",
        "r05-year-old",
        "Michel, 48,",
        "The 48-year-old Michel",
        c(SUPPORTED, "charles-michel", "'born 21 December 1975': 48 on 2024-06-28"),
    ),
    # Rutte, October 2024
    (
        "rutte-2024-10",
        "r04-possessive",
        "Dutch Prime Minister Dick Schoof",
        "The Netherlands' prime minister, Dick Schoof",
        _same_evidence("rutte-2024-10", "Dutch Prime Minister Dick Schoof"),
    ),
    (
        "rutte-2024-10",
        "r05-nearly",
        "served as Dutch prime minister for almost 14 years",
        "was prime minister of the Netherlands for nearly 14 years",
        _same_evidence("rutte-2024-10", "served as Dutch prime minister for almost 14 years"),
    ),
    (
        "rutte-2024-10",
        "r06-ordinal",
        "Mark Rutte took office as NATO's secretary general on Tuesday",
        "Mark Rutte took office as NATO's 14th secretary general on Tuesday",
        c(SUPPORTED, "mark-rutte mark-rutte-lead", "'Term Start: 1 October 2024' (a Tuesday); 'serves as the 14th secretary general of NATO since October 2024'"),
    ),
    # IOC, March 2025
    (
        "ioc-2025-03",
        "r03-year-old",
        "Coventry, 41,",
        "The 41-year-old Coventry",
        _same_evidence("ioc-2025-03", "Coventry, 41,"),
    ),
    (
        "ioc-2025-03",
        "r04-ordinal-full-name",
        "the IOC's ninth president",
        "the ninth president of the International Olympic Committee",
        c(SUPPORTED, "thomas-bach", "'9th President of the International Olympic Committee'"),
    ),
    (
        "ioc-2025-03",
        "r05-for-years",
        "has led the committee since 10 September 2013",
        "has led the committee for more than 11 years",
        c(SUPPORTED, "thomas-bach president-of-the-international-olympic-committee-2024", "'Term Start: 10 September 2013' - 'Term End: 23 June 2025': eleven years and six months on 2025-03-21"),
    ),
    # UK, July 2024
    (
        "uk-2024-07",
        "r03-title-after",
        "Deputy Prime Minister Angela Rayner",
        "Angela Rayner, the deputy prime minister,",
        _same_evidence("uk-2024-07", "Deputy Prime Minister Angela Rayner"),
    ),
    (
        "uk-2024-07",
        "r04-been-prime-minister",
        "led the country since 25 October 2022",
        "been prime minister since 25 October 2022",
        _same_evidence("uk-2024-07", "led the country since 25 October 2022"),
    ),
    (
        "uk-2024-07",
        "r05-former-after",
        "Former Prime Minister Rishi Sunak",
        "Rishi Sunak, the former prime minister,",
        _same_evidence("uk-2024-07", "Former Prime Minister Rishi Sunak"),
    ),
    # Portugal, April 2024
    (
        "pt-2024-04",
        "r03-possessive",
        "President Marcelo Rebelo de Sousa",
        "Portugal's president, Marcelo Rebelo de Sousa,",
        _same_evidence("pt-2024-04", "President Marcelo Rebelo de Sousa"),
    ),
    (
        "pt-2024-04",
        "r04-turned",
        "Montenegro, 51,",
        "Montenegro, who turned 51 in February,",
        c(SUPPORTED, "luis-montenegro", "'born 16 February 1973': 51 from 16 February 2024"),
    ),
    (
        "pt-2024-04",
        "r05-weekday",
        "was sworn in as Prime Minister of Portugal on 2 April 2024",
        "was sworn in as Prime Minister of Portugal on Tuesday",
        c(SUPPORTED, "luis-montenegro luis-montenegro-simple-wikipedia", "'Office: Prime Minister of Portugal - Term Start: 2 April 2024': 2 April 2024 was the Tuesday before as_of"),
    ),
    # Japan, September 2024
    (
        "jp-2024-09",
        "r03-possessive",
        "Japanese Prime Minister Fumio Kishida",
        "Japan's prime minister, Fumio Kishida,",
        _same_evidence("jp-2024-09", "Japanese Prime Minister Fumio Kishida"),
    ),
    (
        "jp-2024-09",
        "r04-for-years",
        "has sat in the House of Representatives since 1986",
        "has sat in the House of Representatives for 38 years",
        c(SUPPORTED, "shigeru-ishiba", "'Member of the House of Representatives Assumed office 8 July 1986': 38 years and two months on 2024-09-27"),
    ),
    # Germany, February 2025
    (
        "de-2025-02",
        "r03-nationality",
        "Chancellor Olaf Scholz",
        "German Chancellor Olaf Scholz",
        _same_evidence("de-2025-02", "Chancellor Olaf Scholz"),
    ),
    (
        "de-2025-02",
        "r04-abbreviation",
        "has led the Christian Democratic Union since January 2022",
        "has led the CDU since January 2022",
        _same_evidence("de-2025-02", "has led the Christian Democratic Union since January 2022"),
    ),
    (
        "de-2025-02",
        "r05-short-form",
        "is the Leader of the Opposition",
        "is the opposition leader",
        _same_evidence("de-2025-02", "is the Leader of the Opposition"),
    ),
    # Canada, 10 March 2025
    (
        "ca-2025-03-10",
        "r03-nationality",
        "Prime Minister Justin Trudeau",
        "Canadian Prime Minister Justin Trudeau",
        _same_evidence("ca-2025-03-10", "Prime Minister Justin Trudeau"),
    ),
    (
        "ca-2025-03-10",
        "r04-possessive-ordinal",
        "the country's 23rd prime minister",
        "Canada's 23rd prime minister",
        _same_evidence("ca-2025-03-10", "the country's 23rd prime minister"),
    ),
    (
        "ca-2025-03-10",
        "r05-title-after",
        "Liberal leader Mark Carney",
        "Mark Carney, the new Liberal leader,",
        _same_evidence("ca-2025-03-10", "Liberal leader Mark Carney"),
    ),
    # Indonesia, 21 March 2024
    (
        "id-2024-03-21",
        "r03-title-after",
        "Defence Minister Prabowo Subianto",
        "Prabowo Subianto, the defence minister,",
        _same_evidence("id-2024-03-21", "Defence Minister Prabowo Subianto"),
    ),
    (
        "id-2024-03-21",
        "r04-nationality",
        "President Joko Widodo",
        "Indonesian President Joko Widodo",
        _same_evidence("id-2024-03-21", "President Joko Widodo"),
    ),
    (
        "id-2024-03-21",
        "r05-ordinal-of",
        "Indonesia's seventh president",
        "The seventh president of Indonesia",
        _same_evidence("id-2024-03-21", "Indonesia's seventh president"),
    ),
    # France, 16 December 2024
    (
        "fr-2024-12-16",
        "r03-title-after",
        "Prime Minister François Bayrou",
        "François Bayrou, the new prime minister,",
        _same_evidence("fr-2024-12-16", "Prime Minister François Bayrou"),
    ),
    (
        "fr-2024-12-16",
        "r04-possessive",
        "French President Emmanuel Macron",
        "France's president, Emmanuel Macron,",
        _same_evidence("fr-2024-12-16", "French President Emmanuel Macron"),
    ),
    (
        "fr-2024-12-16",
        "r05-for-years",
        "the mayor of Pau since 2014",
        "the mayor of Pau for more than ten years",
        c(SUPPORTED, "francois-bayrou francois-bayrou-2017", "'Office3: Mayor of Pau' - 'Term Start3: 4 April 2014' (no end); 'Assumed office 4 April 2014': ten years and eight months on 2024-12-16"),
    ),
    # Reserve Bank of Australia, 19 September 2023
    (
        "rba-2023-09-19",
        "r03-title-after",
        "nominated by Treasurer Jim Chalmers",
        "nominated by the treasurer, Jim Chalmers",
        _same_evidence("rba-2023-09-19", "nominated by Treasurer Jim Chalmers"),
    ),
    (
        "rba-2023-09-19",
        "r04-birthday",
        "Lowe, 61,",
        "Lowe, who turns 62 on 4 October,",
        c(SUPPORTED, "philip-lowe", "'Philip Lowe (born 4 October 1961)': 61 on 2023-09-19, 62 from 4 October 2023"),
    ),
    (
        "rba-2023-09-19",
        "r05-count-in-words",
        "an assistant governor for 12 years",
        "an assistant governor for twelve years",
        _same_evidence("rba-2023-09-19", "an assistant governor for 12 years"),
    ),
    # France, 5 December 2024
    (
        "fr-2024-12-05",
        "r03-nationality",
        "Prime Minister Michel Barnier",
        "French Prime Minister Michel Barnier",
        _same_evidence("fr-2024-12-05", "Prime Minister Michel Barnier"),
    ),
    (
        "fr-2024-12-05",
        "r04-possessive",
        "foreign minister from 2004 to 2005",
        "France's foreign minister from 2004 to 2005",
        _same_evidence("fr-2024-12-05", "foreign minister from 2004 to 2005"),
    ),
    (
        "fr-2024-12-05",
        "r05-short-form",
        "European Commissioner for Internal Market and Services from 2010 to 2014",
        "the EU's internal market commissioner from 2010 to 2014",
        _same_evidence("fr-2024-12-05", "European Commissioner for Internal Market and Services from 2010 to 2014"),
    ),
    # Reserve Bank of Australia, 17 July 2023
    (
        "rba-2023-07-17",
        "r03-title-after",
        "Treasurer Jim Chalmers nominated her",
        "Jim Chalmers, the treasurer, nominated her",
        _same_evidence("rba-2023-07-17", "Treasurer Jim Chalmers nominated her"),
    ),
    (
        "rba-2023-07-17",
        "r04-institution-in-title",
        "Deputy Governor Michele Bullock",
        "Deputy Reserve Bank Governor Michele Bullock",
        _same_evidence("rba-2023-07-17", "Deputy Governor Michele Bullock"),
    ),
    (
        "rba-2023-07-17",
        "r05-possessive",
        "served as deputy governor from 2012",
        "was the bank's deputy governor from 2012",
        _same_evidence("rba-2023-07-17", "served as deputy governor from 2012"),
    ),
]:
    CHANGES.append(Change(base, name, old, new, claim))


# ---------------------------------------------------------------- New Zealand's change of prime minister: the election, 16 October 2023
# Written blind (see the README): the articles and labels come from the stored pages only. Both bases are HELD-OUT.
BASES.append(
    Base(
        "nz-2023-10-16",
        "2023-10-16",
        "held-out",
        """National's Luxon set to lead New Zealand as Labour loses power

WELLINGTON - National Party leader Christopher Luxon is set to become New Zealand's 42nd prime minister after Saturday's general election, held on 14 October, denied Labour a third term in government.

Prime Minister Chris Hipkins, 45, conceded defeat on Saturday night. Hipkins has led the Labour Party since 22 January and succeeded Jacinda Ardern as prime minister three days later, on 25 January, becoming the country's 41st prime minister.

Luxon, 53, has been Leader of the Opposition since 30 November 2021, when he took over the National Party from Judith Collins. The former chief executive of Air New Zealand, who ran the airline until 2019, has represented Botany in Parliament since 2020. Born in Christchurch, the father of two worked for Unilever from 1993.

The vote decided the make-up of the 54th Parliament. National is expected to need the support of ACT, led by David Seymour, and possibly of New Zealand First under Winston Peters. Final results, including special votes, are due on 3 November. Governor-General Cindy Kiro will then appoint the prime minister.

Hipkins, the MP for Remutaka since 2008, was education minister from 2017 until he became prime minister and had been police minister for seven months when he took the top job. He was also the first Minister for COVID-19 Response, from November 2020. Deputy Prime Minister Carmel Sepuloni stays in her post until a new government is sworn in.

Nicola Willis, Luxon's deputy at National since he became leader nearly two years ago, is tipped for the finance portfolio. The prime minister heads the government and chairs the Cabinet, and the office is based in the Beehive in Wellington.
""",
        {
            "National Party leader Christopher Luxon": c(
                SUPPORTED,
                "christopher-luxon-2021 christopher-luxon",
                "'15th Leader of the National Party' 'Assumed office' '30 November 2021': in that office on 2023-10-16; 'currently serving as leader of the New Zealand National Party'",
            ),
            "is set to become New Zealand's 42nd prime minister": c(
                SUPPORTED,
                "christopher-luxon prime-minister-of-new-zealand",
                "'42nd Prime Minister of New Zealand' 'Assumed office' '27 November 2023'; 'took office on 27 November 2023' (a forecast at as_of that the day fulfilled)",
            ),
            "Saturday's general election, held on 14 October": c(
                SUPPORTED,
                "2023-new-zealand-general-election",
                "'The 2023 New Zealand general election was held on 14 October 2023' (a Saturday)",
            ),
            "denied Labour a third term in government": c(
                SUPPORTED,
                "2023-new-zealand-general-election",
                "'The incumbent centre-left Labour majority government, led by Chris Hipkins, tried to win a third term in government. However, they were defeated by the centre-right National Party'",
            ),
            "Prime Minister Chris Hipkins": c(
                SUPPORTED,
                "chris-hipkins-2023 chris-hipkins",
                "'41st Prime Minister of New Zealand' 'Assumed office' '25 January 2023'; 'In office' '25 January 2023 – 27 November 2023': in office on 2023-10-16",
            ),
            "Hipkins, 45,": c(
                SUPPORTED,
                "chris-hipkins-2023",
                "'born 5 September 1978': 45 on 2023-10-16",
            ),
            "conceded defeat on Saturday night": c(
                UNVERIFIED,
                "",
                "no stored page says when or how Hipkins conceded",
            ),
            "Hipkins has led the Labour Party since 22 January": c(
                SUPPORTED,
                "chris-hipkins-2023 chris-hipkins",
                "'Leader of the New Zealand Labour Party' 'Assumed office' '22 January 2023'; '18th Leader of the Labour Party' 'Assumed office' '22 January 2023'",
            ),
            "succeeded Jacinda Ardern as prime minister three days later, on 25 January": c(
                SUPPORTED,
                "chris-hipkins-2023 chris-hipkins",
                "'41st Prime Minister of New Zealand' 'Assumed office' '25 January 2023' 'Preceded byJacinda Ardern': three days after 22 January",
            ),
            "becoming the country's 41st prime minister": c(
                SUPPORTED,
                "chris-hipkins-2023 chris-hipkins",
                "'41st Prime Minister of New Zealand'",
            ),
            "Luxon, 53,": c(
                SUPPORTED,
                "christopher-luxon christopher-luxon-2021",
                "'born 19 July 1970': 53 on 2023-10-16",
            ),
            "has been Leader of the Opposition since 30 November 2021": c(
                SUPPORTED,
                "christopher-luxon-2021 christopher-luxon",
                "'40th Leader of the Opposition' 'Assumed office' '30 November 2021'; 'In office' '30 November 2021 – 27 November 2023': in office on 2023-10-16",
            ),
            "when he took over the National Party from Judith Collins": c(
                SUPPORTED,
                "christopher-luxon-2021 christopher-luxon",
                "'15th Leader of the National Party' 'Assumed office' '30 November 2021' 'Preceded byJudith Collins'; 'He has been leader since 30 November 2021, succeeding Collins.'",
            ),
            "The former chief executive of Air New Zealand": c(
                SUPPORTED,
                "christopher-luxon christopher-luxon-2021",
                "'He was the chief executive officer (CEO) of Air New Zealand from 2012 to 2019.'",
            ),
            "who ran the airline until 2019": c(
                SUPPORTED,
                "christopher-luxon christopher-luxon-2021",
                "'He was the chief executive officer (CEO) of Air New Zealand from 2012 to 2019.' (the start year is left out: a newer copy seen but not stored gives 2013 as the start)",
            ),
            "has represented Botany in Parliament since 2020": c(
                SUPPORTED,
                "christopher-luxon christopher-luxon-2021",
                "'Member of the New Zealand Parliament for Botany' 'Assumed office' '17 October 2020'; 'He has been member of Parliament (MP) for Botany since 2020.'",
            ),
            "Born in Christchurch": c(
                SUPPORTED,
                "christopher-luxon christopher-luxon-2021",
                "'19 July 1970' 'Christchurch, New Zealand'; 'Luxon was born in Christchurch'",
            ),
            "the father of two": c(
                SUPPORTED,
                "christopher-luxon christopher-luxon-2021",
                "'Children2'",
            ),
            "worked for Unilever from 1993": c(
                SUPPORTED,
                "christopher-luxon",
                "'He worked for Unilever from 1993'",
            ),
            "The vote decided the make-up of the 54th Parliament": c(
                SUPPORTED,
                "2023-new-zealand-general-election",
                "'was held on 14 October 2023 to determine the 54th Parliament of New Zealand'",
            ),
            "National is expected to need the support of ACT": c(
                SUPPORTED,
                "2023-new-zealand-general-election",
                "'National will need support from the ACT party (and possibly also New Zealand First) to form'",
            ),
            "ACT, led by David Seymour": c(
                SUPPORTED,
                "2023-new-zealand-general-election",
                "'Leader David Seymour Winston Peters Debbie Ngarewa-Packer' 'Party ACT NZ First Te Pāti Māori'",
            ),
            "New Zealand First under Winston Peters": c(
                SUPPORTED,
                "2023-new-zealand-general-election",
                "'Leader David Seymour Winston Peters' 'Party ACT NZ First'",
            ),
            "Final results, including special votes, are due on 3 November": c(
                UNVERIFIED,
                "",
                "no stored page gives the date of the final count or mentions special votes",
            ),
            "Governor-General Cindy Kiro": c(
                SUPPORTED,
                "chris-hipkins-2023 chris-hipkins",
                "'Governor-GeneralCindy Kiro' in the premiership group of 25 January 2023 – 27 November 2023",
            ),
            "the MP for Remutaka since 2008": c(
                SUPPORTED,
                "chris-hipkins-2023 chris-hipkins",
                "'Member of the New Zealand Parliament for Remutaka' 'Assumed office' '8 November 2008'",
            ),
            "was education minister from 2017 until he became prime minister": c(
                SUPPORTED,
                "chris-hipkins-2023 chris-hipkins",
                "'47th Minister of Education' 'In office' '26 October 2017 – 25 January 2023'; prime minister from '25 January 2023'",
            ),
            "had been police minister for seven months when he took the top job": c(
                SUPPORTED,
                "chris-hipkins-2023 chris-hipkins",
                "'41st Minister of Police' 'In office' '14 June 2022 – 25 January 2023': seven months and eleven days",
            ),
            "the first Minister for COVID-19 Response, from November 2020": c(
                SUPPORTED,
                "chris-hipkins-2023 chris-hipkins",
                "'1st Minister for COVID-19 Response' 'In office' '6 November 2020 – 14 June 2022' 'Preceded byPosition established'",
            ),
            "Deputy Prime Minister Carmel Sepuloni": c(
                SUPPORTED,
                "chris-hipkins-2023 chris-hipkins",
                "'41st Prime Minister of New Zealand' ... 'DeputyCarmel Sepuloni' (the premiership of 25 January 2023 – 27 November 2023)",
            ),
            "stays in her post until a new government is sworn in": c(
                UNVERIFIED,
                "",
                "no stored page dates Sepuloni's term as deputy prime minister",
            ),
            "Nicola Willis, Luxon's deputy at National": c(
                SUPPORTED,
                "christopher-luxon christopher-luxon-2021",
                "'15th Leader of the National Party' 'Assumed office' '30 November 2021' 'DeputyNicola Willis'",
            ),
            "is tipped for the finance portfolio": c(
                UNVERIFIED,
                "",
                "a forecast no stored page settles: none names Willis's offices",
            ),
            "he became leader nearly two years ago": c(
                SUPPORTED,
                "christopher-luxon christopher-luxon-2021",
                "'15th Leader of the National Party' 'Assumed office' '30 November 2021': one year and ten and a half months before 2023-10-16",
            ),
            "The prime minister heads the government": c(
                SUPPORTED,
                "prime-minister-of-new-zealand",
                "'The prime minister of New Zealand' ... 'is the head of government of New Zealand'; 'StatusHead of government'",
            ),
            "chairs the Cabinet": c(
                SUPPORTED,
                "prime-minister-of-new-zealand",
                "'They are responsible for chairing meetings of Cabinet'",
            ),
            "the office is based in the Beehive in Wellington": c(
                SUPPORTED,
                "prime-minister-of-new-zealand",
                "'SeatThe Beehive, Wellington'; 'the Department of the Prime Minister and Cabinet, which is based in the Beehive in Wellington'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-successor-early",
        "National Party leader Christopher Luxon",
        "Prime Minister Christopher Luxon",
        c(
            CONTRADICTED,
            "christopher-luxon christopher-luxon-2021 chris-hipkins-2023 chris-hipkins",
            "Luxon's premiership 'Assumed office' '27 November 2023', after 2023-10-16; Hipkins 'In office' '25 January 2023 – 27 November 2023'",
        ),
        "successor before taking office",
    ),
    (
        "v02-deputy-dropped",
        "Deputy Prime Minister Carmel Sepuloni",
        "Prime Minister Carmel Sepuloni",
        c(
            CONTRADICTED,
            "chris-hipkins-2023 chris-hipkins",
            "'41st Prime Minister of New Zealand' 'Assumed office' '25 January 2023' 'DeputyCarmel Sepuloni': Hipkins was prime minister on 2023-10-16, Sepuloni his deputy",
        ),
        "vice or deputy",
    ),
    (
        "v03-health-minister",
        "was education minister from 2017 until he became prime minister",
        "was health minister from 2017 until he became prime minister",
        c(
            CONTRADICTED,
            "chris-hipkins-2023 chris-hipkins",
            "'41st Minister of Health' 'In office' '2 July 2020 – 6 November 2020'; the office he held from 2017 to 2023 was '47th Minister of Education' '26 October 2017 – 25 January 2023'",
        ),
        "sibling office",
    ),
    (
        "v04-country",
        "is set to become New Zealand's 42nd prime minister",
        "is set to become Australia's 42nd prime minister",
        c(
            CONTRADICTED,
            "christopher-luxon prime-minister-of-new-zealand",
            "'42nd Prime Minister of New Zealand'; 'a New Zealand politician'",
        ),
        "wrong country",
    ),
    (
        "v05-children",
        "the father of two",
        "the father of four",
        c(CONTRADICTED, "christopher-luxon christopher-luxon-2021", "'Children2'"),
        "wrong count",
    ),
    (
        "v06-date",
        "Hipkins has led the Labour Party since 22 January",
        "Hipkins has led the Labour Party since 12 January",
        c(
            CONTRADICTED,
            "chris-hipkins-2023 chris-hipkins",
            "'Leader of the New Zealand Labour Party' 'Assumed office' '22 January 2023', not 12 January",
        ),
        "wrong date",
    ),
    (
        "v07-year",
        "has represented Botany in Parliament since 2020",
        "has represented Botany in Parliament since 2017",
        c(
            CONTRADICTED,
            "christopher-luxon christopher-luxon-2021",
            "'Member of the New Zealand Parliament for Botany' 'Assumed office' '17 October 2020' 'Preceded byJami-Lee Ross'",
        ),
        "wrong year",
    ),
    (
        "v08-birthplace",
        "Born in Christchurch",
        "Born in Dunedin",
        c(
            CONTRADICTED,
            "christopher-luxon christopher-luxon-2021",
            "'19 July 1970' 'Christchurch, New Zealand'; 'Luxon was born in Christchurch'",
        ),
        "wrong place",
    ),
    (
        "v09-predecessor",
        "when he took over the National Party from Judith Collins",
        "when he took over the National Party from Simon Bridges",
        c(
            CONTRADICTED,
            "christopher-luxon christopher-luxon-2021",
            "'15th Leader of the National Party' 'Preceded byJudith Collins'; 'succeeding Collins'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v10-ordinal",
        "becoming the country's 41st prime minister",
        "becoming the country's 40th prime minister",
        c(CONTRADICTED, "chris-hipkins-2023 chris-hipkins", "'41st Prime Minister of New Zealand'"),
        "wrong ordinal",
    ),
    (
        "v11-age",
        "Luxon, 53,",
        "Luxon, 55,",
        c(CONTRADICTED, "christopher-luxon christopher-luxon-2021", "'born 19 July 1970': 53 on 2023-10-16, not 55"),
        "wrong duration or age",
    ),
    (
        "v12-police-length",
        "had been police minister for seven months when he took the top job",
        "had been police minister for two years when he took the top job",
        c(
            CONTRADICTED,
            "chris-hipkins-2023 chris-hipkins",
            "'41st Minister of Police' 'In office' '14 June 2022 – 25 January 2023': seven months, not two years",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("nz-2023-10-16", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-the-governor-general",
        "Governor-General Cindy Kiro",
        "Cindy Kiro, the governor-general,",
        c(
            SUPPORTED,
            "chris-hipkins-2023 chris-hipkins",
            "'Governor-GeneralCindy Kiro' in the premiership group of 25 January 2023 – 27 November 2023",
        ),
        "Cindy Kiro, the governor-general",
    ),
    (
        "r02-opposition-leader",
        "National Party leader Christopher Luxon",
        "Opposition leader Christopher Luxon",
        c(
            SUPPORTED,
            "christopher-luxon-2021 christopher-luxon",
            "'40th Leader of the Opposition' 'In office' '30 November 2021 – 27 November 2023': in office on 2023-10-16",
        ),
        None,
    ),
]:
    CHANGES.append(Change("nz-2023-10-16", name, old, new, claim, None, key))

# ---------------------------------------------------------------- New Zealand's change of prime minister: Luxon in office, 28 November 2023
BASES.append(
    Base(
        "nz-2023-11-28",
        "2023-11-28",
        "held-out",
        """Luxon sworn in as New Zealand prime minister, Hipkins moves to opposition

WELLINGTON, Tuesday - Christopher Luxon was sworn in as New Zealand's 42nd prime minister on Monday, 27 November, six weeks after his National Party won the most seats in the general election.

The 53-year-old former Air New Zealand boss succeeds Chris Hipkins, whose ten months in the job made his one of the shortest premierships in decades. Hipkins, 45, is now Leader of the Opposition and remains leader of the Labour Party, a post he has held since January.

National won 48 of the 123 seats in the House of Representatives in the final count, with 38.06% of the party vote; Labour won 34. Luxon governs with ACT and New Zealand First, whose leader, Winston Peters, is deputy prime minister. Governor-General Cindy Kiro swore in the new ministers at Government House.

Luxon, who was born in Christchurch, was Leader of the Opposition for almost two years before the election victory, having succeeded Judith Collins as National leader in November 2021. He has sat in Parliament for Botany since 2020 and is also the Minister for National Security and Intelligence, the fifth to hold that office.

Former Prime Minister Chris Hipkins, a former education and police minister, first entered Parliament in 2008 and represents Remutaka. He had taken over from Jacinda Ardern in January.

King Charles III is the monarch. The prime minister, who is appointed by the governor-general, is the head of government of New Zealand, an office that dates to 7 May 1856.
""",
        {
            "Christopher Luxon was sworn in as New Zealand's 42nd prime minister": c(
                SUPPORTED,
                "christopher-luxon prime-minister-of-new-zealand chris-hipkins",
                "'42nd Prime Minister of New Zealand' 'Assumed office' '27 November 2023'; 'The incumbent prime minister, Christopher Luxon' 'took office on 27 November 2023'; Hipkins 'Succeeded byChristopher Luxon'",
            ),
            "on Monday, 27 November": c(
                SUPPORTED,
                "christopher-luxon prime-minister-of-new-zealand",
                "'Assumed office' '27 November 2023' (a Monday); 'took office on 27 November 2023'",
            ),
            "six weeks after his National Party won the most seats in the general election": c(
                SUPPORTED,
                "2023-new-zealand-general-election christopher-luxon",
                "'held on 14 October 2023'; 'Seats won 48 34 15' (National first); 'Assumed office' '27 November 2023': 44 days later",
            ),
            "The 53-year-old": c(
                SUPPORTED,
                "christopher-luxon",
                "'born 19 July 1970': 53 on 2023-11-28",
            ),
            "former Air New Zealand boss": c(
                SUPPORTED,
                "christopher-luxon christopher-luxon-2021",
                "'He was the chief executive officer (CEO) of Air New Zealand from 2012 to 2019.'; 'Known forFormer CEO of Air New Zealand'",
            ),
            "succeeds Chris Hipkins": c(
                SUPPORTED,
                "christopher-luxon chris-hipkins",
                "'42nd Prime Minister of New Zealand' 'Preceded byChris Hipkins'; Hipkins 'Succeeded byChristopher Luxon'",
            ),
            "whose ten months in the job": c(
                SUPPORTED,
                "chris-hipkins",
                "'41st Prime Minister of New Zealand' 'In office' '25 January 2023 – 27 November 2023': ten months and two days",
            ),
            "one of the shortest premierships in decades": c(
                UNVERIFIED,
                "",
                "no stored page compares the lengths of premierships",
            ),
            "Hipkins, 45,": c(
                SUPPORTED,
                "chris-hipkins-2023",
                "'born 5 September 1978': 45 on 2023-11-28 (the newer copy is cut off in the birth row)",
            ),
            "is now Leader of the Opposition": c(
                SUPPORTED,
                "chris-hipkins christopher-luxon",
                "'41st Leader of the Opposition' 'Assumed office' '27 November 2023' 'Preceded byChristopher Luxon'; Luxon's 'Leader of the Opposition' 'Succeeded byChris Hipkins'",
            ),
            "remains leader of the Labour Party, a post he has held since January": c(
                SUPPORTED,
                "chris-hipkins chris-hipkins-2023",
                "'18th Leader of the Labour Party' 'Assumed office' '22 January 2023'",
            ),
            "National won 48 of the 123 seats in the House of Representatives": c(
                SUPPORTED,
                "2023-new-zealand-general-election",
                "'All 123 seats in the House of Representatives, including three overhang seats.'; 'Party National Labour Green' 'Seats won 48 34 15'",
            ),
            "with 38.06% of the party vote": c(
                SUPPORTED,
                "2023-new-zealand-general-election",
                "'Party vote 1,085,016 38.06%' (National, first party)",
            ),
            "Labour won 34": c(
                SUPPORTED,
                "2023-new-zealand-general-election",
                "'Party National Labour Green' 'Seats won 48 34 15'",
            ),
            "Luxon governs with ACT and New Zealand First": c(
                UNVERIFIED,
                "2023-new-zealand-general-election",
                "no stored page names the parties of the government; the election copy says only 'National will need support from the ACT party (and possibly also New Zealand First)'",
            ),
            "whose leader, Winston Peters, is deputy prime minister": c(
                SUPPORTED,
                "christopher-luxon 2023-new-zealand-general-election",
                "Luxon's premiership 'Assumed office' '27 November 2023' 'DeputyWinston Peters' (the row is undated; the copy was written in 2024-2025); 'Leader David Seymour Winston Peters' 'Party ACT NZ First'",
            ),
            "Governor-General Cindy Kiro": c(
                SUPPORTED,
                "christopher-luxon chris-hipkins",
                "Luxon's premiership 'Assumed office' '27 November 2023' 'Governor‑GeneralCindy Kiro'",
            ),
            "swore in the new ministers at Government House": c(
                UNVERIFIED,
                "",
                "no stored page says where or by whom the ministers were sworn in",
            ),
            "Luxon, who was born in Christchurch": c(
                SUPPORTED,
                "christopher-luxon christopher-luxon-2021",
                "'19 July 1970' 'Christchurch, New Zealand'; 'Luxon was born in Christchurch'",
            ),
            "was Leader of the Opposition for almost two years": c(
                SUPPORTED,
                "christopher-luxon",
                "'40th Leader of the Opposition' 'In office' '30 November 2021 – 27 November 2023': three days short of two years",
            ),
            "having succeeded Judith Collins as National leader in November 2021": c(
                SUPPORTED,
                "christopher-luxon christopher-luxon-2021",
                "'15th Leader of the National Party' 'Assumed office' '30 November 2021' 'Preceded byJudith Collins'",
            ),
            "He has sat in Parliament for Botany since 2020": c(
                SUPPORTED,
                "christopher-luxon christopher-luxon-2021",
                "'Member of the New Zealand Parliament for Botany' 'Assumed office' '17 October 2020'",
            ),
            "is also the Minister for National Security and Intelligence": c(
                SUPPORTED,
                "christopher-luxon",
                "'5th Minister for National Security and Intelligence' 'Assumed office' '27 November 2023' 'Preceded byChris Hipkins'",
            ),
            "the fifth to hold that office": c(
                SUPPORTED,
                "christopher-luxon chris-hipkins",
                "'5th Minister for National Security and Intelligence'; Hipkins '4th Minister for National Security and Intelligence'",
            ),
            "Former Prime Minister Chris Hipkins": c(
                SUPPORTED,
                "chris-hipkins",
                "'41st Prime Minister of New Zealand' 'In office' '25 January 2023 – 27 November 2023': out of office on 2023-11-28",
            ),
            "a former education and police minister": c(
                SUPPORTED,
                "chris-hipkins",
                "'47th Minister of Education' 'In office' '26 October 2017 – 25 January 2023'; '41st Minister of Police' 'In office' '14 June 2022 – 25 January 2023'",
            ),
            "first entered Parliament in 2008": c(
                SUPPORTED,
                "chris-hipkins chris-hipkins-2023",
                "'Member of the New Zealand Parliament for Remutaka' 'Assumed office' '8 November 2008'",
            ),
            "represents Remutaka": c(
                SUPPORTED,
                "chris-hipkins chris-hipkins-2023",
                "'Member of the New Zealand Parliament for Remutaka' 'Assumed office' '8 November 2008'",
            ),
            "He had taken over from Jacinda Ardern in January": c(
                SUPPORTED,
                "chris-hipkins chris-hipkins-2023",
                "'41st Prime Minister of New Zealand' 'In office' '25 January 2023 – 27 November 2023' 'Preceded byJacinda Ardern'",
            ),
            "King Charles III is the monarch": c(
                SUPPORTED,
                "christopher-luxon",
                "Luxon's premiership 'Assumed office' '27 November 2023' 'MonarchCharles III'",
            ),
            "who is appointed by the governor-general": c(
                SUPPORTED,
                "prime-minister-of-new-zealand",
                "'AppointerGovernor-General'; 'the governor-general must select as prime minister the person most likely to command the support'",
            ),
            "is the head of government of New Zealand": c(
                SUPPORTED,
                "prime-minister-of-new-zealand",
                "'The prime minister of New Zealand' ... 'is the head of government of New Zealand.'",
            ),
            "an office that dates to 7 May 1856": c(
                SUPPORTED,
                "prime-minister-of-new-zealand",
                "'Formation7 May 1856'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-past-holder",
        "Former Prime Minister Chris Hipkins",
        "Prime Minister Chris Hipkins",
        c(
            CONTRADICTED,
            "chris-hipkins christopher-luxon prime-minister-of-new-zealand",
            "'41st Prime Minister of New Zealand' 'In office' '25 January 2023 – 27 November 2023' 'Succeeded byChristopher Luxon': out of office on 2023-11-28",
        ),
        "past holder as current",
    ),
    (
        "v02-deputy-added",
        "is now Leader of the Opposition",
        "is now Deputy Leader of the Opposition",
        c(
            CONTRADICTED,
            "chris-hipkins",
            "'41st Leader of the Opposition' 'Assumed office' '27 November 2023' 'DeputyCarmel Sepuloni': he is the leader, Sepuloni his deputy",
        ),
        "vice or deputy",
    ),
    (
        "v03-finance-minister",
        "a former education and police minister",
        "a former education and finance minister",
        c(
            CONTRADICTED,
            "chris-hipkins chris-hipkins-2023",
            "his ministerial offices 2017-2023 are Education, the Public Service, Police, COVID-19 Response, Health, Leader of the House, National Security and Intelligence and Ministerial Services: no finance",
        ),
        "sibling office",
    ),
    (
        "v04-country",
        "is the head of government of New Zealand",
        "is the head of government of Australia",
        c(
            CONTRADICTED,
            "prime-minister-of-new-zealand",
            "'The prime minister of New Zealand' ... 'is the head of government of New Zealand.'",
        ),
        "wrong country",
    ),
    (
        "v05-seats",
        "National won 48 of the 123 seats in the House of Representatives",
        "National won 58 of the 123 seats in the House of Representatives",
        c(
            CONTRADICTED,
            "2023-new-zealand-general-election",
            "'Party National Labour Green' 'Seats won 48 34 15': 48, not 58",
        ),
        "wrong count",
    ),
    (
        "v06-date",
        "on Monday, 27 November",
        "on Monday, 20 November",
        c(
            CONTRADICTED,
            "christopher-luxon prime-minister-of-new-zealand chris-hipkins",
            "'Assumed office' '27 November 2023'; 'took office on 27 November 2023'; Hipkins 'In office' '25 January 2023 – 27 November 2023'",
        ),
        "wrong date",
    ),
    (
        "v07-year",
        "having succeeded Judith Collins as National leader in November 2021",
        "having succeeded Judith Collins as National leader in November 2019",
        c(
            CONTRADICTED,
            "christopher-luxon christopher-luxon-2021",
            "'15th Leader of the National Party' 'Assumed office' '30 November 2021'; MP only from '17 October 2020'",
        ),
        "wrong year",
    ),
    (
        "v08-birthplace",
        "Luxon, who was born in Christchurch",
        "Luxon, who was born in Auckland",
        c(
            CONTRADICTED,
            "christopher-luxon christopher-luxon-2021",
            "'19 July 1970' 'Christchurch, New Zealand'; 'Luxon was born in Christchurch and grew up in Howick in East Auckland'",
        ),
        "wrong place",
    ),
    (
        "v09-predecessor",
        "He had taken over from Jacinda Ardern in January",
        "He had taken over from Bill English in January",
        c(
            CONTRADICTED,
            "chris-hipkins chris-hipkins-2023",
            "'41st Prime Minister of New Zealand' 'In office' '25 January 2023 – 27 November 2023' 'Preceded byJacinda Ardern'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v10-ordinal",
        "the fifth to hold that office",
        "the third to hold that office",
        c(
            CONTRADICTED,
            "christopher-luxon chris-hipkins",
            "'5th Minister for National Security and Intelligence'; Hipkins was the '4th'",
        ),
        "wrong ordinal",
    ),
    (
        "v11-age",
        "Hipkins, 45,",
        "Hipkins, 47,",
        c(CONTRADICTED, "chris-hipkins-2023", "'born 5 September 1978': 45 on 2023-11-28, not 47"),
        "wrong duration or age",
    ),
    (
        "v12-premiership-length",
        "whose ten months in the job",
        "whose two years in the job",
        c(
            CONTRADICTED,
            "chris-hipkins",
            "'41st Prime Minister of New Zealand' 'In office' '25 January 2023 – 27 November 2023': ten months, not two years",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("nz-2023-11-28", name, old, new, claim, way))
for name, old, new, claim in [
    (
        "r01-takes-over",
        "succeeds Chris Hipkins",
        "takes over from Chris Hipkins",
        c(
            SUPPORTED,
            "christopher-luxon chris-hipkins",
            "'42nd Prime Minister of New Zealand' 'Preceded byChris Hipkins'; Hipkins 'Succeeded byChristopher Luxon'",
        ),
    ),
    (
        "r02-led-the-opposition",
        "was Leader of the Opposition for almost two years",
        "had led the Opposition for nearly two years",
        c(
            SUPPORTED,
            "christopher-luxon",
            "'40th Leader of the Opposition' 'In office' '30 November 2021 – 27 November 2023': three days short of two years",
        ),
    ),
]:
    CHANGES.append(Change("nz-2023-11-28", name, old, new, claim))


# ---------------------------------------------------------------- Thailand's change of prime minister: Srettha removed, 15 August 2024
# Written blind (see the README): the articles and labels come from the stored pages only. Both bases are tuning.
BASES.append(
    Base(
        "th-2024-08-15",
        "2024-08-15",
        "tuning",
        """Thai court ousts Srettha as Pheu Thai puts Thaksin's daughter forward

BANGKOK, Aug 15 - A Thai court on Wednesday removed Prime Minister Srettha Thavisin from office, less than a year after he took office, over his appointment of Pichit Chuenban to his cabinet. Phumtham Wechayachai is serving as acting prime minister until parliament chooses a successor.

The ruling Pheu Thai Party on Thursday put forward its leader, Paetongtarn Shinawatra, as its candidate. Paetongtarn, 37, is the youngest daughter of former prime minister Thaksin Shinawatra, who led the country from 2001 to 2006, and a niece of Yingluck Shinawatra, who was prime minister from 2011 to 2014.

The House of Representatives is due to vote on her nomination on Friday. If elected, she would become Thailand's 31st prime minister, the youngest person to hold the post and the second woman to lead the government after her aunt.

Srettha, 62, a former property tycoon who co-founded the developer Sansiri in 1988, became the country's 30th prime minister when he took office on 22 August 2023, succeeding Prayut Chan-o-cha. He also served as finance minister from September 2023 until April. Born in Bangkok, he studied civil engineering at Chulalongkorn University before business school in the United States.

Paetongtarn, who has led Pheu Thai since October 2023, studied political science at Chulalongkorn University and holds a master's degree from the University of Surrey in England. She has two children.

Q&A: how Thailand picks a prime minister

How is a prime minister chosen? The candidate needs a majority vote in the House of Representatives and is then appointed by King Vajiralongkorn.

How long can a prime minister serve? No more than eight years in total.

How old is the office? The post has existed since 1932. The official residence is Phitsanulok Mansion.

Analysts expect Friday's vote to pass comfortably.
""",
        {
            "on Wednesday removed Prime Minister Srettha Thavisin from office": c(
                SUPPORTED,
                "srettha-thavisin",
                "'Term End: 14 August 2024' (a Wednesday, the day before as_of); 'his removal from office in 2024'; 'led to his dismissal by the courts in August 2024'",
            ),
            "less than a year after he took office": c(
                SUPPORTED,
                "srettha-thavisin",
                "'Term Start: 22 August 2023' 'Term End: 14 August 2024': eight days short of a year; 'During his almost one-year premiership'",
            ),
            "over his appointment of Pichit Chuenban to his cabinet": c(
                SUPPORTED,
                "srettha-thavisin",
                "'His appointment of Pichit Chuenban to his cabinet led to his dismissal by the courts in August 2024.'",
            ),
            "Phumtham Wechayachai is serving as acting prime minister": c(
                SUPPORTED,
                "srettha-thavisin paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
                "'Successor: Phumtham Wechayachai (acting), Paetongtarn Shinawatra'; her premiership 'Assumed office' '16 August 2024' 'Preceded byPhumtham Wechayachai (acting)': acting between 14 and 16 August 2024",
            ),
            "The ruling Pheu Thai Party on Thursday put forward": c(
                UNVERIFIED,
                "",
                "no stored page says when or by whom Paetongtarn was nominated for the premiership",
            ),
            "its leader, Paetongtarn Shinawatra": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
                "'Leader of the Pheu Thai Party' 'Assumed office' '27 October 2023'; 'Office2: Leader of the Pheu Thai Party' 'Term Start2: 27 October 2023'",
            ),
            "Paetongtarn, 37,": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024",
                "'21 August 1986 (age 37)': 37 on 2024-08-15",
            ),
            "the youngest daughter of former prime minister Thaksin Shinawatra": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
                "'she is the youngest daughter of Thaksin Shinawatra (prime minister from 2001 to 2006)'; 'the youngest child of the 23rd prime minister Thaksin Shinawatra'",
            ),
            "who led the country from 2001 to 2006": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024",
                "'Thaksin Shinawatra (prime minister from 2001 to 2006)'",
            ),
            "a niece of Yingluck Shinawatra": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
                "'a niece of Yingluck Shinawatra'; 'niece of the 28th prime minister Yingluck Shinawatra'",
            ),
            "who was prime minister from 2011 to 2014": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024",
                "'Yingluck Shinawatra (prime minister from 2011 to 2014)'",
            ),
            "is due to vote on her nomination on Friday": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 paetongtarn-shinawatra prime-minister-of-thailand",
                "'31st Prime Minister of Thailand' 'Assumed office' '16 August 2024' (a Friday); 'Term Start: 16 August 2024'; 'Nominator | Speaker of the House of Representatives (By a majority vote of the House of Representatives)' (a forecast at as_of that the day fulfilled)",
            ),
            "Thailand's 31st prime minister": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 paetongtarn-shinawatra srettha-thavisin",
                "'31st Prime Minister of Thailand'; 'Order: 31st'; Srettha 'Order: 30th'",
            ),
            "the youngest person to hold the post": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
                "'Paetongtarn became the youngest prime minister of Thailand'; 'In 2024, Paetongtarn became the youngest prime minister of Thailand'",
            ),
            "the second woman to lead the government after her aunt": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
                "'only the second woman to hold the position'; 'the second woman to hold the position, following her aunt'",
            ),
            "Srettha, 62,": c(
                SUPPORTED,
                "srettha-thavisin-2023 srettha-thavisin",
                "'15 February 1962 (age 61)'; 'born 15 February 1962': 62 on 2024-08-15",
            ),
            "co-founded the developer Sansiri in 1988": c(
                SUPPORTED,
                "srettha-thavisin-2023 srettha-thavisin",
                "'He co-founded Sansiri in 1988'; 'In 1988, he co-founded Sansiri'",
            ),
            "the country's 30th prime minister": c(
                SUPPORTED,
                "srettha-thavisin-2023 srettha-thavisin",
                "'30th Prime Minister of Thailand'; 'Order: 30th'",
            ),
            "took office on 22 August 2023": c(
                SUPPORTED,
                "srettha-thavisin-2023 srettha-thavisin",
                "'30th Prime Minister of Thailand' 'Assumed office' '22 August 2023'; 'Term Start: 22 August 2023'",
            ),
            "succeeding Prayut Chan-o-cha": c(
                SUPPORTED,
                "srettha-thavisin-2023 srettha-thavisin",
                "'Preceded byPrayut Chan-o-cha'; 'Predecessor: Prayut Chan-o-cha'",
            ),
            "served as finance minister from September 2023 until April": c(
                SUPPORTED,
                "srettha-thavisin",
                "'Office1: Minister of Finance' 'Term Start1: 1 September 2023' 'Term End1: 27 April 2024'",
            ),
            "Born in Bangkok": c(
                SUPPORTED,
                "srettha-thavisin-2023 srettha-thavisin",
                "'Srettha Thavisin was born on 15 February 1962 in Bangkok, Thailand.'; 'Birth Place: Bangkok, Thailand'",
            ),
            "studied civil engineering at Chulalongkorn University": c(
                SUPPORTED,
                "srettha-thavisin-2023",
                "'he received a bachelor's degree in civil engineering from Chulalongkorn University'",
            ),
            "has led Pheu Thai since October 2023": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
                "'Leader of the Pheu Thai Party' 'Assumed office' '27 October 2023'; 'Term Start2: 27 October 2023'",
            ),
            "studied political science at Chulalongkorn University": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024",
                "'Paetongtarn studied at the Faculty of Political Science, Chulalongkorn University where she obtained a BA degree in Political Science in 2008'",
            ),
            "holds a master's degree from the University of Surrey in England": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024",
                "'University of Surrey (MSc)'; 'Paetongtarn then continued her studies in England'",
            ),
            "She has two children": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
                "'Children2'; 'Children: 2'",
            ),
            "needs a majority vote in the House of Representatives": c(
                SUPPORTED,
                "prime-minister-of-thailand",
                "'Nominator | Speaker of the House of Representatives (By a majority vote of the House of Representatives)'",
            ),
            "appointed by King Vajiralongkorn": c(
                SUPPORTED,
                "prime-minister-of-thailand srettha-thavisin",
                "'Appointer | Monarch by royal command'; 'appointed and sworn in by the King of Thailand'; 'Monarch: Vajiralongkorn'",
            ),
            "No more than eight years in total": c(
                SUPPORTED,
                "prime-minister-of-thailand",
                "'Term length | Four years, no more than eight years in total'; 'the Prime Minister can hold the office for no longer than eight years, consecutively or not'",
            ),
            "The post has existed since 1932": c(
                SUPPORTED,
                "prime-minister-of-thailand prime-minister-of-thailand-2014",
                "'The post has existed since the Siamese Revolution of 1932'; 'Formation | 28 June 1932'; 'The office was created after the Revolution of 1932.'",
            ),
            "The official residence is Phitsanulok Mansion": c(
                SUPPORTED,
                "prime-minister-of-thailand prime-minister-of-thailand-2014",
                "'Residence | Phitsanulok Mansion'; 'ResidencePhitsanulok Mansion'",
            ),
            "Analysts expect Friday's vote to pass comfortably": c(
                UNVERIFIED,
                "",
                "a forecast of opinion: no stored page reports what analysts expected of the vote or its margin",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-successor-early",
        "its leader, Paetongtarn Shinawatra",
        "its leader, Prime Minister Paetongtarn Shinawatra",
        c(
            CONTRADICTED,
            "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
            "'31st Prime Minister of Thailand' 'Assumed office' '16 August 2024': not before; 'Predecessor: Srettha Thavisin, Phumtham Wechayachai (acting)'",
        ),
        "successor before taking office",
    ),
    (
        "v02-past-holder",
        "the youngest daughter of former prime minister Thaksin Shinawatra",
        "the youngest daughter of Prime Minister Thaksin Shinawatra",
        c(
            CONTRADICTED,
            "paetongtarn-shinawatra-2024 srettha-thavisin",
            "'Thaksin Shinawatra (prime minister from 2001 to 2006)'; the office was Srettha's until 'Term End: 14 August 2024', then 'Phumtham Wechayachai (acting)'",
        ),
        "past holder as current",
    ),
    (
        "v03-deputy-leader",
        "its leader, Paetongtarn Shinawatra",
        "its deputy leader, Paetongtarn Shinawatra",
        c(
            CONTRADICTED,
            "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
            "'Leader of the Pheu Thai Party' 'Assumed office' '27 October 2023': the leader, not a deputy; 'Office2: Leader of the Pheu Thai Party'",
        ),
        "vice or deputy",
    ),
    (
        "v04-foreign-minister",
        "served as finance minister from September 2023 until April",
        "served as foreign minister from September 2023 until April",
        c(
            CONTRADICTED,
            "srettha-thavisin srettha-thavisin-2023",
            "'Office1: Minister of Finance' 'Term Start1: 1 September 2023' 'Term End1: 27 April 2024'; his offices are the premiership and 'Minister of Finance' only",
        ),
        "sibling office",
    ),
    (
        "v05-country",
        "Thailand's 31st prime minister",
        "Cambodia's 31st prime minister",
        c(
            CONTRADICTED,
            "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
            "'31st Prime Minister of Thailand'; 'Office: Prime Minister of Thailand'",
        ),
        "wrong country",
    ),
    (
        "v06-children",
        "She has two children",
        "She has three children",
        c(CONTRADICTED, "paetongtarn-shinawatra-2024 paetongtarn-shinawatra", "'Children2'; 'Children: 2'"),
        "wrong count",
    ),
    (
        "v07-date",
        "took office on 22 August 2023",
        "took office on 22 September 2023",
        c(
            CONTRADICTED,
            "srettha-thavisin-2023 srettha-thavisin",
            "'30th Prime Minister of Thailand' 'Assumed office' '22 August 2023'; 'Term Start: 22 August 2023'",
        ),
        "wrong date",
    ),
    (
        "v08-year",
        "co-founded the developer Sansiri in 1988",
        "co-founded the developer Sansiri in 1995",
        c(
            CONTRADICTED,
            "srettha-thavisin-2023 srettha-thavisin",
            "'He co-founded Sansiri in 1988'; 'In 1988, he co-founded Sansiri'",
        ),
        "wrong year",
    ),
    (
        "v09-birthplace",
        "Born in Bangkok",
        "Born in Chiang Mai",
        c(
            CONTRADICTED,
            "srettha-thavisin-2023 srettha-thavisin",
            "'Srettha Thavisin was born on 15 February 1962 in Bangkok, Thailand.'; 'Birth Place: Bangkok, Thailand'",
        ),
        "wrong place",
    ),
    (
        "v10-predecessor",
        "succeeding Prayut Chan-o-cha",
        "succeeding Yingluck Shinawatra",
        c(
            CONTRADICTED,
            "srettha-thavisin-2023 srettha-thavisin",
            "'Preceded byPrayut Chan-o-cha'; 'Predecessor: Prayut Chan-o-cha'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v11-ordinal",
        "the country's 30th prime minister",
        "the country's 29th prime minister",
        c(CONTRADICTED, "srettha-thavisin-2023 srettha-thavisin", "'30th Prime Minister of Thailand'; 'Order: 30th'"),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Paetongtarn, 37,",
        "Paetongtarn, 39,",
        c(
            CONTRADICTED,
            "paetongtarn-shinawatra-2024",
            "'21 August 1986 (age 37)': 37 on 2024-08-15, not 39",
        ),
        "wrong duration or age",
    ),
    (
        "v13-term-limit",
        "No more than eight years in total",
        "No more than ten years in total",
        c(
            CONTRADICTED,
            "prime-minister-of-thailand",
            "'Term length | Four years, no more than eight years in total'; 'the Prime Minister can hold the office for no longer than eight years, consecutively or not'",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("th-2024-08-15", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-aged",
        "Paetongtarn, 37,",
        "Paetongtarn, aged 37,",
        c(SUPPORTED, "paetongtarn-shinawatra-2024", "'21 August 1986 (age 37)': 37 on 2024-08-15"),
        None,
    ),
    (
        "r02-month-first",
        "took office on 22 August 2023",
        "took office on Aug. 22, 2023",
        c(
            SUPPORTED,
            "srettha-thavisin-2023 srettha-thavisin",
            "'30th Prime Minister of Thailand' 'Assumed office' '22 August 2023'; 'Term Start: 22 August 2023'",
        ),
        None,
    ),
]:
    CHANGES.append(Change("th-2024-08-15", name, old, new, claim, None, key))

# ---------------------------------------------------------------- Thailand's change of prime minister: Paetongtarn in office, 19 August 2024
BASES.append(
    Base(
        "th-2024-08-19",
        "2024-08-19",
        "tuning",
        """Paetongtarn takes charge as Thailand's youngest prime minister

BANGKOK (Aug 19) - Prime Minister Paetongtarn Shinawatra received the royal endorsement on Sunday, two days after the House of Representatives elected her on Friday, 16 August.

Paetongtarn, 37, who turns 38 on Wednesday, is Thailand's 31st prime minister, the youngest person ever to lead the government and only the second woman after her aunt, Yingluck Shinawatra, who held the office from 2011 to 2014.

She succeeds Srettha Thavisin, who was removed by a court on 14 August after less than a year in office. Phumtham Wechayachai had served as acting prime minister in between.

Former prime minister Srettha, who is 62 and a father of three, also served as finance minister until April. He said he would stay in the party.

Paetongtarn, Pheu Thai's leader since October 2023, is the youngest daughter of Thaksin Shinawatra, prime minister from 2001 to 2006. She was born in Bangkok, studied political science at Chulalongkorn University, graduating in 2008, and is married to Pitaka Suksawat.

The prime minister is chosen by a majority vote of the House of Representatives and may hold office for no more than eight years in total.

Timeline: how Thailand got here
2014 - Prayut Chan-o-cha becomes prime minister on 24 August.
2022 - Paetongtarn is named head of the Pheu Thai Family in March.
2023 - Srettha takes office as the 30th prime minister on 22 August; Paetongtarn becomes leader of Pheu Thai on 27 October.
2024 - A court removes Srettha on 14 August; the House elects Paetongtarn two days later.

She is expected to present her cabinet within weeks.
""",
        {
            "Prime Minister Paetongtarn Shinawatra": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 prime-minister-of-thailand",
                "'31st Prime Minister of Thailand' 'Incumbent' 'Assumed office' '16 August 2024'; 'The current prime minister is Paetongtarn Shinawatra, who took office on 16th August 2024'",
            ),
            "received the royal endorsement on Sunday": c(
                UNVERIFIED,
                "",
                "no stored page mentions a royal endorsement or dates one; the pages give only the day she took office, 16 August 2024",
            ),
            "the House of Representatives elected her on Friday, 16 August": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 prime-minister-of-thailand",
                "'31st Prime Minister of Thailand' 'Assumed office' '16 August 2024' (a Friday); 'Nominator | Speaker of the House of Representatives (By a majority vote of the House of Representatives)'",
            ),
            "Paetongtarn, 37,": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024",
                "'21 August 1986 (age 37)': 37 on 2024-08-19",
            ),
            "who turns 38 on Wednesday": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
                "'Paetongtarn was born on 21 August 1986 in Bangkok': 21 August 2024 is the Wednesday after as_of (a Monday)",
            ),
            "Thailand's 31st prime minister": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
                "'31st Prime Minister of Thailand'; 'Order: 31st'",
            ),
            "the youngest person ever to lead the government": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024",
                "'Paetongtarn became the youngest prime minister of Thailand'",
            ),
            "only the second woman after her aunt, Yingluck Shinawatra": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
                "'only the second woman to hold the position'; 'a niece of Yingluck Shinawatra'; 'the second woman to hold the position, following her aunt'",
            ),
            "who held the office from 2011 to 2014": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024",
                "'Yingluck Shinawatra (prime minister from 2011 to 2014)'",
            ),
            "She succeeds Srettha Thavisin": c(
                SUPPORTED,
                "paetongtarn-shinawatra prime-minister-of-thailand srettha-thavisin",
                "'Predecessor: Srettha Thavisin, Phumtham Wechayachai (acting)'; 'who took office on 16th August 2024 after the removal of Srettha Thavisin'; 'Successor: Phumtham Wechayachai (acting), Paetongtarn Shinawatra'",
            ),
            "removed by a court on 14 August": c(
                SUPPORTED,
                "srettha-thavisin",
                "'Term End: 14 August 2024'; 'led to his dismissal by the courts in August 2024'",
            ),
            "after less than a year in office": c(
                SUPPORTED,
                "srettha-thavisin",
                "'Term Start: 22 August 2023' 'Term End: 14 August 2024'; 'During his almost one-year premiership'",
            ),
            "Phumtham Wechayachai had served as acting prime minister in between": c(
                SUPPORTED,
                "srettha-thavisin paetongtarn-shinawatra-2024",
                "'Successor: Phumtham Wechayachai (acting), Paetongtarn Shinawatra'; 'Preceded byPhumtham Wechayachai (acting)'",
            ),
            "Former prime minister Srettha": c(
                SUPPORTED,
                "srettha-thavisin",
                "'Office: Prime Minister of Thailand' 'Term End: 14 August 2024'; 'who served as the 30th prime minister of Thailand from 2023 until his removal from office in 2024'",
            ),
            "who is 62": c(
                SUPPORTED,
                "srettha-thavisin srettha-thavisin-2023",
                "'born 15 February 1962': 62 on 2024-08-19",
            ),
            "a father of three": c(SUPPORTED, "srettha-thavisin", "'Children: 3'"),
            "served as finance minister until April": c(
                SUPPORTED,
                "srettha-thavisin",
                "'Office1: Minister of Finance' 'Term End1: 27 April 2024'",
            ),
            "He said he would stay in the party": c(
                UNVERIFIED,
                "",
                "no stored page reports what Srettha said after his removal or his plans",
            ),
            "Pheu Thai's leader since October 2023": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
                "'Leader of the Pheu Thai Party' 'Assumed office' '27 October 2023'; 'Term Start2: 27 October 2023'",
            ),
            "the youngest daughter of Thaksin Shinawatra": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
                "'she is the youngest daughter of Thaksin Shinawatra'; 'the youngest child of the 23rd prime minister Thaksin Shinawatra'",
            ),
            "prime minister from 2001 to 2006": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024",
                "'Thaksin Shinawatra (prime minister from 2001 to 2006)'",
            ),
            "She was born in Bangkok": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
                "'Paetongtarn was born on 21 August 1986 in Bangkok'; 'Birth Place: Bangkok, Thailand'",
            ),
            "studied political science at Chulalongkorn University": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024",
                "'Paetongtarn studied at the Faculty of Political Science, Chulalongkorn University'",
            ),
            "graduating in 2008": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024",
                "'where she obtained a BA degree in Political Science in 2008'",
            ),
            "married to Pitaka Suksawat": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024",
                "'Pitaka Suksawat' '(m. 2019)'",
            ),
            "chosen by a majority vote of the House of Representatives": c(
                SUPPORTED,
                "prime-minister-of-thailand",
                "'Nominator | Speaker of the House of Representatives (By a majority vote of the House of Representatives)'",
            ),
            "may hold office for no more than eight years in total": c(
                SUPPORTED,
                "prime-minister-of-thailand",
                "'Term length | Four years, no more than eight years in total'; 'the Prime Minister can hold the office for no longer than eight years, consecutively or not'",
            ),
            "Prayut Chan-o-cha becomes prime minister on 24 August": c(
                SUPPORTED,
                "prime-minister-of-thailand-2014",
                "'The current prime minister is Prayut Chan-o-cha.' 'since 24 August 2014'",
            ),
            "Paetongtarn is named head of the Pheu Thai Family in March": c(
                UNVERIFIED,
                "paetongtarn-shinawatra",
                "the stored copy's group dated 'Term Start4: 20 March 2022' 'Term End4: 27 October 2023' has no office name as stored, and its only named 'Office3: Head of the Pheu Thai Family' starts 'Term Start3: 31 October 2025': no stored page names the office she took in March 2022",
            ),
            "Srettha takes office as the 30th prime minister on 22 August": c(
                SUPPORTED,
                "srettha-thavisin-2023 srettha-thavisin",
                "'30th Prime Minister of Thailand' 'Assumed office' '22 August 2023'; 'Order: 30th' 'Term Start: 22 August 2023'",
            ),
            "Paetongtarn becomes leader of Pheu Thai on 27 October": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
                "'Leader of the Pheu Thai Party' 'Assumed office' '27 October 2023'; 'Term Start2: 27 October 2023'",
            ),
            "A court removes Srettha on 14 August": c(
                SUPPORTED,
                "srettha-thavisin",
                "'Term End: 14 August 2024'; 'led to his dismissal by the courts in August 2024'",
            ),
            "the House elects Paetongtarn two days later": c(
                SUPPORTED,
                "paetongtarn-shinawatra-2024 prime-minister-of-thailand",
                "'31st Prime Minister of Thailand' 'Assumed office' '16 August 2024': two days after 14 August; 'By a majority vote of the House of Representatives'",
            ),
            "She is expected to present her cabinet within weeks": c(
                UNVERIFIED,
                "",
                "a forecast: no stored page says when her cabinet was named or sworn in",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-past-holder",
        "Former prime minister Srettha",
        "Prime Minister Srettha",
        c(
            CONTRADICTED,
            "srettha-thavisin paetongtarn-shinawatra-2024",
            "'Term End: 14 August 2024'; Paetongtarn '31st Prime Minister of Thailand' 'Assumed office' '16 August 2024'",
        ),
        "past holder as current",
    ),
    (
        "v02-deputy-added",
        "Prime Minister Paetongtarn Shinawatra",
        "Deputy Prime Minister Paetongtarn Shinawatra",
        c(
            CONTRADICTED,
            "paetongtarn-shinawatra-2024 prime-minister-of-thailand",
            "'31st Prime Minister of Thailand' 'Incumbent' 'Assumed office' '16 August 2024': the prime minister, not a deputy; 'The current prime minister is Paetongtarn Shinawatra'",
        ),
        "vice or deputy",
    ),
    (
        "v03-commerce-minister",
        "served as finance minister until April",
        "served as commerce minister until April",
        c(
            CONTRADICTED,
            "srettha-thavisin",
            "'Office1: Minister of Finance' 'Term End1: 27 April 2024'; his offices are the premiership and 'Minister of Finance' only",
        ),
        "sibling office",
    ),
    (
        "v04-country",
        "Thailand's 31st prime minister",
        "Malaysia's 31st prime minister",
        c(
            CONTRADICTED,
            "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
            "'31st Prime Minister of Thailand'; 'Office: Prime Minister of Thailand'",
        ),
        "wrong country",
    ),
    (
        "v05-children",
        "a father of three",
        "a father of four",
        c(CONTRADICTED, "srettha-thavisin", "'Children: 3'"),
        "wrong count",
    ),
    (
        "v06-date",
        "Paetongtarn becomes leader of Pheu Thai on 27 October",
        "Paetongtarn becomes leader of Pheu Thai on 27 September",
        c(
            CONTRADICTED,
            "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
            "'Leader of the Pheu Thai Party' 'Assumed office' '27 October 2023'; 'Term Start2: 27 October 2023'",
        ),
        "wrong date",
    ),
    (
        "v07-year",
        "graduating in 2008",
        "graduating in 2010",
        c(
            CONTRADICTED,
            "paetongtarn-shinawatra-2024",
            "'where she obtained a BA degree in Political Science in 2008'",
        ),
        "wrong year",
    ),
    (
        "v08-birthplace",
        "She was born in Bangkok",
        "She was born in Chiang Mai",
        c(
            CONTRADICTED,
            "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
            "'Paetongtarn was born on 21 August 1986 in Bangkok'; 'Birth Place: Bangkok, Thailand'",
        ),
        "wrong place",
    ),
    (
        "v09-predecessor",
        "She succeeds Srettha Thavisin",
        "She succeeds Prayut Chan-o-cha",
        c(
            CONTRADICTED,
            "paetongtarn-shinawatra prime-minister-of-thailand srettha-thavisin",
            "'Predecessor: Srettha Thavisin, Phumtham Wechayachai (acting)'; 'after the removal of Srettha Thavisin'; Prayut came before Srettha: 'Predecessor: Prayut Chan-o-cha'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v10-ordinal",
        "Thailand's 31st prime minister",
        "Thailand's 32nd prime minister",
        c(
            CONTRADICTED,
            "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
            "'31st Prime Minister of Thailand'; 'Order: 31st'",
        ),
        "wrong ordinal",
    ),
    (
        "v11-age",
        "Paetongtarn, 37,",
        "Paetongtarn, 38,",
        c(
            CONTRADICTED,
            "paetongtarn-shinawatra-2024",
            "'21 August 1986 (age 37)': 37 on 2024-08-19; 38 only from 21 August",
        ),
        "wrong duration or age",
    ),
    (
        "v12-time-in-office",
        "after less than a year in office",
        "after more than two years in office",
        c(
            CONTRADICTED,
            "srettha-thavisin",
            "'Term Start: 22 August 2023' 'Term End: 14 August 2024': under a year; 'During his almost one-year premiership'",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("th-2024-08-19", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-of-thailand",
        "Thailand's 31st prime minister",
        "the 31st prime minister of Thailand",
        c(
            SUPPORTED,
            "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
            "'31st Prime Minister of Thailand'; 'Order: 31st'",
        ),
        None,
    ),
    (
        "r02-party-leader",
        "Pheu Thai's leader since October 2023",
        "leader of the Pheu Thai Party since October 2023",
        c(
            SUPPORTED,
            "paetongtarn-shinawatra-2024 paetongtarn-shinawatra",
            "'Leader of the Pheu Thai Party' 'Assumed office' '27 October 2023'; 'Term Start2: 27 October 2023'",
        ),
        None,
    ),
]:
    CHANGES.append(Change("th-2024-08-19", name, old, new, claim, None, key))


# ---------------------------------------------------------------- ICJ presidency: Donoghue's last day in view, 5 February 2024
# Written blind (see the README): the articles and labels come from the stored pages only. Both bases are tuning.
BASES.append(
    Base(
        "icj-2024-02-05",
        "2024-02-05",
        "tuning",
        """World Court to choose a new president as Donoghue steps down

THE HAGUE, Feb 5 (wire) - Judge Joan E. Donoghue, president of the International Court of Justice since February 2021, leaves the bench on Tuesday, when her term ends, and the court's judges are due to choose her successor the same day.

Donoghue, 67, is the first American woman to lead the court and only the third woman ever elected to it. She joined the ICJ in 2010, replacing Thomas Buergenthal, and was re-elected in 2014. Her vice-president, Kirill Gevorgian, has served alongside her for three years.

Born in Yonkers, New York, she studied Russian studies and biology at the University of California, Santa Cruz, graduating in 1978, before taking a law degree at Berkeley in 1981. She was general counsel of Freddie Mac from 2003 to 2005 and served as the State Department's acting legal adviser in 2009 under President Barack Obama.

She took over the presidency from Abdulqawi Yusuf.

Among the judges who remain is Nawaf Salam, 70, a Lebanese jurist who has sat on the court since 6 February 2018. Salam represented Lebanon at the United Nations in New York from 2007 to 2017 and presided over the Security Council in September 2011.

Sarah Cleveland takes Donoghue's seat on the 15-member bench.

Q&A: how the court works

Where does the court sit? In the Peace Palace in The Hague.

How long do judges serve? Nine years, elected by the UN General Assembly and the Security Council.

How old is the court? It was set up in 1945 under the UN Charter and began work in 1946, succeeding the Permanent Court of International Justice.

Diplomats expect a close vote.
""",
        {
            "president of the International Court of Justice since February 2021": c(
                SUPPORTED,
                "joan-donoghue",
                "'Office: President of the International Court of Justice' 'Term Start: February 8, 2021' 'Term End: February 6, 2024' (after as_of)",
            ),
            "leaves the bench on Tuesday, when her term ends": c(
                SUPPORTED,
                "joan-donoghue",
                "'Office2: Judge of the International Court of Justice' 'Term End2: February 6, 2024' (a Tuesday, the day after as_of); 'Term End: February 6, 2024'",
            ),
            "the court's judges are due to choose her successor the same day": c(
                SUPPORTED,
                "nawaf-salam joan-donoghue",
                "'Office1: President of the International Court of Justice' 'Term Start1: 6 February 2024'; 'Successor: Nawaf Salam'; 'elected by the ICJ judges to be president of the ICJ in 2021' (a forecast at as_of that the day fulfilled)",
            ),
            "Donoghue, 67,": c(SUPPORTED, "joan-donoghue", "'born December 12, 1956': 67 on 2024-02-05"),
            "the first American woman to lead the court": c(
                SUPPORTED, "joan-donoghue", "'the first American woman elected as president of the court'"
            ),
            "only the third woman ever elected to it": c(
                SUPPORTED, "joan-donoghue", "'She was the third woman to be elected to the ICJ'"
            ),
            "She joined the ICJ in 2010": c(
                SUPPORTED,
                "joan-donoghue",
                "'She was first elected to the court in 2010'; 'Term Start2: September 13, 2010'",
            ),
            "replacing Thomas Buergenthal": c(
                SUPPORTED, "joan-donoghue", "'Office2: Judge of the International Court of Justice' 'Predecessor2: Thomas Buergenthal'"
            ),
            "was re-elected in 2014": c(SUPPORTED, "joan-donoghue", "'re-elected in 2014'"),
            "Her vice-president, Kirill Gevorgian": c(
                SUPPORTED, "joan-donoghue", "'Office: President of the International Court of Justice' 'Vicepresident: Kirill Gevorgian'"
            ),
            "has served alongside her for three years": c(
                UNVERIFIED,
                "joan-donoghue",
                "no stored page dates Gevorgian's vice-presidency: Donoghue's infobox names him ('Vicepresident: Kirill Gevorgian') without a term",
            ),
            "Born in Yonkers, New York": c(SUPPORTED, "joan-donoghue", "'Birth Place: Yonkers, New York, U.S.'"),
            "studied Russian studies and biology at the University of California, Santa Cruz": c(
                SUPPORTED,
                "joan-donoghue",
                "'Donoghue graduated from the University of California, Santa Cruz, with honors degrees in Russian studies and biology in 1978'",
            ),
            "graduating in 1978": c(
                SUPPORTED, "joan-donoghue", "'with honors degrees in Russian studies and biology in 1978'"
            ),
            "taking a law degree at Berkeley in 1981": c(
                SUPPORTED,
                "joan-donoghue",
                "'She subsequently received her Juris Doctor from the University of California, Berkeley School of Law in 1981'",
            ),
            "general counsel of Freddie Mac from 2003 to 2005": c(
                SUPPORTED, "joan-donoghue", "'She was the general counsel of Freddie Mac from 2003 to 2005'"
            ),
            "served as the State Department's acting legal adviser in 2009": c(
                SUPPORTED,
                "joan-donoghue",
                "'including as State Department Acting Legal Adviser in 2009'; 'Office3: Legal Adviser of the Department of State' 'Status3: Acting' 'Term Start3: March 23, 2009'",
            ),
            "under President Barack Obama": c(SUPPORTED, "joan-donoghue", "'President3: Barack Obama'"),
            "She took over the presidency from Abdulqawi Yusuf": c(
                SUPPORTED, "joan-donoghue", "'Office: President of the International Court of Justice' 'Predecessor: Abdulqawi Yusuf'"
            ),
            "Among the judges who remain is Nawaf Salam": c(
                SUPPORTED,
                "nawaf-salam",
                "'Office2: Judge of the International Court of Justice' 'Term Start2: 6 February 2018' 'Term End2: 14 January 2025'",
            ),
            "Nawaf Salam, 70,": c(
                SUPPORTED,
                "nawaf-salam nawaf-salam-2017",
                "'born 15 December 1953': 70 on 2024-02-05",
            ),
            "a Lebanese jurist": c(
                SUPPORTED,
                "nawaf-salam nawaf-salam-2017",
                "'a Lebanese politician, diplomat, jurist and academic'; 'Nationality: Lebanese'; 'a Lebanese diplomat, academic, and jurist'",
            ),
            "has sat on the court since 6 February 2018": c(
                SUPPORTED, "nawaf-salam", "'Office2: Judge of the International Court of Justice' 'Term Start2: 6 February 2018'"
            ),
            "represented Lebanon at the United Nations in New York from 2007 to 2017": c(
                SUPPORTED,
                "nawaf-salam nawaf-salam-2017",
                "'Office3: Permanent representative of Lebanon to the United Nations' 'Term Start3: 13 July 2007' 'Term End3: 15 December 2017'; 'Permanent Representative to the United Nations in New York'",
            ),
            "presided over the Security Council in September 2011": c(
                SUPPORTED,
                "nawaf-salam",
                "'Office5: President of the United Nations Security Council' 'Term Start5: 1 September 2011' 'Term End5: 30 September 2011'",
            ),
            "Sarah Cleveland takes Donoghue's seat": c(
                SUPPORTED,
                "joan-donoghue",
                "'Office2: Judge of the International Court of Justice' 'Term End2: February 6, 2024' 'Successor2: Sarah Cleveland'",
            ),
            "the 15-member bench": c(
                SUPPORTED, "international-court-of-justice-2015", "'Number of positions | 15 |'"
            ),
            "In the Peace Palace in The Hague": c(
                SUPPORTED,
                "international-court-of-justice-2015",
                "'Seated in the Peace Palace in The Hague, Netherlands'; 'Location | The Hague, Netherlands |'",
            ),
            "Nine years": c(SUPPORTED, "international-court-of-justice-2015", "'Judge term length | 9 years |'"),
            "elected by the UN General Assembly and the Security Council": c(
                UNVERIFIED,
                "international-court-of-justice-2015 joan-donoghue",
                "no stored page says who elects the judges: the ICJ mirror gives their number and term length only, Donoghue's page that she 'was first elected to the court in 2010'",
            ),
            "It was set up in 1945 under the UN Charter": c(
                SUPPORTED,
                "international-court-of-justice-2015",
                "'Established in 1945 by the UN Charter'; 'Established | 1945 |'",
            ),
            "began work in 1946": c(
                SUPPORTED, "international-court-of-justice-2015", "'the Court began work in 1946'"
            ),
            "succeeding the Permanent Court of International Justice": c(
                SUPPORTED,
                "international-court-of-justice-2015",
                "'as the successor to the Permanent Court of International Justice'",
            ),
            "Diplomats expect a close vote": c(
                UNVERIFIED,
                "",
                "a forecast of opinion: no stored page reports what diplomats expected of the election or its margin",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-successor-early",
        "Among the judges who remain is Nawaf Salam",
        "Among the judges who remain is the court's president, Nawaf Salam",
        c(
            CONTRADICTED,
            "nawaf-salam joan-donoghue",
            "'Office1: President of the International Court of Justice' 'Term Start1: 6 February 2024': not before; Donoghue 'Term End: February 6, 2024'",
        ),
        "successor before taking office",
    ),
    (
        "v02-past-holder",
        "represented Lebanon at the United Nations in New York from 2007 to 2017",
        "represents Lebanon at the United Nations in New York",
        c(
            CONTRADICTED,
            "nawaf-salam nawaf-salam-2017",
            "'Office3: Permanent representative of Lebanon to the United Nations' 'Term End3: 15 December 2017'; 'Office2: Judge of the International Court of Justice' 'Term Start2: 6 February 2018' (the older copy's 'He is currently serving as Lebanon's Ambassador' is of 2016-17)",
        ),
        "past holder as current",
    ),
    (
        "v03-vice-president",
        "president of the International Court of Justice since February 2021",
        "vice-president of the International Court of Justice since February 2021",
        c(
            CONTRADICTED,
            "joan-donoghue",
            "'Office: President of the International Court of Justice' 'Term Start: February 8, 2021'; her vice-president was another judge ('Vicepresident: Kirill Gevorgian')",
        ),
        "vice or deputy",
    ),
    (
        "v04-general-assembly",
        "presided over the Security Council in September 2011",
        "presided over the General Assembly in September 2011",
        c(
            CONTRADICTED,
            "nawaf-salam",
            "'Office5: President of the United Nations Security Council' 'Term Start5: 1 September 2011' 'Term End5: 30 September 2011'; at the General Assembly he was 'Vice President' from '1 September 2012' to '31 August 2013'",
        ),
        "sibling office",
    ),
    (
        "v05-country",
        "a Lebanese jurist",
        "a Syrian jurist",
        c(
            CONTRADICTED,
            "nawaf-salam nawaf-salam-2017",
            "'Nationality: Lebanese'; 'a Lebanese politician, diplomat, jurist and academic'; 'a Lebanese diplomat, academic, and jurist'",
        ),
        "wrong country",
    ),
    (
        "v06-bench",
        "the 15-member bench",
        "the 12-member bench",
        c(CONTRADICTED, "international-court-of-justice-2015", "'Number of positions | 15 |'"),
        "wrong count",
    ),
    (
        "v07-date",
        "has sat on the court since 6 February 2018",
        "has sat on the court since 6 March 2018",
        c(
            CONTRADICTED,
            "nawaf-salam",
            "'Office2: Judge of the International Court of Justice' 'Term Start2: 6 February 2018'",
        ),
        "wrong date",
    ),
    (
        "v08-year",
        "graduating in 1978",
        "graduating in 1982",
        c(CONTRADICTED, "joan-donoghue", "'with honors degrees in Russian studies and biology in 1978'"),
        "wrong year",
    ),
    (
        "v09-birthplace",
        "Born in Yonkers, New York",
        "Born in Boston, Massachusetts",
        c(CONTRADICTED, "joan-donoghue", "'Birth Place: Yonkers, New York, U.S.'"),
        "wrong place",
    ),
    (
        "v10-predecessor",
        "She took over the presidency from Abdulqawi Yusuf",
        "She took over the presidency from Ronny Abraham",
        c(
            CONTRADICTED,
            "joan-donoghue international-court-of-justice-2015",
            "'Office: President of the International Court of Justice' 'Predecessor: Abdulqawi Yusuf' (the ICJ mirror's president of 2015-18, 'Currently | Ronny Abraham', had Yusuf as vice-president)",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v11-ordinal",
        "only the third woman ever elected to it",
        "only the fourth woman ever elected to it",
        c(CONTRADICTED, "joan-donoghue", "'She was the third woman to be elected to the ICJ'"),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Donoghue, 67,",
        "Donoghue, 71,",
        c(CONTRADICTED, "joan-donoghue", "'born December 12, 1956': 67 on 2024-02-05, not 71"),
        "wrong duration or age",
    ),
    (
        "v13-term-length",
        "Nine years",
        "Twelve years",
        c(CONTRADICTED, "international-court-of-justice-2015", "'Judge term length | 9 years |'"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("icj-2024-02-05", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-turned-70",
        "Nawaf Salam, 70,",
        "Nawaf Salam, who turned 70 in December,",
        c(SUPPORTED, "nawaf-salam nawaf-salam-2017", "'born 15 December 1953': 70 since 2023-12-15"),
        "who turned 70 in December",
    ),
    (
        "r02-fifteen-judges",
        "the 15-member bench",
        "the bench of fifteen judges",
        c(SUPPORTED, "international-court-of-justice-2015", "'Number of positions | 15 |'"),
        None,
    ),
]:
    CHANGES.append(Change("icj-2024-02-05", name, old, new, claim, None, key))

# ---------------------------------------------------------------- ICJ presidency: Salam in office, 8 February 2024
BASES.append(
    Base(
        "icj-2024-02-08",
        "2024-02-08",
        "tuning",
        """Lebanon's Salam takes the helm of the International Court of Justice

THE HAGUE, 8 February 2024 - Nawaf Salam, a Lebanese judge and former diplomat, has been president of the International Court of Justice since Tuesday, succeeding Joan Donoghue of the United States. He is the first Lebanese to lead the court.

Judge Julia Sebutinde is the new vice-president.

Salam, 70, was born in Beirut and has been a member of the World Court since 2018, when he took the seat of Christopher Greenwood. Before that he spent more than ten years as Lebanon's permanent representative to the United Nations, from July 2007 to December 2017, and was a vice-president of the UN General Assembly in 2012-13.

He holds a master of laws from Harvard, earned in 1991, a doctorate in political science from Sciences Po in Paris and a doctorate in history from the Sorbonne, awarded in 1979. He is married to the journalist Sahar Baassiri; the couple have two sons.

His family is prominent in Lebanese politics: his uncle Saeb Salam was prime minister six times between 1952 and 1973, and his cousin Tammam Salam also led the government.

Donoghue, 67, who led the court for three years from February 2021, left the bench on Tuesday after more than 13 years as a judge. She was the first American woman to preside over the court.

Timeline: the court's presidency
2021 - Donoghue succeeds Abdulqawi Yusuf as president on 8 February.
2024 - Donoghue's term ends on 6 February; Salam becomes president the same day.

The court, the primary judicial branch of the United Nations, has 15 judges and sits in The Hague.

Observers say Salam's election is unlikely to change the court's docket.
""",
        {
            "a Lebanese judge": c(
                SUPPORTED,
                "nawaf-salam",
                "'Nationality: Lebanese'; 'Office2: Judge of the International Court of Justice' 'Term Start2: 6 February 2018'",
            ),
            "former diplomat": c(
                SUPPORTED,
                "nawaf-salam nawaf-salam-2017",
                "'Office3: Permanent representative of Lebanon to the United Nations' 'Term End3: 15 December 2017'; 'a Lebanese politician, diplomat, jurist and academic'",
            ),
            "has been president of the International Court of Justice since Tuesday": c(
                SUPPORTED,
                "nawaf-salam joan-donoghue",
                "'Office1: President of the International Court of Justice' 'Term Start1: 6 February 2024' (a Tuesday, two days before as_of); Donoghue 'Successor: Nawaf Salam'",
            ),
            "succeeding Joan Donoghue of the United States": c(
                SUPPORTED,
                "nawaf-salam joan-donoghue",
                "'Predecessor1: Joan Donoghue'; 'Joan E. Donoghue ... is an American lawyer'; 'Birth Place: Yonkers, New York, U.S.'",
            ),
            "He is the first Lebanese to lead the court": c(
                UNVERIFIED,
                "",
                "no stored page lists the court's presidents by nationality or calls Salam the first Lebanese to hold the office",
            ),
            "Judge Julia Sebutinde is the new vice-president": c(
                SUPPORTED,
                "nawaf-salam joan-donoghue",
                "'Office1: President of the International Court of Justice' 'Vicepresident1: Julia Sebutinde'; Donoghue's vice-president was 'Kirill Gevorgian'",
            ),
            "Salam, 70,": c(SUPPORTED, "nawaf-salam nawaf-salam-2017", "'born 15 December 1953': 70 on 2024-02-08"),
            "was born in Beirut": c(
                SUPPORTED,
                "nawaf-salam nawaf-salam-2017",
                "'Birth Place: Beirut, Lebanon'; 'Nawaf was born into a prominent family from Beirut, Lebanon'",
            ),
            "has been a member of the World Court since 2018": c(
                SUPPORTED,
                "nawaf-salam international-court-of-justice-2015",
                "'Office2: Judge of the International Court of Justice' 'Term Start2: 6 February 2018'; 'commonly referred to as the World Court or ICJ'",
            ),
            "when he took the seat of Christopher Greenwood": c(
                SUPPORTED, "nawaf-salam", "'Office2: Judge of the International Court of Justice' 'Predecessor2: Christopher Greenwood'"
            ),
            "spent more than ten years as Lebanon's permanent representative to the United Nations": c(
                SUPPORTED,
                "nawaf-salam",
                "'Office3: Permanent representative of Lebanon to the United Nations' 'Term Start3: 13 July 2007' 'Term End3: 15 December 2017': ten years and five months",
            ),
            "from July 2007 to December 2017": c(
                SUPPORTED,
                "nawaf-salam nawaf-salam-2017",
                "'Term Start3: 13 July 2007' 'Term End3: 15 December 2017'; 'Assumed office 13 July 2007'",
            ),
            "was a vice-president of the UN General Assembly in 2012-13": c(
                SUPPORTED,
                "nawaf-salam",
                "'Office4: Vice President of the United Nations General Assembly' 'Term Start4: 1 September 2012' 'Term End4: 31 August 2013'",
            ),
            "holds a master of laws from Harvard, earned in 1991": c(
                SUPPORTED,
                "nawaf-salam nawaf-salam-2017",
                "'Alma Mater: Harvard University (LLM)'; 'an L.L.M. from Harvard Law School (1991)'",
            ),
            "a doctorate in political science from Sciences Po in Paris": c(
                SUPPORTED,
                "nawaf-salam nawaf-salam-2017",
                "'Sciences Po (PhD)'; 'a doctorate in Political Science from the Institut d'Études Politiques de Paris (1992)'",
            ),
            "a doctorate in history from the Sorbonne, awarded in 1979": c(
                SUPPORTED,
                "nawaf-salam-2017 nawaf-salam",
                "'a doctorate in History from Sorbonne University (1979)'; 'Sorbonne University (PhD)'",
            ),
            "married to the journalist Sahar Baassiri": c(
                SUPPORTED,
                "nawaf-salam-2017 nawaf-salam",
                "'He is married to the journalist Sahar Baassiri'; 'Spouse: Sahar Baassiri'",
            ),
            "the couple have two sons": c(
                SUPPORTED,
                "nawaf-salam-2017 nawaf-salam",
                "'has two sons, Abdallah and Marwan'; 'Children: 2'",
            ),
            "his uncle Saeb Salam was prime minister six times between 1952 and 1973": c(
                SUPPORTED,
                "nawaf-salam-2017 nawaf-salam",
                "'His uncle, Saeb Salam, ... served six times as Prime Minister of Lebanon between 1952 and 1973'; 'Saeb Salam (uncle)'",
            ),
            "his cousin Tammam Salam": c(SUPPORTED, "nawaf-salam", "'Relatives: ... Tammam Salam (cousin)'"),
            "also led the government": c(
                UNVERIFIED,
                "nawaf-salam",
                "no stored page says Tammam Salam held any office: Salam's infobox lists him among 'Relatives' as a cousin only",
            ),
            "Donoghue, 67,": c(SUPPORTED, "joan-donoghue", "'born December 12, 1956': 67 on 2024-02-08"),
            "led the court for three years from February 2021": c(
                SUPPORTED,
                "joan-donoghue",
                "'Office: President of the International Court of Justice' 'Term Start: February 8, 2021' 'Term End: February 6, 2024': two days short of three years",
            ),
            "left the bench on Tuesday": c(
                SUPPORTED,
                "joan-donoghue",
                "'Office2: Judge of the International Court of Justice' 'Term End2: February 6, 2024' (a Tuesday)",
            ),
            "after more than 13 years as a judge": c(
                SUPPORTED,
                "joan-donoghue",
                "'Term Start2: September 13, 2010' 'Term End2: February 6, 2024': 13 years and almost five months",
            ),
            "the first American woman to preside over the court": c(
                SUPPORTED, "joan-donoghue", "'the first American woman elected as president of the court'"
            ),
            "Donoghue succeeds Abdulqawi Yusuf as president on 8 February": c(
                SUPPORTED,
                "joan-donoghue",
                "'Office: President of the International Court of Justice' 'Term Start: February 8, 2021' 'Predecessor: Abdulqawi Yusuf'",
            ),
            "Donoghue's term ends on 6 February": c(
                SUPPORTED, "joan-donoghue", "'Term End: February 6, 2024'; 'Term End2: February 6, 2024'"
            ),
            "Salam becomes president the same day": c(
                SUPPORTED,
                "nawaf-salam joan-donoghue",
                "'Office1: President of the International Court of Justice' 'Term Start1: 6 February 2024'; Donoghue 'Term End: February 6, 2024' 'Successor: Nawaf Salam'",
            ),
            "the primary judicial branch of the United Nations": c(
                SUPPORTED,
                "international-court-of-justice-2015",
                "'is the primary judicial branch of the United Nations (UN)'",
            ),
            "has 15 judges": c(SUPPORTED, "international-court-of-justice-2015", "'Number of positions | 15 |'"),
            "sits in The Hague": c(
                SUPPORTED,
                "international-court-of-justice-2015",
                "'Seated in the Peace Palace in The Hague, Netherlands'; 'Location | The Hague, Netherlands |'",
            ),
            "Observers say Salam's election is unlikely to change the court's docket": c(
                UNVERIFIED,
                "",
                "a forecast of opinion: no stored page reports what observers said of the election or of the court's cases",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-ecosoc",
        "was a vice-president of the UN General Assembly in 2012-13",
        "was a vice-president of the UN Economic and Social Council in 2012-13",
        c(
            CONTRADICTED,
            "nawaf-salam",
            "'Office4: Vice President of the United Nations General Assembly' 'Term Start4: 1 September 2012' 'Term End4: 31 August 2013'; no Economic and Social Council office among his posts",
        ),
        "sibling office",
    ),
    (
        "v02-vice-dropped",
        "Judge Julia Sebutinde is the new vice-president",
        "Judge Julia Sebutinde is the new president",
        c(
            CONTRADICTED,
            "nawaf-salam",
            "'Office1: President of the International Court of Justice' 'Term Start1: 6 February 2024' 'Vicepresident1: Julia Sebutinde': she is the vice-president, Salam the president",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "succeeding Joan Donoghue of the United States",
        "succeeding Joan Donoghue of Canada",
        c(
            CONTRADICTED,
            "joan-donoghue",
            "'Joan E. Donoghue ... is an American lawyer'; 'Birth Place: Yonkers, New York, U.S.'; 'former U.S. State Department official'",
        ),
        "wrong country",
    ),
    (
        "v04-sons",
        "the couple have two sons",
        "the couple have three sons",
        c(CONTRADICTED, "nawaf-salam-2017 nawaf-salam", "'has two sons, Abdallah and Marwan'; 'Children: 2'"),
        "wrong count",
    ),
    (
        "v05-date",
        "Donoghue succeeds Abdulqawi Yusuf as president on 8 February",
        "Donoghue succeeds Abdulqawi Yusuf as president on 8 March",
        c(
            CONTRADICTED,
            "joan-donoghue",
            "'Office: President of the International Court of Justice' 'Term Start: February 8, 2021' 'Predecessor: Abdulqawi Yusuf'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "a doctorate in history from the Sorbonne, awarded in 1979",
        "a doctorate in history from the Sorbonne, awarded in 1985",
        c(CONTRADICTED, "nawaf-salam-2017", "'a doctorate in History from Sorbonne University (1979)'"),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "was born in Beirut",
        "was born in Tripoli",
        c(
            CONTRADICTED,
            "nawaf-salam nawaf-salam-2017",
            "'Birth Place: Beirut, Lebanon'; 'Nawaf was born into a prominent family from Beirut, Lebanon'",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "when he took the seat of Christopher Greenwood",
        "when he took the seat of Thomas Buergenthal",
        c(
            CONTRADICTED,
            "nawaf-salam joan-donoghue",
            "'Office2: Judge of the International Court of Justice' 'Predecessor2: Christopher Greenwood'; Buergenthal's seat went to Donoghue in 2010 ('Predecessor2: Thomas Buergenthal')",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "Judge Julia Sebutinde is the new vice-president",
        "Judge Kirill Gevorgian remains vice-president",
        c(
            CONTRADICTED,
            "nawaf-salam joan-donoghue",
            "Gevorgian was Donoghue's vice-president ('Vicepresident: Kirill Gevorgian', her term 'February 8, 2021' to 'February 6, 2024'); Salam's is 'Vicepresident1: Julia Sebutinde' from 'Term Start1: 6 February 2024'",
        ),
        "past holder as current",
    ),
    (
        "v10-ordinal",
        "the first American woman to preside over the court",
        "the second American woman to preside over the court",
        c(CONTRADICTED, "joan-donoghue", "'the first American woman elected as president of the court'"),
        "wrong ordinal",
    ),
    (
        "v11-age",
        "Salam, 70,",
        "Salam, 74,",
        c(CONTRADICTED, "nawaf-salam nawaf-salam-2017", "'born 15 December 1953': 70 on 2024-02-08, not 74"),
        "wrong duration or age",
    ),
    (
        "v12-years-as-judge",
        "after more than 13 years as a judge",
        "after more than 20 years as a judge",
        c(
            CONTRADICTED,
            "joan-donoghue",
            "'Term Start2: September 13, 2010' 'Term End2: February 6, 2024': 13 years and almost five months; 'She was first elected to the court in 2010'",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("icj-2024-02-08", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-icj-abbreviation",
        "has been president of the International Court of Justice since Tuesday",
        "has been ICJ president since Tuesday",
        c(
            SUPPORTED,
            "nawaf-salam",
            "'Office1: President of the International Court of Justice' 'Term Start1: 6 February 2024' (a Tuesday); 'the International Court of Justice (ICJ)'",
        ),
        None,
    ),
    (
        "r02-exact-dates",
        "from July 2007 to December 2017",
        "from 13 July 2007 until 15 December 2017",
        c(
            SUPPORTED,
            "nawaf-salam nawaf-salam-2017",
            "'Term Start3: 13 July 2007' 'Term End3: 15 December 2017'; 'Assumed office 13 July 2007'",
        ),
        None,
    ),
]:
    CHANGES.append(Change("icj-2024-02-08", name, old, new, claim, None, key))

# ---------------------------------------------------------------- World Food Programme: Beasley's last days, 3 April 2023
# Written blind (see the README): the articles and labels come from the stored pages only. Both bases are tuning.
BASES.append(
    Base(
        "wfp-2023-04-03",
        "2023-04-03",
        "tuning",
        """McCain to take the helm at UN food agency as Beasley bows out

ROME, April 3 (wire) - David Beasley, the former South Carolina governor who has run the World Food Programme since April 2017, hands over on Wednesday to Cindy McCain, the U.S. ambassador to the UN food agencies.

Beasley, 66, the agency's 13th executive director, succeeded Ertharin Cousin and leaves after six years on the job. McCain will serve under UN Secretary-General António Guterres.

A Republican who switched from the Democrats in 1991, Beasley was elected to the state House of Representatives at 20. He served one term as South Carolina's 113th governor, from January 1995 to January 1999, after succeeding Carroll Campbell, before losing his re-election bid to Democrat Jim Hodges. He graduated from Lamar High School in 1975 and took a law degree at the University of South Carolina in 1983.

McCain, 68, was born in Phoenix, Arizona, the daughter of beer distributor Jim Hensley. She holds bachelor's and master's degrees from the University of Southern California and worked as a special education teacher.

She has been ambassador since November 2021, when she succeeded Kip E. Tom, and was sent to Rome by President Joe Biden.

The widow of Sen. John McCain, the Republican presidential nominee in 2008, she married him in 1980. The couple had three children together and adopted a fourth. After her father died in 2000 she became chair of Hensley & Co., one of the largest Anheuser-Busch distributors in the United States, and from 1988 to 1995 she ran the American Voluntary Medical Team.

Q&A: the handover

Who runs the agency today? David Beasley, until Wednesday.

Where is it based? The WFP is headquartered in Rome.

How old is it? It was founded in 1961 and won the Nobel Peace Prize in 2020.

Aid officials expect deeper ration cuts this year.
""",
        {
            "has run the World Food Programme since April 2017": c(
                SUPPORTED,
                "david-beasley david-beasley-2021",
                "'Office: 13th Executive Director of the World Food Programme' 'Term Start: April 4, 2017' 'Term End: April 5, 2023' (after as_of); 'Assumed office April 4, 2017'",
            ),
            "hands over on Wednesday to Cindy McCain": c(
                SUPPORTED,
                "david-beasley cindy-mccain",
                "'Term End: April 5, 2023' 'Successor: Cindy McCain'; 'Executive Director of the World Food Programme' 'Assumed office April 5, 2023' (a Wednesday, two days after as_of)",
            ),
            "the U.S. ambassador to the UN food agencies": c(
                SUPPORTED,
                "cindy-mccain",
                "'12th United States Ambassador to the United Nations Agencies for Food and Agriculture' 'November 5, 2021 – April 5, 2023'",
            ),
            "Beasley, 66,": c(
                SUPPORTED, "david-beasley david-beasley-2021", "'born February 26, 1957': 66 on 2023-04-03"
            ),
            "the agency's 13th executive director": c(
                SUPPORTED, "david-beasley", "'Office: 13th Executive Director of the World Food Programme'"
            ),
            "succeeded Ertharin Cousin": c(
                SUPPORTED,
                "david-beasley david-beasley-2021",
                "'Predecessor: Ertharin Cousin'; 'Preceded byErtharin Cousin'",
            ),
            "leaves after six years on the job": c(
                SUPPORTED,
                "david-beasley",
                "'Term Start: April 4, 2017' 'Term End: April 5, 2023': six years",
            ),
            "McCain will serve under UN Secretary-General António Guterres": c(
                SUPPORTED,
                "cindy-mccain",
                "'Executive Director of the World Food Programme' 'Assumed office April 5, 2023' 'Secretary GeneralAntónio Guterres'",
            ),
            "switched from the Democrats in 1991": c(
                SUPPORTED,
                "david-beasley david-beasley-2021",
                "'Party: Democratic (before 1991), Republican (1991–present)'; 'Political partyDemocratic (Before 1991) Republican (1991–present)'",
            ),
            "Beasley was elected to the state House of Representatives at 20": c(
                SUPPORTED,
                "david-beasley david-beasley-2021",
                "'Elected to the South Carolina House of Representatives at age 20'",
            ),
            "South Carolina's 113th governor": c(
                SUPPORTED,
                "david-beasley david-beasley-2021",
                "'Order1: 113th Governor of South Carolina'; 'the 113th Governor of South Carolina'",
            ),
            "from January 1995 to January 1999": c(
                SUPPORTED,
                "david-beasley david-beasley-2021",
                "'Term Start1: January 11, 1995' 'Term End1: January 13, 1999'",
            ),
            "after succeeding Carroll Campbell": c(
                SUPPORTED,
                "david-beasley david-beasley-2021",
                "'Order1: 113th Governor of South Carolina' 'Predecessor1: Carroll Campbell'",
            ),
            "losing his re-election bid to Democrat Jim Hodges": c(
                SUPPORTED, "david-beasley", "'before losing reelection to Democrat Jim Hodges'"
            ),
            "graduated from Lamar High School in 1975": c(
                SUPPORTED, "david-beasley", "'He graduated from Lamar High School in 1975'"
            ),
            "took a law degree at the University of South Carolina in 1983": c(
                SUPPORTED,
                "david-beasley david-beasley-2021",
                "'the University of South Carolina where he received ... a J.D. from the School of Law in 1983'",
            ),
            "McCain, 68,": c(SUPPORTED, "cindy-mccain", "'born May 20, 1954': 68 on 2023-04-03"),
            "born in Phoenix, Arizona": c(
                SUPPORTED,
                "cindy-mccain",
                "'McCain was born and raised in Phoenix, Arizona'; 'Phoenix, Arizona, U.S.'",
            ),
            "the daughter of beer distributor Jim Hensley": c(
                SUPPORTED, "cindy-mccain", "'is a daughter of wealthy beer distributor Jim Hensley'"
            ),
            "holds bachelor's and master's degrees from the University of Southern California": c(
                SUPPORTED,
                "cindy-mccain",
                "'After receiving bachelor's and master's degrees from the University of Southern California'",
            ),
            "worked as a special education teacher": c(
                SUPPORTED, "cindy-mccain", "'she became a special education teacher'"
            ),
            "She has been ambassador since November 2021": c(
                SUPPORTED,
                "cindy-mccain",
                "'12th United States Ambassador to the United Nations Agencies for Food and Agriculture' 'In office November 5, 2021 – April 5, 2023'",
            ),
            "she succeeded Kip E. Tom": c(SUPPORTED, "cindy-mccain", "'Preceded byKip E. Tom'"),
            "was sent to Rome by President Joe Biden": c(
                UNVERIFIED,
                "cindy-mccain",
                "her ambassadorship's row names 'PresidentJoe Biden', but no stored page says where the post is based (Rome)",
            ),
            "the Republican presidential nominee in 2008": c(
                SUPPORTED,
                "cindy-mccain",
                "'She is the widow of U.S. Senator John McCain from Arizona, who was the 2008 Republican presidential nominee'",
            ),
            "she married him in 1980": c(
                SUPPORTED, "cindy-mccain", "'She married John McCain in 1980'; 'Spouse (m. 1980; died 2018)'"
            ),
            "The couple had three children together and adopted a fourth": c(
                SUPPORTED,
                "cindy-mccain",
                "'The couple had three children together, in addition to adopting another'; 'Children4, including Meghan'",
            ),
            "After her father died in 2000 she became chair of Hensley & Co.": c(
                SUPPORTED,
                "cindy-mccain",
                "'Upon her father's death in 2000, she inherited majority control and became chair of Hensley & Co.'",
            ),
            "one of the largest Anheuser-Busch distributors in the United States": c(
                SUPPORTED,
                "cindy-mccain",
                "'one of the largest Anheuser-Busch beer distributors in the United States'",
            ),
            "from 1988 to 1995 she ran the American Voluntary Medical Team": c(
                SUPPORTED,
                "cindy-mccain",
                "'From 1988 to 1995, she founded and operated a nonprofit organization, the American Voluntary Medical Team'",
            ),
            "David Beasley, until Wednesday": c(
                SUPPORTED,
                "david-beasley david-beasley-2021",
                "'13th Executive Director of the World Food Programme' 'Term End: April 5, 2023'; 'Assumed office April 4, 2017'",
            ),
            "The WFP is headquartered in Rome": c(
                SUPPORTED,
                "world-food-programme",
                "'Headquarters | Rome, Italy |'; 'WFP is headquartered in Rome'",
            ),
            "It was founded in 1961": c(
                SUPPORTED, "world-food-programme", "'Formation | 19 December 1961 |'; 'Founded in 1961'"
            ),
            "won the Nobel Peace Prize in 2020": c(
                SUPPORTED,
                "world-food-programme",
                "'The World Food Programme was awarded the Nobel Peace Prize in 2020'; 'Award(s) | Nobel Peace Prize (2020) |'",
            ),
            "Aid officials expect deeper ration cuts this year": c(
                UNVERIFIED,
                "",
                "a forecast of opinion: no stored page reports what aid officials expected of rations in 2023",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-successor-early",
        "hands over on Wednesday to Cindy McCain",
        "handed over last week to Cindy McCain",
        c(
            CONTRADICTED,
            "david-beasley cindy-mccain",
            "'Term End: April 5, 2023'; 'Executive Director of the World Food Programme' 'Assumed office April 5, 2023': two days after as_of, not before it",
        ),
        "successor before taking office",
    ),
    (
        "v02-deputy",
        "the agency's 13th executive director",
        "the agency's 13th deputy executive director",
        c(
            CONTRADICTED,
            "david-beasley",
            "'Office: 13th Executive Director of the World Food Programme': the office itself, not its deputy",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "the U.S. ambassador to the UN food agencies",
        "the Canadian ambassador to the UN food agencies",
        c(
            CONTRADICTED,
            "cindy-mccain",
            "'12th United States Ambassador to the United Nations Agencies for Food and Agriculture' 'November 5, 2021 – April 5, 2023'",
        ),
        "wrong country",
    ),
    (
        "v04-children",
        "The couple had three children together and adopted a fourth",
        "The couple had two children together and adopted a third",
        c(
            CONTRADICTED,
            "cindy-mccain",
            "'The couple had three children together, in addition to adopting another'; 'Children4, including Meghan'",
        ),
        "wrong count",
    ),
    (
        "v05-date",
        "She has been ambassador since November 2021",
        "She has been ambassador since March 2021",
        c(
            CONTRADICTED,
            "cindy-mccain",
            "'12th United States Ambassador to the United Nations Agencies for Food and Agriculture' 'In office November 5, 2021 – April 5, 2023'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "After her father died in 2000 she became chair of Hensley & Co.",
        "After her father died in 2004 she became chair of Hensley & Co.",
        c(
            CONTRADICTED,
            "cindy-mccain",
            "'Upon her father's death in 2000, she inherited majority control and became chair of Hensley & Co.'",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "born in Phoenix, Arizona",
        "born in Tucson, Arizona",
        c(
            CONTRADICTED,
            "cindy-mccain",
            "'McCain was born and raised in Phoenix, Arizona'; 'Phoenix, Arizona, U.S.'",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "succeeded Ertharin Cousin",
        "succeeded Josette Sheeran",
        c(
            CONTRADICTED,
            "david-beasley david-beasley-2021",
            "'Office: 13th Executive Director of the World Food Programme' 'Predecessor: Ertharin Cousin'; 'Preceded byErtharin Cousin'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "David Beasley, until Wednesday",
        "Ertharin Cousin, until Wednesday",
        c(
            CONTRADICTED,
            "david-beasley david-beasley-2021",
            "'13th Executive Director of the World Food Programme' 'Term Start: April 4, 2017' 'Predecessor: Ertharin Cousin': Cousin's term ended when Beasley's began",
        ),
        "past holder as current",
    ),
    (
        "v10-ordinal",
        "South Carolina's 113th governor",
        "South Carolina's 112th governor",
        c(
            CONTRADICTED,
            "david-beasley david-beasley-2021",
            "'Order1: 113th Governor of South Carolina'; 'the 113th governor of South Carolina'",
        ),
        "wrong ordinal",
    ),
    (
        "v11-age",
        "Beasley, 66,",
        "Beasley, 62,",
        c(
            CONTRADICTED,
            "david-beasley david-beasley-2021",
            "'born February 26, 1957': 66 on 2023-04-03, not 62",
        ),
        "wrong duration or age",
    ),
    (
        "v12-tenure",
        "leaves after six years on the job",
        "leaves after eight years on the job",
        c(
            CONTRADICTED,
            "david-beasley",
            "'Term Start: April 4, 2017' 'Term End: April 5, 2023': six years, not eight",
        ),
        "wrong duration or age",
    ),
    (
        "v13-state-senate",
        "Beasley was elected to the state House of Representatives at 20",
        "Beasley was elected to the state Senate at 20",
        c(
            CONTRADICTED,
            "david-beasley david-beasley-2021",
            "'Elected to the South Carolina House of Representatives at age 20'; 'State House2: South Carolina' 'District2: 56th'",
        ),
        "sibling office",
    ),
]:
    CHANGES.append(Change("wfp-2023-04-03", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-turned-66",
        "Beasley, 66,",
        "Beasley, who turned 66 in February,",
        c(SUPPORTED, "david-beasley david-beasley-2021", "'born February 26, 1957': 66 since 2023-02-26"),
        "who turned 66 in February",
    ),
    (
        "r02-thirteenth",
        "the agency's 13th executive director",
        "the thirteenth person to lead the agency as executive director",
        c(SUPPORTED, "david-beasley", "'Office: 13th Executive Director of the World Food Programme'"),
        None,
    ),
]:
    CHANGES.append(Change("wfp-2023-04-03", name, old, new, claim, None, key))

# ---------------------------------------------------------------- World Food Programme: McCain in office, 11 April 2023
BASES.append(
    Base(
        "wfp-2023-04-11",
        "2023-04-11",
        "tuning",
        """New WFP chief McCain takes charge of a stretched agency

By our Rome correspondent

Cindy McCain, executive director of the UN World Food Programme since April 5, spent her first week in Rome meeting donors, aides said on Tuesday.

McCain, 68, succeeded David Beasley, the former governor of South Carolina, who had led the agency since 2017. Beasley's six-year tenure included the 2020 Nobel Peace Prize. She reports to UN Secretary-General António Guterres.

To take the job she gave up her post as the 12th U.S. ambassador to the UN Agencies for Food and Agriculture, which she had held since November 2021. Rodney Hunter is in charge of the U.S. mission as chargé d'affaires.

The agency, founded in 1961, is headquartered in Rome and has offices in 87 countries. It calls itself the world's largest humanitarian organization and is the leading provider of school meals; it also manages the United Nations Humanitarian Air Service. Its parent body is the UN General Assembly. Its deputy executive director is Carl Skau.

A Phoenix native and a Republican, McCain is the widow of Sen. John McCain, who was the party's presidential nominee in 2008. They married in 1980, and the couple moved to Arizona in 1981, where he was elected to Congress the following year and re-elected five more times. She has four children, including Meghan.

Timeline: Cindy McCain
1954 - born in Phoenix on May 20
2000 - becomes chair of Hensley & Co. on her father's death
2021 - named ambassador by President Joe Biden
2023 - takes over the WFP from Beasley

Beasley, 66, is now a law professor.

Donors are expected to give less this year.
""",
        {
            "executive director of the UN World Food Programme since April 5": c(
                SUPPORTED,
                "cindy-mccain david-beasley",
                "'Executive Director of the World Food Programme' 'Assumed office April 5, 2023'; Beasley 'Term End: April 5, 2023' 'Successor: Cindy McCain'",
            ),
            "McCain, 68,": c(SUPPORTED, "cindy-mccain", "'born May 20, 1954': 68 on 2023-04-11"),
            "succeeded David Beasley": c(
                SUPPORTED,
                "cindy-mccain david-beasley",
                "'Executive Director of the World Food Programme' 'Preceded byDavid Beasley'; 'Successor: Cindy McCain'",
            ),
            "the former governor of South Carolina": c(
                SUPPORTED,
                "david-beasley",
                "'Order1: 113th Governor of South Carolina' 'Term End1: January 13, 1999'",
            ),
            "who had led the agency since 2017": c(
                SUPPORTED,
                "david-beasley",
                "'13th Executive Director of the World Food Programme' 'Term Start: April 4, 2017'",
            ),
            "Beasley's six-year tenure": c(
                SUPPORTED, "david-beasley", "'Term Start: April 4, 2017' 'Term End: April 5, 2023': six years"
            ),
            "included the 2020 Nobel Peace Prize": c(
                SUPPORTED,
                "world-food-programme david-beasley",
                "'The World Food Programme was awarded the Nobel Peace Prize in 2020'; Beasley's term 'April 4, 2017' to 'April 5, 2023'",
            ),
            "She reports to UN Secretary-General António Guterres": c(
                SUPPORTED,
                "cindy-mccain",
                "'Executive Director of the World Food Programme' 'Assumed office April 5, 2023' 'Secretary GeneralAntónio Guterres'",
            ),
            "the 12th U.S. ambassador to the UN Agencies for Food and Agriculture": c(
                SUPPORTED,
                "cindy-mccain",
                "'12th United States Ambassador to the United Nations Agencies for Food and Agriculture' 'In office November 5, 2021 – April 5, 2023'",
            ),
            "which she had held since November 2021": c(
                SUPPORTED, "cindy-mccain", "'In office November 5, 2021 – April 5, 2023'"
            ),
            "Rodney Hunter is in charge of the U.S. mission as chargé d'affaires": c(
                SUPPORTED, "cindy-mccain", "'Succeeded byRodney Hunter (Chargé d'Affaires)'"
            ),
            "The agency, founded in 1961": c(
                SUPPORTED, "world-food-programme", "'Formation | 19 December 1961 |'; 'Founded in 1961'"
            ),
            "is headquartered in Rome": c(
                SUPPORTED, "world-food-programme", "'WFP is headquartered in Rome'; 'Headquarters | Rome, Italy |'"
            ),
            "has offices in 87 countries": c(
                UNVERIFIED,
                "world-food-programme",
                "'has offices in 87 countries' is from a copy written in 2024 or later with no date for the count: no stored page gives it as of April 2023",
            ),
            "the world's largest humanitarian organization": c(
                SUPPORTED, "world-food-programme", "'It is the world's largest humanitarian organization'"
            ),
            "the leading provider of school meals": c(
                SUPPORTED, "world-food-programme", "'and the leading provider of school meals'"
            ),
            "manages the United Nations Humanitarian Air Service": c(
                SUPPORTED,
                "world-food-programme",
                "'through its management of the United Nations Humanitarian Air Service (UNHAS)'",
            ),
            "Its parent body is the UN General Assembly": c(
                SUPPORTED, "world-food-programme", "'Parent organization | United Nations General Assembly |'"
            ),
            "Its deputy executive director is Carl Skau": c(
                UNVERIFIED,
                "world-food-programme",
                "'Deputy Executive Director | Carl Skau |' is from a copy written in 2024 or later, with no start date: no stored page says who was deputy in April 2023",
            ),
            "A Phoenix native": c(SUPPORTED, "cindy-mccain", "'McCain was born and raised in Phoenix, Arizona'"),
            "a Republican": c(SUPPORTED, "cindy-mccain", "'Political partyRepublican'"),
            "who was the party's presidential nominee in 2008": c(
                SUPPORTED,
                "cindy-mccain",
                "'She is the widow of U.S. Senator John McCain from Arizona, who was the 2008 Republican presidential nominee'",
            ),
            "They married in 1980": c(
                SUPPORTED, "cindy-mccain", "'She married John McCain in 1980'; 'Spouse (m. 1980; died 2018)'"
            ),
            "the couple moved to Arizona in 1981": c(
                SUPPORTED, "cindy-mccain", "'the couple moved to Arizona in 1981'"
            ),
            "he was elected to Congress the following year": c(
                SUPPORTED,
                "cindy-mccain",
                "'where her husband was elected to the United States Congress the following year'",
            ),
            "re-elected five more times": c(SUPPORTED, "cindy-mccain", "'and reelected five more times'"),
            "She has four children, including Meghan": c(SUPPORTED, "cindy-mccain", "'Children4, including Meghan'"),
            "1954 - born in Phoenix on May 20": c(
                SUPPORTED, "cindy-mccain", "'born May 20, 1954'; 'Phoenix, Arizona, U.S.'"
            ),
            "2000 - becomes chair of Hensley & Co. on her father's death": c(
                SUPPORTED,
                "cindy-mccain",
                "'Upon her father's death in 2000, she inherited majority control and became chair of Hensley & Co.'",
            ),
            "2021 - named ambassador by President Joe Biden": c(
                SUPPORTED,
                "cindy-mccain",
                "'12th United States Ambassador to the United Nations Agencies for Food and Agriculture' 'November 5, 2021' 'PresidentJoe Biden'",
            ),
            "2023 - takes over the WFP from Beasley": c(
                SUPPORTED, "cindy-mccain", "'Assumed office April 5, 2023' 'Preceded byDavid Beasley'"
            ),
            "Beasley, 66,": c(SUPPORTED, "david-beasley", "'born February 26, 1957': 66 on 2023-04-11"),
            "is now a law professor": c(
                UNVERIFIED,
                "david-beasley",
                "'an American politician, law professor, and the former executive director' is from a copy written after 5 April 2023 (exact date unknown): no stored page dates his professorship",
            ),
            "Donors are expected to give less this year": c(
                UNVERIFIED, "", "a forecast: no stored page reports what donors were expected to give in 2023"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-deputy",
        "executive director of the UN World Food Programme since April 5",
        "deputy executive director of the UN World Food Programme since April 5",
        c(
            CONTRADICTED,
            "cindy-mccain",
            "'Executive Director of the World Food Programme' 'Assumed office April 5, 2023': the office itself, not its deputy",
        ),
        "vice or deputy",
    ),
    (
        "v02-security-council",
        "Its parent body is the UN General Assembly",
        "Its parent body is the UN Security Council",
        c(CONTRADICTED, "world-food-programme", "'Parent organization | United Nations General Assembly |'"),
        "sibling office",
    ),
    (
        "v03-country",
        "the 12th U.S. ambassador to the UN Agencies for Food and Agriculture",
        "the 12th Canadian ambassador to the UN Agencies for Food and Agriculture",
        c(
            CONTRADICTED,
            "cindy-mccain",
            "'12th United States Ambassador to the United Nations Agencies for Food and Agriculture'",
        ),
        "wrong country",
    ),
    (
        "v04-reelections",
        "re-elected five more times",
        "re-elected three more times",
        c(CONTRADICTED, "cindy-mccain", "'and reelected five more times'"),
        "wrong count",
    ),
    (
        "v05-date",
        "executive director of the UN World Food Programme since April 5",
        "executive director of the UN World Food Programme since April 1",
        c(
            CONTRADICTED,
            "cindy-mccain david-beasley",
            "'Assumed office April 5, 2023'; Beasley 'Term End: April 5, 2023'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "The agency, founded in 1961",
        "The agency, founded in 1965",
        c(CONTRADICTED, "world-food-programme", "'Formation | 19 December 1961 |'; 'Founded in 1961'"),
        "wrong year",
    ),
    (
        "v07-place",
        "is headquartered in Rome",
        "is headquartered in Geneva",
        c(CONTRADICTED, "world-food-programme", "'WFP is headquartered in Rome'; 'Headquarters | Rome, Italy |'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "succeeded David Beasley",
        "succeeded Ertharin Cousin",
        c(
            CONTRADICTED,
            "cindy-mccain david-beasley",
            "'Preceded byDavid Beasley'; Beasley 'Predecessor: Ertharin Cousin' (Cousin's term ended in 2017)",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "Rodney Hunter is in charge of the U.S. mission as chargé d'affaires",
        "Kip E. Tom is in charge of the U.S. mission as chargé d'affaires",
        c(
            CONTRADICTED,
            "cindy-mccain",
            "'Preceded byKip E. Tom' 'Succeeded byRodney Hunter (Chargé d'Affaires)': Tom held the post before November 2021",
        ),
        "past holder as current",
    ),
    (
        "v10-ordinal",
        "the 12th U.S. ambassador to the UN Agencies for Food and Agriculture",
        "the 14th U.S. ambassador to the UN Agencies for Food and Agriculture",
        c(
            CONTRADICTED,
            "cindy-mccain",
            "'12th United States Ambassador to the United Nations Agencies for Food and Agriculture'",
        ),
        "wrong ordinal",
    ),
    (
        "v11-age",
        "McCain, 68,",
        "McCain, 72,",
        c(CONTRADICTED, "cindy-mccain", "'born May 20, 1954': 68 on 2023-04-11, not 72"),
        "wrong duration or age",
    ),
    (
        "v12-tenure",
        "Beasley's six-year tenure",
        "Beasley's four-year tenure",
        c(CONTRADICTED, "david-beasley", "'Term Start: April 4, 2017' 'Term End: April 5, 2023': six years, not four"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("wfp-2023-04-11", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-took-office",
        "executive director of the UN World Food Programme since April 5",
        "executive director of the UN World Food Programme, who took office on April 5",
        c(
            SUPPORTED,
            "cindy-mccain",
            "'Executive Director of the World Food Programme' 'Assumed office April 5, 2023'",
        ),
        None,
    ),
    (
        "r02-set-up",
        "The agency, founded in 1961",
        "The agency, set up in 1961",
        c(SUPPORTED, "world-food-programme", "'Formation | 19 December 1961 |'; 'Founded in 1961'"),
        None,
    ),
]:
    CHANGES.append(Change("wfp-2023-04-11", name, old, new, claim, None, key))

# ---------------------------------------------------------------- Senegal's change of president: Faye president-elect, 29 March 2024
# Written blind (see the README): the articles and labels come from the stored pages only. Both bases are HELD-OUT.
BASES.append(
    Base(
        "sn-2024-03-29",
        "2024-03-29",
        "held-out",
        """Senegal's president-elect Faye to take the oath on Tuesday

DAKAR, March 29 - Senegal's president-elect, Bassirou Diomaye Faye, a former tax official who won Senegal's presidential election in place of disqualified candidate Ousmane Sonko, will be sworn in as the country's fifth president on Tuesday, April 2, taking over from President Macky Sall.

Faye, who turned 44 on Monday, has never held elected office. Officials said he won 54.28 percent of the vote, and the Constitutional Council confirmed the result this week. He was freed from prison less than two weeks before the vote.

Born in Ndiaganiao, a village in the department of M'bour, Faye is a member of the Serer ethnic group. His middle name, Diomaye, means "honourable" in Serer. He studied at Cheikh Anta Diop University and trained at the National School of Administration before joining the tax service. He has five children.

Faye has been the general secretary of PASTEF since October 2022, a party he joined in 2014.

The outgoing president

Sall, 62, has led the country since 2 April 2012, when he succeeded Abdoulaye Wade. Born in Fatick, he was mayor of his home town while rising in the Senegalese Democratic Party. He served as prime minister under Wade from 2004 to 2007, the eighth person to hold that post, then as President of the National Assembly until November 2008. After a falling-out with Wade he left the party, after which he founded the Alliance for the Republic.

Sall, who chaired the African Union from February 2022 to February 2023, will leave office with his wife, Marieme Faye Sall, after twelve years.

Q&A: the presidency

What does the president do? The president is the head of state and head of government of Senegal.

How long is a term? Five years, renewable once, since a referendum in 2016.

Where does the president live? The official residence is the Palace of the Republic.

Who was the first? Léopold Sédar Senghor, when the office was created on 6 September 1960.
""",
        {
            "Senegal's president-elect, Bassirou Diomaye Faye": c(
                SUPPORTED,
                "bassirou-diomaye-faye macky-sall",
                "'won the 2024 Senegalese presidential election'; 'Term Start: 2 April 2024' (after as_of); Sall 'Term End: 2 April 2024': elected, not yet in office on 2024-03-29",
            ),
            "a former tax official": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'a Senegalese politician and former tax official'; 'Occupation: Politician, tax official'",
            ),
            "won Senegal's presidential election in place of disqualified candidate Ousmane Sonko": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'who won the 2024 Senegalese presidential election in place of disqualified candidate Ousmane Sonko'",
            ),
            "will be sworn in as the country's fifth president": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'Order: 5th' 'Office: President of Senegal' 'Term Start: 2 April 2024'; 'the fifth and current president of Senegal' (a forecast at as_of that the day fulfilled)",
            ),
            "on Tuesday, April 2": c(
                SUPPORTED,
                "bassirou-diomaye-faye president-of-senegal",
                "'Term Start: 2 April 2024' (a Tuesday); 'Bassirou Diomaye Faye since 2 April 2024'",
            ),
            "taking over from President Macky Sall": c(
                SUPPORTED,
                "bassirou-diomaye-faye macky-sall president-of-senegal-2023",
                "'Predecessor: Macky Sall'; Sall 'Office: President of Senegal' 'Term Start: 2 April 2012' 'Term End: 2 April 2024' 'Successor: Bassirou Diomaye Faye': president on 2024-03-29",
            ),
            "Faye, who turned 44 on Monday": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'born 25 March 1980': 44 on Monday 25 March 2024, four days before as_of",
            ),
            "has never held elected office": c(
                UNVERIFIED,
                "",
                "the stored pages list his party post and tax career but do not say whether he ever held an elected office",
            ),
            "he won 54.28 percent of the vote": c(
                UNVERIFIED, "", "no stored page gives the result or the vote share of the 2024 election"
            ),
            "the Constitutional Council confirmed the result this week": c(
                UNVERIFIED, "", "no stored page says who confirmed the result or when"
            ),
            "He was freed from prison less than two weeks before the vote": c(
                UNVERIFIED, "", "no stored page mentions his imprisonment or release, nor the date of the vote"
            ),
            "Born in Ndiaganiao": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'Birth Place: Ndiaganiao, Senegal'; 'Faye was born on 25 March 1980 in Ndiaganiao'",
            ),
            "a village in the department of M'bour": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'in Ndiaganiao, in the western department of M'bour, Senegal'; 'Having had a traditional village upbringing'",
            ),
            "Faye is a member of the Serer ethnic group": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'He is a member of the Serer ethnic group from the noble Faye family.'",
            ),
            'His middle name, Diomaye, means "honourable" in Serer': c(
                SUPPORTED, "bassirou-diomaye-faye", '\'His middle name, "Diomaye", means "honourable" in Serer.\''
            ),
            "He studied at Cheikh Anta Diop University": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'Alma Mater: National School of Administration, Dakar, Cheikh Anta Diop University'",
            ),
            "trained at the National School of Administration": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'Alma Mater: National School of Administration, Dakar, Cheikh Anta Diop University' (the copy is cut off before the section on his training)",
            ),
            "He has five children": c(SUPPORTED, "bassirou-diomaye-faye", "'Children: 5'"),
            "the general secretary of PASTEF since October 2022": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'Office1: General Secretary of PASTEF' 'Term Start1: 15 October 2022' 'Term End1: 3 April 2024': covers 2024-03-29",
            ),
            "a party he joined in 2014": c(SUPPORTED, "bassirou-diomaye-faye", "'Party: PASTEF (since 2014)'"),
            "Sall, 62,": c(SUPPORTED, "macky-sall", "'born 11 December 1961': 62 on 2024-03-29"),
            "has led the country since 2 April 2012": c(
                SUPPORTED,
                "macky-sall president-of-senegal-2023",
                "'Term Start: 2 April 2012' 'Term End: 2 April 2024'; 'Macky Sall since 2 April 2012'",
            ),
            "when he succeeded Abdoulaye Wade": c(SUPPORTED, "macky-sall", "'Predecessor: Abdoulaye Wade'"),
            "Born in Fatick, he was mayor of his home town": c(
                SUPPORTED,
                "macky-sall",
                "'Birth Place: Fatick, Senegal'; 'Office3: Mayor of Fatick'; 'Sall served as the Mayor of Fatick from 2002 to 2008 and held that post again from 2009 to 2012'",
            ),
            "rising in the Senegalese Democratic Party": c(
                SUPPORTED, "macky-sall", "'He was a long-time member of the Senegalese Democratic Party (PDS).'"
            ),
            "He served as prime minister under Wade from 2004 to 2007": c(
                SUPPORTED,
                "macky-sall",
                "'Office1: Prime Minister of Senegal' 'President1: Abdoulaye Wade' 'Term Start1: 21 July 2004' 'Term End1: 19 June 2007'; 'the eighth prime minister from 2004 to 2007, under President Abdoulaye Wade'",
            ),
            "the eighth person to hold that post": c(
                SUPPORTED,
                "macky-sall",
                "'Order1: 8th' 'Office1: Prime Minister of Senegal'; 'the eighth prime minister'",
            ),
            "then as President of the National Assembly until November 2008": c(
                SUPPORTED,
                "macky-sall",
                "'Office2: President of the National Assembly' 'Term Start2: 20 June 2007' 'Term End2: 9 November 2008'",
            ),
            "After a falling-out with Wade he left the party": c(
                SUPPORTED,
                "macky-sall",
                "'He was a long-time member of the Senegalese Democratic Party (PDS). After coming into conflict with Wade'; 'Party: Senegalese Democratic Party , Alliance for the Republic'",
            ),
            "he founded the Alliance for the Republic": c(
                UNVERIFIED,
                "macky-sall",
                "the copy stops at 'he consequently founded' before the party's name; 'Party: Senegalese Democratic Party , Alliance for the Republic' makes him a member, not its founder",
            ),
            "Sall, who chaired the African Union from February 2022 to February 2023": c(
                SUPPORTED,
                "macky-sall",
                "'Office5: 20th Chairperson of the African Union' 'Term Start5: 5 February 2022' 'Term End5: 18 February 2023'",
            ),
            "his wife, Marieme Faye Sall": c(SUPPORTED, "macky-sall", "'Spouse: Marieme Faye Sall'"),
            "after twelve years": c(
                SUPPORTED, "macky-sall", "'Term Start: 2 April 2012' 'Term End: 2 April 2024': twelve years to the day"
            ),
            "The president is the head of state and head of government of Senegal": c(
                SUPPORTED,
                "president-of-senegal president-of-senegal-2023",
                "'The president of Senegal (French: Président du Sénégal) is the head of state and head of government of Senegal.'",
            ),
            "Five years, renewable once, since a referendum in 2016": c(
                SUPPORTED,
                "president-of-senegal president-of-senegal-2023",
                "'since a referendum that took place on 20 March 2016, the president is elected for a 5-year term, with a limit of two consecutive terms'; 'Term length5 years, renewable once'",
            ),
            "The official residence is the Palace of the Republic": c(
                SUPPORTED,
                "president-of-senegal president-of-senegal-2023",
                "'ResidencePalace of the Republic'",
            ),
            "Léopold Sédar Senghor, when the office was created on 6 September 1960": c(
                SUPPORTED,
                "president-of-senegal president-of-senegal-2023",
                "'Inaugural holderLéopold Sédar Senghor' 'Formation6 September 1960'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-senate",
        "then as President of the National Assembly until November 2008",
        "then as President of the Senate until November 2008",
        c(
            CONTRADICTED,
            "macky-sall",
            "'Office2: President of the National Assembly' 'Term Start2: 20 June 2007' 'Term End2: 9 November 2008'; 'president of the National Assembly from 2007 to 2008'",
        ),
        "sibling office",
    ),
    (
        "v02-deputy-general-secretary",
        "the general secretary of PASTEF since October 2022",
        "the deputy general secretary of PASTEF since October 2022",
        c(
            CONTRADICTED,
            "bassirou-diomaye-faye",
            "'Office1: General Secretary of PASTEF' 'Term Start1: 15 October 2022'; 'He was previously the general secretary of PASTEF'",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "won Senegal's presidential election in place of disqualified candidate Ousmane Sonko",
        "won Mali's presidential election in place of disqualified candidate Ousmane Sonko",
        c(
            CONTRADICTED,
            "bassirou-diomaye-faye",
            "'who won the 2024 Senegalese presidential election in place of disqualified candidate Ousmane Sonko'",
        ),
        "wrong country",
    ),
    (
        "v04-children",
        "He has five children",
        "He has four children",
        c(CONTRADICTED, "bassirou-diomaye-faye", "'Children: 5'"),
        "wrong count",
    ),
    (
        "v05-date",
        "on Tuesday, April 2",
        "on Tuesday, April 9",
        c(
            CONTRADICTED,
            "bassirou-diomaye-faye president-of-senegal macky-sall",
            "'Term Start: 2 April 2024'; 'Bassirou Diomaye Faye since 2 April 2024'; Sall 'Term End: 2 April 2024'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "a party he joined in 2014",
        "a party he joined in 2017",
        c(CONTRADICTED, "bassirou-diomaye-faye", "'Party: PASTEF (since 2014)'"),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "Born in Ndiaganiao",
        "Born in Ziguinchor",
        c(
            CONTRADICTED,
            "bassirou-diomaye-faye",
            "'Birth Place: Ndiaganiao, Senegal'; 'Faye was born on 25 March 1980 in Ndiaganiao, in the western department of M'bour'",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "when he succeeded Abdoulaye Wade",
        "when he succeeded Abdou Diouf",
        c(CONTRADICTED, "macky-sall", "'Predecessor: Abdoulaye Wade'"),
        "wrong predecessor or successor",
    ),
    (
        "v09-au-chair",
        "Sall, who chaired the African Union from February 2022 to February 2023",
        "Sall, the current chairman of the African Union",
        c(
            CONTRADICTED,
            "macky-sall",
            "'Office5: 20th Chairperson of the African Union' 'Term End5: 18 February 2023' 'Successor5: Azali Assoumani': not the chair on 2024-03-29",
        ),
        "past holder as current",
    ),
    (
        "v10-president-early",
        "Senegal's president-elect, Bassirou Diomaye Faye",
        "Senegal's president, Bassirou Diomaye Faye",
        c(
            CONTRADICTED,
            "bassirou-diomaye-faye macky-sall",
            "'Term Start: 2 April 2024', after as_of; Sall 'Term End: 2 April 2024': Sall was president on 2024-03-29",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "will be sworn in as the country's fifth president",
        "will be sworn in as the country's sixth president",
        c(
            CONTRADICTED,
            "bassirou-diomaye-faye macky-sall",
            "'Order: 5th'; 'the fifth and current president of Senegal'; Sall 'Order: 4th'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Sall, 62,",
        "Sall, 64,",
        c(CONTRADICTED, "macky-sall", "'born 11 December 1961': 62 on 2024-03-29, not 64"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("sn-2024-03-29", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-aged",
        "Sall, 62,",
        "Sall, aged 62,",
        c(SUPPORTED, "macky-sall", "'born 11 December 1961': 62 on 2024-03-29"),
        None,
    ),
    (
        "r02-day-first",
        "on Tuesday, April 2",
        "on Tuesday 2 April",
        c(
            SUPPORTED,
            "bassirou-diomaye-faye president-of-senegal",
            "'Term Start: 2 April 2024' (a Tuesday); 'Bassirou Diomaye Faye since 2 April 2024'",
        ),
        None,
    ),
]:
    CHANGES.append(Change("sn-2024-03-29", name, old, new, claim, None, key))

# ---------------------------------------------------------------- Senegal's change of president: Faye in office, 5 April 2024
BASES.append(
    Base(
        "sn-2024-04-05",
        "2024-04-05",
        "held-out",
        """Faye's first week: Sonko in charge of the government, Daffé at the party

DAKAR, April 5 - President Bassirou Diomaye Faye, who has been in office since Tuesday, has named Ousmane Sonko as prime minister, entrusting the government to the man whose disqualification put him on the ballot.

Faye, 44, Senegal's fifth president, stepped down as PASTEF's general secretary on Wednesday and was replaced by Ayib Daffé. He had held the post since it was created in October 2022, while Sonko led the party.

Prime Minister Ousmane Sonko is expected to present his cabinet in the coming days. Amadou Ba, who finished second in the election, has congratulated Faye on his victory.

Faye's roots are in the Serer country. His father, Samba Faye, was a long-time member of the Socialist Party of Senegal, and his grandfather fought for France in the First World War as a Senegalese Tirailleur.

Former president Macky Sall, the fourth president, handed over at the Palace of the Republic after the inauguration at Diamniadio. Sall, who led the country for 12 years, had been Wade's prime minister from July 2004 to June 2007, when he succeeded Idrissa Seck. His prime ministers as president included Amadou Ba and Sidiki Kaba. Sall, whose home town is Fatick, was born there in 1961.

Timeline: how the office has changed

1960 - Léopold Sédar Senghor becomes the first president after independence from France.
1991 - The presidential term is extended from five to seven years.
2001 - A referendum brings it back to five years.
2008 - The National Assembly restores the seven-year term.
2016 - A referendum sets today's five-year term, with a limit of two consecutive terms.
25 March 2024 - Faye turns 44, eight days before he takes office.
2 April 2024 - Faye is sworn in, succeeding Sall.

The president's salary is 9,278,556 West African CFA francs a year.
""",
        {
            "President Bassirou Diomaye Faye": c(
                SUPPORTED,
                "bassirou-diomaye-faye president-of-senegal",
                "'Office: President of Senegal' 'Term Start: 2 April 2024'; 'Bassirou Diomaye Faye since 2 April 2024': in office on 2024-04-05",
            ),
            "who has been in office since Tuesday": c(
                SUPPORTED,
                "bassirou-diomaye-faye president-of-senegal",
                "'Term Start: 2 April 2024' (Tuesday, three days before as_of)",
            ),
            "has named Ousmane Sonko as prime minister": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'Primeminister: Ousmane Sonko'; 'disqualified candidate Ousmane Sonko, whom he later appointed as prime minister'",
            ),
            "the man whose disqualification put him on the ballot": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'won the 2024 Senegalese presidential election in place of disqualified candidate Ousmane Sonko'",
            ),
            "Faye, 44,": c(SUPPORTED, "bassirou-diomaye-faye", "'born 25 March 1980': 44 on 2024-04-05"),
            "Senegal's fifth president": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'Order: 5th' 'Office: President of Senegal'; 'the fifth and current president of Senegal'",
            ),
            "stepped down as PASTEF's general secretary on Wednesday": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'Office1: General Secretary of PASTEF' 'Term End1: 3 April 2024' (a Wednesday); 'He was previously the general secretary of PASTEF'",
            ),
            "was replaced by Ayib Daffé": c(SUPPORTED, "bassirou-diomaye-faye", "'Successor1: Ayib Daffé'"),
            "He had held the post since it was created in October 2022": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'Term Start1: 15 October 2022' 'Predecessor1: Position established'",
            ),
            "while Sonko led the party": c(
                SUPPORTED, "bassirou-diomaye-faye", "'Office1: General Secretary of PASTEF' 'Leader1: Ousmane Sonko'"
            ),
            "Prime Minister Ousmane Sonko": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'Primeminister: Ousmane Sonko'; 'whom he later appointed as prime minister'",
            ),
            "Amadou Ba, who finished second in the election": c(
                UNVERIFIED,
                "",
                "no stored page gives the 2024 election's candidates or results (Sall's page lists Amadou Ba among his prime ministers only)",
            ),
            "has congratulated Faye on his victory": c(UNVERIFIED, "", "no stored page mentions any congratulation"),
            "Faye's roots are in the Serer country": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'He is a member of the Serer ethnic group'; 'typical of his land, Ndiaganiao, in Serer country'",
            ),
            "His father, Samba Faye, was a long-time member of the Socialist Party of Senegal": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'His father, Samba Faye, a long-time member of the Socialist Party of Senegal'",
            ),
            "his grandfather fought for France in the First World War as a Senegalese Tirailleur": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'His grandfather fought for France during World War I as a Senegalese Tirailleur'",
            ),
            "Former president Macky Sall": c(
                SUPPORTED,
                "macky-sall",
                "'Office: President of Senegal' 'Term End: 2 April 2024'; 'served as the fourth president of Senegal from 2012 to 2024'",
            ),
            "the fourth president": c(
                SUPPORTED,
                "macky-sall",
                "'Order: 4th' 'Office: President of Senegal'; 'the fourth president of Senegal'",
            ),
            "handed over at the Palace of the Republic": c(
                UNVERIFIED,
                "president-of-senegal",
                "no stored page says where the handover took place ('ResidencePalace of the Republic' names the residence only)",
            ),
            "after the inauguration at Diamniadio": c(UNVERIFIED, "", "no stored page says where Faye was sworn in"),
            "Sall, who led the country for 12 years": c(
                SUPPORTED,
                "macky-sall",
                "'Term Start: 2 April 2012' 'Term End: 2 April 2024'; 'the fourth president of Senegal from 2012 to 2024'",
            ),
            "had been Wade's prime minister from July 2004 to June 2007": c(
                SUPPORTED,
                "macky-sall",
                "'Office1: Prime Minister of Senegal' 'President1: Abdoulaye Wade' 'Term Start1: 21 July 2004' 'Term End1: 19 June 2007'",
            ),
            "when he succeeded Idrissa Seck": c(SUPPORTED, "macky-sall", "'Predecessor1: Idrissa Seck'"),
            "His prime ministers as president included Amadou Ba and Sidiki Kaba": c(
                SUPPORTED,
                "macky-sall",
                "'Primeminister: Abdoul Mbaye, Aminata Touré (Senegalese politician), Aminata Touré, Mahammed Dionne, Amadou Ba, Sidiki Kaba'",
            ),
            "whose home town is Fatick": c(
                SUPPORTED,
                "macky-sall",
                "'Birth Place: Fatick, Senegal'; 'Sall served as the Mayor of Fatick from 2002 to 2008 and held that post again from 2009 to 2012'",
            ),
            "was born there in 1961": c(
                SUPPORTED, "macky-sall", "'Birth Place: Fatick, Senegal'; 'born 11 December 1961'"
            ),
            "1960 - Léopold Sédar Senghor becomes the first president after independence from France": c(
                SUPPORTED,
                "president-of-senegal",
                "'Inaugural holderLéopold Sédar Senghor' 'Formation6 September 1960'; 'since the country gained independence from France in 1960'",
            ),
            "1991 - The presidential term is extended from five to seven years": c(
                SUPPORTED,
                "president-of-senegal",
                "'In 1991, presidential term lengths were extended from five to seven years.'",
            ),
            "2001 - A referendum brings it back to five years": c(
                SUPPORTED,
                "president-of-senegal",
                "'In January 2001, during Abdoulaye Wade's first term, a constitutional referendum reduced the presidential term back to five years.'",
            ),
            "2008 - The National Assembly restores the seven-year term": c(
                SUPPORTED,
                "president-of-senegal",
                "'In July 2008, during Wade's second term, the National Assembly approved a constitutional amendment increasing the length of the presidential term back to seven years'",
            ),
            "2016 - A referendum sets today's five-year term, with a limit of two consecutive terms": c(
                SUPPORTED,
                "president-of-senegal",
                "'since a referendum that took place on 20 March 2016, the president is elected for a 5-year term, with a limit of two consecutive terms'",
            ),
            "Faye turns 44, eight days before he takes office": c(
                SUPPORTED,
                "bassirou-diomaye-faye",
                "'born 25 March 1980'; 'Term Start: 2 April 2024': 44 on 25 March 2024, eight days before",
            ),
            "2 April 2024 - Faye is sworn in, succeeding Sall": c(
                SUPPORTED,
                "bassirou-diomaye-faye macky-sall",
                "'Term Start: 2 April 2024' 'Predecessor: Macky Sall'; Sall 'Successor: Bassirou Diomaye Faye'",
            ),
            "The president's salary is 9,278,556 West African CFA francs a year": c(
                SUPPORTED, "president-of-senegal", "'Salary9,278,556 West African CFA francs annually'"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-finance-minister",
        "had been Wade's prime minister from July 2004 to June 2007",
        "had been Wade's finance minister from July 2004 to June 2007",
        c(
            CONTRADICTED,
            "macky-sall",
            "'Office1: Prime Minister of Senegal' 'President1: Abdoulaye Wade' 'Term Start1: 21 July 2004' 'Term End1: 19 June 2007'; 'the eighth prime minister from 2004 to 2007, under President Abdoulaye Wade'",
        ),
        "sibling office",
    ),
    (
        "v02-deputy-prime-minister",
        "has named Ousmane Sonko as prime minister",
        "has named Ousmane Sonko as deputy prime minister",
        c(
            CONTRADICTED,
            "bassirou-diomaye-faye",
            "'Primeminister: Ousmane Sonko'; 'whom he later appointed as prime minister': the prime minister, not a deputy",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "Senegal's fifth president",
        "Gambia's fifth president",
        c(
            CONTRADICTED,
            "bassirou-diomaye-faye",
            "'Order: 5th' 'Office: President of Senegal'; 'the fifth and current president of Senegal'",
        ),
        "wrong country",
    ),
    (
        "v04-salary",
        "The president's salary is 9,278,556 West African CFA francs a year",
        "The president's salary is 9,728,556 West African CFA francs a year",
        c(CONTRADICTED, "president-of-senegal", "'Salary9,278,556 West African CFA francs annually'"),
        "wrong count",
    ),
    (
        "v05-date",
        "stepped down as PASTEF's general secretary on Wednesday",
        "stepped down as PASTEF's general secretary on Monday",
        c(
            CONTRADICTED,
            "bassirou-diomaye-faye",
            "'Office1: General Secretary of PASTEF' 'Term End1: 3 April 2024': a Wednesday, not Monday 1 April",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "1991 - The presidential term is extended from five to seven years",
        "1993 - The presidential term is extended from five to seven years",
        c(
            CONTRADICTED,
            "president-of-senegal",
            "'In 1991, presidential term lengths were extended from five to seven years.'",
        ),
        "wrong year",
    ),
    (
        "v07-home-town",
        "whose home town is Fatick",
        "whose home town is Kaolack",
        c(
            CONTRADICTED,
            "macky-sall",
            "'Birth Place: Fatick, Senegal'; 'Sall served as the Mayor of Fatick': his home town is Fatick",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "when he succeeded Idrissa Seck",
        "when he succeeded Mame Madior Boye",
        c(CONTRADICTED, "macky-sall", "'Office1: Prime Minister of Senegal' 'Predecessor1: Idrissa Seck'"),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "Former president Macky Sall",
        "President Macky Sall",
        c(
            CONTRADICTED,
            "macky-sall bassirou-diomaye-faye president-of-senegal",
            "Sall 'Term End: 2 April 2024'; Faye 'Term Start: 2 April 2024'; 'Bassirou Diomaye Faye since 2 April 2024'",
        ),
        "past holder as current",
    ),
    (
        "v10-president-on-birthday",
        "Faye turns 44, eight days before he takes office",
        "President Faye turns 44",
        c(
            CONTRADICTED,
            "bassirou-diomaye-faye macky-sall",
            "'born 25 March 1980'; 'Term Start: 2 April 2024': on 25 March 2024 Sall was president ('Term End: 2 April 2024')",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "the fourth president",
        "the third president",
        c(CONTRADICTED, "macky-sall", "'Order: 4th'; 'the fourth president of Senegal'"),
        "wrong ordinal",
    ),
    (
        "v12-duration",
        "Sall, who led the country for 12 years",
        "Sall, who led the country for 14 years",
        c(
            CONTRADICTED,
            "macky-sall",
            "'Term Start: 2 April 2012' 'Term End: 2 April 2024': twelve years, not 14",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("sn-2024-04-05", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-dozen-years",
        "Sall, who led the country for 12 years",
        "Sall, who led the country for a dozen years",
        c(SUPPORTED, "macky-sall", "'Term Start: 2 April 2012' 'Term End: 2 April 2024': twelve years"),
        None,
    ),
    (
        "r02-title-after",
        "Prime Minister Ousmane Sonko",
        "Ousmane Sonko, the new prime minister,",
        c(
            SUPPORTED,
            "bassirou-diomaye-faye",
            "'Primeminister: Ousmane Sonko'; 'whom he later appointed as prime minister'",
        ),
        "Ousmane Sonko, the new prime minister",
    ),
]:
    CHANGES.append(Change("sn-2024-04-05", name, old, new, claim, None, key))

# ---------------------------------------------------------------- Estonia's change of prime minister: Michal nominated, 1 July 2024
# Written blind (see the README): the articles and labels come from the stored pages only. Both bases are HELD-OUT.
BASES.append(
    Base(
        "ee-2024-07-01",
        "2024-07-01",
        "held-out",
        """Estonia's Reform Party picks climate minister Michal to succeed Kallas

TALLINN, July 1 - Estonia's governing Reform Party has nominated Climate Minister Kristen Michal to replace Prime Minister Kaja Kallas, who is leaving Tallinn to become the European Union's foreign policy chief.

The party chose Michal on Saturday, 29 June, two days after EU leaders meeting in Brussels named Kallas as their candidate for High Representative for Foreign Affairs and Security Policy. Her appointment still needs the approval of the European Parliament. Defence Minister Hanno Pevkur, who had also been seen as a contender, stood aside.

Michal, 48, has been climate minister since 17 April 2023. Before that he was justice minister under Andrus Ansip from 2011 to 2012, and minister of economic affairs and infrastructure in Taavi Rõivas's cabinet from 2015 to 2016. Born in Tallinn, he has been a member of the party since 1996 and was its secretary general from 2003 to 2011. In 2002 he was an adviser to then prime minister Siim Kallas. He is a father of three.

Kallas, 47, has led the government since 26 January 2021, when she succeeded Jüri Ratas. She was the first woman to hold the post, and the country's 19th prime minister. Kallas has led the Reform Party since 2018 and sat in the European Parliament from 2014 to 2018. Her father, Siim Kallas, was prime minister from 2002 to 2003.

Michal, the party's candidate for prime minister, said security would remain the government's first priority. The coalition partners, Estonia 200 and the Social Democrats, must agree to the new cabinet.

How is a prime minister chosen?

The prime minister is nominated by the president and confirmed by the Riigikogu, Estonia's parliament. The post has no term limit. It dates from 24 February 1918 and pays €7303 a month.

What happens next?

Estonian Prime Minister Kaja Kallas stays in office until the new government is sworn in. The Reform Party will elect a new chairman on 8 September.
""",
        {
            "nominated Climate Minister Kristen Michal": c(
                SUPPORTED,
                "kristen-michal-2024 kristen-michal-simple-wikipedia kristen-michal",
                "'Minister of Climate' 'Assumed office 17 April 2023' (no end in the copy of July 2024); 'Term End2: 23 July 2024'; 'On 29 June 2024, Michal was nominated by the Reform Party to replace Kaja Kallas as Prime Minister'",
            ),
            "to replace Prime Minister Kaja Kallas": c(
                SUPPORTED,
                "kaja-kallas prime-minister-of-estonia-2021 kristen-michal-simple-wikipedia",
                "'19th Prime Minister of Estonia' 'Assumed office 26 January 2021'; 'The current prime minister is Kaja Kallas of the Reform Party'; 'to replace Kaja Kallas as Prime Minister': in office on 2024-07-01",
            ),
            "who is leaving Tallinn to become the European Union's foreign policy chief": c(
                UNVERIFIED,
                "",
                "no stored page mentions her European Union post; the office page, written later, says only that Michal took office after her resignation",
            ),
            "The party chose Michal on Saturday, 29 June": c(
                SUPPORTED,
                "kristen-michal-simple-wikipedia",
                "'On 29 June 2024, Michal was nominated by the Reform Party to replace Kaja Kallas as Prime Minister' (29 June 2024 was a Saturday)",
            ),
            "two days after EU leaders meeting in Brussels named Kallas as their candidate for High Representative for Foreign Affairs and Security Policy": c(
                UNVERIFIED, "", "no stored page mentions the European Council's choice or its date"
            ),
            "Her appointment still needs the approval of the European Parliament": c(
                UNVERIFIED, "", "no stored page mentions the appointment or the European Parliament's vote on it"
            ),
            "Defence Minister Hanno Pevkur, who had also been seen as a contender, stood aside": c(
                UNVERIFIED,
                "",
                "the stored pages name Hanno Pevkur only as Michal's successor as justice minister and Kallas's predecessor as party leader; none mentions a contest for the nomination or his defence post",
            ),
            "Michal, 48,": c(
                SUPPORTED,
                "kristen-michal kristen-michal-2024",
                "'born 12 July 1975': 48 on 2024-07-01 (49 from 12 July)",
            ),
            "has been climate minister since 17 April 2023": c(
                SUPPORTED,
                "kristen-michal-2024 kristen-michal",
                "'Minister of Climate' 'Assumed office 17 April 2023'; 'Office2: Minister of Climate' 'Term Start2: 17 April 2023' 'Term End2: 23 July 2024'",
            ),
            "he was justice minister under Andrus Ansip from 2011 to 2012": c(
                SUPPORTED,
                "kristen-michal kristen-michal-2024",
                "'Office4: Minister of Justice' 'Primeminister4: Andrus Ansip' 'Term Start4: 6 April 2011' 'Term End4: 10 December 2012'",
            ),
            "minister of economic affairs and infrastructure in Taavi Rõivas's cabinet from 2015 to 2016": c(
                SUPPORTED,
                "kristen-michal",
                "'Office3: Minister of Economic Affairs and Infrastructure' 'Primeminister3: Taavi Rõivas' 'Term Start3: 9 April 2015' 'Term End3: 23 November 2016'",
            ),
            "Born in Tallinn": c(
                SUPPORTED,
                "kristen-michal kristen-michal-2024",
                "'Birth Place: Tallinn'; 'Michal was born in Tallinn on 12 July 1975.'",
            ),
            "a member of the party since 1996": c(
                SUPPORTED,
                "kristen-michal kristen-michal-2024",
                "'Party: Reform (since 1996)'; 'Estonian Reform Party (1996–present)'",
            ),
            "its secretary general from 2003 to 2011": c(
                SUPPORTED,
                "kristen-michal kristen-michal-2024",
                "'In 2003, he was appointed secretary general of the Reform Party and held this position until 2011.'",
            ),
            "In 2002 he was an adviser to then prime minister Siim Kallas": c(
                SUPPORTED,
                "kristen-michal kristen-michal-2024",
                "'In 2002, he became an advisor to then prime minister Siim Kallas.'",
            ),
            "He is a father of three": c(SUPPORTED, "kristen-michal kristen-michal-simple-wikipedia", "'Children: 3'"),
            "Kallas, 47,": c(SUPPORTED, "kaja-kallas", "'born 18 June 1977': 47 on 2024-07-01"),
            "has led the government since 26 January 2021": c(
                SUPPORTED,
                "kaja-kallas prime-minister-of-estonia-2021",
                "'Prime Minister of Estonia' 'Assumed office 26 January 2021'; 'She took the office on 26 January 2021'",
            ),
            "when she succeeded Jüri Ratas": c(
                SUPPORTED,
                "kaja-kallas prime-minister-of-estonia-2021",
                "'Preceded by Jüri Ratas'; 'She took the office on 26 January 2021 following the resignation of Jüri Ratas.'",
            ),
            "She was the first woman to hold the post": c(
                SUPPORTED,
                "kaja-kallas",
                "'the current prime minister of Estonia since 2021, the first woman to serve in the role'",
            ),
            "the country's 19th prime minister": c(SUPPORTED, "kaja-kallas", "'19th Prime Minister of Estonia'"),
            "Kallas has led the Reform Party since 2018": c(
                SUPPORTED,
                "kaja-kallas",
                "'Leader of the Estonian Reform Party' 'Assumed office 14 April 2018'; 'The leader of the Reform Party since 2018'",
            ),
            "sat in the European Parliament from 2014 to 2018": c(
                SUPPORTED,
                "kaja-kallas",
                "'Member of the European Parliament for Estonia' 'In office 1 July 2014 – 5 September 2018'",
            ),
            "Her father, Siim Kallas, was prime minister from 2002 to 2003": c(
                SUPPORTED,
                "kaja-kallas",
                "'Her father, Siim Kallas, served as prime minister of Estonia from 2002–2003'",
            ),
            "Michal, the party's candidate for prime minister,": c(
                SUPPORTED,
                "kristen-michal-simple-wikipedia",
                "'On 29 June 2024, Michal was nominated by the Reform Party to replace Kaja Kallas as Prime Minister'",
            ),
            "said security would remain the government's first priority": c(
                UNVERIFIED, "", "no stored page reports what he said after the nomination"
            ),
            "The coalition partners, Estonia 200 and the Social Democrats, must agree to the new cabinet": c(
                UNVERIFIED, "", "no stored page names the coalition's parties"
            ),
            "The prime minister is nominated by the president and confirmed by the Riigikogu": c(
                SUPPORTED,
                "prime-minister-of-estonia-2021",
                "'The prime minister is nominated by the president after appropriate consultations with the parliamentary factions and confirmed by the parliament (Riigikogu).'",
            ),
            "The post has no term limit": c(SUPPORTED, "prime-minister-of-estonia-2021", "'No term limit'"),
            "It dates from 24 February 1918": c(
                SUPPORTED, "prime-minister-of-estonia-2021", "'24 February 1918 (1918-02-24)'"
            ),
            "pays €7303 a month": c(SUPPORTED, "prime-minister-of-estonia-2021", "'€7303 monthly'"),
            "Estonian Prime Minister Kaja Kallas": c(
                SUPPORTED,
                "kaja-kallas prime-minister-of-estonia-2021",
                "'19th Prime Minister of Estonia' 'Assumed office 26 January 2021'; 'The current prime minister is Kaja Kallas of the Reform Party': in office on 2024-07-01",
            ),
            "The Reform Party will elect a new chairman on 8 September": c(
                SUPPORTED,
                "kristen-michal",
                "'Office1: Leader of the Estonian Reform Party' 'Predecessor1: Kaja Kallas' 'Term Start1: 8 September 2024' (a forecast at as_of that the day fulfilled)",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-finance-minister",
        "has been climate minister since 17 April 2023",
        "has been finance minister since 17 April 2023",
        c(
            CONTRADICTED,
            "kristen-michal-2024 kristen-michal",
            "'Minister of Climate' 'Assumed office 17 April 2023'; his offices are 'Minister of Climate', 'Minister of Economic Affairs and Infrastructure', 'Minister of Justice' and 'Member of the Riigikogu', no finance post",
        ),
        "sibling office",
    ),
    (
        "v02-deputy",
        "to replace Prime Minister Kaja Kallas",
        "to replace Deputy Prime Minister Kaja Kallas",
        c(
            CONTRADICTED,
            "kaja-kallas prime-minister-of-estonia-2021",
            "'19th Prime Minister of Estonia' 'Assumed office 26 January 2021'; 'The current prime minister is Kaja Kallas': the prime minister, not a deputy",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "Estonian Prime Minister Kaja Kallas",
        "Latvian Prime Minister Kaja Kallas",
        c(
            CONTRADICTED,
            "kaja-kallas prime-minister-of-estonia-2021",
            "'19th Prime Minister of Estonia'; 'The current prime minister is Kaja Kallas of the Reform Party'; 'Kaja Kallas was born in Tallinn'",
        ),
        "wrong country",
    ),
    (
        "v04-children",
        "He is a father of three",
        "He is a father of four",
        c(CONTRADICTED, "kristen-michal kristen-michal-simple-wikipedia", "'Children: 3'"),
        "wrong count",
    ),
    (
        "v05-date",
        "The party chose Michal on Saturday, 29 June",
        "The party chose Michal on Saturday, 22 June",
        c(
            CONTRADICTED,
            "kristen-michal-simple-wikipedia",
            "'On 29 June 2024, Michal was nominated by the Reform Party to replace Kaja Kallas as Prime Minister'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "a member of the party since 1996",
        "a member of the party since 1999",
        c(
            CONTRADICTED,
            "kristen-michal kristen-michal-2024",
            "'Party: Reform (since 1996)'; 'Estonian Reform Party (1996–present)'",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "Born in Tallinn",
        "Born in Tartu",
        c(
            CONTRADICTED,
            "kristen-michal kristen-michal-2024",
            "'Birth Place: Tallinn, Estonian SSR, Soviet Union'; 'Michal was born in Tallinn on 12 July 1975.'",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "when she succeeded Jüri Ratas",
        "when she succeeded Taavi Rõivas",
        c(
            CONTRADICTED,
            "kaja-kallas prime-minister-of-estonia-2021",
            "'Preceded by Jüri Ratas'; 'She took the office on 26 January 2021 following the resignation of Jüri Ratas.'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-justice-minister",
        "nominated Climate Minister Kristen Michal",
        "nominated Justice Minister Kristen Michal",
        c(
            CONTRADICTED,
            "kristen-michal kristen-michal-2024",
            "'Office4: Minister of Justice' 'Term End4: 10 December 2012' 'Successor4: Hanno Pevkur': a past post; 'Minister of Climate' 'Assumed office 17 April 2023' on 2024-07-01",
        ),
        "past holder as current",
    ),
    (
        "v10-prime-minister-early",
        "Michal, the party's candidate for prime minister,",
        "Prime Minister Kristen Michal",
        c(
            CONTRADICTED,
            "kristen-michal kristen-michal-2024 kaja-kallas",
            "'Term Start: 23 July 2024', after as_of; 'Prime Minister-designate of Estonia' 'Assuming office TBD'; Kallas '19th Prime Minister of Estonia' 'Assumed office 26 January 2021': Kallas was prime minister on 2024-07-01",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "the country's 19th prime minister",
        "the country's 18th prime minister",
        c(CONTRADICTED, "kaja-kallas", "'19th Prime Minister of Estonia'"),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Michal, 48,",
        "Michal, 49,",
        c(
            CONTRADICTED,
            "kristen-michal kristen-michal-2024",
            "'born 12 July 1975': 48 on 2024-07-01, 49 only from 12 July",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("ee-2024-07-01", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-birthday-ahead",
        "Michal, 48,",
        "Michal, who turns 49 on 12 July,",
        c(SUPPORTED, "kristen-michal kristen-michal-2024", "'born 12 July 1975': 48 on 2024-07-01, 49 on 12 July 2024"),
        "Michal, who turns 49 on 12 July",
    ),
    (
        "r02-prime-minister-since",
        "has led the government since 26 January 2021",
        "has been prime minister since January 2021",
        c(
            SUPPORTED,
            "kaja-kallas prime-minister-of-estonia-2021",
            "'Prime Minister of Estonia' 'Assumed office 26 January 2021'; 'She took the office on 26 January 2021'",
        ),
        None,
    ),
]:
    CHANGES.append(Change("ee-2024-07-01", name, old, new, claim, None, key))

# ---------------------------------------------------------------- Estonia's change of prime minister: Michal in office, 25 July 2024
BASES.append(
    Base(
        "ee-2024-07-25",
        "2024-07-25",
        "held-out",
        """Michal settles in as Estonia's prime minister while Kallas heads for Brussels

TALLINN, July 25 - Kristen Michal has taken charge of Estonia's government, two days after he was sworn in as the country's 20th prime minister.

Michal took office on Tuesday, 23 July. He succeeds Kaja Kallas, who stepped down to become the European Union's foreign policy chief. His coalition is made up of the Reform Party, Estonia 200 and the Social Democrats.

Michal, 49, had been climate minister since 17 April 2023, and Yoko Alender replaced him in that post. He was justice minister under Andrus Ansip from 2011 to 2012 and minister of economic affairs and infrastructure from 2015 to 2016. Born in Tallinn, he is a father of three.

Former prime minister Kaja Kallas, 47, led the government for three and a half years and was the first woman in the post. She remains leader of the Reform Party, which is due to hand the chairmanship to Michal on 8 September. Her father, Siim Kallas, led the government from 2002 to 2003.

Prime Minister Kristen Michal has said that security will remain his government's first priority. He was nominated by President Alar Karis and confirmed by the Riigikogu.

Q&A: the office

Who appoints the prime minister? The president nominates a candidate, whom the Riigikogu confirms.

How long can a prime minister serve? There is no term limit.

Where does the prime minister work? The official residence is Stenbock House.

How old is the office? It dates from 24 February 1918, and its first holder was Konstantin Päts.

Timeline

26 January 2021 - Kallas takes office, succeeding Jüri Ratas
29 June 2024 - The Reform Party nominates Climate Minister Kristen Michal to replace her
23 July 2024 - Michal's government is sworn in
""",
        {
            "Kristen Michal has taken charge of Estonia's government": c(
                SUPPORTED,
                "kristen-michal-simple-wikipedia prime-minister-of-estonia",
                "'20th Prime Minister of Estonia' 'Assumed office 23 July 2024'; 'The current prime minister is Kristen Michal of the Reform Party. He took the office on 23 July 2024'",
            ),
            "sworn in as the country's 20th prime minister": c(
                SUPPORTED,
                "kristen-michal-simple-wikipedia",
                "'20th Prime Minister of Estonia'; 'He was sworn-in on 23 July 2024.'",
            ),
            "Michal took office on Tuesday, 23 July": c(
                SUPPORTED,
                "kristen-michal prime-minister-of-estonia",
                "'Term Start: 23 July 2024' (a Tuesday); 'Kristen Michal' 'since 23 July 2024'",
            ),
            "He succeeds Kaja Kallas": c(
                SUPPORTED,
                "kristen-michal prime-minister-of-estonia",
                "'Predecessor: Kaja Kallas'; 'He took the office on 23 July 2024 following the resignation of Kaja Kallas.'",
            ),
            "who stepped down to become the European Union's foreign policy chief": c(
                UNVERIFIED,
                "",
                "the office page gives her resignation, but no stored page says why she resigned or mentions her European Union post (her only stored copy was written before the handover)",
            ),
            "His coalition is made up of the Reform Party, Estonia 200 and the Social Democrats": c(
                UNVERIFIED, "", "no stored page names the parties of his coalition"
            ),
            "Michal, 49,": c(
                SUPPORTED, "kristen-michal kristen-michal-simple-wikipedia", "'born 12 July 1975': 49 on 2024-07-25"
            ),
            "had been climate minister since 17 April 2023": c(
                SUPPORTED,
                "kristen-michal kristen-michal-simple-wikipedia",
                "'Office2: Minister of Climate' 'Term Start2: 17 April 2023' 'Term End2: 23 July 2024'",
            ),
            "Yoko Alender replaced him in that post": c(
                SUPPORTED,
                "kristen-michal kristen-michal-simple-wikipedia",
                "'Office2: Minister of Climate' 'Successor2: Yoko Alender'",
            ),
            "He was justice minister under Andrus Ansip from 2011 to 2012": c(
                SUPPORTED,
                "kristen-michal kristen-michal-simple-wikipedia",
                "'Office4: Minister of Justice' 'Primeminister4: Andrus Ansip' 'Term Start4: 6 April 2011' 'Term End4: 10 December 2012'",
            ),
            "minister of economic affairs and infrastructure from 2015 to 2016": c(
                SUPPORTED,
                "kristen-michal",
                "'minister of economic affairs and infrastructure from 2015 to 2016'; 'Term Start3: 9 April 2015' 'Term End3: 23 November 2016'",
            ),
            "Born in Tallinn": c(
                SUPPORTED,
                "kristen-michal kristen-michal-simple-wikipedia",
                "'Birth Place: Tallinn'; 'Michal was born in Tallinn on 12 July 1975.'",
            ),
            "he is a father of three": c(SUPPORTED, "kristen-michal kristen-michal-simple-wikipedia", "'Children: 3'"),
            "Former prime minister Kaja Kallas": c(
                SUPPORTED,
                "kristen-michal prime-minister-of-estonia kaja-kallas",
                "'Predecessor: Kaja Kallas' 'Term Start: 23 July 2024'; 'He took the office on 23 July 2024 following the resignation of Kaja Kallas'; her '19th Prime Minister of Estonia' 'Assumed office 26 January 2021' (a copy written before the handover): a former holder on 2024-07-25",
            ),
            "Kallas, 47,": c(SUPPORTED, "kaja-kallas", "'born 18 June 1977': 47 on 2024-07-25"),
            "led the government for three and a half years": c(
                SUPPORTED,
                "kaja-kallas kristen-michal",
                "'Assumed office 26 January 2021'; Michal 'Predecessor: Kaja Kallas' 'Term Start: 23 July 2024': 26 January 2021 to 23 July 2024, three years and six months less three days",
            ),
            "was the first woman in the post": c(
                SUPPORTED,
                "kaja-kallas",
                "'the current prime minister of Estonia since 2021, the first woman to serve in the role'",
            ),
            "She remains leader of the Reform Party": c(
                SUPPORTED,
                "kaja-kallas kristen-michal",
                "'Leader of the Estonian Reform Party' 'Assumed office 14 April 2018'; Michal 'Office1: Leader of the Estonian Reform Party' 'Predecessor1: Kaja Kallas' 'Term Start1: 8 September 2024': she led it on 2024-07-25",
            ),
            "which is due to hand the chairmanship to Michal on 8 September": c(
                SUPPORTED,
                "kristen-michal",
                "'Office1: Leader of the Estonian Reform Party' 'Term Start1: 8 September 2024' (a forecast at as_of that the day fulfilled)",
            ),
            "Her father, Siim Kallas, led the government from 2002 to 2003": c(
                SUPPORTED,
                "kaja-kallas",
                "'Her father, Siim Kallas, served as prime minister of Estonia from 2002–2003'",
            ),
            "Prime Minister Kristen Michal": c(
                SUPPORTED,
                "kristen-michal kristen-michal-simple-wikipedia prime-minister-of-estonia",
                "'Office: Prime Minister of Estonia' 'Term Start: 23 July 2024'; 'The current prime minister is Kristen Michal': in office on 2024-07-25",
            ),
            "has said that security will remain his government's first priority": c(
                UNVERIFIED, "", "no stored page reports what he has said of his priorities"
            ),
            "He was nominated by President Alar Karis and confirmed by the Riigikogu": c(
                SUPPORTED,
                "kristen-michal prime-minister-of-estonia",
                "'President: Alar Karis'; 'The prime minister is nominated by the president after appropriate consultations with the parliamentary factions and confirmed by the parliament (Riigikogu).'",
            ),
            "The president nominates a candidate, whom the Riigikogu confirms": c(
                SUPPORTED,
                "prime-minister-of-estonia",
                "'The prime minister is nominated by the president after appropriate consultations with the parliamentary factions and confirmed by the parliament (Riigikogu).'",
            ),
            "There is no term limit": c(SUPPORTED, "prime-minister-of-estonia", "'Term length No term limit'"),
            "The official residence is Stenbock House": c(
                SUPPORTED, "prime-minister-of-estonia", "'Residence Stenbock House'"
            ),
            "It dates from 24 February 1918": c(SUPPORTED, "prime-minister-of-estonia", "'Formation 24 February 1918'"),
            "its first holder was Konstantin Päts": c(
                SUPPORTED, "prime-minister-of-estonia", "'Inaugural holder Konstantin Päts'"
            ),
            "26 January 2021 - Kallas takes office, succeeding Jüri Ratas": c(
                SUPPORTED,
                "kaja-kallas",
                "'Prime Minister of Estonia' 'Assumed office 26 January 2021' 'Preceded by Jüri Ratas'",
            ),
            "29 June 2024 - The Reform Party nominates Climate Minister Kristen Michal to replace her": c(
                SUPPORTED,
                "kristen-michal-simple-wikipedia kristen-michal",
                "'On 29 June 2024, Michal was nominated by the Reform Party to replace Kaja Kallas as Prime Minister'; 'Office2: Minister of Climate' 'Term Start2: 17 April 2023' 'Term End2: 23 July 2024'",
            ),
            "23 July 2024 - Michal's government is sworn in": c(
                SUPPORTED,
                "kristen-michal-simple-wikipedia prime-minister-of-estonia",
                "'He was sworn-in on 23 July 2024.'; 'He took the office on 23 July 2024'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-education-minister",
        "had been climate minister since 17 April 2023",
        "had been education minister since 17 April 2023",
        c(
            CONTRADICTED,
            "kristen-michal kristen-michal-simple-wikipedia",
            "'Office2: Minister of Climate' 'Term Start2: 17 April 2023' 'Term End2: 23 July 2024'; his offices are 'Minister of Climate', 'Minister of Economic Affairs and Infrastructure', 'Minister of Justice' and 'Member of the Riigikogu', no education post",
        ),
        "sibling office",
    ),
    (
        "v02-deputy",
        "Prime Minister Kristen Michal",
        "Deputy Prime Minister Kristen Michal",
        c(
            CONTRADICTED,
            "kristen-michal kristen-michal-simple-wikipedia prime-minister-of-estonia",
            "'Office: Prime Minister of Estonia' 'Term Start: 23 July 2024'; 'The current prime minister is Kristen Michal': the prime minister, not a deputy",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "Kristen Michal has taken charge of Estonia's government",
        "Kristen Michal has taken charge of Latvia's government",
        c(
            CONTRADICTED,
            "kristen-michal prime-minister-of-estonia",
            "'Office: Prime Minister of Estonia'; 'The current prime minister is Kristen Michal of the Reform Party'",
        ),
        "wrong country",
    ),
    (
        "v04-children",
        "he is a father of three",
        "he is a father of two",
        c(CONTRADICTED, "kristen-michal kristen-michal-simple-wikipedia", "'Children: 3'"),
        "wrong count",
    ),
    (
        "v05-date",
        "Michal took office on Tuesday, 23 July",
        "Michal took office on Tuesday, 16 July",
        c(
            CONTRADICTED,
            "kristen-michal prime-minister-of-estonia kristen-michal-simple-wikipedia",
            "'Term Start: 23 July 2024'; 'Kristen Michal' 'since 23 July 2024'; 'He was sworn-in on 23 July 2024.'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "It dates from 24 February 1918",
        "It dates from 24 February 1920",
        c(CONTRADICTED, "prime-minister-of-estonia", "'Formation 24 February 1918'"),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "Born in Tallinn",
        "Born in Narva",
        c(
            CONTRADICTED,
            "kristen-michal kristen-michal-simple-wikipedia",
            "'Birth Place: Tallinn, Estonian SSR, Soviet Union'; 'Michal was born in Tallinn on 12 July 1975.'",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "He succeeds Kaja Kallas",
        "He succeeds Taavi Rõivas",
        c(
            CONTRADICTED,
            "kristen-michal prime-minister-of-estonia",
            "'Predecessor: Kaja Kallas'; 'He took the office on 23 July 2024 following the resignation of Kaja Kallas.'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "Former prime minister Kaja Kallas",
        "Prime minister Kaja Kallas",
        c(
            CONTRADICTED,
            "kristen-michal prime-minister-of-estonia",
            "'Office: Prime Minister of Estonia' 'Predecessor: Kaja Kallas' 'Term Start: 23 July 2024'; 'The current prime minister is Kristen Michal': Kallas no longer in office on 2024-07-25",
        ),
        "past holder as current",
    ),
    (
        "v10-prime-minister-early",
        "29 June 2024 - The Reform Party nominates Climate Minister Kristen Michal to replace her",
        "29 June 2024 - The Reform Party nominates Prime Minister Kristen Michal to replace her",
        c(
            CONTRADICTED,
            "kristen-michal kristen-michal-simple-wikipedia kaja-kallas",
            "'Term Start: 23 July 2024'; 'He was sworn-in on 23 July 2024.': on 29 June 2024 he was climate minister ('Term Start2: 17 April 2023') and Kallas prime minister ('Assumed office 26 January 2021')",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "sworn in as the country's 20th prime minister",
        "sworn in as the country's 21st prime minister",
        c(
            CONTRADICTED,
            "kristen-michal-simple-wikipedia kaja-kallas",
            "'20th Prime Minister of Estonia'; Kallas '19th Prime Minister of Estonia'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-duration",
        "led the government for three and a half years",
        "led the government for four and a half years",
        c(
            CONTRADICTED,
            "kaja-kallas kristen-michal",
            "'Assumed office 26 January 2021'; Michal 'Predecessor: Kaja Kallas' 'Term Start: 23 July 2024': three and a half years, not four and a half",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("ee-2024-07-25", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-almost",
        "led the government for three and a half years",
        "led the government for almost three and a half years",
        c(
            SUPPORTED,
            "kaja-kallas kristen-michal",
            "'Assumed office 26 January 2021'; Michal 'Predecessor: Kaja Kallas' 'Term Start: 23 July 2024': three years and six months less three days",
        ),
        None,
    ),
    (
        "r02-turned-49",
        "Michal, 49,",
        "Michal, who turned 49 on 12 July,",
        c(SUPPORTED, "kristen-michal kristen-michal-simple-wikipedia", "'born 12 July 1975': 49 on 12 July 2024"),
        "Michal, who turned 49 on 12 July",
    ),
]:
    CHANGES.append(Change("ee-2024-07-25", name, old, new, claim, None, key))

# ---------------------------------------------------------------- Bank of Japan: Kuroda's last days, 7 April 2023
# Written blind (see the README): the articles and labels come from the stored pages only. Both bases are tuning.
# No stored page is about Kazuo Ueda: what is said of him alone is unverified; that he succeeded Kuroda, and when,
# comes from Kuroda's box ('In office 20 March 2013 – 9 April 2023', 'Succeeded by Kazuo Ueda').
BASES.append(
    Base(
        "boj-2023-04-07",
        "2023-04-07",
        "tuning",
        """Kuroda ends decade at Bank of Japan as Ueda prepares to take over

TOKYO, April 7 - Haruhiko Kuroda steps down as governor of the Bank of Japan this weekend after ten years in the post, handing the central bank to Kazuo Ueda on Sunday, 9 April.

Kuroda, 78, took office on 20 March 2013, succeeding Masaaki Shirakawa, and is the bank's 31st governor. He has served under three prime ministers, the first of them Shinzō Abe.

Before joining the central bank, Kuroda was president of the Asian Development Bank from 2005 to 2013, the eighth to hold that post, succeeding Tadao Chino. A former Ministry of Finance official, he was vice minister of finance for international affairs from 1999 to 2003. From 2003 he advised the cabinet of Prime Minister Junichiro Koizumi.

Born in Ōmuta, in Fukuoka Prefecture, Kuroda is the eldest son of a Japan Coast Guard officer. He studied at the University of Tokyo and the University of Oxford. His wife is Kumiko Kuroda.

Ueda, 71, a former member of the bank's policy board, was approved by both houses of parliament last month. He will be the first academic to lead the bank since the Second World War. Prime Minister Fumio Kishida's cabinet formally appointed him on Friday. Kishida has been prime minister since 4 October 2021.

What is the Bank of Japan?

The Bank of Japan, known in Japan as Nichigin, is the country's central bank. It was founded in 1882 by Matsukata Masayoshi, on a Belgian model, and issued its banknotes in 1885. Its headquarters stand in Nihonbashi, Tokyo, on the site of a former gold mint; the building was designed by Tatsuno Kingo in 1896.

What happens next?

The incoming governor, Kazuo Ueda, will hold his first policy meeting on 27 and 28 April.
""",
        {
            "Haruhiko Kuroda steps down as governor of the Bank of Japan this weekend": c(
                SUPPORTED,
                "haruhiko-kuroda",
                "'31st Governor of the Bank of Japan' 'In office 20 March 2013 – 9 April 2023': in office on 2023-04-07 (a Friday), the term ending that weekend",
            ),
            "after ten years in the post": c(
                SUPPORTED,
                "haruhiko-kuroda",
                "'In office 20 March 2013 – 9 April 2023'; 'from March 2013 to April 2023'",
            ),
            "handing the central bank to Kazuo Ueda on Sunday, 9 April": c(
                SUPPORTED,
                "haruhiko-kuroda",
                "'In office 20 March 2013 – 9 April 2023' 'Succeeded by Kazuo Ueda' (9 April 2023 was a Sunday; a forecast on 2023-04-07 the day fulfilled)",
            ),
            "Kuroda, 78,": c(SUPPORTED, "haruhiko-kuroda", "'born 25 October 1944': 78 on 2023-04-07"),
            "took office on 20 March 2013": c(SUPPORTED, "haruhiko-kuroda", "'In office 20 March 2013 – 9 April 2023'"),
            "succeeding Masaaki Shirakawa": c(SUPPORTED, "haruhiko-kuroda", "'Preceded by Masaaki Shirakawa'"),
            "is the bank's 31st governor": c(SUPPORTED, "haruhiko-kuroda", "'31st Governor of the Bank of Japan'"),
            "He has served under three prime ministers": c(
                SUPPORTED, "haruhiko-kuroda", "'Prime Minister Shinzō Abe Yoshihide Suga Fumio Kishida' (three names)"
            ),
            "the first of them Shinzō Abe": c(
                SUPPORTED, "haruhiko-kuroda", "'Prime Minister Shinzō Abe Yoshihide Suga Fumio Kishida' (Abe first)"
            ),
            "Kuroda was president of the Asian Development Bank from 2005 to 2013": c(
                SUPPORTED,
                "haruhiko-kuroda",
                "'8th President of the Asian Development Bank' 'In office 1 February 2005 – 18 March 2013'",
            ),
            "the eighth to hold that post": c(
                SUPPORTED, "haruhiko-kuroda", "'8th President of the Asian Development Bank'"
            ),
            "succeeding Tadao Chino": c(SUPPORTED, "haruhiko-kuroda", "ADB: 'Preceded by Tadao Chino'"),
            "A former Ministry of Finance official": c(
                SUPPORTED, "haruhiko-kuroda", "'a Japanese banker and a former Ministry of Finance government official'"
            ),
            "he was vice minister of finance for international affairs from 1999 to 2003": c(
                SUPPORTED,
                "haruhiko-kuroda",
                "'Vice Minister of Finance for International Affairs' 'In office 8 July 1999 – 14 January 2003'",
            ),
            "From 2003 he advised the cabinet of Prime Minister Junichiro Koizumi": c(
                SUPPORTED,
                "haruhiko-kuroda",
                "'From 2003 Mr Kuroda served as Special Advisor to the Cabinet of Prime Minister Koizumi' (the page gives no first name)",
            ),
            "Born in Ōmuta, in Fukuoka Prefecture": c(
                SUPPORTED, "haruhiko-kuroda", "'Kuroda was born in 1944, in Ōmuta, Fukuoka Prefecture'"
            ),
            "Kuroda is the eldest son of a Japan Coast Guard officer": c(
                SUPPORTED,
                "haruhiko-kuroda",
                "'the eldest son of his family. His father was a Japan Coast Guard officer.'",
            ),
            "He studied at the University of Tokyo and the University of Oxford": c(
                SUPPORTED, "haruhiko-kuroda", "'Education University of Tokyo University of Oxford'"
            ),
            "His wife is Kumiko Kuroda": c(SUPPORTED, "haruhiko-kuroda", "'Spouse Kumiko Kuroda'"),
            "Ueda, 71,": c(UNVERIFIED, "", "no stored page is about Kazuo Ueda or gives his birth date"),
            "a former member of the bank's policy board": c(
                UNVERIFIED, "", "no stored page is about Ueda; none mentions the policy board"
            ),
            "was approved by both houses of parliament last month": c(
                UNVERIFIED, "", "no stored page mentions the Diet's approval of Ueda or its date"
            ),
            "He will be the first academic to lead the bank since the Second World War": c(
                UNVERIFIED, "", "no stored page gives Ueda's career or the governors' backgrounds"
            ),
            "Prime Minister Fumio Kishida's cabinet formally appointed him on Friday": c(
                UNVERIFIED,
                "fumio-kishida-2024",
                "Kishida prime minister on 2023-04-07 ('Prime Minister of Japan' 'Assumed office 4 October 2021'), but no stored page mentions the appointment or its day",
            ),
            "Kishida has been prime minister since 4 October 2021": c(
                SUPPORTED,
                "fumio-kishida-2024 prime-minister-of-japan-2024",
                "'Prime Minister of Japan' 'Assumed office 4 October 2021'; 'Incumbent Fumio Kishida since 4 October 2021'",
            ),
            "The Bank of Japan, known in Japan as Nichigin, is the country's central bank": c(
                SUPPORTED, "bank-of-japan", "'also known as Nichigin (日銀), is the central bank of Japan'"
            ),
            "It was founded in 1882 by Matsukata Masayoshi": c(
                SUPPORTED, "bank-of-japan", "'Matsukata Masayoshi founded the Bank of Japan in 1882 (Meiji 15).'"
            ),
            "on a Belgian model": c(SUPPORTED, "bank-of-japan", "'The bank was adapted from a Belgian banking model.'"),
            "issued its banknotes in 1885": c(
                SUPPORTED, "bank-of-japan", "'The Bank of Japan issued its banknotes in 1885 (Meiji 18).'"
            ),
            "Its headquarters stand in Nihonbashi, Tokyo, on the site of a former gold mint": c(
                SUPPORTED,
                "bank-of-japan",
                "'The Bank of Japan is headquartered in Nihonbashi, Tokyo, on the site of a former gold mint (the Kinza).'",
            ),
            "the building was designed by Tatsuno Kingo in 1896": c(
                SUPPORTED,
                "bank-of-japan",
                "'The Neo-baroque Bank of Japan building in Tokyo was designed by Tatsuno Kingo in 1896.'",
            ),
            "The incoming governor, Kazuo Ueda,": c(
                SUPPORTED,
                "haruhiko-kuroda",
                "'Succeeded by Kazuo Ueda'; Kuroda 'In office 20 March 2013 – 9 April 2023': Ueda not yet governor on 2023-04-07",
            ),
            "will hold his first policy meeting on 27 and 28 April": c(
                UNVERIFIED, "", "no stored page mentions the bank's meeting schedule"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-foreign-ministry",
        "A former Ministry of Finance official",
        "A former Ministry of Foreign Affairs official",
        c(
            CONTRADICTED,
            "haruhiko-kuroda",
            "'a former Ministry of Finance government official'; 'Vice Minister of Finance for International Affairs': his ministry was Finance",
        ),
        "sibling office",
    ),
    (
        "v02-adb-vice-president",
        "Kuroda was president of the Asian Development Bank from 2005 to 2013",
        "Kuroda was vice-president of the Asian Development Bank from 2005 to 2013",
        c(
            CONTRADICTED,
            "haruhiko-kuroda",
            "'8th President of the Asian Development Bank' 'In office 1 February 2005 – 18 March 2013'",
        ),
        "vice or deputy",
    ),
    (
        "v03-dutch-model",
        "on a Belgian model",
        "on a Dutch model",
        c(CONTRADICTED, "bank-of-japan", "'The bank was adapted from a Belgian banking model.'"),
        "wrong country",
    ),
    (
        "v04-two-prime-ministers",
        "He has served under three prime ministers",
        "He has served under two prime ministers",
        c(CONTRADICTED, "haruhiko-kuroda", "'Prime Minister Shinzō Abe Yoshihide Suga Fumio Kishida' (three names)"),
        "wrong count",
    ),
    (
        "v05-date",
        "took office on 20 March 2013",
        "took office on 20 April 2013",
        c(CONTRADICTED, "haruhiko-kuroda", "'In office 20 March 2013 – 9 April 2023'"),
        "wrong date",
    ),
    (
        "v06-founded",
        "It was founded in 1882 by Matsukata Masayoshi",
        "It was founded in 1892 by Matsukata Masayoshi",
        c(
            CONTRADICTED,
            "bank-of-japan",
            "'Matsukata Masayoshi founded the Bank of Japan in 1882 (Meiji 15).'; 'Established 1882'",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "Born in Ōmuta, in Fukuoka Prefecture",
        "Born in Kobe, in Hyogo Prefecture",
        c(
            CONTRADICTED,
            "haruhiko-kuroda",
            "'Kuroda was born in 1944, in Ōmuta, Fukuoka Prefecture'; 'Born ... Ōmuta, Japan' (Kobe is where he lived as a child)",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "succeeding Masaaki Shirakawa",
        "succeeding Toshihiko Fukui",
        c(CONTRADICTED, "haruhiko-kuroda", "'Preceded by Masaaki Shirakawa'"),
        "wrong predecessor or successor",
    ),
    (
        "v09-shirakawa",
        "Haruhiko Kuroda steps down as governor of the Bank of Japan this weekend",
        "Masaaki Shirakawa steps down as governor of the Bank of Japan this weekend",
        c(
            CONTRADICTED,
            "haruhiko-kuroda bank-of-japan",
            "Kuroda 'In office 20 March 2013 – 9 April 2023' 'Preceded by Masaaki Shirakawa': Shirakawa's governorship ended in 2013; the stale Simple English copy's 'Governor Masaaki Shirakawa' dates from 2012",
        ),
        "past holder as current",
    ),
    (
        "v10-governor-early",
        "The incoming governor, Kazuo Ueda,",
        "The governor, Kazuo Ueda,",
        c(
            CONTRADICTED,
            "haruhiko-kuroda",
            "Kuroda 'In office 20 March 2013 – 9 April 2023' 'Succeeded by Kazuo Ueda': Kuroda was governor on 2023-04-07",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "the eighth to hold that post",
        "the ninth to hold that post",
        c(CONTRADICTED, "haruhiko-kuroda", "'8th President of the Asian Development Bank'"),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Kuroda, 78,",
        "Kuroda, 75,",
        c(CONTRADICTED, "haruhiko-kuroda", "'born 25 October 1944': 78 on 2023-04-07"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("boj-2023-04-07", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-turns-79",
        "Kuroda, 78,",
        "Kuroda, who turns 79 in October,",
        c(SUPPORTED, "haruhiko-kuroda", "'born 25 October 1944': 79 on 25 October 2023"),
        "Kuroda, who turns 79 in October",
    ),
    (
        "r02-march-2013",
        "took office on 20 March 2013",
        "took office in March 2013",
        c(SUPPORTED, "haruhiko-kuroda", "'In office 20 March 2013 – 9 April 2023'; 'from March 2013 to April 2023'"),
        None,
    ),
]:
    CHANGES.append(Change("boj-2023-04-07", name, old, new, claim, None, key))

# ---------------------------------------------------------------- Bank of Japan: Ueda in office, 10 April 2023
BASES.append(
    Base(
        "boj-2023-04-10",
        "2023-04-10",
        "tuning",
        """Ueda takes the helm at the Bank of Japan after Kuroda's decade

TOKYO, April 10 - Kazuo Ueda held his first news conference as governor of the Bank of Japan on Monday, a day after he took over from Haruhiko Kuroda.

Ueda, 71, is the bank's 32nd governor and the first academic to lead it since the Second World War. He said it was appropriate to continue the bank's monetary easing. In February, when Kuroda was still governor, the government nominated Ueda to succeed him.

Kuroda, 78, stepped down after ten years, the longest tenure of any governor in the bank's history. He had been governor since 20 March 2013, when he succeeded Masaaki Shirakawa, and was the bank's 31st governor. Kuroda served under three prime ministers. The last of them, Prime Minister Fumio Kishida, has led the government since October 2021.

Before moving to the central bank, Kuroda led the Asian Development Bank for eight years, handing over to Takehiko Nakao in 2013. A career finance ministry official, he was director general of the ministry's International Bureau from 1997 to 1999 and succeeded Eisuke Sakakibara as vice minister for international affairs in July 1999.

Born on 25 October 1944 in Ōmuta, Kuroda grew up in Yokohama and Kobe before settling in Setagaya, Tokyo. He entered the University of Tokyo in 1963, where he chose German as his first foreign language, and also studied at the University of Oxford.

Ueda taught economics at the University of Tokyo and sat on the bank's policy board from 1998 to 2005. His two deputy governors, Ryozo Himino and Shinichi Uchida, took office on 20 March.

About the bank

The Bank of Japan, founded in 1882, is headquartered in Nihonbashi, Tokyo, and issues the Japanese yen. It was given a monopoly on controlling Japan's money supply in 1884. Japan joined the gold standard in 1897.

Ueda's first policy meeting as governor is set for 27 and 28 April.
""",
        {
            "Kazuo Ueda held his first news conference as governor of the Bank of Japan on Monday": c(
                UNVERIFIED,
                "haruhiko-kuroda",
                "Ueda governor on 2023-04-10 ('Succeeded by Kazuo Ueda', Kuroda's term ended 9 April 2023), but no stored page mentions a news conference",
            ),
            "a day after he took over from Haruhiko Kuroda": c(
                SUPPORTED,
                "haruhiko-kuroda",
                "'In office 20 March 2013 – 9 April 2023' 'Succeeded by Kazuo Ueda': 9 April 2023, a day before as_of",
            ),
            "Ueda, 71,": c(UNVERIFIED, "", "no stored page is about Kazuo Ueda or gives his birth date"),
            "is the bank's 32nd governor": c(
                SUPPORTED,
                "haruhiko-kuroda",
                "'31st Governor of the Bank of Japan' 'Succeeded by Kazuo Ueda': the next governor is the 32nd",
            ),
            "the first academic to lead it since the Second World War": c(
                UNVERIFIED, "", "no stored page gives Ueda's career or the governors' backgrounds"
            ),
            "He said it was appropriate to continue the bank's monetary easing": c(
                UNVERIFIED, "", "no stored page reports what Ueda said"
            ),
            "when Kuroda was still governor": c(
                SUPPORTED, "haruhiko-kuroda", "'In office 20 March 2013 – 9 April 2023': governor in February 2023"
            ),
            "the government nominated Ueda to succeed him": c(
                UNVERIFIED,
                "haruhiko-kuroda",
                "'Succeeded by Kazuo Ueda' settles the succession, but no stored page mentions the nomination or its month",
            ),
            "Kuroda, 78,": c(SUPPORTED, "haruhiko-kuroda", "'born 25 October 1944': 78 on 2023-04-10"),
            "stepped down after ten years": c(
                SUPPORTED,
                "haruhiko-kuroda",
                "'In office 20 March 2013 – 9 April 2023'; 'from March 2013 to April 2023'",
            ),
            "the longest tenure of any governor in the bank's history": c(
                UNVERIFIED, "", "no stored page lists the governors or their tenures"
            ),
            "He had been governor since 20 March 2013": c(
                SUPPORTED, "haruhiko-kuroda", "'In office 20 March 2013 – 9 April 2023'"
            ),
            "when he succeeded Masaaki Shirakawa": c(SUPPORTED, "haruhiko-kuroda", "'Preceded by Masaaki Shirakawa'"),
            "was the bank's 31st governor": c(SUPPORTED, "haruhiko-kuroda", "'31st Governor of the Bank of Japan'"),
            "Kuroda served under three prime ministers": c(
                SUPPORTED, "haruhiko-kuroda", "'Prime Minister Shinzō Abe Yoshihide Suga Fumio Kishida' (three names)"
            ),
            "Prime Minister Fumio Kishida": c(
                SUPPORTED,
                "fumio-kishida-2024 prime-minister-of-japan-2024 haruhiko-kuroda",
                "'Prime Minister of Japan' 'Assumed office 4 October 2021'; 'Incumbent Fumio Kishida since 4 October 2021': in office on 2023-04-10; Kishida the last of Kuroda's three",
            ),
            "has led the government since October 2021": c(
                SUPPORTED,
                "fumio-kishida-2024 prime-minister-of-japan-2024",
                "'Prime Minister of Japan' 'Assumed office 4 October 2021'",
            ),
            "Kuroda led the Asian Development Bank for eight years": c(
                SUPPORTED,
                "haruhiko-kuroda",
                "'8th President of the Asian Development Bank' 'In office 1 February 2005 – 18 March 2013': eight years and six weeks",
            ),
            "handing over to Takehiko Nakao in 2013": c(
                SUPPORTED,
                "haruhiko-kuroda",
                "ADB: 'In office 1 February 2005 – 18 March 2013' 'Succeeded by Takehiko Nakao'",
            ),
            "A career finance ministry official": c(
                SUPPORTED, "haruhiko-kuroda", "'a former Ministry of Finance government official'"
            ),
            "he was director general of the ministry's International Bureau from 1997 to 1999": c(
                SUPPORTED,
                "haruhiko-kuroda",
                "'Director General of the International Bureau' 'In office 15 July 1997 – 8 July 1999' (the page does not name the ministry in the box; its lead calls him a Ministry of Finance official)",
            ),
            "succeeded Eisuke Sakakibara as vice minister for international affairs in July 1999": c(
                SUPPORTED,
                "haruhiko-kuroda",
                "'Vice Minister of Finance for International Affairs' 'In office 8 July 1999 – 14 January 2003' 'Preceded by Eisuke Sakakibara'",
            ),
            "Born on 25 October 1944 in Ōmuta": c(
                SUPPORTED, "haruhiko-kuroda", "'Born (1944-10-25) 25 October 1944' 'Ōmuta, Japan'"
            ),
            "Kuroda grew up in Yokohama and Kobe before settling in Setagaya, Tokyo": c(
                SUPPORTED,
                "haruhiko-kuroda",
                "'As a child he lived in Yokohama and Kobe before settling in Setagaya, Tokyo.'",
            ),
            "He entered the University of Tokyo in 1963": c(
                SUPPORTED, "haruhiko-kuroda", "'He was matriculated at the University of Tokyo in 1963.'"
            ),
            "he chose German as his first foreign language": c(
                SUPPORTED, "haruhiko-kuroda", "'he chose German as his first foreign language'"
            ),
            "also studied at the University of Oxford": c(
                SUPPORTED, "haruhiko-kuroda", "'Education University of Tokyo University of Oxford'"
            ),
            "Ueda taught economics at the University of Tokyo": c(UNVERIFIED, "", "no stored page is about Ueda"),
            "sat on the bank's policy board from 1998 to 2005": c(
                UNVERIFIED, "", "no stored page is about Ueda; none mentions the policy board"
            ),
            "His two deputy governors, Ryozo Himino and Shinichi Uchida, took office on 20 March": c(
                UNVERIFIED, "", "no stored page names the deputy governors"
            ),
            "The Bank of Japan, founded in 1882, is headquartered in Nihonbashi, Tokyo": c(
                SUPPORTED,
                "bank-of-japan",
                "'Matsukata Masayoshi founded the Bank of Japan in 1882'; 'The Bank of Japan is headquartered in Nihonbashi, Tokyo'",
            ),
            "issues the Japanese yen": c(
                SUPPORTED, "bank-of-japan", "'Currency Japanese yen'; 'The Bank of Japan issued its banknotes in 1885'"
            ),
            "It was given a monopoly on controlling Japan's money supply in 1884": c(
                SUPPORTED, "bank-of-japan", "'BOJ was given a monopoly on controlling Japan's money supply in 1884.'"
            ),
            "Japan joined the gold standard in 1897": c(
                SUPPORTED, "bank-of-japan", "'In 1897, Japan joined the gold standard.'"
            ),
            "Ueda's first policy meeting as governor is set for 27 and 28 April": c(
                UNVERIFIED, "", "no stored page mentions the bank's meeting schedule"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-budget-bureau",
        "he was director general of the ministry's International Bureau from 1997 to 1999",
        "he was director general of the ministry's Budget Bureau from 1997 to 1999",
        c(
            CONTRADICTED,
            "haruhiko-kuroda",
            "'Director General of the International Bureau' 'In office 15 July 1997 – 8 July 1999'",
        ),
        "sibling office",
    ),
    (
        "v02-adb-vice-president",
        "Kuroda led the Asian Development Bank for eight years",
        "Kuroda was vice-president of the Asian Development Bank for eight years",
        c(
            CONTRADICTED,
            "haruhiko-kuroda",
            "'8th President of the Asian Development Bank' 'In office 1 February 2005 – 18 March 2013'",
        ),
        "vice or deputy",
    ),
    (
        "v03-korea-money-supply",
        "It was given a monopoly on controlling Japan's money supply in 1884",
        "It was given a monopoly on controlling Korea's money supply in 1884",
        c(CONTRADICTED, "bank-of-japan", "'BOJ was given a monopoly on controlling Japan's money supply in 1884.'"),
        "wrong country",
    ),
    (
        "v04-four-prime-ministers",
        "Kuroda served under three prime ministers",
        "Kuroda served under four prime ministers",
        c(CONTRADICTED, "haruhiko-kuroda", "'Prime Minister Shinzō Abe Yoshihide Suga Fumio Kishida' (three names)"),
        "wrong count",
    ),
    (
        "v05-date",
        "succeeded Eisuke Sakakibara as vice minister for international affairs in July 1999",
        "succeeded Eisuke Sakakibara as vice minister for international affairs in January 1999",
        c(
            CONTRADICTED,
            "haruhiko-kuroda",
            "'Vice Minister of Finance for International Affairs' 'In office 8 July 1999 – 14 January 2003' 'Preceded by Eisuke Sakakibara'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "He entered the University of Tokyo in 1963",
        "He entered the University of Tokyo in 1966",
        c(CONTRADICTED, "haruhiko-kuroda", "'He was matriculated at the University of Tokyo in 1963.'"),
        "wrong year",
    ),
    (
        "v07-childhood",
        "Kuroda grew up in Yokohama and Kobe before settling in Setagaya, Tokyo",
        "Kuroda grew up in Osaka and Kyoto before settling in Setagaya, Tokyo",
        c(
            CONTRADICTED,
            "haruhiko-kuroda",
            "'As a child he lived in Yokohama and Kobe before settling in Setagaya, Tokyo.'",
        ),
        "wrong place",
    ),
    (
        "v08-adb-successor",
        "handing over to Takehiko Nakao in 2013",
        "handing over to Tadao Chino in 2013",
        c(
            CONTRADICTED,
            "haruhiko-kuroda",
            "ADB: 'Preceded by Tadao Chino' 'Succeeded by Takehiko Nakao': Chino was his predecessor",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-suga",
        "Prime Minister Fumio Kishida",
        "Prime Minister Yoshihide Suga",
        c(
            CONTRADICTED,
            "fumio-kishida-2024 prime-minister-of-japan-2024",
            "'Prime Minister of Japan' 'Assumed office 4 October 2021' 'Preceded by Yoshihide Suga': Kishida prime minister on 2023-04-10",
        ),
        "past holder as current",
    ),
    (
        "v10-ueda-early",
        "when Kuroda was still governor",
        "when Ueda was already governor",
        c(
            CONTRADICTED,
            "haruhiko-kuroda",
            "Kuroda 'In office 20 March 2013 – 9 April 2023' 'Succeeded by Kazuo Ueda': Kuroda was governor in February 2023",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "is the bank's 32nd governor",
        "is the bank's 33rd governor",
        c(
            CONTRADICTED,
            "haruhiko-kuroda",
            "'31st Governor of the Bank of Japan' 'Succeeded by Kazuo Ueda': Ueda is the 32nd",
        ),
        "wrong ordinal",
    ),
    (
        "v12-adb-years",
        "Kuroda led the Asian Development Bank for eight years",
        "Kuroda led the Asian Development Bank for six years",
        c(
            CONTRADICTED,
            "haruhiko-kuroda",
            "'In office 1 February 2005 – 18 March 2013': eight years",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("boj-2023-04-10", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-decade",
        "stepped down after ten years",
        "stepped down after a decade",
        c(SUPPORTED, "haruhiko-kuroda", "'In office 20 March 2013 – 9 April 2023'; 'from March 2013 to April 2023'"),
        None,
    ),
    (
        "r02-32nd-person",
        "is the bank's 32nd governor",
        "is the 32nd person to lead the bank",
        c(
            SUPPORTED,
            "haruhiko-kuroda",
            "'31st Governor of the Bank of Japan' 'Succeeded by Kazuo Ueda': the next governor is the 32nd",
        ),
        None,
    ),
]:
    CHANGES.append(Change("boj-2023-04-10", name, old, new, claim, None, key))


# ---------------------------------------------------------------- Liberia: Weah's last days, 19 January 2024
# Written blind (see the README): the articles and labels come from the stored pages only. Both bases are HELD-OUT.
# 'Joseph Boakai' and 'George Weah' are copies written after the handover (22 January 2024): as for Kuroda's copy,
# the labels follow what they say of each article's date. 'President of Liberia' is a copy of 2018-2023 (Weah
# incumbent), STALE from 22 January 2024: only what does not change (the office's powers, term, history) rests on it.
BASES.append(
    Base(
        "lr-2024-01-19",
        "2024-01-19",
        "held-out",
        """Weah prepares to hand Liberia's presidency to Boakai

MONROVIA, Jan 19 - President George Weah will hand power to Joseph Boakai on Monday, 22 January, ending a single six-year term after losing last year's election.

Weah, 57, was sworn in on 22 January 2018 as Liberia's 25th president, succeeding Ellen Johnson Sirleaf. Weah's vice-president is Jewel Taylor. Before the presidency, he was senator for Montserrado County from 2015 to 2018.

Born in Monrovia, Weah played as a striker in an 18-year professional career that ended in 2003, and he is the first African former professional footballer to become a head of state. Arsène Wenger brought him to Europe in 1988, signing him for Monaco. His party is the Congress for Democratic Change.

The president-elect, Joseph Boakai, was Liberia's 29th vice-president from 2006 to 2018, under President Ellen Johnson Sirleaf. Boakai, 79, lost the 2017 election to Weah. He was minister of agriculture from 1983 under Samuel Doe.

Boakai was born in Worsonga, in the Foya District of Lofa County, and is a deacon of the Effort Baptist Church. He and his wife, Katumu, have four children. His running mate, Jeremiah Koung, will be sworn in as vice-president.

Boakai won the run-off in November with 50.64 per cent of the vote. Delegations from across West Africa are expected at the inauguration.

What does Liberia's president do?

The president is head of state and government and commander-in-chief of the Armed Forces of Liberia. Under the 1986 Constitution, presidents are directly elected to a six-year term, renewable once. The office was created by the 1847 Constitution, and its first holder was Joseph Jenkins Roberts. The president's official residence is the Executive Mansion in Monrovia.
""",
        {
            "President George Weah will hand power to Joseph Boakai on Monday, 22 January": c(
                SUPPORTED,
                "george-weah joseph-boakai",
                "Weah '25th President of Liberia' 'In office 22 January 2018 – 22 January 2024' 'Succeeded by Joseph Boakai'; Boakai 'Term Start: 22 January 2024' (22 January 2024 was a Monday; a forecast on 2024-01-19 the day fulfilled)",
            ),
            "ending a single six-year term": c(
                SUPPORTED,
                "george-weah president-of-liberia-2023",
                "'In office 22 January 2018 – 22 January 2024' (one term, six years); 'directly elected by eligible voters to a six-year term'",
            ),
            "after losing last year's election": c(
                SUPPORTED, "joseph-boakai", "'He went on to defeat Weah in the 2023 election.'"
            ),
            "Weah, 57,": c(SUPPORTED, "george-weah", "'born 1 October 1966': 57 on 2024-01-19"),
            "was sworn in on 22 January 2018": c(
                SUPPORTED, "george-weah president-of-liberia-2023", "'In office 22 January 2018 – 22 January 2024'; 'George Weah since January 22, 2018'"
            ),
            "as Liberia's 25th president": c(
                SUPPORTED, "george-weah", "'25th President of Liberia'; 'served as the 25th president of Liberia from 2018 to 2024'"
            ),
            "succeeding Ellen Johnson Sirleaf": c(SUPPORTED, "george-weah", "'Preceded by Ellen Johnson Sirleaf'"),
            "Weah's vice-president is Jewel Taylor": c(
                SUPPORTED, "george-weah", "'Vice President Jewel Taylor' (Weah in office on 2024-01-19)"
            ),
            "he was senator for Montserrado County from 2015 to 2018": c(
                SUPPORTED, "george-weah", "'Senator from Montserrado County' 'In office 14 January 2015 – 22 January 2018'"
            ),
            "Born in Monrovia": c(SUPPORTED, "george-weah", "'1 October 1966 (age 57) Monrovia, Liberia'"),
            "Weah played as a striker in an 18-year professional career that ended in 2003": c(
                SUPPORTED,
                "george-weah",
                "'He played as a striker in his prolific 18-year professional football career, which ended in 2003.'",
            ),
            "he is the first African former professional footballer to become a head of state": c(
                SUPPORTED,
                "george-weah",
                "'Weah is the first African former professional footballer to become a head of state.'",
            ),
            "Arsène Wenger brought him to Europe in 1988, signing him for Monaco": c(
                SUPPORTED,
                "george-weah",
                "'Arsène Wenger first brought him to Europe, signing him for Monaco in 1988.' (stored copy's career paragraph; not served by the fake wiki)",
            ),
            "His party is the Congress for Democratic Change": c(
                SUPPORTED, "george-weah", "'Political party Congress for Democratic Change'"
            ),
            "The president-elect, Joseph Boakai,": c(
                SUPPORTED,
                "joseph-boakai george-weah",
                "'He went on to defeat Weah in the 2023 election'; 'Term Start: 22 January 2024'; Weah 'In office ... – 22 January 2024': elected, not yet in office on 2024-01-19",
            ),
            "was Liberia's 29th vice-president from 2006 to 2018": c(
                SUPPORTED,
                "joseph-boakai",
                "'29th Vice President of Liberia' 'Term Start1: 16 January 2006' 'Term End1: 22 January 2018'; 'the 29th vice president of Liberia from 2006 to 2018'",
            ),
            "under President Ellen Johnson Sirleaf": c(
                SUPPORTED, "joseph-boakai", "'President1: Ellen Johnson Sirleaf'; 'under President Ellen Johnson Sirleaf'"
            ),
            "Boakai, 79,": c(SUPPORTED, "joseph-boakai", "'born 30 November 1944': 79 on 2024-01-19"),
            "lost the 2017 election to Weah": c(
                SUPPORTED, "joseph-boakai", "'Boakai ran for president in 2017, losing the election to George Weah.'"
            ),
            "He was minister of agriculture from 1983 under Samuel Doe": c(
                SUPPORTED,
                "joseph-boakai",
                "'Office2: Minister of Agriculture' 'President2: Samuel Doe' 'Term Start2: 1983'; 'the minister of agriculture from 1983 to 1985'",
            ),
            "Boakai was born in Worsonga, in the Foya District of Lofa County": c(
                SUPPORTED,
                "joseph-boakai",
                "'born in the remote village of Worsonga in Foya District, Lofa County'; 'Birth Place: Worsonga, Lofa County, Liberia'",
            ),
            "is a deacon of the Effort Baptist Church": c(
                SUPPORTED, "joseph-boakai", "'Boakai is a Baptist and a deacon of the Effort Baptist Church.'"
            ),
            "He and his wife, Katumu, have four children": c(
                SUPPORTED, "joseph-boakai", "'He is married to Katumu Boakai and they have four children.'; 'Children: 4'"
            ),
            "His running mate, Jeremiah Koung, will be sworn in as vice-president": c(
                SUPPORTED,
                "joseph-boakai",
                "'Vicepresident: Jeremiah Koung' beside 'Term Start: 22 January 2024' (a forecast on 2024-01-19 the day fulfilled)",
            ),
            "Boakai won the run-off in November with 50.64 per cent of the vote": c(
                UNVERIFIED, "", "no stored page gives the 2023 election's rounds, month or vote shares"
            ),
            "Delegations from across West Africa are expected at the inauguration": c(
                UNVERIFIED, "", "no stored page mentions the inauguration's guests"
            ),
            "The president is head of state and government": c(
                SUPPORTED,
                "president-of-liberia-2023",
                "'The president of the Republic of Liberia is the head of state and government of Liberia.'",
            ),
            "commander-in-chief of the Armed Forces of Liberia": c(
                SUPPORTED,
                "president-of-liberia-2023",
                "'The president serves as the leader of the executive branch and as commander-in-chief of the Armed Forces of Liberia.'",
            ),
            "presidents are directly elected to a six-year term, renewable once": c(
                SUPPORTED,
                "president-of-liberia-2023",
                "'Under the 1986 Constitution, the president is directly elected by eligible voters to a six-year term, which may be renewed once.'",
            ),
            "The office was created by the 1847 Constitution": c(
                SUPPORTED,
                "president-of-liberia-2023",
                "'Formation 1847 Constitution of Liberia July 26, 1847'; 'The 1847 Constitution transferred the executive powers of the governorship to the presidency'",
            ),
            "its first holder was Joseph Jenkins Roberts": c(
                SUPPORTED, "president-of-liberia-2023", "'Inaugural holder Joseph Jenkins Roberts January 3, 1848'"
            ),
            "The president's official residence is the Executive Mansion in Monrovia": c(
                SUPPORTED, "president-of-liberia-2023 joseph-boakai", "'Residence Executive Mansion, Monrovia'; Boakai 'Residence: Executive Mansion'"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-finance-minister",
        "He was minister of agriculture from 1983 under Samuel Doe",
        "He was minister of finance from 1983 under Samuel Doe",
        c(
            CONTRADICTED,
            "joseph-boakai",
            "'Office2: Minister of Agriculture' 'President2: Samuel Doe'; 'the minister of agriculture from 1983 to 1985': his ministry under Doe was agriculture",
        ),
        "sibling office",
    ),
    (
        "v02-president-not-vice",
        "was Liberia's 29th vice-president from 2006 to 2018",
        "was Liberia's 29th president from 2006 to 2018",
        c(
            CONTRADICTED,
            "joseph-boakai george-weah",
            "'29th Vice President of Liberia' 'President1: Ellen Johnson Sirleaf' 2006-2018; Weah 'Preceded by Ellen Johnson Sirleaf': Sirleaf was president then, Boakai her vice-president",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "as Liberia's 25th president",
        "as Ghana's 25th president",
        c(CONTRADICTED, "george-weah", "'25th President of Liberia'"),
        "wrong country",
    ),
    (
        "v04-children",
        "He and his wife, Katumu, have four children",
        "He and his wife, Katumu, have three children",
        c(CONTRADICTED, "joseph-boakai", "'He is married to Katumu Boakai and they have four children.'; 'Children: 4'"),
        "wrong count",
    ),
    (
        "v05-date",
        "was sworn in on 22 January 2018",
        "was sworn in on 22 February 2018",
        c(
            CONTRADICTED,
            "george-weah president-of-liberia-2023",
            "'In office 22 January 2018 – 22 January 2024'; 'George Weah since January 22, 2018'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "he was senator for Montserrado County from 2015 to 2018",
        "he was senator for Montserrado County from 2012 to 2018",
        c(CONTRADICTED, "george-weah", "'Senator from Montserrado County' 'In office 14 January 2015 – 22 January 2018'"),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "Born in Monrovia",
        "Born in Gbarnga",
        c(CONTRADICTED, "george-weah", "'1 October 1966 (age 57) Monrovia, Liberia'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "succeeding Ellen Johnson Sirleaf",
        "succeeding Charles Taylor",
        c(CONTRADICTED, "george-weah", "'Preceded by Ellen Johnson Sirleaf'"),
        "wrong predecessor or successor",
    ),
    (
        "v09-sirleaf",
        "President George Weah will hand power to Joseph Boakai on Monday, 22 January",
        "President Ellen Johnson Sirleaf will hand power to Joseph Boakai on Monday, 22 January",
        c(
            CONTRADICTED,
            "george-weah joseph-boakai",
            "Weah 'In office 22 January 2018 – 22 January 2024' 'Preceded by Ellen Johnson Sirleaf' 'Succeeded by Joseph Boakai': Sirleaf's presidency ended in 2018; Boakai 'Predecessor: George Weah'",
        ),
        "past holder as current",
    ),
    (
        "v10-president-early",
        "The president-elect, Joseph Boakai,",
        "The president, Joseph Boakai,",
        c(
            CONTRADICTED,
            "george-weah joseph-boakai",
            "Weah 'In office 22 January 2018 – 22 January 2024'; Boakai 'Term Start: 22 January 2024': Weah was president on 2024-01-19",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "was Liberia's 29th vice-president from 2006 to 2018",
        "was Liberia's 28th vice-president from 2006 to 2018",
        c(CONTRADICTED, "joseph-boakai", "'29th Vice President of Liberia'; 'the 29th vice president of Liberia from 2006 to 2018'"),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Weah, 57,",
        "Weah, 54,",
        c(CONTRADICTED, "george-weah", "'born 1 October 1966': 57 on 2024-01-19"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("lr-2024-01-19", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-turned-57",
        "Weah, 57,",
        "Weah, who turned 57 in October,",
        c(SUPPORTED, "george-weah", "'born 1 October 1966': 57 from 1 October 2023"),
        "Weah, who turned 57 in October",
    ),
    (
        "r02-took-over",
        "succeeding Ellen Johnson Sirleaf",
        "taking over from Ellen Johnson Sirleaf",
        c(SUPPORTED, "george-weah", "'Preceded by Ellen Johnson Sirleaf'"),
        None,
    ),
]:
    CHANGES.append(Change("lr-2024-01-19", name, old, new, claim, None, key))

# ---------------------------------------------------------------- Liberia: Boakai in office, 24 January 2024
BASES.append(
    Base(
        "lr-2024-01-24",
        "2024-01-24",
        "held-out",
        """Boakai begins his presidency as Weah steps aside

MONROVIA, Jan 24 - Joseph Boakai was sworn in on Monday as Liberia's 26th president.

Boakai, 79, took office on 22 January, succeeding George Weah, who had beaten him in 2017. He defeated Weah in the 2023 election, held while Weah was still president.

Boakai served as the 29th vice-president of Liberia from 16 January 2006 to 22 January 2018 under President Ellen Johnson Sirleaf, succeeding Wesley Momo Johnson. He was followed in that post by Jewel Taylor, who became Weah's vice-president. Earlier he was minister of agriculture under Samuel Doe. The new vice-president is Jeremiah Koung.

A member of the Unity Party, Boakai was born in Worsonga in Lofa County on 30 November 1944 and belongs to the Kissi ethnic group. He is married to Katumu Boakai, and the couple have four children.

Weah, 57, was the 25th president, from 2018 to 2024, serving a single six-year term. Before the presidency he represented Montserrado County in the Senate from 14 January 2015, succeeding Joyce Musu Freeman-Sumo. His children include George Jr. and Timothy. He remains a member of the Congress for Democratic Change.

Boakai has promised to make the fight against corruption a priority of his first 100 days.

Liberia's presidency: a timeline

1847 - The constitution of 26 July creates the office of president.
1848 - Joseph Jenkins Roberts takes office as the first president, on 3 January.
1878 - The election of Anthony W. Gardiner begins 102 years of one-party rule by the True Whig Party.
1980 - A coup led by Samuel Doe ends the True Whigs' rule.
1986 - A new constitution sets a six-year presidential term, renewable once.
2018 - George Weah is sworn in.
2024 - Joseph Boakai is sworn in.
""",
        {
            "Joseph Boakai was sworn in on Monday": c(
                SUPPORTED, "joseph-boakai", "'Term Start: 22 January 2024' (a Monday, two days before 2024-01-24)"
            ),
            "as Liberia's 26th president": c(
                SUPPORTED,
                "joseph-boakai",
                "'Order: 26th' 'Office: President of Liberia'; 'has served as the 26th president of Liberia since 2024'",
            ),
            "Boakai, 79,": c(SUPPORTED, "joseph-boakai", "'born 30 November 1944': 79 on 2024-01-24"),
            "took office on 22 January": c(SUPPORTED, "joseph-boakai", "'Term Start: 22 January 2024'"),
            "succeeding George Weah": c(
                SUPPORTED, "joseph-boakai george-weah", "'Predecessor: George Weah'; Weah 'Succeeded by Joseph Boakai'"
            ),
            "who had beaten him in 2017": c(
                SUPPORTED, "joseph-boakai", "'Boakai ran for president in 2017, losing the election to George Weah.'"
            ),
            "He defeated Weah in the 2023 election": c(
                SUPPORTED, "joseph-boakai", "'He went on to defeat Weah in the 2023 election.'"
            ),
            "held while Weah was still president": c(
                SUPPORTED,
                "george-weah joseph-boakai",
                "Weah 'In office 22 January 2018 – 22 January 2024'; 'the 2023 election': held during Weah's term",
            ),
            "Boakai served as the 29th vice-president of Liberia from 16 January 2006 to 22 January 2018": c(
                SUPPORTED,
                "joseph-boakai",
                "'Office1: 29th Vice President of Liberia' 'Term Start1: 16 January 2006' 'Term End1: 22 January 2018'",
            ),
            "under President Ellen Johnson Sirleaf": c(
                SUPPORTED, "joseph-boakai", "'President1: Ellen Johnson Sirleaf'; 'under President Ellen Johnson Sirleaf'"
            ),
            "succeeding Wesley Momo Johnson": c(SUPPORTED, "joseph-boakai", "'Predecessor1: Wesley Momo Johnson'"),
            "He was followed in that post by Jewel Taylor": c(SUPPORTED, "joseph-boakai", "'Successor1: Jewel Taylor'"),
            "who became Weah's vice-president": c(
                SUPPORTED, "george-weah", "'25th President of Liberia' ... 'Vice President Jewel Taylor'"
            ),
            "Earlier he was minister of agriculture under Samuel Doe": c(
                SUPPORTED,
                "joseph-boakai",
                "'Office2: Minister of Agriculture' 'President2: Samuel Doe'; 'the minister of agriculture from 1983 to 1985'",
            ),
            "The new vice-president is Jeremiah Koung": c(
                SUPPORTED, "joseph-boakai", "'Vicepresident: Jeremiah Koung' (Boakai in office from 22 January 2024)"
            ),
            "A member of the Unity Party": c(SUPPORTED, "joseph-boakai", "'Party: Unity Party'"),
            "Boakai was born in Worsonga in Lofa County on 30 November 1944": c(
                SUPPORTED,
                "joseph-boakai",
                "'Birth Place: Worsonga, Lofa County, Liberia'; 'born in the remote village of Worsonga in Foya District, Lofa County, on 30 November 1944'",
            ),
            "belongs to the Kissi ethnic group": c(SUPPORTED, "joseph-boakai", "'and is from the Kissi ethnic group'"),
            "He is married to Katumu Boakai": c(SUPPORTED, "joseph-boakai", "'He is married to Katumu Boakai'"),
            "the couple have four children": c(
                SUPPORTED, "joseph-boakai", "'He is married to Katumu Boakai and they have four children.'; 'Children: 4'"
            ),
            "Weah, 57,": c(SUPPORTED, "george-weah", "'born 1 October 1966': 57 on 2024-01-24"),
            "was the 25th president, from 2018 to 2024": c(
                SUPPORTED, "george-weah", "'served as the 25th president of Liberia from 2018 to 2024'"
            ),
            "serving a single six-year term": c(
                SUPPORTED,
                "george-weah president-of-liberia-2023",
                "'In office 22 January 2018 – 22 January 2024' (one term, six years); 'directly elected by eligible voters to a six-year term'",
            ),
            "he represented Montserrado County in the Senate from 14 January 2015": c(
                SUPPORTED, "george-weah", "'Senator from Montserrado County' 'In office 14 January 2015 – 22 January 2018'"
            ),
            "succeeding Joyce Musu Freeman-Sumo": c(
                SUPPORTED, "george-weah", "senator: 'Preceded by Joyce Musu Freeman-Sumo'"
            ),
            "His children include George Jr. and Timothy": c(
                SUPPORTED, "george-weah", "'Children 4, including George Jr. and Timothy'"
            ),
            "He remains a member of the Congress for Democratic Change": c(
                SUPPORTED,
                "george-weah",
                "'Political party Congress for Democratic Change' (a copy written after the handover)",
            ),
            "Boakai has promised to make the fight against corruption a priority of his first 100 days": c(
                UNVERIFIED, "", "no stored page mentions Boakai's pledges or programme"
            ),
            "1847 - The constitution of 26 July creates the office of president": c(
                SUPPORTED,
                "president-of-liberia-2023",
                "'Formation 1847 Constitution of Liberia July 26, 1847'; 'The 1847 Constitution transferred the executive powers of the governorship to the presidency'",
            ),
            "1848 - Joseph Jenkins Roberts takes office as the first president, on 3 January": c(
                SUPPORTED, "president-of-liberia-2023", "'Inaugural holder Joseph Jenkins Roberts January 3, 1848'"
            ),
            "1878 - The election of Anthony W. Gardiner begins 102 years of one-party rule by the True Whig Party": c(
                SUPPORTED,
                "president-of-liberia-2023",
                "'ended in 1878, when the election of Anthony W. Gardiner marked the beginning of 102 years of one-party rule by the True Whigs'",
            ),
            "1980 - A coup led by Samuel Doe ends the True Whigs' rule": c(
                SUPPORTED,
                "president-of-liberia-2023",
                "'Following a coup d'état by disgruntled army officers led by Samuel Doe in 1980, one-party rule of the True Whigs ended'",
            ),
            "1986 - A new constitution sets a six-year presidential term, renewable once": c(
                SUPPORTED,
                "president-of-liberia-2023",
                "'Under the 1986 Constitution, the president is directly elected by eligible voters to a six-year term, which may be renewed once.'",
            ),
            "2018 - George Weah is sworn in": c(
                SUPPORTED, "george-weah president-of-liberia-2023", "'In office 22 January 2018 – 22 January 2024'; 'George Weah since January 22, 2018'"
            ),
            "2024 - Joseph Boakai is sworn in": c(SUPPORTED, "joseph-boakai", "'Term Start: 22 January 2024'"),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-defence-minister",
        "Earlier he was minister of agriculture under Samuel Doe",
        "Earlier he was minister of defence under Samuel Doe",
        c(
            CONTRADICTED,
            "joseph-boakai",
            "'Office2: Minister of Agriculture' 'President2: Samuel Doe'; 'the minister of agriculture from 1983 to 1985': his ministry under Doe was agriculture",
        ),
        "sibling office",
    ),
    (
        "v02-vice-added",
        "under President Ellen Johnson Sirleaf",
        "under Vice-President Ellen Johnson Sirleaf",
        c(
            CONTRADICTED,
            "joseph-boakai george-weah",
            "'President1: Ellen Johnson Sirleaf'; Weah 'Preceded by Ellen Johnson Sirleaf': Sirleaf was president, Boakai her vice-president",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "as Liberia's 26th president",
        "as Sierra Leone's 26th president",
        c(CONTRADICTED, "joseph-boakai", "'Order: 26th' 'Office: President of Liberia'"),
        "wrong country",
    ),
    (
        "v04-children",
        "the couple have four children",
        "the couple have six children",
        c(CONTRADICTED, "joseph-boakai", "'He is married to Katumu Boakai and they have four children.'; 'Children: 4'"),
        "wrong count",
    ),
    (
        "v05-date",
        "Boakai was born in Worsonga in Lofa County on 30 November 1944",
        "Boakai was born in Worsonga in Lofa County on 30 October 1944",
        c(CONTRADICTED, "joseph-boakai", "'born 30 November 1944'; 'in Foya District, Lofa County, on 30 November 1944'"),
        "wrong date",
    ),
    (
        "v06-year",
        "who had beaten him in 2017",
        "who had beaten him in 2011",
        c(CONTRADICTED, "joseph-boakai", "'Boakai ran for president in 2017, losing the election to George Weah.'"),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "Boakai was born in Worsonga in Lofa County on 30 November 1944",
        "Boakai was born in Gbarnga in Bong County on 30 November 1944",
        c(
            CONTRADICTED,
            "joseph-boakai",
            "'Birth Place: Worsonga, Lofa County, Liberia'; 'born in the remote village of Worsonga in Foya District, Lofa County'",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "succeeding Wesley Momo Johnson",
        "succeeding Moses Blah",
        c(CONTRADICTED, "joseph-boakai", "vice president: 'Predecessor1: Wesley Momo Johnson'"),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "The new vice-president is Jeremiah Koung",
        "The vice-president is Jewel Taylor",
        c(
            CONTRADICTED,
            "joseph-boakai george-weah",
            "Boakai 'Vicepresident: Jeremiah Koung' 'Term Start: 22 January 2024'; Taylor was Weah's vice-president ('In office 22 January 2018 – 22 January 2024')",
        ),
        "past holder as current",
    ),
    (
        "v10-boakai-early",
        "held while Weah was still president",
        "held while Boakai was already president",
        c(
            CONTRADICTED,
            "joseph-boakai george-weah",
            "Boakai 'Term Start: 22 January 2024'; Weah 'In office 22 January 2018 – 22 January 2024': the 2023 election fell in Weah's term",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "was the 25th president, from 2018 to 2024",
        "was the 24th president, from 2018 to 2024",
        c(CONTRADICTED, "george-weah", "'25th President of Liberia'; 'served as the 25th president of Liberia from 2018 to 2024'"),
        "wrong ordinal",
    ),
    (
        "v12-term",
        "serving a single six-year term",
        "serving a single five-year term",
        c(
            CONTRADICTED,
            "george-weah president-of-liberia-2023",
            "'In office 22 January 2018 – 22 January 2024' (six years); 'directly elected by eligible voters to a six-year term'",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("lr-2024-01-24", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-turns-80",
        "Boakai, 79,",
        "Boakai, who turns 80 in November,",
        c(SUPPORTED, "joseph-boakai", "'born 30 November 1944': 79 on 2024-01-24, 80 on 30 November 2024"),
        "Boakai, who turns 80 in November",
    ),
    (
        "r02-of-liberia",
        "as Liberia's 26th president",
        "as the 26th president of Liberia",
        c(SUPPORTED, "joseph-boakai", "'has served as the 26th president of Liberia since 2024'"),
        None,
    ),
]:
    CHANGES.append(Change("lr-2024-01-24", name, old, new, claim, None, key))


# ---------------------------------------------------------------- Kuwait's change of emir: Nawaf in hospital, 30 November 2023
# Written blind (see the README): the articles and labels come from the stored pages only. Both bases are tuning.
# The handover came by death: Emir Nawaf died on 16 December 2023 and Crown Prince Mishal became emir that day. All
# stored copies of the people's pages were written after it (Nawaf's Kiddle copy after his death, Mishal's
# en.wikipedia.org copy after 1 June 2024); what they say of earlier years is read as of the article's date. The
# hospital stay, the oath before the National Assembly and the news of the day are in no stored page: unverified.
BASES.append(
    Base(
        "kw-2023-11-30",
        "2023-11-30",
        "tuning",
        """Kuwait's emir taken to hospital, crown prince next in line

KUWAIT CITY, Nov 30 - Kuwait's Emir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah was admitted to hospital on Wednesday with an emergency health problem, the state news agency said, adding that his condition was stable.

Sheikh Nawaf, 86, has been emir since September 2020, when he succeeded his half-brother Sabah Al-Ahmad Al-Jaber Al-Sabah. He is the Gulf state's 16th emir.

Next in line is Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah, the emir's half-brother. Mishal, 83, was named heir apparent in October 2020 and is the world's oldest crown prince.

A son of Ahmad Al-Jaber Al-Sabah, the 10th ruler of Kuwait, Nawaf was born in Kuwait City on 25 June 1937. He served as minister of interior from 1978 to 1988 and as minister of defence from 1988 to 1991, and was named crown prince on 7 February 2006. He is married to Sharifa Sulaiman Al-Jassim, and the couple have five children.

Born on 27 September 1940, Mishal has spent most of his career in Kuwait's security and intelligence apparatus. He is the younger half-brother of three emirs. After graduating from Hendon Police College in Britain in 1960, he joined the interior ministry, and from 1967 to 1980 he headed its intelligence and state security service. In 2004 he became deputy chief of the Kuwait National Guard, replacing Nawaf in that post.

Nawaf's reign has been marked by internal political disputes. Prime Minister Sheikh Ahmad Nawaf Al-Ahmad Al-Sabah has led the government since 2022.

Under Kuwait's rules of succession, the emir is chosen from the descendants of Mubarak Al-Sabah, and a new emir must name an heir apparent within one year of taking the throne. The Al Sabah dynasty has ruled Kuwait since 1752, and the emir's residence is Bayan Palace.
""",
        {
            "Kuwait's Emir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah": c(
                SUPPORTED,
                "nawaf-al-ahmad-al-jaber-al-sabah emir-of-kuwait-2020",
                "'Emir of Kuwait' 'Reign 29 September 2020 – 16 December 2023': emir on 2023-11-30; 'Nawaf Al-Ahmad Al-Jaber Al-Sabah since 30 September 2020'",
            ),
            "was admitted to hospital on Wednesday with an emergency health problem": c(
                UNVERIFIED, "", "no stored page mentions Nawaf's stay in hospital or his health"
            ),
            "his condition was stable": c(UNVERIFIED, "", "no stored page mentions Nawaf's health"),
            "Sheikh Nawaf, 86,": c(
                SUPPORTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'Born (1937-06-25)25 June 1937': 86 on 2023-11-30"
            ),
            "has been emir since September 2020": c(
                SUPPORTED,
                "nawaf-al-ahmad-al-jaber-al-sabah emir-of-kuwait-2020",
                "'Reign 29 September 2020 – 16 December 2023'; 'became Emir of Kuwait on 30 September 2020' (September either way)",
            ),
            "when he succeeded his half-brother Sabah Al-Ahmad Al-Jaber Al-Sabah": c(
                SUPPORTED,
                "nawaf-al-ahmad-al-jaber-al-sabah",
                "'Predecessor Sabah Al-Ahmad Al-Jaber'; 'He had succeeded to the throne following the death of his half-brother Sabah Al-Ahmad Al-Jaber Al-Sabah.'",
            ),
            "He is the Gulf state's 16th emir": c(
                SUPPORTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'was the 16th Emir of Kuwait from 29 September 2020'"
            ),
            "Next in line is Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah": c(
                SUPPORTED,
                "emir-of-kuwait-2020 mishal-al-ahmad-al-jaber-al-sabah",
                "'Heir apparent Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah' under Nawaf; 'Reign: 16 December 2023 – present' (crown prince, not yet emir, on 2023-11-30)",
            ),
            "the emir's half-brother": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'the paternal younger half-brother of three emirs of Kuwait: ... and Nawaf Al-Ahmad Al-Jaber Al-Sabah (2020–2023)'",
            ),
            "Mishal, 83,": c(
                SUPPORTED, "mishal-al-ahmad-al-jaber-al-sabah", "'born 27 September 1940': 83 on 2023-11-30"
            ),
            "was named heir apparent in October 2020": c(
                UNVERIFIED,
                "emir-of-kuwait-2020",
                "the copy naming Nawaf emir since 30 September 2020 has 'Heir apparent Sheikh Mishal', but no stored page gives the day or month he was named",
            ),
            "is the world's oldest crown prince": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'Prior to becoming Emir at age 83, he was the oldest crown prince in the world.'",
            ),
            "A son of Ahmad Al-Jaber Al-Sabah": c(
                SUPPORTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'Father Ahmad Al-Jaber Al-Sabah'; 'He was a son of the 10th ruler of Kuwait, Ahmad Al-Jaber Al-Sabah.'"
            ),
            "the 10th ruler of Kuwait": c(
                SUPPORTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'He was a son of the 10th ruler of Kuwait, Ahmad Al-Jaber Al-Sabah.'"
            ),
            "Nawaf was born in Kuwait City on 25 June 1937": c(
                SUPPORTED,
                "nawaf-al-ahmad-al-jaber-al-sabah",
                "'Born (1937-06-25)25 June 1937 Kuwait City, Sheikhdom of Kuwait'",
            ),
            "He served as minister of interior from 1978 to 1988": c(
                SUPPORTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'He was Minister of Interior (1978–1988, 2003–2006)'"
            ),
            "as minister of defence from 1988 to 1991": c(
                SUPPORTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'Minister of Defense (1988–1991)'"
            ),
            "was named crown prince on 7 February 2006": c(
                SUPPORTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'Nawaf had been nominated as crown prince on 7 February 2006.'"
            ),
            "He is married to Sharifa Sulaiman Al-Jassim": c(
                SUPPORTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'Spouse Sharifa Sulaiman Al-Jassim'"
            ),
            "the couple have five children": c(
                SUPPORTED,
                "nawaf-al-ahmad-al-jaber-al-sabah",
                "'Issue Sheikh Ahmad Sheikh Faisal Sheikh Abdullah Sheikh Salem Sheikha Sheikha' (five names; the row is stored, not served)",
            ),
            "Born on 27 September 1940": c(
                SUPPORTED, "mishal-al-ahmad-al-jaber-al-sabah", "'Mishal was born on 27 September 1940'"
            ),
            "Mishal has spent most of his career in Kuwait's security and intelligence apparatus": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'Mishal spent most of his career in Kuwait's security and intelligence apparatus.'",
            ),
            "He is the younger half-brother of three emirs": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'the paternal younger half-brother of three emirs of Kuwait: Jaber ... (1977–2006), Sabah ... (2006–2020) and Nawaf ... (2020–2023)'",
            ),
            "After graduating from Hendon Police College in Britain in 1960": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'went abroad to the United Kingdom for studies at the Hendon Police College, from which he graduated in 1960'",
            ),
            "he joined the interior ministry": c(
                SUPPORTED, "mishal-al-ahmad-al-jaber-al-sabah", "'After graduation from Hendon, Mishal joined the Kuwaiti Ministry of Interior (MOI).'"
            ),
            "from 1967 to 1980 he headed its intelligence and state security service": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'From 1967 to 1980, he served as head of the MOI's intelligence and state security service.'",
            ),
            "In 2004 he became deputy chief of the Kuwait National Guard": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'On 13 April 2004, then-Emir Jaber Al-Ahmad Al-Jaber Al-Sabah named Mishal as a minister-level deputy chief of the Kuwait National Guard (KNG)'",
            ),
            "replacing Nawaf in that post": c(
                SUPPORTED, "mishal-al-ahmad-al-jaber-al-sabah", "'deputy chief of the Kuwait National Guard (KNG), replacing Nawaf in the position'"
            ),
            "Nawaf's reign has been marked by internal political disputes": c(
                SUPPORTED,
                "nawaf-al-ahmad-al-jaber-al-sabah",
                "'During his three-year rule as Emir, he grappled with internal political disputes.'",
            ),
            "Prime Minister Sheikh Ahmad Nawaf Al-Ahmad Al-Sabah": c(
                SUPPORTED,
                "nawaf-al-ahmad-al-jaber-al-sabah",
                "'Prime Ministers Sabah Al-Khalid Al-Sabah (2019–2022) Ahmad Nawaf Al Ahmad (2022–present)'",
            ),
            "has led the government since 2022": c(
                SUPPORTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'Ahmad Nawaf Al Ahmad (2022–present)' as Nawaf's prime minister"
            ),
            "the emir is chosen from the descendants of Mubarak Al-Sabah": c(
                SUPPORTED,
                "emir-of-kuwait-2020",
                "'Succession to the throne of Kuwait is limited to the descendants of Mubarak Al-Sabah.'",
            ),
            "a new emir must name an heir apparent within one year of taking the throne": c(
                SUPPORTED,
                "emir-of-kuwait-2020",
                "'The reigning emir must appoint an heir apparent within one year of his accession to the throne'",
            ),
            "The Al Sabah dynasty has ruled Kuwait since 1752": c(
                SUPPORTED,
                "emir-of-kuwait-2020",
                "'The emirs of Kuwait are members of the Al Sabah dynasty.'; 'Emirs of Kuwait (1752–present)', the first 'Sabah I bin Jaber' from 1752, 'Al Sabah'",
            ),
            "the emir's residence is Bayan Palace": c(SUPPORTED, "emir-of-kuwait-2020", "'ResidenceBayan Palace'"),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-foreign-minister",
        "He served as minister of interior from 1978 to 1988",
        "He served as minister of foreign affairs from 1978 to 1988",
        c(
            CONTRADICTED,
            "nawaf-al-ahmad-al-jaber-al-sabah",
            "'He was Minister of Interior (1978–1988, 2003–2006)': his ministry from 1978 to 1988 was the interior",
        ),
        "sibling office",
    ),
    (
        "v02-deputy-dropped",
        "In 2004 he became deputy chief of the Kuwait National Guard",
        "In 2004 he became chief of the Kuwait National Guard",
        c(
            CONTRADICTED,
            "mishal-al-ahmad-al-jaber-al-sabah",
            "'named Mishal as a minister-level deputy chief of the Kuwait National Guard (KNG)': deputy chief, not chief",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "Kuwait's Emir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah",
        "Qatar's Emir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah",
        c(
            CONTRADICTED,
            "nawaf-al-ahmad-al-jaber-al-sabah emir-of-kuwait-2020",
            "'Emir of Kuwait' 'Reign 29 September 2020 – 16 December 2023'; 'Nawaf Al-Ahmad Al-Jaber Al-Sabah since 30 September 2020': he was Kuwait's emir",
        ),
        "wrong country",
    ),
    (
        "v04-count",
        "He is the younger half-brother of three emirs",
        "He is the younger half-brother of four emirs",
        c(
            CONTRADICTED,
            "mishal-al-ahmad-al-jaber-al-sabah",
            "'the paternal younger half-brother of three emirs of Kuwait: Jaber ..., Sabah ... and Nawaf ...'",
        ),
        "wrong count",
    ),
    (
        "v05-date",
        "Nawaf was born in Kuwait City on 25 June 1937",
        "Nawaf was born in Kuwait City on 25 July 1937",
        c(CONTRADICTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'Born (1937-06-25)25 June 1937'; 'was born on 25 June 1937'"),
        "wrong date",
    ),
    (
        "v06-year",
        "was named crown prince on 7 February 2006",
        "was named crown prince on 7 February 2003",
        c(CONTRADICTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'Nawaf had been nominated as crown prince on 7 February 2006.'"),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "Nawaf was born in Kuwait City on 25 June 1937",
        "Nawaf was born in Jahra on 25 June 1937",
        c(CONTRADICTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'Born (1937-06-25)25 June 1937 Kuwait City, Sheikhdom of Kuwait'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "when he succeeded his half-brother Sabah Al-Ahmad Al-Jaber Al-Sabah",
        "when he succeeded his half-brother Jaber Al-Ahmad Al-Jaber Al-Sabah",
        c(
            CONTRADICTED,
            "nawaf-al-ahmad-al-jaber-al-sabah mishal-al-ahmad-al-jaber-al-sabah",
            "'Predecessor Sabah Al-Ahmad Al-Jaber'; Jaber reigned '(1977–2006)', Sabah '(2006–2020)'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-prime-minister",
        "Prime Minister Sheikh Ahmad Nawaf Al-Ahmad Al-Sabah",
        "Prime Minister Sheikh Sabah Al-Khalid Al-Sabah",
        c(
            CONTRADICTED,
            "nawaf-al-ahmad-al-jaber-al-sabah",
            "'Prime Ministers Sabah Al-Khalid Al-Sabah (2019–2022) Ahmad Nawaf Al Ahmad (2022–present)': Sabah Al-Khalid's premiership ended in 2022",
        ),
        "past holder as current",
    ),
    (
        "v10-mishal-early",
        "Next in line is Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah",
        "Next in line is Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah",
        c(
            CONTRADICTED,
            "mishal-al-ahmad-al-jaber-al-sabah emir-of-kuwait-2020",
            "'Reign: 16 December 2023 – present'; 'Heir apparent Sheikh Mishal' under Nawaf: on 2023-11-30 Mishal was crown prince, not emir",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "He is the Gulf state's 16th emir",
        "He is the Gulf state's 17th emir",
        c(CONTRADICTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'was the 16th Emir of Kuwait from 29 September 2020'"),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Sheikh Nawaf, 86,",
        "Sheikh Nawaf, 88,",
        c(CONTRADICTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'Born (1937-06-25)25 June 1937': 86 on 2023-11-30, not 88"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("kw-2023-11-30", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-turned-86",
        "Sheikh Nawaf, 86,",
        "Sheikh Nawaf, who turned 86 in June,",
        c(SUPPORTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'Born (1937-06-25)25 June 1937': 86 from 25 June 2023"),
        "Sheikh Nawaf, who turned 86 in June",
    ),
    (
        "r02-of-kuwait",
        "He is the Gulf state's 16th emir",
        "He is the 16th emir of Kuwait",
        c(SUPPORTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'was the 16th Emir of Kuwait from 29 September 2020'"),
        None,
    ),
]:
    CHANGES.append(Change("kw-2023-11-30", name, old, new, claim, None, key))

# ---------------------------------------------------------------- Kuwait's change of emir: Mishal sworn in, 21 December 2023
BASES.append(
    Base(
        "kw-2023-12-21",
        "2023-12-21",
        "tuning",
        """Kuwait's new emir sworn in after Nawaf's death

KUWAIT CITY, Dec 21 - Kuwait's Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah took the constitutional oath before the National Assembly on Wednesday, four days after succeeding his half-brother, Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah, who died on Saturday at 86.

Mishal, 83, became emir on 16 December 2023, following Nawaf's death. He had been crown prince under Nawaf and was the oldest crown prince in the world.

Nawaf, the 16th emir, reigned for three years. He had succeeded his half-brother Sabah Al-Ahmad Al-Jaber Al-Sabah in 2020.

The new emir has a year to name a crown prince: under the rules of succession, the heir apparent must be a senior member of the Al Sabah family. The emir appoints the prime minister.

Born in Kuwait City on 27 September 1940, Mishal is the seventh son of Ahmad Al-Jaber Al-Sabah, who ruled Kuwait from 1921 to 1950. He is the younger half-brother of three emirs: Jaber, who reigned from 1977 to 2006, Sabah, from 2006 to 2020, and Nawaf.

Mishal studied at the Al Mubarakiya School in Kuwait and graduated from Hendon Police College in the United Kingdom in 1960. He spent most of his career in Kuwait's security and intelligence apparatus, heading the interior ministry's intelligence and state security service from 1967 to 1980. On 13 April 2004 Emir Jaber Al-Ahmad Al-Jaber Al-Sabah named him deputy chief of the Kuwait National Guard, replacing Nawaf in the post.

He has two wives, Nuria Sabah Al-Salem Al-Sabah and Munira Badah Al-Mutairi, and 12 children.

The emir of Kuwait, now Sheikh Mishal, is the monarch and head of state and holds the country's most powerful office. The emir's residence is Bayan Palace.

The United Arab Emirates declared three days of mourning for Nawaf.
""",
        {
            "Kuwait's Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah": c(
                SUPPORTED,
                "emir-of-kuwait mishal-al-ahmad-al-jaber-al-sabah",
                "'Incumbent' 'Mishal Al-Ahmad Al-Jaber Al-Sabah since 16 December 2023'; 'Reign: 16 December 2023 – present'",
            ),
            "took the constitutional oath before the National Assembly on Wednesday": c(
                UNVERIFIED, "", "no stored page mentions Mishal's oath, the National Assembly's session or its day"
            ),
            "succeeding his half-brother, Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah emir-of-kuwait",
                "'Predecessor: Nawaf Al-Ahmad Al-Jaber Al-Sabah'; 'the paternal younger half-brother of three emirs of Kuwait: ... and Nawaf'; 'became the emir of Kuwait on 16 December 2023, following the death of Nawaf'",
            ),
            "who died on Saturday at 86": c(
                SUPPORTED,
                "nawaf-al-ahmad-al-jaber-al-sabah",
                "'Died 16 December 2023(2023-12-16) (aged 86)' (16 December 2023 was a Saturday)",
            ),
            "Mishal, 83,": c(SUPPORTED, "mishal-al-ahmad-al-jaber-al-sabah", "'born 27 September 1940': 83 on 2023-12-21"),
            "became emir on 16 December 2023": c(
                SUPPORTED,
                "emir-of-kuwait mishal-al-ahmad-al-jaber-al-sabah",
                "'became the emir of Kuwait on 16 December 2023'; 'Reign: 16 December 2023 – present'",
            ),
            "following Nawaf's death": c(
                SUPPORTED, "emir-of-kuwait", "'became the emir of Kuwait on 16 December 2023, following the death of Nawaf Al-Ahmad Al-Jaber Al-Sabah'"
            ),
            "He had been crown prince under Nawaf": c(
                SUPPORTED,
                "emir-of-kuwait-2020",
                "'Nawaf Al-Ahmad Al-Jaber Al-Sabah since 30 September 2020' 'Heir apparentSheikh Mishal Al-Ahmad Al-Jaber Al-Sabah'",
            ),
            "was the oldest crown prince in the world": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'Prior to becoming Emir at age 83, he was the oldest crown prince in the world.'",
            ),
            "Nawaf, the 16th emir,": c(
                SUPPORTED, "nawaf-al-ahmad-al-jaber-al-sabah", "'was the 16th Emir of Kuwait from 29 September 2020 to his death on 16 December 2023'"
            ),
            "reigned for three years": c(
                SUPPORTED,
                "nawaf-al-ahmad-al-jaber-al-sabah",
                "'During his three-year rule as Emir'; 'Reign 29 September 2020 – 16 December 2023'",
            ),
            "He had succeeded his half-brother Sabah Al-Ahmad Al-Jaber Al-Sabah in 2020": c(
                SUPPORTED,
                "nawaf-al-ahmad-al-jaber-al-sabah",
                "'He had succeeded to the throne following the death of his half-brother Sabah Al-Ahmad Al-Jaber Al-Sabah.'; 'Reign 29 September 2020'",
            ),
            "The new emir has a year to name a crown prince": c(
                SUPPORTED,
                "emir-of-kuwait",
                "'The reigning emir must appoint an heir apparent within one year of his accession to the throne'",
            ),
            "the heir apparent must be a senior member of the Al Sabah family": c(
                SUPPORTED,
                "emir-of-kuwait",
                "'the nominee for consideration as crown prince has to be a senior member of the Al Sabah family'",
            ),
            "The emir appoints the prime minister": c(
                SUPPORTED, "emir-of-kuwait", "'The prime minister is appointed by the emir.'"
            ),
            "Born in Kuwait City on 27 September 1940": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'Birth Place: Kuwait City, Sheikhdom of Kuwait'; 'Mishal was born on 27 September 1940'",
            ),
            "Mishal is the seventh son of Ahmad Al-Jaber Al-Sabah": c(
                SUPPORTED, "mishal-al-ahmad-al-jaber-al-sabah", "'Mishal was Ahmad's seventh son'; 'Father: Ahmad Al-Jaber Al-Sabah'"
            ),
            "who ruled Kuwait from 1921 to 1950": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'during his father's reign (1921–1950) as the tenth ruler of the Sheikhdom of Kuwait'",
            ),
            "He is the younger half-brother of three emirs": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'the paternal younger half-brother of three emirs of Kuwait'",
            ),
            "Jaber, who reigned from 1977 to 2006": c(
                SUPPORTED, "mishal-al-ahmad-al-jaber-al-sabah", "'Jaber Al-Ahmad Al-Jaber Al-Sabah (1977–2006)'"
            ),
            "Sabah, from 2006 to 2020": c(
                SUPPORTED, "mishal-al-ahmad-al-jaber-al-sabah", "'Sabah Al-Ahmad Al-Jaber Al-Sabah (2006–2020)'"
            ),
            "Mishal studied at the Al Mubarakiya School in Kuwait": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'Mishal attended the Al Mubarakiya School in Kuwait for primary education'",
            ),
            "graduated from Hendon Police College in the United Kingdom in 1960": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'went abroad to the United Kingdom for studies at the Hendon Police College, from which he graduated in 1960'",
            ),
            "He spent most of his career in Kuwait's security and intelligence apparatus": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'Mishal spent most of his career in Kuwait's security and intelligence apparatus.'",
            ),
            "heading the interior ministry's intelligence and state security service from 1967 to 1980": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'From 1967 to 1980, he served as head of the MOI's intelligence and state security service.'",
            ),
            "On 13 April 2004 Emir Jaber Al-Ahmad Al-Jaber Al-Sabah named him": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'On 13 April 2004, then-Emir Jaber Al-Ahmad Al-Jaber Al-Sabah named Mishal'",
            ),
            "deputy chief of the Kuwait National Guard": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'named Mishal as a minister-level deputy chief of the Kuwait National Guard (KNG)'",
            ),
            "replacing Nawaf in the post": c(
                SUPPORTED, "mishal-al-ahmad-al-jaber-al-sabah", "'replacing Nawaf in the position'"
            ),
            "He has two wives, Nuria Sabah Al-Salem Al-Sabah and Munira Badah Al-Mutairi": c(
                SUPPORTED,
                "mishal-al-ahmad-al-jaber-al-sabah",
                "'Spouses: Nuria Sabah Al-Salem Al-Sabah , Munira Badah Al-Mutairi' (a copy written after 1 June 2024; no stored page mentions a divorce or a death)",
            ),
            "and 12 children": c(SUPPORTED, "mishal-al-ahmad-al-jaber-al-sabah", "'Issue: 12'"),
            "now Sheikh Mishal": c(
                SUPPORTED,
                "emir-of-kuwait mishal-al-ahmad-al-jaber-al-sabah",
                "'Incumbent' 'Mishal Al-Ahmad Al-Jaber Al-Sabah since 16 December 2023'",
            ),
            "is the monarch and head of state": c(
                SUPPORTED, "emir-of-kuwait", "'is the monarch and head of state of Kuwait'"
            ),
            "holds the country's most powerful office": c(
                SUPPORTED, "emir-of-kuwait", "'and is the country's most powerful office'"
            ),
            "The emir's residence is Bayan Palace": c(SUPPORTED, "emir-of-kuwait", "'Residence | Bayan Palace'"),
            "The United Arab Emirates declared three days of mourning for Nawaf": c(
                UNVERIFIED, "", "no stored page mentions mourning for Nawaf outside Kuwait"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-interior-deputy",
        "deputy chief of the Kuwait National Guard",
        "deputy minister of the interior",
        c(
            CONTRADICTED,
            "mishal-al-ahmad-al-jaber-al-sabah",
            "'On 13 April 2004, then-Emir Jaber ... named Mishal as a minister-level deputy chief of the Kuwait National Guard (KNG)': the post he was named to that day was in the National Guard",
        ),
        "sibling office",
    ),
    (
        "v02-deputy-emir",
        "Kuwait's Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah",
        "Kuwait's Deputy Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah",
        c(
            CONTRADICTED,
            "emir-of-kuwait mishal-al-ahmad-al-jaber-al-sabah",
            "'Incumbent' 'Mishal Al-Ahmad Al-Jaber Al-Sabah since 16 December 2023'; 'Reign: 16 December 2023 – present': he is the emir",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "who ruled Kuwait from 1921 to 1950",
        "who ruled Bahrain from 1921 to 1950",
        c(
            CONTRADICTED,
            "mishal-al-ahmad-al-jaber-al-sabah",
            "'during his father's reign (1921–1950) as the tenth ruler of the Sheikhdom of Kuwait'",
        ),
        "wrong country",
    ),
    (
        "v04-children",
        "and 12 children",
        "and nine children",
        c(CONTRADICTED, "mishal-al-ahmad-al-jaber-al-sabah", "'Issue: 12'"),
        "wrong count",
    ),
    (
        "v05-date",
        "became emir on 16 December 2023",
        "became emir on 18 December 2023",
        c(
            CONTRADICTED,
            "emir-of-kuwait mishal-al-ahmad-al-jaber-al-sabah",
            "'became the emir of Kuwait on 16 December 2023'; 'Reign: 16 December 2023 – present'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "graduated from Hendon Police College in the United Kingdom in 1960",
        "graduated from Hendon Police College in the United Kingdom in 1966",
        c(
            CONTRADICTED,
            "mishal-al-ahmad-al-jaber-al-sabah",
            "'the Hendon Police College, from which he graduated in 1960'",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "Born in Kuwait City on 27 September 1940",
        "Born in Ahmadi on 27 September 1940",
        c(CONTRADICTED, "mishal-al-ahmad-al-jaber-al-sabah", "'Birth Place: Kuwait City, Sheikhdom of Kuwait'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "succeeding his half-brother, Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah",
        "succeeding his half-brother, Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah",
        c(
            CONTRADICTED,
            "mishal-al-ahmad-al-jaber-al-sabah emir-of-kuwait",
            "'Predecessor: Nawaf Al-Ahmad Al-Jaber Al-Sabah'; 'following the death of Nawaf'; Sabah reigned '(2006–2020)'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "now Sheikh Mishal",
        "now Sheikh Nawaf",
        c(
            CONTRADICTED,
            "emir-of-kuwait nawaf-al-ahmad-al-jaber-al-sabah",
            "'Incumbent' 'Mishal Al-Ahmad Al-Jaber Al-Sabah since 16 December 2023'; Nawaf 'Reign 29 September 2020 – 16 December 2023', 'Died 16 December 2023'",
        ),
        "past holder as current",
    ),
    (
        "v10-nawaf-early",
        "On 13 April 2004 Emir Jaber Al-Ahmad Al-Jaber Al-Sabah named him",
        "On 13 April 2004 Emir Nawaf Al-Ahmad Al-Jaber Al-Sabah named him",
        c(
            CONTRADICTED,
            "mishal-al-ahmad-al-jaber-al-sabah nawaf-al-ahmad-al-jaber-al-sabah",
            "'On 13 April 2004, then-Emir Jaber Al-Ahmad Al-Jaber Al-Sabah named Mishal'; Nawaf 'Reign 29 September 2020 – 16 December 2023', 'nominated as crown prince on 7 February 2006': in 2004 Nawaf was not yet emir",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "Mishal is the seventh son of Ahmad Al-Jaber Al-Sabah",
        "Mishal is the fifth son of Ahmad Al-Jaber Al-Sabah",
        c(CONTRADICTED, "mishal-al-ahmad-al-jaber-al-sabah", "'Mishal was Ahmad's seventh son'"),
        "wrong ordinal",
    ),
    (
        "v12-reign",
        "reigned for three years",
        "reigned for six years",
        c(
            CONTRADICTED,
            "nawaf-al-ahmad-al-jaber-al-sabah",
            "'During his three-year rule as Emir'; 'Reign 29 September 2020 – 16 December 2023' (three years)",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("kw-2023-12-21", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-turned-83",
        "Mishal, 83,",
        "Mishal, who turned 83 in September,",
        c(SUPPORTED, "mishal-al-ahmad-al-jaber-al-sabah", "'born 27 September 1940': 83 from 27 September 2023"),
        "Mishal, who turned 83 in September",
    ),
    (
        "r02-kuwaits-ruler",
        "who ruled Kuwait from 1921 to 1950",
        "Kuwait's ruler from 1921 to 1950",
        c(
            SUPPORTED,
            "mishal-al-ahmad-al-jaber-al-sabah",
            "'during his father's reign (1921–1950) as the tenth ruler of the Sheikhdom of Kuwait'",
        ),
        None,
    ),
]:
    CHANGES.append(Change("kw-2023-12-21", name, old, new, claim, None, key))


# ---------------------------------------------------------------- Panama's change of president: Cortizo's last days, 28 June 2024
# Written blind (see the README): the articles and labels come from the stored pages only. Both bases are tuning.
# Laurentino Cortizo's five-year term ended and José Raúl Mulino took office on Monday 1 July 2024. All three stored
# copies were written on or after that day ('José Raúl Mulino' an en.wikipedia.org copy, 'Laurentino Cortizo' the
# English article through a proxy, 'List of heads of state of Panama' an archive mirror whose box lost the incumbent's
# name): as for Kuroda's copy, what they say of earlier years is read as of each article's date. The migrant pledge,
# the inauguration's venue and its guests are in no stored page: unverified.
BASES.append(
    Base(
        "pa-2024-06-28",
        "2024-06-28",
        "tuning",
        """Panama's Cortizo to hand over to Mulino on Monday

PANAMA CITY, June 28 - Panamanian President Laurentino Cortizo will hand power on Monday to José Raúl Mulino, who won this year's presidential election with 34% of the vote.

President-elect José Raúl Mulino will be sworn in as Panama's 39th president. Mulino, 65, ran as the Realizing Goals candidate, a substitute for former President Ricardo Martinelli. He has promised to stop migrants crossing the Darién jungle.

Cortizo, 71, has been president since 1 July 2019, when he succeeded Juan Carlos Varela. He is the country's 38th president. A member of the Democratic Revolutionary Party, he won the 2019 election with 33.27% of the vote. Panamanian presidents serve five-year terms and may not serve two in a row.

Cortizo was president of the National Assembly from 2000 to 2001 and minister of agricultural development from 2004 to 2006 under President Martín Torrijos. He represented Colón Province in the National Assembly from 1994 to 2004.

Cortizo was born in Panama City on 30 January 1953. He is married to Yazmín Colón de Cortizo and has two children.

Born in David on 13 June 1959, Mulino is a lawyer and former diplomat. He was minister of government and justice from 2009 to 2010 and minister of public security from 2010 to 2014 under Martinelli. He holds a master of laws from Tulane University. He is married to Marisel Cohen de Mulino, and the couple have four children.

Since 1904 the head of state of Panama has been the president, who lives in the Palacio de las Garzas. The inauguration will be held at the Atlapa Convention Centre.
""",
        {
            "Panamanian President Laurentino Cortizo": c(
                SUPPORTED,
                "laurentino-cortizo",
                "'38th President of Panama' 'In office 1 July 2019 – 1 July 2024': president on 2024-06-28",
            ),
            "will hand power on Monday to José Raúl Mulino": c(
                SUPPORTED,
                "laurentino-cortizo jose-raul-mulino",
                "'Succeeded by | José Raúl Mulino'; '- Term Start: 1 July 2024' (1 July 2024 was a Monday)",
            ),
            "who won this year's presidential election": c(
                SUPPORTED,
                "jose-raul-mulino",
                "'He ran for president in the 2024 Panamanian election, which he won with 34% of the vote'",
            ),
            "with 34% of the vote": c(SUPPORTED, "jose-raul-mulino", "'which he won with 34% of the vote'"),
            "President-elect José Raúl Mulino": c(
                SUPPORTED,
                "jose-raul-mulino",
                "'the 2024 Panamanian election, which he won'; '- Term Start: 1 July 2024': elected, not yet in office, on 2024-06-28",
            ),
            "will be sworn in as Panama's 39th president": c(
                SUPPORTED, "jose-raul-mulino", "'- Order: 39th' '- Office: President of Panama' '- Term Start: 1 July 2024'"
            ),
            "Mulino, 65,": c(SUPPORTED, "jose-raul-mulino", "'(born 13 June 1959)': 65 on 2024-06-28"),
            "ran as the Realizing Goals candidate": c(
                SUPPORTED, "jose-raul-mulino", "'which he won with 34% of the vote as the Realizing Goals candidate'"
            ),
            "a substitute for former President Ricardo Martinelli": c(
                SUPPORTED, "jose-raul-mulino", "'and a substitute for former President Ricardo Martinelli'"
            ),
            "He has promised to stop migrants crossing the Darién jungle": c(
                UNVERIFIED, "", "no stored page mentions migration or the Darién"
            ),
            "Cortizo, 71,": c(SUPPORTED, "laurentino-cortizo", "'born 30 January 1953': 71 on 2024-06-28"),
            "has been president since 1 July 2019": c(
                SUPPORTED, "laurentino-cortizo", "'In office 1 July 2019 – 1 July 2024'; 'He took office on 1 July 2019.'"
            ),
            "when he succeeded Juan Carlos Varela": c(SUPPORTED, "laurentino-cortizo", "'Preceded by | Juan Carlos Varela'"),
            "He is the country's 38th president": c(SUPPORTED, "laurentino-cortizo", "'38th President of Panama'"),
            "A member of the Democratic Revolutionary Party": c(
                SUPPORTED, "laurentino-cortizo", "'A member of the Democratic Revolutionary Party, he was elected as president'"
            ),
            "he won the 2019 election with 33.27% of the vote": c(
                SUPPORTED, "laurentino-cortizo", "'he was elected as president in the 2019 general election, winning 33.27% of the vote'"
            ),
            "Panamanian presidents serve five-year terms": c(
                SUPPORTED, "list-of-heads-of-state-of-panama", "'Term lengthFive years, renewable once non-consecutively'"
            ),
            "may not serve two in a row": c(
                SUPPORTED, "list-of-heads-of-state-of-panama", "'Term lengthFive years, renewable once non-consecutively'"
            ),
            "Cortizo was president of the National Assembly from 2000 to 2001": c(
                SUPPORTED, "laurentino-cortizo", "'he served as President of the National Assembly (2000–2001)'"
            ),
            "minister of agricultural development from 2004 to 2006": c(
                SUPPORTED,
                "laurentino-cortizo",
                "'Minister of Agricultural Development' 'In office 1 September 2004 – 10 January 2006'; 'Minister of Agricultural and Livestock Development (2004–2006)'",
            ),
            "under President Martín Torrijos": c(SUPPORTED, "laurentino-cortizo", "'President | Martín Torrijos'"),
            "He represented Colón Province in the National Assembly from 1994 to 2004": c(
                SUPPORTED, "laurentino-cortizo", "'Cortizo was a member of the National Assembly for Colón Province from 1994 to 2004.'"
            ),
            "Cortizo was born in Panama City on 30 January 1953": c(
                SUPPORTED, "laurentino-cortizo", "'Born | Panama City, Panama | 30 January 1953'"
            ),
            "He is married to Yazmín Colón de Cortizo": c(SUPPORTED, "laurentino-cortizo", "'Spouse | Yazmín Colón de Cortizo'"),
            "and has two children": c(SUPPORTED, "laurentino-cortizo", "'Children | 2 |'"),
            "Born in David on 13 June 1959": c(
                SUPPORTED, "jose-raul-mulino", "'- Birth Place: David, Panama'; '(born 13 June 1959)'"
            ),
            "Mulino is a lawyer and former diplomat": c(
                SUPPORTED, "jose-raul-mulino", "'is a Panamanian politician, diplomat and lawyer'"
            ),
            "He was minister of government and justice from 2009 to 2010": c(
                SUPPORTED, "jose-raul-mulino", "'Mulino served as Minister of Government and Justice from 2009 to 2010'"
            ),
            "minister of public security from 2010 to 2014 under Martinelli": c(
                SUPPORTED,
                "jose-raul-mulino",
                "'Minister of Public Security from 2010 to 2014, both roles in the government of President Martinelli'",
            ),
            "He holds a master of laws from Tulane University": c(
                SUPPORTED, "jose-raul-mulino", "'Tulane University (LL.M)'"
            ),
            "He is married to Marisel Cohen de Mulino": c(SUPPORTED, "jose-raul-mulino", "'- Spouse: Marisel Cohen de Mulino'"),
            "the couple have four children": c(SUPPORTED, "jose-raul-mulino", "'- Children: 4'"),
            "Since 1904 the head of state of Panama has been the president": c(
                SUPPORTED, "list-of-heads-of-state-of-panama", "'Since 1904 the head of state of Panama has been the President of Panama.'"
            ),
            "who lives in the Palacio de las Garzas": c(
                SUPPORTED, "list-of-heads-of-state-of-panama", "'ResidencePalacio de las Garzas, Panama City'"
            ),
            "The inauguration will be held at the Atlapa Convention Centre": c(
                UNVERIFIED, "", "no stored page mentions where the inauguration was held"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-foreign-minister",
        "minister of agricultural development from 2004 to 2006",
        "minister of foreign relations from 2004 to 2006",
        c(
            CONTRADICTED,
            "laurentino-cortizo",
            "'Minister of Agricultural Development' 'In office 1 September 2004 – 10 January 2006': his ministry from 2004 to 2006 was agricultural development",
        ),
        "sibling office",
    ),
    (
        "v02-vice-president",
        "Panamanian President Laurentino Cortizo",
        "Panamanian Vice President Laurentino Cortizo",
        c(
            CONTRADICTED,
            "laurentino-cortizo",
            "'38th President of Panama' 'In office 1 July 2019 – 1 July 2024' 'Vice President | Jose Gabriel Carrizo': he is the president, not the vice president",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "will be sworn in as Panama's 39th president",
        "will be sworn in as Costa Rica's 39th president",
        c(CONTRADICTED, "jose-raul-mulino", "'- Order: 39th' '- Office: President of Panama': the 39th president of Panama"),
        "wrong country",
    ),
    (
        "v04-children",
        "and has two children",
        "and has three children",
        c(CONTRADICTED, "laurentino-cortizo", "'Children | 2 |'"),
        "wrong count",
    ),
    (
        "v05-date",
        "Cortizo was born in Panama City on 30 January 1953",
        "Cortizo was born in Panama City on 30 June 1953",
        c(CONTRADICTED, "laurentino-cortizo", "'Born | Panama City, Panama | 30 January 1953'; 'born 30 January 1953'"),
        "wrong date",
    ),
    (
        "v06-year",
        "He represented Colón Province in the National Assembly from 1994 to 2004",
        "He represented Colón Province in the National Assembly from 1989 to 2004",
        c(
            CONTRADICTED,
            "laurentino-cortizo",
            "'Cortizo was a member of the National Assembly for Colón Province from 1994 to 2004.'",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "Born in David on 13 June 1959",
        "Born in Colón on 13 June 1959",
        c(CONTRADICTED, "jose-raul-mulino", "'- Birth Place: David, Panama'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "when he succeeded Juan Carlos Varela",
        "when he succeeded Ricardo Martinelli",
        c(
            CONTRADICTED,
            "laurentino-cortizo",
            "'In office 1 July 2019 – 1 July 2024' 'Preceded by | Juan Carlos Varela': his predecessor was Varela",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "a substitute for former President Ricardo Martinelli",
        "a substitute for President Ricardo Martinelli",
        c(
            CONTRADICTED,
            "jose-raul-mulino laurentino-cortizo",
            "'a substitute for former President Ricardo Martinelli'; Cortizo 'In office 1 July 2019 – 1 July 2024': on 2024-06-28 Martinelli was a former president",
        ),
        "past holder as current",
    ),
    (
        "v10-mulino-early",
        "President-elect José Raúl Mulino",
        "President José Raúl Mulino",
        c(
            CONTRADICTED,
            "jose-raul-mulino laurentino-cortizo",
            "'- Term Start: 1 July 2024'; Cortizo 'In office 1 July 2019 – 1 July 2024': on 2024-06-28 Mulino was not yet president",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "He is the country's 38th president",
        "He is the country's 37th president",
        c(CONTRADICTED, "laurentino-cortizo", "'38th President of Panama'"),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Cortizo, 71,",
        "Cortizo, 68,",
        c(CONTRADICTED, "laurentino-cortizo", "'born 30 January 1953': 71, not 68, on 2024-06-28"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("pa-2024-06-28", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-turned-65",
        "Mulino, 65,",
        "Mulino, who turned 65 this month,",
        c(SUPPORTED, "jose-raul-mulino", "'(born 13 June 1959)': 65 from 13 June 2024"),
        "Mulino, who turned 65 this month",
    ),
    (
        "r02-since-july",
        "has been president since 1 July 2019",
        "has held the presidency since July 2019",
        c(SUPPORTED, "laurentino-cortizo", "'In office 1 July 2019 – 1 July 2024'; 'He took office on 1 July 2019.'"),
        None,
    ),
]:
    CHANGES.append(Change("pa-2024-06-28", name, old, new, claim, None, key))

# ---------------------------------------------------------------- Panama's change of president: Mulino in office, 2 July 2024
BASES.append(
    Base(
        "pa-2024-07-02",
        "2024-07-02",
        "tuning",
        """Mulino sworn in as Panama's president

PANAMA CITY, July 2 - José Raúl Mulino was sworn in on Monday as Panama's 39th president, succeeding Laurentino Cortizo for a five-year term. King Felipe VI of Spain was among the foreign guests at the ceremony.

The 65-year-old lawyer won the 2024 election with 34% of the vote as the Realizing Goals candidate, a substitute for former President Ricardo Martinelli. Mulino had been Martinelli's vice-presidential candidate. He governs without a vice president.

Cortizo, 71, served as the 38th president from 2019 to 2024. He had taken office on 1 July 2019, and he could not run for a second consecutive term.

Mulino was born in David on 13 June 1959 and holds a master of laws from Tulane University.

He served as minister of government and justice from 1 July 2009 to 15 July 2010, and then as Panama's first minister of public security from 14 April 2010 to 30 June 2014, under President Ricardo Martinelli. He was succeeded in that post by Rodolfo Aguilera.

Earlier, he was foreign minister from 1993 to 1994 under President Guillermo Endara, succeeding Julio Linares.

Mulino was a member of the Solidarity Party from 1994 to 2006 and of Democratic Change from 2011 to 2019. He joined Realizing Goals in 2022. He is married to Marisel Cohen de Mulino, and they have four children.

Panama's president, now Mulino, lives in the Palacio de las Garzas in Panama City. The office dates from 20 February 1904, when Manuel Amador Guerrero became the first president. Mulino has pledged to close the migrant route through the Darién jungle.
""",
        {
            "José Raúl Mulino was sworn in on Monday": c(
                SUPPORTED, "jose-raul-mulino", "'- Office: President of Panama' '- Term Start: 1 July 2024' (a Monday)"
            ),
            "as Panama's 39th president": c(SUPPORTED, "jose-raul-mulino", "'- Order: 39th' '- Office: President of Panama'"),
            "succeeding Laurentino Cortizo": c(
                SUPPORTED, "jose-raul-mulino laurentino-cortizo", "'- Predecessor: Laurentino Cortizo'; 'Succeeded by | José Raúl Mulino'"
            ),
            "for a five-year term": c(
                SUPPORTED, "list-of-heads-of-state-of-panama", "'Term lengthFive years, renewable once non-consecutively'"
            ),
            "King Felipe VI of Spain was among the foreign guests at the ceremony": c(
                UNVERIFIED, "", "no stored page mentions the inauguration's guests"
            ),
            "The 65-year-old lawyer": c(
                SUPPORTED, "jose-raul-mulino", "'(born 13 June 1959) is a Panamanian politician, diplomat and lawyer': 65 on 2024-07-02"
            ),
            "won the 2024 election with 34% of the vote": c(
                SUPPORTED, "jose-raul-mulino", "'the 2024 Panamanian election, which he won with 34% of the vote'"
            ),
            "as the Realizing Goals candidate": c(
                SUPPORTED, "jose-raul-mulino", "'with 34% of the vote as the Realizing Goals candidate'"
            ),
            "a substitute for former President Ricardo Martinelli": c(
                SUPPORTED, "jose-raul-mulino", "'and a substitute for former President Ricardo Martinelli'"
            ),
            "Mulino had been Martinelli's vice-presidential candidate": c(
                SUPPORTED, "jose-raul-mulino", "'Mulino was Martinelli's vice-presidential candidate in the 2024 election'"
            ),
            "He governs without a vice president": c(SUPPORTED, "jose-raul-mulino", "'- Vicepresident: None'"),
            "Cortizo, 71,": c(SUPPORTED, "laurentino-cortizo", "'born 30 January 1953': 71 on 2024-07-02"),
            "served as the 38th president from 2019 to 2024": c(
                SUPPORTED, "laurentino-cortizo", "'who served as the 38th President of Panama from 2019 to 2024'"
            ),
            "He had taken office on 1 July 2019": c(SUPPORTED, "laurentino-cortizo", "'He took office on 1 July 2019.'"),
            "he could not run for a second consecutive term": c(
                SUPPORTED, "list-of-heads-of-state-of-panama", "'Term lengthFive years, renewable once non-consecutively'"
            ),
            "Mulino was born in David on 13 June 1959": c(
                SUPPORTED, "jose-raul-mulino", "'- Birth Place: David, Panama'; '(born 13 June 1959)'"
            ),
            "holds a master of laws from Tulane University": c(SUPPORTED, "jose-raul-mulino", "'Tulane University (LL.M)'"),
            "He served as minister of government and justice from 1 July 2009 to 15 July 2010": c(
                SUPPORTED,
                "jose-raul-mulino",
                "'- Office2: Minister of Government and Justice' '- Term Start2: 1 July 2009' '- Term End2: 15 July 2010'",
            ),
            "then as Panama's first minister of public security": c(
                SUPPORTED, "jose-raul-mulino", "'- Office1: Minister of Public Security' '- Predecessor1: Position established'"
            ),
            "from 14 April 2010 to 30 June 2014": c(
                SUPPORTED, "jose-raul-mulino", "'- Term Start1: 14 April 2010' '- Term End1: 30 June 2014'"
            ),
            "under President Ricardo Martinelli": c(
                SUPPORTED, "jose-raul-mulino", "'- President1: Ricardo Martinelli'; 'both roles in the government of President Martinelli'"
            ),
            "He was succeeded in that post by Rodolfo Aguilera": c(
                SUPPORTED, "jose-raul-mulino", "'- Successor1: Rodolfo Aguilera'"
            ),
            "Earlier, he was foreign minister from 1993 to 1994": c(
                SUPPORTED, "jose-raul-mulino", "'- Office3: Minister of Foreign Relations'; 'Minister of Foreign Relations (1993–1994)'"
            ),
            "under President Guillermo Endara": c(
                SUPPORTED, "jose-raul-mulino", "'- President3: Guillermo Endara'; 'in the government of President Guillermo Endara'"
            ),
            "succeeding Julio Linares": c(SUPPORTED, "jose-raul-mulino", "'- Predecessor3: Julio Linares'"),
            "Mulino was a member of the Solidarity Party from 1994 to 2006": c(
                SUPPORTED, "jose-raul-mulino", "'Solidarity Party (1994–2006)'"
            ),
            "of Democratic Change from 2011 to 2019": c(SUPPORTED, "jose-raul-mulino", "'Democratic Change, (2011–2019)'"),
            "He joined Realizing Goals in 2022": c(SUPPORTED, "jose-raul-mulino", "'- Party: Realizing Goals, (2022–present)'"),
            "He is married to Marisel Cohen de Mulino": c(SUPPORTED, "jose-raul-mulino", "'- Spouse: Marisel Cohen de Mulino'"),
            "they have four children": c(SUPPORTED, "jose-raul-mulino", "'- Children: 4'"),
            "now Mulino": c(
                SUPPORTED,
                "jose-raul-mulino list-of-heads-of-state-of-panama",
                "'serving as the 39th president of Panama since 2024'; 'since 1 July 2024'",
            ),
            "lives in the Palacio de las Garzas in Panama City": c(
                SUPPORTED, "list-of-heads-of-state-of-panama", "'ResidencePalacio de las Garzas, Panama City'"
            ),
            "The office dates from 20 February 1904": c(
                SUPPORTED, "list-of-heads-of-state-of-panama", "'Formation20 February 1904'"
            ),
            "when Manuel Amador Guerrero became the first president": c(
                SUPPORTED, "list-of-heads-of-state-of-panama", "'Inaugural holderManuel Amador Guerrero'"
            ),
            "Mulino has pledged to close the migrant route through the Darién jungle": c(
                UNVERIFIED, "", "no stored page mentions migration or the Darién"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-finance-minister",
        "He served as minister of government and justice from 1 July 2009 to 15 July 2010",
        "He served as minister of economy and finance from 1 July 2009 to 15 July 2010",
        c(
            CONTRADICTED,
            "jose-raul-mulino",
            "'- Office2: Minister of Government and Justice' '- Term Start2: 1 July 2009' '- Term End2: 15 July 2010': his ministry in those dates was government and justice",
        ),
        "sibling office",
    ),
    (
        "v02-deputy",
        "Earlier, he was foreign minister from 1993 to 1994",
        "Earlier, he was deputy foreign minister from 1993 to 1994",
        c(
            CONTRADICTED,
            "jose-raul-mulino",
            "'He served as Deputy Minister (1990–1993) and Minister of Foreign Relations (1993–1994)': minister, not deputy, from 1993 to 1994",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "as Panama's 39th president",
        "as Colombia's 39th president",
        c(CONTRADICTED, "jose-raul-mulino", "'- Order: 39th' '- Office: President of Panama'"),
        "wrong country",
    ),
    (
        "v04-children",
        "they have four children",
        "they have six children",
        c(CONTRADICTED, "jose-raul-mulino", "'- Children: 4'"),
        "wrong count",
    ),
    (
        "v05-date",
        "He had taken office on 1 July 2019",
        "He had taken office on 1 June 2019",
        c(CONTRADICTED, "laurentino-cortizo", "'He took office on 1 July 2019.'; 'In office 1 July 2019 – 1 July 2024'"),
        "wrong date",
    ),
    (
        "v06-year",
        "He joined Realizing Goals in 2022",
        "He joined Realizing Goals in 2019",
        c(
            CONTRADICTED,
            "jose-raul-mulino",
            "'- Party: Realizing Goals, (2022–present)'; 'Democratic Change, (2011–2019)': in Realizing Goals from 2022",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "Mulino was born in David on 13 June 1959",
        "Mulino was born in Colón on 13 June 1959",
        c(CONTRADICTED, "jose-raul-mulino", "'- Birth Place: David, Panama'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "succeeding Julio Linares",
        "succeeding Gabriel Lewis Galindo",
        c(
            CONTRADICTED,
            "jose-raul-mulino",
            "'- Predecessor3: Julio Linares' '- Successor3: Gabriel Lewis Galindo': Lewis Galindo came after him",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "now Mulino",
        "now Cortizo",
        c(
            CONTRADICTED,
            "laurentino-cortizo jose-raul-mulino",
            "Cortizo 'In office 1 July 2019 – 1 July 2024' 'Succeeded by | José Raúl Mulino'; Mulino '- Term Start: 1 July 2024'",
        ),
        "past holder as current",
    ),
    (
        "v10-cortizo-early",
        "under President Ricardo Martinelli",
        "under President Laurentino Cortizo",
        c(
            CONTRADICTED,
            "jose-raul-mulino laurentino-cortizo",
            "'- President1: Ricardo Martinelli' '- Term Start1: 14 April 2010' '- Term End1: 30 June 2014'; Cortizo 'In office 1 July 2019 – 1 July 2024': not yet president then",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "then as Panama's first minister of public security",
        "then as Panama's second minister of public security",
        c(
            CONTRADICTED,
            "jose-raul-mulino",
            "'- Office1: Minister of Public Security' '- Predecessor1: Position established': he was its first holder",
        ),
        "wrong ordinal",
    ),
    (
        "v12-term",
        "for a five-year term",
        "for a six-year term",
        c(CONTRADICTED, "list-of-heads-of-state-of-panama", "'Term lengthFive years, renewable once non-consecutively'"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("pa-2024-07-02", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-turned-65",
        "The 65-year-old lawyer",
        "The lawyer, who turned 65 on 13 June,",
        c(SUPPORTED, "jose-raul-mulino", "'(born 13 June 1959) is a Panamanian politician, diplomat and lawyer': 65 from 13 June 2024"),
        "The lawyer, who turned 65 on 13 June",
    ),
    (
        "r02-of-panama",
        "as Panama's 39th president",
        "as the 39th president of Panama",
        c(SUPPORTED, "jose-raul-mulino", "'serving as the 39th president of Panama since 2024'"),
        None,
    ),
]:
    CHANGES.append(Change("pa-2024-07-02", name, old, new, claim, None, key))


# ---------------------------------------------------------------- Uruguay's change of president: Lacalle Pou's last days, 27 February 2025
# Written blind (see the README): the articles and labels come from the stored pages only. Both bases are tuning.
# Luis Lacalle Pou's five-year term ended and Yamandú Orsi took office on Saturday 1 March 2025. 'Yamandú Orsi' and
# 'Luis Lacalle Pou' are en.wikipedia.org copies written on or after that day: as for Mulino's copy, what they say of
# earlier years is read as of each article's date. 'President of Uruguay' is a WikiMili mirror written while Lacalle
# Pou was in office, stale after the handover: it is relied on for the office's rules and history only, never for who
# holds it on 3 March. The 2024 election, a pledge on child poverty, the ceremony's venue and its guests are in no
# stored page: unverified.
BASES.append(
    Base(
        "uy-2025-02-27",
        "2025-02-27",
        "tuning",
        """Uruguay's Lacalle Pou to hand over to Orsi on Saturday

MONTEVIDEO, Feb 27 - Uruguayan President Luis Lacalle Pou will hand power on Saturday to Yamandú Orsi, who won November's runoff election.

President-elect Yamandú Orsi will be sworn in as Uruguay's 43rd president, with Carolina Cosse as his vice president. Orsi, 57, is a history teacher and a member of the Movement of Popular Participation. He has promised to cut child poverty.

Lacalle Pou, 51, has been president since 1 March 2020, when he succeeded Tabaré Vázquez. He is the country's 42nd president, and his vice president is Beatriz Argimón. A member of the National Party, he won the 2019 election with 50.79% of the vote in the second round, defeating Daniel Martínez. Uruguayan presidents serve five-year terms and may not be re-elected immediately.

Lacalle Pou represented Canelones in the Chamber of Representatives from 2000 to 2015 and was a senator from 2015 to 2019. He presided over the Chamber of Representatives from 2011 to 2012. He is the son of former President Luis Alberto Lacalle.

Lacalle Pou was born in Montevideo on 11 August 1973. He graduated in law from the Catholic University of Uruguay in 1998 and has three children.

Born in the Canelones Department on 13 June 1967, Orsi was intendant of Canelones from 2015 to 2020 and again from 2020 to 2024. He graduated from the Instituto de Profesores Artigas in 1991. He is married to Laura Alonsopérez, and the couple have two children. He has been a member of the Broad Front since 1990.

The president is both head of state and head of government, and works from the Executive Tower. Since 1990 each term has begun on 1 March. The ceremony will be held at the Legislative Palace.
""",
        {
            "Uruguayan President Luis Lacalle Pou": c(
                SUPPORTED,
                "luis-lacalle-pou",
                "'- Office: President of Uruguay' '- Term Start: 1 March 2020' '- Term End: 1 March 2025': president on 2025-02-27",
            ),
            "will hand power on Saturday to Yamandú Orsi": c(
                SUPPORTED,
                "luis-lacalle-pou yamandu-orsi",
                "'- Successor: Yamandú Orsi'; '- Term Start: 1 March 2025' (1 March 2025 was a Saturday)",
            ),
            "who won November's runoff election": c(
                UNVERIFIED, "", "no stored page mentions the 2024 election or its runoff"
            ),
            "President-elect Yamandú Orsi": c(
                SUPPORTED,
                "yamandu-orsi president-of-uruguay",
                "'- Office: President of Uruguay' '- Term Start: 1 March 2025'; 'Appointer Popular Vote Election': chosen, not yet in office, on 2025-02-27",
            ),
            "will be sworn in as Uruguay's 43rd president": c(
                SUPPORTED, "yamandu-orsi", "'- Office: President of Uruguay' '- Order: 43rd' '- Term Start: 1 March 2025'"
            ),
            "with Carolina Cosse as his vice president": c(SUPPORTED, "yamandu-orsi", "'- Vicepresident: Carolina Cosse'"),
            "Orsi, 57,": c(SUPPORTED, "yamandu-orsi", "'(born 13 June 1967)': 57 on 2025-02-27"),
            "is a history teacher": c(SUPPORTED, "yamandu-orsi", "'is a Uruguayan politician and history teacher'"),
            "a member of the Movement of Popular Participation": c(
                SUPPORTED, "yamandu-orsi", "'A member of the left-wing Movement of Popular Participation'"
            ),
            "He has promised to cut child poverty": c(UNVERIFIED, "", "no stored page mentions poverty or a pledge"),
            "Lacalle Pou, 51,": c(SUPPORTED, "luis-lacalle-pou", "'born 11 August 1973': 51 on 2025-02-27"),
            "has been president since 1 March 2020": c(
                SUPPORTED, "luis-lacalle-pou", "'- Term Start: 1 March 2020' '- Term End: 1 March 2025'"
            ),
            "when he succeeded Tabaré Vázquez": c(SUPPORTED, "luis-lacalle-pou", "'- Predecessor: Tabaré Vázquez'"),
            "He is the country's 42nd president": c(
                SUPPORTED, "luis-lacalle-pou", "'- Order: 42nd' '- Office: President of Uruguay'"
            ),
            "his vice president is Beatriz Argimón": c(SUPPORTED, "luis-lacalle-pou", "'- Vicepresident: Beatriz Argimón'"),
            "A member of the National Party": c(
                SUPPORTED, "luis-lacalle-pou", "'- Party: National Party'; 'A member of the National Party'"
            ),
            "he won the 2019 election with 50.79% of the vote in the second round": c(
                SUPPORTED,
                "luis-lacalle-pou",
                "'in the 2019 general election and was elected President of Uruguay with 50.79% of the vote in the second round'",
            ),
            "defeating Daniel Martínez": c(
                SUPPORTED,
                "luis-lacalle-pou",
                "'he defeated the Broad Front nominee and former mayor of Montevideo Daniel Martínez in the 2019 general election'",
            ),
            "Uruguayan presidents serve five-year terms": c(
                SUPPORTED, "president-of-uruguay", "'Term length Five years, not renewable immediately'"
            ),
            "may not be re-elected immediately": c(
                SUPPORTED, "president-of-uruguay", "'Term length Five years, not renewable immediately'"
            ),
            "Lacalle Pou represented Canelones in the Chamber of Representatives from 2000 to 2015": c(
                SUPPORTED,
                "luis-lacalle-pou",
                "'he was first elected to the Chamber of Representatives in the 1999 election as a National Representative for the Canelones Department, a position he held from 2000 to 2015'",
            ),
            "was a senator from 2015 to 2019": c(SUPPORTED, "luis-lacalle-pou", "'He also served as Senator from 2015 to 2019.'"),
            "He presided over the Chamber of Representatives from 2011 to 2012": c(
                SUPPORTED,
                "luis-lacalle-pou",
                "'- Office3: President of the Chamber of Representatives' '- Term Start3: 1 March 2011' '- Term End3: 1 March 2012'",
            ),
            "He is the son of former President Luis Alberto Lacalle": c(
                SUPPORTED, "luis-lacalle-pou", "'The son of former president Luis Alberto Lacalle'; '- Father: Luis Alberto Lacalle'"
            ),
            "Lacalle Pou was born in Montevideo on 11 August 1973": c(
                SUPPORTED, "luis-lacalle-pou", "'- Birth Place: Montevideo, Uruguay'; 'born 11 August 1973'"
            ),
            "He graduated in law from the Catholic University of Uruguay in 1998": c(
                SUPPORTED, "luis-lacalle-pou", "'graduated from the Catholic University of Uruguay in 1998 with a law degree'"
            ),
            "and has three children": c(SUPPORTED, "luis-lacalle-pou", "'- Children: 3'"),
            "Born in the Canelones Department on 13 June 1967": c(
                SUPPORTED,
                "yamandu-orsi",
                "'- Birth Place: Canelones Department, Uruguay'; 'was born in the rural area of the Canelones Department on 13 June 1967'",
            ),
            "Orsi was intendant of Canelones from 2015 to 2020": c(
                SUPPORTED, "yamandu-orsi", "'he served as intendant of the Canelones Department from 2015 to February 2020'"
            ),
            "and again from 2020 to 2024": c(SUPPORTED, "yamandu-orsi", "'and a second term from November 2020 to 2024'"),
            "He graduated from the Instituto de Profesores Artigas in 1991": c(
                SUPPORTED, "yamandu-orsi", "'A graduate from the Instituto de Profesores Artigas in 1991 as a history teacher'"
            ),
            "He is married to Laura Alonsopérez": c(SUPPORTED, "yamandu-orsi", "'- Spouse: Laura Alonsopérez'"),
            "the couple have two children": c(SUPPORTED, "yamandu-orsi", "'- Children: 2'"),
            "He has been a member of the Broad Front since 1990": c(
                SUPPORTED, "yamandu-orsi", "'- Party: Broad Front (since 1990)'"
            ),
            "The president is both head of state and head of government": c(
                SUPPORTED, "president-of-uruguay", "'is the head of state and head of government of Uruguay'"
            ),
            "works from the Executive Tower": c(SUPPORTED, "president-of-uruguay", "'Seat Executive Tower'"),
            "Since 1990 each term has begun on 1 March": c(
                SUPPORTED, "president-of-uruguay", "'Since 1990, the president's term has begun and ended on 1 March.'"
            ),
            "The ceremony will be held at the Legislative Palace": c(
                UNVERIFIED, "", "no stored page mentions where the inauguration was held"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-senate",
        "He presided over the Chamber of Representatives from 2011 to 2012",
        "He presided over the Senate from 2011 to 2012",
        c(
            CONTRADICTED,
            "luis-lacalle-pou",
            "'- Office3: President of the Chamber of Representatives' '- Term Start3: 1 March 2011' '- Term End3: 1 March 2012'; '- Office2: Senator of the Republic' '- Term Start2: 15 February 2015': the chamber he presided over from 2011 to 2012 was the lower house",
        ),
        "sibling office",
    ),
    (
        "v02-vice-president",
        "Uruguayan President Luis Lacalle Pou",
        "Uruguayan Vice President Luis Lacalle Pou",
        c(
            CONTRADICTED,
            "luis-lacalle-pou",
            "'- Office: President of Uruguay' '- Term Start: 1 March 2020' '- Vicepresident: Beatriz Argimón': he is the president, not the vice president",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "will be sworn in as Uruguay's 43rd president",
        "will be sworn in as Paraguay's 43rd president",
        c(CONTRADICTED, "yamandu-orsi", "'- Office: President of Uruguay' '- Order: 43rd': the 43rd president of Uruguay"),
        "wrong country",
    ),
    (
        "v04-children",
        "and has three children",
        "and has four children",
        c(CONTRADICTED, "luis-lacalle-pou", "'- Children: 3'"),
        "wrong count",
    ),
    (
        "v05-date",
        "Lacalle Pou was born in Montevideo on 11 August 1973",
        "Lacalle Pou was born in Montevideo on 11 October 1973",
        c(CONTRADICTED, "luis-lacalle-pou", "'born 11 August 1973'"),
        "wrong date",
    ),
    (
        "v06-year",
        "He graduated from the Instituto de Profesores Artigas in 1991",
        "He graduated from the Instituto de Profesores Artigas in 1996",
        c(
            CONTRADICTED,
            "yamandu-orsi",
            "'A graduate from the Instituto de Profesores Artigas in 1991 as a history teacher'",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "Born in the Canelones Department on 13 June 1967",
        "Born in the Maldonado Department on 13 June 1967",
        c(
            CONTRADICTED,
            "yamandu-orsi",
            "'- Birth Place: Canelones Department, Uruguay'; 'was born in the rural area of the Canelones Department on 13 June 1967'",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "when he succeeded Tabaré Vázquez",
        "when he succeeded José Mujica",
        c(
            CONTRADICTED,
            "luis-lacalle-pou",
            "'- Term Start: 1 March 2020' '- Predecessor: Tabaré Vázquez': his predecessor was Vázquez",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "He is the son of former President Luis Alberto Lacalle",
        "He is the son of President Luis Alberto Lacalle",
        c(
            CONTRADICTED,
            "luis-lacalle-pou",
            "'The son of former president Luis Alberto Lacalle'; '- Term Start: 1 March 2020' '- Term End: 1 March 2025': on 2025-02-27 the president was the son, the father a former president",
        ),
        "past holder as current",
    ),
    (
        "v10-orsi-early",
        "President-elect Yamandú Orsi",
        "President Yamandú Orsi",
        c(
            CONTRADICTED,
            "yamandu-orsi luis-lacalle-pou",
            "'- Term Start: 1 March 2025'; Lacalle Pou '- Term End: 1 March 2025': on 2025-02-27 Orsi was not yet president",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "He is the country's 42nd president",
        "He is the country's 41st president",
        c(CONTRADICTED, "luis-lacalle-pou", "'- Order: 42nd'; 'who served as the 42nd president of Uruguay'"),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Orsi, 57,",
        "Orsi, 62,",
        c(CONTRADICTED, "yamandu-orsi", "'(born 13 June 1967)': 57, not 62, on 2025-02-27"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("uy-2025-02-27", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-five-years",
        "has been president since 1 March 2020",
        "has been president for almost five years",
        c(
            SUPPORTED,
            "luis-lacalle-pou",
            "'- Term Start: 1 March 2020': four years and eleven months on 2025-02-27, the term ending on 1 March 2025",
        ),
        None,
    ),
    (
        "r02-turns-58",
        "Orsi, 57,",
        "Orsi, who turns 58 in June,",
        c(SUPPORTED, "yamandu-orsi", "'(born 13 June 1967)': 58 on 13 June 2025"),
        "Orsi, who turns 58 in June",
    ),
]:
    CHANGES.append(Change("uy-2025-02-27", name, old, new, claim, None, key))

# ---------------------------------------------------------------- Uruguay's change of president: Orsi in office, 3 March 2025
BASES.append(
    Base(
        "uy-2025-03-03",
        "2025-03-03",
        "tuning",
        """Orsi sworn in as Uruguay's president

MONTEVIDEO, March 3 - Yamandú Orsi was sworn in on Saturday as Uruguay's 43rd president, succeeding Luis Lacalle Pou for a five-year term. Spain's King Felipe VI attended the ceremony.

Carolina Cosse took office as vice president. The 57-year-old former history teacher belongs to the Movement of Popular Participation, the main faction of the Broad Front.

Lacalle Pou, 51, a lawyer from the National Party, served as the 42nd president from 2020 to 2025. He had taken office on 1 March 2020, succeeding Tabaré Vázquez, and he cannot run for immediate re-election. Before the presidency he was a senator from 2015 to 2019.

Orsi was born in the Canelones Department on 13 June 1967, the second child of a rural worker, Pablo Orsi, and a seamstress, Carmen Martínez. He has an older sister.

He was intendant of the Canelones Department from 9 July 2015 to 6 February 2020, and again from 26 November 2020, when he succeeded Tabaré Costa. Orsi left that office on 1 March 2024 and was succeeded by Marcelo Metediera.

Earlier, he taught in secondary schools in the Canelones, Florida and Maldonado departments. He joined the Movement of Popular Participation in 1990.

Orsi lives in Salinas. He is married to Laura Alonsopérez, and they have two children.

Uruguay's president, now Orsi, is both head of state and head of government and commander in chief of the armed forces. The office dates from 6 November 1830, when Fructuoso Rivera became the first president. Orsi has pledged to cut child poverty.
""",
        {
            "Yamandú Orsi was sworn in on Saturday": c(
                SUPPORTED, "yamandu-orsi", "'- Term Start: 1 March 2025' (1 March 2025 was a Saturday)"
            ),
            "as Uruguay's 43rd president": c(
                SUPPORTED, "yamandu-orsi", "'- Office: President of Uruguay' '- Order: 43rd'; 'who has been the 43rd president of Uruguay since March 2025'"
            ),
            "succeeding Luis Lacalle Pou": c(
                SUPPORTED, "yamandu-orsi luis-lacalle-pou", "'- Predecessor: Luis Lacalle Pou'; '- Successor: Yamandú Orsi'"
            ),
            "for a five-year term": c(SUPPORTED, "president-of-uruguay", "'Term length Five years, not renewable immediately'"),
            "Spain's King Felipe VI attended the ceremony": c(
                UNVERIFIED, "", "no stored page mentions the inauguration's guests"
            ),
            "Carolina Cosse took office as vice president": c(
                SUPPORTED, "yamandu-orsi", "'- Vicepresident: Carolina Cosse' '- Term Start: 1 March 2025'"
            ),
            "The 57-year-old former history teacher": c(
                SUPPORTED,
                "yamandu-orsi",
                "'(born 13 June 1967)': 57 on 2025-03-03; 'politician and history teacher'; '- Occupation: Politician, teacher (formerly)'",
            ),
            "belongs to the Movement of Popular Participation": c(
                SUPPORTED, "yamandu-orsi", "'A member of the left-wing Movement of Popular Participation'"
            ),
            "the main faction of the Broad Front": c(
                SUPPORTED, "yamandu-orsi", "'Movement of Popular Participation, the main faction of the Broad Front party'"
            ),
            "Lacalle Pou, 51,": c(SUPPORTED, "luis-lacalle-pou", "'born 11 August 1973': 51 on 2025-03-03"),
            "a lawyer from the National Party": c(
                SUPPORTED, "luis-lacalle-pou", "'is a Uruguayan politician and lawyer'; '- Party: National Party'"
            ),
            "served as the 42nd president from 2020 to 2025": c(
                SUPPORTED, "luis-lacalle-pou", "'who served as the 42nd president of Uruguay from 2020 to 2025'"
            ),
            "He had taken office on 1 March 2020": c(SUPPORTED, "luis-lacalle-pou", "'- Term Start: 1 March 2020'"),
            "succeeding Tabaré Vázquez": c(SUPPORTED, "luis-lacalle-pou", "'- Predecessor: Tabaré Vázquez'"),
            "he cannot run for immediate re-election": c(
                SUPPORTED, "president-of-uruguay", "'Term length Five years, not renewable immediately'"
            ),
            "he was a senator from 2015 to 2019": c(
                SUPPORTED,
                "luis-lacalle-pou",
                "'- Office2: Senator of the Republic' '- Term Start2: 15 February 2015' '- Term End2: 12 August 2019'; 'He also served as Senator from 2015 to 2019.'",
            ),
            "Orsi was born in the Canelones Department on 13 June 1967": c(
                SUPPORTED,
                "yamandu-orsi",
                "'was born in the rural area of the Canelones Department on 13 June 1967'",
            ),
            "the second child of a rural worker, Pablo Orsi": c(
                SUPPORTED, "yamandu-orsi", "'He is the second child' 'the only son of Pablo' 'Orsi, a rural worker'"
            ),
            "and a seamstress, Carmen Martínez": c(SUPPORTED, "yamandu-orsi", "'Martínez, a seamstress'; 'and Carmen'"),
            "He has an older sister": c(SUPPORTED, "yamandu-orsi", "'with an older sister, María del Luján'"),
            "He was intendant of the Canelones Department from 9 July 2015 to 6 February 2020": c(
                SUPPORTED, "yamandu-orsi", "'- Term Start2: 9 July 2015' '- Term End2: 6 February 2020'; 'intendant of the Canelones Department from 2015 to February 2020'"
            ),
            "and again from 26 November 2020": c(
                SUPPORTED, "yamandu-orsi", "'- Office1: 22nd and 24th Intendant of the Canelones Department' '- Term Start1: 26 November 2020'"
            ),
            "when he succeeded Tabaré Costa": c(
                SUPPORTED, "yamandu-orsi", "'- Term Start1: 26 November 2020' '- Term End1: 1 March 2024' '- Predecessor1: Tabaré Costa'"
            ),
            "Orsi left that office on 1 March 2024": c(SUPPORTED, "yamandu-orsi", "'- Term End1: 1 March 2024'"),
            "was succeeded by Marcelo Metediera": c(SUPPORTED, "yamandu-orsi", "'- Successor1: Marcelo Metediera'"),
            "he taught in secondary schools in the Canelones, Florida and Maldonado departments": c(
                SUPPORTED,
                "yamandu-orsi",
                "'he worked in different secondary schools in the Canelones, Florida, and Maldonado departments'",
            ),
            "He joined the Movement of Popular Participation in 1990": c(
                SUPPORTED,
                "yamandu-orsi",
                "'being part of the Vertiente Artiguista until 1990, when he joined the Movement of Popular Participation (MPP)'",
            ),
            "Orsi lives in Salinas": c(SUPPORTED, "yamandu-orsi", "'- Residence: Salinas, Uruguay'"),
            "He is married to Laura Alonsopérez": c(SUPPORTED, "yamandu-orsi", "'- Spouse: Laura Alonsopérez'"),
            "they have two children": c(SUPPORTED, "yamandu-orsi", "'- Children: 2'"),
            "Uruguay's president, now Orsi": c(
                SUPPORTED,
                "yamandu-orsi luis-lacalle-pou",
                "'- Office: President of Uruguay' '- Term Start: 1 March 2025'; Lacalle Pou '- Term End: 1 March 2025' '- Successor: Yamandú Orsi' (the stale office page still names Lacalle Pou: it was written before the handover)",
            ),
            "is both head of state and head of government": c(
                SUPPORTED, "president-of-uruguay", "'is the head of state and head of government of Uruguay'"
            ),
            "commander in chief of the armed forces": c(
                SUPPORTED, "president-of-uruguay", "'the president of the republic is the commander in chief of the Armed Forces'"
            ),
            "The office dates from 6 November 1830": c(SUPPORTED, "president-of-uruguay", "'Formation6 November 1830'"),
            "when Fructuoso Rivera became the first president": c(
                SUPPORTED, "president-of-uruguay", "'Inaugural holder Fructuoso Rivera' 'Formation6 November 1830'"
            ),
            "Orsi has pledged to cut child poverty": c(UNVERIFIED, "", "no stored page mentions poverty or a pledge"),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-chamber",
        "he was a senator from 2015 to 2019",
        "he was president of the Chamber of Representatives from 2015 to 2019",
        c(
            CONTRADICTED,
            "luis-lacalle-pou",
            "'- Office2: Senator of the Republic' '- Term Start2: 15 February 2015' '- Term End2: 12 August 2019'; '- Office3: President of the Chamber of Representatives' '- Term Start3: 1 March 2011' '- Term End3: 1 March 2012': from 2015 to 2019 he was a senator",
        ),
        "sibling office",
    ),
    (
        "v02-president",
        "Carolina Cosse took office as vice president",
        "Carolina Cosse took office as president",
        c(
            CONTRADICTED,
            "yamandu-orsi",
            "'- Office: President of Uruguay' '- Vicepresident: Carolina Cosse' '- Term Start: 1 March 2025': Orsi is the president, Cosse the vice president",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "as Uruguay's 43rd president",
        "as Argentina's 43rd president",
        c(CONTRADICTED, "yamandu-orsi", "'- Office: President of Uruguay' '- Order: 43rd'"),
        "wrong country",
    ),
    (
        "v04-children",
        "they have two children",
        "they have three children",
        c(CONTRADICTED, "yamandu-orsi", "'- Children: 2'"),
        "wrong count",
    ),
    (
        "v05-date",
        "He had taken office on 1 March 2020",
        "He had taken office on 1 May 2020",
        c(CONTRADICTED, "luis-lacalle-pou president-of-uruguay", "'- Term Start: 1 March 2020'; 'The current president since 1 March 2020 is Luis Lacalle Pou'"),
        "wrong date",
    ),
    (
        "v06-year",
        "He joined the Movement of Popular Participation in 1990",
        "He joined the Movement of Popular Participation in 1985",
        c(
            CONTRADICTED,
            "yamandu-orsi",
            "'being part of the Vertiente Artiguista until 1990, when he joined the Movement of Popular Participation (MPP) that had been founded the previous year'",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "Orsi was born in the Canelones Department on 13 June 1967",
        "Orsi was born in the Florida Department on 13 June 1967",
        c(
            CONTRADICTED,
            "yamandu-orsi",
            "'- Birth Place: Canelones Department, Uruguay'; 'was born in the rural area of the Canelones Department on 13 June 1967'",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "when he succeeded Tabaré Costa",
        "when he succeeded Gabriela Garrido",
        c(
            CONTRADICTED,
            "yamandu-orsi",
            "'- Term Start1: 26 November 2020' '- Predecessor1: Tabaré Costa'; '- Term Start2: 9 July 2015' '- Predecessor2: Gabriela Garrido': Garrido preceded his first term, Costa his second",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "Uruguay's president, now Orsi",
        "Uruguay's president, now Lacalle Pou",
        c(
            CONTRADICTED,
            "luis-lacalle-pou yamandu-orsi",
            "Lacalle Pou '- Term End: 1 March 2025' '- Successor: Yamandú Orsi'; Orsi '- Term Start: 1 March 2025'",
        ),
        "past holder as current",
    ),
    (
        "v10-orsi-early",
        "Orsi left that office on 1 March 2024",
        "President Orsi left that office on 1 March 2024",
        c(
            CONTRADICTED,
            "yamandu-orsi luis-lacalle-pou",
            "'- Term End1: 1 March 2024'; '- Term Start: 1 March 2025'; Lacalle Pou '- Term Start: 1 March 2020' '- Term End: 1 March 2025': Orsi was not president on 1 March 2024",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "served as the 42nd president from 2020 to 2025",
        "served as the 40th president from 2020 to 2025",
        c(CONTRADICTED, "luis-lacalle-pou", "'- Order: 42nd'; 'who served as the 42nd president of Uruguay from 2020 to 2025'"),
        "wrong ordinal",
    ),
    (
        "v12-term",
        "for a five-year term",
        "for a four-year term",
        c(CONTRADICTED, "president-of-uruguay", "'Term length Five years, not renewable immediately'"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("uy-2025-03-03", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-born-1967",
        "The 57-year-old former history teacher",
        "The former history teacher, born in 1967,",
        c(SUPPORTED, "yamandu-orsi", "'(born 13 June 1967)'; 'politician and history teacher'; '- Occupation: Politician, teacher (formerly)'"),
        "The former history teacher, born in 1967",
    ),
    (
        "r02-of-uruguay",
        "as Uruguay's 43rd president",
        "as the 43rd president of Uruguay",
        c(SUPPORTED, "yamandu-orsi", "'who has been the 43rd president of Uruguay since March 2025'"),
        None,
    ),
]:
    CHANGES.append(Change("uy-2025-03-03", name, old, new, claim, None, key))


# ---------------------------------------------------------------- The United Kingdom's Chief of the Defence Staff: Radakin to Knighton, 2025
# Written blind (see the README): the articles and labels come from the stored pages only. Both bases are tuning.
# Admiral Sir Tony Radakin, Chief of the Defence Staff since 30 November 2021, handed over to Air Chief Marshal Sir
# Rich Knighton in September 2025 (no stored page gives the day, so the articles give the month only, and their dates,
# 31 July and 2 October, lie clear of that month). 'Rich Knighton' and 'Tony Radakin' are en.wikipedia.org copies
# written in or after September 2025, each with an older revision (Knighton's permanent link of 12 January 2024,
# Chief of the Air Staff; Radakin's WikiMili copy of 2024, Chief of the Defence Staff); as for Mulino's copy, what the
# later copies say of earlier years is read as of each article's date. 'Chief of the Defence Staff (United Kingdom)' is a
# Kiwix copy of July 2025 (Radakin the current CDS, Knighton announced for September), relied on for the office's rules
# and history and, on 31 July, its holder; never for who holds it on 2 October. Knighton's rival for the post, the
# Prime Minister who advised the appointment and Radakin's farewell voyage are in no stored page: unverified.
BASES.append(
    Base(
        "cds-2025-07-31",
        "2025-07-31",
        "tuning",
        """RAF chief Knighton to succeed Radakin as head of Britain's armed forces

LONDON, July 31 - Air Chief Marshal Sir Rich Knighton, the head of the Royal Air Force, will take over as Chief of the Defence Staff in September, succeeding Admiral Sir Tony Radakin.

Knighton was chosen over the head of the Army, General Sir Roly Walker. Knighton has been Chief of the Air Staff since 2 June 2023, and he was the first Chief of the Air Staff who is not a military pilot. He was Assistant Chief of the Air Staff from January 2015 to January 2017.

Born in 1969, Knighton was educated at Hatton Secondary School in Derbyshire and studied engineering at Clare College, Cambridge, graduating in 1991. He joined the Royal Air Force at RAF College Cranwell in 1988 and served in the Kosovo War. He is married to Caitlin.

The current Chief of the Defence Staff, Admiral Sir Tony Radakin, has held the post since 30 November 2021, when he succeeded General Sir Nick Carter. Radakin, 59, was First Sea Lord from June 2019 to November 2021 and was appointed Chief of the Defence Staff in November 2021.

Born in Oldham, Radakin studied law at the University of Southampton, which he left with a law degree in 1989. He has four children. In 2023 he served as Lord High Constable of England at the coronation of King Charles III.

The Chief of the Defence Staff is the professional head of the British Armed Forces and the most senior uniformed military adviser to the Secretary of State for Defence and the Prime Minister. The post dates from 1 January 1959, and its deputy is the Vice-Chief of the Defence Staff. The appointment was made on the advice of Prime Minister Keir Starmer.
""",
        {
            "Air Chief Marshal Sir Rich Knighton": c(
                SUPPORTED, "rich-knighton-2024 rich-knighton", "'RankAir Chief Marshal'; '- Rank: Air Chief Marshal'; 'Air Chief Marshal Sir Richard John Knighton'"
            ),
            "the head of the Royal Air Force": c(
                SUPPORTED,
                "rich-knighton-2024 rich-knighton",
                "'currently serving as Chief of the Air Staff, the professional head of the RAF, since 2 June 2023'; 'Chief of the Air Staff from June 2023 to August 2025': head of the RAF on 2025-07-31",
            ),
            "will take over as Chief of the Defence Staff in September": c(
                SUPPORTED,
                "chief-of-the-defence-staff-united-kingdom rich-knighton",
                "'Air Chief Marshal Sir Rich Knighton has been announced as the next CDS and will take up the post in September 2025'; 'He has served as Chief of the Defence Staff since September 2025'",
            ),
            "succeeding Admiral Sir Tony Radakin": c(
                SUPPORTED,
                "chief-of-the-defence-staff-united-kingdom tony-radakin",
                "'The current CDS is Admiral Sir Tony Radakin' '... has been announced as the next CDS'; 'served as Chief of the Defence Staff ... from November 2021 to September 2025'",
            ),
            "Knighton was chosen over the head of the Army, General Sir Roly Walker": c(
                UNVERIFIED, "", "no stored page names the other candidates for the post or the head of the Army"
            ),
            "Knighton has been Chief of the Air Staff since 2 June 2023": c(
                SUPPORTED, "rich-knighton-2024", "'currently serving as Chief of the Air Staff, the professional head of the RAF, since 2 June 2023'"
            ),
            "he was the first Chief of the Air Staff who is not a military pilot": c(
                SUPPORTED,
                "rich-knighton-2024 rich-knighton",
                "'Knighton is notable for being the first Chief of the Air Staff who is not a military pilot or indeed aircrew-qualified'",
            ),
            "He was Assistant Chief of the Air Staff from January 2015 to January 2017": c(
                SUPPORTED, "rich-knighton-2024", "'He previously served as Assistant Chief of the Air Staff from January 2015 to January 2017'"
            ),
            "Born in 1969": c(SUPPORTED, "rich-knighton-2024 rich-knighton", "'Born1969'; '(born 1969)'; 'Born in 1969, Knighton was educated'"),
            "Knighton was educated at Hatton Secondary School in Derbyshire": c(
                SUPPORTED, "rich-knighton-2024", "'Knighton was educated at Hatton Secondary School in Derbyshire'"
            ),
            "studied engineering at Clare College, Cambridge, graduating in 1991": c(
                SUPPORTED,
                "rich-knighton-2024",
                "'he studied engineering at Clare College, Cambridge. He graduated in 1991 with a first class Bachelor of Arts degree.'",
            ),
            "He joined the Royal Air Force at RAF College Cranwell in 1988": c(
                SUPPORTED, "rich-knighton rich-knighton-2024", "'Knighton joined the Royal Air Force (RAF) at RAF College Cranwell in 1988'; 'Years of service1988–present'"
            ),
            "served in the Kosovo War": c(SUPPORTED, "rich-knighton-2024 rich-knighton", "'Battles / warsKosovo War'; '- Battles: Kosovo War'"),
            "He is married to Caitlin": c(SUPPORTED, "rich-knighton-2024", "'Spouse(s)Caitlin'"),
            "The current Chief of the Defence Staff, Admiral Sir Tony Radakin": c(
                SUPPORTED,
                "chief-of-the-defence-staff-united-kingdom tony-radakin-2024",
                "'The current CDS is Admiral Sir Tony Radakin'; 'Knighton ... will take up the post in September 2025': Radakin CDS on 2025-07-31",
            ),
            "has held the post since 30 November 2021": c(
                SUPPORTED,
                "chief-of-the-defence-staff-united-kingdom tony-radakin-2024",
                "'since 30 November 2021' (the box of the office Radakin holds); 'He was appointed Chief of the Defence Staff ... in November 2021'",
            ),
            "when he succeeded General Sir Nick Carter": c(
                SUPPORTED, "chief-of-the-defence-staff-united-kingdom", "'Admiral Sir Tony Radakin, who succeeded General Sir Nick Carter in November 2021'"
            ),
            "Radakin, 59,": c(SUPPORTED, "tony-radakin-2024 tony-radakin", "'(born 10 November 1965)': 59 on 2025-07-31"),
            "was First Sea Lord from June 2019 to November 2021": c(
                SUPPORTED, "tony-radakin-2024", "'Radakin was previously the First Sea Lord, the professional head of the Naval Service from June 2019 to November 2021'"
            ),
            "was appointed Chief of the Defence Staff in November 2021": c(
                SUPPORTED, "tony-radakin-2024", "'He was appointed Chief of the Defence Staff, the professional head of the British Armed Forces, in November 2021'"
            ),
            "Born in Oldham": c(SUPPORTED, "tony-radakin-2024", "'Radakin was born on 10 November 1965 in Oldham, Greater Manchester, England'"),
            "Radakin studied law at the University of Southampton": c(
                SUPPORTED, "tony-radakin-2024", "'Radakin studied law at the University of Southampton'"
            ),
            "which he left with a law degree in 1989": c(
                SUPPORTED, "tony-radakin-2024", "'graduating with a Bachelor of Laws (LLB) degree in 1989'"
            ),
            "He has four children": c(SUPPORTED, "tony-radakin-2024", "'Children4'"),
            "In 2023 he served as Lord High Constable of England at the coronation of King Charles III": c(
                SUPPORTED,
                "tony-radakin-2024",
                "'He was appointed Lord High Constable of England in 2023, and in that role took part in the Coronation of Charles III and Camilla'",
            ),
            "The Chief of the Defence Staff is the professional head of the British Armed Forces": c(
                SUPPORTED, "chief-of-the-defence-staff-united-kingdom", "'Chief of the Defence Staff (CDS) is the title of the professional head of the British Armed Forces'"
            ),
            "the most senior uniformed military adviser to the Secretary of State for Defence and the Prime Minister": c(
                SUPPORTED,
                "chief-of-the-defence-staff-united-kingdom",
                "'the most senior uniformed military adviser to the Secretary of State for Defence and the Prime Minister of the United Kingdom'",
            ),
            "The post dates from 1 January 1959": c(SUPPORTED, "chief-of-the-defence-staff-united-kingdom", "'Formation | 1 January 1959'"),
            "its deputy is the Vice-Chief of the Defence Staff": c(
                SUPPORTED, "chief-of-the-defence-staff-united-kingdom", "'Deputy | Vice-Chief of the Defence Staff'"
            ),
            "The appointment was made on the advice of Prime Minister Keir Starmer": c(
                UNVERIFIED,
                "chief-of-the-defence-staff-united-kingdom",
                "'Appointer | The Monarch on advice of the Prime Minister', but no stored page names the Prime Minister of 2025",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-naval-staff",
        "He was Assistant Chief of the Air Staff from January 2015 to January 2017",
        "He was Assistant Chief of the Naval Staff from January 2015 to January 2017",
        c(
            CONTRADICTED,
            "rich-knighton-2024",
            "'He previously served as Assistant Chief of the Air Staff from January 2015 to January 2017'; 'Service / branchRoyal Air Force'",
        ),
        "sibling office",
    ),
    (
        "v02-vice-chief",
        "was appointed Chief of the Defence Staff in November 2021",
        "was appointed Vice-Chief of the Defence Staff in November 2021",
        c(
            CONTRADICTED,
            "tony-radakin-2024 chief-of-the-defence-staff-united-kingdom",
            "'He was appointed Chief of the Defence Staff ... in November 2021'; 'Admiral Sir Tony Radakin, who succeeded General Sir Nick Carter in November 2021'; 'Deputy | Vice-Chief of the Defence Staff': he became the chief, not its deputy",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "The Chief of the Defence Staff is the professional head of the British Armed Forces",
        "The Chief of the Defence Staff is the professional head of the Australian Defence Force",
        c(
            CONTRADICTED,
            "chief-of-the-defence-staff-united-kingdom",
            "'Chief of the Defence Staff (CDS) is the title of the professional head of the British Armed Forces'",
        ),
        "wrong country",
    ),
    (
        "v04-children",
        "He has four children",
        "He has three children",
        c(CONTRADICTED, "tony-radakin-2024 tony-radakin", "'Children4'; '- Children: 4'"),
        "wrong count",
    ),
    (
        "v05-date",
        "has held the post since 30 November 2021",
        "has held the post since 30 October 2021",
        c(
            CONTRADICTED,
            "chief-of-the-defence-staff-united-kingdom tony-radakin-2024",
            "'since 30 November 2021'; 'who succeeded General Sir Nick Carter in November 2021'; 'Radakin was previously the First Sea Lord ... from June 2019 to November 2021'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "studied engineering at Clare College, Cambridge, graduating in 1991",
        "studied engineering at Clare College, Cambridge, graduating in 1994",
        c(
            CONTRADICTED,
            "rich-knighton-2024 rich-knighton",
            "'He graduated in 1991 with a first class Bachelor of Arts degree'; 'where he graduated in 1991'",
        ),
        "wrong year",
    ),
    (
        "v07-county",
        "Knighton was educated at Hatton Secondary School in Derbyshire",
        "Knighton was educated at Hatton Secondary School in Lincolnshire",
        c(
            CONTRADICTED,
            "rich-knighton-2024 rich-knighton",
            "'Knighton was educated at Hatton Secondary School in Derbyshire'",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "when he succeeded General Sir Nick Carter",
        "when he succeeded General Sir Patrick Sanders",
        c(
            CONTRADICTED,
            "chief-of-the-defence-staff-united-kingdom",
            "'Admiral Sir Tony Radakin, who succeeded General Sir Nick Carter in November 2021': his predecessor was Carter",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "The current Chief of the Defence Staff, Admiral Sir Tony Radakin",
        "The current Chief of the Defence Staff, General Sir Nick Carter",
        c(
            CONTRADICTED,
            "chief-of-the-defence-staff-united-kingdom",
            "'The current CDS is Admiral Sir Tony Radakin, who succeeded General Sir Nick Carter in November 2021': Carter left the post in 2021",
        ),
        "past holder as current",
    ),
    (
        "v10-knighton-early",
        "Knighton has been Chief of the Air Staff since 2 June 2023",
        "Knighton has been Chief of the Defence Staff since 2 June 2023",
        c(
            CONTRADICTED,
            "chief-of-the-defence-staff-united-kingdom rich-knighton-2024",
            "'The current CDS is Admiral Sir Tony Radakin' 'Knighton has been announced as the next CDS and will take up the post in September 2025'; 'currently serving as Chief of the Air Staff ... since 2 June 2023': on 2025-07-31 Knighton was not yet CDS",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "he was the first Chief of the Air Staff who is not a military pilot",
        "he was the second Chief of the Air Staff who is not a military pilot",
        c(
            CONTRADICTED,
            "rich-knighton-2024 rich-knighton",
            "'Knighton is notable for being the first Chief of the Air Staff who is not a military pilot'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Radakin, 59,",
        "Radakin, 62,",
        c(CONTRADICTED, "tony-radakin-2024 tony-radakin", "'(born 10 November 1965)': 59 on 2025-07-31"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("cds-2025-07-31", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-born-1965",
        "Radakin, 59,",
        "Radakin, born in 1965,",
        c(SUPPORTED, "tony-radakin-2024 tony-radakin", "'(born 10 November 1965)'"),
        None,
    ),
    (
        "r02-become",
        "will take over as Chief of the Defence Staff in September",
        "will become Chief of the Defence Staff in September",
        c(
            SUPPORTED,
            "chief-of-the-defence-staff-united-kingdom rich-knighton",
            "'has been announced as the next CDS and will take up the post in September 2025'; 'He has served as Chief of the Defence Staff since September 2025'",
        ),
        None,
    ),
]:
    CHANGES.append(Change("cds-2025-07-31", name, old, new, claim, None, key))


# ---------------------------------------------------------------- The United Kingdom's Chief of the Defence Staff: Knighton in office, 2 October 2025
BASES.append(
    Base(
        "cds-2025-10-02",
        "2025-10-02",
        "tuning",
        """Knighton takes charge of Britain's armed forces as Radakin retires

LONDON, Oct 2 - Air Chief Marshal Sir Rich Knighton, who took over as Chief of the Defence Staff in September, succeeding Admiral Sir Tony Radakin, is the professional head of the British Armed Forces.

Radakin, 59, retired from the Royal Navy after nearly four years in the post. He had held it since 30 November 2021, when he succeeded General Sir Nick Carter. He marked his retirement with a trip up the River Thames aboard HMS Blazer, his first command.

Knighton, then Chief of the Air Staff, had been announced as Radakin's successor. He was Chief of the Air Staff from June 2023 to August 2025, and was the first Chief of the Air Staff who was not a military pilot. From December 2018 to May 2022 he was a Deputy Chief of Defence Staff, and from May 2022 to May 2023 Deputy Commander Capability at Air Command.

Knighton, who was born in 1969, is an engineer. As an Engineer Officer early in his career he worked on three aircraft, the Nimrod, the Harrier and the Tornado F3. He was promoted to squadron leader in 1998 and commanded RAF Wittering from 2009 to 2011.

Radakin was born in Oldham on 10 November 1965 and moved to Portishead, Somerset, when he was five. He was First Sea Lord from June 2019 to November 2021.

The Chief of the Defence Staff, now Knighton, is the most senior uniformed military adviser to the Prime Minister of the United Kingdom and works at the Ministry of Defence. The first holder of the post, in 1959, was Marshal of the RAF Sir William Dickson. Knighton was appointed on the advice of Prime Minister Keir Starmer.
""",
        {
            "Air Chief Marshal Sir Rich Knighton": c(SUPPORTED, "rich-knighton", "'- Rank: Air Chief Marshal'; 'Air Chief Marshal Sir Richard John Knighton'"),
            "who took over as Chief of the Defence Staff in September": c(
                SUPPORTED, "rich-knighton", "'He has served as Chief of the Defence Staff since September 2025'; '- Commands: Chief of the Defence Staff (2025–)'"
            ),
            "succeeding Admiral Sir Tony Radakin": c(
                SUPPORTED,
                "tony-radakin chief-of-the-defence-staff-united-kingdom",
                "'served as Chief of the Defence Staff ... from November 2021 to September 2025'; 'The current CDS is Admiral Sir Tony Radakin' 'Knighton has been announced as the next CDS'",
            ),
            "is the professional head of the British Armed Forces": c(
                SUPPORTED,
                "chief-of-the-defence-staff-united-kingdom rich-knighton",
                "'Chief of the Defence Staff (CDS) is the title of the professional head of the British Armed Forces'; Knighton 'Chief of the Defence Staff since September 2025'",
            ),
            "Radakin, 59,": c(SUPPORTED, "tony-radakin", "'(born 10 November 1965)': 59 on 2025-10-02"),
            "retired from the Royal Navy": c(
                SUPPORTED, "tony-radakin", "'is a retired senior Royal Navy officer'; '- Serviceyears: 1990–2025'"
            ),
            "after nearly four years in the post": c(
                SUPPORTED, "tony-radakin", "'served as Chief of the Defence Staff ... from November 2021 to September 2025': three years and ten months"
            ),
            "He had held it since 30 November 2021": c(
                SUPPORTED,
                "chief-of-the-defence-staff-united-kingdom tony-radakin",
                "'since 30 November 2021' (the box of the office Radakin held); 'from November 2021 to September 2025'",
            ),
            "when he succeeded General Sir Nick Carter": c(
                SUPPORTED, "chief-of-the-defence-staff-united-kingdom", "'Admiral Sir Tony Radakin, who succeeded General Sir Nick Carter in November 2021'"
            ),
            "He marked his retirement with a trip up the River Thames aboard HMS Blazer, his first command": c(
                UNVERIFIED,
                "tony-radakin-2024",
                "no stored page mentions his farewell; 'HMS Blazer' is in the 2024 copy's list of commands, which does not say which was his first",
            ),
            "Knighton, then Chief of the Air Staff, had been announced as Radakin's successor": c(
                SUPPORTED,
                "chief-of-the-defence-staff-united-kingdom rich-knighton",
                "'Air Chief Marshal Sir Rich Knighton has been announced as the next CDS' (a July 2025 copy); 'Chief of the Air Staff from June 2023 to August 2025'",
            ),
            "He was Chief of the Air Staff from June 2023 to August 2025": c(
                SUPPORTED, "rich-knighton", "'Chief of the Air Staff from June 2023 to August 2025'"
            ),
            "was the first Chief of the Air Staff who was not a military pilot": c(
                SUPPORTED, "rich-knighton", "'He is notable for being the first Chief of the Air Staff who is not a military pilot'"
            ),
            "From December 2018 to May 2022 he was a Deputy Chief of Defence Staff": c(
                SUPPORTED, "rich-knighton", "'Deputy Chief of Defence Staff (Financial and Military Capability) from December 2018 to May 2022'"
            ),
            "from May 2022 to May 2023 Deputy Commander Capability at Air Command": c(
                SUPPORTED, "rich-knighton", "'Deputy Commander Capability at Air Command from May 2022 to May 2023'"
            ),
            "who was born in 1969": c(SUPPORTED, "rich-knighton", "'(born 1969)'; 'Born in 1969'"),
            "is an engineer": c(SUPPORTED, "rich-knighton", "'is a British engineer and a senior officer in the Royal Air Force'"),
            "he worked on three aircraft, the Nimrod, the Harrier and the Tornado F3": c(
                SUPPORTED,
                "rich-knighton",
                "'In his early career, he served as an Engineer Officer, and worked on Nimrod, Harrier, and Tornado F3 aircraft'",
            ),
            "He was promoted to squadron leader in 1998": c(
                SUPPORTED, "rich-knighton", "'In 1998, he was promoted to squadron leader'"
            ),
            "commanded RAF Wittering from 2009 to 2011": c(
                SUPPORTED, "rich-knighton", "'- Commands: ... RAF Wittering (2009–2011)'"
            ),
            "Radakin was born in Oldham on 10 November 1965": c(
                SUPPORTED, "tony-radakin", "'Radakin was born on 10 November 1965 in Oldham, Greater Manchester, England'"
            ),
            "moved to Portishead, Somerset, when he was five": c(
                SUPPORTED, "tony-radakin", "'He moved to Portishead, Somerset, when he was five years old'"
            ),
            "He was First Sea Lord from June 2019 to November 2021": c(
                SUPPORTED, "tony-radakin", "'Radakin was previously the First Sea Lord, the professional head of the Naval Service from June 2019 to November 2021'"
            ),
            "The Chief of the Defence Staff, now Knighton": c(
                SUPPORTED,
                "rich-knighton tony-radakin",
                "'He has served as Chief of the Defence Staff since September 2025'; Radakin 'from November 2021 to September 2025' (the office's July 2025 copy still names Radakin: it was written before the handover)",
            ),
            "is the most senior uniformed military adviser to the Prime Minister of the United Kingdom": c(
                SUPPORTED,
                "chief-of-the-defence-staff-united-kingdom",
                "'the most senior uniformed military adviser to the Secretary of State for Defence and the Prime Minister of the United Kingdom'",
            ),
            "works at the Ministry of Defence": c(
                SUPPORTED, "chief-of-the-defence-staff-united-kingdom", "'The CDS is based at the Ministry of Defence'"
            ),
            "The first holder of the post, in 1959, was Marshal of the RAF Sir William Dickson": c(
                SUPPORTED,
                "chief-of-the-defence-staff-united-kingdom",
                "'Formation | 1 January 1959' 'First holder | Marshal of the RAF Sir William Dickson'",
            ),
            "Knighton was appointed on the advice of Prime Minister Keir Starmer": c(
                UNVERIFIED,
                "chief-of-the-defence-staff-united-kingdom",
                "'Appointer | The Monarch on advice of the Prime Minister', but no stored page names the Prime Minister of 2025",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-general-staff",
        "He was Chief of the Air Staff from June 2023 to August 2025",
        "He was Chief of the General Staff from June 2023 to August 2025",
        c(
            CONTRADICTED,
            "rich-knighton",
            "'Chief of the Air Staff from June 2023 to August 2025'; '- Branch: Royal Air Force'",
        ),
        "sibling office",
    ),
    (
        "v02-chief",
        "From December 2018 to May 2022 he was a Deputy Chief of Defence Staff",
        "From December 2018 to May 2022 he was Chief of the Defence Staff",
        c(
            CONTRADICTED,
            "rich-knighton chief-of-the-defence-staff-united-kingdom",
            "'Deputy Chief of Defence Staff (Financial and Military Capability) from December 2018 to May 2022'; 'He has served as Chief of the Defence Staff since September 2025'; 'Admiral Sir Tony Radakin, who succeeded General Sir Nick Carter in November 2021'",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "is the most senior uniformed military adviser to the Prime Minister of the United Kingdom",
        "is the most senior uniformed military adviser to the Prime Minister of Canada",
        c(
            CONTRADICTED,
            "chief-of-the-defence-staff-united-kingdom",
            "'the most senior uniformed military adviser to the Secretary of State for Defence and the Prime Minister of the United Kingdom'",
        ),
        "wrong country",
    ),
    (
        "v04-aircraft",
        "he worked on three aircraft, the Nimrod, the Harrier and the Tornado F3",
        "he worked on four aircraft, the Nimrod, the Harrier and the Tornado F3",
        c(
            CONTRADICTED,
            "rich-knighton",
            "'worked on Nimrod, Harrier, and Tornado F3 aircraft': three",
        ),
        "wrong count",
    ),
    (
        "v05-date",
        "Radakin was born in Oldham on 10 November 1965",
        "Radakin was born in Oldham on 10 December 1965",
        c(CONTRADICTED, "tony-radakin", "'Radakin was born on 10 November 1965 in Oldham'"),
        "wrong date",
    ),
    (
        "v06-year",
        "He was promoted to squadron leader in 1998",
        "He was promoted to squadron leader in 2001",
        c(CONTRADICTED, "rich-knighton", "'In 1998, he was promoted to squadron leader'"),
        "wrong year",
    ),
    (
        "v07-station",
        "commanded RAF Wittering from 2009 to 2011",
        "commanded RAF Coningsby from 2009 to 2011",
        c(CONTRADICTED, "rich-knighton", "'- Commands: ... RAF Wittering (2009–2011)'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "when he succeeded General Sir Nick Carter",
        "when he succeeded Air Chief Marshal Sir Stuart Peach",
        c(
            CONTRADICTED,
            "chief-of-the-defence-staff-united-kingdom",
            "'Admiral Sir Tony Radakin, who succeeded General Sir Nick Carter in November 2021': his predecessor was Carter",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "The Chief of the Defence Staff, now Knighton",
        "The Chief of the Defence Staff, now Radakin",
        c(
            CONTRADICTED,
            "tony-radakin rich-knighton",
            "Radakin 'is a retired senior Royal Navy officer who served as Chief of the Defence Staff ... from November 2021 to September 2025'; Knighton 'Chief of the Defence Staff since September 2025'",
        ),
        "past holder as current",
    ),
    (
        "v10-knighton-early",
        "Knighton, then Chief of the Air Staff, had been announced as Radakin's successor",
        "Knighton, then Chief of the Defence Staff, had been announced as Radakin's successor",
        c(
            CONTRADICTED,
            "chief-of-the-defence-staff-united-kingdom rich-knighton",
            "'The current CDS is Admiral Sir Tony Radakin' 'Knighton has been announced as the next CDS and will take up the post in September 2025'; 'Chief of the Air Staff from June 2023 to August 2025': when announced he was not yet CDS",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "was the first Chief of the Air Staff who was not a military pilot",
        "was the third Chief of the Air Staff who was not a military pilot",
        c(
            CONTRADICTED,
            "rich-knighton",
            "'He is notable for being the first Chief of the Air Staff who is not a military pilot'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-term",
        "after nearly four years in the post",
        "after nearly six years in the post",
        c(
            CONTRADICTED,
            "tony-radakin",
            "'served as Chief of the Defence Staff ... from November 2021 to September 2025': under four years",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("cds-2025-10-02", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-turns-60",
        "Radakin, 59,",
        "Radakin, who turns 60 in November,",
        c(SUPPORTED, "tony-radakin", "'(born 10 November 1965)': 60 on 10 November 2025"),
        None,
    ),
    (
        "r02-last-month",
        "who took over as Chief of the Defence Staff in September",
        "who took over as Chief of the Defence Staff last month",
        c(SUPPORTED, "rich-knighton", "'He has served as Chief of the Defence Staff since September 2025': last month on 2025-10-02"),
        None,
    ),
]:
    CHANGES.append(Change("cds-2025-10-02", name, old, new, claim, None, key))


# ---------------------------------------------------------------- Poland, August 2025
# Poland's change of president: Andrzej Duda's second term ended and Karol Nawrocki, elected in the runoff of 1 June,
# was sworn in on Wednesday 6 August 2025. Written blind, as TUNING: a subject nobody tuned the judge for, the set's
# first Central European head of state. 'Andrzej Duda' is an en.wikipedia.org copy written on or after the handover
# ('- Term End: 6 August 2025', '- Successor: Karol Nawrocki'); 'Karol Nawrocki' has two copies, the English article
# through a proxy written while he was president-elect (June to early August 2025) and Wikiwand's copy written after
# the oath; 'President of Poland' is Kiddle's adaptation written while Duda was in office (stale after the handover),
# relied on for the office's rules and history and, on 4 August, its holder; never for who holds it on 8 August. As for
# Mulino's copy, what the later copies say of earlier years is read as of each article's date. The place of the oath
# (the National Assembly), Nawrocki's visit to the White House and his inaugural address are in no stored page:
# unverified.
BASES.append(
    Base(
        "pl-2025-08-04",
        "2025-08-04",
        "tuning",
        """Nawrocki to take over from Duda as Poland's president on Wednesday

WARSAW, Aug 4 - Karol Nawrocki will be sworn in as Poland's president on Wednesday, 6 August, succeeding President Andrzej Duda, whose second term ends that day. The oath will be taken before the National Assembly, the two chambers of parliament sitting together.

The president-elect, Karol Nawrocki, won the second round on 1 June with 50.89% of the vote, defeating Warsaw mayor Rafał Trzaskowski. Trzaskowski had led the first round, in which Nawrocki took 29.54%. He ran as an independent supported by Law and Justice (PiS), which announced his candidacy on 24 November 2024. He met Donald Trump at the White House before the vote.

Nawrocki, 42, is a historian and was born in Gdańsk. He has headed the Institute of National Remembrance since 23 July 2021, when he succeeded Jarosław Szarek. From 2017 to 2021 he was director of the Museum of the Second World War in Gdańsk. He holds a doctorate from the University of Gdańsk. He and his wife, Marta Nawrocka, have three children. He will serve alongside Prime Minister Donald Tusk.

Until Wednesday the office's current holder is Andrzej Duda. Duda has held the office since 6 August 2015. Duda, 53, was born in Kraków.

The president is elected by popular vote for a five-year term, renewable once. The office dates from 11 December 1922, and its first holder was Gabriel Narutowicz. The president's deputy is the Marshal of the Sejm.
""",
        {
            "will be sworn in as Poland's president on Wednesday, 6 August": c(
                SUPPORTED, "karol-nawrocki-2025", "'He will be inaugurated as the President of Poland on 6 August 2025'; 'Assuming office' '6 August 2025' (a Wednesday)"
            ),
            "succeeding President Andrzej Duda": c(
                SUPPORTED,
                "karol-nawrocki-2025 president-of-poland andrzej-duda",
                "'SucceedingAndrzej Duda'; 'Incumbent' 'Andrzej Duda' 'since 6 August 2015'; '- Term End: 6 August 2025': Duda president on 2025-08-04",
            ),
            "whose second term ends that day": c(
                SUPPORTED,
                "andrzej-duda",
                "'- Term End: 6 August 2025'; 'Throughout his first and second terms'; re-elected 'in 2020' after '2015'",
            ),
            "The oath will be taken before the National Assembly, the two chambers of parliament sitting together": c(
                UNVERIFIED, "", "no stored page says where or before whom the oath is taken"
            ),
            "The president-elect, Karol Nawrocki,": c(
                SUPPORTED, "karol-nawrocki-2025", "'President-elect of Poland'; 'is the president-elect of Poland since 1 June 2025'"
            ),
            "won the second round on 1 June with 50.89% of the vote": c(
                SUPPORTED, "karol-nawrocki-2025", "'he defeated Trzaskowski in the second round held on 1 June with 50.89% of the vote'"
            ),
            "defeating Warsaw mayor Rafał Trzaskowski": c(
                SUPPORTED, "karol-nawrocki-2025", "'behind Warsaw mayor Rafał Trzaskowski'; 'he defeated Trzaskowski in the second round'"
            ),
            "Trzaskowski had led the first round": c(
                SUPPORTED, "karol-nawrocki-2025", "'He finished in second behind Warsaw mayor Rafał Trzaskowski in the first round of voting'"
            ),
            "in which Nawrocki took 29.54%": c(SUPPORTED, "karol-nawrocki-2025", "'in the first round of voting with 29.54% of the vote'"),
            "He ran as an independent supported by Law and Justice (PiS)": c(
                SUPPORTED, "karol-nawrocki-2025", "'announced and supported by Law and Justice (PiS) as an independent candidate'"
            ),
            "which announced his candidacy on 24 November 2024": c(
                SUPPORTED,
                "karol-nawrocki-2025",
                "'On 24 November 2024, Nawrocki was announced and supported by Law and Justice (PiS) as an independent candidate for the 2025 Polish presidential election'",
            ),
            "He met Donald Trump at the White House before the vote": c(UNVERIFIED, "", "no stored page mentions a meeting with Donald Trump"),
            "Nawrocki, 42,": c(SUPPORTED, "karol-nawrocki-2025", "'3 March 1983 (age 42)'; 'born 3 March 1983': 42 on 2025-08-04"),
            "is a historian": c(SUPPORTED, "karol-nawrocki-2025", "'is a Polish historian and politician'"),
            "was born in Gdańsk": c(SUPPORTED, "karol-nawrocki-2025", "'Karol Nawrocki was born on 3 March 1983, in Gdańsk'"),
            "He has headed the Institute of National Remembrance since 23 July 2021": c(
                SUPPORTED,
                "karol-nawrocki-2025",
                "'President of the Institute of National Remembrance' 'Assumed office' '23 July 2021'; 'Since 2021, he has been the head of the Institute of National Remembrance'",
            ),
            "when he succeeded Jarosław Szarek": c(
                SUPPORTED, "karol-nawrocki-2025", "'President of the Institute of National Remembrance' 'Assumed office' '23 July 2021' 'Preceded byJarosław Szarek'"
            ),
            "From 2017 to 2021 he was director of the Museum of the Second World War in Gdańsk": c(
                SUPPORTED, "karol-nawrocki-2025", "'He also served as the director of the Museum of the Second World War in Gdańsk from 2017 to 2021'"
            ),
            "He holds a doctorate from the University of Gdańsk": c(SUPPORTED, "karol-nawrocki-2025", "'EducationUniversity of Gdańsk (PhD)'"),
            "He and his wife, Marta Nawrocka, have three children": c(
                SUPPORTED, "karol-nawrocki-2025", "'SpouseMarta Nawrocka' 'Children3'"
            ),
            "He will serve alongside Prime Minister Donald Tusk": c(SUPPORTED, "karol-nawrocki-2025", "'Prime MinisterDonald Tusk'"),
            "Until Wednesday the office's current holder is Andrzej Duda": c(
                SUPPORTED,
                "president-of-poland andrzej-duda",
                "'Incumbent' 'Andrzej Duda' 'since 6 August 2015'; '- Term Start: 6 August 2015' '- Term End: 6 August 2025': Duda president on 2025-08-04",
            ),
            "Duda has held the office since 6 August 2015": c(
                SUPPORTED, "president-of-poland andrzej-duda", "'since 6 August 2015'; '- Term Start: 6 August 2015'"
            ),
            "Duda, 53,": c(SUPPORTED, "andrzej-duda", "'(born 16 May 1972)': 53 on 2025-08-04"),
            "was born in Kraków": c(SUPPORTED, "andrzej-duda", "'- Birth Place: Kraków, Poland'; 'Born in Kraków'"),
            "The president is elected by popular vote for a five-year term, renewable once": c(
                SUPPORTED, "president-of-poland", "'Appointer Popular vote'; 'Term length Five years, renewable once'"
            ),
            "The office dates from 11 December 1922": c(SUPPORTED, "president-of-poland", "'Formation 11 December 1922'"),
            "its first holder was Gabriel Narutowicz": c(SUPPORTED, "president-of-poland", "'First holder Gabriel Narutowicz'"),
            "The president's deputy is the Marshal of the Sejm": c(SUPPORTED, "president-of-poland", "'Deputy Marshal of the Sejm'"),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-senate",
        "The president's deputy is the Marshal of the Sejm",
        "The president's deputy is the Marshal of the Senate",
        c(CONTRADICTED, "president-of-poland", "'Deputy Marshal of the Sejm': the Sejm's marshal, not the Senate's"),
        "sibling office",
    ),
    (
        "v02-vice-president",
        "succeeding President Andrzej Duda",
        "succeeding Vice-President Andrzej Duda",
        c(
            CONTRADICTED,
            "president-of-poland andrzej-duda",
            "'Incumbent' 'Andrzej Duda' 'since 6 August 2015'; '- Office: President of Poland'; 'Deputy Marshal of the Sejm': Duda is the president, and the office has no vice-president",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "will be sworn in as Poland's president on Wednesday, 6 August",
        "will be sworn in as Lithuania's president on Wednesday, 6 August",
        c(
            CONTRADICTED,
            "karol-nawrocki-2025",
            "'President-elect of Poland' 'Assuming office' '6 August 2025'; 'He will be inaugurated as the President of Poland on 6 August 2025'",
        ),
        "wrong country",
    ),
    (
        "v04-children",
        "He and his wife, Marta Nawrocka, have three children",
        "He and his wife, Marta Nawrocka, have four children",
        c(CONTRADICTED, "karol-nawrocki-2025", "'SpouseMarta Nawrocka' 'Children3'"),
        "wrong count",
    ),
    (
        "v05-date",
        "He has headed the Institute of National Remembrance since 23 July 2021",
        "He has headed the Institute of National Remembrance since 23 June 2021",
        c(
            CONTRADICTED,
            "karol-nawrocki-2025",
            "'President of the Institute of National Remembrance' 'Assumed office' '23 July 2021'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "From 2017 to 2021 he was director of the Museum of the Second World War in Gdańsk",
        "From 2015 to 2021 he was director of the Museum of the Second World War in Gdańsk",
        c(
            CONTRADICTED,
            "karol-nawrocki-2025",
            "'He also served as the director of the Museum of the Second World War in Gdańsk from 2017 to 2021'",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "was born in Gdańsk",
        "was born in Warsaw",
        c(CONTRADICTED, "karol-nawrocki-2025", "'Karol Nawrocki was born on 3 March 1983, in Gdańsk'; 'Gdańsk, Poland'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "when he succeeded Jarosław Szarek",
        "when he succeeded Paweł Machcewicz",
        c(
            CONTRADICTED,
            "karol-nawrocki-2025",
            "'President of the Institute of National Remembrance' 'Assumed office' '23 July 2021' 'Preceded byJarosław Szarek': his predecessor there was Szarek",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "Until Wednesday the office's current holder is Andrzej Duda",
        "Until Wednesday the office's current holder is Bronisław Komorowski",
        c(
            CONTRADICTED,
            "president-of-poland andrzej-duda",
            "'Incumbent' 'Andrzej Duda' 'since 6 August 2015'; '- Predecessor: Bronisław Komorowski': Komorowski left the office in 2015",
        ),
        "past holder as current",
    ),
    (
        "v10-nawrocki-early",
        "The president-elect, Karol Nawrocki,",
        "The president, Karol Nawrocki,",
        c(
            CONTRADICTED,
            "karol-nawrocki-2025 president-of-poland",
            "'is the president-elect of Poland since 1 June 2025' 'He will be inaugurated as the President of Poland on 6 August 2025'; 'Incumbent' 'Andrzej Duda': not yet president on 2025-08-04",
        ),
        "successor before taking office",
    ),
    (
        "v11-third-term",
        "whose second term ends that day",
        "whose third term ends that day",
        c(
            CONTRADICTED,
            "andrzej-duda president-of-poland",
            "'Throughout his first and second terms'; 'Term length Five years, renewable once'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Nawrocki, 42,",
        "Nawrocki, 43,",
        c(CONTRADICTED, "karol-nawrocki-2025", "'3 March 1983 (age 42)'; 'born 3 March 1983': 42 on 2025-08-04, 43 from 3 March 2026"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("pl-2025-08-04", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-turned-42",
        "Nawrocki, 42,",
        "Nawrocki, who turned 42 in March,",
        c(SUPPORTED, "karol-nawrocki-2025", "'born 3 March 1983': 42 on 3 March 2025"),
        None,
    ),
    (
        "r02-take-office",
        "will be sworn in as Poland's president on Wednesday, 6 August",
        "will take office as Poland's president on Wednesday, 6 August",
        c(SUPPORTED, "karol-nawrocki-2025", "'Assuming office' '6 August 2025'; 'He will be inaugurated as the President of Poland on 6 August 2025'"),
        None,
    ),
]:
    CHANGES.append(Change("pl-2025-08-04", name, old, new, claim, None, key))
BASES.append(
    Base(
        "pl-2025-08-08",
        "2025-08-08",
        "tuning",
        """Nawrocki begins five-year term as Poland's president

WARSAW, Aug 8 - President Karol Nawrocki has begun his five-year term. He was sworn in on 6 August, succeeding Andrzej Duda, who had been president since 2015. The ceremony was held before the National Assembly in the Sejm building, and in his inaugural address he spoke against adopting the euro.

Poland's head of state, now Nawrocki, represents the country on the international stage. The president is also commander-in-chief of Poland's Armed Forces. Nawrocki will work with Prime Minister Donald Tusk.

Nawrocki, 42, was elected in the second round on 1 June with 50.89% of the vote. In June and July Nawrocki was president-elect. He headed the Institute of National Remembrance from 2021 to 2025, having joined it in 2009. He earned a PhD in history at the University of Gdańsk in 2013. His father, Ryszard, was a turner and a member of Solidarity.

Duda, 53, leaves after ten years in office. He was Poland's sixth president. He first won the presidency in 2015, defeating the incumbent, Bronisław Komorowski, and was re-elected in 2020 with 51.03% of the vote. Duda worked with four prime ministers. Born in Kraków, Duda studied at the Jagiellonian University. He has one child.

The president serves a five-year term, renewable once, and the Presidential Palace is the president's residence. Poland's first president, Gabriel Narutowicz, took office on 11 December 1922.
""",
        {
            "President Karol Nawrocki": c(
                SUPPORTED, "karol-nawrocki", "'has served as the president of Poland since 2025'; 'He was inaugurated as President of Poland on 6 August 2025'"
            ),
            "has begun his five-year term": c(
                SUPPORTED,
                "karol-nawrocki president-of-poland",
                "'He was inaugurated as President of Poland on 6 August 2025'; 'Term length Five years, renewable once'",
            ),
            "He was sworn in on 6 August": c(SUPPORTED, "karol-nawrocki", "'He was inaugurated as President of Poland on 6 August 2025'"),
            "succeeding Andrzej Duda": c(SUPPORTED, "andrzej-duda", "'- Successor: Karol Nawrocki'; '- Term End: 6 August 2025'"),
            "who had been president since 2015": c(
                SUPPORTED, "andrzej-duda", "'- Term Start: 6 August 2015'; 'served as the 6th president of Poland from 2015 to 2025'"
            ),
            "The ceremony was held before the National Assembly in the Sejm building": c(
                UNVERIFIED, "", "no stored page says where or before whom the oath was taken"
            ),
            "in his inaugural address he spoke against adopting the euro": c(UNVERIFIED, "", "no stored page reports the inaugural address"),
            "Poland's head of state, now Nawrocki,": c(
                SUPPORTED,
                "karol-nawrocki andrzej-duda",
                "'has served as the president of Poland since 2025'; Duda '- Term End: 6 August 2025' (the office's Kiddle copy still names Duda: it was written before the handover)",
            ),
            "represents the country on the international stage": c(
                SUPPORTED, "president-of-poland", "'Represent Poland on the international stage'"
            ),
            "The president is also commander-in-chief of Poland's Armed Forces": c(
                SUPPORTED, "president-of-poland", "'Serve as the commander-in-chief of Poland's Armed Forces'"
            ),
            "Nawrocki will work with Prime Minister Donald Tusk": c(
                SUPPORTED, "karol-nawrocki-2025 andrzej-duda", "'Prime MinisterDonald Tusk'; '- Primeminister: Ewa Kopacz, Beata Szydło, Mateusz Morawiecki, Donald Tusk'"
            ),
            "Nawrocki, 42,": c(SUPPORTED, "karol-nawrocki", "'(born 3 March 1983)': 42 on 2025-08-08"),
            "was elected in the second round on 1 June with 50.89% of the vote": c(
                SUPPORTED, "karol-nawrocki", "'Nawrocki was elected President in the second round held on 1 June, receiving 50.89% of the vote'"
            ),
            "In June and July Nawrocki was president-elect": c(
                SUPPORTED,
                "karol-nawrocki-2025 karol-nawrocki",
                "'is the president-elect of Poland since 1 June 2025'; 'He was inaugurated as President of Poland on 6 August 2025'",
            ),
            "He headed the Institute of National Remembrance from 2021 to 2025": c(
                SUPPORTED, "karol-nawrocki", "'he headed the Institute of National Remembrance from 2021 to 2025'"
            ),
            "having joined it in 2009": c(SUPPORTED, "karol-nawrocki", "'He joined the Institute of National Remembrance (IPN) in 2009'"),
            "He earned a PhD in history at the University of Gdańsk in 2013": c(
                SUPPORTED, "karol-nawrocki", "'Nawrocki studied history at the University of Gdańsk, earning a PhD in 2013'"
            ),
            "His father, Ryszard, was a turner and a member of Solidarity": c(
                SUPPORTED, "karol-nawrocki", "'His father, Ryszard (1949–2008), was a turner and a member of Solidarity'"
            ),
            "Duda, 53,": c(SUPPORTED, "andrzej-duda", "'(born 16 May 1972)': 53 on 2025-08-08"),
            "leaves after ten years in office": c(
                SUPPORTED, "andrzej-duda", "'- Term Start: 6 August 2015' '- Term End: 6 August 2025': ten years"
            ),
            "He was Poland's sixth president": c(SUPPORTED, "andrzej-duda", "'served as the 6th president of Poland from 2015 to 2025'"),
            "He first won the presidency in 2015, defeating the incumbent, Bronisław Komorowski": c(
                SUPPORTED,
                "andrzej-duda",
                "'Duda ran in the 2015 presidential election ... and defeated the incumbent president Bronisław Komorowski'",
            ),
            "was re-elected in 2020 with 51.03% of the vote": c(
                SUPPORTED, "andrzej-duda", "'his re-election campaign in 2020' 'defeat Rafał Trzaskowski in the runoff with 10,440,648 votes or 51.03% of the vote'"
            ),
            "Duda worked with four prime ministers": c(
                SUPPORTED, "andrzej-duda", "'- Primeminister: Ewa Kopacz, Beata Szydło, Mateusz Morawiecki, Donald Tusk': four"
            ),
            "Born in Kraków": c(SUPPORTED, "andrzej-duda", "'Born in Kraków, Duda ran'; '- Birth Place: Kraków, Poland'"),
            "Duda studied at the Jagiellonian University": c(SUPPORTED, "andrzej-duda", "'- Alma Mater: Jagiellonian University'"),
            "He has one child": c(SUPPORTED, "andrzej-duda", "'- Children: 1'"),
            "The president serves a five-year term, renewable once": c(
                SUPPORTED, "president-of-poland", "'Term length Five years, renewable once'"
            ),
            "the Presidential Palace is the president's residence": c(
                SUPPORTED, "president-of-poland", "'Residence Presidential Palace (current)'"
            ),
            "Poland's first president, Gabriel Narutowicz, took office on 11 December 1922": c(
                SUPPORTED,
                "president-of-poland",
                "'First holder Gabriel Narutowicz'; 'The very first President of Poland, Gabriel Narutowicz, took office on 11 December 1922'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-finance-minister",
        "Nawrocki will work with Prime Minister Donald Tusk",
        "Nawrocki will work with Finance Minister Donald Tusk",
        c(
            CONTRADICTED,
            "karol-nawrocki-2025 andrzej-duda",
            "'Prime MinisterDonald Tusk'; '- Primeminister: Ewa Kopacz, Beata Szydło, Mateusz Morawiecki, Donald Tusk': Tusk is the prime minister",
        ),
        "sibling office",
    ),
    (
        "v02-vice-president",
        "President Karol Nawrocki",
        "Vice-President Karol Nawrocki",
        c(
            CONTRADICTED,
            "karol-nawrocki president-of-poland",
            "'has served as the president of Poland since 2025'; 'Deputy Marshal of the Sejm': he is the president, and the office has no vice-president",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "The president is also commander-in-chief of Poland's Armed Forces",
        "The president is also commander-in-chief of Ukraine's Armed Forces",
        c(CONTRADICTED, "president-of-poland", "'Serve as the commander-in-chief of Poland's Armed Forces'"),
        "wrong country",
    ),
    (
        "v04-prime-ministers",
        "Duda worked with four prime ministers",
        "Duda worked with five prime ministers",
        c(
            CONTRADICTED,
            "andrzej-duda",
            "'- Primeminister: Ewa Kopacz, Beata Szydło, Mateusz Morawiecki, Donald Tusk': four",
        ),
        "wrong count",
    ),
    (
        "v05-date",
        "He was sworn in on 6 August",
        "He was sworn in on 4 August",
        c(CONTRADICTED, "karol-nawrocki andrzej-duda", "'He was inaugurated as President of Poland on 6 August 2025'; '- Term End: 6 August 2025'"),
        "wrong date",
    ),
    (
        "v06-year",
        "having joined it in 2009",
        "having joined it in 2013",
        c(CONTRADICTED, "karol-nawrocki", "'He joined the Institute of National Remembrance (IPN) in 2009'"),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "Born in Kraków",
        "Born in Gdańsk",
        c(CONTRADICTED, "andrzej-duda", "'- Birth Place: Kraków, Poland'; 'Born in Kraków, Duda ran'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "succeeding Andrzej Duda",
        "succeeding Bronisław Komorowski",
        c(
            CONTRADICTED,
            "andrzej-duda",
            "'- Predecessor: Bronisław Komorowski' '- Successor: Karol Nawrocki': Komorowski preceded Duda, and Duda preceded Nawrocki",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "Poland's head of state, now Nawrocki,",
        "Poland's head of state, now Duda,",
        c(
            CONTRADICTED,
            "andrzej-duda karol-nawrocki",
            "Duda 'served as the 6th president of Poland from 2015 to 2025' '- Term End: 6 August 2025'; Nawrocki 'has served as the president of Poland since 2025'",
        ),
        "past holder as current",
    ),
    (
        "v10-nawrocki-early",
        "In June and July Nawrocki was president-elect",
        "In June and July Nawrocki was already president",
        c(
            CONTRADICTED,
            "karol-nawrocki-2025 karol-nawrocki andrzej-duda",
            "'is the president-elect of Poland since 1 June 2025'; 'He was inaugurated as President of Poland on 6 August 2025'; Duda '- Term End: 6 August 2025'",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "He was Poland's sixth president",
        "He was Poland's fifth president",
        c(CONTRADICTED, "andrzej-duda", "'served as the 6th president of Poland from 2015 to 2025'"),
        "wrong ordinal",
    ),
    (
        "v12-term",
        "leaves after ten years in office",
        "leaves after twelve years in office",
        c(CONTRADICTED, "andrzej-duda", "'- Term Start: 6 August 2015' '- Term End: 6 August 2025': ten years"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("pl-2025-08-08", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-decade",
        "leaves after ten years in office",
        "leaves after a decade in office",
        c(SUPPORTED, "andrzej-duda", "'- Term Start: 6 August 2015' '- Term End: 6 August 2025': a decade"),
        None,
    ),
    (
        "r02-born-1972",
        "Duda, 53,",
        "Duda, born in 1972,",
        c(SUPPORTED, "andrzej-duda", "'(born 16 May 1972)'"),
        None,
    ),
]:
    CHANGES.append(Change("pl-2025-08-08", name, old, new, claim, None, key))


# ---------------------------------------------------------------- Ghana, January 2025
# Ghana's change of president: Nana Akufo-Addo's second term ended and John Mahama, president from 2012 to 2017 and
# winner of the 2024 election, was sworn in again on Tuesday 7 January 2025. Written blind, as TUNING: a subject nobody
# tuned the judge for, the set's third West African head of state (after Senegal's and Liberia's) and its first
# holder returning to an office he had left (two ordinals for one man, '12th & 14th'). 'John Mahama' has two copies, a Kiwix copy of the
# January 2024 dump (his first presidency only) and an en.wikipedia.org copy written after the handover ('key: value'
# lines); 'Nana Akufo-Addo' is an en.wikipedia.org copy written after the handover; 'President of Ghana' has two
# copies, Everything Explained Today's (Akufo-Addo incumbent since 2017, his second term from 7 January 2021) and
# WikiMili's (Mahama since 7 January 2025). As for Orsi's copy, what the later copies say of earlier dates is read as
# of each article's date. The place of the oath, who gave it, and Mahama's promises are in no stored page: unverified.
BASES.append(
    Base(
        "gh-2025-01-03",
        "2025-01-03",
        "tuning",
        """Mahama to return as Ghana's president on Tuesday

ACCRA, Jan 3 - John Mahama will be sworn in as Ghana's president on Tuesday, 7 January, succeeding President Nana Akufo-Addo, whose second term ends that day. The ceremony will be held at Independence Square in Accra.

The president-elect, John Mahama, won the 2024 election against Vice President Mahamudu Bawumia, by a margin of 14.94%. He previously served as president from 24 July 2012 to 7 January 2017, when Akufo-Addo succeeded him. He first took office after the death of his predecessor, John Atta Mills, under whom he had been vice president since 2009. He has promised to cut the size of the government.

Mahama, 66, was born in Damongo and is a member of the National Democratic Congress. He was Member of Parliament for Bole from 1997 to 2009 and chaired the Economic Community of West African States from 2013 to 2015. He is the first head of state of Ghana born after the country's independence.

Until Tuesday the office's holder is Nana Akufo-Addo, president since 7 January 2017. Akufo-Addo, 80, was born in Accra. He is Ghana's 13th president. He served as Attorney General from 2001 to 2003 and as Minister for Foreign Affairs from 2003 to 2007 under President John Kufuor. He has five children.

The president is elected for a four-year term, renewable once, and lives at Jubilee House. The president's deputy is the Vice-President. The first holder of the office was Kwame Nkrumah.
""",
        {
            "will be sworn in as Ghana's president on Tuesday, 7 January": c(
                SUPPORTED, "president-of-ghana john-mahama", "'He was sworn into office on 7 January 2025'; '- Term Start: 7 January 2025' (a Tuesday)"
            ),
            "succeeding President Nana Akufo-Addo": c(
                SUPPORTED,
                "president-of-ghana-2021 john-mahama nana-akufo-addo",
                "'Incumbent:Nana Akufo-Addo'; '- Predecessor: Nana Akufo-Addo'; '- Term End: 7 January 2025': Akufo-Addo president on 2025-01-03",
            ),
            "whose second term ends that day": c(
                SUPPORTED,
                "president-of-ghana-2021 nana-akufo-addo",
                "'He was sworn into office for his second term on 7 January 2021'; '- Term End: 7 January 2025'",
            ),
            "The ceremony will be held at Independence Square in Accra": c(
                UNVERIFIED, "", "no stored page says where the oath is taken"
            ),
            "The president-elect, John Mahama,": c(
                SUPPORTED,
                "president-of-ghana president-of-ghana-2021",
                "'John Mahama, who won the 2024 presidential election' 'He was sworn into office on 7 January 2025'; 'Incumbent:Nana Akufo-Addo': elected, not yet president on 2025-01-03",
            ),
            "won the 2024 election against Vice President Mahamudu Bawumia": c(
                SUPPORTED,
                "president-of-ghana nana-akufo-addo",
                "'won the 2024 presidential election against then vice president, Mahamudu Bawumia'; '- Vicepresident: Mahamudu Bawumia' (2017-2025)",
            ),
            "by a margin of 14.94%": c(SUPPORTED, "president-of-ghana", "'against then vice president, Mahamudu Bawumia, by a margin of 14.94%'"),
            "He previously served as president from 24 July 2012 to 7 January 2017": c(
                SUPPORTED, "john-mahama-2024", "'served as President of Ghana from 24 July 2012 to 7 January 2017'"
            ),
            "when Akufo-Addo succeeded him": c(
                SUPPORTED, "john-mahama-2024 nana-akufo-addo", "'Succeeded byNana Addo Dankwa Akufo-Addo'; '- Predecessor: John Mahama'"
            ),
            "He first took office after the death of his predecessor, John Atta Mills": c(
                SUPPORTED,
                "john-mahama-2024",
                "'took office as president on 24 July 2012 following the death of his predecessor, John Evans Fiifi Attah Mills'; 'Preceded byJohn Atta-Mills'",
            ),
            "under whom he had been vice president since 2009": c(
                SUPPORTED,
                "john-mahama-2024",
                "'Vice President of Ghana' 'In office' '7 January 2009  24 July 2012' 'PresidentJohn Atta Mills'",
            ),
            "He has promised to cut the size of the government": c(UNVERIFIED, "", "no stored page reports Mahama's promises"),
            "Mahama, 66,": c(SUPPORTED, "john-mahama-2024", "'Born (1958-11-29) 29 November 1958': 66 on 2025-01-03"),
            "was born in Damongo": c(SUPPORTED, "john-mahama-2024", "'29 November 1958' 'Damongo, Ghana'"),
            "is a member of the National Democratic Congress": c(
                SUPPORTED, "john-mahama-2024", "'Political partyNational Democratic Congress'; 'A member of the National Democratic Congress (NDC)'"
            ),
            "He was Member of Parliament for Bole from 1997 to 2009": c(
                SUPPORTED, "john-mahama-2024", "'Member of Parliament' 'for Bole' 'In office' '7 January 1997  7 January 2009'"
            ),
            "chaired the Economic Community of West African States from 2013 to 2015": c(
                SUPPORTED, "john-mahama-2024", "'Chair of the Economic Community of West African States' 'In office' '17 February 2013  19 May 2015'"
            ),
            "He is the first head of state of Ghana born after the country's independence": c(
                SUPPORTED, "john-mahama-2024", "'is the first head of state of Ghana to have been born after Ghana's independence'"
            ),
            "Until Tuesday the office's holder is Nana Akufo-Addo": c(
                SUPPORTED,
                "president-of-ghana-2021 nana-akufo-addo",
                "'Incumbent:Nana Akufo-Addo' 'Incumbentsince:7 January 2017'; '- Term End: 7 January 2025': Akufo-Addo president on 2025-01-03",
            ),
            "president since 7 January 2017": c(
                SUPPORTED, "president-of-ghana-2021 nana-akufo-addo", "'Incumbentsince:7 January 2017'; '- Term Start: 7 January 2017'"
            ),
            "Akufo-Addo, 80,": c(SUPPORTED, "nana-akufo-addo", "'born 29 March 1944': 80 on 2025-01-03"),
            "was born in Accra": c(SUPPORTED, "nana-akufo-addo", "'- Birth Place: Accra, Gold Coast (now Ghana)'"),
            "He is Ghana's 13th president": c(
                SUPPORTED, "nana-akufo-addo", "'- Order: 13th'; 'served as the 13th president of Ghana from January 2017 to January 2025'"
            ),
            "He served as Attorney General from 2001 to 2003": c(
                SUPPORTED, "nana-akufo-addo", "'He previously served as Attorney General from 2001 to 2003'"
            ),
            "as Minister for Foreign Affairs from 2003 to 2007 under President John Kufuor": c(
                SUPPORTED,
                "nana-akufo-addo",
                "'as Minister for Foreign Affairs from 2003 to 2007 under the administration of then-president John Kufuor'",
            ),
            "He has five children": c(SUPPORTED, "nana-akufo-addo", "'- Children: 5'"),
            "The president is elected for a four-year term, renewable once": c(
                SUPPORTED, "president-of-ghana-2021", "'Termlength:Four years, renewable once'; 'The president serves a four-year term'"
            ),
            "lives at Jubilee House": c(SUPPORTED, "president-of-ghana-2021", "'Residence:Jubilee House'"),
            "The president's deputy is the Vice-President": c(SUPPORTED, "president-of-ghana-2021", "'Deputy:Vice-President of Ghana'"),
            "The first holder of the office was Kwame Nkrumah": c(SUPPORTED, "president-of-ghana-2021", "'Inaugural:Kwame Nkrumah'"),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-speaker",
        "The president's deputy is the Vice-President",
        "The president's deputy is the Speaker of Parliament",
        c(CONTRADICTED, "president-of-ghana-2021", "'Deputy:Vice-President of Ghana': the vice-president, not the Speaker"),
        "sibling office",
    ),
    (
        "v02-vice-president",
        "succeeding President Nana Akufo-Addo",
        "succeeding Vice President Nana Akufo-Addo",
        c(
            CONTRADICTED,
            "president-of-ghana-2021 nana-akufo-addo",
            "'Incumbent:Nana Akufo-Addo'; '- Office: President of Ghana' '- Vicepresident: Mahamudu Bawumia': Akufo-Addo is the president, Bawumia the vice president",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "will be sworn in as Ghana's president on Tuesday, 7 January",
        "will be sworn in as Nigeria's president on Tuesday, 7 January",
        c(
            CONTRADICTED,
            "president-of-ghana john-mahama",
            "'The current president of Ghana is John Mahama' 'He was sworn into office on 7 January 2025'; '- Office: President of Ghana'",
        ),
        "wrong country",
    ),
    (
        "v04-children",
        "He has five children",
        "He has seven children",
        c(CONTRADICTED, "nana-akufo-addo", "'- Children: 5'"),
        "wrong count",
    ),
    (
        "v05-date",
        "He previously served as president from 24 July 2012 to 7 January 2017",
        "He previously served as president from 24 June 2012 to 7 January 2017",
        c(
            CONTRADICTED,
            "john-mahama-2024",
            "'served as President of Ghana from 24 July 2012 to 7 January 2017'; 'took office as president on 24 July 2012'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "He was Member of Parliament for Bole from 1997 to 2009",
        "He was Member of Parliament for Bole from 1993 to 2009",
        c(
            CONTRADICTED,
            "john-mahama-2024",
            "'Member of Parliament' 'for Bole' 'In office' '7 January 1997  7 January 2009'; 'Member of Parliament for Bole Bamboi from 1997 to 2009'",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "was born in Accra",
        "was born in Kumasi",
        c(CONTRADICTED, "nana-akufo-addo", "'- Birth Place: Accra, Gold Coast (now Ghana)'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "He first took office after the death of his predecessor, John Atta Mills",
        "He first took office after the death of his predecessor, John Kufuor",
        c(
            CONTRADICTED,
            "john-mahama-2024",
            "'following the death of his predecessor, John Evans Fiifi Attah Mills'; 'Preceded byJohn Atta-Mills': his predecessor was Mills",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "Until Tuesday the office's holder is Nana Akufo-Addo",
        "Until Tuesday the office's holder is Jerry Rawlings",
        c(
            CONTRADICTED,
            "president-of-ghana-2021 nana-akufo-addo",
            "'Incumbent:Nana Akufo-Addo' 'Incumbentsince:7 January 2017'; 'The first president for whom the term limits applied was Jerry Rawlings in 2001': Rawlings left the office in 2001",
        ),
        "past holder as current",
    ),
    (
        "v10-mahama-early",
        "The president-elect, John Mahama,",
        "The president, John Mahama,",
        c(
            CONTRADICTED,
            "president-of-ghana-2021 president-of-ghana",
            "'Incumbent:Nana Akufo-Addo'; 'He was sworn into office on 7 January 2025': Mahama not yet president on 2025-01-03",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "He is Ghana's 13th president",
        "He is Ghana's 14th president",
        c(
            CONTRADICTED,
            "nana-akufo-addo john-mahama",
            "'- Order: 13th'; 'served as the 13th president of Ghana'; Mahama '- Order: 12th & 14th'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Akufo-Addo, 80,",
        "Akufo-Addo, 82,",
        c(CONTRADICTED, "nana-akufo-addo", "'born 29 March 1944': 80 on 2025-01-03, 81 from 29 March 2025"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("gh-2025-01-03", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-born-1958",
        "Mahama, 66,",
        "Mahama, born in 1958,",
        c(SUPPORTED, "john-mahama-2024", "'Born (1958-11-29) 29 November 1958'"),
        None,
    ),
    (
        "r02-take-office",
        "will be sworn in as Ghana's president on Tuesday, 7 January",
        "will take office as Ghana's president on Tuesday, 7 January",
        c(SUPPORTED, "president-of-ghana john-mahama", "'He was sworn into office on 7 January 2025'; '- Term Start: 7 January 2025'"),
        None,
    ),
]:
    CHANGES.append(Change("gh-2025-01-03", name, old, new, claim, None, key))
BASES.append(
    Base(
        "gh-2025-01-09",
        "2025-01-09",
        "tuning",
        """Mahama begins second spell as Ghana's president

ACCRA, Jan 9 - President John Mahama has begun a four-year term. He was sworn in on 7 January, succeeding Nana Akufo-Addo, who had been president since 2017. Jane Naana Opoku-Agyemang took office as his vice president. The oath was administered by Chief Justice Gertrude Torkornoo.

Ghana's president, now Mahama, is head of state and head of government, and commander-in-chief of the Ghana Armed Forces. He lives at Jubilee House. On New Year's Day Mahama was still president-elect.

Mahama, 66, won the 2024 election against then vice president Mahamudu Bawumia. He was president from 2012 to 2017, and is now both Ghana's 12th and 14th president. He was Ghana's fifth vice president, from 2009 to 2012, under John Atta Mills. He was Minister for Communications from November 1998 to January 2001. Born in Damongo, Mahama studied at the University of Ghana. He has four children. In his inaugural address he promised to reset the country.

Akufo-Addo, 80, leaves after eight years in office. He first won the presidency in 2016, defeating the incumbent, John Mahama, with 53.85% of the votes. He had lost to John Evans Atta Mills in 2008 and to Mahama in 2012. He chaired the Economic Community of West African States from 2020 to 2022.

The president serves a four-year term and is limited to two terms, whether successive or separated. The 1992 Constitution dates from 15 May 1992.
""",
        {
            "President John Mahama": c(
                SUPPORTED,
                "president-of-ghana john-mahama",
                "'Incumbent' 'John Mahama' 'since 7 January 2025'; 'has been the president of the Republic of Ghana since January 2025'",
            ),
            "has begun a four-year term": c(
                SUPPORTED, "president-of-ghana", "'He was sworn into office on 7 January 2025'; 'The president serves a four-year term'"
            ),
            "He was sworn in on 7 January": c(
                SUPPORTED, "president-of-ghana john-mahama", "'He was sworn into office on 7 January 2025'; '- Term Start: 7 January 2025'"
            ),
            "succeeding Nana Akufo-Addo": c(
                SUPPORTED, "john-mahama nana-akufo-addo", "'- Predecessor: Nana Akufo-Addo'; '- Successor: John Mahama' '- Term End: 7 January 2025'"
            ),
            "who had been president since 2017": c(
                SUPPORTED, "nana-akufo-addo", "'- Term Start: 7 January 2017'; 'served as the 13th president of Ghana from January 2017 to January 2025'"
            ),
            "Jane Naana Opoku-Agyemang took office as his vice president": c(
                SUPPORTED, "john-mahama", "'- Vicepresident: Jane Naana Opoku-Agyemang' '- Term Start: 7 January 2025'"
            ),
            "The oath was administered by Chief Justice Gertrude Torkornoo": c(
                UNVERIFIED, "", "no stored page says who administered the oath"
            ),
            "Ghana's president, now Mahama,": c(
                SUPPORTED,
                "president-of-ghana john-mahama nana-akufo-addo",
                "'The current president of Ghana is John Mahama'; 'has been the president of the Republic of Ghana since January 2025'; Akufo-Addo '- Term End: 7 January 2025'",
            ),
            "is head of state and head of government": c(
                SUPPORTED, "president-of-ghana", "'is the elected head of state and head of government of Ghana'"
            ),
            "commander-in-chief of the Ghana Armed Forces": c(
                SUPPORTED, "president-of-ghana", "'as well as commander-in-chief of the Ghana Armed Forces'"
            ),
            "He lives at Jubilee House": c(SUPPORTED, "president-of-ghana john-mahama", "'Residence Jubilee House'; '- Residence: Jubilee House'"),
            "On New Year's Day Mahama was still president-elect": c(
                SUPPORTED,
                "president-of-ghana john-mahama",
                "'who won the 2024 presidential election' 'He was sworn into office on 7 January 2025'; '- Term Start: 7 January 2025'",
            ),
            "Mahama, 66,": c(SUPPORTED, "john-mahama", "'born 29 November 1958': 66 on 2025-01-09"),
            "won the 2024 election against then vice president Mahamudu Bawumia": c(
                SUPPORTED, "president-of-ghana", "'who won the 2024 presidential election against then vice president, Mahamudu Bawumia'"
            ),
            "He was president from 2012 to 2017": c(
                SUPPORTED, "john-mahama", "'he previously served as president from 2012 to 2017'; '- Term Start1: 24 July 2012' '- Term End1: 7 January 2017'"
            ),
            "is now both Ghana's 12th and 14th president": c(SUPPORTED, "john-mahama", "'- Order: 12th & 14th' '- Office: President of Ghana'"),
            "He was Ghana's fifth vice president": c(SUPPORTED, "john-mahama", "'- Order3: 5th' '- Office3: Vice President of Ghana'"),
            "from 2009 to 2012, under John Atta Mills": c(
                SUPPORTED, "john-mahama", "'- President3: John Atta Mills' '- Term Start3: 7 January 2009' '- Term End3: 24 July 2012'"
            ),
            "He was Minister for Communications from November 1998 to January 2001": c(
                SUPPORTED, "john-mahama", "'- Office4: Minister for Communications' '- Term Start4: November 1998' '- Term End4: 7 January 2001'"
            ),
            "Born in Damongo": c(SUPPORTED, "john-mahama", "'- Birth Place: Damongo, Dominion of Ghana'"),
            "Mahama studied at the University of Ghana": c(
                SUPPORTED, "john-mahama", "'- Education: University of Ghana, Moscow Institute of Social Sciences'"
            ),
            "He has four children": c(SUPPORTED, "john-mahama", "'- Children: 4; including Sharaf'"),
            "In his inaugural address he promised to reset the country": c(UNVERIFIED, "", "no stored page reports the inaugural address"),
            "Akufo-Addo, 80,": c(SUPPORTED, "nana-akufo-addo", "'born 29 March 1944': 80 on 2025-01-09"),
            "leaves after eight years in office": c(
                SUPPORTED, "nana-akufo-addo", "'- Term Start: 7 January 2017' '- Term End: 7 January 2025': eight years"
            ),
            "He first won the presidency in 2016": c(
                SUPPORTED,
                "nana-akufo-addo",
                "'first ran for president in the year 2008 and again in 2012' 'He lost on both occasions'; 'for the 2016 general elections, and this time he defeated incumbent John Dramani Mahama'",
            ),
            "defeating the incumbent, John Mahama, with 53.85% of the votes": c(
                SUPPORTED, "nana-akufo-addo", "'he defeated incumbent John Dramani Mahama in the first round (winning with 53.85% of the votes)'"
            ),
            "He had lost to John Evans Atta Mills in 2008 and to Mahama in 2012": c(
                SUPPORTED, "nana-akufo-addo", "'He lost on both occasions to National Democratic Congress' candidates: John Evans Atta Mills in 2008 and John Dramani Mahama in 2012'"
            ),
            "He chaired the Economic Community of West African States from 2020 to 2022": c(
                SUPPORTED,
                "nana-akufo-addo",
                "'- Office5: ECOWASChair of Economic Community of West African States' '- Term Start5: 2 June 2020' '- Term End5: 3 July 2022'",
            ),
            "The president serves a four-year term": c(SUPPORTED, "president-of-ghana", "'The president serves a four-year term'"),
            "is limited to two terms, whether successive or separated": c(
                SUPPORTED, "president-of-ghana", "'The president is limited to two terms, whether successive or separated'"
            ),
            "The 1992 Constitution dates from 15 May 1992": c(SUPPORTED, "president-of-ghana", "'1992 Constitution' '15 May 1992'"),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-finance-minister",
        "He was Minister for Communications from November 1998 to January 2001",
        "He was Minister of Finance from November 1998 to January 2001",
        c(
            CONTRADICTED,
            "john-mahama john-mahama-2024",
            "'- Office4: Minister for Communications' '- Term Start4: November 1998' '- Term End4: 7 January 2001'; 'the substantive Minister for Communications in 1998'",
        ),
        "sibling office",
    ),
    (
        "v02-vice-president",
        "President John Mahama",
        "Vice President John Mahama",
        c(
            CONTRADICTED,
            "president-of-ghana john-mahama",
            "'The current president of Ghana is John Mahama'; '- Vicepresident: Jane Naana Opoku-Agyemang': he is the president, she the vice president",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "commander-in-chief of the Ghana Armed Forces",
        "commander-in-chief of the Nigerian Armed Forces",
        c(CONTRADICTED, "president-of-ghana", "'as well as commander-in-chief of the Ghana Armed Forces'"),
        "wrong country",
    ),
    (
        "v04-children",
        "He has four children",
        "He has six children",
        c(CONTRADICTED, "john-mahama", "'- Children: 4; including Sharaf'"),
        "wrong count",
    ),
    (
        "v05-date",
        "He was sworn in on 7 January",
        "He was sworn in on 6 January",
        c(
            CONTRADICTED,
            "president-of-ghana john-mahama nana-akufo-addo",
            "'He was sworn into office on 7 January 2025'; '- Term Start: 7 January 2025'; Akufo-Addo '- Term End: 7 January 2025'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "He first won the presidency in 2016",
        "He first won the presidency in 2012",
        c(
            CONTRADICTED,
            "nana-akufo-addo",
            "'He lost on both occasions to National Democratic Congress' candidates: John Evans Atta Mills in 2008 and John Dramani Mahama in 2012'; 'for the 2016 general elections, and this time he defeated incumbent John Dramani Mahama'",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "Born in Damongo",
        "Born in Tamale",
        c(CONTRADICTED, "john-mahama", "'- Birth Place: Damongo, Dominion of Ghana'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "succeeding Nana Akufo-Addo",
        "succeeding John Kufuor",
        c(
            CONTRADICTED,
            "john-mahama nana-akufo-addo",
            "'- Predecessor: Nana Akufo-Addo'; '- Successor: John Mahama'; Akufo-Addo served 'under the administration of then-president John Kufuor' in 2003-2007",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "Ghana's president, now Mahama,",
        "Ghana's president, now Akufo-Addo,",
        c(
            CONTRADICTED,
            "nana-akufo-addo president-of-ghana",
            "'served as the 13th president of Ghana from January 2017 to January 2025' '- Term End: 7 January 2025'; 'The current president of Ghana is John Mahama'",
        ),
        "past holder as current",
    ),
    (
        "v10-mahama-early",
        "On New Year's Day Mahama was still president-elect",
        "On New Year's Day Mahama was already president",
        c(
            CONTRADICTED,
            "president-of-ghana john-mahama nana-akufo-addo",
            "'He was sworn into office on 7 January 2025'; '- Term Start: 7 January 2025'; Akufo-Addo '- Term End: 7 January 2025'",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "is now both Ghana's 12th and 14th president",
        "is now both Ghana's 12th and 13th president",
        c(CONTRADICTED, "john-mahama nana-akufo-addo", "'- Order: 12th & 14th'; Akufo-Addo '- Order: 13th'"),
        "wrong ordinal",
    ),
    (
        "v12-term",
        "leaves after eight years in office",
        "leaves after twelve years in office",
        c(CONTRADICTED, "nana-akufo-addo", "'- Term Start: 7 January 2017' '- Term End: 7 January 2025': eight years"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("gh-2025-01-09", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-two-terms",
        "leaves after eight years in office",
        "leaves after two terms in office",
        c(
            SUPPORTED,
            "nana-akufo-addo president-of-ghana-2021",
            "'- Term Start: 7 January 2017' '- Term End: 7 January 2025'; 'He was sworn into office for his second term on 7 January 2021'",
        ),
        None,
    ),
    (
        "r02-born-1958",
        "Mahama, 66,",
        "Mahama, born in 1958,",
        c(SUPPORTED, "john-mahama", "'born 29 November 1958'"),
        None,
    ),
]:
    CHANGES.append(Change("gh-2025-01-09", name, old, new, claim, None, key))


# ---------------------------------------------------------------- US House speaker, October 2023
# The US House of Representatives' change of speaker: Kevin McCarthy's speakership ended on Tuesday 3 October 2023 and
# the House elected Mike Johnson on Wednesday 25 October, after three weeks without a speaker. Written blind, as
# HELD-OUT: a subject nobody tuned the judge for, the set's first speaker of a parliament (a presiding officer the
# chamber elects, not a head of state or government) and its first vacancy between two holders (an article written
# while the office had nobody in it). 'Kevin McCarthy' is an en.wikipedia.org copy written after Johnson's election
# ('key: value' lines); 'Mike Johnson' is askwikinow.com's copy written in January 2025; 'Speaker of the United States
# House of Representatives' is wiki.richxsearch.com's copy naming Johnson since 25 October 2023. As for Orsi's copy,
# what the later copies say of earlier dates is read as of each article's date. The party's nominations, the floor
# vote's count, McCarthy's backing and Johnson's meetings are in no stored page: unverified.
BASES.append(
    Base(
        "us-2023-10-24",
        "2023-10-24",
        "held-out",
        """Republicans turn to Louisiana's Mike Johnson in fourth try to fill House speakership

WASHINGTON, Oct 24 - House Republicans on Tuesday nominated Representative Mike Johnson of Louisiana for speaker, hours after their third nominee, Tom Emmer, withdrew. If elected, Johnson would be the 56th speaker. The former speaker, Kevin McCarthy, has backed Johnson.

The speakership has been vacant since Kevin McCarthy left it on 3 October. McCarthy, the 55th speaker, had held the office since 7 January 2023, when he succeeded Nancy Pelosi. He led the House Republican Conference from 2019 to October, and was majority leader from 2014 to 2019 under Speakers John Boehner and Paul Ryan, succeeding Eric Cantor.

McCarthy, 58, was born in Bakersfield and studied at California State University, Bakersfield. He was first elected to the House in 2006, after two terms in the California State Assembly. He has two children.

Johnson, 51, is vice chair of the House Republican Conference, a post he has held since January 2021. He has represented Louisiana's 4th congressional district since 2017 and chaired the Republican Study Committee from 2019 to 2021. Born in Shreveport, he is a graduate of Louisiana State University's law school.

The speaker is the presiding officer of the House and is second in the presidential line of succession. The office was established in 1789 by the U.S. Constitution, and its first holder was Frederick Muhlenberg.
""",
        {
            "Representative Mike Johnson of Louisiana": c(
                SUPPORTED,
                "mike-johnson",
                "'Member of the U.S. House of Representatives' 'from Louisiana's 4th district' 'Assumed office' 'January 3, 2017'",
            ),
            "hours after their third nominee, Tom Emmer, withdrew": c(UNVERIFIED, "", "no stored page tells of the party's nominees"),
            "If elected, Johnson would be the 56th speaker": c(
                SUPPORTED,
                "mike-johnson speaker-of-the-united-states-house-of-representatives",
                "'56th Speaker of the United States House of Representatives' 'Assumed office' 'October 25, 2023'; 'Incumbent' 'Mike Johnson' 'since October 25, 2023': not yet speaker on 2023-10-24",
            ),
            "The former speaker, Kevin McCarthy,": c(
                SUPPORTED, "kevin-mccarthy", "'- Office: 55th Speaker of the United States House of Representatives' '- Term End: October 3, 2023'"
            ),
            "has backed Johnson": c(UNVERIFIED, "", "no stored page says whom McCarthy backed"),
            "The speakership has been vacant since Kevin McCarthy left it on 3 October": c(
                SUPPORTED,
                "kevin-mccarthy mike-johnson",
                "'- Term End: October 3, 2023' '- Successor: Mike Johnson'; 'Assumed office' 'October 25, 2023': nobody in the office on 2023-10-24",
            ),
            "McCarthy, the 55th speaker,": c(
                SUPPORTED,
                "kevin-mccarthy",
                "'- Office: 55th Speaker of the United States House of Representatives'; 'served as the 55th speaker of the United States House of Representatives from January to October 2023'",
            ),
            "had held the office since 7 January 2023": c(SUPPORTED, "kevin-mccarthy", "'- Term Start: January 7, 2023'"),
            "when he succeeded Nancy Pelosi": c(SUPPORTED, "kevin-mccarthy", "'- Predecessor: Nancy Pelosi'"),
            "He led the House Republican Conference from 2019 to October": c(
                SUPPORTED,
                "kevin-mccarthy",
                "'- Office2: Leader of the House Republican Conference' '- Term Start2: January 3, 2019' '- Term End2: October 3, 2023'",
            ),
            "was majority leader from 2014 to 2019 under Speakers John Boehner and Paul Ryan": c(
                SUPPORTED,
                "kevin-mccarthy",
                "'McCarthy was elected majority leader under Speaker John Boehner, a position he retained during Paul Ryan's speakership'; '- Term Start3: August 1, 2014' '- Term End3: January 3, 2019'",
            ),
            "succeeding Eric Cantor": c(
                SUPPORTED,
                "kevin-mccarthy",
                "'- Predecessor3: Eric Cantor'; 'After House Majority Leader Eric Cantor's reelection loss in the 2014 Republican primary, McCarthy was elected majority leader'",
            ),
            "McCarthy, 58,": c(SUPPORTED, "kevin-mccarthy", "'born January 26, 1965': 58 on 2023-10-24"),
            "was born in Bakersfield": c(SUPPORTED, "kevin-mccarthy", "'- Birth Place: Bakersfield, California, U.S.'"),
            "studied at California State University, Bakersfield": c(
                SUPPORTED, "kevin-mccarthy", "'- Education: California State University, Bakersfield (BS, MBA)'"
            ),
            "He was first elected to the House in 2006": c(
                SUPPORTED, "kevin-mccarthy", "'before being elected to the U.S. House in 2006'; 'he represented California's 22nd congressional district from 2007'"
            ),
            "after two terms in the California State Assembly": c(
                SUPPORTED, "kevin-mccarthy", "'He served two terms as a member of the California State Assembly before being elected to the U.S. House in 2006'"
            ),
            "He has two children": c(SUPPORTED, "kevin-mccarthy", "'- Children: 2'"),
            "Johnson, 51,": c(SUPPORTED, "mike-johnson", "'January 30, 1972': 51 on 2023-10-24"),
            "is vice chair of the House Republican Conference": c(
                SUPPORTED, "mike-johnson", "'Vice Chair of the House Republican Conference' 'In office' 'January 3, 2021 – October 25, 2023': covers 2023-10-24"
            ),
            "a post he has held since January 2021": c(SUPPORTED, "mike-johnson", "'Vice Chair of the House Republican Conference' 'January 3, 2021 – October 25, 2023'"),
            "He has represented Louisiana's 4th congressional district since 2017": c(
                SUPPORTED, "mike-johnson", "'having represented Louisiana's 4th congressional district since 2017'; 'Assumed office' 'January 3, 2017'"
            ),
            "chaired the Republican Study Committee from 2019 to 2021": c(
                SUPPORTED, "mike-johnson", "'Chair of the Republican Study Committee' 'In office' 'January 3, 2019 – January 3, 2021'"
            ),
            "Born in Shreveport": c(SUPPORTED, "mike-johnson", "'January 30, 1972' 'Shreveport, Louisiana, U.S.'"),
            "he is a graduate of Louisiana State University's law school": c(
                SUPPORTED, "mike-johnson", "'Johnson is a graduate of the Paul M. Hebert Law Center at Louisiana State University'; 'Louisiana State University (BS, JD)'"
            ),
            "The speaker is the presiding officer of the House": c(
                SUPPORTED,
                "speaker-of-the-united-states-house-of-representatives",
                "'is the presiding officer of the United States House of Representatives'; 'StatusPresiding officer'",
            ),
            "is second in the presidential line of succession": c(
                SUPPORTED,
                "speaker-of-the-united-states-house-of-representatives",
                "'SuccessionSecond (3 U.S.C. § 19)'; 'The speaker is second in the United States p' (cut off)",
            ),
            "The office was established in 1789 by the U.S. Constitution": c(
                SUPPORTED,
                "speaker-of-the-united-states-house-of-representatives",
                "'The office was established in 1789 by Article I, Section II, of the U.S. Constitution'",
            ),
            "its first holder was Frederick Muhlenberg": c(
                SUPPORTED, "speaker-of-the-united-states-house-of-representatives", "'First holderFrederick Muhlenberg'"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-judiciary-committee",
        "chaired the Republican Study Committee from 2019 to 2021",
        "chaired the House Judiciary Committee from 2019 to 2021",
        c(
            CONTRADICTED,
            "mike-johnson",
            "'Chair of the Republican Study Committee' 'In office' 'January 3, 2019 – January 3, 2021': his offices of those years list the study committee, not the Judiciary Committee",
        ),
        "sibling office",
    ),
    (
        "v02-conference-chair",
        "is vice chair of the House Republican Conference",
        "is chair of the House Republican Conference",
        c(
            CONTRADICTED,
            "mike-johnson",
            "'Vice Chair of the House Republican Conference' 'In office' 'January 3, 2021 – October 25, 2023': the vice chair, not the chair",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "The office was established in 1789 by the U.S. Constitution",
        "The office was established in 1789 by the French Constitution",
        c(
            CONTRADICTED,
            "speaker-of-the-united-states-house-of-representatives",
            "'The office was established in 1789 by Article I, Section II, of the U.S. Constitution'; 'Constituting instrumentConstitution of the United States'",
        ),
        "wrong country",
    ),
    (
        "v04-children",
        "He has two children",
        "He has four children",
        c(CONTRADICTED, "kevin-mccarthy", "'- Children: 2'"),
        "wrong count",
    ),
    (
        "v05-date",
        "had held the office since 7 January 2023",
        "had held the office since 3 January 2023",
        c(CONTRADICTED, "kevin-mccarthy", "'- Term Start: January 7, 2023'"),
        "wrong date",
    ),
    (
        "v06-year",
        "He was first elected to the House in 2006",
        "He was first elected to the House in 2010",
        c(
            CONTRADICTED,
            "kevin-mccarthy",
            "'before being elected to the U.S. House in 2006'; 'he represented California's 22nd congressional district from 2007 to 2013'",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "was born in Bakersfield",
        "was born in Fresno",
        c(CONTRADICTED, "kevin-mccarthy", "'- Birth Place: Bakersfield, California, U.S.'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "when he succeeded Nancy Pelosi",
        "when he succeeded Paul Ryan",
        c(
            CONTRADICTED,
            "kevin-mccarthy",
            "'- Predecessor: Nancy Pelosi' (as speaker); Paul Ryan is '- Predecessor2' as leader of the House Republican Conference",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "The former speaker, Kevin McCarthy,",
        "The speaker, Kevin McCarthy,",
        c(
            CONTRADICTED,
            "kevin-mccarthy",
            "'- Term End: October 3, 2023'; 'served as the 55th speaker of the United States House of Representatives from January to October 2023': not speaker on 2023-10-24",
        ),
        "past holder as current",
    ),
    (
        "v10-johnson-early",
        "If elected, Johnson would be the 56th speaker",
        "Johnson has been the 56th speaker since Monday",
        c(
            CONTRADICTED,
            "mike-johnson speaker-of-the-united-states-house-of-representatives",
            "'56th Speaker of the United States House of Representatives' 'Assumed office' 'October 25, 2023'; 'since October 25, 2023': not speaker on Monday 23 October",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "McCarthy, the 55th speaker,",
        "McCarthy, the 54th speaker,",
        c(
            CONTRADICTED,
            "kevin-mccarthy",
            "'- Office: 55th Speaker of the United States House of Representatives'; 'served as the 55th speaker'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "McCarthy, 58,",
        "McCarthy, 62,",
        c(CONTRADICTED, "kevin-mccarthy", "'born January 26, 1965': 58 on 2023-10-24, not 62"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("us-2023-10-24", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-born-1965",
        "McCarthy, 58,",
        "McCarthy, born in 1965,",
        c(SUPPORTED, "kevin-mccarthy", "'born January 26, 1965'"),
        None,
    ),
    (
        "r02-nine-months",
        "had held the office since 7 January 2023",
        "had held the office for almost nine months",
        c(SUPPORTED, "kevin-mccarthy", "'- Term Start: January 7, 2023' '- Term End: October 3, 2023': eight months and 26 days"),
        None,
    ),
]:
    CHANGES.append(Change("us-2023-10-24", name, old, new, claim, None, key))

BASES.append(
    Base(
        "us-2023-10-27",
        "2023-10-27",
        "held-out",
        """New House speaker Johnson meets committee chairs after three-week vacancy

WASHINGTON, Oct 27 - Speaker Mike Johnson met committee chairs on Friday after his election by the House on Wednesday, 25 October. He succeeded Kevin McCarthy, whose speakership ended on 3 October. On 20 October the speakership was still vacant.

Johnson is the 56th speaker and also became leader of the House Republican Conference. He had been the conference's vice chair since 2021. He won 220 votes.

Johnson, 51, was born in Shreveport and has represented Louisiana's 4th congressional district since 2017, succeeding John Fleming. He served in the Louisiana House of Representatives from 2015 to 2017 and chaired the Republican Study Committee from 2019 to 2021. He studied at Louisiana State University and worked for the Alliance Defending Freedom before entering politics. He is married to Kelly Lary.

McCarthy, 58, had been speaker since 7 January, and left the post after less than nine months. He had succeeded Nancy Pelosi. Before his speakership he was House majority whip from 2011 to 2014 and majority leader from 2014 to 2019. He served two terms in the California State Assembly.

The speaker, now Johnson, presides over the United States House of Representatives and is second in the presidential line of succession. The office was established in 1789; its first holder was Frederick Muhlenberg. The speaker's salary is $223,500 a year. Every speaker so far has been a member of the House, though the Constitution does not require it.
""",
        {
            "Speaker Mike Johnson": c(
                SUPPORTED,
                "mike-johnson speaker-of-the-united-states-house-of-representatives",
                "'56th Speaker of the United States House of Representatives' 'Assumed office' 'October 25, 2023'; 'Incumbent' 'Mike Johnson' 'since October 25, 2023'",
            ),
            "met committee chairs on Friday": c(UNVERIFIED, "", "no stored page tells of Johnson's meetings"),
            "after his election by the House on Wednesday, 25 October": c(
                SUPPORTED,
                "mike-johnson speaker-of-the-united-states-house-of-representatives",
                "'Assumed office' 'October 25, 2023' (a Wednesday); 'AppointerHouse of Representatives'",
            ),
            "He succeeded Kevin McCarthy": c(
                SUPPORTED, "mike-johnson kevin-mccarthy", "'Preceded byKevin McCarthy[a]'; '- Successor: Mike Johnson'"
            ),
            "whose speakership ended on 3 October": c(SUPPORTED, "kevin-mccarthy", "'- Term End: October 3, 2023'"),
            "On 20 October the speakership was still vacant": c(
                SUPPORTED,
                "kevin-mccarthy mike-johnson",
                "'- Term End: October 3, 2023' '- Successor: Mike Johnson'; 'Assumed office' 'October 25, 2023': nobody in the office on 20 October",
            ),
            "Johnson is the 56th speaker": c(
                SUPPORTED, "mike-johnson", "'56th Speaker of the United States House of Representatives'; 'serving as the 56th speaker'"
            ),
            "also became leader of the House Republican Conference": c(
                SUPPORTED,
                "mike-johnson kevin-mccarthy",
                "'Leader of the House Republican Conference' 'Assumed office' 'October 25, 2023'; '- Successor2: Mike Johnson'",
            ),
            "He had been the conference's vice chair since 2021": c(
                SUPPORTED, "mike-johnson", "'Vice Chair of the House Republican Conference' 'In office' 'January 3, 2021 – October 25, 2023'"
            ),
            "He won 220 votes": c(UNVERIFIED, "", "no stored page gives the vote's count"),
            "Johnson, 51,": c(SUPPORTED, "mike-johnson", "'January 30, 1972': 51 on 2023-10-27"),
            "was born in Shreveport": c(SUPPORTED, "mike-johnson", "'January 30, 1972' 'Shreveport, Louisiana, U.S.'"),
            "has represented Louisiana's 4th congressional district since 2017": c(
                SUPPORTED, "mike-johnson", "'having represented Louisiana's 4th congressional district since 2017'; 'Assumed office' 'January 3, 2017'"
            ),
            "succeeding John Fleming": c(SUPPORTED, "mike-johnson", "'from Louisiana's 4th district' 'Assumed office' 'January 3, 2017' 'Preceded byJohn Fleming'"),
            "He served in the Louisiana House of Representatives from 2015 to 2017": c(
                SUPPORTED,
                "mike-johnson",
                "'Member of the Louisiana House of Representatives' 'In office' 'February 22, 2015 – January 3, 2017'; 'he served in that body until 2017'",
            ),
            "chaired the Republican Study Committee from 2019 to 2021": c(
                SUPPORTED, "mike-johnson", "'Chair of the Republican Study Committee' 'In office' 'January 3, 2019 – January 3, 2021'"
            ),
            "He studied at Louisiana State University": c(SUPPORTED, "mike-johnson", "'EducationLouisiana State University (BS, JD)'"),
            "worked for the Alliance Defending Freedom before entering politics": c(
                SUPPORTED,
                "mike-johnson",
                "'Before entering politics, he worked as an attorney in private practice and for the Alliance Defending Freedom (ADF)'",
            ),
            "He is married to Kelly Lary": c(SUPPORTED, "mike-johnson", "'Spouse' 'Kelly Lary' '(m. 1999)'"),
            "McCarthy, 58,": c(SUPPORTED, "kevin-mccarthy", "'born January 26, 1965': 58 on 2023-10-27"),
            "had been speaker since 7 January": c(SUPPORTED, "kevin-mccarthy", "'- Term Start: January 7, 2023'"),
            "left the post after less than nine months": c(
                SUPPORTED, "kevin-mccarthy", "'- Term Start: January 7, 2023' '- Term End: October 3, 2023': eight months and 26 days"
            ),
            "He had succeeded Nancy Pelosi": c(SUPPORTED, "kevin-mccarthy", "'- Predecessor: Nancy Pelosi'"),
            "he was House majority whip from 2011 to 2014": c(SUPPORTED, "kevin-mccarthy", "'and as House majority whip from 2011 to 2014'"),
            "majority leader from 2014 to 2019": c(
                SUPPORTED,
                "kevin-mccarthy",
                "'McCarthy was elected majority leader under Speaker John Boehner'; '- Term Start3: August 1, 2014' '- Term End3: January 3, 2019'",
            ),
            "He served two terms in the California State Assembly": c(
                SUPPORTED, "kevin-mccarthy", "'He served two terms as a member of the California State Assembly'"
            ),
            "The speaker, now Johnson,": c(
                SUPPORTED,
                "speaker-of-the-united-states-house-of-representatives mike-johnson",
                "'Incumbent' 'Mike Johnson' 'since October 25, 2023'; 'serving as the 56th speaker of the United States House of Representatives since 2023'",
            ),
            "presides over the United States House of Representatives": c(
                SUPPORTED,
                "speaker-of-the-united-states-house-of-representatives",
                "'is the presiding officer of the United States House of Representatives'",
            ),
            "is second in the presidential line of succession": c(
                SUPPORTED,
                "speaker-of-the-united-states-house-of-representatives",
                "'SuccessionSecond (3 U.S.C. § 19)'; 'The speaker is second in the United States p' (cut off)",
            ),
            "The office was established in 1789": c(
                SUPPORTED,
                "speaker-of-the-united-states-house-of-representatives",
                "'The office was established in 1789 by Article I, Section II, of the U.S. Constitution'; 'FormationMarch 4, 1789'",
            ),
            "its first holder was Frederick Muhlenberg": c(
                SUPPORTED, "speaker-of-the-united-states-house-of-representatives", "'First holderFrederick Muhlenberg'"
            ),
            "The speaker's salary is $223,500 a year": c(
                SUPPORTED, "speaker-of-the-united-states-house-of-representatives", "'Salary$223,500 annually'"
            ),
            "Every speaker so far has been a member of the House": c(
                SUPPORTED,
                "speaker-of-the-united-states-house-of-representatives",
                "'although every speaker thus far has been' (an incumbent member of the House of Representatives)",
            ),
            "though the Constitution does not require it": c(
                SUPPORTED,
                "speaker-of-the-united-states-house-of-representatives",
                "'The Constitution does not explicitly require the speaker to be an incumbent member of the House of Representatives'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-state-senate",
        "He served in the Louisiana House of Representatives from 2015 to 2017",
        "He served in the Louisiana State Senate from 2015 to 2017",
        c(
            CONTRADICTED,
            "mike-johnson",
            "'Member of the Louisiana House of Representatives' 'from the 8th district' 'In office' 'February 22, 2015 – January 3, 2017'; 'elected to the Louisiana House of Representatives in 2015; he served in that body until 2017'",
        ),
        "sibling office",
    ),
    (
        "v02-pro-tempore",
        "Speaker Mike Johnson",
        "Speaker pro tempore Mike Johnson",
        c(
            CONTRADICTED,
            "mike-johnson speaker-of-the-united-states-house-of-representatives",
            "'56th Speaker of the United States House of Representatives' 'Assumed office' 'October 25, 2023'; 'Incumbent' 'Mike Johnson': the speaker himself, not a stand-in",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "presides over the United States House of Representatives",
        "presides over the Australian House of Representatives",
        c(
            CONTRADICTED,
            "speaker-of-the-united-states-house-of-representatives",
            "'is the presiding officer of the United States House of Representatives'; 'SeatUnited States Capitol, Washington, D.C.'",
        ),
        "wrong country",
    ),
    (
        "v04-assembly-terms",
        "He served two terms in the California State Assembly",
        "He served three terms in the California State Assembly",
        c(CONTRADICTED, "kevin-mccarthy", "'He served two terms as a member of the California State Assembly'"),
        "wrong count",
    ),
    (
        "v05-date",
        "after his election by the House on Wednesday, 25 October",
        "after his election by the House on Tuesday, 24 October",
        c(
            CONTRADICTED,
            "mike-johnson speaker-of-the-united-states-house-of-representatives",
            "'Assumed office' 'October 25, 2023'; 'since October 25, 2023'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "has represented Louisiana's 4th congressional district since 2017",
        "has represented Louisiana's 4th congressional district since 2015",
        c(
            CONTRADICTED,
            "mike-johnson",
            "'having represented Louisiana's 4th congressional district since 2017'; 'Assumed office' 'January 3, 2017'; in 2015 he entered the Louisiana House",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "was born in Shreveport",
        "was born in Baton Rouge",
        c(CONTRADICTED, "mike-johnson", "'January 30, 1972' 'Shreveport, Louisiana, U.S.'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "He succeeded Kevin McCarthy",
        "He succeeded Nancy Pelosi",
        c(
            CONTRADICTED,
            "mike-johnson kevin-mccarthy",
            "'Preceded byKevin McCarthy[a]'; McCarthy '- Predecessor: Nancy Pelosi' '- Successor: Mike Johnson'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "The speaker, now Johnson,",
        "The speaker, now McCarthy,",
        c(
            CONTRADICTED,
            "kevin-mccarthy speaker-of-the-united-states-house-of-representatives",
            "'- Term End: October 3, 2023'; 'Incumbent' 'Mike Johnson' 'since October 25, 2023'",
        ),
        "past holder as current",
    ),
    (
        "v10-johnson-early",
        "On 20 October the speakership was still vacant",
        "On 20 October Johnson was already speaker",
        c(
            CONTRADICTED,
            "mike-johnson speaker-of-the-united-states-house-of-representatives",
            "'Assumed office' 'October 25, 2023'; 'since October 25, 2023': not speaker on 20 October",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "Johnson is the 56th speaker",
        "Johnson is the 55th speaker",
        c(
            CONTRADICTED,
            "mike-johnson kevin-mccarthy",
            "'56th Speaker of the United States House of Representatives'; McCarthy '- Office: 55th Speaker of the United States House of Representatives'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-term",
        "left the post after less than nine months",
        "left the post after more than two years",
        c(
            CONTRADICTED,
            "kevin-mccarthy",
            "'- Term Start: January 7, 2023' '- Term End: October 3, 2023': eight months and 26 days",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("us-2023-10-27", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-born-1972",
        "Johnson, 51,",
        "Johnson, born in 1972,",
        c(SUPPORTED, "mike-johnson", "'James Michael Johnson (born January 30, 1972)'"),
        None,
    ),
    (
        "r02-mccarthys-successor",
        "He succeeded Kevin McCarthy",
        "He is McCarthy's successor",
        c(SUPPORTED, "mike-johnson kevin-mccarthy", "'Preceded byKevin McCarthy[a]'; '- Successor: Mike Johnson'"),
        None,
    ),
]:
    CHANGES.append(Change("us-2023-10-27", name, old, new, claim, None, key))


# ---------------------------------------------------------------- Canada's House of Commons speaker, September-October 2023
# Canada's change of speaker of the House of Commons: Anthony Rota announced on Tuesday 26 September 2023 that he would
# resign the speakership at the end of the next day, after the House had honoured Yaroslav Hunka, a Waffen-SS veteran,
# and the House elected Greg Fergus on Tuesday 3 October. Written blind, as TUNING: a subject nobody tuned the judge for,
# the set's first presiding officer of a Commonwealth parliament outside the UK, its first holder who left an office by
# resignation (announced a day ahead), and two stored copies that number the new holder differently ('38th' in the 2024
# copy and the office's copy; '39th' in the 2025 en copy, which counts Louis Plamondon, who presided in between; no
# claim here rests on Fergus's ordinal). 'Greg Fergus' has two copies (en.wiki.x.io, 2024; en.wikipedia.org, after 26
# May 2025), 'Anthony Rota' two (Infogalactic, from 27 September 2023; en.wikipedia.org, after 23 March 2025), the
# office's page two lead-only copies (dir.md, Rota current since 2019; profilpelajar.com, Fergus since 3 October 2023).
# What the later copies say of earlier dates is read as of each article's date. The ballot, the languages Rota speaks,
# who escorted Fergus to the chair and his first speech are in no stored page: unverified.
BASES.append(
    Base(
        "hoc-2023-09-26",
        "2023-09-26",
        "tuning",
        """Rota to resign as Speaker of Canada's House of Commons

OTTAWA, Sept 26 - Anthony Rota announced on Tuesday that he will resign as Speaker of the House of Commons at the end of Wednesday, 27 September, after the honouring of Yaroslav Hunka, a Waffen-SS veteran, in the House. Members of Parliament will choose his successor by secret ballot.

Until Wednesday the speaker remains Anthony Rota. Rota, the 37th speaker, has held the office since December 5, 2019, when he succeeded Geoff Regan. He was elected speaker in the 43rd Parliament and re-elected in 2021.

Rota, 62, was born in North Bay, Ontario, and is a member of the Liberal Party. He has been the member of Parliament for Nipissing—Timiskaming since 2015, and earlier represented the riding from 2004 to 2011. He chaired the COVID-19 Committee in 2020. He is married to Chantal Piché-Rota. He has one child. He speaks four languages.

Liberal MP Greg Fergus, parliamentary secretary to the Minister of Health since 18 September, is among the MPs weighing a run. He has represented Hull—Aylmer since 2015.

The speaker is the presiding officer of the lower house of the Parliament of Canada and is elected by fellow MPs at the beginning of each new parliament. The speaker's official residence is The Farm, in Gatineau Park. The speaker with the longest tenure is Peter Milliken, who was elected for four consecutive terms. Along with the Senate speaker, the speaker is responsible for the Parliamentary Protective Service.
""",
        {
            "Anthony Rota announced on Tuesday that he will resign as Speaker of the House of Commons": c(
                SUPPORTED,
                "anthony-rota-2023 anthony-rota",
                "'On September 26, 2023, he announced his intention to resign as speaker'; '- Office: 37th Speaker of the House of Commons'",
            ),
            "at the end of Wednesday, 27 September": c(
                SUPPORTED,
                "anthony-rota-2023 anthony-rota",
                "'to resign as speaker at the end of the following day on September 27'; '- Term End: September 27, 2023' (a Wednesday)",
            ),
            "after the honouring of Yaroslav Hunka, a Waffen-SS veteran, in the House": c(
                SUPPORTED,
                "anthony-rota-2023 anthony-rota",
                "'his invitation and honouring of former Waffen-SS veteran Yaroslav Hunka in the House of Commons'",
            ),
            "Members of Parliament will choose his successor by secret ballot": c(
                UNVERIFIED, "", "no stored page says how the speaker's election is voted"
            ),
            "Until Wednesday the speaker remains Anthony Rota": c(
                SUPPORTED,
                "speaker-of-the-house-of-commons-canada-2019 anthony-rota-2023",
                "'The 37th and current speaker of the House of Commons is Anthony Rota, since December 5, 2019'; 'In office' 'December 5, 2019 – September 27, 2023': Rota speaker on 2023-09-26",
            ),
            "Rota, the 37th speaker,": c(
                SUPPORTED,
                "speaker-of-the-house-of-commons-canada-2019 anthony-rota-2023 anthony-rota",
                "'The 37th and current speaker of the House of Commons is Anthony Rota'; '37th Speaker of the House of Commons of Canada'; '- Office: 37th Speaker of the House of Commons'",
            ),
            "has held the office since December 5, 2019": c(
                SUPPORTED,
                "speaker-of-the-house-of-commons-canada-2019 anthony-rota",
                "'is Anthony Rota, since December 5, 2019'; '- Term Start: December 5, 2019'",
            ),
            "when he succeeded Geoff Regan": c(
                SUPPORTED, "anthony-rota-2023 anthony-rota", "'Preceded by Geoff Regan'; '- Predecessor: Geoff Regan'"
            ),
            "He was elected speaker in the 43rd Parliament and re-elected in 2021": c(
                SUPPORTED,
                "anthony-rota-2023 anthony-rota",
                "'In 2019, he was elected by the House of Commons to be the speaker in the 43rd Parliament and in 2021 was re-elected in the 44th Parliament'",
            ),
            "Rota, 62,": c(SUPPORTED, "anthony-rota-2023 anthony-rota", "'(1961-05-15) May 15, 1961 (age 62)'; 'born May 15, 1961': 62 on 2023-09-26"),
            "was born in North Bay, Ontario": c(
                SUPPORTED, "anthony-rota-2023 anthony-rota", "'May 15, 1961 (age 62)' 'North Bay, Ontario, Canada'; '- Birth Place: North Bay, Ontario, Canada'"
            ),
            "is a member of the Liberal Party": c(
                SUPPORTED, "anthony-rota-2023 anthony-rota", "'A member of the Liberal Party'; 'Political party Liberal'"
            ),
            "He has been the member of Parliament for Nipissing—Timiskaming since 2015": c(
                SUPPORTED,
                "anthony-rota-2023 anthony-rota",
                "'Member of the Canadian Parliament' 'for Nipissing—Timiskaming' 'Assumed office' 'October 19, 2015'; 'he currently serves as the member of Parliament (MP) for the riding of Nipissing—Timiskaming'",
            ),
            "and earlier represented the riding from 2004 to 2011": c(
                SUPPORTED,
                "anthony-rota-2023 anthony-rota",
                "'He previously represented Nipissing—Timiskaming as MP from 2004 to 2011'; 'June 28, 2004 – May 2, 2011'",
            ),
            "He chaired the COVID-19 Committee in 2020": c(
                SUPPORTED,
                "anthony-rota-2023 anthony-rota",
                "'Chairman of the COVID-19 Committee' 'In office' 'April 20, 2020 – June 18, 2020'",
            ),
            "He is married to Chantal Piché-Rota": c(
                SUPPORTED, "anthony-rota-2023 anthony-rota", "'Spouse(s) Chantal Piché-Rota'; '- Spouse: Chantal Piché-Rota'"
            ),
            "He has one child": c(SUPPORTED, "anthony-rota anthony-rota-2023", "'- Children: 1'; 'Children Samantha'"),
            "He speaks four languages": c(UNVERIFIED, "", "no stored copy of Rota's page says which languages he speaks"),
            "Liberal MP Greg Fergus, parliamentary secretary to the Minister of Health since 18 September,": c(
                SUPPORTED,
                "greg-fergus-2024 greg-fergus",
                "'Parliamentary Secretary to the Minister of Health' 'In office' 'September 18, 2023 – October 3, 2023'; 'Political partyLiberal'; 'A member of the Liberal Party'",
            ),
            "is among the MPs weighing a run": c(UNVERIFIED, "", "no stored page says who thought of standing before the election"),
            "He has represented Hull—Aylmer since 2015": c(
                SUPPORTED,
                "greg-fergus-2024 greg-fergus",
                "'Member of Parliament' 'for Hull—Aylmer' 'Assumed office' 'October 19, 2015'; 'first elected in the 2015 federal election'",
            ),
            "The speaker is the presiding officer of the lower house of the Parliament of Canada": c(
                SUPPORTED,
                "speaker-of-the-house-of-commons-canada-2019",
                "'is the presiding officer of the lower house of the Parliament of Canada'",
            ),
            "is elected by fellow MPs at the beginning of each new parliament": c(
                SUPPORTED,
                "speaker-of-the-house-of-commons-canada-2019",
                "'he or she is elected at the beginning of each new parliament by fellow MPs'",
            ),
            "The speaker's official residence is The Farm, in Gatineau Park": c(
                SUPPORTED,
                "speaker-of-the-house-of-commons-canada-2019",
                "'an official residence, The Farm, an estate located at Kingsmere in Gatineau Park, Quebec'",
            ),
            "The speaker with the longest tenure is Peter Milliken, who was elected for four consecutive terms": c(
                SUPPORTED,
                "speaker-of-the-house-of-commons-canada-2019",
                "'The speaker with the longest tenure is Peter Milliken who was elected for four consecutive terms lasting 10 years, 124 days'",
            ),
            "Along with the Senate speaker, the speaker is responsible for the Parliamentary Protective Service": c(
                SUPPORTED,
                "speaker-of-the-house-of-commons-canada-2019",
                "'Along with the Senate speaker, the speaker of the House is responsible for the Parliamentary Protective Service'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-senate",
        "Anthony Rota announced on Tuesday that he will resign as Speaker of the House of Commons",
        "Anthony Rota announced on Tuesday that he will resign as Speaker of the Senate",
        c(
            CONTRADICTED,
            "anthony-rota-2023 speaker-of-the-house-of-commons-canada-2019",
            "'37th Speaker of the House of Commons of Canada' 'On September 26, 2023, he announced his intention to resign as speaker'; 'Along with the Senate speaker, the speaker of the House': the Senate has its own speaker",
        ),
        "sibling office",
    ),
    (
        "v02-deputy",
        "Rota, the 37th speaker,",
        "Rota, the 37th deputy speaker,",
        c(
            CONTRADICTED,
            "speaker-of-the-house-of-commons-canada-2019 anthony-rota-2023",
            "'The 37th and current speaker of the House of Commons is Anthony Rota'; '37th Speaker of the House of Commons of Canada': the speaker, not a deputy",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "The speaker is the presiding officer of the lower house of the Parliament of Canada",
        "The speaker is the presiding officer of the lower house of the Parliament of Australia",
        c(
            CONTRADICTED,
            "speaker-of-the-house-of-commons-canada-2019",
            "'Speaker of the House of Commons (Canada)' 'is the presiding officer of the lower house of the Parliament of Canada'",
        ),
        "wrong country",
    ),
    (
        "v04-children",
        "He has one child",
        "He has three children",
        c(CONTRADICTED, "anthony-rota anthony-rota-2023", "'- Children: 1'; 'Children Samantha'"),
        "wrong count",
    ),
    (
        "v05-date",
        "has held the office since December 5, 2019",
        "has held the office since November 5, 2019",
        c(
            CONTRADICTED,
            "speaker-of-the-house-of-commons-canada-2019 anthony-rota",
            "'is Anthony Rota, since December 5, 2019'; '- Term Start: December 5, 2019'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "He has been the member of Parliament for Nipissing—Timiskaming since 2015",
        "He has been the member of Parliament for Nipissing—Timiskaming since 2011",
        c(
            CONTRADICTED,
            "anthony-rota-2023 anthony-rota",
            "'for Nipissing—Timiskaming' 'Assumed office' 'October 19, 2015' 'Preceded by Jay Aspin'; 'June 28, 2004 – May 2, 2011' 'Succeeded by Jay Aspin': not an MP from 2011 to 2015",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "was born in North Bay, Ontario",
        "was born in Sudbury, Ontario",
        c(
            CONTRADICTED,
            "anthony-rota-2023 anthony-rota",
            "'May 15, 1961 (age 62)' 'North Bay, Ontario, Canada'; '- Birth Place: North Bay, Ontario, Canada'; 'Rota was born in North Bay, Ontario, in 1961'",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "when he succeeded Geoff Regan",
        "when he succeeded Peter Milliken",
        c(
            CONTRADICTED,
            "anthony-rota-2023 anthony-rota",
            "'Preceded by Geoff Regan'; '- Predecessor: Geoff Regan'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "Until Wednesday the speaker remains Anthony Rota",
        "Until Wednesday the speaker remains Geoff Regan",
        c(
            CONTRADICTED,
            "speaker-of-the-house-of-commons-canada-2019 anthony-rota-2023",
            "'The 37th and current speaker of the House of Commons is Anthony Rota, since December 5, 2019'; 'Preceded by Geoff Regan': Regan left the office in 2019",
        ),
        "past holder as current",
    ),
    (
        "v10-fergus-early",
        "Liberal MP Greg Fergus, parliamentary secretary to the Minister of Health since 18 September,",
        "Liberal MP Greg Fergus, Speaker of the House of Commons since 18 September,",
        c(
            CONTRADICTED,
            "greg-fergus-2024 greg-fergus speaker-of-the-house-of-commons-canada-2019",
            "'Speaker of the House of Commons' 'Assumed office' 'October 3, 2023'; '- Term Start: October 3, 2023'; 'The 37th and current speaker of the House of Commons is Anthony Rota': Fergus not speaker on 2023-09-26",
        ),
        "successor before taking office",
    ),
    (
        "v11-parliament",
        "He was elected speaker in the 43rd Parliament and re-elected in 2021",
        "He was elected speaker in the 42nd Parliament and re-elected in 2021",
        c(
            CONTRADICTED,
            "anthony-rota-2023 anthony-rota",
            "'In 2019, he was elected by the House of Commons to be the speaker in the 43rd Parliament'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Rota, 62,",
        "Rota, 59,",
        c(CONTRADICTED, "anthony-rota-2023 anthony-rota", "'(1961-05-15) May 15, 1961 (age 62)'; 'born May 15, 1961': 62 on 2023-09-26"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("hoc-2023-09-26", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-born-1961",
        "Rota, 62,",
        "Rota, born in 1961,",
        c(SUPPORTED, "anthony-rota-2023 anthony-rota", "'(1961-05-15) May 15, 1961'; 'born May 15, 1961'"),
        None,
    ),
    (
        "r02-step-down",
        "Anthony Rota announced on Tuesday that he will resign as Speaker of the House of Commons",
        "Anthony Rota said on Tuesday that he will step down as Speaker of the House of Commons",
        c(
            SUPPORTED,
            "anthony-rota-2023 anthony-rota",
            "'On September 26, 2023, he announced his intention to resign as speaker'; '- Office: 37th Speaker of the House of Commons'",
        ),
        None,
    ),
]:
    CHANGES.append(Change("hoc-2023-09-26", name, old, new, claim, None, key))
BASES.append(
    Base(
        "hoc-2023-10-05",
        "2023-10-05",
        "tuning",
        """Fergus takes the Speaker's chair in Ottawa

OTTAWA, Oct 5 - Greg Fergus is now Speaker of Canada's House of Commons. MPs elected him on Tuesday, 3 October, following the resignation of Anthony Rota. He is the first person of colour to be elected speaker. He was escorted to the chair by Prime Minister Justin Trudeau and Conservative leader Pierre Poilievre.

The House's speaker, now Fergus, lives at The Farm, an estate at Kingsmere in Gatineau Park. The speaker also has use of a small apartment in the House of Commons. Last Friday, Fergus was still parliamentary secretary to the Minister of Health.

Fergus, 54, was born in Montreal and is a member of the Liberal Party. He has been the member of Parliament for Hull—Aylmer since 2015. He was parliamentary secretary to the Prime Minister from 2021 to September 2023, and to the President of the Treasury Board from 2019. He is married to Julie Cool. He studied at the University of Ottawa and at Carleton University. His grandfather came to Canada from Montserrat. In his first speech he compared the speaker to a hockey referee.

Rota, the 37th speaker, had been speaker since December 5, 2019. Rota, elected speaker in two parliaments, resigned on September 27. Louis Plamondon served as interim speaker. Rota, 62, remains the member of Parliament for Nipissing—Timiskaming.

The speaker with the longest tenure is Peter Milliken. In 2015 the speaker managed a budget of $414 million.
""",
        {
            "Greg Fergus is now Speaker of Canada's House of Commons": c(
                SUPPORTED,
                "speaker-of-the-house-of-commons-canada greg-fergus-2024",
                "'The 38th Speaker of the House of Commons is Greg Fergus, who assumed the role on October 3, 2023'; 'has served as the 38th and current speaker of the House of Commons since October 3, 2023'",
            ),
            "MPs elected him on Tuesday, 3 October": c(
                SUPPORTED,
                "speaker-of-the-house-of-commons-canada greg-fergus",
                "'who assumed the role on October 3, 2023'; '- Term Start: October 3, 2023' (a Tuesday); 'He is the first person of colour to be elected speaker'",
            ),
            "following the resignation of Anthony Rota": c(
                SUPPORTED,
                "speaker-of-the-house-of-commons-canada anthony-rota-2023",
                "'following the resignation of the 37th speaker, Anthony Rota'; 'until his resignation in 2023'",
            ),
            "He is the first person of colour to be elected speaker": c(
                SUPPORTED, "speaker-of-the-house-of-commons-canada", "'He is the first person of colour to be elected speaker'"
            ),
            "He was escorted to the chair by Prime Minister Justin Trudeau and Conservative leader Pierre Poilievre": c(
                UNVERIFIED, "", "no stored page says who escorted Fergus to the chair"
            ),
            "The House's speaker, now Fergus,": c(
                SUPPORTED,
                "speaker-of-the-house-of-commons-canada anthony-rota-2023",
                "'The 38th Speaker of the House of Commons is Greg Fergus, who assumed the role on October 3, 2023'; Rota 'December 5, 2019 – September 27, 2023'",
            ),
            "lives at The Farm, an estate at Kingsmere in Gatineau Park": c(
                SUPPORTED,
                "speaker-of-the-house-of-commons-canada greg-fergus-2024",
                "'an official residence, The Farm, an estate located at Kingsmere in Gatineau Park, Quebec'; 'Residence(s)Aylmer, Quebec, Canada' 'The Farm'",
            ),
            "The speaker also has use of a small apartment in the House of Commons": c(
                SUPPORTED, "speaker-of-the-house-of-commons-canada", "'has use of a small apartment, in the House of Commons'"
            ),
            "Last Friday, Fergus was still parliamentary secretary to the Minister of Health": c(
                SUPPORTED,
                "greg-fergus-2024 greg-fergus",
                "'Parliamentary Secretary to the Minister of Health' 'In office' 'September 18, 2023 – October 3, 2023': so on Friday 2023-09-29",
            ),
            "Fergus, 54,": c(SUPPORTED, "greg-fergus-2024 greg-fergus", "'(1969-05-31) May 31, 1969'; 'born May 31, 1969': 54 on 2023-10-05"),
            "was born in Montreal": c(
                SUPPORTED, "greg-fergus-2024 greg-fergus", "'May 31, 1969 (age 55)' 'Montreal, Quebec, Canada'; '- Birth Place: Montreal, Quebec, Canada'"
            ),
            "is a member of the Liberal Party": c(
                SUPPORTED, "greg-fergus-2024 greg-fergus", "'A member of the Liberal Party, Fergus was first elected in the 2015 federal election'"
            ),
            "He has been the member of Parliament for Hull—Aylmer since 2015": c(
                SUPPORTED,
                "greg-fergus-2024 greg-fergus",
                "'Member of Parliament' 'for Hull—Aylmer' 'Assumed office' 'October 19, 2015'; '- Term Start1: October 19, 2015'",
            ),
            "He was parliamentary secretary to the Prime Minister from 2021 to September 2023": c(
                SUPPORTED,
                "greg-fergus-2024 greg-fergus",
                "'Parliamentary Secretary to the Prime Minister of Canada' 'In office' 'March 19, 2021 – September 18, 2023'",
            ),
            "and to the President of the Treasury Board from 2019": c(
                SUPPORTED,
                "greg-fergus-2024 greg-fergus",
                "'Parliamentary Secretary to the President of the Treasury Board' 'In office' 'May 3, 2019 – October 3, 2023'",
            ),
            "He is married to Julie Cool": c(SUPPORTED, "greg-fergus-2024 greg-fergus", "'SpouseJulie Cool'; '- Spouse: Julie Cool'"),
            "He studied at the University of Ottawa and at Carleton University": c(
                SUPPORTED,
                "greg-fergus-2024 greg-fergus",
                "'Alma materMarianopolis College (DEC)' 'University of Ottawa (BSocSc)' 'Carleton University (BA)'",
            ),
            "His grandfather came to Canada from Montserrat": c(
                SUPPORTED,
                "greg-fergus-2024 greg-fergus",
                "'Fergus' grandfather immigrated to Canada from the British colony of Montserrat'",
            ),
            "In his first speech he compared the speaker to a hockey referee": c(
                UNVERIFIED, "", "no stored page reports Fergus's first speech as speaker"
            ),
            "Rota, the 37th speaker,": c(
                SUPPORTED,
                "speaker-of-the-house-of-commons-canada anthony-rota-2023",
                "'following the resignation of the 37th speaker, Anthony Rota'; '37th Speaker of the House of Commons of Canada'",
            ),
            "had been speaker since December 5, 2019": c(
                SUPPORTED, "anthony-rota-2023 anthony-rota", "'In office' 'December 5, 2019 – September 27, 2023'; '- Term Start: December 5, 2019'"
            ),
            "Rota, elected speaker in two parliaments,": c(
                SUPPORTED,
                "anthony-rota-2023 anthony-rota",
                "'he was elected by the House of Commons to be the speaker in the 43rd Parliament and in 2021 was re-elected in the 44th Parliament'",
            ),
            "resigned on September 27": c(
                SUPPORTED,
                "anthony-rota-2023 anthony-rota",
                "'to resign as speaker at the end of the following day on September 27'; 'On September 27, 2023, he resigned as speaker'",
            ),
            "Louis Plamondon served as interim speaker": c(
                SUPPORTED,
                "anthony-rota-2023 anthony-rota",
                "'Succeeded by Louis Plamondon (interim)'; '- Successor: Louis Plamondon'",
            ),
            "Rota, 62,": c(SUPPORTED, "anthony-rota-2023", "'(1961-05-15) May 15, 1961 (age 62)': 62 on 2023-10-05"),
            "remains the member of Parliament for Nipissing—Timiskaming": c(
                SUPPORTED,
                "anthony-rota-2023 anthony-rota",
                "'he currently serves as the member of Parliament (MP) for the riding of Nipissing—Timiskaming'; '- Term End1: March 23, 2025'",
            ),
            "The speaker with the longest tenure is Peter Milliken": c(
                SUPPORTED, "speaker-of-the-house-of-commons-canada", "'The speaker with the longest tenure is Peter Milliken'"
            ),
            "In 2015 the speaker managed a budget of $414 million": c(
                SUPPORTED, "speaker-of-the-house-of-commons-canada", "'In 2015 the speaker managed a budget of $414 million'"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-finance",
        "and to the President of the Treasury Board from 2019",
        "and to the Minister of Finance from 2019",
        c(
            CONTRADICTED,
            "greg-fergus-2024 greg-fergus",
            "'Parliamentary Secretary to the President of the Treasury Board' 'In office' 'May 3, 2019 – October 3, 2023'; his offices list no finance post",
        ),
        "sibling office",
    ),
    (
        "v02-deputy",
        "had been speaker since December 5, 2019",
        "had been deputy speaker since December 5, 2019",
        c(
            CONTRADICTED,
            "anthony-rota-2023 anthony-rota",
            "'37th Speaker of the House of Commons of Canada' 'In office' 'December 5, 2019 – September 27, 2023': the speaker, not a deputy, from that day",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "Greg Fergus is now Speaker of Canada's House of Commons",
        "Greg Fergus is now Speaker of Britain's House of Commons",
        c(
            CONTRADICTED,
            "speaker-of-the-house-of-commons-canada greg-fergus-2024",
            "'The 38th Speaker of the House of Commons is Greg Fergus' 'In Canada it is the speaker's responsibility to manage the House of Commons'; 'is a Canadian politician'",
        ),
        "wrong country",
    ),
    (
        "v04-parliaments",
        "Rota, elected speaker in two parliaments,",
        "Rota, elected speaker in three parliaments,",
        c(
            CONTRADICTED,
            "anthony-rota-2023 anthony-rota",
            "'elected by the House of Commons to be the speaker in the 43rd Parliament and in 2021 was re-elected in the 44th Parliament': two",
        ),
        "wrong count",
    ),
    (
        "v05-date",
        "MPs elected him on Tuesday, 3 October",
        "MPs elected him on Tuesday, 10 October",
        c(
            CONTRADICTED,
            "speaker-of-the-house-of-commons-canada greg-fergus",
            "'who assumed the role on October 3, 2023'; '- Term Start: October 3, 2023'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "He has been the member of Parliament for Hull—Aylmer since 2015",
        "He has been the member of Parliament for Hull—Aylmer since 2011",
        c(
            CONTRADICTED,
            "greg-fergus-2024 greg-fergus",
            "'for Hull—Aylmer' 'Assumed office' 'October 19, 2015' 'Preceded byNycole Turmel'; 'Fergus was first elected in the 2015 federal election'",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "was born in Montreal",
        "was born in Ottawa",
        c(
            CONTRADICTED,
            "greg-fergus-2024 greg-fergus",
            "'May 31, 1969 (age 55)' 'Montreal, Quebec, Canada'; '- Birth Place: Montreal, Quebec, Canada'",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "following the resignation of Anthony Rota",
        "following the resignation of Geoff Regan",
        c(
            CONTRADICTED,
            "speaker-of-the-house-of-commons-canada anthony-rota-2023",
            "'following the resignation of the 37th speaker, Anthony Rota'; Rota 'Preceded by Geoff Regan' in 2019",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "The House's speaker, now Fergus,",
        "The House's speaker, now Rota,",
        c(
            CONTRADICTED,
            "speaker-of-the-house-of-commons-canada anthony-rota-2023",
            "'The 38th Speaker of the House of Commons is Greg Fergus, who assumed the role on October 3, 2023, following the resignation of the 37th speaker, Anthony Rota'; 'December 5, 2019 – September 27, 2023'",
        ),
        "past holder as current",
    ),
    (
        "v10-fergus-early",
        "Last Friday, Fergus was still parliamentary secretary to the Minister of Health",
        "Last Friday, Fergus was already speaker",
        c(
            CONTRADICTED,
            "speaker-of-the-house-of-commons-canada greg-fergus-2024 greg-fergus",
            "'who assumed the role on October 3, 2023'; 'Parliamentary Secretary to the Minister of Health' 'September 18, 2023 – October 3, 2023': not speaker on Friday 2023-09-29",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "Rota, the 37th speaker,",
        "Rota, the 36th speaker,",
        c(
            CONTRADICTED,
            "speaker-of-the-house-of-commons-canada anthony-rota-2023 anthony-rota",
            "'the resignation of the 37th speaker, Anthony Rota'; '37th Speaker of the House of Commons of Canada'; '- Office: 37th Speaker of the House of Commons'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Fergus, 54,",
        "Fergus, 58,",
        c(CONTRADICTED, "greg-fergus-2024 greg-fergus", "'(1969-05-31) May 31, 1969'; 'born May 31, 1969': 54 on 2023-10-05"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("hoc-2023-10-05", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-born-1969",
        "Fergus, 54,",
        "Fergus, born in 1969,",
        c(SUPPORTED, "greg-fergus-2024 greg-fergus", "'(1969-05-31) May 31, 1969'; 'born May 31, 1969'"),
        None,
    ),
    (
        "r02-house-chose",
        "MPs elected him on Tuesday, 3 October",
        "The House chose him on Tuesday, 3 October",
        c(
            SUPPORTED,
            "speaker-of-the-house-of-commons-canada greg-fergus",
            "'who assumed the role on October 3, 2023'; 'He is the first person of colour to be elected speaker'; '- Term Start: October 3, 2023'",
        ),
        None,
    ),
]:
    CHANGES.append(Change("hoc-2023-10-05", name, old, new, claim, None, key))


# ---------------------------------------------------------------- Namibia's presidency, March 2025
# Namibia's change of president: Nangolo Mbumba, vice-president, became the fourth president on Hage Geingob's death on
# 4 February 2024 and Netumbo Nandi-Ndaitwah, vice-president from that day, won the election declared on 3 December 2024
# and took office on Friday 21 March 2025, the country's first female president. Written blind, as HELD-OUT: a subject
# nobody tuned the judge for, the set's first Southern African country, its first woman head of state elected to a
# presidency, and a predecessor who came to the office by succession on a death, not by election. 'Nangolo Mbumba' has one
# copy (en.wikipedia.org, rendered infobox, written before 21 March 2025: STALE at the second article's date), 'Netumbo
# Nandi-Ndaitwah' two (everyfhing.explained.today, 'President-elect', from 3 December 2024; en.wikipedia.org, 'key:
# value' lines, from 21 March 2025), 'President of Namibia' one (a cloudfront mirror copy, Mbumba incumbent, from 14 May
# 2024: STALE at the second article's date). What the older copies say of later dates is read as of each article's date
# and no further. The ceremony's place, the vote share, the guests and her promises are in no stored page: unverified.
BASES.append(
    Base(
        "na-2025-03-19",
        "2025-03-19",
        "held-out",
        """Namibia to swear in Nandi-Ndaitwah as its first woman president

WINDHOEK, March 19 - Netumbo Nandi-Ndaitwah will be sworn in on Friday, 21 March, as Namibia's fifth president. She will be the first woman to hold the office. She became president-elect after winning the presidential election on 3 December 2024. Heads of state from neighbouring countries are expected to attend the ceremony.

Until Friday the president remains Nangolo Mbumba. Mbumba, the fourth president, has held the office since 4 February 2024, when he succeeded Hage Geingob. Before that he was vice-president of Namibia from 2018. Mbumba, 83, was born in Olukonda. He served as minister of finance from 1996 to 2003 and was secretary-general of SWAPO from 2012 to 2017. He is married to Sustjie Mbumba. He studied at the University of Connecticut.

Nandi-Ndaitwah, the vice-president, is 72. She has been the third vice-president of Namibia since 4 February 2024. She was deputy prime minister from 2015 to 2024 and minister of international relations and cooperation from 2012. She is married to Epaphras Denga Ndaitwah. She won 57 percent of the vote.

The president is the head of state and the head of government of Namibia and the commander-in-chief of the armed forces. The office was created on 21 March 1990, and its first holder was Sam Nujoma. A president's term is five years, renewable once. As of 2021 the constitution sets a two-term limit for the president, first applied to Hifikepunye Pohamba in 2015. The president's official residence is the State House of Namibia. The president is paid N$ 1,822,064 a year.
""",
        {
            "Netumbo Nandi-Ndaitwah will be sworn in on Friday, 21 March, as Namibia's fifth president": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah-2024",
                "'Office1:President-elect of Namibia' 'Termstart1:21 March 2025' (a Friday); 'She is scheduled to be Namibia's fifth president'",
            ),
            "She will be the first woman to hold the office": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah-2024",
                "'She is scheduled to be Namibia's fifth president and first woman to hold this position'",
            ),
            "She became president-elect after winning the presidential election on 3 December 2024": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah-2024",
                "'who became president-elect of Namibia after winning the presidential election on 3 December 2024'",
            ),
            "Heads of state from neighbouring countries are expected to attend the ceremony": c(
                UNVERIFIED, "", "no stored page says who is to attend the inauguration"
            ),
            "Until Friday the president remains Nangolo Mbumba": c(
                SUPPORTED,
                "nangolo-mbumba president-of-namibia netumbo-nandi-ndaitwah-2024",
                "'4th President of Namibia' 'Assumed office 4 February 2024'; 'Nangolo Mbumba' 'since 4 February 2024'; 'Termstart1:21 March 2025': Mbumba president on 2025-03-19",
            ),
            "Mbumba, the fourth president,": c(
                SUPPORTED,
                "nangolo-mbumba president-of-namibia",
                "'4th President of Namibia'; 'is the fourth and current president of Namibia'; '4 4 February 2024 Incumbent'",
            ),
            "has held the office since 4 February 2024": c(
                SUPPORTED,
                "nangolo-mbumba president-of-namibia",
                "'Assumed office 4 February 2024'; 'since 4 February 2024'",
            ),
            "when he succeeded Hage Geingob": c(
                SUPPORTED,
                "nangolo-mbumba president-of-namibia",
                "'Preceded by | Hage Geingob'; '3 Hage Geingob' '21 March 2015 4 February 2024[†]'",
            ),
            "Before that he was vice-president of Namibia from 2018": c(
                SUPPORTED,
                "nangolo-mbumba",
                "'2nd Vice-President of Namibia' 'In office 13 February 2018 – 4 February 2024'",
            ),
            "Mbumba, 83,": c(SUPPORTED, "nangolo-mbumba", "'Born | Olukonda, South West Africa (now Namibia) | 15 August 1941': 83 on 2025-03-19"),
            "was born in Olukonda": c(SUPPORTED, "nangolo-mbumba", "'Born | Olukonda, South West Africa (now Namibia) | 15 August 1941'"),
            "He served as minister of finance from 1996 to 2003": c(
                SUPPORTED, "nangolo-mbumba", "'Minister of Finance' 'In office 1996–2003'"
            ),
            "was secretary-general of SWAPO from 2012 to 2017": c(
                SUPPORTED, "nangolo-mbumba", "'Secretary-General of SWAPO' 'In office December 2012 – November 2017'"
            ),
            "He is married to Sustjie Mbumba": c(SUPPORTED, "nangolo-mbumba", "'Spouse | Sustjie Mbumba'"),
            "He studied at the University of Connecticut": c(
                SUPPORTED, "nangolo-mbumba", "'Alma mater | Southern Connecticut State University (BS) University of Connecticut (MS)'"
            ),
            "Nandi-Ndaitwah, the vice-president,": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah-2024 nangolo-mbumba",
                "'Office2:3rd Vice President of Namibia' 'Term Start2:4 February 2024' (no end); 'Vice President | Netumbo Nandi-Ndaitwah'",
            ),
            "is 72": c(SUPPORTED, "netumbo-nandi-ndaitwah-2024", "'Birth Date:29 October 1952': 72 on 2025-03-19"),
            "She has been the third vice-president of Namibia since 4 February 2024": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah-2024",
                "'Office2:3rd Vice President of Namibia' 'Term Start2:4 February 2024'; 'serving as third vice-president of Namibia'",
            ),
            "She was deputy prime minister from 2015 to 2024": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah-2024",
                "'Office3:Deputy-Prime Minister of Namibia' 'Term Start3:21 March 2015' 'Term End3:4 February 2024'",
            ),
            "minister of international relations and cooperation from 2012": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah-2024",
                "'Office4:Minister of International Relations and Cooperation' 'Term Start4:4 December 2012'",
            ),
            "She is married to Epaphras Denga Ndaitwah": c(
                SUPPORTED, "netumbo-nandi-ndaitwah-2024", "'Spouse:Epaphras Denga Ndaitwah'"
            ),
            "She won 57 percent of the vote": c(UNVERIFIED, "", "no stored page gives her share of the vote"),
            "The president is the head of state and the head of government of Namibia": c(
                SUPPORTED,
                "president-of-namibia",
                "'The President of the Republic of Namibia is the head of state and the head of government of Namibia'",
            ),
            "the commander-in-chief of the armed forces": c(
                SUPPORTED, "president-of-namibia", "'and is the commander-in-chief of the armed forces'"
            ),
            "The office was created on 21 March 1990, and its first holder was Sam Nujoma": c(
                SUPPORTED,
                "president-of-namibia",
                "'Inaugural holderSam Nujoma' 'Formation21 March 1990'; '1 Sam Nujoma' '21 March 1990 21 March 2005'",
            ),
            "A president's term is five years, renewable once": c(
                SUPPORTED, "president-of-namibia", "'Term length5 years, renewable once'"
            ),
            "As of 2021 the constitution sets a two-term limit for the president": c(
                SUPPORTED,
                "president-of-namibia",
                "'As of 2021, there is a two-term limit for the president in the Constitution of Namibia'",
            ),
            "first applied to Hifikepunye Pohamba in 2015": c(
                SUPPORTED,
                "president-of-namibia",
                "'The first president for whom the term limits applied was Hifikepunye Pohamba in 2015'",
            ),
            "The president's official residence is the State House of Namibia": c(
                SUPPORTED, "president-of-namibia", "'ResidenceState House of Namibia'"
            ),
            "The president is paid N$ 1,822,064 a year": c(
                SUPPORTED, "president-of-namibia", "'SalaryN$ 1,822,064 (US$ 99,241) annually'"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-education",
        "He served as minister of finance from 1996 to 2003",
        "He served as minister of education from 1996 to 2003",
        c(
            CONTRADICTED,
            "nangolo-mbumba",
            "'Minister of Finance' 'In office 1996–2003'; 'Minister of Education' 'In office 2005–2010' 'Preceded by | Nahas Angula': education was his from 2005, finance in those years",
        ),
        "sibling office",
    ),
    (
        "v02-prime-minister",
        "She was deputy prime minister from 2015 to 2024",
        "She was prime minister from 2015 to 2024",
        c(
            CONTRADICTED,
            "netumbo-nandi-ndaitwah-2024",
            "'Office3:Deputy-Prime Minister of Namibia' 'Term Start3:21 March 2015' 'Term End3:4 February 2024' 'Primeminister3:Saara Kuugongelwa': the deputy, not the prime minister",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "The president is the head of state and the head of government of Namibia",
        "The president is the head of state and the head of government of Botswana",
        c(
            CONTRADICTED,
            "president-of-namibia",
            "'President of the Republic of Namibia' 'is the head of state and the head of government of Namibia'",
        ),
        "wrong country",
    ),
    (
        "v04-term-limit",
        "As of 2021 the constitution sets a two-term limit for the president",
        "As of 2021 the constitution sets a three-term limit for the president",
        c(
            CONTRADICTED,
            "president-of-namibia",
            "'As of 2021, there is a two-term limit for the president in the Constitution of Namibia'; 'Term length5 years, renewable once'",
        ),
        "wrong count",
    ),
    (
        "v05-date",
        "has held the office since 4 February 2024",
        "has held the office since 4 March 2024",
        c(
            CONTRADICTED,
            "nangolo-mbumba president-of-namibia",
            "'Assumed office 4 February 2024'; 'since 4 February 2024'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "Before that he was vice-president of Namibia from 2018",
        "Before that he was vice-president of Namibia from 2015",
        c(
            CONTRADICTED,
            "nangolo-mbumba",
            "'2nd Vice-President of Namibia' 'In office 13 February 2018 – 4 February 2024' 'Preceded by | Nickey Iyambo'",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "was born in Olukonda",
        "was born in Rundu",
        c(CONTRADICTED, "nangolo-mbumba", "'Born | Olukonda, South West Africa (now Namibia) | 15 August 1941'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "when he succeeded Hage Geingob",
        "when he succeeded Hifikepunye Pohamba",
        c(
            CONTRADICTED,
            "nangolo-mbumba president-of-namibia",
            "'Preceded by | Hage Geingob'; '2 Hifikepunye Pohamba' '21 March 2005 21 March 2015'; '3 Hage Geingob' '21 March 2015 4 February 2024[†]'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "Until Friday the president remains Nangolo Mbumba",
        "Until Friday the president remains Hage Geingob",
        c(
            CONTRADICTED,
            "president-of-namibia nangolo-mbumba",
            "'3 Hage Geingob' '21 March 2015 4 February 2024[†]'; 'Nangolo Mbumba' 'since 4 February 2024': Geingob left the office in 2024",
        ),
        "past holder as current",
    ),
    (
        "v10-nandi-ndaitwah-early",
        "Nandi-Ndaitwah, the vice-president,",
        "Nandi-Ndaitwah, the president,",
        c(
            CONTRADICTED,
            "netumbo-nandi-ndaitwah-2024 nangolo-mbumba president-of-namibia",
            "'Office1:President-elect of Namibia' 'Termstart1:21 March 2025'; 'is the fourth and current president of Namibia'; 'Nangolo Mbumba' 'since 4 February 2024': not president on 2025-03-19",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "Mbumba, the fourth president,",
        "Mbumba, the third president,",
        c(
            CONTRADICTED,
            "nangolo-mbumba president-of-namibia",
            "'4th President of Namibia'; 'the fourth and current president of Namibia'; '3 Hage Geingob'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Mbumba, 83,",
        "Mbumba, 79,",
        c(CONTRADICTED, "nangolo-mbumba", "'Born | Olukonda, South West Africa (now Namibia) | 15 August 1941': 83 on 2025-03-19"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("na-2025-03-19", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-born-1941",
        "Mbumba, 83,",
        "Mbumba, born in 1941,",
        c(SUPPORTED, "nangolo-mbumba", "'Born | Olukonda, South West Africa (now Namibia) | 15 August 1941'"),
        None,
    ),
    (
        "r02-take-office",
        "Netumbo Nandi-Ndaitwah will be sworn in on Friday, 21 March, as Namibia's fifth president",
        "Netumbo Nandi-Ndaitwah will take office on Friday, 21 March, as the fifth president of Namibia",
        c(
            SUPPORTED,
            "netumbo-nandi-ndaitwah-2024",
            "'Office1:President-elect of Namibia' 'Termstart1:21 March 2025' (a Friday); 'She is scheduled to be Namibia's fifth president'",
        ),
        None,
    ),
]:
    CHANGES.append(Change("na-2025-03-19", name, old, new, claim, None, key))
BASES.append(
    Base(
        "na-2025-03-24",
        "2025-03-24",
        "held-out",
        """Nandi-Ndaitwah sworn in as Namibia's first woman president

WINDHOEK, March 24 - Netumbo Nandi-Ndaitwah took office on Friday, 21 March, becoming Namibia's fifth president. She is the country's first female president. She succeeded Nangolo Mbumba. Mbumba had been Namibia's president since 4 February 2024. Rain moved the ceremony from Independence Stadium to State House.

The president, now Nandi-Ndaitwah, serves a five-year term. Her vice-president is Lucia Witbooi and her prime minister is Elijah Ngurare. On 20 March, Mbumba was still president.

Nandi-Ndaitwah, 72, was born Netumbo Nandi in Onamutai. She is a member of SWAPO. Before taking office she served as the third vice-president of Namibia, under Mbumba. She was deputy prime minister from 2015 to 2024 and minister of international relations and cooperation from 2012 to 2024. Earlier she was minister of environment and tourism from 2010 to 2012 and minister of information and broadcasting from 2005 to 2010, succeeding Mbumba in that post. She was the first minister of women affairs and child welfare, from 2000 to 2005. She is married to Epaphras Denga Ndaitwah. She has pledged to create 500,000 jobs in five years.

Mbumba, the fourth president, had been vice-president under Hage Geingob from 2018 and became president after Geingob's death. He was minister of finance from 1996 to 2003.

The president is the head of state and the head of government of Namibia and chairs the Cabinet. The office was created on 21 March 1990; Sam Nujoma was its first holder. The president's deputy is the vice-president.
""",
        {
            "Netumbo Nandi-Ndaitwah took office on Friday, 21 March,": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah",
                "'- Office: President of Namibia' '- Term Start: 21 March 2025' (a Friday); 'has been the fifth and current president of Namibia since 21 March 2025'",
            ),
            "becoming Namibia's fifth president": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah",
                "'- Order: 5th' '- Office: President of Namibia'; 'the fifth and current president of Namibia'",
            ),
            "She is the country's first female president": c(
                SUPPORTED, "netumbo-nandi-ndaitwah", "'She is the country's first female president'"
            ),
            "She succeeded Nangolo Mbumba": c(
                SUPPORTED, "netumbo-nandi-ndaitwah", "'- Predecessor: Nangolo Mbumba'"
            ),
            "Mbumba had been Namibia's president since 4 February 2024": c(
                SUPPORTED,
                "nangolo-mbumba president-of-namibia netumbo-nandi-ndaitwah",
                "'4th President of Namibia' 'Assumed office 4 February 2024'; 'Nangolo Mbumba' 'since 4 February 2024'; '- Term Start: 21 March 2025' '- Predecessor: Nangolo Mbumba'",
            ),
            "Rain moved the ceremony from Independence Stadium to State House": c(
                UNVERIFIED, "", "no stored page says where the inauguration was held"
            ),
            "The president, now Nandi-Ndaitwah,": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah",
                "'- Office: President of Namibia' '- Term Start: 21 March 2025' (no end); 'the fifth and current president of Namibia since 21 March 2025'",
            ),
            "serves a five-year term": c(SUPPORTED, "president-of-namibia", "'Term length5 years, renewable once'"),
            "Her vice-president is Lucia Witbooi": c(
                SUPPORTED, "netumbo-nandi-ndaitwah", "'- Vicepresident: Lucia Witbooi'; '- Successor2: Lucia Witbooi'"
            ),
            "her prime minister is Elijah Ngurare": c(SUPPORTED, "netumbo-nandi-ndaitwah", "'- Primeminister: Elijah Ngurare'"),
            "On 20 March, Mbumba was still president": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah nangolo-mbumba",
                "'- Term Start: 21 March 2025' '- Predecessor: Nangolo Mbumba'; 'Assumed office 4 February 2024': Mbumba president on 2025-03-20",
            ),
            "Nandi-Ndaitwah, 72,": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah netumbo-nandi-ndaitwah-2024",
                "'(born 29October 1952)'; 'Birth Date:29 October 1952': 72 on 2025-03-24",
            ),
            "was born Netumbo Nandi in Onamutai": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah",
                "'- Birth Name: Netumbo Nandi' '- Birth Place: Onamutai, South West Africa (now Namibia)'",
            ),
            "She is a member of SWAPO": c(SUPPORTED, "netumbo-nandi-ndaitwah", "'- Party: SWAPO'"),
            "Before taking office she served as the third vice-president of Namibia, under Mbumba": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah",
                "'- Order2: 3rd' '- Office2: Vice President of Namibia' '- President2: Nangolo Mbumba' '- Term End2: 21 March 2025'; 'she served as the third vice president under President Nangolo Mbumba between 2024 and 2025'",
            ),
            "She was deputy prime minister from 2015 to 2024": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah",
                "'- Office3: Deputy Prime Minister of Namibia' '- Term Start3: 21 March 2015' '- Term End3: 4 February 2024'",
            ),
            "minister of international relations and cooperation from 2012 to 2024": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah",
                "'- Office4: Minister of International Relations and Cooperation' '- Term Start4: 4 December 2012' '- Term End4: 4 February 2024'",
            ),
            "Earlier she was minister of environment and tourism from 2010 to 2012": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah",
                "'- Office5: Minister of Environment and Tourism' '- Term Start5: 21 March 2010' '- Term End5: 4 December 2012'",
            ),
            "minister of information and broadcasting from 2005 to 2010": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah",
                "'- Office6: Minister of Information and Broadcasting' '- Term Start6: 2005' '- Term End6: 2010'",
            ),
            "succeeding Mbumba in that post": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah nangolo-mbumba",
                "'- Predecessor6: Nangolo Mbumba'; 'Minister of Information and Broadcasting' 'In office 2003–2005' 'Succeeded by | Netumbo Nandi-Ndaitwah'",
            ),
            "She was the first minister of women affairs and child welfare, from 2000 to 2005": c(
                SUPPORTED,
                "netumbo-nandi-ndaitwah",
                "'- Office7: Minister of Women Affairs and Child Welfare' '- Term Start7: 2000' '- Term End7: 2005' '- Predecessor7: Position established'",
            ),
            "She is married to Epaphras Denga Ndaitwah": c(
                SUPPORTED, "netumbo-nandi-ndaitwah", "'- Spouse: Epaphras Denga Ndaitwah'"
            ),
            "She has pledged to create 500,000 jobs in five years": c(
                UNVERIFIED, "", "no stored page gives her pledges"
            ),
            "Mbumba, the fourth president,": c(
                SUPPORTED,
                "nangolo-mbumba president-of-namibia",
                "'4th President of Namibia'; 'the fourth and current president of Namibia'; '4 4 February 2024'",
            ),
            "had been vice-president under Hage Geingob from 2018": c(
                SUPPORTED,
                "nangolo-mbumba",
                "'2nd Vice-President of Namibia' 'In office 13 February 2018 – 4 February 2024' 'President | Hage Geingob'",
            ),
            "became president after Geingob's death": c(
                SUPPORTED,
                "nangolo-mbumba president-of-namibia",
                "'He became president after the death of Hage Geingob'; '3 Hage Geingob' '4 February 2024[†]' 'Died in office'",
            ),
            "He was minister of finance from 1996 to 2003": c(
                SUPPORTED, "nangolo-mbumba", "'Minister of Finance' 'In office 1996–2003'"
            ),
            "The president is the head of state and the head of government of Namibia": c(
                SUPPORTED,
                "president-of-namibia",
                "'The President of the Republic of Namibia is the head of state and the head of government of Namibia'",
            ),
            "chairs the Cabinet": c(
                SUPPORTED, "president-of-namibia", "'The president directs the executive branch of the Government of Namibia, as chair of the Cabinet'"
            ),
            "The office was created on 21 March 1990; Sam Nujoma was its first holder": c(
                SUPPORTED,
                "president-of-namibia",
                "'Inaugural holderSam Nujoma' 'Formation21 March 1990'",
            ),
            "The president's deputy is the vice-president": c(
                SUPPORTED, "president-of-namibia", "'DeputyVice-President of Namibia'"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-education",
        "minister of information and broadcasting from 2005 to 2010",
        "minister of education from 2005 to 2010",
        c(
            CONTRADICTED,
            "netumbo-nandi-ndaitwah nangolo-mbumba",
            "'- Office6: Minister of Information and Broadcasting' '- Term Start6: 2005' '- Term End6: 2010'; 'Minister of Education' 'In office 2005–2010' (Mbumba's): education was Mbumba's in those years",
        ),
        "sibling office",
    ),
    (
        "v02-third-president",
        "Before taking office she served as the third vice-president of Namibia, under Mbumba",
        "Before taking office she served as the third president of Namibia, under Mbumba",
        c(
            CONTRADICTED,
            "netumbo-nandi-ndaitwah president-of-namibia",
            "'- Order2: 3rd' '- Office2: Vice President of Namibia' '- President2: Nangolo Mbumba'; '3 Hage Geingob' '21 March 2015 4 February 2024': the third vice-president, Geingob the third president",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "Mbumba had been Namibia's president since 4 February 2024",
        "Mbumba had been Zambia's president since 4 February 2024",
        c(
            CONTRADICTED,
            "nangolo-mbumba president-of-namibia",
            "'4th President of Namibia' 'Assumed office 4 February 2024'; 'Nangolo Mbumba' 'since 4 February 2024' (President of the Republic of Namibia)",
        ),
        "wrong country",
    ),
    (
        "v04-term",
        "serves a five-year term",
        "serves a seven-year term",
        c(CONTRADICTED, "president-of-namibia", "'Term length5 years, renewable once'"),
        "wrong count",
    ),
    (
        "v05-date",
        "Netumbo Nandi-Ndaitwah took office on Friday, 21 March,",
        "Netumbo Nandi-Ndaitwah took office on Friday, 14 March,",
        c(
            CONTRADICTED,
            "netumbo-nandi-ndaitwah",
            "'- Term Start: 21 March 2025'; 'the fifth and current president of Namibia since 21 March 2025'; '- Term End2: 21 March 2025' (vice president until then)",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "Earlier she was minister of environment and tourism from 2010 to 2012",
        "Earlier she was minister of environment and tourism from 2008 to 2012",
        c(
            CONTRADICTED,
            "netumbo-nandi-ndaitwah",
            "'- Office5: Minister of Environment and Tourism' '- Term Start5: 21 March 2010' '- Predecessor5: Willem Konjore'; '- Office6: Minister of Information and Broadcasting' '- Term End6: 2010'",
        ),
        "wrong year",
    ),
    (
        "v07-birthplace",
        "was born Netumbo Nandi in Onamutai",
        "was born Netumbo Nandi in Rundu",
        c(
            CONTRADICTED,
            "netumbo-nandi-ndaitwah",
            "'- Birth Name: Netumbo Nandi' '- Birth Place: Onamutai, South West Africa (now Namibia)'",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "She succeeded Nangolo Mbumba",
        "She succeeded Hage Geingob",
        c(
            CONTRADICTED,
            "netumbo-nandi-ndaitwah nangolo-mbumba",
            "'- Predecessor: Nangolo Mbumba'; 'Preceded by | Hage Geingob' (Mbumba's): Geingob is Mbumba's predecessor",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "The president, now Nandi-Ndaitwah,",
        "The president, now Mbumba,",
        c(
            CONTRADICTED,
            "netumbo-nandi-ndaitwah",
            "'- Term Start: 21 March 2025' '- Predecessor: Nangolo Mbumba'; 'the fifth and current president of Namibia since 21 March 2025': Mbumba left the office on 21 March 2025",
        ),
        "past holder as current",
    ),
    (
        "v10-nandi-ndaitwah-early",
        "On 20 March, Mbumba was still president",
        "On 20 March, Nandi-Ndaitwah was already president",
        c(
            CONTRADICTED,
            "netumbo-nandi-ndaitwah",
            "'- Term Start: 21 March 2025'; '- Office2: Vice President of Namibia' '- Term End2: 21 March 2025': not president on 2025-03-20",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "becoming Namibia's fifth president",
        "becoming Namibia's sixth president",
        c(
            CONTRADICTED,
            "netumbo-nandi-ndaitwah",
            "'- Order: 5th' '- Office: President of Namibia'; 'the fifth and current president of Namibia'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Nandi-Ndaitwah, 72,",
        "Nandi-Ndaitwah, 75,",
        c(
            CONTRADICTED,
            "netumbo-nandi-ndaitwah netumbo-nandi-ndaitwah-2024",
            "'(born 29October 1952)'; 'Birth Date:29 October 1952': 72 on 2025-03-24",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("na-2025-03-24", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-born-1952",
        "Nandi-Ndaitwah, 72,",
        "Nandi-Ndaitwah, born in 1952,",
        c(
            SUPPORTED,
            "netumbo-nandi-ndaitwah netumbo-nandi-ndaitwah-2024",
            "'(born 29October 1952)'; 'Birth Date:29 October 1952'",
        ),
        None,
    ),
    (
        "r02-took-over",
        "She succeeded Nangolo Mbumba",
        "She took over from Nangolo Mbumba",
        c(SUPPORTED, "netumbo-nandi-ndaitwah", "'- Predecessor: Nangolo Mbumba'"),
        None,
    ),
]:
    CHANGES.append(Change("na-2025-03-24", name, old, new, claim, None, key))

# ---------------------------------------------------------------- Boeing's president and chief executive officer, August 2024
# Boeing's change of president and chief executive officer: Dave Calhoun, president and CEO since January 2020 (announced
# in March 2024 that he would step down by the end of the year), left on Wednesday 7 August 2024, and Kelly Ortberg took
# over on Thursday 8 August. Written blind, as TUNING: the set's first company and first chief executive officer ('president
# and chief executive officer', 'CEO', a former board chairman, a board chair named in no stored page). 'Dave Calhoun' has
# two copies (the en.wikipedia.org permanent link to the revision of 17 September 2023, 'Term January 2020 – present'; a
# WikiMili copy written after 7 August 2024, 'Successor | Kelly Ortberg'), 'Boeing' two mirror copies (popflock.com, 2020-2021,
# headquarters in Chicago, Calhoun 'President and CEO'; detailedpedia.com, first half of 2024, headquarters in Arlington,
# Virginia). No copy of 'Kelly Ortberg' was found: what he did before Boeing, his age and his seat on the board are in no
# stored page (unverified). The Calhoun copies disagree on his birthplace (Philadelphia; 'born ... in Allentown'): no claim
# rests on it. What the later copies say of earlier dates is read as of each article's date.
BASES.append(
    Base(
        "boeing-2024-08-05",
        "2024-08-05",
        "tuning",
        """Calhoun begins his last week as Boeing's chief executive

ARLINGTON, Virginia, Aug 5 - Dave Calhoun begins his last week as president and chief executive officer of Boeing on Monday. He will step down on Wednesday, 7 August, and be succeeded by Kelly Ortberg, a former head of Rockwell Collins. Until Wednesday, Boeing's chief executive remains Dave Calhoun. Kelly Ortberg, who takes over on Thursday, will also join the board.

Calhoun has led the company since January 2020, when he replaced Dennis Muilenburg, who was fired amid safety concerns over the 737 MAX after two fatal crashes that killed 346 passengers and crew. He had been Boeing's chairman before that. In March, Boeing announced that he would step down by the end of the year.

Calhoun, 67, grew up in Allentown, Pennsylvania, and graduated from Parkland High School in 1975. He studied accounting at Virginia Tech, graduating in 1979. He spent 26 years at General Electric, where he was appointed vice chairman in 2005, and became chief executive of VNU, later renamed Nielsen Holdings, in 2006.

The American company, founded in Seattle by William E. Boeing on July 15, 1916, has its headquarters in Arlington, Virginia. It employed 170,688 people at the end of 2023. Its present form dates from the merger with McDonnell Douglas on August 1, 1997. Boeing ranked 54th on the Fortune 500 list in 2020.
""",
        {
            "Dave Calhoun begins his last week as president and chief executive officer of Boeing": c(
                SUPPORTED,
                "dave-calhoun dave-calhoun-2023",
                "'president and chief executive of Boeing from January 2020 to August 7, 2024'; 'president and chief executive officer of Boeing since January 2020': his last week begins on 2024-08-05",
            ),
            "He will step down on Wednesday, 7 August": c(
                SUPPORTED, "dave-calhoun", "'president and chief executive of Boeing from January 2020 to August 7, 2024' (a Wednesday)"
            ),
            "and be succeeded by Kelly Ortberg": c(SUPPORTED, "dave-calhoun", "'Successor | Kelly Ortberg'"),
            "a former head of Rockwell Collins": c(
                UNVERIFIED, "", "no stored page says what Ortberg did before Boeing (no copy of his page was found)"
            ),
            "Until Wednesday, Boeing's chief executive remains Dave Calhoun": c(
                SUPPORTED,
                "dave-calhoun-2023 dave-calhoun",
                "'Term January 2020 – present'; 'from January 2020 to August 7, 2024': Calhoun chief executive on 2024-08-05",
            ),
            "Kelly Ortberg, who takes over on Thursday,": c(
                SUPPORTED,
                "dave-calhoun",
                "'from January 2020 to August 7, 2024'; 'Successor | Kelly Ortberg': Ortberg chief executive from Thursday 8 August 2024",
            ),
            "will also join the board": c(UNVERIFIED, "", "no stored page says whether Ortberg sits on Boeing's board"),
            "Calhoun has led the company since January 2020": c(
                SUPPORTED,
                "dave-calhoun-2023 dave-calhoun",
                "'Term January 2020 – present'; 'president and chief executive officer of Boeing since January 2020'; 'Term | January 2020 – August 2024'",
            ),
            "when he replaced Dennis Muilenburg": c(
                SUPPORTED, "dave-calhoun-2023 dave-calhoun", "'his predecessor Dennis Muilenburg'; 'Predecessor | Dennis Muilenburg'"
            ),
            "who was fired amid safety concerns over the 737 MAX": c(
                SUPPORTED,
                "dave-calhoun-2023 dave-calhoun",
                "'his predecessor Dennis Muilenburg was fired amidst safety concerns regarding the 737 MAX'",
            ),
            "after two fatal crashes that killed 346 passengers and crew": c(
                SUPPORTED,
                "dave-calhoun-2023 dave-calhoun",
                "'after two fatal crashes that claimed the lives of 346 passengers and crew on board'",
            ),
            "He had been Boeing's chairman before that": c(
                SUPPORTED, "dave-calhoun-2023 dave-calhoun", "'He was previously Boeing's chairman'"
            ),
            "In March, Boeing announced that he would step down by the end of the year": c(
                SUPPORTED,
                "dave-calhoun",
                "'In March 2024, Boeing announced that Calhoun would step down as chief executive by the end of 2024'",
            ),
            "Calhoun, 67,": c(
                SUPPORTED,
                "dave-calhoun-2023 dave-calhoun",
                "'(1957-04-18) April 18, 1957'; 'born April 18, 1957': 67 on 2024-08-05",
            ),
            "grew up in Allentown, Pennsylvania": c(
                SUPPORTED, "dave-calhoun-2023 dave-calhoun", "'grew up in Allentown, Pennsylvania'"
            ),
            "graduated from Parkland High School in 1975": c(
                SUPPORTED,
                "dave-calhoun-2023 dave-calhoun",
                "'He attended Parkland High School in South Whitehall Township, Pennsylvania, graduating in 1975'",
            ),
            "He studied accounting at Virginia Tech, graduating in 1979": c(
                SUPPORTED,
                "dave-calhoun-2023 dave-calhoun",
                "'He attended Virginia Tech, graduating in 1979 with a degree in accounting'",
            ),
            "He spent 26 years at General Electric": c(
                SUPPORTED, "dave-calhoun-2023 dave-calhoun", "'General Electric (GE)'; 'He worked at GE for 26 years'"
            ),
            "where he was appointed vice chairman in 2005": c(
                SUPPORTED,
                "dave-calhoun-2023 dave-calhoun",
                "'appointed as vice chairman of the company and a member of GE's Board of Directors in 2005'; 'appointed vice chairman and a member of GE's Board of Directors in 2005'",
            ),
            "and became chief executive of VNU, later renamed Nielsen Holdings, in 2006": c(
                SUPPORTED,
                "dave-calhoun-2023 dave-calhoun",
                "'Calhoun left GE to join privately held global information services firm VNU as CEO in 2006'; 'the company rebranded itself as Nielsen Holdings'",
            ),
            "The American company": c(
                SUPPORTED, "boeing boeing-2020", "'The Boeing Company'; 'is an American multinational corporation'"
            ),
            "founded in Seattle by William E. Boeing": c(
                SUPPORTED,
                "boeing boeing-2020",
                "'Founder William E. Boeing'; 'Boeing was founded by William Boeing in Seattle, Washington, on July 15, 1916'",
            ),
            "on July 15, 1916": c(SUPPORTED, "boeing boeing-2020", "'Founded July 15, 1916'"),
            "has its headquarters in Arlington, Virginia": c(
                SUPPORTED,
                "boeing",
                "'As of 2023, the Boeing Company's corporate headquarters is located in the Crystal City neighborhood of Arlington, Virginia'",
            ),
            "It employed 170,688 people at the end of 2023": c(
                SUPPORTED,
                "boeing",
                "'Number of employees' 'Increase 170,688 (2023)' 'Financials as of December 31, 2023'",
            ),
            "Its present form dates from the merger with McDonnell Douglas on August 1, 1997": c(
                SUPPORTED,
                "boeing boeing-2020",
                "'The present corporation is the result of the merger of Boeing with McDonnell Douglas on August 1, 1997'",
            ),
            "Boeing ranked 54th on the Fortune 500 list in 2020": c(
                SUPPORTED, "boeing", "'Boeing is ranked 54th on the Fortune 500 list (2020)'"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-chairman",
        "Dave Calhoun begins his last week as president and chief executive officer of Boeing",
        "Dave Calhoun begins his last week as chairman of Boeing",
        c(
            CONTRADICTED,
            "dave-calhoun-2023 dave-calhoun",
            "'He was previously Boeing's chairman'; 'Title President and CEO, Boeing': chairman before he became chief executive, not in 2024",
        ),
        "sibling office",
    ),
    (
        "v02-ge-chairman",
        "where he was appointed vice chairman in 2005",
        "where he was appointed chairman in 2005",
        c(
            CONTRADICTED,
            "dave-calhoun-2023 dave-calhoun",
            "'appointed as vice chairman of the company and a member of GE's Board of Directors in 2005'; 'appointed vice chairman and a member of GE's Board of Directors in 2005'",
        ),
        "vice or deputy",
    ),
    (
        "v03-country",
        "The American company",
        "The British company",
        c(CONTRADICTED, "boeing boeing-2020", "'The Boeing Company'; 'is an American multinational corporation'"),
        "wrong country",
    ),
    (
        "v04-crashes",
        "after two fatal crashes that killed 346 passengers and crew",
        "after three fatal crashes that killed 346 passengers and crew",
        c(
            CONTRADICTED,
            "dave-calhoun-2023 dave-calhoun",
            "'after two fatal crashes that claimed the lives of 346 passengers and crew on board'",
        ),
        "wrong count",
    ),
    (
        "v05-date",
        "He will step down on Wednesday, 7 August",
        "He will step down on Wednesday, 14 August",
        c(CONTRADICTED, "dave-calhoun", "'president and chief executive of Boeing from January 2020 to August 7, 2024'"),
        "wrong date",
    ),
    (
        "v06-year",
        "Calhoun has led the company since January 2020",
        "Calhoun has led the company since January 2019",
        c(
            CONTRADICTED,
            "dave-calhoun-2023 dave-calhoun",
            "'Term January 2020 – present'; 'president and chief executive officer of Boeing since January 2020'; 'Term | January 2020 – August 2024'",
        ),
        "wrong year",
    ),
    (
        "v07-pittsburgh",
        "grew up in Allentown, Pennsylvania",
        "grew up in Pittsburgh, Pennsylvania",
        c(CONTRADICTED, "dave-calhoun-2023 dave-calhoun", "'grew up in Allentown, Pennsylvania'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "when he replaced Dennis Muilenburg",
        "when he replaced James McNerney",
        c(
            CONTRADICTED,
            "dave-calhoun-2023 dave-calhoun",
            "'his predecessor Dennis Muilenburg'; 'Predecessor | Dennis Muilenburg'",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "Until Wednesday, Boeing's chief executive remains Dave Calhoun",
        "Until Wednesday, Boeing's chief executive remains Dennis Muilenburg",
        c(
            CONTRADICTED,
            "dave-calhoun-2023 dave-calhoun",
            "'his predecessor Dennis Muilenburg was fired'; 'Term January 2020 – present': Calhoun chief executive on 2024-08-05, Muilenburg gone since 2019",
        ),
        "past holder as current",
    ),
    (
        "v10-ortberg-early",
        "Kelly Ortberg, who takes over on Thursday,",
        "Kelly Ortberg, who took over last Thursday,",
        c(
            CONTRADICTED,
            "dave-calhoun dave-calhoun-2023",
            "'from January 2020 to August 7, 2024'; 'Term January 2020 – present': Calhoun, not Ortberg, chief executive on Thursday 1 August 2024",
        ),
        "successor before taking office",
    ),
    (
        "v11-fortune",
        "Boeing ranked 54th on the Fortune 500 list in 2020",
        "Boeing ranked 45th on the Fortune 500 list in 2020",
        c(CONTRADICTED, "boeing", "'Boeing is ranked 54th on the Fortune 500 list (2020)'"),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Calhoun, 67,",
        "Calhoun, 72,",
        c(
            CONTRADICTED,
            "dave-calhoun-2023 dave-calhoun",
            "'(1957-04-18) April 18, 1957'; 'born April 18, 1957': 67 on 2024-08-05",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("boeing-2024-08-05", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-born-1957",
        "Calhoun, 67,",
        "Calhoun, born in 1957,",
        c(SUPPORTED, "dave-calhoun-2023 dave-calhoun", "'(1957-04-18) April 18, 1957'; 'born April 18, 1957'"),
        None,
    ),
    (
        "r02-chief-executive-since",
        "Calhoun has led the company since January 2020",
        "Calhoun has been Boeing's chief executive since January 2020",
        c(
            SUPPORTED,
            "dave-calhoun-2023 dave-calhoun",
            "'president and chief executive officer of Boeing since January 2020'; 'Term January 2020 – present'",
        ),
        None,
    ),
]:
    CHANGES.append(Change("boeing-2024-08-05", name, old, new, claim, None, key))
BASES.append(
    Base(
        "boeing-2024-08-12",
        "2024-08-12",
        "tuning",
        """Ortberg starts as Boeing's chief executive

SEATTLE, Aug 12 - Kelly Ortberg took over as president and chief executive officer of Boeing on Thursday, 8 August, succeeding Dave Calhoun. Boeing's chief executive is now Ortberg. Last Monday, Calhoun was still Boeing's chief executive. Ortberg, 64, will work from Seattle rather than the company's headquarters. The search was led by Steve Mollenkopf, who chairs the board.

Calhoun, Boeing's president and chief executive from January 2020 to 7 August, led the company for more than four years. In March 2024, Boeing announced that he would step down by the end of the year. He had replaced Dennis Muilenburg. Earlier, he was chief executive of VNU from 2006; renamed Nielsen Holdings, it returned to the public markets in 2011 and was added to the S&P 500 Index in 2013. He became executive chairman of Nielsen in 2014, when he also joined The Blackstone Group.

Boeing's corporate headquarters is in the Crystal City neighborhood of Arlington, Virginia. The company is organized into three primary divisions: Boeing Commercial Airplanes, Boeing Defense, Space & Security and Boeing Global Services. It is the fourth-largest defense contractor in the world by 2022 revenue and the largest exporter in the United States by dollar value. Its revenue in 2023 was US$77.79 billion, and it delivered 528 commercial aircraft that year.
""",
        {
            "Kelly Ortberg took over as president and chief executive officer of Boeing": c(
                SUPPORTED, "dave-calhoun", "'Title | President and CEO, Boeing |'; 'Successor | Kelly Ortberg'"
            ),
            "on Thursday, 8 August": c(
                SUPPORTED,
                "dave-calhoun",
                "'from January 2020 to August 7, 2024'; 'Successor | Kelly Ortberg': Ortberg chief executive from Thursday 8 August 2024",
            ),
            "succeeding Dave Calhoun": c(SUPPORTED, "dave-calhoun", "'Successor | Kelly Ortberg'"),
            "Boeing's chief executive is now Ortberg": c(
                SUPPORTED,
                "dave-calhoun",
                "'president and chief executive of Boeing from January 2020 to August 7, 2024'; 'Successor | Kelly Ortberg'",
            ),
            "Last Monday, Calhoun was still Boeing's chief executive": c(
                SUPPORTED,
                "dave-calhoun dave-calhoun-2023",
                "'president and chief executive of Boeing from January 2020 to August 7, 2024': Calhoun chief executive on Monday 5 August 2024",
            ),
            "Ortberg, 64,": c(UNVERIFIED, "", "no stored page gives Ortberg's birth date (no copy of his page was found)"),
            "will work from Seattle rather than the company's headquarters": c(
                UNVERIFIED, "", "no stored page says where Ortberg works"
            ),
            "The search was led by Steve Mollenkopf, who chairs the board": c(
                UNVERIFIED, "", "no stored page names Boeing's board chair in 2024 or who led the search"
            ),
            "Calhoun, Boeing's president and chief executive from January 2020 to 7 August,": c(
                SUPPORTED, "dave-calhoun", "'president and chief executive of Boeing from January 2020 to August 7, 2024'"
            ),
            "led the company for more than four years": c(
                SUPPORTED,
                "dave-calhoun",
                "'from January 2020 to August 7, 2024': four years and seven months",
            ),
            "In March 2024, Boeing announced that he would step down by the end of the year": c(
                SUPPORTED,
                "dave-calhoun",
                "'In March 2024, Boeing announced that Calhoun would step down as chief executive by the end of 2024'",
            ),
            "He had replaced Dennis Muilenburg": c(
                SUPPORTED, "dave-calhoun dave-calhoun-2023", "'Predecessor | Dennis Muilenburg'; 'his predecessor Dennis Muilenburg'"
            ),
            "Earlier, he was chief executive of VNU from 2006": c(
                SUPPORTED,
                "dave-calhoun dave-calhoun-2023",
                "'Calhoun left GE to join privately held global information services firm VNU as CEO in 2006'",
            ),
            "renamed Nielsen Holdings, it returned to the public markets in 2011": c(
                SUPPORTED,
                "dave-calhoun",
                "'the company rebranded itself as Nielsen Holdings, returned to the public markets in 2011'",
            ),
            "and was added to the S&P 500 Index in 2013": c(
                SUPPORTED, "dave-calhoun", "'and was added to the S&P 500 Index in 2013'"
            ),
            "He became executive chairman of Nielsen in 2014": c(
                SUPPORTED, "dave-calhoun", "'In 2014, Calhoun became executive chairman of Nielsen'"
            ),
            "when he also joined The Blackstone Group": c(
                SUPPORTED, "dave-calhoun", "'and also joined The Blackstone Group as a Senior Managing Director'"
            ),
            "Boeing's corporate headquarters is in the Crystal City neighborhood of Arlington, Virginia": c(
                SUPPORTED,
                "boeing",
                "'As of 2023, the Boeing Company's corporate headquarters is located in the Crystal City neighborhood of Arlington, Virginia'",
            ),
            "The company is organized into three primary divisions": c(
                SUPPORTED,
                "boeing",
                "'The company is organized into three primary divisions: Boeing Commercial Airplanes (BCA), Boeing Defense, Space & Security (BDS) and Boeing Global Services (BGS)'",
            ),
            "It is the fourth-largest defense contractor in the world by 2022 revenue": c(
                SUPPORTED, "boeing", "'it is the fourth-largest defense contractor in the world based on 2022 revenue'"
            ),
            "and the largest exporter in the United States by dollar value": c(
                SUPPORTED, "boeing boeing-2020", "'is the largest exporter in the United States by dollar value'"
            ),
            "Its revenue in 2023 was US$77.79 billion": c(
                SUPPORTED, "boeing", "'RevenueIncrease US$77.79billion (2023)'"
            ),
            "and it delivered 528 commercial aircraft that year": c(
                SUPPORTED, "boeing", "'Production output' 'Increase 528 commercial aircraft,' 'Steady 5 satellites (2023)'"
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-cfo",
        "Calhoun, Boeing's president and chief executive from January 2020 to 7 August,",
        "Calhoun, Boeing's chief financial officer from January 2020 to 7 August,",
        c(
            CONTRADICTED,
            "dave-calhoun",
            "'Title | President and CEO, Boeing |' 'Term | January 2020 – August 2024 |': president and chief executive in those years, not the chief financial officer",
        ),
        "sibling office",
    ),
    (
        "v02-vice-chairman",
        "He became executive chairman of Nielsen in 2014",
        "He became executive vice chairman of Nielsen in 2014",
        c(CONTRADICTED, "dave-calhoun", "'In 2014, Calhoun became executive chairman of Nielsen'"),
        "vice or deputy",
    ),
    (
        "v03-canada",
        "and the largest exporter in the United States by dollar value",
        "and the largest exporter in Canada by dollar value",
        c(
            CONTRADICTED,
            "boeing boeing-2020",
            "'is an American multinational corporation'; 'is the largest exporter in the United States by dollar value'",
        ),
        "wrong country",
    ),
    (
        "v04-divisions",
        "The company is organized into three primary divisions",
        "The company is organized into four primary divisions",
        c(
            CONTRADICTED,
            "boeing",
            "'The company is organized into three primary divisions: Boeing Commercial Airplanes (BCA), Boeing Defense, Space & Security (BDS) and Boeing Global Services (BGS)'",
        ),
        "wrong count",
    ),
    (
        "v05-date",
        "on Thursday, 8 August",
        "on Thursday, 1 August",
        c(
            CONTRADICTED,
            "dave-calhoun",
            "'from January 2020 to August 7, 2024'; 'Successor | Kelly Ortberg': Calhoun chief executive until 7 August 2024",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "In March 2024, Boeing announced that he would step down by the end of the year",
        "In March 2023, Boeing announced that he would step down by the end of the year",
        c(
            CONTRADICTED,
            "dave-calhoun",
            "'In March 2024, Boeing announced that Calhoun would step down as chief executive by the end of 2024'",
        ),
        "wrong year",
    ),
    (
        "v07-chicago",
        "Boeing's corporate headquarters is in the Crystal City neighborhood of Arlington, Virginia",
        "Boeing's corporate headquarters is in Chicago, Illinois",
        c(
            CONTRADICTED,
            "boeing",
            "'As of 2023, the Boeing Company's corporate headquarters is located in the Crystal City neighborhood of Arlington, Virginia' (the 2020 copy's Chicago headquarters is stale)",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "succeeding Dave Calhoun",
        "succeeding Dennis Muilenburg",
        c(
            CONTRADICTED,
            "dave-calhoun",
            "'Predecessor | Dennis Muilenburg' 'Successor | Kelly Ortberg': Muilenburg preceded Calhoun, Ortberg followed him",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "Boeing's chief executive is now Ortberg",
        "Boeing's chief executive is now Calhoun",
        c(
            CONTRADICTED,
            "dave-calhoun",
            "'president and chief executive of Boeing from January 2020 to August 7, 2024'; 'Successor | Kelly Ortberg'",
        ),
        "past holder as current",
    ),
    (
        "v10-ortberg-early",
        "Last Monday, Calhoun was still Boeing's chief executive",
        "Last Monday, Ortberg was already Boeing's chief executive",
        c(
            CONTRADICTED,
            "dave-calhoun dave-calhoun-2023",
            "'president and chief executive of Boeing from January 2020 to August 7, 2024'; 'Successor | Kelly Ortberg': Calhoun, not Ortberg, chief executive on Monday 5 August 2024",
        ),
        "successor before taking office",
    ),
    (
        "v11-third-largest",
        "It is the fourth-largest defense contractor in the world by 2022 revenue",
        "It is the third-largest defense contractor in the world by 2022 revenue",
        c(CONTRADICTED, "boeing", "'it is the fourth-largest defense contractor in the world based on 2022 revenue'"),
        "wrong ordinal",
    ),
    (
        "v12-duration",
        "led the company for more than four years",
        "led the company for more than six years",
        c(
            CONTRADICTED,
            "dave-calhoun",
            "'from January 2020 to August 7, 2024': four years and seven months",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("boeing-2024-08-12", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-replacing",
        "succeeding Dave Calhoun",
        "replacing Dave Calhoun",
        c(SUPPORTED, "dave-calhoun", "'Successor | Kelly Ortberg'"),
        None,
    ),
    (
        "r02-predecessor-was",
        "He had replaced Dennis Muilenburg",
        "His predecessor was Dennis Muilenburg",
        c(
            SUPPORTED,
            "dave-calhoun dave-calhoun-2023",
            "'Predecessor | Dennis Muilenburg'; 'his predecessor Dennis Muilenburg'",
        ),
        None,
    ),
]:
    CHANGES.append(Change("boeing-2024-08-12", name, old, new, claim, None, key))

# Chicago's change of mayor: Lori Lightfoot, mayor since 20 May 2019, failed to qualify for the 2023 runoff, and Brandon
# Johnson, who beat Paul Vallas in it, took office on Monday 15 May 2023. Written blind, as HELD-OUT: the set's first
# mayor and first office of a city government. 'Lori Lightfoot' has two copies (Simple English Wikipedia's, written while
# she was mayor, 'Assumed office May 20, 2019'; an askwikinow.com mirror written after her term, 'May 20, 2019 – May 15,
# 2023', 'Succeeded byBrandon Johnson'), 'Brandon Johnson' one (WikiMili, written while he was mayor, 'Assumed office May
# 15, 2023'), 'Mayor of Chicago' two (an older WikiMili copy, Lightfoot 'since May 20, 2019'; Wikiwand's, 'since May 15,
# 2023'). No stored page gives the runoff's date or what Johnson did besides teaching. What the later copies say of
# earlier dates is read as of each article's date.
BASES.append(
    Base(
        "chi-2023-05-12",
        "2023-05-12",
        "held-out",
        """Chicago prepares for a new mayor

CHICAGO, May 12 - Brandon Johnson will be sworn in as mayor of Chicago on Monday, May 15. Until then, the city's mayor remains Lori Lightfoot. Johnson, the mayor-elect, won the runoff against Paul Vallas after the two advanced from the first round. Lightfoot failed to qualify for the runoff, becoming the city's first incumbent mayor to not be reelected since Jane Byrne in 1983. Johnson's transition team said he would hold his first cabinet meeting within a week.

Lightfoot, 60, has been mayor since May 20, 2019, when she succeeded Rahm Emanuel. The city's 56th mayor, she defeated Toni Preckwinkle in a runoff in 2019. She is the first black woman and the second woman, after Byrne, to serve as mayor of Chicago. Before becoming mayor, she was president of the Chicago Police Board. She was born in Massillon, Ohio, and holds a law degree from the University of Chicago.

Johnson, 47, was born in Elgin, Illinois, one of ten children. He has served on the Cook County Board of Commissioners since 2018, representing the 1st district. He earned a master's degree in teaching from Aurora University and worked as a union organizer.

The mayor is the chief executive of city government in Chicago, the third-largest city in the United States, and is elected for a term of four years, with no term limits. The office was created in 1837; its first holder was William B. Ogden.
""",
        {
            "Brandon Johnson will be sworn in as mayor of Chicago": c(
                SUPPORTED,
                "brandon-johnson lori-lightfoot",
                "'57th Mayor of Chicago | |' 'Assumed office May 15, 2023 | |'; 'Succeeded byBrandon Johnson'",
            ),
            "on Monday, May 15": c(
                SUPPORTED,
                "brandon-johnson lori-lightfoot",
                "'Assumed office May 15, 2023' (a Monday); 'In office' 'May 20, 2019 – May 15, 2023'",
            ),
            "Until then, the city's mayor remains Lori Lightfoot": c(
                SUPPORTED,
                "lori-lightfoot lori-lightfoot-2021 mayor-of-chicago-2019",
                "'May 20, 2019 – May 15, 2023'; 'Lightfoot is the 56th Mayor of Chicago since 2019'; 'Lori Lightfoot' 'since May 20, 2019': Lightfoot mayor on 2023-05-12",
            ),
            "Johnson, the mayor-elect,": c(
                SUPPORTED,
                "brandon-johnson",
                "'Johnson defeated Vallas in the runoff election and was elected to serve as the 57th mayor of Chicago'; 'Assumed office May 15, 2023': elected, not yet in office on 2023-05-12",
            ),
            "won the runoff against Paul Vallas": c(
                SUPPORTED, "brandon-johnson", "'Johnson defeated Vallas in the runoff election'"
            ),
            "after the two advanced from the first round": c(
                SUPPORTED, "brandon-johnson", "'In the first round of the election, he and Paul Vallas advanced to a runoff'"
            ),
            "Lightfoot failed to qualify for the runoff": c(
                SUPPORTED, "lori-lightfoot", "'She ran again in 2023 but failed to qualify for the runoff'"
            ),
            "becoming the city's first incumbent mayor to not be reelected since Jane Byrne in 1983": c(
                SUPPORTED,
                "lori-lightfoot",
                "'becoming the city's first incumbent mayor to not be reelected since Jane Byrne in 1983'",
            ),
            "Johnson's transition team said he would hold his first cabinet meeting within a week": c(
                UNVERIFIED, "", "no stored page mentions Johnson's transition team or his cabinet"
            ),
            "Lightfoot, 60,": c(
                SUPPORTED,
                "lori-lightfoot lori-lightfoot-2021",
                "'(1962-08-04) August 4, 1962'; 'born August 4, 1962': 60 on 2023-05-12",
            ),
            "has been mayor since May 20, 2019": c(
                SUPPORTED,
                "lori-lightfoot-2021 mayor-of-chicago-2019 lori-lightfoot",
                "'Assumed office' 'May 20, 2019'; 'since May 20, 2019'; 'May 20, 2019 – May 15, 2023'",
            ),
            "when she succeeded Rahm Emanuel": c(
                SUPPORTED, "lori-lightfoot lori-lightfoot-2021", "'Preceded byRahm Emanuel'"
            ),
            "The city's 56th mayor": c(
                SUPPORTED, "lori-lightfoot lori-lightfoot-2021", "'56th Mayor of Chicago'"
            ),
            "she defeated Toni Preckwinkle in a runoff in 2019": c(
                SUPPORTED,
                "lori-lightfoot",
                "'In 2019, Lightfoot defeated Toni Preckwinkle in a runoff election for Chicago mayor'",
            ),
            "She is the first black woman and the second woman, after Byrne, to serve as mayor of Chicago": c(
                SUPPORTED,
                "lori-lightfoot",
                "'She is also the first black woman, the second woman (after Byrne), and the third black person (after Harold Washington and Eugene Sawyer) to serve as mayor of Chicago'",
            ),
            "Before becoming mayor, she was president of the Chicago Police Board": c(
                SUPPORTED,
                "lori-lightfoot lori-lightfoot-2021",
                "'President of the Chicago Police Board' 'In office' 'May 2015 – May 2018'; 'Lightfoot was President of the Chicago Police Board'",
            ),
            "She was born in Massillon, Ohio": c(
                SUPPORTED, "lori-lightfoot lori-lightfoot-2021", "'Massillon, Ohio, U.S.'; 'Lightfoot was born in Massillon, Ohio'"
            ),
            "and holds a law degree from the University of Chicago": c(
                SUPPORTED, "lori-lightfoot lori-lightfoot-2021", "'University of Chicago (JD)'"
            ),
            "Johnson, 47,": c(SUPPORTED, "brandon-johnson", "'March 27,1976'; 'born March 27, 1976': 47 on 2023-05-12"),
            "was born in Elgin, Illinois": c(
                SUPPORTED, "brandon-johnson", "'Born | Elgin,Illinois,U.S.'; 'Johnson was born in Elgin, Illinois'"
            ),
            "one of ten children": c(
                SUPPORTED, "brandon-johnson", "'He was one of ten children born to Andrew and Wilma Jean Johnson'"
            ),
            "He has served on the Cook County Board of Commissioners since 2018": c(
                SUPPORTED,
                "brandon-johnson",
                "'Member of the Cook County Board of Commissioners from the 1st district' 'In office December 3,2018 –May 15,2023': on the board on 2023-05-12",
            ),
            "representing the 1st district": c(
                SUPPORTED, "brandon-johnson", "'served on the Cook County Board of Commissioners from 2018 to 2023, representing the 1st district'"
            ),
            "He earned a master's degree in teaching from Aurora University": c(
                SUPPORTED,
                "brandon-johnson",
                "'Johnson earned a bachelor's degree in youth development and a master's degree in teaching from Aurora University'",
            ),
            "and worked as a union organizer": c(
                UNVERIFIED, "", "no stored page says Johnson worked as a union organizer (his page calls him a politician and educator only)"
            ),
            "The mayor is the chief executive of city government in Chicago": c(
                SUPPORTED,
                "mayor-of-chicago mayor-of-chicago-2019",
                "'The mayor of Chicago is the chief executive of city government in Chicago, Illinois'",
            ),
            "the third-largest city in the United States": c(
                SUPPORTED,
                "mayor-of-chicago mayor-of-chicago-2019",
                "'Chicago, Illinois, the third-largest city in the United States'",
            ),
            "is elected for a term of four years": c(
                SUPPORTED,
                "mayor-of-chicago-2019 mayor-of-chicago",
                "'elected by general election for a term of four years, with no term limits'; 'Term length 4 years'",
            ),
            "with no term limits": c(
                SUPPORTED, "mayor-of-chicago-2019", "'elected by general election for a term of four years, with no term limits'"
            ),
            "The office was created in 1837": c(
                SUPPORTED, "mayor-of-chicago", "'The office of mayor was created when Chicago became a city in 1837'; 'Formation1837'"
            ),
            "its first holder was William B. Ogden": c(
                SUPPORTED,
                "mayor-of-chicago mayor-of-chicago-2019",
                "'The first mayor was William B. Ogden'; 'Inaugural holder William Butler Ogden'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-treasurer",
        "Brandon Johnson will be sworn in as mayor of Chicago",
        "Brandon Johnson will be sworn in as treasurer of Chicago",
        c(
            CONTRADICTED,
            "brandon-johnson lori-lightfoot",
            "'57th Mayor of Chicago | |' 'Assumed office May 15, 2023 | |'; 'Succeeded byBrandon Johnson': he took the mayor's office, not the treasurer's",
        ),
        "sibling office",
    ),
    (
        "v02-police-board-vice",
        "Before becoming mayor, she was president of the Chicago Police Board",
        "Before becoming mayor, she was vice president of the Chicago Police Board",
        c(
            CONTRADICTED,
            "lori-lightfoot lori-lightfoot-2021",
            "'President of the Chicago Police Board' 'In office' 'May 2015 – May 2018'; 'Lightfoot was President of the Chicago Police Board'",
        ),
        "vice or deputy",
    ),
    (
        "v03-canada",
        "the third-largest city in the United States",
        "the third-largest city in Canada",
        c(
            CONTRADICTED,
            "mayor-of-chicago mayor-of-chicago-2019",
            "'Chicago, Illinois, the third-largest city in the United States'",
        ),
        "wrong country",
    ),
    (
        "v04-children",
        "one of ten children",
        "one of eight children",
        c(
            CONTRADICTED,
            "brandon-johnson",
            "'He was one of ten children born to Andrew and Wilma Jean Johnson'; 'grew up in Elgin with his nine siblings'",
        ),
        "wrong count",
    ),
    (
        "v05-date",
        "on Monday, May 15",
        "on Monday, May 22",
        c(
            CONTRADICTED,
            "brandon-johnson lori-lightfoot",
            "'Assumed office May 15, 2023'; 'May 20, 2019 – May 15, 2023'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "He has served on the Cook County Board of Commissioners since 2018",
        "He has served on the Cook County Board of Commissioners since 2014",
        c(
            CONTRADICTED,
            "brandon-johnson",
            "'In office December 3,2018 –May 15,2023'; 'Johnson was first elected to the Cook County Board of Commissioners in 2018'",
        ),
        "wrong year",
    ),
    (
        "v07-cleveland",
        "She was born in Massillon, Ohio",
        "She was born in Cleveland, Ohio",
        c(
            CONTRADICTED,
            "lori-lightfoot lori-lightfoot-2021",
            "'Massillon, Ohio, U.S.'; 'Lightfoot was born in Massillon, Ohio'",
        ),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "when she succeeded Rahm Emanuel",
        "when she succeeded Richard M. Daley",
        c(CONTRADICTED, "lori-lightfoot lori-lightfoot-2021", "'Preceded byRahm Emanuel'"),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "Until then, the city's mayor remains Lori Lightfoot",
        "Until then, the city's mayor remains Rahm Emanuel",
        c(
            CONTRADICTED,
            "lori-lightfoot lori-lightfoot-2021 mayor-of-chicago-2019",
            "'Preceded byRahm Emanuel'; 'May 20, 2019 – May 15, 2023'; 'Lori Lightfoot' 'since May 20, 2019': Lightfoot, not Emanuel, mayor on 2023-05-12",
        ),
        "past holder as current",
    ),
    (
        "v10-johnson-early",
        "Johnson, the mayor-elect,",
        "Johnson, mayor since last week,",
        c(
            CONTRADICTED,
            "brandon-johnson lori-lightfoot",
            "'Assumed office May 15, 2023'; 'May 20, 2019 – May 15, 2023': Lightfoot, not Johnson, mayor in the week before 2023-05-12",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "The city's 56th mayor",
        "The city's 55th mayor",
        c(CONTRADICTED, "lori-lightfoot lori-lightfoot-2021", "'56th Mayor of Chicago'"),
        "wrong ordinal",
    ),
    (
        "v12-age",
        "Lightfoot, 60,",
        "Lightfoot, 62,",
        c(
            CONTRADICTED,
            "lori-lightfoot lori-lightfoot-2021",
            "'(1962-08-04) August 4, 1962'; 'born August 4, 1962': 60 on 2023-05-12",
        ),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("chi-2023-05-12", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-held-the-office",
        "has been mayor since May 20, 2019",
        "has held the office since May 20, 2019",
        c(
            SUPPORTED,
            "lori-lightfoot-2021 mayor-of-chicago-2019 lori-lightfoot",
            "'Assumed office' 'May 20, 2019'; 'since May 20, 2019'; 'May 20, 2019 – May 15, 2023'",
        ),
        None,
    ),
    (
        "r02-defeated-vallas",
        "won the runoff against Paul Vallas",
        "defeated Paul Vallas in the runoff",
        c(SUPPORTED, "brandon-johnson", "'Johnson defeated Vallas in the runoff election'"),
        None,
    ),
]:
    CHANGES.append(Change("chi-2023-05-12", name, old, new, claim, None, key))
BASES.append(
    Base(
        "chi-2023-05-17",
        "2023-05-17",
        "held-out",
        """Chicago's new mayor takes office

CHICAGO, May 17 - Brandon Johnson was sworn in on Monday, May 15, as the 57th mayor of Chicago, succeeding Lori Lightfoot. Chicago's mayor is now Johnson. Last week, Lightfoot was still mayor. Johnson's swearing-in took place before a crowd of thousands at a downtown arena.

Johnson, 47, beat Paul Vallas in the runoff. In the first round, the two had advanced and unseated Lightfoot, the 56th mayor of Chicago, who had served almost four years. Johnson, a member of the Democratic Party, is considered a political progressive. He represented the 1st district on the Cook County Board of Commissioners from 2018 to 2023, after defeating incumbent Commissioner Richard Boykin in the Democratic primary.

Johnson was born in Elgin, Illinois, and grew up there with his nine siblings. His father was a pastor. He married Stacie Rencher in 1998; they have three children. He holds bachelor's and master's degrees from Aurora University.

Chicago is the third-largest city in the United States. Its mayor submits the city's annual budget and appoints department commissioners. During sessions of the city council, the mayor serves as the presiding officer. Forty-six men and two women have held the office since it was created in 1837; Richard M. Daley, elected six times, served longest, 22 years.
""",
        {
            "Brandon Johnson was sworn in on Monday, May 15,": c(
                SUPPORTED,
                "brandon-johnson lori-lightfoot",
                "'Assumed office May 15, 2023' (a Monday); 'May 20, 2019 – May 15, 2023'",
            ),
            "as the 57th mayor of Chicago": c(
                SUPPORTED,
                "brandon-johnson",
                "'57th Mayor of Chicago | |'; 'currently serving as the 57th mayor of Chicago since 2023'",
            ),
            "succeeding Lori Lightfoot": c(
                SUPPORTED, "brandon-johnson lori-lightfoot", "'Preceded by | Lori Lightfoot |'; 'Succeeded byBrandon Johnson'"
            ),
            "Chicago's mayor is now Johnson": c(
                SUPPORTED,
                "brandon-johnson mayor-of-chicago",
                "'Assumed office May 15, 2023'; 'currently serving as the 57th mayor of Chicago since 2023'; 'since May 15, 2023'",
            ),
            "Last week, Lightfoot was still mayor": c(
                SUPPORTED,
                "lori-lightfoot",
                "'56th Mayor of Chicago' 'In office' 'May 20, 2019 – May 15, 2023': Lightfoot mayor in the week of 8-12 May 2023",
            ),
            "Johnson's swearing-in took place before a crowd of thousands at a downtown arena": c(
                UNVERIFIED, "", "no stored page says where or before whom Johnson was sworn in"
            ),
            "Johnson, 47,": c(SUPPORTED, "brandon-johnson", "'March 27,1976'; 'born March 27, 1976': 47 on 2023-05-17"),
            "beat Paul Vallas in the runoff": c(
                SUPPORTED, "brandon-johnson", "'Johnson defeated Vallas in the runoff election'"
            ),
            "In the first round, the two had advanced and unseated Lightfoot": c(
                SUPPORTED,
                "brandon-johnson lori-lightfoot",
                "'In the first round of the election, he and Paul Vallas advanced to a runoff, unseating incumbent mayor Lori Lightfoot'; 'failed to qualify for the runoff'",
            ),
            "the 56th mayor of Chicago": c(
                SUPPORTED, "lori-lightfoot", "'56th Mayor of Chicago'; 'who was the 56th mayor of Chicago from 2019 until 2023'"
            ),
            "who had served almost four years": c(
                SUPPORTED, "lori-lightfoot", "'May 20, 2019 – May 15, 2023': five days short of four years"
            ),
            "Johnson, a member of the Democratic Party,": c(
                SUPPORTED, "brandon-johnson", "'Political party | Democratic |'; 'A member of the Democratic Party'"
            ),
            "is considered a political progressive": c(
                SUPPORTED, "brandon-johnson", "'Johnson is considered to be a political progressive'"
            ),
            "He represented the 1st district on the Cook County Board of Commissioners from 2018 to 2023": c(
                SUPPORTED,
                "brandon-johnson",
                "'Johnson previously served on the Cook County Board of Commissioners from 2018 to 2023, representing the 1st district'",
            ),
            "after defeating incumbent Commissioner Richard Boykin in the Democratic primary": c(
                SUPPORTED,
                "brandon-johnson",
                "'after defeating incumbent Commissioner Richard Boykin in the Democratic primary election'",
            ),
            "Johnson was born in Elgin, Illinois": c(
                SUPPORTED, "brandon-johnson", "'Born | Elgin,Illinois,U.S.'; 'Johnson was born in Elgin, Illinois'"
            ),
            "grew up there with his nine siblings": c(
                SUPPORTED, "brandon-johnson", "'Johnson grew up in Elgin with his nine siblings'"
            ),
            "His father was a pastor": c(SUPPORTED, "brandon-johnson", "'His father was a pastor'"),
            "He married Stacie Rencher in 1998": c(
                SUPPORTED, "brandon-johnson", "'Spouse | Stacie Rencher (m. 1998) |'"
            ),
            "they have three children": c(SUPPORTED, "brandon-johnson", "'Children | 3 |'"),
            "He holds bachelor's and master's degrees from Aurora University": c(
                SUPPORTED,
                "brandon-johnson",
                "'Education | Aurora University (BA, MA) |'; 'a bachelor's degree in youth development and a master's degree in teaching from Aurora University'",
            ),
            "Chicago is the third-largest city in the United States": c(
                SUPPORTED,
                "mayor-of-chicago mayor-of-chicago-2019",
                "'Chicago, Illinois, the third-largest city in the United States'",
            ),
            "Its mayor submits the city's annual budget": c(
                SUPPORTED, "mayor-of-chicago mayor-of-chicago-2019", "'submits the city's annual budget'"
            ),
            "During sessions of the city council, the mayor serves as the presiding officer": c(
                SUPPORTED,
                "mayor-of-chicago",
                "'During sessions of the city council, the mayor serves as the presiding officer'",
            ),
            "Forty-six men and two women have held the office": c(
                SUPPORTED,
                "mayor-of-chicago",
                "'Forty-six men and two women (Jane Byrne, 19791983, and Lori Lightfoot, 20192023), have held the office'",
            ),
            "since it was created in 1837": c(
                SUPPORTED, "mayor-of-chicago", "'The office of mayor was created when Chicago became a city in 1837'"
            ),
            "Richard M. Daley, elected six times, served longest, 22 years": c(
                SUPPORTED,
                "mayor-of-chicago",
                "'Richard M. Daley was elected six times becoming Chicago's longest-serving mayor, his 22 years surpassing his father's record of 21 years'",
            ),
        },
    )
)
for name, old, new, claim, way in [
    (
        "v01-county-board-president",
        "He represented the 1st district on the Cook County Board of Commissioners from 2018 to 2023",
        "He was president of the Cook County Board of Commissioners from 2018 to 2023",
        c(
            CONTRADICTED,
            "brandon-johnson",
            "'Member of the Cook County Board of Commissioners from the 1st district'; 'served on the Cook County Board of Commissioners from 2018 to 2023, representing the 1st district': a district's commissioner, not the board's president",
        ),
        "sibling office",
    ),
    (
        "v02-vice-mayor",
        "the 56th mayor of Chicago",
        "the 56th vice mayor of Chicago",
        c(
            CONTRADICTED,
            "lori-lightfoot",
            "'56th Mayor of Chicago' 'DeputyTom Tunney'; 'who was the 56th mayor of Chicago from 2019 until 2023'",
        ),
        "vice or deputy",
    ),
    (
        "v03-mexico",
        "Chicago is the third-largest city in the United States",
        "Chicago is the third-largest city in Mexico",
        c(
            CONTRADICTED,
            "mayor-of-chicago mayor-of-chicago-2019",
            "'Chicago, Illinois, the third-largest city in the United States'",
        ),
        "wrong country",
    ),
    (
        "v04-women",
        "Forty-six men and two women have held the office",
        "Forty-six men and three women have held the office",
        c(
            CONTRADICTED,
            "mayor-of-chicago",
            "'Forty-six men and two women (Jane Byrne, 19791983, and Lori Lightfoot, 20192023), have held the office'",
        ),
        "wrong count",
    ),
    (
        "v05-date",
        "Brandon Johnson was sworn in on Monday, May 15,",
        "Brandon Johnson was sworn in on Monday, May 8,",
        c(
            CONTRADICTED,
            "brandon-johnson lori-lightfoot",
            "'Assumed office May 15, 2023'; 'May 20, 2019 – May 15, 2023'",
        ),
        "wrong date",
    ),
    (
        "v06-year",
        "He married Stacie Rencher in 1998",
        "He married Stacie Rencher in 2008",
        c(CONTRADICTED, "brandon-johnson", "'Spouse | Stacie Rencher (m. 1998) |'"),
        "wrong year",
    ),
    (
        "v07-aurora",
        "Johnson was born in Elgin, Illinois",
        "Johnson was born in Aurora, Illinois",
        c(CONTRADICTED, "brandon-johnson", "'Born | Elgin,Illinois,U.S.'; 'Johnson was born in Elgin, Illinois'"),
        "wrong place",
    ),
    (
        "v08-predecessor",
        "succeeding Lori Lightfoot",
        "succeeding Rahm Emanuel",
        c(
            CONTRADICTED,
            "brandon-johnson lori-lightfoot",
            "'Preceded by | Lori Lightfoot |'; 'Preceded byRahm Emanuel' 'Succeeded byBrandon Johnson': Emanuel preceded Lightfoot, Johnson followed her",
        ),
        "wrong predecessor or successor",
    ),
    (
        "v09-past-holder",
        "Chicago's mayor is now Johnson",
        "Chicago's mayor is now Lightfoot",
        c(
            CONTRADICTED,
            "lori-lightfoot brandon-johnson",
            "'In office' 'May 20, 2019 – May 15, 2023'; 'Assumed office May 15, 2023'",
        ),
        "past holder as current",
    ),
    (
        "v10-johnson-early",
        "Last week, Lightfoot was still mayor",
        "Last week, Johnson was already mayor",
        c(
            CONTRADICTED,
            "brandon-johnson lori-lightfoot",
            "'Assumed office May 15, 2023'; 'May 20, 2019 – May 15, 2023': Lightfoot, not Johnson, mayor in the week of 8-12 May 2023",
        ),
        "successor before taking office",
    ),
    (
        "v11-ordinal",
        "as the 57th mayor of Chicago",
        "as the 58th mayor of Chicago",
        c(
            CONTRADICTED,
            "brandon-johnson",
            "'57th Mayor of Chicago | |'; 'currently serving as the 57th mayor of Chicago since 2023'",
        ),
        "wrong ordinal",
    ),
    (
        "v12-duration",
        "who had served almost four years",
        "who had served almost eight years",
        c(CONTRADICTED, "lori-lightfoot", "'May 20, 2019 – May 15, 2023': five days short of four years"),
        "wrong duration or age",
    ),
]:
    CHANGES.append(Change("chi-2023-05-17", name, old, new, claim, way))
for name, old, new, claim, key in [
    (
        "r01-replacing",
        "succeeding Lori Lightfoot",
        "replacing Lori Lightfoot",
        c(SUPPORTED, "brandon-johnson lori-lightfoot", "'Preceded by | Lori Lightfoot |'; 'Succeeded byBrandon Johnson'"),
        None,
    ),
    (
        "r02-year-old",
        "Johnson, 47,",
        "The 47-year-old Johnson",
        c(SUPPORTED, "brandon-johnson", "'March 27,1976'; 'born March 27, 1976': 47 on 2023-05-17"),
        None,
    ),
]:
    CHANGES.append(Change("chi-2023-05-17", name, old, new, claim, None, key))


def evidence_of(claim: Claim) -> dict[str, object]:
    return {"pages": list(claim.pages), "words": claim.words}


def entries() -> dict[str, tuple[str, str, dict]]:
    """Every article of the set: stem -> (text, as_of, labels entry); checks each change is one claim."""
    bases = {b.stem: b for b in BASES}
    out: dict[str, tuple[str, str, dict]] = {}
    for b in BASES:
        for key in b.claims:
            assert key in b.text, (b.stem, key)
        out[b.stem] = (
            b.text,
            b.as_of,
            {
                "kind": "seed" if b.stem == "nato-seed" else "base",
                "part": b.part,
                "way": None,
                "claims": {k: v.label for k, v in b.claims.items()},
                "evidence": {k: evidence_of(v) for k, v in b.claims.items()},
            },
        )
    for ch in CHANGES:
        b = bases[ch.base]
        assert ch.old in b.claims and b.text.count(ch.old) == 1, (ch.base, ch.name, ch.old)
        assert (ch.way is None) == (ch.claim.label == SUPPORTED), (ch.base, ch.name)
        assert ch.way is None or ch.way in WAYS, ch.way
        text = b.text.replace(ch.old, ch.new)
        claims = {k: v for k, v in b.claims.items() if k != ch.old}
        for key in claims:
            assert key in text, (ch.base, ch.name, key)
        assert ch.label_key in text, (ch.base, ch.name)
        claims[ch.label_key] = ch.claim
        stem = f"{ch.base}-{ch.name}"
        out[stem] = (
            text,
            b.as_of,
            {
                "kind": "reworded, still true" if ch.way is None else "false fact",
                "part": b.part,
                "way": ch.way,
                "base": ch.base,
                "changed": ch.label_key,
                "claims": {k: v.label for k, v in claims.items()},
                "evidence": {k: evidence_of(v) for k, v in claims.items()},
            },
        )
    return out


def main() -> None:
    labels = {}
    for stem, (text, as_of, entry) in entries().items():
        (HERE / f"{stem}.txt").write_text(text, encoding="utf-8")
        (HERE / f"{stem}.meta.json").write_text(json.dumps({"as_of": as_of}) + "\n", encoding="utf-8")
        labels[stem] = entry
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
