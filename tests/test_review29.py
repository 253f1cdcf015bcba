"""Findings of review29 (session 29), as rows the desk would meet: a true sentence and, where it helps, its
one-fact-false twin, extracted from an invented article and judged against invented pages
(`tests/support/judging.py`) with the fields extraction gives its words. R-items are strict xfails for what is
open on main; a B-item (a regression found on a branch) is a plain test that passes on main. The list with its
status is /work/briefs29/review29-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.support.ruiz import RUIZ
from tests.test_review26 import AS_OF, SAVED, _judged, _never, _open  # the same reading of rows as review26's
from tests.test_review27 import PARTY, STAM, WORKS
from tests.test_review28 import _told
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Document, Verdict

# Ivo Stam's invented page telling, in his own words, an election he lost to Ana Ruiz.
LOST = _told(
    "He was defeated by Ana Ruiz in the 2019 election.", "Ivo Stam (born 3 March 1950) is a Norbian politician."
)


# R1 (main 9a02b69, the clause judge's match): who did it to whom is not asked: a page sentence in the passive
# supports the claim with doer and done-to swapped: 'Ana Ruiz defeated Ivo Stam in the 2019 election' is SUPPORTED by
# her page's 'she was defeated by Ivo Stam', and 'Ana Ruiz appointed Ivo Stam finance minister' by 'she was appointed
# finance minister by Ivo Stam'; on Stam's page 'He was defeated by Ana Ruiz' supports 'Ivo Stam defeated Ana Ruiz'.
# The one acted on is not the doer. (The true reading of a passive, 'Ana Ruiz defeated Ivo Stam' by Stam's 'He was
# defeated by Ana Ruiz', is unverified on main: support the fix may add, not asked here.) Fixed on s30-fs30: who did it
# to whom is read off the parse on both sides (verify/nlp/agency.py), and a page sentence that swaps them supports not.
@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param(
            "Ana Ruiz defeated Ivo Stam in the 2019 election.",
            [_told("In the 2019 election she was defeated by Ivo Stam.")],
            id="defeated-her-page",
        ),
        pytest.param(
            "Ana Ruiz appointed Ivo Stam finance minister in 2022.",
            [_told("In 2022 she was appointed finance minister by Ivo Stam.")],
            id="appointed",
        ),
        pytest.param("Ivo Stam defeated Ana Ruiz in the 2019 election.", [LOST], id="defeated-his-page"),
        pytest.param(
            "Ana Ruiz succeeded Ivo Stam as party leader in 2015.",
            [_told("In 2015 she was succeeded by Ivo Stam as party leader.")],
            id="succeeded",
        ),
        pytest.param(
            "Ana Ruiz replaced Ivo Stam as party leader in 2015.",
            [_told("In 2015 she was replaced by Ivo Stam as party leader.")],
            id="replaced",
        ),
        pytest.param(
            "Ana Ruiz defeated Ivo Stam in the 2019 election.",
            [_told("Ivo Stam defeated her in the 2019 election.")],
            id="subject-as-object",
        ),
    ],
)
def test_r1_the_one_acted_on_is_not_the_doer(body: str, docs: list) -> None:
    _never(Verdict.SUPPORTED, body, docs, ("clause",))


def test_r1_twin_the_doer_the_page_names_is_supported() -> None:
    won = _told("He defeated Ana Ruiz in the 2019 election.", "Ivo Stam (born 3 March 1950) is a Norbian politician.")
    found = _judged("Ivo Stam defeated Ana Ruiz in the 2019 election.", [won], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# review30 B1 (s30-fs30 bc63455): the first verb of the stem was the one read, so a swapped deed of the same verb told
# before the claim's took the support of the sentence that tells it.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            "Ana Ruiz succeeded Ivo Stam as prime minister in 2023.",
            "Having been succeeded by Jon Dahl as finance minister, she succeeded Ivo Stam as prime minister in 2023.",
            id="succeeded-twice",
        ),
        pytest.param(
            "Ana Ruiz defeated Ivo Stam in the 2019 election.",
            "In the 2019 election Ivo Stam, who had defeated her in 2015, was defeated by her.",
            id="defeated-twice",
        ),
    ],
)
def test_r1_a_swapped_deed_besides_the_claims_keeps_the_support(body: str, sentence: str) -> None:
    found = _judged(body, [_told(sentence)], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            "Ana Ruiz was defeated by Ivo Stam in the 2019 election.",
            "In the 2019 election she was defeated by Ivo Stam.",
            id="passive-by-passive",
        ),
        pytest.param(
            "Ana Ruiz was defeated by Ivo Stam in the 2019 election.",
            "Ivo Stam defeated her in the 2019 election.",
            id="passive-by-active",
        ),
        pytest.param(
            "Ana Ruiz defeated Ivo Stam in the 2019 election.",
            "She won the 2019 election, defeating Ivo Stam.",
            id="participle",
        ),
        pytest.param(
            "Ana Ruiz appointed Ivo Stam finance minister in 2022.",
            "In 2022 she appointed Ivo Stam finance minister.",
            id="appointed",
        ),
        pytest.param(
            "Ana Ruiz was succeeded by Ivo Stam as party leader in 2015.",
            "In 2015 she was succeeded by Ivo Stam as party leader.",
            id="succeeded",
        ),
    ],
)
def test_r1_twin_the_same_doer_in_either_voice_is_supported(body: str, sentence: str) -> None:
    """Who did it to whom is one reading on both sides: a passive claim is its active twin, and so is the page's."""
    found = _judged(body, [_told(sentence)], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R2 (main 9a02b69, the quantity judge's measure): a measure's claim is its figure and unit alone ('1.8 million
# tonnes'), so the page's '1.8 million tonnes of steel' produced supports it whatever the article says was measured
# or done with it: 'produced 1.8 million tonnes of iron' and 'imported 1.8 million tonnes of steel' are SUPPORTED
# (the clause claim of each stays unverified).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Norby Steelworks produced 1.8 million tonnes of iron in 2022.", id="material"),  # fsb36 fe0fb4d0
        pytest.param("Norby Steelworks imported 1.8 million tonnes of steel in 2022.", id="verb"),
    ],
)
def test_r2_a_measure_of_another_thing_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [WORKS], ("quantity",))


def test_r2_twin_the_measure_the_page_gives_is_supported() -> None:
    found = _judged("Norby Steelworks produced 1.8 million tonnes of steel in 2022.", [WORKS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Korvik Bank's invented page: a year's revenue in euros and its share price's rise, given as a percentage and a price.
BANK = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1901. In 2023 it reported revenue of €5.2 billion. Its share price rose "
    "by 12% in 2023 to €41.",
    SAVED,
)


# R3 (main 9a02b69, the clause judge's value): a figure's unit is not asked: 'reported revenue of $5.2 billion in 2023'
# (and '£5.2 billion') is SUPPORTED by the page's '€5.2 billion'; 'rose by 41%' by 'rose by 12% ... to €41' (a price
# read as the percentage), 'rose to €12' by 'rose by 12%'. The quantity claims of the same words stay unverified.
# The currency rows closed by s36-fcb36 (review36 R16: the clause judge holds a sum's currency).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank reported revenue of $5.2 billion in 2023.", id="dollars-for-euros"),
        pytest.param("Korvik Bank reported revenue of £5.2 billion in 2023.", id="pounds-for-euros"),
        pytest.param(
            "Korvik Bank's share price rose by 41% in 2023.",
            id="price-as-percent",
            marks=_open("R3 open: a price read as a percentage supported by the page's bare figure"),
        ),
    ],
)
def test_r3_a_figure_in_another_unit_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [BANK], ("clause",))


def test_r3_a_price_is_not_supported_by_a_percentage() -> None:
    """R3's percent-as-price row, closed by s29-fs29 (a share holds only where the page gives it of the same thing)."""
    _never(Verdict.SUPPORTED, "Korvik Bank's share price rose to €12 in 2023.", [BANK], ("clause",))


# The Norby Greens' invented page: seats won with a whole-number share of the vote.
GREENS = page(
    "Norby Greens",
    "The Norby Greens is a green party in Norby. In the 2023 election it won 12 seats with 8% of the vote.",
    SAVED,
)


# R3's seats side (main 9a02b69 and s29-fs29 d5c0544, the clause judge's value): 'The Norby Greens won 8 seats in
# 2023.' is SUPPORTED by '12 seats with 8% of the vote' (the quantity claim '8 seats' is refuted on s29-fs29, which
# closes review28 R1 for the quantity judge; the clause judge reads the share's whole figure as the seat count).
def test_r3_a_seat_count_is_not_a_share() -> None:
    _never(Verdict.SUPPORTED, "The Norby Greens won 8 seats in 2023.", [GREENS], ("clause",))


def test_r3_twin_the_seats_won_are_supported() -> None:
    found = _judged("The Norby Greens won 12 seats in 2023.", [GREENS], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r3_twin_the_figure_in_its_unit_is_supported() -> None:
    found = _judged("Korvik Bank reported revenue of €5.2 billion in 2023.", [BANK], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R4 (main 9a02b69, the role claim of a step dated apart from its title): 'In 2020, Ana Ruiz became finance minister.'
# gives the role claim 'Ana Ruiz became finance minister', SUPPORTED by her finance row (from 1 March 2022), the year
# before the subject unread (as after 'In 2020 Ana Ruiz', 'In March 2020,', and with 'was appointed'); written after
# the title ('became finance minister in 2020') the role claim is unverified and the clause refuted. A relative time
# after the title is unread too: 'Ana Ruiz became prime minister last month.' on 16 February 2023 (sworn in on the
# 14th) is SUPPORTED. Session 28 read a spell fronted before a role claim ('From 2015 to 2021 he was director ...'),
# not one time of a step.
# Fixed on s30-fs30: a date fronted right before the role's words ('In 2020, ...') is read as its start, as one after
# the office is ('was sworn in as prime minister on 14 February 2023').
@pytest.mark.parametrize(
    ("body", "day"),
    [
        pytest.param("In 2020, Ana Ruiz became finance minister.", AS_OF, id="became"),
        pytest.param("In March 2020, Ana Ruiz became finance minister.", AS_OF, id="month"),
        pytest.param("In 2020, Ana Ruiz was appointed finance minister.", AS_OF, id="appointed"),
        pytest.param("In 2019, Ivo Stam became prime minister.", AS_OF, id="his"),
    ],
)
def test_r4_the_time_of_the_step_is_read(body: str, day: dt.date) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM], ("role",), day)


def test_r4_a_relative_time_of_the_step_is_read() -> None:
    """R4's 'last month' row, closed by the lead (session 29): a step's relative time dates the spell's start."""
    body = "Ana Ruiz became prime minister last month."
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM], ("role",), dt.date(2023, 2, 16))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("In 2022, Ana Ruiz became finance minister.", id="year"),
        pytest.param("In March 2022, Ana Ruiz became finance minister.", id="month"),
        pytest.param("In 2015 Ivo Stam became prime minister.", id="his-without-comma"),
        pytest.param("On 14 February 2023, Ana Ruiz was sworn in as prime minister.", id="day"),
    ],
)
def test_r4_twin_the_steps_own_year_fronted_is_supported(body: str) -> None:
    found = _judged(body, [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R5 (main 9a02b69, the role claim of a post still to come): 'Ana Ruiz, the prime minister-in-waiting, spoke.' four
# days before her oath (10 February 2023) is CONTRADICTED as a post held that day, while '-elect', '-designate',
# 'incoming', 'future' and 'next' before the same post are read as still to come and supported. 'In waiting' (with or
# without hyphens) tells the same. ('would-be', refuted too, was seen and left by review28.) Fixed by the lead
# (session 29): 'in waiting' joins judging.toml's not-yet words.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, the prime minister-in-waiting, spoke.", id="hyphens"),
        pytest.param("Ana Ruiz, the prime minister in waiting, spoke.", id="words"),
    ],
)
def test_r5_a_post_in_waiting_is_not_refuted_before_it_is_taken(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ, STAM], ("role",), dt.date(2023, 2, 10))


def test_r5_twin_the_elect_before_the_oath_is_supported() -> None:
    found = _judged("Ana Ruiz, the prime minister-elect, spoke.", [RUIZ, STAM], ("role",), dt.date(2023, 2, 10))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R6 (main 9a02b69, the quantity claim of a whole's size): 'The Norby Party won 52 seats in the 150-seat parliament in
# 2019.' gives the quantity claim '150-seat' as the party's count of 150, CONTRADICTED by its 52 seats; the parliament's
# size is no count of the party's, and the page gives it ('52 of the 150 seats in parliament').
def test_r6_the_size_of_the_whole_is_not_the_partys_count() -> None:
    _never(
        Verdict.CONTRADICTED,
        "The Norby Party won 52 seats in the 150-seat parliament in 2019.",
        [PARTY],
        ("quantity",),
    )


def test_r6_twin_the_seats_won_are_supported() -> None:
    found = _judged("The Norby Party won 52 seats in the 150-seat parliament in 2019.", [PARTY], ("quantity",))
    assert found["quantity: 52 seats"] == Verdict.SUPPORTED, found


# R7 (main 9a02b69, the clause judge's value): 'The Norby Party won a majority in the 2023 election.' (and 'an outright
# majority in 2023') is SUPPORTED by 'In the 2023 election it won 61 seats' (61 of 150); the page never says a
# majority, and the claim's object goes unasked.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won a majority in the 2023 election.", id="majority"),
        pytest.param("The Norby Party won an outright majority in 2023.", id="outright"),
    ],
)
def test_r7_a_majority_the_page_does_not_give_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [PARTY], ("clause",))


def test_r7_twin_the_seats_won_are_supported() -> None:
    found = _judged("The Norby Party won 61 seats in the 2023 election.", [PARTY], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R8 (main 9a02b69, the clause claim's subject): a describing word before the subject is not asked: 'The centre-left
# Norby Party won 61 seats in 2023.' and 'The Norby Party, a far-right party, won 61 seats in 2023.' are SUPPORTED by a
# page that calls it 'a centre-right political party'; the clause's words carry the party's place.
@_open("R8 open: a party's wrong place on the spectrum supported with the clause it describes")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The centre-left Norby Party won 61 seats in 2023.", id="before"),
        pytest.param("The Norby Party, a far-right party, won 61 seats in 2023.", id="apposition"),
    ],
)
def test_r8_a_wrong_describing_word_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [PARTY], ("clause",))


def test_r8_twin_the_pages_describing_word_is_supported() -> None:
    found = _judged("The centre-right Norby Party won 61 seats in 2023.", [PARTY], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R9 (main 9a02b69, the clause judge's value): an age at the step goes unasked: 'Ana Ruiz, then 47, became prime
# minister in 2023.' is SUPPORTED (born 1 January 1975, in office from 14 February 2023: she was 48); 'At 40, Ana Ruiz
# became prime minister.' gives a role claim without the age, supported.
def test_r9_a_wrong_age_at_the_step_is_not_supported() -> None:
    _never(Verdict.SUPPORTED, "Ana Ruiz, then 47, became prime minister in 2023.", [RUIZ, STAM])


def test_r9_twin_the_step_without_an_age_is_supported() -> None:
    found = _judged("Ana Ruiz became prime minister in 2023.", [RUIZ, STAM], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R10 (main 9a02b69, the quote judge's denial): a fragment the page's quotation denies from further than three words
# before it is SUPPORTED as said: 'Ana Ruiz promised to "cut taxes"' by '"We will not raise pensions or cut taxes."'
# and by '"We will not, under any circumstances, cut taxes."'; and by a page that says she denied the words ('she
# denied that she had promised to "cut taxes"'). Session 28 (review27 R10) reads a denial among the three words before
# the fragment.
@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param('In 2023 she said: "We will not raise pensions or cut taxes."', id="coordinated"),
        pytest.param('In 2023 she said: "We will not, under any circumstances, cut taxes."', id="parenthesis"),
        pytest.param('In 2023 she denied that she had promised to "cut taxes".', id="denied-saying"),
    ],
)
def test_r10_a_denied_fragment_is_not_supported_as_said(sentence: str) -> None:
    _never(Verdict.SUPPORTED, 'Ana Ruiz promised to "cut taxes".', [_told(sentence)], ("quote",), dt.date(2024, 6, 1))


def test_r10_twin_the_fragment_said_is_supported() -> None:
    said = _told('In 2023 she said: "We will cut taxes and raise pensions."')
    found = _judged('Ana Ruiz promised to "cut taxes".', [said], ("quote",), dt.date(2024, 6, 1))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def _dahl(sentence: str) -> Document:
    """Jon Dahl's invented page, a businessman's, whose second sentence tells a deed of his in 2021."""
    return _told(sentence, "Jon Dahl (born 1970) is a Norbian businessman.")


# R11 (main 9a02b69, the clause judge's value): a plea's or a verdict's side is not asked: 'Jon Dahl pleaded guilty to
# fraud in 2021.' is SUPPORTED by 'In 2021 he pleaded not guilty to fraud.', and 'was found guilty of fraud' by 'was
# found not guilty of fraud'. The 'not' before 'guilty' is no denial of the verb, and the value's words go unasked.
# Fixed on s30-fs30: a plea's side is a side the verb takes (judging.toml clause.sides, as 'voted for/against'), read
# right after a verb that follows the value.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param("Jon Dahl pleaded guilty to fraud in 2021.", "In 2021 he pleaded not guilty to fraud.", id="plea"),
        pytest.param(
            "Jon Dahl was found guilty of fraud in 2021.", "In 2021 he was found not guilty of fraud.", id="verdict"
        ),
    ],
)
def test_r11_not_guilty_is_not_guilty(body: str, sentence: str) -> None:
    _never(Verdict.SUPPORTED, body, [_dahl(sentence)], ("clause",))


def test_r11_twin_the_plea_the_page_gives_is_supported() -> None:
    found = _judged("Jon Dahl pleaded guilty to fraud in 2021.", [_dahl("In 2021 he pleaded guilty to fraud.")])
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r11_twin_the_plea_of_not_guilty_the_page_gives_is_supported() -> None:
    body = "Jon Dahl pleaded not guilty to fraud in 2021."
    found = _judged(body, [_dahl("In 2021 he pleaded not guilty to fraud.")], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R12 (main 9a02b69, the clause judge's page sentence): a deed the page gives only as offered, tried, planned or agreed
# is taken as done: 'Jon Dahl bought Korvik Bank in 2021.' is SUPPORTED by 'In 2021 he offered to buy Korvik Bank.'
# (and 'tried to', 'attempted to', 'planned to', 'agreed to', 'threatened to', 'bid to', 'was in talks to'); 'sought
# to', 'wanted to', 'hoped to' are read as unrealised (judging.toml) and leave it unverified. s29-fs29 da2b970 reads
# 'failed/refused/declined/neglected to' on the page side (review28 R11); these are the same shape. (The page's 'he
# bought Korvik Bank' leaves the same claim unverified on main: 'bought' is not read as a form of 'buy'.) Fixed on
# s30-fs30: judging.toml holder.attempted (and attempted_phrases) join the page-side reader of 'failed to'.
@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("In 2021 he offered to buy Korvik Bank.", id="offered"),
        pytest.param("In 2021 he tried to buy Korvik Bank.", id="tried"),
        pytest.param("In 2021 he agreed to buy Korvik Bank.", id="agreed"),
        pytest.param("In 2021 he was in talks to buy Korvik Bank.", id="in-talks"),
        pytest.param("In 2021 he planned to buy Korvik Bank.", id="planned"),
    ],
)
def test_r12_an_offer_to_do_it_is_not_the_deed(sentence: str) -> None:
    _never(Verdict.SUPPORTED, "Jon Dahl bought Korvik Bank in 2021.", [_dahl(sentence)], ("clause",))


def test_r12_twin_the_deed_done_is_supported() -> None:
    found = _judged("Jon Dahl bought Korvik Bank in 2021.", [_dahl("In 2021 he acquired Korvik Bank.")], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# review30 B5 (s30-fs30 69b9c49): the attempted words were read as nouns too ('his plan to buy'), so pages telling
# the deed done lost their support. (Left: 'Having promised to sign X, she signed it in 2021', the fronted participle.)
@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("In 2021 he carried out his plan to buy Korvik Bank.", id="his-plan"),
        pytest.param("In 2021 he completed his bid to buy Korvik Bank.", id="his-bid"),
        pytest.param("In 2021 his offer to buy Korvik Bank was accepted and he bought it.", id="his-offer"),
        pytest.param("In 2021 he succeeded in his attempt to buy Korvik Bank.", id="his-attempt"),
    ],
)
def test_r12_a_plan_carried_out_keeps_the_support(sentence: str) -> None:
    found = _judged("Jon Dahl bought Korvik Bank in 2021.", [_dahl(sentence)], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Jon Dahl offered to buy Korvik Bank in 2021.", id="offered"),
        pytest.param("Jon Dahl agreed to buy Korvik Bank in 2021.", id="agreed"),
    ],
)
def test_r12_twin_the_offer_the_claim_tells_is_supported(body: str) -> None:
    """The page's 'offered to' denies nothing of a claim that tells the offer itself."""
    sentence = body.replace("Jon Dahl", "In 2021 he").replace(" in 2021", "")
    found = _judged(body, [_dahl(sentence)], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Guard (review29 B1-B3 on s29-fs29 e374d7e, review28 R10/R12's readings of a page sentence's other clause and a verb's
# side): each true claim below is SUPPORTED on main and UNVERIFIED on the branch. B1: an adjective ending in '-ed'
# after 'and' ('economics and applied mathematics') is read as another clause's verb; B2: 'against' an opponent
# ('ran against Ivo Stam for president') is read as the side of the verb; B3: an elliptic second side ('voted for the
# 2021 budget but against the 2022 budget') is read as the first verb's side.
@pytest.mark.parametrize(
    ("body", "sentence", "who"),
    [
        pytest.param(
            "Jon Dahl studied economics at the University of Korvik.",
            "He studied economics and applied mathematics at the University of Korvik.",
            "Jon Dahl (born 1975) is a Norbian tennis player.",
            id="b1-applied",
        ),
        pytest.param(
            "Ana Ruiz ran for president in 2019.",
            "She ran against Ivo Stam for president in 2019.",
            "Ana Ruiz (born 1 January 1975) is a Norbian politician.",
            id="b2-ran-against",
        ),
        pytest.param(
            "Ana Ruiz voted against the 2022 budget.",
            "She voted for the 2021 budget but against the 2022 budget.",
            "Ana Ruiz (born 1 January 1975) is a Norbian politician.",
            id="b3-elliptic-side",
        ),
    ],
)
def test_b1_b3_a_true_claim_keeps_the_page_sentences_support(body: str, sentence: str, who: str) -> None:
    found = _judged(body, [_told(sentence, who)], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Guard (review29 B4 on s29-way29 176fb43, an age told of taking up a post): a clock time after the post is read as
# the age and refuted by her birth date: 'Ana Ruiz became prime minister at 12:30 on Tuesday.' and '... was elected
# prime minister at 3 p.m. by parliament.' are CONTRADICTED on the branch (unverified on main).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz became prime minister at 12:30 on Tuesday.", id="clock"),
        pytest.param("Ana Ruiz was elected prime minister at 3 p.m. by parliament.", id="pm"),
    ],
)
def test_b4_a_time_of_day_is_no_age(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ, STAM], ("clause",), dt.date(2023, 2, 16))


# Guard (review29 B5 on s29-way29 176fb43, the same reading): the age's finding is lent to every claim whose words hold
# the age, so a clause that carries another fact after it is SUPPORTED whole: 'Ana Ruiz became prime minister at 48,
# having led the opposition since 2015' (she led it from 2020) and '48, the youngest ever' (unverified on main).
@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param(
            "Ana Ruiz became prime minister at 48, having led the opposition since 2015.", "since 2015", id="since"
        ),
        pytest.param("Ana Ruiz became prime minister at 48, the youngest ever.", "youngest", id="youngest"),
    ],
)
def test_b5_the_age_supports_no_other_fact_of_the_claim(body: str, words: str) -> None:
    found = _judged(body, [RUIZ, STAM], ("clause",))
    held = {text: v for text, v in found.items() if words in text}
    assert held, found
    assert Verdict.SUPPORTED not in held.values(), found


# Guard (review29 B6 on s29-open29 99cf2e4, review28 R14's 'from YEAR until ...'): the start year before 'until last
# year' or 'until February' goes unread, so a wrong start is SUPPORTED by the term's end: 'Ivo Stam, prime minister
# from 2013 until last year' (his term from 2015), '... from 2010 until February', 'Ana Ruiz, finance minister from
# 2018 until last year' (hers from 2022). Main refutes each (as held today: the right outcome for another reason).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam, prime minister from 2013 until last year, spoke.", id="until-last-year"),
        pytest.param("Ivo Stam, prime minister from 2010 until February, spoke.", id="until-month"),
        pytest.param("Ana Ruiz, finance minister from 2018 until last year, spoke.", id="hers"),
    ],
)
def test_b6_a_wrong_start_before_until_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM], ("role",))


# Guard (review29 B7 on s29-open29 99cf2e4, review28 R19's relative time after 'sworn in as <title>'): the time cut from
# the office is read by nothing, so 'Ana Ruiz was sworn in as prime minister yesterday.' in an article of 15 June
# 2023 (four months after her oath), or 'last week', is SUPPORTED by her term. Main refutes it (the time read into the
# office: review28 R19).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz was sworn in as prime minister yesterday.", id="yesterday"),
        pytest.param("Ana Ruiz was sworn in as prime minister last week.", id="last-week"),
    ],
)
def test_b7_a_relative_time_of_the_oath_is_read(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM], ("role",), dt.date(2023, 6, 15))


# Lena Vos's invented page: prime minister before Ivo Stam, her term long over.
VOS = boxed(
    "Lena Vos",
    "Lena Vos (born 1960) is a Norbian politician who served as Prime Minister of Norby from 2005 to 2015.",
    [("office", "Prime Minister of Norby"), ("term_start", "1 May 2005"), ("term_end", "1 June 2015")],
    SAVED,
)


# R13 (main 9a02b69, the role claims of a plural title before two names): 'Former prime ministers Ivo Stam and Lena Vos
# attended the ceremony.' gives 'prime ministers Ivo Stam' (held office, supported) and 'Lena Vos' as holding the post
# today, CONTRADICTED by her term's end: the second name loses 'Former'.
def test_r13_a_plural_former_title_is_each_names() -> None:
    _never(
        Verdict.CONTRADICTED,
        "Former prime ministers Ivo Stam and Lena Vos attended the ceremony.",
        [RUIZ, STAM, VOS],
        ("role",),
    )


def test_r13_twin_one_former_holder_is_supported() -> None:
    found = _judged("Former prime minister Lena Vos attended the ceremony.", [RUIZ, STAM, VOS], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R14 (main 9a02b69, the role claim of 'both'): 'Ana Ruiz and Ivo Stam, both former prime ministers, attended.' gives
# one role claim, 'prime ministers', of Ivo Stam alone, SUPPORTED by his ended term; Ana Ruiz, prime minister today,
# is no former one, and goes unasked.
def test_r14_both_names_are_asked() -> None:
    _never(
        Verdict.SUPPORTED,
        "Ana Ruiz and Ivo Stam, both former prime ministers, attended.",
        [RUIZ, STAM, VOS],
        ("role",),
    )


def test_r14_twin_two_former_holders_are_supported() -> None:
    found = _judged("Ivo Stam and Lena Vos, both former prime ministers, attended.", [RUIZ, STAM, VOS], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R15 (main 9a02b69, extraction of a population): a figure with a scale word after 'population of' is cut before its
# decimals and its scale: 'Korvik has a population of 2.5 million.' gives the quantity claim 'population of 2' (and
# '... of 2 million' the same, '... of about 2.5 million' 'population of about 2', '5.4m' 'population of 5'), which
# no page can settle; '2.5 million inhabitants' is read whole.
@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param("Korvik has a population of 2.5 million.", "2.5 million", id="decimal"),
        pytest.param("Korvik has a population of 2 million.", "2 million", id="whole"),
        pytest.param(
            "The country's population of 5.4 million is ageing.",
            "5.4 million",
            id="subject",
            marks=_open("R15 open: a population as the subject of its sentence gives no claim at all"),
        ),
    ],
)
def test_r15_a_population_keeps_its_scale(body: str, words: str) -> None:
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    assert [c.text for c in claims if c.kind == "quantity" and words in c.text], [c.text for c in claims]


def test_r15_twin_a_population_in_digits_is_read_whole() -> None:
    claims = extract_claims(article_from_text("Norby news\n\nKorvik has a population of 248,312.\n", as_of=AS_OF))
    assert [c.text for c in claims if c.kind == "quantity"] == ["population of 248,312"]


# R16 (main 9a02b69, the role claim of a timeline line): a line's step told in the historic present under its date
# ('1 March 2022 - Ana Ruiz becomes finance minister.', '2022: ...', '2015 - Ivo Stam becomes prime minister.') is read
# as the post held on the article's day and CONTRADICTED by the term's end; the line's date is the step's.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("1 March 2022 - Ana Ruiz becomes finance minister.", id="day-dash"),
        pytest.param("2022: Ana Ruiz becomes finance minister.", id="year-colon"),
        pytest.param("2015 - Ivo Stam becomes prime minister.", id="his"),
    ],
)
def test_r16_a_timeline_step_is_not_refuted_as_held_today(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ, STAM], ("role",))


def test_r16_twin_a_step_to_the_post_held_today_is_supported() -> None:
    found = _judged("14 February 2023 - Ana Ruiz becomes prime minister.", [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R17 (main 9a02b69, the quote judge's match): a quotation that differs from the page's in its figure alone is
# SUPPORTED: 'Ana Ruiz said: "Inflation will fall below 2% by the end of the year."' by her '"... below 3% ..."' (one
# other word, 'rise above', or 'weak' for 'strong', leaves it unverified). A figure in quoted words is the words.
def test_r17_a_misquoted_figure_is_not_supported() -> None:
    said = _told('In 2023 she said: "Inflation will fall below 3% by the end of the year."')
    body = 'Ana Ruiz said: "Inflation will fall below 2% by the end of the year."'
    _never(Verdict.SUPPORTED, body, [said], ("quote",), dt.date(2024, 6, 1))


def test_r17_twin_the_quotation_as_said_is_supported() -> None:
    said = _told('In 2023 she said: "Inflation will fall below 3% by the end of the year."')
    body = 'Ana Ruiz said: "Inflation will fall below 3% by the end of the year."'
    found = _judged(body, [said], ("quote",), dt.date(2024, 6, 1))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R18 (main 9a02b69, the date claim of 'since' a yearless day): 'Ana Ruiz, who has been prime minister since 14
# February, spoke.' on 10 January 2024 is CONTRADICTED by her term's start (14 February 2023): the day is read in the
# article's year, a month ahead of it; 'became prime minister on 14 February' the same day is supported (the last
# such day before the article's), and in June 2023 'since 14 February' is too.
def test_r18_a_yearless_since_is_the_last_such_day() -> None:
    _never(
        Verdict.CONTRADICTED,
        "Ana Ruiz, who has been prime minister since 14 February, spoke.",
        [RUIZ, STAM],
        ("date",),
    )


def test_r18_twin_a_yearless_since_later_in_the_year_is_supported() -> None:
    found = _judged(
        "Ana Ruiz, who has been prime minister since 14 February, spoke.", [RUIZ, STAM], ("date",), dt.date(2023, 6, 15)
    )
    assert set(found.values()) == {Verdict.SUPPORTED}, found
