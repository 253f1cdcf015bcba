"""An event the story reports without a proper name gets the name a reference work gives it,
"<year> <place> <noun>" (verify/nlp/events.py): the nouns pointing back at it and its owner-less facts
stand for it, not for the country it happened in."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims
from verify.nlp import parse
from verify.nlp.reference import References


def references(headline: str, body: str) -> References:
    text = f"{headline}\n\n{body}\n"
    return References(parse(text), len(headline))


def noun(refs: References, word: str, nth: int = -1):
    """The `nth` token written `word` in the body."""
    return [t for t in refs.parsed.doc if t.text == word and t.idx >= refs.body_start][nth]


def claims(headline: str, body: str):
    text = f"{headline}\n\n{body}\n"
    return extract_claims(Article(path="s.txt", stem="s", sha256="0", title=headline, text=text))


QUAKE = (
    "Strong earthquake shakes Chile, killing six",
    "VALPARAISO, Chile, 14 March 2025 — A magnitude 7.1 earthquake struck central Chile early on Friday, "
    "killing at least six people and cutting power to thousands of homes. The quake was the strongest to "
    "hit the region since 2010.",
)


# (shape, headline, body, the noun pointing back at the event, the event's title)
TITLED = [
    ("the dateline's town narrows a country", *QUAKE, "quake", "2025 Valparaiso earthquake"),
    (
        "the area its epicentre lay in, before the dateline's town",
        "Earthquake kills dozens in Peru",
        "AREQUIPA, Peru, 3 May 2025 — An earthquake struck southern Peru late on Saturday, killing at least "
        "40 people, officials said.\n\nThe quake hit at 11:02 p.m. local time. Its epicentre was near Chivay, "
        "in Caylloma province, about 100 kilometres north of Arequipa.",
        "quake",
        "2025 Caylloma earthquake",
    ),
    (
        "an area the story names without saying the event centred there leaves the dateline's town",
        "Earthquake kills dozens in Peru",
        "AREQUIPA, Peru, 3 May 2025 — An earthquake struck southern Peru late on Saturday, killing at least "
        "40 people, officials said.\n\nThe quake hit at 11:02 p.m. local time. Most of the dead were in "
        "Caylloma province, north of the city.",
        "quake",
        "2025 Arequipa earthquake",
    ),
    (
        "a place the recogniser reads as a name in the headline but as a place later",
        "Death toll from Idukki landslides passes 40 as rescuers dig",
        "IDUKKI, India, 9 August 2025 — Rescue teams pulled more bodies from the mud in the hills of Kerala on "
        "Saturday, bringing the number of people known to have died in a series of landslides to more than 40."
        "\n\nMost of the worst-hit villages lie in Idukki district. The landslides struck before dawn.",
        "landslides",
        "2025 Idukki landslides",
    ),
    (
        "a region named with the event is its place",
        "Rivers burst their banks in Germany",
        "Floods swept through the state of Bavaria on 30 October 2024, forcing thousands from their "
        "homes. Officials said the floods were the worst in decades.",
        "floods",
        "2024 Bavaria floods",
    ),
    (
        "a vote takes the land that votes and the words that say which",
        "Peru goes to the polls",
        "LIMA, 12 April 2026 — Peru's presidential election drew millions of voters on Sunday. "
        "The vote was the country's first since 2021.",
        "vote",
        "2026 Peru presidential election",
    ),
    (
        "the disaster stands for the story's event",
        "Landslides bury villages in Nepal",
        "Landslides buried three villages in the district of Gorkha on 8 July 2024. The disaster left dozens missing.",
        "disaster",
        "2024 Gorkha landslides",
    ),
]


@pytest.mark.parametrize(("shape", "headline", "body", "word", "title"), TITLED, ids=[c[0] for c in TITLED])
def test_a_noun_for_the_unnamed_event_stands_for_its_reference_title(shape, headline, body, word, title):
    refs = references(headline, body)
    assert refs.described(noun(refs, word)) == title


def test_an_owner_less_count_of_the_lede_is_the_events_not_the_countrys():
    killed = next(c for c in claims(*QUAKE) if c.kind == "quantity" and "six people" in c.text)
    assert "2025 Valparaiso earthquake" in {killed.subject, killed.context}


def test_the_day_an_unnamed_event_struck_is_the_events():
    day = next(c for c in claims(*QUAKE) if c.kind == "date" and c.text == "Friday")
    assert day.subject == "2025 Valparaiso earthquake"


def test_a_story_of_two_events_names_each():
    refs = references(
        "Quake and floods hit Indonesia",
        "An earthquake struck the island of Sumatra on 2 May 2025 while floods swept through Jakarta. "
        "The quake toppled houses, and the floods cut roads.",
    )
    assert refs.described(noun(refs, "quake")) == "2025 Sumatra earthquake"
    assert refs.described(noun(refs, "floods")) == "2025 Jakarta floods"


def test_the_country_the_subject_keeps_its_fact():
    said = claims(
        QUAKE[0],
        QUAKE[1] + " Chile's government pledged $40 million for the rebuilding.",
    )
    pledged = next(c for c in said if c.kind == "quantity" and "$40 million" in c.text)
    assert "earthquake" not in f"{pledged.subject} {pledged.context}"


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (  # a proper name: the event has one already
            "Hurricane Mara makes landfall",
            "MIAMI, 3 Sept. 2025 — Hurricane Mara came ashore on Tuesday, hours after the hurricane battered "
            "Cuba. The storm flattened piers.",
        ),
        (  # no place named with it: no event the story reports
            "Greens win a landslide",
            "BERLIN, 4 June 2025 — The Greens won 41 percent of the vote on Sunday.",
        ),
    ],
)
def test_no_name_is_made_for_a_named_event_or_a_figure_of_speech(headline, body):
    refs = references(headline, body)
    assert not refs.titled_events


def test_a_person_the_headline_names_stays_the_topic():
    refs = references(
        "Vega wins Peru's presidency",
        "LIMA, 12 April 2026 — Ana Vega won Peru's presidential election on Sunday with 52 percent of the vote.",
    )
    assert refs.topic == "Ana Vega"


FLOODS = "Floods kill 12 in eastern Marovia"
FLOODS_LEDE = "DALEN — Floods swept through eastern Marovia on Monday, killing 12 people."


@pytest.mark.parametrize(
    "history",
    [
        "They were the worst since 14 March 2011, when the river burst its banks.",  # a comparison's "since"
        "The river last burst its banks in March 2011, 13 years ago.",  # a date told as long ago
    ],
)
def test_a_lede_date_of_an_earlier_event_gives_the_story_no_year(history):
    refs = references(FLOODS, f"{FLOODS_LEDE} {history}")
    assert "2011 Marovia floods" not in refs.titled_events


def test_the_lede_paragraphs_own_full_date_still_names_the_event():
    refs = references(FLOODS, f"{FLOODS_LEDE} On Tuesday, 4 June 2024, the army sent 2,000 soldiers.")
    assert refs.titled_events == {"2024 Marovia floods"}
