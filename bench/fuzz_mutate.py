#!/usr/bin/env python3
"""Mutation fuzzing of `newsgrab.extract` on real pages: the hostile shapes of s37, as generators.

usage: .venv/bin/python bench/fuzz_mutate.py [--family NAME ...] [--seconds CPU] [--seed N] [--out DIR]

Each family takes a real page (the ScrapingHub, Readability and bench/meta pages, or a textbench dump,
read from ../shared; the script exits when it is absent) and breaks it one way: truncation (mid-tag,
mid-entity, mid-UTF-8, a cut gzip stream), byte flips, control characters and noncharacters, deep
nesting (10^3-10^5 levels), huge attributes and lines, byte-order marks and lying charsets,
JSON-LD that is huge, recursive or wrong-typed, absurd datetimes, hostile URLs (as `url=` and in
the page), text dumps of 10^5 lines or one 10 MB line, pathological Markdown, and broken markup.

A finding is an exception other than `NewsgrabError` leaving `extract`, an `InternalError` (the
safety net caught a bug), a hang (60 s of wall time, by SIGALRM), or an input under 1 MB that took
over 2 s of CPU. Each is saved to --out as the input's bytes (`<family>-<seed>-<n>.bin`) and its
kind and URL (`.json`), and printed with its traceback. At the end: inputs, CPU seconds, the error
codes seen and the slowest input per family. One process, one core: `--seconds` is each family's
CPU budget. The s37 campaign (130 s a family) found the crashes and super-linear cases fixed on
branch s37-fuzz; rerun it after a change to the stages.

Nothing read from ../shared is written anywhere but --out (a temporary folder by default).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import signal
import sys
import tempfile
import traceback
from collections import Counter
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import newsgrab
from bench.fuzz_families import FAMILIES
from bench.shared_data import SHARED
from newsgrab.errors import InternalError, NewsgrabError

#: pages of each kind a run draws from
POOL = 80
#: wall seconds after which an input is a hang
HANG_SECONDS = 60
#: CPU seconds over which an input under SLOW_BYTES is a finding
SLOW_SECONDS = 2.0
SLOW_BYTES = 1_000_000


class Hang(BaseException):
    """Raised by SIGALRM inside extract (a BaseException: extract turns every Exception into InternalError)."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def load_pages(rng: random.Random) -> tuple[list[bytes], list[bytes]]:
    """POOL HTML pages and POOL text dumps from ../shared, drawn by `rng`."""
    bench = SHARED / "bench"
    html = sorted((bench / "scrapinghub/html").glob("*.html.gz"))
    html += sorted((bench / "readability/pages").glob("*/source.html"))
    html += sorted(bench.glob("meta/*/pages/*.html*"))
    text = sorted((bench / "textbench/scrapinghub").glob("*/*.txt.gz"))
    rng.shuffle(html)
    rng.shuffle(text)

    def read(path: Path) -> bytes:
        data = path.read_bytes()
        return gzip.decompress(data) if path.suffix == ".gz" else data

    return [read(p) for p in html[:POOL]], [read(p) for p in text[:POOL]]


def run_family(family: str, seconds: float, seed: int, out: Path) -> int:
    """Fuzz one family for `seconds` of CPU; the number of findings."""
    rng = random.Random(seed)
    html, text = load_pages(rng)
    for kind in ("auto", "html", "text"):  # lazy imports and caches load here, not in the first input's time
        newsgrab.extract(html[0], kind=kind)
    generate = FAMILIES[family]
    codes: Counter[str] = Counter()
    findings = tried = 0
    slowest = (0.0, "")
    began = cpu()
    while cpu() - began < seconds:
        tried += 1
        data, kind, url = generate(rng, html, text)
        note = ""
        signal.alarm(HANG_SECONDS)
        start = cpu()
        try:
            newsgrab.extract(data, kind=kind, url=url).to_dict()
            codes["ok"] += 1
        except InternalError as exc:
            codes["internal"] += 1
            note = "internal error:\n" + "".join(traceback.format_exception(exc.__cause__ or exc))
        except NewsgrabError as exc:
            codes[exc.code] += 1
        except Hang:
            note = f"hang: over {HANG_SECONDS} s"
        except Exception as exc:  # the finding: only NewsgrabError may leave extract
            note = "crash:\n" + "".join(traceback.format_exception(exc))
        finally:
            signal.alarm(0)
        took = cpu() - start
        if took > slowest[0]:
            slowest = (took, f"{family}-{seed}-{tried} ({len(data):,} chars or bytes, kind {kind})")
        if took > SLOW_SECONDS and len(data) < SLOW_BYTES:
            note += f"\nslow: {took:.2f} s of CPU for {len(data):,}"
        if note:
            findings += 1
            name = f"{family}-{seed}-{tried}"
            raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
            (out / f"{name}.bin").write_bytes(raw)
            (out / f"{name}.json").write_text(json.dumps({"kind": kind, "url": url, "str": isinstance(data, str)}),
                                              encoding="utf-8")
            print(f"finding {name} (kind {kind}, url {url!r}, {len(data):,}, {took:.2f} s): {note}", flush=True)
    print(f"{family}: {tried:,} inputs, {cpu() - began:.0f} s CPU, {findings} findings, {dict(codes)}; "
          f"slowest {slowest[0]:.2f} s: {slowest[1]}", flush=True)
    return findings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES), help="repeatable; default: all")
    parser.add_argument("--seconds", type=float, default=60.0, help="CPU seconds a family")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=None, help="where findings go (default: a new temporary folder)")
    args = parser.parse_args()
    if not (SHARED / "bench").is_dir():
        sys.exit(f"fuzz_mutate: {SHARED / 'bench'} is absent: the families mutate its pages")
    out = args.out or Path(tempfile.mkdtemp(prefix="newsgrab-mutate-"))
    out.mkdir(parents=True, exist_ok=True)
    print(f"fuzz_mutate: findings go to {out}", flush=True)
    signal.signal(signal.SIGALRM, _alarm)
    total = sum(run_family(family, args.seconds, args.seed, out) for family in (args.family or sorted(FAMILIES)))
    print(f"fuzz_mutate: {total} findings", flush=True)
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
