"""Media links: recognise media files and embed hosts in a URL (hosts are data: rules/media_hosts.toml).

Text input and HTML both ask `classify_url` what a URL is; the HTML stage hands each media-bearing
element (img, picture, figure, video, audio, iframe, embed, embed blockquotes) to
`media_from_element` (media/elements.py), which never changes the tree or the text.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import parse_qs

from newsgrab import urls
from newsgrab.model import Media

VIDEO_EXTENSIONS = frozenset({".mp4", ".webm", ".m3u8", ".mov", ".m4v", ".ogv", ".mpd", ".flv", ".avi", ".mkv"})
AUDIO_EXTENSIONS = frozenset({".mp3", ".m4a", ".ogg", ".oga", ".wav", ".aac", ".flac", ".opus"})
IMAGE_EXTENSIONS = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"})
MEDIA_KINDS = frozenset({"image", "video", "audio", "embed"})
#: any known extension anywhere in a URL (case-insensitive, as the path is lower-cased before the test)
_EXTENSION_RE = re.compile(
    "|".join(re.escape(ext) for ext in sorted(VIDEO_EXTENSIONS | AUDIO_EXTENSIONS | IMAGE_EXTENSIONS)), re.IGNORECASE
)
#: a video or audio extension anywhere in a lower-cased ASCII URL: `media_file_link`'s cheap first test. The
#: extensions are lower-case ASCII, so on an ASCII URL lower-cased it matches where the case-blind pattern
#: matches the URL, and a search without IGNORECASE takes half the time (the text path asks it of every link)
_PLAYED_EXTENSION_RE = re.compile("|".join(re.escape(ext) for ext in sorted(VIDEO_EXTENSIONS | AUDIO_EXTENSIONS)))
#: characters `urlsplit` deletes from a URL (they could split an extension in the raw string)
_DELETED_URL_CHARS = ("\t", "\n", "\r")


@dataclass(frozen=True, slots=True)
class MediaHost:
    """One embed host from media_hosts.toml."""

    id: str
    kind: str
    provider: str
    hosts: tuple[str, ...]
    id_pattern: re.Pattern[str] | None
    canonical: str | None
    example: str
    example_canonical: str | None = None
    canonical_from_query: str | None = None

    def canonical_url(self, url: str) -> str:
        """The host's canonical watch/view URL for `url`, or `url` itself when no id is found."""
        wrapped = self.wrapped_url(url)
        if wrapped:
            return wrapped
        if self.id_pattern is None or self.canonical is None:
            return url
        match = self.id_pattern.search(url)  # a branch with no id (a page whose id is not the player's) keeps it
        return self.canonical.format(id=match["id"]) if match and match["id"] else url

    def wrapped_url(self, url: str) -> str | None:
        """The real URL a player wraps in a query parameter (Facebook's href, SoundCloud's url)."""
        if not self.canonical_from_query:
            return None
        parts = urls.split(url)
        values = parse_qs(parts.query).get(self.canonical_from_query) if parts else None
        if values and values[0].startswith(("http://", "https://")) and host_for(values[0]) is self:
            return values[0]  # a like button wraps the publisher's own page: not a post of this host
        return None

    def recognises(self, url: str) -> bool:
        """Whether `url` names one item of this host (not its home page or a share button)."""
        return bool(self.wrapped_url(url) or (self.id_pattern is not None and self.id_pattern.search(url)))


@dataclass(frozen=True, slots=True)
class ImageFilters:
    """Which images are page furniture, not article media (the [filters] table)."""

    pixel_hosts: tuple[str, ...]
    skip_tokens: frozenset[str]
    placeholder_tokens: frozenset[str]


def _load() -> dict[str, Any]:
    return tomllib.loads(resources.files("newsgrab.rules").joinpath("media_hosts.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def media_hosts() -> tuple[MediaHost, ...]:
    """The packaged embed hosts, loaded once."""
    hosts = []
    for entry in _load().get("host", []):
        if entry["kind"] not in MEDIA_KINDS:
            raise ValueError(f"media host {entry['id']}: kind must be one of {sorted(MEDIA_KINDS)}")
        pattern = entry.get("id_pattern")
        hosts.append(
            MediaHost(
                id=entry["id"],
                kind=entry["kind"],
                provider=entry["provider"],
                hosts=tuple(entry["hosts"]),
                id_pattern=re.compile(pattern) if pattern else None,
                canonical=entry.get("canonical"),
                example=entry["example"],
                example_canonical=entry.get("example_canonical"),
                canonical_from_query=entry.get("canonical_from_query"),
            )
        )
    return tuple(hosts)


@lru_cache(maxsize=1)
def image_filters() -> ImageFilters:
    """The packaged image filters, loaded once."""
    raw = _load().get("filters", {})
    return ImageFilters(
        pixel_hosts=tuple(raw.get("pixel_hosts", ())),
        skip_tokens=frozenset(raw.get("skip_tokens", ())),
        placeholder_tokens=frozenset(raw.get("placeholder_tokens", ())),
    )


@lru_cache(maxsize=1)
def _host_index() -> dict[str, MediaHost]:
    return {domain: host for host in media_hosts() for domain in host.hosts}


def host_for(url: str) -> MediaHost | None:
    """The embed host serving `url`, if it is a known one (a dict look-up per domain suffix)."""
    netloc = urls.host(url)
    index = _host_index()
    labels = netloc.split(".")
    for start in range(len(labels) - 1):
        host = index.get(".".join(labels[start:]))
        if host is not None:
            return host
    return None


def extension_kind(url: str) -> str | None:
    """image / video / audio from the URL path's file extension, else None.

    An ASCII URL holding no known extension anywhere has none at the end of its path: that answer
    costs one regex search instead of a split (most links of a page point at other pages).
    """
    if url.isascii() and _EXTENSION_RE.search(url) is None and not any(c in url for c in _DELETED_URL_CHARS):
        return None
    parts = urls.split(url)
    path = parts.path.lower() if parts else ""
    dot = path.rfind(".")
    if dot < 0:
        return None
    ext = path[dot:]
    if ext in VIDEO_EXTENSIONS:
        return "video"
    if ext in AUDIO_EXTENSIONS:
        return "audio"
    if ext in IMAGE_EXTENSIONS:
        return "image"
    return None


#: an address printed in a text: its scheme, then no space nor a bracket or quote, not closed by a
#: sentence's stop
PRINTED_ADDRESS_RE = re.compile(r"https?://[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?]")

def classify_url(url: str, *, embeds: bool = True) -> Media | None:
    """A Media item when `url` points at a media file (or, with `embeds`, a known embed host)."""
    if embeds:
        host = host_for(url)
        if host is not None and host.recognises(url):
            return Media(kind=host.kind, url=host.canonical_url(url), provider=host.provider)
    kind = extension_kind(url)
    if kind:
        return Media(kind=kind, url=url)
    return None


def is_pixel_url(url: str) -> bool:
    """A known tracking/analytics/ad host or path (the [filters] pixel_hosts list).

    The host and path the hosts are matched against are one stretch of the URL, so an ASCII URL
    (nothing urlsplit deletes in it) that holds no pixel host anywhere is not one: one regex
    search instead of a split (most images are not pixels).
    """
    prefixes, inner = _pixel_matchers()
    if url.isascii() and not _holds_pixel_host(url.lower()) and not any(c in url for c in _DELETED_URL_CHARS):
        return False
    split = urls.split(url)
    if split is None:
        return False
    target = (split.netloc.lower() + split.path.lower())
    return target.startswith(prefixes) or (inner is not None and inner.search(target) is not None)


def _holds_pixel_host(low: str) -> bool:
    """Whether a lower-cased URL holds a pixel host anywhere (plain substring tests, cheaper than
    one case-blind alternation of the hosts)."""
    return any(pixel_host in low for pixel_host in image_filters().pixel_hosts)


@lru_cache(maxsize=1)
def _pixel_matchers() -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The pixel hosts as one prefix tuple ("host", "www.host") and one alternation (".host"):
    built once instead of two f-strings per host on every image."""
    hosts = image_filters().pixel_hosts
    prefixes = tuple(hosts) + tuple(f"www.{p}" for p in hosts)
    inner = re.compile("|".join(re.escape(f".{p}") for p in hosts)) if hosts else None
    return prefixes, inner


#: what separates the words of a URL path ("/img/site-logo_2x.png" -> img, site, logo, 2x, png)
_URL_WORD_SPLIT_RE = re.compile(r"[^a-z0-9]+")


def is_furniture_url(url: str) -> bool:
    """Whether an image URL alone says it is page furniture: a tracking pixel's host, or a logo, icon,
    avatar, share button or ad named in its path (the [filters] of media_hosts.toml). For images known
    only by URL (og:image), where there is no element whose class or size could say more."""
    if is_pixel_url(url):
        return True
    parts = urls.split(url)
    words = _URL_WORD_SPLIT_RE.split((parts.path if parts else url).lower())
    skip = image_filters().skip_tokens
    return any(word in skip or word.removesuffix("s") in skip for word in words)  # "logos/", "avatars/"


#: what separates the words of an image's file name for the placeholder test ("blank_1x1.gif")
_NAME_WORD_SPLIT_RE = re.compile(r"[\s_\-/.,:;()]+")


def is_placeholder_url(url: str) -> bool:
    """Whether an image's file name says it stands in for the picture (a blank, spacer, 1x1 or lazy
    loading image: the [filters] placeholder_tokens), which the HTML path passes over for the real
    picture's lazy attribute."""
    name = url.rsplit("/", 1)[-1].lower()
    return not set(_NAME_WORD_SPLIT_RE.split(name)).isdisjoint(image_filters().placeholder_tokens)


def is_stray_image_url(url: str) -> bool:
    """Whether an image known by its URL alone (a converter's `![alt](src)`) is no article picture: a
    tracking pixel, page furniture named in its path (`is_furniture_url`) or a placeholder. The HTML
    path leaves these out of `media` by the same lists; a text dump keeps no size or class to say more."""
    return is_furniture_url(url) or is_placeholder_url(url)


def shown_address_medium(shown: str, url: str) -> Media | None:
    """The medium a link is when its text is its own address (up to the scheme, "www." and a closing
    slash) at a player's host: a video, a sound, an embed ("https://www.youtube.com/watch?v=...",
    "https://rumble.com/v4...", a podcast's page). A cross-post pastes its video as that address where
    the original embedded it, and the text path reads such a link as the medium (text/inline.py). A
    link with words of its own ("the minutes", "this video") is a link; a picture's address shown as
    a link shows no picture. None for every other link, answered at once when the text holds a space or
    no dot (most links' words)."""
    if " " in shown or "." not in shown:
        return None
    if _bare_address(shown) != _bare_address(url):
        return None
    found = classify_url(url)
    return found if found is not None and found.kind != "image" else None


def played_in_text(text: str) -> list[Media]:
    """The media a text prints as bare addresses at a player's host ("Watch it here:
    https://rumble.com/v4abcde-harbour.html"): a cross-post pastes a video's address where the original
    embedded it, and the text path reads such an address as the medium (text/inline.py). Pictures'
    addresses are left (a picture printed as its address shows none), as is every other address."""
    found: list[Media] = []
    for match in PRINTED_ADDRESS_RE.finditer(text):
        medium = classify_url(match.group(0))
        if medium is not None and medium.kind != "image" and medium not in found:
            found.append(medium)
    return found


def _bare_address(address: str) -> str:
    """`address` without its scheme, a leading "www." and a closing slash."""
    address = address.split("://", 1)[-1]
    return (address[4:] if address.startswith("www.") else address).rstrip("/")


def media_file_link(url: str) -> Media | None:
    """A link straight to a video or audio file (.mp4, .mp3, ...) is article media; images are not.

    An ASCII URL without the characters `urlsplit` deletes holds its path as it is, so one whose
    path ends in a video or audio extension holds that extension: a URL holding none is answered
    without `extension_kind` (most links are to pages or images; the text path asks for every
    markdown link)."""
    if (url.isascii() and _PLAYED_EXTENSION_RE.search(url.lower()) is None
            and "\t" not in url and "\n" not in url and "\r" not in url):
        return None
    kind = extension_kind(url)
    return Media(kind=kind, url=url) if kind in ("video", "audio") else None
