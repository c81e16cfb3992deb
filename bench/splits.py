"""The fixed tune / holdout split of every benchmark set, by site.

Tune on one half, report the other: every accuracy figure that was tuned on `../shared/bench` is
given for the `tune` half and for the untouched `holdout` half. The split is by site, so two pages
of one publisher never sit on both sides, and it is fixed: a site's half is a hash of its name, not
a random draw, so it never moves between runs, machines or sessions.

    .venv/bin/python bench/splits.py             # counts per set and half
    .venv/bin/python bench/splits.py --list      # every document with its site and half

Sites: the ScrapingHub pages and their textbench dumps by the host of the page's URL; the
bench/meta pages by the host of their URL; the Readability test pages by their directory name
without a trailing number (`nytimes-3` -> `nytimes`), since they all share one fake URL.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import SHARED

TUNE, HOLDOUT = "tune", "holdout"
#: second-level labels under which the registrable name is one label further left (news.bbc.co.uk -> bbc.co.uk)
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "ne", "or", "go", "edu"})


def site_of_url(url: str | None) -> str:
    """The registrable part of a URL's host: `https://www.news.bbc.co.uk/x` -> `bbc.co.uk`."""
    host = (urlsplit(url or "").hostname or "").lower().rstrip(".")
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:]) if host else "unknown"


def site_of_readability_page(name: str) -> str:
    """`nytimes-3` -> `nytimes`; the generic test pages (`001`, `base-url`) are each their own site."""
    return re.sub(r"-\d+$", "", name)


def half_of(site: str) -> str:
    """The fixed half of a site: the parity of the first byte of its name's SHA-1."""
    return TUNE if hashlib.sha1(site.encode("utf-8")).digest()[0] % 2 == 0 else HOLDOUT


def scrapinghub_sites() -> dict[str, str]:
    """ScrapingHub page id (also the textbench dump name) -> site."""
    truth = json.loads((SHARED / "bench" / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    return {key: site_of_url(item.get("url")) for key, item in truth.items()}


def readability_sites() -> dict[str, str]:
    """Readability page directory -> site."""
    pages = SHARED / "bench" / "readability" / "pages"
    return {page.name: site_of_readability_page(page.name) for page in sorted(pages.iterdir())}


def meta_sites() -> dict[str, str]:
    """`<source>/<id>` of a bench/meta page -> site."""
    out: dict[str, str] = {}
    for truth_file in sorted((SHARED / "bench" / "meta").glob("*/truth.json")):
        for item in json.loads(truth_file.read_text(encoding="utf-8")):
            out[f"{truth_file.parent.name}/{item['id']}"] = site_of_url(item.get("url"))
    return out


SETS = {"scrapinghub": scrapinghub_sites, "readability": readability_sites, "meta": meta_sites}


def half(dataset: str, doc_id: str) -> str:
    """The half of one document (`dataset` is scrapinghub, textbench, readability or meta)."""
    sites = SETS["scrapinghub" if dataset == "textbench" else dataset]()
    return half_of(sites[doc_id])


def documents() -> Iterator[tuple[str, str, str, str]]:
    """(set, document id, site, half) for every document of every set."""
    for name, sites in SETS.items():
        for doc_id, site in sites().items():
            yield name, doc_id, site, half_of(site)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true", help="print every document: set, id, site, half")
    args = ap.parse_args(argv)
    counts: Counter[tuple[str, str]] = Counter()
    sites: dict[tuple[str, str], set[str]] = {}
    for name, doc_id, site, which in documents():
        counts[name, which] += 1
        sites.setdefault((name, which), set()).add(site)
        if args.list:
            print(f"{name}\t{doc_id}\t{site}\t{which}")
    if not args.list:
        for name in SETS:
            parts = [f"{which} {counts[name, which]} pages / {len(sites.get((name, which), ()))} sites"
                     for which in (TUNE, HOLDOUT)]
            print(f"{name}: " + ", ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
