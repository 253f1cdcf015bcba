"""A one-word name the recogniser reads as a place or a body, said to hold an office ("Vestby has been chancellor
since 2021"), is a person's (issue 15: de-2025-02-v02's "He was previously her vice chancellor" went to the other
chancellor named before, Scholz being tagged a place, and a true claim came out contradicted). A country said to
hold a chair stays a country."""

from __future__ import annotations

import pytest

from verify.nlp import parse
from verify.nlp.reference import References

TITLE = "{name}'s party slumps as conservatives win"
BODY = (
    "The conservatives won Sunday's election. Chancellor Ana Ruiz called the result bitter. "
    "{name} {said} since 8 December 2021, when he succeeded Eva Lund. "
    "He was previously her finance minister from 2018 to 2021."
)


def meant(name: str, said: str, at: str) -> str | None:
    """Whom the pronoun opening the words `at` stands for, in the article about `name`."""
    title = TITLE.format(name=name)
    text = f"{title}\n\n{BODY.format(name=name, said=said)}\n"
    return References(parse(text), len(title)).person_at(text.index(at))


@pytest.mark.parametrize(
    ("name", "said"),
    [
        pytest.param("Vestby", "has been chancellor", id="a-place-tagged-surname-holding-an-office"),
        pytest.param("Halden", "has been chancellor", id="another-place-tagged-surname"),
        pytest.param("Varga", "has been the chancellor", id="a-body-tagged-surname"),
        pytest.param("Vestby", "has been a lawyer", id="a-calling"),
    ],
)
def test_a_name_said_to_hold_an_office_is_the_persons_he_stands_for(name: str, said: str) -> None:
    assert meant(name, said, "He was previously") == name
    assert meant(name, said, "he succeeded") == name


def test_twin_a_country_said_to_hold_a_chair_is_no_person() -> None:
    assert meant("Norway", "has been chair of the council", "he succeeded") != "Norway"
