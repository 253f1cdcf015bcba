"""Contradiction recall on the value ways (session 43, issue 15): a length, a date or a place the article gets wrong
is refuted by the structured fact of the subject's own page. Invented articles judged against invented pages
(`tests/support/judging.py`) with the fields extraction gives their words; each false row has its true twin."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body
from verify.models import Document, Verdict

AS_OF = dt.date(2025, 4, 3)
SAVED = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)


def _lengths(body: str, docs: list[Document]) -> set[Verdict]:
    """The verdicts on the duration claims extraction gives `body`."""
    found = {v for c, v in judged_body(body, docs, AS_OF) if c.kind == "duration"}
    assert found, "no duration claim extracted"
    return found


# Karl Moen's invented page: two chief-justice posts, the national one from 9 November 2022 to 10 November 2024.
MOEN = boxed(
    "Karl Moen",
    "Karl Moen (born 1960) is a Norbian judge.",
    [
        ("office", "Chief Justice of Norby"),
        ("term_start", "9 November 2022"),
        ("term_end", "10 November 2024"),
        ("office1", "Chief Justice of the Korvik High Court"),
        ("term_start1", "31 October 2013"),
        ("term_end1", "12 May 2016"),
    ],
    SAVED,
)
# Ana Ruiz's invented page: a company's chief executive in a person infobox (title and term rows), month precision.
RUIZ = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1957) is a Norbian business executive.",
    [("title", "President and CEO, Korvik Steel"), ("term", "January 2020 – August 2024")],
    SAVED,
)
# Ivo Stam's invented page: a throne held from 29 September 2020 to 16 December 2023 (about three years).
STAM = boxed(
    "Ivo Stam",
    "Ivo Stam (1937 – 2023) was the Emir of Norby.",
    [("succession", "Emir of Norby"), ("reign", "29 September 2020 – 16 December 2023")],
    SAVED,
)


# A length of holding 'the office' whose sentence dates the spell it is of ('chief justice from 9 November 2022 to
# ...'): the infobox term that starts that day is the post measured, even when two posts share the kind's words.
@pytest.mark.parametrize(
    ("body", "docs", "verdict"),
    [
        pytest.param(
            "Moen, chief justice from 9 November 2022 to 10 November 2024, held the office for five years.",
            [MOEN],
            Verdict.CONTRADICTED,
            id="office-false",
        ),
        pytest.param(
            "Moen, chief justice from 9 November 2022 to 10 November 2024, held the office for two years.",
            [MOEN],
            Verdict.SUPPORTED,
            id="office-true",
        ),
        pytest.param(
            "Ruiz, Korvik Steel's chief executive from January 2020 to 7 August, led the company for more than six "
            "years.",
            [RUIZ],
            Verdict.CONTRADICTED,
            id="company-false",
        ),
        pytest.param(
            "Ruiz, Korvik Steel's chief executive from January 2020 to 7 August, led the company for more than four "
            "years.",
            [RUIZ],
            Verdict.SUPPORTED,
            id="company-true",
        ),
    ],
)
def test_a_length_is_measured_on_the_spell_its_sentence_dates(
    body: str, docs: list[Document], verdict: Verdict
) -> None:
    assert _lengths(body, docs) == {verdict}


def test_a_spell_dated_by_a_year_alone_names_no_post() -> None:
    """'from 2022' may begin several posts: the length is not refuted by a term that merely starts that year."""
    body = "Moen, chief justice from 2022 to 2024, held the office for five years."
    assert Verdict.CONTRADICTED not in _lengths(body, [MOEN])


# 'reigned for' is a length of holding the throne the sentence names: its term refutes a wrong one.
@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Stam, the 16th emir, reigned for six years.", Verdict.CONTRADICTED, id="false"),
        pytest.param("Stam, the 16th emir, reigned for three years.", Verdict.SUPPORTED, id="true"),
    ],
)
def test_a_reign_is_measured_on_the_throne(body: str, verdict: Verdict) -> None:
    assert _lengths(body, [STAM]) == {verdict}


# Karl Moen's page with a second chief-justice post begun the same day: the day names neither post.
MOEN_TWO_POSTS = boxed(
    "Karl Moen",
    "Karl Moen (born 1960) is a Norbian judge.",
    [
        ("office", "Chief Justice of Norby"),
        ("term_start", "9 November 2022"),
        ("term_end", "10 November 2024"),
        ("office1", "Chief Justice of the Korvik High Court"),
        ("term_start1", "9 November 2022"),
        ("term_end1", "3 March 2023"),
    ],
    SAVED,
)


def test_two_posts_begun_on_the_sentences_day_name_neither() -> None:
    body = "Moen, chief justice from 9 November 2022 to 10 November 2024, held the office for five years."
    assert Verdict.CONTRADICTED not in _lengths(body, [MOEN_TWO_POSTS])


# 'held the office for' is a length of holding the post its sentence names, as 'held the post for' is.
@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Moen, Norby's chief justice, held the office for five years.", Verdict.CONTRADICTED, id="false"),
        pytest.param("Moen, Norby's chief justice, held the office for two years.", Verdict.SUPPORTED, id="true"),
    ],
)
def test_holding_the_office_is_a_length_of_the_post_named(body: str, verdict: Verdict) -> None:
    assert _lengths(body, [MOEN]) == {verdict}


# Lena Vos's invented page: born in a department, whose sibling departments the page names elsewhere.
VOS = boxed(
    "Lena Vos",
    "Lena Vos (born 13 June 1967) is a Norbian politician. As a teacher she worked in schools in the Korvik, Tarsa "
    "and Halden departments.",
    [("birth_place", "Korvik Department, Norby")],
    SAVED,
)


def _places(body: str, docs: list[Document]) -> set[Verdict]:
    """The verdicts on the birthplace clauses extraction gives `body`."""
    found = {v for c, v in judged_body(body, docs, AS_OF) if c.kind == "clause" and c.relation == "born in"}
    assert found, "no birthplace claim extracted"
    return found


# A place of the page's place's own kind, named otherwise ('the Tarsa Department' against 'Korvik Department'), is
# another place, however often the page names it elsewhere.
@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Vos was born in the Tarsa Department on 13 June 1967.", Verdict.CONTRADICTED, id="false"),
        pytest.param("Vos was born in the Korvik Department on 13 June 1967.", Verdict.SUPPORTED, id="true"),
    ],
)
def test_a_place_of_the_same_kind_named_otherwise_is_another(body: str, verdict: Verdict) -> None:
    assert _places(body, [VOS]) == {verdict}


def test_a_place_of_another_kind_is_not_ruled_out() -> None:
    """'Tarsa County' may lie in the page's 'Korvik Department' (a county of a department), and the page names Tarsa
    elsewhere: nothing rules it out."""
    assert Verdict.CONTRADICTED not in _places("Vos was born in Tarsa County on 13 June 1967.", [VOS])


SWORN_DAY = dt.date(2025, 8, 8)
# Karl Moen's invented page without an infobox; Ivo Stam's, whose presidency ended on 6 August 2025 and was handed
# over to Moen.
MOEN_NEW = boxed("Karl Moen", "Karl Moen (born 1983) is a Norbian historian and politician.", [], SAVED)
STAM_PRESIDENT = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1972) is a Norbian politician who was President of Norby from 2015 to 2025.",
    [
        ("office", "President of Norby"),
        ("term_start", "6 August 2015"),
        ("term_end", "6 August 2025"),
        ("predecessor", "Lena Vos"),
        ("successor", "Karl Moen"),
    ],
    SAVED,
)


def _dates(body: str, docs: list[Document], day: dt.date = SWORN_DAY) -> set[Verdict]:
    """The verdicts on the date claims extraction gives `body`."""
    found = {v for c, v in judged_body(body, docs, day) if c.kind == "date"}
    assert found, "no date claim extracted"
    return found


# A start of a person whose page lists no term is dated by the end of the term the holder before handed over to
# them (the predecessor's successor row names them): that day or the next supports, another day refutes.
@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Moen was sworn in on 4 August, succeeding Ivo Stam.", Verdict.CONTRADICTED, id="false"),
        pytest.param("Moen was sworn in on 6 August, succeeding Ivo Stam.", Verdict.SUPPORTED, id="true"),
        pytest.param("Moen was sworn in on 7 August, succeeding Ivo Stam.", Verdict.SUPPORTED, id="the-next-day"),
    ],
)
def test_a_start_is_dated_by_the_predecessors_handover(body: str, verdict: Verdict) -> None:
    assert _dates(body, [MOEN_NEW, STAM_PRESIDENT]) == {verdict}


def test_a_later_term_is_not_refuted_by_a_handover() -> None:
    """'sworn in for a second term' starts another term than the one the successor row handed over."""
    body = "Moen was sworn in for a second term on 4 August."
    assert Verdict.CONTRADICTED not in _dates(body, [MOEN_NEW, STAM_PRESIDENT])


def test_another_post_is_not_dated_by_a_handover() -> None:
    """'sworn in as Prime Minister' names a post the handed-over presidency is not."""
    body = "Moen was sworn in as Prime Minister on 4 August."
    assert Verdict.CONTRADICTED not in _dates(body, [MOEN_NEW, STAM_PRESIDENT])


def test_a_start_on_the_persons_own_page_is_read_there() -> None:
    """A page listing the subject's own terms dates the start itself: the holder before's page is not asked."""
    own = boxed(
        "Karl Moen",
        "Karl Moen (born 1983) is a Norbian historian and politician.",
        [("office", "President of Norby"), ("term_start", "4 August 2025"), ("predecessor", "Ivo Stam")],
        SAVED,
    )
    assert _dates("Moen was sworn in on 4 August, succeeding Ivo Stam.", [own, STAM_PRESIDENT]) == {Verdict.SUPPORTED}


# Karl Moen's invented page: a numbered post of a body the article writes by its initials.
MOEN_CHAIR = boxed(
    "Karl Moen",
    "Karl Moen (born 1963) is a Norbian engineer.",
    [
        ("office", "10th Chairman of the Norbian Space Research Organisation"),
        ("term_start", "15 January 2022"),
    ],
    SAVED,
)


# 'the 12th chairman of NSRO' numbers the post the page's '10th Chairman of the Norbian Space Research Organisation'
# numbers: the body's initials are its name.
@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Moen was the 12th chairman of NSRO.", Verdict.CONTRADICTED, id="false"),
        pytest.param("Moen was the 10th chairman of NSRO.", Verdict.SUPPORTED, id="true"),
    ],
)
def test_a_numbered_post_is_read_with_its_bodys_initials(body: str, verdict: Verdict) -> None:
    found = {v for c, v in judged_body(body, [MOEN_CHAIR], AS_OF) if c.kind == "clause"}
    assert found == {verdict}
