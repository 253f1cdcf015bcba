"""Guards from session 12's verdicts on subjects the judge had never met: each test is a short sentence of our
own, judged against invented pages, that was judged wrongly before its guard."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, verdict
from tests.support.judging import clause_claim as claim
from verify.judge import judge
from verify.models import Claim, Document, InfoboxField, Verdict
from verify.retrieve import EvidencePool


def judged(claims: list[Claim], docs: list[Document], as_of: dt.date) -> dict[str, Verdict]:
    """Every claim's verdict, judged together as one article's claims with `docs` as each one's pages."""
    pool = EvidencePool()
    for c in claims:
        for doc in docs:
            pool.add(c.id, doc, entity=True)
    return {r.text: r.verdict for r in judge(claims, pool, as_of)}


# --- a role read from a succession stands or falls with the succession ------------------------------

ROE = boxed(
    "Tomas Roe",
    "Tomas Roe (born 3 May 1960) is a Vestrian politician who has been prime minister of Vestria since 2030.",
    [("office", "Prime Minister of Vestria"), ("term_start", "2 February 2030"), ("predecessor", "Ana Lim"),
     ("office2", "Minister of Finance"), ("term_start2", "1 March 2025"), ("term_end2", "2 February 2030")],
)  # fmt: skip
LIM = boxed(
    "Ana Lim",
    "Ana Lim (born 9 July 1965) is a Vestrian politician who was prime minister of Vestria from 2028 to 2030.",
    [("office", "Prime Minister of Vestria"), ("term_start", "1 March 2028"), ("term_end", "2 February 2030"),
     ("predecessor", "Ivo Sand"), ("successor", "Tomas Roe")],
)  # fmt: skip
SAND = boxed(
    "Ivo Sand",
    "Ivo Sand (born 1 April 1950) is a Vestrian politician who was prime minister of Vestria from 2020 to 2028.",
    [("office", "Prime Minister of Vestria"), ("term_start", "5 May 2020"), ("term_end", "1 March 2028"),
     ("successor", "Ana Lim")],
)  # fmt: skip
SPRING_2030 = dt.date(2030, 4, 1)


def _succession(sentence: str, title: str, successor: str, predecessor: str) -> list[Claim]:
    """The clause 'X succeeded Y' and the role the reader derives from it ('succeeded Y': Y held X's post)."""
    start = sentence.index(f"succeeded {predecessor}")
    end = start + len(f"succeeded {predecessor}")
    clause = Claim(id="c0000001", kind="clause", text=sentence.rstrip("."), sentence=sentence,
                   span=(0, len(sentence) - 1), subject=successor, relation="succeeded", predicate="succeeded",
                   object=predecessor, value=predecessor)  # fmt: skip
    role = Claim(id="c0000002", kind="role", text=sentence[start:end], sentence=sentence, span=(start, end),
                 subject=predecessor, relation="held office", value=title)  # fmt: skip
    return [clause, role]


def test_a_role_read_from_a_wrong_succession_is_not_supported_by_the_post_once_held():
    sentence = "Prime Minister Tomas Roe succeeded Ivo Sand."
    verdicts = judged(_succession(sentence, "Prime Minister", "Tomas Roe", "Ivo Sand"), [ROE, LIM, SAND], SPRING_2030)
    assert verdicts["succeeded Ivo Sand"] == Verdict.CONTRADICTED  # Sand was prime minister, but before Lim


def test_a_role_read_from_a_true_succession_is_not_refuted_by_the_successors_title():
    sentence = "Deputy Prime Minister Tomas Roe succeeded Ana Lim."
    verdicts = judged(_succession(sentence, "Deputy Prime Minister", "Tomas Roe", "Ana Lim"), [ROE, LIM], SPRING_2030)
    assert verdicts["succeeded Ana Lim"] == Verdict.SUPPORTED  # Lim was never a deputy; the succession holds


# --- a country: the post the person's own infobox gives ---------------------------------------------

KATO = boxed(
    "Ren Kato",
    "",
    [("office", "Prime Minister of Japan"), ("term_start", "4 October 2029"), ("predecessor", "Aki Mori")],
)


def test_a_wrong_country_for_the_post_the_infobox_gives_contradicts():
    role = claim("Canadian Prime Minister Ren Kato", "Ren Kato", "holds office", kind="role", relation="holds office",
                 value="Prime Minister", nationality="Canadian")  # fmt: skip
    result = verdict(role, [KATO], SPRING_2030)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Japan" in result.rationale


def test_the_right_country_for_the_post_the_infobox_gives_is_not_contradicted():
    role = claim("Japanese Prime Minister Ren Kato", "Ren Kato", "holds office", kind="role", relation="holds office",
                 value="Prime Minister", nationality="Japanese")  # fmt: skip
    assert verdict(role, [KATO], SPRING_2030).verdict == Verdict.SUPPORTED


MORI_CABINET = boxed(
    "Kato cabinet",
    "The Kato cabinet is the government of Japan formed in 2029.",
    [("office", "Prime Minister of Japan"), ("president", "Yui Hara"), ("prime_minister", "Ren Kato")],
)


def test_another_pages_row_naming_the_person_in_the_post_gives_its_country():
    role = claim("Brazilian President Yui Hara", "Yui Hara", "holds office", kind="role", relation="holds office",
                 value="President", nationality="Brazilian")  # fmt: skip
    result = verdict(role, [MORI_CABINET], SPRING_2030)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Japan" in result.rationale


PARK = boxed(
    "Lee Park",
    "",
    [("office", "Governor of the Central Bank of Ireland"), ("term_start", "1 June 2031"),
     ("office2", "Governor of the Bank of Canada"), ("term_start2", "1 June 2024"), ("term_end2", "1 June 2031")],
)  # fmt: skip


def test_a_post_held_in_the_claimed_country_and_once_in_another_is_not_refuted_by_the_other():
    role = claim("Irish Governor Lee Park", "Lee Park", "holds office", kind="role", relation="holds office",
                 value="Governor", nationality="Irish")  # fmt: skip
    assert verdict(role, [PARK], dt.date(2032, 1, 5)).verdict != Verdict.CONTRADICTED


# --- a later term's swearing-in: the infobox's term start is the first term's -------------------------

ALDER = boxed(
    "Mara Alder",
    "Mara Alder (born 2 March 1975) is a Vestrian politician who has served as prime minister of Vestria since 2021.",
    [("office", "Prime Minister of Vestria"), ("term_start", "4 June 2021"), ("predecessor", "Ivo Sand")],
)
JUNE_2025 = dt.date(2025, 6, 20)


def test_a_second_terms_swearing_in_is_not_refuted_by_the_first_terms_start():
    sentence = "Re-elected in May, Mara Alder was sworn in for a second term as prime minister on 11 June 2025."
    sworn = claim("sworn in for a second term as prime minister on 11 June 2025", "Mara Alder", "sworn in", sentence,
                  object="prime minister", time="11 June 2025")  # fmt: skip
    assert verdict(sworn, [ALDER], JUNE_2025).verdict != Verdict.CONTRADICTED  # 4 June 2021 began the first


def test_a_swearing_in_said_of_no_later_term_is_still_refuted_by_the_terms_start():
    sentence = "Mara Alder was sworn in as prime minister on 11 June 2021."
    sworn = claim("sworn in as prime minister on 11 June 2021", "Mara Alder", "sworn in", sentence,
                  object="prime minister", time="11 June 2021")  # fmt: skip
    result = verdict(sworn, [ALDER], JUNE_2025)
    assert result.verdict == Verdict.CONTRADICTED
    assert "4 June 2021" in result.rationale


def test_a_later_terms_date_before_the_first_terms_start_is_still_refuted():
    sentence = "Mara Alder was sworn in for a second term as prime minister on 11 June 2020."
    sworn = claim("sworn in for a second term as prime minister on 11 June 2020", "Mara Alder", "sworn in", sentence,
                  object="prime minister", time="11 June 2020")  # fmt: skip
    assert verdict(sworn, [ALDER], JUNE_2025).verdict == Verdict.CONTRADICTED  # her first term began in 2021


# --- a start dated by the predecessor its clause names -------------------------------------------------

SOLA = boxed(
    "Rui Sola",
    "Rui Sola (born 4 May 1950) is a Vestrian diplomat who has led the Harbour Union since 2027.",
    [("office", "Secretary-General of the Harbour Union"), ("term_start", "1 January 2027"),
     ("predecessor", "Ida Berg"), ("office2", "Prime Minister of Vestria"), ("term_start2", "28 October 1995"),
     ("term_end2", "6 April 2002"), ("predecessor2", "Otto Lind"), ("successor2", "Eva Moss")],
)  # fmt: skip
AUTUMN_2030 = dt.date(2030, 10, 15)


def test_a_start_whose_clause_names_a_predecessor_is_dated_by_that_office():
    sentence = "He took over from Otto Lind in October 1995 and was succeeded by Eva Moss."
    date = claim("October 1995", "Rui Sola", "took over", sentence, kind="date", value="1995-10", time="October 1995")
    result = verdict(date, [SOLA], AUTUMN_2030)
    assert result.verdict == Verdict.SUPPORTED  # the premiership Lind held, not the post held today
    assert "28 October 1995" in result.rationale


def test_another_month_for_the_office_the_predecessor_held_is_refuted():
    sentence = "He took over from Otto Lind in October 1996 and was succeeded by Eva Moss."
    date = claim("October 1996", "Rui Sola", "took over", sentence, kind="date", value="1996-10", time="October 1996")
    assert verdict(date, [SOLA], AUTUMN_2030).verdict == Verdict.CONTRADICTED


# --- a post taken up, told without a day: a step of a career, not the news that it is held now ---------

HALE = boxed(
    "Nora Hale",
    "Nora Hale (born 1 May 1979) is a Vestrian politician.",
    [("office", "Deputy Prime Minister of Vestria"), ("term_start", "27 June 2026"), ("term_end", "17 December 2028"),
     ("predecessor", "Ivo Sand")],
)  # fmt: skip


def test_a_post_taken_up_without_a_day_is_not_refuted_by_its_ended_term():
    sentence = "She took over as deputy prime minister from Ivo Sand."
    role = claim("She took over as deputy prime minister", "Nora Hale", "holds office", sentence, kind="role",
                 relation="holds office", value="deputy prime minister")  # fmt: skip
    assert verdict(role, [HALE], SPRING_2030).verdict == Verdict.SUPPORTED


def test_a_post_taken_up_on_a_day_of_the_news_is_still_news_that_it_is_held():
    sentence = "She took over as deputy prime minister from Ivo Sand on Monday."
    role = claim("She took over as deputy prime minister", "Nora Hale", "holds office", sentence, kind="role",
                 relation="holds office", value="deputy prime minister")  # fmt: skip
    assert verdict(role, [HALE], SPRING_2030).verdict == Verdict.CONTRADICTED  # her term ended in 2028


def test_a_post_taken_up_in_the_articles_own_year_is_news_that_it_is_held():
    sentence = "She took over as deputy prime minister from Ivo Sand in 2030."
    role = claim("She took over as deputy prime minister", "Nora Hale", "holds office", sentence, kind="role",
                 relation="holds office", value="deputy prime minister")  # fmt: skip
    assert verdict(role, [HALE], SPRING_2030).verdict == Verdict.CONTRADICTED  # her term ended in 2028


# --- a post another person's infobox names beside a term covering the article's day --------------------

DAHL = boxed(
    "Per Dahl",
    "Per Dahl (born 2 May 1970) is a Canadian politician who has been prime minister of Canada since 2029.",
    [("office", "Prime Minister of Canada"), ("president", "Lea Holm"), ("term_start", "13 December 2029"),
     ("predecessor", "Ana Lim")],
)  # fmt: skip


def test_a_post_named_beside_a_term_covering_the_day_supports_its_holder():
    role = claim("Canadian President Lea Holm", "Lea Holm", "holds office", kind="role", relation="holds office",
                 value="President", nationality="Canadian")  # fmt: skip
    result = verdict(role, [DAHL], SPRING_2030)
    assert result.verdict == Verdict.SUPPORTED
    assert "President: Lea Holm" in result.evidence[0].snippet


def test_a_post_named_beside_a_term_begun_after_the_day_says_nothing():
    role = claim("Canadian President Lea Holm", "Lea Holm", "holds office", kind="role", relation="holds office",
                 value="President", nationality="Canadian")  # fmt: skip
    assert verdict(role, [DAHL], dt.date(2029, 6, 1)).verdict == Verdict.UNVERIFIED  # Dahl's term began later


def test_a_post_named_beside_another_countrys_term_does_not_support_the_claimed_country():
    deputy = DAHL.model_copy(update={"infobox": (*DAHL.infobox, InfoboxField(label="vicepresident", value="Tom Ek"))})
    role = claim("Mexican Vice President Tom Ek", "Tom Ek", "holds office", kind="role", relation="holds office",
                 value="Vice President", nationality="Mexican")  # fmt: skip
    assert verdict(role, [deputy], SPRING_2030).verdict != Verdict.SUPPORTED


def test_a_deputy_post_named_beside_a_term_of_the_claimed_country_supports_it():
    deputy = DAHL.model_copy(update={"infobox": (*DAHL.infobox, InfoboxField(label="vicepresident", value="Tom Ek"))})
    role = claim("Canadian Vice President Tom Ek", "Tom Ek", "holds office", kind="role", relation="holds office",
                 value="Vice President", nationality="Canadian")  # fmt: skip
    assert verdict(role, [deputy], SPRING_2030).verdict == Verdict.SUPPORTED


# --- a page read as it stood on the article's day lends its current revision to timeless facts ----------

OLD_REVISION = boxed(
    "Eli Varga",
    "",
    [("office", "Prime Minister of Vestria"), ("term_start", "5 September 2029")],
    saved=dt.datetime(2029, 9, 5, tzinfo=dt.UTC),
).model_copy(update={"revision_id": "1"})
CURRENT_REVISION = boxed(
    "Eli Varga",
    "Eli Varga (born 9 January 1957) is a Vestrian politician.",
    [("office", "Minister of Finance of Vestria"), ("term_start", "1 March 2020"), ("birth_date", "9 January 1957")],
    saved=dt.datetime(2031, 3, 1, tzinfo=dt.UTC),
).model_copy(update={"revision_id": "2"})  # a copy keeping only the post held since: another office on any day


def _read_as_of_then(claims: list[Claim], as_of: dt.date) -> dict[str, Verdict]:
    pool = EvidencePool()
    for c in claims:
        pool.add(c.id, OLD_REVISION, entity=True)
    pool.current[OLD_REVISION.url] = CURRENT_REVISION
    return {r.text: r.verdict for r in judge(claims, pool, as_of)}


def test_an_age_is_read_from_the_current_revision_when_the_days_revision_gives_no_birth_date():
    sentence = "Eli Varga, 73, spoke on Monday."
    age = claim("Eli Varga, 73", "Eli Varga", "aged", sentence, object="73")
    assert _read_as_of_then([age], dt.date(2030, 2, 1))["Eli Varga, 73"] == Verdict.SUPPORTED


def test_an_office_is_still_read_from_the_revision_of_the_articles_day():
    sentence = "Prime Minister Eli Varga spoke on Monday."
    role = claim("Prime Minister Eli Varga", "Eli Varga", "holds office", sentence, kind="role",
                 relation="holds office", value="Prime Minister", nationality="Vestrian")  # fmt: skip
    role = role.model_copy(update={"id": "c0000009"})
    verdicts = _read_as_of_then([role], dt.date(2030, 2, 1))
    assert verdicts["Prime Minister Eli Varga"] == Verdict.SUPPORTED  # the current one speaks of the past


# --- a succession's office is named in its own clause, not in the clause after it --------------------

ROSS = boxed(
    "Jon Ross",
    "Jon Ross (born 25 December 1971) is a Vestrian politician.",
    [("office", "Prime Minister of Vestria"), ("term_start", "4 November 2025"), ("term_end", "14 March 2031"),
     ("predecessor", "Sam Hale"), ("office2", "Leader of the Harbour Party"), ("term_start2", "14 April 2023"),
     ("term_end2", "9 March 2031"), ("predecessor2", "Bo Rae (interim)")],
)  # fmt: skip


def test_a_succession_is_not_read_in_the_office_a_later_clause_names():
    sentence = "He succeeded Sam Hale, and he led the party from April 2023 until Sunday."
    succeeded = claim("He succeeded Sam Hale", "Jon Ross", "succeeded", sentence, object="Sam Hale", value="Sam Hale")
    result = verdict(succeeded, [ROSS], dt.date(2031, 3, 10))
    assert result.verdict == Verdict.SUPPORTED  # the premiership's predecessor, not the party's
    assert "Sam Hale" in result.rationale


def test_a_succession_in_the_office_its_own_clause_names_keeps_that_office():
    sentence = "As party leader he succeeded Sam Hale, and he led the country from 2025."
    succeeded = claim("he succeeded Sam Hale", "Jon Ross", "succeeded", sentence, object="Sam Hale", value="Sam Hale")
    assert verdict(succeeded, [ROSS], dt.date(2031, 3, 10)).verdict != Verdict.SUPPORTED  # the party's was Bo Rae
