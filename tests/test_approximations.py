"""The approximation words before a number ("nearly 5,000", "more than 30 years") come from one lexicon list
(verify/lexicons/numbers.toml `approximations`), which every extraction pattern's `approx` group is built from."""

from __future__ import annotations

import re

import pytest

from verify import aliases
from verify.extract import patterns
from verify.kinds.quantity import extract as quantity_extract


def test_the_words_are_alternatives_in_the_order_given() -> None:
    assert aliases.approximately("nearly", "more than") == "nearly|more than"


def test_loose_words_take_any_run_of_spaces() -> None:
    pattern = re.compile(rf"(?:{aliases.approximately('at least', loose=True)})\s+\d+")
    assert pattern.fullmatch("at  least 35")


def test_a_word_the_lexicon_lacks_is_refused() -> None:
    with pytest.raises(ValueError, match="approximations"):
        aliases.approximately("nearly", "give or take")


def _approx_words(pattern: str) -> list[str]:
    """The words of each `approx` group written as `(?P<approx>(?:a|b c)\\s+)?` in a pattern."""
    groups = re.findall(r"\(\?P<approx>\(\?i?:([^()]*)\)\\s\+\)\?", pattern)
    return [w.replace(r"\s+", " ") for group in groups for w in group.split("|")]


def test_every_approximation_a_pattern_takes_is_in_the_lexicon() -> None:
    written = [
        word
        for module in (patterns, quantity_extract)
        for value in vars(module).values()
        if hasattr(value, "pattern") and isinstance(value.pattern, str)
        for word in _approx_words(value.pattern)
    ]
    assert len(written) > 50  # the count patterns, the lengths of time, the measures
    assert set(written) <= set(aliases.APPROXIMATIONS)
