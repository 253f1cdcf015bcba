"""A correction notice's account of the error ("An earlier version of this article said ...") is no claim of the
article; the corrected fact after it is (desk20 X2: the retracted birthplace was contradicted, a false alarm on
every desk's corrected copy). Invented person and towns."""

from __future__ import annotations

from tests.test_clauses import article
from verify.extract import extract_claims

BODY = (
    "Ilo Marr, 52, was elected president of the court on Tuesday.\n\n"
    "Correction: An earlier version of this article said Marr was born in Ostra. She was born in Norby."
)


def test_the_retracted_words_are_no_claim() -> None:
    assert not [c for c in extract_claims(article(BODY)) if "Ostra" in c.text]


def test_the_corrected_fact_is_a_claim() -> None:
    assert [c for c in extract_claims(article(BODY)) if "Norby" in c.text]
