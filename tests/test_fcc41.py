"""The forty-first session's verdict rows (fcc41), each judged through the article's whole judging against invented
pages (`tests.test_review38._judged_whole`):

- review40 N1: a month a page tells without its year ('In February 2025, President Ivo Stam named Dahl as his
  nominee ... Dahl was confirmed by the Senate in April.') is of its paragraph's year when it does not come before
  the paragraph's last date: it supports 'was confirmed by the Senate in April' in a 2025 article (unverified on main).
  It never refutes another month: the year is the page's story's, not written.
- review40 N2 (OPEN, strict xfail): a wide clause supported on its deed while its words give its subject a post no
  page read states ('Jon Dahl, a former chief executive of Lund Bank, was appointed chairman of Korvik Bank in 2019',
  the page naming Tarsa Bank) should be unverified: it states the post too. fcc41 tried setting aside a supported
  clause's support beside a narrower role claim of its words left unsupported, unless a supporting sentence words the
  post; on tuning it lost 48 right "supported" labels (succession clauses: 'succeeds X as president on 8 February',
  'handed the party leadership to X', 'succeeded X as director of ...': their role rows unread where the succession
  row supports), and was taken out. A mend must leave the post a succession's own verb takes to `_unstated`.
- fcc40's ie row: 'stepped down as Fine Gael leader on 20 March' ends a term (its verb more than 30 characters before
  the day), and a wide clause refuted by its age row whose other values are supported on narrower rows is not refuted
  by the age."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from verify.models import Document, Verdict

# An article of 1 September 2025, after the events its invented pages tell.
AUTUMN = dt.date(2025, 9, 1)


def _nominee(paragraph: str) -> Document:
    """Jon Dahl's invented page: a Norbian general, with `paragraph` as its second paragraph."""
    return page("Jon Dahl", f"Jon Dahl (born 10 August 1968) is a Norbian general.\n{paragraph}", SAVED)


NAMED_IN_FEBRUARY = "In February 2025, President Ivo Stam named Dahl as his nominee as chief of defence."
CONFIRMED = "Jon Dahl, 57, was confirmed by the Senate in April."


@pytest.mark.parametrize(
    ("paragraph", "kind", "words"),
    [
        pytest.param(
            f"{NAMED_IN_FEBRUARY} Dahl was confirmed by the Senate in April.", "clause", "confirmed", id="clause"
        ),
        pytest.param(f"{NAMED_IN_FEBRUARY} Dahl was confirmed by the Senate in April.", "date", "April", id="date"),
        pytest.param(
            f"{NAMED_IN_FEBRUARY} He was confirmed by the Senate on 3 April.", "clause", "confirmed", id="day-month"
        ),
        pytest.param(
            f"{NAMED_IN_FEBRUARY} He was confirmed by the Senate on April 3.", "clause", "confirmed", id="month-day"
        ),
    ],
)
def test_n1_a_month_without_its_year_is_of_its_paragraphs_year(paragraph: str, kind: str, words: str) -> None:
    assert _judged_whole(CONFIRMED, [_nominee(paragraph)], kind, words, AUTUMN) == [Verdict.SUPPORTED]


# The twins: another month is not refuted by a year the page does not write; a month before the paragraph's last
# date ('In May 2025 ... in April': the April after, or before) and a year of another paragraph give no year; a
# sentence that writes a year of its own is read as written; a month's name alone may be a person's.
@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        pytest.param(
            f"{NAMED_IN_FEBRUARY} Dahl was confirmed by the Senate in April.",
            CONFIRMED.replace("April", "May"),
            id="another-month",
        ),
        pytest.param(
            "In May 2025, President Ivo Stam named Dahl as his nominee. Dahl was confirmed by the Senate in April.",
            CONFIRMED,
            id="a-month-before-the-paragraphs",
        ),
        pytest.param(
            f"{NAMED_IN_FEBRUARY}\nDahl was confirmed by the Senate in April.", CONFIRMED, id="another-paragraphs-year"
        ),
        pytest.param(
            f"{NAMED_IN_FEBRUARY} Dahl was confirmed by the Senate in April 2024.", CONFIRMED, id="its-own-year"
        ),
        pytest.param(
            f"{NAMED_IN_FEBRUARY} Dahl was nominated in 2024 and was confirmed by the Senate in April.",
            CONFIRMED,
            id="a-year-in-its-sentence",
        ),
        pytest.param(
            f"{NAMED_IN_FEBRUARY} Dahl was confirmed by the Senate, said April Moe, a spokeswoman.",
            CONFIRMED,
            id="a-month-that-is-a-name",
        ),
    ],
)
def test_n1_twin_no_year_read_is_no_support_nor_refutation(paragraph: str, body: str) -> None:
    found = _judged_whole(body, [_nominee(paragraph)], "clause", "confirmed", AUTUMN)
    assert Verdict.SUPPORTED not in found, found
    if "2024" not in paragraph:
        assert Verdict.CONTRADICTED not in found, found


# Jon Dahl's invented page, a banker: chief executive of Tarsa Bank, then chairman of Korvik Bank.
BANKER = page(
    "Jon Dahl",
    "Jon Dahl (born 3 March 1960) is a Norbian banker. He was the chief executive of Tarsa Bank from 2012 to 2016. In "
    "2019 he was appointed chairman of Korvik Bank.",
    SAVED,
)
SUMMER = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param(
            "Jon Dahl, a former chief executive of Lund Bank, was appointed chairman of Korvik Bank in 2019.",
            "appointed chairman",
            id="apposed-post",
        ),
        pytest.param(
            "Jon Dahl was chief executive and chairman of Tarsa Bank from 2012 to 2016.",
            "chief executive and chairman",
            id="coordinated-post",
        ),
    ],
)
@pytest.mark.xfail(strict=True, reason="review40 N2 open: a wide clause supported on its deed beside an unstated post")
def test_n2_a_wide_clause_holding_an_unstated_post_is_not_supported(body: str, words: str) -> None:
    found = _judged_whole(body, [BANKER], "clause", words, SUMMER)
    assert found == [Verdict.UNVERIFIED], found


@pytest.mark.parametrize(
    ("body", "words", "doc"),
    [
        pytest.param(
            "Jon Dahl, a former chief executive of Tarsa Bank, was appointed chairman of Korvik Bank in 2019.",
            "appointed chairman",
            BANKER,
            id="apposed-post",
        ),
        pytest.param(
            "Jon Dahl was chief executive and chairman of Tarsa Bank from 2012 to 2016.",
            "chief executive and chairman",
            page(
                "Jon Dahl",
                "Jon Dahl (born 3 March 1960) is a Norbian banker. He was chief executive and chairman of Tarsa Bank "
                "from 2012 to 2016.",
                SAVED,
            ),
            id="coordinated-post",
        ),
    ],
)
def test_n2_twin_a_wide_clause_whose_posts_are_stated_is_supported(body: str, words: str, doc: Document) -> None:
    assert _judged_whole(body, [doc], "clause", words, SUMMER) == [Verdict.SUPPORTED]


# Ana Ruiz's invented page: her party's leader from 2 June 2017 to 20 March 2024, born 18 January 1979.
LEADER = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 18 January 1979) is a Norbian politician who led the Norby Party from 2017 to 2024.",
    [
        ("office", "Leader of the Norby Party"),
        ("term_start", "2 June 2017"),
        ("term_end", "20 March 2024"),
        ("birth_date", "18 January 1979"),
    ],
    SAVED,
)
SPRING = dt.date(2024, 3, 25)
STEPPED_DOWN = (
    "The Norby Party chose Eva Lund as its leader on Sunday, 24 March, after Ana Ruiz resigned.\n\nRuiz, 45, stepped "
    "down as Norby Party leader on 20 March, having led the party for seven years."
)


# fcc40's ie row: 'stepped down as X on 20 March' ends a term, though its verb stands more than 30 characters before
# the day: the office's term_end row dates it (unverified on main, no leaving verb read). Another day is not
# supported; nor is the day of another body's post ('stepped down as Tarsa Party leader'), which the row does not name.
@pytest.mark.parametrize(
    ("body", "kind", "words", "expected"),
    [
        pytest.param(STEPPED_DOWN, "clause", "stepped down", Verdict.SUPPORTED, id="clause"),
        pytest.param(STEPPED_DOWN, "date", "20 March", Verdict.SUPPORTED, id="date"),
    ],
)
def test_stepping_down_is_dated_by_the_terms_end(body: str, kind: str, words: str, expected: Verdict) -> None:
    assert _judged_whole(body, [LEADER], kind, words, SPRING) == [expected]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param(STEPPED_DOWN.replace("20 March", "12 March"), "12 March", id="another-day"),
        pytest.param(STEPPED_DOWN.replace("Norby Party leader", "Tarsa Party leader"), "20 March", id="another-body"),
    ],
)
def test_twin_another_day_or_body_is_not_dated_by_the_terms_end(body: str, words: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [LEADER], "date", words, SPRING)


# fcc40's ie row, its age false: the wide clause is refuted by the age on its own row, and its other values (the post,
# the day) are supported on theirs, so it is not refuted by the age too; nor supported (review40 B5): unverified.
def test_a_wide_clause_whose_other_values_are_settled_is_not_refuted_by_its_rows_value() -> None:
    body = STEPPED_DOWN.replace("45", "47")
    assert _judged_whole(body, [LEADER], "clause", "stepped down", SPRING) == [Verdict.UNVERIFIED]


# The twin: a post no narrower claim settles ('Tarsa Party leader') leaves the wide clause refuted by the age.
def test_twin_a_wide_clause_with_an_unsettled_post_stays_refuted_by_its_rows_value() -> None:
    body = STEPPED_DOWN.replace("45", "47").replace("Norby Party leader", "Tarsa Party leader")
    assert _judged_whole(body, [LEADER], "clause", "stepped down", SPRING) == [Verdict.CONTRADICTED]
