"""Edges found by trying main as a new user, a desk editor and an attacker (session 23, user23)."""

import asyncio
import json

import httpx
import pytest

from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource


def _page_with_revision(revid: object) -> httpx.MockTransport:
    page = {
        "pageid": 1,
        "title": "Charles Michel",
        "lastrevid": revid,
        "fullurl": "https://en.wikipedia.org/wiki/Charles_Michel",
        "extract": "Charles Michel is a Belgian politician.",
    }
    body = json.dumps({"batchcomplete": True, "query": {"pages": [page]}}).encode()
    return httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"})
    )


@pytest.mark.parametrize("revid", [True, "\u00b2", "abc", -5, 0, "12 34", "9" * 5000, 10**30])
def test_a_revision_id_that_is_no_positive_number_is_no_revision_and_no_link(revid):
    """A broken or hostile wiki's `lastrevid`: `true` was shown as 'rev True', '²' (a digit to
    `isdigit()`) linked `oldid=²`, 5,000 nines filled every link of every report. The page is still
    read, with no revision id and no revision link."""
    http = HttpClient(transport=_page_with_revision(revid), max_retries=0)
    found = asyncio.run(WikipediaSource(http).lookup(["Charles Michel"]))["Charles Michel"]
    assert found.document is not None and "Belgian" in found.document.text
    assert found.document.revision_id is None and found.document.revision_url is None


@pytest.mark.parametrize("revid", [1288270416, "1288270416"])
def test_a_revision_id_given_as_a_number_or_its_digits_is_linked(revid):
    http = HttpClient(transport=_page_with_revision(revid), max_retries=0)
    doc = asyncio.run(WikipediaSource(http).lookup(["Charles Michel"]))["Charles Michel"].document
    assert doc is not None and doc.revision_id == "1288270416"
    assert doc.revision_url == "https://en.wikipedia.org/w/index.php?oldid=1288270416"
