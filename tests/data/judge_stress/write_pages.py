# ruff: noqa: E501, W291  (the stored copies and the articles are quoted whole; wrapping them would change them)
"""Write the stress set's stored pages (tests/data/judge_stress/pages/*.json), served by the fake wiki.

Each page keeps the stored copy verbatim (`verbatim`: the excerpt as the store returned it, from the
page's start), with its address, licence, a retrieval note and what the copy cuts off. The served
fields (`lead`, `infobox`) are cut from `verbatim` with the edits a plain-text extract makes anyway:
footnote markers ([1], [n 5]) dropped, white space normalised, a mirror's rendering of the magnitude
template ('ṃ') read back as 'Mw', and a paragraph cut off mid-word dropped from its last whole sentence.
Infobox parameter names are the templates' usual names, which stored copies do not show.
`tests/test_judge_stress.py` checks that every served value occurs in `verbatim` after those edits.

Run from the project root: `python tests/data/judge_stress/write_pages.py`.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "pages"
LICENCE = "CC BY-SA 4.0 (text of the English Wikipedia article; mirrors and forks republish it under that licence)"
RETRIEVED = "retrieved 2026-12-02 from the stored public web pages (search tool, 'pages' corpus); not fetched live"

PAGES: dict[str, dict] = {
    "jacinda-ardern": {
        "title": "Jacinda Ardern",
        "url": "https://worddisk.com/wiki/Jacinda_Ardern/",
        "timestamp": "2023-04-01T00:00:00Z",
        "note": "Mirror of the English Wikipedia article. Date unknown: 'In office 26 October 2017 25 January 2023' "
        "as prime minister and '(age 42)', so between 25 January and 25 July 2023 (timestamp approximate).",
        "cut_off": "infobox and lead; the second lead paragraph is cut off mid-word ('in a by-elec'); no body",
        "verbatim": """Jacinda Ardern

Jacinda Kate Laurell Ardern[1] (/əˈsɪndə ɑːrˈdɜːrn/ jə-SIN-də ar-DURN;[2] born 26 July 1980) is a New Zealand politician who served as the 40th prime minister of New Zealand and leader of the Labour Party from 2017 to 2023. A member of the Labour Party, she has been the member of Parliament (MP) for Mount Albert since 2017.[3]

Jacinda Ardern
Ardern in 2018
40th Prime Minister of New Zealand
In office
26 October 2017  25 January 2023
Preceded byBill English
Succeeded byChris Hipkins
17th Leader of the Labour Party
In office
1 August 2017  22 January 2023
DeputyKelvin Davis
Preceded byAndrew Little
Succeeded byChris Hipkins
36th Leader of the Opposition
In office
1 August 2017  26 October 2017
DeputyKelvin Davis
Preceded byAndrew Little
Succeeded byBill English
17th Deputy Leader of the Labour Party
In office
7 March 2017  1 August 2017
LeaderAndrew Little
Preceded byAnnette King
Succeeded byKelvin Davis
Member of the New Zealand Parliament
for Mount Albert
Assumed office
8 March 2017
Preceded byDavid Shearer
Member of the New Zealand Parliament
for the Labour party list
In office
8 November 2008  8 March 2017
Succeeded byRaymond Huo
Personal details
Jacinda Kate Laurell Ardern

(1980-07-26) 26 July 1980 (age 42)
Hamilton, New Zealand
Political partyLabour
Domestic partnerClarke Gayford (2013–present)
Alma materUniversity of Waikato (BComm)

Born in Hamilton, Ardern grew up in Morrinsville and Murupara. She joined the Labour Party at the age of 17. After graduating from the University of Waikato in 2001, Ardern worked as a researcher in the office of Prime Minister Helen Clark. She later worked in London as an adviser in the Cabinet Office during Tony Blair's premiership. In 2008, Ardern was elected president of the International Union of Socialist Youth. Ardern was first elected as an MP in the 2008 general election, when Labour lost power after nine years. She was later elected to represent the Mount Albert electorate in a by-elec""",
        "lead": [
            "Jacinda Kate Laurell Ardern (/əˈsɪndə ɑːrˈdɜːrn/ jə-SIN-də ar-DURN; born 26 July 1980) is a New Zealand "
            "politician who served as the 40th prime minister of New Zealand and leader of the Labour Party from 2017 to "
            "2023. A member of the Labour Party, she has been the member of Parliament (MP) for Mount Albert since 2017.",
            "Born in Hamilton, Ardern grew up in Morrinsville and Murupara. She joined the Labour Party at the age of "
            "17. After graduating from the University of Waikato in 2001, Ardern worked as a researcher in the office "
            "of Prime Minister Helen Clark. She later worked in London as an adviser in the Cabinet Office during Tony "
            "Blair's premiership. In 2008, Ardern was elected president of the International Union of Socialist Youth. "
            "Ardern was first elected as an MP in the 2008 general election, when Labour lost power after nine years.",
        ],
        "template": "Infobox officeholder",
        "fields": [
            ("office", "40th Prime Minister of New Zealand"),
            ("term_start", "26 October 2017"),
            ("term_end", "25 January 2023"),
            ("predecessor", "Bill English"),
            ("successor", "Chris Hipkins"),
            ("office2", "17th Leader of the Labour Party"),
            ("term_start2", "1 August 2017"),
            ("term_end2", "22 January 2023"),
            ("deputy2", "Kelvin Davis"),
            ("predecessor2", "Andrew Little"),
            ("successor2", "Chris Hipkins"),
            ("office3", "36th Leader of the Opposition"),
            ("term_start3", "1 August 2017"),
            ("term_end3", "26 October 2017"),
            ("deputy3", "Kelvin Davis"),
            ("predecessor3", "Andrew Little"),
            ("successor3", "Bill English"),
            ("office4", "17th Deputy Leader of the Labour Party"),
            ("term_start4", "7 March 2017"),
            ("term_end4", "1 August 2017"),
            ("leader4", "Andrew Little"),
            ("predecessor4", "Annette King"),
            ("successor4", "Kelvin Davis"),
            ("office5", "Member of the New Zealand Parliament for Mount Albert"),
            ("term_start5", "8 March 2017"),
            ("predecessor5", "David Shearer"),
            ("office6", "Member of the New Zealand Parliament for the Labour party list"),
            ("term_start6", "8 November 2008"),
            ("term_end6", "8 March 2017"),
            ("successor6", "Raymond Huo"),
            ("birth_name", "Jacinda Kate Laurell Ardern"),
            ("birth_date", "26 July 1980"),
            ("birth_place", "Hamilton, New Zealand"),
            ("party", "Labour"),
            ("partner", "Clarke Gayford (2013–present)"),
            ("alma_mater", "University of Waikato (BComm)"),
        ],
    },
    "satya-nadella": {
        "title": "Satya Nadella",
        "url": "https://en.wikipedia.org/wiki/Satya_Nadella",
        "timestamp": "2024-06-01T00:00:00Z",
        "note": "en.wikipedia.org copy. Date unknown ('chairman ... succeeding John W. Thompson in 2021'), so 2021 or "
        "later; timestamp approximate.",
        "cut_off": "two infobox rows, the lead, 'Early life' and the start of 'Career'; cut off in the section "
        "'Microsoft 1992–2014' ('and led ')",
        "verbatim": """= Satya Nadella =

Satya Nadella
- Birthplace: Hyderabad, Telangana, India
- Occupation: Business executive

Satya Narayana Nadella (born 19 August 1967) is an American business executive. He is the chairman and chief executive officer (CEO) of Microsoft, succeeding Steve Ballmer in 2014 as CEO and John W. Thompson in 2021 as chairman. Before becoming CEO, he was the executive vice president of Microsoft's cloud and enterprise group, responsible for building and running the company's computing platforms.

== Early life ==
Nadella was born on 19 August 1967 in a Telugu Hindu family in Hyderabad. His father, Bukkapuram Nadella Yugandhar, was an Indian Administrative Service officer of the 1962 batch. His mother Prabhavati was a Sanskrit lecturer. Yugandhar hailed from Bukkapuram in Anantapur district of Andhra Pradesh; his own father had migrated to Bukkapuram from Nadella village in Guntur district (present-day Palnadu district) of Andhra Pradesh.

Nadella attended the Hyderabad Public School, Begumpet before receiving a bachelor's degree in electrical engineering from the Manipal Institute of Technology in Karnataka in 1988. He then traveled to the United States to study for an MS in computer science at the University of Wisconsin–Milwaukee, receiving his degree in 1990. He received an MBA from the University of Chicago Booth School of Business in 1997.

== Career ==
=== Sun Microsystems ===
Nadella worked at Sun Microsystems as a member of its technology staff before joining Microsoft in 1992.

=== Microsoft ===

==== 1992–2014 ====

At Microsoft, Nadella has led major projects that included the company's move to cloud computing and the development of one of the largest cloud infrastructures in the world.

Nadella worked as the senior vice-president of research and development (R&D) for the Online Services Division and vice-president of the Microsoft Business Division. Later, he was made the president of Microsoft's $19billion Server and Tools Business and led """,
        "lead": [
            "Satya Narayana Nadella (born 19 August 1967) is an American business executive. He is the chairman and "
            "chief executive officer (CEO) of Microsoft, succeeding Steve Ballmer in 2014 as CEO and John W. Thompson "
            "in 2021 as chairman. Before becoming CEO, he was the executive vice president of Microsoft's cloud and "
            "enterprise group, responsible for building and running the company's computing platforms.",
        ],
        "sections": [
            {
                "heading": "Early life",
                "paragraphs": [
                    "Nadella was born on 19 August 1967 in a Telugu Hindu family in Hyderabad. His father, Bukkapuram "
                    "Nadella Yugandhar, was an Indian Administrative Service officer of the 1962 batch. His mother "
                    "Prabhavati was a Sanskrit lecturer. Yugandhar hailed from Bukkapuram in Anantapur district of "
                    "Andhra Pradesh; his own father had migrated to Bukkapuram from Nadella village in Guntur district "
                    "(present-day Palnadu district) of Andhra Pradesh.",
                    "Nadella attended the Hyderabad Public School, Begumpet before receiving a bachelor's degree in "
                    "electrical engineering from the Manipal Institute of Technology in Karnataka in 1988. He then "
                    "traveled to the United States to study for an MS in computer science at the University of "
                    "Wisconsin–Milwaukee, receiving his degree in 1990. He received an MBA from the University of "
                    "Chicago Booth School of Business in 1997.",
                ],
            },
            {
                "heading": "Career",
                "paragraphs": [
                    "Nadella worked at Sun Microsystems as a member of its technology staff before joining Microsoft "
                    "in 1992.",
                    "At Microsoft, Nadella has led major projects that included the company's move to cloud computing "
                    "and the development of one of the largest cloud infrastructures in the world.",
                    "Nadella worked as the senior vice-president of research and development (R&D) for the Online "
                    "Services Division and vice-president of the Microsoft Business Division.",
                ],
            },
        ],
        "template": "Infobox person",
        "fields": [("birth_place", "Hyderabad, Telangana, India"), ("occupation", "Business executive")],
    },
    "usain-bolt": {
        "title": "Usain Bolt",
        "url": "https://en-academic.com/dic.nsf/enwiki/2342466",
        "timestamp": "2011-09-15T00:00:00Z",
        "note": "Mirror of the English Wikipedia article (en-academic). Date unknown: '(age 25)' and 'five-time World' "
        "gold medalist, so after the 2011 World Championships (September 2011) and before August 2012; "
        "timestamp approximate.",
        "cut_off": "infobox and the first three lead paragraphs; the third is cut off mid-word ('and the fi')",
        "verbatim": """Usain Bolt

Usain Bolt
Usain Bolt

Bolt at Berlin World Championships 2009
Personal information
Nickname(s) Lightning Bolt
Nationality Jamaican
Born 21 August 1986 (1986-08-21) (age 25)[1]
Trelawny, Jamaica[2]
Residence Kingston, Jamaica
Height 6 ft 5 in (1.96 m)[3]
Weight 207 lb (94 kg)[3]
Sport Track and field
Event(s) 100 m, 200 m, 400 m, 4×100 m
Club Racers Track Club
Achievements and titles
Personal best(s)

100 m: 09.58 s (WR, Berlin 2009)[4]
150 m: 14.35 s (WB, Manchester 2009)[5][6]
200 m: 19.19 s (WR, Berlin 2009)[7]

400 m: 45.28 s (Kingston 2007)[1]

The Honourable Usain St. Leo Bolt, OJ, C.D. (pronounced /ˈjuːseɪn/;[8] born 21 August 1986), is a Jamaican sprinter and a five-time World and three-time Olympic gold medalist. He is the world record and Olympic record holder in the 100 metres, the 200 metres and (along with his teammates) the 4×100 metres relay. He is the reigning Olympic champion in these three events.

Bolt won a 200 m gold medal at the 2002 World Junior Championships, making him the competition's youngest-ever gold medalist. In 2004, at the CARIFTA Games, he became the first junior sprinter to run the 200 m in under 20 seconds with a time of 19.93 s,[9] breaking the previous world junior record held by Roy Martin by two-tenths of a second. He turned professional in 2004, and although he competed at the 2004 Summer Olympics, he missed most of the next two seasons due to injuries. In 2007, he broke Don Quarrie's 200 m Jamaican record with a run of 19.75 s.

His 2008 season began with his first world record performance—a 100 m world record of 9.72 s—and culminated in world and Olympic records in both the 100 m and 200 m events at the 2008 Beijing Summer Olympics. He ran 9.69 s for the 100 m and 19.30 s in the 200 m, and also set a 4×100 m relay record of 37.10 s with the Jamaican team. This made him the first man to win three sprinting events at a single Olympics since Carl Lewis in 1984, and the fi""",
        "lead": [
            "The Honourable Usain St. Leo Bolt, OJ, C.D. (pronounced /ˈjuːseɪn/; born 21 August 1986), is a Jamaican "
            "sprinter and a five-time World and three-time Olympic gold medalist. He is the world record and Olympic "
            "record holder in the 100 metres, the 200 metres and (along with his teammates) the 4×100 metres relay. He "
            "is the reigning Olympic champion in these three events.",
            "Bolt won a 200 m gold medal at the 2002 World Junior Championships, making him the competition's "
            "youngest-ever gold medalist. In 2004, at the CARIFTA Games, he became the first junior sprinter to run "
            "the 200 m in under 20 seconds with a time of 19.93 s, breaking the previous world junior record held by "
            "Roy Martin by two-tenths of a second. He turned professional in 2004, and although he competed at the "
            "2004 Summer Olympics, he missed most of the next two seasons due to injuries. In 2007, he broke Don "
            "Quarrie's 200 m Jamaican record with a run of 19.75 s.",
            "His 2008 season began with his first world record performance—a 100 m world record of 9.72 s—and "
            "culminated in world and Olympic records in both the 100 m and 200 m events at the 2008 Beijing Summer "
            "Olympics. He ran 9.69 s for the 100 m and 19.30 s in the 200 m, and also set a 4×100 m relay record of "
            "37.10 s with the Jamaican team.",
        ],
        "template": "Infobox sportsperson",
        "fields": [
            ("nickname", "Lightning Bolt"),
            ("nationality", "Jamaican"),
            ("birth_date", "21 August 1986"),
            ("birth_place", "Trelawny, Jamaica"),
            ("residence", "Kingston, Jamaica"),
            ("height", "6 ft 5 in (1.96 m)"),
            ("weight", "207 lb (94 kg)"),
            ("sport", "Track and field"),
            ("event", "100 m, 200 m, 400 m, 4×100 m"),
            ("club", "Racers Track Club"),
            (
                "pb",
                "100 m: 09.58 s (WR, Berlin 2009) 150 m: 14.35 s (WB, Manchester 2009) 200 m: 19.19 s (WR, "
                "Berlin 2009) 400 m: 45.28 s (Kingston 2007)",
            ),
        ],
    },
    "2019-united-kingdom-general-election": {
        "title": "2019 United Kingdom general election",
        "url": "https://www.wikiwand.com/en/2019_United_Kingdom_general_election",
        "timestamp": "2024-01-01T00:00:00Z",
        "note": "Wikiwand copy of the English Wikipedia article (with the reader's own prompt lines around it). "
        "Date unknown, after the election; timestamp approximate.",
        "cut_off": "the lead's first paragraph and the infobox's first four parties; cut off in the map caption "
        "('Composit')",
        "verbatim": """2019 United Kingdom general election

Election to the 58th United Kingdom House of Commons / From Wikipedia, the free encyclopedia

Dear Wikiwand AI, let's keep it short by simply answering these key questions:

Can you list the top facts and stats about 2019 United Kingdom general election?

Summarize this article for a 10 years old


The 2019 United Kingdom general election was held on Thursday 12 December 2019 to elect members of the House of Commons. The Conservative Party won a landslide victory with a majority of 80 seats,[n 5] a net gain of 48, on 43.6% of the popular vote, the highest percentage for any party since the 1979 United Kingdom general election.[3]

Quick facts: All 650 seats in the House of Commons 326[n 1...
2019 United Kingdom general election
 2017 12 December 2019 Next 

All 650 seats in the House of Commons
326[n 1] seats needed for a majority
Opinion polls
Turnout67.3% (Decrease 1.5 pp)[2]
  First party Second party
  Boris_Johnson_election_infobox.jpg Official_portrait_of_Jeremy_Corbyn_crop_3%2C_2020.jpg
Leader Boris Johnson Jeremy Corbyn
Party Conservative Labour
Leader since 23 July 2019 12 September 2015
Leader's seat Uxbridge and
South Ruislip
Islington North
Last election 317 seats, 42.4% 262 seats, 40.0%
Seats won 365 202[n 2]
Seat change Increase 48 Decrease 60
Popular vote 13,966,454 10,269,051
Percentage 43.6% 32.1%
Swing Increase 1.2 pp Decrease 7.9 pp

  Third party Fourth party
  Nicola_Sturgeon_election_infobox_3.jpg Official_portrait_of_Jo_Swinson_crop_4.jpg
Leader Nicola Sturgeon Jo Swinson
Party SNP Liberal Democrats
Leader since 14 November 2014 22 July 2019
Leader's seat Did not stand[n 3] East Dunbartonshire
Last election 35 seats, 3.0% 12 seats, 7.4%
Seats won 48[n 4] 11
Seat change Increase 13 Decrease 1
Popular vote 1,242,380 3,696,419
Percentage 3.9% 11.6%
Swing Increase 0.8 pp Increase 4.2 pp

A map presenting the results of the election, by party of the MP elected from each constituency

Composit""",
        "lead": [
            "The 2019 United Kingdom general election was held on Thursday 12 December 2019 to elect members of the "
            "House of Commons. The Conservative Party won a landslide victory with a majority of 80 seats, a net gain "
            "of 48, on 43.6% of the popular vote, the highest percentage for any party since the 1979 United Kingdom "
            "general election.",
        ],
        "template": "Infobox election",
        "fields": [
            ("election_date", "12 December 2019"),
            ("seats_for_election", "All 650 seats in the House of Commons"),
            ("majority_seats", "326"),
            ("turnout", "67.3%"),
            ("leader1", "Boris Johnson"),
            ("party1", "Conservative"),
            ("leader_since1", "23 July 2019"),
            ("leaders_seat1", "Uxbridge and South Ruislip"),
            ("last_election1", "317 seats, 42.4%"),
            ("seats1", "365"),
            ("seat_change1", "Increase 48"),
            ("popular_vote1", "13,966,454"),
            ("percentage1", "43.6%"),
            ("leader2", "Jeremy Corbyn"),
            ("party2", "Labour"),
            ("leader_since2", "12 September 2015"),
            ("leaders_seat2", "Islington North"),
            ("last_election2", "262 seats, 40.0%"),
            ("seats2", "202"),
            ("seat_change2", "Decrease 60"),
            ("popular_vote2", "10,269,051"),
            ("percentage2", "32.1%"),
            ("leader3", "Nicola Sturgeon"),
            ("party3", "SNP"),
            ("leader_since3", "14 November 2014"),
            ("leaders_seat3", "Did not stand"),
            ("last_election3", "35 seats, 3.0%"),
            ("seats3", "48"),
            ("seat_change3", "Increase 13"),
            ("popular_vote3", "1,242,380"),
            ("percentage3", "3.9%"),
            ("leader4", "Jo Swinson"),
            ("party4", "Liberal Democrats"),
            ("leader_since4", "22 July 2019"),
            ("leaders_seat4", "East Dunbartonshire"),
            ("last_election4", "12 seats, 7.4%"),
            ("seats4", "11"),
            ("seat_change4", "Decrease 1"),
            ("popular_vote4", "3,696,419"),
            ("percentage4", "11.6%"),
        ],
    },
    "dobbs-v-jackson-womens-health-organization": {
        "title": "Dobbs v. Jackson Women's Health Organization",
        "url": "https://wiki.studentb.eu/view_html.php?lang=en&q=Dobbs_v._Jackson_Women%27s_Health_Organization&sq=Google",
        "timestamp": "2024-01-01T00:00:00Z",
        "note": "Mirror of the English Wikipedia article. Date unknown, after the citation 597 U.S. 215 was assigned; "
        "timestamp approximate.",
        "cut_off": "infobox, the first lead paragraph and one sentence of the second, cut off mid-word "
        "('Jackson Women's Health Organiz')",
        "verbatim": """Dobbs v. Jackson Women's Health Organization

Dobbs v. Jackson Women's Health Organization
Argued December 1, 2021
Decided June 24, 2022
Full case nameThomas E. Dobbs, State Health Officer of the Mississippi Department of Health, et al. v. Jackson Women's Health Organization, et al.
Docket no.19-1392
Citations597 U.S. 215 (more)
142 S. Ct. 2228, 213 L. Ed. 2d 545, 2022 WL 2276808; 2022 U.S. LEXIS 3057
ArgumentOral argument
DecisionOpinion
Case history
Prior
Subsequent
Questions presented
Whether all pre-viability prohibitions on elective abortions are unconstitutional.
Holding
The Constitution does not confer a right to abortion; Roe and Casey are overruled; and the authority to regulate abortion is returned to the people and their elected representatives. Court of Appeals for the Fifth Circuit reversed.
Court membership
Chief Justice
John Roberts
Associate Justices
Clarence Thomas · Stephen Breyer
Samuel Alito · Sonia Sotomayor
Elena Kagan · Neil Gorsuch
Brett Kavanaugh · Amy Coney Barrett
Case opinions
MajorityAlito, joined by Thomas, Gorsuch, Kavanaugh, Barrett
ConcurrenceThomas
ConcurrenceKavanaugh
ConcurrenceRoberts (in judgment)
DissentBreyer, Sotomayor, Kagan
Laws applied
U.S. Const. amend. XIV;
Mississippi Code § 41-41-191 (2018)
This case overturned a previous ruling or rulings
Roe v. Wade (1973)
Planned Parenthood v. Casey (1992)

Dobbs v. Jackson Women's Health Organization, 597 U.S. 215 (2022), is a landmark decision of the U.S. Supreme Court in which the court held that the Constitution of the United States does not confer a right to abortion. The court's decision overruled both Roe v. Wade (1973) and Planned Parenthood v. Casey (1992), returning to the federal and state legislatures the power to regulate any aspect of abortion not protected by federal statutory law.

The case concerned the constitutionality of a 2018 Mississippi state law that banned most abortion operations after the first 15 weeks of pregnancy. Jackson Women's Health Organiz""",
        "lead": [
            "Dobbs v. Jackson Women's Health Organization, 597 U.S. 215 (2022), is a landmark decision of the U.S. "
            "Supreme Court in which the court held that the Constitution of the United States does not confer a right "
            "to abortion. The court's decision overruled both Roe v. Wade (1973) and Planned Parenthood v. Casey "
            "(1992), returning to the federal and state legislatures the power to regulate any aspect of abortion not "
            "protected by federal statutory law.",
            "The case concerned the constitutionality of a 2018 Mississippi state law that banned most abortion "
            "operations after the first 15 weeks of pregnancy.",
        ],
        "template": "Infobox SCOTUS case",
        "fields": [
            ("ArgueDate", "December 1, 2021"),
            ("DecideDate", "June 24, 2022"),
            (
                "FullName",
                "Thomas E. Dobbs, State Health Officer of the Mississippi Department of Health, et al. v. "
                "Jackson Women's Health Organization, et al.",
            ),
            ("Docket", "19-1392"),
            ("USVol", "597 U.S. 215"),
            (
                "QuestionsPresented",
                "Whether all pre-viability prohibitions on elective abortions are unconstitutional.",
            ),
            (
                "Holding",
                "The Constitution does not confer a right to abortion; Roe and Casey are overruled; and the "
                "authority to regulate abortion is returned to the people and their elected representatives. Court of "
                "Appeals for the Fifth Circuit reversed.",
            ),
            ("Majority", "Alito, joined by Thomas, Gorsuch, Kavanaugh, Barrett"),
            ("Concurrence", "Thomas"),
            ("Concurrence2", "Kavanaugh"),
            ("Concurrence3", "Roberts (in judgment)"),
            ("Dissent", "Breyer, Sotomayor, Kagan"),
            ("Overruled previous case", "Roe v. Wade (1973) Planned Parenthood v. Casey (1992)"),
        ],
    },
    "2023-turkey-syria-earthquakes": {
        "title": "2023 Turkey–Syria earthquakes",
        "url": "https://new.infogalactic.com/info/2023_Turkey%E2%80%93Syria_earthquake",
        "timestamp": "2023-09-01T00:00:00Z",
        "note": "Infogalactic fork of the English Wikipedia article (its rendering shows the magnitude template as "
        "'ṃ' and a Lua error for coordinates). Date unknown: 'Aftershocks ≥30,000 (by May 2023)', so after May "
        "2023; timestamp approximate.",
        "cut_off": "infobox and the first lead paragraph; the second is cut off mid-word ('North Anatolia eart')",
        "verbatim": """2023 Turkey–Syria earthquakes

From Infogalactic: the planetary knowledge core
Jump to: navigation, search
2023 Turkey–Syria earthquakes
File:Collage of 2023 Turkey–Syria earthquake.jpg
Clockwise from top: Collapsed buildings in Hatay Province, a view of the wreckage from Aleppo, Syria, Chinese Blue Sky and Iranian search and rescue teams in Adıyaman, an assistance of USAID in İncirlik Air Base and a tent city in Kahramanmaraş
2023 Turkey–Syria earthquakes is located in Turkey
M7.8
M7.8
M7.7
M7.7
Kahramanmaraş
Kahramanmaraş
Antakya
Antakya
Gaziantep
Gaziantep
Duration 80 seconds
Magnitude ṃ 7.8
Depth 10.0 km (6 mi)
Epicenter Şehitkamil, Gaziantep
Lua error in package.lua at line 80: module 'strict' not found. (mainshock)
Fault Dead Sea Transform,[lower-alpha 1] East Anatolian Fault, Çardak–Sürgü Fault
Type Strike-slip, supershear, doublet
Areas affected Turkey and Syria
Total damage > US$163.6 billion (estimated)[lower-alpha 2]
Max. intensity XII (Extreme)
Peak acceleration 2.212 g
Tsunami 40 cm (16 in)
Aftershocks ≥30,000 (by May 2023)
540+ with a ṃ or greater[1]
Casualties 59,488–62,013 deaths, 121,704 injured, 140 missing
  • 53,537 deaths, 107,213 injured, 140 missing in Turkey
  • 5,951–8,476 deaths, 14,500 injured in Syria

On 6 February 2023, at 04:17 TRT (01:17 UTC), a ṃ 7.8 earthquake struck southern and central Turkey and northern and western Syria. The epicenter was 37 km (23 mi) west–northwest of Gaziantep.[2] The earthquake had a maximum Mercalli intensity of XII (Extreme) around the epicenter and in Antakya. It was followed by a ṃ7.7 earthquake at 13:24.[3] This earthquake was centered 95 km (59 mi) north-northeast from the first. There was widespread damage and tens of thousands of fatalities.

The ṃ7.8 earthquake is the largest in Turkey since the 1939 Erzincan earthquake of the same magnitude,[4] and jointly the second-largest in the country, after larger estimates for the 1668 North Anatolia eart""",
        "lead": [
            "On 6 February 2023, at 04:17 TRT (01:17 UTC), a Mw 7.8 earthquake struck southern and central Turkey and "
            "northern and western Syria. The epicenter was 37 km (23 mi) west–northwest of Gaziantep. The earthquake "
            "had a maximum Mercalli intensity of XII (Extreme) around the epicenter and in Antakya. It was followed by "
            "a Mw 7.7 earthquake at 13:24. This earthquake was centered 95 km (59 mi) north-northeast from the first. "
            "There was widespread damage and tens of thousands of fatalities.",
        ],
        "template": "Infobox earthquake",
        "fields": [
            ("duration", "80 seconds"),
            ("magnitude", "Mw 7.8"),
            ("depth", "10.0 km (6 mi)"),
            ("location", "Şehitkamil, Gaziantep"),
            ("fault", "Dead Sea Transform, East Anatolian Fault, Çardak–Sürgü Fault"),
            ("type", "Strike-slip, supershear, doublet"),
            ("countries affected", "Turkey and Syria"),
            ("damages", "> US$163.6 billion (estimated)"),
            ("intensity", "XII (Extreme)"),
            ("PGA", "2.212 g"),
            ("tsunami", "40 cm (16 in)"),
            ("aftershocks", "≥30,000 (by May 2023)"),
            (
                "casualties",
                "59,488–62,013 deaths, 121,704 injured, 140 missing; 53,537 deaths, 107,213 injured, 140 "
                "missing in Turkey; 5,951–8,476 deaths, 14,500 injured in Syria",
            ),
        ],
    },
}


def main() -> None:
    write(PAGES, HERE)


def write(pages: dict[str, dict], here: Path) -> None:
    """Each page spec as the JSON file the fake wiki serves, in `here` (the second set reuses it)."""
    here.mkdir(parents=True, exist_ok=True)
    for slug, spec in pages.items():
        page = {
            "title": spec["title"],
            "url": spec["url"],
            "licence": LICENCE,
            "retrieval": RETRIEVED,
            "stored_copy_url": spec["url"],
            "stored_copy_note": spec["note"],
            "cut_off": spec["cut_off"],
            "timestamp": spec["timestamp"],
            "verbatim": spec["verbatim"],
            "lead": spec["lead"],
            "sections": spec.get("sections", []),
            "infobox": {"template": spec["template"], "fields": [list(f) for f in spec["fields"]]},
            "redirects": spec.get("redirects", []),
        }
        (here / f"{slug}.json").write_text(json.dumps(page, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
