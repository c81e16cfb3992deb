"""Which container a file is (a WARC or ARC web archive, a JSON Lines dump), by its name and its first bytes.

A name that says (`.warc`, `.warc.gz`, `.arc.gz`, `.jsonl`, `.jsonl.gz`, `.ndjson`) decides; else
the content does: `WARC/1.` or `filedesc://` at the start (after gzip), or a first line that opens
a JSON object with a text field. Anything else is a page, read whole as before.
"""

from __future__ import annotations

import re
import zlib

#: container formats, as `--records` names them
FORMATS = ("warc", "arc", "jsonl")
#: bytes looked at when deciding by content (unpacked, when the file is gzip)
SNIFF_BYTES = 64 * 1024
#: file name endings (lower case) and the format each one means
SUFFIXES: tuple[tuple[str, str], ...] = (
    (".warc", "warc"), (".warc.gz", "warc"), (".arc", "arc"), (".arc.gz", "arc"),
    (".jsonl", "jsonl"), (".jsonl.gz", "jsonl"), (".ndjson", "jsonl"), (".ndjson.gz", "jsonl"),
)
_GZIP_MAGIC = b"\x1f\x8b"
_TEXT_KEY_RE = re.compile(rb'^\s*\{.*?"(?:html|text)"\s*:', re.DOTALL)


def by_name(name: str) -> str | None:
    """The format a file name says, or None."""
    lowered = name.lower()
    for suffix, fmt in SUFFIXES:
        if lowered.endswith(suffix):
            return fmt
    return None


def unpacked_head(head: bytes) -> bytes:
    """The first bytes as they read unpacked (a gzip start is inflated as far as it goes)."""
    if not head.startswith(_GZIP_MAGIC):
        return head
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, SNIFF_BYTES)
    except zlib.error:
        return b""


def by_content(head: bytes, field: str | None = None) -> str | None:
    """The format the first bytes of a file show, or None for a page."""
    data = unpacked_head(head)
    if data.startswith(b"WARC/"):
        return "warc"
    if data.startswith(b"filedesc://"):
        return "arc"
    first = data.split(b"\n", 1)[0]
    if field:
        key = re.compile(rb'^\s*\{.*?"' + re.escape(field.encode("utf-8")) + rb'"\s*:', re.DOTALL)
        return "jsonl" if key.match(first) else None
    return "jsonl" if _TEXT_KEY_RE.match(first) else None


def container_format(name: str | None, head: bytes, field: str | None = None) -> str | None:
    """`warc`, `arc` or `jsonl` for a container (by name first, then content); None for a page."""
    return (by_name(name) if name else None) or by_content(head, field)
