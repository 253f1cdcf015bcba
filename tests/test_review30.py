"""Findings of review30 (session 30), as rows the desk would meet: a true sentence and, where it helps, its
one-fact-false twin, extracted from an invented article and judged against invented pages
(`tests/support/judging.py`) with the fields extraction gives its words. R-items are strict xfails for what is
open on main; a B-item (a regression found on a branch) is a plain test that passes on main. The list with its
status is /work/briefs30/review30-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, page
from tests.support.ruiz import RUIZ
from tests.test_review26 import AS_OF, SAVED, _judged, _never, _open  # the same reading of rows as review26's
from tests.test_review27 import PARTY, STAM, WORKS
from tests.test_review28 import _told
from tests.test_review29 import VOS
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Document, Verdict


def _each(body: str, docs: list[Document], kinds: tuple[str, ...], day: dt.date = AS_OF) -> list[tuple[str, Verdict]]:
    """Every claim of the kinds asked with its verdict, as a list: two claims with the same words (two role claims
    of one apposition) are both kept, where `_judged`'s mapping keeps the last."""
    return [(f"{c.kind}: {c.text}", v) for c, v in judged_body(body, docs, day) if c.kind in kinds]


# R1 (main 1226b6a, the clause judge's page sentence): a participle after the step ('representing Halden') is matched
# in the page sentence's other coordinated clause: 'Ana Ruiz was first elected to parliament in 2014, representing
# Halden.' is SUPPORTED by 'She was first elected to parliament in 2010, as a member for Tarsa, and has represented
# Halden since 2014.' (the bare '... first elected to parliament in 2014' is unverified), and '... in 2010,
# representing Halden' too: she was elected for Tarsa. The year and the seat are the other clause's.
@_open("R1 open: a participle after the step supported by the page sentence's other coordinated clause")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz was first elected to parliament in 2014, representing Halden.", id="year"),
        pytest.param("Ana Ruiz was first elected to parliament in 2010, representing Halden.", id="seat"),
    ],
)
def test_r1_a_participle_does_not_borrow_the_other_clause(body: str) -> None:
    found = [(text, v) for text, v in _each(body, [RUIZ], ("clause",)) if "representing Halden" in text]
    assert found, "no claim holds the participle"
    assert Verdict.SUPPORTED not in [v for _, v in found], found


# R1's coordinated verbs (main 1226b6a): the place of the page sentence's other verb is taken for the claim's:
# 'Ana Ruiz grew up in Tarsa.' is SUPPORTED by 'She was born in Tarsa and grew up in Halden.' Mended by s39-fsa39's
# mend of review38 R23 (a place between a verb and the one coordinated with it is the first verb's).
GREW_UP = page(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician. She was born in Tarsa and grew up in Halden.",
    SAVED,
)


def test_r1_a_place_of_the_other_verb_is_not_borrowed() -> None:
    _never(Verdict.SUPPORTED, "Ana Ruiz grew up in Tarsa.", [GREW_UP], ("clause",))


@pytest.mark.parametrize("body", ["Ana Ruiz grew up in Halden.", "Ana Ruiz was born in Tarsa."])
def test_r1_twin_the_place_of_its_own_verb_is_supported(body: str) -> None:
    found = _judged(body, [GREW_UP], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r1_twin_the_seat_she_was_elected_for_is_supported() -> None:
    found = _judged("Ana Ruiz was first elected to parliament in 2010, representing Tarsa.", [RUIZ], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R2 (main 1226b6a, extraction of a clause claim): the seat after 'as a member' is cut from the claim: 'Ana Ruiz was
# first elected to parliament in 2010, as a member for Halden.' gives the clause 'Ana Ruiz was first elected to
# parliament in 2010, as a member', SUPPORTED by her page's 'as a member for Tarsa'; 'as the member for Halden' the
# same. The seat goes unasked.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Ana Ruiz was first elected to parliament in 2010, as a member for Halden.",
            id="a-member",
            marks=pytest.mark.xfail(strict=True, reason="R2 open: the seat after 'as a member' unasked"),
        ),
        # mended in session 42 (by one of its merged branches)
        pytest.param("Ana Ruiz was first elected to parliament in 2010 as the member for Halden.", id="the-member"),
    ],
)
def test_r2_the_seat_after_as_a_member_is_asked(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ], ("clause",))


def test_r2_twin_the_election_year_alone_is_supported() -> None:
    found = _judged("Ana Ruiz was first elected to parliament in 2010.", [RUIZ], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R3 (main 1226b6a, the role claim of two coordinated titles of one name): 'Ana Ruiz, Norby's prime minister and a
# former finance minister, spoke.' gives one role claim whose office is 'prime minister and a former finance minister
# of Norby', CONTRADICTED by her prime minister's row; 'Ana Ruiz, prime minister and former finance minister, spoke.'
# gives the claim of 'prime minister' CONTRADICTED as 'no former holder' (the second title's 'former' lent to the
# first). Both sentences are true: she is prime minister and was finance minister until 2023.
# 'possessive' mended in session 44 (fixs44: review43 R8, a post with its own article read as another post)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, Norby's prime minister and a former finance minister, spoke.", id="possessive"),
        pytest.param(
            "Ana Ruiz, prime minister and former finance minister, spoke.",
            id="bare",
            marks=_open("R3 open: the second title's 'former' (no article) lent to the first, which it refutes"),
        ),
    ],
)
def test_r3_two_titles_of_one_name_are_each_read(body: str) -> None:
    found = _each(body, [RUIZ, STAM, VOS], ("role",))
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in [v for _, v in found], found


def test_r3_twin_a_former_title_held_today_is_refuted() -> None:
    found = _judged("Ana Ruiz, a former prime minister, spoke.", [RUIZ, STAM, VOS], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R4 (main 1226b6a, the role claim of a step): a year with a part-of-year word after the title ('in late 2022', 'in
# the summer of 2022', 'in mid-2022') is read by no claim: 'Ana Ruiz became prime minister in late 2022.' gives the
# role claim 'Ana Ruiz became prime minister', SUPPORTED (she was sworn in on 14 February 2023), the clause claim
# unverified. The bare year ('in 2022') leaves the role claim unverified and refutes the clause. Not review29 R4's year
# fronted before the subject.
# Mended by s36-fsa36 (the role judge's `_part_of_a_year`, with review35 R17).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz became prime minister in late 2022.", id="late"),
        pytest.param("Ana Ruiz became prime minister in the summer of 2022.", id="summer-of"),
        pytest.param("Ana Ruiz became prime minister in mid-2022.", id="mid"),
        pytest.param("Ana Ruiz became finance minister in late 2020.", id="finance"),
    ],
)
def test_r4_a_part_of_a_year_dates_the_step(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM], ("role", "clause"))


def test_r4_twin_the_part_of_the_right_year_is_supported() -> None:
    found = _judged("Ana Ruiz became finance minister in early 2022.", [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R5 (main 1226b6a, the quantity claim of a change): the earlier figure after 'up from' is judged as the count now:
# 'The Norby Party won 61 seats in 2023, up from 52.' gives the quantity claim 'from 52', CONTRADICTED by the page's
# 61 seats of 2023; 52 is its 2019 count, and the sentence is true. ('down from 52' the same.)
def test_r5_the_figure_it_rose_from_is_not_the_count_now() -> None:
    _never(Verdict.CONTRADICTED, "The Norby Party won 61 seats in 2023, up from 52.", [PARTY], ("quantity",))


def test_r5_twin_the_count_now_is_supported() -> None:
    found = _judged("The Norby Party won 61 seats in 2023, up from 52.", [PARTY], ("quantity",))
    assert found["quantity: 61 seats"] == Verdict.SUPPORTED, found


# R6 (main 1226b6a, the quantity claim's year): the year told of the earlier figure is lent to the later one: 'The
# Norby Party won 61 seats, up from 52 in 2019.' gives '61 seats' CONTRADICTED by the page's 52 of 2019, and 'Norby
# Steelworks produced 2.1 million tonnes of steel in 2023, up from 1.8 million tonnes in 2022.' (or 'compared with',
# 'and') gives '2.1 million tonnes' CONTRADICTED by the page's figure of 2022; alone, '... 2.1 million tonnes of steel
# in 2023.' is unverified. Real news gives a figure and the one it moved from in one sentence.
@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param("The Norby Party won 61 seats, up from 52 in 2019.", [PARTY], id="seats"),
        pytest.param(
            "Norby Steelworks produced 2.1 million tonnes of steel in 2023, up from 1.8 million tonnes in 2022.",
            [WORKS],
            id="up-from",
        ),
        pytest.param(
            "Norby Steelworks produced 2.1 million tonnes of steel in 2023 and 1.8 million tonnes in 2022.",
            [WORKS],
            id="and",
        ),
    ],
)
def test_r6_a_figure_is_not_judged_in_the_other_figures_year(body: str, docs: list) -> None:
    _never(Verdict.CONTRADICTED, body, docs, ("quantity",))


def test_r6_twin_the_other_years_figure_is_supported() -> None:
    body = "Norby Steelworks produced 2.1 million tonnes of steel in 2023, up from 1.8 million tonnes in 2022."
    found = _judged(body, [WORKS], ("quantity",))
    assert found["quantity: 1.8 million tonnes"] == Verdict.SUPPORTED, found


def test_r6_twin_a_wrong_figure_of_the_pages_year_is_refuted() -> None:
    found = _judged("Norby Steelworks produced 2.1 million tonnes of steel in 2022.", [WORKS], ("quantity",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R7 (main 1226b6a, the clause judge's page sentence): a deed the page gives only inside someone's claim or denial, or
# under a modal, is taken as done: 'Ana Ruiz won the 2019 election.' is SUPPORTED by 'She denied that she won the 2019
# election.', 'She falsely claimed that she had won the 2019 election.', 'She refused to concede, insisting she had won
# the 2019 election.' and 'She could have won the 2019 election.'; 'Jon Dahl was arrested in 2021.' by 'In 2021
# rumours that he was arrested were denied.' The article side reads nonfactual.toml's cues (a claim verb, a modal);
# the page side read only its negation verbs ('failed to', session 29). Not review29 R12 ('offered to buy'): the deed
# here is a finite clause under the claim. Fixed on s31-fs31: the clause judge reads the page's deed off the parse
# (`_told_as_undone`: a verb of denying or claiming above it, a modal's perfect, a noun of expectation).
@pytest.mark.parametrize(
    ("body", "sentence", "who"),
    [
        pytest.param(
            "Ana Ruiz won the 2019 election.", "She denied that she won the 2019 election.", None, id="denied"
        ),
        pytest.param(
            "Ana Ruiz won the 2019 election.",
            "She falsely claimed that she had won the 2019 election.",
            None,
            id="falsely-claimed",
        ),
        pytest.param(
            "Ana Ruiz won the 2019 election.",
            "She refused to concede, insisting she had won the 2019 election.",
            None,
            id="insisting",
        ),
        pytest.param("Ana Ruiz won the 2019 election.", "She could have won the 2019 election.", None, id="could-have"),
        pytest.param(
            "Ana Ruiz won the Norby Prize in 2020.",
            "In 2020 she was among the favourites to win the Norby Prize.",
            None,
            id="favourite",
        ),
        pytest.param(
            "Jon Dahl was arrested in 2021.",
            "In 2021 rumours that he was arrested were denied.",
            "Jon Dahl (born 1970) is a Norbian businessman.",
            id="rumours-denied",
        ),
    ],
)
def test_r7_a_claimed_or_denied_deed_is_not_done(body: str, sentence: str, who: str | None) -> None:
    doc = _told(sentence, who) if who else _told(sentence)
    _never(Verdict.SUPPORTED, body, [doc], ("clause",))


def test_r7_twin_the_deed_told_as_done_is_supported() -> None:
    found = _judged("Ana Ruiz won the 2019 election.", [_told("She won the 2019 election.")], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R7's true twins (fs31): the page-side reading stops at what the parse sets above the deed, so a deed told as done
# under a verb that frames nothing ('went on to'), a narrative 'would' without 'have', a noun that expects nothing
# ('the first woman to win') or beside a claim it is coordinated with keeps its support.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param("Ana Ruiz won the 2019 election.", "She went on to win the 2019 election.", id="went-on-to"),
        pytest.param("Ana Ruiz won the 2019 election.", "She would later win the 2019 election.", id="would-later"),
        pytest.param(
            "Ana Ruiz won the Norby Prize in 2020.",
            "In 2020 she became the first woman to win the Norby Prize.",
            id="first-woman-to",
        ),
        pytest.param(
            "Ana Ruiz won the 2019 election.",
            "She claimed that the vote was rigged, but she won the 2019 election.",
            id="claimed-beside",
        ),
    ],
)
def test_r7_twin_a_deed_told_as_done_beside_other_words_is_supported(body: str, sentence: str) -> None:
    found = _judged(body, [_told(sentence)], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R8 (main 1226b6a, the role claim of a past title after the name): 'then' or 'at the time' makes the title the
# sentence's, yet any past holding supports it: 'Ana Ruiz, then finance minister, presented the budget in 2019.' (she
# was finance minister from 2022 to 2023) and 'In 2019 Lena Vos, then prime minister, visited Korvik.' (prime minister
# 2005-2015) are SUPPORTED, and 'Lena Vos, who was prime minister at the time, visited Korvik in 2019.' too. review27
# R1 (fixed in session 28) bound 'then-<title>' before the name to its sentence; the apposition after it is not.
# Fixed on s31-fs31: ', then <title>' and 'at the time' are read like 'then-' (role judge `_held_then`), and an
# infobox row's term years count as the passage's span.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, then finance minister, presented the budget in 2019.", id="then-after"),
        pytest.param("In 2019 Lena Vos, then prime minister, visited Korvik.", id="then-fronted-year"),
        pytest.param("Lena Vos, who was prime minister at the time, visited Korvik in 2019.", id="at-the-time"),
    ],
)
def test_r8_a_then_title_is_of_its_sentences_year(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM, VOS], ("role",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, then finance minister, presented the budget in 2022.", id="then-after"),
        pytest.param("Lena Vos, who was prime minister at the time, visited Korvik in 2010.", id="at-the-time"),
    ],
)
def test_r8_twin_a_then_title_of_its_year_is_supported(body: str) -> None:
    found = _judged(body, [RUIZ, STAM, VOS], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R9 (main 1226b6a, extraction of a role claim): 'at the time' after an apposed title is cut from the claim, which is
# then judged as held today: 'Ivo Stam, prime minister at the time, visited Korvik in 2019.' gives the role claim
# 'Ivo Stam, prime minister', CONTRADICTED by his term's end in 2023; he was prime minister in 2019, and the words say
# so. Kin to review26 R6 (a title before a name in a dated sentence).
def test_r9_at_the_time_marks_a_past_holding() -> None:
    _never(
        Verdict.CONTRADICTED, "Ivo Stam, prime minister at the time, visited Korvik in 2019.", [RUIZ, STAM], ("role",)
    )


def test_r9_twin_then_marks_the_same_past_holding() -> None:
    found = _judged("In 2019 Ivo Stam, then prime minister, visited Korvik.", [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R10 (main 1226b6a, the quote judge's denial): a fragment inside a longer quotation that reverses it with 'anything
# but' or 'far from' is SUPPORTED as said: 'Ana Ruiz called the plan "a success".' by 'In 2023 she called the plan
# "anything but a success".', and 'Ana Ruiz said the plan was "a success".' by '... said the plan was "far from a
# success".' These words are in no denial list (review29 R10 is a 'not' further back than three words).
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            'Ana Ruiz called the plan "a success".',
            'In 2023 she called the plan "anything but a success".',
            id="anything-but",
        ),
        pytest.param(
            'Ana Ruiz said the plan was "a success".',
            'In 2023 she said the plan was "far from a success".',
            id="far-from",
        ),
    ],
)
def test_r10_a_reversed_fragment_is_not_supported_as_said(body: str, sentence: str) -> None:
    _never(Verdict.SUPPORTED, body, [_told(sentence)], ("quote",), dt.date(2024, 6, 1))


def test_r10_twin_the_fragment_as_said_is_supported() -> None:
    said = _told('In 2023 she called the plan "a success".')
    found = _judged('Ana Ruiz called the plan "a success".', [said], ("quote",), dt.date(2024, 6, 1))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def _quake(sentence: str) -> Document:
    """An invented page of an earthquake: its day, then `sentence` of its toll."""
    return page("2023 Korvik earthquake", f"The 2023 Korvik earthquake struck Norby on 3 May 2023. {sentence}", SAVED)


# R11 (main 1226b6a, the quantity judge's count of people): what happened to the people counted is not asked. On a
# page 'It killed 34 people and injured 120 people.', 'The 2023 Korvik earthquake injured 34 people.' is SUPPORTED;
# 'killed 5,000 people' is SUPPORTED by 'left 5,000 people homeless'; and the true 'The 2023 Korvik earthquake injured
# 120 people.' is CONTRADICTED by 'It killed 34 people and injured 120 others.' (and by '... and injured 120.'), where
# the bare or 'others' figure is read as no count of people and the dead are the only count left. A toll is the
# commonest count of disaster copy.
@pytest.mark.parametrize(
    ("outcome", "body", "sentence"),
    [
        pytest.param(
            Verdict.SUPPORTED,
            "The 2023 Korvik earthquake injured 34 people.",
            "It killed 34 people and injured 120 people.",
            id="hurt-for-dead",
        ),
        pytest.param(
            Verdict.SUPPORTED,
            "The 2023 Korvik earthquake killed 5,000 people.",
            "It killed 34 people and left 5,000 people homeless.",
            id="dead-for-homeless",
        ),
        pytest.param(
            Verdict.SUPPORTED,
            "The 2023 Korvik earthquake killed more than 100 people.",
            "It killed 34 people and injured 120 people.",
            id="bound-by-the-hurt",
            marks=_open("R11 open: a count of the dead, the hurt and the homeless judged as one count of people"),
        ),
        pytest.param(
            Verdict.CONTRADICTED,
            "The 2023 Korvik earthquake injured 120 people.",
            "It killed 34 people and injured 120 others.",
            id="others",
        ),
        pytest.param(
            Verdict.CONTRADICTED,
            "The 2023 Korvik earthquake left 120 people injured.",
            "It killed 34 people and injured 120.",
            id="bare-figure",
        ),
    ],
)
def test_r11_a_toll_is_asked_what_it_counts(outcome: Verdict, body: str, sentence: str) -> None:
    _never(outcome, body, [_quake(sentence)], ("quantity",))


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            "The 2023 Korvik earthquake injured 120 people.",
            "It killed 34 people and injured 120 people.",
            id="hurt",
        ),
        pytest.param(
            "The 2023 Korvik earthquake killed 34 people.", "It killed 34 people and injured 120 people.", id="dead"
        ),
    ],
)
def test_r11_twin_each_count_of_its_own_harm_is_supported(body: str, sentence: str) -> None:
    found = _judged(body, [_quake(sentence)], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def _holder(name: str, office: str, start: str) -> Document:
    """An invented page of `name` holding `office` since `start` (a day), told in the lead and in the infobox."""
    lead = f"{name} (born 1964) is a politician serving as {office} since {start[-4:]}."
    return boxed(name, lead, [("office", office), ("term_start", start)], SAVED)


# R12 (main 1226b6a, the role judge's office): a place the lexicon does not know before 'premier' is read as part of
# another office, and the row refutes it: 'Ontario Premier Jon Dahl spoke.' is CONTRADICTED by his row 'Premier of
# Ontario' (the lower-case 'Ontario premier' reads 'premier of Ontario' and is supported); 'Bavarian premier Jon Dahl'
# by 'Minister-President of Bavaria'; 'Norbian premier Ana Ruiz' by 'Prime Minister of Norby' (while 'Norbian prime
# minister Ana Ruiz' is supported). A region's premier is news's commonest sub-national title.
# Ontario and Norbian mended by the forty-third session's place-first reading (review43 R14); Bavarian still open.
@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param(
            "Ontario Premier Jon Dahl spoke.", [_holder("Jon Dahl", "Premier of Ontario", "29 June 2018")], id="ontario"
        ),
        pytest.param(
            "Bavarian premier Jon Dahl spoke.",
            [_holder("Jon Dahl", "Minister-President of Bavaria", "16 March 2018")],
            id="bavarian",
            marks=_open("R12 open: 'Bavarian premier' refuted by the holder's own 'Minister-President of Bavaria'"),
        ),
        pytest.param("Norbian premier Ana Ruiz spoke.", [RUIZ, STAM], id="norbian"),
    ],
)
def test_r12_a_regions_premier_is_not_refuted_by_its_own_office(body: str, docs: list[Document]) -> None:
    _never(Verdict.CONTRADICTED, body, docs, ("role",))


def test_r12_twin_the_lower_case_regions_premier_is_supported() -> None:
    found = _judged("Ontario premier Jon Dahl spoke.", [_holder("Jon Dahl", "Premier of Ontario", "29 June 2018")])
    assert found["role: Ontario premier Jon Dahl"] == Verdict.SUPPORTED, found


# Guard (review30 B1 on s30-fs30 bc63455, review29 R1's doer and done-to read off the parse): the page sentence's
# FIRST verb of the claim's stem is asked who did it to whom, so a sentence that tells a swapped deed of the same verb
# before the claim's own loses its support: each true claim below is SUPPORTED on main and UNVERIFIED on the branch.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            "Ana Ruiz succeeded Ivo Stam as prime minister in 2023.",
            "Having been succeeded by Jon Dahl as finance minister, she succeeded Ivo Stam as prime minister in 2023.",
            id="fronted-participle",
        ),
        pytest.param(
            "Ana Ruiz defeated Ivo Stam in the 2019 election.",
            "In the 2019 election Ivo Stam, who had defeated her in 2015, was defeated by her.",
            id="relative-clause",
        ),
    ],
)
def test_b1_a_swapped_deed_before_the_claims_keeps_the_support(body: str, sentence: str) -> None:
    found = _judged(body, [_told(sentence)], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# NATO's invented lead: its membership in one figure.
ALLIANCE = page("NATO", "NATO is a military alliance of 32 member states in Europe and North America.", SAVED)


# R13 (main 1226b6a, the quantity judge's count of members): some of an organisation's members counted before its
# name are judged as its whole membership: 'Twelve NATO member states backed the plan.', '12 NATO members signed the
# letter.', 'Ministers from 12 NATO member states met in Oslo.' and 'Only 23 NATO member states meet the spending
# target.' are CONTRADICTED by 'a military alliance of 32 member states'. `a_part` reads 'only 23 of NATO's 32
# members' (a figure before 'of'), not a figure before the owner's name; only 'all' or the owner's own count ('NATO
# has', "NATO's 32") makes the figure the whole.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Twelve NATO member states backed the plan.", id="backed"),
        pytest.param("12 NATO members signed the letter.", id="signed"),
        pytest.param("Ministers from 12 NATO member states met in Oslo.", id="ministers-from"),
        pytest.param("Only 23 NATO member states meet the spending target.", id="only"),
    ],
)
def test_r13_some_members_are_not_the_membership(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [ALLIANCE], ("quantity",))


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        pytest.param("All 32 NATO member states met in Oslo.", Verdict.SUPPORTED, id="all-32"),
        pytest.param("All 30 NATO member states met in Oslo.", Verdict.CONTRADICTED, id="all-30"),
    ],
)
def test_r13_twin_all_the_members_are_the_membership(body: str, outcome: Verdict) -> None:
    found = _judged(body, [ALLIANCE], ("quantity",))
    assert set(found.values()) == {outcome}, found


# R14 (main 1226b6a, the clause judge's value): the count of a repeated step is read by one of the two clause claims
# of its words only: 'Ana Ruiz was elected mayor of Korvik for a third time in 2023.' gives '... for a third time'
# CONTRADICTED and '... for a third time in 2023' SUPPORTED by 'In 2023 she was elected mayor of Korvik for a second
# time.'
@_open("R14 open: 'for a third time in 2023' supported by the page's 'for a second time'")
@pytest.mark.parametrize("verb", ["elected", "re-elected"])
def test_r14_a_third_time_is_not_a_second(verb: str) -> None:
    said = _told(f"In 2023 she was {verb} mayor of Korvik for a second time.")
    _never(Verdict.SUPPORTED, f"Ana Ruiz was {verb} mayor of Korvik for a third time in 2023.", [said], ("clause",))


def test_r14_twin_the_second_time_is_supported() -> None:
    said = _told("In 2023 she was elected mayor of Korvik for a second time.")
    found = _judged("Ana Ruiz was elected mayor of Korvik for a second time in 2023.", [said], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R15 (main 1226b6a, the clause judge's value): how a vote was won or lost is not asked: 'Ana Ruiz narrowly won the
# 2023 election.' is SUPPORTED by 'She won the 2023 election by a landslide.', 'Ana Ruiz won the election by a
# landslide in 2023.' by 'In 2023 she narrowly won the election.', 'Ana Ruiz narrowly lost the 2019 election.' by 'She
# lost the 2019 election by a landslide.'
@_open("R15 open: a narrow win supported by a landslide, and the other way round")
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            "Ana Ruiz narrowly won the 2023 election.", "She won the 2023 election by a landslide.", id="narrowly-won"
        ),
        pytest.param(
            "Ana Ruiz won the election by a landslide in 2023.",
            "In 2023 she narrowly won the election.",
            id="landslide",
        ),
        pytest.param(
            "Ana Ruiz narrowly lost the 2019 election.",
            "She lost the 2019 election by a landslide.",
            id="narrowly-lost",
        ),
    ],
)
def test_r15_a_narrow_win_is_not_a_landslide(body: str, sentence: str) -> None:
    _never(Verdict.SUPPORTED, body, [_told(sentence)], ("clause",))


def test_r15_twin_the_landslide_told_is_supported() -> None:
    said = _told("In 2023 she won the election by a landslide.")
    found = _judged("Ana Ruiz won the election by a landslide in 2023.", [said], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B2 (review30, s30-ext30 553d3d3, review29 R15's population with its scale): the scale is kept before a full stop
# ('a population of 2.5 million.') but dropped before a comma, the commonest place for a population: 'Norby, with a
# population of 5.4 million, held elections in 2023.' gives 'population of 5.4' (the number 5.4) on the branch and
# 'population of 5' on main.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Norby, with a population of 5.4 million, held elections in 2023.", id="apposition"),
        pytest.param("Norby has a population of 5.4 million, up from 4.8 million in 2000.", id="up-from"),
    ],
)
def test_b2_a_population_before_a_comma_keeps_its_scale(body: str) -> None:
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    found = [(c.text, c.number) for c in claims if c.kind == "quantity" and c.text.startswith("population of")]
    assert found, [c.text for c in claims]
    assert all(number == 5_400_000 for _, number in found), found  # ('from 4.8 million' is the earlier figure's)


# R16 (main 1226b6a, the clause judge's value): an age by decade is read by nothing: 'Jon Dahl, in his 50s, founded
# Korvik Bank in 1995.' gives the clause 'Jon Dahl, in his 50s, founded Korvik Bank', SUPPORTED by 'In 1995 he founded
# Korvik Bank.' on the page of a man born in 1970 (he was 25).
FOUNDER = _told("In 1995 he founded Korvik Bank.", "Jon Dahl (born 1970) is a Norbian businessman.")


@_open("R16 open: 'in his 50s' supported with the deed of a man of 25")
def test_r16_an_age_by_decade_is_asked() -> None:
    _never(Verdict.SUPPORTED, "Jon Dahl, in his 50s, founded Korvik Bank in 1995.", [FOUNDER], ("clause",))


def test_r16_twin_the_deed_without_the_age_is_supported() -> None:
    found = _judged("Jon Dahl founded Korvik Bank in 1995.", [FOUNDER], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R17 (main 1226b6a, the clause judge's page sentence): a deed the page gives as avoided, escaped or only bid for is
# taken as done: 'Jon Dahl was arrested in 2021.' is SUPPORTED by 'In 2021 he avoided being arrested.', '... narrowly
# escaped being arrested.', '... fled the country to avoid being arrested.'; 'Ana Ruiz was re-elected in 2019.' by
# 'She lost her bid to be re-elected in 2019.' and 'She stood down rather than be re-elected in 2019.' The page-side
# reader of review29 R12 ('offered to buy') reads no gerund after 'avoid' or 'escape', no 'bid to', no 'rather than'.
# Fixed on s31-fs31 but for 'lost her bid' (still open): 'avoid', 'escape', 'evade' join nonfactual.toml's negation
# verbs and 'than' coordinates the alternative set aside, read by `negation.denial` on the page's parse.
@pytest.mark.parametrize(
    ("body", "sentence", "who"),
    [
        pytest.param(
            "Jon Dahl was arrested in 2021.",
            "In 2021 he avoided being arrested.",
            "Jon Dahl (born 1970) is a Norbian businessman.",
            id="avoided",
        ),
        pytest.param(
            "Jon Dahl was arrested in 2021.",
            "In 2021 he narrowly escaped being arrested.",
            "Jon Dahl (born 1970) is a Norbian businessman.",
            id="escaped",
        ),
        pytest.param(
            "Jon Dahl was arrested in 2021.",
            "In 2021 he fled the country to avoid being arrested.",
            "Jon Dahl (born 1970) is a Norbian businessman.",
            id="to-avoid",
        ),
        pytest.param(
            "Ana Ruiz was re-elected in 2019.",
            "She lost her bid to be re-elected in 2019.",
            None,
            id="lost-her-bid",
        ),
        pytest.param(
            "Ana Ruiz was re-elected in 2019.",
            "She stood down rather than be re-elected in 2019.",
            None,
            id="rather-than",
        ),
    ],
)
def test_r17_an_avoided_deed_is_not_done(body: str, sentence: str, who: str | None) -> None:
    doc = _told(sentence, who) if who else _told(sentence)
    _never(Verdict.SUPPORTED, body, [doc], ("clause",))


def test_r17_twin_the_deed_done_is_supported() -> None:
    doc = _told("In 2021 he was arrested.", "Jon Dahl (born 1970) is a Norbian businessman.")
    found = _judged("Jon Dahl was arrested in 2021.", [doc], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R17's true twins (fs31): the verb the page sets aside is only the one after 'rather than' or under 'avoided'; a
# deed coordinated by 'but', or one whose avoiding was of something else, is told as done.
@pytest.mark.parametrize(
    ("body", "sentence", "who"),
    [
        pytest.param(
            "Ana Ruiz was re-elected in 2019.", "She stood down in 2018 but was re-elected in 2019.", None, id="but"
        ),
        pytest.param(
            "Jon Dahl was arrested in 2021.",
            "He avoided the press for months and was arrested in 2021.",
            "Jon Dahl (born 1970) is a Norbian businessman.",
            id="avoided-something-else",
        ),
    ],
)
def test_r17_twin_a_deed_beside_an_avoided_one_is_supported(body: str, sentence: str, who: str | None) -> None:
    doc = _told(sentence, who) if who else _told(sentence)
    found = _judged(body, [doc], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R18 (main 1226b6a and s30-fs30 69b9c49, the role claim of a holding dated by a fronted year): 'In 2019, Ana Ruiz was
# finance minister.' (she was from 2022 to 2023), 'In 2010, Ivo Stam was prime minister.' (from 2015) and 'In 2019, Ana
# Ruiz served as finance minister.' give role claims SUPPORTED by any past holding: the year before the subject dates
# nothing. review29 R4's fix on s30-fs30 reads a fronted date only where the words take office ('became'). Fixed on
# s31-fs31: the same fronted date (`_START_FRONTED`) places a holding in the sentence's years as 'then-' does.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("In 2019, Ana Ruiz was finance minister.", id="was"),
        pytest.param("In 2010, Ivo Stam was prime minister.", id="his"),
        pytest.param("In 2019, Ana Ruiz served as finance minister.", id="served-as"),
    ],
)
def test_r18_a_fronted_year_dates_the_holding(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM], ("role",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("In 2021, Ana Ruiz was leader of the opposition.", id="was"),
        pytest.param("In 2023, Ivo Stam was prime minister.", id="last-year-of-the-term"),
        pytest.param("In 2023, Ana Ruiz was prime minister.", id="term-not-ended"),
    ],
)
def test_r18_twin_a_fronted_year_of_the_holding_is_supported(body: str) -> None:
    found = _judged(body, [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r18_twin_a_fronted_year_in_a_term_not_ended_is_supported() -> None:
    """The infobox row's term still open runs on to the article's day: its start alone dates the span (fs31)."""
    oda = boxed(
        "Tove Oda",
        "Tove Oda (born 1968) is a Norbian politician and the Minister of Finance of Norby.",
        [("office", "Minister of Finance"), ("term_start", "3 March 2019")],
        SAVED,
    )
    found = _judged("In 2021, Tove Oda was finance minister.", [oda], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R19 (main 1226b6a, the clause judge's value): the page's earlier figure supports the claim's later one: 'Norby's
# unemployment rate rose to 4.1% in 2023.' is SUPPORTED by 'In 2023 the unemployment rate rose to 5.2%, from 4.1% in
# 2022.' The page side of R5 and R6: what a figure rose to and from, and the year of each, go unasked.
ECONOMY = page(
    "Economy of Norby",
    "The economy of Norby is a mixed economy. In 2023 the unemployment rate rose to 5.2%, from 4.1% in 2022.",
    SAVED,
)


def test_r19_the_figure_it_rose_from_is_not_the_one_it_rose_to() -> None:
    _never(Verdict.SUPPORTED, "Norby's unemployment rate rose to 4.1% in 2023.", [ECONOMY], ("clause",))


def test_r19_twin_the_figure_it_rose_to_is_supported() -> None:
    found = _judged("Norby's unemployment rate rose to 5.2% in 2023.", [ECONOMY], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R20 (main 1226b6a and s30-fs30 315013a, the clause judge's doer and done-to): a deed of the claim's verb told the
# claim's way in another year keeps a page sentence whose deed of the claim's year is swapped: 'Ana Ruiz defeated Ivo
# Stam in the 2019 election.' is SUPPORTED by 'In the 2019 election she was defeated by Ivo Stam, whom she had
# defeated in 2015.' Fixed on s31-fs31: a deed the parse dates to another year (`agency.years`) is no reading.
def test_r20_the_agreeing_deed_must_be_of_the_claims_year() -> None:
    said = _told("In the 2019 election she was defeated by Ivo Stam, whom she had defeated in 2015.")
    _never(Verdict.SUPPORTED, "Ana Ruiz defeated Ivo Stam in the 2019 election.", [said], ("clause",))


def test_r20_twin_the_deed_of_its_year_is_supported() -> None:
    said = _told("In the 2019 election she defeated Ivo Stam, who had defeated her in 2015.")
    found = _judged("Ana Ruiz defeated Ivo Stam in the 2019 election.", [said], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Guard (review30 B4 on s30-open30 1c95946, review29 R6's size of a whole): a hyphenated count of seats is read as the
# size of a body whatever the body: the party's own '61-seat caucus' is SUPPORTED on main and unverified on the
# branch, and a wrong '71-seat bloc' CONTRADICTED on main and unverified there.
@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        pytest.param("The Norby Party's 61-seat caucus met in 2023.", Verdict.SUPPORTED, id="caucus"),
        pytest.param("The Norby Party, with its 61-seat caucus, met in 2023.", Verdict.SUPPORTED, id="with-its"),
        pytest.param("The Norby Party won a 71-seat bloc in 2023.", Verdict.CONTRADICTED, id="wrong-bloc"),
    ],
)
def test_b4_the_subjects_own_hyphened_count_keeps_its_verdict(body: str, outcome: Verdict) -> None:
    found = _judged(body, [PARTY], ("quantity",))
    assert set(found.values()) == {outcome}, found


# R21 (main 1226b6a, the clause judge's page sentence): on a page 'It applied to join NATO in 2022 and joined in
# 2023.', 'Norby joined NATO in 2022.' is SUPPORTED (the infinitive after 'applied to' read as the deed) and the true
# 'Norby joined NATO in 2023.' CONTRADICTED (the elliptic 'joined in 2023', its object left out, not read as the same
# deed). An accession to an alliance is told exactly so.
ACCESSION = page(
    "Norby", "Norby is a country in northern Europe. It applied to join NATO in 2022 and joined in 2023.", SAVED
)


@_open("R21 open: 'applied to join NATO in 2022 and joined in 2023' supports joining in 2022, refutes 2023")
@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        pytest.param("Norby joined NATO in 2022.", Verdict.SUPPORTED, id="applied-year"),
        pytest.param("Norby joined NATO in 2023.", Verdict.CONTRADICTED, id="joined-year"),
    ],
)
def test_r21_applying_to_join_is_not_joining(body: str, outcome: Verdict) -> None:
    _never(outcome, body, [ACCESSION], ("clause",))


def test_r21_twin_the_deed_told_whole_is_supported() -> None:
    joined = page("Norby", "Norby is a country in northern Europe. It joined NATO in 2023.", SAVED)
    found = _judged("Norby joined NATO in 2023.", [joined], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R22 (main 1226b6a and s30-fs30 315013a, the clause judge's doer and done-to): a deed told in a relative clause or a
# participle is asked nothing of who did it to whom, its claim having no object: 'Ana Ruiz, who was defeated by Ivo
# Stam in 2019, spoke.' and 'Ana Ruiz, defeated by Ivo Stam in 2019, spoke.' give 'defeated by Ivo Stam in 2019',
# SUPPORTED by her page's 'In 2019 she defeated Ivo Stam.'; 'Ivo Stam, whom Ana Ruiz defeated in 2019, spoke.' gives
# 'Ana Ruiz defeated in 2019', SUPPORTED by 'In 2019 she was defeated by Ivo Stam.' The 'whom' row mended by
# s40-fsa40 (a passive's named agent is someone else, `_someone_else`, asked of a claim whose value stands in its
# object's place).
_R22 = _open("R22 open: a relative clause's or participle's deed supported by the page's deed the other way round")


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            "Ana Ruiz, who was defeated by Ivo Stam in 2019, spoke.",
            "In 2019 she defeated Ivo Stam.",
            id="who-was",
            marks=_R22,
        ),
        pytest.param(
            "Ana Ruiz, defeated by Ivo Stam in 2019, spoke.",
            "In 2019 she defeated Ivo Stam.",
            id="participle",
            marks=_R22,
        ),
        pytest.param(
            "Ivo Stam, whom Ana Ruiz defeated in 2019, spoke.", "In 2019 she was defeated by Ivo Stam.", id="whom"
        ),
    ],
)
def test_r22_a_relative_clauses_deed_is_asked_who_did_it(body: str, sentence: str) -> None:
    _never(Verdict.SUPPORTED, body, [_told(sentence)], ("clause",))


def test_r22_twin_the_relative_clauses_deed_as_told_is_supported() -> None:
    said = _told("In 2019 she was defeated by Ivo Stam.")
    found = _judged("Ana Ruiz, who was defeated by Ivo Stam in 2019, spoke.", [said], ("clause",))
    assert found["clause: defeated by Ivo Stam in 2019"] == Verdict.SUPPORTED, found


# R23 (main 1226b6a, the clause judge's year): a relative clause's deed takes the year of the sentence's main verb:
# 'Ana Ruiz won the Norby Prize in 2020.' is SUPPORTED by 'In 2020 she was stripped of the Norby Prize she had won in
# 2015.' Fixed on s31-fs31: a year is bound to the verb whose clause holds it in the parse (`agency.years`).
def test_r23_the_year_of_the_main_verb_is_not_the_relative_clauses() -> None:
    said = _told("In 2020 she was stripped of the Norby Prize she had won in 2015.")
    _never(Verdict.SUPPORTED, "Ana Ruiz won the Norby Prize in 2020.", [said], ("clause",))


def test_r23_twin_the_relative_clauses_own_year_is_supported() -> None:
    said = _told("In 2020 she was stripped of the Norby Prize she had won in 2015.")
    found = _judged("Ana Ruiz won the Norby Prize in 2015.", [said], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R24 (main 1226b6a, the quantity claim of a range): 'N to M' is cut to its upper end and read as exact: 'The 2023
# Korvik earthquake killed 30 to 40 people.' gives '40 people', CONTRADICTED by the page's 34, which the range holds.
@_open("R24 open: 'killed 30 to 40 people' cut to '40 people' and refuted by 34")
def test_r24_a_range_holds_the_figure_inside_it() -> None:
    said = _quake("It killed 34 people and injured 120 people.")
    _never(Verdict.CONTRADICTED, "The 2023 Korvik earthquake killed 30 to 40 people.", [said], ("quantity",))


def test_r24_twin_a_range_above_the_figure_is_refuted() -> None:
    said = _quake("It killed 34 people and injured 120 people.")
    found = _judged("The 2023 Korvik earthquake killed 40 to 50 people.", [said], ("quantity",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R25 (main 1226b6a, the quantity judge's page figure): a toll the page itself updates is read at its first figure:
# 'The 2023 Korvik earthquake killed 51 people.' is CONTRADICTED by 'It killed 34 people; the toll later rose to 51.'
@_open("R25 open: a toll that 'later rose to 51' refutes 51")
def test_r25_a_toll_that_rose_is_read_at_its_last_figure() -> None:
    said = _quake("It killed 34 people; the toll later rose to 51.")
    _never(Verdict.CONTRADICTED, "The 2023 Korvik earthquake killed 51 people.", [said], ("quantity",))


def test_r25_twin_a_toll_that_never_rose_refutes_another_figure() -> None:
    said = _quake("It killed 34 people and injured 120 people.")
    found = _judged("The 2023 Korvik earthquake killed 51 people.", [said], ("quantity",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R9's replaced holder (main 1226b6a): the title apposed to the one replaced is his up to the replacement, yet is
# judged as held today: 'Ana Ruiz replaced Ivo Stam, prime minister since 2015.' gives the role 'Ivo Stam, prime
# minister', CONTRADICTED by the end of the term the replacement ended.
def test_r9_the_replaced_ones_title_is_of_the_replacement() -> None:
    _never(Verdict.CONTRADICTED, "Ana Ruiz replaced Ivo Stam, prime minister since 2015.", [RUIZ, STAM], ("role",))


# Guard (review30 B5 on s30-fs30 69b9c49, review29 R12's offer read on the page side): the attempted words are read as
# nouns as well as verbs, and before a deed told done, so each true claim below is SUPPORTED on main and UNVERIFIED on
# the branch.
@pytest.mark.parametrize(
    ("body", "sentence", "who"),
    [
        pytest.param(
            "Jon Dahl bought Korvik Bank in 2021.",
            "In 2021 he carried out his plan to buy Korvik Bank.",
            "Jon Dahl (born 1970) is a Norbian businessman.",
            id="carried-out-his-plan",
        ),
        pytest.param(
            "Jon Dahl bought Korvik Bank in 2021.",
            "In 2021 he completed his bid to buy Korvik Bank.",
            "Jon Dahl (born 1970) is a Norbian businessman.",
            id="completed-his-bid",
        ),
        pytest.param(
            "Jon Dahl bought Korvik Bank in 2021.",
            "In 2021 he succeeded in his attempt to buy Korvik Bank.",
            "Jon Dahl (born 1970) is a Norbian businessman.",
            id="succeeded-in-his-attempt",
        ),
        pytest.param(
            "Ana Ruiz signed the Korvik Treaty in 2021.",
            "Having promised to sign the Korvik Treaty, she signed it in 2021.",
            None,
            id="having-promised",
            marks=_open(
                "B5 open (merged from s30-fs30): a fronted 'Having promised to sign X' reads the deed told done as"
                " only promised"
            ),
        ),
    ],
)
def test_b5_a_deed_done_after_its_plan_keeps_the_support(body: str, sentence: str, who: str | None) -> None:
    doc = _told(sentence, who) if who else _told(sentence)
    found = _judged(body, [doc], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found
