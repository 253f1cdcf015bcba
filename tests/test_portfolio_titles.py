"""A minister titled by portfolio before the name ('Finance Minister Eva Lund') is the page's 'Minister of Finance' or
'Minister for Health': the role judge reads the portfolio head first, as titles write it (review48 R1)."""

from __future__ import annotations

import pytest

from tests.test_review48 import _lund, _verdicts
from verify.models import Verdict


@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param("She has been Minister for Health since 2021.", "Health Minister Eva Lund spoke.", id="for"),
        pytest.param(
            "She has been Minister of the Interior since 2021.", "Interior Minister Eva Lund spoke.", id="the"
        ),
        pytest.param("She has been Minister of Labour since 2021.", "Labour Minister Eva Lund spoke.", id="of"),
    ],
)
def test_a_portfolio_minister_is_the_pages_minister_of_that_portfolio(told: str, body: str) -> None:
    assert _verdicts(body, [_lund(told)], "role") == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param("She has been Minister of Finance since 2021.", "Justice Minister Eva Lund spoke.", id="another"),
        pytest.param(
            "She has been Deputy Minister of Finance since 2021.", "Finance Minister Eva Lund spoke.", id="dep"
        ),
        pytest.param("She has been Minister of Finance since 2021.", "Prime Minister Eva Lund spoke.", id="prime"),
    ],
)
def test_another_post_in_the_portfolio_form_supports_nothing(told: str, body: str) -> None:
    assert Verdict.SUPPORTED not in _verdicts(body, [_lund(told)], "role")
