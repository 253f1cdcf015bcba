"""A degree or an honour written after a name ("Anna Berg, M.D.,", "Tom Hale, OBE,") is part of how the
person is written, not a second entity: the role set beside it after another comma is still the person's,
and nothing is claimed about the letters themselves."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims
from verify.models import Claim


def claims(body: str) -> list[Claim]:
    text = f"Headline\n\nThe company reported its results.\n\n{body}\n"
    return extract_claims(Article(path="story.txt", stem="story", sha256="0", title="Headline", text=text))


# (shape, sentence, holder, words of the office the claim gives)
AFTER_POST_NOMINALS = [
    (
        "a medical degree, then two capitalised titles",
        '"The results were strong," said Anna Berg, M.D., Chief Executive Officer and President of Norvik.',
        "Anna Berg",
        "Chief Executive Officer",
    ),
    (
        "a doctorate, then a lower-case title",
        "Tomas Lund, Ph.D., chief scientific officer of Norvik, presented the data on Monday.",
        "Tomas Lund",
        "chief scientific officer",
    ),
    (
        "an honour, then a title",
        "Ingrid Falk, OBE, chair of the Tarvik Trust, opened the new hall in May.",
        "Ingrid Falk",
        "chair",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "holder", "office"), [r[1:] for r in AFTER_POST_NOMINALS], ids=[r[0] for r in AFTER_POST_NOMINALS]
)
def test_a_role_after_a_degree_or_honour_is_the_named_persons(sentence, holder, office):
    roles = [c for c in claims(sentence) if c.kind == "role"]
    assert any(c.subject == holder and office in (c.value or "") for c in roles), roles
    assert all(c.subject == holder for c in roles), [(c.subject, c.value) for c in roles]


@pytest.mark.parametrize("letters", ["Ph.D.", "OBE"])
def test_a_degree_or_honour_after_a_name_is_no_fact_of_its_own(letters):
    got = claims(f"Tomas Lund, {letters}, chief scientific officer of Norvik, presented the data in May.")
    assert not [c for c in got if c.value == letters or c.subject == letters], [(c.subject, c.value) for c in got]


def test_an_office_word_after_a_title_is_no_name():
    """'Chief Executive Officer and President': the prenominal-title pattern must not read 'Officer' as
    the name the title 'Chief Executive' stands before."""
    got = claims('"We grew," said Anna Berg, Chief Executive Officer and President of Norvik.')
    assert [c.subject for c in got if c.kind == "role"] == ["Anna Berg", "Anna Berg"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chief Financial Officer Ivo Stam said the company grew.",
        "Norvik Chief Financial Officer Ivo Stam said the company grew.",
        "Chief Operating Officer Ivo Stam left on Monday.",
    ],
)
def test_an_office_word_inside_a_title_before_a_name_is_no_part_of_the_name(sentence):
    """Mutation office-word-read-as-a-name. 'Chief Financial Officer Ivo Stam': 'Officer' ends the title, it
    does not open the name, so no role is claimed of 'Financial Officer Ivo Stam' with the office 'Chief'."""
    roles = [c for c in claims(sentence) if c.kind == "role"]
    assert all(c.subject == "Ivo Stam" for c in roles), [(c.subject, c.value) for c in roles]


def test_a_title_ending_in_officer_before_a_name_is_the_persons():
    """The twin: the whole title before the name is the named person's office."""
    roles = [c for c in claims("Chief Operating Officer Ivo Stam left on Monday.") if c.kind == "role"]
    assert [(c.subject, c.value) for c in roles] == [("Ivo Stam", "Chief Operating Officer")]


# Office letters after a name (names.toml `post_nominals.offices`) say what the person holds, unlike a degree.
OFFICE_LETTERS = [
    ("a member of parliament, then a party post", "Ana Berg, MP, the party spokeswoman, said the vote failed.", "MP"),
    ("a European member, then a committee post", "Lena Roos, MEP, a member of the trade committee, voted no.", "MEP"),
    ("a senior barrister, then a case post", "Owen Tait, KC, the lead counsel for the family, spoke outside.", "KC"),
]


@pytest.mark.parametrize(("sentence", "letters"), [r[1:] for r in OFFICE_LETTERS], ids=[r[0] for r in OFFICE_LETTERS])
def test_office_letters_keep_their_own_role_beside_the_apposition(sentence, letters):
    roles = [(c.subject, c.value) for c in claims(sentence) if c.kind == "role"]
    holder = sentence.split(",")[0]
    assert (holder, letters) in roles, roles
    assert any(who == holder and value != letters for who, value in roles), roles
    assert all(who == holder for who, _ in roles), roles
