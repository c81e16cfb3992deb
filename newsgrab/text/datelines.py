"""The dates of a text's header lines in the shapes pages print them: a dateline that opens a line,
maybe with its weekday, its clock time and zone, or a byline after it ("Tuesday 22 October 2019 by
Jane Doe", "11/20/19 6:38 AM", "2019年4月19日（金） 09時39分"), and the month-first numeric dates US
sites print, which `parse_date` leaves alone.

Kept apart from text/header.py, which decides which lines are header lines and fills the metadata:
this is what one date's shape says, the forms the HTML path reads (meta/dates.py) with what a line of
text prints around them.
"""

from __future__ import annotations

import re
from datetime import date

from newsgrab.meta.dates import DATE_PHRASE_RE, has_digit, may_hold_date, parse_date, parse_stamp
from newsgrab.meta.lexicon import calendar_words, date_labels
from newsgrab.meta.people import split_authors
from newsgrab.meta.reltime import relative_time_pattern
from newsgrab.model import Block
from newsgrab.text.byline import BYLINE_RE, byline_names

#: a weekday before the date that opens a line ("Tuesday 22 October 2019", "Thu, 3 Jan 2019 02.00 EST")
#: the words a clock time follows ("at 9:08", "um 10.00", "à 10h00"; data/calendar_words.toml)
CLOCK_WORDS = calendar_words().clock_word_alternation()
_WEEKDAY_START_RE = re.compile(rf"^(?:{calendar_words().weekday_alternation()})\.?,?\s+(?=\d)", re.IGNORECASE)


def opens_with_weekday(text: str) -> bool:
    """Whether a text opens with a weekday's name right before a date's first digit ("jeudi 4 juin",
    "Thu, 3 Jan")."""
    return _WEEKDAY_START_RE.match(text) is not None

#: a month-first numeric date: two-digit year with slashes, or any year with dots; or a two-digit
#: year with dots or dashes ("05.24.16 5:42 AM", "07.13.17", "08-13-10 05:18 PM"), which `numeric_date`
#: reads month first only when the date says so (`_short_year_is_month_first`)
_US_NUMERIC_RE = re.compile(
    r"(?P<month>[01]?\d)(?:(?:/(?P<day>[0-3]?\d)/(?P<year>\d\d)|\.(?P<day2>[0-3]?\d)\.(?P<year2>(?:19|20)\d\d))(?!\d)"
    r"|(?P<sep>[.-])(?P<day3>[0-3]?\d)(?P=sep)(?P<year3>\d\d)(?![\d.-]))"
)
#: a 12-hour clock after a date ("5:42 AM", "05:18 PM", "11:04am"): a US theme's, whose dates are month first
_TWELVE_HOUR_RE = re.compile(r"[\s,|•·–—-]*(?:at\s+)?\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\b")
#: what may follow the date of a dateline: the word for "year" ("9 июля 2021 г."), a clock time, am/pm or
#: the word after a clock ("10:15 uur", "10.15 Uhr"; data/calendar_words.toml), a time zone ("Mar. 14,
#: 2019, 8:41 AM UTC")
#: and as CJK pages print them, a weekday in brackets, hours and minutes, an update time in brackets
#: ("2019年4月19日（金） 09時39分", "2023/2/21 21:20（2/21 22:08 更新）"), and a labelled update's relative time
#: (data/relative_times.toml: "Oct 26, 2022 8:12 AM ET | Last Updated: 17 minutes ago")
TIME_TAIL_RE = re.compile(
    rf"(?:\s*(?:{calendar_words().year_suffix_alternation()})(?!\w))?"
    rf"[\s,.|:;•·–—-]*(?:[（(][^\s()（）\d]{{1,3}}[)）]\s*)?(?:(?:{CLOCK_WORDS})\s+)?"
    r"(?:\d{1,2}[:.h時]\d{2}分?(?::\d{2})?)?\s*"
    rf"(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s*(?i:{calendar_words().clock_suffix_alternation()})\b)?"
    r"[\s,]*(?:[A-Z]{2,5})?\s*(?:[（(][^()（）]{1,24}[)）])?"
    rf"(?:[\s|,•·–—-]*(?i:(?:{date_labels().alternation()})\s*:?\s*(?:{relative_time_pattern()})))?[\s.|)\]]*$"
)
#: a date in a header line: DATE_PHRASE_RE's forms, and the CJK and year-first forms `parse_date` reads
#: too ("2019年4月19日", "2019/3/5", "2019.04.28", the spaced "2019. 04. 28."), as Japanese, Chinese and
#: Korean pages print their dates
TEXT_DATE_RE = re.compile(
    rf"{DATE_PHRASE_RE.pattern}|(?:19|20)\d\d\s*[年년]\s*[01]?\d\s*[月월]\s*[0-3]?\d\s*[日일]"
    r"|(?<![\d./-])(?:19|20)\d\d(?P<ysep>[/.])[01]?\d(?P=ysep)[0-3]?\d(?![\d./])"
    r"|(?<![\d.])(?:19|20)\d\d\.\s[01]?\d\.\s[0-3]?\d\.?(?![\d.])",
    re.IGNORECASE,
)
#: a clock time and a US time zone after a date ("08:00 AM EDT", "11:00 AM PT"), which tells that a
#: slashed numeric date before it is month first, as parse_date reads it without a language
_US_ZONE_RE = re.compile(r"[\s,]*(?:at\s+)?\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[ECMP][SD]?T|AK[SD]T|H[SD]T)\b")
#: a numeric date opening a line ("21/06/2014 ...", "11/20/19 6:38 AM")
_NUMERIC_START_RE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?!\d)")

#: a clock time opening what follows a date ("at 9:08 GMT", "um 10.00", "6:38 AM", "10:15 uur")
_LEADING_CLOCK_RE = re.compile(rf"^(?:(?:{CLOCK_WORDS})\s+)?\d{{1,2}}[:.h]\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?"
                               rf"(?:\s*(?i:{calendar_words().clock_suffix_alternation()})\b)?\s*")
#: what stands between a date and the byline beside it, either way round ("March 4, 2024 / Jane Doe",
#: "Jane Doe · 4 March 2024"): stripped from both parts
NAME_DATE_SEPARATORS = " ,|–—-:/·•"
#: the bars among them, which part a byline's items where a comma may part a date's own ("4 March
#: 2024 at 10:15 am · Jane Doe", "Jane Doe | May 3, 2024")
NAME_BARS = frozenset("|–—-/·•")
#: words; what follows the date of a dateline that opens a line is at most this long (longer is a sentence)
MAX_DATELINE_TAIL_WORDS = 8

#: words of a section's or a tag's link before a dateline at most ("[media](/tags/media/) Sept. 2, 2016")
MAX_LINK_LABEL_WORDS = 3
#: what parts a link's text from the date after it ("Insights / Podcast•Jan 13, 2021")
_LABEL_GAP = " ,;|/•·–—-:"

#: characters after a numeric date read with it for the clock that tells its order ("à 10h15", "um 10.15 Uhr")
CLOCK_CUE_CHARS = 16
#: years added to a two-digit year (this century's sites print "11/19/19")
CENTURY = 2000
#: the highest month number: a larger first number of a numeric date is its day
MONTHS_IN_YEAR = 12


def numeric_date(text: str) -> str | None:
    """A month-first numeric date as US sites print it, which `parse_date` leaves alone: a two-digit
    year ("03/12/19 07:14 AM EST") or dots ("11.14.2019 09:00 AM"); None for anything else."""
    match = _US_NUMERIC_RE.match(text)
    if match is None or not TIME_TAIL_RE.match(text, match.end()):
        return None
    if match["day3"] and not _short_year_is_month_first(text, match):
        return None
    year = int(match["year"] or match["year2"] or match["year3"])
    try:
        day = int(match["day"] or match["day2"] or match["day3"])
        return date(year + CENTURY if year < 100 else year, int(match["month"]), day).isoformat()
    except ValueError:
        return None


def _short_year_is_month_first(text: str, match: re.Match[str]) -> bool:
    """Whether a two-digit-year date with dots or dashes is month first, as US themes print it
    ("05.24.16 5:42 AM", "07.13.17", "08-13-10 05:18 PM"). Day-first pages print the same shape
    ("24.05.16", "11.03.17" for 11 March), so the date itself must tell: a second number over 12 is no
    month, or a 12-hour clock follows (a US page's). Anything else is left unread: a wrong date is
    worse than none."""
    return int(match["day3"]) > MONTHS_IN_YEAR or _TWELVE_HOUR_RE.match(text, match.end()) is not None


def read_either_way(text: str, match: re.Match[str]) -> bool:
    """Whether the numeric date `match` found in `text` may be read day first or month first
    ("05/10/2018": 5 October or May 10) with nothing after it to tell: only the page's language
    (unknown here) or a US time zone after it ("10/12/2022 09:00 AM EDT": a US page writes its
    dates month first) would, and a wrong date is worse than none."""
    stamp = parse_stamp(text[match.start():match.end() + CLOCK_CUE_CHARS])  # with a day-first clock after it
    us = "/" in match.group(0) and _US_ZONE_RE.match(text, match.end()) is not None
    return stamp is not None and stamp.swapped is not None and not us


def date_first(text: str) -> tuple[str, list[str]] | None:
    """(ISO date, authors) of a date alone or a date then a byline, as some themes print them ("11/20/19
    6:38 AM", "November 20, 2019 Jane Doe", "21/06/2014 - By Jane Doe"); else None (a sentence)."""
    when = numeric_date(text)
    if when is not None:
        return when, []
    text = _WEEKDAY_START_RE.sub("", text, count=1)
    match = TEXT_DATE_RE.match(text)
    when = parse_date(match.group(0)) if match else None
    if when is not None and match is not None and TIME_TAIL_RE.match(text, match.end()):
        return parse_date(text) or when, []  # the date with its clock time, its zone, its weekday in brackets
    if match is None:
        match = _NUMERIC_START_RE.match(text)
        if match is None:
            return None
        # the clock after it may tell the order ("04/03/2024 à 10h15": meta.dates reads it day first)
        stamp = parse_stamp(text[:match.end() + CLOCK_CUE_CHARS])
        # 05/10/2018 may be either order, and only the page's language (unknown here) tells which, or a
        # US time zone after it ("10/12/2022 09:00 AM EDT": a US page writes its dates month first)
        us = "/" in match.group(0) and _US_ZONE_RE.match(text, match.end()) is not None
        when = (numeric_date(match.group(0)) if stamp is None
                else None if stamp.swapped and not us else stamp.day.isoformat())
    rest = text[match.end():].strip(NAME_DATE_SEPARATORS)
    if when is None or not rest:
        return None if when is None else (when, [])
    if (clock := _LEADING_CLOCK_RE.match(rest)) and rest[clock.end():clock.end() + 1] in NAME_BARS:
        rest = rest[clock.end():].strip(NAME_DATE_SEPARATORS)  # "4 March 2024 at 10:15 am · Jane Doe"
    byline = BYLINE_RE.match(rest)  # a labelled byline names whom it names, as take_header_line reads one
    names = [n for n in split_authors(byline["who"]) if ":" not in n] if byline else byline_names(rest)
    if names:
        return when, names
    # the date, then what a theme prints beside it: a clock time, the author with the section links
    # ("14/05/2014 Reid Calder All, Boats, Gear Reviews"); a sentence that opens with a date goes on in
    # lower case ("March 14, 2024 was the day ...") or ends as a sentence does
    tail = _LEADING_CLOCK_RE.sub("", rest)
    if not tail or (len(tail.split()) <= MAX_DATELINE_TAIL_WORDS and (tail[0].isupper() or tail[0].isdigit())
                    and not tail.endswith((".", "!", "?"))):
        return when, []
    return None


def date_over_break(first: str, second: str) -> str | None:
    """The two lines joined with a space when a date runs from the end of the first into the start of
    the second ("May 24," / "2016 7:00 a.m. PT", "Thursday, November 12th," / "2020", "Sep" / "30, 2016
    7:00 AM"); None for anything else. A theme that prints its date's parts in elements of their own
    (`<span>May</span><br><span>10, 2019</span>`), or a converter that breaks a long byline's line
    before the year, leaves the two halves on lines of their own, and neither reads as a date. The
    date must be split: a line that holds a whole date already is read on its own."""
    if not second[:1].isdigit() or not may_hold_date(second):
        return None
    joined = f"{first} {second}"
    match = TEXT_DATE_RE.search(joined)
    if match is None or not match.start() < len(first) < match.end() - 1:
        return None
    return joined if parse_date(match.group(0)) else None


def linked_label_date(block: Block) -> str | None:
    """The ISO date of a line that is a link then a date, nothing else ("[media](/tags/media/) Sept. 2,
    2016", "[Example Finance](/)October 13, 2016"): a theme prints the story's section or its site as a
    link before the dateline. The words before the date are no name and no sentence (`date_first` and
    the "Name, Date" test turn down "media Sept. 2, 2016", whose last word is in lower case, as a
    sentence ending in a date): the markup says they are a link's text (`link_chars` counts them, and
    a link without an absolute address leaves no `links` entry), which no sentence is. The link is one
    word or a name's capitalised words, so a linked phrase ("[the council said](..) Nov 3, 2019") is
    not a label. Only a paragraph's line: a list item with a link and a date is a teaser ("* [Politics](..)
    Nov 3, 2019"). None for anything else."""
    if block.kind != "p" or not 0 < block.link_chars < len(block.text):
        return None
    label = block.text[: block.link_chars]
    words = label.split()
    if (not words or has_digit(label) or len(words) > MAX_LINK_LABEL_WORDS
            or (len(words) > 1 and not all(word[:1].isupper() for word in words))):
        return None
    rest = block.text[block.link_chars:].lstrip(_LABEL_GAP)
    match = TEXT_DATE_RE.match(rest)
    if match is None or not TIME_TAIL_RE.match(rest, match.end()):
        return None
    return parse_date(rest) or parse_date(match.group(0))


#: what parts a kicker's words from each other ("Harbour Talk / Podcast episode"); words, not punctuation
_KICKER_GAP_RE = re.compile(r"[\s/|•·–—-]+")
#: what no kicker holds: a sentence's or a clause's marks, a quotation, a bracket (CJK ones too: a
#: teaser's headline with its date, "桑田、…に 2022年8月10日", is no section's name)
_NOT_KICKER = frozenset(".!?,;:\"“”«»()[]、。！？「」『』【】…")
#: characters of a kicker's words at most: a section's name is short, a headline is not
MAX_KICKER_CHARS = 32


def kicker_date(text: str) -> str | None:
    """The ISO date of a line that is a few words and then a date, nothing else ("media Sept. 2, 2016",
    "Harbour Talk / Podcast episode•Mar 2, 2021"); None for anything else.

    A theme prints the story's section (a kicker, most often its link) beside the dateline, and a
    converter that keeps no links (inscriptis, lynx, w3m) leaves the two on one line with nothing to
    tell the section's words from a sentence that ends in a date: `linked_label_date` reads the link's
    markup, and this reads the bare line, so it is the caller's to hold it to a kicker's place (the line
    right above the headline). Here the words before the date must be at most MAX_LINK_LABEL_WORDS and
    MAX_KICKER_CHARS long, with no digit and no sentence or clause mark, and no modification label
    ("Updated Sept. 2, 2016" is the last change, which `take_header_line` reads as one); the date ends
    the line but for its clock time and zone."""
    match = TEXT_DATE_RE.search(text)
    if match is None or match.start() == 0 or not TIME_TAIL_RE.match(text, match.end()):
        return None
    label = text[: match.start()].rstrip(" |/•·–—-")
    words = [word for word in _KICKER_GAP_RE.split(label) if word]
    if (not words or len(words) > MAX_LINK_LABEL_WORDS or len(label) > MAX_KICKER_CHARS or has_digit(label)
            or any(mark in _NOT_KICKER for mark in label) or date_labels().is_modified(label)):
        return None
    return parse_date(text[match.start():]) or parse_date(match.group(0))
