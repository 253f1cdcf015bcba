"""Right words, wrong subject (issue 14): a clause claim that names two parties is about both, and the one the
walk does not take as its subject is its other party (`context`), as 'FIFA suspends Rubiales' is about
Rubiales too. A possessive before a name ("Peter Thiel's Founders Fund") was claimed as the owner's work with the
owner alone as whom it is about; the general set's labels give such words to the thing owned (the fund, the party,
the film), which the claim now names as its other party. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import clauses


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
