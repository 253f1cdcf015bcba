"""Session 19: sentence shapes of fresh articles whose fact the clause and role readers lost or gave to the
wrong subject, one row per shape. Invented people and places."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims
from verify.models import Claim


def _claims(body: str) -> list[Claim]:
    return extract_claims(article(body))


# A name at birth ("Born John Michael Osbourne ...", "was born John Daniel Caine") is the subject's own
# earlier name: not another person a pronoun stands for, and not the place of the birth.
@pytest.mark.parametrize(
    ("body", "words"),
    [
        (  # fronted participle: "he" is the person the story named before, not the name at birth
            "Ozzy Berrow, the singer, died on Tuesday. Born John Michael Berrow on 3 December 1948 in Aston, "
            "he left school at 15 and worked in factories.",
            "he left school at 15",
        ),
        (  # the participle's own claim is about him too
            "Ozzy Berrow, the singer, died on Tuesday. Born John Michael Berrow on 3 December 1948 in Aston, "
            "he left school at 15 and worked in factories.",
            "Born John Michael Berrow on 3 December 1948",
        ),
    ],
)
def test_a_name_at_birth_is_no_other_person(body: str, words: str) -> None:
    said = [c for c in _claims(body) if c.text.startswith(words)]
    assert said and all(c.subject == "Ozzy Berrow" for c in said)


def test_a_name_at_birth_is_not_the_place_of_birth() -> None:
    body = "Dan Calder was confirmed as chairman. He was born John Daniel Calder in Elmira, New York."
    born = [c for c in _claims(body) if c.kind == "clause" and c.predicate == "born in"]
    assert [(c.subject, c.place, c.object) for c in born] == [("Dan Calder", "Elmira", None)]


# A Q&A explainer's question heading says whom or what its answer is about: "What is it?" asks about the
# article's topic, "Who is Praboyo?" about the person it names (even a name the recogniser misses there).
_QA = (
    "The Harbour Accord, explained: what changes now that 60 countries have ratified it\n\n"
    "Tarvia and Morlund ratified the accord at the United Nations in New York on Friday, becoming its 60th "
    "and 61st parties, known as the Harbour Accord or the Coastal Accord.\n\n"
    "What is it?\nIts formal name is the Agreement on Coastal Waters. It sits under the Law of the Sea.\n\n"
    "How did the vote go?\nThe election was held on 14 February. Praboyo, the defence minister, faced two former "
    "provincial governors: Anies Barrow of Tarvik and Ganjar Holm of Morlund.\n\n"
    "Praboyo's tally was the highest in the country's history, beating the 93 million votes Jon Widmark "
    "received in 2019.\n\n"
    "Who is Praboyo?\nA 73-year-old retired general, Praboyo once commanded the coast guard. He lost to Jon Widmark "
    "in 2014.\n"
)


@pytest.mark.parametrize(
    ("words", "subject"),
    [
        ("Its formal name is", "Harbour Accord"),  # "What is it?": the headline's accord, not Tarvia
        ("It sits under", "Harbour Accord"),
        ("73-year-old retired general", "Praboyo"),  # a description put first describes the name after its comma
    ],
)
def test_a_question_heading_sets_the_subject_of_its_answer(words: str, subject: str) -> None:
    from verify.article import Article

    text = _QA
    story = Article(path="qa.txt", stem="qa", sha256="0", title=text.split("\n", 1)[0], text=text)
    said = [c for c in extract_claims(story) if c.kind == "clause" and c.text.startswith(words)]
    assert said and all(c.subject == subject for c in said)


def test_a_joining_word_of_a_long_name_does_not_put_it_in_the_headline() -> None:
    """'The' opens the headline and stands inside 'Agreement on the Conservation of Coastal Waters': the
    headline names the Harbour Accord, which is the article's topic."""
    from verify.nlp import parse
    from verify.nlp.reference import References

    text = (
        "The Harbour Accord, explained\n\n"
        "Its formal name is the Agreement on the Conservation of Coastal Waters, known as the Harbour Accord. "
        "The Agreement on the Conservation of Coastal Waters was adopted in 2023.\n"
    )
    assert References(parse(text), text.index("\n\n") + 2).topic == "Harbour Accord"


# A nickname in quotation marks inside a name ('Marcus "Duke" Varden') broke the recogniser's person in
# pieces (a nationality, a work of art, and every later "Varden" an organisation): the name is one person's.
_NICKNAMED = (
    'Marcus "Duke" Varden, the rapper and founder of Tallow Records, went from mogul to inmate in two years.\n\n'
    'November 2023 - Alina "Lina" Brecht, a singer, sues him in federal court.\n\n'
    "September 2024 - Varden is arrested in Manhattan. He is denied bail and held at the detention centre.\n"
)


@pytest.mark.parametrize(
    "words",
    ["went from mogul", "He is denied bail", "held at the detention centre"],
)
def test_a_quoted_nickname_keeps_a_name_one_person(words: str) -> None:
    said = [c for c in _claims(_NICKNAMED) if c.kind == "clause" and words in c.text]
    assert said and all(c.subject == 'Marcus "Duke" Varden' for c in said)


# An office claim must not leave a figure of its sentence unchecked beside it (desk finding M6): the ordinal
# of 'the 21st chairman' stays a clause claim though the role kind claims the office, and a spell whose start
# has no year ('from September to December 2023') is timed by the whole range, the year included.
@pytest.mark.parametrize(
    ("body", "field", "value"),
    [
        ("Gen. Dan Calder is the 21st chairman of the Joint Chiefs of Staff.", "object", "21st"),
        ("Michel Barrand was prime minister from September to December 2023.", "time", "2023"),
    ],
)
def test_a_figure_beside_an_office_keeps_a_claim(body: str, field: str, value: str) -> None:
    said = [c for c in _claims(body) if c.kind == "clause" and value in (getattr(c, field) or "")]
    assert said


def test_a_place_inside_an_office_claims_words_is_claimed() -> None:
    """'Artaud, who was born in Nice, had been minister': the role claim spans the relative clause but holds
    only the office, so the birthplace gets a claim of its own (desk finding W5)."""
    body = (
        "January 9 — Gabriel Artaud, 34, replaces Elise Bourne. Artaud, who was born in Nice, had been minister "
        "of education for less than six months."
    )
    born = [c for c in _claims(body) if c.kind == "clause" and c.place == "Nice"]
    assert [c.subject for c in born] == ["Gabriel Artaud"]


def test_a_source_set_after_its_words_is_not_what_its_means() -> None:
    """'..., the Varnian Geological Survey said, ... . Its epicentre was near Ostrel': the quake's epicentre (the
    story's event, named as a reference work titles it), not the survey's."""
    from verify.article import Article

    text = (
        "Varnia earthquake kills more than 200 as rescuers dig through hill villages\n\n"
        "TARVO, Varnia, 10 September 2023 — The death toll from the earthquake that struck Varnia's northern hills "
        "late on Friday rose to at least 212 on Sunday, the Interior Ministry said. It is the deadliest earthquake "
        "in the country since 1960.\n\n"
        "The magnitude 6.8 quake hit at 11:11 p.m. local time, the Varnian Geological Survey said, at a shallow "
        "depth. Its epicentre was near Ostrel, in Delm province, about 70 kilometres south of Tarvo.\n"
    )
    story = Article(path="quake.txt", stem="quake", sha256="0", title=text.split("\n", 1)[0], text=text)
    said = [c for c in extract_claims(story) if c.kind == "clause" and c.text.startswith("Its epicentre")]
    assert [c.subject for c in said] == ["2023 Varnia earthquake"]
