"""Wrong country and wrong ordinal on role claims, read in the twenty-sixth session (way26's private check of
invented variant pairs, written before these fixes). Invented people and pages; each false variant beside its true
twin, which stays supported.

- An office's number given by an 'order' row beside the office row ('order: 6th', 'office: President of the West
  African Development Bank') is the number of that office: another number claimed is refuted, the same one
  supported. A sentence that names the office without a number ('has served as the President of ...') supports
  the office, not the claimed number.
- The country an office or a description names as whose it is — a capitalised country word first ('Former Czech
  President', 'The Danish diplomat') or 'of' and a country ending the words ('the former prime minister of the
  Netherlands') — is the claim's nationality, as the extractor already reads 'Danish diplomat Kari Holm'. A second
  country in the words ('British ambassador to France') or a country inside a body's name ('Governor of the Bank
  of Japan') leaves the claim as it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, verdict
from verify.kinds.role.judge import country_as_nationality
from verify.models import Claim, Verdict

SUMMER_2024 = dt.date(2024, 6, 3)
_OKAFOR_LEAD = (
    "Amara Okafor (born 1965) is a Nigerian economist who has served as the President of the West African "
    "Development Bank since 2020."
)
_OKAFOR = boxed(
    "Amara Okafor",
    _OKAFOR_LEAD,
    [
        ("office", "President of the West African Development Bank"),
        ("order", "6th"),
        ("term_start", "1 August 2020"),
        ("birth_place", "Enugu, Nigeria"),
    ],
)


def _role(text: str, subject: str, value: str, relation: str = "holds office") -> Claim:
    return clause_claim(text, subject, None, kind="role", relation=relation, value=value)


@pytest.mark.parametrize(
    ("ordinal", "expected"), [("ninth", Verdict.CONTRADICTED), ("sixth", Verdict.SUPPORTED)]
)
def test_the_order_row_beside_the_office_numbers_it(ordinal: str, expected: Verdict) -> None:
    text = f"Amara Okafor is the {ordinal} president of the West African Development Bank"
    claim = _role(text, "Amara Okafor", f"{ordinal} president of the West African Development Bank")
    result = verdict(claim, [_OKAFOR], SUMMER_2024)
    assert result.verdict == expected
    if expected == Verdict.CONTRADICTED:
        assert "numbers it the 6th" in result.rationale


def test_a_sentence_naming_the_office_without_its_number_does_not_support_the_number() -> None:
    unnumbered = boxed("Amara Okafor", _OKAFOR_LEAD, [("birth_place", "Enugu, Nigeria")])
    text = "Amara Okafor is the ninth president of the West African Development Bank"
    claim = _role(text, "Amara Okafor", "ninth president of the West African Development Bank")
    assert verdict(claim, [unnumbered], SUMMER_2024).verdict == Verdict.UNVERIFIED
    # the sentence that gives the number still supports it
    numbered = boxed("Amara Okafor", _OKAFOR_LEAD.replace("the President", "the ninth President"), [])
    assert verdict(claim, [numbered], SUMMER_2024).verdict == Verdict.SUPPORTED


_NOWICKI = boxed(
    "Andrzej Nowicki",
    "Andrzej Nowicki (born 4 May 1950) is a Polish politician who served as President of Poland from 2000 to 2005.",
    [("office", "President of Poland"), ("term_start", "23 December 2000"), ("term_end", "23 December 2005")],
)
_PEETERS = boxed(
    "Jan Peeters",
    "Jan Peeters (born 17 August 1955) is a Belgian politician who served as Prime Minister of Belgium from 2003 "
    "to 2008.",
    [("office", "Prime Minister of Belgium"), ("term_start", "12 July 2003"), ("term_end", "20 March 2008")],
)
_HOLM = boxed(
    "Kari Holm",
    "Kari Holm (born 12 March 1961) is a Norwegian diplomat who has served as Secretary General of the Nordic "
    "Fisheries Council since 2021.",
    [("nationality", "Norwegian")],
)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Former Czech President Andrzej Nowicki", "Czech President", Verdict.CONTRADICTED),
        ("Former Polish President Andrzej Nowicki", "Polish President", Verdict.SUPPORTED),
    ],
)
def test_a_country_word_before_the_office_is_whose_office_it_is(text: str, value: str, expected: Verdict) -> None:
    claim = _role(text, "Andrzej Nowicki", value, "held office")
    assert verdict(claim, [_NOWICKI], SUMMER_2024).verdict == expected


@pytest.mark.parametrize(
    ("country", "expected"), [("the Netherlands", Verdict.CONTRADICTED), ("Belgium", Verdict.SUPPORTED)]
)
def test_of_and_a_country_ending_the_office_is_whose_office_it_is(country: str, expected: Verdict) -> None:
    text = f"Jan Peeters, the former prime minister of {country}"
    claim = _role(text, "Jan Peeters", f"prime minister of {country}", "held office")
    assert verdict(claim, [_PEETERS], SUMMER_2024).verdict == expected


@pytest.mark.parametrize(
    ("adjective", "expected"), [("Danish", Verdict.CONTRADICTED), ("Norwegian", Verdict.SUPPORTED)]
)
def test_a_country_word_before_a_description_is_the_persons_country(adjective: str, expected: Verdict) -> None:
    claim = _role(f"The {adjective} diplomat Kari Holm", "Kari Holm", f"{adjective} diplomat")
    assert verdict(claim, [_HOLM], SUMMER_2024).verdict == expected


@pytest.mark.parametrize(
    "value",
    [
        "British ambassador to France",  # two countries: which is whose is not said by the words alone
        "Governor of the Bank of Japan",  # the country is inside the body's name
        "former diplomat",  # no country at all
    ],
)
def test_words_that_do_not_say_whose_office_it_is_stay_as_they_are(value: str) -> None:
    claim = _role(f"{value} Ana Ruiz", "Ana Ruiz", value)
    assert country_as_nationality(claim) == claim


# --- a count on the side's own page, said of it by its head noun ------------------------------------------------

_PARTY = boxed(
    "Northern Coastal Party",
    "The Northern Coastal Party is a regionalist political party in Norway, founded in 2009. At the 2021 "
    "parliamentary election the party received 311,402 votes (10.2 %) and won 12 of the 169 seats in the Storting.",
    [("founded", "2009")],
)


@pytest.mark.parametrize(("about", "expected"), [("510,000", Verdict.CONTRADICTED), ("310,000", Verdict.SUPPORTED)])
def test_the_party_on_its_own_page_is_the_party_a_count_is_of(about: str, expected: Verdict) -> None:
    sentence = f"The Northern Coastal Party received about {about} votes in 2021."
    claim = clause_claim(
        f"about {about} votes", "Northern Coastal Party", None, sentence, kind="quantity", relation="count",
        number=float(about.replace(",", "")), unit="votes", context="Northern Coastal Party",
    )
    assert verdict(claim, [_PARTY], SUMMER_2024).verdict == expected


def test_the_head_noun_on_another_page_is_not_the_side() -> None:
    other = boxed(
        "Labour Party (Norway)",
        "The Labour Party is a social-democratic party in Norway. At the 2021 parliamentary election the party "
        "received 511,402 votes.",
        [],
    )
    sentence = "The Northern Coastal Party received about 310,000 votes in 2021."
    claim = clause_claim(
        "about 310,000 votes", "Northern Coastal Party", None, sentence, kind="quantity", relation="count",
        number=310000.0, unit="votes", context="Northern Coastal Party",
    )
    assert verdict(claim, [other], SUMMER_2024).verdict == Verdict.UNVERIFIED
