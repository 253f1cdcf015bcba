"""Session 48's fixes to offices and titles (s48-fixb48), as rows the desk would meet: a claimed post and the page's
office, judged through the article's whole judging against an invented minister's page (review47's `_minister`),
each with its twin (the true case still right)."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review47 import SAVED, _minister, _verdicts
from verify.models import Document, Verdict


# R3: interior and home affairs are one portfolio (India's Home Minister, South Africa's Minister of Home Affairs are
# their interior ministers): each wording of it supports the other, in either order and in either form.
@pytest.mark.parametrize(
    ("office", "title"),
    [
        pytest.param("Minister of Home Affairs", "Interior Minister", id="interior-for-home-affairs"),
        pytest.param("Minister of the Interior", "Home Affairs Minister", id="home-affairs-for-interior"),
        pytest.param("Minister of the Interior", "Home Minister", id="home-for-interior"),
        pytest.param("Minister of the Interior", "Minister of Home Affairs", id="formal-home-affairs-for-interior"),
        pytest.param("Minister of Home Affairs", "Minister of the Interior", id="formal-interior-for-home-affairs"),
        pytest.param("Minister of Foreign Relations", "Foreign Affairs Minister", id="foreign-affairs-for-relations"),
    ],
)
def test_one_portfolio_in_two_words_is_supported(office: str, title: str) -> None:
    found = _verdicts(f"{title} Eva Lund visited Tarsa on Monday.", [_minister(office)], "role")
    assert found == [Verdict.SUPPORTED], found


# The twin: another portfolio held that day still refutes the claimed one, whichever word names the interior.
@pytest.mark.parametrize(
    ("office", "title"),
    [
        pytest.param("Minister of Home Affairs", "Justice Minister", id="justice-against-home-affairs"),
        pytest.param("Minister of the Interior", "Foreign Affairs Minister", id="foreign-affairs-against-interior"),
        pytest.param("Minister of Finance", "Minister of Home Affairs", id="home-affairs-against-finance"),
        pytest.param("Minister of Finance", "Home Minister", id="home-against-finance"),
    ],
)
def test_another_portfolio_is_still_refuted(office: str, title: str) -> None:
    found = _verdicts(f"{title} Eva Lund visited Tarsa on Monday.", [_minister(office)], "role")
    assert found == [Verdict.CONTRADICTED], found


def _moen(told: str) -> Document:
    """A politician's page telling `told` of his posts."""
    return page("Karl Moen", f"Karl Moen (born 3 March 1960) is a Norbian politician. {told}", SAVED)


# S18: a post 'as' gives another person named after 'with' or a verb of appointing is that person's, not the page's
# person's; the twin: his own post after 'as', under someone else, is his.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("He has been Mayor of Halden since 2017, with Eva Lund as his deputy mayor.", id="with-as-his"),
        pytest.param(
            "He has been Mayor of Halden since 2017. He appointed Eva Lund as his deputy mayor in 2020.",
            id="appointed-as-his",
        ),
    ],
)
def test_a_post_given_to_another_by_as_is_not_his(told: str) -> None:
    found = _verdicts("Deputy Mayor Karl Moen spoke on Monday.", [_moen(told)], "role")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("He has served under Jon Dahl as his deputy mayor since 2017.", id="under-as-his"),
        pytest.param("He has been deputy mayor of Halden since 2017, with Jon Dahl as mayor.", id="his-own-then-with"),
    ],
)
def test_his_own_post_beside_another_name_is_his(told: str) -> None:
    assert _verdicts("Deputy Mayor Karl Moen spoke on Monday.", [_moen(told)], "role") == [Verdict.SUPPORTED]


# S17: a post sought (a candidacy, a run, a bid) was never held: 'a former mayor' is not supported by it; the twin:
# the post won and held is.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("He was the Labour candidate for Mayor of Halden in 2019, losing to Jon Dahl.", id="candidate"),
        pytest.param("He ran for Mayor of Halden in 2019, losing to Jon Dahl.", id="ran-for"),
        pytest.param("In 2019 he launched a bid for the Mayor of Halden post, but lost to Jon Dahl.", id="bid-for"),
    ],
)
def test_a_post_sought_was_not_held(told: str) -> None:
    found = _verdicts("Karl Moen, a former mayor of Halden, spoke on Monday.", [_moen(told)], "role")
    assert found and Verdict.SUPPORTED not in found, found


def test_a_post_won_was_held() -> None:
    told = "He was the Labour candidate in 2019 and was Mayor of Halden from 2019 to 2023."
    found = _verdicts("Karl Moen, a former mayor of Halden, spoke on Monday.", [_moen(told)], "role")
    assert found == [Verdict.SUPPORTED], found


# S20: a pronoun opening a clause after a semicolon stands for the person the clause before is said of: his son's
# post is not his. The twins: the clause before is his own, or names someone of the other sex (his wife).
def test_the_sons_post_after_a_semicolon_is_the_sons() -> None:
    doc = _moen("His son, Per Moen, was born in 1992; he became chief executive of Korvik Bank in 2020.")
    found = _verdicts("Karl Moen became chief executive of Korvik Bank in 2020.", [doc], "clause")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("He joined Korvik Bank in 1990; he became chief executive of Korvik Bank in 2020.", id="his-own"),
        pytest.param("His wife, Eva Moen, died in 2019; he became chief executive of Korvik Bank in 2020.", id="wife"),
    ],
)
def test_his_own_post_after_a_semicolon_is_his(told: str) -> None:
    found = _verdicts("Karl Moen became chief executive of Korvik Bank in 2020.", [_moen(told)], "clause")
    assert found == [Verdict.SUPPORTED], found


# S2 (role): the post after 'to the' that an aide's post serves is the one served's; the twin: her own post.
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "She has been private secretary to the Minister of Defence since 2021.",
            "Defence Minister Eva Lund spoke on Monday.",
            id="secretary-to-the-minister",
        ),
        pytest.param(
            "Since 2020 she has been a spokeswoman to the Prime Minister.",
            "Prime Minister Eva Lund spoke on Monday.",
            id="spokeswoman-to-the-prime-minister",
        ),
    ],
)
def test_the_post_served_is_not_the_aides(told: str, body: str) -> None:
    doc = page("Eva Lund", f"Eva Lund (born 9 September 1970) is a Norbian civil servant. {told}", SAVED)
    found = _verdicts(body, [doc], "role")
    assert found and Verdict.SUPPORTED not in found, found


def test_her_own_post_is_hers() -> None:
    doc = page("Eva Lund", "Eva Lund (born 9 September 1970) is a Norbian politician. She has been Minister of Defence "
               "since 2021.", SAVED)  # fmt: skip
    assert _verdicts("Defence Minister Eva Lund spoke on Monday.", [doc], "role") == [Verdict.SUPPORTED]


# Session 47's title work: 'Minister of National Defence' named in the page's sentence is the defence minister (the
# portfolio in another of the forms titles write it in); the twin: a sibling portfolio's 'Defence Industry' is not.
@pytest.mark.parametrize(
    ("office", "verdict"),
    [
        pytest.param("Minister of National Defence", Verdict.SUPPORTED, id="national-defence"),
        pytest.param("Minister of Defense", Verdict.SUPPORTED, id="defense"),
        pytest.param("Minister of Defence Industry", Verdict.UNVERIFIED, id="defence-industry"),
    ],
)
def test_a_portfolio_in_another_form_names_the_post(office: str, verdict: Verdict) -> None:
    doc = page("Eva Lund", f"Eva Lund (born 9 September 1970) is a Norbian politician who has served as {office} "
               "since 2021.", SAVED)  # fmt: skip
    assert _verdicts("Defence Minister Eva Lund visited Tarsa on Monday.", [doc], "role") == [verdict]
