"""Dates an element carries in its attributes rather than in its text, for the page scan (pagescan.py).

Some templates print the day in a form newsgrab does not read ("8/17/13 11:04am", "9 days ago")
and put the exact moment in the markup beside it. Two shapes, the same on every site:

- a `datetime` attribute on an element other than <time>: web components (`<relative-time
  datetime=...>` on a code host's page, `<local-time>`, `<time-ago>`) and themes that put it on a
  <div> or <span> ("PostByline__timestamp"). The attribute means what it means on <time>, so the
  element is read as one. Not on <del> and <ins>, where HTML gives it another meaning: when an edit
  was made.
- a Unix time in a `data-*` attribute named like a time ("data-publishtime", "data-time",
  "data-timestamp", "data-utime") on an element the page scan already reads as a date (a <time>, or
  a date-named class: "publish-time", "_timestamp"), taken only when the element's text names no
  date. The same attribute on a teaser list item or an iframe (its load time) is not read: those
  are no date element.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import lxml.html

from newsgrab.meta.dates import MAX_YEAR, MIN_YEAR

#: elements whose `datetime` dates an edit of the page, not the page (HTML's <del> and <ins>)
EDIT_TAGS = frozenset({"del", "ins"})
#: a data-* attribute name that says its value is a moment: "data-publishtime", "data-time-ms"
_TIME_NAME_RE = re.compile(r"^data-(?:[\w-]*[-_])?(?:\w*time|timestamp|epoch)(?:[-_]\w+)?$", re.IGNORECASE)
#: a Unix time in seconds (9-10 digits) or milliseconds (12-13 digits), nothing else
_EPOCH_RE = re.compile(r"\d{9,10}|\d{12,13}")
#: digits; a value this long is milliseconds
MILLISECOND_DIGITS = 12
#: a ten-digit value that starts so reads as well as a compact day and hour ("2019111905"): as a
#: Unix time it would be 2030 or later, so it is left unread
_COMPACT_DATE_PREFIXES = ("19", "20")
_MS_PER_SECOND = 1000


def carries_datetime(el: lxml.html.HtmlElement, tag: str) -> bool:
    """Whether `el` is read as a <time>: one, or another element with a `datetime` attribute."""
    return tag == "time" or (tag not in EDIT_TAGS and el.get("datetime") is not None)


def epoch_value(el: lxml.html.HtmlElement) -> str | None:
    """The ISO 8601 UTC moment of the first Unix time in `el`'s time-named data-* attributes, or None."""
    for name, value in el.items():
        if not name.startswith("data-") or not _TIME_NAME_RE.match(name):
            continue
        digits = value.strip()
        if not _EPOCH_RE.fullmatch(digits) or (len(digits) == 10 and digits.startswith(_COMPACT_DATE_PREFIXES)):
            continue
        seconds = int(digits) // (_MS_PER_SECOND if len(digits) >= MILLISECOND_DIGITS else 1)
        moment = datetime.fromtimestamp(seconds, tz=UTC)
        if MIN_YEAR <= moment.year <= MAX_YEAR:
            return moment.isoformat()
    return None

