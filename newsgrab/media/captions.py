"""Captions and credits of media: the text a reader sees under a picture or a player.

Captions come from <figcaption> or a caption-classed wrapper (WordPress `wp-caption`, "legend");
a trailing "Photo: X" / "(Credit: X)" / "© X", or an element whose class says credit/copyright,
becomes `credit`, without its label. Kept apart from `media.elements` because captions are about
the text around an element, not about finding the element's URL.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from newsgrab.media.credittail import CREDIT_LABEL_RE, CREDIT_RE, MAX_CREDIT_CHARS
from newsgrab.whitespace import fold_space

#: parents looked up from a lone <img> for its figure or caption container
MAX_CAPTION_DEPTH = 3
_CREDIT_CLASS_RE = re.compile(r"credit|copyright|photographer|byline|attribution|source", re.IGNORECASE)
_CAPTION_CLASS_RE = re.compile(r"caption|legend|legende", re.IGNORECASE)
_CAPTION_XPATH = etree.XPath(
    ".//figcaption | .//*[contains(@class, 'caption') or contains(@class, 'Caption') or contains(@class, 'legend')]"
)


def _split_credit(text: str) -> tuple[str | None, str | None]:
    text = fold_space(text)
    match = CREDIT_RE.search(text)
    if match and len(match["credit"]) <= MAX_CREDIT_CHARS:
        caption = text[: match.start("credit")].strip(" (|–—-")
        return caption or None, _credit_holder(match["credit"])
    return text or None, None


def _credit_holder(credit: str) -> str | None:
    """"Photo: Jane Doe/Reuters" -> "Jane Doe/Reuters": the label is not part of the credit."""
    holder = CREDIT_LABEL_RE.sub("", credit.strip(" )]"))
    return holder.strip() or None


def _caption_of(container: lxml.html.HtmlElement) -> tuple[str | None, str | None]:
    """Caption and credit of a figure-like container, or (None, None)."""
    # "figcaption": the HTML stage retags caption-classed wrappers (WordPress `wp-caption`) so their
    # text leaves the body; the caption inside is still this image's caption
    if container.tag not in ("figure", "figcaption", "div", "span", "p", "section"):
        return None, None
    hits = _CAPTION_XPATH(container)
    if not hits:
        return None, None
    caption_el = hits[0]
    credit_el = next((c for c in caption_el.iter() if c is not caption_el and isinstance(c.tag, str)
                      and _CREDIT_CLASS_RE.search(c.get("class", ""))), None)
    if credit_el is None:
        credit_el = next((c for c in container.iter() if isinstance(c.tag, str) and c is not caption_el
                          and _CREDIT_CLASS_RE.search(c.get("class", "")) and c.find(".//img") is None), None)
    if credit_el is not None:
        raw = fold_space(credit_el.text_content())
        full = fold_space(caption_el.text_content())
        caption = fold_space(full.replace(raw, "")) if raw else full
        return caption or None, _credit_holder(raw) if raw else None
    return _split_credit(caption_el.text_content())


def caption_near(el: lxml.html.HtmlElement) -> tuple[str | None, str | None]:
    """Caption of the figure (or WordPress caption box) an image sits in."""
    node, depth = el.getparent(), 0
    while node is not None and depth < MAX_CAPTION_DEPTH:
        if node.tag == "figure" or _CAPTION_CLASS_RE.search(node.get("class", "")):
            return _caption_of(node)
        node, depth = node.getparent(), depth + 1
    return None, None
