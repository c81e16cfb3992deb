"""Numeric tunables, each with its unit and the reason for its value.

Scoring and cleaning code imports these names; a bare number in that code is a review failure.
`Options` lets a caller override the ones that are user-facing.
"""

from __future__ import annotations

# --- input limits ---------------------------------------------------------------------------
#: bytes; the default cap on one input (a news page is rarely over 5 MB; 50 MB leaves room
#: for pages with inlined images while stopping runaway files).
MAX_INPUT_BYTES: int = 50 * 1024 * 1024
#: bytes; cap on the unpacked size of gzip input (stops a gzip bomb long before memory is hurt).
MAX_UNPACKED_BYTES: int = 50 * 1024 * 1024
#: share of control bytes (NUL excluded, it is checked on its own) above which input is binary.
MAX_CONTROL_BYTE_SHARE: float = 0.05
#: bytes looked at when sniffing binary-ness and HTML-ness (enough for a doctype and a head).
SNIFF_BYTES: int = 4096

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
