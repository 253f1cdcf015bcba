"""Word lists that are data: JSON files in this folder, each loaded once per process.

A maintainer edits the files (predicates, countries, ranks, counted nouns, non-factual cues) without
touching code; code asks for a file by its stem, e.g. `load("predicates")`.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

__all__ = ["load"]


@functools.cache
def load(stem: str) -> dict[str, Any]:
    """The parsed `<stem>.json` of this package (cached: every caller shares one copy)."""
    text = resources.files(__package__).joinpath(f"{stem}.json").read_text(encoding="utf-8")
    return json.loads(text)
