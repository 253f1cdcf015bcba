"""A clause read from a pronoun ('She succeeded Ivo Brand') is set aside when another person's page
states it, as the pronoun may mean them; not when that page speaks of its person only with the other
kind of pronoun; and a predecessor named with an accented capital ('Élodie Marchal') is a name like any
other. Each test names the counterexample that must stay undecided."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim, page, verdict
from verify.models import Claim, Document, InfoboxField, Verdict

DAY = dt.date(2031, 4, 2)


def _person(title: str, text: str, predecessor: str) -> Document:
    rows = [("office", "President of Vestria"), ("term_start", "1 June 2030"), ("predecessor", predecessor),
            ("office2", "Minister of Finance"), ("term_start2", "1 May 2020"), ("term_end2", "1 May 2024")]  # fmt: skip
    return page(title, text).model_copy(update={"infobox": tuple(InfoboxField(label=k, value=v) for k, v in rows)})


ALDER = _person(
    "Mara Alder",
    "Mara Alder (born 2 March 1971) is a Vestrian physicist. She leads the Union, and her party won.",
    "Lev Dorn",
)
DORN_TEXT = "Lev Dorn (born 9 May 1950) is a Vestrian politician. He was president, and his party lost in 2030."
DORN = _person("Lev Dorn", DORN_TEXT, "Ivo Brand")
SUCCEEDED_BRAND = "succeeded Ivo Brand"


def succession(words: str) -> Claim:
    return clause_claim(words, "Mara Alder", "succeeded", f"{words}.", object="Ivo Brand")


def test_she_is_not_the_man_whose_page_gives_that_predecessor():
    """'She succeeded Ivo Brand' read as Alder's: Dorn's page gives Brand as his predecessor, but speaks of
    Dorn only as 'he', so the pronoun is not his and Alder's own predecessor refutes the claim."""
    result = verdict(succession(f"She {SUCCEEDED_BRAND}"), [ALDER, DORN], DAY)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Lev Dorn as predecessor" in result.rationale


def test_he_may_be_the_man_whose_page_gives_that_predecessor():
    """Counterexample: 'He succeeded Ivo Brand' given to Alder may mean Dorn, whose page states it."""
    assert verdict(succession(f"He {SUCCEEDED_BRAND}"), [ALDER, DORN], DAY).verdict == Verdict.UNVERIFIED


def test_a_page_with_both_kinds_of_pronoun_may_still_be_the_pronouns_person():
    """Counterexample: Dorn's page also speaking of his wife as 'she' tells nothing of the pronoun."""
    both = _person("Lev Dorn", f"{DORN_TEXT} His wife said she was proud.", "Ivo Brand")
    assert verdict(succession(f"She {SUCCEEDED_BRAND}"), [ALDER, both], DAY).verdict == Verdict.UNVERIFIED


def test_she_is_not_given_to_a_subject_whose_own_page_speaks_of_a_man():
    """Counterexample: the subject's own page says only 'he': 'she' is neither of the two men, no refutation."""
    his = _person(
        "Mara Alder", "Mara Alder (born 2 March 1971) is a Vestrian physicist. He leads his party.", "Lev Dorn"
    )
    assert verdict(succession(f"She {SUCCEEDED_BRAND}"), [his, DORN], DAY).verdict == Verdict.UNVERIFIED


# -- a name opening with an accented capital ------------------------------------------------------------------
def test_a_predecessor_named_with_an_accented_capital_is_a_name_the_infobox_refutes():
    """'succeeding Élodie Marchal' is a succession like any other: Alder's page gives Lev Dorn."""
    claim = clause_claim("Alder succeeded Élodie Marchal", "Mara Alder", "succeeded", object="Élodie Marchal")
    result = verdict(claim, [ALDER], DAY)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Lev Dorn as predecessor" in result.rationale


def test_an_accented_name_the_infobox_writes_without_its_accent_supports():
    """Counterexample: the page's 'Elodie Marchal' is the claim's 'Élodie Marchal', never a rival."""
    page_ = _person("Mara Alder", ALDER.text, "Elodie Marchal")
    claim = clause_claim("Alder succeeded Élodie Marchal", "Mara Alder", "succeeded", object="Élodie Marchal")
    assert verdict(claim, [page_], DAY).verdict == Verdict.SUPPORTED
