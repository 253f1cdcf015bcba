"""Common English short forms of a given name (verify/lexicons/names.toml `nicknames`): a profile that names
someone by the form they went by and later by their full birth name ("Maggie Holm ... Margaret Natalie Holm
was born in ...") is about one person. Invented surnames."""

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims
from verify.names import same_person

SHORT_FORMS = [
    ("Maggie Holm", "Margaret Natalie Holm"),
    ("Peggy Holm", "Margaret Holm"),
    ("Kathy Holm", "Katherine Holm"),
    ("Sue Holm", "Susan Holm"),
    ("Becky Holm", "Rebecca Holm"),
    ("Debbie Holm", "Deborah Holm"),
    ("Larry Holm", "Lawrence Holm"),
    ("Betty Holm", "Elizabeth Holm"),
    ("Patty Holm", "Patricia Holm"),
]


@pytest.mark.parametrize(("short", "full"), SHORT_FORMS)
def test_a_short_form_and_the_full_given_name_are_one_person(short: str, full: str) -> None:
    assert same_person(short, full)
    assert same_person(full, short)


@pytest.mark.parametrize(("a", "b"), [("Margaret Holm", "Mary Holm"), ("Susan Holm", "Sarah Holm")])
def test_other_given_names_stay_other_people(a: str, b: str) -> None:
    assert not same_person(a, b)


def test_a_birth_name_written_in_full_is_the_person_the_story_named() -> None:
    body = (
        "Maggie Holm, the actress, has died at 89, her family said on Friday.\n\n"
        "Margaret Natalie Holm was born in Ilford on 28 December 1934."
    )
    story = article_from_text(f"Story\n\n{body}\n")
    born = [c for c in extract_claims(story) if c.text.startswith("Margaret Natalie Holm")]
    assert born and all(c.subject == "Maggie Holm" for c in born)
