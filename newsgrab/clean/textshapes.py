"""Shapes of notices in text that carries no links: what a reader sees where the markup is gone.

An HTML-to-text converter that drops links (lynx -dump -nolist, trafilatura's plain text,
BeautifulSoup's get_text) prints a list of other stories' headlines as bare bullet items, so
`shapes.link_list_items` (which asks for linked items) cannot see it. What remains is its shape and its
place, the same in every language: a bulleted run of headline-like lines (phrases, no sentence end, no
second sentence inside) that the article ends on, under a short label line ("More Great Harbour
Stories") or right after the last paragraph. Such items never anchor the article, so the pass reads them
as what comes after it (`after-body`) and its footer sweep takes them with the notices around them. The
buttons a listicle repeats under each of its items ("See it now: <shop>") lose their markup the same way
and keep their shape: one-item lists, short, opening alike (`repeated_buttons`). And a call to follow a
link loses the link it points at and keeps its words: a short block that closes on an imperative
sentence whose "here" stood for the link ("Pro tip: Get more meal ideas here!", "... Click here for more
information.", `lost_link_calls`), or a labelled promotion closed by the link's word alone ("Also from
us: <blurb>. Here.", `lost_link_promos`), on a page with no link left (the call's shape is
meta/linkcalls.py's, which the text path's headline ranking reads too). A photo's caption with its
credit, which the HTML stage takes out of a figure into `media`, is printed by a converter as a
paragraph of its own between the article's ("Ferries at the quay at dawn. (Photo: Jane Doe/Harbour
Press)"), and goes as the picture's credit it ends with (`credited_captions`; the shape is
media/credittail.py's), as does the credit a converter prints alone on its line ("Jane Doe/Harbour
Press", `credit_lines`). And a box of other stories set into or under the article keeps its label and
loses its links: a short line that opens with words of related reading ("Related articles", "More from
UK", "Read more:", "See also") over one or more headline-like lines (`labelled_teasers`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from newsgrab.clean.lexicon import folded_words
from newsgrab.clean.related import CJK_RE, headline_long
from newsgrab.clean.shapes import HEADING_KINDS, from_text, is_substantive
from newsgrab.media.credittail import is_credit_label, is_credit_line, is_credited_caption
from newsgrab.meta.language import function_words
from newsgrab.meta.linkcalls import is_lost_link_call, is_lost_promo
from newsgrab.model import Block
from newsgrab.sentences import count_sentence_ends, ends_sentence
from newsgrab.urls import host, split

#: list items in a run from which a run of headline-like items is a list of other stories
MIN_HEADLINE_LIST_ITEMS = 3
#: characters; a headline-like item is at most this long, and has at least `MIN_HEADLINE_WORDS` words
MAX_HEADLINE_ITEM_CHARS = 120
MIN_HEADLINE_WORDS = 3


def is_headline_item(text: str) -> bool:
    """A list item that reads as another story's headline: a phrase of a few words, no sentence end
    and no sentence inside ("How the ferry board gets the harbour charter backward"). A product's feature
    list ("Up to 12 hours of battery life. Take calls, ...") holds sentences; a spec list is a word
    or two ("GPS", "Digital Crown"). In a script written without spaces the phrase is counted in
    characters (related.py `headline_long`); and a headline with its teaser after a colon is one
    too (`is_headline_teaser`)."""
    return (len(text) <= MAX_HEADLINE_ITEM_CHARS and headline_long(text)
            and not ends_sentence(text) and count_sentence_ends(text) == 0) or is_headline_teaser(text)


#: characters; a headline with its teaser is at most this long (related.py's longest teaser)
MAX_HEADLINE_TEASER_CHARS = 400
#: letters up to which a word may stay in lower case in a title-case headline ("to", "a", "of", "in")
MAX_SMALL_WORD_LETTERS = 2
_HEAD_RE = re.compile(r"([^:\uff1a]{1,120})[:\uff1a]\s+(\S.*)", re.DOTALL)
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    """The words a title-case headline leaves in lower case: every language's function words
    (data/function_words.toml: "the", "and", "for", "der", "und" ...)."""
    return frozenset().union(*function_words().values())


def is_headline_teaser(text: str) -> bool:
    """A list item that is another story's headline in title case, a colon, and its teaser sentence
    ("How to Mend a Crab Pot: Three fishermen show the knots they trust."): a box of other stories
    that a converter printed without links keeps each headline and its summary on one line. The
    headline is `MIN_HEADLINE_WORDS` words or more, holds no sentence end, and every word of it is
    capitalised but function words and words of `MAX_SMALL_WORD_LETTERS` letters; the teaser ends as a
    sentence. An article's own field lines name a place or a person in a word or two ("Oregon: ...",
    "Jane Doe: You can follow ..."), a product's feature list says "What's in the box: ..." in
    sentence case and lists no sentence after it, and its explanations ("Check the knots first: most
    pots fail there.") are in sentence case."""
    if len(text) > MAX_HEADLINE_TEASER_CHARS or (":" not in text and "\uff1a" not in text) or not ends_sentence(text):
        return False  # (most items stop here, before any regex)
    head = _HEAD_RE.match(text)
    if head is None or count_sentence_ends(head.group(1)):
        return False
    words = _WORD_RE.findall(head.group(1))
    if len(words) < MIN_HEADLINE_WORDS:
        return False
    small = _small_words()
    return all(word[0].isupper() for word in words
               if len(word) > MAX_SMALL_WORD_LETTERS and word.casefold() not in small)


def written_unspaced(text: str) -> bool:
    """Whether a line is mostly in a script written without spaces (Japanese, Chinese): most of its
    letters are CJK characters (related.py's `CJK_RE`)."""
    cjk = len(CJK_RE.findall(text))
    return cjk > 0 and 2 * cjk >= sum(ch.isalpha() for ch in text)


def headline_list_items(blocks: Sequence[Block], texts: Sequence[str], hits: Sequence[object],
                        closing_notice: Callable[[int], bool] | None = None) -> list[bool]:
    """Which blocks are items of an unlinked list of other stories' headlines (see the module): on a
    page without any link, a run of `MIN_HEADLINE_LIST_ITEMS` or more unnumbered list items, most of
    them headline-like (`is_headline_item`), after which no paragraph of prose is left that no rule
    matched, and which no line ending in a colon introduces (a colon announces the article's own
    list: "What you get:"). A numbered run is the article's steps or ranking, never a teaser list.
    `closing_notice(k)`: whether the score reads block `k` as a notice once after the article (the
    author's bio under the list, "Jane Doe is a staff writer ..."): such a paragraph is no more the
    article's than one a rule matched, so the list's place at the end does not hang on a publisher's
    words being in a rule."""
    found = [False] * len(blocks)
    if any(block.link_chars or block.links for block in blocks):
        return found
    for i, j in _bullet_runs(blocks, 0):
        if _is_teaser_run(blocks, texts, hits, i, j, closing_notice):
            found[i:j] = [True] * (j - i)
    return found


def _bullet_runs(blocks: Sequence[Block], start: int) -> Iterator[tuple[int, int]]:
    """The runs of unnumbered list items from block `start` on, as (first, end) index pairs, each of
    at least MIN_HEADLINE_LIST_ITEMS: the lists that may be a box of other stories (a numbered run is
    the article's steps or ranking)."""
    i = start
    while i < len(blocks):
        end = i
        while end < len(blocks) and blocks[end].kind == "li" and not blocks[end].ordered:
            end += 1
        if end - i >= MIN_HEADLINE_LIST_ITEMS:
            yield i, end
        i = max(end, i + 1)


#: characters; the label line over a closing list of other stories is at most this long ("Best of the Harbour")
MAX_LIST_LABEL_CHARS = 60


#: a field's line, a short name and a colon ("Base score: 9.8", "Attack vector: Network"): a list of them is
#: the article's data sheet, not other stories' headlines
_FIELD_RE = re.compile(r"[^:\uff1a]{1,30}[:\uff1a]")


def labelled_headline_lists(blocks: Sequence[Block], texts: Sequence[str], hits: Sequence[object]) -> list[bool]:
    """Which blocks are a closing list of other stories under its label, in text without links: a run
    that `headline_list_items` finds (unnumbered items, most of them headlines, no prose of the
    article after them) right under a short line of its own that is no sentence and no list item
    ("Best of Smarter Harbour", "最新記事"), whatever its words; the label goes with its items. The
    article's own closing list has prose over it or a line that announces it with a colon, which
    `headline_list_items` passes over; a list with no label line over it is left to the score; and a
    list most of whose items open with a field's name and a colon is a data sheet ("Base score: 9.8").
    Most items must tell the box by their own shape: a title-case headline with its teaser sentence
    (`is_headline_teaser`), or a headline in a script written without spaces (`written_unspaced`),
    where an article's list holds sentences ending in "。" or a word or two. In a script written with
    spaces a run of short phrases under a short line is as often the article's own ("Ingredients" over
    "2 cups of flour", a ranking's names) as a box of headlines: there the label's words decide
    (`labelled_teasers`), or the score. Text input only (`Block.origin` "line N")."""
    found = [False] * len(blocks)
    # an HTML page says the same with its markup, which the stage has read; a page with links, their shape
    if not from_text(blocks) or any(block.link_chars or block.links for block in blocks):
        return found
    for i, end in _bullet_runs(blocks, 1):
        # (the run `headline_list_items` finds; its walk to the end last)
        if _labels_box(blocks, texts, i, end) and _is_teaser_run(blocks, texts, hits, i, end):
            found[i - 1:end] = [True] * (end - i + 1)
    return found


def _labels_box(blocks: Sequence[Block], texts: Sequence[str], start: int, end: int) -> bool:
    """Whether the line over a list's items `start:end` labels a box of other stories (see
    `labelled_headline_lists`): short, no sentence, no list item, and most items telling by shape."""
    label = texts[start - 1]
    if (blocks[start - 1].kind == "li" or not label or len(label) > MAX_LIST_LABEL_CHARS or ends_sentence(label)
            or not any(ch.isalpha() for ch in label)):
        return False
    teasers = [is_headline_teaser(texts[k]) for k in range(start, end)]
    fields = sum(bool(_FIELD_RE.match(texts[k])) and not teasers[k - start] for k in range(start, end))
    telling = sum(teasers[k - start] or written_unspaced(texts[k]) for k in range(start, end))
    return 2 * fields <= end - start and 2 * telling > end - start


def _is_teaser_run(blocks: Sequence[Block], texts: Sequence[str], hits: Sequence[object], start: int, end: int,
                   closing_notice: Callable[[int], bool] | None = None) -> bool:
    if 2 * sum(is_headline_item(texts[k]) for k in range(start, end)) <= end - start:
        return False
    if start > 0 and texts[start - 1].endswith(":"):
        return False
    return not any(hits[k] is None and blocks[k].kind not in HEADING_KINDS and blocks[k].kind != "li"
                   and is_substantive(blocks[k], texts[k]) and not (closing_notice and closing_notice(k))
                   for k in range(end, len(blocks)))


#: share of a line's characters that its one link covers, from which the line is only that link
TEASER_LINK_SHARE = 0.9
#: words; a teaser link's text has at least this many (a story's headline, not "Video" or "TEDMED")
MIN_TEASER_LINK_WORDS = 4
#: words of an article's URL slug ("/entertainment/sean-spicer-eliminated-from-show"): a page's own
#: story, not its home page, a section, a video player or a tweet (".../status/1196551514896162816")
MIN_SLUG_WORDS = 3
_SLUG_SEPARATORS = str.maketrans({"_": "-", "+": "-"})


def teaser_link_lines(blocks: Sequence[Block]) -> list[bool]:
    """Which blocks of text input are a line that is only a link to another story of the same site: in
    markdown output (trafilatura's, html2text's, markdownify's) the links stay visible, and a
    paragraph that is entirely a `[headline](url)` link whose target is an article path (a slug of
    `MIN_SLUG_WORDS` or more words) on the host the page links to most is a related-story link,
    wherever it sits ("MAYOR QUILL KNOCKED OUT OF 'BAKING BY THE HARBOUR'" between two paragraphs).
    A headline has `MIN_TEASER_LINK_WORDS` or more words and no sentence end. Text input only
    (`Block.origin` "line N"): an HTML page says the same with its markup, which the score reads."""
    found = [False] * len(blocks)
    if not from_text(blocks):
        return found
    # the lines shaped as a headline that is one link, first: most texts have none, and then the
    # hosts of all their links (a URL split each) need not be counted
    shaped = [i for i, block in enumerate(blocks)
              if block.kind in ("p", "li") and len(block.links) == 1 and _is_headline_link(block)]
    if not shaped:
        return found
    hosts = Counter(host(link.url) for block in blocks for link in block.links if link.url)
    hosts.pop("", None)
    if not hosts:
        return found
    site = hosts.most_common(1)[0][0]
    for i in shaped:
        if _links_a_story(blocks[i], site):
            found[i] = True
    return found


def _is_headline_link(block: Block) -> bool:
    """Whether a block is a headline's words (no sentence end) that are nearly all link text."""
    text = block.text.strip()
    if block.link_chars < TEASER_LINK_SHARE * len(text) or len(text.split()) < MIN_TEASER_LINK_WORDS:
        return False
    return not (ends_sentence(text) or count_sentence_ends(text))


def _links_a_story(block: Block, site: str) -> bool:
    """Whether a block's one link goes to an article path (a slug of MIN_SLUG_WORDS words) on `site`."""
    parts = split(block.links[0].url)
    if parts is None or host(block.links[0].url) != site:
        return False
    slug = parts.path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0].translate(_SLUG_SEPARATORS)
    return sum(bool(word) and not word.isdigit() for word in slug.split("-")) >= MIN_SLUG_WORDS


#: lone list items opening with the same words, from which they are a page's buttons (`repeated_buttons`)
MIN_REPEATED_BUTTONS = 3
#: characters; a button's line is at most this long
MAX_BUTTON_CHARS = 60
#: words of the opening the buttons share
BUTTON_OPENING_WORDS = 2


def repeated_buttons(blocks: Sequence[Block], texts: Sequence[str]) -> list[bool]:
    """Which blocks are the buttons a listicle repeats under each item ("See it now: Amazon", "Get
    it on Amazon for $67.77"): each is a one-item list (a list item with no list item before or
    after it), short, no sentence, and the page has `MIN_REPEATED_BUTTONS` or more that open with
    the same `BUTTON_OPENING_WORDS` words. The article's own lists have neighbours; its field lines
    ("Price: $199", "Q: ...") open with a one-word label and a colon, which is not taken for a
    shared opening. A converter prints the buttons so, and so does the HTML stage when a site marks
    each up as a list of one link (ZDNet's "See it now: <shop>"): the shape is the same in both."""
    found = [False] * len(blocks)
    openings: dict[str, list[int]] = {}
    for i, block in enumerate(blocks):
        if (block.kind != "li" or (i and blocks[i - 1].kind == "li")
                or (i + 1 < len(blocks) and blocks[i + 1].kind == "li")):
            continue
        text = texts[i]
        words = text.casefold().split()
        if (len(text) > MAX_BUTTON_CHARS or len(words) <= BUTTON_OPENING_WORDS or words[0].endswith(":")
                or ends_sentence(text)):
            continue
        openings.setdefault(" ".join(words[:BUTTON_OPENING_WORDS]), []).append(i)
    for items in openings.values():
        if len(items) >= MIN_REPEATED_BUTTONS:
            for i in items:
                found[i] = True
    return found


def lost_link_calls(blocks: Sequence[Block], texts: Sequence[str]) -> list[bool]:
    """Which paragraphs and list items without a link close on a lost link's call
    (`is_lost_link_call`), on a page whose only links are addresses printed as text (a converter's
    "www.example.org/shop", which the text path links): where anchors with words are kept, the HTML
    stage's and a markdown converter's alike, the link's shape says what the call points at
    (related.py), and a page that kept some anchors but not this one's is not read."""
    if any(not _printed_address(link.text) for block in blocks for link in block.links):
        return [False] * len(blocks)
    return [block.kind in _CALL_KINDS and not block.links and is_lost_link_call(texts[i])
            for i, block in enumerate(blocks)]


def lost_link_promos(blocks: Sequence[Block], texts: Sequence[str]) -> list[bool]:
    """Which paragraphs and list items without a link are a house promotion whose closing link is
    gone, leaving its word ("Also from us: <blurb>. Here.", `is_lost_promo`), on a page that kept no
    anchor with words, as `lost_link_calls` asks: where anchors are kept, related.py's `is_promo`
    reads the link itself."""
    if any(not _printed_address(link.text) for block in blocks for link in block.links):
        return [False] * len(blocks)
    return [block.kind in _CALL_KINDS and not block.links and is_lost_promo(texts[i])
            for i, block in enumerate(blocks)]


def _printed_address(text: str) -> bool:
    """Whether a link's text is an address, one word with a dot or a slash ("www.example.org/en"),
    not an anchor's words ("here", "Get the app")."""
    word = text.strip()
    return bool(word) and not any(ch.isspace() for ch in word) and ("." in word or "/" in word)


_CALL_KINDS = frozenset({"p", "li"})


def credited_captions(blocks: Sequence[Block], texts: Sequence[str]) -> list[bool]:
    """Which paragraphs of text input are a picture's caption with its credit (`is_credited_caption`:
    "... protest jibe (Image: Harbour Press)", "... on Tuesday. (Jane Doe/AP)"): the HTML stage takes
    the same text out of the figure into `media`, and no article's paragraph ends by crediting a
    picture. Text input only (`Block.origin` "line N"): in HTML a caption is an element, which the
    stage has read already; a list item is a list's (a gallery's counter and captions are not lists).
    A line that holds its picture (markdown's `![...](...)` before the caption) stays: its picture is
    the article's, and goes with the block it is in."""
    if not from_text(blocks):
        return [False] * len(blocks)
    return [block.kind == "p" and not block.media and is_credited_caption(texts[i]) for i, block in enumerate(blocks)]


def credit_lines(blocks: Sequence[Block], texts: Sequence[str]) -> list[bool]:
    """Which paragraphs of text input are a picture's credit alone on its line (`is_credit_line`:
    "Ana Ruiz/Harbour Press"): a converter prints a figure's credit apart from its caption, where
    the HTML stage takes both out of the figure into `media`. Text input only, paragraphs only (not
    a list's item, not a heading), and not a line that holds its picture (as `credited_captions`)."""
    if not from_text(blocks):
        return [False] * len(blocks)
    return [block.kind == "p" and not block.media and is_credit_line(texts[i]) for i, block in enumerate(blocks)]


#: label lines a picture's credit or caption has over it at most ("Credit" and "Credit...", printed twice)
MAX_CREDIT_LABEL_LINES = 2


def credit_labels(blocks: Sequence[Block], texts: Sequence[str], credited: Sequence[bool]) -> list[bool]:
    """Which lines of text input are the label of a picture's credit that goes alone on its line
    (`credited`: the pass took it as an image credit, no caption with it), printed on the line(s)
    right above it ("Credit:" or "Credit" and "Credit..." over "Jane Doe/AP": `is_credit_label`). A
    label over anything else stays: alone it tells no credit ("Source:" over a paragraph, "Photo:"
    over a line that stays, a figure's "Image" over its caption, which a reader's screen announces)."""
    found = [False] * len(blocks)
    if not from_text(blocks):
        return found
    for i in (i for i, flag in enumerate(credited) if flag):
        for k in range(i - 1, max(i - 1 - MAX_CREDIT_LABEL_LINES, -1), -1):
            if blocks[k].kind != "p" or blocks[k].media or not is_credit_label(texts[k]):
                break
            found[k] = True
    return found


#: words a teaser box's label has at most ("Related articles", "More from UK"): a longer line that
#: opens with "Watch" or "Listen" is a subheading ("Listen to the harbour at night")
MAX_TEASER_LABEL_WORDS = 4
#: an item numbered as the article's own sections are ("19) Ingrid Goes West", "5. Mind the tide"):
#: where a teaser box ends and the article goes on
_NUMBERED_RE = re.compile(r"\d{1,3}[.)]\s")


def labelled_teasers(blocks: Sequence[Block], texts: Sequence[str], opens_related: Callable[[list[str]], bool]
                     ) -> list[bool]:
    """Which blocks of text input are a box of other stories' headlines under its label, where the
    converter dropped their links: a label line without a link, of at most MAX_TEASER_LABEL_WORDS
    words and no sentence end, that opens with words of related reading (`opens_related`: the notice
    words' `related` list, "Related articles", "More from UK", "Read more:", "See also"), and the run
    of headline-like lines right under it (`is_headline_item`, no link, not numbered as the
    article's sections are), one at least; both go. A subheading over the article's paragraph has
    prose under it; one that opens with "Watch" or "Listen" and goes on is longer than a label."""
    found = [False] * len(blocks)
    if not from_text(blocks):
        return found
    for i, block in enumerate(blocks):
        text = texts[i]
        if block.links or ends_sentence(text):  # (before the words are folded: most blocks stop here)
            continue
        words = folded_words(text.casefold())
        if not words or len(words) > MAX_TEASER_LABEL_WORDS or not opens_related(words):
            continue
        end = i + 1
        while (end < len(blocks) and not blocks[end].links and is_headline_item(texts[end])
               and not _NUMBERED_RE.match(texts[end])):
            end += 1
        if end > i + 1:
            found[i:end] = [True] * (end - i)
    return found
