"""The evidence of prose a page's tree gives the candidate scoring: its paragraphs and their points.

A paragraph is a <p>, <pre> or <td> with text; a div (or section...) with no block inside (div
soup), or its runs of text broken by <br><br>; the loose text a container holds beside its block
children, in text nodes or in inline children (spans, emphasis), as Readability wraps such
phrasing content in a <p>. Each gives points by its length and its commas (`paragraph_score`).
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html
from lxml import etree

from newsgrab.html import settings
from newsgrab.html.structural import element_text
from newsgrab.media.elements import MEDIA_ELEMENT_TAGS

#: tags scored as paragraphs (Readability.js DEFAULT_TAGS_TO_SCORE, minus sections and headings,
#: whose text is scored through their own paragraphs)
PARAGRAPH_TAGS = ("p", "pre", "td")
#: children that make a container a block container rather than a paragraph of its own
BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "table", "ul", "ol", "dl", "blockquote", "pre", "figure",
     "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside", "nav", "form", "hr", "address"}
)  # fmt: skip
BLOCK_TAG_LIST = tuple(sorted(BLOCK_TAGS))
#: containers that may be a paragraph themselves (div soup) or hold loose text runs
CONTAINER_TAGS = ("div", "section", "article", "main", "font", "center")
_CONTAINER_TAG_SET: Final = frozenset(CONTAINER_TAGS)
_PARAGRAPH_TAG_SET: Final = frozenset(PARAGRAPH_TAGS)
_OWN_TEXT_XPATH: Final = etree.XPath("text()", smart_strings=False)
_COMMA_RE = re.compile(r"[,\u060c\ufe50\ufe10\ufe11\u2e41\u2e34\u2e32\uff0c\u3001]")
MEDIA_TAG_SET: Final = frozenset(MEDIA_ELEMENT_TAGS)
#: elements whose text is not a container's loose prose: blocks, links (an ad unit is a div of long
#: links), media and <noscript> (whose text may be markup)
_NOT_LOOSE_TEXT: Final = BLOCK_TAGS | MEDIA_TAG_SET | {"a"}


def paragraph_score(text: str) -> float:
    """Points one paragraph gives: a base point, one per comma, one per 100 characters (capped).

    Commas count as clauses only in prose: a line with a comma for every few words is a list
    (names and titles, prices, an address, a menu of topics), and its commas give no points.
    """
    # an ASCII text holds no comma but ","; `str.isascii` answers from the string's stored kind
    commas = text.count(",") if text.isascii() else len(_COMMA_RE.findall(text))
    if commas:
        spaces = text.count(" ")
        if spaces >= settings.LIST_MIN_WORDS and commas > spaces * settings.LIST_COMMA_SHARE:
            commas = 0
    return (
        settings.PARAGRAPH_BASE_SCORE
        + commas
        + min(len(text) / settings.CHARS_PER_POINT, settings.MAX_LENGTH_POINTS)
    )


def paragraphs(
    root: lxml.html.HtmlElement, nodes: list[lxml.html.HtmlElement] | None = None
) -> list[tuple[lxml.html.HtmlElement, str, bool]]:
    """(element, text, is_itself_a_paragraph) for every paragraph of prose under `root`.

    A div/section with no block descendants is a paragraph itself (Readability turns it into a
    <p>); one with block children and loose text runs holds those runs as paragraphs of its own.
    `nodes`, when given, is `list(root.iter())` as the prune walk collected it (reading a list
    is cheaper than walking the tree again).
    """
    found: list[tuple[lxml.html.HtmlElement, str, bool]] = []
    minimum = settings.MIN_PARAGRAPH_CHARS
    # One walk sorts the elements (lxml's tag-filtered iter() visits every node all the same, so
    # one walk for paragraphs and another for containers would pay twice). It marks the
    # containers with a block below them (each block marks its ancestors, stopping at the first
    # one already marked, so each element is marked once) and notes which elements have a block
    # child. It reads no node's text or tail: lxml makes a new string for each, and only the
    # children of a container with a block child can hold loose text beside a block
    # (`_loose_beside`, read for those few).
    has_blocks: set[lxml.html.HtmlElement] = set()
    block_parents: set[lxml.html.HtmlElement | None] = set()
    broken: set[lxml.html.HtmlElement | None] = set()  # containers whose text <br><br> breaks
    paragraphs: list[lxml.html.HtmlElement] = []
    containers: list[lxml.html.HtmlElement] = []
    for el in root.iter() if nodes is None else nodes:
        tag = el.tag
        if tag == "br":
            before = el.getprevious()
            if before is not None and before.tag == "br" and _blank(before.tail):
                broken.add(el.getparent())  # <br><br>: the text in it is several paragraphs
        elif tag in BLOCK_TAGS:
            anc = el.getparent()
            block_parents.add(anc)
            while anc is not None and anc not in has_blocks:
                has_blocks.add(anc)
                anc = anc.getparent()
        if tag in _PARAGRAPH_TAG_SET:
            paragraphs.append(el)
        elif tag in _CONTAINER_TAG_SET:
            containers.append(el)
    for el in paragraphs:
        # a layout cell holding paragraphs is not a paragraph itself: its <p>s speak for it, or the
        # row outranks the cell and drags the sidebar cells in
        if el.tag == "td" and el in has_blocks:
            continue
        text = element_text(el)
        if len(text) >= minimum:
            found.append((el, " ".join(text.split()), True))
    # one pass over the containers: one with no block below it is a paragraph (div soup), one with
    # blocks below may hold loose text runs beside them (read after the body's own runs, so the
    # paragraphs keep the order the scores are summed in)
    mixed: list[tuple[lxml.html.HtmlElement, bool]] = []  # with whether a child's tail holds a long run
    soup = []
    for el in containers:
        if el not in has_blocks and el in broken and el is not root:
            soup.append(el)  # div soup: text broken by <br><br> is paragraphs, as Readability reads it
        elif el not in has_blocks:
            raw = element_text(el)
            if len(raw) >= minimum:  # folding never lengthens: a short raw text needs no fold
                text = " ".join(raw.split())
                if len(text) >= minimum:
                    found.append((el, text, True))
        elif el is not root and el in block_parents:
            # a container with a block child and loose text beside it (text and <br> straight in
            # a div, or in spans): its runs are paragraphs of their own
            tails, loose = _loose_beside(el)
            if loose:
                mixed.append((el, tails))
    # text straight in <body> (a page that is one bare paragraph) counts for the body itself
    for run in _OWN_TEXT_XPATH(root) if root.tag == "body" else ():
        run = " ".join(run.split())
        if len(run) >= minimum:
            found.append((root, run, False))
    # The mixed containers come from the walk above, not from an XPath over the whole tree
    # (`.//*[container][text()[string-length(normalize-space()) >= MIN_PARAGRAPH_CHARS]][*[block]]`),
    # with the same paragraphs: a text run of lxml (`.text`, `.tail`) joins the adjacent text nodes
    # XPath's text() returns one by one, so when no run folds to the minimum (str.split() folds at
    # least the whitespace normalize-space() does) no text node of the container gives a
    # paragraph, and the container can be left out.
    for el in soup:
        found += [(el, folded, False) for run in _loose_runs(el, double_br=True)
                  if len(folded := " ".join(run.split())) >= minimum]
    for el, tails in mixed:
        runs = [folded for run in _loose_runs(el) if len(folded := " ".join(run.split())) >= minimum]
        if len(runs) == 1 and not tails and not _long_run(el.text):
            # one run, all of it in inline children: a blurb in a span (a caption, the site's
            # self-description), not a column of text; div-soup prose comes as several runs
            continue
        found += [(el, run, False) for run in runs]
    return found


def _loose_beside(el: lxml.html.HtmlElement) -> tuple[bool, bool]:
    """Whether a long text run (`_long_run`) follows one of `el`'s children (a tail), and whether
    `el` holds one beside its children at all: after a child, in its own text, or in an inline
    child's text (a span's run may be loose text; a link's, a block's or a medium's is not).

    Asked only of the containers with a block child: reading the text and tail of every node in
    `paragraphs`' walk instead made a string of each (most of them the indentation between tags)
    for the few that can be loose text (the walk 8% faster on the bench pages, same paragraphs)."""
    tails = any(_long_run(child.tail) for child in el)
    return tails, tails or _long_run(el.text) or any(
        child.tag not in _NOT_LOOSE_TEXT and _long_run(child.text) for child in el)


def _loose_runs(el: lxml.html.HtmlElement, *, double_br: bool = False) -> list[str]:
    """The text of a container that sits outside its block children: its own text and its inline
    children's (spans, emphasis), one run between two blocks or line breaks, as Readability wraps
    such phrasing content in a <p>. Links, media and <noscript> are left out (`_NOT_LOOSE_TEXT`).
    With `double_br` a single <br> is a line break inside a run, and <br><br> ends it."""
    runs: list[str] = []
    parts = [el.text or ""]
    previous_br = False
    for child in el:
        tag = child.tag
        if tag in BLOCK_TAGS or (tag == "br" and (previous_br or not double_br)):
            runs.append("".join(parts))
            parts = []
            previous_br = False
        elif tag == "br":
            parts.append(" ")
            previous_br = _blank(child.tail)
            parts.append(child.tail or "")
            continue
        elif isinstance(tag, str) and tag not in _NOT_LOOSE_TEXT:
            parts.append(element_text(child))
        previous_br = False
        parts.append(child.tail or "")
    runs.append("".join(parts))
    return runs


def _blank(text: str | None) -> bool:
    """No text, or only whitespace."""
    return text is None or text.isspace() or not text


def _long_run(text: str | None) -> bool:
    """At least MIN_PARAGRAPH_CHARS once whitespace is folded. The raw length is tested first, then
    whether it is all whitespace (folds to nothing): on the bench pages about four runs in five
    that are long enough are the indentation between tags of a pretty-printed page."""
    minimum = settings.MIN_PARAGRAPH_CHARS
    return (text is not None and len(text) >= minimum and not text.isspace()
            and len(" ".join(text.split())) >= minimum)
