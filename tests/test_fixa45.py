"""Rows of fixa45 (session 45): review44's open subject readings mended (R8 acting holders, R6 father and son, R7 a
kin noun after a possessive, R10 'did not ... until'), each read the way the desk meets it, an invented article judged
whole against invented pages (`tests/support/judging.py`). The review's own rows are in tests/test_review44.py; these
are the neighbours each mend must keep right."""

from __future__ import annotations

import pytest

from tests.support.judging import boxed, clause_claim, page
from tests.test_review26 import SAVED
from tests.test_review44 import ACTING, ELECTED, FATHER, PM_STAM, SON, _results, _verdicts
from verify.kinds.clause.judge import _done_when_no_longer_denied
from verify.models import Verdict

# R8: acting, interim, vice and deputy are part of the office (issue 15): a holder of such a post between two
# holders of the post itself hands over the acting (or vice) post, not the post; their rows neither support nor
# refute 'Eva Lund succeeded Karl Moen as president'.
INTERIM = boxed(
    "Nina Moe",
    "Nina Moe (born 1962) is a Norbian politician. She was interim President of Norby in 2020.",
    [("office", "Interim President of Norby"), ("term_start", "5 January 2020"), ("term_end", "20 March 2020"),
     ("predecessor", "Karl Moen"), ("successor", "Eva Lund")],
    SAVED,
)  # fmt: skip
VICE = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1960) is a Norbian politician who was Vice President of Norby from 2015 to 2020.",
    [("office", "Vice President of Norby"), ("term_start", "1 May 2015"), ("term_end", "20 March 2020"),
     ("predecessor", "Karl Moen"), ("successor", "Eva Lund")],
    SAVED,
)  # fmt: skip


@pytest.mark.parametrize(
    ("body", "between"),
    [
        pytest.param("Eva Lund succeeded Karl Moen as president in 2020.", INTERIM, id="interim-holder"),
        pytest.param("Eva Lund succeeded Karl Moen as president in 2020.", VICE, id="vice-holder"),
        pytest.param("Karl Moen was succeeded by Eva Lund as president.", ACTING, id="passive-acting-holder"),
    ],
)
def test_a_holder_of_another_rank_between_them_does_not_refute_the_succession(body: str, between) -> None:
    found = _verdicts(body, [between, ELECTED], "succeeded", "clause")
    assert found and Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Nina Moe succeeded Karl Moen as acting president.", Verdict.SUPPORTED, id="true"),
        pytest.param("Nina Moe succeeded Ivo Stam as acting president.", Verdict.CONTRADICTED, id="another-holder"),
    ],
)
def test_the_acting_posts_own_succession_is_judged_by_its_rows(body: str, verdict: Verdict) -> None:
    assert _verdicts(body, [ACTING, ELECTED], "succeeded", "clause") == [verdict]


# R6: with the father's page ('Karl Moen') and the son's ('Karl Moen Jr.') both in the pool, a plain 'Karl Moen' is
# the page of exactly his name; a surname after 'the younger' is the son, after 'the elder' the father.
@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("The younger Moen, 43, was born in Korvik.", Verdict.SUPPORTED, id="younger-true"),
        pytest.param("The younger Moen, 43, was born in Tarsa.", Verdict.CONTRADICTED, id="younger-fathers-place"),
        pytest.param("The elder Moen, 74, was born in Tarsa.", Verdict.SUPPORTED, id="elder-true"),
        pytest.param("The elder Moen, 74, was born in Korvik.", Verdict.CONTRADICTED, id="elder-sons-place"),
    ],
)
def test_a_generation_word_before_the_surname_picks_the_bearer(body: str, verdict: Verdict) -> None:
    assert _verdicts(body, [FATHER, SON], "born in") == [verdict]


def test_a_bare_surname_of_both_stays_undecided() -> None:
    found = _verdicts("Moen, 43, was born in Korvik.", [FATHER, SON], "born in")
    assert found == [Verdict.UNVERIFIED], found


# R7: a kin noun after a possessive is another person than the owner, whatever but a name is apposed to it.
@pytest.mark.parametrize(
    ("body", "subject"),
    [
        pytest.param(
            "Karl Moen Jr., 43, was born in Korvik. His father, a shipbuilder, founded the firm in 1978.",
            "Karl Moen Jr.'s father",
            id="a-description",
        ),
        pytest.param(
            "Ana Ruiz, 51, was born in Korvik. Her husband, 55, founded the firm in 1998.",
            "Ana Ruiz's husband",
            id="an-age",
        ),
    ],
)
def test_the_kin_nouns_deed_is_the_kins(body: str, subject: str) -> None:
    found = [c.subject for c, _ in _results(body, [FATHER, SON]) if "founded" in c.text]
    assert found == [subject], found


# R10: 'did not become prime minister until 2019' tells that he became it in 2019: supported by a page that says so
# in its words or its term rows, refuted by one dating it otherwise, to the month when the claim gives one.
PROSE_STAM = page(
    "Ivo Stam",
    "Ivo Stam (born 3 March 1960) is a Norbian politician. He became Prime Minister of Norby in 2019.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "docs", "verdict"),
    [
        pytest.param("Ivo Stam did not become prime minister until 2019.", [PROSE_STAM], Verdict.SUPPORTED, id="prose"),
        pytest.param("Ivo Stam didn't become prime minister until May 2019.", [PM_STAM], Verdict.SUPPORTED, id="month"),
        pytest.param(
            "Ivo Stam did not become prime minister until March 2019.",
            [PM_STAM],
            Verdict.CONTRADICTED,
            id="wrong-month",
        ),
    ],
)
def test_not_until_a_time_is_the_deed_done_then(body: str, docs: list, verdict: Verdict) -> None:
    assert _verdicts(body, docs, "until", "clause") == [verdict]


_PREDICATES = {"elected": "elected", "become": "became", "seen": "seen", "resign": "resigned"}  # the parse's verb


@pytest.mark.parametrize(
    ("text", "time", "worded"),
    [
        pytest.param(
            "Ivo Stam did not become prime minister until 4 May 2019",
            "4 May 2019",
            "Ivo Stam became prime minister on 4 May 2019",
            id="a-day",
        ),
        pytest.param(
            "Ivo Stam was not elected prime minister until 2019",
            "2019",
            "Ivo Stam was elected prime minister in 2019",
            id="a-passive",
        ),
        pytest.param(
            "Ivo Stam had not been seen in Korvik until 2019",
            "2019",
            "Ivo Stam had been seen in Korvik in 2019",
            id="a-perfect",
        ),
        pytest.param(
            "In 2015 Ivo Stam did not resign until he was forced to",
            "2015",
            "In 2015 Ivo Stam did not resign until he was forced to",
            id="no-time-after-until",
        ),
    ],
)
def test_the_words_a_denial_until_a_time_is_judged_in(text: str, time: str, worded: str) -> None:
    predicate = next(p for w, p in _PREDICATES.items() if w in text)
    assert _done_when_no_longer_denied(clause_claim(text, "Ivo Stam", predicate, time=time)).text == worded
