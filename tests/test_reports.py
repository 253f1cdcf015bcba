"""Each report format where it is used: Markdown on GitHub, JUnit in CI, JSON against its schema,
annotations only on GitHub Actions, batches with an index."""

import json
import os

import jsonschema
import pytest
from junitparser import JUnitXml
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from tests.conftest import ROOT, empty_cassette_folder
from tests.support.fakewiki import FakeWiki, serve
from verify.cli import app
from verify.models import Report

runner = CliRunner()
HOSTILE = (
    "Hostile <b>headline</b> | with pipes\n\n"
    "NATO defense chiefs met; all 30 allied military leaders joined <script>window.__pwned = 1</script>.\n"
    'Russian President Vladimir Putin said "x"><img src=x onerror="window.__pwned=2"> | `code` '
    "[link](javascript:alert(1)).\n"
)


@pytest.fixture(autouse=True)
def in_project(monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.fixture
def local_wiki():
    with serve(FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")) as url:
        yield url


def check(tmp_path, *args, env=None):
    return runner.invoke(app, ["check", *args, "--out", str(tmp_path)], env=env)


def hostile_article(tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "hostile.meta.json").write_text('{"as_of": "2025-08-20"}')
    return path


def table_rows(markdown: str) -> list[list[str]]:
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    rows, row = [], None
    for t in tokens:
        if t.type == "tr_open":
            row = []
        elif t.type in {"th_open", "td_open"}:
            row.append("")
        elif t.type == "inline" and row is not None:
            row[-1] = t.content
        elif t.type == "tr_close":
            rows.append(row)
            row = None
    return rows


def test_markdown_report_renders_as_one_table_row_per_claim(tmp_path):
    check(tmp_path, "seeds/nato-defense-chiefs.txt")
    report = Report.model_validate_json((tmp_path / "nato-defense-chiefs.json").read_text())
    rows = table_rows((tmp_path / "nato-defense-chiefs.md").read_text())
    assert rows[0] == ["Verdict", "Claim", "Evidence", "Snippet"]
    assert len(rows) == len(report.claims) + 1
    assert all(len(r) == 4 for r in rows)


def check_hostile(tmp_path, local_wiki, *flags):
    """The hostile article checked against the test wiki, with no cassette."""
    where = ["--wiki", local_wiki, "--cassettes", str(empty_cassette_folder(tmp_path))]
    return check(tmp_path, str(hostile_article(tmp_path)), *where, *flags)


def test_hostile_text_cannot_break_the_markdown_table(tmp_path, local_wiki):
    check_hostile(tmp_path, local_wiki)
    markdown = (tmp_path / "hostile.md").read_text()
    report = Report.model_validate_json((tmp_path / "hostile.json").read_text())
    rows = table_rows(markdown)
    assert len(rows) == len(report.claims) + 1 and all(len(r) == 4 for r in rows)
    assert "<script>" not in markdown and "<img" not in markdown
    assert "contradicted" in rows[1][0]  # worst first


def test_junit_report_counts_contradicted_as_failures_and_unverified_as_skipped(tmp_path, local_wiki):
    check_hostile(tmp_path, local_wiki, "--format", "junit", "--format", "json")
    report = Report.model_validate_json((tmp_path / "hostile.json").read_text())
    xml = JUnitXml.fromfile(str(tmp_path / "hostile.xml"))
    suite = next(iter(xml))
    assert suite.tests == len(report.claims)
    assert suite.failures == report.summary.contradicted == 1
    assert suite.skipped == report.summary.unverified
    failed = [case for case in suite if case.result and case.result[0]._tag == "failure"]
    assert "32 member states" in failed[0].result[0].message


def test_json_report_validates_against_the_published_schema(tmp_path):
    check(tmp_path, "seeds/nato-defense-chiefs.txt")
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    jsonschema.validate(json.loads((tmp_path / "nato-defense-chiefs.json").read_text()), schema)


def test_github_annotations_point_at_the_line_of_each_contradicted_claim(tmp_path, local_wiki):
    article = hostile_article(tmp_path)
    args = [str(article), "--wiki", local_wiki, "--cassettes", str(empty_cassette_folder(tmp_path))]
    on_actions = check(tmp_path, *args, env={"GITHUB_ACTIONS": "true"})
    annotations = [line for line in on_actions.stdout.splitlines() if line.startswith("::error ")]
    assert len(annotations) == 1
    assert annotations[0].startswith(f"::error file={article.as_posix()},line=3,")
    assert ",line=3," in annotations[0] and "all 30 allied military leaders" in annotations[0]
    elsewhere = check(tmp_path, *args)
    assert "::error" not in elsewhere.stdout


def test_a_batch_writes_every_report_and_an_index(tmp_path, local_wiki):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "seed.txt").write_text((ROOT / "seeds/nato-defense-chiefs.txt").read_text())
    (folder / "count.txt").write_text("Count\n\nNATO defense chiefs met; all 31 allied military leaders joined.\n")
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        [
            "check",
            str(folder),
            "--out",
            str(out),
            "--wiki",
            local_wiki,
            "--cassettes",
            str(empty_cassette_folder(tmp_path)),
            "--as-of",
            "2025-08-20",
            "--format",
            "html",
            "--format",
            "markdown",
        ],
    )
    assert result.exit_code == 2  # the broken file is an input error; the others are still checked
    for stem in ("seed", "count"):
        assert (out / f"{stem}.html").exists() and (out / f"{stem}.md").exists()
    summary = (out / "summary.md").read_text()
    assert "2 articles" in summary and "broken.txt" in summary
    rows = table_rows(summary)
    assert rows[1][0] == "Count" and rows[1][1] == "1"  # the article with a contradiction comes first
    index = (out / "index.html").read_text()
    assert 'href="seed.html"' in index and 'href="count.html"' in index


def test_no_progress_bar_when_output_is_not_a_terminal(tmp_path):
    result = check(tmp_path, "seeds/", env={"CI": "true"})
    assert "checking articles" not in result.output + result.stderr
    assert os.path.exists(tmp_path / "index.html")


def test_a_batch_over_the_seeds_and_every_test_article_writes_all_reports_and_the_index(tmp_path, local_wiki):
    folders = [ROOT / "seeds", ROOT / "tests/data/verdicts", ROOT / "tests/data/extraction"]
    stems = [p.stem for f in folders for p in sorted(f.glob("*.txt"))]
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        [
            "check",
            *map(str, folders),
            "--out",
            str(out),
            "--wiki",
            local_wiki,
            "--cassettes",
            str(empty_cassette_folder(tmp_path)),
            "--format",
            "json",
            "--format",
            "markdown",
            "--format",
            "html",
            "--fail-on",
            "never",
        ],
    )
    assert result.exit_code == 0, result.stderr[-500:]
    index = (out / "index.html").read_text()
    for stem in stems:
        for ext in (".json", ".md", ".html"):
            assert (out / f"{stem}{ext}").exists(), f"{stem}{ext}"
        assert f'href="{stem}.html"' in index
    assert f"{len(stems)} articles" in (out / "summary.md").read_text()
