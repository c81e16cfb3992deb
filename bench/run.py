"""Score newsgrab and every installed peer side by side on the shared benchmarks.

usage: .venv/bin/python bench/run.py [--datasets scrapinghub,readability] [--peers auto|none|a,b]
                                     [--timing-rounds N] [--loop N] [--worst K] [--json PATH] [--check]

Each extractor runs in its own child process (forked), so its peak RSS is its own; their timed
passes take turns (see `run_interleaved`), one child working at a time. The metric is imported
from ../shared/tools/evalbench.py (never copied): 4-token shingle precision/recall/F1,
ScrapingHub's definition. Timing is the extraction call only,
summed over documents, the fastest of `--timing-rounds` passes (scores come from the first pass;
other processes share the cores, and the fastest pass is the least disturbed), as wall time and,
beside it, as CPU time (`time.process_time`: a pass waiting for a core is not charged; every
extractor here is single-threaded). The `newsgrab` row is the wheel `pip install .` builds from this
checkout (`bench/compiled.py`: its stages compiled by mypyc), `newsgrab-source` the checkout's source
run as Python (`--source`: only that, as the newsgrab row, and no build). newsgrab gets the
raw bytes (`newsgrab.extract(raw, url=...)`, so its time includes decoding, metadata, media and
the boilerplate pass); peers get the text decoded by evalbench's `decode_html`, and that decoding
is inside their timing as in evalbench's runner.

`--loop N` repeats the newsgrab pass N times over the pages (e.g. 6 x 181 = 1,086 pages) and prints
RSS after each round, to show it stays flat.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import multiprocessing as mp
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.compiled import compiled_modules, wheel_tree
from bench.shared_data import EVALBENCH, ROOT, load_evalbench

#: seconds; a page slower than this is reported (the issue's per-page ceiling)
SLOW_PAGE_SECONDS = 1.0
#: pages run once before timing, so one-time lazy loads (a language model, rule indexes) are not
#: charged to whichever page happens to need them first
WARM_UP_PAGES = 5
#: seconds one extractor may take over one dataset before the run is stopped (a peer that reaches
#: for the network hangs otherwise)
CHILD_TIMEOUT_SECONDS = 900
#: newsgrab's score floors per dataset (F1, precision), a little under the latest run so noise-free
#: regressions fail `--check`; raise them when the engine improves, never lower them quietly
FLOORS: dict[str, tuple[float, float]] = {"scrapinghub": (0.975, 0.965), "readability": (0.955, 0.970)}

Extractor = Callable[[dict[str, Any]], str]


EB = load_evalbench() if EVALBENCH.exists() else None


# ------------------------------------------------------------------ extractors
#: where the "newsgrab" row imports the package from: the checkout's wheel unpacked
#: (`bench/compiled.py`), set by `main` before the children fork; None times the checkout's source
WHEEL_TREE: Path | None = None


def make_newsgrab(tree: Path | None = None) -> Extractor:
    """newsgrab imported from `tree` (a wheel unpacked by bench/compiled.py), else from this checkout."""
    if tree is not None:
        sys.path.insert(0, str(tree))
    import newsgrab

    where = Path(newsgrab.__file__).resolve()
    if (tree or ROOT) not in where.parents:
        raise SystemExit(f"newsgrab came from {where}, not from {tree or ROOT}")

    def run(doc: dict[str, Any]) -> str:
        return newsgrab.extract(doc["raw"], url=doc["url"]).body

    return run


def make_trafilatura(precision: bool = False) -> Extractor:
    import trafilatura

    def run(doc: dict[str, Any]) -> str:
        html = EB.decode_html(doc["raw"])
        return trafilatura.extract(html, url=doc["url"], favor_precision=precision) or ""

    return run


def make_readability() -> Extractor:
    from readability import Document

    def run(doc: dict[str, Any]) -> str:
        html = EB.decode_html(doc["raw"])
        return str(EB.html_to_text(Document(html).summary(html_partial=True)))

    return run


def make_newspaper() -> Extractor:
    import newspaper

    config = newspaper.Config()
    config.fetch_images = False  # it would download images to size them: no network in a bench

    def run(doc: dict[str, Any]) -> str:
        html = EB.decode_html(doc["raw"])
        art = newspaper.Article(doc["url"] or "http://example.com/", config=config)
        art.download(input_html=html)
        art.parse()
        return str(art.text)

    return run


def make_resiliparse() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    def run(doc: dict[str, Any]) -> str:
        html = EB.decode_html(doc["raw"])
        return str(extract_plain_text(HTMLTree.parse(html), main_content=True))

    return run


#: name -> (module that must be importable, factory)
EXTRACTORS: dict[str, tuple[str, Callable[[], Extractor]]] = {
    "newsgrab": ("newsgrab", lambda: make_newsgrab(WHEEL_TREE)),
    "newsgrab-source": ("newsgrab", make_newsgrab),
    "trafilatura": ("trafilatura", make_trafilatura),
    "trafilatura-precision": ("trafilatura", lambda: make_trafilatura(precision=True)),
    "readability-lxml": ("readability", make_readability),
    "newspaper4k": ("newspaper", make_newspaper),
    "resiliparse": ("resiliparse", make_resiliparse),
}


def installed(name: str) -> bool:
    return importlib.util.find_spec(EXTRACTORS[name][0]) is not None


# ------------------------------------------------------------------ running
def rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    """Current resident set size in MB, from /proc (peak only grows, this one can fall)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def serve(name: str, dataset: str, conn: Any) -> None:
    """Child process: load the pages, warm up, then run one timed pass over them per "pass" message
    (answered with the pass's wall and CPU seconds) until "done", answered with the summary."""
    docs = list(EB.load_docs(dataset, EB.ROOTS[dataset]))
    fn = EXTRACTORS[name][1]()
    for doc in docs[:WARM_UP_PAGES]:  # outside timing: lazy imports, rule indexes, model loading
        with contextlib.suppress(Exception):
            fn(doc)
    rows, errors, slowest, slow_id = [], 0, 0.0, ""
    worst: list[tuple[float, str]] = []
    rounds: list[float] = []
    walls: list[float] = []
    cpus: list[float] = []
    conn.send("ready")
    while conn.recv() == "pass":
        first = not walls
        wall = cpu = 0.0
        for doc in docs:
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                pred = fn(doc)
            except Exception:
                pred = ""
                errors += first
            dt = time.perf_counter() - t0
            cpu += time.process_time() - c0
            wall += dt
            if dt > slowest:
                slowest, slow_id = dt, doc["id"]
            if first:
                row = EB.shingle_counts(doc["truth"], pred)
                rows.append(row)
                tp, fp, fn_ = row
                worst.append((tp / (tp + 0.5 * (fp + fn_)) if tp else 0.0, doc["id"]))
        walls.append(wall)
        cpus.append(cpu)
        rounds.append(current_rss_mb())
        conn.send((wall, cpu))
    summary = EB.shingle_summary(rows)
    # the least disturbed pass: other processes share the cores
    summary.update(
        name=name,
        dataset=dataset,
        docs=len(docs),
        docs_per_sec=len(docs) / min(walls) if walls and min(walls) else 0.0,
        cpu_docs_per_sec=len(docs) / min(cpus) if cpus and min(cpus) else 0.0,
        passes=len(walls),
        errors=errors,
        slowest=slowest,
        slowest_id=slow_id,
        peak_rss_mb=rss_mb(),
        rounds_rss_mb=rounds,
        worst=sorted(worst)[:10],
    )
    conn.send(summary)
    conn.close()


def run_interleaved(names: list[str], dataset: str, rounds: int, loop: int) -> list[dict[str, Any]]:
    """Every extractor in its own forked child (so its peak RSS is its own), the timed passes taking
    turns: pass 1 of each, then pass 2 of each in the reverse order, and so on. Load on the machine
    that drifts over a run then falls on every extractor alike, so the speed ratio of one run is not
    the ratio of a quiet minute to a busy one (sequential runs gave 2.2x and 2.8x an hour apart).
    Only one child works at a time; the others wait on their pipe. The first extractor (newsgrab)
    gets `loop` passes in all when that is more than `rounds`."""
    ctx = mp.get_context("fork")
    children = []
    for name in names:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=serve, args=(name, dataset, child))
        proc.start()
        child.close()
        children.append((name, parent, proc))

    def ask(name: str, conn: Any, message: str) -> Any:
        conn.send(message)
        if not conn.poll(CHILD_TIMEOUT_SECONDS):
            for _, _, proc in children:
                proc.kill()
            raise SystemExit(f"{name} on {dataset} did not finish a pass within {CHILD_TIMEOUT_SECONDS} s")
        return conn.recv()

    for name, conn, _ in children:
        if not conn.poll(CHILD_TIMEOUT_SECONDS) or conn.recv() != "ready":
            raise SystemExit(f"{name} on {dataset} did not start")
    for turn in range(max(rounds, 1)):
        for name, conn, _ in children if turn % 2 == 0 else children[::-1]:
            ask(name, conn, "pass")
    name, conn, _ = children[0]
    for _ in range(max(loop - max(rounds, 1), 0)):
        ask(name, conn, "pass")
    results = [ask(name, conn, "done") for name, conn, _ in children]
    for _, _, proc in children:
        proc.join()
    return results


def table(results: list[dict[str, Any]]) -> str:
    """A Markdown table, one row per extractor, with newsgrab's speed as a ratio to each."""
    ours = next((r for r in results if r["name"] == "newsgrab"), None)
    lines = [
        "| extractor | F1 | precision | recall | docs/s | newsgrab speed x | docs/s (cpu) | x (cpu) "
        "| slowest page s | peak RSS MB | errors |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        ratio = ours["docs_per_sec"] / r["docs_per_sec"] if ours and r["docs_per_sec"] else 0.0
        cpu_ratio = ours["cpu_docs_per_sec"] / r["cpu_docs_per_sec"] if ours and r["cpu_docs_per_sec"] else 0.0
        lines.append(
            f"| {r['name']} | {r['f1']:.3f} | {r['precision']:.3f} | {r['recall']:.3f} | {r['docs_per_sec']:.0f} "
            f"| {ratio:.1f} | {r['cpu_docs_per_sec']:.0f} | {cpu_ratio:.1f} | {r['slowest']:.3f} "
            f"| {r['peak_rss_mb']:.0f} | {r['errors']} |"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", default="scrapinghub,readability")
    ap.add_argument("--peers", default="auto", help="auto (every installed peer), none, or a comma list")
    ap.add_argument("--loop", type=int, default=1, help="rounds of newsgrab over the pages (RSS flatness)")
    ap.add_argument("--timing-rounds", type=int, default=2,
                    help="timed passes per extractor; docs/s comes from the fastest (default 2)")
    ap.add_argument("--worst", type=int, default=0, help="print newsgrab's K lowest-scoring pages")
    ap.add_argument("--json", metavar="PATH", help="write every summary as JSON")
    ap.add_argument("--check", action="store_true", help="exit 1 when newsgrab falls under a floor (FLOORS)")
    ap.add_argument("--source", action="store_true",
                    help="time this checkout's source as the newsgrab row instead of its wheel (no build)")
    args = ap.parse_args()
    if EB is None:
        raise SystemExit(f"{EVALBENCH} is missing: the benchmarks live in ../shared")
    global WHEEL_TREE
    if not args.source:
        WHEEL_TREE = wheel_tree(ROOT)
        print(f"newsgrab: the wheel `pip install .` builds from this checkout, {len(compiled_modules(WHEEL_TREE))} "
              f"modules compiled ({WHEEL_TREE.relative_to(ROOT)}); newsgrab-source: the same code run as Python")
    if args.peers == "auto":
        peers = [n for n in EXTRACTORS
                 if n != "newsgrab" and installed(n) and (n != "newsgrab-source" or not args.source)]
    elif args.peers == "none":
        peers = []
    else:
        peers = [p.strip() for p in args.peers.split(",") if p.strip()]
    everything = []
    for dataset in [d.strip() for d in args.datasets.split(",") if d.strip()]:
        results = run_interleaved(["newsgrab", *peers], dataset, args.timing_rounds, args.loop)
        print(f"\n### {dataset} ({results[0]['docs']} pages)\n")
        print(table(results))
        ours = results[0]
        if args.loop > 1:
            print("\nnewsgrab RSS MB after each round: " + ", ".join(f"{x:.0f}" for x in ours["rounds_rss_mb"]))
        print(f"\nnewsgrab slowest page: {ours['slowest']:.3f} s ({ours['slowest_id']})"
              + ("  OVER THE 1 s CEILING" if ours["slowest"] > SLOW_PAGE_SECONDS else ""))
        if args.worst:
            for f1, doc_id in ours["worst"][: args.worst]:
                print(f"  worst: {f1:.3f} {doc_id}")
        everything.extend(results)
        sys.stdout.flush()
    if args.json:
        Path(args.json).write_text(json.dumps(everything, indent=1), encoding="utf-8")
    if args.check:
        failed = [
            f"{r['dataset']}: F1 {r['f1']:.3f} / precision {r['precision']:.3f} under {FLOORS[r['dataset']]}"
            for r in everything
            if r["name"] == "newsgrab" and r["dataset"] in FLOORS
            and (r["f1"] < FLOORS[r["dataset"]][0] or r["precision"] < FLOORS[r["dataset"]][1])
        ]
        for line in failed:
            print("FLOOR: " + line, file=sys.stderr)
        if failed:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
