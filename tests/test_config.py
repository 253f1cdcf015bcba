"""Project configuration: `[tool.verify]` in the article project's pyproject.toml or a verify.toml;
flags override it; a wrong key is one line naming the file and the key."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT, empty_cassette_folder
from tests.support.fakewiki import FakeWiki, serve
from verify.cli import app
from verify.config import find_config
from verify.models import Report

runner = CliRunner()
MIXED = (
    "Defence chiefs meet\n\n"
    "NATO defense chiefs met on Tuesday; all 31 allied military leaders joined the call.\n"
    "Russian President Vladimir Putin said the talks would bring a ‘lasting settlement’ soon.\n"
)


@pytest.fixture(autouse=True)
def elsewhere(monkeypatch):
    """Runs start from the verify checkout, not from the article's project."""
    monkeypatch.chdir(ROOT)


@pytest.fixture(scope="module")
def local_wiki():
    with serve(FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")) as url:
        yield url


def project(tmp_path: Path, config_file: str, config: str) -> Path:
    """A newsroom project: its config file and one article in articles/."""
    (tmp_path / config_file).write_text(config, encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "mixed.txt").write_text(MIXED, encoding="utf-8")
    (folder / "mixed.meta.json").write_text('{"as_of": "2025-08-20"}')
    return folder / "mixed.txt"


def run(article: Path, local_wiki: str, *flags: str):
    cassettes = empty_cassette_folder(article.parent.parent)
    return runner.invoke(app, ["check", str(article), "--wiki", local_wiki, "--cassettes", str(cassettes), *flags])


def test_pyproject_tool_verify_sets_formats_and_the_report_folder(tmp_path, local_wiki):
    article = project(tmp_path, "pyproject.toml", '[tool.verify]\nformats = ["html", "json"]\nout = "checked"\n')
    result = run(article, local_wiki, "--fail-on", "never")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "checked").iterdir()) == ["mixed.html", "mixed.json"]


def test_flags_override_the_configuration(tmp_path, local_wiki):
    article = project(tmp_path, "verify.toml", 'formats = ["html"]\nout = "checked"\nfail-on = "unverified"\n')
    assert run(article, local_wiki).exit_code == 1  # the configured gate: an unverified quote fails
    result = run(article, local_wiki, "--format", "json", "--out", str(tmp_path / "flagged"), "--fail-on", "never")
    assert result.exit_code == 0
    assert [p.name for p in (tmp_path / "flagged").iterdir()] == ["mixed.json"]


def test_configured_kinds_to_ignore_and_a_flag_to_select(tmp_path, local_wiki):
    article = project(tmp_path, "verify.toml", 'ignore = ["quote"]\nformats = ["json"]\nout = "r"\n')
    run(article, local_wiki, "--fail-on", "never")
    kinds = {c.kind for c in Report.model_validate_json((tmp_path / "r" / "mixed.json").read_text()).claims}
    assert "quote" not in kinds and kinds
    run(article, local_wiki, "--fail-on", "never", "--select", "quantity")
    kinds = {c.kind for c in Report.model_validate_json((tmp_path / "r" / "mixed.json").read_text()).claims}
    assert kinds == {"quantity"}


@pytest.mark.parametrize(
    ("config_file", "config", "said"),
    [
        (
            "pyproject.toml",
            "[tool.verify]\nfial-on = 'never'\n",
            "pyproject.toml: [tool.verify]: unknown key 'fial-on'",
        ),
        ("verify.toml", "fail-on = 'sometimes'\n", "verify.toml: key 'fail-on': 'sometimes' is not one of"),
        ("verify.toml", "select = ['quotes']\n", "verify.toml: key 'select.0': "),
        ("verify.toml", "formats = 'html'\n", "verify.toml: key 'formats': "),
    ],
)
def test_a_wrong_key_or_value_is_one_line_naming_file_and_key(tmp_path, local_wiki, config_file, config, said):
    article = project(tmp_path, config_file, config)
    result = run(article, local_wiki)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and said in result.stderr and str(tmp_path) in result.stderr


def test_the_nearest_project_wins_and_its_pyproject_without_a_section_means_defaults(tmp_path):
    (tmp_path / "verify.toml").write_text('formats = ["html"]\n')
    inner = tmp_path / "desk" / "articles"
    inner.mkdir(parents=True)
    (tmp_path / "desk" / "pyproject.toml").write_text('[project]\nname = "desk"\n')
    found = find_config(inner / "a.txt")
    assert found.path is None and found.root == tmp_path / "desk" and found.config.formats is None
    assert find_config(tmp_path / "a.txt").config.formats == ["html"]
