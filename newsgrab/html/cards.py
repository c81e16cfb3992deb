"""Cards inside an article region that are not the article: another story's teaser, a person's bio.

The conditional cleaning (`blocks.py`) skips them. Both are read from shape, not from words: a
card whose headline is a link to another page of the site, a card that opens on a portrait-sized
picture and a name line, then text about that name.
"""

from __future__ import annotations

import lxml.html

from newsgrab import urls
from newsgrab.html import settings
from newsgrab.html.measures import text_len
from newsgrab.html.structural import HEADING_TAGS, element_text
from newsgrab.whitespace import fold_space

_HEADING_TAG_LIST = tuple(sorted(HEADING_TAGS))


def linked_headings(el: lxml.html.HtmlElement) -> int:
    """How many headings inside `el` are links or hold one (an `<a href>` inside the heading or
    around it): the mark of a teaser list ("related", "recent", "popular").

    The count of the XPath `count(.//*[self::h1 or ...][.//a[@href] or ancestor::a[@href]])`, read
    by a tag-filtered walk in C and a look at each heading's links: the XPath tested six names and
    two predicates on every element below `el`, which made it the costliest call of the
    conditional cleaning on pages with a few headings among many elements.
    """
    count = 0
    for heading in el.iterdescendants(*_HEADING_TAG_LIST):
        if any(link.get("href") is not None for link in heading.iterdescendants("a")) or any(
            link.get("href") is not None for link in heading.iterancestors("a")
        ):
            count += 1
    return count


def is_teaser_card(el: lxml.html.HtmlElement, base_url: str | None) -> bool:
    """Another story's card: the container's headline (its first heading) is a link to another page
    of the same site, and only a short label (a kicker such as "Read also") comes before it. A
    headline linking to another site is an item of the article's own list (a product, a source)."""
    heading = next(el.iterdescendants(*_HEADING_TAG_LIST), None)
    if heading is None:
        return False
    link = next(heading.iterdescendants("a"), None)
    if link is None:
        parent = heading.getparent()
        link = parent if parent is not None and parent.tag == "a" else None
    href = (link.get("href") or "").strip() if link is not None else ""
    if link is None or not href or href.startswith("#") or not _same_site(href, base_url):  # "#": its own section
        return False
    heading_chars = text_len(heading)
    if not heading_chars or text_len(link) < heading_chars * settings.TEASER_CARD_LINKED_SHARE:
        return False
    before = 0
    for node in el.iter():
        if node is heading:
            return True
        if isinstance(node.tag, str) and node.tag not in HEADING_TAGS:
            before += len((node.text or "").strip())
        before += len((node.tail or "").strip()) if node is not el else 0
        if before > settings.TEASER_CARD_MAX_KICKER_CHARS:
            return False
    return False


def is_profile_card(el: lxml.html.HtmlElement) -> bool:
    """A person's card (an author's or an editor's bio): a portrait-sized picture first, then a
    name line, then text about that name ("Claire Morel edits the culture pages..."). Under a
    heading that labels the card ("About the author") the name opens the line after it instead:
    the run of capitalised words that line starts with, named again further on (in the link to
    the person's page: "All stories by Claire Morel")."""
    img = next(el.iter("img"), None)
    if img is None or not _portrait_sized(img):
        return False
    name = ""
    heading = False
    for node in el.iter():
        if node is img:
            continue
        if node.text and node.text.strip():
            name = fold_space(node.text)
            heading = node.tag in HEADING_TAGS
            break
        if node.tail and node.tail.strip() and node is not el:
            return False  # text before any element of its own: not a name line
    if not _short_name(name):
        return False
    text = fold_space(element_text(el))
    rest = text.split(name, 1)[-1]
    if name in rest:
        return True
    if not heading:
        return False
    # the label's card: the name opens the text after the heading and comes back further on
    first = _leading_name(rest)
    return _short_name(first) and first in rest[len(first):]


def _short_name(name: str) -> bool:
    """A line short enough to be a name (or a card's label)."""
    return bool(name) and len(name) <= settings.PROFILE_NAME_MAX_CHARS \
        and len(name.split()) <= settings.PROFILE_NAME_MAX_WORDS


def _leading_name(line: str) -> str:
    """The run of two or more capitalised words `line` opens with ("Claire Morel" of "Claire Morel
    edits..."), else ""."""
    words = []
    for word in line.split():
        bare = word.rstrip(",.;:")
        if not bare or not bare[0].isupper():
            break
        words.append(bare)
        if bare != word:
            break
    return " ".join(words) if len(words) >= 2 else ""


def _portrait_sized(img: lxml.html.HtmlElement) -> bool:
    """A picture declared no larger than a portrait thumbnail (an avatar), both sides given."""
    sides = []
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().removesuffix("px")
        if not value.isdigit():
            return False
        sides.append(int(value))
    return max(sides) <= settings.PROFILE_PICTURE_MAX_PX


def _same_site(href: str, base_url: str | None) -> bool:
    """A relative link, or one to a host of the site of `base_url` (the page's): the same registrable
    domain, so a page read on a sister host ("m.", "amp.", "edition.") still knows its site's links."""
    target = urls.split(href)
    if target is None or not target.netloc:
        return target is not None
    page = urls.split(base_url) if base_url else None
    return page is not None and urls.registrable(urls.host_of(target)) == urls.registrable(urls.host_of(page))
