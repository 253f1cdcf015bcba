"""Edges found by trying the merged main as an attacker (session 22, user22)."""

import asyncio

import httpx
import pytest

from verify.sources.http import HttpClient, SourceError

API = "https://wiki.example/w/api.php"
CUT = b'{"batchcomplete": true, "query": {"pages": [{"pageid": 1'


def client(body: bytes, content_type: str, **kwargs) -> HttpClient:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": content_type})

    return HttpClient(transport=httpx.MockTransport(answer), sleep=lambda s: None, max_retries=0, **kwargs)


def test_a_json_answer_cut_short_says_it_was_cut_short():
    """Was only `is not JSON (application/json)`: the type said JSON, and nothing said why it was not."""
    with pytest.raises(SourceError, match=r"is not JSON: cut short after 56 bytes \(application/json\)"):
        asyncio.run(client(CUT, "application/json; charset=utf-8").get_json(API, {}))


def test_a_cut_short_answer_replayed_from_a_cassette_names_the_recording_and_the_cure():
    """A cassette edited by hand or cut by a full disk: retrying cannot mend it, recording again can."""
    with pytest.raises(SourceError, match=r"recorded answer from wiki\.example .*cut short.*--record"):
        asyncio.run(client(CUT, "application/json", replaying=True).get_json(API, {}))


def test_an_answer_cut_inside_a_string_is_cut_short_too():
    """The parser names where the open string began, not the end: still a cut-short answer."""
    body = b'{"query": {"pages": [{"title": "Mark Ru'
    with pytest.raises(SourceError, match=r"not JSON: cut short after 39 bytes"):
        asyncio.run(client(body, "application/json").get_json(API, {}))


def test_an_html_page_where_json_was_expected_still_says_not_json():
    with pytest.raises(SourceError, match=r"is not JSON \(text/html\)"):
        asyncio.run(client(b"<html>busy</html>", "text/html").get_json(API, {}))
