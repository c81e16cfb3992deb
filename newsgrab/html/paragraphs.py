"""A page cut into paragraphs, each classified as prose or not: the second opinion's raw material.

In the spirit of jusText (Pomikálek): the page is cut at block boundaries into paragraphs; each
is judged on its own by length, link density and the share of its words that are the language's
function words (`newsgrab/data/function_words.toml`, read by `newsgrab.meta.language`), then
judged again by its neighbours (a short line between two paragraphs of prose is prose, a heading
right above prose is its heading). The verdicts read no class names and no page structure beyond
block boundaries, so they fail on other pages than the candidate scoring does. A page whose
language has no function-word list is judged by sentence punctuation instead.

Each paragraph also records what it sits in: an overlay (a dialog, a consent box, a hidden
region, a <noscript> wall: `OverlayTest`), whose text the caller never takes while prose exists
elsewhere, and the piece of page chrome (`Paragraph.section`), which a cluster of prose does not
cross (the article does not run on into the footer's self-description).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

import lxml.html
from lxml import etree

from newsgrab.html import settings
from newsgrab.html.overlays import READ_NAMES, chrome_by, element_key
from newsgrab.html.structural import (
    CHROME_TAGS,
    HEADING_TAGS,
    JUNK_TAGS,
    OVERLAY_BY_MARKUP,
    OVERLAY_BY_TOKENS,
    OVERLAY_TAGS,
    element_text,
)
from newsgrab.html.textshape import function_word_share, text_weight
from newsgrab.media.elements import MEDIA_ELEMENT_TAGS
from newsgrab.meta.language import function_words
from newsgrab.sentences import count_sentence_ends
from newsgrab.settings import MIN_ARTICLE_CHARS
from newsgrab.whitespace import fold_space

#: elements that end one paragraph and start another
BOUNDARY_TAGS: Final = frozenset(
    {"p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5",
     "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "caption", "blockquote", "pre", "figure",
     "figcaption", "form", "fieldset", "legend", "hr", "address", "details", "summary", "center", "dialog",
     "noscript", "menu", "hgroup", "tbody", "thead", "tfoot", "body", "option", "label"}
)  # fmt: skip
#: prose, near prose, a short line, not prose (jusText's four classes)
GOOD, NEAR_GOOD, SHORT, BAD = "good", "near-good", "short", "bad"
#: a copyright line (jusText's one word cue): the sign, or the word most sites write in English
_COPYRIGHT_RE = re.compile(r"\u00a9|\bcopyright\b", re.IGNORECASE)

#: a test for an element that opens an overlay, and of which kind (see `overlays.overlay_by`), given
#: the element, its tag, its attribute names and its class/id key (`overlays.element_key`)
OverlayTest = Callable[[lxml.html.HtmlElement, str, list[str], str], int]


@dataclass(slots=True)
class Paragraph:
    """One paragraph of the page in document order, and its verdict."""

    text: str
    #: the block tag it sits in: p, li, h2, td, div...; the kind its Block gets comes from it
    tag: str
    link_chars: int
    #: inside a box laid over the page by its markup (a dialog, <noscript>, hidden)
    overlay: bool
    #: inside a box named an overlay by its class/id tokens only (a consent box, a modal)
    boxed: bool = False
    #: its only overlays by markup are <noscript>: what the page shows a reader without scripts
    scriptless: bool = False
    ordered: bool = False
    quote: bool = False
    #: its <a> elements (made Links when the paragraph is taken)
    links: list[lxml.html.HtmlElement] = field(default_factory=list)
    media: list[lxml.html.HtmlElement] = field(default_factory=list)
    #: the page chrome it sits in (the innermost element `overlays.chrome_by` names, 0 outside any): prose
    #: in a footer or a sidebar does not continue the prose beside it
    section: int = 0
    #: characters that weigh as text: a CJK character counts as a word's worth
    weight: int = 0
    cls: str = BAD
    #: the verdict on the paragraph alone, before its neighbours had their say
    alone: str = BAD

    def is_prose(self, *, alone: bool = False, boxes: bool = False, scriptless: bool = False) -> bool:
        """Prose outside any overlay (`boxes`: a box named by tokens aside; `scriptless`: a
        <noscript> aside): by the final verdict, or (`alone`) by its own text, near prose included."""
        if (self.overlay and not (scriptless and self.scriptless)) or (self.boxed and not boxes):
            return False
        return self.alone in (GOOD, NEAR_GOOD) or self.cls == GOOD if alone else self.cls == GOOD

    @property
    def heading(self) -> bool:
        return self.tag in HEADING_TAGS

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


class _Cutter:
    """Cuts a tree into paragraphs in one walk of start and end events."""

    def __init__(self, base_url: str | None, overlay_of: OverlayTest) -> None:
        self.base_url = base_url
        self.overlay_of = overlay_of
        self.paragraphs: list[Paragraph] = []
        self._parts: list[str] = []
        self._links: list[lxml.html.HtmlElement] = []
        self._media: list[lxml.html.HtmlElement] = []
        self._link_chars = 0
        self._in_link = 0
        self._overlays: dict[lxml.html.HtmlElement, int] = {}  # the open overlays and their kinds
        self._sections: list[tuple[lxml.html.HtmlElement, int]] = []  # the open chrome, innermost last
        self._serial = 0
        self._blocks: list[str] = []  # the open boundary tags, innermost last
        self._quote = 0
        self._breaks = 0  # <br> since the last text: two end the paragraph
        self._worded = False  # text other than whitespace since the last flush

    def cut(self, root: lxml.html.HtmlElement) -> list[Paragraph]:
        """One walk of start and end events, in one loop (a method call an event was a fifth of
        the walk's time). lxml makes a new string for every `.tag`, `.keys()` and `.get()`: an
        element's tag is read once, at its start, and kept on a stack for its end; its attribute
        names and class/id key once, for both the overlay and the chrome test; and nothing is read
        of the elements inside one read whole or dropped (media, junk)."""
        blocks, overlays, sections, overlay_of = self._blocks, self._overlays, self._sections, self.overlay_of
        tags: list[object] = []  # the tags of the open elements, innermost last
        skip_until: lxml.html.HtmlElement | None = None
        for event, el in etree.iterwalk(root, events=("start", "end")):
            if skip_until is not None:  # inside an element read whole (media) or dropped (junk)
                if event == "start" or el is not skip_until:
                    continue
                skip_until = None  # its end closes it as any element's does
            if event == "start":
                tag = el.tag
                tags.append(tag)
                if not isinstance(tag, str):
                    continue
                if tag in BOUNDARY_TAGS:
                    self._flush()
                    blocks.append(tag)
                    if tag == "blockquote":
                        self._quote += 1
                elif tag == "br":
                    self._breaks += 1
                    if self._breaks >= settings.PARAGRAPH_BREAKS:
                        self._flush()
                    else:
                        self._parts.append("\n")
                elif tag == "a":
                    self._in_link += 1
                    self._links.append(el)  # made a Link only if the paragraph is taken
                # an element without attributes is an overlay by its tag alone, and chrome by its
                # tag alone (`overlay_by`, `chrome_by`): most elements have none, or none the two
                # tests read (`READ_NAMES`), and are not asked
                names = el.keys()
                if names and READ_NAMES.isdisjoint(names):
                    names = []
                key = element_key(el, names) if names else ""
                if names or tag in OVERLAY_TAGS:
                    kind = overlay_of(el, tag, names, key)
                    if kind:
                        overlays[el] = kind
                if tag in BOUNDARY_TAGS and (names or tag in CHROME_TAGS) and chrome_by(el, tag, names, key):
                    self._serial += 1
                    sections.append((el, self._serial))
                if (tag in MEDIA_ELEMENT_TAGS or tag in _JUNK) and not _scriptless_copy(el, tag):
                    if tag in MEDIA_ELEMENT_TAGS:
                        self._media.append(el)
                    skip_until = el
                    continue
                text = el.text
            else:
                closing = tags.pop()
                if closing in BOUNDARY_TAGS:
                    self._flush()
                    if blocks:
                        blocks.pop()
                    if closing == "blockquote":
                        self._quote -= 1
                elif closing == "a":
                    self._in_link -= 1
                if overlays:
                    overlays.pop(el, None)
                if sections and sections[-1][0] is el:
                    sections.pop()
                text = el.tail
            if text:
                self._parts.append(text)
                if self._in_link:
                    self._link_chars += len(text.strip())
                if not text.isspace():
                    self._breaks = 0
                    self._worded = True
        self._flush()
        return self.paragraphs

    def _flush(self) -> None:
        self._breaks = 0
        if not self._worded:
            # only whitespace since the last flush (most flushes: the space between two block tags)
            # gives no paragraph, as its join would fold to nothing; media alone go with the
            # paragraph before them
            if self._media:
                if self.paragraphs:
                    self.paragraphs[-1].media.extend(self._media)
                self._media = []
            if self._parts or self._links:
                self._parts, self._links = [], []
            self._link_chars = 0
            return
        self._worded = False
        parts, links, media, link_chars = self._parts, self._links, self._media, self._link_chars
        self._parts, self._links, self._media, self._link_chars = [], [], [], 0
        joined = "".join(parts)
        text = "" if joined.isspace() else fold_space(joined)  # whitespace between tags folds to nothing
        if not text:
            if media and self.paragraphs:  # media alone go with the paragraph before them
                self.paragraphs[-1].media.extend(media)
            return
        tag = self._blocks[-1] if self._blocks else "body"
        ordered = tag == "li" and len(self._blocks) >= 2 and self._blocks[-2] == "ol"
        overlay = OVERLAY_BY_MARKUP in self._overlays.values()
        scriptless = overlay and all(el.tag == "noscript" for el, kind in self._overlays.items()
                                     if kind == OVERLAY_BY_MARKUP)
        self.paragraphs.append(
            Paragraph(text=text, tag=tag, link_chars=min(link_chars, len(text)),
                      overlay=overlay, scriptless=scriptless,
                      boxed=OVERLAY_BY_TOKENS in self._overlays.values(),
                      ordered=ordered, quote=self._quote > 0, links=links, media=media,
                      section=self._sections[-1][1] if self._sections else 0)
        )


_JUNK: Final = frozenset(JUNK_TAGS)


def _scriptless_copy(el: lxml.html.HtmlElement, tag: str) -> bool:
    """A <noscript> that holds marked-up text of an article's length: the copy of the page a
    scripted template shows a reader without scripts (Blogger's dynamic views), walked as an
    overlay's paragraphs rather than read whole as an image stand-in. Its prose is taken only when
    the page has none elsewhere (`Paragraph.scriptless`)."""
    return tag == "noscript" and len(el) > 0 and len(element_text(el)) >= MIN_ARTICLE_CHARS


def cut_paragraphs(
    root: lxml.html.HtmlElement, base_url: str | None, overlay_of: OverlayTest
) -> list[Paragraph]:
    """The paragraphs of `root`'s text in document order (junk elements skipped, media kept aside)."""
    return _Cutter(base_url, overlay_of).cut(root)


def classify(paragraphs: list[Paragraph], language: str | None) -> None:
    """Set each paragraph's `cls`: first alone, then by its neighbours (see the module docstring)."""
    words_of = function_words().get((language or "").split("-")[0].lower())
    for para in paragraphs:
        para.weight = text_weight(para.text)
        para.cls = para.alone = _alone(para, words_of)
    _by_neighbours(paragraphs)


def _copyright_line(text: str) -> bool:
    """`_COPYRIGHT_RE` finds its sign or word in `text`. ASCII text holds no sign, and the word in any
    case only if its lower-cased copy holds it: one C search, not a case-blind regex at each character."""
    if text.isascii() and "copyright" not in text.lower():
        return False
    return _COPYRIGHT_RE.search(text) is not None


def _alone(para: Paragraph, vocabulary: frozenset[str] | None) -> str:
    """jusText's first verdict, from the paragraph alone."""
    if para.link_density > settings.PROSE_MAX_LINK_DENSITY or _copyright_line(para.text):
        return BAD
    if para.weight < settings.PROSE_SHORT_CHARS:
        return BAD if para.link_chars else SHORT
    if vocabulary is not None:
        share = function_word_share(para.text, vocabulary)
        if share >= settings.FUNCTION_WORDS_GOOD and para.weight > settings.PROSE_LONG_CHARS:
            return GOOD
        return NEAR_GOOD if share >= settings.FUNCTION_WORDS_NEAR else BAD
    # no word list for the language: sentences stand in for function words
    sentences = count_sentence_ends(para.text)
    if sentences >= settings.PROSE_MIN_SENTENCES and para.weight > settings.PROSE_LONG_CHARS:
        return GOOD
    return NEAR_GOOD if sentences else BAD


def _by_neighbours(paragraphs: list[Paragraph]) -> None:
    """jusText's second verdict: short lines and near-prose take their neighbours' side, headings
    right above prose are prose. Each look at the neighbours is read from tables made in one pass
    each way, so the work stays linear however many short lines the page holds."""
    n = len(paragraphs)
    # headings are looked through, as short lines are: a roundup's linked headings do not cut its
    # items off from each other; they are judged by the prose under them, last
    first = [SHORT if p.heading else p.cls for p in paragraphs]
    near_before, near_after = _nearest(first, skip_near=False)
    before, after = _nearest(first, skip_near=True)
    # short lines: between two prose paragraphs they are prose; next to near-prose too
    for i in range(n):
        if first[i] != SHORT or paragraphs[i].heading:
            continue
        if before[i] == GOOD and after[i] == GOOD:
            paragraphs[i].cls = GOOD
        elif before[i] == BAD and after[i] == BAD:
            paragraphs[i].cls = BAD
        elif (before[i] == BAD and near_before[i] == NEAR_GOOD) or (after[i] == BAD and near_after[i] == NEAR_GOOD):
            paragraphs[i].cls = GOOD
        else:
            paragraphs[i].cls = BAD
    # near-prose: prose unless both sides are not
    second = [SHORT if p.heading else p.cls for p in paragraphs]
    before, after = _nearest(second, skip_near=True)
    for i in range(n):
        if second[i] == NEAR_GOOD:
            paragraphs[i].cls = BAD if before[i] == BAD and after[i] == BAD else GOOD
    # headings right above prose (the look ahead stops within HEADING_MAX_DISTANCE characters)
    for i, para in enumerate(paragraphs):
        if para.cls == GOOD or not para.heading or para.link_density > settings.PROSE_MAX_LINK_DENSITY:
            continue
        distance, j = 0, i + 1
        while j < n:
            later = paragraphs[j]
            if later.cls == GOOD:
                para.cls = GOOD
                break
            distance += later.weight
            if distance > settings.HEADING_MAX_DISTANCE or later.heading:
                break
            j += 1


def _nearest(classes: list[str], *, skip_near: bool) -> tuple[list[str], list[str]]:
    """For each paragraph, the nearest class before it and after it that is not SHORT (nor
    NEAR_GOOD with `skip_near`); BAD at the page's edges."""
    skipped = (SHORT, NEAR_GOOD) if skip_near else (SHORT,)
    before: list[str] = []
    seen = BAD
    for cls in classes:
        before.append(seen)
        if cls not in skipped:
            seen = cls
    after: list[str] = []
    seen = BAD
    for cls in reversed(classes):
        after.append(seen)
        if cls not in skipped:
            seen = cls
    after.reverse()
    return before, after
