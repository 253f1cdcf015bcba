"""Date claims in the shapes news writes them: which date, tied to which event, about whom.

Each row is an article body and the date claims it should give, as (subject, value, words); the
words are where the claim stands (`claim.text`). The value is ISO when the year is known.
"""

import datetime as dt

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims
from verify.kinds.date import named_event
from verify.kinds.date.judge import precision
from verify.kinds.date.parsed import date_mentions, reference_date


def date_claims(body: str, published: dt.date | None = None) -> list[tuple[str, str | None, str]]:
    article = article_from_text(f"Story\n\n{body}\n").model_copy(update={"published": published})
    return [(c.subject, c.value, c.text) for c in extract_claims(article) if c.kind == "date"]


SHAPES = {
    "a timeline line: the person the event is done to": (
        "A timeline:\n\n14 March 2022 - The league fines Marta Oliveira for dissent.\n",
        [("Marta Oliveira", "2022-03-14", "14 March 2022")],
    ),
    "a timeline line without its year takes the year of the line before": (
        "A timeline:\n\n2 May 2021 - Oskar Lind wins the regional vote.\n\n"
        "9 June - Oskar Lind resigns as party leader.\n",
        [
            ("Oskar Lind", "2021-05-02", "2 May 2021 - Oskar Lind wins"),
            ("Oskar Lind", "2021-06-09", "9 June - Oskar Lind resigns"),
        ],
    ),
    "a timeline line whose name and verb the tagger reads as one noun ('Silva orders')": (
        "A timeline:\n\nJune 13, 2025 - Silva orders a new review of the deal.\n",
        [("Silva", "2025-06-13", "June 13, 2025 - Silva orders")],
    ),
    "a timeline line whose glued name and verb come before a second clause's verb": (
        "A timeline:\n\n9 January 2024 - Lena Dahl is named chair of the bank by Olof Berg.\n\n"
        "July 8 - Dahl hands in her resignation; Berg asks her to stay on.\n",
        [
            ("Lena Dahl", "2024-01-09", "9 January 2024"),
            ("Lena Dahl", "2024-07-08", "July 8 - Dahl hands"),
        ],
    ),
    "a timeline line opening with a name the tagger reads as an adjective, named so elsewhere": (
        "A timeline:\n\n9 January 2024 - Ivar Lindqvist is named premier.\n\n"
        "July 8 - Lindqvist hands in his resignation; Petit asks him to stay on.\n",
        [
            ("Ivar Lindqvist", "2024-01-09", "9 January 2024"),
            ("Ivar Lindqvist", "2024-07-08", "July 8 - Lindqvist hands"),
        ],
    ),
    "when a statement was made, by its weekday: the speaker's dated statement, as editors mark it": (
        "LUND, 13 January 2024 — Lund police said on Thursday that 40 of the 50 people missing had been found.",
        [("Lund police", "2024-01-11", "said on Thursday")],
    ),
    "a timeline line whose object is a pronoun: the person named as a subject before": (
        "A timeline:\n\n3 April 2020 - Peter Novak quits the board.\n\n12 May - The club bans him for life.\n",
        [
            ("Peter Novak", "2020-04-03", "3 April 2020 - Peter Novak quits"),
            ("Peter Novak", "2020-05-12", "12 May - The club bans"),
        ],
    ),
    "a pronoun after a person named in its own sentence: that person, not the earlier subject": (
        "Lena Kraus chaired the party until 2020.\n\nA timeline:\n\n"
        "4 June 2021 - The party nominates Peter Novak; he withdraws on 9 June 2021.\n",
        [
            ("Peter Novak", "2021-06-04", "4 June 2021 - The party nominates"),
            ("Peter Novak", "2021-06-09", "withdraws on 9 June 2021"),
        ],
    ),
    "a dateline's date dates the first sentence's event": (
        "OSLO, 4 March 2021 — Henrik Dahl has won the Nordic Council Literature Prize for his novel.",
        [("Henrik Dahl", "2021-03-04", "4 March 2021")],
    ),
    "'today' resolves against the dateline, whose date the claim's words show with the name it dates": (
        "REDMOND, Wash. — Oct. 2, 2022 — Contoso Ltd. today completed its purchase of Fabrikam Inc.",
        [("Contoso Ltd.", "2022-10-02", "Oct. 2, 2022 — Contoso Ltd.")],
    ),
    "'today' after a name with its ticker: the words stop at the name, the ticker is the clause kind's": (
        "SPRING, Texas and IRVING, Texas, Oct. 11, 2023 — Vardo Energy Corporation (NYSE: VDE) and Lund Oil"
        " Company (NYSE: LOC) today announced a definitive agreement.",
        [("Vardo Energy Corporation", "2023-10-11", "Oct. 11, 2023 — Vardo Energy Corporation")],
    ),
    "'today' after a name and its apposition": (
        "MOUNTAIN VIEW, Calif., March 18, 2025 — Nordsoft, a subsidiary of Fjord Holdings Inc. (NASDAQ: FJRD),"
        " today announced an agreement to acquire Vestdata.",
        [("Nordsoft", "2025-03-18", "March 18, 2025 — Nordsoft")],
    ),
    "a weekday that is the dateline's own day: the sentence's weekday, not the dateline, carries the claim": (
        "LUND, 13 January 2024 — Eva Holm of the Centre Party won the mayoral election on Saturday, officials said.",
        [("Eva Holm", "2024-01-13", "Saturday")],
    ),
    "a weekday other than the dateline's day: the weekday alone carries the claim": (
        # a named subject (ext25s: a date of a bare common noun, "The city council", is no claim)
        "BERGEN, 4 May 2022 — Mayor Eva Holm voted on Monday to close the old harbour bridge to cars.",
        [("Eva Holm", "2022-05-02", "voted on Monday")],
    ),
    "a pronoun after the same pronoun as its sentence's subject: whom that one stands for": (
        "Paul Meyer joined the club in 2019. He shared the 2018 award with Eva Holm and Ana Lind, and in May 2023"
        " he quit the club.",
        [("Paul Meyer", "2023-05", "May 2023 he quit")],
    ),
    "'the company': the organisation last named as a subject": (
        "A timeline:\n\n19 July 2024 - Microsoft pushes an update for the Falcon sensor.\n\n"
        "22 July - The company reverts the faulty file.\n",
        [
            ("Microsoft", "2024-07-19", "19 July 2024 - Microsoft pushes"),
            ("Microsoft", "2024-07-22", "22 July - The company reverts"),
        ],
    ),
    "a dateline's place is no subject": (
        "NEW YORK — The World Trade Organization (WTO) ruled on 5 March 2024 that the tariffs were illegal.",
        [("World Trade Organization", "2024-03-05", "ruled on 5 March 2024")],
    ),
    "two timed lines of one day: two events": (
        "A timeline:\n\n19 July 2024, 04:09 UTC - Microsoft pushes an update.\n\n"
        "19 July 2024, 05:27 UTC - Microsoft reverts the faulty file.\n",
        [
            ("Microsoft", "2024-07-19", "19 July 2024"),
            ("Microsoft", "2024-07-19", "19 July 2024"),
        ],
    ),
    "a weekday resolves to the last such day on or before the dateline": (
        "PARIS, 10 June 2023 — The Louvre reopened its east wing on Thursday after repairs.",
        [("Louvre", "2023-06-08", "Thursday")],
    ),
    "a reported statement: the speaker": (
        "Ana Ruiz, the chief executive, left in 2022. Ruiz said on 25 March 2023 that she would write a book.",
        [("Ana Ruiz", "2023-03-25", "said on 25 March 2023")],
    ),
    "a dated noun with its agent: the agent": (
        "The merger follows approval on 4 May 2023 by the European Commission.",
        [("European Commission", "2023-05-04", "follows approval on 4 May 2023")],
    ),
    "a passive participle with a named agent: the agent": (
        "The case arose from charges brought in August 2021 by prosecutor Lena Kraus.",
        [("Lena Kraus", "2021-08", "brought in August 2021")],
    ),
    "a pronoun subject: the person named before": (
        "Tomas Berg joined the club in 2015. He had knee surgery in March 2022.",
        [("Tomas Berg", "2022-03", "had knee surgery in March 2022")],
    ),
    "a body that chose someone: the one chosen": (
        "Nadia Haddad ran unopposed, and the bank's board chose her on 12 April 2024.",
        [("Nadia Haddad", "2024-04-12", "unopposed, and the bank's board chose her on 12 April 2024")],
    ),
    "a definite description: the person it describes": (
        "Mara Lind won the Hale Prize for poetry. The winner was announced on 9 May 2022 at a dinner in Bergen.",
        [("Mara Lind", "2022-05-09", "announced on 9 May 2022")],
    ),
    "a clause below another with its own named subject: that subject": (
        "The United Kingdom did not take part in the talks, after Prime Minister Lena Kraus signed an order on"
        " 20 January 2025 leaving the process.",
        [("Lena Kraus", "2025-01-20", "signed an order on 20 January 2025")],
    ),
    "an event noun dated by 'of': its doer named before it, not the clause around it": (
        "The army said it was responding to the Hezbollah-led raid of 3 March 2022 on the port.",
        [("Hezbollah", "2022-03-03", "3 March 2022")],
    ),
    "a passive with a named agent, its subject an acronym-named thing opening the sentence: the agent": (
        "The ODR protocol was approved by the European Parliament in March 2023.",
        [("European Parliament", "2023-03", "March 2023")],
    ),
    "a year alone on the second object of a verb: the verb's subject": (
        "Born in 1950, Ilse Brandt earned a law degree in 1972 and a doctorate in history in 1979.",
        [("Ilse Brandt", "1979", "1979")],
    ),
    "a year on an apposition: the one it describes": (
        "The board picked Ilse Brandt, who has been chair since March 2021 and a Nordbank director since 2014.",
        [("Ilse Brandt", "2021-03", "been chair since March 2021"), ("Ilse Brandt", "2014", "2014")],
    ),
    "a post named with 'of' held since a date: the clause up to the post, for the judge to date the term": (
        "Ilse Brandt has been chair of the Lund Rowing Club since March 2021.",
        [("Ilse Brandt", "2021-03", "been chair of the Lund Rowing Club since March 2021")],
    ),
    "'whose' body's act: the one the relative clause hangs on": (
        "Prosecutor Lena Kraus, whose office opened the inquiry in July 2022, spoke to reporters.",
        [("Lena Kraus", "2022-07", "opened the inquiry in July 2022")],
    ),
    "'its' body's act: the place or body named before": (
        "Portugal was the last to agree: its parliament approved the treaty on 4 March 2021.",
        [("Portugal", "2021-03-04", "approved the treaty on 4 March 2021")],
    ),
    "a dateline date with a year alone later in its sentence: the dateline dates the event": (
        # a named storm (ext25s: a date of a bare "The storm" is no claim)
        "BERGEN, 3 May 2024 — The Vestby storm has killed 12 people, the worst toll since the flood in 1987.",
        [("Vestby storm", "2024-05-03", "3 May 2024")],
    ),
    "a month without a year, no year to carry: the words": (
        "Paul Meyer joined the club in 2019. He had shoulder surgery in September.",
        [("Paul Meyer", "September", "had shoulder surgery in September")],
    ),
}


@pytest.mark.parametrize(("body", "expected"), SHAPES.values(), ids=SHAPES.keys())
def test_date_claim_shapes(body: str, expected: list[tuple[str, str, str]]):
    assert date_claims(body) == expected


# (shape, headline, body, the date's subject and context: the entity it is about, the noun it was said of)
DESCRIBED_EVENTS = [
    (
        "members of a body named before",
        "Story",
        "The Nordic Supreme Court ruled on 1 July 2024. The justices had heard arguments on 25 April.",
        ("Nordic Supreme Court", "justices"),
    ),
    (
        "an unnamed event of the headline's entity",
        "Holm convicted on all counts",
        "A Lund jury found Eva Holm guilty. The verdict, on 30 May 2024, came after two days.",
        ("Eva Holm", "verdict"),
    ),
    (
        "a pronoun with no person before it in its paragraph: the headline's person",
        "Christine Lagarde, the lawyer who ran the firm",
        "Christine Lagarde joined Baker McKenzie in 1981 and worked with Paul Meyer.\n\nThe firm hired Ana Lind"
        " in 2001. In May 2005 she left the firm.",
        ("Christine Lagarde", None),
    ),
    (
        "a relative clause on a description set beside a name: the named one",
        "Story",
        "Karl Moen finished well ahead of Ana Ruiz, the ruling coalition's pick and a former minister, who had"
        " conceded on 4 May 2025.",
        ("Ana Ruiz", None),
    ),
]


@pytest.mark.parametrize(
    ("headline", "body", "about"), [row[1:] for row in DESCRIBED_EVENTS], ids=[row[0] for row in DESCRIBED_EVENTS]
)
def test_a_date_is_about_the_entity_its_description_or_pronoun_stands_for(headline, body, about):
    article = article_from_text(f"{headline}\n\n{body}\n")
    last = [c for c in extract_claims(article) if c.kind == "date"][-1]
    assert (last.subject, last.context) == about


NOT_DATES = {
    "a hedged event": "The council may vote on 3 May 2024 on the budget of Lund.",
    "an expected event": "The Lund council is expected to approve the budget on 3 May 2024.",
    "a planned event": "The Lund council plans to open the new bridge in June 2025.",
    "a conditional event": "Eva Holm will resign as chair of Nordbank if the board sells it on 3 May 2024.",
    "a date inside a quotation": 'Eva Holm said: "On 3 May 2024 we opened the plant in Lund."',
    "the two ends of a term": "Eva Holm was interim chair of Nordbank from 1 February to 8 April 2019.",
    "a day naming a thing, not dating a verb": "Ten people died in the 9 January collapse at the Lund plant.",
    "a weekday with no dated dateline": "LUND (wire) — Eva Holm resigned on Friday as chair of Nordbank.",
    "a dateline without its year": "LUND, Dec 9 (wire) — Eva Holm resigned as chair of Nordbank.",
    "a year alone bounding a ranking": "Eva Holm is the first woman to win the Lund marathon since 2009.",
    "a year alone in a denied clause": "Eva Holm was injured and will not race in 2025.",
    "a year alone after a negated subject": "No Danish rider had won the race since Jens Berg in 2011.",
    "a year alone that dates a clause the clause kind claims": "Eva Holm moved to Oslo in 1998.",
    "a year range is a length, not two dates": "Eva Holm taught in Lund from 2001 to 2009.",
    "a year range written with a dash": "Eva Holm taught in Lund from 2001–2009.",
    "a season written with a slash": "Eva Holm played for Lund in 2015/16.",
    "a count after a month's name is no day of it": "In March 12,400 families left Lund for the coast.",
}


@pytest.mark.parametrize("body", NOT_DATES.values(), ids=NOT_DATES.keys())
def test_no_date_claim(body: str):
    assert date_claims(body) == []


def test_a_fact_stated_twice_is_one_date_claim():
    body = "Eva Holm became chair of Nordbank on 3 May 2024. Holm became chair of Nordbank on 3 May 2024, a year ago."
    assert [value for _, value, _ in date_claims(body)] == ["2024-05-03"]


def test_the_publication_date_resolves_today_when_there_is_no_dateline():
    claims = date_claims("The African Trade Council today admitted Namibia.", published=dt.date(2023, 9, 9))
    assert [(value, text) for _, value, text in claims] == [("2023-09-09", "today admitted")]


def test_a_year_less_date_lies_before_the_dateline_or_a_little_after_it():
    reference = reference_date("Story\n\nLIMA, 10 February 2024 — Rains fell.", None)
    assert reference is not None and reference.iso == "2024-02-10"
    mentions = date_mentions("on 25 June, on 2 February and, to come, on 12 April", reference)
    assert [m.iso for m in mentions] == ["2023-06-25", "2024-02-02", "2024-04-12"]


def test_the_date_kind_judges_iso_values_at_their_precision():
    assert [precision(v) for v in ("2024-07-05", "2017-01", "2019", "5 July 2024")] == ["day", "month", "year", "day"]


def test_a_date_keeps_its_written_words_beside_its_iso_value():
    article = article_from_text("Story\n\nKeira Walsh became captain of Lund FC on 5 July 2024.\n")
    dates = [c for c in extract_claims(article) if c.kind == "date"]
    assert [(c.value, c.time) for c in dates] == [("2024-07-05", "5 July 2024")]


def test_without_a_dateline_a_year_less_date_takes_the_year_of_the_full_date_nearest_in_the_calendar():
    text = "The hall reopened on 7 December 2024. Fire had struck on 15 April 2019. A concert on 8 December followed."
    assert [m.iso for m in date_mentions(text)] == ["2024-12-07", "2019-04-15", "2024-12-08"]


def test_the_first_name_of_a_line_is_a_recognised_name_before_a_title_the_recogniser_left_out():
    """A timeline line the parser reads with no subject ("- President X orders ...", X glued to the verb)
    is about its first name: the person, not the capitalised title before them."""
    from verify.kinds.base import ArticleView
    from verify.kinds.date.parsed import _Reader
    from verify.nlp import parse_view

    parsed = parse_view(ArticleView(article_from_text("Story\n\nChairman Oskar Lind, at the state fair.\n")))
    words = [t for t in parsed.doc if not t.is_space][1:]  # after the headline
    assert words[0].text == "Chairman" and words[0].ent_type_ == ""  # the title is no recognised name
    assert _Reader(parsed).first_name(words) == "Oskar Lind"


@pytest.mark.parametrize(
    ("article", "named"),
    [
        (
            "Labour won it. The 2024 United Kingdom general election ended an era.",
            "2024 United Kingdom general election",
        ),
        ("Voters in the Ruritanian general election queued for hours.", "Ruritanian general election"),
        ("Labour won the general election held on 4 July 2024.", None),  # no name, only the words
        ("The 2019 United Kingdom general election was the last.", None),  # another year's
        ("The Ruritanian general election and the Freedonian general election fell on one day.", None),  # two
    ],
)
def test_the_article_names_the_event_its_words_describe(article: str, named: str | None):
    assert named_event(article, ["general", "election"], dt.date(2024, 7, 4)) == named


DATELINE_CONTEXTS = {
    "a dateline's date after a headline ending in a name": (
        "Samira Holt wins the Nordic Prize for Lanterna\n\nLONDON, 12 November 2024 — Samira Holt has won the"
        " 2024 Nordic Prize for her novel Lanterna.\n"
    ),
    "'today' after a release's dateline": (
        "Assembly adopts the Vardo Ocean Agreement\n\nGENEVA, 20 May 2025 — Member States of the Vardo Council"
        " today adopted the Vardo Ocean Agreement by consensus.\n"
    ),
}


@pytest.mark.parametrize("text", DATELINE_CONTEXTS.values(), ids=DATELINE_CONTEXTS.keys())
def test_a_date_claimed_on_the_dateline_reads_no_event_from_the_dateline_town(text: str):
    """The words before a dateline's date are the town it was filed from (and the headline before it), not
    an event the date is of: no 'Lanterna LONDON' event for retrieval to search for."""
    dates = [c for c in extract_claims(article_from_text(text)) if c.kind == "date"]
    assert dates
    assert [c.context for c in dates] == [None] * len(dates)


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("2014 - Lena Dahl becomes governor on 24 August.", 2014),
        ("2022: Lena Dahl is named head of the party council in March.", 2022),
        ("Lena Dahl was removed by a court on 14 August.", 2024),  # no year heads the line: the dateline's
    ],
)
def test_a_day_without_a_year_takes_the_year_heading_its_timeline_line(line: str, year: int):
    """A timeline written year by year ('2014 - ... on 24 August') dates each line's days in that line's year,
    not the dateline's (2024) or another line's."""
    text = f"NORBY, Aug 19, 2024 - A court ruled.\n\nTimeline\n2023 - Dahl takes office on 22 August.\n{line}\n"
    reference = reference_date(text, dt.date(2024, 8, 19))
    at = text.index(line)
    yearless = [m for m in date_mentions(text, reference) if m.start >= at and m.month is not None]
    assert [m.year for m in yearless] == [year]
