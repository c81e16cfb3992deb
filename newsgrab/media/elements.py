"""Media in HTML elements: images (lazy, srcset, <picture>, <noscript>), video/audio, iframes, embeds, AMP.

`media_from_element(element, base_url)` walks one element's subtree once (`iter` over the media tags
only) and returns Media items: absolute URLs, deduplicated, in order of appearance. It reads the
tree and never changes it, so the body text is the same with or without media capture.

Images: the largest srcset / <picture> candidate, else a lazy-loading attribute (data-src,
data-lazy-src, data-original, ...), else src unless it is a placeholder; the <noscript> copy a
lazy-loader leaves is read when the visible <img> has no real URL. Captions and credits come from
`media.captions` (<figcaption>, a WordPress-style caption box, a trailing "Photo: X"). Tracking
pixels (1x1 or a known pixel host), icons, avatars, logos, share buttons and ads are left out
(rules/media_hosts.toml [filters]).

AMP pages name their media amp-img, amp-video, amp-iframe...: each is read as the element it
stands for (`AMP_TAGS`), and amp-youtube / amp-vimeo by their video id. `MEDIA_ELEMENT_TAGS` is
the one list of media elements: the HTML stage imports it to know which elements to hand over.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html
from lxml import etree

from newsgrab import urls
from newsgrab.media.captions import caption_near
from newsgrab.media.classify import (
    classify_url,
    extension_kind,
    host_for,
    image_filters,
    is_pixel_url,
    is_placeholder_url,
    media_file_link,
    shown_address_medium,
)
from newsgrab.memo import Memo
from newsgrab.model import Media
from newsgrab.whitespace import fold_space

#: attributes lazy-loaders keep the real image URL in, most specific (largest) first
LAZY_SRC_ATTRS = ("data-full-src", "data-hi-res-src", "data-orig-file", "data-large-file", "data-src",
                  "data-lazy-src", "data-original", "data-lazy", "data-url", "data-echo", "data-img-src")
LAZY_SRCSET_ATTRS = ("data-srcset", "data-lazy-srcset", "srcset")
IFRAME_SRC_ATTRS = ("src", "data-src", "data-lazy-src", "data-url")
#: pixels; an image whose declared width or height is at most this is a tracking pixel or spacer
MAX_PIXEL_SIZE = 2
#: pixels; an image declared at most this wide and high is an icon, not article media
MAX_ICON_SIZE = 48
#: parents looked at for class/id words that mark furniture (share bars, logos, avatars)
MAX_IMAGE_CONTEXT_DEPTH = 3
#: words; alt text longer than this is a description, so its words are not furniture tokens
MAX_ALT_TOKEN_WORDS = 4

#: AMP's media elements, each read as the plain element it stands for
AMP_TAGS: dict[str, str] = {
    "amp-img": "img",
    "amp-anim": "img",
    "amp-video": "video",
    "amp-audio": "audio",
    "amp-iframe": "iframe",
    "amp-youtube": "amp-youtube",
    "amp-vimeo": "amp-vimeo",
}
#: elements that are media themselves, read whole by `media_from_element` (the HTML stage hands
#: these over without walking inside them): <noscript> holds the real <img> of lazy-loading pages
MEDIA_ELEMENT_TAGS: Final[tuple[str, ...]] = (
    "img", "picture", "video", "audio", "iframe", "embed", "object", "noscript", *AMP_TAGS
)
#: what the walk of an element looks at: media elements, embed blockquotes and links to media files
_SCAN_TAGS = (*MEDIA_ELEMENT_TAGS, "blockquote", "a")
#: AMP players named by an id attribute: the attribute and the watch URL it fills
_AMP_ID_PLAYERS = {
    "amp-youtube": ("data-videoid", "https://www.youtube.com/watch?v={}"),
    "amp-vimeo": ("data-videoid", "https://vimeo.com/{}"),
}
_TOKEN_SPLIT_RE = re.compile(r"[\s_\-/.,:;()]+")
_SIZE_RE = re.compile(r"\s*(\d+)")
_DESCRIPTOR_RE = re.compile(r"^(?P<n>\d+(?:\.\d+)?)(?P<unit>[wx])$")
#: parent "class id" strings whose furniture verdict is remembered before the memo is emptied
_MAX_CACHED_CONTEXTS = 10_000
#: parent "class id" string -> whether it holds a furniture token: the images of a page (and of a
#: site) sit in the same few wrappers
_IS_FURNITURE_CONTEXT: Memo[str, bool] = Memo(lambda words: _furniture_test(words), _MAX_CACHED_CONTEXTS)
_EMBED_BLOCK_CLASSES = ("twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "reddit-embed-bq",
                        "fb-post", "fb-video")


def media_from_element(element: object, base_url: str | None) -> list[Media]:
    """Media items in `element`'s subtree (see module docstring); [] for anything that is not an element."""
    if not isinstance(element, lxml.html.HtmlElement):
        return []
    found: list[Media] = []
    seen: set[str] = set()
    skip: set[lxml.html.HtmlElement] = set()
    for el in element.iter(*_SCAN_TAGS):
        if el in skip:
            continue
        for item in _from_one(el, base_url, skip):
            if item.url not in seen:
                seen.add(item.url)
                found.append(item)
    return found


def _from_one(el: lxml.html.HtmlElement, base: str | None, skip: set[lxml.html.HtmlElement]) -> list[Media]:
    tag = AMP_TAGS.get(str(el.tag), el.tag)
    if tag == "img":
        return _image(el, base)
    if tag == "picture":
        skip.update(el.iter("img", "source"))
        return _picture(el, base)
    if tag == "noscript":
        skip.update(el.iter("img"))
        return [] if _has_lazy_twin(el, base) else _noscript(el, base)
    if tag in ("video", "audio"):
        skip.update(el.iter("source"))
        return _captioned(el, _av(el, str(tag), base))
    if tag in ("iframe", "embed", "object"):
        return _captioned(el, _frame(el, base))
    if tag == "blockquote":
        return _embed_block(el, base, skip)
    if tag == "a":
        return _media_link(el, base)
    if tag in _AMP_ID_PLAYERS:
        return _captioned(el, _amp_player(el, str(tag)))
    return []


def _amp_player(el: lxml.html.HtmlElement, tag: str) -> list[Media]:
    """<amp-youtube data-videoid="..."> and the like: the player's watch URL."""
    attr, template = _AMP_ID_PLAYERS[tag]
    video_id = (el.get(attr) or "").strip()
    if not video_id or not video_id.replace("-", "").replace("_", "").isalnum():
        return []
    found = classify_url(template.format(video_id))
    return [found] if found is not None else []


# ------------------------------------------------------------------ images
def largest_srcset(srcset: str | None) -> str | None:
    """The candidate with the largest width (or density) descriptor; the last one when none has one."""
    if not srcset:
        return None
    best, best_size = None, -1.0
    for candidate in re.split(r",\s+(?=\S)", srcset.strip()):
        parts = candidate.split()
        if not parts:
            continue
        size = 1.0
        if len(parts) > 1:
            match = _DESCRIPTOR_RE.match(parts[-1])
            size = float(match["n"]) * (1 if match and match["unit"] == "w" else 1000) if match else 1.0
        if size >= best_size:
            best, best_size = parts[0].rstrip(","), size
    return best




def _image_url(el: lxml.html.HtmlElement, base: str | None) -> str | None:
    # an image carries one or two of the fourteen lazy-loading attributes: the names are read
    # once, and an absent one costs a set test instead of a .get() and two calls
    names = set(el.keys())
    for attr in LAZY_SRCSET_ATTRS:
        if attr in names:
            url = urls.absolute(largest_srcset(el.get(attr)), base, keep_relative=True)
            if url:
                return url
    for attr in LAZY_SRC_ATTRS:
        if attr in names:
            url = urls.absolute(el.get(attr), base, keep_relative=True)
            if url and not url.startswith("{"):
                return url
    url = urls.absolute(el.get("src"), base, keep_relative=True)
    if url and not is_placeholder_url(url):
        return url
    return None


def _size(value: str | None) -> int | None:
    if not value:
        return None
    match = _SIZE_RE.match(value)
    return int(match.group(1)) if match else None


def _tokens(text: str) -> set[str]:
    return {t for t in _TOKEN_SPLIT_RE.split(text.lower()) if t}


def is_furniture(el: lxml.html.HtmlElement, url: str) -> bool:
    """Tracking pixel, icon, avatar, logo, share button or ad (not article media)."""
    width, height = _size(el.get("width")), _size(el.get("height"))
    if (width is not None and width <= MAX_PIXEL_SIZE) or (height is not None and height <= MAX_PIXEL_SIZE):
        return True
    if width is not None and height is not None and width <= MAX_ICON_SIZE and height <= MAX_ICON_SIZE:
        return True
    if is_pixel_url(url):
        return True
    skip = image_filters().skip_tokens
    alt = el.get("alt") or ""
    words = f"{el.get('class', '')} {el.get('id', '')} {url.split('?')[0].split('://')[-1].split('/', 1)[-1]}"
    if len(alt.split()) <= MAX_ALT_TOKEN_WORDS:
        words += " " + alt
    if _tokens(words) & skip:
        return True
    node, depth = el.getparent(), 0
    while node is not None and depth < MAX_IMAGE_CONTEXT_DEPTH and node.tag not in ("figure", "article", "body"):
        if _IS_FURNITURE_CONTEXT[f"{node.get('class', '')} {node.get('id', '')}"]:
            return True
        node, depth = node.getparent(), depth + 1
    return False


def _furniture_test(words: str) -> bool:
    """Whether a parent's "class id" string holds a furniture token (tokenising costs about 2 us)."""
    return bool(_tokens(words) & image_filters().skip_tokens)


def _image(el: lxml.html.HtmlElement, base: str | None) -> list[Media]:
    url = _image_url(el, base)
    if url is None:
        return []  # a placeholder: the <noscript> copy beside it (if any) is read on its own
    if is_furniture(el, url):
        return []
    caption, credit = caption_near(el)
    return [Media(kind="image", url=url, alt=fold_space(el.get("alt") or "") or None, caption=caption, credit=credit)]


def _picture(el: lxml.html.HtmlElement, base: str | None) -> list[Media]:
    img = el.find(".//img")
    best: tuple[float, str] | None = None
    for source in el.iter("source"):
        srcset = source.get("srcset") or source.get("data-srcset")
        url = urls.absolute(largest_srcset(srcset), base, keep_relative=True)
        if url:
            size = _srcset_width(srcset)
            if best is None or size > best[0]:
                best = (size, url)
    if img is None:
        return [Media(kind="image", url=best[1])] if best else []
    items = _image(img, base)
    if items and best and best[0] > _srcset_width(img.get("srcset") or img.get("data-srcset")):
        items[0].url = best[1]
    elif not items and best and not is_furniture(img, best[1]):
        caption, credit = caption_near(img)
        items = [Media(kind="image", url=best[1], alt=img.get("alt") or None, caption=caption, credit=credit)]
    return items


def _srcset_width(srcset: str | None) -> float:
    sizes = [float(m["n"]) for m in re.finditer(r"\s(?P<n>\d+)w\b", srcset or "")]
    return max(sizes, default=0.0)


def _has_lazy_twin(el: lxml.html.HtmlElement, base: str | None) -> bool:
    """The <img> right before a <noscript> already gave its image (lazy-loader markup)."""
    previous = el.getprevious()
    if previous is None:
        return False
    img = previous if previous.tag == "img" else previous.find(".//img")
    return img is not None and _image_url(img, base) is not None


def _noscript(el: lxml.html.HtmlElement, base: str | None) -> list[Media]:
    """A <noscript> holds markup as text (lxml does not parse it): parse it and read its images."""
    if len(el):  # parsed as elements (in <body>, lxml does): read them directly
        return [item for img in el.iter("img") for item in _image(img, base)]
    markup = el.text or ""
    if "<img" not in markup:
        return []
    try:
        fragment = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    items = []
    for img in fragment.iter("img"):
        items.extend(_image(img, base))
    parent = el.getparent()
    if items and parent is not None and not items[0].caption:
        items[0].caption, items[0].credit = caption_near(el)
    return items


# ------------------------------------------------------------------ video, audio, frames, embeds
def _captioned(el: lxml.html.HtmlElement, items: list[Media]) -> list[Media]:
    """A player in a <figure> gets the figure's caption, as an image does."""
    if items:
        items[0].caption, items[0].credit = caption_near(el)
    return items


def _av(el: lxml.html.HtmlElement, kind: str, base: str | None) -> list[Media]:
    sources = [el.get("src") or el.get("data-src")] + [s.get("src") or s.get("data-src") for s in el.iter("source")]
    found = [u for u in (urls.absolute(raw, base, keep_relative=True) for raw in sources) if u]
    if not found:
        return []
    # <source> alternatives are one item in several encodings: keep one, MP4 when offered (every
    # player reads it, and it is the file JSON-LD and og:video usually name, so duplicates merge)
    url = next((u for u in found if u.split("?")[0].lower().endswith(".mp4")), found[0])
    return [classify_url(url) or Media(kind=kind, url=url)]


def _frame(el: lxml.html.HtmlElement, base: str | None) -> list[Media]:
    raw = next((el.get(a) for a in (*IFRAME_SRC_ATTRS, "data") if el.get(a)), None)
    url = urls.absolute(raw, base, keep_relative=True)
    if not url or is_pixel_url(url):
        return []
    found = classify_url(url)
    if found is not None and found.kind != "image":
        return [found]
    host = host_for(url)
    path = url.split("?")[0].lower()
    if host is None and ("/embed" in path or "player" in path) and extension_kind(url) != "image":
        return [Media(kind="embed", url=url)]
    return []


def _embed_block(el: lxml.html.HtmlElement, base: str | None, skip: set[lxml.html.HtmlElement]) -> list[Media]:
    """blockquote.twitter-tweet / instagram-media / tiktok-embed: the post it stands for."""
    classes = el.get("class", "")
    if not any(c in classes for c in _EMBED_BLOCK_CLASSES):
        return []
    skip.update(el.iter("a", "img"))
    candidates = [el.get("cite"), el.get("data-instgrm-permalink"), el.get("data-href")]
    candidates += [a.get("href") for a in reversed(list(el.iter("a")))]
    for raw in candidates:
        url = urls.absolute(raw, base, keep_relative=True)
        if url:
            found = classify_url(url)
            if found is not None and found.provider:
                return [found]
    return []


def embed_from_blockquote(element: object, base_url: str | None) -> list[Media]:
    """The post an embed blockquote stands for (twitter-tweet, instagram-media, tiktok-embed, ...).

    [] for an ordinary quotation. The quote's text is left alone (it stays in the body).
    """
    if not isinstance(element, lxml.html.HtmlElement) or element.tag != "blockquote":
        return []
    return _embed_block(element, base_url, set())


def _media_link(el: lxml.html.HtmlElement, base: str | None) -> list[Media]:
    """A link straight to a media file (.mp4, .mp3, ...): the file is article media; so is a link that
    shows its own address at a player's host (`shown_address_medium`)."""
    url = urls.absolute(el.get("href"), base, keep_relative=True)
    found = (media_file_link(url) or shown_address_medium((el.text or "").strip(), url)) if url else None
    return [found] if found else []
