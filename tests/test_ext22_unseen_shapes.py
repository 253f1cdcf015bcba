"""Shapes of dates and subjects that unseen news writes and extraction missed (session 22, ext22).

- A weekday dating a clause ("won on Monday night") in a report whose dateline gives its day without
  the year ("DENVER, June 12 (wire) —") is a date claim whose value is the weekday as written: the day
  of that week; only a year could turn it into a calendar date. With no dateline's day at all the week
  is unknown and no claim is made (verify/kinds/date/parsed.py).
- A plural common noun capitalised only because it opens a sentence or a timeline line ("Investigators
  on Friday recovered ...", "Negotiators agreed its text in ...") names no one: a date said of it is
  the entity it stands for, else the story's topic (verify/kinds/quantity/owner.py).
- A month heading a timeline's lines ("March 9 - The shares fall") is no entity an article is about,
  and a headline that writes a name whole ("how Nordvik Savings Bank failed") is about that name, not
  a longer one sharing its first word that the body repeats (verify/nlp/reference.py).
"""

from __future__ import annotations

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims
from verify.nlp import parse
from verify.nlp.reference import References


def dates(text: str) -> list[tuple[str, str | None, str]]:
    """(subject, value, words) of each date claim of an article given with its headline."""
    return [(c.subject, c.value, c.text) for c in extract_claims(article_from_text(text)) if c.kind == "date"]


def topic(title: str, body: str) -> str | None:
    text = f"{title}\n\n{body}\n"
    return References.of(parse(text), len(title) + 2).topic


# (shape, article, the weekday a date claim gives as its value)
WEEKDAYS_AS_WRITTEN = [
    (
        "a yearless dateline",
        "Hawks take the cup\n\nDENTON, May 4 (wire) — The Harbour Hawks won the regional cup on Monday night,"
        " beating the Lakers 3-1.\n",
        "Monday",
    ),
    (
        "a first in a clause: no ranking year",
        "Hawks take the cup\n\nDENTON, May 4 (wire) — The Harbour Hawks won the first title in the club's history"
        " on Monday night.\n",
        "Monday",
    ),
    (
        "a passive verb",
        # named men (ext25s: a date of "Two men", a bare common noun, is no claim)
        "Two charged\n\nNORBY, March 3 (wire) — Tom Berg and Ivo Sand were charged on Wednesday with the theft of the"
        " chalice.\n",
        "Wednesday",
    ),
]


@pytest.mark.parametrize(
    ("text", "weekday"), [row[1:] for row in WEEKDAYS_AS_WRITTEN], ids=[row[0] for row in WEEKDAYS_AS_WRITTEN]
)
def test_a_weekday_with_no_day_to_resolve_it_is_a_date_as_written(text: str, weekday: str) -> None:
    assert [value for _, value, words in dates(text) if weekday in words] == [weekday]


NO_WEEKDAY_CLAIM = {
    "a possessive weekday dates a noun": "Deal agreed\n\nNORBY, March 3 (wire) — Nordbank agreed to pay 40% above"
    " Friday's closing price.\n",
    "today with no dateline says no day": "Deal agreed\n\nNordbank today agreed to buy Lund Steel.\n",
    "a weekday with no dateline's day: no week": "Budget passes\n\nThe Lund council approved the new budget on"
    " Tuesday.\n",
}


@pytest.mark.parametrize("text", NO_WEEKDAY_CLAIM.values(), ids=NO_WEEKDAY_CLAIM.keys())
def test_no_date_claim_for_a_weekday_that_dates_no_clause(text: str) -> None:
    assert dates(text) == []


def test_a_weekday_resolved_by_a_dated_dateline_keeps_its_calendar_value() -> None:
    text = "Hawks take the cup\n\nDENTON, 4 May 2023 — The Harbour Hawks won the regional cup on Monday night.\n"
    assert [value for _, value, _ in dates(text)] == ["2023-05-01"]


# (shape, article, the words of the date claim, whom it is about)
HEAD_NOUNS = [
    (
        "a plural noun opening a sentence",
        "Lund Treaty explained\n\nThe Lund Treaty protects the open sea. It took years to write."
        " Negotiators agreed its text in March 2023.\n",
        "agreed its text in March 2023",
        "Lund Treaty",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "about"), [row[1:] for row in HEAD_NOUNS], ids=[row[0] for row in HEAD_NOUNS]
)
def test_a_common_noun_capitalised_only_at_a_head_is_no_name_a_date_is_of(text: str, words: str, about: str) -> None:
    assert [subject for subject, _, said in dates(text) if said == words] == [about]


def test_a_name_written_capitalised_inside_a_sentence_stays_the_dates_subject() -> None:
    text = (
        "Lund Treaty explained\n\nThe Lund Treaty protects the open sea. Negotiators agreed its text in March"
        " 2023. The work of the Negotiators ended there.\n"
    )
    assert [subject for subject, _, said in dates(text) if said == "agreed its text in March 2023"] == ["Negotiators"]


# (shape, headline, body, the topic)
TOPICS = [
    (
        "a month heading a timeline's lines",
        "Five days in March: how Nordvik Savings Bank failed",
        "March 8, 2023 - Nordvik Savings Bank sells bonds at a loss.\n\nMarch 9 - The shares fall 60% in a day."
        "\n\nMarch 10 - Regulators close the bank.\n\nMarch 13 - Clients reach their money through Nordvik"
        " Savings Bridge Bank.\n\nMarch 14 - Nordvik Savings Bridge Bank opens its doors.",
        "Nordvik Savings Bank",
    ),
    (
        "a name the headline writes whole before a longer one the body repeats",
        "How Nordvik Savings Bank failed",
        "Nordvik Savings Bank sold bonds at a loss. Regulators closed it and opened Nordvik Savings Bridge Bank."
        " Nordvik Savings Bridge Bank took the deposits. Nordvik Savings Bridge Bank was sold later.",
        "Nordvik Savings Bank",
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), [row[1:] for row in TOPICS], ids=[row[0] for row in TOPICS])
def test_the_topic_is_a_name_the_headline_writes(title: str, body: str, expected: str) -> None:
    assert topic(title, body) == expected


def test_a_fuller_form_of_a_headline_name_stays_the_topic() -> None:
    """'US Army Black Hawk' holds the 'Army' the headline writes whole: the fuller form stays first."""
    title = "Army helicopter and jet collide over river"
    body = (
        "A US Army Black Hawk hit a passenger jet over the river. The US Army Black Hawk was on a training"
        " flight. The Army said the US Army Black Hawk carried three soldiers."
    )
    assert topic(title, body) == "US Army Black Hawk"
