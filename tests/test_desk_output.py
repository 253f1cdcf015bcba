"""Output where the desk looks: the terminal, the HTML report's first screen, the batch index,
reviewer notes in every format, report files the group can read."""

import json
import os
import stat
from html.parser import HTMLParser

import pytest
from junitparser import JUnitXml
from typer.testing import CliRunner

from tests.conftest import ROOT, empty_cassette_folder
from tests.support.articles import article
from verify.cli import app
from verify.models import Report

runner = CliRunner()
SEED = "seeds/nato-defense-chiefs.txt"


@pytest.fixture(autouse=True)
def in_project(monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def check_local(tmp_path, local_wiki, *args):
    where = ["--out", str(tmp_path / "out"), "--wiki", local_wiki, "--cassettes", str(empty_cassette_folder(tmp_path))]
    return runner.invoke(app, ["check", *map(str, args), *where, "--fail-on", "never"])


def test_one_article_table_puts_what_needs_attention_first_and_gives_every_claim_its_line(tmp_path):
    """The README says what needs attention comes first; the table was in article order, and a supported claim had
    no line to find it by (review34 N1). Worst first, article order within each outcome, every row its line."""
    result = runner.invoke(app, ["check", SEED, "--out", str(tmp_path)])
    outcomes = ("unverified", "contradicted", "not", "supported")
    rows = [line.split() for line in result.stdout.splitlines() if line.startswith(outcomes)]
    assert [row[:2] for row in rows[:2]] == [["unverified", "7"], ["unverified", "9"]], result.stdout
    assert all("Quote" in row for row in rows[:2])  # each not supported with its reason
    assert [row[0] for row in rows[2:]] == ["supported"] * 9
    assert [int(row[1]) for row in rows[2:]] == [3, 3, 3, 3, 5, 5, 5, 5, 7]


def test_a_batch_prints_counts_per_article_and_one_list_of_problems(tmp_path, local_wiki):
    folder = tmp_path / "articles"
    for n in range(3):
        article(folder, f"mixed{n}.txt")
    result = check_local(tmp_path, local_wiki, folder, "--format", "json", "--format", "html")
    out = result.stdout
    problems = [line for line in out.splitlines() if ".txt:" in line]
    assert len(problems) == 3 * 2 and all(" line " not in p for p in problems)
    assert {p.split(":")[1].split()[0] for p in problems} == {"3", "4"}  # path:line
    assert "needs attention (6):" in out and "3 articles:" in out
    assert "mixed0.json" not in out  # not every file written: where they are, and what to open first
    assert f"reports: 8 files in {tmp_path / 'out'}" in out.replace("\n", "") and "index.html" in out


def test_a_quiet_batch_prints_its_totals_line_only(tmp_path, local_wiki):
    folder = tmp_path / "articles"
    article(folder, "a.txt")
    article(folder, "b.txt")
    quiet = check_local(tmp_path, local_wiki, folder, "--quiet").stdout.strip().splitlines()
    assert quiet == ["2 articles: 2 supported, 2 contradicted, 2 unverified"]


class Page(HTMLParser):
    """Order of the report's parts, its anchors and the links of the needs-attention block."""

    def __init__(self):
        super().__init__()
        self.order, self.ids, self.attention_links, self.attention_text = [], set(), [], []
        self._in_attention = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if "attention" in (attrs.get("class") or "").split():
            self.order.append("attention")
            self._in_attention = 1
        elif tag == "section" and self._in_attention:
            self._in_attention += 1
        if tag == "article":
            self.order.append("article")
        if self._in_attention and tag == "a":
            self.attention_links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "section" and self._in_attention:
            self._in_attention -= 1

    def handle_data(self, data):
        if self._in_attention:
            self.attention_text.append(data)


def test_the_html_report_opens_with_what_needs_attention_linking_to_each_claim(tmp_path, local_wiki):
    path = article(tmp_path / "articles")
    check_local(tmp_path, local_wiki, path, "--format", "html", "--format", "json")
    report = Report.model_validate_json((tmp_path / "out" / "mixed.json").read_text())
    page = Page()
    page.feed((tmp_path / "out" / "mixed.html").read_text())
    assert page.order[:2] == ["attention", "article"]
    needing = [c for c in report.claims if c.needs_attention]
    assert page.attention_links == [f"#{c.id}" for c in sorted(needing, key=lambda c: c.verdict != "contradicted")]
    assert all(link[1:] in page.ids for link in page.attention_links)
    said = " ".join(page.attention_text)
    assert "line 3" in said and "line 4" in said and "Quote not on reference pages" in said


def test_the_batch_index_names_articles_by_title_and_path(tmp_path, local_wiki):
    folder = tmp_path / "articles"
    article(folder / "monday", "call.txt")
    article(folder / "tuesday", "call-2.txt")  # the same title in another file
    check_local(tmp_path, local_wiki, folder / "monday", folder / "tuesday", "--format", "html")
    index = (tmp_path / "out" / "index.html").read_text()
    assert index.count("Defence chiefs meet</a>") == 2
    assert "monday/call.txt" in index and "tuesday/call-2.txt" in index


def test_reviewer_notes_appear_in_every_format(tmp_path, monkeypatch):
    notes = ("Quoted wording differs by outlet", "Attributed to unnamed Russian officials")  # one per quote claim
    formats = ["json", "markdown", "html", "junit", "sarif", "github"]
    result = runner.invoke(app, ["check", SEED, "--out", str(tmp_path), *(f"--format={f}" for f in formats)])
    stem = tmp_path / "nato-defense-chiefs"
    for suffix in (".json", ".md", ".html", ".sarif"):
        written = stem.with_suffix(suffix).read_text()
        assert all(note in written for note in notes), suffix
    cases = [case for suite in JUnitXml.fromfile(str(stem.with_suffix(".xml"))) for case in suite]
    for note in notes:
        assert sum(note in (case.system_out or "") for case in cases) == 1
        assert sum(note in line for line in result.stdout.splitlines() if line.startswith("::warning ")) == 1
    table = result.stdout.split("::warning", 1)[0]  # the terminal table comes before the annotations
    assert table.count("Reviewer's") == 2
    sarif = json.loads(stem.with_suffix(".sarif").read_text())
    results = sarif["runs"][0]["results"]
    given = [r["properties"].get("reviewerNote", "") for r in results]
    assert [g[: len(n)] for g, n in zip(given, notes, strict=True)] == list(notes)


def test_report_files_are_readable_by_the_group(tmp_path):
    previous = os.umask(0o022)
    try:
        runner.invoke(app, ["check", SEED, "--out", str(tmp_path), "--format", "json", "--format", "html"])
    finally:
        os.umask(previous)
    for name in ("nato-defense-chiefs.json", "nato-defense-chiefs.html"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644


def test_reviewer_decisions_are_their_own_outcome_in_every_format(tmp_path):
    """One quote accepted by the desk, the other skipped: neither is annotated or counted as a
    problem; SARIF keeps them as suppressed results, JUnit passes the accepted one."""
    import shutil

    project = tmp_path / "desk"
    for folder in ("articles", "claims", "fixtures/cassettes"):
        (project / folder).mkdir(parents=True)
    for suffix in (".txt", ".meta.json"):
        shutil.copy(ROOT / "seeds" / f"nato-defense-chiefs{suffix}", project / "articles")
    shutil.copy(ROOT / "fixtures/cassettes/nato-defense-chiefs.yaml", project / "fixtures/cassettes")
    (project / "pyproject.toml").write_text('[tool.verify]\nformats = ["json", "html", "junit", "sarif", "github"]\n')
    claims = json.loads((ROOT / "claims/nato-defense-chiefs.json").read_text(encoding="utf-8"))
    quotes = [c for c in claims["claims"] if c["kind"] == "quote"]
    quotes[0].update(status="accepted", reviewer="M. Editor", why="the wording is the outlet's own")
    quotes[1].update(skip=True, skip_reason="not a checkable fact")
    (project / "claims/nato-defense-chiefs.json").write_text(json.dumps(claims), encoding="utf-8")
    result = runner.invoke(app, ["check", str(project / "articles/nato-defense-chiefs.txt"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert not [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert "11 claims: 9 supported, 0 contradicted, 0 unverified, 1 accepted, 1 skipped" in result.stdout
    html = (tmp_path / "nato-defense-chiefs.html").read_text()
    assert "Nothing: no claim is contradicted" in html and "Accepted by M. Editor: the wording is the outlet" in html
    sarif = json.loads((tmp_path / "nato-defense-chiefs.sarif").read_text())["runs"][0]["results"]
    assert [r["suppressions"][0]["justification"] for r in sarif] == [
        "accepted by M. Editor: the wording is the outlet's own",
        "skipped: not a checkable fact",
    ]
    cases = {
        case.name.split(": ", 1)[1]: case
        for suite in JUnitXml.fromfile(str(tmp_path / "nato-defense-chiefs.xml"))
        for case in suite
    }
    assert cases[quotes[0]["text"]].is_passed and cases[quotes[1]["text"]].is_skipped


def test_every_reason_code_has_words_for_the_desk():
    from verify.models import Reason
    from verify.report.common import REASON_WORDS

    assert set(REASON_WORDS) == set(Reason)
    assert all("_" not in words for words in REASON_WORDS.values())


def test_terminal_output_shows_article_text_as_text_never_as_markup_or_escape_codes():
    import io

    from rich.console import Console

    from verify.report import Checked
    from verify.report.terminal import print_article, print_batch

    text = "T\n\n[bold red]x[/] \x1b[31mred\n"
    report = Report.model_validate(
        {
            "article": {"path": "a[b].txt", "sha256": "0" * 64, "title": "T"},
            "claims": [
                {
                    "id": "c1",
                    "kind": "other",
                    "text": text[3:20],
                    "sentence": text[3:],
                    "span": [3, 20],
                    "verdict": "unverified",
                    "confidence": 0,
                    "rationale": "[link=https://evil.example]click[/link]",
                }
            ],
            "summary": {"unverified": 1},
        }
    )
    console = Console(record=True, width=200, force_terminal=True, file=io.StringIO())
    checked = Checked(report, text, "a")
    print_article(console, checked)
    print_batch(console, [checked], [])
    shown = console.export_text(styles=False)
    assert "[bold red]x[/]" in shown and "[link=https://evil.example]click[/link]" in shown and "a[b].txt:3" in shown
    assert "\x1b" not in shown and "“[bold red]x[/] \\x1b[”" in shown  # the escape character is shown escaped
