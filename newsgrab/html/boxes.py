"""Titled boxes inside the article region that are lists, not prose: an address, names, prices, links.

The region's top is often an ancestor of the article's own paragraphs (an <article> holding the
header, the text and what a site sets after it), so whatever else it holds is serialised too. A box
set beside the article's paragraphs under its own heading ("Signatories", "Our shop", "Featured
funds") is the page's, not the story's, when it reads as a list: its share of function words (or, in
a language without a word list, its sentences: `paragraphs.prose_level`) is under half that of the
best candidate (the article's paragraphs' container), as a sibling that joins the region must reach
(`scoring._with_siblings`); an address block, whose opening hours and directions hold a few
function words, when it reads under three quarters of it and holds an e-mail address or a phone
number (`paragraphs.contact_shaped`). A text not in the language its page declares is judged, with
its boxes, by its sentences (`_text_level`). Only boxes where a site sets one are judged:

- the boxes beside the path from that candidate up to the top; a titled list elsewhere in the top
  (a recipe's ingredients beside its steps, a table of figures) sits inside the text the scoring
  chose, and a wider search took such lists on real pages;
- inside the candidate, the boxes beside an element holding its paragraphs (a child of one of that
  element's ancestors up to the candidate, never of the element itself: a fact box or a roster
  among the paragraphs is the article's) and after the last of them: nothing of the article's
  paragraphs follows the box. A candidate often holds more than the text: the paragraphs' wrapper
  scores under its parent, or the box's own lines of prose lift the parent over it;
- inside the candidate, an address before the article's first paragraph (under the headline).

On the tune half's pages nothing of their own output changes (`bench/snapshot.py`); a Russian
listicle's titled list between its parts (prose level a sixth of the text's) and an interview's
titled answers stay, by position and by prose level.
"""

from __future__ import annotations

from collections.abc import Iterator

import lxml.html

from newsgrab.html import settings
from newsgrab.html.evidence import CONTAINER_TAGS
from newsgrab.html.measures import text_len
from newsgrab.html.scoring import Region
from newsgrab.html.structural import HEADING_TAGS, element_text
from newsgrab.html.textshape import contact_shaped, prose_level


def list_boxes(region: Region, language: str | None) -> frozenset[lxml.html.HtmlElement]:
    """The titled list boxes beside the path from the region's best candidate (`Region.core`, the
    article's paragraphs) up to its top, and those inside the candidate before or after its
    paragraphs (`_inner_lists`): containers opening on a heading, with at least `BOX_MIN_CHARS` of
    text, whose prose level is under `SIBLING_PROSE_SHARE` of the candidate's (`_is_list`)."""
    core = region.core
    if core is None:
        return frozenset()
    found: set[lxml.html.HtmlElement] = set()
    level: float | None = None
    judged = language
    for box in _path_boxes(core, region.top):
        if level is None:
            level, judged = _text_level(element_text(core), language)
        if _is_list(box, level, judged):
            found.add(box)
    found.update(_inner_lists(core, language))
    return frozenset(found)


def _text_level(text: str, language: str | None) -> tuple[float, str | None]:
    """The prose level of the article's `text`, and the language to judge the boxes beside it in.
    A page can declare a language its text is not in (a German article under a template's
    `lang="en"`): when the declared language's function words are all but absent from the text
    (under `FOREIGN_TEXT_MAX_SHARE`), its text and the boxes are judged by their sentences, as in
    a language without a word list; by the declared words every box would read as the text does."""
    level = prose_level(text, language)
    if language is not None and level < settings.FOREIGN_TEXT_MAX_SHARE:
        return prose_level(text, None), None
    return level, language


def _is_list(box: lxml.html.HtmlElement, level: float, language: str | None) -> bool:
    """`box` reads far below prose of `level`: under `SIBLING_PROSE_SHARE` of it, or under
    `CONTACT_PROSE_SHARE` of it with a contact's shape."""
    text = element_text(box)
    own = prose_level(text, language)
    if own < level * settings.SIBLING_PROSE_SHARE:
        return True
    return own < level * settings.CONTACT_PROSE_SHARE and contact_shaped(text)


def _path_boxes(core: lxml.html.HtmlElement, top: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """The titled boxes beside the path from `core` up to `top` (none when they are one)."""
    if core is top:
        return
    node = core
    for parent in core.iterancestors():
        for sib in parent:
            if sib is not node and _titled_box(sib):
                yield sib
        if parent is top:
            return
        node = parent


def _inner_lists(core: lxml.html.HtmlElement, language: str | None) -> list[lxml.html.HtmlElement]:
    """The titled list boxes inside `core` where a site sets one beside the article's text:

    - after it: beside the elements holding two of the article's <p> (children of their ancestors
      up to `core`, not of them) with none of those elements after them;
    - before it, when it has a contact's shape (`contact_shaped`): no <p> of the article comes
      before it (an address under the headline; a list without that shape there, a recipe's
      ingredients, stays).

    The article's <p> are those outside the lists; the lists are the outermost titled boxes in
    `core` that read far below those <p> (`_is_list`; `core`'s text stands in when every <p> sits
    in a titled box: an article in titled sections)."""
    boxes = [el for el in core.iterdescendants(*CONTAINER_TAGS) if _titled_box(el)]
    if not boxes:
        return []
    inside = {inner for box in boxes for inner in box.iter()}
    outer = [box for box in boxes if not any(up in inside for up in box.iterancestors() if up is not core)]
    own = [p for p in core.iter("p") if p not in inside]
    sample = " ".join(element_text(p) for p in own) if own else element_text(core)
    level, judged = _text_level(sample, language)
    lists = [box for box in outer if _is_list(box, level, judged)]
    if not lists:
        return []
    listed = {inner for box in lists for inner in box.iter()}
    # the article's first <p> (outside the lists) and the last element holding two of them
    seen: set[lxml.html.HtmlElement] = set()
    first: lxml.html.HtmlElement | None = None
    last: lxml.html.HtmlElement | None = None
    for para in core.iter("p"):
        parent = para.getparent()
        if parent is None or para in listed:
            continue
        first = para if first is None else first
        if parent in seen:
            last = parent
        seen.add(parent)
    if last is None or last is core:
        trailing = []
    else:
        # what follows the last holder at each level up to core is after the article's paragraphs
        after: set[lxml.html.HtmlElement] = set()
        node = last
        while node is not core:
            after.update(node.itersiblings())
            parent = node.getparent()
            if parent is None:
                return []
            node = parent
        trailing = [box for box in lists if box in after]
    leading = [box for box in lists if box not in trailing and contact_shaped(element_text(box))]
    if leading and first is not None:
        order = {el: index for index, el in enumerate(core.iter())}
        leading = [box for box in leading if order[box] < order[first]]
    return trailing + leading


def _titled_box(el: lxml.html.HtmlElement) -> bool:
    """A container whose first element is a heading, holding enough text to be judged."""
    if el.tag not in CONTAINER_TAGS or len(el) < 2 or (el.text or "").strip():
        return False
    first = el[0]
    return isinstance(first.tag, str) and first.tag in HEADING_TAGS and text_len(el) >= settings.BOX_MIN_CHARS
