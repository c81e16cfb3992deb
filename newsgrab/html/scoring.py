"""Candidate scoring: find the element that holds the article, then the siblings that continue it.

Readability's algorithm, kept to its shape because it is proven on thousands of layouts: every
paragraph of prose gives points (base + commas + length) to its parent and, shrinking, to four more
ancestors; each ancestor starts from a tag weight and, unless the sieve switched class weights
off, a class/id weight; the totals are discounted by link density; the best candidate may give way
to an ancestor that several near-best candidates share (an article split into sections), and its
siblings join when they score well or read as prose (an article split by an ad slot).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import overload

import lxml.html
from lxml import etree

from newsgrab.html import settings
from newsgrab.html.structural import Selectors, element_text, selectors
from newsgrab.media.classify import extension_kind
from newsgrab.media.elements import MEDIA_ELEMENT_TAGS

#: tags scored as paragraphs (Readability.js DEFAULT_TAGS_TO_SCORE, minus sections and headings,
#: whose text is scored through their own paragraphs)
PARAGRAPH_TAGS = ("p", "pre", "td")
#: children that make a container a block container rather than a paragraph of its own
BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "table", "ul", "ol", "dl", "blockquote", "pre", "figure",
     "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside", "nav", "form", "hr", "address"}
)  # fmt: skip
_BLOCK_TAG_LIST = tuple(sorted(BLOCK_TAGS))
#: containers that may be a paragraph themselves (div soup) or hold loose text runs
_CONTAINER_TAGS = ("div", "section", "article", "main", "font", "center")
_CONTAINER_TAG_SET = frozenset(_CONTAINER_TAGS)
_PARAGRAPH_TAG_SET = frozenset(PARAGRAPH_TAGS)
#: compiled once: `el.xpath(str)` would compile the expression on every call
_TEXT_LEN_XPATH = etree.XPath("string-length(normalize-space())")
_LINK_TEXT_XPATH = etree.XPath(".//a//text()", smart_strings=False)
_OWN_TEXT_XPATH = etree.XPath("text()", smart_strings=False)
_COMMA_RE = re.compile(r"[,\u060c\ufe50\ufe10\ufe11\u2e41\u2e34\u2e32\uff0c\u3001]")
_SENTENCE_RE = re.compile(r"\.( |$)")
_ARTICLE_BODY_HINT = "articlebody"
_PAGE_TAGS = frozenset({"body", "html"})
#: sectioning chrome never joins the article as a sibling (it survives pruning only when it holds
#: much of the page's text, like a live ticker in an <aside>)
_CHROME_SIBLINGS = frozenset({"aside", "nav", "footer", "header"})
_MEDIA_TAG_SET = frozenset(MEDIA_ELEMENT_TAGS)


@dataclass(slots=True)
class Region:
    """The chosen article: the top candidate and the elements (itself and siblings) to serialise."""

    top: lxml.html.HtmlElement
    score: float
    elements: list[lxml.html.HtmlElement]


def text_len(el: lxml.html.HtmlElement) -> int:
    """Characters of an element's text with whitespace runs counted once (C-level XPath)."""
    return int(_TEXT_LEN_XPATH(el))


def link_density(el: lxml.html.HtmlElement, total: int | None = None) -> float:
    """Share of the element's text that sits inside links."""
    total = text_len(el) if total is None else total
    if not total:
        return 0.0
    link_chars = sum(len(t.strip()) for t in _LINK_TEXT_XPATH(el))
    return min(link_chars / total, 1.0)


def class_weight(el: lxml.html.HtmlElement, sel: Selectors) -> float:
    """Readability's class/id weight: +/- CLASS_WEIGHT each for the class and the id."""
    weight = 0.0
    for value in (el.get("class"), el.get("id")):
        if value:
            weight += sel.weights[value]  # whole numbers: a sum per string gives the same float
    itemprop = el.get("itemprop")
    if itemprop and _ARTICLE_BODY_HINT in itemprop.lower():
        weight += settings.ARTICLE_HINT_WEIGHT
    return weight


def paragraph_score(text: str) -> float:
    """Points one paragraph gives: a base point, one per comma, one per 100 characters (capped)."""
    return (
        settings.PARAGRAPH_BASE_SCORE
        + len(_COMMA_RE.findall(text))
        + min(len(text) / settings.CHARS_PER_POINT, settings.MAX_LENGTH_POINTS)
    )


def _paragraphs(
    root: lxml.html.HtmlElement, nodes: list[lxml.html.HtmlElement] | None = None
) -> list[tuple[lxml.html.HtmlElement, str, bool]]:
    """(element, text, is_itself_a_paragraph) for every paragraph of prose under `root`.

    A div/section with no block descendants is a paragraph itself (Readability turns it into a
    <p>); one with block children and loose text runs holds those runs as paragraphs of its own.
    `nodes`, when given, is `list(root.iter())` as the prune walk collected it (reading a list
    is cheaper than walking the tree again).
    """
    found: list[tuple[lxml.html.HtmlElement, str, bool]] = []
    minimum = settings.MIN_PARAGRAPH_CHARS
    # One walk sorts the elements (lxml's tag-filtered iter() visits every node all the same, so
    # one walk for paragraphs and another for containers would pay twice). It marks the
    # containers with a block below them (each block marks its ancestors, stopping at the first
    # one already marked, so each element is marked once), and notes which elements have a block
    # child and which a long loose text run after a child (a tail), so finding the mixed
    # containers needs no loop over children.
    has_blocks: set[lxml.html.HtmlElement] = set()
    block_parents: set[lxml.html.HtmlElement | None] = set()
    tail_parents: set[lxml.html.HtmlElement | None] = set()
    paragraphs: list[lxml.html.HtmlElement] = []
    containers: list[lxml.html.HtmlElement] = []
    for el in root.iter() if nodes is None else nodes:
        tag = el.tag
        tail = el.tail
        if tail is not None and len(tail) >= minimum and _long_run(tail):
            tail_parents.add(el.getparent())
        if tag in BLOCK_TAGS:
            anc = el.getparent()
            block_parents.add(anc)
            while anc is not None and anc not in has_blocks:
                has_blocks.add(anc)
                anc = anc.getparent()
        if tag in _PARAGRAPH_TAG_SET:
            paragraphs.append(el)
        elif tag in _CONTAINER_TAG_SET:
            containers.append(el)
    for el in paragraphs:
        # a layout cell holding paragraphs is not a paragraph itself: its <p>s speak for it, or the
        # row outranks the cell and drags the sidebar cells in
        if el.tag == "td" and el in has_blocks:
            continue
        text = element_text(el)
        if len(text) >= minimum:
            found.append((el, " ".join(text.split()), True))
    # one pass over the containers: one with no block below it is a paragraph (div soup), one with
    # blocks below may hold loose text runs beside them (read after the body's own runs, so the
    # paragraphs keep the order the scores are summed in)
    mixed = []
    for el in containers:
        if el not in has_blocks:
            raw = element_text(el)
            if len(raw) >= minimum:  # folding never lengthens: a short raw text needs no fold
                text = " ".join(raw.split())
                if len(text) >= minimum:
                    found.append((el, text, True))
        elif el is not root and el in block_parents and (el in tail_parents or _long_run(el.text)):
            # a container with a block child and loose text beside it (text and <br> straight in
            # a div): its runs are paragraphs of their own
            mixed.append(el)
    # text straight in <body> (a page that is one bare paragraph) counts for the body itself
    for run in _OWN_TEXT_XPATH(root) if root.tag == "body" else ():
        run = " ".join(run.split())
        if len(run) >= minimum:
            found.append((root, run, False))
    # The mixed containers come from the walk above, not from an XPath over the whole tree
    # (`.//*[container][text()[string-length(normalize-space()) >= MIN_PARAGRAPH_CHARS]][*[block]]`),
    # with the same paragraphs: a text run of lxml (`.text`, `.tail`) joins the adjacent text nodes
    # XPath's text() returns one by one, so when no run folds to the minimum (str.split() folds at
    # least the whitespace normalize-space() does) no text node of the container gives a
    # paragraph, and the container can be left out.
    for el in mixed:
        for run in _OWN_TEXT_XPATH(el):
            run = " ".join(run.split())
            if len(run) >= minimum:
                found.append((el, run, False))
    return found


def _long_run(text: str | None) -> bool:
    """At least MIN_PARAGRAPH_CHARS once whitespace is folded (the raw length is tested first)."""
    minimum = settings.MIN_PARAGRAPH_CHARS
    return text is not None and len(text) >= minimum and len(" ".join(text.split())) >= minimum


def score_candidates(
    root: lxml.html.HtmlElement, *, weigh_classes: bool, nodes: list[lxml.html.HtmlElement] | None = None
) -> dict[lxml.html.HtmlElement, float]:
    """Raw scores of every ancestor that received paragraph points (before link discount);
    `nodes` as for `_paragraphs`."""
    sel = selectors()
    tag_weights = settings.TAG_WEIGHTS
    scores: dict[lxml.html.HtmlElement, float] = {}
    for el, text, is_paragraph in _paragraphs(root, nodes):
        points = paragraph_score(text)
        anc = el.getparent() if is_paragraph else el
        for divider in _DIVIDERS:
            if anc is None or anc.tag == "html":
                break
            score = scores.get(anc)
            if score is None:
                score = tag_weights.get(str(anc.tag), 0.0) + (class_weight(anc, sel) if weigh_classes else 0.0)
            scores[anc] = score + points / divider
            anc = anc.getparent()
    return scores


def _divider(level: int) -> float:
    """What a paragraph's points are divided by at ancestor `level` (0 = the parent)."""
    if level == 0:
        return 1.0
    if level == 1:
        return settings.GRANDPARENT_DIVIDER
    return level * settings.DEEP_ANCESTOR_DIVIDER_STEP


#: the divider of each ancestor level a paragraph's points reach, computed once
_DIVIDERS = tuple(_divider(level) for level in range(settings.SCORE_ANCESTOR_LEVELS))


class Discounted:
    """The shortlisted candidates' scores discounted by link density, each measured on first use.

    Measuring a candidate's links costs a string of its whole text (the page-wide wrappers are the
    costly part), and only the best few discounted scores decide the ranking: a candidate's
    discounted score is at most max(raw, 0), so once the best `count` measured ones reach the next
    raw score, no later candidate can enter them (it would sort after them on a tie, as in the
    stable sort of all). The others are measured when asked for (`get`), with the same formula.
    The candidates that cannot reach the top are never measured.
    """

    __slots__ = ("_measured", "_raw", "_shortlist")

    def __init__(self, shortlist: list[tuple[lxml.html.HtmlElement, float]]) -> None:
        self._shortlist = shortlist
        self._raw = dict(shortlist)
        self._measured: dict[lxml.html.HtmlElement, float] = {}

    @overload
    def get(self, el: lxml.html.HtmlElement) -> float | None: ...

    @overload
    def get(self, el: lxml.html.HtmlElement, default: float) -> float: ...

    def get(self, el: lxml.html.HtmlElement, default: float | None = None) -> float | None:
        """The discounted score of a shortlisted `el`, else `default` (dict.get's contract)."""
        raw = self._raw.get(el)
        return default if raw is None else self._score(el, raw)

    def _score(self, el: lxml.html.HtmlElement, raw: float) -> float:
        score = self._measured.get(el)
        if score is None:
            score = self._measured[el] = raw * (1.0 - link_density(el))
        return score

    def best(self, count: int) -> list[tuple[lxml.html.HtmlElement, float]]:
        """The `count` best (element, discounted score), best first; the order of sorting all of them."""
        measured: list[tuple[lxml.html.HtmlElement, float]] = []
        floor = 0.0  # the count-th best measured score, once there are count of them
        for el, raw in self._shortlist:
            if len(measured) >= count and max(raw, 0.0) <= floor:
                break
            measured.append((el, self._score(el, raw)))
            if len(measured) >= count:
                floor = sorted((score for _, score in measured), reverse=True)[count - 1]
        return sorted(measured, key=lambda kv: kv[1], reverse=True)[:count]


def find_region(
    root: lxml.html.HtmlElement, *, weigh_classes: bool = True, nodes: list[lxml.html.HtmlElement] | None = None
) -> Region | None:
    """The article region under `root` (usually <body>), or None when nothing reads as prose.

    `nodes`, when given, is `list(root.iter())` (the prune walk's `kept`), read instead of the tree.
    """
    raw = score_candidates(root, weigh_classes=weigh_classes, nodes=nodes)
    if not raw:
        return None
    shortlist = sorted(raw.items(), key=lambda kv: kv[1], reverse=True)[: settings.DISCOUNTED_CANDIDATES]
    final = Discounted(shortlist)
    ranked = final.best(settings.TOP_CANDIDATES)
    top, top_score = ranked[0]
    top = _promote(top, top_score, ranked[1 : settings.TOP_CANDIDATES], raw, final, root)
    top_score = final.get(top, raw.get(top, top_score))
    # an only child says nothing about its parent: climb while the parent holds nothing else, so
    # siblings of the wrapper can join; the score stays the content's own
    for parent in top.iterancestors():
        if parent is root or parent.tag in _PAGE_TAGS or len(parent) != 1:
            break
        top = parent
    return Region(top=top, score=top_score, elements=_with_siblings(top, top_score, raw, final))


def _promote(
    top: lxml.html.HtmlElement,
    top_score: float,
    others: list[tuple[lxml.html.HtmlElement, float]],
    raw: dict[lxml.html.HtmlElement, float],
    final: Discounted,
    root: lxml.html.HtmlElement,
) -> lxml.html.HtmlElement:
    """Readability's two upward moves: a shared ancestor of near-best candidates, a better parent."""
    close = [el for el, s in others if top_score and s / top_score >= settings.ALTERNATIVE_SHARE]
    if len(close) >= settings.MIN_ALTERNATIVE_VOTES:
        close_ancestors = [set(el.iterancestors()) for el in close]
        for parent in top.iterancestors():
            if parent is root or parent.tag in _PAGE_TAGS:
                break
            if sum(parent in anc for anc in close_ancestors) >= settings.MIN_ALTERNATIVE_VOTES:
                top = parent
                break
    last = final.get(top, raw.get(top, top_score))
    floor = last / settings.PARENT_SCORE_FLOOR_DIVIDER
    for parent in top.iterancestors():
        if parent is root or parent.tag in _PAGE_TAGS:
            break
        if parent not in raw:
            continue
        parent_score = final.get(parent, raw[parent])
        if parent_score < floor:
            break
        if parent_score > last:
            top = parent
            break
        last = parent_score
    return top


def _best_score_within(
    el: lxml.html.HtmlElement,
    raw: dict[lxml.html.HtmlElement, float],
    final: Discounted,
) -> float | None:
    """The best discounted score of `el` or a candidate inside it.

    Paragraph points reach only five ancestors, so a sibling that wraps the rest of the article
    deep inside layout divs (a second "article body" section after a figure) has no score of its
    own; its best inner candidate speaks for it.
    """
    best = None
    for inner in el.iter():
        score = raw.get(inner)
        if score is None:
            continue
        discounted = final.get(inner)
        if discounted is None:
            discounted = score * (1.0 - link_density(inner))
        if best is None or discounted > best:
            best = discounted
    return best


def _is_loose_paragraph(el: lxml.html.HtmlElement) -> bool:
    """A div (or section...) with no block inside: a paragraph of div soup, or a standfirst."""
    return el.tag in _CONTAINER_TAGS and next(el.iterdescendants(*_BLOCK_TAG_LIST), None) is None


def _is_lead_media(el: lxml.html.HtmlElement) -> bool:
    """Media and no text of the body's own: an image, a player, or a figure (whose caption goes to
    the media item), linked to nothing but a media file. A linked picture is another story's teaser."""
    tag = el.tag
    if tag not in _MEDIA_TAG_SET and tag != "figure" and next(el.iter(*MEDIA_ELEMENT_TAGS), None) is None:
        return False
    if tag != "figure" and tag not in _MEDIA_TAG_SET and text_len(el):
        return False
    return all(extension_kind(link.get("href") or "") is not None for link in el.iter("a") if link.get("href"))


def _is_teaser_stack(el: lxml.html.HtmlElement) -> bool:
    """Several <article> elements side by side: a list of other stories, not the rest of this one."""
    return len(el.findall(".//article")) >= 2


def _with_siblings(
    top: lxml.html.HtmlElement,
    top_score: float,
    raw: dict[lxml.html.HtmlElement, float],
    final: Discounted,
) -> list[lxml.html.HtmlElement]:
    """The top candidate plus siblings that score near it or read as plain prose paragraphs, and
    the media standing alone above it (the lead image or player between the headline and the body)."""
    parent = top.getparent()
    if parent is None:
        return [top]
    threshold = max(settings.MIN_SIBLING_SCORE, top_score * settings.SIBLING_SCORE_SHARE)
    top_class = top.get("class") or ""
    merged = []
    above = True
    for sib in parent:
        if sib is top:
            merged.append(sib)
            above = False
            continue
        if not isinstance(sib.tag, str) or sib.tag in _CHROME_SIBLINGS or _is_teaser_stack(sib):
            continue
        if above and _is_lead_media(sib):
            merged.append(sib)
            continue
        bonus = top_score * settings.SIBLING_SCORE_SHARE if top_class and sib.get("class") == top_class else 0.0
        score = _best_score_within(sib, raw, final)
        if score is not None and score + bonus >= threshold:
            merged.append(sib)
            continue
        if sib.tag == "p" or _is_loose_paragraph(sib):
            total = text_len(sib)
            density = link_density(sib, total)
            long_prose = total > settings.SIBLING_PARAGRAPH_CHARS and density < settings.SIBLING_MAX_LINK_DENSITY
            # a short line joins only as a real <p>: a short loose div is a dateline or a label
            short_sentence = sib.tag == "p" and 0 < total <= settings.SIBLING_PARAGRAPH_CHARS and density == 0 \
                and bool(_SENTENCE_RE.search(element_text(sib)))
            if long_prose or short_sentence:
                merged.append(sib)
    return merged
