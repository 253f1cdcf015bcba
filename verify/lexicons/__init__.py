"""Word lists that are data, not code: countries and nationality adjectives, ranks, offices and title
words, organisations and aliases, counted nouns, months and weekdays, number words, name variants and
the words that are never part of a name. Each is a TOML file here, read once per process."""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The lexicon `verify/lexicons/<name>.toml`, parsed once."""
    return tomllib.loads(resources.files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8"))
