"""ext46: the rules' time on long articles (issue 14): readings indexed once per parse give what the walks over
the whole article gave. Invented stories."""

from __future__ import annotations

import pytest

from verify import nlp
from verify.article import Article
from verify.extract import extract_claims
from verify.kinds.clause.extract import _Finder
from verify.nlp.reference import References
from verify.nlp.titles import _unlabelled_names

TWO_COURTS = (
    "Court rules for Moen\n\n"
    "The Norby Court of Appeals heard the case in May and the Korvik Supreme Court took it up in June. "
    "The court ruled for Karl Moen on 3 July. The Stennor High Court was not asked.\n"
)
TWO_FUNDS = (
    "Fund cuts forecast\n\n"
    "The Korvik Monetary Fund lent Norby $3 billion in 2019, and the Stennor Development Fund lent it $1 billion. "
    "The fund cut its forecast on Monday. The Norby Pension Fund did not.\n"
)


def _token(parsed: nlp.Parsed, word: str, nth: int = 0) -> object:
    return [t for t in parsed.tokens() if t.text == word][nth]


def _claims(headline: str, body: str) -> list[tuple[str, str, str]]:
    text = f"{headline}\n\n{body}\n"
    article = Article(path="s.txt", stem="s", sha256="0", title=headline, text=text)
    return [(c.kind, c.subject, c.text) for c in extract_claims(article)]


# 'the court' is the nearest body named before it whose name ends in its noun: not an earlier one, not a later one
def test_a_description_by_a_names_head_is_the_nearest_such_name_before_it() -> None:
    parsed = nlp.parse(TWO_COURTS)
    finder = _Finder(parsed)
    assert finder.named_by_head(_token(parsed, "court")) == "Korvik Supreme Court"


# ... and no name ending in another word is read for it ('the fund' is no court)
def test_a_description_by_a_head_no_name_ends_in_is_none() -> None:
    parsed = nlp.parse(TWO_COURTS.replace("The court ruled", "The fund ruled"))
    assert _Finder(parsed).named_by_head(_token(parsed, "fund")) is None


# the shared reader's description likewise: the nearest name before 'the fund' ending in its noun
@pytest.mark.parametrize("word, meant", [("fund", "Stennor Development Fund")], ids=["nearest before"])
def test_the_shared_readers_description_is_the_nearest_name_ending_in_its_noun(word: str, meant: str) -> None:
    parsed = nlp.parse(TWO_FUNDS)
    references = References.of(parsed, TWO_FUNDS.index("\n\n") + 2)
    assert references.described(_token(parsed, word)) == meant


# the unlabelled names are read once per parse: both readers of titles get the same reading
def test_the_unlabelled_names_are_read_once_per_parse() -> None:
    parsed = nlp.parse("Norby names a minister\n\nThe minister Karl Moen Stennor and Ana Ruiz Vell met on Monday.\n")
    assert _unlabelled_names(parsed) is _unlabelled_names(parsed)


# a span from one year to another is still a length once the loop asks for "from" first
def test_a_span_from_one_year_to_another_is_a_length() -> None:
    claims = _claims("Ruiz retires", "Ana Ruiz taught at Norby University from 1977 to 1991.")
    assert ("duration", "Ana Ruiz", "from 1977 to 1991") in claims, claims
