"""The `re` module, with `compile` deferred to a pattern's first use.

The pattern engine's expressions are built from long word lists (countries, ranks, role nouns) and
compiling them all took about 1 CPU s at every start of a process, a replay of a reviewed claim file
and `verify --help` included, though those use none or two of them. `verify.extract.patterns` imports
this module as `re`: each `re.compile(...)` there gives a `LazyPattern`, which compiles on the first
attribute asked of it (`search`, `finditer`, `pattern` ...) and keeps that attribute, so later calls
cost what a compiled pattern's cost. Everything else is the standard module's.
"""

from __future__ import annotations

import re as _re
import threading
from re import *  # noqa: F403 - this module stands in for `re`
from typing import Any, cast

__all__ = ["LazyPattern", "compile"]

_compiling = threading.Lock()


class LazyPattern:
    """A compiled pattern made on first use. Its identity is stable (rules' plans key on `id`)."""

    __slots__ = ("__dict__", "_args")

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)

    def compiled(self) -> _re.Pattern[str]:
        """The real pattern (compiled once; the standard module caches it by its text too)."""
        found = self.__dict__.get("_compiled")
        if found is None:
            with _compiling:
                found = self.__dict__.get("_compiled") or _re.compile(*self._args)
                self.__dict__["_compiled"] = found
        return found

    def __getattr__(self, name: str) -> Any:
        value = getattr(self.compiled(), name)
        self.__dict__[name] = value  # found by ordinary lookup from now on: no call through here
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self._args[0][:40]!r}...)"


def compile(pattern: str, flags: int = 0) -> _re.Pattern[str]:
    """A pattern compiled when it is first used; typed as the pattern it stands for."""
    return cast(_re.Pattern[str], LazyPattern(pattern, flags))
