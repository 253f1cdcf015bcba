"""Session 49 (fixc49): true claims review48 found left unverified, each with its false twin, judged through the
article's whole judging against invented pages (`tests/test_review48.py`'s helpers)."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review48 import SAVED, _moen, _verdicts
from verify.models import Document, Verdict

# R11: a title before the subject's name is the subject's post (a role claim of its own), not words the page's
# sentence telling the deed must hold; the words naming whose post it is stay required.
DEFENCE_PLAN = page(
    "Eva Lund",
    "Eva Lund (born 9 September 1970) is a Norbian politician. She has been Minister of Defence since 2021. In 2023 "
    "she presented the defence plan.",
    SAVED,
)
CLUB = _moen("He played for Tarsa FC until 2018. In 2019 he joined the club's board.")


@pytest.mark.parametrize(
    ("body", "doc", "supported"),
    [
        pytest.param("Defence Minister Eva Lund presented the defence plan in 2023.", DEFENCE_PLAN, True, id="title"),
        pytest.param("Minister Eva Lund presented the defence plan in 2023.", DEFENCE_PLAN, True, id="bare-title"),
        pytest.param("Defence Minister Eva Lund presented the defence plan in 2022.", DEFENCE_PLAN, False, id="year"),
        pytest.param(
            "Defence Minister Eva Lund presented the budget plan in 2023.", DEFENCE_PLAN, False, id="another-thing"
        ),
        pytest.param(
            "Korvik Bank Chairman Karl Moen joined the club's board in 2019.", CLUB, False, id="the-owner-stays-asked"
        ),
        pytest.param("Chairman Karl Moen joined the club's board in 2019.", CLUB, True, id="no-owner"),
    ],
)
def test_a_title_before_the_subject_is_not_the_deeds(body: str, doc: Document, supported: bool) -> None:
    found = _verdicts(body, [doc], "clause")
    assert found and (found == [Verdict.SUPPORTED]) is supported, found


# R3: a defeat told from the loser's side ('lost to') is the passive of the winner's deed ('was defeated by').
@pytest.mark.parametrize(
    ("told", "body", "supported"),
    [
        pytest.param("In 2008 he was defeated by Jon Dahl.", "Karl Moen lost to Jon Dahl in 2008.", True, id="lost-to"),
        pytest.param("In 2008 he defeated Jon Dahl.", "Karl Moen lost to Jon Dahl in 2008.", False, id="he-won"),
        pytest.param("In 2008 he was defeated by Jon Dahl.", "Karl Moen lost to Ivo Stam in 2008.", False, id="other"),
        pytest.param("In 2008 he was defeated by Jon Dahl.", "Karl Moen lost to Jon Dahl in 2012.", False, id="year"),
        pytest.param(
            "In 2008 he was defeated by Jon Dahl.", "Jon Dahl lost to Karl Moen in 2008.", False, id="the-winner"
        ),
    ],
)
def test_lost_to_is_the_passive_of_defeated(told: str, body: str, supported: bool) -> None:
    docs = [_moen(told), page("Jon Dahl", "Jon Dahl (born 1962) is a Norbian politician.", SAVED)]
    found = _verdicts(body, docs, "clause")
    assert found and (found == [Verdict.SUPPORTED]) is supported, found
