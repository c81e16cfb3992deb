"""docs/s of the command on files, a WARC and a JSON Lines dump, with --jobs 1, 2 (and all cores), and on Dask.

usage: .venv/bin/python bench/records_speed.py [--copies 4] [--rounds 3] [--dask] [--versus DIR] [--only INPUT]

The 181 ScrapingHub pages, `--copies` times, are written to a temporary folder as files (.html.gz),
as one WARC (gzip per record, written with warcio) and as one JSON Lines dump (bench/archives.py).
Each run is a fresh `newsgrab -q -j N INPUT -o out.jsonl` process, so start-up is included, as in
real use. The modes take turns, round after round (`--rounds`), and for each run the wall time and
the CPU time of the whole process tree (newsgrab and its workers) are kept; the table gives docs/s
on the best wall time with the range, and the CPU seconds (the least), with those of the main
process alone in brackets (what reading the input and feeding the workers cost it). `--versus DIR`
also times the newsgrab package of another checkout (DIR holds its `newsgrab/`: a before/after in one run);
`--only WARC` (or files, JSON Lines) times one input. Each checkout's modules are compiled first
(`compileall`, into its `__pycache__`), as an installed package's are: where PYTHONDONTWRITEBYTECODE
is set and a module changed since its .pyc was written, every run would compile it again, and that
start-up, paid by `--jobs 1` and `--jobs 2` alike, lowers their ratio.

On a shared machine wall times say little, so two references are printed with them. The CPU
seconds of `--jobs 2` over `--jobs 1` are the cost of running in parallel, and
`2 x cpu(-j 1) / cpu(-j 2)` is the speed-up two idle cores would give at most. And each round also
times a busy loop alone and two copies of it side by side: `2 x alone / side by side` is the
speed-up this machine gave two processes at that moment (2.0 on two idle cores), the ceiling of
any `--jobs 2` figure taken beside it.
"""

from __future__ import annotations

import argparse
import compileall
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

#: `newsgrab -q`, run so that it writes its own CPU seconds (the main process alone, without the
#: workers it waited for) to stderr as it exits: the share of a run that reading the input costs
NEWSGRAB = [sys.executable, "-c", (
    "import atexit, resource, sys\n"
    "def said():\n"
    "    own = resource.getrusage(resource.RUSAGE_SELF)\n"
    "    sys.stderr.write(f'main-process-cpu {own.ru_utime + own.ru_stime}\\n')\n"
    "atexit.register(said)\n"
    "from newsgrab.cli import main\n"
    "main()\n"), "-q"]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _time(args: list[str], out: Path, checkout: Path | None = None) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds of the process and the workers it waited for, CPU seconds of the
    main process alone); `checkout`: run the newsgrab package found there instead of this one."""
    env = dict(os.environ, PYTHONPATH=str(checkout)) if checkout is not None else None
    cpu, started = _cpu(), time.perf_counter()
    done = subprocess.run([*NEWSGRAB, *args, "-o", str(out)], check=False, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - started
    out.unlink(missing_ok=True)
    said = [line for line in done.stderr.decode().splitlines() if line.startswith("main-process-cpu ")]
    return elapsed, _cpu() - cpu, float(said[-1].split()[1]) if said else float("nan")


#: a busy loop of about a second of CPU, the reference for what two processes can get
SPIN = [sys.executable, "-c", "x = 0\nfor i in range(15_000_000): x += i"]


def _machine_ratio() -> float:
    """2 x (wall of one busy loop alone) / (wall of two side by side): 2.0 on two idle cores."""
    started = time.perf_counter()
    subprocess.run(SPIN, check=True)
    alone = time.perf_counter() - started
    started = time.perf_counter()
    pair = [subprocess.Popen(SPIN) for _ in range(2)]
    for process in pair:
        process.wait()
    return 2 * alone / (time.perf_counter() - started)


def _cell(pages: int, runs: list[tuple[float, float, float]]) -> str:
    walls = [wall for wall, _, _ in runs]
    return (f"{pages / min(walls):.0f} docs/s ({pages / max(walls):.0f}-{pages / min(walls):.0f}), "
            f"{min(cpu for _, cpu, _ in runs):.1f} CPU s (main {min(own for _, _, own in runs):.2f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dask", action="store_true", help="also time --dask local with 2 workers")
    parser.add_argument("--versus", type=Path, help="also time the newsgrab package in this checkout")
    parser.add_argument("--only", choices=["files", "WARC", "JSON Lines"], help="time this input alone")
    args = parser.parse_args()
    for checkout in (Path(__file__).resolve().parents[1], args.versus):
        if checkout is not None:
            compileall.compile_dir(checkout / "newsgrab", quiet=1)
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
        modes: list[tuple[str, list[str], Path | None]] = [(f"--jobs {n}", ["-j", str(n)], None) for n in jobs]
        if args.dask:
            modes.append(("--dask local -j 2", ["--dask", "local", "-j", "2"], None))
        if args.versus is not None:
            modes += [(f"{args.versus.name}: --jobs {n}", ["-j", str(n)], args.versus.resolve()) for n in (1, 2)]
        print(f"{len(pages)} documents ({args.copies} x 181 ScrapingHub pages), {cores} cores, best of "
              f"{args.rounds} (range); load average {os.getloadavg()[0]:.1f} at the start\n")
        print("| input | " + " | ".join(name for name, _, _ in modes)
              + " | wall -j 2 / -j 1 | CPU -j 2 / -j 1 | 2-core bound | machine: 2 loops |")
        print("|---|" + "---|" * (len(modes) + 4))
        for name, path in inputs.items():
            if args.only is not None and name != args.only:
                continue
            # the modes take turns round by round, so a change in the machine's load falls on all of them
            timed: dict[str, list[tuple[float, float, float]]] = {mode: [] for mode, _, _ in modes}
            machine: list[float] = []
            for _ in range(args.rounds):
                machine.append(_machine_ratio())
                for mode, flags, checkout in modes:
                    timed[mode].append(_time([*flags, path], root / "out.jsonl", checkout))
            wall = {mode: min(w for w, _, _ in runs) for mode, runs in timed.items()}
            cpu = {mode: min(c for _, c, _ in runs) for mode, runs in timed.items()}
            ratio = wall["--jobs 1"] / wall["--jobs 2"]
            cost = cpu["--jobs 2"] / cpu["--jobs 1"]
            print(f"| {name} | " + " | ".join(_cell(len(pages), timed[mode]) for mode, _, _ in modes)
                  + f" | {ratio:.2f}x | {cost:.2f} | {2 / cost:.2f}x | {min(machine):.2f}-{max(machine):.2f}x |",
                  flush=True)
            if args.versus is not None:
                other = f"{args.versus.name}: --jobs "
                print(f"|   {args.versus.name} | wall -j 2 / -j 1 {wall[other + '1'] / wall[other + '2']:.2f}x, "
                      f"CPU -j 2 / -j 1 {cpu[other + '2'] / cpu[other + '1']:.2f} |", flush=True)
        print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
