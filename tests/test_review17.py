"""Session 17's review: each finding shown by an example of use, marked xfail(strict) until the lead merges
it with its fix; beside each, the reading that must stay."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.conftest import ROOT
from tests.support.cli import check, in_project  # noqa: F401  (in_project: an autouse fixture)
from tests.support.judging import boxed, clause_claim, page, verdict
from tests.test_clauses import article as clause_article
from verify import judge as judge_module
from verify.article import Article
from verify.extract import extract_claims
from verify.models import Claim, ClaimResult, Document, Outcome, Verdict
from verify.retrieve import EvidencePool

SEED = "seeds/nato-defense-chiefs.txt"


# --- 1. desk17: a claim file's count of 1e999 (JSON reads it as infinity) ends the run with an internal error ----
# The reading's number is written as an editor writes it (`verify/report/common.py` `_number`: `n == int(n)`),
# which raises on infinity and NaN; before the reading, the same file gave a whole report (the count
# contradicted). Now no report is written at all.


def _seed_count_as(tmp_path, number: str):
    text = (ROOT / "claims/nato-defense-chiefs.json").read_text().replace('"number": 32.0', f'"number": {number}')
    (tmp_path / "nato-defense-chiefs.json").write_text(text)
    return check(SEED, "--offline", "--claims", tmp_path, "--out", tmp_path / "out")


@pytest.mark.parametrize("number", ["1e999", "NaN"])
def test_a_claim_files_count_too_large_for_a_float_is_no_internal_error(tmp_path, number):
    result = _seed_count_as(tmp_path, number)
    assert "internal error" not in result.stderr
    assert result.exit_code in (0, 1, 2)


def test_a_claim_files_ordinary_count_still_gives_a_report(tmp_path):
    result = _seed_count_as(tmp_path, "32.0")
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "out" / "nato-defense-chiefs.json").read_text())["summary"]["supported"] == 9


# --- 2. count17: a date of a person whose surname is a month or a weekday goes to the story's topic -------------
# `_date_owner` takes a subject whose LAST word is a month, weekday or clock word for a time ('Eastern time',
# 'April'): 'Clara May' and 'Paul Friday' are then no one, and their dates go to the story's topic, where the
# topic's own page decides them. Below, Clara May's presidency (of anything) is supported by Jane Roe's.

ROE = "Jane Roe sworn in for a second term as President of Vestria"
ROE_LEDE = "CAPITAL, 1 April 2026 — Jane Roe was sworn in on Monday for a second term as President of Vestria. "
APRIL_2026 = dt.date(2026, 4, 1)


def _roe_page() -> Document:
    return boxed(
        "Jane Roe",
        "Jane Roe (born 4 April 1966) is a Vestrian politician who has served as President of Vestria since 1 March"
        " 2023. She was foreign minister from 2017 to 2023.",
        [
            ("office", "President of Vestria"), ("term_start", "1 March 2023"),
            ("office1", "Minister of Foreign Affairs of Vestria"), ("term_start1", "1 March 2017"),
            ("term_end1", "1 March 2023"), ("birth_date", "4 April 1966"),
        ],
    )  # fmt: skip


def _roe_story_claim(sentence: str, kind: str) -> Claim:
    text = f"{ROE}\n\n{ROE_LEDE}{sentence}\n"
    article = Article(path="s.txt", stem="s", sha256="0", title=ROE, text=text, as_of=APRIL_2026)
    words = sentence.split()[-3]  # a word of the claim's own text
    return next(c for c in extract_claims(article) if c.kind == kind and words in c.text)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [("Clara May became president on 1 March 2023.", "Clara May"),
     ("Paul Friday became foreign minister on 1 March 2017.", "Paul Friday")],
)  # fmt: skip
def test_a_date_of_a_person_whose_surname_is_a_month_or_a_weekday_stays_theirs(sentence, person):
    assert _roe_story_claim(sentence, "date").subject == person


def test_another_persons_start_date_is_not_supported_by_the_topics_term():
    claim = _roe_story_claim("Clara May became president on 1 March 2023.", "date")
    assert verdict(claim, [_roe_page()], APRIL_2026).verdict != Verdict.SUPPORTED


def test_the_topics_own_start_date_is_still_supported_by_her_term():
    claim = _roe_story_claim("Roe became president on 1 March 2023.", "date")
    assert verdict(claim, [_roe_page()], APRIL_2026).verdict == Verdict.SUPPORTED


# --- 3. count17: a length said of a person the story calls by a common noun goes to the story's topic -------------
# `describe_lengths` gives a length whose subject is a common noun to the entity it describes, else the topic; the
# noun is kept when it is counted, ranked, national or inside the length's words, but a person noun before the
# verb ('Her deputy has served ...') is not kept (the people-noun test was dropped in 2173ff6). Roe's own past
# term as foreign minister then supports her deputy's six years.


@pytest.mark.parametrize(
    "sentence",
    ["Her deputy has served as Vestria's foreign minister for six years.",
     "Her predecessor served as president of Vestria for six years.",
     "Her husband has led the Vestrian football federation for three years.",
     "The predecessor served as president of Vestria for six years."],
)  # fmt: skip
def test_a_length_of_a_person_called_by_a_common_noun_is_not_the_topics(sentence):
    assert _roe_story_claim(sentence, "duration").subject != "Jane Roe"


def test_a_deputys_tenure_is_not_supported_by_the_topics_own_past_term():
    claim = _roe_story_claim("Her deputy has served as Vestria's foreign minister for six years.", "duration")
    assert verdict(claim, [_roe_page()], APRIL_2026).verdict != Verdict.SUPPORTED


def test_the_topics_own_tenure_is_still_supported_by_her_term():
    claim = _roe_story_claim("Roe has been president of Vestria for three years.", "duration")
    assert verdict(claim, [_roe_page()], APRIL_2026).verdict == Verdict.SUPPORTED


# --- 4. clause17: an age put before a hypothetical clause is read as the person's age now -------------------------
# `ages_fronted` leaves only a past clause ('At 19, she moved'); a clause with 'would' ('At 82, he would be the
# oldest president ever': his age at some later day) gives an 'aged 82' claim that the birth date contradicts.


def _moen() -> Document:
    return boxed(
        "Karl Moen",
        "Karl Moen (born 4 April 1951) is a Norlandic politician who has served as President of Norland since 2022.",
        [("office", "President of Norland"), ("term_start", "1 March 2022"), ("birth_date", "4 April 1951")],
    )


def _walk(body: str) -> list[Claim]:
    return [c for c in extract_claims(clause_article(body)) if c.kind == "clause"]


def test_an_age_before_a_hypothetical_clause_is_no_claim_of_the_age_now():
    found = _walk("Karl Moen is running again. At 82, Karl Moen would be the oldest president ever.")
    assert not any(c.predicate == "aged" for c in found), [(c.text, c.predicate, c.object) for c in found]


def test_a_hypothetical_age_is_not_contradicted_by_the_birth_date():
    found = _walk("Karl Moen is running again. At 82, Karl Moen would be the oldest president ever.")
    verdicts = [verdict(c, [_moen()], dt.date(2030, 4, 1)).verdict for c in found if c.predicate == "aged"]
    assert Verdict.CONTRADICTED not in verdicts


def test_an_age_before_a_present_clause_is_still_the_age_now():
    found = _walk("Karl Moen is running again. At 78, Karl Moen is the oldest president ever.")
    aged = [c for c in found if c.predicate == "aged"]
    assert [verdict(c, [_moen()], dt.date(2030, 4, 1)).verdict for c in aged] == [Verdict.SUPPORTED]


# --- 5. clause17: a succession or deal told with 'will' under a condition is read as a fact ------------------------
# `scheduled` lets 'will' before succeed/acquire/replace/join make a fact; the walk's conditional test looks only at
# a 'mark' child of the verb itself, which 'will' used to make moot, so 'If she wins the runoff, X will succeed Y',
# '... unless regulators object' and 'Should she take office, ...' are now claims that X succeeded Y.


@pytest.mark.parametrize(
    "body",
    ["Lena Brandt won the first round. If she wins the runoff, Lena Brandt will succeed Karl Moen.",
     "Orvik Foods will acquire Harbor Mills unless regulators object.",
     "Lena Brandt won the runoff. Should she take office, Brandt will succeed Karl Moen."],
    ids=["if", "unless", "should"],
)  # fmt: skip
def test_a_succession_or_deal_under_a_condition_stays_no_claim(body):
    found = _walk(body)
    assert not any(c.predicate in {"succeeded", "acquired"} for c in found), [(c.text, c.predicate) for c in found]


def test_an_unconditional_scheduled_succession_is_still_a_claim():
    found = _walk("Lena Brandt won the runoff with 54 percent. She will succeed Karl Moen, who served two terms.")
    assert any(c.predicate == "succeeded" and c.object == "Karl Moen" for c in found)


# --- 6. lead 59c9281: a claim whose judging raises loses its reviewer's decision and note ---------------------------
# `_not_judged` builds the result afresh, without what `decide` attaches (review, note, the outcome the review
# gives): a claim a reviewer accepted counts as not checked, so `--fail-on not-checked` fails a reviewed file.


def _judged_with_a_bug(monkeypatch, raising: bool) -> ClaimResult:
    claim = clause_claim("Karl Moen won", "Karl Moen", "won").model_copy(
        update={"status": "accepted", "reviewer": "desk", "why": "checked by phone", "note": "called his office"}
    )
    if raising:

        def broken(*_args, **_kwargs):
            raise IndexError("list index out of range")

        monkeypatch.setattr(judge_module, "findings_for", broken)
    monkeypatch.delenv("VERIFY_DEBUG", raising=False)
    return judge_module.judge([claim], EvidencePool(), dt.date(2030, 4, 1))[0]


def test_a_reviewed_claim_whose_judging_raises_keeps_the_reviewers_decision(monkeypatch):
    result = _judged_with_a_bug(monkeypatch, raising=True)
    assert (result.outcome, result.note) == (Outcome.ACCEPTED, "called his office")


def test_a_reviewed_claim_judged_without_a_bug_keeps_the_reviewers_decision(monkeypatch):
    result = _judged_with_a_bug(monkeypatch, raising=False)
    assert (result.outcome, result.note) == (Outcome.ACCEPTED, "called his office")


# --- 7. judge17: a magnitude supported by the place's page on an earlier earthquake -------------------------------
# `magnitude_findings` supports a magnitude when every magnitude the subject's page gives is the claimed one; the
# reader gives 'A 6.9-magnitude earthquake struck Varo on Sunday' to Varo, and Varo's page on the town names one
# magnitude, its 1999 quake's: the 2031 quake's magnitude is then supported by another event.


def _varo_quake(doc: Document) -> Verdict:
    text = "6.9-magnitude earthquake"
    claim = clause_claim(
        text, "Varo", "magnitude", "A 6.9-magnitude earthquake struck Varo on Sunday, killing 12 people.",
        kind="quantity", value="magnitude 6.9", number=6.9, unit="magnitude", context="Varo", with_predicate=False,
    )  # fmt: skip
    return verdict(claim, [doc], dt.date(2031, 4, 1)).verdict


def test_a_magnitude_is_not_supported_by_the_places_page_on_an_earlier_earthquake():
    town = page("Varo", "Varo is a town in the north. In 1999 a magnitude 6.9 earthquake destroyed its old town.")
    assert _varo_quake(town) != Verdict.SUPPORTED


def test_a_magnitude_is_still_supported_by_the_events_own_page():
    quake = page("2031 Varo earthquake", "On 30 March 2031, a magnitude 6.9 earthquake struck the town of Varo.")
    claim_subject_event = clause_claim(
        "6.9-magnitude earthquake", "2031 Varo earthquake", "magnitude", "A 6.9-magnitude earthquake struck Varo.",
        kind="quantity", value="magnitude 6.9", number=6.9, unit="magnitude", context="2031 Varo earthquake",
        with_predicate=False,
    )  # fmt: skip
    assert verdict(claim_subject_event, [quake], dt.date(2031, 4, 1)).verdict == Verdict.SUPPORTED


# --- 8. judge17: an office page's holder back for a second spell is no rival (a past holder supported as current) ---
# `_term_ended_by` sets aside the office page's 'Incumbent: Luis Pardo' when Pardo's own page ends ANY term of the
# office before the article's day: his first spell (2018-2022) ended, his second (since 2030) is open. Ana Roth,
# president 2026-2030, whose own page still lists her term open, is then supported as president in 2031.

_CHILE_POST = boxed(
    "President of Chile",
    "The president of Chile is the head of state and head of government of Chile.",
    [("post", "President"), ("body", "Chile"), ("incumbent", "Luis Pardo"), ("incumbentsince", "11 March 2030")],
)
_ROTH_PRESIDENT = boxed(
    "Ana Roth",
    "Ana Roth (born 4 April 1970) is a Chilean politician who is the president of Chile.",
    [("office", "President of Chile"), ("term_start", "11 March 2026"), ("birth_date", "4 April 1970")],
)


def _pardo(*spells: tuple[str, str | None]) -> Document:
    rows: list[tuple[str, str]] = []
    for n, (start, end) in enumerate(spells):
        key = str(n or "")
        rows += [(f"office{key}", "President of Chile"), (f"term_start{key}", start)]
        rows += [(f"term_end{key}", end)] if end else []
    return boxed("Luis Pardo", "Luis Pardo (born 1 June 1960) is a Chilean politician.", rows)


def _roth_is_chiles_president(pardo: Document) -> Verdict:
    claim = clause_claim(
        "Chilean President Ana Roth", "Ana Roth", "holds office", kind="role", relation="holds office",
        value="President", nationality="Chilean",
    )  # fmt: skip
    return verdict(claim, [_ROTH_PRESIDENT, _CHILE_POST, pardo], dt.date(2031, 4, 1)).verdict


def test_a_past_president_is_not_supported_when_the_holder_is_back_for_a_second_spell():
    assert _roth_is_chiles_president(_pardo(("11 March 2030", None), ("11 March 2018", "11 March 2022"))) != (
        Verdict.SUPPORTED
    )


def test_a_past_president_is_still_contradicted_by_a_holder_with_one_open_spell():
    assert _roth_is_chiles_president(_pardo(("11 March 2030", None))) == Verdict.CONTRADICTED


# --- 9. judge17: a foreign president titled without a country, whose page names the article's country once --------
# `of_the_posts_country` reads a bare 'President' as the article's one country's post when the person's page names
# that country in ANY sentence: a US president who 'visited Chile' is then Chile's president, and Chile's office
# page contradicts him. Before judge17 his own page supported him.


def _hale(said: str) -> Verdict:
    hale = boxed(
        "Tom Hale",
        "Tom Hale (born 2 May 1968) is an American politician who has served as the 50th president of the United"
        f" States since 2029.{said}",
        [("office", "President of the United States"), ("term_start", "20 January 2029"), ("birth_date", "2 May 1968")],
    )
    claim = clause_claim(
        "President Tom Hale", "Tom Hale", "holds office", kind="role", relation="holds office", value="President"
    )
    return verdict(claim, [hale, _CHILE_POST], dt.date(2031, 4, 1)).verdict


def test_a_foreign_president_whose_page_mentions_the_articles_country_is_not_contradicted():
    assert _hale(" In 2030 he visited Chile and Peru.") != Verdict.CONTRADICTED


def test_a_foreign_president_whose_page_never_names_the_articles_country_is_still_supported():
    assert _hale("") == Verdict.SUPPORTED


# --- 10. judge17: a birthplace's country the page contradicts is no longer contradicted ----------------------------
# `_place_and_area` reads 'born in Varo in Spain' as the town Varo and an area that never contradicts: the page's
# 'Varo, France' then leaves the claim unverified, where before it was contradicted (a one-fact-false variant of
# the country is missed). A country, unlike 'the Alps', is an area a page's 'Town, Country' does name.


def _roth_born(area: str) -> Verdict:
    text = f"Roth was born in Varo in {area}"
    claim = clause_claim(text, "Ana Roth", "born in", f"{text}.", value="Varo", place=area)
    roth = boxed("Ana Roth", "Ana Roth (born 4 April 1970) is a politician.", [("birth_place", "Varo, France")])
    return verdict(claim, [roth], dt.date(2031, 9, 6)).verdict


def test_a_birthplace_put_in_another_country_than_the_page_gives_is_contradicted():
    assert _roth_born("Spain") == Verdict.CONTRADICTED


def test_a_birthplace_put_in_the_country_the_page_gives_is_still_supported():
    assert _roth_born("France") == Verdict.SUPPORTED


# --- 11. judge17: a portfolio a prime minister held alongside the premiership is contradicted by it ---------------
# `_sibling_in_years` contradicts a held office with stated years when the person's infobox gives no term of it and
# one other post of the same government spans the years; a prime minister often keeps a ministry himself (Israel's,
# India's, the UK's 'Minister for the Civil Service'), and an infobox that lists only the premiership then refutes
# the true 'served as Minister of Health from 2015 to 2016'. Before judge17: unverified.


def _levi_served_as(office: str, years: str) -> Verdict:
    levi = boxed(
        "Dan Levi",
        "Dan Levi (born 4 April 1950) is an Israeli politician, prime minister of Israel from 2009 to 2021.",
        [("office", "Prime Minister of Israel"), ("term_start", "31 March 2009"), ("term_end", "13 June 2021")],
    )
    text = f"he served as {office}"
    claim = clause_claim(
        text, "Dan Levi", "held office", f"Before that {text} from {years}.", kind="role", relation="held office",
        value=office,
    )  # fmt: skip
    return verdict(claim, [levi], dt.date(2031, 9, 6)).verdict


def test_a_ministry_held_while_prime_minister_is_not_contradicted_by_the_premiership():
    assert _levi_served_as("Minister of Health of Israel", "2015 to 2016") != Verdict.CONTRADICTED


def test_the_premiership_the_infobox_gives_for_those_years_is_still_supported():
    assert _levi_served_as("Prime Minister of Israel", "2009 to 2021") == Verdict.SUPPORTED


# --- 12. lead 59c9281: a claim not judged for a bug loses the article's report after all ----------------------------
# The judge now turns one claim's bug into a not-checked claim with reason internal_error, but the reports' words
# for reasons (`verify/report/common.py` REASON_WORDS) have none for it: `why` raises KeyError and the article's
# report is lost as before ('reports: no files written'; the JSON is left written beside the error).


def _seed_with_a_bug_on(monkeypatch, tmp_path, words: str | None):
    real = judge_module.findings_for

    def broken(claim, own, pool, as_of):
        if words is not None and words in claim.text:
            raise IndexError("list index out of range")
        return real(claim, own, pool, as_of)

    monkeypatch.setattr(judge_module, "findings_for", broken)
    monkeypatch.delenv("VERIFY_DEBUG", raising=False)
    return check(SEED, "--offline", "--out", tmp_path)


def test_a_bug_judging_one_claim_still_writes_the_articles_reports(monkeypatch, tmp_path):
    result = _seed_with_a_bug_on(monkeypatch, tmp_path, "Lavrov")
    assert "internal error (KeyError" not in result.stderr, result.stderr
    assert (tmp_path / "nato-defense-chiefs.md").exists()


def test_the_seed_without_a_bug_writes_its_reports(monkeypatch, tmp_path):
    result = _seed_with_a_bug_on(monkeypatch, tmp_path, None)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "nato-defense-chiefs.md").exists()


# --- 13. fc17: 'then-president' is supported by a term that does not cover the time the sentence gives -------------
# `without_status` reads 'then-' as held at SOME time (Relation.HELD_OFFICE), and the held-office judge asks only
# that the office was held once; the sentence's own year ('In 2015, then-President Dan Levi signed the treaty')
# is never compared with the term (2021-2025). A wrong year for the presidency is then supported.


def _then_president(sentence: str) -> Verdict:
    levi = page(
        "Dan Levi",
        "Dan Levi (born 4 April 1960) is an Israeli politician who served as president of Israel from 2021 to 2025.",
    )
    claim = clause_claim(
        "then-President Dan Levi", "Dan Levi", "holds office", sentence, kind="role", relation="holds office",
        value="then-President", nationality="Israeli",
    )  # fmt: skip
    return verdict(claim, [levi], dt.date(2026, 4, 1)).verdict


def test_a_then_president_in_a_year_before_the_term_is_not_supported():
    assert _then_president("In 2015, then-President Dan Levi signed the treaty.") != Verdict.SUPPORTED


def test_a_then_president_in_a_year_of_the_term_is_supported():
    assert _then_president("The treaty was signed in 2023 by then-President Dan Levi.") == Verdict.SUPPORTED


# --- 14. revfix17 (F1 again): the fix keeps a length of the nouns it lists; any other person noun still goes to Roe -
# `_someone` keeps people nouns and a list of relations (predecessor, successor, opponent, challenger, kin), so
# 'her rival', 'her aide', 'her ally', 'her colleague', 'the suspect' still hand their lengths to the story's topic;
# 'The opposition leader' is handed to Roe by `refs.described`. One mechanism would cover them: a person noun with a
# possessive ('her X') is not its possessor, and a length of a person noun the article names no one for is theirs.


# Fixed by count18: a common noun for one person (a lexicon class of people, or one the parse makes a person:
# "the newcomer, who ...", "the newcomer has served as mayor") is the topic only where the text calls the topic
# by it (`verify.kinds.quantity.owner.person_called`).


@pytest.mark.parametrize(
    "sentence",
    ["Her rival has served as mayor of the capital for six years.",
     "Her colleague has served as foreign minister for six years.",
     "Her aide has worked in the ministry for six years.",
     "The suspect has lived in Vestria for six years.",
     "The opposition leader has served as mayor for six years.",
     "The defendant has lived in the capital for six years.",
     "A challenger has served as mayor of the capital for six years.",
     "The newcomer has served as mayor of the capital for six years.",
     "The newcomer, who was elected in 2020, has run the capital for six years.",
     "Her sidekick has lived in the capital for six years."],
    ids=["rival", "colleague", "aide", "suspect", "opposition-leader", "defendant", "a-challenger",
         "served-as-a-role", "who-clause", "possessed-noun-of-no-lexicon"],
)  # fmt: skip
def test_a_length_of_any_other_person_is_not_the_topics(sentence):
    assert _roe_story_claim(sentence, "duration").subject != "Jane Roe"


def test_a_length_of_a_noun_the_text_calls_the_topic_by_is_still_hers():
    # the lede: "Jane Roe was sworn in ... for a second term as President of Vestria"
    assert _roe_story_claim("The president has led the country for three years.", "duration").subject == "Jane Roe"


def test_a_colleagues_tenure_is_not_supported_by_the_topics_own_past_term():
    claim = _roe_story_claim("Her colleague has served as Vestria's foreign minister for six years.", "duration")
    assert verdict(claim, [_roe_page()], APRIL_2026).verdict != Verdict.SUPPORTED


def test_an_opposition_leaders_tenure_is_not_supported_by_the_topics_own_past_term():
    sentence = "The opposition leader has served as Vestria's foreign minister for six years."
    claim = _roe_story_claim(sentence, "duration")
    assert verdict(claim, [_roe_page()], APRIL_2026).verdict != Verdict.SUPPORTED
