#!/usr/bin/env python3
"""Related-link lists outside the article region, set after its body: would the pass take them?

    .venv/bin/python bench/related_shapes.py                 # recall per fold of the tune half
    .venv/bin/python bench/related_shapes.py --list A        # fold A's lists the pass keeps (design fold)
    .venv/bin/python bench/related_shapes.py --list A --all  # ... every list, taken or not
    .venv/bin/python bench/related_shapes.py --where middle  # each list set amid the body instead

Why: the labelled in-article related lists of the tune half are nearly all taken (71 / 77), while
the holdout keeps half of its own (53 / 113): the tune lists are too few to show the shapes new
sites use. The same publishers write many more such lists around their articles ("More from",
"Most read", "Recommended" in sidebars and footers), in the same markup as the in-article ones.
This bench finds them on the tune pages by their markup alone and asks whether the pass would
remove them if they sat right after the article's last paragraph.

A list is a run of `MIN_ITEMS` or more sibling elements of one tag (`<li>`, `<div>`, `<article>` ...)
outside the article region (no item's link text reaches the pass on the page as written), each
mostly one link (its longest link's text is at least `MIN_ITEM_LINK_SHARE` of the item's text, the
item at most `MAX_ITEM_CHARS`) to the page's own registrable domain (or relative), whose text is
headline-shaped (three words or more, or eight CJK characters; at most `MAX_HEADLINE_CHARS`). Its
words are not read. The list's items (at most `MAX_ITEMS`), their class/id/role/aria/data attributes
dropped, are made into blocks by the HTML stage's own walk (`region_blocks`, without its conditional
cleaning: the HTML stage drops most such lists set into a region, and what this asks is what the
boilerplate pass does with the ones it hands on), and those blocks are set after the block of the
article's last kept paragraph (`--where middle`: after the paragraph halfway through the body, on
pages of three or more); the pass runs again on the page's blocks with them.

Per list: its item blocks the pass removes and keeps (a list counts as taken when it keeps none),
and the rules that took them. Body: the page's body blocks (kept as written) that the list makes
the pass remove. Only the tune half is read (`notice_folds.fold_of`: design on fold A, check on
fold B); the holdout's pages are never opened.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from copy import deepcopy
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.notice_folds import FOLDS, fold_of
from bench.notice_perturb import page_url
from bench.notice_removal import documents
from bench.shared_data import SHARED
from bench.splits import TUNE, meta_sites, readability_sites, scrapinghub_sites

MIN_ITEMS, MAX_ITEMS = 3, 12
MIN_ITEM_LINK_SHARE = 0.5
MAX_ITEM_CHARS = 400
MAX_HEADLINE_CHARS = 200
#: lists read per page at most (the first ones in document order)
MAX_LISTS = 8
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "select", "form", "button"})
_BLIND_PREFIXES = ("data-", "aria-")


def _text(el: Any) -> str:
    return " ".join(el.text_content().split())


def _headline(text: str) -> bool:
    return 0 < len(text) <= MAX_HEADLINE_CHARS and (len(text.split()) >= 3 or len(_CJK_RE.findall(text)) >= 8)


def _own(href: str, site: str) -> bool:
    from newsgrab import urls

    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return False
    host = urls.hostname(href) if "//" in href[:8] or href.startswith("//") else None
    if host is None:
        return "//" not in href[:8]  # relative
    return bool(site) and urls.registrable(host) == site


class Found(NamedTuple):
    element: Any
    items: list[Any]
    links: list[str]  # each item's main link text


def candidate_lists(tree: Any, site: str, reached: str) -> list[Found]:
    """The link lists of the page outside its region (`reached`: the text of the blocks the pass got)."""
    found: list[Found] = []
    for parent in tree.iter():
        if not isinstance(parent.tag, str) or parent.tag in _SKIP:
            continue
        tags = Counter(child.tag for child in parent if isinstance(child.tag, str))
        if not tags:
            continue
        tag, count = tags.most_common(1)[0]
        if count < MIN_ITEMS:
            continue
        items, heads = [], []
        for child in parent:
            if child.tag != tag:
                continue
            text = _text(child)
            anchors = [a for a in child.iter("a") if a.get("href")]
            if not text or len(text) > MAX_ITEM_CHARS or not anchors:
                continue
            main = max(anchors, key=lambda a: len(_text(a)))
            head = _text(main)
            if (len(head) < MIN_ITEM_LINK_SHARE * len(text) or not _headline(head)
                    or not _own((main.get("href") or "").strip(), site)):
                continue
            items.append(child)
            heads.append(head)
        # the run must be most of the parent's items of that tag, and none of it in the region
        if len(items) < MIN_ITEMS or len(items) * 2 < count or len(set(heads)) < MIN_ITEMS:
            continue
        if any(head in reached for head in heads):
            continue
        found.append(Found(parent, items, heads))
    # an outer element whose items hold an inner list's: keep the inner one (deepest first)
    kept: list[Found] = []
    for cand in sorted(found, key=lambda f: -len(list(f.element.iterancestors()))):
        if any(cand.element in k.element.iterancestors() and set(k.links) & set(cand.links) for k in kept):
            continue
        kept.append(cand)
    kept.sort(key=lambda f: found.index(f))
    return kept[:MAX_LISTS]


def _blind(el: Any) -> Any:
    copy = deepcopy(el)
    copy.tail = None
    for node in copy.iter():
        if not isinstance(node.tag, str):
            continue
        for attr in list(node.attrib):
            if attr in ("class", "id", "role", "style") or attr.startswith(_BLIND_PREFIXES):
                del node.attrib[attr]
    return copy


class Outcome(NamedTuple):
    fold: str
    site: str
    doc: str
    labels: str  # the list's first headlines, for a reader of fold A
    removed: int
    kept: int
    body_lost: int
    rules: Counter[str]


def _site(url: str | None) -> str:
    from newsgrab import urls

    host = urls.hostname(url) if url else None
    return urls.registrable(host) if host else ""


def _list_blocks(cand: Found, base: str | None) -> list[Any]:
    """The blocks the HTML stage makes of the list's items (its walk, without the conditional
    cleaning, which is not the pass), its attributes dropped: the items only, at most `MAX_ITEMS`."""
    from newsgrab.html.blocks import region_blocks

    copy = _blind(cand.element)
    chosen = {cand.element.index(item) for item in cand.items}
    for at, child in reversed(list(enumerate(copy))):
        if at not in chosen:
            copy.remove(child)  # the label and items of other shapes: the run itself only
    for extra in list(copy)[MAX_ITEMS:]:
        copy.remove(extra)
    return region_blocks([copy], copy, base, clean=False)


class TunePage(NamedTuple):
    """One tune page read by the HTML path, with the paragraph a moved list goes after."""

    fold: str
    site_name: str  # the split's site (bench/splits.py)
    doc: str  # "<set>/<id>"
    key: tuple[str, str]  # (set, id): the labels' key
    url: str | None
    tree: Any  # the page parsed by the project's parser
    blocks: list[Any]  # the HTML path's blocks
    meta: Any  # its metadata
    body: list[int]  # the blocks the pass keeps (with text)
    last: int  # the paragraph block the list goes after
    site: str  # the page's own registrable domain
    reached: str  # every block's text: what reaches the pass


def tune_pages(where: str = "end", fold_wanted: str | None = None) -> Iterator[TunePage]:
    """The tune half's pages (of one fold, if given) with a body of paragraphs to set a list in: at
    least one of 40 characters or more (`where` "end": the list goes after the last), or three
    ("middle": after the paragraph halfway through). Both related-shapes benches read these."""
    from newsgrab.clean.boilerplate import remove_boilerplate
    from newsgrab.html import extract_html
    from newsgrab.html.parse import parse_html
    from newsgrab.read.decode import decode
    from newsgrab.rules import load_rules

    rules = load_rules()
    sites = {"scrapinghub": scrapinghub_sites(), "readability": readability_sites(), "meta": meta_sites()}
    for dataset, doc, half, raw, kwargs in documents():
        if half != TUNE:
            continue
        site_name = sites[dataset][doc]
        fold = fold_of(site_name)
        if fold_wanted and fold != fold_wanted:
            continue
        text = decode(raw).text
        url = kwargs.get("url")
        try:
            page = extract_html(text, base_url=url)
            tree = parse_html(text)  # the project's parser (an XML declaration dropped, comments left out)
        except Exception:  # an unparsable page has no lists to read
            continue
        blocks, meta = page.blocks, page.metadata
        written = remove_boilerplate(blocks, rules, metadata=meta).timeline
        body = [i for i, (b, r) in enumerate(written) if r is None and b.text]
        paragraphs = [i for i in body if blocks[i].kind == "p" and len(blocks[i].text) >= 40]
        if len(paragraphs) < (1 if where == "end" else 3):
            continue
        last = paragraphs[-1] if where == "end" else paragraphs[len(paragraphs) // 2 - 1]
        yield TunePage(fold, site_name, f"{dataset}/{doc}", (dataset, doc), url, tree, blocks, meta, body, last,
                       _site(page_url(tree, url) or meta.url), "\n".join(b.text for b in blocks))


def outcomes(fold_wanted: str | None = None, where: str = "end") -> Iterator[Outcome]:
    """Every outside-region list of the tune half's pages (of one fold, if given), set after the
    body's last paragraph (`where` "end") or after the paragraph halfway through it ("middle")."""
    from newsgrab.clean.boilerplate import remove_boilerplate
    from newsgrab.rules import load_rules

    rules = load_rules()
    for page in tune_pages(where, fold_wanted):
        blocks, last = page.blocks, page.last
        for cand in candidate_lists(page.tree, page.site, page.reached):
            added = _list_blocks(cand, page.url or page.meta.url)
            if not added:
                continue
            varied = blocks[:last + 1] + added + blocks[last + 1:]
            timeline = remove_boilerplate(varied, rules, metadata=page.meta).timeline
            removals = [r for _, r in timeline]
            mine = removals[last + 1:last + 1 + len(added)]
            others = removals[:last + 1] + removals[last + 1 + len(added):]
            removed = sum(r is not None for b, r in zip(added, mine, strict=True) if b.text)
            kept = sum(r is None for b, r in zip(added, mine, strict=True) if b.text)
            rules_hit: Counter[str] = Counter(r.rule for r in mine if r is not None)
            lost = sum(1 for i in page.body if others[i] is not None)
            yield Outcome(page.fold, page.site_name, page.doc, " | ".join(h[:50] for h in cand.links[:3]),
                          removed, kept, lost, rules_hit)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", choices=FOLDS, help="list one fold's lists the pass keeps (fold A is the design fold)")
    ap.add_argument("--all", action="store_true", help="with --list: every list, taken or not")
    ap.add_argument("--fold", choices=FOLDS, help="read only this fold's pages")
    ap.add_argument("--where", choices=("end", "middle"), default="end",
                    help="set each list after the body's last paragraph (default) or amid it")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"related_shapes: {SHARED} is absent", file=sys.stderr)
        return 2
    tally: dict[str, Counter[str]] = {fold: Counter() for fold in FOLDS}
    site_sets: dict[str, set[str]] = {fold: set() for fold in FOLDS}
    rules: Counter[str] = Counter()
    lines = []
    for out in outcomes(args.fold or None, args.where):
        t = tally[out.fold]
        site_sets[out.fold].add(out.site)
        t["lists"] += 1
        t["items"] += out.removed + out.kept
        t["removed"] += out.removed
        t["kept"] += out.kept
        t["taken"] += out.kept == 0
        t["body lost"] += out.body_lost
        t["pages with body lost"] += out.body_lost > 0
        rules.update(out.rules)
        if args.list == out.fold and (args.all or out.kept):
            lines.append(f"{out.site} {out.doc[:40]} removed {out.removed} kept {out.kept}"
                         f" body-lost {out.body_lost} :: {out.labels}")
    print("| fold | sites | lists | taken whole | item blocks | removed | kept | body lost (pages) |")
    print("|---|---|---|---|---|---|---|---|")
    for fold in FOLDS:
        t = tally[fold]
        if t["lists"]:
            print(f"| {fold} | {len(site_sets[fold])} | {t['lists']} | {t['taken']} | {t['items']} | {t['removed']} "
                  f"| {t['kept']} | {t['body lost']} ({t['pages with body lost']}) |")
    print("rules: " + ", ".join(f"{rule} {n}" for rule, n in rules.most_common()))
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
