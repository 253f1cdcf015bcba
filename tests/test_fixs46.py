"""fixs46: the mends of review46's false "supported" rows keep their reach. A bare 'president' is not met by the
president of a state's body (review46 S4), but an article about a university or firm still calls its head 'the
president' bare, and the person's one presidency there keeps supporting it."""

from __future__ import annotations

from tests.support.judging import boxed
from tests.test_review46 import SAVED, _verdicts
from verify.models import Verdict


def test_a_bare_president_of_a_university_keeps_its_support() -> None:
    moen = boxed(
        "Karl Moen",
        "Karl Moen (born 1960) is a Norbian academic who has been President of Korvik University since 2019.",
        [("office", "President of Korvik University"), ("term_start", "1 July 2019")],
        SAVED,
    )
    found = _verdicts("Karl Moen, the president, spoke on Monday.", [moen], "role")
    assert found == [Verdict.SUPPORTED], found
