"""The mutation check's own list (scripts/mutation_check.py): every mutation must still apply, so a
change to the judge that moves a mutation's text shows up in the suite, not only at the session's end."""

from __future__ import annotations

from tests.conftest import ROOT
from tests.test_verdict_set import load_script

check = load_script("mutation_check")


def test_every_mutation_text_occurs_exactly_once_in_its_file():
    stale = [m.name for m in check.MUTATIONS if (ROOT / m.path).read_text(encoding="utf-8").count(m.old) != 1]
    assert stale == []  # rewrite each so its old text is found once again (see the script's --help)


def test_every_mutation_has_its_own_name_and_changes_its_text():
    names = [m.name for m in check.MUTATIONS]
    assert len(names) == len(set(names))
    assert all(m.old != m.new for m in check.MUTATIONS)


def test_the_summary_reports_a_mutation_whose_text_is_gone_as_stale(capsys):
    gone = check.Mutation("gone", "verify/judge.py", "text no judge holds", "", "a mutation the code moved past")
    kept = check.MUTATIONS[0]
    assert check.summary([gone, kept], {kept.name: "tests/test_x.py::test_y"}) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("STALE     gone")
    assert out[1].startswith(f"cached    {kept.name}") and out[1].endswith("by tests/test_x.py::test_y")
    assert out[-1].startswith("1 of 2 mutations have a remembered killer")


def test_the_failing_test_is_read_from_pytests_short_summary():
    output = "....F\n=== short test summary info ===\nFAILED tests/test_a.py::test_b[x - y] - AssertionError\n1 failed"
    assert check.failing_test(output) == "tests/test_a.py::test_b[x - y]"


def test_a_test_failing_on_the_unchanged_tree_too_is_no_killer(tmp_path):
    (tmp_path / "test_x.py").write_text("def test_ok():\n    pass\n\n\ndef test_broken():\n    assert False\n")
    assert check.fails_only_mutated(tmp_path, "test_x.py::test_ok", timeout=60)
    assert not check.fails_only_mutated(tmp_path, "test_x.py::test_broken", timeout=60)
