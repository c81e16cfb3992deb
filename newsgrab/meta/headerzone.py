"""The article header: the elements around the headline, before the body starts.

Bylines, datelines, kickers and the lead picture sit right after the headline or right above it,
inside the container that holds it. `header_parts` walks those elements, at the headline's level
and up to HEADER_LEVELS above it (DATE_HEADER_LEVELS when looking for a printed date), never beyond
the <article> (or <main>, <body>) that holds the headline, never into page chrome or other stories'
teasers beside it, and stops where the body starts (a text piece of HEADER_PARAGRAPH_CHARS or more)
or when HEADER_TEXT_CHARS are read. A <footer> or <nav> after the headline, beside it or its container
(HEADER_ANCESTORS), is the story's own post meta and is read ("<header><h1/></header><footer
class=meta>By ...</footer>"); one above it is a breadcrumb or menu, and one further out the page's.

Five readers walk the header (authors three ways, dates, the lead picture): each side of the
headline is walked once per page and levels, as far as they read, and kept on the page scan
(`PageScan.header_sides`).
"""

from __future__ import annotations

from collections.abc import Iterator

import lxml.html

from newsgrab.meta.pagescan import is_chrome, is_post_meta
from newsgrab.meta.scanresult import HeaderPart, LazyParts, PageScan
from newsgrab.whitespace import fold_space

#: levels above the headline whose siblings are the article header
HEADER_LEVELS = 3
#: levels read for a printed date: one more, since review and magazine templates put the facts box
#: ("Reviewed: June 7, 2019", "Published 15 Dec 2016") beside the whole headline block, which nests
#: the <h1> three deep (header > title block > column > h1). The lead picture keeps HEADER_LEVELS:
#: one more level reaches app badges and QR codes beside the header.
DATE_HEADER_LEVELS = 4
#: characters of text around the headline read as the article header (a dateline, a kicker, a byline)
HEADER_TEXT_CHARS = 600
#: characters; a text this long after the headline is the body: the header ends before it
HEADER_PARAGRAPH_CHARS = 250
#: containers whose siblings are no longer the article header
_HEADER_BOUNDS = frozenset({"article", "main", "body", "html"})
_NOT_HEADER_TAGS = frozenset({"script", "style", "noscript", "template", "aside", "nav", "footer", "form"})


def header_parts(scan: PageScan, *, preceding_first: bool, levels: int = HEADER_LEVELS) -> Iterator[HeaderPart]:
    """(element, its text up to the body) for the elements after the page's headline and those above
    it (nearest first on each side; the side above first with `preceding_first`), up to `levels`
    containers above the headline; nothing without a headline. Each side is walked once per page and
    levels, and only as far as a reader reads it (`scanresult.LazyParts`)."""
    if scan.headline is None:
        return
    for preceding in (preceding_first, not preceding_first):
        key = (preceding, levels)
        side = scan.header_sides.get(key)
        if side is None:
            side = scan.header_sides[key] = LazyParts(_walk(scan.headline, preceding, levels))
        yield from side


def _walk(node: lxml.html.HtmlElement | None, preceding: bool, levels: int) -> Iterator[HeaderPart]:
    """One side of the headline `node`: its siblings on that side, then its parent's, up to `levels`
    containers, until the body starts or HEADER_TEXT_CHARS are read."""
    budget = HEADER_TEXT_CHARS
    for level in range(levels):
        if node is None or budget <= 0 or node.tag in _HEADER_BOUNDS:
            break
        for sibling in node.itersiblings(preceding=preceding):
            tag = sibling.tag
            if not isinstance(tag, str) or is_chrome(sibling) or (
                    tag in _NOT_HEADER_TAGS and (preceding or not is_post_meta(tag, level))):
                continue
            text, body_starts = _text_before_body(sibling, budget)
            budget -= len(text)
            yield sibling, text
            if body_starts or budget <= 0:
                budget = 0
                break
        node = node.getparent()


def _text_before_body(el: lxml.html.HtmlElement, budget: int) -> tuple[str, bool]:
    """The text of `el` up to its first body paragraph (a text piece of HEADER_PARAGRAPH_CHARS or more)
    or `budget` characters, and whether a body paragraph was reached."""
    pieces: list[str] = []
    size = 0
    for piece in el.itertext():
        if piece.isspace():  # folds to nothing (most pieces between tags): the fold is skipped
            continue
        piece = fold_space(piece)
        if len(piece) >= HEADER_PARAGRAPH_CHARS:
            return " ".join(pieces), True
        if piece:
            pieces.append(piece)
            size += len(piece) + 1
            if size >= budget:
                break
    return " ".join(pieces), False
