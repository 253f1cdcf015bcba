"""The claim-kind registry: every kind is one object behind one protocol, found through entry points."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from verify.kinds import KindError, build_registry, check_kind, registry
from verify.kinds.base import BaseKind, Kind
from verify.models import Reason, Verdict

ROOT = Path(__file__).resolve().parents[1]


def test_every_kind_folder_is_registered_through_the_entry_point_group():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["entry-points"]["verify.kinds"]
    folders = {p.parent.name for p in (ROOT / "verify" / "kinds").glob("*/__init__.py")}
    assert set(declared) == folders
    assert folders <= set(registry())
    assert all(isinstance(kind, Kind) for kind in registry().values())


def test_a_kind_without_a_judge_is_refused_with_its_name():
    class Unjudged(BaseKind):
        name = "sports_result"

        def find(self, view):
            return []

    with pytest.raises(KindError, match=r"'sports_result'.*has no judge"):
        check_kind(Unjudged())


def test_two_kinds_with_one_name_are_refused():
    with pytest.raises(KindError, match="two claim kinds are named 'role'"):
        build_registry([registry()["role"], registry()["role"]])


CHAIR = "NATO Military Committee chair Giuseppe Cavo Dragone"


def _date_result(body: str, wikipedia):
    from tests.test_judge import load_article_text
    from verify.extract import extract_claims
    from verify.pipeline import check

    article = load_article_text(body)
    report = check(article, extract_claims(article), wikipedia)
    return next(r for r in report.claims if r.kind == "date")


def test_a_date_claim_is_supported_by_a_page_giving_that_day_for_the_event(wikipedia):
    # the office page: "... Giuseppe Cavo Dragone, ..., who took office on 17 January 2025."
    result = _date_result(f"{CHAIR} took office on 17 January 2025.", wikipedia)
    assert result.verdict == Verdict.SUPPORTED
    assert "dates it to 17 January 2025" in result.rationale


def test_a_date_no_page_gives_is_unverified_with_a_reason_not_contradicted(wikipedia):
    result = _date_result(f"{CHAIR} took office on 17 January 2024.", wikipedia)
    assert result.verdict == Verdict.UNVERIFIED
    assert result.reason == Reason.NO_PASSAGE


def test_a_page_less_precise_than_the_article_does_not_confirm_its_day():
    from verify.kinds.date.judge import precision

    assert [precision(d) for d in ("17 January 2025", "January 17, 2025", "January 2025", "2025")] == [
        "day",
        "day",
        "month",
        "year",
    ]


def test_the_library_and_every_kind_load_without_the_cli_or_the_cassette_tools():
    import subprocess
    import sys

    # httpx imports its own command line (and with it rich) whenever click is installed, as spaCy's
    # dependencies install it: what counts is what verify's modules add after httpx is in
    probe = (
        "import sys, httpx; tools = ('typer', 'rich', 'vcr', 'yaml'); before = {m for m in tools if m in sys.modules}; "
        "import verify.app, verify.pipeline, verify.kinds; verify.kinds.registry(); "
        "print(sorted(m for m in tools if m in sys.modules and m not in before))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_the_readme_names_every_folder_of_the_package_in_how_it_works():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    how = readme.split("## How it works", 1)[1].split("\n## ", 1)[0]
    folders = [p for p in (ROOT / "verify").rglob("*") if p.is_dir() and p.name != "__pycache__"]
    assert [p.name for p in folders if f"{p.name}/" not in how] == []
