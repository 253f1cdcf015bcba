"""Evidence beyond the lead: a page's text in passages with their section headings, ranked for a
claim by BM25, and counts read where the page ties the same subject to the same counted noun."""

import asyncio
import datetime as dt

import httpx
import pytest

from tests.conftest import PAGES
from tests.support.checked import verdicts
from tests.support.fakewiki import FakeWiki
from verify.passages import best_sentence, passages, rank
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

PAGE = (
    "The election was held in July.\n"
    "== Results ==\n"
    "The Conservatives won 121 seats. Turnout fell.\n"
    "Labour secured 411 seats and a 174-seat majority.\n"
    "== Aftermath ==\n"
    "The new cabinet met."
)


def test_passages_carry_their_section_heading():
    found = passages(PAGE)
    assert [(p.section, p.text[:15]) for p in found] == [
        ("", "The election wa"),
        ("Results", "The Conservativ"),
        ("Results", "Labour secured "),
        ("Aftermath", "The new cabinet"),
    ]


def test_the_passage_sharing_the_claims_entities_and_numbers_ranks_first():
    ranked = rank("Labour won 411 of the 650 seats", passages(PAGE))
    assert ranked[0][1].text.startswith("Labour secured 411 seats")
    assert [score for score, _ in ranked] == sorted((score for score, _ in ranked), reverse=True)


def test_the_best_sentence_of_a_passage_is_the_one_aligned_with_the_claim():
    (passage,) = [p for p in passages(PAGE) if p.text.startswith("The Conservatives")]
    assert best_sentence("the Conservatives fell to 121 seats", passage)[1] == "The Conservatives won 121 seats."


ELECTION = (
    "Keir Starmer became Prime Minister of the United Kingdom on 5 July 2024, hours after his Labour Party won "
    "a landslide in the general election held on 4 July 2024. Labour won {n} of the 650 seats."
)


@pytest.mark.parametrize(("seats", "verdict"), [("411", "supported"), ("421", "contradicted")])
def test_a_count_is_read_off_the_infobox_group_of_the_same_side(seats: str, verdict: str):
    got = verdicts(ELECTION.format(n=seats), dt.date(2024, 7, 6))
    assert got[f"{seats} of the 650 seats"] == verdict


def test_the_whole_a_count_is_taken_from_is_not_contradicted_by_the_part():
    got = verdicts(ELECTION.format(n="411"), dt.date(2024, 7, 6))
    assert got.get("650 seats", "unverified") != "contradicted"


def test_the_whole_article_comes_in_passages_under_its_section_headings():
    async def run():
        wiki = FakeWiki.from_directory(PAGES)
        source = WikipediaSource(HttpClient(transport=httpx.MockTransport(wiki.handler)))
        lead = (await source.lookup(["Thomas Bach"]))["Thomas Bach"].document
        return lead, await source.full_text(lead)

    lead, whole = asyncio.run(run())
    assert "Fencing career" not in lead.text
    fencing = [p for p in passages(whole.text) if p.section == "Fencing career"]
    assert fencing and "foil fencer" in fencing[0].text
