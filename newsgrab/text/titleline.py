"""The headline inside the `<title>` line, where the page prints it again without the site's name.

BeautifulSoup and markdownify print the page's `<title>` first ("Headline — Site", "Site | Headline",
"CODE-2018-0042 - Site - Slogan"). When the headline search settles on that line, the text to report
is the headline part of it, and the site's name often cannot be told from the headline by the words:
the story need not retell either (a code, a short poem's title), and the site's name is printed once.
But the page prints its headline a second time in its header, as its own heading or line between the
banner and the story, without the site's name: the part, or run of parts, of the `<title>` line
that is printed whole as a line there is the headline. The line right under the `<title>` line is
the page's banner (its logo's or the site's name), so it does not count; neither does a line in the
story (a section heading that repeats a part of a headline with separators in it). The site's name
may be printed alone in the header too (a photo's credit, "Example.Net" above the story): a run is
taken when it opens the `<title>` line ("Headline - Site" is the usual order) or is the larger share
of it, as the HTML path takes the part of a `<title>` its `<h1>` prints (meta.titles.clean_title).
"""

from __future__ import annotations

from newsgrab.meta.titles import fold_title
from newsgrab.model import Block
from newsgrab.text.titleshape import TITLE_SEPARATOR_RE, page_title_parts

#: the first block under the `<title>` line that may print the headline again (the one before it
#: is the page's banner)
FIRST_HEADER_BLOCK = 2


def headline_printed_under(blocks: list[Block], start: int) -> str | None:
    """The line between the page's banner and the article's first paragraph (`blocks[start]`) that
    prints a part, or a run of parts, of the `<title>` line `blocks[0]` whole (the longest when more
    than one does); None when the `<title>` line has one part or no line prints one of its runs."""
    line = blocks[0].text
    parts = TITLE_SEPARATOR_RE.split(line)
    if len(parts) < 2:
        return None
    runs = set(page_title_parts(blocks[0])[1:])  # (the whole line is the first: a line printing it is no part)
    opening = {fold_title(" ".join(parts[:end])) for end in range(1, len(parts))}
    found: str | None = None
    for block in blocks[FIRST_HEADER_BLOCK:start]:
        folded = fold_title(block.text) if block.kind != "media" else ""
        if folded and folded in runs and (folded in opening or 2 * len(block.text) >= len(line)) and (
                found is None or len(block.text) > len(found)):
            found = block.text
    return found
