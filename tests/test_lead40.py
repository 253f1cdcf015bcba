"""The fortieth session's lead: a post the titles lexicon does not know ('principal', 'headmaster', 'rector') is
another post when a qualifier or title word it lacks stands right before it on the page ('deputy principal',
'acting headmaster', 'pro-chancellor'): the clause judge's `_within_another_post` (review40 R5). An article's body
is read whole however its title line is pasted (`verify.nlp.paragraphs.body_start`, the parse's `_headline_cut`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Document, Verdict

DAY = dt.date(2024, 6, 1)


def _moe(told: str) -> Document:
    """Nina Moe's invented page: a Norbian academic, with `told` after her lead."""
    return page("Nina Moe", f"Nina Moe (born 1960) is a Norbian academic. {told}", SAVED)


@pytest.mark.parametrize(
    ("told", "body", "post"),
    [
        pytest.param(
            "In 2019 she was appointed deputy principal of Korvik College.",
            "Nina Moe was appointed principal of Korvik College in 2019.",
            "principal",
            id="deputy-principal",
        ),
        pytest.param(
            "In 2019 she was appointed acting headmaster of Korvik School.",
            "Nina Moe was appointed headmaster of Korvik School in 2019.",
            "headmaster",
            id="acting-headmaster",
        ),
        pytest.param(
            "In 2019 she was appointed pro-chancellor of Korvik University.",
            "Nina Moe was appointed chancellor of Korvik University in 2019.",
            "chancellor",
            id="pro-chancellor",
        ),
    ],
)
def test_a_lesser_post_of_any_noun_does_not_support_the_post(told: str, body: str, post: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [_moe(told)], "clause", post, DAY)


@pytest.mark.parametrize(
    ("told", "body", "post"),
    [
        pytest.param(
            "In 2019 she was appointed principal of Korvik College.",
            "Nina Moe was appointed principal of Korvik College in 2019.",
            "principal",
            id="principal",
        ),
        pytest.param(
            "In 2019 she was appointed headmaster of Korvik School.",
            "Nina Moe was appointed headmaster of Korvik School in 2019.",
            "headmaster",
            id="headmaster",
        ),
    ],
)
def test_the_post_itself_is_supported(told: str, body: str, post: str) -> None:
    assert _judged_whole(body, [_moe(told)], "clause", post, DAY) == [Verdict.SUPPORTED]


# An article as a desk pastes it: the wire story's first paragraph, with its title line and a blank line, with the
# title line run straight into the body, and alone with no title (review40 N3).
_BODY = (
    "U.S. General Dan Caine, the 22nd chairman of the Joint Chiefs of Staff, met NATO military chiefs in Brussels on "
    "Monday. Caine, 57, was confirmed by the Senate in April."
)


def _claim_texts(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in extract_claims(article_from_text(text, as_of=dt.date(2025, 9, 1)))]


def test_a_title_run_into_the_body_keeps_the_first_sentences_claims() -> None:
    assert _claim_texts(f"Caine meets NATO chiefs\n{_BODY}\n") == _claim_texts(f"Caine meets NATO chiefs\n\n{_BODY}\n")


def test_a_paragraph_pasted_alone_is_read_as_body() -> None:
    claims = _claim_texts(f"{_BODY}\n")
    assert ("clause", "met NATO military chiefs in Brussels on Monday") in claims
    assert claims == _claim_texts(f"Caine meets NATO chiefs\n\n{_BODY}\n")


def _airline(told: str) -> Document:
    """Korvik Air's invented page: a Norbian airline, with `told` after its lead."""
    return page("Korvik Air", f"Korvik Air is a Norbian airline founded in 1990. {told}", SAVED)


_AIRLINE_FIGURES = (
    "In 2023 it made a revenue of 112 million euros, up from 100 million euros in 2022. It operates about 300 aircraft "
    "and employs 4,000 people."
)


# review40 R6: a change's size, brought in by a 'by' after its verb or told with a comparative after it, is no total,
# which the page's total would refute
@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param("Korvik Air's revenue climbed by 12 million euros in 2023.", "12 million", id="climbed-by"),
        pytest.param("Korvik Air reduced its fleet by 30 aircraft in 2023.", "30 aircraft", id="reduced-its-fleet-by"),
        pytest.param("Korvik Air's revenue was 12 million euros higher in 2023.", "12 million", id="higher"),
    ],
)
def test_a_changes_size_is_not_refuted_as_a_total(body: str, words: str) -> None:
    assert Verdict.CONTRADICTED not in _judged_whole(body, [_airline(_AIRLINE_FIGURES)], "quantity", words, DAY)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param("Korvik Air's revenue climbed to 150 million euros in 2023.", "150 million", id="climbed-to"),
        pytest.param("Korvik Air, founded in 1990, employs 6,000 people.", "6,000", id="employs"),
    ],
)
def test_a_wrong_total_beside_a_change_word_stays_refuted(body: str, words: str) -> None:
    assert _judged_whole(body, [_airline(_AIRLINE_FIGURES)], "quantity", words, DAY) == [Verdict.CONTRADICTED]
