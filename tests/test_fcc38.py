"""The thirty-eighth session's false-"contradicted" rows (fcc38): a wider clause refuted only by the value a narrower
claim of its sentence is refuted by on the same page words is judged on its other values. Invented pages (Ana Ruiz's,
tests/support/ruiz.py: born 1 January 1975, prime minister from 14 February 2023, after Ivo Stam)."""

from __future__ import annotations

import pytest

from tests.support.ruiz import RUIZ
from tests.test_review26 import AS_OF
from tests.test_review27 import STAM
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Verdict
from verify.retrieve import EvidencePool


def _judged_together(body: str) -> dict[tuple[str, str], Verdict]:
    """Each claim of `body` judged as the pipeline judges an article: every claim together, against Ruiz's and
    Stam's pages, so one claim's verdict can settle another's."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    pool = EvidencePool(documents=[RUIZ, STAM], by_claim={c.id: [RUIZ, STAM] for c in claims})
    return {(c.kind, c.text): r.verdict for c, r in zip(claims, judge(claims, pool, AS_OF), strict=True)}


# The tuning set's eleven false "contradicted" of session 37 ('sworn in on Tuesday, 1 October, as Mexico's 65th
# president' refuted by the ordinal that "Mexico's 65th president" is refuted by; 'Varadkar, 47, stepped down as Fine
# Gael leader on 20 March' by the age of 'Varadkar, 47'): the wider clause covers a true fact's words, and the value
# that refutes it is shown refuted on its own narrower row. A fact-checker marks the false value where it is said
# and judges the rest of the clause on what else it states.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, 52, took office on 14 February 2023.", id="age-beside-the-day"),
        pytest.param("Ana Ruiz, 52, took office on 14 February 2023, succeeding Ivo Stam.", id="age-beside-succession"),
    ],
)
def test_a_value_refuted_on_its_own_row_does_not_decide_the_wider_clause(body: str) -> None:
    found = _judged_together(body)
    assert found[("clause", "Ana Ruiz, 52")] == Verdict.CONTRADICTED, found  # the false age is still refuted
    assert found[("clause", "Ana Ruiz, 52, took office on 14 February 2023")] == Verdict.SUPPORTED, found


def test_twin_the_true_age_keeps_the_wider_clause_supported() -> None:
    found = _judged_together("Ana Ruiz, 49, took office on 14 February 2023.")
    assert found[("clause", "Ana Ruiz, 49, took office on 14 February 2023")] == Verdict.SUPPORTED, found


# The refutation is not lost where the wider clause states nothing else: 'Ana Ruiz succeeded Ivo Stam on 14 February
# 2022' beside the date claim 'succeeded Ivo Stam on 14 February 2022' holds only its subject besides (the labels'
# 'Chandrachud took office on 9 November 2021' beside 'took office on 9 November 2021'), a clause whose other
# value is false stays refuted by it, and so does one whose other value no page settles (the tuning set's 'Botchwey
# was born on 8 February 1965 in Accra', whose covered label is the false birth date's).
@pytest.mark.parametrize(
    ("body", "clause"),
    [
        pytest.param(
            "Ana Ruiz succeeded Ivo Stam on 14 February 2022.",
            "Ana Ruiz succeeded Ivo Stam on 14 February 2022",
            id="no-other-value",
        ),
        pytest.param(
            "Ana Ruiz, 52, took office on 14 February 2023, succeeding Lena Vos.",
            "took office on 14 February 2023, succeeding Lena Vos",
            id="the-other-value-false",
        ),
        pytest.param(
            "Ana Ruiz, 52, took office on 14 February 2022.",
            "Ana Ruiz, 52, took office on 14 February 2022",
            id="the-other-value-unsettled",
        ),
    ],
)
def test_a_wider_clause_with_nothing_else_true_stays_refuted(body: str, clause: str) -> None:
    found = _judged_together(body)
    assert found[("clause", clause)] == Verdict.CONTRADICTED, found


# A description opening a sentence goes on describing the story's own person (review38 B6: the reading that turned it
# to the other person just named, for review37 R23, was reverted): under a headline naming Ana Ruiz, 'The
# 49-year-old' goes on describing her (the Booker press release's 'Samantha Harvey has won ..., published by Jonathan
# Cape. The winner was announced ...').
def test_a_description_goes_on_describing_the_headlines_person() -> None:
    claims = extract_claims(
        article_from_text("Ana Ruiz meets Ivo Stam\n\nAna Ruiz met Ivo Stam on Monday. The 49-year-old was finance "
                          "minister for a year.\n")
    )  # fmt: skip
    assert {c.subject for c in claims if c.kind == "duration"} == {"Ana Ruiz"}, claims


# The tuning set's 'Yoon, 64, was the country's 12th president' (kr-2025-04-07): the age between commas is a fact of
# its own, as 'Varadkar, 47,' is, though the tagger reads the sentence's first word 'Yoon' as an adverb and a place;
# the article named him in full before ('former President Yoon Suk Yeol'). Told apart, the false age refutes only its
# own row and the true ordinal keeps its support (and the other way round).
def test_an_age_aside_after_a_surname_the_tagger_misread_is_a_claim_of_its_own() -> None:
    text = (
        "South Korea heads for a snap election after court removes Yoon\n\nSEOUL - South Korea must elect a new "
        "president within 60 days after the Constitutional Court removed former President Yoon Suk Yeol from office "
        "on Friday, 4 April.\n\nYoon, 64, was the country's 12th president. He succeeded Moon Jae-in in 2022.\n"
    )
    found = {c.text for c in extract_claims(article_from_text(text)) if c.kind == "clause"}
    assert {"Yoon, 64", "was the country's 12th president"} <= found, found
