"""Bylines in converters' dumps as the HTML path reads them (issue 13, stop 53; bench/text_byline_matrix.py).

Each mechanism both ways: a byline label's plural and French typography's space before the colon read
in every language of the rules; a "By" sentence of short lower-case words names nobody; a menu row
over a headline is no author when the run of lines it opens is no header; a byline under the story's
paragraphs and a teaser's headline is the teaser's. Then the hard negatives of the byline matrix as
text (a related teaser's byline, a comment's name, a photo credit, "By the way ...", a heading of two
capitalised words, an organisation, a reviewer or an editor beside the author), and a few matrix
pages through one pure-Python converter (html2text; skipped when it is absent). Invented samples.
"""

from __future__ import annotations

import importlib.util

import pytest

import newsgrab
from newsgrab.model import Block, Metadata
from newsgrab.text.bylineonce import take_byline_once
from newsgrab.text.farther import read_into_article
from newsgrab.text.header import take_header_line
from newsgrab.text.namephrase import is_byline_phrase
from tests.sea_wall import PARAGRAPHS, STORY, TITLE


def _text(header: str, end: str = "") -> str:
    return f"{TITLE}\n\n{header}\n\n{STORY}\n{end}\n"


def _blocks(*lines: str) -> list[Block]:
    return [Block(kind="p", text=line) for line in lines]


@pytest.mark.parametrize(("line", "authors"), [
    ("Authors: Mara Ellison and Tom Reyes", ["Mara Ellison", "Tom Reyes"]),
    ("Autorzy: Mara Ellison i Tom Reyes", ["Mara Ellison", "Tom Reyes"]),
    ("Autores: Mara Ellison y Tom Reyes", ["Mara Ellison", "Tom Reyes"]),
    ("Autori: Mara Ellison e Tom Reyes", ["Mara Ellison", "Tom Reyes"]),
    ("Auteurs : Mara Ellison et Tom Reyes", ["Mara Ellison", "Tom Reyes"]),
    ("Auteurs: Mara Ellison en Tom Reyes", ["Mara Ellison", "Tom Reyes"]),
    ("Autoři: Mara Ellison, Tom Reyes", ["Mara Ellison", "Tom Reyes"]),
    ("Texte : Mara Ellison", ["Mara Ellison"]),  # French typography: a space before the colon
    ("Auteur\u202f: Mara Ellison", ["Mara Ellison"]),  # a narrow no-break space there
])
def test_a_labels_plural_and_a_space_before_its_colon_open_a_byline(line: str, authors: list[str]) -> None:
    meta = Metadata()
    assert take_header_line(Block(kind="p", text=line), meta)
    assert meta.authors == authors


@pytest.mark.parametrize("line", [
    "Texte : la rédaction",  # lower case: no name
    "Autores de la reforma dicen que el muro no aguanta.",  # the plural opening a sentence, no colon
    "Autori  :  ",  # the label and nothing
])
def test_a_label_without_a_name_after_its_colon_names_nobody(line: str) -> None:
    meta = Metadata()
    take_header_line(Block(kind="p", text=line), meta)
    assert meta.authors == []


def test_a_by_sentence_of_short_lower_case_words_names_nobody() -> None:
    line = "By the way, the council of Port Elwyn postponed its vote on the new sea wall on Monday."
    assert is_byline_phrase("the way", line)
    assert is_byline_phrase("now", "By now, the water has reached the steps of the old fish market.")
    article = newsgrab.extract(f"{TITLE}\n\nMarch 4, 2024\n\n{line}\n\n{STORY}", kind="text")
    assert article.authors == []


@pytest.mark.parametrize(("name", "line"), [
    ("jane doe", "By jane doe | March 4, 2024"),  # a name typed in lower case on a byline row
    ("jane doe", "By jane doe, staff writer"),
    ("Nora Vale", "By Nora Vale, who has covered the harbour for a decade and the council for two"),
])
def test_a_name_in_lower_case_on_a_byline_row_is_no_phrase(name: str, line: str) -> None:
    assert not is_byline_phrase(name, line)


def test_a_menu_row_over_the_headline_is_no_author() -> None:
    # inscriptis prints a site's name and its menu's links as two lines over the headline
    dump = f"Harbour Courier\nNews Sport\n\n{TITLE}\n\nMarch 4, 2024\n\n{STORY}"
    assert newsgrab.extract(dump, kind="text").authors == []


def test_a_bare_name_between_a_title_and_its_date_is_still_the_author() -> None:
    assert newsgrab.extract(f"{TITLE}\n\nMara Ellison\n\nMarch 4, 2024\n\n{STORY}", kind="text").authors == [
        "Mara Ellison"]


def test_a_byline_under_the_storys_paragraphs_and_a_teasers_headline_is_the_teasers() -> None:
    blocks = _blocks(*PARAGRAPHS, "Related", "Ferry Runs All Winter", "By Ada Lin", "Harbour Courier, Quay Street")
    meta = Metadata()
    assert read_into_article(blocks, 3, len(blocks), meta, story=0) == set()
    assert take_byline_once(blocks, len(blocks), meta, start=0) is None
    assert meta.authors == []


def test_a_byline_under_a_caption_and_a_standfirst_is_still_the_storys() -> None:
    caption = "The old wall at the harbour mouth, where the engineers found two cracks after the storm last week."
    standfirst = "The council has put off its vote again, and the tides will not wait for the next meeting of it."
    blocks = _blocks(caption, standfirst, "By Mara Ellison", *PARAGRAPHS)
    meta = Metadata()
    assert read_into_article(blocks, 1, len(blocks), meta, story=0) == {2}
    assert meta.authors == ["Mara Ellison"]


def test_a_writers_signature_under_the_last_paragraph_stays() -> None:
    blocks = _blocks(*PARAGRAPHS, "Written by Mara Ellison", "Harbour Courier, Quay Street")
    meta = Metadata()
    assert take_byline_once(blocks, len(blocks) - 1, meta, start=0) == 3
    assert meta.authors == ["Mara Ellison"]


@pytest.mark.parametrize(("header", "end", "authors"), [
    ("March 4, 2024", "Related\n\nFerry Runs All Winter\n\nBy Ada Lin", []),  # a related teaser's byline
    ("By Mara Ellison\n\nMarch 4, 2024", "Related\n\nFerry Runs All Winter\n\nBy Ada Lin", ["Mara Ellison"]),
    ("March 4, 2024", "Comments\n\nAda Lin\n\nThe wall should have been built years ago.", []),  # a comment
    ("By Mara Ellison\n\nMarch 4, 2024", "Comments\n\nAda Lin\n\nThe wall should have been built years ago.",
     ["Mara Ellison"]),
    ("March 4, 2024\n\nThe old wall at the harbour mouth. Photo by Piet Marrow", "", []),  # a photo's credit
    ("By Mara Ellison\n\nMarch 4, 2024\n\nPhoto by Piet Marrow", "", ["Mara Ellison"]),
    ("Sea Wall\n\nMarch 4, 2024", "", []),  # a heading of two capitalised words the headline names
    ("Harbour Works Council\n\nMarch 4, 2024", "", []),  # an organisation
    ("By Mara Ellison\n\nReviewed by Piet Marrow\n\nMarch 4, 2024", "", ["Mara Ellison"]),  # a reviewer beside
    ("By Mara Ellison\n\nEdited by Piet Marrow\n\nMarch 4, 2024", "", ["Mara Ellison"]),  # an editor beside
])
def test_the_matrix_hard_negatives_as_text(header: str, end: str, authors: list[str]) -> None:
    article = newsgrab.extract(_text(header, end), kind="text")
    assert article.authors == authors


_HTML2TEXT = importlib.util.find_spec("html2text") is not None


@pytest.mark.skipif(not _HTML2TEXT, reason="html2text is not installed")
@pytest.mark.parametrize(("name", "authors"), [
    ("p.byline", ("Nora Vale",)),
    ("X & Y", ("Nora Vale", "Piet Marrow")),
    ("pl Autorzy", ("Nora Vale", "Piet Marrow")),
    ("fr Texte : X", ("Nora Vale",)),
    ("By the way (no byline)", ()),
    ("related teaser only", ()),
    ("comment only", ()),
])
def test_matrix_pages_through_html2text(name: str, authors: tuple[str, ...]) -> None:
    from bench.convert_pages import converters
    from bench.text_byline_matrix import probes, read

    probe = next(p for p in probes() if p.name == name)
    dump = converters()["html2text"](probe.html.encode("utf-8"), probe.html)
    assert read(dump, "text", probe.url).authors == authors
