"""fixd42 (session 42): review41's open findings on times, parties and posts, read through the article's whole
judging (`_judged_whole` of tests/test_review38.py) against invented pages, each false reading beside its true twin."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_review38 import _judged_whole
from tests.test_review41 import LUND_PM, OBIT_DAY, TWO_SPELLS, _bank, _climber, _lund, _moen, _stam
from verify.kinds.date.parsed import year_told
from verify.models import Document, Verdict

# The day of the invented articles: after the pages' revision (saved 1 May 2024), as the desk reads them.
DAY = dt.date(2024, 6, 1)


# A deed dated by the article's own year (review41 R8): the words name one year, read as the date kind reads them
# after a month (dates.toml `years_told_after`); a stretch ('over the last year') names none.
@pytest.mark.parametrize(
    ("words", "year"),
    [
        pytest.param("last year", 2023, id="last-year"),
        pytest.param("Last year", 2023, id="fronted"),
        pytest.param("this year", 2024, id="this-year"),
        pytest.param("earlier this year", 2024, id="earlier-this-year"),
        pytest.param("late last year", 2023, id="late-last-year"),
        pytest.param("next year", 2025, id="next-year"),
        pytest.param("the last year", None, id="a-stretch"),
        pytest.param("the past year", None, id="a-stretch-past"),
        pytest.param("last season", None, id="a-season"),
    ],
)
def test_the_year_words_name_from_the_articles(words: str, year: int | None) -> None:
    assert year_told(words, 2024) == year


@pytest.mark.parametrize(
    ("told", "body", "verdict"),
    [
        pytest.param("In 2023 it acquired Tarsa Bank.", "Korvik Bank acquired Tarsa Bank last year.", True, id="last"),
        pytest.param("In 2022 it acquired Tarsa Bank.", "Korvik Bank acquired Tarsa Bank last year.", False, id="two"),
        pytest.param(
            "In 2024 it acquired Tarsa Bank.", "Korvik Bank acquired Tarsa Bank earlier this year.", True, id="earlier"
        ),
        pytest.param(
            "In 2015 it acquired Tarsa Bank.", "Korvik Bank acquired Tarsa Bank earlier this year.", False, id="2015"
        ),
    ],
)
def test_a_deed_of_the_articles_year_is_supported_by_that_years_deed_only(told: str, body: str, verdict: bool) -> None:
    found = _judged_whole(body, [_bank(told)], "clause", "Korvik Bank", DAY)
    assert (found == [Verdict.SUPPORTED]) is verdict, found


# A name the page ties to the claim's verb in another role (review41 R2, R17): the club a move starts from is not the
# one joined, a place beside another is not the one visited; ties that tell no role apart ('met with', 'signed
# with', the one acted on and where, 'the capital of') keep the support.
@pytest.mark.parametrize(
    ("doc", "body", "supported"),
    [
        pytest.param(
            _moen("In 2019 he joined Halden FC from Korvik FC."),
            "Karl Moen joined Korvik FC in 2019.",
            False,
            id="joined-the-club-left",
        ),
        pytest.param(
            _lund("In 2019 she moved from Tarsa to Halden."), "Eva Lund moved to Tarsa in 2019.", False, id="moved-from"
        ),
        pytest.param(
            _lund("In 2019 she travelled to a village near Tarsa."),
            "Eva Lund travelled to Tarsa in 2019.",
            False,
            id="near",
        ),
        pytest.param(
            _lund("In 2019 she moved to Halden, a town outside Tarsa."),
            "Eva Lund moved to Tarsa in 2019.",
            False,
            id="outside",
        ),
        pytest.param(
            _moen("In 2019 he moved from Halden FC to Korvik FC."),
            "Karl Moen moved to Korvik FC in 2019.",
            True,
            id="moved-to-from-to",
        ),
        pytest.param(_lund("In 2019 she visited troops in Tarsa."), "Eva Lund visited Tarsa in 2019.", True, id="in"),
        pytest.param(
            _lund("In 2019 she won Korvik."), "Eva Lund won in Korvik in 2019.", True, id="won-in-the-seat-won"
        ),
        pytest.param(
            _lund("In 2019 she visited the capital of Tarsa."), "Eva Lund visited Tarsa in 2019.", True, id="of"
        ),
        pytest.param(
            _moen("In 2019 he signed with Korvik FC."), "Karl Moen signed for Korvik FC in 2019.", True, id="with"
        ),
        pytest.param(_lund("In 2019 she met with Ivo Stam."), "Eva Lund met Ivo Stam in 2019.", True, id="met-with"),
        pytest.param(
            _bank("In 2015 Tarsa Bank was acquired by it."),
            "Korvik Bank acquired Tarsa Bank in 2015.",
            True,
            id="passive",
        ),
    ],
)
def test_a_name_tied_to_the_verb_in_another_role_does_not_support(doc: Document, body: str, supported: bool) -> None:
    found = _judged_whole(body, [doc], "clause", "2019" if "2019" in body else "2015", DAY)
    assert (found == [Verdict.SUPPORTED]) is supported, found


@pytest.mark.parametrize(
    ("told", "supported"),
    [
        pytest.param("In 2019 she moved from her home country, Tarsa, to Halden.", False, id="apposed-left"),
        pytest.param("In 2019 she moved from a village in Tarsa to Halden.", False, id="within-the-place-left"),
        pytest.param("In 2019 she moved from Halden to a village in Tarsa.", True, id="within-the-place-reached"),
        pytest.param("In 2019 she moved from Halden to Tarsa, a country near Korvik.", True, id="another-place-near"),
    ],
)
def test_a_move_is_read_by_the_tie_of_the_verb_itself(told: str, supported: bool) -> None:
    found = _judged_whole("Eva Lund moved to Tarsa in 2019.", [_lund(told)], "clause", "Tarsa", DAY)
    assert (found == [Verdict.SUPPORTED]) is supported, found


# A first ranks by its deed (review41 R18): 'the first woman to climb Mount Halden' numbers no climb of Mount Korvik,
# for support or refutation; the same deed told without 'to', or pointing back at the name by its noun, is the same.
@pytest.mark.parametrize(
    ("doc", "body", "verdict"),
    [
        pytest.param(
            _climber("In 2001 she became the second woman to climb Mount Halden."),
            "Nina Moe was the first woman to climb Mount Korvik.",
            Verdict.UNVERIFIED,
            id="another-mountains-second",
        ),
        pytest.param(
            _climber("In 2001 she became the second woman to climb Mount Korvik."),
            "Nina Moe was the first woman to climb Mount Korvik.",
            Verdict.CONTRADICTED,
            id="the-mountains-second",
        ),
        pytest.param(
            _lund("In 2019 she made her first visit to Halden."),
            "Eva Lund made her first visit to Tarsa in 2019.",
            Verdict.UNVERIFIED,
            id="first-visit-elsewhere",
        ),
        pytest.param(
            _lund("In 2019 she made her first visit to Tarsa."),
            "Eva Lund made her first visit to Tarsa in 2019.",
            Verdict.SUPPORTED,
            id="first-visit",
        ),
        pytest.param(
            _lund("In 2019 she became the first woman elected prime minister of Norby."),
            "Eva Lund was the first woman to be elected prime minister of Norby.",
            Verdict.SUPPORTED,
            id="without-to",
        ),
        pytest.param(
            _lund("In 2019 she became the first woman to lead the party."),
            "Eva Lund was the first woman to lead the Norby Party.",
            Verdict.SUPPORTED,
            id="the-party",
        ),
        pytest.param(
            _lund("In 2019 she became the first woman to leave the Norby Party."),
            "Eva Lund was the first woman to lead the Norby Party.",
            Verdict.UNVERIFIED,
            id="another-verb",
        ),
    ],
)
def test_a_first_ranks_by_its_deed(doc: Document, body: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [doc], "clause", "first", DAY) == [verdict]


# An acting holder the page's own sentence names (review41 R21): the infobox's predecessor row may skip the caretaker,
# so the claim naming the caretaker is not refuted by the row; another person is.


@pytest.mark.parametrize(
    ("told", "body", "refuted"),
    [
        pytest.param(
            "In May 2019 she took over from acting prime minister Ivo Stam.",
            "Eva Lund succeeded Ivo Stam as prime minister in 2019.",
            False,
            id="acting-before-the-name",
        ),
        pytest.param(
            "In May 2019 she succeeded Ivo Stam, the acting prime minister after Ana Ruiz's resignation.",
            "Eva Lund succeeded Jon Dahl as prime minister in 2019.",
            True,
            id="another-person",
        ),
        pytest.param(
            "In May 2019 she succeeded Ivo Stam, who had led the party since 2010.",
            "Eva Lund succeeded Ivo Stam as prime minister in 2019.",
            True,
            id="not-told-acting",
        ),
    ],
)
def test_an_acting_predecessor_the_page_names_is_not_refuted(told: str, body: str, refuted: bool) -> None:
    doc = LUND_PM.model_copy(update={"text": f"{LUND_PM.text} {told}"})
    found = _judged_whole(body, [doc], "clause", "succeeded", DAY)
    assert (Verdict.CONTRADICTED in found) is refuted, found


# A leader's spells told in the lead are judged by their sum (review41 R10): 4 + 4 years held in all is eight; a
# length no spell nor the sum gives is refuted; one that fits a spell of several but not the sum refutes nothing.
@pytest.mark.parametrize(
    ("told", "body", "verdict"),
    [
        pytest.param(TWO_SPELLS, "Ivo Stam served as prime minister for eight years.", Verdict.SUPPORTED, id="sum"),
        pytest.param(
            TWO_SPELLS, "Ivo Stam served as prime minister for twelve years.", Verdict.CONTRADICTED, id="neither"
        ),
        pytest.param(
            "He was prime minister of Norby from 1990 to 1994 and again from 2000 to 2006.",
            "Ivo Stam served as prime minister for four years.",
            Verdict.UNVERIFIED,
            id="one-spell-of-two",
        ),
        pytest.param(
            "He was prime minister of Norby from 1990 to 1994.",
            "Ivo Stam served as prime minister for eight years.",
            Verdict.CONTRADICTED,
            id="one-spell-alone",
        ),
    ],
)
def test_spells_in_office_are_judged_by_their_sum(told: str, body: str, verdict: Verdict) -> None:
    found = _judged_whole(body, [_stam(told)], "duration", "years", OBIT_DAY)
    assert found == [verdict], found
