"""A line that runs on into the next one: a piece of a sentence, which is never the headline.

BeautifulSoup (and, less often, the other converters) ends a line wherever the page's markup opens or
closes an inline element: a link, an emphasis, a pull quote set as a heading. A paragraph of the
story then prints as several short lines ("Most of the boats were back" / "in the water by noon,
the office said."), and the first of them is shaped like a headline: a few words, capitals, no full
stop. Where find_span opened the article low (a story cut into such pieces reads as short lines, not
prose), the headline search (title.py) looks above it among those pieces and may take one.

The cue is the shape of the two lines together, in any language that writes small letters: the line
ends with no mark that closes a sentence or a phrase, and the line under it is a plain line that
opens with a word in small letters, going on with the same sentence. A headline ends where it ends:
under it come the byline ("by Ana Ruiz": a header line, read as such), the standfirst (a sentence
of its own, opening in capitals), or the photo under it, whose file name a converter may print in
small letters ("quay crane.jpg": a name with a dot inside, no word of a sentence). A headline that
the page wraps over two lines on purpose, with its second half in small letters, is no piece: the
`<title>` line names the two joined (titlejoin.py), and the search reports it so.
"""

from __future__ import annotations

import re

from newsgrab.model import Block
from newsgrab.text.header import is_header_line
from newsgrab.text.titlejoin import joined_headline

#: the last characters of a line that close a sentence or a phrase: a line ending so runs on into
#: nothing, whatever the next one opens with ("Fewer ferries this winter:" / "what changes")
CLOSING_ENDS = (".", "!", "?", ":", '"', "”", "…")
#: a last word with a dot inside and letters after it: a file's or a site's name ("crane repair.jpg",
#: "harbour.example"), printed under a headline for its photo or link, never a sentence's last word
NAME_WITH_DOT_RE = re.compile(r"\w\.\w+$")


def runs_on(blocks: list[Block], index: int, page_title: list[str]) -> bool:
    """Whether `blocks[index]` is the first piece of a sentence that the next line (media aside) goes
    on with: the line ends with none of CLOSING_ENDS, and the next line is a plain line, no header
    line, that opens with a word in small letters and does not end with a name with a dot inside.
    Not when the `<title>` parts (`page_title`, folded) name the two lines joined: a headline wrapped
    over two lines."""
    text = blocks[index].text
    if text.endswith(CLOSING_ENDS):
        return False
    # by index, not a slice: the title search asks this of every candidate, and a slice copies the rest
    following = next((blocks[j] for j in range(index + 1, len(blocks)) if blocks[j].kind != "media"), None)
    if following is None or following.kind != "p" or not _opens_small(following.text):
        return False
    if NAME_WITH_DOT_RE.search(following.text) or is_header_line(following.text):
        return False
    return joined_headline(blocks, index, page_title) is None


def _opens_small(text: str) -> bool:
    """Whether a line opens with a word of letters alone, all of them small ("in", "über", not "iPhone",
    "cron.weekly" or "https://..."): a sentence going on, where a line in a script without small
    letters never opens so."""
    words = text.split(maxsplit=1)
    return bool(words) and words[0].isalpha() and words[0].islower()
