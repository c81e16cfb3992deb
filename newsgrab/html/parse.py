"""Text to an lxml tree. The only module that knows about parsers.

lxml (libxml2's HTML parser) is the hot path. beautifulsoup4 with Python's html.parser is the
repair path, used only when lxml's tree has lost the text of badly broken markup.
"""

from __future__ import annotations

import re
from itertools import compress, islice
from typing import AnyStr

import lxml.html
from lxml import etree

from newsgrab.errors import Unparseable
from newsgrab.html import settings

_XML_DECL_PREFIX = "<?xml"
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
        utf8 = _cap_attributes(utf8, b"<", b">", _ATTRIBUTE_BYTES_RE)
    else:
        text = _cap_attributes(text, "<", ">", _ATTRIBUTE_RE)
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


def _cap_attributes(markup: AnyStr, opener: AnyStr, closer: AnyStr, attribute: re.Pattern[AnyStr]) -> AnyStr:
    """`markup` with every start tag cut to its first MAX_ATTRIBUTES attributes: libxml2 checks each
    attribute of a tag against those before it, so a tag with thousands of them (a hostile page)
    costs quadratic time; no page's own markup needs more, and the text around the tag is untouched.
    Works on text and on the page's raw bytes alike (attributes are cut between two, so UTF-8 stays
    whole); `markup` itself comes back when no tag is cut, as on every real page.

    Only a start tag of LONG_TAG_CHARS or more can hold that many attributes, and finding those is
    a scan of the whole page. A regex for them (a letter after "<", then that many characters
    that are neither "<" nor ">", then ">") made Python's regex engine try a match at every "<",
    about 5% of the time of a page; the same tags are found here with C-level string operations: the
    page split at "<" gives the piece after each "<", and only a piece longer than a long tag can
    be one (one whose first ">" comes after LONG_TAG_CHARS characters that follow a letter).
    """
    pieces = markup.split(opener)  # pieces[0] comes before the first "<"
    longest = settings.LONG_TAG_CHARS + 1  # the letter, then LONG_TAG_CHARS characters, then ">"
    long_pieces = compress(range(1, len(pieces)), map(longest.__lt__, map(len, islice(pieces, 1, None))))
    changed = False
    for index in long_pieces:
        piece = pieces[index]
        end = piece.find(closer)
        if end < longest or not (piece[:1].isalpha() and piece[:1].isascii()):
            continue
        tag = piece[: end + 1]  # the tag without its "<"
        ends = [found.end() for found in islice(attribute.finditer(tag), settings.MAX_ATTRIBUTES + 1)]
        if len(ends) > settings.MAX_ATTRIBUTES:
            pieces[index] = tag[: ends[-2]] + piece[end:]  # the first attributes, then ">" and what follows
            changed = True
    return opener.join(pieces) if changed else markup


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
