"""The ways a one-fact-false sentence is caught, and the true sentences beside them that must not be:
each test is a short sentence of its own about people the stored pages cover (Sergei Shoigu, Dick
Schoof, Giuseppe Cavo Dragone, Charles Q. Brown Jr.), judged against those pages, whole, as the
desk would read them on the article's day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import clause_claim as clause
from tests.support.judging import verdict
from verify.kinds.clause.judge import _about_subject, _object_in, _office_named
from verify.models import Claim, Document, InfoboxField, Verdict
from verify.offices import Term, qualifiers, sibling_office, terms

SUMMER_2024 = dt.date(2024, 9, 1)  # Shoigu at the Security Council, Schoof prime minister


# --- a spell in an office: the years the infobox gives that office ---------------------------------


def test_a_spell_with_the_listed_years_is_supported(pages):
    sentence = "Shoigu was defence minister from 2012 to 2024."
    claim = clause("Shoigu was defence minister from 2012", "Sergei Shoigu", "was", sentence, time="2012")
    result = verdict(claim, pages("Sergei Shoigu"), SUMMER_2024)
    assert result.verdict == Verdict.SUPPORTED
    assert "Term began: 6 November 2012; Term ended: 12 May 2024" in result.evidence[0].snippet  # the page's rows


def test_another_start_year_for_a_listed_office_contradicts_quoting_its_term(pages):
    sentence = "Shoigu was defence minister from 2010 to 2024."
    claim = clause("Shoigu was defence minister from 2010", "Sergei Shoigu", "was", sentence, time="2010")
    result = verdict(claim, pages("Sergei Shoigu"), SUMMER_2024)
    assert result.verdict == Verdict.CONTRADICTED
    assert "none from 2010" in result.rationale
    assert "6 November 2012" in result.evidence[0].snippet


def test_another_end_year_the_sentence_gives_contradicts(pages):
    sentence = "Shoigu was defence minister from 2012 to 2020."
    claim = clause("Shoigu was defence minister from 2012", "Sergei Shoigu", "was", sentence, time="2012")
    result = verdict(claim, pages("Sergei Shoigu"), SUMMER_2024)
    assert result.verdict == Verdict.CONTRADICTED
    assert "none ending in 2020" in result.rationale


def test_a_spell_in_an_office_the_infobox_does_not_list_decides_nothing(pages):
    sentence = "Shoigu was governor of Tuva from 2010 to 2012."
    claim = clause("Shoigu was governor of Tuva from 2010", "Sergei Shoigu", "was", sentence, time="2010")
    assert verdict(claim, pages("Sergei Shoigu"), SUMMER_2024).verdict == Verdict.UNVERIFIED


def test_since_claims_the_term_still_ran_on_the_article_day(pages):
    sentence = "Shoigu has been defence minister since 2012."
    claim = clause("Shoigu has been defence minister since 2012", "Sergei Shoigu", "been", sentence, time="2012")
    docs = pages("Sergei Shoigu")
    assert verdict(claim, docs, dt.date(2020, 1, 1)).verdict == Verdict.SUPPORTED
    assert verdict(claim, docs, SUMMER_2024).verdict == Verdict.UNVERIFIED  # he had left in May


def test_leading_a_countrys_government_is_a_spell_as_its_prime_minister(pages):
    docs = pages("Dick Schoof")
    government = "the Dutch government"
    right = clause(f"Schoof has led {government} since 2024", "Dick Schoof", "led", object=government, time="2024")
    wrong = clause(f"Schoof has led {government} since 2022", "Dick Schoof", "led", object=government, time="2022")
    assert verdict(right, docs, SUMMER_2024).verdict == Verdict.SUPPORTED
    result = verdict(wrong, docs, SUMMER_2024)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Prime Minister of the Netherlands" in result.evidence[0].snippet


def test_sitting_on_a_body_is_a_spell_as_its_member(pages):
    docs = pages("Sergei Shoigu")  # 'Member of the Security Council of the Russian Federation', 2012-2024
    body = "on the Security Council of the Russian Federation"
    right = clause(f"Shoigu sat {body} from 2012", "Sergei Shoigu", "sat", f"Shoigu sat {body} from 2012 to 2024.",
                   object=body, time="2012")  # fmt: skip
    wrong = clause(f"Shoigu sat {body} from 2008", "Sergei Shoigu", "sat", f"Shoigu sat {body} from 2008 to 2024.",
                   object=body, time="2008")  # fmt: skip
    assert verdict(right, docs, SUMMER_2024).verdict == Verdict.SUPPORTED
    assert verdict(wrong, docs, SUMMER_2024).verdict == Verdict.CONTRADICTED


def test_the_office_of_a_spell_is_read_off_the_claim_only_when_it_names_a_post():
    named = clause("he was Director of Public Prosecutions from 2008", "Keir Starmer", "was", time="2008")
    no_post = clause("Trump, 78, previously served from 2017", "Donald Trump", "served", time="2017")
    assert _office_named(named) == "Director of Public Prosecutions"
    assert _office_named(no_post) is None


def test_a_term_row_without_an_office_is_another_spell_of_the_office_above():
    # Jens Stoltenberg's infobox (the stored 2024 copy): two spells as prime minister, the first without its own office
    rows = [
        ("office2", "Prime Minister of Norway"),
        ("term_start2", "17 October 2005"),
        ("term_end2", "16 October 2013"),
        ("term_start3", "17 March 2000"),
        ("term_end3", "19 October 2001"),
        ("office4", "Leader of the Opposition"),
        ("term_start4", "16 October 2013"),
    ]
    listed = terms([InfoboxField(label=label, value=value) for label, value in rows])
    spells = [(t.office.value, t.start.year) for t in listed]
    norway = "Prime Minister of Norway"
    assert spells == [(norway, 2005), (norway, 2000), ("Leader of the Opposition", 2013)]


def test_a_term_row_naming_a_seat_is_no_spell_of_the_office_above():
    # Luís Montenegro's infobox: a seat for Aveiro, its office row missing, after his opposition leadership
    rows = [
        ("office2", "Leader of the Opposition"),
        ("term_start2", "1 July 2022"),
        ("term_end2", "2 April 2024"),
        ("term_start4", "4 April 2002"),
        ("term_end4", "5 April 2018"),
        ("constituency4", "Aveiro"),
    ]
    listed = terms([InfoboxField(label=label, value=value) for label, value in rows])
    assert [(t.office.value, t.start.year) for t in listed] == [("Leader of the Opposition", 2022)]


def test_a_spell_in_a_sentence_belongs_to_the_office_named_just_before_it(pages):
    # "... served as Chief of the Defense Staff from 19 October 2021 to 3 October 2024, as the Chief of Staff
    # of the Italian Navy from 21 June 2019 to 19 October 2021"
    docs = pages("Giuseppe Cavo Dragone")
    navy = clause(
        "Dragone was Chief of Staff of the Italian Navy from 2019",
        "Giuseppe Cavo Dragone",
        "was",
        "Dragone was Chief of Staff of the Italian Navy from 2019 to 2021.",
        time="2019",
    )
    defence = clause(
        "Dragone was Chief of the Defense Staff from 2019",
        "Giuseppe Cavo Dragone",
        "was",
        "Dragone was Chief of the Defense Staff from 2019 to 2021.",
        time="2019",
    )
    assert verdict(navy, docs, SUMMER_2024).verdict == Verdict.SUPPORTED
    assert verdict(defence, docs, SUMMER_2024).verdict == Verdict.UNVERIFIED


def test_a_spell_joining_one_terms_start_to_anothers_end_is_not_supported():
    """Two spells (2000-2001, 2005-2013) do not make one from 2000 to 2013: neither row states it."""
    doc = Document(
        title="Jens Stoltenberg",
        url="https://en.wikipedia.org/wiki/Jens_Stoltenberg",
        source="wikipedia",
        revision_id="1",
        retrieved_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
        text="Jens Stoltenberg is a Norwegian politician.",
        infobox=(
            InfoboxField(label="office1", value="Prime Minister of Norway"),
            InfoboxField(label="term_start1", value="3 March 2000"),
            InfoboxField(label="term_end1", value="19 October 2001"),
            InfoboxField(label="term_start2", value="17 October 2005"),
            InfoboxField(label="term_end2", value="16 October 2013"),
        ),
    )
    sentence = "Stoltenberg was prime minister of Norway from 2000 to 2013."
    claim = clause(
        "Stoltenberg was prime minister of Norway from 2000", "Jens Stoltenberg", "was", sentence, time="2000"
    )
    assert verdict(claim, [doc], dt.date(2014, 1, 1)).verdict == Verdict.UNVERIFIED
    one_spell = claim.model_copy(
        update={
            "sentence": "Stoltenberg was prime minister of Norway from 2005 to 2013.",
            "text": "Stoltenberg was prime minister of Norway from 2005",
            "time": "2005",
        }
    )
    assert verdict(one_spell, [doc], dt.date(2014, 1, 1)).verdict == Verdict.SUPPORTED


def test_two_posts_held_over_one_spell_are_each_read_in_their_own_rows(pages):
    docs = pages("Olaf Scholz")  # Vice Chancellor and Minister of Finance, both 14 March 2018 to 8 December 2021
    sentence = "He was once her vice chancellor and finance minister from {} to 2021."

    def spell(year: int) -> Claim:
        return clause(f"He was once her vice chancellor and finance minister from {year}", "Olaf Scholz", "was",
                      sentence.format(year), time=str(year))  # fmt: skip

    day = dt.date(2025, 2, 24)
    result = verdict(spell(2018), docs, day)
    assert result.verdict == Verdict.SUPPORTED
    assert {"Office: Vice Chancellor of Germany", "Office: Minister of Finance"} <= {
        e.snippet.split(";")[0] for e in result.evidence
    }
    assert verdict(spell(2016), docs, day).verdict == Verdict.CONTRADICTED


def test_two_posts_one_of_which_the_page_does_not_list_decide_nothing(pages):
    sentence = "He was finance minister and foreign minister from 2018 to 2021."
    claim = clause("He was finance minister and foreign minister from 2018", "Olaf Scholz", "was", sentence,
                   time="2018")  # fmt: skip
    assert verdict(claim, pages("Olaf Scholz"), dt.date(2025, 2, 24)).verdict == Verdict.UNVERIFIED


# --- successions ------------------------------------------------------------------------------------


def test_was_replaced_by_names_the_successor(pages):
    sentence = "Security Council Secretary Sergei Shoigu was replaced at the ministry by Andrey Belousov."
    claim = clause(
        "replaced at the ministry by Andrey Belousov", "Sergei Shoigu", "replaced", sentence, object="Andrey Belousov"
    )
    result = verdict(claim, pages("Sergei Shoigu"), SUMMER_2024)
    assert result.verdict == Verdict.SUPPORTED
    assert "Successor: Andrey Belousov" in result.evidence[0].snippet


def test_a_by_elsewhere_in_the_sentence_does_not_turn_a_succession_round(pages):
    sentence = "Sergei Shoigu, appointed by Putin, succeeded Anatoly Serdyukov."
    claim = clause(
        "Sergei Shoigu, appointed by Putin, succeeded Anatoly Serdyukov",
        "Sergei Shoigu",
        "succeeded",
        sentence,
        object="Anatoly Serdyukov",
    )
    result = verdict(claim, pages("Sergei Shoigu"), SUMMER_2024)
    assert result.verdict == Verdict.SUPPORTED  # by the predecessor row, not read as a successor
    assert "Predecessor: Anatoly Serdyukov" in result.evidence[0].snippet


def test_a_past_succession_is_not_read_in_the_office_held_today(pages):
    sentence = "Security Council Secretary Sergei Shoigu succeeded Anatoly Serdyukov in 2012."
    claim = clause(
        "Shoigu succeeded Anatoly Serdyukov", "Sergei Shoigu", "succeeded", sentence, object="Anatoly Serdyukov"
    )
    result = verdict(claim, pages("Sergei Shoigu"), SUMMER_2024)
    assert result.verdict == Verdict.SUPPORTED
    assert "Anatoly Serdyukov" in result.evidence[0].snippet


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Olaf Scholz became chancellor in late 2021, when he took over from {}.", "he succeeded {}"),
        # the office after the person and no year: neither office is named nearer, nor dated by the sentence
        ("Olaf Scholz succeeded {} as chancellor.", "Olaf Scholz succeeded {}"),
    ],
)
def test_a_succession_is_read_in_the_office_whose_words_the_sentence_leaves_fewest_unsaid(
    pages, sentence: str, words: str
):
    # 'chancellor' is a word of both 'Chancellor of Germany' and 'Vice Chancellor of Germany': the
    # sentence names the first, whose predecessor row decides
    def took_over(name: str) -> Claim:
        return clause(words.format(name), "Olaf Scholz", "succeeded", sentence.format(name), object=name)

    day = dt.date(2025, 2, 24)
    assert verdict(took_over("Angela Merkel"), pages("Olaf Scholz"), day).verdict == Verdict.SUPPORTED
    result = verdict(took_over("Helmut Kohl"), pages("Olaf Scholz"), day)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Angela Merkel as predecessor in Chancellor of Germany" in result.rationale


def test_a_person_in_no_row_contradicts_in_the_office_held_on_the_day(pages):
    sentence = "Sergei Shoigu succeeded Boris Gryzlov."
    claim = clause("Shoigu succeeded Boris Gryzlov", "Sergei Shoigu", "succeeded", sentence, object="Boris Gryzlov")
    result = verdict(claim, pages("Sergei Shoigu"), SUMMER_2024)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Nikolai Patrushev" in result.rationale


def test_handing_over_to_someone_reads_the_name_after_to(pages):
    sentence = "Shoigu handed the defence ministry to Andrey Belousov in May."
    claim = clause("handed the defence ministry to Andrey Belousov", "Sergei Shoigu", "handed", sentence,
                   object="to Andrey Belousov")  # fmt: skip
    assert verdict(claim, pages("Sergei Shoigu"), SUMMER_2024).verdict == Verdict.SUPPORTED


def test_a_handover_on_another_month_than_the_term_ended_is_not_supported(pages):
    docs = pages("Sergei Shoigu")  # defence minister until 12 May 2024, successor Andrey Belousov

    def handed(month: str) -> Claim:
        sentence = f"Shoigu handed the defence ministry to Andrey Belousov in {month}."
        text = "handed the defence ministry to Andrey Belousov"
        return clause(text, "Sergei Shoigu", "handed", sentence, object="to Andrey Belousov", time=month)

    may, march = handed("May"), handed("March")
    assert verdict(may, docs, SUMMER_2024).verdict == Verdict.SUPPORTED
    assert verdict(march, docs, SUMMER_2024).verdict == Verdict.UNVERIFIED


# --- places -----------------------------------------------------------------------------------------


def test_another_country_of_birth_contradicts(pages):
    claim = clause("Schoof was born in Belgium", "Dick Schoof", "born in", place="Belgium")
    result = verdict(claim, pages("Dick Schoof"), SUMMER_2024)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Santpoort, Netherlands" in result.evidence[0].snippet


def test_a_country_the_birthplace_row_does_not_name_is_not_ruled_out(pages):
    # the row reads 'Chadan, Tuvan Autonomous Oblast, Soviet Union': Russia is not another place
    claim = clause("Shoigu was born in Russia", "Sergei Shoigu", "born in", place="Russia")
    assert verdict(claim, pages("Sergei Shoigu"), SUMMER_2024).verdict == Verdict.UNVERIFIED


def test_a_region_the_page_names_is_not_ruled_out_by_a_town(pages):
    claim = clause("Shoigu was born in Tuva", "Sergei Shoigu", "born in", place="Tuva")
    result = verdict(claim, pages("Sergei Shoigu"), SUMMER_2024)
    assert result.verdict == Verdict.SUPPORTED  # the row names the region: 'Chadan, Tuvan Autonomous Oblast'
    assert "Tuvan" in result.evidence[0].snippet


def test_a_place_written_with_its_parts_in_another_order_supports(pages):
    claim = clause("Schoof was born in Santpoort in the Netherlands", "Dick Schoof", "born in",
                   place="Santpoort in the Netherlands")  # fmt: skip
    result = verdict(claim, pages("Dick Schoof"), SUMMER_2024)
    assert result.verdict == Verdict.SUPPORTED
    assert "Santpoort, Netherlands" in result.evidence[0].snippet


def test_a_place_one_of_whose_names_the_page_uses_is_not_ruled_out(pages):
    # Santpoort is on the page; Haarlem is not, but may be the town the district belongs to
    claim = clause("Schoof was born in Haarlem's Santpoort district", "Dick Schoof", "born in",
                   place="Haarlem's Santpoort district")  # fmt: skip
    assert verdict(claim, pages("Dick Schoof"), SUMMER_2024).verdict == Verdict.UNVERIFIED


# --- ages -------------------------------------------------------------------------------------------


def test_an_age_against_a_bare_birth_year_is_never_supported_but_can_be_contradicted(pages):
    docs = pages("Charles Q. Brown Jr.")  # "(born 1962)": 62 or 63 on 1 March 2025
    day = dt.date(2025, 3, 1)
    fits = clause("Brown, 62", "Charles Q. Brown Jr.", "aged", object="62")
    off = clause("Brown, 58", "Charles Q. Brown Jr.", "aged", object="58")
    assert verdict(fits, docs, day).verdict == Verdict.UNVERIFIED
    result = verdict(off, docs, day)
    assert result.verdict == Verdict.CONTRADICTED
    assert "62 or 63" in result.rationale


# --- qualifiers of an office --------------------------------------------------------------------------


def test_a_holder_to_come_carries_the_elect_qualifier():
    assert qualifiers("the next president of the European Council") == {"elect"}
    assert qualifiers("incoming chairman of the Joint Chiefs of Staff") == {"elect"}
    assert qualifiers("Chairman of the Joint Chiefs of Staff") == frozenset()


def test_a_deputy_post_the_listed_career_never_had_contradicts_a_former_deputy(pages):
    docs = pages("Dick Schoof")
    claim = clause(
        "former Deputy Prime Minister of the Netherlands Dick Schoof",
        "Dick Schoof",
        "held office",
        kind="role",
        relation="held office",
        value="Deputy Prime Minister of the Netherlands",
    )
    result = verdict(claim, docs, SUMMER_2024)
    assert result.verdict == Verdict.CONTRADICTED
    assert "never a deputy post" in result.rationale


def test_a_deputy_post_the_career_lists_supports_a_former_deputy(pages):
    claim = clause(
        "former Deputy Prime Minister of Russia Sergei Shoigu",
        "Sergei Shoigu",
        "held office",
        kind="role",
        relation="held office",
        value="Deputy Prime Minister of Russia",
    )
    assert verdict(claim, pages("Sergei Shoigu"), SUMMER_2024).verdict == Verdict.SUPPORTED


# --- whose event a sentence dates ---------------------------------------------------------------------


def test_a_sentence_about_a_relatives_event_is_not_about_the_subject():
    assert not _about_subject("Dick Schoof", "His father died in 1990.")
    assert not _about_subject("Dick Schoof", "Schoof's father died in 1990.")
    assert _about_subject("Dick Schoof", "Schoof retired from the civil service in 2024.")
    assert _about_subject("Dick Schoof", "In 2024, he retired from the civil service.")


def test_a_once_only_event_with_an_object_is_dated_only_by_a_sentence_holding_that_object():
    claim = clause("Schoof founded the agency in 2013", "Dick Schoof", "founded", object="the agency", time="2013")
    assert _object_in(claim, "Schoof founded the agency in 2010.")
    assert not _object_in(claim, "Schoof founded a consultancy in 2010.")


def test_a_description_naming_a_post_is_left_to_the_offices_and_their_terms():
    # a sentence of the stored 'Chair of the NATO Military Committee' page (2025), read as the admiral's own: in
    # 2023 he was still chief of the defence staff, so its words do not make 'a former chief' true then
    sentence = (
        "The current Chair of the NATO Military Committee is Admiral Giuseppe Cavo Dragone, former Chief of the "
        "Defence Staff of Italy."
    )
    page = Document(
        url="https://en.wikipedia.org/wiki/Giuseppe_Cavo_Dragone",
        title="Giuseppe Cavo Dragone",
        source="wikipedia",
        retrieved_at=dt.datetime(2025, 6, 2, tzinfo=dt.UTC),
        text=sentence,
    )
    post = clause("Dragone, a former chief of the defence staff", "Giuseppe Cavo Dragone", "is",
                  object="a former chief of the defence staff")  # fmt: skip
    assert verdict(post, [page], dt.date(2023, 6, 1)).verdict == Verdict.UNVERIFIED


# --- a sibling post of the same government --------------------------------------------------------------


def role(text: str, subject: str, office: str, **fields) -> Claim:
    return clause(text, subject, "holds office", kind="role", relation="holds office", value=office, **fields)


def test_another_government_post_held_on_the_day_contradicts_the_claimed_one(pages):
    claim = role("Russian Foreign Minister Sergei Shoigu", "Sergei Shoigu", "Foreign Minister", nationality="Russian")
    result = verdict(claim, pages("Sergei Shoigu"), dt.date(2020, 1, 1))
    assert result.verdict == Verdict.CONTRADICTED
    assert "Minister of Defence" in result.rationale


def test_a_government_post_of_another_country_is_no_sibling():
    premier = Term(InfoboxField(label="office", value="Prime Minister of the Netherlands"), dt.date(2024, 7, 2), None)
    assert sibling_office("Foreign Minister of France", None, [premier], SUMMER_2024) is None
    assert sibling_office("Foreign Minister of the Netherlands", None, [premier], SUMMER_2024) == premier


def test_a_party_post_is_no_sibling_of_a_government_post(pages):
    # in 2020 he was defence minister; a party chairmanship is not ruled out by it
    claim = role("Party chairman Sergei Shoigu", "Sergei Shoigu", "Party chairman")
    assert verdict(claim, pages("Sergei Shoigu"), dt.date(2020, 1, 1)).verdict == Verdict.UNVERIFIED


# --- a rival holder 'since' a year that holds the article's day ------------------------------------------


def test_a_rival_since_the_articles_own_year_on_a_later_page_leaves_the_holder_open(pages):
    # Dan Caine's page (saved June 2025): 'serving as the 22nd chairman ... since 2025'; in February 2025
    # that start may still have been ahead, so Brown's own 'since 1 October 2023' is not made stale by it
    docs = pages("Charles Q. Brown Jr.", "Dan Caine")
    claim = role("Chairman Gen. Charles Q. Brown Jr.", "Charles Q. Brown Jr.", "Chairman of the Joint Chiefs of Staff",
                 nationality="U.S.")  # fmt: skip
    result = verdict(claim, docs, dt.date(2025, 2, 1))
    assert result.verdict == Verdict.UNVERIFIED
    assert "Sources disagree" in result.rationale
    assert verdict(claim, docs, dt.date(2025, 8, 20)).verdict == Verdict.CONTRADICTED  # saved before that day


def test_a_rivals_since_the_articles_year_is_dated_by_the_rivals_own_term_row(pages):
    # Ishiba's page (saved 1 October 2024): prime minister 'since 2024', its infobox term from 1 October
    # 2024; on 27 September 2024 that start was still ahead, so Kishida held the post
    docs = pages("Fumio Kishida", "Shigeru Ishiba")
    claim = role("Japanese Prime Minister Fumio Kishida", "Fumio Kishida", "Prime Minister", nationality="Japanese")
    assert verdict(claim, docs, dt.date(2024, 9, 27)).verdict == Verdict.SUPPORTED


def test_a_holders_own_since_the_articles_year_on_a_later_page_does_not_support_the_day(pages):
    # Caine's page (saved June 2025): chairman 'since 2025'; on 1 February 2025 Brown still held the post
    docs = pages("Charles Q. Brown Jr.", "Dan Caine")
    claim = role("Chairman Gen. Dan Caine", "Dan Caine", "Chairman of the Joint Chiefs of Staff", nationality="U.S.")
    assert verdict(claim, docs, dt.date(2025, 2, 1)).verdict == Verdict.CONTRADICTED
    assert verdict(claim, docs, dt.date(2025, 8, 20)).verdict == Verdict.SUPPORTED


def test_a_rival_since_the_articles_year_whose_infobox_term_starts_later_is_no_rival(pages):
    # Merz's page (saved June 2025): chancellor 'since 2025', its infobox term from 6 May 2025; on 1 March
    # 2025 Scholz still held the post, and Merz's vague year leaves nothing open once the infobox dates it
    docs = pages("Olaf Scholz", "Friedrich Merz")
    claim = role("Chancellor Olaf Scholz opened the fair", "Olaf Scholz", "Chancellor of Germany")
    assert verdict(claim, docs, dt.date(2025, 3, 1)).verdict == Verdict.SUPPORTED


# --- nationality in a description -------------------------------------------------------------------------


def test_a_birthplace_adjective_is_no_nationality_but_another_nationality_contradicts(pages):
    docs = pages("Sergey Lavrov")  # 'is a Russian diplomat', read on a day after the page was saved
    day = dt.date(2026, 1, 1)
    born = clause("Lavrov, a Georgian-born diplomat", "Sergey Lavrov", "is", object="a Georgian-born diplomat")
    other = clause("Lavrov, a Ukrainian diplomat", "Sergey Lavrov", "is", object="a Ukrainian diplomat")
    assert verdict(born, docs, day).verdict != Verdict.CONTRADICTED
    result = verdict(other, docs, day)
    assert result.verdict == Verdict.CONTRADICTED
    assert "another nationality, Russia" in result.rationale


def test_how_long_a_post_was_held_is_no_part_of_which_post_it_is(pages):
    claim = role("Lavrov has been Russia's foreign minister for two decades", "Sergey Lavrov",
                 "foreign minister for two decades", nationality="Russia")  # fmt: skip
    assert verdict(claim, pages("Sergey Lavrov"), SUMMER_2024).verdict != Verdict.CONTRADICTED


def test_a_countrys_adjective_says_whose_post_not_which(pages):
    claim = role("Dick Schoof, the Dutch prime minister for two months", "Dick Schoof",
                 "Dutch prime minister for two months")  # fmt: skip
    assert verdict(claim, pages("Dick Schoof"), SUMMER_2024).verdict != Verdict.CONTRADICTED


def test_another_post_of_the_same_body_is_no_rival_holder(pages):
    """'leads NATO' (the head of NATO) is not held by the chair of a NATO committee: a rival must hold
    the post the claim names, not merely something of the same body."""
    claim = role("Mark Rutte leads NATO", "Mark Rutte", "head of NATO")
    result = verdict(claim, pages("Mark Rutte", "Giuseppe Cavo Dragone"), dt.date(2025, 4, 1))
    assert result.verdict != Verdict.CONTRADICTED
    assert "Cavo Dragone" not in result.rationale


# --- a past holder named in the next holder's rows --------------------------------------------------------


def held(text: str, subject: str, office: str) -> Claim:
    return clause(text, subject, "held office", kind="role", relation="held office", value=office)


@pytest.mark.parametrize(
    ("text", "subject", "office", "successor"),
    [
        ("took over from Donald Tusk", "Donald Tusk", "President of the European Council", "Charles Michel"),
        # a former holder: Montenegro prime minister of Portugal from 2 April 2024, predecessor António Costa
        ("former Portuguese prime minister António Costa", "António Costa", "Prime Minister of Portugal",
         "Luís Montenegro"),
    ],
)  # fmt: skip
def test_the_next_holders_predecessor_row_says_the_subject_held_the_office(pages, text, subject, office, successor):
    result = verdict(held(text, subject, office), pages(successor), dt.date(2024, 6, 28))
    assert result.verdict == Verdict.SUPPORTED
    assert result.evidence[0].snippet == f"Predecessor: {subject}"


def test_a_neighbour_in_another_office_says_nothing_of_the_claimed_one(pages):
    # Michel's predecessor as Belgian prime minister was Elio Di Rupo, not a president of the European Council
    claim = held("took over from Elio Di Rupo", "Elio Di Rupo", "President of the European Council")
    assert verdict(claim, pages("Charles Michel"), dt.date(2024, 6, 28)).verdict == Verdict.UNVERIFIED


def test_a_predecessor_row_of_a_term_begun_after_the_article_says_nothing(pages):
    claim = held("took over from António Costa", "António Costa", "Prime Minister of Portugal")
    assert verdict(claim, pages("Luís Montenegro"), dt.date(2024, 3, 1)).verdict == Verdict.UNVERIFIED


# --- a party's leader at an election the article reports ----------------------------------------------


def test_the_elections_leader_row_supports_leading_that_party_just_after_it(pages):
    docs = pages("2024 United Kingdom general election")  # leader3 Ed Davey, party3 Liberal Democrats
    claim = role("the Liberal Democrats under Ed Davey", "Ed Davey", "head of the Liberal Democrats")
    result = verdict(claim, docs, dt.date(2024, 7, 10))
    assert result.verdict == Verdict.SUPPORTED
    assert result.evidence[0].snippet == "Leader: Ed Davey"
    assert verdict(claim, docs, dt.date(2025, 3, 1)).verdict == Verdict.UNVERIFIED  # long after the election


def test_the_elections_leader_row_of_another_party_says_nothing(pages):
    claim = role("Labour under Ed Davey", "Ed Davey", "head of Labour")
    assert verdict(claim, pages("2024 United Kingdom general election"), dt.date(2024, 7, 10)).verdict == (
        Verdict.UNVERIFIED
    )


# --- a held office with the years the sentence gives it: the years are the claim's values too -------


def _held(office: str, years: str) -> Claim:
    """A role claim on the office alone, as extraction gives it, in a sentence that adds its years."""
    text = f"he was governor of {office}"
    sentence = f"Before that, {text} {years}, the region's press office said."
    return clause(
        text,
        "Sergei Shoigu",
        "held office",
        sentence,
        kind="role",
        relation="held office",
        value=f"governor of {office}",
    )


def test_a_held_office_with_the_years_of_its_term_is_supported(pages):
    result = verdict(_held("Moscow Oblast", "from 2012 to 2012"), pages("Sergei Shoigu"), SUMMER_2024)
    assert result.verdict == Verdict.SUPPORTED


def test_a_held_office_with_years_no_term_of_it_has_contradicts_quoting_the_term(pages):
    result = verdict(_held("Moscow Oblast", "from 2008 to 2012"), pages("Sergei Shoigu"), SUMMER_2024)
    assert result.verdict == Verdict.CONTRADICTED
    assert "11 May 2012" in result.evidence[0].snippet


def test_a_held_office_without_years_is_supported_by_any_term_of_it(pages):
    result = verdict(_held("Moscow Oblast", ""), pages("Sergei Shoigu"), SUMMER_2024)
    assert result.verdict == Verdict.SUPPORTED
