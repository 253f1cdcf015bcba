"""fixr39's mends of review39's open R-items (session 39): review39's rows (tests/test_review39.py on s39-review39),
each named by its R-item, with the invented pages they are judged against. A false twin refuted or left unverified,
its true twin still supported."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED
from tests.test_review38 import AS_OF, PARTY_TWO_YEARS, _judged, _judged_whole
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.kinds.clause.judge import _values as clause_values
from verify.models import Document, Verdict

# Korvik Bank's invented page: its 2023 results told in one sentence, revenue and net profit side by side.
BANK = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1872 and headquartered in Korvik. In 2023 it reported revenue of 900 "
    "million euros and a net profit of 200 million euros. It has about 3,000 employees and 1.2 million customers.",
    SAVED,
)


# review39 R1: a figure of another noun under the same page verb ('revenue of 900 million euros and a net profit of
# 200 million euros') does not support the revenue's figure.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank reported revenue of 200 million euros in 2023.", id="revenue-given-the-profit"),
        pytest.param("Korvik Bank reported revenue of 200 million euros for 2023.", id="for-the-year"),
    ],
)
def test_r1_a_figure_of_another_noun_does_not_support(body: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [BANK], "clause", "revenue"), body


# review39 R1's true twin.
def test_r1_twin_the_revenues_own_figure_is_supported() -> None:
    body = "Korvik Bank reported revenue of 900 million euros in 2023."
    assert _judged_whole(body, [BANK], "clause", "revenue") == [Verdict.SUPPORTED]
    assert _judged_whole(body, [BANK], "quantity", "900 million") == [Verdict.SUPPORTED]


# Eva Lund's invented page: president since 2018, elected in two rounds (48% in the first, 56% in the runoff).
LUND = page(
    "Eva Lund",
    "Eva Lund (born 2 May 1968) is a Norbian politician who has served as President of Norby since 2018. She won the "
    "2018 presidential election with 48% of the vote in the first round and 56% in the runoff. She studied economics "
    "at Korvik University and law at Halden University.",
    SAVED,
)


# review39 R2: the runoff's share does not support a first round's share.
def test_r2_the_other_rounds_share_does_not_support() -> None:
    body = "Eva Lund won the 2018 presidential election with 56% of the vote in the first round."
    assert Verdict.SUPPORTED not in _judged_whole(body, [LUND], "clause", "first round")


# review39 R2's true twin.
def test_r2_twin_the_election_won_is_supported() -> None:
    body = "Eva Lund won the 2018 presidential election with 56% of the vote in the runoff."
    assert _judged_whole(body, [LUND], "clause", "won the 2018") == [Verdict.SUPPORTED]


# The Norby Party's invented page with its result told in the 'up from' form election pages use.
UP_FROM = page(
    "Norby Party",
    "The Norby Party is a centre-right party in Norby, founded in 1946. In the 2023 election it won 61 seats, up from "
    "52 in 2019.",
    SAVED,
)


# review39 R7: the earlier figure of a page's 'up from' pair, copied with the page's own words, is not refuted by the
# later figure.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won 61 seats in 2023, up from 52 in 2019.", id="with-its-year"),
        pytest.param("The Norby Party won 61 seats, up from 52 in 2019.", id="without-its-year"),
    ],
)
def test_r7_the_earlier_figure_of_the_pages_own_pair_is_not_refuted(body: str) -> None:
    assert Verdict.CONTRADICTED not in _judged_whole(body, [UP_FROM], "quantity", "52")


# review39 R7's true twin.
def test_r7_twin_the_later_figure_is_supported() -> None:
    body = "The Norby Party won 61 seats in 2023, up from 52 in 2019."
    assert _judged_whole(body, [UP_FROM], "quantity", "61 seats") == [Verdict.SUPPORTED]


# review38 R6's twin found by s39-fsa39 (R7's family): the earlier year's own count is not refuted by the later year's.
def test_r7_the_earlier_years_own_count_is_not_refuted() -> None:
    found = _judged("The Norby Party won 52 seats in 2019.", [PARTY_TWO_YEARS], ("quantity",))
    assert Verdict.CONTRADICTED not in found.values(), found


# review39 R7's false twin: the later year's count given the earlier year is still not supported.
def test_r7_the_later_count_given_the_earlier_year_is_not_supported() -> None:
    found = _judged("The Norby Party won 61 seats in 2019.", [PARTY_TWO_YEARS], ("quantity",))
    assert Verdict.SUPPORTED not in found.values(), found


# Tom Berg's invented page: 18 goals for his club in the 2022-23 season; 7 goals in 25 caps for Norby.
STRIKER = page(
    "Tom Berg",
    "Tom Berg (born 4 April 1994) is a Norbian footballer who plays as a striker for Korvik FC. In the 2022–23 season "
    "he scored 18 goals in 30 appearances. He has won 25 caps for Norby, scoring 7 goals.",
    SAVED,
)


# review39 R6: goals for another team (the team cut from the clause's words) do not support.
@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param("Tom Berg has scored 18 goals for Norby.", "18 goals", id="for-his-country"),
        pytest.param("Tom Berg, who has scored 18 goals for Norby, spoke on Monday.", "18 goals", id="who-has-scored"),
        pytest.param(
            "Tom Berg, who scored 18 goals for Halden United, spoke on Monday.", "18 goals", id="another-club"
        ),
    ],
)
def test_r6_goals_for_another_team_do_not_support(body: str, words: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [STRIKER], "clause", words)


# review39 R6's true twin.
def test_r6_twin_the_seasons_goals_are_supported() -> None:
    body = "Tom Berg scored 18 goals in the 2022–23 season."
    assert _judged_whole(body, [STRIKER], "clause", "18 goals") == [Verdict.SUPPORTED]


# The Norby Party's invented page with its earlier count told without a year ('up from 52 seats').
UP_FROM_UNDATED = page(
    "Norby Party",
    "The Norby Party is a centre-right party in Norby. In the 2023 election it won 61 seats, up from 52 seats.",
    SAVED,
)


# review39 R7's mechanism, the other side: the page's earlier figure of no told time is no count of the claim's year,
# so the later year's own count refutes a wrong one.
def test_r7_an_earlier_figure_of_no_told_time_is_no_count_of_the_claims_year() -> None:
    found = _judged("The Norby Party won 52 seats in 2023.", [UP_FROM_UNDATED], ("quantity",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# review39 R6's mechanism on a true row: a count for the side the page names keeps its support, the side now among
# the clause's words.
def test_r6_caps_for_the_side_the_page_names_are_supported() -> None:
    body = "Tom Berg has won 25 caps for Norby."
    assert _judged_whole(body, [STRIKER], "clause", "25 caps for Norby") == [Verdict.SUPPORTED]


# review39 R6's extraction: a count keeps the named side it was made for among its clause's words; a phrase naming
# none ('for the club', the page's own) is left as before.
@pytest.mark.parametrize(
    ("body", "value"),
    [
        pytest.param("Tom Berg scored 18 goals for Halden United.", "18 goals for Halden United", id="a-named-side"),
        pytest.param("Tom Berg scored 18 goals for the club in 2019.", "18 goals", id="no-named-side"),
        pytest.param(  # a prize dated by its year: the year counts nothing (tuning article g224's shape)
            "Ana Ruiz won the 2023 Booker Prize for Prophet Song.", "the 2023 Booker Prize", id="a-years-prize"
        ),
    ],
)
def test_r6_a_count_keeps_the_side_it_was_made_for(body: str, value: str) -> None:
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    found = [v for c in claims if c.kind == "clause" for kind, v in clause_values(c) if kind == "number"]
    assert found == [value], found


def _berg(told: str) -> Document:
    """Tom Berg's invented page: a Korvik FC striker whose 2019 transfer to Halden United the page tells as `told`."""
    return page(
        "Tom Berg", f"Tom Berg (born 4 April 1994) is a Norbian footballer who plays for Korvik FC. {told}", SAVED
    )


# review39 R4's noun shapes: a move told by its noun under a verb of refusal or of rumour is not made.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("In 2019 he rejected a move to Halden United.", id="rejected-a-move"),
        pytest.param(
            "He was linked with a move to Halden United in 2019 but stayed at Korvik FC.", id="linked-with-a-move"
        ),
    ],
)
def test_r4_a_move_turned_down_does_not_support(told: str) -> None:
    body = "Tom Berg moved to Halden United in 2019."
    assert Verdict.SUPPORTED not in _judged_whole(body, [_berg(told)], "clause", "Halden United")


# review39 R4's true twin: the move made by its noun ('completed a move') still supports.
def test_r4_twin_a_move_completed_is_supported() -> None:
    body = "Tom Berg moved to Halden United in 2019."
    found = _judged_whole(body, [_berg("In 2019 he completed a move to Halden United.")], "clause", "Halden United")
    assert found == [Verdict.SUPPORTED]
