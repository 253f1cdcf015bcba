"""A resignation a page tells as offered and then refused, or only announced, is not told done (review48 S7, S8);
told accepted, or done, it is. Rows judged through the article's whole judging (`tests.test_review48._verdicts`)."""

from __future__ import annotations

import pytest

from tests.test_review48 import _moen, _verdicts
from verify.models import Verdict


@pytest.mark.parametrize(
    ("told", "supported"),
    [
        pytest.param("He submitted his resignation in 2019; it was not accepted.", False, id="not-accepted"),
        pytest.param("He submitted his resignation in 2019; it was accepted.", True, id="accepted"),
        pytest.param("He offered his resignation in 2019, but it was refused.", False, id="refused"),
        pytest.param("In 2019 he tendered his resignation, which the cabinet rejected.", False, id="which-rejected"),
        pytest.param("In 2019 he tendered his resignation, which the cabinet accepted.", True, id="which-accepted"),
    ],
)
def test_a_resignation_refused_or_accepted(told: str, supported: bool) -> None:
    found = _verdicts("Karl Moen resigned in 2019.", [_moen(told)], "clause")
    assert found and (Verdict.SUPPORTED in found) == supported, found


@pytest.mark.parametrize(
    ("told", "supported"),
    [
        pytest.param("In 2019 he said he would resign as mayor of Halden.", False, id="said-he-would"),
        pytest.param("In 2019 he said he had resigned as mayor of Halden.", True, id="said-he-had"),
        pytest.param("He would resign as mayor of Halden in 2019.", True, id="narrative-would"),
        pytest.param("In 2019 he told reporters that he would resign as mayor of Halden.", False, id="told-that"),
        pytest.param("In 2019 he announced his intention to resign as mayor of Halden.", False, id="intention"),
        pytest.param("In 2019 he made known his wish to resign as mayor of Halden.", False, id="wish"),
        pytest.param(
            "In 2019 he resigned as mayor of Halden, citing his intention to return to teaching.", True, id="did-so"
        ),
    ],
)
def test_a_resignation_announced_or_done(told: str, supported: bool) -> None:
    found = _verdicts("Karl Moen resigned as mayor of Halden in 2019.", [_moen(told)], "clause")
    assert found and (Verdict.SUPPORTED in found) == supported, found
