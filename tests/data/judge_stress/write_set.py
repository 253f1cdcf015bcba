# ruff: noqa: E501  (the stored copies and the articles are quoted whole; wrapping them would change them)
"""Write the judge stress set: news articles in our own words about six subjects whose stored pages the judge
was never tuned on (tests/data/judge_stress/pages/), each true claim labelled with the page words that make it
true, and one-fact-false variants of the articles.

Written before the judge was run on these pages. A true claim is labelled `supported` where a stored page's
words state it and `unverified` where the stored copy does not reach it (the test counts both as true: neither
may come out contradicted). A variant changes one fact of its base article and labels that fact `contradicted`.

Run from the project root: `python tests/data/judge_stress/write_set.py`.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# stem -> (as_of, article text, {claim: (label, pages, words)})
BASES: dict[str, tuple[str, str, dict[str, tuple[str, list[str], str]]]] = {}

P = "jacinda-ardern"
BASES["ardern-2023-04"] = (
    "2023-04-05",
    """Ardern to leave Parliament at October election

WELLINGTON - Jacinda Ardern, who served as New Zealand's 40th prime minister from 2017 to 2023, will leave Parliament at the next election, her office said on Wednesday.

Ardern, 42, was born in Hamilton on 26 July 1980 and grew up in Morrinsville and Murupara. She joined the Labour Party at the age of 17 and graduated from the University of Waikato in 2001.

She first entered Parliament as a list MP in 2008 and has represented Mount Albert since 8 March 2017, when she succeeded David Shearer.

She became deputy leader of the Labour Party on 7 March 2017, replacing Annette King, and took over as party leader from Andrew Little on 1 August 2017. She was Leader of the Opposition for less than three months before becoming prime minister on 26 October 2017, succeeding Bill English.

Former Prime Minister Jacinda Ardern stepped down on 25 January 2023 and was succeeded by Chris Hipkins, who also replaced her as Labour leader. Kelvin Davis served as her deputy in the party.

Before entering Parliament, Ardern worked as a researcher for Prime Minister Helen Clark and later as an adviser in the Cabinet Office in London. In 2008 she was elected president of the International Union of Socialist Youth.

Ardern's partner is Clarke Gayford.
""",
    {
        "served as New Zealand's 40th prime minister from 2017 to 2023": (
            "supported",
            [P],
            "'who served as the 40th prime minister of New Zealand ... from 2017 to 2023'",
        ),
        "Ardern, 42,": ("supported", [P], "'born 26 July 1980' (42 on 5 April 2023)"),
        "born in Hamilton on 26 July 1980": ("supported", [P], "'Hamilton, New Zealand'; 'born 26 July 1980'"),
        "grew up in Morrinsville and Murupara": ("supported", [P], "'Ardern grew up in Morrinsville and Murupara'"),
        "joined the Labour Party at the age of 17": (
            "supported",
            [P],
            "'She joined the Labour Party at the age of 17'",
        ),
        "graduated from the University of Waikato in 2001": (
            "supported",
            [P],
            "'After graduating from the University of Waikato in 2001'",
        ),
        "first entered Parliament as a list MP in 2008": (
            "supported",
            [P],
            "'Member of the New Zealand Parliament for the Labour party list In office 8 November 2008'",
        ),
        "has represented Mount Albert since 8 March 2017": (
            "supported",
            [P],
            "'for Mount Albert Assumed office 8 March 2017'",
        ),
        "she succeeded David Shearer": ("supported", [P], "'for Mount Albert ... Preceded by David Shearer'"),
        "became deputy leader of the Labour Party on 7 March 2017": (
            "supported",
            [P],
            "'17th Deputy Leader of the Labour Party In office 7 March 2017'",
        ),
        "replacing Annette King": ("supported", [P], "'Deputy Leader ... Preceded by Annette King'"),
        "took over as party leader from Andrew Little on 1 August 2017": (
            "supported",
            [P],
            "'17th Leader of the Labour Party In office 1 August 2017 ... Preceded by Andrew Little'",
        ),
        "was Leader of the Opposition for less than three months": (
            "supported",
            [P],
            "'36th Leader of the Opposition In office 1 August 2017 26 October 2017'",
        ),
        "becoming prime minister on 26 October 2017": (
            "supported",
            [P],
            "'40th Prime Minister of New Zealand In office 26 October 2017'",
        ),
        "succeeding Bill English": ("supported", [P], "'Prime Minister ... Preceded by Bill English'"),
        "Former Prime Minister Jacinda Ardern": ("supported", [P], "'In office 26 October 2017 25 January 2023'"),
        "stepped down on 25 January 2023": ("supported", [P], "'In office 26 October 2017 25 January 2023'"),
        "was succeeded by Chris Hipkins": ("supported", [P], "'Succeeded by Chris Hipkins'"),
        "who also replaced her as Labour leader": (
            "supported",
            [P],
            "'17th Leader of the Labour Party ... Succeeded by Chris Hipkins'",
        ),
        "Kelvin Davis served as her deputy in the party": (
            "supported",
            [P],
            "'Leader of the Labour Party ... Deputy Kelvin Davis'",
        ),
        "worked as a researcher for Prime Minister Helen Clark": (
            "supported",
            [P],
            "'worked as a researcher in the office of Prime Minister Helen Clark'",
        ),
        "an adviser in the Cabinet Office in London": (
            "supported",
            [P],
            "'She later worked in London as an adviser in the Cabinet Office'",
        ),
        "In 2008 she was elected president of the International Union of Socialist Youth": (
            "supported",
            [P],
            "'In 2008, Ardern was elected president of the International Union of Socialist Youth'",
        ),
        "Ardern's partner is Clarke Gayford": ("supported", [P], "'Domestic partner Clarke Gayford (2013–present)'"),
    },
)

P = "satya-nadella"
BASES["nadella-2024-08"] = (
    "2024-08-01",
    """Microsoft chief marks a decade at the top

REDMOND - Satya Nadella, who has led Microsoft since 2014, told staff on Thursday that the company would keep investing in its data centres.

Nadella, 56, succeeded Steve Ballmer as chief executive in 2014 and became chairman in 2021, replacing John W. Thompson.

Born on 19 August 1967 in Hyderabad, Nadella earned a bachelor's degree in electrical engineering from the Manipal Institute of Technology in 1988, a master's in computer science from the University of Wisconsin–Milwaukee in 1990 and an MBA from the University of Chicago in 1997.

He worked at Sun Microsystems before joining Microsoft in 1992. Before becoming CEO he ran Microsoft's cloud and enterprise group as executive vice president. His father was an Indian Administrative Service officer and his mother a Sanskrit lecturer.
""",
    {
        "has led Microsoft since 2014": (
            "supported",
            [P],
            "'chief executive officer (CEO) of Microsoft, succeeding Steve Ballmer in 2014'",
        ),
        "Nadella, 56,": ("supported", [P], "'born 19 August 1967' (56 on 1 August 2024)"),
        "succeeded Steve Ballmer as chief executive in 2014": (
            "supported",
            [P],
            "'succeeding Steve Ballmer in 2014 as CEO'",
        ),
        "became chairman in 2021": ("supported", [P], "'John W. Thompson in 2021 as chairman'"),
        "replacing John W. Thompson": ("supported", [P], "'succeeding ... John W. Thompson in 2021 as chairman'"),
        "Born on 19 August 1967 in Hyderabad": (
            "supported",
            [P],
            "'Nadella was born on 19 August 1967 in a Telugu Hindu family in Hyderabad'",
        ),
        "a bachelor's degree in electrical engineering from the Manipal Institute of Technology in 1988": (
            "supported",
            [P],
            "'a bachelor's degree in electrical engineering from the Manipal Institute of Technology in Karnataka in 1988'",
        ),
        "a master's in computer science from the University of Wisconsin–Milwaukee in 1990": (
            "supported",
            [P],
            "'an MS in computer science at the University of Wisconsin–Milwaukee, receiving his degree in 1990'",
        ),
        "an MBA from the University of Chicago in 1997": (
            "supported",
            [P],
            "'an MBA from the University of Chicago Booth School of Business in 1997'",
        ),
        "worked at Sun Microsystems before joining Microsoft in 1992": (
            "supported",
            [P],
            "'Nadella worked at Sun Microsystems ... before joining Microsoft in 1992'",
        ),
        "ran Microsoft's cloud and enterprise group as executive vice president": (
            "supported",
            [P],
            "'the executive vice president of Microsoft's cloud and enterprise group'",
        ),
        "His father was an Indian Administrative Service officer": (
            "supported",
            [P],
            "'His father ... was an Indian Administrative Service officer'",
        ),
        "his mother a Sanskrit lecturer": ("supported", [P], "'His mother Prabhavati was a Sanskrit lecturer'"),
    },
)

P = "usain-bolt"
BASES["bolt-2011-10"] = (
    "2011-10-01",
    """Bolt eyes London after Daegu

KINGSTON - Usain Bolt, the Jamaican sprinter who holds the world records in the 100 metres and 200 metres, is preparing to defend his three Olympic titles in London next year.

Bolt, 25, was born on 21 August 1986 in Trelawny and lives in Kingston. He is a five-time world champion and a three-time Olympic gold medallist.

He set the 100 m world record of 9.58 seconds in Berlin in 2009, and his 200 m record of 19.19 seconds came at the same championships. At the 2008 Beijing Olympics he ran 9.69 seconds in the 100 m and 19.30 seconds in the 200 m, and the Jamaican relay team set a record of 37.10 seconds.

His first world record, 9.72 seconds over 100 m, came in 2008. In 2007 he broke Don Quarrie's national 200 m record with 19.75 seconds. He won the 200 m at the 2002 World Junior Championships, becoming the youngest gold medallist in the competition's history, and turned professional in 2004.

Bolt, who stands 1.96 metres tall, runs for the Racers Track Club.
""",
    {
        "holds the world records in the 100 metres and 200 metres": (
            "supported",
            [P],
            "'He is the world record and Olympic record holder in the 100 metres, the 200 metres'",
        ),
        "defend his three Olympic titles": (
            "supported",
            [P],
            "'He is the reigning Olympic champion in these three events'",
        ),
        "Bolt, 25,": ("supported", [P], "'born 21 August 1986' (25 on 1 October 2011)"),
        "born on 21 August 1986 in Trelawny": ("supported", [P], "'Born 21 August 1986 ... Trelawny, Jamaica'"),
        "lives in Kingston": ("supported", [P], "'Residence Kingston, Jamaica'"),
        "a five-time world champion": ("supported", [P], "'a five-time World and three-time Olympic gold medalist'"),
        "a three-time Olympic gold medallist": (
            "supported",
            [P],
            "'a five-time World and three-time Olympic gold medalist'",
        ),
        "set the 100 m world record of 9.58 seconds in Berlin in 2009": (
            "supported",
            [P],
            "'100 m: 09.58 s (WR, Berlin 2009)'",
        ),
        "his 200 m record of 19.19 seconds": ("supported", [P], "'200 m: 19.19 s (WR, Berlin 2009)'"),
        "ran 9.69 seconds in the 100 m": ("supported", [P], "'He ran 9.69 s for the 100 m'"),
        "19.30 seconds in the 200 m": ("supported", [P], "'19.30 s in the 200 m'"),
        "the Jamaican relay team set a record of 37.10 seconds": (
            "supported",
            [P],
            "'a 4×100 m relay record of 37.10 s with the Jamaican team'",
        ),
        "His first world record, 9.72 seconds over 100 m, came in 2008": (
            "supported",
            [P],
            "'His 2008 season began with his first world record performance—a 100 m world record of 9.72 s'",
        ),
        "In 2007 he broke Don Quarrie's national 200 m record with 19.75 seconds": (
            "supported",
            [P],
            "'In 2007, he broke Don Quarrie's 200 m Jamaican record with a run of 19.75 s'",
        ),
        "won the 200 m at the 2002 World Junior Championships": (
            "supported",
            [P],
            "'Bolt won a 200 m gold medal at the 2002 World Junior Championships'",
        ),
        "turned professional in 2004": ("supported", [P], "'He turned professional in 2004'"),
        "stands 1.96 metres tall": ("supported", [P], "'Height 6 ft 5 in (1.96 m)'"),
        "runs for the Racers Track Club": ("supported", [P], "'Club Racers Track Club'"),
    },
)

P = "2019-united-kingdom-general-election"
BASES["uk-2019-retro"] = (
    "2024-02-01",
    """Looking back at the 2019 landslide

LONDON - The general election held on 12 December 2019 gave the Conservative Party, led by Boris Johnson, a majority of 80 seats.

The Conservatives won 365 of the 650 seats, a net gain of 48, with 43.6 per cent of the vote, the highest share for any party since 1979. Labour, under Jeremy Corbyn, fell to 202 seats, a loss of 60. The Scottish National Party won 48 seats and the Liberal Democrats 11. Turnout was 67.3 per cent.

Johnson had led the Conservatives since 23 July 2019 and Corbyn had led Labour since 12 September 2015. The then Liberal Democrat leader, Jo Swinson, stood in East Dunbartonshire. The Conservatives received 13,966,454 votes and Labour 10,269,051.
""",
    {
        "held on 12 December 2019": ("supported", [P], "'was held on Thursday 12 December 2019'"),
        "led by Boris Johnson": ("supported", [P], "'Leader Boris Johnson ... Party Conservative'"),
        "a majority of 80 seats": ("supported", [P], "'a landslide victory with a majority of 80 seats'"),
        "365 of the 650 seats": ("supported", [P], "'Seats won 365'; 'All 650 seats in the House of Commons'"),
        "a net gain of 48": ("supported", [P], "'a net gain of 48'"),
        "43.6 per cent of the vote": ("supported", [P], "'on 43.6% of the popular vote'"),
        "the highest share for any party since 1979": (
            "supported",
            [P],
            "'the highest percentage for any party since the 1979 United Kingdom general election'",
        ),
        "Labour, under Jeremy Corbyn": ("supported", [P], "'Leader ... Jeremy Corbyn Party ... Labour'"),
        "fell to 202 seats": ("supported", [P], "'Seats won 365 202'"),
        "a loss of 60": ("supported", [P], "'Seat change Increase 48 Decrease 60'"),
        "The Scottish National Party won 48 seats": ("supported", [P], "'Party SNP ... Seats won 48'"),
        "the Liberal Democrats 11": ("supported", [P], "'Liberal Democrats ... Seats won 48 11'"),
        "Turnout was 67.3 per cent": ("supported", [P], "'Turnout 67.3%'"),
        "had led the Conservatives since 23 July 2019": ("supported", [P], "'Leader since 23 July 2019'"),
        "had led Labour since 12 September 2015": ("supported", [P], "'Leader since ... 12 September 2015'"),
        "Jo Swinson, stood in East Dunbartonshire": ("supported", [P], "'Leader's seat ... East Dunbartonshire'"),
        "received 13,966,454 votes": ("supported", [P], "'Popular vote 13,966,454'"),
        "Labour 10,269,051": ("supported", [P], "'Popular vote 13,966,454 10,269,051'"),
    },
)

P = "dobbs-v-jackson-womens-health-organization"
BASES["dobbs-2024-06"] = (
    "2024-06-24",
    """Two years after Dobbs

WASHINGTON - Two years ago, on June 24, 2022, the Supreme Court ruled in Dobbs v. Jackson Women's Health Organization that the Constitution does not confer a right to abortion.

The decision overruled Roe v. Wade, decided in 1973, and Planned Parenthood v. Casey from 1992. The case was argued on December 1, 2021, and concerned a 2018 Mississippi law banning most abortions after 15 weeks of pregnancy.

Justice Samuel Alito wrote the majority opinion, joined by four other justices: Clarence Thomas, Neil Gorsuch, Brett Kavanaugh and Amy Coney Barrett. Chief Justice John Roberts concurred in the judgment. Justices Stephen Breyer, Sonia Sotomayor and Elena Kagan dissented. The case, docket number 19-1392, is cited as 597 U.S. 215.
""",
    {
        "on June 24, 2022": ("supported", [P], "'Decided June 24, 2022'"),
        "the Constitution does not confer a right to abortion": (
            "supported",
            [P],
            "'the Constitution of the United States does not confer a right to abortion'",
        ),
        "overruled Roe v. Wade, decided in 1973": ("supported", [P], "'overruled both Roe v. Wade (1973)'"),
        "Planned Parenthood v. Casey from 1992": ("supported", [P], "'Planned Parenthood v. Casey (1992)'"),
        "was argued on December 1, 2021": ("supported", [P], "'Argued December 1, 2021'"),
        "a 2018 Mississippi law": ("supported", [P], "'a 2018 Mississippi state law'"),
        "banning most abortions after 15 weeks of pregnancy": (
            "supported",
            [P],
            "'banned most abortion operations after the first 15 weeks of pregnancy'",
        ),
        "Justice Samuel Alito wrote the majority opinion": (
            "supported",
            [P],
            "'Majority Alito, joined by Thomas, Gorsuch, Kavanaugh, Barrett'",
        ),
        "joined by four other justices": ("supported", [P], "'Alito, joined by Thomas, Gorsuch, Kavanaugh, Barrett'"),
        "Chief Justice John Roberts concurred in the judgment": (
            "supported",
            [P],
            "'Concurrence Roberts (in judgment)'",
        ),
        "Justices Stephen Breyer, Sonia Sotomayor and Elena Kagan dissented": (
            "supported",
            [P],
            "'Dissent Breyer, Sotomayor, Kagan'",
        ),
        "docket number 19-1392": ("supported", [P], "'Docket no. 19-1392'"),
        "cited as 597 U.S. 215": ("supported", [P], "'Citations 597 U.S. 215'"),
    },
)

P = "2023-turkey-syria-earthquakes"
BASES["quake-2023-09"] = (
    "2023-09-10",
    """Seven months after the earthquakes, rebuilding begins

ANTAKYA - Seven months after the earthquakes of 6 February 2023, the first new homes are being handed over in the south of Turkey.

The first earthquake, of magnitude 7.8, struck at 04:17 local time, 37 kilometres west-northwest of Gaziantep. A second quake of magnitude 7.7 followed at 13:24. The shaking of the first lasted 80 seconds, at a depth of 10 kilometres.

The disaster killed 53,537 people in Turkey and at least 5,951 in Syria, and injured 121,704. Damage has been estimated at more than $163 billion. More than 30,000 aftershocks were recorded by May.

The second quake was centred 95 km north-northeast of the first. The maximum intensity, XII, was recorded around the epicentre and in Antakya.
""",
    {
        "the earthquakes of 6 February 2023": ("supported", [P], "'On 6 February 2023, at 04:17 TRT'"),
        "The first earthquake, of magnitude 7.8": ("supported", [P], "'a Mw 7.8 earthquake struck'"),
        "struck at 04:17 local time": ("supported", [P], "'at 04:17 TRT (01:17 UTC)'"),
        "37 kilometres west-northwest of Gaziantep": (
            "supported",
            [P],
            "'The epicenter was 37 km (23 mi) west–northwest of Gaziantep'",
        ),
        "A second quake of magnitude 7.7 followed at 13:24": (
            "supported",
            [P],
            "'It was followed by a Mw 7.7 earthquake at 13:24'",
        ),
        "lasted 80 seconds": ("supported", [P], "'Duration 80 seconds'"),
        "at a depth of 10 kilometres": ("supported", [P], "'Depth 10.0 km (6 mi)'"),
        "killed 53,537 people in Turkey": ("supported", [P], "'53,537 deaths ... in Turkey'"),
        "at least 5,951 in Syria": ("supported", [P], "'5,951–8,476 deaths ... in Syria'"),
        "injured 121,704": ("supported", [P], "'121,704 injured'"),
        "more than $163 billion": ("supported", [P], "'> US$163.6 billion (estimated)'"),
        "More than 30,000 aftershocks were recorded by May": ("supported", [P], "'Aftershocks ≥30,000 (by May 2023)'"),
        "95 km north-northeast of the first": (
            "supported",
            [P],
            "'centered 95 km (59 mi) north-northeast from the first'",
        ),
        "The maximum intensity, XII, was recorded around the epicentre and in Antakya": (
            "supported",
            [P],
            "'a maximum Mercalli intensity of XII (Extreme) around the epicenter and in Antakya'",
        ),
    },
)

# variant stem -> (base, way, old words, new words, page words that contradict the new words)
VARIANTS: dict[str, tuple[str, str, str, str, str]] = {
    "ardern-2023-04-v01-ordinal": (
        "ardern-2023-04",
        "ordinal",
        "40th prime minister",
        "41st prime minister",
        "'40th Prime Minister of New Zealand'",
    ),
    "ardern-2023-04-v02-year": (
        "ardern-2023-04",
        "year",
        "University of Waikato in 2001",
        "University of Waikato in 2004",
        "'After graduating from the University of Waikato in 2001'",
    ),
    "ardern-2023-04-v03-date": (
        "ardern-2023-04",
        "date",
        "prime minister on 26 October 2017",
        "prime minister on 26 November 2017",
        "'In office 26 October 2017'",
    ),
    "ardern-2023-04-v04-predecessor": (
        "ardern-2023-04",
        "predecessor",
        "succeeding Bill English",
        "succeeding John Key",
        "'Preceded by Bill English'",
    ),
    "ardern-2023-04-v05-successor": (
        "ardern-2023-04",
        "successor",
        "succeeded by Chris Hipkins",
        "succeeded by Grant Robertson",
        "'Succeeded by Chris Hipkins'",
    ),
    "ardern-2023-04-v06-age": ("ardern-2023-04", "age", "Ardern, 42,", "Ardern, 46,", "'born 26 July 1980'"),
    "ardern-2023-04-v07-place": (
        "ardern-2023-04",
        "place",
        "born in Hamilton",
        "born in Auckland",
        "'Hamilton, New Zealand'; 'Born in Hamilton'",
    ),
    "nadella-2024-08-v01-year": (
        "nadella-2024-08",
        "year",
        "as chief executive in 2014",
        "as chief executive in 2016",
        "'succeeding Steve Ballmer in 2014 as CEO'",
    ),
    "nadella-2024-08-v02-predecessor": (
        "nadella-2024-08",
        "predecessor",
        "succeeded Steve Ballmer",
        "succeeded Bill Gates",
        "'succeeding Steve Ballmer in 2014 as CEO'",
    ),
    "nadella-2024-08-v03-date": (
        "nadella-2024-08",
        "date",
        "Born on 19 August 1967",
        "Born on 19 August 1969",
        "'born 19 August 1967'",
    ),
    "nadella-2024-08-v04-place": (
        "nadella-2024-08",
        "place",
        "1967 in Hyderabad",
        "1967 in Chennai",
        "'born on 19 August 1967 in a Telugu Hindu family in Hyderabad'",
    ),
    "bolt-2011-10-v01-count": (
        "bolt-2011-10",
        "count",
        "world record of 9.58 seconds",
        "world record of 9.63 seconds",
        "'100 m: 09.58 s (WR, Berlin 2009)'",
    ),
    "bolt-2011-10-v02-place": (
        "bolt-2011-10",
        "place",
        "born on 21 August 1986 in Trelawny",
        "born on 21 August 1986 in Montego Bay",
        "'Trelawny, Jamaica'",
    ),
    "bolt-2011-10-v03-age": ("bolt-2011-10", "age", "Bolt, 25,", "Bolt, 27,", "'born 21 August 1986'"),
    "bolt-2011-10-v04-year": (
        "bolt-2011-10",
        "year",
        "turned professional in 2004",
        "turned professional in 2006",
        "'He turned professional in 2004'",
    ),
    "uk-2019-retro-v01-count": (
        "uk-2019-retro",
        "count",
        "365 of the 650 seats",
        "375 of the 650 seats",
        "'Seats won 365'",
    ),
    "uk-2019-retro-v02-date": (
        "uk-2019-retro",
        "date",
        "held on 12 December 2019",
        "held on 12 November 2019",
        "'was held on Thursday 12 December 2019'",
    ),
    "uk-2019-retro-v03-count": (
        "uk-2019-retro",
        "count",
        "fell to 202 seats",
        "fell to 212 seats",
        "'Seats won 365 202'",
    ),
    "uk-2019-retro-v04-date": (
        "uk-2019-retro",
        "date",
        "led Labour since 12 September 2015",
        "led Labour since 12 September 2016",
        "'Leader since ... 12 September 2015'",
    ),
    "dobbs-2024-06-v01-date": (
        "dobbs-2024-06",
        "date",
        "on June 24, 2022",
        "on June 26, 2022",
        "'Decided June 24, 2022'",
    ),
    "dobbs-2024-06-v02-year": (
        "dobbs-2024-06",
        "year",
        "Roe v. Wade, decided in 1973",
        "Roe v. Wade, decided in 1974",
        "'Roe v. Wade (1973)'",
    ),
    "dobbs-2024-06-v03-count": (
        "dobbs-2024-06",
        "count",
        "after 15 weeks of pregnancy",
        "after 18 weeks of pregnancy",
        "'after the first 15 weeks of pregnancy'",
    ),
    "quake-2023-09-v01-count": (
        "quake-2023-09",
        "count",
        "killed 53,537 people in Turkey",
        "killed 50,537 people in Turkey",
        "'53,537 deaths ... in Turkey'",
    ),
    "quake-2023-09-v02-count": (
        "quake-2023-09",
        "count",
        "of magnitude 7.7 followed",
        "of magnitude 7.2 followed",
        "'followed by a Mw 7.7 earthquake at 13:24'",
    ),
    "quake-2023-09-v03-place": (
        "quake-2023-09",
        "place",
        "west-northwest of Gaziantep",
        "west-northwest of Adana",
        "'37 km (23 mi) west–northwest of Gaziantep'",
    ),
    "quake-2023-09-v04-date": (
        "quake-2023-09",
        "date",
        "the earthquakes of 6 February 2023",
        "the earthquakes of 8 February 2023",
        "'On 6 February 2023'",
    ),
}


def main() -> None:
    write(BASES, VARIANTS, HERE)


def write(bases: dict, variants: dict, here: Path) -> None:
    """The articles, their meta files and labels.json, in `here` (the second set reuses it)."""
    labels: dict[str, dict] = {}
    for stem, (as_of, text, claims) in bases.items():
        for claim in claims:
            assert text.count(claim) == 1, (stem, claim)
        _write(here, stem, as_of, text)
        labels[stem] = {
            "kind": "base",
            "way": None,
            "base": None,
            "changed": None,
            "claims": {c: label for c, (label, _, _) in claims.items()},
            "evidence": {c: {"pages": pages, "words": words} for c, (_, pages, words) in claims.items()},
        }
    for stem, (base, way, old, new, words) in variants.items():
        as_of, text, claims = bases[base]
        assert text.count(old) == 1, (stem, old)
        changed = text.replace(old, new)
        claim = next((c for c in claims if old in c), old)  # the base claim holding the changed words
        false_claim = claim.replace(old, new) if old in claim else new
        if claim not in old and old not in claim:
            false_claim = new
        assert changed.count(false_claim) == 1, (stem, false_claim)
        _write(here, stem, as_of, changed)
        labels[stem] = {
            "kind": "variant",
            "way": way,
            "base": base,
            "changed": false_claim,
            "claims": {false_claim: "contradicted"},
            "evidence": {false_claim: {"pages": claims.get(claim, ("", [], ""))[1], "words": words}},
        }
    (here / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _write(here: Path, stem: str, as_of: str, text: str) -> None:
    (here / f"{stem}.txt").write_text(text, encoding="utf-8")
    (here / f"{stem}.meta.json").write_text(json.dumps({"as_of": as_of}) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
