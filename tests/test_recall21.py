"""Recall causes read in the twenty-first session (/work/briefs21/recall21-causes.md). Invented bodies and people.

- An owner's acronym written before an organisation's name ('the UN Grain Relief Agency'): the page of the
  name without it is the organisation's page, when that page names the owner (its acronym or the words
  whose initials it is); a page that does not is another body of that name.
- A founding told in a clause of its own ('The agency, founded in 1962, ...', 'set up in 1958'): the
  organisation's founding row (Formation, Founded) dates it; another year contradicts. A founding the subject
  does to something else ('founded a school in 1962') is no founding of the subject, nor is the founding of
  something of the subject's ('whose night-train service was founded in 2010', "the Board's night-train service
  was set up in 2010", in a clause or a date claim): the founding verb's own subject must be the subject (its
  name, its acronym, a body's common noun, a pronoun), review21 B3 and R1.
- A day glued to its month in a page's copy ('(born 21August 1986)', a mirror's rendering): the day is read,
  so an age against it is settled; digits glued to a month after other digits ('2020March 2021') are no day.
- 'became the country's 30th prime minister when he took office on 22 September 2023', said the day after
  that office ended: a start told in the simple past may be of a spell that has ended, and the post its own
  clause names picks it among the person's ended offices; with no post named, no ended office is picked.
- 'who turned 70 in December', 'turns 62 on 4 October': the birthday the age falls on, against the birth date
  of the subject's page: that month (and day) supports it when that birthday is on the side of the article's day
  the tense tells ('turned' the most recent one, 'turns'/'will turn' the next one); another month or day, or an
  age that birthday does not give on that side (a year off, review21 B2), contradicts it.
"""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx
import pytest

from tests.support.fakewiki import FakeWiki, StoredPage
from tests.support.judging import boxed, clause_claim, page, verdict
from verify.aliases import owner_dropped
from verify.match import DATE_TEXT
from verify.models import Verdict
from verify.retrieve import retrieve
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

AGENCY = page(
    "Grain Relief Agency",
    "The Grain Relief Agency (GRA) is an international organization within the United Nations that buys grain. "
    "Founded in 1958, it is headquartered in Valdora.",
)
NAMESAKE = "The Grain Relief Agency is a charity in Ostra founded by farmers in 1990."


def test_an_owner_acronym_before_a_name_is_dropped_only_before_a_name_of_two_words_or_more():
    assert owner_dropped("UN Grain Relief Agency") == ("UN", "Grain Relief Agency")
    assert owner_dropped("U.N. Grain Relief Agency") == ("U.N.", "Grain Relief Agency")
    assert owner_dropped("UN Agency") is None  # one word left is no organisation's name
    assert owner_dropped("Grain Relief Agency") is None
    assert owner_dropped("UN grain agencies") is None  # a description, not a name


def _fetched(subject: str, pages: dict[str, str]) -> list[str]:
    """The titles retrieval brings for a clause about `subject` from a wiki holding `pages` (title -> lead)."""
    stored = {t: StoredPage(title=t, lead=[lead], template=None, fields=[], redirects=[]) for t, lead in pages.items()}
    wiki = FakeWiki(stored)
    claim = clause_claim(
        "founded in 1958", subject, "founded", f"The {subject}, founded in 1958, buys grain.", time="1958"
    )

    async def run() -> list[str]:
        http = HttpClient(transport=httpx.MockTransport(wiki.handler))
        pool = await retrieve([claim], WikipediaSource(http), as_of=dt.date(2023, 4, 11))
        await http.aclose()
        return [d.title for d in pool.by_claim.get(claim.id, [])]

    return asyncio.run(run())


def test_retrieval_asks_for_the_name_without_the_owner_acronym_when_the_whole_title_has_no_page():
    lead = AGENCY.text
    assert _fetched("UN Grain Relief Agency", {"Grain Relief Agency": lead}) == ["Grain Relief Agency"]


def test_retrieval_keeps_no_page_of_the_bare_name_that_never_names_the_owner():
    assert _fetched("UN Grain Relief Agency", {"Grain Relief Agency": NAMESAKE}) == []


FOUNDED = boxed("Grain Relief Agency", AGENCY.text, [("formation", "3 March 1958"), ("headquarters", "Valdora")])
ON_THE_DAY = dt.date(2023, 4, 11)


def _founding(text: str, predicate: str, year: str, **fields) -> Verdict:
    sentence = f"The agency, {text}, is headquartered in Valdora."
    claim = clause_claim(text, "Grain Relief Agency", predicate, sentence, time=year, value=year, **fields)
    return verdict(claim, [FOUNDED], ON_THE_DAY).verdict


def test_a_founding_year_the_formation_row_does_not_give_is_contradicted():
    assert _founding("founded in 1962", "founded", "1962") == Verdict.CONTRADICTED


def test_a_founding_set_up_in_the_year_of_the_formation_row_is_supported():
    assert _founding("set up in 1958", "set", "1958") == Verdict.SUPPORTED


def test_what_the_organisation_founded_is_not_dated_by_its_own_formation():
    assert _founding("founded a school in 1962", "founded", "1962") != Verdict.CONTRADICTED


def _age(text: str, lead: str) -> Verdict:
    sentence = f"{text}, is the party's leader."
    claim = clause_claim(text, "Mira Vantanen", "aged", sentence, value=text.split()[-1], object=text.split()[-1])
    return verdict(claim, [page("Mira Vantanen", lead)], dt.date(2024, 8, 15)).verdict


def test_an_age_against_a_birth_day_glued_to_its_month_is_settled():
    lead = "Mira Vantanen (born 21August 1986) is a Vestrian politician who has led the Unity Party since 2023."
    assert _age("Vantanen, aged 37", lead) == Verdict.SUPPORTED
    assert _age("Vantanen, 39", lead) == Verdict.CONTRADICTED


def test_digits_glued_to_a_month_after_other_digits_are_no_day():
    assert DATE_TEXT.search("In office 2020March 2021").group(0) == "2020"
    # a mirror's rows run together ('Term End1' then '12 March 2021'): no 12 March read out of '112March'
    assert DATE_TEXT.findall("Term End112March 2021") == ["March 2021"]


REMOVED = boxed(
    "Tomas Rask",
    "Tomas Rask (born 15 February 1962) is a Portuguese businessman who served as prime minister from 2023 to 2024.",
    [
        ("office", "Prime Minister of Portugal"), ("term_start", "22 August 2023"), ("term_end", "14 August 2024"),
        ("office1", "Minister of Finance"), ("term_start1", "1 September 2023"), ("term_end1", "27 April 2024"),
    ],
)  # fmt: skip


def _took_office(day: str, before: str) -> Verdict:
    text = f"took office on {day}"
    sentence = f"{before}took office on {day}."
    claim = clause_claim(text, "Tomas Rask", "took office", sentence, kind="date", value=day, time=day)
    at = sentence.index(text)
    return verdict(claim.model_copy(update={"span": (at, at + len(text))}), [REMOVED], dt.date(2024, 8, 15)).verdict


def test_a_start_of_the_post_the_clause_names_is_dated_by_its_ended_spell():
    before = "Rask, 62, became the country's 30th prime minister when he "
    assert _took_office("22 September 2023", before) == Verdict.CONTRADICTED
    assert _took_office("22 August 2023", before) == Verdict.SUPPORTED


def test_a_start_naming_no_post_picks_no_ended_office():
    assert _took_office("22 September 2023", "Rask ") == Verdict.UNVERIFIED


BORN = page("Ilse Marrow", "Ilse Marrow (born 15 December 1953) is a Vestrian jurist and former diplomat.")


def _turned(text: str, kind: str, as_of: dt.date, **fields) -> Verdict:
    sentence = f"Marrow, who {text}, was elected president of the court."
    claim = clause_claim(text, "Ilse Marrow", text.split()[0], sentence, kind=kind, **fields)
    return verdict(claim, [BORN], as_of).verdict


def test_the_month_an_age_was_turned_in_is_the_birthday_month_near_the_article():
    assert _turned("turned 70 in December", "clause", dt.date(2024, 2, 5)) == Verdict.SUPPORTED
    assert _turned("turned 70 in November", "clause", dt.date(2024, 2, 5)) == Verdict.CONTRADICTED
    assert _turned("turned 72 in December", "clause", dt.date(2024, 2, 5)) == Verdict.CONTRADICTED


def test_the_day_an_age_is_turned_on_read_as_a_date_claim():
    on = {"value": "15 December", "time": "15 December"}
    assert _turned("turns 70 on 15 December", "date", dt.date(2023, 11, 30), **on) == Verdict.SUPPORTED
    off = {"value": "4 October", "time": "4 October"}
    assert _turned("turns 70 on 4 October", "date", dt.date(2023, 9, 19), **off) == Verdict.CONTRADICTED


def test_a_birthday_told_inside_another_fact_does_not_decide_that_fact():
    text = "Marrow, who turned 70 in December, was elected president of the court"
    claim = clause_claim(text, "Ilse Marrow", "elected", f"{text}.")
    assert verdict(claim, [BORN], dt.date(2024, 2, 5)).verdict != Verdict.SUPPORTED


# review21 B2: 'turned' tells the most recent birthday (on or before the article's day), 'turns'/'will turn' the
# next one (on or after it): an age a year off is the birthday on the wrong side of the article, never supported.
@pytest.mark.parametrize(
    ("text", "kind", "as_of", "day"),
    [
        ("turned 71 in December", "clause", dt.date(2024, 2, 5), None),
        ("turned 70 in December", "clause", dt.date(2023, 11, 30), None),
        ("turns 69 on 15 December", "date", dt.date(2023, 11, 30), "15 December"),
        ("will turn 69 in December", "clause", dt.date(2023, 11, 30), None),
    ],
    ids=["turned-a-birthday-to-come", "turned-before-the-birthday", "turns-a-year-past", "will-turn-a-year-past"],
)
def test_an_age_turned_a_year_off_is_not_supported(text: str, kind: str, as_of: dt.date, day: str | None) -> None:
    fields = {"value": day, "time": day} if day else {}
    assert _turned(text, kind, as_of, **fields) != Verdict.SUPPORTED


# review21 B3 and R1: a founding clause or date claim whose grammatical subject is something OF the subject
# ('whose night-train service was founded in 2010', "The Board's night-train service was set up in 2010") dates
# that thing, not the subject: the subject's founding row does not contradict it.
RAIL_LEAD = "The Vestrian Rail Board is the state railway company of Vestria."
RAIL = boxed("Vestrian Rail Board", RAIL_LEAD, [("founded", "1961")])


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("whose night-train service was founded in 2010",
         "The Vestrian Rail Board, whose night-train service was founded in 2010, runs the trains."),
        ("The Vestrian Rail Board's night-train service was set up in 2010",
         "The Vestrian Rail Board's night-train service was set up in 2010."),
    ],
    ids=["whose-thing", "possessive-thing"],
)  # fmt: skip
def test_the_founding_of_something_of_the_subject_is_not_the_subjects_founding(text: str, sentence: str) -> None:
    verb = "founded" if "founded" in text else "set up"
    claim = clause_claim(text, "Vestrian Rail Board", verb, sentence, value="2010", time="2010")
    assert verdict(claim, [RAIL], dt.date(2024, 6, 1)).verdict != Verdict.CONTRADICTED


def test_a_date_claim_of_something_of_the_subject_is_not_contradicted_by_the_subjects_founding() -> None:
    sentence = "The Vestrian Rail Board's night-train service was created in 2010."
    claim = clause_claim("created in 2010", "Vestrian Rail Board", "created", sentence, kind="date", value="2010",
                         time="2010")  # fmt: skip
    assert verdict(claim, [RAIL], dt.date(2024, 6, 1)).verdict != Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("The Grain Relief Agency was set up in 1958", "The Grain Relief Agency was set up in 1958 to buy grain."),
        ("set up in 1958", "The GRA, which was set up in 1958, buys grain."),
        ("set up in 1958", "The organisation was set up in 1958 to buy grain."),
    ],
    ids=["its-name", "its-acronym", "a-body-noun"],
)
def test_a_founding_told_of_the_subjects_name_acronym_or_body_noun_is_its_own(text: str, sentence: str) -> None:
    claim = clause_claim(text, "Grain Relief Agency", "set", sentence, time="1958", value="1958")
    assert verdict(claim, [FOUNDED], ON_THE_DAY).verdict == Verdict.SUPPORTED
    wrong = sentence.replace("1958", "1962")
    claim = clause_claim(text.replace("1958", "1962"), "Grain Relief Agency", "set", wrong, time="1962", value="1962")
    assert verdict(claim, [FOUNDED], ON_THE_DAY).verdict == Verdict.CONTRADICTED


def test_a_founding_participle_after_a_noun_of_the_subjects_is_not_its_own() -> None:
    sentence = "The Grain Relief Agency's seed bank, set up in 1962, stores grain in Valdora."
    claim = clause_claim("set up in 1962", "Grain Relief Agency", "set", sentence, time="1962", value="1962")
    assert verdict(claim, [FOUNDED], ON_THE_DAY).verdict != Verdict.CONTRADICTED


# review21 B8: the birthday of someone OF the subject, which extraction gives as the subject's date claim, is not
# judged by her birth date; her own, told with her name, a pronoun or 'who', still is.
BRANDT_BORN = page("Tove Brandt", "Tove Brandt (born 3 March 1966) is a Vestrian politician.")


def _birthdays_told(text: str, as_of: dt.date) -> list[Verdict]:
    from verify.app import article_from_text
    from verify.extract import extract_claims

    claims = [c for c in extract_claims(article_from_text(f"Story\n\n{text}\n", as_of=as_of)) if "turned" in c.text]
    assert claims
    return [verdict(c, [BRANDT_BORN], as_of).verdict for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "Tove Brandt's daughter turned 18 in May.",
        "Tove Brandt, whose son turned 18 in May, spoke on Monday.",
        "Tove Brandt said her mother turned 90 in May.",
        "Tove Brandt spoke on Monday. Her husband Per Olsen turned 60 in May.",
    ],
    ids=["possessive", "whose", "said-her-mother", "her-husband-named"],
)
def test_a_relatives_birthday_is_not_judged_by_the_subjects_birth_date(text: str) -> None:
    assert Verdict.CONTRADICTED not in _birthdays_told(text, dt.date(2024, 6, 1))


def test_her_own_birthday_told_with_who_is_still_judged() -> None:
    told = _birthdays_told("Tove Brandt, who turned 58 in March, spoke on Monday.", dt.date(2024, 6, 1))
    assert Verdict.SUPPORTED in told


def test_her_own_birthday_after_her_age_is_still_judged() -> None:
    told = _birthdays_told("Tove Brandt, 58, who turned 58 in March, spoke on Monday.", dt.date(2024, 6, 1))
    assert Verdict.SUPPORTED in told


def test_her_own_birthday_in_a_relative_after_her_name_late_in_a_sentence_is_still_judged() -> None:
    text = "Among the speakers was Tove Brandt, who turned 58 in March, a Vestrian politician."
    assert Verdict.SUPPORTED in _birthdays_told(text, dt.date(2024, 6, 1))
