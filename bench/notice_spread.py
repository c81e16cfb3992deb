#!/usr/bin/env python3
"""How the HTML notice pass's misses spread over sites, per half and category: counts only.

    .venv/bin/python bench/notice_spread.py

A gap between the halves (`bench/notice_removal.py`: tune 87%, holdout 60% in stop 44) reads two ways:
a few holdout sites with long lists the pass does not know (one page's thirty related headlines), or a
family the pass misses on many sites. Which one decides what to build next: the first is a profile for
those sites (`newsgrab rules suggest`), the second a mechanism. This script tells them apart without
reading a holdout page: for each half and category it prints how many missed notices there are, on how
many of the sites that have such notices at all, and the largest per-site counts, never a site's name,
page or text. The holdout stays an aggregate.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.notice_ablation import scored_blocks, verdicts
from bench.notice_removal import BODY, BODY_TOPICS, NOT_SCORED, documents, load_labels
from bench.shared_data import SHARED
from bench.splits import HOLDOUT, TUNE, meta_sites, readability_sites, scrapinghub_sites

#: the row pooling every category
ALL = "all"
#: how many of the largest per-site miss counts a row shows
TOP = 5


def spread_row(half: str, category: str, missed: Counter[str], sites_with: int) -> str:
    """One table row: misses, the sites they are on out of `sites_with`, the largest per-site counts and
    the share of the misses on the two sites with most (no site is named)."""
    counts = sorted(missed.values(), reverse=True)
    total = sum(counts)
    top_two = f"{sum(counts[:2]) / total:.0%}" if total else "-"
    return (f"| {half} | {category} | {total} | {len(counts)} of {sites_with} | "
            f"{', '.join(map(str, counts[:TOP])) or '-'} | {top_two} |")


def main() -> int:
    if not SHARED.exists():
        print(f"notice_spread: {SHARED} is absent", file=sys.stderr)
        return 2
    sites = {"scrapinghub": scrapinghub_sites(), "readability": readability_sites(), "meta": meta_sites()}
    labels = load_labels()
    missed: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    having: dict[tuple[str, str], set[str]] = defaultdict(set)
    for dataset, doc, half, raw, kwargs in documents():
        site = sites[dataset][doc]
        timeline = verdicts(raw, kwargs, False)
        if timeline is None:
            continue
        for _block, removal, _text, _key, category in scored_blocks(timeline, labels.get((dataset, doc), {}), set()):
            if category in (NOT_SCORED, BODY) or category in BODY_TOPICS:
                continue
            for name in (category, ALL):
                having[half, name].add(site)
                if removal is None:
                    missed[half, name][site] += 1
    print("| half | category | notices missed | on sites (of those with such notices) | most on one site "
          "| share on the top two |\n|---|---|---|---|---|---|")
    for half in (TUNE, HOLDOUT):
        names = sorted({name for h, name in having if h == half and name != ALL})
        for name in (ALL, *names):
            print(spread_row(half, name, missed[half, name], len(having[half, name])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
