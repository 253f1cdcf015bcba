"""The forty-seventh session's lead: a fuzzy match of a post keeps the post's head noun (verify/match.py)."""

import datetime as dt

import pytest

from tests.support.judging import page
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.match import phrase_position
from verify.models import Verdict
from verify.retrieve import EvidencePool

DAY = dt.date(2025, 6, 1)
SAVED = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        pytest.param("minister of foreign affairs", "He has worked at the Ministry of Foreign Affairs.", id="ministry"),
        pytest.param("president of the korvik bank", "He wrote a history of the presidency of the Korvik Bank.",
                     id="presidency"),
    ],
)
def test_a_post_is_not_found_in_the_name_of_its_institution(phrase: str, text: str) -> None:
    """'Ministry of Foreign Affairs' is one fuzzy letter or two from 'minister of foreign affairs': not the post."""
    assert phrase_position([phrase], text) is None


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        pytest.param("city councilor of halden", "She was a city councillor of Halden from 2001.", id="councillor"),
        pytest.param("minister of defense of norby", "He was Minister of Defence of Norby.", id="defence"),
    ],
)
def test_a_post_respelled_is_still_found(phrase: str, text: str) -> None:
    """A spelling variant of the post's head ('councillor') or of its other words ('defence') still aligns."""
    found = phrase_position([phrase], text)
    assert found is not None and found[0] >= 92


def _role_verdicts(told: str, body: str) -> list[Verdict]:
    diplomat = page("Karl Moen", f"Karl Moen (born 3 March 1960) is a Norbian diplomat. {told}", SAVED)
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=DAY))
    results = judge(claims, EvidencePool(documents=[diplomat], by_claim={c.id: [diplomat] for c in claims}), DAY)
    return [r.verdict for c, r in zip(claims, results, strict=True) if c.kind == "role"]


def test_a_ministrys_official_is_not_its_minister() -> None:
    found = _role_verdicts("He has worked at the Ministry of Foreign Affairs since 1990.",
                           "Foreign Minister Karl Moen spoke on Monday.")
    assert found and Verdict.SUPPORTED not in found, found


def test_the_minister_himself_is_supported() -> None:
    found = _role_verdicts("He has been Minister of Foreign Affairs since 2021.",
                           "Foreign Minister Karl Moen spoke on Monday.")
    assert found == [Verdict.SUPPORTED]
