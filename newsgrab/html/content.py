"""Find the article in a parsed page and turn it into blocks, backing off when cleaning went too far.

Stages, per attempt (numbered as in `_attempt` and `_from_pruned`):
1. drop non-text elements (scripts, styles, form controls) -- always;
2. prune page chrome by tag, role, visibility and class/id tokens (flag `tokens`), and set the
   overlays aside (dialogs, consent boxes, <noscript>: no candidate inside one wins);
3. score candidates and pick the article region plus its siblings (flag `weigh_classes`);
4. serialise the region to blocks, skipping link lists, short forms and other stories' or
   people's cards, and marking the blocks of comment threads (`threads.py`, read on the page
   as written: stage 0) for the boilerplate pass (flag `clean`);
5. start at the headline, drop a leading heading that repeats the title; refuse index pages
   made of teasers.

The sieve (Readability's flags): the first attempt runs with every flag on; when its body is
shorter than `newsgrab.settings.MIN_ARTICLE_CHARS`, it is retried with one aggressive pass switched
off at a time: from the first attempt's pruned tree while token pruning stays on, from a fresh
parse when it is off. The first attempt that reaches the minimum wins, else the longest, and a
warning says which pass was switched off. A short first region right under the headline is a
brief and is not retried.

Then, when the chosen region looks weak (`second_opinion.weakness`), the second opinion cuts a
fresh copy of the page into paragraphs, judges them as prose or not, and chooses between its
prose cluster and the region (a warning says which won), or falls back to the largest prose
cluster of a page that declares itself an article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import lxml.html

from newsgrab.html import settings
from newsgrab.html.blocks import region_blocks
from newsgrab.html.boxes import list_boxes
from newsgrab.html.headline import holds_headline, is_headline, norm_title, title_gap
from newsgrab.html.kin import with_kin
from newsgrab.html.prompts import prompt_boxes
from newsgrab.html.scoring import Region, find_region
from newsgrab.html.second_opinion import PageSignals, second_opinion, weakness
from newsgrab.html.structural import HEADING_TAGS, drop_junk, element_text, prune
from newsgrab.html.threadgate import PageElements, gated_threads
from newsgrab.html.threads import family_elements, threads_again
from newsgrab.meta.dates import DATE_PHRASE_RE, has_digit
from newsgrab.meta.lexicon import credit_history
from newsgrab.meta.roles import RELAY_RE
from newsgrab.model import Block
from newsgrab.settings import MIN_ARTICLE_CHARS
from newsgrab.whitespace import fold_space

#: headings that mark a teaser when they hold a link
_TEASER_HEADINGS = ("h2", "h3", "h4")


@dataclass(frozen=True, slots=True)
class Flags:
    """The aggressive passes of one attempt; `name` says which one is switched off."""

    tokens: bool = True
    weigh_classes: bool = True
    clean: bool = True
    name: str = ""


#: the sieve: all passes on, then each switched off in turn (least useful first)
ATTEMPTS = (
    Flags(),
    Flags(clean=False, name="no-conditional-cleaning"),
    Flags(weigh_classes=False, name="no-class-weights"),
    Flags(tokens=False, name="no-token-pruning"),
)


def body_chars(blocks: list[Block]) -> int:
    """Characters of text the blocks hold (media blocks count for nothing)."""
    return sum(len(b.text) for b in blocks)


@dataclass(slots=True)
class _Result:
    """What one attempt found: its blocks, and the region and pruned page they came from."""

    blocks: list[Block]
    region: Region | None = None
    pruned: _Pruned | None = None


def extract_content(
    tree: lxml.html.HtmlElement,
    *,
    base_url: str | None = None,
    title: str | None = None,
    authors: Sequence[str] = (),
    reparse: Callable[[], lxml.html.HtmlElement] | None = None,
    hint_pool: list[lxml.html.HtmlElement] | None = None,
    signals: PageSignals | None = None,
    lost_text: Callable[[], bool] | None = None,
    origins: bool = False,
    page: PageElements | None = None,
) -> tuple[list[Block], list[str]]:
    """Blocks of the main content region and any warnings. `tree` is cleaned in place.

    `title` and `authors` (from the metadata stage) let a repeated title and a byline line at the
    top of the region go. `reparse` gives a fresh copy of the page for the sieve's retries
    (cleaning is destructive) and the second opinion. `hint_pool` is the page scan's pool of
    article-body hint candidates in `tree` (see `prune`); the reparsed copies do without it.
    `signals`, when given, lets a weak region be checked by the second opinion (`second_opinion`).
    `lost_text`, asked when no region holds any text, says whether the parser lost the page's text
    (broken markup): then no second opinion is asked, and the caller repairs the page instead.
    `origins`: the region's blocks carry their element's path (`region_blocks`). `page`: what the
    page scan gathered on `tree` (its elements, and those naming a comment section: where the
    comment-thread detector looks, `threadgate.gated_threads`); the reparsed copies do without it.

    A retry that keeps token pruning on (no-conditional-cleaning, no-class-weights) differs from
    the first attempt only from stage 3 on, which reads the tree without changing it: it starts
    from the first attempt's pruned tree instead of parsing and pruning the page again. The one
    that keeps the class weights too (no-conditional-cleaning) differs from stage 4 on: it takes
    the first attempt's region instead of scoring the same tree the same way again.
    """
    best = _Result([])
    best_flags = ATTEMPTS[0]
    first: _Pruned | None = None
    first_region: Region | None = None
    failed_sieve = False
    for number, flags in enumerate(ATTEMPTS):
        if number == 0:
            result, page_chars = _attempt(tree, flags, base_url, title, authors, hint_pool, signals,
                                          origins=origins, page=page)
            first, first_region = result.pruned, result.region
            chars = body_chars(result.blocks)
            if chars >= MIN_ARTICLE_CHARS or page_chars < settings.MIN_PAGE_TEXT_CHARS:
                best = result
                break
            failed_sieve = True
            if signals is not None and _headed(result, title):
                # a short text right under the headline is a brief: the retries would trade it for
                # whatever the passes they switch off were keeping out (a footer, a sidebar); the
                # second opinion still looks for more article under the headline
                best = result
                break
        elif reparse is None:
            break
        elif first is not None and flags.tokens:
            same_scores = flags.weigh_classes == ATTEMPTS[0].weigh_classes and first_region is not None
            result = _from_pruned(first, flags, base_url, title, authors, signals, origins=origins,
                                  region=first_region if same_scores else None)
        else:
            fresh = reparse()
            # the page as written is the same markup parsed again: its threads are the first attempt's
            known = (threads_again(first.families, page.elements, fresh)
                     if first is not None and page is not None and ATTEMPTS[0].clean else None)
            result = _attempt(fresh, flags, base_url, title, authors, signals=signals, origins=origins,
                              families=known)[0]
        chars = body_chars(result.blocks)
        if chars > body_chars(best.blocks) or number == 0:
            best, best_flags = result, flags
        if chars >= MIN_ARTICLE_CHARS:
            break
    warnings = [f"sieve:{best_flags.name}"] if best_flags.name else []
    if signals is None or reparse is None or (best.pruned is None and not failed_sieve):
        return best.blocks, warnings
    kept = best.pruned.kept if best.pruned is not None else None
    removed = best.pruned.removed if best.pruned is not None else ()
    reason = weakness(best.blocks, best.region, kept, title, failed_sieve=failed_sieve, removed=removed)
    if reason is None or (not best.blocks and lost_text is not None and lost_text()):
        return best.blocks, warnings
    blocks, verdict = second_opinion(best.blocks, reparse, reason=reason, base_url=base_url, title=title,
                                     signals=signals)
    if blocks is not best.blocks:
        blocks = drop_byline_lines(drop_title_heading(blocks, title), authors)
        warnings = []  # the sieve's warning spoke of the region, which lost
    return blocks, warnings + verdict


def _headed(result: _Result, title: str | None) -> bool:
    """The attempt found text right under the headline (or around it): a brief, if it is short."""
    if not result.blocks or result.region is None or result.pruned is None:
        return False
    gap = title_gap(result.region, result.pruned.kept, title, settings.HEADED_GAP_CHARS)
    return gap is not None and gap <= settings.HEADED_GAP_CHARS


@dataclass(frozen=True, slots=True)
class _Pruned:
    """A page after stages 1 and 2: the <body> (or root), the nodes left in it in document order,
    the overlays left in it, the long chrome its tokens removed (see `prune`), and the comment
    threads found before them (`threadgate.gated_threads`)."""

    root: lxml.html.HtmlElement
    kept: list[lxml.html.HtmlElement]
    overlays: list[lxml.html.HtmlElement]
    removed: list[tuple[lxml.html.HtmlElement, int]]
    families: list[tuple[lxml.html.HtmlElement, str]]


def _attempt(
    tree: lxml.html.HtmlElement,
    flags: Flags,
    base_url: str | None,
    title: str | None,
    authors: Sequence[str],
    hint_pool: list[lxml.html.HtmlElement] | None = None,
    signals: PageSignals | None = None,
    *,
    origins: bool = False,
    page: PageElements | None = None,
    families: list[tuple[lxml.html.HtmlElement, str]] | None = None,
) -> tuple[_Result, int]:
    """One pass of the pipeline; returns what it found and the page's text size after stage 1
    (a page too small to prune gives its text as it is, with no region or pruned page). `families`:
    the comment threads of `tree` when an earlier attempt found them (`threads.threads_again`)."""
    root = _body(tree)
    # 0. comment threads, read before stages 1 and 2 take their buttons and class words (threads.py)
    if not flags.clean:
        families = []
    elif families is None:
        families = gated_threads(root, page)
    # 1. non-text elements
    drop_junk(tree)
    page_text = element_text(root)
    page_chars = len(page_text.strip())
    if page_chars < settings.MIN_PAGE_TEXT_CHARS:
        # a tiny page has no chrome to tell apart: its text, if any, is all there is
        return _Result(drop_title_heading(region_blocks([root], root, base_url, clean=False, origins=origins),
                                           title)), page_chars
    # 2. chrome
    kept: list[lxml.html.HtmlElement] = []  # the nodes left, in document order
    overlays: list[lxml.html.HtmlElement] = []
    removed: list[tuple[lxml.html.HtmlElement, int]] = []
    prune(root, tokens=flags.tokens, page_chars=len(page_text), hint_pool=hint_pool, kept=kept, overlays=overlays,
          removed=removed)
    pruned = _Pruned(root, kept, overlays, removed, families)
    return _from_pruned(pruned, flags, base_url, title, authors, signals, origins=origins), page_chars


def _from_pruned(
    pruned: _Pruned,
    flags: Flags,
    base_url: str | None,
    title: str | None,
    authors: Sequence[str],
    signals: PageSignals | None = None,
    *,
    origins: bool = False,
    region: Region | None = None,
) -> _Result:
    """Stages 3 to 5 of an attempt; they read the pruned tree and leave it as it is. `signals`: what
    the page says of itself (its language for `find_region`; a listing page is judged by its
    linked headings alone, see `_is_teaser_list`). `region`: the region an attempt with the same
    class weights found on this pruned tree (stage 3 done: it would find the same one again)."""
    if region is None:
        # 3. region
        overlays = [el for el in pruned.overlays if not holds_headline(el, title)]  # a viewer holding the headline
        region = find_region(pruned.root, weigh_classes=flags.weigh_classes, nodes=pruned.kept, overlays=overlays,
                             language=signals.language if signals is not None else None)
        if region is None:
            return _Result([], None, pruned)
        region.elements = with_kin(region, pruned.root, pruned.kept)  # a story cut in two by the layout
    # 4. blocks
    skip = region.set_aside
    families = None
    if flags.clean:
        boxes = list_boxes(region, signals.language if signals is not None else None) | prompt_boxes(region)
        skip = skip | boxes if boxes else skip
        families = family_elements(region.elements, pruned.families)  # the comment threads in it (threads.py)
    blocks = region_blocks(region.elements, region.top, base_url, clean=flags.clean, skip=skip, origins=origins,
                           families=families)
    # 5. title, byline, teaser pages
    blocks = drop_byline_lines(drop_title_heading(start_at_headline(blocks, title), title), authors)
    if _is_teaser_list(region.top, blocks, listing=signals is not None and signals.declares_listing):
        return _Result([], region, pruned)
    return _Result(blocks, region, pruned)


def _body(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    body = tree.find("body")
    return body if body is not None else tree


def drop_title_heading(blocks: list[Block], title: str | None) -> list[Block]:
    """Drop a leading block that repeats the article title.

    A heading before the first paragraph, or a short first line of an old layout (the title in
    <font><b>), counts when it equals the title or covers most of it ("Title - Site Name").
    """
    if not title:
        return blocks
    wanted = norm_title(title)
    for index, block in enumerate(blocks[: settings.TITLE_SEARCH_BLOCKS]):
        if not block.text:
            continue
        heading = norm_title(block.text)
        covers = heading in wanted and len(heading) >= settings.TITLE_MATCH_SHARE * len(wanted)
        if heading and (heading == wanted or covers):
            return blocks[:index] + blocks[index + 1 :]
        if block.kind not in HEADING_TAGS and len(block.text) > len(title):
            break  # the body has started
    return blocks


def start_at_headline(blocks: list[Block], title: str | None) -> list[Block]:
    """Drop what the region holds above the headline when it is an article's worth of text: a
    banner, a menu or a box laid out before the <h1> is not the article under it. A kicker or a
    short standfirst above the headline stays."""
    wanted = norm_title(title) if title else ""
    if not wanted:
        return blocks
    above = 0
    for index, block in enumerate(blocks):
        if block.kind in HEADING_TAGS and is_headline(block.text, wanted):
            return blocks[index:] if above >= MIN_ARTICLE_CHARS else blocks
        above += len(block.text)
    return blocks


def drop_byline_lines(blocks: list[Block], authors: Sequence[str]) -> list[Block]:
    """Drop short lines at the top of the region that name an author the metadata stage found.

    "By Dana Whitfield -" or "Dana Whitfield | May 14" above the first paragraph is a byline; a
    quote from the author inside the body is long, or comes after the first paragraph. A byline that
    credits the publication the piece came through ("Authored by Dana Whitfield via The Harbour
    Courier,", meta/roles.RELAY_RE) is left to the boilerplate pass, whose rules read its source, and
    so is a dated line that credits another publication ("Erstveröffentlichung: X, 4. März 2024",
    meta/lexicon.credit_history).
    """
    names = [fold_space(a).casefold() for a in authors if len(fold_space(a)) >= settings.MIN_AUTHOR_NAME_CHARS]
    for index, block in enumerate(blocks[: settings.TITLE_SEARCH_BLOCKS]):
        if len(block.text) > settings.BYLINE_MAX_CHARS:
            break  # the body has started
        text = block.text.casefold()
        if credit_history().search(block.text):
            continue  # "Originally published by X on <date>": another publication's credit, the pass reads it
        if (text and any(name in text for name in names) and RELAY_RE.search(block.text) is None) or (
                block.kind == "p" and not block.media and is_dateline(block.text)):
            return blocks[:index] + drop_byline_lines(blocks[index + 1 :], authors)
    return blocks


def is_dateline(text: str) -> bool:
    """Whether a short line is a date with at most a few words around it ("23 Nov 2017", "Posted on
    March 30, 2015 by Admin"): above the first paragraph it is the story's dateline, which the
    metadata stage reads, no sentence of the story."""
    found = DATE_PHRASE_RE.search(text) if has_digit(text) else None
    if found is None:
        return False
    rest = (text[:found.start()] + " " + text[found.end():]).split()
    end = text.rstrip()
    # a sentence's end is none when it is the time's "a.m." / "p.m." ("... at 10:45 a.m.")
    sentence = end.endswith((".", "?", "!", ":")) and _MERIDIEM_END_RE.search(end) is None
    return len(rest) <= settings.DATELINE_MAX_WORDS and not sentence


#: a line that ends in a time's "a.m." or "p.m."
_MERIDIEM_END_RE = re.compile(r"\b[ap]\.\s?m\.$", re.IGNORECASE)


def _is_teaser_list(top: lxml.html.HtmlElement, blocks: list[Block], *, listing: bool = False) -> bool:
    """An index page: many linked headings and only short paragraphs under them; on a page that
    says it is a listing (`listing`), many linked headings whatever the paragraphs under them."""
    # a C-level tag-filtered walk and a look for a link in each heading: an XPath
    # (`.//*[self::h2 or self::h3 or self::h4][.//a]`) would test its predicates on every element
    linked = sum(1 for h in top.iterdescendants(*_TEASER_HEADINGS) if next(h.iterdescendants("a"), None) is not None)
    if linked < settings.TEASER_LINKED_HEADINGS:
        return False
    paragraphs = [len(b.text) for b in blocks if b.kind == "p"]
    if listing:
        return True
    if linked < len(paragraphs) * settings.TEASER_HEADINGS_PER_PARAGRAPH:
        return False
    return not paragraphs or sum(paragraphs) / len(paragraphs) < settings.TEASER_MAX_MEAN_PARAGRAPH
