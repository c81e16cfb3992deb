"""A "By ..." line of a text whose words are a phrase names nobody (text/namephrase.py is_byline_phrase).

A sentence or a form's small print opens with "By" as a byline does ("By signing up, you agree ...",
"By the numbers", a proof's "By definition of the matrix"); the text path read its words as a name.
The samples are invented.
"""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.text.namephrase import is_byline_phrase


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("signing up", "By signing up, you agree to our terms"),
        ("the numbers", "By the numbers"),
        ("definition of the Harbour matrix", "By definition of the Harbour matrix"),  # the HTML path's is_phrase
        ("definition. Thus H ij", "By definition. Thus H ij"),  # a sentence's end inside the words
        ("a deputy", "By Mira Osk, a deputy editor"),  # a bio split off after the name
        ("continuing to use this site", "By continuing to use this site"),
    ],
)
def test_a_phrase_read_from_a_byline_line_is_no_name(name: str, line: str) -> None:
    assert is_byline_phrase(name, line)


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("Mira Osk", "By Mira Osk"),
        ("the Associated Press", "By the Associated Press"),  # no long lower-case word
        ("the Harbour Gazette newsroom", "By the Harbour Gazette newsroom"),  # a capital: a desk's name
        ("Jan van der Berg", "By Jan van der Berg"),  # particles
        ("mira osk", "by mira osk"),  # a line typed all in lower case keeps its names
        ("marguerite osk", "by marguerite osk"),  # a long word too
        ("[ jdoe", "Posted by [ jdoe ]"),  # one word once the marks are left out: a login
        ("山田太郎", "記者：山田太郎"),  # no case, never a phrase
    ],
)
def test_a_name_read_from_a_byline_line_is_kept(name: str, line: str) -> None:
    assert not is_byline_phrase(name, line)


_PAGE = ("Home\nWorld\nBusiness\nSport\nSubscribe\n\nHarbour bridge to close for repairs until the summer\n"
         "{header}\n"
         "The council voted on Tuesday evening to close the old harbour bridge for repairs that engineers say\n"
         "are long overdue, after a survey found corrosion in two of its main supports.\n\n"
         "Residents who cross the bridge every day will have to take a detour of about four kilometres while\n"
         "the work goes on, which is expected to last until the end of the summer.\n\n"
         "Local shop owners fear that fewer visitors will come to the old town while the bridge is closed.\n\n"
         "About us\nContact\nPrivacy policy\n")


@pytest.mark.parametrize("sentence", ["By signing up", "By the numbers", "By continuing to use this site"])
def test_a_sentence_opening_with_by_under_the_headline_names_nobody(sentence: str) -> None:
    article = newsgrab.extract(_PAGE.format(header=f"March 3, 2021\n{sentence}\n").encode(), kind="text")
    assert article.authors == []
    assert article.published == "2021-03-03"


def test_the_byline_under_such_a_sentence_is_still_read() -> None:
    article = newsgrab.extract(_PAGE.format(header="By the numbers\nBy Mira Osk\nMarch 3, 2021\n").encode(),
                               kind="text")
    assert article.authors == ["Mira Osk"]


def test_a_phrase_after_a_name_is_the_bio_run_on_and_the_name_is_kept() -> None:
    """"By Mira Osk, a deputy editor ...": the names before the first phrase are the byline's."""
    article = newsgrab.extract(_PAGE.format(header="By Mira Osk, a deputy editor\nMarch 3, 2021\n").encode(),
                               kind="text")
    assert article.authors == ["Mira Osk"]


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        ("Par Jeanne Dupont, journaliste au service politique\n3 mars 2021\n", ["Jeanne Dupont"]),
        ("Por fuera parecía tener éxito\nBy Mira Osk\nMarch 3, 2021\n", ["Mira Osk"]),
    ],
)
def test_the_phrase_test_reads_every_cased_language(header: str, authors: list[str]) -> None:
    """A role phrase after a French name ends the names; a Spanish sentence opening with "Por" names nobody."""
    assert newsgrab.extract(_PAGE.format(header=header).encode(), kind="text").authors == authors
