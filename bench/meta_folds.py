"""The tune half of bench/meta split again into two fixed folds, to test a title or site fix inside it.

    .venv/bin/python bench/meta_folds.py RUN.json                     # newsgrab's title / site per fold
    .venv/bin/python bench/meta_folds.py RUN.json --misses A --field title   # fold A's misses only

Earlier fixes fit the tune sites and the holdout half scored lower: a family found on the pages of
one fold (`A`) is kept only when it also holds on the other (`B`), read only as figures. A site's
fold is the parity of the second byte of its name's SHA-1 (the first byte's parity is its half,
bench/splits.py), so it is fixed and independent of the half. RUN.json is a
`../shared/tools/metabench.py --json` file; holdout pages are never listed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.splits import TUNE, half_of, site_of_url

FIELDS = ("title", "site", "authors", "date")


def fold_of(site: str) -> str:
    """`A` or `B`: the parity of the second byte of the site's SHA-1."""
    return "A" if hashlib.sha1(site.encode("utf-8")).digest()[1] % 2 == 0 else "B"


def tune_pages(run: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(fold, site, page) for every tune page of a metabench run."""
    out = []
    for page in run["per_page"]:
        site = site_of_url(page["truth"].get("url"))
        if half_of(site) == TUNE:
            out.append((fold_of(site), site, page))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("run", type=Path, help="a metabench --json file")
    ap.add_argument("--misses", choices=("A", "B"), help="list this fold's misses (read fold A only)")
    ap.add_argument("--field", choices=FIELDS, default="title")
    args = ap.parse_args(argv)
    run = json.loads(args.run.read_text(encoding="utf-8"))
    pages = tune_pages(run)
    if args.misses:
        # the run's truth and outputs name the fields as the article does (`published`, `site_name`)
        truth_key = out_key = {"site": "site_name", "date": "published"}.get(args.field, args.field)
        for fold, site, page in pages:
            verdict = page["scores"]["newsgrab"].get(args.field)
            if fold == args.misses and verdict is False:
                print(f"{page['source']}/{page['id']} [{site}]\n  truth: {page['truth'].get(truth_key)!r}\n"
                      f"  got:   {page['outputs']['newsgrab'].get(out_key)!r}")
        return 0
    systems = list(run["per_page"][0]["scores"]) if run["per_page"] else []
    sites = {fold: sorted({s for f, s, _ in pages if f == fold}) for fold in ("A", "B")}
    print(f"tune folds: A {len(sites['A'])} sites, B {len(sites['B'])} sites")
    print("| system | fold | " + " | ".join(FIELDS) + " |\n|---|---|" + "---|" * len(FIELDS))
    for system in systems:
        for fold in ("A", "B"):
            hits: dict[str, list[bool]] = defaultdict(list)
            for f, _, page in pages:
                scores = page["scores"].get(system, {})
                for field in FIELDS:
                    if f == fold and scores.get(field) is not None:
                        hits[field].append(bool(scores[field]))
            cells = [f"{sum(hits[x])}/{len(hits[x])} ({sum(hits[x]) / len(hits[x]):.3f})" if hits[x] else "-"
                     for x in FIELDS]
            print(f"| {system} | {fold} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
