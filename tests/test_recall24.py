"""Recall causes read in the twenty-fourth session (/work/briefs24/recall24-causes.md). Invented people and pages.

- C2, the day or year of an event told in prose: a date claim ('her appointment was announced on 14 June') against
  the one sentence of a page about the subject that tells the same event (its verb, what the verb takes, the
  subject's own) with one other date near the verb, at the claim's precision or finer: contradicted, quoting it.
  A repeat of the event ('re-elected', 'second term', 'again'), two sentences or two dates giving other days, a
  relative's or another person's sentence, another event's verb (an announcement for a start), or a page less
  precise than the claim decide nothing.
- The same for a clause whose year stands in it ('elected to the Senate in 2007', 'became chair of Brook & Sons in
  1998'): the sentence of the subject's page that words the verb right before the same object and binds one other
  year to it ('elected to the Senate of Vestria at the 2011 general election', 'In 1995, he became chair of ...')
  contradicts it. A page telling the event again ('re-elected'), two years, another object, a relative's sentence,
  or the object qualified further before the year decide nothing.
- A succession's day ('2021 - Dorn succeeds Abel Yusta as president on 8 March') against the row naming that very
  predecessor, whose term start dates the handover ('Term Start: February 8, 2021'): another day or month of the
  year the claim gives (its own, its timeline line's or the article's) refutes it. A year alone, a handover still
  to come ('will succeed'), or a row more than a year off decide nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Document, Verdict

AUTUMN_2027 = dt.date(2027, 9, 19)
_STAL = page(
    "Mira Stal",
    "Mira Stal (born 1962) is a Vestrian economist. She joined the Bank of Vestria in 1985. She was announced "
    "as governor of the Bank of Vestria on 14 July 2027. She took office as governor on 18 September 2027. She was "
    "elected to the Senate of Vestria in 2011 and re-elected in 2016. Her husband, Per Brandt, was appointed "
    "ambassador on 3 May 2027.",
)


def _dated(text: str, relation: str, value: str, docs: list | None = None, sentence: str | None = None) -> Verdict:
    claim = clause_claim(text, "Mira Stal", relation, sentence or f"{text}.", kind="date", value=value, time=value)
    return verdict(claim, docs or [_STAL], AUTUMN_2027).verdict


@pytest.mark.parametrize(
    ("text", "relation", "value", "expected"),
    [
        ("she was announced as governor on 14 June 2027", "announced", "14 June 2027", Verdict.CONTRADICTED),
        ("she was announced as governor on 14 July 2027", "announced", "14 July 2027", Verdict.SUPPORTED),
        ("Stal was announced as governor on 2 July 2027", "announced", "2 July 2027", Verdict.CONTRADICTED),
        ("she took office as governor on 18 October 2027", "took office", "18 October 2027", Verdict.CONTRADICTED),
        ("she took office as governor on 18 September 2027", "took office", "18 September 2027", Verdict.SUPPORTED),
        # naming nothing the verb takes, the claim tells no event a page's other day could be (review24 B6)
        ("her appointment was announced on 14 June", "announced", "14 June", Verdict.UNVERIFIED),
    ],
)
def test_an_events_other_day_in_a_sentence_of_the_subjects_page_refutes_it(
    text: str, relation: str, value: str, expected: Verdict
) -> None:
    assert _dated(text, relation, value) == expected


def test_a_repeated_event_decides_nothing() -> None:
    # 'elected ... in 2011 and re-elected in 2016': two elections of the kind; 2014 is neither, but may be a third
    assert _dated("Stal was elected to the Senate in 2014", "elected", "2014") != Verdict.CONTRADICTED
    # the claim itself tells a later term: the page's one day is the first term's
    told = "she was sworn in for a second term on 18 October"
    assert _dated("sworn in on 18 October", "sworn in", "18 October", sentence=told) != Verdict.CONTRADICTED


def test_two_sentences_giving_other_days_decide_nothing() -> None:
    twice = page("Mira Stal", f"{_STAL.text} She took office as governor again on 2 June 2026 after a break.")
    claim = ("she took office as governor on 18 October 2027", "took office", "18 October 2027", [twice])
    assert _dated(*claim) != Verdict.CONTRADICTED
    two = page(
        "Mira Stal", "Mira Stal is an economist. She took office as governor on 18 September 2027 and on 2 June 2026."
    )
    assert _dated(*claim[:3], [two]) != Verdict.CONTRADICTED


def test_a_relatives_day_or_another_events_day_decides_nothing() -> None:
    # 'Her husband, Per Brandt, was appointed ambassador on 3 May 2027': his day, not hers
    assert _dated("she was appointed ambassador on 3 June", "appointed", "3 June") != Verdict.CONTRADICTED
    # the page dates her start, not an announcement: 'announced on 18 October' is another event
    only_start = page("Mira Stal", "Mira Stal is a Vestrian economist. She took office on 18 September 2027.")
    assert _dated("she was announced on 18 October", "announced", "18 October", [only_start]) == Verdict.UNVERIFIED


def test_a_page_less_precise_than_the_claim_decides_nothing() -> None:
    vague = page("Mira Stal", "Mira Stal is a Vestrian economist. She was announced as governor in 2026.")
    claim = ("she was announced as governor on 14 June 2027", "announced", "14 June 2027", [vague])
    assert _dated(*claim) == Verdict.UNVERIFIED


SPRING_2024 = dt.date(2024, 3, 25)
_HARL = page(
    "Tomas Harl",
    "Tomas Harl (born 1966) is a Vestrian politician. He was elected to the Senate of Vestria at the 2011 general "
    "election. In 1995, he became chair of Brook & Sons. He was elected to the Norby council in 2005. His father was "
    "elected to the Assembly of Vestria in 1980.",
)


def _clause(text: str, predicate: str, obj: str, year: str, docs: list | None = None) -> Verdict:
    claim = clause_claim(text, "Tomas Harl", predicate, f"{text}.", object=obj, time=year)
    return verdict(claim, docs or [_HARL], SPRING_2024).verdict


@pytest.mark.parametrize(
    ("text", "predicate", "obj", "year", "expected"),
    [
        ("elected to the Senate in 2007", "elected", "the Senate", "2007", Verdict.CONTRADICTED),
        ("elected to the Senate in 2011", "elected", "the Senate", "2011", Verdict.SUPPORTED),
        ("became chair of Brook & Sons in 1998", "became", "chair of Brook & Sons", "1998", Verdict.CONTRADICTED),
        ("became chair of Brook & Sons in 1995", "became", "chair of Brook & Sons", "1995", Verdict.SUPPORTED),
    ],
)
def test_a_one_off_events_other_year_in_a_sentence_of_the_subjects_page_refutes_it(
    text: str, predicate: str, obj: str, year: str, expected: Verdict
) -> None:
    assert _clause(text, predicate, obj, year) == expected


def test_an_event_told_again_or_twice_decides_nothing() -> None:
    again = page("Tomas Harl", f"{_HARL.text} He was re-elected to the Senate in 2016.")
    assert _clause("elected to the Senate in 2007", "elected", "the Senate", "2007", [again]) != Verdict.CONTRADICTED
    twice = page("Tomas Harl", "Tomas Harl is a Vestrian politician. He was elected to the Senate in 2011 and 2016.")
    assert _clause("elected to the Senate in 2007", "elected", "the Senate", "2007", [twice]) != Verdict.CONTRADICTED


def test_another_object_a_relatives_event_or_a_further_qualified_object_decide_nothing() -> None:
    # the council and the father's assembly are other objects; only the subject's own one-off event counts
    assert _clause("elected to the Assembly in 1984", "elected", "the Assembly", "1984") != Verdict.CONTRADICTED
    assert _clause("elected to the council in 2009", "elected", "the council", "2009") != Verdict.CONTRADICTED
    bank = page("Tomas Harl", "Tomas Harl is a Vestrian banker. He became deputy governor of the bank in 2012.")
    claim = ("became deputy governor in 2004", "became", "deputy governor", "2004", [bank])
    assert _clause(*claim) != Verdict.CONTRADICTED


def test_a_noun_of_the_verbs_stem_or_a_names_bracketed_year_dates_no_event() -> None:
    # 'decision' shares the stem of 'decided' but is no telling of the decision's day (judge stress set 1, dobbs)
    noun = page("Mira Stal", "Mira Stal is a Vestrian economist. In 2019 she made public her decision to leave.")
    assert _dated("she decided in 2016 to leave", "decided", "2016", [noun]) != Verdict.CONTRADICTED
    named = page(
        "Mira Stal", "Mira Stal is a Vestrian economist. She was appointed governor under Vestria v. Holm (2019)."
    )
    assert _dated("she was appointed governor in 2016", "appointed", "2016", [named]) != Verdict.CONTRADICTED
    dated = page("Mira Stal", "Mira Stal is a Vestrian economist. She was appointed governor under the act in 2019.")
    assert _dated("she was appointed governor in 2016", "appointed", "2016", [dated]) == Verdict.CONTRADICTED


_DORN = boxed(
    "Lena Dorn",
    "Lena Dorn (born 1956) is a Vestrian jurist who served as president of the Norby Court.",
    [
        ("office", "President of the Norby Court"),
        ("term_start", "February 8, 2021"),
        ("term_end", "February 6, 2024"),
        ("predecessor", "Abel Yusta"),
        ("successor", "Nils Sal"),
    ],
)


def _succeeds(sentence: str, time: str, as_of: dt.date = dt.date(2024, 2, 8)) -> Verdict:
    text = sentence.split(" - ")[-1].rstrip(".")
    claim = clause_claim(text, "Lena Dorn", "succeeded", sentence, object="Abel Yusta", time=time)
    return verdict(claim, [_DORN], as_of).verdict


@pytest.mark.parametrize(
    ("sentence", "time", "expected"),
    [
        ("2021 - Dorn succeeds Abel Yusta as president on 8 March.", "8 March", Verdict.CONTRADICTED),
        ("2021 - Dorn succeeds Abel Yusta as president on 8 February.", "8 February", Verdict.SUPPORTED),
        ("Dorn succeeded Abel Yusta in March 2021.", "March 2021", Verdict.CONTRADICTED),
    ],
)
def test_a_successions_other_day_against_the_predecessor_rows_term_start(
    sentence: str, time: str, expected: Verdict
) -> None:
    assert _succeeds(sentence, time) == expected


def test_a_successions_year_alone_or_a_handover_to_come_decides_nothing() -> None:
    assert _succeeds("Dorn succeeded Abel Yusta in 2022.", "2022") == Verdict.UNVERIFIED
    to_come = _succeeds("Dorn will succeed Abel Yusta on 8 March.", "8 March", dt.date(2021, 1, 10))
    assert to_come == Verdict.UNVERIFIED


def test_a_birth_row_alone_still_refutes_another_birth_day() -> None:
    # the sentence reading above must leave the birth rows their say: a page with no sentence telling the birth
    rows = boxed("Mira Stal", "Mira Stal is a Vestrian economist.", [("birth_date", "2 March 1962")])
    claim = clause_claim("Born on 2 March 1964", "Mira Stal", "born", "Born on 2 March 1964, Stal ...", kind="date",
                         value="1964-03-02")  # fmt: skip
    assert verdict(claim, [rows], AUTUMN_2027).verdict == Verdict.CONTRADICTED


def test_an_accented_object_is_read_as_its_plain_letters() -> None:
    # 'the Sénat' folds to 'senat' for the claim: the sentence's 'Sénat' must be found the same way
    accented = page("Tomas Harl", "Tomas Harl is a Vestrian politician. He was elected to the Sénat at the 2011 "
                    "general election.")  # fmt: skip
    assert _clause("elected to the Sénat in 2007", "elected", "the Sénat", "2007", [accented]) == Verdict.CONTRADICTED


# --- review24's B5, B6 and B8 on this branch (copied from s24-review24 tests/test_review24.py beside their fix) ----

AS_OF = dt.date(2024, 1, 10)
SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def _judged(body: str, docs: list[Document], as_of: dt.date = AS_OF) -> dict[str, Verdict]:
    """Each claim extraction gives for `body`, judged against `docs` alone, by its words."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=as_of))
    return {c.text: verdict(c, docs, as_of).verdict for c in claims}


def _vos(lead: str, rows: list[tuple[str, str]]) -> Document:
    """Lena Vos's invented page: its lead and infobox rows, saved after every article's day."""
    return boxed("Lena Vos", f"Lena Vos (born 3 May 1960) is a Norbian {lead}.", rows, SAVED)


# B5 (s24-recall24, seen in its working tree at 18:45 before commit; verify/kinds/clause/judge.py `_another_year_bound`
# with judging.toml clause.event_verbs 'elected', 'joined'): a one-off event's other year in a page sentence refutes
# the claim, but the events these verbs tell recur, and a page that says so with another word than a repeat keeps the
# claim true: "She was FIRST elected to the Senate of Norby in 2010" (a first implies a later one) against "was elected
# to the Senate of Norby in 2016"; "She joined the Norby Reserve Bank in 1985 ... came back to the bank in 1996"
# against "joined the Norby Reserve Bank in 1996". FALSE CONTRADICTED; main: unverified.
@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param(
            "Lena Vos was elected to the Senate of Norby in 2016.",
            "Lena Vos (born 3 May 1960) is a Norbian politician. She was first elected to the Senate of Norby in 2010. "
            "She has chaired the Senate's finance committee since 2019.",
            id="first-elected",
        ),
        pytest.param(
            "Lena Vos joined the Norby Reserve Bank in 1996.",
            "Lena Vos (born 3 May 1960) is a Norbian economist. She joined the Norby Reserve Bank in 1985 as a "
            "researcher. She left for the finance ministry in 1990 and came back to the bank in 1996.",
            id="joined-again",
        ),
        pytest.param(
            "Lena Vos became chief executive of Nordbank in 2019.",
            "Lena Vos (born 3 May 1960) is a Norbian executive. Vos became chief executive of Nordbank in 2012. She "
            "left the bank in 2014 but returned to the post in 2019.",
            id="became-again",
        ),
    ],
)
def test_b5_an_event_that_recurs_is_not_refuted_by_its_first_time(body: str, told: str) -> None:
    found = _judged(body, [page("Lena Vos", told, SAVED)])
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


# B6 (s24-recall24, seen in its working tree at 18:48 before commit; verify/kinds/date/judge.py
# `_event_dated_otherwise`): a page sentence wording the claim's verb once with one date refutes the claim whatever the
# verb takes: "She was sworn in as a member of parliament on 3 October 2008" refutes "Lena Vos, the new governor of
# the Norby Reserve Bank, was sworn in on 1 March 2022" (another oath, for another post, 14 years before). FALSE
# CONTRADICTED; main: unverified. A swearing-in, an appointment, an election recur: the page's sentence must tell the
# same event (its object, its post), not only the same verb.
@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param(
            "Lena Vos, the new governor of the Norby Reserve Bank, was sworn in on 1 March 2022.",
            "She was sworn in as a member of parliament on 3 October 2008.",
            id="apposition",
        ),
        pytest.param(
            "Lena Vos was sworn in on 1 March 2022.",
            "She was sworn in as a member of parliament on 3 October 2008.",
            id="plain",
        ),
        # still red at bcce6b6 (its fix reads a post only between the verb and the date)
        pytest.param(
            "Lena Vos, the new governor of the Norby Reserve Bank, was sworn in on 1 March 2022.",
            "She won a seat in parliament in September 2008 and was sworn in on 3 October 2008.",
            id="seat-named-before-the-verb",
        ),
        pytest.param(
            "Lena Vos, the new governor of the Norby Reserve Bank, was sworn in on 1 March 2022.",
            "After the 2008 election she was sworn in on 3 October 2008 as the member for Halden.",
            id="seat-named-after-the-date",
        ),
        pytest.param(
            "Lena Vos was appointed on 3 April 2019, the bank said.",
            "She was appointed to the Supreme Court of Norby on 5 May 2012.",
            id="appointed-to-another-body",
        ),
    ],
)
def test_b6_an_oath_for_another_post_does_not_date_this_one(body: str, told: str) -> None:
    lead = "Lena Vos (born 3 May 1960) is a Norbian economist."
    found = _judged(body, [page("Lena Vos", f"{lead} {told}", SAVED)], dt.date(2022, 3, 2))
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


# B8 (s24-recall24 4bde08c, verify/kinds/clause/judge.py `_handed_over_otherwise`): the predecessor row of ANY office
# naming the same person dates the succession the claim tells, whatever post the claim names: a party leader who
# succeeded Tomas Vidal as Labour leader in June 2021 and as prime minister in March 2022 (the page lists only the
# premiership, as infoboxes often do) has the true "succeeded Tomas Vidal as leader of the Labour Party in June 2021"
# CONTRADICTED ("dates the handover to 1 March 2022"). FALSE CONTRADICTED; main: unverified. The row's office must be
# the post the claim names (or the claim must name none).
VOS_PREMIER = _vos(
    "politician",
    [("office", "Prime Minister of Norby"), ("term_start", "1 March 2022"), ("predecessor", "Tomas Vidal")],
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos succeeded Tomas Vidal as leader of the Labour Party in June 2021.", id="month"),
        pytest.param("Lena Vos succeeded Tomas Vidal as Labour leader on 10 June 2021.", id="day"),
        pytest.param("2021 - Vos succeeds Vidal as leader of the Labour Party on 10 June.", id="timeline-line"),
    ],
)
def test_b8_a_succession_in_another_post_is_not_dated_by_the_premierships_row(body: str) -> None:
    found = _judged(body, [VOS_PREMIER])
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found
