"""recall45 (session 45): a resignation or appointment supports a claim only for the post it names.

Rows use invented subjects; each was seen red before its fix.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import judged_body, page
from tests.test_review26 import SAVED
from verify.models import Document, Verdict

DAY = dt.date(2024, 6, 1)


def _judged(body: str, sentence: str) -> dict[str, Verdict]:
    """The clause claims of `body` (under a headline naming the museum's director, as a news report has it) with
    their verdicts against Jon Dahl's page telling `sentence`."""
    headline = "Korvik Museum director Dahl resigns"
    found = judged_body(body, [_dahl_told(sentence)], DAY, headline)
    return {c.text: v for c, v in found if c.kind == "clause"}


def _dahl_told(sentence: str) -> Document:
    """Jon Dahl's invented page: his lead, then `sentence`."""
    return page("Jon Dahl", f"Jon Dahl (born 1970) is a Norbian museum director. {sentence}", SAVED)


# The title of a post whose complement holds an owner ("chairman of the Korvik Museum's trustees") was read after the
# owner ('trustees'), which names no title, so any resignation from the same body supported it: the page's resignation
# as director stated the resignation as chairman of its trustees (bm-2023-08-29-v01's cause).
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            "Jon Dahl resigned as chairman of the Korvik Museum's trustees in August over thefts.",
            "Until his resignation in August 2023 he was the director of the Korvik Museum.",
            id="museum-chair-vs-director",
        ),
        pytest.param(
            "Jon Dahl stepped down as chairman of Korvik Bank's board in 2023.",
            "In 2023 he stepped down as chief executive of Korvik Bank.",
            id="board-chair-vs-chief-executive",
        ),
        pytest.param(
            "Jon Dahl was appointed chief executive of the Norby Fund's trust in 2020.",
            "In 2020 he was appointed chairman of the Norby Fund.",
            id="appointed-chief-executive-vs-chair",
        ),
    ],
)
def test_a_post_of_the_same_body_does_not_state_the_claimed_post(body: str, sentence: str) -> None:
    found = _judged(body, sentence)
    assert found, "no clause extracted"
    assert Verdict.SUPPORTED not in found.values(), found

