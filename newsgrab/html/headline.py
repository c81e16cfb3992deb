"""The page's headline: which heading it is, whether a box holds it, and how far a candidate sits from it.

An article starts right under its headline; a dialog, a footer or a sidebar does not. The title
comes from the metadata stage; a heading is the headline when it is the title or most of it (a
"Title | Site" title holds its headline, a long headline holds a short og:title).
"""

from __future__ import annotations

from collections.abc import Callable

import lxml.html

from newsgrab.html import settings
from newsgrab.html.overlays import overlay_by
from newsgrab.html.scoring import Region
from newsgrab.html.structural import NO_OVERLAY
from newsgrab.memo import Memo
from newsgrab.whitespace import fold_space


def title_heading(kept: list[lxml.html.HtmlElement], root: lxml.html.HtmlElement,
                   title: str | None) -> lxml.html.HtmlElement | None:
    """The <h1> that holds the title (the only <h1> when none matches it), or None."""
    headings = list(root.iter("h1"))
    if not headings:
        return None
    wanted = norm_title(title) if title else ""
    for heading in headings if wanted else ():
        if is_headline(heading.text_content(), wanted):
            return heading
    return headings[0] if len(headings) == 1 else None


def norm_title(text: str) -> str:
    """A title or a heading as compared: spaces folded, case folded, edge punctuation off (remembered:
    the title is normalised again by every test that compares a heading or a box with it, ~9 calls a
    page of which ~4 distinct)."""
    return _NORMED[text]


def _norm_title(text: str) -> str:
    return fold_space(text).casefold().strip(" .:!?\u2019'\"")


#: texts remembered normalised before the memo empties itself (titles and headings: short strings)
MAX_REMEMBERED_TITLES = 2048
_NORMED: Memo[str, str] = Memo(_norm_title, MAX_REMEMBERED_TITLES)


def is_headline(text: str, wanted: str) -> bool:
    """Whether a heading's text is the title (`wanted`, as `norm_title` gives it), or most of it."""
    found = norm_title(text)
    if not found or not wanted:
        return False
    if found == wanted:
        return True
    if found in wanted:
        return len(found) >= settings.TITLE_MATCH_SHARE * len(wanted)
    return wanted in found and len(wanted) >= settings.TITLE_MATCH_SHARE * len(found)


def holds_headline(el: lxml.html.HtmlElement, title: str | None) -> bool:
    """Whether an <h1> inside `el` is the page's title: a box holding the headline is the article's viewer."""
    wanted = norm_title(title) if title else ""
    return bool(wanted) and any(is_headline(h.text_content(), wanted) for h in el.iter("h1"))


def overlay_test(page_chars: int, title: str | None) -> Callable[[lxml.html.HtmlElement, str, list[str], str], int]:
    """`overlays.overlay_by` for the cutter (which hands it the element's tag, attribute names and
    key), with the exception of a box that holds the headline."""

    def kind(el: lxml.html.HtmlElement, tag: str, names: list[str], key: str) -> int:
        found = overlay_by(el, tag, names, key, page_chars)
        return NO_OVERLAY if found and holds_headline(el, title) else found

    return kind


def title_gap(region: Region, kept: list[lxml.html.HtmlElement], title: str | None, limit: int) -> int | None:
    """Characters of text between the headline and the region in document order (0 when the
    region holds the headline; counted up to just past `limit`), or None when the page has no
    headline to measure from."""
    heading = title_heading(kept, kept[0], title)
    if heading is None:
        return None
    members = set(region.elements)
    if heading in members or any(anc in members for anc in heading.iterancestors()):
        return 0
    start = kept.index(region.elements[0])
    at = kept.index(heading)
    low, high = (at, start) if at < start else (start, at)
    gap = 0
    for el in kept[low + 1 : high]:
        gap += len(el.text or "") + len(el.tail or "") if isinstance(el.tag, str) else 0
        if gap > limit:
            break
    return gap
