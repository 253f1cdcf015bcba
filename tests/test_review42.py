"""Findings of review42 (session 42), as rows the desk would meet: a true sentence and its one-fact-false twin,
extracted from an invented article and judged against invented pages (`tests/support/judging.py`) through the
article's whole judging (`_judged_whole` of tests/test_review38.py). R-items are strict xfails for what is open on
main; N-items guard what a new user or an attacker meets at the command line; a B-item (a regression found on a
branch) is a plain test that passes on main. The list with its status is /work/briefs42/review42-findings.md."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.support.judging import boxed, page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from tests.test_review41 import SEED, _errors, _run
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.kinds.clause import KIND as CLAUSE
from verify.models import Claim, ClaimResult, Document, Verdict
from verify.report.common import checked_line
from verify.retrieve import EvidencePool

# The day of the invented articles: after the pages' revision (saved 1 May 2024), as the desk reads them.
DAY = dt.date(2024, 6, 1)


def _results(body: str, docs: list[Document], day: dt.date = DAY) -> list[tuple[Claim, ClaimResult]]:
    """Each claim of an article of `body` with its result, judged whole against `docs` alone (what the report
    shows: the verdict and the 'Checked:' reading)."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=day))
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), day)
    return list(zip(claims, results, strict=True))


def _of_kind(body: str, docs: list[Document], kind: str, words: str, day: dt.date = DAY) -> list[ClaimResult]:
    """The results of the claims of `kind` whose words hold `words`."""
    found = [r for c, r in _results(body, docs, day) if c.kind == kind and words in c.text]
    assert found, "no such claim extracted"
    return found


# ---------------------------------------------------------------------------------------------------------------
# R1 (main 1d983ee6, the quantity owner, `verify.kinds.quantity.owner.Owners._attached_name` -> `_named_modifier`:
# 'outbreak of Korvik fever' hangs the proper noun 'Korvik' (the recogniser tags it alone) on 'fever', and the
# modifier is returned without its head noun, so the count is read as the town's; `_own_name`, which keeps the noun
# ('the Eaton fire'), serves only a definite description): a disease named after a place ('Korvik fever', 'Halden
# flu'; the real world's Lassa fever, Marburg virus, Lyme disease, West Nile virus) gives its toll to the place:
# 'The 2022 outbreak of Korvik fever infected 4,300 people.' is read "Korvik — count — 4,300 people" in the report,
# SUPPORTED by the town's page 'Korvik is a town ... with 4,300 people.' and CONTRADICTED ("gives another count, 9,000
# people") by a town of 9,000 even with the disease's own page giving 4,300. Health copy names outbreaks this way.
def _fever(told: str = "") -> Document:
    """The invented disease's page: named after the town of Korvik, with `told` after its lead."""
    return page("Korvik fever", f"Korvik fever is a viral disease first identified in Norby in 2011. {told}", SAVED)


def _town(people: str) -> Document:
    """The invented town of Korvik's page, of `people` inhabitants."""
    return page("Korvik", f"Korvik is a town in southern Norby with {people} people.", SAVED)


OUTBREAK = "The 2022 outbreak of Korvik fever infected 4,300 people."


def test_r1_the_towns_head_count_does_not_support_the_outbreaks_toll() -> None:
    found = _judged_whole(OUTBREAK, [_fever(), _town("4,300")], "quantity", "4,300", DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r1_the_towns_head_count_does_not_refute_the_outbreaks_toll() -> None:
    docs = [_fever("The 2022 outbreak infected 4,300 people."), _town("9,000")]
    assert _judged_whole(OUTBREAK, docs, "quantity", "4,300", DAY) == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(OUTBREAK, id="outbreak-of"),
        pytest.param("Korvik fever has a case fatality rate of about 3%.", id="disease-subject"),
    ],
)
def test_r1_the_report_does_not_read_the_disease_as_the_town(body: str) -> None:
    (result,) = _of_kind(body, [_fever()], "quantity", "")
    assert not checked_line(result).startswith("Checked: Korvik —"), checked_line(result)


def test_r1_twin_the_towns_own_head_count_is_its_own() -> None:
    found = _judged_whole("Korvik has 4,300 people.", [_town("4,300")], "quantity", "4,300", DAY)
    assert found == [Verdict.SUPPORTED]


# R2 (main 1d983ee6, `verify.kinds.quantity.judge.count_findings`: an organisation's head count from its page's
# whole count ('It has 38 member states') is set against any claimed count of the same concept (members, states,
# countries), whatever deed or time the claim gives it; `other_time` weighs only the page sentence's time): 'The
# Northern Trade Organisation was founded in 1994 by 12 states.' is CONTRADICTED ("gives another count, 38 member
# states") though the page says 'founded in 1994 by 12 states' word for word; so are 'which had 12 founding members'
# and 'had 12 members in 1994'. Every international organisation's story gives its founders and its membership now.
def _organisation(told: str) -> Document:
    """The invented organisation's page, with `told` after its lead."""
    return page(
        "Northern Trade Organisation",
        f"The Northern Trade Organisation (NTO) is an intergovernmental organisation. {told}",
        SAVED,
    )


GREW = "It was founded in 1994 by 12 states. It has 38 member states."


@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param("The Northern Trade Organisation was founded in 1994 by 12 states.", GREW, id="founded-by"),
        pytest.param(
            "The Northern Trade Organisation was founded in 1994 by 12 states.",
            "It has 38 member states.",
            id="founded-by-untold",
        ),
        pytest.param(
            "The Northern Trade Organisation, which had 12 founding members, met on Monday.", GREW, id="founding"
        ),
        pytest.param("The Northern Trade Organisation had 12 members in 1994.", "It has 38 member states.", id="then"),
    ],
)
def test_r2_the_founders_are_not_refuted_by_the_members_now(body: str, told: str) -> None:
    found = _judged_whole(body, [_organisation(told)], "quantity", "12", DAY)
    assert Verdict.CONTRADICTED not in found, found


def test_r2_twin_the_membership_now_is_refuted() -> None:
    body = "The Northern Trade Organisation has 12 member states."
    assert _judged_whole(body, [_organisation(GREW)], "quantity", "12", DAY) == [Verdict.CONTRADICTED]


# R3 (main 1d983ee6, the quantity judge's deed check, `verify.kinds.quantity.measured.of_another_deed` and
# `elided_counts`: a claimed figure that counts no noun is left out of the check, so the page's count of another deed
# refutes it): an article's toll told with its noun left out after a second verb ('killed 214 people and injured
# 1,500') has its bare figure CONTRADICTED by the dead ("gives another count, 214 people"), by 'It killed 214
# people.' and by 'It killed 214 people and injured 1,500 others.', and the report reads it "Korvik earthquake —
# count — 1,500 people". review30 R11 mended the page's side of this ('... and injured 120.'); the wire writes the
# article's side as often.
def _quake(told: str) -> Document:
    """The invented earthquake's page: its day, then `told`."""
    return page(
        "2023 Korvik earthquake", f"The 2023 Korvik earthquake struck southern Norby on 12 March 2023. {told}", SAVED
    )


TOLL = "The 2023 Korvik earthquake killed 214 people and injured 1,500."


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("It killed 214 people.", id="dead-only"),
        pytest.param("It killed 214 people and injured 1,500 others.", id="hurt-as-others"),
    ],
)
def test_r3_a_bare_count_of_the_hurt_is_not_refuted_by_the_dead(told: str) -> None:
    found = _judged_whole(TOLL, [_quake(told)], "quantity", "1,500", DAY)
    assert Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    ("told", "verdict"),
    [
        pytest.param("It killed 214 people and injured 1,500 people.", Verdict.SUPPORTED, id="hurt-counted"),
        pytest.param("It killed 1,500 people.", Verdict.UNVERIFIED, id="dead-of-that-figure"),
    ],
)
def test_r3_twin_the_bare_count_against_the_hurt_and_the_dead(told: str, verdict: Verdict) -> None:
    assert _judged_whole(TOLL, [_quake(told)], "quantity", "1,500", DAY) == [verdict]


# R4 (main 1d983ee6, the clause judge's values, `verify.kinds.clause.judge._values` / `_holds`: only a capitalised
# phrase is a value to find in the page sentence, so an award's lower-case category after 'for' is never asked): 'Nina
# Moe won the Korvik Prize for best actress in 2021.' is SUPPORTED ("states it") by 'In 2021 she won the Korvik
# Prize for best director.', and 'best actress' / 'best supporting actress' support each other both ways (the date
# claim '2021' of the longer one too). The same categories capitalised ('Best Director') are read. Culture copy
# writes award categories in lower case as often as not.
def _actress(told: str) -> Document:
    """Nina Moe's invented page: a Norbian actress, with `told` after her lead."""
    return page("Nina Moe", f"Nina Moe (born 1975) is a Norbian actress. {told}", SAVED)


@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "In 2021 she won the Korvik Prize for best director.",
            "Nina Moe won the Korvik Prize for best actress in 2021.",
            id="director-for-actress",
        ),
        pytest.param(
            "In 2021 she won the Korvik Prize for best supporting actress.",
            "Nina Moe won the Korvik Prize for best actress in 2021.",
            id="supporting-for-lead",
        ),
        pytest.param(
            "In 2021 she won the Korvik Prize for best actress.",
            "Nina Moe, who won the Korvik Prize for best director in 2021, said on Monday.",
            id="relative",
        ),
    ],
)
def test_r4_another_category_of_the_award_does_not_support(told: str, body: str) -> None:
    found = _judged_whole(body, [_actress(told)], "clause", "Korvik Prize", DAY)
    assert Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("told", "body", "verdict"),
    [
        pytest.param(
            "In 2021 she won the Korvik Prize for best actress.",
            "Nina Moe won the Korvik Prize for best actress in 2021.",
            Verdict.SUPPORTED,
            id="same-category",
        ),
        pytest.param(
            "In 2021 she won the Korvik Prize for Best Actress.",
            "Nina Moe won the Korvik Prize for Best Director in 2021.",
            Verdict.UNVERIFIED,
            id="capitalised-other-category",
        ),
    ],
)
def test_r4_twin_the_same_category_is_supported(told: str, body: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [_actress(told)], "clause", "Korvik Prize", DAY) == [verdict]


# R5 (main 1d983ee6, `verify.kinds.binding.bound`: a clause without a year of its own borrows the nearest one only
# when no clause's opening word stands between (`_APART`), and 'and' is one; `clause.judge._time_bound` ->
# `_verb_anchors` asks it of the claim's verb): a fronted time is not lent to the second verb of a coordinated
# predicate sharing the subject: 'Jon Dahl was charged with fraud in 2021.' is left unverified against 'In 2021 he
# was arrested and charged with fraud.', 'Jon Dahl was sentenced to six years in prison in 2021.' against 'In 2021 he
# was convicted of fraud and sentenced to six years in prison.' (the same sentences with the year at the end are
# SUPPORTED). Court copy tells arrest and charge, verdict and sentence, this way.
def _banker(told: str) -> Document:
    """Jon Dahl's invented page: a Norbian former banker, with `told` after his lead."""
    return page("Jon Dahl", f"Jon Dahl (born 1965) is a Norbian former banker. {told}", SAVED)


@pytest.mark.parametrize(
    ("told", "body", "words"),
    [
        pytest.param(
            "In 2021 he was arrested and charged with fraud.",
            "Jon Dahl was charged with fraud in 2021.",
            "charged",
            id="arrested-and-charged",
        ),
        pytest.param(
            "In 2021 he was convicted of fraud and sentenced to six years in prison.",
            "Jon Dahl was sentenced to six years in prison in 2021.",
            "Jon Dahl was sentenced",
            id="convicted-and-sentenced",
        ),
    ],
)
def test_r5_a_fronted_year_dates_the_second_verb(told: str, body: str, words: str) -> None:
    assert _judged_whole(body, [_banker(told)], "clause", words, DAY) == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    ("told", "body", "verdict"),
    [
        pytest.param(
            "He was arrested and charged with fraud in 2021.",
            "Jon Dahl was charged with fraud in 2021.",
            Verdict.SUPPORTED,
            id="year-at-the-end",
        ),
        pytest.param(
            "In 2021 he was arrested and charged with fraud.",
            "Jon Dahl was charged with fraud in 2019.",
            Verdict.UNVERIFIED,
            id="another-year",
        ),
        pytest.param(
            "In 2019 he was elected mayor of Korvik and in 2023 he resigned.",
            "Jon Dahl resigned in 2019.",
            Verdict.UNVERIFIED,
            id="a-clause-with-its-own-year",
        ),
    ],
)
def test_r5_twin_each_verb_keeps_its_own_year(told: str, body: str, verdict: Verdict) -> None:
    words = body.split(" in ")[0]
    assert _judged_whole(body, [_banker(told)], "clause", words, DAY) == [verdict]


# R6 (main 1d983ee6, the clause judge's verbs: 'won' an award and 'was awarded' / 'received' it are not read as one
# deed, so the page's passive leaves the claim unverified): 'Nina Moe won the Nobel Prize in Chemistry in 2020.' is
# unverified against 'In 2020 she was awarded the Nobel Prize in Chemistry.' ('was awarded' against the same words is
# SUPPORTED, and 'won' against 'won'); 'received' the same. Science and culture pages tell prizes with 'was awarded'.
def _chemist(told: str) -> Document:
    """Nina Moe's invented page: a Norbian chemist, with `told` after her lead."""
    return page("Nina Moe", f"Nina Moe (born 1975) is a Norbian chemist. {told}", SAVED)


AWARDED = "In 2020 she was awarded the Nobel Prize in Chemistry."


@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(AWARDED, "Nina Moe won the Nobel Prize in Chemistry in 2020.", id="won-for-awarded"),
        pytest.param(AWARDED, "Nina Moe received the Nobel Prize in Chemistry in 2020.", id="received-for-awarded"),
        pytest.param(
            "In 2020 she won the Nobel Prize in Chemistry.",
            "Nina Moe was awarded the Nobel Prize in Chemistry in 2020.",
            id="awarded-for-won",
        ),
    ],
)
def test_r6_won_and_was_awarded_are_one_deed(told: str, body: str) -> None:
    assert _judged_whole(body, [_chemist(told)], "clause", "Nobel Prize", DAY) == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    ("told", "body", "verdict"),
    [
        pytest.param(
            AWARDED, "Nina Moe was awarded the Nobel Prize in Chemistry in 2020.", Verdict.SUPPORTED, id="same"
        ),
        pytest.param(AWARDED, "Nina Moe won the Nobel Prize in Physics in 2020.", Verdict.UNVERIFIED, id="physics"),
        pytest.param(
            AWARDED,
            "Nina Moe was awarded the Nobel Prize in Physics in 2020.",
            Verdict.UNVERIFIED,
            id="awarded-physics",
        ),
    ],
)
def test_r6_twin_the_prize_itself_decides(told: str, body: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [_chemist(told)], "clause", "Nobel Prize", DAY) == [verdict]


# R7 (MENDED by fixd43, session 43: names.toml lower_case_heads, judging.toml clause.firsts; main 1d983ee6,
# `verify.kinds.clause.__init__._is_named`: a subject is a name only when every word is
# capitalised, so a disease's name ('Korvik fever'; Lassa fever, Spanish flu, Ebola virus disease) names no page:
# `wants` asks for none, and `undecided` says "The clause's subject names no page to check 'Korvik fever was
# identified …' against" even when the page was read; and (clause judge, judging.toml `once`) a deed told as a first
# ('first identified', 'first described') is not a once-only event, so 'Korvik fever was first identified in 2001.'
# is left unverified against the page's 'first identified in Norby in 2011' (the true year is SUPPORTED when the page
# is given). In a live run nothing about the disease is checked.
def test_r7_a_diseases_name_names_its_page() -> None:
    (claim,) = [
        c
        for c in extract_claims(article_from_text("N\n\nKorvik fever was first identified in 2011.\n"))
        if c.kind == "clause"
    ]
    assert "Korvik fever" in CLAUSE.wants(claim).later


def test_r7_a_first_of_another_year_is_refuted() -> None:
    body = "Korvik fever was first identified in 2001."
    assert _judged_whole(body, [_fever()], "clause", "identified", DAY) == [Verdict.CONTRADICTED]


def test_r7_twin_the_first_of_that_year_is_supported() -> None:
    body = "Korvik fever was first identified in 2011."
    assert _judged_whole(body, [_fever()], "clause", "identified", DAY) == [Verdict.SUPPORTED]


# R8 (MENDED by the lead, main eb2b130e; found on main 1d983ee6, the quantity kind's sums:
# extraction gives a sum written with a currency symbol the relation
# 'amount' and its ISO code as unit ('$240 million': 'USD'), and `verify.kinds.quantity.judge.number_findings` ->
# `_sentence_findings` looks for the figure followed by the unit's stem ('240 million ... usd'), which a page writing
# '$240 million' never holds): every sum told with '$', '€' or '£' is left unverified, the page's own words or another
# figure alike: 'Korvik Bank made a net profit of $240 million in 2023.' against the same sentence on its page; '$420
# million' is never refuted; 'The Long Winter grossed $12 million.' the same. '240 million euros' is read both ways.
def _bank(told: str) -> Document:
    """Korvik Bank's invented page, with `told` after its lead."""
    return page("Korvik Bank", f"Korvik Bank is a Norbian bank founded in 1990. {told}", SAVED)


def _film(told: str) -> Document:
    """The invented film's page, with `told` after its lead."""
    return page("The Long Winter", f"The Long Winter is a 2018 Norbian drama film directed by Nina Moe. {told}", SAVED)


@pytest.mark.parametrize(
    ("doc", "body", "words", "verdict"),
    [
        pytest.param(
            _bank("Korvik Bank made a net profit of $240 million in 2023."),
            "Korvik Bank made a net profit of $240 million in 2023.",
            "$240",
            Verdict.SUPPORTED,
            id="dollars",
        ),
        pytest.param(
            _bank("Korvik Bank made a net profit of $240 million in 2023."),
            "Korvik Bank made a net profit of $420 million in 2023.",
            "$420",
            Verdict.CONTRADICTED,
            id="dollars-other",
        ),
        pytest.param(
            _bank("Korvik Bank made a net profit of €240 million in 2023."),
            "Korvik Bank made a net profit of €240 million in 2023.",
            "€240",
            Verdict.SUPPORTED,
            id="euro-sign",
        ),
        pytest.param(
            _film("The Long Winter grossed $12 million."),
            "The Long Winter grossed $12 million.",
            "$12",
            Verdict.SUPPORTED,
            id="box-office",
        ),
    ],
)
def test_r8_a_sum_with_a_currency_sign_is_judged(doc: Document, body: str, words: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [doc], "quantity", words, DAY) == [verdict]


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Korvik Bank made a net profit of 240 million euros in 2023.", Verdict.SUPPORTED, id="same"),
        pytest.param("Korvik Bank made a net profit of 420 million euros in 2023.", Verdict.CONTRADICTED, id="other"),
    ],
)
def test_r8_twin_a_sum_in_words_is_judged(body: str, verdict: Verdict) -> None:
    doc = _bank("Korvik Bank made a net profit of 240 million euros in 2023.")
    assert _judged_whole(body, [doc], "quantity", "million euros", DAY) == [verdict]


# R9 (MENDED by the lead, main eb2b130e; found on main 1d983ee6,
# `verify.kinds.quantity.judge._the_page_itself`: on the subject's own page the subject is found
# before a count only as 'it' or 'the <title's last word>' (`^It\b|\bit\b`), never 'Its', 'He', 'She'): 'Korvik
# Bank's net profit rose to 240 million euros in 2023.' is unverified against 'Its net profit rose to 240 million
# euros in 2023.' (and '420 million' not refuted); 'Lena Vos won two gold medals at the 2020 Summer Olympics.' against
# 'She won two gold medals at the 2020 Summer Olympics.'; 'Ivo Stam wrote 14 novels.' against 'He wrote 14 novels and
# six plays.' Pages tell a company's accounts with 'Its' and a person's tallies with 'He'/'She' more than any other way.
def _swimmer(told: str) -> Document:
    """Lena Vos's invented page: a Norbian swimmer, with `told` after her lead."""
    return page("Lena Vos", f"Lena Vos (born 12 March 1996) is a Norbian swimmer. {told}", SAVED)


def _novelist(told: str) -> Document:
    """Ivo Stam's invented page: a Norbian novelist who died on 3 May 2024, with `told` after his lead."""
    return page(
        "Ivo Stam", f"Ivo Stam (12 June 1941 – 3 May 2024) was a Norbian novelist and playwright. {told}", SAVED
    )


@pytest.mark.parametrize(
    ("doc", "body", "words", "verdict"),
    [
        pytest.param(
            _bank("Its net profit rose to 240 million euros in 2023."),
            "Korvik Bank's net profit rose to 240 million euros in 2023.",
            "240",
            Verdict.SUPPORTED,
            id="its",
        ),
        pytest.param(
            _bank("Its net profit rose to 240 million euros in 2023."),
            "Korvik Bank's net profit rose to 420 million euros in 2023.",
            "420",
            Verdict.CONTRADICTED,
            id="its-other",
        ),
        pytest.param(
            _swimmer("She won two gold medals at the 2020 Summer Olympics."),
            "Lena Vos won two gold medals at the 2020 Summer Olympics.",
            "two gold medals",
            Verdict.SUPPORTED,
            id="she",
        ),
        pytest.param(
            _novelist("He wrote 14 novels and six plays."),
            "Ivo Stam wrote 14 novels.",
            "14",
            Verdict.SUPPORTED,
            id="he",
        ),
    ],
)
def test_r9_the_page_subject_as_a_pronoun_counts(doc: Document, body: str, words: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [doc], "quantity", words, DAY) == [verdict]


@pytest.mark.parametrize(
    ("doc", "body", "words", "verdict"),
    [
        pytest.param(
            _bank("The bank's net profit rose to 240 million euros in 2023."),
            "Korvik Bank's net profit rose to 420 million euros in 2023.",
            "420",
            Verdict.CONTRADICTED,
            id="the-bank",
        ),
        pytest.param(
            _swimmer("Vos won two gold medals at the 2020 Summer Olympics."),
            "Lena Vos won two gold medals at the 2020 Summer Olympics.",
            "two gold medals",
            Verdict.SUPPORTED,
            id="surname",
        ),
    ],
)
def test_r9_twin_the_page_subject_named_counts(doc: Document, body: str, words: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [doc], "quantity", words, DAY) == [verdict]


# R10 (main 1d983ee6, extraction and clause `_age_at_death`: a relative clause's 'who has died aged 84' is given the
# OBJECT 'aged 84' and 'has died at 82' the quantity '82', while `_age_at_death` reads the age only from the claim's
# time, as the main clause's 'has died aged 84' gives it): the obituary lede 'Ivo Stam, who has died aged 84, ...' is
# unverified against the lead's '(12 June 1941 – 3 May 2024)' (82 at death), and so is the true 'aged 82'; 'Ivo Stam
# has died at 82.' too. 'Ivo Stam has died aged 84.' is CONTRADICTED and 'aged 82' SUPPORTED.
OBITUARY_DAY = dt.date(2024, 5, 6)


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Ivo Stam, who has died aged 84, was a novelist.", Verdict.CONTRADICTED, id="relative-wrong"),
        pytest.param("Ivo Stam, who has died aged 82, was a novelist.", Verdict.SUPPORTED, id="relative-right"),
        pytest.param("Ivo Stam has died at 82.", Verdict.SUPPORTED, id="died-at"),
    ],
)
def test_r10_an_age_at_death_is_read_wherever_told(body: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [_novelist("")], "clause", "died", OBITUARY_DAY) == [verdict]


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Ivo Stam has died aged 84.", Verdict.CONTRADICTED, id="wrong"),
        pytest.param("Ivo Stam has died aged 82.", Verdict.SUPPORTED, id="right"),
    ],
)
def test_r10_twin_the_main_clauses_age_at_death_is_read(body: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [_novelist("")], "clause", "died", OBITUARY_DAY) == [verdict]


# R11 (main 1d983ee6, the quantity owner of a reported clause: a speaker with an apposition ('Korvik Bank's chief
# executive, Jon Dahl, said ...') is given the figures he reports, and with the apposition after the name ('Jon Dahl,
# Korvik Bank's chief executive, said ...') the figures are given their own units as owners ('percent', 'euros')):
# "Korvik Bank's chief executive, Jon Dahl, said net profit rose 12% to 240 million euros in 2023." reads "Jon Dahl —
# count — 240,000,000 euros" in the report and is unverified against the bank's page giving that very profit. With the
# speaker last ('..., chief executive Jon Dahl said.') the bank owns them. Business wire copy puts the speaker first.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Korvik Bank's chief executive, Jon Dahl, said net profit rose 12% to 240 million euros in 2023.",
            id="title-first",
        ),
        pytest.param(
            "Jon Dahl, Korvik Bank's chief executive, said net profit rose 12% to 240 million euros in 2023.",
            id="name-first",
        ),
    ],
)
def test_r11_the_reported_figure_is_the_banks(body: str) -> None:
    (result,) = _of_kind(
        body, [_bank("Korvik Bank's net profit rose 12% to 240 million euros in 2023.")], "quantity", "240"
    )
    assert (result.verdict, checked_line(result).split(" — ")[0]) == (Verdict.SUPPORTED, "Checked: Korvik Bank")


def test_r11_twin_the_speaker_last_leaves_the_figure_the_banks() -> None:
    body = "Korvik Bank's net profit rose 12% to 240 million euros in 2023, chief executive Jon Dahl said."
    (result,) = _of_kind(
        body, [_bank("Korvik Bank's net profit rose 12% to 240 million euros in 2023.")], "quantity", "240"
    )
    assert (result.verdict, checked_line(result).split(" — ")[0]) == (Verdict.SUPPORTED, "Checked: Korvik Bank")


# R12 (main 1d983ee6, extraction of 'had a magnitude of 6.8': the quantity claim's subject is 'magnitude' (context
# 'Korvik earthquake'), and `verify.kinds.quantity.judge.magnitude_findings` asks the pages about
# `claim.effective_subject`, which no quake page is): 'The 2023 Korvik earthquake had a magnitude of 6.8.' is
# unverified against the quake's page 'It had a magnitude of 6.8', the report reading "Checked: magnitude (context:
# Korvik earthquake) — magnitude — magnitude 6.8".
def test_r12_the_quakes_magnitude_is_the_quakes() -> None:
    doc = _quake("It had a magnitude of 6.8 and killed 214 people.")
    body = "The 2023 Korvik earthquake had a magnitude of 6.8."
    (result,) = _of_kind(body, [doc], "quantity", "6.8")
    assert (result.verdict, checked_line(result).split(" — ")[0]) == (
        Verdict.SUPPORTED,
        "Checked: Korvik earthquake",
    )


def test_r12_twin_another_magnitude_is_not_supported() -> None:
    doc = _quake("It had a magnitude of 6.8 and killed 214 people.")
    body = "The 2023 Korvik earthquake had a magnitude of 7.2."
    assert Verdict.SUPPORTED not in _judged_whole(body, [doc], "quantity", "7.2", DAY)


# R13 (main 1d983ee6, the role kind's extraction of 'took over as <post> from <person> in <year>': the post's words run
# on to the end of the clause): 'Eva Lund took over as prime minister from Ivo Stam in 2019.' is read "Eva Lund —
# holds office — prime minister from Ivo Stam in 2019" and unverified against her infobox (Prime Minister of Norby
# since 4 May 2019, predecessor Ivo Stam). 'Eva Lund was sworn in as prime minister on 4 May 2019.' is read
# "prime minister" and SUPPORTED.
def test_r13_the_post_taken_over_is_the_post() -> None:
    (result,) = _of_kind("Eva Lund took over as prime minister from Ivo Stam in 2019.", [], "role", "prime minister")
    assert " — prime minister — " in checked_line(result), checked_line(result)


def test_r13_twin_sworn_in_as_is_the_post() -> None:
    (result,) = _of_kind("Eva Lund was sworn in as prime minister on 4 May 2019.", [], "role", "prime minister")
    assert " — prime minister — " in checked_line(result), checked_line(result)


# R14 (MENDED by fixd43, session 43: 'It' or 'the <head noun>' on a thing's own page is read; main 1d983ee6,
# `verify.kinds.date.judge._about_subject`: a sentence speaks of the subject when it names the
# subject, or, on the subject's own page, when it holds 'he', 'she' or 'they' (`_HE_OR_SHE`); never 'it' nor 'the
# <head noun>'): every dated deed a body, a work, a structure or an event's own page tells with 'It' is left
# unverified, and another day for it is never refuted: 'Korvik Bank was founded on 3 May 1990.' against 'It was founded
# on 3 May 1990.'; 'The 2023 Korvik earthquake struck on 14 March 2023.' against 'It struck on 12 March 2023 ...';
# 'The Northern Trade Organisation was established on 12 May 1996.' against 'It was established on 12 May 1994.';
# 'Korvik Bridge opened on 3 September 2018.' against 'The bridge opened on 3 September 2018.' A person's page with
# 'he' is read, and so is the page writing the name. Pages of companies, organisations, events and films say 'It'.
@pytest.mark.parametrize(
    ("doc", "body", "verdict"),
    [
        pytest.param(
            _bank("It was founded on 3 May 1990."),
            "Korvik Bank was founded on 3 May 1990.",
            Verdict.SUPPORTED,
            id="bank-founded",
        ),
        pytest.param(
            _bank("It was founded on 3 May 1990."),
            "Korvik Bank was founded on 5 May 1990.",
            Verdict.CONTRADICTED,
            id="bank-founded-other-day",
        ),
        pytest.param(
            page(
                "2023 Korvik earthquake",
                "The 2023 Korvik earthquake was a magnitude 6.8 earthquake in southern "
                "Norby. It struck on 12 March 2023 at 04:10 local time.",
                SAVED,
            ),
            "The 2023 Korvik earthquake struck on 14 March 2023.",
            Verdict.CONTRADICTED,
            id="quake-struck-other-day",
        ),
        pytest.param(
            _organisation("It was established on 12 May 1994."),
            "The Northern Trade Organisation was established on 12 May 1996.",
            Verdict.CONTRADICTED,
            id="organisation-established-other-day",
        ),
        pytest.param(
            page("Korvik Bridge", "Korvik Bridge is a bridge in Norby. The bridge opened on 3 September 2018.", SAVED),
            "Korvik Bridge opened on 3 September 2018.",
            Verdict.SUPPORTED,
            id="the-bridge",
        ),
    ],
)
def test_r14_a_bodys_own_page_tells_its_dates_with_it(doc: Document, body: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [doc], "date", "on ", DAY) == [verdict]


@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(
            _bank("Korvik Bank was founded on 3 May 1990."), "Korvik Bank was founded on 3 May 1990.", id="named"
        ),
        pytest.param(_banker("He was arrested on 3 May 2021."), "Jon Dahl was arrested on 3 May 2021.", id="he"),
    ],
)
def test_r14_twin_a_named_subject_or_a_persons_pronoun_is_read(doc: Document, body: str) -> None:
    assert _judged_whole(body, [doc], "date", "on ", DAY) == [Verdict.SUPPORTED]


# R15 (MENDED by fixd43, session 43: `clause.judge._without_subjects_apposition` sets the aside apart; main 1d983ee6,
# the clause judge: a year written in an aside of the clause's subject ('Korvik Bank, founded in
# 1990, acquired ...') keeps the main deed from any support: the claim's fields are those of 'Korvik Bank acquired
# Tarsa Bank in 2015' (time 2015, object Tarsa Bank), and with only its words changed to drop the aside
# `clause_findings` SUPPORTS it; an aside without a year ('a lender', 'based in Korvik', 'founded long ago') keeps the
# support; cause in a reading of `claim.text`, not located further): 'Korvik Bank, founded in 1990, acquired Tarsa Bank
# in 2015.' and 'Korvik FC, which was founded in 1901, won the league in 2020.' are unverified against pages stating
# both facts (the aside's own claim 'founded in 1990' is SUPPORTED). Wire, business and sport copy introduce a body so.
def _club(told: str) -> Document:
    """Korvik FC's invented page, with `told` after its lead."""
    return page("Korvik FC", f"Korvik FC is a Norbian football club founded in 1901. {told}", SAVED)


@pytest.mark.parametrize(
    ("doc", "body", "words"),
    [
        pytest.param(
            _bank("In 2015 it acquired Tarsa Bank."),
            "Korvik Bank, founded in 1990, acquired Tarsa Bank in 2015.",
            "acquired",
            id="participle",
        ),
        pytest.param(
            _club("It won the league in 2020."),
            "Korvik FC, which was founded in 1901, won the league in 2020.",
            "won the league",
            id="relative",
        ),
    ],
)
def test_r15_a_dated_aside_does_not_undo_the_main_deed(doc: Document, body: str, words: str) -> None:
    assert _judged_whole(body, [doc], "clause", words, DAY) == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    ("doc", "body", "words"),
    [
        pytest.param(
            _bank("In 2015 it acquired Tarsa Bank."),
            "Korvik Bank, based in Korvik, acquired Tarsa Bank in 2015.",
            "acquired",
            id="undated-aside",
        ),
        pytest.param(_club("It won the league in 2020."), "Korvik FC won the league in 2020.", "won", id="no-aside"),
    ],
)
def test_r15_twin_an_undated_aside_keeps_the_support(doc: Document, body: str, words: str) -> None:
    assert _judged_whole(body, [doc], "clause", words, DAY) == [Verdict.SUPPORTED]


def test_r15_twin_another_year_of_the_main_deed_is_not_supported() -> None:
    body = "Korvik Bank, founded in 1990, acquired Tarsa Bank in 2017."
    found = _judged_whole(body, [_bank("In 2015 it acquired Tarsa Bank.")], "clause", "acquired", DAY)
    assert Verdict.SUPPORTED not in found, found


# ---------------------------------------------------------------------------------------------------------------
# N1 (main 1d983ee6, `verify.app.find_articles` lists a folder's `.txt`, `.html` and `.htm` files as articles, and
# `verify.article.refuse_verify_file` then refuses verify's own HTML pages as "a report, not an article", while its
# Markdown and JSON reports are simply not listed): a folder checked with its reports written into it (`verify check
# desk/ --out desk/`, or `--out .` in a job that checks the working folder) passes once and fails the next time: the
# second run says "verify: error: desk/index.html: is a report, not an article ...", counts "1 article could not be
# checked" and exits 2 (a usage error) though nothing changed, and every later run adds an index-verify-N.html beside
# it (the index of the run before is an input). With `--format html` each article's own page is refused the same way.
# Its own pages are known to it (`verify_page`): a rerun should pass over them as it passes over its .md and .json.
def _desk(tmp_path) -> str:
    """A folder holding the seed article and its reviewed claims' cassette, as a desk's folder would."""
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "nato-defense-chiefs.txt").write_text(Path(SEED).read_text(encoding="utf-8"), encoding="utf-8")
    return str(desk)


CHECK_INTO_ITSELF = ("--cassettes", "fixtures/cassettes", "--claims", "claims", "--offline", "--quiet")


@pytest.mark.parametrize("formats", [pytest.param((), id="index-only"), pytest.param(("--format", "html"), id="html")])
def test_n1_a_rerun_into_the_articles_folder_passes_as_the_first(tmp_path, formats: tuple[str, ...]) -> None:
    desk = _desk(tmp_path)
    first = _run("check", desk, "--out", desk, *formats, *CHECK_INTO_ITSELF)
    second = _run("check", desk, "--out", desk, *formats, *CHECK_INTO_ITSELF)
    assert (first.exit_code, second.exit_code, _errors(second)) == (0, 0, []), second.stderr


def test_n1_twin_a_rerun_into_another_folder_passes(tmp_path) -> None:
    desk, out = _desk(tmp_path), str(tmp_path / "reports")
    first = _run("check", desk, "--out", out, "--format", "html", *CHECK_INTO_ITSELF)
    second = _run("check", desk, "--out", out, "--format", "html", *CHECK_INTO_ITSELF)
    assert (first.exit_code, second.exit_code, _errors(second)) == (0, 0, []), second.stderr


# R16 (main 1d983ee6, clause judge `_another_side` (judging.toml clause.sides: 'guilty' / 'not guilty'): a page giving
# the other side of the same verb only withholds support, and 'acquitted' / 'cleared' against 'convicted' are read as
# two unrelated deeds, so a verdict or plea told the wrong way round is never refuted): 'Jon Dahl was found not guilty
# of fraud in 2021.' is unverified against 'In 2021 he was found guilty of fraud.' (and the other way); 'Jon Dahl was
# acquitted of fraud in 2021.' against 'In 2021 he was convicted of fraud.'; 'Jon Dahl pleaded guilty to fraud in
# 2021.' against 'In 2021 he pleaded not guilty to fraud.' The lexicon's own note says the other side "states the
# opposite deed". Court copy's commonest error is the outcome.
@pytest.mark.parametrize(
    ("told", "body", "words"),
    [
        pytest.param(
            "In 2021 he was found guilty of fraud.",
            "Jon Dahl was found not guilty of fraud in 2021.",
            "found",
            id="found-not-guilty",
        ),
        pytest.param(
            "In 2021 he was found not guilty of fraud.",
            "Jon Dahl was found guilty of fraud in 2021.",
            "found",
            id="found-guilty",
        ),
        pytest.param(
            "In 2021 he was convicted of fraud.",
            "Jon Dahl was acquitted of fraud in 2021.",
            "acquitted",
            id="acquitted",
        ),
        pytest.param(
            "In 2021 he pleaded not guilty to fraud.",
            "Jon Dahl pleaded guilty to fraud in 2021.",
            "pleaded",
            id="pleaded-guilty",
        ),
    ],
)
def test_r16_the_other_verdict_is_refuted(told: str, body: str, words: str) -> None:
    assert _judged_whole(body, [_banker(told)], "clause", words, DAY) == [Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    ("told", "body", "words"),
    [
        pytest.param(
            "In 2021 he was found guilty of fraud.", "Jon Dahl was found guilty of fraud in 2021.", "found", id="guilty"
        ),
        pytest.param(
            "In 2021 he was convicted of fraud; the conviction was overturned on appeal in 2022.",
            "Jon Dahl was convicted of fraud in 2021.",
            "convicted",
            id="overturned-later",
        ),
    ],
)
def test_r16_twin_the_verdict_given_is_supported(told: str, body: str, words: str) -> None:
    assert _judged_whole(body, [_banker(told)], "clause", words, DAY) == [Verdict.SUPPORTED]


# R17 (main 1d983ee6, the role kind's reading of 'Its <post>, <name>': 'Its' is resolved to the last NAMED thing
# before it, and a body the article names only by a common noun ('the weather agency said ...') is skipped, so the post
# is given the country the sentence before named: 'Floods in northern Norby killed 40 people, the weather agency said.
# Its director, Ivo Stam, said ...' is read "Ivo Stam — holds office — director of Norby", SUPPORTED ("holds it") by
# his infobox's 'Director of the National Museum of Norby', another body's post. With the agency named ('the Norbian
# Weather Agency said ... Its director, Ivo Stam') the post is the agency's and the museum's row supports nothing.
# Wire copy names a body in full once, then 'the agency', then 'its director'.
def _museum_director() -> Document:
    """Ivo Stam's invented page: the director of the national museum, by his infobox."""
    return boxed(
        "Ivo Stam",
        "Ivo Stam (born 1960) is a Norbian art historian.",
        [("office1", "Director of the National Museum of Norby"), ("term_start1", "1 January 2018")],
        SAVED,
    )


def test_r17_another_bodys_director_does_not_support() -> None:
    body = "Floods in northern Norby killed 40 people, the weather agency said. Its director, Ivo Stam, said more rain."
    found = _judged_whole(body, [_museum_director()], "role", "director", DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r17_twin_the_named_agencys_director_is_not_supported_by_the_museums() -> None:
    body = "The Norbian Weather Agency said more rain was expected. Its director, Ivo Stam, said rivers would rise."
    found = _judged_whole(body, [_museum_director()], "role", "director", DAY)
    assert Verdict.SUPPORTED not in found, found


# R18 (main 1d983ee6, quantity owner of a sum in a wire story: the agency of the dateline ('KORVIK, June 3 (Reuters)
# -') is the last name before the figure and is read as its owner): 'Prime Minister Eva Lund said the government
# would release 50 million kroner in emergency aid.' in a story opened by that dateline is read "Checked: Reuters —
# count — 50,000,000 kroner". Every wire story opens so; the government's figure is no news agency's.
def test_r18_the_datelines_agency_owns_no_figure() -> None:
    body = (
        "KORVIK, June 3 (Reuters) - Floods in northern Norby have killed at least 40 people, officials said.\n\n"
        "Prime Minister Eva Lund said the government would release 50 million kroner in emergency aid."
    )
    (result,) = _of_kind(body, [], "quantity", "kroner")
    assert "Reuters" not in checked_line(result), checked_line(result)


def test_r18_twin_the_agencys_own_figure_is_its() -> None:
    body = "KORVIK, June 3 (Reuters) - Reuters employs 2,500 journalists, the agency said."
    (result,) = _of_kind(body, [], "quantity", "2,500")
    assert checked_line(result).startswith("Checked: Reuters —"), checked_line(result)


# ---------------------------------------------------------------------------------------------------------------
# B-items found on main eb2b130e (the lead's mend of R8 and R9, merged into this branch): each row passed on main
# 1d983ee6 (unverified there, or supported for B4) and fails from eb2b130e on, so they are strict xfails here.
#
# B1 (main eb2b130e, `verify.kinds.quantity.judge._sums_in` with the extraction's CURRENCY pattern: 'NZ$', 'A$', 'C$'
# and 'HK$' are read as '$', the US dollar, on the page as in the claim): 'Korvik Bank made a net profit of $240
# million in 2023.' is SUPPORTED by '... a net profit of NZ$240 million' (and A$, HK$, C$), and '$300 million' is
# CONTRADICTED by 'C$240 million', a sum in another currency, which the commit says "neither states nor refutes it".
# On 1d983ee6 all were unverified. (The claim's own 'NZ$240 million' is extracted as '$240 million', unit USD.)
@pytest.mark.parametrize(
    ("told", "body", "words"),
    [
        pytest.param("a net profit of NZ$240 million", "a net profit of $240 million", "240", id="nz-supports"),
        pytest.param("a net profit of HK$240 million", "a net profit of $240 million", "240", id="hk-supports"),
        pytest.param("a net profit of C$240 million", "a net profit of $300 million", "300", id="c-refutes"),
    ],
)
def test_b1_another_dollar_neither_states_nor_refutes(told: str, body: str, words: str) -> None:
    doc = _bank(f"In 2023 it made {told}.")
    found = _judged_whole(f"Korvik Bank made {body} in 2023.", [doc], "quantity", words, DAY)
    assert found == [Verdict.UNVERIFIED], found


def test_b1_twin_the_us_dollar_written_us_dollar_is_the_dollar() -> None:
    doc = _bank("In 2023 it made a net profit of US$240 million.")
    body = "Korvik Bank made a net profit of $240 million in 2023."
    assert _judged_whole(body, [doc], "quantity", "240", DAY) == [Verdict.SUPPORTED]


# B2 (main eb2b130e, `_the_page_itself`'s personal pronouns: on a person's page any 'he', 'she', 'his' or 'her' before
# a count is read as the page's person, whatever the person's own pronoun (`holder.pronoun_of` knows it)): 'Ivo Stam
# won two Olympic gold medals.' is SUPPORTED by his page's 'He married Ana Ruiz in 1970. She won two Olympic gold
# medals.' (his wife's medals). Unverified on 1d983ee6. A page tells the spouse's, the mother's, the coach's deeds so.
def test_b2_the_other_pronoun_is_someone_else() -> None:
    doc = page(
        "Ivo Stam",
        "Ivo Stam (born 1950) is a Norbian footballer. He married Ana Ruiz in 1970. She won two Olympic gold medals.",
        SAVED,
    )
    found = _judged_whole("Ivo Stam won two Olympic gold medals.", [doc], "quantity", "two", DAY)
    assert Verdict.SUPPORTED not in found, found


# B3 (main eb2b130e, the pronoun reading meets an owner misread by extraction: "Ivo Stam's son won 14 caps for Norby."
# gives the quantity claim the owner 'Norby'; the page's 'He won 41 caps for Norby.' on Ivo Stam's page is now read as
# the count) : the son's 14 caps are CONTRADICTED ("another count, 41 caps") by the father's. Unverified on 1d983ee6.
def test_b3_the_fathers_count_does_not_refute_the_sons() -> None:
    doc = page("Ivo Stam", "Ivo Stam (born 1950) is a Norbian footballer. He won 41 caps for Norby.", SAVED)
    found = _judged_whole("Ivo Stam's son won 14 caps for Norby.", [doc], "quantity", "14", DAY)
    assert Verdict.CONTRADICTED not in found, found


# B4 (main eb2b130e, `_sums_in`: a sum in the claim's currency word is read only with the word right after the figure
# ('240 million kroner'), and a sum now reads only `_sums_in`'s figures): 'Korvik Bank made a net profit of 240 million
# kroner in 2023.' was SUPPORTED on 1d983ee6 by '... a net profit of 240 million Danish kroner' and is unverified
# from eb2b130e on (support lost). Pages name the kroner, the dollar, the franc by their country.
def test_b4_a_currency_with_its_country_still_states_the_sum() -> None:
    doc = _bank("In 2023 it made a net profit of 240 million Danish kroner.")
    body = "Korvik Bank made a net profit of 240 million kroner in 2023."
    assert _judged_whole(body, [doc], "quantity", "240", DAY) == [Verdict.SUPPORTED]


# B5 (branch s42-fixq42 1657e6cf, R5+R6: clause judge `_figure_of_another_clause` sets aside a page sentence whose
# figure stands only in a clause past a semicolon that does not word the claim's verb; a clause telling the same deed
# in other words loses its support): 'Jon Dahl pleaded guilty to three counts of fraud in 2020.' is SUPPORTED on main
# by 'In 2020 he pleaded guilty; he admitted three counts of fraud.' and unverified on the branch. (Its other row on
# the branch, '... pleaded guilty in 2020; he had been charged with three counts of fraud.', is rightly no longer
# supported: that is the mend.) A plain test: passes on main, fails on the branch.
def test_b5_a_deed_retold_past_a_semicolon_keeps_its_figure() -> None:
    doc = _banker("In 2020 he pleaded guilty; he admitted three counts of fraud.")
    body = "Jon Dahl pleaded guilty to three counts of fraud in 2020."
    assert _judged_whole(body, [doc], "clause", "pleaded", DAY) == [Verdict.SUPPORTED]


# B6 (branch s42-fixd42 e6bfada2, review41 R2/R17 mend: clause judge `_tied_otherwise` / `_roles_apart` read a name the
# page ties to the verb by 'in' (place) and the claim by 'to'/'into' (goal) as another deed): verbs of being sent or
# settling somewhere take either: 'Ana Ruiz was deployed to Tarsa in 2019.' against 'In 2019 she was deployed in
# Tarsa.', 'posted to Tarsa' against 'posted in Tarsa as ambassador', 'settled in Korvik' against 'settled into
# Korvik', 'elected to the Korvik council' against 'elected in the Korvik council' are SUPPORTED on main and
# unverified on the branch. (The branch's own rows, 'joined Halden FC from Korvik FC', 'moved from Korvik FC to Halden
# FC', 'visited Halden, near the border with Tarsa', are source against goal or a place beside: those stay apart.)
# A plain test: passes on main, fails on the branch.
@pytest.mark.parametrize(
    ("told", "body", "words"),
    [
        pytest.param(
            "In 2019 she was deployed in Tarsa.", "Ana Ruiz was deployed to Tarsa in 2019.", "deployed", id="deployed"
        ),
        pytest.param(
            "In 2019 she was posted in Tarsa as ambassador.",
            "Ana Ruiz was posted to Tarsa in 2019.",
            "posted",
            id="posted",
        ),
        pytest.param(
            "In 2010 she settled into Korvik.", "Ana Ruiz settled in Korvik in 2010.", "settled", id="settled"
        ),
        pytest.param(
            "In 2019 she was elected in the Korvik council.",
            "Ana Ruiz was elected to the Korvik council in 2019.",
            "elected",
            id="elected",
        ),
    ],
)
def test_b6_to_and_in_of_a_posting_are_one_deed(told: str, body: str, words: str) -> None:
    doc = page("Ana Ruiz", f"Ana Ruiz (born 1965) is a Norbian diplomat. {told}", SAVED)
    assert _judged_whole(body, [doc], "clause", words, DAY) == [Verdict.SUPPORTED]


# R19 (main 1d983ee6 and eb2b130e, the clause judge's birthplace: a named building the page gives as the place of birth
# ('Korvik Hospital', 'Korvik General Hospital') is read as another place than the town it is named after and refutes
# it; 'at a hospital in Korvik' SUPPORTS and "at St Mary's Hospital in Korvik" is unverified; cause not located):
# 'Eva Lund was born in Korvik.' is CONTRADICTED by 'She was born at Korvik Hospital.' and by the lead's '(born 3 March
# 1968 at Korvik General Hospital)'. Profiles and obituaries give the hospital as often as the town.
@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(
            page("Eva Lund", "Eva Lund (born 1968) is a Norbian politician. She was born at Korvik Hospital.", SAVED),
            id="sentence",
        ),
        pytest.param(
            page("Eva Lund", "Eva Lund (born 3 March 1968 at Korvik General Hospital) is a Norbian politician.", SAVED),
            id="lead",
        ),
    ],
)
def test_r19_a_hospital_named_after_the_town_does_not_refute_it(doc: Document) -> None:
    found = _judged_whole("Eva Lund was born in Korvik.", [doc], "clause", "born", DAY)
    assert Verdict.CONTRADICTED not in found, found


def test_r19_twin_a_hospital_in_the_town_supports_it() -> None:
    doc = page("Eva Lund", "Eva Lund (born 1968) is a Norbian politician. She was born at a hospital in Korvik.", SAVED)
    assert _judged_whole("Eva Lund was born in Korvik.", [doc], "clause", "born", DAY) == [Verdict.SUPPORTED]


# B7 (branch s42-ext42 807a3074, role.extract `title_run_as_name`: one capitalised word after a title that ends in its
# field ('... of State', '... of Defence') is read as the rest of the field's name ('Minister of Foreign' + 'Affairs')
# unless the story named that person in full): a holder named by surname alone after such a title loses its role
# claim: 'Secretary of State Stam said on Monday ...' and "Norby's Minister of Defence Stam visited Korvik on Monday."
# give the role claim (Stam, Secretary of State / Minister of Defence) on main and none on the branch. Headlines,
# ledes and quotes name a minister so ('Secretary of State Blinken'); the title's field is closed by a known office.
# A plain test: passes on main, fails on the branch.
@pytest.mark.parametrize(
    ("text", "office"),
    [
        pytest.param(
            "Secretary of State Stam said on Monday that Norby would join the alliance.",
            "Secretary of State",
            id="secretary-of-state",
        ),
        pytest.param("Norby's Minister of Defence Stam visited Korvik on Monday.", "Minister of Defence", id="defence"),
    ],
)
def test_b7_a_surname_after_a_full_title_is_its_holder(text: str, office: str) -> None:
    claims = extract_claims(article_from_text(f"Norby news\n\n{text}\n", as_of=DAY))
    assert [(c.subject, c.value) for c in claims if c.kind == "role"] == [("Stam", office)]


# B8 (branch s42-n42 10f19d11, review41 N2's mend: `claimfile._check_corrections` now bounds the claim's own `subject`
# as a page title, 255 bytes at most): a claim file `verify extract` wrote itself, unedited, is refused by `verify
# check` when extraction gave a subject longer than that (a long run of capitalised words read as one body's name):
# "verify: error: claims/x.json: line 7: field 'claims.0.subject': claim ... is longer than any page title (255
# bytes)", exit 2, no report. On main the check runs. What extract writes, check must read (or extract must not
# write it). A plain test: passes on main, fails on the branch.
def test_b8_a_claim_file_extract_wrote_is_read_by_check(tmp_path) -> None:
    name = (
        "Korvik Northern Southern Eastern Western Central Federal National Royal United Associated Consolidated "
        "International Continental Atlantic Pacific Arctic Baltic Nordic Alpine Coastal Highland Lowland "
        "Metropolitan Municipal Provincial Regional Territorial Cooperative Mutual Savings Commercial Industrial "
        "Agricultural Maritime Aviation Railway Telegraph Telephone Electric Power Water Gas Mining Steel Textile "
        "Chemical Pharmaceutical Insurance Trust Holding Investment Development Reconstruction Bank"
    )
    article = tmp_path / "long.txt"
    article.write_text(f"Norby news\n\n{name} employs 5,000 people. {name} was founded in 1990.\n", encoding="utf-8")
    claims = tmp_path / "claims"
    claims.mkdir()
    assert _run("extract", str(article), "-o", str(claims / "long.json")).exit_code == 0
    result = _run("check", str(article), "--claims", str(claims), "--offline", "--out", str(tmp_path / "r"))
    assert _errors(result) == [], result.stderr


def _climber(told: str) -> Document:
    """Nina Moe's invented page: a Norbian mountaineer, with `told` after her lead."""
    return page("Nina Moe", f"Nina Moe (born 1970) is a Norbian mountaineer. {told}", SAVED)


# B9 (MENDED by fixd43, session 43: judging.toml clause.one_deed;
# branch s42-fixd42 88f8aae5, review41 R18 mend 'a first ranks by its deed': the deed's words after 'the first
# woman to' must match, so the same deed in other words no longer supports): 'Nina Moe was the first woman to climb
# Mount Korvik.' is SUPPORTED on main by 'In 1995 she became the first woman to reach the summit of Mount Korvik.' and
# unverified on the branch. (Also lost there, more arguably: 'the first woman to lead Norby' against 'the first woman
# to serve as prime minister of Norby'.) A plain test: passes on main, fails on the branch.
def test_b9_the_same_first_in_other_words_is_supported() -> None:
    doc = _climber("In 1995 she became the first woman to reach the summit of Mount Korvik.")
    body = "Nina Moe was the first woman to climb Mount Korvik."
    assert _judged_whole(body, [doc], "clause", "first", DAY) == [Verdict.SUPPORTED]


# R20 (main 1d983ee6 and eb2b130e, and s42-fixd42 88f8aae5, the clause judge's firsts: a first narrowed after its deed
# ('without oxygen', 'solo', 'in winter') is read as the plain first): 'Nina Moe was the first woman to climb Mount
# Korvik.' is SUPPORTED by 'She was the first woman to climb Mount Korvik without oxygen.' The narrowing before the
# noun is read ('the first Norbian woman to climb' does not support 'the first woman to climb'); after the deed it is
# not. Mountaineering, sport and science firsts are told so ('first to climb Everest without supplemental oxygen').
@pytest.mark.parametrize(
    "narrowed",
    [
        pytest.param("without oxygen", id="without-oxygen"),
        pytest.param("solo", id="solo"),
        pytest.param("in winter", id="in-winter"),
    ],
)
def test_r20_a_narrowed_first_does_not_support_the_plain_one(narrowed: str) -> None:
    doc = _climber(f"She was the first woman to climb Mount Korvik {narrowed}.")
    found = _judged_whole("Nina Moe was the first woman to climb Mount Korvik.", [doc], "clause", "first", DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r20_twin_the_plain_first_is_supported() -> None:
    doc = _climber("She was the first woman to climb Mount Korvik, in 1995.")
    body = "Nina Moe was the first woman to climb Mount Korvik."
    assert _judged_whole(body, [doc], "clause", "first", DAY) == [Verdict.SUPPORTED]
