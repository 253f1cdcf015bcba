"""kw24: an unseen kind of office, a monarchy whose princes share their father's and grandfather's names.

The people, pages and monarchy here are invented (the emirate of Qarnavia): an article on a new emir must
not read the late emir's page, whose name differs from his brother's only in its first word, as the new
emir's own page."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import clause_claim, page, verdict
from verify.kinds.clause.judge import _place_in
from verify.link import name_score
from verify.models import Claim, Verdict

DAY = dt.date(2031, 3, 12)


@pytest.mark.parametrize(
    ("claimed", "mention", "same"),
    [
        # brothers with one father and grandfather: the shared names are the nasab, not the person's
        ("Tarek Al-Hamid Al-Nour Al-Qasri", "Zayed Al-Hamid Al-Nour Al-Qasri", False),
        ("Tarek Al-Hamid Al-Nour Al-Qasri", "Emir Zayed Al-Hamid Al-Nour Al-Qasri", False),
        ("Tarek Al-Hamid Al-Nour Al-Qasri", "Tarek Al-Hamid Al-Nour Al-Qasri", True),
        ("Tarek Al-Hamid Al-Nour Al-Qasri", "Emir Tarek Al-Hamid Al-Nour Al-Qasri", True),
        ("Tarek Al-Qasri", "Tarek Al-Hamid Al-Nour Al-Qasri", True),
        # an event's title is no person's name: its year and its country's adjective are no given names
        ("Vestria's presidential election", "2031 Vestrian presidential election", True),
        ("Indonesia's presidential election", "2024 Indonesian presidential election", True),
        # a person known by a middle name is still the same person
        ("Dan Caine", "John Daniel Caine", True),
        ("John Daniel Caine", "Dan Caine", True),
    ],
)
def test_brothers_sharing_the_fathers_names_are_not_one_person(claimed, mention, same):
    assert (name_score(claimed, mention) >= 85) is same


def test_the_late_emirs_page_does_not_put_his_brother_in_the_past():
    """The new emir, named in full with a style between title and name; the pool holds only his late brother's
    page, whose lead says the brother 'was the 9th Emir of Qarnavia ... to his death': nothing of the new emir."""
    late = page(
        "Zayed Al-Hamid Al-Nour Al-Qasri",
        "Zayed Al-Hamid Al-Nour Al-Qasri (4 May 1936 – 7 March 2031) was the 9th Emir of Qarnavia from"
        " 2 October 2027 to his death on 7 March 2031.",
        saved=dt.datetime(2031, 3, 8, tzinfo=dt.UTC),
    )
    claim = Claim(
        id="c0000001",
        kind="role",
        text="Emir Sheikh Tarek Al-Hamid Al-Nour Al-Qasri",
        sentence="Qarnavia's Emir Sheikh Tarek Al-Hamid Al-Nour Al-Qasri took the oath on Wednesday.",
        span=(11, 54),
        subject="Tarek Al-Hamid Al-Nour Al-Qasri",
        relation="holds office",
        value="Emir",
    )
    assert verdict(claim, [late], DAY).verdict != Verdict.CONTRADICTED


def test_a_brother_of_the_same_fathers_names_is_not_the_one_succeeded():
    """'succeeded his half-brother Hamid Al-Hamid Al-Nour Al-Qasri' where the page names another half-brother:
    the names differ in one word, the person's own; a near spelling is one letter, not another given name."""
    own = page(
        "Zayed Al-Hamid Al-Nour Al-Qasri",
        "Zayed Al-Hamid Al-Nour Al-Qasri (born 4 May 1936) is the 9th Emir of Qarnavia. He had succeeded to the"
        " throne following the death of his half-brother Idris Al-Hamid Al-Nour Al-Qasri.",
        saved=dt.datetime(2031, 1, 8, tzinfo=dt.UTC),
    )
    text = "he succeeded his half-brother Hamid Al-Hamid Al-Nour Al-Qasri"
    claim = clause_claim(
        text, "Zayed Al-Hamid Al-Nour Al-Qasri", "succeeded", object="his half-brother Hamid Al-Hamid Al-Nour Al-Qasri"
    )
    assert verdict(claim, [own], DAY).verdict != Verdict.SUPPORTED
    right = clause_claim(
        text.replace("Hamid Al-Hamid", "Idris Al-Hamid"),
        "Zayed Al-Hamid Al-Nour Al-Qasri",
        "succeeded",
        object="his half-brother Idris Al-Hamid Al-Nour Al-Qasri",
    )
    assert verdict(right, [own], DAY).verdict == Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("place", "text", "held"),
    [
        ("Bandar Seri Begawan", "He was born in Bandar Seri Bagawan, Brunei.", True),  # one letter written otherwise
        ("his half-brother Karim Al-Hamid Al-Qasri", "the death of his half-brother Idris Al-Hamid Al-Qasri.", False),
    ],
)
def test_a_near_spelling_is_a_letter_not_a_word(place, text, held):
    assert _place_in(place, text) is held


def _named_on(namer: str) -> Claim:
    """The date claim the reader gives for 'On 13 April 2004 Emir {namer} named him deputy chief ...'."""
    text = f"On 13 April 2004 Emir {namer} named"
    sentence = f"{text} him deputy chief of the Qarnavia National Guard, replacing Zayed in the post."
    return clause_claim(text, namer, "named", sentence, kind="date", value="2004-04-13", time="13 April 2004")


TAREK = page(
    "Tarek Al-Hamid Al-Nour Al-Qasri",
    "Tarek Al-Hamid Al-Nour Al-Qasri (born 1 June 1940) is the 10th Emir of Qarnavia. On 13 April 2004, then-Emir"
    " Idris Al-Hamid Al-Nour Al-Qasri named Tarek as deputy chief of the Qarnavia National Guard, replacing Zayed"
    " in the position.",
    saved=dt.datetime(2031, 1, 8, tzinfo=dt.UTC),
)


def test_another_persons_page_does_not_date_the_subjects_act_by_another_agent():
    """On the new emir's page, 'then-Emir Idris ... named Tarek ..., replacing Zayed': the naming is Idris's act.
    A claim that Zayed named him on that day is not supported by it (the page's person is not the claim's
    subject, so the page's name does not stand for the subject); the claim that Idris did is."""
    assert verdict(_named_on("Zayed Al-Hamid Al-Nour Al-Qasri"), [TAREK], DAY).verdict != Verdict.SUPPORTED
    assert verdict(_named_on("Idris Al-Hamid Al-Nour Al-Qasri"), [TAREK], DAY).verdict == Verdict.SUPPORTED
