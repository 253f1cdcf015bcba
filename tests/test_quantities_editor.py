"""Counts and amounts as a fact-checking editor marks them, and only those
(verify/kinds/quantity/): shapes written for these tests, one behaviour per row."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims
from verify.models import Claim


def story(body: str, headline: str = "Headline") -> Article:
    """A headline, an unrelated opening paragraph (so pronouns have something before them), the body."""
    text = f"{headline}\n\nThe agency reported the news.\n\n{body}\n"
    return Article(path="story.txt", stem="story", sha256="0", title=headline, text=text)


def counts(body: str, headline: str = "Headline") -> list[Claim]:
    return [c for c in extract_claims(story(body, headline)) if c.kind == "quantity"]


def test_a_headline_states_no_count_of_its_own() -> None:
    """The headline sums up the body; the body's words are the ones an editor checks."""
    found = counts(
        "The harbour authority said the storm sank 40 fishing boats.",
        headline="Storm wrecks 40 boats, floods thousands of homes and costs 300 million euros",
    )
    assert [c.text for c in found] == ["40 fishing boats"]


def the_count(body: str, words: str) -> Claim:
    """The count whose words hold `words` (one that starts with them first)."""
    found = [c for c in counts(body) if words in c.text]
    assert found, [(c.text, c.context) for c in counts(body)]
    return min(found, key=lambda c: not c.text.startswith(words))


# (shape, sentence, words of the count, the entity it is about)
OWNERS = [
    (
        "a pronoun possessing the counted noun, before a place it hangs on",
        "Tidewater opened in May and took six of its 11 nominations at the Harlow Film Awards.",
        "11 nominations",
        "Tidewater",
    ),
    (
        "a name counted as a prize is the winner's",
        "Tidewater, a film by Lena Ostrova, won three Oscars on Sunday.",
        "three Oscars",
        "Tidewater",
    ),
    (
        "a score after a result verb is the winner's",
        "Lund Athletic defeated Vardo 2-0 at home.",
        "2-0",
        "Lund Athletic",
    ),
    (
        "a score after a ranked winner the parser reads badly is still the winner's",
        "No. 4 Vardo beat No. 1 Lund Athletic 93-83 on Saturday.",
        "93-83",
        "Vardo",
    ),
    (
        "a people counted as a subject is the count's own",
        "Eleven Democrats crossed the floor.",
        "Eleven",
        "Democrats",
    ),
    (
        "the agent of a participle on the counted noun",
        "Maren Tolk broke the record of 2,410 points set by Ilse Varga in 1988.",
        "2,410 points",
        "Ilse Varga",
    ),
    (
        "a subject possessed by a pronoun, not the last body of that noun",
        "Estonia's parliament voted in May. Latvia was the last to agree: "
        "its parliament passed the bill by 61 votes to 20.",
        "61 votes",
        "Latvia",
    ),
]


@pytest.mark.parametrize(("shape", "sentence", "words", "owner"), OWNERS, ids=[row[0] for row in OWNERS])
def test_the_owner_of_a_count(shape: str, sentence: str, words: str, owner: str) -> None:
    assert the_count(sentence, words).context == owner, shape


# (shape, sentence, words of a count no editor marks)
NOT_STATED = [
    ("a modal", "Grenmark Energy said the new line could cost $3 billion.", "$3 billion"),
    ("a hedge above the verb", "Grenmark Energy is expected to cut 2,500 jobs.", "2,500 jobs"),
    ("a hope", "Grenmark Energy hopes to raise $900 million from investors.", "$900 million"),
    ("a condition", "If the dam fails, the valley would lose 40 villages.", "40 villages"),
    ("a season's span, no score", "Vardo FC won the league in the 2015-16 season.", "15-16"),
    ("a denying subject", "No club had ever sold 80,000 season tickets in one summer.", "80,000 season tickets"),
    ("a denied verb", "Grenmark Energy did not cut 2,500 jobs last year.", "2,500 jobs"),
    ("a guess framing a clause", "Grenmark Energy expects the merger to add $900 million in sales.", "$900 million"),
    ("a belief framing a clause", "The two lenders believe the merger will add 8 percent to earnings.", "8 percent"),
    ("an opinion framing a clause", "Most traders think the fund will shed 300 jobs by spring.", "300 jobs"),
]


@pytest.mark.parametrize(("shape", "sentence", "words"), NOT_STATED, ids=[row[0] for row in NOT_STATED])
def test_a_count_its_clause_does_not_assert_is_no_claim(shape: str, sentence: str, words: str) -> None:
    assert not [c for c in counts(sentence) if words in c.text], shape


# (shape, sentence, words of a count an editor marks)
STATED = [
    (
        "what a deal sets, in the future",
        "Under the deal Grenmark Energy will pay $3 billion over ten years.",
        "$3 billion",
    ),
    ("a subject under a modal", "All 14 members of the board must now sign the accounts.", "14 members"),
    ("a plan, a stated intention", "Grenmark Energy plans to hire 600 engineers.", "600 engineers"),
    ("an ability", "The new plant can assemble 900 turbines a year.", "900 turbines"),
    ("a reported will", "Grenmark Energy announced that it would order 12 turbines.", "12 turbines"),
    ("a belief about what happened", "Inspectors believe the ferry drifted 40 kilometres off course.", "40 kilometres"),
    (
        "a count inside a description of a hedged clause",
        "Its chief said she was committed to the company's 9,000 workers.",
        "9,000 workers",
    ),
]


@pytest.mark.parametrize(("shape", "sentence", "words"), STATED, ids=[row[0] for row in STATED])
def test_a_count_the_article_states_stays(shape: str, sentence: str, words: str) -> None:
    assert [c for c in counts(sentence) if words in c.text], shape


def test_a_denied_count_still_names_what_the_bare_number_after_it_counts() -> None:
    """ "No club had ever sold 80,000 season tickets. Vardo FC sold 60,000 in 2019": the denied count is
    no claim, but the bare "60,000" after it counts season tickets, Vardo FC's."""
    found = [c for c in counts("No club had ever sold 80,000 season tickets. Vardo FC sold 60,000 in 2019.")]
    assert [(c.context, c.unit) for c in found] == [("Vardo FC", "season tickets")]


def test_a_group_of_counted_people_is_one_count() -> None:
    """ "A staff of about 16,000 people" states one number once, not a staff and a count of people."""
    found = counts("Velta Bank employs a staff of about 16,000 people.")
    assert [c.text for c in found] == ["about 16,000 people"]


# (shape, sentence, words the count stands on, the entity it is about): the shapes of counts and amounts
# news writes, each found on its words and given to its owner
SHAPES = [
    ("a price a share", "Velta will pay $31 a share for Norcom.", "$31", "Velta"),
    (
        "an amount before its noun",
        "Lena Ostrova signed a $240 million contract with the Gulls.",
        "$240 million",
        "Lena Ostrova",
    ),
    ("pounds", "Ostrova won £25,000 from the Harlow Foundation.", "£25,000", "Ostrova"),
    ("a share held", "Velta bought a 27% stake in Norcom last year.", "27%", "Velta"),
    ("a tally of votes", "The Senate confirmed Maria Lopes in a 64-35 vote.", "64-35 vote", "Maria Lopes"),
    ("a part of a whole", "The Norland People's Party won 152 of the 301 seats.", "152 of the 301 seats", "Norland"),
    ("a total", "Maren Tolk finished her college career with 2,874 points.", "2,874 points", "Maren Tolk"),
    (
        "an approximate count acting on a name",
        "Nearly 150 nations signed the Harlow Accord.",
        "Nearly 150",
        "Harlow Accord",
    ),
    ("a written scale", "Some 2.4 million people fled Norland.", "Some 2.4 million people", "Norland"),
    ("a casualty count", "The storm killed at least 1,900 people in Velmar.", "at least 1,900 people", "Velmar"),
    (
        "a count by its scale alone",
        "The Velmar floods left hundreds of thousands of homes without power.",
        "hundreds",
        "Velmar",
    ),
    ("a dozen", "Velta closed a dozen factories in Norland.", "a dozen factories", "Velta"),
]


@pytest.mark.parametrize(("shape", "sentence", "words", "owner"), SHAPES, ids=[row[0] for row in SHAPES])
def test_a_count_in_the_shapes_news_writes(shape: str, sentence: str, words: str, owner: str) -> None:
    assert owner in (the_count(sentence, words).context or ""), shape


def test_a_press_releases_forward_looking_section_states_no_count() -> None:
    """What follows the heading of forward-looking statements is expectation, whatever its grammar."""
    found = counts(
        "Velta Bank said it employs 9,000 people.\n\nForward-looking statements\n\n"
        "This release holds expectations that the merger adds $1 billion in revenue within 12 months."
    )
    assert [c.text for c in found] == ["9,000 people"]


def test_the_day_of_a_date_is_no_count() -> None:
    """'broke out on Jan. 7 during a storm': the sentence splitter may cut after 'Jan.', but a day of a
    month is the date kind's, never a count of whatever follows it."""
    found = counts(
        "The two fires broke out on Jan. 7 during a storm that forecasters had called the worst. They have"
        " burned 3,000 acres."
    )
    assert [c.text for c in found if "7" in c.text] == []
    assert any("3,000 acres" in c.text for c in found)


def test_a_count_written_after_a_month_is_no_day_of_it() -> None:
    """'In May 14,500 people left': a month's name then a whole number with thousands is a count, since the
    number runs past where any day of that month could end."""
    found = counts("In May 14,500 residents left the valley after the dam cracked.")
    assert any("14,500 residents" in c.text for c in found), [c.text for c in found]
