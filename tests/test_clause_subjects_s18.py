"""Whom a clause is about, and what an apposition says a named thing is (issue 14): one row per shape of
the sentence, with invented names. Each row names whom a clause claim must be about and words its
structured fields must carry."""

from __future__ import annotations

import pytest

from verify.extract import extract_claims
from verify.models import Article, Claim


def clauses(text: str) -> list[Claim]:
    """The clause kind's claims on a whole article: its first line is the headline."""
    headline = text.split("\n", 1)[0]
    found = extract_claims(Article(path="story.txt", stem="story", sha256="0", title=headline, text=text))
    return [c for c in found if c.kind == "clause"]


def fields(claim: Claim) -> str:
    """The structured fields a judge reads, joined: the row's words must stand in one of them."""
    parts = (claim.predicate, claim.object, claim.time, claim.place, claim.quantity, claim.context)
    return " | ".join(str(x) for x in parts if x)


# (shape, article, whom the clause is about, words its fields carry)
SHAPES = [
    (
        "apposition saying what a named place is",
        "Hikers hurt in rockfall\n\nThree hikers were hurt on a trail in Korvel National Park, a gorge popular "
        "with tourists, on Tuesday.\n",
        "Korvel National Park",
        "a gorge popular with tourists",
    ),
    (
        "apposition saying what a named body is",
        "Ruiz elected\n\nAna Ruiz was elected on Saturday to lead the Varnian Trade Commission, the bloc's "
        "executive arm, at a summit in Orvik.\n",
        "Varnian Trade Commission",
        "the bloc's executive arm",
    ),
    (
        "the one appointed to replace another",
        "New prime minister\n\nTomas Berg, 61, leads the Centre Party. On 3 May President Ana Ruiz appointed "
        "him to replace Karl Moen as prime minister.\n",
        "Tomas Berg",
        "Karl Moen",
    ),
    (
        "'the couple' after two names joined by 'and'",
        "A royal move\n\nKarl Moen chaired the meeting in Oslo.\n\nPrince Harry and Meghan Markle moved to "
        "California in 2020. The couple married in 2018.\n",
        "Prince Harry",
        "2018",
    ),
    (
        "a company's short name after its full legal name",
        "KDB to buy Orvik Bank\n\nKDB Group AG agreed on Sunday to buy Orvik Bank.\n\nKDB is a global wealth "
        "manager headquartered in Zurich. It was formed in 1998 by the merger of Kestrel Development Bank "
        "and Zug Savings Bank.\n",
        "KDB Group AG",
        "1998",
    ),
    (
        "a rank in a copula's second complement",
        "KDB to buy Orvik Bank\n\nKDB Group AG agreed on Sunday to buy Orvik Bank.\n\nKDB is a global wealth "
        "manager and Switzerland's largest bank.\n",
        "KDB Group AG",
        "largest bank",
    ),
    (
        "'it' before a ranked noun of the story's event",
        "Varnia earthquake kills more than 2,000\n\nThe Varnia earthquake struck the Atlas mountains late on "
        "Friday, killing more than 2,000 people. Its epicentre was near Ighal, the survey said. Varnia's own "
        "geophysical centre put the magnitude at 7.2. It was the strongest quake to hit that part of the "
        "country in more than 120 years.\n",
        "Varnia earthquake",
        "the strongest quake",
    ),
    (
        "'it' after a heading the parse runs into the next line",
        "Vertex wins approval\n\nThe regulator approved the therapy on Friday.\n\nAbout Vertex\nVertex is a "
        "global biotechnology company headquartered in Boston that invests in scientific innovation. Founded "
        "in 1989, it also markets treatments for cystic fibrosis.\n",
        "Vertex",
        "1989",
    ),
    (
        "a described person at a paragraph's start: the one the last paragraph was about",
        "Pogačar rides into Nice, and into the company of Pantani\n\nNICE, 22 July — There was no need to "
        "hurry. Tadej Pogačar started the time trial from Monaco with five minutes in hand, a lead nobody "
        "believed could be lost. He went flat out anyway.\n\nThe Slovenian covered the course in 45 minutes, "
        "beating Jonas Vingegaard by a minute. Marco Pantani did the double in 1998.\n",
        "Tadej Pogačar",
        "Jonas Vingegaard",
    ),
    (
        "'the judge' after a judge named by title",
        "Jury convicts Tomas Berg\n\nORVIK — A jury on Tuesday found Tomas Berg guilty of three charges. He "
        "faces up to 25 years in prison when he is sentenced by U.S. District Judge Sarah Mitchell.\n\nBerg, 54, "
        "lied to a gun dealer in 2018. His lawyer said he would appeal. The judge set no date for sentencing, "
        "which she said usually follows within 120 days.\n",
        "Sarah Mitchell",
        "no date",
    ),
]


@pytest.mark.parametrize(("text", "who", "words"), [pytest.param(*row[1:], id=row[0]) for row in SHAPES])
def test_a_clause_is_about_the_entity_its_sentence_means(text, who, words):
    found = clauses(text)
    assert any(who in (c.subject or "") and words in fields(c) for c in found), [(c.subject, fields(c)) for c in found]


def test_the_appointer_did_not_appoint_the_one_replaced():
    text = SHAPES[2][1]
    found = clauses(text)
    assert not any("Ruiz" in c.subject and "Karl Moen" in (c.object or "") for c in found), [
        (c.subject, fields(c)) for c in found
    ]


def test_the_one_named_to_an_office_is_the_appointments_other_party():
    # the parser runs the name and the office into one phrase, "Michel Barnier prime minister"
    text = (
        "Barnier named\n\nPARIS, 5 September 2024 — President Emmanuel Macron named Michel Barnier prime "
        "minister on Thursday.\n"
    )
    found = [c for c in clauses(text) if c.subject == "Emmanuel Macron"]
    assert [c.context for c in found] == ["Michel Barnier"], [(c.subject, fields(c)) for c in found]
