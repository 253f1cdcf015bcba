"""Parsing while fetching: an article extracted during a live check is parsed on the parse thread
while what its pattern claims want is already fetched, and its claims and verdicts are those of a
check that extracted first and fetched after."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

from tests.conftest import PAGES, SEED
from tests.support.fakewiki import FakeWiki
from verify import app as verify_app
from verify import nlp, pipeline
from verify.extract import extract_claims
from verify.pipeline import Pending, check_async
from verify.sources import wikipedia as wikipedia_module
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

NOW = dt.datetime(2025, 8, 20, tzinfo=dt.UTC)


def _slow_wiki(log: list[float], latency: float = 0.05) -> HttpClient:
    """The fake wiki answering after `latency` seconds, noting when each request arrived."""
    wiki = FakeWiki.from_directory(PAGES)

    async def answer(request: httpx.Request) -> httpx.Response:
        log.append(time.monotonic())
        await asyncio.sleep(latency)
        return wiki.handler(request)

    return HttpClient(transport=httpx.MockTransport(answer))


def _verdicts(report) -> list[tuple]:
    return [
        (c.id, c.text, c.span, c.verdict, c.reason, [(e.url, e.revision_id, e.snippet, e.stance) for e in c.evidence])
        for c in report.claims
    ]


def test_a_pending_extraction_gives_the_claims_extraction_gives(seed):
    expected = [c.model_dump() for c in extract_claims(seed)]
    got = asyncio.run(Pending(seed).start().claims())
    assert [c.model_dump() for c in got] == expected


def test_requests_start_while_the_article_is_still_being_parsed(tmp_path, monkeypatch):
    real = nlp._parse_here
    parsed_at: list[float] = []

    def slow_parse(text, model):
        time.sleep(0.4)  # a long article on a busy machine
        done = real(text, model)
        parsed_at.append(time.monotonic())
        return done

    monkeypatch.setattr(nlp, "_parse_here", slow_parse)
    asked_at: list[float] = []
    http = _slow_wiki(asked_at)
    options = verify_app.RunOptions(out_dir=tmp_path, mode="live", cassettes=tmp_path, claims_dir=tmp_path)
    result = asyncio.run(verify_app.check_all([SEED], options, http))
    assert result.reports and parsed_at and asked_at
    assert min(asked_at) < parsed_at[0]  # the first request went out before the parse was done


def test_fetching_early_leaves_every_verdict_and_its_evidence_as_fetching_after(seed, tmp_path):
    after = HttpClient(transport=httpx.MockTransport(FakeWiki.from_directory(PAGES).handler))
    expected = asyncio.run(check_async(seed, extract_claims(seed), WikipediaSource(after)))
    log: list[float] = []
    options = verify_app.RunOptions(out_dir=tmp_path, mode="live", cassettes=tmp_path, claims_dir=tmp_path)
    early = asyncio.run(verify_app.check_all([SEED], options, _slow_wiki(log, latency=0.0)))
    assert _verdicts(early.reports[0]) == _verdicts(expected)
    assert len(log) == after.requests_made  # nothing asked twice, nothing extra for this article


def test_a_parse_started_ahead_is_taken_not_parsed_again(monkeypatch):
    real = nlp._parse_here
    calls: list[str] = []
    monkeypatch.setattr(nlp, "_parse_here", lambda text, model: calls.append(text) or real(text, model))
    text = "Title\n\nNATO Secretary General Mark Rutte spoke in Brussels on Monday.\n"
    ahead = nlp.parse_ahead(text)
    assert nlp.parse(text) is ahead.result()
    assert calls == [text]
    nlp.parse(text)  # taken once: a later parse of the same text is a parse of its own
    assert calls == [text, text]


def test_an_article_whose_extraction_fails_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch):
    real = pipeline.extract_claims

    def exhausted(article):
        if article.stem == "a":
            raise RecursionError
        return real(article)

    monkeypatch.setattr(pipeline, "extract_claims", exhausted)
    paths = []
    for name in ("a", "b"):
        paths.append(tmp_path / f"{name}.txt")
        paths[-1].write_text(f"{name}\n\nRussian President Vladimir Putin spoke.\n")
    options = verify_app.RunOptions(out_dir=tmp_path / "out", mode="offline", cassettes=tmp_path, claims_dir=tmp_path)
    result = verify_app.check_files(paths, options)
    assert result.failed == [f"{paths[0]}: cannot be read (RecursionError)"]
    assert [Path(r.article.path).name for r in result.reports] == ["b.txt"] and (tmp_path / "out" / "b.json").exists()


def test_a_page_infobox_is_read_once_per_run_and_its_unknown_templates_counted_each_time(monkeypatch):
    page = {
        "pageid": 1,
        "title": "Example",
        "lastrevid": 5,
        "revisions": [{"revid": 5, "slots": {"main": {"content": "{{Infobox person|name={{nosuchtemplate|Ann}}}}"}}}],
    }
    real = wikipedia_module.parse_infobox
    parsed: Counter[str] = Counter()
    monkeypatch.setattr(
        wikipedia_module, "parse_infobox", lambda box, unknown: parsed.update([box]) or real(box, unknown)
    )
    source = WikipediaSource(HttpClient())
    first = source._document(page, "test", NOW)
    second = source._document(page, "test", NOW)
    assert first.infobox == second.infobox and [f.label for f in first.infobox] == ["name"]
    assert sum(parsed.values()) == 1
    assert source.unknown_templates == {"nosuchtemplate": 2}


def test_the_forecast_never_waits_for_the_parse(seed, monkeypatch):
    def no_parse(text, model=None):
        raise AssertionError("the forecast asked for the parse")

    monkeypatch.setattr(nlp, "parse", no_parse)
    pending = Pending(seed).start()
    assert pending.forecast and {c.kind for c in pending.forecast} >= {"role", "quote"}
    nlp.drop_ahead()


def _parse_thread_held() -> tuple[threading.Event, object]:
    """Keep the parse thread busy until the event is set, so that parses asked meanwhile wait together."""
    release, started = threading.Event(), threading.Event()
    busy = nlp._worker.submit(lambda: started.set() or release.wait(10))
    assert started.wait(10)
    return release, busy


def _readings(doc) -> list[tuple]:
    return [
        (t.idx, t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start)
        for t in doc
    ]


def _parsed_waiting_together(texts: list[str]) -> list[list[tuple]]:
    """The readings of texts whose parses were asked while the parse thread was busy, so they wait together."""
    release, busy = _parse_thread_held()
    futures = [nlp.parse_ahead(t) for t in texts]
    release.set()
    busy.result(10)
    got = [_readings(f.result(60).doc) for f in futures]
    nlp.drop_ahead()
    return got


def test_parses_waiting_together_are_one_batch_with_each_texts_own_parse(monkeypatch):
    texts = [
        "Title\n\nThe harbour board of Kelmstow named Ada Brennick its chair on 3 March 2021.\n",
        "Title\n\nAbout 40 percent of the 1,200 ferries crossed the strait before noon.\n",
        "Title\n\nShe said the bridge, opened in 1998, would close for two years.\n",
    ]
    alone = [_readings(nlp.parse(t).doc) for t in texts]
    model = nlp.load_model()
    piped: list[list[str]] = []

    class Recording:
        def __call__(self, text):
            return model(text)

        def pipe(self, given, **kwargs):
            piped.append(list(given))
            return model.pipe(given, **kwargs)

    monkeypatch.setattr(nlp, "load_model", lambda name=None: Recording())
    got = _parsed_waiting_together(texts)
    assert piped == [texts]  # one batch, in the order asked
    assert got == alone


def test_a_parse_that_cannot_join_a_batch_waits_its_turn_after_it(monkeypatch):
    order: list[str] = []
    real = nlp._together
    monkeypatch.setattr(nlp, "_together", lambda batch: order.append("batch") or real(batch))
    release, busy = _parse_thread_held()
    first = [nlp.parse_ahead(f"Title\n\nThe port of Ravenholt handled {n} ships in 2020.\n") for n in (12, 13)]
    other = nlp._worker.submit(lambda: order.append("other"))
    last = nlp.parse_ahead("Title\n\nThe port of Ravenholt handled 14 ships in 2021.\n")
    release.set()
    for future in [busy, *first, other, last]:
        future.result(30)
    nlp.drop_ahead()
    assert order == ["batch", "other"]  # the last parse came after the other job: parsed alone, after it


def test_a_text_with_an_over_long_line_is_parsed_in_its_pieces_even_when_others_wait_with_it():
    line = " ".join(f"the dock at Varrow{n} took {n} crates" for n in range(400))  # one unpunctuated line
    texts = ["Title\n\nThe port of Ravenholt handled 12 ships in 2020.\n", f"Title\n\n{line}\n"]
    alone = [_readings(nlp.parse(t).doc) for t in texts]
    got = _parsed_waiting_together(texts)
    assert got == alone  # the long line was cut where a parse alone cuts it, not parsed whole in the batch


def test_a_batch_that_fails_is_parsed_text_by_text_so_only_the_bad_text_fails(monkeypatch):
    model = nlp.load_model()
    bad = "Title\n\nThe ferry to Ulvsund left at 9 am with 31 cars.\n"

    class FailingOn:
        def __call__(self, text):
            if text == bad:
                raise MemoryError
            return model(text)

        def pipe(self, given, **kwargs):
            raise MemoryError

    monkeypatch.setattr(nlp, "load_model", lambda name=None: FailingOn())
    release, busy = _parse_thread_held()
    good = nlp.parse_ahead("Title\n\nThe ferry to Ulvsund left at 8 am with 30 cars.\n")
    failing = nlp.parse_ahead(bad)
    release.set()
    busy.result(10)
    assert len(good.result(30).doc) > 0
    assert isinstance(failing.exception(30), MemoryError)
    nlp.drop_ahead()
