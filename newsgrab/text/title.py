"""The title of a text dump: the headline line that opens the article, and the `<title>` line.

In a whole-page dump the headline sits in the few lines above the article's first paragraph,
among the byline, the date, a standfirst and photo captions; page chrome (menus, a breadcrumb,
teaser headlines) sits above it. A line is a candidate when it is shaped like a headline (a few
words to a long sentence's worth, no full stop at the end, not a date or a byline, not a link). The
candidates are ranked by evidence: a markdown heading, the `<title>` text that BeautifulSoup and
markdownify print first (a headline that is a part of it, with the site name split off), a
byline or date next to it, being printed twice (a headline often is), and nearness to the prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgrab.meta.titles import fold_title
from newsgrab.model import Block
from newsgrab.text.header import PERSON_RE, is_header_line

#: separators between a headline and the site's name in a `<title>` ("Headline | Site", "Headline - Site")
_TITLE_SEPARATOR_RE = re.compile(r"\s+(?:\||–|—|-|::|·|•|»|«)\s+")
#: a line that ends a sentence (or a list's lead-in) is not a headline; "?" and "!" may end one
_NOT_TITLE_END_RE = re.compile(r"(?:[^.]\.|[,;:])[\"'”’»)]*$")
_WIDE_RE = re.compile("[\u2e80-\u9fff\uac00-\ud7a3]")
_HEADING_KINDS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: words a headline has at least (or wide CJK characters, which have no spaces between words)
MIN_TITLE_WORDS = 2
MIN_TITLE_WIDE_CHARS = 6
#: words a headline has at most
MAX_TITLE_WORDS = 30
#: blocks above the article's first paragraph where its headline is looked for
TITLE_LOOKBACK = 16
#: blocks around a candidate within which a byline or date line counts as its own
HEADER_NEIGHBOURHOOD = 4
#: evidence weights (points; the candidate with the most wins; each block between it and the article
#: that is not a header line costs one)
HEADING_POINTS = {"h1": 12, "h2": 8, "h3": 5, "h4": 4, "h5": 3, "h6": 3}
PAGE_TITLE_POINTS = 20
HEADER_POINTS = 8
REPEAT_POINTS = 4
#: points taken from a line shaped like a person's name (the author's name next to the byline)
NAME_PENALTY = 8
#: a point per word, up to this many: a headline says something, a label does not
MAX_LENGTH_POINTS = 6
#: points for the first line after a list (a menu, a breadcrumb, teaser links): where articles open
OPENING_POINTS = 4
#: points a candidate needs: a plain line with nothing for it is not taken as the title
MIN_TITLE_POINTS = 8


@dataclass(slots=True)
class TitleChoice:
    """Where the headline is (`index`, None when no line is one) and the headline text to report."""

    index: int | None
    text: str | None


def title_like(block: Block) -> bool:
    """Shaped like a headline: a few words, no full stop at the end, not a link, date or byline."""
    text = block.text
    if block.kind not in _HEADING_KINDS and block.kind not in ("p", "li"):
        return False
    if block.link_chars * 2 > len(text) or _NOT_TITLE_END_RE.search(text) or text.endswith(("...", "…")):
        return False
    words = len(text.split())
    if words > MAX_TITLE_WORDS:
        return False
    if words < MIN_TITLE_WORDS and len(_WIDE_RE.findall(text)) < MIN_TITLE_WIDE_CHARS:
        return False
    return not is_header_line(text)


def page_title_parts(first: Block) -> list[str]:
    """The folded parts of a `<title>`-style first line: the whole and each run of its parts."""
    parts = _TITLE_SEPARATOR_RE.split(first.text)
    out = [fold_title(first.text)]
    for start in range(len(parts)):
        for end in range(start + 1, len(parts) + 1):
            if (start, end) != (0, len(parts)):
                out.append(fold_title(" ".join(parts[start:end])))
    return [part for part in out if part]


@dataclass(slots=True)
class _Evidence:
    """What the candidates are measured against: the `<title>` line's parts, how often each folded
    text occurs in the whole dump, and which blocks of the zone are header lines."""

    page_title: list[str]
    counts: dict[str, int]
    headers: list[bool]
    zone_low: int

    def header_near(self, index: int) -> bool:
        low = max(0, index - HEADER_NEIGHBOURHOOD - self.zone_low)
        return any(self.headers[low: index + HEADER_NEIGHBOURHOOD + 1 - self.zone_low])


def find_title(blocks: list[Block], start: int) -> TitleChoice:
    """The headline of the article whose first paragraph is `blocks[start]`."""
    if not blocks or start == 0:
        return TitleChoice(None, None)
    low = max(0, start - TITLE_LOOKBACK)
    counts: dict[str, int] = {}
    for block in blocks:
        key = fold_title(block.text)
        counts[key] = counts.get(key, 0) + 1
    zone_low = max(0, low - HEADER_NEIGHBOURHOOD)
    evidence = _Evidence(
        page_title=page_title_parts(blocks[0]) if title_like(blocks[0]) else [],
        counts=counts,
        headers=[is_header_line(b.text) for b in blocks[zone_low: start + HEADER_NEIGHBOURHOOD]],
        zone_low=zone_low,
    )
    best, best_points = None, MIN_TITLE_POINTS - 1
    distance = 0  # blocks between a candidate and the article that are neither header lines nor media
    for index in range(start - 1, low - 1, -1):
        block = blocks[index]
        if title_like(block):
            points = _points(blocks, index, evidence) - distance
            if points > best_points:
                best, best_points = index, points
        if block.kind != "media" and not evidence.headers[index - zone_low]:
            distance += 1
    if best is None:
        return TitleChoice(None, None)
    return TitleChoice(best, blocks[best].text)


def _points(blocks: list[Block], index: int, evidence: _Evidence) -> int:
    """The evidence that the title-like `blocks[index]` is the headline (before its distance)."""
    block = blocks[index]
    key = fold_title(block.text)
    points = HEADING_POINTS.get(block.kind, 0) + min(len(block.text.split()), MAX_LENGTH_POINTS)
    if index and key in evidence.page_title:
        points += PAGE_TITLE_POINTS
    if evidence.header_near(index):
        points += HEADER_POINTS
    if evidence.counts.get(key, 0) > 1:
        points += REPEAT_POINTS
    if PERSON_RE.match(block.text):
        points -= NAME_PENALTY
    before = blocks[index - 1] if index else None
    if before is not None and (before.kind == "li" or before.link_chars * 2 > len(before.text)):
        points += OPENING_POINTS  # the first line after a menu or a link list opens the article
    return points
