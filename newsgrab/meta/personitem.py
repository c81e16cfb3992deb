"""A schema.org Person item under the headline, whatever property it fills: the byline's own markup.

The page scan reads microdata bylines by their property (`itemprop="author"`, `pagescan`). A byline
is also marked as a Person item under another property or none: `itemprop="creator"`, "editor" or
"contributor", or a bare `<span itemscope itemtype="http://schema.org/Person"><span
itemprop="name">Jane Doe</span></span>` in the line under the headline ("by <span itemscope
itemtype=.../Person>...</span> (reporting)", "Edited by <a><span itemscope ...>"). Markup and
position, no words: an item typed Person whose `itemprop="name"` holds a whole name, after the
headline and before the body starts (`afterheadline.stretch`, stopping at a text piece of
BODY_PIECE_CHARS or after STRETCH_READ_CHARS), so commenters' and related stories' Person items
further down are not read; a box named like chrome is read when it holds such an item (a meta bar
classed "story-meta-footer"). Read after every other visible source (`authors._author_sources`).

The older microformat marks a person the same way: an hCard, an element classed "vcard" whose
element classed "fn" holds the formatted name ("<span class="vcard"><a class="url fn"
href=/u/CC7567>Jane Doe</a></span>", as blog themes print the byline even when the author's page
address is a user number). The same position holds: a commenter's hCard below the body is not read.
"""

from __future__ import annotations

import re

import lxml.html

from newsgrab.meta.afterheadline import Step
from newsgrab.meta.avatarnames import is_picture_link
from newsgrab.meta.elementtext import short_spaced_text

#: characters; a name longer than this is a text, not a name
MAX_NAME_CHARS = 80
#: an itemtype naming schema.org's Person (http or https, any host spelling of schema.org)
_PERSON_TYPE_RE = re.compile(r"schema\.org/Person/?$", re.IGNORECASE)
#: the bit of a `stretch` step's mask for the Person items' walk (`holds_person` its second predicate)
PERSON_WALK = 2


def person_item_names(steps: list[Step], pictures: list[lxml.html.HtmlElement] | None = None) -> list[str]:
    """The names of the Person items between the headline and the body (see the module doc): `steps`
    is `afterheadline.stretch(headline, ..., holds_person)` (bit PERSON_WALK: the walk that steps into
    chrome holding a Person item); the <img> elements of the same stretch are added to `pictures` when it is
    given, for the headshot reader read next (`avatarnames`), so the stretch is walked once, and so
    are its picture links (<a> elements whose text holds no letter, `avatarnames.is_picture_link`)."""
    names: list[str] = []
    for el, _own, mask in steps:
        if not mask & PERSON_WALK:
            continue
        if el.tag == "img" or (el.tag == "a" and pictures is not None and is_picture_link(el)):
            if pictures is not None:
                pictures.append(el)  # a headshot, or a link that shows one (`avatarnames`)
            if el.tag == "img":
                continue
        if _is_hcard(el):
            name = _hcard_name(el)
            if name:
                names.append(name)
            continue
        if el.get("itemscope") is None or not _PERSON_TYPE_RE.search(el.get("itemtype") or ""):
            continue
        for prop in el.iterfind(".//*[@itemprop]"):
            if "name" in (prop.get("itemprop") or "").split():
                name = (prop.get("content") or "").strip() or short_spaced_text(prop, MAX_NAME_CHARS)
                if name:
                    names.append(name)
                break
    return names


def holds_person(el: lxml.html.HtmlElement) -> bool:
    """Whether an element named like page chrome holds a Person item, and is read all the same: the
    story's meta bar classed "story-meta-footer" around its byline (`stretch`'s exception)."""
    return any(_PERSON_TYPE_RE.search(item.get("itemtype") or "") for item in el.iterfind(".//*[@itemtype]"))


def _is_hcard(el: lxml.html.HtmlElement) -> bool:
    """Whether `el` is an hCard: one of its class names is "vcard"."""
    classes = el.get("class")
    # the substring test first: most class attributes hold no "vcard" and need no split
    return classes is not None and "vcard" in classes and "vcard" in classes.split()


def _hcard_name(card: lxml.html.HtmlElement) -> str:
    """The formatted name of an hCard: the text of its first element classed "fn" (the card itself
    when it carries both class names), "" when it has none."""
    for el in card.iter():
        classes = el.get("class") if isinstance(el.tag, str) else None
        if classes and "fn" in classes.split():
            # "fn org" (or "fn" beside an "org" of the same text) is an organisation's card, no person
            return "" if "org" in classes.split() else short_spaced_text(el, MAX_NAME_CHARS)
    return ""
