"""Inline syntax of scraped text to plain text, with the links and media it carried.

Markdown links (`[label](url)`, reference links `[label][id]`, `<https://...>` autolinks), images
(`![alt](src)`: media, never text), emphasis, backslash escapes, bare URLs (a media file's URL is
media, not text), lynx's `[12]` link markers and its `[IMG]`-style placeholders. `link_chars`
counts the characters of the result that were link text, for link density.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgrab import urls
from newsgrab.media.classify import classify_url, media_file_link
from newsgrab.meta.authors import author_link_name
from newsgrab.model import Link, Media
from newsgrab.text.authorslug import slug_spelt_name
from newsgrab.text.placeholders import drop_image_names
from newsgrab.whitespace import fold_space

#: a label may hold one level of brackets (html2text writes an image whose alt is `[url]` as `![[url]](src)`).
#: Possessive: a label ends only where its runs of other characters and bracket pairs stop (what
#: follows must be `]`, which neither holds), so giving characters back can never find another
#: match, and a bracket not followed by a link (lynx's `[12]`) fails at once instead of after
#: trying every shorter label; a run is taken whole rather than a character per alternation
_LABEL = r"((?:[^\[\]]++|\[[^\[\]]*+\])*+)"
_TARGET = r"\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)"
_IMAGE_RE = re.compile(rf"!\[{_LABEL}\]{_TARGET}")
_LINK_RE = re.compile(rf"\[{_LABEL}\]{_TARGET}")
#: a link whose label is empty (an icon, or an image taken out as media). Its label is "[]" or opens
#: with a space: the plain one ("[ ") or another, which no printable text holds (`str.isprintable`
#: is False for every whitespace character but " "), so a text with none of the three is not scanned
_EMPTY_LINK_RE = re.compile(rf"\[\s*\]{_TARGET}")
_REF_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\[([^\]]*)\]")
_REF_LINK_RE = re.compile(r"\[([^\]]+)\]\[([^\]]*)\]")
_AUTOLINK_RE = re.compile(r"<((?:https?|ftp)://[^>\s]+)>|<(mailto:[^>\s]+)>")
_BARE_URL_RE = re.compile(r"(?<![\w/\"'(=])((?:https?://|www\.)[^\s<>\"'\])]+[^\s<>\"'\]).,;:!?])")
#: autolinks and bare URLs in one pass, so an autolink's URL is not linked a second time
_URL_RE = re.compile(f"{_AUTOLINK_RE.pattern}|{_BARE_URL_RE.pattern}", re.IGNORECASE)
#: a marker after a backslash is an escaped character, never a marker: markdownify writes a literal
#: "*" or "_" as `\*`, `\_` (`\*Terms apply`, `\_\_init\_\_`), unescaped only after the markers are read
_STRONG_RE = re.compile(r"(?<!\\)(\*\*|__)(?=\S)(.+?)(?<=[^\s\\])\1")
#: emphasis markers left unpaired at a word's start or alone (html2text's rendering of an icon, an
#: empty <i></i>: "__Twitter"), once real pairs are read
_EMPTY_STRONG_RE = re.compile(r"(?<![\w*\\])(?:\*\*|__)(?![*_]|\w+(?:\*\*|__))")
_EMPHASIS_RE = re.compile(
    r"(?<![\w*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*\\])\*(?![\w*])"
    r"|(?<![\w_\\])_(?=\S)([^_\n]+?)(?<=[^\s\\])_(?![\w_])"
)
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
#: lynx's numbered link marker before a link's text (`[12]Home`) and its placeholders
_LYNX_MARK_RE = re.compile(r"\[\d{1,5}\](?=\S)|\[(?:IMG|INLINE|LINK|BUTTON|embedded)\]")
_LYNX_LINK_RE = re.compile(r"\[(\d{1,5})\](\S+(?:\s+[^\s\[]+){0,3})")
#: a heading's hashes inside a link label (markdownify's `[#### Headline](/url)`)
_LABEL_HEADING_RE = re.compile(r"^#{1,6}\s+")
#: a line that is only image file names (w3m shows an image without alt text by its file name)
_IMAGE_NAMES_RE = re.compile(r"^(?:\S+?\.(?:jpe?g|png|gif|webp|svg)\s*)+$", re.IGNORECASE)
#: the last letters of those extensions: a line ending otherwise is not tried against the pattern
_IMAGE_NAME_ENDS = frozenset("gGfFpP")
_SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_WEB_SCHEME_RE = re.compile(r"^(?:https?|ftp|mailto):", re.IGNORECASE)


@dataclass(slots=True)
class Inline:
    """A unit's plain text, its links and media, and how many of its characters were link text."""

    text: str
    links: list[Link]
    media: list[Media]
    link_chars: int
    #: the names of links to an author's page that no base URL made absolute (`[Jane Doe](/author/jane-doe)`):
    #: kept out of `links`, which hold only real addresses, for the byline reading, which needs only the path
    author_names: list[str] = field(default_factory=list)


def media_url(url: str, base: str | None) -> str | None:
    """An absolute URL for a picture's or a player's address: `real_url`, but a scheme-relative one
    ("//cdn.example/a.jpg") gets https whatever the base, as the HTML path reads an <img> or <iframe>
    (`urls.absolute`), where `real_url` leaves it to a base (none: no URL). A link's scheme-relative
    target stays `real_url`'s: the hosts a dump links to name its own site (text/site.py), and a
    page's analytics links (`//go.vendor.example/...`) would vote there."""
    if url.lstrip().startswith("//"):
        return urls.absolute(url, None)
    return real_url(url, base)


def real_url(url: str, base: str | None) -> str | None:
    """An absolute URL for a link target, or None for placeholders like '#' or 'javascript:', and for a
    URL that does not parse (a bracketed host left open, "http://[::1": the stages that read a link's
    host would raise on it)."""
    url = url.strip()
    if url.startswith(("https://", "http://")):  # most targets: a web scheme, absolute whatever the base
        return url if urls.parses(url) else None
    if not url or url.startswith(("#", "javascript:")):
        return None
    if url.startswith("www."):
        url = "http://" + url
    if base and not _SCHEME_RE.match(url):
        return urls.join(base, url)
    if not _WEB_SCHEME_RE.match(url) or not urls.parses(url):
        return None
    return url


def convert_inline(raw: str, base: str | None = None, refs: dict[str, str] | None = None) -> Inline:
    """Markdown-ish inline syntax to plain text, collecting links and media as it goes."""
    if not has_syntax(raw):  # most units of a page (half of html2text's, nearly all of get_text's)
        return Inline(fold_space(raw), [], [], 0, [])
    return convert_syntax(raw, base, refs)


def convert_syntax(raw: str, base: str | None = None, refs: dict[str, str] | None = None) -> Inline:
    """`convert_inline` without its shortcut for text with no syntax at all (each step still gated)."""
    text = raw
    if text.startswith("IFRAME:"):  # lynx prints an iframe as its address: media when a player's, never text
        found = classify_url(media_url(text[len("IFRAME:"):].split()[0], base) or "") if text[7:].strip() else None
        return Inline("", [], [found] if found else [], 0)
    # w3m prints an image as its file name: not text
    if text.rstrip()[-1:] in _IMAGE_NAME_ENDS and _IMAGE_NAMES_RE.match(text):
        return Inline("", [], [], 0)
    found_in = _Found(base, refs or {})
    if "[" in text:
        if "](" in text:
            if "![" in text:
                text = _IMAGE_RE.sub(found_in.image, text)
            if "[]" in text or "[ " in text or not text.isprintable():  # (see _EMPTY_LINK_RE)
                text = _EMPTY_LINK_RE.sub("", text)
            text = _LINK_RE.sub(found_in.link, text)
        if refs and "][" in text:
            text = _REF_IMAGE_RE.sub(found_in.ref_image, text)
            text = _REF_LINK_RE.sub(found_in.ref_link, text)
        if "]" in text and _LYNX_MARK_RE.search(text):
            text, marked = _lynx_links(text, refs or {}, base, found_in.links)
            found_in.link_chars += marked
        if "]" in text:  # w3m's picture without alt text, printed as its file's name: not text
            text = drop_image_names(text)
    if "://" in text or "www." in text or "mailto:" in text:
        text = _URL_RE.sub(found_in.url, text)
    if "*" in text or "_" in text:
        if "**" in text or "__" in text:  # (both strong patterns need a doubled marker)
            text = _EMPTY_STRONG_RE.sub("", _STRONG_RE.sub(r"\2", text))
        text = _EMPHASIS_RE.sub(_emphasised, text)
    if "\\" in text:
        text = _ESCAPE_RE.sub(r"\1", text)
    return Inline(fold_space(text), found_in.links, found_in.media, found_in.link_chars, found_in.author_names)


class _Found:
    """What one unit's syntax carried, gathered by the replacement methods `convert_syntax` hands to
    `re.sub`. Methods of an object rather than functions nested in `convert_syntax`: compiled by
    mypyc, nested functions and their enclosing call's environment refer to each other, a cycle
    that only the cyclic garbage collector frees (about a thousand objects a markdown dump)."""

    __slots__ = ("author_names", "base", "link_chars", "links", "media", "refs")

    def __init__(self, base: str | None, refs: dict[str, str]) -> None:
        self.base = base
        self.refs = refs
        self.links: list[Link] = []
        self.media: list[Media] = []
        self.author_names: list[str] = []
        self.link_chars = 0

    def image(self, match: re.Match[str]) -> str:
        """`![alt](src)`: media, never text."""
        return self._image(match.group(1), match.group(2))

    def ref_image(self, match: re.Match[str]) -> str:
        """`![alt][id]`: media, never text."""
        return self._image(match.group(1), _ref_target(match, self.refs))

    def link(self, match: re.Match[str]) -> str:
        """`[label](url)`: the label stays as text; the link (or the media it shows) is kept."""
        return self._link(match.group(1), match.group(2))

    def ref_link(self, match: re.Match[str]) -> str:
        """`[label][id]`: as `link`, with the URL from the reference list."""
        return self._link(match.group(1), _ref_target(match, self.refs))

    def url(self, match: re.Match[str]) -> str:
        """An autolink or bare URL: a media file's URL is media, not text; others stay as text."""
        url = match.group(1) or match.group(2) or match.group(3)
        absolute = real_url(url, self.base)
        if absolute is None:
            return url
        found = classify_url(absolute)
        if found:
            self.media.append(found)
            return ""
        self.link_chars += len(url)
        self.links.append(Link(text=url, url=absolute))
        return url

    def _image(self, alt: str, target: str) -> str:
        url = media_url(target, self.base)
        if url:
            self.media.append(Media(kind="image", url=url, alt=alt or None))
        return ""

    def _link(self, label: str, target: str) -> str:
        # (most targets: an absolute web URL that `real_url` gives back as it is, ASCII, without a
        # bracket or a space to strip at its end; or, with no base, a path from the root, which it
        # makes None: each answered here without its call and `urls.parses`')
        if target.startswith(("https://", "http://")):
            url = (target if target.isascii() and "[" not in target and "]" not in target and not target[-1].isspace()
                   else real_url(target, self.base))
        else:
            url = None if target[:1] == "/" and not self.base else real_url(target, self.base)
        label = label.strip()
        if label[:1] == "#":
            label = _LABEL_HEADING_RE.sub("", label)
        if "**" in label or "__" in label:  # (both markers are doubled)
            label = _STRONG_RE.sub(r"\2", label)
        self.link_chars += len(label)
        if url:
            # (`fold_space`'s own first test, uncalled: most labels are folded already)
            shown = (label if label.isprintable() and "  " not in label and label[:1] != " " and label[-1:] != " "
                     else fold_space(label))
            found = classify_url(url) if shown == url else None  # a link that shows its own address
            if found and found.kind != "image":
                self.media.append(found)
                return ""
            self.links.append(Link(shown, url))  # (positional, as text/blocks.py builds a Block: one a link)
            if (played := media_file_link(url)) is not None:  # a link to a video or audio file, as in HTML
                self.media.append(played)
        elif target[:1] == "/" and (name := author_link_name(label, target) or slug_spelt_name(label, target)):
            self.author_names.append(name)
        return label


def _emphasised(match: re.Match[str]) -> str:
    """The text inside a `*...*` or `_..._` pair."""
    return match.group(1) or match.group(2)


def has_syntax(text: str) -> bool:
    """Whether any step of `convert_inline` may change `text` but the space folding: it holds a
    character or string one of them looks for, or is a line a converter writes for an iframe or
    an image. Without one, the steps' own gates all fail, so the text is only folded."""
    return ("[" in text or "*" in text or "_" in text or "\\" in text or "://" in text or "www." in text
            or "mailto:" in text or text.startswith("IFRAME:")
            or (text.rstrip()[-1:] in _IMAGE_NAME_ENDS and _IMAGE_NAMES_RE.match(text) is not None))


def _ref_target(match: re.Match[str], refs: dict[str, str]) -> str:
    """The URL a reference link (`[label][id]`, or `[label][]` naming itself) points to, or ''."""
    return refs.get((match.group(2) or match.group(1)).casefold(), "")


def _lynx_links(text: str, refs: dict[str, str], base: str | None, links: list[Link]) -> tuple[str, int]:
    """Drop lynx's `[12]` markers and placeholders; a marker's words become a link when lynx listed
    its URL. Returns the text and how many of its characters are link text (a marker's words, up to
    the next marker: lynx does not mark where a link ends)."""
    marked = 0
    for match in _LYNX_LINK_RE.finditer(text):
        words = match.group(2) or ""
        marked += len(words) + 1
        url = real_url(refs.get(match.group(1), ""), base) if refs else None
        if url and words:
            links.append(Link(text=fold_space(words), url=url))
    return _LYNX_MARK_RE.sub("", text), marked
