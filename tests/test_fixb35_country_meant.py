"""'The country's <post>' under a headline naming no country is the post of the country the sentence before is about,
the first it names, not the last ('Estonia closed its border with Russia. The country's prime minister, Ana Ruiz':
Estonia's), while a sentence about another country still makes the post that country's (session 35, fixb35: review35
B5, the regression of ext35's review34 R23 mend)."""

from __future__ import annotations

import pytest

from tests.support.judging import judged_body
from tests.test_review26 import AS_OF
from tests.test_review27 import ESTONIAN  # her Estonian premiership since 2023
from verify.models import Verdict


@pytest.mark.parametrize(
    ("body", "supported"),
    [
        pytest.param(
            "Estonia closed its border with Russia on Monday. The country's prime minister, Ana Ruiz, said the move "
            "was needed.",
            True,
            id="border-with",
        ),
        pytest.param(
            "Estonia signed a gas deal with Latvia on Monday. Ana Ruiz, the country's prime minister, called it "
            "historic.",
            True,
            id="deal-with",
        ),
        # the twin: the sentence is about Latvia, so the post is Latvia's
        pytest.param(
            "Latvia's economy shrank by 2% last year. The country's prime minister, Ana Ruiz, blamed the war.",
            False,
            id="about-latvia",
        ),
    ],
)
def test_the_countrys_post_is_of_the_country_the_sentence_before_is_about(body: str, supported: bool) -> None:
    found = [v for c, v in judged_body(body, [ESTONIAN], AS_OF, "Baltic news") if c.kind == "role"]
    assert found
    assert set(found) == ({Verdict.SUPPORTED} if supported else {Verdict.CONTRADICTED}), found
