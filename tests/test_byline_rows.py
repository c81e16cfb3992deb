"""The rows a byline takes under a headline, in any order and language: a reading time between the name
and the date, several names or a role on the name's line, a date before the name after a separator, and
the word a language puts between a name and its date ("Door Jane Doe op 4 maart"), which is no part of
the name in the text path (text/header.py, text/datelines.py) nor in the HTML path (meta/people.py).
Invented samples (tests/sea_wall.py)."""

from __future__ import annotations

import pytest

from newsgrab import extract
from tests.sea_wall import PARAGRAPHS, STORY, TITLE


def _text(header: str) -> str:
    return f"{TITLE}\n\n{header}\n\n{STORY}"


def _page(byline: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f'<p class="byline">{byline}</p>{paragraphs}</article></body></html>')


@pytest.mark.parametrize(("header", "authors"), [
    ("Mara Ellison\n4 min read\nMar 4, 2024", ["Mara Ellison"]),
    ("Mara Ellison\nLesezeit: 4 Min.\nMar 4, 2024", ["Mara Ellison"]),
    ("Mara Ellison and Tom Reyes\nMarch 4, 2024", ["Mara Ellison", "Tom Reyes"]),
    ("Mara Ellison, Tom Reyes y Ana Lucero\nMarch 4, 2024", ["Mara Ellison", "Tom Reyes", "Ana Lucero"]),
    ("Mara Ellison, Contributor\nMarch 4, 2024", ["Mara Ellison"]),
    ("March 4, 2024 / Mara Ellison", ["Mara Ellison"]),
    ("4 March 2024 · Mara Ellison", ["Mara Ellison"]),
    ("4 March 2024 at 10:15 am · Mara Ellison", ["Mara Ellison"]),
    ("By Mara Ellison on March 4, 2024", ["Mara Ellison"]),
    ("Von Mara Ellison am 4. März 2024", ["Mara Ellison"]),
    ("Door Mara Ellison op 4 maart 2024", ["Mara Ellison"]),
    ("Par Mara Ellison le 4 mars 2024", ["Mara Ellison"]),
    ("Por Mara Ellison el 4 de marzo de 2024", ["Mara Ellison"]),
    ("Di Mara Ellison il 4 marzo 2024", ["Mara Ellison"]),
])
def test_a_texts_byline_rows_name_the_authors_and_the_date(header: str, authors: list[str]) -> None:
    article = extract(_text(header))
    assert article.title == TITLE
    assert article.authors == authors
    assert (article.published or "").startswith("2024-03-04")
    assert article.body == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("header", [
    "Why the vote slipped again, and what it means for the lower harbour\n\nMarch 4, 2024",  # a subtitle
    "March 4, 2024 / Opinion",  # a section after the date
    "March 4, 2024 at 10:15 am · Updated",
    "4 min read\nMarch 4, 2024",  # a reading time alone: no name, and never the headline
])
def test_a_subtitle_a_section_or_a_reading_time_names_nobody(header: str) -> None:
    article = extract(_text(header))
    assert article.title == TITLE
    assert article.authors == []
    assert (article.published or "").startswith("2024-03-04")


@pytest.mark.parametrize("byline", [
    "By Mara Ellison on March 4, 2024", "Von Mara Ellison am 4. März 2024", "Door Mara Ellison op 4 maart 2024",
    "Par Mara Ellison le 4 mars 2024", "Por Mara Ellison el 4 de marzo de 2024", "Di Mara Ellison il 4 marzo 2024",
])
def test_a_pages_byline_drops_the_word_before_its_date(byline: str) -> None:
    article = extract(_page(byline))
    assert article.authors == ["Mara Ellison"]
    assert (article.published or "").startswith("2024-03-04")


def test_a_name_ending_in_a_capitalised_word_like_a_preposition_keeps_it() -> None:
    """Only the lower-case word before a date goes: "Ana Le" and "Tom Op" are names."""
    assert extract(_page("By Ana Le on March 4, 2024")).authors == ["Ana Le"]
    assert extract(_page("Door Tom Op op 4 maart 2024")).authors == ["Tom Op"]


@pytest.mark.parametrize(("header", "authors", "site"), [
    ("Mara Ellison | March 4, 2024", ["Mara Ellison"], None),  # a theme's byline row: bar, dot or dash
    ("Mara Ellison · March 4, 2024", ["Mara Ellison"], None),
    ("Mara Ellison — March 4, 2024", ["Mara Ellison"], None),
    ("Mara Ellison · Tidewater Post · March 4, 2024", ["Mara Ellison"], "Tidewater Post"),
    ("Tidewater Post | March 4, 2024", [], "Tidewater Post"),  # an outlet's name is the site's
    ("The Tidewater Post — March 4, 2024", [], "The Tidewater Post"),
    ("Reuters | March 4, 2024", [], "Reuters"),
    ("Global Research | July 11, 2021", [], "Global Research"),  # an organisation's word
    ("Global Research, July 11, 2021", [], "Global Research"),  # a cross-post's "Source, Date" line: the site
    ("Mara Ellison, March 4, 2024", [], "Mara Ellison"),  # (a comma keeps that reading, whatever the name)
])
def test_a_name_barred_from_its_date_is_the_author_unless_an_outlet(
        header: str, authors: list[str], site: str | None) -> None:
    article = extract(_text(header))
    assert (article.authors, article.site_name) == (authors, site)
    assert (article.published or "").startswith(("2024-03-04", "2021-07-11"))


@pytest.mark.parametrize("header", [
    "Mara Ellison\nSenior Reporter\nMarch 4, 2024",  # an author's card: the role under the name
    "Mara Ellison\n[Follow](/follow)\nMarch 4, 2024",  # ... or its button
    "Mara Ellison / Tidewater Post\nMarch 4, 2024",  # where she writes, after a slash or an at sign
    "Mara Ellison @ Tidewater Post · Mar 4, 2024",
    "Published March 4, 2024, author: Mara Ellison",  # a byline's label after the labelled date's comma
    "Opublikowano 4 marca 2024, autor: Mara Ellison",
])
def test_a_cards_rows_and_an_outlet_beside_the_name_leave_one_author_and_no_body(header: str) -> None:
    article = extract(_text(header))
    assert article.title == TITLE
    assert article.authors == ["Mara Ellison"]
    assert (article.published or "").startswith("2024-03-04")
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_a_clause_after_the_labelled_dates_comma_names_nobody() -> None:
    article = extract(_text("Published March 4, 2024, after the vote was delayed"))
    assert article.authors == []
    assert (article.published or "").startswith("2024-03-04")
