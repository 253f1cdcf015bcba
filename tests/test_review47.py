"""Findings of review47 (session 47), as rows the desk would meet: a one-fact-false sentence and its true twin,
extracted from an invented article and judged against invented pages (`tests/support/judging.py`) through the
article's whole judging (`verify.judge.judge`). S-items are false "supported" verdicts open on main (strict xfails),
R-items false "contradicted" or lost support of true claims open on main (strict xfails); a B-item (a regression found
on a helper branch) is a plain test that passes on main. The list with its status is
/work/briefs47/review47-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.test_review26 import _open
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Claim, ClaimResult, Document, Verdict
from verify.retrieve import EvidencePool

# The day of the invented articles, after the pages' revision (saved 1 April 2025), as the desk reads them.
DAY = dt.date(2025, 6, 1)
SAVED = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)


def _results(body: str, docs: list[Document], day: dt.date = DAY) -> list[tuple[Claim, ClaimResult]]:
    """Each claim of an article of `body` with its result, judged whole against `docs` alone."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=day))
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), day)
    return list(zip(claims, results, strict=True))


def _subjects(headline: str, body: str, words: str, kind: str = "clause") -> list[str]:
    """The subjects extraction gives the claims of `kind` whose words begin with `words`, in an article of `body`
    under `headline` (the headline's person is whom a paragraph-opening pronoun may mean)."""
    claims = extract_claims(article_from_text(f"{headline}\n\n{body}\n", as_of=DAY))
    return [c.subject for c in claims if c.kind == kind and c.text.startswith(words)]


def _verdicts(body: str, docs: list[Document], kind: str = "", words: str = "", day: dt.date = DAY) -> list[Verdict]:
    """The verdicts on the claims (of `kind`, if given) whose words hold `words`."""
    found = _results(body, docs, day)
    return [r.verdict for c, r in found if words in c.text and (not kind or c.kind == kind)]


# ---------------------------------------------------------------------------------------------------------------
# S1 (false "SUPPORTED", an ordinal of another post; main 69a98a45): the page ranks her among the holders of ANOTHER
# post ('she was Minister of Health, the fourth woman to hold the post'); 'Eva Lund is the fourth woman to hold the
# post of foreign minister.' is SUPPORTED ("says fourth woman to hold the post"): the claim's deed 'to hold the post
# of foreign minister' names its post in lower case, so no name tells the two deeds apart, and 'the post' of the page
# is never read as the post its sentence names. Cause: verify/kinds/clause/judge.py `_another_deed_ranked` (a deed
# naming no capitalised name is taken as the page's when its verb is the same).
LUND_RANKED = page(
    "Eva Lund",
    "Eva Lund (born 9 September 1970) is a Norbian politician who has been Minister of Foreign Affairs since 2021. "
    "From 2015 to 2019 she was Minister of Health, the fourth woman to hold the post. In 2019 she became the first "
    "woman to lead the Labour Party, succeeding Jon Dahl.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Lund is the fourth woman to hold the post of foreign minister.", id="is-the-fourth"),
        pytest.param(
            "Eva Lund, the fourth woman to hold the post of foreign minister, spoke on Monday.", id="apposition"
        ),
        pytest.param("Eva Lund is the fourth woman to hold the office of foreign minister.", id="the-office-of"),
    ],
)
def test_s1_the_rank_among_another_posts_holders_is_not_this_posts(body: str) -> None:
    found = _verdicts(body, [LUND_RANKED], "clause", "fourth woman")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Lund was the fourth woman to hold the post of health minister.", id="the-pages-post"),
        pytest.param("Eva Lund is the first woman to lead the Labour Party.", id="the-party"),
    ],
)
def test_s1_twin_the_rank_among_the_named_posts_holders(body: str) -> None:
    assert _verdicts(body, [LUND_RANKED], "clause", "woman") == [Verdict.SUPPORTED]


# R1 (false "CONTRADICTED", the same page as S1; main 69a98a45): 'Eva Lund is the first woman to hold the post of
# party leader.' (true: 'the first woman to lead the Labour Party') and 'Eva Lund is the fifth woman to hold the post
# of foreign minister.' (the page does not rank her there) are CONTRADICTED by the health ministry's 'fourth woman to
# hold the post' ("says fourth woman"). Cause: as S1 (`_another_deed_ranked`), the refuting side.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Lund is the first woman to hold the post of party leader.", id="first-party-leader"),
        pytest.param("Eva Lund is the fifth woman to hold the post of foreign minister.", id="fifth-foreign"),
    ],
)
def test_r1_the_rank_among_another_posts_holders_refutes_nothing(body: str) -> None:
    found = _verdicts(body, [LUND_RANKED], "clause", "woman")
    assert found and Verdict.CONTRADICTED not in found, found


# ---------------------------------------------------------------------------------------------------------------
# S2 (false "SUPPORTED", a title before another person's name; main 69a98a45): 'Since 2019 he has been chief of staff
# to President Ivo Stam.' STATES 'Karl Moen has been president since 2019.' (also in a relative clause), and 'Since
# 2010 he has been an adviser to Prime Minister Jon Dahl.' states 'Karl Moen has been prime minister since 2010.':
# every word of the claim is in the sentence, the post only as the title of the man he serves. Cause:
# verify/kinds/clause/judge.py `_sentence_findings` ("states it"): a post word standing as another named person's
# title ('President Ivo Stam') is not set aside (`_within_another_post` / `_every_post_is_another` read posts, not
# titles before a name).
MOEN_AIDE = page(
    "Karl Moen",
    "Karl Moen (born 3 March 1960) is a Norbian civil servant. From 2010 to 2014 he was an adviser to Prime Minister "
    "Jon Dahl. Since 2019 he has been chief of staff to President Ivo Stam.",
    SAVED,
)
MOEN_ADVISER = page(
    "Karl Moen",
    "Karl Moen (born 3 March 1960) is a Norbian civil servant. Since 2010 he has been an adviser to Prime Minister "
    "Jon Dahl.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Karl Moen has been president since 2019.", MOEN_AIDE, id="has-been-president"),
        pytest.param("Karl Moen, who has been president since 2019, spoke on Monday.", MOEN_AIDE, id="relative-clause"),
        pytest.param("Karl Moen has been prime minister since 2010.", MOEN_ADVISER, id="has-been-prime-minister"),
    ],
)
def test_s2_another_persons_title_is_not_the_subjects_post(body: str, doc: Document) -> None:
    found = _verdicts(body, [doc], "clause", "since")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Karl Moen has been chief of staff since 2019.", MOEN_AIDE, id="chief-of-staff"),
        pytest.param("Karl Moen has been an adviser to the prime minister since 2010.", MOEN_ADVISER, id="adviser"),
    ],
)
def test_s2_twin_his_own_post(body: str, doc: Document) -> None:
    assert _verdicts(body, [doc], "clause", "since") == [Verdict.SUPPORTED]


# S2's role side (main 69a98a45, also on s47-titles47 a552c4af): 'She has been chief of staff to the Minister of
# Defence since 2021.' SUPPORTS 'Defence Minister Eva Lund' (role, "says Eva Lund holds it"); 'adviser to the Prime
# Minister' supports 'Prime Minister Eva Lund', 'deputy to the Mayor of Halden' 'the mayor of Halden': the post read
# in a sentence where it is the title of the one she serves. Cause: verify/kinds/role/judge.py `_person_office_findings`
# (`holder.titled_name_after` sets aside a title before a NAME, not 'to the Minister of Defence').
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "She has been chief of staff to the Minister of Defence since 2021.",
            "Defence Minister Eva Lund spoke on Monday.",
            id="chief-of-staff-to-the-minister",
        ),
        pytest.param(
            "Since 2020 she has been adviser to the Prime Minister.",
            "Prime Minister Eva Lund spoke on Monday.",
            id="adviser-to-the-prime-minister",
        ),
        pytest.param(
            "She has served as deputy to the Mayor of Halden since 2020.",
            "Eva Lund, the mayor of Halden, spoke on Monday.",
            id="deputy-to-the-mayor",
        ),
    ],
)
def test_s2_the_post_of_the_one_served_is_not_the_aides(told: str, body: str) -> None:
    doc = page("Eva Lund", f"Eva Lund (born 9 September 1970) is a Norbian civil servant. {told}", SAVED)
    found = _verdicts(body, [doc], "role")
    assert found and Verdict.SUPPORTED not in found, found


# ---------------------------------------------------------------------------------------------------------------
# S3 (false "SUPPORTED", a count of terms in another post; main 69a98a45): 'He served two terms as mayor of Halden and
# one term as Speaker of the Parliament of Norby.' SUPPORTS 'Karl Moen served two terms as speaker of parliament.'
# ("counts two terms"; also in a relative clause): the post after 'as' is never compared. Cause:
# verify/kinds/quantity/judge.py `_sentence_findings` (the count is read by its noun 'terms' and its owner only).
MOEN_TERMS = page(
    "Karl Moen",
    "Karl Moen (born 3 March 1960) is a Norbian politician. He served two terms as mayor of Halden and one term as "
    "Speaker of the Parliament of Norby.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Karl Moen served two terms as speaker of parliament.", id="served-two-terms-as-speaker"),
        pytest.param("Karl Moen, who served two terms as speaker, spoke on Monday.", id="relative-clause"),
    ],
)
def test_s3_the_terms_of_another_post_are_not_this_posts(body: str) -> None:
    found = _verdicts(body, [MOEN_TERMS], "quantity", "terms")
    assert found and Verdict.SUPPORTED not in found, found


def test_s3_twin_the_terms_of_the_post_named() -> None:
    found = _verdicts("Karl Moen served two terms as mayor of Halden.", [MOEN_TERMS], "quantity", "terms")
    assert found == [Verdict.SUPPORTED], found


# S4 (false "SUPPORTED", one part of a breakdown for the whole; main 69a98a45): 'The Labour Party won 40 constituency
# seats and 22 list seats' SUPPORTS 'The Labour Party won 40 seats' and '... 22 seats' (it won 62); 'He has three
# children with his first wife and two with his second wife' SUPPORTS 'Karl Moen has three children.' (he has five).
# Cause: verify/kinds/quantity/judge.py `_sentence_findings`, the supporting side: a page count whose noun a partition
# word narrows ('constituency seats') or that a breakdown's other part follows ('and two with his second wife':
# `_BREAKDOWN` knows 'in', 'from', 'at' ..., not 'with') is taken for the whole (`_narrower_than_claimed` guards only
# the refuting side).
ELECTION = page(
    "2024 Norby general election",
    "A general election was held in Norby on 8 September 2024. The Labour Party won 40 constituency seats and 22 list "
    "seats, and became the largest party. Turnout was 71.2%.",
    SAVED,
)
MOEN_CHILDREN = page(
    "Karl Moen",
    "Karl Moen (born 3 March 1960) is a Norbian politician. He has three children with his first wife and two with "
    "his second wife, Nina Berg.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Labour Party won 40 seats in the 2024 Norby general election.", ELECTION, id="40-seats"),
        pytest.param("The Labour Party won 22 seats in the 2024 Norby general election.", ELECTION, id="22-seats"),
        pytest.param("Karl Moen has three children.", MOEN_CHILDREN, id="three-children"),
    ],
)
def test_s4_a_part_of_a_breakdown_is_not_the_whole(body: str, doc: Document) -> None:
    found = _verdicts(body, [doc], "quantity")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param(
            "The Labour Party won 40 constituency seats in the 2024 Norby general election.", ELECTION, id="the-part"
        ),
        pytest.param("Karl Moen has three children with his first wife.", MOEN_CHILDREN, id="the-first-marriages"),
    ],
)
def test_s4_twin_the_part_named_as_a_part(body: str, doc: Document) -> None:
    assert _verdicts(body, [doc], "quantity") == [Verdict.SUPPORTED]


# R2 (false "CONTRADICTED", S4's pages; main 69a98a45): the TRUE whole, 'The Labour Party won 62 seats' and 'Karl Moen
# has five children.', is CONTRADICTED ("gives another count, 40 constituency seats" / "three children"). Cause as S4.
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Labour Party won 62 seats in the 2024 Norby general election.", ELECTION, id="62-seats"),
        pytest.param("Karl Moen has five children.", MOEN_CHILDREN, id="five-children"),
    ],
)
def test_r2_the_whole_of_a_breakdown_is_not_refuted_by_a_part(body: str, doc: Document) -> None:
    found = _verdicts(body, [doc], "quantity")
    assert found and Verdict.CONTRADICTED not in found, found


# ---------------------------------------------------------------------------------------------------------------
# S5 (false "SUPPORTED", Vice / Deputy dropped in the possessive form; main 69a98a45): 'He has been deputy mayor of
# Halden since 2017.' STATES "Karl Moen has been Halden's mayor since 2017." and 'He has been vice-chairman of the
# Labour Party since 2017.' states "Karl Moen has been the Labour Party's chairman since 2017." (clause; the role
# claim is rightly CONTRADICTED, "holds the office with deputy"; 'has been mayor of Halden since 2017' is contradicted
# too). Cause: verify/kinds/clause/judge.py `_sentence_findings` ("states it"): the claimed post written with the
# body's possessive ("Halden's mayor") is not matched against the page's 'deputy mayor of Halden' by
# `_within_another_post` / `_every_post_is_another`, so the page's qualifier is never seen.
def _deputy(post: str) -> Document:
    """A page whose person has held `post` since 2017."""
    lead = f"Karl Moen (born 3 March 1960) is a Norbian politician. He has been {post} since 2017."
    return page("Karl Moen", lead, SAVED)


@pytest.mark.parametrize(
    ("post", "body"),
    [
        pytest.param("deputy mayor of Halden", "Karl Moen has been Halden's mayor since 2017.", id="deputy-mayor"),
        pytest.param(
            "vice-chairman of the Labour Party",
            "Karl Moen has been the Labour Party's chairman since 2017.",
            id="vice-chairman",
        ),
    ],
)
def test_s5_a_deputys_post_is_not_the_post_in_the_possessive_form(post: str, body: str) -> None:
    found = _verdicts(body, [_deputy(post)], "clause")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("post", "body"),
    [
        pytest.param("mayor of Halden", "Karl Moen has been Halden's mayor since 2017.", id="mayor"),
        pytest.param(
            "vice-chairman of the Labour Party",
            "Karl Moen has been the Labour Party's vice-chairman since 2017.",
            id="vice-chairman",
        ),
    ],
)
def test_s5_twin_the_post_itself_in_the_possessive_form(post: str, body: str) -> None:
    assert _verdicts(body, [_deputy(post)], "clause") == [Verdict.SUPPORTED]


# S6 (false "SUPPORTED", a ministry's staff for its minister; main 69a98a45): 'He has worked at the Ministry of Foreign
# Affairs since 1990.' SUPPORTS 'Foreign Minister Karl Moen' ("says Karl Moen holds it"), 'He worked at the Ministry of
# Foreign Affairs from 1990 to 2010.' supports 'Former Foreign Minister Karl Moen', 'He was a spokesman for the Ministry
# of Defence from 2008 to 2012.' supports 'Karl Moen, a former defence minister,' (role). A diplomat's or civil
# servant's page says this in nearly every lead. Cause: verify/match.py `phrase_position` (fuzzy
# `partial_ratio_alignment` >= 92 takes 'ministry of foreign affairs' for 'minister of foreign affairs', one letter
# apart), read by verify/kinds/role/judge.py `_person_office_findings` as the post itself.
def _civil_servant(told: str) -> Document:
    """A diplomat's page telling where he worked."""
    return page("Karl Moen", f"Karl Moen (born 3 March 1960) is a Norbian diplomat. {told}", SAVED)


@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "He has worked at the Ministry of Foreign Affairs since 1990.",
            "Foreign Minister Karl Moen spoke on Monday.",
            id="works-at-the-ministry",
        ),
        pytest.param(
            "He worked at the Ministry of Foreign Affairs from 1990 to 2010.",
            "Former Foreign Minister Karl Moen spoke on Monday.",
            id="worked-at-the-ministry",
        ),
        pytest.param(
            "He was a spokesman for the Ministry of Defence from 2008 to 2012.",
            "Karl Moen, a former defence minister, spoke on Monday.",
            id="a-ministrys-spokesman",
        ),
    ],
)
# mended on main 89b7e7de (the lead's a36d5b2f: a fuzzy alignment keeps the post's head noun): a plain test now
def test_s6_a_ministrys_staff_is_not_its_minister(told: str, body: str) -> None:
    found = _verdicts(body, [_civil_servant(told)], "role")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "He has been Minister of Foreign Affairs since 2021.",
            "Foreign Minister Karl Moen spoke on Monday.",
            id="the-minister",
        ),
        pytest.param(
            "He was Minister of Defence from 2008 to 2012.",
            "Karl Moen, a former defence minister, spoke on Monday.",
            id="the-former-minister",
        ),
    ],
)
def test_s6_twin_the_minister_himself(told: str, body: str) -> None:
    assert _verdicts(body, [_civil_servant(told)], "role") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# S7 (false "SUPPORTED", another verb's day in a subordinate phrase; main 69a98a45; MENDED on s47-fixa47 6aa52a4b, whose
# `_the_verbs_own_dates` reads each verb's own clause): 'She was sworn in as president on 20 March 2020, having won the
# election on 8 December 2019.' SUPPORTS 'Eva Lund was sworn in on 8 December 2019.' (clause and date, "dates it to 8
# December 2019"); 'She resigned on 2 March 2025, three days after the vote of no confidence on 27 February 2025.'
# supports 'resigned on 27 February 2025'; 'She took office on 4 April 2019, after being appointed by President Jon
# Dahl on 1 April 2019.' supports 'took office on 1 April 2019'; 'She died at her home in Halden on 3 May 2024 and was
# buried on 10 May 2024.' supports 'died on 10 May 2024'. Cause: verify/kinds/date/judge.py `_dates_given_to`
# (a verb taking no words of substance: any date of the sentence is the event's) and the clause judge alike.
def _told(told: str) -> Document:
    """A politician's page telling `told` after its lead."""
    return page("Eva Lund", f"Eva Lund (born 1970) is a Norbian politician. {told}", SAVED)


@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "She was sworn in as president on 20 March 2020, having won the election on 8 December 2019.",
            "Eva Lund was sworn in on 8 December 2019.",
            id="sworn-in-on-the-election-day",
        ),
        pytest.param(
            "She resigned on 2 March 2025, three days after the vote of no confidence on 27 February 2025.",
            "Eva Lund resigned on 27 February 2025.",
            id="resigned-on-the-votes-day",
        ),
        pytest.param(
            "She took office on 4 April 2019, after being appointed by President Jon Dahl on 1 April 2019.",
            "Eva Lund took office on 1 April 2019.",
            id="took-office-on-the-appointments-day",
        ),
        pytest.param(
            "She died at her home in Halden on 3 May 2024 and was buried on 10 May 2024.",
            "Eva Lund died on 10 May 2024.",
            id="died-on-the-burials-day",
        ),
    ],
)
def test_s7_a_subordinate_phrases_day_is_not_the_deeds(told: str, body: str) -> None:
    found = [r.verdict for c, r in _results(body, [_told(told)]) if c.kind in {"clause", "date"}]
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "She was sworn in as president on 20 March 2020, having won the election on 8 December 2019.",
            "Eva Lund was sworn in on 20 March 2020.",
            id="sworn-in",
        ),
        pytest.param(
            "She resigned on 2 March 2025, three days after the vote of no confidence on 27 February 2025.",
            "Eva Lund resigned on 2 March 2025.",
            id="resigned",
        ),
        pytest.param(
            "She took office on 4 April 2019, after being appointed by President Jon Dahl on 1 April 2019.",
            "Eva Lund took office on 4 April 2019.",
            id="took-office",
        ),
    ],
)
def test_s7_twin_the_deeds_own_day(told: str, body: str) -> None:
    found = [r.verdict for c, r in _results(body, [_told(told)]) if c.kind in {"clause", "date"}]
    assert found and set(found) == {Verdict.SUPPORTED}, found


# S8 (false "SUPPORTED", a day told relative to another verb's; main 69a98a45, also on s47-fixa47 6aa52a4b): 'She was
# appointed Minister of Finance on 4 April 2019, and sworn in the next day.' SUPPORTS 'Eva Lund was sworn in on 4 April
# 2019.' (clause and date; also in a relative clause), '... and took office two days later.' supports 'took office on
# 4 April 2019', 'She was elected president on 8 December 2019 and took office the following March.' supports 'took
# office on 8 December 2019'. Pages tell the oath or the start this way all the time. Cause: verify/kinds/date/
# judge.py `_dates_given_to` / s47-fixa47's `_the_verbs_own_dates` (a clause with no date of its own takes the
# sentence's: 'the next day', 'two days later', 'the following March' are not read as its own, other day) and the
# clause judge's "dates it to".
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "She was appointed Minister of Finance on 4 April 2019, and sworn in the next day.",
            "Eva Lund was sworn in on 4 April 2019.",
            id="the-next-day",
        ),
        pytest.param(
            "She was appointed Minister of Finance on 4 April 2019 and took office two days later.",
            "Eva Lund took office on 4 April 2019.",
            id="two-days-later",
        ),
        pytest.param(
            "She was elected president on 8 December 2019 and took office the following March.",
            "Eva Lund took office on 8 December 2019.",
            id="the-following-march",
        ),
    ],
)
def test_s8_a_day_told_relative_to_anothers_is_not_that_day(told: str, body: str) -> None:
    found = [r.verdict for c, r in _results(body, [_told(told)]) if c.kind in {"clause", "date"}]
    assert found and Verdict.SUPPORTED not in found, found


def test_s8_twin_the_same_day() -> None:
    told = "She was appointed Minister of Finance on 4 April 2019 and sworn in on the same day."
    found = [r.verdict for c, r in _results("Eva Lund was sworn in on 4 April 2019.", [_told(told)])]
    assert found and set(found) == {Verdict.SUPPORTED}, found


# ---------------------------------------------------------------------------------------------------------------
# S9 (false "SUPPORTED", a sibling office whose 'Foreign' modifies another portfolio; main 69a98a45; review46 S3's
# kin, not among its rows): 'Office: Minister of Foreign Economic Relations' SUPPORTS 'Foreign Minister Eva Lund'
# (role). Cause: verify/offices.py `_same_office` (the claimed 'foreign' a subset of the held office's words).
def _minister(office: str) -> Document:
    """A minister's page: the lead and the infobox name the office, held since 3 June 2021."""
    lead = f"Eva Lund (born 9 September 1970) is a Norbian politician who has served as {office} since 2021."
    rows = [("office", office), ("term_start", "3 June 2021"), ("birth_date", "9 September 1970")]
    return boxed("Eva Lund", lead, rows, SAVED)


def test_s9_foreign_economic_relations_is_not_the_foreign_ministry() -> None:
    doc = _minister("Minister of Foreign Economic Relations")
    found = _verdicts("Foreign Minister Eva Lund visited Tarsa on Monday.", [doc], "role")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("office", "title"),
    [
        pytest.param("Minister of Foreign Relations", "Foreign Minister", id="foreign-relations"),
        pytest.param("Minister of External Affairs", "Foreign Minister", id="external-affairs"),
        pytest.param("Minister of Foreign Affairs and Trade", "Foreign Minister", id="foreign-affairs-and-trade"),
        pytest.param("Minister of Foreign Affairs and Trade", "Trade Minister", id="and-trade"),
    ],
)
def test_s9_twin_the_foreign_ministry_in_other_words(office: str, title: str) -> None:
    assert _verdicts(f"{title} Eva Lund visited Tarsa on Monday.", [_minister(office)], "role") == [Verdict.SUPPORTED]


# R3 (false "CONTRADICTED", one portfolio in two words; main 69a98a45): 'Interior Minister Eva Lund' against 'Office:
# Minister of Home Affairs', and 'Home Affairs Minister Eva Lund' / 'Home Minister Eva Lund' against 'Minister of the
# Interior' are CONTRADICTED (a sibling office read). News writes either for the one ministry (India's Home Minister,
# South Africa's Minister of Home Affairs is its interior minister). Cause: verify/offices.py sibling-office reading
# (no portfolio knowledge: titles47's lexicon of portfolio titles is the place for interior = home affairs).
@pytest.mark.parametrize(
    ("office", "title"),
    [
        pytest.param("Minister of Home Affairs", "Interior Minister", id="interior-for-home-affairs"),
        pytest.param("Minister of the Interior", "Home Affairs Minister", id="home-affairs-for-interior"),
        pytest.param("Minister of the Interior", "Home Minister", id="home-for-interior"),
    ],
)
def test_r3_interior_and_home_affairs_are_one_portfolio(office: str, title: str) -> None:
    found = _verdicts(f"{title} Eva Lund visited Tarsa on Monday.", [_minister(office)], "role")
    assert found and Verdict.CONTRADICTED not in found, found


def test_r3_twin_the_pages_own_words() -> None:
    found = _verdicts(
        "Interior Minister Eva Lund visited Tarsa on Monday.", [_minister("Minister of the Interior")], "role"
    )
    assert found == [Verdict.SUPPORTED], found


# ---------------------------------------------------------------------------------------------------------------
# B1 (lost claim, a pronoun of another person read as the headline's; s47-pronoun47 1614b763, `headline_person` with
# `pronouns_told`): under a headline naming her alone, 'Kim Lee was sworn in on Monday. The outgoing leader said he was
# proud.' and 'Sam Moe was sworn in on Monday. Her father served as prime minister from 2001 to 2006, when he was
# ousted.' give the next paragraph's 'She became party leader in 2023.' no clause claim on the branch (main: the clause
# of Kim Lee / Sam Moe, as the role claim still is): the 'he' of the other man (unnamed, or her father) is read as
# the headline's person of unknown sex, and that 'he' then bars her from the 'She'. Plain rows: pass on main 69a98a45.
@pytest.mark.parametrize(
    ("headline", "body", "subject"),
    [
        pytest.param(
            "Kim Lee sworn in",
            "Kim Lee was sworn in on Monday. The outgoing leader said he was proud.\n\n"
            "She became party leader in 2023.",
            "Kim Lee",
            id="the-outgoing-leaders-he",
        ),
        pytest.param(
            "Moe sworn in as Norby premier",
            "Sam Moe was sworn in on Monday. Her father served as prime minister from 2001 to 2006, when he was "
            "ousted.\n\nShe became party leader in 2023.",
            "Sam Moe",
            id="her-fathers-he",
        ),
    ],
)
def test_b1_another_mans_he_does_not_bar_the_headline_woman_from_she(headline: str, body: str, subject: str) -> None:
    assert _subjects(headline, body, "She became party leader in 2023") == [subject]


def test_b1_twin_a_named_man_before() -> None:
    body = (
        "Sam Moe was sworn in on Monday, replacing Jon Dahl, who resigned after he lost a confidence vote.\n\n"
        "She became party leader in 2023."
    )
    assert _subjects("Sam Moe sworn in as Norby premier", body, "She became party leader in 2023") == ["Sam Moe"]


# B2 (false "SUPPORTED", wrong country; s47-fixa47 0fd5a979, clause judge `_owner_listed_before`): 'Stam served as
# Norby's ambassador to Tarsa from 2010 to 2015 and as ambassador to the United Nations from 2015 to 2019.' SUPPORTS
# "Ivo Stam was Tarsa's ambassador to the United Nations from 2015 to 2019." on the branch ("says from 2015 to 2019";
# unverified on main): the claimed owner 'Tarsa' is found among the words before the list's second post, but there it
# is the first post's destination ('to Tarsa'), not its owner ("Norby's"). Plain row: passes on main 69a98a45.
STAM_LISTED = page(
    "Ivo Stam",
    "Ivo Stam (born 1962) is a Norbian diplomat and politician. Stam served as Norby's ambassador to Tarsa from 2010 "
    "to 2015 and as ambassador to the United Nations from 2015 to 2019.",
    SAVED,
)


def test_b2_the_first_posts_destination_is_not_the_second_posts_owner() -> None:
    body = "Ivo Stam was Tarsa's ambassador to the United Nations from 2015 to 2019."
    found = _verdicts(body, [STAM_LISTED], "clause")
    assert found and Verdict.SUPPORTED not in found, found


# S10 (false "SUPPORTED", the first post's year for the second post of an elliptic list; main 69a98a45, also on
# s47-fixa47 0fd5a979): 'He was appointed ambassador to Tarsa in 2015, and to the United Nations in 2019.' STATES 'Ivo
# Stam was appointed ambassador to the United Nations in 2015.' (clause, "states it"). Cause: verify/kinds/clause/
# judge.py `_sentence_findings` "states it" (`_time_bound` binds the year to 'ambassador', the first post's). The
# R-side: the TRUE '... to the United Nations in 2019.' is CONTRADICTED ("dates ambassador to 2015"): R4.
STAM_APPOINTED = page(
    "Ivo Stam",
    "Ivo Stam (born 1962) is a Norbian diplomat. He was appointed ambassador to Tarsa in 2015, and to the United "
    "Nations in 2019.",
    SAVED,
)


@_open(
    "S10 open: 'appointed ambassador to Tarsa in 2015, and to the United Nations in 2019' states 'to the UN in 2015'"
)
def test_s10_the_first_posts_year_is_not_the_elliptic_seconds() -> None:
    found = _verdicts("Ivo Stam was appointed ambassador to the United Nations in 2015.", [STAM_APPOINTED], "clause")
    assert found and Verdict.SUPPORTED not in found, found


def test_s10_twin_the_first_posts_own_year() -> None:
    found = _verdicts("Ivo Stam was appointed ambassador to Tarsa in 2015.", [STAM_APPOINTED], "clause")
    assert found == [Verdict.SUPPORTED], found


@_open("R4 open: the elliptic second post's own year ('and to the United Nations in 2019') refuted by the first's")
def test_r4_the_elliptic_second_posts_own_year_is_not_refuted() -> None:
    found = _verdicts("Ivo Stam was appointed ambassador to the United Nations in 2019.", [STAM_APPOINTED], "clause")
    assert found and Verdict.CONTRADICTED not in found, found


# S11 (false "SUPPORTED", a successor named before taking office; main 69a98a45): the holder's infobox names her
# successor-to-be as the live site marks one ('Successor: Jon Dahl (designate)', '(elect)', '(incoming)'), her term
# running and no end dated: 'Jon Dahl succeeded Eva Lund as finance minister.', 'Eva Lund was succeeded by Jon Dahl.'
# are SUPPORTED ("names Jon Dahl (designate) as successor"). With a 'term_end' after the article's day the same claims
# are rightly CONTRADICTED. Cause: verify/kinds/clause/judge.py `_succession_found` (the successor row read as a
# handover done unless a later day is dated; the row's own '(designate)' / '(elect)' / '(incoming)' not read).
def _outgoing(successor: str) -> Document:
    """A finance minister's page whose infobox names `successor`, her own term running."""
    lead = "Eva Lund (born 9 September 1970) is a Norbian politician who has been Minister of Finance since 2019."
    rows = [("office", "Minister of Finance"), ("term_start", "4 April 2019"), ("successor", successor)]
    return boxed("Eva Lund", lead, rows, SAVED)


DAHL_MAYOR = page(
    "Jon Dahl", "Jon Dahl (born 1950) is a Norbian politician. He was Mayor of Halden from 1992 to 1999.", SAVED
)


@pytest.mark.parametrize(
    ("successor", "body"),
    [
        pytest.param(
            "Jon Dahl (designate)", "Jon Dahl succeeded Eva Lund as finance minister.", id="designate-succeeded"
        ),
        pytest.param("Jon Dahl (elect)", "Eva Lund was succeeded by Jon Dahl.", id="elect-was-succeeded-by"),
        pytest.param(
            "Jon Dahl (incoming)", "Jon Dahl has replaced Eva Lund as finance minister.", id="incoming-has-replaced"
        ),
    ],
)
def test_s11_a_successor_to_be_has_not_succeeded(successor: str, body: str) -> None:
    found = _verdicts(body, [_outgoing(successor), DAHL_MAYOR], "clause")
    assert found and Verdict.SUPPORTED not in found, found


def test_s11_twin_a_successor_in_office() -> None:
    lead = "Eva Lund (born 9 September 1970) is a Norbian politician who was Minister of Finance from 2019 to 2024."
    rows = [("office", "Minister of Finance"), ("term_start", "4 April 2019"), ("term_end", "2 May 2024"),
            ("successor", "Jon Dahl")]  # fmt: skip
    doc = boxed("Eva Lund", lead, rows, SAVED)
    found = _verdicts("Jon Dahl succeeded Eva Lund as finance minister.", [doc, DAHL_MAYOR], "clause")
    assert found == [Verdict.SUPPORTED], found


# S12 (false "SUPPORTED", another person's post apposed to her name; main 69a98a45; MENDED on s47-fixa47 f7ed9ae7,
# `_post_said_of_another`): 'He married Nina Berg, the mayor of Halden from 2000 to 2008.' SUPPORTS 'Karl Moen was
# mayor of Halden from 2000 to 2008.' (clause, "says from 2000 to 2008"). Cause: verify/kinds/clause/judge.py
# `_office_spells` (the spell's years asked of `holder.said_of`, the post before them not).
def test_s12_the_wifes_apposed_post_is_not_his() -> None:
    doc = page(
        "Karl Moen",
        "Karl Moen (born 1960) is a Norbian politician. He married Nina Berg, the mayor of Halden from 2000 to 2008.",
        SAVED,
    )
    found = _verdicts("Karl Moen was mayor of Halden from 2000 to 2008.", [doc], "clause")
    assert found and Verdict.SUPPORTED not in found, found


# B3 (false "SUPPORTED", wrong ordinal; s47-pronoun47 b14a160a, clause judge `_value_apposed_after`): 'Karl Moen became
# Norby's fifth president, succeeding Ivo Stam.' and "Karl Moen was sworn in as Norby's fifth president, replacing Ivo
# Stam, in 2020." (the page: '4th President of Norby', predecessor Ivo Stam) give a clause claim holding the whole
# sentence, "Sources disagree" on main (predecessor row for, 4th against) and SUPPORTED on the branch: the participle's
# object ('Ivo Stam') stands after a comma after the ordinal, so the rank is no longer read, though the ordinal is the
# main clause's own fact, not an apposition's. Plain rows: pass on main 69a98a45.
MOEN_FOURTH = boxed(
    "Karl Moen",
    "Karl Moen (born 3 March 1960) is a Norbian politician who has been the 4th President of Norby since 2020. He is "
    "the youngest person to hold the post.",
    [("office", "4th President of Norby"), ("term_start", "20 March 2020"), ("predecessor", "Ivo Stam")],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Karl Moen became Norby's fifth president, succeeding Ivo Stam.", id="succeeding"),
        pytest.param("Karl Moen was sworn in as Norby's fifth president, replacing Ivo Stam, in 2020.", id="replacing"),
    ],
)
def test_b3_a_participles_object_does_not_set_the_main_clauses_rank_aside(body: str) -> None:
    found = _verdicts(body, [MOEN_FOURTH], "clause", "Ivo Stam")
    assert found and Verdict.SUPPORTED not in found, found


def test_b3_twin_the_right_rank() -> None:
    found = _verdicts("Karl Moen became Norby's fourth president, succeeding Ivo Stam.", [MOEN_FOURTH], "clause")
    assert found and set(found) == {Verdict.SUPPORTED}, found


# R5 (false "CONTRADICTED", a dead person's age at a dated deed measured at death; main 69a98a45): the page's own
# sentence 'She won the Korvik Prize in 1990, aged 48.' (born 12 June 1941, died 3 May 2024) refutes 'Nina Moe won the
# Korvik Prize in 1990, aged 48.' ("gives the birth date 1941-06-12: 82 at death on 2024-05-03"); a living person's
# age at a dated deed is read at the deed's year (twin). Obituaries and profiles of the dead tell ages at deeds so.
# Cause: the clause kind's age reading (the age claim of a dead subject measured at the death day, the sentence's
# year aside).
MOE_DEAD = page(
    "Nina Moe",
    "Nina Moe (12 June 1941 – 3 May 2024) was a Norbian novelist. She won the Korvik Prize in 1990, aged 48.",
    SAVED,
)


@_open("R5 open: 'won the Korvik Prize in 1990, aged 48' of a dead novelist measured at her death (82)")
def test_r5_a_dead_persons_age_at_a_dated_deed() -> None:
    found = _verdicts("Nina Moe won the Korvik Prize in 1990, aged 48.", [MOE_DEAD], "clause", "aged")
    assert found and Verdict.CONTRADICTED not in found, found


def test_r5_twin_a_living_persons_age_at_a_dated_deed() -> None:
    doc = page(
        "Karl Moen",
        "Karl Moen (born 3 March 1960) is a Norbian politician. He became Mayor of Halden in 2000, aged 39.",
        SAVED,
    )
    found = _verdicts("Karl Moen became mayor of Halden in 2000, aged 45.", [doc], "clause", "aged")
    assert found == [Verdict.CONTRADICTED], found


# S13 (false "SUPPORTED", a past marriage told as current; main 69a98a45): 'He married Nina Berg in 1990; they divorced
# in 2005, and in 2008 he married Eva Lund.' STATES 'Karl Moen is married to Nina Berg.' (also in a relative clause),
# and 'He was married to Nina Berg from 1990 until her death in 2005.' does too: 'is married to' is read as the deed
# 'married', the divorce, the death or the spell's end aside. Issue 15's "past holder as current", for a spouse.
# Cause: verify/kinds/clause/judge.py `_sentence_findings` ("states it"; `_a_running_spell_told_as_ended` reads
# posts' spells, not a marriage's).
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "He married Nina Berg in 1990; they divorced in 2005, and in 2008 he married Eva Lund.",
            "Karl Moen is married to Nina Berg.",
            id="divorced",
        ),
        pytest.param(
            "He married Nina Berg in 1990; they divorced in 2005, and in 2008 he married Eva Lund.",
            "Karl Moen, who is married to Nina Berg, spoke on Monday.",
            id="divorced-relative-clause",
        ),
        pytest.param(
            "He was married to Nina Berg from 1990 until her death in 2005.",
            "Karl Moen is married to Nina Berg.",
            id="widowed",
        ),
    ],
)
@_open("S13 open: 'married Nina Berg in 1990; they divorced in 2005' states 'is married to Nina Berg'")
def test_s13_a_past_marriage_is_not_a_present_one(told: str, body: str) -> None:
    doc = page("Karl Moen", f"Karl Moen (born 3 March 1960) is a Norbian politician. {told}", SAVED)
    found = _verdicts(body, [doc], "clause", "married")
    assert found and Verdict.SUPPORTED not in found, found


def test_s13_twin_the_present_marriage() -> None:
    told = "He married Nina Berg in 1990; they divorced in 2005, and in 2008 he married Eva Lund."
    doc = page("Karl Moen", f"Karl Moen (born 3 March 1960) is a Norbian politician. {told}", SAVED)
    assert _verdicts("Karl Moen is married to Eva Lund.", [doc], "clause") == [Verdict.SUPPORTED]


# R6 (false "CONTRADICTED", a year named as a change's base read as the count's year; main 69a98a45): the 2024
# election page's 'The Labour Party won 62 seats, a gain of 14 on 2019, ...' CONTRADICTS the TRUE 'The Labour Party won
# 48 seats in the 2019 election.' and '..., which won 48 seats in 2019, won 62 in 2024.' ("gives another count, 62
# seats"): 2019 is written only as the base of the gain; without it ('won 62 seats.') the 2019 claim is rightly left
# unverified. The same reading leaves the TRUE 'won 62 seats in the 2024 election.' unverified (2024's count read as
# 2019's). Cause: verify/kinds/quantity/judge.py `_sentence_findings` / `other_time` (a year in the sentence taken
# as the time of its first count).
ELECTION_GAIN = page(
    "2024 Norby general election",
    "A general election was held in Norby on 8 September 2024. The Labour Party won 62 seats, a gain of 14 on 2019, "
    "while the Centre Party lost 9 seats, falling to 21.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Labour Party won 48 seats in the 2019 election.", id="the-2019-election"),
        pytest.param(
            "The Labour Party, which won 48 seats in 2019, won 62 in 2024.",
            id="relative-clause",
            marks=_open("R6 open: the claim's sentence gives 2024 too, so the page's 2024 count is read as of it"),
        ),
    ],
)
def test_r6_a_changes_base_year_is_not_the_counts_year(body: str) -> None:
    found = _verdicts(body, [ELECTION_GAIN], "quantity", "48")
    assert found and Verdict.CONTRADICTED not in found, found


def test_r6_the_count_of_the_pages_own_election_is_supported() -> None:
    found = _verdicts("The Labour Party won 62 seats in the 2024 election.", [ELECTION_GAIN], "quantity")
    assert found == [Verdict.SUPPORTED], found


def test_r6_twin_no_base_year_written() -> None:
    doc = page(
        "2024 Norby general election",
        "A general election was held in Norby on 8 September 2024. The Labour Party won 62 seats.",
        SAVED,
    )
    assert _verdicts("The Labour Party won 62 seats in the 2024 election.", [doc], "quantity") == [Verdict.SUPPORTED]


# S14 (false "SUPPORTED", a sibling portfolio in the clause judge's "states it"; main 69a98a45, and still on
# s47-titles47 a552c4af, which mends the role side and the clause's spells): 'She has been Minister of Defence Industry
# since 2021.' STATES 'Eva Lund has been defence minister since 2021.' and 'She has been Minister of Foreign Trade
# since 2021.' states 'Eva Lund has been foreign minister since 2021.' (review46 S3's clause form). Cause:
# verify/kinds/clause/judge.py `_sentence_findings` ("states it": the post's words found in the sentence, the
# portfolio they modify not read; titles47's `portfolios_kept` is asked in `_office_spells` only).
@pytest.mark.parametrize(
    ("office", "body"),
    [
        pytest.param(
            "Minister of Defence Industry", "Eva Lund has been defence minister since 2021.", id="defence-industry"
        ),
        pytest.param("Minister of Foreign Trade", "Eva Lund has been foreign minister since 2021.", id="foreign-trade"),
    ],
)
def test_s14_a_sibling_portfolio_states_nothing_of_the_post(office: str, body: str) -> None:
    doc = page(
        "Eva Lund",
        f"Eva Lund (born 9 September 1970) is a Norbian politician. She has been {office} since 2021.",
        SAVED,
    )
    found = _verdicts(body, [doc], "clause")
    assert found and Verdict.SUPPORTED not in found, found


def test_s14_twin_the_portfolio_itself() -> None:
    told = "She has been Minister of Defence Industry since 2021."
    doc = page("Eva Lund", f"Eva Lund (born 9 September 1970) is a Norbian politician. {told}", SAVED)
    assert _verdicts("Eva Lund has been industry minister since 2021.", [doc], "clause") == [Verdict.SUPPORTED]


# S15 (false "SUPPORTED", a wrong year for a succession; main 69a98a45, also on s47-fixa47 2382a34f): 'Eva Lund
# succeeded Jon Dahl as prime minister in 2012.' (his term ended 4 April 2014, successor Eva Lund) gives the role claim
# 'Jon Dahl as prime minister' SUPPORTED ("held it from 2006-02-02 to 2014-04-04": 2012 falls inside his term) and the
# clause unverified; 'Karl Moen succeeded Jon Dahl as mayor of Halden in 1998.' likewise (term to 31 December 1999).
# The year of a succession is when the one succeeded LEFT the post, not any year he held it. Cause:
# verify/kinds/role/judge.py `years_findings` (`same`: one year written is held by a term running through it; fixa47's
# `_the_one_succeeded` widens this for the handover's year instead of narrowing it to the term's end).
DAHL_TERMS = boxed(
    "Jon Dahl",
    "Jon Dahl (born 1950) is a Norbian politician who was Prime Minister of Norby from 2006 to 2014. He was Mayor of "
    "Halden from 1992 to 1999.",
    [("office", "Prime Minister of Norby"), ("term_start", "2 February 2006"), ("term_end", "4 April 2014"),
     ("successor", "Eva Lund"), ("office2", "Mayor of Halden"), ("term_start2", "1 January 1992"),
     ("term_end2", "31 December 1999"), ("successor2", "Karl Moen")],
    SAVED,
)  # fmt: skip


def _succeeded_ones(body: str) -> list[Verdict]:
    """The verdicts on the role claims of the one succeeded ('Jon Dahl as ...') and on the clause of the sentence."""
    found = _results(body, [DAHL_TERMS])
    return [r.verdict for c, r in found if c.text.startswith("Jon Dahl") or c.kind == "clause"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Lund succeeded Jon Dahl as prime minister in 2012.", id="two-years-early"),
        pytest.param("Karl Moen succeeded Jon Dahl as mayor of Halden in 1998.", id="inside-the-term"),
    ],
)
def test_s15_a_succession_year_inside_the_predecessors_term(body: str) -> None:
    found = _succeeded_ones(body)
    assert found and Verdict.SUPPORTED not in found, found


def test_s15_twin_the_handovers_year() -> None:
    found = _succeeded_ones("Eva Lund succeeded Jon Dahl as prime minister in 2014.")
    assert Verdict.SUPPORTED in found and Verdict.CONTRADICTED not in found, found


# S16 (false "SUPPORTED", the wrong country after a town; main 69a98a45): 'Place of birth: Halden, Tarsa' SUPPORTS 'Karl
# Moen was born in Halden, Norby.' ("gives Halden, Tarsa"): the claim's words stop at the town ('Karl Moen was born in
# Halden'), so the country the sentence adds is never checked ('born in Norby' alone is rightly refuted). Cause: the
# clause extraction's span (verify/kinds/clause/extract.py: the place cut at its comma), judged by the place reading
# against the town alone.
MOEN_BORN = boxed(
    "Karl Moen",
    "Karl Moen (born 3 March 1960 in Halden, Tarsa) is a Norbian businessman.",
    [("birth_date", "3 March 1960"), ("birth_place", "Halden, Tarsa")],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Karl Moen was born in Halden, Norby.", id="born-in-town-country"),
        pytest.param("Karl Moen, who was born in Halden, Norby, spoke on Monday.", id="relative-clause"),
    ],
)
def test_s16_the_country_after_the_town_is_checked(body: str) -> None:
    found = _verdicts(body, [MOEN_BORN], "clause", "born")
    assert found and Verdict.SUPPORTED not in found, found


def test_s16_twin_the_right_country() -> None:
    found = _verdicts("Karl Moen was born in Halden, Tarsa.", [MOEN_BORN], "clause", "born")
    assert found == [Verdict.SUPPORTED], found


# S17 (false "SUPPORTED", a candidate for a post read as its holder; main 69a98a45): 'He was the Labour candidate for
# Mayor of Halden in 2019, losing to Jon Dahl.' SUPPORTS 'Karl Moen, a former mayor of Halden,' and 'Former Mayor of
# Halden Karl Moen' (role, "says Karl Moen held it"). Politicians' pages tell lost candidacies in nearly every career
# section. Cause: verify/kinds/role/judge.py `_person_office_findings` (the post after 'candidate for' read as a past
# holding; `another_post_at` knows title words before a post, not 'candidate for' / 'nominee for' / 'ran for').
def _candidate(told: str) -> Document:
    """A politician's page telling `told` of the mayoralty of Halden."""
    return page("Karl Moen", f"Karl Moen (born 3 March 1960) is a Norbian politician. {told}", SAVED)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Karl Moen, a former mayor of Halden, spoke on Monday.", id="a-former-mayor"),
        pytest.param("Former Mayor of Halden Karl Moen spoke on Monday.", id="former-mayor-before-name"),
    ],
)
def test_s17_a_losing_candidate_never_held_the_post(body: str) -> None:
    doc = _candidate("He was the Labour candidate for Mayor of Halden in 2019, losing to Jon Dahl.")
    found = _verdicts(body, [doc], "role")
    assert found and Verdict.SUPPORTED not in found, found


def test_s17_twin_a_former_holder() -> None:
    doc = _candidate("He was Mayor of Halden from 2019 to 2023.")
    assert _verdicts("Karl Moen, a former mayor of Halden, spoke on Monday.", [doc], "role") == [Verdict.SUPPORTED]


# S18 (false "SUPPORTED", Deputy added: his deputy's title read as his; main 69a98a45): 'He has been Mayor of Halden
# since 2017, with Eva Lund as his deputy mayor.' SUPPORTS 'Deputy Mayor Karl Moen' (role, "says Karl Moen holds it";
# 'Karl Moen has been deputy mayor of Halden since 2017' is rightly CONTRADICTED, "holds the office without that
# qualifier"). Cause: verify/kinds/role/judge.py `_person_office_findings` ('deputy mayor' found after 'Eva Lund as
# his': `holder.said_of` takes 'his' for the subject, though the post is the one 'as' gives Eva Lund).
MOEN_WITH_DEPUTY = page(
    "Karl Moen",
    "Karl Moen (born 3 March 1960) is a Norbian politician. He has been Mayor of Halden since 2017, with Eva Lund as "
    "his deputy mayor.",
    SAVED,
)


def test_s18_his_deputys_title_is_not_his() -> None:
    found = _verdicts("Deputy Mayor Karl Moen spoke on Monday.", [MOEN_WITH_DEPUTY], "role")
    assert found and Verdict.SUPPORTED not in found, found


def test_s18_twin_his_own_title() -> None:
    assert _verdicts("Mayor Karl Moen spoke on Monday.", [MOEN_WITH_DEPUTY], "role") == [Verdict.SUPPORTED]


# B4 (false "SUPPORTED", a ministry's official or a minister's aide for the minister; s47-titles47 46687da6, clause
# judge `_written_formally`): 'She was appointed secretary general of the Ministry of Finance in 2015.' and 'She was
# appointed Minister of Finance's chief of staff in 2015.' STATE 'Eva Lund was appointed finance minister in 2015.' on
# the branch (unverified on main): the formal title is matched by the head noun's first five letters ('minis' of
# 'Ministry') and its 'of' phrase, the words after the title ("'s chief of staff") and the post before it ('secretary
# general of the') not read as another post (`another_post` is asked of two words before the head and the modifiers
# only). Passed on main 69a98a45; merged into main at 41d05974 before review: now strict xfails (open on main).
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("She was appointed secretary general of the Ministry of Finance in 2015.", id="the-ministry"),
        pytest.param("She was appointed Minister of Finance's chief of staff in 2015.", id="the-ministers-aide"),
    ],
)
def test_b4_a_ministrys_official_is_not_its_minister(told: str) -> None:
    doc = page("Eva Lund", f"Eva Lund (born 9 September 1970) is a Norbian politician. {told}", SAVED)
    found = _verdicts("Eva Lund was appointed finance minister in 2015.", [doc], "clause")
    assert found and Verdict.SUPPORTED not in found, found


# B5 (lost claim; s47-ext47 1b252659, quantity/owner.py `_agents_undergoer`): 'Karl Moen was re-elected by 12,000
# voters in Halden.' and 'Tor Vik was beaten by 45 votes in the Korvik by-election.' no longer give the clause claim
# of the deed ('Karl Moen was re-elected by 12,000 voters', 'Tor Vik was beaten by 45 votes'): once the count is the
# subject's, the clause ending at the count is dropped, so the deed itself (re-elected, beaten; a false 'defeated')
# is never judged. Main 69a98a45 kept both (the count then Halden's / Korvik's). Merged into main at 51ccac07 before
# review: now a strict xfail (open on main), seen passing on 69a98a45 and failing on 1b252659 / 51ccac07.
@pytest.mark.parametrize(
    ("body", "words", "subject"),
    [
        pytest.param(
            "Karl Moen was re-elected by 12,000 voters in Halden.",
            "Karl Moen was re-elected",
            "Karl Moen",
            id="re-elected",
        ),
        pytest.param(
            "Tor Vik was beaten by 45 votes in the Korvik by-election.", "Tor Vik was beaten", "Tor Vik", id="beaten"
        ),
    ],
)
def test_b5_a_passive_deed_with_a_counted_agent_keeps_its_clause(body: str, words: str, subject: str) -> None:
    assert _subjects("Norby news", body, words) == [subject]


# S19 (false "SUPPORTED", wrong place: the place left for the place gone to; main 69a98a45): 'He was transferred from
# the bank's Halden branch to its Korvik branch in 1995.' STATES 'Karl Moen was transferred to the bank's Halden branch
# in 1995.' ("states it": every word of the claim is in the sentence, 'Halden branch' after 'from'). A plain 'moved
# from Halden to Korvik' is read right ('moved to Halden' unverified). Cause: verify/kinds/clause/judge.py
# `_sentence_findings` ("states it"; `_other_words_in_its_place` / `_parties_swapped` do not compare the claim's 'to'
# place with the page's 'from' place when the page's 'to' phrase names it by a pronoun's possessive: 'its Korvik').
MOEN_TRANSFERRED = page(
    "Karl Moen",
    "Karl Moen (born 3 March 1960) is a Norbian banker. He was transferred from the bank's Halden branch to its Korvik "
    "branch in 1995.",
    SAVED,
)


@_open(
    "S19 open: 'transferred from the bank's Halden branch to its Korvik branch' states 'to the bank's Halden branch'"
)
def test_s19_the_place_left_is_not_the_place_gone_to() -> None:
    body = "Karl Moen was transferred to the bank's Halden branch in 1995."
    found = _verdicts(body, [MOEN_TRANSFERRED], "clause")
    assert found and Verdict.SUPPORTED not in found, found


def test_s19_twin_the_place_gone_to() -> None:
    body = "Karl Moen was transferred to the bank's Korvik branch in 1995."
    assert _verdicts(body, [MOEN_TRANSFERRED], "clause") == [Verdict.SUPPORTED]


# S20 (false "SUPPORTED", his son's post after a semicolon; main 69a98a45; review46 S10's kin, there a death): 'His
# son, Per Moen, was born in 1992; he became chief executive of Korvik Bank in 2020.' STATES 'Karl Moen became chief
# executive of Korvik Bank in 2020.' (also in a relative clause): the 'he' after the semicolon is read as the page's
# subject, though the clause before it is about the son. Cause: verify/kinds/clause/judge.py `_said_of_the_subject`
# (a pronoun opening a clause after ';' is taken for the page's person, not for the person the clause before names).
MOEN_SON = page(
    "Karl Moen",
    "Karl Moen (born 3 March 1960) is a Norbian businessman. His son, Per Moen, was born in 1992; he became chief "
    "executive of Korvik Bank in 2020.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Karl Moen became chief executive of Korvik Bank in 2020.", id="became"),
        pytest.param("Karl Moen, who became chief executive of Korvik Bank in 2020, spoke.", id="relative-clause"),
    ],
)
def test_s20_the_sons_post_after_a_semicolon_is_not_the_fathers(body: str) -> None:
    found = _verdicts(body, [MOEN_SON], "clause", "chief executive")
    assert found and Verdict.SUPPORTED not in found, found


def test_s20_twin_his_own_post_after_a_semicolon() -> None:
    doc = page(
        "Karl Moen",
        "Karl Moen (born 3 March 1960) is a Norbian businessman. He joined Korvik Bank in 1990; he became its chief "
        "executive in 2020.",
        SAVED,
    )
    found = _verdicts("Karl Moen became chief executive of Korvik Bank in 2020.", [doc], "clause")
    assert found == [Verdict.SUPPORTED], found


# B6 (lost contradiction, a wrong age at a step; s47-fixa47 2be30a63, clause `_findings` skipping `age_findings` when
# `age_told_at_a_step`): against 'He became Mayor of Halden in 2000, aged 39.' (born 3 March 1960, no infobox) the false
# 'Karl Moen became mayor of Halden in 2000, aged 45.' is CONTRADICTED on main ("39 or 40 between 2000-01-01 and
# 2000-12-31") and unverified on the branch: the step's age is now read only by `age_taking_up_findings`, which needs
# an infobox term, so the year the sentence itself gives is no longer used. Plain row (R5's twin is the same row
# through `_verdicts`): passes on main 69a98a45.
def test_b6_a_wrong_age_at_a_dated_step_is_refuted_from_the_sentences_year() -> None:
    doc = page(
        "Karl Moen",
        "Karl Moen (born 3 March 1960) is a Norbian politician. He became Mayor of Halden in 2000, aged 39.",
        SAVED,
    )
    found = _verdicts("Karl Moen became mayor of Halden in 2000, aged 45.", [doc], "clause", "aged")
    assert found == [Verdict.CONTRADICTED], found


# S21 (false "SUPPORTED" by omission, 'at the age of N' after a year dropped; main 69a98a45, also on s47-fixa47
# 2be30a63): 'Karl Moen became mayor of Halden in 2000 at the age of 45.' (born 1960: 39 or 40 then) gives one claim,
# 'Karl Moen became mayor of Halden in 2000', SUPPORTED by 'was Mayor of Halden from 2000 to 2008': the false age is
# in no claim (', aged 45' is kept, 'at the age of 45' after the year is not). Cause: the clause extraction
# (verify/kinds/clause/extract.py: the claim's words end at the year).
@_open("S21 open: 'became mayor of Halden in 2000 at the age of 45' judged without its age")
def test_s21_an_age_after_the_year_is_kept() -> None:
    doc = page(
        "Karl Moen",
        "Karl Moen (born 3 March 1960) is a Norbian politician who was Mayor of Halden from 2000 to 2008.",
        SAVED,
    )
    found = _verdicts("Karl Moen became mayor of Halden in 2000 at the age of 45.", [doc], "clause", "45")
    assert found and Verdict.SUPPORTED not in found, found
