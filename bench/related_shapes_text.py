#!/usr/bin/env python3
"""The text twin of bench/related_shapes.py: the tune pages' own link lists, moved after the body
and converted to text, then read by the text path. Would it take them?

    .venv/bin/python bench/related_shapes_text.py                        # per fold and converter
    .venv/bin/python bench/related_shapes_text.py --where middle         # each list amid the body
    .venv/bin/python bench/related_shapes_text.py --list A --converters lynx   # fold A's lists kept
    .venv/bin/python bench/related_shapes_text.py --max-pages 40 --max-lists 1 # a quicker look

Why: on the converted pages the text path takes 117 / 132 of the tune half's labelled related lists
and 30 / 108 of the holdout's; the tune lists are nearly all taken, so they cannot show the shapes
the holdout's are in. In a whole-page dump a card list prints as lines of headlines, often without
their links (bs4, inscriptis, lynx and w3m with `-nolist`). The HTML twin finds each tune page's own
"more from / most read" lists outside the article region by their markup (`candidate_lists`); this
one moves each such list, its items' class/id/role/aria/data attributes dropped (`_blind`) and at
most `MAX_ITEMS` of them, out of its place and right after the element of the article's last
kept paragraph (`--where middle`: after the paragraph halfway through the body, on pages of three
or more), serialises the page, converts it with each converter exactly as bench/convert_pages.py
does (`converters()`), and runs the text path on the dump.

Per list and converter: its items (a headline counts where a text block holds its letters and
digits) kept in the article, removed by the pass (and by which rules), or outside the text span
(not in the timeline at all: the span ended before them); a list is taken whole when the article
keeps none of its items. Body lost: the page's body blocks (the HTML path's kept blocks, labelled
notices left out, matched by `notice_removal.fingerprint` as notice_converted.py does) that the
text path kept on the page as written, serialised and converted the same way, and does not keep
with the list moved. Only the tune half is read (`notice_folds.fold_of`: design on fold A, check
on fold B); the holdout's pages are never opened.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from copy import deepcopy
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.convert_pages import converters
from bench.notice_folds import FOLDS
from bench.notice_removal import BODY_TOPICS, NOT_SCORED, fingerprint, load_labels
from bench.related_shapes import MAX_ITEMS, _blind, _text, candidate_lists, tune_pages
from bench.shared_data import SHARED

#: lists read per page at most (the first ones in document order): each costs a conversion per converter
MAX_LISTS = 3


def folded(text: str) -> str:
    """Letters and digits, case-folded: how a headline is found again in a converter's line (markdown
    wraps it in brackets and its URL, lynx and w3m may break it over lines)."""
    normal = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in normal if ch.isalnum())


def anchor_of(tree: Any, text: str) -> Any | None:
    """The last element of the tree whose own text is the paragraph block's `text` (a `<p>` first,
    else any element), the place the list goes after; None when the block is not found."""
    want = folded(text)
    if not want:
        return None
    for tags in (("p",), None):
        hits = [el for el in (tree.iter(*tags) if tags else tree.iter())
                if isinstance(el.tag, str) and folded(_text(el)) == want]
        if hits:
            return hits[-1]
    return None


def moved(tree: Any, items: list[Any], anchor: Any) -> Any:
    """A copy of the tree with the list's `items` (children of one parent) taken out of their place and
    set, blinded and at most `MAX_ITEMS`, in a copy of their parent right after `anchor`."""
    root = tree.getroottree()
    parent = items[0].getparent()
    parent_path, anchor_path = root.getpath(parent), root.getpath(anchor)
    chosen = {parent.index(item) for item in items}
    copy_tree = deepcopy(tree)
    new_root = copy_tree.getroottree()
    old_parent = new_root.xpath(parent_path)[0]
    new_anchor = new_root.xpath(anchor_path)[0]
    holder = _blind(old_parent)
    for at, child in reversed(list(enumerate(holder))):
        if at not in chosen:
            holder.remove(child)
    for extra in list(holder)[MAX_ITEMS:]:
        holder.remove(extra)
    for at, child in reversed(list(enumerate(old_parent))):
        if at in chosen:
            tail = child.tail
            prev = child.getprevious()
            old_parent.remove(child)
            if tail and tail.strip():  # keep the text that followed the item
                if prev is not None:
                    prev.tail = (prev.tail or "") + tail
                else:
                    old_parent.text = (old_parent.text or "") + tail
    holder.tail = new_anchor.tail
    new_anchor.tail = None
    new_anchor.addnext(holder)
    return copy_tree


class Read(NamedTuple):
    kept: set[str]  # fingerprints of the blocks the article keeps
    timeline: list[tuple[str, str | None]]  # (folded text, the rule that removed it or None)


def read_text(dump: str) -> Read | None:
    """The text path's verdict on one dump; None when it makes no article of it."""
    import newsgrab

    try:
        article = newsgrab.extract(dump.encode("utf-8"), kind="text")
    except newsgrab.NewsgrabError:
        return None
    kept = {fingerprint(b.text) for b, r in article.timeline if r is None and b.text}
    return Read(kept, [(folded(b.text), r.rule if r else None) for b, r in article.timeline if b.text])


def item_verdicts(read: Read, heads: list[str]) -> Counter[str]:
    """Each headline: "kept" when a block the article keeps holds it, "removed" when only removed
    blocks do, "outside" when no block of the timeline does; removing rules as "rule:<name>"."""
    out: Counter[str] = Counter()
    for head in heads[:MAX_ITEMS]:
        key = folded(head)
        rules = [rule for text, rule in read.timeline if key and key in text]
        if not rules:
            out["outside"] += 1
        elif any(rule is None for rule in rules):
            out["kept"] += 1
        else:
            out["removed"] += 1
            out.update(f"rule:{rule}" for rule in set(rules))
    return out


class Outcome(NamedTuple):
    fold: str
    site: str
    doc: str
    converter: str
    labels: str
    items: Counter[str]
    body_lost: int


def _serialise(tree: Any) -> str:
    import lxml.html

    return str(lxml.html.tostring(tree, encoding="unicode", method="html"))


def outcomes(fold_wanted: str | None = None, where: str = "end", wanted: list[str] | None = None,
             max_pages: int = 0, max_lists: int = MAX_LISTS) -> Iterator[Outcome]:
    """Every converter's verdict on every outside-region list of the tune half's pages (of one fold)."""
    labels = load_labels()
    found = converters()
    names = [n for n in (wanted or sorted(found)) if n in found]
    pages = 0
    for page in tune_pages(where, fold_wanted):
        tree, blocks, body = page.tree, page.blocks, page.body
        anchor = anchor_of(tree, blocks[page.last].text)
        if anchor is None:
            continue
        found_lists = [c for c in candidate_lists(tree, page.site, page.reached)
                       if anchor not in c.items and not any(anchor in set(i.iter()) for i in c.items)
                       and c.element not in set(anchor.iterancestors())][:max_lists]
        if not found_lists:
            continue
        page_labels = labels.get(page.key, {})
        notices = {k for k, c in page_labels.items() if c not in (NOT_SCORED, *BODY_TOPICS)}
        body_keys = {fingerprint(blocks[i].text) for i in body} - notices
        pages += 1
        as_written = _serialise(tree)
        varied = [_serialise(moved(tree, cand.items, anchor)) for cand in found_lists]
        for name in names:
            convert = found[name]
            try:
                base = read_text(convert(as_written.encode("utf-8"), as_written))
            except Exception:  # a converter that fails on a page: nothing to compare
                continue
            if base is None:
                continue
            kept_body = base.kept & body_keys
            for cand, html in zip(found_lists, varied, strict=True):
                try:
                    read = read_text(convert(html.encode("utf-8"), html))
                except Exception:
                    continue
                if read is None:
                    continue
                yield Outcome(page.fold, page.site_name, page.doc, name,
                              " | ".join(h[:50] for h in cand.links[:3]), item_verdicts(read, cand.links),
                              len(kept_body - read.kept))
        if max_pages and pages >= max_pages:
            return


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fold", choices=FOLDS, help="read only this fold's pages")
    ap.add_argument("--where", choices=("end", "middle"), default="end",
                    help="move each list after the body's last paragraph (default) or amid it")
    ap.add_argument("--converters", default="", help="comma list (default: every installed one)")
    ap.add_argument("--max-pages", type=int, default=0, help="stop after this many pages with lists (0: all)")
    ap.add_argument("--max-lists", type=int, default=MAX_LISTS, help="lists read per page at most")
    ap.add_argument("--list", choices=FOLDS, help="list one fold's lists the article keeps items of")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"related_shapes_text: {SHARED} is absent", file=sys.stderr)
        return 2
    wanted = [c.strip() for c in args.converters.split(",") if c.strip()] or None
    tally: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    site_sets: dict[tuple[str, str], set[str]] = defaultdict(set)
    rules: Counter[str] = Counter()
    lines = []
    for out in outcomes(args.fold, args.where, wanted, args.max_pages, args.max_lists):
        for key in ((out.converter, out.fold), ("all", out.fold)):
            t = tally[key]
            site_sets[key].add(out.site)
            t["lists"] += 1
            t["items"] += sum(out.items[k] for k in ("kept", "removed", "outside"))
            for k in ("kept", "removed", "outside"):
                t[k] += out.items[k]
            t["taken"] += out.items["kept"] == 0
            t["body lost"] += out.body_lost
            t["lists with body lost"] += out.body_lost > 0
        rules.update({k[5:]: n for k, n in out.items.items() if k.startswith("rule:")})
        if args.list == out.fold and out.items["kept"]:
            lines.append(f"{out.converter} {out.site} {out.doc[:40]} kept {out.items['kept']} removed "
                         f"{out.items['removed']} outside {out.items['outside']} body-lost {out.body_lost}"
                         f" :: {out.labels}")
    print(f"lists moved to the body's {args.where}: taken whole / items kept, removed by the pass, outside the span"
          " / body blocks lost (lists losing any)")
    print("| converter | fold | sites | lists | taken whole | items | kept | removed | outside span | body lost |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for (conv, fold), t in sorted(tally.items(), key=lambda kv: (kv[0][0] == "all", kv[0])):
        print(f"| {conv} | {fold} | {len(site_sets[conv, fold])} | {t['lists']} | {t['taken']} | {t['items']} "
              f"| {t['kept']} | {t['removed']} | {t['outside']} | {t['body lost']} ({t['lists with body lost']}) |")
    print("rules: " + ", ".join(f"{rule} {n}" for rule, n in rules.most_common()))
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
