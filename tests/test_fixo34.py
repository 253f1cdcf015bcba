"""Regressions review34 found on open34's merged code, mended by fixo34 (session 34): a part of a whole written
without 'the' ('30 of 32 NATO member states', '61 of 200 seats'), read as a part whose whole is checked."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED, _judged, _never
from tests.test_review27 import PARTY
from tests.test_review31 import _ruiz_said
from tests.test_review32 import HOLM_BORN
from verify.models import Verdict

# NATO's invented page: its head count, 32 member states.
ALLIANCE = page(
    "NATO",
    "The North Atlantic Treaty Organization (NATO) is an intergovernmental military alliance of 32 member states.",
    SAVED,
)


# review34 B5: a part of NATO's members told with its whole, without 'the' or after 'out of', is some of the members,
# not NATO's count: the page's 32 refutes it no more than it refutes 'Leaders of 30 NATO member states'.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Leaders of 30 of 32 NATO member states met.", id="leaders-of"),
        pytest.param("Ministers from 30 of 32 NATO member states attended.", id="ministers-from"),
        pytest.param("Troops from 12 out of 32 NATO members took part.", id="out-of"),
    ],
)
def test_a_part_of_the_alliances_members_is_not_its_count(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [ALLIANCE], ("quantity",))


def test_more_than_the_whole_has_is_refuted() -> None:
    found = _judged("Leaders of 40 of 42 NATO member states met.", [ALLIANCE], ("quantity",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# The whole a bare part is out of is no claim of its own (open34 1578e538): the part's claim checks it against the
# whole the page gives.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ministers from 30 of 33 NATO member states attended.", id="of"),
        pytest.param("Troops from 12 out of 31 NATO members took part.", id="out-of"),
    ],
)
def test_a_part_of_another_whole_is_refuted(body: str) -> None:
    found = _judged(body, [ALLIANCE], ("quantity",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# review34 B8: a page giving the party's 61 seats alone leaves the whole of '61 of 200 seats' (a parliament of 150)
# unchecked, so the part's claim is not supported by it.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won 61 of 200 seats in 2023.", id="of"),
        pytest.param("The Norby Party won 61 out of 200 seats in 2023.", id="out-of"),
    ],
)
def test_a_part_of_a_whole_the_page_does_not_give_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [PARTY], ("quantity",))


def test_the_part_alone_is_supported_by_the_same_page() -> None:
    found = _judged("The Norby Party won 61 seats in 2023.", [PARTY], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# review34 B2's rows are in tests/test_review34.py (test_b2_an_age_whose_noun_names_the_post_is_the_post_holders); its
# twin here: an age whose noun is no post stays with the one brought in.
def test_an_age_whose_noun_may_be_the_one_brought_in_is_not_the_named_persons() -> None:
    found = _judged("Eva Holm said a farmer was arrested. The 34-year-old farmer was charged.", [HOLM_BORN])
    assert Verdict.CONTRADICTED not in found.values(), found


# review34 B6: quoted words that stand first inside a longer word ('"a successor ..."') and then whole in the same
# sentence ('"a success"') are quoted there: the whole words keep their support.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            'Ana Ruiz called the reform "a success".',
            'In 2023 she said the deal was "a successor to the old one" and called the reform "a success".',
            id="successor-then-success",
        ),
        pytest.param(
            'Ana Ruiz said the talks were "a win for Norby".',
            'In 2023 she said the talks were "a win for Norbyans" and "a win for Norby".',
            id="norbyans-then-norby",
        ),
    ],
)
def test_the_words_found_whole_later_in_the_sentence_are_quoted(body: str, sentence: str) -> None:
    found = _judged(body, [_ruiz_said(sentence)], ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_the_words_only_inside_a_longer_word_are_not_quoted() -> None:
    sentence = 'In 2023 she said the deal was "a successor to the old one".'
    found = _judged('Ana Ruiz called the deal "a success".', [_ruiz_said(sentence)], ("quote",))
    assert Verdict.SUPPORTED not in found.values(), found
