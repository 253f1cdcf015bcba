"""An ordinal the claim narrows to a subset ('the first prime minister born after the war', 'the third
prime minister this year', 'the first president from the party') ranks the holder among some holders,
not in the post's numbering: the page's '64th Prime Minister' neither refutes nor supports it. The post's
own number ('the 63rd prime minister of Vestria') is still checked. Invented subject and page."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import clause_claim, page, verdict
from verify.models import Document, InfoboxField, Verdict

SPRING_2025 = dt.date(2025, 3, 1)
ALDER = page("Mara Alder", "Mara Alder is a Vestrian politician who has been prime minister since 2024.").model_copy(
    update={
        "infobox": [
            InfoboxField(label="office", value="64th Prime Minister of Vestria"),
            InfoboxField(label="term_start", value="1 May 2024"),
        ]
    }
)


def described(description: str, pages: list[Document] | None = None) -> Verdict:
    """'Alder is <description>' against Alder's invented page."""
    sentence = f"Alder is {description}."
    said = clause_claim(f"Alder is {description}", "Mara Alder", "is", sentence, object=description)
    return verdict(said, pages or [ALDER], SPRING_2025).verdict


@pytest.mark.parametrize(
    "description",
    [
        "the first prime minister born after the war",
        "the first prime minister from the Harbour Party",
        "the third prime minister this year",
        "the second prime minister to win two elections",
        "the first prime minister of Vestria since 1990 to lose a vote",
    ],
)
def test_an_ordinal_narrowed_to_some_holders_is_not_the_posts_number(description: str):
    assert described(description) == Verdict.UNVERIFIED


def test_the_posts_own_number_still_contradicts():
    assert described("the 63rd prime minister of Vestria") == Verdict.CONTRADICTED


def test_the_posts_own_number_still_supports():
    assert described("the 64th prime minister of Vestria") == Verdict.SUPPORTED
