"""Date claims read off the parse: every calendar date in the article body tied to the event it dates.

The patterns (extract.py) know a few verb shapes; news writes dates in many more: at the head of a
timeline line ("26 August - FIFA suspends Rubiales"), in a dateline ("LONDON, 12 November 2024 —"),
as a relative day resolved against the dateline ("Microsoft today completed"), on a noun ("approval
on Oct. 13 by the UK Competition and Markets Authority"), or with the event's verb anywhere in the
clause. Each such date becomes a `date` claim whose subject is the entity the event is about:

- the agent of a dated noun ("approval ... by X") or the thing the noun names ("the blowout of a
  door plug on ..."), else the dated verb's subject;
- but a person the event is done to when the doer is not a person ("The federation sacks coach
  Jorge Vilda", "the Executive Board chose her"): the story is about the one sacked or chosen;
- a pronoun stands for the person named last before it; a relative pronoun for its antecedent.

The value is the ISO date when the year is known (written, or taken from the dateline or the
publication date, or else from the nearest full date before it), the words as written otherwise.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from verify import aliases, lexicons
from verify.kinds.base import ArticleView
from verify.models import Claim
from verify.nlp import Parsed, parse_view
from verify.nlp.paragraphs import body_start, dateline
from verify.nlp.reference import References
from verify.nlp.verb_forms import PAST_FORM, bare_verb_form
from verify.text import Sentence

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Token

__all__ = ["DateMention", "date_mentions", "with_parsed_dates"]

NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "PRODUCT"})
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})  # capitalised words that name no one ("Oct.")
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
THING_PRONOUN = "it"
RELATIVE_WORDS = frozenset({"who", "that", "which"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
MODIFIERS = frozenset({"compound", "nmod", "amod", "nummod"})
_DATING_A_NOUN = frozenset({"poss", "compound", "nmod"})  # "Sunday's vote", "the 14 February vote"
AUXILIARIES = frozenset({"aux", "auxpass"})
OBJECTS = frozenset({"dobj", "dative", "oprd"})  # "named Robert Ortberg as ...": oprd
# a noun the date hangs on that is itself a part of its verb's clause: the verb's subject decides
CLAUSE_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "compound"})
LINE_VERB_DEPS = frozenset({"ROOT", "ccomp", "parataxis", "conj"})  # a timeline line's first main verb
SAME_ENTITY = 80  # token-set ratio of two names for one entity ("Holm", "Eva Holm")
MAX_GAP_WORDS = 3  # words between a date and its verb for the claim to hold both
MAX_SINCE_WORDS = 10  # "has been chair of the Lund Rowing Club since ...": the post a start dates, kept whole
FUTURE_WINDOW = dt.timedelta(days=92)  # how far after its dateline a year-less date may lie
HEDGES = frozenset({"could", "may", "might", "should", "must", "can"})  # not will: a set date is a fact


@functools.cache
def _calendar() -> tuple[dict[str, int], tuple[str, ...], tuple[str, ...]]:
    """Month numbers by every written form, the weekdays, and the relative days ('today')."""
    dates = lexicons.load("dates")
    months = {name: i + 1 for i, name in enumerate(dates["months"])}
    for short in dates["month_abbreviations"]:
        months[short] = next(n for full, n in months.items() if full.startswith(short[:3]))
    return months, tuple(dates["weekdays"]), tuple(dates["relative_days"])


# The prepositions a year alone dates an event by ("joined in 1987", "since 2001", "From 2015 he ..."),
# each as a fixed-width look-behind, so the mention starts at the year.
_YEAR_LEADS = "(?:" + "|".join(rf"(?<=\b{w}\s)" for p in ("in", "since", "from") for w in (p, p.capitalize())) + ")"


@functools.cache
def _mention_pattern() -> re.Pattern[str]:
    months, weekdays, relative = _calendar()
    forms = sorted(months, key=len, reverse=True)  # "August" before "Aug"
    written = (m.capitalize() + ("" if m in aliases.FULL_MONTHS else r"\.?") for m in forms)  # "Oct." and "Oct"
    month = "(?:" + "|".join(written) + r")(?![a-z])"
    # not "June 12,000 people": a count after a month; a day may be written as its ordinal ("the 13th of June",
    # "June 13th"), which must never leave the month alone to be checked (review44 R1)
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|[,.]\d|\w)"
    year = r"(?:1[89]|20)\d\d(?!\d)"
    return re.compile(
        rf"\b(?:(?P<d1>{day})\s+(?:of\s+)?(?P<m1>{month})(?:,?\s+(?P<y1>{year}))?"  # 2 October 2023, 25 March
        rf"|(?P<m2>{month})\s+(?P<d2>{day})(?:,\s+(?P<y2>{year}))?"  # Oct. 13, 2023, October 3
        rf"|(?P<m3>{month})\s+(?P<y3>{year})"  # January 2020
        rf"|(?:(?<=\bin\s)|(?<=\bIn\s))(?P<m4>{month})(?!\w|\s+\d)"  # "in September", "In May,"; not "In May 14,500"
        rf"|{_YEAR_LEADS}(?P<y4>{year})(?![\w'’/–—-])"  # in 2005, since 2001 (not "2015–2019", "2015/16")
        rf"|(?:(?<=\bon\s)|(?<=\bOn\s)|(?<=\bsince\s))(?P<weekday>{'|'.join(w.capitalize() for w in weekdays)})\b"
        # on Wednesday; since Tuesday (a past day: the last Tuesday)
        rf"|(?P<weekday_of>{'|'.join(w.capitalize() for w in weekdays)})(?=['’]s\s)"  # Sunday's vote
        rf"|(?<=\b[Ll]ast\s)(?P<weekday_last>{'|'.join(w.capitalize() for w in weekdays)})\b"  # last Saturday
        rf"|(?P<relative>{'|'.join(relative)})\b)"  # today, this evening
    )


@functools.cache
def _present_in_entries() -> frozenset[str]:
    """Words by which a timeline entry speaks of the article's day (verify/lexicons/dates.toml)."""
    return frozenset(lexicons.load("dates")["present_in_entries"])


@functools.cache
def _day_parts() -> frozenset[str]:
    """Parts of a day written after a day ("on Saturday night"): verify/lexicons/dates.toml."""
    return frozenset(lexicons.load("dates")["day_parts"])


@functools.cache
def _descriptions() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns that describe a person ('the economist') and a body ('the company') already named."""
    titles = lexicons.load("titles")
    return frozenset(titles["people"]), frozenset(titles["bodies"])


@dataclass(frozen=True)
class DateMention:
    """A date as the article writes it; `year`, `month`, `day` what it says or implies (None: unknown)."""

    start: int
    end: int
    words: str
    year: int | None
    month: int | None
    day: int | None
    relative: bool = False

    @property
    def iso(self) -> str | None:
        """'2024-07-05', '2017-01', or None when the year is not known."""
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"  # "in 2005": a year alone
        return f"{self.year:04d}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")


def _month_number(word: str) -> int:
    return _calendar()[0][word.rstrip(".").lower()]


@functools.cache
def _tense_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words that put a clause's date to come (verify/lexicons/dates.toml), those that tell it in the past
    (`verb_forms.PAST_FORM`, not inside a hyphened word: 'well-placed'), and the verbs that report speech (their
    tense is the report's)."""
    dates = lexicons.load("dates")
    to_come = re.compile(rf"\b(?:{'|'.join(map(re.escape, dates['to_come']))})\b", re.I)
    past = re.compile(rf"(?<![\w-]){PAST_FORM}\b", re.I)
    reporting = re.compile(rf"\b(?:{'|'.join(map(re.escape, dates['reporting']))})\b", re.I)
    return to_come, past, reporting


_CLAUSE_BREAK = re.compile(r"[,;:.!?\n—–]|\b(?:and|but|while|whereas|although|though|because)\b")
# where the words after a date stop being its clause's: another verb's clause begins ("a trial in September on
# charges that he failed to pay": 'failed' is not the trial's tense)
_CLAUSE_AFTER = re.compile(rf"{_CLAUSE_BREAK.pattern}|\b(?:that|which|who|whom|whose|when|where|after|before|if)\b")


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)  # 'since 14 February', 'since the 14th'
_ENTRY_HEAD = re.compile(r"\s*(?:—|–|-|:)\s")  # the dash or colon after a date that heads a timeline entry


def _tense(text: str, start: int, end: int) -> str | None:
    """'future' or 'past' by the words of a date's own clause: those before the date, else those after it up to
    the clause's end ("was elected on 30 April and will take office on 1 October": past, then future); a word to
    come outweighs a past form beside it ('will be sworn in'); None when the clause has neither."""
    to_come, past, reporting = _tense_words()
    if _ENTRY_HEAD.match(text, end) and not text[max(0, start - 200) : start].split("\n")[-1].strip():
        # a timeline entry's head ('January 9 — Attal replaces Borne'): the entry is told of a day gone by, in
        # whatever tense, unless its own words put it to come ('March 3 — the vote is due')
        line = text[end:].split("\n", 1)[0]
        return "future" if to_come.search(line) else "past"
    if _SINCE_BEFORE.search(text, max(0, start - 12), start):
        return "past"  # 'has been prime minister since 14 February': a spell begun on a day gone by, whatever the verb
    breaks = list(_CLAUSE_BREAK.finditer(text, max(0, start - 200), start))
    before = text[breaks[-1].end() if breaks else max(0, start - 200) : start]
    reported = list(reporting.finditer(before))
    before = before[reported[-1].end() :] if reported else before  # 'said the vote would be held': the vote's tense
    stop = _CLAUSE_AFTER.search(text, end, end + 200)
    after = text[end : stop.start() if stop else end + 200]
    for words in (before, after):
        if to_come.search(words):  # a word to come governs the verb: 'will be sworn in', 'is scheduled to'
            return "future"
        if past.search(words):
            return "past"
    return None


def _year_for(
    month: int, day: int | None, reference: DateMention | None, before: list[DateMention], tense: str | None = None
) -> int | None:
    """The year of a date written without one. Against a reference day (the dateline's): by the clause's
    `tense`, the next such day on or after it for an event to come ("is due to take office on 1 October" in a
    February story), the last one on or before it for one told in the past ("voted on 20 March" in a 10 March
    story is the year before); with no tense, the year that puts the date at most FUTURE_WINDOW after it, as a
    report's dates mostly lie behind its dateline ("on 25 March" in an October story is that March; "on 2
    January" in a 20 December story is the next January). Else the year of the full date before it nearest in
    the calendar ("8 December" after "7 December 2024" and "15 April 2019"; "25 August" after "20 August
    2023"), the latest on a tie, a date with its day before a month's ("since January 2020" is background)."""
    if reference is not None and reference.year is not None and reference.month is not None:
        if tense is not None:  # a month alone ('in March') compares by its month only
            on = (reference.month, (reference.day or 1) if day else 0)
            said = (month, day or 0)
            if tense == "future":
                return reference.year if said >= on else reference.year + 1
            return reference.year if said <= on else reference.year - 1
        on_day = dt.date(reference.year, reference.month, reference.day or 1)
        ahead = dt.date(reference.year, month, min(day or 1, 28)) - on_day
        if ahead > FUTURE_WINDOW:
            return reference.year - 1
        if ahead < -(dt.timedelta(days=365) - FUTURE_WINDOW):
            return reference.year + 1  # "on 2 January" in a 20 December story
        return reference.year
    dated = [m for m in before if m.day] or before  # a day's date before a month's ("since January 2020")
    if not dated:
        return None
    target = month * 31 + (day or 15)
    nearest = min(reversed(dated), key=lambda m: abs(m.month * 31 + (m.day or 15) - target))  # type: ignore[operator]
    return nearest.year


def year_of_day(text: str, start: int, end: int, month: int, day: int | None, on: dt.date) -> int | None:
    """The year of the day written without one at `text[start:end]`, in an article of the day `on`: read as
    extraction reads it (`_year_for` by the tense of its clause, `_tense`), so that the judge and the reader
    never give one written day two years; on a timeline's line ('2021 - Donoghue succeeds Yusuf on 8 February'),
    the line's own year, as `date_mentions` reads it; a year told right after it ('on 14 February last year',
    `year_told_after`), that year."""
    if (headed := line_year(text, start)) is not None:
        return headed
    if (told := year_told_after(text, end, on.year)) is not None:
        return told
    reference = DateMention(0, 0, on.isoformat(), on.year, on.month, on.day)
    return _year_for(month, day, reference, [], _tense(text, start, end))


@functools.cache
def _years_told_by() -> tuple[str, dict[str, int]]:
    """The words that give a year from the article's own (dates.toml `years_told_after`), as one alternation, with
    each one's years from it."""
    years = {k.lower(): v for k, v in lexicons.load("dates")["years_told_after"].items()}
    return "|".join(map(re.escape, sorted(years, key=len, reverse=True))), years


@functools.cache
def _years_told_after() -> re.Pattern[str]:
    # not a possessive: ", last year's winner" opens an apposition and dates a noun, not the month before it
    return re.compile(rf",?\s+(?:of\s+)?({_years_told_by()[0]})\b(?!['’]s\b)", re.I)


def year_told_after(text: str, end: int, year: int) -> int | None:
    """The year the words right after a day or month written without one give it, from the article's `year`
    ('in March last year': the year before; dates.toml `years_told_after`); None when they give none."""
    m = _years_told_after().match(text, end)
    return year + _years_told_by()[1][m[1].lower()] if m else None


# one word may qualify the year ('earlier this year', 'late last year'), but not make it a stretch ('the last year')
_QUALIFIED_YEAR = r"(?:(?!the\b|a\b|past\b|every\b)[a-z]+\s+)?"


def year_told(words: str, year: int) -> int | None:
    """The year that words dating by the article's own year name as a whole ('last year', 'earlier this year'): from
    the article's `year`, as `year_told_after` reads the same words after a month; None for any other words."""
    alternation, years = _years_told_by()
    m = re.fullmatch(rf"{_QUALIFIED_YEAR}({alternation})", words.strip(), re.I)
    return year + years[m[1].lower()] if m else None


# a list item's mark before a timeline entry's head ("* 2014: ...", "- 2014: ...", "• 2014 — ..."), or none
_BULLET = r"[ \t]*(?:[*•·▪◦‣–-][ \t]+)?"
_YEAR_HEAD = re.compile(rf"{_BULLET}((?:1[89]|20)\d\d)[ \t]*(?:—|–|-|:)[ \t]")  # "2014 - ", "2024: " opening a line
_BULLET_ONLY = re.compile(rf"\s*{_BULLET}[ \t]*")


def line_year(text: str, at: int) -> int | None:
    """The year that heads the timeline line a day without a year is written in ('2014 - Prayut becomes prime
    minister on 24 August'): the line's own year, not the dateline's or another line's."""
    head = _YEAR_HEAD.match(text, text.rfind("\n", 0, at) + 1)
    return int(head[1]) if head and head.end() <= at else None


def date_mentions(
    text: str, reference: DateMention | None = None, borrow: bool = True, weekdays_as_written: bool = False
) -> list[DateMention]:
    """Every calendar date and (with a `reference` date to resolve them) every relative day in `text`.
    A date written without its year takes one from the reference day, else (when `borrow`) from the full
    dates before it (`_year_for`); a relative day ('today', 'on Wednesday') is the reference day or the
    weekday before it. When the reference is a dateline's day without its year, which no weekday can be
    resolved against, a weekday written "on" is kept as written when `weekdays_as_written` ("DENVER, June
    12 (wire) — ... won on Monday night": the day of the clause's event in the week the dateline dates);
    with no dateline's day at all ("LUND (wire) — ... resigned on Friday") the week is unknown and the
    weekday dropped (the day a story is judged as of need not be the day it was written, and a week off dates
    another day), as are a possessive weekday ("Friday's closing price" dates a noun, not an event told) and
    'today', which says nothing alone."""
    out: list[DateMention] = []
    written: list[DateMention] = []  # the dates written with their year so far
    for m in _mention_pattern().finditer(text):
        bound = _RANGE_OR_SPAN.search(text, max(0, m.start() - 8), m.start())
        opens = bound is not None and m["y4"] is not None and bound[0].lower().startswith("from")
        if (bound and not opens) or _RANGE_END.match(text, m.end()):
            continue  # "from 1 February to 8 April 2019", "until today": a term's bounds, not an event
            # ("From 2015 he represented Colombo": a year that opens no range dates when it began)
        weekday = m["weekday"] or m["weekday_of"] or m["weekday_last"]
        if m["relative"] or weekday:
            if reference is None or reference.iso is None or reference.day is None:
                if m["weekday"] and weekdays_as_written and reference is not None:  # a yearless dateline's
                    out.append(DateMention(m.start(), m.end(), weekday, None, None, None, relative=True))
                continue  # no dateline's day at all, or 'today': no day a reader could check
            day = dt.date(reference.year, reference.month, reference.day)  # type: ignore[arg-type]
            if m["weekday_last"]:  # 'became emir last Saturday': the such day before the report's, never its own
                day = weekday_near(day - dt.timedelta(days=1), weekday, to_come=False)
            elif weekday:  # the last such day; one to come is the parse's to tell (`_coming`)
                day = weekday_near(day, weekday, to_come=False)
            out.append(DateMention(m.start(), m.end(), m[0], day.year, day.month, day.day, relative=True))
            continue
        if m["y4"]:
            out.append(DateMention(m.start(), m.end(), m[0], int(m["y4"]), None, None))
            continue
        month = _month_number(m["m1"] or m["m2"] or m["m3"] or m["m4"])
        day_text = m["d1"] or m["d2"]
        year_text = m["y1"] or m["y2"] or m["y3"]
        day = int(day_text.rstrip("stndrh")) if day_text else None
        tense = _tense(text, m.start(), m.end()) if not year_text and reference is not None else None
        headed = None if year_text else line_year(text, m.start())
        before = written if borrow else []
        year = int(year_text) if year_text else headed or _year_for(month, day, reference, before, tense)
        out.append(DateMention(m.start(), m.end(), m[0], year, month, day))
        if year_text:
            written.append(out[-1])
    return _weekdays_with_their_dates(out, text)


def _weekdays_with_their_dates(mentions: list[DateMention], text: str) -> list[DateMention]:
    """'on Monday, 11 November': one day told twice, by its weekday and its date: one mention over both words,
    the date's day (a weekday alone is resolved against the article's day, which the date makes needless)."""
    out: list[DateMention] = []
    for mention in mentions:
        before = out[-1] if out else None
        if (
            before is not None
            and before.relative
            and not mention.relative
            and mention.day is not None
            and re.fullmatch(r",\s*", text[before.end : mention.start])
        ):
            out[-1] = DateMention(
                before.start, mention.end, text[before.start : mention.end], mention.year, mention.month, mention.day
            )
            continue
        out.append(mention)
    return out


def weekday_near(day: dt.date, weekday: str, to_come: bool) -> dt.date:
    """The day a weekday stands for in a report of `day`: the last such day on or before it ("won on Sunday"),
    the next on or after it for an event to come ("will take office on Tuesday", "takes office on Tuesday")."""
    wanted = _calendar()[1].index(weekday.lower())
    if to_come:
        return day + dt.timedelta(days=(wanted - day.weekday()) % 7)
    return day - dt.timedelta(days=(day.weekday() - wanted) % 7)


def _coming(mention: DateMention, verb: Token, text: str, reference: DateMention | None) -> DateMention:
    """A weekday dating a verb to come ("will take office on Tuesday", "is due to arrive on Friday") or in the
    present tense ("Banga walks into the bank's headquarters on Friday", "the branches open as usual on
    Monday"): the coming such day, as news tells a set event. Its own verb decides, not the clause's words: in
    "X will return after results declared on Tuesday" the results were declared. A verb of reporting
    ("says on Monday"), "be" or "have" keeps the day before."""
    weekday = mention.words.lower()
    to_come = (_present(verb) or _future(verb)) and not _reporting(verb)
    if not (mention.relative and weekday in _calendar()[1] and to_come) or reference is None or reference.day is None:
        return mention
    on = dt.date(reference.year, reference.month, reference.day)  # type: ignore[arg-type]
    day = weekday_near(on, weekday, to_come=True)
    return DateMention(mention.start, mention.end, mention.words, day.year, day.month, day.day, relative=True)


def _present(verb: Token) -> bool:
    """A verb in the present tense: "walks", "open", "is sworn in", and a base form the tagger gives a
    finite verb with its subject ("The ministers take office"); not "be" or "have" as the verb itself."""
    auxiliaries = [c for c in verb.children if c.dep_ in AUXILIARIES]
    if any(a.tag_ in {"VBZ", "VBP"} and a.lemma_ == "be" for a in auxiliaries):
        return True  # "is sworn in on Friday", "are meeting on Monday"
    if verb.lemma_ in {"be", "have"} or auxiliaries:
        return False
    subject = any(c.dep_ in SUBJECTS for c in verb.children)
    return verb.tag_ in {"VBZ", "VBP"} or (verb.tag_ == "VB" and subject)


def _future(verb: Token) -> bool:
    """A verb told to come: with "will" or "shall" ("will take office"), or after a word to come ("is due to
    arrive", "is set to sign"; verify/lexicons/dates.toml `to_come`)."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in AUXILIARIES]
    if any(a in {"will", "shall", "'ll"} for a in auxiliaries):
        return True
    to_come, _, _ = _tense_words()
    return "to" in auxiliaries and verb.dep_ == "xcomp" and bool(to_come.fullmatch(verb.head.lower_))


def _reporting(verb: Token) -> bool:
    """A verb that reports speech ("says", "tells"): verify/lexicons/dates.toml `reporting` and titles.toml `saying`."""
    return verb.lemma_.lower() in _saying_lemmas()


@functools.cache
def _saying_lemmas() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("titles")["saying"])


_YEAR_ONLY = re.compile(r"(?:1[89]|20)\d\d")
_NAME_RUN = re.compile(r"[\w.'’ ]+")  # the words of one name: no dash, comma or line break between them
_RANGE_OR_SPAN = re.compile(r"\b(?:from|until|till|to)\s+(?:the\s+)?$", re.IGNORECASE)
_RANGE_END = re.compile(r"\s+(?:to|until|till|through)\s+(?:\d|the\b)")
# "26 August - ", "29 October 2024, 7:36 a.m. - ": a timeline line's date and the dash after it
_LINE_HEAD = re.compile(r"(?:,\s*[\d:.]+\s*(?:a\.m\.|p\.m\.)?(?:\s*[A-Z]{2,4}\b)?)?\s+[-–—]\s+")  # "05:27 UTC - "


def reference_date(text: str, published: dt.date | None) -> DateMention | None:
    """The day the article reports from: the dateline's date (with the published year if it has none)."""
    where = _dateline(text)
    found = date_mentions(text[where[0] : where[1]]) if where else []
    if found:
        first = found[0]
        year = first.year or (published.year if published else None)
        return DateMention(where[0] + first.start, where[0] + first.end, first.words, year, first.month, first.day)  # type: ignore[index]
    if published:
        return DateMention(0, 0, published.isoformat(), published.year, published.month, published.day)
    return None


def _in_year_by(dateline: DateMention, on: dt.date) -> DateMention:
    """A dateline's day written without its year ('NORBY, April 10 (Reuters) -') in an article judged as of `on`
    with no publication day: the last such day by `on`, so the dates it resolves take the article's own year and
    not that of another event's date written before them ('since December 2022 ... on 24 March')."""
    if dateline.month is None:
        return dateline
    said = (dateline.month, dateline.day or 1)
    year = on.year if said <= (on.month, on.day) else on.year - 1
    return dataclasses.replace(dateline, year=year)


def _dateline(text: str) -> tuple[int, int] | None:
    """The body's dateline, after a press release's standfirst too (verify.nlp.paragraphs)."""
    return dateline(text)


class _Reader:
    """The names of one parsed article: whom a pronoun, a surname or a relative pronoun stands for."""

    def __init__(self, parsed: Parsed, body_start: int = 0) -> None:
        self.parsed = parsed
        self.text = parsed.text
        self.body_start = body_start
        self.refs = References.of(parsed, body_start)
        self.entity = {t.i: ent for ent in parsed.entities if ent.label_ in NAMED for t in ent}
        self.full = self.refs.full  # a surname stands for the full name the article gave first

    def is_person(self, token: Token) -> bool:
        """A personal pronoun, a recognised person, or the surname of one ('FIFA suspends Rubiales')."""
        ent = self.entity.get(token.i)
        return (
            token.lower_ in PERSON_PRONOUNS
            or (ent is not None and ent.label_ == "PERSON")
            or (token.is_title and token.lower_ in self.refs.full_names)
        )

    def person_before(self, index: int) -> str | None:
        """Whom a pronoun at token `index` stands for (verify.nlp.reference: the person named before it
        in its sentence, else the last one named as a subject, else the last one named)."""
        return self.refs.person_before(index)

    def name(self, token: Token) -> str | None:
        """The entity a subject or object token names."""
        if token.lower_ in PERSON_PRONOUNS:
            return self.person_before(token.i)
        if token.lower_ == THING_PRONOUN:  # "The orbiter reached Mars. It was launched on ...": the orbiter
            return self.refs.thing_before(token.i)
        if token.lower_ in RELATIVE_WORDS and token.head.dep_ in {"relcl", "acl"}:
            # "Ana Ruiz, director of the Norby Fund, who took office ...": the person, not the fund
            return self.name(self.refs.relative_head(token.head.head, token))
        ent = self.entity.get(token.i)
        if ent is not None:
            words = self.refs.words(ent)
            return self.full(words) if ent.label_ == "PERSON" else words
        beside = token
        while beside.dep_ == "conj" and beside.head.pos_ == "NOUN":
            beside = beside.head  # "the party's candidate and a former minister": the first description
        if token.pos_ == "NOUN" and beside.dep_ == "appos" and beside.head.pos_ == "PROPN":
            return self.name(beside.head)  # "Ana Ruiz, a former minister, who conceded ...": the one named
        named = next((c for c in token.children if c.dep_ == "appos" and self.named(c)), None)
        # "Greenland's new prime minister, Jens-Frederik Nielsen, who took office ...": the one named; a name
        # stands for itself ("Nordbank ASA (OSE: NORD) today announced": not its ticker)
        if named is not None and token.pos_ != "PROPN":
            return self.name(named)
        own = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if token.pos_ == "NOUN" and own and _NAME_RUN.fullmatch(self.text[own[0].idx : token.idx]):
            return self.text[own[0].idx : token.idx + len(token)]  # "X's Peregrine lander": its own name, not X's
        called = self.refs.called_by_role(token)
        if called is not None:
            return called  # "Norby's seventh president has held the office since ...": the president, not Norby
        owner = next((c for c in token.children if c.dep_ == "poss" and c.i in self.entity), None)
        if owner is not None:
            return self.name(owner)  # "The US Federal Trade Commission's request": the commission's
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "PROPN":
            return self.name(owner)  # a name the recogniser missed: "Nordbank's bid"
        if owner is not None and owner.lower_ == "whose" and token.head.dep_ == "relcl":
            return self.name(token.head.head)  # "Alvin Bragg, whose office brought the case": Bragg's
        if owner is not None and owner.lower_ == "its":
            return self.refs.thing_before(owner.i)  # "Hungary ...: its parliament ratified the bid"
        if owner is not None and owner.lower_ in {"his", "her"}:
            return self.person_before(owner.i)
        if token.pos_ == "PROPN":  # a name the recogniser missed: with the names written before it
            words = [c for c in token.lefts if c.dep_ in {"compound", "flat"} and c.pos_ == "PROPN"]
            words = [c for c in words if _NAME_RUN.fullmatch(self.text[c.idx : token.idx])]
            first = words[0] if words else token
            return self.full(self.text[first.idx : token.idx + len(token)])
        described = self.described(token)
        if described is not None:
            return described
        if token.pos_ == "NOUN":  # "jury selection", "A state funeral", "The fire that": the thing itself
            left = [c for c in token.lefts if c.dep_ in {"compound", "amod"} and not c.is_punct]
            words = [*left, token]
            return self.text[words[0].idx : token.idx + len(token)]
        return None

    def described(self, token: Token) -> str | None:
        """Whom a definite description stands for: "the winner" the person named last before it, "the
        company" the organisation (the word lists are verify/lexicons/titles.toml); "An earthquake struck
        ..." the event the lede leaves unnamed, by its reference title (verify.nlp.events)."""
        if token.pos_ == "NOUN" and (titled := self.refs.event_title(token)):
            return titled
        if token.pos_ != "NOUN" or not any(c.lower_ == "the" for c in token.children):
            return None
        people, bodies = _descriptions()
        if token.lemma_.lower() in people:
            before = self.person_before(token.i)
            return None if self._not_the_topic(token, before) else before
        if token.lemma_.lower() in bodies:
            return self.refs.body_before(token.i)
        return self.refs.event_named(token)  # "the quake": the earthquake the article named (verify.nlp.reference)

    def _not_the_topic(self, token: Token, before: str | None) -> bool:
        """Whether a description of one person ("the opposition leader") that a pronoun's reading gives the
        story's topic is one the text never calls the topic by: someone of their own, whose date the topic's
        own must not decide (verify.kinds.quantity.owner `person_called`)."""
        from verify.kinds.quantity.owner import person_called  # the count kind's reader imports this module

        topic = self.refs.topic_person
        if before is None or topic is None or token.tag_ == "NNS" or not same_entity(before, topic):
            return False
        called = person_called(token, self.refs)
        return not (called and same_entity(called, topic))

    def named(self, token: Token) -> bool:
        return token.i in self.entity or token.pos_ == "PROPN" or token.lower_ in PERSON_PRONOUNS

    def agent(self, head: Token) -> str | None:
        """The named doer in a 'by X' phrase of a verb or noun ('approval ... by the UK Competition and
        Markets Authority'); None for 'by consensus', 'by a 216-210 vote'."""
        for by in (c for c in head.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"):
            doer = next((c for c in by.children if c.dep_ == "pobj"), None)
            if doer is not None and self.named(doer):
                return self.name(doer)
        return None

    def doer_before(self, noun: Token) -> str | None:
        """The named doer written before an event noun: its possessor ("Russia's invasion"), a name
        compounded with it ("the Hamas attack") or the name a participle before it holds ("the
        Hamas-led attack")."""
        for child in noun.lefts:
            if child.dep_ in {"poss", "compound"} and child.i in self.entity:
                return self.name(child)
            if child.dep_ == "amod" and child.tag_ == "VBN":
                named = next((c for c in child.lefts if c.i in self.entity), None)
                if named is not None:
                    return self.name(named)
        return None

    def first_name(self, tokens: list[Token]) -> str | None:
        """The first name among `tokens`, a recognised one before a capitalised word the recogniser left
        out ("President Donald Trump orders": Donald Trump, not the title)."""
        named = [t for t in tokens if self.named(t) and t.ent_type_ not in NOT_NAMES]
        first = next((t for t in named if t.i in self.entity), named[0] if named else None)
        return self.name(first) if first is not None else None

    def about(self, verb: Token, floor: int = 0) -> str | None:
        """Whom a dated verb's event is about: the person it is done to, if the doer is not one; else its subject.
        Words before token `floor` (the date of a timeline line and what stands before it) are not read."""
        auxiliaries = [c for c in verb.children if c.dep_ in AUXILIARIES]  # "He had elbow surgery": He under had
        subjects = [*verb.children, *(c for a in auxiliaries for c in a.children)]
        own_subjects = [c for c in subjects if c.dep_ in SUBJECTS and c.i >= floor]
        # "In April, still 17, he won": an age set off by commas the parser reads as a second subject
        subject = next((c for c in own_subjects if c.pos_ != "NUM"), own_subjects[0] if own_subjects else None)
        obj = next((c for c in verb.children if c.dep_ in OBJECTS and c.i >= floor and not _post_of_passive(c)), None)
        governing = _governed(verb)  # "She reached the final by beating X in March": hers, not X's
        own = subject is not None or any(c.dep_ in SUBJECTS for c in subjects)
        if not own and obj is not None and self.is_person(obj) and governing.i != verb.i and governing.i >= floor:
            return self.about(governing, floor)
        if obj is not None and self.is_person(obj) and (subject is None or not self.is_person(subject)):
            return self.name(obj)
        agent = self.agent(verb)
        if agent is not None and (subject is None or not self.named(subject)):
            return agent  # "the indictment brought in August 2023 by special counsel Jack Smith"
        if subject is not None:
            return self.name(subject)
        if any(c.dep_ in SUBJECTS and c.i < floor for c in subjects):  # "REDMOND, Wash. — ... — Contoso today
            return self.first_name([t for t in verb.sent if floor <= t.i < verb.i])  # completed": after the dateline
        if verb.dep_ in {"relcl", "acl"} and verb.head.i >= floor:
            return self.name(verb.head)
        if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i and verb.head.i >= floor:
            return self.about(verb.head, floor)
        if verb.dep_ == "acomp" and verb.head.i >= floor:  # "is due to be elected": the adjective's clause
            return self.about(verb.head, floor)
        return None

    def _done_to(self, main: Token, line: list[Token]) -> Token | None:
        """The person a timeline line's step is done to where the tagger read its verb as a plural noun after a
        common noun ("The league fines Marta Oliveira": 'league fines' one noun, 'Marta Oliveira' its modifier): the
        person named right after it, when no person is named before it."""
        if not main.text.islower() or not main.text.endswith("s") or main.tag_ != "NNS":
            return None
        after = next((t for t in line if t.i == main.i + 1), None)
        if after is None or not self.is_person(after) or any(self.is_person(t) for t in line if t.i < main.i):
            return None
        return after

    def event(self, start: int, end: int, after_dash: int | None, floor: int = 0) -> tuple[Token, str | None] | None:
        """The word a date dates (a verb, or a noun with its own agent) and whom the event is about;
        no subject is read before character `floor` (the sentence's start, after any dateline)."""
        if after_dash is not None:  # a timeline line: the line's main verb
            first = self.parsed.span_of(after_dash, after_dash + 1)
            if first is None:
                return None
            line_end = self.text.find("\n", after_dash)
            line_end = len(self.text) if line_end < 0 else line_end
            line = [t for t in first[0].sent if after_dash <= t.idx < line_end]
            heads = [t for t in line if t.dep_ == "ROOT" or (t.pos_ in {"VERB", "AUX"} and t.dep_ in LINE_VERB_DEPS)]
            # "After a report that Delta has hired Boies, CrowdStrike falls": not a verb inside a phrase
            heads = [t for t in heads if not any(a.pos_ in {"NOUN", "ADP"} for a in t.ancestors)] or heads
            # "Days after X wins the vote, Ruiz resigns": not a clause its conjunction makes subordinate
            heads = [t for t in heads if not _subordinate(t)] or heads
            verbs = [t for t in line if t.pos_ == "VERB"]
            people = [t for t in line if self.is_person(t) and t.pos_ == "PROPN"]
            main = heads[0] if heads else verbs[0] if verbs else people[0] if people else None
            glued = next((t for t in line[:4] if _name_before_verb(t, after_dash)), None)
            opens = glued is not None and (main is None or main.pos_ not in {"VERB", "AUX"} or main.i > glued.i)
            if opens:  # the line's first event, even where a later clause has the parse's verb ("Dahl hands in
                # her resignation; Berg asks her to stay": Dahl's resignation, not Berg's asking)
                doer = _name_before_verb(glued, after_dash)  # "Silva orders a review": one noun to the tagger
                return glued, self.full(self.text[doer[0].idx : doer[-1].idx + len(doer[-1])])
            if main is None:
                return None
            if main.pos_ not in {"VERB", "AUX"}:  # "The federation sacks coach Jorge Vilda": read as one name
                if (done_to := self._done_to(main, line)) is not None:
                    return done_to, self.name(done_to)
                return (main, self.name(main)) if self.is_person(main) else None
            about = self.about(main, floor=line[0].i)  # else the line's first name ("Spain beat England ...")
            return main, about or self.first_name([t for t in line if t.i < main.i])
        span = self.parsed.span_of(start, end)
        if span is None:
            return None
        if span.root.dep_ in MODIFIERS and span.root.head.lower_ in _day_parts():
            span = span.doc[span.start : span.root.head.i + 1]  # "on Saturday night": the night's verb
        hook = next((t for t in span if t.dep_ in _DATING_A_NOUN and not span.start <= t.head.i < span.end), None)
        dated = hook.head if hook is not None else span.root
        if hook is not None and dated.pos_ == "NOUN":  # "14 February": the month is the word the noun holds
            event = self.refs.event_named(dated) or self.refs.event_title(dated)
            if event:  # "Sunday's vote", "the 14 February vote": the election's day, whoever the clause is about
                return dated, event
        if span.root.dep_ in SUBJECTS | MODIFIERS:
            return None  # "23 August would be marked", "the 29 January crash": the day names, it dates no verb
        floor_token = next((t.i for t in span.sent if t.idx >= floor), span.root.i)
        token, noun = span.root.head, None
        for _ in range(8):
            if "\n" in self.text[min(token.idx, start) : max(token.idx, end)]:
                return None  # "Press Release — 14 February 2025" on a line of its own: the release's date
            if token.pos_ in {"VERB", "AUX"} or any(c.dep_ in SUBJECTS | AUXILIARIES for c in token.children):
                if noun is not None and token.lemma_ == "be":
                    return None  # "The Hague summit in June 2025 was no different": a dated thing described
                about = self._about_noun(noun, of_date=_dated_by_of(span.root, noun))
                return token, about or self.about(token, floor_token)  # a verb, or parsed as one
            if token.pos_ in {"NOUN", "PROPN"} and noun is None and token.ent_type_ != "DATE":
                noun = token  # not the day the date stands beside ('on Monday, 11 November'): the same date
            if token.head.i == token.i:  # a sentence parsed as a name and its appositions: about the name
                return (noun or token, self.name(token)) if self.is_person(token) else None
            token = token.head
        return None

    def _about_noun(self, noun: Token | None, of_date: bool = False) -> str | None:
        """A dated noun with its own agent ('approval on Oct. 13 by X') or outside its verb's clause ('the
        blowout of a door plug on 5 January'): the noun's agent, or the thing it names. A noun dated by
        "of" is an event of its own ("after the Hamas-led attack of 7 October 2023"): its doer named
        before it is whom it is about, not the clause around it."""
        if noun is None:
            return None
        agent = self.agent(noun) or (self.doer_before(noun) if of_date else None)
        if agent is not None:
            return agent
        clause_noun = noun
        while clause_noun.dep_ == "conj" and clause_noun.head.pos_ in {"NOUN", "PROPN"}:
            clause_noun = clause_noun.head  # "a degree in 1970 and a PhD in 1978": an object as its first is
        if clause_noun.dep_ == "conj" and clause_noun.head.pos_ in {"VERB", "AUX"}:
            return None  # "earned a degree in 1970 and a PhD in 1978", parsed as the verb's conjunct: its object
        head = clause_noun.head
        if clause_noun.dep_ == "appos":
            return self.name(head)  # "Dave Calhoun, ... a Boeing director since 2009": the one it describes
        if clause_noun.dep_ in CLAUSE_NOUN_DEPS or (clause_noun.dep_ == "pobj" and head.head.pos_ in {"VERB", "AUX"}):
            return None
        return self.name(noun)


def _post_of_passive(word: Token) -> bool:
    """The complement of a passive verb ("was elected Voivode", "is set to be named Ombudsman"): the post the
    subject is given, not someone the event is done to, even where the recogniser reads it as a person."""
    return word.dep_ == "oprd" and any(c.dep_ == "auxpass" for c in word.head.children)


def _subordinate(verb: Token) -> bool:
    """A clause a conjunction opens ("after X wins the vote"), which the parser may read as a mark or,
    in a clause not the sentence's root, as a preposition before the verb: not a line's main event."""
    opener = {"mark"} if verb.dep_ == "ROOT" else {"mark", "prep"}
    return any(c.dep_ in opener and c.pos_ in {"SCONJ", "ADP"} for c in verb.lefts)


def _governed(verb: Token) -> Token:
    """The verb whose subject a subjectless participle shares: "by beating X" (a preposition's
    complement) and "..., beating X" (an adverbial clause) hang on the clause's own verb; `verb` itself
    for any other shape."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ in {"VERB", "AUX"}:
        return head
    return verb


def _name_before_verb(main: Token, line_start: int) -> list[Token]:
    """The capitalised words that open a timeline line and that the tagger glued, as a compound, onto
    its verb read as a plural noun ("4 May 2021 - Silva orders a review": "Silva orders" one noun), or onto
    a plural people's bare verb read as a noun ("14 May - Norbians vote for a president": "Norbians vote");
    empty for any other noun ("2 June - Heavy rains ...", "2 June - Thousands rally ...")."""
    bare = not main.text.endswith("s") and main.tag_ in {"NN", "VBP"} and bare_verb_form(main.text)
    if not main.text.islower() or not (bare or (main.text.endswith("s") and main.tag_ in {"NNS", "VBZ", "NNP"})):
        return []
    names = [c for c in main.lefts if c.dep_ == "compound" or (c.dep_ == "amod" and _named_elsewhere(c))]
    if not names or names[0].idx != line_start or not all(c.is_title for c in names):
        return []
    if bare and (len(names) != 1 or people_of(names[0].text) is None):
        return []  # a bare verb is a plural doer's: a nation's people, one word ("Norbians"), not a name's noun
    return names if names[-1].i == main.i - 1 else []


def people_of(word: str) -> str | None:
    """The country whose people a plural word names ("Norbians", "Greeks", "Turks": a nationality of
    countries.toml with a plural "s"); None for any other word."""
    return aliases.country_of(word[:-1]) if word.endswith("s") and word[:1].isupper() else None


def _named_elsewhere(word: Token) -> bool:
    """Whether a capitalised word the tagger read as an adjective ("July 8 - Attal hands in ...") is a
    name: the article writes it as a name elsewhere ("Gabriel Attal"). "Heavy" in "Heavy rains" is not."""
    return any(t.text == word.text and t.i != word.i and t.pos_ == "PROPN" for t in word.doc)


def _dated_by_of(date: Token, noun: Token | None) -> bool:
    """Whether the date hangs on its noun by "of": "the attack of 7 October 2023"."""
    return noun is not None and date.dep_ == "pobj" and date.head.lower_ == "of" and date.head.head.i == noun.i


@functools.cache
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Hedge words, conditional marks, and the verbs a planned or hoped-for event hangs on
    (verify/lexicons/nonfactual.toml)."""
    cues = lexicons.load("nonfactual")["cues"]
    return frozenset(cues["hedge_words"]), frozenset(cues["conditional_marks"]), frozenset(cues["opinion_verbs"])


def _hedged(verb: Token) -> bool:
    """An event the article does not assert: 'may vote on 3 May', 'if it signs on 3 May', 'is expected to
    launch in October', 'plans to open in June'."""
    hedges, conditions, opinions = _cues()
    for child in verb.children:
        if (child.dep_ == "aux" and child.lower_ in HEDGES) or (child.dep_ == "mark" and child.lower_ in conditions):
            return True
        if child.dep_ == "advmod" and child.lower_ in hedges:
            return True
    head = verb.head
    return verb.dep_ == "xcomp" and (head.lower_ in hedges or head.lemma_.lower() in opinions)


def _in_quotation(sentence: str, offset: int) -> bool:
    before = sentence[:offset]
    return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1


@dataclass(frozen=True)
class _Article:
    """What reading one article's dates needs: its view, names, dateline and every date it writes."""

    view: ArticleView
    reader: _Reader
    dateline: tuple[int, int] | None
    mentions: list[DateMention]
    reference: DateMention | None = None  # the day the report is of: its dateline's, else its publication's

    @classmethod
    def of(cls, view: ArticleView) -> _Article:
        text = view.text
        body = body_start(text)
        reference = reference_date(text, view.article.published)
        if reference is not None and reference.year is None and view.article.as_of is not None:
            reference = _in_year_by(reference, view.article.as_of)
        # an article judged as of a day but with no publication day: a yearless day stays yearless, for the judge
        # to read by that day (`in_the_articles_year`); a year borrowed from another event's date written before
        # ('since December 2022 ... on 24 March') would give the day two years
        borrow = reference is not None or view.article.as_of is None
        mentions = [m for m in date_mentions(text, reference, borrow, weekdays_as_written=True) if m.start >= body]
        return cls(view, _Reader(parse_view(view), body), _dateline(text), mentions, reference)

    def sentence_of(self, offset: int) -> Sentence | None:
        return next((s for s in self.view.sentences if s.start <= offset < s.end), None)

    def today_written(self, mention: DateMention, sentence: Sentence, subject: str) -> tuple[int, int] | None:
        """The words that say which day a relative day of the dateline's sentence is: the dateline's date up
        to the end of the subject's name that opens the sentence ("OSLO, March 3, 2025 — Nordbank ASA (OSE:
        NORD) today announced": "March 3, 2025 — Nordbank ASA"), for 'today' (dates.toml `relative_days`).
        'today' alone shows a reader no day to check; the name's ticker or apposition stays the clause
        kind's. None for a weekday ("on Saturday" names its day itself), a relative day outside the
        dateline's sentence, or a subject not written between the dateline and the relative day."""
        reference, where = self.reference, self.dateline
        if not mention.relative or mention.words.lower() not in _calendar()[2] or reference is None or where is None:
            return None
        written = where[0] <= reference.start < where[1] and sentence.start <= where[1] <= mention.start
        same = (reference.year, reference.month, reference.day) == (mention.year, mention.month, mention.day)
        named = self.view.text.find(subject, where[1], mention.start) if subject else -1
        return (reference.start, named + len(subject)) if written and same and named >= 0 else None

    def _own_day(self, sentence: Sentence) -> bool:
        """Whether the dateline's sentence dates its event with a day of its own ("PARIS, 5 May 2024 — X
        won on Saturday", "... on Thursday's ballot"): the sentence's word is what a reader checks, the
        dateline only says when the report was filed, even when the weekday is the dateline's own day."""
        return any(m.relative and sentence.start <= m.start < sentence.end for m in self.mentions)

    def _dated_by_its_year(self, verb: Token, after: int, sentence: Sentence) -> bool:
        """Whether the dateline's sentence gives the dateline's event a year of its own ("HALDEN, 10 January
        2024 - Ana Ruiz became prime minister in 2023"): a year alone after the dateline hung on that verb itself
        or by its preposition ("the worst toll since the flood in 1987" dates the flood, not the toll)."""
        years = [m for m in self.mentions if m.month is None and not m.relative and after <= m.start < sentence.end]
        for year in years:
            span = self.reader.parsed.span_of(year.start, year.end)
            head = span.root.head if span is not None else None
            if head is not None and head.dep_ == "prep":
                head = head.head
            if head is not None and head.i == verb.i:
                return True
        return False

    def event(self, mention: DateMention, sentence: Sentence) -> tuple[Token, str | None] | None:
        """The event a date dates and whom it is about, read the way the date is written: in a
        dateline (the first sentence's event), at the head of a timeline line, or in running text."""
        text = self.view.text
        if self.dateline is not None and self.dateline[0] <= mention.start < self.dateline[1]:
            if mention.year is None or self._own_day(sentence):
                return None  # "Dec 9 (wire) — Ohtani agreed on Saturday": no year, or the event has its own day
            after = self.dateline[1]
            dated = [m for m in self.mentions if m.month is not None]  # "since Katrina in 2005" dates another event
            if any(after <= m.start < sentence.end and not _same_day(m, mention) for m in dated):
                return None  # "— Microsoft today completed ...": the sentence's own date carries the claim
            first_word = after + len(text[after:]) - len(text[after:].lstrip())
            if _opens_with_a_length(text[first_word : sentence.end]):
                return None  # "— For a decade Holm came ...": the span ends on the day, no event is of it
            found = self.reader.event(first_word, first_word + 1, after_dash=first_word)
            if found is not None and self._dated_by_its_year(found[0], after, sentence):
                return None  # "— Ana Ruiz became prime minister in 2023": the deed's own year, not the filing day
            return found
        head = _LINE_HEAD.match(text, mention.end)
        if head and text.rfind("\n", 0, mention.start) + 1 == mention.start:
            return self.reader.event(mention.start, mention.end, after_dash=head.end())
        floor = sentence.start
        if self.dateline is not None and sentence.start <= self.dateline[1] < sentence.end:
            floor = self.dateline[1]  # "REDMOND, Wash. — ... — Contoso today completed": not REDMOND
        return self.reader.event(mention.start, mention.end, after_dash=None, floor=floor)


@functools.cache
def _length_opening() -> re.Pattern[str]:
    """A sentence that opens with a length of time: "For a decade", "For almost two months", "Ten days
    after", "Two years later" (the time nouns of the duration kind)."""
    from verify.kinds.duration.lengths import UNITS  # the duration kind reads dates: import late

    unit = "|".join(sorted({*UNITS, *UNITS.values()}, key=len, reverse=True))
    span = rf"(?i:for|over)\s+(?:[\w-]+\s+){{0,5}}?(?:{unit})\b"  # "For almost two months"
    offset = rf"(?:[\w-]+\s+){{1,3}}?(?:{unit})\s+(?:after|later)\b"  # "Ten days after"
    return re.compile(f"{span}|{offset}")


def _opens_with_a_length(sentence: str) -> bool:
    """Whether a dateline's sentence opens with a length of time ("PARIS, 3 May 2025 — For a decade Holm came
    back each spring"): the dateline's day is where that span ends, so it dates none of the sentence's events."""
    return _length_opening().match(sentence) is not None


def _same_day(weekday: DateMention, dateline: DateMention) -> bool:
    """A weekday that is the dateline's own day ("TAIPEI, 13 January 2024 — ... on Saturday")."""
    same = (weekday.year, weekday.month, weekday.day) == (dateline.year, dateline.month, dateline.day)
    return weekday.relative and weekday.words.lower() in _calendar()[1] and same


def _as_iso(claim: Claim) -> None:
    """A pattern claim's date as written ('5 July 2024') becomes its ISO value, the words kept in `time`."""
    found = date_mentions(claim.value or "")
    if len(found) == 1 and found[0].words == claim.value and found[0].iso:
        claim.time, claim.value = claim.value, found[0].iso


def same_entity(a: str, b: str) -> bool:
    """Two names for one entity ("Holm", "Eva Holm")."""
    return fuzz.token_set_ratio(aliases.fold(a), aliases.fold(b)) >= SAME_ENTITY


def _own_subject(verb: Token, claim: Claim) -> bool:
    """The dated verb, the first word of the claim, has a subject of its own that names someone
    other than the claim's subject, in a clause below another ("..., after President Donald Trump
    signed ... on 20 January 2025"), or is a relative pronoun ("for Ana Ruiz, ..., who had conceded on
    Monday": Ruiz, not the main clause's winner)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    starts_claim = claim.text.split()[:1] == [verb.text]
    relative = subject is not None and subject.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl"
    return (
        subject is not None
        and ((subject.pos_ == "PROPN" and verb.dep_ in {"advcl", "ccomp", "conj"}) or relative)
        and starts_claim
        and not same_entity(subject.text, claim.subject)
    )


def _resubject(claim: Claim, article: _Article) -> None:
    """A pattern claim whose subject the sentence does not name ('World Economy' for "She returned
    ... in January 2017"), names badly ('the fire that') or only describes ('the winner') takes the
    parse's subject when the parse has a name for it."""
    malformed = claim.subject.split()[-1].lower() in RELATIVE_WORDS
    described = claim.subject.lower().startswith("the ")  # "the winner", "The PABS annex": the parse may know whom
    sentence_text = claim.sentence
    if article.dateline is not None:  # "THE HAGUE — The court ruled on ...": the dateline's place is no subject
        line = article.view.text[article.dateline[0] : article.dateline[1]]
        sentence_text = sentence_text.replace(line, " ") if line.strip() else sentence_text
    named_here = re.search(rf"\b{re.escape(claim.subject.split()[-1])}\b", sentence_text, re.IGNORECASE)
    mention = next((m for m in article.mentions if claim.span[0] <= m.start < claim.span[1]), None)
    sentence = article.sentence_of(claim.span[0])
    found = article.event(mention, sentence) if mention and sentence else None
    if found is not None and found[1] and named_here and _own_subject(found[0], claim):
        claim.subject = found[1]  # "The United States did not take part, after Donald Trump signed ... on 20
        return  # January": the dated verb's own named subject, not the main clause's
    if named_here and not malformed and not described:
        return  # its surname or name stands in the sentence: the patterns read it there
    if found is not None and found[1] and same_entity(found[1], claim.subject) and _opens_with_subject(found[0], claim):
        return  # "Norby's seventh president has held the office since ...": the parse agrees, the words name whom
    if found is not None and found[1] and mention is not None and (malformed or found[1][:1].isupper()):
        # a name for one carried over ("The minister ... took office": the person the patterns named stays)
        claim.subject = found[1]
        start, end = _words_of(article.view.text, mention, found[0])  # its own words, as a parsed claim's
        claim.span, claim.text = (start, end), article.view.text[start:end]


def _opens_with_subject(verb: Token, claim: Claim) -> bool:
    """Whether the claim's words begin with the dated verb's own subject (a description the patterns read as
    the person it stands for): they name the subject as the sentence does, and stay."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return subject is not None and subject.left_edge.idx == claim.span[0]


def _ranks_or_denies(article: _Article, mention: DateMention) -> bool:
    """Whether a year alone bounds a ranking rather than dating an event ("the first woman to win the
    prize since 2019", "the most rounds since 1859", "the third man to win it, after X in 1957") or
    stands in a denied clause ("will not pitch in 2024"): the words it hangs on, or their dependents, rank
    (an ordinal or a superlative) or deny."""
    span = article.reader.parsed.span_of(mention.start, mention.end)
    if span is None:
        return False
    for token in span.root.ancestors:
        near = [*token.children, *(g for c in token.children if c.dep_ in _RANKED_DEPS for g in c.children)]
        if _ranking(token) or any(_ranking(c) or _denies(c) for c in near):
            return True
    return False


_RANKED_DEPS = frozenset({"attr", "nsubj", "nsubjpass", "dobj"})  # "is only the third man", "No midfielder had won"


def _denies(token: Token) -> bool:
    return token.dep_ == "neg" or (token.dep_ == "det" and token.lower_ == "no") or token.lower_ in {"never", "nobody"}


def _ranking(token: Token) -> bool:
    return token.ent_type_ == "ORDINAL" or token.tag_ in {"JJS", "RBS"} or token.lower_ in {"first", "only", "last"}


def _clause_years(article: _Article) -> list[tuple[int, int]]:
    """Where the clause reader (verify.kinds.clause) holds a year as the time of a clause it claims: a bare
    year is one fact with its clause ("moved to the United States in 1985"), so a date claim of its own
    would state it twice; only a year no clause carries ("Finland was admitted in 2023") is the date kind's."""
    from verify.kinds.clause.extract import read_article  # the clause kind reads this kind's claims: import late

    facts, _, _ = read_article(article.reader.parsed, article.reader.body_start)
    return [f.span for f in facts if f.time and _YEAR_ONLY.fullmatch(f.time)]


def parsed_date_claims(view: ArticleView, taken: list[Claim]) -> list[Claim]:
    """Date claims for the body's dates that no claim in `taken` already dates (a claim there whose
    subject the sentence does not name takes the parse's)."""
    article = _Article.of(view)
    dates = [c for c in taken if c.kind == "date"]
    for claim in dates:
        _resubject(claim, article)
        _as_iso(claim)
    stated = [(c.subject, c.value) for c in dates]
    out: list[Claim] = []
    clause_years = _clause_years(article)
    for mention in article.mentions:
        if any(c.span[0] < mention.end and mention.start < c.span[1] for c in [*dates, *out]):
            continue
        year_alone = mention.month is None and not mention.relative  # not a weekday kept as written
        if year_alone and any(a <= mention.start < b for a, b in clause_years):
            continue  # "earned his PhD at Boston University in 1987": the clause claims its year with its object
        sentence = article.sentence_of(mention.start)
        if sentence is None or _in_quotation(sentence.text, mention.start - sentence.start):
            continue
        found = article.event(mention, sentence)
        if found is None or found[1] is None or _hedged(found[0]):
            continue
        if year_alone and _ranks_or_denies(article, mention):
            continue  # "the most for any speaker since 1859", "will not pitch in 2024": no event of that year
        verb, subject = found
        subject = people_of(subject) or subject  # "14 May - Norbians vote": the vote is Norby's
        mention = _coming(mention, verb, article.view.text, article.reference)  # "walks in on Friday": the coming one
        value = mention.iso or mention.words
        line_head = _LINE_HEAD.match(article.view.text, mention.end)
        timed_line = line_head is not None and any(ch.isdigit() for ch in line_head.group(0))
        if not timed_line and any(same_entity(subject, who) and value == when for who, when in stated):
            continue  # a fact stated twice yields one claim, at its first statement (a timeline's timed line
            # is an event of its own: "July 19, 04:09 UTC - X pushes ...", "July 19, 05:27 UTC - X reverts ...")
        stated.append((subject, value))
        written = article.today_written(mention, sentence, subject)  # "March 3, 2025 — Nordbank ASA" for 'today'
        out.append(_claim(view, sentence, mention, verb, subject, written=written))
    return out


def _words_of(text: str, mention: DateMention, verb: Token) -> tuple[int, int]:
    """The claim's words: the date with its verb when only a few words stand between them ("said on
    25 March", "26 August - FIFA suspends"), else the date alone, so that the other facts of the
    clause between them (an appositive, an object) keep their own claims. A start after "since" keeps
    its clause up to a longer post ("been chair of the Lund Rowing Club since March 2021"): the post is
    what the judge dates, and the date alone says nothing."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    verb_start, verb_end = verb.idx, (particle or verb).idx + len(particle or verb)
    gap = text[mention.end : verb_start] if verb_start >= mention.end else text[verb_end : mention.start]
    since = verb_start < mention.start and gap.split()[-1:] == ["since"] and gap.split().count("since") == 1
    since = since and not any(c.isdigit() for c in gap)  # "chair since 2021 and a director since 2014": apart
    if len(gap.split()) > (MAX_SINCE_WORDS if since else MAX_GAP_WORDS) or "," in gap or "\n" in gap:
        return mention.start, mention.end
    return min(mention.start, verb_start), max(mention.end, verb_end)


def _claim(
    view: ArticleView,
    sentence: Sentence,
    mention: DateMention,
    verb: Token,
    subject: str,
    written: tuple[int, int] | None = None,
) -> Claim:
    """The date claim of `mention`, on the words `written` where the day it stands for is written elsewhere
    (a dateline's date for 'today': `_Article.today_written`), else on the date and its verb."""
    start, end = written or _words_of(view.text, mention, verb)
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    relation = " ".join(t.text for t in (verb, particle) if t is not None)
    value = mention.iso or mention.words
    start, end = start - sentence.start, end - sentence.start
    return view.claim("date", sentence, start, end, subject, relation, value=value, time=mention.words)


def with_parsed_dates(view: ArticleView, claims: list[Claim]) -> list[Claim]:
    """The shared reader's claims with the parse's date claims added, in reading order."""
    return sorted([*claims, *parsed_date_claims(view, claims)], key=lambda c: c.span)


def entry_head(sentence: str, reference: DateMention | None = None) -> DateMention | None:
    """The date that heads a timeline entry ('2022: Ruiz becomes finance minister', '1 March 2022 - ...'): a date
    written first, then a dash or a colon; None for a sentence with no such head."""
    if year := _YEAR_HEAD.match(sentence):  # a year alone is no date mention elsewhere: at a line's head it is
        return DateMention(year.start(1), year.end(1), year[1], int(year[1]), None, None)
    found = date_mentions(sentence, reference)
    head = found[0] if found else None
    before = sentence[: head.start] if head is not None else ""
    if head is None or head.relative or not _BULLET_ONLY.fullmatch(before) or not _ENTRY_HEAD.match(sentence, head.end):
        return None
    return head


def entry_day(sentence: str, on: dt.date | None) -> dt.date | None:
    """The day a timeline entry's head gives its sentence ('January 9 — Gabriel Attal, 34, replaces Élisabeth
    Borne', 'September 5, 2024: Barnier is named prime minister'): what the entry says (an age, an office taken)
    is of that day, not of the article's. A day before the article's, written to the day; None for a sentence
    with no such head, a month alone (either end of it could be meant) or a day after the article's."""
    if on is None:
        return None
    head = entry_head(sentence, DateMention(0, 0, on.isoformat(), on.year, on.month, on.day))
    if head is None or head.year is None or head.month is None or head.day is None:
        return None
    if _present_in_entries() & set(re.findall(r"[a-z]+", sentence[head.end :].lower())):
        return None  # "March 3 — Roe, now Premier-Steward, ...": the entry speaks of the article's day too
    try:
        day = dt.date(head.year, head.month, head.day)
    except ValueError:
        return None
    return day if day < on else None
