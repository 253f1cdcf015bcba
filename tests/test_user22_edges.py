"""Edges found by trying the merged main as an attacker (session 22, user22)."""

import asyncio
import json

import httpx
import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from verify.app import invisible_note
from verify.cli import app
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


# -- invisible characters the note missed ---------------------------------------------------------
def test_a_joiner_between_two_latin_letters_is_flagged():
    """U+200D shapes Persian and Indic letters, never Latin ones: 'Donald\\u200dTrump' was read as one
    word and looked up as such, silently (the note left every joiner alone)."""
    note = invisible_note("Title\n\nU.S. President Donald\u200dTrump spoke.\n")
    assert note is not None and "U+200D" in note and "Donald\\u200dTrump" in note


def test_a_zero_width_space_at_the_end_of_a_name_is_flagged():
    """'Mark\\u200b Rutte' split the name: 'NATO Secretary General Mark' read as the office, 'Rutte' as
    the holder, and 'Mark' looked up alone; the note counted only characters between two letters."""
    note = invisible_note("Title\n\nNATO Secretary General Mark\u200b Rutte met him.\n")
    assert note is not None and note.startswith("1 invisible character") and "Mark\\u200b" in note


def test_joiners_in_joining_scripts_and_direction_marks_between_words_stay_unflagged():
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    hindi = "\u0915\u094d\u200d\u0937"  # a half form: the joiner is part of the spelling
    assert invisible_note(f"Title\n\n{persian} and {hindi} said so.\n") is None
    # a right-to-left mark ends a Hebrew name before English text: it orders the line, hides no name
    assert invisible_note("Title\n\n\u05e9\u05dc\u05d5\u05dd\u200f said the minister.\n") is None


# -- a claim file whose sentences are not the article's ----------------------------------------------
SEED = ROOT / "seeds" / "nato-defense-chiefs.txt"


def claims_with(tmp_path, index: int, sentence: str):
    data = json.loads((ROOT / "claims" / "nato-defense-chiefs.json").read_text())
    data["claims"][index]["sentence"] = sentence
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "nato-defense-chiefs.json").write_text(json.dumps(data))
    return folder


@pytest.mark.parametrize(
    "sentence",
    [
        "Grynkewich has never been a general and was not at the meeting.",  # words no article holds
        "Russian President Vladimir Putin and Ukrainian President Volodymyr Zelenskyy",  # the article's, elsewhere
        " ",
    ],
    ids=["invented", "another-paragraph", "blank"],
)
def test_a_claim_whose_sentence_is_not_the_articles_around_its_span_is_one_line(tmp_path, sentence):
    """The judges read a claim's `sentence` (its negation, its time, its speaker), and every report
    prints it: a claim file could put words the article never says beside a claim and have them
    judged and shown as the article's. Was checked as given, exit 0."""
    folder = claims_with(tmp_path, 0, sentence)
    result = CliRunner().invoke(app, ["check", str(SEED), "--claims", str(folder), "--out", str(tmp_path / "r")])
    errors = [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]
    assert result.exit_code == 2, result.output
    assert len(errors) == 1 and "field 'claims.0.sentence'" in errors[0], result.stderr
    assert "Traceback" not in result.output


def test_the_reviewed_claim_file_still_applies_as_written(tmp_path):
    sentence = json.loads((ROOT / "claims" / "nato-defense-chiefs.json").read_text())["claims"][0]["sentence"]
    folder = claims_with(tmp_path, 0, sentence)
    result = CliRunner().invoke(app, ["check", str(SEED), "--claims", str(folder), "--out", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output


# -- numbers that hang a run -------------------------------------------------------------------------
@pytest.mark.parametrize("retries", ["11", "99999999999"])
def test_a_retry_count_that_would_outlast_any_run_is_refused(tmp_path, retries):
    """`--retries 99999999999` against a wiki that is down retried for ever (each wait capped at 30 s,
    no deadline by default): the run hung, no report. Now one line, exit 2, before anything is read."""
    result = CliRunner().invoke(app, ["check", str(SEED), "--offline", "--retries", retries, "--out", str(tmp_path)])
    errors = [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]
    assert result.exit_code == 2, result.output
    assert len(errors) == 1 and "--retries must be at most 10" in errors[0], result.stderr


def test_ten_retries_are_still_allowed(tmp_path):
    result = CliRunner().invoke(app, ["check", str(SEED), "--retries", "10", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
