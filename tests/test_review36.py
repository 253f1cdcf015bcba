"""Findings of review36 (session 36), as rows the desk would meet: a true sentence and, where it helps, its
one-fact-false twin, extracted from an invented article and judged against invented pages
(`tests/support/judging.py`) with the fields extraction gives its words. R-items are strict xfails for what is
open on main; a B-item (a regression found on a branch) is a plain test that passes on main, or a strict xfail naming
the branch. The list with its status is /work/briefs36/review36-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.test_review26 import SAVED, _judged, _never, _open  # the same reading of rows as review26's
from tests.test_review27 import PARTY, STAM, WORKS
from tests.test_review29 import VOS
from tests.test_review31 import BANK_RESULTS, _ruiz_said
from tests.test_review32 import PEOPLE, QUAKE_TOLL, QUAKE_WEEK
from tests.test_review35 import BONGBONG
from verify.models import Document, Verdict


# R1 (main d27d0883, the clause judge's post words; review35 R12's cause in a commoner shape): a title or description
# set before the subject's name, or apposed to it, is read into the post the clause asks for, so a wholly true
# sentence is CONTRADICTED ("lists Prime Minister of Norby from 2015 to 2023, and no Former prime minister Ivo Stam
# was in office"): 'Former prime minister Ivo Stam was in office from 2015 to 2023.', 'Veteran politician Ivo Stam
# was prime minister from 2015 to 2023.', 'Ivo Stam, a veteran politician, was prime minister ...' (his page: Prime
# Minister of Norby, 1 June 2015 to 14 February 2023). Without the words before the verb the clause is SUPPORTED.
# The clause's subject is the name; its title and apposition are claims of their own.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Former prime minister Ivo Stam was in office from 2015 to 2023.", id="former-pm-in-office"),
        pytest.param("Veteran politician Ivo Stam was prime minister from 2015 to 2023.", id="veteran-politician"),
        pytest.param("Norbian politician Ivo Stam was prime minister from 2015 to 2023.", id="norbian-politician"),
        pytest.param("Ivo Stam, a veteran politician, was prime minister from 2015 to 2023.", id="apposed"),
    ],
)
def test_r1_a_title_before_the_name_is_not_the_post_the_clause_asks(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [STAM], ("clause",))


def test_r1_twin_the_bare_clause_is_supported() -> None:
    found = _judged("Ivo Stam was prime minister from 2015 to 2023.", [STAM], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R2 (main d27d0883, the quantity judge's place): a count the claim sets in one place, a part of what the page counts,
# is SUPPORTED by the page's whole count: 'The Korvik earthquake killed 312 people in the city of Halden alone.',
# 'In Halden, the Korvik earthquake killed 312 people.', even 'The Korvik earthquake killed 312 people in southern
# Norby.' (the page: it struck NORTHERN Norby, killing 312 people), and 'Norby Steelworks employs about 4,200 people
# at its Halden plant.' (the page: about 4,200 people at three plants). The wire's local toll ('killed 40 people in
# the town of X alone') and a plant's workforce are a part; the whole does not state them.
# Mended by s37-fsa37 (measured.place_set: the place a preposition of place sets the figure in must be named by the
# page's sentence, title or first sentence).
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Korvik earthquake killed 312 people in the city of Halden alone.", QUAKE_TOLL, id="alone"),
        pytest.param("In Halden, the Korvik earthquake killed 312 people.", QUAKE_TOLL, id="fronted-place"),
        pytest.param("The Korvik earthquake killed 312 people in southern Norby.", QUAKE_TOLL, id="southern"),
        pytest.param("Norby Steelworks employs about 4,200 people at its Halden plant.", WORKS, id="one-plant"),
    ],
)
def test_r2_a_count_in_one_place_is_not_supported_by_the_whole(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("quantity",), day=QUAKE_WEEK)


# A bank's invented page naming its country by its adjective only ('a Swedish bank').
SWEDISH_BANK = page(
    "Malmo Sparbank",
    "Malmo Sparbank is a Swedish bank founded in 1995. It has about 2 million customers and 300 branches.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Korvik earthquake killed 312 people.", QUAKE_TOLL, id="whole"),
        pytest.param("The Korvik earthquake killed 312 people in northern Norby.", QUAKE_TOLL, id="its-own-place"),
        pytest.param("The Korvik earthquake killed 312 people in Norby.", QUAKE_TOLL, id="its-country"),
        pytest.param("Norby Steelworks employs about 4,200 people in Norby.", WORKS, id="in-its-country"),
        pytest.param("Norby Steelworks employs about 4,200 people at its three plants.", WORKS, id="all-its-plants"),
        pytest.param("Malmo Sparbank has about 2 million customers in Sweden.", SWEDISH_BANK, id="a-swedish-bank"),
    ],
)
def test_r2_twin_the_whole_count_is_supported(body: str, doc: Document) -> None:
    found = {k: v for k, v in _judged(body, [doc], ("quantity",), day=QUAKE_WEEK).items() if "plants" not in k}
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Ana Ruiz's invented page whose lead numbers her post with a word of rank between the number and the title.
def _ruiz_numbered(post: str) -> Document:
    return boxed(
        "Ana Ruiz",
        f"Ana Ruiz (born 1 January 1975) is a Norbian politician who has served as {post} since 14 February 2023.",
        [("office", "Prime Minister of Norby"), ("term_start", "14 February 2023"), ("predecessor", "Ivo Stam")],
        SAVED,
    )


# R3 (main d27d0883, the clause judge's number of a post; review35 R9's kin, mended on s36-fsa36 3bda4b25 for the
# holder's standing 'current', 'incumbent' only): a lead 'the 13th and youngest Prime Minister of Norby' (also 'and
# longest-serving', 'and first female') leaves the number unread, and the start's year SUPPORTS 'Ana Ruiz became
# Norby's 14th prime minister in 2023.' A number the claim gives and the page does not is never supported.
# Mended by s36-fsc36 (ordinals._AND_WORDS: any few words after 'Nth and' before the title).
@pytest.mark.parametrize(
    "post",
    [
        pytest.param("the 13th and youngest Prime Minister of Norby", id="youngest"),
        pytest.param("the 13th and longest-serving Prime Minister of Norby", id="longest-serving"),
        pytest.param("the 13th and first female Prime Minister of Norby", id="first-female"),
    ],
)
def test_r3_a_post_numbered_with_a_rank_between_is_not_supported_otherwise(post: str) -> None:
    _never(Verdict.SUPPORTED, "Ana Ruiz became Norby's 14th prime minister in 2023.", [_ruiz_numbered(post)])


@pytest.mark.parametrize(
    "post",
    [
        pytest.param("the 13th and youngest Prime Minister of Norby", id="youngest"),
        pytest.param("the 13th and first female Prime Minister of Norby", id="first-female"),
    ],
)
def test_r3_twin_the_post_numbered_so_is_supported(post: str) -> None:
    found = _judged("Ana Ruiz became Norby's 13th prime minister in 2023.", [_ruiz_numbered(post)], ("clause",))
    assert Verdict.SUPPORTED in found.values(), found


# R4 (main d27d0883, the quantity judge's time; review35 R20 mended on s36-fsb36 c01568f1 by the page text naming the
# same part of the year, anywhere in the figure's sentence): a page whose year's figure stands beside another
# figure of a part of the year, 'In 2023 it made a net profit of 200 million euros, after a first-half loss of 50
# million euros.', still SUPPORTS 'Korvik Bank made a net profit of 200 million euros in the first half of 2023.'
# (the half was a loss). The part must be the page figure's own, not its sentence's.
HALF_LOSS = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank. In 2023 it made a net profit of 200 million euros, after a first-half loss of 50 "
    "million euros.",
    SAVED,
)


# Mended by s37-fsa37 (period.of_another_part: a part of the year the page names in the noun phrase of another
# figure, 'a first-half loss of 50 million euros', does not date the claim's).
def test_r4_a_part_of_the_year_named_for_another_figure_does_not_date_the_years() -> None:
    body = "Korvik Bank made a net profit of 200 million euros in the first half of 2023."
    _never(Verdict.SUPPORTED, body, [HALF_LOSS], ("quantity",))


# R4's twin: the half named for the claim's own figure, beside another half's figure, dates it.
HALF_PROFIT = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank. In the first half of 2023 it made a net profit of 200 million euros, after a "
    "second-half loss of 50 million euros in 2022.",
    SAVED,
)


def test_r4_twin_the_half_of_the_figure_itself_dates_it() -> None:
    body = "Korvik Bank made a net profit of 200 million euros in the first half of 2023."
    found = _judged(body, [HALF_PROFIT], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B1 (s36-fsb36 c01568f1, `period.of_another_part`): a month of a year named anywhere in the claim's sentence
# ('in March 2023') withholds the page's support unless the page's sentence names the month, so an event's toll or
# result dated by its month, as the wire dates every event, loses its support: 'The Korvik earthquake killed 312
# people in March 2023.' against '2023 Korvik earthquake ... killing 312 people', 'In March 2023, the Norby Party won
# 61 seats.' and '... won 61 seats in the election in March 2023.' against 'In the 2023 election it won 61 seats'
# (SUPPORTED on main, unverified on the branch). A month dates a one-off event; only a flow (output, profit) is a
# figure OF the month. A guard: passes on main.
QUAKE_NO_DAY = page(
    "2023 Korvik earthquake",
    "The 2023 Korvik earthquake struck northern Norby, killing 312 people and injuring more than 2,000.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Korvik earthquake killed 312 people in March 2023.", QUAKE_NO_DAY, id="quake-toll"),
        pytest.param("In March 2023, the Norby Party won 61 seats.", PARTY, id="fronted-month-seats"),
        pytest.param("The Norby Party won 61 seats in the election in March 2023.", PARTY, id="election-in-march"),
    ],
)
def test_b1_an_events_count_dated_by_its_month_keeps_its_support(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("quantity",), day=QUAKE_WEEK.replace(month=4))
    assert Verdict.SUPPORTED in found.values(), found


# B2 (s36-fc36 1880c613, `match.lead_names` in the role judge's `_is_person_page`): the name a page's lead opens with
# makes the page its person's for any name `same_person` matches, so the son's page 'Bongbong Marcos' ('Ferdinand
# Romualdez Marcos Jr. (born 1957) ... serving as the 17th President of the Philippines since 2022') is taken as the
# FATHER's when the wire names him without the suffix, as it always does: 'Former President Ferdinand Marcos was
# ousted in 1986.' (also 'The late former president ...', 'Former Philippine President Ferdinand Marcos ruled from
# 1965 to 1986.') CONTRADICTED on the branch ("says Ferdinand Marcos holds it on the article's day, so is no former
# holder"); unverified on main. A lead name with a junior's suffix is not the bare name's. A guard: passes on main.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Former President Ferdinand Marcos was ousted in 1986.", id="former-president"),
        pytest.param("The late former president Ferdinand Marcos was ousted in 1986.", id="the-late"),
        pytest.param("Former Philippine President Ferdinand Marcos ruled from 1965 to 1986.", id="ruled"),
    ],
)
def test_b2_the_fathers_bare_name_is_not_the_juniors_page(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [BONGBONG], ("role",), day=dt.date(2025, 6, 1))


# Ana Ruiz's invented page with one post from 14 February 2023 ('for almost a year' on 10 January 2024 is true of it).
def _one_post(office: str) -> Document:
    return boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 1 January 1975) is a Norbian politician.",
        [("office", office), ("term_start", "14 February 2023")],
        SAVED,
    )


# B3 (s36-fsa36 7ac2fedd, the duration judge's `_post_of_kind`; support lost): review35 R3's mend reads "Norby's
# finance minister" as 'finance minister of Norby' and asks every word of it in the page's title, so a post the infobox
# names without its country, as Wikipedia names most ministries ('Minister of Finance'), or a post told with a rank
# ("Tarsa's first female mayor" against 'Mayor of Tarsa') no longer fits: 'Ana Ruiz has been Norby's finance minister
# for almost a year.' and 'Ana Ruiz has been Tarsa's first female mayor for almost a year.' SUPPORTED on main,
# unverified on the branch. The place is the title's only when the title names one. A guard: passes on main.
@pytest.mark.parametrize(
    ("body", "office"),
    [
        pytest.param("Ana Ruiz has been Norby's finance minister for almost a year.", "Minister of Finance", id="fin"),
        pytest.param("Ana Ruiz has been Tarsa's first female mayor for almost a year.", "Mayor of Tarsa", id="first"),
    ],
)
def test_b3_a_places_post_fits_a_title_that_names_no_place(body: str, office: str) -> None:
    found = _judged(body, [_one_post(office)], ("duration",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B3's twins (s36-fixb36): a title naming a place is still asked the claim's ("Tarsa's first female mayor" is not the
# Mayor of Halden; "Norby's finance minister" not the Minister of Finance of Tarsa).
@pytest.mark.parametrize(
    ("body", "office"),
    [
        pytest.param("Ana Ruiz has been Tarsa's first female mayor for almost a year.", "Mayor of Halden", id="first"),
        pytest.param("Ana Ruiz has been Tarsa's mayor for almost a year.", "Mayor of Halden", id="mayor"),
        pytest.param(
            "Ana Ruiz has been Norby's finance minister for almost a year.", "Minister of Finance of Tarsa", id="fin"
        ),
    ],
)
def test_b3_twin_a_title_naming_another_place_is_not_the_post(body: str, office: str) -> None:
    _never(Verdict.SUPPORTED, body, [_one_post(office)], ("duration",))


# R5 (main d27d0883, the quantity judge's time; review35 R6 mended on s36-fsb36 b64f04da for 'once', 'at its peak' and
# a year more than two before the article's): a past told by a decade, a length ago or a deed is not read, so today's
# 'It employs about 4,200 people' still SUPPORTS 'In the 1990s, Norby Steelworks employed about 4,200 people.', 'Two
# decades ago, ...' and '... employed about 4,200 people when it was founded.' (founded 1921).
# Mended by s37-fsa37 (period.long_past: a decade on the figure's verb read by its last year, a length 'ago' on it,
# judging.toml long_past's 'when it was founded').
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("In the 1990s, Norby Steelworks employed about 4,200 people.", id="a-decade"),
        pytest.param("Two decades ago, Norby Steelworks employed about 4,200 people.", id="ago"),
        pytest.param("Norby Steelworks employed about 4,200 people when it was founded.", id="when-founded"),
    ],
)
def test_r5_a_figure_of_today_does_not_support_it_in_a_decade_long_past(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [WORKS], ("quantity",))


# R5's twins: a recent length ago, or a decade or length ago of another deed of the sentence, leaves today's figure
# its support.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("A year ago, Norby Steelworks employed about 4,200 people.", id="a-year-ago"),
        pytest.param(
            "Norby Steelworks, founded two decades ago, said it employed about 4,200 people.", id="another-deeds-ago"
        ),
        pytest.param(
            "Norby Steelworks, founded in the 1920s, said it employed about 4,200 people.", id="another-deeds-decade"
        ),
    ],
)
def test_r5_twin_a_recent_or_another_deeds_past_keeps_todays_support(body: str) -> None:
    found = _judged(body, [WORKS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B4 (s36-fsb36 b64f04da, `period.long_past` and `of_today_only`; support lost): review35 R6's mend takes any year
# in the claim's sentence more than two years before the article's as the figure's time, and a past tense as the
# claim's own, so reported speech, whose tense the wire backshifts ('said it employed'), beside the founding year
# loses today's support: 'Norby Steelworks, founded in 1921, said it employed about 4,200 people.' and '..., which
# opened its first plant in 1921, said on Monday it employed about 4,200 people.' SUPPORTED on main, unverified on
# the branch. The year must date the figure, not another deed of the sentence. A guard: passes on main.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Norby Steelworks, founded in 1921, said it employed about 4,200 people.", id="founded"),
        pytest.param(
            "Norby Steelworks, which opened its first plant in 1921, said on Monday it employed about 4,200 people.",
            id="opened",
        ),
    ],
)
def test_b4_a_figure_said_in_the_past_beside_an_old_year_keeps_its_support(body: str) -> None:
    found = _judged(body, [WORKS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B4's twins (s36-fixb36): a year long past on the figure's own verb still dates it, beside another deed's year,
# old or recent.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Norby Steelworks, founded in 1921, said it employed about 4,200 people in 1990.", id="old"),
        pytest.param(
            "Norby Steelworks, which opened a new plant in 2023, said it employed about 4,200 people in 1990.",
            id="recent",
        ),
    ],
)
def test_b4_twin_the_figures_own_old_year_still_dates_it(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [WORKS], ("quantity",))


# R6 (main d27d0883, the duration judge's span): a length the claim bounds by a year, 'for eight years until 2020',
# 'for ten years from 1995', is measured on any spell of that length, whatever its end or start: 'Ivo Stam was prime
# minister for eight years until 2020.' (his spell: June 2015 to February 2023, 7.7 years), 'Ivo Stam, who led Norby
# for eight years until 2020, spoke.', 'Lena Vos was prime minister for ten years from 1995.' (hers: 2005 to 2015)
# SUPPORTED (duration); the clause and the year are left unverified. The wire bounds most lengths so ('who led the
# country for 16 years until 2021'); the bound must fit the spell measured.
# Mended by s36-fsc36 (duration.judge `bounded_by_a_year`: a year bounding the length after its words, judging.toml
# duration.bound_end / bound_start, must be the measured spell's end or start).
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Ivo Stam was prime minister for eight years until 2020.", STAM, id="until"),
        pytest.param("Ivo Stam, who led Norby for eight years until 2020, spoke.", STAM, id="led-until"),
        pytest.param("Lena Vos was prime minister for ten years from 1995.", VOS, id="from"),
    ],
)
def test_r6_a_length_bounded_by_another_year_is_not_supported(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("duration",))


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Ivo Stam, who led Norby for eight years until 2023, spoke.", STAM, id="led-until"),
        pytest.param("Ivo Stam was prime minister for eight years until 2023.", STAM, id="until"),
        pytest.param("Lena Vos was prime minister for ten years from 2005.", VOS, id="from"),
    ],
)
def test_r6_twin_the_length_to_its_own_end_is_supported(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("duration",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R7 (main d27d0883, the role reader's apposition; false "contradicted"): a post apposed with a past time other than
# a year, 'since' or 'until', 'Lena Vos, prime minister for a decade until 2015, spoke.', '..., prime minister in the
# late 2000s and early 2010s, ...', '..., prime minister during the 2008 financial crisis, ...', is read as held
# today ('holds office') and CONTRADICTED by her term's end in 2015 ('Lena Vos, prime minister until 2015', '... in
# 2010' are read right). The wire's 'Angela Merkel, chancellor for 16 years until 2021'.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos, prime minister for a decade until 2015, spoke.", id="length-and-end"),
        pytest.param("Lena Vos, prime minister in the late 2000s and early 2010s, spoke.", id="parts-of-decades"),
        pytest.param("Lena Vos, prime minister during the 2008 financial crisis, spoke.", id="during-an-event"),
    ],
)
def test_r7_a_post_apposed_with_a_past_time_is_not_held_today(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [VOS], ("role",))


# R8 (main d27d0883, the quantity reader; false "contradicted"): a body's age told with 'turns'/'turned', 'The Norby
# Party, which turns 78 this year, won 61 seats in 2023.' (founded 1946; the article of 10 January 2024), gives the
# count '78 this year', CONTRADICTED by the page's other count ("gives another count, 61 seats"); also 'which turned 77
# last year', and 'Norby Steelworks, which turns 103 this year, employs about 4,200 people.' (founded 1921). An age
# is no count of anything the page counts. (The person's 'who turns 50 this year' is read as an age.)
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Norby Party, which turns 78 this year, won 61 seats in 2023.", PARTY, id="turns"),
        pytest.param("The Norby Party, which turned 77 last year, won 61 seats in 2023.", PARTY, id="turned"),
        pytest.param("Norby Steelworks, which turns 103 this year, employs about 4,200 people.", WORKS, id="works"),
    ],
)
def test_r8_an_age_told_by_turns_is_not_a_count(body: str, doc: Document) -> None:
    _never(Verdict.CONTRADICTED, body, [doc], ("quantity",))


# Ana Ruiz's invented page calling the DEAL "a disaster" in 2023.
CALLED_THE_DEAL = _ruiz_said('In 2023 she called the deal "a disaster".')


# R9 (main d27d0883, the quote judge): a short quoted phrase is checked for its words and speaker only, not for what
# the claim says it was said of or when: 'Ana Ruiz called the budget "a disaster".' and 'Ruiz called the deal "a
# disaster" in 2019.' are SUPPORTED by 'In 2023 she called the deal "a disaster".' A scare quote's meaning is what it
# qualifies; the wire's commonest misquote keeps the words and moves them to another thing or day.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param('Ana Ruiz called the budget "a disaster".', id="another-thing"),
        pytest.param('Ana Ruiz called the deal "a disaster" in 2019.', id="another-year"),
    ],
)
def test_r9_words_said_of_another_thing_or_year_are_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [CALLED_THE_DEAL], ("quote",))


# R10 (main d27d0883, the quantity judge's rate): a figure the claim gives per day, month or quarter is SUPPORTED by
# the page's figure of the whole year: 'Norby Steelworks produced 1.8 million tonnes of steel a month in 2022.' (also
# 'a day', 'per quarter') by 'In 2022 it produced 1.8 million tonnes of steel.'; 'Korvik Bank made a net profit of 200
# million euros a quarter in 2023.' by the year's 200 million. A rate is the wire's way with output ('barrels a
# day'); twelve times the year's output is not the year's. (Without a year, 'produces ... a month', unverified.)
# Mended by s37-fsa37 (measured.rate_of: a figure given per a period, judging.toml rate_periods, is supported or
# refuted only by a page figure given per the same period).
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Norby Steelworks produced 1.8 million tonnes of steel a month in 2022.", WORKS, id="a-month"),
        pytest.param("Norby Steelworks produced 1.8 million tonnes of steel a day in 2022.", WORKS, id="a-day"),
        pytest.param("Norby Steelworks produced 1.8 million tonnes of steel per quarter in 2022.", WORKS, id="per-q"),
        pytest.param("Norby Steelworks produced 1.8 million tonnes of steel monthly in 2022.", WORKS, id="monthly"),
        pytest.param("Korvik Bank made a net profit of 200 million euros a quarter in 2023.", BANK_RESULTS, id="bank"),
    ],
)
def test_r10_a_rate_is_not_supported_by_the_years_total(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("quantity",))


# Norby Steelworks' invented page giving its output per month.
WORKS_MONTHLY = page(
    "Norby Steelworks",
    "Norby Steelworks is a Norbian steel company founded in 1921. In 2022 it produced 150,000 tonnes of steel a month.",
    SAVED,
)


# R10's twins: the same rate on the page, or a figure 'a year' (the year's own), is supported.
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Norby Steelworks produced 150,000 tonnes of steel a month in 2022.", WORKS_MONTHLY, id="a-month"),
        pytest.param("Norby Steelworks produced 150,000 tonnes of steel per month in 2022.", WORKS_MONTHLY, id="per"),
        pytest.param("Norby Steelworks produced 150,000 tonnes of steel monthly in 2022.", WORKS_MONTHLY, id="monthly"),
        pytest.param("Norby Steelworks produced 1.8 million tonnes of steel a year in 2022.", WORKS, id="a-year"),
    ],
)
def test_r10_twin_a_rate_given_so_is_supported(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R11 (main d27d0883, the quantity judge's distributive 'each'; R2's kin): a figure the claim gives to each of several
# parts is SUPPORTED by the page's figure of their whole: "Norby Steelworks' three plants employ about 4,200 people
# each." and 'Norby Steelworks employs about 4,200 people at each of its three plants.' by 'It employs about 4,200
# people at three plants.' (each is a third of that). 'each' multiplies the figure. The 'each-after' row is mended
# (s36-fsb36 e649d25f gives the count to the plants; s36-fixb36 keeps it theirs for 'each' while all of a body's
# parts are the body, B6). The 'at-each-of' row is mended by s37-fsa37 (measured.place_set reads 'each' as the place).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Norby Steelworks' three plants employ about 4,200 people each.", id="each-after"),
        pytest.param(
            "Norby Steelworks employs about 4,200 people at each of its three plants.",
            id="at-each-of",
        ),
    ],
)
def test_r11_a_figure_for_each_part_is_not_supported_by_the_whole(body: str) -> None:
    found = _judged(body, [WORKS], ("quantity",))
    assert not [k for k, v in found.items() if "4,200" in k and v == Verdict.SUPPORTED], found


# R12 (main d27d0883, the quantity and clause judges' owner of a figure): a figure the claim gives to several bodies
# jointly is SUPPORTED by one body's own: 'The Norby Party and its allies won 61 seats in 2023.' (quantity and clause)
# and 'The Norby Party and the Green Party together won 61 seats in 2023.' by 'In the 2023 election it won 61 seats';
# 'Norby Steelworks and Korvik Steel employ about 4,200 people combined.' by its own workforce. The page side's joint
# words are read (judging.toml [quantity] joint: 'the Greens and their allies won 130 seats together'); the claim's
# are not. Election copy's 'X and its allies won N seats' is a bloc's count.
# Mended by s37-fsa37 (measured.held_jointly: the subject of the verb taking the figure is the claim's subject
# coordinated with another noun phrase, and no word gives the figure to each; asked by the quantity and clause judges).
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Norby Party and its allies won 61 seats in 2023.", PARTY, id="and-its-allies"),
        pytest.param("The Norby Party and the Green Party together won 61 seats in 2023.", PARTY, id="together"),
        pytest.param("Norby Steelworks and Korvik Steel employ about 4,200 people combined.", WORKS, id="combined"),
    ],
)
def test_r12_a_joint_figure_is_not_supported_by_one_bodys_own(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("quantity", "clause"))


# R12's twins: a figure given to each of the bodies named together ('each', 'both') is each one's own, and one body
# with its figures coordinated ('61 seats and 36.2% of the vote') holds them alone.
@pytest.mark.parametrize(
    ("body", "doc", "words"),
    [
        pytest.param("Norby Steelworks and Korvik Steel each employ about 4,200 people.", WORKS, "4,200", id="each"),
        pytest.param("Norby Steelworks and Korvik Steel both employ about 4,200 people.", WORKS, "4,200", id="both"),
        pytest.param("The Norby Party won 61 seats and 36.2% of the vote in 2023.", PARTY, "61", id="one-body"),
    ],
)
def test_r12_twin_a_figure_of_each_body_is_its_own(body: str, doc: Document, words: str) -> None:
    found = {k: v for k, v in _judged(body, [doc], ("quantity",)).items() if words in k}
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R12's twin from the tuning set (id-2024-03-21: 'Prabowo Subianto and his running mate, Gibran Rakabuming Raka, 36,
# will be sworn in ...'): an age set in the coordinated subject is no figure the bodies hold together.
def test_r12_twin_an_age_inside_the_joined_subject_is_the_persons() -> None:
    body = "Prime Minister Ana Ruiz and her predecessor, Ivo Stam, 73, will meet on Friday."
    found = _judged(body, [STAM], ("clause",))
    assert found.get("clause: Ivo Stam, 73") == Verdict.SUPPORTED, found


# R13 (main d27d0883, the role judge's step dated by a length ago; review35 R17's kin, which s36-fsa36 7780cd8a mends
# for parts of a year, seasons and months): 'Lena Vos, who became prime minister 30 years ago, spoke.' (article of 10
# January 2024; she took office on 1 May 2005, 19 years before) gives the role claim 'Lena Vos, who became prime
# minister', SUPPORTED by her spell; the length 'ago' is left unverified beside it. The step's time must fit.
# Mended by s36-fsc36 (role.judge `_length_ago`: a length before 'ago' after a step's office dates the spell's start,
# measured to the article's day as the duration judge measures a length, its bound words with it).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos, who became prime minister 30 years ago, spoke.", id="30-years"),
        pytest.param("Lena Vos became prime minister a decade ago.", id="a-decade"),
    ],
)
def test_r13_a_step_dated_by_a_length_ago_is_not_supported_by_another_start(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [VOS], ("role",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos, who became prime minister nearly two decades ago, spoke.", id="nearly-two-decades"),
        pytest.param("Lena Vos, who became prime minister more than 15 years ago, spoke.", id="more-than"),
        pytest.param("Lena Vos became prime minister 19 years ago.", id="19-years"),
    ],
)
def test_r13_twin_the_step_at_its_own_length_ago_is_supported(body: str) -> None:
    assert Verdict.SUPPORTED in _judged(body, [VOS], ("role",)).values()


# B5 (s36-fsb36 66528b9c, `event_kind.of_another_sort`; support lost): review35 R8's mend sets aside a page whose title
# names another sort of event than the claim's subject (events.toml [sorts]), and files 'bombing' under 'attack' and
# 'blast' / 'explosion' under 'explosion', so the wire's commonest word for a bombing loses the bombing's page: 'The
# Korvik blast killed 312 people.' and 'The Korvik explosion killed 312 people.' against '2023 Korvik bombing' ('...
# killing 312 people') SUPPORTED on main, unverified on the branch. A bombing is an explosion. A guard: passes on main.
BOMBING = page(
    "2023 Korvik bombing",
    "The 2023 Korvik bombing was a terrorist attack in Korvik, Norby, on 6 March 2023, killing 312 people and injuring "
    "more than 2,000.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Korvik blast killed 312 people.", id="blast"),
        pytest.param("The Korvik explosion killed 312 people.", id="explosion"),
    ],
)
def test_b5_a_blast_is_the_bombings_sort_of_event(body: str) -> None:
    found = _judged(body, [BOMBING], ("quantity",), day=QUAKE_WEEK)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B5's twin (s36-fixb36): a bombing is an explosion and an attack, still no flood nor fire.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Korvik floods killed 312 people.", id="floods"),
        pytest.param("The Korvik fire killed 312 people.", id="fire"),
    ],
)
def test_b5_twin_another_sort_is_not_the_bombings(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [BOMBING], ("quantity",), day=QUAKE_WEEK)


# R14 (main d27d0883, the quantity judge's infobox; found as a new user, README's recipe with the test wiki's 'Boeing'
# page): a company's head count in its infobox row ('num_employees: 170,688 (2023)', as fixtures/wiki/pages/boeing.json
# stores it) is not read: 'Boeing employs about 170,000 people.' and even 'Boeing employs 170,688 people.' are left
# unverified ("Read 'Boeing' but found no sentence that settles this"), and a false 'about 200,000' is not refuted.
def _company(rows: list[tuple[str, str]]) -> Document:
    return boxed("Boeing", "The Boeing Company is an American aerospace company.", rows, SAVED)


# Mended by the thirty-eighth session's lead (counted.toml row_counts; the page's own rows need no row naming it).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Boeing employs about 170,000 people.", id="about"),
        pytest.param("Boeing employs 170,688 people.", id="exact"),
    ],
)
def test_r14_an_infobox_head_count_supports_the_workforce(body: str) -> None:
    found = _judged(body, [_company([("num_employees", "170,688 (2023)")])], ("quantity",), day=dt.date(2024, 8, 8))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Jon Dahl's invented page: a Norbian banker arrested in 2019 (Ana Ruiz, the prime minister, never was).
DAHL_ARRESTED = page(
    "Jon Dahl", "Jon Dahl (born 1968) is a Norbian banker. In 2019 he was arrested on fraud charges.", SAVED
)


# R15 (main d27d0883, the clause walk's definite description; s36-ext36a bbe2d45b claims more such deeds, the bare
# 'The politician was arrested.' too): a second reference by a description is given to the sentence's subject before
# it whatever the description says: 'Jon Dahl, a banker, met Prime Minister Ana Ruiz on Monday. The politician was
# arrested in 2019.' gives 'The politician was arrested in 2019' to Jon Dahl, SUPPORTED by the banker's arrest (the
# politician named is the prime minister); 'The 48-year-old politician ...' is refuted as Dahl's age. The wire's
# second references ('the politician', 'the 48-year-old') pick out whom the description fits.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Jon Dahl, a banker, met Prime Minister Ana Ruiz on Monday. The politician was arrested in 2019.",
            id="a-banker",
        ),
        pytest.param(
            "Banker Jon Dahl met Prime Minister Ana Ruiz on Monday. The politician was arrested in 2019.", id="banker"
        ),
    ],
)
def test_r15_a_description_points_back_at_the_one_it_fits(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [DAHL_ARRESTED], ("clause",))


# R15's twin: the prime minister's own arrest supports 'The politician was arrested in 2019' (fsb37: a description's
# noun names the titles of those it describes, titles.toml `describes`).
RUIZ_ARRESTED = page(
    "Ana Ruiz",
    "Ana Ruiz (born 1975) is a Norbian politician who has been Prime Minister of Norby since 2023. In 2019 she was"
    " arrested at a protest.",
    SAVED,
)


def test_r15_twin_the_politician_described_is_the_one_supported() -> None:
    found = _judged(
        "Jon Dahl, a banker, met Prime Minister Ana Ruiz on Monday. The politician was arrested in 2019.",
        [RUIZ_ARRESTED],
        ("clause",),
    )
    assert found.get("clause: The politician was arrested in 2019") == Verdict.SUPPORTED, found


# R16 (main d27d0883, the clause judge's words; the quantity judge leaves these unverified): a sum written with a
# currency sign is matched by its number alone, so 'Korvik Bank had revenue of $1.2 billion in 2023.' and '... of
# £1.2 billion ...' are SUPPORTED (clause, "states it") by 'In 2023 it had revenue of 1.2 billion euros'. The sign is
# the sum's unit ('1.2 billion dollars', written out, is unverified); a sum in another currency is another sum.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank had revenue of $1.2 billion in 2023.", id="dollar-sign"),
        pytest.param("Korvik Bank had revenue of \u00a31.2 billion in 2023.", id="pound-sign"),
    ],
)
def test_r16_a_sum_in_another_currency_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [BANK_RESULTS], ("clause", "quantity"))


def test_r16_twin_the_sum_in_its_currency_is_supported() -> None:
    found = _judged("Korvik Bank had revenue of \u20ac1.2 billion in 2023.", [BANK_RESULTS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B6 (s36-fsb36 e649d25f, `measured.of_a_tied_thing`; support lost): review35 R22's mend gives a count held by any
# thing of judging.toml's `tied` or `parts` named after the subject's possessive to that thing, so all of a body's
# parts together, which are the body, lose its count: "Norby Steelworks' plants employ about 4,200 people." (page:
# 'It employs about 4,200 people at three plants') and "Korvik Bank's 300 branches serve about 2 million customers."
# (page: 'It has about 2 million customers and 300 branches') SUPPORTED on main, unverified on the branch. One part
# ('its Halden plant', R2) is not the whole; all of them are. A guard: passes on main.
CUSTOMERS = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1995. It has about 2 million customers and 300 branches.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "doc", "words"),
    [
        pytest.param("Norby Steelworks' plants employ about 4,200 people.", WORKS, "4,200", id="plants"),
        pytest.param(
            "Korvik Bank's 300 branches serve about 2 million customers.", CUSTOMERS, "2 million", id="branches"
        ),
    ],
)
def test_b6_all_of_a_bodys_parts_keep_its_count(body: str, doc: Document, words: str) -> None:
    found = {k: v for k, v in _judged(body, [doc], ("quantity",)).items() if words in k}
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B6's twins (s36-fixb36): one part, some of the parts named by a word that narrows them, or each part ('... each')
# is not the body, and the body's page does not support its count.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Norby Steelworks' plant employs about 4,200 people.", id="one"),
        pytest.param("Norby Steelworks' largest plant employs about 4,200 people.", id="the-largest"),
        pytest.param("Norby Steelworks' northern plants employ about 4,200 people.", id="some"),
        pytest.param("Norby Steelworks' two oldest plants employ about 4,200 people.", id="some-counted"),
        pytest.param("Norby Steelworks' plants employ about 4,200 people each.", id="each"),
    ],
)
def test_b6_twin_some_of_a_bodys_parts_are_not_the_body(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [WORKS], ("quantity",))


# R17 (main d27d0883, the role judge's words of standing): 'Outgoing prime minister Ana Ruiz spoke.' is SUPPORTED by
# her holding the post since 14 February 2023 with no successor named anywhere: 'outgoing' says she is on her way out
# (a successor chosen, a resignation given), which no page read tells; 'Interim prime minister Ana Ruiz' is left
# unverified and 'Incoming prime minister Ana Ruiz' refuted. ('Outgoing prime minister Ivo Stam', gone since 2023, is
# refuted.) The wire's 'outgoing' misapplied to a sitting holder is a false claim about her.
# Mended by s36-fsc36 (role.judge `end_told`: 'outgoing', 'departing' ask for the end of the spell held that day told
# by an end or successor row, or a sentence of leaving no older than the spell, judging.toml role.end_to_come).
def test_r17_an_outgoing_holder_is_not_supported_by_the_holding_alone() -> None:
    _never(Verdict.SUPPORTED, "Outgoing prime minister Ana Ruiz spoke.", PEOPLE, ("role",))


def _ruiz_leaving(told: str, rows: list[tuple[str, str]]) -> Document:
    return boxed(
        "Ana Ruiz",
        f"Ana Ruiz (born 1 January 1975) is a Norbian politician serving as Prime Minister of Norby since 14 February "
        f"2023. {told}",
        [("office", "Prime Minister of Norby"), ("term_start", "14 February 2023"), ("predecessor", "Ivo Stam"), *rows],
        SAVED,
    )


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(_ruiz_leaving("In December 2023 she announced her resignation.", []), id="resignation"),
        pytest.param(_ruiz_leaving("", [("successor", "Per Olsen (designate)")]), id="successor-row"),
    ],
)
def test_r17_twin_a_holder_whose_end_is_told_is_outgoing(doc: Document) -> None:
    found = _judged("Outgoing prime minister Ana Ruiz spoke.", [doc, STAM, VOS], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r17_a_leaving_told_before_the_spell_is_no_end_of_it() -> None:
    doc = _ruiz_leaving("In 2019 she resigned from the cabinet.", [])
    _never(Verdict.SUPPORTED, "Outgoing prime minister Ana Ruiz spoke.", [doc, STAM, VOS], ("role",))


# R18 (main d27d0883, the quantity judge's owner): a count the claim gives its subject is SUPPORTED by the page of
# another body its sentence names: 'Korvik Bank, which bought Norby Steelworks in 2020, employs about 4,200 people.',
# 'Korvik Bank, the owner of Norby Steelworks, employs ...', 'Like Norby Steelworks, Korvik Bank employs ...' by
# Norby Steelworks' 'It employs about 4,200 people at three plants.' (the reading's subject is Korvik Bank, rightly;
# the evidence is the steelworks'). A page counts its own subject, not every body the claim's sentence names.
# Mended by s37-fsa37 (measured.beside_the_holder: the names in the holder's apposition or relative clause, or in a
# phrase set before it, are no side a page sentence's count may be read of).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank, which bought Norby Steelworks in 2020, employs about 4,200 people.", id="bought"),
        pytest.param("Korvik Bank, the owner of Norby Steelworks, employs about 4,200 people.", id="the-owner-of"),
        pytest.param("Like Norby Steelworks, Korvik Bank employs about 4,200 people.", id="like"),
        pytest.param(
            "Korvik Bank, which owns Norby Steelworks, produced 1.8 million tonnes of steel in 2022.", id="output"
        ),
    ],
)
def test_r18_a_count_is_not_supported_by_another_bodys_page(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [WORKS, BANK_RESULTS], ("quantity",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank bought Norby Steelworks, which employs about 4,200 people.", id="which-employs"),
        pytest.param("Norby Steelworks, which Korvik Bank bought in 2020, employs about 4,200 people.", id="bought"),
        pytest.param("Norby Steelworks, the owner of Korvik Bank, employs about 4,200 people.", id="the-owner-of"),
        pytest.param("Like Korvik Bank, Norby Steelworks employs about 4,200 people.", id="like"),
        pytest.param("Norby Steelworks, an employer of about 4,200 people, opened a plant.", id="apposed-figure"),
    ],
)
def test_r18_twin_the_bodys_own_count_is_supported(body: str) -> None:
    found = _judged(body, [WORKS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# The Norby Party's invented page with a better result before: 70 of 150 seats in 2011, 61 in 2023.
PARTY_OF_2011 = page(
    "Norby Party",
    "The Norby Party is a centre-right political party in Norby, founded in 1946. In the 2011 election it won 70 of "
    "the 150 seats. In the 2023 election it won 61 seats with 36.2% of the vote.",
    SAVED,
)


# R19 (main d27d0883, the clause judge's value): a result apposed to the figure as a record, 'The Norby Party won 61
# seats in 2023, its best result since 1946.' (also 'since its founding'), gives the clause 'The Norby Party won 61
# seats in 2023, its best result' with the value 'its best result', SUPPORTED ("states it") by 'In the 2023 election
# it won 61 seats' on a page giving 70 seats in 2011. The words 'its best result' are the claim's value and no page
# sentence states them. 'since 1946' mended by the fortieth session's fsb40 (a rank's phrase keeps the date it counts
# from, and a rank so narrowed needs the page's same words); 'since its founding' (no date) still open.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won 61 seats in 2023, its best result since 1946.", id="since-1946"),
        pytest.param(
            "The Norby Party won 61 seats in 2023, its best result since its founding.",
            id="founding",
            marks=_open("R19 open: '61 seats in 2023, its best result since its founding' supported beside 70 in 2011"),
        ),
    ],
)
def test_r19_a_record_apposed_to_a_result_is_not_supported_by_the_result(body: str) -> None:
    found = _judged(body, [PARTY_OF_2011], ("clause",))
    assert not [k for k, v in found.items() if "best result" in k and v == Verdict.SUPPORTED], found


# B7 (s36-fsb36 78be3d1d, the quantity judge's `_resized_since`; support lost): review35 R11's mend takes any 'fell /
# rose / cut ... to N seats' told between the whole's year and the claim's as the body resized, so the party's own
# group shrinking ('After defections in 2021, its group fell to 49 seats.') unseats parliament's whole: 'The Norby
# Party won 61 of the 150 seats in 2023.' SUPPORTED on main (the page: 52 of the 150 seats in 2019, 61 seats in 2023),
# unverified on the branch. A whole is resized only when the body that has it is (parliament, not the party's group).
# A guard: passes on main.
PARTY_SHRANK = page(
    "Norby Party",
    "The Norby Party is a centre-right political party in Norby. In the 2019 election it won 52 of the 150 seats in "
    "parliament with 31.4% of the vote. After defections in 2021, its group fell to 49 seats. In the 2023 election it "
    "won 61 seats with 36.2% of the vote.",
    SAVED,
)


def test_b7_a_partys_own_group_shrinking_does_not_resize_parliament() -> None:
    found = _judged("The Norby Party won 61 of the 150 seats in 2023.", [PARTY_SHRANK], ("quantity",))
    assert found.get("quantity: 61 of the 150 seats") == Verdict.SUPPORTED, found


# B7's twins (s36-fixb36): the party's own count told changing is no whole of parliament, whether smaller than the
# claim's part ('the party fell to 49 seats') or named as its group ('its group rose to 70 seats').
def _party_changed(change: str) -> Document:
    return page(
        "Norby Party",
        "The Norby Party is a centre-right political party in Norby. In the 2019 election it won 52 of the 150 seats "
        f"in parliament with 31.4% of the vote. {change} In the 2023 election it won 61 seats with 36.2% of the vote.",
        SAVED,
    )


@pytest.mark.parametrize(
    "change",
    [
        pytest.param("After defections in 2021, the party fell to 49 seats.", id="fewer-than-the-part"),
        pytest.param("After defections to it in 2021, its group rose to 70 seats.", id="its-group-rose"),
    ],
)
def test_b7_twin_a_partys_own_count_changing_is_no_whole(change: str) -> None:
    found = _judged("The Norby Party won 61 of the 150 seats in 2023.", [_party_changed(change)], ("quantity",))
    assert found.get("quantity: 61 of the 150 seats") == Verdict.SUPPORTED, found
