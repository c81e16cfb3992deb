"""The conditional cleaning's judges: which containers are link lists, which linked lines head prose.

Split from `blocks.py` (stop 54) so the walk keeps to serialising: `LinkContainers.skips` says
whether the walk leaves a container out (a link list, a teaser list, a teaser or profile card, a
short form), remembering what it learnt on the way (a kept wrapper's only child; each link's text
length); `heads_prose` says whether a linked heading heads the article's text rather than a
teaser's blurb. Readability's conditional cleaning, reduced to the tests that pay on news pages.
"""

from __future__ import annotations

from itertools import islice
from typing import Final

import lxml.html

from newsgrab.html import settings
from newsgrab.html.cards import is_profile_card, is_teaser_card, linked_headings
from newsgrab.html.measures import LinkChars, link_density, text_len
from newsgrab.html.structural import HEADING_TAGS

#: containers whose text runs are paragraphs and which the conditional cleaning looks at
CONTAINER_TAGS: Final = frozenset(
    {"div", "section", "article", "main", "ul", "ol", "dl", "form", "aside", "header", "footer", "nav",
     "center", "fieldset", "details", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "dd", "dt",
     "address", "hgroup", "body", "figure", "summary", "caption"}
)  # fmt: skip
#: the characters XPath counts as whitespace
_XML_SPACE: Final = " \t\n\r"
_HEADING_TAG_LIST = tuple(sorted(HEADING_TAGS))


class LinkContainers:
    """Judges containers for the walk's conditional cleaning, one page's region at a time."""

    def __init__(self, base_url: str | None) -> None:
        self.base_url = base_url
        #: containers known not to be link lists: the only child of a kept wrapper
        self._kept_wrapped: set[lxml.html.HtmlElement] = set()
        #: each link's text length, for the link densities of nested containers (`LinkChars`)
        self._link_text = LinkChars()

    def skips(self, el: lxml.html.HtmlElement) -> bool:
        """Whether the conditional cleaning skips `el` (a link list, a teaser list, a short form).

        A wrapper holding one container child and no text of its own beside it (whitespace aside)
        has that child's text, links and headings, so the child gets the wrapper's answer: a kept
        wrapper's child is kept without measuring the same text again (the nested divs of modern
        layouts would otherwise measure one text once per level).
        """
        if el in self._kept_wrapped:
            return False
        skipped = self._measure_link_container(el)
        if not skipped and el.tag != "form" and len(el) == 1 and _xml_blank(el.text):
            child = el[0]
            if child.tag in CONTAINER_TAGS and child.tag != "form" and _xml_blank(child.tail):
                self._kept_wrapped.add(child)
        return skipped

    def _measure_link_container(self, el: lxml.html.HtmlElement) -> bool:
        total = text_len(el)
        if el.tag == "form":
            return total < settings.MAX_FORM_TEXT_CHARS
        if not total:
            return False
        # the link density first: it is cheaper than counting linked headings, and either test
        # alone makes the container a link list
        density = link_density(el, total, self._link_text)
        if density > settings.MAX_LONG_CONTAINER_LINK_DENSITY:
            return True
        if self._has_headings(el, settings.TEASER_LIST_HEADINGS):
            teasers = linked_headings(el)
            if teasers >= settings.TEASER_LIST_HEADINGS and total / teasers < settings.TEASER_MAX_CHARS \
                    and not self._teasers_beside_prose(el, teasers, total, density):
                return True
        if total <= settings.TEASER_CARD_MAX_CHARS and (is_teaser_card(el, self.base_url) or is_profile_card(el)):
            return True
        return total < settings.SHORT_CONTAINER_CHARS and density > settings.MAX_CONTAINER_LINK_DENSITY

    def _teasers_beside_prose(self, el: lxml.html.HtmlElement, teasers: int, total: int, density: float) -> bool:
        """All the linked headings sit in one box inside `el`, and the rest of it is prose: other
        stories set beside (or in) the article's paragraphs, not a teaser list. Judged as a whole,
        the paragraphs would go with the teasers, since their text per linked heading is short;
        the walk goes down instead, and the box is judged alone. The box is the innermost element
        holding every linked heading."""
        first = next((h for h in el.iterdescendants(*_HEADING_TAG_LIST) if next(h.iter("a"), None) is not None), None)
        if first is None:
            return False
        holder = first.getparent()
        while holder is not None and holder is not el and linked_headings(holder) < teasers:
            holder = holder.getparent()
        if holder is None or holder is el:
            return False
        box = text_len(holder)
        rest = total - box
        if rest < settings.TEASER_MAX_CHARS:
            return False  # the list's own heading or a "more" link beside it
        rest_links = density * total - link_density(holder, box, self._link_text) * box
        return rest_links < rest * settings.SIBLING_MAX_LINK_DENSITY

    @staticmethod
    def _has_headings(el: lxml.html.HtmlElement, wanted: int) -> bool:
        """Whether `el` holds at least `wanted` headings, linked or not.

        A gate before the linked-heading count: that XPath tests every descendant against six
        names, while most containers hold fewer than three headings of any kind (fewer linked
        ones, then); this walk stops at the `wanted`-th.
        """
        headings = el.iterdescendants(*_HEADING_TAG_LIST)
        return next(islice(headings, wanted - 1, None), None) is not None


def heads_prose(heading: lxml.html.HtmlElement, within: lxml.html.HtmlElement | None = None) -> bool:
    """A linked heading heads the text when its next sibling with text (media and empty wrappers
    passed over) is a long `<p>` with few links: a listicle's item titles link to what they review,
    a manual's section titles to its contents; a teaser's stands over a blurb, a heading or nothing.

    `within`: the `<a>` around the heading (`<a href><h3>1. The tent</h3></a><p>...`): when nothing
    with text follows the heading inside it, the siblings after the `<a>` are read (climbing from
    the heading up to the `<a>`, never past it)."""
    el = heading
    while True:
        for sibling in el.itersiblings():
            chars = text_len(sibling) if isinstance(sibling.tag, str) else 0
            if chars:
                return (sibling.tag == "p" and chars >= settings.SECTION_PROSE_CHARS
                        and link_density(sibling, chars) <= settings.PROSE_MAX_LINK_DENSITY)
        parent = el.getparent()
        if within is None or el is within or parent is None:
            return False
        el = parent


def _xml_blank(text: str | None) -> bool:
    """No text, or only the whitespace XPath's normalize-space() drops (space, tab, CR, LF)."""
    return text is None or not text.strip(_XML_SPACE)
