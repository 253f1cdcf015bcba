"""A birth date written with its place ('was born in Korvik on 11 August 1973') is the page's birth date when the
page's birth-place row names that place too: the place is no other event's. Found on the Uruguayan subject
(session 26): 'Lacalle Pou was born in Montevideo on 11 August 1973' was left unverified beside his page's
birth date and 'Montevideo, Uruguay' row. Another place leaves the date unverified (the place is checked on its
own), and a wrong day is still contradicted. Invented person and rows."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

AS_OF = dt.date(2025, 2, 27)
LUND = boxed(
    "Ana Lund",
    "Ana Maria Lund (born 11 August 1973) is a Norbian politician.",
    [("birth_date", "11 August 1973"), ("birth_place", "Korvik, Norby")],
)


def _born(text: str, day: str, sentence: str) -> Verdict:
    claim = clause_claim(text, "Ana Lund", "born", sentence, kind="date", value=day, time=text.rsplit(" on ", 1)[-1])
    return verdict(claim, [LUND], AS_OF).verdict


def test_a_birth_date_with_the_pages_birth_place_is_supported():
    said = "Lund was born in Korvik on 11 August 1973."
    assert _born("born in Korvik on 11 August 1973", "1973-08-11", said) == Verdict.SUPPORTED


def test_a_fronted_birth_date_with_the_pages_birth_place_is_supported():
    said = "Born in Korvik on 11 August 1973, Lund is a teacher."
    assert _born("Born in Korvik on 11 August 1973", "1973-08-11", said) == Verdict.SUPPORTED


def test_a_birth_date_with_another_place_is_not_supported():
    said = "Lund was born in Tarsa on 11 August 1973."
    assert _born("born in Tarsa on 11 August 1973", "1973-08-11", said) != Verdict.SUPPORTED


def test_another_day_with_the_pages_birth_place_is_contradicted():
    said = "Lund was born in Korvik on 12 August 1973."
    assert _born("born in Korvik on 12 August 1973", "1973-08-12", said) == Verdict.CONTRADICTED
