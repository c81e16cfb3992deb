"""How much of an element is text, and how much of that text sits in links: the measures the
candidate scoring, the serialiser's conditional cleaning and the boxes share, each one XPath in C.

`text_len` counts whitespace runs once (normalize-space); `link_density` reads the text nodes
inside links (each stripped). `LinkChars` keeps a page's per-link counts and what it learnt of the
page's number of links, so nested candidates and containers do not pay for the same walks again.
"""

from __future__ import annotations

from collections import deque

import lxml.html
from lxml import etree

from newsgrab.html import settings

#: compiled once: `el.xpath(str)` would compile the expression on every call
_TEXT_LEN_XPATH = etree.XPath("string-length(normalize-space())")
_LINK_TEXT_XPATH = etree.XPath(".//a//text()", smart_strings=False)
_LINK_COUNT_XPATH = etree.XPath("count(.//a)")


def text_len(el: lxml.html.HtmlElement) -> int:
    """Characters of an element's text with whitespace runs counted once (C-level XPath)."""
    return int(_TEXT_LEN_XPATH(el))


class LinkChars(dict[lxml.html.HtmlElement, int]):
    """The characters of each link's text nodes (each stripped), read on first use. One per page
    and pass: the nested candidates of a link farm hold the same thousands of links, whose text was
    read again for each of them (nine tenths of the time of a Wikipedia article's link densities).
    It also remembers whether each tree it met holds at most `XPATH_MAX_LINKS` links (`few_links`)."""

    __slots__ = ("_few",)

    def __init__(self) -> None:
        super().__init__()
        self._few: dict[lxml.html.HtmlElement, bool] = {}

    def __missing__(self, link: lxml.html.HtmlElement) -> int:
        chars = self[link] = sum(map(len, map(str.strip, link.itertext())))
        return chars

    def few_links(self, el: lxml.html.HtmlElement) -> bool:
        """Whether the whole tree `el` sits in (from its topmost ancestor: a detached subtree is a
        tree of its own) holds at most `XPATH_MAX_LINKS` links, counted once a tree: then so does
        `el`, and its own count is not needed. Most pages hold fewer links than that."""
        above = deque(el.iterancestors(), maxlen=1)  # the topmost ancestor, the walk up done in C
        top = above[0] if above else el
        few = self._few.get(top)
        if few is None:
            few = self._few[top] = _LINK_COUNT_XPATH(top) <= settings.XPATH_MAX_LINKS
        return few


def link_density(el: lxml.html.HtmlElement, total: int | None = None, links: LinkChars | None = None) -> float:
    """Share of the element's text that sits inside links (each text node counted stripped).

    One `.//a//text()` XPath reads them, unless the element holds more than `XPATH_MAX_LINKS`
    links: libxml2's node-set merging for that XPath grows faster than the number of links, so
    a link farm is read link by link (`itertext`), the same text nodes, each link's read once
    per `links` (the caller's, for one page). With `links`, the element's links are counted only
    when its whole tree holds more than that (`LinkChars.few_links`): a count is a walk of the
    element, and a page's candidates and containers are nested, each walked again.
    """
    total = text_len(el) if total is None else total
    if not total:
        return 0.0
    # map() over str methods rather than a generator: a large candidate holds thousands of link
    # text nodes (a Wikipedia article), and a Python frame per node was most of this function
    if (links is not None and links.few_links(el)) or _LINK_COUNT_XPATH(el) <= settings.XPATH_MAX_LINKS:
        link_chars = sum(map(len, map(str.strip, _LINK_TEXT_XPATH(el))))
    else:
        link_chars = sum(map((LinkChars() if links is None else links).__getitem__, el.iter("a")))
    return min(link_chars / total, 1.0)
