"""CPU time per page of two checkouts of newsgrab, taking turns on the bench pages: a before/after
figure that other load on the machine disturbs less than two separate `bench/run.py` runs.

usage: .venv/bin/python bench/cpu_ab.py BEFORE_CHECKOUT AFTER_CHECKOUT [--turns N] [--datasets a,b]

    git worktree add /tmp/before main   # or: git archive main | tar -x -C /tmp/before
    .venv/bin/python bench/cpu_ab.py /tmp/before . --turns 8

The pages are this checkout's ../shared (or $NEWSGRAB_SHARED). Each checkout runs in its own warm
worker process (its package imported from that checkout, the pages loaded, 5 warm-up pages per
dataset). The workers take turns, one pass over one dataset each, the order swapping every turn,
so both meet the same load drifting over the run. A pass is timed with `time.process_time` (CPU
time: a process waiting for a core is not charged). Printed per dataset: each side's median and
fastest pass in ms a page, and the median of the per-turn ratios after/before, the figure to quote
(a ratio of two passes a few seconds apart).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench import workers as workers_
from bench.shared_data import SHARED

#: the worker: imports newsgrab from the checkout given, then times one pass per dataset name read
_WORKER = """
import contextlib, sys, time
sys.path.insert(0, sys.argv[1])
from bench.shared_data import load_evalbench
import newsgrab
evalbench = load_evalbench()
sets = {name: list(evalbench.load_docs(name, evalbench.ROOTS[name])) for name in sys.argv[2].split(",")}
for docs in sets.values():
    for doc in docs[:5]:
        with contextlib.suppress(Exception):
            newsgrab.extract(doc["raw"], url=doc["url"])
print("ready", flush=True)
for line in sys.stdin:
    docs = sets[line.strip()]
    start = time.process_time()
    for doc in docs:
        with contextlib.suppress(Exception):
            newsgrab.extract(doc["raw"], url=doc["url"])
    print((time.process_time() - start) / len(docs) * 1000, flush=True)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--turns", type=int, default=8, help="passes per checkout and dataset (default 8)")
    ap.add_argument("--datasets", default="scrapinghub,readability")
    args = ap.parse_args()
    # a checkout elsewhere (/tmp/before) has no ../shared beside it
    env = {"NEWSGRAB_SHARED": str(SHARED)}
    workers = {side: workers_.start(_WORKER, root, args.datasets, env=env)
               for side, root in (("before", args.before), ("after", args.after))}
    for dataset in args.datasets.split(","):
        times: dict[str, list[float]] = {"before": [], "after": []}
        ratios = []
        for turn in range(args.turns):
            order = ("before", "after") if turn % 2 == 0 else ("after", "before")
            got = {side: workers_.ask(workers[side], dataset) for side in order}
            for side, ms in got.items():
                times[side].append(ms)
            ratios.append(got["after"] / got["before"])
        print(f"{dataset}: before median {statistics.median(times['before']):.2f} (fastest {min(times['before']):.2f}) "
              f"ms a page, after median {statistics.median(times['after']):.2f} (fastest {min(times['after']):.2f}); "
              f"after/before per turn: median {statistics.median(ratios):.3f}, "
              f"range {min(ratios):.3f}-{max(ratios):.3f} ({args.turns} turns)", flush=True)
    workers_.stop(workers.values())


if __name__ == "__main__":
    main()
