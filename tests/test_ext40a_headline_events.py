"""A story's event that its headline names by a proper name of its own ("Lisbon's Alfama fire: ..."), when the
story names no event it leaves unnamed, is the story's topic where a place would be: the counts its body gives
no owner ("Seventy-nine people were injured") are the event's, as for an unnamed event (verify/nlp/events.py),
not the place's that owns it (References.topic, `_headline_event`; issue 14's unnamed-event family)."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims

FIRE = (
    "LISBON - The fire that swept through a block of flats in the Alfama district is the deadliest in Lisbon in "
    "decades. Seventy-nine people were injured, 12 of them firefighters."
)

# (shape, headline, body, a count's words, the count's owner)
OWNERS = [
    (
        "a place's event named in the headline",
        "Lisbon's Alfama fire: from a spark to an inquiry",
        FIRE,
        "Seventy-nine people",
        "Alfama fire",
    ),
    (
        "a headline's event named without a possessor",
        "After the Grünerløkka flood, a city counts the cost",
        "OSLO - The water rose through the night in the Grünerløkka district, and by morning 400 homes stood in it. "
        "About 30 people were rescued from rooftops.",
        "About 30 people",
        "Grünerløkka flood",
    ),
    (
        "an event the headline names only by its place is no name: the place keeps the count",
        "Lisbon's fire: from a spark to an inquiry",
        FIRE,
        "Seventy-nine people",
        "Lisbon",
    ),
]


def claims(headline: str, body: str):
    text = f"{headline}\n\n{body}\n"
    return extract_claims(Article(path="s.txt", stem="s", sha256="0", title=headline, text=text))


@pytest.mark.parametrize(("shape", "headline", "body", "words", "owner"), OWNERS, ids=[r[0] for r in OWNERS])
def test_an_owner_less_count_of_a_story_of_the_headlines_event_is_the_events(shape, headline, body, words, owner):
    count = next(c for c in claims(headline, body) if c.kind == "quantity" and c.text == words)
    assert (count.subject, count.context) == (owner, owner)
