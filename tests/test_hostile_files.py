"""Hostile files the command line is handed besides articles, and hostile names of articles: each
answered with one line (or a whole report), never a traceback, a hang or a lost batch index. The
rows of docs/reliability.md that cite these tests say what was seen before each fix."""

from __future__ import annotations

import os
import time

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from verify.cli import app

runner = CliRunner()
SEED = "seeds/nato-defense-chiefs.txt"


@pytest.fixture(autouse=True)
def in_project(monkeypatch):
    monkeypatch.chdir(ROOT)


def check(*args, **kwargs):
    return runner.invoke(app, ["check", *map(str, args)], **kwargs)


def one_line_error(result, text, code=2):
    errors = [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]
    assert result.exit_code == code, result.output
    assert len(errors) == 1 and text in errors[0], result.stderr
    assert "Traceback" not in result.output + result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [("[" * 100_000, "JSON nested too deeply"), ("[" * 40 + "]" * 40, "nested over 32 levels deep")],
    ids=["100000-deep", "40-deep"],
)
def test_a_hostile_baseline_is_one_line(tmp_path, content, message):
    baseline = tmp_path / "verify-baseline.json"
    baseline.write_text(content)
    one_line_error(check(SEED, "--offline", "--out", tmp_path / "out", "--baseline", baseline), message)


def test_a_baseline_symlinked_to_dev_zero_is_refused_at_once(tmp_path):
    """A pull request can commit the baseline as a symlink: it was read whole, until memory ran out."""
    baseline = tmp_path / "verify-baseline.json"
    baseline.symlink_to("/dev/zero")
    start = time.perf_counter()
    one_line_error(check(SEED, "--offline", "--out", tmp_path / "out", "--baseline", baseline),
                   "verify-baseline.json: is a character device")  # fmt: skip
    assert time.perf_counter() - start < 10


def test_an_article_whose_file_name_is_not_utf8_is_one_line_and_the_batch_keeps_its_index(tmp_path):
    """A name saved by a Latin-1 system (`caf\\xe9.txt`): its report could not be written as JSON, an
    internal error (exit 3), and the batch's summary.md and index.html were lost with it."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text("Good\n\nRussian President Vladimir Putin spoke.\n")
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text("Cafe\n\nU.S. President Donald Trump spoke.\n")
    out = tmp_path / "out"
    result = check(folder, "--offline", "--fail-on", "never", "--format", "json", "--format", "html", "--out", out)
    one_line_error(result, "caf\\xe9.txt: the file name is not UTF-8")
    assert (out / "good.json").exists()
    assert "caf\\xe9.txt" in (out / "index.html").read_text(encoding="utf-8")
