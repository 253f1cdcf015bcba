"""True facts in other words stay supported: the shapes news writes a fact in that the base articles did not.
'A native of Norby, she ...' puts where the subject was born before the clause, as 'Alder, a native of Norby,'
does after the name, and the page as it is now gives the birth place the revision of the article's day may lack;
an office called by its own language's word ('Taoiseach') is a title before a name or in an apposition that ends
its sentence. Invented people, places and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, page, verdict
from tests.test_clauses import article
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Claim, Verdict
from verify.retrieve import EvidencePool

SPRING_2025 = dt.date(2025, 3, 1)


def _fronted(body: str) -> list[Claim]:
    return [c for c in extract_claims(article(body)) if c.kind == "clause" and "native" in (c.object or "")]


def test_a_birthplace_description_before_the_clause_is_said_of_its_subject():
    (claim,) = _fronted("Mara Alder won the vote. A native of Norby, she sat in parliament from 1990 to 1994.")
    assert (claim.subject, claim.text, claim.object) == ("Mara Alder", "A native of Norby", "a native of Norby")


def test_a_description_that_is_the_subject_itself_is_no_aside():
    assert _fronted("Mara Alder won the vote. A native of Norby was elected mayor on Monday.") == []


OLD = page("Mara Alder", "Mara Alder is a Vestrian economist.", dt.datetime(2019, 4, 4, tzinfo=dt.UTC))
NOW = boxed("Mara Alder", "Mara Alder is a Vestrian economist.", [("birth_place", "Norby, Vestria")],
            dt.datetime(2025, 9, 9, tzinfo=dt.UTC))  # fmt: skip


def _native_of(place: str) -> Verdict:
    claim = clause_claim(f"A native of {place}", "Mara Alder", "is", f"A native of {place}, she spoke.",
                         object=f"a native of {place}")  # fmt: skip
    pool = EvidencePool(documents=[OLD], by_claim={claim.id: [OLD]}, entities={claim.id: {OLD.url}},
                        current={OLD.url: NOW})  # fmt: skip
    (result,) = judge([claim], pool, SPRING_2025)
    return result.verdict


def test_a_native_reads_the_birth_place_the_current_revision_gives():
    assert _native_of("Norby") == Verdict.SUPPORTED


def test_another_place_the_current_revision_does_not_give_stays_unverified():
    assert _native_of("Southport") == Verdict.UNVERIFIED


def test_an_office_called_by_its_own_word_is_a_title_before_a_name():
    claims = extract_claims(article("Taoiseach Ciarán Dolan met the press on Monday."))
    found = [(c.subject, c.value) for c in claims if c.kind == "role"]
    assert ("Ciarán Dolan", "Taoiseach") in found


def test_a_title_apposition_may_end_its_sentence():
    body = "Nobody came forward to succeed Ciarán Dolan, the Taoiseach."
    found = [(c.subject, c.value, c.text) for c in extract_claims(article(body)) if c.kind == "role"]
    assert ("Ciarán Dolan", "Taoiseach", "Ciarán Dolan, the Taoiseach") in found  # the claim holds the name it is of


def _deputy_under(head: str) -> Verdict:
    """'He served as Tánaiste under X', judged on a page whose term of that office names its Taoiseach in a row."""
    dolan = boxed(
        "Ciarán Dolan",
        "Ciarán Dolan (born 1979) is an Irish politician.",
        [("office", "Tánaiste"), ("term_start", "27 June 2020"), ("term_end", "17 December 2022"),
         ("taoiseach", "Nuala Byrne")],
    )  # fmt: skip
    claim = clause_claim(f"served as Tánaiste under {head}", "Ciarán Dolan", "held office", kind="role",
                         relation="held office", value=f"Tánaiste under {head}")  # fmt: skip
    return verdict(claim, [dolan], SPRING_2025).verdict


def test_a_taoiseach_row_names_the_head_an_office_was_held_under():
    assert _deputy_under("Nuala Byrne") == Verdict.SUPPORTED


def test_another_head_than_the_row_names_supports_nothing():
    assert _deputy_under("Seán Kelly") != Verdict.SUPPORTED


def _ages(body: str) -> list[tuple[str, str | None, str]]:
    return [(c.subject, c.object, c.text) for c in extract_claims(article(body)) if c.predicate == "aged"]


def test_an_age_said_in_a_relative_clause_is_the_aside_of_an_age():
    found = _ages("Ana Berg, who is 37, is due to be elected mayor on 9 April.")
    assert found == [("Ana Berg", "37", "Ana Berg, who is 37")]


def test_an_age_said_in_the_past_is_no_age_of_the_articles_day():
    assert _ages("Ana Berg, who was 37, was elected mayor on 9 April 1990.") == []


def test_a_length_of_office_said_with_was_is_a_duration_of_that_office():
    claims = extract_claims(article("Karl Moen was prime minister of Norland for nearly 14 years."))
    found = [(c.subject, c.text, c.number) for c in claims if c.kind == "duration"]
    assert found == [("Karl Moen", "was prime minister of Norland for nearly 14 years", 14.0)]
