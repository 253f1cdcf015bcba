"""Findings of review49 (session 49), as rows the desk would meet: a sentence of an invented article judged through the
article's whole judging (`verify.judge.judge`) against invented pages (`tests/support/judging.py`), each beside its
twin (the true case still right). A B-item is a regression found in this session's changes: a plain test where it
passes on main (it fails once its branch is merged), an `_open` strict xfail where the change is on main already.
S-items (false "supported") and R-items (false "contradicted" or lost support) are open on main and at bf5a8f77 both.
The list with its status is /work/briefs49/review49-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.test_recall49b import STAM  # the holder before Ana Ruiz, whose page names her his successor in May 2024
from tests.test_review26 import _open
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Document, Verdict
from verify.retrieve import EvidencePool

DAY = dt.date(2025, 6, 1)  # Sunday 1 June 2025, after the pages' revision
SAVED = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)
SUMMER_2024 = dt.date(2024, 6, 10)
SPRING_2023 = dt.date(2023, 4, 3)


def _verdicts(body: str, docs: list[Document], kind: str, words: str, day: dt.date = DAY) -> list[Verdict]:
    """The verdicts on the claims of `kind` whose words hold `words`, of an article of `body` dated `day`, judged whole
    against `docs` alone."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=day))
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), day)
    return [r.verdict for c, r in zip(claims, results, strict=True) if c.kind == kind and words in c.text]


# ---------------------------------------------------------------------------------------------------------------
# B1 (false "contradicted"; on main: s49-recall49b 662627a6, verify/kinds/clause/judge.py `_dated_to_the_handover`
# in `_another_holder_between`): a succession the sentence dates only by its month, of a post the story tells
# (a football club's coach), is refuted by another holder's page whose office changed hands to the subject that
# month ('In May, Ana Ruiz replaced Tom Berg' against Ivo Stam's 'Term ended: May 2, 2024 / Successor: Ana Ruiz').
# One person may take two posts in one month (a reshuffle, a second seat): a month matching the handover says
# nothing of which post the sentence means when it names none. At bf5a8f77: unverified.
def test_b1_a_month_alone_does_not_pick_another_posts_handover() -> None:
    body = "Halden FC has a new coach. In May, Ana Ruiz replaced Tom Berg, who was sacked."
    found = _verdicts(body, [STAM], "clause", "replaced Tom Berg", SUMMER_2024)
    assert found and Verdict.CONTRADICTED not in found, found


def test_b1_twin_the_day_of_the_handover_still_refutes() -> None:
    # recall49b's own row: the day told is the handover's, and no other post is in the story
    body = "The Norby Statistics Office has a new head. Ana Ruiz was sworn in on 2 May, succeeding Tom Berg."
    assert _verdicts(body, [STAM], "clause", "succeeding", SUMMER_2024) == [Verdict.CONTRADICTED]


# ---------------------------------------------------------------------------------------------------------------
# B2 (false "contradicted"; on main: s49-recall49b 662627a6, verify/judge.py `_succession_of` with judging.toml
# clause.succession_forms): the role read from 'succeeding Tom Berg' (he held the post) now takes the succession
# clause's verdict, and the clause is itself wrongly refuted (R1 below, open at bf5a8f77): the sentence names the post
# (chair of the Data Council), the page's office begun that month is another (the directorship after Ivo Stam). At
# bf5a8f77 the role was unverified; on main both are "contradicted". Closed by s50-fixb50 with R1.
_LEAD = "Ana Ruiz (born 1970) is a Norby economist who led the Norby Statistics Office from 2021 to 2024."
ONE_OFFICE = boxed(
    "Ana Ruiz",
    _LEAD,
    [
        ("office", "Director of the Norby Statistics Office"),
        ("term_start", "March 4, 2021"),
        ("term_end", "May 2, 2024"),
        ("predecessor", "Ivo Stam"),
        ("successor", "Per Olsen"),
    ],
)
_DISMISSED = "Ana Ruiz, a Norby economist, was dismissed on Friday."


def test_b2_the_participles_role_of_another_post() -> None:
    body = f"{_DISMISSED} She became chair of the Norby Data Council in March 2021, succeeding Tom Berg."
    found = _verdicts(body, [ONE_OFFICE], "role", "succeeding Tom Berg", SUMMER_2024)
    assert found and Verdict.CONTRADICTED not in found, found


def test_b2_twin_the_participle_of_the_post_on_the_page() -> None:
    body = f"{_DISMISSED} She became director in March 2021, succeeding Tom Berg."
    assert _verdicts(body, [ONE_OFFICE], "role", "succeeding Tom Berg", SUMMER_2024) == [Verdict.CONTRADICTED]


# R1 (false "contradicted", open at bf5a8f77 and on main; verify/kinds/clause/judge.py, the succession read against the
# office group begun in the claim's month): 'became chair of the Norby Data Council in March 2021, succeeding Tom
# Berg' is refuted by the directorship begun in March 2021 after Ivo Stam, though the sentence names another post.
# Closed by s50-fixb50 (`_another_post_told`); its twins are in tests/test_fixb50.py.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            f"{_DISMISSED} She became chair of the Norby Data Council in March 2021, succeeding Tom Berg.",
            id="as-chair",
        ),
        pytest.param(
            f"{_DISMISSED} In March 2021 she took over from Tom Berg at the Norby Data Council.", id="at-the-council"
        ),
    ],
)
def test_r1_a_succession_to_another_named_post(body: str) -> None:
    found = _verdicts(body, [ONE_OFFICE], "clause", "Tom Berg", SUMMER_2024)
    assert found and Verdict.CONTRADICTED not in found, found


# ---------------------------------------------------------------------------------------------------------------
# B3 (false "contradicted"; branch s49-recall49a 4c9e4ca5, verify/kinds/clause/judge.py `_pronoun_after_a_plain_opener`
# used by `_another_year_bound`): an opening phrase naming no one by a capitalised name may still tell a relative's
# deed ('After his brother joined the Norby Herald in 1989, he moved to Halden'): the pronoun after it is the page's
# person, but the year in the opener is the brother's joining, and it refutes 'He joined the Norby Herald in 1987'.
# At bf5a8f77: unverified; on main since the merge 6bccbb5c: contradicted.
_STAM_JOURNALIST = "Ivo Stam (born 1964) is a Norby journalist and broadcaster."
_NAMED_EDITOR = "Ivo Stam, a Norby journalist, was named editor on Monday."


def test_b3_a_relatives_deed_in_the_opening_phrase_is_not_his() -> None:
    doc = page("Ivo Stam", f"{_STAM_JOURNALIST} After his brother joined the Norby Herald in 1989, he moved to Halden.")
    body = f"{_NAMED_EDITOR} He joined the Norby Herald in 1987."
    found = _verdicts(body, [doc], "clause", "joined the Norby Herald in 1987", SPRING_2023)
    assert found and Verdict.CONTRADICTED not in found, found


def test_b3_twin_his_own_deed_after_a_plain_opener() -> None:
    doc = page("Ivo Stam", f"{_STAM_JOURNALIST} After a spell at Acme Bank, he joined the Norby Herald in 1989.")
    body = f"{_NAMED_EDITOR} He joined the Norby Herald in 1989."
    assert _verdicts(body, [doc], "clause", "joined the Norby Herald in 1989", SPRING_2023) != [Verdict.CONTRADICTED]


# ---------------------------------------------------------------------------------------------------------------
# B4 (false "contradicted", weaker; branch s49-recall49a 4c9e4ca5, verify/kinds/clause/judge.py `degree_findings`,
# `need` of one word for a degree of a named level): 'a doctorate from the University of Norby in 1991' is refuted by
# 'a doctorate from the Norby School of Economics in 1994': the one word shared is the country's name, which many
# schools carry; another school's doctorate is another degree. At bf5a8f77: unverified; on main (6bccbb5c):
# contradicted. Closed in session 50 (s50-fixa50, `_another_school_named`).
def test_b4_a_doctorate_of_another_school_sharing_the_countrys_name() -> None:
    doc = page(
        "Ivo Stam", f"{_STAM_JOURNALIST} He received a doctorate from the Norby School of Economics in 1994."
    )
    body = f"{_NAMED_EDITOR} He received a doctorate from the University of Norby in 1991."
    found = _verdicts(body, [doc], "clause", "doctorate from the University of Norby", SPRING_2023)
    assert found and Verdict.CONTRADICTED not in found, found


# ---------------------------------------------------------------------------------------------------------------
# B5 (lost support; branch s49-fixa49 06becc94, verify/kinds/date/judge.py `_another_than_the_post_after`): the post
# after the date must carry the office's post word, so a description of the office by another head word ('as head of
# Norby's central bank' for 'Governor of the Central Bank of Norby') drops the term start that dated it: the date
# claim 'took office on 4 March 2021' goes supported -> unverified (on main since the merge 10fd599b). Cautious (no
# false verdict); the lead may accept it.
def _ruiz_in(office: str) -> Document:
    return boxed("Ana Ruiz", _LEAD, [("office", office), ("term_start", "March 4, 2021")])


@pytest.mark.parametrize(
    ("post", "office"),
    [
        pytest.param("head of Norby's central bank", "Governor of the Central Bank of Norby", id="head-for-governor"),
        pytest.param(
            "director of the National Statistics Office",
            "Director of the Norby Statistics Office",
            id="national-for-norby",
        ),
    ],
)
@_open("B5 open: a description of the post after the date ('as head of Norby's central bank') drops its support")
def test_b5_a_description_of_the_post_after_the_date(post: str, office: str) -> None:
    body = f"Ana Ruiz, who took office on 4 March 2021 as {post}, spoke on Friday."
    assert _verdicts(body, [_ruiz_in(office)], "date", "took office on 4 March 2021") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# S1 (false "supported", open at bf5a8f77 and on main and s49-lead; verify/kinds/role/judge.py `_person_office_findings`
# and `tense`): 'She has been Mayor of Halden since 2010; she stepped down in March 2025.' supports 'Eva Lund, the mayor
# of Halden' in a June 2025 article: the stepping down after the semicolon ends the mayoralty told before it
# (s49-lead's `_clause_end` now stops the window at that semicolon by design, so the ending is never read). Closed in
# session 50 (s50-fixa50, verify/kinds/role/judge.py `_ended_later`).
def _lund(told: str) -> Document:
    return page("Eva Lund", f"Eva Lund (born 9 September 1970) is a Norbian politician. {told}", SAVED)


def test_s1_an_ending_after_the_semicolon() -> None:
    doc = _lund("She has been Mayor of Halden since 2010; she stepped down in March 2025.")
    found = _verdicts("Eva Lund, the mayor of Halden, opened the bridge on Friday.", [doc], "role", "mayor of Halden")
    assert found and Verdict.SUPPORTED not in found, found


def test_s1_twin_held_still() -> None:
    doc = _lund("She has been Mayor of Halden since 2010; she was re-elected in 2022.")
    found = _verdicts("Eva Lund, the mayor of Halden, opened the bridge on Friday.", [doc], "role", "mayor of Halden")
    assert found == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# B6 (false "contradicted", and lost support; on main: s49-lead 98596883 (merge ba4e58a2), verify/kinds/clause/judge.py
# `_area_after` now reading a nation inside the claim's words, with `_area_in_another_country` and
# `_another_nation_given`): a town the claim puts in the country it lies in today ('born in Karachi, Pakistan, in 1940')
# is refuted by the infobox's place written with the state of the birth's day ('Karachi, Sind, British India'), and
# the page sentence 'born in Karachi, British India' no longer supports it. A country's name changes with its borders:
# a page naming another country than the claim's, for the same town, is the same birthplace under an older name.
# At bf5a8f77: supported (both rows).
def _born_in(place: str) -> Document:
    return boxed(
        "Eva Lund",
        "Eva Lund (born 9 September 1940) is a Norbian politician.",
        [("birth_date", "9 September 1940"), ("birth_place", place)],
    )


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(_born_in("Karachi, Sind, British India"), id="infobox"),
        pytest.param(
            page(
                "Eva Lund",
                "Eva Lund (born 9 September 1940) is a Norbian politician. She was born in Karachi, British India, to "
                "a family of traders.",
            ),
            id="sentence",
        ),
    ],
)
def test_b6_the_town_under_the_country_of_its_day(doc: Document) -> None:
    assert _verdicts("Eva Lund was born in Karachi, Pakistan, in 1940.", [doc], "clause", "born in Karachi") == [
        Verdict.SUPPORTED
    ]


def test_b6_twin_the_town_in_the_country_named_alike() -> None:
    doc = _born_in("Karachi, Pakistan")
    found = _verdicts("Eva Lund was born in Karachi, Pakistan, in 1940.", [doc], "clause", "born in Karachi")
    assert found == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# B7 (false "supported"; on main: s49-lead 96856e3e (merge ba4e58a2), verify/offices.py `portfolio_head_last` through
# `office_wordings`): 'Defence Minister Eva Lund' is now looked for as 'Minister for Defence', which the page's
# 'Minister for Defence Personnel' (a junior post beside the defence minister's; 'Minister for Defence Industry' is
# rightly set apart by `another_portfolio_found`) begins with: supported. A word after the portfolio that is no
# portfolio's name still makes another post. At bf5a8f77: unverified. The head-first reading is back in s50-fixb50
# with the guard `title_goes_on` (the page's title must end where the portfolio does), so the twin passes.
def test_b7_a_narrower_post_after_the_portfolio() -> None:
    doc = _lund("Since 2023 she has been Minister for Defence Personnel.")
    found = _verdicts("Defence Minister Eva Lund visited the base on Friday.", [doc], "role", "Defence Minister")
    assert found and Verdict.SUPPORTED not in found, found


@_open("R1 open again: the post-first reading was taken back (review50 B6, B7, B10, B11)")
def test_b7_twin_the_portfolios_minister() -> None:
    doc = _lund("Since 2023 she has been Minister for Defence.")
    found = _verdicts("Defence Minister Eva Lund visited the base on Friday.", [doc], "role", "Defence Minister")
    assert found == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# B8 (FALSE "SUPPORTED", and a false "contradicted"; on main: s49-recall49a 4c9e4ca5 (merge 6bccbb5c),
# verify/kinds/clause/judge.py `degree_findings` now taking `_pronoun_after_a_plain_opener`): the degree an opening
# phrase tells of a relative ('After his wife received a doctorate from the University of Bonn in 1990, he moved to
# Halden') is read as his, the pronoun after it being his: it supports 'He received a doctorate from the University of
# Bonn in 1990' and refutes the same in 1988. The opener names no one by a capitalised name, but 'his wife' is someone
# else (B3 is the same reading in `_another_year_bound`). At bf5a8f77: unverified both.
_WIFES_DOCTORATE = page(
    "Ivo Stam",
    f"{_STAM_JOURNALIST} After his wife received a doctorate from the University of Bonn in 1990, he moved to Halden.",
)


@pytest.mark.parametrize("year", ["1990", "1988"])
def test_b8_a_relatives_degree_in_the_opening_phrase_is_not_his(year: str) -> None:
    body = f"{_NAMED_EDITOR} He received a doctorate from the University of Bonn in {year}."
    found = _verdicts(body, [_WIFES_DOCTORATE], "clause", "doctorate from the University of Bonn", SPRING_2023)
    assert found == [Verdict.UNVERIFIED], found


def test_b8_twin_his_own_degree_after_a_plain_opener() -> None:
    doc = page(
        "Ivo Stam",
        f"{_STAM_JOURNALIST} After a year at Acme Bank, he received a doctorate from the University of Bonn in 1990.",
    )
    body = f"{_NAMED_EDITOR} He received a doctorate from the University of Bonn in 1990."
    found = _verdicts(body, [doc], "clause", "doctorate from the University of Bonn", SPRING_2023)
    assert found == [Verdict.SUPPORTED], found


# ---------------------------------------------------------------------------------------------------------------
# B9 (FALSE "SUPPORTED"; branch s49-fixc49 109ba1fe, verify/offices.py `_place_first_post` in `office_wordings`):
# 'Halden Mayor Eva Lund' is now looked for as 'mayor of halden', which the page's 'Mayor of Halden Heights' (another
# town whose name begins with the claim's) holds: supported. At bf5a8f77 and on main: unverified. A plain test: it
# fails once s49-fixc49 is merged.
def test_b9_the_place_first_title_is_not_a_longer_places_post() -> None:
    doc = _lund("Since 2023 she has been Mayor of Halden Heights.")
    found = _verdicts("Halden Mayor Eva Lund spoke on Friday.", [doc], "role", "Halden Mayor")
    assert found and Verdict.SUPPORTED not in found, found


# S2 (false "supported", at bf5a8f77 and on main): 'Governor of Halden Bank' supports 'Halden Governor Eva Lund' (the
# governor of a bank named after the place is no governor of the place). Closed in session 50 (s50-fixa50,
# verify/offices.py `named_longer` reading a one-place post's body word as a longer name).
def test_s2_a_banks_governor_is_not_the_places() -> None:
    doc = _lund("Since 2023 she has been Governor of Halden Bank.")
    found = _verdicts("Halden Governor Eva Lund spoke on Friday.", [doc], "role", "Halden Governor")
    assert found and Verdict.SUPPORTED not in found, found
