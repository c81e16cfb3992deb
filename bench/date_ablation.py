"""Dates on the tune pages as an unseen site may print them: structured dates removed, then machine times too.

    .venv/bin/python bench/date_ablation.py                      # kept / right, per fold and level
    .venv/bin/python bench/date_ablation.py --misses B           # fold B's pages that lose their day
    .venv/bin/python bench/date_ablation.py --no-htmldate        # newsgrab's own search alone

Issue 11 measures dates on sites nobody here has seen, many of which print the day and declare it
nowhere else. On bench/meta nearly every page declares it (JSON-LD, OpenGraph and other meta tags),
so the visible search (bylines, <time>, datelines, the article header, the URL) is rarely asked.
To see how it fares, every tune page of bench/meta and of the Readability set with a date truth is
read as served and then at two levels of blindness:
- `structured`: every JSON-LD block, every <meta> whose name, property, itemprop or http-equiv
  speaks of a date or time (date, time, publish, modif, updat, issued, created), and every
  date-named `itemprop` value removed (a page that declares nothing);
- `machine`: also every `datetime` attribute and every attribute whose name speaks of a time
  (`data-time`, `data-timestamp`, `data-publishtime`...), so a <time> is its printed text alone.
The URL is kept: an unseen page has one. A page counts when its as-served day is right (the same
calendar day as the truth), so a truth by another convention (the UTC day, a Last-Modified) never
enters the figure: the figure is how many of those keep their day when the markup is gone. Folds
are bench/meta_folds.py's (fold B designs, fold A checks); holdout pages are never listed
(`--half holdout` prints their figures only).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.meta_folds import fold_of
from bench.shared_data import SHARED
from bench.splits import HOLDOUT, TUNE, half_of, site_of_readability_page, site_of_url

META = SHARED / "bench" / "meta"
READABILITY = SHARED / "bench" / "readability" / "pages"
LEVELS = ("structured", "machine")
_META_KEY_RE = re.compile(r"date|time|publish|modif|updat|issued|created", re.IGNORECASE)
_TIME_ATTR_RE = re.compile(r"^(?:datetime|data-.*(?:time|date|stamp).*)$", re.IGNORECASE)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*>")


def ablate(raw: bytes, level: str) -> str:
    """The page with its structured dates (and, at level `machine`, its machine times) removed.

    Decoded as newsgrab decodes it and handed on as text, so a page whose charset only its bytes
    tell is not read twice in two encodings."""
    from newsgrab.read.decode import decode

    text = _XML_DECL_RE.sub("", decode(raw).text, count=1)
    root = lxml.html.document_fromstring(text)
    for script in root.xpath("//script[contains(translate(@type,'LDJSON','ldjson'),'ld+json')]"):
        script.getparent().remove(script)
    for meta in root.xpath("//meta"):
        key = " ".join(meta.get(a) or "" for a in ("name", "property", "itemprop", "http-equiv"))
        if _META_KEY_RE.search(key):
            meta.getparent().remove(meta)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        prop = el.get("itemprop")
        if prop and _META_KEY_RE.search(prop):
            el.set("itemprop", _META_KEY_RE.sub("x", prop))
        if level == "machine":
            for attr in [a for a in el.attrib if _TIME_ATTR_RE.match(a)]:
                del el.attrib[attr]
    return str(lxml.html.tostring(root, encoding="unicode"))


def cases(half: str) -> Iterator[tuple[str, str, bytes, str | None, str]]:
    """(fold, name, page bytes, url, truth day) for every page of the half with a date truth."""
    for source in sorted(p for p in META.iterdir() if (p / "truth.json").exists()):
        for item in json.loads((source / "truth.json").read_text("utf-8")):
            site = site_of_url(item.get("url"))
            if not item.get("published") or half_of(site) != half:
                continue
            raw = (source / item["file"]).read_bytes()
            raw = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
            yield fold_of(site), f"{source.name}/{item['id']}", raw, item.get("url"), str(item["published"])[:10]
    for case in sorted(p for p in READABILITY.iterdir() if (p / "expected-metadata.json").exists()):
        site = site_of_readability_page(case.name)
        published = json.loads((case / "expected-metadata.json").read_text("utf-8")).get("publishedTime")
        if published and half_of(site) == half:
            yield fold_of(site), f"readability/{case.name}", (case / "source.html").read_bytes(), None, \
                str(published)[:10]


def day(raw: bytes | str, url: str | None, name: str) -> str | None:
    import newsgrab

    try:
        published = newsgrab.extract(raw, url=url, kind="html").published
    except newsgrab.NewsgrabError as exc:
        print(f"{name}: {exc}", file=sys.stderr)
        return None
    return str(published)[:10] if published else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=(TUNE, HOLDOUT), default=TUNE)
    ap.add_argument("--misses", choices=("A", "B"), help="list this fold's lost days (tune half only)")
    ap.add_argument("--no-htmldate", action="store_true", help="newsgrab's own search, htmldate not asked")
    args = ap.parse_args(argv)
    if not META.is_dir() or not READABILITY.is_dir():
        print("no ../shared benchmark pages: skipped", file=sys.stderr)
        return 0
    if args.misses and args.half != TUNE:
        ap.error("--misses lists tune pages only")
    if args.no_htmldate:
        from newsgrab.meta import htmldate_fallback

        htmldate_fallback.available = lambda: False  # type: ignore[assignment]
    right = {"A": 0, "B": 0}
    kept = {(fold, level): 0 for fold in right for level in LEVELS}
    for fold, name, raw, url, truth in cases(args.half):
        if day(raw, url, name) != truth:
            continue
        right[fold] += 1
        for level in LEVELS:
            got = day(ablate(raw, level), url, name)
            if got == truth:
                kept[fold, level] += 1
            elif fold == args.misses:
                print(f"{name} [{level}]\n  url: {url}\n  truth: {truth}\n  blind: {got}")
    for fold in ("A", "B"):
        levels = ", ".join(f"kept {level} {kept[fold, level]}" for level in LEVELS)
        print(f"{args.half} fold {fold}: right as served {right[fold]}, {levels}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
