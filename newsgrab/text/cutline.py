"""A header line that a converter cut at its separators, read whole again.

get_text and markdownify end a line at the element that follows a header line's separator, so
"Jane Doe / Harbour News / Updated: Oct 9, 2019" comes out as "Jane Doe" over "/ Harbour News /
Updated: Oct 9, 2019", and "15.05.2020, 07:11 | 8 min read" as the date over "| 8 min read". A
one-line dump (inscriptis, lynx, w3m, html2text) prints the same line whole, and the header readers
(text/header.py) read it there: the name before the first separator, the date after it. The shape is
the converter's, no word: the lower line opens with a separator, the upper one is a header's item (a
name, a date), not a sentence (a standfirst over the rest of a dateline).
"""

from __future__ import annotations

import re

from newsgrab.model import Block

#: a line that opens with a header line's separator, the rest of the line above ("/ TNN / Updated: ...",
#: "| 8 min read"); not a list's dash or bullet
_CONTINUED_RE = re.compile(r"[|/·•]\s")
#: words of the line above such a line at most: a header's item (a name, a date), not a sentence
#: ("Boats went out at dawn" / "| Updated: ..." is a standfirst over the rest of a dateline)
MAX_CUT_ITEM_WORDS = 4
#: the characters that end a sentence, which no header's item ends with
_SENTENCE_STOPS = (".", "!", "?", "。")


def rejoined(upper: Block, lower: Block, max_chars: int) -> Block | None:
    """The header line `upper` and `lower` were cut from, as a one-line dump prints it ("Jane Doe" +
    "/ Harbour News / Updated: ..." -> "Jane Doe / Harbour News / Updated: ..."), or None when `lower`
    does not open with a separator, `upper` is no header's item, or the whole is over `max_chars`.
    An item opens with a capital or a digit: a lower-case word opens the rest of a line cut above it
    ("By Jane Doe" / "for The Harbour Post" / "| May 24, 2016": the desk a byline names, no site's name)."""
    if (_CONTINUED_RE.match(lower.text) is None or len(upper.text.split()) > MAX_CUT_ITEM_WORDS
            or upper.text.endswith(_SENTENCE_STOPS) or upper.text[:1].islower()
            or len(upper.text) + len(lower.text) >= max_chars):
        return None
    return Block(kind="p", text=f"{upper.text} {lower.text}")
