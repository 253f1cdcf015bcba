"""review25's B-items on s25-date25 (copied from s25-review25's tests/test_review25.py beside their fixes in
verify/kinds/clause/judge.py and verify/kinds/date/judge.py): plain tests that pass on main and failed on the branch
before the fixes. Invented people, countries and pages (`tests/support/judging.py`); each claim is judged with the
fields extraction gives its words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page, verdict
from tests.support.ruiz import RUIZ
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Document, Verdict

AS_OF = dt.date(2024, 1, 10)
SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def _judged(body: str, docs: list[Document], kinds: tuple[str, ...] = ()) -> dict[str, Verdict]:
    """Each claim extraction gives for `body` (of the kinds asked, else all), judged against `docs` alone, by its
    words."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    return {c.text: verdict(c, docs, AS_OF).verdict for c in claims if not kinds or c.kind in kinds}


# B1 (s25-date25 730df4e, verify/kinds/clause/judge.py:1197 `_taken_up_in` feeding `_term_span`): 'became a member of
# parliament in 2010' is dated by the one seat row the infobox lists ('Member of Parliament for Halden', from 2014),
# so it is CONTRADICTED ('none from 2010') though the page's own lead says she was first elected to parliament in
# 2010 for another seat. A seat row names one constituency: it does not bound membership of the house (main:
# unverified). The same reading already contradicts 'was a member of parliament from 2010' on main: R2 below.
def test_b1_became_a_member_of_parliament_is_not_refuted_by_a_later_seats_row() -> None:
    found = _judged("Ana Ruiz became a member of parliament in 2010.", [RUIZ], ("clause", "date"))
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


# B2 (s25-date25 730df4e, same place): a bare 'leader' is read as the post of the row 'Leader of the Opposition', so
# the page's own sentence 'She became leader of the Norby Party in 2017', which SUPPORTS 'Ana Ruiz became leader in
# 2017' on main, is now met by 'none from 2017' of the opposition row: 'Sources disagree', unverified. A post the
# claim names by a bare head word is not every row that has it.
def test_b2_became_leader_stays_supported_by_the_pages_sentence() -> None:
    found = _judged("Ana Ruiz became leader in 2017.", [RUIZ], ("clause",))
    assert found, "no claim extracted"
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def _dag(prose: str) -> Document:
    """Ola Dag's invented page: no infobox, one spell of a post told in prose."""
    return page("Ola Dag", f"Ola Dag (born 1950) is a Norbian politician. {prose}", SAVED)


# B3 (s25-date25 c68961f, verify/kinds/clause/judge.py `_spell_dated_otherwise` over `_office_spells`): the page's one
# spell of a post whose words merely hold the claimed post's words refutes the claimed spell when one end agrees. The
# words test was made for support with the very years ('Support only', `_term_sentences`); as a refutation it takes
# another post for the claimed one: 'Minister of Health' for a bare 'minister' (she may have held another ministry
# until 2011), 'Minister of State for Finance' (a junior post) for 'finance minister', the party's group in the Senate
# for the party, a constituency's seat for membership of the house. CONTRADICTED on the branch, unverified on main.
@pytest.mark.parametrize(
    ("prose", "body"),
    [
        pytest.param(
            "She was Minister of Health from 2003 to 2009.",
            "Ola Dag was a minister from 2003 to 2011.",
            id="bare-minister",
        ),
        pytest.param(
            "She was Minister of State for Finance from 2003 to 2009.",
            "Ola Dag was finance minister from 2003 to 2011.",
            id="minister-of-state",
        ),
        pytest.param(
            "She was leader of the Norby Party group in the Senate from 2003 to 2009.",
            "Ola Dag was leader of the Norby Party from 2003 to 2011.",
            id="party-group",
        ),
        pytest.param(
            "She was member of parliament for Halden from 2014 to 2019.",
            "Ola Dag was a member of parliament from 2010 to 2019.",
            id="one-seat",
        ),
    ],
)
def test_b3_another_posts_spell_does_not_refute_the_claimed_spell(prose: str, body: str) -> None:
    found = _judged(body, [_dag(prose)], ("clause", "date"))
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


# B4 (s25-date25 c68961f, same place): an acting spell that runs into the term is the taking of office (fs24, offices.
# stopgap_begun), but `_office_spells` drops the acting spell as another qualifier and keeps the one term, so 'mayor of
# Korvik from 2003 to 2011' is CONTRADICTED by 'She was acting mayor of Korvik from 2003 to 2005, and was mayor of
# Korvik from 2005 to 2011' (main: unverified). Without the acting spell the page refutes it on the branch (its gain).
def test_b4_an_acting_spell_run_into_the_term_is_no_other_start() -> None:
    prose = "She was acting mayor of Korvik from 2003 to 2005, and was mayor of Korvik from 2005 to 2011."
    found = _judged("Ola Dag was mayor of Korvik from 2003 to 2011.", [_dag(prose)], ("clause", "date"))
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


# B6 (s25-date25 ea15d25, verify/kinds/clause/judge.py `_without_subjects_apposition` in `_words_hold`): the subject's
# apposition is taken out of the words a page sentence must hold, but it is what names the clause's object ('the
# club' is Norby United): 'Tom Berg, the head coach of Norby United, joined the club in 2019' is SUPPORTED by 'Berg
# joined Korvik City in 2019 as an assistant', another club (main: unverified). An object that points back ('the
# club', 'the bank') needs the name the apposition gives it, or the clause stays open.
BERG_COACH = boxed(
    "Tom Berg",
    "Tom Berg (born 1970) is a Norbian football manager who has been head coach of Norby United since 2022.\n"
    "Berg joined Korvik City in 2019 as an assistant.",
    [("currentclub", "Norby United")],
    SAVED,
)


def test_b6_the_apposition_naming_the_object_is_still_asked() -> None:
    found = _judged("Tom Berg, the head coach of Norby United, joined the club in 2019.", [BERG_COACH], ("clause",))
    assert any("joined the club" in text for text in found), found
    assert Verdict.SUPPORTED not in found.values(), found


# Mira Stal's invented page: sentences that tell two events, each with its own day, one of them set before the verb.
STAL = page(
    "Mira Stal",
    "Mira Stal (born 1962) is a Vestrian judge. Appointed on 10 January 2022, she took office as chief justice on 1 "
    "March 2022. On 3 May 2019, after her election as president of the bar on 2 April 2019, she was sworn in as judge.",
    SAVED,
)


# B7 (s25-date25 949684b, verify/kinds/date/judge.py `_event_dated_otherwise` with verify/kinds/binding.py `bound`):
# 'a date before the verb is another event's' reads the sentence's own opening date as another event's, so the TRUE
# 'Mira Stal was sworn in as judge on 3 May 2019' is CONTRADICTED by the page's 'On 3 May 2019, after her election as
# president of the bar on 2 April 2019, she was sworn in as judge' (quoted as dating it to 2 April; main: unverified).
# A date that opens the sentence ('On 3 May 2019, ...') is its main verb's.
def test_b7_the_sentences_opening_date_is_its_main_verbs() -> None:
    found = _judged("Mira Stal was sworn in as judge on 3 May 2019.", [STAL], ("date", "clause"))
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


# B9 (review25 at s25-date25 7099ec0, `_spell_dated_otherwise` with `_the_post_itself`): the claimed post's words
# found inside a qualified post ('deputy mayor of Korvik', 'vice president of the Norby Bank') were taken for the post
# itself, so the deputy's one spell refuted the claimed spell. A qualifier before the post makes it another post.
@pytest.mark.parametrize(
    ("prose", "body"),
    [
        pytest.param(
            "She was deputy mayor of Korvik from 2003 to 2009.",
            "Ola Dag was mayor of Korvik from 2003 to 2011.",
            id="deputy-mayor",
        ),
        pytest.param(
            "She was vice president of the Norby Bank from 2003 to 2009.",
            "Ola Dag was president of the Norby Bank from 2003 to 2011.",
            id="vice-president",
        ),
    ],
)
def test_b9_a_deputys_spell_does_not_refute_the_post(prose: str, body: str) -> None:
    found = _judged(body, [_dag(prose)], ("clause", "date"))
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found
