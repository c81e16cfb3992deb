"""Text to an lxml tree. The only module that knows about parsers.

lxml (libxml2's HTML parser) is the hot path. beautifulsoup4 with Python's html.parser is the
repair path, used only when lxml's tree has lost the text of badly broken markup.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import AnyStr

import lxml.html
from lxml import etree

from newsgrab.errors import Unparseable
from newsgrab.html import settings

_XML_DECL_PREFIX = "<?xml"
#: a start tag long enough to hold many attributes (no `<` or `>` inside, so the scan stays linear)
_LONG_TAG = rf"<[A-Za-z][^<>]{{{settings.LONG_TAG_CHARS},}}>"
_LONG_TAG_RE = re.compile(_LONG_TAG)
_LONG_TAG_BYTES_RE = re.compile(_LONG_TAG.encode())
#: one attribute of a tag: its name and its value, quoted or not
_ATTRIBUTE = r"\s+[^\s=/>]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?"
_ATTRIBUTE_RE = re.compile(_ATTRIBUTE)
_ATTRIBUTE_BYTES_RE = re.compile(_ATTRIBUTE.encode())


def _fast_parser(encoding: str | None = None) -> lxml.html.HTMLParser:
    """lxml.html's parser with a class lookup done in C instead of a Python callback.

    lxml.html's default lookup calls back into Python for every element proxy it creates (to hand
    out FormElement, InputElement... which newsgrab never uses), a large share of a plain tree walk.
    Every element is still an `HtmlElement` (text_content, drop_tree, classes). No table of `id`
    attributes is built (`collect_ids`): nothing looks elements up by id.
    """
    parser = lxml.html.HTMLParser(encoding=encoding, collect_ids=False)
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


_PARSER = _fast_parser()
#: the same parser told that its input is UTF-8 bytes
_UTF8_PARSER = _fast_parser("utf-8")


def parse_html(text: str, utf8: bytes | None = None) -> lxml.html.HtmlElement:
    """Parse a page; an XML declaration is dropped first (lxml refuses it on str input).

    `utf8`, when given, is the page's raw bytes, known to be the UTF-8 encoding of `text` (the
    decoder says so): libxml2 then reads them as they are, instead of the text, which lxml has to
    hand over in another form.
    """
    if utf8 is not None:
        utf8 = _LONG_TAG_BYTES_RE.sub(_capped, utf8)
    else:
        text = _LONG_TAG_RE.sub(_capped, text)
    try:
        if utf8 is not None:
            if utf8.lstrip().startswith(b"<?xml"):
                utf8 = utf8[utf8.index(b"?>") + 2 :]
            root = etree.fromstring(utf8, parser=_UTF8_PARSER)
            if root is None:
                raise etree.ParserError("Document is empty")
            return root
        if text.lstrip().startswith(_XML_DECL_PREFIX):
            text = text[text.index("?>") + 2 :]
        return lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise Unparseable(f"the markup could not be parsed: {exc}") from exc


def _capped(tag: re.Match[AnyStr]) -> AnyStr:
    """A start tag with its first MAX_ATTRIBUTES attributes: libxml2 checks each attribute of a tag
    against those before it, so a tag with thousands of them (a hostile page) costs quadratic time;
    no page's own markup needs more, and the text around the tag is untouched. Works on text and on
    the page's raw bytes alike (attributes are cut between two, so UTF-8 stays whole)."""
    source = tag.group(0)
    attributes = _ATTRIBUTE_RE.finditer(source) if isinstance(source, str) else _ATTRIBUTE_BYTES_RE.finditer(source)
    ends = [found.end() for found in islice(attributes, settings.MAX_ATTRIBUTES + 1)]
    if len(ends) <= settings.MAX_ATTRIBUTES:
        return source
    return source[: ends[-2]] + source[-1:]  # and the closing ">"


def repair_html(text: str) -> lxml.html.HtmlElement:
    """Parse badly broken markup with beautifulsoup4 and hand back an lxml tree (slow, rare)."""
    from lxml.html import soupparser  # lazy: imports bs4

    try:
        root = soupparser.fromstring(text)
    except Exception as exc:  # bs4 raises a variety of errors on garbage; all mean the same here
        raise Unparseable(f"the markup could not be repaired: {exc}") from exc
    root = root if isinstance(root, lxml.html.HtmlElement) else lxml.html.document_fromstring(text)
    _flatten_below(root, settings.MAX_TREE_DEPTH)
    return root


def _flatten_below(root: lxml.html.HtmlElement, depth: int) -> None:
    """Strip the tags (keeping the text) under every element `depth` levels down.

    libxml2 builds no deeper tree than that; beautifulsoup4 does, and the HTML stage's walks
    recurse once per level, so a page of a thousand nested <div> would exhaust Python's stack.
    """
    level = [root]
    for _ in range(depth):
        level = [child for el in level for child in el if isinstance(child.tag, str)]
        if not level:
            return
    for el in level:
        etree.strip_tags(el, "*")
