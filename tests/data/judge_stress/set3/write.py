# ruff: noqa: E501  (the stored copies and the articles are quoted whole; wrapping them would change them)
"""Write the judge's third stress set (tests/data/judge_stress/set3): four stored pages the judge was never
tuned on, of people with several offices and successions (the head of an international body who was a head
of government, a central banker who was a minister and ran another international body, a head of government
with two spells and a deputy post between them, a chief executive), news articles in our own words about
them, each true claim with the page words that make it true, and one-fact-false variants.

Pages and claims were written before the judge was run on them. A page keeps its stored copy verbatim (the
excerpt as the store returned it, from the page's start), with its address, licence, a retrieval note and what
the copy cuts off; the served `lead`, `sections` and infobox rows are cut from it as in
tests/data/judge_stress/write_pages.py (footnote markers dropped, white space normalised, a paragraph cut off
mid-word dropped from its last whole sentence; infobox parameter names are the templates' usual names).

Run from the project root: `python tests/data/judge_stress/set3/write.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

PAGES: dict[str, dict] = {
    "antonio-guterres": {
        "title": "António Guterres",
        "url": "https://en.wikipedia.org/wiki/Ant%C3%B3nio_Guterres",
        "timestamp": "2024-09-01T00:00:00Z",
        "note": "Copy of the English Wikipedia article. Date unknown: '(age 75)', so between 30 April 2024 and 29 April "
        "2025 (timestamp approximate).",
        "cut_off": "infobox and lead; the second lead paragraph is cut off mid-word ('was defeated i'); no body",
        "verbatim": """António Guterres

From Wikipedia, the free encyclopedia

António Guterres
Guterres in 2023
9th Secretary-General of the United Nations
Assumed office
1 January 2017
DeputyAmina Mohammed
Preceded byBan Ki-moon
United Nations High Commissioner for Refugees
In office
15 June 2005 – 31 December 2015
Preceded byRuud Lubbers
Succeeded byFilippo Grandi
Prime Minister of Portugal
In office
28 October 1995 – 6 April 2002
Preceded byAníbal Cavaco Silva
Succeeded byJosé Manuel Barroso
President of the Socialist International
In office
10 November 1999 – 15 June 2005
Secretary-GeneralLuis Ayala
Preceded byPierre Mauroy
Succeeded byGeorge Papandreou
Secretary-General of the Socialist Party
In office
23 February 1992 – 21 January 2002
PresidentAntónio de Almeida Santos
Preceded byJorge Sampaio
Succeeded byEduardo Ferro Rodrigues
Leader of the Opposition
In office
23 February 1992 – 28 October 1995
Prime MinisterAníbal Cavaco Silva
Preceded byJorge Sampaio
Succeeded byFernando Nogueira
Member of the Assembly of the Republic
In office
3 June 1976 – 4 April 2002
ConstituencyCastelo Branco
Personal details
António Manuel de Oliveira Guterres

(1949-04-30) 30 April 1949 (age 75)
Parede, Cascais, Portugal
Political partySocialist
  • Luísa Guimarães e Melo
    (m. 1972; died 1998)
  • (m. 2001)
Alma materInstituto Superior Técnico, University of Lisbon
WebsiteOfficial website

António Manuel de Oliveira Guterres GCC GCL (/ɡʊˈtɛrəs/ , European Portuguese: [ɐ̃ˈtɔnju ɣuˈtɛʁɨʃ] ; born 30 April 1949)[1] is a Portuguese politician and diplomat. Since 2017, he has served as secretary-general of the United Nations, the ninth person to hold this title. A member of the Portuguese Socialist Party, Guterres served as prime minister of Portugal from 1995 to 2002.

Guterres served as secretary-general of the Socialist Party from 1992 to 2002. He was elected prime minister in 1995 and announced his resignation in 2002, after his party was defeated i""",
        "lead": [
            "António Manuel de Oliveira Guterres GCC GCL (/ɡʊˈtɛrəs/ , European Portuguese: [ɐ̃ˈtɔnju ɣuˈtɛʁɨʃ] ; born "
            "30 April 1949) is a Portuguese politician and diplomat. Since 2017, he has served as secretary-general of "
            "the United Nations, the ninth person to hold this title. A member of the Portuguese Socialist Party, "
            "Guterres served as prime minister of Portugal from 1995 to 2002.",
            "Guterres served as secretary-general of the Socialist Party from 1992 to 2002.",
        ],
        "template": "Infobox officeholder",
        "fields": [
            ("office", "9th Secretary-General of the United Nations"),
            ("term_start", "1 January 2017"),
            ("deputy", "Amina Mohammed"),
            ("predecessor", "Ban Ki-moon"),
            ("office2", "United Nations High Commissioner for Refugees"),
            ("term_start2", "15 June 2005"),
            ("term_end2", "31 December 2015"),
            ("predecessor2", "Ruud Lubbers"),
            ("successor2", "Filippo Grandi"),
            ("office3", "Prime Minister of Portugal"),
            ("term_start3", "28 October 1995"),
            ("term_end3", "6 April 2002"),
            ("predecessor3", "Aníbal Cavaco Silva"),
            ("successor3", "José Manuel Barroso"),
            ("office4", "President of the Socialist International"),
            ("term_start4", "10 November 1999"),
            ("term_end4", "15 June 2005"),
            ("predecessor4", "Pierre Mauroy"),
            ("successor4", "George Papandreou"),
            ("office5", "Secretary-General of the Socialist Party"),
            ("term_start5", "23 February 1992"),
            ("term_end5", "21 January 2002"),
            ("president5", "António de Almeida Santos"),
            ("predecessor5", "Jorge Sampaio"),
            ("successor5", "Eduardo Ferro Rodrigues"),
            ("office6", "Leader of the Opposition"),
            ("term_start6", "23 February 1992"),
            ("term_end6", "28 October 1995"),
            ("primeminister6", "Aníbal Cavaco Silva"),
            ("predecessor6", "Jorge Sampaio"),
            ("successor6", "Fernando Nogueira"),
            ("office7", "Member of the Assembly of the Republic"),
            ("term_start7", "3 June 1976"),
            ("term_end7", "4 April 2002"),
            ("constituency7", "Castelo Branco"),
            ("birth_name", "António Manuel de Oliveira Guterres"),
            ("birth_date", "30 April 1949"),
            ("birth_place", "Parede, Cascais, Portugal"),
            ("party", "Socialist"),
            ("alma_mater", "Instituto Superior Técnico, University of Lisbon"),
        ],
    },
    "christine-lagarde": {
        "title": "Christine Lagarde",
        "url": "https://fanyv88.com:443/https/simple.wikipedia.org/wiki/Christine_Lagarde",
        "timestamp": "2024-06-01T00:00:00Z",
        "note": "Simple English Wikipedia article through a proxy's address. Date unknown: '(age 68)', so in 2024 "
        "(timestamp approximate). Its lead dates the foreign trade post from 2 July 2005, its infobox from 2 June 2005.",
        "cut_off": "infobox and lead; the second lead paragraph is cut off mid-word ('since the beginnin'); no body",
        "verbatim": """Jump to content

Christine Lagarde

From Simple English Wikipedia, the free encyclopedia

Christine Lagarde
Lagarde in 2020
President of the European Central Bank
Assumed office
1 November 2019
Vice PresidentLuis de Guindos
Preceded byMario Draghi
Managing Director of the
International Monetary Fund
In office
5 July 2011 – 12 September 2019
DeputyJohn Lipsky
David Lipton
Preceded byDominique Strauss-Kahn
Succeeded byKristalina Georgieva
Minister of the Economy, Finance and Industry
In office
19 June 2007 – 29 June 2011
Prime MinisterFrançois Fillon
Preceded byJean-Louis Borloo
Succeeded byFrançois Baroin
Minister of Agriculture and Fisheries
In office
18 May 2007 – 18 June 2007
Prime MinisterFrançois Fillon
Preceded byDominique Bussereau
Succeeded byMichel Barnier
Minister of Foreign Trade
In office
2 June 2005 – 15 May 2007
Prime MinisterDominique de Villepin
Preceded byFrançois Loos
Succeeded byHervé Novelli
Personal details
Born
Christine Madeleine Odette Lallouette

(1956-01-01) 1 January 1956 (age 68)
9th arrondissement of Paris, France
Political partyUnion for a Popular Movement
(before 2015)
The Republicans
(from 2015)
Other political
affiliations
European People's Party
Spouse(s)Wilfred Lagarde
Eachran Gilmour[1]
Domestic partnerXavier Giocanti
Children2
EducationParis Nanterre University
Sciences Po Aix
Signature

Christine Madeleine Odette Lagarde (née Lallouette) (born 1 January 1956) is a French lawyer and politician. She has been the President of the European Central Bank since 2019. She was the Managing director of the International Monetary Fund (IMF)[2] from 5 July 2011 until 12 September 2019. She previously served as French Minister of Finance from 19 June 2007 to 29 June 2011 when she was elected IMF managing director. Before that she served as French Minister for Commerce and Industry from 2 July 2005 to 15 May 2007 in the government of Dominique de Villepin.

She has been the head of the European Cental Bank since the beginnin""",
        "lead": [
            "Christine Madeleine Odette Lagarde (née Lallouette) (born 1 January 1956) is a French lawyer and politician. "
            "She has been the President of the European Central Bank since 2019. She was the Managing director of the "
            "International Monetary Fund (IMF) from 5 July 2011 until 12 September 2019. She previously served as "
            "French Minister of Finance from 19 June 2007 to 29 June 2011 when she was elected IMF managing director. "
            "Before that she served as French Minister for Commerce and Industry from 2 July 2005 to 15 May 2007 in the "
            "government of Dominique de Villepin.",
        ],
        "template": "Infobox officeholder",
        "fields": [
            ("office", "President of the European Central Bank"),
            ("term_start", "1 November 2019"),
            ("vicepresident", "Luis de Guindos"),
            ("predecessor", "Mario Draghi"),
            ("office2", "Managing Director of the International Monetary Fund"),
            ("term_start2", "5 July 2011"),
            ("term_end2", "12 September 2019"),
            ("deputy2", "John Lipsky; David Lipton"),
            ("predecessor2", "Dominique Strauss-Kahn"),
            ("successor2", "Kristalina Georgieva"),
            ("office3", "Minister of the Economy, Finance and Industry"),
            ("term_start3", "19 June 2007"),
            ("term_end3", "29 June 2011"),
            ("primeminister3", "François Fillon"),
            ("predecessor3", "Jean-Louis Borloo"),
            ("successor3", "François Baroin"),
            ("office4", "Minister of Agriculture and Fisheries"),
            ("term_start4", "18 May 2007"),
            ("term_end4", "18 June 2007"),
            ("primeminister4", "François Fillon"),
            ("predecessor4", "Dominique Bussereau"),
            ("successor4", "Michel Barnier"),
            ("office5", "Minister of Foreign Trade"),
            ("term_start5", "2 June 2005"),
            ("term_end5", "15 May 2007"),
            ("primeminister5", "Dominique de Villepin"),
            ("predecessor5", "François Loos"),
            ("successor5", "Hervé Novelli"),
            ("birth_name", "Christine Madeleine Odette Lallouette"),
            ("birth_date", "1 January 1956"),
            ("birth_place", "9th arrondissement of Paris, France"),
            ("party", "Union for a Popular Movement (before 2015); The Republicans (from 2015)"),
            ("education", "Paris Nanterre University; Sciences Po Aix"),
        ],
    },
    "leo-varadkar": {
        "title": "Leo Varadkar",
        "url": "https://wiki.richxsearch.com/view_html.php?sq=NATO&lang=en&q=Leo_Varadkar",
        "timestamp": "2024-06-01T00:00:00Z",
        "note": "Mirror of the English Wikipedia article. Date unknown: Taoiseach 'In office 17 December 2022 – 9 April "
        "2024' and '(age 45)', so between 9 April 2024 and 17 January 2025 (timestamp approximate).",
        "cut_off": "infobox and the first lead sentences; the lead is cut off mid-word ('ministerial positio'); no body",
        "verbatim": """Leo Varadkar

Leo Varadkar
Varadkar in 2022
14th Taoiseach
In office
17 December 2022 – 9 April 2024
PresidentMichael D. Higgins
TánaisteMicheál Martin
Preceded byMicheál Martin
Succeeded bySimon Harris
In office
14 June 2017 – 27 June 2020
PresidentMichael D. Higgins
Tánaiste
Preceded byEnda Kenny
Succeeded byMicheál Martin
Tánaiste
In office
27 June 2020 – 17 December 2022
TaoiseachMicheál Martin
Preceded bySimon Coveney
Succeeded byMicheál Martin
Leader of Fine Gael
In office
2 June 2017 – 20 March 2024
DeputySimon Coveney
Preceded byEnda Kenny
Succeeded bySimon Harris
Further ministerial offices
Minister for Enterprise, Trade and Employment
In office
27 June 2020 – 17 December 2022
TaoiseachMicheál Martin
Preceded byHeather Humphreys
Succeeded bySimon Coveney
Minister for Defence
In office
14 June 2017 – 27 June 2020
TaoiseachHimself
Preceded byEnda Kenny
Succeeded bySimon Coveney
Minister for Social Protection
In office
6 May 2016 – 14 June 2017
TaoiseachEnda Kenny
Preceded byJoan Burton
Succeeded byRegina Doherty
Minister for Health
In office
11 July 2014 – 6 May 2016
TaoiseachEnda Kenny
Preceded byJames Reilly
Succeeded bySimon Harris
Minister for Transport, Tourism and Sport
In office
9 March 2011 – 11 July 2014
TaoiseachEnda Kenny
Preceded byPat Carey
Succeeded byPaschal Donohoe
Teachta Dála
Assumed office
May 2007
ConstituencyDublin West
Personal details
Born (1979-01-18) 18 January 1979 (age 45)
Dublin, Ireland
Political partyFine Gael
Domestic partnerMatthew Barrett
EducationThe King's Hospital
Alma materTrinity College Dublin
Websitewww.gov.ie/en/biography/1a42d-leo-varadkar/

Leo Eric Varadkar (/vəˈrædkər/ və-RAD-kər; born 18 January 1979) is an Irish Fine Gael politician who served as Taoiseach from 2017 to 2020 and from 2022 to 2024, as Tánaiste from 2020 to 2022, and as leader of Fine Gael from 2017 to 2024. A TD for the Dublin West constituency since 2007, he has held a range of other ministerial positio""",
        "lead": [
            "Leo Eric Varadkar (/vəˈrædkər/ və-RAD-kər; born 18 January 1979) is an Irish Fine Gael politician who "
            "served as Taoiseach from 2017 to 2020 and from 2022 to 2024, as Tánaiste from 2020 to 2022, and as leader "
            "of Fine Gael from 2017 to 2024.",
        ],
        "template": "Infobox officeholder",
        "fields": [
            ("office", "14th Taoiseach"),
            ("term_start", "17 December 2022"),
            ("term_end", "9 April 2024"),
            ("president", "Michael D. Higgins"),
            ("deputy", "Micheál Martin"),
            ("predecessor", "Micheál Martin"),
            ("successor", "Simon Harris"),
            ("term_start1", "14 June 2017"),
            ("term_end1", "27 June 2020"),
            ("president1", "Michael D. Higgins"),
            ("predecessor1", "Enda Kenny"),
            ("successor1", "Micheál Martin"),
            ("office2", "Tánaiste"),
            ("term_start2", "27 June 2020"),
            ("term_end2", "17 December 2022"),
            ("taoiseach2", "Micheál Martin"),
            ("predecessor2", "Simon Coveney"),
            ("successor2", "Micheál Martin"),
            ("office3", "Leader of Fine Gael"),
            ("term_start3", "2 June 2017"),
            ("term_end3", "20 March 2024"),
            ("deputy3", "Simon Coveney"),
            ("predecessor3", "Enda Kenny"),
            ("successor3", "Simon Harris"),
            ("office4", "Minister for Enterprise, Trade and Employment"),
            ("term_start4", "27 June 2020"),
            ("term_end4", "17 December 2022"),
            ("predecessor4", "Heather Humphreys"),
            ("successor4", "Simon Coveney"),
            ("office5", "Minister for Defence"),
            ("term_start5", "14 June 2017"),
            ("term_end5", "27 June 2020"),
            ("predecessor5", "Enda Kenny"),
            ("successor5", "Simon Coveney"),
            ("office6", "Minister for Social Protection"),
            ("term_start6", "6 May 2016"),
            ("term_end6", "14 June 2017"),
            ("predecessor6", "Joan Burton"),
            ("successor6", "Regina Doherty"),
            ("office7", "Minister for Health"),
            ("term_start7", "11 July 2014"),
            ("term_end7", "6 May 2016"),
            ("predecessor7", "James Reilly"),
            ("successor7", "Simon Harris"),
            ("office8", "Minister for Transport, Tourism and Sport"),
            ("term_start8", "9 March 2011"),
            ("term_end8", "11 July 2014"),
            ("predecessor8", "Pat Carey"),
            ("successor8", "Paschal Donohoe"),
            ("office9", "Teachta Dála"),
            ("term_start9", "May 2007"),
            ("constituency9", "Dublin West"),
            ("birth_date", "18 January 1979"),
            ("birth_place", "Dublin, Ireland"),
            ("party", "Fine Gael"),
            ("partner", "Matthew Barrett"),
            ("education", "The King's Hospital"),
            ("alma_mater", "Trinity College Dublin"),
        ],
    },
    "sundar-pichai": {
        "title": "Sundar Pichai",
        "url": "https://wikimili.com/en/Sundar_Pichai",
        "timestamp": "2024-09-01T00:00:00Z",
        "note": "WikiMili copy of the English Wikipedia article. Date unknown: '(age 52)', so between 10 June 2024 and "
        "9 June 2025 (timestamp approximate).",
        "cut_off": "infobox, lead, 'Contents' and the start of 'Early life and education'; cut off mid-sentence "
        "('an electrical engineer at ')",
        "verbatim": """Sundar Pichai

Last updated

Sundar Pichai
Sundar Pichai - 2023 (cropped).jpg
Pichai in 2023
Born
Pichai Sundararajan

(1972-06-10) June 10, 1972 (age 52)
Madurai, Tamil Nadu, India
CitizenshipUnited States
Education IIT Kharagpur (BTech)
Stanford University (MS)
University of Pennsylvania (MBA)
OccupationBusinessman
Title CEO of Alphabet and Google
Board member of
SpouseAnjali Pichai
Children2
Awards Padma Bhushan (2022)
Signature
Sundarpichaisignature.svg

Pichai Sundararajan (born June 10, 1972), better known as Sundar Pichai, [a] is an Indian-born American business executive. [3] [4] He is the chief executive officer of Alphabet Inc. and its subsidiary Google. [5]

Contents

Pichai began his career as a materials engineer. Following a short stint at the management consulting firm McKinsey & Co., Pichai joined Google in 2004, [6] where he led the product management and innovation efforts for a suite of Google's client software products, including Google Chrome and ChromeOS, as well as being largely responsible for Google Drive. In addition, he went on to oversee the development of other applications such as Gmail and Google Maps. In 2010, Pichai also announced the open-sourcing of the new video codec VP8 by Google and introduced the new video format, WebM. The Chromebook was released in 2012. In 2013, Pichai added Android to the list of Google products that he oversaw.

Pichai was selected to become the next CEO of Google on August 10, 2015, after previously being appointed chief product officer by then CEO Larry Page. On October 24, 2015, he stepped into the new position at the completion of the formation of Alphabet Inc., the new holding company for the Google company family. He was appointed to the Alphabet Board of Directors in 2017. [7]

Early life and education

Pichai was born on June 10, 1972 [8] [9] [10] in Madurai, Tamil Nadu, India. [11] [6] [12] His mother, Lakshmi, was a stenographer, and his father, Regunatha Pichai, was an electrical engineer at """,
        "lead": [
            "Pichai Sundararajan (born June 10, 1972), better known as Sundar Pichai, is an Indian-born American business "
            "executive. He is the chief executive officer of Alphabet Inc. and its subsidiary Google.",
            "Pichai began his career as a materials engineer. Following a short stint at the management consulting firm "
            "McKinsey & Co., Pichai joined Google in 2004, where he led the product management and innovation efforts "
            "for a suite of Google's client software products, including Google Chrome and ChromeOS, as well as being "
            "largely responsible for Google Drive. In addition, he went on to oversee the development of other "
            "applications such as Gmail and Google Maps. In 2010, Pichai also announced the open-sourcing of the new "
            "video codec VP8 by Google and introduced the new video format, WebM. The Chromebook was released in 2012. "
            "In 2013, Pichai added Android to the list of Google products that he oversaw.",
            "Pichai was selected to become the next CEO of Google on August 10, 2015, after previously being appointed "
            "chief product officer by then CEO Larry Page. On October 24, 2015, he stepped into the new position at the "
            "completion of the formation of Alphabet Inc., the new holding company for the Google company family. He "
            "was appointed to the Alphabet Board of Directors in 2017.",
        ],
        "sections": [
            {
                "heading": "Early life and education",
                "paragraphs": ["Pichai was born on June 10, 1972 in Madurai, Tamil Nadu, India."],
            },
        ],
        "template": "Infobox person",
        "fields": [
            ("birth_name", "Pichai Sundararajan"),
            ("birth_date", "June 10, 1972"),
            ("birth_place", "Madurai, Tamil Nadu, India"),
            ("citizenship", "United States"),
            ("education", "IIT Kharagpur (BTech); Stanford University (MS); University of Pennsylvania (MBA)"),
            ("occupation", "Businessman"),
            ("title", "CEO of Alphabet and Google"),
            ("spouse", "Anjali Pichai"),
            ("children", "2"),
            ("awards", "Padma Bhushan (2022)"),
        ],
    },
}

# stem -> (as_of, article text, {claim: (label, pages, words)})
BASES: dict[str, tuple[str, str, dict[str, tuple[str, list[str], str]]]] = {}

P = "antonio-guterres"
BASES["guterres-2024-10"] = (
    "2024-10-15",
    """UN chief warns donors of a widening funding gap

NEW YORK - Secretary-General António Guterres told donors on Monday that the United Nations faced its worst shortfall in years.

Guterres, 75, has led the world body since 1 January 2017, when he succeeded Ban Ki-moon as its ninth secretary-general. His deputy, Amina Mohammed, chaired the morning session.

Before moving to New York, the Portuguese diplomat spent a decade as UN High Commissioner for Refugees, from 2005 to 2015, taking over from Ruud Lubbers; Filippo Grandi followed him in the refugee post.

Guterres was prime minister of Portugal from 1995 to 2002. He took over from Aníbal Cavaco Silva in October 1995 and was succeeded by José Manuel Barroso. He also led the Socialist Party as its secretary-general from 1992 to 2002 and was president of the Socialist International from 1999 to 2005.

Born in Parede, Cascais, on 30 April 1949, Guterres studied at the Instituto Superior Técnico. He sat in the Assembly of the Republic for Castelo Branco from 1976.
""",
    {
        "Secretary-General António Guterres": (
            "supported",
            [P],
            "'Secretary-General of the United Nations Assumed office 1 January 2017'",
        ),
        "Guterres, 75,": ("supported", [P], "'(1949-04-30) 30 April 1949': 75 on 15 October 2024"),
        "has led the world body since 1 January 2017": ("supported", [P], "'Assumed office 1 January 2017'"),
        "he succeeded Ban Ki-moon": ("supported", [P], "'Preceded byBan Ki-moon'"),
        "its ninth secretary-general": (
            "supported",
            [P],
            "'9th Secretary-General of the United Nations'; 'the ninth person to hold this title'",
        ),
        "His deputy, Amina Mohammed": ("supported", [P], "'DeputyAmina Mohammed'"),
        "the Portuguese diplomat": ("supported", [P], "'is a Portuguese politician and diplomat'"),
        "UN High Commissioner for Refugees, from 2005 to 2015": (
            "supported",
            [P],
            "'United Nations High Commissioner for Refugees In office 15 June 2005 – 31 December 2015'",
        ),
        "taking over from Ruud Lubbers": ("supported", [P], "'Preceded byRuud Lubbers'"),
        "Filippo Grandi followed him in the refugee post": ("supported", [P], "'Succeeded byFilippo Grandi'"),
        "Guterres was prime minister of Portugal from 1995 to 2002": (
            "supported",
            [P],
            "'Prime Minister of Portugal In office 28 October 1995 – 6 April 2002'",
        ),
        "He took over from Aníbal Cavaco Silva in October 1995": (
            "supported",
            [P],
            "'28 October 1995 ... Preceded byAníbal Cavaco Silva'",
        ),
        "was succeeded by José Manuel Barroso": ("supported", [P], "'Succeeded byJosé Manuel Barroso'"),
        "led the Socialist Party as its secretary-general from 1992 to 2002": (
            "supported",
            [P],
            "'Secretary-General of the Socialist Party In office 23 February 1992 – 21 January 2002'",
        ),
        "was president of the Socialist International from 1999 to 2005": (
            "supported",
            [P],
            "'President of the Socialist International In office 10 November 1999 – 15 June 2005'",
        ),
        "Born in Parede, Cascais, on 30 April 1949": (
            "supported",
            [P],
            "'30 April 1949 (age 75) Parede, Cascais, Portugal'",
        ),
        "studied at the Instituto Superior Técnico": ("supported", [P], "'Alma materInstituto Superior Técnico'"),
        "He sat in the Assembly of the Republic for Castelo Branco from 1976": (
            "supported",
            [P],
            "'Member of the Assembly of the Republic In office 3 June 1976 – 4 April 2002 ConstituencyCastelo Branco'",
        ),
    },
)

P = "christine-lagarde"
BASES["lagarde-2024-06"] = (
    "2024-06-10",
    """ECB makes its first rate cut in five years

FRANKFURT - European Central Bank President Christine Lagarde said on Thursday that the bank would lower its main rate, the first cut since she took the job.

Lagarde, 68, has led the ECB since 1 November 2019, when she replaced Mario Draghi. Vice-President Luis de Guindos sat beside her at the news conference.

She ran the International Monetary Fund for eight years, as managing director from 5 July 2011 to 12 September 2019, succeeding Dominique Strauss-Kahn; Kristalina Georgieva took over from her in Washington.

Before that, Lagarde was France's finance minister from 2007 to 2011 under Prime Minister François Fillon, following Jean-Louis Borloo in the post, and briefly minister of agriculture and fisheries in 2007, when Michel Barnier succeeded her. She had been minister of foreign trade under Dominique de Villepin from 2005.

Born in Paris on 1 January 1956, she studied at Paris Nanterre University and Sciences Po Aix.
""",
    {
        "European Central Bank President Christine Lagarde": (
            "supported",
            [P],
            "'President of the European Central Bank Assumed office 1 November 2019'",
        ),
        "Lagarde, 68,": ("supported", [P], "'(1956-01-01) 1 January 1956': 68 on 10 June 2024"),
        "has led the ECB since 1 November 2019": ("supported", [P], "'Assumed office 1 November 2019'"),
        "she replaced Mario Draghi": ("supported", [P], "'Preceded byMario Draghi'"),
        "Vice-President Luis de Guindos": ("supported", [P], "'Vice PresidentLuis de Guindos'"),
        "ran the International Monetary Fund for eight years": (
            "supported",
            [P],
            "'In office 5 July 2011 – 12 September 2019': eight years and two months",
        ),
        "managing director from 5 July 2011 to 12 September 2019": (
            "supported",
            [P],
            "'Managing Director of the International Monetary Fund In office 5 July 2011 – 12 September 2019'",
        ),
        "succeeding Dominique Strauss-Kahn": ("supported", [P], "'Preceded byDominique Strauss-Kahn'"),
        "Kristalina Georgieva took over from her": ("supported", [P], "'Succeeded byKristalina Georgieva'"),
        "Lagarde was France's finance minister from 2007 to 2011": (
            "supported",
            [P],
            "'Minister of the Economy, Finance and Industry In office 19 June 2007 – 29 June 2011'; 'French Minister of Finance from 19 June 2007 to 29 June 2011'",
        ),
        "under Prime Minister François Fillon": ("supported", [P], "'Prime MinisterFrançois Fillon'"),
        "following Jean-Louis Borloo in the post": ("supported", [P], "'Preceded byJean-Louis Borloo'"),
        "minister of agriculture and fisheries in 2007": (
            "supported",
            [P],
            "'Minister of Agriculture and Fisheries In office 18 May 2007 – 18 June 2007'",
        ),
        "Michel Barnier succeeded her": ("supported", [P], "'Succeeded byMichel Barnier'"),
        "minister of foreign trade under Dominique de Villepin from 2005": (
            "supported",
            [P],
            "'Minister of Foreign Trade In office 2 June 2005 – 15 May 2007 Prime MinisterDominique de Villepin'",
        ),
        "Born in Paris on 1 January 1956": (
            "supported",
            [P],
            "'1 January 1956 (age 68) 9th arrondissement of Paris, France'",
        ),
        "studied at Paris Nanterre University": ("supported", [P], "'EducationParis Nanterre University'"),
    },
)

P = "leo-varadkar"
BASES["varadkar-2024-06"] = (
    "2024-06-20",
    """Varadkar will not stand again for the Dáil

DUBLIN - Former Taoiseach Leo Varadkar said on Wednesday that he would not run in Dublin West at the next general election.

Varadkar, 45, served two spells as Taoiseach, from 2017 to 2020 and again from December 2022 until April 2024, when Simon Harris succeeded him. In his first spell he followed Enda Kenny, and he handed over to Micheál Martin in June 2020.

Between the two spells he was Tánaiste under Martin, from 27 June 2020 to 17 December 2022, and also minister for enterprise, trade and employment. He took over as Tánaiste from Simon Coveney.

He led Fine Gael for almost seven years, from 2 June 2017 until March 2024. Earlier he was minister for health from 2014 to 2016, succeeding James Reilly, and minister for transport, tourism and sport from 2011.

Born in Dublin on 18 January 1979, Varadkar studied at Trinity College Dublin. He was first elected to the Dáil in 2007. President Michael D. Higgins appointed him both times.
""",
    {
        "Former Taoiseach Leo Varadkar": (
            "supported",
            [P],
            "'14th Taoiseach In office 17 December 2022 – 9 April 2024': a former Taoiseach on 20 June 2024",
        ),
        "Varadkar, 45,": ("supported", [P], "'(1979-01-18) 18 January 1979': 45 on 20 June 2024"),
        "served two spells as Taoiseach, from 2017 to 2020": (
            "supported",
            [P],
            "'In office 14 June 2017 – 27 June 2020'; 'served as Taoiseach from 2017 to 2020 and from 2022 to 2024'",
        ),
        "again from December 2022 until April 2024": ("supported", [P], "'In office 17 December 2022 – 9 April 2024'"),
        "Simon Harris succeeded him": ("supported", [P], "'Succeeded bySimon Harris'"),
        "In his first spell he followed Enda Kenny": (
            "supported",
            [P],
            "'In office 14 June 2017 – 27 June 2020 ... Preceded byEnda Kenny'",
        ),
        "he handed over to Micheál Martin in June 2020": (
            "supported",
            [P],
            "'14 June 2017 – 27 June 2020 ... Succeeded byMicheál Martin'",
        ),
        "he was Tánaiste under Martin, from 27 June 2020 to 17 December 2022": (
            "supported",
            [P],
            "'Tánaiste In office 27 June 2020 – 17 December 2022 TaoiseachMicheál Martin'",
        ),
        "also minister for enterprise, trade and employment": (
            "supported",
            [P],
            "'Minister for Enterprise, Trade and Employment In office 27 June 2020 – 17 December 2022'",
        ),
        "He took over as Tánaiste from Simon Coveney": ("supported", [P], "'Tánaiste ... Preceded bySimon Coveney'"),
        "He led Fine Gael for almost seven years": (
            "supported",
            [P],
            "'Leader of Fine Gael In office 2 June 2017 – 20 March 2024': six years and nine months",
        ),
        "from 2 June 2017 until March 2024": (
            "supported",
            [P],
            "'Leader of Fine Gael In office 2 June 2017 – 20 March 2024'",
        ),
        "minister for health from 2014 to 2016": (
            "supported",
            [P],
            "'Minister for Health In office 11 July 2014 – 6 May 2016'",
        ),
        "succeeding James Reilly": ("supported", [P], "'Minister for Health ... Preceded byJames Reilly'"),
        "minister for transport, tourism and sport from 2011": (
            "supported",
            [P],
            "'Minister for Transport, Tourism and Sport In office 9 March 2011 – 11 July 2014'",
        ),
        "Born in Dublin on 18 January 1979": (
            "supported",
            [P],
            "'Born (1979-01-18) 18 January 1979 (age 45) Dublin, Ireland'",
        ),
        "studied at Trinity College Dublin": ("supported", [P], "'Alma materTrinity College Dublin'"),
        "He was first elected to the Dáil in 2007": ("supported", [P], "'Teachta Dála Assumed office May 2007'"),
        "President Michael D. Higgins": ("supported", [P], "'PresidentMichael D. Higgins' (both spells)"),
    },
)

P = "sundar-pichai"
BASES["pichai-2024-11"] = (
    "2024-11-20",
    """Alphabet chief defends spending on data centres

MOUNTAIN VIEW - Sundar Pichai, the chief executive of Alphabet and Google, told investors on Tuesday that spending on data centres would keep rising next year.

Pichai, 52, was born in Madurai in Tamil Nadu on June 10, 1972. He studied at IIT Kharagpur, Stanford University and the University of Pennsylvania, and had a short spell at McKinsey & Co.

He joined Google in 2004 and led work on the Chrome browser. He took charge of Android in 2013, and was chosen as Google's next chief executive on August 10, 2015, after Larry Page had made him chief product officer. He stepped into the job on October 24, 2015, when Alphabet was formed, and joined Alphabet's board in 2017.

Pichai, an American citizen, received the Padma Bhushan in 2022.
""",
    {
        "Sundar Pichai, the chief executive of Alphabet and Google": (
            "supported",
            [P],
            "'He is the chief executive officer of Alphabet Inc. and its subsidiary Google'; 'Title CEO of Alphabet and Google'",
        ),
        "Pichai, 52,": ("supported", [P], "'(1972-06-10) June 10, 1972': 52 on 20 November 2024"),
        "born in Madurai in Tamil Nadu on June 10, 1972": (
            "supported",
            [P],
            "'Pichai was born on June 10, 1972 in Madurai, Tamil Nadu, India'",
        ),
        "studied at IIT Kharagpur": ("supported", [P], "'Education IIT Kharagpur (BTech)'"),
        "a short spell at McKinsey & Co.": (
            "supported",
            [P],
            "'Following a short stint at the management consulting firm McKinsey & Co.'",
        ),
        "He joined Google in 2004": ("supported", [P], "'Pichai joined Google in 2004'"),
        "led work on the Chrome browser": (
            "supported",
            [P],
            "'he led the product management and innovation efforts for ... Google Chrome'",
        ),
        "He took charge of Android in 2013": (
            "supported",
            [P],
            "'In 2013, Pichai added Android to the list of Google products that he oversaw'",
        ),
        "was chosen as Google's next chief executive on August 10, 2015": (
            "supported",
            [P],
            "'Pichai was selected to become the next CEO of Google on August 10, 2015'",
        ),
        "Larry Page had made him chief product officer": (
            "supported",
            [P],
            "'appointed chief product officer by then CEO Larry Page'",
        ),
        "He stepped into the job on October 24, 2015": (
            "supported",
            [P],
            "'On October 24, 2015, he stepped into the new position'",
        ),
        "joined Alphabet's board in 2017": (
            "supported",
            [P],
            "'He was appointed to the Alphabet Board of Directors in 2017'",
        ),
        "an American citizen": (
            "supported",
            [P],
            "'CitizenshipUnited States'; 'an Indian-born American business executive'",
        ),
        "received the Padma Bhushan in 2022": ("supported", [P], "'Awards Padma Bhushan (2022)'"),
    },
)

# stem -> (base, way, old words, new words, page words the change contradicts)
VARIANTS: dict[str, tuple[str, str, str, str, str]] = {
    "guterres-2024-10-v01-ordinal": (
        "guterres-2024-10",
        "ordinal",
        "its ninth secretary-general",
        "its eighth secretary-general",
        "'9th Secretary-General of the United Nations'",
    ),
    "guterres-2024-10-v02-predecessor": (
        "guterres-2024-10",
        "predecessor",
        "he succeeded Ban Ki-moon",
        "he succeeded Kofi Annan",
        "'Preceded byBan Ki-moon'",
    ),
    "guterres-2024-10-v03-age": ("guterres-2024-10", "age", "Guterres, 75,", "Guterres, 71,", "'30 April 1949'"),
    "guterres-2024-10-v04-date": (
        "guterres-2024-10",
        "date",
        "since 1 January 2017",
        "since 1 January 2016",
        "'Assumed office 1 January 2017'",
    ),
    "guterres-2024-10-v05-successor": (
        "guterres-2024-10",
        "successor",
        "was succeeded by José Manuel Barroso",
        "was succeeded by Pedro Santana Lopes",
        "'Succeeded byJosé Manuel Barroso'",
    ),
    "guterres-2024-10-v06-place": (
        "guterres-2024-10",
        "place",
        "Born in Parede, Cascais,",
        "Born in Porto,",
        "'Parede, Cascais, Portugal'",
    ),
    "guterres-2024-10-v07-deputy": (
        "guterres-2024-10",
        "deputy",
        "His deputy, Amina Mohammed",
        "His deputy, Jan Eliasson",
        "'DeputyAmina Mohammed'",
    ),
    "guterres-2024-10-v08-year": (
        "guterres-2024-10",
        "year",
        "Socialist International from 1999 to 2005",
        "Socialist International from 1996 to 2005",
        "'10 November 1999 – 15 June 2005'",
    ),
    "guterres-2024-10-v09-country": (
        "guterres-2024-10",
        "country",
        "Guterres was prime minister of Portugal",
        "Guterres was prime minister of Spain",
        "'Prime Minister of Portugal'",
    ),
    "guterres-2024-10-v10-past-holder": (
        "guterres-2024-10",
        "past holder",
        "Secretary-General António Guterres",
        "High Commissioner for Refugees António Guterres",
        "'United Nations High Commissioner for Refugees In office 15 June 2005 – 31 December 2015'",
    ),
    "lagarde-2024-06-v01-vice": (
        "lagarde-2024-06",
        "vice",
        "European Central Bank President Christine Lagarde",
        "European Central Bank Vice-President Christine Lagarde",
        "'President of the European Central Bank'; 'Vice PresidentLuis de Guindos'",
    ),
    "lagarde-2024-06-v02-predecessor": (
        "lagarde-2024-06",
        "predecessor",
        "she replaced Mario Draghi",
        "she replaced Jean-Claude Trichet",
        "'Preceded byMario Draghi'",
    ),
    "lagarde-2024-06-v03-duration": (
        "lagarde-2024-06",
        "duration",
        "for eight years",
        "for eleven years",
        "'5 July 2011 – 12 September 2019'",
    ),
    "lagarde-2024-06-v04-date": (
        "lagarde-2024-06",
        "date",
        "from 5 July 2011 to",
        "from 5 July 2012 to",
        "'In office 5 July 2011 – 12 September 2019'",
    ),
    "lagarde-2024-06-v05-successor": (
        "lagarde-2024-06",
        "successor",
        "Kristalina Georgieva took over",
        "Gita Gopinath took over",
        "'Succeeded byKristalina Georgieva'",
    ),
    "lagarde-2024-06-v06-age": ("lagarde-2024-06", "age", "Lagarde, 68,", "Lagarde, 64,", "'1 January 1956'"),
    "lagarde-2024-06-v07-place": (
        "lagarde-2024-06",
        "place",
        "Born in Paris",
        "Born in Lyon",
        "'9th arrondissement of Paris, France'",
    ),
    "lagarde-2024-06-v08-sibling": (
        "lagarde-2024-06",
        "sibling",
        "France's finance minister from 2007",
        "France's foreign minister from 2007",
        "'Minister of the Economy, Finance and Industry In office 19 June 2007 – 29 June 2011'",
    ),
    "varadkar-2024-06-v01-successor": (
        "varadkar-2024-06",
        "successor",
        "Simon Harris succeeded him",
        "Simon Coveney succeeded him",
        "'Succeeded bySimon Harris'",
    ),
    "varadkar-2024-06-v02-predecessor": (
        "varadkar-2024-06",
        "predecessor",
        "he followed Enda Kenny",
        "he followed Brian Cowen",
        "'Preceded byEnda Kenny'",
    ),
    "varadkar-2024-06-v03-year": (
        "varadkar-2024-06",
        "year",
        "minister for health from 2014 to 2016",
        "minister for health from 2012 to 2016",
        "'Minister for Health In office 11 July 2014 – 6 May 2016'",
    ),
    "varadkar-2024-06-v04-date": (
        "varadkar-2024-06",
        "date",
        "from 27 June 2020 to 17 December 2022",
        "from 27 June 2020 to 17 December 2021",
        "'Tánaiste In office 27 June 2020 – 17 December 2022'",
    ),
    "varadkar-2024-06-v05-age": ("varadkar-2024-06", "age", "Varadkar, 45,", "Varadkar, 47,", "'18 January 1979'"),
    "varadkar-2024-06-v06-duration": (
        "varadkar-2024-06",
        "duration",
        "for almost seven years",
        "for almost nine years",
        "'Leader of Fine Gael In office 2 June 2017 – 20 March 2024'",
    ),
    "varadkar-2024-06-v07-place": ("varadkar-2024-06", "place", "Born in Dublin", "Born in Cork", "'Dublin, Ireland'"),
    "varadkar-2024-06-v08-past-holder": (
        "varadkar-2024-06",
        "past holder",
        "Former Taoiseach Leo Varadkar",
        "Taoiseach Leo Varadkar",
        "'In office 17 December 2022 – 9 April 2024 ... Succeeded bySimon Harris'",
    ),
    "varadkar-2024-06-v09-count": (
        "varadkar-2024-06",
        "count",
        "served two spells",
        "served three spells",
        "two Taoiseach terms: 2017-2020 and 2022-2024",
    ),
    "pichai-2024-11-v01-year": (
        "pichai-2024-11",
        "year",
        "He joined Google in 2004",
        "He joined Google in 2006",
        "'Pichai joined Google in 2004'",
    ),
    "pichai-2024-11-v02-date": (
        "pichai-2024-11",
        "date",
        "on August 10, 2015",
        "on August 12, 2015",
        "'the next CEO of Google on August 10, 2015'",
    ),
    "pichai-2024-11-v03-age": ("pichai-2024-11", "age", "Pichai, 52,", "Pichai, 55,", "'June 10, 1972'"),
    "pichai-2024-11-v04-place": (
        "pichai-2024-11",
        "place",
        "born in Madurai",
        "born in Mumbai",
        "'Madurai, Tamil Nadu, India'",
    ),
    "pichai-2024-11-v05-predecessor": (
        "pichai-2024-11",
        "predecessor",
        "after Larry Page had made him",
        "after Eric Schmidt had made him",
        "'appointed chief product officer by then CEO Larry Page'",
    ),
    "pichai-2024-11-v06-year": (
        "pichai-2024-11",
        "year",
        "joined Alphabet's board in 2017",
        "joined Alphabet's board in 2019",
        "'appointed to the Alphabet Board of Directors in 2017'",
    ),
    "pichai-2024-11-v07-sibling": (
        "pichai-2024-11",
        "sibling",
        "the chief executive of Alphabet and Google",
        "the chief financial officer of Alphabet and Google",
        "'He is the chief executive officer of Alphabet Inc. and its subsidiary Google'",
    ),
}


def main() -> None:
    sys.path.insert(0, str(HERE.parent))  # the first set's writers, next to this folder
    import write_pages
    import write_set

    write_pages.write(PAGES, HERE / "pages")
    write_set.write(BASES, VARIANTS, HERE)


if __name__ == "__main__":
    main()
