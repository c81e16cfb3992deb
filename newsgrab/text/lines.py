"""The lines of a text dump grouped back into the units they were on the page (raw blocks).

HTML-to-text converters each leave their own syntax: markdown headings (`#` and `===`/`---`
underlines), bullets (`*`, `-`, `+`, `•`, and the `o`, `☆` of nested lists in lynx, inscriptis and
w3m), numbered items, `>` quotes, code fences, tables (`| a | b |` or html2text's `a | b` with a
`---|---` rule), reference link definitions and lynx's "References" list. Some hard-wrap prose at a
fixed width (html2text at 78 columns, lynx, w3m) and break a markdown link across lines; others
(BeautifulSoup's `get_text("\\n")`) put every text node of a paragraph on its own line. This module
undoes both, so every later step sees one unit per paragraph, heading or list item.

Wrapping is read from the document's shape, not from the converter's name: when nearly every line
with spaces stays within one width and many lines reach it, that is the wrap width, and a line
continues the one above exactly when its first word would not have fitted there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: a line break after this is where a sentence or clause stops, so the next line starts a new unit
#: (unless the text was hard-wrapped at a fixed width, where the break is the converter's)
CLAUSE_END_RE = re.compile(r"[.!?…:;\"'”’»)\]。！？]$")
#: a line that starts like the middle of a sentence (lowercase, or an opening parenthesis)
_CONTINUES_RE = re.compile(r"^[a-zß-ÿа-я(]")
#: a line that starts with punctuation that never opens a unit: the rest of a sentence split by a link
_TAIL_PUNCT_RE = re.compile(r"^[,.;:!?)\]}»”’、。，]")
_URL_START_RE = re.compile(r"^(?:https?://|www\.|<)", re.IGNORECASE)
_URL_END_RE = re.compile(r"(?:\S+@\S+\.\w+|https?://\S+|www\.\S+|>)$", re.IGNORECASE)

_FENCE_RE = re.compile(r"^\s*(```|~~~)")
_ATX_RE = re.compile(r"^\s*(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE_RE = re.compile(r"^\s*(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$")
#: a bullet of any converter; `o` (lynx, inscriptis) only when indented, see `_bullet`
_BULLET_RE = re.compile(r"^(\s*)([-*+•◦▪▫‣∙·☆★■□►➢➤o])\s+(?=\S)")
_EMPTY_BULLET_RE = re.compile(r"^\s*[-*+•◦▪▫‣∙·☆★■□►➢➤o](?:\s+[-*+•◦▪▫‣∙·☆★■□►➢➤])*\s*$")
_NUMBERED_RE = re.compile(r"^\s*\d{1,3}[.)]\s+(?=\S)")
_QUOTE_RE = re.compile(r"^\s*>\s?")
_TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
#: `[id]: https://...` (a markdown reference definition)
_REF_DEF_RE = re.compile(r"^\s{0,3}\[([^\]]{1,80})\]:\s*<?(\S+?)>?(?:\s+[\"'(].*[\"')])?\s*$")
#: `   12. https://...` (an entry of lynx's References list)
_REF_ENTRY_RE = re.compile(r"^\s*(\d{1,5})\.\s+((?:https?|ftp|file|mailto):\S+)\s*$", re.IGNORECASE)
_REFERENCES_HEADINGS = frozenset({"references", "visible links", "hidden links:", "visible links:"})
#: lynx's marks for page parts it does not show as text: `<link rel>` lines (`#alternate`), form
#: fields (`____`), buttons, and an image shown as its alt text in brackets on a line of its own
_CHROME_LINE_RE = re.compile(r"^\s*(?:#[A-Za-z][\w-]*(?:\s\S+)?|_{4,}.*|\(BUTTON\).*|\[[^\[\]]*\])\s*$")
#: characters that take two columns in a terminal (CJK, Hangul, full-width forms): w3m wraps by columns
_WIDE_RE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                      "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
#: Chinese and Japanese characters: a line broken between two of them is joined without a space
#: (Korean puts spaces between words, so a wrapped Korean line joins with one)
_CJK_END_RE = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]$")
_CJK_START_RE = re.compile("^[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]")

#: columns; a document wrapped at a fixed width wraps at no less than this
MIN_WRAP_WIDTH = 40
#: columns; lines longer than this are whole paragraphs on one line, not wrapped text
MAX_WRAP_WIDTH = 120
#: lines within WRAP_BAND columns of the widest line that a document needs to count as wrapped
MIN_WRAPPED_LINES = 5
#: columns; how far below the wrap width a full line may end (word lengths leave a ragged edge)
WRAP_BAND = 10
#: wrapped lines per breakable line wider than the wrap width that a wrapped text may have
MAX_OVER_SHARE = 10
#: columns; wrappers measure a little differently (wide characters, trailing punctuation), so a
#: line whose next word would have reached this close to the wrap width counts as full
WRAP_SLACK = 2
#: characters; a token this long cannot be wrapped (a URL), so its line may pass the wrap width
MAX_WRAPPABLE_TOKEN = 30
#: characters; a line at least this long that stops mid-sentence is taken as hard-wrapped prose
#: (used when the document as a whole shows no wrap width: a pasted paragraph or two)
MIN_WRAP_CHARS = 60
#: share of a text's lines at most at the left margin for those lines to be its headings
MAX_FLUSH_SHARE = 0.15
#: lines; how far a markdown link split by the converter is followed to its closing bracket
MAX_LINK_LINES = 4
#: characters; a paragraph this long that a blank line cut mid-sentence is joined with the next
MIN_BROKEN_CHARS = 120


@dataclass(slots=True)
class RawBlock:
    """One unit before inline syntax is read: kind (p, h1-h6, li, quote, pre, table, hr), its text."""

    kind: str
    raw: str
    line: int
    ordered: bool = False


def display_width(line: str) -> int:
    """Columns a line takes in a terminal (wide CJK characters count two)."""
    if line.isascii():
        return len(line)
    return len(line) + len(_WIDE_RE.findall(line))


def take_references(lines: list[str], refs: dict[str, str]) -> list[str]:
    """Drop reference definitions (`[id]: url`) and lynx's trailing References list into `refs`."""
    out: list[str] = []
    for index, line in enumerate(lines):
        if line[:1] == "[" or line[:4].lstrip()[:1] == "[":
            match = _REF_DEF_RE.match(line)
            if match:
                refs.setdefault(match.group(1).casefold(), match.group(2))
                continue
        if line.strip().casefold() in _REFERENCES_HEADINGS and _is_reference_list(lines, index + 1):
            for rest in lines[index + 1:]:
                entry = _REF_ENTRY_RE.match(rest)
                if entry:
                    refs.setdefault(entry.group(1), entry.group(2))
            break
        out.append(line)
    return out


def _is_reference_list(lines: list[str], start: int) -> bool:
    """Whether the lines from `start` on are (almost only) numbered URLs: lynx's link list."""
    entries = other = 0
    for line in lines[start:]:
        if not line.strip() or line.strip().casefold() in _REFERENCES_HEADINGS:
            continue
        if _REF_ENTRY_RE.match(line):
            entries += 1
        else:
            other += 1
    return entries > 0 and other <= entries // 10


def join_split_links(lines: list[str]) -> list[str]:
    """Put a markdown link that the converter spread over several lines back on one line.

    html2text wraps inside a link's label and its URL (`[Weston captures 7th straight Class S swim
    title` / `](/sports/...-swim-` / `title-14847952.php)`); markdownify puts the label of a link
    around a block on its own lines (`[![photo]()` / blank / `#### Headline](/url)`). A line with an
    unclosed `[` is joined with the following lines (up to MAX_LINK_LINES) when they close it; inside
    the URL part lines join without a space (URLs have none).
    """
    out: list[str] = []
    index = 0
    count = len(lines)
    while index < count:
        line = lines[index]
        index += 1
        if "[" not in line and "](" not in line:
            out.append(line)
            continue
        state = _link_state(line)
        if state == 0:
            out.append(line)
            continue
        joined = line.rstrip()
        taken = index
        for ahead in range(index, min(count, index + MAX_LINK_LINES)):
            nxt = lines[ahead].strip()
            if not nxt:
                continue
            joined = joined + nxt if state == 2 else joined + " " + nxt
            state = _link_state(joined)
            if state == 0:
                taken = ahead + 1
                break
        if taken > index:
            out.append(joined)
            out.extend("" for _ in range(taken - index))  # keep the line numbers
            index = taken
        else:
            out.append(line)
    return out


def _link_state(text: str) -> int:
    """0: every link closed; 1: inside a link's label (`[...`); 2: inside its URL (`](...`)."""
    depth = 0
    in_url = 0
    prev = ""
    for char in text:
        if prev == "\\":
            prev = ""
            continue
        if in_url:
            if char == "(":
                in_url += 1
            elif char == ")":
                in_url -= 1
        elif char == "[":
            depth += 1
        elif char == "]" and depth:
            depth -= 1
        elif char == "(" and prev == "]":
            in_url = 1
        prev = char
    if in_url:
        return 2
    return 1 if depth else 0


def wrap_width(lines: list[str]) -> int | None:
    """The width the document was hard-wrapped at, or None when its lines are not wrapped.

    A wrapped paragraph's lines end within a word of the margin, so the wrap width is where the
    lengths of lines followed by another line pile up: the width with the most of them ending at
    most WRAP_BAND columns short of it.
    Lines longer than it may only be ones a wrapper cannot break (a long token such as a URL, or
    markdown link markup); more than one such line in MAX_OVER_SHARE of the piled-up ones, or
    fewer than MIN_WRAPPED_LINES of those, means the text was not wrapped.
    """
    counts = [0] * (MAX_WRAP_WIDTH + 1)
    unbreakable = [0] * (MAX_WRAP_WIDTH + 1)
    longer = 0  # breakable lines wider than any wrap width
    for index, line in enumerate(lines):
        if len(line) < MIN_WRAP_WIDTH - WRAP_BAND or " " not in line.strip():
            continue
        width = display_width(line.rstrip())
        breakable = "](" not in line and max(len(token) for token in line.split()) < MAX_WRAPPABLE_TOKEN
        if width > MAX_WRAP_WIDTH:
            longer += breakable
        elif width >= MIN_WRAP_WIDTH - WRAP_BAND and _goes_on(lines, index):
            counts[width] += 1
            unbreakable[width] += not breakable
    best, best_near = None, 0
    near = sum(counts[MIN_WRAP_WIDTH - WRAP_BAND:MIN_WRAP_WIDTH])
    over = sum(c - u for c, u in zip(counts[MIN_WRAP_WIDTH:], unbreakable[MIN_WRAP_WIDTH:], strict=True)) + longer
    for width in range(MIN_WRAP_WIDTH, MAX_WRAP_WIDTH + 1):
        near += counts[width] - counts[width - WRAP_BAND - 1]
        over -= counts[width] - unbreakable[width]
        if near > best_near and over * MAX_OVER_SHARE <= near:
            best, best_near = width, near
    return best if best_near >= MIN_WRAPPED_LINES else None


def _goes_on(lines: list[str], index: int) -> bool:
    """Whether the line at `index` may have been wrapped: the next line goes on with plain text
    (not a blank, a list item or a markdown link, which a wrapper does not make)."""
    if "](" in lines[index] or index + 1 >= len(lines):
        return False
    following = lines[index + 1]
    return bool(following.strip()) and "](" not in following and not _BULLET_RE.match(following)


def _indents_paragraphs(lines: list[str]) -> bool:
    """Whether the text indents its paragraphs and leaves its headings flush left (lynx does): of
    the lines long enough to be wrapped prose, at most MAX_FLUSH_SHARE start at the margin."""
    flush = indented = 0
    for line in lines:
        if len(line) >= MIN_WRAP_WIDTH and not _BULLET_RE.match(line):
            if line[0] == " ":
                indented += 1
            else:
                flush += 1
    return indented > 0 and flush <= MAX_FLUSH_SHARE * (flush + indented)


def _bullet(line: str, prev_indent: int | None) -> re.Match[str] | None:
    """A list bullet at the start of `line`; `o` only when indented and not a wrapped line's start."""
    match = _BULLET_RE.match(line)
    if match is None:
        return None
    if match.group(2) == "o" and (not match.group(1) or prev_indent == len(match.group(1))):
        return None
    return match


def split_blocks(text: str) -> tuple[list[RawBlock], dict[str, str]]:
    """Raw blocks (before inline conversion) and the reference links the text defines."""
    lines = text.split("\n")
    if "\t" in text:
        lines = [line.expandtabs(4) for line in lines]
    refs: dict[str, str] = {}
    lines = take_references(lines, refs)
    width = wrap_width(lines)
    flush_headings = width is not None and _indents_paragraphs(lines)
    if "[" in text:
        lines = join_split_links(lines)
    out: list[RawBlock] = []
    para: list[tuple[int, str, int]] = []  # (line number, line, where its text starts)
    para_kind = "p"  # p, li (a bulleted item), ol (a numbered item) or quote
    fence: list[str] | None = None
    fence_start = 0
    table: list[str] = []
    table_start = 0
    prev_indent: int | None = None  # the indentation of the line above, None after a blank line

    def flush() -> None:
        nonlocal para_kind
        if para:
            out.extend(_units(para, para_kind, width))
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
            flush()
            flush_table()
            prev_indent = None
            continue
        indent = len(line) - len(line.lstrip())
        was_indent, prev_indent = prev_indent, indent
        first = stripped[0]
        if table:
            if "|" in stripped:
                table.append(stripped)
                continue
            flush_table()
        if first in "`~" and _FENCE_RE.match(line):
            flush()
            fence, fence_start = [], number
            continue
        if (first in "=-" and _SETEXT_RE.match(line) and len(para) == 1 and para_kind == "p"
                and not _RULE_RE.match(para[0][1])):
            heading_line, underlined, _ = para.pop()
            out.append(RawBlock("h1" if first == "=" else "h2", underlined.strip(), heading_line))
            continue
        if first in "-*_=" and _RULE_RE.match(stripped):
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
            heading = _ATX_RE.match(line)
            if heading:
                flush()
                para_kind = f"h{len(heading.group(1))}"  # html2text wraps a long heading too
                para.append((number, line[: heading.end(2)], heading.start(2)))
                continue
            if _CHROME_LINE_RE.match(line):
                continue
        if para and width is not None and para_kind != "quote" and _wraps(para[-1][1], stripped, width):
            para.append((number, line, indent))
            continue
        if _EMPTY_BULLET_RE.match(line):
            flush()
            if not indent:  # a lone "*" at the margin is a separator; indented, an item with only an icon
                out.append(RawBlock("hr", stripped, number))
            continue
        if first in "_([" and _CHROME_LINE_RE.match(line):
            flush()
            continue
        if flush_headings and not indent and not para and first not in "[(*+-•":
            para_kind = "h2"  # lynx: paragraphs are indented, headings are not
            para.append((number, line, 0))
            continue
        item = _bullet(line, was_indent) or _NUMBERED_RE.match(line)
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


def _wraps(prev: str, line: str, width: int) -> bool:
    """Whether `line` is the rest of `prev`, broken there because its first word did not fit."""
    space = line.find(" ")
    word = line if space < 0 else line[:space]
    return display_width(prev.rstrip()) + 1 + display_width(word) > width - WRAP_SLACK


def _units(para: list[tuple[int, str, int]], para_kind: str, width: int | None) -> list[RawBlock]:
    """Split a paragraph's lines (no blank line between them) into units, joining wrapped lines."""
    kind = "li" if para_kind in ("li", "ol") else para_kind
    ordered = para_kind == "ol"
    texts = [line[start:] for _, line, start in para]
    if kind[0] == "h" and width is None:
        return [RawBlock(kind, texts[0].strip(), para[0][0]), *_units(para[1:], "p", width)] if para[1:] else [
            RawBlock(kind, texts[0].strip(), para[0][0])]
    if kind == "quote" or (width is None and _is_hard_wrapped(texts)):
        return [RawBlock(kind, _join_lines(texts), para[0][0], ordered)]
    units: list[RawBlock] = []
    prev_line = ""
    for (number, line, _), text in zip(para, texts, strict=True):
        stripped = text.strip()
        if units and ((width is not None and _wraps(prev_line, stripped, width))
                      or (kind[0] != "h" and _continues(prev_line, stripped))):
            unit = units[-1]
            unit.raw = _join_lines([unit.raw, stripped])
        else:
            units.append(RawBlock(kind if not units else "p", stripped, number, ordered and not units))
        prev_line = line
    return units


def _continues(prev_raw: str, line: str) -> bool:
    """Whether a line of an unwrapped paragraph continues the unit above it.

    The text nodes of one paragraph that `get_text("\\n")` puts on separate lines show it: the line
    above ends in a space, or this one starts with punctuation that closes a sentence. A line that
    starts in lowercase after one that does not stop a sentence also continues it.
    """
    if prev_raw.endswith((" ", "\xa0")) and not prev_raw.endswith("  ") and prev_raw.strip():
        return True  # (two spaces are markdown's hard line break)
    prev = prev_raw.strip()
    if _TAIL_PUNCT_RE.match(line) or prev.endswith(("(", "“", "«", "„")):
        return True
    if CLAUSE_END_RE.search(prev) or _URL_END_RE.search(prev):
        return False
    return bool(_CONTINUES_RE.match(line)) and not _URL_START_RE.match(line)


def _is_hard_wrapped(texts: list[str]) -> bool:
    """Prose wrapped at a fixed width in a text too short to show its wrap width: every line but the
    last is at least MIN_WRAP_CHARS long and one of them stops mid-sentence."""
    body = [text.strip() for text in texts[:-1]]
    if not body:
        return False
    if any(not MIN_WRAP_CHARS <= len(line) <= MAX_WRAP_WIDTH for line in body):
        return False
    return any(not CLAUSE_END_RE.search(line) for line in body)


def _join_lines(lines: list[str]) -> str:
    """Join wrapped lines: a space between words, none inside a word broken at its hyphen or between
    CJK characters (which have no spaces)."""
    out = lines[0].strip()
    for line in lines[1:]:
        line = line.strip()
        if not line:
            continue
        if (out.endswith("-") and len(out) > 1 and out[-2].isalpha() and line[:1].islower()) or (
                _CJK_END_RE.search(out) and _CJK_START_RE.match(line)):
            out += line
        else:
            out += " " + line
    return out


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
                and _CONTINUES_RE.match(block.raw)
                and not _URL_START_RE.match(block.raw)
                and not _URL_END_RE.search(prev.raw)
                and not CLAUSE_END_RE.search(prev.raw.rstrip())
            ):
                prev.raw = prev.raw.rstrip() + " " + block.raw.lstrip()
                continue
        merged.append(block)
    return merged
