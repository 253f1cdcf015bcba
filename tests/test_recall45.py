"""recall45 (session 45): a resignation or appointment supports a claim only for the post it names.

Rows use invented subjects; each was seen red before its fix or under its mutation (scripts/mutation_check.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import judged_body, page
from tests.test_review26 import SAVED
from tests.test_review31 import _dahl_told  # Jon Dahl's invented page: his lead, then a sentence
from verify.models import Verdict

DAY = dt.date(2024, 6, 1)


def _judged(body: str, sentence: str) -> dict[str, Verdict]:
    """The clause claims of `body` (under a headline naming the museum's director, as a news report has it) with
    their verdicts against Jon Dahl's page telling `sentence`."""
    headline = "Korvik Museum director Dahl resigns"
    found = judged_body(body, [_dahl_told(sentence)], DAY, headline)
    return {c.text: v for c, v in found if c.kind == "clause"}


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



# A role claim of an appointer's step ('The Korvik Museum has appointed Jon Dahl as its new chairman') had no judge:
# the role kind judged only holding, held and rank, so the step was unverified whatever the appointee's page told. It is
# judged against the page's sentence telling a step into a post of that body (bm-2024-03-29 and its variants' cause).
APPOINTED_TO_THE_MUSEUM = page(
    "Jon Dahl",
    "Jon Dahl (born 1977) is a Norbian art historian. In January 2015, he was appointed the 12th director of the Norby "
    "Gallery in Korvik. It was announced in March 2024 that he had been appointed director of the Korvik Museum.",
    SAVED,
)


def _step_judged(body: str) -> dict[str, Verdict]:
    """The role claims of a step 'as' a post in `body` (an article of 29 March 2024), judged against Jon Dahl's page."""
    found = judged_body(body, [APPOINTED_TO_THE_MUSEUM], dt.date(2024, 3, 29), "Korvik Museum names a director")
    return {c.text: v for c, v in found if c.kind == "role" and c.relation.endswith(" as")}


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        pytest.param(
            "The Korvik Museum has appointed Jon Dahl, the director of the Norby Gallery, as its new director.",
            Verdict.SUPPORTED,
            id="its-director-supported",
        ),
        pytest.param(
            "The Korvik Museum has appointed Jon Dahl as the new chairman of its trustees.",
            Verdict.CONTRADICTED,
            id="chairman-of-its-trustees-refuted",
        ),
        pytest.param(
            "The Korvik Museum has appointed Jon Dahl as its new deputy director.",
            Verdict.CONTRADICTED,
            id="deputy-director-refuted",
        ),
    ],
)
def test_an_appointers_step_is_judged_by_the_step_the_page_tells(body: str, outcome: Verdict) -> None:
    found = _step_judged(body)
    assert list(found.values()) == [outcome], found


@pytest.mark.parametrize(
    "body",
    [
        # the page's step into the gallery's directorship was of 2015, not the article's year: no step of its
        pytest.param("The Norby Gallery has appointed Jon Dahl as its new chairman.", id="another-bodys-old-step"),
        # a step the appointee's page tells of no post of that body
        pytest.param("The Korvik Library has appointed Jon Dahl as its new director.", id="unnamed-body"),
    ],
)
def test_a_step_of_another_year_or_body_decides_nothing(body: str) -> None:
    found = _step_judged(body)
    assert list(found.values()) == [Verdict.UNVERIFIED], found
