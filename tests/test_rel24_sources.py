"""rel24: one page too large to read costs only its own claims, and says so (user23's notes 3 and 4)."""

import asyncio

import httpx

from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

CAP = 200_000  # the answer-size cap of these tests' client; the hostile page's answer is padded past it


def _one_oversized_page(fake_wiki, huge: str, requests: list[str]):
    """The fake wiki, but every answer that holds `huge` is padded past the cap (trailing blanks: still JSON)."""

    def handler(request: httpx.Request) -> httpx.Response:
        titles = request.url.params.get("titles", "")
        requests.append(titles)
        answer = fake_wiki.handler(request)
        if huge in titles.split("|"):
            return httpx.Response(
                200, content=answer.content + b" " * CAP, headers={"content-type": "application/json"}
            )
        return answer

    return handler


def test_a_batch_over_the_size_cap_is_asked_again_in_parts_and_only_the_oversized_page_is_lost(fake_wiki):
    requests: list[str] = []
    http = HttpClient(
        transport=httpx.MockTransport(_one_oversized_page(fake_wiki, "NATO", requests)), sleep=lambda s: None
    )
    http.max_bytes = CAP
    wiki = WikipediaSource(http)
    titles = ["Dan Caine", "Donald Trump", "NATO", "Vladimir Putin", "Sergey Lavrov"]
    found = asyncio.run(wiki.lookup(titles))
    asyncio.run(http.aclose())
    assert {t for t, hit in found.items() if hit.document is not None} == set(titles) - {"NATO"}
    lost = found["NATO"]
    assert lost.document is None and not lost.unreachable  # the wiki answers: searches go on
    assert "'NATO'" in lost.reason and "larger than 200,000 bytes" in lost.reason
    assert len(requests) <= 1 + 2 * 3  # halves, not a request per title of a 20-title batch


def _page_with_lead(wikitext: str):
    page = {"pageid": 1, "title": "NATO", "extract": "NATO is an alliance.", "fullurl": "https://en.wikipedia.org/wiki/NATO",
            "revisions": [{"revid": 7, "slots": {"main": {"content": wikitext}}}]}  # fmt: skip
    return lambda request: httpx.Response(200, json={"query": {"pages": [page]}})


def test_an_infobox_too_large_to_read_is_said_on_the_claims_with_what_the_editor_can_do():
    """A 7 MB infobox is skipped (over the 300,000 characters of wikitext read): its claim said only 'no
    passage'; now it says the infobox went unread, how large it was, and where to read it."""
    from verify.judge import judge
    from verify.models import Claim, Reason, Verdict
    from verify.retrieve import EvidencePool

    huge = "{{Infobox organization|name=NATO|members=" + "x" * 400_000 + "}}"
    http = HttpClient(transport=httpx.MockTransport(_page_with_lead(huge)))
    doc = asyncio.run(WikipediaSource(http).lookup(["NATO"]))["NATO"].document
    asyncio.run(http.aclose())
    assert doc is not None and doc.infobox == ()
    assert "400,0" in doc.unread and "300,000" in doc.unread and "infobox was not read" in doc.unread
    text = "NATO has 33 members"
    claim = Claim(id="c1", kind="quantity", text=text, sentence=text + ".", span=(0, len(text)), subject="NATO",
                  relation="count", value="33 members", number=33, unit="members")  # fmt: skip
    pool = EvidencePool()
    pool.add("c1", doc, entity=True)
    result = judge([claim], pool, None)[0]
    assert result.verdict == Verdict.UNVERIFIED and result.reason == Reason.NO_PASSAGE
    assert "infobox was not read" in result.rationale and "https://en.wikipedia.org/wiki/NATO" in result.rationale


def test_an_infobox_within_the_limits_or_none_at_all_leaves_nothing_unread():
    for lead in ("{{Infobox organization|name=NATO|members=32}} NATO is an alliance.", "NATO is an alliance."):
        http = HttpClient(transport=httpx.MockTransport(_page_with_lead(lead)))
        doc = asyncio.run(WikipediaSource(http).lookup(["NATO"]))["NATO"].document
        asyncio.run(http.aclose())
        assert doc is not None and doc.unread == ""
