"""A second predicate coordinated with the first states a second fact of the same subject: the parser hangs
it on the copula ("was foreign minister ... and agriculture minister ...") or gives it a verb of its own with
no subject ("..., and was the 13th person to hold the office"). Invented people and offices."""

from __future__ import annotations

from tests.test_clauses import article
from verify.extract import extract_claims


def _said(body: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.text, c.subject or "") for c in extract_claims(article(body))]


def test_a_second_post_hung_on_the_copula_is_the_subjects_role() -> None:
    body = (
        "Veteran of the centre right, Aldo Varenne was foreign minister from 2004 to 2005 and agriculture "
        "minister from 2005 to 2009 in the Marlow government."
    )
    roles = [(text, subject) for kind, text, subject in _said(body) if kind == "role"]
    assert ("agriculture minister", "Aldo Varenne") in roles, roles


def test_a_coordinated_copula_with_its_own_complement_is_a_claim_of_the_first_subject() -> None:
    body = (
        "Tomas Verrin served two terms as premier, from 2010 to 2014 and from 2018 to 2022, and was the "
        "13th person to hold the office."
    )
    said = [(text, subject) for kind, text, subject in _said(body) if kind == "clause"]
    assert ("was the 13th person", "Tomas Verrin") in said, said


def test_a_participle_after_a_second_predicate_gives_the_predecessor_no_earlier_post() -> None:
    body = (
        "Ilse Marrow was an assistant governor from 2010 to 2022 and became deputy governor in April 2022, "
        "succeeding Tom Keller."
    )
    held = [(text, subject) for kind, text, subject in _said(body) if kind == "role" and subject == "Tom Keller"]
    assert held == [], held  # Keller was deputy governor before her, never an assistant governor on her word


def test_a_participle_gives_the_predecessor_no_post_told_before_its_verb() -> None:
    body = (
        "Ana Ruiz, a former finance minister, was named governor of the Bank of Velmara on Monday, "
        "succeeding Tom Keller."
    )
    claims = extract_claims(article(body))
    held = [c.value for c in claims if c.kind == "role" and c.subject == "Tom Keller" and c.relation == "held office"]
    assert "finance minister" not in held, held  # her own former post, named before the verb 'succeeding' follows


def test_a_participle_gives_the_predecessor_the_post_of_its_verb() -> None:
    body = "Gen. Ivo Brandt took command of the Northern Command on Friday, succeeding Gen. Lea Marsh."
    claims = extract_claims(article(body))
    held = [c.value for c in claims if c.kind == "role" and c.subject == "Lea Marsh" and c.relation == "held office"]
    assert held == ["head of Northern Command"], held
