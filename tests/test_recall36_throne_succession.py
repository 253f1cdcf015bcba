"""'Sheikh Nawaf has been emir since September 2020, when he succeeded his half-brother X' against a monarch's
infobox (`succession: Emir of Kuwait`, `reign: 29 September 2020 – ...`, `predecessor`): the throne the sentence
names is the office in question though the infobox has no `office` row, so the reign's predecessor settles the
succession; and the kin words before the name ('his half-brother', 'his late father,') leave the name as the
succession's other person. A wrong name is contradicted, the right one supported; a sentence naming another post
than the throne is left open. Invented pages (the lost contradiction was kw-2023-11-30's predecessor variant)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

AS_OF = dt.date(2024, 4, 1)
KING = boxed(
    "Ola Brandt",
    "Ola Brandt (born 3 May 1950) is King of Norby.",
    [
        ("succession", "King of Norby"),
        ("reign", "12 May 2019 – present"),
        ("predecessor", "Harald Brandt"),
    ],
)


def judged(post: str, other: str) -> Verdict:
    sentence = f"Ola Brandt, 73, has been {post} since May 2019, when he succeeded {other}."
    text = f"he succeeded {other}"
    claim = clause_claim(text, "Ola Brandt", "succeeded", sentence, object=other, value=other)
    return verdict(claim, [KING], AS_OF).verdict


@pytest.mark.parametrize(
    ("post", "other", "expected"),
    [
        ("king", "Erik Brandt", Verdict.CONTRADICTED),
        ("king", "his half-brother Erik Brandt", Verdict.CONTRADICTED),
        ("king", "his late father, Erik Brandt", Verdict.CONTRADICTED),
        ("king", "Harald Brandt", Verdict.SUPPORTED),
        ("king", "his half-brother Harald Brandt", Verdict.SUPPORTED),
        # a post the page lists no row for: the succession may be into it
        ("party leader", "his half-brother Erik Brandt", Verdict.UNVERIFIED),
    ],
)
def test_a_reigns_predecessor_settles_a_succession_to_the_throne(post: str, other: str, expected: Verdict) -> None:
    assert judged(post, other) == expected
