"""Media links: recognise media files and embed hosts in a URL (hosts are data: rules/media_hosts.toml).

Text input and HTML both ask `classify_url` what a URL is; the HTML stage also collects images,
video/audio elements and iframes from the tree.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from newsgrab.model import Media

VIDEO_EXTENSIONS = frozenset({".mp4", ".webm", ".m3u8", ".mov", ".m4v", ".ogv", ".mpd", ".flv", ".avi", ".mkv"})
AUDIO_EXTENSIONS = frozenset({".mp3", ".m4a", ".ogg", ".oga", ".wav", ".aac", ".flac", ".opus"})
IMAGE_EXTENSIONS = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"})


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

    def canonical_url(self, url: str) -> str:
        """The host's canonical watch/view URL for `url`, or `url` itself when no id is found."""
        if self.id_pattern is None or self.canonical is None:
            return url
        match = self.id_pattern.search(url)
        return self.canonical.format(id=match["id"]) if match else url


@lru_cache(maxsize=1)
def media_hosts() -> tuple[MediaHost, ...]:
    """The packaged embed hosts, loaded once."""
    raw = tomllib.loads(resources.files("newsgrab.rules").joinpath("media_hosts.toml").read_text("utf-8"))
    hosts = []
    for entry in raw.get("host", []):
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
            )
        )
    return tuple(hosts)


def host_for(url: str) -> MediaHost | None:
    """The embed host serving `url`, if it is a known one."""
    netloc = urlsplit(url).netloc.lower().split(":")[0]
    for host in media_hosts():
        if any(netloc == h or netloc.endswith("." + h) for h in host.hosts):
            return host
    return None


def extension_kind(url: str) -> str | None:
    """image / video / audio from the URL path's file extension, else None."""
    path = urlsplit(url).path.lower()
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


def classify_url(url: str, *, embeds: bool = True) -> Media | None:
    """A Media item when `url` points at a media file (or, with `embeds`, a known embed host)."""
    kind = extension_kind(url)
    if kind:
        return Media(kind=kind, url=url)
    if embeds:
        host = host_for(url)
        if host is not None and host.id_pattern is not None and host.id_pattern.search(url):
            return Media(kind=host.kind, url=host.canonical_url(url), provider=host.provider)
    return None


def media_from_element(element: object, base_url: str | None = None) -> list[Media]:
    """Media items an HTML element holds (img, picture, figure, video, audio, iframe, embed).

    First version: src attributes only; the metadata/media work extends it (lazy attributes,
    srcset, captions, credits, pixel filtering).
    """
    from urllib.parse import urljoin

    from lxml.html import HtmlElement

    if not isinstance(element, HtmlElement):
        return []
    found: list[Media] = []
    for el in element.iter("img", "video", "audio", "source", "iframe", "embed"):
        src = el.get("src") or el.get("data-src")
        if not src or src.startswith("data:"):
            continue
        url = urljoin(base_url, src) if base_url else src
        if el.tag == "img":
            found.append(Media(kind="image", url=url, alt=el.get("alt") or None))
        elif el.tag in ("video", "audio"):
            found.append(Media(kind=str(el.tag), url=url))
        elif el.tag == "source":
            parent = el.getparent()
            kind = str(parent.tag) if parent is not None and parent.tag in ("video", "audio") else None
            if kind:
                found.append(Media(kind=kind, url=url))
        else:
            found.append(classify_url(url) or Media(kind="embed", url=url))
    return found
