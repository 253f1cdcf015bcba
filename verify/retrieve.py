"""Evidence retrieval: from claims to the documents that can decide them.

Batch first, search second: every title any claim needs goes into one batched look-up; only
people it leaves unresolved, and events (which have no obvious title), go to search. The pool of
documents is shared by every claim of the article, so a page fetched for one claim (the EUCOM
page, whose infobox names its commander) is evidence for all. A person costs one search however the
run spells them, and words that name no event (a weekday, a person the article asks for) cost none.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from verify import lexicons
from verify.aliases import (
    FULL_MONTHS,
    SMALL_WORDS,
    TITLED_BY_COUNTRY,
    country_of,
    fold,
    initials,
    names_owner,
    owner_dropped,
    title_cased,
    without_article,
)
from verify.kinds import kind_of
from verify.kinds.base import Wants
from verify.link import find_person, name_score
from verify.match import is_person_doc, names_incumbent, parse_date
from verify.models import NOT_CHECKED_REASONS, Claim, Document, Reason
from verify.names import first_same_person
from verify.offices import office_page_title, terms
from verify.sources.http import SourceError
from verify.sources.official import OfficialSource
from verify.sources.wikipedia import Lookup, WikipediaSource, page_label


def unread_note(doc: Document) -> str:
    """What of a page went unread and what an editor can do: the claim may rest on the part not read."""
    label = page_label(doc.title, doc.revision_url or doc.url, doc.revision_id)
    return f"{label}: {doc.unread}; read it on the page itself ({doc.url}) to settle this claim"


@dataclass
class EvidencePool:
    """What retrieval found: documents by claim, the shared pool, and why things are missing
    (`notes` in words for the rationale, `reasons` as codes, in step). `entities` holds, by claim, the
    URLs of the pages that are the claim's own entities (a title it asked for, a search hit whose title
    is the name or the event it searched): only those are worth a whole-page read for it, not the pages
    that merely name someone or may hold an office."""

    documents: list[Document] = field(default_factory=list)
    by_claim: dict[str, list[Document]] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=dict)
    reasons: dict[str, list[Reason]] = field(default_factory=dict)
    entities: dict[str, set[str]] = field(default_factory=dict)
    # by claim, the reviewer's own sources (the claim file's `sources`) that could not be read, each said in
    # words: a claim decided on other pages still says so (`judge.with_unread_sources`)
    unread_sources: dict[str, list[str]] = field(default_factory=dict)
    # the pages given for the whole run (`--source`) that could not be read, each with why: the operator's,
    # the same for every claim, so said once in the report's header rather than on each claim
    run_unread: list[str] = field(default_factory=list)
    # the current revision of each page read as it stood on the article's day (by URL): a birth date or a
    # birthplace does not change, and the older revision may not give it
    current: dict[str, Document] = field(default_factory=dict)
    # the revision of the article's day of each page whose current revision was kept for its dated terms (by
    # URL): a count ('six children') is of that day, which no later term dates
    of_the_day: dict[str, Document] = field(default_factory=dict)

    def add(self, claim_id: str, doc: Document, entity: bool = False) -> None:
        if all(d.url != doc.url for d in self.documents):
            self.documents.append(doc)
        docs = self.by_claim.setdefault(claim_id, [])
        if all(d.url != doc.url for d in docs):
            docs.append(doc)
        if entity:
            self.entities.setdefault(claim_id, set()).add(doc.url)
        if doc.unread:  # a page read only in part says so on every claim resting on it
            self.note(claim_id, unread_note(doc), Reason.NO_PASSAGE)

    def entity_pages(self, claim_id: str) -> list[Document]:
        """The claim's pages that are its own entities, in the order retrieval found them."""
        urls = self.entities.get(claim_id, set())
        return [d for d in self.by_claim.get(claim_id, []) if d.url in urls]

    def note(self, claim_id: str, text: str, reason: Reason = Reason.NO_PAGE) -> None:
        notes = self.notes.setdefault(claim_id, [])
        if text not in notes:
            notes.append(text)
            self.reasons.setdefault(claim_id, []).append(reason)

    @property
    def failures(self) -> list[Reason]:
        """Why sources could not be consulted in this run (not checked), in the order first met."""
        seen = [r for rs in self.reasons.values() for r in rs if r in NOT_CHECKED_REASONS]
        return list(dict.fromkeys(seen))


def wants(claim: Claim) -> Wants:
    """What the claim's kind asks retrieval to fetch (nothing for a kind no longer registered)."""
    kind = kind_of(claim.kind)
    return Wants() if kind is None else kind.wants(claim)


async def retrieve(
    claims: list[Claim],
    wiki: WikipediaSource | None,
    official: OfficialSource | None = None,
    sources: list[str] | None = None,
    as_of: dt.date | None = None,
) -> EvidencePool:
    pool = EvidencePool()
    active = [c for c in claims if not c.skipped]
    if wiki is not None:
        await _from_wikipedia(active, wiki, pool, as_of)
        if as_of is not None:
            await _as_of(active, wiki, pool, as_of)
    if official is not None:
        await _from_official(active, official, sources or [], pool)
    return pool


async def _from_official(claims: list[Claim], official: OfficialSource, sources: list[str], pool: EvidencePool) -> None:
    urls = list(dict.fromkeys([*sources, *(u for c in claims for u in c.sources)]))
    fetched = await asyncio.gather(*(official.fetch(u) for u in urls), return_exceptions=True)
    by_url = dict(zip(urls, fetched, strict=True))
    for claim in claims:
        for url in [*sources, *claim.sources]:
            result = by_url[url]
            if isinstance(result, Document):
                pool.add(claim.id, result)
                continue
            why = result.reason if isinstance(result, SourceError) else type(result).__name__
            if isinstance(result, SourceError):
                pool.note(claim.id, f"{url} unreachable: {why}", result.code)
            else:
                pool.note(claim.id, f"{url} could not be read ({why})", Reason.SOURCE_UNREACHABLE)
            if url in claim.sources:
                pool.unread_sources.setdefault(claim.id, []).append(f"{url} could not be read ({why})")
    for url in dict.fromkeys(sources):
        if not isinstance(by_url[url], Document):
            failed = by_url[url]
            why = failed.reason if isinstance(failed, SourceError) else type(failed).__name__
            pool.run_unread.append(f"{url} could not be read ({why})")


def later_titles(wanted: dict[str, Wants]) -> dict[str, tuple[str, ...]]:
    """Each claim's `later` titles as the article names them in full: a title holding a name of two
    words or more the first batch asks for ('U.S. Joint Chiefs of Staff Chairman Gen. Dan Caine' holds
    'Dan Caine') is that name; a one-word title that ends exactly one longer title of the article's
    ('Bach', 'Thomas Bach'; the first batch's titles before the others) is the longer one, even when
    the first batch asked for the word too. So a surname costs no request and finds the person's page."""
    first = list(dict.fromkeys(t.strip() for w in wanted.values() for t in w.titles if t.strip()))
    known = list(dict.fromkeys([*first, *(t.strip() for w in wanted.values() for t in w.later if t.strip())]))
    names = {k: i for i, k in enumerate(k for k in first if " " in k)}
    # a long article's titles are looked up by their words, not each compared with every title of the article
    first_ending, known_ending = _by_last_word(first), _by_last_word(known)
    people = article_people(wanted)
    out = {}
    for cid, want in wanted.items():
        titles = []
        for title in (t.strip() for t in want.later if t.strip()):
            inside = [k for k in _written_in(title, names) if k != title]
            longer = [] if " " in title else first_ending.get(title, [])
            longer = longer or (known_ending.get(title, []) if " " not in title else [])
            if not longer and (given := given_name_of(title, people)):
                longer = [given]
            titles += inside or (longer if len(longer) == 1 else [title])
        out[cid] = tuple(dict.fromkeys(titles))
    return out


def _by_last_word(titles: list[str]) -> dict[str, list[str]]:
    """The titles of two words or more by their last word, each list in the titles' order: those a lone word
    ends ('Bach': 'Thomas Bach')."""
    out: dict[str, list[str]] = {}
    for title in titles:
        if " " in title:
            out.setdefault(title.rsplit(" ", 1)[1], []).append(title)
    return out


def _written_in(text: str, names: dict[str, int]) -> list[str]:
    """The `names` (each with its place in their order) written in `text` as whole words, no word character
    touching either end, in that order: every stretch of `text` between two such places is looked up, so the
    work grows with the text's length, not with the number of names."""
    starts = [i for i in range(len(text)) if i == 0 or not _is_word(text[i - 1])]
    ends = [j for j in range(1, len(text) + 1) if j == len(text) or not _is_word(text[j])]
    found = {text[i:j] for i in starts for j in ends if j > i and text[i:j] in names}
    return sorted(found, key=names.__getitem__)


def _is_word(char: str) -> bool:
    """Whether `char` is one regular expressions' \\w matches (a letter, a digit or '_')."""
    return char.isalnum() or char == "_"


async def _from_wikipedia(
    claims: list[Claim], wiki: WikipediaSource, pool: EvidencePool, as_of: dt.date | None = None
) -> None:
    wanted = {c.id: wants(c) for c in claims}
    sentences = list(dict.fromkeys(c.sentence for c in claims))
    names = [n for c in claims for n in (c.effective_subject, *wanted[c.id].people)]
    country = article_country(sentences, names)
    elections = election_titles(sentences, country, as_of)
    found = await wiki.lookup([*(t for w in wanted.values() for t in w.titles), *elections])
    later = later_titles(wanted)
    # asked again in the second look-up, as the article's words let it be titled: a title holding an
    # acronym the article spells out ('President of IOC', 'the International Olympic Committee') when
    # the first look-up found no page for it; a bare post titled by country ('Chancellor') as the post
    # of the one country the article names ('Chancellor of Germany')
    spelled: dict[str, str] = {}
    whole: dict[str, str] = {}  # a person's name the article never writes alone, as it writes it (`read_whole`)
    people_named = article_people(wanted)
    # a title many claims ask for is spelled out once, and a name read whole once, in the sentences holding its
    # first word: a long article's titles are not each read against every sentence again
    by_word = _sentences_by_word(sentences)
    spelled_once: dict[str, str | None] = {}
    whole_once: dict[str, str | None] = {}

    def spelled_of(title: str) -> str | None:
        if title not in spelled_once:
            spelled_once[title] = spelled_out(title, sentences)
        return spelled_once[title]

    def whole_of(name: str) -> str | None:
        if name not in whole_once:
            whole_once[name] = read_whole(name, by_word(name))
        return whole_once[name]

    for want in wanted.values():
        for title in want.titles:
            if not _has_page(found, title) and (acronym := spelled_of(title)):
                spelled[title] = acronym
            elif title in want.offices and (post := bare_post_title(title, country)):
                spelled[title] = post
            elif not _has_page(found, title) and (given := given_name_of(title, people_named)):
                spelled[title] = given
            elif not _has_page(found, title) and title in people_named and (longer := whole_of(title)):
                spelled[title] = whole[title] = longer
            elif not _has_page(found, title) and (bare := without_article(title)):
                spelled[title] = bare
    later = {
        cid: (*ts, *(spelled[t] for t in wanted[cid].titles if t in spelled), *(whole[t] for t in ts if t in whole))
        for cid, ts in later.items()
    }
    # the second look-up asks only what the first did not bring (nothing, when the claims' pages were in it)
    found |= await wiki.lookup(t for ts in later.values() for t in ts if t not in found)
    # 'UN World Food Programme', found under no title: its name without the owner's acronym, asked once more
    # (a request only an article naming such a body unfound costs), kept where its page names that owner
    owners: dict[str, str] = {}
    for cid, titles in later.items():
        for title in dict.fromkeys([*wanted[cid].titles, *titles]):
            if not _has_page(found, title) and (owned := owner_dropped(title.strip())):
                owners[owned[1]] = owned[0]
                later[cid] = (*later[cid], owned[1])
    if owners:
        found |= await wiki.lookup(t for t in owners if t not in found)
    unresolved: dict[str, list[Claim]] = {}
    offices_without_holder: dict[str, list[Claim]] = {}
    people = searched_names([n for w in wanted.values() for n in w.people])
    for claim in claims:
        want = wanted[claim.id]
        for title in dict.fromkeys([*want.titles, *later[claim.id]]):
            hit = found.get(title.strip())
            if hit and hit.document and title in owners and not names_owner(hit.document.text, owners[title]):
                continue  # 'Grain Relief Agency', a charity: not the UN's body of that name
            if hit and hit.document:
                pool.add(claim.id, hit.document, entity=True)
                office = title in want.offices or any(spelled.get(o) == title for o in want.offices)
                if office and not names_incumbent(hit.document):
                    offices_without_holder.setdefault(hit.document.title, []).append(claim)
            elif hit and not _has_page(found, spelled.get(title.strip(), "")):
                pool.note(claim.id, hit.reason, hit.code)
        for name in want.people:
            if found.get(name) and found[name].document:
                continue
            searched = people.get(name.strip(), name)
            same = found.get(searched)  # 'Umerov' is the article's 'Rustem Umerov', found by title
            if same and same.document:
                pool.add(claim.id, same.document, entity=True)
            else:
                unresolved.setdefault(searched, []).append(claim)
    _add_elections(claims, [found[t].document for t in elections if t in found and found[t].document], pool, as_of)
    if any(hit.unreachable for hit in found.values()):
        return  # the wiki is down for this run: every claim already carries the reason
    # the words an event is searched by may name a person or a page the article already asks for
    # ('2025 Defence Minister Rustem Umerov', '2025 U.S. European Command'): that is no event to search
    named = [n for n in dict.fromkeys(people.values()) if " " in n]
    named += [t for t, hit in found.items() if hit.document and _proper_name(t) and t not in named]
    events: dict[str, list[Claim]] = {}
    for claim in claims:
        for event in wanted[claim.id].events:
            entity = next((n for n in named if _holds_words(event, n)), None)
            if entity is None:
                events.setdefault(event, []).append(claim)
            elif found.get(entity) and found[entity].document:
                pool.add(claim.id, found[entity].document)
    # every link runs to its end before a failure is raised: none is left running into the shutdown
    outcomes = await asyncio.gather(
        *(_link_person(wiki, name, waiting, pool) for name, waiting in unresolved.items()),
        *(_link_event(wiki, event, waiting, pool, country) for event, waiting in events.items()),
        *(_link_holders(wiki, office, waiting, pool) for office, waiting in offices_without_holder.items()),
        return_exceptions=True,
    )
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome


_MONTH_WORDS = "|".join(m.title() for m in FULL_MONTHS)
# a national election by its kind ("Mexico's presidential election"), or by the day it was held ('the February 14
# election', 'the 14 February election'), which a kind of vote no party or body holds is not written so
_ELECTION = re.compile(
    r"\b(?:(?P<year>(?:19|20)\d\d)\s+)?(?:(?P<where>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s)?\s+)?"
    r"(?:(?P<later>(?:19|20)\d\d)\s+)?(?P<kind>presidential|general|federal|parliamentary|legislative)\s+elections?\b"
    rf"|\bthe\s+(?:(?:{_MONTH_WORDS})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH_WORDS}))\s+elections?\b"
)
_COUNTRY_FORMS = {e["name"]: tuple(e["forms"]) for e in lexicons.load("countries")["country"]}  # 'Mexican', 'Mexico'
# the words of a sentence that speak of an election's results: the claims an election page is read for
_RESULTS = re.compile(r"\b(?:votes?|voters|ballots?|seats?|turnout|elections?)\b", re.I)
# an election before the one named: 'at the previous general election' speaks of another vote's results
# ('last week's election' is this one)
_DAYS = "week|month|weekend|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_EARLIER = re.compile(rf"\b(?:previous|preceding|prior|last(?!\s+(?:{_DAYS})\b))\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# an election called or set, not yet held ('called a general election for 4 July', 'has set a snap election'):
# the words name no result an election page could settle
_CALLED = re.compile(
    r"\b(?:call(?:s|ed|ing)?|set(?:s|ting)?|schedul\w*|announc\w*)\s+(?:(?:an?|the|a\s+snap|an\s+early)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?elections?\b",
    re.I,
)


def election_titles(sentences: list[str], country: str | None, as_of: dt.date | None) -> list[str]:
    """The titles a national election the article names goes by ('Mexico's presidential election' in a
    2024 article: '2024 Mexican presidential election', '2024 Mexico presidential election' and the same
    as a 'general' one, which a presidential vote is often part of): its year as written, else the
    article's; its country as written, else the article's one country. None for an election of a party or
    a body ('the Liberal Party leadership election': no national kind), or of no year or country known."""
    titles = []
    for sentence in sentences:
        if not _of_results(sentence, as_of):
            continue  # no claim would read the page: no request spent on it
        for m in _ELECTION.finditer(sentence):
            # 'Mexico's', 'the US', else ('The general election', 'Sunday's general election') the article's
            where = (country_of(re.sub(r"['’]s$", "", m["where"])) if m["where"] else None) or country
            year = m["year"] or m["later"] or (str(as_of.year) if as_of else None)
            if not where or not year:
                continue
            forms = [f for f in _COUNTRY_FORMS.get(where, ()) if not f.isupper() and "." not in f]
            for form in forms:
                for kind in dict.fromkeys([m["kind"] or "presidential", "general"]):  # a day's: either kind
                    titles.append(f"{year} {form} {kind} election")
    return list(dict.fromkeys(titles))[:8]


def _of_results(sentence: str, as_of: dt.date | None) -> bool:
    """Whether a sentence speaks of the results of the one election it names (its votes, seats, turnout
    or the election itself), of no earlier vote ('at the previous general election') and of no year
    other than the election's, as written or else the article's ('won 365 seats in 2019')."""
    named = list(_ELECTION.finditer(sentence))
    if len(named) != 1 or not _RESULTS.search(sentence) or _EARLIER.search(sentence):
        return False
    if not _RESULTS.search(_CALLED.sub(" ", sentence)):
        return False  # 'called a general election for 4 July': no result named
    year = named[0]["year"] or named[0]["later"] or (str(as_of.year) if as_of else None)
    return all(y == year for y in _YEAR.findall(sentence))


def vote_date(doc: Document) -> dt.date | None:
    """The day an election page says the vote was held: its infobox's date, else the first full date
    of its text. None when it gives none."""
    given = next((f.value for f in doc.infobox if f.label.lower() == "election_date"), None)
    for text in (given, doc.text[:1000]):
        days = re.findall(r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4}", text or "")
        if days and (day := parse_date(days[-1] if text is given else days[0])):
            return day
    return None


def _add_elections(claims: list[Claim], pages: list[Document], pool: EvidencePool, as_of: dt.date | None) -> None:
    """The election pages found, for the claims whose own sentence names that election and speaks of its
    results: that page is the claim's own entity. A page that dates the vote after the article's day, or
    gives no day, holds no result the article could report (an article written before the vote)."""
    starts: dict[str, int] = {}
    for c in claims:
        starts[c.sentence] = min(starts.get(c.sentence, c.span[0]), c.span[0])
    told = sorted(starts, key=starts.__getitem__)  # the claims' sentences in the article's order
    before = dict(zip(told[1:], told, strict=False))
    for claim in claims:
        sentence = claim.sentence
        if not _ELECTION.search(sentence) and _RESULTS.search(sentence) and not _YEAR.search(sentence):
            # 'The ticket received more than 96 million votes' right after '... won the February 14 election': the
            # results of the election the sentence before names
            sentence = before.get(sentence, "")
        if not _of_results(sentence, as_of):
            continue
        (m,) = _ELECTION.finditer(sentence)
        written = m["year"] or m["later"]
        for doc in pages:
            if written and not doc.title.startswith(written + " "):
                continue
            if m["kind"] and m["kind"] not in doc.title and "general" not in doc.title:
                continue
            day = vote_date(doc)
            if as_of is not None and (day is None or day > as_of):
                continue
            pool.add(claim.id, doc, entity=True)


def article_people(wanted: dict[str, Wants]) -> list[str]:
    """The people the article's claims ask for by a name of two words or more, in the order first asked."""
    return list(dict.fromkeys(n.strip() for w in wanted.values() for n in w.people if " " in n.strip()))


def given_name_of(word: str, people: Sequence[str]) -> str | None:
    """The one full name of the article's people that a lone word opens ('Gibran' for 'Gibran Rakabuming
    Raka'): where a name's first word is the one a person goes by, the article shortens it to that word
    after naming them in full. None for a word of several words, or when no name or two open with it."""
    if " " in word.strip() or not word.strip() or country_of(word.strip()) is not None:
        return None  # 'Israel' after 'Israel Katz' is the country the article also speaks of
    opening = [n for n in people if n.startswith(word.strip() + " ")]
    return opening[0] if len(opening) == 1 else None


def read_whole(name: str, sentences: Sequence[str]) -> str | None:
    """The longer name a person's name of two words or more is cut from, when the article never writes it alone:
    every 'Yoon Suk' of the article goes on with 'Yeol', so the person is 'Yoon Suk Yeol' and the shorter name a
    misreading of it. None for a one-word name, one the article also writes alone or goes on from in two ways, or
    one it writes nowhere."""
    name = name.strip()
    if " " not in name:
        return None
    written = re.compile(rf"(?<![\w'’.-]){re.escape(name)}(?:\s+(?P<more>[A-Z][\w'’-]*))?(?![\w'’-])")
    more = {m["more"] for sentence in sentences for m in written.finditer(sentence)}
    if len(more) != 1 or None in more:
        return None
    (word,) = more
    return f"{name} {word}" if word not in SMALL_WORDS and not word.isupper() else None


def _sentences_by_word(sentences: Sequence[str]) -> Callable[[str], list[str]]:
    """The sentences a name may be written in, in their order: those holding its first word (its first run of
    word characters, which any sentence writing the name holds whole); every sentence for a name of none."""
    holding: dict[str, list[int]] = {}
    for i, sentence in enumerate(sentences):
        for word in dict.fromkeys(_WORD.findall(sentence)):
            holding.setdefault(word, []).append(i)

    def of(name: str) -> list[str]:
        first = _WORD.search(name)
        return list(sentences) if first is None else [sentences[i] for i in holding.get(first[0], [])]

    return of


_WORD = re.compile(r"\w+")


def _elsewhere(title: str, country: str | None) -> bool:
    """Whether a page title names one country, and it is not the article's (None: the article names
    no one country, and no title is set aside)."""
    named = article_country([title])
    return country is not None and named is not None and named != country


def _has_page(found: dict[str, Lookup], title: str) -> bool:
    hit = found.get(title.strip())
    return hit is not None and hit.document is not None


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_CAPITALISED_RUN = re.compile(rf"[A-Z][\w'-]*(?:\s+(?:(?:{'|'.join(sorted(SMALL_WORDS))})\s+)*[A-Z][\w'-]*)+")


def spelled_out(title: str, sentences: list[str]) -> str | None:
    """`title` with its acronym as the article spells it out ('President of IOC' -> 'President of the
    International Olympic Committee', when a sentence names the International Olympic Committee): the
    capitalised words whose initials, inner small words aside, are the acronym's letters. None when
    the title holds no acronym, or the article spells it out in no way or in two."""
    acronyms = _ACRONYM.findall(title)
    if len(acronyms) != 1:
        return None
    acronym = acronyms[0]
    names = set()
    for sentence in sentences:
        for run in _CAPITALISED_RUN.finditer(sentence):
            words = run.group(0).split()
            for start, first in enumerate(words):
                if first in SMALL_WORDS or first == "The":
                    continue
                capitals = [w for w in words[start:] if w not in SMALL_WORDS][: len(acronym)]
                if len(capitals) == len(acronym) and initials(" ".join(capitals)) == acronym:
                    end = start + words[start:].index(capitals[-1]) + 1
                    names.add(" ".join(words[start:end]))
    if len(names) != 1:
        return None
    (name,) = names
    return re.sub(rf"\b{acronym}\b", name, re.sub(rf"\bof {acronym}\b", f"of the {name}", title))


def article_country(sentences: list[str], names: Sequence[str] = ()) -> str | None:
    """The one country an article's sentences name in capitals ('Germany's', 'German', 'Alternative
    for Germany'); None when they name none or several (the seed names four). Words of the `names` its
    claims are about are a name, not a country ('Montenegro succeeded António Costa')."""
    in_names = {w for name in names if not country_of(name) for w in name.split()}
    named = set()
    for sentence in sentences:
        for run in re.finditer(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*", sentence):
            words = [re.sub(r"['’]s$", "", w).rstrip(".") for w in run.group(0).split()]  # 'France.', 'U.S.'
            for start in range(len(words)):
                for end in range(start + 1, min(start + 3, len(words)) + 1):
                    written = " ".join(words[start:end])
                    if len(written) <= 3 and not written.isupper():
                        continue  # 'Us' opening a sentence is no 'US'
                    if all(w in in_names for w in words[start:end]):
                        continue
                    if country := country_of(written):
                        named.add(country)
    return named.pop() if len(named) == 1 else None


def bare_post_title(office: str, country: str | None) -> str | None:
    """A bare post titled by country ('Chancellor', 'Prime Minister') as the country's post ('Chancellor
    of Germany'); None for any other office, or without a country."""
    if not country or fold(office) not in TITLED_BY_COUNTRY:
        return None
    return office_page_title(office, country)


def searched_names(names: list[str]) -> dict[str, str]:
    """Each person's name -> the name searched for them, so that one person costs one search: a
    one-word name that ends exactly one longer name of the article's ('Umerov', 'Rustem Umerov') is
    that name; a name that is the same person as an earlier one ('Alexus G. Grynkewich', 'Alexus
    Grynkewich') is the earlier one."""
    unique = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    out: dict[str, str] = {}
    for name in unique:
        longer = [k for k in unique if " " not in name and k.endswith(" " + name)]
        if len(longer) == 1:
            out[name] = longer[0]
            continue
        out[name] = first_same_person(name, out.values()) or name
    for name in unique:  # a surname folded into a full name that was itself folded into another
        out[name] = out.get(out[name], out[name])
    return out


def _proper_name(title: str) -> bool:
    """A name of two words or more, each capitalised but the small words inside ('U.S. European
    Command'), not a description a page may also be titled by ('general election')."""
    words = title.split()
    return len(words) > 1 and title_cased(words)


def _holds_words(text: str, name: str) -> bool:
    """Whether `text` holds the words of `name` in a row, case, accents and punctuation aside."""
    words, within = (" ".join(re.findall(r"\w+", fold(t))) for t in (name, text))
    return bool(words) and f" {words} " in f" {within} "


def _newer_than(doc: Document, as_of: dt.date) -> bool:
    return doc.source == "wikipedia" and doc.revision_timestamp is not None and doc.revision_timestamp.date() > as_of


def _dated_after(old: Document, current: Document, as_of: dt.date) -> dt.date | None:
    """The latest term start or end the current revision dates after `old` was saved and on or before
    `as_of`: the page as it stood on the article's day is then older than a change the article may
    speak of (a page not yet edited for a handover days before), and dated terms decide first."""
    if old.revision_timestamp is None:
        return None
    saved = old.revision_timestamp.date()
    days = [day for term in terms(current.infobox) for day in (term.start, term.end) if day and saved < day <= as_of]
    return max(days, default=None)


async def _as_of(claims: list[Claim], wiki: WikipediaSource, pool: EvidencePool, as_of: dt.date) -> None:
    """Read the pages time-bound claims rest on (those whose kind asks `at_date`: roles, meetings,
    dates, clauses) as they stood at `as_of`: a page whose current revision is newer is asked for
    its revision at that date (one request per page), which then stands for the page for every
    claim of the article; when it has none, the current revision stays and its dated terms decide,
    as its link says."""
    stale = {d.url: d for c in claims if wants(c).at_date for d in pool.by_claim.get(c.id, []) if _newer_than(d, as_of)}
    if not stale:
        return
    found = await asyncio.gather(*(wiki.revision_at(d, as_of) for d in stale.values()))
    replaced: dict[str, Document] = {}
    for url, old in zip(stale, found, strict=True):
        doc = stale[url]
        if old is not None and (changed := _dated_after(old, doc, as_of)) is not None:
            saved = old.revision_timestamp.date() if old.revision_timestamp else None
            reason = (
                f"; its revision as of {as_of.isoformat()} was saved on {saved}, before the change the current "
                f"revision dates on {changed.isoformat()}: the current revision's dated terms decide"
            )
            replaced[url] = doc.model_copy(update={"link_reason": doc.link_reason + reason})
            pool.of_the_day[url] = old
            continue
        if old is not None:
            pool.current[url] = doc
        replaced[url] = old or doc.model_copy(
            update={
                "link_reason": doc.link_reason + f"; no revision as of {as_of.isoformat()}: the current revision's "
                "dated terms decide"
            }
        )
    # the article speaks of its own day: every claim, and the shared pool, read the page as of then
    pool.by_claim = {cid: [replaced.get(d.url, d) for d in docs] for cid, docs in pool.by_claim.items()}
    for cid, docs in pool.by_claim.items():
        for doc in docs:
            if doc.unread and not doc.current:  # a revision read in part (its body too long) says so, as `add` does
                pool.note(cid, unread_note(doc), Reason.NO_PASSAGE)
    pool.documents = [replaced.get(d.url, d) for d in pool.documents]


async def _search(
    wiki: WikipediaSource, query: str, waiting: list[Claim], pool: EvidencePool, person: bool = False
) -> list[Document]:
    """Search results, or none with the failure noted on every claim waiting for them."""
    try:
        return await (wiki.search_person(query) if person else wiki.search(query))
    except SourceError as exc:
        for claim in waiting:
            pool.note(claim.id, f"search for '{query}' failed: {exc.reason}", exc.code)
        return []


# infobox rows that give the page's own subject another name: a birth name, a name in another script
ALIAS_ROWS = frozenset({"name", "birth_name", "native_name", "other_names", "full_name"})


def name_match(name: str, doc: Document) -> tuple[float, str]:
    """How well a page is the person `name` (0-100) and by what: its title, else one of its own names
    (an infobox `birth_name`: 'Luís Filipe Montenegro Cardoso de Morais Esteves' is 'Luís Montenegro')."""
    by_title = (name_score(name, doc.title), "title matches the name")
    aliases = [(name_score(name, f.value), f"its {f.label} is the name") for f in doc.infobox if f.label in ALIAS_ROWS]
    return max([by_title, *aliases], key=lambda scored: scored[0])


async def _link_person(wiki: WikipediaSource, name: str, waiting: list[Claim], pool: EvidencePool) -> None:
    """Search for a name the batch did not resolve; accept only a page that is that person, by its
    title or one of its own names."""
    results = await _search(wiki, name, waiting, pool, person=True)
    best = max(results, key=lambda d: name_match(name, d)[0], default=None)
    own = best if best is not None and name_match(name, best)[0] >= 90 and is_person_doc(best) else None
    # pages that name the person (an office's infobox naming its commander) speak about them too
    mentions = [d for d in results if d is not own and _mentions(d, name)]
    for claim in waiting:
        if own is not None:
            update = {"link_reason": f"{own.link_reason}; {name_match(name, own)[1]}"}
            pool.add(claim.id, own.model_copy(update=update), entity=True)
        else:
            tried = ", ".join(repr(d.title) for d in results[:3]) or "nothing"
            pool.note(claim.id, f"no {wiki.name} page found for '{name}' (search gave {tried})")
        for doc in mentions:
            pool.add(claim.id, doc.model_copy(update={"link_reason": doc.link_reason + f"; it names {name}"}))


def _mentions(doc: Document, name: str) -> bool:
    """Whether the page names the person, in its text or an infobox row ('Radmila Šekerinska': `find_person`
    reads accented capitals itself)."""
    return any(find_person(name, text) for text in [doc.text, *(f.value for f in doc.infobox)])


async def _link_event(
    wiki: WikipediaSource, event: str, waiting: list[Claim], pool: EvidencePool, country: str | None = None
) -> None:
    """Search for an event ('war in Ukraine'); keep the top pages whose titles share its words. In an
    article about one country, a page whose title names another country's event ('2024 Indonesian
    general election' for a British 'general election') is another event, not this one."""
    results = await _search(wiki, event, waiting, pool)
    words = set(re.findall(r"[a-z]{4,}", event.lower()))
    relevant = [d for d in results if any(w[:5] in d.title.lower() for w in words) and not _elsewhere(d.title, country)]
    for claim in waiting:
        for doc in relevant[:3]:
            pool.add(claim.id, doc, entity=True)
        if not relevant:
            pool.note(claim.id, f"search for '{event}' found no page about that event")


async def _link_holders(wiki: WikipediaSource, office: str, waiting: list[Claim], pool: EvidencePool) -> None:
    """An office page that does not name its holder: search the office, keep the biographies found,
    so that whoever says they hold it now can speak (a later holder contradicts an earlier one)."""
    results = await _search(wiki, office, waiting, pool)
    for claim in waiting:
        for doc in results:
            if doc.title != office and is_person_doc(doc):
                pool.add(claim.id, doc.model_copy(update={"link_reason": doc.link_reason + f"; may hold '{office}'"}))
