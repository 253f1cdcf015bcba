"""Every report says where its evidence came from and links each evidence item to its revision."""

import datetime as dt
import json
import re

import pytest
from junitparser import JUnitXml
from typer.testing import CliRunner

from tests.conftest import CASSETTES, ROOT, empty_cassette_folder
from tests.support.fakewiki import SYNTHETIC_REVISIONS_FROM, FakeWiki, serve
from verify.cli import app
from verify.models import Report
from verify.provenance import read_cassette_provenance

runner = CliRunner()
SEED = "seeds/nato-defense-chiefs.txt"


@pytest.fixture(autouse=True)
def in_project(monkeypatch):
    monkeypatch.chdir(ROOT)


@pytest.fixture
def replayed(tmp_path) -> Report:
    result = runner.invoke(
        app,
        [
            "check",
            SEED,
            "--out",
            str(tmp_path),
            *[arg for fmt in ["json", "markdown", "html", "junit"] for arg in ("--format", fmt)],
        ],
    )
    assert result.exit_code == 0, result.output
    return Report.model_validate_json((tmp_path / "nato-defense-chiefs.json").read_text())


def evidence(report: Report):
    return [ev for claim in report.claims for ev in claim.evidence]


def test_the_seed_cassette_says_it_was_built_from_stored_copies():
    meta = read_cassette_provenance(CASSETTES / "nato-defense-chiefs.yaml")
    assert meta["synthetic"] is True
    assert meta["host"] == "en.wikipedia.org"
    assert "stored copies" in meta["note"]


def test_a_replayed_report_names_the_cassette_its_recording_time_and_synthetic_ids(replayed):
    p = replayed.provenance
    assert (p.mode, p.host, p.cassette) == ("replay", "en.wikipedia.org", "fixtures/cassettes/nato-defense-chiefs.yaml")
    assert p.synthetic_revisions and p.retrieved_at_is == "recording time"
    recorded_at = dt.datetime.fromisoformat(
        read_cassette_provenance(CASSETTES / "nato-defense-chiefs.yaml")["recorded_at"]
    )
    assert p.at == recorded_at


def test_every_evidence_item_links_to_its_own_revision(replayed):
    items = evidence(replayed)
    assert items
    for ev in items:
        assert ev.revision_url == f"https://en.wikipedia.org/w/index.php?oldid={ev.revision_id}"


def test_synthetic_revision_ids_are_outside_the_range_of_real_ones(replayed):
    assert all(int(ev.revision_id) >= SYNTHETIC_REVISIONS_FROM for ev in evidence(replayed))


def test_markdown_header_names_the_provenance_and_links_revisions(replayed, tmp_path):
    markdown = (tmp_path / "nato-defense-chiefs.md").read_text()
    assert "Evidence replayed from fixtures/cassettes/nato-defense-chiefs.yaml, recorded at " in markdown.replace(
        "\\", ""
    )
    assert "revision ids are synthetic" in markdown
    ev = evidence(replayed)[0]
    assert (
        f"[rev {ev.revision_id} (synthetic)](<https://en.wikipedia.org/w/index.php?oldid={ev.revision_id}>)" in markdown
    )


def test_html_header_names_the_provenance_and_links_revisions(replayed, tmp_path):
    page = (tmp_path / "nato-defense-chiefs.html").read_text()
    assert re.search(r'<p class="ui provenance"><small>Evidence replayed from [^<]+ recorded at ', page)
    ev = evidence(replayed)[0]
    assert f'<a href="https://en.wikipedia.org/w/index.php?oldid={ev.revision_id}" rel="noopener noreferrer">' in page


def test_junit_carries_the_provenance_as_a_suite_property(replayed, tmp_path):
    suite = next(iter(JUnitXml.fromfile(str(tmp_path / "nato-defense-chiefs.xml"))))
    values = {p.name: p.value for p in suite.properties()}
    assert values["provenance"].startswith("Evidence replayed from fixtures/cassettes/nato-defense-chiefs.yaml")


def test_a_live_report_names_the_host_and_fetch_time_and_no_synthetic_mark(tmp_path):
    before = dt.datetime.now(dt.UTC)
    with serve(FakeWiki.from_directory(ROOT / "fixtures/wiki/pages")) as url:
        result = runner.invoke(app, ["check", SEED, "--out", str(tmp_path), "--wiki", url, "--live"])
    assert result.exit_code == 0, result.output
    report = Report.model_validate_json((tmp_path / "nato-defense-chiefs.json").read_text())
    p = report.provenance
    assert (p.mode, p.host, p.cassette, p.synthetic_revisions) == ("live", "127.0.0.1", None, False)
    assert p.retrieved_at_is == "fetch time" and p.at >= before
    assert all(ev.revision_url.startswith(f"{url}/w/index.php?oldid=") for ev in evidence(report))
    markdown = (tmp_path / "nato-defense-chiefs.md").read_text()
    assert "Evidence fetched live from 127.0.0.1 at " in markdown and "(synthetic)" not in markdown
    assert json.loads((tmp_path / "nato-defense-chiefs.json").read_text())["provenance"]["mode"] == "live"


def test_an_offline_run_without_a_cassette_says_it_has_no_evidence(tmp_path):
    result = runner.invoke(
        app, ["check", SEED, "--out", str(tmp_path), "--offline", "--cassettes", str(empty_cassette_folder(tmp_path))]
    )
    assert result.exit_code == 1, result.output  # nothing could be checked: the run fails by default
    report = Report.model_validate_json((tmp_path / "nato-defense-chiefs.json").read_text())
    assert report.provenance.mode == "offline" and report.provenance.cassette is None
    assert "No evidence: offline, no cassette at " in (tmp_path / "nato-defense-chiefs.md").read_text().replace(
        "\\", ""
    )


def test_a_junit_failure_names_the_page_and_its_revision(tmp_path):
    article = tmp_path / "count.txt"
    article.write_text("Alliance count\n\nAll 30 NATO member states sent their chiefs.\n", encoding="utf-8")
    wiki = FakeWiki.from_directory(ROOT / "fixtures/wiki/pages")
    with serve(wiki) as url:
        wiki.base_url = url  # page addresses on the wiki's own host, as a real MediaWiki gives them
        result = runner.invoke(
            app, ["check", str(article), "--out", str(tmp_path), "--wiki", url, "--live", "--format", "junit"]
        )
    assert result.exit_code == 1, result.output
    suite = next(iter(JUnitXml.fromfile(str(tmp_path / "count.xml"))))
    failure = next(case.result[0] for case in suite if case.result and case.result[0]._tag == "failure")
    assert re.search(rf"{url}/wiki/NATO \(revision {url}/w/index\.php\?oldid=9\d{{9}}\): ", failure.text)
