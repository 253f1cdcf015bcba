"""open34 (session 34): review33's open items on the extraction and quantity side, the twins their mends need. Each
row is an invented sentence judged against invented pages (`tests/support/judging.py`) with the fields extraction
gives its words; the open items' own rows are in tests/test_review33.py."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED, _judged, _never
from tests.test_review32 import PEOPLE, QUAKE, QUAKE_WEEK
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.kinds.quantity.measured import Measure, measure
from verify.models import Verdict


# review33 R1's reading kept to what R1 is: an age the parse reads stays the person's named before past other names
# ('beating Jonas Vingegaard by 1:03 ... the 25-year-old became', tuning g93), and a plural person noun ('a panel of
# its justices', g90) brings in no one person the age may be.
@pytest.mark.parametrize(
    ("body", "person"),
    [
        pytest.param(
            "Tadej Pogacar beat Jonas Vingegaard by a minute. The 25-year-old won the Tour for the third time.",
            "Tadej Pogacar",
            id="another-named",
        ),
        pytest.param(
            "The court sentenced former president Ivo Stam to 27 years, hours after a panel of its judges found him "
            "guilty. Four of the five judges voted to convict the 73-year-old.",
            "Ivo Stam",
            id="its-judges",
        ),
    ],
)
def test_an_age_the_parse_reads_stays_the_named_persons(body: str, person: str) -> None:
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n"))
    aged = {c.subject for c in claims if c.kind == "clause" and c.relation == "aged"}
    assert aged == {person}, [(c.subject, c.relation, c.text) for c in claims]


# review33 R5: an age set after a clause that ends on its date is the age on that date ('became prime minister in
# 2015, aged 65': 64 or 65 in 2015 for a man born 3 March 1950), so a wrong age then is still refuted, by that year's.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam became prime minister in 2015, aged 60.", id="in-a-year"),
        pytest.param("Ivo Stam was arrested on 3 June 2019, aged 73.", id="on-a-day"),
    ],
)
def test_a_wrong_age_set_after_a_dated_clause_is_refuted_by_the_age_then(body: str) -> None:
    found = _judged(body, PEOPLE, ("clause",))
    assert Verdict.CONTRADICTED in found.values(), found


# review33 R7: the small model hangs the count a verb acts on as an adverbial noun phrase ('The Norby floods displaced
# 52 people': 'people' an npadvmod of 'displaced'); that count is the verb's, as an object is. A measure the verb moves
# by ('fell 20 points', 'rose 5 percent') stays no object: it says how far, not what was acted on.
@pytest.mark.parametrize(
    ("sentence", "figure", "verb"),
    [
        pytest.param("The Norby floods displaced 52 people.", "52", "displace", id="displaced-people"),
        pytest.param("The Norby floods killed 52 people.", "52", "kill", id="killed-people"),
        pytest.param("The Norby index fell 20 points.", "20", None, id="fell-points"),
        pytest.param("Shares in Norby Steel rose 5 percent on Monday.", "5", None, id="rose-percent"),
    ],
)
def test_a_count_hung_as_an_adverbial_noun_is_the_verbs_unless_a_measure(
    sentence: str, figure: str, verb: str | None
) -> None:
    from verify.nlp import parse

    number = next(t for t in parse(sentence).doc if t.text == figure)
    assert measure(number) == Measure(verb=verb)


# review33 B3: a count of the claim's deed that the page tells with its noun left out ('killed 52 people and displaced
# 40,000') is that deed's count: another figure refutes the claim, the same one supports it. open33's reading (a count
# of ANOTHER deed refutes nothing: tests/test_open33.py) still holds for the 52 killed.
FLOODS_ELIDED = page("2023 Norby floods", "The 2023 Norby floods killed 52 people and displaced 40,000.", SAVED)


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("The Norby floods displaced 50,000 people.", Verdict.CONTRADICTED, id="wrong-count"),
        pytest.param("The Norby floods displaced 40,000 people.", Verdict.SUPPORTED, id="right-count"),
        pytest.param("The Korvik earthquake injured more than 2,000 people.", Verdict.SUPPORTED, id="bound"),
    ],
)
def test_a_count_told_with_its_noun_left_out_settles_the_same_deeds_count(body: str, verdict: Verdict) -> None:
    found = _judged(body, [FLOODS_ELIDED, QUAKE], ("quantity",), QUAKE_WEEK)
    assert set(found.values()) == {verdict}, found


# ... but only a figure the claim's own verb (or one `taken_alike` holds with it) takes, in a sentence counting the
# claim's noun: another deed's or another noun's figure without its noun settles nothing.
@pytest.mark.parametrize(
    ("body", "lead"),
    [
        pytest.param(
            "The Norby floods displaced 30,000 people.",
            "The 2023 Norby floods killed 52 people and injured 40,000.",
            id="another-verb",
        ),
        pytest.param(
            "The Norby floods destroyed 500 homes.",
            "The 2023 Norby floods cut power to homes across Norby and destroyed 1,200.",
            id="another-noun",
        ),
    ],
)
def test_a_figure_with_its_noun_left_out_of_another_deed_or_noun_does_not_refute(body: str, lead: str) -> None:
    _never(Verdict.CONTRADICTED, body, [page("2023 Norby floods", lead, SAVED)], ("quantity",), QUAKE_WEEK)


# review33 R3: the whole of a part written without 'the' ('won 61 of 150 seats') is checked with the part's claim, not
# claimed alone; on the page side the same words give the party's 61, never 150 seats of its own.
def test_a_pages_part_without_the_gives_no_count_of_its_whole() -> None:
    bare = page("2023 Norby general election", "The Norby Party won 61 of 150 seats, up from 52.", SAVED)
    _never(Verdict.SUPPORTED, "The Norby Party won 150 seats.", [bare], ("quantity",), QUAKE_WEEK)


@pytest.mark.parametrize("body", ["The Norby Party won 61 of 150 seats.", "The Norby Party won 61 out of 150 seats."])
def test_a_part_without_the_is_claimed_with_its_whole_in_its_words(body: str) -> None:
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n"))
    assert [(c.text.split()[0], c.number) for c in claims if c.kind == "quantity"] == [("61", 61)], claims
