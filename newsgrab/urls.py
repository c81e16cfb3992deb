"""URL helpers that never raise: scraped pages hold malformed URLs ("http://[::1", stray brackets).

`urllib.parse` raises ValueError on some of them; one bad href must not fail a whole page, so every
stage resolves and splits URLs through these two functions.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit


def split(url: str) -> SplitResult | None:
    """`urlsplit(url)`, or None when the URL is malformed."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def join(base: str | None, url: str) -> str | None:
    """`url` made absolute against `base` (unchanged without a base), or None when either is malformed."""
    try:
        return urljoin(base, url) if base else url
    except ValueError:
        return None


def host(url: str | None) -> str:
    """The lower-cased host name of `url` without port, or "" when there is none or it is malformed."""
    parts = split(url or "")
    return parts.netloc.lower().rsplit("@", 1)[-1].split(":")[0] if parts else ""
