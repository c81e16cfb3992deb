"""A last resort for a page's publication date: the one day its labelled date lines name.

Some pages print their date as a line of text that says what it is, in no element that says so:
"기사입력 :[ 2018-08-25 15:24 ]" under a headline in a <dt> (no <h1>, no date class, no structured
data), "Published: Dec. 22, 2016, 6:47 p.m.", "Posted on Tuesday 15 October 2019 at 09:11". The
label is the page's own word for its publication (data/date_labels.toml, in the page's languages),
and the date comes right after it, after at most a colon, a bracket or a weekday: a sentence that
merely holds the word ("posted while the team was ...", "Posted by: a reader, 27 Sep 2011") is no
date line.

Read only when newsgrab's own sources (pubdates.py) found nothing, and before htmldate: the label
says more than htmldate's first date-like string. Believed only when every labelled line of the
page names the same day (a comment list's "Posted: ..." lines disagree), and not in a link, page
chrome or another story's teaser (lonedate.py's test). Run beside the other sources on the 290
pages of the tune half of bench/meta, ScrapingHub and Readability, it names their day on 13 pages and
another day on none; the pages it dates alone are a Korean site's "기사입력" lines (two pages).
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from newsgrab.meta.dates import Stamp, may_hold_date, parse_stamp, split_at_modified_label
from newsgrab.meta.lexicon import calendar_words, date_labels
from newsgrab.meta.lonedate import elsewhere

#: characters; a labelled date line is short ("Published: Dec. 22, 2016, 6:47 p.m. | Updated ..."),
#: a longer text is a paragraph that mentions a date
MAX_LINE_CHARS = 90
#: elements whose text no reader sees as the page's date line
_UNSHOWN_TAGS = frozenset({"script", "style", "template", "title", "option", "textarea", "noscript"})
#: a publication label at the start of a line, then at most "on"/"am"/"le", a colon or a bracket, and
#: the date's first word: a digit, a month or a weekday name (looked for with `search` from the start)
_LABELLED_RE = re.compile(
    rf"^\W{{0,3}}(?:{date_labels().alternation(modified=False)})\s*(?:on|am|le|el)?\s*[:：]?\s*[\[(]?\s*"
    rf"(?=\d|(?:{calendar_words().month_alternation()}|{calendar_words().weekday_alternation()})\b)",
    re.IGNORECASE,
)


def labelled_date(tree: lxml.html.HtmlElement, day_first: bool | None) -> Stamp | None:
    """The day every labelled date line of the page names, or None (none, or they disagree)."""
    found: Stamp | None = None
    for el in tree.iter(etree.Element):
        if el.tag in _UNSHOWN_TAGS:
            continue
        for text, holder in ((el.text, el), (el.tail, el.getparent())):
            if not text or len(text) > MAX_LINE_CHARS * 2 or not may_hold_date(text):
                continue
            line = " ".join(text.split())
            match = _LABELLED_RE.search(line) if len(line) <= MAX_LINE_CHARS else None
            stamp = parse_stamp(split_at_modified_label(line[match.end():])[0], day_first) if match else None
            if stamp is None or holder is None or elsewhere(holder):
                continue
            if found is not None and found.day != stamp.day:
                return None
            found = found or stamp
    return found
