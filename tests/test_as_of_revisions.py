"""Claims are judged on pages as they stood at the article's date: the fake wiki keeps the older
stored copies as earlier revisions, answers `rvstart`/`rvdir=older` as MediaWiki does, and retrieval
asks for the revision at as_of when a page's current revision is newer."""

import asyncio
import datetime as dt

import httpx

from tests.conftest import PAGES
from tests.support.fakewiki import FakeWiki
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.retrieve import retrieve
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

run = asyncio.run
API = "https://en.wikipedia.org/w/api.php"
AT_DATE = {
    "action": "query",
    "format": "json",
    "formatversion": "2",
    "prop": "revisions",
    "rvprop": "ids|timestamp|content",
    "rvslots": "main",
    "rvdir": "older",
    "rvlimit": "1",
}


def ask(wiki: FakeWiki, **params: str) -> dict:
    return wiki.api(AT_DATE | params)


def test_the_fake_wiki_answers_the_newest_revision_saved_by_the_date():
    wiki = FakeWiki.from_directory(PAGES)
    (page,) = ask(wiki, titles="Charles Michel", rvstart="2024-06-28T23:59:59Z")["query"]["pages"]
    (revision,) = page["revisions"]
    assert revision["timestamp"] < "2024-06-28T23:59:59Z"
    assert "since 2019" in revision["slots"]["main"]["content"]
    assert revision["revid"] != wiki.pages["Charles Michel"].revid >= 9_000_000_000


def test_a_page_whose_history_starts_later_comes_without_revisions():
    wiki = FakeWiki.from_directory(PAGES)
    (page,) = ask(wiki, titles="Keir Starmer", rvstart="2024-05-23T23:59:59Z")["query"]["pages"]
    assert page["title"] == "Keir Starmer" and "revisions" not in page


def test_revisions_at_a_date_are_asked_one_title_at_a_time():
    answer = ask(FakeWiki.from_directory(PAGES), titles="Charles Michel|Keir Starmer", rvstart="2024-06-28T00:00:00Z")
    assert answer["error"]["code"] == "multpages"


def source(wiki: FakeWiki) -> WikipediaSource:
    return WikipediaSource(HttpClient(transport=httpx.MockTransport(wiki.handler)))


def test_a_role_claim_is_read_against_the_revision_at_the_articles_date():
    wiki = FakeWiki.from_directory(PAGES)
    article = article_from_text(
        "Summit\n\nEuropean Council President Charles Michel opened the summit.", as_of=dt.date(2024, 6, 28)
    )
    claims = [c for c in extract_claims(article) if c.kind == "role"]
    pool = run(retrieve(claims, source(wiki), as_of=article.as_of))
    (michel,) = [d for d in pool.by_claim[claims[0].id] if d.title == "Charles Michel"]
    assert not michel.current and michel.revision_timestamp.date() <= dt.date(2024, 6, 28)
    assert michel.revision_url.endswith(f"oldid={michel.revision_id}")
    assert "since 2019" in michel.text and "as of 2024-06-28" in michel.link_reason
    assert sum("rvstart=2024-06-28" in u for u in wiki.requests) >= 1


def test_without_an_earlier_revision_the_current_ones_dated_terms_decide_and_say_so():
    wiki = FakeWiki.from_directory(PAGES)
    article = article_from_text("Vote\n\nPrime Minister Keir Starmer spoke.", as_of=dt.date(2024, 5, 23))
    claims = [c for c in extract_claims(article) if c.kind == "role"]
    pool = run(retrieve(claims, source(wiki), as_of=article.as_of))
    (starmer,) = [d for d in pool.by_claim[claims[0].id] if d.title == "Keir Starmer"]
    assert starmer.current and "no revision as of 2024-05-23" in starmer.link_reason


def test_a_page_not_newer_than_the_date_costs_no_extra_request():
    wiki = FakeWiki.from_directory(PAGES)
    article = article_from_text("Talks\n\nRussian Foreign Minister Sergey Lavrov spoke.", as_of=dt.date(2025, 8, 20))
    run(retrieve(extract_claims(article), source(wiki), as_of=article.as_of))
    assert not any("rvstart" in u for u in wiki.requests)


def test_the_day_after_the_leadership_vote_reads_the_english_revision_with_the_points():
    wiki = FakeWiki.from_directory(PAGES)
    title = "2025 Liberal Party of Canada leadership election"
    (page,) = ask(wiki, titles=title, rvstart="2025-03-10T23:59:59Z")["query"]["pages"]
    (revision,) = page["revisions"]
    assert revision["timestamp"].startswith("2025-03-09")
    assert "29,456.91 (85.9%)" in revision["slots"]["main"]["content"]


def test_before_its_september_2025_copy_trudeaus_page_is_the_lead_only_revision():
    wiki = FakeWiki.from_directory(PAGES)
    (page,) = ask(wiki, titles="Justin Trudeau", rvstart="2025-03-17T23:59:59Z")["query"]["pages"]
    (revision,) = page["revisions"]
    content = revision["slots"]["main"]["content"]
    assert revision["timestamp"].startswith("2021-01-20")
    assert "has served as the 23rd prime minister of Canada since 2015" in content
    assert "{{Infobox" not in content


def test_a_revision_saved_before_a_handover_the_current_one_dates_gives_way_to_the_current_ones_terms():
    """The stored Barnier copy from his premiership is the page's newest revision by 16 December 2024, but
    the current revision dates the end of that term on 13 December: the older copy cannot know it."""
    wiki = FakeWiki.from_directory(PAGES)
    article = article_from_text("Paris\n\nFormer Prime Minister Michel Barnier spoke.", as_of=dt.date(2024, 12, 16))
    claims = [c for c in extract_claims(article) if c.kind == "role"]
    pool = run(retrieve(claims, source(wiki), as_of=article.as_of))
    (barnier,) = [d for d in pool.by_claim[claims[0].id] if d.title == "Michel Barnier"]
    assert sum("rvstart=2024-12-16" in u for u in wiki.requests) >= 1  # the revision at the date was asked for
    assert barnier.current and "dates on 2024-12-13" in barnier.link_reason


def test_a_revision_saved_after_every_dated_change_before_the_article_stands():
    wiki = FakeWiki.from_directory(PAGES)
    article = article_from_text("Paris\n\nPrime Minister Michel Barnier spoke.", as_of=dt.date(2024, 12, 5))
    claims = [c for c in extract_claims(article) if c.kind == "role"]
    pool = run(retrieve(claims, source(wiki), as_of=article.as_of))
    (barnier,) = [d for d in pool.by_claim[claims[0].id] if d.title == "Michel Barnier"]
    assert not barnier.current and "as of 2024-12-05" in barnier.link_reason
