"""The library API: `extract` runs the stages in order and returns an Article. Never prints or exits.

Stages (numbered as in the code; the package that holds each in brackets):
1. read: size limit, gzip, binary refusal, decoding (read/decode.py) -> text + encoding (+ the raw
   bytes when they are UTF-8: the HTML parser reads those) + warnings of what reading lost
2. sniff: HTML or text (read/sniff.py), unless the caller said which
3. HTML: parse once; metadata (meta/) and media (media/) read from the intact tree, then the content
   stage picks the article and turns it into blocks (html/). Text: blocks + header metadata (text/)
4. boilerplate: rules (rules/) + structure on the blocks, the same pass for both kinds (clean/)
5. assemble: body, links and media from the kept blocks; metadata; warnings
"""

from __future__ import annotations

import codecs
import gc
import os
import re
import stat
from collections.abc import Callable
from dataclasses import fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

from newsgrab import settings
from newsgrab.clean.boilerplate import BoilerplateResult, remove_boilerplate
from newsgrab.clean.provenance import finish_name
from newsgrab.errors import (
    BadOption,
    EmptyInput,
    InternalError,
    NewsgrabError,
    NotFound,
    OutOfMemory,
    TooLarge,
    Unreadable,
)
from newsgrab.media.classify import is_stray_image_url
from newsgrab.model import LEAD_ROLE, Article, Block, InputInfo, Link, Media, Metadata, OriginalSource
from newsgrab.options import DEFAULT_OPTIONS, KINDS, Options
from newsgrab.read.decode import INVALID_BYTES, decode
from newsgrab.read.sniff import sniff_kind
from newsgrab.rules import load_rules
from newsgrab.urls import page_url

if TYPE_CHECKING:
    from newsgrab.records import Record

#: a UTF-16 surrogate code point in a str (Python strings may hold them alone; no encoding writes them)
_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")
#: the warning of a page URL given without a scheme (`urls.page_url`): it is left out, not carried
#: into a record whose `url` must be absolute
URL_NOT_ABSOLUTE = "url-not-absolute"


def extract(
    data: str | bytes,
    *,
    url: str | None = None,
    kind: str = "auto",
    path: str | os.PathLike[str] | None = None,
    options: Options | None = None,
) -> Article:
    """Extract one article from raw bytes or text. Raises a `NewsgrabError` when it cannot be read.

    Nothing else leaves: a failed allocation is `OutOfMemory`, and any other exception (a bug in
    newsgrab, or in a library under it, on some page nobody foresaw) is `InternalError`, with the
    original as its `__cause__`, so a caller's `except NewsgrabError` holds for every input.

    With `settings.PAUSE_GC_DURING_EXTRACT` (off in the library, on in the command line's processes),
    Python's cyclic garbage collector is held off for the call. It starts a collection every few
    hundred new container objects, so it ran about once a page in the middle of an extraction, when
    the page's element proxies, lists and tuples were all alive, and traversed them all to find next
    to nothing (the tree and nearly all of a page's objects are freed by their reference counts).
    Held off, the collections that come due run after the call, once the page's objects are gone,
    and still collect the few cycles a page leaves: about 1% of the wheel's CPU a page on Readability
    and 3% on ScrapingHub (one process, the setting alternated pass by pass). Only a collector that
    is on is paused, and it is switched back on when the call ends, whatever the outcome; a paused
    collector never outlasts the call that paused it (another thread's call that starts meanwhile
    leaves it as it finds it).
    """
    options = options or DEFAULT_OPTIONS
    if kind not in KINDS:
        raise BadOption(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    paused = settings.PAUSE_GC_DURING_EXTRACT and gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _extract(data, url, kind, path, options)
    except NewsgrabError:
        raise
    except MemoryError as exc:
        raise OutOfMemory("ran out of memory converting this input") from exc
    except Exception as exc:
        raise InternalError(f"internal error: {type(exc).__name__}: {exc}") from exc
    finally:
        if paused:
            gc.enable()


def _extract(
    data: str | bytes, url: str | None, kind: str, path: str | os.PathLike[str] | None, options: Options
) -> Article:
    """`extract` once its arguments are checked: read, sniff, blocks and metadata, boilerplate, assemble."""
    rules = load_rules(options.extra_rules) if options.boilerplate_enabled else ()

    # 1. read
    read_warnings: tuple[str, ...] = ()  # what decoding lost (invalid bytes, a cut-off stream)
    if isinstance(data, bytes):
        size = len(data)
        decoded = decode(data, max_bytes=options.max_bytes)
        text, encoding, utf8, read_warnings = decoded.text, decoded.encoding, decoded.utf8, decoded.warnings
    else:
        size = utf8_size(data)
        if size > options.max_bytes:
            raise TooLarge(f"input is {size:,} bytes, over the limit of {options.max_bytes:,}")
        if not data or data.isspace():
            raise EmptyInput("the input is empty" if not data else "the input holds only whitespace")
        text, encoding, utf8 = data.lstrip("\ufeff"), None, None
        if not text.isascii() and _LONE_SURROGATE_RE.search(text):
            # a str holding lone surrogates (text decoded with surrogateescape, or cut from UTF-16):
            # no parser reads them (lxml saw an empty document, and the page was refused as
            # unparseable), so each becomes U+FFFD, as an invalid byte does in bytes input
            text = _LONE_SURROGATE_RE.sub("\ufffd", text)
            read_warnings = (INVALID_BYTES,)

    # 2. sniff
    if kind == "auto":
        kind, _reason = sniff_kind(text)

    # 3. blocks and metadata
    warnings: list[str] = list(read_warnings)
    if url is not None and (url := page_url(url)) is None:
        warnings.append(URL_NOT_ABSOLUTE)
    if kind == "html":
        from newsgrab.html import extract_html  # lazy: lxml import is not needed for text input

        page = extract_html(text, base_url=url, utf8=utf8)
        blocks, meta = page.blocks, page.metadata
        own_site = named_site = None
        warnings.extend(page.warnings)
    else:
        from newsgrab.text.blocks import parse_text

        doc = parse_text(text, base_url=url)
        blocks, meta = doc.blocks, doc.metadata
        own_site, named_site = doc.own_domain, doc.named_domain

    # 4. boilerplate
    cleaned = (remove_boilerplate(blocks, rules, options.keep, meta, own_site, named_site) if rules
               else BoilerplateResult(kept=list(blocks)))

    # 5. assemble
    info = InputInfo(path=str(path) if path is not None else None, kind=kind, encoding=encoding, bytes=size)
    return _assemble(info, cleaned, meta, warnings)


def utf8_size(text: str) -> int:
    """The UTF-8 size of `text` in bytes (lone surrogates as three bytes each, as `surrogatepass`
    writes them): the `input.bytes` of a str input and what the size limit compares.

    An ASCII string is one byte a character, and `str.isascii` answers from the string's stored
    kind without reading it, so most pages are not encoded only to count their bytes; other text is.
    """
    if text.isascii():
        return len(text)
    return len(text.encode("utf-8", errors="surrogatepass"))


def extract_file(
    path: str | os.PathLike[str],
    *,
    url: str | None = None,
    kind: str = "auto",
    options: Options | None = None,
) -> Article:
    """Read a file and extract its article. A missing or unreadable path raises a `NewsgrabError`.

    `input.path` is the path as given, made printable (`printable_path`)."""
    data = read_path(Path(path), (options or DEFAULT_OPTIONS).max_bytes)
    return extract(data, url=url, kind=kind, path=printable_path(path), options=options)


#: bytes asked for per read when the size is not known (a pipe, a device, a file that grew): the
#: limit is never requested in one read, so a small input costs a small buffer
READ_CHUNK_BYTES = 1024 * 1024


def read_bounded(read: Callable[[int], bytes], limit: int, *, size_hint: int = 0) -> bytes:
    """Every byte `read(n)` gives (at most n a call, b"" at the end), refusing more than `limit`.

    Nothing here trusts a size from `stat`: `size_hint` (a regular file's size) only sizes the first
    read, so /dev/zero, an endless pipe or a file that grows while it is read stops at `limit + 1`
    bytes read, with memory bounded by the limit.
    """
    chunks: list[bytes] = []
    total = 0
    want = size_hint + 1 if size_hint > 0 else READ_CHUNK_BYTES
    while total <= limit:
        chunk = read(min(want, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        want = READ_CHUNK_BYTES
    if total > limit:
        raise TooLarge(f"input holds more than the limit of {limit:,} bytes")
    return b"".join(chunks)


def extract_record(record: Record, *, kind: str = "auto", options: Options | None = None) -> Article:
    """Extract the article of one record from a WARC or JSON Lines file (`newsgrab.records`).

    The record's URL is the base for its links; `input` says where the record sits (`offset` or
    `line`, and `id`) and `record` holds the fields it carried. `kind` other than `auto` overrides
    the kind the container gave. A record that could not be read raises its error; a deferred one
    (`read_records(..., defer=True)`) is decoded first.
    """
    record = record.ready()
    if record.error is not None:
        raise record.error
    kind = record.kind if kind == "auto" else kind
    data = record.data
    declared = _http_charset(data, record.charset) if isinstance(data, bytes) else None
    if declared is not None:
        # the transport's charset ranks below a BOM and valid UTF-8 (as in decode) and above the page's own
        try:
            text = data.decode(declared)  # type: ignore[union-attr]
        except (UnicodeDecodeError, LookupError):
            declared = None
    article = extract(text if declared is not None else data, url=record.url, kind=kind, path=record.source,
                      options=options)
    info = article.input
    if declared is not None:
        info.encoding, info.bytes = declared, len(data)
    info.offset, info.line, info.id = record.offset, record.line, record.id
    article.record = record.carry
    return article


def _http_charset(data: bytes, charset: str | None) -> str | None:
    """The charset an HTTP header declared, when it is what decides: no BOM, and the bytes are not UTF-8."""
    if not charset or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    try:
        name = codecs.lookup(charset).name
    except (LookupError, ValueError):  # ValueError: a label holding a NUL (a mangled header)
        return None
    if name == "utf-8":
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name  # WHATWG: these labels mean cp1252
    return None


def read_path(path: Path, max_bytes: int) -> bytes:
    """A file's bytes, read through `read_bounded`, with typed errors (missing, a directory, refused,
    over the limit). Works for pipes and devices too (`/dev/stdin`, `<(cmd)`): they stop at the limit."""
    name = printable_path(path)
    try:
        with open(path, "rb", buffering=0) as handle:
            info = os.fstat(handle.fileno())
            regular = stat.S_ISREG(info.st_mode)
            if regular and info.st_size > max_bytes:  # known too large: refused without reading
                raise TooLarge(f"input is {info.st_size:,} bytes, over the limit of {max_bytes:,}")
            return read_bounded(handle.read, max_bytes, size_hint=info.st_size if regular else 0)
    except FileNotFoundError as exc:
        raise NotFound(f"no such file: {name}") from exc
    except IsADirectoryError as exc:
        raise Unreadable(f"{name} is a directory") from exc
    except NewsgrabError:
        raise
    except OSError as exc:
        raise Unreadable(f"cannot read {name}: {exc.strerror or exc}") from exc


def printable_path(path: str | os.PathLike[str]) -> str:
    """A path as records and messages show it: valid Unicode, whatever bytes the name holds.

    Python keeps the bytes of a file name that the file system encoding cannot decode as surrogate
    escapes (PEP 383), which no UTF-8 writer accepts. Here each such byte becomes the four
    characters `\\xNN` (as `ls -b` shows it), and the bytes of a UTF-8 name read under an ASCII
    locale become its characters again. The path itself, surrogates and all, still opens the file.
    """
    text = os.fspath(path)
    if text.isascii():
        return text
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte (U+D800...U+DC7F)
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


#: block kinds whose text is prose worth detecting a language from
_PROSE_KINDS = frozenset({"p", "quote", "li"})
#: the names of Metadata's fields, read once: `dataclasses.fields` builds its tuple on every call
_METADATA_FIELDS = tuple(f.name for f in fields(Metadata))


def _assemble(info: InputInfo, cleaned: BoilerplateResult, meta: Metadata, warnings: list[str]) -> Article:
    kept: list[Block] = cleaned.kept
    links: list[Link] = []
    media: list[Media] = []
    seen_links: set[str] = set()
    seen_media: set[str] = set()
    # a text dump's pictures are known by their URL alone: a tracker's pixel, a logo or a blank is no
    # article media (the HTML path leaves them out of `media` by the same lists, with each <img> in hand).
    # Left in the blocks until here, so the body's reading is the same with or without them
    strays = info.kind == "text"
    for block in kept:
        for link in block.links:
            if link.url not in seen_links:
                seen_links.add(link.url)
                links.append(link)
        for item in block.media:
            if strays and item.kind == "image" and is_stray_image_url(item.url):
                continue
            if item.url not in seen_media:
                seen_media.add(item.url)
                media.append(item)
    for item in meta.media:
        if item.role == LEAD_ROLE:  # the page's lead image goes first, with what the block knew of it
            shown = next((m for m in media if m.url == item.url), None)
            if shown is not None:
                media.remove(shown)
            media.insert(0, replace(shown, role=LEAD_ROLE) if shown is not None else item)
            seen_media.add(item.url)
        elif item.url not in seen_media:
            seen_media.add(item.url)
            media.append(item)
    source = meta.original_source
    if source is not None and source.name and meta.provenance.get("original_source") == "header-line":
        # a text header line's name ("First published by the X on", the date cut off) finished as a notice's
        source.name = finish_name(source.name, source.name)[0]
    if cleaned.original_source is not None:  # metadata and header lines first, gaps filled from notices
        source = (source or OriginalSource()).fill(cleaned.original_source)
    provenance = dict(meta.provenance)
    if cleaned.original_source and "original_source" not in provenance:
        # which rule or cue found it: "notice:rule:<rule id>", "notice:score:provenance-word+link-text"
        provenance["original_source"] = f"notice:{cleaned.source_cue}" if cleaned.source_cue else "notice"
    if not any(b.text for b in kept):
        warnings.append("no-article")
    language = meta.language
    if language is None and kept:
        # text input declares nothing, so detect from the cleaned body (HTML pages are detected in metadata)
        from newsgrab.meta.language import detect_language

        language = detect_language(" ".join(b.text for b in kept if b.kind in _PROSE_KINDS))
        if language:
            provenance["language"] = "detected"
    metadata = {name: getattr(meta, name) for name in _METADATA_FIELDS}
    metadata.update(original_source=None if source is None or source.is_empty() else source, language=language,
                    provenance=provenance, media=media)
    return Article(**metadata, input=info, blocks=kept, links=links, removed=cleaned.removed, warnings=warnings,
                   timeline=cleaned.timeline or [(block, None) for block in kept])
