"""Tests for mutations whose remembered killer stopped failing (session 22, helper mutkill3). Invented people."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Verdict

AS_OF = dt.date(2025, 6, 1)
_BORN = boxed(
    "Aine Corr",
    "Aine Corr (born 3 May 1986) is a Velmaran politician. She was born in Norby.",
    [("birth_date", "3 May 1986"), ("birth_place", "Norby, Velmara")],
)


# a-date-claim-covers-the-clauses-place, a-date-claim-claims-every-value: the date claim on 'born in Norby on
# 3 May 1985' holds the date only; the clause claim on the same words keeps the place, and is judged by the date
# it also gives (a wrong one contradicts it).
@pytest.mark.parametrize("day", ["3 May 1985", "May 3, 1985"])
def test_the_clause_claim_keeps_the_place_a_date_claim_shares_its_words_with(day: str) -> None:
    claims = extract_claims(article_from_text(f"Story\n\nAine Corr was born in Norby on {day}.\n", as_of=AS_OF))
    clauses = [c for c in claims if c.kind == "clause" and day in c.text]
    assert [c.value for c in clauses] == ["Norby"]
    assert verdict(clauses[0], [_BORN], AS_OF).verdict == Verdict.CONTRADICTED


# rank-stated-anywhere-in-the-sentence: the rank and the post must stand within a few lower-case words of each
# other; a rank of the person among others ('the youngest in her family') with the post further on
# in the sentence does not state 'the youngest vice president'.
_VP_DAY = dt.date(2031, 10, 20)
_VP_ROWS = [("office", "Vice President of Velmara"), ("term_start", "20 October 2031")]


def _youngest_vice_president(lead: str) -> Verdict:
    said = "Ilo Marr, 37, is the youngest vice president in the country's history."
    c = clause_claim("Ilo Marr, 37, is the youngest vice president", "Ilo Marr", "holds office", said, kind="role",
                     relation="holds office", value="youngest vice president")  # fmt: skip
    return verdict(c, [boxed("Ilo Marr", lead, _VP_ROWS)], _VP_DAY).verdict


def test_a_rank_among_others_far_from_the_post_does_not_state_it() -> None:
    lead = ("Ilo Marr (born 1 October 1994) is a Velmaran politician, the youngest in her family, who became vice "
            "president of Velmara.")  # fmt: skip
    assert _youngest_vice_president(lead) == Verdict.UNVERIFIED


def test_the_rank_beside_the_post_states_it() -> None:
    lead = "Ilo Marr (born 1 October 1994) is a Velmaran politician, the youngest vice president of Velmara."
    assert _youngest_vice_president(lead) == Verdict.SUPPORTED


# succession-in-another-post: a support from a row of another post is set aside later (`_post_stated`), but a
# handover that row dates after the article's day would refute 'succeeded Per Olsen as ...' told as done; a row of
# another post than the sentence names says nothing of that succession, either way.
_SUCCESSION_DAY = dt.date(2024, 4, 1)


def _succeeded_before_the_handover(post: str, office: str) -> Verdict:
    sentence = f"Tove Brandt succeeded Per Olsen as {post}."
    claim = clause_claim("Tove Brandt succeeded Per Olsen", "Tove Brandt", "succeeded", sentence, object="Per Olsen")
    rows = [("office", office), ("term_start", "3 June 2019"), ("term_end", "2 September 2024"),
            ("successor", "Tove Brandt")]  # fmt: skip
    olsen = boxed("Per Olsen", "Per Olsen (born 1971) is a Vestrian politician.", rows)
    brandt = page("Tove Brandt", "Tove Brandt (born 3 May 1966) is a Vestrian politician.")
    return verdict(claim, [brandt, olsen], _SUCCESSION_DAY).verdict


@pytest.mark.parametrize(
    ("post", "office"),
    [
        ("secretary-general of the Harbour Party", "Leader of the Opposition"),
        ("leader of the opposition", "Deputy Leader of the Opposition"),
    ],
)
def test_a_later_handover_in_another_post_does_not_refute_the_succession(post: str, office: str) -> None:
    assert _succeeded_before_the_handover(post, office) == Verdict.UNVERIFIED


def test_a_later_handover_in_the_post_named_refutes_the_succession_told_as_done() -> None:
    found = _succeeded_before_the_handover("leader of the opposition", "Leader of the Opposition")
    assert found == Verdict.CONTRADICTED
