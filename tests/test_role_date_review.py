"""Session 13's review of the role and date judges: each test is a short sentence of our own, judged against
invented pages, that the judge read wrongly before its guard; beside each, the reading that must stay."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim as claim
from tests.support.judging import page, verdict
from verify.models import Document, InfoboxField, Verdict


def boxed(title: str, text: str, rows: list[tuple[str, str]]) -> Document:
    """A page with an infobox; a row written 'A; B' holds two separate values, as a list in wikitext does."""
    fields = []
    for label, value in rows:
        values = tuple(value.split("; "))
        fields.append(InfoboxField(label=label, value=", ".join(values), values=values if len(values) > 1 else ()))
    return page(title, text).model_copy(update={"infobox": tuple(fields)})


SPRING_2030 = dt.date(2030, 4, 1)


# --- 1. a row naming several holders beside another person's term ---------------------------------------


def _defence_minister(presidents: str) -> Document:
    return boxed(
        "Otto Gray",
        "Otto Gray (born 1 June 1950) is a Canadian politician who was defence minister from 2027 to 2032.",
        [("office", "Minister of National Defence of Canada"), ("president", presidents),
         ("term_start", "3 March 2027"), ("term_end", "9 May 2032")],
    )  # fmt: skip


PRESIDENT_HOLM = claim("Canadian President Lea Holm", "Lea Holm", "holds office", kind="role",
                       relation="holds office", value="President", nationality="Canadian")  # fmt: skip


def test_a_row_naming_several_holders_beside_a_term_does_not_say_which_held_the_post_that_day():
    # Holm may have served in 2027 and Ek from 2029: the defence minister's term covering 2030 says nothing of Holm
    assert verdict(PRESIDENT_HOLM, [_defence_minister("Lea Holm; Tom Ek")], SPRING_2030).verdict == Verdict.UNVERIFIED


def test_a_row_naming_several_holders_in_one_line_does_not_either():
    assert verdict(PRESIDENT_HOLM, [_defence_minister("Lea Holm, Tom Ek")], SPRING_2030).verdict == Verdict.UNVERIFIED


def test_a_row_naming_the_subject_alone_beside_a_term_covering_the_day_still_supports():
    assert verdict(PRESIDENT_HOLM, [_defence_minister("Lea Holm")], SPRING_2030).verdict == Verdict.SUPPORTED


def test_a_row_naming_the_subject_alone_by_a_name_with_a_particle_still_supports():
    # 'de' splits the name into two capitalised runs: neither is another holder
    president = claim("Canadian President Rui Costa de Melo", "Rui Costa de Melo", "holds office", kind="role",
                      relation="holds office", value="President", nationality="Canadian")  # fmt: skip
    assert verdict(president, [_defence_minister("Rui Costa de Melo")], SPRING_2030).verdict == Verdict.SUPPORTED


# --- 2. an office of one country 'and the other realms' is no proof of another country ------------------


def _monarch(office: str) -> Document:
    return boxed(
        "Ana Varo",
        "Ana Varo (born 2 May 1970) has reigned since 2027.",
        [("office", office), ("term_start", "8 September 2027"), ("predecessor", "Ivo Varo")],
    )


QUEEN_VARO = claim("Canadian Queen Ana Varo", "Ana Varo", "holds office", kind="role", relation="holds office",
                   value="Queen", nationality="Canadian")  # fmt: skip


def test_an_office_of_one_country_and_the_other_realms_does_not_refute_another_realm():
    shared = _monarch("Queen of the United Kingdom and the other Commonwealth realms")
    assert verdict(QUEEN_VARO, [shared], SPRING_2030).verdict != Verdict.CONTRADICTED


def test_an_office_of_one_country_and_other_named_states_does_not_refute_another_state():
    shared = _monarch("Queen of the United Kingdom and 14 other sovereign states")
    assert verdict(QUEEN_VARO, [shared], SPRING_2030).verdict != Verdict.CONTRADICTED


def test_an_office_of_one_country_alone_still_refutes_another_country():
    assert verdict(QUEEN_VARO, [_monarch("Queen of the United Kingdom")], SPRING_2030).verdict == Verdict.CONTRADICTED


# --- 3. an undated take-up is dated by the article, not read as a past step --------------------------

BEFORE_THE_RUNOFF = dt.date(2031, 3, 1)


def _president_since(day: str) -> Document:
    return boxed("President of Portugal", "The president of Portugal is the head of state.",
                 [("incumbent", "Eva Kole"), ("incumbentsince", day)])  # fmt: skip


def _elected(sentence: str, since: str) -> Verdict:
    role = claim("Eva Kole was elected president", "Eva Kole", "holds office", sentence, kind="role",
                 relation="holds office", value="president", nationality="Portuguese")  # fmt: skip
    return verdict(role, [_president_since(since)], BEFORE_THE_RUNOFF).verdict


def test_a_take_up_without_a_day_is_not_supported_by_a_holder_since_after_the_article():
    # the article came out before the runoff: a holder since June says nothing of a step taken by March
    assert _elected("Eva Kole was elected president after the runoff.", "1 June 2031") == Verdict.UNVERIFIED


def test_a_take_up_without_a_day_is_still_supported_by_a_holder_since_before_the_article():
    assert _elected("Eva Kole was elected president after the runoff.", "1 June 2030") == Verdict.SUPPORTED


# --- 4. 'the first woman' said of the claimed office, not of anything else on the page ------------------


def _kole(said: str) -> Document:
    return boxed(
        "Eva Kole",
        f"Eva Kole (born 4 April 1966) is a Portuguese politician, president of Portugal since 2029. {said}",
        [("office", "President of Portugal"), ("term_start", "1 June 2029"), ("predecessor", "Ivo Sand")],
    )


FIRST_WOMAN = claim("Portugal's first woman president Eva Kole", "Eva Kole", "holds office", kind="role",
                    relation="holds office", value="Portugal's first woman president")  # fmt: skip


def test_a_first_woman_in_another_role_does_not_support_the_first_woman_in_the_office():
    page_ = _kole("In 1990 she was the first woman to chair the Lisbon rowing club, and in 2029 she became president.")
    assert verdict(FIRST_WOMAN, [page_], SPRING_2030).verdict == Verdict.UNVERIFIED


def test_a_first_woman_said_of_the_office_itself_supports_it():
    page_ = _kole("She is the first woman to hold the office.")
    assert verdict(FIRST_WOMAN, [page_], SPRING_2030).verdict == Verdict.SUPPORTED


def test_a_first_woman_written_before_the_office_supports_it():
    page_ = _kole("She became the country's first female president after the 2029 election.")
    assert verdict(FIRST_WOMAN, [page_], SPRING_2030).verdict == Verdict.SUPPORTED


# --- 5. 'since' naming no post is read off the offices only when its verb is one of holding a post -------

MERK = boxed(
    "Ana Merk",
    "Ana Merk (born 1 May 1954) is a Vestrian politician who was chancellor of Vestria from 2005 to 2021.",
    [("office", "Chancellor of Vestria"), ("term_start", "22 November 2005"), ("term_end", "8 December 2021"),
     ("office2", "Minister for Sport"), ("term_start2", "17 November 1994"), ("term_end2", "26 October 1998")],
)  # fmt: skip
SUMMER_2024 = dt.date(2024, 7, 1)


def _since(text: str, verb: str, day: str) -> Verdict:
    since = claim(text, "Ana Merk", verb, f"Ana Merk {text}.", kind="date", value=day)
    return verdict(since, [MERK], SUMMER_2024).verdict


def test_since_a_year_said_of_no_post_is_not_refuted_by_the_offices():
    assert _since("has kept a low profile since 2022", "kept", "2022") == Verdict.UNVERIFIED


def test_since_a_year_said_of_governing_is_still_refuted_by_the_offices():
    assert _since("had governed since 2003", "governed", "2003") == Verdict.CONTRADICTED  # no office began or ran then


# --- 6. 'again' counts only when said of the claim's own verb -------------------------------------------

ALDER = boxed(
    "Mara Alder",
    "Mara Alder (born 2 March 1975) is a Vestrian politician who has served as prime minister of Vestria since 2021.",
    [("office", "Prime Minister of Vestria"), ("term_start", "4 June 2021"), ("predecessor", "Ivo Sand")],
)
JUNE_2025 = dt.date(2025, 6, 20)


def _sworn(sentence: str, text: str) -> Verdict:
    sworn = claim(text, "Mara Alder", "sworn in", sentence, object="prime minister", time="11 June 2025")
    return verdict(sworn, [ALDER], JUNE_2025).verdict


def test_again_said_of_another_verb_does_not_make_the_swearing_in_a_later_terms():
    sentence = "Her critics again marched as Mara Alder was sworn in as prime minister on 11 June 2025."
    assert _sworn(sentence, "sworn in as prime minister on 11 June 2025") == Verdict.CONTRADICTED  # began in 2021


def test_again_said_of_the_swearing_in_still_makes_it_a_later_terms():
    sentence = "Mara Alder was sworn in again as prime minister on 11 June 2025."
    assert _sworn(sentence, "sworn in again as prime minister on 11 June 2025") != Verdict.CONTRADICTED


def test_again_just_before_the_claims_words_is_still_said_of_its_verb():
    sentence = "Mara Alder was again sworn in as prime minister on 11 June 2025."
    assert _sworn(sentence, "sworn in as prime minister on 11 June 2025") != Verdict.CONTRADICTED


def test_a_fronted_re_election_is_said_of_the_main_clauses_swearing_in():
    sentence = "Re-elected in May, Mara Alder was sworn in as prime minister on 11 June 2025."
    assert _sworn(sentence, "sworn in as prime minister on 11 June 2025") != Verdict.CONTRADICTED


# --- 7. a page read as of the article's day lends its current revision without a request ---------------


def _requests_for(text: str) -> list[str]:
    import asyncio

    import httpx

    from tests.conftest import PAGES
    from tests.support.fakewiki import FakeWiki
    from verify.app import article_from_text
    from verify.extract import extract_claims
    from verify.pipeline import check_async
    from verify.sources.http import HttpClient
    from verify.sources.wikipedia import WikipediaSource

    async def run() -> list[str]:
        wiki = FakeWiki.from_directory(PAGES)
        http = HttpClient(transport=httpx.MockTransport(wiki.handler))
        article = article_from_text(f"Summit\n\n{text}", as_of=dt.date(2024, 6, 28))
        await check_async(article, extract_claims(article), WikipediaSource(http))
        await http.aclose()
        return wiki.requests

    return asyncio.run(run())


def test_an_age_read_off_the_current_revision_costs_no_request_and_no_page_is_asked_twice():
    plain = _requests_for("European Council President Charles Michel opened the summit.")
    aged = _requests_for("European Council President Charles Michel, 48, opened the summit.")
    assert any("rvstart=2024-06-28" in u for u in aged)  # the page was read as of the article's day
    assert len(aged) == len(set(aged))
    assert sorted(aged) == sorted(plain)


# --- a day written without its year: the article's own date gives the year --------------------------------

VARGA = boxed(
    "Eli Varga",
    "Eli Varga (born 9 January 1957) is a Vestrian politician.",
    [("office", "Prime Minister of Vestria"), ("term_start", "5 September 2030"), ("predecessor", "Ivo Sand"),
     ("office2", "Minister of Finance of Vestria"), ("term_start2", "1 March 2020"), ("term_end2", "5 September 2030")],
)  # fmt: skip


def _day(sentence: str, text: str, day: str, as_of: dt.date) -> Verdict:
    dated = claim(text, "Eli Varga", text.split(" on ")[0], sentence, kind="date", value=day)
    return verdict(dated, [VARGA], as_of).verdict


def test_a_day_without_a_year_takes_the_articles_year_when_it_is_past():
    said = "Varga took office on September 5."
    assert _day(said, "took office on September 5", "September 5", dt.date(2030, 12, 5)) == Verdict.SUPPORTED


def test_another_day_without_a_year_in_the_articles_year_is_refuted():
    said = "Varga took office on September 15."
    assert _day(said, "took office on September 15", "September 15", dt.date(2030, 12, 5)) == Verdict.CONTRADICTED


def test_a_day_without_a_year_said_to_come_takes_the_next_such_day():
    said = "Varga will take office on September 5."
    assert _day(said, "take office on September 5", "September 5", dt.date(2030, 3, 21)) == Verdict.SUPPORTED


def test_a_day_without_a_year_is_not_refuted_by_a_term_begun_years_before_the_article():
    # the article may recount a step of 2030 in a paragraph whose year the claim lost: 2033 is no year to assume
    said = "Varga took office on September 15."
    assert _day(said, "took office on September 15", "September 15", dt.date(2033, 12, 5)) == Verdict.UNVERIFIED


# --- a seat in parliament: an infobox term with a constituency row and no office of its own ---------------

DUARTE = boxed(
    "Rui Duarte",
    "Rui Duarte (born 3 March 1971) is a Portuguese politician.",
    [("office", "Prime Minister of Portugal"), ("term_start", "2 April 2030"),
     ("term_start2", "4 April 2012"), ("term_end2", "5 April 2028"), ("constituency2", "Braga")],
)  # fmt: skip


def _seat(value: str, sentence: str, relation: str = "held office") -> Verdict:
    text = sentence.split(" from ")[0].rstrip(".")  # the years stated after the claim's words are its values too
    role = claim(text, "Rui Duarte", relation, sentence, kind="role", relation=relation, value=value)
    return verdict(role, [DUARTE], SPRING_2030).verdict


def test_a_seat_held_for_a_constituency_in_the_stated_years_is_supported_by_its_term():
    said = "He was a member of parliament for Braga from 2012 to 2028."
    assert _seat("member of parliament for Braga", said) == Verdict.SUPPORTED


def test_a_seat_for_a_constituency_held_in_other_years_is_not_supported():
    said = "He was a member of parliament for Braga from 2010 to 2028."
    assert _seat("member of parliament for Braga", said) != Verdict.SUPPORTED


def test_a_seat_for_another_constituency_is_not_supported():
    said = "He was a member of parliament for Porto from 2012 to 2028."
    assert _seat("member of parliament for Porto", said) != Verdict.SUPPORTED


def test_a_seat_said_to_be_held_now_whose_term_ended_is_refuted():
    said = "Braga MP Rui Duarte spoke."
    assert _seat("MP for Braga", said, relation="holds office") == Verdict.CONTRADICTED  # his seat ended in 2028


# --- a term begun after the article, which the page's words date by its own span -------------------------


def _served(words: str) -> Document:
    return boxed(
        "Ivo Lund",
        f"Ivo Lund (born 25 May 1951) is a Vestrian politician who {words}.",
        [("office", "Prime Minister of Portugal"), ("term_start", "13 December 2030"), ("term_end", "9 May 2031")],
    )


PRIME_MINISTER_LUND = claim("Portuguese Prime Minister Ivo Lund", "Ivo Lund", "holds office", kind="role",
                            relation="holds office", value="Prime Minister", nationality="Portuguese")  # fmt: skip
EARLY_DECEMBER_2030 = dt.date(2030, 12, 5)


def test_the_span_of_the_listed_term_itself_is_no_earlier_spell():
    said = _served("served as prime minister from December 2030 to May 2031")
    assert verdict(PRIME_MINISTER_LUND, [said], EARLY_DECEMBER_2030).verdict == Verdict.CONTRADICTED  # from 13 Dec


def test_a_span_begun_in_an_earlier_year_is_still_an_earlier_spell():
    said = _served("served as prime minister from 2028 to 2031, with a break in 2030")
    assert verdict(PRIME_MINISTER_LUND, [said], EARLY_DECEMBER_2030).verdict != Verdict.CONTRADICTED


def test_a_leap_day_without_a_year_takes_the_last_year_that_has_one():
    from verify.kinds.date.judge import in_the_articles_year

    leap = claim("took office on February 29", "Eli Varga", "took office", kind="date", value="February 29")
    assert in_the_articles_year(leap, dt.date(2029, 3, 1)).value == "2028-02-29"


# --- 6b. a later term's own words (re-elected, second term) count anywhere in the sentence -------------


def test_a_re_election_said_before_the_comma_makes_the_swearing_in_a_later_terms():
    sentence = "After her re-election in May, Mara Alder was sworn in as prime minister on 11 June 2025."
    assert _sworn(sentence, "sworn in as prime minister on 11 June 2025") != Verdict.CONTRADICTED


def test_a_re_election_in_an_apposition_makes_the_swearing_in_a_later_terms():
    sentence = "Mara Alder, re-elected in May, was sworn in as prime minister on 11 June 2025."
    assert _sworn(sentence, "sworn in as prime minister on 11 June 2025") != Verdict.CONTRADICTED


def test_a_second_term_begun_in_the_main_clause_makes_the_swearing_in_a_later_terms():
    sentence = "Mara Alder began her second term when she was sworn in as prime minister on 11 June 2025."
    assert _sworn(sentence, "sworn in as prime minister on 11 June 2025") != Verdict.CONTRADICTED


# --- 5b. a verb of holding that takes another object ('led the protests') is no post held ---------------


def test_since_leading_something_that_is_no_post_is_not_refuted_by_the_offices():
    assert _since("has led the protests since 2022", "led", "2022") == Verdict.UNVERIFIED


def test_since_holding_talks_is_not_refuted_by_the_offices():
    assert _since("has held weekly talks with unions since 2022", "held", "2022") == Verdict.UNVERIFIED


def test_since_serving_on_a_board_is_not_refuted_by_the_offices():
    assert _since("has served on the board of a charity since 2022", "served", "2022") == Verdict.UNVERIFIED


def test_since_leading_the_country_is_still_refuted_by_the_offices():
    assert _since("had led the country since 2003", "led", "2003") == Verdict.CONTRADICTED  # no office began then


# --- a seat (cont.): an ended seat refutes only when no seat term, however written, covers the day ------

DUARTE_AGAIN = boxed(
    "Rui Duarte",
    "Rui Duarte (born 3 March 1971) is a Portuguese politician.",
    [("office", "Member of the Assembly of the Republic"), ("term_start", "26 March 2029"),
     ("constituency", "Braga District"),
     ("term_start2", "4 April 2012"), ("term_end2", "5 April 2028"), ("constituency2", "Braga")],
)  # fmt: skip


def test_an_ended_seat_does_not_refute_one_held_now_under_a_longer_name():
    role = claim("Braga MP Rui Duarte", "Rui Duarte", "holds office", "Braga MP Rui Duarte spoke.", kind="role",
                 relation="holds office", value="MP for Braga")  # fmt: skip
    assert verdict(role, [DUARTE_AGAIN], SPRING_2030).verdict != Verdict.CONTRADICTED
