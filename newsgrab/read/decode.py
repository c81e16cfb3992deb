"""Raw bytes to text: unpack gzip, recognise wide Unicode, refuse binary, then UTF-8, declared charset, detection.

Order of trust: a byte-order mark is certain; so is the zero-byte pattern of UTF-16 or UTF-32 text
without one (markup and spaces are ASCII, whose high bytes are zero). A strict UTF-8 decode of
non-ASCII bytes is near certain (other encodings rarely form valid UTF-8 by chance), and it beats a
declared single-byte charset because a wrong declaration is the common failure in scraped pages.
Text that is UTF-8 but for a few bad bytes (a stray byte pasted from another page) stays UTF-8, the
bad bytes each becoming U+FFFD, when its valid multi-byte characters outnumber them: a page in
another encoding has almost none. Then the declared charset (HTML meta or XML declaration); then
cp1252 when it reads as Western European text, and charset-normalizer's detection when it does not.
Bytes that no reading turns into text are `Undecodable`.

What was lost on the way is said, not hidden: `Decoded.warnings` holds `invalid-bytes` (bytes
replaced by U+FFFD) and `truncated-input` (a gzip stream or a character cut off at the end).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from newsgrab import settings
from newsgrab.errors import BinaryInput, EmptyInput, TooLarge, Undecodable
from newsgrab.read.unpack import GZIP_MAGIC, unpack_gzip

#: warning: some bytes were invalid in the encoding used and became U+FFFD
INVALID_BYTES = "invalid-bytes"
#: warning: the input stops before its end (a cut-off gzip stream, or a last character cut in half)
TRUNCATED_INPUT = "truncated-input"

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
_CONTROL_CHARS = dict.fromkeys(_CONTROL)
#: share of letters outside ASCII above which a cp1252 reading is implausible. Dense Western
#: European prose stays under 0.2 (French, German, Portuguese); Cyrillic or Greek bytes read as
#: cp1252 give about 0.8 (almost every letter accented).
MAX_WESTERN_NON_ASCII_LETTER_SHARE = 0.4
#: valid multi-byte UTF-8 characters needed per invalid sequence to read bytes as UTF-8 with the
#: invalid ones replaced. A declared UTF-8 page needs only as many valid as invalid; undeclared
#: bytes need twice as many. Text in the legacy multi-byte encodings forms some valid UTF-8 pairs
#: by chance, but far fewer than invalid ones: at most 0.26 valid per invalid (Chinese, Japanese
#: and Korean prose in EUC-KR, GBK, Big5, Shift_JIS, EUC-JP), none in Cyrillic or Greek code pages.
MIN_VALID_PER_INVALID_DECLARED = 1
MIN_VALID_PER_INVALID_UNDECLARED = 2
#: share of the wide units in the sniffed head whose high bytes must be zero for BOM-less UTF-16
#: (ASCII markup, spaces and digits; a page in a non-Latin script still has its markup and spaces)
MIN_WIDE_ASCII_SHARE = 0.1
#: share of units whose low byte is zero above which the bytes are not UTF-16 of that byte order
#: (characters U+xx00 are rare; binary data has zeros everywhere)
MAX_WIDE_LOW_ZERO_SHARE = 0.02
#: decoding errors that mean the bytes stop inside a character, not that a byte is wrong
_CUT_OFF_REASONS = frozenset({"unexpected end of data", "truncated data"})
_REPLACEMENT_UTF8 = "\ufffd".encode()


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text and how it was obtained."""

    text: str
    encoding: str
    was_gzip: bool = False
    #: the bytes `text` is the strict UTF-8 decoding of, when it is one (no BOM): the HTML parser
    #: reads them directly
    utf8: bytes | None = None
    #: what was lost while reading: `INVALID_BYTES`, `TRUNCATED_INPUT`
    warnings: tuple[str, ...] = ()


def decode(data: bytes, *, max_bytes: int = settings.MAX_INPUT_BYTES) -> Decoded:
    """Decode one input's raw bytes, or raise a typed error saying why it cannot be read.

    `max_bytes` caps the input and, for gzip, its unpacked content.
    """
    if len(data) > max_bytes:
        raise TooLarge(f"input is {len(data):,} bytes, over the limit of {max_bytes:,}")
    was_gzip = data.startswith(GZIP_MAGIC)
    warnings: list[str] = []
    if was_gzip:
        unpacked = unpack_gzip(data, max_bytes)
        data = unpacked.data
        if unpacked.truncated:
            warnings.append(TRUNCATED_INPUT)
    if not data or data.isspace():  # isspace stops at the first other byte; strip() would copy
        raise EmptyInput("the input is empty" if not data else "the input holds only whitespace")
    reading = _read_text(data, cut_off=was_gzip and bool(warnings))
    if not reading.text or reading.text.isspace():  # Unicode whitespace: a lone no-break space is no article
        raise EmptyInput("the input holds only whitespace")
    warnings.extend(w for w in reading.warnings if w not in warnings)
    return Decoded(reading.text, reading.encoding, was_gzip, reading.utf8, tuple(warnings))


@dataclass(frozen=True, slots=True)
class _Reading:
    text: str
    encoding: str
    utf8: bytes | None = None
    warnings: tuple[str, ...] = ()


def _read_text(data: bytes, cut_off: bool) -> _Reading:
    """BOM, BOM-less UTF-16/32, strict UTF-8, mostly UTF-8, declared charset, detection: the first that fits."""
    bom = _bom_encoding(data)
    if bom:
        text, warnings = _decode_reporting(data, bom)
        return _Reading(text.lstrip("\ufeff"), bom.replace("-sig", ""), warnings=warnings)
    wide = _wide_unicode(data)
    if wide:
        return wide
    _check_binary(data)
    try:
        return _Reading(data.decode("utf-8"), "utf-8", utf8=data)
    except UnicodeDecodeError as exc:  # kept without its traceback, whose frame holds it: no cycle a page
        first_error = exc.with_traceback(None)
    declared = _declared(data)
    utf8 = _mostly_utf8(data, first_error, declared == "utf-8" or cut_off)
    if utf8:
        return utf8
    if declared and declared != "utf-8":
        try:
            return _Reading(data.decode(declared), declared)
        except UnicodeDecodeError:
            pass
    detected = _detect(data)
    if detected:
        try:
            return _Reading(data.decode(detected), detected)
        except (UnicodeDecodeError, LookupError):
            pass
    raise Undecodable("no encoding reads these bytes as text (not UTF-8, no usable declared charset, "
                      "and detection found none)")


def _decode_reporting(data: bytes, codec: str) -> tuple[str, tuple[str, ...]]:
    """`data` decoded with `codec`: strictly if it can be, else with what was lost said."""
    try:
        return data.decode(codec), ()
    except UnicodeDecodeError as exc:
        if exc.reason in _CUT_OFF_REASONS and exc.end == len(data):
            try:
                return data[: exc.start].decode(codec), (TRUNCATED_INPUT,)
            except UnicodeDecodeError:
                pass
        return data.decode(codec, errors="replace"), (INVALID_BYTES,)


def _mostly_utf8(data: bytes, first_error: UnicodeDecodeError, expect_utf8: bool) -> _Reading | None:
    """The UTF-8 reading of `data` (not strict UTF-8: `first_error` says where it first fails) when
    it is UTF-8 but for a character cut off at its end or a few bad bytes; else None.

    `expect_utf8`: the page declares UTF-8, or it is known to be cut off (so a character cut in
    half at its end is no evidence against UTF-8).
    """
    if first_error.reason in _CUT_OFF_REASONS and first_error.end == len(data):
        # the bytes stop inside a character, and everything before it is UTF-8
        text = data[: first_error.start].decode("utf-8")
        if expect_utf8 or not text.isascii():
            return _Reading(text, "utf-8", utf8=data[: first_error.start], warnings=(TRUNCATED_INPUT,))
        return None
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count(_REPLACEMENT_UTF8)  # a U+FFFD the page itself holds is no error
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - text.count("\ufffd")
    ratio = MIN_VALID_PER_INVALID_DECLARED if expect_utf8 else MIN_VALID_PER_INVALID_UNDECLARED
    if replaced > 0 and valid >= ratio * replaced:
        return _Reading(text, "utf-8", warnings=(INVALID_BYTES,))
    return None


def _wide_unicode(data: bytes) -> _Reading | None:
    """UTF-32 or UTF-16 without a byte-order mark, told by where the zero bytes fall.

    ASCII characters (markup, spaces, digits, Latin letters) have zero high bytes: in UTF-16 LE
    every second byte of them is zero, in UTF-32 LE the last three of every four. So when a
    byte order's high-byte positions are often zero and its low-byte positions almost never, the
    bytes may be that encoding; they are when they then decode without an error and pass the
    control-character test. Text without ASCII in its head (Chinese or Japanese prose, no markup)
    has no such pattern and is not recognised.
    """
    head = data[: settings.BINARY_SNIFF_BYTES]
    if b"\x00" not in head:
        return None
    for codec, unit, high, low in (("utf-32-le", 4, (2, 3), 0), ("utf-32-be", 4, (0, 1), 3),
                                   ("utf-16-le", 2, (1,), 0), ("utf-16-be", 2, (0,), 1)):
        units = len(head) // unit
        if units < 2:
            continue
        span = units * unit
        low_zeros = head[low:span:unit].count(0)
        if low_zeros > MAX_WIDE_LOW_ZERO_SHARE * units:
            continue
        if unit == 4 and any(head[at:span:unit].count(0) < units for at in high):
            continue  # UTF-32 text below U+10000 has both high bytes zero in every unit
        if unit == 2 and head[high[0]:span:unit].count(0) < MIN_WIDE_ASCII_SHARE * units:
            continue
        text, warnings = _decode_reporting(data, codec)
        if INVALID_BYTES in warnings:
            return None  # binary with zeros in one place: its other bytes soon form an unpaired surrogate
        sample = text[: settings.BINARY_SNIFF_BYTES]
        controls = len(sample) - len(sample.translate(_CONTROL_CHARS))
        if "\x00" in sample or controls > settings.MAX_CONTROL_BYTE_SHARE * len(sample):
            return None
        return _Reading(text, codec, warnings=warnings)
    return None


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _check_binary(data: bytes) -> None:
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise BinaryInput(f"this is {what}, not HTML or text")
    head = data[: settings.BINARY_SNIFF_BYTES]
    if b"\x00" in head:
        raise BinaryInput("the input holds NUL bytes: it is binary, not HTML or text")
    controls = len(head) - len(head.translate(None, _CONTROL))  # one pass in C
    if head and controls / len(head) > settings.MAX_CONTROL_BYTE_SHARE:
        raise BinaryInput("the input is mostly control bytes: it is binary, not HTML or text")


def _declared(data: bytes) -> str | None:
    match = _DECLARED_RE.search(data[: settings.DECLARATION_SNIFF_BYTES])
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
    sample = data[: settings.WESTERN_SAMPLE_BYTES].decode("cp1252", errors="replace")
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


__all__ = ["INVALID_BYTES", "TRUNCATED_INPUT", "Decoded", "Undecodable", "decode", "unpack_gzip"]
