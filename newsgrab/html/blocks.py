"""Tree -> Blocks: serialise the article region in reading order, pruning link lists on the way.

One recursive walk. Block elements (p, h1-h6, li, blockquote, pre, table, figure) start a new
block; inline content (text, links, emphasis) accumulates into the current one; loose text in a
div is a paragraph of its own, and a <br> between loose text runs ends it (div soup). Links are
made absolute and kept with their block; media found in the region go to the block they sit in,
or stand alone as a `media` block, so a block the boilerplate pass removes takes its media with it.

With `clean` on (the sieve's third flag) a container that is mostly link text, a short form, or a
one-line link block ("Read more: ...", but not a linked heading over prose) is skipped:
Readability's conditional cleaning, reduced to the tests that pay on news pages; its judges of
containers and linked headings are in `linklists.py`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import islice
from typing import Final

import lxml.html

from newsgrab import urls
from newsgrab.html import settings
from newsgrab.html.holders import BlockHints
from newsgrab.html.linklists import CONTAINER_TAGS, LinkContainers, heads_prose
from newsgrab.html.measures import text_len
from newsgrab.html.paths import ElementPaths
from newsgrab.html.structural import HEADING_TAGS, element_text
from newsgrab.media.classify import media_file_link, shown_address_medium
from newsgrab.media.elements import MEDIA_ELEMENT_TAGS, embed_from_blockquote, media_from_element
from newsgrab.media.labels import printed_medium, with_played
from newsgrab.model import Block, Link, Media
from newsgrab.whitespace import fold_space

#: elements handed to media_from_element whole (their inner tags are not walked)
MEDIA_TAGS: Final = frozenset(MEDIA_ELEMENT_TAGS)
_UNSAFE_SCHEMES = ("javascript:", "data:", "vbscript:")
_HEADING_TAG_LIST = tuple(sorted(HEADING_TAGS))


class BlockBuilder:
    """Accumulates inline text into the current block and emits finished blocks."""

    def __init__(
        self, base_url: str | None, *, clean: bool, scope: Sequence[lxml.html.HtmlElement],
        skip: frozenset[lxml.html.HtmlElement] = frozenset(), origins: bool = False,
        families: Mapping[lxml.html.HtmlElement, str] | None = None,
    ) -> None:
        self.base_url = base_url
        self.clean = clean
        #: whether blocks get their `origin` (see `region_blocks`)
        self.origins = origins
        #: elements left out with their subtrees (the overlays set aside by scoring)
        self.skip = skip
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._links: list[Link] = []
        self._link_chars = 0
        self._media: list[Media] = []
        self._origin: lxml.html.HtmlElement | None = None
        self._paths = ElementPaths()
        #: the conditional cleaning's judge of containers (link lists, teaser lists, short forms)
        self._containers = LinkContainers(base_url)
        #: the hints of the block elements met in the subtrees to be walked (the region's elements)
        self._hints = BlockHints(scope, families)
        #: the `<a>` holding blocks that the walk is inside (a teaser card), see `_anchored`
        self._anchor: _Anchor | None = None

    # ---------------------------------------------------------------- emitting
    def flush(self, kind: str = "p", ordered: bool = False) -> None:
        """End the current block; an empty one is dropped, media alone become a media block."""
        if not self._parts and not self._media:
            return
        if self._anchor is not None:
            self._take_anchor(self._anchor)
        joined = "".join(self._parts)
        # most flushes hold only whitespace between two block tags: isspace() sees it, no fold needed
        text = "" if joined.isspace() else fold_space(joined)
        if "://" in text:  # a player's address printed as text: the medium; alone or labelled, no text
            text, played = printed_medium(text)
            self._media = with_played(self._media, played)
            self._links = self._links if text else []  # its link showed the address: the medium's now
        if text or self._media:
            if self.clean and text and self._is_link_line(text) and not (
                kind in HEADING_TAGS and self._origin is not None
                and heads_prose(self._origin, self._anchor.element if self._anchor is not None else None)
            ):
                text, self._links, self._link_chars = "", [], 0
            if text or self._media:
                self.blocks.append(
                    Block(
                        kind=kind if text else "media",
                        text=text,
                        links=self._links,
                        media=self._media,
                        link_chars=min(self._link_chars, len(text)),
                        ordered=ordered and bool(text),
                        origin=self._path(self._origin),
                        hints=self._hints.of(self._origin) if self._origin is not None else (),
                    )
                )
        self._parts, self._links, self._link_chars, self._media = [], [], 0, []
        if self._anchor is not None:
            self._anchor.start = 0

    def _is_link_line(self, text: str) -> bool:
        return (len(text) <= settings.SHORT_CONTAINER_CHARS
                and self._link_chars / len(text) > settings.MAX_SHORT_BLOCK_LINK_DENSITY)

    def emit(self, block: Block) -> None:
        self.flush()
        self.blocks.append(block)

    # ---------------------------------------------------------------- walking
    def walk(self, el: lxml.html.HtmlElement, kind: str = "p", ordered: bool = False, *, top: bool = False) -> None:
        """Serialise `el` and its subtree; `kind` is what loose text becomes (p, li or quote).

        `top` marks the chosen candidate itself, which the conditional cleaning never skips.
        """
        tag = el.tag
        if not isinstance(tag, str) or (self.skip and el in self.skip):
            return
        if tag in MEDIA_TAGS:
            self._media.extend(self._media_of(el))
        elif tag == "br":  # loose text in a container: each line is a paragraph of its own (div soup)
            if kind == "p":
                self.flush(kind)
            else:
                self._parts.append("\n")
        elif tag == "p" or tag in HEADING_TAGS:
            self.flush(kind, ordered)
            self._set_origin(el)
            self._inline(el)
            self.flush(kind if tag == "p" else str(tag), ordered)
        elif tag == "li":
            self.flush(kind, ordered)
            self._list_item(el)
        elif tag == "blockquote":
            self.flush(kind, ordered)
            self._set_origin(el)
            self._children(el, "quote")
            self._media.extend(embed_from_blockquote(el, self.base_url))  # tweet/instagram/tiktok embeds
            self.flush("quote")
        elif tag == "pre":
            self.emit(Block(kind="pre", text=element_text(el).strip("\n"), origin=self._path(el)))
        elif tag == "figure":
            self._figure(el)
        elif tag == "figcaption":  # a caption outside a figure (or a caption-classed element)
            for media_el in el.iter(*MEDIA_TAGS):
                self._media.extend(self._media_of(media_el))
        elif tag == "table" and self._is_data_table(el):
            if not (self.clean and self._containers.skips(el)):
                self._table(el)
        elif tag in CONTAINER_TAGS:
            if self.clean and not top and self._containers.skips(el):
                return
            self.flush(kind, ordered)
            self._set_origin(el)
            self._children(el, kind, ordered=tag == "ol" or ordered)
            self.flush(kind, ordered)
        else:  # inline: text, links, emphasis
            self._inline(el)

    def _children(self, el: lxml.html.HtmlElement, kind: str, ordered: bool = False) -> None:
        if text := el.text:  # read once: lxml makes a new string on every read of .text or .tail
            self._parts.append(text)
        for child in el:
            self.walk(child, kind, ordered)
            if tail := child.tail:
                self._parts.append(tail)

    def _inline(self, el: lxml.html.HtmlElement) -> None:
        """Inline content of `el` (its own text and its children's), links and media recorded."""
        tag = el.tag
        if tag == "a":
            if self._anchor is None and len(el) and _holds_blocks(el):  # most links hold no element
                self._anchored(el)
                return
            self._link(el)
        self._inline_content(el)

    def _inline_content(self, el: lxml.html.HtmlElement) -> None:
        if text := el.text:
            self._parts.append(text)
        for child in el:
            ctag = child.tag
            if isinstance(ctag, str):
                if ctag in MEDIA_TAGS:
                    self._media.extend(self._media_of(child))
                elif ctag == "br":
                    self._parts.append("\n")
                elif ctag in _BLOCKS_IN_INLINE:
                    self.walk(child)  # block inside inline markup (lxml keeps <a><div>...): treat as block
                else:
                    self._inline(child)
            if tail := child.tail:
                self._parts.append(tail)

    def _anchored(self, el: lxml.html.HtmlElement) -> None:
        """An `<a>` holding blocks (a teaser card: `<a><img><h3>Headline</h3></a>`): its link goes
        to every block that prints its text, with that text as link chars, and not to a block
        flushed inside it with media alone (the picture before the headline).

        A link recorded once on entering would end on whatever block is flushed first inside the
        `<a>` (the picture's, or none when only whitespace stood before the heading), and the
        headline would print without it: the link readers downstream (the conditional cleaning's
        link line, the boilerplate pass's link share and related lists) could not see the teaser.
        An `<a>` longer than a card (a story wrapped in one link by its CMS) or holding a quote (a
        linked pull quote) gives no link at all: its text is the article's, and a link share would
        make the cleaning and the pass read it as a link line."""
        text = fold_space(element_text(el))
        if len(text) > settings.TEASER_CARD_MAX_CHARS or next(el.iter("blockquote"), None) is not None:
            self._inline_content(el)
            return
        link = self._link_of(el, text)
        self._anchor = _Anchor(el, link, len(self._parts))
        try:
            self._inline_content(el)
            self._take_anchor(self._anchor)  # the text after its last block, flushed with what follows
        finally:
            self._anchor = None

    def _take_anchor(self, anchor: _Anchor) -> None:
        """The current block's text since `anchor.start` was printed inside the anchor's `<a>`."""
        inside = fold_space("".join(self._parts[anchor.start:]))
        anchor.start = len(self._parts)
        if inside:
            self._link_chars += len(inside)
            if anchor.link is not None and anchor.link not in self._links:
                self._links.append(anchor.link)

    def _media_of(self, el: lxml.html.HtmlElement) -> list[Media]:
        return media_from_element(el, self.base_url)

    def _link(self, el: lxml.html.HtmlElement) -> None:
        text = fold_space(element_text(el))
        if not text:
            return
        self._link_chars += len(text)
        link = self._link_of(el, text)
        if link is not None:
            self._links.append(link)

    def _link_of(self, el: lxml.html.HtmlElement, text: str) -> Link | None:
        """The followable link of `<a>` `el` showing `text` (none for an anchor or a script), and its
        medium to the block's media: a link to an .mp4/.mp3 is article media too, and one that
        shows its own address at a player's host."""
        href = (el.get("href") or "").strip()
        if not text or not href or href.startswith("#") or href.lower().startswith(_UNSAFE_SCHEMES):
            return None
        url = urls.join(self.base_url, href)
        if url is None:  # a malformed URL ("http://[::1") is not a link anyone can follow
            return None
        linked_file = media_file_link(url) or shown_address_medium(text, url)
        if linked_file is not None:
            self._media.append(linked_file)
        return Link(text=text, url=url)

    def _list_item(self, el: lxml.html.HtmlElement) -> None:
        parent = el.getparent()
        ordered = parent is not None and parent.tag == "ol"
        self._set_origin(el)
        self._children(el, "li", ordered)
        self.flush("li", ordered)

    def _figure(self, el: lxml.html.HtmlElement) -> None:
        """A figure gives its media (with the caption and credit as their fields); the caption's
        text stays out of the body, where a reader of plain text would meet it as a stray line."""
        self._media.extend(self._media_of(el))
        if not self._parts:
            self.flush()
        # text of a figure that is not its caption (an embedded quote card, a chart note)
        for child in el:
            tag = child.tag
            has_prose = isinstance(tag, str) and child.find(".//p") is not None
            if has_prose and tag != "figcaption" and tag not in MEDIA_TAGS:
                self.walk(child)

    def _is_data_table(self, el: lxml.html.HtmlElement) -> bool:
        """A table of data, not one that lays out a page: no table inside it, and either a grid
        with header cells (<th>, every row as wide, each cell one paragraph at most: a list of
        films with a line describing each) or short cells and no paragraphs. A data table's rows
        stay whole, a line each; a layout table is walked as containers, where a cell holding a
        lone link reads as a menu line and goes. A cell that holds several blocks (a list of
        districts, a question and its answer) would run together on one line: not a grid."""
        if el.find(".//table") is not None:
            return False
        widths = {sum(1 for cell in row if cell.tag in _CELL_TAGS) for row in el.iter("tr")}
        if len(widths) == 1 and el.find(".//th") is not None and all(
            next(islice(cell.iterdescendants(*_CELL_BLOCK_TAGS), 1, None), None) is None
            for cell in el.iter(*_CELL_TAGS)
        ):
            return True
        if el.find(".//p") is not None:
            return False
        return all(text_len(cell) <= settings.LAYOUT_CELL_CHARS for cell in el.iter("td", "th"))

    def _table(self, el: lxml.html.HtmlElement) -> None:
        caption = el.find("caption")
        if caption is not None and (title := fold_space(element_text(caption))):
            # "Table 6-1. Example symptoms and causes": the table's own title, above its rows, unless
            # it repeats the heading just above the table ("Footnotes" over a table of footnotes)
            self.flush()
            if not self.blocks or self.blocks[-1].text != title:
                self.emit(Block(kind="caption", text=title, origin=self._path(caption)))
        rows = []
        for row in el.iter("tr"):
            cells = [fold_space(element_text(cell)) for cell in row if cell.tag in ("td", "th")]
            if any(cells):
                rows.append(" | ".join(cells))
        if rows:  # with its links, as a paragraph keeps its own (a film's title, a cited source)
            self.flush()
            for link in el.iter("a"):
                self._link(link)
            text = "\n".join(rows)
            self.blocks.append(Block(kind="table", text=text, links=self._links,
                                     link_chars=min(self._link_chars, len(text)), origin=self._path(el)))
            self._links, self._link_chars = [], 0
        for media_el in el.iter(*MEDIA_TAGS):
            self._media.extend(self._media_of(media_el))

    def _set_origin(self, el: lxml.html.HtmlElement) -> None:
        self._origin = el  # the path is computed only for blocks actually emitted

    def _path(self, el: lxml.html.HtmlElement | None) -> str:
        """The block's `origin`: its element's path, when origins were asked for, else ""."""
        if not self.origins or el is None:
            return ""
        return self._paths.path(el).removeprefix("/html/body/").removeprefix("/html")


_CELL_TAGS = ("td", "th")
#: the block tags `_inline` walks as blocks when inline markup holds them (lxml keeps `<a><div>`)
_BLOCKS_IN_INLINE: Final = ("p", "div", "li", "blockquote", "table", "ul", "ol", "figure", *_HEADING_TAG_LIST)


class _Anchor:
    """An `<a>` holding blocks, while the walk is inside it: its link (none when it cannot be
    followed) and where its text starts in the current block's parts."""

    __slots__ = ("element", "link", "start")

    def __init__(self, element: lxml.html.HtmlElement, link: Link | None, start: int) -> None:
        self.element = element
        self.link = link
        self.start = start


def _holds_blocks(el: lxml.html.HtmlElement) -> bool:
    """Whether the walk meets a block inside `<a>` `el` (a card), not only inline text."""
    return next(el.iterdescendants(*_BLOCKS_IN_INLINE), None) is not None


#: blocks inside a table cell: a grid's cell holds one at most
_CELL_BLOCK_TAGS = ("p", "div", "ul", "ol", "li", "dl", "blockquote", "section", "br", *_HEADING_TAG_LIST)


def region_blocks(
    elements: list[lxml.html.HtmlElement],
    top: lxml.html.HtmlElement,
    base_url: str | None,
    *,
    clean: bool,
    skip: frozenset[lxml.html.HtmlElement] = frozenset(),
    origins: bool = False,
    families: Mapping[lxml.html.HtmlElement, str] | None = None,
) -> list[Block]:
    """Blocks of the article region (the top candidate and its merged siblings), in document order;
    elements in `skip` are left out, unless the top candidate is one of them.

    `origins`: give each block its `origin` (the path of the element it came from). Only a reader
    of where blocks came from needs it (a debugging view, a test), and the paths cost about a
    tenth of this walk, so by default blocks carry none (""). `families`: the elements of comment
    threads in the region and their hints (threads.py), handed on in `Block.hints`."""
    builder = BlockBuilder(base_url, clean=clean, skip=frozenset() if top in skip else skip, scope=elements,
                           origins=origins, families=families)
    for el in elements:
        builder.walk(el, top=el is top)
        builder.flush()
    return builder.blocks
