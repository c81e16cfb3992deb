"""The lines a site prints between a headline and its story, or above a clean text's headline.

Two shapes that hide the headline from the plain ranking in title.py: a list of dated teasers
("more stories like this one") right above the story, whose top is where the article's header
really ends; and, in a text without page chrome, a section's name, a back link or a notice's button
printed above the headline.
"""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.echo import echo_words, lead_words, retold
from newsgrab.text.ends import ends_with
from newsgrab.text.header import is_header_line
from newsgrab.text.titleshape import (
    HEADING_KINDS,
    MAX_TITLE_WORDS,
    MIN_TITLE_WIDE_CHARS,
    NOT_TITLE_END_RE,
    NOT_TITLE_TRAILING,
    WIDE_RE,
    is_dek,
    title_like,
)

#: blocks above the article's first paragraph where a list of teasers is looked for (as far up as
#: title.py looks for a line the `<title>` names)
CARD_LOOKBACK = 80
#: groups of lines, each closed by a date, that make a list of teasers above the story (above_cards)
MIN_CARDS = 3
MAX_CARD_LINES = 3
#: words a line above a clean text's headline shares with the story at most to be a label there (a
#: site's name that the story mentions), not the title
MAX_LABEL_ECHO = 1
#: words a clean text's first line has at most to be a section's name above its headline, and the
#: story's words that headline shares at least (_under_short_label)
MAX_LABEL_WORDS = 3
MIN_HEADLINE_ECHO = 2


def above_cards(blocks: list[Block], start: int) -> int:
    """The top of a list of dated teasers right above the article's first paragraph ("more stories
    like this one": a headline, maybe its section's name and the headline again, then a date, over
    and over), or `start` when there is none. Such a list is MIN_CARDS groups at least of one to
    MAX_CARD_LINES lines (none of them prose) each closed by a header line, the first one right above
    the paragraph; the headline is above it, with its own byline and date (two header lines in a row
    end the list)."""
    size = 0
    sizes: list[int] = []
    top = start
    for index in range(start - 1, max(0, start - CARD_LOOKBACK) - 1, -1):
        block = blocks[index]
        if block.kind == "media":
            continue
        if is_header_line(block.text):
            if not size and top != start:
                break
            if size:
                sizes.append(size)
            top, size = index, 0
        elif top == start or (block.kind not in HEADING_KINDS and block.kind != "p") or (
                len(block.text.split()) > MAX_TITLE_WORDS
                or ends_with(NOT_TITLE_END_RE, block.text, NOT_TITLE_TRAILING, 2)):
            break
        else:
            size += 1
            if size > MAX_CARD_LINES:  # the top card's lines under the lines above the list
                sizes.append(sizes[-1] if sizes else 0)
                top -= sizes[-1]
                break
    return top if len(sizes) >= MIN_CARDS else start


def headline_below_label(blocks: list[Block], start: int) -> int | None:
    """In a text without page chrome, the headline under the lines a site prints above it (a
    section's name, a "back to the overview" link, a logo's alt text, a notice's button): the first
    line that the story retells, above which each line shares at most MAX_LABEL_ECHO words with
    the story and is not prose (a byline or a date may sit there too); None when there is none."""
    lead = lead_words(blocks, start)
    for index in range(start):
        block = blocks[index]
        if index and title_like(block) and retold(block.text, lead):
            return index
        if block.kind != "media" and not is_header_line(block.text) and (
                len(echo_words(block.text) & lead) > MAX_LABEL_ECHO):
            break  # (a first line the story shares words with is its title, not a label)
    return _under_short_label(blocks, start, lead)


def _under_short_label(blocks: list[Block], start: int, lead: set[str]) -> int | None:
    """The second line when the first is a section's short name ("World", "U.S. news", a URL) and
    the second a longer headline right above the story or its standfirst: the label has at most
    MAX_LABEL_WORDS words and shares at most MAX_LABEL_ECHO with the story, the headline at least
    MIN_HEADLINE_ECHO (a story's first lines retell its headline in part, if not most of it). A
    short title above a line of the editor's ("Weekend Notes" / "A few words from the editor")
    stays: that line shares no word with the story."""
    if start < 2 or len(blocks) < 3 or blocks[0].kind in HEADING_KINDS:
        return None
    label, head = blocks[0].text, blocks[1]
    words = len(label.split())
    if words > MAX_LABEL_WORDS or len(WIDE_RE.findall(label)) >= MIN_TITLE_WIDE_CHARS:
        return None
    if not title_like(head) or head.kind == "li" or len(head.text.split()) <= words:
        return None
    if start != 2 and not is_dek(blocks[2]):
        return None
    if len(echo_words(label) & lead) > MAX_LABEL_ECHO or len(echo_words(head.text) & lead) < MIN_HEADLINE_ECHO:
        return None
    return 1
