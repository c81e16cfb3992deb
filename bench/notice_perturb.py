#!/usr/bin/env python3
"""The notice pass on tune pages varied the way an unseen site varies: which mechanisms hold.

    .venv/bin/python bench/notice_perturb.py                  # per family and fold, tune half
    .venv/bin/python bench/notice_perturb.py --list A nourl   # fold A's notices lost under one variation
    .venv/bin/python bench/notice_perturb.py --holdout        # aggregate counts only, holdout half

Why: on the tune half the pass removes 87% of the labelled notices, on the holdout 60%, and related
lists and advertisements go at half the rate there. A mechanism that fires on a tune site may fail
on another for reasons that have nothing to do with the notice: the site's URL scheme, its links
written relative or absolute, the page read without its URL, its markup words, list items written
as `<div>`, a card whose link wraps the whole teaser. We cannot see new sites, but we can vary the
ones we have the way new sites vary, one variation at a time, and count which notices survive:

Every page of the half is run (the body of pages without a labelled notice counts too).

- `written`: the page as it is (the reference every other column compares with);
- `roundtrip`: parsed and serialised by lxml with nothing changed (what every variation below also
  goes through: a notice lost here is lost to the round trip, not to a variation);
- `nourl`: no page URL (none given, no canonical, no og:url, no JSON-LD url, no `<base>`);
- `absolute` / `relative`: every link to the page's own host made absolute / root-relative;
- `sister`: the page's URL (given, canonical, og:url) on a sister host of its site (`m.` + the
  registrable domain), its links left as they are;
- `blind`: class/id words tokenised, role/aria/data attributes dropped (`bench/notice_ablation.py`);
- `divs`: every `<ul>`, `<ol>`, `<li>` a `<div>`;
- `wrap`: each teaser-shaped link (three words or more, opening its heading, or its `<p>` or `<li>` and
  at least half of its text) moved to
  wrap its block as a card does (`<a href><div><h3>headline</h3></div></a>`), so the block's text holds
  no link.

A notice survives a variation when the pass still removes it (or the HTML stage no longer hands it
on). Each labelled notice counts once per page and text (as in `bench/notice_mechanisms.py`). Body:
the blocks the pass keeps as body on the page as written (unlabelled or a body topic), how many of
them each variation keeps (`body`), and how many it removes (`body removed`): a variation must not
turn body into notices either. A body block neither kept nor removed was merged with another or
dropped by the HTML stage (`divs` joins list items written as `<div>`; `blind` hands on chrome). The holdout half is
only ever counted in aggregate (`--holdout`), never listed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.notice_ablation import blind_page
from bench.notice_folds import FOLDS, fold_of
from bench.notice_removal import BODY, BODY_TOPICS, documents, fingerprint, load_labels
from bench.shared_data import SHARED
from bench.splits import HOLDOUT, TUNE, meta_sites, readability_sites, scrapinghub_sites

FAMILIES = ("related", "advertisement", "share", "newsletter")
VARIATIONS = ("written", "roundtrip", "nourl", "absolute", "relative", "sister", "blind", "divs", "wrap")
#: the row of body blocks the pass removes under a variation (`BODY` counts those it keeps: a block
#: the variation merged with another or dropped before the pass is neither)
BODY_REMOVED = "body removed"
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
_JSONLD_URL = re.compile(r'("(?:url|@id|mainEntityOfPage)"\s*:\s*)"[^"]*"')
_HEADINGS = frozenset({"h2", "h3", "h4", "h5"})
_TEASER_PARENTS = frozenset({"p", "li"}) | _HEADINGS
_WORD_RE = re.compile(r"\w+")


def page_url(tree: Any, given: str | None) -> str | None:
    """The URL the page is known by: the one given, else its canonical link or og:url."""
    if given:
        return given
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and (el.get("href") or "").startswith("http"):
            return str(el.get("href"))
    for el in tree.iter("meta"):
        if (el.get("property") or el.get("name") or "").lower() == "og:url" and (el.get("content") or "").startswith(
                "http"):
            return str(el.get("content"))
    return None


def _host(url: str | None) -> str:
    try:
        return (urlsplit(url or "").hostname or "").lower()
    except ValueError:
        return ""


def _nourl(tree: Any, url: str | None) -> str | None:
    for el in list(tree.iter("link", "meta", "base")):
        what = (el.get("rel") or el.get("property") or el.get("name") or "").lower()
        if el.tag == "base" or "canonical" in what.split() or what in ("og:url", "twitter:url"):
            el.drop_tree()
    for el in tree.iter("script"):
        if "ld+json" in (el.get("type") or "") and el.text:
            el.text = _JSONLD_URL.sub(r'\1""', el.text)
    return None


def _absolute(tree: Any, url: str | None) -> str | None:
    if url:
        for el in tree.iter("a"):
            href = (el.get("href") or "").strip()
            if href and not href.startswith(("#", "http:", "https:", "javascript:", "mailto:")):
                with contextlib.suppress(ValueError):
                    el.set("href", urljoin(url, href))
    return url


def _relative(tree: Any, url: str | None) -> str | None:
    host = _host(url)
    if host:
        for el in tree.iter("a"):
            href = (el.get("href") or "").strip()
            if _host(href) == host and href.startswith(("http:", "https:", "//")):
                parts = urlsplit(href)
                el.set("href", urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment)))
    return url


def _sister(tree: Any, url: str | None) -> str | None:
    from newsgrab.urls import registrable

    host = _host(url)
    if not host:
        return url
    sister = "m." + registrable(host)
    if sister == host:
        sister = "amp." + registrable(host)

    def swap(value: str) -> str:
        return value.replace(f"//{host}", f"//{sister}", 1) if _host(value) == host else value

    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            el.set("href", swap(str(el.get("href"))))
    for el in tree.iter("meta"):
        if (el.get("property") or el.get("name") or "").lower() == "og:url" and el.get("content"):
            el.set("content", swap(str(el.get("content"))))
    return swap(url) if url else url


def _divs(tree: Any, url: str | None) -> str | None:
    for el in tree.iter("ul", "ol", "li"):
        el.tag = "div"
    return url


def _wrap(tree: Any, url: str | None) -> str | None:
    import lxml.html

    for a in list(tree.iter("a")):
        parent = a.getparent()
        if parent is None or parent.tag not in _TEASER_PARENTS or not a.get("href"):
            continue
        words = _WORD_RE.findall(a.text_content())
        whole = parent.text_content()
        if len(words) < 3 or whole.find(a.text_content().strip()) > 30 or len(parent.findall(".//a")) != 1:
            continue
        if parent.tag not in _HEADINGS and 2 * len(a.text_content().strip()) < len(whole.strip()):
            continue  # a paragraph opening with a link, not a headline: no template wraps prose in a card
        holder = parent.getparent()
        if holder is None:
            continue
        card = lxml.html.Element("a", href=a.get("href"))
        box = lxml.html.Element("div")
        card.append(box)
        card.text, box.tail = "\n  ", "\n"  # as a template writes it: the card's markup indented
        a.drop_tag()
        tail, parent.tail = parent.tail, None
        holder.replace(parent, card)
        box.append(parent)
        card.tail = tail
    return url


_EDITS: dict[str, Callable[[Any, str | None], str | None]] = {
    "roundtrip": lambda tree, url: url, "nourl": _nourl, "absolute": _absolute, "relative": _relative,
    "sister": _sister, "divs": _divs, "wrap": _wrap}


def varied(raw: bytes, kwargs: dict[str, str], variation: str) -> tuple[bytes | str, dict[str, Any]]:
    """The page and the extract arguments under one variation (see the docstring)."""
    if variation == "written":
        return raw, kwargs
    if variation == "blind":
        return blind_page(raw), kwargs
    import lxml.html

    from newsgrab.read.decode import decode

    text = _XML_DECL.sub("", decode(raw).text)
    tree = lxml.html.document_fromstring(text)
    given = kwargs.get("url")
    url = _EDITS[variation](tree, page_url(tree, given))
    out = dict(kwargs)
    out["url"] = url if given and variation != "nourl" else None
    return "<!DOCTYPE html>\n" + lxml.html.tostring(tree, encoding="unicode"), out


def verdicts(page: bytes | str, kwargs: dict[str, Any]) -> tuple[set[str], set[str]] | None:
    """(fingerprints removed, fingerprints kept) of the blocks the pass received."""
    import newsgrab

    try:
        article = newsgrab.extract(page, **kwargs)
    except newsgrab.NewsgrabError:
        return None
    removed, kept = set(), set()
    for block, removal in article.timeline:
        if block.text:
            (kept if removal is None else removed).add(fingerprint(block.text))
    return removed, kept


def run(half: str, listed: tuple[str, str] | None) -> tuple[dict[tuple[str, str], Counter[str]], list[str]]:
    """(fold or half, family or BODY) -> n and survivors per variation; the listed losses."""
    sites = {"scrapinghub": scrapinghub_sites(), "readability": readability_sites(), "meta": meta_sites()}
    labels = load_labels()
    tally: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    lines: list[str] = []
    for dataset, doc, page_half, raw, kwargs in documents():
        if page_half != half:
            continue
        page_labels = labels.get((dataset, doc), {})
        notices = {k: c for k, c in page_labels.items() if c in FAMILIES}
        where = fold_of(sites[dataset][doc]) if half == TUNE else half
        results = {}
        for variation in VARIATIONS:
            page, args = varied(raw, kwargs, variation)
            results[variation] = verdicts(page, args)
        base = results["written"]
        if base is None:
            continue
        body = {k for k in base[1] if page_labels.get(k, BODY) in (BODY, *BODY_TOPICS)}
        for key, family in notices.items():
            counter = tally[where, family]
            counter["n"] += 1
            for variation, found in results.items():
                # removed, or not handed on at all (dropped with the page's chrome)
                ok = found is not None and key not in found[1]
                counter[variation] += ok
                kept_written = base is not None and key in base[1]
                if not ok and not kept_written and listed == (where, variation) and half == TUNE:
                    lines.append(f"LOST {sites[dataset][doc]} {dataset}/{doc[:30]} [{family}] {key}")
        counter, taken = tally[where, BODY], tally[where, BODY_REMOVED]
        counter["n"] += len(body)
        taken["n"] += len(body)
        for variation, found in results.items():
            counter[variation] += len(body & found[1]) if found is not None else 0
            taken[variation] += len(body & found[0]) if found is not None else 0
    return tally, lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", nargs=2, metavar=("FOLD", "VARIATION"), help="list one tune fold's losses")
    ap.add_argument("--holdout", action="store_true", help="aggregate counts on the holdout half (no listing)")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"notice_perturb: {SHARED} is absent", file=sys.stderr)
        return 2
    half = HOLDOUT if args.holdout else TUNE
    tally, lines = run(half, tuple(args.list) if args.list and not args.holdout else None)
    wheres = (HOLDOUT,) if args.holdout else FOLDS
    print("| family | where | n | " + " | ".join(VARIATIONS) + " |")
    print("|---|---|---|" + "---|" * len(VARIATIONS))
    for family in (*FAMILIES, BODY, BODY_REMOVED):
        for where in wheres:
            counter = tally[where, family]
            if counter["n"]:
                print(f"| {family} | {where} | {counter['n']} | " + " | ".join(str(counter[v]) for v in VARIATIONS)
                      + " |")
    for line in lines:
        print(line)
    print(json.dumps({f"{w}/{f}": dict(c) for (w, f), c in sorted(tally.items())}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
