"""Session 49 (fixc49): true claims review48 found left unverified, each with its false twin, judged through the
article's whole judging against invented pages (`tests/test_review48.py`'s helpers)."""

from __future__ import annotations

import pytest

from tests.test_review48 import _lund, _verdicts
from verify.models import Verdict
from verify.offices import office_wordings

HALDEN_MAYOR = "She has been Mayor of Halden since 2024."


# R9: a place-first title written with a capital before the name is the post of that place, worded post first.
@pytest.mark.parametrize(
    ("body", "supported"),
    [
        pytest.param("Halden Mayor Eva Lund spoke.", True, id="the-place"),
        pytest.param("Korvik Mayor Eva Lund spoke.", False, id="another-place"),
        pytest.param("Halden Governor Eva Lund spoke.", False, id="another-post"),
        pytest.param("Halden Deputy Mayor Eva Lund spoke.", False, id="the-deputy"),
        pytest.param("Former Halden Mayor Eva Lund spoke.", False, id="held-now-not-before"),
    ],
)
def test_a_capitalised_place_first_title(body: str, supported: bool) -> None:
    found = _verdicts(body, [_lund(HALDEN_MAYOR)], "role")
    assert found and (found == [Verdict.SUPPORTED]) is supported, found


@pytest.mark.parametrize(
    ("office", "wording", "given"),
    [
        pytest.param("Halden Mayor", "mayor of halden", True, id="place-first"),
        pytest.param("Lord Mayor", "mayor of lord", False, id="a-title-word-is-no-place"),
        pytest.param("Deputy Mayor", "mayor of deputy", False, id="a-qualifier-is-no-place"),
        pytest.param("Halden mayor", "mayor of halden", True, id="lower-case-post"),
        pytest.param("Norby Governor", "governor of norby", True, id="governor"),
    ],
)
def test_place_first_wordings(office: str, wording: str, given: bool) -> None:
    assert (wording in office_wordings(office, None)) is given

