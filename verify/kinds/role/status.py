"""The words after a title that place its holding in its sentence's time ('at the time'), read alike by role
extraction (which keeps the title as held then) and the role judge (which dates the holding by its sentence)."""

from __future__ import annotations

import re

from verify import lexicons

_AT_THE_TIME = re.compile(
    rf"\s*(?:{'|'.join(map(re.escape, lexicons.load('judging')['role']['status_then_after']))})\b", re.I
)


def at_the_time(text: str, at: int = 0) -> int | None:
    """Where 'at the time' ('at that time': judging.toml role.status_then_after) ends when it stands at `at` in
    `text`, after any space ('Ivo Stam, prime minister at the time, visited ...', '... who was prime minister at
    the time'): the title is held in its sentence's time, as after 'then'. None when it does not stand there."""
    found = _AT_THE_TIME.match(text, at)
    return found.end() if found is not None else None
