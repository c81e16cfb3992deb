"""A byline without its label or byline markup: linked names right before the date, under the headline.

Many themes print the article's byline as a bare name beside the date, in elements that no class or
label calls a byline: "<a href=/profiles/janedoe8/>Jane Doe</a> | May 14, 2019 6:00 a.m. PT",
"<a href=.../staff/mia-tran-1.234>Mia Tran</a> · Example News · Posted: Oct 4, 2021". When no
structured data, markup or label names the author, that line still does. Three cues, no words:

- position: an element of the article header after the headline (`headerzone`; above it sit the
  kicker and the rubric, "Personal Essay | May 5, 2016 Issue"), whose names stand right
  before its first date, on the same line, on the line above the date's or in the element before it
  ("<div><a>Raul Ortiz</a></div><div>December 2, 2018</div>"); the first dated element after the
  headline is read, no further (a related story's line lower down is not the article's);
- shape: whole names (two or more capitalised words, particles aside, or a script without case),
  not capitals (a dateline's "WASHINGTON"), not an organisation alone, not a phrase;
- agreement: a name counts when it is a link whose address spells each of its words ("Jane Doe"
  -> "/profiles/janedoe8/", "Raul Ortiz" -> "/u/ortizraul"), as an author's page does under any
  path word; a place or topic beside a date (a city, "North Korea" -> "/asia/") is plain text
  or a link to a section that does not spell it. The names are read up to the first one that no link
  spells: a section's link after them ("Jane Doe, All, Bike Reviews" -> "/category/bike-reviews/")
  is no author.

Since s34 the same line is read past the article header too, in the stretch the far labelled line
is read in (`dated_linked_names`: a meta bar at the top of the story's own container, after share
buttons), and only the first dated line there. And a header line with no date that is such a linked
name and a role of the byline lexicon ("Jane Doe Contributor", `role_name_line`).

Tuned on the tune half's pages with their structured authors and byline-named markup taken out (as an
unseen site may write them): it reads 11 of the 290 tune documents so, 9 of them as the page's
other sources name the author, one the site's own name (left to `authors.read_authors`, which takes
an organisation only when no person is named), one a first author without the second, unlinked one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

import lxml.html

from newsgrab.meta.afterheadline import DATED_BAR_LEVELS, Step
from newsgrab.meta.dates import DATE_PHRASE_RE, has_digit
from newsgrab.meta.elementtext import block_spaced_text, line_lead, short_spaced_text, spaced_text
from newsgrab.meta.headerzone import HEADER_LEVELS, header_parts
from newsgrab.meta.nameparts import name_shaped
from newsgrab.meta.pagescan import PageScan
from newsgrab.meta.people import is_phrase, split_authors
from newsgrab.meta.roles import (
    is_desk_and_role,
    is_organisation,
    is_role,
    mentions_role,
    person_with_outlet,
    rejoin_role_lines,
    strip_trailing_role,
)
from newsgrab.meta.scanresult import HeaderPart
from newsgrab.meta.titlenames import ascii_fold, ascii_spellings

#: characters; a header element longer than this holds more than a byline and its date
MAX_PART_CHARS = 200
#: characters; the names before the date are at most this long ("Jane Doe and John Smith · Example News")
MAX_NAMES_CHARS = 70
#: letters; a shorter word of a name (an initial, "de") need not be spelt in its link's address
MIN_SPELT_LETTERS = 2
#: the digits of a date that DATE_PHRASE_RE leaves to others ("11/19/2019", "2019.4.28", "2019年3月2日")
_NUMERIC_DATE_RE = r"(?<!\d)(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)"
#: a date in words or in digits
_DATE_RE = re.compile(rf"{DATE_PHRASE_RE.pattern}|{_NUMERIC_DATE_RE}", DATE_PHRASE_RE.flags)
#: what may stand around the names with nothing else: separators and space
_SEPARATORS = " |·•,-–—/"
_DIGITS_RE = re.compile(r"\d+")


def dated_name_line(scan: PageScan) -> list[str]:
    """The linked names that open a line of the first header element after the headline with a date
    in it ("Jane Doe | May 14, 2019"); [] when there is none."""
    headline = scan.headline
    if headline is None:
        return []
    previous: lxml.html.HtmlElement | None = None  # the element before, when it held no date
    later = _later_siblings(headline)
    for part, text in header_parts(scan, preceding_first=False):
        if not _follows(part, later):
            break  # the parts after the headline come first; the rest sit above it
        if not has_digit(text) or _first_date(text) is None:
            previous = part if text else previous
            continue
        lines = block_spaced_text(part) if short_spaced_text(part, MAX_PART_CHARS) else ""
        names, holder = _names_by_date(lines), part
        if not names and previous is not None and _opens_with_date(lines):
            # the names in the element before the date's: "<div><a>Jane Doe</a></div><div>May 3, 2021</div>"
            names, holder = _whole_names(short_spaced_text(previous, MAX_NAMES_CHARS)), previous
        # the first dated element after the headline is the byline's or there is none here
        return _spelt_names(names, holder)
    return []


def dated_linked_names(steps: list[Step]) -> list[str]:
    """The same line further down: linked names by a date between the headline and the body, past the
    article header (`afterheadline.stretch`, the steps of its first walk), as a template prints its meta
    bar at the top of the story's own container: "<div><a href=/user/jane-doe>Jane Doe</a> <span>05.24.16
    </span></div>" after the headline's block and a row of share buttons. The first link whose text is a
    whole name its address spells (`_spelt_by_link`) and that opens its line is read, with the short
    element around it that holds a date (DATED_BAR_LEVELS up); its names are read as in the header. As
    in the header, only the first dated line counts: a date in the walk before such a link ends it
    ("Updated May 3, 2021" over a related story's "<a>Jane Doe</a> 4 May 2021")."""
    for el, own, mask in steps:
        if not mask & 1:
            continue
        if el.tag == "a":
            # the line's lead last: it reads the elements before the link, the link's own text does not
            text = short_spaced_text(el, MAX_NAMES_CHARS)
            if text and _whole_names(text) == [text] and _spelt_by_link(text, el) \
                    and not line_lead(el).strip(_SEPARATORS):
                holder = _dated_holder(el)
                names = _spelt_names(_names_by_date(block_spaced_text(holder)), holder) if holder is not None else []
                if names:
                    return names
                continue
        tail = el.tail
        if (own and has_digit(own) and _first_date(own) is not None) or (
                tail and has_digit(tail) and _first_date(tail) is not None):
            return []  # the first dated line is no linked byline
    return []


def _spelt_names(names: list[str], holder: lxml.html.HtmlElement) -> list[str]:
    """`names` from the date's side on, up to the first one that no link in `holder` spells (a category
    link after them: "Jane Doe, All, Bike Reviews" -> "/category/bike-reviews/")."""
    return list(itertools.takewhile(lambda name: _spelt_by_link(name, holder), names))


def _dated_holder(el: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """`el` or the nearest of its DATED_BAR_LEVELS containers whose short text holds a date, if it is
    short (a meta bar, not a section of the story); None when the first text to hold one is too long."""
    node: lxml.html.HtmlElement | None = el
    for _level in range(DATED_BAR_LEVELS + 1):
        if node is None:
            return None
        text = short_spaced_text(node, MAX_PART_CHARS)
        if not text:
            return None
        if _first_date(text) is not None:
            return node
        node = node.getparent()
    return None


def role_name_line(scan: PageScan) -> list[str]:
    """The author of a header line that is a linked name and a role, with no date or label: "<a
    href=/bio/27281/Jane+Doe>Jane Doe</a> <span>Contributor</span>" under the headline (a reporter's
    card beside the dateline). Self-reference and a role of the byline lexicon: the link's address
    spells the whole name (`_spelt_by_link`), and what follows the name on its line is a role or a desk
    and role only ("Staff Writer", "Example News Reporter": `roles`), so a topic link naming a person
    ("<a href=/topic/jane-doe>Jane Doe</a>, who chairs the board") is no byline. After the headline,
    in the article header, the first such line."""
    for part, text in _parts_after_headline(scan):
        if not text or not mentions_role(text) or not short_spaced_text(part, MAX_PART_CHARS):
            continue
        lines = [line.strip(_SEPARATORS) for line in rejoin_role_lines(block_spaced_text(part)).split(" | ")]
        for line, below in zip(lines, [*lines[1:], ""], strict=True):
            name = strip_trailing_role(line)
            # the role on the name's line ("Jane Doe Contributor") or on the line under it ("Example News Reporter")
            role = line[len(name):].strip(_SEPARATORS) or (below if name == line else "")
            if role and (is_role(role) or is_desk_and_role(role)) and _whole_names(name) == [name] \
                    and _spelt_by_link(name, part):
                return [name]
    return []


def outlet_name_line(scan: PageScan) -> list[str]:
    """The author of the first line after the headline that is a person's name and their outlet, with
    no label and no date ("<p>Nora Vale, University of Harbourtown</p>" over the first paragraph: a
    research-news piece republished, a cross-post's signature; `roles.person_with_outlet`). The shape
    alone, a name and an organisation's or a publication's name after one comma, says the line signs
    the story; a headline's standfirst is a phrase, a caption's credit is in a <figcaption>. A bar
    parts them as a comma does ("Nora Vale | The Harbour Courier"), and a date may close the line."""
    for part, text in _parts_after_headline(scan):
        head = text[:MAX_OUTLET_LINE_CHARS]
        line = _first_line(part) if "," in head or "|" in head else ""
        if line and (person := person_with_outlet(_without_dated_tail(line))):
            return [person]
    return []


def _without_dated_tail(line: str) -> str:
    """`line` without the parts after its last bar that hold a digit ("Nora Vale | The Harbour Courier |
    March 3, 2024" -> "Nora Vale | The Harbour Courier"): a signature run on into its date. Only a
    signature parted by bars loses its date so: a comma's ("New Delhi , News Nation Bureau | Updated
    ...") is a dateline's place and the desk as often as a person and an outlet, and keeps the line."""
    parts = line.split("|")
    while len(parts) > 1 and has_digit(parts[-1]):
        parts.pop()
    kept = "|".join(parts)
    return kept if "|" in kept else line


def _parts_after_headline(scan: PageScan) -> Iterator[HeaderPart]:
    """The article header's parts after the headline, each a later sibling of it or of one of its
    HEADER_LEVELS containers (`_follows`), in order; none on a page without a headline."""
    headline = scan.headline
    if headline is None:
        return
    later = _later_siblings(headline)
    for part, text in header_parts(scan, preceding_first=False):
        if not _follows(part, later):
            return
        yield part, text


#: characters; a "Name, Outlet" line is at most this long
MAX_OUTLET_LINE_CHARS = 120
#: elements an outlet line may sit inside its header part, first child each ("<div><p>Name, X</p>...")
MAX_OUTLET_LINE_DEPTH = 3
#: elements whose first line is no byline (a picture's caption, a script)
_NOT_LINE_TAGS = frozenset({"figure", "figcaption", "script", "style", "noscript", "template"})


def _first_line(part: lxml.html.HtmlElement) -> str:
    """The text of `part` when it is a short line, else of its first element child, and so on down
    (MAX_OUTLET_LINE_DEPTH): the first line of a body's container that opens with the signature."""
    node: lxml.html.HtmlElement | None = part
    for _ in range(MAX_OUTLET_LINE_DEPTH):
        if node is None:
            return ""
        text = short_spaced_text(node, MAX_OUTLET_LINE_CHARS)
        if text:
            return text
        node = next((c for c in node.iterchildren() if isinstance(c.tag, str) and c.tag not in _NOT_LINE_TAGS), None)
    return ""


def _later_siblings(headline: lxml.html.HtmlElement) -> list[tuple[lxml.html.HtmlElement, set[Any]]]:
    """(parent, its children after the headline or the headline's container) for the headline and
    each of its HEADER_LEVELS containers: read once a page, where `parent.index(part)` per part was
    n² on a parent of many children (100,000 unclosed <p> took over 60 s, s45-fuzz)."""
    levels: list[tuple[lxml.html.HtmlElement, set[Any]]] = []
    node: lxml.html.HtmlElement | None = headline
    for _level in range(HEADER_LEVELS):
        parent = node.getparent() if node is not None else None
        if node is None or parent is None:
            break
        levels.append((parent, set(node.itersiblings())))
        node = parent
    return levels


def _follows(part: lxml.html.HtmlElement, later: list[tuple[lxml.html.HtmlElement, set[Any]]]) -> bool:
    """Whether `part` is a later sibling of the headline or of one of its HEADER_LEVELS containers."""
    mine = part.getparent()
    return any(part in after for parent, after in later if parent is mine)


def _names_by_date(text: str) -> list[str]:
    """The whole names that open the line where the first date of `text` starts, or the line above it
    when the date (maybe after its label: "Posted: 3 May 2021") opens its own. Not the names after
    the date ("18/03/2019 | Jane Doe"): no tune page of the benchmarks prints its byline so under
    the headline, and the categories a theme lists there are linked as names are."""
    found = _first_date(text)
    if found is None:
        return []
    lines = text[:found].split(" | ")
    head = lines[-1].strip(_SEPARATORS)
    if not split_authors(head) and len(lines) >= 2:  # the date opens its line: the names are on the one above
        head = lines[-2].strip(_SEPARATORS)
    return _whole_names(head)


def _opens_with_date(text: str) -> bool:
    """Whether `text` starts with its date, maybe after a label ("Posted: 3 May 2021")."""
    found = _first_date(text)
    return found is not None and not split_authors(text[:found])


def _first_date(text: str) -> int | None:
    """Where the first date of `text` starts, at the start of a word."""
    found = next((m for m in _DATE_RE.finditer(text) if m.start() == 0 or not text[m.start() - 1].isalnum()), None)
    return found.start() if found else None


def _whole_names(head: str) -> list[str]:
    """The people `head` names when it opens with names (an organisation or role may follow them)."""
    if not head or len(head) > MAX_NAMES_CHARS or head.isupper():
        return []
    names = [n for n in split_authors(head, marked=True) if not is_phrase(n)]
    if not names or not head.startswith(names[0]):
        return []
    people = [n for n in names if not is_organisation(n)]
    return people if people and all(name_shaped(n) and not n.isupper() for n in people) else []


def _spelt_by_link(name: str, part: lxml.html.HtmlElement) -> bool:
    """Whether a link in `part` whose text is `name` has an address that spells each word of it, in
    any of its ASCII spellings ("Jörg Lund" -> "/u/joerg-lund" or "/u/jorg-lund", `ascii_spellings`)."""
    words = [(_letters(w), *ascii_spellings(w.casefold()))
             for w in name.split() if len(_letters(w)) >= MIN_SPELT_LETTERS]
    if not words:
        return False
    for link in part.iter("a"):
        href = link.get("href")
        if href and spaced_text(link) == name:
            address = _letters(unquote(href))
            if all(any(s in address for s in spellings) for spellings in words):
                return True
    return False


def _letters(text: str) -> str:
    """Letters only, casefolded, accents dropped: "María" and "/autor/maria_rodriguez" compare."""
    return _DIGITS_RE.sub("", ascii_fold(text))
