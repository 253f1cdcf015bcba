"""What a verb of denying denies in an article's own words (review32 R10's mend, `verify.nlp.negation`): the facts it
is told over ('denied that she was arrested in 2019' is not checked as her arrest), and nothing else: not the denial
itself, told as a fact ('was denied by a federal court in July' dates the denial), nor words under a 'not' that
denies another verb ('will not arrive until 2031, after an eight-year journey': the journey is the article's own)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import article_from_text
from verify.extract import extract_claims

DAY = dt.date(2024, 6, 1)


def _negated(body: str, kind: str, words: str) -> bool:
    """Whether the one claim of `kind` whose words end with `words`, extracted from `body`, carries `negated`."""
    found = [c for c in extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=DAY)) if c.kind == kind]
    found = [c for c in found if c.text.endswith(words)]
    assert len(found) == 1, found
    return found[0].negated


@pytest.mark.parametrize(
    ("body", "kind", "words"),
    [
        pytest.param("Ana Ruiz denied that she was arrested in 2019.", "clause", "she was arrested in 2019", id="that"),
        pytest.param("Ana Ruiz rejected claims that she founded Korvik Bank in 1995.", "date", "in 1995", id="claims"),
    ],
)
def test_a_fact_told_under_a_verb_of_denying_is_denied(body: str, kind: str, words: str) -> None:
    assert _negated(body, kind, words)


@pytest.mark.parametrize(
    ("body", "kind", "words"),
    [
        pytest.param(
            "The Norby Steelworks request was denied by a federal court in July.", "date", "July", id="denied-in-july"
        ),
        pytest.param(
            "The probe will not arrive until 2031, after an eight-year journey.",
            "duration",
            "eight-year journey",
            id="not-above",
        ),
        pytest.param(
            "Ana Ruiz did not deny that she was arrested in 2019.", "clause", "she was arrested in 2019", id="not-deny"
        ),
    ],
)
def test_the_denial_itself_and_words_under_another_not_are_told_as_facts(body: str, kind: str, words: str) -> None:
    assert not _negated(body, kind, words)
