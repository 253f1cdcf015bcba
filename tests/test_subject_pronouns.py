"""Whom a clause's pronoun is about: the clause kind asks the one reference resolver every kind asks
(verify/nlp/reference.py `person_before`), so a count, a date and a clause of one sentence name the
same person, and a paragraph that opens with "He" in a story about one person is about that person,
not about the last rival the paragraph before named."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims
from verify.nlp import parse
from verify.nlp.reference import References


def story(title: str, body: str) -> Article:
    return Article(path="s.txt", stem="s", sha256="0", title=title, text=f"{title}\n\n{body}\n")


def clause_subjects(title: str, body: str, opening: str) -> list[str]:
    return [c.subject for c in extract_claims(story(title, body)) if c.kind == "clause" and c.text.startswith(opening)]


# (shape, headline, body, the words the clause opens with, whom it is about)
SHAPES = [
    (
        "a paragraph's opening he after rivals were named: the story's person",
        "Karl Dorn wins cycling title",
        "Karl Dorn won the national road title on Sunday. Rival Ben Salo finished second, 14 seconds back, "
        "and Luis Marin took third.\n\nHe turned professional in 2016 and won his first stage race in 2019.",
        "He turned professional",
        "Karl Dorn",
    ),
    (
        "she after a man set beside her: the woman",
        "Lena Ortiz named museum director",
        "Lena Ortiz grew up in Valdora. Her mentor, Paul Grant, ran the city archive until 2001.\n\n"
        "She joined the museum in 2009 and became its director in 2021.",
        "She joined",
        "Lena Ortiz",
    ),
    (
        "she after the lawyers of the other side: the judge the story follows",
        "Court rules on ferry",
        "Judge Amira Sole ruled on Friday that the ferry operator broke the law. Lawyers for the operator, "
        "led by David Kerr, said they would appeal.\n\nShe was appointed to the bench in 2015.",
        "She was appointed",
        "Amira Sole",
    ),
]


@pytest.mark.parametrize(("title", "body", "opening", "who"), [r[1:] for r in SHAPES], ids=[r[0] for r in SHAPES])
def test_a_clause_s_pronoun_is_the_person_the_shared_resolver_names(title, body, opening, who):
    assert clause_subjects(title, body, opening) == [who]


def test_the_clause_and_the_resolver_agree_on_whom_a_pronoun_means():
    title = "Karl Dorn wins cycling title"
    body = SHAPES[0][2]
    text = f"{title}\n\n{body}\n"
    refs = References(parse(text), len(title))
    assert refs.person_at(text.index("He turned")) == clause_subjects(title, body, "He turned")[0]


def test_a_fronted_participle_s_claim_stops_before_the_main_clause_s_subject():
    """'Born in Tarvo, a port on the north coast, she ...': the birthplace is claimed on its own words; the
    description of the place set beside it is not part of the claim (it is a fact of the place)."""
    body = "Mira Castell leads the port authority. Born in Tarvo, a port on the north coast, she studied law in 1990."
    born = [c for c in extract_claims(story("Port chief", body)) if c.kind == "clause" and c.text.startswith("Born")]
    assert [(c.subject, c.text) for c in born] == [("Mira Castell", "Born in Tarvo")]


def test_a_paragraph_s_opening_he_is_the_headline_s_person_not_kin_sharing_the_surname():
    """The headline names Tomas Reyes in full and his father only by the surname they share: the father's
    known sex does not make him the one a paragraph's opening "He" means."""
    title = "Court convicts Tomas Reyes of fraud"
    body = (
        "A jury in Valdora convicted Tomas Reyes on Tuesday. His father, Luis Reyes, a former mayor, sat in "
        "the gallery with his wife.\n\nHe faces up to ten years in prison."
    )
    text = f"{title}\n\n{body}\n"
    refs = References(parse(text), len(title))
    assert refs.person_at(text.index("He faces")) == "Tomas Reyes"


def test_a_year_opening_a_pronoun_s_clause_is_claimed_once_about_the_person():
    """'From 2016 she represented the city': the clause kind now knows whom "she" means (the shared
    resolver), so the bare year is its clause's time, claimed once (verify.kinds.date.parsed
    `_clause_years`), about the person named before."""
    body = "Ines Varga studied law in Graz. From 2016 she represented the city in parliament."
    claims = [c for c in extract_claims(story("Headline", body)) if "2016" in c.text]
    assert [(c.subject, c.value, c.text) for c in claims] == [("Ines Varga", "2016", "2016 she represented")]
