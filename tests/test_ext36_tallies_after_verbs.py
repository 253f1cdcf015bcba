"""A tally of votes written right after its verb ("the Senate voted 71-28", "the court rules 4-3") and a
result's score after a participle of its verb ("..., beating Lund BK 2-0 in the final"): each is a count
claim of the body that voted or ruled, or of the winner, like "a 71-28 vote" and "beat Lund BK 2-0".

Each row is a headline, a body and the count claim it should give, as (subject, words, value).
"""

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims


def counts(headline: str, body: str) -> list[tuple[str, str, str | None]]:
    article = article_from_text(f"{headline}\n\n{body}\n")
    return [(c.subject, c.text, c.value) for c in extract_claims(article) if c.kind == "quantity"]


SHAPES = {
    "a vote's tally after 'voted'": (
        "Senate confirms Olof Berg",
        "On 9 June the Vestrian Senate voted 71-28 to confirm Olof Berg as chief justice.",
        ("Vestrian Senate", "voted 71-28", "71-28"),
    ),
    "a court's split after 'rules'": (
        "Vestria's court bars Lena Dahl from the ballot",
        "The Vestrian Supreme Court rules 4-3 that Lena Dahl cannot stand in the election.",
        ("Vestrian Supreme Court", "rules 4-3", "4-3"),
    ),
    "a result's score after a participle of its verb": (
        "Norby United win the cup",
        "Norby United won the national cup for the first time on Saturday, beating Lund City 2-0 in the final.",
        ("Norby United", "2-0", "2-0"),
    ),
}


@pytest.mark.parametrize(("headline", "body", "expected"), list(SHAPES.values()), ids=list(SHAPES))
def test_a_tally_or_score_after_its_verb_is_a_count(headline: str, body: str, expected: tuple[str, str, str]) -> None:
    assert expected in counts(headline, body)


def test_a_range_after_a_verb_of_voting_is_no_tally():
    # "voted 1-2 times": a range written from its low end; "2024-05-04" is a date, no tally of "voted ... 5-4"
    found = counts("Turnout in Vestria", "Most Vestrians voted 1-2 times a year on 2024-05-04 in local polls.")
    assert [c for c in found if c[2] in {"1-2", "5-4"}] == []
