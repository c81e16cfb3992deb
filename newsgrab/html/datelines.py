"""The page's date lines, where the comment-thread detector starts (html/threads.py).

Every readers' comment has a date: a `<time>`, or a short line of its own written in digits
("07/04/2013 17:29", "3 h", "vor 2 Stunden"). `dated_parents` finds them on the page as written and
climbs from each, so that the detector looks only at the elements above a date, and only at those
with two or more children holding one.

Finding them means reading every text and tail under the root once: the costly part of the detector
(lxml makes a string of each, most of them the whitespace between tags). Read over a whole page it
cost 6-9% of the HTML path (docs/notices.md, stop 52), so the content stage reads only the subtrees
that the page's markup names as a comment section (html/threadgate.py), a few percent of a page.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from newsgrab.whitespace import fold_space

#: characters of a date line at most (folded)
MAX_DATE_CHARS = 40
#: characters of a date line as written, its indentation and line breaks included, at most
MAX_RAW_DATE_CHARS = 400
#: a date or a time written in digits: 17:29, 07/04/2013, 2019-11-19, a year, 3 h / 5 min / 2 days ago,
#: vor 2 Stunden / il y a 3 jours (a number and its unit, up to three short words before)
DATE_RE = re.compile(r"\d{1,2}[:h.]\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b(?:19|20)\d{2}\b"
                     r"|^\W*(?:\w{1,6}\s){0,3}\d{1,3}\s?\w{1,12}\.?(?:\s\w{1,8})?\W*$")
DIGIT_RE = re.compile(r"\d")


def dated_parents(root: lxml.html.HtmlElement) -> dict[lxml.html.HtmlElement, set[lxml.html.HtmlElement]]:
    """Each element above a date line or a `<time>` under `root`, with its children that hold one.

    The `<time>` elements are found by tag (C-level), the date lines in one loop over the elements
    from `root` on (comments and instructions skipped), where no tag is read and each text is
    refused by the cheapest test first: most are the whitespace between tags (`isspace`, no regex)
    or prose too long to be a date line; only a short text with a digit meets `DATE_RE`."""
    holding: dict[lxml.html.HtmlElement, set[lxml.html.HtmlElement]] = {}
    search = DIGIT_RE.search
    limit = MAX_RAW_DATE_CHARS
    lines = list(root.iter("time"))
    for el in root.iter(etree.Element):
        text = el.text
        if text and len(text) <= limit and not text.isspace() and search(text) and is_date_line(text):
            lines.append(el)
        tail = el.tail
        if tail and len(tail) <= limit and not tail.isspace() and search(tail) and is_date_line(tail):
            parent = el.getparent()  # a tail is a line of the parent's
            if parent is not None:
                lines.append(parent)
    for child in lines:
        parent = child.getparent()
        while child is not root and parent is not None:
            children = holding.setdefault(parent, set())
            if child in children:
                break  # an earlier date climbed from here on
            children.add(child)
            child, parent = parent, parent.getparent()
    return holding


def is_date_line(text: str) -> bool:
    """Whether `text` is a short line written in digits that reads as a date or a time."""
    line = fold_space(text)
    return len(line) <= MAX_DATE_CHARS and DATE_RE.search(line) is not None
