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
breadcrumb ending in the headline), or the standfirst printed without its full stop under a
headline-shaped line (which retells the story more than the headline does), counts less. Lines
further up than the header's usual reach are candidates on the evidence that they are the headline
wherever they sit: the story retells them, their byline or date is under them, or the `<title>`
line names them.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgrab.media.captions import ends_with_credit
from newsgrab.meta.dates import may_hold_date
from newsgrab.meta.linkcalls import is_lost_link_call
from newsgrab.meta.titles import fold_title
from newsgrab.model import Block
from newsgrab.text.credittail import ends_with_bare_credit
from newsgrab.text.datelines import TEXT_DATE_RE
from newsgrab.text.echo import echo_words, lead_words, retold
from newsgrab.text.header import is_header_line
from newsgrab.text.linknote import ends_with_link_note
from newsgrab.text.selfref import refers_to_page
from newsgrab.text.slug import slug_words
from newsgrab.text.standfirst import RUN_ON_RE, longer_line_under, standfirst_under
from newsgrab.text.teasers import above_cards
from newsgrab.text.titlejoin import joined_headline
from newsgrab.text.titleshape import (
    HEADING_KINDS,
    MIN_TITLE_WIDE_CHARS,
    TITLE_SEPARATOR_RE,
    WIDE_RE,
    is_dek,
    length_words,
    link_line_names,
    lower_words,
    names_people,
    of_common_words,
    page_title_parts,
    title_like,
)

#: blocks above the article's first paragraph where its headline is looked for
TITLE_LOOKBACK = 16
#: blocks above the article's first paragraph where a line the `<title>` names, or a first-level
#: heading, is looked for when no headline is found nearer
PAGE_TITLE_LOOKBACK = 80
#: words a line the `<title>` names has at least to be taken from that far up: a shorter one is
#: the site's name (a footer's "Fox News" when the `<title>` is that name alone)
MIN_FAR_TITLE_WORDS = 4
#: blocks above the article's first paragraph where a line that the article's opening paragraphs
#: echo may still be its headline (above a photo gallery, share buttons or a "most read" list that
#: sit between the headline and the story); above them, only a line that they echo and that has its
#: byline or date under it, when no line nearer has a byline or date beside it (above a video
#: player's menus of settings)
ECHO_LOOKBACK = 48
#: the ends of a line cut short (a teaser), which a headline may also end with (`_whole_with_ellipsis`)
ELLIPSES = ("...", "…")
#: words a line has at least for its printing elsewhere on the page to count (shorter ones are menu
#: entries and buttons, printed at the top and the foot of a page: "READ MORE", "[ ] Grow")
MIN_AGAIN_WORDS = 4
#: list items (or links) in a row that end the article's header: above them is a menu
MIN_MENU_RUN = 2
#: blocks around a candidate within which a byline or date line counts as its own
HEADER_NEIGHBOURHOOD = 3
#: evidence for a candidate, in points (the candidate with the most wins); each is a fact about the
#: line or its neighbours, and a count (words, distance) is multiplied by its weight
POINTS = {
    "page_title": 20,    # a part of the `<title>` line printed first (BeautifulSoup, markdownify), or a
                         # post's title in lynx's line of the page's <link> titles (titleshape.link_line_names)
    "header_after": 12,  # a byline or date line within HEADER_NEIGHBOURHOOD lines below it
    "header_before": 2,  # one above it (some sites print the date first)
    "first": 6,          # the first candidate below the last menu: where the article's header opens
    "dek": 4,            # a one-sentence standfirst right below it, or a longer headline-shaped line
    "word": 5,           # per word, up to MAX_LENGTH_WORDS: a headline says something, a label does not
                         # (Chinese and Japanese counted by characters: titleshape.length_words)
    "height": 1,         # per line up from the article (neither header line nor media): the headline
                         # tops the article's header, above the dek, byline, date and photo
    "above_menu": -5,    # above a menu that sits above the article
    "name": -8,          # shaped like a person's name (the author's, next to the byline) or a list of
                         # them (a photo's caption, a panel's speakers: titleshape.names_people), unless
                         # it is made of the story's words in small letters (titleshape.of_common_words)
    "container": -8,     # holds another candidate whole (a breadcrumb that ends in the headline)
    "list_item": -6,     # a list item (menus and teaser lists are lists)
    "caption": -6,       # a sentence ends inside it (a photo caption run into its credit)
    "credit": -50,       # it ends with a picture's credit ("... Photo: Jane Doe", "... © Archive", a bare
                         # "... votes. | AP Photo": credittail.py): a caption, whatever else it has for
                         # it (a headline never credits a picture); more than the byline under it, being
                         # first under a menu and retelling the story earn together (12 + 6 + 24)
    "self_reference": -20,  # it speaks of the page itself ("this article", "this story": selfref.py): a
                         # dialog's, a notice's or a button's words, whatever else it has for it
    "link_note": -20,    # it ends with a link's note for screen readers ("... (opens in a new window)":
                         # linknote.py): a share link's or a button's label, whatever it echoes
    "link_call": -20,    # a call to follow a link that is not there ("Click here for ...": meta/linkcalls.py)
    "date_inside": -20,  # it holds a whole date, a year among it (datelines.TEXT_DATE_RE: "Podcast episode•Mar
                         # 2, 2021", "14 September 2021 • 31:18 <teaser>"): a teaser's or a caption's stamp
    "in_list": -3,       # next to another candidate (teaser headlines come in lists; a headline alone)
    "standfirst": -20,   # the standfirst of the candidate right above it (standfirst.standfirst_under): it retells
                         # the story more than its headline does, and the headline's words too
    "slug": 20,          # most of its words are the slug of a web address printed near the story: the
                         # page's own address names its headline, as the `<title>` line does
    "again": 10,         # printed again elsewhere on the page, whole or inside a longer line (share
                         # buttons' "<headline> on Facebook", a breadcrumb, the headline over a gallery)
    "echo": 4,           # per word of it, up to MAX_LENGTH_WORDS, that the opening paragraphs repeat:
                         # a story's first sentences retell its headline, a teaser or a button does not;
                         # none for a plain line shaped like people's names ("name"): the story names
                         # the people a photo's caption or a panel's list names, whatever the headline is
}
#: points for a heading, by level (markdown's `#`, a setext underline, lynx's flush-left line)
HEADING_POINTS = {"h1": 12, "h2": 8, "h3": 5, "h4": 4, "h5": 3, "h6": 3}
#: blocks of the article from its first paragraph whose small-letter words tell a title-case headline
#: from a person's name (titleshape.of_common_words)
LOWER_WORDS_BLOCKS = 12
#: characters of those blocks read at most (a converter may print a long article as a few huge blocks)
LOWER_WORDS_CHARS = 6000
#: words counted towards a candidate's length
MAX_LENGTH_WORDS = 6
#: points a candidate needs: a plain line with nothing else for it is not taken as the title
MIN_TITLE_POINTS = 8


@dataclass(slots=True)
class TitleChoice:
    """Where the headline is (`index`, None when no line is one) and the headline text to report."""

    index: int | None
    text: str | None



def _header_start(blocks: list[Block], start: int) -> int:
    """Where the article's header begins: after the last run of MIN_MENU_RUN list items or links
    above the first paragraph, at most TITLE_LOOKBACK blocks up. A byline or date line is none of
    them: converters print a post's list of its byline and dates as bullets, under its headline."""
    low = max(0, start - TITLE_LOOKBACK)
    run = 0
    for index in range(start - 1, low - 1, -1):
        block = blocks[index]
        if (block.kind == "li" or (block.link_chars * 2 > len(block.text) and block.kind not in HEADING_KINDS)) \
                and not is_header_line(block.text):
            run += 1
            if run >= MIN_MENU_RUN:
                return index + run
        elif block.kind != "media":
            run = 0
    return low


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
    best, dated = _best(blocks, start, low, candidates, page_title, echoes)
    if not (headings_only or dated) and echo_low:
        # further up still (above a video player's caption and quality menus), when no line near
        # the story has a byline or date beside it, a line may be its headline that the story
        # retells and that has its byline or date under it: both facts, as one alone is, that far
        # up, a related story's teaser or a photo's caption
        far = [index for index in range(echo_low) if retold(blocks[index].text, lead) and shaped[index]
               and _dated(blocks, index, header_lines)]
        if far:
            echoes.update((index, len(echo_words(blocks[index].text) & lead)) for index in far)
            best = _best(blocks, start, low, far + candidates, page_title, echoes)[0]
    if best is None or (blocks[best].kind not in HEADING_KINDS and fold_title(blocks[best].text) not in page_title):
        # the headline the <title> names, or the page's main heading, may sit further up, above a
        # gallery or a teaser list: either outranks a plain line that nothing else names (the main
        # heading is the text's h1, or an h2 when it has none: lynx prints every heading flush left,
        # which reads as h2)
        top_heading = "h1" if any(b.kind == "h1" for b in blocks) else "h2"
        for index in range(low - 1, max(1, start - PAGE_TITLE_LOOKBACK) - 1, -1):
            block = blocks[index]
            # (the shape last: most lines up there are neither the main heading nor named by the <title>)
            if (block.kind == top_heading or (page_title and len(block.text.split()) >= MIN_FAR_TITLE_WORDS
                                              and fold_title(block.text) in page_title)) and shaped[index]:
                return TitleChoice(index, block.text)
    if best is None:
        return TitleChoice(None, None)
    if best == 0:  # the `<title>` line: the headline part the story retells, without the site's name
        parts = [part for part in TITLE_SEPARATOR_RE.split(blocks[0].text) if retold(part, lead)]
        return TitleChoice(0, parts[0] if len(parts) == 1 else blocks[0].text)
    # a headline wrapped over two lines: the <title> names the two as one
    return TitleChoice(best, joined_headline(blocks, best, page_title) or blocks[best].text)



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


def _best(blocks: list[Block], start: int, low: int, candidates: list[int], page_title: list[str],
          echoes: dict[int, int]) -> tuple[int | None, bool]:
    """The candidate with the most points (MIN_TITLE_POINTS at least; None when none has them), and
    whether it has a byline or date line next to it."""
    best, best_points, dated = None, MIN_TITLE_POINTS - 1, False
    for index, facts in _evidence(blocks, start, low, candidates, page_title, echoes).items():
        points = HEADING_POINTS.get(blocks[index].kind, 0) + sum(POINTS[name] * value for name, value in facts.items())
        if points > best_points:
            best, best_points = index, points
            dated = bool(facts["header_after"] or facts["header_before"])
    return best, dated


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
                self._page = "\n".join(_unlinked(self._blocks)).casefold()
            value = _whole_with_ellipsis(self._blocks, index, self._page)
        self[index] = value
        return value


def _whole_with_ellipsis(blocks: list[Block], index: int, page: str) -> bool:
    """Whether a line that ends with an ellipsis is a headline that ends with one ("Only Those Who
    Love Themselves…"), not a teaser cut short: shaped like a headline without it, and printed again
    ellipsis and all further off than the lines around it (`_printed_again`: a breadcrumb that ends
    in the headline, the page's sticky header over the menu). A cut teaser is not printed so; where
    the page prints its story's headline again, it prints it as the headline has it. The ellipsis
    is the last word's ("Président»…"): one after a space trails off a standfirst ("... what a time
    to be alive ..."), which a page also prints twice, under the headline and over the story."""
    block = blocks[index]
    bare = block.text.rstrip(".…")
    if bare != bare.rstrip():  # "... what a week for the harbour ...": a standfirst trailing off
        return False
    return (title_like(Block(block.kind, bare, block.links, block.media, min(block.link_chars, len(bare))))
            and _printed_again(blocks, index, page))


def _evidence(blocks: list[Block], start: int, low: int, candidates: list[int],
              page_title: list[str], echoes: dict[int, int]) -> dict[int, dict[str, int]]:
    """The facts of POINTS for each candidate (1 or 0, a count for words and distance)."""
    header = _header_start(blocks, start)
    first = next((index for index in candidates if index >= header), None) if header > low else None
    likes = set(candidates)
    zone_low = max(0, min([*candidates[:1], low]) - HEADER_NEIGHBOURHOOD)
    zone = blocks[zone_low: start + HEADER_NEIGHBOURHOOD]
    # is_header_line is read only where a fact needs it: near a candidate, and up to TITLE_LOOKBACK
    # counted lines above the article (the far candidates' height is capped there)
    near = {i - zone_low for c in candidates for i in range(c - HEADER_NEIGHBOURHOOD, c + HEADER_NEIGHBOURHOOD + 1)}
    near.update(range(low - zone_low, len(zone)))
    headers = [i in near and is_header_line(b.text) for i, b in enumerate(zone)]
    folded = {index: fold_title(blocks[index].text) for index in candidates}
    slug = slug_words(blocks[max(0, start - ECHO_LOOKBACK): start + HEADER_NEIGHBOURHOOD])
    page = "\n".join(_unlinked(blocks)).casefold()
    lower: list[frozenset[str]] = []  # the article's small-letter words, read for the first name-shaped line
    distance: dict[int, int] = {}
    count = 0
    for index in range(start - 1, (candidates[0] if candidates else low) - 1, -1):
        distance[index] = min(count, TITLE_LOOKBACK)
        if blocks[index].kind != "media" and not headers[index - zone_low]:
            count += 1
    out: dict[int, dict[str, int]] = {}
    for index in candidates:
        block = blocks[index]
        here = index - zone_low
        following = next((b for b in blocks[index + 1: start + 1] if b.kind != "media"), None)
        named = names_people(block.text) and not of_common_words(block.text, _lower(blocks, start, lower))
        out[index] = {
            "page_title": int(bool(index) and folded[index] in page_title),
            "header_after": int(any(headers[here + 1: here + HEADER_NEIGHBOURHOOD + 1])),
            "header_before": int(any(headers[max(0, here - HEADER_NEIGHBOURHOOD): here])),
            "first": int(index == first),
            "dek": int(following is not None and (is_dek(following) or longer_line_under(block, following))),
            "word": min(length_words(block.text), MAX_LENGTH_WORDS),
            "above_menu": int(index < header),
            "name": int(named),
            "container": int(block.kind not in HEADING_KINDS and any(
                folded[other] and folded[other] != folded[index] and folded[other] in folded[index]
                for other in candidates)),
            "list_item": int(block.kind == "li"),
            "caption": int(bool(RUN_ON_RE.search(block.text))),
            "credit": int(ends_with_credit(block.text) or ends_with_bare_credit(block.text)),
            "self_reference": int(refers_to_page(block.text)),
            "link_note": int(ends_with_link_note(block.text)),
            "link_call": int(is_lost_link_call(block.text)),
            "date_inside": int(may_hold_date(block.text) and TEXT_DATE_RE.search(block.text) is not None),
            "in_list": int(_neighbour(blocks, index, -1) in likes or _neighbour(blocks, index, 1) in likes),
            "standfirst": int(standfirst_under(blocks, _neighbour(blocks, index, -1), index, likes)),
            "height": distance[index],
            "echo": 0 if named and block.kind not in HEADING_KINDS else min(echoes.get(index, 0), MAX_LENGTH_WORDS),
            "slug": int(bool(slug) and retold(block.text, slug)),
            "again": int(_printed_again(blocks, index, page)),
        }
    return out


def _lower(blocks: list[Block], start: int, seen: list[frozenset[str]]) -> frozenset[str]:
    """The words the article's first LOWER_WORDS_BLOCKS blocks (LOWER_WORDS_CHARS characters at most)
    print in small letters, read once (`seen` keeps them) and only when a candidate is shaped like a
    name."""
    if not seen:
        seen.append(lower_words("\n".join(block.text for block in blocks[start: start + LOWER_WORDS_BLOCKS])
                                [:LOWER_WORDS_CHARS]))
    return seen[0]


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


def _printed_again(blocks: list[Block], index: int, page: str) -> bool:
    """Whether a line of MIN_AGAIN_WORDS words or more is printed again on the `page` (the text of
    every block that is not a link, casefolded, a line each), whole or inside a longer line, beyond
    the HEADER_NEIGHBOURHOOD lines around it: an image's alt text and its caption, or a kicker and
    the headline it opens, sit side by side; a headline is printed again further off, in share
    buttons, a breadcrumb, above a gallery. A teaser is printed again too, as a link in a "related"
    list; where a converter keeps links, such copies are not counted."""
    text = blocks[index].text
    if len(text.split()) < MIN_AGAIN_WORDS and len(WIDE_RE.findall(text)) < MIN_TITLE_WIDE_CHARS:
        return False
    folded = text.casefold()
    near = "\n".join(_unlinked(blocks[max(0, index - HEADER_NEIGHBOURHOOD): index + HEADER_NEIGHBOURHOOD + 1]))
    return page.count(folded) > near.casefold().count(folded)


def _unlinked(blocks: list[Block]) -> list[str]:
    """The texts of the blocks that are not links (at most half their text is link text)."""
    return [block.text for block in blocks if block.link_chars * 2 <= len(block.text)]


def _neighbour(blocks: list[Block], index: int, step: int) -> int:
    """The index of the nearest block before (step -1) or after (step 1) that is not media."""
    index += step
    while 0 <= index < len(blocks) and blocks[index].kind == "media":
        index += step
    return index
