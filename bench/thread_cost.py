#!/usr/bin/env python3
"""What the comment-thread detector (newsgrab/html/threads.py) costs, timed alone inside the pipeline.

    PYTHONPATH=$PWD .venv/bin/python bench/thread_cost.py [--repeat N] [--limit N] [--shared PATH]

Every ScrapingHub and Readability page is extracted as usual, with the two calls the content stage
makes to the detector (`gated_threads` on the page as written, once per attempt, and
`family_elements` on the region) wrapped in a `time.perf_counter` timer, so what is timed is the
detector as the pipeline calls it, on the trees it is given. Each page runs `--repeat` times and
the least disturbed run (its minimum) is kept, for the extraction and for the detector. Printed:
the detector's time per page (mean, p95, max, in microseconds), the extraction's (mean, in ms),
and the detector's share of the extraction time summed over all pages.

Why a share and not a difference of two totals: the detector is a few percent of the HTML path at
most, well inside the noise of two whole runs on a shared machine; its own time is steady.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import newsgrab
from bench.shared_data import SHARED
from newsgrab.html import content

#: the Readability test pages are all served from this URL in their own suite
READABILITY_URL = "http://fakehost/test/page.html"


def _timed(fn: Callable[..., Any], spent: list[float]) -> Callable[..., Any]:
    """`fn`, adding each call's time to `spent[0]`."""
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - t0
    return wrapper


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="runs per page (min is kept)")
    ap.add_argument("--limit", type=int, default=0, help="first N pages of each set only")
    ap.add_argument("--shared", default=str(SHARED), help="the shared data folder (default: bench/shared_data.py)")
    args = ap.parse_args()
    sys.path.insert(0, os.path.join(args.shared, "tools"))
    import evalbench  # the standard loader, beside the benchmark data

    spent = [0.0]
    for name in ("gated_threads", "family_elements"):
        setattr(content, name, _timed(getattr(content, name), spent))
    newsgrab.extract(b"<html><body><article><p>warm up</p></article></body></html>")
    detector: list[float] = []
    whole: list[float] = []
    for name in ("scrapinghub", "readability"):
        docs = list(evalbench.load_docs(name, os.path.join(args.shared, "bench", name)))[: args.limit or None]
        for doc in docs:
            url = doc.get("url") or READABILITY_URL if name == "readability" else doc.get("url")
            best_all = best_det = float("inf")
            for _ in range(args.repeat):
                spent[0] = 0.0
                t0 = time.perf_counter()
                newsgrab.extract(doc["raw"], url=url)
                best_all = min(best_all, time.perf_counter() - t0)
                best_det = min(best_det, spent[0])
            whole.append(best_all)
            detector.append(best_det)
    det_us = sorted(t * 1e6 for t in detector)
    p95 = det_us[min(len(det_us) - 1, int(0.95 * len(det_us)))]
    print(f"pages {len(det_us)}: detector mean {statistics.fmean(det_us):.0f} us, p95 {p95:.0f} us, "
          f"max {det_us[-1]:.0f} us; extraction mean {statistics.fmean(whole) * 1e3:.2f} ms; "
          f"detector share {100 * sum(detector) / sum(whole):.2f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
