"""Find the article in a page and turn it into blocks (first version: paragraphs of the densest region)."""

from __future__ import annotations

import lxml.html

from newsgrab.model import Block
from newsgrab.text import fold_space

_PARAGRAPH_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")


def extract_content(tree: lxml.html.HtmlElement, base_url: str | None = None) -> tuple[list[Block], list[str]]:
    """Blocks of the main content region and any warnings."""
    for bad in tree.xpath("//script|//style|//nav|//header|//footer|//aside|//form|//noscript"):
        bad.drop_tree()
    article = tree.find(".//article")
    root = article if article is not None else tree
    blocks = []
    for el in root.iter(*_PARAGRAPH_TAGS):
        text = fold_space(el.text_content())
        if text:
            kind = "quote" if el.tag == "blockquote" else str(el.tag)
            blocks.append(Block(kind=kind, text=text))
    return blocks, []
