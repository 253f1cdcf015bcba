"""Edges found trying `verify` as a new user, an attacker and a Wikipedia operator (session 26): usage
errors that did not read as usage errors, a reviewer's source that failed without a word on a decided
claim, a URL capitalised as if it began a sentence, a named folder with no article dropped in silence."""

import asyncio
import subprocess
import sys

import httpx
import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from tests.test_user21_edges import one_error_line
from verify.article import load_article
from verify.claimfile import load_claim_file
from verify.cli import app
from verify.models import ClaimResult, Reason, Verdict
from verify.pipeline import check_async
from verify.report.common import why
from verify.sources.http import HttpClient
from verify.sources.official import OfficialSource
from verify.sources.wikipedia import WikipediaSource

runner = CliRunner()
SEED = ROOT / "seeds" / "nato-defense-chiefs.txt"
GONE = "https://www.whitehouse.gov/administration/gone"


def test_verify_with_no_command_is_a_usage_error_on_stderr_exit_2():
    """The README: a usage error is one line on stderr and exit 2. Bare `verify` printed its help on
    standard output (so `verify > out.txt` filled the file) with no error line a script could grep."""
    done = subprocess.run([sys.executable, "-m", "verify"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert "Usage:" in done.stderr and "Check ARTICLE(s)" in done.stderr  # the help a new user needs, still shown
    assert [line for line in done.stderr.splitlines() if line.startswith("verify: error:")] == [
        "verify: error: no command given; choose one of check, baseline, extract, schema (see verify --help)"
    ]


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["check"],
        ["extract"],
        ["baseline"],
        ["schema", "extra"],
        ["chek", "seeds"],
        ["check", "--offline", "--live", "seeds"],
        ["check", "seeds", "--format", "pdf"],
    ],
    ids=["bare", "check", "extract", "baseline", "schema-extra", "unknown-command", "two-modes", "bad-choice"],
)
def test_every_usage_error_exits_2_with_one_error_line(args):
    one_error_line(runner.invoke(app, args))


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["check", "--out", "--verbose"], "--out needs a value; '--verbose' is an option"),
        (["check", "--offline", "--contact", "-q"], "--contact needs a value; '-q' is an option"),
        (["extract", "-o", "--update"], "--output needs a value; '--update' is an option"),
        (["baseline", "--output", "--offline"], "--output needs a value; '--offline' is an option"),
    ],
)
def test_an_option_given_another_option_as_its_value_is_a_usage_error(tmp_path, monkeypatch, args, said):
    """`verify check story.txt --out --verbose` wrote the reports to a folder called '--verbose' and ran
    without the flag the user typed (click takes the next word as the value, whatever it is)."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [args[0], str(SEED), *args[1:]])
    assert said in one_error_line(result)
    assert list(tmp_path.iterdir()) == []  # no folder or file named after the option


def test_a_folder_as_the_value_of_out_that_starts_with_a_dash_but_is_no_option_is_taken(tmp_path, monkeypatch):
    """Only a word that is one of the command's own options is refused: a folder named '-reports' is a name."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", str(SEED), "--out", "-reports", "--quiet"])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "-reports" / "nato-defense-chiefs.json").exists()


def _seed_with_a_reviewers_source(status: int = 404, run_source: bool = False, whole: bool = False):
    """The seed's reviewed claims, the one about Donald Trump given a reviewer's source that answers `status`
    (or, `run_source`, that page given for the whole run as `--source` is); Wikipedia is the test wiki.
    Its claims by text, or the `whole` report."""
    from tests.conftest import PAGES
    from tests.support.fakewiki import FakeWiki

    wiki = FakeWiki.from_directory(PAGES)

    def handler(request: httpx.Request) -> httpx.Response:
        if str(request.url) == GONE:
            return httpx.Response(status, text="<html><body>Not here</body></html>")
        return wiki.handler(request)

    http = HttpClient(transport=httpx.MockTransport(handler), sleep=lambda s: None, max_retries=0)
    article = load_article(SEED)
    claims = load_claim_file(ROOT / "claims" / "nato-defense-chiefs.json").claims
    given = "U.S. President Donald Trump"
    if not run_source:
        claims = [c.model_copy(update={"sources": [GONE]}) if c.text == given else c for c in claims]
    sources = [GONE] if run_source else []
    report = asyncio.run(check_async(article, claims, WikipediaSource(http), OfficialSource(http), sources))
    return report if whole else {c.text: c for c in report.claims}


def test_a_reviewers_source_that_answers_404_is_named_on_a_claim_wikipedia_supports():
    """The reviewer gave a page for the desk to weigh; it answered 404 and the report said nothing: the
    editor read "supported" and believed the reviewer's page agreed. The verdict stands on the pages read."""
    trump = _seed_with_a_reviewers_source()["U.S. President Donald Trump"]
    assert trump.verdict == Verdict.SUPPORTED and trump.reason is None
    assert f"The reviewer's source {GONE} could not be read (HTTP 404" in trump.rationale
    assert trump.rationale.startswith("Wikipedia's 'Donald Trump'")  # the evidence still leads


def test_a_claim_without_a_source_of_its_own_says_nothing_of_another_claims_failed_source():
    claims = _seed_with_a_reviewers_source()
    assert "reviewer's source" not in claims["Russian President Vladimir Putin"].rationale


def test_a_source_of_the_whole_run_that_fails_is_not_called_the_reviewers():
    """`--source` is the operator's, asked for every claim: a decided claim does not call it its reviewer's."""
    trump = _seed_with_a_reviewers_source(run_source=True)["U.S. President Donald Trump"]
    assert trump.verdict == Verdict.SUPPORTED and "reviewer's source" not in trump.rationale


def test_a_url_that_opens_a_reason_keeps_its_lower_case_scheme():
    """'Not checked: http://…/nope unreachable' was shown as 'Http://…/nope unreachable' in every format:
    a sentence's first letter is raised, a URL's is not (an editor copies it)."""
    claim = ClaimResult(
        id="c1",
        kind="quote",
        text="‘legitimate interests’",
        sentence="It spoke of ‘legitimate interests’.",
        span=(12, 34),
        verdict=Verdict.NOT_CHECKED,
        confidence=0.0,
        rationale="Not checked: http://127.0.0.1:8080/nope unreachable: HTTP 404 from 127.0.0.1.",
        reason=Reason.SOURCE_UNREACHABLE,
    )
    assert "Source unreachable. http://127.0.0.1:8080/nope unreachable" in why(claim)


def test_a_named_folder_with_no_article_in_a_batch_is_said_not_dropped(tmp_path, monkeypatch):
    """`verify check articles/ drafts/` with drafts/ empty (or holding only .docx) checked articles/ and said
    nothing of drafts/: named alone it is one line, 'no article files found'."""
    monkeypatch.chdir(ROOT)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "story.docx").write_bytes(b"PK\x03\x04")
    result = runner.invoke(app, ["check", str(SEED), str(tmp_path / "drafts"), "--out", str(tmp_path / "r")])
    assert result.exit_code == 0, result.stderr
    said = [line for line in result.stderr.splitlines() if "drafts" in line]
    assert said == [f"verify: warning: {tmp_path / 'drafts'}: no article files (.htm, .html, .txt) in this folder"]
    assert (tmp_path / "r" / "nato-defense-chiefs.json").exists()
