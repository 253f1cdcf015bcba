"""A vote count whose clause names its side before it ('Mara Alder, of the Harbour Party, took more than
12 million votes'): when every side the clause names stands in the subject's own infobox group, the
subject's vote row may support a figure it rounds to. Each test names what must stay undecided."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim, page, verdict
from verify.models import Claim, Document, InfoboxField, Verdict

DAY = dt.date(2031, 5, 10)
ROWS = [
    ("candidate1", "Mara Alder"), ("party1", "Harbour Party"), ("popular_vote1", "12,480,311"),
    ("candidate2", "Ivo Brand"), ("party2", "Green League"), ("popular_vote2", "10,112,000"),
]  # fmt: skip
VOTES: Document = page("2031 Vestrian presidential election", "").model_copy(
    update={"infobox": tuple(InfoboxField(label=k, value=v) for k, v in ROWS)}
)


def took(sentence: str, words: str, number: float) -> Claim:
    return clause_claim(words, "Mara Alder", "count", sentence, kind="quantity", number=number, unit="votes",
                        context="Mara Alder")  # fmt: skip


def test_a_count_after_the_subject_and_her_party_is_her_row_it_rounds_to():
    claim = took("Alder, of the Harbour Party, took more than 12 million votes.", "more than 12 million votes", 12e6)
    result = verdict(claim, [VOTES], DAY)
    assert result.verdict == Verdict.SUPPORTED
    assert "12,480,311" in result.rationale


def test_a_count_after_a_rival_named_beside_the_subject_is_not_her_row():
    """Counterexample: 'Alder's rival Brand took ...' read as Alder's count: Brand is in another group."""
    sentence = "Alder's rival Ivo Brand took more than 12 million votes."
    assert verdict(took(sentence, "more than 12 million votes", 12e6), [VOTES], DAY).verdict == Verdict.UNVERIFIED


def test_a_count_after_a_rival_party_sharing_a_word_with_hers_is_not_her_row():
    """Counterexample: 'the Green Party' shares 'Party' with her 'Harbour Party' but is not hers."""
    sentence = "Alder, backed by the Green Party, took more than 12 million votes."
    assert verdict(took(sentence, "more than 12 million votes", 12e6), [VOTES], DAY).verdict == Verdict.UNVERIFIED


def test_the_subjects_row_never_refutes_a_count_named_after_her():
    """Counterexample: a figure her row does not round to is no conflict read this way (the page may count
    another round or another ballot)."""
    claim = took("Alder, of the Harbour Party, took more than 15 million votes.", "more than 15 million votes", 15e6)
    assert verdict(claim, [VOTES], DAY).verdict == Verdict.UNVERIFIED
