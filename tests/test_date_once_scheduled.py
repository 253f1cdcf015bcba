"""A day an event was once set for is not the day it took place ('the election had been due on 9 May 2027',
'was originally scheduled for', 'would have been held in', 'was postponed from 3 March'): the event page's date
row never contradicts it, and only a page sentence giving that schedule supports it. The day an event was moved
to ('postponed from 3 March to 3 June') is its own day and is judged as before. Pages and sentences invented.

Counterexamples it must not misread: 'the election that had been expected in 2027 was held on 9 April 2025' (the
held day is the event's, and a wrong one is still contradicted); 'the summit is scheduled for 5 June' (a day to
come is the event's own); a page's 'the next election is scheduled for 9 May 2029' (another election's day)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page, verdict
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Document, InfoboxField

AS_OF = dt.date(2025, 6, 20)


def boxed(title: str, text: str, day: str) -> Document:
    """An event's page whose infobox dates it to `day`."""
    return page(title, text).model_copy(update={"infobox": (InfoboxField(label="date", value=day),)})


SNAP_VOTE = boxed(
    "2025 Vestrian general election", "The 2025 Vestrian general election was held on 6 April 2025.", "6 April 2025"
)
SNAP_VOTE_TOLD = boxed(
    "2025 Vestrian general election",
    "The 2025 Vestrian general election was held on 6 April 2025, two years early. Originally scheduled for 9 May"
    " 2027, it was brought forward after the coalition collapsed.",
    "6 April 2025",
)
SNAP_VOTE_NEXT = boxed(
    "2025 Vestrian general election",
    "The 2025 Vestrian general election was held on 6 April 2025. The next election is scheduled for 9 May 2029.",
    "6 April 2025",
)
SUMMIT = boxed("2025 Arden summit", "The 2025 Arden summit met in Lund on 3 June 2025.", "3 June 2025")
TRIAL = boxed("Trial of Ivo Sand", "The trial of Ivo Sand opened in Norrby on 10 March 2025.", "10 March 2025")
LAUNCH = boxed("Kestrel launch", "The Kestrel launch lifted off from its coastal pad on 2 June 2025.", "2 June 2025")


def judged(sentence: str, pages: list[Document]) -> dict[str, str]:
    """The verdict on each date claim the reader takes from `sentence`, by the claim's words."""
    article = article_from_text(f"Report\n\n{sentence}\n", as_of=AS_OF)
    claims = [c for c in extract_claims(article) if c.kind == "date"]
    assert claims, f"no date claim in {sentence!r}"
    return {c.text: verdict(c, pages, AS_OF).verdict.value for c in claims}


ONCE_SET = {
    "an election that had been due": ("The Vestrian general election had been due on 9 May 2027.", SNAP_VOTE),
    "an election that would have been held": ("The Vestrian general election would have been held in May 2027.",
                                              SNAP_VOTE),
    "an election originally scheduled": ("The Vestrian general election was originally scheduled for 9 May 2027.",
                                         SNAP_VOTE),
    "an election that had been expected": ("The Vestrian general election had been expected in May 2027.", SNAP_VOTE),
    "a summit initially set": ("The Arden summit was initially set for 12 March 2025.", SUMMIT),
    "a summit that had been planned": ("The Arden summit had been planned for 12 March 2025.", SUMMIT),
    # ext25s: "The trial of Ivo Sand" gave a date of "trial", no one's: now no claim; the possessive binds it
    "a trial that had been scheduled": ("Ivo Sand's trial had been scheduled for 2 February 2025.", TRIAL),
    "a launch that had been planned": ("The Kestrel launch had been planned for 14 March 2025.", LAUNCH),
    "a launch that was to have happened": ("The Kestrel launch was to have taken place on 14 March 2025.", LAUNCH),
}  # fmt: skip


@pytest.mark.parametrize(("sentence", "event"), ONCE_SET.values(), ids=ONCE_SET.keys())
def test_a_day_once_set_is_not_contradicted_by_the_day_the_event_took_place(sentence: str, event: Document):
    assert set(judged(sentence, [event]).values()) == {"unverified"}


def test_a_day_once_set_is_supported_by_a_page_giving_that_schedule():
    got = judged("The Vestrian general election had been due on 9 May 2027.", [SNAP_VOTE_TOLD])
    assert got == {"been due on 9 May 2027": "supported"}


def test_another_events_schedule_on_the_page_does_not_support_a_day_once_set():
    got = judged("The Vestrian general election had been due on 9 May 2029.", [SNAP_VOTE_NEXT])
    assert got == {"been due on 9 May 2029": "unverified"}


def test_a_schedule_of_another_event_on_the_persons_page_does_not_support_a_day_once_set():
    banker = page(
        "Ivo Sand", "Ivo Sand (born 1970) is a Vestrian banker. His appeal hearing was scheduled for 2 February 2025."
    )
    got = judged("Ivo Sand's trial had been scheduled for 2 February 2025.", [banker])
    assert got == {"scheduled for 2 February 2025": "unverified"}


def test_the_day_an_event_was_postponed_from_is_not_its_day_but_the_day_it_moved_to_is():
    got = judged("The Arden summit was postponed from 3 March 2025 to 3 June 2025.", [SUMMIT])
    assert got == {
        "postponed from 3 March 2025": "unverified",
        "postponed from 3 March 2025 to 3 June 2025": "supported",
    }


def test_a_wrong_day_an_event_was_moved_to_is_still_contradicted():
    got = judged("The Arden summit was postponed from 3 March 2025 to 5 June 2025.", [SUMMIT])
    assert got["postponed from 3 March 2025 to 5 June 2025"] == "contradicted"


def test_a_wrong_day_held_after_a_former_expectation_in_the_sentence_is_still_contradicted():
    sentence = "The Vestrian general election that had been expected in 2027 was held on 9 April 2025."
    assert judged(sentence, [SNAP_VOTE])["held on 9 April 2025"] == "contradicted"


def test_a_wrong_day_held_after_an_undated_former_expectation_is_still_contradicted():
    sentence = "The Vestrian general election that had long been expected was held on 9 April 2025."
    assert judged(sentence, [SNAP_VOTE])["held on 9 April 2025"] == "contradicted"


def test_a_wrong_day_still_to_come_is_still_contradicted():
    assert judged("The Arden summit is scheduled for 5 June 2025.", [SUMMIT]) == {
        "scheduled for 5 June 2025": "contradicted"
    }


SCHEDULE_WORD_AS_AN_ADJECTIVE = {
    "the first scheduled launch": ("The first scheduled Kestrel launch lifted off on {day}.", LAUNCH),
    "the previously planned summit": ("The previously planned Arden summit met on {day}.", SUMMIT),
}


@pytest.mark.parametrize(
    ("sentence", "event"), SCHEDULE_WORD_AS_AN_ADJECTIVE.values(), ids=SCHEDULE_WORD_AS_AN_ADJECTIVE.keys()
)
def test_a_schedule_word_before_the_events_noun_still_lets_its_own_day_be_judged(sentence: str, event: Document):
    """'Scheduled' here describes the event; the day is the one it happened on (review of 308e4cd)."""
    own = event.infobox[0].value
    assert set(judged(sentence.format(day=own), [event]).values()) == {"supported"}
    assert set(judged(sentence.format(day="9 June 2025"), [event]).values()) == {"contradicted"}


def test_a_day_that_never_came_said_of_another_verb_leaves_the_held_day_judged():
    """'would have' marks 'come sooner', not the date after 'was held on': that day is the event's own."""
    said = "The Vestrian general election that critics say would have come sooner was held on {day}."
    assert set(judged(said.format(day="6 April 2025"), [SNAP_VOTE]).values()) == {"supported"}
    assert set(judged(said.format(day="9 April 2025"), [SNAP_VOTE]).values()) == {"contradicted"}
