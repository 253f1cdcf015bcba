"""Session 49's mends of review48's false "supported" rows (fixb49), each as a use the desk would meet beside its
true twin: invented articles judged whole against invented pages (`tests/support/judging.py`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Document, Verdict
from verify.retrieve import EvidencePool

DAY = dt.date(2025, 6, 1)
SAVED = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)


def _verdicts(
    body: str, docs: list[Document], kind: str, words: str = "", headline: str = "Norby news"
) -> list[Verdict]:
    """The verdicts on the claims of `kind` whose words hold `words`, in an article of `body` judged against `docs`."""
    claims = extract_claims(article_from_text(f"{headline}\n\n{body}\n", as_of=DAY))
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), DAY)
    return [r.verdict for c, r in zip(claims, results, strict=True) if c.kind == kind and words in c.text]


# A change's figure is its own measure's and its own way's (review48 S15): the page's workforce is no revenue, and a
# fall is no rise; the same measure changed the same way is still stated.
_WORKFORCE = page(
    "Korvik Steel", "Korvik Steel is a Norbian steelmaker. In 2024 its workforce grew 8% to 4,200 people.", SAVED
)
_RESULTS = page(
    "Korvik Steel",
    "Korvik Steel is a Norbian steelmaker. In 2024 its net profit fell 12%, while its workforce grew 5%.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Korvik Steel's revenue grew 8% in 2024.", _WORKFORCE, id="another-measure"),
        pytest.param("Korvik Steel's workforce fell 8% in 2024.", _WORKFORCE, id="the-other-way"),
        pytest.param("Korvik Steel's workforce fell 5% in 2024.", _RESULTS, id="the-other-clauses-verb"),
    ],
)
def test_a_change_of_another_measure_or_way_is_not_stated(body: str, doc: Document) -> None:
    found = _verdicts(body, [doc], "clause", headline="Korvik Steel news")
    assert found and Verdict.SUPPORTED not in found, found


def test_twin_the_measures_own_change_is_stated() -> None:
    body = "Korvik Steel's workforce grew 8% in 2024."
    assert _verdicts(body, [_WORKFORCE], "clause", headline="Korvik Steel news") == [Verdict.SUPPORTED]


# A count of times is its own thing's (review48 S10): the league title's 'twice' does not count the cup's wins; the
# cup's own count, after it or before it, still does.
_HONOURS = "It has won the Norby Cup three times and the league title twice."


def _club(told: str) -> Document:
    """A club's page whose lead is followed by `told`."""
    return page("Korvik FC", f"Korvik FC is a Norbian football club. {told}", SAVED)


def test_another_things_count_is_not_this_ones() -> None:
    found = _verdicts("Korvik FC has won the Norby Cup twice.", [_club(_HONOURS)], "clause", headline="Korvik FC news")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param("Korvik FC has won the Norby Cup three times.", _HONOURS, id="the-first-of-two"),
        pytest.param(
            "Korvik FC has won the Norby Cup twice.", "It has won the Norby Cup twice, in 2001 and 2019.", id="after"
        ),
        pytest.param("Korvik FC has won the Norby Cup twice.", "It has twice won the Norby Cup.", id="before"),
    ],
)
def test_twin_the_things_own_count(body: str, told: str) -> None:
    assert _verdicts(body, [_club(told)], "clause", headline="Korvik FC news") == [Verdict.SUPPORTED]


# A first holder narrowed by a deed after the post is the first of those who did it (review48 S4): 'the first mayor of
# Halden to serve three terms' is no first mayor of Halden; the plain first still is.
def _moen(told: str) -> Document:
    """A politician's page whose lead is followed by `told`."""
    return page("Karl Moen", f"Karl Moen (born 3 March 1960) is a Norbian politician. {told}", SAVED)


def _lund(told: str) -> Document:
    """A politician's page whose lead is followed by `told`."""
    return page("Eva Lund", f"Eva Lund (born 9 September 1970) is a Norbian politician. {told}", SAVED)


def test_a_first_holder_narrowed_by_a_deed_is_not_the_first() -> None:
    doc = _moen("He became the first mayor of Halden to serve three terms.")
    found = _verdicts("Karl Moen, Halden's first mayor, spoke on Monday.", [doc], "clause", "first mayor")
    assert found and Verdict.SUPPORTED not in found, found


def test_twin_a_first_of_a_kind_ranked_by_holding_the_post() -> None:
    # the kind of holder ('woman') before 'to hold the role' is no post narrowed by a deed (rba-2023-07-17's shape)
    doc = _lund("She became Mayor of Halden on 4 May 2015, and is the first woman to hold the role.")
    body = "Eva Lund became mayor of Halden in 2015. She was the first woman in that role."
    assert _verdicts(body, [doc], "clause", "first woman") == [Verdict.SUPPORTED]


def test_twin_the_plain_first_holder() -> None:
    doc = _moen("In 1990 he became the first mayor of Halden.")
    found = _verdicts("Karl Moen, Halden's first mayor, spoke on Monday.", [doc], "clause", "first mayor")
    assert Verdict.SUPPORTED in found, found


# A kin given the subject's own name is a namesake (review48 S11): the uncle's post is not the subject's; the
# subject's own post told beside such a kin still is.
def test_a_namesakes_post_is_not_the_subjects() -> None:
    doc = _moen("His uncle, also called Karl Moen, was mayor of Tarsa from 1950 to 1962.")
    found = _verdicts("Karl Moen, a former mayor of Tarsa, spoke.", [doc], "role")
    assert found and Verdict.SUPPORTED not in found, found


def test_twin_the_subjects_own_post_beside_a_namesake() -> None:
    doc = _moen("He was mayor of Tarsa from 1990 to 1998. His father, also named Karl Moen, was a teacher.")
    assert _verdicts("Karl Moen, a former mayor of Tarsa, spoke.", [doc], "role") == [Verdict.SUPPORTED]
