"""Stage 0, records: container files (WARC and ARC web archives, JSON Lines dumps) to one Record per page.

Takes a path or a binary stream; hands on `Record`s, each a page with its URL and where it sits in
its file (byte offset or line, and id), or the error that made it unreadable, in file order. The
file is streamed: only the current record is ever held. `newsgrab.api.extract_record` turns a
Record into an Article; the CLI and `newsgrab.dask` feed these to their workers.

Imports only the shared vocabulary (`errors`), never another stage. The web-archive readers
(FastWARC, warcio, brotli) are the optional extra `newsgrab[warc]`, imported only when a WARC or
ARC file is met; without them such a file is one error record saying what to install.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from newsgrab.errors import BadRecord, NewsgrabError, NotFound, Unreadable
from newsgrab.records.detect import FORMATS, SNIFF_BYTES, by_content, by_name, container_format
from newsgrab.records.jsonl import from_mapping, parse_line, read_jsonl
from newsgrab.records.record import Record, Tally

__all__ = [
    "FORMATS", "Record", "Tally", "by_content", "by_name", "container_format", "from_mapping", "parse_line",
    "read_records", "sniff_path",
]

#: what to install for each format's reader
_EXTRA = {"warc": "newsgrab[warc]", "arc": "newsgrab[warc]"}


def sniff_path(path: Path, field: str | None = None) -> str | None:
    """The container format of the file at `path` (by name, then its first bytes), or None for a page."""
    fmt = by_name(path.name)
    if fmt is not None:
        return fmt
    try:
        with path.open("rb") as handle:
            return by_content(handle.read(SNIFF_BYTES), field)
    except OSError:
        return None  # the page reader reports it


def _open_failed(source: str, path: Path, exc: OSError) -> NewsgrabError:
    if isinstance(exc, FileNotFoundError):
        return NotFound(f"no such file: {path}")
    return Unreadable(f"cannot read {path}: {exc.strerror or exc}")


def read_records(source: str, fmt: str, *, path: Path | None = None, stream: IO[bytes] | None = None,
                 max_bytes: int, tally: Tally | None = None, field: str | None = None,
                 carry: Sequence[str] | None = None, defer: bool = False) -> Iterator[Record]:
    """The Records of one container, read from `path` (or from `stream`, which is not closed).

    `source` is the name the records carry (`input.path`). `fmt` is one of `FORMATS`. `max_bytes`
    bounds one record's body (and a JSON line). A file that cannot be opened, or a reader that is
    not installed, is a single error Record. `defer` leaves each record's decoding (a JSON line's
    parse, an HTTP body's codings) to `Record.ready()`, for a process that hands records to others.
    """
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {', '.join(FORMATS)}, not {fmt!r}")
    tally = tally if tally is not None else Tally()
    if stream is not None:
        yield from _read(stream, source, fmt, max_bytes, tally, field, carry, defer, size=None,
                         seekable=stream.seekable())
        return
    if path is None:
        raise ValueError("give a path or a stream")
    try:
        handle = path.open("rb")
        size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        yield Record(source, b"", error=_open_failed(source, path, exc))
        return
    with handle:
        yield from _read(handle, source, fmt, max_bytes, tally, field, carry, defer, size=size,
                         seekable=handle.seekable())


def _read(stream: IO[bytes], source: str, fmt: str, max_bytes: int, tally: Tally, field: str | None,
          carry: Sequence[str] | None, defer: bool, *, size: int | None, seekable: bool) -> Iterator[Record]:
    if fmt == "jsonl":
        yield from read_jsonl(_unpacked(stream), source, max_bytes=max_bytes, tally=tally, field=field, carry=carry,
                              defer=defer)
        return
    from newsgrab.records.warc import read_arc, read_warc

    try:
        if fmt == "warc":
            yield from read_warc(stream, source, max_bytes=max_bytes, tally=tally, size=size, seekable=seekable,
                                 defer=defer)
        else:
            yield from read_arc(stream, source, max_bytes=max_bytes, tally=tally)
    except ImportError as exc:  # the reader imports its library at the first record
        yield Record(source, b"", error=BadRecord(
            f"reading {fmt.upper()} files needs {_EXTRA[fmt]} (pip install '{_EXTRA[fmt]}'): {exc}"))


def _unpacked(stream: IO[bytes]) -> IO[bytes]:
    """The stream itself, or a streaming gzip reader over it when it starts like gzip."""
    head = stream.peek(2)[:2] if hasattr(stream, "peek") else b""
    if not head and stream.seekable():
        position = stream.tell()
        head = stream.read(2)
        stream.seek(position)
    return gzip.GzipFile(fileobj=stream, mode="rb") if head == b"\x1f\x8b" else stream  # type: ignore[return-value]
