"""The page's lead image: the picture a share card or a reader sees first, wherever it sits in the page.

Order of trust: og:image (its secure_url, url) > the JSON-LD article's image (an ImageObject, a
list, or a reference into a Yoast graph) > twitter:image > the picture beside the headline (above
it first, as hero images sit, then below it: pictures in the article header, read from the intact
tree, whether or not the content stage keeps that part of the page). The first one that is a web
URL and no page furniture (a logo, an icon, a share button, a tracking pixel: the image filters of
rules/media_hosts.toml, read from the URL) is the lead, marked `role="lead"`; the assembler lists it
before every other media item.
"""

from __future__ import annotations

import re

import lxml.html

from newsgrab import urls
from newsgrab.media.classify import classify_url, is_furniture_url
from newsgrab.media.elements import media_from_element
from newsgrab.meta.headerzone import header_parts
from newsgrab.meta.jsonld import JsonLdInfo
from newsgrab.meta.pagescan import PageScan
from newsgrab.model import LEAD_ROLE, Media
from newsgrab.whitespace import fold_space

#: pixels; a picture by the headline with a declared side under this is a thumbnail or an icon
MIN_LEAD_PIXELS = 200
#: words of an image path that say it is no lead photo: a vector drawing, the author's portrait
_NOT_A_LEAD_PATH_WORDS = frozenset({"svg", "author", "authors", "byline", "bylines", "avatar", "avatars", "profile"})
_PATH_WORD_RE = re.compile(r"[^a-z0-9]+")
_OG_IMAGE_KEYS = ("og:image:secure_url", "og:image:url", "og:image")
_TWITTER_IMAGE_KEYS = ("twitter:image", "twitter:image:src")


def lead_image(scan: PageScan, ld: JsonLdInfo, base: str | None) -> tuple[Media, str] | None:
    """(the lead image, its source label), or None when the page names none."""
    candidates: list[tuple[str, str, str | None]] = [
        (v, "opengraph", "og:image:alt") for k in _OG_IMAGE_KEYS for v in scan.meta.get(k, ())[:1]]
    candidates += [(ld.image, "json-ld", None)] if ld.image else []
    candidates += [(v, "twitter", "twitter:image:alt") for k in _TWITTER_IMAGE_KEYS for v in scan.meta.get(k, ())[:1]]
    for raw, source, alt_key in candidates:
        url = urls.absolute(raw, base)
        if url and _is_picture(url):
            alt = next(iter(scan.meta.get(alt_key, ())), None) if alt_key else None
            return Media(kind="image", url=url, alt=fold_space(alt) if alt else None, role=LEAD_ROLE), source
    if scan.headline is None:
        return None
    for part, _text in header_parts(scan, preceding_first=True):
        for img in part.iter("img"):
            if _is_small(img):
                continue
            parent = img.getparent()
            holder = parent if parent is not None and parent.tag == "picture" else img
            item = next((m for m in media_from_element(holder, base) if m.kind == "image" and _is_picture(m.url)), None)
            if item is not None:
                item.role = LEAD_ROLE
                return item, "headline"
    return None


def _is_picture(url: str) -> bool:
    """A photo's URL (by extension, or none: image CDNs often serve without one) that is no furniture.
    Vector images are drawings (logos, icons, rendered formulas) and an author's portrait is the
    byline's, never the article's lead photo."""
    item = classify_url(url, embeds=False)
    if item is not None and item.kind != "image":
        return False
    parts = urls.split(url)
    words = set(_PATH_WORD_RE.split(parts.path.lower())) if parts else set()
    return words.isdisjoint(_NOT_A_LEAD_PATH_WORDS) and not is_furniture_url(url)


def _is_small(img: lxml.html.HtmlElement) -> bool:
    """An <img> whose declared width or height is under MIN_LEAD_PIXELS: a thumbnail, an icon, an avatar."""
    for side in (img.get("width"), img.get("height")):
        digits = (side or "").strip().removesuffix("px")
        if digits.isdigit() and int(digits) < MIN_LEAD_PIXELS:
            return True
    return False
