"""Whom a relative clause is about (verify/nlp/reference.py `relative_head`): the parser hangs "who" and
"which" on the nearest noun, but "who" is said of a person and "which" of a thing, and a clause hung on
an appositive describes the name the appositive stands beside."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims
from verify.nlp import parse
from verify.nlp.reference import References

# (shape, body, the relative clause's verb, the word the clause is about)
SHAPES = [
    (
        "which after a party of a person",
        "The vote split the chamber. Its partners were the Rural Party of former mayor John Carver, which took "
        "nine seats, and two independents.",
        "took",
        "Party",
    ),
    (
        "who after an appositive noun",
        "The budget passed on Monday. The bill was drafted by Senator Maria Holt, a Liberal who has led the "
        "committee since 2019.",
        "led",
        "Holt",
    ),
    (
        "which after a thing stays the thing",
        "The firm grew fast. Its new plant, which opened in May, employs 400 people.",
        "opened",
        "plant",
    ),
    (
        "who after a person stays the person",
        "The race ended early. Petra Lindahl, who won the first stage, retired with a knee injury.",
        "won",
        "Lindahl",
    ),
]


@pytest.mark.parametrize(("body", "verb", "about"), [r[1:] for r in SHAPES], ids=[r[0] for r in SHAPES])
def test_a_relative_clause_is_about_the_noun_its_pronoun_fits(body, verb, about):
    text = f"Headline\n\n{body}\n"
    refs = References(parse(text), len("Headline"))
    token = next(t for t in refs.parsed.doc if t.text == verb)
    subject = refs.clause_subject(token)
    assert subject is not None
    assert subject.text == about


def test_a_count_in_a_relative_clause_is_the_party_s_not_its_leader_s():
    body = (
        "The count ended on Tuesday. The coalition's partners were the Rural Party of former mayor John Carver, "
        "which took nine seats, and two independents."
    )
    article = Article(
        path="s.txt", stem="s", sha256="0", title="Coalition formed", text=f"Coalition formed\n\n{body}\n"
    )
    subjects = {c.subject for c in extract_claims(article) if c.kind == "quantity" and c.text == "nine seats"}
    assert subjects == {"Rural Party"}


# (shape, body, the phrase's words, the claim's subject, its relation)
OWNED_NAMES = [
    (
        "a party's person is the person's",
        "The vote was close. In the north, the Rural Party's Sarah Collins was elected unopposed.",
        "Rural Party's Sarah Collins",
        "Sarah Collins",
        "is a",
    ),
    (
        "a person's named work stays the author's",
        "The novel sold well. Sarah Collins's Martha Quinn won the prize.",
        "Sarah Collins's Martha Quinn",
        "Sarah Collins",
        "made",
    ),
]


@pytest.mark.parametrize(
    ("body", "words", "subject", "relation"), [r[1:] for r in OWNED_NAMES], ids=[r[0] for r in OWNED_NAMES]
)
def test_a_person_named_after_an_organisation_s_possessive_is_the_subject(body, words, subject, relation):
    article = Article(path="s.txt", stem="s", sha256="0", title="Results", text=f"Results\n\n{body}\n")
    found = [(c.subject, c.relation) for c in extract_claims(article) if c.kind == "clause" and c.text == words]
    assert found == [(subject, relation)]
