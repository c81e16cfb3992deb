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

A text read as one without chrome (no menu above the story, text/blocks.py) takes its first line
for its title whole; when that line is the page's `<title>`, the header under it prints the
headline alone just the same (`headline_shown_under_title`), and the site's name after it goes.
"""

from __future__ import annotations

from newsgrab.meta.titles import clean_title, fold_title
from newsgrab.model import Block
from newsgrab.text.titleshape import TITLE_SEPARATOR_RE, page_title_parts, title_like

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


def headline_shown_under_title(blocks: list[Block], limit: int) -> str | None:
    """The headline that a text read as without chrome prints under its first line, when that line is
    the page's `<title>` (a plain line, as BeautifulSoup and markdownify print it: a heading is the
    text's own headline) with the site's or a section's name around the headline: the line among
    `blocks[1:limit]` (the header, above the first paragraph) that the `<title>` line holds as its
    headline part, cut as the HTML path cuts a `<title>` by the `<h1>` it prints (meta.titles.clean_title:
    a run of parts between spaced separators, "Headline - Site", or a prefix before a separator written
    without spaces or in full width, "見出し:サイト名"). The line is the larger share of the `<title>`
    line and shaped like a headline, so a banner with the site's name, a section's label or a story's
    subheading ("Harbour Notes" under "Harbour Notes: the ferry is back") is never taken for it. The
    longest such line wins; None when no line is one."""
    first = blocks[0]
    if first.kind != "p":
        return None
    line = first.text
    found: str | None = None
    for block in blocks[1:limit]:
        text = block.text
        if block.kind == "media" or not len(line) > len(text) >= len(line) / 2 or (
                found is not None and len(text) <= len(found)) or not title_like(block):
            continue
        cut = clean_title(line, set(), [text], guess=False)
        if cut != line and fold_title(cut) == fold_title(text):
            found = text
    return found
