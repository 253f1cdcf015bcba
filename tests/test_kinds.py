"""The claim-kind registry: every kind is one object behind one protocol, found through entry points."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from verify.kinds import KindError, build_registry, check_kind, registry
from verify.kinds.base import BaseKind, Kind

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
