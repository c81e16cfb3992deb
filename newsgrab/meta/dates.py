"""Dates in the forms news pages use, in several languages, to ISO 8601.

`parse_date` returns "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS+HH:MM" when the time and its UTC
offset are both known (a time without an offset is not a point in time, so only its date is kept).
Regexes are built once from named parts (as htmldate does).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache

#: earliest year accepted (the web before this had no news sites worth dating)
MIN_YEAR = 1990
#: latest year accepted (a guard against phone numbers and IDs read as years)
MAX_YEAR = 2100

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan janvier janv janvier enero ene gennaio genn gen janeiro januar jän jänner января январь янв",
        "february feb février fevrier févr fevr febrero febbraio fevereiro februar feber февраля февраль фев",
        "march mar mars marzo março marco märz maerz марта март мар",
        "april apr avril abril aprile апреля апрель апр",
        "may mai mayo maggio maio мая май",
        "june jun juin junio giugno junho juni июня июнь",
        "july jul juillet juil julio luglio lug julho juli июля июль",
        "august aug août aout agosto ago augusti августа август авг",
        "september sep sept septembre septiembre settembre set setembro сентября сентябрь сен",
        "october oct octobre octubre ottobre ott outubro oktober okt октября октябрь",
        "november nov novembre noviembre novembro ноября ноябрь ноя",
        "december dec décembre decembre déc diciembre dic dicembre dezembro dezember dez декабря декабрь дек",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)

_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
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
_NUMERIC_DMY_RE = re.compile(r"(?<!\d)(?P<day>[0-3]?\d)[./-](?P<month>[01]?\d)[./-](?P<year>(?:19|20)\d\d)(?!\d)")
_NUMERIC_US_RE = re.compile(r"(?<!\d)(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?!\d)")
_YEAR_FIRST_RE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[/.](?P<month>[01]?\d)[/.](?P<day>[0-3]?\d)(?!\d)")
_CJK_RE = re.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<month>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日")
#: a clock time right after a date: "10:00 AM EDT", "à 10h00", "um 10.00 Uhr", "- 14:05 GMT+2"
_TIME_AFTER_RE = re.compile(
    r"^[\s,|\-–—]*(?:at|à|a las|alle|um|om|kl\.?)?\s*(?P<hour>[0-2]?\d)[:h.](?P<minute>[0-5]\d)"
    r"(?::(?P<second>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)?\s*(?:Uhr\s*)?"
    r"(?P<tz>Z\b|(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,4}\b)?",
    re.IGNORECASE,
)
#: hours from UTC of the zone abbreviations news pages print (ambiguous ones, like IST, left out)
TZ_ABBREVIATIONS: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "WEST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
    "MSK": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AEST": 10, "AEDT": 11, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8,
}
#: a date in a URL path: /2021/07/09/, /2021-07-09/, /20210709/
_URL_DATE_RE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?:/|-|$)"
    r"|/(?P<year2>(?:19|20)\d\d)(?P<month2>[01]\d)(?P<day2>[0-3]\d)/"
)


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
#: microdata; 7 parses but 4 distinct values a page on the ScrapingHub pages), so a few pages' worth
MAX_REMEMBERED_DATES = 32


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


def _with_time(day: date, hour: str | None, minute: str | None, second: str | None, tz: str | None,
               ampm: str | None = None) -> str:
    """The date alone, or date-time with offset when the time and its zone are both known."""
    zone = _offset(tz)
    if hour is None or minute is None or zone is None:
        return day.isoformat()
    h = int(hour)
    if ampm:
        h = h % 12 + (12 if ampm.lower().startswith("p") else 0)
    try:
        moment = datetime(day.year, day.month, day.day, h, int(minute), int(second or 0), tzinfo=zone)
    except ValueError:
        return day.isoformat()
    return moment.isoformat()


def _from_iso(match: re.Match[str]) -> str | None:
    day = _valid(int(match["year"]), int(match["month"]), int(match["day"]))
    if day is None:
        return None
    return _with_time(day, match["hour"], match["minute"], match["second"], match["tz"])


def _time_after(day: date, rest: str) -> str:
    match = _TIME_AFTER_RE.match(rest)
    if not match:
        return day.isoformat()
    return _with_time(day, match["hour"], match["minute"], match["second"], match["tz"], match["ampm"])


@lru_cache(maxsize=MAX_REMEMBERED_DATES)
def parse_date(text: str | None) -> str | None:
    """The first date found in `text` as ISO 8601, or None (remembered for the page's repeats)."""
    if not text:
        return None
    text = text.strip()
    match = _ISO_RE.search(text)
    if match:
        found = _from_iso(match)
        if found:
            return found
    named = [m for m in (_MONTH_FIRST_RE.search(text), _DAY_FIRST_RE.search(text)) if m]
    for match in sorted(named, key=lambda m: m.start()):
        month = _MONTHS.get(match["month"].lower().rstrip("."))
        day = _valid(int(match["year"]), month or 0, int(match["day"]))
        if day:
            return _time_after(day, text[match.end():])
    # numeric forms, most specific first; a US month/day/year needs its slashes and a month <= 12
    for regex in (_CJK_RE, _YEAR_FIRST_RE, _NUMERIC_US_RE, _NUMERIC_DMY_RE, _COMPACT_RE):
        match = regex.search(text)
        if not match or (regex is _NUMERIC_US_RE and (int(match["month"]) > 12 or "/" not in match.group(0))):
            continue
        day = _valid(int(match["year"]), int(match["month"]), int(match["day"]))
        if day:
            return day.isoformat() if regex is _COMPACT_RE else _time_after(day, text[match.end():])
    return None


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


def has_digit(text: str) -> bool:
    """Whether `text` has a digit (any Unicode digit, as `\\d` matches).

    Every form DATE_PHRASE_RE (and `parse_date`) matches needs one, so callers ask this first: it
    is a far cheaper way to rule out a digitless byline than DATE_PHRASE_RE, whose month
    alternation is tried at every position.
    """
    return _DIGIT_RE.search(text) is not None


_YEAR_DIGITS_RE = re.compile(r"\d{4}")


def may_hold_date(text: str) -> bool:
    """Whether DATE_PHRASE_RE can match `text` at all.

    Each of its forms has four digits in a row (the year, or the ISO year), so a text without them
    (a headline with a digit but no date, "5 things ...") is ruled out without trying the month
    alternation at every word.
    """
    return _YEAR_DIGITS_RE.search(text) is not None
