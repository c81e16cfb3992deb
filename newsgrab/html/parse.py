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
#: one attribute of a tag: its name and its value, quoted or not
_ATTRIBUTE = r"\s+[^\s=/>]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?"
_ATTRIBUTE_RE = re.compile(_ATTRIBUTE)
_ATTRIBUTE_BYTES_RE = re.compile(_ATTRIBUTE.encode())


def _fast_parser(encoding: str | None = None) -> lxml.html.HTMLParser:
    """lxml.html's parser with a class lookup done in C instead of a Python callback.

    lxml.html's default lookup calls back into Python for every element proxy it creates (to hand
    out FormElement, InputElement... which newsgrab never uses), a large share of a plain tree walk.
    Every element is still an `HtmlElement` (text_content, drop_tree, classes). No table of `id`
    attributes is built (`collect_ids`): nothing looks elements up by id. Comments and processing
    instructions are not made into nodes (`remove_comments`, `remove_pis`): no stage reads them
    (the content stage strips them first thing), a page holds forty-odd, and libxml2 skipping them
    costs less than building them, walking past them and stripping them (the text around one is
    joined, as stripping it joins it).
    """
    parser = lxml.html.HTMLParser(encoding=encoding, collect_ids=False, remove_comments=True, remove_pis=True)
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


def cap_markup(text: str, utf8: bytes | None = None) -> tuple[str, bytes | None]:
    """The `text` and `utf8` that `parse_html` reads: every start tag of the one it parses (the
    bytes when given, else the text) cut to MAX_ATTRIBUTES attributes (`_cap_attributes`). A caller
    that parses one page several times (the content stage's fresh copies) caps it once, then
    parses with `capped=True`: the cap is a scan of the whole page each time."""
    if utf8 is not None:
        return text, _cap_attributes(utf8, b"<", b">", _ATTRIBUTE_BYTES_RE)
    return _cap_attributes(text, "<", ">", _ATTRIBUTE_RE), None


def parse_html(text: str, utf8: bytes | None = None, *, capped: bool = False) -> lxml.html.HtmlElement:
    """Parse a page; an XML declaration is dropped first (lxml refuses it on str input).

    `utf8`, when given, is the page's raw bytes, known to be the UTF-8 encoding of `text` (the
    decoder says so): libxml2 then reads them as they are, instead of the text, which lxml has to
    hand over in another form. `capped`: they come from `cap_markup` already.
    """
    if not capped:
        text, utf8 = cap_markup(text, utf8)
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

    Only a start tag of LONG_TAG_CHARS or more can hold that many attributes: a "<", an ASCII
    letter, then at least LONG_TAG_CHARS characters before the first ">", with no "<" before that
    ">". Such a tag lies in a run of more than LONG_TAG_CHARS characters without a ">"
    (`_long_runs`, found in jumps of that length), and only those runs are searched, at each "<"
    in them (`_search_run`), by `_long_tag_starts`' regex: "<", a letter, then LONG_TAG_CHARS
    characters that are not ">" (a repeat of one excluded character, which the regex engine runs
    as a plain loop in C). The rare match (an SVG path, an inline image) is then checked for a "<"
    before its ">". Scanning the whole page with that regex cost three times as much: half of a
    page's bytes lie in such runs (scripts, inline data, long paragraphs), the rest is crossed in
    jumps.
    """
    found = _long_tag_starts(markup)
    kept: list[AnyStr] = []  # the page in pieces, with the attributes past the cap left out
    done = 0  # where the piece still to keep starts
    for run_start, run_end in _long_runs(markup, closer):
        match = _search_run(found, markup, opener, run_start, run_end)
        while match is not None:
            start = match.start() + 1  # the tag without its "<"
            end = markup.find(closer, start)
            if end < 0:
                return _joined(markup, kept, done)  # no ">" left in the page: no tag can end
            inner = markup.find(opener, start, end)
            if inner >= 0:  # a "<" before the ">": what followed this "<" was no tag
                match = _search_run(found, markup, opener, inner, run_end)
                continue
            if _space_runs_at_most(markup, start, end) > settings.MAX_ATTRIBUTES:
                # an attribute opens with a run of spaces: with fewer runs the tag is under the cap
                tag = markup[start : end + 1]  # LONG_TAG_CHARS + 1 characters at least, by the match
                ends = [one.end() for one in islice(attribute.finditer(tag), settings.MAX_ATTRIBUTES + 1)]
                if len(ends) > settings.MAX_ATTRIBUTES:
                    kept.append(markup[done : start + ends[-2]])  # up to the last attribute kept
                    done = end  # then ">" and what follows
            break  # the tag ends at the run's ">": the next long tag is in a later run
    return _joined(markup, kept, done)


def _search_run(
    found: re.Pattern[AnyStr], markup: AnyStr, opener: AnyStr, start: int, end: int
) -> re.Match[AnyStr] | None:
    """`found.search(markup, start, end)`, its "<" looked for by a C search (`find`) and the regex
    tried only there: most of a run is a script, inline data or prose, with few "<" in it, which
    the regex engine would cross a character at a time."""
    last = end - settings.LONG_TAG_CHARS - 1  # "<", a letter and LONG_TAG_CHARS more must fit before `end`
    at = markup.find(opener, start, last)
    while at >= 0:
        match = found.match(markup, at, end)
        if match is not None:
            return match
        at = markup.find(opener, at + 1, last)
    return None


def _joined(markup: AnyStr, kept: list[AnyStr], done: int) -> AnyStr:
    """The page from the pieces kept and the rest after `done` (`markup` itself when none were cut)."""
    if not kept:
        return markup
    kept.append(markup[done:])
    return markup[:0].join(kept)


def _long_runs(markup: AnyStr, closer: AnyStr) -> list[tuple[int, int]]:
    """The runs of more than LONG_TAG_CHARS characters without a ">" (start, and end: the ">" that
    ends it, or the page's end), in order. From each ">" the walk jumps to the last ">" among the
    next LONG_TAG_CHARS + 1 characters (a C search backwards), so a page without such a run is
    crossed in jumps of about that length, not character by character as a regex would."""
    reach = settings.LONG_TAG_CHARS + 1  # "<" and LONG_TAG_CHARS characters: the shortest long tag
    size = len(markup)
    runs = []
    rfind, find = markup.rfind, markup.find
    at = -1  # the last ">" met (-1: the page's start)
    while at + reach < size:
        last = rfind(closer, at + 1, at + reach + 1)
        if last >= 0:
            at = last
            continue
        following = find(closer, at + reach + 1)
        end = size if following < 0 else following
        runs.append((at + 1, end))
        if following < 0:
            break
        at = following
    return runs


#: what the attribute regex's `\s` matches in bytes (in text it matches every Unicode space)
_BYTE_SPACES = tuple(bytes([code]) for code in b" \t\n\r\x0b\x0c")


def _space_runs_at_most(markup: AnyStr, start: int, end: int) -> int:
    """At least the number of whitespace runs in `markup[start:end]`, hence of the attributes there
    (each opens with one). Most long tags are long for one value (an inline image, an SVG path, a
    srcset), so counting their spaces (bytes: a C count per space character, no copy) spares the
    attribute regex and a copy of the tag."""
    if isinstance(markup, bytes):
        return sum(markup.count(space, start, end) for space in _BYTE_SPACES)
    return len(markup[start:end].split()) + 1


_LONG_TAG_PATTERN = f"<[A-Za-z][^>]{{{settings.LONG_TAG_CHARS}}}"
_LONG_TAG_RE = re.compile(_LONG_TAG_PATTERN)
_LONG_TAG_BYTES_RE = re.compile(_LONG_TAG_PATTERN.encode())


def _long_tag_starts(markup: AnyStr) -> re.Pattern[AnyStr]:
    """The regex that finds where a long start tag may begin, for text or for bytes."""
    return _LONG_TAG_RE if isinstance(markup, str) else _LONG_TAG_BYTES_RE


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
