"""Clause claims for an article: the parse's checkable clauses that the specialised kinds leave uncovered,
and what the parse adds to theirs (a count's owner, a quote's speaker)."""

from __future__ import annotations

import bisect
import functools
import itertools
from dataclasses import replace

from rapidfuzz import fuzz

from verify import aliases, lexicons
from verify.kinds.base import ArticleView, claim_id
from verify.kinds.clause.extract import _ORDINAL, ClauseFact, read_article
from verify.models import Claim
from verify.nlp import Parsed, paragraphs, parse_view
from verify.nlp.reference import References
from verify.text import Sentence, split_sentences

__all__ = ["clause_claims"]

UNATTRIBUTED = "unattributed"  # the patterns' subject for a quote whose speaker they could not tell


def bounded(sent: Sentence) -> list[Sentence]:
    """The extractor's bounded pieces of a sentence (imported late: verify.extract imports the kinds)."""
    from verify.extract import _bounded

    return _bounded(sent)


def _same_entity(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(aliases.fold(a), aliases.fold(b)) >= 80


_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "of", "in", "on", "at", "and", "for", "to", "from", "by", "its", "his", "her"}
)


def _carries(claim: Claim, fact: ClauseFact) -> bool:
    """Whether a claim's structured fields already hold the fact's value: a role claim on "Starmer, 64,
    has led the party" holds the office, not the age, so the age stays a fact of its own."""
    wanted = [w for w in aliases.fold(fact.value).split() if w not in _FUNCTION_WORDS]
    if not wanted:
        return True
    held = _held(claim)
    if _drops_ordinal(claim, fact):
        return False  # "the 21st chairman of ...": an office claim without its number leaves the number unchecked
    return sum(w in held for w in wanted) >= 0.75 * len(wanted)


def _role_holds(role: Claim, fact: ClauseFact, words: str) -> bool:
    """Whether a role claim on a clause's words claims this value of it too: its number ('the 21st chairman'),
    and a place it does not hold ('Attal, who was born in Nice, had been minister' claims the office only).
    A spell's years stay the role's ('who served as prime minister from 2017 to 2023')."""
    if _drops_ordinal(role, fact):
        return False
    return words != fact.place or _holds(role, words)


def _holds(role: Claim, words: str) -> bool:
    """Whether a role claim's fields hold a value's words: 'Attal, who was born in Nice, had been minister'
    claims the office, and the place inside its span stays unclaimed."""
    wanted = [w for w in aliases.fold(words).split() if w not in _FUNCTION_WORDS]
    held = _held(role)
    return not wanted or sum(w in held for w in wanted) >= 0.75 * len(wanted)


def _held(claim: Claim) -> set[str]:
    """The words of a claim's structured fields, folded."""
    fields = (claim.value, claim.time, claim.quantity, claim.object, claim.place, claim.predicate, claim.rank)
    return set(aliases.fold(" ".join(str(f) for f in fields if f)).split())


def _drops_ordinal(claim: Claim, fact: ClauseFact) -> bool:
    """Whether the fact's value numbers an office or event ('the 21st chairman', 'its third title') and the
    claim's fields do not hold that number: the claim leaves the number unchecked beside a checked span."""
    if fact.time or fact.place or fact.quantity:
        return False  # "served as X's 41st prime minister from 2017": a spell, checked by its years; the rank
        # alone is claimed apart ("X's 41st prime minister", `_Finder.owners_rank`)
    held = _held(claim)
    return any(_ORDINAL.match(w) and w not in held for w in aliases.fold(fact.value).split())


def _covered(fact: ClauseFact, claims: list[Claim], named: tuple[str, ...] = (), text: str = "") -> bool:
    """A specialised claim about the same entity already stands on these words. A role claim's words are
    often a whole clause ("Starmer, 64, has led ..."), so it covers only the facts whose value it states."""
    start, end = fact.anchor if fact.anchor and fact.value else fact.span  # a deed with no value: its whole clause
    if fact.office:  # what a person is, told by an apposition: the role kind's claim where it made one on its
        # words, whomever it reads as the holder ('Tomas Lund, OBE, chief scientific officer': not 'OBE')
        return any(c.kind == "role" and c.span[0] < end and start < c.span[1] for c in claims)
    return (
        any(
            c.span[0] < end
            and start < c.span[1]
            and any(_same_entity(who, c.context or c.subject) for who in _parties(fact, c) if who)
            and (c.kind != "role" or (_carries(c, fact) and not _more_than_an_office(fact) and _on_the_deed(c, fact)))
            and (c.kind != "date" or _carries(c, fact))  # 'born in Norby on 3 May 1985': the date's, not the place's
            and not _whom_unchecked(c, fact)
            for c in claims
        )
        or _claimed_about_object(fact, claims)
        or _every_value_claimed(fact, claims, named, text)
    )


def _parties(fact: ClauseFact, claim: Claim) -> tuple[str | None, ...]:
    """Whom a claim on the clause's words must be about to cover it: its subject, or the other party it names;
    but a count of the other party ('won five Oscars', counted as 'Oscars') is a count of the thing won,
    not a fact about a party, so only a count about the subject covers the clause."""
    return (fact.subject,) if claim.kind == "quantity" else (fact.subject, fact.context)


def _on_the_deed(role: Claim, fact: ClauseFact) -> bool:
    """Whether a role claim stands on a value-less deed's verb ("was sworn in as president"): only then is the
    deed its claim. The office before a name ("Prime Minister X resigned the same day", "Y, his deputy, took
    over", "Commissioner Z dissented") is the role kind's; the deed is a fact of its own, whether or not its verb
    is one of the lexicon's events: the deed reader (`_Finder.deed`) already asked for a named doer and a verb
    that is no copula. Editors mark such deeds ('Chief Justice X administered the oath', 'X, the director of
    rugby, took back the coaching job'): leaving them to the office lost 35 tuning labels for 19 claims no label
    wanted (ext48). A bare deed of no lexicon event ('X, the prime minister, spoke.': nothing after its verb) still
    is the office's: it tells nothing a source could check."""
    if fact.value or fact.verb is None or (fact.predicate not in _events() and fact.span[1] - fact.verb[1] <= 1):
        return True
    start, end = fact.verb
    return role.span[0] < end and start < role.span[1]


def _deed_apart_from_office(fact: ClauseFact, claims: list[Claim]) -> ClauseFact:
    """A value-less deed whose subject's words a role claim already holds ('Karl Moen, a lawyer, spoke to the
    court', 'Chief Justice X administered the oath'): the office is the role kind's, so the deed's claim stands
    on its own words, from its verb on, and says the office only once. An event of the lexicon ('Prime Minister
    X resigned') keeps its whole clause, as it always has."""
    if fact.value or fact.verb is None or fact.verb[0] <= fact.span[0] or fact.predicate in _events():
        return fact
    start, end = fact.span[0], fact.verb[0]
    if not any(c.kind == "role" and c.span[0] < end and start < c.span[1] for c in claims):
        return fact
    if any(c.kind in {"date", "quantity", "duration"} and c.span[0] < fact.verb[1] and fact.verb[0] < c.span[1]
           for c in claims):
        return fact  # 'has held the presidency since 1 December 2019': a dated deed, the date kind's and its clause's
    return replace(fact, span=(fact.verb[0], fact.span[1]))


def _every_value_claimed(fact: ClauseFact, claims: list[Claim], named: tuple[str, ...] = (), text: str = "") -> bool:
    """'January 7, 2023 - McCarthy is elected speaker after 15 rounds of voting', with the office claimed
    about him and the date and the count each by its own kind: the clause has nothing left to claim. A
    count or date is claimed once, whoever its kind says it belongs to; an office only about the same person."""
    # "became the 32nd member of X": the complement says who the subject is, whoever a count gives it to
    described = fact.predicate in _COPULAS and bool(fact.object)
    return bool(fact.values) and all(
        any(
            c.span[0] < end
            and start < c.span[1]
            and not _whom_unchecked(c, fact)
            and not (c.kind == "role" and not _role_holds(c, fact, text[start:end] if text else fact.value))
            and not (c.kind == "date" and not _holds(c, text[start:end] if text else fact.value))  # not its place
            and (
                (c.kind != "role" and not described and _owned(c, named))
                or _same_entity(fact.subject, c.context or c.subject)
            )
            for c in claims
        )
        for start, end in fact.values
    )


def _whom_unchecked(claim: Claim, fact: ClauseFact) -> bool:
    """'X succeeded Y in September': the office Y held (a role claim) or the month (a date claim) checks
    neither whom X succeeded; the succession stays a claim of its own, judged by X's predecessor."""
    return fact.predicate in _successions() and not _carries(claim, fact)


def _owned(claim: Claim, named: tuple[str, ...]) -> bool:
    """Whether a count or date claim covers a clause about the named entities `named` (its subject and the
    other party, by their full names): 'Lena Brandt won five titles' stays her clause when the count went to
    'titles' or to another name. A clause about no recognised name ('the fire', 'Turnout') has no owner
    surer than the count's."""
    whose = [w for w in (claim.subject, claim.context) if w]
    return not named or any(_same_entity(who, w) for who in named for w in whose)


_COPULAS = frozenset({"is", "was", "became", "remained"})


def _more_than_an_office(fact: ClauseFact) -> bool:
    """'a fourth-term congressman', 'a Boeing director since 2009', 'the founder of the Indian space
    programme': an office with a rank, date or number, or a deed, says more than the office a role claim
    checks, so it stays a clause of its own."""
    if fact.time or fact.quantity:
        return True
    words = aliases.fold(fact.value).split()
    return any(_ORDINAL.match(w) or any(ch.isdigit() for ch in w) or w in _deeds() for w in words)


@functools.cache
def _successions() -> frozenset[str]:
    return frozenset(lexicons.load("predicates")["events"]["successions"])


@functools.cache
def _events() -> frozenset[str]:
    return frozenset(lexicons.load("predicates")["events"]["predicates"])


@functools.cache
def _deeds() -> frozenset[str]:
    return frozenset(lexicons.load("titles")["event_titles"])


def _claimed_about_object(fact: ClauseFact, claims: list[Claim]) -> bool:
    """'FIFA suspends Rubiales', 'Starmer appointed Angela Rayner as deputy prime minister': when another
    kind's claim about the person acted on already stands on the clause's verb, the event is claimed,
    about whom it concerns."""
    if not fact.context or fact.verb is None or fact.predicate in _successions():
        return False
    start, end = fact.verb
    return any(c.span[0] < end and start < c.span[1] and _same_entity(fact.context, c.subject) for c in claims)


def _refine(parsed: Parsed, claims: list[Claim], body_start: int) -> list[ClauseFact]:
    """Where the parse knows more than the patterns: the owner of a count that names none, the
    speaker of a quote left unattributed (ids stay those of the patterns' claims). Returns the
    article's clause facts, read in the same walk. The one who says a count does not own it: the
    quantity kind leaves such a count without an owner ('"Four times," X told his crew'; 'the agency
    said, with 300 people hurt'), and the clause walk, which reads the saying verb's subject as the
    clause's, does not fill it in."""
    counts = [c for c in claims if c.kind == "quantity" and not c.context]
    quotes = [c for c in claims if c.kind == "quote" and c.subject == UNATTRIBUTED]
    spans = tuple(c.span for c in quotes) + tuple(c.span for c in counts)
    facts, owners, said_by = read_article(parsed, body_start, tuple(c.span for c in counts), spans)
    speakers, sayers = said_by[: len(quotes)], said_by[len(quotes) :]
    for claim, owner, sayer in zip(counts, owners, sayers, strict=True):
        if owner and owner != sayer:
            claim.context = owner
    for claim, speaker in zip(quotes, speakers, strict=True):
        if speaker:
            claim.subject = speaker
    return facts


def _full_name(subject: str, references: References, before: int) -> str:
    """A surname stands for the person named in full earlier, initials for the body spelled out: the one
    resolver every kind's claims go through (verify.nlp.reference `full_name`), so the clause claims are
    checked against the other kinds' claims under the same names."""
    return references.full_name(subject, before)


def _unthe(name: str) -> str:
    return name[4:] if name.startswith(("The ", "the ")) else name


def _named(fact: ClauseFact, full_names: References, actors: set[str]) -> tuple[str, ...]:
    """The fact's subject by its full name, when it is a name the recogniser knows as a person, body, country
    or people; else nothing."""
    return (_full_name(fact.subject, full_names, fact.span[0]),) if fact.subject in actors else ()


def _event_apart(fact: ClauseFact, claims: list[Claim]) -> bool:
    """Whether a named actor's event stays a claim of its own once other kinds claimed its date, count or
    place ('Biden toured the area on Wednesday': the date kind checks the day, the clause that he toured): no
    clause or relation claim already stands on its verb, and no role claim is about the verb itself."""
    if fact.verb is None or fact.quantity:
        return False  # "Labour won 411 seats": the count is the fact, and the count kind's
    start, end = fact.verb
    if any(c.span[0] < end and start < c.span[1] and c.kind in {"clause", "relation", "role", "quote"} for c in claims):
        return False
    # only its date was claimed: a count or length in the clause ("took 72", "bans him for three years") is the fact
    start, end = fact.span
    return not any(c.span[0] < end and start < c.span[1] and c.kind in {"quantity", "duration"} for c in claims)


def _candidates(claims: list[Claim]) -> list[list[tuple[int, Claim]]]:
    """For each claim, the claims (with their places in `claims`) that could hold its words: only a claim of its
    own sentence and predicate, and only one starting close enough before it to reach its end (found by bisection
    on their starts): a sentence repeated at each of thousands of lines is not read again for each claim, as
    every claim was (review40 N6: 4.0 million comparisons for 2,000 claims)."""
    alike: dict[tuple[str, str | None], list[tuple[int, Claim]]] = {}
    for i, claim in enumerate(claims):
        alike.setdefault((claim.sentence, claim.predicate), []).append((i, claim))
    for group in alike.values():
        group.sort(key=lambda member: member[1].span[0])
    starts = {key: [c.span[0] for _, c in group] for key, group in alike.items()}
    longest = {key: max(c.span[1] - c.span[0] for _, c in group) for key, group in alike.items()}
    found = []
    for claim in claims:
        key = (claim.sentence, claim.predicate)
        first = bisect.bisect_left(starts[key], claim.span[1] - longest[key])
        last = bisect.bisect_right(starts[key], claim.span[0])
        found.append(alike[key][first:last])
    return found


def _one_per_clause(claims: list[Claim]) -> list[Claim]:
    """One claim per fact: a clause claim whose words lie inside another clause claim of the same sentence,
    entity and predicate ("October 3 - The House removes" inside "October 3 - The House removes McCarthy
    by a 216-210 vote") says nothing an editor checks apart; the fullest span is kept. One whose value the
    other does not hold ("won the seat" inside "won the seat at her fifth attempt", which holds the rank) stays."""
    kept: list[Claim] = []
    for i, (claim, candidates) in enumerate(zip(claims, _candidates(claims), strict=True)):
        inside = any(
            j != i
            and other.span[0] <= claim.span[0]
            and claim.span[1] <= other.span[1]
            and (other.span != claim.span or j < i)
            and _same_entity(claim.subject, other.subject)
            and (not claim.value or claim.value in (other.object, other.time, other.place, other.quantity))
            for j, other in candidates
        )
        if not inside:
            kept.append(claim)
    return kept


def _sentence_at(sentences: list[Sentence], starts: list[int] | None, at: int) -> str | None:
    """The first of the sentences that holds character `at`: looked up by where `at` falls among their `starts`
    when they run in order without overlapping, as split sentences do (each clause claim of an article of
    thousands of sentences read every sentence: review40 N6); else (`starts` None) read one by one."""
    if starts is not None:
        found = bisect.bisect_right(starts, at) - 1
        return sentences[found].text if found >= 0 and at < sentences[found].end else None
    return next((s.text for s in sentences if s.start <= at < s.end), None)


def clause_claims(view: ArticleView, existing: list[Claim]) -> list[Claim]:
    """One `clause` claim per checkable value of a clause of the article body not already claimed."""
    text = view.text
    body_start = paragraphs.body_start(text)
    sentences = [piece for sent in split_sentences(text) for piece in bounded(sent)]
    in_order = all(a.end <= b.start for a, b in itertools.pairwise(sentences))
    starts = [s.start for s in sentences] if in_order else None
    parsed = parse_view(view)
    facts = _refine(parsed, existing, body_start)
    full_names = References.of(parsed, body_start)
    actors = {_unthe(e.text) for e in parsed.entities if e.label_ in {"PERSON", "ORG", "GPE", "NORP"}}
    claims: list[Claim] = []
    anchors: set[tuple[tuple[int, int] | None, str]] = set()  # one clause claim per checkable value (and name)
    main_taken = False  # whether the clause's main fact was already claimed by a specialised kind
    for fact in facts:
        covered = (
            fact.span[0] < body_start
            or _covered(fact, existing, _named(fact, full_names, actors), text)
            or ((fact.anchor, fact.subject if fact.joined else "") in anchors)
        )
        if not fact.fallback:
            main_taken = covered
        if covered and fact.deed and not fact.fallback and fact.span[0] >= body_start and _event_apart(fact, existing):
            fact = replace(fact, span=fact.deed, object=None, time=None, place=None, quantity=None, anchor=fact.verb)
            covered = (fact.anchor, "") in anchors
        if covered or (fact.fallback and not main_taken):
            continue  # a bare year ("in 1987") stays with its clause unless the clause is claimed already
        fact = _deed_apart_from_office(fact, existing)
        anchors.add((fact.anchor, fact.subject if fact.joined else ""))
        start, end = fact.span
        sentence = _sentence_at(sentences, starts, start) or text[start:end]
        subject = _full_name(fact.subject, full_names, start)
        claims.append(
            Claim(
                id=claim_id("clause", subject, fact.predicate, fact.value),
                kind="clause",
                text=text[start:end],
                sentence=sentence,
                span=(start, end),
                subject=subject,
                relation=fact.predicate,
                value=fact.value or None,
                predicate=fact.predicate,
                object=fact.object,
                time=fact.time,
                place=fact.place,
                quantity=fact.quantity,
                context=_full_name(fact.context, full_names, start) if fact.context else None,
            )
        )
    return _one_per_clause(claims)
