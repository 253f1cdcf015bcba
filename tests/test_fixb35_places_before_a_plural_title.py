"""Two countries' words before a plural title, one for each name in turn ('Estonian and Latvian prime ministers Ana
Ruiz and Jon Dahl', the wire's 'French and German leaders Macron and Scholz'), are one each: the first name listed
holds the first country's post, not both countries' (session 35, fixb35: review35 B4, the regression of fsa35's
review34 R25 mend, which gave each name the whole plural title)."""

from __future__ import annotations

import pytest

from tests.support.judging import boxed, judged_body
from tests.test_review26 import AS_OF, SAVED
from tests.test_review27 import ESTONIAN  # her Estonian premiership since 2023
from verify.models import Document, Verdict

NORBIAN = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician serving as Prime Minister of Norby since 14 February 2023.",
    [("office", "Prime Minister of Norby"), ("term_start", "14 February 2023")],
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "doc", "verdict"),
    [
        pytest.param(
            "Estonian and Latvian prime ministers Ana Ruiz and Jon Dahl met.", ESTONIAN, Verdict.SUPPORTED, id="hers"
        ),
        pytest.param(
            "Latvian and Estonian prime ministers Ana Ruiz and Jon Dahl met.",
            ESTONIAN,
            Verdict.CONTRADICTED,
            id="the-others",
        ),
        # countries the lexicon does not know: no country read, as 'Norbian prime minister Ana Ruiz' reads none
        pytest.param(
            "Norbian and Korvian prime ministers Ana Ruiz and Jon Dahl met.", NORBIAN, Verdict.SUPPORTED, id="unknown"
        ),
        # names before the title: which country is whose is not read
        pytest.param(
            "Jon Dahl and Ana Ruiz, the Latvian and Estonian prime ministers, met.",
            ESTONIAN,
            Verdict.SUPPORTED,
            id="names-before",
        ),
    ],
)
def test_two_countries_words_before_a_plural_title_are_one_each(body: str, doc: Document, verdict: Verdict) -> None:
    found = {c.text: v for c, v in judged_body(body, [doc], AS_OF) if c.kind == "role" and c.subject == "Ana Ruiz"}
    assert set(found.values()) == {verdict}, found


# Portfolios before a plural title are no countries: left in the title, never taken away as places would be
DEFENCE = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is an Estonian politician serving as Minister of Defence of Estonia since 2023.",
    [("office", "Minister of Defence of Estonia"), ("term_start", "14 February 2023")],
    SAVED,
)


def test_portfolios_before_a_plural_title_are_not_taken_for_countries() -> None:
    body = "Finance and Defence ministers Ana Ruiz and Jon Dahl met."
    found = {c.text: v for c, v in judged_body(body, [DEFENCE], AS_OF) if c.kind == "role" and c.subject == "Ana Ruiz"}
    assert found
    assert Verdict.SUPPORTED not in found.values(), found
