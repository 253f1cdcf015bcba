"""The forty-sixth session's lead: whose an apposition after a copula's post is (verify/holder.py)."""

from verify.holder import _own_post_apposed


def test_an_apposition_after_a_non_post_is_not_the_holders() -> None:
    """'a student of the Korvik Academy, the first ... head': a student holds no post the apposition could rank."""
    assert not _own_post_apposed("he was a student of the Korvik Academy", " the first non-Norbian head of the academy")


def test_an_apposition_naming_no_post_is_the_bodys() -> None:
    """'the director of the Korvik Museum, the first public museum in Norby': the museum's rank, not the director's."""
    assert not _own_post_apposed("he was the director of the Korvik Museum", " the first public museum in Norby")


def test_an_apposition_naming_a_post_after_a_bodys_post_is_the_holders() -> None:
    assert _own_post_apposed("he was the director of the Korvik Museum", " the first non-Norbian head of the museum")


def test_an_apposition_after_a_persons_post_is_that_persons() -> None:
    """'the secretary of Ivo Stam, the first ... head': Ivo Stam's rank (review46 B2)."""
    assert not _own_post_apposed("he was the secretary of Ivo Stam", " the first non-Norbian head of the museum")
