#!/usr/bin/env python3
"""Where the text path's body loses recall and precision on the converted Readability pages, per
converter.

    .venv/bin/python bench/span_sizing.py --converted /tmp/conv [--converter lynx] [--half tune]
    .venv/bin/python bench/span_sizing.py --converted /tmp/conv --misses tune [--where after]
    .venv/bin/python bench/span_sizing.py --converted /tmp/conv --half tune:B   # a fold's figures only
    .venv/bin/python bench/span_sizing.py --converted /tmp/conv --misses tune:A  # list fold A's pages only
    .venv/bin/python bench/span_sizing.py --converted /tmp/conv --misses tune:B  # fold B's (stop 45 on)

Every truth shingle the body misses is put in one place: in the blocks *before* the article span
(text/span.py's `find_span`), in those *after* it, *inside* it (the span held it, a later step such
as the header reader or the notice pass dropped it), or *nowhere* (no block of the dump prints it:
the converter never printed it, or the line cleaning changed its words). Each body shingle that is
not in the truth is chrome kept, *inside* the span; the part of it on pages whose body is more than
WRONG_REGION_SHARE chrome is the span taking the wrong region of the page, not an edge. Figures are
points of the per-document recall and precision the shared metric averages (evalbench's 4-token
shingles), so the columns add up to what is lost. The holdout half may be counted (`--half
holdout`), never listed: `--misses` takes only `tune` and prints, per page, the missed runs of each
place, so that one can see which family costs. The tune half's fixed site folds (bench/notice_folds.py)
are `tune:A` and `tune:B`: design on fold A's listed pages (`--misses tune:A`) and read fold B as
a figure only (`--half tune:B`), so that a change is kept when fold B, which nobody read, holds.
Fold A ran out of shapes on more than one site in stop 44; from stop 45 the roles swap: design on
fold B (`--misses tune:B`) and keep a change when fold A holds.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.notice_converted import group_of
from bench.shared_data import load_evalbench
from bench.splits import TUNE, half_of, readability_sites

PLACES = ("before", "after", "inside", "nowhere")
#: the tune half's two fixed folds of sites (bench/notice_folds.py's `fold_of`)
FOLD_A, FOLD_B = f"{TUNE}:A", f"{TUNE}:B"
#: share of a body's shingles that are chrome above which the span took the wrong region of the page
#: (a gallery, a listing, a comment thread) rather than the article with some chrome at its edges
WRONG_REGION_SHARE = 0.7


def _capture() -> dict[str, Any]:
    """Wrap text/blocks.py's `_parse` so that every block of the last text parsed is kept."""
    from newsgrab.text import blocks as text_blocks

    seen: dict[str, Any] = {}
    original = text_blocks._parse

    def wrapped(text: str, base_url: str | None) -> Any:
        document, every = original(text, base_url)
        seen["blocks"] = every
        return document, every

    text_blocks._parse = wrapped
    return seen


def size(folder: Path, converters: list[str], which: str, misses: bool, where: str | None) -> None:
    import newsgrab
    from newsgrab.text.span import find_span

    eb = load_evalbench()
    seen = _capture()
    sites = readability_sites()
    docs = [doc for doc in eb.load_docs("readability", eb.ROOTS["readability"]) if in_group(sites[doc["id"]], which)]
    root = folder / "readability"
    print("| converter | docs | recall | lost before | lost after | lost inside | never printed "
          "| precision | chrome inside | of it, wrong region |\n|---|---|---|---|---|---|---|---|---|---|")
    for converter in converters or sorted(p.name for p in root.iterdir() if p.is_dir()):
        lost: dict[str, float] = defaultdict(float)
        recall = precision = 0.0
        counted = with_output = 0
        for doc in docs:
            dump = root / converter / f"{doc['id']}.txt.gz"
            if not dump.is_file():
                continue
            seen.clear()
            try:
                body = newsgrab.extract(gzip.decompress(dump.read_bytes()), kind="text").body
            except newsgrab.NewsgrabError:
                body = ""
            blocks = seen.get("blocks", [])
            span = find_span(blocks)
            parts = {"before": blocks[:span.start], "after": blocks[span.end:], "inside": blocks[span.start:span.end]}
            truth, got = eb.shingles(doc["truth"]), eb.shingles(body)
            total_truth = sum(truth.values())
            if not total_truth:
                continue
            counted += 1
            tp = sum((truth & got).values())
            recall += tp / total_truth
            per = places_of_misses(truth, got, {name: [b.text for b in part] for name, part in parts.items()},
                                   eb.shingles)
            for place in PLACES:
                lost[place] += per[place] / total_truth
            if got:
                with_output += 1
                precision += tp / sum(got.values())
                chrome = sum((got - truth).values()) / sum(got.values())
                lost["chrome"] += chrome
                lost["wrong"] += chrome if chrome > WRONG_REGION_SHARE else 0.0
            if misses and per:
                _print_misses(converter, doc["id"], sites[doc["id"]], parts, truth, got, per, where, eb)
        n = max(counted, 1)
        m = max(with_output, 1)
        places = " | ".join(f"{100 * lost[p] / n:.1f}" for p in PLACES)
        chrome, wrong = 100 * lost["chrome"] / m, 100 * lost["wrong"] / m
        print(f"| {converter} | {counted} | {recall / n:.3f} | {places} | {precision / m:.3f} | {chrome:.1f} "
              f"| {wrong:.1f} |")


def in_group(site: str, which: str) -> bool:
    """Whether a page of `site` counts in `which`: "all", a half ("tune", "holdout"), or a fold of the
    tune half ("tune:A", "tune:B")."""
    if which == "all":
        return True
    return (group_of(site, True) if ":" in which else half_of(site)) == which


def places_of_misses(truth: Counter[Any], got: Counter[Any], parts: dict[str, list[str]],
                     shingles: Callable[[str], Counter[Any]]) -> Counter[str]:
    """How many of the truth's shingles the body missed lie in each place: in the span's text
    ("inside": a later step dropped them), else above it ("before"), else below it ("after"), else
    in no block ("nowhere"). `parts` holds each place's block texts; a shingle that a place's
    blocks only hold across two of them counts for that place too (they are joined by a newline)."""
    texts = {name: shingles("\n".join(parts.get(name, []))) for name in ("inside", "before", "after")}
    per: Counter[str] = Counter()
    for shingle, count in (truth - got).items():
        per[next((name for name, held in texts.items() if shingle in held), "nowhere")] += count
    return per


def _print_misses(converter: str, key: str, site: str, parts: dict[str, list[Any]], truth: Counter[Any],
                  got: Counter[Any], per: Counter[str], where: str | None, eb: Any) -> None:
    """The blocks of each place that hold missed truth text (tune half only)."""
    total = sum(truth.values())
    print(f"\n## {converter} {key} ({site}) lost of {total}: "
          + ", ".join(f"{p} {per[p]} ({100 * per[p] / total:.0f}%)" for p in PLACES if per[p]))
    for name in ("before", "after", "inside"):
        if where and name != where:
            continue
        for block in parts[name]:
            block_shingles = eb.shingles(block.text)
            hit = sum(1 for s in block_shingles if s in truth and s not in got)
            if hit:
                print(f"  {name:6} [{block.kind}] ({hit}) {block.text[:160]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--converted", type=Path, required=True, metavar="DIR")
    ap.add_argument("--converter", action="append", default=[])
    ap.add_argument("--half", default=TUNE, choices=(TUNE, FOLD_A, FOLD_B, "holdout", "all"))
    ap.add_argument("--misses", choices=(TUNE, FOLD_A, FOLD_B),
                    help="list the missed blocks of each page of the tune half or of one of its folds")
    ap.add_argument("--where", choices=("before", "after", "inside"))
    args = ap.parse_args(argv)
    which = args.misses or args.half
    size(args.converted, args.converter, which, bool(args.misses), args.where)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
