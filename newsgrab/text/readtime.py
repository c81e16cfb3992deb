"""A byline printed with its reading time above the headline: "Jane Doe" / "Follow" / "Jan 5 · 7 min read".

Publishing platforms (Medium, Substack, dev.to, Ghost, WordPress themes) print the author's name next
to a short line giving the story's reading time, in the page's language (data/reading_times.toml:
"7 min read", "7 Min. Lesezeit", "lecture 7 min"). A converter prints the pair as two lines, or one
("Jane Doe · 7 min read"), and a platform's top bar may hold it several lines above the headline, out
of the window text/around.py reads. The reading time is the story's own: it vouches for the name
beside it as an author's card's role line does (text/cards.py). A related list prints the same pair
under every teaser, so the pair is read only when it is the one reading time above the headline.
"""

from __future__ import annotations

from newsgrab.model import Block, Metadata
from newsgrab.text.byline import byline_names
from newsgrab.text.cards import is_card_link, name_authors
from newsgrab.text.header import MAX_HEADER_LINE_CHARS, SEPARATOR_RE
from newsgrab.text.headerdates import is_reading_time as is_reading_time

#: blocks above the headline where a name with its reading time is read (a platform's top bar, its
#: "Sign in" and "Next story" lines, a notice, lie between them)
MAX_TIMED_ABOVE = 20
#: card links (data/card_links.toml, "Follow") between the name and its reading time at most
MAX_LINKS_BETWEEN = 1


def take_timed_name(blocks: list[Block], headline: int, meta: Metadata) -> set[int]:
    """Name the author from a person's name beside the one reading time among the MAX_TIMED_ABOVE blocks
    above `headline`: on the line over it (past at most MAX_LINKS_BETWEEN card links: "Jane Doe" /
    "Follow" / "Jan 5 · 7 min read") or before it on its line ("Jane Doe · 7 min read"); return the
    indices of the lines read. Two reading times there are a list of teasers, each with its author, and
    give nothing; so does a reading time beside a line that names no person (a section's kicker)."""
    above = range(max(0, headline - MAX_TIMED_ABOVE), headline)
    timed = [index for index in above
             if len(blocks[index].text) <= MAX_HEADER_LINE_CHARS and is_reading_time(blocks[index].text)]
    if len(timed) != 1:
        return set()
    index = timed[0]
    parts = SEPARATOR_RE.split(blocks[index].text.strip())
    if len(parts) > 1 and (names := byline_names(parts[0].strip())):
        return name_authors(meta, names, {index})
    over = index - 1
    while over >= 0 and index - over <= MAX_LINKS_BETWEEN and is_card_link(blocks[over].text):
        over -= 1
    if over >= 0 and blocks[over].kind == "p" and (names := byline_names(blocks[over].text)):
        return name_authors(meta, names, set(range(over, index + 1)))
    return set()
