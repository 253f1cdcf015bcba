"""A count whose subject is a description of a place within a country ("The city has 200,000 residents.") is that
place's: the place the headline names, else the last one the body named before it (References.place_meant;
verify/lexicons/names.toml `town_nouns`). A story whose topic is the event that struck the place ("Korvik flood:
death toll rises to 40") gives its owner-less counts to the event (tests/test_ext40a_headline_events.py), but the size
of the place struck stays the place's, whose page holds it (review40 B4)."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims

FLOOD = "The death toll from floods in Korvik rose to 40 on Monday. About 3,000 people were evacuated. "

# (shape, headline, body, the count's words, its owner)
PLACES = [
    (
        "the city under a headline naming the flood",
        "Korvik flood: death toll rises to 40",
        FLOOD + "The city has 200,000 residents.",
        "200,000 residents",
        "Korvik",
    ),
    (
        "the city under a headline naming the flood with its country",
        "Norby's Korvik flood: death toll rises to 40",
        FLOOD + "The city has 200,000 residents.",
        "200,000 residents",
        "Korvik",
    ),
    (
        "the town as home to people",
        "Korvik flood: death toll rises to 40",
        FLOOD + "The town is home to 12,000 people.",
        "12,000 people",
        "Korvik",
    ),
    (
        "the city's residents, a possessor",
        "Korvik flood: death toll rises to 40",
        FLOOD + "The city's 200,000 residents were told to boil water.",
        "200,000 residents",
        "Korvik",
    ),
    (
        "the place by its name",
        "Korvik flood: death toll rises to 40",
        FLOOD + "Korvik has 200,000 residents.",
        "200,000 residents",
        "Korvik",
    ),
    (
        "the headline names no place: the last the body named that is no country",
        "Death toll from floods rises to 40",
        "The river burst its banks in Valencia, Spain, on Monday. The city has 800,000 residents.",
        "800,000 residents",
        "Valencia",
    ),
    (
        "the headline's place before the last the body named",
        "Seville flood: death toll rises to 40",
        "The river burst its banks in Seville on Monday, and rescuers came from Madrid. The city has 700,000 people.",
        "700,000 people",
        "Seville",
    ),
    (
        "a place that only qualifies a word is not the place meant",
        "Death toll from floods rises to 40",
        "The river rose in Valencia, Spain, on Monday, a Madrid-based agency said. The city has 800,000 people.",
        "800,000 people",
        "Valencia",
    ),
    # the event's own count stays the event's (ext40a)
    (
        "the evacuated are the flood's",
        "Korvik flood: death toll rises to 40",
        FLOOD + "The city has 200,000 residents.",
        "About 3,000 people",
        "Korvik flood",
    ),
]


def claims(headline: str, body: str):
    text = f"{headline}\n\n{body}\n"
    return extract_claims(Article(path="s.txt", stem="s", sha256="0", title=headline, text=text))


@pytest.mark.parametrize(("shape", "headline", "body", "words", "owner"), PLACES, ids=[r[0] for r in PLACES])
def test_a_count_of_a_described_place_is_the_places(shape, headline, body, words, owner):
    count = next(c for c in claims(headline, body) if c.kind == "quantity" and c.text == words)
    assert (count.subject, count.context) == (owner, owner)
