"""A spell told in a post the person's infobox does not list, whose dates are another post's of the same government
('served as minister of economy and finance from 1 July 2009 to 15 July 2010' of a justice minister of exactly that
spell): the date claims of its start and its end are refuted by the post the page gives those days, as the role
claim of the post already was. Invented people and pages."""

from __future__ import annotations

import pytest

from tests.support.judging import judged_body
from tests.test_lead33 import AS_OF, PAGE
from verify.models import Verdict


def _date_verdict(sentence: str, words: str) -> Verdict:
    """The verdict on the date claim whose words end with `words`."""
    found = [v for c, v in judged_body(sentence, [PAGE], AS_OF) if c.kind == "date" and c.text.endswith(words)]
    assert len(found) == 1, found
    return found[0]


SIBLING = "Stam served as minister of economy and finance from 1 July 2009 to 15 July 2010."


@pytest.mark.parametrize("words", ["from 1 July 2009", "to 15 July 2010"], ids=["start", "end"])
def test_a_spell_of_another_ministry_is_refuted_by_the_post_held_then(words: str) -> None:
    assert _date_verdict(SIBLING, words) == Verdict.CONTRADICTED


@pytest.mark.parametrize("words", ["from 1 July 2009", "to 15 July 2010"], ids=["start", "end"])
def test_twin_the_ministry_held_then_is_supported(words: str) -> None:
    sentence = SIBLING.replace("economy and finance", "government and justice")
    assert _date_verdict(sentence, words) == Verdict.SUPPORTED


@pytest.mark.parametrize("words", ["from 1 July 2011", "to 15 July 2012"], ids=["start", "end"])
def test_a_spell_no_listed_post_begins_or_ends_is_left_unverified(words: str) -> None:
    """No post of the page begins or ends on those days: the page does not say what was held then."""
    sentence = SIBLING.replace("2009", "2011").replace("2010", "2012")
    assert _date_verdict(sentence, words) == Verdict.UNVERIFIED


@pytest.mark.parametrize("words", ["from 1 July 2009", "to 15 July 2010"], ids=["start", "end"])
def test_a_deputys_spell_is_not_refuted_by_a_full_ministry(words: str) -> None:
    """'deputy prime minister' is another kind of post than a minister's: a ministry of the same days is no
    conflict (the page may leave the deputy's post out)."""
    sentence = SIBLING.replace("minister of economy and finance", "deputy prime minister")
    assert _date_verdict(sentence, words) != Verdict.CONTRADICTED
