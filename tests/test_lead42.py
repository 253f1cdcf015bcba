"""The lead's rows of session 42: a holder's number in the post's line, told by the person's own lead when the
office row gives none ('served as the 6th president of Norby'), and apposed after the name with the country's
possessive ("Ivo Stam, Norby's sixth president, stepped down"): a place in the line, true after the spell."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from tests.test_review41 import _lund
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Document, Verdict
from verify.retrieve import EvidencePool

DAY = dt.date(2025, 8, 8)  # two days after Ivo Stam's term ended (Wednesday 6 August 2025)


def _stam(lead: str) -> list[Document]:
    """Ivo Stam's invented page: president of Norby 2015-2025, the office row unnumbered; `lead` its lead."""
    return [
        boxed(
            "Ivo Stam",
            lead,
            [("office", "President of Norby"), ("term_start", "6 August 2015"), ("term_end", "6 August 2025")],
            SAVED,
        )
    ]


NUMBERED = _stam(
    "Ivo Stam (born 16 May 1972) is a Norbian lawyer and politician who served as the 6th president of Norby from "
    "2015 to 2025."
)
# the lead numbers only his predecessor ('Ana Ruiz, the 5th president'): no number of his
PREDECESSOR_NUMBERED = _stam(
    "Ivo Stam (born 16 May 1972) is a Norbian lawyer who was president of Norby from 2015 to 2025. He succeeded Ana "
    "Ruiz, the 5th president of Norby, in 2015."
)


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        pytest.param(
            "Ivo Stam stepped down on Wednesday. He was Norby's sixth president.",
            "sixth",
            Verdict.SUPPORTED,
            id="was-sixth",
        ),
        pytest.param(
            "Ivo Stam stepped down on Wednesday. He was Norby's fifth president.",
            "fifth",
            Verdict.CONTRADICTED,
            id="was-fifth",
        ),
        pytest.param(
            "Ivo Stam, Norby's sixth president, stepped down on Wednesday.",
            "sixth",
            Verdict.SUPPORTED,
            id="apposed-sixth",
        ),
        pytest.param(
            "Ivo Stam, Norby's fifth president, stepped down on Wednesday.",
            "fifth",
            Verdict.CONTRADICTED,
            id="apposed-fifth",
        ),
    ],
)
def test_the_lead_numbers_the_office_its_row_leaves_unnumbered(body: str, words: str, expected: Verdict) -> None:
    assert _judged_whole(body, NUMBERED, "role", words, day=DAY) == [expected]


def test_the_lead_number_is_quoted_as_the_evidence() -> None:
    body = "Ivo Stam stepped down on Wednesday. He was Norby's fifth president."
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=DAY))
    results = judge(claims, EvidencePool(documents=NUMBERED, by_claim={c.id: NUMBERED for c in claims}), DAY)
    [role] = [r for c, r in zip(claims, results, strict=True) if c.kind == "role"]
    assert "served as the 6th president of Norby" in role.rationale
    assert "numbers the office the 6th" in role.rationale


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam stepped down on Wednesday. He was Norby's sixth president.", id="sixth"),
        pytest.param("Ivo Stam stepped down on Wednesday. He was Norby's fifth president.", id="fifth"),
    ],
)
def test_a_number_apposed_to_another_holder_in_the_lead_is_not_his(body: str) -> None:
    assert _judged_whole(body, PREDECESSOR_NUMBERED, "role", "president", day=DAY) == [Verdict.UNVERIFIED]


# A sum is read in its own currency however it is written: a symbol or code before the figure, or the word after it
# (review42 R8: a sum with a currency symbol was never judged, '$240 million' against the page's own '$240 million').
def _bank(told: str) -> Document:
    """Korvik Bank's invented page, with `told` after its lead."""
    return page("Korvik Bank", f"Korvik Bank is a Norbian bank founded in 1990. {told}", SAVED)


BANK_DAY = dt.date(2024, 6, 1)  # after the pages' revision


@pytest.mark.parametrize(
    ("told", "body", "words", "expected"),
    [
        pytest.param(
            "It made a net profit of 240 million dollars in 2023.",
            "made a net profit of $240 million in 2023",
            "$240",
            Verdict.SUPPORTED,
            id="word-on-the-page",
        ),
        pytest.param(
            "It made a net profit of $240m in 2023.",
            "made a net profit of 240 million dollars in 2023",
            "240 million",
            Verdict.SUPPORTED,
            id="short-scale-on-the-page",
        ),
        pytest.param(
            "It made a net profit of US$240 million in 2023.",
            "made a net profit of $250 million in 2023",
            "$250",
            Verdict.CONTRADICTED,
            id="other-figure",
        ),
        pytest.param(
            "It made a net profit of €240 million in 2023.",
            "made a net profit of $240 million in 2023",
            "$240",
            Verdict.UNVERIFIED,
            id="other-currency",
        ),
    ],
)
def test_a_sum_is_read_in_its_own_currency(told: str, body: str, words: str, expected: Verdict) -> None:
    assert _judged_whole(f"Korvik Bank {body}.", [_bank(told)], "quantity", words, BANK_DAY) == [expected]


# The page's own subject told by a pronoun before a figure (review42 R9): 'She won', 'He scored' on a person's page;
# a possessive only for what the claim itself gives the subject's possessive ("Korvik Bank's net profit": 'Its net
# profit'), never another thing owned ('Its parent company employs', 'His son scored').
def _moen(told: str) -> Document:
    """Karl Moen's invented page: a Norbian footballer, with `told` after his lead."""
    return page("Karl Moen", f"Karl Moen (born 3 March 1990) is a Norbian footballer. {told}", SAVED)


@pytest.mark.parametrize(
    ("doc", "body", "words", "expected"),
    [
        pytest.param(
            _moen("He scored 20 goals in 2019."),
            "Karl Moen scored 25 goals in 2019.",
            "25",
            Verdict.CONTRADICTED,
            id="he-other-figure",
        ),
        pytest.param(
            _bank("Its parent company employs 50,000 people."),
            "Korvik Bank employs 50,000 people.",
            "50,000",
            Verdict.UNVERIFIED,
            id="its-parent-company",
        ),
        pytest.param(
            _moen("His son scored 20 goals in 2019."),
            "Karl Moen scored 20 goals in 2019.",
            "20",
            Verdict.UNVERIFIED,
            id="his-son",
        ),
        pytest.param(
            _moen("Her father scored 20 goals in 2019."),
            "Karl Moen scored 20 goals in 2019.",
            "20",
            Verdict.UNVERIFIED,
            id="her-father",
        ),
    ],
)
def test_a_pronoun_stands_for_the_pages_subject_only(doc: Document, body: str, words: str, expected: Verdict) -> None:
    assert _judged_whole(body, [doc], "quantity", words, BANK_DAY) == [expected]


# A head count of a body's founding or of a past year is not refuted by the count its page gives now (review42 R2);
# a count told as running to now ('since 2020', or the founding only apposed) still is.
def _organisation(told: str) -> Document:
    """The invented organisation's page, with `told` after its lead."""
    return page(
        "Northern Trade Organisation",
        f"The Northern Trade Organisation (NTO) is an intergovernmental organisation. {told}",
        SAVED,
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The Northern Trade Organisation, which had 12 founding members, met on Monday.",
            Verdict.UNVERIFIED,
            id="founders",
        ),
        pytest.param("The Northern Trade Organisation had 12 members in 1994.", Verdict.UNVERIFIED, id="past-year"),
        pytest.param(
            "Since 2020 the Northern Trade Organisation has had 12 member states.", Verdict.CONTRADICTED, id="since"
        ),
        pytest.param(
            "The Northern Trade Organisation, founded in 1994, has 12 member states.",
            Verdict.CONTRADICTED,
            id="founding-apposed",
        ),
    ],
)
def test_a_head_count_of_another_time_is_not_refuted_by_the_count_now(body: str, expected: Verdict) -> None:
    assert _judged_whole(body, [_organisation("It has 38 member states.")], "quantity", "12", BANK_DAY) == [expected]


# A toll told with its noun left out after a second verb ('killed 214 people and injured 1,500') counts the same noun
# (review42 R3): the dead do not refute the hurt; another count of the hurt does.
def _quake(told: str) -> Document:
    """The invented earthquake's page: its day, then `told`."""
    return page(
        "2023 Korvik earthquake", f"The 2023 Korvik earthquake struck southern Norby on 12 March 2023. {told}", SAVED
    )


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        pytest.param("It killed 214 people.", Verdict.UNVERIFIED, id="the-dead"),
        pytest.param("It injured 1,200 people.", Verdict.CONTRADICTED, id="the-hurt-otherwise"),
    ],
)
def test_a_toll_with_its_noun_left_out_is_read_against_its_own_deed(told: str, expected: Verdict) -> None:
    body = "The 2023 Korvik earthquake killed 214 people and injured 1,500."
    assert _judged_whole(body, [_quake(told)], "quantity", "1,500", BANK_DAY) == [expected]


# A verdict or a plea told the other way round is refuted by the page's (review42 R16): the same deed, the other side
# of it (judging.toml clause.sides); a sentence telling both sides, or another charge, refutes nothing.
def _banker(told: str) -> Document:
    """Jon Dahl's invented page: a Norbian banker, with `told` after his lead."""
    return page("Jon Dahl", f"Jon Dahl (born 1960) is a Norbian banker. {told}", SAVED)


@pytest.mark.parametrize(
    ("told", "body", "expected"),
    [
        pytest.param(
            "In 2021 he was found guilty of fraud.",
            "Jon Dahl was found not guilty of fraud in 2021.",
            Verdict.CONTRADICTED,
            id="not-guilty-against-guilty",
        ),
        pytest.param(
            "In 2021 he was found not guilty of fraud.",
            "Jon Dahl was found guilty of fraud in 2021.",
            Verdict.CONTRADICTED,
            id="guilty-against-not-guilty",
        ),
        pytest.param(
            "In 2021 he pleaded not guilty to fraud.",
            "Jon Dahl pleaded guilty to fraud in 2021.",
            Verdict.CONTRADICTED,
            id="plea",
        ),
        pytest.param(
            "In 2021 he pleaded not guilty to fraud but later pleaded guilty.",
            "Jon Dahl pleaded guilty to fraud in 2021.",
            Verdict.UNVERIFIED,
            id="both-sides",
        ),
        pytest.param(
            "In 2021 he was found guilty of fraud.",
            "Jon Dahl was found guilty of fraud in 2021.",
            Verdict.SUPPORTED,
            id="same-side",
        ),
    ],
)
def test_a_verdict_told_the_other_way_round_is_refuted(told: str, body: str, expected: Verdict) -> None:
    assert _judged_whole(body, [_banker(told)], "clause", "Jon Dahl", BANK_DAY) == [expected]


# The reviewer's regressions of the first reading of sums and pronouns (review42 B1-B4), each now a row.
def _fencer(told: str) -> Document:
    """Ivo Stam's invented page: a Norbian fencer, with `told` after his lead."""
    return page("Ivo Stam", f"Ivo Stam (born 1950) is a Norbian fencer. {told}", SAVED)


@pytest.mark.parametrize(
    ("doc", "body", "words", "unwanted"),
    [
        pytest.param(
            _bank("It made a net profit of NZ$240 million in 2023."),
            "Korvik Bank made a net profit of $240 million in 2023.",
            "$240",
            Verdict.SUPPORTED,
            id="another-dollar",
        ),
        pytest.param(
            _bank("It made a net profit of 240 million Danish kroner in 2023."),
            "Korvik Bank made a net profit of 240 million kroner in 2023.",
            "240",
            Verdict.UNVERIFIED,
            id="a-qualified-currency-word",
        ),
        pytest.param(
            _fencer("He married Ana Ruiz in 1970. She won two Olympic gold medals."),
            "Ivo Stam won two Olympic gold medals.",
            "two",
            Verdict.SUPPORTED,
            id="her-medals-not-his",
        ),
        pytest.param(
            _fencer("He won 41 caps for Norby."),
            "Ivo Stam's son won 14 caps for Norby.",
            "14",
            Verdict.CONTRADICTED,
            id="his-caps-not-his-sons",
        ),
    ],
)
def test_a_sum_or_a_pronoun_read_no_wider(doc: Document, body: str, words: str, unwanted: Verdict) -> None:
    found = _judged_whole(body, [doc], "quantity", words, BANK_DAY)
    assert unwanted not in found, found


# A first ranks by its deed (review41 R18), and leading a body is holding its head post: 'the first woman to lead the
# court' is stated by 'the first woman elected as president of the court' (the icj-2024-02-05 tuning claim, 16
# labels, lost by the deed reading and taken back).
def test_a_first_to_lead_a_body_is_the_first_in_its_head_post() -> None:
    doc = page(
        "Ana Ruiz",
        "Ana Ruiz (born 1956) is a Norbian judge. She was the first woman elected as president of the court.",
        SAVED,
    )
    body = "Ana Ruiz is the first woman to lead the court."
    assert _judged_whole(body, [doc], "clause", "Ana Ruiz", BANK_DAY) == [Verdict.SUPPORTED]


# A move is read by the tie of the verb itself, not the ones below it: 'moved from a village in Tarsa' is a move from
# Tarsa (the killer fixd42's own row lost once where a move ends and where it was done became one role, review42 B6).
def test_a_move_from_a_place_within_the_named_one_is_from_it() -> None:
    doc = _lund("In 2019 she moved from a village in Tarsa to Halden.")
    found = _judged_whole("Eva Lund moved from Tarsa in 2019.", [doc], "clause", "Tarsa", BANK_DAY)
    assert found == [Verdict.SUPPORTED]
