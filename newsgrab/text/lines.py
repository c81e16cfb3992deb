"""The lines of a text dump grouped back into the units they were on the page (raw blocks).

HTML-to-text converters each leave their own syntax: markdown headings (`#` and `===`/`---`
underlines), bullets (`*`, `-`, `+`, `•`, and the `o`, `☆` of nested lists in lynx, inscriptis and
w3m), numbered items, `>` quotes, code fences, tables (`| a | b |` or html2text's `a | b` with a
`---|---` rule), reference link definitions and lynx's "References" list. Some hard-wrap prose at a
fixed width (html2text at 78 columns, lynx, w3m) and break a markdown link across lines; others
(BeautifulSoup's `get_text("\\n")`) put every text node of a paragraph on its own line, and the
whitespace node between two links on a line of one space (`nodes.py` says which of those are spaces
inside a sentence). This module undoes both, so every later step sees one unit per paragraph,
heading or list item.

Wrapping is read from the document's shape, not from the converter's name: when nearly every line
with spaces stays within one width and many lines reach it, that is the wrap width, and a line
continues the one above exactly when its first word would not have fitted there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgrab.text.brackets import is_bracketed_text
from newsgrab.text.glue import BREAKS_AFTER, is_header_break, is_nested_header, is_weekday_dateline, opens_with_header
from newsgrab.text.markup import join_split_links, may_hold_references, take_references
from newsgrab.text.mathml import formulas_as_text
from newsgrab.text.nodes import space_joins
from newsgrab.text.wrap import (
    MIN_WRAP_WIDTH,
    WRAP_BAND,
    breaks_word,
    continues,
    display_width,
    goes_on_mid_sentence,
    is_hard_wrapped,
    join_line,
    join_lines,
    keeps_source_breaks,
    source_broken,
    wrap_width,
    wraps,
)

_FENCE_RE = re.compile(r"^\s*(```|~~~)")
_ATX_RE = re.compile(r"^\s*(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
#: what opens an ATX heading: `_ATX_RE` up to its text (`_atx_heading` finds where the text ends)
_ATX_OPEN_RE = re.compile(r"\s*(#{1,6})\s+")
_SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
#: a thematic break: markdown's `***`, `---`, `___` (and `===`), or w3m's `<hr>`, a row of box-drawing
#: strokes (`━━━━`, `────`) that would otherwise be read as a line of the paragraph next to it
_RULE_RE = re.compile(r"^\s*(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,}|[━─]{3,}\s*)$")
#: a bullet of any converter; `o` (lynx, inscriptis) only when indented, see `_bullet`
_BULLET_RE = re.compile(r"^(\s*)([-*+•◦▪▫‣∙·☆★■□►➢➤o])\s+(?=\S)")
_EMPTY_BULLET_RE = re.compile(r"^\s*[-*+•◦▪▫‣∙·☆★■□►➢➤o](?:\s+[-*+•◦▪▫‣∙·☆★■□►➢➤])*\s*$")
#: the characters a line's first non-space character is for either bullet pattern to be tried at all
_BULLET_CHARS = frozenset("-*+•◦▪▫‣∙·☆★■□►➢➤o")
#: a numbered item as converters write an ordered list ("1. "); "1) " is left as text: converters do
#: not write it, so it is the page's own numbering, which is part of the article's text
_NUMBERED_RE = re.compile(r"^\s*\d{1,3}\.\s+(?=\S)")
_QUOTE_RE = re.compile(r"^\s*>\s?")
_TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
#: lynx's marks for page parts it does not show as text: `<link rel>` lines (`#alternate`), form
#: fields (`____`), buttons, and an image shown as its alt text in brackets on a line of its own
_CHROME_LINE_RE = re.compile(r"^\s*(?:#[A-Za-z][\w-]*(?:\s\S+)?|_{4,}.*|\(BUTTON\).*|\[[^\[\]]*\])\s*$")

#: lines above a `===` underline read as one first-level heading at most (a headline wrapped or broken at
#: a <br> takes two or three; a longer paragraph over a row of `=` is a plain text's, with a rule under it)
MAX_SETEXT_LINES = 3
#: characters of `=` at least under a heading of several lines (converters underline as wide as the text)
MIN_UNDERLINE_CHARS = 3
#: share of a text's lines at most at the left margin for those lines to be its headings
MAX_FLUSH_SHARE = 0.15
#: lines a numbered item may be wrapped over before the next item of its list
MAX_ITEM_LINES = 4
#: characters; a paragraph this long that a blank line cut mid-sentence is joined with the next
MIN_BROKEN_CHARS = 120


@dataclass(slots=True)
class RawBlock:
    """One unit before inline syntax is read: kind (p, h1-h6, li, quote, pre, table, hr), its text."""

    kind: str
    raw: str
    line: int
    ordered: bool = False


def _numbered(lines: list[str], index: int, after_item: bool) -> re.Match[str] | None:
    """A numbered item ("2. Text"), when it is one of a list: right after another numbered item, or
    with one among the next few lines before a blank line. A numbered line alone between paragraphs
    ("14. Plan your meals") is a heading or a sentence whose number is part of its text."""
    match = _NUMBERED_RE.match(lines[index])
    if match is None or after_item:
        return match
    for line in lines[index + 1: index + 1 + MAX_ITEM_LINES]:
        if not line.strip():
            return None
        if _NUMBERED_RE.match(line):
            return match
    return None


def _indents_paragraphs(lines: list[str]) -> bool:
    """Whether the text indents its paragraphs and leaves its headings flush left (lynx does): of
    the lines long enough to be wrapped prose, at most MAX_FLUSH_SHARE start at the margin."""
    flush = indented = 0
    for line in lines:
        if len(line) >= MIN_WRAP_WIDTH:
            first = line[0]  # (a bullet needs a space or a bullet character first: most lines have neither)
            if (first in _BULLET_CHARS or first.isspace()) and _BULLET_RE.match(line):
                continue
            if first == " ":
                indented += 1
            else:
                flush += 1
    return indented > 0 and flush <= MAX_FLUSH_SHARE * (flush + indented)


def _bullet(line: str, prev_indent: int | None, prev_item: bool) -> re.Match[str] | None:
    """A list bullet at the start of `line`; `o` only when indented and not a wrapped line's start
    (a line at the indentation of a paragraph line above it, unless that line was an item too)."""
    match = _BULLET_RE.match(line)
    if match is None:
        return None
    if match.group(2) == "o" and (not match.group(1) or (prev_indent == len(match.group(1)) and not prev_item)):
        return None
    return match


def _atx_heading(line: str) -> tuple[int, int, int] | None:
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


def _outdented_item(line: str, indent: int, prev: tuple[int, str, int], width: int) -> bool:
    """Whether a line opens the next list item rather than going on with the wrapped line above
    (`prev`: its number, line, and the column where its text starts), however full that line was.

    A wrapper puts the rest of a line at the column where that line's text starts (under an item's
    text, not under its bullet), so a bullet or item number at another column starts an item of its
    own (lynx's "    2. The Saltmarsh Oyster Fair ... May" / "    3. Van driver hurt ..."). The line above
    must be within the wrap width: a wider one (an unbreakable link) shows nothing of the wrapper's
    columns, and html2text's menus of such lines are left as they were read before."""
    return (indent != prev[2] and display_width(prev[1].rstrip()) <= width
            and (_BULLET_RE.match(line) is not None or _NUMBERED_RE.match(line) is not None))


def split_blocks(text: str) -> tuple[list[RawBlock], dict[str, str]]:
    """Raw blocks (before inline conversion) and the reference links the text defines."""
    if "\t" in text:  # (expandtabs starts its columns again after each line break, as per line)
        text = text.expandtabs(4)  # a tab expanded may make a heading's space ("Visible\tlinks")
    lines = (text := formulas_as_text(text)).split("\n")  # (lynx's MathML markup: the formula's text)
    refs: dict[str, str] = {}
    if may_hold_references(text, lines):
        lines = take_references(lines, refs)
    width = wrap_width(lines, _BULLET_RE.match)
    flush_headings = width is not None and _indents_paragraphs(lines)
    source_breaks = keeps_source_breaks(lines, width)
    if "[" in text:
        lines = join_split_links(lines)
    joins = space_joins(lines) if width is None and "\n \n" in text else frozenset()
    out: list[RawBlock] = []
    para: list[tuple[int, str, int]] = []  # (line number, line, where its text starts)
    para_kind = "p"  # p, li (a bulleted item), ol (a numbered item) or quote
    wrapped: set[int] = set()  # the numbers of the lines held because they wrap the line above (`wraps`)
    fence: list[str] | None = None
    fence_start = 0
    table: list[str] = []
    table_start = 0
    prev_indent: int | None = None  # the indentation of the line above, None after a blank line
    prev_item = prev_numbered = False  # whether the line above opened a (numbered) list item

    def flush() -> None:
        nonlocal para_kind
        if len(para) == 1:  # most units are one line: `_units`' own first branch, without its call and list
            number, line, start = para[0]
            out.append(RawBlock("li" if para_kind == "ol" else para_kind, line[start:].strip(), number,
                                para_kind == "ol"))
            para.clear()
        elif para:
            out.extend(_units(para, para_kind, width, wrapped, source_breaks=source_breaks))
            para.clear()
        para_kind = "p"

    def flush_table() -> None:
        if table:
            out.append(RawBlock("table", "\n".join(table), table_start))
            table.clear()

    for number, line in enumerate(lines, start=1):
        if fence is not None:
            if _FENCE_RE.match(line):
                out.append(RawBlock("pre", "\n".join(fence), fence_start))
                fence = None
            else:
                fence.append(line)
            continue
        stripped = line.strip()
        if not stripped:
            if number - 1 in joins and para:  # a space between two text nodes of one sentence
                held = para[-1]
                para[-1] = (held[0], held[1].rstrip() + " ", held[2])
                continue
            if para:  # (with no lines held, flush would only reset para_kind, which is "p" then)
                flush()
            if table:
                flush_table()
            prev_indent, prev_item = None, False
            continue
        indent = len(line) - len(line.lstrip())
        was_indent, prev_indent = prev_indent, indent
        first = stripped[0]
        if table:
            if "|" in stripped:
                if not _TABLE_RULE_RE.match(stripped):
                    table.append(stripped)
                continue
            flush_table()
        if first.isalpha() and first != "o":
            # a letter opens no fence, rule, table, heading, bullet, item, quote nor lynx mark: one path
            if (para and width is not None and para_kind != "quote" and wraps(para[-1][1], stripped, width)
                    and not _outdented_item(line, indent, para[-1], width)):
                para.append((number, line, indent))
                wrapped.add(number)
            elif flush_headings and not indent and not para:
                para_kind = "h2"
                para.append((number, line, 0))
            else:
                prev_item = prev_numbered = False
                para.append((number, line, indent))
            continue
        if first in "`~" and _FENCE_RE.match(line):
            flush()
            fence, fence_start = [], number
            continue
        if (first in "=-" and _SETEXT_RE.match(line) and len(para) == 1 and para_kind == "p"
                and not _RULE_RE.match(para[0][1])):
            heading_line, underlined, _ = para.pop()
            out.append(RawBlock("h1" if first == "=" else "h2", underlined.strip(), heading_line))
            continue
        if (first == "=" and len(stripped) >= MIN_UNDERLINE_CHARS and _SETEXT_RE.match(line)
                and 1 < len(para) <= MAX_SETEXT_LINES and para_kind == "p"
                and not any(_RULE_RE.match(held[1]) for held in para)):
            # a first-level heading underlined under a few lines is all of them (markdown's rule: the
            # paragraph above the `===`): a headline the converter wrapped or broke at a <br>; a lone
            # "=" is a formula's or a wrapped line's, under lines that are no heading
            out.append(RawBlock("h1", " ".join(held[1].strip() for held in para), para[0][0]))
            para.clear()
            continue
        # (a rule of `*`, `-`, `_` or `=` repeats its character three times: a bullet's line has one)
        if first in "-*_=━─" and (first in "━─" or stripped.count(first) >= 3) and _RULE_RE.match(stripped):
            flush()
            out.append(RawBlock("hr", stripped, number))
            continue
        if "|" in stripped and (_TABLE_RULE_RE.match(stripped) or (first == "|" and stripped[-1] == "|")):
            header = para.pop()[1].strip() if len(para) == 1 and para_kind == "p" and "|" in para[0][1] else None
            flush()
            table_start = number
            if header:
                table.append(header)
            if not _TABLE_RULE_RE.match(stripped):
                table.append(stripped)
            continue
        if first == "#":
            heading = _atx_heading(line)
            if heading is not None:
                flush()
                para_kind = f"h{heading[0]}"  # html2text wraps a long heading too
                para.append((number, line[: heading[2]], heading[1]))
                continue
            if _CHROME_LINE_RE.match(line):
                continue
        if (para and width is not None and para_kind != "quote" and wraps(para[-1][1], stripped, width)
                and not _outdented_item(line, indent, para[-1], width)):
            para.append((number, line, indent))
            wrapped.add(number)
            continue
        bulleted = first in _BULLET_CHARS  # (a line that starts otherwise matches neither bullet pattern)
        if bulleted and stripped[-1] in _BULLET_CHARS and _EMPTY_BULLET_RE.match(line):  # (it ends with one too)
            flush()
            if not indent:  # a lone "*" at the margin is a separator; indented, an item with only an icon
                out.append(RawBlock("hr", stripped, number))
            continue
        # (a bracket opens a lynx mark only on a line that it closes: not a markdown link's line)
        if (((first == "[" and stripped[-1] == "]" and not is_bracketed_text(stripped)) or first in "_(")
                and _CHROME_LINE_RE.match(line)):
            flush()
            continue
        if flush_headings and not indent and not para and first not in "[(*+-•":
            para_kind = "h2"  # lynx: paragraphs are indented, headings are not
            para.append((number, line, 0))
            continue
        item = ((_bullet(line, was_indent, prev_item) if bulleted else None)
                or (_numbered(lines, number - 1, prev_numbered) if first.isdigit() else None))
        prev_item = item is not None
        prev_numbered = item is not None and item.re is _NUMBERED_RE
        if item is not None:
            flush()
            para_kind = "ol" if item.re is _NUMBERED_RE else "li"
            para.append((number, line, item.end()))
            continue
        if first == ">" and _QUOTE_RE.match(line):
            if para and para_kind != "quote":
                flush()
            para_kind = "quote"
            para.append((number, line, _QUOTE_RE.match(line).end()))  # type: ignore[union-attr]
            continue
        para.append((number, line, indent))
    flush()
    flush_table()
    if fence is not None:
        out.append(RawBlock("pre", "\n".join(fence), fence_start))
    return _merge_broken(out), refs


def _units(para: list[tuple[int, str, int]], para_kind: str, width: int | None,
           wrapped: set[int] | frozenset[int] = frozenset(), *, source_breaks: bool = False) -> list[RawBlock]:
    """Split a paragraph's lines (no blank line between them) into units, joining wrapped lines.

    `wrapped` holds the numbers of lines that `split_blocks` held because `wraps` said they go on
    from the line above: the same question with the same two lines (a line held so starts its text
    at its indentation), answered already."""
    kind = "li" if para_kind in ("li", "ol") else para_kind
    ordered = para_kind == "ol"
    if len(para) == 1:  # most units are one line: what every branch below makes of one
        number, line, start = para[0]
        return [RawBlock(kind, line[start:].strip(), number, ordered)]
    texts = [line[start:] for _, line, start in para]
    if kind[0] == "h" and width is None:
        head = RawBlock(kind, texts[0].strip(), para[0][0])
        return [head, *_units(para[1:], "p", width, source_breaks=source_breaks)] if para[1:] else [head]
    if kind == "quote" or (width is None and is_hard_wrapped(texts)
                             and not opens_with_header(texts[0].strip(), texts[1].strip())):
        return [RawBlock(kind, join_lines(texts), para[0][0], ordered)]
    units: list[RawBlock] = []
    prev_line = ""
    opens = False  # whether the line above opened its unit
    prev_start = 0
    for (number, line, start), text in zip(para, texts, strict=True):
        stripped = text.strip()
        broke = bool(units) and width is not None and (number in wrapped or wraps(prev_line, stripped, width))
        joins = broke or (bool(units) and kind[0] != "h" and (
            continues(prev_line, stripped) or (source_breaks and source_broken(prev_line, line))))
        if (joins and width is None and prev_line[-1:] != " "
                and is_nested_header(stripped, start + len(text) - len(text.lstrip()), prev_start)):
            joins = False  # a byline or a date nested under the line above: the next element (text/glue.py)
        if joins and not broke and prev_line[-1:] != " " and is_weekday_dateline(stripped):
            joins = False  # a dateline opening with its weekday in lower case: an element of its own (text/glue.py)
        if (joins and width is not None and (opens or prev_line.rstrip()[-1:] in BREAKS_AFTER)
                and is_header_break(prev_line.strip(), stripped, opens=opens, wrapped=broke,
                                    full=opens and broke and display_width(line.rstrip()) >= width - WRAP_BAND)):
            joins = False  # a byline or a dateline that the join would glue to its neighbour (text/glue.py)
        if joins:
            opens = False
            unit = units[-1]
            if width is not None and breaks_word(prev_line, stripped, width):
                unit.raw = unit.raw.rstrip() + stripped  # w3m cut a Korean word at the column
            else:
                unit.raw = join_line(unit.raw.strip(), stripped)  # (a no-op strip but after an empty heading)
        else:
            units.append(RawBlock(kind if not units else "p", stripped, number, ordered and not units))
            opens = True
        prev_line, prev_start = line, start + len(text) - len(text.lstrip())
    return units


def _merge_broken(blocks: list[RawBlock]) -> list[RawBlock]:
    """Join a paragraph cut mid-sentence by a blank line with the lowercase paragraph after it."""
    merged: list[RawBlock] = []
    for block in blocks:
        if merged:
            prev = merged[-1]
            if (
                block.kind == "p"
                and prev.kind == "p"
                and len(prev.raw) > MIN_BROKEN_CHARS
                and goes_on_mid_sentence(prev.raw.rstrip(), block.raw)
            ):
                prev.raw = prev.raw.rstrip() + " " + block.raw.lstrip()
                continue
        merged.append(block)
    return merged
