#!/usr/bin/env python3
"""Site profiles on the real pages: what `newsgrab rules suggest` proposes for the bench sites that
have several pages, and how its proposals stand against the hand labels.

    .venv/bin/python bench/suggest_sites.py                 # per site: pages, rules, notices they hit
    .venv/bin/python bench/suggest_sites.py --write DIR     # ... and write each site's rule file there

The pages are those of bench/notice_removal.py (ScrapingHub, Readability, meta), grouped by the
site bench/splits.py gives them; sites with fewer than `--min-pages` pages are left out. Each
proposed rule's example is looked up in the labels (by fingerprint): a labelled notice, a body
paragraph, or unlabelled. The rule files hold the pages' own text, so they are written only where
`--write` says (never into the project).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.notice_removal import BODY, BODY_TOPICS, NOT_SCORED, fingerprint, load_labels
from bench.notice_removal import documents as labelled_documents
from bench.splits import meta_sites, readability_sites, scrapinghub_sites


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min-pages", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.2)
    ap.add_argument("--write", type=Path, metavar="DIR", help="write each site's rule file into DIR")
    args = ap.parse_args(argv)

    import newsgrab
    from newsgrab.clean.suggest import Page, suggest, to_toml
    from newsgrab.options import Options
    from newsgrab.rules import load_rules

    sites = {"scrapinghub": scrapinghub_sites(), "readability": readability_sites(), "meta": meta_sites()}
    labels = load_labels()
    off = Options(keep=frozenset({"all"}))
    by_site: dict[str, list[tuple[Page, dict[str, str]]]] = defaultdict(list)
    for dataset, doc, _half, raw, kwargs in labelled_documents():
        try:
            article = newsgrab.extract(raw, options=off, **kwargs)
        except newsgrab.NewsgrabError:
            continue
        site = sites[dataset][doc]
        page = Page(site, f"{dataset}/{doc[:16]}", [block for block, _ in article.timeline], article)
        by_site[site].append((page, labels.get((dataset, doc), {})))
    rules = load_rules()
    totals: Counter[str] = Counter()
    print("| site | pages | rules | labelled notice | body | unlabelled |\n|---|---|---|---|---|---|")
    for site, held in sorted(by_site.items()):
        if len(held) < args.min_pages:
            continue
        found = suggest([page for page, _ in held], rules, min_pages=args.min_pages, min_share=args.min_share)
        verdicts: Counter[str] = Counter()
        for suggestion in found:
            key = fingerprint(suggestion.example)
            label = next((page_labels[key] for _, page_labels in held if key in page_labels), None)
            kind = ("unlabelled" if label in (None, NOT_SCORED) else "body" if label in (BODY, *BODY_TOPICS)
                    else "notice")
            verdicts[kind] += 1
        totals.update(verdicts)
        totals["sites"] += 1
        totals["rules"] += len(found)
        print(f"| {site} | {len(held)} | {len(found)} | {verdicts['notice']} | {verdicts['body']} | "
              f"{verdicts['unlabelled']} |")
        if args.write and found:
            args.write.mkdir(parents=True, exist_ok=True)
            (args.write / f"{site}.toml").write_text(to_toml(found, f"{len(held)} bench pages of {site}"),
                                                     encoding="utf-8")
    print(f"\n{totals['sites']} sites, {totals['rules']} rules: {totals['notice']} on labelled notices, "
          f"{totals['body']} on body paragraphs, {totals['unlabelled']} on blocks nobody labelled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
