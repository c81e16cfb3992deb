"""Titled boxes inside the article region that are lists, not prose: an address, names, prices, links.

The region's top is often an ancestor of the article's own paragraphs (an <article> holding the
header, the text and what a site sets after it), so whatever else it holds is serialised too. A box
set beside the article's paragraphs under its own heading ("Signatories", "Our shop", "Featured
funds") is the page's, not the story's, when it reads as a list: its share of function words (or, in
a language without a word list, its sentences: `paragraphs.prose_level`) is under half that of the
best candidate (the article's paragraphs' container), as a sibling that joins the region must reach
(`scoring._with_siblings`). Only the boxes beside the path from that candidate up to the top are
judged: a titled list elsewhere in the top (a recipe's ingredients beside its steps, a table of
figures) sits inside the text the scoring chose, and a wider search took such lists on real pages.
"""

from __future__ import annotations

import lxml.html

from newsgrab.html import settings
from newsgrab.html.evidence import CONTAINER_TAGS
from newsgrab.html.paragraphs import prose_level
from newsgrab.html.scoring import Region, text_len
from newsgrab.html.structural import HEADING_TAGS, element_text


def list_boxes(region: Region, language: str | None) -> frozenset[lxml.html.HtmlElement]:
    """The titled list boxes beside the path from the region's best candidate (`Region.core`, the
    article's paragraphs) up to its top: containers opening on a heading, with at least
    `BOX_MIN_CHARS` of text, whose prose level is under `SIBLING_PROSE_SHARE` of the candidate's."""
    core = region.core
    if core is None or core is region.top:
        return frozenset()
    found: set[lxml.html.HtmlElement] = set()
    level: float | None = None
    node = core
    for parent in core.iterancestors():
        for sib in parent:
            if sib is node or not _titled_box(sib):
                continue
            if level is None:
                level = prose_level(element_text(core), language) * settings.SIBLING_PROSE_SHARE
            if prose_level(element_text(sib), language) < level:
                found.add(sib)
        if parent is region.top:
            break
        node = parent
    return frozenset(found)


def _titled_box(el: lxml.html.HtmlElement) -> bool:
    """A container whose first element is a heading, holding enough text to be judged."""
    if el.tag not in CONTAINER_TAGS or len(el) < 2 or (el.text or "").strip():
        return False
    first = el[0]
    return isinstance(first.tag, str) and first.tag in HEADING_TAGS and text_len(el) >= settings.BOX_MIN_CHARS
