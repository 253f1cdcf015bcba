"""Session 48's mends of fixb48's holder and office rules (s48-fixBb48, review48 B2, B5, B6), as rows the desk would
meet: a page's sentence and the claim it should (or should not) support, judged through the article's whole judging,
each with its twin (the case the narrowed rule was made for still right)."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review48 import SAVED, _moen, _verdicts
from verify.models import Document, Verdict


# B2: after a verb of serving, 'with' names whom he serves beside: a post after 'as' with no possessive is his own.
# The twins: a possessive gives the post to the name after 'with' (review47 S18), and so does a 'with' after a comma.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Since 2017 he has served with Mayor Jon Dahl as deputy mayor of Halden.", id="served-with"),
        pytest.param("He has worked with Mayor Jon Dahl as deputy mayor of Halden since 2017.", id="worked-with"),
    ],
)
def test_serving_with_another_as_a_post_is_his_post(told: str) -> None:
    assert _verdicts("Deputy Mayor Karl Moen spoke.", [_moen(told)], "role") == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Since 2017 he has served with Eva Lund as his deputy mayor.", id="served-with-as-his"),
        pytest.param("He has been Mayor of Halden since 2017, with Eva Lund as his deputy mayor.", id="with-as-his"),
    ],
)
def test_a_post_given_by_as_his_is_the_others(told: str) -> None:
    found = _verdicts("Deputy Mayor Karl Moen spoke.", [_moen(told)], "role")
    assert found and Verdict.SUPPORTED not in found, found


def _businessman(told: str) -> Document:
    """A businessman's page whose lead is followed by `told`."""
    return page("Karl Moen", f"Karl Moen (born 3 March 1960) is a Norbian businessman. {told}", SAVED)


# B5: a pronoun after a semicolon goes on with the kin the clause before names by name (review47 S20); after an
# unnamed kin's clause the page turns back to its subject. Both rows: the deed after the semicolon.
def test_after_an_unnamed_kins_clause_he_is_the_subject() -> None:
    doc = _businessman("His father was a fisherman; he founded Moen Shipping in 1988.")
    assert _verdicts("Karl Moen founded Moen Shipping in 1988.", [doc], "clause") == [Verdict.SUPPORTED]


def test_after_a_named_kins_clause_he_is_the_kin() -> None:
    doc = _businessman("His son Per was born in 1992; he founded Moen Shipping in 2015.")
    found = _verdicts("Karl Moen founded Moen Shipping in 2015.", [doc], "clause")
    assert found and Verdict.SUPPORTED not in found, found


def _lund(told: str) -> Document:
    """A politician's page (born 9 September 1970) whose lead is followed by `told`."""
    return page("Eva Lund", f"Eva Lund (born 9 September 1970) is a Norbian politician. {told}", SAVED)


# B6: the post an aide's post serves is not hers (review47 S2), but her own naming of it later in the sentence is.
# The twin: a sentence naming the post only as served, twice, still supports nothing.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "She has been Deputy to the Mayor of Halden since 2022, and Mayor of Halden since 2024.", id="deputy-and"
        ),
        pytest.param(
            "She was private secretary to the Mayor of Halden from 2015 to 2019, and has been Mayor of Halden since "
            "2024.",
            id="secretary-then-mayor",
        ),
    ],
)
def test_her_own_post_after_the_post_served_is_hers(told: str) -> None:
    assert _verdicts("Eva Lund, the mayor of Halden, spoke.", [_lund(told)], "role") == [Verdict.SUPPORTED]


def test_the_post_served_twice_is_still_not_hers() -> None:
    told = "She was deputy to the Mayor of Halden from 2018 to 2022, and has been chief of staff to the Mayor of " \
        "Halden since 2022."  # fmt: skip
    found = _verdicts("Eva Lund, the mayor of Halden, spoke.", [_lund(told)], "role")
    assert Verdict.SUPPORTED not in found, found
