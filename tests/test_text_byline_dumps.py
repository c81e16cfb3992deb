"""Bylines in converters' dumps as the HTML path reads them (issue 13, stop 53; bench/text_byline_matrix.py).

Each mechanism both ways: a byline label's plural and French typography's space before the colon read in
every language of the rules; a "By" sentence of short lower-case words names nobody; a menu row over a
headline is no author when the run of lines it opens is no header; names or a name and its outlet beside
the date are the byline, never the headline; a role a converter glued to the name is no part of it, and
a role alone names nobody; two names each with a place are both read; a byline past the story's prose (a
related teaser's under a short story) is not the story's. Then the hard negatives of the byline matrix
as text (a related teaser's byline, a comment's name, a photo credit, "By the way ...", a heading of two
capitalised words, an organisation, a reviewer or an editor beside the author), and a few matrix pages
through one pure-Python converter (html2text; skipped when it is absent). Invented samples.
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


def test_a_byline_under_captions_with_the_story_below_it_is_the_storys() -> None:
    # a lead photo's captions over the byline, the story under it: not past the story (a whole page's
    # dump prints the captions as prose, and the story's first prose block is the first caption)
    captions = [f"{paragraph} Photo: Harbour Courier" for paragraph in PARAGRAPHS]
    blocks = _blocks(*captions, "Credit", "By Mara Ellison", "March 4, 2024", *PARAGRAPHS)
    meta = Metadata()
    assert read_into_article(blocks, 3, len(blocks), meta, story=0) == {4, 5}  # the byline and its date
    assert meta.authors == ["Mara Ellison"]
    meta = Metadata()
    assert take_byline_once(blocks, len(blocks), meta, start=0) == 4


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


@pytest.mark.parametrize(("header", "authors"), [
    ("Mara Ellison | Tidewater Post\n\nMarch 4, 2024", ["Mara Ellison"]),  # where she writes after a bar
    ("Mara Ellison / The Tidewater Post\n\nMarch 4, 2024", ["Mara Ellison"]),
])
def test_a_bare_name_with_its_outlet_under_the_headline_is_the_author(header: str, authors: list[str]) -> None:
    page = f"Tidewater Post\nNews Sport\n\n{TITLE}\n\n{header}\n\n{STORY}"  # a dump with its banner
    assert newsgrab.extract(page, kind="text").authors == authors


@pytest.mark.parametrize("line", ["Mara Ellison & Tom Reyes", "Mara Ellison, Tom Reyes and Ana Lucero",
                                  "Mara Ellison | Tidewater Post"])
def test_names_beside_the_date_under_a_banner_are_the_byline_not_the_headline(line: str) -> None:
    # lynx and w3m print a site's name and its menu as one line over the headline: the headline is the
    # line over the names, which are the byline beside the date
    article = newsgrab.extract(f"Tidewater PostNews Sport\n\n{TITLE}\n\n{line}\n\nMarch 4, 2024\n\n{STORY}",
                               kind="text")
    assert article.title == TITLE
    assert article.authors


def test_a_place_and_an_outlet_over_the_headline_are_no_byline() -> None:
    from newsgrab.text.titletop import names_only

    assert names_only("Mara Ellison & Tom Reyes")
    assert not names_only("Harbour Towns Brace For Record Tides")
    assert not names_only("Sea wall vote delayed again")


@pytest.mark.parametrize(("name", "kept"), [
    ("Nora ValeReporter", "Nora Vale"),  # <a>Nora Vale</a><span>Reporter</span> run together
    ("Nora ValeSenior Reporter", "Nora Vale"),
    ("Anna BergRedakteurin", "Anna Berg"),  # a role of another language of the rules
    ("Ronald McDonald", "Ronald McDonald"),  # capitals inside a name, no role after them
    ("DeShawn Marrow", "DeShawn Marrow"),
    ("Nora Vale", "Nora Vale"),
])
def test_a_role_glued_to_the_name_is_cut(name: str, kept: str) -> None:
    from newsgrab.text.gluedrole import without_glued_role

    assert without_glued_role(name) == kept


@pytest.mark.parametrize(("header", "authors"), [
    ("By Mara Ellison in Berlin and Tom Reyes in Paris\n\nMarch 4, 2024", ["Mara Ellison", "Tom Reyes"]),
    ("Von Mara Ellison in Bonn und Tom Reyes in Köln\n\nMarch 4, 2024", ["Mara Ellison", "Tom Reyes"]),
    ("By Mara Ellison for Harbour Radio and Television\n\nMarch 4, 2024", ["Mara Ellison"]),  # an outlet's "and"
    ("Senior Editor\n\nMarch 4, 2024", []),  # a role alone
])
def test_two_names_each_with_a_place_and_a_role_alone(header: str, authors: list[str]) -> None:
    assert newsgrab.extract(_text(header), kind="text").authors == authors


_HTML2TEXT = importlib.util.find_spec("html2text") is not None


@pytest.mark.skipif(not _HTML2TEXT, reason="html2text is not installed")
@pytest.mark.parametrize(("name", "authors"), [
    ("p.byline", ("Nora Vale",)),
    ("X & Y", ("Nora Vale", "Piet Marrow")),
    ("X | Outlet", ("Nora Vale",)),
    ("pl Autorzy", ("Nora Vale", "Piet Marrow")),
    ("fr Texte : X", ("Nora Vale",)),
    ("related teaser only", ()),
    ("article-author + role span", ("Nora Vale",)),
    ("X in A and Y in B", ("Nora Vale", "Piet Marrow")),
    ("By the way (no byline)", ()),
    ("comment only", ()),
    # stop 54's printed shapes: the label in an element of its own, a name over its role line, the label
    # apart in German; a section's name over the date names nobody
    ("By block, name block", ("Nora Vale",)),
    ("name, role, date lines", ("Nora Vale",)),
    ("de Von apart", ("Nora Vale",)),
    ("section line over date (no byline)", ()),
])
def test_matrix_pages_through_html2text(name: str, authors: tuple[str, ...]) -> None:
    from bench.convert_pages import converters
    from bench.text_byline_matrix import probes, read

    probe = next(p for p in probes() if p.name == name)
    dump = converters()["html2text"](probe.html.encode("utf-8"), probe.html)
    assert read(dump, "text", probe.url).authors == authors
