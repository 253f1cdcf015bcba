"""Findings of review22 (session 22). B-items: plain tests that pass on main and fail on the branch named (merging it
without a fix turns them red). R-items are strict xfails for what is open, to merge with their fix. Invented people,
countries and pages (`tests/support/judging.py`); each claim has the fields extraction gives its words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, page, verdict
from tests.test_clauses import article
from verify.extract import extract_claims
from verify.models import Verdict

AS_OF = dt.date(2024, 4, 1)
BRANDT = "Tove Brandt (born 3 May 1966) is a Vestrian politician."


def _holds(value: str, rows: list[tuple[str, str]], said: str = "") -> Verdict:
    """'Tove Brandt, the {value}', a role claim, judged against her page with infobox `rows` and text `said`."""
    text = f"Tove Brandt, the {value}"
    claim = clause_claim(text, "Tove Brandt", "holds office", f"{text}, spoke on Monday.", kind="role", value=value)
    doc = boxed("Tove Brandt", f"{BRANDT} {said}".strip(), rows) if rows else page("Tove Brandt", f"{BRANDT} {said}")
    return verdict(claim, [doc], AS_OF).verdict


def _described(value: str, lead: str) -> Verdict:
    """'Tove Brandt is a {value}', a role claim of a description, against her page's lead `lead`."""
    text = f"Tove Brandt is a {value}"
    claim = clause_claim(text, "Tove Brandt", "holds office", f"{text}.", kind="role", value=value)
    return verdict(claim, [page("Tove Brandt", lead)], AS_OF).verdict


def _open(reason: str) -> pytest.MarkDecorator:
    """A row's strict xfail: what is still open on main."""
    return pytest.mark.xfail(strict=True, reason=reason)


# B1 (s22-fs22 29da90a, verify/offices.py named_longer / name_goes_on): any capitalised word after the place a post is
# of makes 'another place's post', so the governor of a prefecture or province written with its unit's name ('Governor
# of Norby Prefecture', 'Governor of Norby Province': how infoboxes title such posts) no longer holds the post the news
# calls 'governor of Norby' (main: supported; branch: unverified). Only 'city' is kept (judging.toml
# clause.longer_name_kept); the word naming the very unit the post governs is the same post, unlike 'Mayor of Norby
# County' for 'mayor of Norby'.
@pytest.mark.parametrize(
    ("value", "office"),
    [("governor of Norby", "Governor of Norby Prefecture"), ("governor of Norby", "Governor of Norby Province")],
    ids=["prefecture", "province"],
)
def test_the_post_of_the_unit_the_title_governs_is_the_claimed_post(value: str, office: str) -> None:
    assert _holds(value, [("office", office), ("term_start", "1 March 2019")]) == Verdict.SUPPORTED


def test_a_tenure_in_the_post_of_the_unit_the_title_governs_is_the_claimed_tenure() -> None:
    # B1's sibling in the duration judge (another_post now holds named_longer): main supported, s22-fs22 unverified
    text = "Tove Brandt has been governor of Norby for five years"
    claim = clause_claim(text, "Tove Brandt", "been", f"{text}.", kind="duration", value="5 years", number=5.0,
                         unit="years")  # fmt: skip
    rows = [("office", "Governor of Norby Prefecture"), ("term_start", "1 March 2019")]
    assert verdict(claim, [boxed("Tove Brandt", BRANDT, rows)], AS_OF).verdict == Verdict.SUPPORTED


# B2 (s22-fs22 dd0bced, verify/kinds/role/judge.py _name_goes_on_in): a capitalised word before a nationality makes a
# 'longer name', so a lead's 'Chinese American lawyer' or 'African American lawyer' no longer supports 'American
# lawyer' (main: supported; branch: unverified). Only a hyphen ('Vestrian-American') is kept; a demonym before the
# nationality written with a space is the same nationality, unlike a compass word or 'New' ('South Sudanese').
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


SUMMER_2028 = dt.date(2028, 8, 15)
VIDAL_LEAD = "Tomas Vidal (born 2 May 1966) is a Vestrian politician."


# B3 (s22-recall22 a790f48, verify/offices.py sibling_in_spell, verify/kinds/role/judge.py spell_sibling_findings): the
# claimed ministry is 'not listed' when no infobox office shares its specific words, so the same ministry under
# another spelling or its country's own name ('labor minister' for 'Minister of Labour', 'trade minister' for
# 'Minister of Commerce', 'finance minister' for 'Minister of the Treasury', 'defence minister' for 'Minister of the
# Armed Forces') is read as the one other ministry of the spell, and the true claim is CONTRADICTED (main:
# unverified). Only a post shown to be another one (its words a known other portfolio's) may refute.
@pytest.mark.parametrize(
    ("claimed", "office"),
    [
        ("labor minister", "Minister of Labour"),
        ("trade minister", "Minister of Commerce"),
        ("finance minister", "Minister of the Treasury"),
        ("defence minister", "Minister of the Armed Forces"),
    ],
    ids=["labor-labour", "trade-commerce", "finance-treasury", "defence-armed-forces"],
)
def test_the_same_ministry_under_another_name_is_not_another_post_of_the_spell(claimed: str, office: str) -> None:
    text = f"He served as {claimed} from 2020 to 2024"
    claim = clause_claim(text, "Tomas Vidal", "held office", f"{text}.", kind="role", relation="held office",
                         value=f"{claimed} from 2020 to 2024")  # fmt: skip
    rows = [("office", office), ("term_start", "3 March 2020"), ("term_end", "2 June 2024")]
    doc = boxed("Tomas Vidal", VIDAL_LEAD, rows)
    assert verdict(claim, [doc], SUMMER_2028).verdict != Verdict.CONTRADICTED


# R1 (main and s22-fs22 78d70b5, judging.toml offices.other_post_words): a title inside a longer title still supports
# the post: 'Under-Secretary-General of the Vestrian Union' supports 'secretary-general', 'Undersecretary of the
# Treasury' 'secretary of the treasury'. 'Deputy', 'Vice' and 'Assistant' are read as another post; a prefix of rank
# glued or hyphened to the title is not. A third row, 'Lieutenant Governor of Norby' for 'governor of Norby', was
# closed by s22-fs22 d9fdd67 and lives as a plain test in tests/test_fs22_inside_longer.py. Each row is its own strict
# xfail: a fix drops the mark of the row it closes.
@pytest.mark.parametrize(
    ("value", "office"),
    [
        pytest.param(
            "secretary-general of the Vestrian Union", "Under-Secretary-General of the Vestrian Union",
            id="under-secretary-general", marks=_open("R1 open: a hyphened 'Under-' prefix holds the claimed title"),
        ),
        pytest.param(
            "secretary of the treasury", "Undersecretary of the Treasury", id="undersecretary",
            marks=_open("R1 open: a glued 'Under' prefix holds the claimed title"),
        ),
    ],
)  # fmt: skip
def test_a_title_inside_a_longer_title_does_not_support_the_post(value: str, office: str) -> None:
    assert _holds(value, [("office", office), ("term_start", "1 March 2019")]) != Verdict.SUPPORTED


# B4 (s22-ext22p 462e58b, verify/kinds/clause/extract.py _extraposed_comment, nonfactual.toml comment_infinitives):
# 'say' is read as a verb of comment after any adjective, so the writer's own assertion 'It is fair to say that she
# won the 2014 election by 12 points' (also 'It is safe to say ...') loses its clause, the fact it asserts (main: the
# clause 'she won the 2014 election' is extracted; branch: none). An adjective that vouches for the statement ('fair',
# 'safe', 'true', 'accurate') asserts it; 'hard to say' and 'too early to say' do not.
def test_a_statement_the_writer_vouches_for_with_it_is_fair_to_say_stays_a_claim() -> None:
    body = "Tove Brandt led Vestria from 2010 to 2018. It is fair to say that she won the 2014 election by 12 points."
    clauses = [c.text for c in extract_claims(article(body)) if c.kind == "clause"]
    assert any("won the 2014 election" in text for text in clauses), clauses


SORVIK_LEAD = "Lina Sorvik (born 3 May 1969) is a Vestrian economist. "


# B5 (s22-recall22 968da2d, verify/kinds/clause/judge.py degree_findings): the one year of a sentence that tells a
# degree is taken for the degree's year, whatever it dates: the school's founding, a later post, a marriage, an
# honorary doctorate, the year she entered. 'completed a master's at the Halden School of Economics in 1999' is then
# CONTRADICTED by 'Sorvik holds a master's degree from the Halden School of Economics, where she has taught since
# 2005' (main: unverified). The year must date the graduating or the degree itself (as `_dated_by_verb` does for a
# relation's verb), and an honorary degree is no degree taken.
@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "completed a master's at the Halden School of Economics in 1999",
            "Sorvik holds a master's degree from the Halden School of Economics, where she has taught since 2005.",
        ),
        (
            "completed a master's at the Halden School of Economics in 1999",
            "Sorvik holds a master's degree from the Halden School of Economics, founded in 1921.",
        ),
        (
            "completed a master's at the Halden School of Economics in 1999",
            "Sorvik graduated from the Halden School of Economics with a master's degree and married in 2002.",
        ),
        (
            "graduated from the Halden School of Economics in 1999",
            "Sorvik received an honorary doctorate from the Halden School of Economics in 2010.",
        ),
        (
            "graduated from the Halden School of Economics in 1999",
            "Sorvik entered the Halden School of Economics in 1995 to study for a degree in finance.",
        ),
    ],
    ids=["taught-since", "school-founded", "married", "honorary-doctorate", "entered"],
)
def test_a_year_the_degree_sentence_gives_to_something_else_does_not_date_the_degree(text: str, said: str) -> None:
    claim = clause_claim(text, "Lina Sorvik", "completed", f"She {text}.", time="1999")
    doc = page("Lina Sorvik", SORVIK_LEAD + said)
    assert verdict(claim, [doc], SUMMER_2028).verdict != Verdict.CONTRADICTED


# B6 (s22-recall22 a790f48, verify/kinds/role/judge.py stated_spell): a spell that ends right before the claim's
# words, a comma between, is taken as the claim's own, even when it stands in a fronted clause of another verb about
# another post: 'After serving as finance minister from 2020 to 2024, he served as foreign minister' gives the
# foreign ministry the finance ministry's spell, and the infobox's 'Minister of Finance 2020-2024' CONTRADICTS the
# foreign ministry the article places after it (main: unverified). A spell before the claim is its own only when no
# other verb or post stands between ('from 2000 to 2006 she served as ...').
@pytest.mark.parametrize(
    "sentence",
    [
        "After serving as finance minister from 2020 to 2024, he served as foreign minister.",
        "Having been finance minister from 2020 to 2024, he served as foreign minister.",
    ],
    ids=["after-serving-as", "having-been"],
)
def test_a_spell_of_another_post_in_a_fronted_clause_is_not_the_claims(sentence: str) -> None:
    text = "he served as foreign minister"
    claim = clause_claim(text, "Tomas Vidal", "held office", sentence, kind="role", relation="held office",
                         value="foreign minister")  # fmt: skip
    rows = [("office", "Minister of Finance"), ("term_start", "3 March 2020"), ("term_end", "2 June 2024")]
    doc = boxed("Tomas Vidal", VIDAL_LEAD, rows)
    assert verdict(claim, [doc], SUMMER_2028).verdict != Verdict.CONTRADICTED


# B7 (s22-recall22 59c528a, verify/kinds/clause/judge.py seat_won_findings): only an office of the body's name and
# member words counts as a seat, so an earlier seat written with its constituency ('Member of the Vestrian Diet for
# Norby', 2007-2010; 'Senator for Norby') is not seen, and the later seat alone ('Member of the Vestrian Diet' from
# 2014) CONTRADICTS the true 'was elected to the Vestrian Diet in 2007' (main: unverified). Every term held in the
# body (a constituency's seat too) must begin later before the year is refuted.
@pytest.mark.parametrize(
    ("body", "earlier"),
    [("the Vestrian Diet", "Member of the Vestrian Diet for Norby"), ("the Senate", "Senator for Norby")],
    ids=["constituency-seat", "senator-for"],
)
def test_an_earlier_seat_written_with_its_constituency_keeps_the_election_year(body: str, earlier: str) -> None:
    rows = [
        ("office", f"Member of {body[:1].upper()}{body[1:]}"),
        ("term_start", "February 2014"),
        ("office2", earlier),
        ("term_start2", "2007"),
        ("term_end2", "2010"),
    ]
    marra = boxed("Eoin Marra", "Eoin Marra (born 1 June 1984) is a Vestrian politician.", rows)
    said = f"Marra was elected to {body} in 2007"
    claim = clause_claim(said, "Eoin Marra", "elected", f"{said}.", object=body, time="2007")
    assert verdict(claim, [marra], SUMMER_2028).verdict != Verdict.CONTRADICTED
