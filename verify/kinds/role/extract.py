"""Finding role claims: the role rules (a title before a name, appositives, predicates, the general
role grammar), each with its trigger, its reader and its place in the reading order."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from typing import NamedTuple

from verify import aliases, lexicons
from verify.extract import patterns as p
from verify.extract.common import (
    PAST_VERBS,
    office_phrase,
)
from verify.extract.rules import Capitalised, LowerCase, Rule, Substrings
from verify.kinds.ordinals import without_leading_ordinal
from verify.kinds.role.status import at_the_time, head_of_a_past_clause
from verify.nlp.titles import tells_its_time
from verify.text import Sentence

_PLACE_OR_SHIP_WORDS = frozenset({"the", "in", "at", "from", "near", "to", "of", "carrier", "ship", "city", "town"})


# A role that is a calling, no office ("engineer", "corporate lawyer"): no post a successor takes over.
# a word of time or status joined to a title by a hyphen ("then-President", "ex-President"), or 'then' before it
# without one ("then Prime Minister"): part of the title. An unhyphened 'then' that opens its clause, alone or after
# one word ("and then President X arrived", "Since then Prime Minister X has ...", "; then ..."), is an adverb's.
_ROLE_STATUS = lexicons.load("judging")["role"]
_STATUS_PREFIX = re.compile(
    rf"(?i)(?P<sequence>(?:^|[,;:]|\band\b)\s*(?:[a-z]+\s+)?)?\b(?P<prefix>(?:{'|'.join(_ROLE_STATUS['hyphened_status'])})-"
    rf"|(?P<then>{'|'.join(_ROLE_STATUS['status_then'])})\s+)$"
)
# 'at the time' right after an apposed title (`at_the_time`), before its closing comma: the holding is the sentence's
# time's, as after 'then' ('Ivo Stam, prime minister at the time, visited Korvik in 2019')
_CLOSING = re.compile(r"\s*[,;.]")
# a verb of succession right before the name a title is apposed to ('Ana Ruiz replaced Ivo Stam, prime minister since
# 2015'): the one replaced held the title until then, as 'then prime minister' says (judging.toml's clause
# succession, past forms only: not 'follows', whose object is often an event's doer)
_SUCCEEDED = lexicons.load("judging")["clause"]["succession"]
_HELD_NOW = re.compile(rf",\s*(?:{'|'.join(map(re.escape, _ROLE_STATUS['now_before_a_title']))})\s", re.I)
_REPLACED_BEFORE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _SUCCEEDED))})\s+$", re.I)


def status_prefix(before: str) -> tuple[int, str] | None:
    """Where a status word written right before a title starts in `before` (the text up to the title), and the
    word as the office keeps it ('then-', 'then '); None when none stands there."""
    m = _STATUS_PREFIX.search(before, max(0, len(before) - 32))
    if m is None or (m["then"] and m["sequence"]):
        return None
    return m.start("prefix"), m["prefix"]


_CALLING = re.compile(rf"(?:^|\s)(?:{p.PROFESSIONS})$", re.IGNORECASE)
_TITLE_NOUNS = frozenset(n.lower() for n in p.ROLE_NOUNS if " " not in n)


def title_run_as_name(name: str) -> bool:
    """Whether the name a title seems to stand before is the rest of the title: a run ending in a title noun ("Chief
    Development Officer": no person "Development"). A one-word name after a title ending in its field is read as the
    holder ('Secretary of State Stam', 'Minister of Defence Stam': review42 B7), though 'Minister of Foreign' +
    'Affairs' then stays misread: no lexicon says which fields are whole."""
    return name.split()[-1].lower() in _TITLE_NOUNS


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches


_BODY = re.compile(
    r"\b(?:[Tt]he[ ]+)?(?P<body>(?:[A-Z][\w.\-]*[ ]+){0,5}(?:Committee|Commission|Council|Board|Panel|Agency|Command|"
    r"Division|Court|Caucus|Subcommittee))\b"
)


_OPENING_PERSON = re.compile(rf"\s*(?P<who>{p.PERSON})\b")  # "He was Chief of Staff ... and then led ... as"

# "Former U.S. Secretary of State ...", "former finance minister": a title's own word of its time, before the office
FORMER_BEFORE = re.compile(r"(?i)\b(?:former|ex-|late)\s*$")


def _place_or_ship_word_before(text: str, start: int) -> bool:
    """'in Brussels', 'the Hague', 'carrier Gerald R. Ford': the whole word just before `start`
    (within 14 characters, then white space) makes the capitalised run a place or a ship."""
    floor = max(0, start - 14)
    end = start
    while end > floor and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > floor and _is_word_char(text[begin - 1]):
        begin -= 1
    if end == start or (begin > 0 and _is_word_char(text[begin - 1])):
        return False  # no space before the run, or the word began earlier
    return text[begin:end] in _PLACE_OR_SHIP_WORDS


def _last_body(text: str) -> str | None:
    """The committee, council or command named last before a bare 'the chairman': whose chairman."""
    bodies = [m["body"] for m in _BODY.finditer(text)]
    return bodies[-1] if bodies else None


# a body named by its common noun after an article ('The bank said its chairman ...'; titles.toml bodies)
_BODY_NOUN = re.compile(rf"\b[Tt]he\s+(?P<noun>{'|'.join(map(re.escape, lexicons.load('titles')['bodies']))})\b")


def _its_body(text: str) -> str | None:
    """The body an 'its' before a post points back to: the body named last (`_last_body`), unless a body named by its
    common noun comes after it and is of another kind ('Acme Bank funded the Norby Space Agency's launch. The bank
    said its current chairman ...': the bank's chairman, review50 R1); that body is then the one named last with
    that noun ('Acme Bank'), else the noun itself ('the bank')."""
    bodies = list(_BODY.finditer(text))
    sentence = max((m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z\"“])", text)), default=0)
    after = max(bodies[-1].end() if bodies else 0, sentence)  # a noun of the 'its' sentence ('The bank said its')
    nouns = list(_BODY_NOUN.finditer(text, after))
    if not nouns or (bodies and bodies[-1]["body"].split()[-1].lower() == nouns[-1]["noun"].lower()):
        return bodies[-1]["body"] if bodies else None
    noun = nouns[-1]["noun"]
    named = re.findall(rf"\b((?:[A-Z][\w.\-]*\s+){{1,5}}{re.escape(noun.capitalize())})\b", text)
    return named[-1] if named else noun


# a second post joined to the first with its own article or its own time ('president and a former chief executive')
_ANOTHER_POST = re.compile(r"\s+and\s+(?:a|an|the|former|ex-)\s")
_BODY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z].*$")


def _split_roles(role: str) -> list[str]:
    """'co-founder and chief executive of Wiz' -> two roles, each of Wiz; other roles stay whole."""
    heads, of, org = role.partition(" of ")
    parts = heads.split(" and ")
    if len(parts) != 2 or not all(p.names_a_role(part) for part in parts):
        return [role]
    return [part + of + org for part in parts]


def _org(text: str) -> str:
    """An organisation as a role names it: 'the U.S. European Command' -> 'U.S. European Command'."""
    return _SPELL_AFTER.sub("", " ".join(text.split())).removeprefix("the ")


def _ended(when: str | None) -> bool:
    """'from 2022 to 2025' closes a term; 'since 2019' does not."""
    return bool(when and re.search(r"\bto\b|–|-|until", when))


# a spell's words after a post: a year, a day or a month (any way a date is written) after 'since', 'from' ...
_SPELL_AFTER = re.compile(
    rf"\s+(?:since|from|between|until)\s+(?:\d{{1,2}}\s+)?(?:\d{{4}}\b|(?:{'|'.join(aliases.FULL_MONTHS)})\b).*$",
    re.I,
)
# the step's year or month after the office ('took over as prime minister in 2019'): no word of the post
_STEP_TIME_AFTER = re.compile(rf"\s+in\s+(?:\d{{4}}\b|(?:{'|'.join(aliases.FULL_MONTHS)})\b).*$")
# the one taken over from, after the office ('took over as prime minister from Ivo Stam'): the predecessor
_PREDECESSOR_AFTER = re.compile(r"\s+from\s+[A-Z].*$")


def _tidy_role(role: str) -> str:
    """A role phrase without the circumstances after it ('in the discussion', 'three days later')."""
    role = " ".join(role.split())
    role = re.sub(r"\s+(?:in|at|during|for)\s+the\s+(?:discussion|meeting|talks|summit|ceremony)$", "", role)
    role = _SPELL_AFTER.sub("", role)  # 'president from 24 July 2012 to 7 January 2017', 'head of party from April'
    role = re.sub(r"\s+(?:before|after|until|while)\s+[a-z]+ing\b.*$", "", role)  # "... before taking over X"
    role = re.sub(r"\s+for\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:years|months)$", "", role)  # "for 14 years"
    role = re.sub(r"\s+under\s+(?:President|Prime Minister|Chancellor|King|Queen)\b.*$", "", role)
    role = re.sub(r"(?<=[a-z]{2})\.$", "", role)  # a sentence's full stop, not an abbreviation's
    if role[:1].isupper():  # a title: it ends where lower-case circumstances begin
        role = re.split(r"\s+(?=(?:on|at|in|during|after|before|since|from|until|one|two|three|four|five|\d)\b)", role)[
            0
        ]
    return role


_ACTING = re.compile(r"^(?:acting|interim)\s+", re.I)  # a qualifier the readers' tenure words hold, part of the office
_LEADING_VERB = re.compile(r"^(?:became|becomes|become|was|is|has been|had been|remains|remained)\s+", re.I)
_RELATIVE = aliases.RELATIVE_TIME_WORDS
# the day or time of the step after the office: 'on Friday', 'on 3 May', 'yesterday', 'earlier this month'
_DAY_AFTER = re.compile(
    rf"\s+(?:on\s+(?:{'|'.join(calendar.day_name)}|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b|{'|'.join(calendar.month_name[1:])})"
    rf"|(?i:{_RELATIVE}))\b.*$"
)


# a birthplace's adjective opening the office ('Latvian-born Estonian prime minister', 'New York-born')
_BORN_BEFORE = re.compile(r"^(?:[A-Z][\w.'’]*\s+)*[A-Z][\w.'’]*-born\s+")


def _office_value(value: str) -> str:
    """An office as a role claim holds it: no verb before it ('Ana Ruiz, 37, became prime minister': 'prime
    minister'), no birthplace ('the Latvian-born Estonian prime minister': 'Estonian prime minister') and no day
    after it ('sworn in as prime minister on Friday'): none is a word of the post."""
    return _DAY_AFTER.sub("", _BORN_BEFORE.sub("", _LEADING_VERB.sub("", value))) or value


class _RoleSentence(NamedTuple):
    """What the role readers share while reading one sentence."""

    sent: Sentence
    text: str
    taken: list[tuple[int, int]]  # spans read already, which a later pattern must not read again
    first_claim: int  # the sentence's first claim in the extractor's list
    free: Callable[[re.Match], bool]
    name_at: Callable[..., str | None]  # the person a match names, recorded as named in the sentence


class RoleReading:
    """The role readers of the shared sentence reader (`verify.extract`), as a mixin."""

    def add_role(
        self,
        sent: Sentence,
        start: int,
        end: int,
        who: str,
        relation: str,
        value: str,
        nationality: str | None = None,
        rank: str | None = None,
    ) -> None:
        value = _office_value(value) if relation != "rank" else value
        after = at_the_time(sent.text, end) if relation == "holds office" else None
        if after is not None and _CLOSING.match(sent.text, after):
            # 'Ivo Stam, prime minister at the time,': held then, read as 'then prime minister' is
            relation, end, value = "held office", after, f"{_ROLE_STATUS['status_then'][0]} {value}"
        elif (
            relation == "holds office"
            and _REPLACED_BEFORE.search(sent.text[:start])
            and not _HELD_NOW.search(sent.text[start:end])
            # 'succeeded David Beasley, the former governor': a title telling its own time is kept as written
            and not tells_its_time(value)
        ):
            relation, value = "held office", f"{_ROLE_STATUS['status_then'][0]} {value}"  # the one replaced
        elif relation == "holds office" and head_of_a_past_clause(sent.text[:start]) and not tells_its_time(value):
            # 'served as finance minister under Prime Minister Ivo Stam': held at some time, today or before
            relation = "held office"
        prefix = status_prefix(sent.text[:start]) if relation != "rank" else None
        if prefix and sent.text[start:].lower().startswith(value.lower()):
            # 'signed by then-President Tove Brandt': the title read from its capital leaves its time behind
            start, value = prefix[0], f"{prefix[1]}{value}"
        self.add(sent, start, end, "role", who, relation, value, nationality=nationality, rank=rank)

    def add_rank(self, sent: Sentence, start: int, end: int, who: str, rank: str, nationality: str | None) -> None:
        """'U.S. General Alexus Grynkewich': he is a general, of the United States."""
        self.add_role(sent, start, end, who, "rank", aliases.canonical_rank(rank), nationality=nationality, rank=rank)

    organisation_spans: tuple[tuple[int, int], ...] = ()  # names the parse reads as organisations

    def inside_organisation(self, start: int, end: int) -> bool:
        """The words lie inside a longer organisation's name the parse recognised."""
        return any(a <= start and end <= b and (a, b) != (start, end) for a, b in self.organisation_spans)

    def roles(self, sent: Sentence, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Role claims of the sentence; returns the people it names as (start, end, full name)."""
        s, names = sent.text, []
        first_claim = len(self.claims)
        if not self.book.may_name_a_person(self.plan):
            return names  # no name, no title

        def free(m: re.Match) -> bool:
            return not any(a <= m.start() < b or a < m.end() <= b for a, b in taken)

        def name_at(m: re.Match, group: str = "name") -> str | None:
            who = self.person(m[group], at=sent.start + m.start(group))
            if who:
                names.append((m.start(group), m.end(group), who))
            return who

        self.role_patterns(_RoleSentence(sent, s, taken, first_claim, free, name_at))
        titled = {who for _, _, who in names} | {c.subject for c in self.claims[first_claim:] if c.kind == "role"}
        for m in p.NAME_RE.finditer(s):
            if any(a <= m.start() < b for a, b, _ in names):
                continue
            if _place_or_ship_word_before(s, m.start()):
                continue  # a place or a ship, not a person
            if self.inside_organisation(sent.start + m.start(), sent.start + m.end()):
                continue  # "World Economy" of "University of National and World Economy"
            opening_pronoun = m[0] in {"He", "She"} and not s[: m.start()].strip()
            who = self.person_before if opening_pronoun else self.person(m[0])  # "He" means someone named before
            if who and len(who.split()) >= 2:  # a surname counts once the full name is known
                names.append((m.start(), m.end(), who))
        names.sort()
        if names:
            # "he" or "the admiral" in the next sentence means this sentence's titled person, else its first name
            self.ctx.last_person = next((who for _, _, who in names if who in titled), names[0][2])
        elif titled:
            self.ctx.last_person = sorted(titled)[0]
        return names

    def role_patterns(self, here: _RoleSentence) -> None:
        """The role rules the sentence's plan wakes, in their order (the specific ones first): a
        sentence wakes about four of the thirty, and only those are called."""
        for rule in self.book.woken_readers(self.plan):  # most sentences wake none
            rule.reader(self, here, rule.pattern)

    def _read_prenominal(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, taken, free, name_at = here.sent, here.text, here.taken, here.free, here.name_at
        for m in pattern.finditer(s):
            if not free(m) or title_run_as_name(m["name"]):
                continue
            if not (who := name_at(m)):
                continue
            start, raw = m.start(), m["office"]
            if " and " in raw and p.NAME_RE.search(raw.rsplit(" and ", 1)[0]):
                start = m.start("office") + raw.rfind(" and ") + 5  # "Sgt. Anna Berg and Wing Commander Tom Hale"
                raw = raw.rsplit(" and ", 1)[1]
            taken.append((start, m.end()))
            office = " ".join(raw.split())  # "Acting Defense Secretary": Acting is part of the office (issue 15)
            if (rank := _ACTING.sub("", office)).lower() in aliases.RANKS:
                self.add_rank(sent, start, m.end(), who, rank, m["nat"])
            else:
                self.add_role(
                    sent,
                    start,
                    m.end(),
                    who,
                    "held office" if FORMER_BEFORE.search(s, max(0, start - 10), start) else "holds office",
                    office_phrase(office),
                    nationality=m["nat"],
                    rank=m["rank"],
                )

    def _read_abbreviated_title(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, taken, free, name_at = here.sent, here.text, here.taken, here.free, here.name_at
        for m in pattern.finditer(s):
            if free(m) and (who := name_at(m)):
                taken.append((m.start(), m.end()))
                self.add_role(sent, m.start(), m.end(), who, "holds office", p.TITLE_ABBREVIATIONS[m["title"]])

    def _read_lower_title(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, taken, free, name_at = here.sent, here.text, here.taken, here.free, here.name_at
        for m in pattern.finditer(s):
            if free(m) and (who := name_at(m)):
                taken.append((m.start(), m.end()))
                self.add_role(sent, m.start(), m.end(), who, "holds office", m["office"])
                if m["rank"]:
                    self.add_rank(sent, m.start("rank"), m.end(), who, m["rank"], None)

    def _read_object_as(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                self.add_role(sent, m.start(), m.end("role"), who, f"{m['verb']} as", _tidy_role(m["role"]))
                if m["rank"]:
                    self.add_rank(sent, m.start("rank"), m.end("name"), who, m["rank"], m["nat"])

    def _read_took_command(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                org = _org(m["org"])
                self.add_role(sent, m.start(), m.end("org"), who, "holds office", f"head of {org}")

    def _read_appositive_its(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                self.add_role(sent, m.start(), m.end("role"), who, "holds office", m["role"])

    def _read_appositive_bare(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                self.add_role(sent, m.start(), m.end("role"), who, "holds office", " ".join(m["role"].split()))

    def _read_appositive_title(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                relation = "held office" if (m["when"] or "").strip() in {"then", "formerly"} else "holds office"
                self.add_role(sent, m.start(), m.end("role"), who, relation, office_phrase(m["role"]))

    def _read_rank_only(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, taken, free, name_at = here.sent, here.text, here.taken, here.free, here.name_at
        for m in pattern.finditer(s):
            if free(m) and (who := name_at(m)):
                taken.append((m.start(), m.end()))
                self.add_rank(sent, m.start(), m.end(), who, m["rank"], m["nat"])

    def _read_appositive_who(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                relation = "held office" if m["verb"] in PAST_VERBS else "holds office"
                self.add_role(sent, m.start("name"), m.end("role"), who, relation, _tidy_role(m["role"]))

    def _read_appositive_who_led(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            described = m["name"] is None  # "The Italian admiral, who chairs ..." means the person just named
            who = self.ctx.last_person if described else name_at(m)
            if not who:
                continue
            org = _org(m["org"])
            past = m["verb"] in PAST_VERBS or _ended(m["when"])
            relation = "held office" if past else "holds office"
            self.add_role(sent, m.start(), m.end("org"), who, relation, f"head of {org}")
            if described and m["dword"].lower() in aliases.RANKS:
                self.add_rank(sent, m.start(), m.end("dword"), who, m["dword"], m["dnat"])

    def _read_appositive_who_is(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                relation = "held office" if m["verb"] == "was" else "holds office"
                self.add_role(sent, m.start(), m.end("role"), who, relation, " ".join(m["role"].split()))

    def _read_held_the_post(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if (who := name_at(m)) and self.ctx.last_office:
                past = (m["verb"].endswith("held") and not m["verb"].startswith("has")) or _ended(m["when"])
                relation = "held office" if past else "holds office"
                self.add_role(sent, m.start(), m.end(), who, relation, self.ctx.last_office)

    def _read_inverted_copula(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):  # the rank, if any, is RANK_ONLY's claim
            if who := name_at(m):
                self.add_role(
                    sent, m.start(), m.end(), who, "holds office", office_phrase(m["role"]), nationality=m["nat"]
                )

    def _read_passive_head(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                org = _org(m["org"])
                self.add_role(sent, m.start(), m.end(), who, "holds office", f"head of {org}")
                if m["rank"]:
                    self.add_role(
                        sent,
                        m.start("rank"),
                        m.end(),
                        who,
                        "rank",
                        aliases.canonical_rank(m["rank"]),
                        nationality=m["nat"],
                        rank=m["rank"],
                    )
                if m["date"]:
                    self.add(sent, m.start("verb"), m.end("date"), "date", who, f"{m['verb']} since", m["date"])

    def _read_copula_title(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, free, name_at = here.sent, here.text, here.free, here.name_at
        for m in pattern.finditer(s):
            if free(m) and (who := name_at(m)):
                ranged = re.match(r"\s+from\s+\d{4}\s+(?:to|until|–|-)\s+\d{4}", s[m.end() :])
                past = m["verb"] in {"was", "had been"} or bool(ranged)
                relation = "held office" if past else "holds office"
                self.add_role(
                    sent, m.start(), m.end("role"), who, relation, office_phrase(m["role"]), nationality=m["nat"]
                )

    def _read_as_title(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, free = here.sent, here.text, here.free
        for m in pattern.finditer(s):
            opener = _OPENING_PERSON.match(s)
            who = self.person(opener["who"], at=sent.start + opener.start("who")) if opener else None
            if who and free(m):
                relation = "holds office" if "serving" in m[0] else "held office"
                self.add_role(sent, m.start(), m.end("role"), who, relation, _tidy_role(office_phrase(m["role"])))

    def owner_country(self, sent: Sentence, m: re.Match, owner: str) -> str | None:
        """The country a post's owner names: itself ("Estonia's prime minister"), or the one "the country" stands
        for ("Latvia's economy shrank. The country's prime minister": Latvia's post, not any country's)."""
        if not owner or aliases.country_of(owner):
            return owner or None
        return self.country_at(sent.start + m.end("owner") - 1)

    def _read_reverse_appositive(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                owner = (m["owner"] or "").removeprefix("the ")
                country = self.owner_country(sent, m, owner)
                role = " ".join(m["role"].split()) + (f" of {owner}" if owner and not country else "")
                self.add_role(sent, m.start(), m.end("name"), who, "holds office", role, nationality=country)

    def _read_appositive_np(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if not p.names_a_role(m["role"]) or not self.known_or_full(m["name"]):
                continue  # "Northwood, the headquarters of ...": a place, not a person
            if who := name_at(m):
                owner = (m["owner"] or "").removeprefix("the ")
                # "the bank's president and a former chief executive": the first post; the second, with its own
                # article or 'former', is another post, which the parse reads (review43 R8)
                another = _ANOTHER_POST.search(m["role"])
                role_end = m.start("role") + another.start() if another else m.end("role")
                role = " ".join(s[m.start("role") : role_end].split())
                if another and (body_after := _BODY_AFTER.search(m["role"], another.end())):
                    role = f"{role}{body_after[0]}"  # "president and a former chief of Korvik Bank": its body too
                country = self.owner_country(sent, m, owner)
                if owner and not country:
                    role = f"{role} of {owner}"  # "NATO's secretary general" -> "secretary general of NATO"
                elif m["body"] and (meant := self.country_at(sent.start + m.end("body") - 1)):
                    country = meant  # "Ana Ruiz, the country's prime minister": the country the article means
                elif m["body"]:
                    role = f"{role} of the {m['body']}"  # "the institute's director-general"
                self.add_role(sent, m.start(), role_end, who, "holds office", role, nationality=country)

    def _read_appositive_a(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := (self.ctx.last_person if m["name"] is None else name_at(m)):
                self.add_role(
                    sent,
                    m.start(),
                    m.end("role"),
                    who,
                    "held office" if m["former"] else "holds office",
                    " ".join(m["role"].split()),
                    nationality=m["nat"],
                )

    def _read_predicate_as(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                past = m["verb"] in PAST_VERBS or m["adv"] in {"previously", "formerly"}
                role = _tidy_role(m["role"])  # the claim's words end with the role, not the circumstances after it
                end = m.start("role") + len(role) if role and m["role"].startswith(role) else m.end("role")
                role = _STEP_TIME_AFTER.sub("", role)  # the step's year and predecessor stay in its words, not the post
                role = _PREDECESSOR_AFTER.sub("", role) if m["verb"] == "took over" else role
                if _PREDECESSOR_AFTER.search(m["role"][: end - m.start("role")]) and m["verb"] == "took over":
                    end = m.start("role") + len(role)  # the predecessor is the clause's to check (review43 B5)
                self.add_role(sent, m.start("name"), end, who, "held office" if past else "holds office", role)

    def _read_predicate_heads(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                org = _org(m["org"])
                relation = "holds office" if m["verb"].endswith("s") else "held office"
                self.add_role(sent, m.start(), m.end("org"), who, relation, f"head of {org}")

    def _read_described_role(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s = here.sent, here.text
        for m in pattern.finditer(s):  # "..., the former Dutch prime minister said ..."
            if self.person_before:
                relation = "held office" if m["former"] else "holds office"
                role = " ".join(m["role"].split())
                self.add_role(sent, m.start(), m.end("role"), self.person_before, relation, role, nationality=m["nat"])

    def _read_took_over_from(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):  # "Rutte, who took over from Jens Stoltenberg": his office, before him
            successor = self.main_subject(sent, m.start()) or self.nearest_person_before(sent, m.start())
            office = next(
                (
                    c
                    for c in reversed(self.claims)
                    if c.kind == "role" and c.subject == successor and c.relation == "holds office"
                ),
                None,
            )
            if office and (who := name_at(m)) and who != successor:
                held = without_leading_ordinal(office.value or "")  # the post, not the successor's number in it
                # 'Dutch Prime Minister Ana Ruiz ... took over from X': X held the Dutch post, not any premiership
                self.add_role(sent, m.start("verb"), m.end(), who, "held office", held, nationality=office.nationality)

    def _read_succeeding(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, first_claim, name_at = here.sent, here.text, here.first_claim, here.name_at
        for m in pattern.finditer(s):  # "took command of X, succeeding Gen. Paul LaCamera"
            office = next(  # not a calling set beside the successor's name ("X, an engineer, was elected ...")
                (
                    c
                    for c in reversed(self.claims[first_claim:])
                    if c.kind == "role"
                    and c.relation != "rank"
                    and c.span[1] - sent.start <= m.start()
                    and not _CALLING.search(c.value or "")
                ),
                None,
            )
            # "was an assistant governor ... and became deputy governor ..., succeeding X": the participle follows
            # the later predicate, whose post no role claim read here; the earlier post was not X's
            if office and self.told_before_its_verb(office.span[1], sent.start + m.start("verb")):
                continue
            if office and (who := name_at(m)) and who != office.subject:
                held = without_leading_ordinal(office.value or "")  # the post, not the successor's number in it
                self.add_role(sent, m.start("verb"), m.end(), who, "held office", held)
                if m["rank"]:
                    self.add_rank(sent, m.start("rank"), m.end(), who, m["rank"], None)

    def told_before_its_verb(self, office_end: int, participle: int) -> bool:
        """Whether a post ends before the verb a participle ('succeeding X') belongs to: 'Ana Ruiz, a former
        finance minister, was named governor ..., succeeding X' and '... was an assistant governor ... and became
        deputy governor ..., succeeding X' give X the post of the verb the participle follows, not the earlier one
        (which the parse alone can tell)."""
        if self.references is None:
            return False
        doc = self.references.parsed.doc
        span = doc.char_span(participle, participle + 1, alignment_mode="expand")
        head = span[0].head if span is not None and len(span) else None
        return head is not None and head.pos_ in {"VERB", "AUX"} and head.i != span[0].i and office_end <= head.idx

    def read_already(self, sent: Sentence, m: re.Match, role: str, first_claim: int) -> bool:
        """True when a specific pattern has read this role phrase: a role claim of the sentence that
        lies inside the phrase's match, or overlaps it and says much the same."""
        start, end = sent.start + m.start(), sent.start + m.end()
        role_start, role_end = sent.start + m.start("role"), sent.start + m.end("role")
        return any(
            c.kind == "role"
            and c.relation != "rank"
            and c.span[0] < role_end
            and role_start < c.span[1]
            and ((start <= c.span[0] and c.span[1] <= end) or aliases.similar_roles(role, c.value or "", threshold=60))
            for c in self.claims[first_claim:]
        )

    def _read_office_letters(self, sent: Sentence, m: re.Match, who: str | None, first_claim: int) -> None:
        """Office letters between a name and its apposition (names.toml `post_nominals.offices`): the
        apposition is the person's, and the letters are a seat the person holds, which no other rule
        reads once the apposition has taken the name."""
        letters = m["letters"]
        if who and not any(
            c.kind == "role" and c.subject == who and c.value == letters for c in self.claims[first_claim:]
        ):
            self.add_role(sent, m.start(), m.end("letters"), who, "holds office", letters)

    def _read_general(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        """Role phrases in shapes no specific pattern lists, where no specific pattern has spoken."""
        sent, first_claim, name_at = here.sent, here.first_claim, here.name_at
        groups = pattern.groupindex
        found = p.appositives(here.text, self.plan) if pattern is p.GENERAL_APPOSITIVE else pattern.finditer(here.text)
        for m in found:
            if "letters" in groups and m["letters"]:  # "Ana Berg, MP, the party spokeswoman": she is an MP too
                self._read_office_letters(sent, m, name_at(m), first_claim)
            owner = re.sub(r"^[Tt]he ", "", m["owner"] or "") if "owner" in groups else ""
            country = self.owner_country(sent, m, owner)
            role = re.sub(r"(?<=[a-z]{2})\.$", "", " ".join(m["role"].split()))
            if "nat" in groups and m["nat"]:  # "Danish climate minister": the nationality is its own field
                country, role = m["nat"], role[len(m["nat"]) :].strip()
            if owner and not country:  # "the bank's chief economist" -> "chief economist of the bank"
                role = f"{role} of the {owner}" if owner[0].islower() else f"{role} of {owner}"
            if "its" in groups and m["its"] and m["its"].lower() == "its":  # "Its chief executive, Mike Bullock,"
                body = _its_body(self.text_before(sent.start + m.start()))
                if not body:
                    continue
                role = f"{role} of the {body}"
            if role.lower() in aliases.BARE_HEADS and not owner:  # "Sen. Roger Wicker, R-Miss., the chairman,"
                body = _last_body(self.text_before(sent.start + m.start()))
                role = f"{role} of the {body}" if body else role
            if self.read_already(sent, m, role, first_claim) or not (who := name_at(m)):
                continue
            tenure = (m["former"] or "").strip() if "former" in groups else ""
            if _ACTING.match(f"{tenure} "):  # 'has been acting prime minister': Acting is part of the office
                role = f"{tenure} {role}"
            roles = _split_roles(role)
            past = bool(tenure and tenure not in {"incoming", "acting", "interim"}) or (
                "when" in groups and m["when"] in {"then", "formerly", "previously"}
            )
            if "verb" in groups:
                past = past or m["verb"] in {"was", "had been", "remained"}
            relation = "held office" if past else "holds office"
            end = max(m.end("role"), m.end("name"))
            for one in roles:
                self.add_role(sent, m.start(), end, who, relation, one, nationality=country)
            if "rank" in groups and m["rank"]:
                self.add_rank(sent, m.start(), m.end("name"), who, m["rank"], None)
            if "other" in groups and (predecessor := self.person(m["other"])):
                self.add_role(sent, m.start("other"), end, predecessor, "held office", role)
                if m["other_rank"]:
                    self.add_rank(sent, m.start("other_rank"), m.end("other"), predecessor, m["other_rank"], None)


# The role rules in the order they read a sentence: a phrase one of them has read is not read
# again by a later one, so the specific patterns come first, the general ones near the end.
RULES = (
    Rule(p.PRENOMINAL_OF, p.CAP_HEADS, needs=" of ", reader=RoleReading._read_prenominal, priority=10),
    Rule(p.PRENOMINAL, p.CAP_HEADS, reader=RoleReading._read_prenominal, priority=20),
    Rule(
        p.ABBREVIATED_TITLE,
        Capitalised({"sen", "rep", "gov", "amb", "pres", "supt", "atty"}),
        reader=RoleReading._read_abbreviated_title,
        priority=30,
    ),
    Rule(
        p.LOWER_TITLE,
        frozenset(
            {
                "envoy",
                "spokesman",
                "spokeswoman",
                "spokesperson",
                "adviser",
                "advisor",
                "ambassador",
                "secretary",
                "chief",
            }
        ),
        reader=RoleReading._read_lower_title,
        priority=40,
    ),
    Rule(
        p.OBJECT_AS,
        frozenset({"named", "appointed", "nominated", "picked", "chose", "selected"}),
        needs=" as ",
        reader=RoleReading._read_object_as,
        priority=50,
    ),
    Rule(
        p.TOOK_COMMAND,
        frozenset({"command", "control", "charge", "helm", "leadership"}),
        reader=RoleReading._read_took_command,
        priority=60,
    ),
    Rule(
        p.APPOSITIVE_ITS,
        frozenset({"its", "their"}),
        needs=re.compile(r",\s+(?:its|their)\s"),
        reader=RoleReading._read_appositive_its,
        priority=70,
    ),
    Rule(
        p.APPOSITIVE_BARE,
        re.compile(r", (?:deputy |acting |vice )?[a-z]+ (?:of|to|for) "),
        reader=RoleReading._read_appositive_bare,
        priority=80,
    ),
    Rule(
        p.APPOSITIVE_TITLE,
        p.CAP_HEADS,
        needs=re.compile(r", (?:then |now |formerly |currently )?(?:the )?[A-Z]"),
        reader=RoleReading._read_appositive_title,
        priority=90,
    ),
    Rule(p.RANK_ONLY, p.CAP_RANKS, reader=RoleReading._read_rank_only, priority=100),
    Rule(p.APPOSITIVE_WHO, frozenset({"who"}), needs=" who ", reader=RoleReading._read_appositive_who, priority=110),
    Rule(
        p.APPOSITIVE_WHO_LED,
        frozenset({"who"}),
        needs=" who ",
        reader=RoleReading._read_appositive_who_led,
        priority=120,
    ),
    Rule(
        p.APPOSITIVE_WHO_IS, frozenset({"who"}), needs=" who ", reader=RoleReading._read_appositive_who_is, priority=130
    ),
    Rule(p.HELD_THE_POST, frozenset({"who"}), needs=" who ", reader=RoleReading._read_held_the_post, priority=140),
    Rule(p.INVERTED_COPULA, (frozenset({"is"}), p.CAP_HEADS), reader=RoleReading._read_inverted_copula, priority=150),
    Rule(
        p.PASSIVE_HEAD,
        (frozenset({"by"}), frozenset({"chaired", "led", "headed", "commanded", "run"})),
        reader=RoleReading._read_passive_head,
        priority=160,
    ),
    Rule(
        p.COPULA_TITLE,
        (frozenset({"is", "was", "been"}), p.CAP_HEADS),
        reader=RoleReading._read_copula_title,
        priority=170,
    ),
    Rule(p.AS_TITLE, (frozenset({"as"}), p.CAP_HEADS), needs=" as ", reader=RoleReading._read_as_title, priority=180),
    Rule(
        p.REVERSE_APPOSITIVE,
        re.compile(r", [A-Z](?<=\w, [A-Z])"),
        reader=RoleReading._read_reverse_appositive,
        priority=190,
    ),
    Rule(
        p.APPOSITIVE_NP,
        re.compile(r", (?:the\b|[A-Z]\w*['’]s\b)"),
        reader=RoleReading._read_appositive_np,
        priority=200,
    ),
    Rule(p.APPOSITIVE_A, Substrings((", a ", ", an ")), reader=RoleReading._read_appositive_a, priority=210),
    Rule(
        p.PREDICATE_AS,
        (  # "as" and a word of the verb before it
            frozenset({"as"}),
            frozenset(
                {"served", "serves", "worked", "works", "named", "appointed", "confirmed", "sworn", "took", "became"}
            ),
        ),
        needs=" as ",
        reader=RoleReading._read_predicate_as,
        priority=220,
    ),
    Rule(
        p.PREDICATE_HEADS,
        frozenset(
            {"heads", "leads", "commands", "chairs", "directs", "headed", "led", "commanded", "chaired", "directed"}
        ),
        reader=RoleReading._read_predicate_heads,
        priority=230,
    ),
    Rule(
        p.GENERAL_SUCCEEDED,
        frozenset({"succeeded", "succeeds", "succeed", "replaced", "replaces", "replace", "over"}),
        reader=RoleReading._read_general,
        priority=240,
    ),
    Rule(
        p.GENERAL_APPOINTED,
        frozenset({"elected", "appointed", "named", "nominated", "confirmed", "sworn", "promoted"}),
        reader=RoleReading._read_general,
        priority=250,
    ),
    Rule(p.GENERAL_APPOSITIVE, p.ROLE_TOKENS, needs=", ", reader=RoleReading._read_general, priority=260),
    Rule(p.GENERAL_REVERSE, LowerCase(p.ROLE_TOKENS), reader=RoleReading._read_general, priority=270),
    Rule(p.GENERAL_PRENOMINAL, LowerCase(p.ROLE_TOKENS), reader=RoleReading._read_general, priority=280),
    Rule(
        p.GENERAL_COPULA,
        (frozenset({"is", "was", "been", "became", "becomes", "remains", "remained"}), p.ROLE_TOKENS),
        reader=RoleReading._read_general,
        priority=290,
    ),
    Rule(
        p.DESCRIBED_ROLE,
        (
            frozenset({"said", "says", "told", "added", "noted", "argued", "warned", "insisted", "wrote"}),
            LowerCase(p.ROLE_TOKENS),
        ),
        reader=RoleReading._read_described_role,
        priority=300,
    ),
    Rule(
        p.TOOK_OVER_FROM,
        frozenset({"over", "succeeded", "replaced"}),
        reader=RoleReading._read_took_over_from,
        priority=310,
    ),
    Rule(p.SUCCEEDING, frozenset({"succeeding", "replacing"}), reader=RoleReading._read_succeeding, priority=320),
)
