"""The mutation check's own list (scripts/mutation_check.py): every mutation must still apply, so a
change to the judge that moves a mutation's text shows up in the suite, not only at the session's end."""

from __future__ import annotations

import subprocess
import sys

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


def test_a_forked_run_imports_the_package_from_the_scratch_copy(tmp_path):
    """The runner forks this process for each pytest run (its third-party imports done once): the run must
    import the project from the scratch copy, mutation and all, even where this process has the project's
    own folder on its path (PYTHONPATH), and report a failing test as exit 1."""
    (tmp_path / "verify").mkdir()
    (tmp_path / "verify" / "__init__.py").write_text('WHERE = "scratch copy"\n')
    (tmp_path / "checks").mkdir()  # no package: pytest puts this folder, not the copy's, on the path
    (tmp_path / "checks" / "test_x.py").write_text(
        'import verify\n\n\ndef test_ok():\n    assert verify.WHERE == "scratch copy"\n\n\n'
        "def test_broken():\n    assert False\n"
    )
    script = (
        "import sys; here = [p for p in sys.path if p not in ('', '.')]; "
        "sys.path[:] = [sys.argv[2], sys.argv[2] + '/scripts', *here]; "
        "import mutation_check as m; m.preload(); assert m._can_fork(); tree = m.Path(sys.argv[1]); "
        "print([m._pytest(tree, ['-q', '-p', 'no:cacheprovider', f'checks/test_x.py::{t}'], 60).returncode "
        "for t in ('test_ok', 'test_broken')])"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path), str(ROOT)], cwd=ROOT, capture_output=True, text=True
    )
    assert done.stdout.strip().splitlines()[-1:] == ["[0, 1]"], done.stderr


def test_every_mutation_leaves_its_file_valid_python():
    """A mutation must be caught by a test that fails, not by the import it breaks: deleting the only line
    of an `if` body leaves an IndentationError that every test 'catches', which proves nothing about the
    guard (write `pass` in its place instead)."""
    broken = []
    for m in check.MUTATIONS:
        if not m.path.endswith(".py"):
            continue
        text = (ROOT / m.path).read_text(encoding="utf-8").replace(m.old, m.new, 1)
        try:
            compile(text, m.path, "exec")
        except SyntaxError:
            broken.append(m.name)
    assert broken == []
