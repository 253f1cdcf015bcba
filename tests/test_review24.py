"""Findings of review24 (session 24). B-items: plain tests that pass on main and fail on the branch named (merging it
without a fix turns them red). R-items are strict xfails for what is open, to merge with their fix. Invented people,
countries and pages (`tests/support/judging.py`), or generic wording for extraction; each claim is judged with the
fields extraction gives its words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page, verdict
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Claim, Document, Verdict

AS_OF = dt.date(2024, 1, 10)
SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def _open(reason: str) -> pytest.MarkDecorator:
    """An R-item's strict xfail: what is still open on main and on the branches reviewed."""
    return pytest.mark.xfail(strict=True, reason=reason)


def _judged(body: str, docs: list[Document], as_of: dt.date = AS_OF) -> dict[str, Verdict]:
    """Each claim extraction gives for `body`, judged against `docs` alone, by its words."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=as_of))
    return {c.text: verdict(c, docs, as_of).verdict for c in claims}


def _vos(lead: str, rows: list[tuple[str, str]]) -> Document:
    """Lena Vos's invented page: its lead and infobox rows, saved after every article's day."""
    return boxed("Lena Vos", f"Lena Vos (born 3 May 1960) is a Norbian {lead}.", rows, SAVED)


# R1 (main dd092f7, from s23-recall23 03411c0, verify/kinds/clause/judge.py `entry_findings`): the page's one sentence
# with an entry verb dates "the" entry into a school, so a second entry the same page tells with another verb ("she
# returned to Norby University in 1986 for a doctorate") leaves the article's true "enrolled at Norby University in
# 1986" CONTRADICTED by the first one (1978). A person may enter a school twice; a page sentence that puts the subject
# at the school in the claimed year should keep it open at least.
VOS_STUDIES = page(
    "Lena Vos",
    "Lena Vos (born 3 May 1960) is a Norbian economist. She entered Norby University in 1978 to study law. After six "
    "years as a teacher, she returned to Norby University in 1986 for a doctorate in economics, which she completed "
    "in 1990.",
    SAVED,
)


@_open("R1 open: a second entry into the same school, told by the page with another verb, is contradicted")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos enrolled at Norby University in 1986 for a doctorate in economics.", id="enrolled"),
        pytest.param("Vos was admitted to Norby University in 1986 for doctoral studies.", id="admitted"),
    ],
)
def test_r1_a_second_entry_into_a_school_is_not_refuted_by_the_first(body: str) -> None:
    found = _judged(body, [VOS_STUDIES])
    assert any("1986" in text for text in found), found
    assert Verdict.CONTRADICTED not in found.values(), found


# B1 (s24-fs24 3f7fbf8, verify/kinds/clause/judge.py `_office_terms` calling offices.said_in_full): of the offices a
# claimed post may be, only those whose every specific word the claim says are kept, so a post named short ("finance
# minister") loses the long title it stands for ("Minister of Finance and Economic Planning", 2010-2014) whenever the
# page also lists a shorter one ("Minister of Finance", 2016-2019): the true "was finance minister from 2010 to 2014"
# is CONTRADICTED ("gives the terms of Minister of Finance as 5 July 2016 - 1 August 2019, none from 2010"). Main:
# supported. The filter should settle which office a claim names only where the claim's words name another body's
# post (a word the claim says that is not the kept office's), not drop an office for words the claim merely leaves out.
VOS_TWO_FINANCE_POSTS = _vos(
    "politician",
    [
        ("office", "Minister of Finance and Economic Planning"),
        ("term_start", "3 May 2010"),
        ("term_end", "2 June 2014"),
        ("office2", "Minister of Finance"),
        ("term_start2", "5 July 2016"),
        ("term_end2", "1 August 2019"),
    ],
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos was finance minister from 2010 to 2014.", id="finance-minister"),
        pytest.param("Lena Vos served as minister of finance from 2010 to 2014.", id="minister-of-finance"),
    ],
)
def test_b1_a_post_named_short_keeps_the_long_title_it_stands_for(body: str) -> None:
    found = {text: seen for text, seen in _judged(body, [VOS_TWO_FINANCE_POSTS]).items() if "2010" in text}
    assert found, "no claim of the spell"
    assert Verdict.CONTRADICTED not in found.values(), found
    assert Verdict.SUPPORTED in found.values(), found


# B2 (s24-fs24 9404738, verify/kinds/date/judge.py `_stopgap_starts`): the start of ANY acting spell of the office is
# offered as the office's start, whether or not the spell ran into the term (`offices.stopgap_begun`, the clause
# judge's, checks that; the date judge's does not). A three-month acting spell in 2015, then six years as deputy,
# then governor from 2022: "has been governor since 3 March 2015", "has led the bank since 3 March 2015" and "has been
# in office since 3 March 2015" are SUPPORTED on the branch. FALSE SUPPORTED; main: contradicted (the term began
# 1 March 2022). A "since" claim tells one unbroken spell: only an acting spell that runs into the term may start it.
VOS_ACTING_LONG_BEFORE = _vos(
    "economist",
    [
        ("office", "Governor of the Norby Reserve Bank"),
        ("term_start", "1 March 2022"),
        ("predecessor", "Tomas Vidal"),
        ("office2", "Acting Governor of the Norby Reserve Bank"),
        ("term_start2", "3 March 2015"),
        ("term_end2", "1 June 2015"),
        ("office3", "Deputy Governor of the Norby Reserve Bank"),
        ("term_start3", "1 January 2012"),
        ("term_end3", "28 February 2022"),
    ],
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos has been governor of the Norby Reserve Bank since 3 March 2015.", id="governor-since"),
        pytest.param("Lena Vos has led the Norby Reserve Bank since 3 March 2015.", id="led-since"),
        pytest.param(
            "Lena Vos, the governor of the Norby Reserve Bank, has been in office since 3 March 2015.", id="in-office"
        ),
    ],
)
def test_b2_an_acting_spell_years_before_the_term_does_not_start_it(body: str) -> None:
    found = {text: seen for text, seen in _judged(body, [VOS_ACTING_LONG_BEFORE]).items() if "2015" in text}
    assert found, "no claim of the day"
    assert Verdict.SUPPORTED not in found.values(), found


def _story_claims(body: str) -> list[Claim]:
    """The claims extraction gives for `body` as a story's one paragraph (no date)."""
    return extract_claims(article_from_text(f"Story\n\n{body}\n"))


def _durations(body: str) -> list[tuple[str, str | None]]:
    """The (subject, value) of each length extraction gives for `body`."""
    return [(c.subject, c.value) for c in _story_claims(body) if c.kind == "duration"]


# B3 (s24-ext24 b938392, verify/kinds/duration/lengths.py `_state_aside`): the name a state's length is given to is the
# word right before the aside's comma, so in "the captain of Norby United, on the pitch for only four minutes, scored"
# the four minutes are Norby United's (the club's, not its captain's) and in "the coast of Velmor, silent for two
# centuries," the two centuries the country's. WRONG SUBJECT, a new extra; main gives no length. The noun the aside
# is set beside is the head of the phrase before the comma (captain, coast), not the last word of its 'of' phrase.
@pytest.mark.parametrize(
    ("body", "not_its"),
    [
        pytest.param(
            "In the 80th minute the captain of Norby United, on the pitch for only four minutes, scored the winner.",
            "Norby United",
            id="captain-of-a-club",
        ),
        pytest.param(
            "The harbour closed as the coast of Velmor, silent for two centuries, began to shake.",
            "Velmor",
            id="coast-of-a-country",
        ),
    ],
)
def test_b3_a_state_set_beside_a_phrase_is_not_its_of_names(body: str, not_its: str) -> None:
    assert not [found for found in _durations(body) if found[0] == not_its]


# B4 (s24-ext24 b112b93, verify/nlp/headline_verbs.py `_verb_taken_for_noun`): any lower-case plural noun after a
# common noun in a verbless line's opening phrase, before a preposition, is made a verb, so a timeline line or caption
# that is a noun phrase ("June 6 - The rescue workers at the site of the collapse.") gives a date claim whose subject is
# "rescue" and whose event is "workers"; "factory workers on strike" the same. New extras with no real subject; main
# reads no claim. The shape cannot tell "capsule docks with" from "rescue workers at": the word must also be a verb.
# At 2e56824 the component takes capitalised subjects too, and photo captions ("Rescue workers at the site of the
# collapse in Halden on 3 May 2024.") give a date claim of subject "Rescue", event "workers".
@pytest.mark.parametrize(
    ("body", "not_a_subject"),
    [
        pytest.param("June 6 - The rescue workers at the site of the collapse.", "rescue", id="rescue-workers"),
        pytest.param("May 2024 - The factory workers on strike outside the plant.", "factory", id="factory-workers"),
        # s24-ext24 2e56824 widens it to capitalised subjects: a photo caption's opening noun is read as a subject
        pytest.param("Rescue workers at the site of the collapse in Halden on 3 May 2024.", "Rescue", id="caption"),
        pytest.param("Aid workers in Halden after the flood, 12 June 2024.", "Aid", id="caption-date-last"),
    ],
)
def test_b4_a_plural_noun_of_a_verbless_line_is_no_verb(body: str, not_a_subject: str) -> None:
    claims = _story_claims(body)
    assert not [(c.subject, c.relation, c.text) for c in claims if c.subject == not_a_subject]


# B5 (s24-recall24, seen in its working tree at 18:45 before commit; verify/kinds/clause/judge.py `_another_year_bound`
# with judging.toml clause.event_verbs 'elected', 'joined'): a one-off event's other year in a page sentence refutes
# the claim, but the events these verbs tell recur, and a page that says so with another word than a repeat keeps the
# claim true: "She was FIRST elected to the Senate of Norby in 2010" (a first implies a later one) against "was elected
# to the Senate of Norby in 2016"; "She joined the Norby Reserve Bank in 1985 ... came back to the bank in 1996"
# against "joined the Norby Reserve Bank in 1996". FALSE CONTRADICTED; main: unverified.
@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param(
            "Lena Vos was elected to the Senate of Norby in 2016.",
            "Lena Vos (born 3 May 1960) is a Norbian politician. She was first elected to the Senate of Norby in 2010. "
            "She has chaired the Senate's finance committee since 2019.",
            id="first-elected",
        ),
        pytest.param(
            "Lena Vos joined the Norby Reserve Bank in 1996.",
            "Lena Vos (born 3 May 1960) is a Norbian economist. She joined the Norby Reserve Bank in 1985 as a "
            "researcher. She left for the finance ministry in 1990 and came back to the bank in 1996.",
            id="joined-again",
        ),
        pytest.param(
            "Lena Vos became chief executive of Nordbank in 2019.",
            "Lena Vos (born 3 May 1960) is a Norbian executive. Vos became chief executive of Nordbank in 2012. She "
            "left the bank in 2014 but returned to the post in 2019.",
            id="became-again",
        ),
    ],
)
def test_b5_an_event_that_recurs_is_not_refuted_by_its_first_time(body: str, told: str) -> None:
    found = _judged(body, [page("Lena Vos", told, SAVED)])
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


# B6 (s24-recall24, seen in its working tree at 18:48 before commit; verify/kinds/date/judge.py
# `_event_dated_otherwise`): a page sentence wording the claim's verb once with one date refutes the claim whatever the
# verb takes: "She was sworn in as a member of parliament on 3 October 2008" refutes "Lena Vos, the new governor of
# the Norby Reserve Bank, was sworn in on 1 March 2022" (another oath, for another post, 14 years before). FALSE
# CONTRADICTED; main: unverified. A swearing-in, an appointment, an election recur: the page's sentence must tell the
# same event (its object, its post), not only the same verb.
@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param(
            "Lena Vos, the new governor of the Norby Reserve Bank, was sworn in on 1 March 2022.",
            "She was sworn in as a member of parliament on 3 October 2008.",
            id="apposition",
        ),
        pytest.param(
            "Lena Vos was sworn in on 1 March 2022.",
            "She was sworn in as a member of parliament on 3 October 2008.",
            id="plain",
        ),
        # still red at bcce6b6 (its fix reads a post only between the verb and the date)
        pytest.param(
            "Lena Vos, the new governor of the Norby Reserve Bank, was sworn in on 1 March 2022.",
            "She won a seat in parliament in September 2008 and was sworn in on 3 October 2008.",
            id="seat-named-before-the-verb",
        ),
        pytest.param(
            "Lena Vos, the new governor of the Norby Reserve Bank, was sworn in on 1 March 2022.",
            "After the 2008 election she was sworn in on 3 October 2008 as the member for Halden.",
            id="seat-named-after-the-date",
        ),
        pytest.param(
            "Lena Vos was appointed on 3 April 2019, the bank said.",
            "She was appointed to the Supreme Court of Norby on 5 May 2012.",
            id="appointed-to-another-body",
        ),
    ],
)
def test_b6_an_oath_for_another_post_does_not_date_this_one(body: str, told: str) -> None:
    lead = "Lena Vos (born 3 May 1960) is a Norbian economist."
    found = _judged(body, [page("Lena Vos", f"{lead} {told}", SAVED)], dt.date(2022, 3, 2))
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


# B7 (s24-fs24 9a940ea, verify/kinds/role/judge.py `held_until`): a post followed by 'until' a day of the news ('the
# finance minister until March', 'until Tuesday', 'until 2024') turns the claim into one that the post was held at
# some time, and ANY ended term then supports it, whenever it ended: a minister whose term ended in March 2019 is
# SUPPORTED as "the finance minister until March" in an article of May 2024. FALSE SUPPORTED; main: contradicted (a
# past holder as current). The 'until' day must be the term's end (to its precision), as the commit message says.
STAM_LEFT_IN_2019 = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 May 1960) is a Norbian politician.",
    [
        ("office", "Minister of Finance of Norby"),
        ("term_start", "1 June 2015"),
        ("term_end", "20 March 2019"),
        ("office2", "Governor of the Norby Reserve Bank"),
        ("term_start2", "1 July 2019"),
    ],
    dt.datetime(2024, 6, 1, tzinfo=dt.UTC),
)


@pytest.mark.parametrize("until", ["March", "Tuesday", "2024"])
def test_b7_held_until_a_news_day_is_not_supported_by_a_term_ended_years_before(until: str) -> None:
    body = f"Ivo Stam, the finance minister until {until}, said on Monday that taxes would rise."
    found = _judged(body, [STAM_LEFT_IN_2019], dt.date(2024, 5, 10))
    roles = {text: seen for text, seen in found.items() if "finance minister" in text}
    assert roles, found
    assert Verdict.SUPPORTED not in roles.values(), roles


# B8 (s24-recall24 4bde08c, verify/kinds/clause/judge.py `_handed_over_otherwise`): the predecessor row of ANY office
# naming the same person dates the succession the claim tells, whatever post the claim names: a party leader who
# succeeded Tomas Vidal as Labour leader in June 2021 and as prime minister in March 2022 (the page lists only the
# premiership, as infoboxes often do) has the true "succeeded Tomas Vidal as leader of the Labour Party in June 2021"
# CONTRADICTED ("dates the handover to 1 March 2022"). FALSE CONTRADICTED; main: unverified. The row's office must be
# the post the claim names (or the claim must name none).
VOS_PREMIER = _vos(
    "politician",
    [("office", "Prime Minister of Norby"), ("term_start", "1 March 2022"), ("predecessor", "Tomas Vidal")],
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos succeeded Tomas Vidal as leader of the Labour Party in June 2021.", id="month"),
        pytest.param("Lena Vos succeeded Tomas Vidal as Labour leader on 10 June 2021.", id="day"),
        pytest.param("2021 - Vos succeeds Vidal as leader of the Labour Party on 10 June.", id="timeline-line"),
    ],
)
def test_b8_a_succession_in_another_post_is_not_dated_by_the_premierships_row(body: str) -> None:
    found = _judged(body, [VOS_PREMIER])
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


# B9 (s24-ext24s d182d8e, verify/nlp/reference.py `named_in_its_clause`): "it" may not stand for a thing its clause
# names apart from it, and a name counts as named when ONE of its words is ("Norby" of "the Norby Reserve Bank",
# "Halden" of "Halden University"), so a body named after its place loses every "it" whose clause names the place:
# "It is the oldest central bank in Norby" and "It is the largest university in Halden, with 30,000 students" lose
# their subject (the clause claim dropped, the count given to "students"). Main: the bank's and the university's.
# A place word inside a body's name is not the body.
@pytest.mark.parametrize(
    ("body", "words", "subject"),
    [
        pytest.param(
            "The Norby Reserve Bank raised its main rate to 4 percent on Tuesday. It is the oldest central bank in "
            "Norby, founded in 1820.",
            "It is the oldest central bank",
            "Norby Reserve Bank",
            id="bank-in-its-country",
        ),
        pytest.param(
            "Halden University opened a new campus on Monday. It is the largest university in Halden, with 30,000 "
            "students.",
            "30,000 students",
            "Halden University",
            id="university-in-its-city",
        ),
    ],
)
def test_b9_a_place_word_of_a_bodys_name_does_not_stop_it_standing_for_the_body(
    body: str, words: str, subject: str
) -> None:
    claims = _story_claims(body)
    assert subject in {c.subject for c in claims if words in c.text}, [(c.subject, c.text) for c in claims]


# B4 continued (s24-ext24 5113d6a, verify/nlp/headline_verbs.py `_a_verb`): the fix takes a plural noun for a verb when
# the word less its -s is a verb the lemmatizer knows, and many plural nouns are (rate, result, talk, price, cut): a
# verbless line "June 6 - The interest rates at a glance." gives a date claim of subject "interest", event "rates";
# "May 2024 - The election results in Halden." a date and a clause whose event is "results"; "12 June 2024 - The trade
# talks with Vestria in Halden." a claim whose event is "talk(s)"; "Share prices in Halden on 3 May 2024." a date of
# "Share". New extras; main reads none of them. A noun phrase's own plural is no verb unless the line lacks a noun head.
@pytest.mark.parametrize(
    ("body", "plural"),
    [
        pytest.param("June 6 - The interest rates at a glance.", "rates", id="interest-rates"),
        pytest.param("May 2024 - The election results in Halden.", "results", id="election-results"),
        pytest.param("12 June 2024 - The trade talks with Vestria in Halden.", "talks", id="trade-talks"),
        pytest.param("Share prices in Halden on 3 May 2024.", "prices", id="share-prices"),
    ],
)
def test_b4_a_plural_noun_that_is_also_a_verb_is_no_verb_of_a_verbless_line(body: str, plural: str) -> None:
    claims = _story_claims(body)
    made = [(c.subject, c.relation, c.text) for c in claims if (c.relation or "") in {plural, plural[:-1]}]
    assert not made


# R2 (main dd092f7, verify/kinds/date/judge.py term starts of a succession): "succeeded Tomas Vidal as party leader in
# June 2021" is CONTRADICTED by the start of the one office whose predecessor row names Vidal, the premiership (1 March
# 2022), though "party leader" is no premiership: a bare post with no body of its own words ("party leader") is read as
# any office Vidal preceded her in. False contradicted on main and on the branches reviewed ("as leader of the Labour
# Party" is left unverified); B8's test keeps the clause judge's handover reading from doing the same.
@_open("R2 open: a succession as 'party leader' is dated by the premiership's row")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos succeeded Tomas Vidal as party leader in June 2021.", id="month"),
        pytest.param("Lena Vos succeeded Tomas Vidal as party leader on 10 June 2021.", id="day"),
    ],
)
def test_r2_a_succession_as_party_leader_is_not_dated_by_the_premierships_row(body: str) -> None:
    found = _judged(body, [VOS_PREMIER])
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


# R3 (main dd092f7, verify/kinds/clause/judge.py `sentence_findings` / `_words_hold` / `_holds` on a named object): a
# named object ("the Bank of Norland", "the Norland Labour Party", "the Supreme Court of Norland") is taken as stated
# by any sentence holding its words, scattered over a description of another body: "She joined Norland's largest
# commercial bank, Nordbank, in 1985" SUPPORTS "Lena Vos joined the Bank of Norland in 1985"; "After leaving Norland
# she joined the Labour Party of Vestria in 1990" SUPPORTS "joined the Norland Labour Party in 1990" (another
# country's party); "a court in Norland, having left the Supreme Court bar" the Supreme Court of Norland; "the ministry
# of trade, advising the finance minister" the Ministry of Finance; "the council of Halden County, near the city" the
# Halden City Council; "a technical university in Halden" the University of Halden. FALSE SUPPORTED on main and on
# s24-support24 5a4c990 (whose `_owner_form` reads "X of Y" and "Y's X" as one name). A proper name stated is its
# words together, as a name (in order, or its "Y's X" form), not each word somewhere in the sentence.
# Its rows are plain tests in tests/test_named_object_whole.py (s24-r3fix), the medal row a strict xfail there.
