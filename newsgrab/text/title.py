"""The title of a text dump: the headline line that opens the article, and the `<title>` line.

In a whole-page dump the headline opens the article's header: the few lines between the last
menu or link list and the first paragraph, where the byline, the date, a standfirst and photo
captions also sit. A line there is a candidate when it is shaped like a headline (a few words to
a long sentence's worth, mostly letters, no full stop at the end, not a date, a byline, a link or a
phrase printed twice over). Candidates are ranked by evidence: a markdown or lynx heading, the
`<title>` text that BeautifulSoup and markdownify print first (a headline that is a part of it,
with the site name split off), a byline or date next to it, being the first line of the header,
its length; a line shaped like a person's name, or one that holds another candidate whole (a
breadcrumb ending in the headline), counts less.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgrab.meta.titles import fold_title
from newsgrab.model import Block
from newsgrab.text.byline import PERSON_RE
from newsgrab.text.ends import ends_with
from newsgrab.text.header import is_header_line

#: separators between a headline and the site's name in a `<title>` ("Headline | Site", "Headline - Site")
_TITLE_SEPARATOR_RE = re.compile(r"\s+(?:\||–|—|-|::|·|•|»|«)\s+")
#: a line that ends a sentence (or a list's lead-in) is not a headline; "?" and "!" may end one
_NOT_TITLE_END_RE = re.compile(r"(?:[^.]\.|[,;:])[\"'”’»)]*$")
#: what `_NOT_TITLE_END_RE` lets trail its punctuation, and the line break its `$` may stand before
_NOT_TITLE_TRAILING = "\"'”’»)\n"
_WIDE_RE = re.compile("[\u2e80-\u9fff\uac00-\ud7a3]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_ECHO_WORD_RE = re.compile(r"\w+")
#: a short label and a colon opening a line ("Photo: ...", "Image Credit: ...", "Filed to:...")
_LABEL_RE = re.compile(r"^[^\W\d_][\w ]{0,20}:\s*(.*)$")
#: a sentence run on into the next word, with or without a space: a photo caption and its credit
#: ("...at the Economic Club last week.Credit...Anna Moneymaker") printed as one line
_RUN_ON_RE = re.compile(r"[^\W\d_]{2}[.!?][\"”’]?\s*[^\W\d_]")
_HEADING_KINDS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: words a headline has at least (or wide CJK characters, which have no spaces between words)
MIN_TITLE_WORDS = 2
MIN_TITLE_WIDE_CHARS = 6
#: words a headline has at most
MAX_TITLE_WORDS = 30
#: share of a headline's characters (spaces aside) that are letters at least
MIN_TITLE_LETTER_SHARE = 0.5
#: characters; a plain first line longer than this is the first paragraph of cleaned text, not a title
MAX_PLAIN_TITLE_CHARS = 150
#: words after a label's colon at most for the line to be the label's value, not a headline with a
#: kicker ("Analysis: Drought Pushes Central Asian Neighbours Toward a Deal")
MAX_LABELLED_WORDS = 4
#: blocks above the article's first paragraph where its headline is looked for
TITLE_LOOKBACK = 16
#: blocks above the article's first paragraph where a line the `<title>` names, or a first-level
#: heading, is looked for when no headline is found nearer
PAGE_TITLE_LOOKBACK = 80
#: groups of lines, each closed by a date, that make a list of teasers above the story (_above_cards)
MIN_CARDS = 3
MAX_CARD_LINES = 3
#: words a line the `<title>` names has at least to be taken from that far up: a shorter one is
#: the site's name (a footer's "Fox News" when the `<title>` is that name alone)
MIN_FAR_TITLE_WORDS = 4
#: blocks above the article's first paragraph where a line that the article's opening paragraphs
#: echo may still be its headline (above a photo gallery, share buttons or a "most read" list that
#: sit between the headline and the story)
ECHO_LOOKBACK = 48
#: a line above TITLE_LOOKBACK is a candidate when at least this share of its words, and at least
#: MIN_FAR_ECHO_WORDS of them, recur in the article's opening paragraphs
MIN_FAR_ECHO_SHARE = 0.6
MIN_FAR_ECHO_WORDS = 3
#: words a line above a clean text's headline shares with the story at most to be a label there (a
#: site's name that the story mentions), not the title
MAX_LABEL_ECHO = 1
#: words a clean text's first line has at most to be a section's name above its headline, and the
#: story's words that headline shares at least (_under_short_label)
MAX_LABEL_WORDS = 3
MIN_HEADLINE_ECHO = 2
#: the article's opening paragraphs whose words a headline echoes
LEAD_BLOCKS = 5
#: characters a word has at least to count as echoed (shorter ones are mostly function words); a
#: word is compared on its first ECHO_STEM_CHARS characters, so "agrees" echoes "agreed"
MIN_ECHO_WORD_CHARS = 4
ECHO_STEM_CHARS = 5
#: list items (or links) in a row that end the article's header: above them is a menu
MIN_MENU_RUN = 2
#: blocks around a candidate within which a byline or date line counts as its own
HEADER_NEIGHBOURHOOD = 3
#: evidence for a candidate, in points (the candidate with the most wins); each is a fact about the
#: line or its neighbours, and a count (words, distance) is multiplied by its weight
POINTS = {
    "page_title": 20,    # a part of the `<title>` line printed first (BeautifulSoup, markdownify)
    "header_after": 12,  # a byline or date line within HEADER_NEIGHBOURHOOD lines below it
    "header_before": 2,  # one above it (some sites print the date first)
    "first": 6,          # the first candidate below the last menu: where the article's header opens
    "dek": 4,            # a one-sentence standfirst right below it
    "word": 5,           # per word, up to MAX_LENGTH_WORDS: a headline says something, a label does not
    "height": 1,         # per line up from the article (neither header line nor media): the headline
                         # tops the article's header, above the dek, byline, date and photo
    "above_menu": -5,    # above a menu that sits above the article
    "name": -8,          # shaped like a person's name (the author's, next to the byline)
    "container": -8,     # holds another candidate whole (a breadcrumb that ends in the headline)
    "list_item": -6,     # a list item (menus and teaser lists are lists)
    "caption": -6,       # a sentence ends inside it (a photo caption run into its credit)
    "in_list": -3,       # next to another candidate (teaser headlines come in lists; a headline alone)
    "echo": 4,           # per word of it, up to MAX_LENGTH_WORDS, that the opening paragraphs repeat:
                         # a story's first sentences retell its headline, a teaser or a button does not
}
#: points for a heading, by level (markdown's `#`, a setext underline, lynx's flush-left line)
HEADING_POINTS = {"h1": 12, "h2": 8, "h3": 5, "h4": 4, "h5": 3, "h6": 3}
#: words counted towards a candidate's length
MAX_LENGTH_WORDS = 6
#: characters; a standfirst is at most this long
MAX_DEK_CHARS = 300
#: points a candidate needs: a plain line with nothing else for it is not taken as the title
MIN_TITLE_POINTS = 8


@dataclass(slots=True)
class TitleChoice:
    """Where the headline is (`index`, None when no line is one) and the headline text to report."""

    index: int | None
    text: str | None


def title_like(block: Block) -> bool:
    """Shaped like a headline: a few words, mostly letters, no full stop at the end, not a link,
    date, byline or a phrase printed twice over (a logo's alt text and name)."""
    text = block.text
    if block.kind not in _HEADING_KINDS and block.kind not in ("p", "li"):
        return False
    if ends_with(_NOT_TITLE_END_RE, text, _NOT_TITLE_TRAILING, 2) or text.endswith(("...", "…")):
        return False
    if block.kind not in _HEADING_KINDS and block.link_chars * 2 > len(text):
        return False  # (a heading may link to its own page, a line that is a link is a teaser)
    words = text.split()
    if len(words) > MAX_TITLE_WORDS:
        return False
    if len(words) < MIN_TITLE_WORDS and len(_WIDE_RE.findall(text)) < MIN_TITLE_WIDE_CHARS:
        return False
    if len(_LETTER_RE.findall(text)) < MIN_TITLE_LETTER_SHARE * (len(text) - len(words) + 1):
        return False
    label = _LABEL_RE.match(text)
    if label and (len(label.group(1).split()) <= MAX_LABELLED_WORDS or ": " in label.group(1)):
        return False  # "Photo: Jane Doe, AP", "Tested by: J. Doe RRP: £24 More info: ...": labels and values
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        return False
    return not is_header_line(text)


def opens_with_title(blocks: list[Block]) -> bool:
    """Whether the first block of a text without page chrome is its title: a first- or second-level
    heading, or a plain line shaped like a headline that is no longer than one (MAX_PLAIN_TITLE_CHARS)
    and not in capitals (a dateline, "BAAR, SWITZERLAND"). A paragraph (a sentence, or a line too
    long for a headline) is never taken: cleaned text opens with one."""
    first = blocks[0]
    if not title_like(first):
        return False
    if first.kind in ("h1", "h2"):
        return True
    return first.kind == "p" and len(first.text) <= MAX_PLAIN_TITLE_CHARS and not first.text.isupper()


def page_title_parts(first: Block) -> list[str]:
    """The folded parts of a `<title>`-style first line: the whole and each run of its parts."""
    parts = _TITLE_SEPARATOR_RE.split(first.text)
    out = [fold_title(first.text)]
    for start in range(len(parts)):
        for end in range(start + 1, len(parts) + 1):
            if (start, end) != (0, len(parts)):
                out.append(fold_title(" ".join(parts[start:end])))
    return [part for part in out if part]


def _header_start(blocks: list[Block], start: int) -> int:
    """Where the article's header begins: after the last run of MIN_MENU_RUN list items or links
    above the first paragraph, at most TITLE_LOOKBACK blocks up."""
    low = max(0, start - TITLE_LOOKBACK)
    run = 0
    for index in range(start - 1, low - 1, -1):
        block = blocks[index]
        if block.kind == "li" or (block.link_chars * 2 > len(block.text) and block.kind not in _HEADING_KINDS):
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
    lead = _lead(blocks, start)
    if not headings_only:  # the header ends above a list of dated teasers that sits over the story
        start = _above_cards(blocks, start)
    low = max(0, start - TITLE_LOOKBACK)
    candidates: list[int] = []
    echoes: dict[int, int] = {}
    for index in range(max(0, start - ECHO_LOOKBACK), start):
        block = blocks[index]
        # a headline the story retells may sit further up than its header usually is (above a
        # gallery, share buttons, a "most read" list); not in a clean text, where a dek below the
        # headline retells the story as well
        if index < low and (headings_only or not _retold(block.text, lead)):
            continue
        if headings_only and block.kind not in _HEADING_KINDS and not (
                index and fold_title(block.text) in page_title):
            continue
        if title_like(block):
            candidates.append(index)
            # (in a clean text the headings below the headline retell the story as much as it does)
            echoes[index] = 0 if headings_only else len(echo_words(block.text) & lead)
    best, best_points = None, MIN_TITLE_POINTS - 1
    for index, facts in _evidence(blocks, start, low, candidates, page_title, echoes).items():
        points = HEADING_POINTS.get(blocks[index].kind, 0) + sum(POINTS[name] * value for name, value in facts.items())
        if points > best_points:
            best, best_points = index, points
    if best is None or (blocks[best].kind not in _HEADING_KINDS and fold_title(blocks[best].text) not in page_title):
        # the headline the <title> names, or the page's main heading, may sit further up, above a
        # gallery or a teaser list: either outranks a plain line that nothing else names (the main
        # heading is the text's h1, or an h2 when it has none: lynx prints every heading flush left,
        # which reads as h2)
        top_heading = "h1" if any(b.kind == "h1" for b in blocks) else "h2"
        for index in range(low - 1, max(1, start - PAGE_TITLE_LOOKBACK) - 1, -1):
            block = blocks[index]
            if title_like(block) and (block.kind == top_heading or (
                    fold_title(block.text) in page_title and len(block.text.split()) >= MIN_FAR_TITLE_WORDS)):
                return TitleChoice(index, block.text)
    if best is None:
        return TitleChoice(None, None)
    if best == 0:  # the `<title>` line: the headline part the story retells, without the site's name
        parts = [part for part in _TITLE_SEPARATOR_RE.split(blocks[0].text) if _retold(part, lead)]
        return TitleChoice(0, parts[0] if len(parts) == 1 else blocks[0].text)
    return TitleChoice(best, blocks[best].text)


def _above_cards(blocks: list[Block], start: int) -> int:
    """The top of a list of dated teasers right above the article's first paragraph ("more stories
    like this one": a headline, maybe its section's name and the headline again, then a date, over
    and over), or `start` when there is none. Such a list is MIN_CARDS groups at least of one to
    MAX_CARD_LINES lines (none of them prose) each closed by a header line, the first one right above
    the paragraph; the headline is above it, with its own byline and date (two header lines in a row
    end the list)."""
    size = 0
    sizes: list[int] = []
    top = start
    for index in range(start - 1, max(0, start - PAGE_TITLE_LOOKBACK) - 1, -1):
        block = blocks[index]
        if block.kind == "media":
            continue
        if is_header_line(block.text):
            if not size and top != start:
                break
            if size:
                sizes.append(size)
            top, size = index, 0
        elif top == start or (block.kind not in _HEADING_KINDS and block.kind != "p") or (
                len(block.text.split()) > MAX_TITLE_WORDS
                or ends_with(_NOT_TITLE_END_RE, block.text, _NOT_TITLE_TRAILING, 2)):
            break
        else:
            size += 1
            if size > MAX_CARD_LINES:  # the top card's lines under the lines above the list
                sizes.append(sizes[-1] if sizes else 0)
                top -= sizes[-1]
                break
    return top if len(sizes) >= MIN_CARDS else start


def _retold(text: str, lead: set[str]) -> bool:
    """Whether the article's opening paragraphs (their `echo_words`) retell a line: most of its words
    (MIN_FAR_ECHO_SHARE), and MIN_FAR_ECHO_WORDS of them at least."""
    words = echo_words(text)
    return len(words & lead) >= max(MIN_FAR_ECHO_WORDS, MIN_FAR_ECHO_SHARE * len(words))


def headline_below_label(blocks: list[Block], start: int) -> int | None:
    """In a text without page chrome, the headline under the lines a site prints above it (a
    section's name, a "back to the overview" link, a logo's alt text, a notice's button): the first
    line that the story retells, above which each line shares at most MAX_LABEL_ECHO words with
    the story and is not prose (a byline or a date may sit there too); None when there is none."""
    lead = _lead(blocks, start)
    for index in range(start):
        block = blocks[index]
        if index and title_like(block) and _retold(block.text, lead):
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
    if start < 2 or len(blocks) < 3 or blocks[0].kind in _HEADING_KINDS:
        return None
    label, head = blocks[0].text, blocks[1]
    words = len(label.split())
    if words > MAX_LABEL_WORDS or len(_WIDE_RE.findall(label)) >= MIN_TITLE_WIDE_CHARS:
        return None
    if not title_like(head) or head.kind == "li" or len(head.text.split()) <= words:
        return None
    if start != 2 and not is_dek(blocks[2]):
        return None
    if len(echo_words(label) & lead) > MAX_LABEL_ECHO or len(echo_words(head.text) & lead) < MIN_HEADLINE_ECHO:
        return None
    return 1


def _lead(blocks: list[Block], start: int) -> set[str]:
    """The `echo_words` of the article's opening paragraphs (LEAD_BLOCKS from `start`)."""
    return set().union(*(echo_words(b.text) for b in blocks[start: start + LEAD_BLOCKS] if b.kind != "media"))


def echo_words(text: str) -> set[str]:
    """The words of a text as an echo compares them: folded, MIN_ECHO_WORD_CHARS long at least, cut
    to ECHO_STEM_CHARS; a run of wide (CJK) characters, which has no spaces, as its character pairs."""
    folded = text.casefold()
    words = _ECHO_WORD_RE.findall(folded)
    if folded.isascii() or not _WIDE_RE.search(folded):  # (most texts: no word to cut into pairs)
        return {word[:ECHO_STEM_CHARS] for word in words if len(word) >= MIN_ECHO_WORD_CHARS}
    out: set[str] = set()
    for word in words:
        if _WIDE_RE.search(word):
            out.update(word[i: i + 2] for i in range(len(word) - 1))
        elif len(word) >= MIN_ECHO_WORD_CHARS:
            out.add(word[:ECHO_STEM_CHARS])
    return out


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
        out[index] = {
            "page_title": int(bool(index) and folded[index] in page_title),
            "header_after": int(any(headers[here + 1: here + HEADER_NEIGHBOURHOOD + 1])),
            "header_before": int(any(headers[max(0, here - HEADER_NEIGHBOURHOOD): here])),
            "first": int(index == first),
            "dek": int(following is not None and is_dek(following)),
            "word": min(len(block.text.split()), MAX_LENGTH_WORDS),
            "above_menu": int(index < header),
            "name": int(bool(PERSON_RE.match(block.text))),
            "container": int(block.kind not in _HEADING_KINDS and any(
                folded[other] and folded[other] != folded[index] and folded[other] in folded[index]
                for other in candidates)),
            "list_item": int(block.kind == "li"),
            "caption": int(bool(_RUN_ON_RE.search(block.text))),
            "in_list": int(_neighbour(blocks, index, -1) in likes or _neighbour(blocks, index, 1) in likes),
            "height": distance[index],
            "echo": min(echoes.get(index, 0), MAX_LENGTH_WORDS),
        }
    return out


def _neighbour(blocks: list[Block], index: int, step: int) -> int:
    """The index of the nearest block before (step -1) or after (step 1) that is not media."""
    index += step
    while 0 <= index < len(blocks) and blocks[index].kind == "media":
        index += step
    return index


def is_dek(block: Block) -> bool:
    """A standfirst: one or two sentences of plain text under the headline."""
    text = block.text
    return block.kind == "p" and not block.link_chars and len(text) <= MAX_DEK_CHARS and text.endswith((".", "!", "?"))
