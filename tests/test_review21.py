"""Findings of review21 (session 21). B-items: plain tests that pass on main and fail on the branch named (merging it
without a fix turns them red). R-items are strict xfails for what is open, to merge with their fix. Invented people,
countries and pages (`tests/support/judging.py`); each claim has the fields extraction gives its words."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.app import article_from_text
from verify.cli import app
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


# B2 (s21-recall21 5c35fef, verify/kinds/duration/judge.py:213 _NEAR, birthday_findings): a birthday within a year
# of the article's day EITHER side supports, whatever the tense: 'turned 71 in December' in February 2024 (she turned
# 70; 71 is ten months away) and 'turns 69 on 15 December' in November 2023 (she turned 69 a year before) are
# SUPPORTED (main: unverified). 'turned' wants a birthday on or before the article's day, 'turns'/'will turn' one on
# or after it (a few days' slack at most), so only the true age passes.
MARROW = page("Ilse Marrow", "Ilse Marrow (born 15 December 1953) is a Vestrian jurist and former diplomat.")


@pytest.mark.parametrize(
    ("text", "kind", "as_of", "day"),
    [
        ("turned 71 in December", "clause", dt.date(2024, 2, 5), None),
        ("turned 70 in December", "clause", dt.date(2023, 11, 30), None),
        ("turns 69 on 15 December", "date", dt.date(2023, 11, 30), "15 December"),
        ("will turn 69 in December", "clause", dt.date(2023, 11, 30), None),
    ],
    ids=["turned-a-birthday-to-come", "turned-before-the-birthday", "turns-a-year-past", "will-turn-a-year-past"],
)
def test_an_age_turned_a_year_off_is_not_supported(text: str, kind: str, as_of: dt.date, day: str | None) -> None:
    sentence = f"Marrow, who {text}, was elected president of the court."
    fields = {"value": day, "time": day} if day else {}
    claim = clause_claim(text, "Ilse Marrow", text.split()[0], sentence, kind=kind, **fields)
    assert verdict(claim, [MARROW], as_of).verdict != Verdict.SUPPORTED


# B3 (s21-recall21 be12312, verify/kinds/clause/judge.py founding_date_claim / _FOUNDING): a clause telling the
# founding of something OF the subject ('The Vestrian Rail Board, whose night-train service was founded in 2010, ...',
# extraction's subject the Board; 'The Board's night-train service was set up in 2010') is judged as the Board's own
# founding, and the Board's 'Founded: 1961' row CONTRADICTS it (main: unverified). Real extraction does this on the
# stored World Food Programme page: 'The World Food Programme, whose school meals scheme was founded in 2010, feeds
# millions.' -> 'whose school meals scheme was founded in 2010', subject World Food Programme, contradicted.
RAIL_LEAD = "The Vestrian Rail Board is the state railway company of Vestria."
RAIL = boxed("Vestrian Rail Board", RAIL_LEAD, [("founded", "1961")])


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("whose night-train service was founded in 2010",
         "The Vestrian Rail Board, whose night-train service was founded in 2010, runs the trains."),
        ("The Vestrian Rail Board's night-train service was set up in 2010",
         "The Vestrian Rail Board's night-train service was set up in 2010."),
    ],
    ids=["whose-thing", "possessive-thing"],
)  # fmt: skip
def test_the_founding_of_something_of_the_subject_is_not_the_subjects_founding(text: str, sentence: str) -> None:
    verb = "founded" if "founded" in text else "set up"
    claim = clause_claim(text, "Vestrian Rail Board", verb, sentence, value="2010", time="2010")
    assert verdict(claim, [RAIL], dt.date(2024, 6, 1)).verdict != Verdict.CONTRADICTED


# R1 (main): the same for a DATE claim: extraction gives 'The World Food Programme's school meals scheme was created in
# 2010.' (stored WFP page) as the date claim 'created in 2010' with subject World Food Programme, and the date judge
# CONTRADICTS it by the Programme's founding (1961). The thing created is the scheme, of which no page was read.
def test_a_date_claim_of_something_of_the_subject_is_not_contradicted_by_the_subjects_founding() -> None:
    sentence = "The Vestrian Rail Board's night-train service was created in 2010."
    claim = clause_claim("created in 2010", "Vestrian Rail Board", "created", sentence, kind="date", value="2010",
                         time="2010")  # fmt: skip
    assert verdict(claim, [RAIL], dt.date(2024, 6, 1)).verdict != Verdict.CONTRADICTED


# B4 (s21-desk21 f7e0b9c, verify/kinds/duration/judge.py _TOLD_OF / age_told_on): any 'in YEAR,' before the name
# makes the age that year's, also the 'in' of a participle or relative phrase about another event ('Elected in 2019,
# Aine Corr, 59, leads the party': 59 now); judged on 2019 the age is CONTRADICTED (main: supported), and 'Born in
# Norby in 1965, Aine Corr, 59, ...' is no longer checked at all. Only a clause opening with its own time ('In June
# 2019, Aine Corr, 54, became ...', a timeline line's head) tells the age of that time.
CORR = boxed("Aine Corr", "Aine Corr (born 3 May 1965) is a Velmaran politician.", [("birth_date", "3 May 1965")])


@pytest.mark.parametrize(
    "text",
    [
        "Elected in 2019, Aine Corr, 59, leads the party.",
        "First elected to parliament in 2010, Aine Corr, 59, now leads the party.",
        "A lawyer who entered parliament in 2010, Aine Corr, 59, now leads the party.",
        "Born in Norby in 1965, Aine Corr, 59, leads the party.",
    ],
    ids=["elected-in", "first-elected-in", "who-entered-in", "born-in"],
)
def test_an_age_after_a_phrase_dating_another_event_is_the_age_now(text: str) -> None:
    as_of = dt.date(2024, 8, 20)
    claims = _extracted(text, as_of)
    aged = [c for c in claims if c.kind == "clause" and c.relation == "aged"]
    assert aged
    assert [verdict(c, [CORR], as_of).verdict for c in aged] == [Verdict.SUPPORTED]


# B5 (s21-desk21 4e94f2d, verify/kinds/clause/judge.py _pluperfect_before / _HAD): any 'had' in the words before the
# claim's, up to a comma, makes its spell 'up to a past day', also the 'had' of another verb: 'Penn had worked abroad
# for years and has led the bank since 2016' and 'Although the board had doubts Penn has led the bank since 2016'
# read 'has led' as 'had led', so a governorship that ENDED in 2023 SUPPORTS holding it now (main: unverified). Only
# the claim's own verb in the pluperfect ('had led', 'had been') tells a spell up to a past day.
PENN = boxed("Aldo Penn", "Aldo Penn (born 1961) is a Velmaran economist.",
             [("office", "Governor of the Reserve Bank of Velmara"), ("term_start", "18 September 2016"),
              ("term_end", "17 September 2023")])  # fmt: skip


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("has led the bank since 2016", "Penn had worked abroad for years and has led the bank since 2016."),
        ("Penn has led the bank since 2016", "Although the board had doubts Penn has led the bank since 2016."),
        ("who has led the bank since 2016",
         "Penn, an economist who had worked abroad and who has led the bank since 2016, spoke."),
    ],
    ids=["had-of-a-first-conjunct", "had-of-a-subordinate-clause", "had-of-another-relative"],
)  # fmt: skip
def test_a_had_of_another_verb_does_not_end_a_present_spell(text: str, sentence: str) -> None:
    claim = clause_claim(text, "Aldo Penn", "led", sentence, object="the bank", time="2016", value="the bank")
    assert verdict(claim, [PENN], dt.date(2024, 5, 1)).verdict != Verdict.SUPPORTED


# R2 (main and every branch): 'then-President' (the hyphened 'then-' of American style) is cut off: 'The law was
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
        pytest.param(
            "The law was signed by then-President Tove Brandt in 2019.",
            marks=pytest.mark.xfail(strict=True, reason="R2 open: 'then-President' read as the post held now"),
        ),
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


# B6 (s21-ext21p 61695fd, verify/extract/__init__.py _disclaimed, nonfactual.toml boilerplate.safe_harbour): every
# claim of ANY paragraph holding 'safe harbour'/'safe harbor' is dropped, not only a press release's disclaimer: a
# news paragraph on a refuge ('declared the island a safe harbour for refugees') or an election's 'safe harbor
# deadline' loses its roles, ages and dates (main: extracted). A disclaimer is a paragraph of expectations with no
# obligation to update them; one of its words in a story is no such paragraph.
@pytest.mark.parametrize(
    "text",
    [
        "Vestria declared the island of Holm a safe harbour for refugees in 2019, President Tove Brandt said on"
        " Monday. Brandt, 58, has led Vestria since 2017.",
        "Vestria must certify its results by the safe harbor deadline on 11 December, said Tove Brandt, who has been"
        " Vestria's chief electoral officer since 2017.",
    ],
    ids=["a-refuge", "an-election-deadline"],
)
def test_a_story_paragraph_naming_a_safe_harbour_keeps_its_claims(text: str) -> None:
    claims = _extracted(text, dt.date(2024, 6, 1))
    assert any("2017" in c.text for c in claims)


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


# R3 (main and s21-fs21b): the rank stated of another still stands for hers where another_holder does not read the
# clause: a numeral ordinal before it ('the 2nd youngest', another place in the line) and the rank as the clause's
# subject with the holder after the copula ('The youngest prime minister of Velmara was Edo Marr').
MARR_DAY = dt.date(2031, 10, 20)
MARR_LEAD = "Ilo Marr (born 1 October 1994) is a Velmaran politician"
MARR_NOW = [("office", "Prime Minister of Velmara"), ("term_start", "20 October 2029")]


@pytest.mark.xfail(strict=True, reason="R3 open: a numeral ordinal, or the rank as subject of another's clause")
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


# B8 (s21-recall21 5c35fef, verify/kinds/duration/judge.py birthday_findings, called from the date kind): extraction
# gives the birthday of someone OF the subject as a date claim of the subject ('Tove Brandt's daughter turned 18 in
# May.' -> 'turned 18 in May', subject Tove Brandt), and her own birth date now CONTRADICTS it (main: unverified). The
# birthday is the subject's only when the clause's own subject is she.
BRANDT_BORN = page("Tove Brandt", "Tove Brandt (born 3 March 1966) is a Vestrian politician.")


@pytest.mark.parametrize(
    "text",
    [
        "Tove Brandt's daughter turned 18 in May.",
        "Tove Brandt, whose son turned 18 in May, spoke on Monday.",
        "Tove Brandt said her mother turned 90 in May.",
        "Tove Brandt spoke on Monday. Her husband Per Olsen turned 60 in May.",
    ],
    ids=["possessive", "whose", "said-her-mother", "her-husband-named"],
)
def test_a_relatives_birthday_is_not_judged_by_the_subjects_birth_date(text: str) -> None:
    as_of = dt.date(2024, 6, 1)
    claims = [c for c in _extracted(text, as_of) if "turned" in c.text]
    assert claims
    assert all(verdict(c, [BRANDT_BORN], as_of).verdict != Verdict.CONTRADICTED for c in claims)


# B9 (s21-user21 79fce4e, verify/claimfile.py _check_corrections): every claim's `corrected_value` must read as a page
# title (no '[', ']', '<', '>', '|', at most 255 bytes), but a value is a page title only for some kinds: a reviewer's
# corrected QUOTE ('just, credible [and] durable peace', or a quote longer than 255 bytes) now makes the whole check
# fail with a usage error and no report (main: checked, the report written).
@pytest.mark.parametrize(
    "value",
    ["just, credible [and] durable peace", "a just and lasting peace, " * 12],
    ids=["bracketed-quote", "long-quote"],
)
def test_a_reviewers_corrected_quote_is_checked_not_refused(tmp_path: Path, value: str) -> None:
    reviewed = json.loads(Path("claims/nato-defense-chiefs.json").read_text())
    quote = next(c for c in reviewed["claims"] if c["kind"] == "quote")
    quote["corrected_value"] = value
    (tmp_path / "nato-defense-chiefs.json").write_text(json.dumps(reviewed))
    args = ["check", "seeds/nato-defense-chiefs.txt", "--claims", str(tmp_path), "--out", str(tmp_path / "r")]
    result = CliRunner().invoke(app, args)
    assert "corrected_value" not in result.stderr
    assert (tmp_path / "r" / "nato-defense-chiefs.json").exists()


# R4 (main and s21-fs21b 5ca3c67, clause judge `_place_in`): the claimed place found as the END of a longer place's
# name still supports the birthplace: 'born in West Norby', 'born in New Norby, Vestria', 'born in Charleston, West
# Virginia' support 'born in Norby' / 'born in Virginia'. fs21b closed the start of a longer name ('Norbyhavn') and
# 'near Norby'; a capitalised word of a compass point or 'New' right before the name makes another place too.
@pytest.mark.xfail(strict=True, reason="R4 open: the end of a longer place name ('West Norby') is the claimed place")
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
