"""A name's first word stands for a person alone ("Chen Haoran ... Chen said") only when the name is a
person's (verify/nlp/reference.py `_family_first`, `_names_no_person`): a storm, a river, an agency or a
company whose name the recogniser or the article's cues take for a person's gives no one its first word."""

from __future__ import annotations

import pytest

from verify.nlp import parse
from verify.nlp.reference import References


def references(headline: str, body: str) -> References:
    text = f"{headline}\n\n{body}\n"
    return References(parse(text), len(headline))


def persons(refs: References, word: str) -> list[bool]:
    """Whether each mention of `word` in the body counts as a person."""
    return [refs.is_person(t) for t in refs.parsed.doc if t.text == word and t.idx >= refs.body_start]


@pytest.mark.parametrize(
    ("headline", "body", "word"),
    [
        (  # a storm's name, the noun for it written in it and in lower case elsewhere
            "Floods hit Texas",
            "KERRVILLE — Rain from Storm Barry fell on the hills on Friday, officials said. Forecasters had "
            "tracked Storm Barry for a week. Storm warnings stayed in force on Saturday.",
            "Storm",
        ),
        (  # a nationality opening a river's name
            "Floods hit Carolina",
            "ASHVILLE — Rain fell for three days. The French Broad River in Asheville crested at 24 feet on "
            "Friday. French said the town would rebuild.",
            "French",
        ),
        (  # a nationality inside a company's name
            "Niccol joins Starbucks",
            "SEATTLE — Brian Niccol will lead Starbucks. He ran Verno Italian Kitchen for six years. Under him "
            "Verno's revenue doubled.",
            "Verno",
        ),
        (  # an agency's name
            "Starship flies",
            "BOCA CHICA — SpaceX flew its rocket on Sunday.\n\nOctober 12, 2024 - The Federal Aviation "
            "Administration grants SpaceX a licence. Federal inspectors said the flight was safe.",
            "Federal",
        ),
        (  # a common word whose capital is the sentence's
            "Tallies in",
            "GENEVA, 20 May 2025 — Member States of the assembly adopted the text. Member said it was fair.",
            "Member",
        ),
        (  # a common word the article writes in lower case too, opening a craft's name
            "Lander touches down",
            "HOUSTON — Blue Heron touched down on the Moon on Sunday under a blue sky. Blue Heron sent its first "
            "picture an hour later, and Blue said the site was flat.",
            "Blue",
        ),
        (  # a lower-case particle opening a party's name
            "Arlandia votes",
            "VELDA — Voters in Arlandia backed the alliance of Jorge Pardo on Sunday. Pardo's bloc, el Cambio, "
            "won 40 seats, and el Cambio will lead the coalition.",
            "el",
        ),
    ],
)
def test_the_first_word_of_a_name_that_is_no_persons_stands_for_no_one(headline, body, word):
    refs = references(headline, body)
    assert word.lower() not in refs.family_first


def test_a_storms_noun_alone_is_no_person():
    refs = references(
        "Floods hit Texas",
        "KERRVILLE — Rain from Storm Barry fell on the hills on Friday, officials said. Forecasters had "
        "tracked Storm Barry for a week. Storm warnings stayed in force on Saturday.",
    )
    assert persons(refs, "Storm")[-1] is False


def test_a_family_name_written_first_still_stands_for_the_person():
    refs = references(
        "Chen wins in Taipei",
        "TAIPEI — Chen Haoran won the mayoral vote on Saturday. Chen, 61, thanked his voters.",
    )
    assert refs.family_first.get("chen") == "Chen Haoran"
    assert persons(refs, "Chen")[-1] is True
