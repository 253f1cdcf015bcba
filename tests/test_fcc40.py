"""The fortieth session's false-"contradicted" rows (fcc40): a wider clause refuted only by a value a narrower claim
of its sentence is refuted by on the same page words, whose deed's day is supported on its own date claim and which
states nothing else, is not refuted by that value: "Claudia Sheinbaum was sworn in on Tuesday, 1 October, as Mexico's
65th president" (the tuning set's mx-2024-10-02, its label 'sworn in on Tuesday, 1 October') was CONTRADICTED by the
ordinal "Mexico's 65th president" is refuted by, though the office's page dates the swearing-in to that day. Nor is
it supported by the day: its words state the refuted ordinal (review40 B5, mended by fixb40), so it is unverified.
Invented pages (Ana Ruiz's: born 1 January 1975, the 13th prime minister of Norby from 14 February 2023)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed
from tests.test_review26 import SAVED
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Verdict
from verify.retrieve import EvidencePool

RUIZ = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician serving as the 13th Prime Minister of Norby since 14 "
    "February 2023.",
    [
        ("birth_date", "1 January 1975"),
        ("birth_place", "Halden, Norby"),
        ("office", "13th Prime Minister of Norby"),
        ("term_start", "14 February 2023"),
    ],
    SAVED,
)
DAY = dt.date(2023, 2, 15)


def _judged_together(body: str) -> dict[tuple[str, str], Verdict]:
    """Each claim of `body` (an article of 15 February 2023) judged as the pipeline judges an article, all together
    against Ruiz's page, so that one claim's verdict can settle another's (`verify.judge.judge`)."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=DAY))
    pool = EvidencePool(documents=[RUIZ], by_claim={c.id: [RUIZ] for c in claims})
    return {(c.kind, c.text): r.verdict for c, r in zip(claims, judge(claims, pool, DAY), strict=True)}


def test_a_deed_dated_right_beside_a_false_ordinal_is_neither_refuted_nor_supported() -> None:
    found = _judged_together(
        "Ana Ruiz was sworn in on Tuesday, 14 February, as Norby's 12th prime minister, the first woman to hold the "
        "office."
    )
    assert found[("clause", "Norby's 12th prime minister")] == Verdict.CONTRADICTED, found  # refuted where it is said
    assert found[("date", "14 February")] == Verdict.SUPPORTED, found
    clause = "Ana Ruiz was sworn in on Tuesday, 14 February, as Norby's 12th prime minister"
    assert found[("clause", clause)] == Verdict.UNVERIFIED, found  # its words hold the false ordinal


# The twins: a day the page gives otherwise, a value the clause states beside the day and the ordinal, or the day of
# a relative clause in its words (another deed's) leaves the clause refuted (so does review38 B8's 'Ivo Stam, 74,
# stepped down as prime minister on 14 February 2021', its day unread).
@pytest.mark.parametrize(
    ("body", "clause"),
    [
        pytest.param(
            "Ana Ruiz was sworn in on Tuesday, 14 March, as Norby's 12th prime minister.",
            "Ana Ruiz was sworn in on Tuesday, 14 March, as Norby's 12th prime minister",
            id="another-day",
        ),
        pytest.param(
            "Ana Ruiz was sworn in on Tuesday, 14 February, in Korvik as Norby's 12th prime minister.",
            "Ana Ruiz was sworn in on Tuesday, 14 February, in Korvik as Norby's 12th prime minister",
            id="another-value-beside",
        ),
        pytest.param(
            "Ana Ruiz, who took office on 14 February, became Norby's 12th prime minister on Monday.",
            "Ana Ruiz, who took office on 14 February, became Norby's 12th prime minister on Monday",
            id="the-day-of-a-relative-clause",
        ),
    ],
)
def test_twin_a_clause_with_nothing_else_settled_stays_refuted(body: str, clause: str) -> None:
    found = _judged_together(body)
    assert found[("clause", clause)] == Verdict.CONTRADICTED, found
