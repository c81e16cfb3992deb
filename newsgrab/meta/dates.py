"""Dates in the forms news pages use, in the languages the rules claim, to ISO 8601.

`parse_date` returns "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS+HH:MM" when the time and its UTC
offset are both known (a time without an offset is not a point in time, so only its date is kept).
`parse_stamp` returns the same value with what the choice between a page's dates needs: the clock
time as written even without a zone, and the other reading of an ambiguous numeric date.

Month names come from data/calendar_words.toml; regexes are built once from named parts. A numeric
date with slashes is month-first when nothing says otherwise (US pages write 07/11/2021), day-first
for a page in any other language or English region (`day_first_for`); dots and dashes are day-first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import TypeVar

from newsgrab.data import phrase_alternation
from newsgrab.meta.lexicon import calendar_words, date_labels

#: earliest year accepted (the web before this had no news sites worth dating)
MIN_YEAR = 1990
#: latest year accepted (a guard against phone numbers and IDs read as years)
MAX_YEAR = 2100
#: language tags whose pages write numeric dates month-first (07/11/2021 is July 11); every other
#: language and English region writes them day-first
MONTH_FIRST_LANGUAGES = frozenset({"en-us", "en-ph", "en-ca", "en-um", "en-as", "en-gu", "en-pr"})

_MONTHS = calendar_words().months
_MONTH_RE = calendar_words().month_alternation()
#: the words a clock time follows ("at", "um", "à"; data/calendar_words.toml)
_CLOCK_WORDS = calendar_words().clock_word_alternation()
#: the words after a clock time ("Uhr") and the articles between a weekday and its date ("the", "den")
_CLOCK_SUFFIXES = calendar_words().clock_suffix_alternation()
_DATE_ARTICLES = calendar_words().date_article_alternation()
_DAY_RE = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?"
_YEAR_RE = r"(?P<year>(?:19|20|21)\d\d)"

_ISO_RE = re.compile(
    r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"(?:[T ](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?"
)
_COMPACT_RE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?!\d)")
_MONTH_FIRST_RE = re.compile(
    rf"\b(?P<month>{_MONTH_RE})\.?\s+{_DAY_RE},?\s+{_YEAR_RE}\b", re.IGNORECASE
)
_DAY_FIRST_RE = re.compile(
    rf"(?<!\d){_DAY_RE}\.?\s+(?:de\s+)?(?P<month>{_MONTH_RE})\.?,?\s+(?:de\s+|del\s+)?{_YEAR_RE}\b", re.IGNORECASE
)
#: the C library's date format, which Java and some CMSs print: "Tue Sep 08 10:15:00 EDT 2015"
_CTIME_RE = re.compile(
    rf"\b(?P<month>{_MONTH_RE})\s+{_DAY_RE}\s+(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
    rf"\s+(?:(?P<tz>[A-Z]{{2,5}}|[+-]\d{{4}})\s+)?{_YEAR_RE}\b",
    re.IGNORECASE,
)
#: day and month in either order, then the year: "30.07.2019", "07/11/2021", "11-07-2021"
_NUMERIC_RE = re.compile(
    r"(?<![\d./-])(?P<first>[0-3]?\d)(?P<sep>[./-])(?P<second>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d])"
)
#: the year first: "2021/07/09", "2021.7.9", and the spaced Korean form "2020. 06. 04."
_YEAR_FIRST_RE = re.compile(
    r"(?<![\d.])(?P<year>(?:19|20)\d\d)(?:[/.]|\.\s)\s?(?P<month>[01]?\d)(?:[/.]|\.\s)\s?(?P<day>[0-3]?\d)(?!\d)"
)
_CJK_RE = re.compile(
    r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]"
)
#: a clock time right after a date: "10:00 AM EDT", "à 10h00", "um 10.00 Uhr", "- 14:05 GMT+2"
_TIME_AFTER_RE = re.compile(
    rf"^[\s.,|\-–—]*(?:{_CLOCK_WORDS})?\s*(?P<hour>[0-2]?\d)[:h.](?P<minute>[0-5]\d)"
    rf"(?::(?P<second>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)?\s*(?:(?:{_CLOCK_SUFFIXES})\b\s*)?"
    r"(?P<tz>Z\b|(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,4}\b)?",
    re.IGNORECASE,
)
#: a clock time right before a date, as wire copy and some CMSs print it: "11:26 pm EST, Tuesday,
#: November 19, 2019", "10h30, 4 mai 2021"; anchored at the date (only a weekday or an article between)
_TIME_BEFORE_RE = re.compile(
    r"(?<![\d:.,])(?P<hour>[0-2]?\d)[:h](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)?"
    rf"\s*(?:(?:{_CLOCK_SUFFIXES})\b\s*)?(?P<tz>Z\b|(?:UTC|GMT)\s*[+-]\d{{1,2}}(?::?\d{{2}})?|[A-Z]{{2,4}}\b)?"
    rf"[\s,|\-–—]*(?:(?:{calendar_words().weekday_alternation()})\.?,?\s*)?(?:(?:{_DATE_ARTICLES})\s+)?$",
    re.IGNORECASE,
)
#: a clock time after a slashed date in the way only day-first languages print one: after or before
#: their clock words ("à 10h15", "às 10h15", "um 10.15 Uhr", "10.15 uur"; data/calendar_words.toml, every
#: language but English) or with an "h" between hour and minute ("10h15"), which US pages never print
_DAY_FIRST_CLOCK_RE = re.compile(
    rf"[\s,.|\-–—]*(?:(?:{phrase_alternation(calendar_words().day_first_clock_words)})\s*[0-2]?\d[:h.][0-5]\d"
    rf"|[0-2]?\dh[0-5]\d\b|[0-2]?\d[:.][0-5]\d\s*(?:{phrase_alternation(calendar_words().day_first_clock_words)})\b)",
    re.IGNORECASE,
)
#: a date label of a language that writes dates day first right before a date ("Publié le", "Publicado
#: em:", "Veröffentlicht am"; data/date_labels.toml, every language but English), a word of three letters
#: at most between
_DAY_FIRST_LABEL_RE = re.compile(
    rf"\b(?:{phrase_alternation(date_labels().day_first)})\s*:?(?:\s+\w{{1,3}})?\s*:?\s*$", re.IGNORECASE)
#: how far before a date a label is looked for (characters)
MAX_LABEL_BEFORE_CHARS = 40
#: the mark of a clock time ("11:26", "10h30"): a text before a date without one holds no time to read
_CLOCK_MARK_RE = re.compile(r"\d[:h][0-5]\d", re.IGNORECASE)
#: how far before a date a clock time is looked for (characters)
MAX_TIME_BEFORE_CHARS = 48
#: hours from UTC of the zone abbreviations news pages print (ambiguous ones, like IST, left out)
TZ_ABBREVIATIONS: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "WEST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
    "MSK": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AEST": 10, "AEDT": 11, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "MEZ": 1, "MESZ": 2,
}
#: a date in a URL path: /2021/07/09/, /2021-07-09/, /20210709/
_URL_DATE_RE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?:/|-|_|\.|$)"
    r"|/(?P<year2>(?:19|20)\d\d)(?P<month2>[01]\d)(?P<day2>[0-3]\d)/"
)
#: months in a year, the largest month number a numeric date can hold
MAX_MONTH = 12


@dataclass(frozen=True, slots=True)
class Stamp:
    """A date as found in a text: the ISO value, and what is known around it."""

    #: what `parse_date` returns: the date, or the date-time with offset when both are known
    iso: str
    day: date
    #: the clock time as written, with or without a zone
    clock: time | None = None
    zone: timezone | None = None
    #: the other reading of a numeric date whose day and month could swap (03/04/2021), else None
    swapped: date | None = None

    @property
    def instant(self) -> datetime | None:
        """The moment, when the time and its zone are both known."""
        if self.clock is None or self.zone is None:
            return None
        return datetime.combine(self.day, self.clock, tzinfo=self.zone)


def _valid(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


#: distinct zone strings remembered ("Z", "+00:00", "EDT": a handful recur on every site)
MAX_REMEMBERED_ZONES = 64
#: date strings remembered: a page gives its date three or four times (JSON-LD, OpenGraph, meta,
#: microdata), so a few pages' worth
MAX_REMEMBERED_DATES = 64


@lru_cache(maxsize=MAX_REMEMBERED_ZONES)
def _offset(tz: str | None) -> timezone | None:
    if not tz:
        return None
    tz = tz.strip().upper()
    if tz in TZ_ABBREVIATIONS:
        return timezone(timedelta(hours=TZ_ABBREVIATIONS[tz]))
    tz = tz.removeprefix("UTC").removeprefix("GMT").strip()
    if not tz or tz[0] not in "+-":
        return UTC if not tz else None
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    if len(digits) <= 2:
        digits = digits.zfill(2) + "00"
    try:
        return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))
    except ValueError:
        return None


def _stamp(day: date, hour: str | None = None, minute: str | None = None, second: str | None = None,
           tz: str | None = None, ampm: str | None = None, swapped: date | None = None) -> Stamp:
    """The date alone, or date-time with offset when the time and its zone are both known."""
    clock = None
    if hour is not None and minute is not None:
        h = int(hour)
        if ampm:
            h = h % 12 + (12 if ampm.lower().startswith("p") else 0)
        try:
            clock = time(h, int(minute), int(second or 0))
        except ValueError:
            clock = None
    zone = _offset(tz) if clock is not None else None
    if clock is None or zone is None:
        return Stamp(day.isoformat(), day, clock, None, swapped)
    return Stamp(datetime.combine(day, clock, tzinfo=zone).isoformat(), day, clock, zone, swapped)


def _time_after(day: date, rest: str, swapped: date | None = None, head: str = "") -> Stamp:
    """`day` with the clock time printed right after it, or (`head`, the text before the date) the one
    printed right before it when none follows."""
    match = _TIME_AFTER_RE.match(rest)
    if not match:
        match = _TIME_BEFORE_RE.search(head) if head and _CLOCK_MARK_RE.search(head) else None
    if not match:
        return _stamp(day, swapped=swapped)
    return _stamp(day, match["hour"], match["minute"], match["second"], match["tz"], match["ampm"], swapped)


def day_first_for(language: str | None) -> bool | None:
    """Whether a page in `language` writes numeric dates day first; None when unknown or plain "en"
    (then slashes read month-first, as US pages write them)."""
    if not language:
        return None
    tag = language.lower().replace("_", "-")
    if tag == "en":
        return None
    return tag not in MONTH_FIRST_LANGUAGES


def _numeric(match: re.Match[str], day_first: bool | None) -> tuple[date, date | None] | None:
    """The day a numeric date names, and its other reading when the two numbers could swap."""
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    month_first = (match["sep"] == "/" and day_first is not True) or day_first is False
    if month_first and first > MAX_MONTH:
        month_first = False  # 25/07/2021: the first number cannot be a month
    elif not month_first and second > MAX_MONTH:
        month_first = True  # 07/25/2021 on a day-first page
    reading = _valid(year, first, second) if month_first else _valid(year, second, first)
    if reading is None:
        return None
    other = _valid(year, second, first) if month_first else _valid(year, first, second)
    return reading, (other if other is not None and other != reading else None)


@lru_cache(maxsize=MAX_REMEMBERED_DATES)
def parse_stamp(text: str | None, day_first: bool | None = None) -> Stamp | None:
    """The first date found in `text`, or None (remembered for the page's repeats).

    `day_first` reads an ambiguous numeric date (03/04/2021): True day first, False month first,
    None as its separator suggests (slashes month first, dots and dashes day first).
    """
    if not text:
        return None
    text = text.strip()
    match = _ISO_RE.search(text)
    if match:
        day = _valid(int(match["year"]), int(match["month"]), int(match["day"]))
        if day:
            return _stamp(day, match["hour"], match["minute"], match["second"], match["tz"])
    match = _CTIME_RE.search(text)
    if match:
        day = _valid(int(match["year"]), _MONTHS.get(match["month"].lower(), 0), int(match["day"]))
        if day:
            return _stamp(day, match["hour"], match["minute"], match["second"], match["tz"])
    named = [m for m in (_MONTH_FIRST_RE.search(text), _DAY_FIRST_RE.search(text)) if m]
    for match in sorted(named, key=lambda m: m.start()):
        day = _valid(int(match["year"]), _MONTHS.get(match["month"].lower().rstrip("."), 0), int(match["day"]))
        if day:
            return _time_after(day, text[match.end():], head=text[max(0, match.start() - MAX_TIME_BEFORE_CHARS):
                                                                  match.start()])
    for regex in (_CJK_RE, _YEAR_FIRST_RE):
        match = regex.search(text)
        day = _valid(int(match["year"]), int(match["month"]), int(match["day"])) if match else None
        if match and day:
            return _time_after(day, text[match.end():])
    match = _NUMERIC_RE.search(text)
    told = match is not None and day_first is None and match["sep"] == "/" and _told_day_first(text, match)
    readings = _numeric(match, True if told else day_first) if match else None
    if match and readings:
        return _time_after(readings[0], text[match.end():], None if told else readings[1])
    match = _COMPACT_RE.search(text)
    day = _valid(int(match["year"]), int(match["month"]), int(match["day"])) if match else None
    return _stamp(day) if day else None


def _told_day_first(text: str, match: re.Match[str]) -> bool:
    """Whether the words around a slashed numeric date say a day-first language printed it, where
    nothing else tells its order: a clock in that language's way after it ("04/03/2024 à 10h15") or
    that language's date label before it ("Publicado: 04/03/2024"). Either is 4 March; without them
    a slash reads month first, as US pages print it."""
    return (_DAY_FIRST_CLOCK_RE.match(text, match.end()) is not None
            or _DAY_FIRST_LABEL_RE.search(text[max(0, match.start() - MAX_LABEL_BEFORE_CHARS):match.start()])
            is not None)


def parse_date(text: str | None, day_first: bool | None = None) -> str | None:
    """The first date found in `text` as ISO 8601, or None (see `parse_stamp` for `day_first`)."""
    stamp = parse_stamp(text, day_first)
    return stamp.iso if stamp else None


def date_from_url(url: str | None) -> str | None:
    """The publication day a URL path spells (/2021/07/09/, /2021-07-09-, /20210709/), or None."""
    if not url:
        return None
    match = _URL_DATE_RE.search(url)
    if not match:
        return None
    year, month, day = (match["year"], match["month"], match["day"]) if match["year"] else (
        match["year2"], match["month2"], match["day2"])
    found = _valid(int(year), int(month), int(day))
    return found.isoformat() if found else None


_Date = TypeVar("_Date")


def published_or_update(published: _Date | None, *updates: _Date | None) -> _Date | None:
    """The publication date; failing it, the first update given. A page or text whose only date is
    its update ("Updated 1:39 am EST, Nov. 20, 2019") was published that day or before: the update
    is the best estimate there is. One rule for the HTML path (meta.pubdates.read_dates, its dates
    with their sources) and the text path (text/blocks.py, ISO strings), so the two never part."""
    return published if published is not None else next((when for when in updates if when is not None), None)


def same_day(first: str | None, second: str | None) -> bool:
    """Whether two ISO values name the same calendar day (as written, offsets not converted)."""
    return bool(first and second and first[:10] == second[:10])


#: a whole date phrase, for callers that must know where a date sits in a line (text headers)
_DAY_FIRST_UNNAMED = re.sub(r"\?P<(\w+)>", "?:", _DAY_FIRST_RE.pattern)
_MONTH_FIRST_UNNAMED = re.sub(r"\?P<(\w+)>", "?:", _MONTH_FIRST_RE.pattern)
DATE_PHRASE_RE = re.compile(
    rf"(?:{_MONTH_FIRST_UNNAMED}|{_DAY_FIRST_UNNAMED}"
    r"|\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|(?<!\d)[0-3]?\d\.[01]?\d\.(?:19|20)\d\d(?!\d))",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")
#: the digits of a date or time that DATE_PHRASE_RE leaves to others ("11/19/2019", "09:18", "2019年3月2日")
NUMERIC_STAMP_RE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d\d|\d\s*[年月日]")


def has_date(text: str) -> bool:
    """Whether `text` holds a date or a time ("May 3, 2021", "12/16/16", "12:21pm"). Here, beside
    the patterns, and not in meta/afterheadline.py: the text path's notice readers ask it
    (clean/commentsection.py) and must not import lxml with the header walk."""
    return bool(NUMERIC_STAMP_RE.search(text) or DATE_PHRASE_RE.search(text))


def has_digit(text: str) -> bool:
    """Whether `text` has a digit (any Unicode digit, as `\\d` matches).

    Every form DATE_PHRASE_RE (and `parse_date`) matches needs one, so callers ask this first: it
    is a far cheaper way to rule out a digitless byline than DATE_PHRASE_RE, whose month
    alternation is tried at every position.
    """
    return _DIGIT_RE.search(text) is not None


_YEAR_DIGITS_RE = re.compile(r"\d{4}")


#: a label of a last change ("Updated", "aktualisiert", "mis à jour"; data/date_labels.toml)
_MODIFIED_LABEL_RE = re.compile(rf"\b(?:{date_labels().alternation(published=False)})\b", re.IGNORECASE)


#: a label of the publication ("Published", "veröffentlicht", "publié le"; data/date_labels.toml)
_PUBLISHED_LABEL_RE = re.compile(rf"\b(?:{date_labels().alternation(modified=False)})\b", re.IGNORECASE)


def split_at_modified_label(text: str) -> tuple[str, str]:
    """A dateline cut where a modification label starts: (what dates the publication, what dates the
    last change), the second empty when no label is there. "Published 9 July 2021 | Updated 10 July
    2021" and "By Anna Schmidt | aktualisiert am 12. März 2024" alike: the HTML path's visible
    datelines and the text path's header lines read both halves this way. A dateline that prints
    the last change first and the publication after it, under its own label and with its own date
    ("Updated 6 March 2024 | Published 4 March 2024", "Aktualisiert am 06.03.2024, erstellt am
    04.03.2024"), is cut the other way round: the labels say which date is which, not their order."""
    label = _MODIFIED_LABEL_RE.search(text)
    if label is None:
        return text, ""
    later = _PUBLISHED_LABEL_RE.search(text, label.end())
    if later is not None and may_hold_date(text[later.end():]) and may_hold_date(text[:later.start()]):
        return text[later.start():], text[:later.start()]
    return text[:label.start()], text[label.start():]


def may_hold_date(text: str) -> bool:
    """Whether DATE_PHRASE_RE (or `parse_date`) can find a date in `text` at all.

    Each of their forms has four digits in a row (the year, or the ISO year), so a text without them
    (a headline with a digit but no date, "5 things ...") is ruled out without trying the month
    alternation at every word.
    """
    return _YEAR_DIGITS_RE.search(text) is not None
