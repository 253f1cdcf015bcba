"""The walk's phrase ends are read without copying the article before them (speed22b): `_stripped_end`
must give exactly what `len(text[:end].rstrip(chars))` gave, whitespace-only phrases and any order of
start and end included, so the claims stay identical."""

from __future__ import annotations

import itertools

import pytest

from verify.kinds.clause.extract import _stripped_end

TEXTS = ("", "a", "  ", "ab ,", "a\n ,;: b", "x;: \n", " ,a, ", "Faye, 44,\n said:  ")


@pytest.mark.parametrize("chars", [None, " ,;:"])
@pytest.mark.parametrize("text", TEXTS)
def test_same_as_stripping_the_whole_prefix(text: str, chars: str | None) -> None:
    for start, end in itertools.product(range(len(text) + 3), repeat=2):
        assert _stripped_end(text, start, end, chars) == len(text[:end].rstrip(chars)), (start, end)
