"""CI and the editor's desk: never silently green, decisions that stick, each article on its own."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import yaml
from typer.testing import CliRunner

from tests.conftest import CASSETTES, ROOT, SEED
from tests.support.fakewiki import FakeWiki, serve
from verify import __version__
from verify.app import RunOptions, check_text
from verify.article import load_article
from verify.cassette import Cassette, CassetteMiss, CassetteTransport, RequestKey
from verify.cli import app
from verify.extract import extract_claims
from verify.models import Outcome, Reason, Report, Verdict
from verify.pipeline import check
from verify.report import write_atomic
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

runner = CliRunner()
PAGES = ROOT / "fixtures" / "wiki" / "pages"
NEW_PERSON = "\nGerman Chancellor Friedrich Merz also attended.\n"


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def report_at(path: Path) -> Report:
    return Report.model_validate_json(path.read_text(encoding="utf-8"))


def outcomes(report: Report) -> dict[str, Outcome]:
    return {c.text: c.outcome for c in report.claims}


def make_project(root: Path, stem: str = "nato-defense-chiefs", text: str | None = None, claims: bool = True) -> Path:
    """A newsroom's project: pyproject.toml, articles/, claims/, fixtures/cassettes/; the seed in it."""
    (root / "articles").mkdir(parents=True)
    (root / "pyproject.toml").write_text('[project]\nname = "desk"\n')
    article = root / "articles" / f"{stem}.txt"
    article.write_text(text if text is not None else SEED.read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copy(SEED.with_name("nato-defense-chiefs.meta.json"), root / "articles" / f"{stem}.meta.json")
    (root / "fixtures" / "cassettes").mkdir(parents=True)
    shutil.copy(CASSETTES / "nato-defense-chiefs.yaml", root / "fixtures" / "cassettes" / f"{stem}.yaml")
    if claims:
        (root / "claims").mkdir()
        shutil.copy(ROOT / "claims" / "nato-defense-chiefs.json", root / "claims" / f"{stem}.json")
    return article


# -- not checked is not unverified -----------------------------------------------------------------


def test_a_run_past_its_deadline_leaves_claims_not_checked_with_reason_deadline(seed):
    wiki = FakeWiki.from_directory(PAGES)
    http = HttpClient(transport=httpx.MockTransport(wiki.handler), deadline=time.monotonic() - 1)
    report = check(seed, extract_claims(seed), WikipediaSource(http))
    assert {c.verdict for c in report.claims} == {Verdict.NOT_CHECKED}
    assert {c.reason for c in report.claims} == {Reason.DEADLINE}
    assert wiki.requests == []


def test_a_person_the_wiki_has_no_page_for_is_unverified_not_not_checked(tmp_path):
    text = "Summit\n\nFrench Defence Minister Jeanne Duvalier-Marchetti spoke.\n"
    with serve(FakeWiki.from_directory(PAGES)) as url:
        report = check_text(text, RunOptions(mode="live", wiki=url))
    (claim,) = report.claims
    assert claim.verdict == Verdict.UNVERIFIED
    assert claim.reason == Reason.NO_PAGE


def test_fail_on_not_checked_fails_a_run_where_some_claims_could_not_be_checked(tmp_path):
    article = make_project(tmp_path, "edited", SEED.read_text(encoding="utf-8") + NEW_PERSON, claims=False)
    lenient = run("check", article, "--out", tmp_path / "a")
    strict = run("check", article, "--out", tmp_path / "b", "--fail-on", "not-checked")
    assert report_at(tmp_path / "a" / "edited.json").summary.not_checked == 1
    assert lenient.exit_code == 0
    assert strict.exit_code == 1


# -- cassettes that survive edits ------------------------------------------------------------------


def test_an_edited_article_replays_its_cassette_and_only_the_new_claim_is_not_checked(tmp_path):
    article = make_project(tmp_path, "edited", SEED.read_text(encoding="utf-8") + NEW_PERSON, claims=False)
    result = run("check", article, "--out", tmp_path / "out")
    report = report_at(tmp_path / "out" / "edited.json")
    assert result.exit_code == 0, result.output
    not_checked = [c for c in report.claims if c.outcome == Outcome.NOT_CHECKED]
    assert [c.text for c in not_checked] == ["German Chancellor Friedrich Merz"]
    assert not_checked[0].reason == Reason.NOT_IN_CASSETTE
    assert report.summary.supported == 9


def test_record_new_fetches_only_the_requests_the_cassette_lacks_and_keeps_the_rest(tmp_path):
    article = make_project(tmp_path, "edited", SEED.read_text(encoding="utf-8") + NEW_PERSON, claims=False)
    tape = tmp_path / "fixtures" / "cassettes" / "edited.yaml"
    recorded = yaml.safe_load(tape.read_text())["interactions"]
    before = len(recorded)
    wiki = FakeWiki.from_directory(PAGES)
    with serve(wiki) as url:
        result = run("check", article, "--out", tmp_path / "out", "--wiki", url, "--record-new")
    assert result.exit_code == 0, result.output
    after = yaml.safe_load(tape.read_text())["interactions"]
    # the new person's title and search, and whole pages the extracted claims read (the reviewed seed asks
    # none): never one of the seed's recorded requests
    assert 0 < len(wiki.requests) <= 4
    asked_before = {_query(i["request"]["uri"]) for i in recorded}
    assert not asked_before & {_query(u) for u in wiki.requests}
    assert len(after) == before + len(wiki.requests)
    replayed = run("check", article, "--out", tmp_path / "again", "--offline")
    assert replayed.exit_code == 0
    assert report_at(tmp_path / "again" / "edited.json").summary.not_checked == 0


def _query(uri: str) -> frozenset[tuple[str, str]]:
    return frozenset(httpx.URL(uri).params.multi_items())


def test_replay_matches_path_and_query_not_host_or_port(tmp_path):
    result = run("check", SEED, "--out", tmp_path, "--offline", "--wiki", "http://127.0.0.1:8765")
    assert result.exit_code == 0, result.output
    assert report_at(tmp_path / "nato-defense-chiefs.json").summary.supported == 9


def test_a_request_for_some_titles_is_answered_by_a_recording_that_asked_for_more():
    recorded = RequestKey.of("GET", "https://en.wikipedia.org/w/api.php?action=query&titles=A%7CB%7CC")
    assert RequestKey.of("GET", "http://127.0.0.1:9/w/api.php?titles=C%7CA&action=query").covered_by(recorded)
    assert not RequestKey.of("GET", "http://x/w/api.php?titles=A%7CD&action=query").covered_by(recorded)
    assert not RequestKey.of("GET", "http://x/w/api.php?titles=A&action=parse").covered_by(recorded)


def test_a_cassette_recorded_by_the_transport_is_read_by_vcrpy(tmp_path):
    """The file format stays vcrpy's, so pytest-recording and vcrpy tools can read it."""
    from vcr.persisters.filesystem import FilesystemPersister
    from vcr.serializers import yamlserializer

    tape = tmp_path / "t.yaml"
    wiki = FakeWiki.from_directory(PAGES)
    transport = CassetteTransport(Cassette(tape), httpx.MockTransport(wiki.handler), record=True)

    async def fetch() -> None:
        async with httpx.AsyncClient(transport=transport) as client:
            await client.get("https://en.wikipedia.org/w/api.php", params={"action": "query", "titles": "NATO"})

    import asyncio

    asyncio.run(fetch())
    transport.cassette.save()
    requests, responses = FilesystemPersister.load_cassette(str(tape), yamlserializer)
    assert [r.uri for r in requests] == ["https://en.wikipedia.org/w/api.php?action=query&titles=NATO"]
    assert responses[0]["status"]["code"] == 200


# -- batch isolation -------------------------------------------------------------------------------


def test_a_broken_cassette_of_one_article_leaves_the_next_articles_verdicts_unchanged(tmp_path):
    make_project(tmp_path)
    shutil.copy(SEED, tmp_path / "articles" / "a-first.txt")
    shutil.copy(SEED.with_name("nato-defense-chiefs.meta.json"), tmp_path / "articles" / "a-first.meta.json")
    # a-first's cassette holds a single, unrelated request: every one of its own requests misses
    lone = yaml.safe_load((CASSETTES / "nato-defense-chiefs.yaml").read_text())
    lone["interactions"] = lone["interactions"][1:2]
    (tmp_path / "fixtures" / "cassettes" / "a-first.yaml").write_text(yaml.safe_dump(lone))
    alone = run("check", tmp_path / "articles" / "nato-defense-chiefs.txt", "--out", tmp_path / "alone")
    batch = run("check", tmp_path / "articles", "--out", tmp_path / "batch")
    assert alone.exit_code == 0 and batch.exit_code == 0, batch.output
    first = report_at(tmp_path / "batch" / "a-first.json")
    assert first.summary.not_checked > 0
    assert (
        report_at(tmp_path / "batch" / "nato-defense-chiefs.json").claims
        == report_at(tmp_path / "alone" / "nato-defense-chiefs.json").claims
    )


def test_an_unreadable_cassette_fails_its_article_only(tmp_path):
    make_project(tmp_path)
    shutil.copy(SEED, tmp_path / "articles" / "a-first.txt")
    (tmp_path / "fixtures" / "cassettes" / "a-first.yaml").write_text("interactions: [unclosed")
    result = run("check", tmp_path / "articles", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "a-first.yaml" in result.stderr
    assert report_at(tmp_path / "out" / "nato-defense-chiefs.json").summary.supported == 9


# -- paths from the article ------------------------------------------------------------------------


def test_claims_and_cassettes_are_found_from_the_article_not_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    here = run("check", SEED, "--out", tmp_path / "here")
    monkeypatch.chdir(tmp_path)
    elsewhere = run("check", SEED, "--out", tmp_path / "elsewhere")
    assert elsewhere.exit_code == 0, elsewhere.output
    assert "reviewed claims from" in elsewhere.stderr and "replaying recorded evidence" in elsewhere.stderr
    assert (
        report_at(tmp_path / "elsewhere" / "nato-defense-chiefs.json").claims
        == report_at(tmp_path / "here" / "nato-defense-chiefs.json").claims
    )
    assert here.exit_code == 0


def test_extract_writes_the_claim_file_into_the_articles_project(tmp_path, monkeypatch):
    article = make_project(tmp_path / "desk", "fresh", claims=False)
    monkeypatch.chdir(ROOT)
    result = run("extract", article)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "desk" / "claims" / "fresh.json").exists()
    assert not (ROOT / "claims" / "fresh.json").exists()


# -- reviewer decisions ----------------------------------------------------------------------------


def review(project: Path, stem: str, decisions: dict[str, dict]) -> None:
    """Set reviewer fields on claims of `stem`'s claim file, found by their text."""
    path = project / "claims" / f"{stem}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for claim in data["claims"]:
        claim.update(decisions.get(claim["text"], {}))
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def test_accepted_and_skipped_claims_are_their_own_outcome_never_unverified(tmp_path):
    article = make_project(tmp_path)
    review(
        tmp_path,
        "nato-defense-chiefs",
        {
            "‘just, credible, and durable peace,’": {
                "status": "accepted",
                "reviewer": "night desk",
                "why": "the phrase is in NATO's own statement",
            },
            "‘legitimate interests’": {"skip": True, "skip_reason": "a stock phrase, not a fact"},
            "U.S. President Donald Trump": {"note": "title checked against the White House site"},
        },
    )
    result = run("check", article, "--out", tmp_path / "out", "--fail-on", "unverified")
    report = report_at(tmp_path / "out" / "nato-defense-chiefs.json")
    assert result.exit_code == 0, result.output
    s = report.summary
    assert (s.supported, s.unverified, s.accepted, s.skipped) == (9, 0, 1, 1)
    by_text = {c.text: c for c in report.claims}
    accepted = by_text["‘just, credible, and durable peace,’"]
    assert (accepted.review.status, accepted.review.by, accepted.reason) == (
        "accepted",
        "night desk",
        Reason.ACCEPTED_BY_REVIEWER,
    )
    assert by_text["‘legitimate interests’"].reason == Reason.SKIPPED_BY_REVIEWER
    assert by_text["U.S. President Donald Trump"].note == "title checked against the White House site"


def test_re_extraction_keeps_the_acceptance(tmp_path):
    article = make_project(tmp_path)
    decision = {"status": "accepted", "reviewer": "desk", "why": "confirmed by phone"}
    review(tmp_path, "nato-defense-chiefs", {"‘legitimate interests’": decision})
    assert run("extract", article, "--update").exit_code == 0
    data = json.loads((tmp_path / "claims" / "nato-defense-chiefs.json").read_text())
    (kept,) = [c for c in data["claims"] if c["text"] == "‘legitimate interests’"]
    assert {k: kept[k] for k in decision} == decision


def test_a_baseline_lets_ci_fail_only_on_new_findings(tmp_path):
    baseline = tmp_path / "baseline.json"
    recorded = run("baseline", SEED, "--output", baseline)
    assert recorded.exit_code == 0, recorded.output
    known = json.loads(baseline.read_text())["findings"]
    assert {(f["article"], f["outcome"]) for f in known} == {("nato-defense-chiefs", "unverified")}
    assert len(known) == 2
    assert run("check", SEED, "--out", tmp_path / "a", "--fail-on", "unverified").exit_code == 1
    assert run("check", SEED, "--out", tmp_path / "b", "--fail-on", "unverified", "--baseline", baseline).exit_code == 0


def test_a_finding_missing_from_the_baseline_still_fails(tmp_path):
    baseline = tmp_path / "baseline.json"
    run("baseline", SEED, "--output", baseline, "--ignore", "quote")
    assert json.loads(baseline.read_text())["findings"] == []
    result = run("check", SEED, "--out", tmp_path, "--fail-on", "unverified", "--baseline", baseline)
    assert result.exit_code == 1


def test_a_baseline_reads_the_projects_configuration_like_check_does(tmp_path):
    article = make_project(tmp_path)
    (tmp_path / "verify.toml").write_text('ignore = ["quote"]\n')
    baseline = tmp_path / "baseline.json"
    assert run("baseline", article, "--output", baseline).exit_code == 0
    assert json.loads(baseline.read_text())["findings"] == []  # the two unverified quotes are ignored by the project


# -- sidecars that forgive -------------------------------------------------------------------------


def test_unknown_sidecar_keys_are_warned_about_once_and_ignored(tmp_path, capsys):
    article = tmp_path / "story.txt"
    article.write_text("Title\n\nRussian President Vladimir Putin spoke.\n")
    meta = {"as_of": "2025-08-20", "url": "https://example.org/story", "outlet": "Example Times"}
    (tmp_path / "story.meta.json").write_text(json.dumps(meta))
    assert load_article(article).as_of.isoformat() == "2025-08-20"
    load_article(article)
    warned = [line for line in capsys.readouterr().err.splitlines() if "ignoring unknown keys" in line]
    assert len(warned) == 1 and "'outlet'" in warned[0] and "'url'" in warned[0]


@pytest.mark.parametrize(
    ("written", "date"),
    [("2025-08-21", "2025-08-21"), ("2025-08-21T23:30:00+02:00", "2025-08-21"), ("2025-08-21T06:00:00Z", "2025-08-21")],
)
def test_sidecar_dates_may_be_dates_or_date_times_with_zones(tmp_path, written, date):
    article = tmp_path / "story.txt"
    article.write_text("Title\n\nRussian President Vladimir Putin spoke.\n")
    (tmp_path / "story.meta.json").write_text(json.dumps({"published": written}))
    loaded = load_article(article)
    assert loaded.published.isoformat() == date
    assert loaded.as_of.isoformat() == date


# -- the command itself ----------------------------------------------------------------------------


def test_python_dash_m_verify_runs_the_command_and_prints_its_version():
    result = subprocess.run([sys.executable, "-m", "verify", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0
    assert result.stdout.strip() == f"verify {__version__}"


def test_quiet_prints_only_the_verdict_line(tmp_path):
    result = run("check", SEED, "--out", tmp_path, "--quiet")
    assert result.exit_code == 0
    assert result.stdout.strip() == "11 claims: 9 supported, 0 contradicted, 2 unverified"
    assert result.stderr == ""


def test_verbose_gives_each_claim_its_line_outcome_and_reason(tmp_path):
    result = run("check", SEED, "--out", tmp_path, "--verbose")
    lines = [line for line in result.stdout.splitlines() if "quote_not_on_reference_pages" in line]
    assert len(lines) == 2
    assert all(line.startswith(f"{SEED}:") and ": unverified (" in line for line in lines)


def test_select_and_ignore_choose_claim_kinds(tmp_path):
    run("check", SEED, "--out", tmp_path / "roles", "--select", "role")
    run("check", SEED, "--out", tmp_path / "no-quotes", "--ignore", "quote")
    assert {c.kind for c in report_at(tmp_path / "roles" / "nato-defense-chiefs.json").claims} == {"role"}
    kinds = {c.kind for c in report_at(tmp_path / "no-quotes" / "nato-defense-chiefs.json").claims}
    assert "quote" not in kinds and "role" in kinds
    assert run("check", SEED, "--out", tmp_path, "--select", "sports").exit_code == 2


def test_reports_are_readable_by_the_group(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "r.json", "{}")
    finally:
        os.umask(old)
    assert (tmp_path / "r.json").stat().st_mode & 0o777 == 0o644


def test_a_replayed_batch_side_by_side_gives_the_same_reports_as_one_at_a_time(tmp_path):
    make_project(tmp_path)
    edited = tmp_path / "articles" / "edited.txt"
    edited.write_text(SEED.read_text(encoding="utf-8") + NEW_PERSON, encoding="utf-8")
    shutil.copy(CASSETTES / "nato-defense-chiefs.yaml", tmp_path / "fixtures" / "cassettes" / "edited.yaml")
    run("check", tmp_path / "articles", "--out", tmp_path / "serial")
    run("check", tmp_path / "articles", "--out", tmp_path / "parallel", "--concurrency", "4")
    for stem in ("edited", "nato-defense-chiefs"):
        assert report_at(tmp_path / "parallel" / f"{stem}.json") == report_at(tmp_path / "serial" / f"{stem}.json")


def test_an_accepted_claim_the_sources_support_counts_as_supported(tmp_path):
    article = make_project(tmp_path)
    review(
        tmp_path,
        "nato-defense-chiefs",
        {"U.S. President Donald Trump": {"status": "accepted", "reviewer": "desk", "why": "on the record"}},
    )
    run("check", article, "--out", tmp_path / "out")
    report = report_at(tmp_path / "out" / "nato-defense-chiefs.json")
    (trump,) = [c for c in report.claims if c.text == "U.S. President Donald Trump"]
    assert (trump.outcome, trump.reason, trump.review.by) == (Outcome.SUPPORTED, None, "desk")
    assert report.summary.supported == 9 and report.summary.accepted == 0


def test_verify_check_offline_without_a_cassette_exits_non_zero_from_any_folder(tmp_path):
    """The issue's own words: `verify check ARTICLE --offline` with no cassette fails and says why."""
    article = tmp_path / "story.txt"
    shutil.copy(SEED, article)
    done = subprocess.run(
        [sys.executable, "-m", "verify", "check", "story.txt", "--offline", "--out", "out"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 1
    said = [line for line in done.stderr.splitlines() if "nothing was checked" in line]
    claims = len(extract_claims(load_article(article)))
    assert said == [
        f"verify: nothing was checked: no source could be consulted for any claim ({claims} offline_no_cassette); "
        "failing the run"
    ]


def test_a_cassette_is_an_httpx_transport_that_names_what_it_lacks():
    with httpx.Client(transport=CassetteTransport(Cassette.load(CASSETTES / "nato-defense-chiefs.yaml"))) as client:
        api = "http://mirror.local:8080/w/api.php"
        params = {"action": "query", "format": "json", "formatversion": "2", "redirects": "1", "maxlag": "5"}
        params |= {"prop": "extracts|info|pageprops|revisions", "exintro": "1", "explaintext": "1", "exlimit": "max"}
        params |= {"inprop": "url", "ppprop": "disambiguation", "rvprop": "content|ids|timestamp", "rvslots": "main"}
        params |= {"rvsection": "0", "titles": "NATO|Vladimir Putin"}
        answer = client.get(api, params=params).json()
        assert {"NATO", "Vladimir Putin"} <= {p["title"] for p in answer["query"]["pages"]}
        with pytest.raises(CassetteMiss) as missed:
            client.get(api, params=params | {"titles": "Friedrich Merz"})
    assert missed.value.code == Reason.NOT_IN_CASSETTE


def test_a_batch_fails_when_one_article_could_not_be_checked_at_all(tmp_path):
    make_project(tmp_path)
    shutil.copy(SEED, tmp_path / "articles" / "no-tape.txt")  # no cassette: offline, nothing to consult
    result = run("check", tmp_path / "articles", "--out", tmp_path / "out", "--offline")
    assert result.exit_code == 1
    (line,) = [line for line in result.stderr.splitlines() if "nothing was checked" in line]
    assert "for 1 of 2 articles" in line and "no-tape.txt" in line
    assert report_at(tmp_path / "out" / "nato-defense-chiefs.json").summary.supported == 9


def test_recording_while_the_wiki_is_down_keeps_the_old_cassette(tmp_path):
    article = make_project(tmp_path)
    tape = tmp_path / "fixtures" / "cassettes" / "nato-defense-chiefs.yaml"
    before = tape.read_text()
    result = run(
        "check", article, "--out", tmp_path / "out", "--record", "--wiki", "http://127.0.0.1:9", "--retries", 0
    )
    assert result.exit_code == 1  # nothing could be checked
    assert tape.read_text() == before


def test_recording_a_batch_writes_each_article_its_own_cassette(tmp_path):
    make_project(tmp_path)
    shutil.copy(SEED, tmp_path / "articles" / "second.txt")
    (tmp_path / "fixtures" / "cassettes" / "nato-defense-chiefs.yaml").unlink()
    with serve(FakeWiki.from_directory(PAGES)) as url:
        recorded = run("check", tmp_path / "articles", "--out", tmp_path / "live", "--wiki", url, "--record")
    assert recorded.exit_code == 0, recorded.output
    tapes = tmp_path / "fixtures" / "cassettes"
    assert sorted(p.name for p in tapes.glob("*.yaml")) == ["nato-defense-chiefs.yaml", "second.yaml"]
    assert yaml.safe_load((tapes / "second.yaml").read_text())["interactions"]
    replayed = run("check", tmp_path / "articles", "--out", tmp_path / "replayed", "--offline", "--wiki", url)
    assert replayed.exit_code == 0
    for stem in ("nato-defense-chiefs", "second"):
        replayed_claims = report_at(tmp_path / "replayed" / f"{stem}.json").claims
        assert replayed_claims == report_at(tmp_path / "live" / f"{stem}.json").claims
