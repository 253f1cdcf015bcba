"""Findings of review48 (session 48), as rows the desk would meet: a one-fact-false sentence and its true twin,
extracted from an invented article and judged against invented pages (`tests/support/judging.py`) through the
article's whole judging (`verify.judge.judge`). S-items are false "supported" verdicts open on main (strict xfails),
R-items false "contradicted" or lost support of true claims open on main (strict xfails); a B-item (a regression found
on a helper branch) is a plain test that passes on main. The list with its status is
/work/briefs48/review48-findings.md."""

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

# The day of the invented articles (Sunday 1 June 2025), after the pages' revision (saved 1 April 2025).
DAY = dt.date(2025, 6, 1)
SAVED = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)


def _results(body: str, docs: list[Document], headline: str = "Norby news") -> list[tuple[Claim, ClaimResult]]:
    """Each claim of an article of `body` with its result, judged whole against `docs` alone."""
    claims = extract_claims(article_from_text(f"{headline}\n\n{body}\n", as_of=DAY))
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), DAY)
    return list(zip(claims, results, strict=True))


def _verdicts(
    body: str, docs: list[Document], kind: str = "", words: str = "", headline: str = "Norby news"
) -> list[Verdict]:
    """The verdicts on the claims (of `kind`, if given) whose words hold `words`."""
    found = _results(body, docs, headline)
    return [r.verdict for c, r in found if words in c.text and (not kind or c.kind == kind)]


def _moen(told: str) -> Document:
    """A politician's page whose lead is followed by `told`."""
    return page("Karl Moen", f"Karl Moen (born 3 March 1960) is a Norbian politician. {told}", SAVED)


def _lund(told: str) -> Document:
    """A politician's page (born 9 September 1970: 54 on the article's day) whose lead is followed by `told`."""
    return page("Eva Lund", f"Eva Lund (born 9 September 1970) is a Norbian politician. {told}", SAVED)


# ---------------------------------------------------------------------------------------------------------------
# S1 (false "SUPPORTED", a post-to-be for the post; main e148bde5): the page's 'On 2 May 2025 she was named prime
# minister-designate by President Ivo Stam.' SUPPORTS the date claim 'was named prime minister on 2 May 2025' ("dates it
# to 2 May 2025"), also in a relative clause; a designate is not yet the prime minister (the role claim is rightly left
# unverified, 'became prime minister on 2 May 2025' too). Cause: verify/kinds/date/judge.py (the deed's words are found
# in the page sentence with '-designate' after the post not read; judging.toml `successor_to_be` / titles.toml
# `past_or_coming` know 'designate' and 'elect' but the date judge does not ask them).
DESIGNATE = _lund("On 2 May 2025 she was named prime minister-designate by President Ivo Stam.")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Lund was named prime minister on 2 May 2025.", id="was-named"),
        pytest.param("Eva Lund, who was named prime minister on 2 May 2025, spoke.", id="relative-clause"),
    ],
)
def test_s1_a_designate_is_not_named_to_the_post(body: str) -> None:
    found = _verdicts(body, [DESIGNATE], "date", "named prime minister")
    assert found and Verdict.SUPPORTED not in found, found


def test_s1_twin_named_designate() -> None:
    body = "Eva Lund was named prime minister-designate on 2 May 2025."
    assert _verdicts(body, [DESIGNATE], "date") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# S2 (false "SUPPORTED", a succession only hoped for; main e148bde5): 'He was a candidate to succeed Jon Dahl as leader
# of the Labour Party in 2012.', '... was tipped to succeed ...', '... was in line to succeed ...' STATE 'Karl Moen
# succeeded Jon Dahl as leader of the Labour Party in 2012.' (the clause judge's "states it"; in a relative clause
# 'succeeded Jon Dahl' and its year '2012' are SUPPORTED too). 'was widely expected to succeed' is read right
# (unverified). Cause: verify/kinds/clause/judge.py `_sentence_findings`: the infinitive under a noun or participle of
# candidacy ('candidate to', 'tipped to', 'in line to', 'favourite to', 'frontrunner to') is taken as the deed done;
# nonfactual.toml `aim_words` / `[undone] verbs` know 'bid', 'attempt', 'offer', not these. Party-leadership races are
# told so.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "He was a candidate to succeed Jon Dahl as leader of the Labour Party in 2012.", id="candidate-to"
        ),
        pytest.param("In 2012 he was tipped to succeed Jon Dahl as leader of the Labour Party.", id="tipped-to"),
        pytest.param("In 2012 he was in line to succeed Jon Dahl as leader of the Labour Party.", id="in-line-to"),
    ],
)
def test_s2_a_candidate_to_succeed_did_not_succeed(told: str) -> None:
    body = "Karl Moen succeeded Jon Dahl as leader of the Labour Party in 2012."
    found = _verdicts(body, [_moen(told)], "clause")
    assert found and Verdict.SUPPORTED not in found, found


def test_s2_twin_the_succession_done() -> None:
    body = "Karl Moen succeeded Jon Dahl as leader of the Labour Party in 2012."
    doc = _moen("In 2012 he succeeded Jon Dahl as leader of the Labour Party.")
    assert _verdicts(body, [doc], "clause") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# S3 (false "SUPPORTED", another person's share in a comparison; main e148bde5; MENDED on s49-fixb49, whose `_won_by`
# reads a figure's doer after the participle hanging on it): 'He was elected mayor of Halden in 2000
# with 48% of the vote, less than the 52% won by Eva Lund in 1996.' STATES 'Karl Moen was elected mayor of Halden in
# 2000 with 52% of the vote.' (the clause; the quantity claim is rightly unverified): the 52% is Eva Lund's, in 1996,
# after 'less than the'. Cause: verify/kinds/clause/judge.py `_sentence_findings` ("states it": the figure is found
# anywhere in the sentence; the session-38 binding of a value to its own deed, test_fixr38 R13, reads coordinated deeds,
# not a figure in a comparison's noun phrase with its own participle 'won by'). Results copy compares with the last
# vote.
COMPARED = _moen(
    "He was elected mayor of Halden in 2000 with 48% of the vote, less than the 52% won by Eva Lund in 1996."
)


def test_s3_the_share_compared_with_is_not_his() -> None:
    body = "Karl Moen was elected mayor of Halden in 2000 with 52% of the vote."
    found = _verdicts(body, [COMPARED], "clause")
    assert found and Verdict.SUPPORTED not in found, found


def test_s3_twin_his_own_share() -> None:
    body = "Karl Moen was elected mayor of Halden in 2000 with 48% of the vote."
    assert _verdicts(body, [COMPARED], "clause") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# S4 (false "SUPPORTED", the first holder of a post for the first holder of a kind; main e148bde5; MENDED on s49-fixb49,
# whose `holders_narrowed` (verify/kinds/ordinals.py) reads a deed after the post an ordinal numbers, in the role
# judge's `ordinal_checked` and the clause judge's `ordinal_findings`): 'He was the first mayor of Halden to be born in
# Tarsa.' SUPPORTS 'Karl Moen was the first mayor of Halden.' (role, "says Karl Moen held it") and "Karl Moen, Halden's
# first mayor," (role and clause, "says first mayor of Halden to be born in Tarsa"): the first of those born in Tarsa is
# not the town's first mayor. A plain 'He was Mayor of Halden from 2000 to 2008.' leaves 'the first mayor' unverified,
# so the role judge reads the ordinal, but takes the page's narrowed first for the plain one. Cause:
# verify/kinds/role/judge.py (`first_of_a_kind` / the sentence reading: the infinitive after the page's 'first <post>'
# is not read), and the clause judge's ordinal reading (review42 R20's narrowing read after a deed, not a first holder's
# 'to be born in'). Profiles write 'the first mayor of X to be a woman / born abroad / openly gay'.
NARROWED_FIRST = _moen("He was the first mayor of Halden to be born in Tarsa.")


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        pytest.param("Karl Moen was the first mayor of Halden.", "role", id="role-copula"),
        pytest.param("Karl Moen, Halden's first mayor, spoke on Monday.", "role", id="role-apposition"),
        pytest.param("Karl Moen, Halden's first mayor, spoke on Monday.", "clause", id="clause-apposition"),
    ],
)
def test_s4_a_narrowed_first_holder_is_not_the_first_holder(body: str, kind: str) -> None:
    found = _verdicts(body, [NARROWED_FIRST], kind, "first mayor")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        pytest.param("Karl Moen was the first mayor of Halden.", "role", id="role-copula"),
        pytest.param("Karl Moen, Halden's first mayor, spoke on Monday.", "role", id="role-apposition"),
    ],
)
def test_s4_twin_the_first_holder(body: str, kind: str) -> None:
    doc = _moen("He was the first Mayor of Halden, from 1990 to 1998.")
    assert _verdicts(body, [doc], kind, "first mayor") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# S5 (false "SUPPORTED" by omission, an age in an apposition before a post OF a place; main e148bde5): 'Eva Lund, the
# 64-year-old mayor of Halden, spoke on Monday.' (she is 54) gives the role 'mayor of Halden', SUPPORTED, and no claim
# of the age; 'Eva Lund, the 64-year-old mayor, spoke' and 'Eva Lund, a 64-year-old lawyer, spoke' are rightly
# CONTRADICTED (the age is read), and so is 'The mayor of Halden, Eva Lund, 64, spoke'. Cause: extraction of the
# apposition's age (verify/kinds/clause/extract.py, the described-age reading, tests/test_clause_apposition_facts.py):
# with 'of <place>' after the post the age is dropped and only the role is kept. Local news writes just so.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Lund, the 64-year-old mayor of Halden, spoke on Monday.", id="the-mayor-of"),
        pytest.param(
            "Eva Lund, the 64-year-old mayor of Halden, said on Monday that she would run again.", id="said-that"
        ),
    ],
)
@_open("S5 open: 'the 64-year-old mayor of Halden' (she is 54) gives no age claim; the role is supported")
def test_s5_a_wrong_age_before_a_post_of_a_place_is_refuted(body: str) -> None:
    found = _verdicts(body, [_lund("She has been Mayor of Halden since 2015.")])
    assert Verdict.CONTRADICTED in found, found


def test_s5_twin_the_age_before_a_bare_post_is_read() -> None:
    doc = _lund("She has been Mayor of Halden since 2015.")
    assert Verdict.CONTRADICTED in _verdicts("Eva Lund, the 64-year-old mayor, spoke on Monday.", [doc], "clause")
    found = _verdicts("Eva Lund, the 54-year-old mayor, spoke on Monday.", [doc], "clause")
    assert found and Verdict.CONTRADICTED not in found, found


# ---------------------------------------------------------------------------------------------------------------
# S6 (false "SUPPORTED", a wrong day in a relative clause; main e148bde5): 'She was sworn in as Mayor of Halden on 27
# May 2025, succeeding Karl Moen.' STATES 'Eva Lund, who was sworn in on 29 May, succeeded Karl Moen.' (the whole
# clause), and 'Eva Lund, who was sworn in on Wednesday, succeeded Karl Moen.' (27 May 2025 was a Tuesday); the date
# claim 'sworn in on 29 May' is only unverified, so nothing on the line is refuted. A wrong YEAR ('who was sworn in in
# 2024') is rightly CONTRADICTED. Cause: verify/kinds/clause/judge.py `_sentence_findings` ("states it": the claim's day
# and month are not compared with the page's day when the year is not given; a weekday not at all).
SWORN = _lund("She was sworn in as Mayor of Halden on 27 May 2025, succeeding Karl Moen.")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Lund, who was sworn in on 29 May, succeeded Karl Moen.", id="another-day"),
        pytest.param("Eva Lund, who was sworn in on Wednesday, succeeded Karl Moen.", id="another-weekday"),
    ],
)
def test_s6_a_wrong_day_in_the_relative_clause_is_not_stated(body: str) -> None:
    found = _verdicts(body, [SWORN], "clause", "succeeded")
    assert found and Verdict.SUPPORTED not in found, found


def test_s6_twin_the_right_day() -> None:
    body = "Eva Lund, who was sworn in on 27 May, succeeded Karl Moen."
    assert _verdicts(body, [SWORN], "clause", "succeeded") == [Verdict.SUPPORTED]


def test_s6_twin_a_wrong_year_is_refuted() -> None:
    body = "Eva Lund, who was sworn in in 2024, succeeded Karl Moen."
    assert _verdicts(body, [SWORN], "clause", "succeeded") == [Verdict.CONTRADICTED]


# ---------------------------------------------------------------------------------------------------------------
# R1 (lost support, a minister titled by portfolio before the name; main e148bde5): 'Finance Minister Eva Lund', 'Former
# Justice Minister Eva Lund' and 'Agriculture Minister Eva Lund' are unverified against a page whose only word of it is
# 'She has been Minister of Finance since 2021.' (or 'She was Minister of Justice from 2021 to 2023.'), while
# 'Defence Minister' and 'Foreign Minister' are SUPPORTED by the same shapes. Cause: verify/link.py `office_phrases`
# turns 'X minister' into 'minister of X' only for offices.toml `[[ministries]]` (foreign, defence), so the role
# judge's sentence reading (`_wordings`) never looks for 'minister of finance'; with an infobox row the same claims are
# supported (review43 R1's pages). Most pages name a cabinet post by its formal title in running text. Closed by
# s50-fixb50 (`portfolio_head_last` with the guard `title_goes_on`; twins in tests/test_fixb50.py).
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param("She has been Minister of Finance since 2021.", "Finance Minister Eva Lund spoke.", id="finance"),
        pytest.param(
            "She was Minister of Justice from 2021 to 2023.", "Former Justice Minister Eva Lund spoke.", id="justice"
        ),
        pytest.param(
            "She has been Minister of Agriculture since 2021.", "Agriculture Minister Eva Lund spoke.", id="agriculture"
        ),
    ],
)
@_open("R1 open again: the post-first reading was taken back (review50 B6, B7, B10, B11)")
def test_r1_a_portfolio_title_before_the_name_is_read_in_the_formal_title(told: str, body: str) -> None:
    assert _verdicts(body, [_lund(told)], "role") == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param("She has been Minister of Defence since 2021.", "Defence Minister Eva Lund spoke.", id="defence"),
        pytest.param(
            "She was Minister of Defence from 2021 to 2023.", "Former Defence Minister Eva Lund spoke.", id="former"
        ),
    ],
)
def test_r1_twin_the_portfolios_the_lexicon_lists(told: str, body: str) -> None:
    assert _verdicts(body, [_lund(told)], "role") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# R2 (lost support, a ranked superlative stated word for word; main e148bde5): 'Korvik is the third-largest city in
# Norby.' (and "Korvik is Norby's third-largest city.") is unverified against the page's own 'Korvik is the
# third-largest city in Norby.', while 'the largest city' is SUPPORTED by 'the largest city'. Review38 R19's mend (a
# rank below the first supports no plain superlative) seems to set aside the ranked superlative for itself too. Cause:
# verify/kinds/clause/judge.py, the description reading ("describes them so") of an ordinal superlative. 'Norway's
# second-largest city' is the commonest aside a place gets.
RANKED_CITY = page("Korvik", "Korvik is the third-largest city in Norby and the capital of Tarsa County.", SAVED)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik is the third-largest city in Norby.", id="copula"),
        pytest.param("Korvik is Norby's third-largest city.", id="possessive"),
    ],
)
@_open("R2 open: 'Korvik is the third-largest city in Norby.' unverified against the page's same words")
def test_r2_the_pages_own_rank_is_supported(body: str) -> None:
    assert _verdicts(body, [RANKED_CITY], "clause", headline="Korvik economy") == [Verdict.SUPPORTED]


def test_r2_twin_the_plain_superlative() -> None:
    doc = page("Korvik", "Korvik is the largest city in Norby.", SAVED)
    body = "Korvik is the largest city in Norby."
    assert _verdicts(body, [doc], "clause", headline="Korvik economy") == [Verdict.SUPPORTED]


def test_r2_twin_another_rank_is_not_supported() -> None:
    body = "Korvik is the second-largest city in Norby."
    found = _verdicts(body, [RANKED_CITY], "clause", headline="Korvik economy")
    assert found and Verdict.SUPPORTED not in found, found


# ---------------------------------------------------------------------------------------------------------------
# R3 (lost support, a defeat told from the loser's side; main e148bde5): 'Karl Moen lost to Jon Dahl in 2008.' is
# unverified against his page's 'In 2008 he was defeated by Jon Dahl.', which SUPPORTS 'Karl Moen was defeated by Jon
# Dahl in 2008.' (the same deed, the verb another). Cause: verify/kinds/clause/judge.py, the verb match (judging.toml
# has no 'lose to' = 'be defeated by' / 'be beaten by'). Election and sports copy tell a defeat so.
DEFEATED = _moen("In 2008 he was defeated by Jon Dahl.")


def test_r3_lost_to_is_was_defeated_by() -> None:
    assert _verdicts("Karl Moen lost to Jon Dahl in 2008.", [DEFEATED], "clause") == [Verdict.SUPPORTED]


def test_r3_twin_the_pages_verb() -> None:
    assert _verdicts("Karl Moen was defeated by Jon Dahl in 2008.", [DEFEATED], "clause") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# R4 (lost support, a length of time spent stated word for word; main e148bde5): 'Karl Moen spent 12 years in the army.'
# is unverified against the page's own 'He spent 12 years in the army.' (the duration claim 'spent 12 years'). Cause:
# verify/kinds/duration/judge.py reads lengths from spells ('from 1990 to 2002', terms), not a length the page states
# with the claim's verb. Profiles give careers so ('spent two decades at the bank').
@_open("R4 open: 'spent 12 years in the army' unverified against 'He spent 12 years in the army.'")
def test_r4_a_stated_length_is_supported() -> None:
    doc = _moen("He spent 12 years in the army.")
    assert _verdicts("Karl Moen spent 12 years in the army.", [doc], "duration") == [Verdict.SUPPORTED]


def test_r4_twin_a_length_of_a_spell() -> None:
    doc = _moen("He was Mayor of Halden from 2000 to 2008.")
    assert _verdicts("Karl Moen served as mayor for eight years.", [doc], "duration") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# S7 (false "SUPPORTED", a resignation offered and refused; main e148bde5): 'He offered his resignation in 2019, but it
# was refused by the prime minister.', 'In 2019 he tendered his resignation, which the prime minister rejected.' and
# 'He submitted his resignation in 2019; it was not accepted.' STATE 'Karl Moen resigned in 2019.' 'In 2019 he offered
# to resign.' is read right (unverified: nonfactual.toml `[undone] verbs` has 'offer' with an infinitive). Cause:
# verify/kinds/clause/judge.py `_sentence_findings`: the deed's NOUN ('his resignation') under 'offer' / 'tender' /
# 'submit' is taken as the deed done, and the refusal after it ('was refused', 'rejected', 'not accepted') is not read
# (`aim_words` and `refusing_verbs` govern a noun's infinitive, not the noun itself). Cabinet crises are told so.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("He offered his resignation in 2019, but it was refused by the prime minister.", id="offered"),
        pytest.param("In 2019 he tendered his resignation, which the prime minister rejected.", id="tendered"),
        pytest.param("He submitted his resignation in 2019; it was not accepted.", id="submitted"),
    ],
)
def test_s7_a_resignation_refused_is_no_resignation(told: str) -> None:
    found = _verdicts("Karl Moen resigned in 2019.", [_moen(told)], "clause")
    assert found and Verdict.SUPPORTED not in found, found


def test_s7_twin_the_resignation() -> None:
    found = _verdicts("Karl Moen resigned in 2019.", [_moen("He resigned in 2019.")], "clause")
    assert found == [Verdict.SUPPORTED], found


# ---------------------------------------------------------------------------------------------------------------
# S8 (false "SUPPORTED", a resignation announced for later, or withdrawn; main e148bde5): 'In 2019 he said he would
# resign as mayor of Halden.', 'In 2019 he announced his intention to resign as mayor of Halden.' and 'He announced in
# 2019 that he would resign as mayor of Halden, but withdrew the decision a week later.' STATE 'Karl Moen resigned as
# mayor of Halden in 2019.' (also in a relative clause: 'resigned as mayor of Halden in 2019' SUPPORTED). Cause:
# verify/kinds/clause/judge.py `_sentence_findings`: a deed under 'would' in reported speech ('said he would',
# 'announced that he would') or under a noun of intent ('his intention to') is taken as done; nonfactual.toml
# `opinion_verbs` read 'intend' and 'plan' as verbs, not 'intention' as a noun, nor 'would' after 'said'. Politicians'
# pages tell announced departures so, and news often reports the resignation only when it takes effect.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("In 2019 he said he would resign as mayor of Halden.", id="said-he-would"),
        pytest.param("In 2019 he announced his intention to resign as mayor of Halden.", id="intention-to"),
        pytest.param(
            "He announced in 2019 that he would resign as mayor of Halden, but withdrew the decision a week later.",
            id="withdrawn",
        ),
    ],
)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Karl Moen resigned as mayor of Halden in 2019.", id="main"),
        pytest.param("Karl Moen, who resigned as mayor of Halden in 2019, spoke.", id="relative"),
    ],
)
def test_s8_a_resignation_announced_is_not_done(told: str, body: str) -> None:
    found = _verdicts(body, [_moen(told)], "clause", "resigned")
    assert found and Verdict.SUPPORTED not in found, found


def test_s8_twin_the_resignation_done() -> None:
    doc = _moen("In 2019 he resigned as mayor of Halden.")
    found = _verdicts("Karl Moen resigned as mayor of Halden in 2019.", [doc], "clause")
    assert found == [Verdict.SUPPORTED], found


# ---------------------------------------------------------------------------------------------------------------
# S9 (false "SUPPORTED", a past spell told in the present tense; main e148bde5): 'He coached Korvik FC from 2010 to
# 2014.' STATES 'Karl Moen coaches Korvik FC.' (also 'who coaches Korvik FC'), even when the page goes on 'and has
# coached Halden FC since 2020'; 'He represented Halden in parliament from 2005 to 2015, and has represented Korvik
# since 2015.' STATES 'Karl Moen represents Halden in parliament.' The present tense says he does so on the article's
# day; the page's spell ended years before. Cause: verify/kinds/clause/judge.py `_sentence_findings` ("states it": the
# verb is matched by its lemma, the claim's present tense not weighed against the page's closed spell 'from 2010 to
# 2014'; the role judge reads a closed spell, the clause judge not). Sports and constituency copy write so. Closed in
# session 50 (s50-fixa50, verify/kinds/clause/judge.py `_a_present_deed_told_as_ended`).
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param("He coached Korvik FC from 2010 to 2014.", "Karl Moen coaches Korvik FC.", id="coaches"),
        pytest.param(
            "He coached Korvik FC from 2010 to 2014 and has coached Halden FC since 2020.",
            "Karl Moen, who coaches Korvik FC, spoke.",
            id="coaches-another-club-now",
        ),
        pytest.param(
            "He represented Halden in parliament from 2005 to 2015, and has represented Korvik since 2015.",
            "Karl Moen represents Halden in parliament.",
            id="represents",
        ),
    ],
)
def test_s9_a_closed_spell_is_not_the_present(told: str, body: str) -> None:
    found = _verdicts(body, [_moen(told)], "clause", "Korvik" if "coach" in body else "Halden")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param("He has coached Korvik FC since 2020.", "Karl Moen coaches Korvik FC.", id="coaches"),
        pytest.param(
            "He represented Halden in parliament from 2005 to 2015, and has represented Korvik since 2015.",
            "Karl Moen represents Korvik in parliament.",
            id="represents",
        ),
    ],
)
def test_s9_twin_the_spell_held_now(told: str, body: str) -> None:
    assert _verdicts(body, [_moen(told)], "clause") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# S10 (false "SUPPORTED", another title's count; main e148bde5; MENDED on s49-fixb49, whose `_count_of_the_thing` reads
# the count next to the claimed thing): 'It has won the Norby Cup five times, most recently in 2019, and the league
# title twice.' STATES 'Korvik FC has won the Norby Cup twice.' (also in a relative clause): the claim's words end
# before 'twice' and the count is read only as a word the passage must hold, which it does for the league title. Without
# the league title's 'twice' the same claim is rightly unverified. Cause: verify/kinds/clause/judge.py `_times_done`
# (session 45: a count in or after the claim's words sets aside a passage that does not word it) takes the count
# anywhere in the passage, not as the claimed deed's. Club and player pages list honours so.
HONOURS = page(
    "Korvik FC",
    "Korvik FC is a Norbian football club. It has won the Norby Cup five times, most recently in 2019, and the league "
    "title twice.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik FC has won the Norby Cup twice.", id="main"),
        pytest.param("Korvik FC, which has won the Norby Cup twice, said on Monday.", id="relative"),
    ],
)
def test_s10_another_deeds_count_is_not_this_ones(body: str) -> None:
    found = _verdicts(body, [HONOURS], "clause", "Norby Cup", headline="Korvik FC news")
    assert found and Verdict.SUPPORTED not in found, found


def test_s10_twin_the_count_of_the_deed() -> None:
    found = _verdicts("Korvik FC has won the Norby Cup five times.", [HONOURS], "clause", headline="Korvik FC news")
    assert found == [Verdict.SUPPORTED], found


# ---------------------------------------------------------------------------------------------------------------
# S11 (false "SUPPORTED", a father of the same name; main e148bde5; MENDED on s49-fixb49: verify/holder.py
# `another_holder` reads an apposition giving another the subject's name, judging.toml holder.namesake_words, as a
# namesake's): 'His father, also named Karl Moen, was mayor of Halden from 1960 to 1970.' SUPPORTS 'Karl Moen, a former
# mayor of Halden, spoke.' and the role of 'Karl Moen was mayor of Halden from 1960 to 1970.' ("says Karl Moen held
# it"); 'He is the son of Jon Moen, mayor of Halden from 1960 to 1970.' is read right (unverified). Cause:
# verify/kinds/role/judge.py, the sentence reading: the subject's full name in the sentence is taken as the subject
# himself, though it is apposed to 'His father' ('also named'). Families of politicians, 'Jr.' and 'Sr.' whose pages
# drop the suffix, are told so.
SAME_NAMED_FATHER = _moen("His father, also named Karl Moen, was mayor of Halden from 1960 to 1970.")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Karl Moen, a former mayor of Halden, spoke.", id="a-former-mayor"),
        pytest.param("Karl Moen was mayor of Halden from 1960 to 1970.", id="was-mayor-from"),
    ],
)
def test_s11_the_fathers_post_is_not_the_sons(body: str) -> None:
    found = _verdicts(body, [SAME_NAMED_FATHER], "role")
    assert found and Verdict.SUPPORTED not in found, found


def test_s11_twin_his_own_post() -> None:
    doc = _moen("He was mayor of Halden from 1990 to 1998. His father, Jon Moen, was a teacher.")
    assert _verdicts("Karl Moen, a former mayor of Halden, spoke.", [doc], "role") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# S12 (false "SUPPORTED", a kin word inside a hyphened kin word; main e148bde5): 'He is the father-in-law of Eva Lund,
# the mayor of Halden.' and '... the step-father of Eva Lund ...' STATE 'Karl Moen is the father of Eva Lund.'; 'He is
# the brother-in-law of Jon Dahl.' (and 'His brother-in-law is Jon Dahl.') STATE 'Karl Moen is the brother of Jon
# Dahl.' 'He is the grandfather of Eva Lund' is read right (unverified). Cause: verify/kinds/clause/judge.py
# `_sentence_findings` ("states it": the claim's 'father' is found as a word of 'father-in-law' / 'step-father', the
# hyphen read as a word break). Profiles name in-laws in nearly every family paragraph.
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "He is the father-in-law of Eva Lund, the mayor of Halden.",
            "Karl Moen is the father of Eva Lund.",
            id="father-in-law",
        ),
        pytest.param(
            "He is the step-father of Eva Lund, the mayor of Halden.",
            "Karl Moen is the father of Eva Lund.",
            id="step-father",
        ),
        pytest.param(
            "He is the brother-in-law of Jon Dahl.", "Karl Moen is the brother of Jon Dahl.", id="brother-in-law"
        ),
        pytest.param(
            "His brother-in-law is Jon Dahl.", "Karl Moen is the brother of Jon Dahl.", id="his-brother-in-law"
        ),
    ],
)
def test_s12_an_in_law_is_not_the_kin(told: str, body: str) -> None:
    found = _verdicts(body, [_moen(told)], "clause")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "He is the father of Eva Lund, the mayor of Halden.", "Karl Moen is the father of Eva Lund.", id="father"
        ),
        pytest.param("He is the brother of Jon Dahl.", "Karl Moen is the brother of Jon Dahl.", id="brother"),
    ],
)
def test_s12_twin_the_kin(told: str, body: str) -> None:
    assert _verdicts(body, [_moen(told)], "clause") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# R5 (lost support, a fronted year and a participle after the post; main e148bde5): 'In 2021 she became defence
# minister, succeeding Jon Dahl.' leaves 'Eva Lund became defence minister in 2021.' unverified, while 'She became
# defence minister in 2021, succeeding Jon Dahl.' and 'In 2021 she became defence minister.' SUPPORT it; with the
# predecessor's own aside ('..., succeeding Jon Dahl, who moved to the Ministry of Justice.') 'Eva Lund succeeded Jon
# Dahl as defence minister in 2021.' is unverified too. Cause: verify/kinds/clause/judge.py, the year's binding (session
# 38's 'a fronted year dates the deed hanging from its verb', tests/test_fixr38.py) gives the fronted year to the
# participle 'succeeding', not to the main verb 'became'. The commonest shape of a career line on a politician's page.
# The 'became' row closed by s50-fixb50: its cause was `_another_thing_of_its_kind`, which read 'defence minister,
# succeeding' as a longer phrase ('minister succeeding') across the comma; the 'succeeded ... as' row stays open.
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "In 2021 she became defence minister, succeeding Jon Dahl.",
            "Eva Lund became defence minister in 2021.",
            id="became",
        ),
        pytest.param(
            "In 2021 she became defence minister, succeeding Jon Dahl, who moved to the Ministry of Justice.",
            "Eva Lund succeeded Jon Dahl as defence minister in 2021.",
            id="succeeded-with-an-aside",
            marks=_open("R5 open: the post told before the participle is not read as the succession's"),
        ),
    ],
)
def test_r5_a_fronted_year_dates_the_main_verb(told: str, body: str) -> None:
    assert _verdicts(body, [_lund(told)], "clause") == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("She became defence minister in 2021, succeeding Jon Dahl.", id="year-after"),
        pytest.param("In 2021 she became defence minister.", id="no-participle"),
    ],
)
def test_r5_twin_the_year_after_the_verb(told: str) -> None:
    assert _verdicts("Eva Lund became defence minister in 2021.", [_lund(told)], "clause") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# R6 (lost support, an aside between the predecessor and the post; main e148bde5): 'She succeeded Jon Dahl, who had
# resigned, as defence minister in 2021.' leaves 'Eva Lund succeeded Jon Dahl as defence minister in 2021.' (and the
# relative clause 'who succeeded Jon Dahl as defence minister in 2021') unverified; without the aside it is SUPPORTED.
# Cause: verify/kinds/clause/judge.py `_sentence_findings` (the claim's 'Jon Dahl as defence minister' is looked for
# as one run of words; the relative clause 'who had resigned' breaks it, and the post after it is read as not the
# succession's). Wire copy and pages both put the predecessor's fate there. Closed by s50-fixb50 (`_time_bound` reads
# the sentence without a relative aside set between commas; twins in tests/test_fixb50.py).
def test_r6_an_aside_after_the_predecessor_keeps_the_succession() -> None:
    doc = _lund("She succeeded Jon Dahl, who had resigned, as defence minister in 2021.")
    body = "Eva Lund succeeded Jon Dahl as defence minister in 2021."
    assert _verdicts(body, [doc], "clause") == [Verdict.SUPPORTED]


def test_r6_twin_without_the_aside() -> None:
    doc = _lund("She succeeded Jon Dahl as defence minister in 2021.")
    body = "Eva Lund succeeded Jon Dahl as defence minister in 2021."
    assert _verdicts(body, [doc], "clause") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# B1 (lost support and lost refutation; s48-fixa48 7b22048c, verify/kinds/clause/judge.py `_another_post_held`, the
# mend of review47 S1/R1): a ranked deed of holding 'the post' that names no post is read as the post its sentence
# wrote last before the ordinal, found only CAPITALISED (`_CAPITALISED_POST`); a page writing the post in lower case
# ('In 2021 she became foreign minister, the first woman to hold the post.', 'Since 2021 she has been speaker of the
# parliament, the second woman to hold the post.') has none, so the rank is set aside: the true 'Eva Lund is the first
# woman to hold the post of foreign minister.' goes from SUPPORTED (main) to unverified, and the false '... the second
# woman ...' from CONTRADICTED to unverified. Merged into main at aa12b3c0: a strict xfail since (open on main).
@pytest.mark.parametrize(
    ("told", "body", "verdict"),
    [
        pytest.param(
            "In 2021 she became foreign minister, the first woman to hold the post.",
            "Eva Lund is the first woman to hold the post of foreign minister.",
            Verdict.SUPPORTED,
            id="first-true",
        ),
        pytest.param(
            "In 2021 she became foreign minister, the first woman to hold the post.",
            "Eva Lund is the second woman to hold the post of foreign minister.",
            Verdict.CONTRADICTED,
            id="second-false",
        ),
        pytest.param(
            "Since 2021 she has been speaker of the parliament, the second woman to hold the post.",
            "Eva Lund is the second woman to hold the post of speaker of the parliament.",
            Verdict.SUPPORTED,
            id="speaker-true",
        ),
    ],
)
def test_b1_a_lower_case_post_before_the_rank_is_the_ranked_post(told: str, body: str, verdict: Verdict) -> None:
    assert _verdicts(body, [_lund(told)], "clause", "woman") == [verdict]


# ---------------------------------------------------------------------------------------------------------------
# S13 (false "SUPPORTED", a step into office dated by another office begun that day; main e148bde5, the same on
# s48-recall48 5423222e): 'Eva Lund took office on 4 March 2021 as chair of the Data Council.' (her page's only office
# begun that day is the statistics office's directorship) and 'Eva Lund took office on 4 March 2021 as director of the
# statistics office.' (the page's office begun that day is the DEPUTY directorship; the role is rightly CONTRADICTED)
# give the date claim 'took office on 4 March 2021', SUPPORTED. The post told after the date ('as chair of ...') is not
# the claim's, so the day of any office supports it; with the post before the date ('took office as director ... on 4
# March 2021') the claim is left unverified. Cause: date extraction (verify/kinds/date/extract.py: the claim's words end
# at the date, the 'as <post>' after it dropped) and the date judge's step into office (verify/kinds/date/judge.py: an
# office begun that day dates a step told without its post).
_STATS_LEAD = "Eva Lund (born 9 September 1970) is a Norbian economist."
STATS_DIRECTOR = boxed(
    "Eva Lund",
    _STATS_LEAD,
    [
        ("office", "Director of the Norby Statistics Office"),
        ("term_start", "4 March 2021"),
        ("predecessor", "Ivo Stam"),
    ],
    SAVED,
)
STATS_DEPUTY = boxed(
    "Eva Lund",
    _STATS_LEAD,
    [
        ("office", "Deputy Director of the Norby Statistics Office"),
        ("term_start", "4 March 2021"),
        ("predecessor", "Ivo Stam"),
    ],
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param(
            "Eva Lund took office on 4 March 2021 as chair of the Data Council.", STATS_DIRECTOR, id="another-body"
        ),
        pytest.param(
            "Eva Lund took office on 4 March 2021 as director of the statistics office.", STATS_DEPUTY, id="the-deputy"
        ),
    ],
)
def test_s13_the_post_after_the_date_is_the_steps(body: str, doc: Document) -> None:
    found = _verdicts(body, [doc], "date", "took office")
    assert found and Verdict.SUPPORTED not in found, found


def test_s13_twin_the_office_begun_that_day() -> None:
    body = "Eva Lund took office on 4 March 2021 as director of the statistics office."
    assert _verdicts(body, [STATS_DIRECTOR], "date", "took office") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# B2 (lost support; s48-fixb48 2955e6cf, verify/holder.py `_as_antecedent` with judging.toml holder.giving_a_post, the
# mend of review47 S18): a post after 'as' is given to the capitalised name after 'with', so 'Since 2017 he has served
# with Mayor Jon Dahl as deputy mayor of Halden.' is read as Jon Dahl's deputy mayoralty: 'Deputy Mayor Karl Moen' and
# 'Karl Moen, the deputy mayor of Halden' go from SUPPORTED (main) to unverified. 'with' names whom he serves beside as
# often as whom a post is given to ('with Eva Lund as his deputy'); the subject's verb ('has served') says which.
# Merged into main at 198f3ddf: a strict xfail since.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Deputy Mayor Karl Moen spoke.", id="title"),
        pytest.param("Karl Moen, the deputy mayor of Halden, spoke.", id="apposition"),
    ],
)
def test_b2_served_with_the_mayor_as_deputy_mayor_is_his_post(body: str) -> None:
    doc = _moen("Since 2017 he has served with Mayor Jon Dahl as deputy mayor of Halden.")
    assert _verdicts(body, [doc], "role") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# S14 (false "SUPPORTED", a bound turned over; main e148bde5): 'It employs 13,000 people and has 340 branches.'
# SUPPORTS 'Korvik Bank employs no more than 12,000 people.' (and 'not more than 12,000', 'no more than 300
# branches'): the quantity claim is 'more than 12,000 people', its 'no' dropped, so the upper bound is read as a lower
# one. 'no fewer than 300 branches' is read right (supported: at least 300). Cause: quantity extraction
# (verify/kinds/quantity/extract.py: the claim's words and bound start at 'more than'; the 'no' / 'not' before it, which
# turns 'more than' into 'at most', is not read). Business and casualty copy write 'no more than' as a cap.
BRANCHES = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1921. It employs 13,000 people and has 340 branches.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank employs no more than 12,000 people.", id="no-more-than"),
        pytest.param("Korvik Bank employs not more than 12,000 people.", id="not-more-than"),
        pytest.param("Korvik Bank has no more than 300 branches.", id="branches"),
    ],
)
def test_s14_no_more_than_is_an_upper_bound(body: str) -> None:
    found = _verdicts(body, [BRANCHES], "quantity", headline="Korvik Bank news")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank employs more than 12,000 people.", id="more-than"),
        pytest.param("Korvik Bank has no fewer than 300 branches.", id="no-fewer-than"),
    ],
)
def test_s14_twin_a_lower_bound(body: str) -> None:
    assert _verdicts(body, [BRANCHES], "quantity", headline="Korvik Bank news") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# S15 (false "SUPPORTED", another measure's change; main e148bde5; MENDED on s49-fixb49: `_figure_said_of_another` reads
# two measures the lexicon knows apart, `measured_apart`, and a change the other way, `_changed_the_other_way`): 'In
# 2024 its revenue rose 4% to 20 billion crowns.' STATES 'Korvik Bank's net profit rose 4% in 2024.' (the clause; its
# quantity '4%' is unverified), and 'In 2024 its net profit fell 12% to 3.1 billion crowns, while revenue rose 4% to 20
# billion crowns.' STATES 'Korvik Bank's revenue fell 4% in 2024.' (the verb of the profit's clause, the figure of the
# revenue's). Cause: verify/kinds/clause/judge.py `_sentence_findings` ("states it"): the measure the possessive names
# ('net profit', 'revenue') is not asked of the page sentence, and each value is found anywhere in it, not in the clause
# of the same measure. Results copy gives several measures a sentence.
RESULTS = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1921. In 2024 its net profit fell 12% to 3.1 billion crowns, while "
    "revenue rose 4% to 20 billion crowns.",
    SAVED,
)
REVENUE = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1921. In 2024 its revenue rose 4% to 20 billion crowns.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Korvik Bank's net profit rose 4% in 2024.", REVENUE, id="another-measure"),
        pytest.param("Korvik Bank's revenue fell 4% in 2024.", RESULTS, id="the-other-clauses-verb"),
    ],
)
def test_s15_another_measures_change_is_not_stated(body: str, doc: Document) -> None:
    found = _verdicts(body, [doc], "clause", headline="Korvik Bank news")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Korvik Bank's revenue rose 4% in 2024.", REVENUE, id="revenue"),
        pytest.param("Korvik Bank's net profit fell 12% in 2024.", RESULTS, id="net-profit"),
    ],
)
def test_s15_twin_the_measures_own_change(body: str, doc: Document) -> None:
    assert _verdicts(body, [doc], "clause", headline="Korvik Bank news") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# R7 (lost support, the second measure of a results sentence; main e148bde5): against S15's 'In 2024 its net profit
# fell 12% to 3.1 billion crowns, while revenue rose 4% to 20 billion crowns.' the TRUE 'Korvik Bank's revenue rose 4%
# in 2024.' and '... rose to 20 billion crowns in 2024.' are unverified (SUPPORTED by 'In 2024 its revenue rose 4% to
# 20 billion crowns.'). Cause: verify/kinds/clause/judge.py, the clause after 'while' (its subject 'revenue', no 'its')
# is not read as the page subject's. Not located further.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank's revenue rose 4% in 2024.", id="rose-4"),
        pytest.param("Korvik Bank's revenue rose to 20 billion crowns in 2024.", id="rose-to"),
    ],
)
@_open("R7 open: '..., while revenue rose 4% to 20 billion crowns.' leaves 'revenue rose 4% in 2024' unverified")
def test_r7_the_measure_after_while_is_the_pages_subjects(body: str) -> None:
    assert _verdicts(body, [RESULTS], "clause", headline="Korvik Bank news") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# B3 (lost support and lost refutation; s48-fixa48 3566017b, verify/kinds/quantity/judge.py
# `_another_part_than_claimed`, the mend of review47 S4/R2): the WHOLE a page gives before its breakdown, after a colon
# or with the parts in brackets ('The Labour Party won 62 seats: 40 constituency seats and 22 list seats.', 'He has five
# children: three with his first wife and two with his second wife.'), is read as one part of it (its 'own words' run on
# over the colon or bracket into the first part's, 'constituency', 'with his first wife'), so the true '62 seats' /
# 'five children' go from SUPPORTED (main) to unverified and the false '60 seats' / 'four children' from CONTRADICTED to
# unverified. Reference pages give a result so. Merged into main at aa12b3c0: a strict xfail since.
_BREAKDOWN_LEAD = "A general election was held in Norby on 8 September 2024."
_BREAKDOWN_TITLE = "2024 Norby general election"


@pytest.mark.parametrize(
    ("told", "body", "verdict"),
    [
        pytest.param(
            "The Labour Party won 62 seats: 40 constituency seats and 22 list seats.",
            "The Labour Party won 62 seats in the 2024 Norby general election.",
            Verdict.SUPPORTED,
            id="colon-the-whole",
        ),
        pytest.param(
            "The Labour Party won 62 seats: 40 constituency seats and 22 list seats.",
            "The Labour Party won 60 seats in the 2024 Norby general election.",
            Verdict.CONTRADICTED,
            id="colon-another-whole",
        ),
        pytest.param(
            "The Labour Party won 62 seats (40 constituency seats and 22 list seats).",
            "The Labour Party won 62 seats in the 2024 Norby general election.",
            Verdict.SUPPORTED,
            id="bracket-the-whole",
        ),
    ],
)
def test_b3_the_whole_before_its_breakdown_is_the_whole(told: str, body: str, verdict: Verdict) -> None:
    doc = page(_BREAKDOWN_TITLE, f"{_BREAKDOWN_LEAD} {told}", SAVED)
    assert _verdicts(body, [doc], "quantity", headline=_BREAKDOWN_TITLE) == [verdict]


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Karl Moen has five children.", Verdict.SUPPORTED, id="five"),
        pytest.param("Karl Moen has four children.", Verdict.CONTRADICTED, id="four"),
    ],
)
def test_b3_the_children_before_their_breakdown(body: str, verdict: Verdict) -> None:
    doc = _moen("He has five children: three with his first wife and two with his second wife.")
    assert _verdicts(body, [doc], "quantity") == [verdict]


# ---------------------------------------------------------------------------------------------------------------
# B4 (lost support; s48-fixa48 50b356c1, verify/kinds/quantity/judge.py `_as_another_post`, the mend of review47 S3): a
# count of terms whose post after 'as' `offices.same_office` does not take for the page's is set aside, and the claim
# names the SAME post in the words news use: 'Karl Moen served two terms as president.' ('He served two terms as
# President of Norby.'), '... as the country's president.', '... as an MP.' ('as a member of parliament for Halden'),
# '... as the city's mayor.' ('as Mayor of Halden'), 'three terms as a Halden councillor' ('as a city councillor in
# Halden') go from SUPPORTED (main) to unverified. Merged into main at aa12b3c0: a strict xfail since.
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "He served two terms as President of Norby.", "Karl Moen served two terms as president.", id="president"
        ),
        pytest.param(
            "He served two terms as President of Norby.",
            "Karl Moen served two terms as the country's president.",
            id="the-countrys-president",
        ),
        pytest.param(
            "He served two terms as a member of parliament for Halden.",
            "Karl Moen served two terms as an MP.",
            id="an-mp",
        ),
        pytest.param(
            "He served two terms as Mayor of Halden.", "Karl Moen served two terms as the city's mayor.", id="the-citys"
        ),
        pytest.param(
            "He served three terms as a city councillor in Halden.",
            "Karl Moen served three terms as a Halden councillor.",
            id="councillor",
        ),
    ],
)
def test_b4_the_same_post_in_other_words_keeps_the_count(told: str, body: str) -> None:
    assert _verdicts(body, [_moen(told)], "quantity") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# B5 (lost support; s48-fixb48 7fee8a9f, verify/holder.py `_before_the_semicolon`, the mend of review47 S20): a pronoun
# opening a clause after a semicolon is given to the kin the clause before is said of, also where the biography turns
# back to its subject by contrast: 'His father ran a small shop; he founded Moen Shipping in 1988.', 'His father retired
# in 1994; he became chief executive of Moen Shipping in 1995.', 'His brother emigrated to Tarsa in 1985; he stayed in
# Halden and founded Moen Shipping in 1988.' no longer state the subject's deed (SUPPORTED on main, unverified on the
# branch). S20's own row names the kin in full ('His son, Per Moen, was born in 1992; he ...'); these name none.
# Merged into main at 198f3ddf: a strict xfail since.
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "His father ran a small shop; he founded Moen Shipping in 1988.",
            "Karl Moen founded Moen Shipping in 1988.",
            id="father-ran-a-shop",
        ),
        pytest.param(
            "His father retired in 1994; he became chief executive of Moen Shipping in 1995.",
            "Karl Moen became chief executive of Moen Shipping in 1995.",
            id="father-retired",
        ),
        pytest.param(
            "His brother emigrated to Tarsa in 1985; he stayed in Halden and founded Moen Shipping in 1988.",
            "Karl Moen founded Moen Shipping in 1988.",
            id="brother-emigrated",
        ),
    ],
)
def test_b5_the_subject_after_a_semicolon_about_unnamed_kin(told: str, body: str) -> None:
    doc = page("Karl Moen", f"Karl Moen (born 3 March 1960) is a Norbian businessman. {told}", SAVED)
    assert _verdicts(body, [doc], "clause") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# R8 (lost support, a past post told by its election and its end; main e148bde5): 'In 2019 he was elected Mayor of
# Halden, serving until 2023.', 'He was elected Mayor of Halden in 2019 and served until 2023.' and 'He served as Mayor
# of Halden until 2023.' leave 'Karl Moen, a former mayor of Halden, spoke.' unverified ('He was Mayor of Halden from
# 2019 to 2023.' SUPPORTS it); and 'Karl Moen was mayor of Halden until 2023.' is unverified even against 'from 2019 to
# 2023'. Cause: verify/kinds/role/judge.py `_person_office_findings` reads a past holding from a spell 'from X to Y' (or
# an infobox term), not from an election with 'serving until' / 'served until'; the clause judge does not read 'until Y'
# against a spell's end. Not located further.
@pytest.mark.parametrize(
    ("told", "body", "kind"),
    [
        pytest.param(
            "In 2019 he was elected Mayor of Halden, serving until 2023.",
            "Karl Moen, a former mayor of Halden, spoke.",
            "role",
            id="elected-serving-until",
        ),
        pytest.param(
            "He served as Mayor of Halden until 2023.",
            "Karl Moen, a former mayor of Halden, spoke.",
            "role",
            id="served-until",
        ),
        pytest.param(
            "He was Mayor of Halden from 2019 to 2023.",
            "Karl Moen was mayor of Halden until 2023.",
            "clause",
            id="until-the-spells-end",
        ),
    ],
)
@_open("R8 open: 'In 2019 he was elected Mayor of Halden, serving until 2023.' leaves 'a former mayor' unverified")
def test_r8_a_post_held_until_a_past_year_is_a_former_post(told: str, body: str, kind: str) -> None:
    assert _verdicts(body, [_moen(told)], kind) == [Verdict.SUPPORTED]


def test_r8_twin_the_spell() -> None:
    doc = _moen("He was Mayor of Halden from 2019 to 2023.")
    assert _verdicts("Karl Moen, a former mayor of Halden, spoke.", [doc], "role") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# R9 (lost support, a place-first title written with a capital; main e148bde5): 'Halden Mayor Eva Lund spoke.' is
# unverified against 'She has been Mayor of Halden since 2024.' (and 'Since 2024 she has been Mayor of Halden.'), while
# 'Halden mayor Eva Lund spoke.' is SUPPORTED by both. Cause: role extraction (verify/kinds/role/extract.py) turns the
# lower-case 'Halden mayor' into the value 'mayor of Halden' but keeps the capitalised 'Halden Mayor' as it stands, and
# the role judge's sentence reading does not find 'halden mayor' in 'Mayor of Halden'. Wire copy capitalises a title
# before a name ('Korvik Mayor Eva Lund'). Closed by s50-fixb50 (`_place_first_post` with the guard `title_goes_on`:
# 'Mayor of Halden Heights' stays no Halden Mayor; twins in tests/test_fixb50.py).
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("She has been Mayor of Halden since 2024.", id="since-after"),
        pytest.param("Since 2024 she has been Mayor of Halden.", id="since-fronted"),
    ],
)
@_open("R9 open again: the post-first reading was taken back (review50 B6, B7, B10, B11)")
def test_r9_a_capitalised_place_first_title(told: str) -> None:
    assert _verdicts("Halden Mayor Eva Lund spoke.", [_lund(told)], "role") == [Verdict.SUPPORTED]


def test_r9_twin_the_lower_case_title() -> None:
    doc = _lund("She has been Mayor of Halden since 2024.")
    assert _verdicts("Halden mayor Eva Lund spoke.", [doc], "role") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# R10 (false "CONTRADICTED", the deputy's past spell after a semicolon; main e148bde5): 'Since 2024 she has been Mayor
# of Halden; from 2020 to 2024 she was deputy mayor.' CONTRADICTS 'Eva Lund, the mayor of Halden, spoke.' (she is the
# mayor); with the deputy spell in a participle ('..., having been deputy mayor from 2020.') it is SUPPORTED. Cause:
# verify/kinds/role/judge.py `_person_office_findings`: the second clause's 'deputy mayor' with its closed spell is read
# as the claimed post held with a qualifier ('holds the office with deputy'), and refutes though the sentence also gives
# the post itself, held now. Career lines are written so.
def test_r10_a_past_deputy_spell_does_not_refute_the_post_held() -> None:
    doc = _lund("Since 2024 she has been Mayor of Halden; from 2020 to 2024 she was deputy mayor.")
    found = _verdicts("Eva Lund, the mayor of Halden, spoke.", [doc], "role")
    assert found and Verdict.CONTRADICTED not in found, found


def test_r10_twin_the_post_held_before_the_semicolon_and_left() -> None:
    doc = _lund("From 2020 to 2024 she was Mayor of Halden; since 2024 she has been deputy mayor.")
    assert _verdicts("Eva Lund, the mayor of Halden, spoke.", [doc], "role") == [Verdict.CONTRADICTED]


def test_r10_twin_the_deputy_spell_in_a_participle() -> None:
    doc = _lund("Since 2024 she has been Mayor of Halden, having been deputy mayor from 2020.")
    assert _verdicts("Eva Lund, the mayor of Halden, spoke.", [doc], "role") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# B6 (lost support; s48-fixb48 61fc77ff, verify/offices.py `served_at`, the mend of review47 S2's role side): 'She has
# been Deputy to the Mayor of Halden since 2022, and Mayor of Halden since 2024.' SUPPORTS 'Eva Lund, the mayor of
# Halden, spoke.' on main and leaves it unverified on the branch: the post after 'Deputy to the' is set aside, and the
# second 'Mayor of Halden' of the same sentence, hers, is not read in its place. Merged into main at 198f3ddf: a strict
# xfail since.
def test_b6_the_post_held_after_the_post_served() -> None:
    doc = _lund("She has been Deputy to the Mayor of Halden since 2022, and Mayor of Halden since 2024.")
    assert _verdicts("Eva Lund, the mayor of Halden, spoke.", [doc], "role") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# B7 (lost support, a false refutation beside it; s48-recall48 c7b4569a, verify/kinds/clause/judge.py
# `holder_number_findings`): 'the 23rd person to hold the office' is numbered by the post's infobox 'order' row, which
# numbers terms, not people: a president with a non-consecutive earlier term is the '24th President' and the '23rd
# person to hold the office'. Against a lead saying just that ('... having also served from 2015 to 2019; he is the
# 23rd person to hold the office.') and 'Order: 24th', 'Karl Moen, the president of Norby, is the 23rd person to hold
# the office.' goes from SUPPORTED (main) to unverified (the order row refutes). Merged into main at 522ae83e: a strict
# xfail there; mended by the lead (the order row supports the same number only).
def test_b7_the_persons_count_is_not_the_terms_number() -> None:
    lead = (
        "Karl Moen (born 3 March 1960) is a Norbian politician who has been President of Norby since 2025, having "
        "also served from 2015 to 2019; he is the 23rd person to hold the office."
    )
    rows = [
        ("office", "President of Norby"),
        ("order", "24th"),
        ("term_start", "20 January 2025"),
        ("predecessor", "Eva Lund"),
    ]
    doc = boxed("Karl Moen", lead, rows, SAVED)
    body = "Karl Moen, the president of Norby, is the 23rd person to hold the office."
    assert _verdicts(body, [doc], "clause", "23rd") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# S16 (false "SUPPORTED", another judge's dissent; main e148bde5 and aa12b3c0): 'In 2022 the court, over the dissent
# of Justice Eva Lund, upheld the election result.' on the chief justice's page STATES 'Karl Moen dissented in 2022.',
# 'Karl Moen, the chief justice, dissented in 2022.' and 'Chief Justice Karl Moen dissented in 2022.' (the last only
# here: against his own 'In 2022 he dissented ...' it is unverified, R11): the deed's noun ('the dissent of') belongs
# to another named person. Cause: verify/kinds/clause/judge.py `_sentence_findings` ("states it": the deed is found by
# its noun, 'dissent', without asking whose the noun is; review39 R10's passive agent and review47 S20's semicolon read
# other persons, not an 'of <name>' after the deed's noun). Court reporting names each justice's dissent so.
_CHIEF_JUSTICE = "Karl Moen (born 3 March 1960) is a Norbian judge. He has been Chief Justice of Norby since 2020."
ANOTHERS_DISSENT = page(
    "Karl Moen",
    f"{_CHIEF_JUSTICE} In 2022 the court, over the dissent of Justice Eva Lund, upheld the election result.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Karl Moen dissented in 2022.", id="bare-name"),
        pytest.param("Karl Moen, the chief justice, dissented in 2022.", id="apposition"),
        pytest.param("Chief Justice Karl Moen dissented in 2022.", id="title"),
    ],
)
def test_s16_another_judges_dissent_is_not_his(body: str) -> None:
    found = _verdicts(body, [ANOTHERS_DISSENT], "clause", "dissented")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Karl Moen dissented in 2022.", id="bare-name"),
        pytest.param("Karl Moen, the chief justice, dissented in 2022.", id="apposition"),
    ],
)
def test_s16_twin_his_own_dissent(body: str) -> None:
    doc = page("Karl Moen", f"{_CHIEF_JUSTICE} In 2022 he dissented from the court's ruling on the election.", SAVED)
    assert _verdicts(body, [doc], "clause", "dissented") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# R11 (lost support, a deed of a subject titled before the name; main e148bde5 and aa12b3c0): 'In 2023 she presented the
# defence plan.' on the defence minister's page SUPPORTS 'Eva Lund presented the defence plan in 2023.' and 'Eva Lund,
# the defence minister, presented the defence plan in 2023.', but leaves 'Defence Minister Eva Lund presented the
# defence plan in 2023.' unverified (its role claim is SUPPORTED); likewise 'Chief Justice Karl Moen dissented in 2022.'
# against 'In 2022 he dissented ...'. Cause: clause extraction keeps the title before the name in the clause's words
# (the subject 'Defence Minister Eva Lund'), and the clause judge then looks for the title in the page sentence; the
# apposition is set apart (review42 R15's `_without_subjects_apposition`), the title before the name is not. Wire
# copy's commonest form of a deed.
_DEFENCE_MINISTER = (
    "Eva Lund (born 9 September 1970) is a Norbian politician. She has been Minister of Defence since 2021."
)


@pytest.mark.parametrize(
    ("title", "told", "body"),
    [
        pytest.param(
            "Eva Lund",
            f"{_DEFENCE_MINISTER} In 2023 she presented the defence plan.",
            "Defence Minister Eva Lund presented the defence plan in 2023.",
            id="defence-minister",
        ),
        pytest.param(
            "Karl Moen",
            f"{_CHIEF_JUSTICE} In 2022 he dissented from the court's ruling on the election.",
            "Chief Justice Karl Moen dissented in 2022.",
            id="chief-justice",
        ),
    ],
)
def test_r11_a_title_before_the_name_is_not_the_deeds(title: str, told: str, body: str) -> None:
    assert _verdicts(body, [page(title, told, SAVED)], "clause") == [Verdict.SUPPORTED]


def test_r11_twin_the_post_apposed() -> None:
    doc = page("Eva Lund", f"{_DEFENCE_MINISTER} In 2023 she presented the defence plan.", SAVED)
    body = "Eva Lund, the defence minister, presented the defence plan in 2023."
    assert _verdicts(body, [doc], "clause") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# B8 (lost support; s48-fixc48 303d5357, verify/kinds/clause/judge.py `_a_present_state_told_as_ended`, the mend of
# review47 S13): any ending word after the spouse's name in the sentence ('divorce', 'ended', 'separated') is read as
# the end of THIS marriage unless 'from'/'with' and another name follow it: 'In 1995 he married Nina Berg, after his
# first marriage ended in divorce.', 'He married Nina Berg, whose first marriage had ended in divorce, in 1995.', 'He
# married Nina Berg in 1995, a year after his divorce.', '... since 1995; they separated briefly in 2010 but
# reconciled.' and even 'He is married to Nina Berg, a former judge who separated the court's civil and criminal
# divisions.' no longer state 'Karl Moen is married to Nina Berg.' (SUPPORTED on main, unverified on the branch).
# Plain rows: pass on main e148bde5 and 198f3ddf.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("In 1995 he married Nina Berg, after his first marriage ended in divorce.", id="his-first-ended"),
        pytest.param("He married Nina Berg, whose first marriage had ended in divorce, in 1995.", id="her-first-ended"),
        pytest.param("He married Nina Berg in 1995, a year after his divorce.", id="after-his-divorce"),
        pytest.param(
            "He has been married to Nina Berg since 1995; they separated briefly in 2010 but reconciled.",
            id="reconciled",
        ),
        pytest.param(
            "He is married to Nina Berg, a former judge who separated the court's civil and criminal divisions.",
            id="separated-in-another-sense",
        ),
    ],
)
def test_b8_an_ending_of_another_marriage_keeps_this_one(told: str) -> None:
    assert _verdicts("Karl Moen is married to Nina Berg.", [_moen(told)], "clause") == [Verdict.SUPPORTED]
