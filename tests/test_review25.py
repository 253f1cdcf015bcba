"""Findings of review25 (session 25). B-items: plain tests that pass on main and fail on the branch named (merging it
without a fix turns them red); each is written so the helper can copy it beside the fix. R-items are strict xfails
for what is open on main (and on the branches reviewed). Invented people, countries and pages
(`tests/support/judging.py`); each claim is judged with the fields extraction gives its words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page, verdict
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Document, Verdict

AS_OF = dt.date(2024, 1, 10)
SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def _open(reason: str) -> pytest.MarkDecorator:
    """An R-item's strict xfail: what is still open on main and on the branches reviewed."""
    return pytest.mark.xfail(strict=True, reason=reason)


def _judged(body: str, docs: list[Document], kinds: tuple[str, ...] = ()) -> dict[str, Verdict]:
    """Each claim extraction gives for `body` (of the kinds asked, else all), judged against `docs` alone, by its
    words."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    return {c.text: verdict(c, docs, AS_OF).verdict for c in claims if not kinds or c.kind in kinds}


def _never(outcome: Verdict, body: str, docs: list[Document], kinds: tuple[str, ...] = ()) -> None:
    """Extraction gives `body` some claim of the kinds asked, and none of them is judged `outcome` against `docs`."""
    found = _judged(body, docs, kinds)
    assert found, "no claim extracted"
    assert outcome not in found.values(), found


# Ana Ruiz's invented page: prime minister since 2023, finance minister before, leader of the opposition before
# that; her seat in parliament is listed by its constituency only, from 2014, while the lead tells her first election,
# for another seat, in 2010, and her party leadership from 2017 (no row).
RUIZ = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician serving as Prime Minister of Norby since 14 February 2023. "
    "She was first elected to parliament in 2010, as a member for Tarsa, and has represented Halden since 2014. "
    "She became leader of the Norby Party in 2017.",
    [
        ("office", "Prime Minister of Norby"),
        ("term_start", "14 February 2023"),
        ("predecessor", "Ivo Stam"),
        ("office2", "Minister of Finance"),
        ("term_start2", "1 March 2022"),
        ("term_end2", "14 February 2023"),
        ("predecessor2", "Lena Vos"),
        ("office3", "Leader of the Opposition"),
        ("term_start3", "2020"),
        ("term_end3", "2022"),
        ("office4", "Member of Parliament for Halden"),
        ("term_start4", "2014"),
    ],
    SAVED,
)


# B1 (s25-date25 730df4e, verify/kinds/clause/judge.py:1197 `_taken_up_in` feeding `_term_span`): 'became a member of
# parliament in 2010' is dated by the one seat row the infobox lists ('Member of Parliament for Halden', from 2014),
# so it is CONTRADICTED ('none from 2010') though the page's own lead says she was first elected to parliament in
# 2010 for another seat. A seat row names one constituency: it does not bound membership of the house (main:
# unverified). The same reading already contradicts 'was a member of parliament from 2010' on main: R2 below.
def test_b1_became_a_member_of_parliament_is_not_refuted_by_a_later_seats_row() -> None:
    _never(Verdict.CONTRADICTED, "Ana Ruiz became a member of parliament in 2010.", [RUIZ], ("clause", "date"))


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
    _never(Verdict.CONTRADICTED, body, [_dag(prose)], ("clause", "date"))


# B4 (s25-date25 c68961f, same place): an acting spell that runs into the term is the taking of office (fs24, offices.
# stopgap_begun), but `_office_spells` drops the acting spell as another qualifier and keeps the one term, so 'mayor of
# Korvik from 2003 to 2011' is CONTRADICTED by 'She was acting mayor of Korvik from 2003 to 2005, and was mayor of
# Korvik from 2005 to 2011' (main: unverified). Without the acting spell the page refutes it on the branch (its gain).
def test_b4_an_acting_spell_run_into_the_term_is_no_other_start() -> None:
    prose = "She was acting mayor of Korvik from 2003 to 2005, and was mayor of Korvik from 2005 to 2011."
    _never(Verdict.CONTRADICTED, "Ola Dag was mayor of Korvik from 2003 to 2011.", [_dag(prose)], ("clause", "date"))


# B9 (s25-date25 7099ec0, verify/kinds/clause/judge.py `_spell_dated_otherwise` with B3's fix `_the_post_itself`):
# the claimed post's words found inside a qualified post ('deputy mayor of Korvik', 'vice president of the Norby
# Bank') are taken for the post itself, so the deputy's one spell refutes the claimed spell: 'Ola Dag was mayor of
# Korvik from 2003 to 2011' is CONTRADICTED by 'She was deputy mayor of Korvik from 2003 to 2009' (main and c68961f:
# unverified). A qualifier before the post (Vice/Deputy) makes it another post. Merged unfixed into main at 5258e13:
# now a strict xfail (open on main), to turn plain beside its fix.
@_open("B9 open on main 5258e13: a deputy's or vice's spell refutes the post's claimed spell")
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
    _never(Verdict.CONTRADICTED, body, [_dag(prose)], ("clause", "date"))


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
    _never(Verdict.CONTRADICTED, "Mira Stal was sworn in as judge on 3 May 2019.", [STAL], ("date", "clause"))


def _durations(body: str) -> list[tuple[str, str]]:
    """The (subject, words) of each duration claim extraction gives for `body`."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    return [(c.subject, c.text) for c in claims if c.kind == "duration"]


# B5 (s25-ext25 f909640, verify/kinds/quantity/owner.py `OwnerReader.in_whose_clause`, called by `_length_owner` and
# `_LengthReader.about`): a length measured on a thing set as a phrase of the clause is given to the clause's object
# when the tagger does not take its subject for a name ('Ana Ruiz' is no entity to the small model) or to a subject
# that does not own it: the search Ruiz made becomes Tom Berg's, the delay of the match Korvik City's, the prison term
# the court passed on Berg the court's. On main these claims keep the bare noun ('search', 'delay', 'prison term'):
# no claim on a wrong named entity, which the verdicts would judge against that entity's page.
@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        pytest.param("Ana Ruiz hired Tom Berg after a two-year search.", "Tom Berg", id="hired-after-a-search"),
        pytest.param("Norby United beat Korvik City after a two-hour delay.", "Korvik City", id="beat-after-a-delay"),
        pytest.param(
            "The Norby Court sentenced Tom Berg to a five-year prison term.", "Norby Court", id="court-passed-a-term"
        ),
    ],
)
def test_b5_a_measured_thing_is_not_given_to_another_named_one_of_its_clause(body: str, wrong: str) -> None:
    found = _durations(body)  # none at all is right too (s25-ext25s: no claim rather than one about no one)
    assert all(subject != wrong for subject, _ in found), found


# R1 (main bee4186, verify/kinds/role: the role claim of 'X succeeded/replaced/took over from Y as POST' is read as
# holding the post on the article's day): 'Ana Ruiz succeeded Lena Vos as finance minister in 2022' gives a role claim
# CONTRADICTED by her finance term's end in 2023 (she is prime minister now), while 'Ana Ruiz became finance minister'
# of the same term is supported (judging.toml offices.took_up has 'became', 'took over as', not a step with its
# predecessor before 'as'). A succession is a step taken, as 'became' is.
@_open("R1 open: a succession's role claim is read as the post held on the article's day")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz succeeded Lena Vos as finance minister in 2022.", id="succeeded"),
        pytest.param("In March 2022, Ana Ruiz replaced Lena Vos as finance minister.", id="replaced"),
        pytest.param("Ana Ruiz took over from Lena Vos as finance minister in 2022.", id="took-over-from"),
    ],
)
def test_r1_a_past_succession_is_not_refuted_by_the_terms_end(body: str) -> None:
    found = _judged(body, [RUIZ], ("role",))
    assert any(text.startswith("Ana Ruiz") for text in found), found
    assert Verdict.CONTRADICTED not in found.values(), found


# R2 (main bee4186, verify/kinds/clause/judge.py `_term_span` and the office terms it is judged by): a bare 'member of
# parliament' is dated by the one seat row listed ('Member of Parliament for Halden', from 2014), so 'was a member of
# parliament from 2010' and 'has been a member of parliament since 2010' are CONTRADICTED though the page's lead says
# she was first elected to parliament in 2010 (for Tarsa). B1 is date25's 'became' form of the same reading.
@_open("R2 open: a bare seat in the house is dated by one constituency's row")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz was a member of parliament from 2010.", id="from"),
        pytest.param("Ana Ruiz has been a member of parliament since 2010.", id="since"),
    ],
)
def test_r2_membership_of_the_house_is_not_bounded_by_one_seats_row(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ], ("clause", "date"))


# R3 (main bee4186, the role judge's reading of a lead sentence's qualifiers): fs24 decided that how a post is held
# is no other post (offices.stopgaps: a status row 'Acting' leaves the bare title open, neither side), but the lead
# sentence 'has served as acting Governor of the Norby Reserve Bank since December 2023' CONTRADICTS 'Tom Berg, the
# governor of the Norby Reserve Bank' ('holds the office with acting'), while the same page with only the status row
# leaves it unverified. News calls an acting governor the governor; the deputy twin stays contradicted.
BERG_ACTING = page(
    "Tom Berg",
    "Tom Berg (born 1970) is a Norbian economist who has served as acting Governor of the Norby Reserve Bank since "
    "December 2023.",
    SAVED,
)


@_open("R3 open: a lead sentence's stopgap word refutes the bare title it qualifies")
def test_r3_the_leads_acting_holder_is_not_refuted_as_the_bare_title() -> None:
    _never(Verdict.CONTRADICTED, "Tom Berg, the governor of the Norby Reserve Bank, spoke.", [BERG_ACTING], ("role",))


def test_r3_twin_the_deputy_title_stays_refuted() -> None:
    found = _judged("Tom Berg, the deputy governor of the Norby Reserve Bank, spoke.", [BERG_ACTING], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R4 (main bee4186, verify/kinds/clause/judge.py `_term_sentences`, the office's words asked of a page sentence with
# a spell): 'Tom Berg has been the minister for European affairs since 2023' and '... minister for Nordic cooperation
# since 2023' are SUPPORTED by 'has been Minister of Foreign Affairs since 2023' (another ministry; the infobox row of
# the same page makes the role claim of the same words contradicted). The words of a portfolio that are a region's
# adjective ('European', 'Nordic') or not in the sentence ('cooperation') are not asked. False supported on main and
# on s25-sib25 6ecee3e; 'minister of culture since 2023' stays unverified.
BERG_FOREIGN = page(
    "Tom Berg",
    "Tom Berg (born 1970) is a Norbian politician who has been Minister of Foreign Affairs since 2023.",
    SAVED,
)


@_open("R4 open: another ministry's running spell supports a portfolio named by a region's adjective")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Tom Berg has been the minister for European affairs since 2023.", id="european-affairs"),
        pytest.param("Tom Berg has been minister for Nordic cooperation since 2023.", id="nordic-cooperation"),
    ],
)
def test_r4_another_ministrys_spell_does_not_support_the_portfolio(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [BERG_FOREIGN], ("clause",))


# R5 (main bee4186, the date judge's day near the claim's verb in a sentence of two events): the day of the other
# event decides: 'was sworn in as judge on 2 April 2019' is SUPPORTED by 'On 3 May 2019, after her election as
# president of the bar on 2 April 2019, she was sworn in as judge' (2 April is the bar election), and 'was appointed
# chief justice on 1 March 2022' by 'Appointed on 10 January 2022, she took office as chief justice on 1 March 2022'
# (1 March is the taking of office). False supported on main and on s25-date25 949684b.
@_open("R5 open: another event's day in the sentence supports the claimed day")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Mira Stal was sworn in as judge on 2 April 2019.", id="bar-election-day"),
        pytest.param("Mira Stal was appointed chief justice on 1 March 2022.", id="day-of-taking-office"),
    ],
)
def test_r5_another_events_day_does_not_support_the_claim(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [STAL], ("date",))


def _minister(row: str) -> Document:
    """Tom Berg's invented page: one ministry held since 15 September 2023, its title as the infobox writes it."""
    return boxed(
        "Tom Berg",
        "Tom Berg (born 1970) is a Norbian politician.",
        [("office", row), ("term_start", "15 September 2023")],
        SAVED,
    )


# One ministry written two ways (a row's title, the news's short form): the same post, which lexicon data
# (offices.toml `ministries` phrases) does not yet say.
SAME_MINISTRY = [
    pytest.param("Minister of Home Affairs", "interior minister", id="home-affairs-interior"),
    pytest.param("Minister of the Interior", "home minister", id="interior-home"),
    pytest.param("Minister of External Affairs", "foreign minister", id="external-affairs-foreign"),
    pytest.param("Minister of the Treasury", "finance minister", id="treasury-finance"),
]


# B8 (s25-sib25 6ecee3e, verify/kinds/clause/judge.py `_other_post_on_the_day` -> offices.sibling_office): a running
# spell of a post the infobox does not list by that name is refuted by the post held that day, but the row may be the
# same ministry under another name: 'Tom Berg has been interior minister since 2023' is CONTRADICTED by the row
# 'Minister of Home Affairs' (from 15 September 2023), 'home minister' by 'Minister of the Interior', 'foreign
# minister' by 'Minister of External Affairs', 'finance minister' by 'Minister of the Treasury' (main: unverified).
# The role judge already does the same to the role claim of these words on main: R6.
@pytest.mark.parametrize(("row", "post"), SAME_MINISTRY)
def test_b8_a_ministry_named_otherwise_is_no_sibling_post(row: str, post: str) -> None:
    _never(Verdict.CONTRADICTED, f"Tom Berg has been {post} since 2023.", [_minister(row)], ("clause",))


# R6 (main bee4186, the role judge's office terms): the role claims of the same words are CONTRADICTED on main ('on
# 2024-01-10 the office held was Minister of Home Affairs'), the same ministry not being known under both names.
@_open("R6 open: a ministry the row names otherwise (home affairs/interior, external/foreign, treasury/finance)")
@pytest.mark.parametrize(("row", "post"), SAME_MINISTRY)
def test_r6_a_ministry_named_otherwise_does_not_refute_the_role(row: str, post: str) -> None:
    _never(Verdict.CONTRADICTED, f"Tom Berg has been {post} since 2023.", [_minister(row)], ("role",))


# R7 (main bee4186, both judges): a junior post SUPPORTS the ministry it serves: 'Tom Berg has been foreign minister
# since 2023' (role and clause claims) is supported by the row 'Minister of State for Foreign Affairs'. A Minister
# of State is a junior minister under the foreign minister, as a deputy is. False supported on main and s25-sib25.
@_open("R7 open: 'Minister of State for Foreign Affairs' supports 'foreign minister'")
def test_r7_a_minister_of_state_is_not_the_minister() -> None:
    _never(
        Verdict.SUPPORTED,
        "Tom Berg has been foreign minister since 2023.",
        [_minister("Minister of State for Foreign Affairs")],
    )


# R8 (main bee4186, the duration reader of a held thing, verify/lexicons/counted.toml `held`): a person's age before a
# noun that merely begins with a held thing's word is read as that thing's length: 'a 61-year-old banker' gives the
# duration claim '61-year-old ban' (subject 'ban'), 'a 50-year-old dealer' '50-year-old deal', 'a 38-year-old
# contractor' '38-year-old contract' (new extras, and a claim cut inside a word). A held thing is a whole word.
@_open("R8 open: an age before a word that begins with a held thing's name gives that thing a length")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Tom Berg, a 61-year-old banker, resigned.", id="banker"),
        pytest.param("Ana Ruiz, a 50-year-old dealer, was arrested.", id="dealer"),
        pytest.param("Ana Ruiz, a 38-year-old contractor, was hired.", id="contractor"),
    ],
)
def test_r8_an_age_gives_no_length_to_part_of_a_word(body: str) -> None:
    assert _durations(body) == []
