"""Text to an lxml tree. The only module that knows about parsers.

lxml (libxml2's HTML parser) is the hot path. beautifulsoup4 with Python's html.parser is the
repair path, used only when lxml's tree has lost the text of badly broken markup.
"""

from __future__ import annotations

import lxml.html
from lxml import etree

from newsgrab.errors import Unparseable

_XML_DECL_PREFIX = "<?xml"


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse a page; an XML declaration is dropped first (lxml refuses it on str input)."""
    if text.lstrip().startswith(_XML_DECL_PREFIX):
        text = text[text.index("?>") + 2 :]
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise Unparseable(f"the markup could not be parsed: {exc}") from exc


def repair_html(text: str) -> lxml.html.HtmlElement:
    """Parse badly broken markup with beautifulsoup4 and hand back an lxml tree (slow, rare)."""
    from lxml.html import soupparser  # lazy: imports bs4

    try:
        root = soupparser.fromstring(text)
    except Exception as exc:  # bs4 raises a variety of errors on garbage; all mean the same here
        raise Unparseable(f"the markup could not be repaired: {exc}") from exc
    return root if isinstance(root, lxml.html.HtmlElement) else lxml.html.document_fromstring(text)
