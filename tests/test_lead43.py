"""The forty-third session's lead: rows for behaviour the lead's own changes read or guard."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED, _judged
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Verdict

# A currency named without a figure ('repaid its loan in euros') is the deed's own: the clause judge reads every
# currency word a claim names, not only those beside a sum, so 'in dollars' is not stated by 'in euros'. Kills
# sums-currency-unread-by-the-clause, whose review36 R16 row the sums check now decides as well.
LOAN = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1995. In 2023 it repaid its Halden loan in euros.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Korvik Bank repaid its Halden loan in euros in 2023.", Verdict.SUPPORTED, id="its-currency"),
        pytest.param("Korvik Bank repaid its Halden loan in dollars in 2023.", Verdict.UNVERIFIED, id="another"),
    ],
)
def test_a_currency_without_a_figure_is_the_deeds_own(body: str, verdict: Verdict) -> None:
    assert set(_judged(body, [LOAN], ("clause",)).values()) == {verdict}


def _subjects(text: str, words: str) -> list[tuple[str, str]]:
    return [(c.kind, c.subject) for c in extract_claims(article_from_text(text)) if c.text.startswith(words)]


def _sworn_in(name: str, wife: str) -> str:
    surname = name.split()[-1]
    return (
        f"{surname} sworn in as Norby's president\n\nHALDEN, July 2 - {name} was sworn in on Monday as Norby's 39th"
        " president, succeeding Ivo Stam. King Harald of Korvik was among the guests.\n\n"
        "The lawyer, who turned 65 on 13 June, won the 2024 election with 34% of the vote.\n\n"
        f"{surname} was born in Korvik in 1959. {surname} is married to {wife}, and they have four children.\n"
    )


# A surname alone in the headline stands for the person the story follows, not for another of that surname whose
# name is longer (his wife, named in full once at the end): the pa-2024-07-02 rewording's 'The lawyer, who turned
# 65' was read as the wife's. Both the headline's topic order and the body's mention counts took the longest name.
@pytest.mark.parametrize(
    ("name", "wife"),
    [
        pytest.param("José Raúl Dahl", "Marisel Cohen de Dahl", id="wife-recognised"),
        pytest.param("Ana Maria Ruiz", "Carlos Berg Ruiz", id="president-unrecognised"),
        pytest.param("Jon Dahl", "Eva Lund Dahl", id="short-names"),
    ],
)
def test_a_headline_surname_is_the_followed_person_not_a_longer_namesake(name: str, wife: str) -> None:
    subjects = _subjects(_sworn_in(name, wife), "The lawyer")
    assert subjects and {s for _, s in subjects} == {name}, subjects


# An age told in a relative clause after a description ('The lawyer, who turned 65 on 13 June,') is the age of the
# person the description means, judged against the birth date, as 'Dahl, who turned 65 on 13 June,' is.
def test_an_age_aside_after_a_description_is_its_persons_age() -> None:
    found = [c for c in extract_claims(article_from_text(_sworn_in("Jon Dahl", "Eva Lund Dahl"))) if "65" in c.text]
    assert [(c.subject, c.predicate, c.object) for c in found if c.predicate == "aged"] == [("Jon Dahl", "aged", "65")]


# A description in a clause below a passive one may be the one the passive clause's subject names: "Jon Dahl was
# appointed ... by President Eva Lund, ..., making the party leader, aged 37, the youngest" is Dahl's age (the
# ie-2024-04-10 rewording read it as the president's).
@pytest.mark.parametrize(
    ("sentence", "meant"),
    [
        pytest.param(
            "Jon Dahl was appointed prime minister by President Eva Lund on Tuesday, after parliament nominated him by"
            " 88 votes to 69, making the party leader, aged 37, the youngest person ever to hold the office.",
            "Jon Dahl",
            id="passive-above",
        ),
    ],
)
def test_a_description_below_a_passive_clause_may_be_its_subject(sentence: str, meant: str) -> None:
    claims = extract_claims(article_from_text(f"Dahl becomes Norby's prime minister\n\nHALDEN - {sentence}\n"))
    assert {c.subject for c in claims if c.predicate == "aged"} == {meant}
