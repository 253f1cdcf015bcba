"""A date claim's month supports it only where the page gives that month to the claim's own post: 'has served as
deputy governor since March 2019' is not supported by a sentence that gives March 2019 to another post, another
person or another event, even a sentence with the claim's verb or post in it. Each was a false "supported" (found
in session 19 by invented pages). Invented people and pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.models import Verdict

AS_OF = dt.date(2024, 4, 1)
LEAD = "Tove Brandt (born 3 May 1966) is a Vestrian economist. "


def date_claim(text: str, relation: str) -> object:
    """The date claim the reader gives for 'Tove Brandt {text}.'"""
    sentence = f"Tove Brandt {text}."
    claim = clause_claim(text, "Tove Brandt", relation, sentence, kind="date", value="2019-03", time="March 2019")
    return claim.model_copy(update={"span": (12, 12 + len(text))})


SERVED = date_claim("has served as deputy governor of the Vestrian Bank since March 2019", "has served")
BEEN = date_claim("been deputy governor since March 2019", "been")
SERVED_AS = date_claim("has served as deputy governor since March 2019", "has served")
APPOINTED = date_claim("was appointed deputy governor in March 2019", "was appointed")


def judged(claim, text: str) -> Verdict:
    return verdict(claim, [page("Tove Brandt", LEAD + text)], AS_OF).verdict


@pytest.mark.parametrize(
    "text",
    [
        "She has served as deputy governor of the Vestrian Bank from June 2019; she served as chief economist from "
        "March 2019.",
        "She has served as deputy governor of the Vestrian Bank since June 2019. Her husband has served in the army "
        "of the Vestrian Bank since March 2019.",
        "She has served as deputy governor of the Vestrian Bank from June 2019, and as governor of the Lund Bank "
        "from March 2019.",
    ],
    ids=["post-from-another-month", "verb-without-the-post", "the-post-word-of-another-post"],
)
def test_a_sentence_with_the_verb_dates_only_the_post_it_words(text: str) -> None:
    assert judged(SERVED, text) != Verdict.SUPPORTED


def test_a_sentence_with_the_verb_and_no_post_does_not_date_a_lower_case_post() -> None:
    text = "She has served as deputy governor since June 2019. Her husband served in the army since March 2019."
    assert judged(SERVED_AS, text) != Verdict.SUPPORTED


def test_the_post_from_the_claimed_month_supports_it() -> None:
    text = "She has served as deputy governor of the Vestrian Bank from March 2019."
    assert judged(SERVED, text) == Verdict.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "She became deputy governor in June 2019, succeeding Tom Berg, who had served since March 2019.",
        "She has been deputy governor under Tom Berg, who was governor from March 2019.",
    ],
    ids=["predecessor-since", "superior-from"],
)
def test_a_since_after_the_post_in_another_clause_is_another_persons(text: str) -> None:
    assert judged(BEEN, text) != Verdict.SUPPORTED


def test_a_since_right_after_the_post_supports_it() -> None:
    assert judged(BEEN, "She has been deputy governor under Tom Berg since March 2019.") == Verdict.SUPPORTED


def test_a_date_in_a_clause_after_the_post_dates_that_clauses_event() -> None:
    text = "She was appointed deputy governor after Tom Berg retired in March 2019; she took up the post in June 2019."
    assert judged(APPOINTED, text) != Verdict.SUPPORTED


def test_a_date_fronted_before_the_post_still_dates_it() -> None:
    assert judged(APPOINTED, "In March 2019, she was appointed deputy governor.") == Verdict.SUPPORTED


def test_a_post_the_page_writes_by_its_initials_is_dated_there() -> None:
    promoted = date_claim("was promoted to chief operating officer in March 2019", "was promoted")
    assert judged(promoted, "In March 2019, she was promoted to COO.") == Verdict.SUPPORTED


def _since(post: str, when: str, value: str) -> object:
    text = f"been {post} since {when}"
    claim = clause_claim(text, "Tove Brandt", "been", f"Tove Brandt has {text}.", kind="date", value=value, time=when)
    return claim.model_copy(update={"span": (16, 16 + len(claim.text))})


PREMIER = "She has been Prime Minister of Vestria since 24 March 2019."


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        (_since("finance minister", "March 2019", "2019-03"), PREMIER),
        (
            _since("prime minister", "5 September 2019", "2019-09-05"),
            "She was Minister of Finance from 5 September 2019.",
        ),
    ],
    ids=["another-post-word-before", "another-post-after"],
)
def test_a_sentence_starting_another_post_with_the_same_head_does_not_date_it(claim, text: str) -> None:
    assert judged(claim, text) != Verdict.SUPPORTED


def test_the_post_written_with_its_body_after_it_is_dated_there() -> None:
    assert judged(_since("prime minister", "March 2019", "2019-03"), PREMIER) == Verdict.SUPPORTED


def test_a_date_the_claims_words_give_another_post_is_not_refuted_by_the_office_held() -> None:
    text = "became prime minister on 24 March after serving as finance minister since 5 September 2019"
    claim = clause_claim(text, "Tove Brandt", "became", f"Tove Brandt {text}.", kind="date", value="2019-09-05",
                         time="5 September 2019")  # fmt: skip
    page = boxed("Tove Brandt", LEAD, [("office", "Prime Minister of Vestria"), ("term_start", "24 March 2024")])
    assert verdict(claim, [page], AS_OF).verdict != Verdict.CONTRADICTED


def test_a_kind_of_body_before_the_post_names_no_other_office() -> None:
    text = "became party leader on 24 March"
    claim = clause_claim(text, "Tove Brandt", "became", f"Tove Brandt {text}.", kind="date", value="24 March",
                         time="24 March")  # fmt: skip
    page = boxed("Tove Brandt", LEAD, [("office", "Leader of the Green League"), ("term_start", "24 March 2024")])
    assert verdict(claim, [page], AS_OF).verdict == Verdict.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "Tom Berg has served as deputy governor of the Vestrian Bank since March 2019.",
        "Her husband has served as deputy governor of the Vestrian Bank since March 2019, she said.",
    ],
    ids=["another-person", "a-relative"],
)
def test_a_sentence_of_her_page_about_another_person_does_not_date_her_post(text: str) -> None:
    assert judged(SERVED, text) != Verdict.SUPPORTED


def test_an_office_begun_after_the_articles_day_is_not_what_she_has_led_since() -> None:
    """A page revised after the article lists a later office with the body's name (the Thai subject, session 19)."""
    text = "led the Green League since October 2023"
    claim = clause_claim(text, "Tove Brandt", "has led", f"Tove Brandt, who has {text}, spoke.", kind="date",
                         value="2023-10", time="October 2023")  # fmt: skip
    rows = [("office", "Head of the Green League Family"), ("term_start", "31 October 2025"),
            ("office2", "Leader of the Green League"), ("term_start2", "27 October 2023")]  # fmt: skip
    assert verdict(claim, [boxed("Tove Brandt", LEAD, rows)], dt.date(2024, 8, 15)).verdict == Verdict.SUPPORTED


FINANCE = date_claim("has served as finance minister since March 2019", "has served")


@pytest.mark.parametrize(
    "text",
    [
        "She has served as deputy finance minister since March 2019.",
        "She has served as health minister since March 2019.",
        "She has served as minister since March 2019.",
        "Her husband Per Brandt has served as finance minister since March 2019.",
    ],
    ids=["a-deputy", "another-ministry", "no-ministry-named", "her-husband-of-her-name"],
)
def test_the_post_word_alone_or_qualified_or_anothers_does_not_date_the_post(text: str) -> None:
    """review19 R2: the post's head word bound the date, whatever stood beside it or whoever held it."""
    assert judged(FINANCE, text) != Verdict.SUPPORTED


def test_the_ministry_written_out_dates_the_post() -> None:
    assert judged(FINANCE, "She has served as Minister of Finance since March 2019.") == Verdict.SUPPORTED


def test_initials_without_the_posts_qualifier_do_not_date_it() -> None:
    """review19 R2b: 'DG' of a health agency is no deputy governor's post."""
    became = date_claim("became deputy governor in March 2019", "became")
    assert judged(became, "She became DG of the health agency in March 2019.") != Verdict.SUPPORTED


@pytest.mark.parametrize(
    "said",
    [
        "His mentor Ivo Lund was deputy governor from February 2020 to September 2024.",
        "He was an adviser to the deputy governor from February 2020 to September 2024.",
        "He was not deputy governor from February 2020, as had been reported.",
    ],
    ids=["another-person", "adviser-to-the-post", "denied"],
)
def test_a_sentence_giving_someone_elses_or_a_denied_spell_does_not_date_the_post(said: str) -> None:
    """review19 R6: the post-begun sentence search read any sentence of the page holding the post's words."""
    claim = clause_claim(
        "been deputy governor since February 2020", "Odo Brand", "been",
        "Brand, who had been deputy governor since February 2020, was not offered a second term.",
        kind="date", value="February 2020", time="February 2020",
    )  # fmt: skip
    rows = [("office", "Governor of the Central Bank of Vestria"), ("term_start", "18 September 2024")]
    page = boxed("Odo Brand", f"Odo Brand is a Vestrian economist. {said}", rows)
    assert verdict(claim, [page], dt.date(2031, 9, 18)).verdict != Verdict.SUPPORTED
