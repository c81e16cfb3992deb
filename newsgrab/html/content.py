"""Find the article in a parsed page and turn it into blocks, backing off when cleaning went too far.

Stages, per attempt (numbered as in `_attempt` and `_from_pruned`):
1. drop non-text elements (scripts, styles, form controls) -- always;
2. prune page chrome by tag, role, visibility and class/id tokens (flag `tokens`);
3. score candidates and pick the article region plus its siblings (flag `weigh_classes`);
4. serialise the region to blocks, skipping link lists and short forms (flag `clean`);
5. drop a leading heading that repeats the title; refuse index pages made of teasers.

The sieve (Readability's flags): the first attempt runs with every flag on; when its body is
shorter than `newsgrab.settings.MIN_ARTICLE_CHARS`, it is retried with one aggressive pass switched
off at a time: from the first attempt's pruned tree while token pruning stays on, from a fresh
parse when it is off. The first attempt that reaches the minimum wins, else the longest, and a
warning says which pass was switched off.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import lxml.html

from newsgrab.html import settings
from newsgrab.html.blocks import HEADING_TAGS, region_blocks
from newsgrab.html.scoring import find_region
from newsgrab.html.structural import drop_junk, element_text, prune
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


def extract_content(
    tree: lxml.html.HtmlElement,
    *,
    base_url: str | None = None,
    title: str | None = None,
    authors: Sequence[str] = (),
    reparse: Callable[[], lxml.html.HtmlElement] | None = None,
    hint_pool: list[lxml.html.HtmlElement] | None = None,
) -> tuple[list[Block], list[str]]:
    """Blocks of the main content region and any warnings. `tree` is cleaned in place.

    `title` and `authors` (from the metadata stage) let a repeated title and a byline line at the
    top of the region go. `reparse` gives a fresh copy of the page for the sieve's retries
    (cleaning is destructive). `hint_pool` is the page scan's pool of article-body hint
    candidates in `tree` (see `prune`); the reparsed copies do without it.

    A retry that keeps token pruning on (no-conditional-cleaning, no-class-weights) differs from
    the first attempt only from stage 3 on, which reads the tree without changing it: it starts
    from the first attempt's pruned tree instead of parsing and pruning the page again.
    """
    best: list[Block] = []
    best_flags = ATTEMPTS[0]
    first: _Pruned | None = None
    for number, flags in enumerate(ATTEMPTS):
        if number == 0:
            blocks, page_chars, first = _attempt(tree, flags, base_url, title, authors, hint_pool)
            if body_chars(blocks) >= MIN_ARTICLE_CHARS or page_chars < settings.MIN_PAGE_TEXT_CHARS:
                return blocks, []
        elif reparse is None:
            break
        elif first is not None and flags.tokens:
            blocks = _from_pruned(first, flags, base_url, title, authors)
        else:
            blocks = _attempt(reparse(), flags, base_url, title, authors)[0]
        chars = body_chars(blocks)
        if chars > body_chars(best) or number == 0:
            best, best_flags = blocks, flags
        if chars >= MIN_ARTICLE_CHARS:
            break
    warnings = [f"sieve:{best_flags.name}"] if best_flags.name else []
    return best, warnings


@dataclass(frozen=True, slots=True)
class _Pruned:
    """A page after stages 1 and 2: the <body> (or root) and the nodes left in it, in document order."""

    root: lxml.html.HtmlElement
    kept: list[lxml.html.HtmlElement]


def _attempt(
    tree: lxml.html.HtmlElement,
    flags: Flags,
    base_url: str | None,
    title: str | None,
    authors: Sequence[str],
    hint_pool: list[lxml.html.HtmlElement] | None = None,
) -> tuple[list[Block], int, _Pruned | None]:
    """One pass of the pipeline; returns the blocks, the page's text size after stage 1, and the
    pruned page (None for a page too small to prune)."""
    root = _body(tree)
    # 1. non-text elements
    drop_junk(tree)
    page_text = element_text(root)
    page_chars = len(page_text.strip())
    if page_chars < settings.MIN_PAGE_TEXT_CHARS:
        # a tiny page has no chrome to tell apart: its text, if any, is all there is
        return drop_title_heading(region_blocks([root], root, base_url, clean=False), title), page_chars, None
    # 2. chrome
    kept: list[lxml.html.HtmlElement] = []  # the nodes left, in document order
    prune(root, tokens=flags.tokens, page_chars=len(page_text), hint_pool=hint_pool, kept=kept)
    pruned = _Pruned(root, kept)
    return _from_pruned(pruned, flags, base_url, title, authors), page_chars, pruned


def _from_pruned(
    pruned: _Pruned, flags: Flags, base_url: str | None, title: str | None, authors: Sequence[str]
) -> list[Block]:
    """Stages 3 to 5 of an attempt; they read the pruned tree and leave it as it is."""
    # 3. region
    region = find_region(pruned.root, weigh_classes=flags.weigh_classes, nodes=pruned.kept)
    if region is None:
        return []
    # 4. blocks
    blocks = region_blocks(region.elements, region.top, base_url, clean=flags.clean)
    # 5. title, byline, teaser pages
    blocks = drop_byline_lines(drop_title_heading(blocks, title), authors)
    if _is_teaser_list(region.top, blocks):
        return []
    return blocks


def _body(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    body = tree.find("body")
    return body if body is not None else tree


def _norm(text: str) -> str:
    return fold_space(text).casefold().strip(" .:!?\u2019'\"")


def drop_title_heading(blocks: list[Block], title: str | None) -> list[Block]:
    """Drop a leading block that repeats the article title.

    A heading before the first paragraph, or a short first line of an old layout (the title in
    <font><b>), counts when it equals the title or covers most of it ("Title - Site Name").
    """
    if not title:
        return blocks
    wanted = _norm(title)
    for index, block in enumerate(blocks[: settings.TITLE_SEARCH_BLOCKS]):
        if not block.text:
            continue
        heading = _norm(block.text)
        covers = heading in wanted and len(heading) >= settings.TITLE_MATCH_SHARE * len(wanted)
        if heading and (heading == wanted or covers):
            return blocks[:index] + blocks[index + 1 :]
        if block.kind not in HEADING_TAGS and len(block.text) > len(title):
            break  # the body has started
    return blocks


def drop_byline_lines(blocks: list[Block], authors: Sequence[str]) -> list[Block]:
    """Drop short lines at the top of the region that name an author the metadata stage found.

    "By Dana Whitfield -" or "Dana Whitfield | May 14" above the first paragraph is a byline; a
    quote from the author inside the body is long, or comes after the first paragraph.
    """
    names = [fold_space(a).casefold() for a in authors if len(fold_space(a)) >= settings.MIN_AUTHOR_NAME_CHARS]
    if not names:
        return blocks
    for index, block in enumerate(blocks[: settings.TITLE_SEARCH_BLOCKS]):
        if len(block.text) > settings.BYLINE_MAX_CHARS:
            break  # the body has started
        text = block.text.casefold()
        if text and any(name in text for name in names):
            return blocks[:index] + drop_byline_lines(blocks[index + 1 :], authors)
    return blocks


def _is_teaser_list(top: lxml.html.HtmlElement, blocks: list[Block]) -> bool:
    """An index page: many linked headings and only short paragraphs under them."""
    # a C-level tag-filtered walk and a look for a link in each heading: an XPath
    # (`.//*[self::h2 or self::h3 or self::h4][.//a]`) would test its predicates on every element
    linked = sum(1 for h in top.iterdescendants(*_TEASER_HEADINGS) if next(h.iterdescendants("a"), None) is not None)
    if linked < settings.TEASER_LINKED_HEADINGS:
        return False
    paragraphs = [len(b.text) for b in blocks if b.kind == "p"]
    if linked < len(paragraphs) * settings.TEASER_HEADINGS_PER_PARAGRAPH:
        return False
    return not paragraphs or sum(paragraphs) / len(paragraphs) < settings.TEASER_MAX_MEAN_PARAGRAPH
