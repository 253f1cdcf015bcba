"""Session 51 (ext51): shapes of tuning news whose fact extraction lost, one row per shape. Invented names.

A timeline line whose doer is a nation's people ("14 May - Norbians vote for a president") is read by the tagger
as one noun ("Norbians vote"), so the line's date had no event and no one it is about: the line dates the vote of
the country whose people they are (election timelines: "Turks vote", "Greeks vote", "Belgians vote").
"""

from __future__ import annotations

import pytest

from verify import aliases
from verify.extract import extract_claims
from verify.models import Article
from verify.nlp.verb_forms import bare_verb_form


@pytest.fixture
def norbian(monkeypatch: pytest.MonkeyPatch) -> None:
    """Invented nations in the countries lexicon: 'Norbian' is a nationality of Norby, 'Vestrian' of Vestria."""
    for form, country in (("norbian", "Norby"), ("norby", "Norby"), ("vestrian", "Vestria"), ("vestria", "Vestria")):
        monkeypatch.setitem(aliases.COUNTRIES, form, (country, country))


def _timeline(*lines: str) -> Article:
    body = "\n\n".join(lines)
    text = f"Timeline: two elections\n\nNorby and Vestria have new presidents and new parliaments.\n\n{body}\n"
    return Article(path="story.txt", stem="story", sha256="0", title="Timeline", text=text)


def _dates(*lines: str) -> list[tuple[str, str, str | None]]:
    return [(c.subject, c.text, c.value) for c in extract_claims(_timeline(*lines)) if c.kind == "date"]


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("14 May 2023 - Norbians vote for a president and a new parliament.", "14 May 2023 - Norbians vote"),
        ("28 May 2023 - Norbians vote in the runoff.", "28 May 2023 - Norbians vote"),
    ],
)
def test_a_nations_people_voting_on_a_timeline_line_dates_the_countrys_vote(norbian: None, line: str, words: str):
    found = _dates(line)
    assert any(subject == "Norby" and text == words for subject, text, _ in found), found


# The tagger glues some peoples onto their bare verb ("Vestrians vote": one noun, as it reads "Silva orders"): the
# line's doer is still the people, and the vote their country's.
def test_a_people_glued_onto_its_bare_verb_is_the_lines_doer(norbian: None) -> None:
    found = _dates("14 May 2023 - Vestrians vote for a president and a new parliament.")
    assert ("Vestria", "14 May 2023 - Vestrians vote", "2023-05-14") in found, found


def test_the_line_keeps_its_day(norbian: None) -> None:
    found = _dates("14 May 2023 - Norbians vote for a president and a new parliament.")
    assert ("Norby", "14 May 2023 - Norbians vote", "2023-05-14") in found, found


# Near shapes that stay as they were: a name of one person glued onto an '-s' verb is that person's deed; a plural
# that names no nation's people, or a noun that is no verb, dates no country's event; a hedge dates nothing.
def test_a_persons_deed_on_a_line_stays_the_persons(norbian: None) -> None:
    found = _dates("14 May 2023 - Stam orders a recount.")
    assert not any(subject == "Norby" for subject, _, _ in found), found


@pytest.mark.parametrize(
    "line",
    [
        "14 May 2023 - Heavy rain floods the valley.",
        "14 May 2023 - Thousands rally in Tarsa.",
        "14 May 2023 - Norbians may vote again if the court annuls the count.",
    ],
)
def test_no_country_where_the_doer_is_no_nations_people(norbian: None, line: str) -> None:
    assert not any(subject == "Norby" for subject, _, _ in _dates(line)), _dates(line)


def test_a_bare_verb_form_is_read_from_the_lemmatisers_index() -> None:
    assert bare_verb_form("vote") and bare_verb_form("rally")
    assert not bare_verb_form("lawyer") and not bare_verb_form("election")


# A noun that is also a verb's bare form ('traffic') after a name is the name's noun, not a doer's verb: only a
# nation's people, one word, is read glued onto its bare verb (the line's traffic stays the subject, as before).
def test_a_name_before_a_noun_that_is_also_a_verb_is_no_doer(norbian: None) -> None:
    found = _dates("14 May 2023 - Korvia traffic resumes after the strike.")
    assert not any(subject == "Korvia" for subject, _, _ in found), found
    assert any(text.endswith("resumes") for _, text, _ in found), found  # the date's verb is the line's own


# "crew" counts the people who work a ship or an aircraft, as "staff" and "personnel" do: a flight's "175
# passengers and six crew" are two counts. Its "crew members" stay one count; a capacity the ship "could carry"
# is no count of anyone on board.
def _counts(body: str) -> list[tuple[str, str]]:
    text = f"Headline\n\nThe agency reported the news.\n\n{body}\n"
    found = extract_claims(Article(path="s.txt", stem="s", sha256="0", title="Headline", text=text))
    return [(c.subject, c.text) for c in found if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Korvia Air Flight 12 left Tarsa with 181 people on board: 175 passengers and six crew.", "six crew"),
        ("Halden Airways Flight 7 had 72 people on board, 68 passengers and four crew.", "four crew"),
    ],
)
def test_a_count_of_crew_is_a_count(body: str, words: str) -> None:
    assert any(text == words for _, text in _counts(body)), _counts(body)


def test_crew_members_stay_one_count() -> None:
    found = _counts("Halden Airways Flight 7 had 72 people on board, 68 passengers and four crew members.")
    assert any(text == "four crew members" for _, text in found), found


def test_a_crew_the_ship_could_carry_is_no_count() -> None:
    assert not any("crew" in text for _, text in _counts("The Halden ferry could carry up to six crew.")), _counts(
        "The Halden ferry could carry up to six crew."
    )
