#!/usr/bin/env python3
"""What the comment-thread gate (newsgrab/html/threadgate.py) lets through, and what it loses.

    PYTHONPATH=$PWD .venv/bin/python bench/thread_gate.py [--shared PATH]

Every ScrapingHub, Readability and bench/meta page is extracted twice: as the pipeline runs (the
detector only under the sections the markup names a comment section) and with the detector read
over the whole page as written (stop 52's way). Printed per set and per fold A / fold B / holdout
(aggregates only: no page is named): the pages, those the gate lets through (a named section under
the body), the share of the body's elements the detector reads, the threads found on the page as
written both ways, and the pages whose thread reaches the article region (what moves the output)
both ways.

Why: the gate is a necessary condition read for free; its price is the threads it does not look
for (a bare thread under no named section), and this counts them.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import newsgrab
from bench.notice_folds import FOLDS, fold_of
from bench.notice_removal import documents
from bench.shared_data import SHARED
from bench.splits import TUNE, meta_sites, readability_sites, scrapinghub_sites
from newsgrab.html import content, threadgate
from newsgrab.html.threads import thread_containers

COLUMNS = ("pages", "gate passes", "elements read", "threads whole page", "threads gated",
           "in region whole page", "in region gated")


def _extract(raw: bytes, kwargs: dict[str, str], gated: bool, seen: dict[str, Any]) -> None:
    """Extract the page, noting what the detector saw on its first call and whether a thread
    reached the region (`seen`); `gated=False` reads the whole page as written instead."""
    real_gate: Callable[..., Any] = threadgate.gated_threads
    real_family: Callable[..., Any] = content.family_elements

    def gate(root: Any, page: Any = None) -> Any:
        if "body elements" not in seen and page is not None:  # the first attempt, on the page as written
            sections = threadgate.section_roots(root, page.marks)
            seen.update({"gate passes": bool(sections), "elements read": sum(1 for s in sections for _ in s.iter()),
                         "body elements": sum(1 for _ in root.iter()),
                         "threads whole page": len(thread_containers(root)),
                         "threads gated": len(real_gate(root, page))})
        return real_gate(root, page) if gated else thread_containers(root)

    def family(elements: Any, containers: Any) -> Any:
        found = real_family(elements, containers)
        seen["region"] = seen.get("region", False) or bool(found)
        return found

    content.gated_threads, content.family_elements = gate, family
    try:
        newsgrab.extract(raw, **kwargs)
    except newsgrab.NewsgrabError:
        pass
    finally:
        content.gated_threads, content.family_elements = real_gate, real_family


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(SHARED), help="the shared data folder (default: bench/shared_data.py)")
    ap.parse_args(argv)
    if not SHARED.exists():
        print(f"thread_gate: {SHARED} is absent", file=sys.stderr)
        return 2
    sites = {"scrapinghub": scrapinghub_sites(), "readability": readability_sites(), "meta": meta_sites()}
    tally: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for dataset, doc, half, raw, kwargs in documents():
        group = fold_of(sites[dataset][doc]) if half == TUNE else "holdout"
        count = tally[(dataset, group)]
        gated: dict[str, Any] = {}
        whole: dict[str, Any] = {}
        _extract(raw, kwargs, True, gated)
        _extract(raw, kwargs, False, whole)
        count["pages"] += 1
        for key in ("gate passes", "elements read", "body elements", "threads whole page", "threads gated"):
            count[key] += int(gated.get(key, 0))
        count["in region whole page"] += whole.get("region", False)
        count["in region gated"] += gated.get("region", False)
    print("| set | group | " + " | ".join(COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 2) + "|")
    for dataset in sites:
        for group in (*FOLDS, "holdout"):
            count = tally[(dataset, group)]
            cells = [str(count[c]) for c in COLUMNS]
            cells[2] = f"{count['elements read'] / max(1, count['body elements']):.1%}"
            cells[1] = f"{count['gate passes']} ({count['gate passes'] / max(1, count['pages']):.0%})"
            print(f"| {dataset} | {group} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
