"""The forty-fifth session's lead: rows for behaviour the lead's own changes read or guard."""

from __future__ import annotations

import pytest

from verify.kinds.quantity.measured import numbers_of


# A page's figure written in words with a scale from verify/lexicons/numbers.toml ('three hundred branches', 'two
# dozen offices') is that figure wherever the quantity judge looks for the page's tokens of the claim's value (what
# the figure measures, where it is set), not the number word alone.
@pytest.mark.parametrize(
    ("value", "found"),
    [
        pytest.param(300, ["three"], id="three-hundred"),
        pytest.param(24, ["two"], id="two-dozen"),
        pytest.param(3, [], id="not-the-word-alone"),
    ],
)
def test_a_page_figure_in_words_is_read_with_its_scale(value: float, found: list[str]) -> None:
    text = "Korvik Bank has three hundred branches and two dozen offices."
    assert [t.text for t in numbers_of(text, value)] == found
