"""Reading an event's date off pages about its subject."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from typing import NamedTuple

from verify import aliases, holder, lexicons
from verify.aliases import FULL_MONTHS, SMALL_WORDS, fold, initials, parse_number
from verify.kinds import binding
from verify.kinds.base import Aspect, Finding, Stance, after_claim, before_claim, claim_start
from verify.kinds.date.parsed import line_year, year_of_day
from verify.kinds.ordinals import spell_numbered_so
from verify.link import find_person, name_score
from verify.match import (
    DATE_TEXT,
    YEAR,
    Unit,
    born_in_the_lead,
    field_text,
    is_person_doc,
    own_lifespan,
    parse_date,
    units,
)
from verify.models import Claim, Document, InfoboxField
from verify.names import same_person
from verify.offices import (
    POST,
    Term,
    acronyms,
    another_post,
    government_post,
    held_before,
    names_another_part,
    office_country,
    office_groups,
    other_portfolio,
    other_post_than,
    outside_government,
    qualifiers,
    qualifiers_at,
    said_in_full,
    same_office,
    sibling_in_spell,
    sibling_office,
    specific_words,
    stopgap_begun,
    stopgap_spell_of,
    terms,
    word_stem,
)
from verify.text import split_sentences

# What an event's verb may be written as on a page, and the infobox rows that date it.
_WORDS = lexicons.load("judging")["date"]  # the word lists of this judge (verify/lexicons/judging.toml)
_CLAUSE_WORDS = lexicons.load("judging")["clause"]  # the clause judge's lists this judge shares
_AUXILIARIES = frozenset(_WORDS["auxiliaries"])


def _words(key: str) -> re.Pattern[str]:
    """One case-blind pattern over a lexicon list of words and phrases."""
    return re.compile(rf"\b({'|'.join(map(re.escape, _WORDS[key]))})\b", re.I)


_ISO = re.compile(r"\d{4}(?P<month>-\d{2})?(?P<day>-\d{2})?")


def precision(written: str) -> str:
    """How precisely a date is written: 'day', 'month' or 'year' ('2024-07-05', '2017-01' and '2019' too)."""
    iso = _ISO.fullmatch(written.strip())
    if iso:
        return "day" if iso["day"] else "month" if iso["month"] else "year"
    if re.search(r"\b\d{1,2}\b(?!\d)", re.sub(r"\d{4}", "", written)):
        return "day"
    return "month" if re.search(r"[A-Za-z]{3,}", written) else "year"


_RANK = {"year": 0, "month": 1, "day": 2}


def written_start(written: str) -> tuple[dt.date, str] | None:
    """A start written with its month ('since March 2019') or day: the day and how precisely it is written.
    None for a year alone, or for words that are no date ('since early 2019')."""
    written = written.strip()
    day = parse_date(written) if DATE_TEXT.fullmatch(written) else None
    return (day, precision(written)) if day is not None and precision(written) != "year" else None


def start_fits(row: str, day: dt.date, at: str) -> bool | None:
    """Whether a term's start row gives the claimed start to the claim's precision ('14 June 2019' for
    'since June 2019'); None when the row is less precise ('2019' for 'since March 2019') and cannot tell."""
    have = parse_date(row)
    if have is None or _RANK[precision(row)] < _RANK[at]:
        return None
    return same_date(have, day, at)


def same_date(a: dt.date, b: dt.date, at: str) -> bool:
    if at == "day":
        return a == b
    if at == "month":
        return (a.year, a.month) == (b.year, b.month)
    return a.year == b.year


def _verb_stems(relation: str) -> list[str]:
    """The stems of the relation's own words ('took office' -> took, offi): a sentence must word each of
    them to date the same event ('took part in talks on 5 July' does not date taking office)."""
    words = [w for w in re.findall(r"[a-z]+", relation.lower()) if w not in _AUXILIARIES]
    return [w[:4] for w in words]


_ONE_NAMING = tuple(_WORDS["one_naming"])


def _step_stems(stem: str) -> tuple[str, ...]:
    """The stems a page may word a claim's verb stem by: its own, and each verb's of the one naming step when it is
    one of them ('name' of 'was named' is worded 'nominated' too: `one_naming`, judging.toml)."""
    naming = [w[:4] for w in _ONE_NAMING]
    return tuple(naming) if stem in naming else (stem,)


_CANDIDACY = tuple(_WORDS["naming_candidacy"])


def _without_candidacies(claim: Claim, text: str) -> str:
    """A page sentence `text` with blanks (of the same length) for another verb of the one naming step than the
    claim's own followed by a preposition of a candidacy (`naming_candidacy`, judging.toml: 'She was nominated for
    leader ... but lost the contest' for 'was named leader'): a candidate is not named to the post, so that verb
    neither dates nor refutes the naming (review38 B7). The sentence as it is when the claim's verb is no naming."""
    words = [w for w in re.findall(r"[a-z]+", claim.relation.lower()) if w not in _AUXILIARIES]
    if not words or words[0] not in _ONE_NAMING:
        return text
    others = [w for w in _ONE_NAMING if _verb_form(w) != _verb_form(words[0])]
    candidacy = re.compile(rf"\b(?:{'|'.join(others)})\s+(?:{'|'.join(_CANDIDACY)})\b", re.I)
    return candidacy.sub(lambda m: " " * len(m.group(0)), text)


def _about_subject(doc: Document, unit: Unit, subject: str) -> bool:
    """A sentence naming the subject, or one of the subject's own page that speaks of them: a pronoun stands for
    them and no relative is its subject ('Tom Berg served as mayor since March 2016', 'Her husband Per Brandt
    became ...' on her page are another's)."""
    if _RELATIVE_OPENS.match(unit.text):
        return False
    if find_person(subject, unit.text):
        return True
    own = name_score(subject, doc.title) >= 85 or same_person(subject, doc.title)
    return own and (_HE_OR_SHE.search(unit.text) is not None or _the_thing_itself(doc, unit.text))


_HE_OR_SHE = re.compile(r"\b(?:he|she|they)\b", re.I)


def _the_thing_itself(doc: Document, text: str) -> bool:
    """Whether a sentence of the own page of a body, a work, a structure or an event calls it 'it' or by its
    title's head noun ('It was founded on 3 May 1990.', 'The bridge opened on ...': review42 R14); a person's
    page is read by its pronouns alone."""
    title = doc.title.split(" (")[0]
    head = title.split()
    if not head or not _a_things_page(doc):
        return False
    # as the sentence's subject, opening it ('The old bridge it replaced' is another bridge), in no relative clause
    # ('it acquired Tarsa Bank, which was founded ...', 'an aftershock that struck ...': another thing's verb)
    if not re.match(rf"\s*(?:it|the\s+{re.escape(head[-1])})\b", text, re.I) or holder.RELATIVE_OR_THAT.search(text):
        return False
    # nor right after another thing of its kind is named ('Its main rival is Tarsa Bank. It was founded ...')
    at = doc.text.find(text.strip())
    before = re.split(r"(?<=[.!?])\s+", doc.text[max(0, at - 300) : at].strip()) if at > 0 else [""]
    named = re.findall(rf"((?:[A-Z][\w'’-]*\s+)+){re.escape(head[-1])}\b", before[-1])
    own = set(aliases.fold(title).split()) | {"the"}
    return all(set(aliases.fold(f"{n}{head[-1]}").split()) <= own for n in named)  # 'Korvik earthquake': its own




def _a_things_page(doc: Document) -> bool:
    """A page of no person: a body's, a work's, a structure's or an event's (no born-in lead, no lifespan, no
    person's pronoun)."""
    return not is_person_doc(doc) and own_lifespan(doc) is None and holder.pronoun_of(doc.text) is None


def _the_things_own_step(claim: Claim, doc: Document) -> bool:
    """Whether the claim tells a step of a thing's own, on the thing's own page, with a verb that takes nothing
    ('Korvik Bank was founded on 5 May 1990', 'The earthquake struck on 14 March 2023', 'The bridge opened on ...'):
    a body, a structure, an event steps so once, so the page's one other date for that verb refutes it. A person's
    deed ('was arrested on') may be told of many days, and a verb that takes something ('acquired Tarsa Bank') is
    dated only where its page words what it takes."""
    words = [w for w in re.findall(r"[a-z]+", claim.relation.lower()) if w not in _AUXILIARIES]
    own = name_score(claim.effective_subject, doc.title) >= 85
    return own and len(words) == 1 and not _takes_something(claim, words[0]) and _a_things_page(doc)
_RELATIVE_OPENS = re.compile(
    rf"^\s*(?:his|her|their)\s+(?:{'|'.join(map(re.escape, _CLAUSE_WORDS['relatives']))})\b",
    re.I,
)


def _names_on(subject: str, doc: Document) -> tuple[str, ...]:
    """The names a page's sentence calls the subject by: the page's title too on the subject's own page only. On
    another's page its person is someone else ('then-Emir Idris named Tarek ..., replacing Zayed' on Tarek's page
    is Idris's act, not Zayed's, whatever Tarek's name)."""
    own = name_score(subject, doc.title) >= 85 or same_person(subject, doc.title)
    return (subject, doc.title) if own else (subject,)


def _named_words(claim: Claim) -> set[str]:
    """The claim's other checkable words: what its capitalised words name besides the subject and the
    date ('Chancellor of the Exchequer' in 'became Chancellor of the Exchequer on 5 July 2024')."""
    text = DATE_TEXT.sub(" ", _after_an_earlier_dated_clause(claim.text))
    subject = set(fold(claim.effective_subject).split())
    named = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", text)}
    # 'on September 5' or 'on Tuesday, 1 October' names no office, and a clause's opening 'The' ('The 66-year-old
    # ...') names nothing
    return {w for w in named - subject - _MONTH_WORDS - _WEEKDAY_WORDS - SMALL_WORDS if len(w) > 2}


_MONTH_WORDS = frozenset(lexicons.load("dates")["months"])
_WEEKDAY_WORDS = frozenset(lexicons.load("dates")["weekdays"])
# a clause closed by its own year before a comma ('has led the Harbour Party since 2015, has been president since')
_DATED_CLAUSE_END = re.compile(r"\b(?:1[89]|20)\d\d\s*,")


def _after_an_earlier_dated_clause(text: str) -> str:
    """The claim's words from the clause its own date closes: a clause before it that ends with a year of its own
    and a comma ('has led the Harbour Party since 2015, has been president since June 2019') dates another thing,
    and the names in it are not the claim's ('Harbour Party' is not the presidency's)."""
    ends = [m.end() for m in _DATED_CLAUSE_END.finditer(text)]
    return text[ends[-1] :] if ends and text[ends[-1] :].strip() else text


def _dates_given_to(claim: Claim, stems: list[str], text: str) -> set[tuple[int, int]] | None:
    """Where the text dates what the claim's verb takes ('deputy governor' of 'became deputy governor in
    March 2009'): the dates of the clause that words it (`binding.bound`). None when the claim's verb
    takes no words of substance, or the text does not word them and they name no post: any date of the text may be
    the event's (`_bare_verbs_dates` narrows that for support). No dates when they name a post the text does not
    word."""
    words = DATE_TEXT.sub(" ", claim.text).split()
    at = max((i for i, w in enumerate(words) if any(w.lower().startswith(s) for s in stems)), default=None)
    if at is None:
        return _the_verbs_own_dates(stems[0], text)
    # a month written without its day or year ('appointed governor in March') is the claim's date, not a word the
    # verb takes
    taken = " ".join(w for w in words[at + 1 :] if w.lower() not in _NOT_TAKEN and not _a_bare_month(w))
    places = binding.anchors(taken, text.lower())
    if not places:
        # 'served as deputy governor of the bank since ...' against 'deputy governor from June 2019': the post's own
        # word; a text without it ('her husband served in the army since ...') dates another thing
        post = " ".join(m.group(0) for m in POST.finditer(taken))
        if not post:
            return None
        places = binding.anchors(post, text.lower()) or _initials_at(taken, text)
    if POST.search(taken):  # 'deputy finance minister', 'health minister', 'minister' are other posts or no one post
        places = [a for a in places if _the_post_at(text, a, taken)]
    given = {m.span() for a in places for m in binding.bound(a, text, DATE_TEXT)}
    if (own := _the_verbs_own_dates(stems[0], text)) is not None:
        # 'Appointed on 10 January 2022, she took office as chief justice on 1 March 2022': the verb's clause dates it
        # itself, and the post's own date is another verb's (review25 R5)
        given &= own
    return given


def _bare_verbs_dates(stems: list[str], text: str, given: set[tuple[int, int]] | None) -> set[tuple[int, int]] | None:
    """The dates that may support a claim whose verb takes nothing the text words (`given` None): those of the
    verb's own clauses when the sentence words it so ('elected to parliament on 5 May 2019 and sworn in on 12 May
    2019': the vote's day is not the oath's, review46 S5). For support only: such an oath, naming no post, may be
    another post's, so its day refutes nothing (recall24 B6)."""
    return given if given is not None else _the_verbs_own_dates(stems[0], text)


def _the_verbs_own_dates(stem: str, text: str) -> set[tuple[int, int]] | None:
    """The dates of the clauses a text words the claim's verb (its `stem`) in, when each such clause dates itself:
    another clause's date is another verb's ('She won the Korvik Prize in 1988 and was shortlisted for it again in
    1995': 1995 dates no win, review44 R9). None when the text words the verb in a clause without its own date, or
    when its clauses hold every date of the text (nothing is another verb's)."""
    verbs = [m.span() for m in re.finditer(r"[a-z]+", text.lower()) if m.group(0).startswith(stem)]
    own = [{m.span() for m in DATE_TEXT.finditer(text) if _within(m.span(), binding.clause_of(v, text))} for v in verbs]
    every = {m.span() for m in DATE_TEXT.finditer(text)}
    # 'and sworn in the next day', 'took office two days later', 'the following March': a clause dated from another
    # clause's day dates itself, to another day than that one (review47 S8)
    shifted = [_RELATIVE_DAY.search(_clause_to_its_stop(v, text)) is not None for v in verbs]
    if verbs and any(shifted) and all(o or r for o, r in zip(own, shifted, strict=True)):
        return set().union(*own)
    return set().union(*own) if verbs and all(own) and set().union(*own) != every else None


_SHIFTED_UNITS = r"(?:days?|weeks?|months?|years?|mornings?|evenings?)"
# a time told from another clause's day, which it is not: 'the next day', 'the following March', 'two days later',
# 'a week after', 'the day after'; 'later that day', 'the same day' are that day
_RELATIVE_DAY = re.compile(
    rf"\b(?:the\s+(?:next|following)\s+(?:{_SHIFTED_UNITS}|{'|'.join(FULL_MONTHS)}"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter)"
    rf"|(?:\d+|an?|{aliases.NUMBER_WORD_PATTERN})\s+{_SHIFTED_UNITS}\s+(?:later|after(?:wards)?)"
    rf"|the\s+{_SHIFTED_UNITS}\s+after)\b",
    re.I,
)


def _clause_to_its_stop(verb: tuple[int, int], text: str) -> str:
    """The words of the clause a verb stands in (`binding.clause_of`), up to its next comma or stop: the clause may
    end before a closing 'later' ('took office two days later')."""
    start, end = binding.clause_of(verb, text)
    rest = re.match(r"[^,;:.()]*", text[end:])
    return text[start:end] + (rest.group(0) if rest else "")


def _a_bare_month(word: str) -> bool:
    """Whether a claim's word is a month's capitalised name ('March'; not the verb 'may')."""
    return word[:1].isupper() and word.lower() in _MONTH_WORDS


def _within(span: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Whether a span begins inside a clause (`binding.clause_of`)."""
    return clause[0] <= span[0] < clause[1]


def _the_post_at(text: str, at: binding.Span, post: str) -> bool:
    """Whether the text at `at` words the claim's post as such: its qualifiers ('deputy finance minister' is not
    'finance minister'), no other specific word right before it ('health minister'), and every specific word of
    the claim's post in the phrase ('minister' alone, or 'Minister of Health', is no 'finance minister'), and no word
    after it of a post still to come ('prime minister-designate') unless the claim's post has one."""
    if qualifiers_at(text.lower(), *at) != qualifiers(post):
        return False
    before = re.findall(r"[\w'’-]+", re.split(r"[,;:.()]", text[: at[0]])[-1])[-1:]
    after = re.findall(r"[\w'’-]+", re.split(r"[,;:.()]", text[at[1] :])[0])[:4]
    if _TO_BE_AFTER.match(text[at[1] :]) and not _TO_BE_AFTER.search(post):
        return False  # 'named prime minister-designate': a post still to come is not the post (review48 S1)
    written = text[at[0] : at[1]]
    claimed = specific_words(post) - _BODY_KINDS
    front = specific_words(_NOT_THE_POST.sub(" ", " ".join(before))) - _BODY_KINDS
    if front - claimed:
        return False
    # initials ('COO') stand for the whole post
    return written.isupper() or claimed <= specific_words(" ".join([*before, written, *after]))


# a word after a post that makes it one still to come ('prime minister-designate', 'President-elect', 'Prime Minister
# designate'; judging.toml clause.successor_to_be): its holder is not yet in the post
_TO_BE_ONE_WORD = [re.escape(w) for w in _CLAUSE_WORDS["successor_to_be"] if " " not in w]
_TO_BE_AFTER = re.compile(rf"(?:-|\s+)(?:{'|'.join(_TO_BE_ONE_WORD)})\b", re.I)


def _initials_at(phrase: str, text: str) -> list[binding.Span]:
    """Where the text writes the phrase by its initials ('COO' for 'chief operating officer'), as spans."""
    words = [w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in SMALL_WORDS]
    initials = "".join(w[0] for w in words).upper()
    return [m.span() for m in re.finditer(rf"\b{initials}\b", text)] if len(initials) >= 2 else []


# words of a claim that are not what its verb takes: small words, auxiliaries, and the word before its date
# a possessive before what the verb takes ("sworn in for his second term") tells whose, not what: the page may write
# "a second term" (review46 S9)
_POSSESSIVES_TOO = frozenset(lexicons.load("names")["pronouns"])
_NOT_TAKEN = SMALL_WORDS | _AUXILIARIES | frozenset(_WORDS["time_words"]) | _POSSESSIVES_TOO


def _states_every_value(claim: Claim, doc: Document, unit: Unit) -> bool:
    """A passage (with its page's title) that names every other thing the claim names."""
    said = set(fold(f"{doc.title} {unit.text}").split())
    return all(any(s.startswith(w[:5]) for s in said) for w in _named_words(claim))


def date_findings(claim: Claim, docs: list[Document], as_of: dt.date | None = None) -> list[Finding]:
    """Sentences about the subject that give the claim's date with its event's verb; a day written without
    its year takes the article's (`in_the_articles_year`)."""
    if _fronted_birth(claim):  # 'Born in Greystones, on 17 October 1986, Harris was elected ...': the birth's date
        return birth_findings(claim.model_copy(update={"relation": "born"}), docs)
    claim = with_its_verb(claim)
    dated = in_the_articles_year(claim, as_of)
    if once_scheduled(claim):  # 'had been due on 3 March 2027': no day the event took place
        return schedule_findings(dated or claim, docs, as_of)
    if dated is not None and as_of is not None and not _on_a_years_line(claim):
        return near_the_article(_date_findings(dated, docs, as_of), as_of)
    return _date_findings(dated or claim, docs, as_of)


_A_WEEKDAY_BEFORE = re.compile(rf"\b(?:{'|'.join(lexicons.load('dates')['weekdays'])}),\s*$", re.I)
_STOPGAP = re.compile(rf"\b(?:{'|'.join(_CLAUSE_WORDS['stopgap'])})\b", re.I)  # 'interim', 'acting' ...
_VERB_REACH = 100  # characters between a date claim's verb and its date that the claim's words may be widened over


def with_its_verb(claim: Claim) -> Claim:
    """A claim whose words are only its date ('Tuesday, 25 March' of 'Ana Ruiz took office as the seventh
    secretary-general on Tuesday, 25 March'), its relation's verb standing before them in its sentence: the claim
    with its words from that verb on, so the judge reads what the verb took ('office', the post) as it does when
    the words hold it. Unchanged when the words hold the verb already, or the verb is not the last one before the
    date in its own clause (another date, a clause break or more than `_VERB_REACH` characters between them)."""
    words = [w for w in re.findall(r"[a-z]+", claim.relation.lower()) if w not in _AUXILIARIES]
    if _verb_stems(claim.relation) == ["born"]:
        return claim  # a birth's day is read from the lead's dates, whatever the words between ('born in X on ...')
    at = claim_start(claim)
    if not words or at < 0 or re.search(rf"\b{re.escape(words[0])}\b", claim.text, re.I):
        return claim
    before = claim.sentence[:at]
    verb = next(reversed(list(re.finditer(rf"\b{re.escape(words[0])}\b", before, re.I))), None)
    if verb is None:
        return claim
    between = _A_WEEKDAY_BEFORE.sub("", before[verb.end() :])  # 'on Tuesday, 25 March': the day's own comma
    if len(between) > _VERB_REACH or DATE_TEXT.search(between) or _EVENT_BREAK.search(between) or "," in between:
        return claim
    if _STOPGAP.search(between):
        return claim  # 'took office as interim secretary-general on ...': a stand-in's day (review51 R1)
    return claim.model_copy(update={"text": claim.sentence[verb.start() : at + len(claim.text)]})


def _on_a_years_line(claim: Claim) -> bool:
    """Whether the claim's day stands on a timeline's line headed by its year ('2021 - ... on 8 June'): the year is
    written, so a row's other day refutes it however far from the article's day."""
    text, at = _where_written(claim, (claim.effective_value or "").strip())
    return line_year(text, at) is not None


_FRONTED_BORN = re.compile(
    rf"^\s*Born\b(?:[\s,]+(?:{'|'.join(map(re.escape, _WORDS['fronted_birth_links']))}|[A-Z][\w'’.-]*))*[\s,]*$"
)


def _fronted_birth(claim: Claim) -> bool:
    """Whether the claim's date stands in a phrase that opens its sentence with 'Born' and holds nothing but places
    before it ('Born in Greystones, County Wicklow, on 17 October 1986, Harris was elected ...'): it dates the
    birth, whatever verb the main clause gives the claim. A verb or pronoun between ('Born in Oslo, he moved to
    Bergen on 5 May 1980') gives the date to another event."""
    if _verb_stems(claim.relation) == ["born"]:
        return False
    written = claim.time or claim.effective_value or ""
    sentence, at = _where_written(claim, written)
    return sentence.find(written) == at and _FRONTED_BORN.match(sentence[:at]) is not None


_SCHEDULE = _words("schedule")
_ONCE = _words("once")
_COUNTERFACTUAL = _words("counterfactual")
_MOVED = _words("moved")
_NEXT_EVENT = _words("next_event")
_MOVED_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|will|did|does|do)\b", re.I)
_MAX_SCHEDULE_GAP = 6  # words between a schedule word and its date ('due to be held some time in')
_SCHEDULE_GAP = frozenset(_WORDS["schedule_gap"])  # the only words that may stand between "due" and its date
_ONCE_BEFORE = 4  # words before a schedule word a former-marker may stand ('had originally been scheduled')


def _schedules(before: str, once: bool) -> bool:
    """Whether the words before a date make it a day the event was set for, not the day it took place: the date
    follows a moving verb's 'from' ('postponed from 3 March'), or a day that never came ('would have been held
    in') or a schedule word ('scheduled for', 'due on') governs it, with no other date or finite verb between
    them ('the vote expected in 2027 was held on 3 June' dates the vote to 3 June). With `once`, a schedule word
    counts only after a word that makes it a former one ('had been due', 'was originally scheduled for'): 'is due
    on 3 March' is the event's day to come."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    if _MOVED_FROM.search(clause) and _MOVED.search(clause):
        return True
    for words, needs_once in ((_COUNTERFACTUAL, False), (_SCHEDULE, once)):
        marks = list(words.finditer(clause))
        if not marks:
            continue
        gap = clause[marks[-1].end() :]
        if len(gap.split()) > _MAX_SCHEDULE_GAP or re.search(r"\d", gap) or _FINITE.search(gap):
            continue
        if words is _SCHEDULE and not set(re.findall(r"[a-z]+", gap.lower())) <= _SCHEDULE_GAP:
            continue  # a noun or a verb between: 'the first scheduled launch lifted off on 9 June' dates the launch
        if needs_once and not _ONCE.search(" ".join(clause[: marks[-1].start()].split()[-_ONCE_BEFORE:])):
            continue
        return True
    return False


def once_scheduled(claim: Claim) -> bool:
    """A claim dating the day an event was once set for ('the election had been due on 3 March 2027', 'was
    originally scheduled for', 'would have been held in', 'was postponed from 3 March'): the day it took place
    (a date row) neither refutes nor supports it. The day it was moved to ('postponed from 3 March to 3 June',
    'brought forward to 3 June') is the event's own and is judged as such."""
    written = claim.time or claim.effective_value or ""
    sentence, at = _where_written(claim, written)
    return _schedules(sentence[:at], once=True)


def schedule_findings(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding]:
    """A day an event was once set for is supported only by a page sentence that gives it as the schedule
    ('Originally scheduled for 3 March 2027, the election was moved up to 3 June 2025'), on the subject's or the
    event's own page, to the claim's precision; not by one setting a later event's day ('the next election is due
    on ...'), nor by a sentence on a person's page or another page (either may give another event's schedule, as
    'his appeal hearing was scheduled for 2 February'). Nothing refutes it: the day it took place is another day
    by its nature."""
    want = parse_date(claim.effective_value or "")
    if want is None:
        return []
    at = precision(claim.effective_value or "")
    event = event_words(claim)
    out = []
    for doc in docs:
        own = _own_page(claim, doc)
        if is_person_doc(doc) or not (own or (event and _is_event_page(doc, event, want, as_of))):
            continue  # a person's or another page's schedule may be another event's ('his appeal was set for ...')
        for unit in units(doc):
            if unit.field is not None:
                continue
            for m in DATE_TEXT.finditer(unit.text):
                have = parse_date(m.group(0))
                if have is None or _RANK[precision(m.group(0))] < _RANK[at] or not same_date(have, want, at):
                    continue
                before = unit.text[: m.start()]
                if _schedules(before, once=False) and not _NEXT_EVENT.search(_CLAUSE_BREAK.split(before)[-1]):
                    out.append(
                        Finding(unit, Stance.SUPPORTS, 90.0, Aspect.MAIN, f"gives {m.group(0)} as its schedule", have)
                    )
                    break
    return out


def _date_findings(claim: Claim, docs: list[Document], as_of: dt.date | None = None) -> list[Finding]:
    written = claim.effective_value or ""
    want = parse_date(written)
    stems = _verb_stems(claim.relation)
    if want is None:
        return []
    if not stems:  # 'has been chancellor since ...': no verb of its own for a sentence to word; the rows still date it
        return term_date_findings(claim, docs, as_of)
    at = precision(written)
    out: list[Finding] = []
    against: list[Finding] = []
    repeated = _LATER_TERM.search(claim.sentence) is not None  # 'sworn in for a second term on ...'
    for doc in docs:
        for unit in units(doc):
            if unit.field is not None or not _about_subject(doc, unit, claim.effective_subject):
                continue
            named = _without_candidacies(claim, unit.text)  # 'nominated for leader': a candidacy, no naming
            if not all(re.search(rf"\b(?:{'|'.join(_step_stems(stem))})", named, re.I) for stem in stems):
                continue
            if not _states_every_value(claim, doc, unit):
                continue  # the right day for another event: 'became prime minister' for 'became chancellor'
            names, pronoun = _names_on(claim.effective_subject, doc), holder.pronoun_of(doc.text)
            given = _dates_given_to(claim, stems, unit.text)
            dated = _dates_said_of(names, pronoun, given, unit.text, at)
            own = _dates_said_of(names, pronoun, _bare_verbs_dates(stems, unit.text, given), unit.text, at)
            if found := next(((m, have) for m, have in own if same_date(have, want, at)), None):
                m, have = found
                out.append(Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, f"dates it to {m.group(0)}", have))
                continue
            carried = _with_the_paragraphs_year(doc, unit.text)
            if carried != unit.text:
                # 'In February 2025, ... named Caine as his nominee. Caine was confirmed by the U.S. Senate in April.':
                # a month the page tells without its year supports a day of its paragraph's year, never refutes one
                given_too = _bare_verbs_dates(stems, carried, _dates_given_to(claim, stems, carried))
                also = _dates_said_of(names, pronoun, given_too, carried, at)
                if found := next(((m, have) for m, have in also if same_date(have, want, at)), None):
                    m, have = found
                    out.append(Finding(unit, Stance.SUPPORTS, 90.0, Aspect.MAIN, f"dates it to {m.group(0)}", have))
                    continue
            if told_again(unit.text, stems):
                repeated = True  # 're-elected in 2016', 'took office again': the kind's events are more than one
            elif (given is not None or _the_things_own_step(claim, doc)) and (
                other := _event_dated_otherwise(claim, named, dated)
            ) is not None:
                detail = f"dates it to {other[0].group(0)}"
                against.append(Finding(unit, Stance.CONTRADICTS, 85.0, Aspect.MAIN, detail, other[1]))
    rest = term_date_findings(claim, docs, as_of) + birth_findings(claim, docs) + death_findings(claim, docs)
    told = {(d.year, d.month if at != "year" else 0, d.day if at == "day" else 0) for f in against if (d := f.dated)}
    if out or repeated or len(told) != 1 or any(f.stance is Stance.SUPPORTS for f in rest):
        against = []  # dated as claimed somewhere, or told with other days (a second event of the kind): nothing
    return out + against + rest


def _dates_said_of(
    names: tuple[str, ...], pronoun: str | None, given: set[tuple[int, int]] | None, text: str, at: str
) -> list[tuple[re.Match[str], dt.date]]:
    """The dates a page sentence gives its subject (`holder.said_of`) at the claim's precision `at` or finer, of the
    clause its verb's words take (`given`, when it says)."""
    dated: list[tuple[re.Match[str], dt.date]] = []
    for m in DATE_TEXT.finditer(text):
        if given is not None and m.span() not in given:
            continue  # the date of another fact the sentence lists ('... in 2009 and deputy governor in 2012')
        if not holder.said_of(names, text, *m.span(), pronoun):
            continue  # 'She married Per Olsen, who became finance minister on 3 May 2019': his date
        have = parse_date(m.group(0))
        # a page less precise than the article ("2025" for "17 January 2025") cannot confirm it
        if have is None or _RANK[precision(m.group(0))] < _RANK[at]:
            continue
        dated.append((m, have))
    return dated


# a month the page writes without its year: 'in April', 'on 20 March', 'on March 20' (not 'April 2025', 'May's')
_YEARLESS_MONTH = re.compile(
    rf"\b(?:(?P<prep>in|on|by)\s+)?(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{'|'.join(m.title() for m in FULL_MONTHS)})"
    rf"(?:\s+(?P<after>\d{{1,2}}))?(?![\w'’]|,?\s*\d)"
)
_MONTH_NAMES = [m.title() for m in FULL_MONTHS]


def _with_the_paragraphs_year(doc: Document, sentence: str) -> str:
    """The page sentence, when it writes no year, with each month it writes given the year of the last date its
    paragraph wrote before it ('In February 2025, President Donald Trump named Caine ... Caine was confirmed by the
    U.S. Senate in April.': April 2025), if the month does not come before that date's month: a story told forward
    names its year once. A month alone ('April', 'May') may be a name: only one after 'in', 'on', 'by' or with its
    day is read. The sentence unchanged when its paragraph dates nothing before it."""
    at = doc.text.find(sentence)
    if at < 0 or DATE_TEXT.search(sentence):
        return sentence
    before = doc.text[doc.text.rfind("\n", 0, at) + 1 : at]
    last = next(reversed([m.group(0) for m in DATE_TEXT.finditer(before)]), None)
    since = parse_date(last) if last is not None else None
    if last is None or since is None:
        return sentence
    month_known = precision(last) != "year"

    def dated(m: re.Match[str]) -> str:
        month = _MONTH_NAMES.index(m["month"]) + 1
        if not (m["prep"] or m["day"] or m["after"]) or (month_known and month < since.month):
            return m.group(0)
        if m["after"]:  # 'on March 20': 'March 20, 2025'
            return f"{m.group(0)}, {since.year}"
        return f"{m.group(0)} {since.year}"

    return _YEARLESS_MONTH.sub(dated, sentence)


# the words around an event's verb that stop a date from being the verb's own ('announced on 14 July and sworn in on
# 1 August': the oath's day is no announcement's)
_EVENT_BREAK = re.compile(rf";|\b(?:{'|'.join(_CLAUSE_WORDS['clause_breaks'])})\b", re.I)
_EVENT_REACH = 60  # characters between an event's verb and its date in one clause


def told_again(text: str, stems: Iterable[str]) -> bool:
    """Whether a sentence tells an event (its verb's `stems`) as one of several: a later term ('second term',
    'again', 're-elected'), the verb's repeat ('reappointed'; 'representative' repeats nothing) or its first time
    ('first elected')."""
    repeats = (re.sub(r"^re-?", "", w.lower()) for w in re.findall(r"\bre-?[a-z]+", text, re.I))
    first = re.search(rf"\bfirst\s+(?:{'|'.join(map(re.escape, stems))})", text, re.I)  # 'first elected': more came
    return _LATER_TERM.search(text) is not None or first is not None or any(w.startswith(tuple(stems)) for w in repeats)


def _event_dated_otherwise(
    claim: Claim, text: str, dated: list[tuple[re.Match[str], dt.date]]
) -> tuple[re.Match[str], dt.date] | None:
    """The one other date a page sentence gives the claim's event ('On 14 July 2027, she was announced as governor'
    for 'was announced as governor on 14 June'; the caller asks that the sentence words what the claim's verb takes,
    since 'was sworn in on 1 March' names no event a page's other oath could be): the sentence words the verb once,
    in a form of the claim's own verb (not a noun of its stem: 'a landmark decision' is no 'decided'), and its one
    date said of the subject at the claim's precision (`dated`) stands in the verb's clause, near it, not in brackets
    (a name's year: 'Roe v. Wade (1973)'). None otherwise: two dates, or two verbs, may be two events of the kind."""
    words = [w for w in re.findall(r"[a-z]+", claim.relation.lower()) if w not in _AUXILIARIES]
    naming = bool(words) and words[0] in _ONE_NAMING  # 'named' is worded 'nominated' too
    forms = {_verb_form(w) for w in (_ONE_NAMING if naming else words[:1])}
    verbs = [m for m in re.finditer(r"[A-Za-z]+", text) if _verb_form(m.group(0)) in forms]
    if len(verbs) != 1 or len(dated) != 1:
        return None
    verb, (m, have) = verbs[0], dated[0]
    others = [o for o in DATE_TEXT.finditer(text) if o.start() != m.start()]
    if others and (m.start() < verb.start() or any(o.end() > verb.start() for o in others)):
        # 'took office on 18 September 2027 and on 2 June 2026': dated twice, whatever binds; a date before the
        # verb whose own date follows it is another event's ('nominated on May 20, 2016, and confirmed by the Senate
        # on June 9, 2016'), but not when the date read comes before the verb too ('On 3 May 2019, after her election
        # ... on 2 April 2019, she was sworn in': the opening date is the verb's, review25 B7)
        return None
    if text[: m.start()].rstrip().endswith("(") and text[m.end() :].lstrip().startswith(")"):
        return None
    between = text[verb.end() : m.start()] if verb.end() <= m.start() else text[m.end() : verb.start()]
    return (m, have) if len(between) <= _EVENT_REACH and not _EVENT_BREAK.search(between) else None


def _named_by_the_verb(claim: Claim, label: str) -> bool:
    """Whether the subject's own infobox row is the one step the claim's single verb tells ('opened' or
    'opening_date' for 'The bridge opened on 26 June 2022', 'launch_date' for 'was launched on'): a thing's once-step
    its page dates in a row of its own, which the sentences may never word ('which opened on ...' takes nothing a
    date binds). Not when the step is told of something else of the subject's ('the bridge's second span opened')."""
    words = [w for w in re.findall(r"[a-z]+", claim.relation.lower()) if w not in _AUXILIARIES]
    if len(words) != 1 or _takes_something(claim, words[0]):
        # 'took office', 'was elected president': a step of a post, read off its term rows; 'opened a new exhibition',
        # 'was opened to pedestrians': another step than the thing's own opening (review28 B8)
        return False
    verb = _verb_form(words[0])
    named = any(_verb_form(w) == verb for w in re.split(r"[_\s]+", label.lower()))
    return named and told_of_its_subject(claim, re.compile(rf"\b{re.escape(words[0])}\b", re.I))


def _takes_something(claim: Claim, verb: str) -> bool:
    """Whether the claim's verb takes a word of substance before its date ('opened a new exhibition on ...', 'was
    opened to pedestrians on ...'), not only the date's own words ('opened on 26 July 2022', 'opened in March')."""
    words = DATE_TEXT.sub(" ", claim.text).split()
    at = next((i for i, w in enumerate(words) if w.lower() == verb), None)
    if at is None:
        return True
    return any(w.lower() not in _NOT_TAKEN and not _a_bare_month(w) for w in words[at + 1 :])


def _verb_form(word: str) -> str:
    """A verb's word without its inflection ('announced', 'announces' -> 'announc'), to tell its forms from a noun
    of the same stem ('decided' from 'decision', 'elected' from 'election')."""
    return _INFLECTION.sub("", word.lower())


_INFLECTION = re.compile(r"(?:ed|d|ing|es|s)$")


_MONTHS = lexicons.load("dates")["months"]
# a day or a month written without its year: '24 March', 'March 24', 'March'
_DAY_OF_A_MONTH = re.compile(
    rf"^(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{'|'.join(_MONTHS)})|(?P<m2>{'|'.join(_MONTHS)})(?:\s+(?P<d2>\d{{1,2}}))?)$", re.I
)
_NEAR_THE_ARTICLE = dt.timedelta(days=366)  # how far from the article's day a row may date a yearless day's event


def in_the_articles_year(claim: Claim, as_of: dt.date | None) -> Claim | None:
    """A day or a month written without its year ('took office on September 5', 'will be sworn in on October 20',
    'became leader in March'): the article's own date gives it, in the year extraction reads it in
    (`year_of_day`: by its clause's tense, the last such day or month by the article's day for one told in the
    past, the next for one to come), never the parser's stand-in year. The claim with that day (or month, as
    'YYYY-MM') as its value; None when it gives a year or no month."""
    written = (claim.effective_value or "").strip()
    m = _DAY_OF_A_MONTH.match(written)
    if m is None or as_of is None:
        return None
    month = [w.lower() for w in _MONTHS].index((m["m1"] or m["m2"]).lower()) + 1
    day = int(m["d1"] or m["d2"]) if m["d1"] or m["d2"] else None
    text, at = _where_written(claim, written)
    year = year_of_day(text, at, at + len(written), month, day, as_of)
    if year is None:
        return None
    field = "corrected_value" if claim.corrected_value else "value"
    if day is None:
        return claim.model_copy(update={field: f"{year:04d}-{month:02d}"})
    step = 1 if year > as_of.year or (year == as_of.year and (month, day) > (as_of.month, as_of.day)) else -1
    for _ in range(8):  # '29 February' of a year without one: the nearest year that has it, the same way on
        try:
            when = dt.date(year, month, day)
        except ValueError:
            year += step
            continue
        return claim.model_copy(update={field: when.isoformat()})
    return None


def _where_written(claim: Claim, written: str) -> tuple[str, int]:
    """The claim's sentence and where its day is written in it (within the claim's own words first); the
    claim's words with the day after them when the sentence does not hold it as written."""
    sentence = claim.sentence or ""
    own = claim_start(claim)
    at = sentence.find(written, own) if own >= 0 else -1
    if at < 0:
        at = sentence.find(written)
    if at >= 0:
        return sentence, at
    return f"{claim.text} {written}", len(claim.text) + 1


def near_the_article(findings: list[Finding], as_of: dt.date) -> list[Finding]:
    """For a day whose year the article's date gave: a row or a sentence dating the event more than a year from
    the article's day refutes nothing, since the claim may recount an older year's step without naming it; one
    dating it within a year of that day ('was appointed governor on 14 May 2024' for 'in March', a June 2024
    article) does, as the news's own step."""
    out = []
    for f in findings:
        span = date_span(f.unit.field.value) if f.unit.field is not None else None
        day = span[0] if span is not None else f.dated  # a sentence's finding carries the day it read
        if f.stance == Stance.CONTRADICTS and (day is None or abs(day - as_of) > _NEAR_THE_ARTICLE):
            f = f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: the claim gives no year)")
        out.append(f)
    return out


_BORN_AT = re.compile(rf"\bborn\s+(?:on\s+)?(?P<date>{DATE_TEXT.pattern})")


def birth_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    """A person is born once: the birth date the subject's own page gives (its birth_date row, else the
    lead's 'born 19 August 1967') settles a claimed birth date to the claim's precision. Another day
    contradicts; the same day supports only a claim that names nothing else, or only the place the page's
    birth-place row names ('born in Hamilton on ...' with another place leaves the place to its own check)."""
    if _verb_stems(claim.relation) != ["born"]:
        return []
    want = parse_date(claim.effective_value or "")
    if want is None:
        return []
    at = precision(claim.effective_value or "")
    out = []
    for doc in docs:
        if not _own_page(claim, doc):
            continue
        rows = [(Unit(doc, field_text(doc, f), f), f.value) for f in doc.infobox if f.label.lower() == "birth_date"]
        if not rows:
            lead = doc.text.split("\n", 1)[0]
            rows = [(Unit(doc, lead), m["date"]) for m in _BORN_AT.finditer(lead)][:1]
        if not rows and (told := born_in_the_lead(doc)) is not None:
            rows = [(told[1], told[0])]  # a lead opened by another sentence: 'He was born in Ara, on 14 May 1964'
        for unit, written in rows:
            have = parse_date(written)
            if have is None or _RANK[precision(written)] < _RANK[at]:
                continue
            if not same_date(have, want, at):
                out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, f"gives the birth date {written}"))
            elif _born_where_said(claim, doc):
                out.append(Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, f"gives the birth date {written}", have))
        if out:
            break
    return out


def death_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    """A person dies once: the death date the subject's own page gives (its death_date row, else the lead's life
    span '(12 June 1941 – 3 May 2024)') settles a claimed day of death to the claim's precision, as the birth date
    settles a birth's (review41 R11: an obituary's first line). Only a claim that names nothing else: 'died in
    Korvik on 3 May' leaves the place to its own check."""
    if _verb_stems(claim.relation) != ["died"] or _named_words(claim) - {"died"}:
        return []
    want = parse_date(claim.effective_value or "")
    if want is None:
        return []
    at = precision(claim.effective_value or "")
    for doc in docs:
        if not _own_page(claim, doc):
            continue
        rows = [(Unit(doc, field_text(doc, f), f), f.value) for f in doc.infobox if f.label.lower() == "death_date"]
        if not rows and (span := own_lifespan(doc)) is not None:
            rows = [(Unit(doc, span[1]), span[0]["died"])]
        for unit, written in rows:
            given = DATE_TEXT.search(written)
            have = parse_date(given.group(0)) if given else None
            if have is None or _RANK[precision(given.group(0))] < _RANK[at]:
                continue
            if not same_date(have, want, at):
                return [Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, f"gives the death date {given.group(0)}")]
            return [Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, f"gives the death date {given.group(0)}", have)]
    return []


def _own_page(claim: Claim, doc: Document) -> bool:
    """Whether the page is the claim's subject's own, by its title."""
    return name_score(claim.effective_subject, doc.title) >= 85 or same_person(claim.effective_subject, doc.title)


def _born_where_said(claim: Claim, doc: Document) -> bool:
    """Whether the page names every other thing the birth claim names: none ('born on 11 August 1973'), or the
    place beside the day ('born in Korvik on ...', 'Born in Korvik, on ...') in its birth-place row. Another place
    is left to the place's own check, so the day alone does not carry the claim."""
    place = " ".join(f.value for f in doc.infobox if f.label.lower() == "birth_place")
    said = set(fold(place).split())
    return all(any(s.startswith(w[:5]) for s in said) for w in _named_words(claim) - {"born"})


# Verbs that date the start of an office's term, and the infobox rows that hold an event's own date.
TAKES_OFFICE = _words("takes_office")  # verbs that date the start of an office's term
_SINCE = re.compile(r"\bsince\b", re.I)
_FUTURE = _words("future")
_EVENT_DATE = re.compile(r"^(date|election_date|event_date)$")
_ANNOUNCES = _words("announces")
_LEAD = dt.timedelta(days=int(_WORDS["announce_lead_days"]))


def _decided_before(claim: Claim, want: dt.date, start: dt.date) -> bool:
    """Whether the claim dates a decision that opens the term (appointed, named, elected) on a day
    that may come before the term's start: 'was appointed minister on 3 May' for a term from 10 May."""
    return _ANNOUNCES.search(claim.relation) is not None and start - _LEAD <= want <= start


_LATER_TERM = _words("later_term")


_CLAUSE_BREAK = re.compile(r"[,;:.]|\b(?:as|while|when|and|but|because|whereas|although|though)\b", re.I)


def _own_clause(claim: Claim) -> str:
    """The words of the claim's own clause: the claim's words, with those of its sentence up to the nearest
    clause break on either side, and a participle fronted before the sentence's first comma, whose subject
    is the main clause's ('Re-elected in May, she was sworn in ...'); not an 'again' of another verb ('her
    critics again marched as she was sworn in')."""
    at = claim_start(claim)
    if at < 0:
        return claim.text
    before, after = claim.sentence[:at], claim.sentence[at + len(claim.text) :]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    start = breaks[-1].end() if breaks else 0
    end = m.start() if (m := _CLAUSE_BREAK.search(after)) else len(after)
    fronted = claim.sentence.split(",", 1)[0] if "," in before and _LATER_TERM.match(claim.sentence.lstrip()) else ""
    return f"{fronted} {before[start:]}{claim.text}{after[:end]}"


_AGAIN = "again"  # the one later-term word that is any verb's ('critics again marched'), not the term's own


def says_later_term(claim: Claim) -> bool:
    """Whether the claim's sentence puts it in a later term: a word naming one ('re-elected', 'second term')
    anywhere in the sentence ('After her re-election in May, she was sworn in ...'); 'again' only in the
    claim's own clause, since it may be another verb's ('her critics again marched as she was sworn in')."""
    if any(m.group(0).lower() != _AGAIN for m in _LATER_TERM.finditer(claim.sentence)):
        return True
    return _LATER_TERM.search(_own_clause(claim)) is not None


def _later_term(claim: Claim, doc: Document, start: InfoboxField, want: dt.date) -> bool:
    """Whether the claim dates the start of a later term ('sworn in for a second term on ...') inside a
    term the infobox gives as one unbroken spell from an earlier start: that row dates the first term."""
    if not says_later_term(claim):
        return False
    group = next((g for g in office_groups(doc.infobox) if g.get("term_start") is start), {})
    begins = parse_date(start.value)
    ends = parse_date(group["term_end"].value) if "term_end" in group else None
    return begins is not None and begins < want and (ends is None or want <= ends)


def _first_spell_for_a_later_term(claim: Claim, doc: Document, start: InfoboxField, first: dt.date) -> bool:
    """Whether the claim dates the start of a later term ('sworn in for a second term in 2023', 're-elected', 'again')
    by a row that begins the page's first spell of the post (no spell of the same office before it): the post's
    first taking, no later term's start (review37 R2). The later term is told in the claim's own clause: a later
    clause's ('he had taken office on 1 July 2019, and he could not run for a second consecutive term', 'before
    losing his re-election bid') is of another term."""
    if _LATER_TERM.search(_own_clause(claim)) is None:
        return False
    office = next(
        (g["office"] for g in office_groups(doc.infobox) if g.get("term_start") is start and "office" in g), None
    )
    return office is not None and not held_before(doc.infobox, office.value, first)


# an organisation's or office's own start: 'founded on', 'established on', 'created on'
_FOUNDED = _words("founded")
_FOUNDING_DATE = re.compile(r"^(founded|established|formation|foundation|formed)$")


def term_date_findings(claim: Claim, docs: list[Document], as_of: dt.date | None = None) -> list[Finding]:
    """The infobox settles a start or an event's day: on the subject's own page, an office whose
    words (with its predecessor) name every other thing the claim names dates 'took office',
    'became', 'was sworn in'; an event page's `date` row dates 'was held'. The same day (to the
    claim's precision) supports; another day contradicts, quoting the row."""
    written = claim.effective_value or ""
    want = parse_date(written)
    if want is None:
        return []
    at = precision(written)
    named = _named_words(claim)
    event = [] if _starts(claim) else event_words(claim)
    # 'was elected chancellor on ...': the term's start supports it; another start is no conflict (a re-election,
    # a confirming vote after an acting spell, an election weeks before the swearing-in)
    elected = not _starts(claim) and _taken_up(claim) and not _an_end(claim)
    starts = _starts(claim) or elected
    # 'his term ended on 30 September', 'served as minister from 2016 to 2020': the term_end rows date it
    ends = not starts and (ends_a_term(claim) or _spell(claim).end)
    out = []
    # a page on the event of the claimed year ('2019 ... general election') is the one about it; another
    # year's page of the same name (the article's year) is then another event, not a second source
    of_the_year = event and any(_is_event_page(d, event, want, None) and _title_years(d) for d in docs)
    # 'was sworn in on 6 August, succeeding Ivo Stam' of a person whose own page lists no term: the term's end on the
    # page of the holder before, whose successor row names the subject, dates the start
    untermed = starts and not any(_own_page(claim, d) and _term_rows_of(d) for d in docs)
    for doc in docs:
        own = _own_page(claim, doc)
        if untermed and not own:
            out += _handed_over_on(claim, doc, named, want, at)
        if of_the_year and _title_years(doc) and want.year not in _title_years(doc):
            continue  # the same name's page for another year, however well its title fits the subject
        if not own and (ends or not (event and _is_event_page(doc, event, want, None if of_the_year else as_of))):
            continue
        if not own and not _the_named_event(claim, event, doc):
            continue  # the article names which general election: another country's is another event
        rows: list[tuple[InfoboxField, str]] = []
        if starts:
            rows += _term_starts_by_initials(claim, doc, named, as_of) or _term_starts(claim, doc, named, as_of)
            rows = [(row, what) for row, what in rows if not _another_than_the_asides(claim, what)]
            rows = [(row, what) for row, what in rows if not _another_than_the_post_after(claim, what)]
            # 'took office as Norby's 14th prime minister on ...': not the start of a spell numbered otherwise
            rows = [(row, what) for row, what in rows if _numbered_so(claim, doc, row)]
            begun: list[Finding] = []
            if named and not rows:
                begun = _other_office_begun(claim, doc, want, at)
            elif not rows and own and (post := _own_post(claim)):
                begun = _other_post_in_the_spell(claim, doc, post, want, at, False) or _post_begun_in_a_sentence(
                    doc, post, want, at, claim.effective_subject
                )
            elif not rows and own and _SINCE.search(claim.text) and _of_holding(claim):
                led = _body_led_begun(claim, doc, want, at, as_of)
                begun = _nothing_begun(doc, want, at, as_of, _ended_may_be_meant(claim)) if led is None else led
            elif not rows and own and _spell(claim).start:
                begun = _body_led_begun(claim, doc, want, at, as_of) or []  # a past spell: nothing held since
            out += [
                f
                for f in begun
                if not _another_than_the_asides(claim, office := _office_of(doc, f.unit.field))
                and not _another_than_the_post_after(claim, office)
            ]
            if elected:  # 'was elected party leader in 2022' is not dated by the presidency begun that year
                rows = [(row, what) for row, what in rows if _post_fits(claim, what)]
        if ends:
            # 'served as minister of economy and finance from 1 July 2009 to 15 July 2010': the end of another post
            # of the same government on that day, when no term of the claimed one is listed, says which post it was
            out += term_end_findings(claim, doc, want, at) or (
                _other_post_in_the_spell(claim, doc, post, want, at, True) if (post := _own_post(claim)) else []
            )
            continue
        if not starts:
            dating = _FOUNDING_DATE if founding(claim) else _EVENT_DATE
            rows += [(f, doc.title) for f in doc.infobox if dating.match(f.label.lower())]
            if own and not founding(claim):
                rows += [(f, doc.title) for f in doc.infobox if _named_by_the_verb(claim, f.label)]
        found: list[tuple[str, Finding]] = []
        for row, what in rows:
            span = date_span(row.value)
            if span is None or _RANK[precision(row.value)] < _RANK[at]:
                continue
            first, last = span
            unit = Unit(doc, field_text(doc, row), row)
            detail = f"dates {what} to {row.value}"
            if any(same_date(day, want, at) for day in (first, last)) or first <= want <= last:
                if starts and _first_spell_for_a_later_term(claim, doc, row, first):
                    detail = f"{detail} (set aside: the claim tells a later term; the page's first spell begins then)"
                    found.append((what, Finding(unit, Stance.NEUTRAL, 90.0, Aspect.MAIN, detail)))
                    continue
                found.append((what, Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, detail, first)))
            elif elected:
                continue  # an election's day: the term's start supports it, another start is no conflict
            elif not (starts and _decided_before(claim, want, first)):
                # the first term's start, not this one's; or the day an acting spell of the office began ('was first
                # sworn in as president on 3 May 2017, on an interim basis'): a start of a kind, neither side
                later = starts and (_later_term(claim, doc, row, want) or _stopgap_begun_on(doc, what, want, at))
                found.append(
                    (what, Finding(unit, Stance.NEUTRAL if later else Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail))
                )
        # one office held twice: the spell that fits is the one the claim means, not the office's other spell
        held = {what for what, f in found if f.stance == Stance.SUPPORTS}
        found = [(what, f) for what, f in found if f.stance == Stance.SUPPORTS or what not in held]
        out += [f for _, f in found]
    return out


def _term_rows_of(doc: Document) -> bool:
    """Whether a page's infobox gives any office a term start."""
    return any("term_start" in group for group in office_groups(doc.infobox))


_HANDOVER_DAYS = 1  # a term may end the day before the successor's begins ('until 31 March', 'from 1 April')


def _handed_over_on(claim: Claim, doc: Document, named: set[str], want: dt.date, at: str) -> list[Finding]:
    """A start dated by the term's end of the holder before: an office group of another's page whose successor row
    names the claim's subject, and which names every other thing the claim's clause names (its post too). An end on
    the claimed day or the day before supports; at the day's precision another day refutes, unless the claim tells a
    later term (the successor row may be of an earlier handover)."""
    out = []
    for group in office_groups(doc.infobox):
        if not {"office", "term_end", "successor"} <= set(group):
            continue
        if not find_person(claim.effective_subject, group["successor"].value):
            continue
        row = group["term_end"]
        end = parse_date(row.value)
        if end is None or precision(row.value) != "day" or (named and not _names_all(group["office"].value, named)):
            continue
        if (post := _post_named(_own_clause(claim))) and not _may_be_the_post(post, group["office"].value):
            continue  # 'sworn in as prime minister on 4 August': not the presidency handed over
        unit = Unit(doc, field_text(doc, row), row)
        detail = f"ends {group['office'].value} of {doc.title} on {row.value}, handed over to {claim.effective_subject}"
        after = end + dt.timedelta(days=_HANDOVER_DAYS)
        if same_date(end, want, at) or same_date(after, want, at):
            out.append(Finding(unit, Stance.SUPPORTS, 90.0, Aspect.MAIN, detail, want))
        elif at == "day" and not says_later_term(claim) and _a_handover_day(doc, end, want):
            out.append(Finding(unit, Stance.CONTRADICTS, 85.0, Aspect.MAIN, detail))
    return out


_UNPLANNED_END = re.compile(rf"\b(?:{'|'.join(map(re.escape, _WORDS['unplanned_ends']))})\b", re.I)


def _a_handover_day(doc: Document, end: dt.date, want: dt.date) -> bool:
    """Whether a term's end is a handover that another day of the successor's start contradicts: not one the page
    tells as a death or an ouster in the end's year ('until his death in office on 3 March 2020': the successor may be
    sworn in a week later), and not so far from the claimed day that the start may be another post's or a later term's
    (review45 F3)."""
    if abs((want - end).days) > _WORDS["handover_reach_days"]:
        return False
    if not _UNPLANNED_END.search(doc.text):
        return True
    year = str(end.year)
    return not any(year in s.text and _UNPLANNED_END.search(s.text) for s in split_sentences(doc.text))


_ENDS_A_TERM = re.compile(
    rf"\b(?:term|mandate|tenure)\s+(?:\w+\s+)?(?:{'|'.join(_WORDS['term_ends'])})\b|\b(?:{'|'.join(_WORDS['leaves_office'])})\b"
)
_STATED_LENGTH = re.compile(r"\b(?P<n>[a-z]+|\d+)[\s-]year\s+(?:\w+\s+)?(?:term|mandate|tenure)\s*(?:\w+\s*)?$")


def ends_a_term(claim: Claim) -> bool:
    """A claim dating the end of a term of office ('his term ended on 30 September', 'whose term ends on 30
    November', 'was removed from office on 4 April', 'stepped down as Fine Gael leader on 20 March'): the words
    before the date say so, in the claim or just before it in its sentence, or anywhere before it in its clause.
    Any other end ('the visit ended on') is no term's."""
    return _ENDS_A_TERM.search(fold(_told_end(claim))) is not None


def _told_end(claim: Claim) -> str:
    """The words a term's end is told in: the claim's, and its clause's before them (30 characters at least)."""
    at = max(claim_start(claim), 0)
    start = min(max(0, at - 30), binding.clause_of((at, at), claim.sentence)[0])
    return claim.sentence[start : at + len(claim.text)]


_LEFT = re.compile(rf"\b(?:{'|'.join(_WORDS['leaves_office'])})\b", re.I)


def _after_leaving(claim: Claim) -> str | None:
    """The words after the last leaving verb of the words a term's end is told in ('as Fine Gael leader on 20
    March'), None when no leaving verb stands there."""
    told = _told_end(claim)
    left = [m.end() for m in _LEFT.finditer(told)]
    return told[left[-1] :] if left else None


def _names_left(after: str | None, claim: Claim) -> set[str]:
    """What the words after a leaving verb name ('Fine Gael' of 'stepped down as Fine Gael leader on 20 March'):
    the body whose post was left, which an office's end must name to date it."""
    return _named_words(claim.model_copy(update={"text": after})) if after is not None else set()


def _post_left(after: str | None) -> str:
    """The post the words after a leaving verb name ('prime minister' of 'stepped down as prime minister on 20
    March'), '' when none: an office's end dates the leaving only when it is that post (review41 B4)."""
    return _post_named(after) if after is not None else ""


def term_end_findings(claim: Claim, doc: Document, want: dt.date, at: str) -> list[Finding]:
    """The subject's own term_end rows against a term's end: a row giving the day (to the claim's precision)
    supports it, unless the sentence states the term's length ('his five-year term ends on ...') and the row's
    term runs otherwise; with no row giving it, the row of the office whose end is nearest the claimed day, if
    within a year of it, refutes it when the claim's own words name that office, unless an office it could be is
    still running by the claimed day: its end is not yet written, another's is no evidence."""
    post = _own_post(claim)
    # 'served as party leader', 'led the party from 2017 until ...': a post of a body outside any government, which
    # no ministry's end dates (a leader often leaves the party and a ministry on one day)
    of_a_body = outside_government(post or " ".join(_held_bodies(claim)))

    after = _after_leaving(claim)
    left, post_left = _names_left(after, claim), _post_left(after)

    def other(office: str) -> bool:
        another = bool(post) and (other_post_than(post, office) or other_portfolio(post, office))
        another = another or (bool(post_left) and other_post_than(post_left, office))  # 'stepped down as premier'
        another = another or not _names_all(office, left)  # 'stepped down as Tarsa Party leader': not Norby's
        return another or (of_a_body and government_post(office)) or _another_than_the_asides(claim, office)

    ended, running = [], False
    for group in office_groups(doc.infobox):
        office, end_row = group.get("office"), group.get("term_end")
        end = parse_date(end_row.value) if end_row is not None else None
        begun = parse_date(group["term_start"].value) if "term_start" in group else None
        if office is not None and end_row is None and begun is not None and begun <= want:
            running = running or not other(office.value)
        if office is None or end is None or end_row is None or _RANK[precision(end_row.value)] < _RANK[at]:
            continue
        if other(office.value):  # 'his term as mayor ended on': the mayoralty's
            continue
        start = parse_date(group["term_start"].value) if "term_start" in group else None
        ended.append((end_row, office.value, end, start))
    if not ended:
        return []
    stated = _stated_length(claim)
    for row, office, end, start in ended:
        if not same_date(end, want, at):
            continue
        unit = Unit(doc, field_text(doc, row), row)
        first = _spell(claim).first
        if first is not None and start is not None and not same_date(start, *first):
            # 'from 24 June 2012 to 7 January 2017': the spell's end is the term's, its start another day
            detail = f"dates {office} from {start} to {end}, not from {first[0]:%-d %B %Y}"
            return [Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail)]
        if stated is not None and start is not None and abs((end - start).days / 365.25 - stated) > 0.5:
            detail = f"dates {office} from {start} to {end}, not a {stated:g}-year term"
            return [Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail)]
        return [Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, f"dates the end of {office} to {row.value}", end)]
    row, office, end, _ = min(ended, key=lambda e: abs(e[2] - want))
    if abs(end - want) > _NEAR_THE_ARTICLE or running:  # a term still running may be the one: no end to compare
        return []
    if not post and not _BARE_TERM.search(before_claim(claim)):
        return []  # 'her presidential term ended on ...': a post the claim's words leave out, not any office's
    unit = Unit(doc, field_text(doc, row), row)
    return [Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, f"dates the end of {office} to {row.value}")]


# an aside right before the claim naming a post ('Brandt, the deputy leader, ', 'Brand, Norby's former deputy mayor, ')
_ASIDE = re.compile(r"(?:^|,)\s*(?P<post>(?:the|a|an|[A-Z][\w'’-]*['’]s)\s[^,;:()]+?),\s*(?:who\s+|which\s+)?$")


def _another_than_the_asides(claim: Claim, office: str | None) -> bool:
    """Whether the office is another than the post an aside right before a claim naming none gives its subject
    ('Brand, the former deputy governor, left office on ...', 'Brandt, the deputy leader, has held the post since
    ...'): its qualifiers ('deputy', 'acting', 'vice') make another office, whose start or end is not the one told."""
    if office is None or _own_post(claim):
        return False
    # the sentence before the claim, and the claim's own words before its last clause ('Brandt, the vice mayor, was
    # sworn in on ...' read whole as a clause)
    own = re.split(r"[,;:—–]", claim.text)[-1]
    aside = _ASIDE.search(before_claim(claim) + claim.text[: len(claim.text) - len(own)])
    post = aside["post"] if aside is not None else ""
    return POST.search(post) is not None and qualifiers(post) != qualifiers(office)


# the post told right after a claim that names none ('took office on 4 March 2021 as chair of the Data Council')
_AS_POST_AFTER = re.compile(r"^\s*,?\s*as\s+(?P<post>[^,;:()]+)")


def _another_than_the_post_after(claim: Claim, office: str | None) -> bool:
    """Whether the office is another than the post the claim's sentence gives right after a claim naming none ('took
    office on 4 March 2021 as chair of the Data Council' is not dated by the directorship begun that day, nor 'as
    director' by the deputy directorship: review48 S13): the post's word must be the office's, with its qualifiers,
    and every name the post gives the office's too ('Data Council'; a description, 'the country's first female
    president', asks nothing more)."""
    rest = after_claim(claim)
    m = _AS_POST_AFTER.match(rest or "")
    if office is None or m is None or _own_post(claim) or POST.search(m["post"]) is None:
        return False
    post = re.split(r"\s+(?:since|on|from|in|until|after|before|when|and)\s+", m["post"], maxsplit=1)[0]
    heads = {fold(h.group(0)) for h in POST.finditer(post)}
    held = fold(office)
    worded = any(re.search(rf"\b{re.escape(h)}\b", held) for h in heads)
    if qualifiers(post) != qualifiers(office) or not worded:
        return True
    names = {fold(w)[:5] for w in re.findall(r"\b[A-Z][\w-]*", post)} - {fold(w)[:5] for w in SMALL_WORDS}
    return not names <= {w[:5] for w in fold(office).split()}


def _office_of(doc: Document, row: InfoboxField | None) -> str | None:
    """The office of the infobox group a row is in (None for a row of no office's group, or none)."""
    group = next((g for g in office_groups(doc.infobox) if row is not None and row in g.values()), None)
    return group["office"].value if group and "office" in group else None


# 'his term', 'Arro's five-year term' right before the claim: a term that names no post of its own
_BARE_TERM = re.compile(r"\b(?:his|her|their|its|[A-Z][\w-]*['’]s)\s+(?:[\w-]+-year\s+|first\s+|second\s+)?term\s*$")


def _stated_length(claim: Claim) -> float | None:
    """The length in years the sentence gives the term right before the claim ('his five-year term ends on')."""
    before = before_claim(claim)
    found = _STATED_LENGTH.search(fold(before)) if before else None
    return parse_number(found["n"]) if found else None


_SPAN = re.compile(r"^\s*(?P<first>.+?)\s*(?:–|—|-|\bto\b)\s*(?P<last>.*\d{4}.*)$")


def date_span(written: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a row's date covers: one day ('4 July 2024'), or a span ('9–11 July 2024',
    '30 June – 7 July 2024'), the first day taking the month and year the last one writes."""
    m = _SPAN.match(written) if not _ISO.fullmatch(written.strip()) else None
    if m is None:
        day = parse_date(written)
        return (day, day) if day else None
    last = parse_date(m["last"])
    if last is None:
        return None
    first_words = m["first"].split()
    borrowed = " ".join([*first_words, *m["last"].split()[len(first_words) :]])  # '9' + 'July 2024'
    first = parse_date(borrowed) or parse_date(m["first"])
    if first is None or first > last:
        return None
    return first, last


# What an article's words before 'held on' name ('the general election held on ...'): the last
# words before it that are not a link word.
_LINK = frozenset(_WORDS["link_words"])
_COUNTRY_POST = re.compile(r"\b(the country|the nation)\b", re.I)  # 'led the country': the country's own office
_GOVERNMENT_POST = re.compile(r"\b(the|its|his|her) government\b", re.I)  # 'led the government': a post in it
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?$", re.I)  # 'Sunak had led the country since ...'


_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s*$", re.I)


def _an_end(claim: Claim) -> bool:
    """Whether the claim's own date is written as an end ('served until 2020')."""
    return _UNTIL_BEFORE.search(_before_its_date(claim)) is not None


def _starts(claim: Claim) -> bool:
    """A claim dating the start of something held ('took office on', 'has led it since', 'served as minister from
    2016'); never one whose own date is an end ('who first became Taoiseach in June 2017, served until 2020': 'became'
    is the other clause's)."""
    if _an_end(claim):
        return False
    held = TAKES_OFFICE.search(f"{claim.relation} {claim.text}") or _SINCE.search(claim.text)
    return bool(held) or _spell(claim).start


_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.I)
# a spell's first date and the word before its last: 'from December 2022 to ', 'from 2013 until '
_SPELL_TO = re.compile(rf"\bfrom\s+(?P<first>{DATE_TEXT.pattern})\s+(?:to|until|till|through)\s*$", re.I)
_JOINED = re.compile(r"[,;]\s*(?:and|but)\b|;", re.I)


class _Spell(NamedTuple):
    """What a date claim's own words say of a spell in a post (`_spell`)."""

    start: bool = False  # its date is the spell's first, the post's term start
    end: bool = False  # its date is the spell's last, the post's term end
    first: tuple[dt.date, str] | None = None  # the first date of the spell whose last date it gives, with its precision


def _spell(claim: Claim) -> _Spell:
    """'served as Minister for Justice from December 2022', 'led the party from April 2013': the first date of a
    spell in a post, written after 'from' with a verb of holding one (`_of_holding`), dates the post's term start as
    'since' does. 'moved to Oslo from 2010' or 'held talks from May' hold no post, and a 'from' after another date or
    a clause joined by ', and' ('served as commissioner from 2010 to 2014 and, from October 2016, led the talks') is
    another verb's. 'served as Minister for Justice from December 2022 to June 2023': the last date of a spell in a
    post, after its first one in the claim's own words, dates the post's term end as 'his term ended on' does; the
    first ('from 24 July 2012 to 7 January 2017') is given with its precision whatever the verb."""
    before = _before_its_date(claim)
    to = _SPELL_TO.search(before)
    if to is not None:
        written = DATE_TEXT.search(to["first"])  # as pages write it: 'from june 2010 to' is read from its year
        day = parse_date(written.group(0)) if written else None
        return _Spell(end=_of_holding(claim), first=(day, precision(written.group(0))) if day and written else None)
    if DATE_TEXT.search(before) or _JOINED.search(before):
        return _Spell()
    return _Spell(start=_FROM_BEFORE.search(before) is not None and _of_holding(claim))


def _taken_up(claim: Claim) -> bool:
    """A claim dating a decision that opens a post ('was elected chancellor on', 'was appointed leader of the
    party in'): its verb is one of appointing and its own words name a post. The term's start dates it (an
    election may come a few days before the term, see `_decided_before`)."""
    words = DATE_TEXT.sub(" ", claim.text)
    return _ANNOUNCES.search(f"{claim.relation} {words}") is not None and POST.search(words) is not None


def _post_fits(claim: Claim, office: str) -> bool:
    """Whether the post an election or appointment claim names ('was elected party leader', 'appointed
    president of the party') is the office: its post word is the office's, and it names no body the office
    does not ('party' against 'President of Vestria'). A claim whose words after the verb name no post fits
    nothing: the only office begun that year is no evidence of what the person was elected to."""
    words = DATE_TEXT.sub(" ", claim.text)
    verb = _ANNOUNCES.search(words)
    said = words[verb.end() :] if verb else _post_named(words)
    post = _NOT_POST.sub("", re.split(r"\s+(?:since|on|from|in)\s+|[,;]", said.strip(), maxsplit=1)[0])
    heads = {fold(m.group(0)) for m in POST.finditer(post)}
    held = fold(office)
    if not heads or not any(re.search(rf"\b{re.escape(head)}\b", held) for head in heads):
        return False
    return not specific_words(post) - specific_words(office) - _NOT_SPECIFIC


_NOT_SPECIFIC = frozenset(word_stem(w) for w in _WORDS["not_which_post"])  # 'the new president' names no other body


def founding(claim: Claim) -> bool:
    """A claim dating when an organisation or office began ('NATO was founded on ...'): its own
    page's founding row settles it. A founding of something of the subject's ("The Board's night-train service
    was created in 2010") is not the subject's own (`told_of_its_subject`)."""
    return _FOUNDED.search(f"{claim.relation} {claim.text}") is not None and told_of_its_subject(claim, _FOUNDED)


_OWN_SUBJECT_WORDS = frozenset(_WORDS["own_subject_words"]) | _AUXILIARIES
_BODIES = frozenset(lexicons.load("titles")["bodies"])  # 'the agency', 'the bank': the body the article is about


def told_of_its_subject(claim: Claim, verb: re.Pattern[str]) -> bool:
    """Whether what the claim's words tell (`verb` finds its word: a founding, a birthday) is said of the claim's
    subject itself ('Tove Brandt's daughter turned 18' is not her birthday). For a founding:
    the words before the verb in its clause, or for a participle or relative set off by a comma the words before
    that comma ('The agency, founded in 1965', 'WFP, which was set up in 1961'), hold nothing but the subject's
    name or acronym, a body's common noun, pronouns and auxiliaries. Any other word, a possessive among them
    ('whose', 'its', "Board's"), makes it the founding of something else ('whose school meals scheme was founded
    in 2010', "the Board's night-train service was set up in 2010"), which the subject's founding row does not
    date; a time before the subject with no comma ('In 1961 the agency was set up') is such a word, left open."""
    sentence = claim.sentence or ""
    own = claim_start(claim)
    told, start = (sentence, own) if own >= 0 else (claim.text, 0)
    found = verb.search(told, start, start + len(claim.text))  # the verb of the claim's own words
    if found is None:
        return True
    parts = re.split(r"[,;:()—–]", told[: found.start()])
    words = re.findall(r"[\w'’.-]+", parts[-1])
    subject = claim.effective_subject or ""
    name, caps, own = set(fold(subject).split()), initials(subject), _OWN_SUBJECT_WORDS | _BODIES

    def named(w: str) -> bool:  # a hyphened word is each of its parts folded ('Al-Korvi': 'al korvi')
        return (bool(fold(w).split()) and set(fold(w).split()) <= name) or (w.isupper() and w in caps)

    def ok(w: str) -> bool:  # an age set beside the name counts with it ('Paetongtarn, 37, who turns 38')
        return w.lower() in own or named(w) or w.isdigit()

    if len(parts) > 1 and all(w.lower() in _OWN_SUBJECT_WORDS for w in words):
        # set off by a comma ('The agency, founded in 1965', 'is Nawaf Salam, who turned 70'): said of what the comma
        # follows: a part of nothing but the subject's words, or the subject's name ending a longer one (an age in
        # commas between passed over)
        for part in reversed(parts[:-1]):
            said = re.findall(r"[\w'’.-]+", part)
            tail = list(itertools.takewhile(ok, reversed(said)))
            whole = len(tail) == len(said)
            if any(named(w) for w in tail) or (whole and any(w.lower() in _BODIES for w in said)):
                return True
            if not whole or not said:
                return False
        return False
    return all(ok(w) for w in words)


def event_query(claim: Claim) -> str | None:
    """What to search for the event a date claim dates by the words before it ('the general election
    held on 4 July 2024' -> '2024 general election'); None for a start, when nothing names it, or when the
    date gives no year ('held on 4 July': no year to tell this event from every year's, and the parser's
    default year is no year the article gave)."""
    written = claim.effective_value or ""
    want = parse_date(written) if re.search(rf"\b{YEAR}\b", written) else None
    words = [] if want is None or _starts(claim) else event_words(claim)
    return f"{want.year} {' '.join(words)}" if words and want else None


def event_words(claim: Claim) -> list[str]:
    """The event an article dates with 'held on' or 'took place on', by the words just before the
    claim ('the general election held on 4 July 2024' -> general, election)."""
    before = before_claim(claim)
    if not before:
        return []
    words = re.findall(r"[\w'-]+", before)[-4:]
    tail: list[str] = []
    for word in reversed(words):
        if word.lower() in _LINK:
            break
        tail.insert(0, word.lower())
    return tail


def _is_event_page(doc: Document, event: list[str], want: dt.date, as_of: dt.date | None) -> bool:
    """A page about the event the words name: its title holds every one of them, and a year in the
    title is the claimed year or the article's (the 2024 election, not the 2019 one)."""
    if is_person_doc(doc):
        return False
    title = fold(doc.title).split()
    if not all(any(t.startswith(w[:5]) for t in title) for w in event):
        return False
    years = _title_years(doc)
    return not years or bool(years & {want.year, *([as_of.year] if as_of else [])})


def _the_named_event(claim: Claim, event: list[str], doc: Document) -> bool:
    """When the article gives the event its full name (`context` holds every word the claim describes it
    by: '2024 United Kingdom general election' for 'the general election'), only that event's page dates
    it; without such a name any page the words fit may."""
    named = fold(claim.context or "").split()
    if not event or not all(any(n.startswith(w[:5]) for n in named) for w in event):
        return True
    title = fold(doc.title).split()  # every word of the name in the title: a looser score calls all the same
    return all(any(t.startswith(n[:5]) for t in title) for n in named if n not in SMALL_WORDS)


def _title_years(doc: Document) -> set[int]:
    return {int(y) for y in re.findall(rf"\b{YEAR}\b", doc.title)}


_BEGUN_AFTER = 60  # characters after a post's words where its 'from' or 'since' may stand ('under Glenn Stevens')


def _post_begun_in_a_sentence(doc: Document, post: str, want: dt.date, at: str, subject: str) -> list[Finding]:
    """'had been deputy governor since February 2012' of a person whose infobox lists no such post: a sentence of
    their page giving the post (its words and qualifiers) a start in the post's own clause ('deputy governor under
    Glenn Stevens from February 2012 to September 2016') on the claimed day, to the claim's precision, supports it.
    Another start is no conflict: the sentence may give another spell. The sentence must speak of the subject
    (`_about_subject`: 'His mentor Ivo Lund was deputy governor from ...' is Lund's), hold the post as its subject's
    own ('an adviser to the deputy governor from ...') and not deny it ('He was not deputy governor from ...')."""
    said = post.split()
    while said and not qualifiers(said[0]) and not POST.match(said[0]):
        said.pop(0)  # the verb before the post ('became deputy governor')
    head = POST.search(" ".join(said))
    if head is None:
        return []
    shown, words = " ".join(said), fold(" ".join(said)[head.start() :])
    for unit in units(doc):
        if unit.field is not None or not _about_subject(doc, unit, subject):
            continue
        folded = fold(unit.text)
        for m in re.finditer(rf"\b{re.escape(words)}\b", folded):
            if _NOT_HELD_BEFORE.search(folded[: m.start()]):
                continue  # 'not deputy governor', 'an adviser to the deputy governor': not her holding it
            if qualifiers_at(folded, m.start(), m.end()) != qualifiers(post):
                continue
            text = unit.text
            if not _same_post_written(text[: m.start()], text[m.start() : m.end()], text[m.end() :], post):
                continue  # 'Prime Minister of Vestria since ...' does not date 'been finance minister since ...'
            after = unit.text[m.end() : m.end() + _BEGUN_AFTER + 40]
            begun = re.search(rf"\b(?:from|since)\s+({DATE_TEXT.pattern})", after)
            if begun is None or begun.start() > _BEGUN_AFTER or not binding.one_clause(after[: begun.start()]):
                continue  # 'deputy governor, succeeding Tom Berg, who had served since ...' dates another's term
            have = parse_date(begun.group(1))
            if have is not None and _RANK[precision(begun.group(1))] >= _RANK[at] and same_date(have, want, at):
                return [Finding(unit, Stance.SUPPORTS, 90.0, Aspect.MAIN, f"dates {shown} to {begun.group(1)}", have)]
    return []


# words right before a post that say the subject did not hold it: a denial, or the post as another's
_NOT_HELD_BEFORE = re.compile(
    r"\b(?:not|never|no longer|to|for|of|with|under)\s+(?:(?:the|a|an|its|his|her)\s+)?(?:[a-z-]+\s+)?$"
)  # (a qualifier may stand between: 'not deputy governor')
_CAPITALISED_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*\s+)+$")
_CAPITALISED_AFTER = re.compile(r"^(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][\w'’-]*)*")
# a claim's words before its post that are no part of it ('became', 'has been', 'serving as')
_NOT_THE_POST = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, [*_CLAUSE_WORDS['not_office'], *_WORDS['announces']]))})\b"
    rf"|{TAKES_OFFICE.pattern}|{_words('holds_post').pattern}",
    re.I,
)


def _same_post_written(before: str, matched: str, after: str, post: str) -> bool:
    """Whether the page's office around a post's head word ('Minister' in 'Prime Minister of Vestria', with the
    capitalised words written right before and after it) names the claim's post ('been finance minister') and no
    other: 'Prime' before it is another post than 'finance', and 'Minister of Finance' is no 'prime minister'. The
    page may name more after it ('Prime Minister of Vestria' for 'prime minister')."""
    run, rest = _CAPITALISED_BEFORE.search(before), _CAPITALISED_AFTER.match(after)
    front = f"{run.group(0) if run else ''}{matched}"
    claimed = specific_words(_NOT_THE_POST.sub(" ", post))
    return specific_words(front) <= claimed <= specific_words(f"{front}{rest.group(0) if rest else ''}")


def _other_office_begun(claim: Claim, doc: Document, want: dt.date, at: str) -> list[Finding]:
    """'Became Chancellor of the Exchequer on 5 July 2024' when the person's infobox lists no such
    office, and on that very day they took up another office of the same government: the page says
    what they became that day."""
    office = re.search(r"[A-Z][\w'-]*(?:\s+(?:of|the|and|for|[A-Z][\w'-]*))*", DATE_TEXT.sub(" ", claim.text))
    if office is None:
        return []
    claimed = re.sub(r"(\s+(of|the|and|for))+$", "", office.group(0))
    held = [t for t in terms(doc.infobox) if t.start is not None and same_date(t.start, want, at)]
    return _listed_instead(doc, sibling_office(claimed, claim.nationality, held, want), claimed, False)


def _listed_instead(doc: Document, other: Term | None, claimed: str, ended: bool) -> list[Finding]:
    """The other office the infobox lists as begun (or, with `ended`, ended) on the claimed day, refuting the
    claimed post that day; none when there is no such office."""
    if other is None:
        return []
    unit = Unit(doc, field_text(doc, other.office), other.office)
    day, verb = (other.end, "ended") if ended else (other.start, "begun")
    detail = f"lists the office {verb} on {day} as {other.office.value}, and no {claimed}"
    return [Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail)]


def _other_post_in_the_spell(
    claim: Claim, doc: Document, post: str, want: dt.date, at: str, ended: bool
) -> list[Finding]:
    """'served as foreign minister from September 2023', '... minister of economy and finance from 1 July 2009 to 15
    July 2010' (the post its own clause names) when the person's infobox lists no term of that post and lists one
    other post of its kind and government begun (or, with `ended`, ended, and begun on the spell's first day when the
    claim gives it) on that day, to the precision written (`offices.sibling_in_spell`, as the role judge reads a
    spell): the article gave the day to the wrong post. A combined portfolio one of whose posts is listed, or a post
    the country names otherwise, is no other post."""
    first = _spell(claim).first if ended else None

    def fits(term: Term) -> bool:
        day = term.end if ended else term.start
        if day is None or not same_date(day, want, at):
            return False
        return first is None or (term.start is not None and same_date(term.start, *first))

    return _listed_instead(doc, sibling_in_spell(post, claim.nationality, terms(doc.infobox), fits), post, ended)


_HOLDS_POST = _words("holds_post")
_HELD_THING = _words("holds_post_objects")


def _of_holding(claim: Claim) -> bool:
    """Whether a 'since' claim speaks of holding an office or a post ('had governed since', 'has been in power
    since', 'has been president since'), not of anything else the person has done since ('has kept a low
    profile since 2022'): only then do the person's offices date it."""
    if POST.search(claim.text):
        return True
    verbs = list(_HOLDS_POST.finditer(claim.text))
    if not verbs:
        return _HOLDS_POST.search(claim.relation) is not None
    # the verb's object, up to 'since': none ('has served since'), or a post's body ('has led the country');
    # 'has led the protests', 'has held weekly talks', 'has served on the board of a charity' hold no office
    objects = (_SINCE.split(claim.text[m.end() :], 1)[0] for m in verbs)
    return any(not said.strip() or _HELD_THING.search(said) for said in objects)


def _held_bodies(claim: Claim) -> set[str]:
    """The bodies a verb of holding governs in the claim, up to its 'since' ('has led the party since ...',
    'chaired the party from 2019 until ...' -> 'party')."""
    return {fold(m.group(0)) for v in _HOLDS_POST.finditer(claim.text)
            for m in _HELD_THING.finditer(_SINCE.split(claim.text[v.end() :], 1)[0])}  # fmt: skip


def _body_led_begun(claim: Claim, doc: Document, want: dt.date, at: str, as_of: dt.date | None) -> list[Finding] | None:
    """'has led the party since August 2020': the one office (any of its spells) begun by the article's day
    whose title holds the body the claim's verb governs ('Leader of the Democratic Party'). A spell begun that
    day supports; every spell begun after it, none covering it, contradicts, quoting the first start (the
    person did not hold it then, whichever spell is meant). None when no single office is so named: the
    person's other offices decide (`_nothing_begun`)."""
    bodies = _held_bodies(claim)
    if not bodies:
        return None
    held = [
        t for t in terms(doc.infobox)
        if t.start is not None and (as_of is None or t.start <= as_of)
        and bodies & set(fold(t.office.value).split())
    ]  # fmt: skip
    if len({fold(t.office.value) for t in held}) != 1:
        return None
    first = min(held, key=lambda t: t.start or dt.date.min)
    row = next((r for r in first.rows if r.label.lower().startswith("term_start")), first.office)
    unit = Unit(doc, field_text(doc, row), row)
    if any(t.start is not None and same_date(t.start, want, at) for t in held):
        return [Finding(unit, Stance.SUPPORTS, 90.0, Aspect.MAIN, f"dates {first.office.value} to {row.value}")]
    if not all(t.start is not None and t.start > want for t in held):
        return []  # a spell begun before the month (covering it or not) may be the one meant
    detail = f"lists {first.office.value} as begun on {row.value}, after {want:%B %Y}"
    return [Finding(unit, Stance.CONTRADICTS, 85.0, Aspect.MAIN, detail)]


def _nothing_begun(
    doc: Document, want: dt.date, at: str, as_of: dt.date | None, ended_allowed: bool = False
) -> list[Finding]:
    """'had governed since 1 December 2012', naming no post, of a person whose infobox lists several
    offices with their terms: the office begun last before the article began that day (to the claim's
    precision), which supports it; or none of them began on that day nor was held on it, and the person
    held nothing since then that the page knows of. Quotes the last term begun before the article. An office
    that ended before the article's day supports only a claim that may mean an ended spell ('had led'): 'has led
    the country since' says it is held still."""
    held = [t for t in terms(doc.infobox) if t.start is not None and (as_of is None or t.start <= as_of)]
    if len(held) < 2:
        return []
    latest = max(held, key=lambda t: t.start or dt.date.min)
    row = next((r for r in latest.rows if r.label.lower().startswith("term_start")), latest.office)
    unit = Unit(doc, field_text(doc, row), row)
    ended = latest.end is not None and as_of is not None and latest.end < as_of
    if latest.start and same_date(latest.start, want, at):  # the office held last began that day
        if ended and not ended_allowed:
            return []  # a past holder's start: no proof that the post is held since then
        return [Finding(unit, Stance.SUPPORTS, 90.0, Aspect.MAIN, f"dates {latest.office.value} to {row.value}")]
    if any(same_date(t.start, want, at) or t.covers(want) for t in held if t.start):
        return []
    detail = f"lists no office begun or held on {want:%-d %B %Y}; the last begun: {latest.office.value}, {row.value}"
    return [Finding(unit, Stance.CONTRADICTS, 85.0, Aspect.MAIN, detail)]


def _handed_over_by(claim: Claim, doc: Document) -> list[tuple[InfoboxField, str]]:
    """The term starts of the offices whose predecessor the claim's own clause names ('took over from X in
    October 1995': the office X held before the subject), whatever office is held on the article's day; else those
    a participle right after a claim naming no post names (`_predecessor_after`: 'took office on 29 January 2024,
    succeeding X'), of one office only: the holder before in two posts says not which the day is of, and the one
    begun on the day is then the only one kept (support only)."""
    before = before_claim(claim)
    clause = re.split(r"[,;:]", before)[-1] if before else ""
    handed = [
        (group["term_start"], group["office"].value)
        for group in office_groups(doc.infobox)
        if clause.strip()
        and {"office", "term_start", "predecessor"} <= set(group)
        and find_person(group["predecessor"].value, clause)
    ]
    after = _predecessor_after(claim)
    if handed or not after:
        return handed
    handed = [
        (group["term_start"], group["office"].value)
        for group in office_groups(doc.infobox)
        if {"office", "term_start", "predecessor"} <= set(group) and find_person(after, group["predecessor"].value)
    ]
    if len({office for _, office in handed}) > 1:
        return _begun_on_the_day(claim, handed)
    groups = office_groups(doc.infobox)
    starts = [(g["term_start"], g["office"].value) for g in groups if {"office", "term_start"} <= set(g)]
    if handed and not _begun_on_the_day(claim, handed) and _begun_on_the_day(claim, starts):
        return []  # the day another office began: the participle may tell another step than the day's (fcc38)
    return handed


_SUCCESSION_PARTICIPLE = re.compile(
    rf"^\s*,\s*(?:{'|'.join(map(re.escape, _WORDS['succession_participles']))})\s+(?P<who>[^,;:.()]+)", re.I
)


def _predecessor_after(claim: Claim) -> str:
    """The holder before named by a participle right after a start claim that names no post ('She took office on
    29 January 2024, succeeding Ana Ruiz' -> 'Ana Ruiz'): the post the day is of is the one handed over by that
    holder. Empty when the claim names a post ('took office as deputy governor on ..., succeeding X' may be another
    post than X's) or no such participle follows."""
    if not _takes_up_no_post(claim):
        return ""
    found = _SUCCESSION_PARTICIPLE.match(after_claim(claim) or "")
    return found["who"].strip() if found else ""


def _ended_may_be_meant(claim: Claim) -> bool:
    """Whether a start claim may mean a spell that ended before the article ('Sunak had led the country since
    ...'): its verb is in the pluperfect, or it is a spell's first date ('led the party from 2013')."""
    # the words before its verb, in the sentence and in its own words ('He had taken office on ...' read whole as a
    # clause, or 'taken office on ...' after 'He had ')
    verb = TAKES_OFFICE.search(claim.text) or _HOLDS_POST.search(claim.text)
    before = before_claim(claim) + claim.text[: verb.start() if verb else 0]
    return (bool(before) and _PLUPERFECT.search(before) is not None) or _spell(claim).start


def _term_starts(claim: Claim, doc: Document, named: set[str], as_of: dt.date | None) -> list[tuple[InfoboxField, str]]:
    """The term starts a start claim is about: the offices naming every other thing the claim names;
    a claim naming nothing else ('takes office on ...', 'has led it since ...') is about the one
    office whose term is then to come, or the one then held, if there is exactly one. 'Led the
    country' is about an office that names a country, and 'had led' about one that may have ended
    by the article's day."""
    at = claim_start(claim)
    ended_allowed = _ended_may_be_meant(claim)
    country_post = _COUNTRY_POST.search(claim.text) is not None
    in_government = _GOVERNMENT_POST.search(claim.text) is not None
    offices = []
    # 'will be sworn in on ...': the claim's words may leave out the auxiliary its clause puts them in
    to_come = _FUTURE.search(_own_clause(claim)) is not None
    handed = [] if named else _handed_over_by(claim, doc)
    if handed:
        return handed
    # 'became deputy governor in April 2022': the post the claim's own words name, any spell of it begun by the
    # article's day (ended or not), never another office held then ('Governor', begun 2023)
    post = "" if named else _own_post(claim)
    for group in office_groups(doc.infobox):
        office, start = group.get("office"), group.get("term_start")
        if office is None or start is None:
            continue
        if post and (other_post_than(post, office.value) or another_post(post, office.value)):
            continue  # 'became finance minister': no shadow minister's or minister's chief of staff's start
        if post and other_portfolio(post, office.value):
            continue  # 'served as minister of economy and finance from 2009': not the justice ministry's start
        if named and (as_post := _post_after_as(claim)) and not _may_be_the_post(as_post, office.value):
            continue  # 'succeeded Ivo Stam as finance minister on ...': the premiership he handed over is another post
        if names_another_part(DATE_TEXT.sub(" ", claim.text), office.value):
            continue  # 'has led the Harbour Party's youth wing since ...': not the party's leadership
        if named and qualifiers(office.value) == qualifiers(claim.text):
            if _ended_before(group, claim, as_of) and not ended_allowed:
                continue  # 'has led the party since March 2011': the spell held now, not one that ended
            if _begun_after(group, claim, as_of):
                continue  # 'has led Pheu Thai since October 2023': an office a later revision gives is not it
            # the office and its predecessor apart, each with its own initials
            about = ", ".join(f.value for k, f in group.items() if k in {"office", "predecessor"})
            if _names_all(about, named):
                offices.append((start, office.value))
        elif not named and as_of is not None:
            begins, ends = parse_date(start.value), group.get("term_end")
            end = parse_date(ends.value) if ends else None
            future = to_come and begins is not None and begins > as_of
            current = not to_come and begins is not None and begins <= as_of
            if country_post and office_country(office.value) is None:
                continue
            if in_government and not government_post(office.value):
                continue  # 'has led the government since': the premiership, not the party presidency
            held = end is None or end >= as_of or ended_allowed or (post and not _ended_before(group, claim, as_of))
            held = held or _start_of_the_post_before(claim, office.value)
            # 'took over as governor on 1 May' of a post the page has begin after the article's day: the one start
            # of the post the claim's own words name, which a step told as past cannot precede
            begun_later = bool(post) and not to_come and begins is not None and begins > as_of
            if future or (current and held) or begun_later:
                offices.append((start, office.value))
    if named and len({office for _, office in offices}) > 1:
        # 'has been president of Norby since ...' of 'President of Norby' and 'President of the Norby Party': the
        # office whose every word the claim says, not one with a word it leaves out (the body named after the place)
        whole = said_in_full(DATE_TEXT.sub(" ", claim.text), [office for _, office in offices])
        offices = [o for o in offices if o[1] in whole]
        # 'has been ICJ president since ...': of the court's presidency and its judgeship, the one whose post (its
        # words before 'of': not 'Justice' of the court's name) the claim names
        heads = {fold(m.group(0)) for m in POST.finditer(fold(DATE_TEXT.sub(" ", claim.text)))}
        posted = [o for o in offices if any(re.search(rf"\b{re.escape(h)}\b", _post_part(o[1])) for h in heads)]
        offices = posted or offices
    if not named and len(offices) > 1:
        # 'had been prime minister since ...' over a career of ended terms: the one office the claim's own
        # words name, if they name exactly one of them
        post = _post_named(claim.text)
        named_post = [o for o in offices if post and same_office(post, None, o[1])]
        if not named_post and _THE_OFFICE.search(claim.text) and at > 0:
            # 'Trudeau, the country's 23rd prime minister, has held the office since ...': the office the
            # sentence named before the claim, when the words of exactly one of them are there
            before = {word_stem(w) for w in re.findall(r"[a-z]+", fold(claim.sentence[:at]))}
            named_post = [o for o in offices if (words := specific_words(o[1])) and words <= before]
        offices = named_post if len(named_post) == 1 else offices
    if not named and len(offices) > 1:
        offices = _by_post_word(claim, doc, offices)
    if not named and len({office for _, office in offices}) > 1 and _takes_up_no_post(claim):
        # 'He had taken office on 1 July 2019' of a career of ended offices, naming none: the one begun that very
        # day is the office taken then (support only: which post a wrong day meant, the words do not say)
        offices = _begun_on_the_day(claim, offices) or offices
    if not named and at > 0:
        offices = [o for o in offices if _of_the_post_before(claim.sentence[:at], o[1])]
        if _THE_OFFICE.search(claim.text) and (post := _post_said_before(claim.sentence[:at])):
            # 'Tove Brandt, the finance minister, has held the post since March 2019': the post is the one the
            # sentence named, never another office merely running that day (the health ministry)
            offices = [o for o in offices if _may_be_the_post(post, o[1])]
    if not named:  # 'became prime minister on 24 March after serving as finance minister since 5 September 2019'
        offices = [o for o in offices if _of_the_dates_post(claim, o[1])]
    chosen = offices if named or len(offices) == 1 else []
    if not chosen and not named:
        return _the_one_begun_on_the_day(claim, doc, as_of)
    return chosen + _stopgap_starts(claim, doc, chosen)


def _the_one_begun_on_the_day(claim: Claim, doc: Document, as_of: dt.date | None) -> list[tuple[InfoboxField, str]]:
    """A step into office told with no post ('She took office on 29 January 2024') that no office held on the
    article's day answers (an ended term, or several offices): the one office of the page whose term starts on the
    claimed day, to the claim's precision, begun by the article's day. Not an office the post the sentence names
    before the claim may not be (`_post_said_before`), nor one whose predecessor row names another than the holder
    before the claim's clause names ('..., succeeding X': that office would have been chosen by X's name). Two
    offices begun that day say not which was taken, and a day fitting none refutes nothing, the page's list of
    offices being perhaps partial: none."""
    written = claim.effective_value or ""
    want = parse_date(written)
    if want is None or not _takes_up_no_post(claim):
        return []
    at, before, after = precision(written), before_claim(claim), _predecessor_after(claim)
    fits = []
    for group in office_groups(doc.infobox):
        office, start = group.get("office"), group.get("term_start")
        day = parse_date(start.value) if start is not None else None
        if office is None or start is None or day is None or _RANK[precision(start.value)] < _RANK[at]:
            continue
        if not same_date(day, want, at) or (as_of is not None and day > as_of):
            continue
        if (post := _post_said_before(before)) and not _may_be_the_post(post, office.value):
            continue  # 'Ana Ruiz, the deputy governor, took office on ...': not the directorship begun that day
        if after and "predecessor" in group:
            continue  # 'succeeding X' of an office another held before: another post's start
        fits.append((start, office.value))
    return fits if len({office for _, office in fits}) == 1 else []


def _post_part(office: str) -> str:
    """An office's words before its first 'of', folded: the post ('president' of 'President of the International
    Court of Justice'), not the body's name."""
    return re.split(r"\s+of\s+", fold(office), maxsplit=1)[0]


def _takes_up_no_post(claim: Claim) -> bool:
    """A step of taking office told with no post at all ('had taken office on 1 July 2019'): any office taken up that
    day is one it tells. Never a holding ('has led it since', 'had governed since', 'has been president since'),
    whose day would pick the office that then confirms it (review23 B5)."""
    return not _SINCE.search(claim.text) and not POST.search(claim.text) and TAKES_OFFICE.search(claim.text) is not None


def _begun_on_the_day(claim: Claim, offices: list[tuple[InfoboxField, str]]) -> list[tuple[InfoboxField, str]]:
    """The offices begun on the claim's day, to its precision, when they are all one office; else none."""
    written = claim.effective_value or ""
    want = parse_date(written)
    if want is None:
        return []
    at = precision(written)
    begun = [(row, office) for row, office in offices if (day := parse_date(row.value)) and same_date(day, want, at)]
    return begun if len({office for _, office in begun}) == 1 else []


def _stopgap_starts(
    claim: Claim, doc: Document, chosen: list[tuple[InfoboxField, str]]
) -> list[tuple[InfoboxField, str]]:
    """The starts of the acting or interim spells that ran into the offices chosen (ended the day before the term
    began, or on that day), each given as that office's: 'took office on 1 September 2021' or 'has led the bank
    since' dates the day the holder first held it, acting or not, the full term going on from the acting one. An
    acting spell years before the term is another spell (review24 B2). Only for a claim that names no post (or a
    'since' claim) and no qualifier of its own: 'was sworn in as governor' on the acting spell's first day is the
    acting post, not the governorship."""
    if not chosen or (_own_post(claim) and not _SINCE.search(claim.text)) or qualifiers(DATE_TEXT.sub(" ", claim.text)):
        return []
    held = [t for t in terms(doc.infobox) if t.office.value in {office for _, office in chosen}]
    return [(term.rows[0], term.office.value) for term in stopgap_begun(held, doc.infobox)]


def _stopgap_begun_on(doc: Document, office: str, want: dt.date, at: str) -> bool:
    """Whether an acting or interim spell of the office begins on the claimed day (to its precision)."""
    return any(
        (day := parse_date(group["term_start"].value)) is not None and same_date(day, want, at)
        for group in office_groups(doc.infobox)
        if "term_start" in group and "office" in group and stopgap_spell_of(group["office"].value, office)
    )


def _start_of_the_post_before(claim: Claim, office: str) -> bool:
    """Whether a start told in the simple past ('became the country's 30th prime minister when he took office on
    22 August 2023') is of this office's spell, ended or not: no 'since' (which dates the spell then running),
    and the clause right before the claim names a post the office is (`_of_the_post_before`)."""
    before = before_claim(claim)
    if not before or _SINCE.search(claim.text):
        return False
    clause = re.split(r"[,;:]|\band\b", before)[-1]
    return POST.search(clause) is not None and _of_the_post_before(clause, office)


def _of_the_dates_post(claim: Claim, office: str) -> bool:
    """Whether an office may be the post the claim's own words give its date to: the post named in the date's
    clause ('serving as finance minister since 5 September 2019': no 'Prime Minister of Vestria'), by its post
    word, qualifiers and specific words. A clause naming no post leaves every office."""
    post = _post_named(_clause_of_the_date(claim))
    if not post:
        return True
    for name in claim.effective_subject.split():  # 'Jonas Brekke was elected president on ...'
        post = re.sub(rf"\b{re.escape(name)}\b", " ", post)
    # a kind of body ('became party leader') says no more of which post than the office's own name does
    said = specific_words(_NOT_THE_POST.sub(" ", post)) - _BODY_KINDS
    return not other_post_than(post, office) and said <= specific_words(office)


_BODY_KINDS = frozenset(word_stem(w) for w in _WORDS["holds_post_objects"])


def _post_said_before(before: str) -> str:
    """The post a sentence names last before a claim ('Tove Brandt, the finance minister, ' -> 'the finance
    minister'), the one its 'the post' or 'the office' stands for; empty when it names none."""
    return next((part for part in reversed(re.split(r"[,;:(]|\band\b", before)) if POST.search(part)), "").strip()


def _may_be_the_post(post: str, office: str) -> bool:
    """Whether an office may be the post named ('the finance minister' is no 'Minister of Health', 'the president'
    may be 'President of Kenya'): no other post by its qualifiers or post words, and every word that says which
    post it is found in the office's."""
    said = specific_words(_NOT_THE_POST.sub(" ", post)) - _BODY_KINDS - _NOT_SPECIFIC
    if outside_government(post) and government_post(office):
        return False  # 'party leader' is no premiership, though the body's kind is no word the office must say
    return not other_post_than(post, office) and said <= specific_words(office)


def _clause_of_the_date(claim: Claim) -> str:
    """The claim's own words before its date, from the last clause's opening word on ('... on 24 March after
    serving as finance minister since' -> ' serving as finance minister since'): the post they name is the one
    the date is given to."""
    before = _before_its_date(claim)
    return binding.after_the_last_break(before) if before else ""


def _before_its_date(claim: Claim) -> str:
    """The claim's words before its written date; nothing when the date does not stand in them after a word (a
    reviewed claim file may leave the time out or write it otherwise)."""
    written = claim.time or ""
    at = claim.text.find(written) if written else -1
    return claim.text[:at] if at > 0 else ""


def _by_post_word(
    claim: Claim, doc: Document, offices: list[tuple[InfoboxField, str]]
) -> list[tuple[InfoboxField, str]]:
    """Of two offices held on the day ('Chancellor of Vestria' and 'Leader of the VUP'), the one whose post the
    claim's own words name ('was elected chancellor on ...', 'became VUP leader in 2022'), with its qualifiers (an
    acting spell is not the office). Its other spells come too, ended or not: a start fitting one of them is that
    spell's ('became chancellor in 2015' of a second spell now), and when several spells are in play only a
    fitting start is kept, never a conflict with another spell's. No post, or no single office: all stay."""
    words = fold(DATE_TEXT.sub(" ", claim.text))
    heads = {fold(m.group(0)) for m in POST.finditer(words)}
    if not heads:
        return offices

    def posts(office: str) -> bool:
        said = fold(office)
        named = any(re.search(rf"\b{re.escape(head)}\b", said) for head in heads)
        return named and qualifiers(office) == qualifiers(words)

    chosen = {office for _, office in offices if posts(office)}
    if len(chosen) != 1:
        return offices
    spells = [
        (g["term_start"], g["office"].value)
        for g in office_groups(doc.infobox)
        if "term_start" in g and "office" in g and g["office"].value in chosen
    ]
    if len(spells) == 1:
        return spells
    want, at = parse_date(claim.effective_value or ""), precision(claim.effective_value or "")
    return [
        (row, office)
        for row, office in spells
        if want is not None and (day := parse_date(row.value)) is not None and same_date(day, want, at)
    ]


def _ended_before(group: dict[str, InfoboxField], claim: Claim, as_of: dt.date | None) -> bool:
    """Whether a 'since' claim ('has led the party since March 2011') meets a spell of the office that ended
    before the article's day: the claim dates the spell then running, and an earlier one's start (however
    well it fits the day) is another spell's. An end written to the month of the article's day ('January 2020 –
    August 2024' read on 5 August 2024) may be a day still to come: not ended before."""
    row = group.get("term_end")
    ends = parse_date(row.value) if row is not None else None
    if row is None or ends is None or as_of is None or ends >= as_of or _SINCE.search(claim.text) is None:
        return False
    return not same_date(ends, as_of, precision(row.value))


def _begun_after(group: dict[str, InfoboxField], claim: Claim, as_of: dt.date | None) -> bool:
    """Whether a 'since' claim meets an office begun after the article's day (a page revised later lists it): what
    the person 'has led since' is held on that day, so it began by then."""
    begins = parse_date(group["term_start"].value) if "term_start" in group else None
    return as_of is not None and begins is not None and begins > as_of and _SINCE.search(claim.text) is not None


def _of_the_post_before(before: str, office: str) -> bool:
    """A date whose words name nothing ('7 March 2017') belongs to the post its clause names right before
    it ('she became deputy leader of the party on 7 March 2017'): an office whose specific words that
    clause does not hold is another post's term, whatever its day. A clause naming no post leaves it."""
    clause = re.split(r"[,;:]|\band\b", before)[-1]
    if not POST.search(clause):
        return True
    said = {w[:5] for w in re.findall(r"[a-z]+", fold(clause))}
    words = specific_words(office)
    return bool(words) and {w[:5] for w in words} <= said


_THE_OFFICE = _words("the_office")
_NOT_POST = re.compile(
    rf"^(?:(?:{'|'.join(map(re.escape, _CLAUSE_WORDS['not_office']))})\s+)+", re.I
)


def _post_named(text: str) -> str:
    """The words of a start claim before its date ('been prime minister since 2015' -> 'prime minister'),
    its verbs left out; nothing when they name no post ('had governed since ...' is no 'Head of
    Government')."""
    first, *rest = _BEFORE_TIME.split(text)
    words = _NOT_POST.sub("", first.strip())
    if POST.search(words):
        return words
    # 'was removed from office as deputy governor on ...', 'was sworn in on 4 June as governor': a post a later
    # part names after 'as' is the one the date is given to, the words before it ('from office') no time
    after_as = (m["post"] for part in rest if (m := _AS_POST.search(part)) and POST.search(m["post"]))
    return _NOT_POST.sub("", next(after_as, "").strip())


_AS_POST = re.compile(r"\bas\s+(?P<post>.+)$", re.I)


def _post_after_as(claim: Claim) -> str:
    """The post the claim's own words give its date to after 'as' ('succeeded Ivo Stam as finance minister on ...'
    -> 'finance minister'): the names before it are whom the post was taken from, not words of the post."""
    found = _AS_POST.search(_clause_of_the_date(claim) or _BEFORE_TIME.split(claim.text, maxsplit=1)[0])
    post = _BEFORE_TIME.split(f"{found['post'].strip()} ", maxsplit=1)[0] if found else ""  # its 'since' left out
    return post if POST.search(post) else ""


# the word a post's time opens with ('since 2015', 'on 18 September'); an 'in' before 'as' is the verb's own ('was
# sworn in as deputy governor on ...': the post comes after it)
_BEFORE_TIME = re.compile(r"\s+(?:since|on|from|in(?!\s+as\b))\s+")


def _numbered_so(claim: Claim, doc: Document, row: InfoboxField) -> bool:
    """Whether the spell a start row begins may carry the number the claim's own post has ('Norby's 14th prime
    minister'): `spell_numbered_so`, asked of that spell among the post's spells. A row of no spell, or a post
    the claim does not number, may."""
    spells = terms(doc.infobox)
    starting = [t for t in spells if t.rows and t.rows[0] is row]
    if not starting:
        return True
    held = [t for t in spells if t.office.value == starting[0].office.value]
    return spell_numbered_so(_own_post(claim), doc, held, starting)


def _own_post(claim: Claim) -> str:
    """The post the claim's own clause names before its date ('became deputy governor in April 2022'), not one
    an aside before it names ('The 66-year-old economist, a former mayor, was sworn in on ...': no post)."""
    return _post_named(re.split(r"[,;:—–]", claim.text)[-1])


def _names_all(text: str, named: set[str]) -> bool:
    """Whether the text names each of the words, by a word of its own or by initials ('cdu' of 'Leader of the
    Christian Democratic Union')."""
    said = set(fold(text).split())
    initials = acronyms(text)
    return all(any(s.startswith(w[:5]) for s in said) or w in initials for w in named)


def _term_starts_by_initials(
    claim: Claim, doc: Document, named: set[str], as_of: dt.date | None
) -> list[tuple[InfoboxField, str]]:
    """'has led the CDU since ...': the term starts of the office whose name spells out the body the claim names
    by initials ('Leader of the Christian Democratic Union'); an office merely writing the initials inside a
    longer name ('Leader of the CDU/CSU in the Bundestag') is another post. None when the claim names no body
    by initials."""
    named_by_initials = _acronyms_named(claim)
    if not named_by_initials:
        return []
    rows = _term_starts(claim, doc, named | named_by_initials, as_of)
    return [(row, office) for row, office in rows if named_by_initials <= acronyms(office)]


def _acronyms_named(claim: Claim) -> set[str]:
    """The bodies the claim names by initials alone ('has led the CDU since ...' -> 'cdu'), which its capitalised
    words (`_named_words`) leave out."""
    subject = set(fold(claim.effective_subject).split())
    return {w.lower() for w in re.findall(r"\b[A-Z]{2,5}\b", DATE_TEXT.sub(" ", claim.text))} - subject
