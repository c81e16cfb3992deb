#!/usr/bin/env python3
"""Blocks printed from inside a link that holds blocks: do they carry that link?

    .venv/bin/python bench/anchor_cards.py            # per fold of the tune half, holdout in aggregate
    .venv/bin/python bench/anchor_cards.py --list A   # fold A's linkless ones, per site (design fold)

Why: a teaser card is often one `<a>` around a picture and a headline (`<a href><img><h3>..</h3></a>`,
`<a><div><img><span>..</span></div></a>`). The HTML stage's walk makes the heading (or the div) a
block of its own; before stop 54 the link went to whatever block was flushed first inside the
`<a>` (the picture's media block, or nothing), and the headline's block printed with no link, so
the boilerplate pass's link readers could not see the teaser. This counts, in the final blocks of
every labelled page, the blocks with text made while the walk was inside such an `<a>`, and how
many of them carry no link at all. It watches the walk from outside (wrapping `BlockBuilder`'s
`_inline` and `flush`), so it measures the same thing before and after a change to the walk.
The holdout is counted only in aggregate; its pages are never listed.

Second table: the same count in the tune pages' own link lists outside the article region
(`bench/related_shapes.py`'s lists, made into blocks by the walk without conditional cleaning),
where stop 52 found the cards: few cards reach the region as written (the cleaning drops most
link-dense containers), many stand in the lists a new site may set into it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.notice_folds import FOLDS, fold_of
from bench.notice_removal import documents
from bench.splits import HOLDOUT, meta_sites, readability_sites, scrapinghub_sites

#: the tags `BlockBuilder._inline` walks as blocks when they sit inside inline markup
_BLOCK_CHILDREN = ("p", "div", "li", "blockquote", "table", "ul", "ol", "figure", "h1", "h2", "h3", "h4", "h5", "h6")


class _Watch:
    """Ids of the blocks appended while the walk is inside an `<a>` holding block children."""

    def __init__(self) -> None:
        self.depth = 0
        #: where the innermost such `<a>`'s text starts in the builder's current parts
        self.start = 0
        self.inside: dict[int, Any] = {}  # id -> block (kept alive so ids are not reused)

    def install(self) -> None:
        from newsgrab.html.blocks import BlockBuilder

        watch = self
        inline, flush = BlockBuilder._inline, BlockBuilder.flush

        def _inline(builder: Any, el: Any) -> None:
            holds = el.tag == "a" and next(el.iterdescendants(*_BLOCK_CHILDREN), None) is not None
            outer = watch.start
            if holds:
                watch.start = len(builder._parts)
            watch.depth += holds
            try:
                inline(builder, el)
            finally:
                watch.depth -= holds
                if holds:
                    watch.start = outer

        def _flush(builder: Any, *args: Any, **kwargs: Any) -> None:
            before = len(builder.blocks)
            # a block's text came from inside the <a> when some of it was added after the <a> began
            printed = watch.depth and "".join(builder._parts[watch.start:]).strip()
            flush(builder, *args, **kwargs)
            if printed:
                for block in builder.blocks[before:]:
                    watch.inside[id(block)] = block
            if not builder._parts:
                watch.start = 0

        BlockBuilder._inline = _inline  # type: ignore[method-assign]
        BlockBuilder.flush = _flush  # type: ignore[method-assign]


def pages(watch: _Watch) -> Iterator[tuple[str, str, str, Counter[str]]]:
    """(fold or "holdout", site, set/doc, counts) of every labelled page."""
    from newsgrab.html import extract_html
    from newsgrab.read.decode import decode

    sites = {"scrapinghub": scrapinghub_sites(), "readability": readability_sites(), "meta": meta_sites()}
    for dataset, doc, half, raw, kwargs in documents():
        site = sites[dataset][doc]
        where = HOLDOUT if half == HOLDOUT else fold_of(site)
        watch.inside.clear()
        try:
            page = extract_html(decode(raw).text, base_url=kwargs.get("url"))
        except Exception:  # an unparsable page has no cards
            continue
        counts: Counter[str] = Counter()
        for block in page.blocks:
            if block.text and id(block) in watch.inside:
                counts["blocks"] += 1
                counts["linkless"] += not block.links
                counts["heading linkless"] += not block.links and block.kind in ("h1", "h2", "h3", "h4", "h5", "h6")
        yield where, site, f"{dataset}/{doc}", counts


def list_counts(watch: _Watch) -> dict[str, Counter[str]]:
    """Per tune fold: blocks with text of `related_shapes`' lists, those made inside a block-holding
    `<a>`, and those of them without a link."""
    from bench.notice_perturb import page_url
    from bench.related_shapes import _list_blocks, _site, candidate_lists
    from newsgrab.html import extract_html
    from newsgrab.html.parse import parse_html
    from newsgrab.read.decode import decode

    sites = {"scrapinghub": scrapinghub_sites(), "readability": readability_sites(), "meta": meta_sites()}
    totals: dict[str, Counter[str]] = {name: Counter() for name in FOLDS}
    for dataset, doc, half, raw, kwargs in documents():
        if half == HOLDOUT:
            continue
        site = sites[dataset][doc]
        text, url = decode(raw).text, kwargs.get("url")
        try:
            page = extract_html(text, base_url=url)
            tree = parse_html(text)
        except Exception:  # an unparsable page has no lists
            continue
        reached = "\n".join(b.text for b in page.blocks)
        counts = totals[fold_of(site)]
        for cand in candidate_lists(tree, _site(page_url(tree, url) or page.metadata.url), reached):
            watch.inside.clear()
            for block in _list_blocks(cand, url or page.metadata.url):
                if block.text:
                    counts["blocks"] += 1
                    if id(block) in watch.inside:
                        counts["inside"] += 1
                        counts["linkless"] += not block.links
    return totals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", choices=FOLDS, help="list one fold's pages with linkless blocks (fold A designs)")
    args = ap.parse_args(argv)
    watch = _Watch()
    watch.install()
    totals: dict[str, Counter[str]] = {name: Counter() for name in (*FOLDS, HOLDOUT)}
    sites: dict[str, Counter[str]] = {name: Counter() for name in (*FOLDS, HOLDOUT)}
    for where, site, doc, counts in pages(watch):
        totals[where].update(counts)
        totals[where]["pages"] += bool(counts["linkless"])
        if counts["linkless"]:
            sites[where][site] += counts["linkless"]
        if args.list and where == args.list and counts["linkless"]:
            print(f"{where}  {site:28} {doc:40} blocks {counts['blocks']:3}  linkless {counts['linkless']:3}")
    print("blocks with text made inside an <a> holding blocks: linkless / all (headings linkless; pages; sites)")
    for name in (*FOLDS, HOLDOUT):
        t = totals[name]
        print(f"  {name:8} {t['linkless']:4} / {t['blocks']:4}   headings {t['heading linkless']:4}"
              f"   pages {t['pages']:3}   sites {len(sites[name]):3}")
    print("related_shapes' lists (tune): item blocks with text, made inside such an <a>, of them linkless")
    for name, t in list_counts(watch).items():
        print(f"  {name:8} {t['blocks']:5}   inside {t['inside']:4}   linkless {t['linkless']:4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
