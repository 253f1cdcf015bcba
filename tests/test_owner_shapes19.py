"""Whose a count or a length is, and whether a number of hours is a length at all, in shapes a desk
check found misread (session 18, newuser findings W1/R3/R4): one row per shape, invented sentences."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims
from verify.models import Claim


def claims_of(body: str) -> list[Claim]:
    text = f"Headline\n\nThe agency reported the news.\n\n{body}\n"
    return extract_claims(Article(path="story.txt", stem="story", sha256="0", title="Headline", text=text))


def claim_on(body: str, kind: str, words: str) -> Claim:
    """The claim of `kind` whose text holds `words`."""
    found = [c for c in claims_of(body) if c.kind == kind and words in c.text]
    assert found, [(c.kind, c.text) for c in claims_of(body)]
    return found[0]


# (sentence, the count's words, its owner)
RELATIVE_CLAUSE_OWNERS = {
    "a count the named subject of a relative clause received": (
        "Rada Voss won 41 million votes on Sunday. Her tally was the highest ever, beating the 38 million votes"
        " Tomas Brenner received in 2019.",
        "38 million votes",
        "Tomas Brenner",
    ),
    "a count the named subject of a relative clause won, after the sentence's own subject": (
        "Lena Voss took 2.4 million votes in the first round, beating the 2.1 million votes Ivo Marek won in 2019.",
        "2.1 million votes",
        "Ivo Marek",
    ),
}


@pytest.mark.parametrize(
    ("sentence", "words", "owner"), RELATIVE_CLAUSE_OWNERS.values(), ids=RELATIVE_CLAUSE_OWNERS.keys()
)
def test_a_count_a_relative_clause_gives_its_named_subject_is_that_subject_s(sentence: str, words: str, owner: str):
    """'the 93 million votes Widodo received' are Widodo's, not the earlier winner's or the topic's."""
    assert claim_on(sentence, "quantity", words).context == owner


def test_a_count_a_relative_clause_only_reports_is_not_the_reporter_s():
    """'the 2,000 deaths that the spokesman had reported': the spokesman is the source, not whose deaths."""
    count = claim_on(
        "Floods hit Velmora on Sunday. The toll rose from the 2,000 deaths that Ivo Marek had reported on Monday.",
        "quantity",
        "2,000 deaths",
    )
    assert count.context != "Ivo Marek"


# (sentence, the count's words, the place it must not be given to)
PERSONS_ACTING = {
    "a participle clause whose doer is the main clause's subject, a description of a person": (
        "Gen. Rolf Tander joined the Air Force in 1990. The Air Force officer flew F-16s, serving three tours in Iraq.",
        "three tours",
        "Iraq",
    ),
    "a description of a person as the subject": (
        "Rolf Tander joined the Air Force in 1990. The pilot served three tours in Iraq.",
        "three tours",
        "Iraq",
    ),
}


@pytest.mark.parametrize(("sentence", "words", "place"), PERSONS_ACTING.values(), ids=PERSONS_ACTING.keys())
def test_things_a_person_does_are_not_the_place_s_where_they_did_them(sentence: str, words: str, place: str):
    """'serving three tours in Iraq' counts the officer's tours; the place after 'in' only says where."""
    assert claim_on(sentence, "quantity", words).context != place


def test_a_participle_clause_gives_the_count_to_the_main_clause_s_person():
    count = claim_on(
        "Gen. Rolf Tander joined the Air Force in 1990. The Air Force officer flew F-16s, serving three tours in Iraq.",
        "quantity",
        "three tours",
    )
    assert "Rolf Tander" in (count.context or "")


# (sentence, the length's words, its owner)
OWN_TIMES = {
    "'its' after the thing the sentence names": (
        "Mira Holt became governor of the Central Bank of Velmora on Monday. She is the first woman to lead the"
        " bank in its 63-year history.",
        "63-year history",
        "Central Bank of Velmora",
    ),
    "'its' after a description of the thing, a person the clause's subject": (
        "Ola Berg became director of the Vardo Museum on Monday. He is the youngest person to run the museum in"
        " its 120-year history.",
        "120-year history",
        "Vardo Museum",
    ),
}


@pytest.mark.parametrize(("sentence", "words", "owner"), OWN_TIMES.values(), ids=OWN_TIMES.keys())
def test_a_length_of_a_thing_s_own_time_is_its_possessor_s(sentence: str, words: str, owner: str):
    """'in its 63-year history' is the bank's age, not a fact about 'history'."""
    assert claim_on(sentence, "duration", words).subject == owner


# (sentence, the words of the hours)
COUNTED_HOURS = {
    "flight hours a person has": "Gen. Rolf Tander has 2,800 flight hours.",
    "volunteer hours a person logged": "Rita Holm has logged 400 volunteer hours at the shelter.",
}


@pytest.mark.parametrize("sentence", COUNTED_HOURS.values(), ids=COUNTED_HOURS.keys())
def test_hours_of_something_done_are_no_length_of_time(sentence: str):
    """'has 2,800 flight hours' is a tally of time flown; read as 'lasts 2,800 hours' it would be judged as a term."""
    assert not [c for c in claims_of(sentence) if c.kind == "duration"]


def test_a_length_a_verb_takes_is_still_a_length():
    """The counted-hours rule leaves a plain length alone: 'The strike lasted six weeks'."""
    assert [c.value for c in claims_of("The strike at the Vardo plant lasted six weeks.") if c.kind == "duration"]
