"""The command line as users and CI scripts call it."""

import json
import re

import pytest
import yaml
from typer.testing import CliRunner

from tests.conftest import CASSETTES, ROOT, empty_cassette_folder
from tests.support.fakewiki import FakeWiki, serve
from verify.cli import app
from verify.models import Reason, Report, Verdict
from verify.wikitext import parse_infobox

runner = CliRunner()
SEED_FACTS_STATED_BY_PAGES = [
    "all 32 allied military leaders",
    "U.S. General Alexus Grynkewich",
    "Grynkewich, who also serves as the head of U.S. European Command",
    "U.S. Joint Chiefs of Staff Chairman Gen. Dan Caine",
    "U.S. President Donald Trump",
    "Russian President Vladimir Putin",
    "Ukrainian President Volodymyr Zelenskyy",
    "Russian Foreign Minister Sergey Lavrov",
    "the war has lasted for three years",
]


@pytest.fixture(autouse=True)
def in_project(monkeypatch):
    monkeypatch.chdir(ROOT)


def run(*args: str):
    return runner.invoke(app, list(args))


def recorded_texts() -> str:
    """All page text the seed cassette holds, decoded from its JSON bodies (wikitext as reader text)."""
    texts = []
    for item in yaml.safe_load((CASSETTES / "nato-defense-chiefs.yaml").read_text())["interactions"]:
        for page in json.loads(item["response"]["body"]["string"])["query"].get("pages", []):
            texts.append(page.get("extract", ""))
            for revision in page.get("revisions", []):
                texts += [f.value for f in parse_infobox(revision["slots"]["main"]["content"])]
    return "\n".join(texts)


def seed_report(tmp_path, *extra: str) -> tuple[Report, object]:
    result = run("check", "seeds/nato-defense-chiefs.txt", "--out", str(tmp_path), *extra)
    return Report.model_validate_json((tmp_path / "nato-defense-chiefs.json").read_text()), result


def test_seed_check_replays_the_cassette_and_writes_json_and_markdown(tmp_path):
    report, result = seed_report(tmp_path)
    assert result.exit_code == 0, result.output
    assert "replaying recorded evidence from fixtures/cassettes/nato-defense-chiefs.yaml" in result.stderr
    assert (tmp_path / "nato-defense-chiefs.md").read_text().count("\n| ") == len(report.claims) + 1
    assert report.article.as_of.isoformat() == "2025-08-20"


def test_seed_facts_the_reference_pages_state_are_supported(tmp_path):
    report, _ = seed_report(tmp_path)
    verdicts = {c.text: c.verdict for c in report.claims}
    for fact in SEED_FACTS_STATED_BY_PAGES:
        assert verdicts[fact] == Verdict.SUPPORTED, fact
    assert report.summary.contradicted == 0


def test_every_decided_claim_cites_a_snippet_from_the_recorded_pages(tmp_path):
    report, _ = seed_report(tmp_path)
    recorded = " ".join(recorded_texts().split())
    for claim in report.claims:
        assert report.claims and claim.text == (ROOT / "seeds/nato-defense-chiefs.txt").read_text()[slice(*claim.span)]
        if claim.verdict == Verdict.UNVERIFIED:
            assert claim.rationale
            continue
        assert claim.evidence
        for ev in claim.evidence:
            assert ev.url.startswith("https://en.wikipedia.org/wiki/") and ev.revision_id
            snippet = " ".join(ev.snippet.split())
            assert snippet in recorded or snippet.split(": ", 1)[-1] in recorded, snippet  # infobox "Label: value"


@pytest.mark.parametrize(("level", "code"), [("contradicted", 0), ("unverified", 1), ("never", 0)])
def test_fail_on_sets_the_exit_code(tmp_path, level, code):
    _, result = seed_report(tmp_path, "--fail-on", level)
    assert result.exit_code == code


def test_a_contradicted_claim_fails_the_default_gate(tmp_path):
    article = tmp_path / "wrong.txt"
    article.write_text("Wrong count\n\nNATO defense chiefs met; all 30 allied military leaders joined.\n")
    (tmp_path / "wrong.meta.json").write_text('{"as_of": "2025-08-20"}')
    cassettes = empty_cassette_folder(tmp_path)
    with serve(FakeWiki.from_directory(ROOT / "fixtures/wiki/pages")) as url:
        result = run("check", str(article), "--out", str(tmp_path), "--wiki", url, "--cassettes", str(cassettes))
    assert result.exit_code == 1
    assert "contradicted" in result.output


def test_other_formats_are_written_on_request(tmp_path):
    result = run(
        "check", "seeds/nato-defense-chiefs.txt", "--out", str(tmp_path), "--format", "html", "--format", "junit"
    )
    assert result.exit_code == 0
    assert (tmp_path / "nato-defense-chiefs.html").read_text().startswith("<!DOCTYPE html>")
    assert "<testsuite" in (tmp_path / "nato-defense-chiefs.xml").read_text()
    assert not (tmp_path / "nato-defense-chiefs.json").exists()


def test_offline_without_a_cassette_checks_nothing_and_fails_saying_so_in_one_line(tmp_path):
    report, result = seed_report(tmp_path, "--offline", "--cassettes", str(empty_cassette_folder(tmp_path)))
    assert result.exit_code == 1
    assert {c.verdict for c in report.claims} == {Verdict.NOT_CHECKED}
    assert {c.reason for c in report.claims} == {Reason.OFFLINE_NO_CASSETTE}
    said = [line for line in result.stderr.splitlines() if "nothing was checked" in line]
    assert len(said) == 1 and "11 offline_no_cassette" in said[0]


def test_a_run_that_checked_nothing_passes_only_when_asked_never_to_fail(tmp_path):
    _, result = seed_report(
        tmp_path, "--offline", "--cassettes", str(empty_cassette_folder(tmp_path)), "--fail-on", "never"
    )
    assert result.exit_code == 0


def test_record_against_a_local_wiki_then_replay_offline_gives_the_same_report(tmp_path):
    cassettes = empty_cassette_folder(tmp_path)
    with serve(FakeWiki.from_directory(ROOT / "fixtures/wiki/pages")) as url:
        first = run(
            "check",
            "seeds/nato-defense-chiefs.txt",
            "--out",
            str(tmp_path / "a"),
            "--wiki",
            url,
            "--record",
            "--cassettes",
            str(cassettes),
        )
    assert first.exit_code == 0, first.output
    second = run(
        "check",
        "seeds/nato-defense-chiefs.txt",
        "--out",
        str(tmp_path / "b"),
        "--wiki",
        url,
        "--offline",
        "--cassettes",
        str(cassettes),
    )
    assert second.exit_code == 0
    a = json.loads((tmp_path / "a/nato-defense-chiefs.json").read_text())
    b = json.loads((tmp_path / "b/nato-defense-chiefs.json").read_text())
    recorded, replayed = a.pop("provenance"), b.pop("provenance")
    assert a == b
    assert a["summary"]["supported"] >= 9
    assert (recorded["mode"], replayed["mode"]) == ("record", "offline")
    assert replayed["host"] == recorded["host"] == "127.0.0.1"
    assert replayed["retrieved_at_is"] == "recording time" and not replayed["synthetic_revisions"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "no/such/article.txt"], "no/such/article.txt: no such file"),
        (["check", "seeds/nato-defense-chiefs.txt", "--as-of", "yesterday"], "is not a date"),
        (["check", "seeds/nato-defense-chiefs.txt", "--offline", "--live"], "choose one of"),
    ],
)
def test_usage_and_input_errors_exit_2_without_a_traceback(tmp_path, args, message):
    result = run(*args, "--out", str(tmp_path))
    assert result.exit_code == 2
    assert message in result.output + result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_a_bad_file_in_a_batch_does_not_stop_the_others(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run("check", str(tmp_path / "empty.txt"), "seeds/nato-defense-chiefs.txt", "--out", str(tmp_path))
    assert result.exit_code == 2
    assert "the article is empty" in result.stderr
    assert (tmp_path / "nato-defense-chiefs.json").exists()


def test_schema_describes_the_json_report():
    result = run("schema")
    schema = json.loads(result.stdout)
    assert schema["properties"]["schema_version"]["const"] == 2
    assert "claims" in schema["required"]


def test_extract_writes_a_claim_file_and_update_keeps_reviewer_decisions(tmp_path):
    target = tmp_path / "claims.json"
    assert run("extract", "seeds/nato-defense-chiefs.txt", "-o", str(target)).exit_code == 0
    data = json.loads(target.read_text())
    data["claims"][0].update(skip=True, skip_reason="checked by phone")
    target.write_text(json.dumps(data, indent=2))
    assert run("extract", "seeds/nato-defense-chiefs.txt", "-o", str(target)).exit_code == 2
    assert run("extract", "seeds/nato-defense-chiefs.txt", "-o", str(target), "--update").exit_code == 0
    merged = json.loads(target.read_text())["claims"]
    assert merged[0]["skip"] is True and merged[0]["skip_reason"] == "checked by phone"


def test_a_malformed_claim_file_names_the_field_and_line(tmp_path):
    claims = tmp_path / "claims"
    claims.mkdir()
    run("extract", "seeds/nato-defense-chiefs.txt", "-o", str(claims / "nato-defense-chiefs.json"))
    text = (claims / "nato-defense-chiefs.json").read_text()
    first_count = [c["kind"] for c in json.loads(text)["claims"]].index("quantity")
    (claims / "nato-defense-chiefs.json").write_text(text.replace('"kind": "quantity"', '"kind": "rumour"'))
    result = run("check", "seeds/nato-defense-chiefs.txt", "--claims", str(claims), "--out", str(tmp_path))
    assert result.exit_code == 2
    assert f"field 'claims.{first_count}.kind'" in result.stderr and "line " in result.stderr


def test_the_run_log_counts_templates_it_had_no_reading_rule_for(tmp_path):
    wiki = FakeWiki.from_directory(ROOT / "fixtures/wiki/pages")
    eucom = wiki.pages["United States European Command"]
    eucom.fields = [(k, "{{Command type|Unified combatant command}}" if k == "type" else v) for k, v in eucom.fields]
    with serve(wiki) as url:
        result = run("check", "seeds/nato-defense-chiefs.txt", "--out", str(tmp_path), "--wiki", url, "--live")
    assert result.exit_code == 0, result.output
    assert "templates without a reading rule" in result.stderr
    assert re.search(r"command type ×\d", result.stderr)  # once per page read


def test_check_help_shows_the_defaults_of_out_fail_on_claims_and_cassettes():
    """The defaults are written by typer itself: as bracketed text in the help string, rich read
    `[default: reports]` as a style tag and showed "Folder for the reports ."."""
    result = runner.invoke(app, ["check", "--help"], env={"COLUMNS": "240"})
    shown = " ".join(result.output.split())
    for option, default in [("--out", "reports"), ("--fail-on", "contradicted"), ("--claims", "<project>/claims"),
                            ("--cassettes", "<project>/fixtures/cassettes")]:  # fmt: skip
        assert re.search(rf"{option} .*?\[default: \(?{re.escape(default)}\)?\]", shown), option
    assert "reports ." not in shown


def test_a_batch_of_one_article_counts_it_as_one_article_not_one_articles(tmp_path):
    result = run("check", "seeds/", "--out", str(tmp_path), "--format", "markdown", "--format", "html")
    assert result.exit_code == 0, result.output
    assert "1 article: 9 supported" in " ".join(result.output.split())
    assert "**1 article, 11 claims" in (tmp_path / "summary.md").read_text()
    assert "<span>1 article</span>" in (tmp_path / "index.html").read_text()


def test_the_totals_line_of_a_quiet_batch_with_a_bad_article_is_one_line(tmp_path):
    (tmp_path / "nato-defense-chiefs.txt").write_text(
        (ROOT / "seeds" / "nato-defense-chiefs.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "b.txt").write_bytes(b"")
    args = [str(tmp_path), "--claims", str(ROOT / "claims"), "--offline", "--quiet", "--out", str(tmp_path / "r")]
    result = runner.invoke(app, ["check", *args])
    assert result.exit_code == 2
    totals = [line for line in result.stdout.splitlines() if line.startswith("1 article:")]
    assert len(totals) == 1 and totals[0].endswith("1 article could not be checked"), result.stdout


def test_extract_to_a_folder_says_what_o_takes(tmp_path):
    result = runner.invoke(app, ["extract", str(ROOT / "seeds" / "nato-defense-chiefs.txt"), "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert f"{tmp_path}: is a folder; -o names the claim file to write" in result.stderr
