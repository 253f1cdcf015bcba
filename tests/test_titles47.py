"""Office titles as pages write them ('Minister of Foreign Trade', 'Chief of the Defence Staff') against the short
forms articles write ('foreign minister', 'chief of staff'): a claimed portfolio word the page's office holds only as
the modifier of another portfolio names a sibling office of the same government, not the claimed one (issue 15,
review46 S3). The portfolios and their title forms are data (verify/lexicons/offices.toml `portfolio_titles`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Document, Verdict
from verify.offices import same_office
from verify.retrieve import EvidencePool

DAY = dt.date(2025, 6, 1)
SAVED = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)


def _verdicts(body: str, docs: list[Document], kind: str) -> list[Verdict]:
    """The verdicts on the claims of `kind` extracted from an article of `body`, judged against `docs` alone."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=DAY))
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), DAY)
    return [r.verdict for c, r in zip(claims, results, strict=True) if c.kind == kind]


@pytest.mark.parametrize(
    ("claimed", "held", "same"),
    [
        pytest.param("Foreign Minister", "Minister of Foreign Trade", False, id="foreign-of-trade"),
        pytest.param("Defence Minister", "Minister of Defence Procurement", False, id="defence-of-procurement"),
        pytest.param("Chief of Staff", "Chief of the Defence Staff", False, id="staff-of-defence-staff"),
        pytest.param("Trade Minister", "Minister of Foreign Trade", True, id="trade-of-foreign-trade"),
        pytest.param("foreign minister", "Minister of Foreign Affairs and Trade", True, id="coordinated"),
        pytest.param("foreign minister", "Minister of Foreign Relations", True, id="foreign-relations"),
        pytest.param("Defence Minister", "Minister of National Defence", True, id="national-defence"),
        pytest.param("Health Minister", "Minister of Public Health", True, id="public-health"),
    ],
)
def test_an_office_is_the_claimed_one_only_when_it_names_the_claimed_portfolio(
    claimed: str, held: str, same: bool
) -> None:
    assert same_office(claimed, None, held) is same


def _infobox_only(office: str) -> Document:
    """A minister's page whose text names no office: only the infobox row does."""
    rows = [("office", office), ("term_start", "3 June 2021"), ("birth_date", "9 September 1970")]
    return boxed("Eva Lund", "Eva Lund (born 9 September 1970) is a Norbian politician.", rows, SAVED)


def _lead_only(office: str) -> Document:
    """A minister's page whose lead names the office held since 2021, with no infobox."""
    return page(
        "Eva Lund", f"Eva Lund (born 1970) is a Norbian politician who has served as {office} since 2021.", SAVED
    )


def test_an_infobox_row_of_another_portfolio_does_not_support_the_claimed_post() -> None:
    found = _verdicts(
        "Defence Minister Eva Lund visited Tarsa.", [_infobox_only("Minister of Defence Procurement")], "role"
    )
    assert found and Verdict.SUPPORTED not in found, found


def test_twin_an_infobox_row_of_the_portfolio_itself_supports() -> None:
    found = _verdicts(
        "Defence Minister Eva Lund visited Tarsa.", [_infobox_only("Minister of National Defence")], "role"
    )
    assert found == [Verdict.SUPPORTED], found


@pytest.mark.parametrize(
    ("office", "body"),
    [
        pytest.param("Minister of Defence Procurement", "Defence Minister Eva Lund visited Tarsa.", id="procurement"),
        pytest.param("Chief of the Defence Staff", "Chief of Staff Eva Lund visited Tarsa.", id="defence-staff"),
    ],
)
def test_the_leads_office_of_another_portfolio_does_not_support_the_claimed_post(office: str, body: str) -> None:
    found = _verdicts(body, [_lead_only(office)], "role")
    assert Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("office", "body"),
    [
        pytest.param("Minister of Defence", "Defence Minister Eva Lund visited Tarsa.", id="defence"),
        pytest.param("Chief of Staff", "Chief of Staff Eva Lund visited Tarsa.", id="chief-of-staff"),
    ],
)
def test_twin_the_leads_office_of_the_portfolio_itself_supports(office: str, body: str) -> None:
    assert _verdicts(body, [_lead_only(office)], "role") == [Verdict.SUPPORTED]


def test_a_spell_in_another_portfolio_does_not_support_the_claimed_start() -> None:
    found = _verdicts("Eva Lund became foreign minister in 2021.", [_lead_only("Minister of Foreign Trade")], "clause")
    assert found and Verdict.SUPPORTED not in found, found


def test_twin_a_spell_in_the_portfolio_itself_supports_the_claimed_start() -> None:
    found = _verdicts(
        "Eva Lund became foreign minister in 2021.", [_lead_only("Minister of Foreign Affairs")], "clause"
    )
    assert found == [Verdict.SUPPORTED], found


def test_a_defence_staffs_chief_is_the_defence_chief() -> None:
    assert same_office("defence chief", None, "Chief of the Defence Staff")


def _appointed(told: str) -> Document:
    return page("Eva Lund", f"Eva Lund (born 1970) is a Norbian politician. {told}", SAVED)


def test_the_post_inside_another_portfolios_title_is_not_worded() -> None:
    told = "She was appointed minister of defence procurement in 2021."
    found = _verdicts("Eva Lund was appointed minister of defence in 2021.", [_appointed(told)], "clause")
    assert found and Verdict.SUPPORTED not in found, found


def test_twin_the_post_itself_is_worded() -> None:
    told = "She was appointed minister of defence in 2021."
    found = _verdicts("Eva Lund was appointed minister of defence in 2021.", [_appointed(told)], "clause")
    assert found == [Verdict.SUPPORTED], found


# a post the claim writes short ('finance minister') stated by the page's formal title ('Minister of Finance')
@pytest.mark.parametrize(
    ("post", "told", "verdict"),
    [
        pytest.param("finance", "Minister of Finance", Verdict.SUPPORTED, id="formal"),
        pytest.param("finance", "Minister of the Finance", Verdict.SUPPORTED, id="of-the"),
        pytest.param("finance", "deputy Minister of Finance", None, id="deputy"),
        pytest.param("foreign", "Minister of Foreign Trade", None, id="another-portfolio"),
    ],
)
def test_the_formal_title_states_the_short_one(post: str, told: str, verdict: Verdict | None) -> None:
    body, told = f"Eva Lund was appointed {post} minister in 2015.", f"She was appointed {told} in 2015."
    found = _verdicts(body, [_appointed(told)], "clause")
    assert found == [verdict] if verdict else (found and Verdict.SUPPORTED not in found), found

