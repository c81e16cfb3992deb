#!/usr/bin/env python3
"""What the boilerplate pass costs on ScrapingHub: time (pass on vs `keep={"all"}`) and F1.

usage: .venv/bin/python bench/boilerplate_cost.py [--repeat N] [--limit N] [--shared PATH]

The ground truth of that benchmark keeps a few notices as body text (an "Originally published"
line, an agency copyright line), so the pass may cost a little F1 there; this script lists every
page where it does, with the removed blocks that overlap the truth, so each can be judged.

Timing: each page is extracted with both settings, alternating, `--repeat` times; the minimum
per page and setting is kept (the least disturbed run), then summed. The pass's own time is also
timed alone (remove_boilerplate on the page's blocks and metadata), which is steadier than the
difference of two noisy totals.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import newsgrab
from bench.shared_data import SHARED
from newsgrab.clean.boilerplate import remove_boilerplate
from newsgrab.options import Options
from newsgrab.rules import load_rules

OFF = Options(keep=frozenset({"all"}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="runs per page and setting (min is kept)")
    ap.add_argument("--limit", type=int, default=0, help="first N pages only")
    ap.add_argument("--shared", default=str(SHARED), help="the shared data folder (default: bench/shared_data.py)")
    args = ap.parse_args()
    sys.path.insert(0, os.path.join(args.shared, "tools"))
    import evalbench  # the standard metric, beside the benchmark data

    root = os.path.join(args.shared, "bench", "scrapinghub")
    docs = list(evalbench.load_docs("scrapinghub", root))[: args.limit or None]
    rules = load_rules()
    newsgrab.extract(b"<html><body><article><p>warm up</p></article></body></html>")

    spent_on = spent_off = spent_pass = 0.0
    rows_on, rows_off, costly = [], [], []
    for doc in docs:
        best_on = best_off = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            art_off = newsgrab.extract(doc["raw"], url=doc["url"], options=OFF)
            t1 = time.perf_counter()
            art_on = newsgrab.extract(doc["raw"], url=doc["url"])
            t2 = time.perf_counter()
            best_off, best_on = min(best_off, t1 - t0), min(best_on, t2 - t1)
        blocks = [block for block, _ in art_off.timeline]
        best_pass = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            remove_boilerplate(blocks, rules, metadata=art_off)
            best_pass = min(best_pass, time.perf_counter() - t0)
        spent_on, spent_off, spent_pass = spent_on + best_on, spent_off + best_off, spent_pass + best_pass
        on = evalbench.shingle_counts(doc["truth"], art_on.body)
        off = evalbench.shingle_counts(doc["truth"], art_off.body)
        rows_on.append(on)
        rows_off.append(off)
        f1_on, f1_off = _f1(on), _f1(off)
        truth = evalbench.norm_ws(doc["truth"]).casefold()
        lost = [r for r in art_on.removed if r.text and evalbench.norm_ws(r.text).casefold()[:60] in truth]
        if f1_on < f1_off - 1e-9 or lost:
            costly.append((doc["id"], f1_off - f1_on, lost))

    s_on, s_off = evalbench.shingle_summary(rows_on), evalbench.shingle_summary(rows_off)
    print(f"pages: {len(docs)}  repeat: {args.repeat}")
    print(f"time  keep=all: {spent_off:.3f}s   pass on: {spent_on:.3f}s   "
          f"overhead: {100 * (spent_on - spent_off) / spent_off:+.1f}%")
    print(f"pass alone: {spent_pass:.3f}s = {100 * spent_pass / spent_off:.1f}% of extraction time with keep=all")
    print(f"F1    keep=all: {s_off['f1']:.4f}   pass on: {s_on['f1']:.4f}   cost: {s_off['f1'] - s_on['f1']:+.4f}")
    print(f"P     keep=all: {s_off['precision']:.4f}   pass on: {s_on['precision']:.4f}")
    print(f"R     keep=all: {s_off['recall']:.4f}   pass on: {s_on['recall']:.4f}")
    print(f"pages where the pass removes ground-truth text: {len(costly)}")
    for page, delta, lost in sorted(costly, key=lambda c: -c[1]):
        print(f"  {page}  page F1 {-delta:+.4f}")
        for removal in lost:
            print(f"      [{removal.category} {removal.rule}] {removal.text[:110]}")
    return 0


def _f1(row: tuple[float, float, float]) -> float:
    tp, fp, fn = row
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


if __name__ == "__main__":
    sys.exit(main())
