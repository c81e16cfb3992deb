"""Web archives (WARC, and the older ARC) to Records: the HTML and text pages a crawl fetched.

WARC files are read with FastWARC (resiliparse's reader, the fastest kept one), ARC files with
warcio (FastWARC reads no ARC); both come with `pip install newsgrab[warc]`. Taken: `response`
records with an HTTP 2xx status and `resource` records whose content type is HTML or text (or not
given); the record's `WARC-Target-URI` is the page's URL. Everything else (requests, metadata,
revisits, images, redirects...) is skipped and counted in the `Tally`.

A corrupt record (a gzip member cut short, a mangled header) becomes an error record at its byte
offset, and reading goes on at the next record that reads whole: the reader looks for the next gzip
member (or `WARC/1.` line) after the broken one and tries it. The bodies are decoded here (see
`http.py`), not by FastWARC's `auto_decode`: that mode loses its place in the stream when a
chunked record's body is not read, and it has no bound on what a compressed body unpacks to.
"""

from __future__ import annotations

import contextlib
import io
import logging
import zlib
from collections.abc import Generator, Iterator
from dataclasses import replace
from functools import partial
from typing import IO, Any

from newsgrab.errors import BadRecord, NewsgrabError, TooLarge
from newsgrab.records.http import decode_body
from newsgrab.records.record import Record, Tally

#: media types read as HTML pages
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: media types read as text
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
#: bytes read at a time while looking for the next record after a corrupt one
SCAN_BLOCK = 1 << 20
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = b"WARC/1."
#: what warcio logs goes nowhere unless the program configured logging (see `read_arc`)
_NULL_HANDLER = logging.NullHandler()


def kind_of(content_type: str | None) -> str | None:
    """`html`, `text` or `auto` (no type given) for a content type we read; None for one we skip."""
    if not content_type:
        return "auto"
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime in HTML_TYPES:
        return "html"
    if mime in TEXT_TYPES:
        return "text"
    return None


def _uri(value: str | None) -> str | None:
    """WARC-Target-URI, without the angle brackets some WARC 1.0 writers put around it."""
    if not value:
        return None
    return value.strip().strip("<>").strip() or None


def _fail(source: str, offset: int, url: str | None, record_id: str | int | None, error: NewsgrabError) -> Record:
    return Record(source, b"", url=url, offset=offset, id=record_id, error=error)


def _is_compressed(stream: IO[bytes], start: int) -> bool:
    stream.seek(start)
    return stream.read(2) == _GZIP_MEMBER[:2]


def _reads_whole(stream: IO[bytes], offset: int) -> bool:
    """True when one complete record starts at `offset` (the place to go on after a corrupt one)."""
    from fastwarc.warc import ArchiveIterator

    stream.seek(offset)
    try:
        for warc in ArchiveIterator(stream, parse_http=False, auto_decode="none", fsspec_args=False):
            if warc.stream_pos != offset:
                return False
            while warc.reader.read(SCAN_BLOCK):
                pass
            return True
    except OSError:
        return False
    return False


def _next_start(stream: IO[bytes], after: int, compressed: bool) -> int | None:
    """The first offset past `after` where a whole record starts (None: none left in the file)."""
    marker = _GZIP_MEMBER if compressed else _WARC_LINE
    position = after + 1
    while True:
        stream.seek(position)
        block = stream.read(SCAN_BLOCK + len(marker))
        if len(block) < len(marker):
            return None
        found = block.find(marker)
        while found >= 0:
            candidate = position + found
            if (compressed or candidate == 0 or _preceded_by_newline(stream, candidate)) \
                    and _reads_whole(stream, candidate):
                return candidate
            found = block.find(marker, found + 1)
        position += SCAN_BLOCK


def _cut_tail(stream: IO[bytes], offset: int, read: bool, compressed: bool) -> int | None:
    """Where the bytes FastWARC read no record from start, once it has stopped: after the record at
    `offset` (`read`: it read one there; else from `offset` itself), when what follows is more than
    blank. A file cut inside a record's header ends the reader's records silently (a gzip member cut
    before its header inflates whole, a plain one before its blank line), so its last record would
    vanish without an error record. None: the file ends where its records do, or the record at
    `offset` was itself cut short (FastWARC handed it over, and it has its record already)."""
    end = _end_of(stream, offset, compressed) if read else offset
    if end is None:
        return None
    stream.seek(end)
    rest = stream.read(SCAN_BLOCK)
    if compressed and rest.startswith(_GZIP_MEMBER[:2]):
        try:  # an empty gzip member that some writers end a file with is no record
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            if not inflater.decompress(rest, 64).strip() and inflater.eof and not inflater.unused_data.strip(b"\0"):
                return None
        except zlib.error:
            pass
    return end if rest.strip(b"\r\n\t \0") else None


def _preceded_by_newline(stream: IO[bytes], offset: int) -> bool:
    stream.seek(offset - 1)
    return stream.read(1) == b"\n"


def _end_of(stream: IO[bytes], offset: int, compressed: bool) -> int | None:
    """Where the record at `offset` ends: its gzip member's end, or past its block and CRLF CRLF."""
    stream.seek(offset)
    if compressed:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        consumed = 0
        try:
            while not inflater.eof:
                block = stream.read(SCAN_BLOCK)
                if not block:
                    return None
                inflater.decompress(block)
                consumed += len(block)
        except zlib.error:
            return None
        return offset + consumed - len(inflater.unused_data)
    head = stream.read(SCAN_BLOCK)
    split = head.find(b"\r\n\r\n")
    if split < 0:
        return None
    for line in head[:split].split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length" and value.strip().isdigit():
            return offset + split + 4 + int(value) + 4
    return None


class _Counted(io.RawIOBase):
    """A pipe that says how far it has been read. FastWARC asks a stream's `tell()` when it starts,
    and a pipe's raises "Illegal seek", which FastWARC unwraps in Rust: a panic, a BaseException
    that ended the batch with two tracebacks, on any WARC read from standard input."""

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__()
        self._raw, self._position = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        self._position += len(data)
        return len(data)

    def tell(self) -> int:
        return self._position


def read_warc(stream: IO[bytes], source: str, *, max_bytes: int, tally: Tally,
              size: int | None = None, seekable: bool = True, defer: bool = False) -> Iterator[Record]:
    """Every HTML/text page of a WARC file, in file order, with error records for corrupt records;
    with `defer`, an HTTP body's transfer and content codings are left to `Record.ready()`."""
    if not seekable:
        stream = _Counted(stream)  # type: ignore[assignment]
    start = stream.tell() if seekable else 0
    compressed = _is_compressed(stream, start) if seekable else False
    if seekable:
        stream.seek(start)
    position: int | None = start
    while position is not None:
        position = yield from _read_from(stream, position, source, max_bytes, tally, size, compressed, seekable,
                                         defer)


def _read_from(stream: IO[bytes], start: int, source: str, max_bytes: int, tally: Tally, size: int | None,
               compressed: bool, seekable: bool, defer: bool) -> Generator[Record, None, int | None]:
    """Records from `start` on; returns where to go on after a corrupt record, or None at the end."""
    from fastwarc.warc import ArchiveIterator

    if seekable:
        stream.seek(start)
    records = iter(ArchiveIterator(stream, parse_http=False, auto_decode="none", fsspec_args=False))
    last: int | None = None
    while True:
        try:
            warc = next(records)
        except StopIteration:
            cut = _cut_tail(stream, start if last is None else last, last is not None, compressed) if seekable else None
            if cut is not None:
                yield _fail(source, cut, None, None, BadRecord("truncated record: the file ends inside a record's "
                                                               "header"))
            return None
        except OSError as exc:
            if not seekable:
                lost = BadRecord(f"corrupt record after byte {last or start}; the rest of the stream is lost ({exc})")
                yield _fail(source, start if last is None else last, None, None, lost)
                return None
            broken = start if last is None else _end_of(stream, last, compressed)
            if broken is None:  # the record already read was itself cut short
                broken = last if last is not None else start
            else:
                yield _fail(source, broken, None, None, BadRecord(f"corrupt or truncated record ({exc})"))
            return _next_start(stream, broken, compressed)
        last = warc.stream_pos
        try:
            record = _take(warc, source, max_bytes, tally, size, compressed, defer)
        except _Corrupt as corrupt:  # its body could not be read: the stream lost its place
            yield corrupt.record
            return _next_start(stream, last, compressed) if seekable else None
        if record is not None:
            yield record


class _Corrupt(Exception):
    """A record whose body could not be read: its error record, and reading goes on elsewhere."""

    def __init__(self, record: Record) -> None:
        super().__init__(record.error)
        self.record = record


def _take(warc: Any, source: str, max_bytes: int, tally: Tally, size: int | None, compressed: bool,
          defer: bool) -> Record | None:
    """The Record for one WARC record we read, an error Record, or None (skipped and counted)."""
    from fastwarc.warc import WarcRecordType

    record_type = warc.record_type
    length = (warc.headers.get("Content-Length") or "").strip()
    if not (length.isascii() and length.isdigit()):
        # every WARC record declares its length; FastWARC reads a missing or broken one as 0 and the
        # record's block as the next record's garbage (a header cut short, "Content-Length: -5026")
        error = BadRecord("corrupt or truncated record: its header has no valid Content-Length")
        raise _Corrupt(_fail(source, warc.stream_pos, _uri(warc.headers.get("WARC-Target-URI")),
                             warc.headers.get("WARC-Record-ID"), error))
    if record_type not in (WarcRecordType.response, WarcRecordType.resource):
        tally.skip(str(record_type))
        return None
    headers = warc.headers
    offset: int = warc.stream_pos
    url, record_id = _uri(headers.get("WARC-Target-URI")), headers.get("WARC-Record-ID")
    http = None
    try:
        if record_type == WarcRecordType.response:
            if not (headers.get("Content-Type") or "").lower().startswith("application/http"):
                tally.skip("not-http")
                return None
            warc.parse_http(auto_decode="none")
            http = warc.http_headers
            if http is None:  # FastWARC reads "application/http" case-sensitively: "Application/HTTP" is no message
                return _fail(source, offset, url, record_id, BadRecord("its HTTP message could not be read"))
            status = http.status_code or 0
            if not 200 <= status < 300:
                tally.skip("status")
                return None
            content_type = warc.http_content_type or headers.get("WARC-Identified-Payload-Type")
        else:
            content_type = headers.get("Content-Type")
        kind = kind_of(content_type)
        if kind is None:
            tally.skip("not-html")
            return None
        # one byte over the limit tells a body that is too large; no more than the record holds is
        # asked for, as FastWARC sets aside room for the size asked (50 MB by default) at each read
        body = warc.reader.read(min(max_bytes, warc.content_length) + 1)
    except OSError as exc:
        error = BadRecord(f"corrupt or truncated record ({exc})")
        raise _Corrupt(_fail(source, offset, url, record_id, error)) from exc
    try:
        if len(body) > max_bytes:
            raise TooLarge(f"the record's body is over the limit of {max_bytes:,} bytes")
        if len(body) < warc.content_length:  # FastWARC hands over what there is of a record the file cuts
            raise BadRecord(f"truncated record: the file ends {warc.content_length - len(body):,} bytes into its body")
        codings = (http.get("Transfer-Encoding"), http.get("Content-Encoding")) if http is not None else (None, None)
        later = None
        if any(codings) and defer:
            later = partial(_undo_codings, transfer_encoding=codings[0], content_encoding=codings[1], limit=max_bytes)
        elif any(codings):
            body = decode_body(body, transfer_encoding=codings[0], content_encoding=codings[1], limit=max_bytes)
    except NewsgrabError as exc:
        return _fail(source, offset, url, record_id, exc)
    charset = warc.http_charset if http is not None else None
    return Record(source, body, url=url, kind=kind, offset=offset, id=record_id, charset=charset, later=later)


def _undo_codings(record: Record, *, transfer_encoding: str | None, content_encoding: str | None,
                  limit: int) -> Record:
    """A deferred record's body as the server meant it (`Record.later`), or its error Record."""
    try:
        body = decode_body(record.data, transfer_encoding=transfer_encoding,  # type: ignore[arg-type]
                           content_encoding=content_encoding, limit=limit)
    except NewsgrabError as exc:
        return _fail(record.source, record.offset or 0, record.url, record.id, exc)
    return replace(record, data=body, later=None)


def read_arc(stream: IO[bytes], source: str, *, max_bytes: int, tally: Tally) -> Iterator[Record]:
    """Every HTML/text page of an ARC file (read with warcio); a corrupt record ends the file."""
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

    # warcio writes "WARNING: Record not followed by newline..." to sys.stderr itself, and logs a
    # target URI with spaces through a logger with no handler (Python's last resort prints it), a
    # few lines per broken record in the middle of a batch's one-line errors: the library never prints
    logging.getLogger("warcio").addHandler(_NULL_HANDLER)
    iterator = ArchiveIterator(stream, arc2warc=True)
    records = iter(iterator)
    while True:
        try:
            with contextlib.redirect_stderr(io.StringIO()):  # one process, one reader: no thread shares it
                arc = next(records)
        except StopIteration:
            return
        except Exception as exc:  # warcio raises its own exception types, and zlib's
            yield _fail(source, getattr(iterator, "offset", 0), None, None,
                        BadRecord(f"corrupt record; the rest of the file is lost ({type(exc).__name__}: {exc})"))
            return
        if arc.rec_type not in ("response", "resource"):
            tally.skip(arc.rec_type)
            continue
        http = arc.http_headers
        url = _uri(arc.rec_headers.get_header("WARC-Target-URI"))
        if http is not None and not (http.get_statuscode() or "").startswith("2"):
            tally.skip("status")
            continue
        content_type = (http or arc.rec_headers).get_header("Content-Type")
        kind = kind_of(content_type)
        if kind is None:
            tally.skip("not-html")
            continue
        offset = 0
        try:
            with contextlib.redirect_stderr(io.StringIO()):
                body = arc.raw_stream.read(max_bytes + 1)
                offset = iterator.get_record_offset()  # after the read: warcio reads the record to its end here
            if len(body) > max_bytes:
                raise TooLarge(f"the record's body is over the limit of {max_bytes:,} bytes")
            if http is not None:
                body = decode_body(body, transfer_encoding=http.get_header("Transfer-Encoding"),
                                   content_encoding=http.get_header("Content-Encoding"), limit=max_bytes)
        except NewsgrabError as exc:
            yield _fail(source, offset, url, None, exc)
            continue
        except Exception as exc:
            yield _fail(source, offset, url, None, BadRecord(f"corrupt record; the rest of the file is lost ({exc})"))
            return
        charset = None
        if content_type and "charset=" in content_type.lower():
            charset = content_type.lower().split("charset=", 1)[1].split(";", 1)[0].strip().strip("\"'") or None
        yield Record(source, body, url=url, kind=kind, offset=offset, id=arc.rec_headers.get_header("WARC-Record-ID"),
                     charset=charset)
