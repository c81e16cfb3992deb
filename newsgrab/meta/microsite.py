"""The site's name from the page's microdata publisher: `<div itemprop="publisher" itemscope
itemtype="https://schema.org/Organization"><meta itemprop="name" content="Example Daily">`.

Microdata is JSON-LD's older twin: templates that write the article's schema.org markup into the
HTML itself name the publisher there, often on pages with no og:site_name and no JSON-LD at all
(and pages saved with their scripts stripped keep it). It is read last, only when nothing else
names the site (page.py's order: og:site_name, JSON-LD WebSite and publisher, application-name, the
<title>'s end part that the domain names), so the search over the tree runs on few pages. Last,
because a publisher item names the company behind the site as often as the site ("The New York
Times Company" beside the <title>'s "... - The New York Times"): the site's own name wins.

Only a publisher that is an item of its own counts (`itemscope`, an Organization or no type): the
name is that item's, not a property of something nested inside it (a logo's name, an address). A
publisher written as plain text (`<span itemprop="publisher">Example Daily</span>`) is its name.
"""

from __future__ import annotations

from collections.abc import Iterable

import lxml.html

from newsgrab.meta.elementtext import short_spaced_text
from newsgrab.model import Metadata

#: characters; a publisher's name longer than this is a sentence or a block of text, not a name
MAX_PUBLISHER_CHARS = 80
#: item types of a publisher whose name is the site's (schema.org's Organization and its kinds)
_ORG_TYPE_WORDS = ("organization", "newsmediaorganization", "corporation")


def fill_site_name(meta: Metadata, tree: lxml.html.HtmlElement,
                   pool: list[lxml.html.HtmlElement] | None = None) -> None:
    """Set `meta.site_name` from the microdata publisher when no other source named the site
    (`pool`: the page scan's hint pool, when it collected one; see `microdata_publisher`)."""
    if meta.site_name is None:
        name = microdata_publisher(tree, pool)
        if name:
            meta.site_name = name
            meta.provenance["site_name"] = "microdata"


def microdata_publisher(tree: lxml.html.HtmlElement, pool: list[lxml.html.HtmlElement] | None = None) -> str | None:
    """The name of the first microdata publisher on the page, or None.

    `pool`, the page scan's hint pool of `tree` (`scan_page(tree, hint_pool=True)`), holds every
    element of the tree with an itemprop, in document order, among a few others: the same elements
    as the search of the tree below, read from a list of a few hundred instead of a walk in Python
    over every element of the page (lxml's `iterfind` tests each one's attributes), on every page
    that no other source names the site of (29 of the 67 Readability tune pages).
    """
    found: Iterable[lxml.html.HtmlElement] = tree.iterfind(".//*[@itemprop]") if pool is None else (
        el for el in pool if el is not tree and el.get("itemprop") is not None)
    for el in found:
        if "publisher" not in (el.get("itemprop") or "").split():
            continue
        name = _item_name(el) if el.get("itemscope") is not None else _own_text(el)
        if name:
            return name
    return None


def _item_name(item: lxml.html.HtmlElement) -> str | None:
    """The `name` of a publisher item: its first itemprop=name that no nested item owns."""
    kind = (item.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1].lower()
    if kind and kind not in _ORG_TYPE_WORDS:
        return None  # a Person as the publisher: a blog's author, not a site's name
    for el in item.iterfind(".//*[@itemprop]"):
        if "name" not in (el.get("itemprop") or "").split() or _owner(el, item) is not item:
            continue
        value = el.get("content") if el.tag == "meta" else short_spaced_text(el, MAX_PUBLISHER_CHARS)
        value = " ".join((value or "").split())
        if value and len(value) <= MAX_PUBLISHER_CHARS:
            return value
    return None


def _owner(el: lxml.html.HtmlElement, stop: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The nearest item (an element with `itemscope`) above `el`, up to `stop`."""
    parent = el.getparent()
    while parent is not None and parent is not stop and parent.get("itemscope") is None:
        parent = parent.getparent()
    return parent


def _own_text(el: lxml.html.HtmlElement) -> str | None:
    """A publisher written as plain text: its text when it is short (no markup inside it)."""
    value = el.get("content") if el.tag == "meta" else short_spaced_text(el, MAX_PUBLISHER_CHARS)
    value = " ".join((value or "").split())
    return value if value and len(value) <= MAX_PUBLISHER_CHARS and len(el) == 0 else None
