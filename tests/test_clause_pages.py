"""Which pages clause claims get: their subject's and the named entities of their value, asked in a
second batched look-up after the article's first; pages read as they stood on the article's date; and
whole pages, within a budget of requests per article, when the lead and infobox do not settle them."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx
import yaml

from tests.conftest import CASSETTES, PAGES, ROOT, SEED
from tests.support.fakewiki import FakeWiki
from verify.app import article_from_text, claims_for
from verify.article import load_article
from verify.extract import extract_claims
from verify.kinds.base import Wants
from verify.kinds.clause import names_in
from verify.models import Claim, Document, Report
from verify.pipeline import check_async, pages_to_read_whole
from verify.retrieve import EvidencePool, later_titles, retrieve, wants
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

NOW = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def source(wiki: FakeWiki) -> WikipediaSource:
    return WikipediaSource(HttpClient(transport=httpx.MockTransport(wiki.handler)))


def titles_asked(wiki: FakeWiki) -> list[str]:
    """The `titles` of each look-up request (intro extracts), in the order asked."""
    asked = [httpx.URL(u).params for u in wiki.requests]
    return [p["titles"] for p in asked if "exintro" in p and "titles" in p]


def test_names_in_a_value_are_its_proper_names_not_its_determiners_months_or_countries():
    assert names_in("to Fernando Medina") == ["Fernando Medina"]
    assert names_in("Herman Van Rompuy") == ["Herman Van Rompuy"]
    assert names_in("The Hague") == ["The Hague"]
    assert names_in("The meeting") == []
    assert names_in("due to take office on 1 January 2025") == []
    assert names_in("Portugal's government") == []


def test_one_capitalised_word_is_a_name_only_when_it_is_the_whole_value_and_a_year_opens_an_events_name():
    assert names_in("in Bergen") == ["Bergen"]
    assert names_in("Conservative leader") == []
    assert names_in("a member of Parliament") == []
    assert names_in("at the 1976 Summer Olympics") == ["1976 Summer Olympics"]


def test_a_surname_is_read_as_the_full_name_the_article_asks_for_and_a_long_title_as_the_name_it_holds():
    wanted = {
        "role": Wants(titles=("Keir Starmer", "Dan Caine", "Bach", "Thomas Bach")),
        "clause": Wants(later=("Starmer", "U.S. Joint Chiefs of Staff Chairman Gen. Dan Caine", "Rachel Reeves")),
        "other": Wants(later=("Thomas Bach", "Bach")),  # a name is not cut down to the surname it holds
    }
    later = later_titles(wanted)
    assert later["clause"] == ("Keir Starmer", "Dan Caine", "Rachel Reeves")
    assert later["other"] == ("Thomas Bach",)


def test_a_clause_claim_asks_in_a_second_look_up_only_the_pages_the_first_batch_did_not_bring():
    wiki = FakeWiki.from_directory(PAGES)
    article = article_from_text(
        "Talks\n\nPortuguese Prime Minister Luís Montenegro thanked Pedro Nuno Santos. "
        "Montenegro succeeded António Costa.",
        as_of=dt.date(2024, 4, 3),
    )
    claims = extract_claims(article)
    (succession,) = [c for c in claims if c.kind == "clause" and c.predicate == "succeeded"]
    pool = asyncio.run(retrieve(claims, source(wiki)))
    first, second = titles_asked(wiki)
    assert "Luís Montenegro" in first.split("|") and "António Costa" in first.split("|")
    assert second == "Pedro Nuno Santos"  # the succession's subject and object came with the first batch
    assert {d.title for d in pool.by_claim[succession.id]} == {"Luís Montenegro", "António Costa"}


def test_no_second_request_when_the_first_batch_brought_every_page_a_clause_names():
    wiki = FakeWiki.from_directory(PAGES)
    article = article_from_text(
        "Talks\n\nPrime Minister Luís Montenegro met António Costa. Montenegro succeeded António Costa.",
        as_of=dt.date(2024, 4, 3),
    )
    asyncio.run(retrieve(extract_claims(article), source(wiki)))
    assert len(titles_asked(wiki)) == 1


def test_a_clause_claim_reads_its_pages_as_they_stood_on_the_articles_date():
    wiki = FakeWiki.from_directory(PAGES)
    article = article_from_text(
        "Talks\n\nPortuguese Prime Minister Luís Montenegro spoke in Lisbon. Montenegro succeeded António Costa.",
        as_of=dt.date(2024, 4, 3),
    )
    (succession,) = [c for c in extract_claims(article) if c.kind == "clause" and c.predicate == "succeeded"]
    assert wants(succession).at_date
    pool = asyncio.run(retrieve([succession], source(wiki), as_of=article.as_of))
    (costa,) = [d for d in pool.by_claim[succession.id] if d.title == "António Costa"]
    assert not costa.current and costa.revision_timestamp.date() <= dt.date(2024, 4, 3)
    assert "as of 2024-04-03" in costa.link_reason


def test_a_date_claim_reads_the_event_page_as_it_stood_on_the_articles_date():
    wiki = FakeWiki.from_directory(PAGES)
    article = article_from_text(
        "Vote\n\nThe United Kingdom general election was held on 4 July 2024.", as_of=dt.date(2024, 7, 4)
    )
    (date,) = [c for c in extract_claims(article) if c.kind == "date"]
    pool = asyncio.run(retrieve([date], source(wiki), as_of=article.as_of))
    (election,) = [d for d in pool.by_claim[date.id] if d.title == "2024 United Kingdom general election"]
    asked = [httpx.URL(u).params for u in wiki.requests]
    assert any(p.get("rvstart") == "2024-07-04T23:59:59Z" and p["titles"] == election.title for p in asked)
    # its history starts the day after: the current revision stays, and says so
    assert election.current and "no revision as of 2024-07-04" in election.link_reason


def test_a_clause_the_lead_does_not_settle_is_read_in_the_whole_page_and_quoted_from_its_section():
    async def run() -> tuple[str, str, list[str]]:
        wiki = FakeWiki.from_directory(PAGES)
        article = article_from_text("Profile\n\nThomas Bach grew up in Tauberbischofsheim.", as_of=dt.date(2025, 3, 21))
        report = await check_async(article, extract_claims(article), source(wiki))
        (result,) = report.claims
        return result.verdict.value, result.evidence[0].snippet, wiki.requests

    verdict, snippet, requests = asyncio.run(run())
    assert verdict == "supported"
    assert snippet.startswith("He grew up in Tauberbischofsheim")  # the 'Early life and education' section
    assert sum("exintro" not in u and "prop=extracts&" in u for u in requests) == 1


def test_a_whole_page_that_cannot_be_read_is_said_on_the_claim_not_dropped_silently():
    """The lead does not settle it and the whole page's request fails: unverified on the lead that was
    read, saying which whole page could not be read, not as if the page had been read and said nothing."""

    async def run():
        wiki = FakeWiki.from_directory(PAGES)

        def handler(request: httpx.Request) -> httpx.Response:
            if "prop=extracts" in str(request.url) and "exintro" not in str(request.url):
                return httpx.Response(200, text="<html>maintenance</html>")  # garbage where JSON belongs
            return wiki.handler(request)

        client = WikipediaSource(HttpClient(transport=httpx.MockTransport(handler)))
        article = article_from_text("Profile\n\nThomas Bach grew up in Tauberbischofsheim.", as_of=dt.date(2025, 3, 21))
        (result,) = (await check_async(article, extract_claims(article), client)).claims
        return result

    result = asyncio.run(run())
    assert result.verdict.value == "unverified"
    assert "whole page of 'Thomas Bach' could not be read" in result.rationale


def _doc(title: str) -> Document:
    return Document(url=f"https://w/{title}", title=title, source="wikipedia", retrieved_at=NOW, text="")


def _clause(subject: str) -> Claim:
    return Claim(
        id=f"c-{subject}", kind="clause", text=subject, sentence=subject, span=(0, len(subject)), subject=subject,
        relation="was",
    )  # fmt: skip


def test_whole_pages_are_read_within_the_budget_the_subjects_own_pages_first():
    claims = [_clause("Keir Starmer"), _clause("Rishi Sunak")]
    election, party = _doc("2024 United Kingdom general election"), _doc("Labour Party")
    pool = EvidencePool()
    for doc in (party, _doc("Keir Starmer")):
        pool.add(claims[0].id, doc, entity=True)
    for doc in (party, election, _doc("Rishi Sunak")):
        pool.add(claims[1].id, doc, entity=True)
    chosen = [d.title for d in pages_to_read_whole(claims, pool, budget=3)]
    assert chosen == ["Keir Starmer", "Rishi Sunak", "Labour Party"]  # then the page most claims rest on
    assert pages_to_read_whole(claims, pool, budget=0) == []


def test_a_page_that_only_names_the_subject_is_not_read_whole_for_it():
    claim = _clause("Radmila Šekerinska")
    pool = EvidencePool()
    pool.add(claim.id, _doc("Mark Rutte"))  # a search hit whose infobox names her deputy: not her page
    pool.add(claim.id, _doc("NATO"), entity=True)  # a title the claim asked for
    assert [d.title for d in pages_to_read_whole([claim], pool)] == ["NATO"]


def test_a_clause_with_nothing_a_passage_could_state_asks_for_no_whole_page():
    hosted = _clause("NATO").model_copy(update={"predicate": "hosted", "value": "the meeting"})
    grew_up = _clause("Thomas Bach").model_copy(update={"predicate": "grew up in", "value": "Tauberbischofsheim"})
    held = _clause("Thomas Bach").model_copy(update={"predicate": "won", "value": "gold", "time": "1976"})
    assert [wants(c).reread for c in (hosted, grew_up, held)] == [False, True, True]


def test_a_clause_about_a_place_asks_for_the_subjects_page_not_the_places():
    born = _clause("Jens Stoltenberg").model_copy(update={"predicate": "born in", "value": "Bergen", "place": "Bergen"})
    succeeded = _clause("Mark Rutte").model_copy(update={"predicate": "succeeded", "value": "Jens Stoltenberg"})
    assert wants(born).later == ("Jens Stoltenberg",)
    assert wants(succeeded).later == ("Mark Rutte", "Jens Stoltenberg")


def test_the_reviewed_seed_is_checked_in_its_recorded_requests_nine_supported_none_contradicted():
    async def run() -> tuple[Report, list[str]]:
        wiki = FakeWiki.from_directory(PAGES)
        article = load_article(SEED)
        claims, _ = claims_for(article, ROOT / "claims")
        report = await check_async(article, claims, source(wiki))
        return report, wiki.requests

    report, requests = asyncio.run(run())
    assert (report.summary.supported, report.summary.contradicted) == (9, 0)
    recorded = yaml.safe_load((CASSETTES / "nato-defense-chiefs.yaml").read_text(encoding="utf-8"))["interactions"]
    assert sorted(_params(u) for u in requests) == sorted(_params(i["request"]["uri"]) for i in recorded)
    assert len(requests) <= 8


def _params(uri: str) -> list[tuple[str, str]]:
    return sorted(httpx.URL(uri).params.multi_items())
