"""A post line of a text's header: a posting verb, "by", the poster and the date or time of the post.

Blog themes print their entry's credit as one line ("Posted on 14 March 2019 by jdoe", "Posted by
jdoe at 8:38 pm", "Publié le 3 mars 2021 par Marie Dupont"). The verb, the "by" and the date around
the name say that the name is the post's author as plainly as a page's rel=author link says it, so
the name is read as that markup's is (`split_authors(..., explicit=True)`): the user name a blog
signs with, one lower-case word ("jdoe"), is kept there, where on a line without that frame it is a
login or a word of a sentence and is left out. The frame is shape and position (verb, "by",
preposition, a date's or a clock's digits), in the languages of data/byline_words.toml; a line that
only ends in "by" and a word after a number ("16/50 Town centre shops hit by closures") has no verb
and stays with the stricter reading of the date-first shape.

Kept apart from text/header.py, which decides which lines are header lines and fills the metadata
from them: this is the one shape whose name is read with the markup's trust.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsgrab.meta.dates import has_digit, parse_date
from newsgrab.meta.people import split_authors
from newsgrab.text.byline import BY_ON_RE, DATE_BY_RE, POSTED_BY_RE

#: a clock time opening what follows a post line's date preposition ("at 8:38 pm", "um 14.05"): a post
#: of today, which the theme prints without its day
_CLOCK_RE = re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?!\d)", re.IGNORECASE)


class PostLine(NamedTuple):
    """What a post line says: the text of its date (None when it prints only a clock time) and its authors."""

    date: str | None
    authors: list[str]


def read_post_line(text: str) -> PostLine | None:
    """The date and the authors of a post line ("Posted on 14 March 2019 by jdoe", "Posted by Jane Doe
    on November 19, 2019", "Posted by jdoe at 8:38 pm"), or of a dated byline ("November 19, 2019 by
    Jane Doe"); None for any other line. Only a line that opens with a posting verb reads its name as
    a page's author markup does (a lone lower-case user name kept); the date-first shape, with no verb,
    keeps the usual reading (a capitalised name)."""
    posted = POSTED_BY_RE.match(text) or BY_ON_RE.match(text)
    if posted is not None:
        if parse_date(posted["date"]):
            return PostLine(posted["date"], _posters(posted["who"]))
        if posted.re is BY_ON_RE and _CLOCK_RE.match(posted["date"]):
            names = _posters(posted["who"])
            return PostLine(None, names) if names else None
        return None
    dated = DATE_BY_RE.match(text) if has_digit(text) else None
    if dated is not None and parse_date(dated["date"]):
        return PostLine(dated["date"], split_authors(dated["who"]))
    return None


def _posters(who: str) -> list[str]:
    """The names a post line's "by" gives, read with the markup's trust: one lower-case word is a blog's
    user name ("jdoe"), but several lower-case words are a phrase ("by the council", "by our team"),
    which no one signs with."""
    return [name for name in split_authors(who, explicit=True) if not (name.islower() and " " in name)]
