"""Text to an lxml tree. The only module that knows about parsers.

lxml (libxml2's HTML parser) is the hot path. beautifulsoup4 with Python's html.parser is the
repair path, used only when lxml's tree has lost the text of badly broken markup.
"""

from __future__ import annotations

import threading

import lxml.html
from lxml import etree

from newsgrab.errors import Unparseable
from newsgrab.html import settings
from newsgrab.html.attrcap import cap_bytes, cap_text

_XML_DECL_PREFIX = "<?xml"


def _fast_parser(encoding: str | None = None, *, deep: bool = False) -> lxml.html.HTMLParser:
    """lxml.html's parser with a class lookup done in C instead of a Python callback.

    lxml.html's default lookup calls back into Python for every element proxy it creates (to hand
    out FormElement, InputElement... which newsgrab never uses), a large share of a plain tree walk.
    Every element is still an `HtmlElement` (text_content, drop_tree, classes). No table of `id`
    attributes is built (`collect_ids`): nothing looks elements up by id. Comments and processing
    instructions are not made into nodes (`remove_comments`, `remove_pis`): no stage reads them
    (the content stage strips them first thing), a page holds forty-odd, and libxml2 skipping them
    costs less than building them, walking past them and stripping them (the text around one is
    joined, as stripping it joins it).

    `deep`: libxml2's `huge_tree` option, which lets the tree go 2048 levels deep instead of 256 (see
    `parse_html`).
    """
    parser = lxml.html.HTMLParser(encoding=encoding, collect_ids=False, remove_comments=True, remove_pis=True,
                                  huge_tree=deep)
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


class _Parsers:
    """One thread's four parsers: the plain one, the one told its input is UTF-8 bytes, and the two
    for a page that nests deeper than the first two build.

    A parser is not to be shared between threads: lxml runs one page at a time through it (a second
    thread waits), and its `error_log`, which `parse_html` reads after the parse to learn whether the
    page stopped too deep, is cleared when the next page starts. Shared, a thread reading its log
    after another thread had begun a page read that page's log, and a page nested past libxml2's
    limit lost its end (a library caller's threads, a Dask worker's).
    """

    def __init__(self) -> None:
        self.plain = _fast_parser()
        self.utf8 = _fast_parser("utf-8")
        self.deep = _fast_parser(deep=True)
        self.deep_utf8 = _fast_parser("utf-8", deep=True)


#: each thread's `_Parsers`, made on its first page (a plain `threading.local`: the compiled build
#: cannot subclass it)
_THREAD = threading.local()


def _parsers() -> _Parsers:
    """The calling thread's parsers, made on its first page (four parsers cost little; a thread that
    parses nothing makes none)."""
    parsers: _Parsers | None = getattr(_THREAD, "parsers", None)
    if parsers is None:
        parsers = _THREAD.parsers = _Parsers()
    return parsers


#: the start of libxml2's error when an element opens deeper than its limit: it stops reading there
_TOO_DEEP = "Excessive depth"


def cap_markup(text: str, utf8: bytes | None = None) -> tuple[str, bytes | None]:
    """The `text` and `utf8` that `parse_html` reads: every start tag of the one it parses (the
    bytes when given, else the text) cut to MAX_ATTRIBUTES attributes (html/attrcap.py). A caller
    that parses one page several times (the content stage's fresh copies) caps it once, then
    parses with `capped=True`: the cap is a scan of the whole page each time."""
    if utf8 is not None:
        return text, cap_bytes(utf8)
    return cap_text(text), None


def parse_html(text: str, utf8: bytes | None = None, *, capped: bool = False) -> lxml.html.HtmlElement:
    """Parse a page; an XML declaration is dropped first (lxml refuses it on str input).

    `utf8`, when given, is the page's raw bytes, known to be the UTF-8 encoding of `text` (the
    decoder says so): libxml2 then reads them as they are, instead of the text, which lxml has to
    hand over in another form. `capped`: they come from `cap_markup` already.
    """
    return parse_page(text, utf8, capped=capped)[0]


def parse_page(text: str, utf8: bytes | None = None, *, capped: bool = False) -> tuple[lxml.html.HtmlElement, bool]:
    """`parse_html`'s tree, and whether the page nests deeper than even the second reading builds
    (2048 levels): libxml2 read nothing past that point, so the page's end is lost, and the caller
    says so in the article's warnings (`markup-too-deep`) rather than hand on a body cut short in
    silence. Re-reading such a page with beautifulsoup4 would keep its end, at seconds per page."""
    if not capped:
        text, utf8 = cap_markup(text, utf8)
    if utf8 is not None and utf8.lstrip().startswith(b"<?xml"):
        utf8 = utf8[utf8.index(b"?>") + 2 :]
    if utf8 is None and text.lstrip().startswith(_XML_DECL_PREFIX):
        text = text[text.index("?>") + 2 :]
    root = _parse(text, utf8, deep=False)
    parsers = _parsers()
    if _stopped_deep(parsers.utf8 if utf8 is not None else parsers.plain):
        # libxml2 stops reading a page at the element that opens 256 levels deep, and drops the rest:
        # unclosed inline tags, one a paragraph (<font> on old pages), reach that on a long page. Read
        # again with room for 2048 levels, then the elements below MAX_TREE_DEPTH give up their tags
        # and keep their text, as a repaired page's do (the stages' walks stay as shallow as before)
        root = _parse(text, utf8, deep=True)
        _lift_below(root, settings.MAX_TREE_DEPTH)
        return root, _stopped_deep(parsers.deep_utf8 if utf8 is not None else parsers.deep)
    return root, False


def _parse(text: str, utf8: bytes | None, *, deep: bool) -> lxml.html.HtmlElement:
    parsers = _parsers()
    try:
        if utf8 is not None:
            root = etree.fromstring(utf8, parser=parsers.deep_utf8 if deep else parsers.utf8)
            if root is None:
                raise etree.ParserError("Document is empty")
            return root
        return lxml.html.document_fromstring(text, parser=parsers.deep if deep else parsers.plain)
    except (etree.ParserError, ValueError) as exc:
        raise Unparseable(f"the markup could not be parsed: {exc}") from exc


def _stopped_deep(parser: lxml.html.HTMLParser) -> bool:
    """Whether the parser's last page nested deeper than it builds (it reads nothing past that point)."""
    log = parser.error_log
    return bool(log) and any(entry.message.startswith(_TOO_DEEP) for entry in log)


#: what `repair_html` does to the characters lxml refuses in a string handed to it (XML 1.0 allows no
#: C0 control but tab, LF and CR, nor the noncharacters U+FFFE and U+FFFF, nor a lone surrogate),
#: though its HTML parser takes them from a page: NUL becomes U+FFFD, as libxml2's parser makes it
#: on the hot path; form feed, which HTML counts as white space, a space; the others go (they are
#: not text a reader sees: `structural.drop` drops them too)
_REPAIR_TABLE: dict[int, str | None] = {
    **dict.fromkeys([*range(0x01, 0x09), 0x0B, *range(0x0E, 0x20), *range(0xD800, 0xE000), 0xFFFE, 0xFFFF]),
    0x00: "\ufffd",
    0x0C: " ",
}


def repair_html(text: str) -> lxml.html.HtmlElement:
    """Parse badly broken markup with beautifulsoup4 and hand back an lxml tree (slow, rare).

    beautifulsoup4 builds the tree through lxml's element API, which refuses a tag name, attribute or
    text holding a character XML forbids (the whole page was then refused as unparseable, whether it
    came as str or bytes): those are replaced or dropped first (`_REPAIR_TABLE`).
    """
    from bs4 import BeautifulSoup  # lazy: the repair path is rare
    from lxml.html import soupparser

    try:
        soup = BeautifulSoup(text.translate(_REPAIR_TABLE), "html.parser")
        # lxml's converter recurses once per level and exhausts Python's stack on a thousand nested
        # tags: the levels below the limit are lifted first, as `parse_html` lifts a deep page's
        # (two levels of margin: lxml's root may be one level above or below the soup's)
        _lift_soup_below(soup, settings.MAX_TREE_DEPTH - 2)
        # handed the tree made above: soupparser's own wrapping of what it converts is kept
        root = soupparser.fromstring("", beautifulsoup=lambda _source, **_kw: soup)  # type: ignore[call-overload]
    except Exception as exc:  # bs4 raises a variety of errors on garbage; all mean the same here
        raise Unparseable(f"the markup could not be repaired: {exc}") from exc
    root = root if isinstance(root, lxml.html.HtmlElement) else lxml.html.document_fromstring(text)
    _flatten_below(root, settings.MAX_TREE_DEPTH)
    return root


def _lift_soup_below(soup: object, depth: int) -> None:
    """`_lift_below` for a beautifulsoup4 tree: every tag under one `depth` levels down becomes its
    child, in document order, holding its own strings (a string after a tag's child goes after the
    lifted child, as its tail would), without recursion, so a page of ten thousand nested tags reads
    as the run of paragraphs it shows."""
    from bs4.element import NavigableString, Tag

    level: list[Tag] = [soup] if isinstance(soup, Tag) else []
    for _ in range(depth):
        level = [child for tag in level for child in tag.contents if isinstance(child, Tag)]
    for top in level:
        flat: list[Tag | NavigableString] = []
        source: Tag | None = None  # the tag last lifted, and its lifted copy
        copy: Tag | None = None
        for node in list(top.descendants):
            if isinstance(node, Tag):
                source, copy = node, Tag(name=node.name, attrs=dict(node.attrs))
                flat.append(copy)
            elif isinstance(node, NavigableString):
                string = type(node)(str(node))
                if copy is not None and node.parent is source:
                    copy.append(string)
                else:
                    flat.append(string)
        top.clear()
        for node in flat:
            top.append(node)


def _elements_at(root: lxml.html.HtmlElement, depth: int) -> list[lxml.html.HtmlElement]:
    """The elements `depth` levels under `root` (none when the tree is not that deep)."""
    level = [root]
    for _ in range(depth):
        level = [child for el in level for child in el if isinstance(child.tag, str)]
        if not level:
            break
    return level


def _flatten_below(root: lxml.html.HtmlElement, depth: int) -> None:
    """Strip the tags (keeping the text) under every element `depth` levels down.

    libxml2 builds no deeper tree than that; beautifulsoup4 does, and the HTML stage's walks
    recurse once per level, so a page of a thousand nested <div> would exhaust Python's stack.
    """
    for el in _elements_at(root, depth):
        etree.strip_tags(el, "*")


def _lift_below(root: lxml.html.HtmlElement, depth: int) -> None:
    """Make every element under one `depth` levels down its child, in document order, each with its own
    text and none of its children: a run of paragraphs nested in unclosed inline tags is read as the
    run of paragraphs it shows, not as one lump of text (`_flatten_below`).

    The text keeps its order: an element's tail follows its last descendant first. Elements are moved
    from the last one up, so each has no children left when it moves (lxml walks what it moves).
    """
    for top in _elements_at(root, depth):
        below = list(top.iterdescendants())
        for el in below:  # document order: an element's tail goes after its last child, then further down
            if len(el) and el.tail:
                last = el[-1]
                last.tail = (last.tail or "") + el.tail
                el.tail = None
        for el in reversed(below):
            top.insert(0, el)
