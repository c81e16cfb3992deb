"""Raw bytes to text: unpack gzip, refuse binary, then BOM, declared charset, and detection.

Order of trust: a byte-order mark is certain; a strict UTF-8 decode of non-ASCII bytes is near
certain (other encodings rarely form valid UTF-8 by chance), and it beats a declared single-byte
charset because a wrong declaration is the common failure in scraped pages; then the declared
charset (HTML meta or XML declaration); then cp1252 when it reads as Western European text, and
charset-normalizer's detection when it does not. The encoding actually used is returned so it can
be recorded.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from dataclasses import dataclass

from newsgrab import settings
from newsgrab.errors import BinaryInput, EmptyInput, TooLarge, Undecodable

_GZIP_MAGIC = b"\x1f\x8b"
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # checked before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: magic numbers of common binary files met in scraped folders, with a name for the error message
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"RIFF", "a RIFF media file (WebP, WAV, AVI)"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
)
_DECLARED_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
#: WHATWG: these labels mean windows-1252 in a browser, so they mean it here too
_WHATWG_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252",
                   "us-ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252"}
_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13, 27})
#: share of letters outside ASCII above which a cp1252 reading is implausible. Dense Western
#: European prose stays under 0.2 (French, German, Portuguese); Cyrillic or Greek bytes read as
#: cp1252 give about 0.8 (almost every letter accented).
MAX_WESTERN_NON_ASCII_LETTER_SHARE = 0.4


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text and how it was obtained."""

    text: str
    encoding: str
    was_gzip: bool = False
    #: the bytes `text` is the strict UTF-8 decoding of, when it is one (no BOM): the HTML parser
    #: reads them directly
    utf8: bytes | None = None


def unpack_gzip(data: bytes, limit: int) -> bytes:
    """Unpack gzip bytes, refusing to produce more than `limit` bytes (a gzip bomb stops here)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise BinaryInput(f"gzip data is corrupt ({exc})") from exc
    if len(out) > limit or inflater.unconsumed_tail:
        raise TooLarge(f"gzip content unpacks to more than {limit:,} bytes")
    # several gzip members in a row are legal; read them with the standard reader, still capped
    if inflater.unused_data:
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
                out = fh.read(limit + 1)
        except (OSError, EOFError) as exc:
            raise BinaryInput(f"gzip data is corrupt ({exc})") from exc
        if len(out) > limit:
            raise TooLarge(f"gzip content unpacks to more than {limit:,} bytes")
    return out


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _check_binary(data: bytes) -> None:
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise BinaryInput(f"this is {what}, not HTML or text")
    head = data[: settings.SNIFF_BYTES]
    if b"\x00" in head:
        raise BinaryInput("the input holds NUL bytes: it is binary, not HTML or text")
    controls = len(head) - len(head.translate(None, _CONTROL))  # one pass in C
    if head and controls / len(head) > settings.MAX_CONTROL_BYTE_SHARE:
        raise BinaryInput("the input is mostly control bytes: it is binary, not HTML or text")


def _declared(data: bytes) -> str | None:
    match = _DECLARED_RE.search(data[: settings.SNIFF_BYTES * 4])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii", "replace").lower()
    label = _WHATWG_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _non_ascii_letter_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if ord(c) > 127) / len(letters) if letters else 0.0


def _detect(data: bytes) -> str | None:
    """cp1252 when it reads like a Western European language, else statistical detection.

    Undeclared non-UTF-8 pages are mostly cp1252/Latin-1, and statistical detectors misread short
    Western texts (as cp1250 or mac-roman), so cp1252 is tried first. But nearly any byte decodes
    in cp1252: Cyrillic or Greek bytes come out as runs of accented Latin letters. When most
    letters are non-ASCII (or a byte is undefined in cp1252), charset-normalizer decides. It is
    called directly, not through bs4's UnicodeDammit, whose detector is whichever of cchardet,
    chardet or charset-normalizer happens to be installed: the result must not depend on that.
    """
    sample = data[: settings.SNIFF_BYTES * 4].decode("cp1252", errors="replace")
    if _non_ascii_letter_share(sample) <= MAX_WESTERN_NON_ASCII_LETTER_SHARE:
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            return "cp1252"
    from charset_normalizer import from_bytes  # lazy: only undeclared non-UTF-8 input pays for it

    best = from_bytes(data).best()
    if best is None:
        return None
    try:
        return codecs.lookup(best.encoding).name
    except LookupError:
        return None


def decode(data: bytes, *, max_bytes: int = settings.MAX_INPUT_BYTES) -> Decoded:
    """Decode one input's raw bytes, or raise a typed error saying why it cannot be read."""
    if len(data) > max_bytes:
        raise TooLarge(f"input is {len(data):,} bytes, over the limit of {max_bytes:,}")
    was_gzip = data.startswith(_GZIP_MAGIC)
    if was_gzip:
        data = unpack_gzip(data, max_bytes)
    if not data or data.isspace():  # isspace stops at the first other byte; strip() would copy
        raise EmptyInput("the input is empty" if not data else "the input holds only whitespace")
    text, encoding = _decode_text(data)
    if not text or text.isspace():  # Unicode whitespace too: a lone no-break space is not an article
        raise EmptyInput("the input holds only whitespace")
    utf8 = data if encoding == "utf-8" and not data.startswith(codecs.BOM_UTF8) else None
    return Decoded(text, encoding, was_gzip, utf8)


def _decode_text(data: bytes) -> tuple[str, str]:
    """BOM, strict UTF-8, declared charset, detection, cp1252: the first that decodes wins."""
    bom = _bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace").lstrip("\ufeff"), bom.replace("-sig", "")
    _check_binary(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared(data)
    if declared and declared != "utf-8":
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    detected = _detect(data)
    if detected:
        try:
            return data.decode(detected), detected
        except (UnicodeDecodeError, LookupError):
            pass
    # cp1252 maps nearly every byte; the few it leaves undefined become U+FFFD
    return data.decode("cp1252", errors="replace"), "cp1252"


__all__ = ["Decoded", "Undecodable", "decode", "unpack_gzip"]
