"""'He succeeded X, and was head of government of Y from 2000': the succession names no office of its own, so
it is in the office the subject held on the article's day; an office the next clause names is that clause's
(issue 15, wrong predecessor)."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, verdict
from tests.support.judging import clause_claim as claim
from verify.models import Verdict

DARO = boxed(
    "Ivo Daro",
    "Ivo Daro (born 3 May 1954) is a Vestrian politician who has been president of Vestria since 2018.",
    [("office", "President of Vestria"), ("term_start", "1 December 2018"), ("predecessor", "Anna Kell"),
     ("office2", "Head of Government of Port Lira"), ("term_start2", "5 December 2000"), ("term_end2", "29 July 2005"),
     ("predecessor2", "Rosa Vane"), ("birth_date", "3 May 1954")],
)  # fmt: skip
SUMMER = dt.date(2024, 6, 4)


def _succeeded(name: str, rest: str):
    sentence = f"He succeeded {name}, and was {rest}."
    return claim(f"He succeeded {name}", "Ivo Daro", "succeeded", sentence, object=name, value=name)


def test_a_succession_beside_another_clauses_office_is_in_the_office_held_on_the_day():
    result = verdict(_succeeded("Jon Barr", "head of government of Port Lira from 2000 to 2005"), [DARO], SUMMER)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Anna Kell" in result.evidence[0].snippet


def test_the_true_predecessor_beside_another_clauses_office_is_supported():
    result = verdict(_succeeded("Anna Kell", "head of government of Port Lira from 2000 to 2005"), [DARO], SUMMER)
    assert result.verdict == Verdict.SUPPORTED


def test_a_succession_naming_an_office_the_infobox_does_not_list_is_left_open():
    sentence = "He succeeded Jon Barr as party treasurer, and was head of government of Port Lira from 2000 to 2005."
    said = claim("He succeeded Jon Barr", "Ivo Daro", "succeeded", sentence, object="Jon Barr", value="Jon Barr")
    assert verdict(said, [DARO], SUMMER).verdict == Verdict.UNVERIFIED
