"""A ministry under its country's own name ('Minister of External Affairs', India's foreign ministry; 'Chancellor of
the Exchequer') tells its country only where the page gives none: a Norbian's, or one written 'of Norby', is no
support for 'Indian Foreign Minister' or "Britain's finance minister", whatever the lexicon knows of Norby (session
35, fixb35: review35 B1, the regression of fc35's review34 R20 mend)."""

from __future__ import annotations

import pytest

from tests.support.judging import judged_body
from tests.test_review26 import AS_OF
from tests.test_review35 import _ruiz_holding  # her page: a lead, an office held since 30 May 2019
from verify.models import Verdict


@pytest.mark.parametrize(
    ("body", "lead", "office", "supported"),
    [
        pytest.param(
            "Indian Foreign Minister Ana Ruiz spoke.",
            "a Norbian politician",
            "Minister of External Affairs",
            False,
            id="a-norbians",
        ),
        pytest.param(
            "Indian Foreign Minister Ana Ruiz spoke.",
            "a politician",
            "Minister of External Affairs of Norby",
            False,
            id="norbys",
        ),
        pytest.param(
            "Ana Ruiz, Britain's finance minister, spoke.",
            "a Norbian politician",
            "Chancellor of the Exchequer",
            False,
            id="a-norbians-chancellor",
        ),
        # the twin: a page giving no country leaves the own name to tell it
        pytest.param(
            "Indian Foreign Minister Ana Ruiz spoke.", "a politician", "Minister of External Affairs", True, id="none"
        ),
    ],
)
def test_an_own_name_tells_the_country_only_where_the_page_gives_none(
    body: str, lead: str, office: str, supported: bool
) -> None:
    found = [v for c, v in judged_body(body, [_ruiz_holding(lead, office)], AS_OF) if c.kind == "role"]
    assert found
    assert (Verdict.SUPPORTED in found) == supported, found
