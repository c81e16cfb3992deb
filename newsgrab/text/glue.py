"""Header lines that the paragraph join would glue to the line next to them.

inscriptis, w3m and lynx print a page's byline and dateline on lines of their own, often with no
blank line between them and the caption or paragraph next to them. The join that rebuilds a
hard-wrapped paragraph (text/lines.py) asks only whether a line's first word would have fitted on
the line above: after a line that happens to be nearly full ("... through online tests." then "By
Jane Doe  Print Edition: June 5, 2016"), or before a caption whose first word is long enough ("by
Jane Doe (reporting)" then "Main image: ..."), it takes the header line into the paragraph, where
the header readers (text/header.py) no longer see it as a line. A pasted two-line paragraph
(`wrap.is_hard_wrapped`) has the same blind spot when its first line is a byline.

A break is kept between a header line and its neighbour when the header readers' own tests say so
(`BYLINE_RE`, `is_dateline`; no pattern of theirs is copied here): a byline or a dateline that opens
its unit, before a line that opens a new one (a capital); a byline or a dateline after a line that
stops a sentence; a dateline whose first word would have fitted on the line above (only its
lowercase start joined it: "on December 27, 2014 at 12:06 PM" under the byline). Each keeps the
wrapped lines that merely look so: a line ending in a capitalised word may be a name the wrapper
broke, a line ending in a colon waits for its value, a wrapped line that starts with "by" or a date
goes on from a line that does not stop a sentence. A byline's names must start right after its label ("By Jane Doe", not "By
contrast, ..."), since a wrapped sentence may start a line with "By".
"""

from __future__ import annotations

import re

from newsgrab.meta.dates import has_digit
from newsgrab.text.byline import BYLINE_RE
from newsgrab.text.ends import ends_with
from newsgrab.text.header import MAX_HEADER_LINE_CHARS, is_dateline

#: a line that stops a sentence, maybe inside closing quotes or brackets ("... online tests.", "... (AP)."):
#: not a link's or a credit's closing bracket alone ("[Jane Doe](/author/jane)", "(Photo: Reuters)")
_SENTENCE_END_RE = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
#: two capitalised words: how a byline's names start ("Jane Doe", "Michael Larabel in Valve")
_NAME_START_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+(?:(?:de|da|van|von|der|del|la|le|bin|al)\s+)?[A-ZÀ-ÖØ-Þ]")


def is_header_break(prev: str, line: str, *, opens: bool, wrapped: bool) -> bool:
    """Whether the break between `prev` and `line` (both stripped) parts a header line from its
    neighbour, so the two are not one paragraph however the wrap width or a lowercase start reads them.

    `opens`: `prev` is the first line of its unit (a line that goes on from another is prose, however
    it starts: "... a film\nby Jane Doe in the pipeline"); `wrapped`: `line`'s first word would not
    have fitted on `prev`, so a wrapper may have broken there."""
    if prev.endswith(":"):
        return False  # a label waits for its value on the next line ("Updated:", "Topic:")
    if (opens and line[:1].isupper() and _header_kind(prev) is not None
            and not (wrapped and prev.rsplit(None, 1)[-1][:1].isupper())):
        # the byline or dateline above a caption's or a paragraph's first line; not a name a wrapper
        # may have broken ("... sound design by Isaac" / "Jones.")
        return True
    kind = _header_kind(line)
    if kind is None:
        return False
    # a header line goes on from nothing that stops a sentence; a dateline in lowercase whose first
    # word fitted on a line of its own above was put on a line of its own, only its lowercase start
    # reads as going on ("Jane Doe The Daily Post" / "on December 27, 2014 at 12:06 PM")
    return ends_with(_SENTENCE_END_RE, prev, "\"'”’»)]\n", 1) or (
        kind == "date" and opens and not wrapped and line[:1].islower())


def _header_kind(text: str) -> str | None:
    """"byline" for a byline naming a person right after its label, "date" for a dateline, on a
    line short enough to be a header line; None for anything else."""
    if len(text) > MAX_HEADER_LINE_CHARS:
        return None
    byline = BYLINE_RE.match(text)
    if byline is not None:
        return "byline" if _NAME_START_RE.match(byline["who"]) is not None else None
    return "date" if has_digit(text) and is_dateline(text) else None
