"""Review26's false "contradicted" on true news shapes, fixed in session 27 (open27): each true row beside its
one-fact-false twin, extracted from an invented article and judged against invented pages alone
(`tests/support/judging.py`). The rows are review26's (its strict xfails in tests/test_review26.py name them R1,
R9, R15, R16, R21-R24); the pages here are this file's own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, page
from tests.support.ruiz import RUIZ
from verify.models import Document, Verdict

AS_OF = dt.date(2024, 1, 10)
SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def _judged(body: str, docs: list[Document], kind: str, day: dt.date = AS_OF) -> dict[str, Verdict]:
    """Each claim of `kind` extraction gives for `body` in an article of `day`, judged against `docs` alone, keyed
    by its words."""
    return {c.text: v for c, v in judged_body(body, docs, day) if c.kind == kind}


def _verdicts(body: str, docs: list[Document], kind: str, day: dt.date = AS_OF) -> set[Verdict]:
    """The verdicts of those claims; at least one claim must be given."""
    found = _judged(body, docs, kind, day)
    assert found, "no claim extracted"
    return set(found.values())


# Ivo Stam: prime minister from 3 March 2015 until 14 February 2023, the rows and the lead agreeing.
STAM = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1955) is a Norbian politician who was Prime Minister of Norby from 2015 to 2023.",
    [
        ("office", "Prime Minister of Norby"),
        ("term_start", "3 March 2015"),
        ("term_end", "14 February 2023"),
        ("successor", "Ana Ruiz"),
    ],
    SAVED,
)


# R21: the end an apposition gives its post ('until 2023', 'until last year', 'until she became ...') makes it a
# past holding, which the ended term supports; the same apposition without its end is a holding on the article's day.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam, prime minister until 2023, spoke.", id="until-an-earlier-year"),
        pytest.param("Ivo Stam, Norby's prime minister until last year, spoke.", id="until-last-year"),
    ],
)
def test_an_apposition_ended_in_an_earlier_year_is_supported_by_that_end(body: str) -> None:
    assert _verdicts(body, [STAM], "role") == {Verdict.SUPPORTED}


def test_an_apposition_ended_by_a_later_post_is_supported_by_the_ended_term() -> None:
    found = _judged("Ana Ruiz, finance minister until she became prime minister, spoke.", [RUIZ], "role")
    assert found["Ana Ruiz, finance minister"] == Verdict.SUPPORTED, found


def test_an_apposition_ended_in_another_year_than_the_term_is_not_supported() -> None:
    """Since session 30 (way30's year a holding lasted 'until') the wrong end year is refuted by the term's end, not
    only left unverified."""
    assert _verdicts("Ivo Stam, prime minister until 2021, spoke.", [STAM], "role") == {Verdict.CONTRADICTED}


def test_the_bare_apposition_after_the_end_stays_refuted() -> None:
    assert _verdicts("Ivo Stam, the prime minister, spoke.", [STAM], "role") == {Verdict.CONTRADICTED}


# Eva Holm: mayor of Korvik from 2011 to 2022, as rows.
MAYOR = boxed(
    "Eva Holm",
    "Eva Holm (born 1960) is a Norbian politician.",
    [("office", "Mayor of Korvik"), ("term_start", "2011"), ("term_end", "2022")],
    SAVED,
)


# R24: ending a term as mayor is leaving the post: a holding in the past, which the ended term supports.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Holm ended her term as mayor of Korvik in 2022.", id="ended-her-term"),
        pytest.param("Eva Holm ended her decade-long tenure as mayor of Korvik in 2022.", id="ended-her-tenure"),
        pytest.param("Eva Holm completed her term as mayor of Korvik in 2022.", id="completed-her-term"),
        # no year after the post: the ending verb alone tells the past holding (a year after it now dates it too)
        pytest.param("Eva Holm ended her term as mayor of Korvik.", id="ended-her-term-no-year"),
    ],
)
def test_ending_a_term_is_a_past_holding_the_ended_term_supports(body: str) -> None:
    assert _verdicts(body, [MAYOR], "role") == {Verdict.SUPPORTED}


def test_the_mayor_after_the_term_ended_stays_refuted() -> None:
    assert _verdicts("Eva Holm, the mayor of Korvik, spoke.", [MAYOR], "role") == {Verdict.CONTRADICTED}


# Eva Holm's mayoralty in a lead sentence alone, 1998 to 2022 (24 years to a year's precision), no rows.
HOLM = page(
    "Eva Holm",
    "Eva Holm (born 1960) is a Norbian politician. She was mayor of Korvik from 1998 to 2022.",
    SAVED,
)


# R1: a bounded length ('more than 20 years', 'over two decades') against a sentence's span of years is read as a
# bound, as the infobox path reads it, not as an exact number of years; a round figure alone is read to the year.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Holm was mayor of Korvik for more than 20 years.", id="more-than"),
        pytest.param("Eva Holm was mayor of Korvik for over 20 years.", id="over"),
        pytest.param("Eva Holm was mayor of Korvik for over two decades.", id="over-two-decades"),
    ],
)
def test_a_bounded_length_fits_a_longer_span_of_years(body: str) -> None:
    assert _verdicts(body, [HOLM], "duration") == {Verdict.SUPPORTED}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Holm was mayor of Korvik for more than 30 years.", id="a-bound-not-reached"),
        pytest.param("Eva Holm was mayor of Korvik for a decade.", id="a-round-figure-far-off"),
        pytest.param("Eva Holm was mayor of Korvik for two decades.", id="a-round-figure-read-to-the-year"),
        pytest.param("Eva Holm was mayor of Korvik for 27 years.", id="an-exact-length-off"),
    ],
)
def test_a_length_the_span_does_not_reach_stays_refuted(body: str) -> None:
    assert _verdicts(body, [HOLM], "duration") == {Verdict.CONTRADICTED}


def _alliance(members: int) -> Document:
    """The Nordic Defence Union's invented page, with the count of its members."""
    return page(
        "Nordic Defence Union", f"The Nordic Defence Union is a military alliance of {members} member states.", SAVED
    )


# R16: 'two dozen' is 24: a dozen multiplies the number before it.
def test_two_dozen_members_are_twenty_four() -> None:
    body = "The Nordic Defence Union, which has two dozen members, met on Monday."
    found = _judged(body, [_alliance(24)], "quantity")
    assert found == {"two dozen members": Verdict.SUPPORTED}


def test_a_dozen_alone_is_twelve() -> None:
    found = _judged("The Nordic Defence Union has a dozen members.", [_alliance(12)], "quantity")
    assert found == {"a dozen members": Verdict.SUPPORTED}


def test_three_dozen_members_are_not_twenty_four() -> None:
    found = _judged("The Nordic Defence Union has some three dozen members.", [_alliance(24)], "quantity")
    assert found == {"some three dozen members": Verdict.CONTRADICTED}


# R15: a figure followed by the owned whole it is some of ("of NATO's 32 members", "of its members") counts a part,
# which the whole's head count neither gives nor refutes; the whole written beside it is still judged.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Only 23 of the Nordic Defence Union's 32 members meet the spending target.", id="of-32"),
        pytest.param("Eight of the Nordic Defence Union's members met on Monday.", id="of-its-members"),
    ],
)
def test_a_part_of_the_members_is_not_refuted_by_the_whole(body: str) -> None:
    assert Verdict.CONTRADICTED not in _verdicts(body, [_alliance(32)], "quantity")


def test_the_wrong_whole_beside_a_part_stays_refuted() -> None:
    body = "Only 23 of the Nordic Defence Union's 30 members meet the spending target."
    assert _judged(body, [_alliance(32)], "quantity")["30 members"] == Verdict.CONTRADICTED


def test_a_wrong_head_count_stays_refuted() -> None:
    assert _verdicts("The Nordic Defence Union has 23 members.", [_alliance(32)], "quantity") == {Verdict.CONTRADICTED}


AFTER_HANDOVER = dt.date(2023, 2, 16)  # Ana Ruiz took office as prime minister on 14 February 2023
BEFORE_HANDOVER = dt.date(2023, 2, 10)


# R23: 'Newly appointed' before a title at a sentence's start is capitalised, and names no office all the same.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Newly appointed Prime Minister Ana Ruiz spoke.", id="appointed"),
        pytest.param("Newly elected Prime Minister Ana Ruiz spoke.", id="elected"),
    ],
)
def test_newly_appointed_is_no_part_of_the_office(body: str) -> None:
    assert _verdicts(body, [RUIZ], "role", AFTER_HANDOVER) == {Verdict.SUPPORTED}


def test_a_newly_appointed_office_she_left_stays_refuted() -> None:
    body = "Newly appointed Finance Minister Ana Ruiz spoke."
    assert _verdicts(body, [RUIZ], "role", AFTER_HANDOVER) == {Verdict.CONTRADICTED}


# R22: 'no longer finance minister' in an apposition denies the post, as the clause 'is no longer' does.
def test_no_longer_in_an_apposition_is_a_denial_not_a_holding() -> None:
    found = [(c, v) for c, v in judged_body("Ana Ruiz, no longer finance minister, spoke.", [RUIZ], AS_OF)]
    roles = [(c.negated, v) for c, v in found if c.kind == "role"]
    assert roles == [(True, Verdict.UNVERIFIED)], found


def test_the_clause_beside_a_denied_apposition_is_not_denied() -> None:
    body = "Ana Ruiz, no longer finance minister, spoke to reporters in Korvik on Monday."
    found = [(c.kind, c.negated) for c, _ in judged_body(body, [RUIZ], AS_OF)]
    assert found == [("role", True), ("clause", False)], found


def test_the_apposition_without_no_longer_stays_refuted() -> None:
    assert _verdicts("Ana Ruiz, finance minister, spoke.", [RUIZ], "role") == {Verdict.CONTRADICTED}


# R9: 'will be sworn in as prime minister next week' is an office still to be taken up, as 'incoming' says.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz will be sworn in as prime minister next week.", id="main-clause"),
        pytest.param(
            "Finance Minister Ana Ruiz, who will be sworn in as prime minister next week, spoke.", id="relative"
        ),
    ],
)
def test_a_taking_up_still_to_come_is_supported_by_the_later_start(body: str) -> None:
    assert _verdicts(body, [RUIZ], "role", BEFORE_HANDOVER) == {Verdict.SUPPORTED}


def test_a_taking_up_of_the_office_already_held_stays_refuted() -> None:
    body = "Ana Ruiz will be sworn in as finance minister next week."
    assert _verdicts(body, [RUIZ], "role", BEFORE_HANDOVER) == {Verdict.CONTRADICTED}
