"""Hard-wrapped text: the width it was wrapped at, and which line goes on from which.

lynx, w3m and html2text break prose at a fixed width (about 74, 79 and 78 columns); a person may
wrap an e-mail at 72 or 100. The width is read from the document's shape rather than from the
converter's name, and a line continues the one above exactly when its first word would not have
fitted there. Text that is not wrapped (BeautifulSoup's `get_text("\\n")` puts each text node of a
paragraph on a line of its own) shows its joins by other cues: a trailing space, closing
punctuation, a lowercase start after a line that does not stop a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsgrab.text.ends import ends_with

#: a line break after this is where a sentence or clause stops, so the next line starts a new unit
#: (unless the text was hard-wrapped at a fixed width, where the break is the converter's)
CLAUSE_END_RE = re.compile(r"[.!?…:;\"'”’»)\]。！？]$")
#: a line that starts like the middle of a sentence (lowercase, or an opening parenthesis)
_CONTINUES_RE = re.compile(r"^[a-zß-ÿа-я(]")
#: a line that starts with punctuation that never opens a unit: the rest of a sentence split by a link
_TAIL_PUNCT_RE = re.compile(r"^[,.;:!?)\]}»”’、。，]")
_URL_START_RE = re.compile(r"^(?:https?://|www\.|<)", re.IGNORECASE)
_URL_END_RE = re.compile(r"(?:\S+@\S+\.\w+|https?://\S+|www\.\S+|>)$", re.IGNORECASE)
#: characters that take two columns in a terminal (CJK, Hangul, full-width forms): w3m wraps by columns
_WIDE_RE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                      "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
#: Chinese and Japanese characters: a line broken between two of them is joined without a space
#: (Korean puts spaces between words, so a wrapped Korean line joins with one)
_CJK_END_RE = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]$")
_CJK_START_RE = re.compile("^[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]")
#: Hangul syllables: wide, yet with spaces between words, so a break between two of them is either
#: a space or (w3m cuts wide text by columns) the middle of a word
_HANGUL_END_RE = re.compile("[\uac00-\ud7a3]$")
_HANGUL_START_RE = re.compile("^[\uac00-\ud7a3]")
#: columns; a line under a flush-left one indented this far at least is a text node's rest (`source_broken`)
SOURCE_INDENT = 8
#: columns; a text "wrapped" wider than this was broken by the page's source, not by a terminal
#: converter (lynx, w3m and html2text wrap at 72 to 80): `keeps_source_breaks`
MAX_CONVERTER_WIDTH = 100
#: share of a text's lines that start flush left at least, for its indented lines to be a source's
#: (inscriptis indents every line of a page: hardly one of its lines starts flush left)
MIN_FLUSH_SHARE = 0.5
#: columns a wide character takes: a line within this of the wrap width has no room for one more
WIDE_COLUMNS = 2

#: columns; a document wrapped at a fixed width wraps at no less than this
MIN_WRAP_WIDTH = 40
#: columns; lines longer than this are whole paragraphs on one line, not wrapped text
MAX_WRAP_WIDTH = 120
#: lines within WRAP_BAND columns of the wrap width that a document needs to count as wrapped
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


def display_width(line: str) -> int:
    """Columns a line takes in a terminal (wide CJK characters count two)."""
    if line.isascii():
        return len(line)
    return len(line) + len(_WIDE_RE.findall(line))


def wrap_width(lines: list[str], starts_item: Callable[[str], object]) -> int | None:
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
    shortest = MIN_WRAP_WIDTH - WRAP_BAND
    last = len(lines) - 1
    # (the lines too short to count are passed over in a comprehension: most of a dump's lines,
    # blanks and menu entries, cost no turn of the loop below; so are the lines with link markup,
    # which count for no width and are never breakable, a third of a markdown dump's long lines)
    for index in [index for index, line in enumerate(lines) if len(line) >= shortest and "](" not in line]:
        line = lines[index]
        if " " not in line.strip():
            continue
        line_end = line.rstrip()
        width = len(line_end) if line_end.isascii() else display_width(line_end)  # (its own shortcut, uncalled)
        if width > MAX_WRAP_WIDTH:
            longer += _breakable(line)
        elif width >= shortest and index < last:
            # the line may have been wrapped: the next one goes on with plain text (not a blank, a
            # list item or a markdown link, which a wrapper does not make)
            following = lines[index + 1]
            if following.strip() and "](" not in following and not starts_item(following):
                counts[width] += 1
                if width >= MIN_WRAP_WIDTH:  # (only a wrap width's own count of unbreakable lines is read)
                    unbreakable[width] += not _breakable(line)
    best, best_near = None, 0
    near = sum(counts[MIN_WRAP_WIDTH - WRAP_BAND:MIN_WRAP_WIDTH])
    # (two sums in C rather than a pair of counts a turn of a generator)
    over = sum(counts[MIN_WRAP_WIDTH:]) - sum(unbreakable[MIN_WRAP_WIDTH:]) + longer
    for width in range(MIN_WRAP_WIDTH, MAX_WRAP_WIDTH + 1):
        near += counts[width] - counts[width - WRAP_BAND - 1]
        over -= counts[width] - unbreakable[width]
        if near > best_near and over * MAX_OVER_SHARE <= near:
            best, best_near = width, near
    return best if best_near >= MIN_WRAPPED_LINES else None


def _breakable(line: str) -> bool:
    """Whether a wrapper could have broken the line: no markdown link markup and no token as long as
    MAX_WRAPPABLE_TOKEN (a URL)."""
    return "](" not in line and max(map(len, line.split())) < MAX_WRAPPABLE_TOKEN


def wraps(prev: str, line: str, width: int) -> bool:
    """Whether `line` is the rest of `prev`, broken there because its first word did not fit."""
    space = line.find(" ")
    word = line if space < 0 else line[:space]
    prev = prev.rstrip()
    if prev.isascii() and word.isascii():  # (display_width's own shortcut, without its two calls)
        return len(prev) + 1 + len(word) > width - WRAP_SLACK
    return display_width(prev) + 1 + display_width(word) > width - WRAP_SLACK


def breaks_word(prev: str, line: str, width: int) -> bool:
    """Whether a wrapped line break between two Hangul syllables cut a word: w3m fills a line with
    wide characters up to the column, mid-word, while a word wrapper (lynx, html2text) breaks at a
    space and leaves a ragged edge. A line filled so that not even one more wide character fits is
    taken as cut there. (On the w3m dumps of the tune half, 60 of 79 such breaks at a full line are
    inside a word, and 7 of 8 one column short of it are at a space.)"""
    prev = prev.rstrip()
    if prev.isascii():  # (no Hangul at its end: most wrapped lines)
        return False
    return (ends_with(_HANGUL_END_RE, prev, "\n", 1) and bool(_HANGUL_START_RE.match(line))
            and width - WIDE_COLUMNS < display_width(prev) <= width)


def continues(prev_raw: str, line: str) -> bool:
    """Whether a line of an unwrapped paragraph continues the unit above it.

    The text nodes of one paragraph that `get_text("\\n")` puts on separate lines show it: the line
    above ends in a space, or this one starts with punctuation that closes a sentence. A line that
    starts in lowercase after one that does not stop a sentence also continues it, and so does a
    quotation cut at its link: a straight quote is an opening one after a space ('the plan "' above
    the linked name) and a closing one before a space ('" after a vote' under it), in any language.
    """
    if prev_raw.endswith((" ", "\xa0")) and not prev_raw.endswith("  ") and prev_raw.strip():
        return True  # (two spaces are markdown's hard line break)
    prev = prev_raw.strip()
    if _TAIL_PUNCT_RE.match(line) or prev.endswith(("(", "“", "«", "„", ' "')) or line.startswith('" '):
        return True
    return goes_on_mid_sentence(prev, line)


def keeps_source_breaks(lines: list[str], width: int | None) -> bool:
    """Whether a text may hold the page source's line breaks inside its text nodes (`source_broken`):
    it is not wrapped by a terminal converter (no wrap width, or one wider than MAX_CONVERTER_WIDTH,
    which the source's own breaks make), and most of its lines start flush left, as
    BeautifulSoup's do (inscriptis indents every line, a nested element deeper; w3m and lynx lay a
    table's cells or a centred line out with spaces)."""
    if width is not None and width <= MAX_CONVERTER_WIDTH:
        return False
    # the first character of each line that is not blank (`line.strip()` is empty for exactly the
    # empty and the all-space lines), gathered in a comprehension: a third less than a loop's turn
    # a line, over every line of a dump that is not wrapped
    starts = [line[:1] for line in lines if line and not line.isspace()]
    held = len(starts)
    return held > 0 and held - starts.count(" ") >= MIN_FLUSH_SHARE * held


def source_broken(prev_raw: str, line_raw: str) -> bool:
    """Whether a line of an unwrapped paragraph is the rest of the text node above it, cut at a line
    break of the page's source: BeautifulSoup's `get_text("\\n")` keeps a text node's own line breaks
    and the source's indentation after them ("An Ode to the" over "                Rosetta Spacecraft
    ...", "Sep" over "                30, 2016 7:00 AM"). The line above starts flush left and ends
    mid-phrase (a letter, a digit or a comma); this one is indented SOURCE_INDENT columns or more and
    starts with a letter or a digit. inscriptis indents every line of a page, a nested element deeper
    than its parent, so no line of its starts flush left; a markdown converter indents a code block's
    lines, which open with code's punctuation, or a list's, which open with a bullet."""
    if not prev_raw[:1].strip() or len(line_raw) - len(line_raw.lstrip(" ")) < SOURCE_INDENT:
        return False
    last = prev_raw.rstrip()[-1:]
    return (last.isalnum() or last == ",") and line_raw.lstrip(" ")[:1].isalnum()


def goes_on_mid_sentence(prev: str, line: str) -> bool:
    """Whether `line` goes on with the sentence `prev` left open: `prev` stops neither a clause nor at
    a URL or address, and `line` starts in lowercase (or with an opening parenthesis), not a URL."""
    if not _CONTINUES_RE.match(line):  # (first: most lines start otherwise, and it is the cheapest test)
        return False
    return not (ends_with(CLAUSE_END_RE, prev, "\n", 1) or _ends_with_address(prev) or _URL_START_RE.match(line))


def _ends_with_address(text: str) -> bool:
    """Whether `_URL_END_RE` matches, searched in the last word only: a match holds no space, so it
    lies in the last word (a search from the start tries every character of the line)."""
    last = text.rstrip()
    return _URL_END_RE.search(text, len(last) - len(last.rsplit(None, 1)[-1]) if last else 0) is not None


def is_hard_wrapped(texts: list[str]) -> bool:
    """Prose wrapped at a fixed width in a text too short to show its wrap width: every line but the
    last is at least MIN_WRAP_CHARS long and one of them stops mid-sentence."""
    body = [text.strip() for text in texts[:-1]]
    if not body:
        return False
    if any(not MIN_WRAP_CHARS <= len(line) <= MAX_WRAP_WIDTH for line in body):
        return False
    return any(not ends_with(CLAUSE_END_RE, line, "\n", 1) for line in body)


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines: a space between words, none inside a word broken at its hyphen or between
    CJK characters (which have no spaces)."""
    out = lines[0].strip()
    for line in lines[1:]:
        out = join_line(out, line)
    return out


def join_line(out: str, line: str) -> str:
    """The next line joined to the lines joined so far (`out`, which `join_lines` stripped at its
    start and no join strips again). `join_line(out.strip(), line)` is `join_lines([out, line])`
    without its list and loop: the paragraph join (text/lines.py) adds a unit's lines one at a
    time, some 25,000 joins over the text dumps of one converter."""
    line = line.strip()
    if not line:
        return out
    if (out.endswith("-") and len(out) > 1 and out[-2].isalpha() and line[:1].islower()) or (
            not out[-1:].isascii() and ends_with(_CJK_END_RE, out, "\n", 1) and _CJK_START_RE.match(line)):
        return out + line
    return out + " " + line
