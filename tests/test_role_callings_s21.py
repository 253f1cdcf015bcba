"""Callings of broadcasting, music, writing and the press written before a name like a title ("the hosts X and
Y", "the bandleader X", "the playwright X"): a role of each person named (verify/lexicons/titles.toml `titles`).
Invented names."""

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims


def roles(body: str) -> set[str]:
    return {c.subject for c in extract_claims(article_from_text(f"Story\n\n{body}\n")) if c.kind == "role"}


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("The texts came from the hosts Tom Varsk and Ana Lund, the court heard.", "Tom Varsk"),
        ("The texts came from the hosts Tom Varsk and Ana Lund, the court heard.", "Ana Lund"),
        ("In 1956 she met the bandleader Tom Varsk in a club in St. Louis.", "Tom Varsk"),
        ("The prize went to the playwright Ana Lund for her third play.", "Ana Lund"),
    ],
)
def test_a_calling_before_a_name_is_the_persons_role(body: str, person: str) -> None:
    assert person in roles(body)
