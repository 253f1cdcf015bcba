"""A page read as it stood at the article's date is read whole: its lead, infobox and body sections
(issue 15). The revision at `as_of` comes in the one request that finds it, without `rvsection`; its
body is rendered into `== Heading ==` lines and paragraphs as a current page read whole is, so a claim
its body settles ('educated at Hatton Secondary School') is decided on the page of the article's day.
A revision too long, or with markup the parser cannot read in bounded time, is read in part and says so.
"""

import asyncio
import dataclasses
import datetime as dt
import time

import httpx

from tests.conftest import PAGES
from tests.support.fakewiki import FakeWiki
from tests.test_hostile import wiki_answer
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import ClaimResult, Document, Verdict
from verify.passages import Passage, passages
from verify.pipeline import check
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource
from verify.sources.wikitext_limits import (
    MAX_BLOCK_CHARS,
    MAX_BODY_MARKUP,
    MAX_REVISION_CHARS,
    MAX_UNBALANCED_BLOCKS,
    MAX_WIKITEXT_CHARS,
    PARSE_SECONDS,
)
from verify.wikitext import body_text

run = asyncio.run
KNIGHTON_DAY = dt.date(2024, 6, 1)  # after the stored 2024 copy of 'Rich Knighton', before the current one
NATO = Document(url="https://en.wikipedia.org/wiki/NATO", title="NATO", source="wikipedia", revision_id="7",
                retrieved_at=dt.datetime(2026, 12, 2, tzinfo=dt.UTC), text="NATO is an alliance.")  # fmt: skip
TRUE_TWIN = "Knighton was educated at Hatton Secondary School in Derbyshire."  # the 2024 copy's 'Early life'
LEAD = "{{Infobox organization|name=NATO|founded=4 April 1949}}\n'''NATO''' is an alliance."


def old_revision(wikitext: str) -> dict:
    return {"pageid": 1, "title": "NATO", "revisions": [
        {"revid": 3, "timestamp": "2024-01-01T00:00:00Z", "slots": {"main": {"content": wikitext}}}]}  # fmt: skip


def read_at_date(wikitext: str) -> Document:
    source = WikipediaSource(HttpClient(transport=httpx.MockTransport(wiki_answer(old_revision(wikitext)))))
    page = run(source.revision_at(NATO, dt.date(2024, 6, 1)))
    assert page is not None
    return page


def educated(sentence: str, wiki: FakeWiki | None = None) -> ClaimResult:
    """The article's claim that holds `sentence`'s words, checked against the fake wiki on KNIGHTON_DAY; the
    article's first sentence names his office, so his page is read as of that day."""
    wiki = wiki or FakeWiki.from_directory(PAGES)
    text = f"Air Force chief\n\nAir Chief Marshal Sir Rich Knighton, the Chief of the Air Staff, spoke. {sentence}"
    article = article_from_text(text, as_of=KNIGHTON_DAY)
    source = WikipediaSource(HttpClient(transport=httpx.MockTransport(wiki.handler)))
    (result,) = [c for c in check(article, extract_claims(article), source).claims if c.text.startswith("Knighton")]
    return result


def test_the_revision_at_the_date_is_asked_whole_in_one_request():
    asked = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(dict(request.url.params))
        return httpx.Response(200, json={"batchcomplete": True, "query": {"pages": [old_revision(LEAD)]}})

    source = WikipediaSource(HttpClient(transport=httpx.MockTransport(answer)))
    run(source.revision_at(NATO, dt.date(2024, 6, 1)))
    assert asked == [
        {
            "action": "query", "format": "json", "formatversion": "2", "redirects": "1", "maxlag": "5",
            "prop": "revisions", "rvprop": "ids|timestamp|content", "rvslots": "main",
            "rvstart": "2024-06-01T23:59:59Z", "rvdir": "older", "rvlimit": "1", "titles": "NATO",
        }
    ]  # fmt: skip


def test_the_fake_wiki_gives_the_whole_revision_without_rvsection_and_the_lead_with_it():
    wiki = FakeWiki.from_directory(PAGES)
    params = {"action": "query", "format": "json", "formatversion": "2", "prop": "revisions", "rvprop": "content",
              "rvstart": "2024-06-01T23:59:59Z", "rvdir": "older", "rvlimit": "1",
              "titles": "Rich Knighton"}  # fmt: skip

    def content(**more: str) -> str:
        (page,) = wiki.api(params | more)["query"]["pages"]
        return page["revisions"][0]["slots"]["main"]["content"]

    whole, lead = content(), content(rvsection="0")
    assert whole.startswith(lead) and "== Early life ==\nBorn in 1969, Knighton was educated" in whole
    assert "Hatton" not in lead


def test_a_stored_copy_without_sections_is_its_lead_alone_whole():
    wiki = FakeWiki.from_directory(PAGES)
    page = wiki.pages["Chief of the Defence Staff (United Kingdom)"]
    assert not page.sections and page.whole_wikitext == page.wikitext


def test_an_older_revision_is_read_with_its_sections_as_passages():
    body = "\n\n== Early life ==\n{{Main|Elsewhere}}\nNATO was founded in [[Washington, D.C.|Washington]].\n"
    page = read_at_date(LEAD + body)
    assert passages(page.text) == [
        Passage("", "NATO is an alliance."),
        Passage("Early life", "NATO was founded in Washington."),
    ]
    assert [(f.label, f.value) for f in page.infobox] == [("name", "NATO"), ("founded", "4 April 1949")]


def test_a_claim_the_older_revisions_body_states_is_supported():
    assert educated(TRUE_TWIN).verdict == Verdict.SUPPORTED


def test_the_same_claim_with_another_county_is_not_supported():
    assert educated(TRUE_TWIN.replace("Derbyshire", "Lincolnshire")).verdict != Verdict.SUPPORTED


def test_a_citation_written_over_many_lines_is_no_part_of_the_text():
    body = "== Career ==\nHe flew.<ref>{{cite web\n|url=https://example.org\n|title=Flying}}</ref>\nHe landed."
    assert body_text(body) == "== Career ==\nHe flew.\nHe landed."


def test_a_table_and_a_box_standing_alone_are_left_out_of_the_body():
    body = "== Career ==\n{{Quote box\n|quote=Never said.\n}}\n{| class=wikitable\n| 1999 || Never held.\n|}\nHe flew."
    assert body_text(body) == "== Career ==\nHe flew."


def test_a_template_inside_a_paragraph_is_read_with_it():
    assert body_text("== Career ==\n{{lang|fr|Bonjour}} he said in {{nowrap|June 1999}}") == (
        "== Career ==\nBonjour he said in June 1999"
    )


def test_a_revision_longer_than_verify_reads_keeps_its_lead_and_says_why():
    huge = LEAD + "\n== History ==\n" + "NATO met in Brussels.\n" * (MAX_REVISION_CHARS // 20)
    page = read_at_date(huge)
    assert page.text == "NATO is an alliance." and page.infobox
    assert "more than the 1,000,000 verify reads, so only its lead was read" in page.unread


def test_a_long_revision_within_the_bound_keeps_its_infobox_and_body():
    paragraph = "NATO met in Brussels. " * (MAX_BLOCK_CHARS // 30)  # long paragraphs: few blocks to read
    long = LEAD + "\n== History ==\n" + "\n".join([paragraph] * (MAX_WIKITEXT_CHARS // len(paragraph) + 1))
    assert len(long) > MAX_WIKITEXT_CHARS
    page = read_at_date(long)
    assert page.infobox and page.text.endswith("NATO met in Brussels.") and not page.unread


def test_a_body_block_the_parser_would_backtrack_on_is_left_out_in_bounded_time():
    hostile = "[[a|{{b|<ref>" * 200  # 2,600 characters: about a second of backtracking, longer ones minutes
    start = time.perf_counter()
    page = read_at_date(f"{LEAD}\n== History ==\nNATO met in Brussels.\n\n== Odd ==\n{hostile}")
    assert time.perf_counter() - start < PARSE_SECONDS + 5
    assert page.text == "NATO is an alliance.\n== History ==\nNATO met in Brussels.\n== Odd =="
    assert "1 block(s) of its body hold markup the parser cannot read in bounded time" in page.unread


def test_a_revision_read_in_part_says_so_on_the_claims_resting_on_it():
    """The as-of revision stands in for the page on every claim: what of it went unread is said there."""
    wiki = FakeWiki.from_directory(PAGES)
    odd = [{"heading": "Odd", "paragraphs": ["[[a|{{b|<ref>" * 200]}]
    wiki.history["Rich Knighton"][0] = dataclasses.replace(wiki.history["Rich Knighton"][0], sections=odd)
    result = educated(TRUE_TWIN, wiki)
    assert (
        result.verdict == Verdict.UNVERIFIED
        and "1 block(s) of its body hold markup the parser cannot read in bounded time" in result.rationale
    )


def test_a_body_of_many_slow_lines_is_read_up_to_its_markup_bound_and_says_the_rest_was_left_out():
    """Each line of bold-italic marks is well formed and short, but the parser's time goes with its marks (20-150
    ms a line under load); a thousand of them took a minute. Reading stops at MAX_BODY_MARKUP marks, by count,
    so the same revision gives the same text on a busy machine as on an idle one."""
    slow = "\n".join(["'''''a " * 140] * 1_000)  # 140 marks a line: 142 lines fit in the bound
    page = read_at_date(f"{LEAD}\n== History ==\nNATO met in Brussels.\n\n== Odd ==\n{slow}")
    assert page.text.startswith("NATO is an alliance.\n== History ==\nNATO met in Brussels.\n== Odd ==")
    assert page.text.count("\n") == 3 + MAX_BODY_MARKUP // 140
    assert page.unread.startswith(f"{1_000 - MAX_BODY_MARKUP // 140} block(s) of its body came after the 20,000 marks")


def test_a_body_of_many_unclosed_lines_reads_a_bounded_number_of_them():
    """Short lines of unclosed links each cost the parser tens of milliseconds: MAX_UNBALANCED_BLOCKS are read."""
    unclosed = "\n".join(f"[[Brussels|{n}" for n in range(1_000))
    page = read_at_date(f"{LEAD}\n== Odd ==\n{unclosed}\n== History ==\nNATO met in Brussels.")
    assert page.unread.startswith(f"{1_000 - MAX_UNBALANCED_BLOCKS} block(s) of its body came after")
    assert page.text.endswith("== History ==\nNATO met in Brussels.")


def test_a_body_block_longer_than_any_paragraph_is_left_out_unparsed():
    long = "'''''a " * (MAX_BLOCK_CHARS // 7 + 1)
    page = read_at_date(f"{LEAD}\n== Odd ==\n{long}\n== History ==\nNATO met in Brussels.")
    assert page.text == "NATO is an alliance.\n== Odd ==\n== History ==\nNATO met in Brussels."
    assert page.unread.startswith("1 block(s) of its body hold markup the parser cannot read in bounded time")


def test_a_comment_over_several_lines_is_no_part_of_an_older_revision():
    hidden = "<!--\nNATO was dissolved in 1999.\n-->"
    page = read_at_date(f"{LEAD}\n{hidden}\n== History ==\n{hidden}\nNATO met in Brussels.")
    assert page.text == "NATO is an alliance.\n== History ==\nNATO met in Brussels."
