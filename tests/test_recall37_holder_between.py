"""'She succeeds Tomas Berg', where neither her page nor his tells the succession, but a third holder's page names
her on the other side of the same office ('Ivo Stam', 'Successor: Sara Lind (acting), Lena Vos'): that holder stood
between them, so the claimed predecessor is refuted and the third holder supported. The office must be the one the
sentence names, else the one her own page has her hold on the article's day; a sentence naming another post, or a
row naming her only as a stopgap, is left open. Invented pages (the lost contradictions were th-2024-08-19's
predecessor variant and boeing-2024-08-12's)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

AS_OF = dt.date(2024, 8, 19)
STAM_ROWS = [
    ("office", "30th Prime Minister of Norby"),
    ("term_start", "22 August 2022"),
    ("term_end", "14 August 2024"),
    ("predecessor", "Tomas Berg"),
]
STAM = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1962) is a Norbian politician who was prime minister of Norby from 2022 to 2024.",
    [*STAM_ROWS, ("successor", "Sara Lind (acting), Lena Vos")],
)
STAM_ACTED_FOR = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1962) is a Norbian politician who was prime minister of Norby from 2022 to 2024.",
    [*STAM_ROWS, ("successor", "Lena Vos (acting)")],
)
VOS = boxed(
    "Lena Vos",
    "Lena Vos (born 1986) is a Norbian politician who has been prime minister of Norby since 2024.",
    [
        ("office", "31st Prime Minister of Norby"),
        ("term_start", "16 August 2024"),
        ("predecessor", "Sara Lind (acting)"),
        ("office1", "Leader of the Norby Party"),
        ("term_start1", "27 October 2023"),
        ("predecessor1", "Tomas Berg"),
    ],
)


def judged(sentence: str, other: str, pages: list, as_of: dt.date = AS_OF) -> Verdict:
    text = sentence[sentence.index("succe") :].rstrip(".")
    when = (
        {"time": next(w for w in ("2023", "Sunday") if w in sentence)}
        if "2023" in sentence or "Sunday" in sentence
        else {}
    )
    claim = clause_claim(text, "Lena Vos", "succeeded", sentence, object=other, value=other, **when)
    return verdict(claim, pages, as_of).verdict


@pytest.mark.parametrize(
    ("sentence", "other", "pages", "expected"),
    [
        # her page has her hold the premiership on the article's day; Stam's row names her after his own term
        pytest.param(
            "She succeeds Kai Moen, who was removed by a court.",
            "Kai Moen",
            [VOS, STAM],
            Verdict.CONTRADICTED,
            id="own-office-wrong",
        ),
        pytest.param(
            "She succeeds Ivo Stam, who was removed by a court.",
            "Ivo Stam",
            [VOS, STAM],
            Verdict.SUPPORTED,
            id="own-office-right",
        ),
        # no page of hers: the sentence names the office
        pytest.param(
            "Lena Vos became prime minister on Friday, succeeding Kai Moen.",
            "Kai Moen",
            [STAM],
            Verdict.CONTRADICTED,
            id="named-office-wrong",
        ),
        pytest.param(
            "Lena Vos became prime minister on Friday, succeeding Ivo Stam.",
            "Ivo Stam",
            [STAM],
            Verdict.SUPPORTED,
            id="named-office-right",
        ),
        # another post: she may have succeeded Moen there
        pytest.param(
            "Lena Vos became party treasurer in May, succeeding Kai Moen.",
            "Kai Moen",
            [STAM],
            Verdict.UNVERIFIED,
            id="another-post",
        ),
        # a handover in another year than the claim's: another succession
        pytest.param(
            "Lena Vos became prime minister in 2023, succeeding Kai Moen.",
            "Kai Moen",
            [STAM],
            Verdict.UNVERIFIED,
            id="another-year",
        ),
        # named only as a stopgap: the one before Stam's successor proper is unknown
        pytest.param(
            "Lena Vos became prime minister on Friday, succeeding Kai Moen.",
            "Kai Moen",
            [STAM_ACTED_FOR],
            Verdict.UNVERIFIED,
            id="only-a-stopgap",
        ),
    ],
)
def test_a_third_holders_row_stands_between_the_subject_and_the_claimed_predecessor(
    sentence: str, other: str, pages: list, expected: Verdict
) -> None:
    assert judged(sentence, other, pages) == expected


def test_a_day_without_its_year_is_of_the_articles_year() -> None:
    # 'on Sunday' in a story of 2026: Stam's handover to her in 2024 is another succession than the one told
    sentence = "Lena Vos became prime minister on Sunday, succeeding Kai Moen."
    assert judged(sentence, "Kai Moen", [STAM], dt.date(2024, 8, 19)) == Verdict.CONTRADICTED
    assert judged(sentence, "Kai Moen", [STAM], dt.date(2026, 3, 3)) == Verdict.UNVERIFIED
