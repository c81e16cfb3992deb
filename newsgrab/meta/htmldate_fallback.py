"""The last resort for a page's publication date: htmldate's search, when it is installed.

newsgrab's own search (pubdates.py) reads structured data, the dates near the headline, the URL and
the article header. When none of them gives a date, htmldate (a library made for exactly this:
`pip install newsgrab[dates]`, and a dependency of trafilatura) searches the whole page with its own
patterns and heuristics (what it adds is measured in README "Metadata and media").

It is imported on first use, and only when the page gave nothing else: its import and its search
(it re-reads the page) are far slower than newsgrab's own search. Its markup search runs, not its
"extensive" text search: that one sends odd strings to dateparser, whose first use in a process
loads every locale it knows (a long pause on whichever page needs it first). A January 1st answer
is dropped: it is how htmldate completes a year alone. It is handed the tree itself (the content
stage still needs it intact): htmldate reads it, and removes the elements its search skips from a
deep copy of its own (from 1.9 on, the oldest version `newsgrab[dates]` accepts), so a copy made
here was a second one (tests/test_pubdates.py checks the tree comes back unchanged).

A cheap gate runs first (`may_date`): every date htmldate can give (from 1995 on, its own floor)
has its year written out in the page or its URL in four digits, alone or in "20190305" (the gate
takes any of 1990-2039), or a two-digit year after a day and a month ("05.03.19"), or is a Unix
time in an `<abbr data-utime>`. A page with none of these
(most pages of Readability's test suite that reach this fallback hold no date at all) is not
searched: serializing the tree and one regex cost about a tenth of htmldate's search there.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache

import lxml.html
from lxml import etree

from newsgrab.meta.dates import Stamp, parse_stamp

#: how htmldate completes a date it only knows the year of (a copyright line, "2019"): January 1st
YEAR_ONLY_SUFFIX = "-01-01"
#: what every date htmldate's markup search can read holds: a year 1990-2039 in four digits (no digit
#: boundaries: "20190305" is one of its forms), or a day, a month and a two-digit year ("5.3.19",
#: "05-03-19"), or digits beyond ASCII that `int` reads (four in a row). One search each, cheapest
#: first: a search that opens with a literal ("199", "20") skips through the text far faster than
#: an alternation tried at every position (which took 3 ms on a 177 kB page).
_DATE_DIGITS_RES = (
    re.compile(r"199\d"),
    re.compile(r"20[0-3]\d"),
    re.compile(r"\d(?:[./-]\d{1,2}[./-]\d\d|(?<=[^0-9])\d{3})"),
)
#: the one attribute htmldate reads a Unix time from (Facebook's `<abbr data-utime>`)
_EPOCH_ATTRIBUTE = "data-utime"
#: the attribute's end as the page may write it (libxml2 lower-cases attribute names, the markup need
#: not): "-utime" in any case. A search opening with a literal "-" skips through the page in C; the
#: whole name under IGNORECASE was tried at every position (x1.012 instructions on Readability)
_EPOCH_ATTRIBUTE_RE = re.compile(r"-(?i:utime)")
#: what opens a character reference: "&#50;&#48;&#49;&#57;" is a year in the tree, not in the markup
_CHARACTER_REFERENCE = "&#"


@lru_cache(maxsize=1)
def available() -> bool:
    """Whether htmldate can be imported here (looked up once, without importing it)."""
    return importlib.util.find_spec("htmldate") is not None


def find_published(tree: lxml.html.HtmlElement, url: str | None, markup: str | None = None) -> Stamp | None:
    """htmldate's publication date of the page, or None (also when it is not installed). `markup`:
    the page's text that `tree` was parsed from, when the caller has it (see `may_date`)."""
    if not available() or not may_date(tree, url, markup):
        return None
    from htmldate import find_date  # on first use: see the module docstring

    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # another library's bug must not fail the page: its answer is only a fallback
        return None
    if not isinstance(found, str) or found.endswith(YEAR_ONLY_SUFFIX):
        return None
    return parse_stamp(found)


def may_date(tree: lxml.html.HtmlElement, url: str | None, markup: str | None = None) -> bool:
    """Whether htmldate's search could find a date on the page at all (see the module docstring):
    False skips a search that would come back empty. The whole page is tested, attributes and
    scripts included, so the gate sees at least what htmldate reads: the `markup` the tree was
    parsed from when it is given (it holds every character of the tree, and the comments libxml2
    left out), else the tree serialized, a copy of the page that took most of the gate's time.
    Markup with a character reference is not read: "&#50;" is a digit only once parsed."""
    if url and _holds_date_digits(url):
        return True
    if markup is not None and _CHARACTER_REFERENCE not in markup:
        return _holds_date_digits(markup) or _EPOCH_ATTRIBUTE_RE.search(markup) is not None
    serialized = etree.tostring(tree, encoding="unicode")
    return _EPOCH_ATTRIBUTE in serialized or _holds_date_digits(serialized)


def _holds_date_digits(text: str) -> bool:
    return any(pattern.search(text) is not None for pattern in _DATE_DIGITS_RES)
