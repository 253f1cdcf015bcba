"""Findings of fuzz43 (session 43): one-fact-false twins made mechanically from SUPPORTED claims of the tuning
verdict articles (a year, a day, a number, an ordinal, a country, 'Deputy', a place or a person swapped) that were
still SUPPORTED, as rows of invented articles judged whole against invented pages (`tests/test_review38.py`
`_judged_whole`). A strict xfail is a cause still open on main; a plain row guards a cause mended here. The list
with its status is /work/briefs43/fuzz43-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, verdict
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from verify.models import Document, Verdict


# F1 (verify.kinds.role.extract `_read_took_over_from`, `_read_succeeding`): 'Dutch Prime Minister Ana Ruiz, who took
# over from Karl Moen, ...' gives Karl Moen the post the successor holds ('held office Prime Minister'), without its
# country: a Karl Moen who was Norway's prime minister was SUPPORTED as the one the Dutch premier took over from (the
# tuning article's 'Dutch Prime Minister X ... took over from Stoltenberg'). The predecessor's role now carries the
# successor's nationality, so a holder of another country's post is not it; a holder of the same country's post is
# not contradicted (these invented pages leave it unverified, as main did).
def _ruiz() -> Document:
    return boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 1961) is a Dutch politician serving as prime minister of the Netherlands since 2020.",
        [("Office", "Prime Minister of the Netherlands"), ("Term Start", "2 July 2020"), ("Predecessor", "Ivo Stam")],
        SAVED,
    )


def _premier(name: str, country: str, nationality: str) -> Document:
    return boxed(
        name,
        f"{name} (born 1959) is a {nationality} politician who served as prime minister of {country} until 2020.",
        [("Office", f"Prime Minister of {country}"), ("Term began", "2010"), ("Term ended", "2 July 2020")],
        SAVED,
    )


@pytest.mark.parametrize(
    ("predecessor", "country", "nationality", "expected"),
    [
        ("Ivo Stam", "the Netherlands", "Dutch", Verdict.UNVERIFIED),
        ("Karl Moen", "Norway", "Norwegian", Verdict.CONTRADICTED),
    ],
    ids=["same-country", "another-country"],
)
def test_predecessor_held_the_successors_national_post(
    predecessor: str, country: str, nationality: str, expected: Verdict
) -> None:
    body = f"Dutch Prime Minister Ana Ruiz, a former civil servant who took over from {predecessor} in July, spoke."
    docs = [_ruiz(), _premier(predecessor, country, nationality)]
    assert _judged_whole(body, docs, "role", f"took over from {predecessor}") == [expected]


# F2 (verify.kinds.duration.judge `term_length_findings`): the office page whose term length settles 'The new vice
# president serves a single five-year term' was chosen by the title word 'president' alone, so the president's five
# years SUPPORTED the vice president's term (kr-2025-06-05's 'The new president serves ...' with 'vice' added). A
# title word the sentence says with other qualifiers than the page's title ('vice', 'deputy', 'acting') is another
# post; a holder to come ('the incoming president') or a title before a name keeps the post's own page.
_PRESIDENCY = boxed(
    "President of Vestria", "The president of Vestria is the head of state.", [("termlength", "Five years")]
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The new president serves a single five-year term", Verdict.SUPPORTED),
        ("The incoming president serves a single five-year term", Verdict.SUPPORTED),
        ("The new vice president serves a single five-year term", Verdict.UNVERIFIED),
        ("The new vice-president serves a single five-year term", Verdict.UNVERIFIED),
        ("Vice President Tomas Vale has begun a single five-year term", Verdict.SUPPORTED),
    ],
    ids=["president", "incoming", "vice", "vice-hyphen", "title-before-a-name"],
)
def test_a_term_length_is_read_on_the_page_of_the_post_the_sentence_qualifies(sentence: str, expected: Verdict) -> None:
    claim = clause_claim(sentence, "Tomas Vale", "served as", object="a single five-year term")
    assert verdict(claim, [_PRESIDENCY], dt.date(2025, 6, 5)).verdict == expected
