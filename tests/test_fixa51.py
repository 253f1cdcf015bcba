"""Rows of session 51's fixa51 (review50 S1, S2, R5, R1): whose post a page's sentence gives, the person's own in the
claim's country or another's, and whose body an 'its' before a post points back to. Each row beside its twin (the
true case still right); invented names and places."""

from __future__ import annotations

import pytest

from tests.test_review49 import _verdicts  # the article judged whole against invented pages
from tests.test_review50 import AGENCY_HEAD, CHAIR_PAGE, WINTER_2025, _lund
from verify.kinds.role.extract import _its_body
from verify.models import Verdict
from verify.offices import another_owner_after, object_at


# ---------------------------------------------------------------------------------------------------------------
# S1: an owner written after the post ('of Tarsa') against the one the claim's sentence gives ("Norby's")
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Since 2021 she has been Minister of Defence of Tarsa.", id="another-country"),
        pytest.param("Since 2021 she has been Minister of Defence for the Korvik Region.", id="for-a-region"),
        pytest.param("Since 2021 she has been Student Minister of Defence.", id="student"),
    ],
)
def test_another_owners_defence_ministry(told: str) -> None:
    found = _verdicts("Norby's Defence Minister Eva Lund spoke.", [_lund(told)], "role", "Defence Minister")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Since 2021 she has been Minister of Defence of Norby.", id="of-norby"),
        pytest.param("Since 2021 she has been Minister of Defence of the Republic of Norby.", id="of-the-republic"),
    ],
)
def test_twin_the_claims_own_owner_after_the_post(told: str) -> None:
    found = _verdicts("Norby's Defence Minister Eva Lund spoke.", [_lund(told)], "role", "Defence Minister")
    assert found == [Verdict.SUPPORTED], found


def test_twin_a_claim_naming_no_owner() -> None:
    # a bare 'Defence Minister' says nothing of whose: the page's owner is no other's
    doc = _lund("Since 2021 she has been Minister of Defence of Tarsa.")
    assert _verdicts("Defence Minister Eva Lund spoke.", [doc], "role", "Defence Minister") == [Verdict.SUPPORTED]


def test_another_owner_after_read_alone() -> None:
    assert another_owner_after(" of Halden Province.", "Norby", None)
    assert not another_owner_after(" of the Republic of Norby.", "Norby", None)
    assert not another_owner_after(" of Tarsa.", None, None)
    assert not another_owner_after(" since 2021.", "Norby", None)
    assert another_owner_after(" of Halden Province.", None, "Norway")  # a known country's post is no province's
    assert not another_owner_after(" of the Kingdom of Norway.", None, "Norway")
    assert not another_owner_after(" of Norway.", "Korvik", None)  # 'Korvik' the lexicon cannot tell from Norway


# ---------------------------------------------------------------------------------------------------------------
# S2, R5: the post as the object of a preposition or a verb is another's (served, met, descended from)
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Since 2021, she has served under the Minister of Defence.", id="served-under"),
        pytest.param("She has worked closely with the Minister of Defence since 2021.", id="worked-with"),
        pytest.param("She has been a senior official reporting to the Minister of Defence since 2021.", id="reporting"),
        pytest.param("She has been married to the Minister of Defence since 2021.", id="married-to"),
        pytest.param("Since 2021 she has been assisting the Minister of Defence.", id="assisting"),
        pytest.param("She is the sister of the current Minister of Defence.", id="sister-of"),
    ],
)
def test_another_holders_post_as_an_object(told: str) -> None:
    found = _verdicts("Defence Minister Eva Lund spoke.", [_lund(told)], "role", "Defence Minister")
    assert found and Verdict.SUPPORTED not in found, found


def test_a_grandparents_former_post_is_not_hers() -> None:
    doc = _lund("She is the granddaughter of a former Minister of Defence.")
    found = _verdicts("Defence Minister Eva Lund spoke.", [doc], "role", "Defence Minister")
    assert found and Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Since 2021 she has served as the Minister of Defence.", id="served-as-the"),
        pytest.param("She has held the post of Minister of Defence since 2021.", id="the-post-of"),
        pytest.param("Since 2021 she has been Minister of Defence, promoted to the post from deputy.", id="promoted"),
        pytest.param("Since 2021 she has been the Minister of Defence.", id="has-been-the"),
    ],
)
def test_twin_her_own_post_taken_up(told: str) -> None:
    found = _verdicts("Defence Minister Eva Lund spoke.", [_lund(told)], "role", "Defence Minister")
    assert found == [Verdict.SUPPORTED], found


def test_object_at_read_alone() -> None:
    for before in ("she advised the ", "the daughter of a former ", "served under the ", "headed the office of the "):
        assert object_at(f"{before}mayor of halden", len(before), len(before) + 15), before
    for before in ("she was promoted to ", "the post of ", "she has been the ", "she was elected the ", "as "):
        assert not object_at(f"{before}mayor of halden", len(before), len(before) + 15), before
    assert not object_at("chief executive of korvik bank", 19, 30)  # the body's name after its own post


# ---------------------------------------------------------------------------------------------------------------
# R1: 'its' after a body named by its common noun ('The bank said its ...') is that body's
def test_its_body_after_a_common_noun() -> None:
    text = "Acme Bank funded the Norby Space Agency's launch on Friday. The bank said "
    assert _its_body(text) == "Acme Bank"
    assert _its_body("The Norby Space Agency launched a satellite. The agency said ") == "Norby Space Agency"
    assert _its_body("The Norby Space Agency launched a satellite. The company said ") == "company"


def test_twin_its_after_the_agencys_own_noun() -> None:
    # the agency's own noun: 'its' is the agency's, and its past chairman called current is never supported
    body = "The Norby Space Agency launched a satellite. The agency said its current chairman, Ivo Stam, spoke"
    found = _verdicts(f"{body}.", [AGENCY_HEAD, CHAIR_PAGE], "role", "Ivo Stam", WINTER_2025)
    assert found and Verdict.SUPPORTED not in found, found
