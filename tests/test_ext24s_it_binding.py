"""What "it" stands for is never a thing its own clause names apart from it (session 24, ext24s;
/work/briefs24/ext24s-causes.md). Invented companies, craft and bodies.

A subject "it" is none of the things its clause names after it: "It is the largest acquisition in Nordvik's
history" is not about Nordvik, whatever "it" is; an object "it" is not its verb's subject ("the Weather
Bureau measured it": not the bureau). The reading the walk would have taken (the last subject before it) is
skipped for the next one; where none is left the clause gets no claim rather than a wrong one
(verify/nlp/reference.py `named_in_its_clause`, read by `thing_before` and by the clause kind's
`subject_name`). The owner of what "it" is said to be stays a fact of the owner's ("It was Nordvik's third
title": Nordvik's), as the labels of the general set have it.
"""

from __future__ import annotations

import pytest

from tests.support.judging import claim_subjects as clause_subjects
from verify.app import article_from_text
from verify.extract import extract_claims

# (shape, text, the words of the claim, the subject it must have or None for no claim)
ROWS = [
    (
        "no other reading: no claim, not the name in the clause",
        "Nordvik first announced its plan to buy the Halden group on 3 May 2022, in a deal worth $9 billion."
        " It is the largest acquisition in Nordvik's history.",
        "It is the largest acquisition",
        None,
    ),
    (
        "a possessor inside a phrase of what it is said to be: no claim, not the possessor",
        "The Orbis Space Agency launched the Vela probe in 2019. It is now the longest mission in the Orbis Space"
        " Agency's history.",
        "It is now the longest mission",
        None,
    ),
    (
        "guard: the owner of what it is said to be keeps the fact",
        "Karin Dahl beat Lena Park in the final on Sunday. It was Dahl's third title of the season.",
        "It was Dahl's third title",
        "Karin Dahl",
    ),
    (  # review24 B9 (tests/test_review24.py::test_b9_*): a place word of a body's name is not the body
        "guard: the place a body is named after, in its clause",
        "The Norby Reserve Bank raised its main rate to 4 percent on Tuesday. It is the oldest central bank in "
        "Norby, founded in 1820.",
        "It is the oldest central bank",
        "Norby Reserve Bank",
    ),
    (
        "guard: a name its clause holds that is not the one it stands for",
        "Nordvik Bank opened 40 branches in 2023. It is the largest lender in Vestria.",
        "It is the largest lender",
        "Nordvik Bank",
    ),
]


@pytest.mark.parametrize(("shape", "text", "words", "subject"), ROWS, ids=[r[0] for r in ROWS])
def test_it_is_no_thing_its_own_clause_names(shape: str, text: str, words: str, subject: str | None) -> None:
    found = clause_subjects(text, words)
    if subject is None:
        assert found == [], f"{shape}: {found}"
    else:
        assert found and all(s == subject for s in found), f"{shape}: {found}"


def test_the_shared_resolver_skips_a_thing_its_clause_names() -> None:
    """Every kind that asks `thing_before` (counts, dates, lengths) gets the same answer: not Nordvik."""
    from verify.nlp import parse
    from verify.nlp.reference import References

    text = f"Test\n\n{ROWS[0][1]}\n"
    parsed = parse(text)
    pronoun = next(t for t in parsed.doc if t.text == "It")
    assert References(parsed, text.find("\n\n")).thing_before(pronoun.i) is None


def test_b9_a_count_in_the_clause_stays_the_bodys() -> None:
    """review24 B9's second row: the university named after its city keeps its count of students."""
    text = (
        "Halden University opened a new campus on Monday. It is the largest university in Halden, with 30,000 students."
    )
    claims = extract_claims(article_from_text(f"Story\n\n{text}\n"))
    assert "Halden University" in {c.subject for c in claims if "30,000 students" in c.text}, claims
