"""CPU time a document of the text path on every textbench dump, per converter and per half of the split.

usage: .venv/bin/python bench/text_cpu.py [--rounds N]                    # this checkout
       .venv/bin/python bench/text_cpu.py --before /tmp/before [--rounds N]  # two checkouts, taking turns

    git worktree add --detach /tmp/before main   # the checkout to compare with

The dumps are ../shared/bench/textbench/scrapinghub/<converter>/*.txt.gz (or $NEWSGRAB_SHARED), each
converted with `newsgrab.extract(data, kind="text")` as textbench.py and the snapshot call it. A
checkout runs in its own warm worker process (its package imported from that checkout, every dump
read into memory first, one untimed pass over all of them). A pass over the dumps of one converter
and half of the split (bench/splits.py), about 90 documents, is timed with `time.process_time` (CPU
time: a process waiting for a core is not charged). With `--before` the two workers take turns on
each such group, the order swapping every group and every round, so both meet the same load drifting
over the run (other processes on the machine's shared cores still slow both: compare ratios, not
runs). Printed per converter and half (and ALL converters): each side's median ms a document over
the rounds, with `--before` the median and range of the per-round ratios after/before (the figure to
quote) and docs/s = 1000 / the median ms (CPU seconds, one process).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench import workers
from bench.shared_data import ROOT, SHARED
from bench.splits import half_of, scrapinghub_sites

TEXTBENCH = SHARED / "bench" / "textbench" / "scrapinghub"

#: the worker: imports newsgrab from the checkout given, reads the dumps listed on its first input
#: line, then answers each further line with one timed pass: {"converter/half": [seconds, docs]}
_WORKER = """
import contextlib, gzip, json, sys, time
sys.path.insert(0, sys.argv[1])
import newsgrab
groups = {}
for path, group in json.loads(sys.stdin.readline()):
    groups.setdefault(group, []).append(gzip.decompress(open(path, "rb").read()))
def one_pass(group):
    start = time.process_time()
    for data in groups[group]:
        with contextlib.suppress(newsgrab.NewsgrabError):
            newsgrab.extract(data, kind="text")
    return time.process_time() - start
for group in groups:
    one_pass(group)
print("ready", flush=True)
for line in sys.stdin:
    print(one_pass(line.strip()), flush=True)
"""


def dump_list() -> list[tuple[str, str]]:
    """(path, "converter/half") of every dump, in a fixed order."""
    if not TEXTBENCH.is_dir():
        raise SystemExit(f"no textbench dumps at {TEXTBENCH}")
    sites = scrapinghub_sites()
    out = []
    for folder in sorted(p for p in TEXTBENCH.iterdir() if p.is_dir()):
        for path in sorted(folder.glob("*.txt.gz")):
            key = path.name[: -len(".txt.gz")]
            out.append((str(path), f"{folder.name}/{half_of(sites.get(key, 'unknown'))}"))
    return out


def _rows(seconds: dict[str, list[float]], counts: dict[str, int]) -> dict[str, list[float]]:
    """ms a document in each round, per converter (and ALL of them) and half (and all)."""
    rows: dict[str, list[float]] = {}
    rounds = len(next(iter(seconds.values())))
    for name in [*sorted({group.split("/")[0] for group in seconds}), "ALL"]:
        for half in ("tune", "holdout", "all"):
            chosen = [g for g in seconds if name in ("ALL", g.split("/")[0]) and half in ("all", g.split("/")[1])]
            if chosen:
                docs = sum(counts[g] for g in chosen)
                rows[f"{name}/{half}"] = [sum(seconds[g][r] for g in chosen) / docs * 1000 for r in range(rounds)]
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", type=Path, help="a checkout to compare this one with, taking turns")
    ap.add_argument("--after", type=Path, default=ROOT, help="the checkout measured (default: this one)")
    ap.add_argument("--rounds", type=int, default=5, help="timed passes per checkout (default 5)")
    args = ap.parse_args()
    dumps = dump_list()
    counts: dict[str, int] = {}
    for _, group in dumps:
        counts[group] = counts.get(group, 0) + 1
    sides = {"after": workers.start(_WORKER, args.after, setup=json.dumps(dumps))}
    if args.before is not None:
        sides["before"] = workers.start(_WORKER, args.before, setup=json.dumps(dumps))
    seconds: dict[str, dict[str, list[float]]] = {side: {g: [] for g in counts} for side in sides}
    for turn in range(args.rounds):
        for index, group in enumerate(counts):  # the order swaps every group and every round
            for side in sorted(sides, reverse=(turn + index) % 2 == 1):
                seconds[side][group].append(workers.ask(sides[side], group))
    after = _rows(seconds["after"], counts)
    if args.before is None:
        print(f"| converter/half | ms a document (median of {args.rounds}; fastest) | docs/s (CPU, median) |")
        print("|---|---|---|")
        for key, times in after.items():
            med = statistics.median(times)
            print(f"| {key} | {med:.2f} ({min(times):.2f}) | {1000 / med:.0f} |")
    else:
        before = _rows(seconds["before"], counts)
        print(f"| converter/half | before ms a document | after ms a document | after/before per round: "
              f"median (range), {args.rounds} rounds | docs/s before -> after (CPU, medians) |")
        print("|---|---|---|---|---|")
        for key, times in after.items():
            ratios = [a / b for a, b in zip(times, before[key], strict=True)]
            b_med, a_med = statistics.median(before[key]), statistics.median(times)
            print(f"| {key} | {b_med:.2f} | {a_med:.2f} | {statistics.median(ratios):.3f} "
                  f"({min(ratios):.3f}-{max(ratios):.3f}) | {1000 / b_med:.0f} -> {1000 / a_med:.0f} |")
    workers.stop(sides.values())

if __name__ == "__main__":
    main()
