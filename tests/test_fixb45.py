"""Mends of session 45's helper fixb45 (review44's open value readings and last session's trades), as rows the desk
would meet: an invented article's sentence judged whole against invented pages (`tests/support/judging.py`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Document, Verdict
from verify.retrieve import EvidencePool

DAY = dt.date(2024, 6, 1)


def _verdicts(body: str, docs: list[Document], words: str = "", kind: str = "") -> list[Verdict]:
    """The verdicts on the claims (of `kind`, if given) of an article of `body` whose words hold `words`."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=DAY))
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), DAY)
    return [r.verdict for c, r in zip(claims, results, strict=True) if words in c.text and (not kind or c.kind == kind)]


# a date of another verb's clause dates no event of the claim's verb, when the verb's own clause has its date
RUNNER = page(
    "Karl Moen",
    "Karl Moen (born 1980) is a Norbian tennis player. He won the Tarsa Open in 2015 and reached its final again in "
    "2019.",
    SAVED,
)


def test_a_date_of_another_verbs_clause_does_not_date_the_win() -> None:
    found = _verdicts("Karl Moen won the Tarsa Open in 2015 and again in 2019.", [RUNNER], "2019", "date")
    assert found == [Verdict.UNVERIFIED], found


def test_the_verbs_own_date_still_dates_it() -> None:
    assert _verdicts("Karl Moen won the Tarsa Open in 2015.", [RUNNER], "2015") == [Verdict.SUPPORTED]


# a deed told as done more than once ('twice', 'three times') is supported only by a page sentence wording the count
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Karl Moen has won the Tarsa Open three times.", id="three-times"),
        pytest.param("Karl Moen twice won the Tarsa Open.", id="twice-before"),
    ],
)
def test_a_deed_done_more_than_once_is_not_supported_by_one(body: str) -> None:
    found = _verdicts(body, [RUNNER], "Tarsa Open", "clause")
    assert found == [Verdict.UNVERIFIED], found


def test_a_page_wording_the_count_supports_it() -> None:
    told = page("Karl Moen", "Karl Moen (born 1980) is a Norbian tennis player. He won the Tarsa Open twice.", SAVED)
    found = _verdicts("Karl Moen won the Tarsa Open twice.", [told], "Tarsa Open", "clause")
    assert found == [Verdict.SUPPORTED], found


# a word narrowing a counted noun names a part when it is a kind the whole is split into (judging.toml
# partition_words) or the page tells a part by it with its own figure; else it restates the whole (review44 B1/B2)
SQUAD = "Korvik FC is a Norbian football club."


@pytest.mark.parametrize(
    ("body", "told", "verdict"),
    [
        pytest.param(
            "Korvik FC has 30 senior players.",
            "It has 30 players: 22 senior and 8 youth players.",
            Verdict.CONTRADICTED,
            id="the-page-tells-the-part",
        ),
        pytest.param("Korvik FC has 30 senior players.", "It has 30 players.", Verdict.SUPPORTED, id="idle"),
        pytest.param(
            "Korvik FC has 30 players.",
            "It has 22 senior players and 8 youth players.",
            Verdict.UNVERIFIED,
            id="the-page-sums-parts",
        ),
        pytest.param("Korvik FC has 30 players.", "It has 28 senior players.", Verdict.CONTRADICTED, id="refuted"),
    ],
)
def test_a_modifier_narrows_a_count_only_where_it_names_a_part(body: str, told: str, verdict: Verdict) -> None:
    assert _verdicts(body, [page("Korvik FC", f"{SQUAD} {told}", SAVED)], "", "quantity") == [verdict]


# a prize told as the verb's object in the parse, past any modifier, supports 'won' (review44 B6)
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("In 2019 he was awarded the coveted Tarsa Medal.", id="adjective"),
        pytest.param("In 2019 he received Norby's Tarsa Medal for poetry.", id="owner"),
    ],
)
def test_a_prize_as_the_verbs_object_supports_won(told: str) -> None:
    medallist = page("Karl Moen", f"Karl Moen (born 1970) is a Norbian poet. {told}", SAVED)
    assert _verdicts("Karl Moen won the Tarsa Medal in 2019.", [medallist], "", "clause") == [Verdict.SUPPORTED]


def test_a_prize_inside_another_object_does_not_support_won() -> None:
    told = page("Karl Moen", "Karl Moen (born 1970) is a Norbian poet. In 2019 he was awarded a grant by the "
                "Tarsa Medal committee.", SAVED)  # fmt: skip
    assert _verdicts("Karl Moen won the Tarsa Medal in 2019.", [told], "", "clause") == [Verdict.UNVERIFIED]


# a post 'of' a state the country lexicon lacks ('President of Korvia') is the state's, not a body's; a body's noun
# ('the Korvia Senate') or a common word ('the Korvia chess club') still names a body (review44 B8, review43 R13)
@pytest.mark.parametrize(
    ("post", "verdict"),
    [
        pytest.param("President of the Federal Republic of Korvia", Verdict.SUPPORTED, id="a-states-form"),
        pytest.param("President of the Korvia Senate", Verdict.UNVERIFIED, id="a-bodys-noun"),
    ],
)
def test_an_unknown_states_presidency_is_the_bare_title(post: str, verdict: Verdict) -> None:
    person = page("Eva Lund", f"Eva Lund (born 1960) is a politician who has been {post} since 2020.", SAVED)
    assert _verdicts("President Eva Lund visited Halden.", [person], "President", "role") == [verdict]
