"""Deeds the clause walk reads beside a clause it already claimed: a verb joined to it with no subject of its
own ('it struck a reef and sank'), a side clause whose pronoun subject the walk has resolved ('until he
declined to stand again'), and 'he' inside a 'who' clause set on a named person, who is that person rather
than whoever the paragraph named last. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import clauses


@pytest.mark.parametrize(
    ("body", "who", "deed"),
    [
        ("The tanker Vega left Oslo in May. It struck a reef near Kristiansand and sank.", "Vega", "sank"),
        ("The lander Odin reached the Moon on Thursday. It hit a crater wall and tipped over.", "Odin", "tipped"),
    ],
    ids=["sank", "tipped"],
)
def test_a_verb_joined_to_a_claimed_clause_is_a_deed_of_its_subject(body: str, who: str, deed: str) -> None:
    found = [c for c in clauses(body) if c.predicate == deed]
    assert [c.subject for c in found] == [who]
    assert found[0].text.startswith(deed)  # the joined verb's own words, not the first clause's again


@pytest.mark.parametrize(
    ("body", "who"),
    [
        ("Karl Moen won the vote in Oslo. Moen was mayor from 2011 until he declined to stand again.", "Karl Moen"),
        ("Ada Holm joined the club in 2015. Holm played in goal until she agreed to coach the youth team.", "Ada Holm"),
    ],
    ids=["declined", "agreed"],
)
def test_a_side_clause_with_a_resolved_pronoun_is_that_persons_deed(body: str, who: str) -> None:
    side = [c for c in clauses(body) if c.text.startswith(("he ", "she "))]
    assert [c.subject for c in side] == [who]


def test_he_in_a_who_clause_is_the_person_it_describes() -> None:
    # the recogniser reads 'Kumar' here as a place, so the paragraph's last person is Ola Lund
    body = (
        "Ola Lund won the final in Oslo on Sunday. Anand Kumar, who was champion from 2013 until he declined to"
        " defend the title, still plays rapid events in Chennai."
    )
    found = clauses(body)
    champion = next(c.subject for c in found if c.object == "champion")
    assert "Kumar" in champion
    assert [c.subject for c in found if c.predicate == "declined"] == [champion]


def test_a_verb_joined_to_an_unclaimed_clause_stays_unclaimed() -> None:
    body = "The tanker Vega left Oslo in May. Some said it was lucky and sailed on."  # 'was lucky' is no claim
    assert not [c for c in clauses(body) if c.predicate == "sailed"]
