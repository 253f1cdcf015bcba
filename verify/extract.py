"""Claim extraction: turn an article into checkable claims with structured fields.

Rules are general English news patterns (pre-nominal titles, appositives, "has lasted for N
years", "all 32 allied leaders", quoted phrases), applied sentence by sentence. Vague and opinion
sentences yield nothing because no pattern fires on them; a fact stated twice yields one claim.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from verify import aliases
from verify.models import Article, Claim, ClaimKind
from verify.text import Sentence, split_sentences

_NAT_FORMS = sorted(
    [
        "U.S.",
        "US",
        "American",
        "Russian",
        "Ukrainian",
        "British",
        "French",
        "German",
        "Italian",
        "Polish",
        "Canadian",
        "Turkish",
        "Chinese",
        "Belarusian",
        "Swedish",
        "Finnish",
        "Dutch",
        "U.K.",
    ],
    key=len,
    reverse=True,
)
NAT = "(?:" + "|".join(re.escape(f) for f in _NAT_FORMS) + ")"
_RANK_FORMS = sorted(
    {
        f
        for f in [
            "General",
            "Gen.",
            "Lt. Gen.",
            "Lieutenant General",
            "Maj. Gen.",
            "Major General",
            "Brig. Gen.",
            "Admiral",
            "Adm.",
            "Vice Adm.",
            "Rear Adm.",
            "Vice Admiral",
            "Rear Admiral",
            "Colonel",
            "Col.",
            "Lt. Col.",
            "Major",
            "Maj.",
            "Captain",
            "Capt.",
            "Field Marshal",
        ]
    },
    key=len,
    reverse=True,
)
RANK = "(?:" + "|".join(re.escape(f) for f in _RANK_FORMS) + ")"
_WORD = r"[A-Z][a-zà-öø-ÿ'’\-]+"
NAME = rf"(?:{_WORD}|[A-Z]\.)(?:\s(?:{_WORD}|[A-Z]\.)){{0,3}}"
_HEADS = "|".join(re.escape(h) for h in sorted(aliases.OFFICE_HEADS, key=len, reverse=True))
OFFICE = rf"(?:[A-Z][\w.\-]*\s(?:(?:[A-Z][\w.\-]*|of|the|and)\s){{0,5}}?)??(?:{_HEADS})"
# A role phrase runs to the next clause break; the full stops of "U.S." do not end it.
ROLE = r"(?:[^,;.]|(?<=\b[A-Z])\.)+"

# Words that start a capitalised run but are not part of a person's name.
NOT_NAME = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "in",
        "on",
        "at",
        "for",
        "to",
        "by",
        "with",
        "from",
        "as",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "we",
        "our",
        "nato",
        "eu",
        "un",
        "command",
        "staff",
        "council",
        "committee",
        "department",
        "ministry",
        "office",
        "army",
        "navy",
        "air",
        "force",
        "forces",
        "marine",
        "corps",
        "alliance",
        "government",
        "parliament",
        "senate",
        "congress",
        "house",
        "white",
        "european",
        "union",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "kyiv",
        "moscow",
        "washington",
        "brussels",
        "ukraine",
        "russia",
        "europe",
        "america",
        "alaska",
    ]
)

PRENOMINAL = re.compile(rf"(?:(?P<nat>{NAT})\s+)?(?P<office>{OFFICE})\s+(?:(?P<rank>{RANK})\s+)?(?P<name>{NAME})")
RANK_ONLY = re.compile(rf"(?:(?P<nat>{NAT})\s+)?(?P<rank>{RANK})\s+(?P<name>{NAME})")
APPOSITIVE_WHO = re.compile(
    rf"(?P<name>{NAME}),\s+who\s+(?:also\s+|currently\s+|now\s+)?"
    rf"(?:serves|served|is|was|has served|has been|had been)\s+as\s+(?:the\s+)?(?P<role>{ROLE})"
)
_OWNERS = "|".join(
    re.escape(c)
    for c in sorted(
        {
            "NATO",
            "Russia",
            "Ukraine",
            "America",
            "Britain",
            "France",
            "Germany",
            "Italy",
            "Poland",
            "Canada",
            "Turkey",
            "China",
            "the United States",
            "the U.S.",
            "the EU",
        },
        key=len,
        reverse=True,
    )
)
APPOSITIVE_NP = re.compile(
    rf"(?P<name>{NAME}),\s+(?:(?P<owner>{_OWNERS}|{NAT})['’]s\s+|the\s+)(?P<role>[a-z][a-z\s\-]+?),"
)
PREDICATE_HEADS = re.compile(
    rf"(?P<name>{NAME})\s+(?:(?:also|now|currently)\s+)?(?P<verb>heads|leads|commands|chairs|directs)\s+"
    rf"(?P<org>(?:the\s+)?(?:{NAT}\s+)?(?:[A-Z][\w.\-]*\s?)+)"
)
PREDICATE_NAMED = re.compile(
    rf"(?P<name>{NAME})\s+(?:was|has been|had been)\s+(?:named|appointed|confirmed|sworn in)\s+as\s+"
    rf"(?:the\s+)?(?P<role>{ROLE})"
)
DURATION = re.compile(
    rf"(?P<subject>the\s+(?:war|conflict|invasion|fighting|occupation)(?:\s+in\s+[A-Z]\w+)?)\s+"
    rf"(?:has|had)\s+(?:lasted|raged|gone on|been going on|continued|dragged on)\s+(?:for\s+)?"
    rf"(?P<approx>more than\s+|nearly\s+|almost\s+|about\s+|over\s+)?"
    rf"(?P<num>\d+|{aliases.NUMBER_WORD_PATTERN})\s+(?P<unit>years?|months?|weeks?|days?)",
    re.IGNORECASE,
)
DURATION_ADJ = re.compile(
    rf"(?P<num>\d+|{aliases.NUMBER_WORD_PATTERN})-(?P<unit>year|month|week|day)(?:-old)?\s+"
    rf"(?P<subject>war|conflict|invasion)",
    re.IGNORECASE,
)
QUANTITY = re.compile(
    rf"(?<![\w.,])(?P<approx>(?:all|some|more than|over|nearly|about|around|at least|almost)\s+)?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{aliases.NUMBER_WORD_PATTERN})"
    rf"(?:\s+(?P<scale>thousand|million|billion))?(?P<pct>%|\s+percent)?\s+"
    rf"(?P<noun>(?:[a-z][a-z\-]*\s+){{0,3}}?[a-z][a-z\-]*s)\b",
    re.IGNORECASE,
)
QUOTE = re.compile(r"(?:‘(?P<q1>[^‘’]{3,300}?)’(?!\w)|“(?P<q2>[^“”]{3,300})”|(?<!\w)\"(?P<q3>[^\"]{3,300})\")")
QUOTE_SPEAKER = re.compile(
    r"(?P<speaker>(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,3}(?:[A-Za-z]+\s+)?(?:officials|leaders|chiefs|"
    r"spokesman|spokeswoman|minister|president|allies|[A-Z][a-z]+))\s+(?:also\s+)?(?:have\s+|has\s+)?"
    r"(?:said|says|reiterated|stressed|called|warned|vowed|described|told|added|urged|pledged)",
)
MEETING = re.compile(rf"(?P<a>{NAME})\s+(?:met|met with|hosted|visited)\s+(?P<b>{NAME})(?:\s+in\s+(?P<place>{NAME}))?")
TIME_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hours", "minutes"}


@dataclass
class _Context:
    """What the article has said so far: full names for coreference, organisations for context."""

    full_names: dict[str, str] = field(default_factory=dict)
    organisations: list[str] = field(default_factory=list)

    def resolve(self, name: str) -> str:
        """A full name for a mention: 'Grynkewich' -> 'Alexus Grynkewich' after the first mention; a
        title-case run that starts with a known name ('Vladimir Putin Meets Envoy') is that name."""
        name = re.sub(r"['’]s$", "", name.strip())
        tokens = name.split()
        for k in range(len(tokens) - 1, 1, -1):
            prefix = " ".join(tokens[:k])
            if prefix in self.full_names.values():
                return prefix
        if len(tokens) >= 2:
            self.full_names.setdefault(tokens[-1].lower(), name)
            return name
        return self.full_names.get(name.lower(), name)


def claim_id(kind: str, subject: str, relation: str, value: str | None) -> str:
    """A stable id from the normalised claim: re-extraction keeps ids, so reviewer decisions stick."""
    key = "|".join(aliases.fold(x or "") for x in (kind, subject, relation, value))
    return "c" + hashlib.sha1(key.encode()).hexdigest()[:7]


def _clean_name(name: str) -> str | None:
    tokens = name.split()
    while tokens and tokens[0].lower().strip(".") in NOT_NAME:
        tokens.pop(0)
    while tokens and tokens[-1].lower().strip(".") in NOT_NAME:
        tokens.pop()
    if not tokens or any(t.lower() in NOT_NAME for t in tokens) or re.fullmatch(r"[A-Z]\.", tokens[-1]):
        return None
    return " ".join(tokens)


def _office_phrase(office: str) -> str:
    """'Joint Chiefs of Staff Chairman' -> 'Chairman of the Joint Chiefs of Staff'; 'head of X' kept."""
    office = " ".join(office.split())
    for head in sorted(aliases.OFFICE_HEADS, key=len, reverse=True):
        if office.endswith(" " + head) and office != head:
            org = office[: -len(head)].strip()
            if org.lower().endswith(" of") or org.lower() in {"foreign", "defense", "defence", "prime"}:
                return office
            return f"{head} of {org}" if org.isupper() else f"{head} of the {org}"
    return office


class _Extractor:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.ctx = _Context()
        self.claims: list[Claim] = []
        self.seen: set[str] = set()
        stripped = article.text.lstrip()
        first_line = stripped.splitlines()[0] if stripped else ""
        self.headline_end = len(article.text) - len(stripped) + len(first_line)

    def add(
        self,
        sent: Sentence,
        start: int,
        end: int,
        kind: ClaimKind,
        subject: str,
        relation: str,
        value: str | None = None,
        **fields: object,
    ) -> None:
        cid = claim_id(kind, subject, relation, value)
        if cid in self.seen:
            return
        self.seen.add(cid)
        self.claims.append(
            Claim(
                id=cid,
                kind=kind,
                text=self.article.text[start:end],
                sentence=sent.text,
                span=(start, end),
                subject=subject,
                relation=relation,
                value=value,
                **fields,  # type: ignore[arg-type]
            )
        )

    def run(self) -> list[Claim]:
        sentences = split_sentences(self.article.text)
        body = [s for s in sentences if s.start >= self.headline_end] or sentences
        headline = [s for s in sentences if s.start < self.headline_end]
        for org, forms in aliases.ORGANISATION_ALIASES.items():
            if any(re.search(rf"\b{re.escape(f)}\b", self.article.text, re.IGNORECASE) for f in forms[:2]):
                self.ctx.organisations.append(org)
        # The body first, so a fact the headline repeats points at its body sentence.
        for sent in body + headline:
            self.sentence(sent)
        return sorted(self.claims, key=lambda c: c.span)

    def sentence(self, sent: Sentence) -> None:
        taken: list[tuple[int, int]] = []
        self.roles(sent, taken)
        self.durations(sent, taken)
        self.quantities(sent, taken)
        self.quotes(sent)
        self.meetings(sent)

    def roles(self, sent: Sentence, taken: list[tuple[int, int]]) -> None:
        s, base = sent.text, sent.start
        for m in PRENOMINAL.finditer(s):
            name = _clean_name(m["name"])
            office = m["office"]
            if not name:
                continue
            # The office run may have swallowed a leading capitalised word that is not a title word.
            office = " ".join(office.split())
            full = self.ctx.resolve(name)
            taken.append((m.start(), m.end()))
            if office.lower() in aliases.RANKS:
                self.add(
                    sent,
                    base + m.start(),
                    base + m.end(),
                    "role",
                    full,
                    "rank",
                    aliases.canonical_rank(office),
                    nationality=m["nat"],
                    rank=office,
                )
                continue
            self.add(
                sent,
                base + m.start(),
                base + m.end(),
                "role",
                full,
                "holds office",
                _office_phrase(office),
                nationality=m["nat"],
                rank=m["rank"],
            )
        for m in RANK_ONLY.finditer(s):
            if any(a <= m.start() < b for a, b in taken):
                continue
            name = _clean_name(m["name"])
            if name:
                full = self.ctx.resolve(name)
                self.add(
                    sent,
                    base + m.start(),
                    base + m.end(),
                    "role",
                    full,
                    "rank",
                    aliases.canonical_rank(m["rank"]),
                    nationality=m["nat"],
                    rank=m["rank"],
                )
        for pattern in (APPOSITIVE_WHO, PREDICATE_NAMED):
            for m in pattern.finditer(s):
                name = _clean_name(m["name"].split(",")[0])
                if name:
                    role = " ".join(m["role"].split())
                    role = re.sub(r"\s+in the discussion$", "", role)
                    self.add(
                        sent,
                        base + m.start("name"),
                        base + m.end("role"),
                        "role",
                        self.ctx.resolve(name),
                        "holds office",
                        role,
                    )
        for m in APPOSITIVE_NP.finditer(s):
            name = _clean_name(m["name"])
            if name:
                owner = (m["owner"] or "").removeprefix("the ")
                role = " ".join(m["role"].split())
                country = owner if aliases.country_of(owner) else None
                if owner and not country:
                    role = f"{role} of {owner}"  # "NATO's secretary general" -> "secretary general of NATO"
                self.add(
                    sent,
                    base + m.start(),
                    base + m.end("role"),
                    "role",
                    self.ctx.resolve(name),
                    "holds office",
                    role,
                    nationality=country,
                )
        for m in PREDICATE_HEADS.finditer(s):
            name = _clean_name(m["name"])
            if name:
                org = " ".join(m["org"].split()).removeprefix("the ")
                self.add(
                    sent,
                    base + m.start(),
                    base + m.end("org"),
                    "role",
                    self.ctx.resolve(name),
                    "holds office",
                    f"head of {org}",
                )

    def durations(self, sent: Sentence, taken: list[tuple[int, int]]) -> None:
        for pattern in (DURATION, DURATION_ADJ):
            for m in pattern.finditer(sent.text):
                number = aliases.parse_number(m["num"])
                unit = m["unit"].lower().rstrip("s") + "s"
                event = self.event_context()
                taken.append((m.start("num"), m.end("unit")))
                self.add(
                    sent,
                    sent.start + m.start(),
                    sent.start + m.end(),
                    "duration",
                    event or m["subject"],
                    "has lasted",
                    f"{m['num']} {unit}",
                    number=number,
                    unit=unit,
                    context=event,
                )

    def event_context(self) -> str | None:
        """The named conflict the article is about ('the war' -> 'war in Ukraine')."""
        m = re.search(r"\b(?:war|conflict|invasion|fighting)\s+(?:in|of|on)\s+(?P<place>[A-Z]\w+)", self.article.text)
        if m:
            return f"war in {m['place']}"
        m = re.search(r"\b(?P<adj>Russo-Ukrainian|Russian invasion of Ukraine)\b", self.article.text)
        return m.group(0) if m else None

    def quantities(self, sent: Sentence, taken: list[tuple[int, int]]) -> None:
        for m in QUANTITY.finditer(sent.text):
            if any(a <= m.start("num") < b for a, b in taken):
                continue
            raw = m["num"]
            if re.fullmatch(r"(1[89]|20)\d\d", raw):  # a year, not a count
                continue
            noun = m["noun"].lower()
            if noun.split()[-1] in TIME_UNITS or noun.split()[0] in {"of", "and", "or", "to", "in", "per"}:
                continue
            number = aliases.parse_number(raw + (f" {m['scale']}" if m["scale"] else ""))
            if number is None:
                continue
            unit = "percent" if m["pct"] else noun
            context = self.ctx.organisations[0] if self.ctx.organisations else None
            self.add(
                sent,
                sent.start + m.start(),
                sent.start + m.end(),
                "quantity",
                context or noun,
                "count",
                str(int(number) if number.is_integer() else number),
                number=number,
                unit=unit,
                context=context,
            )

    def quotes(self, sent: Sentence) -> None:
        for m in QUOTE.finditer(sent.text):
            quote = (m["q1"] or m["q2"] or m["q3"]).strip().rstrip(",.")
            if len(quote.split()) < 2:
                continue
            before = sent.text[: m.start()]
            speakers = list(QUOTE_SPEAKER.finditer(before))
            speaker = (
                " ".join(speakers[-1]["speaker"].split()).removeprefix("The ").removeprefix("the ")
                if speakers
                else "unattributed"
            )
            self.add(sent, sent.start + m.start(), sent.start + m.end(), "quote", speaker, "said", quote)

    def meetings(self, sent: Sentence) -> None:
        for m in MEETING.finditer(sent.text):
            a, b = _clean_name(m["a"]), _clean_name(m["b"])
            if a and b:
                value = self.ctx.resolve(b) + (f" in {m['place']}" if m["place"] else "")
                self.add(
                    sent, sent.start + m.start(), sent.start + m.end(), "relation", self.ctx.resolve(a), "met", value
                )


def extract_claims(article: Article) -> list[Claim]:
    """All checkable claims of `article`, in reading order, one per fact."""
    return _Extractor(article).run()
