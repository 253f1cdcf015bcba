"""Whom a claim is about: the entity its sentence is about, not another name the sentence or the one
before it holds (session 27, ext27; /work/briefs27/ext27-causes-before.txt). Invented companies and people.

A month or weekday written before a one-word name ("In March Brill decided") is a date, not the first word
of a person's name: read as "March Brill", the company became a person everywhere the article named it
alone, and "It" after "Brill licenses ..." was given to "March Brill" (in the tuning article it was given to
the last company named as an object instead).

A penalty's length ("Justice Ana Burke sentenced him to 23 years") is the one penalised, though a person
passes it: a length a person's deed takes is otherwise the doer's ("Rutte led the Netherlands for 14 years").
"""

from __future__ import annotations

import pytest

from tests.support.judging import claim_subjects

# (shape, text, the words of the claim, the subject it must have)
ROWS = [
    (
        "a month before a one-word company name is no person's first name",
        'Brill Holdings plc ("Brill") today announced the pricing of its offering. In March Brill decided to list'
        " solely in the United States.\n\nFounded in 1990 as a joint venture of Pomona Computers, Lindvik and Harto"
        " Technology, Brill licenses chip designs used in billions of devices every year. It listed on the Oslo"
        " Stock Exchange in 1998.",
        "It listed",
        "Brill",
    ),
    (
        "guard: two capitalised words, no calendar word, stay one person's name",
        "Mara Lindqvist founded the studio in 2001. She sold it to Harto Media in 2019.",
        "She sold it",
        "Mara Lindqvist",
    ),
    (
        "a penalty's length is the one penalised, not the judge who passes it",
        "Harold Vance was convicted of fraud in February 2020. Justice Ana Burke sentenced him to 23 years in prison.",
        "to 23 years",
        "Harold Vance",
    ),
    (
        "a penalty's length, the one penalised named",
        "Harold Vance was convicted of fraud in February 2020. Justice Ana Burke sentenced Vance to 23 years in"
        " prison.",
        "to 23 years",
        "Harold Vance",
    ),
    (
        "guard: a length a person spends on a deed stays the doer's",
        "Ana Burke questioned Harold Vance for six hours on Monday.",
        "questioned Harold Vance for six hours",
        "Ana Burke",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_a_claim_is_about_the_entity_its_sentence_is_about(text: str, words: str, expected: str):
    found = claim_subjects(text, words)
    assert found and all(s == expected for s in found), found
