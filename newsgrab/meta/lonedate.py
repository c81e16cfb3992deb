"""The last resort for a page's publication date: the one day its date-only elements all name.

Some pages print their date in a plain element with no class or markup that says so, and nothing
else: a product page's `<dd>2019/3/5</dd>` under a label in its own language, a press release's
`<p class="section-last">2019.03.05</p>` under the text. No structured data, no <time>, no date-named
class, no date in the URL, nothing in the header lines. What marks these is their shape, the same in
every language: the element's whole text is a date and nothing else (digits and separators, the
CJK year/month/day signs, or a date phrase with a month name from data/calendar_words.toml).

Read only when newsgrab's own search (pubdates.py) and htmldate's find nothing, and believed only
when every such element of the page names the same day: a page whose date-only elements disagree is
a list of items (news lists, archives, schedules), whose dates are not the page's. A date inside a
link (a list item, an archive or calendar link), in page chrome or another story's teaser (an
aside, footer, nav, or a related/comment/sidebar class) does not count. Run beside the other sources
on the 608 pages of bench/meta, ScrapingHub and Readability, it names their day on 114 of the 128
pages where both give one (of the other 14, five are a "today" widget printing the day the page was
saved: why it stays the last resort; `bench/date_policies.py --lone`).
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from newsgrab.meta.dates import DATE_PHRASE_RE, Stamp, may_hold_date, parse_stamp
from newsgrab.meta.pagescan import is_chrome

#: characters; shorter cannot hold a day, month and year ("5.3.19" has no four-digit year), longer is
#: a sentence that merely holds a date
MIN_DATE_CHARS, MAX_DATE_CHARS = 8, 40
#: a numeric date and nothing else: digits, separators and the CJK year/month/day signs ("2019/3/5",
#: "2019.03.05", "05/10/2018 14:30", "2019年3月5日")
_NUMERIC_SHAPE_RE = re.compile(r"[\d\s./\-:,年月日년월일]+")
#: elements whose text no reader sees as the page's date (a menu of archive months is <option>s)
_UNSHOWN_TAGS = frozenset({"script", "style", "template", "title", "option", "textarea", "noscript"})
#: containers whose dates belong to other pages or items (pagescan.py's foreign tags, and links)
_ELSEWHERE_TAGS = frozenset({"a", "aside", "footer", "nav"})


def only_shown_date(tree: lxml.html.HtmlElement, day_first: bool | None) -> Stamp | None:
    """The day every date-only element of the page names, or None (none, or they disagree)."""
    found: Stamp | None = None
    for el in tree.iter(etree.Element):
        if len(el) or el.tag in _UNSHOWN_TAGS:
            continue
        text = (el.text or "").strip()
        if not (MIN_DATE_CHARS <= len(text) <= MAX_DATE_CHARS and may_hold_date(text)):
            continue
        if not (_NUMERIC_SHAPE_RE.fullmatch(text) or DATE_PHRASE_RE.fullmatch(text)):
            continue
        stamp = parse_stamp(text, day_first)
        if stamp is None or _elsewhere(el):
            continue
        if found is not None and found.day != stamp.day:
            return None
        found = found or stamp
    return Stamp(found.day.isoformat(), found.day) if found else None


def _elsewhere(el: lxml.html.HtmlElement) -> bool:
    """In a link, page chrome or another story's teaser (`el` itself or an ancestor)."""
    node: lxml.html.HtmlElement | None = el
    while node is not None:
        if node.tag in _ELSEWHERE_TAGS or is_chrome(node):
            return True
        node = node.getparent()
    return False
