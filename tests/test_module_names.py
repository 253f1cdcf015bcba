"""A module-level name bound twice in verify/: the later binding silently serves every reader of the earlier one.

Session 45 lost a day to `_STEP_TOLD` rebound by a merge (every 'took up' reader read appointment verbs); this test
lists such rebinding so the next one is caught at once, not by a verdict gone wrong.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "verify"


def names_bound_twice(source: str) -> list[str]:
    """The names a module's top-level statements assign more than once (functions and classes included)."""
    seen: dict[str, int] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            targets = [t for target in node.targets for t in ast.walk(target) if isinstance(t, ast.Name)]
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)) and isinstance(node.target, ast.Name):
            targets = [] if isinstance(node, ast.AugAssign) else [node.target]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            targets = [ast.Name(id=node.name)]
        else:
            targets = []
        for target in targets:
            seen[target.id] = seen.get(target.id, 0) + 1
    return sorted(name for name, count in seen.items() if count > 1)


def test_a_name_assigned_twice_is_listed():
    source = "import re\n_A_YEAR = re.compile('19')\n\ndef f():\n    _A_YEAR = 1\n\n_A_YEAR = re.compile('20')\n"
    assert names_bound_twice(source) == ["_A_YEAR"]


def test_a_function_shadowing_a_constant_is_listed():
    assert names_bound_twice("_read = 1\n\ndef _read():\n    return 2\n") == ["_read"]


def test_a_name_added_to_is_not_a_rebinding():
    assert names_bound_twice("WORDS = ['a']\nWORDS += ['b']\n") == []


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_in_verify_binds_a_name_twice(module: Path):
    assert names_bound_twice(module.read_text(encoding="utf-8")) == []
