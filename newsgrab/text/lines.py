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

The marks themselves (what a line opens with: a fence, a heading, a bullet, a numbered item) are
read in text/linemarks.py; this module groups the lines they open.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgrab.text.brackets import is_bracketed_text
from newsgrab.text.glue import BREAKS_AFTER, is_header_break, is_nested_header, is_weekday_dateline, opens_with_header
from newsgrab.text.linemarks import (
    BULLET_CHARS,
    BULLET_RE,
    CHROME_LINE_RE,
    EMPTY_BULLET_RE,
    FENCE_RE,
    NUMBERED_RE,
    QUOTE_RE,
    RULE_RE,
    SETEXT_RE,
    TABLE_RULE_RE,
    atx_heading,
    bullet,
    indents_paragraphs,
    numbered,
    outdented_item,
)
from newsgrab.text.markup import join_split_links, may_hold_references, take_references
from newsgrab.text.mathml import formulas_as_text
from newsgrab.text.nodes import space_joins
from newsgrab.text.wrap import (
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

#: lines above a `===` underline read as one first-level heading at most (a headline wrapped or broken at
#: a <br> takes two or three; a longer paragraph over a row of `=` is a plain text's, with a rule under it)
MAX_SETEXT_LINES = 3
#: characters of `=` at least under a heading of several lines (converters underline as wide as the text)
MIN_UNDERLINE_CHARS = 3
#: characters; a paragraph this long that a blank line cut mid-sentence is joined with the next
MIN_BROKEN_CHARS = 120


@dataclass(slots=True)
class RawBlock:
    """One unit before inline syntax is read: kind (p, h1-h6, li, quote, pre, table, hr), its text."""

    kind: str
    raw: str
    line: int
    ordered: bool = False


def split_blocks(text: str) -> tuple[list[RawBlock], dict[str, str]]:
    """Raw blocks (before inline conversion) and the reference links the text defines."""
    if "\t" in text:  # (expandtabs starts its columns again after each line break, as per line)
        text = text.expandtabs(4)  # a tab expanded may make a heading's space ("Visible\tlinks")
    lines = (text := formulas_as_text(text)).split("\n")  # (lynx's MathML markup: the formula's text)
    refs: dict[str, str] = {}
    if may_hold_references(text, lines):
        lines = take_references(lines, refs)
    width = wrap_width(lines, BULLET_RE.match)
    flush_headings = width is not None and indents_paragraphs(lines)
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
            if FENCE_RE.match(line):
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
                if not TABLE_RULE_RE.match(stripped):
                    table.append(stripped)
                continue
            flush_table()
        if first.isalpha() and first != "o":
            # a letter opens no fence, rule, table, heading, bullet, item, quote nor lynx mark: one path
            if (para and width is not None and para_kind != "quote" and wraps(para[-1][1], stripped, width)
                    and not outdented_item(line, indent, para[-1], width)):
                para.append((number, line, indent))
                wrapped.add(number)
            elif flush_headings and not indent and not para:
                para_kind = "h2"
                para.append((number, line, 0))
            else:
                prev_item = prev_numbered = False
                para.append((number, line, indent))
            continue
        if first in "`~" and FENCE_RE.match(line):
            flush()
            fence, fence_start = [], number
            continue
        if (first in "=-" and SETEXT_RE.match(line) and len(para) == 1 and para_kind == "p"
                and not RULE_RE.match(para[0][1])):
            heading_line, underlined, _ = para.pop()
            out.append(RawBlock("h1" if first == "=" else "h2", underlined.strip(), heading_line))
            continue
        if (first == "=" and len(stripped) >= MIN_UNDERLINE_CHARS and SETEXT_RE.match(line)
                and 1 < len(para) <= MAX_SETEXT_LINES and para_kind == "p"
                and not any(RULE_RE.match(held[1]) for held in para)):
            # a first-level heading underlined under a few lines is all of them (markdown's rule: the
            # paragraph above the `===`): a headline the converter wrapped or broke at a <br>; a lone
            # "=" is a formula's or a wrapped line's, under lines that are no heading
            out.append(RawBlock("h1", " ".join(held[1].strip() for held in para), para[0][0]))
            para.clear()
            continue
        # (a rule of `*`, `-`, `_` or `=` repeats its character three times: a bullet's line has one)
        if first in "-*_=━─" and (first in "━─" or stripped.count(first) >= 3) and RULE_RE.match(stripped):
            flush()
            out.append(RawBlock("hr", stripped, number))
            continue
        if "|" in stripped and (TABLE_RULE_RE.match(stripped) or (first == "|" and stripped[-1] == "|")):
            header = para.pop()[1].strip() if len(para) == 1 and para_kind == "p" and "|" in para[0][1] else None
            flush()
            table_start = number
            if header:
                table.append(header)
            if not TABLE_RULE_RE.match(stripped):
                table.append(stripped)
            continue
        if first == "#":
            heading = atx_heading(line)
            if heading is not None:
                flush()
                para_kind = f"h{heading[0]}"  # html2text wraps a long heading too
                para.append((number, line[: heading[2]], heading[1]))
                continue
            if CHROME_LINE_RE.match(line):
                continue
        if (para and width is not None and para_kind != "quote" and wraps(para[-1][1], stripped, width)
                and not outdented_item(line, indent, para[-1], width)):
            para.append((number, line, indent))
            wrapped.add(number)
            continue
        bulleted = first in BULLET_CHARS  # (a line that starts otherwise matches neither bullet pattern)
        if bulleted and stripped[-1] in BULLET_CHARS and EMPTY_BULLET_RE.match(line):  # (it ends with one too)
            flush()
            if not indent:  # a lone "*" at the margin is a separator; indented, an item with only an icon
                out.append(RawBlock("hr", stripped, number))
            continue
        # (a bracket opens a lynx mark only on a line that it closes: not a markdown link's line)
        if (((first == "[" and stripped[-1] == "]" and not is_bracketed_text(stripped)) or first in "_(")
                and CHROME_LINE_RE.match(line)):
            flush()
            continue
        if flush_headings and not indent and not para and first not in "[(*+-•":
            para_kind = "h2"  # lynx: paragraphs are indented, headings are not
            para.append((number, line, 0))
            continue
        item = ((bullet(line, was_indent, prev_item) if bulleted else None)
                or (numbered(lines, number - 1, prev_numbered) if first.isdigit() else None))
        prev_item = item is not None
        prev_numbered = item is not None and item.re is NUMBERED_RE
        if item is not None:
            flush()
            para_kind = "ol" if item.re is NUMBERED_RE else "li"
            para.append((number, line, item.end()))
            continue
        if first == ">" and QUOTE_RE.match(line):
            if para and para_kind != "quote":
                flush()
            para_kind = "quote"
            para.append((number, line, QUOTE_RE.match(line).end()))  # type: ignore[union-attr]
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
