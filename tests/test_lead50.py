"""The lead's rows of session 50: a count of some of a person's children (a couple's, 'together', 'with Ana Ruiz',
'from his first marriage') is a part of the children a page counts, so the page's greater count cannot refute it
(review50 B2, R2, R4); a part greater than the whole still can, and a count of all of them is judged as before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.test_review26 import _open
from tests.test_review49 import _verdicts  # the article judged whole against invented pages
from verify.models import Document, Verdict


def _stam(children: str) -> Document:
    """Ivo Stam's page, married to Ana Ruiz, with the children row given."""
    return boxed(
        "Ivo Stam",
        "Ivo Stam (born 1950) is a Norbian businessman.",
        [("children", children), ("spouse", "Ana Ruiz (m. 2001)")],
    )


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam and Ana Ruiz have two children together.", id="together"),
        pytest.param("Ivo Stam has two children from his first marriage.", id="first-marriage"),
        pytest.param("Ivo Stam has two children with Ana Ruiz.", id="with-her"),
        pytest.param("Ivo Stam is married to Ana Ruiz, and they have two children.", id="the-couples"),
    ],
)
@pytest.mark.parametrize("row", ["5", "5, including Sharaf"])
def test_a_part_of_the_children_is_not_refuted_by_all_of_them(body: str, row: str) -> None:
    found = _verdicts(body, [_stam(row)], "quantity", "two")
    assert found and Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam is married to Ana Ruiz, and they have six children.", id="the-couples"),
        pytest.param("Ivo Stam has six children with Ana Ruiz.", id="with-her"),
    ],
)
def test_a_part_greater_than_all_of_them_is_refuted(body: str) -> None:
    assert _verdicts(body, [_stam("4")], "quantity", "six") == [Verdict.CONTRADICTED]


def test_all_of_the_children_counted_against_the_row_is_refuted() -> None:
    assert _verdicts("Ivo Stam has two children.", [_stam("5")], "quantity", "two") == [Verdict.CONTRADICTED]


def test_the_couples_count_equal_to_the_row_is_supported() -> None:
    found = _verdicts("Ivo Stam is married to Ana Ruiz, and they have four children.", [_stam("4")], "quantity", "four")
    assert found == [Verdict.SUPPORTED]


# review50 B1: a bare 'current chairman' is read as the listed office whose page the run read (recall50a), but not
# when the sentence writes another name beside it, whose chairman it may be ('At Acme Bank, ...')
_AGENCY_HEAD = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1964) is a Norbian engineer serving as the chairman of the Norby Space Agency.",
    [
        ("office", "10th Chairman of the Norby Space Agency"),
        ("term_start", "15 January 2022"),
        ("predecessor", "Ivo Stam"),
    ],
)
_CHAIR_PAGE = boxed(
    "Chairman of the Norby Space Agency", "The chairman of the Norby Space Agency is the head of the agency.", []
)
_LAUNCH = "The Norby Space Agency launched a satellite on Friday."


def _role_verdicts(body: str) -> list[Verdict]:
    """The verdicts on the role claims about Ivo Stam of an article of `body` judged against the agency's pages."""
    return _verdicts(body, [_AGENCY_HEAD, _CHAIR_PAGE], "role", "Stam")


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("At Acme Bank, the current chairman is Ivo Stam.", id="fronted-body"),
        pytest.param("The current chairman of the board at Acme Bank is Ivo Stam.", id="body-after"),
    ],
)
def test_a_bare_title_beside_another_name_is_not_the_office_read(sentence: str) -> None:
    found = _role_verdicts(f"{_LAUNCH} {sentence}")
    assert Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The current chairman is Ivo Stam.", id="alone"),
        pytest.param("In June the current chairman is Ivo Stam.", id="a-month-named"),
        pytest.param("The current chairman is I. Stam.", id="an-initial"),
    ],
)
def test_a_bare_title_alone_is_the_office_read_and_its_past_holder_refuted(sentence: str) -> None:
    assert _role_verdicts(f"{_LAUNCH} {sentence}") == [Verdict.CONTRADICTED]


# review50 B8: a deed's other year refutes it only when the page names the same thing the verb took; a longer name
# that begins with it ('Korvia Foods' for 'Korvia') is another firm, whether the claim names it bare or describes it
_STAM_LEAD = "Ivo Stam (born 15 February 1962) is a Norby businessman and former politician."
_CABINET = "Ivo Stam, 62, a Norby businessman, was named to the cabinet on Monday."


def _deed_verdicts(told: str, claimed: str) -> list[Verdict]:
    """The verdicts on the clause claims dated 1995 of an article telling `claimed`, against a page telling `told`."""
    doc = page("Ivo Stam", f"{_STAM_LEAD} {told}")
    return _verdicts(f"{_CABINET} {claimed}", [doc], "clause", "in 1995", dt.date(2024, 8, 15))


@pytest.mark.parametrize(
    "claimed",
    [
        pytest.param("He co-founded the developer Korvia in 1995.", id="described"),
        # a name the claim writes itself may be the page's longer name's short form ('the Dáil', 'Dáil Éireann':
        # ie-2024-03-25-v08), so the bare name's case stays open, as at a804007a
        pytest.param("He co-founded Korvia in 1995.", id="bare", marks=_open("R: a bare name read in a longer one")),
        pytest.param("He joined the developer Korvia in 1995.", id="joined-described"),
        pytest.param("He joined Korvia in 1995.", id="joined-bare", marks=_open("R: a bare name read in a longer one")),
    ],
)
def test_a_longer_name_beginning_with_the_firms_is_another_firm(claimed: str) -> None:
    told = f"In 1988, he {'joined' if 'joined' in claimed else 'co-founded'} Korvia Foods, a firm that made him rich."
    found = _deed_verdicts(told, claimed)
    assert found and Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    "claimed",
    [
        pytest.param("He co-founded the developer Korvia in 1995.", id="described"),
        pytest.param("He co-founded Korvia in 1995.", id="bare"),
        pytest.param("He joined Korvia in 1995.", id="joined-bare"),
    ],
)
def test_the_firm_named_as_the_page_does_with_another_year_is_refuted(claimed: str) -> None:
    told = f"In 1988, he {'joined' if 'joined' in claimed else 'co-founded'} Korvia, a venture that made him rich."
    found = _deed_verdicts(told, claimed)
    assert found == [Verdict.CONTRADICTED]
