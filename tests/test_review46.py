"""Findings of review46 (session 46), as rows the desk would meet: a one-fact-false sentence and its true twin,
extracted from an invented article and judged against invented pages (`tests/support/judging.py`) through the
article's whole judging (`verify.judge.judge`). S-items are false "supported" verdicts open on main (strict xfails),
R-items false "contradicted" or lost support of true claims open on main (strict xfails); a B-item (a regression found
on a helper branch) is a plain test that passes on main. The list with its status is
/work/briefs46/review46-findings.md."""

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


def _verdicts(body: str, docs: list[Document], kind: str = "", words: str = "", day: dt.date = DAY) -> list[Verdict]:
    """The verdicts on the claims (of `kind`, if given) whose words hold `words`."""
    found = _results(body, docs, day)
    return [r.verdict for c, r in found if words in c.text and (not kind or c.kind == kind)]


# A president's page as the live site serves it: the lead tells the election and the day he took office, a sentence
# names the prime minister of a past cabinet and, in a relative clause, the man he succeeded in ANOTHER post; the
# infobox numbers his posts (office, office2, office3) with their terms and neighbours.
MOEN = boxed(
    "Karl Moen",
    "Karl Moen (born 3 March 1960) is a Norbian politician who has been the 4th President of Norby since 2020. He won "
    "the presidential election in December 2019 and took office on 20 March 2020, succeeding Ivo Stam, the 3rd "
    "president. Before that he was Minister of Defence from 2008 to 2012 in the cabinet of Prime Minister Jon Dahl, "
    "whom he had succeeded as Mayor of Halden in 2000.",
    [("office", "4th President of Norby"), ("term_start", "20 March 2020"), ("predecessor", "Ivo Stam"),
     ("office2", "Minister of Defence"), ("term_start2", "1 June 2008"), ("term_end2", "20 March 2012"),
     ("primeminister2", "Jon Dahl"),
     ("office3", "Mayor of Halden"), ("term_start3", "1 January 2000"), ("term_end3", "31 December 2007"),
     ("predecessor3", "Jon Dahl"), ("successor3", "Tor Vik"),
     ("birth_date", "3 March 1960"), ("birth_place", "Halden, Norby")],
    SAVED,
)  # fmt: skip
DAHL = boxed(
    "Jon Dahl",
    "Jon Dahl (born 1950) is a Norbian politician who was Prime Minister of Norby from 2006 to 2014. He was Mayor of "
    "Halden from 1992 to 1999.",
    [("office", "Prime Minister of Norby"), ("term_start", "2 February 2006"), ("term_end", "4 April 2014"),
     ("predecessor", "Ivo Stam"), ("successor", "Eva Lund"),
     ("office2", "Mayor of Halden"), ("term_start2", "1 January 1992"), ("term_end2", "31 December 1999"),
     ("birth_date", "5 May 1950")],
    SAVED,
)  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# S1 (false "SUPPORTED", wrong predecessor; main e7067b4b): the page's sentence names the man he succeeded in ANOTHER
# post, in a relative clause ('Minister of Defence ... in the cabinet of Prime Minister Jon Dahl, whom he had succeeded
# as Mayor of Halden in 2000'), and the clause judge finds every word of 'Karl Moen succeeded Jon Dahl as defence
# minister' in it: "states it". With no predecessor row for the defence post (many infoboxes leave it out) nothing
# disagrees. Cause: verify/kinds/clause/judge.py `_sentence_findings` (the "states it" support): the post the page's
# 'succeeded ... as' names is not compared with the claim's 'as' post.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Karl Moen succeeded Jon Dahl as defence minister in 2008.", id="as-defence-minister-in-2008"),
        pytest.param("Karl Moen, who succeeded Jon Dahl as defence minister, visited Tarsa.", id="relative-clause"),
    ],
)
def test_s1_a_predecessor_in_another_post_does_not_support(body: str) -> None:
    found = _verdicts(body, [MOEN, DAHL], "clause", "succeeded Jon Dahl")
    assert found and Verdict.SUPPORTED not in found, found


def test_s1_twin_the_predecessor_in_the_post_the_page_names() -> None:
    found = _verdicts("Karl Moen succeeded Jon Dahl as mayor of Halden in 2000.", [MOEN, DAHL], "clause")
    assert found == [Verdict.SUPPORTED], found


# S2 (false "SUPPORTED", wrong duration; main e7067b4b): 'nearly N years' is taken for any length from N - 1.05 years:
# eight years to the day as mayor (1 January 2000 - 31 December 2007) is 'nearly nine years', five years and ten
# days as president 'nearly six'. A fact-checker says 'eight years', 'just over five'. Cause:
# verify/kinds/duration/judge.py `_fits` ('Nearly ... of any other a year': `short = 1`).
@pytest.mark.parametrize(
    ("body", "day"),
    [
        pytest.param("Karl Moen was mayor of Halden for nearly nine years.", DAY, id="eight-years-nearly-nine"),
        pytest.param(
            "Karl Moen, who has been president for nearly six years, visited Tarsa.",
            dt.date(2025, 4, 1),
            id="five-years-nearly-six",
        ),
    ],
)
# mended on main d3094cc7 ('nearly N' up to half a unit short of N): a plain test now
def test_s2_nearly_is_not_a_whole_year_short(body: str, day: dt.date) -> None:
    found = _verdicts(body, [MOEN], "duration", day=day)
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("body", "day"),
    [
        pytest.param("Karl Moen was mayor of Halden for eight years.", DAY, id="eight-years"),
        pytest.param("Karl Moen has been president for nearly six years.", dt.date(2026, 1, 10), id="5.8-years"),
    ],
)
def test_s2_twin_the_length_itself_and_nearly_just_short(body: str, day: dt.date) -> None:
    assert _verdicts(body, [MOEN], "duration", day=day) == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# R1 (false "CONTRADICTED", predecessor's post at a handover; main e7067b4b): 'Karl Moen succeeded Jon Dahl as mayor
# of Halden in 2000.' gives the role claim 'Jon Dahl as mayor of Halden', judged as of the sentence's year and
# CONTRADICTED because Jon Dahl's term ended on 31 December 1999 (his successor's began the next day). The one
# succeeded held the post up to the handover: the year of the succession is no year he must have held it in.
def _predecessors_role(body: str) -> list[Verdict]:
    """The verdicts on the role claims of the one succeeded ('Jon Dahl as mayor of Halden')."""
    return [r.verdict for c, r in _results(body, [MOEN, DAHL]) if c.kind == "role" and c.text.startswith("Jon Dahl")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Karl Moen succeeded Jon Dahl as mayor of Halden in 2000.", id="succeeded"),
        pytest.param("Karl Moen replaced Jon Dahl as mayor of Halden in 2000.", id="replaced"),
    ],
)
# mended by s47-fixa47 (role judge `years_findings`: `_the_one_succeeded` held the post up to the handover)
def test_r1_the_predecessor_held_the_post_before_the_handover(body: str) -> None:
    found = _predecessors_role(body)
    assert found and Verdict.CONTRADICTED not in found, found


def test_r1_twin_a_handover_inside_the_predecessors_last_year() -> None:
    found = _predecessors_role("Eva Lund succeeded Jon Dahl as prime minister in 2014.")
    assert found == [Verdict.SUPPORTED], found


# R2 (lost support, a company head told the way business news tells it; main e7067b4b): the page's lead 'has been
# chief executive of Korvik Bank since 2019' supports 'Ola Berg, Korvik Bank's chief executive,' and 'Ola Berg, head
# of Korvik Bank,' but leaves the title before the name with the company as an attributive noun ('Korvik Bank chief
# executive Ola Berg') and the abbreviation ('Korvik Bank CEO Ola Berg', 'the CEO of Korvik Bank') unverified.
BERG = page(
    "Ola Berg",
    "Ola Berg (born 4 April 1971) is a Norbian businessman who has been chief executive of Korvik Bank since 2019. "
    "In 2015 he was appointed chief financial officer of Norby Telecom.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank chief executive Ola Berg spoke on Monday.", id="company-before-title"),
        pytest.param("Korvik Bank CEO Ola Berg spoke on Monday.", id="ceo-before-name"),
        pytest.param("Ola Berg, the CEO of Korvik Bank, spoke on Monday.", id="the-ceo-of"),
    ],
)
@_open("R2 open: 'Korvik Bank chief executive Ola Berg' / 'CEO' left unverified by 'chief executive of Korvik Bank'")
def test_r2_a_company_head_in_business_news_form_is_supported(body: str) -> None:
    assert _verdicts(body, [BERG], "role") == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ola Berg, Korvik Bank's chief executive, spoke on Monday.", id="possessive"),
        pytest.param("Ola Berg, head of Korvik Bank, spoke on Monday.", id="head-of"),
    ],
)
def test_r2_twin_the_possessive_and_head_of(body: str) -> None:
    assert _verdicts(body, [BERG], "role") == [Verdict.SUPPORTED]


# S3 (false "SUPPORTED", a sibling office of the same body; main e7067b4b): a claimed portfolio word that is only a
# MODIFIER in the page's office ('Foreign' of 'Minister of Foreign Trade', 'Defence' of 'Minister of Defence
# Procurement') is taken as the office: 'Foreign Minister Eva Lund', 'Eva Lund, who is foreign minister,', 'Eva Lund
# became foreign minister in 2021.' (role and clause) are SUPPORTED by the trade minister's page ("Office: Minister of
# Foreign Trade"); "Norby's foreign minister" is rightly CONTRADICTED (the country form goes through
# `sibling_office`). Cause: verify/offices.py `_same_office`, last line: `claimed_words <= _specific_words(held)` lets
# the held office have more specific words ('trade', 'procurement') than the claim names. Suggest: the held office's
# extra word must not be the head its portfolio's other words modify ('Foreign Trade'); a coordinated portfolio
# ('Health and Social Affairs') keeps each conjunct a head (twin below).
def _minister(office: str) -> Document:
    """A minister's page: the lead and the infobox name the office, held since 3 June 2021."""
    lead = f"Eva Lund (born 9 September 1970) is a Norbian politician who has served as {office} since 2021."
    rows = [("office", office), ("term_start", "3 June 2021"), ("birth_date", "9 September 1970")]
    return boxed("Eva Lund", lead, rows, SAVED)


@pytest.mark.parametrize(
    ("office", "body"),
    [
        pytest.param("Minister of Foreign Trade", "Foreign Minister Eva Lund visited Tarsa.", id="foreign-of-trade"),
        pytest.param(
            "Minister of Foreign Trade", "Eva Lund, who is foreign minister, visited Tarsa.", id="who-is-foreign"
        ),
        pytest.param("Minister of Foreign Trade", "Eva Lund became foreign minister in 2021.", id="became-foreign"),
        pytest.param(
            "Minister of Defence Procurement", "Defence Minister Eva Lund visited Tarsa.", id="defence-of-procurement"
        ),
        pytest.param(
            "Minister of Foreign Trade", "Eva Lund, Chile's foreign minister, visited Tarsa.", id="a-known-country"
        ),
        pytest.param("Minister of Defence Industry", "Defence Minister Eva Lund visited Tarsa.", id="defence-industry"),
        pytest.param("Chief of the Defence Staff", "Chief of Staff Eva Lund visited Tarsa.", id="chief-of-staff"),
    ],
)
def test_s3_a_portfolios_modifier_is_not_the_office(office: str, body: str) -> None:
    found = _verdicts(body, [_minister(office)], "role") + _verdicts(body, [_minister(office)], "clause", "minister")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("office", "body"),
    [
        pytest.param("Minister of Foreign Trade", "Trade Minister Eva Lund visited Tarsa.", id="trade-minister"),
        pytest.param(
            "Minister of Foreign Trade", "Foreign Trade Minister Eva Lund visited Tarsa.", id="foreign-trade-minister"
        ),
        pytest.param(
            "Minister of Health and Social Affairs", "Health Minister Eva Lund visited Tarsa.", id="health-conjunct"
        ),
        pytest.param("Minister of National Defence", "Defence Minister Eva Lund visited Tarsa.", id="adjective-first"),
    ],
)
def test_s3_twin_the_portfolios_head_is_the_office(office: str, body: str) -> None:
    assert _verdicts(body, [_minister(office)], "role") == [Verdict.SUPPORTED]


# S4 (false "SUPPORTED", the head of a state body for the head of state; main e7067b4b): 'President Eva Lund' and 'Eva
# Lund, the president,' are SUPPORTED by 'President of the Senate of Norby' (and by 'President of the Constitutional
# Court of Norby'; "Eva Lund, Norby's president," too, for a country the lexicon does not know; with Chile it is
# unverified); 'Norbian President Eva Lund' is rightly CONTRADICTED and 'Senate President Eva Lund' rightly SUPPORTED.
# review45's B4 mend covers companies and clubs ('President of Tarsa Motors'), not a body of the state. Not located
# further (role judge: a bare 'president' against 'President of the <body> of <country>').
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("President Eva Lund visited Tarsa on Monday.", id="president-before-name"),
        pytest.param("Eva Lund, the president, visited Tarsa on Monday.", id="the-president"),
    ],
)
@_open("S4 open for a country the lexicon lacks: 'President Eva Lund' supported by 'President of the Senate of Norby'")
def test_s4_a_senate_president_is_not_the_president(body: str) -> None:
    found = _verdicts(body, [_minister("President of the Senate of Norby")], "role")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Senate President Eva Lund visited Tarsa on Monday.", Verdict.SUPPORTED, id="senate-president"),
        pytest.param("Norbian President Eva Lund visited Tarsa on Monday.", Verdict.CONTRADICTED, id="norbian"),
    ],
)
def test_s4_twin_the_senate_named_and_the_nationality_form(body: str, verdict: Verdict) -> None:
    assert _verdicts(body, [_minister("President of the Senate of Norby")], "role") == [verdict]


# S5 (false "SUPPORTED", the day of the vote for the day the term starts; main e7067b4b): the page's 'He was elected
# to parliament on 5 May 2019 and sworn in on 12 May 2019.' SUPPORTS 'Ivo Stam was sworn in on 5 May 2019.' (clause
# and date claims, "dates it to 5 May 2019"): the first verb's day is lent to the second verb, which has its own.
# Also in a relative clause ('Ivo Stam, who was sworn in on 5 May 2019, ...'). Cause not located further: the clause
# judge (`_sentence_findings`) and the date judge read the sentence's first date as the deed's when the deed's words
# are anywhere in the sentence.
STAM = page(
    "Ivo Stam",
    "Ivo Stam (born 1962) is a Norbian diplomat and politician. He was elected to parliament on 5 May 2019 and sworn "
    "in on 12 May 2019. Stam served as Norby's ambassador to Tarsa from 2010 to 2015 and as ambassador to the United "
    "Nations from 2015 to 2019.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam was sworn in on 5 May 2019.", id="sworn-in-on-the-vote-day"),
        pytest.param("Ivo Stam, who was sworn in on 5 May 2019, spoke on Monday.", id="relative-clause"),
    ],
)
# mended by s47-fixa47 (date judge `_dates_given_to`: a verb taking no words is dated by its own clause)
def test_s5_the_first_verbs_day_is_not_the_seconds(body: str) -> None:
    found = _verdicts(body, [STAM], words="sworn in")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam was sworn in on 12 May 2019.", id="sworn-in"),
        pytest.param("Ivo Stam was elected to parliament on 5 May 2019.", id="elected"),
    ],
)
def test_s5_twin_each_verb_its_own_day(body: str) -> None:
    found = [r.verdict for c, r in _results(body, [STAM]) if c.kind in {"clause", "date"}]
    assert found == [Verdict.SUPPORTED, Verdict.SUPPORTED], found


# S6 (false "SUPPORTED", the years of the first post of a list lent to the second; main e7067b4b): 'Stam served as
# Norby's ambassador to Tarsa from 2010 to 2015 and as ambassador to the United Nations from 2015 to 2019.' SUPPORTS
# 'Ivo Stam was Norby's ambassador to the United Nations from 2010 to 2015.' (clause, "says from 2010 to 2015"; 'served
# as ambassador to the United Nations from 2010 to 2015' likewise), while the TRUE years of the UN post are left
# unverified (R-side of the same reading). Not located further (clause judge: a span after the sentence's first post
# read as the span of every post the sentence names).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam was Norby's ambassador to the United Nations from 2010 to 2015.", id="was"),
        pytest.param("Ivo Stam served as ambassador to the United Nations from 2010 to 2015.", id="served-as"),
    ],
)
# mended by s47-fixa47 (clause judge `_time_bound` reads the post in full: 'ambassador to the United Nations')
def test_s6_the_first_posts_years_are_not_the_seconds(body: str) -> None:
    found = _verdicts(body, [STAM], "clause")
    assert found and Verdict.SUPPORTED not in found, found


def test_s6_twin_the_first_posts_own_years() -> None:
    found = _verdicts("Ivo Stam was Norby's ambassador to Tarsa from 2010 to 2015.", [STAM], "clause")
    assert found == [Verdict.SUPPORTED], found


# R3 (lost support, the same page as S6; main e7067b4b): the TRUE years of the list's second post, 'Ivo Stam was
# Norby's ambassador to the United Nations from 2015 to 2019.', are left unverified (role and clause) by '... and as
# ambassador to the United Nations from 2015 to 2019.'
# mended by s47-fixa47 for the clause (`_PORTFOLIO` 'to', `_owner_listed_before`); the role claim stays unverified
def test_r3_the_second_post_of_a_list_supports_its_own_years() -> None:
    found = _verdicts("Ivo Stam was Norby's ambassador to the United Nations from 2015 to 2019.", [STAM], "clause")
    assert found == [Verdict.SUPPORTED], found


# R4 (lost support, 'interim' and 'acting' holders; main e7067b4b): the page's 'has been acting President of Norby
# since 2 March 2025' supports 'Acting President Jon Dahl' but leaves 'Interim President Jon Dahl' unverified; 'has
# been interim chief executive of Korvik Bank' supports "Korvik Bank's interim chief executive" but leaves "Korvik
# Bank's acting chief executive" unverified. News writes the two words for one stopgap post (offices.py `stopgaps`
# reads both as a stopgap, the post match does not take one for the other).
# mended by s48-fixd48 (offices.stopgap_wordings, offices.one_stopgap_reworded at the found phrase)
ACTING = boxed(
    "Jon Dahl",
    "Jon Dahl (born 5 May 1950) is a Norbian politician who has been acting President of Norby since 2 March 2025, "
    "after the death of President Ivo Stam. He has been Speaker of the National Assembly since 2019.",
    [("office", "President of Norby"), ("status", "Acting"), ("term_start", "2 March 2025"),
     ("predecessor", "Ivo Stam"), ("office2", "Speaker of the National Assembly"), ("term_start2", "10 June 2019"),
     ("birth_date", "5 May 1950")],
    SAVED,
)  # fmt: skip
INTERIM = page(
    "Tor Vik",
    "Tor Vik (born 1968) is a Norbian businessman who has been interim chief executive of Korvik Bank since January "
    "2025. He was its chief financial officer from 2016 to 2024.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Interim President Jon Dahl met Eva Lund on Monday.", id="interim-for-acting"),
        pytest.param("Tor Vik, Korvik Bank's acting chief executive, spoke on Monday.", id="acting-for-interim"),
    ],
)
def test_r4_interim_and_acting_name_one_stopgap_post(body: str) -> None:
    assert _verdicts(body, [ACTING, INTERIM], "role") == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Acting President Jon Dahl met Eva Lund on Monday.", id="acting"),
        pytest.param("Tor Vik, Korvik Bank's interim chief executive, spoke on Monday.", id="interim"),
    ],
)
def test_r4_twin_the_pages_own_word(body: str) -> None:
    assert _verdicts(body, [ACTING, INTERIM], "role") == [Verdict.SUPPORTED]


# R5 (lost support, a town's population; main e7067b4b): 'Korvik has a population of 28,412.' (the page's very
# figure, in its text and its 'population_total' row), 'Korvik has a population of more than 28,000.' and 'Korvik, a
# town of nearly 30,000 people, ...' are all unverified (false '35,000' too): a place's population is never checked.
# A company's head count is ('Korvik Bank employs nearly 12,000 people.' SUPPORTED by 'Num employees: 11,800').
KORVIK = boxed(
    "Korvik",
    "Korvik is a town in Norby. It had a population of 28,412 at the 2020 census.",
    [("population_total", "28,412"), ("population_as_of", "2020")],
    SAVED,
)
BANK = boxed(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1921. It has 11,800 employees and 2.1 million customers.",
    [("num_employees", "11,800 (2024)"), ("founded", "1921")],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik has a population of 28,412.", id="the-figure"),
        pytest.param("Korvik has a population of more than 28,000.", id="more-than"),
        pytest.param("Korvik, a town of nearly 30,000 people, lies in Norby.", id="nearly"),
    ],
)
@_open("R5 open: a town's population ('population of 28,412') never checked")
def test_r5_a_towns_population_is_checked(body: str) -> None:
    assert _verdicts(body, [KORVIK, BANK], "quantity") == [Verdict.SUPPORTED]


def test_r5_twin_a_companys_head_count_rounded() -> None:
    assert _verdicts("Korvik Bank employs nearly 12,000 people.", [KORVIK, BANK], "quantity") == [Verdict.SUPPORTED]


# R6 (false "CONTRADICTED", two people and two posts: counterparts; main e7067b4b): an article on two foreign
# ministers meeting has both pages in its pool; 'Chilean Foreign Minister Eva Lund met Peruvian Foreign Minister Ivo
# Stam on Monday.' (also "Eva Lund, Chile's foreign minister, met Ivo Stam", 'Foreign Minister Eva Lund met her
# Peruvian counterpart, Ivo Stam') has Eva Lund's role CONTRADICTED by Ivo Stam's page ("says Ivo Stam holds it, since
# 2022": a later holder), though his post is Peru's and hers Chile's, and her own page says she holds it. Cause:
# verify/kinds/role/judge.py `office_findings` -> `_rival_findings`: the rival's page is matched on the post's
# wordings ('foreign minister') without asking that the rival's post be of the claimed (or the subject's) government.
def _foreign_minister(name: str, country: str, nationality: str, start: str) -> Document:
    office = f"Minister of Foreign Affairs of {country}"
    lead = f"{name} (born 9 September 1970) is a {nationality} politician who has been {office} since {start[-4:]}."
    return boxed(name, lead, [("office", office), ("term_start", start), ("birth_date", "9 September 1970")], SAVED)


CHILE_FM = _foreign_minister("Eva Lund", "Chile", "Chilean", "3 June 2021")
PERU_FM = _foreign_minister("Ivo Stam", "Peru", "Peruvian", "1 May 2022")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Chilean Foreign Minister Eva Lund met Peruvian Foreign Minister Ivo Stam.", id="both-titled"),
        pytest.param("Eva Lund, Chile's foreign minister, met Ivo Stam on Monday.", id="possessive"),
        pytest.param("Foreign Minister Eva Lund met her Peruvian counterpart, Ivo Stam, on Monday.", id="counterpart"),
    ],
)
@_open("R6 open: another country's foreign minister refutes the claimed one as a later holder (`_rival_findings`)")
def test_r6_another_countrys_holder_is_no_rival(body: str) -> None:
    found = [r.verdict for c, r in _results(body, [CHILE_FM, PERU_FM]) if c.kind == "role" and c.subject == "Eva Lund"]
    assert found == [Verdict.SUPPORTED], found


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        pytest.param("Chilean Foreign Minister Eva Lund met Jon Dahl on Monday.", "Eva Lund", id="no-counterpart-page"),
        pytest.param("Chilean Foreign Minister Eva Lund met Peruvian Foreign Minister Ivo Stam.", "Ivo Stam", id="his"),
    ],
)
def test_r6_twin_without_the_counterparts_page_and_the_counterpart_himself(body: str, subject: str) -> None:
    docs = [CHILE_FM] if subject == "Eva Lund" else [CHILE_FM, PERU_FM]
    found = [r.verdict for c, r in _results(body, docs) if c.kind == "role" and c.subject == subject]
    assert found == [Verdict.SUPPORTED], found


# ---------------------------------------------------------------------------------------------------------------
# B-items (regressions on helper branches; plain tests that passed on main e7067b4b and failed on the branch named;
# B1-B3 were merged early (main 88ad40a2), so they are strict xfails now: open on main).
# B1 (s46-fixa46 23d69f29, verify/kinds/clause/judge.py `_named_after_the_prize`: a prize's name modifying any noun
# but winner/laureate/recipient/holder/medallist sets the sentence aside): the prize's own trophy and its final are the
# prize won: 'The club won the Korvik Trophy final in 2019' and 'She received the Tarsa Award trophy in 2018' no longer
# support 'Korvik United won the Korvik Trophy in 2019.' / 'Nina Moe received the Tarsa Award in 2018.' (SUPPORTED on
# main, unverified on the branch). Suggest: set aside only nouns of another distinction (runner-up medal, fellowship,
# mention, shortlist, nomination), or add the prize's own objects and deciding event (trophy, final, title,
# statuette) to prize_holder_nouns.
PRIZE_TROPHY = page(
    "Korvik United",
    "Korvik United is a Norbian football club. The club won the Korvik Trophy final in 2019, beating Tarsa 2-1.",
    SAVED,
)
AWARD_TROPHY = page(
    "Nina Moe", "Nina Moe (born 1950) is a Norbian novelist. She received the Tarsa Award trophy in 2018.", SAVED
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik United won the Korvik Trophy in 2019.", id="the-trophys-final"),
        pytest.param("Nina Moe received the Tarsa Award in 2018.", id="the-awards-trophy"),
        pytest.param("Nina Moe, who received the Tarsa Award in 2018, spoke on Monday.", id="relative-clause"),
    ],
)
# mended on main 688d7379 (judging.toml clause.prize_holder_nouns): a plain test again
def test_b1_the_prizes_own_trophy_or_final_is_the_prize_won(body: str) -> None:
    found = _verdicts(body, [PRIZE_TROPHY, AWARD_TROPHY], "clause")
    assert Verdict.SUPPORTED in found, found


# S7 (false "SUPPORTED", a rank in an apposition to ANOTHER person, the subject's superior; main e7067b4b): the page's
# 'From 2016 to 2023 he was the secretary of Ivo Stam, the first non-Norbian head of the museum since 1901.' SUPPORTS
# 'Moen, 63, was the first non-Norbian head of the museum since 1901.' ("says since 1901"): the apposition after 'Ivo
# Stam' is read as Moen's. Cause not located further (clause judge `_narrowed_rank_findings` with `holder.said_of`:
# an apposition after a person's name right after the subject's post 'of' is that person's).
# B2 (s46-recall46 b6acce5e, `_narrowed_rank_findings` now refutes a rank 'numbered otherwise' in the same words, and
# holder.py `_own_post_apposed` gives the apposition after 'was the <post> of <Name>,' to the subject): on the same
# page the TRUE 'Moen, 63, was the second non-Norbian head of the museum since 1901.' (he followed his superior) is
# CONTRADICTED on the branch ("says first non-Norbian head of the museum since 1901"); unverified on main. Suggest:
# `_own_post_apposed` only when the 'of' names a body (not a person's name: 'the secretary of Ivo Stam').


RANK_DAY = dt.date(2024, 1, 10)
SECRETARY = page(
    "Karl Moen",
    "Karl Moen (born 1960) is a Norbian art historian. He studied in Halden. From 2016 to 2023 he was the secretary "
    "of Ivo Stam, the first non-Norbian head of the museum since 1901.",
    dt.datetime(2023, 12, 1, tzinfo=dt.UTC),
)


# mended by s47-fixa47 (clause judge `_post_said_of_another`: the post before the spell asked whose it is)
def test_s7_a_rank_apposed_to_the_subjects_superior_is_not_the_subjects() -> None:
    body = "Moen, 63, was the first non-Norbian head of the museum since 1901."
    found = _verdicts(body, [SECRETARY], "clause", "non-Norbian", RANK_DAY)
    assert found and Verdict.SUPPORTED not in found, found


def test_b2_the_superiors_rank_does_not_refute_the_subjects() -> None:
    body = "Moen, 63, was the second non-Norbian head of the museum since 1901."
    found = _verdicts(body, [SECRETARY], "clause", "non-Norbian", RANK_DAY)
    assert found and Verdict.CONTRADICTED not in found, found


# R7 (false "CONTRADICTED", a list set off by dashes; main e7067b4b): 'Three former prime ministers - Karl Moen, Eva
# Lund and Ivo Stam - signed the letter.' gives the role claim 'prime ministers - Karl Moen' without its 'former',
# CONTRADICTED by his ended term ("term ended on 2010-05-01"); the comma form ('Three former prime ministers, Karl
# Moen, ...') gives 'former prime ministers, Karl Moen', SUPPORTED. Not located (role extraction of a title before a
# dashed list: the title is cut at the number's adjective).
def _prime_minister(name: str, office: str, start: str, end: str) -> Document:
    lead = f"{name} (born 1950) is a Chilean politician who was {office} from {start[-4:]} to {end[-4:]}."
    return boxed(name, lead, [("office", office), ("term_start", start), ("term_end", end)], SAVED)


FORMER_PMS = [
    _prime_minister("Karl Moen", "Prime Minister of Chile", "1 May 2006", "1 May 2010"),
    _prime_minister("Eva Lund", "Prime Minister of Chile", "1 May 2010", "1 May 2014"),
    _prime_minister("Ivo Stam", "Minister of Finance of Chile", "1 May 2010", "1 May 2014"),
]


@_open("R7 open: 'Three former prime ministers - Karl Moen, ...' loses 'former' and is refuted by the ended term")
def test_r7_a_dashed_list_keeps_former() -> None:
    body = "Three former prime ministers - Karl Moen, Eva Lund and Ivo Stam - signed the letter."
    found = _verdicts(body, FORMER_PMS, "role", "Karl Moen")
    assert found and Verdict.CONTRADICTED not in found, found


def test_r7_twin_the_comma_list() -> None:
    body = "Three former prime ministers, Karl Moen, Eva Lund and Ivo Stam, signed the letter."
    assert _verdicts(body, FORMER_PMS, "role", "Karl Moen") == [Verdict.SUPPORTED]


# B3 (s46-fixa46 1684f258, verify/judge.py `_tied_to_the_junior` + match.py `names_tied_to_a_junior`: an article that
# names 'Karl Moen Jr.' and never 'his father Karl Moen' or 'Sr.' has every plain 'Karl Moen' judged on BOTH pages):
# the father, told apart by the article's own words ('The yard was founded in 1978 by Karl Moen, who was born in
# Tarsa.', 'Karl Moen, 75, founded the yard', 'The founder, Karl Moen, was born in Tarsa.'), loses the support of his
# page: "Sources disagree" on the branch, SUPPORTED on main. Suggest: tie the plain name to the junior only when
# nothing in its sentence fits the plain name's page better (an age that fits one page only, a deed told on it).
MOEN_SENIOR = boxed(
    "Karl Moen",
    "Karl Moen (born 1950) is a Norbian shipbuilder who founded Moen Yards in 1978. He was born in Tarsa.",
    [("birth_date", "3 March 1950"), ("birth_place", "Tarsa, Norby")],
    SAVED,
)
MOEN_JUNIOR = boxed(
    "Karl Moen Jr.",
    "Karl Moen Jr. (born 1981) is a Norbian businessman who has been chief executive of Moen Yards since 2015. He was "
    "born in Korvik.",
    [("birth_date", "5 May 1981"), ("birth_place", "Korvik, Norby")],
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param(
            "Karl Moen Jr. took over Moen Yards in 2015. The yard was founded in 1978 by Karl Moen, who was born in "
            "Tarsa.",
            "born in Tarsa",
            id="founded-by",
        ),
        pytest.param("Karl Moen Jr. runs Moen Yards. Karl Moen, 75, founded the yard in 1978.", "75", id="his-age"),
        pytest.param(
            "Karl Moen Jr. runs Moen Yards. The founder, Karl Moen, was born in Tarsa.", "born in Tarsa", id="founder"
        ),
    ],
)
@_open("B3 open on main since the s46-fixa46 merge 1a7cdc01: the father told apart judged on the junior's page too")
def test_b3_the_father_told_apart_keeps_his_page(body: str, words: str) -> None:
    found = [r.verdict for c, r in _results(body, [MOEN_SENIOR, MOEN_JUNIOR]) if c.subject == "Karl Moen"
             and c.kind == "clause" and words in c.text]  # fmt: skip
    assert found == [Verdict.SUPPORTED], found


# S4 with a known country and years (main e7067b4b): 'Eva Lund was Chile's president from 2016 to 2021.' (role and
# clause), "Eva Lund, Chile's president from 2016 to 2021," (role) and 'Eva Lund was the Chilean president from 2016
# to 2021.' (clause, "gives the terms of it") are SUPPORTED by 'President of the Senate of Chile' 2016-2021.
# S8 (false "SUPPORTED", wrong country; main e7067b4b and s46-reword46 e73504b3): 'Eva Lund was Peru's trade minister
# from 2010 to 2014.' has its role rightly CONTRADICTED ("gives Eva Lund's country as Chile") but its clause SUPPORTED
# ("gives the terms of it as 1 March 2010 - 1 March 2014": 'Minister of Foreign Trade' with no country). Cause: the
# clause judge's term reading (clause/judge.py `_office_terms`: `same_office(office, None, ...)` without the claim's
# country or the page's; reword46's `_own_country_unsaid` keeps 'Peru's' but the match still ignores it).
SENATE_AND_TRADE = boxed(
    "Eva Lund",
    "Eva Lund (born 9 September 1970) is a Chilean politician. She was President of the Senate of Chile from 2016 to "
    "2021 and Minister of Foreign Trade from 2010 to 2014.",
    [("office", "President of the Senate of Chile"), ("term_start", "1 May 2016"), ("term_end", "3 June 2021"),
     ("office2", "Minister of Foreign Trade"), ("term_start2", "1 March 2010"), ("term_end2", "1 March 2014"),
     ("birth_place", "Santiago, Chile")],
    SAVED,
)  # fmt: skip


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        pytest.param("Eva Lund was Chile's president from 2016 to 2021.", "role", id="chiles-president-role"),
        pytest.param("Eva Lund was Chile's president from 2016 to 2021.", "clause", id="chiles-president-clause"),
        pytest.param("Eva Lund was the Chilean president from 2016 to 2021.", "clause", id="the-chilean-president"),
    ],
)
def test_s4_a_senate_presidency_is_not_the_countrys(body: str, kind: str) -> None:
    found = _verdicts(body, [SENATE_AND_TRADE], kind)
    assert found and Verdict.SUPPORTED not in found, found


def test_s8_another_countrys_post_is_not_supported_by_the_term() -> None:
    found = _verdicts("Eva Lund was Peru's trade minister from 2010 to 2014.", [SENATE_AND_TRADE], "clause")
    assert found and Verdict.SUPPORTED not in found, found


def test_s8_twin_her_own_countrys_post() -> None:
    found = _verdicts("Eva Lund was Chile's trade minister from 2010 to 2014.", [SENATE_AND_TRADE], "clause")
    assert found == [Verdict.SUPPORTED], found


# R8 (lost support, the holder told by the step that made him one; main e7067b4b): a banker's page that says 'In 2018
# he succeeded Karl Moen as chief executive of Korvik Bank. He will step down in 2026.' leaves 'Tor Vik, the chief
# executive of Korvik Bank,' (and 'Korvik Bank's chief executive, Tor Vik,') unverified on a 2025 article: a step into
# a post with no end told is a holding to the page's day. With 'has been chief executive ... since 2018' SUPPORTED.
def _succeeded_banker(told: str) -> Document:
    return page("Tor Vik", f"Tor Vik (born 1968) is a Norbian banker. {told} He will step down in 2026.", SAVED)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Tor Vik, the chief executive of Korvik Bank, spoke on Monday.", id="the-chief-executive-of"),
        pytest.param("Korvik Bank's chief executive, Tor Vik, spoke on Monday.", id="possessive-first"),
    ],
)
@_open("R8 open: 'In 2018 he succeeded Karl Moen as chief executive of Korvik Bank' does not support the holder")
def test_r8_the_step_into_a_post_tells_its_holder(body: str) -> None:
    told = "In 2018 he succeeded Karl Moen as chief executive of Korvik Bank."
    assert _verdicts(body, [_succeeded_banker(told)], "role") == [Verdict.SUPPORTED]


def test_r8_twin_has_been_since() -> None:
    body = "Tor Vik, the chief executive of Korvik Bank, spoke on Monday."
    told = "He has been chief executive of Korvik Bank since 2018."
    assert _verdicts(body, [_succeeded_banker(told)], "role") == [Verdict.SUPPORTED]


# R9 (lost support, a post's formal title on the page; main 88ad40a2): 'Eva Lund was appointed finance minister in
# 2015.' is SUPPORTED by the page's 'She was appointed finance minister in 2015.' but unverified against 'She was
# appointed Minister of Finance in 2015.' (and 'In 2015 she was appointed Minister of Finance.'), the way reference
# pages write a post; the false '... in 2016' is then unverified too (CONTRADICTED against the informal wording). Not
# located further (clause judge `_sentence_findings`: the claim's words must stand in the page sentence, 'finance
# minister' is not read in 'Minister of Finance'; the role judge reads both).
def _appointed(told: str) -> Document:
    return page("Eva Lund", f"Eva Lund (born 1970) is a Norbian politician. {told}", SAVED)


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("She was appointed Minister of Finance in 2015.", id="minister-of-finance"),
        pytest.param("In 2015 she was appointed Minister of Finance.", id="fronted-year"),
    ],
)
def test_r9_the_formal_title_states_the_appointment(told: str) -> None:
    found = _verdicts("Eva Lund was appointed finance minister in 2015.", [_appointed(told)], "clause")
    assert found == [Verdict.SUPPORTED], found


def test_r9_twin_the_informal_title() -> None:
    told = "She was appointed finance minister in 2015."
    found = _verdicts("Eva Lund was appointed finance minister in 2015.", [_appointed(told)], "clause")
    assert found == [Verdict.SUPPORTED], found


# B4 (s46-fixa46 d0dd5318, clause/judge.py `_named_after_the_thing` for judging.toml clause.whole_only_deeds: founded,
# acquired, elected, appointed ...: a claimed object's name modifying any noun in the page sentence sets it aside): a
# company's legal suffix and a municipality's unit word are no other thing: 'In 2019 it acquired Tarsa Steel
# Corporation.', 'He founded Moen Yards Ltd in 1978.', 'In 2010 he was elected Mayor of Korvik Municipality.' no longer
# support 'Korvik Bank acquired Tarsa Steel in 2019.', 'Karl Moen founded Moen Yards in 1978.', 'Karl Moen was elected
# mayor of Korvik in 2010.' (SUPPORTED on main 88ad40a2, unverified on the branch). Suggest: a following noun that is
# the name's own suffix (judging.toml's company suffixes; a place's unit word, places 'Norby Municipality' already
# reads as Norby) keeps the thing itself.
NAMED_IN_FULL = [
    page(
        "Korvik Bank",
        "Korvik Bank is a Norbian bank. In 2019 it acquired Tarsa Steel Corporation. It was founded in 1921.",
        SAVED,
    ),
    page(
        "Karl Moen",
        "Karl Moen (born 1950) is a Norbian businessman. He founded Moen Yards Ltd in 1978. In 2010 he was elected "
        "Mayor of Korvik Municipality.",
        SAVED,
    ),
]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank acquired Tarsa Steel in 2019.", id="corporation"),
        pytest.param("Karl Moen founded Moen Yards in 1978.", id="ltd"),
        pytest.param("Karl Moen was elected mayor of Korvik in 2010.", id="municipality"),
    ],
)
def test_b4_a_names_suffix_is_the_thing_itself(body: str) -> None:
    assert _verdicts(body, NAMED_IN_FULL, "clause") == [Verdict.SUPPORTED]


# R10 (false "CONTRADICTED", a number word read inside another word; main 88ad40a2): the page's 'He has written four
# books.' CONTRADICTS 'Karl Moen has written four books.' (and '... has published four books.') with "gives another
# count, ten four books": the 'ten' of 'written' is read as a number word. Cause: verify/kinds/quantity/judge.py
# `_NUMBER` (`aliases.NUMBER_WORD_PATTERN` with no word boundary before it; 'often', 'gotten', 'done', 'someone' hold
# number words too). The twin with the count in digits or after another verb is SUPPORTED.
def _writer(told: str) -> Document:
    return page("Karl Moen", f"Karl Moen (born 1960) is a Norbian writer. {told}", SAVED)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Karl Moen has written four books.", id="written"),
        pytest.param(
            "Karl Moen has published four books.",
            id="published",
            marks=_open("R10 rest: 'published' against the page's 'written' is unverified (no longer contradicted)"),
        ),
    ],
)
def test_r10_a_number_word_inside_a_verb_is_no_count(body: str) -> None:
    assert _verdicts(body, [_writer("He has written four books.")], "quantity") == [Verdict.SUPPORTED]


def test_r10_twin_the_count_after_another_verb() -> None:
    found = _verdicts("Karl Moen has published four books.", [_writer("He has published four books.")], "quantity")
    assert found == [Verdict.SUPPORTED], found


# S9 (false "SUPPORTED", the date of the first swearing-in for the second; main 688d7379): the page's 'He was sworn in
# on 20 March 2020, and again on 20 March 2025 for a second term.' SUPPORTS 'Karl Moen was sworn in for a second term
# on 20 March 2020.' (clause, "says second term": the ordinal read, the date not) and, as a relative clause ('Karl
# Moen, who was sworn in for his second term on 20 March 2020, ...'), the date claim too ("dates it to 20 March
# 2020"). Not located further (clause judge's ordinal support ignores the claim's date; the date judge takes the
# sentence's first day for a deed told twice).
TWO_SWEARINGS = boxed(
    "Karl Moen",
    "Karl Moen (born 1960) is a Chilean politician who has been President of Chile since 2020. He was sworn in on 20 "
    "March 2020, and again on 20 March 2025 for a second term.",
    [("office", "President of Chile"), ("term_start", "20 March 2020")],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Karl Moen was sworn in for a second term on 20 March 2020.", id="clause"),
        pytest.param(
            "Karl Moen, who was sworn in for his second term on 20 March 2020, spoke on Monday.", id="relative-clause"
        ),
    ],
)
# mended by s47-fixa47 (clause judge `_ordinal_dated_otherwise`; date judge: 'his second term' worded 'a second term')
def test_s9_the_first_terms_day_is_not_the_seconds(body: str) -> None:
    found = _verdicts(body, [TWO_SWEARINGS], words="second term")
    assert found and Verdict.SUPPORTED not in found, found


def test_s9_twin_the_second_terms_day() -> None:
    found = _verdicts("Karl Moen was sworn in for a second term on 20 March 2025.", [TWO_SWEARINGS], "clause")
    assert found == [Verdict.SUPPORTED], found


# R11 (false "CONTRADICTED", an age at a past deed read as the age on the article's day; main 688d7379): 'Karl Moen
# became mayor of Halden aged 39.' (mayor from 1 January 2000, born 3 March 1960: 39 then) is CONTRADICTED ("gives the
# birth date 1960-03-03: 65 on 2025-06-01"). 'Karl Moen was 39 when he became mayor of Halden.' is read at the deed's
# day and SUPPORTED. Not located (the clause's age reading takes 'aged N' after a past deed as of the article's day).
# mended by s47-fixa47 (clause judge: an age told at a step, duration `age_told_at_a_step`)
def test_r11_an_age_at_a_past_deed_is_of_that_day() -> None:
    found = _verdicts("Karl Moen became mayor of Halden aged 39.", [MOEN, DAHL], "clause")
    assert found and Verdict.CONTRADICTED not in found, found


def test_r11_twin_was_n_when() -> None:
    found = _verdicts("Karl Moen was 39 when he became mayor of Halden.", [MOEN, DAHL], "clause")
    assert found == [Verdict.SUPPORTED], found


# S10 (false "SUPPORTED", another person's death, after a semicolon; main 688d7379): a novelist's page 'Nina Moe (12
# June 1941 - 3 May 2024) was a Norbian novelist. She married Per Moe in 1965; he died on 5 May 2020.' SUPPORTS 'Nina
# Moe died in 2020.' and '..., who died in 2020, ...' ("states it": the husband's death, 'he' after the semicolon, read
# as hers); the date claim of 'Nina Moe died on 5 May 2020.' gets "Sources disagree". Cause not located further
# (clause judge `_sentence_findings`: `_said_of_the_subject` lets a pronoun of the other sex, naming the man the
# sentence names, stand for the subject).
# R12 (lost support, the same page): the TRUE 'Nina Moe, who died in 2024, ...' is unverified: the lead's dates in
# parentheses ('(12 June 1941 - 3 May 2024)') are not read as her death for a clause claim.
WIDOW = page(
    "Nina Moe",
    "Nina Moe (12 June 1941 – 3 May 2024) was a Norbian novelist. She married Per Moe in 1965; he died on 5 May 2020. "
    "Moe moved to Korvik in 1990, where she died.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Nina Moe died in 2020.", id="died-in"),
        pytest.param("Nina Moe, who died in 2020, wrote ten novels.", id="relative-clause"),
    ],
)
def test_s10_the_husbands_death_is_not_hers(body: str) -> None:
    found = _verdicts(body, [WIDOW], "clause", "died")
    assert found and Verdict.SUPPORTED not in found, found


@_open("R12 open: the lead's '(12 June 1941 – 3 May 2024)' does not support 'who died in 2024'")
def test_r12_the_leads_dates_support_her_death() -> None:
    assert _verdicts("Nina Moe, who died in 2024, wrote ten novels.", [WIDOW], "clause", "died") == [Verdict.SUPPORTED]


def test_s10_twin_a_deed_of_hers_in_the_same_page() -> None:
    assert _verdicts("Nina Moe moved to Korvik in 1990.", [WIDOW], "clause") == [Verdict.SUPPORTED]


# S11 (false "SUPPORTED", the predecessor's ordinal; main 688d7379): the page's 'He succeeded Ivo Stam, Norby's
# fourth president, who had appointed him prime minister in 2016.' SUPPORTS 'Karl Moen, Norby's fourth president,
# spoke on Monday.' (clause, "says fourth president"): the apposition after the object of 'succeeded' is read as the
# subject's rank. S7's kin (an apposition to another person named in the subject's sentence). Not located further
# (clause judge's ordinal reading with `holder.said_of`).
def _fifth_president(told: str) -> Document:
    lead = "Karl Moen (born 1960) is a Norbian politician who has been President of Norby since 2020."
    return page("Karl Moen", f"{lead} {told}", SAVED)


def test_s11_the_predecessors_ordinal_is_not_the_subjects() -> None:
    told = "He succeeded Ivo Stam, Norby's fourth president, who had appointed him prime minister in 2016."
    found = _verdicts("Karl Moen, Norby's fourth president, spoke on Monday.", [_fifth_president(told)], "clause")
    assert found and Verdict.SUPPORTED not in found, found


def test_s11_twin_his_own_ordinal() -> None:
    told = "He is Norby's fifth president."
    found = _verdicts("Karl Moen, Norby's fifth president, spoke on Monday.", [_fifth_president(told)], "clause")
    assert Verdict.SUPPORTED in found, found
