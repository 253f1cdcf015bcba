"""A date written without its year takes it from the article's day by the tense of its clause: a vote that
will be held, or an official due to take office, lies on or after that day; a step the sentence tells
in the past lies on or before it. Only a clause with neither leans on the window after the dateline.
Invented sentences."""

from __future__ import annotations

import pytest

from verify.kinds.date.parsed import date_mentions, reference_date


def _iso(sentence: str, dateline: str) -> str | None:
    reference = reference_date(f"Story\n\nVARDO, {dateline} — {sentence}", None)
    assert reference is not None
    return date_mentions(sentence, reference)[0].iso


@pytest.mark.parametrize(
    ("sentence", "dateline", "iso"),
    [
        ("The new harbour master is due to take office on 1 October.", "12 February 2024", "2024-10-01"),
        ("The referendum will be held on 3 March, the commission said.", "10 June 2024", "2025-03-03"),
        ("Kroll is scheduled to open the bridge on 20 November.", "5 May 2031", "2031-11-20"),
    ],
)
def test_a_date_to_come_is_the_next_one_on_or_after_the_articles_day(sentence: str, dateline: str, iso: str):
    assert _iso(sentence, dateline) == iso


@pytest.mark.parametrize(
    ("sentence", "dateline", "iso"),
    [
        ("The council voted on 20 March to close the ferry line.", "10 March 2024", "2023-03-20"),
        ("The ministry said it had signed the lease on 28 December.", "3 January 2025", "2024-12-28"),
        ("Divers found the wreck on 14 August after a week of searching.", "2 August 2030", "2029-08-14"),
    ],
)
def test_a_date_told_in_the_past_is_the_last_one_on_or_before_the_articles_day(sentence: str, dateline: str, iso: str):
    assert _iso(sentence, dateline) == iso


def test_each_date_takes_the_tense_of_its_own_clause():
    sentence = "Berg was elected on 30 April and will take office on 1 October."
    reference = reference_date(f"Story\n\nVARDO, 15 May 2024 — {sentence}", None)
    assert [m.iso for m in date_mentions(sentence, reference)] == ["2024-04-30", "2024-10-01"]


def test_a_clause_with_no_tense_word_keeps_the_window_after_the_dateline():
    reference = reference_date("Story\n\nVARDO, 10 February 2024 — Rain.", None)
    assert reference is not None and reference.day == 10
    assert [m.iso for m in date_mentions("Ferry timetable: 12 April; 25 June.", reference)] == [
        "2024-04-12",
        "2023-06-25",
    ]


def test_a_past_verb_in_a_later_clause_after_the_date_is_not_its_tense():
    sentence = "She also faces a hearing in Bergen in September over claims that she failed to file returns."
    assert _iso(sentence, "11 June 2024") == "2024-09"


@pytest.mark.parametrize(
    "sentence",
    [
        "The commission said the vote would be held on 3 March.",
        "Officials said the bridge reopens on 3 March.",
        "The hearing was set for 3 March.",
        "The first results are expected on 3 March.",
        "The launch, postponed twice, was rescheduled for 3 March.",
    ],
)
def test_a_date_still_to_come_in_a_reported_or_rescheduled_clause_is_not_put_a_year_back(sentence: str):
    """The verb that reports or reschedules is past; the event it dates is not ('said ... would', 'set for')."""
    assert _iso(sentence, "10 February 2025") == "2025-03-03"
