"""The English news patterns claim extraction looks for, as compiled regular expressions.

Building blocks: NAT (nationality words), RANK (military ranks), NAME (a run of capitalised
words or initials), OFFICE (a capitalised title ending in a head noun such as President,
Minister, Chairman), ROLE (a lower-case role phrase up to the next clause break).

Specific shapes come first; the general role grammar (ROLE_PHRASE: modifiers, a head noun from
ROLE_NOUNS, an optional "of/for/to <Organisation>") then reads the same kind of phrase next to a
name in any of the usual positions. Each pattern becomes a rule (with its cheap trigger) in
its kind's folder, `verify/kinds/<kind>/extract.py`; a sentence runs only the rules its words can wake.
"""

from __future__ import annotations

from verify import aliases, lexicons
from verify.extract import lazy_re as re  # compiled on first use: see lazy_re
from verify.extract.rules import Capitalised


def _alternation(forms: list[str]) -> str:
    """One regular expression for a list of words, as a prefix tree: 'chief', 'chief executive' and
    'chairman' share their first letters, so the engine tests each letter once instead of each word
    in turn. Longer forms are preferred, as in a longest-first alternation."""
    trie: dict = {}
    for form in set(forms):
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    return f"(?:{_trie_pattern(trie)})"


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


NAT = _alternation(aliases.NATIONALITIES)
COUNTRY = _alternation(aliases.country_names())
_DOTTED = r"(?:[A-Z]\.){2,3}"  # a dotted abbreviation before a name: "U.S. European Command", "U.K. Ministry"
RANK = _alternation(aliases.RANK_FORMS)
SERVICE = r"(?:Air Force|Army|Navy|Marine Corps|Space Force|Coast Guard)"
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽȘȚ"  # Latin capitals, with the accented ones of European names (Romanian Ș, Ț too)
_LOWER_LETTERS = "a-zß-öø-ÿā-ɏ'’"
# Lower-case after the capital ("NATO" is no name); hyphenated parts may be capitalised: "Kosiniak-Kamysz".
_WORD = (  # "McCain", "O'Brien", "LaCamera", "DeSantis" carry a capital inside
    rf"(?:(?:Mc|Mac|O['’]|D['’]|La|Le|De|Di|Du|Van)(?=[{_UPPER}]))?[{_UPPER}][{_LOWER_LETTERS}\-]*[{_LOWER_LETTERS}]"
    rf"(?:-[{_UPPER}][{_LOWER_LETTERS}]+)*"
)
_PARTICLE_NEXT = rf"[{_UPPER}]|(?:der|den|la|le|los)\s[{_UPPER}]"
# Ranks and titles start a title, not a name: "Lieutenant General John Smith" names John Smith.
_NOT_A_NAME_START = (
    r"(?!(?:Gen|Adm|Lt|Col|Maj|Capt|Brig|Vice|Rear|Sgt|Staff|Command|Committee|Lieutenant|General|Admiral|"
    r"Colonel|Major|Captain|Sergeant|Brigadier|Commodore|Marshal|President|Minister|Secretary|Chancellor|Senator|"
    r"Governor|Ambassador)\b)"
)
# Lower-case particles inside a name, each followed by a capitalised word: "Ursula von der Leyen",
# "Ahmed al-Sharaa", "Luiz Inácio Lula da Silva".
_PARTICLE = rf"(?:von|van|der|den|de|da|di|du|del|della|dos|das|la|le|bin|ibn|ter|ten)(?=\s(?:{_PARTICLE_NEXT}))"
_INITIALS = rf"[{_UPPER}]\.(?:[{_UPPER}]\.){{0,2}}"  # "G.", "J.T."
_NAME_PART = rf"(?:{_WORD}|{_INITIALS}|(?:al|el)-{_WORD}|{_PARTICLE})"
NAME = (  # "JD Vance": two capitals without full stops may open a name before a capitalised word
    rf"(?=[{_UPPER}])(?<![\w'’]){_NOT_A_NAME_START}(?:{_WORD}|{_INITIALS}|[A-Z]{{2}}(?=\s{_WORD}))(?:\s{_NAME_PART}){{0,4}}+\b"
)
NAME_RE = re.compile(NAME)
# A U.S. politician's party and state after the name: "R-Miss.", "D-N.Y."
_PARTY_TAG = r"\(?[RDI]-[A-Z][\w.]*\)?"
# What a person leads: a capitalised body, or a described one ("the federal government's crisis unit").
_BODY_WORD = r"(?!(?:since|from|until|in|on|at|for|and|with|by|to|of|as|when|while|after|before)\b)"
_LED_BODY = (  # "the federal government's crisis unit", "its human rights committee"
    rf"(?:(?:the\s+)?(?:[a-z\-]+\s+){{0,2}}[a-z\-]+['’]s|its|his|her|their)\s+"
    rf"(?:{_BODY_WORD}[\w\-]+\s+){{0,3}}{_BODY_WORD}[\w\-]*[a-z]"
)
PRONOUN = r"\b(?:He|She|he|she)\b"
PERSON = rf"(?:{NAME}|{PRONOUN})"
DESCRIBED = (
    rf"(?:The|the)\s+(?:(?P<dnat>{NAT})\s+)?(?P<dword>admiral|general|minister|president|diplomat|envoy|chancellor)"
)
_HEADS = "|".join(re.escape(h) for h in sorted(aliases.OFFICE_HEADS, key=len, reverse=True))
# a capitalised qualifier joined to the head by a hyphen stays with it ("Vice-President", not "President")
_JOINED = r"(?:[A-Z][a-z]+-)?"
OFFICE = rf"(?:[A-Z][\w.\-]*\s(?:(?:[A-Z][\w.\-]*|of|the|and)\s){{0,5}}?)??{_JOINED}(?:{_HEADS})"
# "Chairman of the Joint Chiefs of Staff", "Secretary of State": the head first, then "of ...".
# A capitalised qualifier before it makes another post and stays with it ("Deputy Chief of the General Staff",
# "First Deputy Chief of ..."): read without it, the holder's deputy post would be checked as the head's own.
_QUALIFIERS = "|".join(m.title() for m in lexicons.load("titles")["modifiers"])
_QUALIFIED = rf"(?:(?:First\s+)?(?:{_QUALIFIERS})\s+)?"
OFFICE_OF = (
    rf"{_QUALIFIED}{_JOINED}(?:{_HEADS})\s+of\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+(?:[A-Z][\w.\-]*|of|and|the|for))*?"
)
# The same, taking every capitalised word that follows (no name comes after it to stop at).
OFFICE_OF_WHOLE = rf"(?:{_HEADS})\s+of\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.\-]*)*"
# Titles abbreviated before a name, in American news style: "Sen. Roger Wicker", "Gov. Kathy Hochul".
TITLE_ABBREVIATIONS = {
    "Sen.": "Senator",
    "Rep.": "Representative",
    "Gov.": "Governor",
    "Lt. Gov.": "Lieutenant Governor",
    "Amb.": "Ambassador",
    "Pres.": "President",
    "Supt.": "Superintendent",
    "Atty. Gen.": "Attorney General",
}
ABBREVIATED_TITLE = re.compile(
    rf"(?<![\w.])(?P<title>{_alternation(list(TITLE_ABBREVIATIONS))})\s+(?P<name>{NAME})"
    rf"(?:,?\s+\(?(?P<party>[RDI])-(?P<state>[A-Z][\w.]*?)\)?(?=[,.;\s]))?"
)
# An appositive between a subject and its verb: "George, a former commander of the division, has led".
_APPOSITIVE_GAP = r",\s+(?:a|an|the|who|which|whose|[A-Z][\w.’']*['’]s)\s+[^,;()]{1,80},"
# A role phrase runs to the next clause break; the full stops of "U.S." do not end it.
ROLE = r"(?:[^,;.()]|(?<=\b[A-Z])\.)+"
LOWER_TITLES = _alternation(
    [
        "special envoy",
        "envoy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "national security adviser",
        "adviser",
        "advisor",
        "ambassador",
        "press secretary",
        "chief of staff",
    ]
)
PROFESSIONS = _alternation(
    [
        "economist",
        "diplomat",
        "lawyer",
        "journalist",
        "banker",
        "businessman",
        "businesswoman",
        "actor",
        "comedian",
        "physician",
        "engineer",
        "historian",
        "professor",
        "pilot",
        "entrepreneur",
        "politician",
        "official",
    ]
)
# The head nouns of a role phrase: what a person is or was (see the general role grammar below).
ROLE_NOUNS = [
    "president", "vice president", "president-elect", "prime minister", "premier", "minister", "secretary",
    "secretary general", "secretary-general", "undersecretary", "under secretary", "chairman", "chairwoman",
    "chair", "chancellor", "commander", "commander-in-chief", "chief", "chief executive", "chief executive officer",
    "head", "leader", "director", "director-general", "director general", "spokesman", "spokeswoman",
    "spokesperson", "ambassador", "envoy", "adviser", "advisor", "senator", "representative", "congressman",
    "congresswoman", "lawmaker", "legislator", "governor", "mayor", "king", "queen", "speaker",
    "attorney general", "prosecutor", "judge", "justice", "commissioner", "ombudsman", "inspector general",
    "administrator", "deputy", "officer", "official", "general", "admiral", "colonel", "host", "anchor",
    "presenter", "correspondent", "editor", "editor-in-chief", "columnist", "founder", "co-founder", "owner",
    "executive", "chief operating officer", "CEO", "monarch", "diplomat", "negotiator", "economist",
    "professor", "commandant", "superintendent", "manager", "coordinator", "lawyer", "attorney", "counsel",
    "member", "MP", "MEP", "deputy prime minister", "foreign minister", "defence minister", "defense minister",
    "defense secretary", "defence secretary", "chief of staff", "chief of defence", "chief of defense",
    "national security adviser", "press secretary", "auditor", "treasurer", "comptroller", "registrar",
    "rector", "dean", "president and chief executive", "member of parliament", "member of Congress",
    "captain", "skipper", "commanding officer", "soldier", "sailor", "airman", "marine", "officer",
    "fellow", "research fellow", "senior fellow", "analyst", "researcher", "scholar", "instructor", "trainer",
    "coach", "teacher",
    "ranking member", "top Democrat", "top Republican", "senior Democrat", "senior Republican",
    "mathematician", "physicist", "scientist", "chemist", "biologist", "historian", "journalist", "engineer",
    "physician", "doctor", "surgeon", "businessman", "businesswoman", "entrepreneur", "banker", "investor",
    "activist", "novelist", "writer", "author", "actor", "actress", "comedian", "pilot", "politician",
]  # fmt: skip
_ROLE_NOUN = _alternation(ROLE_NOUNS)
# The same nouns as titles too ("Chairman of ..."): spelled out, because a case-blind match is slow.
_ROLE_TITLE = _alternation(
    [*ROLE_NOUNS, *(n[:1].upper() + n[1:] for n in ROLE_NOUNS), *(n.title() for n in ROLE_NOUNS)]
)
# The first word of a number in words ("thirty-two", "a dozen"): a cheap test before the full parse.
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{aliases.NUMBER_WORD_PATTERN})"
_MONTH_NAMES = [*(m.title() for m in aliases.FULL_MONTHS), *(rf"{m.title()}\." for m in aliases.MONTH_ABBREVIATIONS)]
_MONTH = "(?:" + "|".join(_MONTH_NAMES) + ")"  # "January" ... "Dec.", from the dates lexicon
DATE = rf"(?:\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},\s+\d{{4}}|{_MONTH}\s+\d{{4}})"
_WEEKDAY_NAME = "(?:" + "|".join(d.title() for d in aliases.WEEKDAYS) + ")"
_WEEKDAY = rf"(?:{_WEEKDAY_NAME},?\s+)"
_NOT_FOLLOWED_BY_OF = r"(?!\s+of\b)"

PRENOMINAL = re.compile(
    rf"(?=[A-Z])(?<![\w.])(?:(?P<nat>{NAT})\s+)?(?P<office>{OFFICE})\s+(?:(?P<rank>{RANK})\s+)?(?P<name>{NAME}){_NOT_FOLLOWED_BY_OF}"
)
PRENOMINAL_OF = re.compile(
    rf"(?=[A-Z])(?<![\w.])(?:(?P<nat>{NAT})\s+)?(?P<office>{OFFICE_OF})\s+(?:(?P<rank>{RANK})\s+)?(?P<name>{NAME}){_NOT_FOLLOWED_BY_OF}"
)
LOWER_TITLE = re.compile(rf"(?<![\w])(?P<office>{LOWER_TITLES})\s+(?:(?P<rank>{RANK})\s+)?(?P<name>{NAME})")
# "the government named Lieutenant General Janne Jaakkola as the country's next Chief of Defence"
OBJECT_AS = re.compile(
    rf"\b(?P<verb>named|appointed|nominated|picked|chose|selected)\s+(?:(?P<nat>{NAT})\s+)?(?:(?P<rank>{RANK})\s+)?"
    rf"(?P<name>{NAME})(?:,\s+[^,;]{{1,60}},)?\s+as\s+(?:the\s+|its\s+|his\s+|her\s+|[\w’']+['’]s\s+)?"
    rf"(?:next\s+|new\s+|first\s+)?"
    rf"(?P<role>{ROLE})"
)
# "Brigadier General Adam Jones, commander of the 86th Airlift Wing,": a role without an article.
APPOSITIVE_BARE = re.compile(
    rf"(?P<name>{NAME}),\s+(?P<role>(?:deputy\s+|acting\s+|vice\s+)?(?:commander|head|chief|director|chairman|chair|"
    rf"leader|secretary|spokesman|spokeswoman|president|minister|ambassador|envoy)\s+(?:of|to|for)\s+(?:the\s+)?"
    rf"(?:\d+(?:st|nd|rd|th)\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*),"
)
# "General Dagvin Anderson took command of U.S. Africa Command"
TOOK_COMMAND = re.compile(
    rf"(?P<name>{PERSON})\s+(?:(?:has|had|formally|officially)\s+)?(?P<verb>took|assumed|takes|assumes|will take)\s+"
    rf"(?:command|control|charge|the helm|leadership)\s+of\s+(?P<org>(?:the\s+)?(?:{NAT}\s+)?[A-Z][\w.\-]*"
    rf"(?:\s+(?:[A-Z][\w.\-]*|of|the|and))*)"
)
# "Brigadier General Christoph Huber, its commander."
APPOSITIVE_ITS = re.compile(rf"(?P<name>{NAME}),\s+(?:its|their)\s+(?P<role>(?:[a-z\-]+\s+){{0,2}}[a-z\-]+)[,.]")
DURATION_SENTENCE = re.compile(
    rf"\b(?P<verb>faces|faced|(?:was|were) sentenced(?:\s+on\s+{_WEEKDAY}?{DATE}|\s+in\s+{DATE})?\s+to|received|got)"
    rf"\s+(?P<approx>up to\s+|at least\s+)?"
    rf"(?P<num>\d+|{aliases.NUMBER_WORD_PATTERN})\s+(?P<unit>years|months)\s+(?:in prison|in jail|behind bars)"
)
# "... took command of U.S. Forces Korea, succeeding Gen. Paul LaCamera": the predecessor held the office.
SUCCEEDING = re.compile(rf",\s+(?P<verb>succeeding|replacing)\s+(?:(?P<rank>{RANK})\s+)?(?P<name>{NAME})")
# "Rutte, who took over from Jens Stoltenberg in October 2024": the predecessor held the subject's office.
TOOK_OVER_FROM = re.compile(
    rf"\b(?P<verb>took over from|succeeded|replaced)\s+(?:(?P<rank>{RANK})\s+)?(?P<name>{NAME})(?!\s+as\b)"
)
# "General Christopher Cavoli, then Supreme Allied Commander Europe,"; at a sentence's end too ("... to succeed
# Leo Varadkar, the Taoiseach.")
APPOSITIVE_TITLE = re.compile(
    rf"(?P<name>{NAME}),\s+(?P<when>then\s+|now\s+|formerly\s+|currently\s+)?(?:the\s+)?"
    rf"(?P<role>{OFFICE_OF_WHOLE}|{OFFICE}(?:\s+[A-Z][a-z]+)?)(?:,|\.(?=\s|$))"
)
ORDINAL_MEMBER = re.compile(
    r"(?<![\w.])(?P<num>\d+)(?:st|nd|rd|th)\s+(?P<noun>member state|member country|member|ally)\b"
)
RANK_ONLY = re.compile(
    rf"(?=[A-Z])(?<![\w.])(?:(?P<nat>{NAT})\s+)?(?:{SERVICE}\s+)?(?P<rank>{RANK})\s+(?P<name>{NAME})"
)
APPOSITIVE_WHO = re.compile(
    rf"(?P<name>{NAME}),\s+(?:(?:an?|the)\s+(?:[\w’'\-]+\s+){{0,3}}?[a-z]+\s+)?who\s+(?:also\s+|currently\s+|now\s+|previously\s+)?"
    rf"(?P<verb>serves|served|is|was|has served|has been|had been)\s+as\s+(?:the\s+)?(?P<role>{ROLE})"
)
APPOSITIVE_WHO_LED = re.compile(
    rf"(?:(?P<name>{NAME})|{DESCRIBED}),\s+(?:{_PARTY_TAG},\s+)?(?:(?:an?|the)\s+(?:[\w’'\-]+\s+){{0,3}}?[a-z]+\s+)?who\s+"
    rf"(?:also\s+|currently\s+|now\s+|previously\s+|once\s+)?(?P<verb>(?:has\s+|had\s+)?"
    rf"(?:led|leads|heads|headed|commanded|commands|chaired|chairs|ran|run|runs|directed|directs))\s+"
    rf"(?P<org>{_LED_BODY}|"  # "world football's governing body"
    rf"(?:the\s+)?(?:[a-z\-]+\s+){{0,3}}?(?:{NAT}\s+)?[A-Z][\w.’'\-]*(?:\s+(?:[A-Z][\w.’'\-]*|of|the|and))*|"
    rf"the\s+[a-z\-]+)"  # "the main opposition Democratic Party", or just "the company"
    rf"(?P<when>\s+(?:since|from|between|until)\s+\d{{4}}(?:\s+(?:to|and|-|–)\s+\d{{4}})?)?"
)
# Who may own a role in an appositive ("Ukraine's ambassador to NATO"): a country or an organisation.
_OWNER = _alternation([*aliases.country_names(), *aliases.ROLE_OWNERS])
APPOSITIVE_NP = re.compile(
    rf"(?P<name>{NAME}),\s+(?:(?P<owner>{_OWNER}|{NAT})['’]s\s+|the\s+(?P<body>[a-z]+)['’]s\s+|the\s+)"
    rf"(?P<role>[a-z][a-z\s\-]+?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*)?),"
)
APPOSITIVE_A = re.compile(
    rf"(?:(?P<name>{NAME})|{DESCRIBED}),\s+an?\s+(?P<former>former\s+|retired\s+|ex-)?(?:(?P<nat>{NAT})\s+)?"
    rf"(?P<role>(?:[a-z][a-z\-]*\s+){{0,3}}(?:{LOWER_TITLES}|minister|president|prime minister|secretary|general|"
    rf"admiral|chancellor|senator|governor|commander|chief|director|chairman|chair|servant|{PROFESSIONS})|"
    rf"{OFFICE_OF_WHOLE}|{OFFICE}(?:\s+[A-Z][a-z]+)?)[,.]"
)
PREDICATE_AS = re.compile(
    rf"(?P<name>{PERSON})(?:,\s+\d{{2}})?,?\s+(?:(?P<adv>also|previously|formerly|later|now|currently)\s+)?"
    rf"(?P<verb>served|serves|has served|had served|worked|works|was named|was appointed|was confirmed|"
    rf"was sworn in|took office|took over|became|has been named|has been appointed)"
    rf"(?:\s+on\s+{_WEEKDAY}?{DATE}|\s+in\s+{DATE})?\s+as\s+(?:the\s+)?(?P<role>{ROLE})"
)
# "Kosiniak-Kamysz, who is also deputy prime minister,": a copula and a lower-case role.
APPOSITIVE_WHO_IS = re.compile(
    rf"(?P<name>{NAME}),\s+who\s+(?P<verb>is|was)\s+(?:also\s+|now\s+|currently\s+)?(?:the\s+|a\s+|an\s+)?"
    rf"(?P<role>(?:[a-z][a-z\-]*\s+){{0,3}}(?:{LOWER_TITLES}|minister|president|secretary|chancellor|governor|"
    rf"commander|chief|director|chairman|chair|speaker|mayor|senator)(?:\s+of\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)?)"
    rf"(?=[,.;])"
)
# "who held the post from 2022 to 2025": the post is the office named just before.
HELD_THE_POST = re.compile(
    rf"(?P<name>{NAME}),\s+who\s+(?P<verb>(?:has\s+|had\s+)?held|holds)\s+the\s+(?:post|office|job|position|role)"
    rf"(?P<when>\s+(?:since|from)\s+\d{{4}}(?:\s+(?:to|until|-|–)\s+\d{{4}})?)?"
)
# "The current Supreme Allied Commander Europe is U.S. Air Force Gen. Alexus Grynkewich."
INVERTED_COPULA = re.compile(
    rf"(?:The|the)\s+(?:current\s+|new\s+|incumbent\s+)?(?P<role>{OFFICE_OF_WHOLE}|{OFFICE}(?:\s+[A-Z][a-z]+)?)\s+"
    rf"is\s+(?:(?P<nat>{NAT})\s+)?(?:{SERVICE}\s+)?(?:(?P<rank>{RANK})\s+)?(?P<name>{NAME})"
)
# "the Military Committee, chaired since January 2025 by Admiral Giuseppe Cavo Dragone of Italy"
PASSIVE_HEAD = re.compile(
    rf"(?P<org>(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*),\s+(?P<verb>chaired|led|headed|commanded|run)\s+"
    rf"(?:since\s+(?P<date>{DATE})\s+)?by\s+(?:(?P<nat>{NAT})\s+)?(?:(?P<rank>{RANK})\s+)?(?P<name>{NAME})"
)
HYPHEN_MEASURE = re.compile(
    rf"(?<![\w.])(?=[\w,.]+(?:\s+(?:million|billion))?-[a-zA-Z])(?P<num>\d[\d,]*(?:\.\d+)?|{aliases.NUMBER_WORD_PATTERN})"
    rf"(?:\s+(?P<scale>million|billion))?-(?P<unit>kilometre|kilometer|km|mile|metre|meter|"
    rf"tonne|ton|hectare)\b",
    re.IGNORECASE,
)
# "He was Chief of Staff of the Italian Navy from 2019 to 2021": a person, a copula, a capitalised title.
COPULA_TITLE = re.compile(
    rf"(?P<name>{PERSON})\s+(?P<verb>is|was|has been|had been)\s+(?:the\s+)?(?:(?P<nat>{NAT})\s+)?"
    rf"(?P<role>(?:{OFFICE_OF_WHOLE}|{OFFICE}))(?=[\s,.;]|$)"
)
# "... and then led Italy's armed forces as Chief of the Defence Staff": a title taken on later in the sentence.
AS_TITLE = re.compile(
    rf"\b(?:served|serving|led\s+[\w’'\s]{{1,40}}?|worked|acted)\s+as\s+(?:the\s+)?(?P<role>{OFFICE_OF_WHOLE}|{OFFICE})"
)
# "Ukraine's ambassador to NATO, Alyona Getmanchuk,": the role first, then the name.
REVERSE_APPOSITIVE = re.compile(
    rf"(?:(?P<owner>{_alternation(aliases.ROLE_FIRST_OWNERS)})['’]s\s+|"
    rf"(?<![\w,])(?:the\s+))(?P<role>(?:[a-z][a-z\-]*\s+){{0,2}}(?:{LOWER_TITLES}|minister|president|secretary|"
    rf"commander|chief|director)(?:\s+(?:to|of|for)\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)?),\s+"
    rf"(?P<name>{NAME}),"
)
TERM_LENGTH = re.compile(
    rf"\b(?:His|Her|The|the|his|her)\s+term(?:\s+(?:at|as)\s+[\w\s]+?)?\s+(?:runs|lasts|is|will last)\s+(?:for\s+)?"
    rf"(?P<num>\d+|{aliases.NUMBER_WORD_PATTERN})\s+(?P<unit>years)"
)
PREDICATE_HEADS = re.compile(
    rf"(?P<name>{PERSON})(?:,\s+\d{{2}},|{_APPOSITIVE_GAP}|\s+of\s+the\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,3}})?"
    rf"\s+(?:has\s+|had\s+)?"
    rf"(?:(?:also|now|currently|later|then|previously)\s+)?"
    rf"(?P<verb>heads|leads|commands|chairs|directs|headed|led|commanded|chaired|directed)\s+"
    rf"(?P<org>{_LED_BODY}|(?:the\s+)?(?:[a-z\-]+\s+){{0,2}}?(?:{NAT}\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w.\-]*\s?)+)"
)
# the approximations a length of time takes before its number ("more than two years"): numbers.toml `approximations`
_ABOUT_A_LENGTH = aliases.approximately("more than", "nearly", "almost", "about", "over")
DURATION = re.compile(
    rf"(?P<subject>the\s+(?:war|conflict|invasion|fighting|occupation)(?:\s+in\s+[A-Z]\w+)?)"
    rf"(?:\s+(?:between|against|with|over)\s+[^,;.]{{1,80}}?)?\s+"
    rf"(?:has|had)\s+(?:lasted|raged|gone on|been going on|continued|dragged on)\s+(?:for\s+)?"
    rf"(?P<approx>(?:{_ABOUT_A_LENGTH})\s+)?"
    rf"(?P<num>\d+|{aliases.NUMBER_WORD_PATTERN})\s+(?P<unit>years?|months?|weeks?|days?)",
    re.IGNORECASE,
)
DURATION_ADJ = re.compile(
    rf"(?<![\w.])(?=\w+-(?:year|month|week|day))(?P<num>\d+|{aliases.NUMBER_WORD_PATTERN})-"
    rf"(?P<unit>year|month|week|day|hour)(?:-old|-long)?\s+"
    rf"(?P<subject>war|conflict|invasion|(?:state\s+|official\s+)?visit|trip|tour|summit|ceasefire|truce|strike|"
    rf"exercise|mission|deployment|operation|conference|talks|freeze|ban|pause|siege|blockade|shutdown|plan|"
    rf"programme|program|contract|term|mandate|deal|agreement|lease|loan|sentence|journey|voyage)(?=s?\b)",
    re.IGNORECASE,
)  # the thing a whole word: 'a 61-year-old banker' is an age, no ban's length (review25 R8)
_MORE_OR_NEARLY = aliases.approximately("more than", "nearly", "almost")
DURATION_SERVICE = re.compile(
    rf"\bafter\s+(?P<approx>(?:{_MORE_OR_NEARLY})\s+)?(?P<num>\d+|{aliases.NUMBER_WORD_PATTERN})\s+"
    rf"(?P<unit>years)\s+(?P<what>in uniform|of service|in office|in the military|in the (?:army|navy|air force))",
    re.IGNORECASE,
)
# the approximations most counts take before their number ("more than 2,200", "at least 35")
_APPROXIMATELY = aliases.approximately("more than", "over", "nearly", "about", "around", "at least", "almost", "some")
# "killing more than 2,200 people and injuring about 3,600": a casualty count without its noun.
CASUALTIES = re.compile(
    r"\b(?P<verb>killing|injuring|wounding|killed|injured|wounded)\s+"
    rf"(?P<approx>(?:{_APPROXIMATELY})\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?!,?\d)(?=\s*(?:[,.;]|and\b|$))"
)
# Any other verb in the past tense: "briefed reporters on 22 June 2025". Adjectives that end in -ed
# ("allied", "armed") and nouns that do ("hundred") are not actions.
_NOT_AN_ACTION = _alternation(
    [
        "allied", "armed", "based", "united", "advanced", "detailed", "limited", "related", "unprecedented",
        "unexpected", "expected", "alleged", "so-called", "called", "armoured", "armored", "unmanned", "hundred",
        "need", "speed", "seed", "feed", "shed", "red", "bed", "breed", "proceed", "exceed", "succeed", "indeed",
        "embed", "naked", "wicked", "sacred", "scheduled", "planned", "proposed",
    ]
)  # fmt: skip
_IRREGULAR_PAST = _alternation(
    [
        "spoke", "told", "gave", "wrote", "left", "won", "lost", "made", "sent", "flew", "fought", "struck", "took",
        "came", "went", "saw", "rose", "fell", "broke", "built", "bought", "sold", "drove", "ran", "led", "began",
        "said", "sworn", "chosen", "given", "taken", "shown", "held", "met",
    ]
)  # fmt: skip
_PAST_TENSE = rf"(?!{_NOT_AN_ACTION}\b)(?:{_IRREGULAR_PAST}|[a-z]{{2,}}ed)"
# "24 of the 27 member states", "won 61 of 150 seats", "61 out of 150 seats": the part counts the whole's noun.
PART_OF = re.compile(
    rf"(?<![\w.,])(?P<num>\d+|{aliases.NUMBER_WORD_PATTERN})\s+(?:out\s+)?of\s+(?:(?P<det>the|its|their)\s+)?"
    rf"(?P<total>\d+|{aliases.NUMBER_WORD_PATTERN})\s+(?P<noun>(?:[a-z][a-z\-]*\s+){{0,2}}[a-z][a-z\-]*s)\b",
    re.IGNORECASE,
)
_NOT_AUX = r"(?!(?:would|will|could|should|is|was|has|had|may|might)\b)"
# "the deployment would last nine months", "the talks lasted three days"
DURATION_LAST = re.compile(
    rf"(?:(?P<subject>\b(?:the|a|an|its|their)\s+(?:{_NOT_AUX}[a-z\-]+\s+)?{_NOT_AUX}[a-z\-]+)\s+|\band\s+)"
    rf"(?:would\s+|will\s+|could\s+|is\s+expected\s+to\s+)?(?:last|lasts|lasted|took|takes|take)\s+(?:for\s+)?"
    rf"(?P<approx>(?:{_ABOUT_A_LENGTH}|{aliases.approximately('just', 'only')})\s+)?"
    rf"(?P<num>\d+|{aliases.NUMBER_WORD_PATTERN})\s+(?P<unit>years|months|weeks|days|hours|minutes)\b",
    re.IGNORECASE,
)
# "For 34 years, Ian Duff kept the light burning": the length first, then who.
DURATION_OPENING = re.compile(
    rf"^\s*For\s+(?P<approx>(?:{_ABOUT_A_LENGTH})\s+)?(?P<num>\d+|{aliases.NUMBER_WORD_PATTERN})\s+"
    rf"(?P<unit>years|months|weeks|days|decades),\s+"
)
# "the Constitutional Court, which has 180 days to rule": a time limit.
DEADLINE = re.compile(
    rf"\b(?:has|have|had|was given|were given)\s+(?:just\s+|only\s+|about\s+)?"
    rf"(?P<num>\d+|{aliases.NUMBER_WORD_PATTERN})\s+"
    rf"(?P<unit>years|months|weeks|days|hours)\s+to\s+[a-z]+"
)
# "nearly five hours of debate", "after three weeks of talks": a stated length of an activity.
DURATION_OF = re.compile(
    rf"(?<![\w.])(?P<approx>(?:{_ABOUT_A_LENGTH}|{aliases.approximately('some')})\s+)?"
    rf"(?:(?P<num>\d+|{aliases.NUMBER_WORD_PATTERN})\s+(?P<unit>hours|days|weeks|months|years)|(?P<decade>a decade))\s+"
    rf"of\s+(?P<subject>debate|talks|negotiations|deliberations|fighting|shelling|bombardment|testimony|questioning|"
    rf"protests|strikes|delays|searching|voting|training|exercises|war|service|increases|growth|cuts|decline|rule)\b",
    re.IGNORECASE,
)
# an office a length of time is said of with "was" ("was prime minister of the Netherlands for 14 years"): a word of
# the titles lexicon, so "was tight and tense for 45 minutes" is left alone
_OFFICE_WORD = _alternation([w for title in lexicons.load("titles")["titles"] for w in title.split() if len(w) > 3])
# "has worked on it for more than a decade": how long the sentence's subject has done something.
DURATION_FOR = re.compile(
    rf"\b(?:(?:has|have|had)\s+(?:been\s+)?[a-z]+|(?:could|can|would|will)\s+[a-z]+|"
    rf"{_PAST_TENSE}|stayed|remained|spent|served|(?:was|were)(?=\s[^.;]{{0,40}}?\b{_OFFICE_WORD}\b))"
    r"\b(?:[^.;]{0,40}?\bfor|(?<=spent))\s+"
    rf"(?P<approx>(?:{_ABOUT_A_LENGTH}|{aliases.approximately('just', 'only', 'a record', 'some')})\s+)?"
    r"(?P<span>a decade|two decades|three decades|a century|a year|"
    r"(?P<num>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty)\s+"
    r"(?P<unit>years|months|weeks|days|hours|minutes))\b"
)
# "plans to buy 4.5 million this year", "to 650 a year": a count whose noun was named before it.
RATE_COUNT = re.compile(
    r"(?<![\w.,$€£])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<scale>thousand|million|billion))?"
    r"\s+(?:a|per|each|this|next|last)\s+(?:year|month|week|day)\b"
)
_SCALE = "|".join(aliases.SCALES)
_SHORT_SCALE = "|".join(aliases.SHORT_SCALES)
# "His crew of 38", "a force of 5,000", "a population of 2.5 million": a group and how many it counts, with the
# figure's decimals and scale (review29 R15: "population of 2" was no figure a page could settle)
GROUP_OF = re.compile(
    r"\b(?P<noun>crew|force|team|garrison|contingent|delegation|workforce|population|staff|fleet)\s+of\s+"
    rf"(?P<approx>(?:{aliases.approximately('about', 'some', 'around', 'nearly', 'more than', 'over')})\s+)?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?![\d,])(?:\s+(?P<scale>{_SCALE})\b|(?P<short>{_SHORT_SCALE})\b)?"
    r"(?!\s+(?:[a-z\-]+\s+)?[a-z\-]+s\b)"  # "a force of 5,000 troops" is QUANTITY's
)
# "crew" counts people as "staff" does ("175 passengers and six crew"), and stays in "six crew members"
IRREGULAR_PLURALS = (
    r"(?:grandchildren|children|people|[a-z]*men|personnel|aircraft|police|staff|crew(?!\s+members?\b)|feet|yen"
    r"|yuan|won|renminbi|rand|baht"
    r"|kronor|kroner|lira|zloty|forint|naira|rupiah)"
)
# "€86 billion", "$2 billion", "£1.5 million": an amount of money.
CURRENCY_SYMBOL = "[" + "".join(aliases.CURRENCY_SYMBOLS) + "]"  # "$", "€", "£"
CURRENCY_CODE = "(?:" + "|".join(aliases.CURRENCY_CODES) + ")"  # "NOK", "USD"
CURRENCY = re.compile(
    rf"(?P<cur>{CURRENCY_SYMBOL}|{CURRENCY_CODE}\s)(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)"
    rf"(?:\s+(?P<scale>(?i:{_SCALE}))|(?P<short>{_SHORT_SCALE})\b)?"
)
# The words a count may open with, as one prefix tree: a word start is tested letter by letter once.
_COUNT_START = _alternation(
    [
        "all",
        "some",
        "more",
        "over",
        "nearly",
        "about",
        "around",
        "at",
        "almost",
        *aliases.NUMBER_WORDS,
        "a",
        "dozen",
        "hundred",
    ]
)
_ALL_OR_ABOUT = aliases.approximately(
    "all", "some", "more than", "over", "nearly", "about", "around", "at least", "almost"
)
QUANTITY = re.compile(  # case-blind only where a capital can stand ("Thirty", "Some"): faster than re.IGNORECASE
    rf"(?<![\w.,\-])(?=\d|(?i:{_COUNT_START})\b)"
    rf"(?P<approx>(?i:{_ALL_OR_ABOUT})\s+)?"
    rf"(?P<num>(?i:{_NUM}))(?![\w\-])"
    rf"(?:\s+(?P<scale>(?i:{_SCALE})(?:\s+(?i:{_SCALE}))?))?(?P<pct>%|\s+(?i:percent))?\s+"  # 'hundred thousand'
    rf"(?P<noun>(?:(?!(?:of|and|or|to|in|per|than)\s)(?:[A-Za-z][A-Za-z\-]*|[A-Z]+-?\d+[A-Z]*|U\.S\.|U\.K\.)\s+){{0,4}}?"
    rf"(?:(?!(?:has|was|is|does|goes|says|gives|makes|takes|gets|sees|thus|this|its|his|as|us|yes|less|unless|plus)\b)"
    rf"[A-Za-z][A-Za-z\-]*s|[A-Z]+-?\d+[A-Z]*s|(?i:{IRREGULAR_PLURALS})|"  # "34 F-35s"
    rf"injured|wounded|killed|dead|missing)|of\s+(?:them|whom))\b"
)
# words that end what a share is of rather than go on naming it: "36.2% of the vote in 2023" is a share of the vote,
# "52 percent of votes cast" one of the votes cast
_AFTER_A_SHARE = (
    "(?:in|on|at|by|for|from|with|to|and|or|as|since|after|before|during|over|under|across|among|than|while|when|"
    "the|a|an|this|that|last|its|their|his|her)"
)
PERCENT = re.compile(
    rf"(?<![\w.,])(?=(?:[a-z]+\s+){{0,2}}[\w.,]+(?:%|\s+per))"
    rf"(?P<approx>(?:{_APPROXIMATELY})\s+)?(?P<num>{_NUM})"
    rf"(?:%|\s+percent|\s+per\s+cent)(?:\s+of\s+(?:its\s+|their\s+|the\s+)?(?P<of>GDP|gross domestic product|"
    rf"[a-z]+(?:\s+(?!{_AFTER_A_SHARE}\b)[a-z]+)?))?",
    re.IGNORECASE,
)
_HYPHEN_NOUN = "|".join(aliases.HYPHENATED_COUNT_NOUNS)  # "the 32-nation alliance", "a 27-member bloc"
HYPHEN_COUNT = re.compile(
    rf"(?<![\w.])(?=\w+-(?:{_HYPHEN_NOUN}))(?P<num>\d+|{aliases.NUMBER_WORD_PATTERN})-(?P<noun>{_HYPHEN_NOUN})\b",
    re.IGNORECASE,
)
QUOTE = re.compile(
    r"(?:‘(?P<q1>[^‘’]{3,300}?)’(?!\w)|“(?P<q2>[^“”]{3,300})”|(?<!\w)\"(?P<q3>[^\"]{3,300})\""
    # straight single quotes only where an apostrophe cannot be: opening a sentence or after ": "/" — ",
    # a capital first, the close followed by punctuation ("'The Baltic Is Not a NATO Lake': An Interview"),
    # or by a space after the quote's own comma or stop ("'Four times,' she said": British style)
    r"|(?:^|(?<=:\s)|(?<=[—–]\s))'(?P<q4>[A-Z][^'\n]{2,200}?[^\s'])'(?=[:,.;!?]|\s[—–]|$|(?<=[,.!?]')\s))"
)
QUOTE_SPEAKER_BEFORE = re.compile(
    r"(?P<speaker>(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,3}(?:[A-Za-z]+\s+)?(?:officials|leaders|chiefs|critics|"
    r"spokesman|spokeswoman|minister|president|allies|[A-Z][a-z]+))\s+(?:also\s+)?(?:have\s+|has\s+)?"
    r"(?:said|says|reiterated|stressed|called|warned|vowed|described|told|added|urged|pledged|dismissed)\b"
)
SPEECH_VERB = (  # a verb of saying: the quote kind's extractor and judge read it too
    r"(?:said|says|told\s+[\w\s]+|added|adds|noted|wrote|writes|insisted|argued|warned|explained|stressed|"
    r"recalled|replied|continued|observed|acknowledged|admitted|declared|asked|concluded|remarked|posted|tweeted|"
    r"announced|claimed|countered|conceded|cautioned|predicted|promised|vowed)"
)
# A sentence that opens with a name and introduces the quote: 'Kubilius, a former minister, said: "…"'.
QUOTE_INTRODUCED = re.compile(rf"^\s*(?P<speaker>{NAME})\b[^\"“‘]*?\b{SPEECH_VERB}[:,]?\s*$")
# A quote's speaker after it: "…,” Rutte said; "…,” the minister told reporters; "…,” said Rutte.
QUOTE_SPEAKER_AFTER = re.compile(
    rf"^[,.!?]?\s*(?P<speaker>{NAME}|he|she|they|(?P<described>the\s+(?:[a-z\-]+\s+){{0,2}}"
    rf"(?:{_ROLE_NOUN}|admiral|general)))\s+{SPEECH_VERB}\b"
)
# '"…," Tomas Berg, the firm's lead lawyer, told reporters': a name with an apposition between commas, then the verb.
QUOTE_APPOSED_AFTER = re.compile(rf"^[,.!?]?\s*(?P<speaker>{NAME}),\s+[^,\"“”;]{{1,80}},\s+{SPEECH_VERB}\b")
# "The deal, he said, "…"": "he" or "she" with a verb of saying set between commas before the quote.
QUOTE_PRONOUN_ASIDE = re.compile(rf",\s*(?P<speaker>he|she)\s+{SPEECH_VERB}\s*,")
QUOTE_SAID_AFTER = re.compile(
    rf"^[,.!?]?\s*(?:said|says|added|wrote|asked|continued|according\s+to)\s+(?:(?:{RANK})\s+)?(?P<speaker>{NAME})"
)
MEETING_VERB = re.compile(
    r"\b(?P<verb>met with|met|hosted|visited|received|held talks with|spoke with|spoken with|spoke to|spoken to|"
    r"talked with|talked to|sat down with|phoned)\b"
    r"(?!\s+by\b)"
)
_EVENT_VERBS = _alternation(
    [
        "took office", "took command", "took over", "assumed command", "handed over", "handed over command", "held",
        "met", "hosted", "will take over", "will take office", "takes over", "takes office", "ended", "ends",
        "opened", "began", "started", "was held", "published", "released", "issued", "was published",
        "was released", "adopted", "approved", "agreed", "passed", "imposed", "unveiled", "was charged", "charged",
        "was arrested", "arrested", "was indicted", "was sentenced", "was convicted", "was killed",
        "was inaugurated", "was re-elected", "signed", "joined", "retired", "was sworn in", "was confirmed",
        "became", "launched", "invaded", "announced", "visited", "arrived", "died", "was elected",
        "was appointed", "was named", "resigned", "attacked", "was replaced", "replaced", "was dismissed",
        "was fired", "was succeeded", "succeeded", "has held", "held the post", "has led", "has served",
        "takes effect", "take effect", "comes into force", "enters into force", "expires",
    ]
)  # fmt: skip
DATE_EVENT = re.compile(
    rf"\b(?P<verb>{_EVENT_VERBS}|{_PAST_TENSE})\b(?:[^.;]|(?<=[A-Z])\.|(?<=\d)\.(?=\d))*?"
    rf"\b(?:on|in|since|until|by|from|between\s+{_MONTH}\s+and)\s+"
    rf"{_WEEKDAY}?"
    rf"(?P<date>{DATE})"
)
# "from November 2023 until February 2025": the end of a range just read.
DATE_RANGE_END = re.compile(rf"\s+(?:until|to|through|till)\s+(?P<date>{DATE})")
# "On 3 March 2025, the ministry announced the tender": the date first, then who did what.
DATE_FIRST = re.compile(
    rf"^\s*(?:On|In|Since)\s+{_WEEKDAY}?(?P<date>{DATE}),?\s+(?P<who>[^.;]*?)\s*\b(?P<verb>(?:has\s+|had\s+|was\s+)?"
    rf"(?:{_PAST_TENSE}|been))\b"
)
# -- the general role grammar -------------------------------------------------------------------
# The specific shapes above name what they found precisely; these catch the same kinds of phrase
# in shapes nobody listed: a role noun phrase (modifiers, a head noun that names what a person is,
# an optional "of/for/to <Organisation>") next to a name, as an appositive, before the name or
# after a copula.
# Words that end a modifier run: a role phrase holds no verb, conjunction or clause word.
_CLAUSE_WORDS = [
    "said", "says", "told", "and", "or", "but", "who", "which", "that", "whose", "when", "where", "while", "as",
    "is", "was", "were", "has", "had", "have", "the", "a", "an", "to", "of", "in", "on", "at", "by", "with", "from",
    "for", "after", "before", "will", "would", "could", "also",
]  # fmt: skip
_NOT_A_MODIFIER = rf"(?!{_alternation(_CLAUSE_WORDS)}\b)"
_MODIFIER = rf"(?:[A-Z][\w.&’'\-]*|{_NOT_A_MODIFIER}[a-z][a-z\-]+)"  # capitalised: "U.S.", "Fox", "NATO"
# a capitalised word of a body's or place's name; two joined by a dash with no space ("Hull—Aylmer", the em dash of
# Canada's ridings; "Nipissing–Timiskaming") are one word, as a hyphen's are, where a spaced dash sets words apart
_NAME_WORD = r"[A-Z][\w.&’'\-]*(?:[—–](?=[A-Z])[\w.&’'\-]+)*"
_ORGANISATION = (
    rf"(?:the\s+)?(?!{_MONTH}|{_WEEKDAY_NAME}\b)(?:{_DOTTED}\s+)?"
    r"(?:\d+(?:st|nd|rd|th)\s+)?"
    rf"{_NAME_WORD}(?:\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?{_NAME_WORD})*"
)
# 'for the past year', 'for the last decade': how long a post has been held, no body the post is of
_NOT_A_SPAN = r"(?!(?:past|last|next|previous|coming|following)\b)"
ROLE_PHRASE = (  # the lookahead first: a cheap test for a head noun within five words spares the full parse
    rf"(?=(?:[^\s,;]+\s+){{0,4}}?{_ROLE_TITLE}\b)(?P<role>(?:{_MODIFIER}\s+){{0,4}}(?P<head>{_ROLE_TITLE})"
    rf"(?:\s+and\s+(?:{_MODIFIER}\s+){{0,2}}{_ROLE_TITLE}\b)?"  # "co-founder and chief executive"
    rf"(?:\s+(?:of|for|to|at|in)\s+(?P<org>{_ORGANISATION}(?:\s+[a-z]+\s+(?:at|of)\s+{_ORGANISATION})?)|\s+(?:(?:of|for)\s+(?:the\s+)?|to\s+the\s+){_NOT_A_MODIFIER}{_NOT_A_SPAN}[a-z][a-z\-]+(?:\s+{_NOT_A_MODIFIER}[a-z][a-z\-]+)?)?)"
)
_PHRASE_ENDS = r"(?=\s*(?:[,.;:)]|\s[—–]\s|$)|\s+(?:who|since|from|until|and\s+(?:a|an|the|former))\b)"
_POSSESSOR = r"(?<![\w.&\-])(?P<owner>(?:the\s+)?[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,3}|(?:the|The)\s+[a-z]+)['’]s"
_TENURE = r"(?P<former>(?:former|retired|ex-|outgoing|incoming|acting|interim|then-|longtime|long-time)\s*)"
_WORD_ENDS = r"(?=[\s,.;:)—–]|$)"
# "Dan Caine, chairman of the Joint Chiefs of Staff,"; "Hegseth, 45, a former Fox News host,"
_APPOSITIVE_TAIL = (
    rf",\s+(?:\d{{2}},\s+|{_PARTY_TAG},\s+)?(?:(?P<when>then|now|formerly|currently|previously)\s+)?"
    rf"(?:(?:the|a|an)\s+|{_POSSESSOR}\s+)?{_TENURE}?{ROLE_PHRASE}"
    rf"(?:\s+(?:in|at|on)\s+[^,;.()]{{1,40}}?|\s+by\s+(?:training|profession|trade|background)|"
    rf"\s+[a-z]+ed\s+(?:in|on|at|by|during|last)\s+[^,;.()]{{1,30}}?)?{_PHRASE_ENDS}"  # "the MP murdered in 2016"
)
# "Sen. Jack Reed of Rhode Island, the committee's top Democrat,": a home state or town after the name.
_HOME = r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
# "Anna Berg, M.D., Chief Executive Officer": degrees and honours after the name (names.toml `post_nominals`);
# office letters ("Ana Berg, MP, the party spokeswoman") join the name too, and `letters` keeps them a role.
_DECORATION = rf"(?:,\s+{_alternation(lexicons.load('names')['post_nominals']['written'])}(?![\w.]))*"
_OFFICE_LETTERS = _alternation(lexicons.load("names")["post_nominals"]["offices"])
_POST_NOMINALS = rf"{_DECORATION}(?:,\s+(?P<letters>{_OFFICE_LETTERS})(?![\w.]){_DECORATION})?"
GENERAL_APPOSITIVE = re.compile(rf"(?P<name>{NAME}){_HOME}{_POST_NOMINALS}{_APPOSITIVE_TAIL}")
# The same read from its comma: a sentence has few commas and many capitals, so finding the role
# phrase after a comma first, then the name before it, is the fast way to the same matches.
_APPOSITIVE_AFTER_COMMA = re.compile(_APPOSITIVE_TAIL)
_NAME_BEFORE_COMMA = re.compile(rf"{NAME}{_HOME}{_POST_NOMINALS}$")


def appositives(text: str, plan: frozenset[int]) -> list[re.Match]:
    """GENERAL_APPOSITIVE's matches in `text` (whose plan is `plan`), found comma first."""
    found: list[re.Match] = []
    if id(GENERAL_APPOSITIVE) not in plan:
        return found
    for comma in _COMMA.finditer(text):
        if _APPOSITIVE_AFTER_COMMA.match(text, comma.start()):
            name = _NAME_BEFORE_COMMA.search(text, max(0, comma.start() - 80), comma.start())
            m = GENERAL_APPOSITIVE.match(text, name.start()) if name else None
            if m and (not found or m.start() >= found[-1].end()):
                found.append(m)
    return found


_COMMA = re.compile(r",\s")
# "former Fox News host Pete Hegseth", "Tesla chief executive Elon Musk", "Danish climate minister Lars
# Aagaard": a lower-case head after capitalised modifiers, or after a nationality and lower-case ones.
GENERAL_PRENOMINAL = re.compile(
    rf"(?=[A-Zfreoilt])(?<![\w.’'])(?:{_TENURE})?(?!(?:The|A|An|This|That|In|On|At|For|By|With|From|After|Before|When|As)\s)"
    rf"(?P<role>(?:(?P<nat>{NAT})\s+(?:[a-z][a-z\-]+\s+){{0,2}}|(?:[A-Z][\w.&’'\-]*\s+){{1,4}})(?P<head>{_ROLE_NOUN}))\s+"
    rf"(?:(?P<rank>{RANK})\s+)?(?P<name>{NAME})"
)
# "the defence secretary, John Healey,", "Sweden's defence minister Pål Jonson": the role, then the name.
GENERAL_REVERSE = re.compile(
    rf"(?=[tiA-Z])(?<![\w.&\-])(?:(?<![\w,])(?:the|The|An?(?=\s[^,]+,)|(?P<its>(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)(?=\s[^,]+,)))\s+|{_POSSESSOR}\s+)"
    rf"{_TENURE}?"
    rf"(?=(?:[^\s,;]+\s+){{0,4}}?{_ROLE_TITLE}(?:,?\s+[A-Z]|\s+(?:of|for|to|at|in)\s))"
    # a comma ends a named organisation; a service and a rank may stand before the name
    rf"{ROLE_PHRASE}(?(org),|,?)\s+(?:{SERVICE}\s+)?(?:(?P<rank>{RANK})\s+)?(?P<name>{NAME})"
)
# "Alar Karis was elected president of Estonia", "She was named the bank's chief economist".
GENERAL_APPOINTED = re.compile(
    rf"(?P<name>{PERSON})(?:,\s+\d{{2}},)?\s+(?:has\s+been\s+|had\s+been\s+|was\s+|is\s+|will\s+be\s+)?"
    rf"(?:(?:formally|officially|unanimously|later|then)\s+)?"
    rf"(?P<verb>elected|re-elected|appointed|named|nominated|confirmed|sworn in|promoted)\s+(?:to\s+|as\s+)?"
    rf"(?:(?:the|a|an)\s+|{_POSSESSOR}\s+)?(?:new\s+|next\s+)?{ROLE_PHRASE}{_WORD_ENDS}"
)
# "Caine succeeded Brown as chairman": two people, one office, in turn.
GENERAL_SUCCEEDED = re.compile(
    rf"(?P<name>{PERSON})\s+(?:has\s+|had\s+|will\s+)?(?P<verb>succeeded|succeeds|succeed|replaced|replaces|"
    rf"replace|took over from|takes over from|take over from)\s+(?:(?P<other_rank>{RANK})\s+)?(?P<other>{NAME})\s+as\s+"
    rf"(?:(?:the|a|an)\s+|{_POSSESSOR}\s+)?{ROLE_PHRASE}{_WORD_ENDS}"
)
# "Kasčiūnas is a member of parliament", "She became the bank's chief economist."
GENERAL_COPULA = re.compile(
    rf"(?P<name>{PERSON})(?:,\s+\d{{2}},)?\s+(?P<verb>is|was|has been|had been|became|becomes|remains|remained)\s+"
    rf"(?:(?:the|a|an)\s+|{_POSSESSOR}\s+)?{_TENURE}?{ROLE_PHRASE}"
    rf"(?:{_PHRASE_ENDS}|(?=\s+(?:in|on|since|from|until|after|before|last|this|when)\b))"  # "... in December 2024"
)
# "..., the former Dutch prime minister said": a described speaker is the person named before.
DESCRIBED_ROLE = re.compile(
    rf"\b[Tt]he\s+(?P<former>former\s+|then\s+)?(?:(?P<nat>{NAT})\s+)?(?P<role>(?:[a-z\-]+\s+){{0,2}}?{_ROLE_NOUN})\s+"
    rf"(?:said|says|told|added|noted|argued|warned|insisted|wrote)\b"
)
# Most specific first: a phrase one of them reads is not read again by the next.
GENERAL_ROLE_PATTERNS = (
    GENERAL_SUCCEEDED,
    GENERAL_APPOINTED,
    GENERAL_APPOSITIVE,
    GENERAL_REVERSE,
    GENERAL_PRENOMINAL,
    GENERAL_COPULA,
)
CAPITAL_RUN = re.compile(rf"(?:the\s+)?(?:{_DOTTED}\s+)?[A-Z][\w.\-]*(?:\s+(?:[A-Z][\w.\-]*|of|the|and))*")
TIME_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hours", "minutes", "seasons"}


# Word sets the kinds' rule triggers share (verify/kinds/<kind>/extract.py): a title's words, a rank's
# words, months, role nouns' head words; and what the rule book marks (number words, sentence
# openers, words that describe a person).
HEAD_TOKENS = frozenset(w.lower().strip(".") for h in (*aliases.OFFICE_HEADS, *aliases.RANKS) for w in h.split())
NUMBER_TOKENS = frozenset(aliases.NUMBER_WORDS) | frozenset(aliases.SCALES)  # "two dozen", "three hundred"
MONTH_WORDS = frozenset(aliases.MONTHS)
ROLE_TOKENS = frozenset(re.split(r"[\s\-]", noun)[-1].lower() for noun in ROLE_NOUNS)  # the head words
CAP_HEADS = Capitalised(HEAD_TOKENS)
CAP_RANKS = Capitalised(w.lower().strip(".") for r in aliases.RANKS for w in r.split())


OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "after",
        "before",
        "but",
        "and",
        "however",
        "while",
        "when",
        "as",
        "since",
        "some",
        "many",
        "most",
        "all",
        "both",
        "other",
        "another",
        "no",
        "not",
        "what",
        "why",
        "how",
        "if",
    ]
)
DESCRIBED_WORDS = frozenset({"admiral", "general", "minister", "president", "diplomat", "envoy", "chancellor"})


_ROLE_NOUN_RE = re.compile(rf"\b{_ROLE_TITLE}\b")


def names_a_role(phrase: str) -> bool:
    """Whether a phrase holds a role noun ('secretary general', 'host'), not just any words."""
    return bool(_ROLE_NOUN_RE.search(phrase))
