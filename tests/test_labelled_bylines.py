"""A byline line under the headline in elements named like nothing ("<p>By Jane Doe</p>"): read by its
position (the article header) and its shape (a byline label, then names), in every language of
data/byline_words.toml; not a sentence that opens with "By", a login, a name's particle, a picture's
credit or a line in the body."""

from __future__ import annotations

import re

import lxml.html
import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.authors import _LABEL_START_RE
from newsgrab.meta.elementtext import LINE_LEAD_NODES, line_lead
from newsgrab.meta.lexicon import byline_words
from newsgrab.meta.page import read_metadata

_BODY = f'<p>{"The council voted to rebuild the harbour wall before the winter storms. " * 6}</p>'


def _authors(header: str, body: str = _BODY) -> list[str]:
    tree = parse_html(f"<html><head><title>Harbour wall</title></head><body><div class=x>"
                      f"<h1>Harbour wall to be rebuilt</h1>{header}{body}</div></body></html>")
    return read_metadata(tree).authors


@pytest.mark.parametrize(("header", "expected"), [
    ("<p>By Mia Tran</p>", ["Mia Tran"]),
    ("<div>By Mia Tran | May 3, 2021</div>", ["Mia Tran"]),
    ("<div><span>By</span> <a href='/people/17'>Mia Tran</a> <time>May 3, 2021</time></div>", ["Mia Tran"]),
    ("<p>Written by Mia Tran and Raul Ortiz</p>", ["Mia Tran", "Raul Ortiz"]),
    ("<p>Von Anna Berg und Jonas Keller</p>", ["Anna Berg", "Jonas Keller"]),
    ("<p>Par Jeanne Roux et Luc Martin</p>", ["Jeanne Roux", "Luc Martin"]),
    ("<p>Por Lucía Gómez y Pablo Ruiz</p>", ["Lucía Gómez", "Pablo Ruiz"]),
    ("<p>Author: Mia Tran</p>", ["Mia Tran"]),
    ("<p>著者：山田太郎</p>", ["山田太郎"]),  # a script without case: one word is a whole name
    # the role on a line of its own after the name (a block inside the byline) is no part of the name
    ("<div><span>by </span><span>Mia Tran</span><p>Harbor Ledger News Fellow</p></div>", ["Mia Tran"]),
    # a lower-case "by" after the date on the same line: a theme's entry-meta line
    ("<div>2019-03-02 09:18 <span>by Mia Tran</span> | Category: Local</div>", ["Mia Tran"]),
])
def test_a_labelled_line_under_the_headline_names_the_authors(header: str, expected: list[str]) -> None:
    assert _authors(header) == expected


@pytest.mark.parametrize("header", [
    "<p>By admin - 2018-07-23</p>",  # a login, not a name
    "<p>By the time the council met, the wall had fallen into the sea.</p>",  # a sentence
    "<p>Photo by Mia Tran</p>",  # a picture's credit
    # a surname with a capitalised particle in a list of names, not a German byline's "Von"
    "<div><span>Anton D.</span> <span>Von Brandt</span>, <span>Mia</span> <span>Tran</span></div>",
    "<p>Mia Tran | May 3, 2021</p>",  # no label: any short line under a headline could be a name
    "<p>By Prince</p>",  # one word: a topic or a tag as often as a name
])
def test_no_name_from_a_line_that_is_no_labelled_byline(header: str) -> None:
    assert _authors(header) == []


def test_a_labelled_line_in_the_body_is_not_read() -> None:
    # the header ends where the body starts: a quoted "By" line further down is another story's
    assert _authors("", _BODY + "<p>By Mia Tran</p>") == []


def test_a_byline_element_or_structured_author_still_comes_first() -> None:
    assert _authors('<div class="byline">Raul Ortiz</div><p>By Mia Tran</p>') == ["Raul Ortiz"]


def test_line_lead_is_the_text_before_an_element_on_its_line() -> None:
    tree = lxml.html.fromstring("<div><p>Intro</p><span>Anton D.</span> <span id=a>Von Brandt</span>"
                                "<div><b id=b>By</b> Mia</div></div>")
    assert line_lead(tree.get_element_by_id("a")) == "Anton D."
    assert line_lead(tree.get_element_by_id("b")) == ""


@pytest.mark.parametrize(("empties", "lead"), [(10, "Intro words"), (LINE_LEAD_NODES + 10, "")])
def test_line_lead_reads_back_no_further_than_a_line_holds_elements(empties: int, lead: str) -> None:
    # a row of thousands of inline elements was read whole before each of them (quadratic): the lead
    # stops LINE_LEAD_NODES elements back, where no line of a page still runs
    tree = lxml.html.fromstring(f"<div><p>Intro words {'<a href=/x></a>' * empties}<span id=a>By</span> Mia</p></div>")
    assert line_lead(tree.get_element_by_id("a")) == lead



@pytest.mark.parametrize(("header", "expected"), [
    ("<p>Tuesday 22 October 2019 by Mia Tran</p>", ["Mia Tran"]),
    ("<p class=meta><span>6:20 AM PST 03/12/2019</span> by <span>Mia Tran</span></p>", ["Mia Tran"]),
    ("<p>Posted on 2019-03-02 by Mia Tran and Raul Ortiz</p>", ["Mia Tran", "Raul Ortiz"]),
    ("<div>// By Mia Tran • Nov 11, 2020</div>", ["Mia Tran"]),  # a mark before the label
])
def test_a_date_then_by_in_one_line_names_the_authors(header: str, expected: list[str]) -> None:
    assert _authors(header) == expected


@pytest.mark.parametrize("header", [
    "<p>Built in 1931 by Frank Lloyd Wright</p>",  # a year is no date: a dek, not a byline
    "<p>Rated 4 by Mia Tran</p>",  # a count
])
def test_a_number_then_by_is_no_byline(header: str) -> None:
    assert _authors(header) == []


def test_a_credit_in_the_lead_pictures_caption_is_no_byline() -> None:
    caption = "<figure><img src=a.jpg><figcaption>By Mia Tran/Harbor Images</figcaption></figure>"
    assert _authors(caption) == []
    assert _authors(caption + "<p>By Raul Ortiz</p>") == ["Raul Ortiz"]


def test_every_byline_label_opens_with_a_word_character() -> None:
    """The premise of `authors._LABEL_START_RE`'s possessive marks: a mark given back is no word
    character, so no label could match from there; a label opening with a mark would break it."""
    words = byline_words()
    assert all(re.match(r"\w", label) for label in (*words.text_labels(), *words.opening_labels()))


@pytest.mark.parametrize(("text", "opens"), [
    ("By Mia Tran", True),
    ("\n        By Mia Tran", True),  # the indentation of the markup before the label
    ("// By Mia Tran • Nov 11, 2020", True),
    ("—  Von:", True),
    ("\n" + " " * 60, False),  # whitespace alone: one pass, no retry at each character
    ("\n    Photo by Mia Tran", False),
    ("\n    Bylines of the week", False),
])
def test_a_label_after_marks_opens_a_line(text: str, opens: bool) -> None:
    assert (_LABEL_START_RE.match(text) is not None) is opens
