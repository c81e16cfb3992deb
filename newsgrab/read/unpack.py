"""Gzip input to its content, capped, keeping what a damaged or cut-off stream still holds.

Scraped folders hold `.gz` copies of pages, some of them cut short by an interrupted download. The
content before the cut is real text, so it is kept and the caller is told the input was truncated;
only a stream that yields nothing is refused. The size cap is applied to the unpacked bytes as
they come out, so a gzip bomb stops at the cap and never fills memory.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from newsgrab.errors import BinaryInput, TooLarge

GZIP_MAGIC = b"\x1f\x8b"
#: bytes of compressed input fed to the inflater at a time: a corrupt stretch then loses only the
#: output of its own chunk, not everything unpacked before it
GZIP_CHUNK_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class Unpacked:
    """The unpacked bytes, and whether the stream ended (or broke) before its end marker."""

    data: bytes
    truncated: bool = False


def unpack_gzip(data: bytes, limit: int) -> Unpacked:
    """Unpack every gzip member of `data`, refusing to produce more than `limit` bytes.

    A stream cut short, or corrupt part-way, gives the content unpacked up to that point with
    `truncated` set; a stream that yields no content at all is `BinaryInput`. Zero padding after a
    member is skipped, and bytes after the last member that do not start another are ignored (as
    `gzip -d` does).
    """
    out = bytearray()
    pos = 0
    while True:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        while pos < len(data) and not inflater.eof:
            piece = data[pos : pos + GZIP_CHUNK_BYTES]
            try:
                out += inflater.decompress(piece, limit + 1 - len(out))
            except zlib.error as exc:
                if not out:
                    raise BinaryInput(f"gzip data is corrupt ({exc})") from exc
                return Unpacked(bytes(out), truncated=True)
            if len(out) > limit or inflater.unconsumed_tail:
                raise TooLarge(f"gzip content unpacks to more than {limit:,} bytes")
            pos += len(piece) - len(inflater.unused_data)
        if not inflater.eof:
            if not out:
                raise BinaryInput("the gzip stream is cut off before any content")
            return Unpacked(bytes(out), truncated=True)
        while pos < len(data) and data[pos] == 0:
            pos += 1
        if not data.startswith(GZIP_MAGIC, pos):
            return Unpacked(bytes(out))
