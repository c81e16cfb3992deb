"""docs/s of the command on files, a WARC and a JSON Lines dump, with --jobs 1, 2 (and all cores), and on Dask.

usage: .venv/bin/python bench/records_speed.py [--copies 4] [--rounds 3] [--dask]

The 181 ScrapingHub pages, `--copies` times, are written to a temporary folder as files (.html.gz),
as one WARC (gzip per record, written with warcio) and as one JSON Lines dump (bench/archives.py).
Each run is a fresh `newsgrab -q -j N INPUT -o out.jsonl` process, so start-up is included, as in
real use. For each of `--rounds` runs the wall time and the CPU time of the whole process tree
(newsgrab and its workers) are kept; the table gives docs/s on the best wall time with the range,
and the CPU seconds. When other processes load the machine (the load average is printed), wall
times say little: the CPU seconds of `--jobs 2` over `--jobs 1` are the cost of running in
parallel, and `2 x cpu(-j 1) / cpu(-j 2)` is the speed-up two idle cores would give at most.
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.archives import scrapinghub_pages, write_jsonl, write_warc

NEWSGRAB = [sys.executable, "-m", "newsgrab", "-q"]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _time(args: list[str], out: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and the workers it waited for)."""
    cpu, started = _cpu(), time.perf_counter()
    subprocess.run([*NEWSGRAB, *args, "-o", str(out)], check=False, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - started
    out.unlink(missing_ok=True)
    return elapsed, _cpu() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dask", action="store_true", help="also time --dask local with 2 workers")
    args = parser.parse_args()
    pages = scrapinghub_pages() * args.copies
    cores = os.cpu_count() or 1
    jobs = sorted({1, 2, cores})
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files = root / "files"
        files.mkdir()
        for number, page in enumerate(pages):
            (files / f"{number:05d}.html.gz").write_bytes(gzip.compress(page.raw, mtime=0))
        inputs = {"files": str(files), "WARC": str(write_warc(root / "pages.warc.gz", pages, corrupt=False)),
                  "JSON Lines": str(write_jsonl(root / "pages.jsonl", pages, corrupt=False))}
        modes: list[tuple[str, list[str]]] = [(f"--jobs {n}", ["-j", str(n)]) for n in jobs]
        if args.dask:
            modes.append(("--dask local -j 2", ["--dask", "local", "-j", "2"]))
        print(f"{len(pages)} documents ({args.copies} x 181 ScrapingHub pages), {cores} cores, best of "
              f"{args.rounds} (range); load average {os.getloadavg()[0]:.1f} at the start\n")
        print("| input | " + " | ".join(name for name, _ in modes)
              + " | wall -j 2 / -j 1 | CPU -j 2 / -j 1 | 2-core bound |")
        print("|---|" + "---|" * (len(modes) + 3))
        for name, path in inputs.items():
            cells, wall, cpu = [], {}, {}
            for mode, flags in modes:
                runs = [_time([*flags, path], root / "out.jsonl") for _ in range(args.rounds)]
                walls = [w for w, _ in runs]
                wall[mode], cpu[mode] = min(walls), min(c for _, c in runs)
                cells.append(f"{len(pages) / min(walls):.0f} docs/s ({len(pages) / max(walls):.0f}-"
                             f"{len(pages) / min(walls):.0f}), {cpu[mode]:.1f} CPU s")
            ratio = wall["--jobs 1"] / wall["--jobs 2"]
            cost = cpu["--jobs 2"] / cpu["--jobs 1"]
            print(f"| {name} | " + " | ".join(cells) + f" | {ratio:.2f}x | {cost:.2f} | {2 / cost:.2f}x |",
                  flush=True)
        print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
