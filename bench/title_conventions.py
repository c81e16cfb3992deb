"""Which of newsgrab's title misses on bench/meta are the truth's convention, per half, as counts only.

    .venv/bin/python bench/title_conventions.py RUN.json      # a ../shared/tools/metabench.py --json file

The four projects whose test suites give bench/meta its truth do not agree on what a page's title
is: some take the headline the page displays (its `<h1>`), some the `<title>` or og:title, which
often carries the site's name ("Headline | Site"). A title miss is sorted by what the page itself
prints, so the share that hinges on that choice is measured, not guessed:

- `truth=<title>/og, ours=h1`: the truth is the page's `<title>` or og/twitter title and not an `<h1>`,
  and newsgrab gave the displayed headline (an `<h1>` of the page);
- `truth=h1, ours=<title>/og`: the other way round;
- `prefix/suffix: truth longer` or `ours longer`: one holds the other (a site's name or a kicker kept
  on one side: "Headline | Site", "Opinion | Headline");
- `truth printed, other pick`: the truth is an `<h1>` or a `<title>` of the page, newsgrab took something else;
- `truth printed nowhere`: neither an `<h1>` nor a `<title>` of the page says it.

Titles are compared folded (NFKC, case-folded, word tokens). Both halves print only counts: no page
of either half is listed, so the holdout is read as an aggregate.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import SHARED
from bench.splits import half_of, meta_sites
from bench.text_meta import fold

SOURCES = ("postlight", "metascraper", "newspaper4k", "goose3")
KINDS = ("truth=<title>/og, ours=h1", "truth=h1, ours=<title>/og", "prefix/suffix: truth longer",
         "prefix/suffix: ours longer", "truth printed, other pick", "truth printed nowhere")


def page_titles(raw: bytes) -> tuple[set[str], set[str]]:
    """The folded `<h1>` texts of a page, and its folded `<title>` and og/twitter/meta titles."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(raw)
    except Exception:  # an unreadable page has no titles to compare with
        return set(), set()
    heads = {fold(h.text_content()) for h in tree.iter("h1")}
    named = "//meta[@property='og:title' or @name='twitter:title' or @name='title']/@content"
    tags = {fold(str(x)) for x in tree.xpath("//title/text()")} | {fold(str(x)) for x in tree.xpath(named)}
    return heads, tags


def kind_of(truth: str, ours: str, heads: set[str], tags: set[str]) -> str:
    """The convention family of one title miss (the module docstring)."""
    t, o = fold(truth), fold(ours)
    if t in tags and t not in heads and o in heads:
        return KINDS[0]
    if t in heads and o in tags and o not in heads:
        return KINDS[1]
    if o and (o in t or t in o):
        return KINDS[3] if len(o) > len(t) else KINDS[2]
    if t in heads or t in tags:
        return KINDS[4]
    return KINDS[5]


def count(run: dict[str, Any]) -> Counter[tuple[str, str]]:
    """(half, kind) -> newsgrab's title misses."""
    files: dict[tuple[str, str], Path] = {}
    for source in SOURCES:
        for item in json.loads((SHARED / "bench" / "meta" / source / "truth.json").read_text(encoding="utf-8")):
            files[source, item["id"]] = SHARED / "bench" / "meta" / source / item["file"]
    sites = meta_sites()
    found: Counter[tuple[str, str]] = Counter()
    for page in run["per_page"]:
        if page["scores"].get("newsgrab", {}).get("title") is not False:
            continue
        half = half_of(sites.get(f"{page['source']}/{page['id']}", "unknown"))
        path = files.get((page["source"], page["id"]))
        raw = path.read_bytes() if path is not None else b""
        raw = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
        heads, tags = page_titles(raw) if raw else (set(), set())
        found[half, kind_of(page["truth"]["title"], page["outputs"]["newsgrab"]["title"] or "", heads, tags)] += 1
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("run", type=Path, help="a metabench --json file")
    args = ap.parse_args(argv)
    found = count(json.loads(args.run.read_text(encoding="utf-8")))
    print("| title miss | tune | holdout |\n|---|---|---|")
    for kind in KINDS:
        print(f"| {kind} | {found['tune', kind]} | {found['holdout', kind]} |")
    print(f"| all misses | {sum(v for (h, _), v in found.items() if h == 'tune')} | "
          f"{sum(v for (h, _), v in found.items() if h == 'holdout')} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
