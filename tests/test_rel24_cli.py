"""rel24: a mistyped `--cassettes` folder is one line, not a silent "no cassette" (user23's note 5)."""

import pytest

from tests.conftest import ROOT
from tests.test_reliability import check, one_line_error

SEED = ROOT / "seeds" / "nato-defense-chiefs.txt"


@pytest.mark.parametrize("mode", [[], ["--offline"]])
def test_a_cassette_folder_that_does_not_exist_is_one_line_naming_it_and_the_way_out(tmp_path, mode):
    mistyped = tmp_path / "fixtures" / "casettes"
    result = check(SEED, "--cassettes", mistyped, "--out", tmp_path / "out", *mode)
    one_line_error(result, f"--cassettes {mistyped}: no such folder")
    assert "--live" in result.stderr and "--record" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_cassette_folder_that_is_a_file_is_one_line(tmp_path):
    afile = tmp_path / "tapes"
    afile.write_text("not a folder")
    one_line_error(check(SEED, "--cassettes", afile, "--out", tmp_path / "out"), "is not a folder")


def test_recording_into_a_new_folder_and_a_live_run_take_a_folder_that_does_not_exist(tmp_path, local_wiki):
    new = tmp_path / "new-tapes"
    recorded = check(SEED, "--cassettes", new, "--out", tmp_path / "a", "--wiki", local_wiki, "--record", "-q")
    assert recorded.exit_code == 0, recorded.output
    assert (new / "nato-defense-chiefs.yaml").is_file()
    live = check(SEED, "--cassettes", tmp_path / "none", "--out", tmp_path / "b", "--wiki", local_wiki, "--live", "-q")
    assert live.exit_code == 0, live.output
