"""Wrong count, sibling office and wrong year, read in the twenty-seventh session (way27's private check of
invented variant pairs, written before these fixes). Invented people and pages; each false variant beside its true
twin, which stays supported. Each test extracts a one-sentence article and judges its claims against the pages.

- A rounded or bounded count against a page's rounded count ('about 9,300 people' against 'employs about 4,300
  people') is refuted when each figure falls outside the other's wording; one within either's rounding is not. A
  page's bound ('more than 1.2 million people live in the wider region') refutes only an exact count, as before.
- A count of people in a wider area told after the figure ('more than 1.2 million people live in its metropolitan
  area') is the area's: it refutes no count of the city, rounded or exact (review27's note on this branch; the exact
  claim was refuted on main too).
- A page's count written out of its whole ('won 48 of the 141 seats') is the side's count of seats.
- A post taken up at a time the clause gives ('was appointed finance minister in December 2020') is refuted by the
  person's infobox when it lists no term of that post and lists another ministry begun then.
- 'took office in 2017' with a bare year is read as the date of taking office, as 'took office in July 2017' was;
  a year not written right after 'in' ('in late 2023', 'at the end of 2023') may be a part of it and dates no
  day of it (review27 B2); a bare year given to a verb of taking up a post ('became president in 2018') is left
  to the reading of that post's terms (date25's, which a bare head word never decides: review25 B2,
  tests/test_date25.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, verdict_on_words
from verify.models import Document, Verdict

SUMMER_2024 = dt.date(2024, 6, 3)

_FREIGHT = boxed(
    "Baltic Rail Freight",
    "Baltic Rail Freight is a Lithuanian rail freight company headquartered in Vilnius. It operates in three "
    "countries and employs about 4,300 people.",
    [("headquarters", "Vilnius, Lithuania"), ("founded", "2001")],
)
_PARTY = boxed(
    "Lithuanian Civic Union",
    "The Lithuanian Civic Union is a centre-right political party in Lithuania, founded in 1993. The party has "
    "about 12,500 members and has been led by Darius Petrauskas since 2018. At the 2020 parliamentary election it "
    "received 292,124 votes and won 48 of the 141 seats in the Seimas.",
    [("founded", "1993"), ("country", "Lithuania")],
)
_LUKAS = boxed(
    "Marius Lukas",
    "Marius Lukas (born 1980) is a Lithuanian lawyer and politician who has served as Minister of the Interior of "
    "Lithuania since 11 December 2020.",
    [("office", "Minister of the Interior"), ("term_start", "11 December 2020"),
     ("primeminister", "Darius Petrauskas"), ("birth_place", "Panevėžys, Lithuania")],
)  # fmt: skip
_RIMKUS = boxed(
    "Vytautas Rimkus",
    "Vytautas Rimkus (born 19 July 1964) is a Lithuanian economist and politician who has served as President of "
    "Lithuania since 12 July 2019.",
    [("office", "President of Lithuania"), ("term_start", "12 July 2019"), ("birth_date", "19 July 1964")],
)


def _verdict_on(body: str, docs: list[Document], kind: str, words: str) -> Verdict:
    """The verdict on the one claim of `kind` whose words hold `words`, extracted from `body`."""
    return verdict_on_words(body, docs, SUMMER_2024, kind, words)


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ("about 9,300", Verdict.CONTRADICTED),
        ("more than 9,000", Verdict.CONTRADICTED),
        ("about 4,300", Verdict.SUPPORTED),
        ("about 4,500", Verdict.UNVERIFIED),  # within the page's rounding: neither
        ("more than 4,400", Verdict.UNVERIFIED),  # above the page's figure, but within its rounding
    ],
)
def test_a_rounded_count_far_from_the_pages_rounded_count_is_refuted(figure: str, expected: Verdict) -> None:
    body = f"Baltic Rail Freight employs {figure} people."
    assert _verdict_on(body, [_FREIGHT], "quantity", figure) == expected


_KORVIK = boxed(
    "Korvik",
    "Korvik is the capital of Vestria. It has a population of about 650,000, and more than 1.2 million people live "
    "in its metropolitan area.",
    [("country", "Vestria")],
)


@pytest.mark.parametrize("figure", ["some 650,000", "about 700,000", "650,000"])
@pytest.mark.parametrize("metro", ["more than 1.2 million", "about 1.2 million"])
def test_a_metropolitan_areas_count_does_not_refute_the_citys(metro: str, figure: str) -> None:
    city = _KORVIK.model_copy(update={"text": _KORVIK.text.replace("more than 1.2 million", metro)})
    body = f"Korvik, a city of {figure} people, hosted the summit."
    assert _verdict_on(body, [city], "quantity", figure) != Verdict.CONTRADICTED


@pytest.mark.parametrize("figure", ["some 650,000", "about 700,000"])
def test_a_pages_bound_refutes_no_rounded_count(figure: str) -> None:
    wider = _KORVIK.model_copy(update={"text": _KORVIK.text.replace("in its metropolitan area", "in the wider region")})
    body = f"Korvik, a city of {figure} people, hosted the summit."
    assert _verdict_on(body, [wider], "quantity", figure) != Verdict.CONTRADICTED  # review27 B1, amended


@pytest.mark.parametrize(("seats", "expected"), [("58", Verdict.CONTRADICTED), ("48", Verdict.SUPPORTED)])
def test_a_count_out_of_its_whole_is_the_sides_count(seats: str, expected: Verdict) -> None:
    body = f"The Lithuanian Civic Union won {seats} seats in the 2020 election."
    assert _verdict_on(body, [_PARTY], "quantity", f"{seats} seats") == expected


@pytest.mark.parametrize(
    ("post", "expected"), [("finance minister", Verdict.CONTRADICTED), ("interior minister", Verdict.SUPPORTED)]
)
def test_another_ministry_begun_when_the_post_was_taken_up_refutes_it(post: str, expected: Verdict) -> None:
    body = f"Marius Lukas was appointed {post} in December 2020."
    assert _verdict_on(body, [_LUKAS], "role", post) == expected


def test_a_post_taken_up_when_no_listed_post_began_is_not_refuted() -> None:
    body = "Marius Lukas was appointed finance minister in 2012."
    assert _verdict_on(body, [_LUKAS], "role", "finance minister") != Verdict.CONTRADICTED


@pytest.mark.parametrize(("year", "expected"), [("2017", Verdict.CONTRADICTED), ("2019", Verdict.SUPPORTED)])
def test_took_office_in_a_bare_year_is_the_date_of_taking_office(year: str, expected: Verdict) -> None:
    body = f"Vytautas Rimkus took office in {year}."
    assert _verdict_on(body, [_RIMKUS], "clause", year) == expected


@pytest.mark.parametrize("part", ["early 2019", "the start of 2019", "the spring of 2019"])
def test_a_part_of_a_year_is_not_the_day_a_term_began(part: str) -> None:
    body = f"Vytautas Rimkus took office in {part}."
    assert _verdict_on(body, [_RIMKUS], "clause", part) != Verdict.SUPPORTED  # his term began on 12 July 2019


def test_became_a_bare_post_in_a_year_is_left_to_the_posts_terms() -> None:
    body = "Vytautas Rimkus became president in 2018."
    assert _verdict_on(body, [_RIMKUS], "clause", "2018") != Verdict.CONTRADICTED
