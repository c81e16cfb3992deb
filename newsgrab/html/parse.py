"""Text to an lxml tree. The only module that knows about parsers."""

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
