"""Findings of review21 (session 21). B-items: plain tests that pass on main and fail on the branch named (merging it
without a fix turns them red). R-items are strict xfails for what is open, to merge with their fix. Invented people,
countries and pages (`tests/support/judging.py`); each claim has the fields extraction gives its words. B2, B3 and R1
(tests/test_recall21.py), B4 and B5 (tests/test_desk21_time_bound.py), B6 (tests/test_boilerplate.py), B8
(tests/test_recall21.py) and B9 (tests/test_corrected_quote.py) live with the fixes that closed them."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, judged_body, page, verdict
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Claim, Verdict

AS_OF = dt.date(2024, 4, 1)
BRANDT = "Tove Brandt (born 3 May 1966) is a Vestrian politician."


def _extracted(text: str, as_of: dt.date) -> list[Claim]:
    """The claims extraction gives a one-paragraph story of `text` on `as_of`."""
    return extract_claims(article_from_text(f"Story\n\n{text}\n", as_of=as_of))


def _holds(value: str, office: str) -> Verdict:
    """'Tove Brandt, the {value}', a role claim, judged against her boxed page holding `office` since 2019."""
    text = f"Tove Brandt, the {value}"
    claim = clause_claim(text, "Tove Brandt", "holds office", f"{text}, spoke on Monday.", kind="role", value=value)
    doc = boxed("Tove Brandt", BRANDT, [("office", office), ("term_start", "1 March 2019")])
    return verdict(claim, [doc], AS_OF).verdict


# B1 (s21-fs21b e21b786, verify/offices.py:39 word_stem, judging.toml other_word_endings): '-ian' and '-ation' are
# kept as endings that make another word, but they are also a place's adjective ('Vestrian' of Vestria, 'Victorian'
# of Victoria, 'Norrlandian' of Norrlandia) and a noun of the same sense ('transportation' of 'transport'): a place or
# post no lexicon names then reads as another office, and the holder of the very post is CONTRADICTED (main: supported).
@pytest.mark.parametrize(
    ("value", "office"),
    [
        ("Vestrian prime minister", "Prime Minister of Vestria"),
        ("Norrlandian premier", "Premier of Norrlandia"),
        ("transportation minister", "Minister of Transport"),
    ],
    ids=["vestrian-of-vestria", "norrlandian-of-norrlandia", "transportation-transport"],
)
def test_a_place_adjective_or_a_longer_form_of_the_post_is_the_same_office(value: str, office: str) -> None:
    assert _holds(value, office) != Verdict.CONTRADICTED


# R2 (closed in session 21: a hyphened 'then-' now stays part of the title): 'then-President' was cut off: 'The law was
# signed by then-President Tove Brandt in 2019.' gives the role 'President', held NOW, and a president of 2017-2021
# is CONTRADICTED; capitalised 'Then-President' at a sentence's start is supported, and so is 'then president of'.
BRANDT_PRESIDENT = boxed(
    "Tove Brandt",
    "Tove Brandt (born 3 May 1966) is a Velmaran politician who was President of Velmara from 2017 to 2021.",
    [("office", "President of Velmara"), ("term_start", "1 May 2017"), ("term_end", "1 May 2021")],
)


@pytest.mark.parametrize(
    "text",
    [
        "The law was signed by then-President Tove Brandt in 2019.",
        "Then-President Tove Brandt signed the law in 2019.",
        "The law was signed in 2019 by Tove Brandt, then president of Velmara.",
    ],
    ids=["then-hyphen-lower", "then-hyphen-capital", "then-president-of"],
)
def test_a_then_president_is_not_contradicted_by_the_spell_having_ended(text: str) -> None:
    as_of = dt.date(2024, 6, 1)
    roles = [c for c in _extracted(text, as_of) if c.kind == "role"]
    assert roles
    assert all(verdict(c, [BRANDT_PRESIDENT], as_of).verdict != Verdict.CONTRADICTED for c in roles)


def test_a_then_president_without_a_year_is_not_contradicted() -> None:
    """The same 'then-' title with no year in its sentence: a year after the title now dates the post by itself
    (session 29), so only the 'then-' kept in the title tells that the holding was past."""
    body = "The law was signed by then-President Tove Brandt."
    found = {v for c, v in judged_body(body, [BRANDT_PRESIDENT], dt.date(2024, 4, 1)) if c.kind == "role"}
    assert found == {Verdict.SUPPORTED}



# B7 (s21-fs21b 5ca3c67, verify/kinds/clause/judge.py _place_in, judging.toml place_adjective_endings): a place the
# page writes with a trailing letter of its English spelling ('Marseilles', 'Lyons' for Marseille, Lyon) is no
# longer the claimed place, and the birthplace is CONTRADICTED (main: supported). A longer name ('Norbyhavn') is
# another place; an exonym's 's' is not.
@pytest.mark.parametrize(
    ("claimed", "said"),
    [("Marseille", "She was born in Marseilles, France."), ("Lyon", "She was born in Lyons.")],
    ids=["marseilles", "lyons"],
)
def test_a_place_written_in_its_english_spelling_is_not_another_birthplace(claimed: str, said: str) -> None:
    claim = clause_claim(f"Tove Brandt was born in {claimed}", "Tove Brandt", "born in",
                         f"Tove Brandt was born in {claimed}.", value=claimed, place=claimed)  # fmt: skip
    doc = page("Tove Brandt", f"{BRANDT} {said}")
    assert verdict(claim, [doc], AS_OF).verdict != Verdict.CONTRADICTED


# R3 (closed in session 22, fs22: a numeral ordinal is another place in the line, `_PLACE_BEFORE_RANK`, and a
# copula naming another after the rank gives it to them, `holder.named_by_the_copula`): the rank stated of another
# stood for hers where another_holder does not read the clause: a numeral ordinal before it ('the 2nd youngest',
# another place in the line) and the rank as the clause's subject with the holder after the copula ('The youngest
# prime minister of Velmara was Edo Marr').
MARR_DAY = dt.date(2031, 10, 20)
MARR_LEAD = "Ilo Marr (born 1 October 1994) is a Velmaran politician"
MARR_NOW = [("office", "Prime Minister of Velmara"), ("term_start", "20 October 2029")]


@pytest.mark.parametrize(
    "said",
    [", the 2nd youngest prime minister of Velmara.", ". The youngest prime minister of Velmara was Edo Marr."],
    ids=["2nd-youngest", "rank-as-subject"],
)
def test_a_rank_stated_of_another_place_or_person_does_not_support_hers(said: str) -> None:
    value = "youngest prime minister"
    sentence = f"Ilo Marr, 37, is the {value} in the country's history."
    claim = clause_claim(f"Ilo Marr, 37, is the {value}", "Ilo Marr", "holds office", sentence, kind="role",
                         relation="holds office", value=value)  # fmt: skip
    doc = boxed("Ilo Marr", f"{MARR_LEAD}{said}", MARR_NOW)
    assert verdict(claim, [doc], MARR_DAY).verdict != Verdict.SUPPORTED


# R4 (closed in session 22, fs22: a capitalised word right before the place makes a longer name, `_place_in`'s
# `_name_goes_on_before`): the claimed place found as the END of a longer place's name supported the birthplace:
# 'born in West Norby', 'born in New Norby, Vestria', 'born in Charleston, West Virginia' supported 'born in Norby' /
# 'born in Virginia'. fs21b closed the start of a longer name ('Norbyhavn') and 'near Norby'; a capitalised word of a
# compass point or 'New' right before the name makes another place too.
@pytest.mark.parametrize(
    ("claimed", "said"),
    [
        ("Norby", "She was born in West Norby."),
        ("Norby", "She was born in New Norby, Vestria."),
        ("Virginia", "She was born in Charleston, West Virginia."),
    ],
    ids=["west-norby", "new-norby", "west-virginia"],
)
def test_a_longer_place_ending_with_the_claimed_name_is_not_the_birthplace(claimed: str, said: str) -> None:
    claim = clause_claim(f"Tove Brandt was born in {claimed}", "Tove Brandt", "born in",
                         f"Tove Brandt was born in {claimed}.", value=claimed, place=claimed)  # fmt: skip
    assert verdict(claim, [page("Tove Brandt", f"{BRANDT} {said}")], AS_OF).verdict != Verdict.SUPPORTED
