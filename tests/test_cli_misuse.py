"""What a new user gets wrong on the command line: each a one-line usage error (exit 2) or an honest
report, never a run that quietly checks the wrong thing."""

from typer.testing import CliRunner

from verify.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_a_metadata_sidecar_given_as_an_article_is_refused_naming_its_article(tmp_path):
    article = tmp_path / "harbour.txt"
    article.write_text("Harbour reopens\n\nThe harbour reopened on Monday after 3 weeks of repairs.\n")
    sidecar = tmp_path / "harbour.meta.json"
    sidecar.write_text('{"as_of": "2025-03-01"}')
    result = run("check", str(sidecar), "--out", str(tmp_path / "r"), "--offline")
    assert result.exit_code == 2
    said = [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]
    assert len(said) == 1 and str(article) in said[0], result.stderr
    assert not (tmp_path / "r").exists() or not any((tmp_path / "r").iterdir())
