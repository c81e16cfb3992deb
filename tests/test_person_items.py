"""A schema.org Person item between the headline and the body names the author, whatever property it
fills (`meta/personitem.py`); not a Person item after the body starts (a commenter, another story's
byline), and not when an earlier source names someone."""

from __future__ import annotations

import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.page import read_metadata

_BODY = f'<p>{"The council voted to rebuild the harbour wall before the winter storms. " * 6}</p>'
_PERSON = "itemscope itemtype='https://schema.org/Person'"


def _authors(header: str, body: str = _BODY) -> list[str]:
    tree = parse_html("<html><head><title>Harbour wall</title></head><body><main><article><header>"
                      f"<div><div><div><h1>Harbour wall to be rebuilt</h1></div></div></div>{header}</header>"
                      f"{body}</article></main></body></html>")
    return read_metadata(tree).authors


@pytest.mark.parametrize(("header", "expected"), [
    # a bare Person item in the line under the headline, a photographer beside it unmarked
    (f"<p>by <span {_PERSON}><a href='/p/9'><span itemprop='name'>Mia Tran</span></a></span> (reporting) and "
     "Raul Ortiz (photography)</p>", ["Mia Tran"]),
    # under another property than author, in a meta bar classed like a page footer
    (f"<div class='story-meta-footer'><p>By <span itemprop='creator' {_PERSON}><span itemprop='name'>MIA TRAN"
     "</span></span> <time>JULY 29, 2016</time></p></div>", ["MIA TRAN"]),
    # the name in the item's content
    (f"<div><span {_PERSON}><meta itemprop='name' content='Mia Tran'><img src='/m.jpg'></span></div>", ["Mia Tran"]),
])
def test_a_person_item_under_the_headline_names_the_author(header: str, expected: list[str]) -> None:
    assert _authors(header) == expected


def test_person_items_after_the_body_starts_are_not_read() -> None:
    # commenters and related stories' bylines under the article
    comments = f"<section><div {_PERSON}><span itemprop='name'>Raul Ortiz</span></div></section>"
    assert _authors("", _BODY + comments) == []


def test_a_person_item_that_is_no_name_is_not_read() -> None:
    assert _authors(f"<div><span {_PERSON}><span itemprop='name'>Harbour</span></span></div>") == []
    # an item of another type
    assert _authors("<div><span itemscope itemtype='https://schema.org/Place'><span itemprop='name'>Port Ellen"
                    "</span></span></div>") == []


def test_an_earlier_source_comes_first() -> None:
    header = f"<div><span {_PERSON}><span itemprop='name'>Mia Tran</span></span></div>"
    assert _authors(f"<div class='byline'>Raul Ortiz</div>{header}") == ["Raul Ortiz"]
    assert _authors(f"<p>By Raul Ortiz | May 3, 2021</p>{header}") == ["Raul Ortiz"]


# ------------------------------------------------------------------ hCard, the microformat
@pytest.mark.parametrize(("header", "expected"), [
    # a blog theme's byline: the avatar link to a user number, the card and its formatted name (wikia's shape)
    ("<div><a href='/u/CC7567'><img src='/a.png'> <span class='vcard'><span class='fn'>Mia Tran</span></span></a>"
     " <span>•</span> <time>8h</time></div>", ["Mia Tran"]),
    # the card and the name on one element, a WordPress theme's "url fn n" link (uproxx's shape)
    ("<p><span class='posted-by'>by <a class='url fn n vcard' href='/p/mia'>Mia Tran</a></span></p>", ["Mia Tran"]),
])
def test_an_hcard_under_the_headline_names_the_author(header: str, expected: list[str]) -> None:
    assert _authors(header) == expected


@pytest.mark.parametrize(("header", "body"), [
    # commenters' cards after the body starts
    ("", _BODY + "<ol><li><div class='vcard'><cite class='fn'>Raul Ortiz</cite> says:</div><p>Good.</p></li></ol>"),
    # an organisation's card: "fn org" is the company, no person
    ("<div class='vcard'><span class='fn org'>Harbour Ferries Ltd</span></div>", _BODY),
    # a card whose name is no person's name
    ("<div class='vcard'><span class='fn'>harbour</span></div>", _BODY),
])
def test_no_author_from_an_hcard_below_the_body_or_of_an_organisation(header: str, body: str) -> None:
    assert _authors(header, body) == []
