"""What a line of a text dump opens with, as the converters mark it: the syntax `lines.split_blocks`
reads before it groups lines into units.

Markdown's code fences, ATX (`#`) and setext (`===`) headings, thematic breaks, bullets of every
converter (`*`, `-`, `•`, and the `o` of nested lists in lynx and inscriptis), numbered items, `>`
quotes, table rules, and lynx's marks for page parts it does not print as text. Each mark is a
pattern, and where a pattern alone misreads a line (a lone "14. Plan your meals" between paragraphs,
an `o` that starts a wrapped line, a bullet that opens the next item under a full line) a function
reads the lines around it. Split from text/lines.py at stop 56 (s46-mend), which had reached the
house limit: the marks here, the grouping of lines into units there.
"""

from __future__ import annotations

import re

from newsgrab.text.wrap import MIN_WRAP_WIDTH, display_width

FENCE_RE = re.compile(r"^\s*(```|~~~)")
_ATX_RE = re.compile(r"^\s*(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
#: what opens an ATX heading: `_ATX_RE` up to its text (`atx_heading` finds where the text ends)
_ATX_OPEN_RE = re.compile(r"\s*(#{1,6})\s+")
SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
#: a thematic break: markdown's `***`, `---`, `___` (and `===`), or w3m's `<hr>`, a row of box-drawing
#: strokes (`━━━━`, `────`) that would otherwise be read as a line of the paragraph next to it
RULE_RE = re.compile(r"^\s*(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,}|[━─]{3,}\s*)$")
#: a bullet of any converter; `o` (lynx, inscriptis) only when indented, see `bullet`
BULLET_RE = re.compile(r"^(\s*)([-*+•◦▪▫‣∙·☆★■□►➢➤o])\s+(?=\S)")
EMPTY_BULLET_RE = re.compile(r"^\s*[-*+•◦▪▫‣∙·☆★■□►➢➤o](?:\s+[-*+•◦▪▫‣∙·☆★■□►➢➤])*\s*$")
#: the characters a line's first non-space character is for either bullet pattern to be tried at all
BULLET_CHARS = frozenset("-*+•◦▪▫‣∙·☆★■□►➢➤o")
#: a numbered item as converters write an ordered list ("1. "); "1) " is left as text: converters do
#: not write it, so it is the page's own numbering, which is part of the article's text
NUMBERED_RE = re.compile(r"^\s*\d{1,3}\.\s+(?=\S)")
QUOTE_RE = re.compile(r"^\s*>\s?")
TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
#: lynx's marks for page parts it does not show as text: `<link rel>` lines (`#alternate`), form
#: fields (`____`), buttons, and an image shown as its alt text in brackets on a line of its own
CHROME_LINE_RE = re.compile(r"^\s*(?:#[A-Za-z][\w-]*(?:\s\S+)?|_{4,}.*|\(BUTTON\).*|\[[^\[\]]*\])\s*$")

#: share of a text's lines at most at the left margin for those lines to be its headings
MAX_FLUSH_SHARE = 0.15
#: lines a numbered item may be wrapped over before the next item of its list
MAX_ITEM_LINES = 4


def numbered(lines: list[str], index: int, after_item: bool) -> re.Match[str] | None:
    """A numbered item ("2. Text"), when it is one of a list: right after another numbered item, or
    with one among the next few lines before a blank line. A numbered line alone between paragraphs
    ("14. Plan your meals") is a heading or a sentence whose number is part of its text."""
    match = NUMBERED_RE.match(lines[index])
    if match is None or after_item:
        return match
    for line in lines[index + 1: index + 1 + MAX_ITEM_LINES]:
        if not line.strip():
            return None
        if NUMBERED_RE.match(line):
            return match
    return None


def indents_paragraphs(lines: list[str]) -> bool:
    """Whether the text indents its paragraphs and leaves its headings flush left (lynx does): of
    the lines long enough to be wrapped prose, at most MAX_FLUSH_SHARE start at the margin."""
    flush = indented = 0
    for line in lines:
        if len(line) >= MIN_WRAP_WIDTH:
            first = line[0]  # (a bullet needs a space or a bullet character first: most lines have neither)
            if (first in BULLET_CHARS or first.isspace()) and BULLET_RE.match(line):
                continue
            if first == " ":
                indented += 1
            else:
                flush += 1
    return indented > 0 and flush <= MAX_FLUSH_SHARE * (flush + indented)


def bullet(line: str, prev_indent: int | None, prev_item: bool) -> re.Match[str] | None:
    """A list bullet at the start of `line`; `o` only when indented and not a wrapped line's start
    (a line at the indentation of a paragraph line above it, unless that line was an item too)."""
    match = BULLET_RE.match(line)
    if match is None:
        return None
    if match.group(2) == "o" and (not match.group(1) or (prev_indent == len(match.group(1)) and not prev_item)):
        return None
    return match


def atx_heading(line: str) -> tuple[int, int, int] | None:
    """The level of an ATX heading ("## Text ##") and where its text starts and ends in `line`, as
    `_ATX_RE` reads them (its groups 1 and 2), or None for no heading. The pattern's lazy text ends
    at the first place its tail (closing hashes after a space, trailing spaces) could match, tried at
    every character: some 4 us a heading line of a markdown dump. The tail is read off the line's end
    instead: the spaces after the text, or a run of hashes with spaces before it."""
    opening = _ATX_OPEN_RE.match(line)
    if opening is None:
        return None
    if "\n" in line:  # (`.` stops at a line break, `$` before a last one: no line of a split text holds one)
        heading = _ATX_RE.match(line)
        return None if heading is None else (len(heading.group(1)), heading.start(2), heading.end(2))
    start = opening.end()
    text = line.rstrip()
    end = len(text)
    if text[-1] == "#" and end > start:  # (the hashes the opening ended with are not a closing run)
        before = text.rstrip("#")
        if len(before) > start and before[-1].isspace():  # closing hashes set off by a space
            end = len(before.rstrip())
    return len(opening.group(1)), start, max(start, end)


def outdented_item(line: str, indent: int, prev: tuple[int, str, int], width: int) -> bool:
    """Whether a line opens the next list item rather than going on with the wrapped line above
    (`prev`: its number, line, and the column where its text starts), however full that line was.

    A wrapper puts the rest of a line at the column where that line's text starts (under an item's
    text, not under its bullet), so a bullet or item number at another column starts an item of its
    own (lynx's "    2. The Saltmarsh Oyster Fair ... May" / "    3. Van driver hurt ..."). The line above
    must be within the wrap width: a wider one (an unbreakable link) shows nothing of the wrapper's
    columns, and html2text's menus of such lines are left as they were read before."""
    return (indent != prev[2] and display_width(prev[1].rstrip()) <= width
            and (BULLET_RE.match(line) is not None or NUMBERED_RE.match(line) is not None))
