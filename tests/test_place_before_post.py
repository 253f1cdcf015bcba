"""A place written before a post ('Bucharest mayor Ana Ruiz') is the post's place, never a superlative rank because
its name ends in '-est': the claim is the mayoralty of that place, which the mayor's own row supports. Invented
person; a real city whose name ends so."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, verdict
from tests.support.judging import clause_claim as claim
from verify.models import Verdict


def test_a_place_ending_in_est_before_the_post_is_the_posts_place() -> None:
    said = "Bucharest mayor Ana Ruiz opened the bridge on Monday."
    c = claim("Bucharest mayor Ana Ruiz", "Ana Ruiz", "holds office", said, kind="role", relation="holds office",
              value="Bucharest mayor")  # fmt: skip
    page = boxed("Ana Ruiz", "Ana Ruiz (born 1970) is a Romanian politician.",
                 [("office", "Mayor of Bucharest"), ("term_start", "1 October 2020")])  # fmt: skip
    assert verdict(c, [page], dt.date(2024, 5, 6)).verdict == Verdict.SUPPORTED
