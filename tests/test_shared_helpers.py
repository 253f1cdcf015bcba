"""The helpers several stages share instead of each writing its own: accents, title case, one search a person."""

from verify.aliases import fold, initials, title_cased, unaccented
from verify.names import first_same_person


def test_unaccented_keeps_case_and_punctuation_that_fold_drops():
    assert unaccented("Radmila Šekerinska-Jankovska") == "Radmila Sekerinska-Jankovska"
    assert fold("Radmila Šekerinska-Jankovska") == "radmila sekerinska jankovska"


def test_title_cased_allows_small_words_inside_a_name_but_not_a_lower_case_word():
    assert title_cased(["International", "Court", "of", "Justice"])
    assert title_cased(["Pride", "and", "Prejudice"])
    assert not title_cased(["general", "election"])
    assert not title_cased(["Court", "of", "final", "appeal"])


def test_first_same_person_finds_an_earlier_spelling_of_a_full_name():
    known = ["Christopher Cavoli", "Alexus Grynkewich"]
    assert first_same_person("Alexus G. Grynkewich", known) == "Alexus Grynkewich"
    assert first_same_person("Rustem Umerov", known) is None


def test_first_same_person_matches_a_one_word_name_only_as_written():
    assert first_same_person("Grynkewich", ["Alexus Grynkewich"]) is None
    assert first_same_person("Grynkewich", ["Grynkewich"]) == "Grynkewich"


def test_initials_are_the_capitalised_words_first_letters_small_words_aside():
    assert initials("International Court of Justice") == "ICJ"
    assert initials("Taiwan People's Party") == "TPP"
    assert initials("the Democratic Progressive Party") == "DPP"
