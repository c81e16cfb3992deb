"""Structural cleaning: drop page chrome from the tree by tag, role, visibility and class/id tokens.

The tokens (newsgrab/rules/selectors.toml, compiled in `selectors.py`) are tested in one Python
walk over the tree rather than as XPath `re:test(...)`: lxml runs EXSLT regexes through a Python
callback per element, and `contains()` chains test every token on every element, where the walk
remembers its verdict per class string. The walk does not enter a subtree it removes. Overlays
(dialogs, consent boxes, hidden regions, <noscript>) are named in `overlays.py`.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html
from lxml import etree

from newsgrab.html import settings
from newsgrab.html.selectors import (
    PRUNE_CAPTION,
    PRUNE_CHROME,
    PRUNE_KEEP,
    PRUNE_MEDIA_ONLY,
    Selectors,
    attr_key,
    class_key,
    compose_key,
    selectors,
)
from newsgrab.meta import classnames

#: elements that never hold article text; removed with their content, their tail text kept.
JUNK_TAGS = (
    "script", "style", "template", "svg", "canvas", "button", "input", "select", "textarea",
    "option", "datalist", "link", "meta", "object", "applet", "map", "dialog", "math",
)  # fmt: skip
#: elements that are page chrome by definition (HTML5 sectioning outside the article).
CHROME_TAGS: Final = frozenset({"nav", "footer", "aside", "header", "menu"})
#: ARIA landmark roles of page chrome.
CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu",
     "menubar", "tablist", "toolbar", "alert", "marquee"}
)  # fmt: skip
#: phrasing elements: page chrome is built from containers, so token rules skip these (a quarter
#: of a page's elements). <span> is still checked: bylines, datelines and "sponsored" labels live
#: in spans.
INLINE_TAGS: Final = frozenset(
    {"a", "b", "i", "em", "strong", "img", "picture", "source", "time", "abbr", "small", "sup", "sub",
     "br", "wbr", "u", "s", "cite", "code", "font", "label", "mark", "q", "var", "kbd", "path", "use"}
)  # fmt: skip
#: headings, the one list the HTML stage's modules share
HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: elements never removed by a token match: removing them would remove the page.
PROTECTED_TAGS: Final = frozenset({"html", "body", "main", "article"})
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: `_HIDDEN_STYLE_RE` as a test, without IGNORECASE on an ASCII style (see `classnames.name_test`)
hidden_style: Final = classnames.name_test(_HIDDEN_STYLE_RE)
_BODY_ITEMPROPS = frozenset({"articlebody", "reviewbody", "text"})
#: a coarse search for elements that may be an article body (a class holding one of these pieces,
#: or any itemprop); the hint tokens decide. Defined in meta.classnames; the page scan's walk collects them.
HINT_PREFILTER_PIECES = classnames.HINT_PREFILTER_PIECES
_HINT_PIECE_RE = classnames.HINT_PIECE_RE


def element_text(el: lxml.html.HtmlElement) -> str:
    """`el.text_content()` without its XPath evaluation: the same libxml2 content walk
    (xmlNodeBufGetContent for tostring, xmlNodeGetContent for XPath string()) and the same string,
    without the cost of setting up an XPath call, which on a paragraph is more than gathering its
    text. Every text this package's HTML stage measures is read this way:
    the chrome candidates' and captions' here, the paragraphs' in scoring, links' and cells' in
    blocks, the page's in content."""
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


def _hidden(el: lxml.html.HtmlElement, names: list[str]) -> bool:
    """Hidden by the `hidden` attribute, `aria-hidden` or an inline display/visibility style.
    `names`: the element's attribute names, read once by the caller (a name test is cheaper than
    a `.get()`, and most elements have only a class)."""
    if "hidden" in names or ("aria-hidden" in names and el.get("aria-hidden") == "true"):
        return True
    if "style" not in names:
        return False
    style = el.get("style")
    return bool(style and hidden_style(style))


#: the attributes `_hidden` reads; the names of a class-only element (`prune` keys it by `class_key`)
_HIDING_NAMES, _CLASS_ONLY = frozenset({"hidden", "aria-hidden", "style"}), ["class"]
#: tags that lay a box over the page or stand in for it when scripts are off
OVERLAY_TAGS: Final = frozenset({"dialog", "noscript", "template"})
#: ARIA roles of boxes laid over the page
OVERLAY_ROLES = frozenset({"dialog", "alertdialog", "alert"})


#: what `overlays.overlay_kind` tells: no overlay, one by markup (tag, role, aria-modal, hidden), one by tokens
NO_OVERLAY, OVERLAY_BY_MARKUP, OVERLAY_BY_TOKENS = 0, 1, 2


#: the attribute `drop_junk` sets on the parent of a control it removes: the fact that a control
#: stood there outlives the control, without its text ("Accept", "Load content"), which is no
#: article's. `prompts.is_prompt` counts such a parent as a line of controls.
CONTROL_MARK = "data-ng-control"
#: the controls whose place is marked: a button, a drop-down, an input a reader presses (a text
#: field is no control line by itself: a form around it says so, a search box is chrome)
_MARKED_CONTROLS = ("button", "input", "select")
_PRESSED_INPUTS = frozenset({"submit", "button", "reset", "image"})


def _worded(label: str) -> bool:
    """A control's label holds a word (two letters): "Accept", "OK", not "1x", "x" or "›"."""
    letters = 0
    for char in label:
        letters += char.isalpha()
        if letters == 2:
            return True
    return False


def drop_junk(root: lxml.html.HtmlElement) -> None:
    """Remove scripts, styles, form controls and other non-text elements (C-level, one call),
    marking the parent of each control removed with `CONTROL_MARK` (a consent box or a prompt
    whose only control is a <button> is otherwise indistinguishable from a box of prose). A
    toggle (`aria-expanded`, `aria-controls`: it opens or turns a part of the page, a fact box's
    "show more", a gallery's "next") leaves no mark: it acts on what the reader reads; nor does a
    button without a word on it (a player's play and rewind icons, a gallery's arrows): it works a
    widget, where a prompt's buttons ask the reader ("Accept", "Subscribe")."""
    for control in root.iter(*_MARKED_CONTROLS):
        tag = control.tag
        if tag == "input":
            kind = (control.get("type") or "text").strip().lower()
            if kind not in _PRESSED_INPUTS or not (kind == "submit" or _worded(control.get("value") or "")):
                continue
        elif tag == "button" and not _worded(element_text(control)):
            continue  # an icon (a player's play, a gallery's arrow): it works a widget, it asks the reader nothing
        if control.get("aria-expanded") is not None or control.get("aria-controls") is not None:
            continue  # a toggle that opens or turns a part of the page (a "show more", a gallery's "next")
        parent = control.getparent()
        if parent is not None:
            parent.set(CONTROL_MARK, "1")
    etree.strip_elements(root, *JUNK_TAGS, etree.Comment, etree.ProcessingInstruction, with_tail=False)


def prune(
    root: lxml.html.HtmlElement,
    *,
    tokens: bool,
    page_chars: int | None = None,
    hint_pool: list[lxml.html.HtmlElement] | None = None,
    kept: list[lxml.html.HtmlElement] | None = None,
    overlays: list[lxml.html.HtmlElement] | None = None,
    removed: list[tuple[lxml.html.HtmlElement, int]] | None = None,
) -> int:
    """Remove hidden elements and, with `tokens`, chrome by tag, role and class/id tokens.

    A chrome candidate that holds an article-body hint (itemprop, a CMS body class) or more than
    `MAX_PRUNED_TEXT_SHARE` of the text is kept: it is a wrapper, e.g. Blogger's `widget Blog`.
    Caption- and gallery-classed elements become <figcaption>, so the serialiser keeps their
    media, not their text. The walk does not enter a subtree it removes. `page_chars` is the
    length of the root's text when the caller knows it. `hint_pool`, when given, holds every
    element of this tree with an itemprop or a class holding a hint piece (the page scan's walk
    collects it): the body-hint test then climbs from the few real hints instead of walking each
    large candidate's subtree. `kept`, when given, receives the nodes
    left in the tree (the root and its descendants, in document order: `list(root.iter())` after
    the walk), which the walk visits anyway; the scoring pass reads them from this list instead
    of walking the tree again. `overlays`, when given, receives the overlays by markup
    (`overlays.overlay_kind`) left in the tree, outermost only: <noscript>, `aria-modal` boxes and dialogs
    (too large to remove, or left by a walk without `tokens`). Overlays by tokens are not marked:
    a walk without `tokens` is the sieve's way back from tokens that took the article. `removed`,
    when given, receives the chrome removed by its tokens that holds at least `MIN_WRAPPER_CHARS`
    of text, with its length (measured anyway): tokens can be wrong, and what they took is weighed
    against the region later (`second_opinion.weakness`). Returns how many elements were removed.
    """
    sel = selectors()
    hints = _BodyHints(hint_pool, sel) if hint_pool is not None else None
    page_chars = max(len(element_text(root)) if page_chars is None else page_chars, 1)
    doomed: list[lxml.html.HtmlElement] = []
    # Per element, the attribute names are read once (`keys()`): an element without attributes
    # (many of them) needs no test but its tag, and a name test is cheaper than a `.get()`;
    # children are stacked by a reversed slice, cheaper than an iterchildren() iterator.
    survivors = [root]
    stack = root[::-1]
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str):
            survivors.append(el)
            continue
        if tag not in PROTECTED_TAGS:
            names = el.keys()
            if names and not _HIDING_NAMES.isdisjoint(names) and _hidden(el, names) and (
                el.get("aria-hidden") != "true" or small_enough(el, page_chars)
            ):  # few elements have a hiding attribute: the others are spared the call
                doomed.append(el)
                continue
            if tokens and tag not in INLINE_TAGS and (names or tag in CHROME_TAGS):  # else kept: `_verdict`
                cls = el.get("class") if names == _CLASS_ONLY and tag not in CHROME_TAGS else None
                verdict = sel.prune_verdicts[class_key(cls)] if cls else _verdict(el, tag, sel, names)
                if verdict == PRUNE_CHROME and _removable(el, sel, page_chars, hints, removed):
                    doomed.append(el)
                    continue
                if (verdict == PRUNE_CAPTION and len(element_text(el)) <= settings.MAX_CAPTION_CHARS) or (
                    verdict == PRUNE_MEDIA_ONLY and _removable(el, sel, page_chars, hints)
                ):
                    el.tag = "figcaption"
                    survivors.append(el)
                    survivors.extend(el.iterdescendants())  # kept whole, not walked
                    continue
            if overlays is not None and (
                tag in OVERLAY_TAGS or ("aria-modal" in names and el.get("aria-modal") == "true")
                or ("role" in names and str(el.get("role")).lower() in OVERLAY_ROLES)
            ):
                overlays.append(el)
                survivors.append(el)
                survivors.extend(el.iterdescendants())  # kept whole, not walked: its text is set aside
                continue
        survivors.append(el)
        stack.extend(el[::-1])
    for el in doomed:
        drop(el)
    if kept is not None:
        kept.extend(survivors)
    return len(doomed)


#: characters lxml refuses in a string handed to it (XML 1.0 allows no other C0 control, nor the
#: noncharacters U+FFFE and U+FFFF, nor a lone surrogate), though its HTML parser accepts them from a page
#: (the surrogates written as escapes the regex reads, not as characters of the source: mypyc compiles
#: no string literal that holds a surrogate)
_XML_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\\ud800-\\udfff\ufffe\uffff]")


def drop(el: lxml.html.HtmlElement) -> None:
    """Remove `el` and its subtree, keeping its tail text in place (what `drop_tree` does).

    The tail is joined to the text before the element, and the join handed back to lxml, which
    refuses a string holding a C0 control character (U+0001 to U+001F but tab, LF and CR) though
    its parser took it from the page ("Filed under\x1f<nav>..."). Such a join is written again
    without them: they are not text a reader sees. The join is made before the first try, since
    a refused assignment can leave the old text gone.
    """
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        previous = el.getprevious()
        if previous is None:
            joined = (parent.text or "") + tail
            try:
                parent.text = joined
            except ValueError:
                parent.text = _XML_ILLEGAL_RE.sub("", joined)
        else:
            joined = (previous.tail or "") + tail
            try:
                previous.tail = joined
            except ValueError:
                previous.tail = _XML_ILLEGAL_RE.sub("", joined)
    parent.remove(el)


def _verdict(el: lxml.html.HtmlElement, tag: str, sel: Selectors, names: list[str]) -> int:
    """What the prune walk does with `el`, from its tag, role and class/id key (`names`: its attribute names)."""
    if tag in CHROME_TAGS:
        return PRUNE_CHROME
    if not names:
        return PRUNE_KEEP
    if "role" in names and str(el.get("role")).lower() in CHROME_ROLES:
        return PRUNE_CHROME
    key = compose_key(
        el.get("class"),
        el.get("id") if "id" in names else None,
        el.get("data-testid") if "data-testid" in names else None,
    )
    if not key:
        return PRUNE_KEEP
    return sel.prune_verdicts[key]


def small_enough(el: lxml.html.HtmlElement, page_chars: int) -> bool:
    """Holds at most `MAX_PRUNED_TEXT_SHARE` of the page's text. An aria-hidden wrapper holding
    most of it is the page behind a consent dialog (scripts set aria-hidden while a dialog is
    open), not chrome; `hidden` and display:none stay removed whatever their size."""
    return len(el) == 0 or len(element_text(el)) <= page_chars * settings.MAX_PRUNED_TEXT_SHARE


def _removable(
    el: lxml.html.HtmlElement, sel: Selectors, page_chars: int, hints: _BodyHints | None = None,
    removed: list[tuple[lxml.html.HtmlElement, int]] | None = None,
) -> bool:
    """Small enough to be chrome, and not a wrapper of the article body; `removed` receives it with
    its length when it is removable and long enough to have been measured (see `prune`)."""
    if len(el) == 0:
        return True
    chars = len(element_text(el))
    if chars > page_chars * settings.MAX_PRUNED_TEXT_SHARE:
        return False
    if chars < settings.MIN_WRAPPER_CHARS:
        return True  # too little text to wrap an article body: no need to search inside
    if hints is not None:
        verdict = not hints.inside(el)
    else:
        verdict = not any(_is_body_hint(found, sel) for found in _hint_candidates(el))
    if verdict and removed is not None:
        removed.append((el, chars))
    return verdict


def _is_body_hint(found: lxml.html.HtmlElement, sel: Selectors) -> bool:
    """An article-body itemprop, or a class/id key the hint tokens match (verdict remembered)."""
    itemprop = found.get("itemprop")
    if itemprop and itemprop.lower() in _BODY_ITEMPROPS:
        return True
    return sel.hint_keys[attr_key(found)]


class _BodyHints:
    """The article-body hints of one page, picked from the page scan's pool on first use.

    Whether a candidate holds one is a set lookup: the elements that hold a hint are gathered once,
    climbing from each hint until an ancestor already gathered (so each element is added once,
    however many hints or candidates the page has), instead of walking each candidate's subtree.
    Elements `drop_junk` removed are detached, so their ancestors no longer include any candidate:
    the same answer as the walk.
    """

    __slots__ = ("_holders", "_pool", "_sel")

    def __init__(self, pool: list[lxml.html.HtmlElement], sel: Selectors) -> None:
        self._pool = pool
        self._sel = sel
        self._holders: set[lxml.html.HtmlElement] | None = None

    def inside(self, el: lxml.html.HtmlElement) -> bool:
        """Whether a body hint is a descendant of `el`."""
        if self._holders is None:
            holders: set[lxml.html.HtmlElement] = set()
            for found in self._pool:
                if _is_body_hint(found, self._sel):
                    for ancestor in found.iterancestors():
                        if ancestor in holders:
                            break
                        holders.add(ancestor)
            self._holders = holders
        return el in self._holders


def _hint_candidates(el: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Descendants of `el` with an itemprop or a class holding a prefilter piece, in document order.

    A Python walk with remembered class verdicts rather than one XPath
    (`descendant::*[@itemprop or contains(@class, ...)]`), which would evaluate its predicates
    on every element of every chrome candidate.
    """
    found = []
    has_piece = classnames.HAS_HINT_PIECE
    for node in el.iterdescendants(etree.Element):
        cls = node.get("class")
        if cls is not None and has_piece[cls]:
            found.append(node)
            continue
        if node.get("itemprop") is not None:
            found.append(node)
    return found
