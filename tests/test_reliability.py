"""Bad input, bad networks, hostile pages: one clear line and exit 2, or an honest `unverified`,
never a traceback, a hang or a lost report. docs/reliability.md lists these cases."""

import asyncio
import json
import os

import httpx
import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from verify import app as verify_app
from verify.article import load_article
from verify.cli import app
from verify.report import write_atomic
from verify.safety import AddressGuard, parse_allowed
from verify.sources.http import HttpClient, SourceError
from verify.sources.official import OfficialSource

runner = CliRunner()
run = asyncio.run
SEED_TEXT = (ROOT / "seeds" / "nato-defense-chiefs.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def in_project(monkeypatch):
    monkeypatch.chdir(ROOT)


def check(*args):
    return runner.invoke(app, ["check", *map(str, args)])


def one_line_error(result, text):
    errors = [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]
    assert result.exit_code == 2, result.output
    assert len(errors) == 1 and text in errors[0], result.stderr
    assert "Traceback" not in result.output + result.stderr


# -- articles -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "text"),
    [
        (b"", "the article is empty"),
        (b" \n\r\n\t ", "the article is empty"),
        (bytes(range(256)) * 4, "binary file"),
        ("Überschrift\n\nDer Text.".encode("latin-1"), "not UTF-8 text"),
    ],
    ids=["empty", "whitespace", "binary", "latin-1"],
)
def test_unreadable_articles_get_one_line_and_exit_2(tmp_path, content, text):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    one_line_error(check(path, "--out", tmp_path), text)


def test_a_huge_article_is_refused_by_the_size_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    one_line_error(check(path, "--out", tmp_path), "over the 5,242,880-byte limit (see --max-bytes)")


def test_the_size_limit_is_configurable(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\n" + "Word. " * 100)
    one_line_error(check(path, "--out", tmp_path, "--max-bytes", 100), "over the 100-byte limit")


def test_crlf_article_keeps_exact_spans(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(SEED_TEXT.replace("\n", "\r\n").encode())
    article = load_article(path)
    from verify.extract import extract_claims

    claims = extract_claims(article)
    assert len([c for c in claims if c.kind != "clause"]) == 11 and any(c.kind == "clause" for c in claims)
    assert all(article.text[c.span[0] : c.span[1]] == c.text for c in claims)


def test_an_html_article_is_read_as_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>T</title><script>x()</script></head><body><nav>Menu</nav>"
        "<h1>Putin speaks</h1><p>Russian President Vladimir Putin spoke on Friday.</p></body></html>"
    )
    article = load_article(path)
    assert article.title == "Putin speaks"
    assert "Russian President Vladimir Putin spoke" in article.text and "Menu" not in article.text


def test_a_missing_article_is_one_line(tmp_path):
    one_line_error(check(tmp_path / "nope.txt", "--out", tmp_path), "no such file")


# -- claim files and cassettes ---------------------------------------------------------------------
def write_claims(tmp_path, text: str):
    folder = tmp_path / "claims"
    folder.mkdir(exist_ok=True)
    (folder / "nato-defense-chiefs.json").write_text(text)
    return folder


def reviewed_claims() -> dict:
    return json.loads((ROOT / "claims" / "nato-defense-chiefs.json").read_text())


@pytest.mark.parametrize(
    ("mutate", "text"),
    [
        (lambda d: "{ not json", "line 1: not valid JSON"),
        (lambda d: json.dumps({**d, "claims": "none"}), "field 'claims'"),
        (lambda d: json.dumps({**d, "claims": [{**d["claims"][0], "colour": "red"}]}), "field 'claims.0.colour'"),
        (lambda d: json.dumps({**d, "claims": [{**d["claims"][0], "span": [0, 5]}]}), "field 'claims.0.span'"),
        (lambda d: json.dumps({**d, "schema_version": 99}), "schema_version 1, not 99"),
        (lambda d: json.dumps({**d, "claims": d["claims"] + d["claims"][:1]}), "field 'claims': claim id "),
        (lambda d: "null", "not null"),
        (lambda d: "[]", "not a JSON list"),
    ],
    ids=[
        "malformed",
        "wrong-schema",
        "unknown-field",
        "another-article",
        "later-layout",
        "claim-twice",
        "null",
        "list",
    ],
)
def test_bad_claim_files_name_the_file_and_the_field(tmp_path, mutate, text):
    folder = write_claims(tmp_path, mutate(reviewed_claims()))
    result = check("seeds/nato-defense-chiefs.txt", "--claims", folder, "--out", tmp_path)
    one_line_error(result, text)
    assert "nato-defense-chiefs.json" in result.stderr


@pytest.mark.parametrize(
    ("content", "text"),
    [
        ("interactions: [unclosed", "not a readable YAML cassette"),
        ("- just\n- a list\n", "field 'interactions'"),
        ("interactions:\n- request: {}\n  response: {}\n", "field 'interactions.0.request.uri'"),
    ],
    ids=["malformed", "wrong-schema", "no-uri"],
)
def test_bad_cassettes_name_the_file_and_the_field(tmp_path, content, text):
    (tmp_path / "nato-defense-chiefs.yaml").write_text(content)
    result = check("seeds/nato-defense-chiefs.txt", "--cassettes", tmp_path, "--out", tmp_path)
    one_line_error(result, text)


def test_a_cassette_from_another_article_is_named_as_such(tmp_path):
    article = tmp_path / "other.txt"
    article.write_text("Other\n\nItalian Admiral Giuseppe Cavo Dragone spoke.\n")
    (tmp_path / "other.yaml").write_text((ROOT / "fixtures/cassettes/nato-defense-chiefs.yaml").read_text())
    one_line_error(check(article, "--cassettes", tmp_path, "--out", tmp_path), "a cassette from another article")


# -- networks -----------------------------------------------------------------------------------
def client(handler, **kwargs) -> HttpClient:
    return HttpClient(transport=httpx.MockTransport(handler), sleep=lambda s: None, **kwargs)


def test_connection_refused_becomes_a_reason_after_bounded_retries():
    calls = []

    def refuse(request):
        calls.append(request)
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(SourceError, match="network error: ConnectError"):
        run(client(refuse, max_retries=2).get_json("https://wiki.example/w/api.php", {}))
    assert len(calls) == 3


def test_a_20_mb_body_is_cut_off_at_the_cap():
    huge = client(lambda r: httpx.Response(200, content=b"{" + b" " * (20 * 1024 * 1024)))
    with pytest.raises(SourceError, match="larger than 10,485,760 bytes"):
        run(huge.get_json("https://wiki.example/w/api.php", {}))


def test_redirect_loops_end():
    loop = client(lambda r: httpx.Response(302, headers={"location": str(r.url)}))
    with pytest.raises(SourceError, match="redirect"):
        run(OfficialSource(loop).fetch("https://www.nato.int/loop"))


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:8080/admin",
        "http://10.0.0.5/",
        "http://localhost/x",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data",
    ],
)
def test_a_source_redirecting_into_the_private_network_is_refused(target):
    seen = []

    def handler(request):
        seen.append(str(request.url))
        return httpx.Response(301, headers={"location": target})

    with pytest.raises(SourceError, match="private address"):
        run(OfficialSource(client(handler)).fetch("https://www.nato.int/moved"))
    assert seen == ["https://www.nato.int/moved"]


def test_a_private_address_the_operator_names_is_fetched():
    page = client(
        lambda r: httpx.Response(
            200, text="<title>Mirror</title><p>NATO has 32 members.</p>", headers={"content-type": "text/html"}
        ),
        guard=AddressGuard(allowed=parse_allowed(["127.0.0.1"])),
    )
    assert "32 members" in run(OfficialSource(page).fetch("http://127.0.0.1:8080/nato")).text


def test_a_private_address_the_operator_did_not_name_is_refused():
    page = client(lambda r: httpx.Response(200, text="<p>secret</p>", headers={"content-type": "text/html"}))
    with pytest.raises(SourceError, match="private address"):
        run(OfficialSource(page).fetch("http://127.0.0.1:8080/nato"))


def test_the_run_deadline_stops_new_requests():
    import time

    late = client(lambda r: httpx.Response(200, json={}), deadline=time.monotonic() - 1)
    with pytest.raises(SourceError, match="deadline"):
        run(late.get_json("https://wiki.example/w/api.php", {}))


# -- nothing lost -------------------------------------------------------------------------------
def test_reports_are_written_whole_or_not_at_all(tmp_path, monkeypatch):
    target = tmp_path / "r.json"
    target.write_text("old, complete report")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, "new report")
    assert target.read_text() == "old, complete report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_an_interrupted_run_keeps_earlier_reports_and_says_what_was_not_written(tmp_path, monkeypatch):
    second = tmp_path / "second.txt"
    second.write_text("Second\n\nRussian President Vladimir Putin spoke.\n")
    real = verify_app.check_async
    calls = []

    async def interrupt_second(article, *args, **kwargs):
        calls.append(article.stem)
        if article.stem == "second":
            raise KeyboardInterrupt
        return await real(article, *args, **kwargs)

    monkeypatch.setattr(verify_app, "check_async", interrupt_second)
    result = check("seeds/nato-defense-chiefs.txt", second, "--out", tmp_path, "--offline")
    assert result.exit_code == 130
    assert "interrupted; not checked: " in result.stderr and "second.txt" in result.stderr
    assert json.loads((tmp_path / "nato-defense-chiefs.json").read_text())["summary"]["supported"] == 9
    assert not (tmp_path / "second.json").exists()


def test_a_bug_on_one_article_does_not_cost_the_others_their_reports(tmp_path, monkeypatch):
    second = tmp_path / "second.txt"
    second.write_text("Second\n\nRussian President Vladimir Putin spoke.\n")
    real = verify_app.check_async

    async def fail_second(article, *args, **kwargs):
        if article.stem == "second":
            raise ZeroDivisionError("division by zero")
        return await real(article, *args, **kwargs)

    monkeypatch.setattr(verify_app, "check_async", fail_second)
    result = check(second, "seeds/nato-defense-chiefs.txt", "--out", tmp_path, "--offline")
    errors = [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]
    assert len(errors) == 1 and "second.txt: internal error (ZeroDivisionError: division by zero)" in errors[0]
    assert result.exit_code == 3 and "Traceback" not in result.output + result.stderr  # a bug: 3, as documented (was 2)
    assert (tmp_path / "nato-defense-chiefs.json").exists()


def test_verify_debug_shows_the_traceback_of_a_bug_on_one_article_and_the_batch_goes_on(tmp_path, monkeypatch):
    """The one line says 'VERIFY_DEBUG=1 shows the traceback', as for a bug outside any article; with it
    set, the traceback a maintainer needs is printed, and the other articles still get their reports."""
    second = tmp_path / "second.txt"
    second.write_text("Second\n\nRussian President Vladimir Putin spoke.\n")
    real = verify_app.check_async

    async def fail_second(article, *args, **kwargs):
        if article.stem == "second":
            raise ZeroDivisionError("division by zero")
        return await real(article, *args, **kwargs)

    monkeypatch.setattr(verify_app, "check_async", fail_second)
    quiet = check(second, "--out", tmp_path / "quiet", "--offline")
    assert "second.txt: internal error (ZeroDivisionError" in quiet.stderr and "VERIFY_DEBUG=1" in quiet.stderr
    monkeypatch.setenv("VERIFY_DEBUG", "1")
    result = check(second, "seeds/nato-defense-chiefs.txt", "--out", tmp_path, "--offline")
    assert result.exit_code == 3
    assert "Traceback (most recent call last)" in result.stderr and "in fail_second" in result.stderr
    assert (tmp_path / "nato-defense-chiefs.json").exists()


def test_an_unpunctuated_run_of_text_is_read_in_bounded_pieces(tmp_path):
    """A table or hostile input with no full stop would make the patterns' cost grow with the square
    of its length; extraction reads it in pieces of at most MAX_SENTENCE characters, spans exact."""
    from verify.extract import MAX_SENTENCE, extract_claims

    path = tmp_path / "run.txt"
    path.write_text("Run\n\n" + " ".join(["Gen. Anna Berg met Tom Hale on 3 March 2025 in"] * 400) + "\n")
    article = load_article(path)
    claims = extract_claims(article)
    assert claims and all(article.text[c.span[0] : c.span[1]] == c.text for c in claims)
    assert all(len(c.sentence) <= MAX_SENTENCE for c in claims)


# -- a new user's mistakes (tryout of the seventh session) -----------------------------------------
def test_a_claims_folder_that_does_not_exist_is_one_line_not_a_silent_extraction(tmp_path):
    result = check("seeds/nato-defense-chiefs.txt", "--claims", tmp_path / "no-such-folder", "--out", tmp_path)
    one_line_error(result, "no-such-folder: no such folder")
    assert not (tmp_path / "nato-defense-chiefs.json").exists()


def test_a_claim_file_written_for_another_article_says_which_article_it_was_written_for(tmp_path):
    """A longer article's claim file under this article's name: its spans run past this article."""
    other = reviewed_claims()
    other["article"] = "articles/summit-recap.txt"
    other["claims"][0]["span"] = [len(SEED_TEXT) + 10, len(SEED_TEXT) + 40]
    result = check("seeds/nato-defense-chiefs.txt", "--claims", write_claims(tmp_path, json.dumps(other)))
    one_line_error(result, "the claim file was written for articles/summit-recap.txt, not seeds/nato-defense-chiefs")


def test_extract_to_standard_output_writes_no_file_called_dash(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "story.txt"
    article.write_text("Story\n\nRussian President Vladimir Putin spoke.\n")
    result = runner.invoke(app, ["extract", str(article), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("}\n") and json.loads(result.stdout)["claims"]
    assert not (tmp_path / "-").exists()


def test_extract_writes_its_claim_file_with_a_final_newline(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("Story\n\nRussian President Vladimir Putin spoke.\n")
    result = runner.invoke(app, ["extract", str(article), "-o", str(tmp_path / "story.json")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "story.json").read_text().endswith("}\n")


def test_a_bug_outside_any_article_is_one_line_not_a_traceback(tmp_path, monkeypatch):
    import verify.cli

    def broken(article):
        raise ValueError("claim id c1 appears more than once")

    monkeypatch.setattr(verify.cli, "extract_claims", broken)
    article = tmp_path / "story.txt"
    article.write_text("Story\n\nRussian President Vladimir Putin spoke.\n")
    result = runner.invoke(app, ["extract", str(article), "-o", str(tmp_path / "story.json")])
    errors = [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]
    assert result.exit_code == 3, result.output  # a bug, told apart from a user's error (2)
    assert len(errors) == 1 and "internal error (ValueError: claim id c1 appears more than once)" in errors[0]
    assert "VERIFY_DEBUG=1" in errors[0] and "Traceback" not in result.output + result.stderr


def test_verify_debug_lets_a_bug_show_its_traceback(tmp_path, monkeypatch):
    import verify.cli

    def broken(article):
        raise ValueError("claim id c1 appears more than once")

    monkeypatch.setattr(verify.cli, "extract_claims", broken)
    monkeypatch.setenv("VERIFY_DEBUG", "1")
    article = tmp_path / "story.txt"
    article.write_text("Story\n\nRussian President Vladimir Putin spoke.\n")
    result = runner.invoke(app, ["extract", str(article), "-o", str(tmp_path / "story.json")])
    assert isinstance(result.exception, ValueError)
    assert "internal error" not in result.stderr


def test_a_run_that_writes_no_report_file_says_so_instead_of_an_empty_list(tmp_path):
    result = check("seeds/nato-defense-chiefs.txt", "--format", "github", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert "reports: no files written" in result.stdout
    assert "::warning file=seeds/nato-defense-chiefs.txt,line=7" in result.stdout


def test_a_claim_file_saved_with_a_byte_order_mark_is_read(tmp_path):
    folder = write_claims(tmp_path, "")
    (folder / "nato-defense-chiefs.json").write_bytes(b"\xef\xbb\xbf" + json.dumps(reviewed_claims()).encode())
    result = check("seeds/nato-defense-chiefs.txt", "--claims", folder, "--out", tmp_path, "-q")
    assert result.exit_code == 0, result.output
    assert "11 claims: 9 supported, 0 contradicted" in result.stdout


def test_a_claim_file_in_another_encoding_is_named_as_not_utf8(tmp_path):
    folder = write_claims(tmp_path, "")
    (folder / "nato-defense-chiefs.json").write_bytes(json.dumps(reviewed_claims()).encode("utf-16"))
    one_line_error(check("seeds/nato-defense-chiefs.txt", "--claims", folder), "not UTF-8 text (byte 0xff at offset 0)")


def test_an_article_in_utf16_without_a_byte_order_mark_gets_a_hint(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes("Story\n\nRussian President Vladimir Putin spoke.\n".encode("utf-16-le"))
    one_line_error(check(path, "--out", tmp_path), "UTF-16 text without a byte-order mark?")


def test_an_extraction_failure_says_what_failed_not_only_its_type(tmp_path, monkeypatch):
    """`VERIFY_SPACY_MODEL` naming a model that is not installed was `cannot be read (RuntimeError)`."""
    import verify.pipeline

    def no_model(article):
        raise RuntimeError("spaCy model 'en_core_web_sm' is not installed; `pip install -e .` installs the pinned one")

    monkeypatch.setattr(verify.pipeline, "extract_claims", no_model)
    story = tmp_path / "story.txt"
    story.write_text("Story\n\nRussian President Vladimir Putin spoke.\n")
    one_line_error(check(story, "--offline", "--out", tmp_path), "spaCy model 'en_core_web_sm' is not installed")


def test_a_batch_summary_names_an_article_with_a_broken_cassette_as_not_checked_like_the_terminal(tmp_path):
    """Its article was read; only its evidence could not be: the summary and the terminal say the same."""
    (tmp_path / "tapes").mkdir()
    (tmp_path / "tapes" / "nato-defense-chiefs.yaml").write_text("interactions: [unclosed")
    result = check("seeds/", "--cassettes", tmp_path / "tapes", "--out", tmp_path / "out")
    summary = (tmp_path / "out" / "summary.md").read_text()
    assert result.exit_code == 2
    terminal = " ".join(result.stdout.split())  # the terminal may wrap the line
    assert "1 article could not be checked" in summary and "1 article could not be checked" in terminal


# -- the day claims are judged at ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("as_of", "text"),
    [
        ("1900-01-01", "before 2001-01-15, the first day of Wikipedia"),
        ("3000-01-01", "is more than 2 days after today"),
        ("0000-01-01", "is not a date like 2025-08-20"),
        ("yesterday", "is not a date like 2025-08-20"),
        ("2025-02-30", "is not a date like 2025-08-20"),
        ("2025W343", "is not a date like 2025-08-20"),
    ],
    ids=["before-wikipedia", "far-future", "year-0", "a-word", "no-such-day", "week-date"],
)
def test_an_as_of_no_claim_can_be_judged_at_is_one_line_and_nothing_is_checked(tmp_path, as_of, text):
    result = check("seeds/nato-defense-chiefs.txt", "--as-of", as_of, "--out", tmp_path)
    one_line_error(result, text)
    assert not list(tmp_path.iterdir())  # refused before any report was written


@pytest.mark.parametrize(("days", "taken"), [(2, True), (3, False)])
def test_the_last_day_an_as_of_may_be_is_two_days_ahead_and_the_refusal_says_so(tmp_path, days, taken):
    """The refusal said "is after today" of a day two days ahead was taken for: it names the margin."""
    import datetime as dt

    day = (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=days)).isoformat()
    result = check("seeds/nato-defense-chiefs.txt", "--as-of", day, "--out", tmp_path, "--quiet")
    if taken:
        assert result.exit_code in {0, 1} and "verify: error" not in result.stderr, result.stderr
    else:
        one_line_error(result, f"{day} is more than 2 days after today")


def test_wikipedias_first_day_is_an_as_of_and_the_day_before_is_not(tmp_path):
    assert check("seeds/nato-defense-chiefs.txt", "--as-of", "2001-01-15", "--out", tmp_path, "-q").exit_code in {0, 1}
    one_line_error(
        check("seeds/nato-defense-chiefs.txt", "--as-of", "2001-01-14", "--out", tmp_path), "before 2001-01-15"
    )


def test_the_next_day_is_still_an_as_of_for_time_zones_east_of_utc(tmp_path):
    import datetime as dt

    tomorrow = (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)).isoformat()
    result = check("seeds/nato-defense-chiefs.txt", "--as-of", tomorrow, "--out", tmp_path, "--quiet")
    assert result.exit_code in {0, 1}, result.stderr
    assert "verify: error" not in result.stderr


def test_a_sidecar_dated_before_wikipedia_names_the_field_and_the_batch_goes_on(tmp_path):
    (tmp_path / "old.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "old.meta.json").write_text('{"published": "1899-05-01"}', encoding="utf-8")
    (tmp_path / "fine.txt").write_text(SEED_TEXT, encoding="utf-8")
    result = check(tmp_path / "old.txt", tmp_path / "fine.txt", "--offline", "--out", tmp_path / "r")
    assert "old.meta.json: field 'published': 1899-05-01 is before 2001-01-15" in result.stderr
    assert (tmp_path / "r" / "fine.json").exists() and not (tmp_path / "r" / "old.json").exists()
    assert result.exit_code == 2


def test_a_library_caller_cannot_judge_text_at_a_day_that_has_not_come():
    import datetime as dt

    from verify import RunOptions, check_text
    from verify.errors import InputError

    with pytest.raises(InputError, match="as_of: 2999-01-01 is more than 2 days after today"):
        check_text(SEED_TEXT, RunOptions(as_of=dt.date(2999, 1, 1), mode="offline"))


def test_an_age_computed_before_the_person_was_born_is_never_evidence(pages):
    import datetime as dt

    from tests.support.judging import clause_claim, verdict
    from verify.models import Verdict

    claim = clause_claim("Bach, 71,", "Thomas Bach", "aged", object="71", with_predicate=True)
    result = verdict(claim, pages("Thomas Bach"), dt.date(1950, 6, 1))  # born 1953: the age would be -4
    assert result.verdict == Verdict.UNVERIFIED
    assert not any(e.stance == "contradicts" for e in result.evidence)


# -- a repeated sentence ------------------------------------------------------------------------
REPEATED = (
    "Harbour talks\n\n"
    "Harbour chief Lena Moor opened the new pier on Friday.\n\n"
    "Crowds came from the whole coast.\n\n"
    "Harbour chief Lena Moor opened the new pier on Friday.\n"
)


def test_a_sentence_said_twice_keeps_both_places_with_unique_ids_the_same_each_run(tmp_path):
    path = tmp_path / "repeated.txt"
    path.write_text(REPEATED, encoding="utf-8")
    runs = [runner.invoke(app, ["extract", str(path), "-o", "-"]) for _ in range(2)]
    assert all(r.exit_code == 0 for r in runs), runs[0].stderr  # was: internal error, a claim id twice
    claims = json.loads(runs[0].stdout)["claims"]
    ids = [c["id"] for c in claims]
    assert len(ids) == len(set(ids))
    assert ids == [c["id"] for c in json.loads(runs[1].stdout)["claims"]]
    first, second = REPEATED.index("Harbour chief"), REPEATED.rindex("Harbour chief")
    twice = [c for c in claims if c["kind"] == "clause"]
    assert [c["span"][0] for c in twice] == [first, second]
    assert twice[1]["id"] == twice[0]["id"] + "-2"


# -- an article on one line ---------------------------------------------------------------------
ONE_LINE = " ".join(
    ["Norwegian Defence Minister Anna Berg met officials on Monday and the talks lasted 4 hours said Tom Hale"] * 120
)


def test_every_claim_of_a_line_without_full_stops_carries_a_bounded_piece_not_the_line(tmp_path):
    """Each claim used to carry the whole line as its sentence: 3,600 claims of a 200 KB line made a
    226 MB claim file and most of the 2 GB a run took."""
    from verify.extract import MAX_SENTENCE, extract_claims

    path = tmp_path / "line.txt"
    path.write_text("Talks\n\n" + ONE_LINE + "\n", encoding="utf-8")
    article = load_article(path)
    claims = extract_claims(article)
    assert {"role", "duration"} <= {c.kind for c in claims}
    assert all(len(c.sentence) <= MAX_SENTENCE and c.text in c.sentence for c in claims)


def test_an_over_long_sentence_is_handed_to_the_parser_in_bounded_pieces_and_prose_whole():
    from verify.extract import MAX_SENTENCE
    from verify.nlp import _pieces

    title = "Talks\n\n"
    pieces = _pieces(title + ONE_LINE + "\n")
    assert "".join(pieces) == title + ONE_LINE + "\n" and len(pieces) > 1
    assert all(len(p) <= len(title) + MAX_SENTENCE for p in pieces)
    assert _pieces(SEED_TEXT) == [SEED_TEXT]  # an ordinary article is parsed as one text, as before


def test_a_batch_stopped_midway_still_indexes_the_articles_that_finished(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-first.txt").write_text(SEED_TEXT, encoding="utf-8")
    (folder / "b-second.txt").write_text("Second\n\nRussian President Vladimir Putin spoke.\n", encoding="utf-8")
    real = verify_app.check_async

    async def interrupt_second(article, *args, **kwargs):
        if article.stem == "b-second":
            raise KeyboardInterrupt
        return await real(article, *args, **kwargs)

    monkeypatch.setattr(verify_app, "check_async", interrupt_second)
    result = check(folder, "--out", tmp_path / "r", "--offline")
    assert result.exit_code == 130
    summary = (tmp_path / "r" / "summary.md").read_text()  # was: no summary.md nor index.html at all
    assert "a-first" in summary and "b-second.txt: not checked (the run was stopped)" in summary
    assert (tmp_path / "r" / "index.html").exists() and "summary.md" in result.stderr


def test_a_batch_stopped_while_its_index_is_written_still_gets_its_index(tmp_path, monkeypatch):
    """Every article checked, then Ctrl-C or SIGTERM while summary.md is written (write_atomic
    leaves nothing half-written): the stop used to land after the stopped-batch handler, and the
    batch ended with its articles' reports but no summary.md nor index.html."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-first.txt").write_text(SEED_TEXT, encoding="utf-8")
    (folder / "b-second.txt").write_text("Second\n\nRussian President Vladimir Putin spoke.\n", encoding="utf-8")
    real = verify_app.write_batch
    calls = []

    def stopped_first_time(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(verify_app, "write_batch", stopped_first_time)
    result = check(folder, "--out", tmp_path / "r", "--offline")
    assert result.exit_code == 130 and len(calls) == 2
    summary = (tmp_path / "r" / "summary.md").read_text()
    assert "[a-first.md]" in summary and "[b-second.md]" in summary and "the run was stopped" not in summary
    assert (tmp_path / "r" / "index.html").exists()


def test_an_article_named_twice_is_checked_and_counted_once(tmp_path):
    result = check("seeds/nato-defense-chiefs.txt", "seeds/nato-defense-chiefs.txt", "seeds", "--out", tmp_path)
    assert result.exit_code == 0, result.stderr
    assert "1 article: 9 supported" in result.stdout  # was "2 articles: 18 supported", one set of reports


@pytest.mark.parametrize("option", ["--timeout", "--deadline"])
def test_an_endless_time_limit_is_refused_in_one_line(tmp_path, option):
    one_line_error(check("seeds/nato-defense-chiefs.txt", option, "inf", "--out", tmp_path), "must be a finite number")


def test_a_bug_between_articles_is_one_line_exit_3_and_no_index_calls_the_rest_stopped(tmp_path, monkeypatch):
    """Only Ctrl-C or SIGTERM stops a batch; a bug outside any one article's check (here the printer
    of a finished article) is an internal error, and the articles it kept from running are not
    "stopped" in a summary.md: the reports already written stay, nothing else is invented."""
    import verify.cli

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-first.txt").write_text(SEED_TEXT, encoding="utf-8")
    (folder / "b-second.txt").write_text("Second\n\nRussian President Vladimir Putin spoke.\n", encoding="utf-8")

    def broken_printer(batch, verbose):
        def show(article, report):
            raise ZeroDivisionError("division by zero")

        return show

    monkeypatch.setattr(verify.cli, "_printer", broken_printer)
    result = check(folder, "--out", tmp_path / "r", "--offline")
    errors = [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]
    assert result.exit_code == 3 and len(errors) == 1 and "internal error (ZeroDivisionError" in errors[0]
    assert "Traceback" not in result.output + result.stderr
    assert json.loads((tmp_path / "r" / "a-first.json").read_text())["article"]["path"].endswith("a-first.txt")
    assert not (tmp_path / "r" / "summary.md").exists()  # was: "b-second.txt: not checked (the run was stopped)"


WRAPPED = (
    "Talks\n\nOfficials listed Defence Minister Tom Hale, who has led the ministry for\n"
    "three years, and some 4,500 soldiers who had served in\nround after round of the drills.\n"
)


def test_a_claim_read_across_a_line_break_carries_a_sentence_holding_its_words(tmp_path):
    """Sentences end at every line break (verify.text) but the parser reads a hard-wrapped paragraph
    through its line breaks: a parsed claim over 'for\\nthree years' carried only its first line."""
    from verify.extract import extract_claims

    path = tmp_path / "wrapped.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    article = load_article(path)
    crossing = [c for c in extract_claims(article) if "\n" in c.text]
    assert crossing and all(c.text in c.sentence for c in crossing)


# -- live-path manners (httpx MockTransport, no network) ------------------------------------------
def _client(answers, sleeps, seen):
    """An HttpClient whose server answers from `answers` in turn, logging each request's URL and headers."""
    replies = iter(answers)

    def handler(request):
        seen.append(request)
        return next(replies)

    return HttpClient(transport=httpx.MockTransport(handler), sleep=sleeps.append, contact="desk@example.org")


API = "https://en.wikipedia.org/w/api.php"
QUERY = {"action": "query", "format": "json", "formatversion": "2", "maxlag": "5", "titles": "Alpha"}
GOOD = {"batchcomplete": True, "query": {"pages": [{"pageid": 1, "title": "Alpha", "extract": "Alpha is."}]}}


def test_a_wait_longer_than_the_cap_is_not_cut_short_the_request_fails_saying_so():
    """Retrying after 30 s a server that asked for an hour is retrying sooner than it asked."""
    sleeps, seen = [], []
    http = _client([httpx.Response(503, headers={"Retry-After": "3600"})] * 4, sleeps, seen)
    with pytest.raises(SourceError, match=r"HTTP 503 .*asks to wait 3,600 s, more than the 30 s a run waits"):
        run(http.get_json(API, QUERY))
    assert len(seen) == 1 and sleeps == []  # was 4 requests, 30 s apart


def test_a_retry_after_given_as_an_http_date_is_waited_for():
    import email.utils
    import time

    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    sleeps, seen = [], []
    http = _client([httpx.Response(429, headers={"Retry-After": when}), httpx.Response(200, json=GOOD)], sleeps, seen)
    assert run(http.get_json(API, QUERY)).data["query"]["pages"][0]["title"] == "Alpha"
    assert len(seen) == 2 and len(sleeps) == 1 and 17 <= sleeps[0] <= 20


def test_a_batch_whose_properties_come_in_parts_is_continued_and_merged():
    """MediaWiki splits a batch's properties over several answers when they are large: `continue`
    without `batchcomplete`. The second page's wikitext (its infobox) came only in the second part."""
    from verify.sources.wikipedia import WikipediaSource

    revision = {"revid": 77, "timestamp": "2025-01-02T00:00:00Z", "slots": {"main": {"content": "x"}}}
    boxed = {**revision, "revid": 88, "slots": {"main": {"content": "{{Infobox officeholder\n| office = Mayor\n}}"}}}
    first = {
        "continue": {"rvcontinue": "2|88", "continue": "||"},
        "query": {
            "pages": [
                {"pageid": 1, "title": "Alpha", "extract": "Alpha is a town.", "revisions": [revision]},
                {"pageid": 2, "title": "Beta", "extract": "Beta is a mayor."},
            ]
        },
    }
    rest = {"batchcomplete": True, "query": {"pages": [{"pageid": 2, "title": "Beta", "revisions": [boxed]}]}}
    sleeps, seen = [], []
    wiki = WikipediaSource(_client([httpx.Response(200, json=first), httpx.Response(200, json=rest)], sleeps, seen))
    found = run(wiki.lookup(["Alpha", "Beta"]))
    beta = found["Beta"].document
    assert (
        beta is not None and beta.revision_id == "88" and {f.label: f.value for f in beta.infobox}["office"] == "Mayor"
    )
    assert found["Alpha"].document.revision_id == "77" and beta.text == "Beta is a mayor."
    assert len(seen) == 2 and seen[1].url.params["rvcontinue"] == "2|88" and seen[1].url.params["maxlag"] == "5"


def test_continued_parts_of_the_wrong_shape_add_nothing_and_never_crash():
    from verify.sources.wikipedia import WikipediaSource

    first = {"continue": {"rvcontinue": "1|2"}, "query": {"pages": [{"pageid": 1, "title": "Alpha", "extract": "A."}]}}
    odd = {"continue": {"rvcontinue": ["x"]}, "query": {"pages": [{"pageid": [1], "title": {"t": 1}}, "junk"]}}
    sleeps, seen = [], []
    wiki = WikipediaSource(_client([httpx.Response(200, json=first), httpx.Response(200, json=odd)], sleeps, seen))
    assert run(wiki.lookup(["Alpha"]))["Alpha"].document.text == "A." and len(seen) == 2


def test_a_complete_batch_is_not_continued():
    """A complete batch's `continue` means more search hits: the first batch is all a claim uses."""
    from verify.sources.wikipedia import WikipediaSource

    answer = {**GOOD, "continue": {"gsroffset": 5, "continue": "gsroffset||"}}
    sleeps, seen = [], []
    wiki = WikipediaSource(_client([httpx.Response(200, json=answer)], sleeps, seen))
    assert [d.title for d in run(wiki.search("alpha"))] == ["Alpha"] and len(seen) == 1


def test_every_api_request_of_a_live_check_is_polite(fake_wiki):
    """Each request a whole live check of the seed makes: maxlag=5, formatversion=2, JSON, at most 50
    titles, one at a time, with a User-Agent naming the tool and the operator's contact."""
    seen = []

    def handler(request):
        seen.append(request)
        return fake_wiki.handler(request)

    options = verify_app.RunOptions(mode="live", write_reports=False, contact="desk@example.org")
    http = HttpClient(transport=httpx.MockTransport(handler), contact="desk@example.org", sleep=lambda s: None)
    result = run(verify_app.check_all([ROOT / "seeds" / "nato-defense-chiefs.txt"], options, http))
    assert result.reports and seen
    for request in seen:
        params = request.url.params
        assert (params["maxlag"], params["formatversion"], params["format"]) == ("5", "2", "json"), request.url
        assert len(params.get("titles", "").split("|")) <= 50
        agent = request.headers["User-Agent"]
        assert agent.startswith("verify/") and "desk@example.org" in agent


def test_a_crlf_checkout_of_a_reviewed_article_is_checked_with_its_claim_file(tmp_path):
    """git's autocrlf checks the seed out with CRLF on Windows: its claim file, reviewed on the LF
    text, was refused (`does not match …`, exit 2) on the very first command of the README."""
    (tmp_path / "nato-defense-chiefs.txt").write_bytes(SEED_TEXT.replace("\n", "\r\n").encode())
    (tmp_path / "nato-defense-chiefs.meta.json").write_bytes(
        (ROOT / "seeds/nato-defense-chiefs.meta.json").read_bytes()
    )
    result = check(tmp_path / "nato-defense-chiefs.txt", "--claims", ROOT / "claims",
                   "--cassettes", ROOT / "fixtures/cassettes", "--out", tmp_path / "r")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    report = json.loads((tmp_path / "r" / "nato-defense-chiefs.json").read_text())
    assert report["summary"]["supported"] == 9 and len(report["claims"]) == 11
    # the article is read with LF line ends: the spans index the text the claim file was reviewed on
    assert all(SEED_TEXT[c["span"][0] : c["span"][1]] == c["text"] for c in report["claims"])
    assert "reviewed for an earlier version" not in result.stderr


def _as_written(path):
    """The article with its line ends as saved, as verify read it before it read them as LF."""
    from verify.models import Article

    text = path.read_bytes().decode()
    return Article(path=str(path), stem=path.stem, sha256="0" * 64, title=text.splitlines()[0], text=text)


def test_claims_reviewed_on_a_crlf_copy_are_moved_to_the_lf_article_and_an_edit_is_still_refused(tmp_path):
    from verify.claimfile import check_spans
    from verify.errors import InputError
    from verify.extract import extract_claims

    lf, crlf = tmp_path / "lf.txt", tmp_path / "crlf.txt"
    words = "Talks\n\nThe talks lasted four hours.\nRussian President Vladimir Putin spoke on Monday.\n"
    lf.write_text(words, encoding="utf-8")
    crlf.write_bytes(words.replace("\n", "\r\n").encode())
    reviewed = extract_claims(_as_written(crlf))  # a claim file written before line ends were read as LF
    article = load_article(lf)
    moved = check_spans(reviewed, article, tmp_path / "claims.json")
    assert len(moved) == len(reviewed) >= 2 and all(article.text[c.span[0] : c.span[1]] == c.text for c in moved)
    lf.write_text(words.replace("four", "five"), encoding="utf-8")
    with pytest.raises(InputError, match="does not match"):
        check_spans(reviewed, load_article(lf), tmp_path / "claims.json")


def test_a_claim_quoting_only_a_line_end_is_refused_not_moved_to_an_empty_span(tmp_path):
    """A claim whose text is the "\\r" of a CRLF copy matched its offsets there, and moving it to the LF
    article left an empty span with empty text: the judge then met a claim with no words (a traceback)."""
    from verify.claimfile import check_spans
    from verify.errors import InputError
    from verify.extract import extract_claims

    lf, crlf = tmp_path / "lf.txt", tmp_path / "crlf.txt"
    words = "Talks\n\nThe talks lasted four hours.\n"
    lf.write_text(words, encoding="utf-8")
    crlf.write_bytes(words.replace("\n", "\r\n").encode())
    reviewed = extract_claims(_as_written(crlf))  # a claim file written before line ends were read as LF
    line_end = words.replace("\n", "\r\n").index("\r")
    odd = reviewed[0].model_copy(update={"span": (line_end, line_end + 1), "text": "\r"})
    with pytest.raises(InputError, match=r"claims\.0\.text.: empty"):
        check_spans([odd], load_article(lf), tmp_path / "claims.json")


def test_an_article_too_long_to_extract_is_one_line_and_the_batch_goes_on(tmp_path):
    """A 5 MB article passed the byte cap, then ran 15 minutes on 17 GB before it was killed:
    text past MAX_EXTRACTED_CHARS is refused before the parse; the other articles are checked."""
    from verify.article import MAX_EXTRACTED_CHARS

    folder = tmp_path / "in"
    folder.mkdir()
    paragraph = "Defence Minister Anna Berg said the 12 ships would sail on 3 May 2025.\n\n"
    (folder / "long.txt").write_text("Fleet\n\n" + paragraph * (MAX_EXTRACTED_CHARS // len(paragraph) + 1))
    (folder / "short.txt").write_text("Short\n\nRussian President Vladimir Putin spoke.\n")
    result = check(folder, "--offline", "--out", tmp_path / "r", "--fail-on", "never")
    one_line_error(result, f"more than the {MAX_EXTRACTED_CHARS:,} claims are extracted from")
    assert "long.txt" in result.stderr and (tmp_path / "r" / "short.json").exists()
    extract = runner.invoke(app, ["extract", str(folder / "long.txt"), "-o", str(tmp_path / "long.json")])
    assert extract.exit_code == 2 and "more than the" in extract.stderr and not (tmp_path / "long.json").exists()
