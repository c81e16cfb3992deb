"""The author's picture under the headline: a headshot whose alt text names the person its byline line
names.

Many templates print the byline with the writer's headshot: `<img alt="Jane Doe"> Jane Doe · Follow ·
Oct 15, 2015`, `<img alt="Image of Jane Doe"> Jane Doe, April 19, 2020`. When the line's markup says
nothing (no author class, no itemprop, no link to an author page, no label), the picture still does.
Self-reference, no words of one language: the picture's alt text holds, as whole words, a whole name
(`nameparts.name_shaped`) that the short line around the picture names too (`people.split_authors`).

A picture of someone the story is about is told apart by position, markup and what the line says:
only pictures after the headline and before the body starts (the stretch `personitem` walks, stopped
by a text piece of BODY_PIECE_CHARS or after STRETCH_READ_CHARS), never in a <figure> or its caption,
and the line must say more than the name, as a byline does: a date or time, a relative time ("2 hours
ago"), a byline label or a control beside the name ("Follow"; data/byline_words.toml). A photo
captioned with its subject's name alone ("<img alt="Ane Etxeberria."> Ane Etxeberria.") is no byline.
A headshot names a person, not the site or a partner whose logo stands beside its name ("<img
alt="Medical Daily"> Medical Daily"); and a name holds at most MAX_UNSPACED_NAME_CHARS letters of a
script without case (a teaser's thumbnail carries its headline as alt text and beside it).

A headshot whose alt text names nobody ("", "avatar", a CSS background, a count badge over it) is still
the writer's when it links where the name beside it links: `<a href="/u/8812"><img alt=""></a> <a
href="/u/8812">Jane Doe</a> | May 3, 2021`. The same address twice, once as a picture and once as a
whole name, is self-reference in any language; the position, the figure and the line that says more
than the name hold as for the alt text (the links are collected in the same walk). A link to a home
page (an address without a path, "https://partner.example/") is a partner's or a provider's logo
beside its name ("Tech Insider" on a portal), not a writer's headshot.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import lxml.html

from newsgrab import urls
from newsgrab.meta.dates import has_date
from newsgrab.meta.elementtext import short_spaced_text
from newsgrab.meta.lexicon import byline_words
from newsgrab.meta.nameparts import name_shaped
from newsgrab.meta.people import is_phrase, split_authors
from newsgrab.meta.reltime import relative_time_re
from newsgrab.meta.roles import is_organisation

#: characters; the line around a headshot is at most this long (name, role, date, a follow link)
MAX_AVATAR_LINE_CHARS = 160
#: levels above the picture looked at for the line that names its person ("<div><a><div><img></div></a></div>
#: <span>Jane Doe</span>" on a blogging platform)
AVATAR_LINE_LEVELS = 4
#: letters of a script without case (Japanese, Chinese, Korean) a name holds at most
MAX_UNSPACED_NAME_CHARS = 12
#: the elements of a picture in the story and its caption
_FIGURE_TAGS = ("figure", "figcaption")
_WORD_RE = re.compile(r"\w+")
_WORDS = byline_words()
#: a byline label or a control of the byline lexicon, as a whole word ("by", "Follow", "Folgen")
_BYLINE_MARK_RE = re.compile(
    rf"(?<!\w)(?:{_WORDS.alternation((*_WORDS.text_labels(), *_WORDS.interface))})(?!\w)", re.IGNORECASE)


def avatar_names(pictures: Iterable[lxml.html.HtmlElement], sites: Iterable[str] = ()) -> list[str]:
    """The names of the first headshot among `pictures`, the <img> elements and picture links between
    the headline and the body in document order (`personitem.person_item_names` collects them in its
    walk), none of them one of the page's `sites` names or an organisation (see the module doc): a
    headshot's alt text first, then the links (`linked_avatar_names`)."""
    sites = list(sites)
    pictures = list(pictures)
    for img in pictures:
        if img.tag != "img" or next(img.iterancestors(*_FIGURE_TAGS), None) is not None:
            continue
        alt = f" {_folded_words(img.get('alt') or '')} "
        if alt.strip():
            names = [n for n in _named_beside(img, alt) if not is_organisation(n, sites)]
            if names:
                return names
    return linked_avatar_names([p for p in pictures if p.tag == "a"], sites)


def linked_avatar_names(links: Iterable[lxml.html.HtmlElement], sites: Iterable[str] = ()) -> list[str]:
    """The name beside the first picture link among `links` (the <a> elements of the stretch whose text
    holds no letter, `is_picture_link`) that a link to the same address names, none of them one of the
    page's `sites` names or an organisation (see the module doc)."""
    sites = list(sites)
    lines: dict[lxml.html.HtmlElement, _Line] = {}  # the lines read so far, shared by the links beside each other
    for link in links:
        if next(link.iterancestors(*_FIGURE_TAGS), None) is not None:
            continue
        names = [n for n in _linked_beside(link, lines) if not is_organisation(n, sites)]
        if names:
            return names
    return []


def is_picture_link(el: lxml.html.HtmlElement) -> bool:
    """Whether `el` is a link that shows a picture, not words: an <a> with an address whose text holds
    no letter (an <img>, a CSS background, a count badge over the headshot)."""
    if el.tag != "a" or not _address(el):
        return False
    return not any(ch.isalpha() for piece in el.itertext() for ch in piece)


class _Line:
    """One element around picture links, read once however many of them it holds (a row of thousands
    of headshots would otherwise read the row, and address every link in it, once per picture): its
    short text ("" when it has none or too much, `too_long` telling which), and the links in it that
    show text, each with its address and that text (the line is short, so they are few)."""

    __slots__ = ("named", "text", "too_long")

    def __init__(self, node: lxml.html.HtmlElement) -> None:
        self.text = short_spaced_text(node, MAX_AVATAR_LINE_CHARS)
        self.too_long = not self.text and any(piece.strip() for piece in node.itertext())
        #: (link, its address, its text) of the links that show text; none are read in a line without any
        self.named = [] if not self.text else [
            (a, _address(a), t) for a in node.iter("a") for t in [short_spaced_text(a, MAX_AVATAR_LINE_CHARS)] if t]


def _linked_beside(link: lxml.html.HtmlElement, lines: dict[lxml.html.HtmlElement, _Line]) -> list[str]:
    """The whole name of the short byline line around the picture link `link` that another link to the
    same address shows as its text, when the line says more than the name. `lines`: the elements read
    already in this walk (`_Line`), so each is read once."""
    href = _address(link)
    node = link.getparent() if href else None
    for _level in range(AVATAR_LINE_LEVELS):
        if node is None:
            return []
        line = lines.get(node)
        if line is None:
            line = lines[node] = _Line(node)
        if line.too_long:
            return []  # the text around the picture is too long for a byline
        texts = [t for a, address, t in line.named if a is not link and address == href]
        if texts:
            names = [n for n in split_authors(texts[0], marked=True) if _shaped(n)]
            return names if len(names) == 1 and _says_more(line.text) else []
        node = node.getparent()
    return []


def _address(link: lxml.html.HtmlElement) -> str:
    """The link's address without its fragment and trailing slash ("/u/8812/" and "/u/8812" are one); ""
    for a script or mail link, for a home page and for an address no one can follow ("http://[::1",
    which `urlsplit` refuses with a ValueError)."""
    href = (link.get("href") or "").split("#", 1)[0].strip().rstrip("/")
    parts = urls.split(href)
    if parts is None or href.lower().startswith(("javascript:", "mailto:")) or not parts.path.strip("/"):
        return ""  # no address, or a home page: an outlet's logo, not a person's page
    return href


def _named_beside(img: lxml.html.HtmlElement, alt: str) -> list[str]:
    """The whole names of the short byline line around `img` that its folded alt text (`alt`, padded
    with spaces) holds as whole words."""
    node = img.getparent()
    for _level in range(AVATAR_LINE_LEVELS):
        if node is None:
            return []
        line = short_spaced_text(node, MAX_AVATAR_LINE_CHARS)
        if not line:
            if any(piece.strip() for piece in node.itertext()):
                return []  # the text around the picture is too long for a byline
            node = node.getparent()  # the picture alone in its link: the line is further up
            continue
        if not set(_folded_words(line).split()) & set(alt.split()):
            return []  # the line names nothing the alt text does: no split needed
        names = [n for n in split_authors(line, marked=True) if _shaped(n) and f" {_folded_words(n)} " in alt]
        return names if names and _says_more(line) else []
    return []


def _shaped(name: str) -> bool:
    """A whole name, not a phrase, with no more letters of a script without case than a name has."""
    if not name_shaped(name) or is_phrase(name):
        return False
    return sum(ch.isalpha() and not (ch.isupper() or ch.islower()) for ch in name) <= MAX_UNSPACED_NAME_CHARS


def _says_more(line: str) -> bool:
    """Whether the line says what a byline says besides the name: a date or time, a relative time, a
    byline label or a control of the byline lexicon."""
    return has_date(line) or bool(relative_time_re().search(line) or _BYLINE_MARK_RE.search(line))


def _folded_words(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.casefold()))
