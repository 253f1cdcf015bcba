"""rel24: a rationale quotes the evidence that decided it, right after the words that evidence proves."""

import json

from typer.testing import CliRunner

from tests.conftest import ROOT
from verify.cli import app

SEED = ROOT / "seeds" / "nato-defense-chiefs.txt"


def test_the_seeds_three_year_war_quotes_the_2022_start_that_decided_it_and_names_2014_after_the_quote(tmp_path):
    """The page dates the war from 2014 (11.5 years) and the full-scale phase from February 2022 (3.5): the
    claim is supported by the second. The quote followed '… from 27 February 2014 (11.5 years):', so an
    editor read the 2022 sentence as the 2014 start's proof, and the verdict as doubtful."""
    result = CliRunner().invoke(app, ["check", str(SEED), "--out", str(tmp_path), "--format", "json", "-q"])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "nato-defense-chiefs.json").read_text())
    assert report["summary"]["supported"] == 9 and report["summary"]["contradicted"] == 0
    war = next(c for c in report["claims"] if c["text"] == "the war has lasted for three years")
    assert war["verdict"] == "supported"
    before_quote, quote = war["rationale"].split("“", 1)
    assert "February 2022" in before_quote and "2014" not in before_quote
    assert quote.startswith("In February 2022") and war["evidence"][0]["snippet"].startswith("In February 2022")
    assert "2014" in quote.split("”", 1)[1]  # the other start is still named, after the quote
