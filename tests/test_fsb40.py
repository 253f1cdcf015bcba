"""The fortieth session's fsb40: a place's name sharing a word with a side's name does not name the side
(verify/kinds/quantity/judge.py `_names_most`: at least half of the words of one of the side's names); a superlative's
phrase keeps the place it ranks within (verify/kinds/clause/extract.py `superlative_scope`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import judged_body, page
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Verdict

AS_OF = dt.date(2024, 6, 1)
SAVED = dt.datetime(2025, 6, 2, tzinfo=dt.UTC)


# 'Norby' of 'In Norby, the Greens won 40 seats' is one word of the Norby Labour Party's three: the count is another
# side's, and supports no claim of the party's; its own name written whole still does.
@pytest.mark.parametrize(
    ("told", "verdict"),
    [
        pytest.param("In Norby, the Greens won 40 seats.", Verdict.UNVERIFIED, id="a-place-of-its-name"),
        pytest.param("The Norby Labour Party won 40 seats.", Verdict.SUPPORTED, id="its-name-whole"),
    ],
)
def test_one_word_of_a_sides_name_does_not_name_the_side(told: str, verdict: Verdict) -> None:
    doc = page("2023 Norby general election", f"The 2023 Norby general election was held on 3 May 2023. {told}", SAVED)
    found = judged_body("The Norby Labour Party won 40 seats in the 2023 general election.", [doc], AS_OF)
    assert {v for c, v in found if c.kind == "quantity"} == {verdict}


# A superlative ranks its noun within the named place after it: the claim keeps 'in Norby' (review39 R11); another
# adjective's phrase ends at its noun, as before.
@pytest.mark.parametrize(
    ("body", "said"),
    [
        pytest.param(
            "Korvik University is the oldest university in Norby.",
            "the oldest university in Norby",
            id="superlative-copula",
        ),
        pytest.param(
            "Norby Bank, the biggest lender in Europe, said on Monday.", "the biggest lender in Europe", id="apposed"
        ),
        pytest.param("Korvik University is a public university in Norby.", "a public university", id="plain-adjective"),
    ],
)
def test_a_superlatives_phrase_keeps_its_place(body: str, said: str) -> None:
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    assert [c.object for c in claims if c.kind == "clause"] == [said]


# A rank narrowed by its date ('its first title since 1995') is the subject's only when the page gives it to the
# subject: not the rank of the side that beat it (review39 R12's reading).
def test_a_narrowed_rank_of_another_does_not_support() -> None:
    doc = page(
        "Korvik FC",
        "The Korvik FC is a Norbian body. It lost the 2019 final to Norby United, who won their first title since "
        "1995.",
        SAVED,
    )
    found = judged_body("Korvik FC won the league in 2019, its first title since 1995.", [doc], AS_OF)
    assert Verdict.SUPPORTED not in {v for c, v in found if c.kind == "clause" and "first" in c.text}
