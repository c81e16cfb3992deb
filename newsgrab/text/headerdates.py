"""The date lines of an article's header: which line is a date, and which date it is.

A header's dates come in a few shapes: a date with its label ("Updated: 12 July 2021", "Publié le
05/04/2013"), a name then a date ("Jane Doe, March 3, 2024", "Marketing Land on February 23,
2016"), two dates on one line ("Jan. 5, 2021 / Updated Jan. 6, 2021"), a date label alone on its
line. text/header.py reads whole header lines (bylines, tags, sources, these) into the metadata; the
date shapes are here, apart, because the dateline tests are asked by every part of the text path
that looks for a header (the header block, the lines around a headline, the date fallback) and
carry the header line's length limit they all share.
"""

from __future__ import annotations

import re

from newsgrab.memo import Memo
from newsgrab.meta.dates import has_digit, may_hold_date, parse_date, split_at_modified_label
from newsgrab.meta.lexicon import byline_words, calendar_words, credit_history, date_labels
from newsgrab.meta.readingtimes import reading_time_re
from newsgrab.meta.roles import is_outlet
from newsgrab.model import Metadata
from newsgrab.text.byline import MAX_HEADER_NAME_CHARS, PERSON_RE
from newsgrab.text.datelines import (
    NAME_BARS,
    NAME_DATE_SEPARATORS,
    TEXT_DATE_RE,
    TIME_TAIL_RE,
    date_first,
    numeric_date,
)
from newsgrab.text.namephrase import AGENCY_RE, is_sentence_before_date, uncased_name

_DATE_LABEL_RE = re.compile(
    rf"^(?:(?P<label>{date_labels().alternation()}|date)\b\s*(?:on|:)?\s*)?(?P<date>.+)$",
    re.IGNORECASE,
)
#: a date label ending the name of a "Name, Date" line ("Jane Doe, Updated March 12, 2024"): the date's label
_TRAILING_LABEL_RE = re.compile(rf"(?:^|[\s,|–—-])(?P<label>{date_labels().alternation()})\s*(?:on|:)?$", re.IGNORECASE)
#: weekday names of every language (data/calendar_words.toml): "Wed, Nov 20, 2019" names no site
_WEEKDAYS = frozenset(calendar_words().weekdays)
#: a date label inside a line, after a first date ("Jan. 5, 2021, 9:23 PM UTC / Updated Jan. 6, 2021",
#: "23. März 2017, aktualisiert 23. März 2017", "... EST First published on ..."): where the second date starts
_INNER_LABEL_RE = re.compile(rf"[\s,;/|•·–—-]+(?P<label>{date_labels().alternation()})\b", re.IGNORECASE)
#: the date prepositions of data/byline_words.toml: "on December 16, 2014" is a dateline, "on" no name
DATE_PREPOSITIONS = frozenset(byline_words().date_prepositions)
#: separators between the items of a header line ("Date | By Name", "By Name - Date")
SEPARATOR_RE = re.compile(r"\s+[|•·–—-]\s+|\s*\|\s*")
#: words; a name before such a bar is a person's at most this long (an outlet's name runs longer)
_MAX_BARRED_NAME_WORDS = 3
#: a name, then the word before a date in the languages of data/byline_words.toml ("Jane Doe on", "Anna Berg am")
_NAME_ON_RE = re.compile(
    rf"^(?P<name>.{{2,{MAX_HEADER_NAME_CHARS}}}?)\s+(?:{byline_words().alternation(byline_words().date_prepositions)})$")
#: words; a name before "on DATE" has at least this many ("Publie le 13/03/2017" is a label, not a name)
MIN_NAME_ON_WORDS = 2
#: characters; the longest date phrase with its time and zone ("Wednesday, November 20, 2019, 11:03 PM
#: EST"): a "Name, Date" line is at most MAX_HEADER_NAME_CHARS plus this
MAX_DATE_PHRASE_CHARS = 40
#: characters; a line longer than this is never a header line
MAX_HEADER_LINE_CHARS = MAX_HEADER_NAME_CHARS + MAX_DATE_PHRASE_CHARS


def is_date_label(text: str) -> bool:
    """Whether a line is a date label alone ("Published", "Updated:"), its date split off onto the next line."""
    label = " ".join(text.strip(" :").casefold().split())
    return label in date_labels().published or label in date_labels().modified


def is_dateline(text: str) -> bool:
    """Whether a header line is a date alone, with its label or time maybe ("Published 11:11 PM EST
    Nov 19, 2019", "March 4, 2019 10:17 PM"), naming nobody."""
    if not has_digit(text):
        return False
    if labelled_date(text) is not None:
        return True
    pair = name_date(text)
    if pair is not None:
        return pair[0] is None
    first = date_first(text)
    if first is not None and not first[1]:
        return True
    both = two_dates(text)  # its first date alone too: "Jane Doe, Jan. 5, 2021 / Updated ..." names someone
    return both is not None and is_dateline(both[0])


def two_dates(text: str) -> tuple[str, str, str] | None:
    """A line of two labelled dates, the first one's label left out: (the part before the second
    date's label, the second date's field, its ISO date); None for anything else. A theme prints its publication and its
    last change on one line ("Jan. 5, 2021, 9:23 PM UTC / Updated Jan. 6, 2021, 12:34 AM UTC", "23. März
    2017, aktualisiert 23. März 2017, 15:43 Uhr | Quelle: ...", "on December 16, 2014 at 10:38 PM, updated
    ...", and the reverse: "... 17.30 GMT First published on Tuesday 4 March 2025"), maybe after the
    byline's or the desk's name ("Metro Desk on December 16, 2014 at 10:38 PM, updated ..."): the part
    before the label is a dateline alone or a "Name, Date" line (take_header_line reads it as one, and
    `is_dateline` holds the whole line a dateline only when that part is one), the part from it a
    labelled date. The label names the second date's field (data/date_labels.toml); the first date is
    the other one."""
    if len(text) > 2 * MAX_HEADER_LINE_CHARS or not has_digit(text):
        return None
    inner = _INNER_LABEL_RE.search(text)
    if inner is None or inner.start() == 0:
        return None
    head, tail = text[: inner.start()], text[inner.start("label"):]
    second = labelled_date(tail)
    if second is None or not has_digit(head) or not (is_dateline(head) or name_date(head) is not None):
        return None
    return head.rstrip(" ,;/|•·–—-"), second[0], second[1]


def _date_in(text: str) -> str | None:
    """The date a header item holds: one `parse_date` reads, or a US numeric one in a part of it."""
    return parse_date(text) or next(
        (when for part in SEPARATOR_RE.split(text) if (when := numeric_date(part.strip()))), None)


def take_dates(text: str, meta: Metadata) -> None:
    """Fill the dates `meta` lacks from a header line's items. A date after a modification label
    ("Von Anna Schmidt | aktualisiert am 12. März 2024"; data/date_labels.toml) is the last change, never
    the publication; one before it is the publication (meta.dates.split_at_modified_label, as the HTML path reads)."""
    for field_name, part in zip(("published", "modified"), split_at_modified_label(text), strict=True):
        when = _date_in(part) if has_digit(part) else None  # a date needs a digit; parsing is slow to rule out
        if when and getattr(meta, field_name) is None:
            setattr(meta, field_name, when)
            meta.provenance[field_name] = "header-line"


def name_date(text: str) -> tuple[str | None, str, str | None] | None:
    """Split "Name, Date" / "Name Date" / "Date" header lines into (name, date phrase, the date's label
    when one ends the name: "Jane Doe, Updated March 12, 2024"); None when the line is not one."""
    if len(text) > MAX_HEADER_LINE_CHARS:
        return None
    found = _DATE_SPANS[text]
    if found is None:
        return None
    start, end = found
    name = text[:start].strip(NAME_DATE_SEPARATORS)
    labelled = _DATE_LABEL_RE.match(name + ":") if name else None
    folded = name.casefold().rstrip(".")
    if not name or (labelled and labelled["label"]) or folded in _WEEKDAYS or folded in DATE_PREPOSITIONS:
        return None, text[start:end], None
    label = _TRAILING_LABEL_RE.search(name)
    if label:  # the label belongs to the date, not to the name
        name = name[: label.start()].strip(NAME_DATE_SEPARATORS)
        return name or None, text[start:end], label["label"]
    before = _NAME_ON_RE.match(name)
    words = before["name"].split() if before else []
    if len(words) >= MIN_NAME_ON_WORDS and all(word[:1].isupper() for word in words):
        name = " ".join(words)  # "Marketing Land on February 23, 2016": every word before the "on" capitalised
    if is_sentence_before_date(name, MAX_HEADER_NAME_CHARS):
        return None  # a sentence that ends in a date ("... visits Paris on 14 July 2019"), not a name
    return uncased_name(name), text[start:end], None


def _date_span(text: str) -> tuple[int, int] | None:
    """Where the date of a "Name, Date" line is (`name_date`): a date phrase with nothing but a time
    after it, in a line that credits no earlier publication; None for any other line. The searches
    are most of `name_date`'s cost, and the header readers ask it of the same few lines again and
    again (on the textbench dumps some eighteen calls a page, for four distinct lines): a function
    of the text alone, remembered in a bounded `Memo` (`_DATE_SPANS`)."""
    if credit_history().search(text):
        return None  # "Erstveröffentlichung: X, 4. März 2024": another publication's credit, the pass reads it
    match = TEXT_DATE_RE.search(text) if may_hold_date(text) else None  # (four digits in a row first)
    if not match or not TIME_TAIL_RE.match(text, match.end()):
        return None
    return match.start(), match.end()


#: lines remembered with their date's span before the memo empties itself (lines of at most
#: MAX_HEADER_LINE_CHARS characters: some hundred kB at most)
MAX_REMEMBERED_SPANS = 4096
_DATE_SPANS: Memo[str, tuple[int, int] | None] = Memo(_date_span, MAX_REMEMBERED_SPANS)


def labelled_date(text: str) -> tuple[str, str] | None:
    """("published" or "modified", ISO date) of a line that is a date with its label ("Updated: 12
    July 2021", "Published Monday, March 4, 2024 9:10AM EST"); None for anything else. A label
    of a language that writes dates day first (every one but English: data/date_labels.toml) reads a
    numeric date that way ("Publié le 05/04/2013 à 17:08" is 5 April, not 4 May). A header line's
    answer, a function of its text alone, is remembered (`_LABELLED`): the header readers ask it of the
    same few lines some twenty times a page."""
    return _LABELLED[text] if len(text) <= MAX_HEADER_LINE_CHARS else _labelled_date(text)


def _labelled_date(text: str) -> tuple[str, str] | None:
    """`labelled_date`'s reading, once per line text."""
    label = _DATE_LABEL_RE.match(text)
    if not label or not label["label"] or credit_history().search(text):
        return None  # "Publicado originalmente en X el ...": the original's date, a credit the pass reads
    # the label's language tells the order of a numeric date: "Publié le 05/04/2013" is 5 April
    day_first = True if " ".join(label["label"].casefold().split()) in date_labels().day_first else None
    when = parse_date(label["date"], day_first)
    if when is None:
        return None
    return ("modified" if date_labels().is_modified(label["label"]) else "published"), when


_LABELLED: Memo[str, tuple[str, str] | None] = Memo(_labelled_date, MAX_REMEMBERED_SPANS)


def is_reading_time(text: str) -> bool:
    """Whether a line ends in a reading time after a separator, or is one ("7 min read", "Oct 19, 2016
    · 10 min read", "Lesezeit: 7 Min."); not a time stamp ("7 minutes ago")."""
    return bool(reading_time_re().match(SEPARATOR_RE.split(text.strip())[-1].strip()))


def person_before_bar(text: str, name: str, site: str | None) -> bool:
    """Whether a "Name <bar> Date" line's name is a person's: a bar, dot or dash parts it from the date
    (a theme's byline row: "Nora Vale | May 3, 2024", "Nora Vale · May 3"), where a cross-post's "Source,
    Date" line has a comma; the name is shaped as a person's (two or three capitalised words) and is no
    outlet, agency or desk (`is_outlet`, `AGENCY_RE`) nor the site's name already read."""
    after = text[len(name):].lstrip()[:1] if text.startswith(name) else ""
    return (after in NAME_BARS and bool(PERSON_RE.match(name)) and len(name.split()) <= _MAX_BARRED_NAME_WORDS
            and not is_outlet(name, (site,) if site else ()) and not AGENCY_RE.search(name))
