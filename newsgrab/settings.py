"""Numeric tunables, each with its unit and the reason for its value.

Scoring and cleaning code imports these names; a bare number in that code is a review failure.
`Options` lets a caller override the ones that are user-facing.
"""

from __future__ import annotations

# --- the cyclic garbage collector ------------------------------------------------------------
#: whether `extract` holds off Python's cyclic garbage collector for the length of its call (see
#: `api.extract`). Off by default: the collector is one switch for the whole process, and in a host
#: whose threads call `extract` all the time the calls would keep it off for the host's own cycles
#: too. The command line turns it on in its own processes (`cli.runner.warm_up`), which convert on
#: one thread each.
PAUSE_GC_DURING_EXTRACT: bool = False

# --- input limits ---------------------------------------------------------------------------
#: bytes; the default cap on one input, and on the unpacked content of gzip input (a news page is
#: rarely over 5 MB; 50 MB leaves room for pages with inlined images while stopping runaway files
#: and gzip bombs long before memory is hurt).
MAX_INPUT_BYTES: int = 50 * 1024 * 1024
#: share of control bytes (NUL excluded, it is checked on its own) above which input is binary.
MAX_CONTROL_BYTE_SHARE: float = 0.05
#: bytes at the start of an input checked for NUL and control bytes (binary or not) and for the
#: zero-byte pattern of UTF-16/32 without a byte-order mark: a few lines of any text file.
BINARY_SNIFF_BYTES: int = 4096
#: bytes at the start of an input searched for a charset declaration (`<meta charset>`, the XML
#: declaration): the whole <head> of most pages, scripts and styles before the meta tag included.
DECLARATION_SNIFF_BYTES: int = 16384
#: bytes read to judge whether undeclared non-UTF-8 input is Western European cp1252 text: a few
#: paragraphs, enough letters for a stable share of accented ones.
WESTERN_SAMPLE_BYTES: int = 16384
#: characters at the start of decoded input looked at to tell HTML from text: a doctype, a root
#: element or a few element tags appear within the head of any page.
KIND_SNIFF_CHARS: int = 16384

# --- text input -----------------------------------------------------------------------------
#: characters; no title is longer: a longer first line of a text input, or a longer <title>,
#: og:title or headline of a page, is not taken as the title.
MAX_TITLE_CHARS: int = 300
#: lines; how far into a text input header lines (By ..., Region: ...) are looked for.
MAX_HEADER_LINES: int = 15

# --- boilerplate pass -----------------------------------------------------------------------
#: characters; a block at most this long counts as "short" for structural notice evidence.
SHORT_BLOCK_CHARS: int = 120
#: share of a block that is link text above which a short block is link-heavy.
LINK_HEAVY_DENSITY: float = 0.6
#: characters; the body left after cleaning below which the sieve backs off (see api.extract).
MIN_ARTICLE_CHARS: int = 200
