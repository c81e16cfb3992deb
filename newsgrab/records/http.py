"""An archived HTTP body as the server meant it: chunked transfer coding and gzip/deflate/brotli undone.

Archives hold the body as it went over the wire, so a `response` record's payload may be chunked
and compressed. Each step is bounded by `limit` (a gzip or brotli bomb stops at the size limit),
and each is tolerant of archives that stored the body already decoded but kept the headers: a body
that does not parse as chunks, or does not start like gzip, is taken as it is. A body that claims
an encoding, looks encoded and still does not decode raises `BadRecord`.
"""

from __future__ import annotations

import re
import zlib

from newsgrab.errors import BadRecord, TooLarge

_CHUNK_SIZE_RE = re.compile(rb"[0-9A-Fa-f]+")
_GZIP_MAGIC = b"\x1f\x8b"


def _too_large(limit: int) -> TooLarge:
    return TooLarge(f"the record's body unpacks to more than the limit of {limit:,} bytes")


def dechunk(body: bytes, limit: int) -> bytes:
    """Undo `Transfer-Encoding: chunked`; `body` itself when it is not chunked (stored decoded)."""
    out: list[bytes] = []
    size = pos = 0
    while True:
        eol = body.find(b"\r\n", pos, pos + 1024)
        head = body[pos:eol].split(b";", 1)[0].strip() if eol >= 0 else b""
        if not _CHUNK_SIZE_RE.fullmatch(head):
            if pos == 0:
                return body  # not chunked after all: stored decoded
            break  # no terminating zero chunk: a truncated body keeps what it had
        length = int(head, 16)
        if length == 0:
            break
        out.append(body[eol + 2 : eol + 2 + length])
        size += length
        if size > limit:
            raise _too_large(limit)
        pos = eol + 2 + length + 2
    return b"".join(out)


def _inflate(body: bytes, wbits: int, limit: int) -> bytes:
    inflater = zlib.decompressobj(wbits)
    out = inflater.decompress(body, limit + 1)
    if len(out) > limit or inflater.unconsumed_tail:
        raise _too_large(limit)
    return out


def _brotli(body: bytes, limit: int) -> bytes:
    import brotli  # type: ignore[import-untyped]  # newsgrab[warc]; lazy: only brotli bodies need it

    decompressor = brotli.Decompressor()
    out: bytes = decompressor.process(body, output_buffer_limit=limit + 1)
    if len(out) > limit:
        raise _too_large(limit)
    return out


def _looks_decoded(body: bytes) -> bool:
    """Markup or text stored already decoded (some crawlers do, and keep the header)."""
    head = body[:512].lstrip()
    return head[:1] == b"<" or head[:3] == b"\xef\xbb\xbf"


def undo_content_encoding(body: bytes, encoding: str, limit: int) -> bytes:
    """Undo one or more `Content-Encoding`s (`gzip`, `x-gzip`, `deflate`, `br`, `identity`), last first."""
    for name in reversed([part.strip().lower() for part in encoding.split(",") if part.strip()]):
        if name in ("identity", "none"):
            continue
        if name not in ("gzip", "x-gzip", "deflate", "br"):
            raise BadRecord(f"unknown Content-Encoding {name!r}")
        if name in ("gzip", "x-gzip") and not body.startswith(_GZIP_MAGIC) and _looks_decoded(body):
            continue
        try:
            if name == "br":
                body = _brotli(body, limit)
            elif name == "deflate":
                try:
                    body = _inflate(body, zlib.MAX_WBITS, limit)  # zlib-wrapped, as the RFC says
                except zlib.error:
                    body = _inflate(body, -zlib.MAX_WBITS, limit)  # raw deflate, as some servers send
            else:
                body = _inflate(body, 16 + zlib.MAX_WBITS, limit)
        except TooLarge:
            raise
        except Exception as exc:  # zlib.error, brotli.error: corrupt, or stored already decoded
            if _looks_decoded(body):
                continue
            raise BadRecord(f"cannot undo Content-Encoding {name}: {exc}") from exc
    return body


def decode_body(body: bytes, *, transfer_encoding: str | None, content_encoding: str | None, limit: int) -> bytes:
    """The body as the server meant it (transfer coding first, then the content encodings)."""
    if transfer_encoding and "chunked" in transfer_encoding.lower():
        body = dechunk(body, limit)
    if content_encoding:
        body = undo_content_encoding(body, content_encoding, limit)
    return body
