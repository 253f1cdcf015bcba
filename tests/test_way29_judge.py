"""Vice/Deputy and an age told of taking up a post, read in the twenty-ninth session (way29's private check of
invented variant pairs, written before these fixes). Invented people and pages; each false variant beside its
true twin, which stays supported. Each test extracts a short article and judges its claims against the pages.

- A capitalised qualifier before a title with its body after it ('Deputy Chief of the General Staff Pavol
  Hrnčiar', 'First Deputy Chief of ...') is part of the office: read without it, a deputy's post was checked as
  the head's own (a false "supported" on main when the page's holder is the head).
- An age told of taking up a post ('became prime minister at 56', 'was 57 when he became prime minister in
  2012') is the age on the first day of the subject's first spell in that post, from the birth date and the
  term's start row.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, verdict_on_words
from verify.models import Document, Verdict

SUMMER_2024 = dt.date(2024, 6, 3)

_HRNCIAR = boxed(
    "Pavol Hrnčiar",
    "Pavol Hrnčiar (born 14 June 1966) is a Slovak Army general who has served as Chief of the General Staff of the "
    "Slovak Armed Forces since 1 July 2022.",
    [("office", "Chief of the General Staff of the Slovak Armed Forces"), ("term_start", "1 July 2022"),
     ("birth_date", "14 June 1966")],
)  # fmt: skip
_KRAL = boxed(
    "Milan Král",
    "Milan Král (born 3 November 1969) is a Slovak Army general who has served as First Deputy Chief of the General "
    "Staff of the Slovak Armed Forces since 1 July 2022.",
    [("office", "First Deputy Chief of the General Staff of the Slovak Armed Forces"), ("term_start", "1 July 2022"),
     ("birth_date", "3 November 1969")],
)  # fmt: skip
_HUDEC = boxed(
    "Tomáš Hudec",
    "Tomáš Hudec (born 4 April 1967) is a Slovak politician who has served as Prime Minister of Slovakia since 25 "
    "October 2023. He was Deputy Prime Minister of Slovakia from 2016 to 2020.",
    [("office", "Prime Minister of Slovakia"), ("term_start", "25 October 2023"),
     ("office2", "Deputy Prime Minister of Slovakia"), ("term_start2", "2016"), ("term_end2", "2020"),
     ("birth_date", "4 April 1967")],
)  # fmt: skip
_BLASKO = boxed(
    "Peter Blaško",
    "Peter Blaško (born 1 March 1955) is a Slovak politician who served as Prime Minister of Slovakia from 4 April "
    "2012 to 25 October 2023.",
    [("office", "Prime Minister of Slovakia"), ("term_start", "4 April 2012"), ("term_end", "25 October 2023"),
     ("birth_date", "1 March 1955")],
)  # fmt: skip


def _verdict_on(body: str, docs: list[Document], kind: str, words: str, as_of: dt.date = SUMMER_2024) -> Verdict:
    """The verdict on the one claim of `kind` whose words hold `words`, extracted from `body`."""
    return verdict_on_words(body, docs, as_of, kind, words)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Deputy Chief of the General Staff", Verdict.CONTRADICTED),
        ("Chief of the General Staff", Verdict.SUPPORTED),
    ],
)
def test_a_deputy_before_a_title_with_its_body_is_part_of_the_office(title: str, expected: Verdict) -> None:
    body = f"{title} Pavol Hrnčiar visited the base."
    assert _verdict_on(body, [_HRNCIAR], "role", f"{title} Pavol") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("First Deputy Chief of the General Staff", Verdict.SUPPORTED),
        ("Chief of the General Staff", Verdict.CONTRADICTED),
    ],
)
def test_a_first_deputys_title_is_read_whole(title: str, expected: Verdict) -> None:
    body = f"{title} Milan Král visited the base."
    assert _verdict_on(body, [_KRAL], "role", f"{title} Milan") == expected


@pytest.mark.parametrize(("age", "expected"), [("56", Verdict.SUPPORTED), ("49", Verdict.CONTRADICTED)])
def test_an_age_at_taking_up_a_post_is_the_age_on_the_terms_first_day(age: str, expected: Verdict) -> None:
    body = f"Prime Minister Tomáš Hudec spoke on Monday. Hudec became prime minister at {age}."
    assert _verdict_on(body, [_HUDEC], "clause", f"at {age}") == expected


@pytest.mark.parametrize(("age", "expected"), [("57", Verdict.SUPPORTED), ("61", Verdict.CONTRADICTED)])
def test_an_age_when_a_post_was_taken_up_is_the_age_on_the_terms_first_day(age: str, expected: Verdict) -> None:
    body = f"Former prime minister Peter Blaško spoke. Peter Blaško was {age} when he became prime minister in 2012."
    assert _verdict_on(body, [_BLASKO], "clause", f"was {age}") == expected


def test_an_age_at_taking_up_is_not_measured_by_a_deputys_spell() -> None:
    # 49 is his age when he became deputy prime minister (2016), not prime minister: another post's start is no
    # measure of it, and his premiership's start refutes it
    body = "Prime Minister Tomáš Hudec spoke on Monday. Hudec became deputy prime minister at 49."
    assert _verdict_on(body, [_HUDEC], "clause", "at 49") != Verdict.CONTRADICTED


def test_an_age_then_is_not_measured_on_the_articles_day() -> None:
    # 'then 56' is his age when he became prime minister (October 2023), not on the article's day (57 by then)
    body = "Prime Minister Tomáš Hudec spoke. Tomáš Hudec, then 56, became prime minister in 2023."
    found = [v for c, v in judged_body(body, [_HUDEC], SUMMER_2024) if c.kind == "clause" and "then 56" in c.text]
    assert found and Verdict.CONTRADICTED not in found


def test_an_age_when_a_post_was_taken_up_in_another_year_decides_nothing() -> None:
    # 'in 2009' is no start of his premiership (2012): another taking up, or a wrong year, not a measure of the age
    body = "Former prime minister Peter Blaško spoke. Peter Blaško was 61 when he became prime minister in 2009."
    assert _verdict_on(body, [_BLASKO], "clause", "was 61") != Verdict.CONTRADICTED


_NOVAK = boxed(
    "Jan Novák",
    "Jan Novák (born 3 March 1960) is a Slovak politician who was Prime Minister of Slovakia from 2006 to 2010 and "
    "again since 12 May 2018.",
    [("office", "Prime Minister of Slovakia"), ("term_start", "12 May 2018"), ("predecessor", "Eva Malá"),
     ("office1", "Prime Minister of Slovakia"), ("term_start1", "2006"), ("term_end1", "2010"),
     ("birth_date", "3 March 1960")],
)  # fmt: skip


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        ("Prime Minister Tomáš Hudec spoke. Tomáš Hudec, then 56, became prime minister in 2023.", "then 56, became",
         Verdict.SUPPORTED),
        ("Prime Minister Tomáš Hudec spoke. Tomáš Hudec, then 52, became prime minister in 2023.", "then 52, became",
         Verdict.CONTRADICTED),
        ("Prime Minister Tomáš Hudec spoke. At 52, Tomáš Hudec became prime minister.", "52", Verdict.CONTRADICTED),
    ],
)  # fmt: skip
def test_an_age_set_beside_the_step_is_the_age_on_the_terms_first_day(body: str, words: str, expected: Verdict) -> None:
    assert _verdict_on(body, [_HUDEC], "clause", words) == expected


def test_an_age_at_a_later_spells_start_is_supported() -> None:
    # his second premiership began on 12 May 2018, when he was 58: the first (2006) is not the only one meant
    body = "Prime Minister Jan Novák spoke on Monday. Novák became prime minister at 58."
    assert _verdict_on(body, [_NOVAK], "clause", "at 58") == Verdict.SUPPORTED


def test_an_age_one_spells_year_allows_is_not_refuted() -> None:
    # the first premiership is dated to its year only (2006): he was 45 or 46 when it began
    body = "Prime Minister Jan Novák spoke on Monday. Novák became prime minister at 46."
    assert _verdict_on(body, [_NOVAK], "clause", "at 46") != Verdict.CONTRADICTED


@pytest.mark.parametrize("when", ["at 12:30 on Tuesday", "at 3 p.m. by parliament", "at 10 Downing Street"])
def test_a_time_of_day_or_a_house_number_is_no_age(when: str) -> None:
    # review29 B4: the figure after 'at' does not end its clause, so it is no age (he was 56)
    body = f"Prime Minister Tomáš Hudec spoke. Hudec became prime minister {when}."
    found = [v for c, v in judged_body(body, [_HUDEC], SUMMER_2024) if c.kind == "clause" and "became" in c.text]
    assert Verdict.CONTRADICTED not in found


def test_a_right_age_supports_no_other_fact_of_the_claim() -> None:
    # review29 B5: the term row gives the age, not the party leadership told after it (he has led it since 2015)
    body = "Prime Minister Tomáš Hudec spoke. Hudec became prime minister at 56, having led the party since 2009."
    found = [v for c, v in judged_body(body, [_HUDEC], SUMMER_2024) if c.kind == "clause" and "since 2009" in c.text]
    assert found and Verdict.SUPPORTED not in found
