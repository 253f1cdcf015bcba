"""An option that takes one value, given twice, is refused in one line: click would keep the last value
silently, and a run 'as of' a day the user did not mean looks like any other run."""

import pytest

from tests.support.cli import check, in_project, one_line_error, runner  # noqa: F401  (in_project: autouse fixture)
from verify.cli import app

SEED = "seeds/nato-defense-chiefs.txt"


@pytest.mark.parametrize(
    ("option", "first", "second"),
    [("--as-of", "2024-01-01", "2025-01-01"), ("--deadline", "30", "60"), ("--timeout", "3", "4")],
)
def test_a_single_valued_option_given_twice_is_refused(tmp_path, option, first, second):
    out = tmp_path / "r"
    result = check(SEED, "--offline", option, first, "--out", str(out), f"{option}={second}")
    one_line_error(result, f"{option} given more than once")
    assert not out.exists()


def test_an_option_of_another_command_given_twice_is_refused(tmp_path):
    result = runner.invoke(
        app, ["baseline", "-o", str(tmp_path / "a.json"), "--output", str(tmp_path / "b.json"), "seeds"]
    )
    one_line_error(result, "--output given more than once")


def test_repeatable_options_and_flags_may_be_given_twice(tmp_path):
    result = check(SEED, "--offline", "--offline", "--select", "date", "--select", "role", "--out", str(tmp_path / "r"))
    assert result.exit_code == 0, result.stderr
