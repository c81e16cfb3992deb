"""Plain and markdown-ish text (copy-pasted or scraped articles) to blocks and header metadata.

Scraped text arrives with markdown links (`[label](#)`), emphasis (`**x**`), autolinks
(`<https://...>`), bare URLs, lines broken mid-sentence and a header of metadata lines (title,
"By X", "Site, July 11, 2021", "Region: ..."). This module turns it into the same `Block`s the HTML
stage produces, so one boilerplate pass serves both, and reads the header lines as metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgrab import settings, urls
from newsgrab.media.classify import classify_url
from newsgrab.model import Block, Link, Media, Metadata
from newsgrab.text.header import read_header
from newsgrab.whitespace import fold_space

_FENCE_RE = re.compile(r"^\s*(```|~~~)")
_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET_RE = re.compile(r"^\s*[-*+•]\s+(?=\S)")
_NUMBERED_RE = re.compile(r"^\s*\d{1,3}[.)]\s+(?=\S)")
_QUOTE_RE = re.compile(r"^\s*>\s?")
_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_LINK_RE = re.compile(r"\[([^\]]+)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_AUTOLINK_RE = re.compile(r"<((?:https?|ftp)://[^>\s]+)>|<(mailto:[^>\s]+)>")
_BARE_URL_RE = re.compile(r"(?<![\w/\"'(=])((?:https?://|www\.)[^\s<>\"'\])]+[^\s<>\"'\]).,;:!?])")
#: autolinks and bare URLs in one pass, so an autolink's URL is not linked a second time
_URL_RE = re.compile(f"{_AUTOLINK_RE.pattern}|{_BARE_URL_RE.pattern}", re.IGNORECASE)
_STRONG_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_RE = re.compile(
    r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"
)
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_SENTENCE_END_RE = re.compile(r"[.!?…:;\"'”’»)\]]$")
_CONTINUES_RE = re.compile(r"^[a-zà-ÿа-я(]")

_URL_START_RE = re.compile(r"^(?:https?://|www\.|<)", re.IGNORECASE)
_URL_END_RE = re.compile(r"(?:\S+@\S+\.\w+|https?://\S+|www\.\S+|>)$", re.IGNORECASE)
#: characters; a line at least this long that stops mid-sentence is taken as hard-wrapped prose
MIN_WRAP_CHARS = 60
#: characters; lines longer than this are whole paragraphs on one line, not wrapped text
MAX_WRAP_CHARS = 120


@dataclass(slots=True)
class TextDocument:
    """Blocks of the article body (header lines taken out) and what the header lines said."""

    blocks: list[Block]
    metadata: Metadata


@dataclass(slots=True)
class _Inline:
    text: str
    links: list[Link]
    media: list[Media]
    link_chars: int


def _real_url(url: str, base: str | None) -> str | None:
    """An absolute URL for a link target, or None for placeholders like '#' or 'javascript:'."""
    url = url.strip()
    if not url or url.startswith(("#", "javascript:")):
        return None
    if url.startswith("www."):
        url = "http://" + url
    if base and not re.match(r"^[a-z][a-z0-9+.-]*:", url, re.IGNORECASE):
        return urls.join(base, url)
    if not re.match(r"^(?:https?|ftp|mailto):", url, re.IGNORECASE):
        return None
    return url


def convert_inline(raw: str, base: str | None = None) -> _Inline:
    """Markdown-ish inline syntax to plain text, collecting links and media as it goes."""
    links: list[Link] = []
    media: list[Media] = []
    link_chars = 0

    def image(m: re.Match[str]) -> str:
        url = _real_url(m.group(2), base)
        if url:
            media.append(Media(kind="image", url=url, alt=m.group(1) or None))
        return ""

    def link(m: re.Match[str]) -> str:
        nonlocal link_chars
        label, url = m.group(1), _real_url(m.group(2), base)
        label = _STRONG_RE.sub(r"\2", label)
        link_chars += len(label)
        if url:
            found = classify_url(url)
            if found and found.kind != "image" and fold_space(label) == url:
                media.append(found)
                return ""
            links.append(Link(text=fold_space(label), url=url))
        return label

    def url_link(url: str) -> str:
        nonlocal link_chars
        absolute = _real_url(url, base)
        if absolute is None:
            return url
        found = classify_url(absolute)
        if found:
            media.append(found)
            return ""
        link_chars += len(url)
        links.append(Link(text=url, url=absolute))
        return url

    text = _IMAGE_RE.sub(image, raw)
    text = _LINK_RE.sub(link, text)
    text = _URL_RE.sub(lambda m: url_link(m.group(1) or m.group(2) or m.group(3)), text)
    text = _STRONG_RE.sub(r"\2", text)
    text = _EMPHASIS_RE.sub(lambda m: m.group(1) or m.group(2), text)
    text = _ESCAPE_RE.sub(r"\1", text)
    return _Inline(fold_space(text), links, media, link_chars)


def _split_blocks(text: str) -> list[tuple[str, str, int, bool]]:
    """Raw blocks as (kind, raw text, first line number, ordered) before inline conversion."""
    out: list[tuple[str, str, int, bool]] = []
    para: list[str] = []
    para_start = 0
    fence: list[str] | None = None
    fence_start = 0

    def flush() -> None:
        if para:
            for offset, unit in _join_wrapped(para):
                out.append(("p", unit, para_start + offset, False))
            para.clear()

    for number, line in enumerate(text.split("\n"), start=1):
        if fence is not None:
            if _FENCE_RE.match(line):
                out.append(("pre", "\n".join(fence), fence_start, False))
                fence = None
            else:
                fence.append(line)
            continue
        if _FENCE_RE.match(line):
            flush()
            fence, fence_start = [], number
            continue
        if not line.strip():
            flush()
            continue
        heading = _HEADING_RE.match(line)
        if heading:
            flush()
            out.append((f"h{len(heading.group(1))}", heading.group(2), number, False))
            continue
        bullet = _BULLET_RE.match(line) or _NUMBERED_RE.match(line)
        if bullet and not re.match(r"^\s*[*-]+\s*$", line):
            flush()
            out.append(("li", line[bullet.end():], number, bullet.re is _NUMBERED_RE))
            continue
        if _QUOTE_RE.match(line):
            if para and not _QUOTE_RE.match(para[-1]):
                flush()
            if not para:
                para_start = number
            para.append(line)
            continue
        if not para:
            para_start = number
        para.append(line)
    flush()
    if fence is not None:
        out.append(("pre", "\n".join(fence), fence_start, False))
    # quotes: a paragraph made of "> " lines
    result = []
    for kind, raw, start, ordered in out:
        if kind == "p" and raw.startswith(">"):
            result.append(("quote", _QUOTE_RE.sub("", raw).replace(" > ", " ").replace(" >", " "), start, False))
        else:
            result.append((kind, raw, start, ordered))
    return _merge_broken(result)


def _join_wrapped(lines: list[str]) -> list[tuple[int, str]]:
    """Split a paragraph's lines into units: wrapped prose lines join, standalone lines stay apart.

    A line continues the one before it when that one does not end a sentence and either this line
    starts in lowercase or the one before is as long as a wrapped line. Short stand-alone lines
    (header lines, "Copyright ..." after "The original source ...") become blocks of their own.
    """
    if _is_hard_wrapped(lines):
        return [(0, " ".join(line.strip() for line in lines))]
    units: list[tuple[int, str]] = []
    for offset, line in enumerate(lines):
        line = line.strip()
        if units:
            prev = units[-1][1]
            wrapped = (
                not _SENTENCE_END_RE.search(prev)
                and not _URL_END_RE.search(prev)
                and ((_CONTINUES_RE.match(line) and not _URL_START_RE.match(line)) or len(prev) >= MIN_WRAP_CHARS)
            )
            if wrapped or (_QUOTE_RE.match(line) and _QUOTE_RE.match(lines[offset - 1])):
                units[-1] = (units[-1][0], prev + " " + line)
                continue
        units.append((offset, line))
    return units


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Prose wrapped at a fixed width: every line but the last is about as long as the wrap width and
    at least one of them stops mid-sentence. Then even a line that ends with "p.m." or a full stop
    is joined to the next, because the line break is the scraper's, not the author's."""
    body = [line.strip() for line in lines[:-1]]
    if not body:
        return False
    if any(not MIN_WRAP_CHARS <= len(line) <= MAX_WRAP_CHARS for line in body):
        return False
    return any(not _SENTENCE_END_RE.search(line) for line in body)


def _merge_broken(raw_blocks: list[tuple[str, str, int, bool]]) -> list[tuple[str, str, int, bool]]:
    """Join a paragraph cut mid-sentence by a blank line with the lowercase paragraph after it."""
    merged: list[tuple[str, str, int, bool]] = []
    for block in raw_blocks:
        if (
            merged
            and block[0] == "p"
            and merged[-1][0] == "p"
            and _CONTINUES_RE.match(block[1])
            and not _URL_START_RE.match(block[1])
            and not _URL_END_RE.search(merged[-1][1])
            and not _SENTENCE_END_RE.search(merged[-1][1].rstrip())
            and len(merged[-1][1]) > settings.SHORT_BLOCK_CHARS
        ):
            kind, raw, start, ordered = merged[-1]
            merged[-1] = (kind, raw.rstrip() + " " + block[1].lstrip(), start, ordered)
        else:
            merged.append(block)
    return merged


def _to_block(kind: str, raw: str, line: int, ordered: bool, base: str | None) -> Block:
    if kind == "pre":
        return Block(kind="pre", text=raw.strip("\n"), origin=f"line {line}")
    inline = convert_inline(raw, base)
    if not inline.text and inline.media:
        kind = "media"
    return Block(kind=kind, text=inline.text, links=inline.links, media=inline.media,
                 link_chars=min(inline.link_chars, len(inline.text)), ordered=ordered, origin=f"line {line}")


def parse_text(text: str, base_url: str | None = None) -> TextDocument:
    """Turn one text input into body blocks and header metadata."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    blocks = [_to_block(kind, raw, line, ordered, base_url) for kind, raw, line, ordered in _split_blocks(text)]
    blocks = [b for b in blocks if b.text or b.media]
    meta = Metadata(url=base_url)
    header = read_header(blocks, meta)
    return TextDocument(blocks=blocks[header:], metadata=meta)
