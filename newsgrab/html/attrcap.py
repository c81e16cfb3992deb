"""The attribute cap: every start tag of a page cut to its first MAX_ATTRIBUTES attributes.

libxml2 checks each attribute of a tag against those before it, so a tag with thousands of them
(a hostile page) costs quadratic time; no page's own markup needs more, and the text around the
tag is untouched. The cap reads the page's raw bytes when libxml2 is to parse them (UTF-8), else
its text. Each step is written twice, once for `str` and once for `bytes`, with the same logic:
mypyc compiles no function generic over the two (`AnyStr`), and the cap's loops (`_long_runs_*`)
are its cost, a scan of the whole page every time one is parsed.

Only a start tag of LONG_TAG_CHARS or more can hold that many attributes: a "<", an ASCII letter,
then at least LONG_TAG_CHARS characters before the first ">", with no "<" before that ">". Such a
tag lies in a run of more than LONG_TAG_CHARS characters without a ">" (`_long_runs_*`, found in
jumps of that length), and only those runs are searched, at each "<" in them (`_search_run_*`), by
a regex: "<", a letter, then LONG_TAG_CHARS characters that are not ">" (a repeat of one excluded
character, which the regex engine runs as a plain loop in C). The rare match (an SVG path, an
inline image) is then checked for a "<" before its ">". Scanning the whole page with that regex
cost three times as much: half of a page's bytes lie in such runs (scripts, inline data, long
paragraphs), the rest is crossed in jumps. `markup` itself comes back when no tag is cut, as on
every real page.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Final

from newsgrab.html import settings

#: attributes a start tag keeps, and the characters a start tag needs at least to hold more
_CAP: Final = settings.MAX_ATTRIBUTES
_LONG: Final = settings.LONG_TAG_CHARS
#: one attribute of a tag: its name and its value, quoted or not
_ATTRIBUTE = r"\s+[^\s=/>]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?"
ATTRIBUTE_RE: Final = re.compile(_ATTRIBUTE)
ATTRIBUTE_BYTES_RE: Final = re.compile(_ATTRIBUTE.encode())
#: where a long start tag may begin
_LONG_TAG_PATTERN = f"<[A-Za-z][^>]{{{_LONG}}}"
_LONG_TAG_RE: Final = re.compile(_LONG_TAG_PATTERN)
_LONG_TAG_BYTES_RE: Final = re.compile(_LONG_TAG_PATTERN.encode())
#: what the attribute regex's `\s` matches in bytes (in text it matches every Unicode space)
_BYTE_SPACES: Final = tuple(bytes([code]) for code in b" \t\n\r\x0b\x0c")


def cap_text(markup: str) -> str:
    """`markup` with every start tag cut to its first MAX_ATTRIBUTES attributes (see the module)."""
    kept: list[str] = []  # the page in pieces, with the attributes past the cap left out
    done = 0  # where the piece still to keep starts
    for run_start, run_end in _long_runs_text(markup):
        match = _search_run_text(markup, run_start, run_end)
        while match is not None:
            start = match.start() + 1  # the tag without its "<"
            end = markup.find(">", start)
            if end < 0:
                return _joined_text(markup, kept, done)  # no ">" left in the page: no tag can end
            inner = markup.find("<", start, end)
            if inner >= 0:  # a "<" before the ">": what followed this "<" was no tag
                match = _search_run_text(markup, inner, run_end)
                continue
            tag = markup[start : end + 1]  # LONG_TAG_CHARS + 1 characters at least, by the match
            # an attribute opens with a run of spaces: with fewer runs the tag is under the cap
            if len(tag.split()) > _CAP:
                ends = [one.end() for one in islice(ATTRIBUTE_RE.finditer(tag), _CAP + 1)]
                if len(ends) > _CAP:
                    kept.append(markup[done : start + ends[-2]])  # up to the last attribute kept
                    done = end  # then ">" and what follows
            break  # the tag ends at the run's ">": the next long tag is in a later run
    return _joined_text(markup, kept, done)


def cap_bytes(markup: bytes) -> bytes:
    """`cap_text` for the page's raw bytes (attributes are cut between two, so UTF-8 stays whole)."""
    kept: list[bytes] = []
    done = 0
    for run_start, run_end in _long_runs_bytes(markup):
        match = _search_run_bytes(markup, run_start, run_end)
        while match is not None:
            start = match.start() + 1
            end = markup.find(b">", start)
            if end < 0:
                return _joined_bytes(markup, kept, done)
            inner = markup.find(b"<", start, end)
            if inner >= 0:
                match = _search_run_bytes(markup, inner, run_end)
                continue
            # at least the number of whitespace runs, hence of attributes: a C count per space
            # character, no copy (most long tags are long for one value: an inline image, a path)
            if sum(markup.count(space, start, end) for space in _BYTE_SPACES) > _CAP:
                tag = markup[start : end + 1]
                ends = [one.end() for one in islice(ATTRIBUTE_BYTES_RE.finditer(tag), _CAP + 1)]
                if len(ends) > _CAP:
                    kept.append(markup[done : start + ends[-2]])
                    done = end
            break
    return _joined_bytes(markup, kept, done)


def _search_run_text(markup: str, start: int, end: int) -> re.Match[str] | None:
    """The first long tag start in `markup[start:end]`, its "<" looked for by a C search (`find`)
    and the regex tried only there: most of a run is a script, inline data or prose, with few "<"
    in it, which the regex engine would cross a character at a time."""
    last = end - _LONG - 1  # "<", a letter and LONG_TAG_CHARS more must fit before `end`
    at = markup.find("<", start, last)
    while at >= 0:
        match = _LONG_TAG_RE.match(markup, at, end)
        if match is not None:
            return match
        at = markup.find("<", at + 1, last)
    return None


def _search_run_bytes(markup: bytes, start: int, end: int) -> re.Match[bytes] | None:
    """`_search_run_text` for bytes."""
    last = end - _LONG - 1
    at = markup.find(b"<", start, last)
    while at >= 0:
        match = _LONG_TAG_BYTES_RE.match(markup, at, end)
        if match is not None:
            return match
        at = markup.find(b"<", at + 1, last)
    return None


def _long_runs_text(markup: str) -> list[tuple[int, int]]:
    """The runs of more than LONG_TAG_CHARS characters without a ">" (start, and end: the ">" that
    ends it, or the page's end), in order. From each ">" the walk jumps to the last ">" among the
    next LONG_TAG_CHARS + 1 characters (a C search backwards), so a page without such a run is
    crossed in jumps of about that length, not character by character as a regex would."""
    reach = _LONG + 1  # "<" and LONG_TAG_CHARS characters: the shortest long tag
    size = len(markup)
    runs: list[tuple[int, int]] = []
    at = -1  # the last ">" met (-1: the page's start)
    while at + reach < size:
        last = markup.rfind(">", at + 1, at + reach + 1)
        if last >= 0:
            at = last
            continue
        following = markup.find(">", at + reach + 1)
        runs.append((at + 1, size if following < 0 else following))
        if following < 0:
            break
        at = following
    return runs


def _long_runs_bytes(markup: bytes) -> list[tuple[int, int]]:
    """`_long_runs_text` for bytes."""
    reach = _LONG + 1
    size = len(markup)
    runs: list[tuple[int, int]] = []
    at = -1
    while at + reach < size:
        last = markup.rfind(b">", at + 1, at + reach + 1)
        if last >= 0:
            at = last
            continue
        following = markup.find(b">", at + reach + 1)
        runs.append((at + 1, size if following < 0 else following))
        if following < 0:
            break
        at = following
    return runs


def _joined_text(markup: str, kept: list[str], done: int) -> str:
    """The page from the pieces kept and the rest after `done` (`markup` itself when none were cut)."""
    if not kept:
        return markup
    kept.append(markup[done:])
    return "".join(kept)


def _joined_bytes(markup: bytes, kept: list[bytes], done: int) -> bytes:
    """`_joined_text` for bytes."""
    if not kept:
        return markup
    kept.append(markup[done:])
    return b"".join(kept)
