"""Session 32's open32: review31's false "contradicted" on true news shapes (tests/test_review31.py keeps the rows as
strict xfails, owned by another helper this session; these are the rows passing here, each with the false twin that
must stay refuted). Invented articles judged against invented pages (`tests/support/judging.py`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.support.ruiz import RUIZ
from tests.test_review26 import SAVED, _judged
from tests.test_review27 import STAM
from tests.test_review29 import VOS
from verify.models import Document, Verdict

DAY = dt.date(2024, 6, 1)


def _head(name: str, office: str) -> Document:
    """An invented person's page whose only infobox row is `office`, held since 2020 (no country in its lead)."""
    return boxed(
        name, f"{name} (born 1960) is a politician.", [("office", office), ("term_start", "1 January 2020")], SAVED
    )


def _role(body: str, doc: Document) -> set[Verdict]:
    found = _judged(body, [doc], ("role",), DAY)
    assert found, "no role claim extracted"
    return set(found.values())


# R6: a state's formal name is a form of that state (countries.toml): 'President of the Republic of China' is
# Taiwan's post, 'President of the People's Republic of China' China's; the longer name found decides.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Taiwanese President Lai Tan spoke.", id="demonym"),
        pytest.param("Taiwan's president, Lai Tan, spoke.", id="possessive"),
    ],
)
def test_r6_the_republic_of_china_is_taiwans_post(body: str) -> None:
    assert _role(body, _head("Lai Tan", "President of the Republic of China")) == {Verdict.SUPPORTED}


def test_r6_twin_chinese_president_of_the_republic_of_china_is_refuted() -> None:
    doc = _head("Lai Tan", "President of the Republic of China")
    assert _role("Chinese President Lai Tan spoke.", doc) == {Verdict.CONTRADICTED}


def test_r6_the_peoples_republic_of_china_is_chinas_post() -> None:
    doc = _head("Xi Lin", "President of the People's Republic of China")
    assert _role("Chinese President Xi Lin spoke.", doc) == {Verdict.SUPPORTED}


def test_r6_twin_taiwanese_president_of_the_peoples_republic_is_refuted() -> None:
    doc = _head("Xi Lin", "President of the People's Republic of China")
    assert _role("Taiwanese President Xi Lin spoke.", doc) == {Verdict.CONTRADICTED}


# R7: a form two countries' entries list ('Congolese', 'Congo', 'Korean') names the one whose post the person's own
# infobox gives; it never refutes the other.
@pytest.mark.parametrize(
    ("body", "name", "office"),
    [
        pytest.param(
            "Congolese President Ana Sassou spoke.", "Ana Sassou", "President of the Republic of the Congo", id="brazza"
        ),
        pytest.param(
            "Congo's president, Ana Sassou, spoke.", "Ana Sassou", "President of the Republic of the Congo", id="congos"
        ),
        pytest.param(
            "Congolese President Ana Kabila spoke.",
            "Ana Kabila",
            "President of the Democratic Republic of the Congo",
            id="drc",
        ),
        pytest.param("Korean President Kim Min spoke.", "Kim Min", "President of South Korea", id="korean"),
        pytest.param("Dominican President Luis Abin spoke.", "Luis Abin", "President of Dominica", id="dominica"),
        pytest.param(
            "Dominican President Luis Abin spoke.", "Luis Abin", "President of the Dominican Republic", id="dom-rep"
        ),
        pytest.param(
            "South Korean President Kim Ho spoke.", "Kim Ho", "President of the Republic of Korea", id="formal-korea"
        ),
    ],
)
def test_r7_a_shared_form_names_the_country_whose_post_is_held(body: str, name: str, office: str) -> None:
    assert _role(body, _head(name, office)) == {Verdict.SUPPORTED}


@pytest.mark.parametrize(
    ("body", "name", "office"),
    [
        pytest.param("Congolese President Ana Bongo spoke.", "Ana Bongo", "President of Gabon", id="congolese"),
        pytest.param("Korean President Kim Min spoke.", "Kim Min", "President of Japan", id="korean"),
        pytest.param("Dominican President Luis Abin spoke.", "Luis Abin", "President of Haiti", id="dominican"),
        pytest.param(
            "North Korean President Kim Ho spoke.", "Kim Ho", "President of the Republic of Korea", id="formal-korea"
        ),
    ],
)
def test_r7_twin_a_shared_form_is_refuted_by_a_third_countrys_post(body: str, name: str, office: str) -> None:
    assert _role(body, _head(name, office)) == {Verdict.CONTRADICTED}


# R4: a bare count after a plural noun and 'of' ('Leaders of 12 NATO member states') counts some of the members, as
# 'Twelve NATO member states backed the plan' does; a count larger than the whole is still refuted (review31 B1), and
# after a singular noun ('an alliance of 12 member states') the count is the whole.
NATO_32 = page("NATO", "NATO is a military alliance of 32 member states in Europe and North America.", SAVED)


def _counted(body: str) -> set[Verdict]:
    found = _judged(body, [NATO_32], ("quantity",))
    assert found, "no count extracted"
    return set(found.values())


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Leaders of 12 NATO member states met in Oslo.", id="leaders-of"),
        pytest.param("Foreign ministers of 12 NATO member states met in Oslo.", id="ministers-of"),
    ],
)
def test_r4_a_count_after_a_plural_noun_and_of_is_some_members(body: str) -> None:
    assert _counted(body) == {Verdict.UNVERIFIED}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Leaders of 40 NATO member states met in Oslo.",
            id="more-than-the-whole",
            # the meeting's place ('met in Oslo') is the leaders' deed's, not the count's (mended by fixd43, session
            # 43: measured._counts_an_owner), so the page's whole of 32 refutes it again
        ),
        pytest.param("NATO is an alliance of 12 member states.", id="after-a-singular-noun"),
    ],
)
def test_r4_twin_a_whole_count_after_of_is_refuted(body: str) -> None:
    assert _counted(body) == {Verdict.CONTRADICTED}


# R1: a title apposed with its length or its decade ('Lena Vos, prime minister for a decade, spoke.') claims a holding
# of that length, or in that decade, at some time up to the article's day, not on it: her ended term supports it when
# its days fit the length or its years meet the decade (review32 R3: a length the term does not fit supports nothing,
# held today or not).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos, prime minister for a decade, spoke.", id="a-decade"),
        pytest.param("Ivo Stam, prime minister for nearly eight years, spoke.", id="nearly-eight-years"),
        pytest.param("Ana Ruiz, finance minister for a year, presented the budget in 2022.", id="a-year"),
        pytest.param("Lena Vos, prime minister in the 2000s, spoke.", id="a-decade-named"),
        pytest.param("Ana Ruiz, prime minister for nearly a year, spoke.", id="held-today"),
    ],
)
def test_r1_a_title_told_with_its_length_is_supported_by_a_term_that_fits(body: str) -> None:
    found = _judged(body, [RUIZ, STAM, VOS], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos, prime minister in the 1980s, spoke.", id="another-decade"),
        pytest.param("Ivo Stam, prime minister for a decade, spoke.", id="a-past-term-too-short"),
        pytest.param("Ana Ruiz, prime minister for a decade, spoke.", id="held-today-too-short"),
        pytest.param("Ana Ruiz, prime minister for the past six years, spoke.", id="the-past-six-years"),
    ],
)
def test_r1_twin_a_length_or_decade_the_term_does_not_fit_is_not_supported(body: str) -> None:
    found = _judged(body, [RUIZ, STAM, VOS], ("role",))
    assert found and Verdict.SUPPORTED not in found.values(), found


# R3: a relative clause of succession whose subject left the post to the object ('who preceded Ivo Stam as prime
# minister', 'who was succeeded by Ivo Stam as ...') says the post was held before: her ended term does not refute it.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos, who preceded Ivo Stam as prime minister, spoke.", id="preceded"),
        pytest.param("Lena Vos, who was succeeded by Ivo Stam as prime minister, spoke.", id="was-succeeded-by"),
    ],
)
def test_r3_a_holder_succeeded_is_not_refuted_as_holding_today(body: str) -> None:
    found = _judged(body, [RUIZ, STAM, VOS], ("role",))
    assert found and Verdict.CONTRADICTED not in found.values(), found


def test_r3_the_predecessors_ended_term_supports_her_holding() -> None:
    found = _judged("Lena Vos, who preceded Ivo Stam as prime minister, spoke.", [RUIZ, STAM, VOS], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r3_twin_a_post_she_never_held_is_not_supported() -> None:
    found = _judged("Lena Vos, who preceded Ivo Stam as defence minister, spoke.", [RUIZ, STAM, VOS], ("role",))
    assert found and Verdict.SUPPORTED not in found.values(), found


# R20: 'the first prime minister to have studied abroad' ranks her among the holders who did the deed: a claim that
# she held the post (now or before), with a record no term row checks; not another office than the one she holds.
def test_r20_a_first_qualified_by_a_deed_is_not_another_office() -> None:
    found = _judged("Ana Ruiz, the first prime minister to have studied abroad, spoke.", [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.UNVERIFIED}, found
