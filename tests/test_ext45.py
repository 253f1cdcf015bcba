"""ext45: extraction recall on the shapes of real news (issue 14). Invented stories."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims


def _claims(headline: str, body: str) -> list[tuple[str, str, str]]:
    text = f"{headline}\n\n{body}\n"
    article = Article(path="s.txt", stem="s", sha256="0", title=headline, text=text)
    return [(c.kind, c.subject, c.text) for c in extract_claims(article)]


# A participle of place on the noun a copula says a company is ('X is a company headquartered in Y'): where X is
# based, as the same participle set beside the name by commas says it
PREDICATE_PARTICIPLES = {
    "headquartered": ("Korvik Pharma is a global drug company headquartered in Norby, Ohio.", "headquartered in"),
    "after a comma": ("Korvik Pharma is a large oil company, headquartered in Norby, Texas, with 900 staff.", "in"),
    "based": ("Korvik Pharma is a biotechnology company based in Norby, New Jersey, with 300 staff.", "based in"),
}


@pytest.mark.parametrize("sentence, words", PREDICATE_PARTICIPLES.values(), ids=PREDICATE_PARTICIPLES.keys())
def test_a_place_participle_on_a_copulas_noun_is_the_subjects_base(sentence: str, words: str) -> None:
    claims = _claims("Korvik Pharma to buy Stennor", f"Korvik Pharma agreed to buy Stennor on Monday.\n\n{sentence}")
    assert any(s == "Korvik Pharma" and words in text and "Norby" in text for _, s, text in claims), claims


# ... but a participle on a noun the copula does not say the subject is stays the noun's: no place of the subject
def test_a_participle_on_an_object_noun_is_not_the_subjects_base() -> None:
    claims = _claims("Korvik Pharma buys a plant", "Korvik Pharma bought a plant located in Norby, Ohio, on Monday.")
    assert not any(s == "Korvik Pharma" and text.startswith("located in") for _, s, text in claims), claims


# ... nor on the noun a copula says a pronoun is ('It was the first summit held in the Amazon'): the summit's place, not
# that of whatever the pronoun stands for
def test_a_participle_on_a_pronouns_copula_noun_is_not_the_named_ones_base() -> None:
    body = "Norby hosted the talks, which ended on Friday. It was the first summit held in the Amazon."
    claims = _claims("Norby hosts a summit", body)
    assert not any(s == "Norby" and "held in the Amazon" in text for _, s, text in claims), claims
