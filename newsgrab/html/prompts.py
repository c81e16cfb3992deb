"""Prompts inside the article region: a box of prose that ends in a line of controls.

A consent box for an embed, a paywall or registration prompt, an outdated-browser banner: a site
sets them among the article's paragraphs or right after them, and their prose passes every test of
an article's text (it is long, it has function words and sentences). What gives them away is how
they end: a short line of links, one of which is a control rather than a page to read (a bare "#" or
a `javascript:` link a script answers, an `<a role=button>`) or goes to an account endpoint (a
sign-in, registration, subscription or consent page: `data/account_paths.toml`, path segments,
never the link's words). An article's own box between its paragraphs (a pull quote, a fact box
with its source, an embedded post ending in its link, a "read more" line to another story) ends
in no control and links to no such page, and stays. A <button> (the common markup of a consent
box's "Load content" or a paywall's "Subscribe") is gone before the region is read; `drop_junk`
marks its parent, and that mark counts as a control, unless the box holds media (the button then
plays, turns or copies it). A toggle (`aria-expanded`/`aria-controls`: a fact box's "show more")
leaves no mark.

Only boxes where a site sets a prompt are judged: the children of each element of the region's best
candidate (`Region.core`) that holds two of its <p>, and of that element's ancestors up to the
candidate (a box among or right after the paragraphs), the siblings of the path from the
candidate up to the region's top (as in `boxes.list_boxes`), and the siblings the region took
beside its top. A box holding half the candidate's text or more is not a box in the article (it
may be the article). Seen on real pages of the tune half (their classes aside): cookie and
newsletter pop-ups ending in "Accept" or "No thanks", a course's packages ending in a buy
link (`#`, a script's); not on the sections of a book chapter holding named anchors (`<a id>`
without text), nor on a magazine's subscription inset whose last link goes to a section.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import lxml.html
from lxml import etree

from newsgrab.data import load_toml
from newsgrab.html import settings
from newsgrab.html.measures import text_len
from newsgrab.html.scoring import Region
from newsgrab.html.structural import CONTROL_MARK
from newsgrab.urls import split

#: containers that can be a prompt box (lists, tables, quotes and figures are the article's own shapes)
_BOX_TAGS: Final = frozenset({"div", "section", "aside", "form", "center"})
#: the elements a line of links sits in: the box's line is the nearest one around its last link
_LINE_TAGS = frozenset({"p", "div", "li", "ul", "ol", "section", "dd", "td", "footer", "form", "center", "nav"})
#: what a control beside it belongs to: a box holding one of these whose line's only control is a
#: button is a gallery's, a player's or a code sample's, not a prompt
_MEDIA_TAGS = ("figure", "img", "picture", "video", "audio", "iframe", "pre")
#: the links, forms and the places of removed controls (`structural.CONTROL_MARK`) in a box, the last one
_LAST_CONTROL = etree.XPath(f"(descendant::a | descendant::form | descendant::*[@{CONTROL_MARK}])[last()]")


@cache
def account_segments() -> frozenset[str]:
    """The path segments of data/account_paths.toml (read once per process)."""
    return frozenset(s.lower() for s in load_toml("account_paths.toml")["segments"])


def is_account_path(href: str) -> bool:
    """A link to a sign-in, registration, subscription or consent page: a whole path segment of the
    link (its extension aside) is one of `account_segments`."""
    parts = split(href) if "://" in href else None
    path = parts.path if parts is not None else href.split("?", 1)[0].split("#", 1)[0]
    segments = account_segments()
    return any(seg.rsplit(".", 1)[0].lower() in segments for seg in path.split("/") if seg)


def is_control(link: lxml.html.HtmlElement) -> bool:
    """A link that is a button: it goes nowhere (a bare "#", an empty href, `javascript:`,
    role=button, no href but a label), or to an account endpoint (`is_account_path`)."""
    if (link.get("role") or "").lower() == "button":
        return True
    href = link.get("href")
    if href is None:  # a script's button when it has a label; a named anchor (<a id=...></a>) when not
        return bool(text_len(link))
    href = href.strip()
    if href in ("", "#") or href.lower().startswith("javascript:"):
        return True
    return is_account_path(href)


def prompt_boxes(region: Region) -> frozenset[lxml.html.HtmlElement]:
    """The prompt boxes (`is_prompt`) among and beside the article's paragraphs (children of an
    element of the best candidate that holds two of its <p>, or of one of its ancestors up to the
    candidate), beside the path from the candidate up to the region's top, and among the siblings
    the region took beside its top."""
    core = region.core if region.core is not None else region.top
    # each element whose children are judged, with the child that leads to the candidate (skipped)
    holders: dict[lxml.html.HtmlElement, lxml.html.HtmlElement | None] = {}
    seen: set[lxml.html.HtmlElement] = set()
    for para in core.iter("p"):
        parent = para.getparent()
        if parent is None or parent in holders:
            continue
        if parent in seen:  # its second paragraph: it and the elements up to the candidate hold boxes
            up: lxml.html.HtmlElement | None = parent
            while up is not None and up not in holders:
                holders[up] = None
                up = None if up is core else up.getparent()
        seen.add(parent)
    node: lxml.html.HtmlElement | None = None
    holder: lxml.html.HtmlElement | None = core
    while holder is not None:
        holders[holder] = node
        if holder is region.top:
            break
        node, holder = holder, holder.getparent()
    found: set[lxml.html.HtmlElement] = set()
    core_chars: int | None = None
    # the siblings the region took beside its top are judged as boxes too
    beside = [el for el in region.elements if el is not region.top]
    boxes = (box for holder, on_path in holders.items() for box in holder if box is not on_path)
    for box in (*boxes, *beside):
        if box.tag not in _BOX_TAGS or not is_prompt(box):
            continue
        if core_chars is None:
            core_chars = text_len(core)
        if text_len(box) < core_chars * settings.PROMPT_MAX_CORE_SHARE:
            found.add(box)
    return frozenset(found)


def is_prompt(box: lxml.html.HtmlElement) -> bool:
    """A box of prose whose last line is a line of controls: a form, a short line of links holding
    a control (`is_control`), or a short line a button was removed from (`structural.CONTROL_MARK`)
    in a box without media (a gallery's, a player's or a code sample's button is theirs). The line
    is the form around the box's last link, form or removed control, else the nearest block around
    it; nothing with text follows it in the box, it has at most `PROMPT_LINE_MAX_CHARS`, a line of
    links holds a `PROMPT_LINE_LINK_SHARE` of link text (not a button's line, which keeps only the
    words beside its buttons: "Already a subscriber?"), and
    the box holds at least `PROMPT_MIN_PROSE_CHARS` of text besides the line, under
    `PROMPT_MAX_PROSE_LINK_SHARE` of it in links (prose, not a menu ending in "Sign in")."""
    found = _LAST_CONTROL(box)
    if not isinstance(found, list) or not found:
        return False
    last = found[0]
    if not isinstance(last, lxml.html.HtmlElement):
        return False
    form = last if last.tag == "form" else _form_around(last, box)
    # a link's line is around it; a removed control's place is its parent, itself the line when a block
    line = form if form is not None else last if last.tag != "a" and last.tag in _LINE_TAGS else last.getparent()
    while line is not None and line is not box and line.tag not in _LINE_TAGS:
        line = line.getparent()
    if line is None or line is box:
        return False
    line_chars = text_len(line)
    if line_chars > settings.PROMPT_LINE_MAX_CHARS or not _last_in(line, box):
        return False
    if form is None and not (_holds_mark(line) and next(box.iter(*_MEDIA_TAGS), None) is None):
        # no button's line (or one beside media it plays or turns): a line of links with a control link
        links = list(line.iter("a"))
        linked = sum(text_len(a) for a in links)
        if linked < line_chars * settings.PROMPT_LINE_LINK_SHARE or not any(map(is_control, links)):
            return False
    prose = text_len(box) - line_chars
    if prose < settings.PROMPT_MIN_PROSE_CHARS:
        return False
    # prose, not a menu: a bar of links ending in "Sign in" is navigation, judged elsewhere
    linked_before = sum(text_len(a) for a in box.iter("a")) - sum(text_len(a) for a in line.iter("a"))
    return linked_before < prose * settings.PROMPT_MAX_PROSE_LINK_SHARE


def _holds_mark(line: lxml.html.HtmlElement) -> bool:
    """A control was removed from `line` (`structural.CONTROL_MARK` on it or inside it)."""
    return any(el.get(CONTROL_MARK) is not None for el in line.iter(etree.Element))


def _form_around(el: lxml.html.HtmlElement, box: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The form around `el` inside `box`, if any."""
    for up in el.iterancestors():
        if up is box:
            return None
        if up.tag == "form":
            return up
    return None


def _last_in(line: lxml.html.HtmlElement, box: lxml.html.HtmlElement) -> bool:
    """Nothing with text follows `line` inside `box`."""
    node = line
    while node is not box:
        if (node.tail or "").strip():
            return False
        for after in node.itersiblings():
            if text_len(after) or (after.tail or "").strip():
                return False
        parent = node.getparent()
        if parent is None:
            return False
        node = parent
    return True
