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


SUFFIXES = sorted({w for table in load_toml("calendar_words.toml").values() for w in table.get("clock_suffixes", ())})
ARTICLES = sorted({w for table in load_toml("calendar_words.toml").values() for w in table.get("date_articles", ())})


def test_the_languages_that_print_a_word_after_the_clock_or_an_article_before_the_date_are_read() -> None:
    assert {"uhr", "uur"} <= set(calendar_words().clock_suffixes)
    assert {"the", "den"} <= set(calendar_words().date_articles)


@pytest.mark.parametrize("word", SUFFIXES)
def test_a_clock_suffix_is_read_after_the_time_both_sides_of_the_date(word: str) -> None:
    after = dates._TIME_AFTER_RE.match(f", 10.05 {word.capitalize()} CET")
    assert after is not None and (after["hour"], after["minute"], after["tz"]) == ("10", "05", "CET")
    before = dates._TIME_BEFORE_RE.search(f"Stand: 10:05 {word.capitalize()} CET, ")
    assert before is not None and before["tz"] == "CET"


@pytest.mark.parametrize("word", SUFFIXES)
def test_a_clock_suffix_is_not_taken_for_a_zone_or_a_word(word: str) -> None:
    # the suffix is no zone: without it the three letters would be read as one ("10.05 uur" -> tz "uur")
    found = dates._TIME_AFTER_RE.match(f" 10.05 {word}")
    assert found is not None and found["tz"] is None
    # a word that only starts with it is not the suffix and not a zone either
    assert dates._TIME_BEFORE_RE.search(f"10:05 {word}werk, ") is None


@pytest.mark.parametrize("word", ARTICLES)
def test_a_date_article_after_the_weekday_keeps_the_clock_with_the_date(word: str) -> None:
    found = dates._TIME_BEFORE_RE.search(f"11:26 pm EST, Tuesday, {word} ")
    assert found is not None and (found["hour"], found["minute"]) == ("11", "26")


@pytest.mark.parametrize("word", ARTICLES)
def test_a_date_article_is_no_bridge_over_other_words(word: str) -> None:
    assert dates._TIME_BEFORE_RE.search(f"11:26 pm EST, Tuesday, {word} harbour gates ") is None


def test_a_clock_before_a_german_date_with_its_article_is_read() -> None:
    stamp = dates.parse_stamp("10:30 Uhr MEZ, Dienstag, den 19. November 2019")
    assert stamp is not None and stamp.iso == "2019-11-19T10:30:00+01:00"
    assert dates.parse_stamp("Kapitel 12: Dienstag, den 19. November 2019").clock is None  # type: ignore[union-attr]


YEAR_SUFFIXES = sorted({w for table in load_toml("calendar_words.toml").values()
                        for w in table.get("year_suffixes", ())})


def test_the_languages_that_print_a_word_for_year_after_the_date_are_read() -> None:
    assert {"г.", "года", "r.", "roku"} <= set(calendar_words().year_suffixes)


@pytest.mark.parametrize("word", YEAR_SUFFIXES)
def test_a_year_suffix_ends_a_dateline_with_or_without_its_clock(word: str) -> None:
    month = "июня" if word.startswith("г") else "czerwca"
    assert datelines.date_first(f"4 {month} 2020 {word}") == ("2020-06-04", [])
    assert datelines.date_first(f"4 {month} 2020 {word}, 17:12") is not None


@pytest.mark.parametrize("word", YEAR_SUFFIXES)
def test_a_word_that_only_starts_like_a_year_suffix_goes_on_a_sentence(word: str) -> None:
    month = "июня" if word.startswith("г") else "czerwca"
    tail = "олосов и жителей" if word.startswith("г") else "wnych osób i mieszkańców"  # a longer word, in the script
    assert datelines.date_first(f"4 {month} 2020 {word.rstrip('.')}{tail}") is None


def test_the_spaced_korean_year_first_date_is_a_dateline() -> None:
    assert datelines.date_first("2020. 06. 04. 17:12") == ("2020-06-04", [])
    assert datelines.date_first("2020. 6. 4.") == ("2020-06-04", [])
    assert datelines.date_first("2020. 06. 04. 17:12 harbour council votes on the plan today") is None
