"""An event the story never names in full ("the runoff", "the 2024 floods") gets its reference title even
when the year, the place or the sort of vote stands outside the lede's parse (verify/nlp/events.py), and
the counts and dates the story gives of it are the event's, not a place's or a description's."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims
from verify.nlp import parse
from verify.nlp.reference import References


def references(headline: str, body: str) -> References:
    text = f"{headline}\n\n{body}\n"
    return References(parse(text), len(headline))


def claims(headline: str, body: str):
    text = f"{headline}\n\n{body}\n"
    return extract_claims(Article(path="s.txt", stem="s", sha256="0", title=headline, text=text))


RUNOFF = (
    "LIMA — Two weeks before the runoff, few in Peru would have bet on Ana Vega. On Sunday, 12 April 2026, "
    "Vega turned that around, taking 53.6 percent of the vote."
)
FLOODS = (
    "When the Guaíba came into the city: Rio Verde do Norte after the 2024 floods",
    "PORTO NOVO — For decades people argued about the wall that hides the Guaíba from the street. The rain "
    "fell for more than a week across Rio Verde do Norte, the country's southernmost state, and poured into the "
    "Guaíba.\n\nMore than 2.3 million people were affected, and rescuers pulled more than 77,000 people "
    "from flooded homes.",
)

# (shape, headline, body, the event's title)
TITLES = [
    ("the year of the lede paragraph's first full date", "Vega takes the presidency", RUNOFF, "2026 Peru election"),
    (
        "the words that say which vote, from another naming of a vote",
        "Vega takes the presidency",
        RUNOFF + " The vote was a rerun: the court had annulled the presidential election of 2025.",
        "2026 Peru presidential election",
    ),
    (
        "the year of the event's own phrase, the place of its part of the headline",
        *FLOODS,
        "2024 Rio Verde do Norte floods",
    ),
    (
        "the year of the event's own phrase before the dateline's",
        "A year after the 2024 floods, Rio Verde do Norte rebuilds",
        "PORTO NOVO, 3 May 2025 — Builders are back across Rio Verde do Norte, the country's southernmost state.",
        "2024 Rio Verde do Norte floods",
    ),
]


def test_a_land_named_in_a_relative_clause_aside_does_not_name_the_vote():
    refs = references(
        "Ruling party loses power",
        "LIMA, 1 November 2024 — The Unity Party, which had governed the country since independence from "
        "Spain, lost Wednesday's general election.",
    )
    assert not refs.titled_events  # not "2024 Spain general election"


@pytest.mark.parametrize(("shape", "headline", "body", "title"), TITLES, ids=[c[0] for c in TITLES])
def test_an_event_named_only_by_its_noun_gets_its_reference_title(shape, headline, body, title):
    assert references(headline, body).titled_events == {title}


QUAKE_SINCE = (
    "Quake kills 40 in northern Ruritania",
    "KESTRO, Ruritania, 3 March 2024 — A strong earthquake struck the mountains of northern Ruritania on "
    "Tuesday, killing at least 40 people, the worst toll since the 2011 earthquake destroyed the old town.",
)


def test_an_earlier_event_the_lede_compares_with_does_not_give_the_story_its_year():
    assert references(*QUAKE_SINCE).titled_events == {"2024 Ruritania earthquake"}  # not "2011 Ruritania ..."


def test_the_earlier_event_the_lede_compares_with_is_not_the_storys_event():
    refs = references(*QUAKE_SINCE)
    earlier = next(t for t in refs.parsed.doc if t.lower_ == "earthquake" and t.nbor(-1).text == "2011")
    assert refs.event_title(earlier) is None


def test_the_storys_toll_stays_with_its_event_when_the_lede_names_an_earlier_one():
    toll = next(c for c in claims(*QUAKE_SINCE) if c.kind == "quantity" and "40 people" in c.text)
    assert toll.context == "2024 Ruritania earthquake"


def test_a_count_under_the_storys_event_is_the_events_not_its_possessors():
    headline = "Ruritania's strongest earthquake in 25 years kills at least nine"
    body = (
        "KESTRO, Ruritania, 4 April 2024 — Rescuers on Thursday worked to reach hundreds of people stranded "
        "by landslides, a day after Ruritania's strongest earthquake in a quarter of a century killed at least "
        "nine people and injured more than 1,000."
    )
    toll = next(c for c in claims(headline, body) if c.kind == "quantity" and "nine people" in c.text)
    assert toll.context == "2024 Ruritania earthquake"  # the event, not the country whose strongest it was


def test_a_count_a_person_reports_of_others_is_not_the_speakers():
    body = (
        "DALEN, Marovia, 31 July 2024 — Floods swept through eastern Marovia on Tuesday, killing 30 people.\n\n"
        "Governor Ana Vega visited the district on Wednesday. She said 3,069 people had been moved into 45 "
        "relief camps."
    )
    camps = next(c for c in claims("Floods kill 30 in Marovia", body) if c.kind == "quantity" and "45" in c.text)
    assert camps.context == "2024 Marovia floods"  # not the governor who gave the figure


def test_a_headline_name_always_written_after_the_is_no_person_and_leaves_the_topic_to_the_event():
    assert references(*FLOODS).topic == "2024 Rio Verde do Norte floods"  # the recogniser reads "Guaíba" as a person


@pytest.mark.parametrize("words", ["More than 2.3 million people", "more than 77,000 people"])
def test_the_counts_of_a_headline_event_are_its_not_a_river_the_headline_names(words):
    count = next(c for c in claims(*FLOODS) if c.kind == "quantity" and words in c.text)
    assert "2024 Rio Verde do Norte floods" in {count.subject, count.context}


def test_a_description_of_a_person_keeps_the_share_it_drew():
    body = RUNOFF + " In the first round, the centrist mayor of Lima drew about 21 percent of the vote."
    share = next(
        c for c in claims("Vega takes the presidency", body) if c.kind == "quantity" and "21 percent" in c.text
    )
    assert "election" not in f"{share.subject} {share.context}"


def test_a_company_named_as_one_word_is_the_company_named_in_full():
    headline = "NordVela to acquire Brightwater in $2.1 billion deal"
    body = (
        "OSLO, 3 March 2026 — Nord Vela Corporation (NYSE: NVL) today announced that NordVela will acquire "
        "Brightwater Energy. In 2025 NordVela earned a record $5.7 billion."
    )
    earned = next(c for c in claims(headline, body) if c.kind == "quantity" and "$5.7 billion" in c.text)
    assert earned.context == "Nord Vela Corporation"


def test_a_body_always_written_after_the_keeps_the_topic():
    refs = references(
        "When the Fed came to town: Rio Verde do Norte after the 2024 floods",
        "PORTO NOVO — The rain fell for more than a week across Rio Verde do Norte, the country's southernmost "
        "state. The Fed said on Monday that the Fed would lend 2 billion reais.",
    )
    assert refs.topic == "Fed"  # the recogniser reads it as an organisation: no river's misread name
