"""Titles on pages that do not name their site: the bench pages with the site metadata taken away.

    .venv/bin/python bench/bare_titles.py                    # counts per half
    .venv/bin/python bench/bare_titles.py --misses tune      # and the tune half's pages that differ

Many pages of the held-out title sets carry no og:site_name, no JSON-LD publisher, no share-card
title and no <h1> that confirms a part of the <title>: the title is cleaned from the <title> and the
URL alone. This measures that case on pages whose full title is known to be clean. Each page of
bench/meta and ScrapingHub is read twice: whole, and with og:site_name, application-name, JSON-LD,
og:title, twitter:title removed and every <h1> made an <h6>. A page counts as a miss when the two
titles differ (the whole page's title is the reference; it is not a truth). Per half of the fixed
split (bench/splits.py): tune the rules on one, report both.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import SHARED
from bench.splits import HOLDOUT, TUNE, half_of, meta_sites, scrapinghub_sites

HALVES = (TUNE, HOLDOUT, "all")

_SITE_META_RE = re.compile(r"<meta[^>]*(?:og:site_name|application-name|apple-mobile-web-app-title)[^>]*>", re.I)
_JSONLD_RE = re.compile(r"<script[^>]*ld\+json.*?</script>", re.I | re.S)
_SOCIAL_TITLE_RE = re.compile(r"<meta[^>]*(?:og:title|twitter:title)[^>]*>", re.I)
_H1_RE = re.compile(r"<(/?)h1\b", re.I)


def bare(text: str) -> str:
    """The page without what names its site or confirms its headline."""
    text = _SOCIAL_TITLE_RE.sub("", _SITE_META_RE.sub("", _JSONLD_RE.sub("", text)))
    return _H1_RE.sub(r"<\1h6", text)


def pages() -> Iterator[tuple[str, str, bytes, str | None]]:
    """(name, half, raw page, url) of every bench/meta page with a URL and every ScrapingHub page."""
    sites = meta_sites()
    for truth_file in sorted((SHARED / "bench" / "meta").glob("*/truth.json")):
        for item in json.loads(truth_file.read_text(encoding="utf-8")):
            name = f"{truth_file.parent.name}/{item['id']}"
            path = truth_file.parent / "pages" / f"{item['id']}.html.gz"
            if item.get("url") and path.exists():
                yield name, half_of(sites[name]), gzip.decompress(path.read_bytes()), item["url"]
    truth = json.loads((SHARED / "bench" / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    sh_sites = scrapinghub_sites()
    for key, item in sorted(truth.items()):
        path = SHARED / "bench" / "scrapinghub" / "html" / f"{key}.html.gz"
        yield f"scrapinghub/{key[:12]}", half_of(sh_sites[key]), gzip.decompress(path.read_bytes()), item["url"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", choices=(TUNE, HOLDOUT), help="list this half's pages whose bare title differs")
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print(f"no shared data at {SHARED}")
        return 0
    from newsgrab.html.parse import parse_html
    from newsgrab.meta.page import read_metadata
    from newsgrab.read.decode import decode

    counts = {half: [0, 0] for half in HALVES}
    for name, half, raw, url in pages():
        text = decode(raw).text
        whole = read_metadata(parse_html(text), url).title
        stripped = read_metadata(parse_html(bare(text)), url).title
        for which in (half, "all"):
            counts[which][0] += whole != stripped
            counts[which][1] += 1
        if whole != stripped and args.misses == half:
            print(f"{name}\n    whole: {whole}\n    bare:  {stripped}")
    print("| half | bare title differs from the whole page's |\n|---|---|")
    for which, (differ, total) in counts.items():
        print(f"| {which} | {differ} / {total} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
