"""The original source a syndicated piece credits, filled from the notices the pass finds.

A rule with named groups (`name`, `url`, `published`) captures it from its match; a credit the
score found, or one the pass keeps (a source label linking to another site), is read by its shape
(provenance.py). Either way the name is finished as the credit writes it, picture credits and
platforms are no source, and the link that points at the original is the one named like it.
"""

from __future__ import annotations

import re

from newsgrab import urls
from newsgrab.clean.credits import credited_date
from newsgrab.clean.provenance import finish_name, read_credit, text_url
from newsgrab.clean.views import BlockText, PageFacts
from newsgrab.model import Block, OriginalSource
from newsgrab.whitespace import fold_space

#: link text that points at the original piece in a provenance notice ("Read the original article")
_ORIGINAL_LINK_RE = re.compile(
    r"\boriginal|\bhere\b|\bhier\b|\bici\b|\baquí\b|\bqui\b|\baqui\b|здесь|оригинал", re.IGNORECASE
)
#: names a "Source: ..." line can give that are picture credits or platforms, not a publication
_NOT_A_SOURCE_RE = re.compile(
    r"(?:supplied|handout|file(?: photo)?|screenshot|screengrab|getty(?: images)?|shutterstock|unsplash|pixabay|"
    r"pexels|alamy|wikimedia(?: commons)?|wikipedia|public domain|youtube|twitter|x|facebook|instagram|tiktok|"
    r"social media|various|agencies|author|the author|own work)$",
    re.IGNORECASE,
)

def capture(source: OriginalSource, match: re.Match[str], block: Block, host: str | None) -> bool:
    """Fill the source's gaps from a rule's named groups (the name finished as the credit writes
    it: provenance.finish_name); whether it filled any."""
    before = source.to_dict()
    groups = {k: v.strip(" .,;:") for k, v in match.groupdict().items() if v}
    name, domain_url = finish_name(groups.get("name"), block.text, host)
    if name and name.casefold().startswith(("http://", "https://")):  # "Source: https://...": named by its host
        parts = urls.split(name)  # None for one that does not parse ("http://[::1"): no address, no name
        groups["url"] = groups.get("url") or (name if parts is not None else None)
        name = ((parts.hostname or "").removeprefix("www.") or None) if parts is not None else None
    if groups.get("url") and not urls.parses(groups["url"]):
        del groups["url"]
    if name and _NOT_A_SOURCE_RE.match(name):
        name = None  # "Source: Getty Images" credits a picture, not the article
    if name and not source.name:
        source.fill(name=name, url=link_for(block, name) or text_url(block.text, host) or domain_url)
    source.fill(url=groups.get("url"))
    published = groups.get("published") or (credited_date(block.text) if name or groups.get("url") else None)
    if published and not source.published:  # the credit's date, in its group or anywhere in it
        from newsgrab.meta.dates import parse_date

        source.fill(published=parse_date(published))
    return source.to_dict() != before


def link_for(block: Block, name: str) -> str | None:
    """The link in a provenance notice that points at the original: the one named like the source."""
    folded = name.casefold()
    for link in block.links:  # "Read the [original article](url)" points at the piece itself
        if _ORIGINAL_LINK_RE.search(link.text):
            return link.url
    for link in block.links:
        if fold_space(link.text).casefold() == folded or folded in fold_space(link.text).casefold():
            return link.url
    for link in block.links:  # "Sources: [Example Post], Example Wire": the name's first part is linked
        if len(link.text.strip()) >= 3 and folded.startswith(fold_space(link.text).casefold().strip(" .,:;")):
            return link.url
    return block.links[0].url if len(block.links) == 1 else None


def capture_credit(source: OriginalSource, view: BlockText | None, page: PageFacts, host: str | None) -> bool:
    """Fill the original source from a credit the score found (its publication, the original's
    address, its date: the provenance shape, clean/provenance.py); whether it filled any."""
    credit = read_credit(view, page, host) if view is not None else None
    if credit is None:
        return False
    before = source.to_dict()
    name = credit.name
    if name and _NOT_A_SOURCE_RE.match(name):
        name = None
    if name and not source.name:
        # "Read the [original](url)" or the link named like the source first, else the link elsewhere
        source.fill(name=name, url=(link_for(view.block, name) if view else None) or credit.url)
    source.fill(url=credit.url)
    if credit.published and not source.published:
        from newsgrab.meta.dates import parse_date

        source.fill(published=parse_date(credit.published))
    return source.to_dict() != before


def kept_credit(view: BlockText | None, page: PageFacts, host: str | None) -> bool:
    """Whether a block the pass keeps is a credit all the same: a part of the line opens with a
    source label and links to another site ("23 March 2017 | Quelle: [X](elsewhere)"). On the tune
    pages this shape credits the source on 4 pages (wiwo, uproxx, gizmodo.jp, opposingviews) and
    on none wrongly; a kept block with only a provenance word fired on no tune page, so it is not
    read (a body sentence keeps its "originally").

    Only a block that holds a word of the source labels and none of provenance can be one (the
    credit's cue must be `source-label`, which a label opening the block or a part of it gives and
    a provenance word overrides), so the others skip reading the credit: the pass asks this of every
    block before and after the body, and most of them (menus, footers) hold no such word."""
    if view is None or not host or "provenance" in view.hits or "source_labels" not in view.hits:
        return False
    credit = read_credit(view, page, host)
    return credit is not None and credit.cue.startswith("source-label+link") and credit.url is not None


def credit_cue(view: BlockText | None, page: PageFacts, host: str | None) -> str:
    """What found a credit's source, for `provenance.original_source`: the shape's cue, else `provenance`."""
    credit = read_credit(view, page, host) if view is not None else None
    return credit.cue if credit is not None else "provenance"
