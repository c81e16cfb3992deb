"""A second opinion on the article when the scored region is weak, and the fallback when nothing scored.

The candidate scoring (`scoring.py`) reads page structure, so its mistakes come in families: a
dialog or consent box that outscores an article the pruning took, a list of names or prices next
to the headline, an index-page verdict on an article whose headings are links. When its choice
looks weak (`weakness`: the sieve failed, the region is short against the page's prose, it sits
in an overlay, or far from the headline, or token pruning took a box of prose far longer than a
region that is not under the headline), the page is cut into paragraphs and each is judged as
prose or not (`paragraphs.py`, jusText's method), and the prose cluster at the headline (else the
largest) is the other candidate. `second_opinion` picks between the two by the structured data's
`articleBody` when the page has one, else by the prose each covers and its place after the
headline, and says which won in a warning. When neither holds an article but the page declares
itself one, the body is its largest prose cluster, with a warning; when even that is missing, the
largest prose cluster inside a <noscript> (a page that renders its article by script keeps the
script-free copy there: Blogger's dynamic templates), with its own warning. Every other overlay
stays out: a page whose only prose is a consent box has no article.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import lxml.html

from newsgrab import urls
from newsgrab.html import settings
from newsgrab.html.headline import is_headline, norm_title, overlay_test, title_gap
from newsgrab.html.measures import link_density, text_len
from newsgrab.html.overlap import Located, agreement, locate, shingles
from newsgrab.html.paragraphs import GOOD, Paragraph, classify, cut_paragraphs
from newsgrab.html.scoring import Region
from newsgrab.html.structural import drop_junk, element_text
from newsgrab.media.elements import media_from_element
from newsgrab.meta.jsonld import parse_jsonld
from newsgrab.model import Block, Link, Media
from newsgrab.settings import MIN_ARTICLE_CHARS
from newsgrab.whitespace import fold_space

#: the warnings: which candidate won when the second opinion ran, and the fallback
REGION_WON = "second-opinion:region"
PARAGRAPHS_WON = "second-opinion:paragraphs"
FALLBACK = "fallback:largest-prose-cluster"
SCRIPTLESS_FALLBACK = "fallback:noscript-prose"
_UNSAFE_SCHEMES = ("javascript:", "data:", "vbscript:")


@dataclass(frozen=True, slots=True)
class PageSignals:
    """What the metadata stage knows that helps judge a candidate: the language (for its function
    words), the JSON-LD script bodies (for `articleBody`), and whether the page declares itself an
    article (og:type article, an article's publication time, a JSON-LD publication date) or a
    listing of other pages (a JSON-LD CollectionPage, a site's home page)."""

    language: str | None = None
    jsonld: Sequence[str] = ()
    declares_article: bool = False
    declares_listing: bool = False


def weakness(
    blocks: list[Block],
    region: Region | None,
    kept: list[lxml.html.HtmlElement] | None,
    title: str | None,
    *,
    failed_sieve: bool,
    removed: Sequence[tuple[lxml.html.HtmlElement, int]] = (),
) -> str | None:
    """Why the scored region is a weak choice, or None when it is not. `removed`: the long chrome
    token pruning took, with its lengths (`structural.prune`)."""
    chars = sum(len(b.text) for b in blocks)
    if failed_sieve or chars < MIN_ARTICLE_CHARS or region is None:
        return "sieve"
    if region.top in region.set_aside:
        return "overlay"
    if chars < region.prose_chars * settings.WEAK_PROSE_SHARE:
        return "short"
    if kept is None:
        return None
    gap = title_gap(region, kept, title, settings.FAR_FROM_TITLE_CHARS)
    if gap is not None and gap > settings.FAR_FROM_TITLE_CHARS:
        return "far"
    if (gap is None or gap > settings.HEADED_GAP_CHARS) and _pruned_prose(removed, chars):
        return "pruned"
    return None


def _pruned_prose(removed: Sequence[tuple[lxml.html.HtmlElement, int]], chars: int) -> bool:
    """Token pruning took a box of prose far longer than the region (`chars`): a class word that
    names chrome (an "ad" in "non-ad-column") can take the article, and then a banner or a dialog
    is all the text left, long enough to pass the sieve. Only a region not right under the
    headline is asked: a brief under its headline beside a long comment thread is not weak."""
    for el, length in removed:
        if length * settings.WEAK_PROSE_SHARE <= chars:
            continue
        total = text_len(el)
        if total * settings.WEAK_PROSE_SHARE > chars and link_density(el, total) < settings.PROSE_MAX_LINK_DENSITY:
            return True
    return False


@dataclass(slots=True)
class _Cluster:
    """A run of prose paragraphs: `start`..`end` (exclusive) in the page's paragraphs."""

    start: int
    end: int
    chars: int


def second_opinion(
    first: list[Block],
    page: Callable[[], lxml.html.HtmlElement],
    *,
    reason: str,
    base_url: str | None,
    title: str | None,
    signals: PageSignals,
) -> tuple[list[Block], list[str]]:
    """Choose between the scored region's blocks (`first`, weak for `reason`) and the prose cluster
    of a fresh copy of the page (`page()`), and say which won; fall back to the largest prose cluster
    when neither holds an article and the page declares one.

    A page that declares itself a listing (and not an article) gets no prose cluster, so the verdict
    reads only the region's length: the copy is then neither parsed nor cut into paragraphs (on a
    news site's home page, a megabyte of markup, that was a fifth of the page's time)."""
    if signals.declares_listing and not signals.declares_article:
        return _listing_verdict(first, reason)
    tree = page()
    drop_junk(tree)
    body = tree.find("body")
    root = body if body is not None else tree
    paragraphs = cut_paragraphs(root, base_url, overlay_test(len(element_text(root)), title))
    classify(paragraphs, signals.language)
    anchor = _title_index(paragraphs, title)
    cluster, boxes = _main_cluster(paragraphs, anchor), False
    if cluster is None:  # tokens may have named the article's wrapper a box: read the boxes too
        cluster, boxes = _main_cluster(paragraphs, anchor, boxes=True), True
    if cluster is not None and (signals.declares_listing or (not signals.declares_article
                                                             and _teasers(paragraphs, cluster))):
        cluster = None  # an index page: it says so, or linked headings over short summaries
    if cluster is not None and reason == "pruned" and (anchor is None
                                                       or not _headed(paragraphs, anchor, cluster.start)):
        # weak only by what tokens took: their prose is the article when it sits under the headline,
        # not when it is a gallery's captions or a comment thread further down
        return first, [REGION_WON]
    first_ok = _long_enough(first, reason)
    if cluster is None:
        if first_ok:
            return first, [REGION_WON]
        if signals.declares_article:
            fallback = _main_cluster(paragraphs, anchor, alone=True, boxes=True)
            if fallback is not None:
                return _blocks(paragraphs, fallback, base_url, alone=True, boxes=True), [FALLBACK]
            scriptless = _main_cluster(paragraphs, anchor, alone=True, boxes=True, scriptless=True)
            if scriptless is not None:
                return (_blocks(paragraphs, scriptless, base_url, alone=True, boxes=True, scriptless=True),
                        [SCRIPTLESS_FALLBACK])
        # nothing on the page reads as prose: a short region stays (a brief, a video's caption)
        # unless it is an overlay's text or the page says it is a listing
        return ([] if reason == "overlay" or signals.declares_listing else first), []
    other = _blocks(paragraphs, cluster, base_url, boxes=boxes)
    located = locate(first, paragraphs)  # only a verdict between two candidates reads where the region sits
    if not first_ok:
        # a brief under the headline stays, whatever prose sits elsewhere (a wordy "about us" box)
        first_gap, other_gap = _gap(paragraphs, anchor, located.start), _gap(paragraphs, anchor, cluster.start)
        brief = bool(first) and reason != "overlay" and first_gap is not None and first_gap <= \
            settings.TITLE_MAX_GAP_CHARS and (other_gap is None or first_gap <= other_gap)
        return (first, [REGION_WON]) if brief else (other, [PARAGRAPHS_WON])
    if _prefer_other(first, other, paragraphs, cluster, anchor, located, signals):
        return other, [PARAGRAPHS_WON]
    return first, [REGION_WON]


def _long_enough(first: list[Block], reason: str) -> bool:
    """The region holds an article's length of text and is not an overlay's: it stands when the
    page offers no prose cluster."""
    return sum(len(b.text) for b in first) >= MIN_ARTICLE_CHARS and reason != "overlay"


def _listing_verdict(first: list[Block], reason: str) -> tuple[list[Block], list[str]]:
    """`second_opinion` on a page that says it lists other pages: no prose cluster is read there
    (an index page's teasers are prose too), so the region stays when it is long enough, and
    otherwise the page has no article."""
    return (first, [REGION_WON]) if _long_enough(first, reason) else ([], [])


def _title_index(paragraphs: list[Paragraph], title: str | None) -> int | None:
    """The index of the paragraph that is the headline: a heading equal to the title, or the first <h1>."""
    wanted = norm_title(title) if title else ""
    first_h1 = None
    for index, para in enumerate(paragraphs):
        if not para.heading or para.overlay:
            continue
        if wanted and is_headline(para.text, wanted):
            return index
        if first_h1 is None and para.tag == "h1":
            first_h1 = index
    return first_h1


def _clusters(paragraphs: list[Paragraph], *, alone: bool, boxes: bool, scriptless: bool = False) -> list[_Cluster]:
    """Runs of prose paragraphs (`Paragraph.is_prose`) across gaps of at most `CLUSTER_MAX_GAP`
    other paragraphs (headings aside) holding at most `CLUSTER_MAX_GAP_CHARS` between them, and
    never from one piece of page chrome into another (`Paragraph.section`). Overlays never give a
    cluster: a page whose only prose is a consent box has no article."""
    found: list[_Cluster] = []
    current: _Cluster | None = None
    gap = gap_chars = section = 0
    for index, para in enumerate(paragraphs):
        if para.is_prose(alone=alone, boxes=boxes, scriptless=scriptless):
            if current is not None and gap <= settings.CLUSTER_MAX_GAP and gap_chars <= settings.CLUSTER_MAX_GAP_CHARS \
                    and para.section == section:
                current.end = index + 1
                current.chars += para.weight
            else:
                current = _Cluster(index, index + 1, para.weight)
                found.append(current)
                section = para.section
            gap = gap_chars = 0
        elif current is not None:
            gap += 0 if para.heading else 1  # a heading is the text's structure, not a gap in it
            gap_chars += para.weight
    return found


def _main_cluster(
    paragraphs: list[Paragraph], anchor: int | None, *, alone: bool = False, boxes: bool = False,
    scriptless: bool = False,
) -> _Cluster | None:
    """The cluster right after the headline when it holds a fair share of the page's prose, else
    the largest; None when no cluster reaches the article minimum. `alone`: prose by each
    paragraph's own verdict (the fallback's looser reading); `boxes`: boxes named overlays by
    their tokens alone are read too (when nothing outside them is prose); `scriptless`: <noscript>
    copies too."""
    clusters = [c for c in _clusters(paragraphs, alone=alone, boxes=boxes, scriptless=scriptless)
                if c.chars >= MIN_ARTICLE_CHARS]
    if not clusters:
        return None
    largest = max(clusters, key=lambda c: c.chars)
    if anchor is not None:
        past = next((c for c in clusters if c.end > anchor), None)  # the first cluster under the headline
        if past is not None:
            gap = 0 if past.start <= anchor else sum(p.weight for p in paragraphs[anchor + 1 : past.start])
            if gap <= settings.TITLE_MAX_GAP_CHARS and past.chars >= largest.chars * settings.TITLE_CLUSTER_SHARE:
                return past
    return largest


def _teasers(paragraphs: list[Paragraph], cluster: _Cluster) -> bool:
    """The cluster reads as an index page: linked headings, about one a paragraph, over short summaries."""
    span = paragraphs[cluster.start : cluster.end]
    linked = sum(1 for p in span if p.heading and p.link_density > settings.PROSE_MAX_LINK_DENSITY)
    prose = [p.weight for p in span if p.cls == GOOD and not p.heading and p.weight >= settings.PROSE_SHORT_CHARS]
    if linked < settings.TEASER_LINKED_HEADINGS or linked < len(prose) * settings.TEASER_HEADINGS_PER_PARAGRAPH:
        return False
    return not prose or sum(prose) / len(prose) < settings.TEASER_MAX_MEAN_PARAGRAPH


def _blocks(
    paragraphs: list[Paragraph], cluster: _Cluster, base_url: str | None, *, alone: bool = False, boxes: bool = False,
    scriptless: bool = False,
) -> list[Block]:
    """The cluster's prose paragraphs as blocks, with their links and media."""
    blocks = []
    for para in paragraphs[cluster.start : cluster.end]:
        if not para.is_prose(alone=alone, boxes=boxes, scriptless=scriptless):
            continue
        media: list[Media] = [item for el in para.media for item in media_from_element(el, base_url)]
        links = [link for el in para.links if (link := _link(el, base_url)) is not None]
        kind = para.tag if para.heading else "li" if para.tag == "li" else "quote" if para.quote else "p"
        blocks.append(Block(kind=kind, text=para.text, links=links, media=media,
                            link_chars=para.link_chars, ordered=para.ordered))
    return blocks


def _link(el: lxml.html.HtmlElement, base_url: str | None) -> Link | None:
    """The Link of an <a> that goes somewhere: absolute, no fragment-only or script target."""
    href = (el.get("href") or "").strip()
    text = fold_space(element_text(el))
    if not href or not text or href.startswith("#") or href.lower().startswith(_UNSAFE_SCHEMES):
        return None
    url = urls.join(base_url, href)
    return Link(text=text, url=url) if url is not None else None


def article_body(scripts: Sequence[str]) -> str:
    """The longest `articleBody` string in the page's JSON-LD (any node, @graph included), or ""."""
    best = ""
    stack: list[object] = [value for text in scripts for value in parse_jsonld(text)]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            body = value.get("articleBody")
            if isinstance(body, str) and len(body) > len(best):
                best = body
            stack.extend(v for v in value.values() if isinstance(v, dict | list))
        elif isinstance(value, list):
            stack.extend(value)
    return best


def _prefer_other(
    first: list[Block],
    other: list[Block],
    paragraphs: list[Paragraph],
    cluster: _Cluster,
    anchor: int | None,
    located: Located,
    signals: PageSignals,
) -> bool:
    """Whether the prose cluster beats the scored region: by agreement with `articleBody` when the
    page has a long one, else by the page's prose each covers and which one the headline heads."""
    first_text = "\n".join(b.text for b in first)
    structured = article_body(signals.jsonld) if signals.jsonld else ""
    if len(structured) >= MIN_ARTICLE_CHARS:
        truth = shingles(structured)
        first_score = agreement(shingles(first_text), truth)
        other_score = agreement(shingles("\n".join(b.text for b in other)), truth)
        if abs(first_score - other_score) >= settings.STRUCTURED_MARGIN:
            return other_score > first_score
    if located.prose_within(paragraphs, cluster.start, cluster.end) >= cluster.chars * settings.COVERED_SHARE:
        return False  # the region holds the cluster's prose already, and more
    first_heads = anchor is not None and located.start is not None and _headed(paragraphs, anchor, located.start)
    other_heads = anchor is not None and _headed(paragraphs, anchor, cluster.start)
    if first_heads and not other_heads:
        return False
    more = cluster.chars >= located.prose * settings.OTHER_PROSE_FACTOR and \
        cluster.chars - located.prose >= MIN_ARTICLE_CHARS
    mostly_not_prose = located.prose < len(first_text) * settings.FIRST_MIN_PROSE_SHARE
    return more or (mostly_not_prose and other_heads and cluster.chars > located.prose)


def _gap(paragraphs: list[Paragraph], anchor: int | None, start: int | None) -> int | None:
    """Weighted characters between the headline and a candidate starting at `start`; None when
    either is unknown or the candidate starts above the headline."""
    if anchor is None or start is None or start < anchor:
        return None
    return sum(p.weight for p in paragraphs[anchor + 1 : start])


def _headed(paragraphs: list[Paragraph], anchor: int, start: int) -> bool:
    """The headline sits right above `start`: little text between them (the headline may sit inside)."""
    gap = _gap(paragraphs, anchor, start)
    return gap is not None and gap <= settings.TITLE_MAX_GAP_CHARS
