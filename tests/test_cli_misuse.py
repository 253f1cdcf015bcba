"""What a new user gets wrong on the command line: each a one-line usage error (exit 2) or an honest
report, never a run that quietly checks the wrong thing."""

import json

import pytest
from typer.testing import CliRunner

from tests.conftest import PAGES
from tests.support.fakewiki import FakeWiki, serve
from verify.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_a_metadata_sidecar_given_as_an_article_is_refused_naming_its_article(tmp_path):
    article = tmp_path / "harbour.txt"
    article.write_text("Harbour reopens\n\nThe harbour reopened on Monday after 3 weeks of repairs.\n")
    sidecar = tmp_path / "harbour.meta.json"
    sidecar.write_text('{"as_of": "2025-03-01"}')
    result = run("check", str(sidecar), "--out", str(tmp_path / "r"), "--offline")
    assert result.exit_code == 2
    said = [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]
    assert len(said) == 1 and str(article) in said[0], result.stderr
    assert not (tmp_path / "r").exists() or not any((tmp_path / "r").iterdir())


def seed_claim_file(tmp_path, **decision: str) -> tuple[object, str]:
    """The seed's claims extracted into a claims folder, the first one given `decision`."""
    claims = tmp_path / "claims"
    claims.mkdir()
    target = claims / "nato-defense-chiefs.json"
    assert run("extract", "seeds/nato-defense-chiefs.txt", "-o", str(target)).exit_code == 0
    data = json.loads(target.read_text())
    data["claims"][0].update(decision)
    target.write_text(json.dumps(data, indent=2))
    return claims, data["claims"][0]["id"]


@pytest.mark.parametrize(
    ("decision", "missing"),
    [({"reviewer": "desk editor"}, "why"), ({"why": "confirmed by phone"}, "reviewer"), ({"why": " "}, "reviewer")],
)
def test_an_accepted_claim_without_reviewer_or_why_is_refused_naming_the_claim_and_field(tmp_path, decision, missing):
    claims, claim_id = seed_claim_file(tmp_path, status="accepted", **decision)
    result = run("check", "seeds/nato-defense-chiefs.txt", "--claims", str(claims), "--out", str(tmp_path / "r"))
    assert result.exit_code == 2
    said = [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]
    assert len(said) == 1 and claim_id in said[0] and f"'{missing}'" in said[0], result.stderr


def test_an_accepted_claim_with_reviewer_and_why_is_accepted(tmp_path):
    claims, _ = seed_claim_file(tmp_path, status="accepted", reviewer="desk editor", why="confirmed by phone")
    result = run("check", "seeds/nato-defense-chiefs.txt", "--claims", str(claims), "--out", str(tmp_path / "r"))
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("wiki", ["notaurl", "ftp://example.org", "https://", "example.org/wiki"])
def test_a_wiki_that_is_not_an_http_url_with_a_host_is_a_one_line_usage_error(tmp_path, wiki):
    result = run("check", "seeds/nato-defense-chiefs.txt", "--wiki", wiki, "--live", "--out", str(tmp_path / "r"))
    assert result.exit_code == 2
    said = [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]
    assert len(said) == 1 and "--wiki" in said[0] and wiki in said[0], result.stderr
    assert not (tmp_path / "r").exists()


@pytest.mark.parametrize("wiki", ["http://127.0.0.1:8080", "https://wiki.example.org/"])
def test_a_wiki_that_is_an_http_url_with_a_host_is_taken(wiki):
    from verify.cli import _wiki_url

    assert _wiki_url(wiki) == wiki


def live_report(tmp_path, text: str, wiki: str, *extra: str) -> tuple[dict, str, object]:
    """Check `text` live against `wiki`: the JSON report, the Markdown report and the run."""
    article = tmp_path / "note.txt"
    article.write_text(text)
    out = tmp_path / "r"
    result = run("check", str(article), "--live", "--wiki", wiki, "--out", str(out), "--fail-on", "never", *extra)
    return json.loads((out / "note.json").read_text()), (out / "note.md").read_text(), result


def test_a_live_run_that_made_no_request_does_not_say_it_fetched_evidence(tmp_path):
    with serve(FakeWiki.from_directory(PAGES)) as url:
        report, markdown, result = live_report(tmp_path, "Quiet day\n\nIt rained a little and people stayed in.\n", url)
    assert result.exit_code == 0, result.stderr
    assert report["claims"] == [] and report["provenance"]["at"] is None
    assert "fetched live" not in markdown and "no request was made" in markdown


def test_a_live_run_whose_every_request_failed_does_not_say_it_fetched_evidence(tmp_path):
    with serve(FakeWiki.from_directory(PAGES)) as url:
        pass  # the port is closed again: every request is refused
    text = "Harbour reopens\n\nU.S. President Donald Trump visited the harbour on Monday.\n"
    report, markdown, result = live_report(tmp_path, text, url, "--retries", "0")
    assert result.exit_code == 0, result.stderr
    assert report["claims"] and report["provenance"]["at"] is None
    assert "fetched live" not in markdown and "every request" in markdown and "failed" in markdown


def test_an_article_with_no_checkable_claim_says_so_in_one_line(tmp_path):
    article = tmp_path / "headline.txt"
    article.write_text("Harbour to reopen after repairs\n")
    result = run("check", str(article), "--offline", "--out", str(tmp_path / "r"))
    assert result.exit_code == 0
    said = [line for line in result.stderr.splitlines() if "no checkable claim" in line]
    assert len(said) == 1 and str(article) in said[0], result.stderr


def test_an_article_with_claims_says_nothing_about_finding_none(tmp_path):
    result = run("check", "seeds/nato-defense-chiefs.txt", "--out", str(tmp_path))
    assert result.exit_code == 0 and "no checkable claim" not in result.stderr


def test_an_article_whose_name_starts_with_a_dash_gets_a_usage_error_saying_how_to_name_it(tmp_path, monkeypatch):
    """'-draft.txt' is read as the options -d -r ...: the one-line error says to write ./-draft.txt."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-draft.txt").write_text("Harbour reopens\n\nThe harbour reopened on Monday.\n")
    result = run("check", "-draft.txt", "--offline")
    assert result.exit_code == 2
    said = [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]
    assert len(said) == 1 and "./-draft.txt" in said[0], result.stderr


def test_an_unknown_option_that_names_no_file_gets_no_file_hint(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("check", "-draft.txt", "--offline")
    assert result.exit_code == 2
    assert "./-draft.txt" not in result.stderr and "No such option" in result.stderr


def test_an_undated_article_whose_dateline_gives_a_date_is_told_the_as_of_it_reads(tmp_path):
    """The dateline is the date a desk editor looks for first; the note on the missing date names it."""
    article = tmp_path / "harbour.txt"
    article.write_text("Harbour reopens\n\nLISBON, August 18, 2024 — The harbour reopened on Monday after 3 weeks.\n")
    result = run("check", str(article), "--offline", "--out", str(tmp_path / "r"))
    note = [line for line in result.stderr.splitlines() if "no article date" in line]
    assert len(note) == 1 and "'August 18, 2024'" in note[0] and "--as-of 2024-08-18" in note[0], result.stderr


def test_a_date_further_into_an_undated_article_is_not_offered_as_its_date(tmp_path):
    article = tmp_path / "harbour.txt"
    body = "The harbour reopened on Monday after three weeks of repairs by the city's crews. " * 4
    article.write_text(f"Harbour reopens\n\n{body}\n\nIt first opened on 18 August 1924.\n")
    result = run("check", str(article), "--offline", "--out", str(tmp_path / "r"))
    note = [line for line in result.stderr.splitlines() if "no article date" in line]
    assert len(note) == 1 and "1924" not in note[0], result.stderr
