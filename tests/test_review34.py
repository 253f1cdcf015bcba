"""Findings of review34 (session 34), as rows the desk would meet: a true sentence and, where it helps, its
one-fact-false twin, extracted from an invented article and judged against invented pages
(`tests/support/judging.py`) with the fields extraction gives its words. R-items are strict xfails for what is
open on main; a B-item (a regression found on a branch) is a plain test that passes on main, or a strict xfail naming
the branch. The list with its status is /work/briefs34/review34-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, page
from tests.support.ruiz import RUIZ
from tests.test_review26 import AS_OF, SAVED, _judged, _never, _open  # the same reading of rows as review26's
from tests.test_review27 import ESTONIAN, PARTY, STAM, WORKS
from tests.test_review31 import _ruiz_said
from tests.test_review32 import HOLM_BORN, PEOPLE, QUAKE_TOLL, QUAKE_WEEK
from tests.test_review33 import ELECTION
from verify.models import Document, Verdict

# Ana Ruiz's invented page numbering her premiership in its lead only (no order row), the commonest shape of a
# head of government's page: the 13th Prime Minister of Norby since 14 February 2023.
THIRTEENTH = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975 in Halden) is a Norbian politician who has served as the 13th Prime Minister of "
    "Norby since 14 February 2023.",
    [("office", "Prime Minister of Norby"), ("term_start", "14 February 2023"), ("predecessor", "Ivo Stam")],
    SAVED,
)


# R1 (main d107d59, the clause judge's `_office_terms`, `_spell_numbered_so`): a post numbered in the claim ('Norby's
# 14th prime minister') is held to its number only when the infobox numbers a spell (an office row's ordinal, an
# 'order' row); a page numbering the post in its lead alone leaves the number unread, and the start's year supports
# the whole clause: 'Ana Ruiz became Norby's 14th prime minister in 2023.' is SUPPORTED against 'the 13th Prime
# Minister of Norby since 14 February 2023' (the ordinal way of the verdict sets; with an 'order: 13th' row it is
# unverified, and the ordinal's own claim contradicted). The ordinal's own claim stays unverified here. Fixed by
# s35-fsa35 (a post no row numbers is numbered by the lead's ordinal before its title, `ordinals.spell_numbered_so`,
# asked by the clause judge's spells and the date judge's start rows alike).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz became Norby's 14th prime minister in 2023.", id="became"),
        pytest.param("Ana Ruiz became the 14th prime minister of Norby in 2023.", id="of-norby"),
        pytest.param("Ana Ruiz took office as Norby's 14th prime minister in 2023.", id="took-office"),
        pytest.param("Ana Ruiz, who became Norby's 14th prime minister in 2023, spoke.", id="relative"),
    ],
)
def test_r1_a_post_numbered_otherwise_in_the_lead_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [THIRTEENTH], ("clause", "role", "date"))


def test_r1_twin_the_right_number_is_supported() -> None:
    found = _judged("Ana Ruiz became Norby's 13th prime minister in 2023.", [THIRTEENTH], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R2 (main d107d59, the quantity judge's counted thing): a change told as a comparative ('won nine more seats than in
# the last election', 'nine extra seats') is read as the party's whole count and CONTRADICTED by its 61 seats, on the
# party's page and on the election's; and on the election's page ('won 61 of the 150 seats, up from 52') 'gained nine
# seats' and 'picked up nine seats' are contradicted too (review27 R2's mend holds on the party's page only). All
# true: 61 - 52 = 9. Mended by fc35 (session 35): a claim's figure worded as a change (a word of judging.toml
# `changes` before it, a comparative after it) is no total, which no page's total judges.
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Norby Party won nine more seats than in the last election.", PARTY, id="more-than-party"),
        pytest.param("The Norby Party won nine more seats than in the last election.", ELECTION, id="more-than"),
        pytest.param("The Norby Party won nine extra seats.", ELECTION, id="extra"),
        pytest.param("The Norby Party gained nine seats.", ELECTION, id="gained"),
        pytest.param("The Norby Party picked up nine seats in the 2023 election.", ELECTION, id="picked-up"),
    ],
)
def test_r2_a_gain_is_not_the_total(body: str, doc: Document) -> None:
    _never(Verdict.CONTRADICTED, body, [doc], ("quantity",), QUAKE_WEEK)


def test_r2_twin_a_wrong_total_on_the_elections_page_is_refuted() -> None:
    found = _judged("The Norby Party won 52 seats in the 2023 election.", [ELECTION], ("quantity",), QUAKE_WEEK)
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


def test_r2_twin_a_count_after_a_passives_agent_is_no_change() -> None:
    """'by' before a figure brings in a passive's agent as often as a change ('grew by 3'): a wrong count told so
    stays refuted (judging.toml `changes_also_other_words`)."""
    found = _judged("Norby Steelworks is staffed by 6,000 people.", [WORKS], ("quantity",), QUAKE_WEEK)
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R3 (main d107d59, the quantity judge's counted deed; review33 R6 (more) mended 'were injured' only): the injured
# told with a noun ('suffered injuries', 'injuries were reported') are read as the dead and CONTRADICTED by '...,
# killing 312 people and injuring more than 2,000.' True. 'suffered injuries' mended by fc35 (session 35): a count told
# by its subject's own deed is asked whether the page's count is of another deed (measured.of_another_deed), and
# 'suffer injury' is the deed of 'injure' (judging.toml `taken_alike`); 'injuries were reported' stays open (the
# page's '312 people and injuring' is read as a count of injuries).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("More than 2,000 people suffered injuries in the Korvik earthquake.", id="suffered-injuries"),
        pytest.param(
            "More than 2,000 injuries were reported after the Korvik earthquake.",
            id="injuries-reported",
            # passed with s44-fixm44's reading (any modifier narrows a count); s45-fixb45 took that reading back
            # (review44 B1/B2: '61 parliamentary seats' is the page's '61 seats' again), and this row with it: a trade
            marks=_open("R3 open again since s45-fixb45: '312 people and injuring' read as a count of injuries"),
        ),
    ],
)
def test_r3_the_injured_told_by_a_noun_are_not_the_dead(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [QUAKE_TOLL], ("quantity",), QUAKE_WEEK)


INJURED = page(
    "2023 Korvik earthquake",
    "The 2023 Korvik earthquake struck northern Norby on 6 March 2023, killing 312 people and injuring 2,400 people.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        pytest.param(
            "More than 2,000 people suffered injuries in the Korvik earthquake.", Verdict.SUPPORTED, id="true"
        ),
        pytest.param(
            "More than 3,000 people suffered injuries in the Korvik earthquake.", Verdict.CONTRADICTED, id="false"
        ),
    ],
)
def test_r3_twin_the_injured_told_by_a_noun_are_the_injured(body: str, outcome: Verdict) -> None:
    found = _judged(body, [INJURED], ("quantity",), QUAKE_WEEK)
    assert set(found.values()) == {outcome}, found


def test_r3_twin_a_wrong_toll_of_the_dead_is_refuted() -> None:
    found = _judged("The Korvik earthquake killed nearly 400 people.", [QUAKE_TOLL], ("quantity",), QUAKE_WEEK)
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# B1 (s34-fs34 4d69248, a figure that is a full verb's subject is counted by its deed, review33 R2's mend): the verb
# must be one `taken_alike` pairs with the page's, so true counts told with a verb of the same deed lose their support
# on the branch (SUPPORTED on main): '312 people lost their lives in the Korvik earthquake.' against '..., killing 312
# people' and 'About 4,200 people work at Norby Steelworks.' against 'It employs about 4,200 people'. Merged with its
# branch: open on main until fixf34 (merged), a plain test now.
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("312 people lost their lives in the Korvik earthquake.", QUAKE_TOLL, id="lost-their-lives"),
        pytest.param("About 4,200 people work at Norby Steelworks.", WORKS, id="work-at"),
    ],
)
def test_b1_a_count_told_by_the_same_deed_keeps_its_support(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("quantity",), QUAKE_WEEK if doc is QUAKE_TOLL else AS_OF)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R4 (main d107d59, the role judge's country of a post): the country a claim gives the post ('Estonia's foreign
# minister', 'Estonian Foreign Minister', 'the foreign minister of Estonia') is checked against the page's demonym
# ('a Latvian politician') or the infobox office's words; a lead that names the country only in the post's own words
# ('is a politician serving as Minister of Foreign Affairs of Latvia since ...') beside an office row without it
# ('Minister of Foreign Affairs') leaves the country unread, and the holding SUPPORTS the wrong country (the country
# way of the verdict sets). With 'a Latvian politician' in the lead all three are contradicted. Fixed by s35-fsa35 (a
# listed post is of the country the lead writes after its title: `role.judge._countries_after_the_title`).
LATVIA_IN_THE_POST = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a politician serving as Minister of Foreign Affairs of Latvia since 14 February "
    "2023.",
    [("office", "Minister of Foreign Affairs"), ("term_start", "14 February 2023"), ("predecessor", "Ivo Stam")],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, Estonia's foreign minister, spoke.", id="possessive"),
        pytest.param("Estonian Foreign Minister Ana Ruiz spoke.", id="demonym"),
        pytest.param("Ana Ruiz, the foreign minister of Estonia, spoke.", id="of-estonia"),
    ],
)
def test_r4_a_post_of_another_country_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [LATVIA_IN_THE_POST], ("role",))


def test_r4_twin_the_posts_own_country_is_supported() -> None:
    found = _judged("Ana Ruiz, Latvia's foreign minister, spoke.", [LATVIA_IN_THE_POST], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R5 (main d107d59, the role claim of a step with a relative month): review32 R1's mend reads a step's year in the
# office's words ('sworn in as prime minister in 2005') and review26 R10's a day ('on Monday'), but not a month told
# relative to the article ('last March'), which the role claim keeps in its words and value ('prime minister last
# March'): 'Ana Ruiz was sworn in as prime minister last March.' and '... took office as prime minister last March.'
# (an article of 10 January 2024; she took office on 14 February 2023) are SUPPORTED by her holding the post.
# Mended by s36-fsa36 (the role judge's `_part_of_a_year`, with review35 R17).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz was sworn in as prime minister last March.", id="sworn-in"),
        pytest.param("Ana Ruiz took office as prime minister last March.", id="took-office"),
    ],
)
def test_r5_a_step_in_a_relative_month_is_dated(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ], ("role", "date", "clause"))


def test_r5_twin_the_right_relative_month_is_supported() -> None:
    found = _judged("Ana Ruiz took office as prime minister last February.", [RUIZ], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B2 (s34-open34 bec1903, review33 R1's mend: an age after someone brought in is not the person named before): the check
# is now asked of every age, not only of one standing alone, so an age whose own noun names the person's post ('The
# 49-year-old prime minister', 'The 55-year-old minister') is dropped after 'a farmer', 'the driver', 'the victim' or 'a
# man was arrested' on the branch: the true age loses its support, the false one its refutation (both decided on main).
# A farmer is no prime minister. Merged with its branch: mended by fixo34 (merged), a plain test now.
@pytest.mark.parametrize(
    ("body", "docs", "outcome"),
    [
        pytest.param(
            "Ana Ruiz met a farmer in Tarsa. The 49-year-old prime minister praised the harvest.",
            PEOPLE,
            Verdict.SUPPORTED,
            id="a-farmer-true",
        ),
        pytest.param(
            "Ana Ruiz met a farmer in Tarsa. The 52-year-old prime minister praised the harvest.",
            PEOPLE,
            Verdict.CONTRADICTED,
            id="a-farmer-false",
        ),
        pytest.param(
            "Ana Ruiz visited the victim in hospital. The 52-year-old prime minister promised an inquiry.",
            PEOPLE,
            Verdict.CONTRADICTED,
            id="the-victim-false",
        ),
        pytest.param(
            "Eva Holm said a man was arrested. The 55-year-old minister condemned the attack.",
            [HOLM_BORN],
            Verdict.SUPPORTED,
            id="a-man-arrested-true",
        ),
    ],
)
def test_b2_an_age_whose_noun_names_the_post_is_the_post_holders(
    body: str, docs: list[Document], outcome: Verdict
) -> None:
    found = _judged(body, docs, ("clause",))
    assert outcome in found.values(), found


# R6 (main d107d59, the quote judge's speaker on the person's own page): words a speaker named by a common noun said
# ('critics said', 'opposition leaders said', 'the opposition said', "Korvia's president said", 'supporters of the
# deal said') are read as the page's subject's, so 'Ana Ruiz said the deal was "good for Norby".' is SUPPORTED by 'In
# 2023 critics said the deal was "good for Norby".' on her page. ('her critics said' and 'Opponents called' are read
# as another's: unverified; fs33 mended the verb 'called', review32 R9.) So do the words of 'critics who claimed the
# deal was "good for Norby"' whom she said were wrong.
# The plural speakers mended by fsb37 (verify/kinds/quote/judge.py `_SUBJECT_BEFORE`'s `many`: a plural noun before
# the speech verb is many people, not the page's one person); the rest stay open.
_R6_OPEN = _open("R6 open: words 'the opposition said' / \"Korvia's president said\" on her page supported as hers")


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param('In 2023 critics said the deal was "good for Norby".', id="critics"),
        pytest.param('In 2023 opposition leaders said the deal was "good for Norby".', id="opposition-leaders"),
        # mended by s39-fsb39 (review38 R22's group speakers, lexicon `group_speakers`)
        pytest.param('In 2023 the opposition said the deal was "good for Norby".', id="the-opposition"),
        pytest.param(
            'In 2023 Korvia\'s president said the deal was "good for Norby".', id="korvias-president", marks=_R6_OPEN
        ),
        pytest.param('In 2023 supporters of the deal said it was "good for Norby".', id="supporters"),
        pytest.param(
            'In 2023 she said critics who claimed the deal was "good for Norby" were wrong.',
            id="critics-who-claimed",  # mended by the thirty-eighth session's lead (the parse's speaker)
        ),
    ],
)
def test_r6_words_another_speaker_said_on_her_page_are_not_hers(sentence: str) -> None:
    _never(Verdict.SUPPORTED, 'Ana Ruiz said the deal was "good for Norby".', [_ruiz_said(sentence)], ("quote",))


def test_r6_twin_her_own_words_are_supported() -> None:
    sentence = 'In 2023 she said the deal was "good for Norby".'
    found = _judged('Ana Ruiz said the deal was "good for Norby".', [_ruiz_said(sentence)], ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R7 (main d107d59, the quote judge's speaker): words the person rejected, dismissed or was accused of saying are read
# as hers: 'Ana Ruiz called the plan "a disaster".' is SUPPORTED by 'In 2023 she rejected claims that the plan was "a
# disaster".', '... dismissed suggestions that ...' and '... was accused of calling the plan "a disaster".' The page
# says she denied the words (review32 R10 is the same denial on the claim side). The 'rejected claims' row is fixed by
# s34-fs34 aec7e78 (a denying verb read above a noun's 'that' clause), merged at b289a08; the other two by fsb37
# (judging.toml denying_verbs 'dismiss', 'accuse'; a gerund after 'of' climbed to its verb, verify/nlp/negation.py).
@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            'In 2023 she rejected claims that the plan was "a disaster".',
            id="rejected-claims",
        ),
        pytest.param(
            'In 2023 she dismissed suggestions that the plan was "a disaster".',
            id="dismissed",
        ),
        pytest.param(
            'In 2023 she was accused of calling the plan "a disaster".',
            id="accused-of",
        ),
    ],
)
def test_r7_words_she_denied_are_not_hers(sentence: str) -> None:
    _never(Verdict.SUPPORTED, 'Ana Ruiz called the plan "a disaster".', [_ruiz_said(sentence)], ("quote",))


# R8 (main d107d59, the quantity judge's rounding, judging.toml quantity `approximate`): 'nearly', 'almost' and 'just
# under' are read as rounding either way, like 'about', so a figure above the claimed one supports it: 'The Korvik
# earthquake killed nearly 300 people.' and '... almost 300 people.' are SUPPORTED by 'killing 312 people' (312 is
# more than 300, so 'nearly 300' is false: they bound the figure from above, as 'fewer than' does, which is refuted),
# while the true 'nearly 320 people' is unverified ('about 300' rounds either way and is rightly supported). Fixed by
# s34-lead 5c746d4 (judging.toml approximate_below / approximate_above), merged at bd46bcf.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Korvik earthquake killed nearly 300 people.", id="nearly"),
        pytest.param("The Korvik earthquake killed almost 300 people.", id="almost"),
        pytest.param("The Korvik earthquake killed just under 300 people.", id="just-under"),
    ],
)
def test_r8_nearly_bounds_the_figure_from_above(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [QUAKE_TOLL], ("quantity",), QUAKE_WEEK)


def test_r8_twin_about_rounds_either_way() -> None:
    found = _judged("The Korvik earthquake killed about 300 people.", [QUAKE_TOLL], ("quantity",), QUAKE_WEEK)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R9 (main d107d59, the duration judge's `_the_kind_of_the_lead_post`, rew33's reading): a kind of post is measured by
# the infobox's first post when every word of it is in that post's title, so 'prime minister' is read in 'Deputy
# Prime Minister of Norby': 'Ana Ruiz has been prime minister for almost a year.' is SUPPORTED by her deputy's spell
# (from 14 February 2023; an article of 10 January 2024). 'president' against 'Vice President of Norby' or 'President
# of the Senate of Norby' is unverified. Fixed by s35-fsa35 (the kind of post the words before the length name is
# asked of each spell found: `duration.judge._kind_held`).
DEPUTY = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician serving as Deputy Prime Minister of Norby since 14 "
    "February 2023.",
    [("office", "Deputy Prime Minister of Norby"), ("term_start", "14 February 2023")],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz has been prime minister for almost a year.", id="bare"),
        pytest.param("Ana Ruiz, 49, has been prime minister for almost a year.", id="aged"),
    ],
)
def test_r9_a_deputys_spell_is_not_the_posts(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [DEPUTY], ("duration", "role"))


def test_r9_twin_the_deputys_own_length_is_supported() -> None:
    found = _judged("Ana Ruiz has been deputy prime minister for almost a year.", [DEPUTY], ("duration",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R10 (main d107d59, the clause judge's succession in a post; review32 R7 mended 'as finance minister'): a post named
# otherwise than 'as <title>' ('in the premiership', 'in the top job', 'at the head of the government', or 'into the
# prime minister's office' in a relative clause) is not read, and the predecessor row of another post supports the
# succession: 'Ana Ruiz succeeded Lena Vos in the premiership.' is SUPPORTED by her finance ministry's 'Predecessor:
# Lena Vos' (as prime minister she succeeded Ivo Stam); so are 'Ana Ruiz, who became prime minister after succeeding
# Lena Vos' and 'Prime Minister Ana Ruiz succeeded Lena Vos.' (the predecessor way of the verdict sets). 'Ana Ruiz
# followed Lena Vos into the prime minister's office.' and '... became prime minister, succeeding Lena Vos.' as a main
# clause are contradicted. Fixed by s35-fsa35 but for the title before the name (`clause.judge._succession_post` reads
# a succession's post after 'in the', 'into the', 'at the' too, a noun of holding it as its title; `_post_before` reads
# a participle joined by 'after'). Reading the subject's title as the post cost the verdict set two labels whose
# planted false title is the role claim's error ('Prime Minister Lee Jae-myung succeeds Yoon Suk Yeol'): left open.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz succeeded Lena Vos in the premiership.", id="premiership"),
        pytest.param("Ana Ruiz succeeded Lena Vos in the top job.", id="top-job"),
        pytest.param("Ana Ruiz succeeded Lena Vos at the head of the government.", id="head-of-government"),
        pytest.param("Ana Ruiz, who followed Lena Vos into the prime minister's office, spoke.", id="relative"),
        pytest.param(
            "Ana Ruiz, who became prime minister after succeeding Lena Vos, spoke.", id="became-after-succeeding"
        ),
        pytest.param(
            "Prime Minister Ana Ruiz succeeded Lena Vos.",
            id="title-before",
            marks=pytest.mark.xfail(
                strict=True,
                reason="R10 open (title-before): the title before the name is not read as the succession's post; the "
                "verdict set labels 'Tánaiste Simon Harris succeeds Leo Varadkar' (a title planted false) supported",
            ),
        ),
    ],
)
def test_r10_a_succession_in_the_premiership_is_asked_of_its_post(body: str) -> None:
    _never(Verdict.SUPPORTED, body, PEOPLE, ("clause",))


def test_r10_twin_the_premierships_own_predecessor_is_supported() -> None:
    found = _judged("Ana Ruiz succeeded Ivo Stam in the premiership.", PEOPLE, ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R11 (main d107d59, extraction's pronoun subject): 'She' and 'He' are given to the sentence before's subject whatever
# its sex, even when the other person named there is of the pronoun's sex and the subject is known (names.toml gender)
# to be of the other: 'John Stam met Ana Ruiz on Monday. She became prime minister in 2015.' gives 'She became prime
# minister' to John Stam, SUPPORTED by his premiership (2015-2023; Ana Ruiz's began in 2023), and 'Ana Ruiz praised
# Ivo Stam on Monday. He is the prime minister.' gives 'He is the prime minister' to Ana Ruiz, SUPPORTED (Ivo Stam
# left office in 2023). Both false. The cause of review31 R16 ('Jon Dahl met Eva Holm. She was convicted ...', open),
# here with a given name names.toml knows ('John') and in the role claim. Mended by s35-ext35: where the resolver
# finds no one, the person the text was about takes the pronoun only if not told to be of the other sex.
JOHN_STAM = boxed(
    "John Stam",
    "John Stam (born 3 March 1950) is a Norbian politician who served as Prime Minister of Norby from 2015 to 2023.",
    [("office", "Prime Minister of Norby"), ("term_start", "1 June 2015"), ("term_end", "14 February 2023")],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("John Stam met Ana Ruiz on Monday. She became prime minister in 2015.", id="she-of-a-man"),
        pytest.param("Ana Ruiz praised Ivo Stam on Monday. He is the prime minister.", id="he-of-a-woman"),
    ],
)
def test_r11_a_pronoun_is_not_given_to_a_person_of_the_other_sex(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM, JOHN_STAM], ("role", "clause"))


def test_r11_twin_the_pronoun_of_her_own_sex_is_hers() -> None:
    found = _judged("Ana Ruiz praised Ivo Stam on Monday. She is the prime minister.", [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R12 (main d107d59, extraction's subject of a possessed relation): "Her successor became prime minister in 2015." after
# 'Ana Ruiz thanked Lena Vos.' gives the date claim 'became prime minister in 2015' to Ana Ruiz herself, CONTRADICTED by
# her term from 2023; the subject is the successor (Ivo Stam, who took office in 2015), not the possessor. True. Fixed
# by s34-fs34 ca8d7d4 (review32 R8's mend, `agency.someone_of_theirs`), merged at b289a08.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz thanked Lena Vos. Her successor became prime minister in 2015.", id="successor"),
        pytest.param("Ana Ruiz thanked Lena Vos. Her predecessor became prime minister in 2015.", id="predecessor"),
    ],
)
def test_r12_a_possessed_persons_step_is_not_the_possessors(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, PEOPLE, ("date", "clause", "role"))


# R13 (main d107d59, the quantity claim's owner; review32 R8 is the same for deeds): a count told of someone the person
# owns is read as hers: "Ana Ruiz's brother has two children." and 'Ana Ruiz, whose sister has two children, spoke.'
# give 'two children' to Ana Ruiz, SUPPORTED by her 'Children: 2'; and "Ana Ruiz's husband, Jon Dahl, has two children
# from his first marriage." gives them to Jon Dahl, SUPPORTED by her page's 'She is married to Jon Dahl and has two
# children.' (her children read as his). The page says nothing of a brother's, a sister's or a first marriage's.
MOTHER_OF_TWO = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975 in Halden) is a Norbian politician serving as Prime Minister of Norby since 14 "
    "February 2023. She is married to Jon Dahl and has two children.",
    [("office", "Prime Minister of Norby"), ("term_start", "14 February 2023"), ("children", "2")],
    SAVED,
)


@_open("R13 open: a count of a relative's children given to her (or her children to her husband) and supported")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz's brother has two children.", id="her-brothers"),
        pytest.param("Ana Ruiz, whose sister has two children, spoke.", id="whose-sisters"),
        pytest.param("Ana Ruiz's daughter has two children.", id="her-daughters"),
        pytest.param(
            "Jon Dahl, Ana Ruiz's husband, has two children from his first marriage.", id="his-first-marriages-named"
        ),
    ],
)
def test_r13_a_relatives_children_are_not_hers(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [MOTHER_OF_TWO], ("quantity",))


# R13's husband row with his name apposed to 'husband' is left unverified since s37-fsa37 (6c15d792: a name in the
# holder's apposition is no side a page sentence's count is read of, and her page's sentence names him first). That is
# partly luck: the holder is then read as Ana Ruiz, the possessor; the row above with his name first is still open.
def test_r13_his_children_apposed_are_not_supported_by_hers() -> None:
    body = "Ana Ruiz's husband, Jon Dahl, has two children from his first marriage."
    _never(Verdict.SUPPORTED, body, [MOTHER_OF_TWO], ("quantity",))


def test_r13_twin_her_own_children_are_supported() -> None:
    found = _judged("Ana Ruiz has two children.", [MOTHER_OF_TWO], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B3 (s34-fs34 9fc5b65, review33 B6's mend: a place's adjective the lexicon does not know says whose post, not which):
# any capitalised first word ending in -an/-ese/-ish/-i that is no post or portfolio word is dropped from the words the
# held office must have, so a region's adjective that names WHICH post goes too, and 'European affairs minister' is read
# as an 'affairs minister': 'Ana Ruiz succeeded Ivo Stam as European affairs minister.' is SUPPORTED on the branch by
# the foreign ministry's 'Predecessor: Ivo Stam' (unverified on main), as is 'African affairs minister'. Merged with its
# branch: open on main until fixf34 (merged), a plain test now.
FOREIGN = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician serving as Minister of Foreign Affairs since 14 February "
    "2023.",
    [("office", "Minister of Foreign Affairs"), ("term_start", "14 February 2023"), ("predecessor", "Ivo Stam")],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz succeeded Ivo Stam as European affairs minister.", id="european"),
        pytest.param("Ana Ruiz succeeded Ivo Stam as African affairs minister.", id="african"),
        pytest.param("Ana Ruiz replaced Ivo Stam as European affairs minister in 2023.", id="replaced"),
    ],
)
def test_b3_a_regions_adjective_names_which_post(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [FOREIGN], ("clause",))


# R14 (main d107d59, the clause judge's page side: a deed the page tells as not done): a page sentence telling the deed
# as only attempted, threatened, nearly done or reported falsely supports the deed: 'Ana Ruiz resigned in 2021.' is
# SUPPORTED by 'In 2021 she offered to resign.' and by '... threatened to resign.', and 'Ana Ruiz was arrested in
# 2019.' by 'In 2019 she was nearly arrested.', 'Reports in 2019 that she had been arrested proved false.' and 'In 2019
# she was wrongly reported to have been arrested.' ('refused to resign' and 'was not arrested' are read: unverified.)
# Mended by fsb35: a verb offering or threatening the deed, an adverb of a deed nearly done and a word telling a
# report of it false (nonfactual.toml [undone]) give it as not done on the page side.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param("Ana Ruiz resigned in 2021.", "In 2021 she offered to resign.", id="offered-to"),
        pytest.param("Ana Ruiz resigned in 2021.", "In 2021 she threatened to resign.", id="threatened-to"),
        pytest.param("Ana Ruiz was arrested in 2019.", "In 2019 she was nearly arrested.", id="nearly"),
        pytest.param(
            "Ana Ruiz was arrested in 2019.",
            "Reports in 2019 that she had been arrested proved false.",
            id="reports-proved-false",
        ),
        pytest.param(
            "Ana Ruiz was arrested in 2019.",
            "In 2019 she was wrongly reported to have been arrested.",
            id="wrongly-reported",
        ),
    ],
)
def test_r14_a_deed_the_page_tells_as_not_done_does_not_support_it(body: str, sentence: str) -> None:
    _never(Verdict.SUPPORTED, body, [_ruiz_said(sentence)], ("clause", "date"))


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param("Ana Ruiz resigned in 2021.", "In 2021 she resigned.", id="resigned"),
        pytest.param(
            "Ana Ruiz resigned in 2021.", "In 2021 she offered to resign, and she resigned a week later.", id="then-did"
        ),
        pytest.param("Ana Ruiz was arrested in 2019.", "In 2019 she was wrongly arrested.", id="wrongly-arrested"),
        pytest.param(
            "Ana Ruiz was arrested in 2019.",
            "Reports in 2019 that she had been arrested proved true.",
            id="proved-true",
        ),
        pytest.param(
            "Ana Ruiz was arrested in 2019.",
            "In 2019 she was arrested on charges that proved false.",
            id="charges-false",
        ),
    ],
)
def test_r14_twin_the_deed_done_is_supported(body: str, sentence: str) -> None:
    found = _judged(body, [_ruiz_said(sentence)], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R15 (main d107d59, verify/names.py: a name's suffix 'Jr.'/'Sr.' is dropped before names are compared): the father's
# page decides the son's claims even when it names the son as someone else: against 'Ivo Stam (born 3 March 1950) ...
# served as Prime Minister of Norby from 2015 to 2023. His son, Ivo Stam Jr., is a footballer.', 'Ivo Stam Jr., a
# former prime minister, spoke.', 'Ivo Stam Jr. became prime minister in 2015.' and 'Ivo Stam Jr., 73, spoke.' are
# SUPPORTED. (The real shape: 'Ferdinand Marcos Jr.' against the page of his father, 'Ferdinand Marcos'.)
STAM_AND_SON = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 March 1950) is a Norbian politician who served as Prime Minister of Norby from 2015 to 2023. His "
    "son, Ivo Stam Jr., is a footballer.",
    [("office", "Prime Minister of Norby"), ("term_start", "1 June 2015"), ("term_end", "14 February 2023")],
    SAVED,
)


# Mended by fsb35: a name written with a younger bearer's suffix (judging.toml names.junior_suffixes) is not the
# person of a page that never calls its person so, in its title, birth name or lead (`match.an_elders`).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam Jr., a former prime minister, spoke.", id="former-prime-minister"),
        pytest.param("Ivo Stam Jr. became prime minister in 2015.", id="became"),
        pytest.param("Ivo Stam Jr., 73, spoke.", id="age"),
    ],
)
def test_r15_a_juniors_claims_are_not_judged_on_his_fathers_page(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [STAM_AND_SON], ("role", "clause", "date"))


def test_r15_twin_the_fathers_own_claim_is_supported() -> None:
    found = _judged("Ivo Stam, a former prime minister, spoke.", [STAM_AND_SON], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def _the_sons(title: str) -> Document:
    """The son's own invented page, titled `title`, its lead opening with the name he goes by, 'Ivo Stam Jr.'."""
    return boxed(
        title,
        "Ivo Stam Jr. (born 3 March 1975) is a Norbian politician who served as Prime Minister of Norby from 2015 to "
        "2023.",
        [("office", "Prime Minister of Norby"), ("term_start", "1 June 2015"), ("term_end", "14 February 2023")],
        SAVED,
    )


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Ivo Stam Jr.", id="titled-so"),
        pytest.param("Ivo Stam", id="its-lead-says-so"),
    ],
)
def test_r15_twin_the_juniors_own_page_decides_his_claims(title: str) -> None:
    found = _judged("Ivo Stam Jr., a former prime minister, spoke.", [_the_sons(title)], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R16 (main d107d59, the date judge's spell end, the lead's 781cee6 reading of 'from ... to ...'): the last date of a
# spell in a post the infobox does not list (a party's leadership) is dated by any office ending that day, which then
# refutes or supports it: against a page listing only a justice ministry (1 March 2022 - 14 February 2023) and a
# finance ministry (1 March 2020 - 1 March 2022), 'Ana Ruiz led the party from 2017 until February 2023.', '... served
# as party leader from 2017 until February 2023.' and '... chaired the party from May 2019 until 1 March 2022.' are
# CONTRADICTED ("dates Minister of Justice from 2022-03-01 to 2023-02-14, not from 1 January 2017"), and 'Ana Ruiz led
# the party from 1 March 2022 to 14 February 2023.' is SUPPORTED by the justice ministry's end. The page says nothing
# of a party: a leader often leaves the party and a ministry on one day. Mended by fc35 (session 35): a post of a body
# outside any government (the party, by the post's words or the verb's object) is dated by no ministry's end.
MINISTRIES = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician.",
    [
        ("office", "Minister of Justice"),
        ("term_start", "1 March 2022"),
        ("term_end", "14 February 2023"),
        ("office2", "Minister of Finance"),
        ("term_start2", "1 March 2020"),
        ("term_end2", "1 March 2022"),
    ],
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        pytest.param("Ana Ruiz led the party from 2017 until February 2023.", Verdict.CONTRADICTED, id="led"),
        pytest.param(
            "Ana Ruiz served as party leader from 2017 until February 2023.", Verdict.CONTRADICTED, id="party-leader"
        ),
        pytest.param(
            "Ana Ruiz chaired the party from May 2019 until 1 March 2022.", Verdict.CONTRADICTED, id="chaired"
        ),
        pytest.param(
            "Ana Ruiz led the party from 1 March 2022 to 14 February 2023.", Verdict.SUPPORTED, id="same-days"
        ),
    ],
)
def test_r16_a_spell_in_an_unlisted_post_is_not_dated_by_another_office(body: str, outcome: Verdict) -> None:
    _never(outcome, body, [MINISTRIES], ("date",))


def test_r16_twin_the_listed_posts_spell_is_supported() -> None:
    found = _judged(
        "Ana Ruiz served as justice minister from 1 March 2022 to 14 February 2023.", [MINISTRIES], ("date",)
    )
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B4 (s34-lead 0a004cf, first seen in its wip 1834d27): the start of a spell in a post the infobox does not list is
# refuted by another office begun that day even when the claim names that office among its posts: 'Ana Ruiz served as
# justice and interior minister from 1 March 2022 to 14 February 2023.' has its start claim CONTRADICTED on the branch
# ("lists the office begun on 2022-03-01 as Minister of Justice, and no justice and interior minister"), unverified on
# main. Mended on the branch before the merge (c71a151): a guard, passes on main.
def test_b4_a_combined_portfolio_is_not_refuted_by_one_of_its_posts() -> None:
    body = "Ana Ruiz served as justice and interior minister from 1 March 2022 to 14 February 2023."
    _never(Verdict.CONTRADICTED, body, [MINISTRIES], ("date",))


# R17 (main d107d59, extraction's subject of an event's length): the event a length is of is named with its head noun
# twice, or with its verb: 'The Gaza war began two years ago.' gives the duration claim 'two years ago' the subject
# 'Gaza war war', 'The Korvik war began two years ago.' 'Korvik war began war', '... now in its third year' 'Korvik war
# war'; no page has that title, so these lengths stay unverified, and the report's 'Checked:' line shows the garbled
# name. ('The war in Korvik began two years ago.' gives 'Korvik'; under the one-word headline 'Test' of
# `claim_subjects` the subject is right: any headline of two words or more brings the fault.) Mended by s35-ext35:
# where the recogniser took the noun into the name, the name is its words up to the noun.
@pytest.mark.parametrize(
    ("body", "event"),
    [
        pytest.param("The Gaza war began two years ago.", "Gaza war", id="gaza-ago"),
        pytest.param("The Korvik war began two years ago.", "Korvik war", id="korvik-ago"),
        pytest.param("The Korvik war, now in its third year, continues.", "Korvik war", id="third-year"),
    ],
)
def test_r17_an_events_length_is_of_the_event_named(body: str, event: str) -> None:
    assert [c.subject for c, _ in judged_body(body, [], AS_OF) if c.kind == "duration"] == [event]


# An invented copy of NATO's lead: the alliance's whole, 32 member states.
ALLIANCE = page(
    "NATO",
    "The North Atlantic Treaty Organization (NATO) is an intergovernmental military alliance of 32 member states.",
    SAVED,
)


# R18 (main d107d59, the quantity judge's part of a whole): a part told with its whole after a preposition ('Ministers
# from 30 of the 32 NATO member states attended.') is claimed as '30 of the 32 NATO member states', read as NATO's count
# and CONTRADICTED by its 32 member states ("gives a different count"). True: a part is no count of the whole.
def test_r18_a_part_of_the_alliances_members_is_not_its_count() -> None:
    _never(Verdict.CONTRADICTED, "Ministers from 30 of the 32 NATO member states attended.", [ALLIANCE], ("quantity",))


# B5 (s34-open34 7e75ffd, review33 R3's mend: a part of a whole written without 'the' is claimed as the part): the part
# without 'the' or after 'out of' is now claimed too, and refuted as R18's is: 'Leaders of 30 of 32 NATO member states
# met.', 'Ministers from 30 of 32 NATO member states attended.' and 'Troops from 12 out of 32 NATO members took part.'
# are CONTRADICTED on the branch (their whole is supported or unverified on main, nothing refuted). Merged with its
# branch: mended by fixo34 (merged), a plain test now.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Leaders of 30 of 32 NATO member states met.", id="leaders-of"),
        pytest.param("Ministers from 30 of 32 NATO member states attended.", id="ministers-from"),
        pytest.param("Troops from 12 out of 32 NATO members took part.", id="out-of"),
    ],
)
def test_b5_a_part_without_the_is_not_the_alliances_count(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [ALLIANCE], ("quantity",))


# B6 (s34-open34 81ffa09, review33 R11's mend: quoted words matched on whole words): only rapidfuzz's one best alignment
# is widened, so when the words stand first inside a longer word and then whole in the same sentence, the first is taken
# and the quote loses its support on the branch (SUPPORTED on main): 'Ana Ruiz called the reform "a success".' against
# 'In 2023 she said the deal was "a successor to the old one" and called the reform "a success".', and '"a win for
# Norby"' against '... "a win for Norbyans" and "a win for Norby".' Merged with its branch: open on main, a strict
# xfail.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            'Ana Ruiz called the reform "a success".',
            'In 2023 she said the deal was "a successor to the old one" and called the reform "a success".',
            id="successor-then-success",
        ),
        pytest.param(
            'Ana Ruiz said the talks were "a win for Norby".',
            'In 2023 she said the talks were "a win for Norbyans" and "a win for Norby".',
            id="norbyans-then-norby",
        ),
    ],
)
def test_b6_the_words_found_whole_later_in_the_sentence_keep_their_support(body: str, sentence: str) -> None:
    found = _judged(body, [_ruiz_said(sentence)], ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R19 (main d107d59, the role claim's post words): a birthplace's '-born' adjective before the title is read as a word
# of the post: 'Ana Ruiz, the Latvian-born Estonian prime minister, spoke.' gives the post 'Latvian-born Estonian prime
# minister', CONTRADICTED by her holding 'Prime Minister of Estonia' ("on 2024-01-10 the office held was Prime Minister
# of Estonia"). True (the shape of 'the US-born Estonian president'); 'Latvian-born Prime Minister Ana Ruiz' is
# unverified. Mended by fc35 (session 35): the role claim's value drops a capitalised '-born' adjective opening it
# (role.extract._office_value), as it drops a verb before the post.
BORN_IN_RIGA = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975 in Riga, Latvia) is an Estonian politician serving as Prime Minister of Estonia "
    "since 14 February 2023.",
    [("office", "Prime Minister of Estonia"), ("term_start", "14 February 2023"), ("birth_place", "Riga, Latvia")],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, the Latvian-born Estonian prime minister, spoke.", id="apposed"),
        pytest.param("The Latvian-born Estonian prime minister, Ana Ruiz, spoke.", id="fronted"),
    ],
)
def test_r19_a_birthplace_before_the_title_is_no_word_of_the_post(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [BORN_IN_RIGA], ("role",))


def test_r19_twin_the_post_after_the_birthplace_is_still_read() -> None:
    found = _judged("Ana Ruiz, the Estonian-born Latvian prime minister, spoke.", [BORN_IN_RIGA], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# B7 (s34-lead 0a004cf, a spell in a post the infobox does not list refuted by another post begun or ended that day): a
# post the infobox writes under its country's own name is read as another post: 'Ana Ruiz served as foreign minister
# from 30 May 2019 to 14 February 2023.' against 'Minister of External Affairs' (India's foreign ministry) and '...
# served as finance minister ...' against 'Chancellor of the Exchequer' (the United Kingdom's) have both date claims
# CONTRADICTED on the branch (unverified on main; the role claims stay unverified: the role judge is unsure they are
# other posts). Mended on the branch before the merge (c71a151): a guard, passes on main.
@pytest.mark.parametrize(
    ("post", "office"),
    [
        pytest.param("foreign minister", "Minister of External Affairs", id="external-affairs"),
        pytest.param("finance minister", "Chancellor of the Exchequer", id="exchequer"),
    ],
)
def test_b7_a_post_under_its_countrys_own_name_is_not_another_post(post: str, office: str) -> None:
    held = boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 1 January 1975) is a Norbian politician.",
        [("office", office), ("term_start", "30 May 2019"), ("term_end", "14 February 2023")],
        SAVED,
    )
    body = f"Ana Ruiz served as {post} from 30 May 2019 to 14 February 2023."
    _never(Verdict.CONTRADICTED, body, [held], ("date",))


# R20 (main d107d59, the role judge's same post under a country's own name): a foreign or finance ministry the
# infobox writes under its country's name is read as another office, and the wire's plain title is CONTRADICTED:
# 'Indian Foreign Minister Ana Ruiz' and "India's foreign minister" against 'Minister of External Affairs' (as S.
# Jaishankar's page writes it), 'British Finance Minister Ana Ruiz' and "Britain's finance minister" against
# 'Chancellor of the Exchequer' (Reuters' usual 'British finance minister Rachel Reeves'). True; 'Australia's finance
# minister' against 'Treasurer of Australia' is unverified. B7 (s34-lead) carries the same into the date claims.
# Mended by fc35 (session 35): verify/lexicons/offices.toml `own_names` gives such a name its generic ministry, which
# the role judge reads beside the name written (offices.generic_office).
# Ana Ruiz holding India's foreign ministry or the United Kingdom's finance ministry under the country's own name
OWN_NAMED = {
    "india": (
        "an Indian diplomat and politician serving as Minister of External Affairs",
        "Minister of External Affairs",
    ),
    "britain": ("a British politician serving as Chancellor of the Exchequer", "Chancellor of the Exchequer"),
}


def _own_named(country: str) -> Document:
    """Her invented page holding `country`'s ministry under its own name (`OWN_NAMED`) since 30 May 2019."""
    lead, office = OWN_NAMED[country]
    return boxed(
        "Ana Ruiz",
        f"Ana Ruiz (born 1 January 1975) is {lead} since 30 May 2019.",
        [("office", office), ("term_start", "30 May 2019")],
        SAVED,
    )


@pytest.mark.parametrize(
    ("body", "country"),
    [
        pytest.param("Indian Foreign Minister Ana Ruiz spoke on Monday.", "india", id="indian-foreign-minister"),
        pytest.param("Ana Ruiz, India's foreign minister, spoke on Monday.", "india", id="indias-foreign-minister"),
        pytest.param("British Finance Minister Ana Ruiz spoke on Monday.", "britain", id="british-finance-minister"),
        pytest.param(
            "Ana Ruiz, Britain's finance minister, spoke on Monday.", "britain", id="britains-finance-minister"
        ),
    ],
)
def test_r20_a_ministry_under_its_countrys_own_name_is_the_same_post(body: str, country: str) -> None:
    _never(Verdict.CONTRADICTED, body, [_own_named(country)], ("role",), dt.date(2021, 1, 10))


@pytest.mark.parametrize(
    ("body", "country", "outcome"),
    [
        pytest.param("Indian Foreign Minister Ana Ruiz spoke on Monday.", "india", Verdict.SUPPORTED, id="indian"),
        pytest.param("British Finance Minister Ana Ruiz spoke on Monday.", "britain", Verdict.SUPPORTED, id="british"),
        # the twins: another ministry of her country, the same ministry of another country
        pytest.param(
            "Indian Defence Minister Ana Ruiz spoke on Monday.", "india", Verdict.CONTRADICTED, id="another-ministry"
        ),
        pytest.param(
            "German Finance Minister Ana Ruiz spoke on Monday.", "britain", Verdict.CONTRADICTED, id="another-country"
        ),
    ],
)
def test_r20_the_wire_title_is_judged_by_the_countrys_own_name(body: str, country: str, outcome: Verdict) -> None:
    found = _judged(body, [_own_named(country)], ("role",), dt.date(2021, 1, 10))
    assert set(found.values()) == {outcome}, found


def test_r20_the_day_taken_up_under_the_generic_name_is_not_refuted() -> None:
    body = "Ana Ruiz became Foreign Minister on 30 May 2019."
    _never(Verdict.CONTRADICTED, body, [_own_named("india")], ("date",))


# R21 (main d107d59, extraction's clause claim at a dateline; found as a new user, README's own-article recipe): a
# dateline written day-month-year ('HELSINKI, 3 April 2024 - ') is glued to the first clause claim: 'HELSINKI, 3 April
# 2024 - Finnish President Alexander Stubb, 56, travelled to Berlin on Wednesday.' gives the clause '3 April 2024 -
# Finnish President Alexander Stubb, 56, travelled to Berlin on Wednesday', the report's first row. ('HELSINKI, April
# 3 (Reuters) - ' and 'HELSINKI (AP) - ' are cut off.) Mended by s35-ext35: the dateline's day dates the clause, its
# words start after the dateline.
@pytest.mark.parametrize("dash", [pytest.param("-", id="hyphen"), pytest.param("—", id="em-dash")])
def test_r21_a_datelines_date_is_no_part_of_the_first_claim(dash: str) -> None:
    body = f"HELSINKI, 3 April 2024 {dash} Finnish President Alexander Stubb travelled to Berlin on Wednesday."
    texts = [c.text for c, _ in judged_body(body, [], dt.date(2024, 4, 3))]
    assert texts, "no claim extracted"
    assert not any(t.startswith("3 April 2024") for t in texts), texts


def test_r21_twin_a_timeline_lines_date_stays_in_its_claim() -> None:
    body = "The key dates:\n\n2 November 2020 - Ivo Stam is arrested.\n\n3 May 2021 - Ivo Stam is freed."
    texts = [c.text for c, _ in judged_body(body, [], dt.date(2024, 4, 3)) if c.kind == "clause"]
    assert "3 May 2021 - Ivo Stam is freed" in texts, texts


# R22 (main d107d59, the role claim of a holding told with its decade after a verb): review31 R1's mend reads a decade
# apposed to a title ('Lena Vos, prime minister in the 1990s': unverified) and a spell after a verb is read ('who led
# Norby from 1995 to 2000': contradicted), but a decade after a verb is not: 'Lena Vos, who was prime minister in the
# 1990s, spoke.', '..., who led Norby in the 1990s, spoke.' and 'Lena Vos led Norby in the 1990s.' give role claims
# without the decade, SUPPORTED by her premiership (2005-2015). Fixed by s35-fsa35 (a past holding told after its verb
# with its decade is held to that decade: `role.judge._HELD_IN_A_DECADE`, read by `told_with_its_length`).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos, who was prime minister in the 1990s, spoke.", id="who-was"),
        pytest.param("Lena Vos, who led Norby in the 1990s, spoke.", id="who-led"),
        pytest.param("Lena Vos led Norby in the 1990s.", id="led"),
    ],
)
def test_r22_a_holding_in_another_decade_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, PEOPLE, ("role", "clause"))


def test_r22_twin_a_holding_in_its_own_decade_is_supported() -> None:
    found = _judged("Lena Vos, who was prime minister in the 2000s, spoke.", PEOPLE, ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R23 (main d107d59, the role judge's 'the country's prime minister'): the country the article means is not asked, so
# the wrong country's premiership is SUPPORTED: "Latvia's economy shrank by 2% last year. The country's prime minister,
# Ana Ruiz, blamed the war." against her page (Prime Minister of Estonia), the apposed "Ana Ruiz, the country's prime
# minister", and 'Floods hit Latvia on Monday. The Baltic state's prime minister, Ana Ruiz, visited the area.' (review33
# B2 is the same for 'the country's president' on rew33's reverted branch; on main that one is unverified.)
# Mended by s35-ext35 for 'the country's' (the role readers ask the shared resolver which country it stands for: the
# headline's, else the last named before); 'the Baltic state's' stays open.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Latvia's economy shrank by 2% last year. The country's prime minister, Ana Ruiz, blamed the war.",
            id="the-countrys",
        ),
        pytest.param(
            "Latvia's economy shrank by 2% last year. Ana Ruiz, the country's prime minister, blamed the war.",
            id="apposed",
        ),
        pytest.param(
            "Floods hit Latvia on Monday. The Baltic state's prime minister, Ana Ruiz, visited the area.",
            id="the-baltic-states",
            marks=_open("R23 open: 'The Baltic state's prime minister' after 'Floods hit Latvia' supported"),
        ),
    ],
)
def test_r23_the_country_is_the_one_the_article_names(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [ESTONIAN], ("role",))


def test_r23_twin_her_own_country_named_before_is_supported() -> None:
    body = "Estonia's economy shrank by 2% last year. Ana Ruiz, the country's prime minister, blamed the war."
    found = _judged(body, [ESTONIAN], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R24 (main d107d59, extraction's relation claim): the other party of a meeting takes the capitalised words after it
# behind 'in': 'Ana Ruiz met Ivo Stam in March.' gives the value 'Ivo Stam in March', 'Ana Ruiz met King Olav in
# Tarsa.' 'King Olav in Tarsa' (the report reads 'met — Ivo Stam in March'); the judge then asks for a page of that
# name. ('... met King Olav on Monday.' and '... met with Ivo Stam last week.' give the name alone.) Mended by
# s35-ext35: the value is the name alone, a place after it the claim's place.
@pytest.mark.parametrize(
    ("body", "other"),
    [
        pytest.param("Ana Ruiz met Ivo Stam in March.", "Ivo Stam", id="in-a-month"),
        pytest.param("Ana Ruiz met King Olav in Tarsa.", "King Olav", id="in-a-place"),
    ],
)
def test_r24_a_meetings_other_party_is_the_name_alone(body: str, other: str) -> None:
    assert [c.value for c, _ in judged_body(body, [], AS_OF) if c.kind == "relation"] == [other]


# R25 (main d107d59, the role claim of a plural title before two names; review29 R13 is its second name): 'Former prime
# ministers Ana Ruiz and Ivo Stam spoke.' gives 'prime ministers Ana Ruiz' as a holding at some time, SUPPORTED,
# though she holds the post on the article's day and is no former holder ('Former prime minister Ana Ruiz spoke.' is
# contradicted, and so is the apposed 'Ivo Stam and Ana Ruiz, both former prime ministers'). False. Fixed by
# s35-fsa35 (a plural title before a name is each one's, its 'Former' with it: `nlp.titles._each_holds`).
def test_r25_a_plural_former_title_is_asked_whether_it_is_former() -> None:
    _never(Verdict.SUPPORTED, "Former prime ministers Ana Ruiz and Ivo Stam spoke.", PEOPLE, ("role",))


def test_r25_twin_the_singular_former_title_is_refuted() -> None:
    found = _judged("Former prime minister Ana Ruiz spoke on Monday.", PEOPLE, ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# B8 (s34-open34 7e75ffd and 1578e53, review33 R3's mend: a part without 'the' claimed with its whole in its words, the
# whole no claim of its own): the whole is checked only against a page that gives the part with a whole; against a page
# giving the party's seats alone ('In the 2023 election it won 61 seats') 'The Norby Party won 61 of 200 seats in 2023.'
# (a parliament of 150) is SUPPORTED on the branch (CONTRADICTED on main, by the whole read as the party's count: the
# right verdict for the wrong reason), as is '61 out of 200 seats'. review33 B7 on a page without the whole. Merged with
# its branch: mended by fixo34 (merged), a plain test now. (R26 is the same with 'the', mended by fsb35.)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won 61 of 200 seats in 2023.", id="of"),
        pytest.param("The Norby Party won 61 out of 200 seats in 2023.", id="out-of"),
    ],
)
def test_b8_a_part_of_an_unchecked_whole_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [PARTY], ("quantity",))


# R26 (main d107d59, the quantity judge's part of a whole): a part told with its whole ('61 of the 200 seats') is
# SUPPORTED by a page that gives the part alone ('In the 2023 election it won 61 seats'), the whole unchecked: 'The
# Norby Party won 61 of the 200 seats in 2023.' is supported though the parliament has 150 seats (review28 R2 and
# review33 B7 refute a whole the page gives otherwise; here the page gives none).
# Mended by fsb35: a part's whole is checked against the wholes the page gives some of anywhere ('52 of the 150 seats
# in parliament'), never supported by the part alone.
def test_r26_a_part_of_a_whole_the_page_does_not_give_is_not_supported() -> None:
    _never(Verdict.SUPPORTED, "The Norby Party won 61 of the 200 seats in 2023.", [PARTY], ("quantity",))


# an election page's infobox shape: the whole told as 'All 150 seats in the Storting', the party's 61 alone
STORTING = page(
    "2023 Norby general election",
    "The 2023 Norby general election was held on 11 September 2023. All 150 seats in the Storting were contested. "
    "The Norby Party won 61 seats.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Norby Party won 61 of the 150 seats in 2023.", PARTY, id="of-the"),
        pytest.param("The Norby Party won 61 out of 150 seats in 2023.", PARTY, id="out-of"),
        pytest.param("The Norby Party won 61 of the 150 seats in 2023.", STORTING, id="all-150-seats"),
    ],
)
def test_r26_twin_a_whole_the_page_gives_elsewhere_keeps_the_support(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("quantity",))
    assert Verdict.SUPPORTED in found.values(), found
    assert Verdict.CONTRADICTED not in found.values(), found


# R27 (main bd46bcf, the quantity judge's one-sided rounding on the page's side; R8's mend, 5c746d4, reads the claim's
# 'nearly' only): a page's 'nearly 300' still rounds either way, so 'The Korvik earthquake killed 312 people.' is
# SUPPORTED by '... killing nearly 300 people.' (fewer than 300 were killed by the page's words; 290 fits them).
def _hedged_toll(hedge: str) -> Document:
    """The Korvik earthquake's invented page giving its toll as `hedge` 300 ('nearly', 'just over')."""
    return page(
        "2023 Korvik earthquake",
        f"The 2023 Korvik earthquake struck northern Norby on 6 March 2023, killing {hedge} 300 people.",
        SAVED,
    )


# Mended by fsb35: the page's wording is read as the claim's is, a rounding from one side included; a rounding from
# one side never supports one from the other ('nearly 300' against 'just over 300').
@pytest.mark.parametrize(
    ("body", "hedge"),
    [
        pytest.param("The Korvik earthquake killed 312 people.", "nearly", id="nearly"),
        pytest.param("The Korvik earthquake killed 290 people.", "just over", id="just-over"),
        pytest.param("The Korvik earthquake killed nearly 300 people.", "just over", id="the-other-side"),
    ],
)
def test_r27_a_pages_nearly_bounds_its_figure_from_above(body: str, hedge: str) -> None:
    _never(Verdict.SUPPORTED, body, [_hedged_toll(hedge)], ("quantity",), QUAKE_WEEK)


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        pytest.param("The Korvik earthquake killed 290 people.", Verdict.SUPPORTED, id="under-it"),
        pytest.param("The Korvik earthquake killed nearly 300 people.", Verdict.SUPPORTED, id="nearly-alike"),
        pytest.param("The Korvik earthquake killed about 500 people.", Verdict.CONTRADICTED, id="about-far-off"),
    ],
)
def test_r27_twin_a_figure_on_the_side_of_the_pages_nearly(body: str, outcome: Verdict) -> None:
    found = _judged(body, [_hedged_toll("nearly")], ("quantity",), QUAKE_WEEK)
    assert set(found.values()) == {outcome}, found
