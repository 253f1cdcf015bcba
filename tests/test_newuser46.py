"""What a new user and an attacker met in session 46: error lines that leave a sentence hanging,
locations that point at lines the file does not have. Every article here is invented."""

from __future__ import annotations

import re

import pytest

from verify.errors import InputError
from verify.inputs import load_json


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('{"article": "a.txt", "claims": [{"id": "abc', id="unterminated-string"),
        pytest.param('{"article": "a.txt",\n "claims": [1,]}', id="trailing-comma"),
    ],
)
def test_a_malformed_json_file_says_where_and_leaves_no_sentence_hanging(text):
    """json's 'Unterminated string starting at' was shown as `not valid JSON (Unterminated string
    starting at)`: the position it points to was dropped, so the line ended mid-sentence."""
    with pytest.raises(InputError) as caught:
        load_json(text, "claims/a.json")
    said = str(caught.value)
    assert re.search(r"\bline \d+\b", said) and "column" in said
    assert not re.search(r"\bat\)", said), said
