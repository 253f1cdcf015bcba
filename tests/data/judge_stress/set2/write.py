# ruff: noqa: E501  (the stored copies and the articles are quoted whole; wrapping them would change them)
"""Write the judge's second stress set (tests/data/judge_stress/set2): four stored pages the judge was never
tuned on (a head of government with several offices, a company chief's succession, a scientist's prizes and
dates, an international body's member counts), news articles in our own words about them, each true claim with
the page words that make it true, and one-fact-false variants.

Pages and claims were written before the judge was run on them. A page keeps its stored copy verbatim (the
excerpt as the store returned it, from the page's start), with its address, licence, a retrieval note and what
the copy cuts off; the served `lead`, `sections` and infobox rows are cut from it as in
tests/data/judge_stress/write_pages.py (footnote markers dropped, white space normalised, a paragraph cut off
mid-word dropped from its last whole sentence; infobox parameter names are the templates' usual names).

Run from the project root: `python tests/data/judge_stress/set2/write.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

PAGES: dict[str, dict] = {
    "narendra-modi": {
        "title": "Narendra Modi",
        "url": "https://newsunited.com/narendra-modi/wikipedia/",
        "timestamp": "2014-07-01T00:00:00Z",
        "note": "Mirror of the English Wikipedia article. Date unknown: 'Assumed office 26 May 2014' as prime minister "
        "and '(age 63)', so between 26 May and 16 September 2014 (timestamp approximate).",
        "cut_off": "infobox and lead; the second lead paragraph is cut off mid-sentence ('was in 1'); no body",
        "verbatim": """Narendra Modi



Narendra Modi Wikipedia
"NaMo" redirects here. For other uses, see Namo (disambiguation).
Narendra Modi

Narendra D Modi.png
15th Prime Minister of India
Assumed office

26 May 2014
PresidentPranab Mukherjee
Preceded byManmohan Singh
14th Chief Minister of Gujarat
In office

7 October 2001 – 22 May 2014
GovernorSunder Singh Bhandari

Kailashpati Mishra

Balram Jakhar

Nawal Kishore Sharma

S. C. Jamir

Kamla Beniwal
Preceded byKeshubhai Patel
Succeeded byAnandiben Patel
Member of Parliament for

Assumed office

16 May 2014
Preceded byMurli Manohar Joshi
Member of Gujarat Legislative Assembly for

In office

2002 – 16 May 2014
Preceded byKamlesh Patel
Personal details
BornNarendra Damodardas Modi

(1950-09-17) 17 September 1950 (age 63)

Vadnagar, India
Political partyBharatiya Janata Party
Spouse(s)Jashodaben Chimanlal (Child

marriage; estranged)
Residence7, Race Course Road
Alma materUniversity of Delhi

Gujarat University
WebsiteOfficial website

Government website
Narendra Damodardas Modi ([nəreːnd̪rə d̪ɑːmoːd̪ərəd̪ɑːs moːd̪iː] ( listen), born 17 September 1950) is the 15th and current Prime Minister of India. Modi, a leader of the Bharatiya Janata Party (BJP), also served as the Chief Minister of Gujarat from 2001–14. He is currently the Member of Parliament (MP) for the Varanasi constituency.

Modi was a key strategist for the BJP in the successful 1995 and 1998 Gujarat state election campaigns. He became Chief Minister of Gujarat in October 2001 and served longer in that position than anyone else to date. Modi was a major campaign figure in the 2009 general election, which the BJP-led National Democratic Alliance lost to the Congress-led United Progressive Alliance (UPA). He led the BJP in the 2014 general election, which resulted in an outright majority for the BJP in the Lok Sabha (the lower house of the Indian parliament) – the last time that any party had secured an outright majority in the Lok Sabha was in 1""",
        "lead": [
            "Narendra Damodardas Modi ([nəreːnd̪rə d̪ɑːmoːd̪ərəd̪ɑːs moːd̪iː] ( listen), born 17 September 1950) is the "
            "15th and current Prime Minister of India. Modi, a leader of the Bharatiya Janata Party (BJP), also served as "
            "the Chief Minister of Gujarat from 2001–14. He is currently the Member of Parliament (MP) for the Varanasi "
            "constituency.",
            "Modi was a key strategist for the BJP in the successful 1995 and 1998 Gujarat state election campaigns. He "
            "became Chief Minister of Gujarat in October 2001 and served longer in that position than anyone else to "
            "date. Modi was a major campaign figure in the 2009 general election, which the BJP-led National Democratic "
            "Alliance lost to the Congress-led United Progressive Alliance (UPA).",
        ],
        "template": "Infobox officeholder",
        "fields": [
            ("office", "15th Prime Minister of India"),
            ("term_start", "26 May 2014"),
            ("president", "Pranab Mukherjee"),
            ("predecessor", "Manmohan Singh"),
            ("office2", "14th Chief Minister of Gujarat"),
            ("term_start2", "7 October 2001"),
            ("term_end2", "22 May 2014"),
            ("predecessor2", "Keshubhai Patel"),
            ("successor2", "Anandiben Patel"),
            ("office3", "Member of Parliament"),
            ("term_start3", "16 May 2014"),
            ("predecessor3", "Murli Manohar Joshi"),
            ("office4", "Member of Gujarat Legislative Assembly"),
            ("term_start4", "2002"),
            ("term_end4", "16 May 2014"),
            ("predecessor4", "Kamlesh Patel"),
            ("birth_name", "Narendra Damodardas Modi"),
            ("birth_date", "17 September 1950"),
            ("birth_place", "Vadnagar, India"),
            ("party", "Bharatiya Janata Party"),
            ("alma_mater", "University of Delhi; Gujarat University"),
        ],
    },
    "tim-cook": {
        "title": "Tim Cook",
        "url": "https://wikiwand.com/simple/articles/Tim_Cook",
        "timestamp": "2015-01-01T00:00:00Z",
        "note": "Simple English Wikipedia article through a Wikiwand mirror. Date unknown: 'is the chief executive "
        "officer of Apple Inc.', so after August 2011 (timestamp approximate). Its infobox rows for birth are empty.",
        "cut_off": "the lead, a bare infobox and the start of the body; cut off after 'permanent CEO of Apple on "
        "August 25, 2011.[9][10]'",
        "verbatim": """American business executive From Wikipedia, the free encyclopedia
Timothy Donald "Tim" Cook (born November 1, 1960) is the chief executive officer of Apple Inc..[1] He joined the company in March 1998.[2] On August 24, 2011, he was made the CEO of Apple after the resignation of Steve Jobs, who died on October 5, 2011 from pancreatic cancer.
Timothy D. Cook | |
---|---|
Born | |
Alma mater | Auburn University (B.S.) Duke University (M.B.A.) |
Occupation(s) | CEO, Apple Inc. |
Cook grew up in Robertsdale, Alabama, near Mobile. His father was a shipyard worker, and his mother was a homemaker. Cook finished high school at Robertsdale High School, earned a B.S. degree in industrial engineering from Auburn University in 1982,[3] and his M.B.A. from Duke University's Fuqua School of Business in 1988.[4]
Cook spent six months at Compaq as the Vice President for Corporate Materials before he was hired by Steve Jobs to join Apple. At first, he was the Senior Vice President for Worldwide Operations.[2] Before that, Cook was the chief operating officer (COO) of the computer reseller division of Intelligent Electronics and spent 12 years in IBM's personal computer business as the director of North American Fulfillment.[2]
Cook is praised for pulling Apple out of working by closing factories and warehouses around the world. This helped the company get lower inventory levels and make its supply chain easy, making margins a lot bigger.[6] In January 2007, Cook was promoted to COO.[7]
Cook served as Apple CEO for two months in 2004, when Jobs was healing from pancreatic cancer surgery. In 2009, Cook was made Apple CEO again for several months while Jobs had to leave for a liver transplant.
In January 2011, Apple's Board of Directors allowed Jobs to leave again for medical reasons. During that time, Cook was responsible for most of Apple’s day-to-day operations while Jobs made most big decisions.[8] After Jobs retired, Cook was made permanent CEO of Apple on August 25, 2011.[9][10]""",
        "lead": [
            'Timothy Donald "Tim" Cook (born November 1, 1960) is the chief executive officer of Apple Inc.. He joined '
            "the company in March 1998. On August 24, 2011, he was made the CEO of Apple after the resignation of Steve "
            "Jobs, who died on October 5, 2011 from pancreatic cancer.",
        ],
        "sections": [
            {
                "heading": "Early life",
                "paragraphs": [
                    "Cook grew up in Robertsdale, Alabama, near Mobile. His father was a shipyard worker, and his mother "
                    "was a homemaker. Cook finished high school at Robertsdale High School, earned a B.S. degree in "
                    "industrial engineering from Auburn University in 1982, and his M.B.A. from Duke University's Fuqua "
                    "School of Business in 1988.",
                ],
            },
            {
                "heading": "Career",
                "paragraphs": [
                    "Cook spent six months at Compaq as the Vice President for Corporate Materials before he was hired by "
                    "Steve Jobs to join Apple. At first, he was the Senior Vice President for Worldwide Operations. Before "
                    "that, Cook was the chief operating officer (COO) of the computer reseller division of Intelligent "
                    "Electronics and spent 12 years in IBM's personal computer business as the director of North American "
                    "Fulfillment.",
                    "Cook is praised for pulling Apple out of working by closing factories and warehouses around the "
                    "world. This helped the company get lower inventory levels and make its supply chain easy, making "
                    "margins a lot bigger. In January 2007, Cook was promoted to COO.",
                    "Cook served as Apple CEO for two months in 2004, when Jobs was healing from pancreatic cancer "
                    "surgery. In 2009, Cook was made Apple CEO again for several months while Jobs had to leave for a "
                    "liver transplant.",
                    "In January 2011, Apple's Board of Directors allowed Jobs to leave again for medical reasons. During "
                    "that time, Cook was responsible for most of Apple’s day-to-day operations while Jobs made most big "
                    "decisions. After Jobs retired, Cook was made permanent CEO of Apple on August 25, 2011.",
                ],
            },
        ],
        "template": "Infobox person",
        "fields": [
            ("name", "Timothy D. Cook"),
            ("alma_mater", "Auburn University (B.S.) Duke University (M.B.A.)"),
            ("occupation", "CEO, Apple Inc."),
        ],
    },
    "marie-curie": {
        "title": "Marie Curie",
        "url": "http://the-uncensored-wiki.com:20091/2009-wikipedia_en_wp1-0.7_2009-05/A/Marie_Curie.html",
        "timestamp": "2009-05-01T00:00:00Z",
        "note": "Copy of the English Wikipedia article in the 2009 Wikipedia 1.0 selection ('2009-05' in its "
        "address; timestamp approximate). The copy titles her 'Marie Skłodowska–Curie' in its infobox.",
        "cut_off": "infobox and lead; the third lead paragraph is cut off mid-sentence ('and in 1932 she founded a'); "
        "no body",
        "verbatim": """Marie Curie

Marie Skłodowska–Curie
Mariecurie.jpg
Born 7 November 1867(1867-11-07)
Warsaw, Vistula Country, Russian Empire
Died 4 July 1934 (aged 66)
Passy, France
Nationality Poland, France
Fields physics, chemistry
Institutions University of Paris
Alma mater University of Paris
ESPCI
Doctoral advisor Henri Becquerel
Doctoral students André-Louis Debierne
Óscar Moreno
Marguerite Catherine Perey
Known for radioactivity, polonium, radium
Notable awards Nobel Prize in Physics (1903)
Davy Medal (1903)
Matteucci Medal (1904)
Nobel Prize in Chemistry (1911)
Notes
The only person to win two Nobel Prizes in different science fields.

Marie Skłodowska–Curie (7 November 1867 – 4 July 1934) was a physicist and chemist of Polish upbringing and, subsequently, French citizenship. She was a pioneer in the field of radioactivity, the only person honored with Nobel Prizes in two different sciences[1], and the first female professor at the University of Paris.

She was born Maria Skłodowska in Warsaw, Vistula Country, Russian Empire, and lived there until she was 24. In 1891 she followed her elder sister Bronisława to study in Paris, where she obtained her higher degrees and conducted her subsequent scientific work. She founded the Curie Institutes in Paris and Warsaw. Her husband Pierre Curie was also a Nobel laureate, as were her daughter Irène Joliot-Curie and son-in-law Frédéric Joliot-Curie.

Her achievements include the creation of a theory of radioactivity (a term coined by her[2]), techniques for isolating radioactive isotopes, and the discovery of two new elements, radium and polonium. It was also under her personal direction that the world's first studies were conducted into the treatment of neoplasms ("cancers"), using radioactive isotopes.

While an actively loyal French citizen, she never lost her sense of Polish identity. She named the first new chemical element that she discovered (1898) "polonium" for her native country,[3] and in 1932 she founded a""",
        "lead": [
            "Marie Skłodowska–Curie (7 November 1867 – 4 July 1934) was a physicist and chemist of Polish upbringing "
            "and, subsequently, French citizenship. She was a pioneer in the field of radioactivity, the only person "
            "honored with Nobel Prizes in two different sciences, and the first female professor at the University of "
            "Paris.",
            "She was born Maria Skłodowska in Warsaw, Vistula Country, Russian Empire, and lived there until she was "
            "24. In 1891 she followed her elder sister Bronisława to study in Paris, where she obtained her higher "
            "degrees and conducted her subsequent scientific work. She founded the Curie Institutes in Paris and "
            "Warsaw. Her husband Pierre Curie was also a Nobel laureate, as were her daughter Irène Joliot-Curie and "
            "son-in-law Frédéric Joliot-Curie.",
            "Her achievements include the creation of a theory of radioactivity (a term coined by her), techniques for "
            "isolating radioactive isotopes, and the discovery of two new elements, radium and polonium. It was also "
            "under her personal direction that the world's first studies were conducted into the treatment of "
            'neoplasms ("cancers"), using radioactive isotopes.',
            "While an actively loyal French citizen, she never lost her sense of Polish identity.",
        ],
        "template": "Infobox scientist",
        "fields": [
            ("name", "Marie Skłodowska–Curie"),
            ("birth_date", "7 November 1867"),
            ("birth_place", "Warsaw, Vistula Country, Russian Empire"),
            ("death_date", "4 July 1934 (aged 66)"),
            ("death_place", "Passy, France"),
            ("nationality", "Poland, France"),
            ("fields", "physics, chemistry"),
            ("workplaces", "University of Paris"),
            ("alma_mater", "University of Paris; ESPCI"),
            ("doctoral_advisor", "Henri Becquerel"),
            ("known_for", "radioactivity, polonium, radium"),
            (
                "prizes",
                "Nobel Prize in Physics (1903); Davy Medal (1903); Matteucci Medal (1904); Nobel Prize in Chemistry (1911)",
            ),
        ],
    },
    "association-of-southeast-asian-nations": {
        "title": "Association of Southeast Asian Nations",
        "url": "https://infomutt.com/a/as/association_of_southeast_asian_nations.html",
        "timestamp": "2004-01-01T00:00:00Z",
        "note": "Mirror of an early English Wikipedia article (about 2003-2004: the ARF's '23 members'; timestamp "
        "approximate). The copy's list of member countries is empty; it has no infobox.",
        "cut_off": "lead, 'Members', 'The ASEAN Regional Forum' and the start of 'History'; cut off mid-name "
        "('were Adam Ma')",
        "verbatim": """The Association of Southeast Asian Nations (ASEAN) is a political, economic, and cultural organization of countries located in Southeast Asia. Founded in 1967, its aim is to foster cooperation and mutual assistance among members. The countries meet regularly every November in summits.

Table of contents
1 Members
2 The ASEAN Regional Forum
3 History
4 External Link

Members

The current member countries of ASEAN are:

Papua New Guinea has observer status in the ASEAN.

The ASEAN also conducts dialogue meetings with other countries and an organization, collectively known as the ASEAN dialogue partners. They are Australia, Canada, the People's Republic of China, North Korea, South Korea, the United States, India, Japan, Mongolia, New Zealand, Russia, and the European Union.

The member countries of ASEAN are diverse. They include some of the most repressive and some of the most democratic governments in the world, with economic policies ranging from liberal and democratic to communist and socialist. The cultures and religions of the various peoples in the region include the predominantly Catholic Philippines, to Indonesia, the largest Muslim nation, and Buddhist Thailand. ASEAN includes governments considered corrupt and governments considered transparent.

The ASEAN Regional Forum

The ASEAN Regional Forum (ARF) is an informal multilateral dialogue of 23 members that seeks to address security issues in the Asia-Pacific region. The ARF met for the first time in 1994. The members include the 10 member states of the ASEAN, the observer Papua New Guinea, and the 12 ASEAN dialogue partners.

History

The ASEAN was established on August 8, 1967, when foreign ministers of five countries—Indonesia, Malaysia, the Philippines, Singapore, and Thailand met at the Thai Department of Foreign Affairs building in Bangkok and signed the ASEAN Declaration (also known as the Bangkok Declaration). The five foreign ministers, considered the organization's Founding Fathers, were Adam Ma""",
        "lead": [
            "The Association of Southeast Asian Nations (ASEAN) is a political, economic, and cultural organization of "
            "countries located in Southeast Asia. Founded in 1967, its aim is to foster cooperation and mutual "
            "assistance among members. The countries meet regularly every November in summits.",
        ],
        "sections": [
            {
                "heading": "Members",
                "paragraphs": [
                    "The current member countries of ASEAN are:",
                    "Papua New Guinea has observer status in the ASEAN.",
                    "The ASEAN also conducts dialogue meetings with other countries and an organization, collectively "
                    "known as the ASEAN dialogue partners. They are Australia, Canada, the People's Republic of China, "
                    "North Korea, South Korea, the United States, India, Japan, Mongolia, New Zealand, Russia, and the "
                    "European Union.",
                ],
            },
            {
                "heading": "The ASEAN Regional Forum",
                "paragraphs": [
                    "The ASEAN Regional Forum (ARF) is an informal multilateral dialogue of 23 members that seeks to "
                    "address security issues in the Asia-Pacific region. The ARF met for the first time in 1994. The "
                    "members include the 10 member states of the ASEAN, the observer Papua New Guinea, and the 12 ASEAN "
                    "dialogue partners.",
                ],
            },
            {
                "heading": "History",
                "paragraphs": [
                    "The ASEAN was established on August 8, 1967, when foreign ministers of five countries—Indonesia, "
                    "Malaysia, the Philippines, Singapore, and Thailand met at the Thai Department of Foreign Affairs "
                    "building in Bangkok and signed the ASEAN Declaration (also known as the Bangkok Declaration).",
                ],
            },
        ],
        "template": None,
        "fields": [],
    },
}

# stem -> (as_of, article text, {claim: (label, pages, words)})
BASES: dict[str, tuple[str, str, dict[str, tuple[str, list[str], str]]]] = {}

P = "narendra-modi"
BASES["modi-2014-07"] = (
    "2014-07-01",
    """Modi sets out his priorities to the cabinet

NEW DELHI - Narendra Modi, who was sworn in as India's 15th prime minister on 26 May 2014, told his ministers on Tuesday that prices and power cuts would come first.

Modi, 63, succeeded Manmohan Singh after the Bharatiya Janata Party won an outright majority in the Lok Sabha. President Pranab Mukherjee swore in the new cabinet.

Born in Vadnagar on 17 September 1950, Modi served as chief minister of Gujarat from 7 October 2001 to 22 May 2014, longer than anyone else in the post. He had taken over from Keshubhai Patel, and the state is now led by Anandiben Patel, who was chosen to follow him.

He became chief minister of Gujarat in October 2001 after years as a party organiser: Modi was a key strategist for the BJP in the 1995 and 1998 Gujarat state election campaigns. He sat in the Gujarat Legislative Assembly from 2002.

He now represents the Varanasi constituency in Parliament, where he took the seat of Murli Manohar Joshi. He studied at the University of Delhi and at Gujarat University.

In the 2009 general election, the BJP-led National Democratic Alliance lost to the Congress-led United Progressive Alliance.
""",
    {
        "sworn in as India's 15th prime minister on 26 May 2014": (
            "supported",
            [P],
            "'15th Prime Minister of India Assumed office 26 May 2014'",
        ),
        "Modi, 63,": ("supported", [P], "'born 17 September 1950' (63 on 1 July 2014)"),
        "succeeded Manmohan Singh": ("supported", [P], "'Preceded byManmohan Singh'"),
        "President Pranab Mukherjee": ("supported", [P], "'PresidentPranab Mukherjee'"),
        "Born in Vadnagar on 17 September 1950": ("supported", [P], "'17 September 1950 (age 63) Vadnagar, India'"),
        "served as chief minister of Gujarat from 7 October 2001 to 22 May 2014": (
            "supported",
            [P],
            "'14th Chief Minister of Gujarat In office 7 October 2001 – 22 May 2014'",
        ),
        "had taken over from Keshubhai Patel": ("supported", [P], "'Preceded byKeshubhai Patel'"),
        "the state is now led by Anandiben Patel": ("supported", [P], "'Succeeded byAnandiben Patel'"),
        "He became chief minister of Gujarat in October 2001": (
            "supported",
            [P],
            "'He became Chief Minister of Gujarat in October 2001'",
        ),
        "Modi was a key strategist for the BJP in the 1995 and 1998 Gujarat state election campaigns": (
            "supported",
            [P],
            "'Modi was a key strategist for the BJP in the successful 1995 and 1998 Gujarat state election campaigns'",
        ),
        "He sat in the Gujarat Legislative Assembly from 2002": (
            "supported",
            [P],
            "'Member of Gujarat Legislative Assembly ... In office 2002 – 16 May 2014'",
        ),
        "represents the Varanasi constituency in Parliament": (
            "supported",
            [P],
            "'He is currently the Member of Parliament (MP) for the Varanasi constituency'",
        ),
        "took the seat of Murli Manohar Joshi": (
            "supported",
            [P],
            "'Member of Parliament ... Preceded byMurli Manohar Joshi'",
        ),
        "studied at the University of Delhi": ("supported", [P], "'Alma materUniversity of Delhi'"),
        "the BJP-led National Democratic Alliance lost to the Congress-led United Progressive Alliance": (
            "supported",
            [P],
            "'which the BJP-led National Democratic Alliance lost to the Congress-led United Progressive Alliance'",
        ),
    },
)

P = "tim-cook"
BASES["cook-2015-06"] = (
    "2015-06-01",
    """Apple chief shows staff the new campus plans

CUPERTINO - Tim Cook, who has run Apple Inc. since 2011, showed staff the plans for the company's new campus on Monday.

Cook, 54, was born on November 1, 1960 and grew up in Robertsdale, Alabama. He finished high school at Robertsdale High School, earned a degree in industrial engineering from Auburn University in 1982 and an MBA from Duke University's Fuqua School of Business in 1988.

He spent 12 years in IBM's personal computer business, and then six months at Compaq as vice president for corporate materials, before Steve Jobs hired him. Cook joined Apple in March 1998 and was promoted to chief operating officer in January 2007.

Cook ran the company for two months in 2004 while Jobs recovered from surgery, and again in 2009. He succeeded Jobs as chief executive in August 2011. Jobs died on October 5, 2011.
""",
    {
        "who has run Apple Inc. since 2011": ("supported", [P], "'On August 24, 2011, he was made the CEO of Apple'"),
        "Cook, 54,": ("supported", [P], "'born November 1, 1960' (54 on 1 June 2015)"),
        "was born on November 1, 1960": ("supported", [P], "'(born November 1, 1960)'"),
        "grew up in Robertsdale, Alabama": ("supported", [P], "'Cook grew up in Robertsdale, Alabama'"),
        "finished high school at Robertsdale High School": (
            "supported",
            [P],
            "'Cook finished high school at Robertsdale High School'",
        ),
        "earned a degree in industrial engineering from Auburn University in 1982": (
            "supported",
            [P],
            "'earned a B.S. degree in industrial engineering from Auburn University in 1982'",
        ),
        "an MBA from Duke University's Fuqua School of Business in 1988": (
            "supported",
            [P],
            "'his M.B.A. from Duke University's Fuqua School of Business in 1988'",
        ),
        "spent 12 years in IBM's personal computer business": (
            "supported",
            [P],
            "'spent 12 years in IBM's personal computer business'",
        ),
        "six months at Compaq as vice president for corporate materials": (
            "supported",
            [P],
            "'Cook spent six months at Compaq as the Vice President for Corporate Materials'",
        ),
        "Cook joined Apple in March 1998": ("supported", [P], "'He joined the company in March 1998'"),
        "was promoted to chief operating officer in January 2007": (
            "supported",
            [P],
            "'In January 2007, Cook was promoted to COO'",
        ),
        "ran the company for two months in 2004": (
            "supported",
            [P],
            "'Cook served as Apple CEO for two months in 2004'",
        ),
        "He succeeded Jobs as chief executive in August 2011": (
            "supported",
            [P],
            "'On August 24, 2011, he was made the CEO of Apple after the resignation of Steve Jobs'",
        ),
        "Jobs died on October 5, 2011": ("supported", [P], "'Steve Jobs, who died on October 5, 2011'"),
    },
)

P = "marie-curie"
BASES["curie-2009-06"] = (
    "2009-06-01",
    """Paris exhibition recalls Curie's two Nobel prizes

PARIS - An exhibition that opened on Monday recalls Marie Curie, the only person honoured with Nobel Prizes in two different sciences.

Born Maria Skłodowska in Warsaw on 7 November 1867, Curie lived in the city until she was 24. In 1891 she followed her elder sister Bronisława to Paris to study.

She won the Nobel Prize in Physics in 1903 and the Nobel Prize in Chemistry in 1911. She also received the Davy Medal in 1903 and the Matteucci Medal in 1904.

Curie was the first female professor at the University of Paris. Her doctoral advisor was Henri Becquerel. She discovered two new elements, radium and polonium, and named polonium after her native country in 1898.

Her husband Pierre Curie was also a Nobel laureate, as was her daughter Irène Joliot-Curie. Curie died in Passy, France, on 4 July 1934, aged 66.
""",
    {
        "the only person honoured with Nobel Prizes in two different sciences": (
            "supported",
            [P],
            "'the only person honored with Nobel Prizes in two different sciences'",
        ),
        "Born Maria Skłodowska in Warsaw on 7 November 1867": (
            "supported",
            [P],
            "'She was born Maria Skłodowska in Warsaw'; 'Born 7 November 1867'",
        ),
        "lived in the city until she was 24": ("supported", [P], "'and lived there until she was 24'"),
        "In 1891 she followed her elder sister Bronisława to Paris": (
            "supported",
            [P],
            "'In 1891 she followed her elder sister Bronisława to study in Paris'",
        ),
        "won the Nobel Prize in Physics in 1903": ("supported", [P], "'Nobel Prize in Physics (1903)'"),
        "the Nobel Prize in Chemistry in 1911": ("supported", [P], "'Nobel Prize in Chemistry (1911)'"),
        "received the Davy Medal in 1903": ("supported", [P], "'Davy Medal (1903)'"),
        "the Matteucci Medal in 1904": ("supported", [P], "'Matteucci Medal (1904)'"),
        "Curie was the first female professor at the University of Paris": (
            "supported",
            [P],
            "'and the first female professor at the University of Paris'",
        ),
        "Her doctoral advisor was Henri Becquerel": ("supported", [P], "'Doctoral advisor Henri Becquerel'"),
        "named polonium after her native country in 1898": (
            "supported",
            [P],
            "'She named the first new chemical element that she discovered (1898) \"polonium\" for her native country'",
        ),
        "Her husband Pierre Curie was also a Nobel laureate": (
            "supported",
            [P],
            "'Her husband Pierre Curie was also a Nobel laureate'",
        ),
        "her daughter Irène Joliot-Curie": ("supported", [P], "'as were her daughter Irène Joliot-Curie'"),
        "died in Passy, France, on 4 July 1934, aged 66": (
            "supported",
            [P],
            "'Died 4 July 1934 (aged 66) Passy, France'",
        ),
    },
)

P = "association-of-southeast-asian-nations"
BASES["asean-2004-06"] = (
    "2004-06-01",
    """Regional bloc's ministers meet ahead of November summit

JAKARTA - Foreign ministers of the Association of Southeast Asian Nations met on Tuesday to prepare the group's summit in November.

ASEAN was established on August 8, 1967, when the foreign ministers of five countries met in Bangkok and signed the Bangkok Declaration at the Thai Department of Foreign Affairs building.

The ASEAN Regional Forum, an informal security dialogue of 23 members that first met in 1994, includes the 10 member states of ASEAN, the observer Papua New Guinea and the 12 dialogue partners.

Papua New Guinea has observer status in ASEAN. Its dialogue partners include Australia, Canada, India, Japan and the European Union.
""",
    {
        "the group's summit in November": (
            "supported",
            [P],
            "'The countries meet regularly every November in summits'",
        ),
        "established on August 8, 1967": ("supported", [P], "'The ASEAN was established on August 8, 1967'"),
        "the foreign ministers of five countries met in Bangkok": (
            "supported",
            [P],
            "'when foreign ministers of five countries ... met at the Thai Department of Foreign Affairs building in Bangkok'",
        ),
        "signed the Bangkok Declaration": (
            "supported",
            [P],
            "'signed the ASEAN Declaration (also known as the Bangkok Declaration)'",
        ),
        "an informal security dialogue of 23 members": (
            "supported",
            [P],
            "'an informal multilateral dialogue of 23 members that seeks to address security issues'",
        ),
        "first met in 1994": ("supported", [P], "'The ARF met for the first time in 1994'"),
        "includes the 10 member states of ASEAN": (
            "supported",
            [P],
            "'The members include the 10 member states of the ASEAN'",
        ),
        "the 12 dialogue partners": ("supported", [P], "'and the 12 ASEAN dialogue partners'"),
        "Papua New Guinea has observer status in ASEAN": (
            "supported",
            [P],
            "'Papua New Guinea has observer status in the ASEAN'",
        ),
        "Its dialogue partners include Australia, Canada, India, Japan and the European Union": (
            "supported",
            [P],
            "'They are Australia, Canada, ... India, Japan, ... and the European Union'",
        ),
    },
)

# stem -> (base, way, old words, new words, page words the change contradicts)
VARIANTS: dict[str, tuple[str, str, str, str, str]] = {
    "modi-2014-07-v01-ordinal": (
        "modi-2014-07",
        "ordinal",
        "India's 15th prime minister",
        "India's 14th prime minister",
        "'15th Prime Minister of India'",
    ),
    "modi-2014-07-v02-date": (
        "modi-2014-07",
        "date",
        "prime minister on 26 May 2014",
        "prime minister on 28 May 2014",
        "'Assumed office 26 May 2014'",
    ),
    "modi-2014-07-v03-predecessor": (
        "modi-2014-07",
        "predecessor",
        "succeeded Manmohan Singh",
        "succeeded Atal Bihari Vajpayee",
        "'Preceded byManmohan Singh'",
    ),
    "modi-2014-07-v04-age": ("modi-2014-07", "age", "Modi, 63,", "Modi, 66,", "'born 17 September 1950'"),
    "modi-2014-07-v05-place": ("modi-2014-07", "place", "Born in Vadnagar", "Born in Ahmedabad", "'Vadnagar, India'"),
    "modi-2014-07-v06-year": (
        "modi-2014-07",
        "year",
        "chief minister of Gujarat in October 2001",
        "chief minister of Gujarat in October 2003",
        "'He became Chief Minister of Gujarat in October 2001'",
    ),
    "cook-2015-06-v01-year": (
        "cook-2015-06",
        "year",
        "Auburn University in 1982",
        "Auburn University in 1984",
        "'from Auburn University in 1982'",
    ),
    "cook-2015-06-v02-age": ("cook-2015-06", "age", "Cook, 54,", "Cook, 57,", "'born November 1, 1960'"),
    "cook-2015-06-v03-date": (
        "cook-2015-06",
        "date",
        "joined Apple in March 1998",
        "joined Apple in March 1996",
        "'He joined the company in March 1998'",
    ),
    "cook-2015-06-v04-count": (
        "cook-2015-06",
        "count",
        "spent 12 years",
        "spent 15 years",
        "'spent 12 years in IBM's personal computer business'",
    ),
    "cook-2015-06-v05-date": (
        "cook-2015-06",
        "date",
        "Jobs died on October 5, 2011",
        "Jobs died on October 15, 2011",
        "'who died on October 5, 2011'",
    ),
    "cook-2015-06-v06-year": (
        "cook-2015-06",
        "year",
        "chief operating officer in January 2007",
        "chief operating officer in January 2005",
        "'In January 2007, Cook was promoted to COO'",
    ),
    "curie-2009-06-v01-year": (
        "curie-2009-06",
        "year",
        "Nobel Prize in Chemistry in 1911",
        "Nobel Prize in Chemistry in 1913",
        "'Nobel Prize in Chemistry (1911)'",
    ),
    "curie-2009-06-v02-date": (
        "curie-2009-06",
        "date",
        "Warsaw on 7 November 1867",
        "Warsaw on 7 November 1869",
        "'Born 7 November 1867'",
    ),
    "curie-2009-06-v03-place": (
        "curie-2009-06",
        "place",
        "died in Passy, France",
        "died in Lyon, France",
        "'Died 4 July 1934 (aged 66) Passy, France'",
    ),
    "curie-2009-06-v04-age": ("curie-2009-06", "age", "aged 66", "aged 68", "'Died 4 July 1934 (aged 66)'"),
    "curie-2009-06-v05-count": (
        "curie-2009-06",
        "count",
        "until she was 24",
        "until she was 28",
        "'lived there until she was 24'",
    ),
    "curie-2009-06-v06-year": (
        "curie-2009-06",
        "year",
        "Matteucci Medal in 1904",
        "Matteucci Medal in 1906",
        "'Matteucci Medal (1904)'",
    ),
    "asean-2004-06-v01-date": (
        "asean-2004-06",
        "date",
        "established on August 8, 1967",
        "established on August 8, 1969",
        "'established on August 8, 1967'",
    ),
    "asean-2004-06-v02-count": (
        "asean-2004-06",
        "count",
        "dialogue of 23 members",
        "dialogue of 27 members",
        "'dialogue of 23 members'",
    ),
    "asean-2004-06-v03-count": (
        "asean-2004-06",
        "count",
        "the 10 member states",
        "the 11 member states",
        "'the 10 member states of the ASEAN'",
    ),
    "asean-2004-06-v04-year": (
        "asean-2004-06",
        "year",
        "first met in 1994",
        "first met in 1996",
        "'The ARF met for the first time in 1994'",
    ),
    "asean-2004-06-v05-place": ("asean-2004-06", "place", "met in Bangkok", "met in Manila", "'building in Bangkok'"),
}


def main() -> None:
    sys.path.insert(0, str(HERE.parent))  # the first set's writers, next to this folder
    import write_pages
    import write_set

    write_pages.write(PAGES, HERE / "pages")
    write_set.write(BASES, VARIANTS, HERE)


if __name__ == "__main__":
    main()
