"""A post named after a past-tense verb of a spell ('spent ten years as', 'worked as', 'served as') was held
before and may have ended since: the role claim is 'held office', which a page's ended term supports,
not 'holds office', which it would refute."""

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("Before that Ana Lund spent ten years as governor of the central bank.", "held office"),
        ("Ana Lund served as governor of the central bank.", "held office"),
        ("Ana Lund serves as governor of the central bank.", "holds office"),
    ],
)
def test_a_past_spell_in_a_post_is_held_office(sentence: str, relation: str):
    article = article_from_text(f"Story\n\n{sentence}\n")
    roles = [c for c in extract_claims(article) if c.kind == "role" and "governor" in (c.value or "")]
    assert roles, [c.text for c in extract_claims(article)]
    assert {c.relation for c in roles} == {relation}
