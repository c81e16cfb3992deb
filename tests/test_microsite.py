"""The site's name from a microdata publisher (newsgrab/meta/microsite.py, page.py's site order).

Short pages written here in the shape of the real ones (businesstoday.in in metascraper's set: an
Organization publisher item with <meta itemprop="name"> inside the article's microdata, and neither
og:site_name nor JSON-LD).
"""

from __future__ import annotations

import lxml.html
import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.microsite import microdata_publisher
from newsgrab.meta.page import read_metadata
from newsgrab.meta.pagescan import scan_page

_ARTICLE = ('<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Ferry fares rise'
            ' again in spring</h1>{publisher}<p itemprop="articleBody">The harbour board met on Monday.</p></div>')


def page(head: str = "", body: str = "") -> lxml.html.HtmlElement:
    return parse_html(f"<html><head>{head}</head><body>{body}</body></html>")


_PUBLISHERS = [
        # an Organization item with its name in a <meta>, and a logo item nested inside it
        ('<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">'
         '<div itemprop="logo" itemscope itemtype="https://schema.org/ImageObject">'
         '<meta itemprop="name" content="logo.png"></div>'
         '<meta itemprop="name" content="Lakeside Courier"></div>', "Lakeside Courier"),
        # the name as shown text, an item without a type
        ('<span itemprop="publisher" itemscope><span itemprop="name">Lakeside  Courier</span></span>',
         "Lakeside Courier"),
        # a publisher written as plain text
        ('<span itemprop="publisher">Lakeside Courier</span>', "Lakeside Courier"),
        # not: a Person as the publisher (a blog's author), nor an item whose only name is its logo's
        ('<div itemprop="publisher" itemscope itemtype="http://schema.org/Person">'
         '<meta itemprop="name" content="Jo Bloggs"></div>', None),
        ('<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">'
         '<div itemprop="logo" itemscope><meta itemprop="name" content="logo.png"></div></div>', None),
        # not: a text publisher holding markup (a block of links, not a name)
        ('<div itemprop="publisher"><a href="/a">One</a> <a href="/b">Two</a></div>', None),
]


@pytest.mark.parametrize(("publisher", "expected"), _PUBLISHERS)
def test_microdata_publisher(publisher: str, expected: str | None) -> None:
    assert microdata_publisher(page(body=_ARTICLE.format(publisher=publisher))) == expected


@pytest.mark.parametrize(("publisher", "expected"), _PUBLISHERS)
def test_publisher_from_the_scan_pool_is_the_tree_search(publisher: str, expected: str | None) -> None:
    # the HTML path reads the itemprop elements from the page scan's hint pool, which also holds
    # elements only for their class ("article-body", no itemprop): they are no publisher
    body = ('<div class="article-body"><span class="content">Lakeside Gazette</span>'
            f'{_ARTICLE.format(publisher=publisher)}</div>')
    tree = page(body=body)
    pool = scan_page(tree, hint_pool=True).hint_pool
    assert any(el.get("itemprop") is None for el in pool)
    assert microdata_publisher(tree, pool) == microdata_publisher(tree) == expected


@pytest.mark.parametrize(
    ("head", "company", "expected"),
    [
        # no other metadata names the site: the publisher item does
        ("<title>Ferry fares rise again in spring</title>", "Lakeside Courier", ("Lakeside Courier", "microdata")),
        # og:site_name still comes first
        ('<meta property="og:site_name" content="Lakeside Courier">', "Lakeside Media Group",
         ("Lakeside Courier", "opengraph")),
        # the <title>'s site part beats the publisher's company (readability's nytimes pages: a publisher
        # item "The New York Times Company", a <title> "... - The New York Times")
        ("<title>Ferry fares rise again in spring - The Lakeside Courier</title>", "The Lakeside Courier Company",
         ("The Lakeside Courier", "title-tag")),
    ],
)
def test_site_name_from_microdata_ranks_last(head: str, company: str, expected: tuple[str, str]) -> None:
    publisher = ('<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">'
                 f'<meta itemprop="name" content="{company}"></div>')
    meta = read_metadata(page(head, _ARTICLE.format(publisher=publisher)), "https://www.lakesidecourier.example/a/1")
    assert (meta.site_name, meta.provenance["site_name"]) == expected
