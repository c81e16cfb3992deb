"""newsgrab's body score page by page, with each page's half of the fixed split: where the body loses.

    .venv/bin/python bench/pages.py                                  # Readability, tune half, worst F1 first
    .venv/bin/python bench/pages.py --datasets scrapinghub --half all --sort recall --limit 20
    .venv/bin/python bench/pages.py --json before.json               # every page's scores and body
    .venv/bin/python bench/pages.py --compare before.json            # only the pages whose body changed

`bench/run.py --worst K` names the lowest pages of a whole set; this prints precision and recall
apart (a missing opening and a kept sidebar call for different fixes), per half, and the warnings
the page got (which sieve pass or second opinion chose its body). The metric is evalbench's
(4-token shingles, imported from ../shared/tools/evalbench.py, never copied); the per-page
figures are its per-document precision and recall, the ones `shingle_summary` averages.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import load_evalbench
from bench.splits import half_of, readability_sites, scrapinghub_sites


def score(datasets: list[str]) -> list[dict[str, Any]]:
    """One row per page: set, id, half, tp/fp/fn (evalbench's shares), precision, recall, F1, body, warnings."""
    import newsgrab

    eb = load_evalbench()
    sites = {"scrapinghub": scrapinghub_sites(), "readability": readability_sites()}
    rows = []
    for name in datasets:
        for doc in eb.load_docs(name, eb.ROOTS[name]):
            article = newsgrab.extract(doc["raw"], url=doc["url"])
            tp, fp, fn = eb.shingle_counts(doc["truth"], article.body)
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            rows.append({"set": name, "id": doc["id"], "half": half_of(sites[name][doc["id"]]),
                         "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r,
                         "f1": 2 * p * r / (p + r) if p + r else 0.0,
                         "body": article.body, "warnings": list(article.warnings)})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", default="readability")
    ap.add_argument("--half", choices=("tune", "holdout", "all"), default="tune")
    ap.add_argument("--sort", choices=("f1", "precision", "recall"), default="f1")
    ap.add_argument("--limit", type=int, default=25, help="pages printed (0: all)")
    ap.add_argument("--json", type=Path, help="write every page's row (with its body) here")
    ap.add_argument("--compare", type=Path, help="an earlier --json file: print only the pages whose body changed")
    args = ap.parse_args(argv)
    rows = score([d for d in args.datasets.split(",") if d])
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    before = {}
    if args.compare:
        before = {(r["set"], r["id"]): r for r in json.loads(args.compare.read_text(encoding="utf-8"))}
    shown = [r for r in rows if args.half in ("all", r["half"])
             and (not before or before.get((r["set"], r["id"]), {}).get("body") != r["body"])]
    shown.sort(key=lambda r: r[args.sort])
    print("| set | page | half | F1 | precision | recall | warnings |\n|---|---|---|---|---|---|---|")
    for r in shown[: args.limit or None]:
        old = before.get((r["set"], r["id"]))
        cells = [f"{old[k]:.3f} -> {r[k]:.3f}" if old else f"{r[k]:.3f}" for k in ("f1", "precision", "recall")]
        warnings = ", ".join(r["warnings"])
        print(f"| {r['set']} | {r['id'][:40]} | {r['half']} | " + " | ".join(cells) + f" | {warnings} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
