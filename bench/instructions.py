"""Instructions a page of one or more checkouts of newsgrab, counted under valgrind's callgrind: a
speed figure that the load of other processes on the machine does not move.

usage: .venv/bin/python bench/instructions.py CHECKOUT [CHECKOUT ...] [--datasets a,b] [--every 3]

    git archive main | tar -x -C /tmp/before          # or: git worktree add /tmp/before main
    .venv/bin/python bench/instructions.py /tmp/before . --datasets scrapinghub

CPU time (`cpu_ab.py`) moves by 10-20% between passes on a shared machine, more than most speed
changes; instruction counts do not depend on the load. Each checkout runs in its own process
under callgrind (its package imported from that checkout, as `cpu_ab.py` does): one untimed pass
over the pages (every `--every`-th page of the set, in the set's order: lazy loads, compiled rules,
the memos warmed), then one counted pass. Only the counted pass is counted: it runs inside
`functools.reduce`, which callgrind is told to count (`--toggle-collect`), and nothing else in the
process calls it. PYTHONHASHSEED is fixed, so set and dict orders (and with them the work of
the passes) are the same from run to run. Printed per dataset and checkout: instructions a page,
and each checkout's ratio to the first one given.

A dataset `text:CONVERTER` (`text:markdownify`, `text:w3m`, ...) counts the text path instead: the
textbench dumps `../shared/bench/textbench/scrapinghub/CONVERTER/*.txt.gz`, each run with
`newsgrab.extract(data, kind="text")` as textbench.py, text_cpu.py and the snapshot call it.

    .venv/bin/python bench/instructions.py /tmp/before . --datasets text:markdownify,text:w3m

Callgrind runs the program about fifty times slower: one set's third takes a few minutes.
`--keep DIR` keeps callgrind's output files (`callgrind_annotate DIR/<n>.<dataset>.out` shows where
the instructions went, by C function).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import SHARED

#: the counted program: imports newsgrab from the checkout given, warms up on the pages, then runs
#: the counted pass inside functools.reduce (what callgrind is told to count)
_WORKER = """
import contextlib, functools, gzip, sys
sys.path.insert(0, sys.argv[1])
from bench.shared_data import SHARED, load_evalbench
import newsgrab
name, every = sys.argv[2], int(sys.argv[3])
if name.startswith("text:"):
    folder = SHARED / "bench" / "textbench" / "scrapinghub" / name[len("text:"):]
    dumps = sorted(folder.glob("*.txt.gz"))
    docs = [{"raw": gzip.decompress(path.read_bytes()), "kind": "text"} for path in dumps][::every]
else:
    evalbench = load_evalbench()
    docs = [{**doc, "kind": "html"} for doc in evalbench.load_docs(name, evalbench.ROOTS[name])][::every]
def one(count, doc):
    with contextlib.suppress(Exception):
        if doc["kind"] == "text":
            newsgrab.extract(doc["raw"], kind="text")
        else:
            newsgrab.extract(doc["raw"], url=doc["url"])
    return count + 1
for doc in docs:
    one(0, doc)
print(functools.reduce(one, docs, 0))
"""
#: the hash seed of every counted process (any fixed value: the same orders in every run)
HASH_SEED = "0"
_SUMMARY_RE = re.compile(r"^(?:summary|totals):\s*(\d+)", re.MULTILINE)


def callgrind_command(out_file: Path, checkout: Path, dataset: str, every: int) -> list[str]:
    """The valgrind command line that counts one checkout's pass over one dataset."""
    return ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=*functools_reduce*",
            f"--callgrind-out-file={out_file}", sys.executable, "-c", _WORKER, str(checkout.resolve()), dataset,
            str(every)]


def read_total(out_text: str) -> int:
    """The instructions callgrind counted, from its output file's summary line."""
    found = _SUMMARY_RE.search(out_text)
    if found is None:
        raise ValueError("no summary line in callgrind's output")
    return int(found.group(1))


def count(checkout: Path, dataset: str, every: int, out_file: Path) -> tuple[int, int]:
    """(instructions, pages) of one counted pass of `checkout` over every `every`-th page of `dataset`."""
    environ = dict(os.environ)
    environ.pop("PYTHONPATH", None)
    environ.update({"NEWSGRAB_SHARED": str(SHARED), "PYTHONHASHSEED": HASH_SEED})
    done = subprocess.run(callgrind_command(out_file, checkout, dataset, every), capture_output=True, text=True,
                          env=environ, check=False)
    if done.returncode != 0:
        raise SystemExit(f"callgrind failed on {checkout} ({dataset}): {done.stderr[-2000:]}")
    pages = int(done.stdout.split()[-1])
    return read_total(out_file.read_text(errors="replace")), pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("checkouts", type=Path, nargs="+")
    ap.add_argument("--datasets", default="scrapinghub,readability")
    ap.add_argument("--every", type=int, default=3, help="count every n-th page of a set (default 3)")
    ap.add_argument("--keep", type=Path, help="a folder to keep callgrind's output files in")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="newsgrab-instructions-"))
    folder.mkdir(parents=True, exist_ok=True)
    for dataset in args.datasets.split(","):
        first: float | None = None
        for number, checkout in enumerate(args.checkouts):
            total, pages = count(checkout, dataset, args.every, folder / f"{number}.{dataset}.out")
            per_page = total / max(pages, 1)
            first = per_page if first is None else first
            print(f"{dataset}: {checkout} {per_page / 1e6:.2f} M instructions a page ({pages} pages, "
                  f"{total:,} in all), x{per_page / first:.4f} of the first", flush=True)
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
