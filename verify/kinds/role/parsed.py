"""Role claims the parse corrects or adds (verify/nlp/titles.py).

Titles before a recognised person's name: a pattern claim whose subject is not that person ("…Europe
Gen") gets the person and the title; one whose office lost its Vice / Deputy / Acting to the end
("Chairman … Vice") or kept only a piece of the title ("Chief" of "Chief Justice") gets the parse's
office; a person with a title and no role claim gets one ("FIFA vice-president Victor Montagliani").
Roles stated by appositives and predicates ("Starmer, a former director of public prosecutions",
"Bobby Kotick will remain CEO of Activision Blizzard", "she rose to senior vice-president") are
added where the patterns made no claim about that person and office. A pattern role claim whose
subject the parse knows as no person at all ("California is elected speaker", "After United
Technologies") is dropped: an office is held by a person.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from verify import aliases, lexicons
from verify.aliases import fold
from verify.kinds.base import ArticleView, Relation
from verify.kinds.role.extract import FORMER_BEFORE, status_prefix
from verify.models import Claim
from verify.nlp import Parsed, entities_in, entity_at, paragraphs, parse_view
from verify.nlp.titles import Title, describing, quoted, roles_in_clauses, titles_before_names

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Span, Token


def _same_person(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(fold(a), fold(b)) >= 80 and len(fold(b)) > 3


def _ends_with_modifier(value: str | None) -> bool:
    modifiers = set(lexicons.load("titles")["modifiers"])
    return bool(value) and value.split()[-1].lower() in modifiers  # type: ignore[union-attr]


def _words(value: str | None) -> set[str]:
    return set(fold(value or "").replace("-", " ").split())


_ROLE_BODY = re.compile(r"\s(?:of|at|for|in)\s")
_ROLE_CIRCUMSTANCE = re.compile(r"\s(?:on|since|from|until|between|after|before)\s|\s\d")


@functools.cache
def _title_forms() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """Job-title abbreviations spelt out, the titles that all say "head of", and the words that make
    another office of a title (Vice, Deputy, Acting, former ...)."""
    titles = lexicons.load("titles")
    spelt = {k.rstrip("."): v for k, v in titles["abbreviations"].items()}
    other_office = frozenset(titles["modifiers"] + titles["past_or_coming"])
    return spelt, frozenset(lexicons.load("offices")["head_of"]), other_office


def _title_and_body(value: str | None) -> tuple[str, str]:
    """ "chief executive of the World Bank" -> ("chief executive", "world bank"); "CEO" is "chief
    executive", "leader of X" and "chair of X" are "head of X" (the lexicons' forms)."""
    spelt, heads, _ = _title_forms()
    words = " ".join(spelt.get(w, w) for w in fold(value or "").replace("-", " ").split())
    words = words.replace("chief executive officer", "chief executive")
    words = _ROLE_CIRCUMSTANCE.split(words, maxsplit=1)[0]  # "interim president on 4 September 2023"
    found = _ROLE_BODY.search(words)
    title, body = (words[: found.start()], words[found.end() :]) if found else (words, "")
    *before, last = title.split() or [""]
    return " ".join([*before, "head" if last in heads else last]), body.removeprefix("the ")


def _same_title(a: str, b: str) -> bool:
    """ "board chair" is "boeing s board chair"; "president" is not "vice president"."""
    if a == b:
        return True
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if not longer.endswith(" " + shorter):
        return False
    return not set(longer.removesuffix(" " + shorter).split()) & _title_forms()[2]


def _same_role(a: str | None, b: str | None) -> bool:
    """Two readings of one office: "board chair of Boeing" and "Boeing's board chair", "Roberts Family
    Professor" and "Roberts Family Professor in Vaccine Research", "CEO" and "chief executive of Saab";
    not "chief executive of Rockwell Collins" and "chief executive of Boeing", nor "president" and
    "vice-president"."""
    (title_a, body_a), (title_b, body_b) = _title_and_body(a), _title_and_body(b)
    if not title_a or not title_b:
        return False
    if not _same_title(title_a, title_b):
        return False
    return not body_a or not body_b or fuzz.token_set_ratio(body_a, body_b) >= 80


def _parts(office: str) -> list[str]:
    """ "co-founder and chief executive of Wiz" -> "co-founder of Wiz", "chief executive of Wiz"."""
    titles, of, body = office.partition(" of ")
    return [part + of + body for part in titles.split(" and ")]


def _same_head(a: str | None, b: str | None) -> bool:
    """The same title word heads both ("president" and "acting president of South Korea")."""
    return bool(a and b) and _title_and_body(a)[0].split()[-1:] == _title_and_body(b)[0].split()[-1:]


def _fragment_of(value: str | None, office: str) -> bool:
    """The pattern kept a piece of the title the parse read whole ("Chief" of "Chief Justice")."""
    words = _words(value)
    return bool(words) and words < _words(office)


_NOT_PEOPLE = frozenset({"GPE", "NORP", "LOC", "CARDINAL", "DATE", "ORDINAL"})


def _read_as_no_person(span: Span) -> bool:
    """A place, a group or a number, words that are no name, or part of a longer organisation's name
    ("World Economy" of "University of National and World Economy"); an organisation label on the
    name alone is the recogniser's common slip on a person, and is not trusted."""
    if any(t.is_title and t.is_alpha and t.pos_ not in {"PROPN", "NOUN"} for t in span):
        return True  # "After United Technologies", "Eight Republicans"
    ents = entities_in(span)  # as `span.ents`, which spaCy rebuilds from the whole document on each access
    if len(ents) == 1 and ents[0].text == span.text and ents[0].label_ in _NOT_PEOPLE:
        return True  # "California", "Comoros"
    if any(t.ent_type_ in {"GPE", "LOC"} and _entity_runs_past(t, span) for t in span):
        return True  # "Kingdom" of "the United Kingdom": a piece of a place's name
    return any(t.ent_type_ in {"ORG", "FAC"} and _longer_entity(t, span) for t in span)


def _sentence_entity(token: Token) -> Span | None:
    """The entity the token is part of, when the entity lies within the token's sentence (as
    `token.sent.ents` holds it)."""
    ent = entity_at(token)
    if ent is None:
        return None
    sentence = token.sent
    return ent if sentence.start <= ent.start and ent.end <= sentence.end else None


def _entity_runs_past(token: Token, span: Span) -> bool:
    """The token's entity has words outside the span, besides an article ("the United Kingdom")."""
    ent = _sentence_entity(token)
    return ent is not None and any(not span.start <= t.i < span.end and t.lower_ != "the" for t in ent)


def _longer_entity(token: Token, span: Span) -> bool:
    """The token's entity runs past the span with a word that makes it an organisation's name."""
    ent = _sentence_entity(token)
    if ent is None:
        return False
    extra = [t.lower_ for t in ent if not span.start <= t.i < span.end]
    return any(word in _organisation_words() for word in extra)


@functools.cache
def _organisation_words() -> frozenset[str]:
    organisations = lexicons.load("organisations")
    return frozenset(w.lower() for w in [*organisations["words"], *organisations["bodies"]])


def _no_person(subject: str, parsed: Parsed, titles: list[Title]) -> bool:
    """The parse reads every place the subject is written as something other than a person: a
    place, a group, an organisation, a number, or words that are no name ("After United ...")."""
    if any(_same_person(t.person, subject) for t in titles):
        return False
    found, start = False, parsed.text.find(subject)
    while start >= 0:
        span = parsed.span_of(start, start + len(subject))
        if span is not None and all(t.ent_type_ != "PERSON" for t in span):
            if _read_as_no_person(span):
                found = True
            else:
                return False
        else:
            return False
        start = parsed.text.find(subject, start + 1)
    return found


def _in_quote(claim: Claim, quotes: list[tuple[int, int]]) -> bool:
    """Words a quoted speaker says ("Kelly is an experienced leader"): the quote is the claim."""
    return any(a <= claim.span[0] and claim.span[1] <= b for a, b in quotes)


def body_start(view: ArticleView) -> int:
    """Where the article body starts, after the headline line (`verify.nlp.paragraphs.body_start`)."""
    return paragraphs.body_start(view.text)


def parsed_titles(view: ArticleView) -> tuple[list[Title], list[Title]]:
    """The body's titles before names and roles in clauses, read once per article."""
    if "role_titles" not in view._cache:
        parsed, start = parse_view(view), body_start(view)
        view._cache["role_titles"] = (titles_before_names(parsed, start), roles_in_clauses(parsed, start))
    return view._cache["role_titles"]  # type: ignore[return-value]


def with_parsed_titles(view: ArticleView, claims: list[Claim]) -> list[Claim]:
    """`claims` (the role kind's) with the parse's corrections and additions."""
    parsed = parse_view(view)
    before_names, in_clauses = parsed_titles(view)
    quotes = quoted(view.text)
    out = [
        c
        for c in claims
        if not _in_quote(c, quotes)
        and (c.relation == Relation.RANK or not _no_person(c.subject, parsed, before_names + in_clauses))
    ]
    for title in before_names:
        if title.office:
            _prenominal(view, title, out)
    people = {e.text for e in parsed.entities if e.label_ == "PERSON"} | {t.person for t in before_names + in_clauses}
    for title in in_clauses:
        _stated(view, title, out, people)
    names = {w for e in parsed.entities if e.label_ == "PERSON" for w in e.text.split()}
    names |= {w for c in out for w in c.subject.split()}  # the holders: "Luís Montenegro" read as a place
    claims = (
        _country_post(
            view.text,
            _of_its_country(
                view.text,
                _of_a_possessive_country(
                    view.text, _without_honorific(_with_regnal_number(view.text, _undescribed(parsed, c)))
                ),
            ),
            names,
        )
        for c in out
    )
    return sorted(claims, key=lambda c: c.span)


@functools.cache
def _country_names() -> re.Pattern:
    """Every country's name and adjective as the countries lexicon writes them, longest first."""
    forms = sorted(
        {f for entry in lexicons.load("countries")["country"] for f in entry["forms"]}, key=len, reverse=True
    )
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w])")


@functools.lru_cache(maxsize=4)
def _countries_written(text: str) -> tuple[str, ...]:
    """Every country's name or adjective the text writes, in order: the article read once, not again for each
    claim with a bare post (review40 N6: a 40,000-word article's 29 such claims took 2.5 CPU s)."""
    return tuple(m[0] for m in _country_names().finditer(text))


def _country_post(text: str, claim: Claim, names: set[str]) -> Claim:
    """A post every country has, written bare before a name ("Chancellor Olaf Scholz"), is the post of
    the one country the article names, named before it in its sentence ("Chancellor of Germany"), the
    title its page has; with several countries in the article, or none before the post in its sentence,
    the claim keeps the bare post.
    A word of a person's name is no country, wherever it stands ("Luís Montenegro", "Montenegro said")."""
    value = claim.value or ""
    written = re.sub(r"^(?:(?:the|former|ex-?|late)\s+)+", "", fold(claim.text))
    # the post as written, before a name; not "Interim President" read as "President"
    bare = value[:1].isupper() and fold(value) in aliases.TITLED_BY_COUNTRY and written.startswith(fold(value))
    if claim.relation not in {Relation.HOLDS_OFFICE, Relation.HELD_OFFICE} or claim.nationality or not bare:
        return claim
    named = {aliases.country_of(written) for written in _countries_written(text) if written not in names}
    sentence_start = text.rfind(claim.sentence, 0, claim.span[0] + len(claim.sentence)) if claim.sentence else -1
    if len(named) != 1 or None in named or sentence_start < 0:
        return claim  # several countries in the article: whose post it is stays open
    if not _country_names().search(text, sentence_start, claim.span[0]):
        return claim  # the country is named in another sentence: it may be another leader's ("Italian Prime
        # Minister X arrived. President Y welcomed her."), and a wrong country's post would contradict
    country = named.pop()
    return claim.model_copy(update={"value": f"{value} of {aliases.country_title_form(country)}"})


def _of_its_country(text: str, claim: Claim) -> Claim:
    """A country named right after a title and its holder's name ('President Elena Soto of Peru', 'Presidents X of
    Argentina and Y of Peru') is the title's, as one written before it ('Peruvian President Elena Soto'): the claim
    takes it as its nationality and its words run on to it. Not a place named after a country ('of Mexico City'),
    nor a possessive ('of Peru's ruling party'); a nationality written before the title stays."""
    after = re.match(r"\s+of\s+(?:the\s+)?", text[claim.span[1] :])
    country = _country_names().match(text, claim.span[1] + after.end()) if after else None
    if country is None or re.match(r"['’\w-]|\s+[A-Z]", text[country.end() :]):
        return claim
    if claim.nationality or _country_names().search(claim.value or ""):
        return claim  # 'Chilean President Elena Soto of ...': the title's country is the one before it
    end = country.end()
    return claim.model_copy(
        update={"nationality": country[0], "span": (claim.span[0], end), "text": text[claim.span[0] : end]}
    )


def _of_a_possessive_country(text: str, claim: Claim) -> Claim:
    """A country's possessive right before a title and its holder's name ("Qatar's Emir Sheikh Nawaf") is the
    title's country, as a country's adjective before it is ('Qatari Emir Sheikh Nawaf'): the claim takes it as its
    nationality, its words as they were, so the holder's page decides whose post it is (another country's
    post refutes it). Not a possessive of anything else ("the party's leader"), nor of a title written after a
    country of its own."""
    before = re.search(r"(?<![\w.])(?P<owner>[A-Z][\w.]*(?: [A-Z][\w.]*)*)['’]s\s+$", text[: claim.span[0]])
    value = claim.value or ""
    country = aliases.country_of(before["owner"]) if before else None
    if country is None or claim.nationality or not value or not claim.text.startswith(value):
        return claim
    if claim.relation not in {Relation.HOLDS_OFFICE, Relation.HELD_OFFICE} or _country_names().search(value):
        return claim
    return claim.model_copy(update={"nationality": country})


def _without_honorific(claim: Claim) -> Claim:
    """ "Dr. S. Jaishankar" is S. Jaishankar: an honorific (names lexicon) is no part of the name."""
    first, _, rest = claim.subject.partition(" ")
    honorifics = set(lexicons.load("names")["honorifics"])
    if first.rstrip(".").lower() in honorifics and len(rest.split()) >= 2:
        return claim.model_copy(update={"subject": rest})
    return claim


_REGNAL = re.compile(r" (?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})\b")


def _with_regnal_number(text: str, claim: Claim) -> Claim:
    """ "King Felipe" followed by "VI" is about Felipe VI: the numeral is part of the name."""
    end = claim.span[1]
    number = _REGNAL.match(text, end)
    if not number or not text[claim.span[0] : end].endswith(claim.subject) or len(claim.subject.split()) != 1:
        return claim
    span = (claim.span[0], number.end())
    subject = claim.subject + number[0]
    return claim.model_copy(update={"span": span, "text": text[span[0] : span[1]], "subject": subject})


def _touching(title: Title, claims: list[Claim]) -> list[Claim]:
    a, b = title.span
    return [c for c in claims if c.span[0] < b and a < c.span[1]]


def _prenominal(view: ArticleView, title: Title, out: list[Claim]) -> None:
    touching = _touching(title, out)
    about_them = [c for c in touching if _same_person(title.person, c.subject)]
    for claim in about_them:
        if claim.relation == Relation.RANK:
            continue
        if _misread_span(view, title, claim):  # "King Felipe VI and Prime Minister Pedro Sánchez", "King Charles"
            out[out.index(claim)] = _claim(view, title, _relation(claim, title), claim.id)
            continue
        if _reordered(claim.value, title):  # "Prime Minister of the Deputy" read off "Deputy Prime Minister"
            claim.value = title.office_of or title.office
            claim.relation = _relation(claim, title)
            continue
        if title.past and claim.relation == Relation.HOLDS_OFFICE:  # "Former defence minister Shigeru Ishiba"
            claim.relation = Relation.HELD_OFFICE
            if _words(claim.value) - _PAST_WORDS == _words(title.office):
                claim.value = title.office_of or title.office
        misread_name = len(claim.subject) > len(title.person) > 3  # "Justice John Roberts" is John Roberts
        started_late = claim.span[0] > title.span[0]  # "counsel" of "special counsel Jack Smith"
        as_written = claim.value == title.office and bool(title.office_of)  # "Apple CEO" is "CEO of Apple"
        if (
            (_ends_with_modifier(claim.value) and title.office_of)
            or as_written
            or ((misread_name or started_late) and _fragment_of(claim.value, title.office or ""))
        ):
            claim.value = title.office_of or title.office  # "Chief" of "Chief Justice"
            claim.relation = _relation(claim, title)
        if misread_name:
            claim.subject = title.person
    if about_them:
        return
    misread = [c for c in touching if c.span[1] <= title.person_span[1]]  # "…Europe Gen" read as a name
    for claim in misread:
        out.remove(claim)
    relation = misread[0].relation if misread else Relation.HELD_OFFICE if title.past else Relation.HOLDS_OFFICE
    out.append(_claim(view, title, relation, misread[0].id if misread else None))


_PAST_WORDS = frozenset({"former", "ex", "late"})


def _undescribed(parsed: Parsed, claim: Claim) -> Claim:
    """The office of a title written before the name without the words that open it and describe its holder
    ('Conservative Prime Minister' -> 'Prime Minister', 'Minister of the Embattled Finance' -> 'Minister of the
    Finance'): no part of the post, so the office held must not refute them."""
    name = claim.text.rfind(claim.subject) if claim.subject else -1
    if claim.relation not in {Relation.HOLDS_OFFICE, Relation.HELD_OFFICE} or not claim.value or name <= 0:
        return claim
    before = parsed.doc.char_span(claim.span[0], claim.span[0] + name, alignment_mode="contract")
    words = [t for t in before or () if not t.is_space]
    words = words[1:] if words and words[0].tag_ == "DT" else words  # 'the popular prime minister'
    size = describing(words)
    if not size:
        return claim
    update: dict[str, object] = {}
    opening = [t.text for t in words[:size]]
    if size < len(words) and not claim.nationality and aliases.country_of(words[size].text):
        update["nationality"] = words[size].text  # 'Embattled Estonian Prime Minister': as 'Estonian Prime Minister'
        opening.append(words[size].text)
    cut = re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(re.escape(w) for w in opening)})(?![\w-])")
    update["value"] = re.sub(r"\s+of(?:\s+the)?$", "", " ".join(cut.sub("", claim.value).split()))
    return claim.model_copy(update=update) if update["value"] else claim


def _reordered(value: str | None, title: Title) -> bool:
    """The claim's office has the title's words in another order, a Vice / Deputy / Former or the
    organisation put after "of the" ("Prime Minister of the Deputy", "Secretary General of the Former
    NATO"): the title as the parse read it is the office."""
    filler = {"of", "the"} | _PAST_WORDS
    mine, theirs = _words(value) - filler, _words(title.office) - filler
    as_read = {" ".join(w for w in fold(o or "").split() if w != "the") for o in (title.office, title.office_of)}
    return bool(mine) and mine == theirs and " ".join(w for w in fold(value or "").split() if w != "the") not in as_read


def _relation(claim: Claim, title: Title) -> str:
    return Relation.HELD_OFFICE if title.past else claim.relation


def _misread_span(view: ArticleView, title: Title, claim: Claim) -> bool:
    """The pattern's claim ran across a coordination into another person's title ("VI and Prime
    Minister") or stopped short of the name ("King Charles" of "King Charles III")."""
    crossed = claim.span[0] < title.span[0] and " and " in view.text[claim.span[0] : title.span[0]]
    short = fold(claim.subject) != fold(title.person) and fold(title.person).startswith(fold(claim.subject) + " ")
    return crossed or short


# a superlative opening a stated office ('oldest crown prince', 'longest-serving speaker', 'most senior judge'): the
# holder's rank among the post's holders, more than the post a title before the name gives
_RANKED = re.compile(r"^(?:the\s+)?(?:(?:most|least)\s+[a-z-]+|[a-z]{3,}est(?:-[a-z]+)?)\s+\S")


def _stated(view: ArticleView, title: Title, out: list[Claim], people: set[str]) -> None:
    """An appositive's or a predicate's role, unless a claim already says it about that person."""
    office = title.office_of or title.office or ""
    # a holding told as today's ('Panama's president, now Cortizo') is said by no other claim ('Cortizo served as
    # president from 2019', 'sworn in as president'): who holds the post on the article's day is its own claim
    now = _told_as_now(view.text, title)
    said = [c for c in out if _same_person(title.person, c.subject) and c.relation != Relation.RANK and not now]
    each = office[:-1] if office.endswith("s") and not office.endswith("ss") else office  # "the actors X and Y"
    ranked = _RANKED.match(office) is not None  # 'the world's oldest crown prince': a rank no title before a name says
    if not ranked and (
        any(_same_role(c.value, office) or _same_role(c.value, each) for c in said)
        or all(any(_same_role(c.value, part) for c in said) for part in _parts(office))
    ):
        return  # said already, or each of "co-founder and chief executive of Wiz" said apart
    a, b = title.office_span or title.span
    surname = fold(title.person).split()[-1:]  # none when the holder folds to nothing (punctuation, digits)
    written = bool(surname) and surname[0] in fold(view.text[title.person_span[0] : title.person_span[1]])
    elsewhere = [c for c in out if c.relation != Relation.RANK and c.span[0] < b and a < c.span[1]]
    if not written and any(_same_role(c.value, o) for c in elsewhere for o in {office, title.office}):
        return  # the office's words already hold a claim, and this holder is only a pronoun resolved
    same_words = [c for c in said if c.span[0] < b and a < c.span[1] and _same_head(c.value, office)]
    for claim in same_words:  # the pattern read this office, without its Acting / Interim: the parse's is whole
        if _fragment_of(claim.value, office):
            claim.value = office
    if same_words:
        return
    for claim in _touching(title, out):  # "Comoros" holding "President of the Union of the": a misread name
        nobody = not any(_same_person(person, claim.subject) for person in people)
        if claim not in said and claim.relation != Relation.RANK and nobody and _words(claim.value) <= _words(office):
            out.remove(claim)
    out.append(_claim(view, title, Relation.HELD_OFFICE if title.past else Relation.HOLDS_OFFICE, None))


_NOW_WORDS = lexicons.load("judging")["role"]["now_before_a_title"]
_NOW_BETWEEN = re.compile(rf"^\s*(?:,|\bis\b)\s*(?:{'|'.join(_NOW_WORDS)})\s+$", re.I)


def _told_as_now(text: str, title: Title) -> bool:
    """Whether the words between an office and its holder, apposed or the copula's, are only a word placing the
    holding in the article's present ('Panama's president, now Cortizo', 'India's chief justice is now Khanna')."""
    if title.office_span is None or title.past:
        return False
    return _NOW_BETWEEN.match(text[title.office_span[1] : title.person_span[0]]) is not None


def _claim(view: ArticleView, title: Title, relation: str, keep_id: str | None) -> Claim:
    start, end = title.span if title.said_from is None else (title.said_from, title.span[1])
    former = FORMER_BEFORE.search(view.text, max(0, start - 10), start) if title.past else None
    if former and title.said_from is None:  # "by former finance minister Ivo Stam": its words, as the judge reads them
        start = former.start()
    office = title.office_of or title.office
    opening = next((s.start for s in view.sentences if s.start <= start < s.end), start)
    prefix = status_prefix(view.text[opening:start]) if relation == Relation.HOLDS_OFFICE and office else None
    if prefix:  # 'signed by then-finance minister Ana Ruiz': as the pattern readers keep it (`add_role`)
        start, office = opening + prefix[0], f"{prefix[1]}{office}"
    sentence = next((s for s in view.sentences if s.start <= start < s.end), None)
    if sentence is None:  # a span opening on a line break before its sentence: from the sentence it overlaps
        sentence = next(s for s in view.sentences if s.start < end and start < s.end)
        start = sentence.start
    return view.claim(
        "role",
        sentence,
        start - sentence.start,
        min(end, sentence.end) - sentence.start,
        title.person,
        str(relation),
        value=office,
        rank=title.rank,
        **({"given_id": keep_id} if keep_id else {}),
    )
