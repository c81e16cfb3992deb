"""The page's only hAtom entry: author markup inside it is the page's, whatever surrounds the entry.

Blogger and many WordPress themes mark the post with the microformat class `hentry` (`h-entry` in
microformats2) and print "Posted by <author>" with itemprop=author or rel=author in the post's own
footer (`post-footer`, `entry-footer`). The page scan rules such a byline out: a footer class is page
chrome on most pages, and Blogger wraps the whole blog column in a `widget` container. When the page
has exactly one entry, it is the page's story (self-reference: the markup says so), so containers
around it say nothing about its byline; inside it, a comment or related block stays foreign, and the
entry's own footer is where its byline lives. A list page with several entries gets nothing from
this: each entry there is a teaser.

The article's header is its own too (`in_header`): post meta is often named after the widgets it
holds ("story-meta-footer", "entry-meta social-comments": the byline beside a comment count under the
<h1>), and a container so named right beside the headline, without a heading of its own as another
story's teaser has, holds the page's byline, date and tags.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import lxml.html

#: the hAtom entry class, as a whole class token ("post hentry", "h-entry"; not "entry-content")
_ENTRY_RE = re.compile(r"(?<![\w-])h-?entry(?![\w-])", re.IGNORECASE)
#: an entry's own footer ("post-footer", "post-footer-line-1", "entry-footer", "article-footer")
_OWN_FOOTER_RE = re.compile(r"(?<![\w-])(?:post|entry|article)[-_]?footer[\w-]*", re.IGNORECASE)
#: a prefilter for entries (the regex decides): the class holds these letters, as they are written
_ENTRY_PIECE = "entry"
#: headings of a teaser: a container holding one is another story's, wherever it sits
_TEASER_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def is_author_markup(el: lxml.html.HtmlElement) -> bool:
    """itemprop=author or rel=author: markup that says its text is the author."""
    return "author" in (el.get("itemprop") or "") or "author" in (el.get("rel") or "").lower().split()


def only_entry(elements: Iterable[lxml.html.HtmlElement]) -> lxml.html.HtmlElement | None:
    """The page's hAtom entry when it has exactly one, else None. `elements`: every element of the
    page, in document order (the page scan's list: their proxies exist already). Their classes are
    read here rather than searched by the XPath `//*[contains(@class, 'entry')]`, whose `//` made
    libxml2 build node sets over the whole page (about 2 k instructions an element); the test is the
    same case-sensitive substring of the class, so the same elements pass, in the same order, and
    the walk stops at a second entry."""
    found: lxml.html.HtmlElement | None = None
    for el in elements:
        cls = el.get("class")
        if cls and _ENTRY_PIECE in cls and _ENTRY_RE.search(cls):
            if found is not None:
                return None  # two entries: a list of teasers
            found = el
    return found


def in_entry(el: lxml.html.HtmlElement, entry: lxml.html.HtmlElement, is_foreign: Callable[[str], bool]) -> bool:
    """Whether `el` sits in `entry` with nothing foreign between them but the entry's own footer.

    `is_foreign` tells page chrome and other stories by class and id (pagescan's test); a <nav> is
    never the entry's byline.
    """
    for node in el.iterancestors():
        if node is entry:
            return True
        if node.tag == "nav":
            return False
        names = f"{node.get('class', '')} {node.get('id', '')}"
        if is_foreign(_OWN_FOOTER_RE.sub(" ", names)):
            return False
    return False


def in_header(node: lxml.html.HtmlElement, header: set[lxml.html.HtmlElement]) -> bool:
    """Whether a container named like page chrome is the article header's post meta: its parent is one
    of the headline's nearest ancestors (`header`) and it shows no heading of its own."""
    return node.getparent() in header and next(node.iter(*_TEASER_HEADINGS), None) is None
