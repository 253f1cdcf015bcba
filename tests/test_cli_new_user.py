"""What a new user hit: line endings, a missing article date, plural counts, another wiki's name,
a claim listed twice. Every article here is invented."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verify.article import load_article
from verify.cli import app
from verify.extract import extract_claims

runner = CliRunner()

HARBOUR = (
    "Harbour quay reopens after repairs\n\n"
    "Port director Maria Lindqvist, 58, said the repairs cost 40 million euros.\n"
    "Transport Minister Tomas Berg opened the quay on Tuesday, three years after the storm.\n"
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_line_endings_change_neither_the_text_nor_the_claims(tmp_path):
    """The same article saved with CRLF or lone CR line ends is read as the LF text: its claims,
    their spans and its hash are the LF copy's, so verdicts and reviewed claim files agree."""
    lf = load_article(_write(tmp_path, "lf.txt", HARBOUR))
    for name, ending in (("crlf.txt", "\r\n"), ("cr.txt", "\r")):
        other = load_article(_write(tmp_path, name, HARBOUR.replace("\n", ending)))
        assert other.text == lf.text and other.sha256 == lf.sha256
        seen = [(c.span, c.kind, c.subject, c.value, c.text) for c in extract_claims(other)]
        assert seen == [(c.span, c.kind, c.subject, c.value, c.text) for c in extract_claims(lf)] and seen


ACCENTED = "Lisbon vote\n\nLuís Montenegro, 51, replaced António Costa as prime minister of Portugal.\n"


def test_a_decomposed_accent_reads_as_the_composed_text(tmp_path):
    """A copy saved with decomposed accents ('i' + U+0301, as macOS and some CMS exports write it) cut
    'António' to a claim on 'Anto' and looked 'Luís Montenegro' up under a title no wiki has; it is the
    same article, so it must give the composed copy's text, hash and claims."""
    composed = load_article(_write(tmp_path, "nfc.txt", ACCENTED))
    decomposed = load_article(_write(tmp_path, "nfd.txt", unicodedata.normalize("NFD", ACCENTED)))
    assert decomposed.text == composed.text and decomposed.sha256 == composed.sha256
    seen = [(c.span, c.kind, c.subject, c.value) for c in extract_claims(decomposed)]
    assert seen == [(c.span, c.kind, c.subject, c.value) for c in extract_claims(composed)] and seen


ONE_CLAIM = "Quay works\n\nThe new quay cost 40 million euros.\n"


def test_a_single_claim_is_counted_in_the_singular(tmp_path):
    """'1 claims' read as a slip: every count agrees with its noun, in the CLI and in each report."""
    article = _write(tmp_path, "quay.txt", ONE_CLAIM)
    result = runner.invoke(app, ["check", str(article), "--offline", "--out", str(tmp_path / "r"),
                                 "--format", "markdown", "--format", "html", "--fail-on", "never"])  # fmt: skip
    extract = runner.invoke(app, ["extract", str(article), "-o", str(tmp_path / "quay.json")])
    said = result.stdout + result.stderr + extract.stderr
    said += (tmp_path / "r" / "quay.md").read_text() + (tmp_path / "r" / "quay.html").read_text()
    assert "1 claim:" in said and "1 claim<" in said and ": 1 claim" in extract.stderr
    assert "1 claims" not in said


def test_the_usage_line_reads_like_a_command_line():
    for command, argument in (("check", "ARTICLE..."), ("baseline", "ARTICLE..."), ("extract", "ARTICLE")):
        shown = runner.invoke(app, [command, "--help"], terminal_width=200).stdout
        usage = " ".join(shown.split("Usage:")[1].splitlines()[0].split())
        assert usage.endswith(f" {command} [OPTIONS] {argument}") and "<list[Path]>" not in shown, shown


def _help_line(command: list[str], option: str) -> str:
    shown = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"}).stdout
    return next(line for line in shown.splitlines() if f" {option} " in line)


@pytest.mark.parametrize(
    ("command", "option", "placeholder"),
    [([], "--version", ""), (["check"], "--offline", ""), (["check"], "--quiet", ""), (["check"], "--help", ""),
     (["check"], "--format", "[json|markdown|html|junit|sarif|github]"), (["check"], "--out", "DIR"),
     (["check"], "--select", "KIND"), (["check"], "--as-of", "YYYY-MM-DD"), (["check"], "--timeout", "SECONDS"),
     (["extract"], "--max-bytes", "BYTES"), (["baseline"], "--output", "FILE")],
    ids=str,
)  # fmt: skip
def test_help_shows_a_value_only_for_options_that_take_one(command, option, placeholder):
    """`--offline <bool>` read as an option wanting a value (`--offline true` then checked an article
    called "true"), and `--format <list[json|…]>` showed a Python type: a flag shows no value, an option
    the placeholder a shell user types."""
    words = _help_line(command, option).strip("│ ").split()
    assert words[0].rstrip(",") == option or option in words[:2]
    shown = [w for w in words[1:3] if w.isupper() or w.startswith("[") or w.startswith("<")]
    assert shown == ([placeholder] if placeholder else []), words


def test_rationales_name_the_configured_wiki_not_wikipedia(tmp_path):
    """With --wiki at another wiki, 'Wikipedia's ...' and 'no Wikipedia page titled ...' named a source
    that was never asked: the rationale names the wiki the evidence came from."""
    from tests.conftest import ROOT
    from tests.support.fakewiki import FakeWiki, serve

    article = _write(tmp_path, "talks.txt", "Talks\n\nNATO defense chiefs met; all 32 allied military leaders "
                     "joined.\n\nThe Harbour Minister Oskar Venndahl-Quist did not attend.\n")  # fmt: skip
    (tmp_path / "talks.meta.json").write_text('{"as_of": "2025-08-20"}')
    with serve(FakeWiki.from_directory(ROOT / "fixtures/wiki/pages")) as url:
        runner.invoke(app, ["check", str(article), "--out", str(tmp_path / "r"), "--wiki", url, "--live",
                            "--fail-on", "never"])  # fmt: skip
    rationales = [c["rationale"] for c in json.loads((tmp_path / "r" / "talks.json").read_text())["claims"]]
    assert any("'NATO' on 127.0.0.1 (rev" in r for r in rationales), rationales
    assert any("no 127.0.0.1 page" in r for r in rationales), rationales
    assert not any("Wikipedia" in r for r in rationales), rationales


def test_an_undated_article_says_which_day_it_is_judged_at_and_which_claims_need_its_date(tmp_path):
    """With no sidecar, no --as-of and the article on standard input, a duration came out 'found no
    sentence that settles this', blaming the pages: the run says once that no date was given and how
    to give one, the report header says it, and the duration's reason names the missing date."""
    from tests.conftest import ROOT
    from tests.support.fakewiki import FakeWiki, serve

    words = "Talks stall\n\nRussian President Vladimir Putin said the war in Ukraine has lasted for three years.\n"
    with serve(FakeWiki.from_directory(ROOT / "fixtures/wiki/pages")) as url:
        result = runner.invoke(app, ["check", "-", "--out", str(tmp_path), "--wiki", url, "--live",
                                     "--fail-on", "never"], input=words)  # fmt: skip
    assert result.stderr.count("no article date") == 1 and "--as-of" in result.stderr, result.stderr
    assert "No article date" in (tmp_path / "stdin.md").read_text()
    claims = json.loads((tmp_path / "stdin.json").read_text())["claims"]
    lasted = next(c for c in claims if c["kind"] == "duration")
    assert lasted["reason"] == "no_article_date" and "--as-of" in lasted["rationale"], lasted


def test_a_claim_found_twice_is_listed_once_and_two_values_on_the_same_words_stay_two():
    """The same fact found twice on the same words was listed twice in a report, with one text and one
    rationale: the final step keeps the first. Two offices on the same words are two facts: both stay."""
    from verify.app import article_from_text
    from verify.extract import _one_per_span

    claims = extract_claims(article_from_text(
        "Cabinet named\n\nGreen party leader Maja Lindholm became deputy prime minister and environment minister.\n"
    ))  # fmt: skip
    offices = [c for c in claims if c.kind == "role" and c.value and "minister" in c.value]
    assert len(offices) == 2 and offices[0].span == offices[1].span
    twin = offices[0].model_copy(update={"id": offices[0].id + "-twin"})
    assert _one_per_span([*claims, twin]) == claims


def _undated_on_stdin(tmp_path: Path, words: str, *extra: str):
    """`verify check -` on `words` with no date, against the fixture wiki; the result and the JSON claims."""
    from tests.conftest import ROOT
    from tests.support.fakewiki import FakeWiki, serve

    with serve(FakeWiki.from_directory(ROOT / "fixtures/wiki/pages")) as url:
        result = runner.invoke(app, ["check", "-", "--out", str(tmp_path), "--wiki", url, "--live",
                                     "--fail-on", "never", *extra], input=words, env={"COLUMNS": "400"})  # fmt: skip
    return result, json.loads((tmp_path / "stdin.json").read_text())["claims"]


def test_two_values_on_the_same_words_say_which_value_each_row_is_about(tmp_path):
    """'X became A and B' gives two role claims on the same words: each showed as the same row (text,
    verdict, rationale) in every format. Each rationale now names the office it is about."""
    words = "Cabinet named\n\nGreen party leader Maja Lindholm became deputy prime minister and harbour minister.\n"
    result, claims = _undated_on_stdin(tmp_path, words, "--format", "json", "--format", "markdown",
                                       "--format", "html")  # fmt: skip
    twins = [c for c in claims if c["kind"] == "role" and c["text"].startswith("Maja Lindholm became")]
    assert len(twins) == 2, claims
    assert {t["rationale"].split(":")[0] for t in twins} == {"On 'deputy prime minister'", "On 'harbour minister'"}
    markdown, page = (tmp_path / "stdin.md").read_text(), (tmp_path / "stdin.html").read_text()
    for office in ("deputy prime minister", "harbour minister"):
        assert f"On '{office}'" in markdown and f"On &#x27;{office}&#x27;" in page, office
        assert f"On '{office}'" in result.stdout, result.stdout


def test_an_age_in_an_undated_article_is_left_for_want_of_its_date(tmp_path):
    """'Anders Falk, 61,' is an age on the article's day: with no date it came out 'no passage ... an
    editor should check it', blaming the pages; its reason now names the missing date."""
    _, claims = _undated_on_stdin(tmp_path, "Mayor returns\n\nAnders Falk, 61, returned to the town hall.\n")
    age = next(c for c in claims if c["text"] == "Anders Falk, 61")
    assert age["reason"] == "no_article_date", age
    other = next(c for c in claims if c["text"] == "returned to the town hall")
    assert other["reason"] != "no_article_date", other


def test_a_claim_that_needs_the_date_names_only_as_of_for_an_article_on_standard_input(tmp_path):
    """Standard input has no .meta.json beside it: the reason said to set "published" in one."""
    words = "Talks stall\n\nRussian President Vladimir Putin said the war in Ukraine has lasted for three years.\n"
    _, claims = _undated_on_stdin(tmp_path, words)
    lasted = next(c for c in claims if c["kind"] == "duration")
    assert "--as-of YYYY-MM-DD" in lasted["rationale"] and "meta.json" not in lasted["rationale"], lasted


def test_a_claim_that_needs_the_date_names_the_sidecar_of_an_article_file(tmp_path):
    """An article file can be dated by its sidecar: the reason names that file."""
    from tests.conftest import ROOT
    from tests.support.fakewiki import FakeWiki, serve

    article = _write(tmp_path, "talks.txt", "Talks stall\n\nThe war in Ukraine has lasted for three years.\n")
    with serve(FakeWiki.from_directory(ROOT / "fixtures/wiki/pages")) as url:
        runner.invoke(app, ["check", str(article), "--out", str(tmp_path / "r"), "--wiki", url, "--live",
                            "--fail-on", "never"])  # fmt: skip
    claims = json.loads((tmp_path / "r" / "talks.json").read_text())["claims"]
    lasted = next(c for c in claims if c["kind"] == "duration")
    assert '"published" in talks.meta.json' in lasted["rationale"], lasted


@pytest.mark.parametrize(
    ("sentence", "needs"),
    [
        ("The union has led the talks for six years.", True),
        ("The dispute, now in its fifth year, goes on.", True),
        ("The 2019 strike at the Norvik mill lasted 12 days.", False),
        ("Building the Orra bridge took four years.", False),
    ],
)
def test_only_a_length_counted_up_to_now_needs_the_articles_date(sentence, needs):
    """A length that ended ('lasted 12 days' in 2019) is settled by its dates alone: an undated article's
    reason must not say it was counted to the article's day (review of ea792af)."""
    from verify.app import article_from_text
    from verify.kinds import registry

    claims = [c for c in extract_claims(article_from_text(f"Report\n\n{sentence}\n")) if c.kind == "duration"]
    assert claims, sentence
    assert {registry()["duration"].needs_date(c) for c in claims} == {needs}


def test_a_claim_not_checked_says_why_without_saying_not_checked_twice(tmp_path):
    """Every row of an offline check without a cassette read "not checked … Offline, no cassette. Not
    checked: Wikipedia unreachable …": the outcome beside the reason says it once."""
    article = _write(tmp_path, "talks.txt", "Talks\n\nRussian President Vladimir Putin spoke.\n")
    result = runner.invoke(app, ["check", str(article), "--offline", "--out", str(tmp_path / "r"),
                                 "--format", "markdown", "--fail-on", "never"], env={"COLUMNS": "200"})  # fmt: skip
    markdown = (tmp_path / "r" / "talks.md").read_text()
    rationale = next(line for line in markdown.splitlines() if line.startswith("- **"))
    assert "— not checked: Offline, no cassette. " in rationale and "unreachable" in rationale, rationale
    assert "Not checked" not in markdown.replace("## Not checked", "") + result.stdout, markdown + result.stdout
