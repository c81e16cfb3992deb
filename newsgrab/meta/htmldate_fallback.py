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

A gate runs first (meta/dategate.py: `may_date`): it reads what htmldate's markup search reads, and
asks there for the shape of a date, so a page where that search could find nothing (most pages of
Readability's test suite that reach this fallback: years only in a copyright line or the prose) is
not searched. The gate costs a small part of the search it saves. It mirrors the htmldate versions
named in data/htmldate_reads.toml; under any other version the broad gate (a year anywhere) runs.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from collections.abc import Callable
from functools import lru_cache

import lxml.html

from newsgrab.meta.dategate import checked_versions, may_date, may_hold_year
from newsgrab.meta.dates import Stamp, parse_stamp

__all__ = ["YEAR_ONLY_SUFFIX", "available", "find_published", "gate", "may_date"]

#: how htmldate completes a date it only knows the year of (a copyright line, "2019"): January 1st
YEAR_ONLY_SUFFIX = "-01-01"


@lru_cache(maxsize=1)
def available() -> bool:
    """Whether htmldate can be imported here (looked up once, without importing it)."""
    return importlib.util.find_spec("htmldate") is not None


@lru_cache(maxsize=1)
def gate() -> Callable[[lxml.html.HtmlElement, str | None, str | None], bool]:
    """The gate for the installed htmldate: `may_date` on a version it was checked against, else
    `may_hold_year` (looked up once, from the package's metadata, without importing it)."""
    try:
        version = importlib.metadata.version("htmldate")
    except importlib.metadata.PackageNotFoundError:
        version = ""
    return may_date if version in checked_versions() else may_hold_year


def find_published(tree: lxml.html.HtmlElement, url: str | None, markup: str | None = None) -> Stamp | None:
    """htmldate's publication date of the page, or None (also when it is not installed). `markup`:
    the page's text that `tree` was parsed from, when the caller has it (see `may_date`)."""
    if not available() or not gate()(tree, url, markup):
        return None
    from htmldate import find_date  # on first use: see the module docstring

    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # another library's bug must not fail the page: its answer is only a fallback
        return None
    if not isinstance(found, str) or found.endswith(YEAR_ONLY_SUFFIX):
        return None
    return parse_stamp(found)
