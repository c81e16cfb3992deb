"""Whether htmldate's markup search could find a date on a page at all: the gate before that search.

htmldate's search (meta/htmldate_fallback.py) costs 11-22 ms a page, and on most pages that reach it
(Readability's test pages above all) it comes back empty: they hold years, but only in a copyright
line, an xmlns URL or the body's prose, where that search never looks. The earlier gate asked only
for a year anywhere in the markup, which nearly every page has.

This gate reads what that search reads (find_date with extensive_search=False), and nothing less:
- the page's URL, and its canonical link, for a year/month/day path;
- the `content` and `datetime` of every `<meta>` whose name holds a date word (it reads some of
  them by name, og:url and og:image as URLs), every `<time>` and `<abbr>` (attributes, text; an
  abbr's `data-utime` is a Unix time);
- the whole markup, for the two shapes htmldate looks for everywhere: a hyphenated year-month-day
  (its timestamp patterns over the page and its text, JSON-LD's "datePublished") and a day.month.
  year after a label ("Datum: 05.03.19");
- the first `text_window` characters (spaces collapsed, pruned elements left out as htmldate does)
  of the text and the title attribute of the elements htmldate picks by tag and class/id/itemprop
  cue, and of `<title>` and `<h1>` (data/htmldate_reads.toml): a superset of its picks (every cue
  in every one of the three attributes, in any case).
In those strings it asks for a date's SHAPE (`has_date_shape`), a superset of what htmldate's own
parser (custom_parse: no dateparser in this mode) turns into a day: a year with a month beside it,
a day and a month before a year, eight glued digits, a string that opens with four digits, a day
and a year around a word. A lone year ("(c) 2019", "(c) 2009-2019") has none of these shapes:
htmldate drops it, and the gate with it.

So a page the gate stops is one htmldate could not date. Checked directly: htmldate called as
newsgrab calls it, without the gate, on every page of the ScrapingHub, Readability and bench/meta
sets (608 pages): it dates 526, and the gate lets by all 526 (it stops 65 of the 82 others).
When htmldate's version changes, re-read the places listed in data/htmldate_reads.toml and re-run
that check (tests/test_dategate.py checks the window and the pruned tags against its settings): a
new place htmldate reads must be added here first. Until then a version not in the file's
`checked_versions` gets the broad gate (`may_hold_year`: a year anywhere), which this one replaced:
slower, but it cannot skip a page a new place of that version would date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import lxml.html
from lxml import etree

from newsgrab.data import load_toml, phrase_alternation

#: the shapes of a date htmldate's parser can read in a string (any script's digits: `int` reads
#: them): a year then a month, not a second year ("2019-03", "2019/03/05", but not "2010-2014"), a
#: day or a month then a year ("05.03.19", "3/2019"), eight glued digits, a month word between a day
#: and a year ("5 March 2019", "5. März 2019"), a month word then a day then a year ("March 5, 2019")
_DATE_SHAPES = re.compile(
    r"\d{4}[-/._][01]?\d(?!\d)|(?<!\d)\d{1,2}[-/.](?:\d{1,2}[-/.]\d\d|\d{4})|\d{8}"
    r"|\d\D{0,8}[^\W\d_]{3}[^\W\d_]*\D{0,4}\d{4}|[^\W\d_]{3}\s\d{1,2}\D{1,4}\d{4}"
)
#: the one date shape htmldate reads in a URL (the page's, its canonical link, og:url and og:image):
#: year, month and day between slashes, hyphens or underscores ("/2019/03/05/", "2019-03-05"); any
#: other string that holds a URL's scheme its parser drops whole
_URL_DATE = re.compile(r"(?<![0-9])(?:199|20[0-3])[0-9][-/_][0-9]{1,2}[-/_][0-9]")
_URL_SCHEMES = ("http", "ftp")
#: the hyphenated year-month-day htmldate looks for in the whole page and its text (its timestamp
#: patterns; JSON-LD's "datePublished"), in ASCII digits, one search per century (a search that
#: opens with a literal skips through the page in C)
_PAGE_STAMPS = (
    re.compile(r"199[0-9]-[01]?[0-9]-[0-3]?[0-9]"),
    re.compile(r"20[0-3][0-9]-[01]?[0-9]-[0-3]?[0-9]"),
)
#: the labelled day.month.year it also looks for in the whole page ("Datum: 05.03.19", "posted on
#: 3/5/2019", a Turkish "05.03.2019 tarihinde yayımlandı"): the digits, then what must stand before
#: them (a label's last letter, then spaces or colons; or "date" at most 20 characters before) or
#: after them (a Turkish suffix: an apostrophe or "t")
#: Searched from the first separator, one search for each (a search that opens with a literal skips
#: through the page in C, one that opens with a digit class is tried at every position: 10x slower),
#: overlapping matches too; a digit must stand before it, and what stands before that digit may end
#: in the first number's other digits.
_LABELLED_DIGITS = (re.compile(r"\.[0-9]{1,2}[./][0-9]{2}"), re.compile(r"/[0-9]{1,2}[./][0-9]{2}"))
_ASCII_DIGITS = frozenset("0123456789")
_LABEL_BEFORE = re.compile(r"(?:(?:[^\W\d_]|;)[ :]*|(?i:date)[^0-9\"]{0,30})[0-9]{0,3}\Z")
_DIGITS_THEN_SUFFIX = re.compile(r"[0-9][./][0-9]{1,2}[./][0-9]{2,4} *['\u2019t&]")
#: the attribute htmldate reads a Unix time from, on an <abbr> (Facebook's)
_EPOCH_ATTRIBUTE = "data-utime"
_CHARACTER_REFERENCE = "&#"
#: the broad gate's test: a year 1990-2039 in four digits (no digit boundaries: "20190305"), or a day,
#: a month and a two-digit year ("5.3.19"), or four digits beyond ASCII; one search each, the ones that
#: open with a literal first (they skip through the page in C)
_YEAR_DIGITS = (
    re.compile(r"199\d"),
    re.compile(r"20[0-3]\d"),
    re.compile(r"\d(?:[./-]\d{1,2}[./-]\d\d|(?<=[^0-9])\d{3})"),
)
#: `data-utime` as the markup may write it ("-utime" in any case: libxml2 lower-cases attribute names,
#: a page need not), opened by a literal so the search skips through the page in C
_EPOCH_IN_MARKUP = re.compile(r"-(?i:utime)")
#: a numeric reference to a character the gate's shapes read (a digit, "-", ".", "/", ":", a space, an
#: ASCII letter): "&#50;&#48;&#49;&#57;" is a year in the tree, not in the markup, so the tree is
#: serialized. Other references ("&#39;", "&#8217;", "&eacute;") stand for none of them, but one
#: may stand for a label's last letter (";" is taken for one) or for an apostrophe ("&" is taken
#: for one)
_ASCII_REFERENCE = re.compile(
    r"&#(?:0*(?:32|4[5-9]|5[0-8]|6[5-9]|[78][0-9]|90|9[7-9]|1[01][0-9]|12[0-2])(?![0-9])"
    r"|[xX]0*(?:20|2[d-fD-F]|3[0-9aA]|4[1-9a-fA-F]|5[0-9aA]|6[1-9a-fA-F]|7[0-9aA])(?![0-9a-fA-F]))"
)


@dataclass(frozen=True)
class _Reads:
    """data/htmldate_reads.toml, compiled."""

    meta_cues: re.Pattern[str]
    cue_tags: frozenset[str]
    always_tags: frozenset[str]
    cues: re.Pattern[str]
    heading_tags: tuple[str, ...]
    window: int
    pruned_tags: frozenset[str]
    pruned_div_ids: frozenset[str]


@lru_cache(maxsize=1)
def _reads() -> _Reads:
    data = load_toml("htmldate_reads.toml")
    return _Reads(
        meta_cues=re.compile(phrase_alternation(data["meta_cues"])),
        cue_tags=frozenset(data["cue_tags"]),
        always_tags=frozenset(data["always_tags"]),
        cues=re.compile(phrase_alternation(data["cues"])),
        heading_tags=tuple(data["heading_tags"]),
        window=int(data["text_window"]),
        pruned_tags=frozenset(data["pruned_tags"]),
        pruned_div_ids=frozenset(data["pruned_div_ids"]),
    )


def may_date(tree: lxml.html.HtmlElement, url: str | None, markup: str | None = None) -> bool:
    """Whether htmldate's markup search could find a date on the page (see the module docstring):
    False skips a search that would come back empty. `markup`: the text the tree was parsed from,
    when the caller has it (it holds every character of the tree; else the tree is serialized).
    Markup with a numeric reference to a digit, a separator or a letter is not read: "&#50;" is a
    digit only once parsed."""
    if url and _URL_DATE.search(url):
        return True
    reads = _reads()
    if any(_attributes_may_date(element, reads.meta_cues) for element in tree.iter("meta", "link", "time", "abbr")):
        return True
    if markup is None or (_CHARACTER_REFERENCE in markup and _ASCII_REFERENCE.search(markup)):
        markup = etree.tostring(tree, encoding="unicode")
    if any(stamp.search(markup) for stamp in _PAGE_STAMPS):
        return True
    return _labelled_digits(markup) or _elements_may_date(tree, reads)


def checked_versions() -> frozenset[str]:
    """The htmldate versions data/htmldate_reads.toml mirrors (`may_date` is a superset for them)."""
    return frozenset(load_toml("htmldate_reads.toml")["checked_versions"])


def may_hold_year(tree: lxml.html.HtmlElement, url: str | None, markup: str | None = None) -> bool:
    """The broad gate, for an htmldate version `may_date` was not checked against: a year (or a day,
    a month and a two-digit year, or an `<abbr data-utime>`) anywhere in the URL or the page, which
    every date any version's markup search gives holds. Nearly every page passes it."""
    if url and any(pattern.search(url) for pattern in _YEAR_DIGITS):
        return True
    if markup is None or _CHARACTER_REFERENCE in markup:
        markup = etree.tostring(tree, encoding="unicode")
    return _EPOCH_IN_MARKUP.search(markup) is not None or any(pattern.search(markup) for pattern in _YEAR_DIGITS)


def has_date_shape(text: str) -> bool:
    """Whether `text` (an attribute, an element's text) holds a date htmldate's parser could read."""
    text = text.strip()
    if any(scheme in text for scheme in _URL_SCHEMES):  # a URL: only its year/month/day path
        return _URL_DATE.search(text) is not None
    if text[:4].isdigit():  # its ISO and dateutil reading, where a fifth digit follows (a year alone is dropped)
        return any(character.isdigit() for character in text[4:])
    return _DATE_SHAPES.search(text) is not None


def _labelled_digits(markup: str) -> bool:
    for pattern in _LABELLED_DIGITS:
        found = pattern.search(markup, 1)
        while found is not None:
            start = found.start() - 1  # the first number's last digit
            if markup[start] in _ASCII_DIGITS and (
                _LABEL_BEFORE.search(markup, max(0, start - 40), start) or _DIGITS_THEN_SUFFIX.match(markup, start)
            ):
                return True
            found = pattern.search(markup, found.start() + 1)
    return False


def _elements_may_date(tree: lxml.html.HtmlElement, reads: _Reads) -> bool:
    for element in tree.iter(*reads.cue_tags, *reads.always_tags, *reads.heading_tags):
        if element.tag in reads.cue_tags and not _has_cue(element, reads.cues):
            continue
        if has_date_shape(element.get("title", "")) or has_date_shape(_window(element, reads)):
            return True
    return False


def _attributes_may_date(element: lxml.html.HtmlElement, meta_cues: re.Pattern[str]) -> bool:
    """A <meta> htmldate reads by its name (its content, its datetime), the canonical <link>, and
    every <time> and <abbr> (their attributes and text)."""
    if element.tag == "meta":
        names = " ".join(element.get(key, "") for key in ("name", "property", "itemprop", "http-equiv"))
        if "pubdate" not in element.attrib and not meta_cues.search(names.lower()):
            return False
        return any(has_date_shape(element.get(key, "")) for key in ("content", "datetime"))
    if element.tag == "link":
        return element.get("rel") == "canonical" and _URL_DATE.search(element.get("href", "")) is not None
    if _EPOCH_ATTRIBUTE in element.attrib:
        return True
    return any(has_date_shape(value) for value in element.attrib.values()) or has_date_shape(element.text_content())


def _has_cue(element: lxml.html.HtmlElement, cues: re.Pattern[str]) -> bool:
    get = element.get
    names = f"{get('class', '')} {get('id', '')} {get('itemprop', '')}"
    return len(names) > 2 and cues.search(names.lower()) is not None


def _window(element: lxml.html.HtmlElement, reads: _Reads) -> str:
    """The element's text as htmldate's element reader cuts it: the text htmldate's copy of the
    page keeps (`_kept_text`), its first `window` characters once runs of spaces are one space. Read
    piece by piece, never the whole text of a large element."""
    pieces: list[str] = []
    seen = 0
    for piece in _kept_text(element, reads):
        pieces.append(piece)
        seen += len("".join(piece.split()))
        if seen >= reads.window:  # as many characters besides spaces: the window is full
            break
    return " ".join("".join(pieces).split())[: reads.window]


def _kept_text(element: lxml.html.HtmlElement, reads: _Reads) -> Iterator[str]:
    """The element's text in document order (as `text_content()`: no comment's text) without the
    elements htmldate prunes: a pruned tag's text goes and its tail stays, the archive.org banner
    goes with its tail. Walked with a stack, not recursion (a page may nest deeper than Python)."""
    stack: list[tuple[etree._Element, bool]] = [(element, False)]
    while stack:
        node, tail_only = stack.pop()
        if tail_only:
            if node.tail:
                yield node.tail
            continue
        if node.text and isinstance(node.tag, str):
            yield node.text
        for child in reversed(node):
            if child.tag == "div" and child.get("id") in reads.pruned_div_ids:
                continue
            stack.append((child, True))
            if isinstance(child.tag, str) and child.tag not in reads.pruned_tags:
                stack.append((child, False))
