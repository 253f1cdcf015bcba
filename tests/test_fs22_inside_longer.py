"""A value the claim states, found only inside a longer value of the evidence, is not stated there (session 22, fs22,
the siblings of review21's R3 and R4): a figure inside a longer figure ('52 percent' in '52.9 percent'), a place that is
the start of a longer name ('Norby County', 'Norby-on-Sea') or its end in an infobox row ('Charleston, West
Virginia'). Invented people and places (`tests/support/judging.py`); each claim has the fields extraction gives its
words. The controls keep a place written whole ('Norby, Vestria', 'Born in Norby, ...'), a city of the name ('Mexico
City' for 'Mexico') and an owner's possessive ("Tokyo's Chiyoda ward") supported."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.models import Verdict

AS_OF = dt.date(2024, 4, 1)
MARR_NOW = [("office", "Prime Minister of Velmara"), ("term_start", "20 October 2029")]
BRANDT = "Tove Brandt (born 3 May 1966) is a Vestrian politician."


def _born_in(place: str, said: str = "", rows: tuple[tuple[str, str], ...] = ()) -> Verdict:
    """'Tove Brandt was born in {place}', a clause claim, judged against her page saying `said`, with `rows`."""
    claim = clause_claim(f"Tove Brandt was born in {place}", "Tove Brandt", "born in",
                         f"Tove Brandt was born in {place}.", value=place, place=place)  # fmt: skip
    doc = (
        boxed("Tove Brandt", f"{BRANDT} {said}".strip(), list(rows))
        if rows
        else page("Tove Brandt", f"{BRANDT} {said}")
    )
    return verdict(claim, [doc], AS_OF).verdict


@pytest.mark.parametrize(
    ("claimed", "said", "rows"),
    [
        ("Norby", "She was born in Norby County, Vestria.", ()),
        ("Norby", "She was born in Norby-on-Sea.", ()),
        ("Norby", "", (("birth_place", "Norby County, Vestria"),)),
        ("Virginia", "", (("birth_place", "Charleston, West Virginia, U.S."),)),
        ("Norby", "", (("birth_place", "East Norby, Vestria"),)),
    ],
    ids=["norby-county", "norby-on-sea", "row-norby-county", "row-west-virginia", "row-east-norby"],
)
def test_a_longer_place_name_holding_the_claimed_one_is_not_the_birthplace(
    claimed: str, said: str, rows: tuple[tuple[str, str], ...]
) -> None:
    assert _born_in(claimed, said, rows) != Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claimed", "said", "rows"),
    [
        ("Norby", "She was born in Norby, Vestria.", ()),
        ("Norby", "Born in Norby, she studied law.", ()),
        ("Norby", "", (("birth_place", "Norby, Vestria"),)),
        ("Virginia", "", (("birth_place", "Richmond, Virginia, U.S."),)),
        ("Chiyoda", "She was born in Tokyo's Chiyoda ward.", ()),
        ("Mexico", "", (("birth_place", "Mexico City, Mexico"),)),
        ("Mexico", "She was born in Mexico City.", ()),
        ("Norby", "", (("birth_place", "Norby Municipality, Vestria"),)),
        ("Norby", "She was born in Norby Township.", ()),
    ],
    ids=[
        "norby-vestria",
        "born-in-norby",
        "row-norby",
        "row-virginia",
        "tokyos-chiyoda",
        "row-mexico-city",
        "mexico-city",
        "row-norby-municipality",
        "norby-township",
    ],
)
def test_a_place_written_whole_or_inside_a_city_of_its_name_still_supports(
    claimed: str, said: str, rows: tuple[tuple[str, str], ...]
) -> None:
    assert _born_in(claimed, said, rows) == Verdict.SUPPORTED


def _won(share: str, said: str) -> Verdict:
    """'Tove Brandt won {share} of the vote in 2019', a clause claim with its quantity, against her page."""
    text = f"Tove Brandt won {share} of the vote in 2019"
    claim = clause_claim(text, "Tove Brandt", "won", f"{text}.", value="2019", time="2019",
                         quantity=f"{share} of the vote")  # fmt: skip
    return verdict(claim, [page("Tove Brandt", f"{BRANDT} {said}")], AS_OF).verdict


@pytest.mark.parametrize(
    ("share", "said"),
    [
        ("52 percent", "She won 52.9 percent of the vote in 2019."),
    ],
    ids=["52-in-52.9"],
)
def test_a_figure_inside_a_longer_figure_does_not_state_it(share: str, said: str) -> None:
    assert _won(share, said) != Verdict.SUPPORTED


def test_the_same_figure_still_states_it() -> None:
    assert _won("52 percent", "She won 52 percent of the vote in 2019.") == Verdict.SUPPORTED
    assert _won("52.9 percent", "She won 52.9 percent of the vote in 2019.") == Verdict.SUPPORTED


def _holds(value: str, rows: list[tuple[str, str]], said: str = "") -> Verdict:
    """'Tove Brandt, the {value}', a role claim, against her page holding the office of `rows` since 2019."""
    text = f"Tove Brandt, the {value}"
    claim = clause_claim(text, "Tove Brandt", "holds office", f"{text}, spoke on Monday.", kind="role", value=value)
    doc = boxed("Tove Brandt", f"{BRANDT} {said}".strip(), rows) if rows else page("Tove Brandt", f"{BRANDT} {said}")
    return verdict(claim, [doc], AS_OF).verdict


@pytest.mark.parametrize(
    ("value", "office", "said"),
    [
        ("mayor of Norby", "Mayor of West Norby", ""),
        ("mayor of Norby", "Mayor of Norby County", ""),
        ("prime minister of Vestria", "Prime Minister of West Vestria", ""),
        ("mayor of Norby", "", "She has been mayor of Norby County since 2019."),
        ("prime minister of Vestria", "", "She has been prime minister of West Vestria since 2019."),
    ],
    ids=["row-west-norby", "row-norby-county", "row-west-vestria", "text-norby-county", "text-west-vestria"],
)
def test_the_post_of_a_longer_place_name_is_not_the_claimed_post(value: str, office: str, said: str) -> None:
    rows = [("office", office), ("term_start", "1 March 2019")] if office else []
    assert _holds(value, rows, said) != Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("value", "office", "said"),
    [
        ("mayor of Norby", "Mayor of Norby", ""),
        ("mayor of Norby", "Mayor of Norby City", ""),
        ("prime minister of Vestria", "Prime Minister of the Republic of Vestria", ""),
        ("mayor of Norby", "", "She has been mayor of Norby since 2019."),
        ("leader of Liberal", "Leader of the Liberal Party", ""),  # 'Liberal leader' as extraction gives it
    ],
    ids=["row-norby", "row-norby-city", "row-republic-of-vestria", "text-norby", "row-liberal-party"],
)
def test_the_post_of_the_place_written_whole_still_supports(value: str, office: str, said: str) -> None:
    rows = [("office", office), ("term_start", "1 March 2019")] if office else []
    assert _holds(value, rows, said) == Verdict.SUPPORTED


# review22 B1 (29da90a): the word naming the very unit the place is ('Governor of Norby Prefecture', how infoboxes
# title such posts) makes no other place, unlike 'Mayor of Norby County' (judging.toml clause.longer_name_kept)
@pytest.mark.parametrize(
    ("value", "office"),
    [("governor of Norby", "Governor of Norby Prefecture"), ("governor of Norby", "Governor of Norby Province")],
    ids=["prefecture", "province"],
)
def test_the_post_of_the_unit_the_title_governs_is_the_claimed_post(value: str, office: str) -> None:
    assert _holds(value, [("office", office), ("term_start", "1 March 2019")]) == Verdict.SUPPORTED


def test_a_tenure_in_the_post_of_the_unit_the_title_governs_is_the_claimed_tenure() -> None:
    # review22 B1's sibling in the duration judge (another_post holds named_longer)
    text = "Tove Brandt has been governor of Norby for five years"
    claim = clause_claim(text, "Tove Brandt", "been", f"{text}.", kind="duration", value="5 years", number=5.0,
                         unit="years")  # fmt: skip
    rows = [("office", "Governor of Norby Prefecture"), ("term_start", "1 March 2019")]
    assert verdict(claim, [boxed("Tove Brandt", BRANDT, rows)], AS_OF).verdict == Verdict.SUPPORTED


def _held_since(office: str, said: str) -> Verdict:
    """'Tove Brandt has been {office} since 2019', a clause claim, against her page saying `said`."""
    text = f"Tove Brandt has been {office} since 2019"
    claim = clause_claim(text, "Tove Brandt", "been", f"{text}.", value=office, object=office, time="2019")
    return verdict(claim, [page("Tove Brandt", f"{BRANDT} {said}")], AS_OF).verdict


def test_a_spell_in_the_post_of_a_longer_place_name_is_not_the_claimed_spell() -> None:
    assert _held_since("prime minister of Vestria", "She has been prime minister of West Vestria since 2019.") != (
        Verdict.SUPPORTED
    )
    assert _held_since("mayor of Norby", "She has been mayor of Norby County since 2019.") != Verdict.SUPPORTED
    assert _held_since("mayor of Norby", "She has been mayor of Norby since 2019.") == Verdict.SUPPORTED


def _described(value: str, lead: str) -> Verdict:
    """'Tove Brandt is a {value}', a role claim of a description, against her page's lead `lead`."""
    text = f"Tove Brandt is a {value}"
    claim = clause_claim(text, "Tove Brandt", "holds office", f"{text}.", kind="role", value=value)
    return verdict(claim, [page("Tove Brandt", lead)], AS_OF).verdict


@pytest.mark.parametrize(
    ("value", "lead"),
    [
        ("Guinean politician", "Tove Brandt (born 1966) is a Papua New Guinean politician."),
        ("Sudanese politician", "Tove Brandt (born 1966) is a South Sudanese politician."),
        ("Vestrian lawyer", "Tove Brandt (born 1966) is a West Vestrian lawyer."),
    ],
    ids=["papua-new-guinean", "south-sudanese", "west-vestrian"],
)
def test_a_description_inside_a_longer_name_is_not_hers(value: str, lead: str) -> None:
    assert _described(value, lead) != Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("value", "lead"),
    [
        ("Vestrian lawyer", "Tove Brandt (born 1966) is a Vestrian lawyer."),
        ("American lawyer", "Tove Brandt (born 1966) is a Vestrian-American lawyer and politician."),
        ("Guinean politician", "Tove Brandt (born 1966) is a Guinean politician."),
    ],
    ids=["vestrian", "vestrian-american", "guinean"],
)
def test_a_description_written_whole_still_supports(value: str, lead: str) -> None:
    assert _described(value, lead) == Verdict.SUPPORTED


# review22 B2 (dd0bced): a nationality or a continent's adjective before the nationality, with no hyphen, is a
# compound that still states the later one ('Chinese American lawyer' is an American lawyer), unlike 'South Sudanese'
@pytest.mark.parametrize(
    "lead",
    [
        "Tove Brandt (born 1966) is a Chinese American lawyer.",
        "Tove Brandt (born 1966) is an African American lawyer.",
    ],
    ids=["chinese-american", "african-american"],
)
def test_a_demonym_before_the_nationality_leaves_the_description_hers(lead: str) -> None:
    assert _described("American lawyer", lead) == Verdict.SUPPORTED


def test_a_copula_after_the_ranks_own_verb_gives_it_to_no_one_else() -> None:
    """'She became the youngest prime minister of Velmara when the president was Edo Marr': the rank stands after
    the clause's own verb, so the copula after it ('was Edo Marr') says whose another post is, not whose the rank is
    (the copula is read only of a rank that is its clause's subject, review21 R3)."""
    value = "youngest prime minister"
    sentence = f"Ilo Marr, 37, is the {value} in the country's history."
    claim = clause_claim(f"Ilo Marr, 37, is the {value}", "Ilo Marr", "holds office", sentence, kind="role",
                         relation="holds office", value=value)  # fmt: skip
    lead = "Ilo Marr (born 1 October 1994) is a Velmaran politician. She became the youngest prime minister of Velmara"
    doc = boxed("Ilo Marr", f"{lead} when the president was Edo Marr.", MARR_NOW)
    assert verdict(claim, [doc], dt.date(2031, 10, 20)).verdict == Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("value", "office", "said"),
    [
        ("governor of Norby", "Lieutenant Governor of Norby", ""),
        ("governor of Norby", "", "She has been lieutenant governor of Norby since 2019."),
        ("finance secretary", "Permanent Finance Secretary", ""),
        ("president of the Vestrian Senate", "President pro tempore of the Vestrian Senate", ""),
        ("archbishop of Norby", "Archbishop Emeritus of Norby", ""),
    ],
    ids=["row-lieutenant-governor", "text-lieutenant-governor", "row-permanent", "row-pro-tempore", "row-emeritus"],
)
def test_a_post_inside_a_longer_title_is_not_the_post(value: str, office: str, said: str) -> None:
    """A title word that makes another post ('Lieutenant Governor', 'Permanent Secretary', 'Archbishop Emeritus',
    'President pro tempore': judging.toml offices.other_post_words) leaves the post the claim names unsupported."""
    rows = [("office", office), ("term_start", "1 March 2019")] if office else []
    assert _holds(value, rows, said) != Verdict.SUPPORTED


def test_the_longer_title_itself_is_still_supported() -> None:
    rows = [("office", "Lieutenant Governor of Norby"), ("term_start", "1 March 2019")]
    assert _holds("lieutenant governor of Norby", rows) == Verdict.SUPPORTED
