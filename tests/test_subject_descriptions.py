"""Whom a definite description of a person stands for (verify/nlp/reference.py `person_meant`): the person
the article called by the same noun or gave the same age, before the one a pronoun in its place would mean."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims
from verify.nlp import parse
from verify.nlp.reference import References

# (shape, body, the description's noun as written, whom it stands for)
SHAPES = [
    (
        "a title before the name",
        "Judge Ilse Varga heard the case. Lawyers for Tomas Brenner asked for a delay. The judge refused.",
        "judge",
        "Ilse Varga",
    ),
    (
        "a noun set beside the name",
        "Petra Lindahl, the goalkeeper, saved two penalties. Striker Mona Ekholm missed one. "
        "The goalkeeper was named player of the match.",
        "goalkeeper",
        "Petra Lindahl",
    ),
    (
        "the same age",
        "Ravi Menon, 19, beat Oskar Thal in the final. Thal had won the title twice. The 19-year-old took the "
        "trophy home.",
        "old",
        "Ravi Menon",
    ),
    (
        "a nationality before the name",
        "Norwegian golfer Erik Lund led after the first round. Marco Gil of Spain was second. The Norwegian "
        "then won by four strokes.",
        "Norwegian",
        "Erik Lund",
    ),
]


@pytest.mark.parametrize(("body", "noun", "who"), [r[1:] for r in SHAPES], ids=[r[0] for r in SHAPES])
def test_a_description_of_a_person_means_the_one_the_article_called_so(body, noun, who):
    text = f"Headline\n\n{body}\n"
    refs = References(parse(text), len("Headline"))
    token = next(t for t in refs.parsed.doc if t.text == noun and any(c.lower_ == "the" for c in t.children))
    assert refs.person_meant(token) == who


def test_a_clause_about_a_nationality_description_is_about_the_person_so_called():
    """Not the last person named (the Spaniard), but the one the article called Norwegian."""
    body = (
        "Norwegian golfer Erik Lund led after the first round. Marco Gil of Spain was second. "
        "The Norwegian won the Arden Open on Sunday."
    )
    article = Article(path="s.txt", stem="s", sha256="0", title="Golf", text=f"Golf\n\n{body}\n")
    won = [c.subject for c in extract_claims(article) if c.kind == "clause" and "Arden Open" in c.text]
    assert won == ["Erik Lund"]
