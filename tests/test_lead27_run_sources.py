"""A page given for the whole run (`--source URL`) that cannot be read is said once, at the top of the
report (session 26 left it said on no decided claim), and a Ctrl-C while the command line is being read
exits 130 like any other interrupt."""

import html

import pytest
from typer.testing import CliRunner

from tests.test_user26_edges import GONE, _seed_with_a_reviewers_source
from verify.cli import OneLineUsageErrors, app
from verify.models import Verdict
from verify.report.html import to_html
from verify.report.markdown import to_markdown

runner = CliRunner()


def _report(run_source: bool):
    return _seed_with_a_reviewers_source(run_source=run_source, whole=True)


def test_a_run_source_that_answers_404_is_named_in_the_report_with_its_reason():
    """An editor reading "supported" took the operator's page to agree; it was never read."""
    report = _report(run_source=True)
    assert [u.split(" could not be read")[0] for u in report.unread_sources] == [GONE]
    assert "HTTP 404" in report.unread_sources[0]
    trump = next(c for c in report.claims if c.text == "U.S. President Donald Trump")
    assert trump.verdict == Verdict.SUPPORTED  # the verdict stands on the pages read


def test_the_markdown_and_html_headers_say_which_run_source_went_unread():
    report = _report(run_source=True)
    said = f"The run's source {GONE} could not be read"
    assert said in to_markdown(report).split("| Verdict |")[0]
    assert html.escape(said) in to_html(report)


def test_a_reviewers_own_source_is_not_reported_as_the_runs():
    """A claim file's source belongs to its claim (said on it); the report's header stays for --source."""
    report = _report(run_source=False)
    assert report.unread_sources == []
    assert "The run's source" not in to_markdown(report)


def test_ctrl_c_while_the_command_line_is_read_exits_130(monkeypatch):
    """Found exiting 1 in session 26 (click's Abort): the typer series pinned since (0.29) ends a parse
    interrupted by Ctrl-C with 130, as the README says; this keeps a typer upgrade from undoing it."""

    def interrupted(self, ctx, args):
        raise KeyboardInterrupt

    monkeypatch.setattr(OneLineUsageErrors, "parse_args", interrupted)
    result = runner.invoke(app, ["check", "seeds/nato-defense-chiefs.txt"])
    assert result.exit_code == 130


@pytest.mark.parametrize("args", [["check", "--definitely-not-an-option"]])
def test_a_usage_error_still_exits_2_beside_the_interrupt_rule(args):
    assert runner.invoke(app, args).exit_code == 2
