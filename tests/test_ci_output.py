"""Output where CI looks: GitHub annotations and job summary, SARIF against its published schema,
JUnit with timings and one combined file for a batch."""

import datetime as dt
import json
import re

import jsonschema
import pytest
from junitparser import JUnitXml
from typer.testing import CliRunner

from tests.conftest import ROOT, empty_cassette_folder
from tests.support.articles import MIXED, article
from verify.cli import app
from verify.models import Outcome, Report
from verify.report import Checked
from verify.report.github import annotation, escape_data, escape_property

runner = CliRunner()
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
# One false count (contradicted), one quote no reference page holds (unverified), one true office.
ANNOTATION = re.compile(r"^::(?P<level>error|warning) (?P<props>[^:]*)::(?P<message>.*)$")


@pytest.fixture(autouse=True)
def in_project(monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


def check(tmp_path, local_wiki, *args, env=None):
    """`verify check` against the local fake wiki, no cassette, reports in tmp_path/out."""
    where = ["--out", str(tmp_path / "out"), "--wiki", local_wiki, "--cassettes", str(empty_cassette_folder(tmp_path))]
    return runner.invoke(app, ["check", *map(str, args), *where, "--fail-on", "never"], env=env)


def properties(props: str) -> dict[str, str]:
    return dict(pair.split("=", 1) for pair in props.split(","))


def test_github_format_annotates_each_claim_at_its_own_characters(tmp_path, local_wiki):
    path = article(tmp_path / "articles")
    result = check(tmp_path, local_wiki, path, "--format", "github", "--format", "json")
    report = Report.model_validate_json((tmp_path / "out" / "mixed.json").read_text())
    found = [ANNOTATION.match(line) for line in result.stdout.splitlines() if line.startswith("::")]
    assert all(found) and len(found) == sum(1 for c in report.claims if c.needs_attention) >= 2
    lines = MIXED.splitlines()
    levels = {}
    for match in found:
        props = properties(match["props"])
        claimed = lines[int(props["line"]) - 1][int(props["col"]) - 1 : int(props["endColumn"])]
        claim = next(c for c in report.claims if c.text == claimed)  # the columns cover the claim exactly
        assert props["endLine"] == props["line"] and props["file"] == path.as_posix()
        levels[claim.outcome] = (match["level"], props["title"])
    assert levels[Outcome.CONTRADICTED] == ("error", "Contradicted claim")
    assert levels[Outcome.UNVERIFIED] == ("warning", "Unverified claim")


def test_github_format_appends_a_job_summary_when_github_names_the_file(tmp_path, local_wiki):
    path = article(tmp_path / "articles")
    summary = tmp_path / "step-summary.md"
    summary.write_text("earlier step\n")
    check(tmp_path, local_wiki, path, "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    written = summary.read_text()
    assert written.startswith("earlier step\n## Fact check")  # appended, never overwritten
    assert "Needs attention" in written and "all 31 allied military leaders" in written and "line 3" in written
    without = check(tmp_path, local_wiki, path, "--format", "github")
    assert without.exit_code == 0 and summary.read_text() == written


def test_annotation_text_cannot_end_the_command_or_start_another():
    result = Report.model_validate(
        {
            "article": {"path": "odd:name,1.txt", "sha256": "0" * 64, "title": "T"},
            "claims": [
                {
                    "id": "c1",
                    "kind": "role",
                    "text": "the 100% chief",
                    "sentence": "x",
                    "span": [0, 14],
                    "verdict": "contradicted",
                    "confidence": 0.9,
                    "rationale": "line one\r\n::error::forged 50%",
                }
            ],
            "summary": {"contradicted": 1},
        }
    )
    line = annotation(Checked(result, "the 100% chief\n", "odd"), result.claims[0])
    assert "\n" not in line and "\r" not in line  # commands start only at a line's start: this stays text
    assert "file=odd%3Aname%2C1.txt," in line and "%0D%0A::error::forged 50%25" in line
    assert escape_data("a%b\nc") == "a%25b%0Ac" and escape_property("a:b,c") == "a%3Ab%2Cc"


def test_sarif_reports_validate_against_the_sarif_2_1_0_schema(tmp_path, local_wiki):
    folder = tmp_path / "articles"
    article(folder)
    article(folder, "seed.txt", (ROOT / "seeds/nato-defense-chiefs.txt").read_text(encoding="utf-8"))
    check(tmp_path, local_wiki, folder, "--format", "sarif", "--format", "json")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    for name in ("mixed.sarif", "seed.sarif", "verify.sarif"):
        jsonschema.validate(json.loads((tmp_path / "out" / name).read_text()), schema)
    combined = json.loads((tmp_path / "out" / "verify.sarif").read_text())["runs"][0]
    rules = [rule["id"] for rule in combined["tool"]["driver"]["rules"]]
    assert rules == ["contradicted", "not_checked", "unverified"]
    report = Report.model_validate_json((tmp_path / "out" / "mixed.json").read_text())
    mixed = [
        r
        for r in combined["results"]
        if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("mixed.txt")
    ]
    assert len(mixed) == sum(1 for c in report.claims if c.verdict != "supported")
    lines = MIXED.splitlines()
    for result in mixed:
        region = result["locations"][0]["physicalLocation"]["region"]
        text = lines[region["startLine"] - 1][region["startColumn"] - 1 : region["endColumn"] - 1]
        assert text == region["snippet"]["text"]
        assert rules[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] == ("error" if result["ruleId"] == "contradicted" else "warning")


def test_a_schema_violation_is_caught_by_the_vendored_schema():
    """The vendored file is the real schema, not a stub that accepts anything."""
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"version": "2.1.0", "runs": [{"results": [{"message": {"text": "no tool"}}]}]}, schema)


def test_junit_carries_time_and_timestamp_and_a_batch_gets_one_combined_file(tmp_path, local_wiki):
    folder = tmp_path / "articles"
    article(folder)
    article(folder, "other.txt", MIXED.replace("31", "32"))
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    check(tmp_path, local_wiki, folder, "--format", "junit")
    one = next(iter(JUnitXml.fromfile(str(tmp_path / "out" / "mixed.xml"))))
    assert one.time is not None and one.time >= 0
    stamp = dt.datetime.fromisoformat(one.timestamp)
    assert stamp.tzinfo is None and before <= stamp <= dt.datetime.now(dt.UTC).replace(tzinfo=None)
    combined = JUnitXml.fromfile(str(tmp_path / "out" / "junit.xml"))
    suites = list(combined)
    assert len(suites) == 2 and {s.name for s in suites} == {"verify: Defence chiefs meet"}
    assert combined.tests == sum(s.tests for s in suites) and combined.failures == 1  # only "31" is false


def test_claims_not_checked_are_warnings_too(tmp_path, local_wiki):
    path = article(tmp_path / "articles")
    result = check(tmp_path, local_wiki, path, "--format", "github", "--offline")
    found = [ANNOTATION.match(line) for line in result.stdout.splitlines() if line.startswith("::")]
    assert found and all(m["level"] == "warning" for m in found)
    assert {properties(m["props"])["title"] for m in found} == {"Claim not checked"}


def test_an_html_article_is_annotated_on_the_file_not_on_lines_its_spans_do_not_index(tmp_path, local_wiki):
    folder = tmp_path / "articles"
    folder.mkdir()
    path = folder / "page.html"
    path.write_text(
        "<!DOCTYPE html><html><body><h1>Defence chiefs meet</h1><nav>Home</nav>"
        "<article><p>NATO defense chiefs met; all 31 allied military leaders joined.</p></article></body></html>",
        encoding="utf-8",
    )
    result = check(tmp_path, local_wiki, path, "--format", "github", "--format", "sarif", "--as-of", "2025-08-20")
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 1 and annotations[0].startswith(f"::error file={path.as_posix()},title=")
    sarif = json.loads((tmp_path / "out" / "page.sarif").read_text())
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    assert "region" not in sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]


def test_a_crlf_article_is_annotated_at_its_lines_as_its_lf_copy_is(tmp_path, local_wiki):
    """Windows checkouts have CRLF line ends: the annotations still point at the claim's line and columns."""
    folder = tmp_path / "articles"
    folder.mkdir()
    path = folder / "mixed.txt"
    path.write_bytes(MIXED.replace("\n", "\r\n").encode("utf-8"))
    result = check(tmp_path, local_wiki, path, "--format", "github")
    found = [ANNOTATION.match(line) for line in result.stdout.splitlines() if line.startswith("::")]
    lines = MIXED.splitlines()
    assert len(found) >= 2
    for match in found:
        props = properties(match["props"])
        assert lines[int(props["line"]) - 1][int(props["col"]) - 1 : int(props["endColumn"])].strip()
