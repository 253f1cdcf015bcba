"""Retries, Retry-After, maxlag and bad answers, through the fake wiki's fault switches."""

import asyncio

import pytest

from verify.sources.http import SourceError, parse_retry_after

PARAMS = {"action": "query", "format": "json", "formatversion": "2", "titles": "NATO"}
API = "https://en.wikipedia.org/w/api.php"

run = asyncio.run


@pytest.mark.parametrize("kind", ["429", "503"])
def test_busy_answers_are_retried_after_the_time_the_server_asks(http, fake_wiki, sleeps, kind):
    fake_wiki.faults.kind, fake_wiki.faults.count, fake_wiki.faults.retry_after = kind, 2, "7"
    answer = run(http.get_json(API, PARAMS))
    assert answer.data["query"]["pages"][0]["title"] == "NATO"
    assert sleeps == [7.0, 7.0]


def test_maxlag_error_with_http_200_is_retried(http, fake_wiki, sleeps):
    fake_wiki.faults.kind, fake_wiki.faults.count, fake_wiki.faults.retry_after = "maxlag", 1, "5"
    assert run(http.get_json(API, PARAMS)).data["batchcomplete"] is True
    assert sleeps == [5.0]


def test_without_retry_after_the_client_backs_off_exponentially(http, fake_wiki, sleeps):
    fake_wiki.faults.kind, fake_wiki.faults.count, fake_wiki.faults.retry_after = "503", 3, None
    run(http.get_json(API, PARAMS))
    assert sleeps == [1.0, 2.0, 4.0]


def test_retries_are_bounded_and_the_failure_is_remembered(http, fake_wiki, sleeps):
    fake_wiki.faults.kind, fake_wiki.faults.count = "truncated", -1
    with pytest.raises(SourceError, match="not JSON"):
        run(http.get_json(API, PARAMS))
    assert len(fake_wiki.requests) == http.max_retries + 1
    with pytest.raises(SourceError):
        run(http.get_json(API, PARAMS))
    assert len(fake_wiki.requests) == http.max_retries + 1


def test_an_html_error_page_where_json_was_expected_is_a_reason_not_a_crash(http, fake_wiki):
    fake_wiki.faults.kind, fake_wiki.faults.count = "html", -1
    with pytest.raises(SourceError, match=r"not JSON \(text/html\)"):
        run(http.get_json(API, PARAMS))


def test_oversized_answers_are_cut_off(http):
    http.max_bytes = 1000
    with pytest.raises(SourceError, match="larger than 1,000 bytes"):
        run(http.get_json(API, {**PARAMS, "titles": "Dan Caine|NATO", "prop": "extracts", "exintro": "1"}))


def test_retry_after_accepts_seconds_and_http_dates():
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_retry_after("soon") is None
