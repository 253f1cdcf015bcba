"""The library examples in docs/library.md run as written."""

import re

import pytest

from tests.conftest import ROOT

EXAMPLES = re.findall(r"```python\n(.*?)```", (ROOT / "docs" / "library.md").read_text(encoding="utf-8"), re.S)


def test_the_page_has_three_examples():
    assert len(EXAMPLES) == 3


@pytest.mark.parametrize("code", EXAMPLES, ids=["check_files", "check_text", "gate"])
def test_each_library_example_runs(code, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    exec(compile(code, "docs/library.md", "exec"), {})


def test_importing_verify_loads_neither_the_cli_nor_the_pipeline():
    import subprocess
    import sys

    probe = (
        "import sys, verify; print(sorted(m for m in ('typer', 'rich', 'vcr', 'yaml', 'httpx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
