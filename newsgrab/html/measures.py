"""Two measures of an element that every stage of the HTML engine asks: its text's length, and the
share of it inside links.

They are asked of the same elements many times over (the candidates, their siblings, the boxes,
the blocks), so each is one C-level XPath where libxml2 does it well, and a per-page memo where it
does not (a link farm's thousands of links).
"""

from __future__ import annotations

from typing import Final

import lxml.html
from lxml import etree

from newsgrab.html import settings

#: compiled once: `el.xpath(str)` would compile the expression on every call
_TEXT_LEN_XPATH: Final = etree.XPath("string-length(normalize-space())")
_LINK_TEXT_XPATH = etree.XPath(".//a//text()", smart_strings=False)
_LINK_COUNT_XPATH = etree.XPath("count(.//a)")


def text_len(el: lxml.html.HtmlElement) -> int:
    """Characters of an element's text with whitespace runs counted once (C-level XPath)."""
    return int(_TEXT_LEN_XPATH(el))


class LinkChars(dict[lxml.html.HtmlElement, int]):
    """The characters of each link's text nodes (each stripped), read on first use. One per page
    and pass: the nested candidates of a link farm hold the same thousands of links, whose text was
    read again for each of them (nine tenths of the time of a Wikipedia article's link densities)."""

    __slots__ = ()

    def __missing__(self, link: lxml.html.HtmlElement) -> int:
        chars = self[link] = sum(map(len, map(str.strip, link.itertext())))
        return chars


def link_density(el: lxml.html.HtmlElement, total: int | None = None, links: LinkChars | None = None) -> float:
    """Share of the element's text that sits inside links (each text node counted stripped).

    One `.//a//text()` XPath reads them, unless the element holds more than `XPATH_MAX_LINKS`
    links: libxml2's node-set merging for that XPath grows faster than the number of links, so
    a link farm is read link by link (`itertext`), the same text nodes, each link's read once
    per `links` (the caller's, for one page).
    """
    total = text_len(el) if total is None else total
    if not total:
        return 0.0
    # map() over str methods rather than a generator: a large candidate holds thousands of link
    # text nodes (a Wikipedia article), and a Python frame per node was most of this function
    if _LINK_COUNT_XPATH(el) <= settings.XPATH_MAX_LINKS:
        link_chars = sum(map(len, map(str.strip, _LINK_TEXT_XPATH(el))))
    else:
        link_chars = sum(map((LinkChars() if links is None else links).__getitem__, el.iter("a")))
    return min(link_chars / total, 1.0)
