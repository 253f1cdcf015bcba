"""An article dated only by the day it is judged on (`--as-of`, or a sidecar's "as_of") reads a day written
without its year by that day, as the judge does, not by the year of another event written before it:
'He became party leader on 24 March' in a story of 10 April 2024 that recounts a term 'since December
2022' is 24 March 2024. Invented people and party."""

from __future__ import annotations

import datetime as dt

from verify.app import article_from_text
from verify.extract import extract_claims

BODY = (
    "Story\n\nAine Corr succeeds Tomas Wiro, who had led the government since December 2022. "
    "Corr became party leader on 24 March.\n"
)


def _date_values(as_of: dt.date | None) -> list[str | None]:
    article = article_from_text(BODY, as_of=as_of)
    return [c.value for c in extract_claims(article) if c.kind == "date" and "24 March" in c.text]


def test_a_yearless_day_takes_the_year_of_the_day_the_article_is_judged_on():
    assert _date_values(dt.date(2024, 4, 10)) == ["2024-03-24"]
