"""Bylines and datelines that the paragraph join would glue to the line next to them.

inscriptis, w3m and lynx print a page's byline and dateline on lines of their own, often with no
blank line between them and the caption or paragraph next to them. The join that rebuilds a
hard-wrapped paragraph (text/lines.py) asks only whether a line's first word would have fitted on
the line above: after a line that happens to be nearly full ("... through online tests." then "By
Jane Doe  Print Edition: June 5, 2016"), or before a caption whose first word is long enough ("by
Jane Doe (reporting)" then "Main image: ..."), it takes the header line into the paragraph, where
the header readers (text/header.py) no longer see it as a line of its own. A pasted two-line
paragraph (`wrap.is_hard_wrapped`, for text with no wrap width) has the same blind spot when its
first line is a byline or a dateline.

Which line is a byline or a dateline is the header readers' own test (`BYLINE_RE`, `is_dateline`; no
pattern of theirs is copied here), and the break is kept only where the shape says the wrapper did not
make it: a header line that opens its unit, above a full line that opens a unit of its own (a capital);
a header line after a line that stops a sentence; a dateline after a line that ends in a bracketed aside
(a photo's credit, a button's label); a dateline that opens its unit, above a line whose first word
would have fitted beside it (the page's break, not the wrapper's) and that holds no digit. Wrapped prose
that merely looks so is left alone: a line that goes on from another ("... a film" / "by Jane Doe in the
pipeline"), a line ending in a capitalised word (a name the wrapper may have broken: "... design by
Isaac" / "Jones."), a line ending in a colon (a label waiting for its value: "Updated:" / the date), a
"By" that no name follows ("By contrast, ...").
"""

from __future__ import annotations

import re

from newsgrab.meta.dates import has_digit
from newsgrab.text.byline import BYLINE_RE
from newsgrab.text.datelines import kicker_date, opens_with_weekday
from newsgrab.text.ends import ends_with
from newsgrab.text.header import MAX_HEADER_LINE_CHARS, is_dateline

#: a line that stops a sentence, maybe inside closing quotes or brackets ("... online tests.", "... (AP)."):
#: not a link's or a credit's closing bracket alone ("[Jane Doe](/author/jane)", "(Photo: Reuters)")
_SENTENCE_END_RE = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
#: the characters that stop a sentence, and those that may close one after its stop
_STOPS = ".!?…。！？"
_CLOSERS = "\"'”’»)]"
#: the last characters of a line that does not open its unit for `is_header_break` to break after it
#: (a line that opens its unit is always asked): the join asks it of nearly every line of a wrapped
#: text, the caller tests this first
BREAKS_AFTER = frozenset(_STOPS + _CLOSERS)
#: columns; inscriptis indents a nested element this much deeper at least, get_text a text node a space at most
NESTED_INDENT = 2
#: two capitalised words: how a byline's names start ("Jane Doe", "Gareth Pell in Ferries")
_NAME_START_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+(?:(?:de|da|van|von|der|del|la|le|bin|al)\s+)?[A-ZÀ-ÖØ-Þ]")


def is_header_break(prev: str, line: str, *, opens: bool, wrapped: bool, full: bool) -> bool:
    """Whether the break between `prev` and `line` (both stripped) of a hard-wrapped text parts a
    header line from its neighbour, so the two are not one paragraph however the wrap width or a
    lowercase start reads them (the module's docstring says which breaks).

    `opens`: `prev` is the first line of its unit (a line that goes on from another is prose, however
    it starts: "... a film" / "by Jane Doe in the pipeline"); `wrapped`: `line`'s first word would not
    have fitted on `prev`, so a wrapper may have broken there; `full`: `line` reaches the wrap width,
    so it goes on to the next line (a caption's or a paragraph's first line, not a short tail)."""
    if prev.endswith(":"):
        return False  # a label waits for its value on the next line ("Updated:", "Topic:")
    if (opens and wrapped and full and line[:1].isupper() and not prev.rsplit(None, 1)[-1][:1].isupper()
            and _is_header_line(prev)):
        # the byline or dateline above a caption's or a paragraph's first line; not a name a wrapper
        # may have broken ("... sound design by Isaac" / "Jones.")
        return True
    if opens and not wrapped and not has_digit(line) and _is_dateline_alone(prev):
        # a dateline printed as an element of its own, the next element (a photo's credit "harbour /
        # istock", a tag list) under it where its first word would have fitted: the page's break
        return True
    # a byline or a dateline goes on from nothing that stops a sentence
    if _stops_sentence(prev):
        return _is_header_line(line)
    return (_closes_aside(prev) and has_digit(line) and len(line) <= MAX_HEADER_LINE_CHARS
            and not line.endswith(".") and is_dateline(line))


def _is_dateline_alone(text: str) -> bool:
    """Whether a line is a date alone with its clock or label, naming nobody, and no sentence's tail
    (a full stop ends "... on 3 March 2021."): the line that `is_header_break` parts from the next
    line when the wrapper did not break there, and only when that line holds no digit: a dateline
    that goes on with one ("Posted at 2013-12-30 14:42" / "and last updated 2013-12-30 16:42",
    "March 4, 2019" / "at 9:10 AM") goes on with its own dates and times."""
    return (has_digit(text) and len(text) <= MAX_HEADER_LINE_CHARS and not text.endswith(".")
            and BYLINE_RE.match(text) is None and is_dateline(text))


def _closes_aside(text: str) -> bool:
    """Whether a line ends in a bracketed aside that closes what it is on, as a full stop closes a
    sentence: a photo's credit ("... neighbourhood. (Sam Lens / Agency)"), a headline's aside ("...
    the pier (again)"), a button's label ("(BUTTON)"), after which lynx and w3m print the page's dateline
    ("March 4, 2019") on a line of their own that the wrap join would glue to it. Not a link's address
    ("[Jane Doe](/author/jane)": a "Name, Date" line the header readers read whole) nor a handle (an
    embedded post's "— Jane Doe (@jdoe)" signs the post, and its date is the post's, not the page's).
    Only a dateline is parted so (`is_header_break`): after an aside, a line opening with "By" may be
    prose ("... (in Ferries)" / "by the harbour board")"""
    if not text.endswith(")") or "(" not in text:
        return False
    aside = text[text.rfind("(") + 1:]
    return "@" not in aside and not text[: text.rfind("(")].endswith("]") and not text.startswith(("—", "―"))


def is_nested_header(line: str, start: int, above: int) -> bool:
    """Whether a line of a text with no wrap width that would go on from the line above (it starts in
    lower case: "by Jane Doe", "ferries March 4, 2019") is a byline or a dateline of its own (a date
    alone or after a section's few words, `kicker_date`), nested deeper than that line: its text starts
    NESTED_INDENT columns or more right of where the text above starts (`start`, `above`).
    inscriptis breaks no line inside an element and indents an element nested in another (a card's
    "by Jane Doe" under its headline, a byline's block under a breadcrumb's last item), so the line is
    the start of another element, not the rest of the sentence above; get_text keeps a paragraph's
    text nodes at one column, a space at most apart (" by Jane Doe, available", " on 1 June 2019"),
    and a byline there goes on from its line ("... in books" / "by Jane Doe, my colleague")."""
    if start < above + NESTED_INDENT or len(line) > MAX_HEADER_LINE_CHARS:
        return False
    byline = BYLINE_RE.match(line)
    if byline is not None:
        return _NAME_START_RE.match(byline["who"]) is not None
    # a section's kicker and its date, or a dateline, in an element of its own ("ferries March 4, 2019"
    # under a photo's credit): the story's date, which the line above would swallow; one ending in a
    # full stop is a sentence's tail ("on 3 March 2021 at 10:12 AM EST."), as text/datefallback.py reads it
    return (has_digit(line) and not line.endswith(".")
            and (is_dateline(line) or kicker_date(line) is not None))


def is_weekday_dateline(line: str) -> bool:
    """Whether a line (stripped) that starts in lower case is a dateline opening with its weekday, as
    pages in French, Spanish, Portuguese, Italian, Dutch, Polish or Russian print it ("jeudi 4 juin
    2020", "sexta-feira, 22 de outubro de 2010 às 20:13", "niedziela, 28 maja 2023"): the lower case
    reads as the rest of the line above to the join, which glued it to the headline over it ("<the
    headline> sexta-feira, 22 de ...") and the page lost its date. A date that ends a sentence ("...
    aura lieu" / "jeudi 4 juin 2020.") is left to the join."""
    return (line[:1].islower() and not line.endswith(".") and opens_with_weekday(line)
            and _is_header_line(line))


def opens_with_header(first: str, second: str) -> bool:
    """Whether the first of two lines (stripped) that look like a pasted hard-wrapped paragraph
    (`wrap.is_hard_wrapped`: no wrap width to go by) is a byline or a dateline above the second,
    which opens a unit of its own (a capital): "Written by Jane Doe on 1 June 2019. 51 Comments" over
    the story's first paragraph, as inscriptis prints them with no blank line between."""
    return second[:1].isupper() and _is_header_line(first)


def _stops_sentence(text: str) -> bool:
    """Whether a line ends a sentence (`_SENTENCE_END_RE`), its last character looked at first: most
    wrapped lines end in a letter or a comma, and the join asks this of each of them."""
    last = text[-1:]
    if last in _STOPS:
        return bool(last)
    return last in _CLOSERS and ends_with(_SENTENCE_END_RE, text, _CLOSERS + "\n", 1)


def _is_header_line(text: str) -> bool:
    """A byline naming a person right after its label, or a dateline, on a line short enough to be
    a header line."""
    if len(text) > MAX_HEADER_LINE_CHARS:
        return False
    byline = BYLINE_RE.match(text)
    if byline is not None:
        return _NAME_START_RE.match(byline["who"]) is not None
    return has_digit(text) and is_dateline(text)
