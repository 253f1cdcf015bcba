"""The person-name matcher: the same person however written, and never two people as one."""

import pytest

from verify.names import parse_name, same_person

SAME_PERSON = [
    ("Gen Alexus G. Grynkewich, USAF", "Alexus Grynkewich"),
    ("GenAlexus G. Grynkewich, USAF", "Alexus Grynkewich"),
    ("Grynkewich", "Gen Alexus G. Grynkewich, USAF"),
    ("Alex Grynkewich", "Alexus Grynkewich"),
    ("Lt Gen Robert C. Fulford", "Robert Fulford"),
    ("LtGen Robert C. Fulford, USMC", "Bob Fulford"),
    ("Adm. Giuseppe Cavo Dragone", "Giuseppe Cavo Dragone"),
    ("Dan Caine", "John Daniel Caine"),
    ("Gen. Dan Caine", "General John D. Caine"),
    ("Sergey Lavrov", "Sergei Lavrov"),
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
    ("Zelenskiy", "Volodymyr Zelenskyy"),
    ("Charles Q. Brown Jr.", "Charles Brown"),
    ("Winston P. Brooks Jr.", "Lieutenant General Winston P. Brooks"),
    ("Remigijus Baltrėnas", "Remigijus Baltrenas"),
    ("Dr. Jill Biden", "Jill Biden"),
    ("Sir Tony Radakin", "Anthony Radakin"),
    ("President Donald Trump", "Donald John Trump"),
    ("C. Q. Brown", "Charles Q. Brown Jr."),
    ("Thomas Smith III", "Tom Smith"),
    ("Vijay Kohar", "Vijayendra Nath Kohar"),  # a shortening the transliteration key spells apart
]

DIFFERENT_PEOPLE = [
    ("Charles Q. Brown Jr.", "Dan Caine"),
    ("Gen Alexus G. Grynkewich, USAF", "Christopher G. Cavoli"),
    ("Michael Langley", "Dagvin Anderson"),
    ("Dmitry Medvedev", "Vladimir Putin"),
    ("Sergey Lavrov", "Sergei Shoigu"),
    ("Robert Fulford", "Richard Fulford"),
    ("Jill Biden", "Joe Biden"),
    ("Admiral Giuseppe Cavo Dragone", "Admiral Rob Bauer"),
]


@pytest.mark.parametrize(("a", "b"), SAME_PERSON)
def test_the_same_person_written_two_ways_is_one_person(a, b):
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT_PEOPLE)
def test_different_people_stay_different(a, b):
    assert not same_person(a, b)
    assert not same_person(b, a)


def test_a_glued_rank_is_taken_off_the_given_name():
    name = parse_name("GenAlexus G. Grynkewich, USAF")
    assert name.given == ("alexus", "g")
    assert name.surname == "grynkewich"


def test_a_given_name_that_starts_like_a_rank_is_kept():
    assert parse_name("Genevieve Drake").given == ("genevieve",)
    assert parse_name("Drago Jancar").given == ("drago",)


@pytest.mark.parametrize(
    ("text", "titled"), [("Staff Sergeant Anna Berg", True), ("Dr. Ada Okonkwo", True), ("Anna Berg", False)]
)
def test_a_name_opening_with_a_rank_or_honorific_is_titled(text, titled):
    from verify.names import titled as is_titled

    assert is_titled(text) is titled
