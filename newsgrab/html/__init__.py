"""Stage 3 for HTML input: parse once, read metadata and media from the intact tree, then find the article.

Takes the decoded page (and its UTF-8 bytes), hands on blocks and a `Metadata`. Uses `meta` and
`media` on the intact tree; never imports `text`, `clean` or `api`.

`extract_html` is the HTML half of stage 3 in `api.extract`. The order matters: metadata (JSON-LD
lives in <script>, bylines in the chrome) is read before cleaning removes anything, as Readability
does. The content stage then cleans the tree in place; when its sieve needs the page back as it
was (a retry without token pruning), or the second opinion a fresh copy to cut into paragraphs
(`second_opinion.py`, when the scored region looks weak), it parses it afresh rather than copying
every tree up front (most pages need neither). What the page says of itself (its language, its
JSON-LD, whether it is an article or a listing: `PageSignals`) goes to the content stage with it.
A UTF-8 page is parsed from its raw bytes (see `parse_html`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import lxml.html

from newsgrab import urls
from newsgrab.html import settings
from newsgrab.html.content import extract_content
from newsgrab.html.parse import cap_markup, parse_html, parse_page, repair_html
from newsgrab.html.second_opinion import PageSignals
from newsgrab.html.threadgate import PageElements
from newsgrab.meta.page import read_page
from newsgrab.meta.pagescan import PageScan
from newsgrab.model import Block, Metadata

_P_TAG_RE = re.compile(r"<p[\s>]", re.IGNORECASE)


@dataclass(slots=True)
class HtmlPage:
    """What the HTML stage hands to the boilerplate pass and the assembler."""

    blocks: list[Block]
    metadata: Metadata
    warnings: list[str] = field(default_factory=list)


def extract_html(text: str, base_url: str | None = None, utf8: bytes | None = None, *,
                 origins: bool = False) -> HtmlPage:
    """Blocks of the main article and the page's metadata. `utf8`: the raw bytes `text` was
    decoded from, when they are UTF-8 (parsed directly: see `parse_html`). `origins`: the
    region's blocks carry the path of the element each came from (`Block.origin`; off by default:
    nothing in the output reads it)."""
    # capped once: the content stage may parse the page again (`reparse`), from the same markup
    markup, markup_utf8 = cap_markup(text, utf8)
    tree, too_deep = parse_page(markup, markup_utf8, capped=True)
    # `scan` stays referenced until the content stage is done: it holds the tree's element proxies
    # (`PageScan.elements`), which the pruning walk would otherwise make again
    metadata, scan = read_page(tree, base_url, hint_pool=True, markup=text)
    # relative links and media resolve against the page's <base href>, then the caller's URL, then
    # the canonical URL (a browser would use the first two; the canonical is the best guess left)
    base = _base_href(scan.base_hrefs, base_url) or base_url or metadata.url
    signals = _signals(metadata, scan, metadata.url or base_url)
    # `_lost_text` parses the page again: asked at most once, by the content stage or the repair below
    # partials, not nested functions: compiled by mypyc, a nested function that another one reads
    # is kept in their shared environment, which it holds in turn (a cycle holding the page)
    reparse = functools.partial(parse_html, markup, markup_utf8, capped=True)
    lost_text = functools.cache(functools.partial(_lost_text, text, reparse))
    blocks, warnings = extract_content(
        tree, base_url=base, title=metadata.title, authors=metadata.authors,
        reparse=reparse,
        hint_pool=scan.hint_pool, signals=signals, lost_text=lost_text, origins=origins,
        page=PageElements(scan.elements, scan.thread_marks),
    )
    if not blocks and lost_text():
        # rare path: lxml gave up on broken markup; beautifulsoup4's parser is slower but forgiving
        blocks, warnings = extract_content(
            repair_html(text), base_url=base, title=metadata.title, authors=metadata.authors,
            reparse=lambda: repair_html(text), signals=signals, origins=origins,
        )
        warnings.append("markup-repaired")
    elif too_deep:
        warnings.append("markup-too-deep")
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


#: JSON-LD types of a page that lists other pages: they outrank an og:type "article" set site-wide
_LISTING_TYPES = ('"CollectionPage"', '"SearchResultsPage"')


def _signals(metadata: Metadata, scan: PageScan, page_url: str | None) -> PageSignals:
    """What the page says of itself. An article: og:type article, an article's publication time, or
    a JSON-LD node with a publication date (articles, blog and forum posts, recipes, how-tos). A
    listing: a JSON-LD type of `_LISTING_TYPES`, or a site's home page (its URL's path is "/"),
    which outranks the rest."""
    parts = urls.split(page_url) if page_url else None
    home = parts is not None and bool(parts.netloc) and parts.path in ("", "/") and not parts.query
    listing = home or any(kind in script for script in scan.jsonld for kind in _LISTING_TYPES)
    article = not listing and (
        any(value.strip().lower().startswith("article") for value in scan.meta.get("og:type", ()))
        or "article:published_time" in scan.meta
        or any('"datePublished"' in script for script in scan.jsonld)
    )
    return PageSignals(language=metadata.language, jsonld=scan.jsonld, declares_article=article,
                       declares_listing=listing)


def _lost_text(text: str, fresh: Callable[[], lxml.html.HtmlElement]) -> bool:
    """lxml lost the text of a page long enough to hold an article (see `_looks_truncated`)."""
    return len(text) >= settings.REPAIR_MIN_RAW_CHARS and _looks_truncated(text, fresh)


def _looks_truncated(text: str, fresh: Callable[[], lxml.html.HtmlElement]) -> bool:
    """lxml lost the text: the raw markup holds far more <p> tags than lxml's tree does. `fresh`
    parses the page as the content stage's copies are parsed (from the markup capped once, its
    UTF-8 bytes when it has them): the tree the article was looked for in, without a second cap
    scan of the page and the slower hand-over of its text to libxml2 (a tenth of a home page's time)."""
    raw = len(_P_TAG_RE.findall(text))
    if raw < settings.REPAIR_MIN_RAW_PARAGRAPHS:
        return False
    return len(fresh().findall(".//p")) < raw * settings.REPAIR_MAX_KEPT_SHARE
