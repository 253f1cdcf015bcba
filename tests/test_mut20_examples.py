"""Examples of use for guards that no test showed at work (the last mutations to survive the whole suite in
session 19, and one the session-20 merges left uncaught): a post the person holds under another name that day is
not refuted by a post held beside it, even when the claim says 'the country's'; a body founded twice is supported
by the founding of the claimed year; a start dated in a clause of its own ('when the bank reopened on ...') is the
claimed post's, never another post's; a one-word name written only after 'at' is no person a pronoun means.
Invented people, country, bank and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict
from verify.nlp import parse
from verify.nlp.reference import References

DAY = dt.date(2031, 10, 20)

# a foreign minister whose page names the post as its government does, and who holds a second ministry beside it
TWO_MINISTRIES = boxed(
    "Ilo Marr",
    "Ilo Marr (born 1 October 1984) is a Velmaran politician.",
    [("office", "Secretary of State for Foreign Affairs"), ("term_start", "20 October 2030"),
     ("office2", "Minister for Women and Equalities"), ("term_start2", "20 October 2030")],
)  # fmt: skip


def _holds(value: str, written: str) -> Verdict:
    said = f"{written}, spoke in Ostra."
    claim = clause_claim(written, "Ilo Marr", "holds office", said, kind="role", relation="holds office", value=value,
                         nationality="Velmaran")  # fmt: skip
    return verdict(claim, [TWO_MINISTRIES], DAY).verdict


def test_the_post_held_under_its_governments_name_is_not_refuted_by_a_ministry_held_beside_it():
    assert _holds("foreign minister", "Ilo Marr, the foreign minister") != Verdict.CONTRADICTED


def test_the_countrys_post_held_under_another_name_is_not_refuted_by_a_ministry_held_beside_it():
    written = "Ilo Marr, the country's foreign minister"
    assert _holds("foreign minister of the country", written) != Verdict.CONTRADICTED


def test_a_body_founded_twice_is_supported_by_the_founding_of_the_claimed_year():
    lead = "The Bank of Velmara is Velmara's central bank and banknote issuing authority. It is based in Ostra."
    page = boxed("Bank of Velmara", lead, [("founded", "1911"), ("established", "1 March 1961")])
    text = "became Velmara's central bank in 1961"
    claim = clause_claim(text, "Bank of Velmara", "became", f"The bank, which {text}, is based in Ostra.",
                         object="Velmara's central bank", time="1961", value="Velmara's central bank")  # fmt: skip
    result = verdict(claim, [page], dt.date(2023, 9, 18))
    assert result.verdict == Verdict.SUPPORTED
    assert result.evidence[0].snippet == "Established: 1 March 1961"


def test_a_start_dated_in_a_clause_of_its_own_is_not_the_start_of_another_post():
    page = boxed(
        "Odo Brand",
        "Odo Brand is a Vestrian economist.",
        [("office", "Governor of the Central Bank of Vestria"), ("term_start", "18 September 2024"),
         ("term_end", "17 September 2031")],
    )  # fmt: skip
    text = "became deputy governor when the bank reopened on 18 September 2024"
    claim = clause_claim(text, "Odo Brand", "became", f"Odo Brand {text}.", kind="date", value="18 September 2024",
                         time="18 September 2024")  # fmt: skip
    assert verdict(claim, [page], dt.date(2031, 9, 18)).verdict != Verdict.SUPPORTED


def test_sworn_in_as_a_post_is_not_supported_by_another_post_begun_that_day():
    """'sworn in as deputy governor': the 'in' before 'as' is the verb's, not the time's, so the post is read
    (closed by s21-fs21a; a strict xfail before)."""
    page = boxed(
        "Mara Quell",
        "Mara Quell is a Vestrian economist.",
        [("office", "Governor of the Central Bank of Vestria"), ("term_start", "18 September 2031"),
         ("office2", "Deputy Governor of the Central Bank of Vestria"), ("term_start2", "2 April 2030"),
         ("term_end2", "17 September 2031")],
    )  # fmt: skip
    text = "was sworn in as deputy governor on 18 September 2031"
    claim = clause_claim(text, "Mara Quell", "sworn in", f"Mara Quell {text}.", kind="date", value="18 September 2031",
                         time="18 September 2031")  # fmt: skip
    assert verdict(claim, [page], dt.date(2031, 9, 20)).verdict != Verdict.SUPPORTED


def test_a_one_word_name_written_only_after_at_is_no_person_a_pronoun_beside_it_means():
    """'The crowd at Valhalla cheered as he won': the recogniser reads 'Valhalla' as a person, but the article
    writes it only after 'at', so 'he' is the golfer named before (mutation name-only-after-at-still-a-person)."""
    title = "Rory Dunne wins golf major"
    text = f"{title}\n\nRory Dunne won on Sunday. The crowd at Valhalla cheered as he won again.\n"
    references = References.of(parse(text), len(title) + 2)
    he = next(t for t in references.parsed.doc if t.text == "he")
    assert references.person_before(he.i) == "Rory Dunne"
