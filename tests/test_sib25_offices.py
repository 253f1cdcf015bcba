"""Session 25 (sib25): offices of one government, a Vice/Deputy title, judged against an officeholder's infobox
as real wikitext writes it. Invented people and pages; each false claim beside its true twin."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page, verdict
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Document, Verdict
from verify.wikitext import parse_infobox

SPRING_2024 = dt.date(2024, 5, 2)


def _person(title: str, lead: str, wikitext: str) -> Document:
    """A person's page: its lead and the infobox its wikitext gives."""
    return page(title, lead).model_copy(update={"infobox": parse_infobox(wikitext)})


def _role_verdicts(body: str, docs: list[Document], kind: str = "role") -> dict[str, Verdict]:
    """Each claim of `kind` extraction gives for `body`, judged against `docs` alone, by its words."""
    claims = extract_claims(article_from_text(f"Tessa news\n\n{body}\n", as_of=SPRING_2024))
    return {c.text: verdict(c, docs, SPRING_2024).verdict for c in claims if c.kind == kind}


# a deputy minister whose infobox writes the post out ('Deputy Minister of Foreign Affairs')
_QUIRELL = _person(
    "Ana Quirell",
    "Ana Quirell (born 1980) is a Portuguese politician serving as Deputy Minister of Foreign Affairs since "
    "April 2024.",
    """{{Infobox officeholder
| name = Ana Quirell
| office = Deputy Minister of Foreign Affairs
| minister = Tomas Brandao
| term_start = 2 April 2024
| birth_date = 1980
}}""",
)


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        pytest.param(
            "Portuguese Deputy Foreign Minister Ana Quirell met the delegation.",
            "Portuguese Deputy Foreign Minister Ana Quirell", Verdict.SUPPORTED, id="capitalised-deputy-title-true",
        ),
        pytest.param(
            "Ana Quirell, Portugal's deputy foreign minister, met the delegation.",
            "Ana Quirell, Portugal's deputy foreign minister", Verdict.SUPPORTED, id="lower-case-deputy-title-true",
        ),
        pytest.param(
            "Portuguese Foreign Minister Ana Quirell met the delegation.",
            "Portuguese Foreign Minister Ana Quirell", Verdict.CONTRADICTED, id="deputy-dropped-false",
        ),
        pytest.param(
            "Portuguese Deputy Finance Minister Ana Quirell met the delegation.",
            "Portuguese Deputy Finance Minister Ana Quirell", Verdict.CONTRADICTED, id="deputy-of-another-ministry",
        ),
    ],
)  # fmt: skip
def test_a_deputys_title_written_in_capitals_is_the_post_the_infobox_writes_out(
    body: str, words: str, expected: Verdict
) -> None:
    # 'Deputy Foreign Minister' is 'Deputy Minister of Foreign Affairs': its capitals name no body ('df')
    assert _role_verdicts(body, [_QUIRELL]).get(words) == expected


# a prime minister whose infobox also lists a deputy premiership, long ended
_FERRIM = _person(
    "Joao Ferrim",
    "Joao Ferrim (born 1962) is a Portuguese politician who has served as Prime Minister of Portugal since "
    "2 April 2024.",
    """{{Infobox officeholder
| name = Joao Ferrim
| office = [[Prime Minister of Portugal]]
| president = Marcelo Rebolo
| term_start = 2 April 2024
| predecessor = [[Antonio Costeira]]
| office2 = [[Deputy Prime Minister of Portugal]]
| term_start2 = 21 June 2011
| term_end2 = 30 October 2015
| birth_date = 1962
}}""",
)

# a speaker of the country's parliament: a president, but of a body, not of the country
_MOURA = _person(
    "Rita Moura",
    "Rita Moura (born 1966) is a Portuguese politician who has served as President of the Assembly of the Republic "
    "since March 2024.",
    """{{Infobox officeholder
| name = Rita Moura
| office = [[President of the Assembly of the Republic]] of Portugal
| term_start = 27 March 2024
| birth_date = 1966
}}""",
)


@pytest.mark.parametrize(
    ("body", "words", "docs", "expected"),
    [
        pytest.param(
            "Portuguese President Joao Ferrim spoke in Lisbon.", "Portuguese President Joao Ferrim", [_FERRIM],
            Verdict.CONTRADICTED, id="president-for-the-prime-minister",
        ),
        pytest.param(
            "Portuguese Prime Minister Joao Ferrim spoke in Lisbon.", "Portuguese Prime Minister Joao Ferrim",
            [_FERRIM], Verdict.SUPPORTED, id="prime-minister-true",
        ),
        pytest.param(
            "Portuguese President Rita Moura spoke in Lisbon.", "Portuguese President Rita Moura", [_MOURA],
            Verdict.UNVERIFIED, id="a-bodys-president-settles-nothing",
        ),
    ],
)  # fmt: skip
def test_a_countrys_president_is_not_its_prime_minister(
    body: str, words: str, docs: list[Document], expected: Verdict
) -> None:
    # a bare post the country titles (president, prime minister) names the country's one post: another such post
    # of the same country held that day refutes it; a body's president (the assembly's) is no such post
    assert _role_verdicts(body, docs).get(words) == expected


# a past finance minister: the office's term ended before the article
_HRUBA = _person(
    "Eva Hruba",
    "Eva Hruba (born 1960) is a Czech economist who served as Minister of Finance from 2017 to 2021.",
    """{{Infobox officeholder
| name = Eva Hruba
| office = [[Ministry of Finance (Czech Republic)|Minister of Finance]]
| primeminister = Jan Hrubec
| term_start = 13 December 2017
| term_end = 17 December 2021
| predecessor = Ivan Pilny
| successor = [[Miro Daskal]]
| birth_date = 1960
}}""",
)


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        pytest.param(
            "Former Czech Finance Minister Eva Hruba criticised the plan.", "Former Czech Finance Minister Eva Hruba",
            Verdict.SUPPORTED, id="former-at-the-sentences-start-true",
        ),
        pytest.param(
            "Czech Finance Minister Eva Hruba criticised the plan.", "Czech Finance Minister Eva Hruba",
            Verdict.CONTRADICTED, id="past-holder-as-current-false",
        ),
    ],
)  # fmt: skip
def test_a_countrys_name_in_a_capitalised_title_is_not_a_bodys_initials(
    body: str, words: str, expected: Verdict
) -> None:
    # 'Czech Finance Minister' is the Czech Republic's 'Minister of Finance', not a body 'CF''s minister
    assert _role_verdicts(body, [_HRUBA]).get(words) == expected


def test_a_former_holders_other_ministry_is_not_supported() -> None:
    got = _role_verdicts("Former Czech Defence Minister Eva Hruba criticised the plan.", [_HRUBA])
    assert got.get("Former Czech Defence Minister Eva Hruba") != Verdict.SUPPORTED


# a foreign minister since 2023, earlier minister of welfare
_VARNA = _person(
    "Ilze Varna",
    "Ilze Varna (born 3 March 1978) is a Latvian politician.",
    """{{Infobox officeholder
| name = Ilze Varna
| office = [[Minister of Foreign Affairs (Latvia)|Minister of Foreign Affairs]]
| primeminister = Evika Rudzite
| term_start = 15 September 2023
| predecessor = [[Karlis Osols]]
| office2 = [[Minister of Welfare (Latvia)|Minister of Welfare]]
| term_start2 = 7 November 2019
| term_end2 = 15 September 2023
| birth_date = {{birth date and age|1978|3|3}}
}}""",
)


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        pytest.param(
            "Ilze Varna, who has been Latvia's defence minister since 2023, spoke.",
            "been Latvia's defence minister since 2023", Verdict.CONTRADICTED, id="another-ministry-still-held",
        ),
        pytest.param(
            "Ilze Varna, who has been Latvia's foreign minister since 2023, spoke.",
            "been Latvia's foreign minister since 2023", Verdict.SUPPORTED, id="the-ministry-held-true",
        ),
        pytest.param(
            "Ilze Varna had been defence minister since 2023.", "Ilze Varna had been defence minister since 2023",
            Verdict.UNVERIFIED, id="a-pluperfect-spell-ends-on-an-unknown-day",
        ),
        pytest.param(
            "Ilze Varna had been Latvia's defence minister since 2023.",
            "Ilze Varna had been Latvia's defence minister since 2023",
            Verdict.UNVERIFIED, id="a-pluperfect-spell-of-the-countrys-ministry-ends-on-an-unknown-day",
        ),
    ],
)  # fmt: skip
def test_a_spell_still_running_names_the_post_held_on_the_articles_day(
    body: str, words: str, expected: Verdict
) -> None:
    # 'has been defence minister since 2023' of a person whose infobox lists no defence ministry and, that day, the
    # foreign ministry: the clause's post is refuted as the title's would be
    assert _role_verdicts(body, [_VARNA], "clause").get(words) == expected


# a page with no infobox: its lead alone says which ministry she holds
_PINTADO = page(
    "Rosa Pintado",
    "Rosa Pintado (born 1975) is a Chilean physician and politician who has served as Minister of Health since "
    "11 March 2022.",
)


def test_a_ministry_titled_before_the_name_is_the_one_a_lead_writes_with_of() -> None:
    # 'Chilean Health Minister' is read 'Minister of the Health'; the lead writes 'Minister of Health'
    got = _role_verdicts("Chilean Health Minister Rosa Pintado opened the hospital on Monday.", [_PINTADO])
    assert got.get("Chilean Health Minister Rosa Pintado") == Verdict.SUPPORTED


def test_another_ministry_titled_before_the_name_is_not_supported_by_that_lead() -> None:
    got = _role_verdicts("Chilean Education Minister Rosa Pintado opened the hospital on Monday.", [_PINTADO])
    assert got.get("Chilean Education Minister Rosa Pintado") != Verdict.SUPPORTED


# a prime minister who is also acting president (review25 R3's real shape)
_LEITE = _person(
    "Paulo Leite",
    "Paulo Leite (born 1958) is a Portuguese politician who has served as Prime Minister of Portugal since 2022.",
    """{{Infobox officeholder
| name = Paulo Leite
| office = [[Prime Minister of Portugal]]
| term_start = 30 March 2022
| office2 = Acting [[President of Portugal|President of the Portuguese Republic]]
| term_start2 = 1 April 2024
| birth_date = 1958
}}""",
)


def test_the_acting_president_is_not_refuted_as_the_president_by_his_premiership() -> None:
    got = _role_verdicts("Portuguese President Paulo Leite spoke in Lisbon.", [_LEITE])
    assert got, "no claim extracted"
    assert got.get("Portuguese President Paulo Leite") != Verdict.CONTRADICTED, got


# a minister of government and justice (an interior ministry's name in Latin American governments) for a spell
_IBARRA = _person(
    "Tomas Ibarra",
    "Tomas Ibarra (born 1959) is a lawyer and politician.",
    """{{Infobox officeholder
| name = Tomas Ibarra
| office = Minister of Public Security
| term_start = 14 April 2010
| term_end = 30 June 2014
| office2 = Minister of Government and Justice
| term_start2 = 1 July 2009
| term_end2 = 15 July 2010
| birth_date = 1959
}}""",
)


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        pytest.param("minister of economy and finance", Verdict.CONTRADICTED, id="another-ministry-that-spell"),
        pytest.param("minister of government and justice", Verdict.SUPPORTED, id="the-ministry-held-true"),
    ],
)
def test_a_ministry_of_government_is_another_portfolio_than_finance(post: str, expected: Verdict) -> None:
    body = f"Tomas Ibarra spoke. He served as {post} from 1 July 2009 to 15 July 2010."
    words = f"He served as {post}"  # the role claim names the post without its spell (lead33)
    assert _role_verdicts(body, [_IBARRA]).get(words) == expected


# review25 B8 (copied from the reviewer's tests/test_review25.py, beside its fix): a running spell of a post the
# infobox does not list by that name is refuted only by a post KNOWN to be another portfolio; the row may be the same
# ministry under another name.
def _minister(row: str) -> Document:
    """Tom Berg's invented page: one ministry held since 15 September 2023, its title as the infobox writes it."""
    return boxed(
        "Tom Berg",
        "Tom Berg (born 1970) is a Norbian politician.",
        [("office", row), ("term_start", "15 September 2023")],
        dt.datetime(2024, 5, 1, tzinfo=dt.UTC),
    )


@pytest.mark.parametrize(
    ("row", "post"),
    [
        pytest.param("Minister of Home Affairs", "interior minister", id="home-affairs-interior"),
        pytest.param("Minister of the Interior", "home minister", id="interior-home"),
        pytest.param("Minister of External Affairs", "foreign minister", id="external-affairs-foreign"),
        pytest.param("Minister of the Treasury", "finance minister", id="treasury-finance"),
    ],
)
def test_b8_a_ministry_named_otherwise_is_no_sibling_post(row: str, post: str) -> None:
    as_of = dt.date(2024, 1, 10)
    claims = extract_claims(article_from_text(f"Norby news\n\nTom Berg has been {post} since 2023.\n", as_of=as_of))
    found = {c.text: verdict(c, [_minister(row)], as_of).verdict for c in claims if c.kind == "clause"}
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found
