"""Hostile variants of real pages: how often the body flips to a dialog, a prompt or a list put next to it.

    .venv/bin/python bench/hostile_body.py                         # flip and leak rates per family and half
    .venv/bin/python bench/hostile_body.py --misses tune           # the tune half's flipped variants, one a line
    .venv/bin/python bench/hostile_body.py --json after.json       # every variant's verdict (no page text)
    .venv/bin/python bench/hostile_body.py --empty                 # empty bodies and `no-article` on every bench page
    .venv/bin/python bench/hostile_body.py --buttons               # the prompt families whose controls are <button>s

Issue 10 named the families of a wrong region won on pages nobody tuned on: a "thank you for
registering" dialog, a consent box for external content, a subscription prompt, a shop's address
block, a list of signatories under a letter, an editor's bio, an outdated-browser banner, a sidebar
of featured funds, a site's self-description, a related-stories teaser, a menu of course topics.
Such pages are rare in any one benchmark, so this script makes them: it takes the real pages whose
body newsgrab gets (ScrapingHub and Readability against their truth, the bench/meta pages that have
body truth), puts one family's box into each (the boxes are in `bench/hostile_snippets.py`, written
for this script, nothing of a page's text) at the place such a box sits on real sites (a dialog at
the end of <body>, a banner at its start, a prompt between the article's paragraphs, a list or bio
beside the article's container, a menu before it), and extracts again.

A variant *flips* when its body keeps less than half of the page's own body (4-token shingles, as
evalbench counts them): the box won, or pushed the article out (`box_share` says which). It
*leaks* when it did not flip but holds a quarter or more of the box's text. Both are
measured against the page's own body before the injection (the same page serialised the same way),
not against the truth, so a change that moves the original body does not move these figures.
Classes are opaque by default (`c-4f2a`: what a site's build tools write), so the class tokens of
selectors.toml do not decide the verdict; `--named` gives each box the class a site would write
by hand ("modal", "paywall"...). Pages are split by site (`bench/splits.py`): read the tune
half's misses only. Needs ../shared.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.hostile_snippets import BUTTON_FAMILIES, FAMILIES, Family
from bench.shared_data import SHARED, load_evalbench
from bench.splits import HOLDOUT, TUNE, half_of, meta_sites, readability_sites, scrapinghub_sites

#: a page's own body must share this much with its truth for its variants to count
MIN_BASELINE_F1 = 0.5
#: a page's own body must be this long for its variants to count: a box longer than the article
#: (a test page's one lorem-ipsum paragraph) is not a box the article can be told from by its text
MIN_OWN_CHARS = 400
#: a variant flips when it keeps less than this share of the page's own body
FLIP_KEPT = 0.5
#: a variant that did not flip leaks when it holds this share of the box's text
LEAK_SHARE = 0.25
#: a paragraph of the article, to find its container: at least this long and in the page's body
_MIN_PARAGRAPH_CHARS = 60
_SPACE_RE = re.compile(r"\s+")
#: lxml refuses a str that declares its encoding
_XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>")


def documents(eb: Any) -> Iterator[dict[str, Any]]:
    """Every page with body truth: set, id, url, raw bytes, half, and a truth test."""
    sites = {"scrapinghub": scrapinghub_sites(), "readability": readability_sites()}
    for name in ("scrapinghub", "readability"):
        for doc in eb.load_docs(name, eb.ROOTS[name]):
            yield {"set": name, "id": doc["id"], "url": doc["url"], "raw": doc["raw"],
                   "half": half_of(sites[name][doc["id"]]), "truth": doc["truth"], "prefix": None}
    meta = meta_sites()
    for truth_file in sorted((SHARED / "bench" / "meta").glob("*/truth.json")):
        for item in json.loads(truth_file.read_text(encoding="utf-8")):
            if not item.get("body") and not item.get("body_prefix"):
                continue
            raw = (truth_file.parent / item["file"]).read_bytes()
            raw = gzip.decompress(raw) if item["file"].endswith(".gz") else raw
            key = f"{truth_file.parent.name}/{item['id']}"
            yield {"set": "meta", "id": key, "url": item.get("url"), "raw": raw,
                   "half": half_of(meta.get(key, "unknown")), "truth": item.get("body"),
                   "prefix": item.get("body_prefix")}


def serialised(raw: bytes) -> str:
    """The page decoded as newsgrab decodes it, parsed and written out again by lxml: what its
    variants are too, so that the page's own body and theirs differ by the box alone."""
    from newsgrab.read.decode import decode

    text = _XML_DECLARATION_RE.sub("", decode(raw).text, count=1)
    return lxml.html.tostring(lxml.html.document_fromstring(text), encoding="unicode")


def _fold(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip().casefold()


def _sane(doc: dict[str, Any], body: str, eb: Any) -> bool:
    """The page's own body is the article (its truth agrees), so a variant's change is the box's doing."""
    if doc["truth"]:
        tp, fp, fn = eb.shingle_counts(doc["truth"], body)
        return tp > 0 and 2 * tp / (2 * tp + fp + fn) >= MIN_BASELINE_F1
    prefix = _fold(doc["prefix"] or "")[:80]
    return bool(prefix) and prefix in _fold(body)


def _container(doc: lxml.html.HtmlElement, body: str) -> tuple[lxml.html.HtmlElement | None, list[Any]]:
    """The element holding most of the article's paragraphs, and those paragraphs in it."""
    folded = _fold(body)
    votes: Counter[lxml.html.HtmlElement] = Counter()
    members: dict[lxml.html.HtmlElement, list[Any]] = defaultdict(list)
    for para in doc.iter("p"):
        text = _fold(para.text_content())
        if len(text) >= _MIN_PARAGRAPH_CHARS and text[:_MIN_PARAGRAPH_CHARS] in folded:
            parent = para.getparent()
            if parent is not None:
                votes[parent] += 1
                members[parent].append(para)
    if not votes:
        return None, []
    best = votes.most_common(1)[0][0]
    return best, members[best]


def _box(family: Family, named: bool) -> lxml.html.HtmlElement:
    box = lxml.html.fragment_fromstring(family.markup)
    box.set("class", family.named_class if named else family.opaque_class)
    return box


def inject(page: str, body: str, family: Family, named: bool) -> str | None:
    """The page with the family's box put where it sits on real sites; None when the place is not
    found (no <body>, or no container of the article's paragraphs for the places beside it)."""
    doc = lxml.html.document_fromstring(page)
    root = doc.find("body")
    if root is None:
        return None
    box = _box(family, named)
    if family.place == "body-start":
        root.insert(0, box)
    elif family.place == "body-end":
        root.append(box)
    else:
        container, paras = _container(doc, body)
        if container is None:
            return None
        if family.place == "inside":
            if len(paras) < 3:
                return None
            paras[1].addnext(box)  # after the second paragraph, as an embed or a prompt sits
        elif family.place == "beside":
            box.tail, container.tail = container.tail, None
            container.addnext(box)
        elif family.place == "before":
            container.addprevious(box)
        elif family.place == "under-headline":
            heading = next(doc.iter("h1"), None)
            if heading is None:
                return None
            heading.addnext(box)
    return lxml.html.tostring(doc, encoding="unicode")


def _shingles(text: str, eb: Any) -> Counter[tuple[str, ...]]:
    return eb.shingles(text)  # type: ignore[no-any-return]


def verdict(own: str, variant: str, box_text: str, eb: Any) -> dict[str, float | str]:
    """How much of the page's own body the variant kept, how much of the box it took, and the verdict."""
    mine, theirs, box = _shingles(own, eb), _shingles(variant, eb), _shingles(box_text, eb)
    kept = sum((mine & theirs).values()) / max(sum(mine.values()), 1)
    taken = sum((box & theirs).values())
    box_share = taken / max(sum(theirs.values()), 1)
    of_box = taken / max(sum(box.values()), 1)
    flip = kept < FLIP_KEPT
    return {"kept": round(kept, 3), "box_share": round(box_share, 3), "of_box": round(of_box, 3),
            "verdict": "flip" if flip else "leak" if of_box >= LEAK_SHARE else "ok"}


def run(named: bool, families: list[str], sets: list[str], buttons: bool = False) -> list[dict[str, Any]]:
    import newsgrab

    eb = load_evalbench()
    rows = []
    chosen = [f for f in (BUTTON_FAMILIES if buttons else FAMILIES) if not families or f.name in families]
    for doc in documents(eb):
        if sets and doc["set"] not in sets:
            continue
        try:
            page = serialised(doc["raw"])
            own = newsgrab.extract(page, kind="html", url=doc["url"]).body
        except (newsgrab.NewsgrabError, ValueError, lxml.etree.ParserError):
            continue
        if len(own) < MIN_OWN_CHARS or not _sane(doc, own, eb):
            continue
        for family in chosen:
            variant = inject(page, own, family, named)
            if variant is None:
                continue
            article = newsgrab.extract(variant, kind="html", url=doc["url"])
            box_text = _box(family, named).text_content()
            row = {"set": doc["set"], "id": doc["id"], "half": doc["half"], "family": family.name,
                   "place": family.place, "warnings": list(article.warnings)}
            row.update(verdict(own, article.body, box_text, eb))
            rows.append(row)
    return rows


def summary(rows: list[dict[str, Any]]) -> str:
    """Flips and leaks per family, per half."""
    out = ["| family | place | tune flips | tune leaks | holdout flips | holdout leaks |", "|---|---|---|---|---|---|"]
    names = list(dict.fromkeys(r["family"] for r in rows))
    totals: dict[str, Counter[str]] = {TUNE: Counter(), HOLDOUT: Counter()}
    for name in names:
        cells = []
        for which in (TUNE, HOLDOUT):
            mine = [r for r in rows if r["family"] == name and r["half"] == which]
            counts = Counter(r["verdict"] for r in mine)
            totals[which].update(counts)
            totals[which]["n"] += len(mine)
            cells += [f"{counts['flip']}/{len(mine)}", f"{counts['leak']}/{len(mine)}"]
        place = next(r["place"] for r in rows if r["family"] == name)
        out.append(f"| {name} | {place} | " + " | ".join(cells) + " |")
    cells = []
    for which in (TUNE, HOLDOUT):
        n = totals[which]["n"]
        for what in ("flip", "leak"):
            share = totals[which][what] / n if n else 0.0
            cells.append(f"{totals[which][what]}/{n} ({share:.1%})")
    out.append("| **all** | | " + " | ".join(cells) + " |")
    return "\n".join(out)


def empties() -> str:
    """Pages with an empty body or the `no-article` warning, per set and half, over every bench page."""
    import newsgrab

    eb = load_evalbench()
    sites = {"scrapinghub": scrapinghub_sites(), "readability": readability_sites()}
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    found: list[tuple[str, str, str]] = []

    def count(name: str, key: str, which: str, raw: bytes, url: str | None) -> None:
        article = newsgrab.extract(raw, kind="html", url=url)
        cell = counts[(name, which)]
        cell[0] += 1
        cell[1] += not article.body.strip()
        cell[2] += "no-article" in article.warnings
        if not article.body.strip() and which == TUNE:
            found.append((name, key, ",".join(article.warnings)))

    for name in ("scrapinghub", "readability"):
        for doc in eb.load_docs(name, eb.ROOTS[name]):
            count(name, doc["id"], half_of(sites[name][doc["id"]]), doc["raw"], doc["url"])
    meta = meta_sites()
    for truth_file in sorted((SHARED / "bench" / "meta").glob("*/truth.json")):
        for item in json.loads(truth_file.read_text(encoding="utf-8")):
            raw = (truth_file.parent / item["file"]).read_bytes()
            raw = gzip.decompress(raw) if item["file"].endswith(".gz") else raw
            key = f"{truth_file.parent.name}/{item['id']}"
            count("meta", key, half_of(meta.get(key, "unknown")), raw, item.get("url"))
    out = ["| set | half | pages | empty body | no-article |", "|---|---|---|---|---|"]
    for (name, which), (n, empty, none) in sorted(counts.items()):
        out.append(f"| {name} | {which} | {n} | {empty} | {none} |")
    out += [f"tune, empty: {name} {key} {warnings}" for name, key, warnings in found]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--named", action="store_true", help="the boxes carry the classes sites write by hand")
    ap.add_argument("--family", action="append", default=[], help="repeatable; default: every family")
    ap.add_argument("--sets", default="", help="comma-separated: scrapinghub, readability, meta (default: all)")
    ap.add_argument("--misses", choices=(TUNE,), help="list the flipped and leaking variants of the tune half")
    ap.add_argument("--json", type=Path, help="write every variant's verdict here (ids and figures, no text)")
    ap.add_argument("--empty", action="store_true", help="count empty bodies and no-article on every bench page")
    ap.add_argument("--buttons", action="store_true",
                    help="the families whose controls are <button>s (hostile_snippets.BUTTON_FAMILIES) instead")
    args = ap.parse_args(argv)
    if args.empty:
        print(empties())
        return 0
    rows = run(args.named, args.family, [s for s in args.sets.split(",") if s], args.buttons)
    if args.json:
        args.json.write_text(json.dumps(rows), encoding="utf-8")
    print(f"{'named' if args.named else 'opaque'} classes; {len({(r['set'], r['id']) for r in rows})} pages\n")
    print(summary(rows))
    if args.misses:
        for r in rows:
            if r["half"] == TUNE and r["verdict"] != "ok":
                print(f"{r['verdict']}\t{r['family']}\t{r['set']}/{r['id']}\tkept {r['kept']}\tbox {r['box_share']}"
                      f"\t{','.join(r['warnings'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
