"""The clock words of data/calendar_words.toml (`clock_words`): one list read by the date parser's
time after a date (meta/dates.py) and the text path's dateline readers (text/datelines.py,
text/gluedate.py), each word tested both ways: it opens a clock time, and it is no clock before words."""

from __future__ import annotations

import pytest

from newsgrab.data import load_toml
from newsgrab.meta import dates
from newsgrab.meta.lexicon import calendar_words
from newsgrab.text import datelines

WORDS = sorted({word for table in load_toml("calendar_words.toml").values() for word in table.get("clock_words", ())})


def test_every_language_that_prints_a_clock_word_is_read() -> None:
    assert {"at", "um", "à", "às", "a las", "alle", "om", "kl.", "в"} <= set(calendar_words().clock_words)


@pytest.mark.parametrize("word", WORDS)
def test_a_clock_word_opens_the_time_after_a_date(word: str) -> None:
    stamp = f"{word} 10:05"
    assert datelines._LEADING_CLOCK_RE.match(stamp) is not None
    assert datelines._LEADING_CLOCK_RE.match(stamp).end() == len(stamp)  # type: ignore[union-attr]
    found = dates._TIME_AFTER_RE.match(f" {stamp}")
    assert found is not None and (found["hour"], found["minute"]) == ("10", "05")


@pytest.mark.parametrize("word", WORDS)
def test_a_clock_word_before_words_is_no_time(word: str) -> None:
    assert datelines._LEADING_CLOCK_RE.match(f"{word} the harbour gates") is None
    assert dates._TIME_AFTER_RE.match(f" {word} the harbour gates") is None
