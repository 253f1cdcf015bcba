"""'Named', 'nominated' and 'designated' tell one step, the naming of someone to a post (judging.toml `one_naming`):
a page's sentence dating it with one of them dates the step the article tells with another, both ways (recall38b:
'was named crown prince on 7 February 2003' had stayed unverified against 'nominated as crown prince on 7 February
2006', and its true twin with it). 'Appointed' is a later step of its own, and another post's naming dates nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page, verdict_on_words

AS_OF = dt.date(2023, 11, 30)
HADDAD = page(
    "Omar Al-Haddad",
    "Omar Al-Haddad (born 25 June 1940) is the 17th Emir of Norby. He served as minister of the interior from 1978 "
    "to 1988. Al-Haddad had been nominated as crown prince on 7 February 2006.",
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Omar Al-Haddad was named crown prince on 7 February 2006.", "supported"),
        ("Omar Al-Haddad was named crown prince on 7 February 2003.", "contradicted"),
        ("Omar Al-Haddad was designated crown prince on 7 February 2003.", "contradicted"),
        # a later step of its own: the nomination's day neither dates nor refutes the appointment's
        ("Omar Al-Haddad was appointed crown prince on 3 March 2006.", "unverified"),
        # another post's naming: the page's crown prince is no prime minister
        ("Omar Al-Haddad was named prime minister on 7 February 2003.", "unverified"),
    ],
)
def test_one_naming_step_told_by_its_verbs(sentence: str, expected: str) -> None:
    assert (
        verdict_on_words(
            sentence, [HADDAD], AS_OF, "date", "on 7 February" if "7 Feb" in sentence else "on 3 March"
        ).value
        == expected
    )
