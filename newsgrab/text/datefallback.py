"""The date of a whole-page dump whose lines around the headline printed none: the last resorts.

The readers of text/around.py look for the date near the headline, and they lean on the headline
and the article's span being found. When either is off (a headline taken from a cookie notice or
a section's label, no headline at all, an article span that ends above the page's "Posted July 11,
2019." line under an abstract), the story's own date sits out of their reach. Two things still
say which date is the story's, and only the date is read from them (the authors and the title are
the other readers' business):

- **The page's one first-level heading** (`date_by_lone_heading`). A markdown dump keeps the
  page's `<h1>` as a heading (`# ...`, or a `===` underline); a page has one, and it is the
  story's headline, whichever line the headline search chose. The lines around it are read as
  those around a headline are. A text with two or more first-level headings (a site's logo and
  the story, a listing) says nothing, nor does a text without markup (get_text, inscriptis, lynx,
  w3m print no heading marks).
- **A publication date labelled once** (`take_labelled_once`). A date that labels itself as the
  publication ("Published Oct 11, 2022", "Posted July 11, 2019.", "Veröffentlicht: 12. März
  2024"; the HTML path's words, data/date_labels.toml) is the page's own by what it says, not by
  where it is. What still makes such a line someone else's is a list of them (the posts of a
  blog's index, the comments under a story, each "Posted ..." on a day of its own), so the line is
  taken only when every labelled publication date of the text names one day; and comments come
  below the story, so nothing further than LINES_AFTER_ARTICLE blocks past the article's end is
  read. A bare date is never taken this far from the headline: a site's masthead prints today's
  date, a teaser list its items', a reference list its sources'.
- **The page's own address, in its share buttons** (`date_by_share_links`). A share button links
  to a sharer with the page's own address in its query (`facebook.com/sharer?u=`, `twitter.com/
  intent/tweet?url=`, `facebook.com/dialog/feed?link=`): the page names itself, so the day that
  address spells (`/2019/11/19/`) is the story's, as the HTML path takes the day of the page's URL.
  Only the markdown converters keep these links (html2text; markdownify drops a link without text),
  and they are read from the raw units, since a button's link has no text to make a block of. Share
  bars of other stories (a listing's, each item with its buttons) name addresses of several days,
  and then none is taken. The text's `--url` outranks them (text/blocks.py reads it after).
- **The one day the bare datelines above the story name** (`take_dateline_once`). A magazine's
  dateline sits over its headline with a photo's credit and share bars between them, or over a
  headline the search did not choose; it is then the page's only line that is a date alone. Above
  the story only (a bare date under it stays no one's, as said above), and only when every bare
  dateline of the text names that day: a masthead's today over the story's, a listing or a thread
  name several.
- **The one day the "Name, Date" lines above the story name** (`take_name_dateline_once`), when no
  bare dateline did: the byline's or the desk's name with the date ("Harbour Staff 2022年3月14日
  08時00分") over a headline the search did not choose, held as a bare one is (above the story, one
  day for every such line); a term of a list of facts ("Completed: 2021-06-30") is no name's line.
- **A date between the headline and the story's first paragraph** (`date_under_headline`), when
  nothing else dated the text: the lines there are the story's header (its byline, its dateline, a
  kicker, a photo's credit), whatever a converter glued together in them ("Harbour Desk By Harbour
  Desk The Harbour Times on March 4, 2019 at 9:10 AM, updated ...", "EXCLUSIVE 04/17/2015 08:30 AM
  PT", "Mar 7, 2018 harbour / istock", a date set in a table cell), so the header readers' shapes
  turn them down. The place is the cue, and shape only rules out what a header line never is: a
  sentence (a caption's "The harbour crane seen in Harbourtown on March 2, 2023": lower-case words
  before the date that are no byline or date label, or a sentence's full stop), a line linked whole
  (a related story's headline), or a long clause after the date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from urllib.parse import parse_qs, unquote

from newsgrab import urls
from newsgrab.data import load_toml
from newsgrab.meta.dates import date_from_url, has_digit, parse_date, split_at_modified_label
from newsgrab.meta.lexicon import byline_words, credit_history, date_labels
from newsgrab.model import Block, Metadata
from newsgrab.text.around import read_around
from newsgrab.text.byline import MAX_HEADER_NAME_CHARS
from newsgrab.text.datelines import (
    MAX_DATELINE_TAIL_WORDS,
    TEXT_DATE_RE,
    TIME_TAIL_RE,
    numeric_date,
    read_either_way,
)
from newsgrab.text.header import (
    FIRST_PUBLISHED_RE,
    HEADER_KINDS,
    MAX_HEADER_LINE_CHARS,
    is_dateline,
    labelled_date,
)
from newsgrab.text.headerdates import name_date, take_dates

#: blocks past the article's end where its labelled date may still sit (under an abstract, a
#: gallery's last caption); the comments and the footer come after them
LINES_AFTER_ARTICLE = 6
#: blocks above and below the lone first-level heading read for its date (a byline's line, a
#: photo and its caption, a "5 min read" may come between the headline and the dateline)
LINES_ABOVE_HEADING = 2
LINES_UNDER_HEADING = 6
#: blocks under the headline read for a date no header reader took (`date_under_headline`): a
#: kicker, the byline, a photo and its credit may come between the headline and the dateline
LINES_UNDER_HEADLINE = 6
#: a wire or press-release dateline opening the story's first paragraph: the place in capitals, a
#: comma, the date, the agency in brackets or slashes, a dash ("PORT ELWYN, March 4, 2024 (Reuters) -",
#: "HARBOURTOWN, March 04, 2024 /Newswire/ --", "KIEL, 4. März 2024 (dpa) –")
_WIRE_DATELINE_RE = re.compile(
    r"^(?P<place>[^,()\n\d]{2,40}?)(?:\s*\([^)]{1,30}\))?,\s+(?P<date>[^–—/()]{6,40}?)\s*"
    r"(?:\([^)]{1,40}\)|/[^/\s][^/]{0,38}/)?\s*(?:--|[-–—])\s")
#: a numeric date in any order and separator ("04/17/2015", "31.05.2022"), which TEXT_DATE_RE leaves out
_NUMERIC_DATE_RE = re.compile(r"(?<![\d./-])\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?![\d./-])")
#: a sentence's end inside the words before a date ("... in Harbourtown. Photo: ..."), or ending the line
_SENTENCE_BREAK_RE = re.compile(r"[.!?。！？]\s")
_SENTENCE_ENDS = (".", "!", "?", "。", "！", "？")
#: a word (letters first): the words before a header line's date are names, labels and prepositions
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def share_links() -> tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]:
    """data/share_links.toml (read once per process): the pattern of a share button's link (a sharer
    endpoint, its query holding the page's own address), the words every endpoint holds (tested
    before the pattern), and the query fields that carry the shared address."""
    data = load_toml("share_links.toml")
    endpoints = "|".join(re.escape(endpoint) for endpoint in data["endpoints"])
    pattern = re.compile(rf"https?://(?:www\.|m\.)?(?:{endpoints})[^\s()\[\]<>\"]*", re.IGNORECASE)
    return pattern, tuple(data["marks"]), tuple(data["fields"])


def date_by_lone_heading(blocks: list[Block], headline: int | None, meta: Metadata) -> set[int]:
    """Fill `meta.published` from the lines around the text's only first-level heading when it is not
    the headline found (`headline`, None for none; its lines were read already); return the indices
    of the datelines read, to leave out of the body (a byline read with them stays where it was: the
    names are the byline readers' to take)."""
    if meta.published is not None:
        return set()
    headings = [index for index, block in enumerate(blocks) if block.kind == "h1"]
    if len(headings) != 1 or headings[0] == headline:
        return set()
    heading = headings[0]
    found = Metadata()
    high = min(len(blocks), heading + 1 + LINES_UNDER_HEADING)
    taken = read_around(blocks, max(0, heading - LINES_ABOVE_HEADING), high, found, names_before=high,
                        title_at=(heading,))
    if found.published is None:
        return set()
    meta.published = found.published
    meta.provenance["published"] = "header-line"
    if meta.modified is None and found.modified is not None:  # printed on the same line ("... / Updated ...")
        meta.modified = found.modified
        meta.provenance["modified"] = "header-line"
    return {index for index in taken if is_dateline(blocks[index].text)}


def short_dated_lines(blocks: list[Block]) -> list[tuple[int, Block]]:
    """The blocks a date of the page's header may be printed on alone or under its label: header
    kinds, no longer than MAX_HEADER_LINE_CHARS, holding a digit; with their index. Read once by a
    caller that hands them to more than one of the last resorts (`dated=`: text/blocks.py asks up
    to three of them in a row, each of which would walk every block of the page to the same list)."""
    return [(index, block) for index, block in enumerate(blocks)
            if block.kind in HEADER_KINDS and len(block.text) <= MAX_HEADER_LINE_CHARS and has_digit(block.text)
            and not credit_history().search(block.text)]  # "X - Originally posted <date>" dates the original


def take_labelled_once(blocks: list[Block], end: int, meta: Metadata,
                       dated: Sequence[tuple[int, Block]] | None = None) -> int | None:
    """Fill `meta.published` from the one day the text's labelled publication dates name, when the
    line that names it comes before `end` (the article's end) + LINES_AFTER_ARTICLE; return its
    index (a header line, to leave out of the body), or None when nothing was taken: a date already
    known, no such line, lines naming two days or more, or the first of them past the article.
    `dated`: `short_dated_lines(blocks)`, when the caller has read them."""
    if meta.published is not None:
        return None
    first: int | None = None
    day: str | None = None
    for index, block in short_dated_lines(blocks) if dated is None else dated:
        labelled = labelled_date(block.text)
        if labelled is None or labelled[0] != "published" or FIRST_PUBLISHED_RE.match(block.text):
            continue  # (a credit's "First published by Valley Courier, 3 May 2024" dates the original)
        if day is not None and labelled[1][:10] != day[:10]:
            return None  # a list of posts or comments, each dated: none of them is the story's own
        if first is None:
            first, day = index, labelled[1]
    if first is None or day is None or first >= end + LINES_AFTER_ARTICLE:
        return None
    meta.published = day
    meta.provenance["published"] = "header-line"  # a header line, read wherever it sits
    return first


def take_dateline_once(blocks: list[Block], start: int, meta: Metadata,
                       dated: Sequence[tuple[int, Block]] | None = None) -> int | None:
    """Fill `meta.published` from the one day the text's bare datelines name (a line that is a date
    alone: "May 10, 2019", "Tuesday, March 5, 2024 7:15:02 AM"), when the first of them sits above
    `start` (the article's first paragraph); return its index, or None when nothing was taken. The last
    resort, read as `take_labelled_once` reads a labelled date: the story's own dateline that the
    readers near the headline missed (a headline found elsewhere, a photo's credits and a share bar
    between them) is the only date line of its page, while a listing, a comment thread, a reference
    list or a masthead's today over the story's dateline name two days or more, and then none is taken.
    A bare date first printed under the story is still no one's (a teaser's, a reference's: the
    module's docstring). A date line ending in a full stop is the tail of a sentence a converter
    wrapped (a reference's "... Retrieved" / "23 March 2011."), never a dateline of its own."""
    return _take_one_day(blocks, start, meta, _bare_dateline_day, dated)


def _bare_dateline_day(block: Block) -> str | None:
    """The published day of a bare dateline (`take_dateline_once`), None for any other line."""
    if block.text.endswith(".") or not is_dateline(block.text) or FIRST_PUBLISHED_RE.match(block.text):
        return None
    found = Metadata()
    take_dates(block.text, found)
    return found.published  # (None for a last change alone: "Updated: ...")


def take_name_dateline_once(blocks: list[Block], start: int, meta: Metadata,
                            dated: Sequence[tuple[int, Block]] | None = None) -> int | None:
    """Fill `meta.published` from the one day the text's "Name, Date" lines name ("Harbour Staff
    2022年3月14日 08時00分", "Ann Other, March 14, 2022"), when the first of them sits above `start` (the
    article's first paragraph) and no bare dateline dated the text; return its index, or None when
    nothing was taken. Read as `take_dateline_once` reads a bare one: a teaser list's or a thread's
    lines name several days (and then none is taken), one printed under the story is no one's, one
    linked whole is another page's headline, one ending in a full stop a sentence's tail, and words
    that end in a colon are a term of a list of facts ("Completed: 2021-06-30"), not a name. Only the
    date is read: the name is the byline readers' to take."""
    return _take_one_day(blocks, start, meta, _name_dateline_day, dated)


def _name_dateline_day(block: Block) -> str | None:
    """The day of a "Name, Date" line (`take_name_dateline_once`), None for any other line."""
    if block.text.endswith(".") or block.link_chars >= len(block.text) or FIRST_PUBLISHED_RE.match(block.text):
        return None
    pair = name_date(block.text)
    if pair is None or pair[0] is None or pair[2] is not None:
        return None  # (a bare dateline is take_dateline_once's; a labelled one may be a last change)
    if block.text[: block.text.find(pair[1])].rstrip().endswith((":", "：")):
        return None  # a term and its value ("Completed: 2021-06-30", a work's stats): no name's line
    return parse_date(pair[1]) or numeric_date(pair[1])


def _take_one_day(blocks: list[Block], start: int, meta: Metadata, day_of: Callable[[Block], str | None],
                  dated: Sequence[tuple[int, Block]] | None = None) -> int | None:
    """The last resorts' one rule: when every short dated line `day_of` reads names the same day and
    the first of them sits above `start`, that day is the text's (`meta.published`) and the first
    line's index is returned; two days (a listing's, a thread's, a masthead's and the story's) or a
    first one under the story give None and take nothing."""
    if meta.published is not None:
        return None
    first: int | None = None
    day: str | None = None
    for index, block in short_dated_lines(blocks) if dated is None else dated:
        when = day_of(block)
        if when is None:
            continue
        if day is not None and when[:10] != day[:10]:
            return None
        if first is None:
            first, day = index, when
    if first is None or day is None or first >= start:
        return None
    meta.published = day
    meta.provenance["published"] = "header-line"
    return first


@cache
def _header_small_words() -> frozenset[str]:
    """The lower-case words a header line prints before its date (every language of the data files):
    byline openers and conjunctions ("by", "and", "von"), post verbs ("posted"), date prepositions
    ("on", "am", "le") and the words of date labels ("updated", "published"). Any other lower-case
    word there is a sentence's (a caption's "seen at the harbour on ...")."""
    words = byline_words()
    phrases = (*words.openers, *words.conjunctions, *words.posted, *words.date_prepositions,
               *date_labels().published, *date_labels().modified)
    return frozenset(word for phrase in phrases for word in phrase.split())


def date_under_headline(blocks: list[Block], headline: int | None, start: int, meta: Metadata) -> int | None:
    """Fill `meta.published` from the first line among the LINES_UNDER_HEADLINE blocks under `headline`
    and above `start` (the story's first paragraph) that holds a publication date in a header line's
    place (see the module's docstring; `header_line_day`); return its index, or None when nothing was
    taken: a date known already, no headline, or no such line."""
    if meta.published is not None or headline is None:
        return None
    for index in range(headline + 1, min(start, headline + 1 + LINES_UNDER_HEADLINE)):
        block = blocks[index]
        if block.kind == "media" or block.link_chars >= len(block.text) or not has_digit(block.text):
            continue  # (a line linked whole is another story's headline with its date)
        if (when := header_line_day(block.text)) is not None:
            meta.published = when
            meta.provenance["published"] = "header-line"
            return index
    return None


def header_line_day(text: str) -> str | None:
    """The publication date of a line under the headline whose words are a header's, whatever
    glued them ("Harbour Desk By Harbour Desk The Harbour Times on March 4, 2019 at 9:10 AM, updated
    March 4, 2019", "EXCLUSIVE 04/17/2015 08:30 AM PT", "Mar 7, 2018 harbour / istock"): the
    words before its first date are capitalised names, labels and prepositions (`_header_small_words`)
    and MAX_HEADER_NAME_CHARS long at most, at most MAX_DATELINE_TAIL_WORDS words follow the date and its
    clock, and no sentence ends in the line. None for a sentence (a caption's "The crane seen at the
    harbour on March 2, 2023", a dek; a last change's label with no date after it), a last change
    alone ("Updated March 4, 2019"), a numeric date that may be read either way ("05/10/2018",
    `read_either_way`) or no date."""
    text = text.strip()
    if (len(text) > 2 * MAX_HEADER_LINE_CHARS or text.rstrip(" )]").endswith(_SENTENCE_ENDS)
            or credit_history().search(text)):
        return None  # (or a credit's line, "X - Originally posted March 4, 2024", dating the original)
    match = TEXT_DATE_RE.search(text) or _NUMERIC_DATE_RE.search(text)
    if match is None or read_either_way(text, match):
        return None  # (no date, or "05/10/2018" with nothing to tell 5 October from May 10)
    before = text[: match.start()]
    small = _header_small_words()
    if (len(before) > MAX_HEADER_NAME_CHARS or _SENTENCE_BREAK_RE.search(before)
            or any(word[0].islower() and word.casefold() not in small for word in _WORD_RE.findall(before))):
        return None
    published, modified = split_at_modified_label(text)
    if match.end() > len(published):
        return None  # the first date is the last change's ("Updated March 4, 2019"), not the publication
    if modified and labelled_date(modified) is None:
        return None  # a label that dates nothing is a sentence's word ("Closing on March 3, updated terms apply")
    tail = "" if TIME_TAIL_RE.match(published, match.end()) else published[match.end():]
    if len(_WORD_RE.findall(tail)) > MAX_DATELINE_TAIL_WORDS:
        return None
    found = Metadata()
    take_dates(text, found)
    return found.published


def date_by_share_links(units: Iterable[str]) -> str | None:
    """The day the address that the text's share buttons share spells, when they name one day (see
    the module's docstring); None for no share button, no day in the address, or several days."""
    pattern, marks, fields = share_links()
    days: set[str] = set()
    for unit in units:
        if "://" not in unit or not any(mark in unit for mark in marks):
            continue  # (most units hold no share button: a word test is cheaper than the pattern)
        for link in pattern.finditer(unit):
            parts = urls.split(link.group(0))  # None: a share link that does not parse ("http://[::1")
            query = parse_qs(parts.query) if parts is not None else {}
            for field in fields:
                for address in query.get(field, ()):
                    if (day := date_from_url(unquote(address))) is not None:
                        days.add(day)
    return days.pop() if len(days) == 1 else None


def date_by_wire_dateline(blocks: list[Block], headline: int | None, start: int, meta: Metadata) -> None:
    """Fill `meta.published` from a wire or press-release dateline that opens the story's first
    paragraph, or a line above it under the headline ("PORT ELWYN, March 4, 2024 (Reuters) - The
    council ..."): the place in capitals (in any script that has them), the full date with its year,
    the agency, a dash. The paragraph stays in the body: the dateline is its first words. A date
    without its year ("March 4 (Reuters)") names no day, and a sentence that merely opens with a place
    and a date has no capitals or no dash."""
    if meta.published is not None:
        return
    for block in blocks[0 if headline is None else headline + 1:start + 1]:
        match = _WIRE_DATELINE_RE.match(block.text)
        if match is None:
            continue
        place, printed = match["place"].strip(), match["date"].strip()
        if place != place.upper() or not any(char.isalpha() for char in place):
            continue
        phrase = TEXT_DATE_RE.match(printed)  # the date and at most its clock: no sentence
        if phrase is None or TIME_TAIL_RE.match(printed, phrase.end()) is None:
            continue
        if (when := parse_date(printed)) is not None:
            meta.published = when
            meta.provenance["published"] = "header-line"
            return
