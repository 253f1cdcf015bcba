"""Date claims: who did what on which day ("took office on 17 January 2025").

Found by the shared pattern reader and by the parse (parsed.py: timeline lines, datelines, relative
days, dated nouns, whom the event is about); the value is the ISO date when the year is known.

Judged honestly and narrowly: a page about the subject (their own page, or a sentence naming
them) that states the same date, at the precision the article gives, in a sentence with the
event's verb supports the claim; the subject's own infobox giving another date for the same
event (a term's start, a death) contradicts it; anything else leaves it unverified.
"""

from __future__ import annotations

import datetime as dt
import re

from verify import lexicons
from verify.aliases import SMALL_WORDS, fold
from verify.kinds.base import ArticleView, BaseKind, Finding, Retrieved, Wants
from verify.kinds.date.judge import date_findings, event_query, event_words, founding
from verify.match import YEAR, parse_date
from verify.models import Claim, Reason


class DateKind(BaseKind):
    name = "date"

    def find(self, view: ArticleView) -> list[Claim]:
        from verify.extract import engine_claims  # the shared reader imports this kind's rules: import it late

        return [_with_named_event(claim, view.text) for claim in engine_claims(view, self.name)]

    def wants(self, claim: Claim) -> Wants:
        # the subject's pages come with the article's other claims; asking for more would change every batch.
        # An event named just before the date ('the general election held on ...') is searched for.
        event = claim.context or event_query(claim)
        event = event if event and names_an_event(event) else None
        own = (claim.effective_subject,) if founding(claim) else ()  # what was founded: its own page dates it
        return Wants(titles=own, events=(event,) if event else (), at_date=True)  # a term's dates, as then written

    def judge(self, claim: Claim, evidence: Retrieved, as_of: dt.date | None) -> list[Finding]:
        from verify.kinds.duration.judge import birthday_findings  # the duration judge imports this kind's judge

        birthday = birthday_findings(claim, evidence.everything, as_of)  # 'turns 62 on 4 October'
        return date_findings(claim, evidence.everything, as_of) if birthday is None else birthday

    def undecided(self, claim: Claim) -> tuple[str, Reason]:
        return "No retrieved page states this date for this event.", Reason.NO_PASSAGE


def _time_words() -> frozenset[str]:
    """Words a date claim's event may hold that name no event: times, numbers, pronouns, span and small words."""
    dates, numbers = lexicons.load("dates"), lexicons.load("numbers")
    relative = [w for day in dates["relative_days"] for w in day.split()]
    return frozenset(
        [*dates["months"], *dates["month_abbreviations"], *dates["weekdays"], *relative, *numbers["words"],
         *(w for d in numbers["decades"] for w in d.split()), *lexicons.load("names")["pronouns"],
         *dates["span_words"], *SMALL_WORDS]
    )  # fmt: skip


_TIME_WORDS = _time_words()


def _with_named_event(claim: Claim, article: str) -> Claim:
    """'The general election held on 4 July 2024' in an article that names 'the 2024 United Kingdom general
    election' is about that one: the full name goes to `context`, so retrieval and the judge look for that
    event and not for every year's general election of every country. Left alone when the article names
    no such event, or several."""
    if claim.context or _on_the_dateline(claim, article):
        return claim
    value = claim.effective_value or ""
    dated = re.search(rf"\b{YEAR}\b", value) is not None  # 'in May' gives no year: the parser's stand-in is none
    name = named_event(article, event_words(claim), parse_date(value), dated)
    return claim.model_copy(update={"context": name}) if name else claim


def _on_the_dateline(claim: Claim, article: str) -> bool:
    """Whether a claim starts on the dateline ("GENEVA, 20 May 2025 — Member States ... today adopted"): the
    words before its date are the town it was filed from, not an event it dates."""
    from verify.kinds.date.parsed import _dateline

    where = _dateline(article)
    return where is not None and where[0] <= claim.span[0] < where[1]


def named_event(article: str, words: list[str], day: dt.date | None, dated: bool = True) -> str | None:
    """The one name the article gives an event its words only describe: the words ('general election')
    after a year or capitalised words that qualify them ('2024 United Kingdom'); a year in the name must
    be the claimed one, so a name with a year never fits a day the claim writes without one (`dated` False:
    'held in May' beside 'the 2000 general election', whose year is only the parser's stand-in)."""
    if not words or day is None or not names_an_event(" ".join(words)):
        return None
    tail = r"\s+".join(re.escape(w) for w in words)
    pattern = rf"\b((?:\d{{4}}\s+)?(?:[A-Z][\w'.-]*\s+){{0,4}})(?i:{tail})\b"  # the words in any case
    found: set[str] = set()
    for m in re.finditer(pattern, article):
        qualifier = [w for w in m[1].split() if w not in _ARTICLE_WORDS]
        if not qualifier or not all(w[0].isupper() or w.isdigit() for w in qualifier):
            continue  # a lower-case word before the words: no name ('Labour won the general election')
        if any(w.endswith(".") and not _INITIALS.fullmatch(w) for w in qualifier):
            continue  # a sentence's last word before them ('... of Vestria. The opposition leader'): no name
        years = {int(w) for w in qualifier if w.isdigit()}
        if years and (not dated or years != {day.year}):
            continue
        found.add(" ".join([*qualifier, *m.group(0).split()[len(m[1].split()) :]]))
    names = {fold(n): n for n in found}
    return next(iter(names.values())) if len(names) == 1 else None


_ARTICLE_WORDS = frozenset({"The", "the", "A", "a", "An", "an"})
_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # 'U.S.' ends in a full stop inside a name


def names_an_event(event: str) -> bool:
    """Whether the words a date claim dates ('2024 general election') could title an event's page: a
    word besides a time, a number or a pronoun ('2025 Tuesday', '2024 he', '2025 from 2022 to 2025'
    name none, and a search for them would only cost a request)."""
    return any(w not in _TIME_WORDS and not re.fullmatch(r"\d+s?", w) for w in fold(event).split())


KIND = DateKind()
