"""No claim rather than a claim about no one (session 25, ext25s; /work/briefs25/ext25s-causes.md).
Invented places, bodies and people.

A date or a length whose subject and context are only common words ("The three-day meeting", "The jurors
deliberated for less than three hours", "the all-stock transaction") was bound by its kind to no named entity:
the fact is somebody's, but the extraction does not know whose, and a claim on "meeting" or "jurors" is judged
against whatever page those words find. What the kinds and the shared resolvers could not bind to a name is
not emitted (verify/extract `_bound_to_names`). A description that was resolved to a name keeps its claim; a
count keeps its counted noun (its owner is its context); an unattributed quote claims no speaker on purpose.
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
        "a length of a bare event noun: no claim",
        "Leaders of the Nordic Council met in Vestby on Tuesday. The three-day meeting closed with a joint statement.",
        "three-day meeting",
        "duration",
        [],
    ),
    (
        "a length whose subject is a common plural: no claim",
        "The jurors deliberated for less than three hours before reaching a verdict.",
        "for less than three hours",
        "duration",
        [],
    ),
    (
        "a length of a noun of the event, its person named before: no claim on the noun",
        "Karl Moen was convicted of fraud in March. The two-week trial had drawn large crowds.",
        "two-week trial",
        "duration",
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
        "guard: a count keeps its counted noun (its owner, when it has one, is its context)",
        "The rescue teams pulled two living men from the rubble.",
        "two living men",
        "quantity",
        [("living men", None)],
    ),
    (
        "guard: a count whose context names its place stays",
        "Floods struck the east on Monday. The toll rose to 229 in the Vestby region and seven in Halden.",
        "seven in Halden",
        "quantity",
        [("count", "Halden")],
    ),
    (
        "guard: a description resolved to a name stays",
        "The Halvard Group opened its new plant in Vestby on Monday. The company spent two years building it.",
        "spent two years",
        "duration",
        [("Halvard Group", None)],
    ),
    (
        "guard: a name the recogniser missed, tagged a proper noun, binds its claim",
        "Nordlys spent two years building the dam.",
        "spent two years",
        "duration",
        [("Nordlys", None)],
    ),
    (
        "guard: a name that is also a stop word ('the US') binds its claim",
        "The US spent two years building the Vestby dam.",
        "spent two years",
        "duration",
        [("US", None)],
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
def test_a_claim_is_bound_to_a_name_or_not_emitted(
    text: str, words: str, kind: str, expected: list[tuple[str, str | None]]
) -> None:
    assert claims_on(text, words, kind) == expected
