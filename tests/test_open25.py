"""False 'contradicted' on true shapes news uses, found by invented variants (open25): a succession told with its
predecessor before the post ('succeeded Per Olsen as prime minister in 2005') is a step taken, as 'became' is, not a
claim that the post is held on the article's day (`took_up` / `_SUCCEEDED_AS` in verify/kinds/role/judge.py; the
same shape as review25 R1). Invented person and page (`tests/support/judging.py`); each claim is judged with the
fields extraction gives its words."""

from __future__ import annotations

import pytest

from tests.support.judging import boxed, verdict
from tests.support.ruiz import RUIZ
from tests.test_review24 import AS_OF, SAVED
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Document, Verdict


def _judged(body: str, docs: list[Document]) -> dict[str, Verdict]:
    """Each claim extraction gives for `body`, judged against `docs` alone, by its kind and words (a role claim and a
    clause claim may have the same words)."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    return {f"{c.kind}: {c.text}": verdict(c, docs, AS_OF).verdict for c in claims}


TWO_SPELLS = boxed(
    "Lena Vos",
    "Lena Vos (born 3 May 1960) is a Norbian politician. She served as Prime Minister of Norby from 2005 to 2009 and "
    "again from 2014 to 2019.",
    [
        ("office", "Prime Minister of Norby"),
        ("term_start", "1 June 2014"),
        ("term_end", "2 July 2019"),
        ("predecessor", "Tomas Vidal"),
        ("office2", "Prime Minister of Norby"),
        ("term_start2", "3 May 2005"),
        ("term_end2", "4 April 2009"),
        ("predecessor2", "Per Olsen"),
    ],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos succeeded Per Olsen as prime minister in 2005.", id="succeeded"),
        pytest.param("In 2005, Lena Vos replaced Per Olsen as prime minister.", id="replaced"),
        pytest.param("Lena Vos took over from Per Olsen as prime minister in 2005.", id="took-over-from"),
        # no year after the post: the succession alone tells the step (a year after it now dates the post too)
        pytest.param("Lena Vos succeeded Per Olsen as prime minister.", id="succeeded-no-year"),
    ],
)
def test_a_past_succession_is_not_refuted_by_the_terms_end(body: str) -> None:
    found = _judged(body, [TWO_SPELLS])
    assert any(text.startswith("role: Lena Vos") for text in found), found
    assert Verdict.CONTRADICTED not in found.values(), found


def test_a_succession_told_as_the_days_news_is_still_the_post_held() -> None:
    """Dated to the news's own days ('on Sunday'), the step is the news that the post is held now: her ended terms
    still refute it (the guard of `_SUCCEEDED_AS`)."""
    found = _judged("Lena Vos succeeded Per Olsen as prime minister on Sunday.", [TWO_SPELLS])
    assert Verdict.CONTRADICTED in found.values(), found


# A holding told as one span of years over spells of the office that follow one another (`_run_together` in
# `years_findings`): two terms back to back support it; an acting spell run into the term leaves it open (how it was
# held takes no side); a span neither spell nor run gives is still refuted.
BACK_TO_BACK = boxed(
    "Lena Vos",
    "Lena Vos (born 3 May 1960) is a Norbian politician.",
    [
        ("office", "Mayor of Korvik"),
        ("term_start", "1 March 2009"),
        ("term_end", "30 June 2013"),
        ("office2", "Mayor of Korvik"),
        ("term_start2", "1 March 2005"),
        ("term_end2", "1 March 2009"),
    ],
    SAVED,
)
ACTING_FIRST = boxed(
    "Lena Vos",
    "Lena Vos (born 3 May 1960) is a Norbian politician. She was acting mayor of Korvik from 2003 to 2005, and was "
    "mayor of Korvik from 2005 to 2011.",
    [
        ("office", "Mayor of Korvik"),
        ("term_start", "1 March 2005"),
        ("term_end", "30 June 2011"),
        ("office2", "Mayor of Korvik"),
        ("status2", "Acting"),
        ("term_start2", "1 February 2003"),
        ("term_end2", "1 March 2005"),
    ],
    SAVED,
)
SPAN = "Lena Vos was mayor of Korvik from {} to {}."


def test_two_terms_back_to_back_support_the_span_over_both() -> None:
    found = _judged(SPAN.format(2005, 2013), [BACK_TO_BACK])
    assert found.get("role: Lena Vos was mayor of Korvik") == Verdict.SUPPORTED, found


def test_an_acting_spell_run_into_the_term_does_not_refute_the_span() -> None:
    found = _judged(SPAN.format(2003, 2011), [ACTING_FIRST])
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found
    assert Verdict.SUPPORTED not in found.values(), found


@pytest.mark.parametrize(("first", "last"), [(2004, 2011), (2005, 2012)])
def test_a_span_no_spell_or_run_gives_is_still_refuted(first: int, last: int) -> None:
    found = _judged(SPAN.format(first, last), [ACTING_FIRST])
    assert found.get("role: Lena Vos was mayor of Korvik") == Verdict.CONTRADICTED, found


def test_two_spells_years_apart_are_no_one_span() -> None:
    """Five years out of office between the spells: 'prime minister from 2005 to 2019' is not their holding."""
    found = _judged("Lena Vos was prime minister from 2005 to 2019.", [TWO_SPELLS])
    assert found, "no claim extracted"
    assert Verdict.SUPPORTED not in found.values(), found


# A post in an apposition with a span of years ended before the article's year is a past holding
# (`held_in_past_years`), read against the terms of those years as 'was mayor of Korvik from ... to ...' is.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos, Korvik's mayor from 2005 to 2009, spoke on Monday.", id="owner-first"),
        pytest.param("Lena Vos, the mayor of Korvik from 2009 to 2013, spoke on Monday.", id="of-the-place"),
    ],
)
def test_a_post_with_past_years_in_an_apposition_is_a_past_holding(body: str) -> None:
    found = _judged(body, [BACK_TO_BACK])
    assert any(text.startswith("role: ") for text in found), found
    assert Verdict.CONTRADICTED not in found.values(), found


def test_a_post_with_past_years_no_term_gives_is_still_refuted() -> None:
    found = _judged("Lena Vos, Korvik's mayor from 2004 to 2013, spoke on Monday.", [BACK_TO_BACK])
    assert found.get("role: Lena Vos, Korvik's mayor") == Verdict.CONTRADICTED, found


# review25 R1 (found at main bee4186; the lead gave it to open25), its row copied beside the fix (`_SUCCEEDED_AS`) and
# made plain: the role claim of a past succession into a post left since is not refuted by the term's end
# (Ana Ruiz's page: tests/support/ruiz.py).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz succeeded Lena Vos as finance minister in 2022.", id="succeeded"),
        pytest.param("In March 2022, Ana Ruiz replaced Lena Vos as finance minister.", id="replaced"),
        pytest.param("Ana Ruiz took over from Lena Vos as finance minister in 2022.", id="took-over-from"),
    ],
)
def test_review25_r1_a_past_succession_is_not_refuted_by_the_terms_end(body: str) -> None:
    found = {text: v for text, v in _judged(body, [RUIZ]).items() if text.startswith("role: ")}
    assert any(text.startswith("role: Ana Ruiz") for text in found), found
    assert Verdict.CONTRADICTED not in found.values(), found
