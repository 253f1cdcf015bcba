"""A wrong country, read in the thirty-first session (way31's private check of invented pairs in shapes wire news
uses, written before these fixes). Invented people and pages of a Chilean government that never existed; each
false variant beside its true twin, which stays supported.

- An office that names its own country ('The Peruvian president, Elena Soto,', 'Elena Soto, president of Peru,',
  "sworn in as Peru's president") was never refuted by the person's infobox giving the same post of another
  country: the post-country check ran only for a nationality claimed before the title ('Peruvian President Elena
  Soto'). Its post, its country taken out, is now compared with the person's offices in the same way.
- A country named right after a titled name ('President Elena Soto of Peru', 'Presidents X of Argentina and Elena
  Soto of Peru') was dropped: the claim 'Elena Soto' was supported by her presidency of Chile. It is now the title's
  country, as one written before the title is.
- An infobox row naming no country ('Office: Minister of Foreign Affairs') is its person's own country's post, as
  the page's sentences already were: it no longer supports 'foreign minister of Ecuador' of a Chilean, and refutes it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, verdict_on_words
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Claim, Document, Verdict
from verify.offices import without_country

SUMMER_2024 = dt.date(2024, 6, 3)

_SOTO = boxed(
    "Elena Soto",
    "Elena Soto (born 2 May 1971) is a Chilean lawyer and politician who has served as President of Chile since "
    "11 March 2022.",
    [("office", "President of Chile"), ("term_start", "11 March 2022"), ("predecessor", "Tomás Vidal")],
)
_VIDAL = boxed(
    "Tomás Vidal",
    "Tomás Vidal (born 14 August 1955) is a Chilean businessman and politician who served as President of Chile from "
    "11 March 2018 to 11 March 2022.",
    [("office", "President of Chile"), ("term_start", "11 March 2018"), ("term_end", "11 March 2022")],
)
_ROJAS = boxed(
    "Camila Rojas",
    "Camila Rojas (born 9 June 1975) is a Chilean diplomat and politician.",
    [("office", "Minister of Foreign Affairs"), ("term_start", "11 March 2022")],
)


def _verdict_on(body: str, docs: list[Document], words: str) -> Verdict:
    """The verdict on the one role claim whose words hold `words`, extracted from `body`."""
    return verdict_on_words(body, docs, SUMMER_2024, "role", words)


@pytest.mark.parametrize(
    "office", ["president of Peru", "Peruvian president", "the Peruvian president", "Peru's president"]
)
def test_an_offices_country_taken_out_leaves_its_post(office: str) -> None:
    assert without_country(office, "Peru") == "president"


def test_an_office_of_another_body_keeps_its_body_when_its_country_is_taken_out() -> None:
    assert without_country("President of the Senate of Peru", "Peru") == "President of the Senate"


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        ("The Peruvian president, Elena Soto, arrived in Lima.", "Peruvian president", Verdict.CONTRADICTED),
        ("The Chilean president, Elena Soto, arrived in Lima.", "Chilean president", Verdict.SUPPORTED),
        ("Elena Soto, president of Peru, arrived in Lima.", "president of Peru", Verdict.CONTRADICTED),
        ("Elena Soto, president of Chile, arrived in Lima.", "president of Chile", Verdict.SUPPORTED),
        ("Elena Soto was sworn in as Peru's president on 11 March 2022.", "Peru's president", Verdict.CONTRADICTED),
        ("Elena Soto was sworn in as Chile's president on 11 March 2022.", "Chile's president", Verdict.SUPPORTED),
    ],
)
def test_an_office_naming_its_country_is_refuted_by_the_same_post_of_another(
    body: str, words: str, expected: Verdict
) -> None:
    assert _verdict_on(body, [_SOTO], words) == expected


@pytest.mark.parametrize(("country", "expected"), [("Peruvian", Verdict.CONTRADICTED), ("Chilean", Verdict.SUPPORTED)])
def test_a_former_office_naming_its_country_is_refuted_by_the_same_post_of_another(
    country: str, expected: Verdict
) -> None:
    body = f"Former {country} president Tomás Vidal criticised the plan."
    assert _verdict_on(body, [_VIDAL], f"Former {country} president") == expected


@pytest.mark.parametrize(("country", "expected"), [("Ecuador", Verdict.CONTRADICTED), ("Chile", Verdict.SUPPORTED)])
def test_a_row_naming_no_country_is_its_persons_own_countrys_post(country: str, expected: Verdict) -> None:
    body = f"Camila Rojas, foreign minister of {country}, flew to Lima."
    assert _verdict_on(body, [_ROJAS], f"foreign minister of {country}") == expected


def test_a_row_naming_no_country_on_a_page_naming_none_still_supports_the_claimed_country() -> None:
    page = boxed(
        "Camila Rojas",
        "Camila Rojas (born 9 June 1975) is a diplomat.",
        [("office", "Minister of Foreign Affairs"), ("term_start", "11 March 2022")],
    )
    body = "Camila Rojas, foreign minister of Chile, flew to Lima."
    assert _verdict_on(body, [page], "foreign minister of Chile") == Verdict.SUPPORTED


def test_a_post_held_in_another_country_than_its_own_is_not_refuted_by_another_posting() -> None:
    # 'Chile's ambassador to Peru' is Chile's post held in Peru: an earlier posting to Argentina refutes nothing
    page = boxed(
        "Camila Rojas",
        "Camila Rojas (born 9 June 1975) is a Chilean diplomat who has served as Chile's ambassador to Peru since "
        "2021.",
        [("office", "Ambassador of Chile to Peru"), ("term_start", "1 April 2021"),
         ("office2", "Ambassador to Argentina"), ("term_start2", "1 May 2015"), ("term_end2", "30 April 2019")],
    )  # fmt: skip
    body = "Camila Rojas, Chile's ambassador to Peru, flew to Lima."
    assert _verdict_on(body, [page], "Chile's ambassador to Peru") == Verdict.SUPPORTED


def test_an_office_naming_two_countries_is_not_refuted_by_a_posting_naming_one() -> None:
    # 'ambassador of Chile to Peru': whose post it is, its words alone do not say; a row naming Peru alone is no
    # post of another country than the claim's
    page = boxed(
        "Camila Rojas",
        "Camila Rojas (born 9 June 1975) is a Chilean diplomat who has served as ambassador of Chile to Peru since "
        "2021.",
        [("office", "Ambassador to Peru"), ("term_start", "1 April 2021")],
    )
    body = "Camila Rojas, ambassador of Chile to Peru, flew to Lima."
    assert _verdict_on(body, [page], "ambassador of Chile to Peru") == Verdict.SUPPORTED


def _role_claims(sentence: str) -> list[Claim]:
    return [c for c in extract_claims(article_from_text(f"News\n\n{sentence}\n")) if c.kind == "role"]


def test_a_country_after_a_titled_name_is_the_titles_and_the_claims_words_run_on_to_it() -> None:
    (claim,) = _role_claims("President Elena Soto of Peru arrived in Lima.")
    assert (claim.text, claim.nationality) == ("President Elena Soto of Peru", "Peru")


@pytest.mark.parametrize(
    "sentence", ["President Elena Soto of Mexico City arrived.", "Minister Camila Rojas of Chile's party spoke."]
)
def test_a_place_named_after_a_country_or_a_possessive_after_the_name_is_no_titles_country(sentence: str) -> None:
    (claim,) = _role_claims(sentence)
    assert claim.nationality is None


def test_a_country_before_the_title_is_its_country_whatever_country_follows_the_name() -> None:
    (claim,) = _role_claims("Chilean President Elena Soto of Peru arrived in Lima.")
    assert (claim.text, claim.nationality) == ("Chilean President Elena Soto", None)  # the office keeps 'Chilean'
    assert claim.value == "Chilean President"


@pytest.mark.parametrize(("country", "expected"), [("Peru", Verdict.CONTRADICTED), ("Chile", Verdict.SUPPORTED)])
def test_a_country_after_each_of_two_titled_names_is_judged_as_the_titles(country: str, expected: Verdict) -> None:
    body = f"Presidents Martín Acosta of Argentina and Elena Soto of {country} met in Mendoza."
    assert _verdict_on(body, [_SOTO], f"Elena Soto of {country}") == expected


_SOTO_BORN_ABROAD = boxed(
    "Elena Soto",
    "Elena Soto (born 1970) is a Chilean-born economist and politician. She has been Peru's finance minister since "
    "2022.",
    [("office", "Minister of Economy and Finance"), ("term_start", "11 March 2022")],
)


@pytest.mark.parametrize(
    "body", ["Peru's finance minister, Elena Soto, spoke.", "Peruvian Finance Minister Elena Soto spoke."]
)
def test_a_birth_country_is_not_whose_a_row_naming_no_country_is(body: str) -> None:
    # review31 B2: the lead's 'Chilean-born' says where she was born, not whose posts she holds
    assert _verdict_on(body, [_SOTO_BORN_ABROAD], "Elena Soto") != Verdict.CONTRADICTED
