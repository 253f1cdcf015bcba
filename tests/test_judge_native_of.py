"""'A native of <place>' describes where the subject was born: the page's birth place supports it. It may
also mean where they grew up, so another birth place refutes nothing. Invented subject and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim, page, verdict
from verify.models import InfoboxField, Verdict

SPRING_2025 = dt.date(2025, 3, 1)
ALDER = page("Mara Alder", "Mara Alder (born 1970) is a Vestrian economist. Alder was born in Norby, Vestria.")
ALDER_ROW = ALDER.model_copy(update={"infobox": [InfoboxField(label="birth_place", value="Norby, Vestria")]})


def native_of(place: str, pages=None) -> Verdict:
    sentence = f"Alder, a native of {place}, spoke on Monday."
    said = clause_claim(f"Alder, a native of {place}", "Mara Alder", "is", sentence, object=f"a native of {place}")
    return verdict(said, pages or [ALDER], SPRING_2025).verdict


def test_the_birth_place_a_sentence_gives_supports_a_native():
    assert native_of("Norby") == Verdict.SUPPORTED


def test_the_birth_place_row_supports_a_native():
    assert native_of("Norby", [ALDER_ROW]) == Verdict.SUPPORTED


def test_another_place_is_neither_supported_nor_refuted():
    assert native_of("Southport") == Verdict.UNVERIFIED
    assert native_of("Southport", [ALDER_ROW]) == Verdict.UNVERIFIED
