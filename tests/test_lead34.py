"""The thirty-fourth session's lead rows, each group with its reason above it: a spell told in a post the person's
infobox does not list is refuted by the post the page gives those days ('served as minister of economy and finance
from 1 July 2009 to 15 July 2010' of a justice minister); a deed's clause told with its day takes the day's verdict;
a step of taking office naming no post is the office begun that day; a post held after the same post still to come
is a claim of its own; a figure rounded from one side ('nearly 300'); a birthday of someone of hers the lexicon does
not list. Invented people and pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body
from tests.test_lead33 import AS_OF, PAGE
from tests.test_recall21 import _birthdays_told
from tests.test_review32 import QUAKE_TOLL, QUAKE_WEEK
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Document, Verdict
from verify.retrieve import EvidencePool


def _date_verdict(sentence: str, words: str) -> Verdict:
    """The verdict on the date claim whose words end with `words`."""
    found = [v for c, v in judged_body(sentence, [PAGE], AS_OF) if c.kind == "date" and c.text.endswith(words)]
    assert len(found) == 1, found
    return found[0]


SIBLING = "Stam served as minister of economy and finance from 1 July 2009 to 15 July 2010."


@pytest.mark.parametrize("words", ["from 1 July 2009", "to 15 July 2010"], ids=["start", "end"])
def test_a_spell_of_another_ministry_is_refuted_by_the_post_held_then(words: str) -> None:
    assert _date_verdict(SIBLING, words) == Verdict.CONTRADICTED


@pytest.mark.parametrize("words", ["from 1 July 2009", "to 15 July 2010"], ids=["start", "end"])
def test_twin_the_ministry_held_then_is_supported(words: str) -> None:
    sentence = SIBLING.replace("economy and finance", "government and justice")
    assert _date_verdict(sentence, words) == Verdict.SUPPORTED


@pytest.mark.parametrize("words", ["from 1 July 2011", "to 15 July 2012"], ids=["start", "end"])
def test_a_spell_no_listed_post_begins_or_ends_is_left_unverified(words: str) -> None:
    """No post of the page begins or ends on those days: the page does not say what was held then."""
    sentence = SIBLING.replace("2009", "2011").replace("2010", "2012")
    assert _date_verdict(sentence, words) == Verdict.UNVERIFIED


@pytest.mark.parametrize("words", ["from 1 July 2009", "to 15 July 2010"], ids=["start", "end"])
def test_a_deputys_spell_is_not_refuted_by_a_full_ministry(words: str) -> None:
    """'deputy prime minister' is another kind of post than a minister's: a ministry of the same days is no
    conflict (the page may leave the deputy's post out)."""
    sentence = SIBLING.replace("minister of economy and finance", "deputy prime minister")
    assert _date_verdict(sentence, words) != Verdict.CONTRADICTED


# 'He had taken office on 1 July 2019', naming no post, of a career of offices that have all ended by the article's
# day: the one office begun that very day is the one taken then. Only support: a wrong day names no office.
def _verdicts(sentence: str, kind: str) -> list[Verdict]:
    return [v for c, v in judged_body(sentence, [PAGE], AS_OF) if c.kind == kind]


@pytest.mark.parametrize("day", ["1 July 2009", "14 April 2013"], ids=["the-ministry", "the-party"])
def test_taking_office_on_the_day_one_listed_office_began_is_supported(day: str) -> None:
    assert _verdicts(f"Stam had taken office on {day}.", "date") == [Verdict.SUPPORTED]


def test_taking_office_on_a_day_no_office_began_is_not_refuted() -> None:
    """Which office a wrong day meant the words do not say: no office's start refutes it."""
    assert _verdicts("Stam had taken office on 1 June 2009.", "date") == [Verdict.UNVERIFIED]


# The clause claim of a deed told with its day ('He was sworn in on 2 July 2024') is read by an editor as the dated
# deed: it takes the date claim's verdict when the day is refuted, or supported while the clause alone is unsettled.
# Judged as the pipeline judges an article: every claim together, so one can settle another.
def _judged_together(body: str) -> dict[tuple[str, str], Verdict]:
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    pool = EvidencePool(documents=[PAGE], by_claim={c.id: [PAGE] for c in claims})
    return {(c.kind, c.text): r.verdict for c, r in zip(claims, judge(claims, pool, AS_OF), strict=True)}


NAMED = "Ivo Stam is the president of Norby. "


def test_a_dated_deeds_clause_is_refuted_with_its_day() -> None:
    """A day without its year ('on 2 July'), which the date claim reads in the article's year."""
    found = _judged_together(f"{NAMED}He was sworn in on 2 July.")
    assert found[("clause", "He was sworn in on 2 July")] == Verdict.CONTRADICTED, found


def test_twin_a_dated_deeds_clause_is_supported_with_its_day() -> None:
    found = _judged_together(f"{NAMED}He was sworn in on 1 July.")
    assert found[("clause", "He was sworn in on 1 July")] == Verdict.SUPPORTED, found


def test_a_clause_naming_more_than_its_deed_keeps_its_own_verdict() -> None:
    """'... succeeding Eva Holm' states a succession the day does not decide: only the day's claims are refuted."""
    found = _judged_together(f"{NAMED}He was sworn in on 2 July, succeeding Eva Holm.")
    assert found[("date", "sworn in on 2 July")] == Verdict.CONTRADICTED, found
    assert found[("clause", "He was sworn in on 2 July, succeeding Eva Holm")] != Verdict.CONTRADICTED, found


def test_a_pluperfect_taking_office_read_whole_as_a_clause_is_the_office_begun_that_day() -> None:
    """'He had taken office on 1 July 2009', the clause read as a date claim with 'had' in its own words: an office
    that has ended may be meant, as for the date claim after 'He had ', so the ministry begun that day supports it
    (the presidency held now does not refute it)."""
    found = _judged_together(f"{NAMED}He had taken office on 1 July 2009.")
    assert found[("clause", "He had taken office on 1 July 2009")] == Verdict.SUPPORTED, found


# 'Karol Nawrocki will be sworn in as Poland's president on Wednesday' and then 'The president, Karol Nawrocki, won
# the second round': the post still to be taken up and the same post held are two claims, not one said twice (the
# second, told before the oath, is false).
INCOMING = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1959) is a Norbian politician, President-elect of Norby.",
    [("office", "President of Norby"), ("term_start", "3 July 2024")],
)
SWORN_IN_LATER = "Ivo Stam will be sworn in as president of Norby on 3 July. {} Ivo Stam, won the vote in June."


@pytest.mark.parametrize("post", ["president of Norby", "president"], ids=["longer-title-before", "same-title"])
def test_a_post_held_after_the_same_post_to_come_is_a_claim_of_its_own(post: str) -> None:
    body = SWORN_IN_LATER.replace("president of Norby", post).format("The president,")
    found = _verdicts_on(body, INCOMING)
    assert found[("role", "The president, Ivo Stam")] == Verdict.CONTRADICTED, found


def test_twin_the_post_still_to_come_said_again_is_one_claim() -> None:
    """'The incoming president' is the same claim as 'will be sworn in as president': one claim, supported."""
    found = _verdicts_on(SWORN_IN_LATER.format("The incoming president,"), INCOMING)
    roles = {text: v for (kind, text), v in found.items() if kind == "role"}
    assert Verdict.CONTRADICTED not in roles.values(), found


def _verdicts_on(body: str, doc: Document) -> dict[tuple[str, str], Verdict]:
    return {(c.kind, c.text): v for c, v in judged_body(body, [doc], AS_OF)}


def test_a_spell_only_ending_with_another_post_is_not_refuted_by_it() -> None:
    """The justice ministry ended on 15 July 2010 but began a year after the claimed spell's start: not that spell."""
    sentence = SIBLING.replace("1 July 2009", "1 July 2008")
    assert _date_verdict(sentence, "to 15 July 2010") == Verdict.UNVERIFIED


@pytest.mark.parametrize(
    "post",
    ["government and public security minister", "minister of justice and public security"],
    ids=["combined-portfolio", "combined-portfolio-of"],
)
def test_a_combined_portfolio_is_not_refuted_by_one_of_its_posts(post: str) -> None:
    """review34 B4: a post joining two portfolios, one of them the listed one, is no other post."""
    sentence = SIBLING.replace("minister of economy and finance", post)
    assert _date_verdict(sentence, "from 1 July 2009") != Verdict.CONTRADICTED


# 'nearly 300' and 'just over 300' round from one side (review34 R8): 312 dead is not 'nearly 300', and is 'just over
# 300'; 'about 300' still rounds either way.
def _toll(body: str) -> list[Verdict]:
    return [v for c, v in judged_body(body, [QUAKE_TOLL], QUAKE_WEEK) if c.kind == "quantity"]


@pytest.mark.parametrize("hedge", ["nearly 300", "almost 300", "just under 300", "just over 320"])
def test_a_figure_rounded_from_one_side_is_not_supported_from_the_other(hedge: str) -> None:
    found = _toll(f"The Korvik earthquake killed {hedge} people.")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize("hedge", ["nearly 320", "just over 300", "about 300"])
def test_twin_a_figure_rounded_from_its_side_is_supported(hedge: str) -> None:
    assert _toll(f"The Korvik earthquake killed {hedge} people.") == [Verdict.SUPPORTED]


# A birthday of someone of hers the lexicon's relatives (judging.toml holder.others) do not name ('her goddaughter',
# 'her horse'): extraction leaves the claim hers, and the duration judge's own check that the one who 'turned 18' is
# the subject keeps her birth date from refuting it (review21 B8's reading, decided by that line alone since fs34 gave
# a listed relative's deed to the relative).
@pytest.mark.parametrize(
    "text", ["Tove Brandt's goddaughter turned 18 in May.", "Tove Brandt's horse turned 18 in May."]
)
def test_a_birthday_of_someone_of_hers_not_listed_is_not_judged_by_hers(text: str) -> None:
    assert Verdict.CONTRADICTED not in _birthdays_told(text, dt.date(2024, 6, 1))
