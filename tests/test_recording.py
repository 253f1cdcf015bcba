"""Recording a cassette (`--record`, `--record-new`) keeps it bounded and replayable: one answer per
request (the one the run used), no answer over the HTTP client's size cap, no cassette larger than
replay will read."""

import asyncio
import gzip
import json

import httpx
import pytest

from verify import cassette as cassette_module
from verify.cassette import Cassette, CassetteTransport
from verify.errors import InputError
from verify.sources.http import HttpClient, SourceError

API = "https://en.wikipedia.org/w/api.php"
NATO = {"action": "query", "titles": "NATO", "format": "json"}
ANSWER = {"query": {"pages": [{"title": "NATO", "extract": "NATO is an alliance of 32 member states."}]}}


def recording_client(cassette: Cassette, handler, **kwargs) -> HttpClient:
    """A client that fetches from `handler` and records into `cassette`, as `verify check --record` does."""
    return HttpClient(
        transport=httpx.MockTransport(handler),
        wrap_transport=lambda live: CassetteTransport(cassette, live, record=True),
        sleep=lambda seconds: None,
        **kwargs,
    )


def test_a_retried_request_is_recorded_once_with_the_answer_the_run_used(tmp_path):
    answers = iter([httpx.Response(503, headers={"Retry-After": "1"}), httpx.Response(200, json=ANSWER)])
    tape = Cassette(tmp_path / "t.yaml")

    answer = asyncio.run(recording_client(tape, lambda request: next(answers)).get_json(API, NATO))

    assert answer.data == ANSWER
    assert [i["response"]["status"]["code"] for i in tape.interactions] == [200]
    replayed = asyncio.run(HttpClient(transport=CassetteTransport(tape), replaying=True).get_json(API, NATO))
    assert replayed.data == ANSWER


def test_a_gzip_bomb_answered_while_recording_is_refused_unread_and_not_recorded(tmp_path):
    bomb = gzip.compress(b" " * (20 * 1024 * 1024))  # 20 KB on the wire, 20 MB inflated
    tape = Cassette(tmp_path / "t.yaml")
    client = recording_client(
        tape, lambda request: httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=bomb), max_retries=0
    )

    with pytest.raises(SourceError, match="larger than 10,485,760 bytes"):
        asyncio.run(client.get_json(API, NATO))
    assert tape.interactions == []


def test_an_answer_that_would_take_the_cassette_past_its_cap_is_refused_with_the_reason(tmp_path, monkeypatch):
    monkeypatch.setattr(cassette_module, "MAX_BODIES_BYTES", 1_000)
    tape = Cassette(tmp_path / "t.yaml")
    padded = {**ANSWER, "padding": "x" * 2_000}
    client = recording_client(tape, lambda request: httpx.Response(200, json=padded), max_retries=0)

    with pytest.raises(SourceError, match="would grow past 1,000 bytes of answers; not recorded"):
        asyncio.run(client.get_json(API, NATO))
    assert tape.interactions == []


def test_a_recording_larger_than_replay_reads_is_not_saved_and_the_old_cassette_stays(tmp_path, monkeypatch):
    path = tmp_path / "t.yaml"
    path.write_text("interactions: []\n")
    tape = Cassette(path)
    asyncio.run(recording_client(tape, lambda request: httpx.Response(200, json=ANSWER)).get_json(API, NATO))
    monkeypatch.setattr(cassette_module, "MAX_CASSETTE_BYTES", 200)

    with pytest.raises(InputError, match="over the 200 a cassette may hold; not saved"):
        tape.save()
    assert path.read_text() == "interactions: []\n"
    assert json.loads(tape.interactions[0]["response"]["body"]["string"]) == ANSWER


def test_record_new_fetches_again_a_busy_answer_an_older_recording_kept(tmp_path):
    """A cassette recorded before answers were kept one per request may hold a 503: `--record-new`
    asks again instead of replaying it, and keeps the new answer in its place."""
    path = tmp_path / "t.yaml"
    busy = Cassette(path)
    busy.add(httpx.Request("GET", API, params=NATO), httpx.Response(503), b"")
    busy.save()
    tape = Cassette.load(path)

    answer = asyncio.run(recording_client(tape, lambda request: httpx.Response(200, json=ANSWER)).get_json(API, NATO))

    assert answer.data == ANSWER
    assert [i["response"]["status"]["code"] for i in tape.interactions] == [200]
