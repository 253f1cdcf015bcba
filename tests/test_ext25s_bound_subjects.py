"""No date claim rather than a date of no one (session 25, ext25s; /work/briefs25/ext25s-causes.md).
Invented places, bodies and people.

A date whose subject and context are only common words ("The suspect was arrested on 1 March 2023", "the
all-stock transaction, first announced in October 2023", "The company sold ..." read as "the company sold") was
bound by its kind to no named entity: the event is somebody's, but the extraction does not know whose, and a
date of "suspect" is judged against whatever page the word finds. What the kinds and the shared resolvers could
not bind to a name is not emitted (verify/extract `_bound_to_names`). A name binds its date even where the
recogniser missed it (a proper noun) or it is also a stop word ("the US"). Lengths keep their measured noun
("three-day meeting": the older set labels them so), counts their counted noun, and an unattributed quote
claims no speaker on purpose.
"""

from __future__ import annotations

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims


def claims_on(text: str, words: str, kind: str) -> list[tuple[str, str | None]]:
    """(subject, context) of the claims of `kind` whose words are `words`."""
    article = article_from_text(f"Test\n\n{text}\n")
    return [(c.subject, c.context) for c in extract_claims(article) if c.kind == kind and c.text == words]


# (shape, text, the claim's words, its kind, what must be claimed there: [] for nothing)
ROWS = [
    (
        "a date of a person called by a bare common noun: no claim",
        "The suspect was arrested on 1 March 2023.",
        "was arrested on 1 March 2023",
        "date",
        [],
    ),
    (
        "a date whose subject is the garbage of a hyphenated description: no claim",
        "The Halvard Group agreed to buy Nordlys Foods. The all-stock transaction, first announced in October 2023,"
        " closed on Monday.",
        "announced in October 2023",
        "date",
        [],
    ),
    (
        "a date whose subject ran into its verb ('the company sold'): no claim",
        "The Halvard Group opened its new plant in Vestby on 3 May 2024. The company sold its old plant on 5 May"
        " 2024.",
        "sold its old plant on 5 May 2024",
        "date",
        [],
    ),
    (
        "guard: a name the recogniser missed, tagged a proper noun, binds its date",
        "Nordlys announced the deal on 3 May 2024.",
        "announced the deal on 3 May 2024",
        "date",
        [("Nordlys", "Test Nordlys")],
    ),
    (
        "guard: a name that is also a stop word ('the US') binds its date",
        "The US announced the deal on 3 May 2024.",
        "announced the deal on 3 May 2024",
        "date",
        [("US", "Test US")],
    ),
    (
        "guard: a length keeps the noun it measures",
        "Leaders of the Nordic Council met in Vestby on Tuesday. The three-day meeting closed with a joint statement.",
        "three-day meeting",
        "duration",
        [("meeting", None)],
    ),
    (
        "guard: a count keeps its counted noun (its owner, when it has one, is its context)",
        "The rescue teams pulled two living men from the rubble.",
        "two living men",
        "quantity",
        [("living men", None)],
    ),
    (
        "guard: an unattributed quote claims no speaker and stays",
        '"We will rebuild every bridge in the valley," one notice at the town hall read.',
        '"We will rebuild every bridge in the valley,"',
        "quote",
        [("unattributed", None)],
    ),
]


@pytest.mark.parametrize(("text", "words", "kind", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_a_date_is_bound_to_a_name_or_not_emitted(
    text: str, words: str, kind: str, expected: list[tuple[str, str | None]]
) -> None:
    assert claims_on(text, words, kind) == expected
