"""The writer's headshot under the headline names the author when the byline line's markup says nothing
(meta/avatarnames.py); a photo of the story's subject, a logo or a teaser's thumbnail does not."""

from __future__ import annotations

import lxml.html
import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.page import read_metadata

_BODY = f'<p>{"The harbour board voted to extend the ferry timetable into the winter months. " * 8}</p>'


def _page(header: str, head: str = "") -> lxml.html.HtmlElement:
    return parse_html(f'<html lang="en"><head><meta property="og:site_name" content="Harbor Ledger">{head}</head>'
                      f"<body><article><h1>Ferry timetable extended into winter</h1>{header}{_BODY}</article>"
                      "</body></html>")


@pytest.mark.parametrize("header", [
    # a blogging platform: the picture in a link to the profile, the name and a follow control beside it
    '<div><div><a href="/@miatran"><div><img alt="Mia Tran" src="a.jpg" width="44"></div></a></div>'
    '<div><span><a href="/@miatran">Mia Tran</a></span> · <a href="/signin?follow">Follow</a>'
    " · <span>Oct 15, 2023</span></div></div>",
    # a personal site: "Image of" in the alt text, the name and the date after a comma
    '<div><img alt="Image of Mia Tran" src="a.jpg"><div><p>Mia Tran, April 19, 2020</p></div></div>',
    # a relative time in another language beside the name
    '<div><a href="/autori/mia-tran"><span><img alt="Mia Tran" src="a.jpg"></span></a> Mia Tran před 2 hodinami</div>',
])
def test_a_headshot_beside_a_byline_line_names_the_author(header: str) -> None:
    meta = read_metadata(_page(header))
    assert meta.authors == ["Mia Tran"]
    assert meta.provenance["authors"] == "byline"


@pytest.mark.parametrize("header", [
    # the story's subject, captioned with the name alone
    '<div class="foto"><img alt="Raul Ortiz." src="a.jpg"><div>Raul Ortiz.</div></div>',
    # a picture in a figure, its caption dated
    '<figure><img alt="Raul Ortiz" src="a.jpg"><figcaption>Raul Ortiz, May 3, 2021</figcaption></figure>',
    # a syndication partner's logo and name
    '<div><img alt="Coastal Daily" src="logo.png"> Coastal Daily · Follow</div>',
    # the site's own logo
    '<div><img alt="Harbor Ledger" src="logo.png"> Harbor Ledger · Follow</div>',
    # a teaser's thumbnail: its headline as alt text and beside it, with its date
    '<ul><li><a href="/article/2019/03/11/1.html"><img alt="中古端末購入時や処分時にも参考になりそう" src="t.jpg">'
    "中古端末購入時や処分時にも参考になりそう 2019.3.11(月) 16:10</a></li></ul>",
    # the alt text names someone the line does not
    '<div><img alt="Raul Ortiz" src="a.jpg"> Mia Tran, April 19, 2020</div>',
])
def test_other_pictures_name_nobody(header: str) -> None:
    assert read_metadata(_page(header)).authors == []


def test_a_headshot_comes_after_every_other_byline_the_page_shows() -> None:
    tree = _page('<p class="byline">By Raul Ortiz</p><div><img alt="Mia Tran" src="a.jpg"> Mia Tran · Follow</div>')
    assert read_metadata(tree).authors == ["Raul Ortiz"]
