"""The command line as the hostile-input tests drive it: run `verify check` in-process, from the project
folder, and read its one-line errors."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from verify.cli import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def in_project(monkeypatch):
    """Run from the project folder (imported into a test module, it applies to every test there)."""
    monkeypatch.chdir(ROOT)


def check(*args, **kwargs):
    return runner.invoke(app, ["check", *map(str, args)], **kwargs)


def one_line_error(result, text, code=2):
    """The run ended with `code` and exactly one 'verify: error:' line holding `text`, no traceback."""
    errors = [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]
    assert result.exit_code == code, result.output
    assert len(errors) == 1 and text in errors[0], result.stderr
    assert "Traceback" not in result.output + result.stderr
