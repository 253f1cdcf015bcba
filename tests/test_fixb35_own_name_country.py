"""A ministry under its country's own name ('Minister of External Affairs', India's foreign ministry; 'Chancellor of
the Exchequer') tells its country only where the page gives none: a Norbian's, or one written 'of Norby', is no
support for 'Indian Foreign Minister' or "Britain's finance minister", whatever the lexicon knows of Norby (session
35, fixb35: review35 B1, the regression of fc35's review34 R20 mend)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body
from verify.models import Document, Verdict

AS_OF = dt.date(2024, 1, 10)
SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def _ruiz_holding(lead: str, office: str) -> Document:
    """Ana Ruiz's invented page: `lead`, holding `office` since 30 May 2019."""
    return boxed(
        "Ana Ruiz",
        f"Ana Ruiz (born 1 January 1975) is {lead}.",
        [("office", office), ("term_start", "30 May 2019")],
        SAVED,
    )


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
