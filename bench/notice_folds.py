#!/usr/bin/env python3
"""Notice removal on the tune half split into two fixed folds of sites: find a family on one, test on the other.

    .venv/bin/python bench/notice_folds.py                  # per category and fold, tune half only
    .venv/bin/python bench/notice_folds.py --misses related # fold A's misses of a category ('all', 'body')
    .venv/bin/python bench/notice_folds.py --misses all --fold B  # fold B's, the design fold from stop 45
    .venv/bin/python bench/notice_folds.py --blind          # the same with blind markup (notice_ablation.py)
    .venv/bin/python bench/notice_folds.py --words-off      # no rule, word cue or hint (notice_audit.py --shape-only)

Why: the holdout half is the figure to quote and is never read for ideas, so a mechanism's
generalisation is tested inside the tune half. Its sites are split in two fixed folds by a hash
that does not depend on the halves' (`fold_of`: fold A when the first byte of the SHA-1 of
"fold:" + site is odd; the even sites, fold B, hold 86 of the tune half's 312 labelled notices,
two of them ads, too few to read a family in). Read only fold A's misses (`--misses` lists nothing else), build the
mechanism there, and keep it only if fold B, which nobody read, gains too or at least loses nothing.
The holdout half is never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.notice_ablation import blind_page, cell, scored_blocks, summed, unreached_notices, verdicts
from bench.notice_removal import BODY, BODY_TOPICS, NOT_SCORED, documents, load_labels
from bench.shared_data import SHARED
from bench.splits import TUNE, meta_sites, readability_sites, scrapinghub_sites

FOLDS = ("A", "B")


def fold_of(site: str) -> str:
    """The fixed fold of a tune site: A when the first byte of SHA-1("fold:" + site) is odd."""
    return "A" if hashlib.sha1(f"fold:{site}".encode()).digest()[0] % 2 == 1 else "B"


Tallies = dict[tuple[str, str], Counter[str]]


def run(blind: bool, misses: str | None, words_off: bool = False,
        listed_fold: str = "A") -> tuple[Tallies, list[str], Counter[str]]:
    """(fold, category) -> notices seen / removed, body seen / kept; `listed_fold`'s listed misses; pages per
    fold."""
    sites = {"scrapinghub": scrapinghub_sites(), "readability": readability_sites(), "meta": meta_sites()}
    labels = load_labels()
    tally: Tallies = defaultdict(Counter)
    listed: list[str] = []
    pages: Counter[str] = Counter()
    for dataset, doc, half, raw, kwargs in documents():
        if half != TUNE:
            continue
        site = sites[dataset][doc]
        fold = fold_of(site)
        pages[fold] += 1
        page_labels = labels.get((dataset, doc), {})
        timeline = verdicts(blind_page(raw) if blind else raw, kwargs, words_off)
        if timeline is None:
            continue
        seen: set[str] = set()
        for block, removal, text, _key, category in scored_blocks(timeline, page_labels, seen):
            if category == NOT_SCORED:
                continue
            is_body = category == BODY or category in BODY_TOPICS
            name = BODY if is_body else category
            ok = (removal is None) if is_body else (removal is not None)
            tally[fold, name]["n"] += 1
            tally[fold, name]["ok"] += ok
            if ok or fold != listed_fold or misses not in (name, "all"):
                continue
            what = f"{removal.rule}" if removal is not None else "kept"  # type: ignore[attr-defined]
            listed.append(f"{'LOST' if is_body else 'MISS'} {site} {dataset}/{doc[:40]} [{name}] -> {what} "
                          f"{block.kind} links={len(block.links)} {text[:140]!r}")  # type: ignore[attr-defined]
        for category in unreached_notices(page_labels, seen):
            tally[fold, category]["n"] += 1
            tally[fold, category]["ok"] += 1
    return tally, listed, pages


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", metavar="CATEGORY", help="list one fold's misses of a category ('all', 'body')")
    ap.add_argument("--fold", choices=FOLDS, default="A",
                    help="the fold --misses lists: A (stops 43-44), B (the design fold from stop 45)")
    ap.add_argument("--blind", action="store_true", help="the markup's class/id/aria/data words taken away")
    ap.add_argument("--words-off", action="store_true", help="no rule, word cue or hint: shape and position alone")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"notice_folds: {SHARED} is absent", file=sys.stderr)
        return 2
    tally, listed, pages = run(args.blind, args.misses, args.words_off, args.fold)
    how = [name for name, on in (("blind markup", args.blind), ("words off", args.words_off)) if on]
    print(f"tune pages: fold A {pages['A']}, fold B {pages['B']}" + (f" ({', '.join(how)})" if how else ""))
    print("| category | fold A | fold B |\n|---|---|---|")
    categories = sorted({c for _, c in tally} - {BODY})
    for category in (*categories, BODY):
        print(f"| {category} | " + " | ".join(cell(tally[f, category]) for f in FOLDS) + " |")
    for fold in FOLDS:
        notices = summed(tally[fold, category] for category in categories)
        print(f"fold {fold}: notices removed {cell(notices)}, body blocks kept {cell(tally[fold, BODY])}")
    for line in listed:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
