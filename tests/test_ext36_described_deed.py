"""A deed told of a definite description the walk reads as a name said before ('The court found the law void'
after 'The Norby Supreme Court', 'The board has formed a search committee' after 'Korvik Bank') is as much a fact
about that body or thing as the same deed told of its name: an editor checks it against the name. News names a
body once and then calls it by its noun; the walk already knew whom 'the court' meant, but claimed its deed only
when the clause carried a value ('the court ordered a new vote in March'), never a bare deed. A description that
names something in its own words ('The collapse of Korvik Bank') points back at no one. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import clauses


@pytest.mark.parametrize(
    ("body", "named", "verb"),
    [
        pytest.param(
            "The Norby Supreme Court heard the appeal in May. The court found the law unconstitutional.",
            "Norby Supreme Court",
            "found",
            id="court-found",
        ),
        pytest.param(
            "Korvik Bank reported results on Monday. The board has formed a search committee.",
            "Korvik Bank",
            "formed",
            id="board-formed",
        ),
        pytest.param(
            "The Vestby Dam was finished in 1977. The dam burst after days of rain.",
            "Vestby Dam",
            "burst",
            id="dam-burst",
        ),
    ],
)
def test_a_described_bodys_deed_is_a_claim_about_the_body(body: str, named: str, verb: str) -> None:
    second = body.split(". ", 1)[1]
    found = [(c.subject, c.text) for c in clauses(body)]
    assert any(subject == named and f" {verb}" in text and text in second for subject, text in found), found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The crash of a Nordair Boeing 737 shook the industry.", id="crash-of-a-jet"),
        pytest.param("The collapse of Korvik Bank shook the markets.", id="collapse-of-a-bank"),
    ],
)
def test_a_description_naming_its_own_thing_points_back_at_no_one(body: str) -> None:
    assert clauses(body) == []


# A description read as a name the recogniser took for no person, body or country (a time, a prize) is too loose a
# reading to claim a bare deed of: 'The night belonged to the storm' is no fact about 'Sunday night'.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Hurricane Vela formed on Sunday night. The night belonged to the storm.", id="night"),
        pytest.param("Lena Vos won the Lund Prize in 2020. The prize came late.", id="prize"),
    ],
)
def test_a_description_read_as_no_actor_gives_no_deed(body: str) -> None:
    second = body.split(". ", 1)[1]
    assert [(c.subject, c.text) for c in clauses(body) if c.text in second] == []


# A post's holder told in a present-tense passive ('the emir is chosen from ...') is how the post is filled, a rule
# of the post, not a deed of the holder the article named: no claim about him (the first version of the reading gave
# 'the emir is chosen from the descendants of ...' to the emir who had died, unverified on every page).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Emir Karl Moen of Norby died on Saturday at 86. "
            "Under the rules of succession, the emir is chosen from the descendants of Ivo Stam.",
            id="rules-of-succession",
        ),
        pytest.param(
            "The emir of Norby, Karl Moen, died on Saturday. The emir is chosen from the descendants of Ivo Stam.",
            id="bare",
        ),
    ],
)
def test_how_a_post_is_filled_is_no_deed_of_its_holder(body: str) -> None:
    assert [(c.subject, c.text) for c in clauses(body) if "chosen" in c.text] == []
