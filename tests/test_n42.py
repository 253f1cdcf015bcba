"""What a new user or an attacker meets at the command line (review41 N1, N2, N4, and its note on
--select / --ignore): an edited claim file's own subject, a baseline that is no baseline, standard output
that fails, and every claim filtered out by the user's own options. Invented articles, checked --offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from verify.cli import app

cli = CliRunner()
ARTICLE = "Norby news\n\nEva Lund became prime minister of Norby in 2019. Karl Moen was born in 1990.\n"


def _run(*args: str) -> Result:
    return cli.invoke(app, list(args))


def _errors(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]


def _article(tmp_path: Path) -> Path:
    article = tmp_path / "norby.txt"
    article.write_text(ARTICLE)
    return article


def _claims_with(tmp_path: Path, **fields: str) -> tuple[Path, Path, str]:
    """The invented article, and its claim file (extracted, then its first claim given `fields`, a reviewer's
    or an attacker's edit) in a claims folder; with the edited claim's id."""
    article = _article(tmp_path)
    claims = tmp_path / "claims"
    claims.mkdir()
    target = claims / "norby.json"
    assert _run("extract", str(article), "-o", str(target)).exit_code == 0
    data = json.loads(target.read_text())
    data["claims"][0].update(fields)
    target.write_text(json.dumps(data, indent=2))
    return article, claims, data["claims"][0]["id"]


# N2: a claim's own subject is a page to look up, as its corrected_subject is: 'Eva Lund|Ana Ruiz' was
# supported on Ana Ruiz's page, and a blank subject was looked up as the empty search.
@pytest.mark.parametrize(
    "subject",
    [
        pytest.param("Eva Lund|Ana Ruiz", id="two-titles"),
        pytest.param("Eva [Lund]", id="brackets"),
        pytest.param("Eva Lund " * 1200, id="longer-than-any-name"),
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
    ],
)
def test_a_claim_files_subject_no_page_could_have_is_refused_naming_the_claim(tmp_path, subject: str) -> None:
    article, claims, claim_id = _claims_with(tmp_path, subject=subject)
    result = _run("check", str(article), "--claims", str(claims), "--offline", "--out", str(tmp_path / "r"))
    said = _errors(result)
    assert result.exit_code == 2 and len(said) == 1, result.stderr
    assert "claims.0.subject" in said[0] and claim_id in said[0], said


def test_a_claim_files_subject_edited_to_another_name_is_read(tmp_path) -> None:
    article, claims, _ = _claims_with(tmp_path, subject="Ana Ruiz")
    out = str(tmp_path / "r")
    result = _run("check", str(article), "--claims", str(claims), "--offline", "--out", out, "--fail-on", "never")
    assert result.exit_code == 0 and not _errors(result), result.stderr


# N1: a JSON file that is no baseline (the article's report, its claim file, any object without findings) was
# read as a baseline that knew nothing: the gate failed on every known finding without a word why.
@pytest.mark.parametrize(
    ("given", "named"),
    [
        pytest.param("report", "is a report, not a baseline", id="report"),
        pytest.param("claim-file", "is a claim file (written for", id="claim-file"),
        pytest.param("empty-object", "is JSON data, not a baseline", id="empty-object"),
        pytest.param("list", "is JSON data, not a baseline", id="list"),
    ],
)
def test_a_file_that_is_no_baseline_is_refused_saying_what_it_is(tmp_path, given: str, named: str) -> None:
    article = _article(tmp_path)
    out = tmp_path / "r"
    assert _run("check", str(article), "--offline", "--out", str(out), "--fail-on", "never").exit_code == 0
    baseline = tmp_path / "baseline.json"
    if given == "report":
        baseline = out / "norby.json"
    elif given == "claim-file":
        assert _run("extract", str(article), "-o", str(baseline)).exit_code == 0
    else:
        baseline.write_text("{}" if given == "empty-object" else "[]")
    result = _run("check", str(article), "--offline", "--baseline", str(baseline), "--out", str(out), "--quiet")
    said = _errors(result)
    assert result.exit_code == 2 and len(said) == 1 and named in said[0], result.stderr


def test_a_baseline_written_by_verify_is_read(tmp_path) -> None:
    article = _article(tmp_path)
    baseline = tmp_path / "baseline.json"
    assert _run("baseline", str(article), "--offline", "-o", str(baseline)).exit_code == 0
    out = str(tmp_path / "r")
    result = _run("check", str(article), "--offline", "--baseline", str(baseline), "--out", out, "--fail-on", "never")
    assert result.exit_code == 0 and not _errors(result), result.stderr


def _verify(*args: str, stdout: int) -> subprocess.CompletedProcess[str]:
    """`python -m verify ARGS` as a whole process, its standard output the descriptor `stdout`, buffered as a
    user's is (PYTHONUNBUFFERED, set in some CI images, would hide what the buffer holds at the end)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return subprocess.run(
        [sys.executable, "-m", "verify", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )


needs_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")


# N4: a full disk or device under the terminal output (`> out.txt`, ENOSPC) was caught as a bug: exit 3,
# "internal error ... please report it". It is an output error like a report's: one line, exit 2.
@needs_dev_full
@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("schema",), id="more-than-a-buffer"),  # fails while written
        pytest.param(("--version",), id="one-line"),  # fails only when flushed at the end
    ],
)
def test_a_full_standard_output_is_one_line_and_exit_2(args: tuple[str, ...]) -> None:
    with open("/dev/full", "w") as full:
        done = _verify(*args, stdout=full.fileno())
    said = [line for line in done.stderr.splitlines() if line.startswith("verify: error:")]
    assert done.returncode == 2 and said == ["verify: error: standard output: cannot write (No space left on device)"]
    assert done.stderr.count("\n") == 1, done.stderr  # no traceback, no 'Exception ignored' at the interpreter's exit


@needs_dev_full
def test_a_full_standard_output_leaves_the_reports_written(tmp_path) -> None:
    article = _article(tmp_path)
    with open("/dev/full", "w") as full:
        done = _verify("check", str(article), "--offline", "--out", str(tmp_path / "r"), stdout=full.fileno())
    assert done.returncode == 2 and "internal error" not in done.stderr, done.stderr
    assert (tmp_path / "r" / "norby.json").exists()


def test_a_closed_standard_output_is_no_error() -> None:
    """`verify --version >&-`: Python's sys.stdout is None, and print() drops what it is given."""
    done = subprocess.run(
        [sys.executable, "-m", "verify", "--version"],
        stderr=subprocess.PIPE,
        text=True,
        timeout=300,
        check=False,
        preexec_fn=lambda: os.close(1),  # the child's own standard output, closed before exec
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr


# A reader that has gone (`verify schema | head -1`) wanted no more: nothing on stderr, and the exit code a shell
# gives a command stopped by SIGPIPE (141), as `cat` or `git log` get there; click's own exit 1 read as a
# failed gate.
def test_a_closed_pipe_ends_the_run_quietly_as_a_shell_reports_sigpipe() -> None:
    read, write = os.pipe()
    os.close(read)  # the reader is gone before verify writes a word
    try:
        done = _verify("schema", stdout=write)
    finally:
        os.close(write)
    assert done.returncode == 141 and done.stderr == "", done.stderr


# review41's note: `--select role --ignore role` (or ignoring every kind present) said "no checkable claim was
# found", though the claims were found and the user's own options left them out.
@pytest.mark.parametrize("reviewed", [False, True], ids=["extracted-now", "claim-file"])
def test_claims_all_left_out_by_select_or_ignore_are_said_to_be(tmp_path, reviewed: bool) -> None:
    article = _article(tmp_path)
    args = ["check", str(article), "--offline", "--out", str(tmp_path / "r"), "--select", "quote"]
    if reviewed:
        assert _run("extract", str(article), "-o", str(tmp_path / "claims" / "norby.json")).exit_code == 0
        args += ["--claims", str(tmp_path / "claims")]
    result = _run(*args)
    assert result.exit_code == 0, result.stderr
    assert "no checkable claim" not in result.stderr and "left out by --select / --ignore" in result.stderr


def test_an_article_with_no_claim_under_select_still_says_none_was_found(tmp_path) -> None:
    article = tmp_path / "headline.txt"
    article.write_text("Harbour to reopen after repairs\n")
    result = _run("check", str(article), "--offline", "--out", str(tmp_path / "r"), "--select", "quote")
    assert result.exit_code == 0 and "no checkable claim was found" in result.stderr, result.stderr
