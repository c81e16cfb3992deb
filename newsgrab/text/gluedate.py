"""The date of a header line that glues it to a name, a label or a section: read under the headline.

A theme prints the story's date on one line with what stands beside it in the markup, and a converter
that joins inline elements leaves them on one line: the source and the author around it ("Harbour
Daily 4/23/2018 Jane Doe"), the author before it and a second, relative stamp after it ("Jane
Doe 3/14/15 9:26am Yesterday 9:26am"), the section after it ("March 2nd, 2014 in Weather"), a label
the HTML path's lexicon does not hold before it ("First Posted: 07-19-11 04:05 PM | Updated: ...").
None of these reads as a dateline (`date_first` wants the date first and a name or nothing after it,
`kicker_date` the date last), so the story's date went unread while it sat right under the headline.
A converter that joins inline elements without a space glues the date to the name before it as one
word ("Harbour DailyMarch 4, 2019"), where a month-first date phrase, which starts on a word's edge,
is not found: a lower-case letter that runs straight into a capital where a whole date starts is the
join of two elements (no word goes on from a lower-case letter into a month's name), and the space is
put back first (`unglued_date`; a day-first date, "Harbour Daily12 May 2021", is found glued as it is).

Shape, not words, tells such a line from a sentence that holds a date: the words on either side of
the one date are a few capitalised words each (a name, a label, a section), with no sentence or clause
mark and no other number once clock times are cut off; one short lower-case word may open what
follows the date (the "in" of "in Weather", the "by" of "by Jane Doe"). A line that names two days is no
such line (a teaser's list, "March 3 - March 5, 2021"), nor is a list item (a teaser list's item).
Position does the rest: only the few blocks right under the headline or under another printing of it
are read (`read_glued_dates`), where a line of this shape is the story's; further away the same
shape is a teaser's or a comment's. A last change's date ("... | Updated: ...") is cut off first,
as every dateline reader cuts it (`split_at_modified_label`). Only the date is read: the names on
the line are the byline readers' to take (text/byline.py), and what the header lacks is all that is
filled.
"""

from __future__ import annotations

import re

from newsgrab.meta.dates import DATE_PHRASE_RE, has_digit, parse_date, parse_stamp, split_at_modified_label
from newsgrab.meta.lexicon import credit_history
from newsgrab.meta.titles import fold_title
from newsgrab.model import Block, Metadata
from newsgrab.text.datelines import CLOCK_WORDS, TEXT_DATE_RE, numeric_date
from newsgrab.text.header import MAX_HEADER_LINE_CHARS

#: blocks under the headline (or another printing of it) read for a glued date
LINES_UNDER_HEADLINE = 3
#: words on either side of the date at most: a source's or a person's name, a label, a section
MAX_SIDE_WORDS = 4
#: letters of the one lower-case word that may open what follows the date ("in", "by", "em", "à")
MAX_JOINER_CHARS = 3

#: a numeric date anywhere in a line, either order, two- or four-digit year ("4/23/2018", "3/14/15",
#: "07-19-11"); `_numeric_day` decides whether its order is known
_NUMERIC_RE = re.compile(r"(?<![\d./:-])\d{1,2}(?P<sep>[./-])\d{1,2}(?P=sep)(?:\d{4}|\d{2})(?![\d./:-])")
#: what parts a numeric date's numbers
_SEP_RE = re.compile(r"[./-]")
#: a clock time, with its am/pm and its zone ("9:26am", "04:05 PM", "8:15 PM UTC", "at 10h00")
_CLOCK_RE = re.compile(rf"(?:\b(?:{CLOCK_WORDS})\s+)?\d{{1,2}}[:.h]\d{{2}}(?::\d{{2}})?(?:\s*[AaPp]\.?[Mm]\.?)?"
                       r"(?:\s+[A-Z]{2,4}\b)?")
#: what parts the words beside the date from each other and from it
_GAP_RE = re.compile(r"[\s,/|•·–—-]+")
#: where a lower-case letter meets a capital: the start a month-first date glued to a name would have
_EDGE_RE = re.compile(r"(?<=[a-zß-öø-ÿа-я])(?=[A-ZÀ-ÖØ-ÞА-Я])")
#: what no name, label or section holds: a sentence's or a clause's marks, a quotation, a bracket
_NOT_LABEL = frozenset(".!?;\"“”«»()[]、。！？「」『』【】…")


def _numeric_day(token: str) -> str | None:
    """The ISO day of a numeric date token when its order is known: a month-first US form
    (`numeric_date`: a two-digit year with slashes, or one whose day is over 12) or a four-digit-year
    date whose day and month cannot swap; None when only the page's language could tell."""
    if len(_SEP_RE.split(token)[-1]) == 2:  # "3/14/15", "07-19-11": a US theme's, read month first
        return numeric_date(token)
    stamp = parse_stamp(token)  # "4/23/2018" (23 is no month); "05.03.2022" may be either order
    return stamp.iso if stamp is not None and stamp.swapped is None else None


def unglued_date(text: str) -> str:
    """`text` with a space put back before each date glued to the lower-case letter before it
    ("Harbour DailyMarch 4, 2019" -> "Harbour Daily March 4, 2019"; the module's docstring); `text`
    itself when none is. The date phrase is matched on the rest of the line: the word boundary it
    opens with does not hold inside a word."""
    cuts = [edge.start() for edge in _EDGE_RE.finditer(text)
            if (phrase := DATE_PHRASE_RE.match(text[edge.start():])) is not None and parse_date(phrase.group(0))]
    if not cuts:
        return text
    return " ".join(text[start:end] for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True))


def _is_label(side: str, *, after: bool) -> bool:
    """Whether the words on one side of the date are a name's, a label's or a section's: at most
    MAX_SIDE_WORDS words, no digit, no sentence mark, each capitalised (or written in a script without
    case), but for one short lower-case word opening what follows the date."""
    words = [word for word in _GAP_RE.split(side.rstrip(":")) if word]
    if len(words) > MAX_SIDE_WORDS or has_digit(side) or any(mark in _NOT_LABEL for mark in side):
        return False
    if after and words and words[0].islower() and len(words[0]) <= MAX_JOINER_CHARS and len(words) > 1:
        words = words[1:]
    return all(not word[0].islower() for word in words)


def glued_date(text: str) -> str | None:
    """The ISO day of a line that is one date glued to a name, a label or a section (see the module's
    docstring); None for anything else (a bare dateline too: the dateline readers take one)."""
    if len(text) > MAX_HEADER_LINE_CHARS or not has_digit(text) or credit_history().search(text):
        return None  # (a credit's "Erstveröffentlichung: X, 4. März 2024" dates the original)
    text = unglued_date(split_at_modified_label(text)[0])
    phrases = [(m.start(), m.end(), parse_date(m.group(0))) for m in TEXT_DATE_RE.finditer(text)]
    numbers = [(m.start(), m.end(), _numeric_day(m.group(0))) for m in _NUMERIC_RE.finditer(text)
               if not any(start <= m.start() < end for start, end, _ in phrases)]  # ("28.06.2022" is both)
    found = [hit for hit in phrases + numbers if hit[2] is not None]
    if len(found) != 1:
        return None
    start, end, when = found[0]
    before, after = text[:start].strip(), _CLOCK_RE.sub(" ", text[end:]).strip(" ,|•·–—-")
    if not (before or after) or not _is_label(before, after=False) or not _is_label(after, after=True):
        return None
    return when


def read_glued_dates(blocks: list[Block], headline: int, title: str, meta: Metadata) -> set[int]:
    """Fill `meta.published` from the first glued date (`glued_date`) among the LINES_UNDER_HEADLINE
    blocks under the headline at `headline` or under another printing of it (a block whose folded
    text is `title`'s; not the text's first line, the `<title>` a converter prints above the site's
    header); return the index of the line read (a header line, to leave out of the body)."""
    if meta.published is not None:
        return set()
    key = fold_title(title)
    shortest, longest = len(title) // 2, 2 * len(title)  # a printing's length: folding every line costs
    anchors = [headline] + ([index for index, block in enumerate(blocks) if index not in (0, headline)
                             and shortest <= len(block.text) <= longest and fold_title(block.text) == key]
                            if key else [])
    for anchor in anchors:
        for index in range(anchor + 1, min(len(blocks), anchor + 1 + LINES_UNDER_HEADLINE)):
            block = blocks[index]
            # (a line that is one link as a whole is another page's headline with its date, as
            # take_header_line holds it: a related story's)
            if (block.kind == "p" and block.link_chars < len(block.text)
                    and (when := glued_date(block.text)) is not None):
                meta.published = when
                meta.provenance["published"] = "header-line"
                return {index}
    return set()
