"""Session 21, fs21b: a value of another party, place or person is no evidence for the claimed one. Invented
people, countries and pages (`tests/support/judging.py`); each claim has the fields extraction gives its words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import clause_claim, page, verdict
from tests.test_review20 import test_an_office_containing_the_posts_words_is_not_the_post as not_the_post
from verify.models import Verdict
from verify.offices import same_office

AS_OF = dt.date(2024, 4, 1)


# desk20: a party's name is compared by its words, not their first five letters: 'Socialist' is not 'Social'
# (main: 'Socialist leader' supported by the leadership of the Social Democratic Party).
@pytest.mark.parametrize(
    ("value", "office"),
    [
        ("Socialist leader", "Leader of the Social Democratic Party"),
        pytest.param(
            "Liberal leader",
            "Leader of the Liberation Front",
            marks=pytest.mark.xfail(
                strict=True,
                reason="open: '-ation' is no longer an ending that makes another word (review21 B1: 'transportation"
                " minister' is the Minister of Transport), so 'Liber(al|ation)' share a stem again",
            ),
        ),
        ("Communist leader", "Leader of the Community Party"),
        ("Social Democratic leader", "Leader of the Socialist Party"),
    ],
    ids=["socialist-social", "liberal-liberation", "communist-community", "social-socialist"],
)
def test_another_partys_leadership_sharing_a_stem_does_not_support(value: str, office: str) -> None:
    not_the_post(value, office)  # review20 R5's check: a role claim against a boxed page with the office running


@pytest.mark.parametrize(
    ("claimed", "held"),
    [
        ("Socialist leader", "Leader of the Socialist Party"),
        ("finance minister", "Minister of Finance"),
        ("financial secretary", "Financial Secretary"),
        ("defense minister", "Minister of Defence"),
        ("sports minister", "Minister of Sport"),
        ("Social Democratic leader", "Leader of the Social Democrats"),
    ],
    ids=["same-party", "finance", "financial", "defense-defence", "sports-sport", "democratic-democrats"],
)
def test_a_word_with_another_ending_of_the_same_sense_is_the_same_office(claimed: str, held: str) -> None:
    assert same_office(claimed, None, held)


# review20 R2's general rule (holder.py `_belonging`, `_another_name_alone`): a clause's subject that is someone's of
# hers or a lone name that is none of hers gives the post to another; what stays hers: a thing of her own life that a
# post can be ('her first post'), and a word of her own name used alone ('Lund' of Tove Lund Brandt).
FINANCE = clause_claim("Tove Lund Brandt, the finance minister", "Tove Lund Brandt", "holds office",
                       "Tove Lund Brandt, the finance minister, spoke on Monday.", kind="role",
                       value="finance minister")  # fmt: skip
LUND = "Tove Lund Brandt (born 3 May 1966) is a Vestrian politician."


@pytest.mark.parametrize(
    ("said", "hers"),
    [
        ("Her first post, since 2019, has been finance minister.", True),
        ("Her current post is finance minister, which she has held since 2019.", True),
        ("Lund has been finance minister since 2019.", True),
        ("Brandt has been finance minister since 2019.", True),
        ("Her campaign manager, Ana Berg, has been finance minister since 2019.", False),
        ("The sister of Tove Lund Brandt has been finance minister since 2019.", False),
        ("Berg has been finance minister since 2019.", False),
    ],
    ids=["her-first-post", "her-current-post", "a-middle-name-alone", "surname", "her-campaign-manager",
         "the-sister-of", "another-surname"],
)  # fmt: skip
def test_whose_post_the_clauses_subject_says(said: str, hers: bool) -> None:
    doc = page("Tove Lund Brandt", f"{LUND} {said}")
    assert (verdict(FINANCE, [doc], AS_OF).verdict == Verdict.SUPPORTED) is hers


# review20 R9's turnout (verify/kinds/quantity/owner.py `_only_an_events`): what only an event has is the event's,
# even when a clause names the winner and a rival around it.
def test_a_turnout_beside_a_rival_is_the_elections_it_names() -> None:
    from verify.app import article_from_text
    from verify.extract import extract_claims

    body = ("Tomas Brel won the 2024 Velmaran presidential election with 54 percent, beating Lena Park, with a record "
            "turnout of 61 percent.")  # fmt: skip
    article = article_from_text(f"Vote in Velmara\n\n{body}", as_of=AS_OF)
    owners = [c.subject for c in extract_claims(article) if c.kind == "quantity" and c.text == "61 percent"]
    assert len(owners) == 1 and "election" in owners[0]


# review20 R4's general rule (verify/nlp/joined_names.py `_unrecognised_name`): a hyphen-joined run the recogniser
# found no name in is joined only as the end of a person's name (after a proper noun, with a lower-case piece); a
# participle or adjective after a name ('US-led', 'Chan-led') and a run after no proper noun stay apart.
@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Prayut Chan-o-cha was prime minister from 2014 to 2023.", "Chan-o-cha"),
        ("The US-led coalition met in Oslo.", None),
        ("The Paris-based firm met Ana Berg.", None),
        ("Prayut Chan-led forces won.", None),
        ("Then the Lena-ko-vo dam broke.", None),
    ],
    ids=["a-name-the-recogniser-missed", "us-led", "paris-based", "a-name-then-led", "after-no-proper-noun"],
)
def test_a_hyphenated_run_without_a_name_is_joined_only_as_a_persons_name(text: str, joined: str | None) -> None:
    from verify.nlp import parse

    tokens = [t.text for t in parse(f"Test\n\n{text}").doc]
    assert [t for t in tokens if "-" in t and len(t) > 1] == ([joined] if joined else [])
