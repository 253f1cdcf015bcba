"""Lengths of time stated as what a thing measures ("a career of 40 years"), read off the parse
(verify/kinds/duration/lengths.py): one row per shape, invented sentences."""

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims


def durations(body: str) -> list[tuple[str, str | None]]:
    article = article_from_text(f"Story\n\n{body}\n")
    return [(c.subject, c.value) for c in extract_claims(article) if c.kind == "duration"]


# (shape, sentence, the length's subject and value)
LENGTHS_OF = {
    "a career of N years: whose clause it is": (
        "Maria Lund retired from the bank after a long career of more than 30 years.",
        ("Maria Lund", "30 years"),
    ),
    "a record of N days set by someone: the agent's": (
        "The crew fell short of the national record of 412 days set by Tomas Berg.",
        ("Tomas Berg", "412 days"),
    ),
    "a length of a thing no one owns: the thing": (
        "After a voyage of about 40 hours, the ferry reached the island.",
        ("voyage", "40 hours"),
    ),
}


@pytest.mark.parametrize(("sentence", "expected"), LENGTHS_OF.values(), ids=LENGTHS_OF.keys())
def test_a_length_a_thing_is_of_is_claimed(sentence: str, expected: tuple[str, str]):
    assert expected in durations(sentence)


def test_a_named_period_of_a_thing_is_no_length():
    """'the first quarter of 2024' names a time, not how long anything lasted."""
    assert durations("Sales of the phone rose in the last three months of the year.") == []


# (shape, sentence, the distance's subject, value and relation): the main clause's event, set against another
INTERVALS = {
    "N units after a clause: the main clause's subject": (
        "Velmora joined the customs union on Monday, nine years after it first applied.",
        ("Velmora", "nine years", "after"),
    ),
    "N units earlier": (
        "Ana Ruiz had signed the contract three weeks earlier, at the club's offices.",
        ("Ana Ruiz", "three weeks", "earlier"),
    ),
    "N units ago": (
        "Tomas Berg started his first bakery nearly two decades ago.",
        ("Tomas Berg", "two decades", "ago"),
    ),
}


@pytest.mark.parametrize(("sentence", "expected"), INTERVALS.values(), ids=INTERVALS.keys())
def test_a_distance_between_two_events_is_claimed_for_the_main_event(sentence: str, expected: tuple[str, str, str]):
    article = article_from_text(f"Story\n\n{sentence}\n")
    found = [(c.subject, c.value, c.relation) for c in extract_claims(article) if c.kind == "duration"]
    assert expected in found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tern-4, the first stage, touched down about eight minutes after liftoff.", ("Tern-4", "eight minutes")),
        ("Nico Diaz scored barely a minute after the restart.", ("Nico Diaz", "a minute")),
        ("Lena Berg was sworn in as mayor 40 days after the runoff.", ("Lena Berg", "40 days")),
        ("Tomas Berg sold his shares two weeks before leaving the board.", ("Tomas Berg", "two weeks")),
    ],
    ids=["N units after a noun", "a unit after a noun", "after a noun, passive clause", "before a clause"],
)
def test_a_distance_from_an_event_a_phrase_names_is_claimed_for_a_named_doer(sentence: str, expected):
    """'landed eight minutes after liftoff': the named doer's event, set against the one the phrase names."""
    article = article_from_text(f"Story\n\n{sentence}\n")
    found = [(c.subject, c.value) for c in extract_claims(article) if c.kind == "duration"]
    assert expected in found, found


def test_a_distance_without_a_clause_of_its_own_is_no_claim():
    """'five days after the vote' hangs a length on a noun, dating nothing the sentence states."""
    assert durations("The second count came five days after the vote.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two firms fought in court for about a year.", ("firms", "a year")),
        ("Tomas Berg chaired the board for a year.", ("Tomas Berg", "a year")),
    ],
    ids=["for about a year", "for a year"],
)
def test_a_single_unit_written_with_its_article_is_a_length(sentence: str, expected: tuple[str, str]):
    assert expected in durations(sentence)


def test_a_unit_with_its_article_as_a_rate_is_no_length():
    """'12,000 euros a year' is how much is paid each year, not how long anything lasted."""
    assert durations("The club pays Tomas Berg 12,000 euros a year.") == []


def test_a_hyphenated_length_is_about_the_noun_it_measures_not_its_own_unit():
    """'The three-day meeting': the meeting lasts three days; 'day meeting' is no thing."""
    assert ("meeting", "three days") in durations("The three-day meeting opened in Velmora on Monday.")
