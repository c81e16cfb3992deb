"""Dates in the forms news pages use, in several languages, to ISO 8601.

`parse_date` returns "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS+HH:MM" when the time and its UTC
offset are both known (a time without an offset is not a point in time, so only its date is kept).
Regexes are built once from named parts (as htmldate does).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

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
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
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
_NUMERIC_DMY_RE = re.compile(r"(?<!\d)(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>(?:19|20)\d\d)(?!\d)")
_NUMERIC_US_RE = re.compile(r"(?<!\d)(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?!\d)")


def _valid(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _offset(tz: str | None) -> timezone | None:
    if not tz:
        return None
    if tz.upper() in ("Z", "UTC", "GMT"):
        return UTC
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def _from_iso(match: re.Match[str]) -> str | None:
    day = _valid(int(match["year"]), int(match["month"]), int(match["day"]))
    if day is None:
        return None
    tz = _offset(match["tz"])
    if match["hour"] is None or tz is None:
        return day.isoformat()
    try:
        moment = datetime(day.year, day.month, day.day, int(match["hour"]), int(match["minute"]),
                          int(match["second"] or 0), tzinfo=tz)
    except ValueError:
        return day.isoformat()
    return moment.isoformat()


def parse_date(text: str | None) -> str | None:
    """The first date found in `text` as ISO 8601, or None."""
    if not text:
        return None
    text = text.strip()
    match = _ISO_RE.search(text)
    if match:
        found = _from_iso(match)
        if found:
            return found
    for regex in (_MONTH_FIRST_RE, _DAY_FIRST_RE):
        match = regex.search(text)
        if match:
            month = _MONTHS.get(match["month"].lower().rstrip("."))
            day = _valid(int(match["year"]), month or 0, int(match["day"]))
            if day:
                return day.isoformat()
    match = _NUMERIC_DMY_RE.search(text)
    if match and "." in match.group(0):
        day = _valid(int(match["year"]), int(match["month"]), int(match["day"]))
        if day:
            return day.isoformat()
    match = _NUMERIC_US_RE.search(text)
    if match:
        day = _valid(int(match["year"]), int(match["month"]), int(match["day"]))
        if day:
            return day.isoformat()
    match = _COMPACT_RE.search(text)
    if match:
        day = _valid(int(match["year"]), int(match["month"]), int(match["day"]))
        if day:
            return day.isoformat()
    return None


#: a whole date phrase, for callers that must know where a date sits in a line (text headers)
_DAY_FIRST_UNNAMED = re.sub(r"\?P<(\w+)>", "?:", _DAY_FIRST_RE.pattern)
_MONTH_FIRST_UNNAMED = re.sub(r"\?P<(\w+)>", "?:", _MONTH_FIRST_RE.pattern)
DATE_PHRASE_RE = re.compile(
    rf"(?:{_MONTH_FIRST_UNNAMED}|{_DAY_FIRST_UNNAMED}"
    r"|\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|(?<!\d)[0-3]?\d\.[01]?\d\.(?:19|20)\d\d(?!\d))",
    re.IGNORECASE,
)
