"""Findings of review19 (session 19), as strict xfails the lead merges with their fix. Invented people and pages
(`tests/support/judging.py`); each claim is given the fields extraction gives the same words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.models import Claim, Document, Verdict

AS_OF = dt.date(2024, 4, 1)
LEAD = "Tove Brandt (born 3 May 1966) is a Vestrian politician."
SENTENCE = "Vestrian finance minister Tove Brandt, who {text}, spoke on Monday."


def dated(text: str, relation: str) -> Claim:
    """The date claim extraction gives 'who has served as finance minister since March 2019' (value 2019-03)."""
    sentence = SENTENCE.format(text=text)
    at = sentence.index(text)
    claim = clause_claim(text, "Tove Brandt", relation, sentence, kind="date", value="2019-03", time="March 2019")
    return claim.model_copy(update={"span": (at, at + len(text))})


SERVED = dated("has served as finance minister since March 2019", "has served")
APPOINTED = dated("was appointed finance minister in March 2019", "was appointed")


# R1 (main, date judge, infobox): a term start of ANOTHER office with the same post word ('Minister of Health')
# dates 'finance minister': `_term_starts` keeps every office `other_post_than` does not set apart, and that only
# compares post words ('minister') and qualifiers, never the office's specific words (finance / health).
# R1: closed in session 19 (fs19 / the lead)
@pytest.mark.parametrize("claim", [SERVED, APPOINTED], ids=["since", "appointed-in"])
def test_another_ministrys_term_start_does_not_date_the_finance_post(claim: Claim) -> None:
    doc = boxed("Tove Brandt", LEAD, [("office", "Minister of Health"), ("term_start", "11 March 2019")])
    assert verdict(claim, [doc], AS_OF).verdict != Verdict.SUPPORTED


# R2 (main, date judge, body sentence): `_dates_given_to` binds the date to the claim's post words wherever they
# stand, with no check of their qualifiers or of whose sentence it is: a deputy's, a shadow's, or another
# person's spell on the subject's page supports.
# R2: closed in session 19 (fs19 / the lead)
@pytest.mark.parametrize(
    "said",
    [
        "She has served as deputy finance minister since March 2019.",
        "She has served as shadow finance minister since March 2019.",
        "Her husband Per Brandt has served as finance minister since March 2019.",
        "She has served as health minister since March 2019.",
    ],
    ids=["deputy", "shadow", "another-person", "another-ministry"],
)
def test_a_qualified_post_or_another_persons_spell_does_not_support(said: str) -> None:
    assert verdict(SERVED, [page("Tove Brandt", f"{LEAD} {said}")], AS_OF).verdict != Verdict.SUPPORTED


def test_the_finance_post_begun_that_month_supports() -> None:
    doc = page("Tove Brandt", f"{LEAD} She has served as finance minister since March 2019.")
    assert verdict(SERVED, [doc], AS_OF).verdict == Verdict.SUPPORTED


# R3 (main, role judge): on the subject's own page every sentence counts as about the subject, so another
# person's post (a husband's, a father's) supports or refutes the subject's.
# R3: closed in session 20 (fs20a: verify/holder.py, whose clause the post stands in)
ROLE = clause_claim(
    "Tove Brandt, the finance minister", "Tove Brandt", "holds office",
    "Tove Brandt, the finance minister, spoke on Monday.", kind="role", value="finance minister",
)  # fmt: skip


def test_a_husbands_post_does_not_support_the_subjects_role() -> None:
    doc = page("Tove Brandt", f"{LEAD} Her husband Per Olsen has been finance minister since 11 March 2019.")
    assert verdict(ROLE, [doc], AS_OF).verdict != Verdict.SUPPORTED


def test_a_fathers_past_post_does_not_contradict_the_subjects_role() -> None:
    doc = page("Tove Brandt", f"{LEAD} Her father was finance minister from 1979 to 1984.")
    assert verdict(ROLE, [doc], AS_OF).verdict != Verdict.CONTRADICTED


# R4 (main, duration judge): another person's span of the post ('from 1979 to 1984', five years) dates hers.
# R4: closed in session 20 (fs20a: verify/holder.py)
FIVE_YEARS = clause_claim(
    "has been finance minister for five years", "Tove Brandt", "for",
    "Tove Brandt has been finance minister for five years.", kind="duration", value="5 years", number=5.0, unit="years",
)  # fmt: skip


# R4: closed in session 20 (fs20b) for this present length ('has been ... for five years'): an ended span is no
# length held now (duration judge `_still_held`); whose sentence it is stays unread for a past length
@pytest.mark.parametrize(
    "said",
    [
        "Her father was finance minister from 1979 to 1984.",
        "She was an adviser to Per Olsen, finance minister from 2019 to 2024.",
    ],
    ids=["father", "her-employer"],
)
def test_another_persons_span_of_the_post_does_not_support_the_duration(said: str) -> None:
    assert verdict(FIVE_YEARS, [page("Tove Brandt", f"{LEAD} {said}")], AS_OF).verdict != Verdict.SUPPORTED


# R5 (main, duration judge): a deputy's span refutes the minister's duration (qualifier dropped): false contradicted.
# R5: closed in session 20 (fs20b: `verify.offices.another_post`)
def test_a_deputys_span_does_not_contradict_the_ministers_duration() -> None:
    doc = page("Tove Brandt", f"{LEAD} She was deputy finance minister from 2019 to 2022.")
    assert verdict(FIVE_YEARS, [doc], AS_OF).verdict != Verdict.CONTRADICTED


# R6 (main, last session's d7933a6, date judge `_post_begun_in_a_sentence`): any sentence of the subject's page where
# the post's words are followed by 'from'/'since' and the date supports, whoever holds the post and even denied.
SINCE_2020 = clause_claim(
    "been deputy governor since February 2020", "Odo Brand", "been",
    "Brand, who had been deputy governor since February 2020, was not offered a second term.",
    kind="date", value="February 2020", time="February 2020",
)  # fmt: skip


# R6: closed in session 19 (fs19 / the lead)
@pytest.mark.parametrize(
    "said",
    [
        "His mentor Ivo Lund was deputy governor from February 2020 to September 2024.",
        "He was an adviser to the deputy governor from February 2020 to September 2024.",
        "He was not deputy governor from February 2020, as had been reported.",
    ],
    ids=["another-person", "adviser-to-the-post", "denied"],
)
def test_a_sentence_giving_someone_elses_spell_does_not_date_the_subjects_post(said: str) -> None:
    rows = [("office", "Governor of the Central Bank of Vestria"), ("term_start", "18 September 2024")]
    doc = boxed("Odo Brand", f"Odo Brand is a Vestrian economist. {said}", rows)
    assert verdict(SINCE_2020, [doc], dt.date(2031, 9, 18)).verdict != Verdict.SUPPORTED


# R7 (main, clause judge): the time is bound to the office's words (a96f8ec), but nothing asks whose sentence it is,
# whether it is denied, or whether the words stand inside a longer post (a deputy's, a youth wing's).
LEADS = clause_claim(
    "been leader of the Green League since March 2019", "Tove Brandt", "been",
    "Tove Brandt, who has been leader of the Green League since March 2019, spoke.",
    object="leader of the Green League", time="March 2019",
)  # fmt: skip


R7_OPEN = pytest.mark.xfail(
    strict=True, reason="R7 open: the clause judge supports from another holder, a denial or a longer post"
)


@pytest.mark.parametrize(
    "said",
    [
        pytest.param(  # closed by s19-fs19 b83702b (the sentence must be the subject's)
            "Her husband Per Olsen has been leader of the Green League since March 2019.",
            id="another-person",
        ),
        pytest.param(  # closed in session 20 (fs20a: verify/holder.py reads the clause's subject past the date)
            "Since March 2019, her husband Per Olsen has been leader of the Green League.",
            id="another-person-date-first",
        ),
        pytest.param(
            "Per Olsen, her husband, has been leader of the Green League since March 2019.",
            id="another-person-named-first",
        ),
        pytest.param(
            "Per Olsen has been leader of the Green League since March 2019; she is his deputy.",
            id="another-person-alone",
        ),
        # deputy and youth-wing: closed in session 20 (fs20b: clause judge `_within_another_post`); denied: fs20a
        pytest.param("She has been deputy leader of the Green League since March 2019.", id="deputy"),
        pytest.param("She has not been leader of the Green League since March 2019.", id="denied"),
        pytest.param("She has been leader of the Green League youth wing since March 2019.", id="youth-wing"),
    ],
)
def test_the_clause_is_not_supported_by_another_holder_a_denial_or_a_longer_post(said: str) -> None:
    assert verdict(LEADS, [page("Tove Brandt", f"{LEAD} {said}")], AS_OF).verdict != Verdict.SUPPORTED


# R1c (main, same root as R1): another ministry's later start refutes the finance post's start: a false "contradicted".
# R1c: closed in session 19 (fs19)
def test_another_ministrys_term_start_does_not_refute_the_finance_posts_start() -> None:
    text = "took office as finance minister on 11 March 2019"
    claim = clause_claim(
        text,
        "Tove Brandt",
        "took office",
        f"Tove Brandt {text}.",
        kind="date",
        value="2019-03-11",
        time="11 March 2019",
    ).model_copy(update={"span": (12, 12 + len(text))})
    doc = boxed("Tove Brandt", LEAD, [("office", "Minister of Health"), ("term_start", "2 June 2019")])
    assert verdict(claim, [doc], AS_OF).verdict != Verdict.CONTRADICTED


def _claim(text: str, sentence: str, kind: str, relation: str, **fields) -> Claim:
    at = sentence.index(text)
    claim = clause_claim(text, "Tove Brandt", relation, sentence, kind=kind, **fields)
    return claim.model_copy(update={"span": (at, at + len(text))})


# R8 (main, duration judge; last session's 058b5e9 reads the post after the length): the post's place is not
# compared, so another town's mayoralty of the same length supports 'mayor of Norby for eight years'.
# R8: closed in session 20 (fs20b: `verify.offices.another_post`)
def test_another_towns_mayoralty_does_not_support_the_length() -> None:
    claim = _claim(
        "served as mayor of Norby for eight years", "Tove Brandt served as mayor of Norby for eight years.",
        "duration", "for", value="8 years", number=8.0, unit="years",
    )  # fmt: skip
    rows = [("office", "Mayor of Sundby"), ("term_start", "3 March 2000"), ("term_end", "3 March 2008")]
    assert verdict(claim, [boxed("Tove Brandt", LEAD, rows)], AS_OF).verdict != Verdict.SUPPORTED


BECAME = _claim(
    "became finance minister in March 2019", "Tove Brandt became finance minister in March 2019.",
    "date", "became", value="2019-03", time="March 2019",
)  # fmt: skip
APPOINTED_IN = _claim(
    "was appointed finance minister in March 2019", "Tove Brandt was appointed finance minister in March 2019.",
    "date", "was appointed", value="2019-03", time="March 2019",
)  # fmt: skip


# R9 (main, date judge `_dates_given_to`): a date of another event in the post's clause is bound to the post.
# R9: closed in session 19 (fs19 / the lead)
def test_the_date_of_the_election_before_it_does_not_date_taking_the_post() -> None:
    doc = page("Tove Brandt", f"{LEAD} She became finance minister after the election held in March 2019.")
    assert verdict(BECAME, [doc], AS_OF).verdict != Verdict.SUPPORTED


# R10 (main, date judge): the subject appointing someone else is read as the subject being appointed.
# R10: closed in session 19 (fs19 / the lead)
def test_appointing_someone_else_does_not_date_the_subjects_appointment() -> None:
    doc = page("Tove Brandt", f"{LEAD} In March 2019 she appointed Per Olsen finance minister.")
    assert verdict(APPOINTED_IN, [doc], AS_OF).verdict != Verdict.SUPPORTED


# R11 (main, quantity judge; low): the round an article names ('in the first round') is not read, so an election's
# vote row supports the figure even where the page's own text gives that figure to the runoff.
# R11: closed in session 20 (fs20b: quantity judge `_of_the_round`)
def test_a_first_round_count_is_not_supported_by_the_runoffs_figure() -> None:
    rows = [("candidate1", "Mara Alder"), ("party1", "Harbour Party"), ("popular_vote1", "12,480,311"),
            ("candidate2", "Ivo Brand"), ("party2", "Green League"), ("popular_vote2", "10,112,000")]  # fmt: skip
    text = "Alder won the runoff with 12,480,311 votes. In the first round she had 9,000,000 votes."
    doc = boxed("2031 Vestrian presidential election", text, rows)
    sentence = "Alder took 12,480,311 votes in the first round."
    claim = clause_claim(
        "12,480,311 votes", "Mara Alder", "count", sentence, kind="quantity", number=12480311, unit="votes",
        context="Mara Alder",
    )  # fmt: skip
    assert verdict(claim, [doc], dt.date(2031, 5, 10)).verdict != Verdict.SUPPORTED


# R12 (main, date judge `_nothing_begun`): 'has led the country since August 2020' is supported by the office begun
# last, even when that office ENDED before the article's day (a past holder read as current).
# R12: closed in session 20 (fs20b: date judge `_nothing_begun` asks the office begun last to run still)
def test_an_ended_office_does_not_support_leading_the_country_since_its_start() -> None:
    rows = [("office", "Prime Minister of Vestria"), ("term_start", "28 August 2020"), ("term_end", "1 January 2023"),
            ("office2", "Member of the National Diet"), ("term_start2", "2 June 2019")]  # fmt: skip
    doc = boxed("Ana Roth", "Ana Roth (born 1963) is a Vestrian politician.", rows)
    text = "led the country since August 2020"
    claim = clause_claim(
        text, "Ana Roth", "has led", f"Roth, 61, has {text}.", kind="date", value="August 2020", time="August 2020"
    ).model_copy(update={"span": (14, 14 + len(text))})
    assert verdict(claim, [doc], dt.date(2025, 4, 7)).verdict != Verdict.SUPPORTED


# R8b (main, duration judge): another country's premiership, or another town's mayoralty in a sentence.
# R8b: closed in session 20 (fs20b: `verify.offices.another_post`)
@pytest.mark.parametrize(
    ("sentence", "text", "doc"),
    [
        (
            "Tove Brandt was prime minister of Norway for eight years.",
            "was prime minister of Norway for eight years",
            boxed("Tove Brandt", LEAD, [("office", "Prime Minister of Sweden"), ("term_start", "3 March 2000"),
                                        ("term_end", "3 March 2008")]),
        ),
        (
            "Tove Brandt served as mayor of Norby for eight years.",
            "served as mayor of Norby for eight years",
            page("Tove Brandt", f"{LEAD} She was mayor of Sundby from 2000 to 2008."),
        ),
    ],
    ids=["another-country-row", "another-town-sentence"],
)  # fmt: skip
def test_another_places_post_does_not_support_the_length(sentence: str, text: str, doc) -> None:
    claim = _claim(text, sentence, "duration", "for", value="8 years", number=8.0, unit="years")
    assert verdict(claim, [doc], AS_OF).verdict != Verdict.SUPPORTED


# R13 (main, duration judge): 'has been finance minister for five years' (still in office) is supported by a spell
# that ended five years before the article, and by an acting spell (qualifier dropped).
# R13: closed in session 20 (fs20b: `another_post` for the acting spell, `_still_held` for the ended one)
@pytest.mark.parametrize(
    "rows",
    [
        [("office", "Minister of Finance"), ("term_start", "3 March 2014"), ("term_end", "3 March 2019")],
        [("office", "Acting Minister of Finance"), ("term_start", "3 March 2019")],
    ],
    ids=["ended", "acting"],
)
def test_an_ended_or_acting_spell_does_not_support_a_present_length(rows: list[tuple[str, str]]) -> None:
    assert verdict(FIVE_YEARS, [boxed("Tove Brandt", LEAD, rows)], AS_OF).verdict != Verdict.SUPPORTED


# B1 (s19-recall19 c1e0d7b, verify/judge.py `_taken_up_later`): a title the article itself says is still to be taken up
# ('the new prime minister, will take office in June') is refuted by the later start of the very term it announces.
def _judged_with_current_revision(claim: Claim, day: Document, now: Document, as_of: dt.date) -> Verdict:
    from verify.judge import judge
    from verify.retrieve import EvidencePool

    pool = EvidencePool(documents=[day], by_claim={claim.id: [day]})
    pool.current[day.url] = now
    (result,) = judge([claim], pool, as_of)
    return result.verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Per Olsen, the new prime minister, will take office in June.",
        "Per Olsen, the new prime minister, will be sworn in on 4 June.",
    ],
    ids=["take-office", "sworn-in"],
)
def test_a_title_the_article_says_is_still_to_come_is_not_refuted_by_its_later_start(sentence: str) -> None:
    lead = "Per Olsen (born 1971) is a Velmaran politician."
    party = [("office", "Leader of the Velmaran Labour Party"), ("term_start", "28 August 2022")]
    day = boxed("Per Olsen", lead, party, dt.datetime(2024, 11, 2, tzinfo=dt.UTC))
    later = [("office2", "Prime Minister of Velmara"), ("term_start2", "4 June 2025")]
    now = boxed("Per Olsen", lead, [*party, *later], dt.datetime(2025, 9, 9, tzinfo=dt.UTC))
    text = "Per Olsen, the new prime minister"
    claim = clause_claim(text, "Per Olsen", "holds office", sentence, kind="role", value="new prime minister")
    assert _judged_with_current_revision(claim, day, now, dt.date(2025, 4, 7)) != Verdict.CONTRADICTED


# B2 (s19-recall19 50b7745, verify/offices.py `_NUMBERING`): once a written-out number is no word of the post, an
# office the page does not number supports 'the bank's eighth governor' whatever the number (unchecked, yet green).
def test_an_unnumbered_office_does_not_support_a_numbered_claim() -> None:
    text = "Tove Brandt, the bank's eighth governor"
    claim = clause_claim(text, "Tove Brandt", "holds office", f"{text}, spoke on Monday.", kind="role",
                         value="eighth governor of the bank")  # fmt: skip
    doc = boxed("Tove Brandt", LEAD, [("office", "Governor of the Bank of Vestria"), ("term_start", "3 June 2019")])
    assert verdict(claim, [doc], AS_OF).verdict != Verdict.SUPPORTED


# B3 (s19-recall19 50b7745; evidence): 'commander of the Seventh Fleet' is decided by the Sixth Fleet's row when the
# page lists both: the verdict quotes another office than the one that holds the claim.
def test_the_numbered_post_is_quoted_by_its_own_row() -> None:
    text = "Tove Brandt, commander of the Seventh Fleet"
    claim = clause_claim(text, "Tove Brandt", "holds office", f"{text}, spoke on Monday.", kind="role",
                         value="commander of the Seventh Fleet")  # fmt: skip
    rows = [("office", "Commander of the Sixth Fleet"), ("term_start", "3 June 2019"),
            ("office2", "Commander of the Seventh Fleet"), ("term_start2", "3 June 2021")]  # fmt: skip
    result = verdict(claim, [boxed("Tove Brandt", LEAD, rows)], AS_OF)
    assert all("Sixth" not in e.snippet for e in result.evidence)


# R15 (main, role judge `post_rows_of_the_day`) and B4 (s19-recall19 96e01cf extends it to 'deputy' rows): a holder row
# beside a term covering the day supports the title now, even when the row itself dates that holder's spell to an
# earlier span ('Ilo Marr (2024–2027)' in 2031): a past holder read as current.
ROW_DAY = dt.date(2031, 7, 6)


def _named_in_a_row(value: str, rows: list[tuple[str, str]]) -> Verdict:
    text = f"Velmaran {value} Ilo Marr"
    claim = clause_claim(text, "Ilo Marr", "holds office", f"{text} spoke.", kind="role", value=value,
                         nationality="Velmaran")  # fmt: skip
    lead = "Sara Vell (born 1962) is a Velmaran politician."
    return verdict(claim, [boxed("Sara Vell", lead, rows)], ROW_DAY).verdict


# R15: closed in session 20 (fs20b: role judge `post_rows_of_the_day` reads every row's own years)
def test_a_president_row_dating_an_earlier_spell_does_not_support_the_title_now() -> None:
    rows = [("office", "Minister of Finance of Velmara"), ("term_start", "5 July 2024"),
            ("president", "Ilo Marr (2024–2027)")]  # fmt: skip
    assert _named_in_a_row("President", rows) != Verdict.SUPPORTED


def test_a_deputy_row_dating_an_earlier_spell_does_not_support_the_deputy_title_now() -> None:
    rows = [("office", "Prime Minister of Velmara"), ("term_start", "5 July 2024"), ("deputy", "Ilo Marr (2024–2027)")]
    assert _named_in_a_row("Deputy Prime Minister", rows) != Verdict.SUPPORTED


# R2b (main and s19-fs19 000d8f4): a sentence wording the head post without the claim's qualifier dates the deputy's
# start (fs19's fallback to the post word alone, 'governor', keeps this open).
# R2b: closed in session 19 (fs19 / the lead)
def test_the_heads_start_does_not_date_the_deputys() -> None:
    text = "has served as deputy governor since March 2019"
    claim = clause_claim(
        text, "Tove Brandt", "has served", f"Tove Brandt {text}.", kind="date", value="2019-03", time="March 2019"
    ).model_copy(update={"span": (12, 12 + len(text))})
    doc = page("Tove Brandt", f"{LEAD} She has served as governor since March 2019.")
    assert verdict(claim, [doc], AS_OF).verdict != Verdict.SUPPORTED


# R16 (main, role judge: judging.toml government_posts) and B5 (s19-recall19 26f0c30 adds 'treasurer'): a post word
# of a government ('president', 'chancellor', 'treasurer') rules out the minister's office held that day even when the
# claim's post is of a party, a bank or a university, which a minister may hold as well: a false "contradicted".
def _role(value: str, sentence: str, text: str) -> Verdict:
    claim = clause_claim(text, "Tove Brandt", "holds office", sentence, kind="role", value=value)
    doc = boxed("Tove Brandt", LEAD, [("office", "Minister of Health"), ("term_start", "3 June 2019")])
    return verdict(claim, [doc], AS_OF).verdict


# R16: closed in session 20 (fs20b: `verify.offices.government_post` reads a body outside any government)
@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("Green League president", "Green League president Tove Brandt"),
        ("chancellor of Norby University", "Tove Brandt, chancellor of Norby University"),
        ("president of Nordbank", "Tove Brandt, president of Nordbank"),
    ],
    ids=["party-president", "university-chancellor", "bank-president"],
)
def test_a_post_outside_the_government_is_not_refuted_by_the_ministry(value: str, text: str) -> None:
    assert _role(value, f"{text}, spoke on Monday.", text) != Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("Green League treasurer", "Green League treasurer Tove Brandt"),
        ("treasurer of Nordbank", "Tove Brandt, treasurer of Nordbank"),
    ],
    ids=["party-treasurer", "bank-treasurer"],
)
def test_a_treasurer_outside_the_government_is_not_refuted_by_the_ministry(value: str, text: str) -> None:
    assert _role(value, f"{text}, spoke on Monday.", text) != Verdict.CONTRADICTED


# B6 (s19-recall19 7929757, date judge `term_end_findings`): a term still running has no term_end row, so the end of
# ANOTHER office within a year of the claimed day refutes its end ('her term ends on 30 November 2024' of a president
# since 30 November 2019, refuted by the health ministry's end on 1 March 2024): a false "contradicted".
@pytest.mark.parametrize(
    "sentence",
    [
        "Tove Brandt's term ends on 30 November 2024.",
        "Tove Brandt will succeed Per Olsen, whose term ends on 30 November 2024.",
    ],
    ids=["her-running-term", "another-persons-term"],
)
def test_a_running_terms_end_is_not_refuted_by_another_offices_end(sentence: str) -> None:
    claim = _claim("ends on 30 November 2024", sentence, "date", "ends", value="2024-11-30", time="30 November 2024")
    rows = [("office", "President of Vestria"), ("term_start", "30 November 2019"), ("office2", "Minister of Health"),
            ("term_start2", "3 June 2015"), ("term_end2", "1 March 2024")]  # fmt: skip
    assert verdict(claim, [boxed("Tove Brandt", LEAD, rows)], AS_OF).verdict != Verdict.CONTRADICTED


# R1b (main and s19-fs19 2ac8f22): 'has held the post since' names no post in its own words; the post is the
# apposition's ('the finance minister'), yet the one office running that day (the health ministry) dates it.
# R1b: closed in session 20 (fs20b: date judge `_post_said_before`)
def test_the_post_an_apposition_names_is_not_dated_by_another_ministry() -> None:
    sentence = "Tove Brandt, the finance minister, has held the post since March 2019."
    claim = _claim(
        "has held the post since March 2019", sentence, "date", "has held", value="2019-03", time="March 2019"
    )
    doc = boxed("Tove Brandt", LEAD, [("office", "Minister of Health"), ("term_start", "11 March 2019")])
    assert verdict(claim, [doc], AS_OF).verdict != Verdict.SUPPORTED


# R17 (main and s19-fs19, quantity judge `_sentence_findings`): any figure of the sentence that fits supports, whatever
# it counts: the seats a party NEEDED, or its coalition's seats, support 'The Green League won 42 seats'.
# R17: closed in session 20 (fs20a: verify/holder.py, a count another's or only needed)
@pytest.mark.parametrize(
    "said",
    [
        "The Green League needed 42 seats for a majority but won 30.",
        "The Green League won 30 seats; its coalition won 42 seats.",
    ],
    ids=["needed", "coalition"],
)
def test_another_count_of_the_sentence_does_not_support_the_seats_won(said: str) -> None:
    sentence = "The Green League won 42 seats in the 2023 election."
    claim = clause_claim("42 seats", "seats", "count", sentence, kind="quantity", value="42", number=42.0, unit="seats")
    claim = claim.model_copy(update={"span": (21, 29)})
    doc = page("2023 Vestrian general election", f"The 2023 Vestrian general election was held on 3 March 2023. {said}")
    assert verdict(claim, [doc], dt.date(2023, 3, 10)).verdict != Verdict.SUPPORTED


# R18 (main, clause judge, ages): on the subject's own page another person's birth date gives her age.
# R18: closed in session 20 (fs20a: verify/holder.py, the bracket's name is another's)
def test_a_husbands_birth_date_does_not_give_the_subjects_age() -> None:
    sentence = "Brandt, 57, said on Monday that the budget would pass."
    claim = clause_claim("Brandt, 57", "Brandt", "aged", sentence, value="57", object="57")
    doc = page(
        "Tove Brandt", "Tove Brandt is a Vestrian politician. Her husband Per Olsen (born 3 May 1966) is a doctor."
    )
    assert verdict(claim, [doc], AS_OF).verdict != Verdict.SUPPORTED


def test_her_own_birth_date_gives_her_age() -> None:
    sentence = "Brandt, 57, said on Monday that the budget would pass."
    claim = clause_claim("Brandt, 57", "Brandt", "aged", sentence, value="57", object="57")
    doc = page("Tove Brandt", "Tove Brandt (born 3 May 1966) is a Vestrian politician.")
    assert verdict(claim, [doc], AS_OF).verdict == Verdict.SUPPORTED


# R19 (main and s19-fs19, clause judge, birthplace): the place need only stand in a sentence with 'born' on her page:
# a husband's birthplace, a town near hers, her parents' town, even a denial support 'was born in Norby'.
# R19: closed in session 20 (fs20a: verify/holder.py, and the place the relation takes)
@pytest.mark.parametrize(
    "said",
    [
        "Her husband Per Olsen was born in Norby.",
        "She was born in Sundby, near Norby.",
        "She was born in Sundby to parents from Norby.",
        "She was not born in Norby, as often reported, but in Sundby.",
    ],
    ids=["husbands-birth", "a-town-near", "parents-town", "denied"],
)
def test_the_birthplace_is_not_supported_by_another_place_or_person(said: str) -> None:
    sentence = "Tove Brandt was born in Norby."
    claim = clause_claim(sentence[:-1], "Tove Brandt", "born in", sentence, value="Norby", place="Norby")
    doc = page("Tove Brandt", f"Tove Brandt is a Vestrian politician. {said}")
    assert verdict(claim, [doc], AS_OF).verdict != Verdict.SUPPORTED


def test_her_own_birthplace_supports_it() -> None:
    sentence = "Tove Brandt was born in Norby."
    claim = clause_claim(sentence[:-1], "Tove Brandt", "born in", sentence, value="Norby", place="Norby")
    doc = page("Tove Brandt", "Tove Brandt is a Vestrian politician. She was born in Norby in 1966.")
    assert verdict(claim, [doc], AS_OF).verdict == Verdict.SUPPORTED


# L2 (main a49cd7f, verify/link.py `_known_by_first_name`): a one-word title equal to the claimed person's first word
# scores 86 and is taken for the person's own page: the country page 'Israel' for Israel Katz (also 'Jordan' for Jordan
# Bardella, 'Paris', 'Georgia', 'India', 'Washington' ...); every sentence of it is then 'his' (another person's
# appointment dates his).
# L2: closed in session 19 (fs19 / the lead)
def test_a_country_named_like_the_persons_first_name_is_not_his_page() -> None:
    sentence = "Israel Katz became defence minister in November 2024."
    claim = clause_claim(
        "became defence minister in November 2024", "Israel Katz", "became", sentence, kind="date",
        value="2024-11", time="November 2024",
    ).model_copy(update={"span": (12, 52)})  # fmt: skip
    country = page("Israel", "Israel is a country in West Asia. In November 2024, Gideon Saar became defence minister.")
    assert verdict(claim, [country], dt.date(2025, 1, 10)).verdict != Verdict.SUPPORTED


# L2b (main a49cd7f; still open with s19-fs19 3f1f7d2 merged): `find_person` takes the country 'Israel' in a sentence
# for Israel Katz, so another person's page dates his appointment ('he became defence minister of Israel').
# L2b: closed in session 19 (the lead: a country's name alone names no person)
def test_a_country_named_like_the_persons_first_name_does_not_name_him_in_a_sentence() -> None:
    sentence = "Israel Katz became defence minister in November 2024."
    claim = clause_claim(
        "became defence minister in November 2024", "Israel Katz", "became", sentence, kind="date",
        value="2024-11", time="November 2024",
    ).model_copy(update={"span": (12, 52)})  # fmt: skip
    other = page(
        "Gideon Saar",
        "Gideon Saar (born 1955) is an Israeli politician. In November 2024, he became defence minister of Israel.",
    )
    assert verdict(claim, [other], dt.date(2025, 1, 10)).verdict != Verdict.SUPPORTED


# B7 (s19-recall19 7929757 and 5eebf4a, date judge `term_end_findings`): the post an adjective names before 'term'
# ('presidential', 'mayoral', 'party') is not read (`_own_post` reads only the claim's words, 'ended on ...'), so the
# end of an office the claim does not name (the health ministry, 1 March 2024) refutes it: a false "contradicted".
@pytest.mark.parametrize("adjective", ["presidential", "mayoral", "party"])
def test_a_named_terms_end_is_not_refuted_by_another_offices_end(adjective: str) -> None:
    sentence = f"Tove Brandt's {adjective} term ended on 30 November 2023."
    claim = _claim("ended on 30 November 2023", sentence, "date", "ended", value="2023-11-30", time="30 November 2023")
    rows = [("office", "Minister of Health"), ("term_start", "3 June 2019"), ("term_end", "1 March 2024")]
    assert verdict(claim, [boxed("Tove Brandt", LEAD, rows)], AS_OF).verdict != Verdict.CONTRADICTED
