"""An HTML <address> under the headline that holds whole names names the author (meta/addressnames.py):
beside a date or after a byline label, in any language, with no class, label or link another reader
knows. A postal address, the publisher's contact, a venue with nothing a byline says, an <address> in
the footer and a list of contacts name nobody. Every name and address here is invented."""

from __future__ import annotations

import lxml.html
import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.page import read_metadata

_BODY = f'<p>{"The harbour board voted to extend the ferry timetable into the winter months. " * 8}</p>'


def _page(header: str, lang: str = "en", footer: str = "") -> lxml.html.HtmlElement:
    return parse_html(f'<html lang="{lang}"><head><meta property="og:site_name" content="Harbor Ledger"></head>'
                      f"<body><article><h1>Ferry timetable extended into winter</h1>{header}{_BODY}</article>"
                      f"{footer}</body></html>")


@pytest.mark.parametrize(("header", "lang", "want"), [
    # a German daily's header: the date and reading time, then the name in an <address> of its own
    ('<div class="info"><time datetime="2024-03-04T09:30+0100">04.03.2024, 09:30</time> '
     '<span>| Lesedauer: 4 Minuten</span><div><address><span>Mia Tran</span></address></div></div>',
     "de", ["Mia Tran"]),
    # a byline label and a link to no author page, no date near it
    ('<div class="dek"><address>By <a href="/people/8812">Mia Tran</a></address></div>'
     '<p><time datetime="2024-03-04">March 4, 2024</time></p>', "en", ["Mia Tran"]),
    # a contact line: the name and the writer's mail, beside the date
    ('<div class="meta"><span>March 4, 2024</span> <address>Mia Tran &lt;mia.tran@harborledger.example&gt;'
     "</address></div>", "en", ["Mia Tran"]),
    # two writers in French, the label opening the element
    ("<address>Par Mia Tran et Raul Ortiz</address>", "fr", ["Mia Tran", "Raul Ortiz"]),
])
def test_names_in_an_address_under_the_headline_are_the_authors(header: str, lang: str, want: list[str]) -> None:
    meta = read_metadata(_page(header, lang))
    assert meta.authors == want
    assert meta.provenance["authors"] == "byline"


@pytest.mark.parametrize("header", [
    # a postal address under the headline, with the date: a street number and a postcode
    "<div><span>March 4, 2024</span> <address>Harbour Hall, 12 Quay Street, Port Elwyn PE1 4QS</address></div>",
    # the publisher's contact beside the date
    "<div><span>March 4, 2024</span> <address>Harbor Ledger Media Ltd</address></div>",
    # a venue with nothing a byline says beside it: no date, no label
    "<address>Harbour Hall, Port Elwyn</address>",
    # an editorial board's list of contacts
    "<div><span>March 4, 2024</span> <address>Mia Tran, Raul Ortiz, Ada Lin, Piet Marrow, Jon Berg</address></div>",
])
def test_other_addresses_under_the_headline_name_nobody(header: str) -> None:
    assert read_metadata(_page(header)).authors == []


def test_an_address_in_the_footer_names_nobody() -> None:
    footer = "<footer><address>By Mia Tran, March 4, 2024</address></footer>"
    assert read_metadata(_page("<p>March 4, 2024</p>", footer=footer)).authors == []


def test_a_byline_the_page_shows_comes_first() -> None:
    tree = _page('<p class="byline">By Raul Ortiz</p><p>March 4, 2024</p><address>By Mia Tran</address>')
    assert read_metadata(tree).authors == ["Raul Ortiz"]
