"""Why the text path misses the HTML path's date on a whole-page dump: the family and the shape of a miss.

bench/text_meta.py's `--date-families` counts every converter's date misses per group (fold A / fold
B / holdout: counts only, so the holdout's are aggregates) by `date_family` (is the HTML path's day
printed in the dump at all, and how far from the title line the text path chose?) and by `date_shape`
(the shape of the line that prints it: alone, labelled, with a byline, opening a longer line, inside
one, or split over a line break), as `author_family` and `author_shape` count the authors misses. A
family a rule could reach is `in-header` or `far`; `unreachable` is a date only in the page's meta
tags, scripts or address, or printed relative ("3 hours ago"), which no line of the text can give.
"""

from __future__ import annotations

import re
from typing import Any

from bench.text_families import HEADER_LINES, title_line


def _days_in(text: str) -> set[str]:
    """The calendar days the date phrases of a text may spell, as the text path's dateline reader
    finds them (TEXT_DATE_RE) and `parse_date` reads them, a numeric one either way round (a dump does
    not say its language): what `date_family` looks for in a dump."""
    from newsgrab.meta.dates import has_digit, may_hold_date, parse_date
    from newsgrab.text.datelines import TEXT_DATE_RE, numeric_date

    if not has_digit(text) or not may_hold_date(text):
        return set()
    days = set()
    for found in TEXT_DATE_RE.finditer(text):
        for when in (parse_date(found.group(), True), parse_date(found.group(), False), numeric_date(found.group())):
            if when:
                days.add(when[:10])
    return days


def _printed_days(ref: Any, text: str) -> tuple[list[str], list[int], list[int]]:
    """The dump's non-blank lines, the numbers of those that print the HTML path's day, and those where
    it is printed only across a line break (the line and the next joined: "March 3," / "2021")."""
    day = ref.published[:10]
    lines = [line for line in text.splitlines() if line.strip()]
    hits = [i for i, line in enumerate(lines) if day in _days_in(line)]
    split = [i for i in range(len(lines) - 1) if i not in hits and i + 1 not in hits
             and day in _days_in(lines[i].strip() + " " + lines[i + 1].strip())]
    return lines, hits, split


def date_family(article: Any, ref: Any, text: str) -> str:
    """Why the date misses on a page where the HTML path has one: `wrong-date` (the text path gives
    another day), else where the HTML path's day is printed (any date phrase of a line that reads to
    it, `_days_in`; or a phrase split over two lines): `unreachable` (printed nowhere: a date only in
    the page's meta tags, scripts or URL, or printed relative, "3 hours ago"), `in-header` (within
    HEADER_LINES lines of the title line the text path chose) or `far` (only elsewhere)."""
    if article.published:
        return "wrong-date"
    lines, hits, split = _printed_days(ref, text)
    if not hits and not split:
        return "unreachable"
    at = title_line(article, lines)
    if at is not None and any(abs(i - at) <= HEADER_LINES for i in hits + split):
        return "in-header"
    return "far"


def date_shape(article: Any, ref: Any, text: str) -> str:
    """The shape of the printed line nearest the title line that holds the HTML path's day, for a
    date miss, so the holdout's misses can be counted by the shape a rule would read without a page
    being listed: `split` (only across a line break), `labelled` (a date label of data/date_labels.toml
    on the line: "Updated", "Publié le"), `bylined` (a byline on the line: "By Jane Doe | 3 May 2024"),
    `alone` (the date and nothing after it but a clock time, a zone, marks), `lead` (the date opens a
    longer line: a dateline before a sentence or a kicker) or `in-line` (inside a longer line)."""
    from newsgrab.meta.lexicon import date_labels
    from newsgrab.text.byline import BYLINE_RE
    from newsgrab.text.datelines import TEXT_DATE_RE, TIME_TAIL_RE
    from newsgrab.text.inline import convert_inline

    lines, hits, split = _printed_days(ref, text)
    if not hits and not split:
        return "unreachable"
    at = title_line(article, lines)
    near = min(hits + split, key=lambda i: abs(i - at)) if at is not None else min(hits + split)
    if near not in hits:
        return "split"
    plain = convert_inline(lines[near]).text.strip(" \t*•·-–—|#>[]")
    if re.search(rf"(?<!\w)(?:{date_labels().alternation()})(?!\w)", plain, re.IGNORECASE):
        return "labelled"
    if BYLINE_RE.match(plain) or re.search(r"(?<!\w)(?:by|von|par|por|di|door)\s+\w", plain, re.IGNORECASE):
        return "bylined"
    found = TEXT_DATE_RE.search(plain)
    if found is None:
        return "in-line"
    tail = plain[found.end():]
    if not plain[:found.start()].strip(" ,.|•·–—-") and TIME_TAIL_RE.match(tail):
        return "alone"
    return "lead" if not plain[:found.start()].strip(" ,.|•·–—-") else "in-line"


def date_verdict(article: Any, ref: Any) -> str | None:
    """The text path's date judged for precision, as `author_verdict` judges its authors: None when it
    gives none, else `agree` (the HTML path's calendar day), `wrong` (another day) or `invented` (the
    HTML path has no date). A wrong date costs a reader more than a missing one."""
    if not article.published:
        return None
    if not ref.published:
        return "invented"
    return "agree" if article.published[:10] == ref.published[:10] else "wrong"
