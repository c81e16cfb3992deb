#!/usr/bin/env python3
"""Calibrate the comment-thread shape (newsgrab/html/threads.py), and a teaser grid's, on the tune half's whole pages.

    .venv/bin/python bench/thread_shapes.py            # counts per fold (tune half only)
    .venv/bin/python bench/thread_shapes.py --bare     # the shape alone: no markup word counts
    .venv/bin/python bench/thread_shapes.py --list     # and each tune page where a family fires, and why

The labelled tune half has almost no comment thread or teaser grid inside the article region, but
its pages' chrome has many (comment sections, "more stories" grids, rails): written by others, they
are what the shapes are designed on. Each tune page (ScrapingHub, Readability, bench/meta) is parsed
whole, with nothing pruned, and `thread_containers` is asked of its <body>, then `grid_cues` (below)
of every element outside the threads. The teaser grid lives here, not in the library: built and
wired like the thread (s39-hcomments), it took in the region of the labelled pages only related
blocks the notice score already took (14 tune blocks) and one holdout body block, so it was not
kept. Counted per fold (bench/notice_folds.py's `fold_of`):

- containers and units flagged, per family (a unit: one comment, one card), and the pages (a
  teaser grid: `MIN_CARDS` or more sibling units of one tag and first class word, holding most of
  the container's text, each a link to a different article-shaped page of the page's own site
  whose text is a headline, with at most `MAX_CARD_LOOSE_CHARS` outside its links and at most
  `MAX_CARD_CHARS` in all);
- body blocks flagged: the blocks newsgrab keeps as article body (no notice label) whose text lies
  inside a flagged container (blocks of at least `MIN_BODY_CHARS`, so a short line quoted in a
  comment is not counted), and for ScrapingHub the lines of the true body (`articleBody`) so;
- the labelled notices inside a flagged container, by category (what the family would find if the
  container reached the region).

The holdout half is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.notice_folds import FOLDS, fold_of
from bench.notice_removal import BODY, BODY_TOPICS, NOT_SCORED, documents, fingerprint, load_labels
from bench.shared_data import SHARED
from bench.splits import TUNE, meta_sites, readability_sites, scrapinghub_sites

#: characters of a body block or a true-body line at least, to be looked for in a flagged container
MIN_BODY_CHARS = 20
#: cards a teaser grid holds at least; characters of one card at most, and of its text outside links
MIN_CARDS, MAX_CARD_CHARS, MAX_CARD_LOOSE_CHARS = 3, 300, 120
#: share of a grid's units that are cards, and of its text they hold
MIN_CARD_SHARE, MIN_CARDS_TEXT_SHARE = 0.75, 0.6


def _host(url: str | None) -> str:
    from newsgrab import urls

    return (urls.hostname(url) or "").casefold().removeprefix("www.") if url else ""


def _card_link(unit: Any, site: str, page: str) -> str | None:
    """The article of the site a card links with a headline-long text, else None."""
    from newsgrab import urls

    for a in unit.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith("#") or href.split("#")[0] == page:
            continue
        host = _host(href)
        if host and host != site and not host.endswith("." + site):
            continue
        if urls.article_shaped(href) and len(a.text_content().split()) >= 3:
            return href
    return None


def grid_cues(el: Any, base_url: str | None) -> tuple[str, ...]:
    """The cues that make `el` a grid of other stories' cards, else ()."""
    from newsgrab.html.threads import _runs, _units

    site = _host(base_url)
    units = _units(el)
    if not site or len(units) < MIN_CARDS:
        return ()
    total_chars = len(_fold(el.text_content()))
    if sum(len(_fold(u.text_content())) for u in units) < MIN_CARDS_TEXT_SHARE * total_chars:
        return ()
    page = (base_url or "").split("#")[0]
    targets: set[str] = set()
    for unit in units:
        total = loose = 0
        for _node, text, linked in _runs(unit, unit.tag == "a"):
            total += len(_fold(text))
            loose += 0 if linked else len(_fold(text))
        link = _card_link(unit, site, page) if total <= MAX_CARD_CHARS and loose <= MAX_CARD_LOOSE_CHARS else None
        if link is not None:
            targets.add(link)
    cards = len(targets)
    return (f"cards={cards}",) if cards >= MIN_CARDS and cards >= MIN_CARD_SHARE * len(units) else ()


def grid_containers(root: Any, base_url: str | None, skip: set[Any]) -> list[tuple[Any, str]]:
    """The outermost teaser grids under `root`, outside the elements of `skip` (the threads)."""
    found: list[tuple[Any, str]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node in skip:
            continue
        cues = grid_cues(node, base_url)
        if cues:
            found.append((node, f"teaser-grid:{'+'.join(cues)}"))
        else:
            stack.extend(c for c in reversed(node) if isinstance(c.tag, str) and len(c))
    return found


def _fold(text: str) -> str:
    return " ".join(text.split())


def page_figures(raw: bytes, url: str | None) -> tuple[Counter[str], list[str], list[str]]:
    """(counts per family: containers and units, the hints given, the folded text of each container)."""
    from newsgrab.html.parse import parse_html
    from newsgrab.html.threads import thread_containers

    try:
        tree = parse_html(raw.decode("utf-8", "replace"))
    except Exception:  # a page lxml refuses is no figure
        return Counter(), [], []
    body = tree.find("body")
    counts: Counter[str] = Counter()
    hints: list[str] = []
    texts: list[str] = []
    root = body if body is not None else tree
    threads = thread_containers(root)
    for el, hint in threads + grid_containers(root, url, {el for el, _hint in threads}):
        family, cues = hint.split(":", 1)
        units = int(cues.split("+")[0].split("=")[1])
        counts[f"{family} containers"] += 1
        counts[f"{family} units"] += units
        hints.append(hint)
        texts.append(_fold(el.text_content()))
    return counts, hints, texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true", help="list the tune pages where a family fires")
    ap.add_argument("--bare", action="store_true",
                    help="no markup word (data/thread_words.toml): the shape alone, as a thread the "
                         "token pruning left in the region has it")
    args = ap.parse_args(argv)
    if args.bare:
        from newsgrab.html import threads

        threads._marked = lambda el: False
    if not SHARED.exists():
        print(f"thread_shapes: {SHARED} is absent", file=sys.stderr)
        return 2
    import newsgrab

    truth = json.loads((SHARED / "bench" / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    sites = {"scrapinghub": scrapinghub_sites(), "readability": readability_sites(), "meta": meta_sites()}
    labels = load_labels()
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    listed: list[str] = []
    for dataset, doc, half, raw, kwargs in documents():
        if half != TUNE:
            continue
        site = sites[dataset][doc]
        fold = fold_of(site)
        tally[fold]["pages"] += 1
        counts, hints, texts = page_figures(raw, kwargs.get("url"))
        tally[fold].update(counts)
        for family in {h.split(":", 1)[0] for h in hints}:
            tally[fold][f"{family} pages"] += 1
        joined = "\n".join(texts)
        page_labels = labels.get((dataset, doc), {})
        try:
            article = newsgrab.extract(raw, **kwargs)
        except newsgrab.NewsgrabError:
            article = None
        lost: list[str] = []
        for block, _removal in article.timeline if article is not None else ():
            category = page_labels.get(fingerprint(block.text), BODY) if block.text else NOT_SCORED
            inside = len(block.text) >= MIN_BODY_CHARS and _fold(block.text) in joined
            if category in (BODY, *BODY_TOPICS):
                tally[fold]["body blocks"] += len(block.text) >= MIN_BODY_CHARS
                if inside:
                    tally[fold]["body blocks flagged"] += 1
                    lost.append(block.text[:60])
            elif category != NOT_SCORED and inside:
                tally[fold][f"notices inside: {category}"] += 1
        if dataset == "scrapinghub":
            for line in truth[doc]["articleBody"].splitlines():
                if len(line.strip()) >= MIN_BODY_CHARS:
                    tally[fold]["true-body lines"] += 1
                    tally[fold]["true-body lines flagged"] += _fold(line) in joined
        if args.list:
            listed.append(f"{fold} {site} {dataset}/{doc[:40]}: {'; '.join(hints)}"
                          + (f"  BODY FLAGGED {lost}" if lost else ""))
    keys = sorted({k for c in tally.values() for k in c})
    print("| figure | fold A | fold B |\n|---|---|---|")
    for key in keys:
        print(f"| {key} | " + " | ".join(str(tally[f][key]) for f in FOLDS) + " |")
    for line in listed:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
