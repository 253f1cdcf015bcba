"""'She succeeded Tom Berg, and was mayor of Norby from 2000 to 2008' names no office in the succession's own
clause: it is read in the office held on the article's day, a guess. When the sentence's other office is one the
infobox lists with no predecessor, Tom Berg may be that one's, so today's office's predecessor does not refute it
(review18 item 9: a false "contradicted"). With that office's predecessor given, and not Tom Berg, it still does.
Invented pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

AS_OF = dt.date(2024, 4, 1)
MINISTER = [("office", "Minister of Finance"), ("term_start", "3 May 2021"), ("predecessor", "Ann Holm")]
MAYOR = [("office2", "Mayor of Norby"), ("term_start2", "1 January 2000"), ("term_end2", "31 December 2008")]
SENTENCE = "Tove Brandt succeeded Tom Berg, and was mayor of Norby from 2000 to 2008."
SUCCEEDED = clause_claim("Tove Brandt succeeded Tom Berg", "Tove Brandt", "succeeded", SENTENCE, object="Tom Berg",
                         value="Tom Berg")  # fmt: skip


def judged(rows: list[tuple[str, str]]) -> Verdict:
    page = boxed("Tove Brandt", "Tove Brandt (born 3 May 1966) is a Vestrian politician.", rows)
    return verdict(SUCCEEDED, [page], AS_OF).verdict


def test_the_sentences_other_office_without_a_predecessor_leaves_the_succession_open() -> None:
    assert judged(MINISTER + MAYOR) != Verdict.CONTRADICTED


def test_the_other_office_giving_another_predecessor_refutes_it() -> None:
    assert judged([*MINISTER, *MAYOR, ("predecessor2", "Lena Dahl")]) == Verdict.CONTRADICTED
