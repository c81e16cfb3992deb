"""The page's publication and modification dates: every source in order of trust, with cross-checks.

published, in order of trust (the first usable value wins, then the cross-checks run):
1. machine-readable: JSON-LD datePublished of the article node > OpenGraph/`article:*` and the
   other meta tags (`PUBLISHED_KEYS`) > body microdata > JSON-LD datePublished of another node
   (a Yoast `@graph` WebPage);
2. visible dates near the headline: <time>, <abbr class=published>, byline- and date-named
   elements (datelines), nearest the headline first, those after it before those above it;
   not in asides or other stories' teasers (pagescan.py leaves those out);
3. JSON-LD dateCreated, then the date in the URL path;
4. dates printed elsewhere in the article header (the text around the headline);
5. when the page gives no publication date at all, its only date: a visible "Updated ..." date,
   then a machine-readable modification date.

Cross-checks:
- a visible date is believed only when it agrees with the URL's day (if the URL has one) and is
  not later than the page's machine-readable modification date (a comment's date is);
- when the URL and a visible date agree on a day the machine value does not, they win;
- when the machine-readable publication dates name different days (an embedded video's own
  datePublished; a template that writes its "Updated" time into one field and the first one into
  another), the one whose day the story's printed date names wins (`_printed_pick`);
- a UTC timestamp's local day is the one the other sources agree on: "2016-12-14T23:38:12Z" on a
  page whose dateline says "Dec. 14, 2016, 5:38 p.m." is 2016-12-14T17:38:12-06:00; with no other
  source, the zone the page prints its own times in gives the day (`_in_page_zone`);
- a numeric date whose day and month could swap (03/04/2021) is read the way the page's language
  writes it, or the way that agrees with another source;
- a bare day is made precise by another source's time on that same day;
- a machine publication date that is the moment the page prints as its update ("... / Updated Dec. 4,
  6:45 PM UTC") gives way to the earlier publication the page prints (`_not_the_update`);
- `modified` earlier than `published` is dropped; modified sources are never read for `published`
  while any publication date exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from newsgrab.meta.dates import (
    Stamp,
    date_from_url,
    day_first_for,
    may_hold_date,
    parse_stamp,
    published_or_update,
    split_at_modified_label,
)
from newsgrab.meta.headerzone import DATE_HEADER_LEVELS, header_parts
from newsgrab.meta.jsonld import JsonLdInfo
from newsgrab.meta.pagescan import PageScan, TimeHint, meta_label

PUBLISHED_KEYS = ("article:published_time", "og:article:published_time", "og:published_time",
                  "article:published", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
                  "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.date",
                  "dcterms.created", "dc.date.created", "citation_publication_date", "citation_date",
                  "sailthru.date", "parsely-pub-date", "article.published", "original-publish-date",
                  "datepublished", "release_date", "displaydate", "article_date_original", "date_published",
                  "published-date", "publishtime", "originalpublicationdate", "article.created",
                  "rnews:datepublished", "cxenseparse:recs:publishtime", "twt-published-at", "pdate")
MODIFIED_KEYS = ("article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified",
                 "last-modified", "lastmod", "dcterms.modified", "dc.date.modified", "modified_time", "revised",
                 "datemodified", "article.updated", "article_date_updated")
#: a word that makes the date after it a modification date ("Updated", "Aktualisiert", ...)
#: hours a local clock can be ahead of (or behind) UTC: the range a timestamp's local day is sought in
MAX_HOURS_AHEAD_OF_UTC = 14
MAX_HOURS_BEHIND_UTC = 12
#: minutes; every zone's offset is a multiple of this
OFFSET_STEP_MINUTES = 15


#: (published, modified) of one dateline
Split = tuple[Stamp | None, Stamp | None]


@dataclass(slots=True)
class Found:
    """A date and the label of its source (the provenance)."""

    stamp: Stamp
    source: str


class _Header:
    """The article header's (published, modified) dates, read once and only when a rule asks: the
    header text is walked for the pages whose other sources leave the date in question."""

    def __init__(self, scan: PageScan, day_first: bool | None, datelines: dict[str, Split]) -> None:
        self._args = (scan, day_first, datelines)
        self._read: tuple[list[Found], list[Found]] | None = None

    def dates(self) -> tuple[list[Found], list[Found]]:
        if self._read is None:
            self._read = _header(*self._args)
        return self._read

    def first(self) -> list[Found]:
        """The publication date printed first under (or above) the headline, as a list of 0 or 1."""
        return self.dates()[0][:1]


def read_dates(scan: PageScan, ld: JsonLdInfo, url: str | None,
               language: str | None) -> tuple[Found | None, Found | None]:
    """(published, modified) of a page, each with its source, or None."""
    day_first = day_first_for(language or scan.html_lang)
    machine = _stamps([(ld.published, "json-ld")], day_first)
    machine += _stamps([(v, meta_label(k)) for k in PUBLISHED_KEYS for v in scan.meta.get(k, ())], day_first)
    machine += _stamps([(v, "microdata") for v in scan.microdata.get("datePublished", ())], day_first)
    machine += _stamps([(ld.page_published, "json-ld")], day_first)
    modified = _stamps([(ld.modified, "json-ld")], day_first)
    modified += _stamps([(v, meta_label(k)) for k in MODIFIED_KEYS for v in scan.meta.get(k, ())], day_first)
    modified += _stamps([(v, "microdata") for v in scan.microdata.get("dateModified", ())], day_first)
    modified += _stamps([(ld.page_modified, "json-ld")], day_first)
    # a page repeats its datelines (a reference list's "Retrieved 7 January 2011", a teaser's "21 Nov
    # 2017"): each text is cut and parsed once per page; the date cache alone forgets them on a page
    # of more distinct dates than it keeps
    datelines: dict[str, Split] = {}
    visible, shown_modified = _visible(scan, day_first, datelines)
    modified += shown_modified
    url_stamp = parse_stamp(date_from_url(url))
    printed = _Header(scan, day_first, datelines)
    published = _choose(machine, visible, modified, Found(url_stamp, "url") if url_stamp else None, ld, day_first,
                        printed, shown_modified)
    if published is None:  # the article header's text, read only when nothing else dates the page
        header, header_modified = printed.dates()
        published = _believable(header, None, modified[0].stamp.day if modified else None)
        shown_modified += header_modified
        modified += header_modified
    # the page's only date is its update, the one it shows first
    published = published_or_update(published, next(iter(shown_modified), None), next(iter(modified), None))
    if published is not None:
        published = _precise(published, machine + visible)
    last = next(iter(modified), None)
    if last and published and last.stamp.day < published.stamp.day:
        last = None
    return published, last


def _choose(machine: list[Found], visible: list[Found], modified: list[Found], url: Found | None,
            ld: JsonLdInfo, day_first: bool | None, printed: _Header, shown_modified: list[Found]) -> Found | None:
    url_day = url.stamp.day if url else None
    chosen = _printed_pick(machine, visible, printed) if machine else None
    if chosen is not None:
        chosen = _precise(_not_the_update(chosen, machine, visible, shown_modified), machine + visible)
    if chosen is not None:
        others = [f for f in machine if f is not chosen] + visible + ([url] if url else [])
        chosen = _local(chosen, others, visible + shown_modified)
        if url_day and chosen.stamp.day != url_day:
            # two independent witnesses (the URL and the visible dateline) beat one machine value
            chosen = next((v for v in visible if v.stamp.day == url_day), chosen)
    ceiling = modified[0].stamp.day if modified else None
    if chosen is None:
        chosen = _believable(visible, url_day, ceiling)
    if chosen is None:
        chosen = next(iter(_stamps([(ld.created, "json-ld")], day_first)), None) or url
    return chosen


def _precise(chosen: Found, others: list[Found]) -> Found:
    """A bare day (or a time without its zone) made precise by another source's timestamp of that same
    day and, when `chosen` has a clock time, that same time (a Dublin Core date and a <time>)."""
    if chosen.stamp.instant is not None:
        return chosen
    clock = chosen.stamp.clock
    return next((f for f in others if f.stamp.instant and f.stamp.day == chosen.stamp.day
                 and (clock is None or _same_minute(f.stamp.clock, clock))), chosen)


def _same_minute(first: time | None, second: time) -> bool:
    return first is not None and (first.hour, first.minute) == (second.hour, second.minute)


def _believable(found: list[Found], url_day: date | None, ceiling: date | None) -> Found | None:
    """The first visible date that agrees with the URL's day (if any) and is not later than the page's
    own modification date (a comment's date is); an ambiguous numeric date in its other reading when
    that one agrees."""
    for candidate in found:
        stamp = candidate.stamp
        if url_day and stamp.day != url_day and stamp.swapped == url_day:
            candidate = Found(Stamp(url_day.isoformat(), url_day), candidate.source)
            stamp = candidate.stamp
        if (url_day is None or stamp.day == url_day) and (ceiling is None or stamp.day <= ceiling):
            return candidate
    return None


def _printed_pick(machine: list[Found], visible: list[Found], printed: _Header) -> Found:
    """Of machine-readable publication dates that name different days, the one whose day the story's
    printed date names (else the first, the most trusted).

    The witness is the visible date nearest the headline that is not a copy of a machine value (a
    <time> whose `datetime` repeats one is the template's, not the reader's), else the date printed
    first in the article header. Two days among the machine values is the cue: an embedded video's
    or a related item's own datePublished, or a template that writes the "Updated" time into one
    field and the first one into another; one day among them leaves the order of trust alone.
    """
    first = machine[0]
    if all(f.stamp.day == first.stamp.day for f in machine):
        return first
    instants = {f.stamp.instant for f in machine if f.stamp.instant is not None}
    witness = next((v for v in visible if v.stamp.instant is None or v.stamp.instant not in instants), None)
    if witness is None:
        witness = next(iter(printed.first()), None)
    if witness is None or witness.stamp.day == first.stamp.day:
        return first
    named = [f for f in machine if f.stamp.day == witness.stamp.day]
    pick = next((f for f in named if f.stamp.instant is not None), named[0] if named else first)
    if pick.stamp.instant is None and _is_utc(first) and abs(pick.stamp.day - first.stamp.day) <= timedelta(days=1):
        return first  # a UTC stamp a day off a bare day: its local day is `_local`'s question
    return pick


def _not_the_update(chosen: Found, machine: list[Found], visible: list[Found], shown_modified: list[Found]) -> Found:
    """The first publication the page prints, when the machine value chosen is the moment it prints
    as its update ("Dec. 4, 2:10 PM UTC / Updated Dec. 4, 6:45 PM UTC" over a published_time of
    18:45): the printed publication date earlier than it, as a machine value of that same minute
    when there is one (it has the seconds), else as printed."""
    moment = chosen.stamp.instant
    if moment is None or not any(_same_moment(m, moment) for m in shown_modified):
        return chosen
    first = next((v for v in visible if v.stamp.instant is not None and v.stamp.instant < moment
                  and not any(_same_moment(m, v.stamp.instant) for m in shown_modified)), None)
    if first is None or first.stamp.instant is None:
        return chosen
    return next((f for f in machine if _same_moment(f, first.stamp.instant)), first)


def _same_moment(found: Found, moment: datetime) -> bool:
    """Whether `found` is `moment` to the minute (a printed time has no seconds)."""
    instant = found.stamp.instant
    return instant is not None and abs(instant - moment) < timedelta(minutes=1)


def _is_utc(found: Found) -> bool:
    moment = found.stamp.instant
    return moment is not None and moment.utcoffset() == timedelta(0)


def _local(chosen: Found, others: list[Found], shown: list[Found]) -> Found:
    """`chosen` in the local time the other sources speak of, when it is a UTC timestamp whose day none
    of them names but one of them names the day before or after.

    A zone-less clock time of another source that is the same instant under some zone gives the
    offset (the value keeps the machine's precision), wherever it stands among them; bare days give the
    day alone, when they name one day (the day before and the day after together name none). Another UTC stamp
    confirms nothing (it is the same clock, the template's); with no witness of the day at all, the
    zone the page prints its own times in (`shown`: "Updated 12:24 am EST, ...") gives the day.
    """
    moment = chosen.stamp.instant
    if moment is None or moment.utcoffset() != timedelta(0) or moment.time() == datetime.min.time():
        return chosen  # not a UTC timestamp (midnight UTC is a CMS's way of writing a bare day)
    # copies of the timestamp (with its zone, or the same UTC clock written without it) are no witnesses,
    # nor are other UTC stamps: a day in UTC says nothing of the local one
    utc_clock = moment.time().replace(microsecond=0)
    others = [f for f in others if not _is_utc(f)
              and not (f.stamp.zone is None and f.stamp.day == moment.date() and f.stamp.clock == utc_clock)]
    if any(f.stamp.day == chosen.stamp.day for f in others):
        return chosen
    if not others:  # no other source: the zone the page prints its own times in
        return _in_page_zone(chosen, shown)
    earliest = (moment - timedelta(hours=MAX_HOURS_BEHIND_UTC)).date()
    latest = (moment + timedelta(hours=MAX_HOURS_AHEAD_OF_UTC)).date()
    near = [f for f in others if f.stamp.day != chosen.stamp.day and earliest <= f.stamp.day <= latest]
    # a witness with a clock that is the same instant gives the zone itself, whatever its place in the page
    for other in near:
        offset = _offset_between(moment, other.stamp)
        if offset is not None:
            return _in_zone(moment, timezone(offset), chosen.source)
    # bare days give the day only when they agree: one the day before and one the day after say nothing
    days = {f.stamp.day for f in near if f.stamp.clock is None}
    if len(days) == 1:
        witness = next(f for f in near if f.stamp.clock is None)
        return Found(Stamp(witness.stamp.day.isoformat(), witness.stamp.day), witness.source)
    return chosen


def _in_page_zone(chosen: Found, shown: list[Found]) -> Found:
    """A UTC stamp in the zone the page prints its own times in (the first shown date with a zone
    other than UTC), when that moves it to another day; else as it is."""
    moment = chosen.stamp.instant
    zone = next((f.stamp.zone for f in shown if f.stamp.zone is not None and not _is_utc(f)), None)
    if moment is None or zone is None:
        return chosen
    return chosen if moment.astimezone(zone).date() == moment.date() else _in_zone(moment, zone, chosen.source)


def _in_zone(moment: datetime, zone: timezone, source: str) -> Found:
    """`moment` as the clock of `zone` reads it (the value keeps the machine's precision)."""
    local = moment.astimezone(zone)
    return Found(Stamp(local.isoformat(), local.date(), local.timetz().replace(tzinfo=None), zone), source)


def _offset_between(moment: datetime, other: Stamp) -> timedelta | None:
    """The zone offset under which `other`'s clock time is `moment`, if it is a whole zone offset."""
    if other.clock is None:
        return None
    if other.zone is not None:  # the same moment, to the minute when it is printed without seconds
        printed_moment = moment if other.clock.second else moment.replace(second=0, microsecond=0)
        return other.zone.utcoffset(None) if other.instant == printed_moment else None
    # a clock printed without seconds ("5:38 p.m.") is the moment's minute
    utc = moment.replace(tzinfo=None, second=moment.second if other.clock.second else 0, microsecond=0)
    offset = datetime.combine(other.day, other.clock) - utc
    step = timedelta(minutes=OFFSET_STEP_MINUTES)
    within = -timedelta(hours=MAX_HOURS_BEHIND_UTC) <= offset <= timedelta(hours=MAX_HOURS_AHEAD_OF_UTC)
    return offset if within and offset % step == timedelta(0) and offset else None


def _visible(scan: PageScan, day_first: bool | None, datelines: dict[str, Split]) -> tuple[list[Found], list[Found]]:
    """(published, modified) dates shown in the page, nearest the headline first (`datelines`: the
    page's datelines already split, by text)."""
    published: list[Found] = []
    modified: list[Found] = []
    for hint in sorted(scan.times, key=lambda h: _distance(h, scan.headline_position)):
        if hint.label == "dateline":
            pub, mod = _split_once(hint.value, day_first, datelines)
        else:
            stamp = parse_stamp(hint.value, day_first)
            pub, mod = (None, stamp) if hint.modified else (stamp, None)
        if pub:
            published.append(Found(pub, hint.label))
        if mod:
            modified.append(Found(mod, hint.label))
    return published, modified


def _distance(hint: TimeHint, headline: int) -> tuple[int, int]:
    """Sort key: dates after the headline (bylines, datelines) before those above it (kickers, menus)."""
    if headline < 0:
        return (0, hint.position)
    return (0 if hint.position > headline else 1, abs(hint.position - headline))


def split_dateline(text: str, day_first: bool | None = None) -> Split:
    """(published, modified) from a visible dateline: "Published 9 July 2021 | Updated 10 July 2021"."""
    published, modified = split_at_modified_label(text)
    return parse_stamp(published, day_first), parse_stamp(modified, day_first) if modified else None


def _split_once(text: str, day_first: bool | None, datelines: dict[str, Split]) -> Split:
    """`split_dateline` of `text`, read from `datelines` when the page asked it before (the same
    answer: it depends on the text and `day_first` alone, one value for the whole page)."""
    split = datelines.get(text)
    if split is None:
        split = datelines[text] = split_dateline(text, day_first)
    return split


def _header(scan: PageScan, day_first: bool | None, datelines: dict[str, Split]) -> tuple[list[Found], list[Found]]:
    """(published, modified) dates printed in the text right after the headline (and, failing that,
    right above it)."""
    published: list[Found] = []
    modified: list[Found] = []
    if scan.headline is None:
        return published, modified
    for _el, text in header_parts(scan, preceding_first=False, levels=DATE_HEADER_LEVELS):
        if may_hold_date(text):
            pub, mod = _split_once(text, day_first, datelines)
            if pub:
                published.append(Found(pub, "header"))
            if mod:
                modified.append(Found(mod, "header"))
    return published, modified


def _stamps(values: list[tuple[str | None, str]], day_first: bool | None) -> list[Found]:
    return [Found(stamp, source) for value, source in values if (stamp := parse_stamp(value, day_first))]


