"""Stage 3 for HTML input: parse once, read metadata and media from the intact tree, then find the article.

Takes the decoded page (and its UTF-8 bytes), hands on blocks and a `Metadata`. Uses `meta` and
`media` on the intact tree; never imports `text`, `clean` or `api`.

`extract_html` is the HTML half of stage 3 in `api.extract`. The order matters: metadata (JSON-LD
lives in <script>, bylines in the chrome) is read before cleaning removes anything, as Readability
does. The content stage then cleans the tree in place; when its sieve needs the page back as it
was (a retry without token pruning) it parses it afresh rather than copying every tree up front
(most pages never retry). A UTF-8 page is parsed from its raw bytes (see `parse_html`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgrab import urls
from newsgrab.html import settings
from newsgrab.html.content import extract_content
from newsgrab.html.parse import parse_html, repair_html
from newsgrab.meta.page import read_page
from newsgrab.model import Block, Metadata

_P_TAG_RE = re.compile(r"<p[\s>]", re.IGNORECASE)


@dataclass(slots=True)
class HtmlPage:
    """What the HTML stage hands to the boilerplate pass and the assembler."""

    blocks: list[Block]
    metadata: Metadata
    warnings: list[str] = field(default_factory=list)


def extract_html(text: str, base_url: str | None = None, utf8: bytes | None = None) -> HtmlPage:
    """Blocks of the main article and the page's metadata. `utf8`: the raw bytes `text` was
    decoded from, when they are UTF-8 (parsed directly: see `parse_html`)."""
    tree = parse_html(text, utf8)
    metadata, scan = read_page(tree, base_url, hint_pool=True)
    # relative links and media resolve against the page's <base href>, then the caller's URL, then
    # the canonical URL (a browser would use the first two; the canonical is the best guess left)
    base = _base_href(scan.base_hrefs, base_url) or base_url or metadata.url
    blocks, warnings = extract_content(
        tree, base_url=base, title=metadata.title, authors=metadata.authors, reparse=lambda: parse_html(text, utf8),
        hint_pool=scan.hint_pool,
    )
    if not blocks and len(text) >= settings.REPAIR_MIN_RAW_CHARS and _looks_truncated(text):
        # rare path: lxml gave up on broken markup; beautifulsoup4's parser is slower but forgiving
        blocks, warnings = extract_content(
            repair_html(text), base_url=base, title=metadata.title, authors=metadata.authors,
            reparse=lambda: repair_html(text),
        )
        warnings.append("markup-repaired")
    return HtmlPage(blocks=blocks, metadata=metadata, warnings=warnings)


def _base_href(hrefs: list[str], page_url: str | None) -> str | None:
    """The first usable <base href> of the document (`hrefs` in document order, as the page scan
    found them), made absolute against the page URL; None when absent or unusable."""
    for raw in hrefs:
        href = raw.strip()
        if href and not href.startswith(("#", "javascript:", "data:")):
            joined = urls.join(page_url, href)
            parts = urls.split(joined) if joined else None
            if parts is not None and parts.scheme in ("http", "https") and parts.netloc:
                return joined
    return None


def _looks_truncated(text: str) -> bool:
    """lxml lost the text: the raw markup holds far more <p> tags than lxml's tree does."""
    raw = len(_P_TAG_RE.findall(text))
    if raw < settings.REPAIR_MIN_RAW_PARAGRAPHS:
        return False
    return len(parse_html(text).findall(".//p")) < raw * settings.REPAIR_MAX_KEPT_SHARE
