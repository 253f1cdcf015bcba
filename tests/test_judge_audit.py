"""Every path that can say "contradicted" or "supported", tried on short sentences of our own about
people and events the stored pages cover but no verdict-set article is about (Donald Trump, Vladimir
Putin, Sergey Lavrov, Sergei Shoigu, the NATO Military Committee's chair, the Russo-Ukrainian war):
a conflict must be about the same subject and the same relation, and a support must match every
checkable value; what the claim's structure leaves unsure stays unverified."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim as claim
from tests.support.judging import page, verdict
from verify.kinds.date.judge import date_span
from verify.kinds.role.judge import _past_binds, _says_holder
from verify.models import Claim, Stance, Verdict

SUMMER_2025 = dt.date(2025, 8, 20)


# --- a year must date the relation's own verb -------------------------------------------------------

TRUMP_BORN = "Donald John Trump (born June 14, 1946) is an American politician, media personality, and businessman."
TRUMP_STUDIED = (
    "Born in New York City, Trump graduated with a bachelor's degree in economics from the University of "
    "Pennsylvania in 1968."
)


def test_another_birth_year_in_the_birth_sentence_contradicts():
    wrong = claim("Trump was born in 1950", "Donald Trump", "born in", time="1950")
    result = verdict(wrong, [page("Donald Trump", TRUMP_BORN)], SUMMER_2025)
    assert result.verdict == Verdict.CONTRADICTED
    assert "1946" in result.evidence[0].snippet


def test_a_year_that_dates_another_event_of_the_sentence_is_no_birth_year():
    wrong = claim("Trump was born in 1950", "Donald Trump", "born in", time="1950")
    assert verdict(wrong, [page("Donald Trump", TRUMP_STUDIED)], SUMMER_2025).verdict == Verdict.UNVERIFIED


# --- a subject read from a pronoun ------------------------------------------------------------------

JAPAN_2024 = dt.date(2024, 9, 27)


def test_a_pronoun_another_page_fits_makes_the_conflict_no_conflict(pages):
    sentence = "He was president of the Liberal Democratic Party from 2021 to 2024."
    # the reader took 'He' for Ishiba; Kishida's page states the spell, so 'He' may well be Kishida
    misread = claim("He was president of the Liberal Democratic Party from 2021", "Shigeru Ishiba", "was", sentence,
                    object="president of the Liberal Democratic Party", time="2021")  # fmt: skip
    result = verdict(misread, pages("Shigeru Ishiba", "Fumio Kishida"), JAPAN_2024)
    assert result.verdict == Verdict.UNVERIFIED


def test_the_same_conflict_with_the_subject_named_contradicts(pages):
    sentence = "Ishiba was president of the Liberal Democratic Party from 2021 to 2024."
    named = claim("Ishiba was president of the Liberal Democratic Party from 2021", "Shigeru Ishiba", "was", sentence,
                  object="president of the Liberal Democratic Party", time="2021")  # fmt: skip
    result = verdict(named, pages("Shigeru Ishiba", "Fumio Kishida"), JAPAN_2024)
    assert result.verdict == Verdict.CONTRADICTED
    assert "none from 2021" in result.rationale


# --- an office held in more than one spell -----------------------------------------------------------


def foreign_minister_kishida() -> Claim:
    return claim("Japanese Foreign Minister Fumio Kishida", "Fumio Kishida", "holds office", kind="role",
                 value="Foreign Minister", nationality="Japanese")  # fmt: skip


def test_a_spell_listed_under_the_office_row_above_supports_the_office_on_its_days(pages):
    # the infobox lists 'Minister for Foreign Affairs' for November 2021, and below it a second spell
    # (2012-2017) with no office row of its own
    result = verdict(foreign_minister_kishida(), pages("Fumio Kishida"), dt.date(2015, 6, 1))
    assert result.verdict == Verdict.SUPPORTED
    assert "2012-12-26" in result.rationale


def test_no_spell_covering_the_day_still_contradicts(pages):
    result = verdict(foreign_minister_kishida(), pages("Fumio Kishida"), dt.date(2019, 6, 1))
    assert result.verdict == Verdict.CONTRADICTED


def test_an_infobox_term_that_starts_later_does_not_contradict_an_earlier_spell_the_lead_gives(pages):
    # the infobox lists the presidency from 2012 only; the lead says 'as president from 2000 to 2008'
    president = claim("Russian President Vladimir Putin", "Vladimir Putin", "holds office", kind="role",
                      value="President", nationality="Russian")  # fmt: skip
    assert verdict(president, pages("Vladimir Putin"), dt.date(2005, 6, 1)).verdict != Verdict.CONTRADICTED
    assert verdict(president, pages("Vladimir Putin"), dt.date(2010, 6, 1)).verdict == Verdict.CONTRADICTED


def test_a_start_date_of_the_second_spell_is_supported(pages):
    sentence = "Kishida became Foreign Minister on 26 December 2012."
    began = claim("became Foreign Minister on 26 December 2012", "Fumio Kishida", "became", sentence,
                  kind="date", value="26 December 2012")  # fmt: skip
    assert verdict(began, pages("Fumio Kishida"), dt.date(2013, 1, 10)).verdict == Verdict.SUPPORTED


# --- who holds an office, as of the article's day -----------------------------------------------------


def test_an_undated_holder_on_a_later_revision_does_not_contradict_an_earlier_holder(pages):
    office = pages("Chair of the NATO Military Committee")[0]
    undated = office.model_copy(update={"infobox": tuple(f for f in office.infobox if f.label != "incumbentsince")})
    chair = claim("NATO Military Committee Chair Rob Bauer", "Rob Bauer", "holds office", kind="role",
                  value="Chair of the NATO Military Committee")  # fmt: skip
    assert verdict(chair, [undated], dt.date(2024, 6, 1)).verdict == Verdict.UNVERIFIED  # saved June 2025
    result = verdict(chair, [undated], dt.date(2025, 7, 1))  # the revision speaks of the article's day
    assert result.verdict == Verdict.CONTRADICTED
    assert "Cavo Dragone" in result.rationale


def test_a_rival_holder_is_one_the_sentence_makes_the_holder():
    phrases = ["prime minister of japan"]
    assert _says_holder("He has served as prime minister of Japan since 1 October 2024.", phrases)
    assert not _says_holder("She has been an adviser to the prime minister of Japan since 2020.", phrases)
    assert not _says_holder("He was appointed by the prime minister of Japan in 2021.", phrases)


def test_a_past_word_counts_only_when_said_of_the_office():
    def binds(sentence: str, office: str) -> bool:
        folded = sentence.lower()
        at = folded.index(office)
        return _past_binds(folded, at, at + len(office))

    assert binds("he is a former prime minister of japan.", "prime minister of japan")
    assert binds("he served as prime minister of japan from 2021 to 2024.", "prime minister of japan")
    assert not binds("he succeeded the former prime minister of japan as party leader.", "prime minister of japan")
    assert not binds("he is prime minister of japan.", "prime minister of japan")


def test_a_sentence_tying_the_office_to_another_country_supports_nothing():
    # Lavrov's page words: 'has served as Minister of Foreign Affairs' of Russia since 2004
    lavrov = page("Sergey Lavrov", "Sergey Lavrov has served as Minister of Foreign Affairs of Russia since 2004.")
    russian = claim("Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov", "holds office", kind="role",
                    value="Foreign Minister", nationality="Russian")  # fmt: skip
    belarusian = russian.model_copy(
        update={"text": "Belarusian Foreign Minister Sergey Lavrov", "nationality": "Belarusian"}
    )
    assert verdict(russian, [lavrov], SUMMER_2025).verdict == Verdict.SUPPORTED
    assert verdict(belarusian, [lavrov], SUMMER_2025).verdict != Verdict.SUPPORTED


# --- descriptions, tenures, lengths and days -------------------------------------------------------------


def test_a_country_named_in_a_description_is_no_nationality(pages):
    docs = pages("Sergey Lavrov")
    russian = claim("Lavrov, a Russian diplomat", "Sergey Lavrov", "is", object="a Russian diplomat")
    ukrainian = claim("Lavrov, a Ukrainian diplomat", "Sergey Lavrov", "is", object="a Ukrainian diplomat")
    at_talks = claim("Lavrov, a diplomat at talks on Ukraine", "Sergey Lavrov", "is",
                     object="a diplomat at talks on Ukraine")  # fmt: skip
    assert verdict(russian, docs, SUMMER_2025).verdict == Verdict.SUPPORTED
    assert verdict(ukrainian, docs, SUMMER_2025).verdict == Verdict.CONTRADICTED
    assert verdict(at_talks, docs, SUMMER_2025).verdict == Verdict.UNVERIFIED


def tenure(text: str, number: float) -> Claim:
    return claim(text, "Sergei Shoigu", "served", kind="duration", value=f"{number:g} years", number=number,
                 unit="years")  # fmt: skip


def test_a_tenure_is_read_against_the_office_it_names(pages):
    docs = pages("Sergei Shoigu")
    assert verdict(tenure("Shoigu led the defence ministry for 15 years", 15), docs, SUMMER_2025).verdict == (
        Verdict.CONTRADICTED
    )
    # 'a minister' names no ministry: years in office across posts are not the length of one of them
    assert verdict(tenure("Shoigu was a minister for 30 years", 30), docs, SUMMER_2025).verdict == (Verdict.UNVERIFIED)


def war(text: str, number: float) -> Claim:
    return claim(text, "war", "lasted", kind="duration", value=f"{number:g} years", number=number, unit="years",
                 context="Russo-Ukrainian war")  # fmt: skip


def test_a_bounded_length_is_read_with_its_bound(pages):
    docs = pages("Russo-Ukrainian war")
    day = dt.date(2025, 12, 1)  # 3.8 years after the invasion of February 2022
    assert verdict(war("the war has lasted nearly four years", 4), docs, day).verdict == Verdict.SUPPORTED
    assert verdict(war("the war has lasted nearly six years", 6), docs, day).verdict == Verdict.CONTRADICTED


def test_a_length_less_than_a_unit_off_is_a_rounding_not_a_conflict(pages):
    docs = pages("Russo-Ukrainian war")
    day = dt.date(2025, 1, 31)  # 2.9 years after the invasion
    assert verdict(war("the war has lasted three years", 3), docs, day).verdict != Verdict.CONTRADICTED
    assert verdict(war("the war has lasted five years", 5), docs, day).verdict == Verdict.CONTRADICTED


def test_a_row_date_covers_every_day_of_its_span():
    assert date_span("9–11 July 2024") == (dt.date(2024, 7, 9), dt.date(2024, 7, 11))
    assert date_span("30 June – 7 July 2024") == (dt.date(2024, 6, 30), dt.date(2024, 7, 7))
    assert date_span("August 15, 2025") == (dt.date(2025, 8, 15), dt.date(2025, 8, 15))


def test_an_event_day_the_page_dates_otherwise_contradicts_and_the_same_day_supports(pages):
    docs = pages("2025 Russia–United States summit")
    sentence = "The summit held on 15 August 2025 ended without an agreement."
    same = claim("held on 15 August 2025", "2025 Russia–United States summit", "held", sentence, kind="date",
                 value="15 August 2025")  # fmt: skip
    other = same.model_copy(update={"text": "held on 16 August 2025", "value": "16 August 2025",
                                    "sentence": sentence.replace("15", "16")})  # fmt: skip
    assert verdict(same, docs, SUMMER_2025).verdict == Verdict.SUPPORTED
    assert verdict(other, docs, SUMMER_2025).verdict == Verdict.CONTRADICTED


def test_a_start_to_come_is_read_against_the_term_to_come(pages):
    docs = pages("Shigeru Ishiba")
    day = dt.date(2024, 9, 28)  # party president since 27 September; prime minister from 1 October
    sentence = "Ishiba is due to take office on 1 October 2024."
    due = claim("is due to take office on 1 October 2024", "Shigeru Ishiba", "take office", sentence, kind="date",
                value="1 October 2024")  # fmt: skip
    late = due.model_copy(update={"text": due.text.replace("1 October", "2 October"), "value": "2 October 2024"})
    assert verdict(due, docs, day).verdict == Verdict.SUPPORTED
    assert verdict(late, docs, day).verdict == Verdict.CONTRADICTED


def test_a_sentence_dates_an_event_only_in_every_word_of_its_relation():
    # the 2025 summit's day, worded as Trump's: it dates a meeting, not his taking office
    trump = page("Donald Trump", "Trump took part in a summit with Putin in Alaska on August 15, 2025.")
    took_office = claim("Trump took office on 15 August 2025", "Donald Trump", "took office", kind="date",
                        value="15 August 2025")  # fmt: skip
    took_part = claim("Trump took part in a summit on 15 August 2025", "Donald Trump", "took part", kind="date",
                      value="15 August 2025")  # fmt: skip
    assert verdict(took_office, [trump], SUMMER_2025).verdict == Verdict.UNVERIFIED
    assert verdict(took_part, [trump], SUMMER_2025).verdict == Verdict.SUPPORTED


# --- clauses read as the relation they word ------------------------------------------------------------


def test_a_clause_dating_a_start_to_come_is_judged_as_that_date(pages):
    docs = pages("Shigeru Ishiba")
    day = dt.date(2024, 9, 28)
    sentence = "Ishiba is due to take office on 1 October 2024."
    due = claim("is due to take office on 1 October 2024", "Shigeru Ishiba", "be", sentence,
                object="due to take office on 1 October 2024")  # fmt: skip
    late = due.model_copy(update={"text": due.text.replace("1 October", "2 October"),
                                  "object": due.object.replace("1 October", "2 October")})  # fmt: skip
    assert verdict(due, docs, day).verdict == Verdict.SUPPORTED
    result = verdict(late, docs, day)
    assert result.verdict == Verdict.CONTRADICTED
    assert "1 October 2024" in result.evidence[0].snippet


def test_leading_a_party_is_a_spell_at_its_head(pages):
    docs = pages("Rishi Sunak")
    day = dt.date(2023, 6, 1)
    right = claim("Sunak has led the Conservative Party since 2022", "Rishi Sunak", "led",
                  object="the Conservative Party", time="2022")  # fmt: skip
    wrong = claim("Sunak has led the Conservative Party since 2019", "Rishi Sunak", "led",
                  object="the Conservative Party", time="2019")  # fmt: skip
    assert verdict(right, docs, day).verdict == Verdict.SUPPORTED
    assert verdict(wrong, docs, day).verdict == Verdict.CONTRADICTED


def test_a_full_name_the_page_opens_with_finds_the_page(pages):
    from verify.match import pages_about

    docs = pages("Luís Montenegro", "Sergey Lavrov")
    assert [d.title for d in pages_about("Filipe Montenegro Cardoso de Morais Esteves", docs)] == ["Luís Montenegro"]
    assert pages_about("Cardoso de Morais", docs) == []  # a part of a name is not the person


def test_a_birthplace_a_sentence_opens_with_is_read(pages):
    trump = [page("Donald Trump", TRUMP_STUDIED)]
    new_york = claim("Trump was born in New York City", "Donald Trump", "born in", place="New York City")
    chicago = claim("Trump was born in Chicago", "Donald Trump", "born in", place="Chicago")
    assert verdict(new_york, trump, SUMMER_2025).verdict == Verdict.SUPPORTED
    assert verdict(chicago, trump, SUMMER_2025).verdict == Verdict.CONTRADICTED


# --- successions --------------------------------------------------------------------------------------------


def test_a_succession_in_another_year_than_the_term_listed_is_no_conflict(pages):
    # Putin's infobox lists the presidency from 2012 (predecessor Dmitry Medvedev) and nothing earlier
    docs = pages("Vladimir Putin")
    dated = claim("Putin succeeded Boris Yeltsin in 2000", "Vladimir Putin", "succeeded", object="Boris Yeltsin",
                  time="2000")  # fmt: skip
    undated = claim("Putin succeeded Boris Yeltsin", "Vladimir Putin", "succeeded", object="Boris Yeltsin")
    assert verdict(dated, docs, SUMMER_2025).verdict == Verdict.UNVERIFIED
    assert verdict(undated, docs, SUMMER_2025).verdict == Verdict.UNVERIFIED  # one office listed: no career
    medvedev = claim("Putin succeeded Dmitry Medvedev", "Vladimir Putin", "succeeded", object="Dmitry Medvedev")
    assert verdict(medvedev, docs, SUMMER_2025).verdict == Verdict.SUPPORTED


def test_a_career_listing_another_predecessor_for_the_office_held_contradicts(pages):
    docs = pages("Sergei Shoigu")  # Secretary of the Security Council since May 2024, after Nikolai Patrushev
    wrong = claim("Shoigu succeeded Sergei Ivanov", "Sergei Shoigu", "succeeded", object="Sergei Ivanov")
    result = verdict(wrong, docs, SUMMER_2025)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Nikolai Patrushev" in result.evidence[0].snippet
    # a year that is not this term's start speaks of another handover, one the rows do not give
    other_year = wrong.model_copy(update={"text": "Shoigu succeeded Sergei Ivanov in 2012", "time": "2012"})
    assert verdict(other_year, docs, SUMMER_2025).verdict == Verdict.UNVERIFIED


def test_leading_the_government_since_a_day_is_read_against_the_government_post(pages):
    # on 1 June 2023 Sunak was prime minister (from 25 October 2022), party leader (from 24 October) and an MP
    docs = pages("Rishi Sunak")
    day = dt.date(2023, 6, 1)
    right = claim("has led the government since 25 October 2022", "Rishi Sunak", "led", kind="date",
                  value="25 October 2022")  # fmt: skip
    party_day = right.model_copy(update={"text": "has led the government since 24 October 2022",
                                         "value": "24 October 2022"})  # fmt: skip
    assert verdict(right, docs, day).verdict == Verdict.SUPPORTED
    result = verdict(party_day, docs, day)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Prime Minister" in result.rationale


def test_an_office_held_under_a_head_of_government_needs_the_term_to_name_them(pages):
    # Shoigu was deputy prime minister in 2000, the row naming Vladimir Putin (and Mikhail Kasyanov, acting)
    docs = pages("Sergei Shoigu")

    def held(under: str) -> Claim:
        return claim(f"Shoigu was deputy prime minister under {under}", "Sergei Shoigu", "held office", kind="role",
                     value=f"Deputy Prime Minister under {under}", nationality="Russian")  # fmt: skip

    assert verdict(held("Vladimir Putin"), docs, SUMMER_2025).verdict == Verdict.SUPPORTED
    assert verdict(held("Dmitry Medvedev"), docs, SUMMER_2025).verdict == Verdict.UNVERIFIED


def test_a_spell_under_a_head_of_government_needs_the_term_to_name_them(pages):
    docs = pages("Sergei Shoigu")  # deputy prime minister in 2000, the row naming Vladimir Putin
    text = "Shoigu was deputy prime minister under Vladimir Putin from 2000"
    putin = claim(text, "Sergei Shoigu", "was", object="Deputy Prime Minister of Russia under Vladimir Putin",
                  time="2000")  # fmt: skip
    yeltsin = putin.model_copy(update={"object": "Deputy Prime Minister of Russia under Boris Yeltsin"})
    assert verdict(putin, docs, SUMMER_2025).verdict == Verdict.SUPPORTED
    assert verdict(yeltsin, docs, SUMMER_2025).verdict == Verdict.UNVERIFIED


def test_a_spell_whose_object_was_read_as_the_head_is_read_from_its_words(pages):
    # the reader took 'Putin' for the object: the post is the words between the verb and the years
    text = "Shoigu was deputy prime minister under Putin from 2000"
    spell = claim(text, "Sergei Shoigu", "was", object="Putin", time="2000")
    assert verdict(spell, pages("Sergei Shoigu"), SUMMER_2025).verdict == Verdict.SUPPORTED


def test_a_post_held_twice_has_two_ordinals_and_either_is_right(pages):
    docs = pages("Donald Trump")  # the 47th president since 2025, the 45th from 2017 to 2021
    day = dt.date(2025, 8, 20)

    def numbered(ordinal: str) -> Claim:
        return claim(f"Trump, the {ordinal} president of the United States", "Donald Trump", "is",
                     object=f"the {ordinal} president of the United States")  # fmt: skip

    assert verdict(numbered("45th"), docs, day).verdict == Verdict.SUPPORTED
    assert verdict(numbered("47th"), docs, day).verdict == Verdict.SUPPORTED
    assert verdict(numbered("46th"), docs, day).verdict == Verdict.CONTRADICTED


def test_a_pronoun_after_another_persons_name_makes_the_conflict_no_conflict(pages):
    docs = pages("Sergei Shoigu")  # Secretary of the Security Council since 2024, after Nikolai Patrushev
    sentence = "Putin returned in 2012, when he succeeded Dmitry Medvedev."
    misread = claim("he succeeded Dmitry Medvedev", "Sergei Shoigu", "succeeded", sentence, object="Dmitry Medvedev")
    assert verdict(misread, docs, SUMMER_2025).verdict == Verdict.UNVERIFIED  # 'he' follows 'Putin'
    sentence = "Shoigu has been secretary of the Security Council since 2024, when he succeeded Dmitry Medvedev."
    named = claim("he succeeded Dmitry Medvedev", "Sergei Shoigu", "succeeded", sentence, object="Dmitry Medvedev")
    assert verdict(named, docs, SUMMER_2025).verdict == Verdict.CONTRADICTED


def test_the_name_a_sentence_opens_with_is_its_subject_but_a_participle_or_a_clause_is_not():
    from verify.kinds.clause.judge import _someone_else_before

    def opening(sentence: str, text: str) -> str | None:
        return _someone_else_before(claim(text, "Sergei Shoigu", "was", sentence))

    assert (
        opening("Putin returned in 2012, when he succeeded Dmitry Medvedev.", "he succeeded Dmitry Medvedev") == "Putin"
    )
    assert opening("Born in Chadan, he was governor of Moscow Oblast from 2012.", "he was governor") is None
    assert opening("Before entering the Duma he led Unity from 1999.", "he led Unity from 1999") is None
    assert opening("Shoigu returned in 2024, when he succeeded Nikolai Patrushev.", "he succeeded") is None


def test_a_start_worded_with_auxiliaries_only_is_still_dated_by_the_term_rows(pages):
    sentence = "Shoigu has been Secretary of the Security Council since 12 May 2024."
    since = claim("been Secretary of the Security Council since 12 May 2024", "Shoigu", "been", sentence, kind="date",
                  value="2024-05-12")  # fmt: skip
    assert verdict(since, pages("Sergei Shoigu"), SUMMER_2025).verdict == Verdict.SUPPORTED


def test_two_offices_joined_by_and_are_supported_only_together(pages):
    docs = pages("Sergei Shoigu")  # Minister of Defence 2012-2024, Governor of Moscow Oblast in 2012

    def held(text: str, value: str) -> Claim:
        return claim(text, "Sergei Shoigu", "held office", kind="role", value=value, nationality="Russian")

    both = held("He was previously defence minister and governor of Moscow Oblast", "previously defence minister")
    one = held("He was previously defence minister and foreign minister", "previously defence minister")
    assert verdict(both, docs, SUMMER_2025).verdict == Verdict.SUPPORTED
    assert verdict(one, docs, SUMMER_2025).verdict == Verdict.UNVERIFIED  # no foreign ministry on his page


def test_the_day_of_another_office_begun_does_not_date_the_claimed_one():
    starmer = page("Keir Starmer", "Starmer became prime minister on 5 July 2024.")
    chancellor = claim("Starmer became Chancellor of the Exchequer on 5 July 2024", "Keir Starmer", "became",
                       kind="date", value="5 July 2024")  # fmt: skip
    assert verdict(chancellor, [starmer], SUMMER_2025).verdict == Verdict.UNVERIFIED


def test_a_start_naming_no_office_is_left_open_when_several_offices_were_then_held(pages):
    # on 1 June 2023 Sunak was prime minister (from 25 October 2022), party leader (from 24 October 2022)
    # and an MP: "has led it since" names none of them, so no one term start may decide it
    docs = pages("Rishi Sunak")
    day = dt.date(2023, 6, 1)
    vague = claim("has led it since 24 October 2022", "Rishi Sunak", "led", kind="date", value="24 October 2022")
    result = verdict(vague, docs, day)
    assert result.verdict == Verdict.UNVERIFIED, result.rationale
    assert [e.snippet for e in result.evidence if e.stance != Stance.NEUTRAL] == []  # no term row quoted either way


def test_a_distance_between_two_events_is_no_tenure(pages):
    """'left the ministry 11 years after he took it over' dates one event against another: the term the
    page gives for the ministry is not the distance the sentence states, so it settles nothing."""
    gap = claim("Shoigu left the defence ministry 11 years after", "Sergei Shoigu", "after", kind="duration",
                value="11 years", number=11.0, unit="years",
                sentence="Shoigu left the defence ministry 11 years after he took it over.")  # fmt: skip
    led = tenure("Shoigu led the defence ministry for 11 years", 11)
    assert verdict(led, pages("Sergei Shoigu"), SUMMER_2025).verdict == Verdict.SUPPORTED  # the term's own length
    result = verdict(gap, pages("Sergei Shoigu"), SUMMER_2025)
    assert result.verdict == Verdict.UNVERIFIED
    assert "between two events" in result.rationale
