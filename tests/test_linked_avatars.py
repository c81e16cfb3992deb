"""A headshot whose alt text names nobody still names the writer when it links where the name beside it
links (meta/avatarnames.py `linked_avatar_names`): the same address twice, as a picture and as a whole
name, on a line that says more than the name. A partner's logo to its home page, a picture linked
elsewhere, a teaser's thumbnail and a bare name with nothing beside it name nobody."""

from __future__ import annotations

import lxml.html
import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.avatarnames import is_picture_link, linked_avatar_names
from newsgrab.meta.page import read_metadata

_BODY = f'<p>{"The harbour board voted to extend the ferry timetable into the winter months. " * 8}</p>'


def _page(header: str, lang: str = "en") -> lxml.html.HtmlElement:
    return parse_html(f'<html lang="{lang}"><head><meta property="og:site_name" content="Harbor Ledger"></head>'
                      f"<body><article><h1>Ferry timetable extended into winter</h1>{header}{_BODY}</article>"
                      "</body></html>")


@pytest.mark.parametrize(("header", "lang"), [
    # a blog theme: the headshot with an empty alt in a link to the writer's page, the name, the date
    ('<div class="post-meta"><a href="/u/5531"><img src="/i/5531.jpg" alt=""></a> '
     '<a href="/u/5531">Mia Tran</a> | March 4, 2024</div>', "en"),
    # a community site: the picture a CSS background with a count badge over it, the name in the next box
    ('<div class="media"><div class="left"><a href="/members/x9k2/" class="pic" style="background-image:'
     'url(/i/x9k2.png)"><span class="badge">27</span></a></div><div class="body"><a href="/members/x9k2/">'
     'Mia Tran</a> <span class="sep">|</span> <span>2024-03-04T09:30:00+00:00</span></div></div>', "en"),
    # another language, a relative time beside the name, the addresses differing by a trailing slash
    ('<p><a href="https://blog.harborledger.example/profil/77/"><img src="/i/77.jpg" alt="Profilbild"></a> '
     '<a href="https://blog.harborledger.example/profil/77">Mia Tran</a> · vor 2 Stunden</p>', "de"),
])
def test_a_picture_linked_where_the_name_links_names_the_author(header: str, lang: str) -> None:
    meta = read_metadata(_page(header, lang))
    assert meta.authors == ["Mia Tran"]
    assert meta.provenance["authors"] == "byline"


@pytest.mark.parametrize("header", [
    # the picture links to a gallery, the name to a profile: two addresses
    '<div class="meta"><a href="/gallery/wall"><img src="/i/wall.jpg" alt=""></a> '
    '<a href="/u/5531">Raul Ortiz</a> · March 4, 2024</div>',
    # a teaser: its thumbnail and its headline link to the story, with its date
    '<div class="teaser"><a href="/news/2024/03/04/ferry-runs"><img src="/i/f.jpg" alt=""></a> '
    '<a href="/news/2024/03/04/ferry-runs">Ferry Runs All Winter</a> · March 4, 2024</div>',
    # the picture and the name, nothing a byline says besides them
    '<div class="box"><a href="/u/5531"><img src="/i/5531.jpg" alt=""></a> <a href="/u/5531">Raul Ortiz</a></div>',
    # a picture in a figure whose caption links the same page
    '<figure><a href="/u/5531"><img src="/i/5531.jpg" alt=""></a><figcaption><a href="/u/5531">Raul Ortiz</a>, '
    'March 4, 2024</figcaption></figure>',
])
def test_other_picture_links_name_nobody(header: str) -> None:
    assert read_metadata(_page(header)).authors == []


def test_a_byline_the_page_shows_comes_first() -> None:
    tree = _page('<p class="byline">By Raul Ortiz</p><div><a href="/u/5531"><img src="/i/a.jpg" alt=""></a> '
                 '<a href="/u/5531">Mia Tran</a> | March 4, 2024</div>')
    assert read_metadata(tree).authors == ["Raul Ortiz"]


@pytest.mark.parametrize(("markup", "expected"), [
    ('<a href="/u/5531"><img src="/i/a.jpg" alt="Mia Tran"></a>', True),  # alt text is no shown text
    ('<a href="/u/5531"><span>27</span></a>', True),  # a count badge
    ('<a href="/u/5531">Mia Tran</a>', False),
    ('<a href="javascript:void(0)"><img src="/i/a.jpg" alt=""></a>', False),
    ('<a href="https://tidewatch.example/"><img src="/i/a.jpg" alt=""></a>', False),  # a home page
])
def test_is_picture_link(markup: str, expected: bool) -> None:
    assert is_picture_link(lxml.html.fragment_fromstring(markup)) is expected


def test_a_partner_logo_linked_to_its_home_page_is_no_headshot() -> None:
    """The logo and the partner's name both link to its home page: no person's page. (The page as a
    whole still gives "Tide Watch": the address spells the name, which `namedate.dated_linked_names`
    reads as a linked byline; a blogger's own site is spelt the same way.)"""
    line = lxml.html.fragment_fromstring(
        '<div class="meta"><a href="https://tidewatch.example/"><img src="/i/tw.png" alt=""></a> '
        '<a href="https://tidewatch.example/">Tide Watch</a> · 4 March 2024</div>')
    person = lxml.html.fragment_fromstring(
        '<div class="meta"><a href="https://tidewatch.example/u/12"><img src="/i/tw.png" alt=""></a> '
        '<a href="https://tidewatch.example/u/12">Mia Tran</a> · 4 March 2024</div>')
    assert linked_avatar_names([line[0]]) == []
    assert linked_avatar_names([person[0]]) == ["Mia Tran"]
