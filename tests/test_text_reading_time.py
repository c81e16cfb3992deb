"""A byline printed with its reading time (text/readtime.py `take_timed_name`): a person's name on the
line over "7 min read" (an author's card's "Follow" may sit between them) or before it on its line
("Mara Lindqvist · 7 min read"), in a platform's top bar further above the headline than the window
text/around.py reads, names the author; the words come from data/reading_times.toml, in every
language. Two reading times above the headline are a related list's, and a reading time under a line
that names no person (a kicker in capitals, a menu's entry) gives nothing. Invented dumps, held both ways."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import newsgrab
from newsgrab.meta.namelabels import without_reading_time
from newsgrab.text.readtime import is_reading_time
from tests.harbour_dump import HEADLINE, STORY

#: a platform's top bar between the byline and the headline, more lines than the window around it
BAR = "\n\n".join(("Publish changes", "Sign in / Sign up", "Next story", "Next story",
                   "Share this story with your friends to keep it going?"))


def _page(top: str) -> str:
    return f"Ready to publish?\n\n{top}\n\n{BAR}\n\n{HEADLINE}\n\n{STORY}"


@pytest.mark.parametrize("top", [
    "Mara Lindqvist\n\n7 min read",
    "Mara Lindqvist\n\nFollow\n\nJan 5 · 7 min read",
    "Mara Lindqvist · 7 min read",
    "Mara Lindqvist\n\n7 Min. Lesezeit",
])
def test_a_name_with_its_reading_time_above_the_headline_is_the_author(top: str) -> None:
    article = newsgrab.extract(_page(top), kind="text")
    assert article.title == HEADLINE
    assert article.authors == ["Mara Lindqvist"]


def test_the_same_bar_without_its_reading_time_names_nobody() -> None:
    article = newsgrab.extract(_page("Mara Lindqvist\n\nFeatured"), kind="text")
    assert article.title == HEADLINE
    assert article.authors == []


def test_a_related_list_of_teasers_with_reading_times_names_nobody() -> None:
    teasers = "Petra Holm\n\n4 min read\n\nMara Lindqvist\n\n7 min read"
    article = newsgrab.extract(_page(teasers), kind="text")
    assert article.title == HEADLINE
    assert article.authors == []


@pytest.mark.parametrize("kicker", ["OPINION", "Search", "Give one year of the Gazette for $5"])
def test_a_reading_time_under_a_line_that_names_nobody_gives_nothing(kicker: str) -> None:
    article = newsgrab.extract(_page(f"{kicker}\n\n7 min read"), kind="text")
    assert article.authors == []


def test_the_files_examples_are_reading_times_and_its_counter_examples_are_not() -> None:
    data = tomllib.loads(resources.files("newsgrab.data").joinpath("reading_times.toml").read_text(encoding="utf-8"))
    assert all(is_reading_time(line) for line in data["example"])
    assert not any(is_reading_time(line) for line in data["counter_example"])


def test_both_readers_share_one_set_of_words() -> None:
    """A line alone and a byline read the same label-first words: what `is_reading_time` takes as a
    whole line, `without_reading_time` cuts out of a byline, and a number with no unit is neither."""
    for line in ("Temps de lecture : 3 min", "Czas czytania: 4 minut", "Reading  time 5 minutes"):
        assert is_reading_time(line)
        assert without_reading_time(f"Jane Doe {line}").split() == ["Jane", "Doe", "|"]
    assert not is_reading_time("Reading time 5")
    assert without_reading_time("Jane Doe Reading time 5") == "Jane Doe Reading time 5"
