"""Contradictions missed on clause claims, read in the thirty-ninth session (recall39; issue 15). Invented people
and pages.

- A one-off step told with what its verb takes, the extractor having named no object ('He was promoted to squadron
  leader in 2001': predicate 'was promoted', no object): the words after the verb are what it takes, and the page's
  sentence giving that step another year ('In 1998, she was promoted to squadron leader') refutes it, as it refutes
  'joined the bank in 1985' (judging.toml clause.event_verbs, `_another_year_bound`). The same year supports it;
  another rank, or the page telling the step again, decides nothing.
- A post held over a spell the clause writes to the month or the day at both ends ('She was Solicitor General of
  Norby from 28 June 2007 to 11 May 2010'), of a person whose page never names that post and gives another of the
  same kind for exactly that spell (an infobox term, 'Attorney General of Norby', or a sentence's spell, 'served
  as Assistant Chief of the Air Staff from January 2015 to January 2017'): the article named the wrong post
  (sibling office told by a clause). A spell written to the year, or a page that names the claimed post too,
  decides nothing; the true post is still supported.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page, verdict_on_words
from verify.models import Verdict

SPRING_2026 = dt.date(2026, 4, 2)
SAVED = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
_RAF_CAREER = (
    "Lena Vos (born 3 May 1970) is a Norbian air force officer. She joined the Norbian Air Force in 1991. "
    "In 1998, she was promoted to squadron leader, becoming senior engineer officer of No. 4 Squadron."
)


@pytest.mark.parametrize(
    ("body", "told", "expected"),
    [
        pytest.param(
            "Lena Vos was promoted to squadron leader in 2001.", _RAF_CAREER, Verdict.CONTRADICTED, id="other-year"
        ),
        pytest.param(
            "Lena Vos was promoted to squadron leader in 1998.", _RAF_CAREER, Verdict.SUPPORTED, id="true-twin"
        ),
        pytest.param(
            "Lena Vos was promoted to group captain in 2001.", _RAF_CAREER, Verdict.UNVERIFIED, id="another-rank"
        ),
        pytest.param(
            "Lena Vos was promoted to squadron leader in 2001.",
            f"{_RAF_CAREER} She was demoted in 2000 and promoted to squadron leader again in 2001.",
            Verdict.SUPPORTED,
            id="told-again",
        ),
    ],
)
def test_a_step_whose_verb_takes_no_named_object_is_dated_by_the_page(body: str, told: str, expected: Verdict) -> None:
    found = verdict_on_words(body, [page("Lena Vos", told, SAVED)], SPRING_2026, "clause", "promoted")
    assert found == expected


_LAW_OFFICER = [("office", "Attorney General of Norby"), ("term_start", "28 June 2007"), ("term_end", "11 May 2010")]
_AIR_STAFF = (
    "Lena Vos (born 3 May 1970) is a Norbian air force officer. She served as Assistant Chief of the Air Staff from "
    "January 2015 to January 2017 and Chief of the Air Staff from June 2023 to August 2025."
)


@pytest.mark.parametrize(
    ("body", "told", "expected"),
    [
        pytest.param(
            "Lena Vos was Solicitor General of Norby from 28 June 2007 to 11 May 2010.",
            boxed("Lena Vos", "Lena Vos (born 3 May 1960) is a Norbian lawyer.", _LAW_OFFICER, SAVED),
            Verdict.CONTRADICTED,
            id="listed-term",
        ),
        pytest.param(
            "Lena Vos was Attorney General of Norby from 28 June 2007 to 11 May 2010.",
            boxed("Lena Vos", "Lena Vos (born 3 May 1960) is a Norbian lawyer.", _LAW_OFFICER, SAVED),
            Verdict.SUPPORTED,
            id="listed-term-true-twin",
        ),
        pytest.param(
            "Lena Vos was Solicitor General of Norby from 2007 to 2010.",
            boxed("Lena Vos", "Lena Vos (born 3 May 1960) is a Norbian lawyer.", _LAW_OFFICER, SAVED),
            Verdict.UNVERIFIED,
            id="years-only",
        ),
        pytest.param(
            "Lena Vos was Solicitor General of Norby from 28 June 2007 to 11 May 2010.",
            boxed(
                "Lena Vos",
                "Lena Vos (born 3 May 1960) is a Norbian lawyer. She was also Solicitor General of Norby for a time.",
                _LAW_OFFICER,
                SAVED,
            ),
            Verdict.UNVERIFIED,
            id="page-names-the-post",
        ),
        pytest.param(
            "Lena Vos was Assistant Chief of the Naval Staff from January 2015 to January 2017.",
            page("Lena Vos", _AIR_STAFF, SAVED),
            Verdict.CONTRADICTED,
            id="sentence-spell",
        ),
        pytest.param(
            "Lena Vos was Assistant Chief of the Air Staff from January 2015 to January 2017.",
            page("Lena Vos", _AIR_STAFF, SAVED),
            Verdict.SUPPORTED,
            id="sentence-spell-true-twin",
        ),
    ],
)
def test_a_post_the_page_never_names_over_another_posts_exact_spell(body: str, told, expected: Verdict) -> None:
    found = verdict_on_words(body, [told], SPRING_2026, "clause", "from")
    assert found == expected
