"""Word lists are data (verify/lexicons/*.toml), and verify's code names no place or organisation."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from verify import aliases, lexicons

VERIFY = Path(__file__).resolve().parents[1] / "verify"
# a string that names one of these for another reason: the report's serif font is called Georgia
NOT_A_PLACE = {("report/html.py", "Georgia")}


def _proper_names() -> set[str]:
    names = set(aliases.country_names()) | {entry[0] for entry in aliases.COUNTRIES.values()}
    names |= {word.title() for word in lexicons.load("names")["not_name"]["places"]}
    names |= set(aliases.ORGANISATION_ALIASES) | set(aliases.ROLE_OWNERS)
    names |= {form.upper() for form in aliases.OFFICE_ACRONYMS}
    return {n.removeprefix("the ") for n in names}


def _string_literals(tree: ast.AST) -> list[ast.Constant]:
    """Every string constant that is not a docstring."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_every_lexicon_loads_once_and_holds_words():
    for path in (VERIFY / "lexicons").glob("*.toml"):
        assert lexicons.load(path.stem), path.name
        assert lexicons.load(path.stem) is lexicons.load(path.stem)


def places_named_in(source: str, where: str = "") -> list[tuple[str, str]]:
    """(file, name) for every place or organisation a string of `source` names, docstrings aside."""
    names = sorted(_proper_names(), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    return [
        (where, m[0])
        for node in _string_literals(ast.parse(source))
        for m in pattern.finditer(node.value)
        if (where, m[0]) not in NOT_A_PLACE
    ]


def test_no_place_or_organisation_is_named_in_a_string_of_verify_code():
    found = [hit for p in VERIFY.rglob("*.py") for hit in places_named_in(p.read_text(), str(p.relative_to(VERIFY)))]
    assert found == []


def test_the_scan_finds_a_place_written_into_a_pattern_but_not_into_a_docstring():
    source = '"""Not in Brussels."""\nPATTERN = r"\\bin (?:Brussels|Stuttgart)\\b|EUCOM"\n'
    assert places_named_in(source) == [("", "Brussels"), ("", "Stuttgart"), ("", "EUCOM")]
