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
from typing import Final, overload

import lxml.html

from newsgrab.html import settings
from newsgrab.html.evidence import BLOCK_TAG_LIST, CONTAINER_TAGS, MEDIA_TAG_SET, paragraph_score, paragraphs
from newsgrab.html.measures import LinkChars, link_density, text_len
from newsgrab.html.selectors import Selectors, selectors
from newsgrab.html.siteboxes import ends_in_site_links
from newsgrab.html.structural import INLINE_TAGS, element_text
from newsgrab.html.textshape import contact_shaped, prose_level
from newsgrab.media.classify import extension_kind
from newsgrab.media.elements import MEDIA_ELEMENT_TAGS

#: a sentence's end: a short <p> sibling with one joins the article (`_with_siblings`)
_SENTENCE_RE = re.compile(r"\.( |$)")
_ARTICLE_BODY_HINT = "articlebody"
_PAGE_TAGS = frozenset({"body", "html"})
#: sectioning chrome never joins the article as a sibling (it survives pruning only when it holds
#: much of the page's text, like a live ticker in an <aside>)
_CHROME_SIBLINGS = frozenset({"aside", "nav", "footer", "header"})
@dataclass(slots=True)
class Region:
    """The chosen article: the top candidate and the elements (itself and siblings) to serialise.

    `prose_chars` is the page's prose mass: the characters of every paragraph that gave points
    (overlays aside), wherever it sits; `set_aside` holds the overlays' elements, which the
    serialiser skips; `core` is the best candidate before the climb to `top` (the article's own
    paragraphs' container).
    """

    top: lxml.html.HtmlElement
    score: float
    elements: list[lxml.html.HtmlElement]
    prose_chars: int = 0
    set_aside: frozenset[lxml.html.HtmlElement] = frozenset()
    core: lxml.html.HtmlElement | None = None


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


def score_candidates(
    root: lxml.html.HtmlElement,
    *,
    weigh_classes: bool,
    nodes: list[lxml.html.HtmlElement] | None = None,
    set_aside: frozenset[lxml.html.HtmlElement] = frozenset(),
) -> tuple[dict[lxml.html.HtmlElement, float], int]:
    """Raw scores of every ancestor that received paragraph points (before link discount), and
    the characters of those paragraphs; `nodes` as for `evidence.paragraphs`. Paragraphs in `set_aside`
    (the overlays' elements) give no points unless no other paragraph does."""
    sel = selectors()
    tag_weights = settings.TAG_WEIGHTS
    scores: dict[lxml.html.HtmlElement, float] = {}
    found = paragraphs(root, nodes)
    if set_aside:
        outside = [item for item in found if item[0] not in set_aside]
        found = outside or found
    prose_chars = 0
    for el, text, is_paragraph in found:
        prose_chars += len(text)
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
    return scores, prose_chars


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

    __slots__ = ("_links", "_measured", "_raw", "_shortlist")

    def __init__(self, shortlist: list[tuple[lxml.html.HtmlElement, float]]) -> None:
        self._shortlist = shortlist
        self._raw = dict(shortlist)
        self._measured: dict[lxml.html.HtmlElement, float] = {}
        self._links = LinkChars()

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
            score = self._measured[el] = raw * (1.0 - link_density(el, links=self._links))
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
    root: lxml.html.HtmlElement,
    *,
    weigh_classes: bool = True,
    nodes: list[lxml.html.HtmlElement] | None = None,
    overlays: list[lxml.html.HtmlElement] | None = None,
    language: str | None = None,
) -> Region | None:
    """The article region under `root` (usually <body>), or None when nothing reads as prose.

    `nodes`, when given, is `list(root.iter())` (the prune walk's `kept`), read instead of the tree.
    `overlays` (the prune walk's) are set aside: no candidate inside one wins while a paragraph
    outside them gives points, and none joins the region as a sibling. `language` (the page's)
    lets a sibling that joins on its score be checked for prose (`prose_level`).
    """
    set_aside = frozenset(inner for overlay in overlays for inner in overlay.iter()) if overlays else frozenset()
    raw, prose_chars = score_candidates(root, weigh_classes=weigh_classes, nodes=nodes, set_aside=set_aside)
    if not raw:
        return None
    shortlist = sorted(raw.items(), key=lambda kv: kv[1], reverse=True)[: settings.DISCOUNTED_CANDIDATES]
    final = Discounted(shortlist)
    ranked = final.best(settings.TOP_CANDIDATES)
    top, top_score = ranked[0]
    core = top
    top = _chain_top(_promote(top, top_score, ranked[1 : settings.TOP_CANDIDATES], raw, final, root), root)
    top_score = final.get(top, raw.get(top, top_score))
    # an only child says nothing about its parent: climb while the parent holds nothing else, so
    # siblings of the wrapper can join; the score stays the content's own
    for parent in top.iterancestors():
        if parent is root or parent.tag in _PAGE_TAGS or len(parent) != 1:
            break
        top = parent
    elements = [el for el in _with_siblings(top, top_score, raw, final, language) if el is top or el not in set_aside]
    return Region(top=top, score=top_score, elements=elements, prose_chars=prose_chars, set_aside=set_aside,
                  core=core)


def _promote(
    top: lxml.html.HtmlElement,
    top_score: float,
    others: list[tuple[lxml.html.HtmlElement, float]],
    raw: dict[lxml.html.HtmlElement, float],
    final: Discounted,
    root: lxml.html.HtmlElement,
) -> lxml.html.HtmlElement:
    """Readability's two upward moves: a shared ancestor of near-best candidates, a better parent.

    The shared ancestor is that of an article split into parts: it needs a near-best candidate
    beside the top, not only on its own line of descent. When every near-best candidate is a
    wrapper around the top (or a part inside it), the page has one block of prose in a nest of
    divs that score alike (their tag weight over shrinking points), and their votes would lift
    the region to the page's frame, its datelines and labels with it."""
    close = [el for el, s in others if top_score and s / top_score >= settings.ALTERNATIVE_SHARE]
    if len(close) >= settings.MIN_ALTERNATIVE_VOTES and _beside(top, close):
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


#: phrasing elements, which valid markup never puts a paragraph in: one that holds the region is a tag
#: left open (<span> too, which `INLINE_TAGS` leaves out for the token rules' sake)
_CHAIN_TAGS: Final = INLINE_TAGS | {"span"}


def _chain_top(top: lxml.html.HtmlElement, root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The outermost link of the chain `top` is in, when it is a phrasing element inside one of its own tag.

    Old pages leave an inline tag open in each paragraph (`<font><p>one</p><font><p>two</p>...`, or
    `<p><font>one<p><font>two...`): every paragraph then sits a level or two deeper than the one
    before, each <font> holding its own paragraph and the rest of the chain. Each link scores alike
    (its paragraph, and the next four shrinking), so the best is whichever link the lengths of a few
    paragraphs favour, and every paragraph above it was lost (8 of 260 kept). The chain reads as the
    run of paragraphs it shows: the region is its outermost link, climbed through that tag and the
    paragraphs between its links. Only a phrasing element's chain is climbed: valid markup never
    puts a paragraph in one, while nested <div>s are the page's own sections.
    """
    if top.tag not in _CHAIN_TAGS:
        return top
    outer = top
    for ancestor in top.iterancestors():
        if ancestor is root or ancestor.tag not in (top.tag, "p"):
            break
        if ancestor.tag == top.tag:
            outer = ancestor
    return outer


def _beside(top: lxml.html.HtmlElement, others: list[lxml.html.HtmlElement]) -> bool:
    """Some of `others` is neither an ancestor of `top` nor inside it."""
    line = set(top.iterancestors())
    return any(el not in line and top not in el.iterancestors() for el in others)


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
    return el.tag in CONTAINER_TAGS and next(el.iterdescendants(*BLOCK_TAG_LIST), None) is None


def _is_lead_media(el: lxml.html.HtmlElement) -> bool:
    """Media and no text of the body's own: an image, a player, or a figure (whose caption goes to
    the media item), linked to nothing but a media file. A linked picture is another story's teaser."""
    tag = el.tag
    if tag not in MEDIA_TAG_SET and tag != "figure" and next(el.iter(*MEDIA_ELEMENT_TAGS), None) is None:
        return False
    if tag != "figure" and tag not in MEDIA_TAG_SET and text_len(el):
        return False
    return all(extension_kind(link.get("href") or "") is not None for link in el.iter("a") if link.get("href"))


def _is_teaser_stack(el: lxml.html.HtmlElement) -> bool:
    """Several <article> elements that hold most of its text: a list of other stories, not the rest
    of this one. A part of the article with a "related stories" box set in it (a few linked
    <article> cards between its paragraphs) holds its own prose outside them: it joins, and the
    serialiser skips the cards."""
    cards = el.findall(".//article")
    if len(cards) < 2:
        return False
    outermost = [card for card in cards if not any(outer in cards for outer in card.iterancestors("article"))]
    return sum(text_len(card) for card in outermost) >= text_len(el) * settings.TEASER_STACK_SHARE


def _with_siblings(
    top: lxml.html.HtmlElement,
    top_score: float,
    raw: dict[lxml.html.HtmlElement, float],
    final: Discounted,
    language: str | None = None,
) -> list[lxml.html.HtmlElement]:
    """The top candidate plus siblings that score near it and read as prose (commas in a list of
    names, prices or an address score too; an address with an e-mail or a phone number, under
    `CONTACT_PROSE_SHARE` of the top's prose level, is no prose, nor is a site's own box after the
    top, `siteboxes.ends_in_site_links`), siblings that are plain prose paragraphs, and the media
    standing alone above it (the lead image or player between the headline and the body)."""
    parent = top.getparent()
    if parent is None:
        return [top]
    threshold = max(settings.MIN_SIBLING_SCORE, top_score * settings.SIBLING_SCORE_SHARE)
    top_class = top.get("class") or ""
    merged = []
    above = True
    level: float | None = None  # the prose level a sibling needs, from the top's own text when first asked
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
            if level is None:
                level = prose_level(element_text(top), language)
            text = element_text(sib)
            own = prose_level(text, language)
            # an address block reads above a list's level (its opening hours and directions)
            if own >= level * settings.SIBLING_PROSE_SHARE and not (
                    own < level * settings.CONTACT_PROSE_SHARE and contact_shaped(text)) \
                    and (above or not ends_in_site_links(sib)):
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
