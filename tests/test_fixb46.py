"""s46-fixb46: false "contradicted" verdicts review45 left open (tests/test_review45.py holds the true rows); here
each mend's one-fact-false twin, which must stay refuted or unverified, never supported. Invented subjects and pages
(`tests/support/judging.py`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_review45 import (
    CABINET,
    ELECTION,
    KORVIK_BANK,
    LUND_DEF,
    MOE_NOVELIST,
    STAM_DEF,
    STAM_FIN,
    _results,
    _verdicts,
)
from verify.models import Verdict


# R4: a pronoun of one sex read as a person ('He said ...' after 'Ivo Stam met Eva Lund') tells that person's sex, so a
# later 'she' is the woman; a false term given to her is still refuted by her own page.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Ivo Stam met Eva Lund on Monday. He said she had been defence minister from 2010 to 2014.",
            id="he-said-she",
        ),
        pytest.param(
            "Ivo Stam met Eva Lund on Monday. He praised her.\n\nShe was defence minister from 2010 to 2014.",
            id="she-next-paragraph",
        ),
    ],
)
def test_r4_twin_her_false_term_is_not_supported(body: str) -> None:
    found = _verdicts(body, [STAM_DEF, LUND_DEF], "defence minister")
    assert found and Verdict.SUPPORTED not in found, found



# R1: a figure a wanted verb follows ('the 76 needed for a majority') is a mark to reach, refuted by no count; the
# seats the party won beside it are still checked (a false count refuted).
def test_r1_twin_a_false_count_beside_the_majority_mark_is_refuted() -> None:
    body = "The Norby Party won 51 seats, short of the 76 needed for a majority."
    found = _verdicts(body, [ELECTION], kind="quantity", headline="Norby election results")
    assert found == [Verdict.CONTRADICTED, Verdict.UNVERIFIED], found


# R3: places paired with two names ('born in Tarsa and Halden respectively', swapped: false) give no one name a place;
# posts paired so give each name its own post, and a swapped pair is refuted post by post.
def test_r3_twin_swapped_places_are_not_supported() -> None:
    body = "Ivo Stam and Eva Lund, born in Tarsa and Halden respectively, attended."
    found = _verdicts(body, [STAM_FIN, LUND_DEF], "born in", "clause")
    assert Verdict.SUPPORTED not in found, found


def test_r3_twin_swapped_posts_are_refuted_each_by_its_own_post() -> None:
    body = "Ivo Stam and Eva Lund, the defence and finance ministers respectively, met on Monday."
    found = _results(body, CABINET, dt.date(2024, 6, 1))
    found = [(c.subject, c.value, r.verdict) for c, r in found if c.kind == "role"]
    assert found == [
        ("Ivo Stam", "defence minister", Verdict.CONTRADICTED),
        ("Eva Lund", "finance minister", Verdict.CONTRADICTED),
    ], found


# R2: 'rose to X in 2023 from Y in 2022' reads Y at its own year (a false one refuted, this year's figure supported);
# 'rose by X to Y' leaves the change X to no level, and a false level Y is still refuted.
@pytest.mark.parametrize(
    ("body", "verdicts"),
    [
        pytest.param(
            "Korvik Bank's revenue rose to €4.2 billion in 2023 from €3.0 billion in 2022.",
            [Verdict.SUPPORTED, Verdict.CONTRADICTED],
            id="from-a-false-figure-of-its-year",
        ),
        pytest.param(
            "Korvik Bank's net profit rose by €160 million to €900 million in 2023.",
            [Verdict.UNVERIFIED, Verdict.CONTRADICTED],
            id="by-a-change-to-a-false-level",
        ),
    ],
)
def test_r2_twin_the_other_figure_of_the_pair_is_still_judged(body: str, verdicts: list[Verdict]) -> None:
    assert _verdicts(body, [KORVIK_BANK], kind="quantity", headline="Korvik Bank results") == verdicts


# B2 (review45): a page listing the deed's years ('won the Korvik Prize in 1988 and 1995') words 'twice', never
# another count ('three times').
def test_b2_twin_another_count_than_the_years_listed_is_not_supported() -> None:
    found = [r.verdict for c, r in _results("Nina Moe won the Korvik Prize three times.", [MOE_NOVELIST])]
    assert found and Verdict.SUPPORTED not in found, found
