"""A definite description whose noun names a sort of thing ('The spacecraft left ...') points back to the nearest
thing named before it, in its paragraph or the one before, that the article called by a noun of that sort: 'a
robotic lander', 'a probe' (verify/lexicons/names.toml `sorts_of_things`). News names a craft, a company or a
film once and then calls it by what it is; the walk knew only descriptions whose noun ends the name ('the court'
after 'the Norby Supreme Court') or repeats the noun said with it ('the lander' after 'the Vikram lander'), and
gave the deed of any other to no one. A thing never so called, or called so only paragraphs back, is still no
one's: a description may as well bring in something new, unless the headline names the one thing of that sort, the
story's own. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import clauses
from verify.extract import extract_claims
from verify.models import Article


@pytest.mark.parametrize(
    ("body", "named"),
    [
        pytest.param(
            "Korvik Space built Tessa-2, a robotic lander, for the Lund agency. "
            "The spacecraft left the Varn launch site on 2 May 2023.",
            "Tessa-2",
            id="lander-set-beside-then-spacecraft",
        ),
        pytest.param(
            "Tessa-2 was a robotic lander built by Korvik Space. "
            "The spacecraft left the Varn launch site on 2 May 2023.",
            "Tessa-2",
            id="said-to-be-a-lander-then-spacecraft",
        ),
    ],
)
def test_a_description_of_its_sort_is_the_thing_so_called(body: str, named: str) -> None:
    found = [(c.subject, c.text) for c in clauses(body)]
    assert (named, "The spacecraft left the Varn launch site on 2 May 2023") in found, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Korvik Space built Tessa-2 for the Lund agency. The spacecraft left the Varn launch site on 2 May 2023.",
            id="never-called-a-craft",
        ),
        pytest.param(
            "The Tessa-2 lander was built by Korvik Space.\n\nIt cost $90 million.\n\nThe Lund agency paid for it."
            "\n\nThe spacecraft left the Varn launch site on 2 May 2023.",
            id="called-so-paragraphs-back",
        ),
        pytest.param(  # a body's name before a noun tells what it owns or makes, not what it is
            "The Lund agency bought two Astra Mining satellites in 2020. "
            "The spacecraft left the Varn launch site on 2 May 2023.",
            id="a-makers-satellites",
        ),
    ],
)
def test_a_description_no_thing_near_was_called_by_is_no_ones(body: str) -> None:
    assert [c.subject for c in clauses(body) if c.text.startswith("The spacecraft")] == []


def headed(headline: str, body: str) -> list[tuple[str | None, str]]:
    """The clause claims of a story under its own headline."""
    text = f"{headline}\n\n{body}\n"
    found = extract_claims(Article(path="story.txt", stem="story", sha256="0", title=headline, text=text))
    return [(c.subject, c.text) for c in found if c.kind == "clause"]


FAR = (
    "Astra Space launched it in May.\n\nIt cost $90 million.\n\nThe Lund agency paid for it."
    "\n\nThe spacecraft left the Varn launch site on 2 May 2023."
)


def test_a_description_far_from_any_name_of_its_sort_is_the_headlines_thing() -> None:
    found = headed("Why Astra Space's Tessa-2 lander lost power", FAR)
    assert ("Tessa-2", "The spacecraft left the Varn launch site on 2 May 2023") in found, found


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        pytest.param("Why Astra Space's Tessa-2 lander and Lund's Veo probe lost power", FAR, id="two-in-the-headline"),
        pytest.param(  # a place's name before a noun tells where a thing goes, not what the place is
            "Why two Mars missions failed",
            "The spacecraft left the Varn launch site on 2 May 2023.",
            id="a-places-missions",
        ),
    ],
)
def test_a_headline_naming_no_one_thing_of_the_sort_gives_no_one(headline: str, body: str) -> None:
    assert [subject for subject, text in headed(headline, body) if text.startswith("The spacecraft")] == []
