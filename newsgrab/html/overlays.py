"""Overlays and chrome told from what a walk has read of an element already.

Boxes laid over the page or kept out of sight (dialogs, consent boxes, hidden regions, <noscript>:
`overlay_kind`) and page chrome (`chrome_by`: what token pruning would remove, size aside) are what the
second opinion's paragraph cutter asks of nearly every element it meets. lxml makes a new string
for every `.tag`, `.keys()` and `.get()`, so the cutter reads an element's tag, attribute names
and class/id key once (`element_key`) and hands them to both tests (`overlay_by`, `chrome_by`),
instead of each test reading them again.
"""

from __future__ import annotations

import lxml.html

from newsgrab.html.selectors import PRUNE_CHROME, compose_key, selectors
from newsgrab.html.structural import (
    CHROME_ROLES,
    CHROME_TAGS,
    INLINE_TAGS,
    NO_OVERLAY,
    OVERLAY_BY_MARKUP,
    OVERLAY_BY_TOKENS,
    OVERLAY_ROLES,
    OVERLAY_TAGS,
    PROTECTED_TAGS,
    hidden_style,
    small_enough,
)

#: every attribute `overlay_by` and `chrome_by` read: an element with none of them (an <a href>, an
#: <img src alt>, a <td colspan>) is told by its tag alone, as one without attributes
READ_NAMES = frozenset({"class", "id", "data-testid", "hidden", "aria-modal", "role", "style"})


def overlay_kind(el: lxml.html.HtmlElement, page_chars: int) -> int:
    """Whether `el` is a box laid over the page or kept out of sight, and how it says so: by markup
    (a <dialog>, <noscript> or <template>, a dialog role, `aria-modal`, `hidden`, display:none) or
    by the class/id tokens of the groups marked `overlay` in selectors.toml (a consent box, a
    modal, a pop-up).

    Its text is never the article while prose exists elsewhere. `aria-hidden` is not enough: it is
    what scripts put on the page behind an open dialog. An element named by tokens alone that
    holds more than `MAX_PRUNED_TEXT_SHARE` of the page's text (`page_chars`) is a wrapper of the
    page, not a box on it; tokens can be wrong, so the second opinion takes a box named by tokens
    when no prose is left outside one.
    """
    names = el.keys()
    return overlay_by(el, el.tag, names, element_key(el, names) if names else "", page_chars)


def element_key(el: lxml.html.HtmlElement, names: list[str]) -> str:
    """The class/id key of an element (`selectors.compose_key`) whose attribute names (`names`) the
    caller read already: what `overlay_by` and `chrome_by` take, made once for both."""
    return compose_key(el.get("class") if "class" in names else None, el.get("id") if "id" in names else None,
                       el.get("data-testid") if "data-testid" in names else None)


def overlay_by(el: lxml.html.HtmlElement, tag: object, names: list[str], key: str, page_chars: int) -> int:
    """`overlay_kind` from what a walk read already: the element's tag, its attribute names and
    its key (`element_key`; "" without attributes). The paragraph cutter asks it of every element
    with attributes and `chrome_by` of many of them: lxml makes a new string for every `.tag`,
    `.keys()` and `.get()`, so they are read once for both."""
    if tag in OVERLAY_TAGS:
        return OVERLAY_BY_MARKUP
    if not names:
        return NO_OVERLAY
    if "hidden" in names or ("aria-modal" in names and el.get("aria-modal") == "true"):
        return OVERLAY_BY_MARKUP
    if "role" in names and str(el.get("role")).lower() in OVERLAY_ROLES:
        return OVERLAY_BY_MARKUP
    if "style" in names and hidden_style(el.get("style") or ""):
        return OVERLAY_BY_MARKUP
    if key and selectors().overlay_keys[key] and small_enough(el, page_chars):
        return OVERLAY_BY_TOKENS
    return NO_OVERLAY



def chrome_by(el: lxml.html.HtmlElement, tag: str, names: list[str], key: str) -> bool:
    """Page chrome by tag, role or class/id tokens: what token pruning would remove, size aside
    (`structural.prune`'s verdict), from what a walk read already of the element (see `overlay_by`)."""
    if tag in PROTECTED_TAGS or tag in INLINE_TAGS:
        return False
    if tag in CHROME_TAGS:
        return True
    if not names:
        return False
    if "role" in names and str(el.get("role")).lower() in CHROME_ROLES:
        return True
    return bool(key) and selectors().prune_verdicts[key] == PRUNE_CHROME
