"""A length measured on a thing set as a phrase of a clause ("convicted Ana Ruiz after a nine-week trial"): the
thing names no one, so the length is the clause's named one's, its subject else whom it acts on
(verify/kinds/quantity/owner.py `in_whose_clause`); a thing that is the clause's own subject or object keeps
the length ("The two-week trial decided ...", "began a three-day state visit"). Invented sentences."""

import pytest

from tests.test_duration_shapes import durations

# (shape, sentence, the length's subject and value)
PHRASES = {
    "after a measured thing, the named one acted on": (
        "A jury convicted Marta Lindqvist of fraud after a nine-week trial.",
        ("Marta Lindqvist", "nine weeks"),
    ),
    "the one acted on named by an apposition": (
        "Jurors convict the bank's former treasurer, Marta Lindqvist, 48, of fraud after a two-week trial.",
        ("Marta Lindqvist", "two weeks"),
    ),
    "a timeline line whose capitalised first noun names no one": (
        "March 6 - Jurors convict the bank's former treasurer, Marta Lindqvist, 48, of fraud after a two-week trial.",
        ("Marta Lindqvist", "two weeks"),
    ),
    "a clause whose subject is named": (
        "Oskar Brandt won the regional title after a three-hour chase.",
        ("Oskar Brandt", "three hours"),
    ),
}


@pytest.mark.parametrize(("sentence", "expected"), PHRASES.values(), ids=PHRASES.keys())
def test_a_measured_thing_in_a_phrase_is_the_clauses_named_ones(sentence: str, expected: tuple[str, str]):
    assert expected in durations(sentence)


KEPT = {
    "the thing is the clause's subject": ("The two-week trial decided damages only.", "Marta Lindqvist"),
    "the thing is the clause's object": ("Oskar Brandt began a three-day state visit to Oslo.", "Oskar Brandt"),
    "what the clause is for, not a held thing (the older set's a88)": (
        "OSTRAVA — Norlandic Prime Minister Marta Lindqvist arrived in Ostrava on 2 April 2025 for a three-day visit.",
        "Marta Lindqvist",
    ),
    "a thing with its own owner (the older set's a43)": (
        "The two leaders agreed to coordinate during Oskar Brandt's three-day state visit.",
        "Oskar Brandt",
    ),
    "no one in the clause is named": (
        "Marta Lindqvist said a team connected the organ in a four-hour operation.",
        "Marta Lindqvist",
    ),
}


@pytest.mark.parametrize(("sentence", "other"), KEPT.values(), ids=KEPT.keys())
def test_a_measured_thing_of_the_clause_itself_is_no_ones_else(sentence: str, other: str):
    assert all(subject != other for subject, _ in durations(sentence))


# review25 B5 (its tests/test_review25.py::test_b5_*, copied beside the fix): a measured thing of a clause is never
# given to another named one of it: not to the object when the subject is a name the recogniser missed ('Ana Ruiz'),
# nor to anyone for what the clause gives ('sentenced Tom Berg to a five-year prison term' is no time of the court's).
@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        pytest.param("Ana Ruiz hired Tom Berg after a two-year search.", "Tom Berg", id="hired-after-a-search"),
        pytest.param("Norby United beat Korvik City after a two-hour delay.", "Korvik City", id="beat-after-a-delay"),
        pytest.param(
            "The Norby Court sentenced Tom Berg to a five-year prison term.", "Norby Court", id="court-passed-a-term"
        ),
    ],
)
def test_b5_a_measured_thing_is_not_given_to_another_named_one_of_its_clause(body: str, wrong: str) -> None:
    found = durations(body)
    assert all(subject != wrong for subject, _ in found), found
