"""A named object the claim states ('the Bank of Norland', 'the Norland Labour Party') is stated by a page sentence
only as a name: the name whole, its owner written the other way ("Norland's Bank", 'the Labour Party of Norland',
'the finance ministry'), or all its words within one run of capitalised words; not its words scattered over a
sentence about another body (review24 R3, `_words_hold` / `_name_stated` in verify/kinds/clause/judge.py). Invented
person and pages (`tests/support/judging.py`); each claim is judged with the fields extraction gives its words."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review24 import SAVED, _judged
from verify.kinds.clause.judge import _another_thing_of_its_kind
from verify.models import Verdict

LEAD = "Lena Vos (born 3 May 1960) is a Norland economist."


def _found(body: str, told: str) -> dict[str, Verdict]:
    found = _judged(body, [page("Lena Vos", f"{LEAD} {told}", SAVED)])
    assert found, "no claim extracted"
    return found


@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param(
            "Lena Vos joined the Bank of Norland in 1985.",
            "She joined Norland's largest commercial bank, Nordbank, in 1985.",
            id="another-bank-named",
        ),
        pytest.param(
            "Lena Vos joined the Bank of Norland in 1985.",
            "In 1985 she joined Norland's bank regulator.",
            id="regulator",
        ),
        pytest.param(
            "Lena Vos joined the Norland Labour Party in 1990.",
            "After leaving Norland she joined the Labour Party of Vestria in 1990.",
            id="another-countrys-party",
        ),
        pytest.param(
            "Lena Vos was appointed to the Supreme Court of Norland in 2012.",
            "In 2012 she was appointed to a court in Norland, having left the Supreme Court bar.",
            id="another-court",
        ),
        pytest.param(
            "Lena Vos worked at the Ministry of Finance from 1990.",
            "From 1990 she worked at the ministry of trade, advising the finance minister.",
            id="another-ministry",
        ),
        pytest.param(
            "Lena Vos was elected to the Halden City Council in 2010.",
            "In 2010 she was elected to the council of Halden County, near the city.",
            id="another-council",
        ),
        pytest.param(
            "Lena Vos studied at the University of Halden.",
            "She studied economics at a technical university in Halden.",
            id="another-university",
        ),
        pytest.param(
            "Lena Vos served as ambassador to Vestria from 2010 to 2014.",
            "From 2010 to 2014 she served as ambassador to Kestel, accredited also to the Vestria-based agency.",
            id="another-posting",
        ),
        pytest.param(
            "Lena Vos graduated from Halden University in 1982.",
            "She graduated in 1982 from Kestel University, having started at Halden.",
            id="another-school",
        ),
    ],
)
def test_a_named_object_is_not_stated_by_its_words_scattered_over_another_body(body: str, told: str) -> None:
    """review24 R3's rows (all supported at main ac99112)."""
    found = _found(body, told)
    assert Verdict.SUPPORTED not in found.values(), found


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "She won a silver medal at the 1988 Olympics in Seoul, behind the gold medal winner.", id="winner"
        ),
        pytest.param("She won a silver medal at the 1988 Olympics in Seoul.", id="silver"),
    ],
)
def test_a_medal_is_not_stated_by_anothers_medal(told: str) -> None:
    """'the gold medal winner' is another's medal, 'a silver medal' another thing of its kind
    (`_another_thing_of_its_kind` in verify/kinds/clause/judge.py)."""
    found = _found("Lena Vos won a gold medal at the 1988 Olympics in Seoul.", told)
    assert Verdict.SUPPORTED not in found.values(), found


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("She won a gold medal at the 1988 Olympics in Seoul.", id="the-medal"),
        pytest.param("She won the gold medal in the 400 metres at the 1988 Olympics in Seoul.", id="the-medal-in"),
    ],
)
def test_a_medal_is_stated_by_her_own_medal(told: str) -> None:
    """The same thing, its phrase ended, still supports (the guard of `_another_thing_of_its_kind`)."""
    found = _found("Lena Vos won a gold medal at the 1988 Olympics in Seoul.", told)
    assert Verdict.SUPPORTED in found.values(), found


@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param(
            "Lena Vos joined the Bank of Norland in 1985.",
            "In 1985 she joined Norland's central bank, the Bank of Norland.",
            id="the-name-whole",
        ),
        pytest.param(
            "Lena Vos worked at the Ministry of Finance from 1990.",
            "From 1990 she worked at the Ministry of Finance.",
            id="the-ministry",
        ),
        pytest.param(
            "Lena Vos worked at the Ministry of Finance from 1990.",
            "From 1990 she worked at the finance ministry.",
            id="the-ministry-in-lower-case",
        ),
        pytest.param(
            "Lena Vos joined the Norland Labour Party in 1990.",
            "In 1990 she joined the Labour Party of Norland.",
            id="the-party-its-owner-after",
        ),
        pytest.param(
            "Lena Vos graduated from Halden University in 1982.",
            "She graduated from the University of Halden in 1982.",
            id="the-university-its-owner-after",
        ),
        pytest.param(
            "Lena Vos was appointed to the Supreme Court of Norland in 2012.",
            "In 2012 she was appointed to the Norland Supreme Court.",
            id="the-court-its-owner-before",
        ),
        pytest.param(
            "Lena Vos studied at Halden University.",
            "Halden University is where she studied economics.",
            id="the-name-opening-the-sentence",
        ),
        pytest.param(
            "Lena Vos succeeded Tom Berg as governor of the Bank of Norland in 2010.",
            "In 2010 she succeeded Tom A. Berg as governor of the Bank of Norland.",
            id="a-person-with-an-initial",
        ),
        pytest.param(
            "Lena Vos served as ambassador to Vestria from 2010 to 2014.",
            "From 2010 to 2014 she served as ambassador to Vestria.",
            id="the-posting",
        ),
    ],
)
def test_a_named_object_stated_as_a_name_stays_supported(body: str, told: str) -> None:
    """The true near-twins: the name whole, in lower case, or its owner written the other way."""
    found = _found(body, told)
    assert Verdict.SUPPORTED in found.values(), found


@pytest.mark.parametrize(
    ("thing", "sentence"),
    [
        pytest.param("most of her career", "She spent most of her career in the civil service.", id="small-words"),
        pytest.param("a gold medal", "She won a gold medal at the 1988 Olympics in Seoul.", id="the-medal"),
    ],
)
def test_the_thing_itself_is_no_other_thing_of_its_kind(thing: str, sentence: str) -> None:
    """The thing's modifiers are read past small words ('most of her career'), as its own words are: the tuning
    claim 'spent most of his career in ...' is stated by the page's same words."""
    assert not _another_thing_of_its_kind(thing, sentence)
