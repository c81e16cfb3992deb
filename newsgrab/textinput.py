"""Plain and markdown-ish text (copy-pasted or scraped articles) to blocks and header metadata.

Scraped text arrives with markdown links (`[label](#)`), emphasis (`**x**`), autolinks
(`<https://...>`), bare URLs, lines broken mid-sentence and a header of metadata lines (title,
"By X", "Site, July 11, 2021", "Region: ..."). This module turns it into the same `Block`s the HTML
stage produces, so one boilerplate pass serves both, and reads the header lines as metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from newsgrab import settings
from newsgrab.dates import DATE_PHRASE_RE, parse_date
from newsgrab.media import classify_url
from newsgrab.model import Block, Link, Media, Metadata, OriginalSource
from newsgrab.people import split_authors
from newsgrab.text import fold_space

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

_BYLINE_RE = re.compile(r"^(?:by|written by|par|von|por|di|door|автор:?)\s+(?P<who>.{2,200})$", re.IGNORECASE)
#: "Posted on 14 November 2023 by Jane Doe" (WordPress themes' entry-meta line, copied as text)
_POSTED_BY_RE = re.compile(
    r"^(?:posted|published|written)(?:\s+on)?\s+(?P<date>.{6,40}?)\s+by\s+(?P<who>[^.]{2,120})$", re.IGNORECASE
)
_TAG_LINE_RE = re.compile(
    r"^(?P<label>regions?|themes?|topics?|tags?|categor(?:y|ies)|keywords?|in-depth reports?|filed under|"
    r"sections?|subjects?|schlagworte|mots-clés|etiquetas|temas)\s*:\s*(?P<values>.*)$",
    re.IGNORECASE,
)
_SOURCE_LINE_RE = re.compile(r"^(?:source|originally published (?:at|on|in|by)|via)\s*:?\s+(?P<name>.{2,120})$",
                             re.IGNORECASE)
_DATE_LABEL_RE = re.compile(
    r"^(?:(?P<label>published|posted|updated|modified|last updated|date|veröffentlicht|publié le|publicado)"
    r"\s*(?:on|:)?\s*)?(?P<date>.+)$",
    re.IGNORECASE,
)
_URL_START_RE = re.compile(r"^(?:https?://|www\.|<)", re.IGNORECASE)
_URL_END_RE = re.compile(r"(?:\S+@\S+\.\w+|https?://\S+|www\.\S+|>)$", re.IGNORECASE)
#: characters; a line at least this long that stops mid-sentence is taken as hard-wrapped prose
MIN_WRAP_CHARS = 60
_HEADER_KINDS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li"})
#: a bare person's name: two to four capitalised words (with particles like "de", "van")
_PERSON_RE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:(?:de|da|van|von|der|del|la|le|bin|al)\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}$"
)
#: unlabelled lines tolerated between header lines (a subtitle and a name, as Substack copies have)
MAX_PENDING = 2
#: characters; a subtitle (dek) is at most this long
MAX_SUBTITLE_CHARS = 250
#: characters; lines longer than this are whole paragraphs on one line, not wrapped text
MAX_WRAP_CHARS = 120
#: characters; a name in a "Name, Date" header line is at most this long (longer is a sentence)
MAX_HEADER_NAME_CHARS = 80


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
        return urljoin(base, url)
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


def _read_header(blocks: list[Block], meta: Metadata) -> int:
    """Read metadata from the header lines at the top; return how many blocks they take."""
    index = 0
    limit = min(len(blocks), settings.MAX_HEADER_LINES)
    first = blocks[0] if blocks else None
    if (
        first is not None
        and first.kind in ("p", "h1", "h2")
        and 0 < len(first.text) <= settings.MAX_TITLE_CHARS
        and not first.text.endswith(".")
        and not _is_header_line(first.text)
    ):
        meta.title = first.text
        meta.provenance["title"] = "header-line"
        index = 1
    end = index
    pending: list[Block] = []  # short unlabelled lines between header lines (a subtitle, a bare name)
    while index < limit:
        block = blocks[index]
        if block.kind in _HEADER_KINDS and _take_header_line(block, meta):
            if pending and not _take_unlabelled(pending, meta, after_title=end == 1 and meta.title is not None):
                break
            pending.clear()
            index += 1
            end = index
            continue
        if block.kind in _HEADER_KINDS and _is_unlabelled_candidate(block.text) and len(pending) < MAX_PENDING:
            pending.append(block)
            index += 1
            continue
        break
    return end


def _is_unlabelled_candidate(text: str) -> bool:
    """A short line that is not a sentence: maybe a subtitle or an author's bare name."""
    return 0 < len(text) <= MAX_SUBTITLE_CHARS and not text.endswith((".", ":"))


def _take_unlabelled(pending: list[Block], meta: Metadata, *, after_title: bool) -> bool:
    """Read unlabelled header lines that sit before a real header line; False if one is not readable.

    A bare person's name ("Jane Doe" above "Mar 3, 2023", as Substack and Medium copies have it)
    becomes the author; a line right after the title becomes the description (a dek/subtitle).
    Anything else means the header ended before these lines, so they stay in the body.
    """
    for position, block in enumerate(pending):
        if _PERSON_RE.match(block.text) and not meta.authors:
            meta.authors = [block.text]
            meta.provenance["authors"] = "header-line"
        elif position == 0 and after_title and meta.description is None:
            meta.description = block.text
            meta.provenance["description"] = "header-line"
        else:
            return False
    return True


def _is_header_line(text: str) -> bool:
    return bool(_BYLINE_RE.match(text) or _TAG_LINE_RE.match(text) or _name_date(text))


def _name_date(text: str) -> tuple[str | None, str] | None:
    """Split "Name, Date" / "Name Date" / "Date" header lines; None when the line is not one."""
    if len(text) > MAX_HEADER_NAME_CHARS + 40:
        return None
    match = DATE_PHRASE_RE.search(text)
    if not match or text[match.end():].strip(" .|"):
        return None
    name = text[: match.start()].strip(" ,|–—-:")
    labelled = _DATE_LABEL_RE.match(name + ":") if name else None
    if not name or (labelled and labelled["label"]):
        return None, match.group(0)
    if len(name) > MAX_HEADER_NAME_CHARS or (_SENTENCE_END_RE.search(name) and name.endswith(".")):
        return None
    return name, match.group(0)


def _take_header_line(block: Block, meta: Metadata) -> bool:
    text = block.text
    posted = _POSTED_BY_RE.match(text)
    if posted and parse_date(posted["date"]):
        if meta.published is None:
            meta.published = parse_date(posted["date"])
            meta.provenance["published"] = "header-line"
        if not meta.authors:
            meta.authors = split_authors(posted["who"])
            meta.provenance["authors"] = "byline"
        return True
    byline = _BYLINE_RE.match(text)
    if byline:
        authors = split_authors(byline["who"])
        if authors and not meta.authors:
            meta.authors = authors
            meta.provenance["authors"] = "byline"
        return bool(authors)
    tags = _TAG_LINE_RE.match(text)
    if tags:
        for value in re.split(r"\s*[,;|]\s*", tags["values"]):
            value = value.strip(" .")
            if value and value.casefold() not in {t.casefold() for t in meta.tags}:
                meta.tags.append(value)
                meta.provenance.setdefault("tags", "header-line")
        return True
    label = _DATE_LABEL_RE.match(text)
    if label and label["label"]:
        when = parse_date(label["date"])
        if when is None:
            return False
        field_name = "modified" if label["label"].lower() in ("updated", "modified", "last updated") else "published"
        if getattr(meta, field_name) is None:
            setattr(meta, field_name, when)
            meta.provenance[field_name] = "header-line"
        return True
    source = _SOURCE_LINE_RE.match(text)
    if source and not _name_date(text):
        meta.original_source = meta.original_source or OriginalSource()
        meta.original_source.name = meta.original_source.name or source["name"].strip(" .")
        meta.original_source.url = meta.original_source.url or (block.links[0].url if block.links else None)
        meta.provenance["original_source"] = "header-line"
        return True
    pair = _name_date(text)
    if pair is None:
        return False
    name, phrase = pair
    when = parse_date(phrase)
    if meta.published is None:
        meta.published = when
        meta.provenance["published"] = "header-line"
        if name and not meta.site_name:
            meta.site_name = name
            meta.provenance["site_name"] = "header-line"
    elif name and name.casefold() != (meta.site_name or "").casefold():
        # a second "Name Date" line names the publication the piece first ran in, and when
        meta.original_source = meta.original_source or OriginalSource()
        meta.original_source.name = meta.original_source.name or name
        meta.original_source.published = meta.original_source.published or when
        if block.links and not meta.original_source.url:
            meta.original_source.url = block.links[0].url
        meta.provenance["original_source"] = "header-line"
    return True


def parse_text(text: str, base_url: str | None = None) -> TextDocument:
    """Turn one text input into body blocks and header metadata."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    blocks = [_to_block(kind, raw, line, ordered, base_url) for kind, raw, line, ordered in _split_blocks(text)]
    blocks = [b for b in blocks if b.text or b.media]
    meta = Metadata(url=base_url)
    header = _read_header(blocks, meta)
    return TextDocument(blocks=blocks[header:], metadata=meta)
