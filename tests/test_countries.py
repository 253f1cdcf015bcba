"""Every sovereign country is known by its name and nationality adjective (issue 14), and an office
names the country it belongs to even when that country's name holds another's ('Papua New Guinea')."""

from __future__ import annotations

import re

import pytest

from verify import aliases, lexicons
from verify.offices import office_country

_LEXICON = lexicons.load("countries")


def test_every_sovereign_country_has_an_entry_with_its_forms() -> None:
    known = {form for entry in _LEXICON["country"] for form in (entry["name"], *entry["forms"])}
    missing = [name for name in _LEXICON["sovereign"] if name not in known and name not in {"England", "Congo"}]
    assert missing == []


def test_a_form_inside_another_countrys_form_names_the_longer_ones_country() -> None:
    """office_country reads the longer name where a country's form holds another's: 'Guinea' is not found in 'Papua
    New Guinea', nor China in 'Republic of China' (Taiwan's), nor the Republic of China in 'People's Republic of
    China'. (The lexicon's order once decided this; a form found inside a longer one is now set aside, whatever the
    order, which a form two countries share cannot give: `aliases.SHARED_FORMS`.)"""
    order = list(aliases.COUNTRIES)
    wrong = [
        (short, long, office_country(f"Minister of {long}"))
        for short in order
        for long in order
        if short != long
        and aliases.COUNTRIES[short][0] != aliases.COUNTRIES[long][0]
        and re.search(rf"\b{re.escape(short)}\b", long)
        and office_country(f"Minister of {long}") not in (None, aliases.COUNTRIES[long][0])
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("office", "country"),
    [
        ("President of Chile", "Chile"),
        ("Peruvian President", "Peru"),
        ("Prime Minister of Sri Lanka", "Sri Lanka"),
        ("Senegalese Prime Minister", "Senegal"),
        ("President of Papua New Guinea", "Papua New Guinea"),
        ("President of Guinea", "Guinea"),
        ("President of the Democratic Republic of the Congo", "Democratic Republic of the Congo"),
        ("President of the Republic of the Congo", "Republic of the Congo"),
        ("President of South Sudan", "South Sudan"),
        ("Sudanese army chief", "Sudan"),
        ("President of Niger", "Niger"),
        ("Dominican President", "Dominican Republic"),
        ("Scottish First Minister", "Scotland"),
        ("Prime Minister of Saint Kitts and Nevis", "Saint Kitts and Nevis"),
        ("Vincentian Prime Minister", "Saint Vincent and the Grenadines"),
        ("President of São Tomé and Príncipe", "São Tomé and Príncipe"),
        ("Secretary of State of the Holy See", "Vatican City"),
    ],
)
def test_an_office_names_its_country(office: str, country: str) -> None:
    assert office_country(office) == country


def test_the_country_of_a_dateline_owns_none_of_the_ledes_counts() -> None:
    """Every country is known now, so 'Kigali, Rwanda' in a dateline is a country named before the count:
    where the story was filed is not what was counted."""
    from verify.article import Article
    from verify.extract import extract_claims

    text = (
        "Floods hit the north\n\nGISENYI, Rwanda, 4 May 2023 — At least 130 people have been killed in the "
        "western Rwandan town of Rubavu after rivers burst their banks, officials said.\n"
    )
    claims = extract_claims(
        Article(path="story.txt", stem="story", sha256="0", title="Floods hit the north", text=text)
    )
    counts = [c for c in claims if c.kind == "quantity" and "130 people" in c.text]
    assert counts and all(c.subject != "Rwanda" for c in counts), [(c.text, c.subject) for c in counts]
