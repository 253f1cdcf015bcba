"""Contradictions missed, read in the fortieth session (recall40; issue 15). Invented people and pages.

- A dead person's lead writes the birth day only in its life span, with no 'born': 'Lena Sand (12 June 1941 –
  3 January 2024) was a Norbian novelist.' That first day is the birth date (`verify.match.born_in_the_lead`), so an
  age beside the name ('Lena Sand, 83,') is read against it, at death. A life span in brackets after another name in
  the lead ('Her father, Per Sand (2 May 1910 – 1 June 1980), ...') is his, not hers.
- A death told with its age and nothing else ('Lena Sand has died aged 83', 'died at the age of 83': the extractor
  gives the predicate 'died' and the age as its time) is an age at death: the page's dates of birth and death settle
  it (judging.toml clause.dying, `verify.kinds.clause.judge._age_at_death`). A page copy from before the death (it
  gives a birth date and no death) says nothing of the age at death, even when the age on the article's day differs.
- A clause hung on the time right before it by a relative 'when' ('She was part of the Green League until 1990, when
  she joined the Norby Party'): that time is the deed's (judging.toml clause.time_relatives, `verify.kinds.binding
  .bound`), so 'joined the Norby Party in 1985' is refuted and 'in 1990' supported.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page, verdict_on_words
from verify.models import Verdict

OBITUARY_DAY = dt.date(2024, 1, 4)
SAVED = dt.datetime(2024, 1, 4, 18, tzinfo=dt.UTC)
DEAD = page(
    "Lena Sand",
    "Lena Sand (12 June 1941 – 3 January 2024) was a Norbian novelist. Her debut novel, The Grey Harbour, was "
    "published in 1968.",
    SAVED,
)
# a lead whose only life span is her father's: no birth date of hers
HER_FATHERS = page(
    "Lena Sand",
    "Lena Sand is a Norbian novelist. Her father, the painter Per Sand (2 May 1910 – 1 June 1980), taught her to draw.",
    SAVED,
)
# the page as stored before her death: born 12 June 1940, no death; on the article's day she would be 83
BEFORE_DEATH = page(
    "Lena Sand",
    "Lena Sand (born 12 June 1940) is a Norbian novelist. Her debut novel, The Grey Harbour, was published in 1968.",
    SAVED,
)


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        pytest.param("83", Verdict.CONTRADICTED, id="another-age"),
        pytest.param("82", Verdict.SUPPORTED, id="her-age-at-death"),
    ],
)
def test_the_life_spans_first_day_is_the_birth_date(age: str, expected: Verdict) -> None:
    body = f"Lena Sand, {age}, has died."
    assert verdict_on_words(body, [DEAD], OBITUARY_DAY, "clause", f"Lena Sand, {age}") == expected


def test_another_persons_life_span_is_not_hers() -> None:
    body = "Lena Sand, 40, has died."  # Per Sand's span would make her 70 at his death day
    assert verdict_on_words(body, [HER_FATHERS], OBITUARY_DAY, "clause", "Lena Sand, 40") == Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Lena Sand has died aged 83.", Verdict.CONTRADICTED, id="aged"),
        pytest.param("Lena Sand died at the age of 83.", Verdict.CONTRADICTED, id="at-the-age-of"),
        pytest.param("Lena Sand has died aged 82.", Verdict.SUPPORTED, id="aged-true"),
        pytest.param("Lena Sand died at the age of 82.", Verdict.SUPPORTED, id="at-the-age-of-true"),
    ],
)
def test_an_age_at_death_is_read_against_the_dates_of_birth_and_death(body: str, expected: Verdict) -> None:
    assert verdict_on_words(body, [DEAD], OBITUARY_DAY, "clause", "died") == expected


def test_a_page_from_before_the_death_gives_no_age_at_death() -> None:
    # the page tells no death: her age on the article's day (83) is no age at death, which it does not give
    body = "Lena Sand has died aged 82."
    assert verdict_on_words(body, [BEFORE_DEATH], OBITUARY_DAY, "clause", "died") == Verdict.UNVERIFIED


LUND = page(
    "Eva Lund",
    "Eva Lund (born 2 May 1968) is a Norbian politician. She was part of the Green League until 1990, when she joined "
    "the Norby Party, which had been founded the previous year.",
    SAVED,
)


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        pytest.param("1985", Verdict.CONTRADICTED, id="another-year"),
        pytest.param("1990", Verdict.SUPPORTED, id="the-year-the-when-clause-hangs-on"),
    ],
)
def test_a_when_clause_is_dated_by_the_time_it_hangs_on(year: str, expected: Verdict) -> None:
    body = f"Eva Lund joined the Norby Party in {year}."
    assert verdict_on_words(body, [LUND], dt.date(2024, 5, 1), "clause", "joined") == expected
