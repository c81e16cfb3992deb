"""The title of a text dump: the headline line that opens the article, and the `<title>` line.

In a whole-page dump the headline opens the article's header: the few lines between the last
menu or link list and the first paragraph, where the byline, the date, a standfirst and photo
captions also sit. A line there is a candidate when it is shaped like a headline (a few words to
a long sentence's worth, mostly letters, no full stop at the end, not a date, a byline, a link or a
phrase printed twice over). Candidates are ranked by evidence: a markdown or lynx heading, the
`<title>` text that BeautifulSoup and markdownify print first (a headline that is a part of it,
with the site name split off), a byline or date next to it, being the first line of the header,
its length; a line shaped like a person's name or a list of them (a photo's caption naming the
people in it, a panel's speakers), one that holds another candidate whole (a
breadcrumb ending in the headline), the standfirst printed without its full stop under a
headline-shaped line (which retells the story more than the headline does), or a piece of a
sentence that the next line goes on with (a paragraph broken at its links: titlerun.py), counts
less; when nothing but such a piece is near the story, the `<title>` line names the headline. Lines
further up than the header's usual reach are candidates on the evidence that they are the headline
wherever they sit: the story retells them, their byline or date is under them, or the `<title>`
line names them.

This module is the search: where candidates are looked for, how far up, and the text reported for
the winner; what each candidate is worth, and the choice among them, is text/titlepoints.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgrab.meta.titles import fold_title
from newsgrab.model import Block
from newsgrab.text.echo import echo_words, lead_words, retold
from newsgrab.text.header import is_header_line
from newsgrab.text.teasers import above_cards
from newsgrab.text.titlejoin import joined_headline
from newsgrab.text.titleline import headline_printed_under
from newsgrab.text.titlepoints import (
    ECHO_LOOKBACK,
    HEADER_NEIGHBOURHOOD,
    TITLE_LOOKBACK,
    best_candidate,
    folded_page,
    printed_again,
)
from newsgrab.text.titlerun import runs_on
from newsgrab.text.titleshape import (
    HEADING_KINDS,
    MIN_TITLE_WIDE_CHARS,
    TITLE_SEPARATOR_RE,
    WIDE_RE,
    link_line_names,
    page_title_parts,
    title_like,
)

#: blocks above the article's first paragraph where a line the `<title>` names, or a first-level
#: heading, is looked for when no headline is found nearer
PAGE_TITLE_LOOKBACK = 80
#: words a line the `<title>` names has at least to be taken from that far up: a shorter one is
#: the site's name (a footer's "Fox News" when the `<title>` is that name alone)
MIN_FAR_TITLE_WORDS = 4
#: the ends of a line cut short (a teaser), which a headline may also end with (`_whole_with_ellipsis`)
ELLIPSES = ("...", "…")


@dataclass(slots=True)
class TitleChoice:
    """Where the headline is (`index`, None when no line is one) and the headline text to report."""

    index: int | None
    text: str | None


def find_title(blocks: list[Block], start: int, *, headings_only: bool = False) -> TitleChoice:
    """The headline of the article whose first paragraph is `blocks[start]` (with `headings_only`,
    only a heading or a line the `<title>` line names may be it)."""
    if not blocks or start == 0:
        return TitleChoice(None, None)
    page_title = page_title_parts(blocks[0]) if title_like(blocks[0]) else []
    # (lynx's line of the page's <link> titles names the headline as the <title> line does)
    page_title += link_line_names(blocks, start - PAGE_TITLE_LOOKBACK, start)
    lead = lead_words(blocks, start)
    if not headings_only:  # the header ends above a list of dated teasers that sits over the story
        start = above_cards(blocks, start)
    low = max(0, start - TITLE_LOOKBACK)
    candidates: list[int] = []
    echoes: dict[int, int] = {}
    header_lines: dict[int, bool] = {}  # is_header_line of the blocks under far lines (_dated)
    shaped = _Shapes(blocks)  # title_like of each block asked about: both loops below ask of the far lines
    echo_low = max(0, start - ECHO_LOOKBACK)
    for index in range(echo_low, start):
        block = blocks[index]
        # a headline the story retells, one with its byline or date under it, or one the <title> line
        # names, may sit further up than its header usually is (above a gallery, share buttons, a
        # "most read" list); not in a clean text, where a dek below the headline retells the story as well
        if index < low and (headings_only or not (retold(block.text, lead) or _named_far(blocks, index, page_title) or (
                shaped[index] and _dated(blocks, index, header_lines)))):
            continue
        if headings_only and block.kind not in HEADING_KINDS and not (
                index and fold_title(block.text) in page_title):
            continue
        if shaped[index]:
            candidates.append(index)
            # (in a clean text the headings below the headline retell the story as much as it does)
            echoes[index] = 0 if headings_only else len(echo_words(block.text) & lead)
    best, dated = best_candidate(blocks, start, low, candidates, page_title, echoes)
    if not (headings_only or dated) and echo_low:
        # further up still (above a video player's caption and quality menus), when no line near
        # the story has a byline or date beside it, a line may be its headline that the story
        # retells and that has its byline or date under it: both facts, as one alone is, that far
        # up, a related story's teaser or a photo's caption
        far = [index for index in range(echo_low) if retold(blocks[index].text, lead) and shaped[index]
               and _dated(blocks, index, header_lines)]
        if far:
            echoes.update((index, len(echo_words(blocks[index].text) & lead)) for index in far)
            best = best_candidate(blocks, start, low, far + candidates, page_title, echoes)[0]
    top_heading = "h1" if any(b.kind == "h1" for b in blocks) else "h2"
    # a lower heading than the main one, with no byline or date beside it, that nothing else names
    lower = (best is not None and not dated and blocks[best].kind in HEADING_KINDS
             and blocks[best].kind > top_heading)
    if best is None or (fold_title(blocks[best].text) not in page_title and (
            blocks[best].kind not in HEADING_KINDS or lower)):
        # the headline the <title> names, or the page's main heading, may sit further up, above a
        # gallery or a teaser list: either outranks a plain line that nothing else names (the main
        # heading is the text's h1, or an h2 when it has none: lynx prints every heading flush left,
        # which reads as h2); the main heading outranks a lower one when the story retells it more
        # (`_retold_more`: a teaser list's "### <headline>" between the headline and the story)
        for index in range(low - 1, max(1, start - PAGE_TITLE_LOOKBACK) - 1, -1):
            block = blocks[index]
            if lower and not (block.kind == top_heading and _retold_more(blocks, index, best, echoes, lead)):
                continue
            # (the shape last: most lines up there are neither the main heading nor named by the <title>)
            if (block.kind == top_heading or (page_title and len(block.text.split()) >= MIN_FAR_TITLE_WORDS
                                              and fold_title(block.text) in page_title)) and shaped[index]:
                return TitleChoice(index, block.text)
        # further up still: the text's one first-level heading, when no line near the story has a
        # byline or date beside it (`_lone_h1`)
        if not (headings_only or dated) and (lone := _lone_h1(blocks, start)) is not None and shaped[lone] and (
                not lower or _retold_more(blocks, lone, best, echoes, lead)):
            return TitleChoice(lone, blocks[lone].text)
    if (not headings_only and page_title and (best is None or runs_on(blocks, best, page_title))
            and echo_words(blocks[0].text) & lead):
        # no line near the story is its headline (none, or only a piece of a sentence): the
        # `<title>` line that BeautifulSoup and markdownify print first names it, when it shares a
        # word with the story (a lynx or w3m dump's first line is the page's chrome: "Skip to content")
        best = 0
    if best is None:
        return TitleChoice(None, None)
    if best == 0:  # the `<title>` line: the headline part the story retells, without the site's name
        # (else the part the page prints again in its header: titleline.py)
        parts = [part for part in TITLE_SEPARATOR_RE.split(blocks[0].text) if retold(part, lead)]
        return TitleChoice(0, parts[0] if len(parts) == 1 else headline_printed_under(blocks, start) or blocks[0].text)
    # a headline wrapped over two lines: the <title> names the two as one
    return TitleChoice(best, joined_headline(blocks, best, page_title) or blocks[best].text)


def _retold_more(blocks: list[Block], index: int, best: int | None, echoes: dict[int, int],
                 lead: set[str]) -> bool:
    """Whether the story's opening paragraphs (`lead`) repeat more words of the main heading
    `blocks[index]` than of the lower heading `blocks[best]` the points chose: html2text and
    markdownify print a teaser list's headlines ("### <teaser>") as headings of a lower level, and
    one that sits between the page's `<h1>` and the story wins there on its nearness alone. A
    logo's `<h1>` ("# Harbour Gazette") shares no words with the story, and a section's lower
    heading over its own story shares more: neither gives way."""
    mine = echoes.get(best, 0) if best is not None else 0
    return len(echo_words(blocks[index].text) & lead) > mine


def _lone_h1(blocks: list[Block], start: int) -> int | None:
    """The text's only first-level heading, when it sits above the reach of the main-heading search
    (PAGE_TITLE_LOOKBACK blocks over the story's first paragraph, `blocks[start]`) or opens the text,
    which that search passes over as the `<title>` line's place. html2text and markdownify print a
    page's `<h1>` so, and a page with one marks its headline with it, however far above the story
    run the converter printed it: a reference page's table of contents and infobox, a long
    header of teasers or a comment thread read as the story sit between. Asked only when no line
    near the story has its byline or date beside it: a page whose one `<h1>` is its logo ("# Harbour
    Gazette" at the top of a news page) prints its story's headline as a plain line over a byline or
    a date, and that line stays the headline. None when the text has no `<h1>` or more than one (a
    page that marks its teasers' or its sections' titles so)."""
    h1s = [index for index, block in enumerate(blocks) if block.kind == "h1"]
    if len(h1s) != 1 or h1s[0] >= max(1, start - PAGE_TITLE_LOOKBACK):
        return None
    return h1s[0]


def _named_far(blocks: list[Block], index: int, page_title: list[str]) -> bool:
    """Whether the `<title>` line that BeautifulSoup and markdownify print first names a line above
    TITLE_LOOKBACK whole: the headline, where a gallery, a shop's product boxes or a list of teasers
    sit between it and the story; it then competes on its points with the lines nearer the story
    (`page_title` counts for it). The `<title>` names the site too, so the line has a headline's
    length (MIN_FAR_TITLE_WORDS words, or MIN_TITLE_WIDE_CHARS wide characters) and is not the first
    line under the `<title>` line: that is the page's banner, its logo's or the site's name, however
    long ("ebb extension for Quaymaster" under "Ebb: Shared Tide Tables Online — ebb extension for
    Quaymaster")."""
    if index <= 1 or not page_title:
        return False
    text = blocks[index].text
    return ((len(text.split()) >= MIN_FAR_TITLE_WORDS or len(WIDE_RE.findall(text)) >= MIN_TITLE_WIDE_CHARS)
            and fold_title(text) in page_title)


class _Shapes(dict[int, bool]):
    """`title_like` of `blocks[index]`, computed once per index for one headline search (the search
    asks it of the lines above the header twice: as far candidates, then for the main heading), or
    a headline that ends with an ellipsis (`_whole_with_ellipsis`)."""

    __slots__ = ("_blocks", "_page")

    def __init__(self, blocks: list[Block]) -> None:
        super().__init__()
        self._blocks = blocks
        self._page: str | None = None

    def __missing__(self, index: int) -> bool:
        block = self._blocks[index]
        value = title_like(block)
        if not value and block.text.endswith(ELLIPSES):
            if self._page is None:
                self._page = folded_page(self._blocks)
            value = _whole_with_ellipsis(self._blocks, index, self._page)
        self[index] = value
        return value


def _whole_with_ellipsis(blocks: list[Block], index: int, page: str) -> bool:
    """Whether a line that ends with an ellipsis is a headline that ends with one ("Only Those Who
    Love Themselves…"), not a teaser cut short: shaped like a headline without it, and printed again
    ellipsis and all further off than the lines around it (`printed_again`: a breadcrumb that ends
    in the headline, the page's sticky header over the menu). A cut teaser is not printed so; where
    the page prints its story's headline again, it prints it as the headline has it. The ellipsis
    is the last word's ("Président»…"): one after a space trails off a standfirst ("... what a time
    to be alive ..."), which a page also prints twice, under the headline and over the story."""
    block = blocks[index]
    bare = block.text.rstrip(".…")
    if bare != bare.rstrip():  # "... what a week for the harbour ...": a standfirst trailing off
        return False
    return (title_like(Block(block.kind, bare, block.links, block.media, min(block.link_chars, len(bare))))
            and printed_again(blocks, index, page))


def _dated(blocks: list[Block], index: int, seen: dict[int, bool]) -> bool:
    """Whether a byline or a date line sits within HEADER_NEIGHBOURHOOD blocks under a line (media
    aside): the headline on top of its header, whatever the story's first lines retell of it.
    `seen` keeps what is_header_line said of each block: the lines under one far line are mostly
    under the next one up too."""
    below = [i for i in range(index + 1, min(len(blocks), index + 1 + 2 * HEADER_NEIGHBOURHOOD))
             if blocks[i].kind != "media"][:HEADER_NEIGHBOURHOOD]
    for i in below:
        if i not in seen:
            seen[i] = is_header_line(blocks[i].text)
        if seen[i]:
            return True
    return False


