"""Findings of review35 (session 35), as rows the desk would meet: a true sentence and, where it helps, its
one-fact-false twin, extracted from an invented article and judged against invented pages
(`tests/support/judging.py`) with the fields extraction gives its words. R-items are strict xfails for what is
open on main; a B-item (a regression found on a branch) is a plain test that passes on main, or a strict xfail naming
the branch. The list with its status is /work/briefs35/review35-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, page
from tests.test_review26 import AS_OF, SAVED, _judged, _never  # the same reading of rows as review26's
from tests.test_review27 import ESTONIAN, PARTY, WORKS
from tests.test_review31 import BANK_RESULTS, JOBLESS, _ruiz_said
from tests.test_review32 import PEOPLE, QUAKE_TOLL, QUAKE_WEEK
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Document, Verdict

# Ana Ruiz's invented page with two deeds told in its body (review32's): arrested in 2019, founded Korvik Bank in 1995.
RUIZ_DEEDS = _ruiz_said("In 2019 she was arrested. She founded Korvik Bank in 1995.")


# R1 (main bd0dfdc0, the clause reader's `clause_subject`; mended by the lead, predicates.toml contest_verbs):
# an infinitive hung on a verb with a named object is given
# to the object ('Macron appointed him to replace Barnier' is right), so the purpose infinitive of a contest, 'X
# defeated Y to become prime minister', the commonest lead of an election story, is read as the loser's step: the
# false 'Lena Vos defeated Ana Ruiz to become prime minister in 2023.' gives 'Ana Ruiz to become prime minister in
# 2023', SUPPORTED by Ruiz's premiership (and the true 'Ivo Stam defeated Lena Vos to become prime minister in 2015.'
# gives it to Vos, CONTRADICTED by her page). Object control belongs to verbs of asking and naming (appoint, ask,
# name, urge, pick); a verb of winning keeps its own subject. 'beat' is parsed otherwise and read right.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos defeated Ana Ruiz to become prime minister in 2023.", id="defeated"),
        pytest.param("Lena Vos narrowly defeated Ivo Stam to become prime minister in 2015.", id="narrowly-defeated"),
    ],
)
def test_r1_the_loser_of_a_contest_is_not_the_one_who_became(body: str) -> None:
    _never(Verdict.SUPPORTED, body, PEOPLE, ("clause", "role", "date"))


def test_r1_twin_the_winner_of_a_contest_is_not_refuted_by_the_losers_page() -> None:
    _never(Verdict.CONTRADICTED, "Ivo Stam defeated Lena Vos to become prime minister in 2015.", PEOPLE, ("clause",))


# R2 (main bd0dfdc0, the clause judge's claim side; review34 R14 is the page side; mended by the lead):
# a deed told as NOT done by an
# adverb of near-miss, 'nearly', 'almost', 'barely' ... , keeps its verb and is SUPPORTED by the page telling it done:
# 'Ana Ruiz nearly became prime minister in 2023.' (she became it), 'Ana Ruiz, who almost became prime minister in
# 2023, spoke.', 'Ana Ruiz nearly founded Korvik Bank in 1995.' (she founded it). Each is false. ('was nearly
# arrested' and 'was almost elected' are left unverified; 'barely became' is true and may stay supported.)
@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param("Ana Ruiz nearly became prime minister in 2023.", PEOPLE, id="nearly-became"),
        pytest.param("Ana Ruiz almost became prime minister in 2023.", PEOPLE, id="almost-became"),
        pytest.param("Ana Ruiz, who almost became prime minister in 2023, spoke.", PEOPLE, id="relative"),
        pytest.param("Ana Ruiz nearly founded Korvik Bank in 1995.", [RUIZ_DEEDS], id="nearly-founded"),
    ],
)
def test_r2_a_deed_nearly_done_is_not_supported_by_the_deed(body: str, docs: list[Document]) -> None:
    _never(Verdict.SUPPORTED, body, docs, ("clause", "role", "date"))


def test_r2_twin_the_deed_done_is_supported() -> None:
    found = _judged("Ana Ruiz founded Korvik Bank in 1995.", [RUIZ_DEEDS], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Ana Ruiz's invented pages with one post each, from 14 February 2023 (a length 'for almost a year' on 10 January 2024
# is true of it): the mayoralty of Tarsa, Norby's premiership, Norby's deputy premiership.
def _one_post(office: str) -> Document:
    return boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 1 January 1975) is a Norbian politician.",
        [("office", office), ("term_start", "14 February 2023")],
        SAVED,
    )


MAYOR_OF_TARSA = _one_post("Mayor of Tarsa")
PM_OF_NORBY = _one_post("Prime Minister of Norby")
DEPUTY_PM = _one_post("Deputy Prime Minister of Norby")


# R3 (main bd0dfdc0, the duration judge's `tenure_findings`; also open on s35-fsa35 6cfbb961, whose `_kind_held` reads
# the post after 'has been' up to 'for' in letters and spaces only): a length whose post names its place in the
# possessive, or is told as 'held the post of' / 'in the prime minister's job', is measured on any spell the page gives:
# 'Ana Ruiz has been Halden's mayor for almost a year.' SUPPORTED by 'Mayor of Tarsa' (from 14 February 2023), 'has
# been Korvia's prime minister for almost a year' by 'Prime Minister of Norby', 'has held the post of prime minister
# for almost a year' and 'has been in the prime minister's job ...' by 'Deputy Prime Minister of Norby' (review34 R9's
# spell, told otherwise). Each false: another town, another country, another post. (fsa35 mends 'mayor of Halden',
# 'prime minister of Korvia' and 'has been prime minister' against the deputy's spell.)
# Mended by s36-fsa36 (the duration judge's `_post_of_kind`; judging.toml [duration] post_nouns).
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Ana Ruiz has been Halden's mayor for almost a year.", MAYOR_OF_TARSA, id="halden-s-mayor"),
        pytest.param("Ana Ruiz has been Korvia's prime minister for almost a year.", PM_OF_NORBY, id="korvia-s-pm"),
        pytest.param("Ana Ruiz has held the post of prime minister for almost a year.", DEPUTY_PM, id="held-the-post"),
        pytest.param("Ana Ruiz has been in the prime minister's job for almost a year.", DEPUTY_PM, id="in-the-job"),
    ],
)
def test_r3_a_length_in_another_post_is_not_supported(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("duration",))


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Ana Ruiz has been Tarsa's mayor for almost a year.", MAYOR_OF_TARSA, id="tarsa-s-mayor"),
        pytest.param("Ana Ruiz has been Norby's prime minister for almost a year.", PM_OF_NORBY, id="norby-s-pm"),
        pytest.param(
            "Ana Ruiz has held the post of prime minister for almost a year.", PM_OF_NORBY, id="held-the-post"
        ),
        pytest.param("Ana Ruiz has been in the prime minister's job for almost a year.", PM_OF_NORBY, id="in-the-job"),
    ],
)
def test_r3_twin_the_length_in_the_post_is_supported(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("duration",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R4 (main bd0dfdc0, the date reader; open on s35-ext35 38e4f5fb too, which mends review34 R21's clause words only):
# a day-month-year dateline is read as the day of the first clause's deed, even when the clause gives its own year,
# and glued to its words: 'HALDEN, 10 January 2024 - Ana Ruiz became prime minister in 2023, officials said.' gives
# the date claim '10 January 2024 - Ana Ruiz became' (value 2024-01-10) beside the clause's own 2023; 'HALDEN, 10
# January 2024 - Ivo Stam resigned as prime minister in 2023.' the same. The judge leaves these unverified, but the
# desk reads a row claiming she became prime minister on the dateline's day. A dateline is the day of writing.
# Mended (s36-ext36a, `_Article._dated_by_its_year`): a year alone after the dateline dating the dateline's first
# verb is that deed's own time; the dateline then dates nothing, and the year is claimed (by the clause that carries
# it as its time, or as a date claim of its own).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("HALDEN, 10 January 2024 - Ana Ruiz became prime minister in 2023, officials said.", id="became"),
        pytest.param("HALDEN, 10 January 2024 - Ivo Stam resigned as prime minister in 2023.", id="resigned"),
        pytest.param("OSLO, 3 March 2025 - Eva Holm founded Korvik Bank in 1995, the bank said.", id="founded"),
    ],
)
def test_r4_a_datelines_day_is_not_the_day_of_a_deed_dated_otherwise(body: str) -> None:
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    dateline_day = body.split(",")[1].split(" - ")[0].strip()  # '10 January 2024'
    assert not [(c.kind, c.text) for c in claims if dateline_day in c.text], claims
    own_year = body.rstrip(".").split(" in ")[-1][:4]  # '2023'
    assert [c for c in claims if own_year in (c.value or "", c.time or "")], claims


# The other side of R4: a dateline's sentence with no time of its own is still dated by the dateline (the day of the
# report is the day of its first deed, as the wire writes it); a year dating another verb ('who founded the bank in
# 1995') leaves it so.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("HALDEN, 10 January 2024 - Ivo Stam resigned as prime minister.", id="no-year"),
        pytest.param("HALDEN, 10 January 2024 - Ivo Stam, who founded the bank in 1995, resigned.", id="other-verbs"),
    ],
)
def test_r4_a_datelines_day_still_dates_a_first_deed_without_a_time(body: str) -> None:
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    assert [c for c in claims if c.kind == "date" and c.value == "2024-01-10"], claims


# Ana Ruiz's invented page calling the deal "a disaster" in 2023 (review31's `_ruiz_said`).
CALLED_IT = _ruiz_said('In 2023 she called the deal "a disaster".')


# R5 (main bd0dfdc0, the quote judge's `_denial_cut_off`): a denial the PAGE sets before the quoted words and the
# claim cuts off withholds support, but not the other way round: a claim setting its own denial before the words,
# outside the quotation marks, 'Ana Ruiz said the deal was not "a disaster".', is SUPPORTED by a page where she called
# it "a disaster" (also 'said the deal was far from "a disaster"', 'said she had never called the deal "a
# disaster"'): the quote claim is hers, the words are found, the meaning is the opposite. (With 'did not call',
# 'refused to call', 'denied calling' the quote is unattributed and its words supported as said somewhere.)
# Mended (fsb36, verify/kinds/quote/judge.py `_denial_added`) where the denial stands among the words right before
# the quotation or denies the verb it hangs from; still open: a quotation that is a verb's predicate complement
# ('called the deal "a disaster"', parsed as an oprd) is not climbed from by negation.denied_above.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param('Ana Ruiz said the deal was not "a disaster".', id="not"),
        pytest.param('Ana Ruiz said the deal was far from "a disaster".', id="far-from"),
        # fsb37: an object predicate ('oprd') is climbed to its verb's 'never' (verify/nlp/negation.py)
        pytest.param('Ana Ruiz said she had never called the deal "a disaster".', id="never-called"),
    ],
)
def test_r5_words_the_claim_denies_are_not_supported_by_the_words_said(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [CALLED_IT], ("quote",))


@pytest.mark.parametrize(
    "said",
    [
        pytest.param('In 2023 she said the deal was not "a disaster".', id="page-denies-too"),
        pytest.param('In 2023 she said the deal was "not a disaster".', id="page-denies-inside"),
        pytest.param('In 2023 she said she had never called the deal "a disaster".', id="page-never-called"),
    ],
)
def test_r5_twin_a_denial_the_page_gives_too_is_supported(said: str) -> None:
    found = _judged('Ana Ruiz said the deal was not "a disaster".', [_ruiz_said(said)], ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r5_twin_the_words_said_are_supported() -> None:
    found = _judged('Ana Ruiz said the deal was "a disaster".', [CALLED_IT], ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R6 (main bd0dfdc0, the quantity judge's time): a page's figure told in the present ('It employs about 4,200 people',
# saved in 2024) is of the page's day, but a claim dating the same figure to a year long past is SUPPORTED by it:
# 'Norby Steelworks employed about 4,200 people in 1990.', 'In 1990, Norby Steelworks employed ...', '... once employed
# about 4,200 people', '... employed about 4,200 people at its peak' (what wire copy says of a shrunken employer; the
# page gives today's workforce only). The party's 'had about 42,000 members in 1990' is left unverified.
# Mended (fsb36, verify/kinds/quantity/period.py): a page's figure told in the present with no year supports no figure
# told in the past of a time long gone.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Norby Steelworks employed about 4,200 people in 1990.", id="in-1990"),
        pytest.param("In 1990, Norby Steelworks employed about 4,200 people.", id="fronted-1990"),
        pytest.param("Norby Steelworks once employed about 4,200 people.", id="once"),
        pytest.param("Norby Steelworks employed about 4,200 people at its peak.", id="at-its-peak"),
    ],
)
def test_r6_a_figure_of_today_does_not_support_it_in_a_year_long_past(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [WORKS], ("quantity",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Norby Steelworks employs about 4,200 people.", id="employs"),
        pytest.param("Norby Steelworks employed about 4,200 people last year.", id="last-year"),
        pytest.param("Norby Steelworks employed about 4,200 people in 2023.", id="in-2023"),
        pytest.param("Norby Steelworks, founded in 1921, employs about 4,200 people.", id="founded-long-ago"),
    ],
)
def test_r6_twin_the_figure_of_today_is_supported(body: str) -> None:
    found = _judged(body, [WORKS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R7 (main bd0dfdc0, the quantity judge's measured thing): a quantity's unit is checked, not the stuff it measures:
# 'Norby Steelworks produced 1.8 million tonnes of iron in 2022.' (and 'of iron ore') is SUPPORTED by 'In 2022 it
# produced 1.8 million tonnes of steel.' Steel is not iron; business copy mixes the two (crude steel, pig iron, ore).
# Mended (fsb36, verify/kinds/quantity/measured.py `of_another_stuff`): the noun after a unit's 'of' is its stuff.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Norby Steelworks produced 1.8 million tonnes of iron in 2022.", id="iron"),
        pytest.param("Norby Steelworks produced 1.8 million tonnes of iron ore in 2022.", id="iron-ore"),
    ],
)
def test_r7_a_measure_of_another_stuff_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [WORKS], ("quantity",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Norby Steelworks produced 1.8 million tonnes of steel in 2022.", id="steel"),
        pytest.param("Norby Steelworks produced 1.8 million tonnes of crude steel in 2022.", id="crude-steel"),
        pytest.param("Norby Steelworks produced 1.8 million tonnes in 2022.", id="no-stuff"),
    ],
)
def test_r7_twin_the_measure_of_the_stuff_is_supported(body: str) -> None:
    found = _judged(body, [WORKS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R8 (main bd0dfdc0, the quantity judge's page of the subject): an event named by its place and its kind ('the
# Korvik floods') takes the page of another kind of event at that place ('2023 Korvik earthquake') as its own: 'The
# Korvik floods killed 312 people.' SUPPORTED by '..., killing 312 people' (also 'The Korvik fire', 'The Korvik
# bombing'). A search for the floods may well return the earthquake's page; its toll is not theirs. (A year other than
# the page's, 'The 1990 Korvik earthquake', is read: unverified.)
# Mended (fsb36, verify/kinds/quantity/event_kind.py): a page titled by another sort of event is set aside.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Korvik floods killed 312 people.", id="floods"),
        pytest.param("The Korvik fire killed 312 people.", id="fire"),
        pytest.param("The Korvik bombing killed 312 people.", id="bombing"),
    ],
)
def test_r8_another_kind_of_event_is_not_supported_by_the_events_page(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [QUAKE_TOLL], ("quantity",), QUAKE_WEEK)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Korvik earthquake killed 312 people.", id="earthquake"),
        pytest.param("The Korvik quake killed 312 people.", id="quake"),
        pytest.param("The disaster in Korvik killed 312 people.", id="no-sort"),
    ],
)
def test_r8_twin_the_same_sort_of_event_is_supported(body: str) -> None:
    found = _judged(body, [QUAKE_TOLL], ("quantity",), QUAKE_WEEK)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Ana Ruiz's invented pages holding a ministry under a name one country uses (India's 'Minister of External Affairs',
# the United Kingdom's 'Chancellor of the Exchequer'), but as a Norbian, or with Norby in the office row itself.
def _ruiz_holding(lead: str, office: str) -> Document:
    return boxed(
        "Ana Ruiz",
        f"Ana Ruiz (born 1 January 1975) is {lead}.",
        [("office", office), ("term_start", "30 May 2019")],
        SAVED,
    )


# B1 (s35-fc35 ea6124f2, review34 R20's mend: offices.toml own_names): a ministry's own name is read as the generic
# post OF ITS COUNTRY whatever the page says of the person, so 'Indian Foreign Minister Ana Ruiz' is SUPPORTED on the
# branch against a Norbian politician's 'Minister of External Affairs', even against 'Minister of External Affairs of
# Norby'; "Britain's finance minister" / 'British Finance Minister' against a Norbian's 'Chancellor of the Exchequer'
# (CONTRADICTED on main: the post is Norby's). The own name may tell the country only when the page gives none.
# Merged with its branch: open on main since the merge 3554fde2; mended by s35-fixb35.
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param(
            "Indian Foreign Minister Ana Ruiz spoke.",
            _ruiz_holding("a Norbian politician", "Minister of External Affairs"),
            id="indian-of-a-norbian",
        ),
        pytest.param(
            "Indian Foreign Minister Ana Ruiz spoke.",
            _ruiz_holding("a politician", "Minister of External Affairs of Norby"),
            id="indian-of-norby",
        ),
        pytest.param(
            "Ana Ruiz, Britain's finance minister, spoke.",
            _ruiz_holding("a Norbian politician", "Chancellor of the Exchequer"),
            id="britain-s-of-a-norbian",
        ),
    ],
)
def test_b1_a_ministrys_own_name_does_not_outweigh_the_pages_country(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("role",))


# Ana Ruiz's invented page whose lead numbers her premiership the commonest Wikipedia way, 'the 13th and current Prime
# Minister of Norby', or calls her its first female holder (no order row in either).
def _ruiz_lead(post: str) -> Document:
    return boxed(
        "Ana Ruiz",
        f"Ana Ruiz (born 1 January 1975 in Halden) is a Norbian politician who has served as {post} since 14 February "
        "2023.",
        [("office", "Prime Minister of Norby"), ("term_start", "14 February 2023"), ("predecessor", "Ivo Stam")],
        SAVED,
    )


THIRTEENTH_AND_CURRENT = _ruiz_lead("the 13th and current Prime Minister of Norby")
FIRST_FEMALE = _ruiz_lead("the first female Prime Minister of Norby")


# R9 (main bd0dfdc0; open on s35-fsa35 da0c986b too, whose mend of review34 R1 reads an ordinal right before the
# title only): a lead numbering the post 'the 13th and current Prime Minister of Norby' leaves the number unread, and
# the start's year SUPPORTS 'Ana Ruiz became Norby's 14th prime minister in 2023.' (review34 R1 in Wikipedia's most
# usual wording of a sitting holder).
# Mended by s36-fsa36 (judging.toml lead_number_standings: the holder's standing between the number and the title).
def test_r9_a_post_numbered_with_and_current_is_not_supported_otherwise() -> None:
    _never(Verdict.SUPPORTED, "Ana Ruiz became Norby's 14th prime minister in 2023.", [THIRTEENTH_AND_CURRENT])


def test_r9_twin_the_post_numbered_so_is_supported() -> None:
    found = _judged("Ana Ruiz became Norby's 13th prime minister in 2023.", [THIRTEENTH_AND_CURRENT], ("clause",))
    assert Verdict.SUPPORTED in found.values(), found


# R10 (main bd0dfdc0, the role and clause judges' rank of a post): 'the first female Prime Minister of Norby' SUPPORTS
# 'Ana Ruiz became Norby's first prime minister in 2023.' (role and clause): the first woman to hold a post is not its
# first holder (her predecessor Ivo Stam is on the same page). 'Norby's first female prime minister' is true.
# Mended (fsb37, verify/kinds/ordinals.py `ranked_among_a_kind`): a rank the page gives among one kind of holder
# (judging.toml `first_of_a_kind`) ranks no holder the claim names without that kind.
def test_r10_the_first_woman_in_a_post_is_not_its_first_holder() -> None:
    _never(Verdict.SUPPORTED, "Ana Ruiz became Norby's first prime minister in 2023.", [FIRST_FEMALE])


def test_r10_twin_the_first_female_holder_is_supported() -> None:
    found = _judged("Ana Ruiz became Norby's first female prime minister in 2023.", [FIRST_FEMALE], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R10's kin (fsb37): a superlative among one kind of holder, 'the youngest female Prime Minister of Norby', is no
# youngest prime minister's rank (role); the kind told in other words ('woman' for 'female') is the same rank.
YOUNGEST_FEMALE = _ruiz_lead("the youngest female Prime Minister of Norby")


def test_r10_the_youngest_woman_in_a_post_is_not_its_youngest_holder() -> None:
    _never(Verdict.SUPPORTED, "Ana Ruiz became Norby's youngest prime minister in 2023.", [YOUNGEST_FEMALE], ("role",))


def test_r10_twin_the_youngest_woman_told_in_other_words_is_supported() -> None:
    found = _judged("Ana Ruiz became Norby's youngest woman prime minister in 2023.", [YOUNGEST_FEMALE], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# The Norby Party's invented page: 52 of the 150 seats in 2019, parliament enlarged to 200 seats in 2022, 61 seats in
# 2023 (no whole told with them).
ENLARGED = page(
    "Norby Party",
    "The Norby Party is a centre-right political party in Norby. In the 2019 election it won 52 of the 150 seats in "
    "parliament. Parliament was enlarged to 200 seats in 2022. In the 2023 election it won 61 seats.",
    SAVED,
)


# R11 (main bd0dfdc0; also on s35-fsb35 76635f3d, whose `_whole_given` checks a part's whole against a whole the page
# gives some of anywhere): a part's whole is taken from another year's part, so 'The Norby Party won 61 of the 150
# seats in 2023.' is SUPPORTED by '... in 2019 it won 52 of the 150 seats ... enlarged to 200 seats in 2022 ... In
# the 2023 election it won 61 seats.' False: the 2023 parliament had 200 seats (on the branch the true '61 of the 200
# seats' is unverified, on main supported). Parliaments do change size (Hungary 386 -> 199, Wales 60 -> 96).
# Mended (fsb36, verify/kinds/quantity/judge.py `_whole_given`): a whole told in a sentence of other years holds
# unless the page tells the body resized to another whole since (judging.toml [quantity] resized; review34 R26's
# twin, the same whole with no resizing told, keeps its support). The true '61 of the 200 seats' stays unverified.
def test_r11_a_whole_of_another_year_does_not_check_the_part() -> None:
    _never(Verdict.SUPPORTED, "The Norby Party won 61 of the 150 seats in 2023.", [ENLARGED], ("quantity",))


# The Norby Party's invented page giving the whole of 2023's parliament in a sentence of that year.
WHOLE_OF_2023 = page(
    "Norby Party",
    "The Norby Party is a centre-right political party in Norby. In the 2023 election it won 61 seats. The 2023 "
    "election filled all 150 seats in parliament.",
    SAVED,
)


def test_r11_twin_a_whole_of_the_claims_year_checks_the_part() -> None:
    found = _judged("The Norby Party won 61 of the 150 seats in 2023.", [WHOLE_OF_2023], ("quantity",))
    assert found["quantity: 61 of the 150 seats"] == Verdict.SUPPORTED, found


# R12 (main bd0dfdc0, the clause reader's words of a 'whose' clause; false "contradicted"): 'Ana Ruiz, whose father
# Ivo Stam was prime minister from 2015 to 2023, spoke.' gives Ivo Stam the clause 'whose father Ivo Stam was prime
# minister from 2015', whose post is read as 'whose father Ivo Stam was prime minister': CONTRADICTED by his 'Prime
# Minister of Norby' from 1 June 2015 ("... and no whose father Ivo Stam was prime minister"). True; the false twin
# 'from 2012' is unverified. ('whose predecessor Ivo Stam served as prime minister from 2015' is supported.) Mended
# by s36-fc36: the words before the name and its verb are no words of the post (clause judge `_without_the_subject`);
# twins in tests/test_fc36.py.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, whose father Ivo Stam was prime minister from 2015 to 2023, spoke.", id="father"),
        pytest.param("Ana Ruiz, whose mentor Ivo Stam was prime minister from 2015 to 2023, spoke.", id="mentor"),
    ],
)
def test_r12_a_whose_clauses_holder_is_not_refuted_by_his_own_post(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, PEOPLE, ("clause",))


# R13 (main bd0dfdc0, the role claim a succession gives its predecessor, and the clause judge's succession): a
# succession told the wrong way round, 'Ivo Stam replaced Ana Ruiz as prime minister in 2023.' (also 'succeeded',
# 'took over from'), leaves the clause unverified though both pages give the order (her 'Predecessor: Ivo Stam', his
# 'Successor: Ana Ruiz'), and the predecessor's past holding it gives her, 'Ana Ruiz as prime minister', is SUPPORTED
# by the premiership she holds today (review34 R25's cause: a past holding is not asked whether it ended). The one
# decided row of a false sentence is green. The right way round is supported.
# Mended by s36-fsa36 (the role judge's `predecessor_checked`: the predecessor's spell must have ended).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam replaced Ana Ruiz as prime minister in 2023.", id="replaced"),
        pytest.param("Ivo Stam succeeded Ana Ruiz as prime minister.", id="succeeded"),
        pytest.param("Ivo Stam took over from Ana Ruiz as prime minister in 2023.", id="took-over-from"),
    ],
)
def test_r13_a_succession_the_wrong_way_round_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, PEOPLE, ("clause", "role", "date"))


def test_r13_twin_the_succession_the_right_way_round_is_supported() -> None:
    found = _judged("Ana Ruiz replaced Ivo Stam as prime minister in 2023.", PEOPLE, ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz replaced Ivo Stam as prime minister in 2023.", id="replaced"),
        pytest.param("Ana Ruiz succeeded Ivo Stam as prime minister.", id="succeeded"),
    ],
)
def test_r13_twin_the_predecessors_ended_holding_is_supported(body: str) -> None:
    found = {k: v for k, v in _judged(body, PEOPLE, ("role",)).items() if k.startswith("role: Ivo Stam")}
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R14 (main bd0dfdc0; also on s35-fc35 be03ea26, whose review34-R2 mend reads a change and lets "the same figure,
# which may be the same change" support it): a figure told as a change or an addition is SUPPORTED by the page's
# total of the same figure: 'The Norby Party won 61 more seats in 2023.' by 'In the 2023 election it won 61 seats.'
# (it gained nine), 'The Korvik earthquake killed a further 312 people.' / '312 more people' by '..., killing 312
# people' (the whole toll), 'Norby Steelworks produced an extra 1.8 million tonnes of steel in 2022.' by its whole
# output; "Korvik Bank's revenue rose 1.2 billion euros in 2023." by its revenue of 1.2 billion euros. A total is
# no change; only a page's change (or two totals) can support one.
# Mended (fsb36, verify/kinds/quantity/judge.py `judged`, `read_against`): a claim's change is read against a page's
# change only.
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Norby Party won 61 more seats in 2023.", PARTY, id="more-seats"),
        pytest.param("The Korvik earthquake killed a further 312 people.", QUAKE_TOLL, id="a-further"),
        pytest.param("The Korvik earthquake killed 312 more people.", QUAKE_TOLL, id="more-people"),
        pytest.param("Norby Steelworks produced an extra 1.8 million tonnes of steel in 2022.", WORKS, id="an-extra"),
        pytest.param("Korvik Bank's revenue rose 1.2 billion euros in 2023.", BANK_RESULTS, id="rose-by"),
    ],
)
def test_r14_a_change_is_not_supported_by_a_total_of_the_same_figure(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("quantity",), QUAKE_WEEK if doc is QUAKE_TOLL else AS_OF)


# The Norby Party's invented page telling its 2023 gain as well as its total.
PARTY_GAIN = page(
    "Norby Party",
    "The Norby Party is a centre-right political party in Norby. In the 2023 election it won 61 seats, gaining nine "
    "seats.",
    SAVED,
)


def test_r14_twin_a_change_is_supported_by_the_pages_change() -> None:
    found = _judged("The Norby Party gained nine seats in 2023.", [PARTY_GAIN], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Norby Steelworks' invented page ranking it twice on one list: 54th in 2019, 45th in 2023 (the later told with 'rose
# to ... on the list').
RANKED_TWICE = page(
    "Norby Steelworks",
    "Norby Steelworks is a Norbian steel company founded in 1921. In 2019 it ranked 54th on the Korvik 500 list. In "
    "2023 it rose to 45th on the list.",
    SAVED,
)


# R15 (main bd0dfdc0, the clause judge's rank; false "contradicted"): a rank told in the present, 'Norby Steelworks
# ranks 45th on the Korvik 500 list.', is CONTRADICTED by the page's rank of an earlier year ("says 54th on the Korvik
# 500 list", of 2019), though the page gives 45th for 2023. True.
# Mended by s35-lead 3d18fc4a (merged 747e0f30): a plain test now.
def test_r15_a_rank_of_today_is_not_refuted_by_an_earlier_years() -> None:
    _never(Verdict.CONTRADICTED, "Norby Steelworks ranks 45th on the Korvik 500 list.", [RANKED_TWICE], ("clause",))


# B2 (s35-lead 024adfaa, the clause judge's `_ranked_otherwise`): the same with the past tense, 'Norby Steelworks
# ranked 45th on the Korvik 500 list.', unverified on main, is CONTRADICTED on the branch ("gives it as 54th"): the
# page's other rank is of 2019, and its 45th for 2023 stands in the next sentence without a verb of ranking. A rank
# of another year refutes only a claim of that year.
def test_b2_a_rank_of_another_year_does_not_refute_a_rank() -> None:
    _never(Verdict.CONTRADICTED, "Norby Steelworks ranked 45th on the Korvik 500 list.", [RANKED_TWICE], ("clause",))


# R16 (main bd0dfdc0, the role claim of a repeated step): a step told as a repeat, 're-elected', 'again', 'for a second
# time', keeps only the holding, SUPPORTED by a first and only spell: 'Ana Ruiz was re-elected prime minister in 2023.'
# (she took office in 2023, her first term), 'Ivo Stam was re-elected prime minister in 2015.' (his first term began in
# 2015), 'Lena Vos became prime minister again in 2005.' / 'for a second time in 2005' (her one spell, 2005-2015). Each
# false. A repeat needs an earlier spell of the post on the page.
# Mended by s36-fsa36 (the role judge's `repeat_checked`; judging.toml later_term).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz was re-elected prime minister in 2023.", id="re-elected"),
        pytest.param("Ivo Stam was re-elected prime minister in 2015.", id="re-elected-at-his-start"),
        pytest.param("Lena Vos became prime minister again in 2005.", id="again"),
        pytest.param("Lena Vos, who became prime minister for a second time in 2005, spoke.", id="a-second-time"),
    ],
)
def test_r16_a_repeated_step_is_not_supported_by_a_first_spell(body: str) -> None:
    _never(Verdict.SUPPORTED, body, PEOPLE, ("clause", "role", "date"))


def test_r16_twin_a_repeat_inside_an_unbroken_spell_is_supported() -> None:
    found = _judged("Ivo Stam was re-elected prime minister in 2019.", PEOPLE, ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R17 (main bd0dfdc0, the role claim of a step or a holding dated by a part of a year): a season, a part of a year or a
# month told relative to the article is not read, and the role claim SUPPORTS the holding: 'Ana Ruiz became prime
# minister in the summer of 2023.', '... in late 2023.', '... in the autumn.', 'Ana Ruiz, prime minister since last
# month, spoke.', a month without its year ('prime minister since March', 'sworn in ... in March') (an article of 10
# January 2024; she took office on 14 February 2023, in winter, early in the year, eleven months before). Each false.
# (review34 R5 is 'last March' after a step; 'in 2022' and 'since 2021' are refuted.)
# Mended by s36-fsa36 (the role judge's `_part_of_a_year`; dates.toml seasons and year_parts).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz became prime minister in the summer of 2023.", id="summer-of"),
        pytest.param("Ana Ruiz became prime minister in late 2023.", id="late"),
        pytest.param("Ana Ruiz became prime minister in the autumn.", id="the-autumn"),
        pytest.param("Ana Ruiz, prime minister since last month, spoke.", id="since-last-month"),
        pytest.param("Ana Ruiz, prime minister since March, spoke.", id="since-march"),
        pytest.param("Ana Ruiz has been prime minister since March.", id="has-been-since-march"),
        pytest.param("Ana Ruiz was sworn in as prime minister in March.", id="sworn-in-in-march"),
    ],
)
def test_r17_a_step_in_another_part_of_the_year_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, PEOPLE, ("clause", "role", "date"))


def test_r17_twin_the_right_part_of_the_year_is_not_refuted() -> None:
    _never(Verdict.CONTRADICTED, "Ana Ruiz became prime minister in early 2023.", PEOPLE, ("clause", "role", "date"))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz became prime minister in early 2023.", id="early"),
        pytest.param("Ana Ruiz became prime minister in the winter of 2023.", id="winter-of"),
        pytest.param("Ana Ruiz, prime minister since February, spoke.", id="since-february"),
        pytest.param("Ana Ruiz was sworn in as prime minister last February.", id="last-february"),
    ],
)
def test_r17_twin_a_step_in_the_right_part_of_the_year_keeps_its_support(body: str) -> None:
    found = _judged(body, PEOPLE, ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B3 (s35-fsa35 b77311e9, review34 R10's mend: `_succession_post` reads the post after 'in'/'at' as after 'as', else
# the subject's own title): a succession at a ministry the post words do not know ('at the finance ministry', 'at the
# Ministry of Finance', 'in the finance ministry') falls back on the title she is named by today, so 'Prime Minister
# Ana Ruiz succeeded Lena Vos at the finance ministry in 2022.' loses its support on the branch (SUPPORTED on main by
# the finance ministry's 'Predecessor: Lena Vos' from 1 March 2022): the sentence names the post, and it is not the
# premiership. Read a ministry ('finance ministry', 'Ministry of X', 'the Treasury') as its minister's post before the
# title.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Prime Minister Ana Ruiz succeeded Lena Vos at the finance ministry in 2022.", id="at-the-ministry"
        ),
        pytest.param(
            "Prime Minister Ana Ruiz succeeded Lena Vos at the Ministry of Finance in 2022.", id="ministry-of"
        ),
        pytest.param(
            "Prime Minister Ana Ruiz succeeded Lena Vos in the finance ministry in 2022.", id="in-the-ministry"
        ),
    ],
)
def test_b3_a_succession_at_a_named_ministry_keeps_its_support(body: str) -> None:
    found = _judged(body, PEOPLE, ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Jon Dahl's invented page: Prime Minister of Korvia since 2020 (Norby's neighbour).
DAHL_OF_KORVIA = boxed(
    "Jon Dahl",
    "Jon Dahl (born 1970) is a Korvian politician serving as Prime Minister of Korvia since 2020.",
    [("office", "Prime Minister of Korvia"), ("term_start", "1 May 2020")],
    SAVED,
)


# B4 (s35-fsa35 42796619, review34 R25's mend: a plural title before names is each one's, `_each_holds`): two
# countries' adjectives before a plural title, one for each name in turn (the wire's 'French and German leaders
# Macron and Scholz'), are both given to each: 'Norbian and Korvian prime ministers Ana Ruiz and Jon Dahl met.' has Ana
# Ruiz's role CONTRADICTED on the branch (unverified on main). True. Pair the
# adjectives with the names in order, or leave the country unread when there are several.
def test_b4_two_countries_adjectives_before_a_plural_title_are_one_each() -> None:
    body = "Norbian and Korvian prime ministers Ana Ruiz and Jon Dahl met."
    _never(Verdict.CONTRADICTED, body, [*PEOPLE, DAHL_OF_KORVIA], ("role",))


# R18 (main bd0dfdc0, the role reader of a plural title before two names; false "contradicted"): the same with the
# names the other way round, 'Korvian and Norbian prime ministers Jon Dahl and Ana Ruiz met.', gives 'Norbian prime
# ministers Jon Dahl' and 'Ana Ruiz' (as Korvia's): both CONTRADICTED on main. True. Mended by s36-fc36: the walk
# back from the name stopped at 'and' (`verify.nlp.titles._places_joined`); twins in tests/test_fc36.py.
def test_r18_two_countries_adjectives_are_not_swapped_between_the_names() -> None:
    body = "Korvian and Norbian prime ministers Jon Dahl and Ana Ruiz met."
    _never(Verdict.CONTRADICTED, body, [*PEOPLE, DAHL_OF_KORVIA], ("role",))


# B5 (s35-ext35 7b104c7b, review34 R23's mend: 'the country's <post>' is of the country the article means, the
# headline's sovereign, else the last named before): the last country named is most often the OTHER party of the
# sentence, not the one it is about ('Estonia closed its border with Russia', 'exports to Latvia', 'a gas deal with
# Latvia', 'faster than in Latvia'), so under a headline naming none the true 'The country's prime minister, Ana Ruiz,
# ...' is CONTRADICTED on the branch by her Estonian premiership (SUPPORTED on main). The subject of the sentence
# before (its first country) is the country meant. Merged with its branch: open on main since 4eec3805; mended by
# s35-fixb35.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Estonia closed its border with Russia on Monday. The country's prime minister, Ana Ruiz, said the move "
            "was needed.",
            id="border-with",
        ),
        pytest.param(
            "Estonia's exports to Latvia rose by 5% last year. The country's prime minister, Ana Ruiz, welcomed the "
            "figures.",
            id="exports-to",
        ),
        pytest.param(
            "Estonia signed a gas deal with Latvia on Monday. The country's prime minister, Ana Ruiz, called it "
            "historic.",
            id="deal-with",
        ),
    ],
)
def test_b5_the_country_meant_is_the_one_the_sentence_is_about(body: str) -> None:
    found = {
        f"{c.kind}: {c.text}": v for c, v in judged_body(body, [ESTONIAN], AS_OF, "Baltic news") if c.kind == "role"
    }
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R19 (main bd0dfdc0; open on s35-fsa35 6d331d7f too, whose mend of review34 R22 reads the bare decade after a verb):
# a decade with 'early', 'mid-' or 'late' is not read, and the holding SUPPORTS it: 'Lena Vos, who was prime minister
# in the early 1990s, spoke.' against her one spell, 2005-2015 (also 'in the mid-1990s'). False.
# Mended by s36-fsa36 (the role judge's `_decade_told`; dates.toml decade_parts).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos, who was prime minister in the early 1990s, spoke.", id="early"),
        pytest.param("Lena Vos, who was prime minister in the mid-1990s, spoke.", id="mid"),
        pytest.param("Lena Vos, who was prime minister in the late 2010s, spoke.", id="late-in-her-decade"),
    ],
)
def test_r19_a_holding_in_part_of_another_decade_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, PEOPLE, ("role", "clause"))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos, who was prime minister in the late 2000s, spoke.", id="late"),
        pytest.param("Lena Vos, prime minister in the early 2010s, spoke.", id="apposed-early"),
    ],
)
def test_r19_twin_a_holding_in_the_right_part_of_a_decade_is_supported(body: str) -> None:
    found = _judged(body, PEOPLE, ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R20 (main bd0dfdc0, the quantity judge's time): a figure of part of a year (a half, a quarter, a month) is held to
# the year alone, so the page's whole-year figure SUPPORTS it: 'Korvik Bank made a net profit of 200 million euros in
# the first half of 2023.' (also 'in the first quarter of 2023', 'In the first half of 2023, ...'), 'Norby Steelworks
# produced 1.8 million tonnes of steel in March 2022.' against 'In 2023 it had ... a net profit of 200 million euros',
# 'In 2022 it produced 1.8 million tonnes of steel'. A half-year result equal to the full year's is business copy's
# commonest slip. ('in January', 'in the three months to June', 'a first-half net profit' are left unverified.)
# Mended (fsb36, verify/kinds/quantity/period.py): a part of a year the claim names must be named where the page's
# figure is.
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param(
            "Korvik Bank made a net profit of 200 million euros in the first half of 2023.", BANK_RESULTS, id="half"
        ),
        pytest.param(
            "Korvik Bank made a net profit of 200 million euros in the first quarter of 2023.",
            BANK_RESULTS,
            id="quarter",
        ),
        pytest.param("Norby Steelworks produced 1.8 million tonnes of steel in March 2022.", WORKS, id="month"),
    ],
)
def test_r20_a_figure_of_part_of_a_year_is_not_supported_by_the_years(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("quantity",))


def test_r20_twin_the_years_figure_is_supported() -> None:
    found = _judged("Korvik Bank made a net profit of 200 million euros in 2023.", [BANK_RESULTS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Korvik Bank's invented page giving its half-year result as well as the full year's.
BANK_HALVES = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1995. In the first half of 2023 it had a net profit of 90 million "
    "euros. In 2023 it had revenue of 1.2 billion euros and a net profit of 200 million euros.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank made a net profit of 90 million euros in the first half of 2023.", id="half"),
        pytest.param("In the first-half of 2023, Korvik Bank made a net profit of 90 million euros.", id="hyphen"),
    ],
)
def test_r20_twin_the_part_of_the_year_the_page_names_is_supported(body: str) -> None:
    found = _judged(body, [BANK_HALVES], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r20_the_years_figure_does_not_refute_a_halfs() -> None:
    _never(
        Verdict.CONTRADICTED,
        "Korvik Bank made a net profit of 150 million euros in the first half of 2023.",
        [BANK_RESULTS],
        ("quantity",),
    )


# Ferdinand Marcos Jr.'s page as Wikipedia titles it, by his nickname, his full name in the lead ('commonly known as').
BONGBONG = boxed(
    "Bongbong Marcos",
    "Ferdinand Romualdez Marcos Jr. (born 13 September 1957), commonly known as Bongbong Marcos, is a Filipino "
    "politician serving as the 17th President of the Philippines since 2022.",
    [("office", "President of the Philippines"), ("term_start", "30 June 2022")],
    SAVED,
)


# R21 (main bd0dfdc0, the role judge's holder; false "contradicted"): a page titled by its person's nickname with the
# name the news use in its lead ('Ferdinand Romualdez Marcos Jr. ..., commonly known as Bongbong Marcos') is read as
# another person holding the post: 'Philippine President Ferdinand Marcos Jr. spoke.' (Reuters' wording) is
# CONTRADICTED ("says Bongbong Marcos holds it, since 2022"), also 'Filipino President ...' and the apposed
# 'Ferdinand Marcos Jr., the Philippines' president' (its role claim 'president'). Mended by s36-fc36: the names a
# page's lead gives its person (`verify.match.lead_names`) are the page's own; the false twin is tests/test_fc36.py.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Philippine President Ferdinand Marcos Jr. spoke.", id="philippine"),
        pytest.param("Filipino President Ferdinand Marcos Jr. spoke.", id="filipino"),
        pytest.param("Ferdinand Marcos Jr., the Philippines' president, spoke.", id="apposed"),
    ],
)
def test_r21_a_page_titled_by_a_nickname_is_its_leads_person(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [BONGBONG], ("role",), dt.date(2025, 6, 1))


# R22 (main bd0dfdc0, the quantity claim's owner): a count of something the subject owns or is tied to ('Norby's
# capital', 'its largest city', 'its diaspora', 'Norby Steelworks' parent company', "... rival", '... largest plant')
# is given to the owner, and the owner's own count SUPPORTS it: 'Norby's capital has 5.4 million people.' by the
# country's 'It has 5.4 million people.', 'Norby Steelworks' rival employs about 4,200 people.' by the company's own
# workforce. A city's population for its country's and a parent's workforce for its unit's are everyday wire slips.
# Mended (fsb36, verify/kinds/quantity/measured.py `of_a_tied_thing`): a count held by a thing named after the
# subject's possessive (judging.toml [quantity] `tied`, `parts`) is that thing's.
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Norby's capital has 5.4 million people.", JOBLESS, id="capital"),
        pytest.param("5.4 million people live in Norby's largest city.", JOBLESS, id="largest-city"),
        pytest.param("Norby Steelworks' parent company employs about 4,200 people.", WORKS, id="parent-company"),
        pytest.param("Norby Steelworks' rival employs about 4,200 people.", WORKS, id="rival"),
    ],
)
def test_r22_a_count_of_what_the_subject_owns_is_not_the_subjects(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("quantity",))


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Norby has 5.4 million people.", JOBLESS, id="has"),
        pytest.param("5.4 million people live in Norby.", JOBLESS, id="live-in"),
        pytest.param("Norby Steelworks employs about 4,200 people.", WORKS, id="employs"),
        pytest.param("Norby Steelworks' workforce numbers about 4,200 people.", WORKS, id="its-workforce"),
    ],
)
def test_r22_twin_the_subjects_own_count_is_supported(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B6 (s35-lead f3191d32, the role reader of the copula turned round, "India's chief justice is now Khanna"): the
# holder so named is read as holding the post today whatever the sentence's tense and time, so 'Norby's prime
# minister in 2016 was Ana Ruiz.' is SUPPORTED on the branch by her premiership from 2023 (false: Ivo Stam's), and the
# true 'Norby's prime minister in 2016 was Ivo Stam.' and 'Norby's prime minister was Ivo Stam.' are CONTRADICTED by
# his term's end (main extracts no role claim from any of them). Read only the present copula ('is now', 'is') so, or
# give 'was' and its time to the claim as a past holding.
@pytest.mark.parametrize(
    ("body", "never"),
    [
        pytest.param("Norby's prime minister in 2016 was Ana Ruiz.", Verdict.SUPPORTED, id="in-2016-false"),
        pytest.param("Norby's prime minister in 2016 was Ivo Stam.", Verdict.CONTRADICTED, id="in-2016-true"),
        pytest.param("Norby's prime minister was Ivo Stam.", Verdict.CONTRADICTED, id="was-true"),
    ],
)
def test_b6_a_holder_named_in_the_past_is_not_held_to_today(body: str, never: Verdict) -> None:
    found = _judged(body, PEOPLE, ("role",))
    assert never not in found.values(), found


# R23 (main bd0dfdc0, the clause reader's words of a dated step with an age after its year): 'Ana Ruiz became prime
# minister in 2023 at the age of 49.' gives the clause 'Ana Ruiz became prime minister in 2023' (the age left out) and
# the role claim, both SUPPORTED; she was 48 (born 1 January 1975, in office from 14 February 2023). Without the year,
# 'who became prime minister at 49' is refuted (review34's open34 R5 reads 'aged 65' after the year).
# Mended (fsb37, verify/kinds/duration/judge.py `_age_after`): an age told right after the claim's step is the
# step's, measured at the term's start from the birth date; a wrong one refutes the clause and sets the role aside.
def test_r23_an_age_after_the_steps_year_is_checked() -> None:
    _never(Verdict.SUPPORTED, "Ana Ruiz became prime minister in 2023 at the age of 49.", PEOPLE, ("clause", "role"))


def test_r23_twin_the_right_age_after_the_year_is_supported() -> None:
    found = _judged("Ana Ruiz became prime minister in 2023 at the age of 48.", PEOPLE, ("clause", "role"))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R24 (main bd0dfdc0, the clause judge's object of 'won'; 'a majority' mended by the lead, `_thing_worded`):
# a page telling what a party won IN an election ('In the
# 2023 election it won 61 seats with 36.2% of the vote', 'In the 2019 election it won 52 of the 150 seats') SUPPORTS
# any object of 'won' told with that election: 'The Norby Party won a majority in the 2023 election.' and '... won an
# outright majority in 2023.' (61 of 150 is no majority), 'The Norby Party won the 2019 election.' (52 of 150 says
# nothing of who won). A majority claimed for a plurality is the commonest false line of election copy.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won a majority in the 2023 election.", id="a-majority"),
        pytest.param("The Norby Party won an outright majority in 2023.", id="an-outright-majority"),
        pytest.param("The Norby Party won the 2019 election.", id="the-election"),
    ],
)
def test_r24_seats_won_in_an_election_are_not_a_majority_or_the_election(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [PARTY], ("clause", "quantity"))


# R24's twins (fsb37, verify/kinds/clause/judge.py `_contest_only_a_setting`): a page saying the party won the election
# itself supports it, and the seats won in it are still supported by the sentence setting it.
WON_IT = page(
    "Norby Party",
    "The Norby Party is a political party in Norby, founded in 1946. It won the 2019 election, taking 52 of the 150 "
    "seats in parliament.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Norby Party won the 2019 election.", WON_IT, id="won-the-election"),
        pytest.param("The Norby Party won 52 seats in the 2019 election.", PARTY, id="seats-in-the-election"),
    ],
)
def test_r24_twin_an_election_won_and_seats_won_in_it_are_supported(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B7 (s35-ext35 0dd56cb8, the quote reader: words a family says after the quote are the family's): the quote is now
# the family's ('family of Ana Ruiz'), and the quote judge takes her own page's words as theirs: '"It is a disaster,"
# her family said in a statement.' is SUPPORTED on the branch, speaker 'family of Ana Ruiz', by 'In 2023 she said: "It
# is a disaster."' (she said it, not her family). On main the quote is unattributed (its words supported as said
# somewhere). A relative's words need a page naming the relative beside them (review34 R6's common-noun speaker).
# Merged with its branch: open on main since 4eec3805; mended by s35-fixb35.
def test_b7_a_familys_words_are_not_supported_by_the_persons_own() -> None:
    body = 'Ana Ruiz spoke on Monday. "It is a disaster," her family said in a statement.'
    doc = _ruiz_said('In 2023 she said: "It is a disaster."')
    found = [(c.subject, v) for c, v in judged_body(body, [doc], AS_OF) if c.kind == "quote"]
    assert found, "no quote extracted"
    assert not [s for s, v in found if v == Verdict.SUPPORTED and s != "unattributed"], found


# R25 (main bd0dfdc0, the clause judge's rank; mended on s35-lead 3d18fc4a): the page's ranks of two years are not
# told apart, so a rank of one year is SUPPORTED by the other's: 'Norby Steelworks ranked 45th on the Korvik 500 list
# in 2019.' (it was 54th in 2019, 45th in 2023) and 'Norby Steelworks ranks 54th on the Korvik 500 list.' (54th was
# 2019's) against RANKED_TWICE.
# Mended by s35-lead 3d18fc4a (merged 747e0f30): a plain test now.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Norby Steelworks ranked 45th on the Korvik 500 list in 2019.", id="another-years"),
        pytest.param("Norby Steelworks ranks 54th on the Korvik 500 list.", id="an-earlier-years-today"),
    ],
)
def test_r25_a_rank_of_one_year_is_not_supported_by_anothers(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RANKED_TWICE], ("clause",))
