"""Session 48, helper ext48c: the thing a definite description stands for when an earlier mention of its noun
had a possessor (issue 14): the thing the body itself said is one of that sort wins over whose the earlier one was."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims


def _count_owners(headline: str, body: str) -> dict[str, str | None]:
    """Each count's words -> the entity it is about (its context)."""
    text = f"{headline}\n\n{body}\n"
    article = Article(path="s.txt", stem="s", sha256="0", title=headline, text=text)
    return {c.text: c.context for c in extract_claims(article) if c.kind == "quantity"}


# "the lander" after "Norby Aerospace's Falcon lander" is the lander the body said was one ("Kestrel, a four-legged
# Vega-B lander"; "Tessa Mission One was a robotic lander"), not Norby Aerospace; with no such thing, the
# possessor's lander is still the one meant
@pytest.mark.parametrize(
    ("headline", "body", "count", "owner"),
    [
        (
            "Kestrel on the Moon: what the landing achieved",
            "Kestrel, a four-legged Vega-B lander about 13 feet tall, touched down on 22 February.\n\n"
            "Earlier attempts had failed: Norby Aerospace's Falcon lander, launched in January, was crippled by a "
            "fuel leak.\n\n"
            "The agency is paying Harlan Machines $118 million, and the lander also holds six commercial payloads.",
            "six commercial payloads",
            "Kestrel",
        ),
        (
            "Why Norby's Tessa lander never reached the Moon",
            "Tessa was meant to be the first private craft to land softly on the Moon.\n\n"
            "Tessa Mission One was a robotic lander built by Norby Aerospace, a Pittsburgh company. "
            "The lander weighed 1,283 kg at launch.",
            "1,283 kg",
            "Tessa Mission One",
        ),
        (
            "Moon landing attempt fails",
            "Earlier attempts had failed: Norby Aerospace's Falcon lander, launched in January, was crippled by a "
            "fuel leak.\n\n"
            "The agency is paying Harlan Machines $118 million, and the lander also holds six commercial payloads.",
            "six commercial payloads",
            "Norby Aerospace",
        ),
    ],
    ids=["set-beside-wins", "said-to-be-wins", "possessor-stays-when-nothing-else-is-one"],
)
def test_the_thing_called_by_the_noun_wins_over_an_earlier_possessor(
    headline: str, body: str, count: str, owner: str
) -> None:
    assert _count_owners(headline, body)[count] == owner
