"""Paragraphs of the article left outside its region: the ones that wear the region's own class.

A story cut into two parts by the layout (an ad row, a "story lead" row holding the first
paragraphs, the rest in a later row) has no single container the scoring can climb to: the parts'
common ancestor is the page's main column, which holds other things too, and Readability's sibling
join only looks beside the top candidate. What the parts do share is their markup: a CMS writes
every paragraph of a story with the same class (`story-text__paragraph`, `article-p`...), and the
page writes nothing else with it. So when the region's paragraphs share one class, paragraphs
elsewhere with exactly that class, long enough to be prose and not link lists, are the story's too,
unless they sit in another story's card (beside a linked heading): a teaser written by the same CMS.

Language-independent (class strings and shape only); it finds nothing on a page whose paragraphs
carry no class, or carry a class the region does not use for most of them.
"""

from __future__ import annotations

from collections import Counter

import lxml.html

from newsgrab.html import settings
from newsgrab.html.measures import link_density, text_len
from newsgrab.html.scoring import Region


def with_kin(
    region: Region, root: lxml.html.HtmlElement, kept: list[lxml.html.HtmlElement]
) -> list[lxml.html.HtmlElement]:
    """The region's elements plus the paragraphs outside it that carry its paragraphs' class
    (`kin_class`), in document order (`kept`: the pruned page's nodes, in document order).

    Class strings are compared before any text is measured: on most pages no paragraph outside
    the region carries the class, and the check costs one walk over the page's <p> elements."""
    inside = {el for member in region.elements for el in member.iter("p")}
    wanted = kin_class(inside)
    if wanted is None:
        return region.elements
    # the overlays' elements (`set_aside`) hold every descendant of an overlay
    kin = [p for p in root.iter("p") if p.get("class") == wanted and p not in inside and p not in region.set_aside]
    kin = [p for p in kin if _prose(p) and not _in_card(p)]
    if not kin:
        return region.elements
    position = {el: index for index, el in enumerate(kept)}
    return sorted(region.elements + kin, key=lambda el: position.get(el, len(position)))


def kin_class(paragraphs: set[lxml.html.HtmlElement]) -> str | None:
    """The class most of the region's paragraphs share, when at least `KIN_MIN_PARAGRAPHS` of
    them carry it; None when they carry none, or no class holds most of them."""
    classes = Counter(p.get("class") for p in paragraphs)
    classes.pop(None, None)
    if not classes:
        return None
    name, count = classes.most_common(1)[0]
    if name is None or count < settings.KIN_MIN_PARAGRAPHS or count * 2 <= len(paragraphs) or not name.strip():
        return None
    return name


def _prose(p: lxml.html.HtmlElement) -> bool:
    """A paragraph long enough to be prose whose text is mostly not links."""
    total = text_len(p)
    return total >= settings.SIBLING_PARAGRAPH_CHARS and link_density(p, total) < settings.SIBLING_MAX_LINK_DENSITY


#: headings that title another story's card when they hold a link
_CARD_HEADINGS = ("h2", "h3", "h4")


def _in_card(p: lxml.html.HtmlElement) -> bool:
    """The paragraph sits beside a linked heading: another story's teaser card."""
    parent = p.getparent()
    if parent is None:
        return False
    return any(next(heading.iter("a"), None) is not None for heading in parent.iterchildren(*_CARD_HEADINGS))
