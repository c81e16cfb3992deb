"""The article's elements after its headline, up to the body: where a byline sits that the article
header (`headerzone`) does not reach.

`headerzone` reads a few containers around the headline and a few hundred characters: enough for
most templates, and safe, since anything there belongs to the story. Some templates put the byline
further away: a meta bar four containers away from the <h1> ("<span>Dec 13, 2016</span> / <span>By
Jane Doe</span>" beside share buttons), or a line under a lead picture and a long standfirst.
`following` walks on from the headline in document order inside the <article> or <main> that holds it
(else the page), past page chrome (an <aside>, a <nav>, a related-stories box); the reader stops where
the body starts (`BODY_PIECE_CHARS`). `is_dated` is the cue that makes such a far line a byline: a
byline is a short line of names by the date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import lxml.html

from newsgrab.meta.dates import DATE_PHRASE_RE
from newsgrab.meta.elementtext import short_spaced_text
from newsgrab.meta.pagescan import is_chrome

#: characters; a text piece this long after the headline is the body: no byline is looked for past it
BODY_PIECE_CHARS = 250
#: characters; the element around a byline that holds its date is at most this long (a meta bar)
MAX_DATED_BAR_CHARS = 200
#: levels above a byline's element that may hold its date ("<div><span>May 3</span> / <span><b>By</b>")
DATED_BAR_LEVELS = 2
#: the digits of a date or time that DATE_PHRASE_RE leaves to others ("11/19/2019", "09:18", "2019年3月2日")
NUMERIC_STAMP_RE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d\d|\d\s*[年月日]")
#: containers whose end ends the walk
_ARTICLE_BOUNDS = frozenset({"article", "main", "body", "html"})
#: elements whose text is no part of the story's header
_NOT_ARTICLE_TAGS = frozenset({"script", "style", "noscript", "template", "aside", "nav", "footer", "form"})


def following(headline: lxml.html.HtmlElement,
              is_line: Callable[[lxml.html.HtmlElement], bool]) -> Iterator[lxml.html.HtmlElement]:
    """The elements after `headline` in document order, up to the end of the <article> or <main> that
    holds it (else of the page), without page chrome and what it holds. An element named like chrome
    that `is_line` accepts is read all the same: a byline's own element classed "social-comments" is
    the line, not a box of other stories around it. Iterative: a page nested thousands deep is walked
    without recursion."""
    node = headline
    while node.tag not in _ARTICLE_BOUNDS:
        for sibling in node.itersiblings():
            stack = [sibling]
            while stack:
                el = stack.pop()
                tag = el.tag
                if not isinstance(tag, str) or tag in _NOT_ARTICLE_TAGS or (is_chrome(el) and not is_line(el)):
                    continue
                yield el
                stack.extend(el[::-1])  # a list of the children, reversed: reversed(el) builds a slower iterator
        parent = node.getparent()
        if parent is None:
            return
        node = parent


def is_dated(el: lxml.html.HtmlElement) -> bool:
    """Whether a date or time stands in `el` or in a short element around it (DATED_BAR_LEVELS up)."""
    node: lxml.html.HtmlElement | None = el
    for _level in range(DATED_BAR_LEVELS + 1):
        text = short_spaced_text(node, MAX_DATED_BAR_CHARS) if node is not None else ""
        if not text:
            return False
        if has_date(text):
            return True
        node = node.getparent() if node is not None else None
    return False


def has_date(text: str) -> bool:
    """Whether `text` holds a date or a time ("May 3, 2021", "12/16/16", "12:21pm")."""
    return bool(NUMERIC_STAMP_RE.search(text) or DATE_PHRASE_RE.search(text))
