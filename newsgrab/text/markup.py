"""Markdown links split over lines, reference definitions and lynx's References list.

A converter that wraps lines may break a markdown link in two, and markdownify writes the label of a
link around a block over several lines; reference-style links keep their URLs in definitions
elsewhere in the text, and lynx lists every link's URL under "References" at the end. The links are
put back on one line and the URLs collected, so inline reading sees whole links.
"""

from __future__ import annotations

import re

#: `[id]: https://...` (a markdown reference definition)
_ESCAPED_BRACKETS = ("\\[", "\\]", "\\(", "\\)")
_REF_DEF_RE = re.compile(r"^\s{0,3}\[([^\]]{1,80})\]:\s*<?(\S+?)>?(?:\s+[\"'(].*[\"')])?\s*$")
#: `   12. https://...` (an entry of lynx's References list)
_REF_ENTRY_RE = re.compile(r"^\s*(\d{1,5})\.\s+((?:https?|ftp|file|mailto):\S+)\s*$", re.IGNORECASE)
_REFERENCES_HEADINGS = frozenset({"references", "visible links", "hidden links:", "visible links:"})
_MIN_HEADING_CHARS = min(map(len, _REFERENCES_HEADINGS))
_MAX_HEADING_CHARS = max(map(len, _REFERENCES_HEADINGS))

#: the characters that change `_LinkScan`'s state: brackets, parentheses and the backslash escaping them
_LINK_CHAR_RE = re.compile(r"[\[\]()\\]")

#: lines; how far a markdown link split by the converter is followed to its closing bracket
MAX_LINK_LINES = 4


def may_hold_references(text: str, lines: list[str]) -> bool:
    """Whether a text (its tabs expanded) and its lines can hold a reference definition or a References
    list at all: a definition needs "]:", and a heading is a line that `take_references` takes for
    one (at least _MIN_HEADING_CHARS long, and stripped no longer than the longest heading, since
    casefold never shortens a text). For the rest, `take_references`' walk over the lines is
    skipped. (Folding only the few lines of a heading's length, not the whole text: casefold reads
    every character of a page's text, some 2% of a dump's CPU on the text path.)"""
    if "]:" in text:
        return True
    return any(line.strip().casefold() in _REFERENCES_HEADINGS for line in lines
               if len(line) >= _MIN_HEADING_CHARS and len(line.strip()) <= _MAX_HEADING_CHARS)


def take_references(lines: list[str], refs: dict[str, str]) -> list[str]:
    """Drop reference definitions (`[id]: url`) and lynx's trailing References list into `refs`."""
    out: list[str] = []
    for index, line in enumerate(lines):
        if "[" in line[:4] and line[:4].lstrip()[:1] == "[":
            match = _REF_DEF_RE.match(line)
            if match:
                refs.setdefault(match.group(1).casefold(), match.group(2))
                continue
        # (casefold never shortens a text, so a line shorter than every heading is none of them)
        if (len(line) >= _MIN_HEADING_CHARS and line.strip().casefold() in _REFERENCES_HEADINGS
                and _is_reference_list(lines, index + 1)):
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
    the URL part lines join without a space (URLs have none), except before a link's title (`"Share
    via Email")`). A line that closes a label or a URL (an icon image's inside a link, or one link
    where the next begins) gives the run MAX_LINK_LINES more: html2text wraps a share bar of icon
    links five lines a link, and a paragraph's links one after another; cut at a fixed count, the
    run was left unjoined and its markup read as text. The lines come back as they were given
    (the same list) when no link is split; a copy is made at the first join.
    """
    out: list[str] | None = None  # a copy of the lines, made at the first join
    count = len(lines)
    resume = 0  # the line after the last run joined: the lines of a run are not read again
    # (only a line with a bracket may open a link: most lines of a dump are passed over in the
    # comprehension, not one turn each of the walk below)
    for index in [index for index, line in enumerate(lines) if "[" in line or "](" in line]:
        if index < resume:
            continue
        line = lines[index]
        if _closed_at_once(line):
            continue
        # (the scan that finds the line open goes on through the run: the line is read once, not once
        # for its state and again to start the run)
        joined = line.rstrip()
        scan = _LinkScan()
        state = scan.feed(joined)
        if state == 0:
            continue
        taken = start = index + 1
        ahead, limit = start, min(count, start + MAX_LINK_LINES)
        while ahead < limit:
            nxt = lines[ahead].strip()
            ahead += 1
            if not nxt:
                continue
            # inside a URL lines join without a space, but a link's title ("Share via Email") is
            # set off from its URL by one
            piece = nxt if state == 2 and nxt[0] != '"' else " " + nxt
            joined += piece
            state = scan.feed(piece)
            if state == 0:
                taken = ahead
                break
            if scan.closed:
                # a label or URL closed on this line (an image's inside a link's label, or a link
                # followed by the next one): a share bar of icon links that html2text wrapped, or
                # markdownify's, is followed link by link, each within MAX_LINK_LINES
                limit = min(count, ahead + MAX_LINK_LINES)
        if taken > start:
            if out is None:
                out = lines.copy()
            out[index] = joined
            out[start:taken] = [""] * (taken - start)  # keep the line numbers
            resume = taken
    return lines if out is None else out


def _link_state(text: str) -> int:
    """0: every link closed; 1: inside a link's label (`[...`); 2: inside its URL (`](...`)."""
    return 0 if _closed_at_once(text) else _LinkScan().feed(text)


def _closed_at_once(text: str) -> bool:
    """Whether a text's links are all closed by a test that needs no walk: its brackets and its
    parentheses balanced, each kind closed last, no escaped bracket (the common case). False says
    nothing: the walk (`_LinkScan`) decides."""
    return (text.count("[") == text.count("]") and text.count("(") == text.count(")")
            and text.rfind("[") < text.rfind("]") and ("](" not in text or text.rfind("](") < text.rfind(")"))
            and not ("\\" in text and any(escaped in text for escaped in _ESCAPED_BRACKETS)))


class _LinkScan:
    """`_link_state` read piece by piece: a run of lines joined one at a time is walked once, not
    again from its start at every line."""

    __slots__ = ("closed", "depth", "in_url", "prev")

    def __init__(self) -> None:
        self.depth = self.in_url = 0
        self.prev = ""
        self.closed = False  # whether the last piece closed a label, an image's or a link's URL

    def feed(self, text: str) -> int:
        """Walk on through `text`; the state after it (0, 1 or 2, as `_link_state`).

        Only brackets, parentheses and backslashes change the state, so the walk visits those
        (`_LINK_CHAR_RE`), not every character: a wrapped link's lines are mostly label words and
        URL characters. A character after a backslash is escaped (skipped, and the character after
        it sees no previous one); a `(` opens a URL right after an unescaped `]`."""
        if not text:
            self.closed = False
            return 2 if self.in_url else 1 if self.depth else 0
        depth, in_url = self.depth, self.in_url
        closed = False
        skip = 0 if self.prev == "\\" else -1  # the position of a character a backslash escapes
        for match in _LINK_CHAR_RE.finditer(text):
            at = match.start()
            if at == skip:
                continue
            char = text[at]
            if char == "\\":
                skip = at + 1
            elif in_url:
                if char == "(":
                    in_url += 1
                elif char == ")":
                    in_url -= 1
                    closed = True
            elif char == "[":
                depth += 1
            elif char == "]":
                if depth:
                    depth -= 1
                    closed = True
            elif char == "(" and ((text[at - 1] == "]" and at - 1 != skip) if at else self.prev == "]"):
                in_url = 1
        last = len(text) - 1
        self.prev = "" if last == skip else text[last]
        self.depth, self.in_url, self.closed = depth, in_url, closed
        if in_url:
            return 2
        return 1 if depth else 0
