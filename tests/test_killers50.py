"""Session 50 (killers50): examples for rules whose remembered mutation killer had stopped failing (the code moved on,
another check now also covered the old example). Each row is the case only that rule decides, beside its twin (the
true case still right). Invented names and pages (`tests/support/judging.py`)."""

from __future__ import annotations

import pytest

from tests.support.judging import clause_claim, page, verdict
from tests.test_clause_shapes21 import _claims
from tests.test_every_value_stated21 import AS_OF as BOARD_DAY
from tests.test_every_value_stated21 import BOARD
from tests.test_fs23_other_office import ENDED, GOVERNOR
from tests.test_review19 import AS_OF, LEAD, LEADS
from tests.test_review26 import SAVED, _judged
from tests.test_review28 import _told
from tests.test_review38 import _judged_whole
from tests.test_review40 import DAY as AUDIT_DAY
from tests.test_review40 import _audit
from tests.test_review43 import DAY as RESULTS_DAY
from tests.test_review43 import _swimmer
from verify.models import Document, Verdict


# A spell's sentence must be affirmed of the subject (`holder.said_of` on the spell): a denial counts for nothing
# even where the post is worded otherwise than the claim ('Green League leader' for 'leader of the Green League'),
# so that no check of the words before the spell finds the post to ask it of.
@pytest.mark.parametrize(
    ("said", "expected"),
    [
        pytest.param("She has not been Green League leader since March 2019.", False, id="not-been"),
        pytest.param("She has never been the Green League's leader since March 2019.", False, id="never-been"),
        pytest.param("She has been Green League leader since March 2019.", True, id="been"),
        pytest.param("She has been the Green League's leader since March 2019.", True, id="been-possessive"),
    ],
)
def test_a_denied_spell_in_other_words_is_no_support(said: str, expected: bool) -> None:
    found = verdict(LEADS, [page("Tove Brandt", f"{LEAD} {said}")], AS_OF).verdict
    assert (found == Verdict.SUPPORTED) is expected


# A coordinated passive subject shares its verb's fact when a joined word (a predicate adjective, 'and now
# uninhabitable') follows the verb: that word is no value paired with each name.
@pytest.mark.parametrize("name", ["Al Varna", "Soussel"])
def test_each_passive_name_keeps_the_fact_beside_a_joined_adjective(name: str) -> None:
    body = "Al Varna and Soussel were badly flooded and now uninhabitable, the agency said."
    flooded = [c for c in _claims(body) if c.kind == "clause" and c.predicate == "flooded"]
    assert name in {c.subject for c in flooded}


def test_names_paired_with_values_by_a_passive_stay_apart() -> None:
    """The twin: 'ranked first and second' gives each name its own value, no shared fact of both."""
    said = [c for c in _claims("Ana Lund and Eva Berg were ranked first and second.") if c.kind == "clause"]
    assert not any(c.subject == "Eva Berg" and c.text.startswith("Ana Lund") for c in said)


def _succeeded(said: str, post: str) -> Verdict:
    """'Tove Brandt succeeded Ola Sund as {post} of the board in June 2024' against a page saying `said`."""
    text = f"Tove Brandt succeeded Ola Sund as {post} of the {BOARD} in June 2024"
    claim = clause_claim(text, "Tove Brandt", "succeeded", f"{text}.", object="Ola Sund", value="Ola Sund",
                         time="June 2024")  # fmt: skip
    doc = page("Tove Brandt", f"Tove Brandt is a Vestrian politician. {said.format(board=BOARD)}")
    return verdict(claim, [doc], BOARD_DAY).verdict


# A succession claimed in a post is supported only by words stating that post (`_post_stated`), not by a sentence
# that tells the succession and then another post ('becoming a member', 'becoming chair' for vice-chair), nor a
# longer post holding the claimed one's words ('becoming deputy chair' for chair).
@pytest.mark.parametrize(
    ("said", "post", "expected"),
    [
        pytest.param("In June 2024 she succeeded Ola Sund, becoming a member of the {board}.", "vice-chair", False,
                     id="member-for-vice-chair"),
        pytest.param("In June 2024 she succeeded Ola Sund, becoming chair of the {board}.", "vice-chair", False,
                     id="chair-for-vice-chair"),
        pytest.param("In June 2024 she succeeded Ola Sund, becoming deputy chair of the {board}.", "chair", False,
                     id="deputy-chair-for-chair"),
        pytest.param("In June 2024 she succeeded Ola Sund, becoming vice-chair of the {board}.", "vice-chair", True,
                     id="vice-chair"),
        pytest.param("In June 2024 she succeeded Ola Sund, becoming chair of the {board}.", "chair", True, id="chair"),
    ],
)
def test_a_succession_in_a_post_needs_words_stating_that_post(said: str, post: str, expected: bool) -> None:
    assert (_succeeded(said, post) == Verdict.SUPPORTED) is expected


# The post a date claim gives after 'as' in a later part of its words ('left office on D as deputy governor', 'sworn
# in on D as governor') is the post the date is of: a deputy's end is not the governor's, the governor's start is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("left office on 17 September 2023 as deputy governor", Verdict.UNVERIFIED, id="left-as-deputy"),
        pytest.param("left office on 17 September 2023 as governor", Verdict.SUPPORTED, id="left-as-governor"),
        pytest.param("sworn in on 18 September 2016 as governor", Verdict.SUPPORTED, id="sworn-in-as-governor"),
        pytest.param("sworn in on 18 September 2016 as deputy governor", Verdict.UNVERIFIED, id="sworn-in-as-deputy"),
    ],
)
def test_the_post_after_as_past_the_date_is_the_dates_post(text: str, expected: Verdict) -> None:
    time = " ".join(text.split(" on ")[1].split()[:3])
    value = "2023-09-17" if "2023" in time else "2016-09-18"
    claim = clause_claim(text, "Odo Brand", text.split()[0], f"Odo Brand {text}.", kind="date", value=value,
                         time=time, with_predicate=False)  # fmt: skip
    assert verdict(claim, [GOVERNOR], ENDED).verdict == expected


# A page figure set at another body ('200 million euros at the health ministry') is no support for the claim's body,
# even where the page sentence names the claim's body too, with no figure of its own ('none at the defence ministry',
# 'cleared the defence ministry'): the place is named, but the figure is set elsewhere (review40 R10).
@pytest.mark.parametrize(
    ("told", "expected"),
    [
        pytest.param("In 2022 it found irregularities worth 200 million euros at the health ministry, and none at the "
                     "defence ministry.", False, id="none-at-the-claims-body"),
        pytest.param("In 2022 it cleared the defence ministry and found irregularities worth 200 million euros at the "
                     "health ministry.", False, id="cleared-the-claims-body"),
        pytest.param("In 2022 it found irregularities worth 200 million euros at the defence ministry, and none at the "
                     "health ministry.", True, id="set-at-the-claims-body"),
    ],
)  # fmt: skip
def test_a_figure_set_at_another_body_beside_the_claims_body_does_not_support(told: str, expected: bool) -> None:
    body = "The Norbian Court of Audit found irregularities worth 200 million euros at the defence ministry in 2022."
    found = _judged_whole(body, [_audit(told)], "quantity", "200 million", AUDIT_DAY)
    assert (Verdict.SUPPORTED in found) is expected, found


def _bank(told: str) -> Document:
    return page("Korvik Bank", f"Korvik Bank is a Norbian bank. {told}", SAVED)


# A change a verb takes as its subject's ('its net profit rose 5%', 'rose by 5%') is bound to that subject, not to
# another measure the sentence changes the same way ('its revenue rose 12%'): the direction alone (review48 S15)
# does not tell the two changes apart (review43 R12, fixm44).
@pytest.mark.parametrize(
    ("told", "body", "expected"),
    [
        pytest.param("In 2023 its revenue rose 12% to 1.2 billion euros, and its net profit rose 5% to 240 million "
                     "euros.", "Korvik Bank's revenue rose 5% in 2023.", False, id="profits-rise"),
        pytest.param("In 2023 its revenue rose by 12% to 1.2 billion euros, and its net profit rose by 5% to 240 "
                     "million euros.", "Korvik Bank's revenue rose 5% in 2023.", False, id="profits-rise-by"),
        pytest.param("In 2023 its revenue rose 12% to 1.2 billion euros, and its net profit rose 5% to 240 million "
                     "euros.", "Korvik Bank's revenue rose 12% in 2023.", True, id="revenues-rise"),
        pytest.param("In 2023 its revenue rose by 12% to 1.2 billion euros, and its net profit rose by 5% to 240 "
                     "million euros.", "Korvik Bank's revenue rose by 12% in 2023.", True, id="revenues-rise-by"),
    ],
)  # fmt: skip
def test_a_change_of_another_measure_the_same_way_does_not_support(told: str, body: str, expected: bool) -> None:
    found = _judged_whole(body, [_bank(told)], "clause", "revenue", RESULTS_DAY)
    assert (found == [Verdict.SUPPORTED]) is expected, found


# A passive's named agent ('which was won by Ivo Stam') is someone else than the claim's subject even when her page's
# lead names that person ('a rival of Ivo Stam'), which the reading of a doer in the subject's place takes as one of
# the page's own names (review39 R10).
@pytest.mark.parametrize(
    ("told", "expected"),
    [
        pytest.param("She lost the 2019 election, which was won by Ivo Stam.", False, id="won-by-the-rival"),
        pytest.param("She won the 2019 election, defeating Ivo Stam.", True, id="won-it"),
    ],
)
def test_an_election_won_by_a_rival_the_lead_names_does_not_support_her_win(told: str, expected: bool) -> None:
    doc = page("Eva Lund", f"Eva Lund (born 1968) is a Norbian politician, a rival of Ivo Stam. {told}", SAVED)
    found = _judged_whole("Eva Lund won the 2019 election.", [doc], "clause", "won")
    assert (Verdict.SUPPORTED in found) is expected, found


# A page's count of a part, narrowed by a partition word ('two Olympic gold medals'), refutes no other count of the
# whole ('three Olympic medals'); the same noun unnarrowed does (review43 R11).
@pytest.mark.parametrize(
    ("told", "refuted"),
    [
        pytest.param("She won two Olympic gold medals.", False, id="golds-alone"),
        pytest.param("She won two Olympic medals.", True, id="the-whole"),
    ],
)
def test_a_narrower_count_alone_does_not_refute_the_whole(told: str, refuted: bool) -> None:
    found = _judged_whole("Lena Vos has won three Olympic medals.", [_swimmer(told)], "quantity", "", RESULTS_DAY)
    assert (Verdict.CONTRADICTED in found) is refuted, found


# A deed of the claim's verb taking a thing its pronoun owns ('won its second round', the election's) may be the
# claimed deed: it is not another thing taken, where no verb takes the claim's noun itself (review39 R10's reading).
@pytest.mark.parametrize(
    ("told", "expected"),
    [
        pytest.param("The 2019 election went to a runoff, and she won its second round.", True, id="won-its-runoff"),
        pytest.param("In the 2019 election she won the popular vote but lost the election to Ivo Stam.", False,
                     id="lost-the-election"),
    ],
)  # fmt: skip
def test_a_deed_on_a_thing_its_pronoun_owns_is_not_another_deed(told: str, expected: bool) -> None:
    found = _judged("Ana Ruiz won the 2019 election.", [_told(told)], ("clause",))
    assert (set(found.values()) == {Verdict.SUPPORTED}) is expected, found


# A rank shared with an unnamed many ('one of the oldest motor racing series in Norby') is no superlative, whose
# words a plural like 'series' writes the same as the claim's singular (review39 R11).
@pytest.mark.parametrize(
    ("told", "expected"),
    [
        pytest.param("It is one of the oldest motor racing series in Norby.", False, id="one-of-the-oldest"),
        pytest.param("It is the oldest motor racing series in Norby.", True, id="the-oldest"),
    ],
)
def test_a_rank_shared_with_many_is_no_superlative_of_a_same_plural_noun(told: str, expected: bool) -> None:
    doc = page("Korvik Rally", f"The Korvik Rally is a motor race held in Korvik. {told}", SAVED)
    found = _judged_whole("The Korvik Rally is the oldest motor racing series in Norby.", [doc], "clause", "oldest")
    assert (Verdict.SUPPORTED in found) is expected, found


# A nomination for a prize named with its category before the nomination word ('received the Korvik Prize for
# Fiction nomination') is no prize received: the sentence's nomination word keeps it apart (fixm43), even where the
# prize's words follow the verb.
@pytest.mark.parametrize(
    ("told", "expected"),
    [
        pytest.param("In 2020 she received the Korvik Prize for Fiction nomination.", False, id="nomination"),
        pytest.param("In 2020 she received the Korvik Prize for her novel.", True, id="the-prize"),
    ],
)
def test_a_nomination_after_the_prizes_category_is_not_the_prize(told: str, expected: bool) -> None:
    doc = page("Nina Moe", f"Nina Moe (born 1960) is a Norbian novelist. {told}", SAVED)
    found = _judged_whole("Nina Moe won the Korvik Prize in 2020.", [doc], "clause", "Korvik Prize", RESULTS_DAY)
    assert (Verdict.SUPPORTED in found) is expected, found


# A superlative's phrase keeps the named place it ranks within in the claim's words ('the oldest university in Norby',
# apposed or after a copula), so the judge asks the page for that place's rank, not any (review39 R11, fsb40).
@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param("Korvik University, the oldest university in Norby, said on Monday.", "the oldest university in "
                     "Norby", id="apposed"),
        pytest.param("Korvik University is the oldest university in Norby.", "the oldest university in Norby",
                     id="copula"),
        pytest.param("Korvik University, the oldest university, said on Monday.", "the oldest university",
                     id="no-place"),
    ],
)  # fmt: skip
def test_a_superlatives_claim_keeps_its_place(body: str, words: str) -> None:
    texts = [c.text for c in _claims(body) if c.kind == "clause" and c.subject == "Korvik University"]
    assert any(t.endswith(words) for t in texts), texts
