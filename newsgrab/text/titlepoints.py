"""The evidence for each headline candidate of a text dump, in points, and the candidate that wins.

text/title.py gathers the candidates (the lines shaped like a headline between the last menu and
the article's first paragraph, and the few further up that something names as the headline); this
module holds what each of them is worth: the facts of POINTS about the line and its neighbours
(a heading, the `<title>` line naming it, a byline or date under it, being first under the menu,
its length, the story retelling it, its printing elsewhere on the page; a name's shape, a
caption's credit, a list around it counting against), their weights, and the choice of the one
with the most. The weights are tuned together, so they sit together, apart from the search for
where the candidates are.
"""

from __future__ import annotations

import re

from newsgrab.media.credittail import ends_with_bare_credit, ends_with_credit
from newsgrab.meta.dates import may_hold_date
from newsgrab.meta.linkcalls import is_lost_link_call
from newsgrab.meta.titles import fold_title
from newsgrab.model import Block
from newsgrab.text.datelines import TEXT_DATE_RE
from newsgrab.text.echo import retold
from newsgrab.text.header import is_header_line
from newsgrab.text.linknote import ends_with_link_note
from newsgrab.text.selfref import refers_to_page
from newsgrab.text.slug import slug_words
from newsgrab.text.standfirst import RUN_ON_RE, longer_line_under, standfirst_under
from newsgrab.text.titled import titled, titled_parts
from newsgrab.text.titlerun import runs_on
from newsgrab.text.titleshape import (
    HEADING_KINDS,
    MIN_TITLE_WIDE_CHARS,
    WIDE_RE,
    is_dek,
    length_words,
    lower_words,
    names_people,
    of_common_words,
)

#: blocks above the article's first paragraph where its headline is looked for
TITLE_LOOKBACK = 16
#: blocks above the article's first paragraph where a line that the article's opening paragraphs
#: echo may still be its headline (above a photo gallery, share buttons or a "most read" list that
#: sit between the headline and the story); above them, only a line that they echo and that has its
#: byline or date under it, when no line nearer has a byline or date beside it (above a video
#: player's menus of settings)
ECHO_LOOKBACK = 48
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
    "runs_on": -20,      # the next line goes on with its sentence (titlerun.runs_on): a piece of the
                         # story's paragraph that a converter broke at a link, never the headline
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
    "prose": -20,        # it holds three sentences or more (`sentences`): a paragraph of prose, a newsletter's
                         # pitch, a quote from the story; a headline says one thing, two at most ("Stop. Listen")
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
    "deck": -8,          # a heading under a higher-level heading of a headline's length (`_deck_under`): the
                         # headline's deck, printed as the next level's heading, retelling the story more than it
    "standfirst": -20,   # the standfirst of the candidate right above it (standfirst.standfirst_under): it retells
                         # the story more than its headline does, and the headline's words too
    "slug": 20,          # most of its words are the slug of a web address printed near the story: the
                         # page's own address names its headline, as the `<title>` line does
    "titled": 10,        # another line prints it beside the site's name and a separator, as a `<title>` does
                         # ("<headline> | Site" in a sticky header or share box: titled.py)
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
#: words a heading has at least for the lower-level heading right under it to be its deck (`_deck_under`):
#: a shorter one is a section's banner ("Business Monday") over the headline
MIN_DECK_OVER_WORDS = 4
#: sentences a line holds at least to be prose, not a headline (`sentences`)
MIN_PROSE_SENTENCES = 3
#: a sentence's end inside a line: a word of three small letters or more, its full stop, question or
#: exclamation mark (a closing quote after it), a space and a capital or an opening quote. A short
#: word before the stop is an abbreviation's ("Gov. Ana Ruiz", "St. Louis", "U.S. Court"); in Chinese
#: and Japanese, a full stop with more text after it outside a quote (their full-width "？" and "！" mark
#: a headline's teaser or a quote's tone as often: "【？】「お得！」...")
_SENTENCE_END_RE = re.compile(r"([^\W\d_]{3})[.!?][\"”’»)]*\s+([\"“„«]?[^\W\d_])|。(?=[^\s」』）”])")
#: points a candidate needs: a plain line with nothing else for it is not taken as the title
MIN_TITLE_POINTS = 8

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


def best_candidate(blocks: list[Block], start: int, low: int, candidates: list[int], page_title: list[str],
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
    beside_names: list[dict[str, set[int]]] = []  # the headlines lines print beside the site's name, read once
    page: list[str] = []  # the page casefolded, read for the first candidate long enough to be printed again
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
            "runs_on": int(runs_on(blocks, index, page_title)),
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
            "prose": int(sentences(block.text) >= MIN_PROSE_SENTENCES),
            "credit": int(ends_with_credit(block.text) or ends_with_bare_credit(block.text)),
            "self_reference": int(refers_to_page(block.text)),
            "link_note": int(ends_with_link_note(block.text)),
            "link_call": int(is_lost_link_call(block.text)),
            "date_inside": int(may_hold_date(block.text) and TEXT_DATE_RE.search(block.text) is not None),
            "in_list": int(_neighbour(blocks, index, -1) in likes or _neighbour(blocks, index, 1) in likes),
            "deck": int(_deck_under(blocks, index, likes)),
            "standfirst": int(standfirst_under(blocks, _neighbour(blocks, index, -1), index, likes)),
            "height": distance[index],
            "echo": 0 if named and block.kind not in HEADING_KINDS else min(echoes.get(index, 0), MAX_LENGTH_WORDS),
            "slug": int(bool(slug) and retold(block.text, slug)),
            "again": int(_again(blocks, index, page)),
            "titled": int(titled(blocks, index, _titled(blocks, beside_names))),
        }
    return out


def sentences(text: str) -> int:
    """The sentences a line holds: one more than the sentence ends inside it (`_SENTENCE_END_RE`: the
    word before the stop in small letters, the one after it starting with a capital or a quote)."""
    ends = 0
    for match in _SENTENCE_END_RE.finditer(text):
        before, after = match.group(1), match.group(2)
        ends += before is None or (before.islower() and not after[-1].islower())
    return ends + 1


def _titled(blocks: list[Block], seen: list[dict[str, set[int]]]) -> dict[str, set[int]]:
    """`titled_parts` of the page, read once (`seen` keeps them)."""
    if not seen:
        seen.append(titled_parts(blocks))
    return seen[0]


def _lower(blocks: list[Block], start: int, seen: list[frozenset[str]]) -> frozenset[str]:
    """The words the article's first LOWER_WORDS_BLOCKS blocks (LOWER_WORDS_CHARS characters at most)
    print in small letters, read once (`seen` keeps them) and only when a candidate is shaped like a
    name."""
    if not seen:
        seen.append(lower_words("\n".join(block.text for block in blocks[start: start + LOWER_WORDS_BLOCKS])
                                [:LOWER_WORDS_CHARS]))
    return seen[0]


def _again(blocks: list[Block], index: int, seen: list[str]) -> bool:
    """`printed_again`, with the page casefolded once (`seen` keeps it) and only when a candidate is
    long enough to count: casefold reads every character of the page (some 20 ns each where the text
    is not ASCII, and a curly quote or a dash makes it so); a page whose candidates are all short (a
    few in fifty of the textbench dumps) folds nothing."""
    if not _long_enough(blocks[index].text):
        return False
    if not seen:
        seen.append(folded_page(blocks))
    return printed_again(blocks, index, seen[0])


def folded_page(blocks: list[Block]) -> str:
    """The `page` of `printed_again`: the texts of the blocks that are not links, casefolded, a line
    each. Each text is folded on its own (casefold maps character by character, so the page is the
    same): a text of ASCII alone takes casefold's fast path, where one curly quote or dash anywhere
    on the joined page sends every character through the slow one (a page 57 -> 36 us)."""
    return "\n".join([text.casefold() for text in unlinked(blocks)])


def _long_enough(text: str) -> bool:
    """Whether a line is long enough for `printed_again` to count it: MIN_AGAIN_WORDS words, or
    MIN_TITLE_WIDE_CHARS wide characters (a headline in Chinese or Japanese has no spaces)."""
    return len(text.split()) >= MIN_AGAIN_WORDS or len(WIDE_RE.findall(text)) >= MIN_TITLE_WIDE_CHARS


def printed_again(blocks: list[Block], index: int, page: str) -> bool:
    """Whether a line of MIN_AGAIN_WORDS words or more is printed again on the `page` (the text of
    every block that is not a link, casefolded, a line each), whole or inside a longer line, beyond
    the HEADER_NEIGHBOURHOOD lines around it: an image's alt text and its caption, or a kicker and
    the headline it opens, sit side by side; a headline is printed again further off, in share
    buttons, a breadcrumb, above a gallery. A teaser is printed again too, as a link in a "related"
    list; where a converter keeps links, such copies are not counted."""
    text = blocks[index].text
    if not _long_enough(text):
        return False
    folded = text.casefold()
    near = "\n".join(unlinked(blocks[max(0, index - HEADER_NEIGHBOURHOOD): index + HEADER_NEIGHBOURHOOD + 1]))
    return page.count(folded) > near.casefold().count(folded)


def unlinked(blocks: list[Block]) -> list[str]:
    """The texts of the blocks that are not links (at most half their text is link text)."""
    return [block.text for block in blocks if block.link_chars * 2 <= len(block.text)]


def _neighbour(blocks: list[Block], index: int, step: int) -> int:
    """The index of the nearest block before (step -1) or after (step 1) that is not media."""
    index += step
    while 0 <= index < len(blocks) and blocks[index].kind == "media":
        index += step
    return index


def _deck_under(blocks: list[Block], index: int, likes: set[int]) -> bool:
    """Whether the candidate `blocks[index]` is a heading under a candidate heading of a higher level
    of MIN_DECK_OVER_WORDS words or more, nothing but headings between them (media aside): the deck
    under its headline, which a page marks up as the next level's heading ("# <headline>" / "##
    <deck>" / "## <standfirst>"); it retells the story more than the headline does, and outweighed it
    by its echo. A section's banner over the headline is shorter ("# Business Monday" / "##
    <headline>"), and lynx prints every heading at one level."""
    kind = blocks[index].kind
    if kind not in HEADING_POINTS:
        return False
    above = _neighbour(blocks, index, -1)
    while above in likes and blocks[above].kind in HEADING_POINTS:  # up the run of headings it ends
        if blocks[above].kind < kind and len(blocks[above].text.split()) >= MIN_DECK_OVER_WORDS:
            return True
        above = _neighbour(blocks, above, -1)
    return False
