"""HTML input: parse once, read metadata and media from the intact tree, then find the article.

`extract_html` is the HTML half of stage 3 in `api.extract`. The order matters: metadata (JSON-LD
lives in <script>) is read before cleaning removes anything, as Readability does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgrab.html.content import extract_content
from newsgrab.html.parse import parse_html
from newsgrab.metadata import read_metadata
from newsgrab.model import Block, Metadata


@dataclass(slots=True)
class HtmlPage:
    """What the HTML stage hands to the boilerplate pass and the assembler."""

    blocks: list[Block]
    metadata: Metadata
    warnings: list[str] = field(default_factory=list)


def extract_html(text: str, base_url: str | None = None) -> HtmlPage:
    """Blocks of the main article and the page's metadata."""
    tree = parse_html(text)
    metadata = read_metadata(tree, base_url)
    base = metadata.url or base_url
    blocks, warnings = extract_content(tree, base_url=base)
    return HtmlPage(blocks=blocks, metadata=metadata, warnings=warnings)
