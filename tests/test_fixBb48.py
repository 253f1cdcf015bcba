"""Session 48's mends of fixb48's holder and office rules (s48-fixBb48, review48 B2, B5, B6), as rows the desk would
meet: a page's sentence and the claim it should (or should not) support, judged through the article's whole judging,
each with its twin (the case the narrowed rule was made for still right)."""

from __future__ import annotations

import pytest

from tests.test_review48 import _moen, _verdicts
from verify.models import Verdict


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
