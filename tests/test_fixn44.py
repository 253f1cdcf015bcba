"""fixn44 (session 44): review44's CLI/configuration items (N1-N3) and framing items (R4, R5), as rows a desk or a
CI script meets: a folder or URL the configuration names is read as the command line's is, and a claim told inside a
denial or a correction note is never judged as the article's assertion."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed
from tests.test_review26 import SAVED
from tests.test_review41 import _errors, _run
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Document, Verdict
from verify.retrieve import EvidencePool

STORY = "Norby news\n\nFinance Minister Ivo Stam said on Monday the budget would rise.\n"
# A closed local port: a run that would fetch goes nowhere off the machine.
NO_WIKI = ("--wiki", "http://127.0.0.1:9", "--retries", "0", "--timeout", "1")


def _project(tmp_path, config: str) -> str:
    """A project folder whose verify.toml reads `config`, holding one article: the article's path."""
    (tmp_path / "verify.toml").write_text(config)
    article = tmp_path / "stam.txt"
    article.write_text(STORY)
    return str(article)


# N2: `verify extract` wrote <project>/claims/ whatever verify.toml said while `verify check` read the configured
# folder, so every reviewer decision went unused. Both now resolve the folder in one place (cli.claims_folder).
def test_extract_writes_the_claim_file_where_check_reads_it(tmp_path) -> None:
    (tmp_path / "reviewed").mkdir()
    article = _project(tmp_path, 'claims = "reviewed"\n')
    assert _run("extract", article).exit_code == 0
    assert (tmp_path / "reviewed" / "stam.json").is_file(), sorted(p.name for p in tmp_path.rglob("*.json"))


def test_extract_creates_a_configured_claims_folder_it_fills(tmp_path) -> None:
    assert _run("extract", _project(tmp_path, 'claims = "reviewed"\n')).exit_code == 0
    assert (tmp_path / "reviewed" / "stam.json").is_file()


def test_extract_refuses_a_configured_claims_folder_that_is_a_file(tmp_path) -> None:
    result = _run("extract", _project(tmp_path, 'claims = "stam.txt"\n'))
    assert result.exit_code == 2 and _errors(result) == [
        f"verify: error: {tmp_path / 'verify.toml'}: key 'claims': {tmp_path / 'stam.txt'}: is not a folder"
    ], result.stderr


def test_extract_without_configuration_writes_the_projects_claims_folder(tmp_path) -> None:
    assert _run("extract", _project(tmp_path, "")).exit_code == 0
    assert (tmp_path / "claims" / "stam.json").is_file()


def test_check_reads_the_claim_file_extract_wrote_to_the_configured_folder(tmp_path) -> None:
    article = _project(tmp_path, 'claims = "reviewed"\n')
    assert _run("extract", article).exit_code == 0
    result = _run("check", article, "--offline", "--verbose", "--out", str(tmp_path / "r"), "--fail-on", "never")
    assert "no reviewed claim file" not in result.stderr + result.stdout, result.stderr


# N3: verify.toml `claims` or `cassettes` naming no folder was taken silently (the check extracted afresh and, with
# no cassette, fetched live); the same value as --claims/--cassettes is one line and exit 2. Now both are checked.
@pytest.mark.parametrize(
    "config",
    [
        pytest.param('claims = "nosuch"\n', id="claims-missing"),
        pytest.param('claims = "stam.txt"\n', id="claims-a-file"),
        pytest.param('cassettes = "nosuch"\n', id="cassettes-missing"),
    ],
)
def test_a_configured_folder_that_is_none_is_refused_in_one_line(tmp_path, config: str) -> None:
    result = _run("check", _project(tmp_path, config), *NO_WIKI, "--quiet", "--out", str(tmp_path / "r"))
    assert result.exit_code == 2 and len(_errors(result)) == 1, result.stderr
    assert "verify.toml: key '" in _errors(result)[0], result.stderr


@pytest.mark.parametrize("option", [("--claims", "nosuch"), ("--cassettes", "nosuch")])
def test_the_same_folder_on_the_command_line_is_refused_in_one_line(tmp_path, option: tuple[str, str]) -> None:
    result = _run("check", _project(tmp_path, ""), *option, *NO_WIKI, "--quiet", "--out", str(tmp_path / "r"))
    assert result.exit_code == 2 and len(_errors(result)) == 1, result.stderr


def test_a_configured_cassettes_folder_awaiting_its_first_recording_is_taken_by_record(tmp_path) -> None:
    article = _project(tmp_path, 'cassettes = "tapes"\n')
    result = _run("check", article, *NO_WIKI, "--record", "--quiet", "--out", str(tmp_path / "r"), "--fail-on", "never")
    assert not any("key 'cassettes'" in line for line in _errors(result)), result.stderr


def test_the_flag_overrides_a_configured_folder_that_is_none(tmp_path) -> None:
    (tmp_path / "reviewed").mkdir()
    article = _project(tmp_path, 'claims = "nosuch"\n')
    result = _run(
        "check", article, "--claims", str(tmp_path / "reviewed"), "--offline", "--quiet",
        "--out", str(tmp_path / "r"), "--fail-on", "never",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr


# N1: `--wiki ''` (an unset variable) and verify.toml `wiki = ""` were taken as no --wiki: a --live run then fetched
# from the public Wikipedia. Refused in one line, as `--out ''` is.
def test_an_empty_wiki_flag_is_refused_in_one_line(tmp_path) -> None:
    result = _run("check", _project(tmp_path, ""), "--wiki", "", "--offline", "--quiet", "--out", str(tmp_path / "r"))
    assert result.exit_code == 2 and len(_errors(result)) == 1, result.stderr
    assert "an empty URL" in _errors(result)[0]


@pytest.mark.parametrize("value", ['""', '"  "'])
def test_an_empty_configured_wiki_is_refused_in_one_line(tmp_path, value: str) -> None:
    article = _project(tmp_path, f"wiki = {value}\n")
    result = _run("check", article, "--offline", "--quiet", "--out", str(tmp_path / "r"))
    assert result.exit_code == 2 and len(_errors(result)) == 1, result.stderr
    assert "key 'wiki'" in _errors(result)[0]


@pytest.mark.parametrize(
    "option", [pytest.param(("--out", ""), id="empty-out"), pytest.param(("--wiki", "ftp://x"), id="ftp-wiki")]
)
def test_an_empty_out_or_a_wiki_without_host_is_refused(tmp_path, option: tuple[str, str]) -> None:
    result = _run("check", _project(tmp_path, ""), *option, "--offline", "--quiet")
    assert result.exit_code == 2 and len(_errors(result)) == 1, result.stderr


# R4: a denial told by the frame around a claim, not by a 'not' of its own verb, was judged as the assertion it
# rebuts ('It is not true that X' refuted when X is false, supported when X is true). The frame's 'not' on a word that
# tells a clause true ('true', 'correct'), a false word above it ('untrue', 'are false'), and 'not X but Y' now deny
# the claim (verify/nlp/negation.py), so it is judged as 'was not born in Tarsa' is.
HALDEN_STAM = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 March 1960) is a Norbian politician who has been Prime Minister of Norby since 2019. He was "
    "born in Halden.",
    [("office", "Prime Minister of Norby"), ("term_start", "4 May 2019"), ("birth_date", "3 March 1960"),
     ("birth_place", "Halden, Norby")],
    SAVED,
)  # fmt: skip
DAY = dt.date(2024, 6, 1)


def _verdicts(body: str, docs: list[Document]) -> list[Verdict]:
    """The verdicts on the claims of an article of `body`, judged whole against `docs` alone."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=DAY))
    return [r.verdict for r in judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), DAY)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("It is not true that Ivo Stam was born in Tarsa.", id="not-true-that"),
        pytest.param("It is not correct that Ivo Stam was born in Tarsa.", id="not-correct-that"),
        pytest.param("It is untrue that Ivo Stam became prime minister in 2017.", id="untrue-that"),
        pytest.param("Rumours that Ivo Stam was born in Tarsa are false.", id="rumours-are-false"),
        pytest.param("The report that Ivo Stam was born in Tarsa was false.", id="report-was-false"),
        pytest.param("Claims that Ivo Stam became prime minister in 2017 are false.", id="claims-are-false"),
        pytest.param("Ivo Stam was born not in Tarsa but in Halden.", id="not-x-but-y"),
    ],
)
def test_a_rebutted_claim_is_not_refuted_against_the_article(body: str) -> None:
    found = _verdicts(body, [HALDEN_STAM])
    assert Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("It is not true that Ivo Stam was born in Halden.", id="not-true-that"),
        pytest.param("Rumours that Ivo Stam was born in Halden are false.", id="rumours-are-false"),
    ],
)
def test_a_rebutted_truth_is_not_supported(body: str) -> None:
    found = _verdicts(body, [HALDEN_STAM])
    assert Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Contrary to reports, Ivo Stam was not born in Tarsa.", id="was-not"),
        pytest.param("He denied reports that Ivo Stam was born in Tarsa.", id="denied-reports"),
        pytest.param("A previous version of this article wrongly said Ivo Stam was born in Tarsa.", id="wrongly-said"),
    ],
)
def test_a_denial_on_the_verb_is_not_refuted(body: str) -> None:
    assert Verdict.CONTRADICTED not in _verdicts(body, [HALDEN_STAM])


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("It is true that Ivo Stam was born in Halden.", id="true-that"),
        pytest.param("Ivo Stam was born in Halden, not in Tarsa.", id="x-not-y"),
        pytest.param("She did not deny that Ivo Stam was born in Halden.", id="did-not-deny"),
    ],
)
def test_an_affirmed_frame_keeps_its_claims_support(body: str) -> None:
    assert Verdict.SUPPORTED in _verdicts(body, [HALDEN_STAM])


# R5: a correction note's account of what the article said before ('This article has been amended: it previously
# said ...') gave the withdrawn words as the article's claim, refuted against the page.
@pytest.mark.parametrize(
    "notice",
    [
        "This article has been amended: it previously said",
        "This story was corrected on Monday: it originally said",
        "Correction: This story originally said",
        "Correction: We wrongly reported that",
    ],
)
def test_a_correction_notes_retracted_words_are_not_refuted(notice: str) -> None:
    found = _verdicts(f"Ivo Stam was born in Halden.\n\n{notice} Ivo Stam was born in Tarsa.", [HALDEN_STAM])
    assert found and Verdict.CONTRADICTED not in found, found


def test_the_corrected_sentence_is_supported() -> None:
    assert _verdicts("Ivo Stam was born in Halden.", [HALDEN_STAM]) == [Verdict.SUPPORTED]
