"""Counts of what an event counts (votes cast, polling stations, turnout, viewers) belong to the event
the story reports, not to the person the story is about; a person keeps the counts that are theirs
(verify.kinds.quantity.owner `_event_owner`, verify/lexicons/counted.toml `of_events`). Invented stories."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims
from verify.nlp import parse
from verify.nlp.reference import References

HEADLINE = "Vega wins Peru's presidency"
LEDE = "LIMA, 13 April 2026 — Ana Vega won Peru's presidential election on Sunday, defeating Rui Soto. "
ELECTION = "2026 Peru presidential election"


def counts(body: str, headline: str = HEADLINE) -> list:
    text = f"{headline}\n\n{body}\n"
    article = Article(path="s.txt", stem="s", sha256="0", title=headline, text=text)
    return [c for c in extract_claims(article) if c.kind == "quantity"]


def owners_of(body: str, words: str, headline: str = HEADLINE) -> set[str | None]:
    claim = next(c for c in counts(body, headline) if words in c.text)
    return {claim.subject, claim.context}


# (shape, the sentence after the lede, the count's words, its owner)
EVENTS = [
    ("votes no one holds were counted", "More than 18 million votes were counted.", "18 million", ELECTION),
    (
        "the stations a count is of",
        "With 98.5 percent of polling stations counted, Vega had 52 percent of the vote.",
        "98.5 percent",
        ELECTION,
    ),
    (
        "the whole a winner's votes are part of",
        "Vega received 9,120,400 of the 17.6 million valid votes.",
        "17.6 million",
        ELECTION,
    ),
]


@pytest.mark.parametrize(("shape", "sentence", "words", "owner"), EVENTS, ids=[c[0] for c in EVENTS])
def test_a_count_of_what_the_event_counts_is_the_events(shape, sentence, words, owner):
    assert owner in owners_of(LEDE + sentence, words)


# (shape, the sentence after the lede, the count's words, whose it is)
PEOPLE = [
    (
        "the share of the person a body declares the winner",
        "The electoral board declared Vega the winner with 52 percent of the vote.",
        "52 percent",
        "Ana Vega",
    ),
    ("the votes a person received", "Vega received more than 9.1 million votes.", "9.1 million", "Ana Vega"),
    (
        "the share a person had while the count went on",
        "With 98.5 percent of polling stations counted, Vega had 52 percent of the vote.",
        "52 percent",
        "Ana Vega",
    ),
    (
        "the part of the whole a person received",
        "Vega received 9,120,400 of the 17.6 million valid votes.",
        "9,120,400",
        "Ana Vega",
    ),
]


@pytest.mark.parametrize(("shape", "sentence", "words", "owner"), PEOPLE, ids=[c[0] for c in PEOPLE])
def test_a_person_keeps_the_votes_that_are_theirs(shape, sentence, words, owner):
    owners = owners_of(LEDE + sentence, words)
    assert any(owner.split()[-1] in (name or "") for name in owners)  # "Vega" or "Ana Vega"
    assert ELECTION not in owners


def test_an_event_counted_noun_with_no_event_in_the_story_stays_as_it_was():
    body = "LIMA, 13 April 2026 — Ana Vega thanked her supporters on Sunday. More than 18 million votes were counted."
    assert not any("election" in (name or "") for name in owners_of(body, "18 million"))


def references(headline: str, body: str) -> References:
    text = f"{headline}\n\n{body}\n"
    return References(parse(text), len(headline))


@pytest.mark.parametrize(
    ("shape", "body"),
    [
        (
            "a vote its phrase names no land for takes its clause's country",
            "LIMA, 13 April 2026 — Peru's electoral board on Monday declared Ana Vega the winner of last "
            "month's presidential election.",
        ),
        ("a runoff is the election it decides", LEDE.replace("election", "runoff")),
    ],
)
def test_the_story_of_a_vote_names_the_election(shape, body):
    assert references(HEADLINE, body).titled_events == {ELECTION}


def test_a_noun_describing_a_body_is_no_event():
    refs = references(
        "Peru counts its votes",
        "LIMA, 13 April 2026 — Peru's election commission said on Monday that counting would end on Friday.",
    )
    assert not refs.titled_events


def test_an_audience_is_the_event_named_before_it_in_its_paragraph():
    body = (
        "PARIS, 3 March 2026 — Siri Lund won the gold at the Paris Olympics on Sunday. "
        "The final drew 41,000 spectators."
    )
    assert "Paris Olympics" in owners_of(body, "41,000", headline="Lund takes gold")


def test_a_land_another_clause_names_does_not_name_the_vote():
    refs = references(
        "Vega takes office",
        "LIMA, 14 April 2026 — Ana Vega became President of Peru on Tuesday, hours after her party won the "
        "general election.",
    )
    assert not refs.titled_events
