"""Session 42's truthful rewordings left unverified (issue 15): a start told 'since' a weekday ('has been NCJ president
since Tuesday'), a body written by the initials of a name its small words link ('Norby Court of Justice'), a
term whose end is written to the month of the article's day ('January 2020 - August 2024' read on 5 August 2024),
and a 'who' clause after a post's appositive ("Ana Ruiz, director of the Norby Fund, who took office ...")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Verdict
from verify.retrieve import EvidencePool

THURSDAY = dt.date(2024, 2, 8)  # the Tuesday before is 6 February 2024
# Ana Ruiz's invented page: the court's president since 6 February 2024, one of its judges since 6 February 2018
RUIZ = [
    boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 3 May 1960) is a Norbian jurist.",
        [
            ("office1", "President of the Norby Court of Justice"),
            ("term_start1", "6 February 2024"),
            ("office2", "Judge of the Norby Court of Justice"),
            ("term_start2", "6 February 2018"),
        ],
        SAVED,
    )
]
FEB_8 = "KORVIK, 8 February 2024 -"
SINCE_TUESDAY = f"{FEB_8} Ana Ruiz has been NCJ president since Tuesday."
EARLY_AUGUST = dt.date(2024, 8, 5)
AUG_5 = "KORVIK, 5 August 2024 -"
# Karl Moen's invented page: a business person's infobox, his post and its span in two rows, the end in August 2024
MOEN = [
    boxed(
        "Karl Moen",
        "Karl Moen (born 1 April 1957) is a Norbian executive who was chief executive of Korvik Bank from January 2020"
        " to August 7, 2024.",
        [("title", "Chief executive, Korvik Bank"), ("term", "January 2020 – August 2024")],
        SAVED,
    )
]


def _date_claims(body: str, day: dt.date) -> list[tuple[str, str, str | None]]:
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=day))
    return [(c.text, c.subject, c.value) for c in claims if c.kind == "date"]


def test_since_a_weekday_dates_the_start_to_the_last_such_day() -> None:
    found = _date_claims(SINCE_TUESDAY, THURSDAY)
    assert [(s, v) for t, s, v in found if "since Tuesday" in t] == [("Ana Ruiz", "2024-02-06")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(SINCE_TUESDAY, Verdict.SUPPORTED, id="since-tuesday"),
        pytest.param(
            f"{FEB_8} Ana Ruiz has been NCJ president since 6 February 2024.", Verdict.SUPPORTED, id="since-day"
        ),
    ],
)
def test_a_post_of_a_body_named_by_initials_is_dated_by_its_own_row(body: str, expected: Verdict) -> None:
    assert _judged_whole(body, RUIZ, "date", "since", day=THURSDAY) == [expected]


def test_the_post_the_claim_names_in_full_is_dated_not_the_judgeship() -> None:
    body = f"{FEB_8} Ana Ruiz has been president of the Norby Court of Justice since Tuesday."
    assert _judged_whole(body, RUIZ, "date", "since", day=THURSDAY) == [Verdict.SUPPORTED]


def test_the_body_s_initials_pick_the_post_the_claim_names_not_the_judgeship() -> None:
    body = f"Norby news\n\n{SINCE_TUESDAY}\n"
    claims = extract_claims(article_from_text(body, as_of=THURSDAY))
    results = judge(claims, EvidencePool(documents=RUIZ, by_claim={c.id: RUIZ for c in claims}), THURSDAY)
    (result,) = [r for c, r in zip(claims, results, strict=True) if c.kind == "date"]
    assert "President of the Norby Court of Justice" in result.rationale
    assert "2018" not in result.rationale


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            f"{AUG_5} Karl Moen has been Korvik Bank's chief executive since January 2020.",
            Verdict.SUPPORTED,
            id="since-start",
        ),
        pytest.param(
            f"{AUG_5} Karl Moen has been Korvik Bank's chief executive since March 2021.",
            Verdict.CONTRADICTED,
            id="other-start",
        ),
    ],
)
def test_a_term_ending_in_the_article_s_month_may_still_run(body: str, expected: Verdict) -> None:
    assert _judged_whole(body, MOEN, "date", "since", day=EARLY_AUGUST) == [expected]


def test_who_after_a_post_s_appositive_is_the_person_not_the_body() -> None:
    body = (
        "KORVIK, 11 April 2023 - Karl Moen, director of the Norby Food Fund, who took office on April 5, met donors"
        " in Korvik on Tuesday."
    )
    found = _date_claims(body, dt.date(2023, 4, 11))
    assert [s for t, s, _ in found if "April 5" in t] == ["Karl Moen"]


MARCH_21 = dt.date(2025, 3, 21)
# Karl Moen's invented page as a minister: a ministry over several portfolios, 'Youth' among them
MINISTER = [
    boxed(
        "Karl Moen",
        "Karl Moen (born 1 May 1970) is a Norbian politician.",
        [
            ("office", "Minister of Youth, Sport, Arts and Recreation of Norby"),
            ("term_start", "10 September 2018"),
            ("term_end", "25 March 2025"),
        ],
        SAVED,
    )
]


def test_a_ministry_s_portfolio_word_is_no_part_of_a_body() -> None:
    body = "KORVIK, 21 March 2025 - Norby's sports minister Karl Moen spoke on Thursday."
    assert _judged_whole(body, MINISTER, "role", "sports minister", day=MARCH_21) == [Verdict.SUPPORTED]
