"""A definite description stands for a name named before that its noun opens ("the port" after "the Port of
Baltimore", "the camp" after "Camp Mystic"): the whole name, by its "of" phrase or the proper noun the noun is a
word of, where the recogniser took only the place after it or nothing (References._opened_name). A person's noun is
not so read: "the president" is the person named before, not the office ("President of Armenia")."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims

# (shape, headline, body, the count's words, its subject, its context)
OPENED = [
    (
        "a name opened by its noun and an of phrase",
        "Port reopens to shipping",
        "Ships returned to the Port of Baltimore on Monday. The port handles 50 million tons a year.",
        "50 million tons",
        "Port of Baltimore",
        "Port of Baltimore",
    ),
    (
        "a name opened by its noun before a proper noun",
        "Floods hit a summer camp",
        "Floods swept through Camp Mystic on Friday. The camp has 400 beds.",
        "400 beds",
        "Camp Mystic",
        "Camp Mystic",
    ),
    (  # the words inside a name are none of its own: the film is the story's, not 'Film Festival'
        "a noun inside a name opens none",
        "Almodovar wins",
        "Pedro Almodovar won the top prize at the Venice Film Festival on Saturday. The film has 40 actors.",
        "40 actors",
        "Pedro Almodovar",
        "Pedro Almodovar",
    ),
    (
        "a person's noun is no office's name",
        "Armenia's leader visits Paris",
        "Vahagn Khachaturyan, the President of Armenia, arrived in Paris on Monday. The president brought 40 aides.",
        "40 aides",
        "Vahagn Khachaturyan",
        "Vahagn Khachaturyan",
    ),
]


def claims(headline: str, body: str):
    text = f"{headline}\n\n{body}\n"
    return extract_claims(Article(path="s.txt", stem="s", sha256="0", title=headline, text=text))


@pytest.mark.parametrize(
    ("shape", "headline", "body", "words", "subject", "context"), OPENED, ids=[r[0] for r in OPENED]
)
def test_a_description_stands_for_the_name_its_noun_opens(shape, headline, body, words, subject, context):
    count = next(c for c in claims(headline, body) if c.kind == "quantity" and c.text == words)
    assert (count.subject, count.context) == (subject, context)
