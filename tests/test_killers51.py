"""Rows that catch mutations gone stale (session 51, killers51): each guard below no longer changed the verdict of
the row its mutation remembered (another check came to do the same there), so each gets a row of invented names
where the guard alone decides, with a twin that keeps the row honest. The mutations are in
scripts/mutation_check.py under the names given with each test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, page, verdict
from tests.test_judge_clauses import share
from tests.test_lead40 import DAY as AIRLINE_DAY
from tests.test_lead40 import _airline
from tests.test_review26 import AS_OF, SAVED, _judged
from tests.test_review27 import PARTY
from tests.test_review28 import _told
from tests.test_review31 import _ruiz_said
from tests.test_review38 import _judged_whole
from tests.test_review49 import _verdicts
from verify.models import InfoboxField, Verdict


# a-shares-per-read-as-a-narrowing-word: a share's 'per' of '61.2 per cent of the electorate' (parsed as a noun
# modifying 'cent') is no word narrowing what the figure counts, so the page's 'per cent' elsewhere does not set the
# turnout row aside as the whole's figure
def _turnout_page() -> list:
    told = page("2031 Norwegian general election", "Some 12 per cent of votes were cast by post.")
    return [told.model_copy(update={"infobox": (InfoboxField(label="turnout", value="61.2%"),)})]


@pytest.mark.parametrize(("figure", "expected"), [(61.2, Verdict.SUPPORTED), (64.8, Verdict.CONTRADICTED)])
def test_a_shares_per_cent_narrows_nothing(figure: float, expected: Verdict) -> None:
    sentence = f"At the general election turnout reached {figure} per cent of the electorate."
    claim = share(f"{figure} per cent", "general election", sentence, figure)
    assert verdict(claim, _turnout_page(), dt.date(2031, 9, 20)).verdict == expected


# a-value-in-the-objects-place-no-party: 'the 2019 election' is the claim's value (extraction gives no object for
# 'won the 2019 election'); standing as the page verb's doer ('The 2019 election won her husband a seat') it is the
# thing won, not the subject's deed
_LUND_SAVED = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param("Eva Lund won the 2019 election.", "The 2019 election won her husband a seat.", id="won"),
        pytest.param("Eva Lund lost the 2019 election.", "The 2019 election lost her party its majority.", id="lost"),
    ],
)
def test_the_contest_as_the_verbs_doer_is_not_the_subjects_deed(body: str, told: str) -> None:
    doc = page("Eva Lund", f"Eva Lund (born 1968) is a Norbian politician. {told}", _LUND_SAVED)
    found = _verdicts(body, [doc], "clause", "the 2019 election")
    assert found and Verdict.SUPPORTED not in found, found


def test_the_contest_as_the_verbs_doer_twin_her_own_win_is_supported() -> None:
    doc = page("Eva Lund", "Eva Lund (born 1968) is a Norbian politician. She won the 2019 election.", _LUND_SAVED)
    assert _verdicts("Eva Lund won the 2019 election.", [doc], "clause", "the 2019 election") == [Verdict.SUPPORTED]


# age-turned-read-as-a-count: an age told by 'turns' is no count claim of its own; the article's only count is the
# seats (or the passengers), judged on the page, and no unsettled '78 this year' is left for the desk
@pytest.mark.parametrize(
    ("body", "doc", "count"),
    [
        pytest.param("The Norby Party, which turns 78 this year, won 61 seats in 2023.", PARTY, "61 seats", id="turns"),
        pytest.param(
            "Korvik Air, which turns 50 next month, carried 3 million passengers in 2023.",
            page(
                "Korvik Air",
                "Korvik Air is a Norbian airline founded in 1975. It has about 50 aircraft. In 2023 it carried 3 "
                "million passengers.",
                SAVED,
            ),
            "3 million passengers",
            id="turns-next-month",
        ),
    ],
)
def test_an_age_turned_gives_no_count_claim(body: str, doc, count: str) -> None:
    assert _judged(body, [doc], ("quantity",)) == {f"quantity: {count}": Verdict.SUPPORTED}


# an-own-name-read-generic-beside-an-unknown-place, an-own-name-given-its-country-beside-a-place-written: a
# successor's page naming the subject the predecessor in 'Minister of External Affairs of Norby' (a place the lexicon
# does not know) tells nothing of India's foreign minister; the own name with no place written is India's
def _succeeded_in(office: str) -> list:
    stam = boxed(
        "Ivo Stam",
        "Ivo Stam (born 1960) is a politician.",
        [("office", office), ("term_start", "30 May 2019"), ("predecessor", "Ana Ruiz")],
        SAVED,
    )
    return [stam, page("Ana Ruiz", "Ana Ruiz (born 1 January 1975) is a politician.", SAVED)]


@pytest.mark.parametrize(
    ("office", "expected"),
    [
        pytest.param("Minister of External Affairs of Norby", Verdict.UNVERIFIED, id="of-norby"),
        pytest.param("Minister of External Affairs", Verdict.CONTRADICTED, id="no-place-written"),
    ],
)
@pytest.mark.parametrize(
    "body", ["Indian Foreign Minister Ana Ruiz spoke.", "Ana Ruiz, India's foreign minister, spoke."]
)
def test_an_own_name_beside_an_unknown_place_is_not_that_countrys_post(
    body: str, office: str, expected: Verdict
) -> None:
    found = [v for c, v in judged_body(body, _succeeded_in(office), AS_OF) if c.kind == "role"]
    assert found == [expected], found


# birth-date-read-from-the-first-paragraph-only: a lead opened by another paragraph still gives the birth day,
# from its life span or its bracket
_RUIZ_DAY = dt.date(2025, 1, 8)
_RUIZ_SAVED = dt.datetime(2025, 1, 7, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "body", "expected"),
    [
        pytest.param(
            "She led the agency until her death.\n\nAna Ruiz (14 May 1964 – 3 January 2024) was a Norbian engineer.",
            "Ana Ruiz was born on 14 May 1964.",
            Verdict.SUPPORTED,
            id="life-span",
        ),
        pytest.param(
            "She led the agency until her death.\n\nAna Ruiz (14 May 1964 – 3 January 2024) was a Norbian engineer.",
            "Ana Ruiz was born on 4 May 1964.",
            Verdict.CONTRADICTED,
            id="life-span-another-day",
        ),
        pytest.param(
            "She is set to lead the agency.\n\nAna Ruiz (born 14 May 1964) is a Norbian engineer.",
            "Ana Ruiz was born on 4 May 1964.",
            Verdict.CONTRADICTED,
            id="bracket-another-day",
        ),
    ],
)
def test_a_birth_day_in_a_lead_after_another_paragraph_settles_a_birth_date(
    text: str, body: str, expected: Verdict
) -> None:
    doc = boxed("Ana Ruiz", text, [], _RUIZ_SAVED)
    assert [v for c, v in judged_body(body, [doc], _RUIZ_DAY) if c.kind == "date"] == [expected]


# calling-verb-not-asked-its-subject: where the page writes the words with accents the article drops (so the parse's
# reading of the speaker, which asks the words as written, finds none), the subject before 'called' still decides
@pytest.mark.parametrize(
    ("who", "expected"), [("Ivo Stam", Verdict.UNVERIFIED), ("she", Verdict.SUPPORTED)], ids=["another", "she"]
)
def test_words_another_called_it_with_accents_are_not_hers(who: str, expected: Verdict) -> None:
    body = 'Ana Ruiz called the plan "a disaster for Tarsa\'s cafe owners".'
    told = _ruiz_said(f'In 2023 {who} called the plan "a disaster for Társa’s café owners".')
    assert list(_judged(body, [told], ("quote",)).values()) == [expected]


# change-by-read-as-total: 'cut its fleet by 30 aircraft' is a change, supported by the page's change of the same
# size, not read as a total
@pytest.mark.parametrize(("size", "expected"), [("30", Verdict.SUPPORTED), ("40", Verdict.UNVERIFIED)])
def test_a_change_by_is_supported_by_the_pages_change(size: str, expected: Verdict) -> None:
    told = _airline("In 2023 its revenue rose by 12 million euros to 112 million euros. In 2023 it cut its fleet by 30 "
                    "aircraft.")  # fmt: skip
    body = f"Korvik Air cut its fleet by {size} aircraft in 2023."
    assert _judged_whole(body, [told], "quantity", f"{size} aircraft", AIRLINE_DAY) == [expected]


# coordinated-clauses-read-for-any-value: a place the claim's verb takes after a preposition ('moved to Korvik') is
# not asked for its own clause's verb, so a first mention in another clause ('studied at Korvik University and
# moved to Korvik') does not take the support away; another year is not stated (one may move there twice)
@pytest.mark.parametrize(("year", "expected"), [("1986", Verdict.SUPPORTED), ("1988", Verdict.UNVERIFIED)])
def test_a_place_after_a_preposition_is_not_asked_for_its_clause(year: str, expected: Verdict) -> None:
    told = _told("She studied at Korvik University and moved to Korvik in 1986.")
    assert _judged(f"Ana Ruiz moved to Korvik in {year}.", [told], ("clause",)) == {
        f"clause: Ana Ruiz moved to Korvik in {year}": expected
    }


# contest-set-read-as-won: a page telling where the party won IN an election ('In the 2019 election it won in 40 of
# the 60 districts') does not say it won the election
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("In the 2019 election it won in 40 of the 60 districts.", id="districts"),
        pytest.param("In the 2019 election the party won big in the cities.", id="cities"),
    ],
)
def test_a_contest_set_as_the_time_of_a_win_is_not_the_win(told: str) -> None:
    doc = page("Norby Party", f"The Norby Party is a centre-right political party in Norby. {told}", SAVED)
    assert _judged("The Norby Party won the 2019 election.", [doc], ("clause",)) == {
        "clause: The Norby Party won the 2019 election": Verdict.UNVERIFIED
    }


# Open on main (found writing the calling-verb row above; false "supported"): the parse's reading of who says the
# quoted words (verify/kinds/quote/attribution.py `page_speaker`) aligns the claim's words with the page sentence as
# written, lower-cased only, and gives up below 95; the quote judge found them folded ('Társa’s café' is 'Tarsa's
# cafe'). Words another says in a shape the patterns before and after the quote do not read (a subject apart from
# its verb, a passive's agent, a speaker before an aside) then fall to the page being hers: SUPPORTED on Ana Ruiz's
# page. Unaccented, the same sentences are rightly unverified (the twin). Mended by the lead (session 51): the
# alignment reads both texts folded, one character for one (`attribution._folded`).
_OTHERS_WORDS = [
    pytest.param('Critics of the plan, among them Ivo Stam, called it "{}".', id="critics-among-them"),
    pytest.param('The plan was called "{}" by Ivo Stam.', id="passive-agent"),
    pytest.param('Her rival, Ivo Stam, said in 2023 that it was "{}".', id="speaker-before-an-aside"),
]
_PLAIN = "a disaster for Tarsa's cafe owners"


@pytest.mark.parametrize("told", _OTHERS_WORDS)
def test_words_another_says_written_with_accents_are_not_hers(told: str) -> None:
    body = f'Ana Ruiz called the plan "{_PLAIN}".'
    found = _judged(body, [_ruiz_said(told.format("a disaster for Társa’s café owners"))], ("quote",))
    assert found and Verdict.SUPPORTED not in found.values(), found


@pytest.mark.parametrize("told", _OTHERS_WORDS)
def test_twin_words_another_says_unaccented_are_not_hers(told: str) -> None:
    body = f'Ana Ruiz called the plan "{_PLAIN}".'
    found = _judged(body, [_ruiz_said(told.format(_PLAIN))], ("quote",))
    assert list(found.values()) == [Verdict.UNVERIFIED], found
