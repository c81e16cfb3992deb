"""A site's own box beside the article: prose that ends in a line of links to the site's top pages.

A site's self-description ("About us", who owns it, how it is paid for), set after the article
container, reads as prose and scores on its commas, so it would join the region as a sibling that
continues the article (`scoring._with_siblings`). Its words say nothing the shape does not: it ends
in a line made only of links, at least `SITE_LINE_MIN_LINKS` of them, each to a page one step under
the site's root ("/about", "/contact", "/jobs"): pages that leave the story's topic. A part of the
article ends in its own text, a line of tags (a label, and links further down: "/tag/floods"), its
source, or share links to other sites.
"""

from __future__ import annotations

import lxml.html
from lxml import etree

from newsgrab.html import settings

_TEXT_LEN = etree.XPath("string-length(normalize-space())")


def ends_in_site_links(box: lxml.html.HtmlElement) -> bool:
    """The last element of `box` holding text is a line of links only (`SITE_LINE_MIN_LINKS` or
    more), each to a root-relative path of one segment."""
    last = next((child for child in reversed(box) if isinstance(child.tag, str) and _TEXT_LEN(child)), None)
    if last is None or (last.tail or "").strip():
        return False
    links = list(last.iter("a"))
    if len(links) < settings.SITE_LINE_MIN_LINKS or not all(map(_top_page, links)):
        return False
    return sum(int(_TEXT_LEN(a)) for a in links) >= int(_TEXT_LEN(last)) - len(links)


def _top_page(link: lxml.html.HtmlElement) -> bool:
    """A link to a page one step under the site's root: "/about", "/contact/"."""
    href = (link.get("href") or "").strip().split("?", 1)[0].split("#", 1)[0]
    if not href.startswith("/") or href.startswith("//"):
        return False
    return len([seg for seg in href.split("/") if seg]) == 1
