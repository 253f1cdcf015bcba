"""A quote claim is supported only by the page quoting the same words as said: a page that quotes them under a
'not' further back in their sentence, under a verb of denying, turned round by 'anything but', or with another
figure in them quotes something else. Invented pages of Ana Ruiz, judged with the fields extraction gives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_review26 import _judged
from tests.test_review28 import _told
from verify.models import Verdict

DAY = dt.date(2024, 6, 1)


def _quote_verdicts(body: str, sentence: str) -> set[Verdict]:
    found = _judged(body, [_told(sentence)], ("quote",), DAY)
    assert found, "no quote claim extracted"
    return set(found.values())


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param('In 2023 she said: "We will not raise pensions or cut taxes."', id="not-shared-by-or"),
        pytest.param('In 2023 she said: "We will not, under any circumstances, cut taxes."', id="not-before-an-aside"),
        pytest.param('In 2023 she denied that she had promised to "cut taxes".', id="verb-of-denying"),
        pytest.param('In 2023 she said: "We will never allow anyone to cut taxes."', id="not-of-the-verb-above"),
    ],
)
def test_words_denied_further_back_on_the_page_do_not_support_the_quote(sentence: str) -> None:
    assert Verdict.SUPPORTED not in _quote_verdicts('Ana Ruiz promised to "cut taxes".', sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param('In 2023 she said: "We will not raise pensions but we will cut taxes."', id="but-stops-the-not"),
        pytest.param('In 2023 she said: "We will cut taxes and not raise pensions."', id="not-of-the-other-verb"),
        pytest.param('In 2023 she said: "We will cut taxes."', id="said-plainly"),
    ],
)
def test_words_the_page_quotes_as_said_support_the_quote(sentence: str) -> None:
    assert _quote_verdicts('Ana Ruiz promised to "cut taxes".', sentence) == {Verdict.SUPPORTED}


def test_a_claim_that_keeps_the_denial_quotes_fairly() -> None:
    body = 'Ana Ruiz said she would never allow anyone to "cut taxes".'
    assert _quote_verdicts(body, 'In 2023 she said: "We will never allow anyone to cut taxes."') == {Verdict.SUPPORTED}


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param('In 2023 she called the plan "anything but a success".', id="anything-but"),
        pytest.param('In 2023 she said the plan was "far from a success".', id="far-from"),
    ],
)
def test_words_turned_round_on_the_page_do_not_support_the_quote(sentence: str) -> None:
    assert Verdict.SUPPORTED not in _quote_verdicts('Ana Ruiz called the plan "a success".', sentence)


def test_a_quotation_with_another_figure_is_not_supported() -> None:
    body = 'Ana Ruiz said: "Inflation will fall below 2% by the end of the year."'
    said = 'In 2023 she said: "Inflation will fall below 3% by the end of the year."'
    assert Verdict.SUPPORTED not in _quote_verdicts(body, said)


def test_a_quotation_with_its_figure_as_said_is_supported() -> None:
    body = 'Ana Ruiz said: "Inflation will fall below three percent by the end of the year."'
    said = 'In 2023 she said: "Inflation will fall below three percent by the end of the year."'
    assert _quote_verdicts(body, said) == {Verdict.SUPPORTED}
