"""Hostile files the command line is handed besides articles, and hostile names of articles: each
answered with one line (or a whole report), never a traceback, a hang or a lost batch index. The
rows of docs/reliability.md that cite these tests say what was seen before each fix."""

from __future__ import annotations

import json
import os
import time

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from tests.support.cli import check, in_project, one_line_error  # noqa: F401  (in_project: an autouse fixture)

runner = CliRunner()
SEED = "seeds/nato-defense-chiefs.txt"


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


def _alias_bomb(levels: int = 6) -> list[str]:
    """YAML anchors nine wide and `levels` deep: a few hundred bytes that stand for 9**levels strings."""
    lines = ['b0: &b0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"b{i}: &b{i} [{', '.join([f'*b{i - 1}'] * 9)}]" for i in range(1, levels + 1)]
    return lines


@pytest.mark.parametrize("field", ["note", "host"])
def test_a_cassette_whose_provenance_is_an_alias_bomb_is_replayed_and_its_header_stays_small(tmp_path, field):
    """The provenance mapping is only the report's header: a hand-edited cassette whose `note` (or
    `host`) was a YAML alias bomb was printed whole into every report: 3.8 MB of header for the
    531,441 strings of this one, and for 9 levels deep the run never ended (15 GB and growing)."""
    tape = (ROOT / "fixtures/cassettes/nato-defense-chiefs.yaml").read_text()
    interactions = tape[tape.index("interactions:") :]
    provenance = {"note": "provenance: {host: en.wikipedia.org, synthetic: true, note: *b6}",
                  "host": "provenance: {host: *b6, recorded_at: *b6, synthetic: true}"}[field]  # fmt: skip
    (tmp_path / "nato-defense-chiefs.yaml").write_text("\n".join([*_alias_bomb(), provenance, interactions]))
    start = time.perf_counter()
    result = check(SEED, "--cassettes", tmp_path, "--out", tmp_path / "out", "--format", "json")
    assert result.exit_code == 0, result.output
    assert time.perf_counter() - start < 30
    report = json.loads((tmp_path / "out" / "nato-defense-chiefs.json").read_text())
    assert report["summary"]["supported"] == 9
    assert len(json.dumps(report["provenance"])) < 1000


def test_a_job_summary_that_cannot_be_appended_to_is_one_line_and_the_reports_stay(tmp_path):
    """`$GITHUB_STEP_SUMMARY` naming a folder (a misconfigured runner) was an internal error, exit 3,
    "please report it": it is the user's output path, one line and exit 2 like any other."""
    out = tmp_path / "out"
    result = check(
        SEED, "--format", "github", "--format", "json", "--out", out, env={"GITHUB_STEP_SUMMARY": str(tmp_path)}
    )
    one_line_error(result, f"GITHUB_STEP_SUMMARY {tmp_path}: cannot append the job summary (Is a directory)")
    assert (out / "nato-defense-chiefs.json").exists()


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "nato.int/news"])
def test_a_source_that_is_not_a_web_address_is_one_line_before_anything_is_checked(tmp_path, url):
    """`--source file:///etc/passwd` was taken: the run went on, the page was never read, and only the
    claims nothing else decided said so (as not checked), so a desk never learned its source was unused."""
    result = check(SEED, "--source", url, "--out", tmp_path)
    one_line_error(result, f"--source: {url!r} is not an http(s) URL with a host")
    assert not (tmp_path / "nato-defense-chiefs.json").exists()


def test_a_claim_file_source_that_is_not_a_web_address_names_the_field(tmp_path):
    """The same in a claim file: the reviewer's source of a supported claim was dropped without a word."""
    claims = json.loads((ROOT / "claims/nato-defense-chiefs.json").read_text())
    claims["claims"][0]["sources"] = ["https://www.nato.int/", "file:///etc/passwd"]
    (tmp_path / "nato-defense-chiefs.json").write_text(json.dumps(claims))
    result = check(SEED, "--claims", tmp_path, "--out", tmp_path / "out")
    one_line_error(result, "field 'claims.0.sources.1': 'file:///etc/passwd' is not an http(s) URL with a host")


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_a_claim_file_number_that_is_not_finite_names_the_field(tmp_path, number):
    """A hand-edited `"number": NaN` (or 1e999, read as infinity) was taken: the count '32 allied military
    leaders' came out contradicted by a page giving 32, with a reading that showed no number at all."""
    claims = json.loads((ROOT / "claims/nato-defense-chiefs.json").read_text())
    counted = next(i for i, claim in enumerate(claims["claims"]) if claim["number"] is not None)
    claims["claims"][counted]["number"] = number
    (tmp_path / "nato-defense-chiefs.json").write_text(json.dumps(claims))  # json writes NaN / Infinity
    result = check(SEED, "--claims", tmp_path, "--out", tmp_path / "out")
    one_line_error(result, f"field 'claims.{counted}.number': must be a finite number, not {number}")
    assert not (tmp_path / "out" / "nato-defense-chiefs.json").exists()
