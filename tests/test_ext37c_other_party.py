"""Right words, wrong subject (issue 14): a clause claim that names two parties is about both, and the one the
walk does not take as its subject is its other party (`context`), as 'FIFA suspends Rubiales' is about
Rubiales too. A possessive before a name ("Peter Thiel's Founders Fund") was claimed as the owner's work with the
owner alone as whom it is about; the general set's labels give such words to the thing owned (the fund, the party,
the film), which the claim now names as its other party. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import clauses
from verify import names


@pytest.mark.parametrize(
    ("body", "words", "owner", "owned"),
    [
        pytest.param(
            "Investors, among them Lena Vos's Harbour Fund, pulled their money from the bank in March 2023.",
            "Lena Vos's Harbour Fund",
            "Lena Vos",
            "Harbour Fund",
            id="a-persons-fund",
        ),
        pytest.param(
            'The Grand Jury Prize went to Maria Holmberg\'s "Northern Lights" in 2024.',
            'Maria Holmberg\'s "Northern Lights"',
            "Maria Holmberg",
            "Northern Lights",
            id="a-directors-film-in-quotes",
        ),
    ],
)
def test_a_possessives_owned_name_is_the_claims_other_party(body: str, words: str, owner: str, owned: str) -> None:
    found = [(c.subject, c.context) for c in clauses(body) if c.text == words]
    assert found == [(owner, owned)], [(c.subject, c.context, c.text) for c in clauses(body)]


@pytest.mark.parametrize(
    "words",
    [
        pytest.param("Eugene Paul Marlow was born on 30 January 1930 in Varberg", id="the-birth-name-itself"),
        pytest.param("16 he joined the navy", id="he-after-the-birth-name"),
    ],
)
def test_a_given_names_long_form_is_the_person_the_story_named_first(words: str) -> None:
    """A profile gives the full birth name after the name the person went by ('Gene Hackman' ... 'Eugene Allen
    Hackman was born'): one person, whom the pronouns after it still mean, as the general set labels them
    (Gene is Eugene's short form: verify/lexicons/names.toml `nicknames`)."""
    body = (
        "Gene Marlow, the actor, died on 3 March 2025 in Lund. "
        "Eugene Paul Marlow was born on 30 January 1930 in Varberg. At 16 he joined the navy."
    )
    assert [c.subject for c in clauses(body) if c.text == words] == ["Gene Marlow"]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param(
            "Juan Carlos Ortega, a former mayor of Varn, was sentenced on 3 May 2024 to 20 years in prison. "
            "Ortega, 55, was arrested in 2022. His brother, Juan Pablo Ortega, was sentenced in 2021.",
            "was arrested in 2022",
            id="the-surname-after-both-brothers",
        ),
    ],
)
def test_kin_sharing_a_first_given_name_are_two_people(body: str, words: str) -> None:
    """Brothers may share a first given name and differ in the second ('Juan Orlando Hernández' and his brother
    'Juan Antonio "Tony" Hernández'): two people, so the surname alone stays the one the story named first."""
    assert [c.subject for c in clauses(body) if c.text == words] == ["Juan Carlos Ortega"]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        pytest.param("Juan Carlos Ortega", 'Juan Pablo "Pablito" Ortega', False, id="brothers-second-names-apart"),
        pytest.param("Juan Carlos Ortega", "Juan C. Ortega", True, id="an-initial-fits-its-name"),
        pytest.param("Juan Ortega", "Juan Pablo Ortega", True, id="one-given-name-written"),
    ],
)
def test_a_second_given_name_apart_tells_two_people(one: str, other: str, same: bool) -> None:
    assert names.same_person(one, other) is same
