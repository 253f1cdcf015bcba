"""Edges found by trying main as a new user, a desk editor and an attacker (session 23, user23)."""

import asyncio
import json
import shutil
from pathlib import Path

import httpx
import pytest
import yaml
from typer.testing import CliRunner

from tests.conftest import PAGES, ROOT
from tests.support.fakewiki import FakeWiki
from tests.test_user21_edges import one_error_line
from verify.cassette import Cassette
from verify.cli import app
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

runner = CliRunner()


def _page_with_revision(revid: object) -> httpx.MockTransport:
    page = {
        "pageid": 1,
        "title": "Charles Michel",
        "lastrevid": revid,
        "fullurl": "https://en.wikipedia.org/wiki/Charles_Michel",
        "extract": "Charles Michel is a Belgian politician.",
    }
    body = json.dumps({"batchcomplete": True, "query": {"pages": [page]}}).encode()
    return httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"})
    )


@pytest.mark.parametrize("revid", [True, "\u00b2", "abc", -5, 0, "12 34", "9" * 5000, 10**30])
def test_a_revision_id_that_is_no_positive_number_is_no_revision_and_no_link(revid):
    """A broken or hostile wiki's `lastrevid`: `true` was shown as 'rev True', '²' (a digit to
    `isdigit()`) linked `oldid=²`, 5,000 nines filled every link of every report. The page is still
    read, with no revision id and no revision link."""
    http = HttpClient(transport=_page_with_revision(revid), max_retries=0)
    found = asyncio.run(WikipediaSource(http).lookup(["Charles Michel"]))["Charles Michel"]
    assert found.document is not None and "Belgian" in found.document.text
    assert found.document.revision_id is None and found.document.revision_url is None


@pytest.mark.parametrize("revid", [1288270416, "1288270416"])
def test_a_revision_id_given_as_a_number_or_its_digits_is_linked(revid):
    http = HttpClient(transport=_page_with_revision(revid), max_retries=0)
    doc = asyncio.run(WikipediaSource(http).lookup(["Charles Michel"]))["Charles Michel"].document
    assert doc is not None and doc.revision_id == "1288270416"
    assert doc.revision_url == "https://en.wikipedia.org/w/index.php?oldid=1288270416"


def _seed_project(tmp_path: Path) -> Path:
    """A copy of the seed's project: article, sidecar, reviewed claim file and cassette."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "desk"\n')
    for name in (
        "seeds/nato-defense-chiefs.txt",
        "seeds/nato-defense-chiefs.meta.json",
        "claims/nato-defense-chiefs.json",
        "fixtures/cassettes/nato-defense-chiefs.yaml",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, tmp_path / name)
    return tmp_path


@pytest.mark.parametrize(
    "target, said",
    [
        ("seeds/nato-defense-chiefs.txt", "the article"),
        ("seeds/nato-defense-chiefs.meta.json", "the sidecar of"),
        ("claims/nato-defense-chiefs.json", "the claim file of"),
        ("fixtures/cassettes/nato-defense-chiefs.yaml", "the cassette of"),
    ],
)
def test_a_baseline_written_over_an_input_of_its_run_is_one_line_and_the_input_stays(tmp_path, target, said):
    """`verify baseline story.txt -o story.txt` wrote the baseline over the article, exit 0; `-o
    claims/story.json` over the desk's reviewed claim file. Now one line before anything is checked."""
    project = _seed_project(tmp_path)
    before = (project / target).read_bytes()
    result = runner.invoke(
        app, ["baseline", str(project / "seeds/nato-defense-chiefs.txt"), "-o", str(project / target)]
    )
    said_line = one_error_line(result)
    assert said in said_line and "another name" in said_line
    assert (project / target).read_bytes() == before


def test_a_baseline_given_a_folder_says_what_minus_o_names(tmp_path):
    """Was `cannot write report (Is a directory)`, after the whole run: a baseline is no report."""
    project = _seed_project(tmp_path)
    result = runner.invoke(app, ["baseline", str(project / "seeds/nato-defense-chiefs.txt"), "-o", str(project)])
    assert "is a folder; -o names the baseline file to write" in one_error_line(result)


@pytest.mark.parametrize("target", ["seeds/nato-defense-chiefs.txt", "seeds/nato-defense-chiefs.meta.json"])
@pytest.mark.parametrize("update", [[], ["--update"]])
def test_extract_over_its_own_article_or_sidecar_says_so_not_use_update(tmp_path, target, update):
    """Was `exists; use --update to merge`, and with --update `line 1: not valid JSON`: advice that
    could only fail. The article and its sidecar are never a claim file to write."""
    project = _seed_project(tmp_path)
    before = (project / target).read_bytes()
    args = ["extract", str(project / "seeds/nato-defense-chiefs.txt"), "-o", str(project / target), *update]
    said_line = one_error_line(runner.invoke(app, args))
    assert "is an input" in said_line and "--update" not in said_line
    assert (project / target).read_bytes() == before


def test_a_baseline_beside_its_articles_is_still_written(tmp_path):
    project = _seed_project(tmp_path)
    result = runner.invoke(app, ["baseline", str(project / "seeds"), "-o", str(project / "seeds/known.json")])
    assert result.exit_code == 0, result.stderr
    assert json.loads((project / "seeds/known.json").read_text())["findings"]


def test_the_seed_cassette_holds_what_the_test_wiki_serves_now():
    """fixtures/README.md says `python fixtures/record.py` rebuilds the cassettes after the page store
    changes. The seed's was last recorded before the store kept body sections (c47b348), so following
    the instructions changed two pages' `length` (1,963 -> 2,307 bytes): the archive no longer said
    what its own recorder gives. Every recorded answer must be the test wiki's answer now."""
    wiki = FakeWiki.from_directory(PAGES)
    tape = yaml.safe_load((ROOT / "fixtures/cassettes/nato-defense-chiefs.yaml").read_text())
    for interaction in tape["interactions"]:
        request = httpx.Request(interaction["request"]["method"], interaction["request"]["uri"])
        recorded = json.loads(interaction["response"]["body"]["string"])
        assert recorded == json.loads(wiki.handler(request).content), f"{request.url}: run python fixtures/record.py"


@pytest.mark.parametrize("busy_first", [True, False])
def test_a_cassette_holding_a_busy_answer_and_a_good_one_for_one_request_replays_the_good_one(tmp_path, busy_first):
    """Two recordings merged by hand (or by git) can hold one request twice: a 503 and its later good
    answer. The 503 came first, so replay took it and every claim was `not_checked`
    (`source_unreachable`) while the cassette held the evidence; a busy answer is never evidence."""
    project = _seed_project(tmp_path)
    path = project / "fixtures/cassettes/nato-defense-chiefs.yaml"
    tape = yaml.safe_load(path.read_text())
    busy = json.loads(json.dumps(tape["interactions"][0]))
    busy["response"]["status"] = {"code": 503, "message": "Service Unavailable"}
    busy["response"]["body"]["string"] = "busy"
    tape["interactions"].insert(0 if busy_first else len(tape["interactions"]), busy)
    path.write_text(yaml.safe_dump(tape, allow_unicode=True))
    result = runner.invoke(app, ["check", str(project / "seeds/nato-defense-chiefs.txt"), "--out", str(tmp_path / "r")])
    assert result.exit_code == 0, result.stderr
    report = json.loads((tmp_path / "r/nato-defense-chiefs.json").read_text())
    assert report["summary"]["supported"] == 9


@pytest.mark.parametrize("given", ["2025-08-20T23:30:00+02:00", "2025-08-20T10:00:00Z", "2025-08-20T10:00"])
def test_as_of_takes_a_date_time_as_the_sidecar_does_the_date_as_written(tmp_path, given):
    """A CMS timestamp pasted into --as-of was refused (`not a date like 2025-08-20`) while the same
    text in the sidecar's `published` was read as its date: one rule for both now."""
    project = _seed_project(tmp_path)
    args = ["check", str(project / "seeds/nato-defense-chiefs.txt"), "--out", str(tmp_path / "r"), "--as-of", given]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert json.loads((tmp_path / "r/nato-defense-chiefs.json").read_text())["article"]["as_of"] == "2025-08-20"


@pytest.mark.parametrize("given", ["2025-08-20Z", "2025W343", "2025-08-20T25:00:00", "2025-08-20Tnoon"])
def test_as_of_still_refuses_what_is_no_date_or_date_time(tmp_path, given):
    project = _seed_project(tmp_path)
    args = ["check", str(project / "seeds/nato-defense-chiefs.txt"), "--out", str(tmp_path / "r"), "--as-of", given]
    assert "is not a date like 2025-08-20" in one_error_line(runner.invoke(app, args))


def test_a_claim_file_that_cannot_be_written_is_named_a_claim_file_not_a_report(tmp_path):
    """`verify extract story.txt -o /proc/x.json` said `cannot write report`: the desk asked for a
    claim file, and the line should name what was not written."""
    project = _seed_project(tmp_path)
    target = project / "pyproject.toml" / "x.json"  # below a file: no user can write there
    result = runner.invoke(app, ["extract", str(project / "seeds/nato-defense-chiefs.txt"), "-o", str(target)])
    assert f"{target}: cannot write claim file (" in one_error_line(result)


def test_a_report_never_takes_the_place_of_the_baseline_the_run_reads(tmp_path):
    """`--baseline out/story.json --out out` wrote story.txt's JSON report over the baseline it had
    just read: the next run's `--baseline` was a report, and the known findings were gone."""
    project = _seed_project(tmp_path)
    seed = str(project / "seeds/nato-defense-chiefs.txt")
    known = tmp_path / "out" / "nato-defense-chiefs.json"
    assert runner.invoke(app, ["baseline", seed, "-o", str(known)]).exit_code == 0
    before = known.read_bytes()
    result = runner.invoke(app, ["check", seed, "--baseline", str(known), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    assert known.read_bytes() == before
    assert (tmp_path / "out" / "nato-defense-chiefs-txt.json").exists()


def test_a_job_summary_named_as_the_article_is_one_line_and_the_article_stays(tmp_path, monkeypatch):
    """`GITHUB_STEP_SUMMARY` naming the article (a workflow's typo) appended the Markdown summary to
    the article itself; now one line, before anything is checked."""
    project = _seed_project(tmp_path)
    seed = project / "seeds/nato-defense-chiefs.txt"
    before = seed.read_bytes()
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(seed))
    result = runner.invoke(app, ["check", str(seed), "--format", "github", "--out", str(tmp_path / "r")])
    assert "is an input of this run (the article" in one_error_line(result)
    assert seed.read_bytes() == before


def test_an_article_with_a_long_file_name_gets_its_reports(tmp_path):
    """A 245-character name (250 with `.txt`, legal on every common file system): the article was
    checked, then its report failed, `cannot write report (File name too long)`, exit 2, because
    the temporary file beside it was named `.<report name>.<random>`, past the 255-byte limit."""
    project = _seed_project(tmp_path)
    stem = "a" * 245
    for old, new in [
        ("seeds/nato-defense-chiefs.txt", f"seeds/{stem}.txt"),
        ("seeds/nato-defense-chiefs.meta.json", f"seeds/{stem}.meta.json"),
        ("claims/nato-defense-chiefs.json", f"claims/{stem}.json"),
        ("fixtures/cassettes/nato-defense-chiefs.yaml", f"fixtures/cassettes/{stem}.yaml"),
    ]:
        (project / old).rename(project / new)
    result = runner.invoke(app, ["check", str(project / f"seeds/{stem}.txt"), "--out", str(tmp_path / "r")])
    assert result.exit_code == 0, result.stderr
    assert json.loads((tmp_path / "r" / f"{stem}.json").read_text())["summary"]["supported"] == 9


def test_a_cassette_with_a_long_file_name_is_saved(tmp_path):
    """Its temporary `.<name>.recording` took a 250-character cassette name past 255 bytes: the
    recording of an article with a long name was lost (`File name too long`)."""
    tape = tmp_path / ("a" * 245 + ".yaml")
    Cassette(tape).save()
    assert yaml.safe_load(tape.read_text())["interactions"] == []
    assert [p.name for p in tmp_path.iterdir()] == [tape.name]


def test_an_article_that_is_a_symlink_loop_is_one_line_and_the_batch_goes_on(tmp_path):
    """`ln -s loop.txt loop.txt`: `Path.resolve` raised RuntimeError (a symlink loop), so the run
    ended in `internal error … please report it`, exit 3, and a folder holding one lost every other
    article's report too. Now the loop is one line as `verify extract` already said it."""
    project = _seed_project(tmp_path)
    (project / "seeds/loop.txt").symlink_to("loop.txt")
    alone = runner.invoke(app, ["check", str(project / "seeds/loop.txt"), "--out", str(tmp_path / "r")])
    assert "cannot be read (Too many levels of symbolic links)" in one_error_line(alone)
    batch = runner.invoke(app, ["check", str(project / "seeds"), "--out", str(tmp_path / "b")])
    assert batch.exit_code == 2 and "internal error" not in batch.stderr, batch.stderr
    assert json.loads((tmp_path / "b/nato-defense-chiefs.json").read_text())["summary"]["supported"] == 9


@pytest.mark.parametrize(
    "name, said",
    [
        ("claims/nato-defense-chiefs.json", "a claim file (written for seeds/nato-defense-chiefs.txt)"),
        ("fixtures/cassettes/nato-defense-chiefs.yaml", "a cassette"),
        ("report", "a report"),
        ("baseline", "a baseline"),
    ],
)
def test_one_of_verifys_own_files_given_as_the_article_is_one_line_naming_what_it_is(tmp_path, name, said):
    """`verify check reports/story.json` (tab completion) read the JSON report as an article: 61 claims
    extracted from its keys and quotes, each looked up live; a claim file or cassette given so met its
    own claim file's spans. Now one line saying what the file is."""
    project = _seed_project(tmp_path)
    seed = str(project / "seeds/nato-defense-chiefs.txt")
    if name == "report":
        assert runner.invoke(app, ["check", seed, "--out", str(tmp_path / "r")]).exit_code == 0
        path = tmp_path / "r" / "nato-defense-chiefs.json"
    elif name == "baseline":
        path = tmp_path / "known.json"
        assert runner.invoke(app, ["baseline", seed, "-o", str(path)]).exit_code == 0
    else:
        path = project / name
    result = runner.invoke(app, ["check", str(path), "--offline", "--out", str(tmp_path / "out")])
    assert f"is {said}, not an article" in one_error_line(result)


def test_an_article_opening_with_a_bracket_is_still_an_article(tmp_path):
    article = tmp_path / "updated.txt"
    article.write_text("[Updated] Rutte visits Kyiv\n\n{Editor's note} Mark Rutte met Volodymyr Zelenskyy in Kyiv.\n")
    result = runner.invoke(app, ["check", str(article), "--offline", "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "not an article" not in result.stderr, result.stderr
