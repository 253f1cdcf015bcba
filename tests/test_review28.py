"""Findings of review28 (session 28), as rows the desk would meet: a true sentence and, where it helps, its
one-fact-false twin, extracted from an invented article and judged against invented pages
(`tests/support/judging.py`) with the fields extraction gives its words. R-items are strict xfails for what is
open on main; a B-item (a regression found on a branch) is a plain test that passes on main. The list with its
status is /work/briefs28/review28-findings.md."""

from __future__ import annotations

import asyncio
import datetime as dt
import time

import httpx
import pytest

from tests.support.judging import boxed, page
from tests.support.ruiz import RUIZ
from tests.test_review26 import AS_OF, SAVED, _judged, _never, _open  # the same reading of rows as review26's
from tests.test_review27 import PARTY, STAM
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Document, Verdict
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource
from verify.sources.wikitext_limits import PARSE_SECONDS


# R1 (main dbbdfa5, the quantity judge's counted thing): a page sentence giving a party's seats and its share of the
# vote ('won 61 seats with 36.2% of the vote') is read as counting seats with 36: 'won 36 seats in 2023' is SUPPORTED
# ("counts seats with 36"), and 'won 31 seats in the 2019 election' by '52 of the 150 seats ... with 31.4%'. A
# percentage of another noun is no count of seats. Fixed on s29-fs29: the figure after 'with' is read whole ('36.2%'
# is no 36).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won 36 seats in 2023.", id="2023-share"),
        pytest.param("The Norby Party won 31 seats in the 2019 election.", id="2019-share"),
    ],
)
def test_r1_a_vote_share_is_not_a_seat_count(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [PARTY], ("quantity",))


def test_r1_twin_the_seats_won_are_supported() -> None:
    found = _judged("The Norby Party won 61 seats in 2023.", [PARTY], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R2 (main dbbdfa5, a part of a whole): 'won 52 of the 160 seats in 2019' gives two claims, '52 of the 160 seats'
# SUPPORTED by '52 of the 150 seats' and '160 seats' unverified; the part's words carry a whole the page refutes.
# Written 'of 120 seats' (no 'the'), the whole's claim is refuted.
def test_r2_a_part_of_a_wrong_whole_is_not_supported() -> None:
    _never(Verdict.SUPPORTED, "The Norby Party won 52 of the 160 seats in 2019.", [PARTY], ("quantity",))


def test_r2_twin_the_part_of_its_whole_is_supported() -> None:
    found = _judged("The Norby Party won 52 of the 150 seats in 2019.", [PARTY], ("quantity",))
    assert Verdict.SUPPORTED in found.values(), found
    assert Verdict.CONTRADICTED not in found.values(), found


# R3 (main dbbdfa5, the role judge's two posts): 'who served as prime minister before becoming finance minister'
# is SUPPORTED, though her finance term (2022-2023) came first; the claim's words carry both posts and their order,
# and the judge asks only that each was held.
@_open("R3 open: two posts in the wrong order supported because each was held")
def test_r3_two_posts_in_the_wrong_order_are_not_supported() -> None:
    _never(
        Verdict.SUPPORTED,
        "Ana Ruiz, who served as prime minister before becoming finance minister, spoke.",
        [RUIZ, STAM],
        ("role",),
    )


def test_r3_twin_two_posts_in_their_order_are_supported() -> None:
    found = _judged(
        "Ana Ruiz, who served as finance minister before becoming prime minister, spoke.", [RUIZ, STAM], ("role",)
    )
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R4 (main dbbdfa5, review27 R11's possessive shape): "Ivo Stam's finance minister, Ana Ruiz" is CONTRADICTED: the
# post is read as held on the article's day, though a head who has left office dates it to his time (her finance
# term ran under him).
def test_r4_a_former_heads_minister_is_not_refuted() -> None:
    _never(Verdict.CONTRADICTED, "Ivo Stam's finance minister, Ana Ruiz, spoke.", [RUIZ, STAM], ("role",))


# R5 (main dbbdfa5, the role claim of an apposition dated after it): 'Ana Ruiz, opposition leader in 2021' is read
# as the post held on the article's day and refuted by the row's end (2022), though she held it in 2021; review26 R6
# is the fronted shape ('In 2022, Finance Minister Ana Ruiz'), this the year after the apposition.
def test_r5_an_apposition_dated_by_its_year_is_not_refuted() -> None:
    _never(Verdict.CONTRADICTED, "Ana Ruiz, opposition leader in 2021, spoke.", [RUIZ], ("role",))


def test_r5_twin_a_post_not_held_that_year_stays_refuted() -> None:
    found = _judged("Ana Ruiz, finance minister in 2021, spoke.", [RUIZ], ("role",))
    assert Verdict.CONTRADICTED in found.values(), found


# R6 (main dbbdfa5, the role claim of 'the first X to become Y'): the post she left to take another is read as held
# on the article's day: 'the first finance minister to become prime minister' is CONTRADICTED by the finance term's
# end, though it tells a past holding.
def test_r6_the_post_left_to_become_another_is_not_refuted() -> None:
    _never(
        Verdict.CONTRADICTED,
        "Ana Ruiz, the first finance minister to become prime minister, spoke.",
        [RUIZ, STAM],
        ("role",),
    )


# R7 (main dbbdfa5, the role judge's other-post words in a relative clause): 'who was interim prime minister' is
# SUPPORTED by Ivo Stam's full term (2015-2023), 'interim' dropped; before a name ('Interim Prime Minister Ana Ruiz')
# and as 'who served as acting prime minister' the claim stays unverified.
@_open("R7 open: 'interim' dropped in a relative clause, the full post supports it")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam, who was interim prime minister, spoke.", id="was"),
        pytest.param("Ivo Stam, who served as interim prime minister, spoke.", id="served-as"),
    ],
)
def test_r7_an_interim_post_is_not_the_full_post(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM], ("role",))


def test_r7_twin_the_full_post_is_supported() -> None:
    found = _judged("Ivo Stam, who served as prime minister, spoke.", [RUIZ, STAM], ("role",))
    assert Verdict.SUPPORTED in found.values(), found


# Ana Ruiz's invented page with two finance terms, both ended, and the office she holds now.
TWICE = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician serving as Prime Minister of Norby since 14 February 2023. "
    "She was twice minister of finance.",
    [
        ("office", "Prime Minister of Norby"),
        ("term_start", "14 February 2023"),
        ("office2", "Minister of Finance"),
        ("term_start2", "1 March 2022"),
        ("term_end2", "14 February 2023"),
        ("office3", "Minister of Finance"),
        ("term_start3", "2012"),
        ("term_end3", "2015"),
    ],
    SAVED,
)


# R8 (main dbbdfa5, the role claim of a count of terms): 'a two-time finance minister' tells two past terms, yet is
# read as the post held on the article's day and CONTRADICTED by the second term's end.
def test_r8_a_two_time_holder_is_not_refuted() -> None:
    _never(Verdict.CONTRADICTED, "Ana Ruiz, a two-time finance minister, spoke.", [TWICE], ("role",))


# R9 (main dbbdfa5, the duration judge's term): a length in parliament with no seat named is measured by one
# constituency's row ('Member of Parliament for Halden', from 2014: 10.0 years) and CONTRADICTED, though the lead
# gives her first election in 2010 (for Tarsa). A seat's row is not the whole time in the body.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz has been in parliament for 13 years.", id="has-been"),
        pytest.param("Ana Ruiz, who has sat in parliament for nearly 14 years, spoke.", id="nearly"),
    ],
)
def test_r9_years_in_parliament_are_not_one_seats(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ], ("duration",))


def test_r9_twin_years_for_the_seat_named_are_judged_by_its_row() -> None:
    found = _judged("Ana Ruiz has been MP for Halden for 13 years.", [RUIZ], ("duration",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


def _told(sentence: str, who: str = "Ana Ruiz (born 1 January 1975) is a Norbian politician.") -> Document:
    """An invented page whose lead `who` (Ana Ruiz's unless given) is followed by `sentence` (a deed with its object,
    or two coordinated); its title is the name `who` opens with."""
    return page(who.split(" (")[0], f"{who} {sentence}", SAVED)


# R10 (main dbbdfa5, the clause judge's match): a page sentence of two coordinated clauses lends each claim the verb
# of one and the object of the other: 'lost the 2023 election' and 'won the 2019 election' are SUPPORTED by 'She won
# the 2023 election and lost the 2019 election.' The verb asked must govern the object it is asked with.
# Fixed on s29-fs29: a value in a clause opened by 'and'/'but' and another verb is not the relation's.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            "Ana Ruiz lost the 2023 election.",
            "She won the 2023 election and lost the 2019 election.",
            id="lost-for-won",
        ),
        pytest.param(
            "Ana Ruiz won the 2019 election.",
            "She won the 2023 election and lost the 2019 election.",
            id="won-for-lost",
        ),
        pytest.param(
            "Ana Ruiz opposed the 2016 treaty.",
            "She supported the 2016 treaty but opposed the 2020 treaty.",
            id="opposed-for-supported",
        ),
    ],
)
def test_r10_a_verb_is_paired_with_its_own_object(body: str, sentence: str) -> None:
    _never(Verdict.SUPPORTED, body, [_told(sentence)], ("clause",))


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            "Ana Ruiz won the 2023 election.",
            "She won the 2023 election and lost the 2019 election.",
            id="first-clause",
        ),
        pytest.param(
            "Ana Ruiz won the 2023 election.",
            "She lost the 2019 election but won the 2023 election.",
            id="second-clause",
        ),
        pytest.param(
            "Ana Ruiz won the 2019 election.", "In 2019, she ran again and won the election.", id="a-fronted-year"
        ),
        pytest.param(  # the year after a preposition, not what 'joined' takes: read off the sentence's last clause
            "Ana Ruiz joined the army in 1986.",
            "She joined a union and served in the army, joining its reserve in 1986.",
            id="a-year-after-a-preposition",
            # a trade of the s44-recallb44 merge (4b63c78d: 'joining' read as 'joined', 30 boe-2023 labels right): the
            # page's 1986 is now bound to 'joining its reserve', another object than the army, so the row is left open
            marks=pytest.mark.xfail(strict=True, reason="s44-recallb44 trade: 'joining its reserve' binds the year"),
        ),
    ],
)
def test_r10_twin_each_verb_with_its_own_object_is_supported(body: str, sentence: str) -> None:
    found = _judged(body, [_told(sentence)], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R11 (main dbbdfa5, the clause judge's page sentence): a verb the page says did not happen ('failed to win', 'refused
# to sign': nonfactual.toml's unrealised verbs, read in the article's claims) is taken as done when the page says it:
# 'won the 2019 election' is SUPPORTED by 'She failed to win the 2019 election.'
# Fixed on s29-fs29: holder.denial reads those verbs before an infinitive ('failed to win') on the page too.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param("Ana Ruiz won the 2019 election.", "She failed to win the 2019 election.", id="failed-to"),
        pytest.param("Ana Ruiz signed the 2021 treaty.", "She refused to sign the 2021 treaty.", id="refused-to"),
    ],
)
def test_r11_a_page_sentence_that_denies_it_does_not_support_it(body: str, sentence: str) -> None:
    _never(Verdict.SUPPORTED, body, [_told(sentence)], ("clause",))


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param("Ana Ruiz signed the 2021 treaty.", "She signed the 2021 treaty.", id="signed"),
        pytest.param(
            "Ana Ruiz won the 2019 election.",
            "She failed to win in 2015 but won the 2019 election.",
            id="another-clause",
        ),
    ],
)
def test_r11_twin_the_deed_done_is_supported(body: str, sentence: str) -> None:
    found = _judged(body, [_told(sentence)], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R12 (main dbbdfa5, the clause judge's value): the side of a vote is not asked: 'voted for the 2021 budget' is
# SUPPORTED by 'She voted against the 2021 budget.'
# Fixed on s29-fs29: the side right after the verb (judging.toml clause.sides) must be the claim's.
def test_r12_a_vote_against_is_not_a_vote_for() -> None:
    _never(
        Verdict.SUPPORTED,
        "Ana Ruiz voted for the 2021 budget.",
        [_told("She voted against the 2021 budget.")],
        ("clause",),
    )


def test_r12_twin_a_vote_for_is_supported() -> None:
    found = _judged(
        "Ana Ruiz voted for the 2021 budget.", [_told("She voted in favour of the 2021 budget.")], ("clause",)
    )
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R13 (main dbbdfa5, the duration judge's bound): on 10 January 2024 her term (from 14 February 2023) is 10.9 months;
# 'for more than a year' and 'for over a year' are SUPPORTED, while 'for less than a year' is supported as well and
# 'for more than 12 months' refuted: the bound is dropped when the length is 'a year'.
# Fixed on s29-fs29: the bound is read before the article of one unit ('more than a year') as before a figure.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz has been prime minister for more than a year.", id="more-than"),
        pytest.param("Ana Ruiz has been prime minister for over a year.", id="over"),
    ],
)
def test_r13_more_than_a_year_is_not_eleven_months(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM], ("duration",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz has been prime minister for less than a year.", id="less-than"),
        pytest.param("Ana Ruiz has been prime minister for nearly a year.", id="nearly"),
    ],
)
def test_r13_twin_less_than_a_year_is_supported(body: str) -> None:
    found = _judged(body, [RUIZ, STAM], ("duration",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R14 (main dbbdfa5, the role claim of an apposition with a spell): 'prime minister from 2015 until last year' (his
# term 2015 to 14 February 2023, the article of 10 January 2024) is CONTRADICTED as a post held today, as are the
# spell written '2015-2023' and 'from 2015 until February'; 'until last year' alone and 'from 2015 until 2023' are
# read as ended (review26 R21's fix) and supported.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam, prime minister from 2015 until last year, spoke.", id="from-until-last-year"),
        pytest.param("Ivo Stam, prime minister in 2015-2023, spoke.", id="hyphen"),
        pytest.param("Ivo Stam, prime minister from 2015 until February, spoke.", id="until-month"),
    ],
)
def test_r14_an_apposition_spell_that_ended_is_not_refuted(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ, STAM], ("role",))


def test_r14_twin_a_spell_never_held_stays_refuted() -> None:
    found = _judged("Ana Ruiz, finance minister from 2020 to 2023, spoke.", [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# A page's wikitext with a paragraph an editor commented out over several lines: hidden, never shown to a reader.
HIDDEN = "<!--\nShe was prime minister from 2010 to 2014.\n-->"
RUIZ_BOX = "{{Infobox officeholder\n| name = Ana Ruiz\n| office = Prime Minister of Norby\n}}\n"
RUIZ_LEAD = "'''Ana Ruiz''' (born 1 January 1975) is a Norbian politician."


def _revision_at(wikitext: str) -> Document:
    """Ana Ruiz's page as `WikipediaSource.revision_at` reads it on 1 June 2024, the wiki answering one older
    revision of `wikitext` (its lead alone when asked for section 0)."""
    current = Document(
        url="https://en.wikipedia.org/wiki/Ana_Ruiz",
        title="Ana Ruiz",
        source="wikipedia",
        revision_id="9",
        retrieved_at=SAVED,
        text="Ana Ruiz is a Norbian politician.",
    )

    def answer(request: httpx.Request) -> httpx.Response:
        """The revision as MediaWiki gives it: with `rvsection=0`, its text up to the first heading only."""
        asked = request.url.params.get("rvsection")
        content = wikitext.split("\n==", 1)[0] if asked == "0" else wikitext
        revision = {"revid": 3, "timestamp": "2024-01-01T00:00:00Z", "slots": {"main": {"content": content}}}
        return httpx.Response(
            200, json={"query": {"pages": [{"pageid": 1, "title": "Ana Ruiz", "revisions": [revision]}]}}
        )

    source = WikipediaSource(HttpClient(transport=httpx.MockTransport(answer)))
    old = asyncio.run(source.revision_at(current, dt.date(2024, 6, 1)))
    assert old is not None
    return old


# Guard (review28 B1 on s28-rev28 c4bb27e, an older revision read whole): a comment written over several lines in a
# body section ('<!--', the hidden paragraph, '-->' on lines of their own) is rendered as text, so words no reader
# sees become a passage the judge reads. The one-line comment is dropped.
def test_b1_a_comment_in_an_older_revisions_body_is_not_read() -> None:
    page_read = _revision_at(f"{RUIZ_BOX}{RUIZ_LEAD}\n\n== Career ==\n{HIDDEN}\nShe was appointed in 2022.\n")
    assert "prime minister from 2010" not in page_read.text, page_read.text


# R15 (main dbbdfa5, an older revision's lead, verify.wikitext's lead_text): the same comment over several lines in
# the lead is read as text, '<!--' and '-->' included. Fixed by s28-rev28 (comments go before the revision is split).
def test_r15_a_comment_in_an_older_revisions_lead_is_not_read() -> None:
    page_read = _revision_at(f"{RUIZ_BOX}{RUIZ_LEAD}\n{HIDDEN}\nShe was appointed in 2022.\n")
    assert "prime minister from 2010" not in page_read.text, page_read.text


def test_r15_twin_the_leads_shown_words_are_read() -> None:
    page_read = _revision_at(f"{RUIZ_BOX}{RUIZ_LEAD}\n<!-- a note -->She was appointed in 2022.\n")
    assert "She was appointed in 2022." in page_read.text, page_read.text


# Guard (review28 B2 on s28-rev28 c4bb27e, an older revision read whole): each body line of unbalanced links and
# quote marks under SHORT_BLOCK_CHARS is parsed in the process, in milliseconds alone, but a revision of a thousand
# such lines (under MAX_REVISION_CHARS) took 60.6 s at load 15, with nothing said unread. A hostile page must stay
# a reasoned verdict in bounded time, as a lead does (PARSE_SECONDS in a child process).
def test_b2_many_short_unbalanced_body_lines_are_read_in_bounded_time() -> None:
    line = "'''''[[a|" * 110  # 990 characters, an unbalanced link nest with bold-italic marks
    body = "\n".join([line] * 1_000)
    start = time.perf_counter()
    _revision_at(f"{RUIZ_BOX}{RUIZ_LEAD}\n\n== Odd ==\n{body}\n")
    assert time.perf_counter() - start < PARSE_SECONDS + 5


def _student(sentence: str) -> Document:
    """Jon Dahl's invented page whose second sentence tells what and where he studied."""
    return _told(sentence, "Jon Dahl (born 1975) is a Norbian tennis player.")


# Guard (review28 B3 on s28-fs28 27a408a, the clause judge's 'other words in the claimed words' place'): a field
# named first of a coordinated list ('economics and law', 'economics, history and law') is cut off at 'and' or a comma,
# so 'studied economics at the University of Korvik' loses its support (unverified) while 'studied law' keeps it.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            "Jon Dahl studied economics at the University of Korvik.",
            "He studied economics and law at the University of Korvik.",
            id="first-of-two",
        ),
        pytest.param(
            "Jon Dahl studied history at the University of Korvik.",
            "He studied economics, history and law at the University of Korvik.",
            id="middle-of-three",
        ),
    ],
)
def test_b3_a_field_listed_with_others_is_supported(body: str, sentence: str) -> None:
    found = _judged(body, [_student(sentence)], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R17 (main dbbdfa5 and s28-fs28 27a408a, the clause judge's 'states it'): a field the page does not give is supported
# by the sentence that names the school: 'studied economics at the University of Korvik' by 'He studied at the
# University of Korvik.', 'graduated in law from ... in 1997' by 'graduated from ... in 1997'. review27 R5 is another
# field given; here none is, and the claim's own word goes unasked.
@_open("R17 open: a field of study the page never gives supported by the school alone")
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            "Jon Dahl studied economics at the University of Korvik.",
            "He studied at the University of Korvik.",
            id="studied",
        ),
        pytest.param(
            "Jon Dahl graduated in law from the University of Korvik in 1997.",
            "He graduated from the University of Korvik in 1997.",
            id="graduated",
        ),
    ],
)
def test_r17_a_field_the_page_does_not_give_is_not_supported(body: str, sentence: str) -> None:
    _never(Verdict.SUPPORTED, body, [_student(sentence)], ("clause",))


# Guard (review28 B4 on s28-fs28 27a408a, the quote judge's cut denial): 'not only ... but also' denies nothing, yet
# the fragment after it, '"cut taxes"' from '"We will not only cut taxes but also raise pensions."', is set aside as
# cut after a denial and goes unverified (supported on main).
def test_b4_a_fragment_after_not_only_is_supported() -> None:
    quoted = _told('In 2023 she said: "We will not only cut taxes but also raise pensions."')
    found = _judged('Ana Ruiz promised to "cut taxes".', [quoted], ("quote",), dt.date(2024, 6, 1))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def _lead(description: str) -> Document:
    """Eva Holm's invented page, her lead describing her as `description` (a diplomat with a demonym)."""
    return page(
        "Eva Holm",
        f"Eva Holm (born 1965) is a {description}. She has served as ambassador to France since 2021.",
        SAVED,
    )


# R18 (main dbbdfa5, the role judge's nationality; countries.toml lists Scotland and Wales as countries with no tie to
# the United Kingdom): 'British diplomat Eva Holm' is CONTRADICTED by 'is a Scottish diplomat' (and by 'Welsh'), and
# 'Scottish diplomat Eva Holm' by 'is a British diplomat'. A nation within a state does not refute the state's demonym,
# nor the state the nation's.
@pytest.mark.parametrize(
    ("body", "description"),
    [
        pytest.param("British diplomat Eva Holm spoke.", "Scottish diplomat", id="british-for-scottish"),
        pytest.param("Eva Holm, a British diplomat, spoke.", "Welsh diplomat", id="british-for-welsh"),
        pytest.param("Scottish diplomat Eva Holm spoke.", "British diplomat", id="scottish-for-british"),
    ],
)
def test_r18_a_nation_within_the_state_does_not_refute_it(body: str, description: str) -> None:
    _never(Verdict.CONTRADICTED, body, [_lead(description)], ("role",))


def test_r18_twin_another_state_stays_refuted() -> None:
    found = _judged("French diplomat Eva Holm spoke.", [_lead("Scottish diplomat")], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# Ana Ruiz's invented page on the days after she took office (14 February 2023, a Tuesday).
SWORN = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician serving as Prime Minister of Norby since 14 February 2023.",
    [("office", "Prime Minister of Norby"), ("term_start", "14 February 2023"), ("predecessor", "Ivo Stam")],
    SAVED,
)


# R19 (main dbbdfa5, the role claim after 'sworn in as'): a relative time after the title is read into the office
# ('prime minister yesterday', 'prime minister last week'), and the office held that day refutes it: 'was sworn in as
# prime minister yesterday' (article of 15 February 2023) is CONTRADICTED by 'on 2023-02-15 the office held was
# Prime Minister of Norby'. 'was named finance minister last year' and 'sworn in ... on 14 February' keep the title
# alone.
@pytest.mark.parametrize(
    ("body", "day"),
    [
        pytest.param("Ana Ruiz was sworn in as prime minister yesterday.", dt.date(2023, 2, 15), id="yesterday"),
        pytest.param("Ana Ruiz was sworn in as prime minister last week.", dt.date(2023, 2, 21), id="last-week"),
        pytest.param(
            "Ana Ruiz was sworn in as prime minister earlier this month.", dt.date(2023, 2, 25), id="earlier-this-month"
        ),
    ],
)
def test_r19_a_relative_time_is_no_part_of_the_office(body: str, day: dt.date) -> None:
    _never(Verdict.CONTRADICTED, body, [SWORN, STAM], ("role",), day)


def test_r19_twin_another_office_sworn_into_stays_refuted() -> None:
    found = _judged(
        "Ana Ruiz was sworn in as foreign minister on Tuesday.", [SWORN, STAM], ("role",), dt.date(2023, 2, 16)
    )
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# Ana Ruiz's invented page as her country's finance minister, in office since 1 March 2022.
FINANCE = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician, Minister of Finance of Norby since 1 March 2022.",
    [("office", "Minister of Finance"), ("term_start", "1 March 2022"), ("predecessor", "Lena Vos")],
    SAVED,
)


# Guard (review28 B5-B7 on s28-open28 0a0049e, a describing word before a title cut from the office): the words cut
# include words that tell the post apart or its holding's state. B5: a level of government below the state's
# ('State', 'Regional', 'Provincial') names another post; B6: 'Ousted', 'Sacked', 'Suspended', 'Designated',
# 'Presumptive' say the holding ended, is interrupted or is still to come; B7: 'Opposition Finance Minister' is a
# shadow post. Each was refuted or unverified on main and is SUPPORTED on the branch by the national post held now.
@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param("State Finance Minister Ana Ruiz spoke.", [FINANCE], id="b5-state"),
        pytest.param("Regional Finance Minister Ana Ruiz spoke.", [FINANCE], id="b5-regional"),
        pytest.param("Provincial Prime Minister Ana Ruiz spoke.", [SWORN], id="b5-provincial"),
        pytest.param("Ousted Prime Minister Ana Ruiz spoke.", [SWORN], id="b6-ousted"),
        pytest.param("Sacked Finance Minister Ana Ruiz spoke.", [FINANCE], id="b6-sacked"),
        pytest.param("Suspended Finance Minister Ana Ruiz spoke.", [FINANCE], id="b6-suspended"),
        pytest.param("Designated Prime Minister Ana Ruiz spoke.", [SWORN], id="b6-designated"),
        pytest.param("Presumptive Prime Minister Ana Ruiz spoke.", [SWORN], id="b6-presumptive"),
        pytest.param("Opposition Finance Minister Ana Ruiz spoke.", [FINANCE], id="b7-opposition"),
    ],
)
def test_b5_b7_a_word_that_tells_the_post_or_its_state_is_not_cut(body: str, docs: list[Document]) -> None:
    _never(Verdict.SUPPORTED, body, docs, ("role",))


# The Korvik Museum's invented page: an 'opened' row from 1998.
MUSEUM = boxed(
    "Korvik Museum",
    "The Korvik Museum is a museum of art in Korvik, Norby. It closed for renovation in 2019.",
    [("name", "Korvik Museum"), ("opened", "1 May 1998"), ("location", "Korvik, Norby")],
    SAVED,
)


# Guard (review28 B8 on s28-way28 2511899, a thing's once-step dated by its own row): 'opened' with an object is the
# thing opening something else, not its own opening: 'The Korvik Museum opened a new exhibition on 3 May 2023' and
# '... opened its new wing on 3 May 2023' are CONTRADICTED on the branch by 'Opened: 1 May 1998' (unverified on main).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Korvik Museum opened a new exhibition on 3 May 2023.", id="exhibition"),
        pytest.param("The Korvik Museum opened its new wing on 3 May 2023.", id="wing"),
    ],
)
def test_b8_a_thing_that_opens_something_is_not_its_own_opening(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [MUSEUM], ("date",), dt.date(2024, 6, 3))


# R20 (main dbbdfa5, the clause judge's value): the noun a share is of goes unasked: 'won 36.2% of the seats in 2023'
# is SUPPORTED by 'won 61 seats with 36.2% of the vote' (61 of 150 seats is 40.7%). R1 is the quantity judge's side.
# Fixed on s29-fs29: a share's figure holds only where the page gives it of the same thing.
def test_r20_a_share_of_the_seats_is_not_the_share_of_the_vote() -> None:
    _never(Verdict.SUPPORTED, "The Norby Party won 36.2% of the seats in 2023.", [PARTY], ("clause",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won 36.2% of the vote in the 2023 election.", id="the-vote"),
        pytest.param("The Norby Party won 31.4% of the vote in 2019.", id="2019"),
    ],
)
def test_r20_twin_the_share_of_the_vote_is_supported(body: str) -> None:
    found = _judged(body, [PARTY], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# The Norby Greens' invented page: a whole-number share beside the seats won.
GREENS = page(
    "Norby Greens",
    "The Norby Greens is a green political party in Norby. In the 2023 election it won 12 seats with 8% of the vote.",
    SAVED,
)


# R1's clause side (review29 R3 (more), main 9a02b69c): a whole-number share read as the seat count: 'The Norby Greens
# won 8 seats in 2023.' clause SUPPORTED by '... won 12 seats with 8% of the vote.' Fixed on s29-fs29: a count the
# page gives only as a share is not held.
def test_r1_clause_a_whole_number_share_is_not_a_seat_count() -> None:
    _never(Verdict.SUPPORTED, "The Norby Greens won 8 seats in 2023.", [GREENS], ("clause",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Greens won 12 seats in 2023.", id="the-seats"),
        pytest.param("The Norby Greens won 8% of the vote in 2023.", id="the-share"),
    ],
)
def test_r1_clause_twin_the_seats_and_the_share_are_supported(body: str) -> None:
    found = _judged(body, [GREENS], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Guard (review28 B9 on s28-open28 0a0049e, an unhyphened 'then' before a title read as a past holding): the 'then'
# of 'since then' or 'by then' (and after a semicolon) belongs to the adverb, not to the title, so the prime minister in
# office loses her support (unverified; supported on main).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Since then Prime Minister Ana Ruiz has cut taxes.", id="since-then"),
        pytest.param("By then Prime Minister Ana Ruiz had left the room.", id="by-then"),
        pytest.param("Ivo Stam resigned; then Prime Minister Ana Ruiz took charge.", id="semicolon"),
    ],
)
def test_b9_the_then_of_an_adverb_is_no_status_of_the_title(body: str) -> None:
    found = _judged(body, [RUIZ, STAM], ("role",))
    assert Verdict.SUPPORTED in found.values(), found


# R21 (main dbbdfa5, the clause claim of a succession): the office is cut from the clause's words, so a succession in
# another office supports it: 'Ivo Stam was succeeded by Ana Ruiz as finance minister' (Stam was never finance
# minister) gives the clause 'Ivo Stam was succeeded by Ana Ruiz', SUPPORTED by her succeeding him as prime minister.
# An editor reads the sentence's succession as confirmed.
def test_r21_a_succession_in_another_office_is_not_supported() -> None:
    _never(Verdict.SUPPORTED, "Ivo Stam was succeeded by Ana Ruiz as finance minister.", [RUIZ, STAM])


def test_r21_twin_the_succession_in_its_office_is_supported() -> None:
    found = _judged("Ivo Stam was succeeded by Ana Ruiz as prime minister.", [RUIZ, STAM])
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Guard (review28 B11 on s28-ext28 bb3117b, a measure written with its unit's abbreviation): a figure and unit that
# name a class before its noun ('the 57 kg category', '35 mm film') measure nothing an editor would check, yet each
# became a quantity claim on the branch (none on main).
@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param("Lia Moss won gold in the women's 57 kg category at the 2021 Olympics.", "57 kg", id="category"),
        pytest.param(
            "The film was shot on 35 mm film in 1998.",
            "35 mm",
            id="film-format",
            marks=pytest.mark.xfail(
                strict=True,
                reason="B11 open since the s28-ext28 merge: a film format is no rating word (the class guard reads "
                "counted.toml rating_words only); a unit read as its noun's modifier needs the parse",
            ),
        ),
    ],
)
def test_b11_a_class_named_by_a_measure_is_no_quantity_claim(body: str, words: str) -> None:
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    assert not [c.text for c in claims if c.kind == "quantity" and words in c.text]


# R22 (main dbbdfa5, the quote judge's speaker): words another person said, quoted on the subject's own page, are
# taken as hers: 'Ana Ruiz called the treaty "a historic mistake"' is SUPPORTED by 'her predecessor Ivo Stam called the
# treaty "a historic mistake", a phrase she rejected', and 'described her budget as "a reckless gamble"' by 'Critics
# of Ruiz called her budget "a reckless gamble"'. The page's sentence names another speaker.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            'Ana Ruiz called the treaty "a historic mistake".',
            'In 2021 her predecessor Ivo Stam called the treaty "a historic mistake", a phrase she rejected.',
            id="predecessor",
        ),
        pytest.param(
            'Ana Ruiz described her budget as "a reckless gamble".',
            'Critics of Ruiz called her budget "a reckless gamble".',
            id="critics",  # mended by the thirty-eighth session's lead (the parse's speaker)
        ),
    ],
)
def test_r22_a_quote_of_another_speaker_is_not_hers(body: str, sentence: str) -> None:
    _never(Verdict.SUPPORTED, body, [_told(sentence)], ("quote",), dt.date(2024, 6, 1))


def test_r22_twin_the_speaker_the_page_names_is_supported() -> None:
    said = _told('In 2021 her predecessor Ivo Stam called the treaty "a historic mistake", a phrase she rejected.')
    found = _judged('Ivo Stam called the treaty "a historic mistake".', [said], ("quote",), dt.date(2024, 6, 1))
    assert set(found.values()) == {Verdict.SUPPORTED}, found
