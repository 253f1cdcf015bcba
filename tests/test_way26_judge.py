"""Wrong ordinal and wrong count, read in the twenty-sixth session (way26's private check of invented variant pairs,
written before these fixes). Invented people and pages; each false variant beside its true twin, which stays
supported.

- An office's number given by an 'order' row beside the office row ('order: 6th', 'office: President of the West
  African Development Bank') is the number of that office: another number claimed is refuted, the same one
  supported. A sentence that names the office without a number ('has served as the President of ...') supports
  the office, not the claimed number.
- A count on the counted side's own page, said of it by its title's last word or 'it' ('At the 2021 election the
  party received 311,402 votes' on the Northern Coastal Party's page), is the side's count; 'the party' on another
  party's page is not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, verdict
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
