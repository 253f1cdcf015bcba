"""fixd44's rows (session 44): the twins of review43's mends, read as examples of use. Invented subjects and pages
(`tests/support/judging.py`), judged through the article's whole judging (`_judged_whole` of tests/test_review38.py)."""

from __future__ import annotations

import pytest

from tests.support.judging import boxed, page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from tests.test_review43 import COMPANY, DAY
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Verdict


# R4's sum rows (judging.toml quantity.sum_rows): a company's infobox row supports the sum its sentence names by the
# row's own measure, of the row's year; another measure's or another year's row supports nothing.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank made a revenue of 240 million euros in 2023.", id="another-measure"),
        pytest.param("Korvik Bank made a net profit of 240 million euros in 2022.", id="another-year"),
    ],
)
def test_a_sum_row_of_another_measure_or_year_does_not_support(body: str) -> None:
    found = _judged_whole(body, [COMPANY], "quantity", "240", DAY)
    assert found and Verdict.SUPPORTED not in found, found


def test_a_sum_row_does_not_refute_another_figure() -> None:
    """Support only: the row may be reckoned on another basis than the article's figure."""
    body = "Korvik Bank made a net profit of 300 million euros in 2023."
    found = _judged_whole(body, [COMPANY], "quantity", "300", DAY)
    assert found and Verdict.CONTRADICTED not in found, found


# R5's twins: a year heading a timeline line dates the line's clause, so the true year is supported; a head written to
# the day keeps its own date claim and is not lent to the clause as well (one fact, one claim).
KEY_DATES = "Key dates in the career of Ivo Stam:\n\n"
ELECTED = page("Ivo Stam", "Ivo Stam is a Norbian politician. He was elected to parliament in 2005.", SAVED)


def test_a_year_headed_entry_of_the_true_year_is_supported() -> None:
    found = _judged_whole(KEY_DATES + "2005 — Ivo Stam is elected to parliament.", [ELECTED], "clause", "elected", DAY)
    assert found == [Verdict.SUPPORTED], found


def test_a_day_head_is_not_lent_to_the_entrys_clause() -> None:
    body = f"{KEY_DATES}March 1, 2008 — Ivo Stam is elected to parliament."
    article = article_from_text(f"Norby news\n\n{body}\n", as_of=DAY)
    times = [c.time for c in extract_claims(article) if c.kind == "clause" and "elected" in c.text]
    assert times == [None], times


# R6's twin: 'we' is the issuer only where the story's topic is an organisation; in a story on an event it is the
# writer's or the people's, and no claim gives the event their deed.
def test_we_in_a_story_on_an_event_is_not_the_event() -> None:
    article = article_from_text(
        "Korvik floods kill 12\n\nThe Korvik floods killed 12 people on Monday. We lost our homes in 2015.\n", as_of=DAY
    )
    found = [c.text for c in extract_claims(article) if c.text.startswith("We ")]
    assert not found, found


# The trades of review43 B3 and B7 (the first narrowed past its deed): what the page narrows and the claim does not
# still keeps the support apart, whether after the name ('solo'), before it ('the north face of') or for a thing
# the page calls 'it' when 'it' is another mountain.
CLIMBER = "Nina Moe (born 1970) is a Norbian climber."


@pytest.mark.parametrize(
    ("claimed", "told"),
    [
        pytest.param(
            "climb Mount Korvik without oxygen",
            "In 1995 she became the first woman to climb Mount Halden. In 1998 she was the first woman to climb it "
            "without oxygen.",
            id="it-for-another-mountain",
        ),
        pytest.param(
            "climb Mount Korvik in winter",
            "In 1998 she became the first woman to climb Mount Korvik solo in winter.",
            id="a-word-more-of-another-kind",
        ),
        pytest.param(
            "climb Mount Korvik",
            "In 1998 she became the first woman to climb the north face of Mount Korvik.",
            id="a-part-of-the-mountain",
        ),
    ],
)
def test_a_narrower_first_does_not_support(claimed: str, told: str) -> None:
    body = f"Nina Moe was the first woman to {claimed}."
    found = _judged_whole(body, [page("Nina Moe", f"{CLIMBER} {told}", SAVED)], "clause", "first woman", DAY)
    assert found and Verdict.SUPPORTED not in found, found


def test_the_summit_reached_is_the_mountain_climbed() -> None:
    told = "In 1995 she became the first woman to reach the summit of Mount Korvik."
    body = "Nina Moe was the first woman to climb Mount Korvik."
    found = _judged_whole(body, [page("Nina Moe", f"{CLIMBER} {told}", SAVED)], "clause", "first woman", DAY)
    assert found == [Verdict.SUPPORTED], found


# B4's twins: the prize as the verb's own object, past an object pronoun and a year, is the prize won.
WRITER = "Nina Moe (born 1970) is a Norbian writer."


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("In 2020 the jury awarded her the Korvik Prize.", id="awarded-her"),
        pytest.param("She received the 2020 Korvik Prize.", id="a-year-before-the-name"),
    ],
)
def test_the_prize_given_to_her_is_the_prize_won(told: str) -> None:
    docs = [page("Nina Moe", f"{WRITER} {told}", SAVED)]
    found = _judged_whole("Nina Moe won the Korvik Prize in 2020.", docs, "clause", "Korvik Prize", DAY)
    assert found == [Verdict.SUPPORTED], found


# B5's twins: after 'took over as X from Y' the clause checks the predecessor against the infobox row.
LUND = boxed(
    "Eva Lund",
    "Eva Lund (born 1968) is a Norbian politician who has been Prime Minister of Norby since 2019.",
    [("office", "Prime Minister of Norby"), ("term_start", "3 May 2019"), ("predecessor", "Ivo Stam")],
    SAVED,
)


@pytest.mark.parametrize(
    ("predecessor", "verdict"),
    [
        pytest.param("Ana Ruiz", Verdict.CONTRADICTED, id="another"),
        pytest.param("Ivo Stam", Verdict.SUPPORTED, id="hers"),
    ],
)
def test_the_predecessor_taken_over_from_is_checked(predecessor: str, verdict: Verdict) -> None:
    body = f"Eva Lund took over as prime minister from {predecessor} in 2019."
    assert _judged_whole(body, [LUND], "clause", predecessor, DAY) == [verdict]
