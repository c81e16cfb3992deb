"""Authors on the tune pages as an unseen site may write them: structured authors and byline markup removed.

    .venv/bin/python bench/author_ablation.py                   # kept / right, per fold of the tune half
    .venv/bin/python bench/author_ablation.py --misses A        # fold A's pages that lose their author

The sets issue 11 is measured on are sites nobody here has seen; many of them name their author
only in the page's text. To see how the visible byline readers fare there, every tune page of
bench/meta and of the Readability set is read twice: as served, and with every JSON-LD block, every
`<meta>` whose name or property speaks of an author (author, creator, byl, parsely-author,
sailthru.author, article:author, twitter:creator, dc.creator) and the words author / byline /
writer / contributor / creator / person taken out of class, id, itemprop and rel values removed.
A page counts when its as-served output is right (the same set of folded names as the truth): the
figure is how many of those keep the right author when the markup is gone, so a weak truth (a
publisher, a handle, junk) never enters it. Folds are bench/meta_folds.py's (second SHA-1 byte of
the site): read fold A's losses (`--misses A`), keep a change only if fold B's figure holds.
Holdout pages are never listed; `--half holdout` prints their figures only.
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
from bench.metadata_agreement import name_set as readability_names
from bench.shared_data import SHARED
from bench.splits import HOLDOUT, TUNE, half_of, site_of_readability_page, site_of_url

META = SHARED / "bench" / "meta"
READABILITY = SHARED / "bench" / "readability" / "pages"
_META_KEY_RE = re.compile(r"author|creator|byl", re.IGNORECASE)
_WORD_RE = re.compile(r"author|byline|writer|contributor|creator|person", re.IGNORECASE)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*>")
_SPLIT_RE = re.compile(r"\s*(?:;|,|\||\s/\s|&|\band\b|\bund\b|\bet\b|\by\b|\n)\s*", re.IGNORECASE)


def meta_names(value: list[str] | str | None) -> frozenset[str]:
    """metabench's author folding (a leading "by" and edge punctuation stripped), restated."""
    if not value:
        return frozenset()
    parts = value if isinstance(value, list) else _SPLIT_RE.split(re.sub(r"^\s*by\s+", "", value, flags=re.I))
    out = set()
    for part in parts:
        name = re.sub(r"\s+", " ", part).strip().casefold()
        name = re.sub(r"^by\s+", "", name).strip(" \t.,;:|-–—·•()[]\"'")
        if name:
            out.add(name)
    return frozenset(out)


def ablate(raw: bytes) -> str:
    """The page with its structured authors and byline class words removed (see the module doc).

    The page is decoded as newsgrab decodes it and handed on as text, so a page whose charset only
    its bytes tell is not read twice in two encodings."""
    from newsgrab.read.decode import decode

    text = _XML_DECL_RE.sub("", decode(raw).text, count=1)
    root = lxml.html.document_fromstring(text)
    for script in root.xpath("//script[contains(translate(@type,'LDJSON','ldjson'),'ld+json')]"):
        script.getparent().remove(script)
    for meta in root.xpath("//meta"):
        key = (meta.get("name") or "") + " " + (meta.get("property") or "") + " " + (meta.get("itemprop") or "")
        if _META_KEY_RE.search(key):
            meta.getparent().remove(meta)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("class", "id", "itemprop", "rel"):
            value = el.get(attr)
            if value and _WORD_RE.search(value):
                el.set(attr, _WORD_RE.sub("x", value))
    return str(lxml.html.tostring(root, encoding="unicode"))


def cases(half: str) -> Iterator[tuple[str, str, bytes, str | None, frozenset[str]]]:
    """(fold, name, page bytes, url, truth names) for every page of the half with an author truth."""
    for source in sorted(p for p in META.iterdir() if (p / "truth.json").exists()):
        for item in json.loads((source / "truth.json").read_text("utf-8")):
            site = site_of_url(item.get("url"))
            if not item.get("authors") or half_of(site) != half:
                continue
            raw = (source / item["file"]).read_bytes()
            raw = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
            yield fold_of(site), f"{source.name}/{item['id']}", raw, item.get("url"), meta_names(item["authors"])
    for case in sorted(p for p in READABILITY.iterdir() if (p / "expected-metadata.json").exists()):
        site = site_of_readability_page(case.name)
        byline = json.loads((case / "expected-metadata.json").read_text("utf-8")).get("byline")
        if byline and half_of(site) == half:
            yield fold_of(site), f"readability/{case.name}", (case / "source.html").read_bytes(), None, \
                readability_names(byline)


def authors(raw: bytes | str, url: str | None, name: str) -> list[str]:
    import newsgrab

    try:
        return list(newsgrab.extract(raw, url=url, kind="html").authors)
    except newsgrab.NewsgrabError as exc:
        print(f"{name}: {exc}", file=sys.stderr)
        return []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=(TUNE, HOLDOUT), default=TUNE)
    ap.add_argument("--misses", choices=("A", "B"), help="list this fold's lost authors (tune half, fold A only)")
    args = ap.parse_args(argv)
    if not META.is_dir() or not READABILITY.is_dir():
        print("no ../shared benchmark pages: skipped", file=sys.stderr)
        return 0
    if args.misses and args.half != TUNE:
        ap.error("--misses lists tune pages only")
    right = {"A": 0, "B": 0}
    kept = {"A": 0, "B": 0}
    for fold, name, raw, url, truth in cases(args.half):
        split = readability_names if name.startswith("readability/") else meta_names
        if split(authors(raw, url, name)) != truth:
            continue
        right[fold] += 1
        got = authors(ablate(raw), url, name)
        if split(got) == truth:
            kept[fold] += 1
        elif fold == args.misses:
            print(f"{name}\n  truth: {sorted(truth)!r}\n  blind: {got!r}")
    for fold in ("A", "B"):
        print(f"{args.half} fold {fold}: right as served {right[fold]}, kept blind {kept[fold]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
